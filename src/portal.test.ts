/**
 * Every kind of content error stops loading with a message that names the file, the place
 * in it, the field, what was found and what was expected, in Vietnamese and English.
 */
import { describe, expect, it } from 'vitest';
import { copyFixture, editFile, writeFile, issuesOf } from '../test/helpers/fixture.ts';
import { ContentError } from './base/content/errors.ts';
import { loadPortal } from './portal.ts';

/** The message a rejected content folder stops the build with. */
const messageOf = (dir: string): string => new ContentError(issuesOf(dir)).message;

describe('a valid instance', () => {
  it('loads, with units, succession and documents', () => {
    const portal = loadPortal({ contentDir: copyFixture() });
    expect(portal.site.id).toBe('thu-nghiem');
    expect(portal.asOf).toBe('2025-12-31');
    expect(portal.asOfSource).toBe('site');
    expect(portal.units.all).toHaveLength(7);
    expect(portal.units.successors('xa-b-a').map((l) => l.unit.id)).toEqual(['xa-c']);
    expect(portal.units.predecessors('xa-c').map((l) => l.unit.id)).toEqual(['xa-b-a']);
    expect(portal.documents[0]?.body).toContain('## I. MỤC ĐÍCH');
  });
  it('takes the as-of date from PORTAL_AS_OF first, then site.yaml, then the build date', () => {
    const dir = copyFixture();
    expect(loadPortal({ contentDir: dir, asOf: '2024-02-29' }).asOf).toBe('2024-02-29');
    editFile(dir, 'site.yaml', (t) => t.replace('as_of: 2025-12-31', 'as_of: null'));
    const portal = loadPortal({ contentDir: dir, now: new Date('2026-03-01T20:00:00Z') });
    // 20:00 UTC is already 2 March in Viet Nam (UTC+7).
    expect(portal.asOf).toBe('2026-03-02');
    expect(portal.asOfSource).toBe('build-date');
  });
});

describe('content errors', () => {
  it('a missing field names the file, the line and the field', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) => t.replace('summary_en: A plan for testing.\n', ''));
    const [issue, ...rest] = issuesOf(dir);
    expect(rest).toHaveLength(0);
    expect(issue).toMatchObject({ field: 'summary_en', found: '(không có / missing)' });
    expect(issue!.file).toMatch(/documents\/ke-hoach-thu\.md$/);
    expect(issue!.line).toBe(2);
    expect(issue!.expected.vi).toBe('một đoạn chữ');
    expect(issue!.expected.en).toBe('text');
  });

  it('a wrong type names the field and what was found', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) =>
      t.replace('papi_dimensions: [5, 8]', 'papi_dimensions: [5, "tám"]'),
    );
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: 'papi_dimensions.1', found: '"tám"', line: 24 });
    expect(issue!.expected.en).toContain('PAPI dimension number from 1 to 8');
  });

  it('an impossible date is rejected in YAML and in CSV', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) => t.replace('date: 2021-05-10', 'date: 2021-02-30'));
    editFile(dir, 'units/admin.csv', (t) =>
      t.replace('xa-c,commune,xã,Xã C,,,19002,tinh-moi,2025-07-01', 'xa-c,commune,xã,Xã C,,,19002,tinh-moi,2025-13-01'),
    );
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(2);
    const csv = issues.find((i) => i.file.endsWith('admin.csv'))!;
    expect(csv).toMatchObject({ field: 'valid_from', column: 'valid_from', row: 6, line: 6, found: '"2025-13-01"' });
    const md = issues.find((i) => i.file.endsWith('.md'))!;
    expect(md).toMatchObject({ field: 'date', line: 7, found: '"2021-02-30"' });
    expect(md.expected.vi).toContain('một ngày có thật');
  });

  it('an unknown unit reference is an error, not a blank', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) =>
      t.replace('concerns: [so-noi-vu]', 'concerns: [so-noi-vu, so-khong-co]'),
    );
    editFile(dir, 'succession/admin.csv', (t) => t.replace('xa-b-a,xa-c', 'xa-b-a,xa-khong-co'));
    const issues = issuesOf(dir);
    expect(issues.map((i) => [i.field, i.found])).toEqual(
      expect.arrayContaining([
        ['to', '"xa-khong-co"'],
        ['concerns.1', '"so-khong-co"'],
      ]),
    );
    expect(issues.find((i) => i.field === 'concerns.1')!.expected.en).toContain('there is no unit "so-khong-co"');
  });

  it('a duplicate id names both places', () => {
    const dir = copyFixture();
    editFile(dir, 'units/organisations.yaml', (t) => t.replace('- id: so-noi-vu', '- id: ubnd-tinh-cu'));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: 'id', found: '"ubnd-tinh-cu"', line: 12 });
    expect(issue!.expected.vi).toMatch(/đã có ở đơn vị khác \(.*organisations\.yaml:1\)/);
  });

  it('malformed YAML names the file and line', () => {
    const dir = copyFixture();
    editFile(dir, 'units/organisations.yaml', (t) =>
      t.replace('  kind: department', '  kind: department\n kind: oops'),
    );
    const [issue] = issuesOf(dir);
    expect(issue!.field).toBe('(YAML)');
    expect(issue!.file).toMatch(/organisations\.yaml$/);
    expect(issue!.line).toBeGreaterThanOrEqual(14);
  });

  it('malformed CSV names the file and line', () => {
    const dir = copyFixture();
    editFile(dir, 'units/admin.csv', (t) =>
      t.replace('xa-b-a,commune,xã,Xã B,,,19001', 'xa-b-a,commune,xã,"Xã B,,,19001'),
    );
    const [issue] = issuesOf(dir);
    expect(issue!.field).toBe('(CSV)');
    expect(issue!.file).toMatch(/admin\.csv$/);
  });

  it('a file that is not UTF-8 is named', () => {
    const dir = copyFixture();
    writeFile(dir, 'units/extra.csv', Buffer.from('id,kind,name_vi\nxa-d,commune,X\xe3 D\n', 'latin1'));
    const [issue] = issuesOf(dir);
    expect(issue!.file).toMatch(/units\/extra\.csv$/);
    expect(issue!.expected.vi).toContain('UTF-8');
  });

  it('a byte-order mark and Windows line ends are read as usual', () => {
    const dir = copyFixture();
    editFile(dir, 'units/admin.csv', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    expect(loadPortal({ contentDir: dir }).units.get('xa-c')?.name_vi).toBe('Xã C');
  });

  it('an unknown field is reported, so a misspelt key is not silently ignored', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) => t.replace('number: 12/KH-UBND', 'number: 12/KH-UBND\nnumbr: 13'));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: 'numbr', found: '13', line: 7 });
  });

  it('reports every problem at once, in Vietnamese and English', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) => t.replace('date: 2021-05-10', 'date: 2021-02-30'));
    editFile(dir, 'units/organisations.yaml', (t) => t.replace('parent: ubnd-tinh-cu', 'parent: ubnd-khong-co'));
    const message = messageOf(dir);
    expect(message).toContain('Nội dung có 2 lỗi');
    expect(message).toContain('The content has 2 errors');
    expect(message).toMatch(/ke-hoach-thu\.md, dòng\/line 7 — trường\/field "date"/);
    expect(message).toContain('[vi] Tìm thấy "2021-02-30"; cần một ngày có thật');
    expect(message).toMatch(/organisations\.yaml, dòng\/line 19 — trường\/field "parent"/);
    expect(message).toContain('[en] Found "ubnd-khong-co"; expected the id of a unit');
  });
});

describe('a content folder that is not there', () => {
  it('is one problem naming PORTAL_CONTENT, not a crash or one problem per kind of content', () => {
    const issues = issuesOf('content/khong-co-tinh-nay');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'content/khong-co-tinh-nay',
      field: 'PORTAL_CONTENT',
      found: '"content/khong-co-tinh-nay"',
    });
    expect(issues[0]!.expected.vi).toContain('thư mục nội dung');
    expect(issues[0]!.expected.en).toContain('content folder');
  });
});
