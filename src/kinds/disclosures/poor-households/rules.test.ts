import { describe, expect, it } from 'vitest';
import { poorHouseholdProblems } from './rules.ts';
import type { PoorHouseholdRow } from './schema.ts';

const row = (village: string, counts: Partial<PoorHouseholdRow> = {}): PoorHouseholdRow => ({
  village,
  poor_households: 3,
  poor_persons: 8,
  near_poor_households: 2,
  near_poor_persons: 6,
  exited_poor_households: 1,
  exited_near_poor_households: 0,
  note: null,
  ...counts,
});

describe('poor-household table rules', () => {
  it('accept villages once each, with at least as many persons as households', () => {
    expect(poorHouseholdProblems([row('Thôn 1'), row('Thôn 2', { poor_households: 0, poor_persons: 0 })])).toEqual([]);
    // One person per household is possible.
    expect(poorHouseholdProblems([row('Thôn 1', { near_poor_households: 4, near_poor_persons: 4 })])).toEqual([]);
  });
  it('name the persons cell when a row has more households than persons', () => {
    const [p, ...rest] = poorHouseholdProblems([row('Thôn 1'), row('Thôn 2', { poor_households: 9, poor_persons: 8 })]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ path: [1, 'poor_persons'], found: '8' });
    expect(p!.expected.vi).toContain('ít nhất 9 người thuộc hộ nghèo');
    expect(p!.expected.en).toContain('every household has at least one person');
  });
  it('check near-poor households the same way', () => {
    const [p] = poorHouseholdProblems([row('Thôn 1', { near_poor_households: 5, near_poor_persons: 0 })]);
    expect(p).toMatchObject({ path: [0, 'near_poor_persons'], found: '0' });
    expect(p!.expected.en).toContain('near-poor households');
  });
  it('name the households cell when persons are counted without a household', () => {
    const [p] = poorHouseholdProblems([row('Thôn 1', { poor_households: 0, poor_persons: 4 })]);
    expect(p).toMatchObject({ path: [0, 'poor_households'], found: '0' });
    expect(p!.expected.vi).toContain('ít nhất 1 hộ nghèo');
  });
  it('name a village listed twice, however its spaces and case are typed', () => {
    const [p] = poorHouseholdProblems([row('Thôn 1'), row('Thôn 2'), row(' thôn  1')]);
    expect(p).toMatchObject({ path: [2, 'village'], found: '" thôn  1"' });
    expect(p!.expected.vi).toContain('"Thôn 1" đã có ở hàng 2');
    expect(p!.expected.en).toContain('"Thôn 1" is on row 2');
  });
  it('list problems in the order of the rows', () => {
    const problems = poorHouseholdProblems([row('Thôn 1', { poor_persons: 1 }), row('Thôn 2'), row('Thôn 2')]);
    expect(problems.map((p) => p.path)).toEqual([
      [0, 'poor_persons'],
      [2, 'village'],
    ]);
  });
});
