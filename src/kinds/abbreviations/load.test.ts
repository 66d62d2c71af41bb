/** The abbreviations dictionary: the real one loads; a broken one stops with a bilingual, located error. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../base/content/errors.ts';
import { projectRoot } from '../../portal.ts';
import { loadAbbreviations } from './load.ts';

function load(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-abbr-'));
  const abs = join(dir, 'abbreviations.yaml');
  writeFileSync(abs, yaml);
  const ctx = { root: dir, dir, nationalDir: dir, issues: new IssueList() };
  return { list: loadAbbreviations(ctx, abs), issues: ctx.issues.issues };
}

describe('loadAbbreviations', () => {
  it('loads the reviewed dictionary with the abbreviations the issue names', () => {
    const ctx = {
      root: projectRoot,
      dir: projectRoot,
      nationalDir: join(projectRoot, 'content/national'),
      issues: new IssueList(),
    };
    const list = loadAbbreviations(ctx, join(projectRoot, 'content/national/search/abbreviations.yaml'));
    expect(ctx.issues.issues).toEqual([]);
    const abbrs = list.map((a) => a.abbr);
    for (const a of ['UBND', 'HĐND', 'MTTQ', 'TTHC', 'CCHC', 'BHYT', 'CBCCVC', 'PAPI']) expect(abbrs).toContain(a);
    expect(list.find((a) => a.abbr === 'HĐND')?.full).toBe('Hội đồng nhân dân');
  });

  it('an abbreviation with a space names the file, line and field in both languages', () => {
    const { issues } = load('- abbr: UBND\n  full: Ủy ban nhân dân\n- abbr: HĐ ND\n  full: Hội đồng nhân dân\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'abbreviations.yaml', line: 3, field: 'abbr' });
    expect(issues[0]!.expected.vi).toContain('không dấu cách');
    expect(issues[0]!.expected.en).toContain('without spaces');
  });

  it('a missing meaning and an unknown field are errors', () => {
    const { issues } = load('- abbr: UBND\n  fulll: Ủy ban nhân dân\n');
    expect(issues.map((i) => i.field).sort()).toEqual(['full', 'fulll']);
  });

  it('the same abbreviation twice (HĐND and HDND are one) points at the first', () => {
    const { issues } = load('- abbr: HĐND\n  full: Hội đồng nhân dân\n- abbr: HDND\n  full: Hội đồng nhân dân\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: 'abbr', found: '"HDND"' });
    expect(issues[0]!.expected.en).toContain('already on line 1');
  });

  it('a file that is not a list is an error', () => {
    const { issues } = load('abbr: UBND\n');
    expect(issues[0]?.found).toBe('không phải danh sách / not a list');
  });
});
