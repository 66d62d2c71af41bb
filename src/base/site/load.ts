/** Reads the instance's site.yaml. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryOf, relPath, tryRead, type Entry, type LoadContext } from '../content/context.ts';
import { readYaml } from '../content/read.ts';
import { siteSchema, type SiteConfig } from './schema.ts';

export function loadSite(ctx: LoadContext): Entry<SiteConfig> | undefined {
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
  return located && entryOf(ctx, siteSchema, located);
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
