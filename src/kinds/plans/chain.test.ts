import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { chainIsSample, chainPlaces, dimensionChain, pointLabel } from './chain.ts';

describe('the chain for "Quản trị điện tử" (dimension 8) on the real seed tasks', () => {
  const qt = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
  const bn = loadPortal({ contentDir: 'content/bac-ninh', asOf: '2025-12-31' });

  it('finds the Quảng Trị plans and tasks that address it', () => {
    const chain = dimensionChain(qt.plans, 8, qt.asOf);
    expect(chain.map((c) => [c.plan.id, c.items.map((i) => i.task.id)])).toEqual([
      ['huyen-2023-ke-hoach-trien-khai-165', []],
      ['phuong-tx-quang-tri-2024-ke-hoach-papi', ['pxqt2024-ii-8-1', 'pxqt2024-ii-8-2']],
      ['qt-2021-cong-van-duy-tri-papi', ['qt2021-1-1', 'qt2021-1-2', 'qt2021-1-9']],
      ['qt-chi-thi-nang-cao-par-sipas-papi', []],
    ]);
    // The district plan and the directive file e-government under a reform area, not a PAPI dimension.
    expect(chain[0]!.related.map((i) => i.task.id)).toEqual([
      'huyen2023-ii-2-6-1',
      'huyen2023-ii-2-6-2',
      'huyen2023-ii-2-6-3',
    ]);
    expect(chain[3]!.related.map((i) => i.task.id)).toEqual(['qtct-7']);
    expect(chain.find((c) => c.plan.id === 'qt-2021-cong-van-duy-tri-papi')!.years).toEqual({
      before: 2020,
      target: 2021,
    });
  });

  it('carries the progress of the Bắc Giang tasks (sample reports) through to the chain', () => {
    const [link] = dimensionChain(bn.plans, 8, bn.asOf);
    expect(link!.items.map((i) => i.task.id)).toEqual([
      'bg2021-ii-6-a',
      'bg2021-ii-6-b',
      'bg2021-ii-6-c',
      'bg2021-ii-6-d',
      'bg2021-iv-1-c',
      'bg2021-iv-3-1',
      'bg2021-iv-8-1',
      'bg2021-iv-8-2',
    ]);
    const tt = link!.items.find((i) => i.task.id === 'bg2021-iv-8-2')!;
    expect(tt).toMatchObject({ status: 'hoan-thanh', sample: true });
    expect(link!.counts).toMatchObject({ 'hoan-thanh': 1, 'dang-thuc-hien': 1, none: 6 });
  });
});

describe('reporting deadlines in the calendar', () => {
  it('lists only the deadlines seed 004 states, none for plans that state none', async () => {
    const { planDeadlines } = await import('./calendar.ts');
    const qt = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
    const bn = loadPortal({ contentDir: 'content/bac-ninh', asOf: '2025-12-31' });
    expect(planDeadlines(qt)).toEqual([]);
    const events = planDeadlines(bn);
    expect(events.slice(0, 3).map((e) => e.start)).toEqual(['2021-06-20', '2021-11-30', '2022-03-20']);
    expect(events).toHaveLength(14);
  });
});

describe('the chain carries the real PAPI scores of dimension 8', () => {
  it('Quảng Trị (code 45): 2020 before the 2021 dispatch, 2021 after; Bắc Giang 2021 is missing, not zero', async () => {
    const { chainScores } = await import('./chain.ts');
    const qt = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
    const link = dimensionChain(qt.plans, 8, qt.asOf).find((c) => c.plan.id === 'qt-2021-cong-van-duy-tri-papi')!;
    const [scores, ...others] = chainScores(qt, link, 8);
    expect(others).toEqual([]);
    expect(scores!.province).toMatchObject({ code: '45', name_vi: 'Tỉnh Quảng Trị', slug: 'quang-tri' });
    expect([scores!.before.year, scores!.after.year]).toEqual([2020, 2021]);
    expect(scores!.before.score).toBeGreaterThan(1);
    expect(scores!.after.score).toBeGreaterThan(1);
    const bn = loadPortal({ contentDir: 'content/bac-ninh', asOf: '2025-12-31' });
    const [bg] = chainScores(bn, dimensionChain(bn.plans, 8, bn.asOf)[0]!, 8);
    expect(bg!.province).toMatchObject({ code: '24', name_vi: 'Tỉnh Bắc Giang' });
    expect(bg!.before.score).toBeCloseTo(3.19, 1);
    expect(bg!.after).toMatchObject({ year: 2021, score: null, rank: null });
  });
});

describe('what the chain page shows beside the chain', () => {
  it('writes a score with its rank and band, and a year without a score as no data, never 0', () => {
    const point = { year: 2020, score: 5.123, rank: 6, ranked: 63, band: 'top' } as const;
    expect(pointLabel(point, 'vi')).toBe('2020: 5,12 (hạng 6/63, nhóm cao nhất)');
    expect(pointLabel(point, 'en')).toBe('2020: 5.12 (rank 6/63, top group)');
    expect(pointLabel({ ...point, band: null }, 'vi')).toBe('2020: 5,12 (hạng 6/63)');
    expect(pointLabel({ ...point, rank: null, band: null }, 'vi')).toBe('2020: 5,12');
    expect(pointLabel({ year: 2021, score: null, rank: null, ranked: 0, band: null }, 'en')).toBe('2021: no data');
  });

  it("names each task's section, and says when progress in the chain is illustrative", () => {
    const qt = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
    const bn = loadPortal({ contentDir: 'content/bac-ninh', asOf: '2025-12-31' });
    const bnChain = dimensionChain(bn.plans, 8, bn.asOf);
    expect(chainPlaces(bnChain, 'vi').get('bg2021-iv-8-2')).toBe('Mục IV.8');
    expect(chainPlaces(bnChain, 'en').get('bg2021-iv-8-2')).toBe('Section IV.8');
    expect(chainIsSample(bnChain)).toBe(true);
    expect(chainIsSample(dimensionChain(qt.plans, 8, qt.asOf))).toBe(false);
    // A plan with illustrative reports, none on the tasks shown: nothing shown is illustrative.
    const unreported = bnChain.map((c) => ({ ...c, items: c.items.filter((i) => !i.sample), related: [] }));
    expect(unreported[0]!.plan.sample).toBe(true);
    expect(chainIsSample(unreported)).toBe(false);
  });
});
