/**
 * Checks an instance's content without building the site, for officials and reviewers:
 *   npm run validate                      (the default instance)
 *   PORTAL_CONTENT=content/bac-ninh npm run validate
 * It runs the build's first stage itself (scripts/lib/atomic-build.ts, loadStage): content it
 * accepts passes every content check of the build. Prints every problem with its file, place
 * and field, in Vietnamese and English.
 */
import { join } from 'node:path';
import { pendingReport } from '../src/base/site/pending.ts';
import { instanceOptions } from '../src/instance.ts';
import { loadStage, StageError } from './lib/atomic-build.ts';

const options = instanceOptions();
try {
  const portal = loadStage(options);
  console.log(
    `✓ ${options.contentDir}: ${portal.units.all.length} đơn vị / units, ${portal.documents.length} văn bản / documents, ${portal.addresses.length} địa chỉ trang / page addresses — nội dung hợp lệ / content is valid.`,
  );
  // Not an error: what only the province can fill, said plainly rather than made up.
  for (const line of pendingReport(portal.site, join(options.contentDir, 'site.yaml'))) console.log(line);
} catch (error) {
  if (!(error instanceof StageError)) throw error;
  console.error(error.message);
  process.exit(1);
}
