/** PAPI content errors name the file, row, column, what was found and what was expected, in both languages. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, projectRoot } from '../../../test/helpers/fixture.ts';
import { ContentError, type ContentIssue } from '../../base/content/errors.ts';
import { loadPortal } from '../../portal.ts';

function nationalCopy(edit: (results: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-national-'));
  cpSync(join(projectRoot, 'content/national'), dir, { recursive: true });
  const file = join(dir, 'papi/results.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function issuesOf(nationalDir: string): ContentIssue[] {
  try {
    loadPortal({ contentDir: copyFixture(), nationalDir });
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('PAPI content errors', () => {
  it('a score written with a decimal comma names row and column', () => {
    const [issue, ...rest] = issuesOf(nationalCopy((t) => t.replace('2020,45,5.4779,', '2020,45,"5,4779",')));
    expect(rest).toHaveLength(0);
    expect(issue!.file).toMatch(/papi\/results\.csv$/);
    expect(issue).toMatchObject({ field: expect.stringContaining('d1'), column: 'd1' });
    expect(issue!.row).toBeGreaterThan(1);
    expect(issue!.expected.vi).toContain('dấu chấm thập phân');
    expect(issue!.expected.en).toContain('decimal point');
  });
  it('a total that is not the sum of its dimensions, and a dimension 7 before 2018', () => {
    const issues = issuesOf(
      nationalCopy((t) =>
        t
          .replace(/^2020,45,(.*),44\.7656$/m, '2020,45,$1,45.7656')
          .replace(/^(2017,45,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*),,/m, '$1,5.1,'),
      ),
    );
    const total = issues.find((i) => i.column === 'total')!;
    expect(total.expected.vi).toMatch(/tổng các nội dung \(44\.76\d\d\)/);
    const d7 = issues.find((i) => i.column === 'd7')!;
    expect(d7.expected.en).toBe('a blank cell: in 2017 PAPI had 6 dimensions');
  });
  it('the day the scores last changed comes from their SOURCE.md; without that line the build stops', () => {
    expect(loadPortal({ contentDir: copyFixture() }).papi.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dir = nationalCopy((t) => t);
    const source = join(dir, 'papi/SOURCE.md');
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace(/^Cập nhật \/ Updated: .*$/m, 'Cập nhật / Updated: 2026-02-30'),
    );
    const [issue, ...rest] = issuesOf(dir);
    expect(rest).toHaveLength(0);
    expect(issue).toMatchObject({ field: 'Cập nhật / Updated', found: '"2026-02-30"' });
    expect(issue!.file).toMatch(/papi\/SOURCE\.md$/);
  });
  it('a missing score is not zero: a blank stays null', () => {
    const portal = loadPortal({ contentDir: copyFixture() });
    const row = portal.papi.results.find((r) => r.year === 2021 && r.province === '24')!;
    expect(row).toEqual({
      year: 2021,
      province: '24',
      scores: [null, null, null, null, null, null, null, null],
      total: null,
    });
  });
});
