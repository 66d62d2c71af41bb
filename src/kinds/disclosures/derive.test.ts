import { describe, expect, it } from 'vitest';
import { contributionBalance, poorTotals, priceListings, roadsOf } from './derive.ts';
import type { CommuneDisclosures } from './model.ts';

describe('derived disclosure figures', () => {
  it('a balance is what was mobilised less what was spent', () => {
    expect(contributionBalance({ mobilised: 420, spent: 398 })).toBe(22);
  });
  it('commune totals add the villages', () => {
    const row = (village: string, n: number) => ({ village, poor_households: n, poor_persons: 2 * n, near_poor_households: 1, near_poor_persons: 3, exited_poor_households: 0, exited_near_poor_households: 1, note: null });
    expect(poorTotals([row('Thôn 1', 3), row('Thôn 2', 5)])).toEqual({ poor_households: 8, poor_persons: 16, near_poor_households: 2, near_poor_persons: 6, exited_poor_households: 0, exited_near_poor_households: 2 });
  });
  it('price rows carry an anchor per road and folded text for the filter', () => {
    const row = (road: string, segment: string | null) => ({ road, segment, land_type: 'Đất ở đô thị', position_1: 1, position_2: null, position_3: null, position_4: null });
    const d = { commune: 'phuong-dong-ha', prices: [{ meta: { year: 2025, unit: 'nghìn đồng/m²' }, rows: [row('Đường Lê Duẩn', 'Đoạn 1'), row('Đường Lê Duẩn', 'Đoạn 2'), row('Quốc lộ 9', null)] }] } as unknown as CommuneDisclosures;
    const listings = priceListings({ disclosures: [d] }, () => 'Phường Đông Hà');
    expect(listings[0]!.anchor).toBe('phuong-dong-ha-duong-le-duan');
    expect(listings[0]!.folded).toBe('duong le duan doan 1 dat o do thi phuong dong ha');
    expect(roadsOf(listings)).toEqual([
      { road: 'Đường Lê Duẩn', anchor: 'phuong-dong-ha-duong-le-duan' },
      { road: 'Quốc lộ 9', anchor: 'phuong-dong-ha-quoc-lo-9' },
    ]);
  });
});
