import { describe, expect, it } from 'vitest';
import { UNLIKELY } from '../rules.ts';
import { landInfoProblems, priceRowProblems, recoveryProblems, segmentEnds } from './rules.ts';
import type { LandUsePlan, PriceRow, RecoveryProject } from './schema.ts';

const price = (
  road: string,
  segment: string | null,
  land_type: string,
  [position_1, position_2, position_3, position_4]: (number | null)[],
): PriceRow => ({
  road,
  segment,
  land_type,
  position_1: position_1 ?? null,
  position_2: position_2 ?? null,
  position_3: position_3 ?? null,
  position_4: position_4 ?? null,
});

const LE_DUAN = 'Từ cầu Đông Hà đến ngã tư Lê Lợi';

describe('land price table rules', () => {
  it('accept falling prices, empty positions and rows without a segment', () => {
    expect(
      priceRowProblems([
        price('Đường Lê Duẩn', LE_DUAN, 'Đất ở đô thị', [18400, 10100, 6400, 4000]),
        price('Đường Lê Duẩn', LE_DUAN, 'Đất thương mại, dịch vụ', [14700, 8100, 5200, null]),
        price('Đường Lê Duẩn', 'Từ ngã tư Lê Lợi đến đường Đặng Dung', 'Đất ở đô thị', [16800, 16800, null, 3700]),
        price('Đường Đặng Dung', null, 'Đất ở đô thị', [8200, null, null, null]),
      ]),
    ).toEqual([]);
  });
  it('name a row with no price at all: an empty cell is not published, never zero', () => {
    const [p, ...rest] = priceRowProblems([price('Đường Đặng Dung', null, 'Đất ở đô thị', [null, null, null, null])]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ path: [0, 'position_1'] });
    expect(p!.expected.vi).toContain('giá của ít nhất một vị trí');
    expect(p!.expected.en).toContain('a price for at least one position');
  });
  it('name a position priced above the one before it, as a judgement', () => {
    const [p] = priceRowProblems([price('Quốc lộ 9', null, 'Đất ở đô thị', [9800, 5400, 3400, 5000])]);
    expect(p).toMatchObject({ path: [0, 'position_4'], found: '5000' });
    expect(p!.expected.vi).toContain('không cao hơn giá vị trí 3 (3400)');
    expect(p!.expected.vi).toContain(UNLIKELY.vi);
    expect(p!.expected.en).toContain(UNLIKELY.en);
  });
  it('compare across an empty position with the last one published', () => {
    const [p] = priceRowProblems([price('Quốc lộ 9', null, 'Đất ở đô thị', [9800, null, 12000, null])]);
    expect(p).toMatchObject({ path: [0, 'position_3'], found: '12000' });
    expect(p!.expected.en).toContain('position 1 (9800)');
  });
  it('name a segment that starts and ends at one point', () => {
    const [p] = priceRowProblems([price('Đường Lê Duẩn', 'Từ cầu Đông Hà đến  cầu Đông Hà', 'Đất ở đô thị', [100])]);
    expect(p).toMatchObject({ path: [0, 'segment'] });
    expect(p!.expected.vi).toContain('bắt đầu và kết thúc cùng ở "cầu Đông Hà"');
  });
  it('name a road, segment and land type listed twice', () => {
    const [p] = priceRowProblems([
      price('Đường Lê Duẩn', LE_DUAN, 'Đất ở đô thị', [18400]),
      price('Đường Lê Duẩn', 'Từ ngã tư Lê Lợi đến đường Đặng Dung', 'Đất ở đô thị', [16800]),
      price('Đường Lê Duẩn ', LE_DUAN, 'đất ở đô thị', [17000]),
    ]);
    expect(p).toMatchObject({ path: [2, 'land_type'], found: '"đất ở đô thị"' });
    expect(p!.expected.vi).toContain('hàng 2 đã có "Đường Lê Duẩn"');
    expect(p!.expected.en).toContain('row 2 has');
  });
  it('reads the ends of a segment in the ways tables write them', () => {
    expect(segmentEnds(LE_DUAN)).toEqual({ from: 'cầu Đông Hà', to: 'ngã tư Lê Lợi' });
    expect(segmentEnds('Đoạn từ km 3 tới km 5')).toEqual({ from: 'km 3', to: 'km 5' });
    expect(segmentEnds('Toàn tuyến')).toBeNull();
  });
});

const project = (over: Partial<RecoveryProject> = {}): RecoveryProject => ({
  id: 'mo-rong-duong',
  name: 'Mở rộng đường',
  purpose: 'Giao thông',
  decision: null,
  area_ha: 1,
  households: 3,
  land_types: ['Đất ở đô thị', 'Đất trồng cây hằng năm'],
  compensation: [{ land_type: 'Đất ở đô thị', rate: 9800, unit: 'nghìn đồng/m²' }],
  resettlement: null,
  timeline: { notice: null, inventory: null, plan_posted: null, approval: null, payment: null, handover: null },
  published: '2025-03-01',
  ...over,
});

describe('land recovery rules', () => {
  it('accept projects with their own ids and compensation for recovered land', () => {
    expect(recoveryProblems([project(), project({ id: 'truong-hoc' })])).toEqual([]);
  });
  it('name a project id used twice: both would have one page', () => {
    const [p] = recoveryProblems([project(), project({ name: 'Dự án khác' })]);
    expect(p).toMatchObject({ path: [1, 'id'], found: '"mo-rong-duong"' });
    expect(p!.expected.en).toContain('its own page');
  });
  it('name compensation for a land type the project does not recover', () => {
    const [p] = recoveryProblems([
      project({ compensation: [{ land_type: 'Đất trồng lúa', rate: 55, unit: 'nghìn đồng/m²' }] }),
    ]);
    expect(p).toMatchObject({ path: [0, 'compensation', 0, 'land_type'], found: '"Đất trồng lúa"' });
    expect(p!.expected.vi).toContain('land_types: Đất ở đô thị; Đất trồng cây hằng năm');
  });
  it('name a land type listed twice', () => {
    const [p] = recoveryProblems([project({ land_types: ['Đất ở đô thị', 'đất ở đô thị'] })]);
    expect(p).toMatchObject({ path: [0, 'land_types', 1] });
  });
});

const plan = (over: Partial<LandUsePlan>): LandUsePlan => ({
  id: 'ke-hoach-2025',
  kind: 'yearly',
  title: 'Kế hoạch sử dụng đất năm 2025',
  from_year: 2025,
  to_year: 2025,
  decision: 'QĐ 1',
  published: '2025-01-20',
  documents: [],
  maps: [],
  ...over,
});

describe('land entries of cong-khai.yaml', () => {
  const prices = [{ year: 2025, valid_from: '2025-01-01' }];
  it('accept plans within their years and price tables that apply in their year', () => {
    const period = plan({ id: 'quy-hoach', kind: 'period', from_year: 2021, to_year: 2030 });
    expect(landInfoProblems({ land_use_plans: [period, plan({})], land_prices: prices })).toEqual([]);
    // A table issued for several years applies from before the year.
    expect(landInfoProblems({ land_use_plans: [], land_prices: [{ year: 2025, valid_from: '2020-01-01' }] })).toEqual(
      [],
    );
  });
  it('name a plan that ends before it starts, and a yearly plan over several years', () => {
    expect(
      landInfoProblems({ land_use_plans: [plan({ kind: 'period', from_year: 2030, to_year: 2021 })], land_prices: [] }),
    ).toMatchObject([{ path: ['land_use_plans', 0, 'to_year'], found: '2021' }]);
    const [p] = landInfoProblems({ land_use_plans: [plan({ to_year: 2026 })], land_prices: [] });
    expect(p!.expected.en).toContain('a yearly land-use plan (kind: yearly) covers one year');
  });
  it('name a plan id used twice', () => {
    expect(landInfoProblems({ land_use_plans: [plan({}), plan({ title: 'Khác' })], land_prices: [] })).toMatchObject([
      { path: ['land_use_plans', 1, 'id'] },
    ]);
  });
  it('name a price table that starts to apply after its year', () => {
    const [p] = landInfoProblems({ land_use_plans: [], land_prices: [{ year: 2025, valid_from: '2026-01-01' }] });
    expect(p).toMatchObject({ path: ['land_prices', 0, 'valid_from'], found: '2026-01-01' });
    expect(p!.expected.vi).toContain('không muộn hơn 2025-12-31');
  });
});
