/**
 * Disclosure content errors stop loading and name the file, the row or line, the field,
 * what was found and what was expected — the "Done when" cases of the disclosures.
 */
import { renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyFixture, editFile, issuesOf } from '../../../test/helpers/fixture.ts';
import { loadPortal } from '../../portal.ts';
import { complianceTable } from './compliance.ts';
import { publicationsOf } from './model.ts';

const D = 'disclosures/xa-c';

describe('a commune with disclosures', () => {
  it('loads its budget, counts, land and discussion', () => {
    const portal = loadPortal({ contentDir: copyFixture() });
    const [xaC] = portal.disclosures;
    expect(xaC!.commune).toBe('xa-c');
    expect(xaC!.info.sample).toBe(true);
    expect(xaC!.budgets.map((b) => b.year)).toEqual([2025]);
    expect(xaC!.poorHouseholds[0]!.rows).toHaveLength(6);
    expect(xaC!.prices[0]!.rows.length).toBeGreaterThan(0);
    expect(xaC!.recovery[0]!.timeline.notice).toBe('2025-03-10');
    expect(xaC!.consultations[0]!.closes).toBe('2026-01-09');
  });
});

describe('budget errors', () => {
  it('a parent that does not equal its children stops loading and names the row and column', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/ngan-sach-2025.csv`, (t) =>
      t.replace(
        /\nA\.I\.2,A\.I,Thu tiền sử dụng đất,(\d+),/,
        (_, n) => `\nA.I.2,A.I,Thu tiền sử dụng đất,${Number(n) + 500},`,
      ),
    );
    const issues = issuesOf(dir);
    const parent = issues.find((i) => i.row === 3)!; // A.I is the second data row: row 3 with the header
    expect(parent).toMatchObject({ column: 'estimate', field: 'estimate' });
    expect(parent.file).toMatch(/disclosures\/xa-c\/ngan-sach-2025\.csv$/);
    expect(parent.expected.vi).toContain('bằng tổng các dòng con A.I.1 + A.I.2 + A.I.3 + A.I.4');
    expect(parent.expected.en).toContain('off by -500 triệu đồng');
  });
  it('a top line that disagrees with the total the decision states is named', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/ngan-sach-2025.yaml`, (t) =>
      t.replace(
        /(exec_6m:\n(?:.*\n){3}) {4}spending_total: (\d+)/,
        (_, head, n) => `${head}    spending_total: ${Number(n) + 100}`,
      ),
    );
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ row: 11, column: 'exec_6m' });
    expect(issue!.expected.en).toMatch(/the total spending \d+ triệu đồng the execution at 6 months document states/);
  });
  it('an amount that is not a number is named with its row and column', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/ngan-sach-2025.csv`, (t) =>
      t.replace(/\nB\.I,B,Chi đầu tư phát triển,(\d+),/, '\nB.I,B,Chi đầu tư phát triển,mười tỷ,'),
    );
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ row: 12, column: 'estimate', found: '"mười tỷ"' });
  });
});

describe('personal data', () => {
  it('an identity number in a poor-household table stops loading, naming file, row and column', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/ho-ngheo-2025.csv`, (t) =>
      t.replace('Khu phố 3,7,20,3,10,0,5,', 'Khu phố 3,7,20,3,10,0,5,Hộ ông A CCCD 044095001234'),
    );
    const [issue, ...rest] = issuesOf(dir);
    expect(rest).toHaveLength(0);
    expect(issue).toMatchObject({ row: 4, column: 'note', field: 'note' });
    expect(issue!.file).toMatch(/ho-ngheo-2025\.csv$/);
    expect(issue!.found).not.toContain('044095001234');
    expect(issue!.expected.vi).toContain('CMND/CCCD');
  });
  it('a personal mobile number stops loading, in a table and in YAML', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/ho-ngheo-2025.csv`, (t) =>
      t.replace('Khu phố 2,2,4,4,14,0,3,', 'Khu phố 2,2,4,4,14,0,3,Liên hệ trưởng khu phố 0912.345.678'),
    );
    editFile(dir, `${D}/gop-y.yaml`, (t) =>
      t.replace('Khi nào các hộ', 'Tôi (SĐT +84 912 345 679) hỏi khi nào các hộ'),
    );
    const issues = issuesOf(dir);
    expect(issues.map((i) => [i.file.split('/').pop(), i.row ?? i.line, i.field])).toEqual([
      ['ho-ngheo-2025.csv', 3, 'note'],
      ['gop-y.yaml', expect.any(Number), 'questions.0.question'],
    ]);
    expect(issues[0]!.expected.en).toContain('no personal mobile number');
  });
  it('an office landline is allowed where it belongs, a mobile is not', () => {
    const ok = copyFixture();
    editFile(ok, `${D}/cong-khai.yaml`, (t) => t.replace('phone: 0233 3000 101', 'phone: (0233) 3.852.111'));
    expect(() => loadPortal({ contentDir: ok })).not.toThrow();
    const bad = copyFixture();
    editFile(bad, `${D}/cong-khai.yaml`, (t) => t.replace('phone: 0233 3000 101', 'phone: 0983 123 456'));
    const [issue] = issuesOf(bad);
    expect(issue).toMatchObject({ field: 'reception.0.schedule.0.office_phone' });
    expect(issue!.line).toBeGreaterThan(1);
    const fragment = copyFixture();
    editFile(fragment, `${D}/cong-khai.yaml`, (t) => t.replace('phone: 0233 3000 101', 'phone: "3000 101"'));
    expect(issuesOf(fragment)[0]!.expected.en).toContain('an office landline');
  });
  it('other content files are scanned too', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) => `${t}\nNgười liên hệ: 0345678901\n`);
    const [issue] = issuesOf(dir);
    expect(issue!.file).toMatch(/ke-hoach-thu\.md$/);
    expect(issue!.line).toBeGreaterThan(20);
  });
});

describe('land recovery timeline', () => {
  it('dates out of order stop loading and name the step', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/thu-hoi-dat.yaml`, (t) => t.replace('inventory: 2025-04-15', 'inventory: 2025-02-15'));
    const [issue, ...rest] = issuesOf(dir);
    expect(rest).toHaveLength(0);
    expect(issue).toMatchObject({ field: 'timeline.inventory', found: '2025-02-15' });
    expect(issue!.file).toMatch(/thu-hoi-dat\.yaml$/);
    expect(issue!.line).toBe(21);
    expect(issue!.expected.vi).toContain('không sớm hơn bước trước "Thông báo thu hồi đất" (2025-03-10)');
  });
});

describe('folders and files', () => {
  it('a folder that is not a current commune is named', () => {
    const dir = copyFixture();
    editFile(dir, `${D}/cong-khai.yaml`, (t) => t);
    renameSync(`${dir}/${D}`, `${dir}/disclosures/xa-b-a`);
    expect(issuesOf(dir)[0]).toMatchObject({ field: '(thư mục / folder)', found: '"xa-b-a"' });
  });
});

describe('the compliance table follows the content', () => {
  it('changing a publication date in a file changes the table', () => {
    const asOf = '2025-12-31';
    const row = (dir: string) => {
      const portal = loadPortal({ contentDir: dir, asOf });
      return complianceTable(
        portal.disclosures.map((d) => ({ id: d.commune, publications: publicationsOf(d, asOf) })),
        asOf,
      )[0]!;
    };
    const dir = copyFixture();
    const before = row(dir).cells.find((c) => c.kind === 'budget-execution')!;
    expect(before).toMatchObject({ status: 'on-time', published: '2025-10-10' });
    editFile(dir, `${D}/ngan-sach-2025.yaml`, (t) => t.replace('published: 2025-10-10', 'published: 2025-11-20'));
    expect(row(dir).cells.find((c) => c.kind === 'budget-execution')).toMatchObject({
      status: 'late',
      published: '2025-11-20',
      daysLate: 36,
    });
    editFile(dir, `${D}/cong-khai.yaml`, (t) =>
      t.replace(/anti_corruption_reports:\n(.*\n)+?land_use_plans:/, 'anti_corruption_reports: []\nland_use_plans:'),
    );
    expect(row(dir).cells.find((c) => c.kind === 'anti-corruption')!.status).toBe('missing');
  });
});
