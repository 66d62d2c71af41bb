import { describe, expect, it } from 'vitest';
import type { CommuneDisclosures } from '../model.ts';
import { listingsByCommune, priceListings, roadsOf, rowIds, type PriceListing } from './derive.ts';

describe('derived land price listings', () => {
  it('price rows carry an anchor per road and folded text for the filter', () => {
    const row = (road: string, segment: string | null) => ({
      road,
      segment,
      land_type: 'Đất ở đô thị',
      position_1: 1,
      position_2: null,
      position_3: null,
      position_4: null,
    });
    const d = {
      commune: 'phuong-dong-ha',
      prices: [
        {
          meta: { year: 2025, unit: 'nghìn đồng/m²' },
          rows: [row('Đường Lê Duẩn', 'Đoạn 1'), row('Đường Lê Duẩn', 'Đoạn 2'), row('Quốc lộ 9', null)],
        },
      ],
    } as unknown as CommuneDisclosures;
    const listings = priceListings({ disclosures: [d] }, () => 'Phường Đông Hà');
    expect(listings[0]!.anchor).toBe('phuong-dong-ha-duong-le-duan');
    expect(listings[0]!.folded).toBe('duong le duan doan 1 dat o do thi phuong dong ha');
    expect(roadsOf(listings)).toEqual([
      { road: 'Đường Lê Duẩn', anchor: 'phuong-dong-ha-duong-le-duan' },
      { road: 'Quốc lộ 9', anchor: 'phuong-dong-ha-quoc-lo-9' },
    ]);
    expect(rowIds(listings)).toEqual(['phuong-dong-ha-duong-le-duan', undefined, 'phuong-dong-ha-quoc-lo-9']);
  });
  it('groups the listings by commune, in their order', () => {
    const listing = (commune: string, road: string) => ({ commune, road }) as PriceListing;
    const grouped = listingsByCommune([
      listing('xa-a', 'Đường 1'),
      listing('xa-b', 'Đường 2'),
      listing('xa-a', 'Đường 3'),
    ]);
    expect(grouped.map((g) => [g.commune, g.rows.map((r) => r.road)])).toEqual([
      ['xa-a', ['Đường 1', 'Đường 3']],
      ['xa-b', ['Đường 2']],
    ]);
  });
});
