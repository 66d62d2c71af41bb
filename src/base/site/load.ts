/** Reads the site.yaml of an instance or of the national hub (a site.yaml with `portals`). */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { entryOf, relPath, tryRead, type Entry, type LoadContext } from '../content/context.ts';
import { readYaml } from '../content/read.ts';
import { parse } from 'yaml';
import { hubSiteSchema, siteSchema, type HubSiteConfig, type InstanceSiteConfig } from './schema.ts';

/**
 * Whether the content folder is the national hub's: its site.yaml has a `portals` list. Read
 * leniently (a file that cannot be read is an instance's, whose loader then names the problem).
 */
export function isHubFolder(dir: string): boolean {
  try {
    const data: unknown = parse(readFileSync(join(dir, 'site.yaml'), 'utf8'));
    return typeof data === 'object' && data !== null && 'portals' in data;
  } catch {
    return false;
  }
}

export function loadSite(ctx: LoadContext): Entry<InstanceSiteConfig> | undefined {
  return loadSiteWith(ctx, siteSchema) as Entry<InstanceSiteConfig> | undefined;
}

export function loadHubSite(ctx: LoadContext): Entry<HubSiteConfig> | undefined {
  return loadSiteWith(ctx, hubSiteSchema) as Entry<HubSiteConfig> | undefined;
}

function loadSiteWith(ctx: LoadContext, schema: z.ZodType): Entry<unknown> | undefined {
  const abs = join(ctx.dir, 'site.yaml');
  const file = relPath(ctx, abs);
  if (!existsSync(abs)) {
    ctx.issues.add({
      file,
      field: '(tệp / file)',
      found: '(không có / missing)',
      expected: {
        vi: 'tệp cấu hình site.yaml trong thư mục nội dung của cổng',
        en: "a site.yaml configuration file in the instance's content folder",
      },
    });
    return undefined;
  }
  const located = tryRead(ctx, () => readYaml(abs, file));
  return located && entryOf(ctx, schema, located);
}

/** The day the build runs, in Viet Nam's time zone, as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
