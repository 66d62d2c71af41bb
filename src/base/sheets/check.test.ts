/**
 * The check before sending (check.ts), as the publishing page runs it, on the minimal instance
 * copied as the build copies it for the page: a good file gives what the import gives (no
 * problem, the same files); a bad one the same problem at the same cell — including those the
 * import finds only with the build's loader (a parent that is not the sum of its lines, a
 * mobile number, land recovery steps out of order, a task the plan does not have), which the
 * page finds with the kinds' own per-file checks.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { fillTemplate, headerRow, rowsAt, workbook, type CellSpec } from '../../../scripts/import/sheets/workbooks.ts';
import { allForms, instanceLists, runImport } from '../../../scripts/import/sheets/instance.ts';
import { folderFiles as folderFilesOf, folderText } from '../content/folder.ts';
import { formatIssue, type ContentIssue } from '../content/errors.ts';
import { checkWorkbook, formFolders, inFileOrder, snapshotFiles, type ContentSnapshot } from './check.ts';
import type { ContentFiles } from './form.ts';
import { importWorkbook } from './importer.ts';
import { shownCode } from './codes.ts';
import { parseCsvText } from './files.ts';
import { writeTemplate } from './template.ts';

let dir: string;
let snapshot: ContentSnapshot;
const form = (key: string) => allForms.find((f) => f.key === key)!;

beforeAll(() => {
  dir = copyFixture();
  snapshot = { lists: instanceLists(dir), files: folderText(dir, formFolders(allForms)) };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const place = (i: ContentIssue) => ({ sheet: i.sheet, cell: i.cell, field: i.field, found: i.found });

/** The page's check and the import's dry run on the same bytes. */
function both(file: string, bytes: Uint8Array) {
  const page = checkWorkbook({ bytes, file, forms: allForms, snapshot });
  const cli = runImport({ contentDir: dir, file, bytes, lists: snapshot.lists, dryRun: true });
  return { page, cli };
}

async function template(key: string, sheet: string, header: string) {
  const bytes = await writeTemplate(form(key), snapshot.lists);
  return { bytes, header: await headerRow(bytes, sheet, header) };
}

describe('the snapshot of the content', () => {
  it('lists a folder and reads a file as the folder would', () => {
    const files = snapshotFiles({ 'a/b/c.yaml': 'x', 'a/d.csv': 'y', 'e.yaml': 'z' });
    expect(files.list('a')).toEqual(['b', 'd.csv']);
    expect(files.list('a/b/')).toEqual(['c.yaml']);
    expect(files.list('f')).toEqual([]);
    expect(files.read('a/d.csv')).toBe('y');
    expect(files.read('toString')).toBeUndefined();
  });

  it('holds the folders the forms read, as text', () => {
    expect(Object.keys(snapshot.files)).toContain('disclosures/xa-c/cong-khai.yaml');
    expect(Object.keys(snapshot.files)).toContain('tasks/ke-hoach-thu.yaml');
    expect(snapshot.lists.communes.map((c) => c.name)).toContain('Xã C');
  });
});

describe('the folders each form declares', () => {
  /** The snapshot's files, noting every path read or listed. */
  const recording = (seen: string[]): ContentFiles => {
    const files = snapshotFiles(snapshot.files);
    return {
      read: (path) => (seen.push(path), files.read(path)),
      list: (path) => (seen.push(path), files.list(path)),
    };
  };

  it.each(allForms.map((f) => [f.key, f] as const))(
    '%s: its import and checks read nothing outside them',
    async (_, form) => {
      const seen: string[] = [];
      // Exporting (fromContent) may read more (a plan's title); importing and checking may not.
      const filled = form.fromContent(folderFilesOf(dir), snapshot.lists);
      for (const one of filled.slice(0, 1)) {
        const bytes = await writeTemplate(form, snapshot.lists, one);
        const files = recording(seen);
        const result = importWorkbook({ bytes, file: 'x.xlsx', forms: allForms, files, lists: snapshot.lists });
        form.checkFiles?.(result.changes, files);
      }
      expect(filled.length).toBeGreaterThan(0);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((path) => !form.folders.some((f) => path === f || path.startsWith(`${f}/`)))).toEqual([]);
    },
  );
});

describe('a good file', () => {
  it('poor households for a new year: no problem, the rows read, the files the import writes', async () => {
    const { bytes: empty, header } = await template('ho-ngheo', 'Hộ nghèo', 'Thôn, tổ dân phố');
    const bytes = await fillTemplate(empty, {
      'Hộ nghèo': {
        B2: 'Xã C',
        B3: 2026,
        ...rowsAt(header + 1, [
          ['Thôn 1', 3, 8, 5, 14, 1, 0, null],
          ['Thôn 2', 0, 0, 2, 6, 0, 1, null],
        ]),
      },
      'Thông tin': { B3: 'Quyết định số 12/QĐ-UBND', B4: '20/11/2026', B5: '26/11/2026', B6: '15/12/2026' },
    });
    const { page, cli } = both('ho-ngheo-2026.xlsx', bytes);
    expect(cli.issues.map(formatIssue)).toEqual([]);
    expect(page.issues.map(formatIssue)).toEqual([]);
    expect(page.form?.key).toBe('ho-ngheo');
    expect(page.tables).toEqual([{ sheet: 'Hộ nghèo', title: 'KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO', rows: 2 }]);
    expect(page.files.map((f) => [f.path, f.added])).toEqual(cli.changes.map((c) => [c.path, c.before === undefined]));
    expect(page.files.find((f) => f.path.endsWith('ho-ngheo-2026.csv'))?.added).toBe(true);
  });
});

describe('a bad file: the same problem, at the same cell, as the import', () => {
  const fixtureBudget = () =>
    parseCsvText(readFileSync(join(dir, 'disclosures/xa-c/ngan-sach-2025.csv'), 'utf8')).rows.map((r) => {
      const [code, , name, estimate, , , m9] = r.cells;
      return { code: shownCode(code!), name: name!, estimate: Number(estimate), m9: Number(m9) };
    });

  it('a word for a figure and an empty count: each at its cell', async () => {
    const { bytes: empty, header } = await template('ho-ngheo', 'Hộ nghèo', 'Thôn, tổ dân phố');
    const bytes = await fillTemplate(empty, {
      'Hộ nghèo': {
        B2: 'Xã C',
        B3: 2025,
        ...rowsAt(header + 1, [
          ['Thôn 1', 'ba', 8, 5, 14, 1, 0, null],
          ['Thôn 2', 1, null, 2, 6, 0, 1, null],
        ]),
      },
    });
    const { page, cli } = both('ho-ngheo.xlsx', bytes);
    expect(page.issues.map(place)).toEqual(inFileOrder(cli.issues, ['Hộ nghèo']).map(place));
    expect(page.issues.map((i) => i.cell)).toEqual([`B${header + 1}`, `C${header + 2}`]);
  });

  it('a parent that is not the sum of its lines (the build’s check), at the parent’s cell', () => {
    const rows = fixtureBudget();
    const sheet: CellSpec[][] = [
      ['BÁO CÁO THỰC HIỆN DỰ TOÁN NGÂN SÁCH XÃ C 9 THÁNG ĐẦU NĂM 2025'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Dự toán năm', 'Thực hiện 9 tháng'],
      ...rows.map((r) => [
        r.code,
        r.name,
        r.estimate,
        r.m9 + (r.name === 'Chi quản lý nhà nước, Đảng, đoàn thể' ? 5 : 0),
      ]),
    ];
    const { page, cli } = both('bao-cao.xlsx', workbook([{ name: 'Sheet1', rows: sheet }]));
    expect(cli.issues.length).toBeGreaterThan(0);
    expect(page.issues.map(place)).toEqual(inFileOrder(cli.issues, ['Sheet1']).map(place));
    expect(page.issues[0]!.expected.vi).toContain('bằng tổng các dòng con');
  });

  it('a mobile number in a note (the personal-data check), at its cell', async () => {
    const { bytes: empty, header } = await template('ho-ngheo', 'Hộ nghèo', 'Thôn, tổ dân phố');
    const bytes = await fillTemplate(empty, {
      'Hộ nghèo': {
        B2: 'Xã C',
        B3: 2025,
        ...rowsAt(header + 1, [['Khu phố 1', 8, 16, 12, 37, 2, 3, 'Liên hệ ông Ba 0912 345 678']]),
      },
    });
    const { page, cli } = both('ho-ngheo.xlsx', bytes);
    expect(page.issues.map(place)).toEqual(cli.issues.map(place));
    expect(page.issues[0]).toMatchObject({ sheet: 'Hộ nghèo', cell: `H${header + 1}` });
  });

  it('land recovery steps out of order (the build’s check), at the later step’s cell', async () => {
    const { bytes: empty, header } = await template('thu-hoi-dat', 'Dự án', 'Mã dự án');
    const row = [null, 'Dự án X', 'Mở đường', null, 1, 3, 'Đất trồng lúa', null, '15/03/2026', '02/02/2026'];
    const bytes = await fillTemplate(empty, {
      'Dự án': { B2: 'Xã C', ...rowsAt(header + 1, [[...row, null, null, null, null, '03/02/2026']]) },
    });
    const { page, cli } = both('thu-hoi-dat.xlsx', bytes);
    expect(page.issues.map(place)).toEqual(cli.issues.map(place));
    expect(page.issues[0]).toMatchObject({ cell: `J${header + 1}`, field: 'timeline.inventory' });
  });

  it('a task the plan does not have (the build’s check), at the report’s cell', async () => {
    const { bytes: empty, header } = await template('bao-cao', 'Báo cáo', 'Đơn vị báo cáo');
    const bytes = await fillTemplate(empty, {
      'Báo cáo': {
        B2: 'Kế hoạch thử',
        ...rowsAt(header + 1, [['Sở Nội vụ', '2021-y', '25/11/2021', 'thu-9-z', 'Hoàn thành', 100, 'Đã làm.']]),
      },
    });
    const { page, cli } = both('bao-cao.xlsx', bytes);
    expect(page.issues.map(place)).toEqual(cli.issues.map(place));
    expect(page.issues[0]).toMatchObject({ cell: `D${header + 1}` });
  });

  it('bytes that are not a spreadsheet, and a table of no form', () => {
    expect(
      checkWorkbook({ bytes: new Uint8Array([1, 2, 3]), file: 'x.xlsx', forms: allForms, snapshot }).issues,
    ).toEqual(
      runImport({ contentDir: dir, file: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]), lists: snapshot.lists }).issues,
    );
    const other = workbook([
      {
        name: 'Sheet1',
        rows: [
          ['Họ tên', 'Tuổi'],
          ['A', 1],
        ],
      },
    ]);
    const page = checkWorkbook({ bytes: other, file: 'khac.xlsx', forms: allForms, snapshot });
    expect(page.form).toBeUndefined();
    expect(page.issues.map((i) => i.field)).toEqual(['(mẫu / form)']);
  });

  it('the form and the commune chosen on the page, as --kind and --commune', async () => {
    const { bytes: empty, header } = await template('ho-ngheo', 'Hộ nghèo', 'Thôn, tổ dân phố');
    const bytes = await fillTemplate(empty, {
      'Hộ nghèo': { B3: 2025, ...rowsAt(header + 1, [['Khu phố 1', 8, 16, 12, 37, 2, 3, null]]) },
    });
    const without = checkWorkbook({ bytes, file: 'h.xlsx', forms: allForms, snapshot });
    expect(without.issues.map((i) => i.field)).toContain('Xã/phường');
    const chosen = checkWorkbook({
      bytes,
      file: 'h.xlsx',
      forms: allForms,
      snapshot,
      commune: 'xa-c',
      kind: 'ho-ngheo',
    });
    expect(chosen.issues.map(formatIssue)).toEqual([]);
  });
});
