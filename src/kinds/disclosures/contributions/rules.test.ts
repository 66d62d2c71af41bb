import { describe, expect, it } from 'vitest';
import { UNLIKELY } from '../rules.ts';
import { contributionProblems, type ContributionYear } from './rules.ts';
import type { Contribution } from './schema.ts';

const item = (id: string, mobilised: number, spent: number): Contribution => ({
  id,
  purpose: `Khoản ${id}`,
  mobilised,
  spent,
  unit: 'triệu đồng',
});

const year = (items: Contribution[], published = '2025-01-20'): ContributionYear => ({ year: 2024, published, items });

describe('contribution rules', () => {
  it('accept items once each, spent within what was mobilised', () => {
    expect(contributionProblems([year([item('a', 100, 100), item('b', 50, 0)])])).toEqual([]);
  });
  it('name an item id used twice in a year, not across years', () => {
    const [p] = contributionProblems([year([item('a', 1, 1), item('a', 2, 1)])]);
    expect(p).toMatchObject({ path: [0, 'items', 1, 'id'], found: '"a"' });
    expect(p!.expected.vi).toContain('khoản thứ 1 ("Khoản a") đã có mã này');
    expect(contributionProblems([year([item('a', 1, 1)]), { ...year([item('a', 1, 1)]), year: 2025 }])).toEqual([]);
  });
  it('name more spent than mobilised, as a judgement', () => {
    const [p] = contributionProblems([year([item('a', 100, 120)])]);
    expect(p).toMatchObject({ path: [0, 'items', 0, 'spent'], found: '120' });
    expect(p!.expected.vi).toContain('không lớn hơn số đã huy động (100 triệu đồng)');
    expect(p!.expected.en).toContain(UNLIKELY.en);
  });
  it('name a report published before its year began', () => {
    const [p] = contributionProblems([year([item('a', 1, 1)], '2023-12-30')]);
    expect(p).toMatchObject({ path: [0, 'published'], found: '2023-12-30' });
  });
});
