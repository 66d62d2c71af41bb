/**
 * Which instance this build serves. One environment variable chooses the content folder,
 * so the same code builds any province's portal:
 *   PORTAL_CONTENT=content/bac-ninh npm run build
 * PORTAL_AS_OF=YYYY-MM-DD fixes the as-of date, for reproducible builds and tests.
 */
import { resolve } from 'node:path';
import { loadPortal, type Portal } from './portal.ts';

export const DEFAULT_CONTENT = 'content/quang-tri';

export function instanceOptions(env: Record<string, string | undefined> = process.env) {
  return {
    contentDir: env.PORTAL_CONTENT || DEFAULT_CONTENT,
    asOf: env.PORTAL_AS_OF || undefined,
  };
}

/**
 * The instance's content folder, absolute. A relative PORTAL_CONTENT is relative to the project,
 * where every build and script runs (npm run …; Astro's root): a module bundled for the pages
 * cannot find the project from its own address.
 */
export function contentFolder(env: Record<string, string | undefined> = process.env): string {
  return resolve(instanceOptions(env).contentDir);
}

// The validating integration and the pages run in one process but load this module
// twice (once natively, once bundled); the cache on globalThis lets them share one load.
const CACHE = Symbol.for('portal.content');
type Cache = { key: string; portal: Portal };

export function getPortal(): Portal {
  const options = instanceOptions();
  const key = JSON.stringify(options);
  const store = globalThis as typeof globalThis & { [CACHE]?: Cache };
  const cached = store[CACHE];
  if (cached && cached.key === key) return cached.portal;
  const portal = loadPortal(options);
  store[CACHE] = { key, portal };
  return portal;
}

/**
 * getStaticPaths of a page only a province's portal writes (documents, units, plans,
 * disclosures, feeds, calendar): none in the national hub, whose content has none of these.
 */
export function instancePaths<T>(paths: () => T[]): T[] {
  return getPortal().hub ? [] : paths();
}

/** getStaticPaths of a page only the national hub writes (its provinces, the reorganisation). */
export function hubPaths<T>(paths: () => T[]): T[] {
  return getPortal().hub ? paths() : [];
}
