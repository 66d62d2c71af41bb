/**
 * Round trip: the content of both instances, exported to the templates and imported again,
 * gives the same content files — for every form. Once over the content as it is (nothing to
 * change), once with the form's table files taken away (the import writes them anew: the same
 * rows, and for the budget and poor households the same bytes).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/base/sheets/files.ts';
import type { ContentFiles } from '../../../src/base/sheets/form.ts';
import { importWorkbook } from '../../../src/base/sheets/importer.ts';
import { writeTemplate } from '../../../src/base/sheets/template.ts';
import { projectRoot } from '../../../src/portal.ts';
import { allForms, folderFiles, instanceLists } from './instance.ts';

/** The instance's files, less some (as if never written). */
function without(files: ContentFiles, gone: Set<string>): ContentFiles {
  return {
    read: (path) => (gone.has(path) ? undefined : files.read(path)),
    list: (dir) => files.list(dir).filter((name) => !gone.has(`${dir}/${name}`)),
  };
}

describe.each(['content/quang-tri', 'content/bac-ninh'])('round trip of %s', (contentDir) => {
  const files = folderFiles(resolve(projectRoot, contentDir));
  const lists = instanceLists(contentDir);

  it.each(allForms.map((f) => [f.key, f] as const))('%s: export, import, the same files', async (_key, form) => {
    const filled = form.fromContent(files, lists);
    expect(filled.length).toBeGreaterThan(0);
    for (const one of filled) {
      const bytes = await writeTemplate(form, lists, one);
      const result = importWorkbook({ bytes, file: `${one.name}.xlsx`, forms: allForms, files, lists });
      expect(result.issues, one.name).toEqual([]);
      expect(result.form?.key).toBe(form.key);
      expect(
        result.changes.map((c) => c.path),
        one.name,
      ).toEqual([]);

      // The tables written anew from the spreadsheet alone.
      const tables = files
        .list(join('disclosures', String(lists.communes.find((c) => c.name === one.fields.commune)?.id)))
        .filter(
          (name) => name.endsWith(`-${one.fields.year}.csv`) && one.name.startsWith(name.replace(/-\d{4}\.csv$/, '')),
        )
        .map((name) => `disclosures/${lists.communes.find((c) => c.name === one.fields.commune)!.id}/${name}`);
      expect(tables).toHaveLength(1);
      const fresh = importWorkbook({
        bytes,
        file: `${one.name}.xlsx`,
        forms: allForms,
        files: without(files, new Set(tables)),
        lists,
      });
      expect(fresh.issues).toEqual([]);
      const written = fresh.changes.find((c) => c.path === tables[0]);
      expect(written?.before).toBeUndefined();
      const original = files.read(tables[0]!)!;
      expect(parseCsvText(written!.after).rows.map((r) => r.cells)).toEqual(
        parseCsvText(original).rows.map((r) => r.cells),
      );
      // The land tables quote every segment by hand; the other tables are written exactly as they are.
      if (form.key !== 'bang-gia-dat') expect(written!.after).toBe(original);
    }
  });
});
