/** Atom 1.0 (RFC 4287) from feed entries: the minimal, valid set of elements readers need. */
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
  /** Base URL of the site, for entry links and ids. */
  site: string;
  /** Used when there are no entries, so an empty feed still has an honest date. */
  fallbackUpdated: string;
  entries: FeedEntry[];
}

export function toAtom(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.path.localeCompare(b.path));
  const updated = entries[0]?.updated ?? feed.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escapeXml(feed.self)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.map((e) => {
      const url = new URL(e.path, feed.site).href;
      return [
        '  <entry>',
        `    <id>${escapeXml(e.id ? new URL(e.id, feed.site).href : url)}</id>`,
        `    <title>${escapeXml(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
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
