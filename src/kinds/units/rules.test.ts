import { describe, expect, it } from 'vitest';
import { districtsAfterReform, parentCycles, parentValidity, successionRules } from './rules.ts';
import type { Succession, Unit } from './schema.ts';

const unit = (id: string, fields: Partial<Unit> = {}): Unit => ({
  id,
  kind: 'commune',
  division: null,
  name_vi: id,
  name_en: null,
  short_vi: null,
  code: null,
  parent: null,
  valid_from: null,
  valid_to: null,
  note: null,
  ...fields,
});

const link = (from: string, to: string, type: Succession['type'] = 'full'): Succession => ({
  from,
  to,
  type,
  basis: 'Nghị quyết',
  note: null,
});

describe('parentCycles', () => {
  it('finds a loop of two once, at the unit typed last', () => {
    const problems = parentCycles([unit('a', { parent: 'b' }), unit('b', { parent: 'a' }), unit('c', { parent: 'a' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ at: 1, path: ['parent'], found: '"a"' });
    expect(problems[0]!.expected.vi).toContain('b → a → b');
    expect(problems[0]!.expected.en).toContain('is a loop');
  });

  it('finds a longer loop and leaves a unit that is its own parent to the loader', () => {
    const units = [
      unit('a', { parent: 'c' }),
      unit('b', { parent: 'a' }),
      unit('c', { parent: 'b' }),
      unit('d', { parent: 'd' }),
    ];
    const problems = parentCycles(units);
    expect(problems.map((p) => p.at)).toEqual([2]);
    expect(problems[0]!.expected.en).toContain('c → b → a → c');
  });

  it('accepts a tree', () => {
    expect(
      parentCycles([
        unit('p'),
        unit('d', { parent: 'p' }),
        unit('x', { parent: 'd' }),
        unit('y', { parent: 'nowhere' }),
      ]),
    ).toEqual([]);
  });
});

describe('parentValidity', () => {
  it('a 2025 commune under a district that ended is the parent mistyped', () => {
    const problems = parentValidity([
      unit('huyen', { kind: 'district', valid_to: '2025-06-30' }),
      unit('xa', { parent: 'huyen', valid_from: '2025-07-01' }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ at: 1, path: ['parent'], found: '"huyen"' })]);
    expect(problems[0]!.expected.vi).toContain('đã kết thúc ngày 2025-06-30');
    expect(problems[0]!.expected.vi).not.toContain('khó có thể đúng');
  });

  it('a unit that ended before its parent began', () => {
    const problems = parentValidity([
      unit('tinh', { valid_from: '2025-07-01' }),
      unit('xa', { parent: 'tinh', valid_to: '2025-06-30' }),
    ]);
    expect(problems[0]).toMatchObject({ at: 1, path: ['parent'] });
    expect(problems[0]!.expected.en).toContain('began only on 2025-07-01');
  });

  it('starting before the parent or outlasting it is a judgement', () => {
    const early = parentValidity([
      unit('tinh', { valid_from: '2025-07-01' }),
      unit('xa', { parent: 'tinh', valid_from: '2020-01-01' }),
    ]);
    expect(early[0]).toMatchObject({ at: 1, path: ['valid_from'], found: '"2020-01-01"' });
    expect(early[0]!.expected.vi).toContain('khó có thể đúng — kiểm tra lại');
    const late = parentValidity([
      unit('huyen', { valid_to: '2025-06-30' }),
      unit('xa', { parent: 'huyen', valid_to: '2025-12-31' }),
    ]);
    expect(late[0]).toMatchObject({ at: 1, path: ['valid_to'] });
    expect(late[0]!.expected.en).toContain('unlikely to be right');
  });

  it('unknown dates are not judged', () => {
    expect(
      parentValidity([
        unit('tinh', { valid_to: '2025-06-30' }),
        unit('ubnd', { kind: 'people-committee', parent: 'tinh' }),
        unit('xa', { parent: 'tinh', valid_to: '2025-06-30' }),
        unit('moi', { valid_from: '2025-07-01' }),
        unit('xa-moi', { parent: 'moi', valid_from: '2025-07-01' }),
      ]),
    ).toEqual([]);
  });
});

describe('districtsAfterReform', () => {
  it('a district after 30/6/2025 is impossible; one with no end date is not judged', () => {
    const problems = districtsAfterReform([
      unit('a', { kind: 'district', valid_to: '2025-06-30' }),
      unit('b', { kind: 'district', valid_from: '2025-07-01' }),
      unit('c', { kind: 'district', valid_to: '2025-12-31' }),
      unit('d', { kind: 'district' }),
      unit('e', { kind: 'commune' }),
    ]);
    expect(problems.map((p) => [p.at, p.path[0]])).toEqual([
      [1, 'valid_from'],
      [2, 'valid_to'],
    ]);
    expect(problems[1]!.expected.vi).toContain('từ 1/7/2025 không còn cấp huyện');
  });
});

describe('successionRules', () => {
  const old = unit('old', { valid_to: '2025-06-30' });
  const next = unit('next', { valid_from: '2025-07-01' });

  it('accepts a link from the day one ended to the next', () => {
    expect(successionRules([old, next], [link('old', 'next')])).toEqual({ links: [], units: [] });
  });

  it('a unit that succeeds itself', () => {
    const { links } = successionRules([old], [link('old', 'old')]);
    expect(links[0]).toMatchObject({ at: 0, path: ['to'] });
    expect(links[0]!.expected.en).toContain('does not succeed itself');
  });

  it('the same pair twice is named at the second, pointing at the first', () => {
    const { links } = successionRules([old, next], [link('old', 'next'), link('old', 'next', 'partial')], (i) => ({
      vi: `hàng ${i + 2}`,
      en: `row ${i + 2}`,
    }));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ at: 1, path: ['to'] });
    expect(links[0]!.expected.vi).toContain('đã có ở hàng 2');
  });

  it('a successor that did not exist yet, or no longer, when the predecessor ended', () => {
    const late = unit('late', { valid_from: '2025-08-01' });
    const gone = unit('gone', { valid_to: '2025-06-30' });
    const { links } = successionRules([old, late, gone], [link('old', 'late'), link('old', 'gone')]);
    expect(links.map((p) => p.at)).toEqual([0, 1]);
    expect(links[0]!.expected.en).toContain('began only on 2025-08-01');
    expect(links[1]!.expected.en).toContain('ended on 2025-06-30');
  });

  it('a predecessor that went wholly into a unit and is still valid after is a judgement, named once at its end date', () => {
    const still = unit('still');
    const other = unit('other', { valid_from: '2025-07-01' });
    const result = successionRules([still, next, other], [link('still', 'next'), link('still', 'other')]);
    expect(result.links).toEqual([]);
    expect(result.units).toEqual([expect.objectContaining({ at: 0, path: ['valid_to'], found: '(trống / empty)' })]);
    expect(result.units[0]!.expected.vi).toContain('khó có thể đúng');
    // Part of a unit may go elsewhere while the rest stays.
    expect(successionRules([still, next], [link('still', 'next', 'partial')]).units).toEqual([]);
  });
});
