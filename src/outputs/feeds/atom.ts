/** Atom 1.0 (RFC 4287) from feed entries: the minimal, valid set of elements readers need. */
import { createHash } from 'node:crypto';
import { withoutForbiddenCharacters } from '../../base/content/characters.ts';
import type { FeedEntry } from '../../base/feed-entry.ts';

/**
 * The one escaping of text for XML (feeds, the sitemap), in element text and in quoted
 * attributes alike. Characters XML forbids cannot be escaped at all: content is checked for
 * them when read, and they are dropped here as a last guard, so one pasted control character
 * can never make a feed unreadable.
 */
export function escapeXml(s: string): string {
  return withoutForbiddenCharacters(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A name-based UUID (RFC 4122 version 5, in the URL namespace) as an URN: an absolute, stable id
 * for a feed or an entry while the portal has no address of its own.
 */
export function nameUuid(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Dates in content are days; Atom wants a timestamp: the start of that day in Viet Nam. */
export function atomDate(day: string): string {
  return `${day}T00:00:00+07:00`;
}

export interface AtomFeed {
  /** Absolute URL of this feed file. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  title: string;
  subtitle: string;
  author: string;
  /**
   * Base URL of the site, for entry links and ids; null while the portal's address is to be
   * filled: links are then relative to the site (readers resolve them against the feed's own
   * address) and ids, which must be absolute, are name-based UUIDs of the instance and path.
   */
  site: string | null;
  /** The instance's id ("quang-tri"), for those ids. */
  instance: string;
  /** Used when there are no entries, so an empty feed still has an honest date. */
  fallbackUpdated: string;
  entries: FeedEntry[];
}

export function toAtom(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.path.localeCompare(b.path));
  const updated = entries[0]?.updated ?? feed.fallbackUpdated;
  const link = (path: string) => (feed.site ? new URL(path, feed.site).href : path);
  const id = (path: string) => (feed.site ? new URL(path, feed.site).href : nameUuid(`${feed.instance}${path}`));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escapeXml(feed.site ? feed.self : nameUuid(`${feed.instance}${feed.self}`))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.map((e) => {
      return [
        '  <entry>',
        `    <id>${escapeXml(id(e.id ?? e.path))}</id>`,
        `    <title>${escapeXml(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(link(e.path))}"/>`,
        `    <published>${atomDate(e.published)}</published>`,
        `    <updated>${atomDate(e.updated)}</updated>`,
        `    <category term="${escapeXml(e.category)}"/>`,
        `    <summary type="text">${escapeXml(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n');
    }),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
