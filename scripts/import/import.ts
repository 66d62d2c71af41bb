/**
 * Imports a spreadsheet (.xlsx or .xls) an official filled in into the instance's content files:
 *   npm run import -- <file> [--commune <id>] [--kind <form>] [--dry-run]
 *   PORTAL_CONTENT=content/bac-ninh npm run import -- ho-ngheo.xlsx
 * The form is recognised from the template's mark or the table's headers (or --kind). What
 * changes is printed first (rows added, figures changed, old → new); the result is checked with
 * the loader the build uses, on a copy of the instance, and nothing is written if any check fails.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../../src/base/content/errors.ts';
import { instanceOptions } from '../../src/instance.ts';
import { allForms, runImport } from './sheets/instance.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    commune: { type: 'string' },
    kind: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const forms = allForms.map((f) => `${f.key} (${f.title.vi})`).join(', ');
if (positionals.length !== 1) {
  console.error('Cách dùng / Usage: npm run import -- <tệp.xlsx|.xls> [--commune <mã xã>] [--kind <mẫu>] [--dry-run]');
  console.error(`Các mẫu / Forms: ${forms}`);
  process.exit(2);
}
const path = positionals[0]!;
const { contentDir } = instanceOptions();
let bytes: Uint8Array;
try {
  bytes = readFileSync(path);
} catch {
  console.error(`✗ ${path}: không mở được tệp / cannot open the file`);
  process.exit(2);
}
const run = runImport({
  contentDir,
  file: basename(path),
  bytes,
  kind: values.kind,
  commune: values.commune,
  dryRun: values['dry-run'],
});
if (run.form) console.log(`Mẫu / Form: ${run.form.key} — ${run.form.title.vi} / ${run.form.title.en} → ${contentDir}`);
for (const note of run.notes) console.log(`  ${note}`);
for (const change of run.changes) {
  console.log(
    `\n${change.before === undefined ? '+ tệp mới / new file' : '~ sửa / changes'} ${contentDir}/${change.path}`,
  );
  for (const line of change.summary) console.log(`    ${line}`);
}
if (run.issues.length) {
  console.error(
    `\n${run.issues.length} lỗi, chưa ghi tệp nào. / ${run.issues.length} error(s); nothing was written.\n\n${run.issues.map(formatIssue).join('\n\n')}`,
  );
  process.exit(1);
}
if (!run.changes.length) console.log('\nKhông có gì thay đổi. / Nothing changes.');
else if (values['dry-run']) console.log('\n✓ Hợp lệ; chưa ghi (--dry-run). / Valid; nothing written (--dry-run).');
else console.log(`\n✓ Đã ghi ${run.changes.length} tệp. / ${run.changes.length} file(s) written.`);
