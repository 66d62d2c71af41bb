/**
 * Writes the spreadsheet templates officials fill in, one per form every kind declares, for one
 * instance (its communes and lists in the drop-downs):
 *   npm run templates                                   (content/quang-tri → templates/quang-tri/)
 *   PORTAL_CONTENT=content/bac-ninh npm run templates -- --out <folder>
 *   npm run templates -- --filled                       (also each form filled with today's content)
 * The templates are made from the forms' descriptions beside each kind's schema, so they never
 * drift from what the build checks; they are not kept in the repository. The site serves the
 * same templates, written at build time (/dang-tai/mau-<form>.xlsx).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeTemplate } from '../../src/base/sheets/template.ts';
import { instanceOptions } from '../../src/instance.ts';
import { projectRoot } from '../../src/portal.ts';
import { allForms, folderFiles, instanceLists } from './sheets/instance.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, filled: { type: 'boolean', default: false } },
});
const { contentDir } = instanceOptions();
const out = resolve(values.out ?? join(projectRoot, 'templates', basename(contentDir)));
mkdirSync(out, { recursive: true });
const lists = instanceLists(contentDir);
const files = folderFiles(resolve(projectRoot, contentDir));
for (const form of allForms) {
  const path = join(out, `mau-${form.key}.xlsx`);
  writeFileSync(path, await writeTemplate(form, lists));
  console.log(`✓ ${path} — ${form.title.vi} / ${form.title.en}`);
  if (!values.filled) continue;
  for (const filled of form.fromContent(files, lists)) {
    const at = join(out, 'da-dien', `${filled.name}.xlsx`);
    mkdirSync(join(out, 'da-dien'), { recursive: true });
    writeFileSync(at, await writeTemplate(form, lists, filled));
    console.log(`  ${at}`);
  }
}
