/**
 * Round trip: the content of both instances, exported to the templates and imported again,
 * gives the same content files — for every form. Once over the content as it is (nothing to
 * change), once with the form's table files taken away (the import writes them anew: the same
 * rows, and for the budget and poor households the same bytes).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCsvText, writeYamlText } from '../../../src/base/sheets/files.ts';
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

/** For a form kept in a YAML file: the file's content without what the form gives (as if never published). */
const emptied: Record<string, { file: string; empty: (value: Record<string, unknown>) => unknown }> = {
  'dong-gop': { file: 'cong-khai.yaml', empty: (v) => ({ ...v, contributions: [] }) },
  'dau-tu': { file: 'cong-khai.yaml', empty: (v) => ({ ...v, investment: [] }) },
  'tiep-cong-dan': { file: 'cong-khai.yaml', empty: (v) => ({ ...v, reception: [], hotlines: [] }) },
  'thu-hoi-dat': { file: 'thu-hoi-dat.yaml', empty: () => [] },
  'gop-y': { file: 'gop-y.yaml', empty: () => ({ consultations: [], questions: [] }) },
};

/** The folder of a plan form's files. */
const plans: Record<string, string> = { 'nhiem-vu': 'tasks', 'bao-cao': 'reports' };

/** The instance's files with one file's text replaced. */
function replaced(files: ContentFiles, path: string, text: string): ContentFiles {
  return { read: (p) => (p === path ? text : files.read(p)), list: (dir) => files.list(dir) };
}

const instances = ['content/quang-tri', 'content/bac-ninh'];
const seen = new Map<string, number>();

describe.each(instances)('round trip of %s', (contentDir) => {
  const files = folderFiles(resolve(projectRoot, contentDir));
  const lists = instanceLists(contentDir);
  const communeId = (name: unknown) => lists.communes.find((c) => c.name === name)!.id;

  it.each(allForms.map((f) => [f.key, f] as const))('%s: export, import, the same files', async (key, form) => {
    const filled = form.fromContent(files, lists);
    seen.set(key, (seen.get(key) ?? 0) + filled.length);
    for (const one of filled) {
      const bytes = await writeTemplate(form, lists, one);
      const result = importWorkbook({ bytes, file: `${one.name}.xlsx`, forms: allForms, files, lists });
      expect(result.issues, one.name).toEqual([]);
      expect(result.form?.key).toBe(form.key);
      expect(
        result.changes.map((c) => c.path),
        one.name,
      ).toEqual([]);

      const planFolder = plans[key];
      if (planFolder) {
        // The plan's file written anew from the spreadsheet alone: the same content (targets and
        // reporting rules are written by hand and are not in the form).
        const plan = lists.plans!.find((p) => p.name === one.fields.plan)!.id;
        const path = `${planFolder}/${plan}.yaml`;
        const original = parseYaml(files.read(path)!) as Record<string, unknown>;
        const fresh = importWorkbook({
          bytes,
          file: `${one.name}.xlsx`,
          forms: allForms,
          files: without(files, new Set([path])),
          lists,
        });
        expect(fresh.issues).toEqual([]);
        const written = parseYaml(fresh.changes.find((c) => c.path === path)!.after) as Record<string, unknown>;
        if (planFolder === 'tasks') {
          const strip = (sections: unknown) =>
            JSON.parse(JSON.stringify(sections, (k, v) => (k === 'targets' ? undefined : v)));
          expect(strip(written.sections)).toEqual(strip(original.sections));
        } else expect(written.reports).toEqual(original.reports);
        continue;
      }
      const dir = `disclosures/${communeId(one.fields.commune)}`;
      const yaml = emptied[key];
      if (yaml) {
        // The form's part of the YAML file written anew from the spreadsheet alone.
        const path = `${dir}/${yaml.file}`;
        const original = files.read(path)!;
        const without = writeYamlText(original, yaml.empty(parseYaml(original) as Record<string, unknown>));
        const others = filled.filter((f) => f !== one && f.fields.commune === one.fields.commune);
        // Other forms of the same file (another year) go back first, as an official would import them.
        let view = replaced(files, path, without);
        for (const other of others) {
          const r = importWorkbook({
            bytes: await writeTemplate(form, lists, other),
            file: 'x.xlsx',
            forms: allForms,
            files: view,
            lists,
          });
          expect(r.issues).toEqual([]);
          for (const c of r.changes) view = replaced(view, c.path, c.after);
        }
        const fresh = importWorkbook({ bytes, file: `${one.name}.xlsx`, forms: allForms, files: view, lists });
        expect(fresh.issues).toEqual([]);
        const after = fresh.changes.find((c) => c.path === path)?.after ?? view.read(path)!;
        expect(parseYaml(after)).toEqual(parseYaml(original));
        continue;
      }
      // The tables written anew from the spreadsheet alone.
      const tables = files
        .list(dir)
        .filter(
          (name) => name.endsWith(`-${one.fields.year}.csv`) && one.name.startsWith(name.replace(/-\d{4}\.csv$/, '')),
        )
        .map((name) => `${dir}/${name}`);
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

describe('round trip coverage', () => {
  it('every form has content to go round in one instance or the other', () => {
    for (const form of allForms) expect(seen.get(form.key), form.key).toBeGreaterThan(0);
  });
});
