/**
 * Plans and reports that are wrong stop loading with a message naming the file, the line,
 * the field, what was found and what was expected, in Vietnamese and English.
 */
import { describe, expect, it } from 'vitest';
import { copyFixture, editFile, writeFile, issuesOf } from '../../../test/helpers/fixture.ts';
import { loadPortal } from '../../portal.ts';

describe('a valid plan', () => {
  it('loads with its tasks and reports', () => {
    const portal = loadPortal({ contentDir: copyFixture() });
    const [plan] = portal.plans;
    expect(plan).toMatchObject({ id: 'ke-hoach-thu', sample: true, papi_year: 2021 });
    expect(plan!.tasks.map((t) => [t.id, t.section])).toEqual([
      ['thu-1-a', 0],
      ['thu-1-b', 0],
    ]);
    expect(plan!.reports).toHaveLength(1);
  });
});

describe('plan and report errors', () => {
  it('a cooperating unit that is not a unit names the file, line and field', () => {
    const dir = copyFixture();
    editFile(dir, 'tasks/ke-hoach-thu.yaml', (t) =>
      t.replace('cooperating: [ubnd-tinh-cu]', 'cooperating: [so-noi-vu-cu]'),
    );
    const [issue, ...rest] = issuesOf(dir);
    expect(rest).toHaveLength(0);
    expect(issue).toMatchObject({ field: 'sections.0.tasks.0.cooperating.0', found: '"so-noi-vu-cu"', line: 21 });
    expect(issue!.file).toMatch(/tasks\/ke-hoach-thu\.yaml$/);
    expect(issue!.expected.vi).toContain('không có đơn vị "so-noi-vu-cu"');
    expect(issue!.expected.en).toContain('there is no unit "so-noi-vu-cu"');
  });

  it('a task file must be named after a document', () => {
    const dir = copyFixture();
    writeFile(dir, 'tasks/khong-co.yaml', 'sections:\n  - tasks:\n      - id: x\n        text: "Việc."\n');
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: '(tên tệp / file name)', found: '"khong-co.yaml"' });
    expect(issue!.expected.en).toContain('there is no document "khong-co"');
  });

  it('a task id used twice names where the first one is', () => {
    const dir = copyFixture();
    editFile(dir, 'tasks/ke-hoach-thu.yaml', (t) => t.replace('id: thu-1-b', 'id: thu-1-a'));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: 'sections.0.tasks.1.id', line: 28 });
    expect(issue!.expected.vi).toMatch(/đã có ở .*tasks\/ke-hoach-thu\.yaml:17/);
  });

  it('a target range without its upper end is rejected', () => {
    const dir = copyFixture();
    editFile(dir, 'tasks/ke-hoach-thu.yaml', (t) => t.replace('comparator: exactly', 'comparator: range'));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: 'sections.0.tasks.0.targets.0.value_max' });
    expect(issue!.expected.en).toBe('value_max exactly when comparator is "range"');
  });

  it('a report on a period the plan does not have, a wrong status and a bad link are each named', () => {
    const dir = copyFixture();
    editFile(dir, 'reports/ke-hoach-thu.yaml', (t) =>
      t
        .replace('period: 2021-h1', 'period: 2021-q1')
        .replace('status: dang-thuc-hien', 'status: dang-lam')
        .replace('https://example.org/minh-hoa.pdf', 'minh-hoa.pdf'),
    );
    const issues = issuesOf(dir);
    expect(issues.map((i) => [i.field, i.line])).toEqual(
      expect.arrayContaining([
        ['reports.0.items.0.status', 8],
        ['reports.0.items.0.evidence.0', 11],
      ]),
    );
    expect(issues.find((i) => i.field === 'reports.0.items.0.status')!.expected.vi).toContain(
      'chua-trien-khai, dang-thuc-hien, hoan-thanh, qua-han',
    );
  });

  it('a report period outside the plan, and a task the unit neither leads nor cooperates on', () => {
    const dir = copyFixture();
    editFile(dir, 'reports/ke-hoach-thu.yaml', (t) =>
      t.replace('period: 2021-h1', 'period: 2022-h1').replace('task: thu-1-a', 'task: thu-1-b'),
    );
    const issues = issuesOf(dir);
    expect(issues.map((i) => i.field)).toEqual(['reports.0.period', 'reports.0.items.0.task']);
    expect(issues[0]!.expected.vi).toContain('2021-h1, 2021-y');
    expect(issues[1]!.expected.en).toBe('a task that unit "so-noi-vu" leads or cooperates on');
  });

  it('a report file must say whether it is sample data', () => {
    const dir = copyFixture();
    editFile(dir, 'reports/ke-hoach-thu.yaml', (t) => t.replace('sample: true\n', ''));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ field: 'sample', found: '(không có / missing)' });
    expect(issue!.expected.vi).toContain('dữ liệu minh họa');
  });
});
