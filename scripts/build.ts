/**
 * Builds the site of one instance, atomically (scripts/lib/atomic-build.ts): the published
 * folder is replaced only when the pages, the search index and every check have succeeded.
 *   npm run build                                     (content/quang-tri into dist/)
 *   PORTAL_CONTENT=content/bac-ninh PORTAL_OUT_DIR=dist-bac-ninh npm run build
 * PORTAL_AS_OF=YYYY-MM-DD fixes the as-of date.
 */
import { instanceOptions } from '../src/instance.ts';
import { buildAtomically } from './lib/atomic-build.ts';
import { root } from './lib/build-site.ts';

const { contentDir, asOf } = instanceOptions();
const result = await buildAtomically({
  contentDir,
  outDir: process.env.PORTAL_OUT_DIR || 'dist',
  asOf,
  cwd: root,
  log: (line) => console.log(line),
});
process.exit(result.ok ? 0 : 1);
