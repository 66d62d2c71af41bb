/**
 * Checks an instance's content without building the site, for officials and reviewers:
 *   npm run validate                      (the default instance)
 *   PORTAL_CONTENT=content/bac-ninh npm run validate
 * Prints every problem with its file, place and field, in Vietnamese and English.
 */
import { ContentError } from '../src/base/content/errors.ts';
import { instanceOptions } from '../src/instance.ts';
import { loadPortal } from '../src/portal.ts';

const options = instanceOptions();
try {
  const portal = loadPortal(options);
  console.log(
    `✓ ${options.contentDir}: ${portal.units.all.length} đơn vị / units, ${portal.documents.length} văn bản / documents — nội dung hợp lệ / content is valid.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
