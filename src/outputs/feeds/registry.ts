/**
 * Every feed entry the portal publishes. A slice that publishes something readers follow
 * adds its entry function here (one line); the site-wide, topic and unit feeds follow.
 */
import type { Portal } from '../../portal.ts';
import { disclosureFeedEntries } from '../../kinds/disclosures/feed.ts';
import { documentFeedEntries } from '../../kinds/documents/feed.ts';
import type { FeedEntry, FeedTopic } from '../../base/feed-entry.ts';

const sources: ((portal: Portal) => FeedEntry[])[] = [documentFeedEntries, disclosureFeedEntries];

const cache = new WeakMap<Portal, FeedEntry[]>();

export function feedEntries(portal: Portal): FeedEntry[] {
  let entries = cache.get(portal);
  if (!entries) {
    entries = sources.flatMap((source) => source(portal));
    cache.set(portal, entries);
  }
  return entries;
}

export function entriesForTopic(portal: Portal, topic: FeedTopic): FeedEntry[] {
  return feedEntries(portal).filter((e) => e.topics.includes(topic));
}

const byUnit = new WeakMap<Portal, Map<string, FeedEntry[]>>();

/** A unit's entries, in feed order; indexed once, as there is a feed for every unit. */
export function entriesForUnit(portal: Portal, unitId: string): FeedEntry[] {
  let index = byUnit.get(portal);
  if (!index) {
    index = new Map();
    for (const entry of feedEntries(portal))
      for (const unit of new Set(entry.units)) {
        const list = index.get(unit);
        if (list) list.push(entry);
        else index.set(unit, [entry]);
      }
    byUnit.set(portal, index);
  }
  return index.get(unitId) ?? [];
}

/** Corrections as entries of their own feed (and of the site-wide one). */
export function correctionEntries(portal: Portal): FeedEntry[] {
  return portal.corrections.map((c) => ({
    path: c.page,
    title: `Đính chính: ${c.what_vi}`,
    summary: c.what_vi,
    published: c.date,
    updated: c.date,
    topics: [],
    units: [],
    category: 'Đính chính',
  }));
}

/** Where each feed lives. */
export const feedPaths = {
  all: '/nguon-tin/tat-ca.xml',
  corrections: '/nguon-tin/dinh-chinh.xml',
  topic: (topic: FeedTopic) => `/nguon-tin/chu-de/${topic}.xml`,
  unit: (unitId: string) => `/nguon-tin/don-vi/${unitId}.xml`,
};
