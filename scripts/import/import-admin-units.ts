/**
 * Imports the whole country's administrative units before and after the 1 July 2025
 * reorganisation, the official old → new table and the resolutions behind it, into
 * content/national/admin-units/:
 *   npm run import-admin-units -- /path/to/admin_units
 * The build never reads the source directory; it reads the committed files this writes, and
 * `npm run new-instance` writes an instance's units from them. Re-running on the same input gives
 * byte-identical output. The work is in scripts/import/admin-units/: national.ts (the tables and
 * their checks), notes.ts (what the table's notes mean), legal.ts (the resolutions), write.ts.
 */
import { join } from 'node:path';
import { root } from '../lib/build-site.ts';
import { buildNational } from './admin-units/national.ts';
import { writeNational } from './admin-units/write.ts';

const srcDir = process.argv[2];
if (!srcDir) throw new Error('Usage: npm run import-admin-units -- <path-to-admin_units>');

const tables = buildNational(srcDir);
writeNational(join(root, 'content/national/admin-units'), tables);

const { gaps } = tables;
console.log(
  `2025: ${tables.provinces2025.length} provinces, ${tables.communes2025.length} communes; ` +
    `before: ${tables.provincesOld.length} provinces, ${tables.districtsOld.length} districts, ${tables.communesOld.length} communes; ` +
    `${tables.succession.length} old → new rows; ${tables.resolutions.length} resolutions`,
);
for (const u of gaps.fromTable) console.log(`NOTE from the conversion table, not the lists: ${u.code} ${u.name_vi}`);
for (const r of tables.succession.filter((s) => s.qa_flag))
  console.log(`QA FLAG kept: ${r.old_commune_code || r.old_district_code} → ${r.new_code}: ${r.qa_flag}`);
console.log(
  `Old communes without a successor row: ${gaps.oldWithoutSuccessor.length} (${gaps.oldWithoutSuccessor.map((c) => `${c.code} ${c.name_vi}`).join('; ')})`,
);
