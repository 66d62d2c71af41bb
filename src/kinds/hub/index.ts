/**
 * The national hub (content/hub): the 34 provinces since 1/7/2025 with their portals, and the
 * 2025 reorganisation from the national tables, so every old unit finds its successor(s) and
 * the legal basis. Loaded only when the build is the hub's (src/portal.ts).
 */
import type { Entry } from '../../base/content/context.ts';
import { defineKind } from '../../base/kind.ts';
import type { HubSiteConfig } from '../../base/site/schema.ts';
import { loadHub } from './load.ts';
import type { HubModel } from './model.ts';

export const hubKind = defineKind({
  name: 'hub',
  /** site: the hub's site.yaml, whose `portals` list says which province has a portal where. */
  load(ctx, { site }: { site: Entry<HubSiteConfig> | undefined }): HubModel | undefined {
    return loadHub(ctx, site);
  },
});
