/**
 * Every feed entry the portal publishes: what the content kinds give (src/base/kind.ts), in
 * kind order; the site-wide, topic and unit feeds follow.
 */
import type { FeedEntry, FeedTopic } from '../../base/feed-entry.ts';
import { routes } from '../../base/routes.ts';
import type { ContributionSource } from '../data/registry.ts';

const cache = new WeakMap<ContributionSource, FeedEntry[]>();

export function feedEntries(source: ContributionSource): FeedEntry[] {
  let entries = cache.get(source);
  if (!entries) {
    entries = source.contributions.flatMap((c) => c.feedEntries?.() ?? []);
    cache.set(source, entries);
  }
  return entries;
}

export function entriesForTopic(source: ContributionSource, topic: FeedTopic): FeedEntry[] {
  return feedEntries(source).filter((e) => e.topics.includes(topic));
}

const byUnit = new WeakMap<ContributionSource, Map<string, FeedEntry[]>>();

/** A unit's entries, in feed order; indexed once, as there is a feed for every unit. */
export function entriesForUnit(source: ContributionSource, unitId: string): FeedEntry[] {
  let index = byUnit.get(source);
  if (!index) {
    index = new Map();
    for (const entry of feedEntries(source))
      for (const unit of new Set(entry.units)) {
        const list = index.get(unit);
        if (list) list.push(entry);
        else index.set(unit, [entry]);
      }
    byUnit.set(source, index);
  }
  return index.get(unitId) ?? [];
}

/** Where each feed lives. */
export const feedPaths = {
  all: routes.feedAll(),
  corrections: routes.feedCorrections(),
  topic: (topic: FeedTopic) => routes.feedTopic(topic),
  unit: (unitId: string) => routes.feedUnit(unitId),
};
