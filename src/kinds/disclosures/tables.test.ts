import { describe, expect, it } from 'vitest';
import type { UnitTree } from '../units/tree.ts';
import type { DisclosuresScope } from './index.ts';
import type { CommuneDisclosures } from './model.ts';
import { poorHouseholdsTable } from './poor-households/datasets.ts';
import { communeRows, communeTable, tableDataset } from './tables.ts';

const village = (name: string, n: number) => ({
  village: name,
  poor_households: n,
  poor_persons: 2 * n,
  near_poor_households: 1,
  near_poor_persons: 2,
  exited_poor_households: 0,
  exited_near_poor_households: 0,
  note: null,
});
const commune = (id: string, villages: string[], published: string) =>
  ({
    commune: id,
    info: {
      sample: true,
      land_use_plans: [],
      investment: [],
      contributions: [],
      anti_corruption_reports: [],
      reception: [],
      hotlines: [],
    },
    poorHouseholds: [{ meta: { year: 2025, published }, rows: villages.map((v, i) => village(v, i + 1)) }],
    budgets: [],
    prices: [],
    recovery: [],
    consultations: [],
    questions: [],
  }) as unknown as CommuneDisclosures;

// Two communes that show the same name: only their ids tell their rows apart.
const scope: DisclosuresScope = {
  disclosures: [
    commune('phuong-1-a', ['Khu phố 1', 'Khu phố 2'], '2025-12-20'),
    commune('phuong-1-b', ['Khu phố 9'], '2026-01-05'),
  ],
  units: { label: () => 'Phường 1' } as unknown as UnitTree,
  asOf: '2025-12-31',
};

describe('a table of the disclosures', () => {
  it('lists every commune in turn, dated by the latest disclosure published by the as-of date', () => {
    const dataset = tableDataset(poorHouseholdsTable, scope);
    expect(dataset.rows.map((r) => r.thon)).toEqual(['Khu phố 1', 'Khu phố 2', 'Khu phố 9']);
    expect(dataset).toMatchObject({
      id: 'ho-ngheo-theo-thon',
      sample: true,
      updated: '2025-12-20',
      page: '/cong-khai/',
    });
  });
  it('gives a commune its own rows, chosen by id, not by the name it shows', () => {
    expect(communeRows(poorHouseholdsTable, scope, 'phuong-1-b').map((r) => r.thon)).toEqual(['Khu phố 9']);
    expect(communeRows(poorHouseholdsTable, scope, 'phuong-1-a').map((r) => r.thon)).toEqual([
      'Khu phố 1',
      'Khu phố 2',
    ]);
    expect(communeRows(poorHouseholdsTable, scope, 'xa-khac')).toEqual([]);
  });
  it('a commune page gets the dataset as published with its own rows', () => {
    const { dataset, rows } = communeTable(poorHouseholdsTable, scope, 'phuong-1-b');
    expect(dataset.rows).toHaveLength(3);
    expect(rows).toEqual([expect.objectContaining({ xa: 'Phường 1', nam: 2025, thon: 'Khu phố 9', ho_ngheo: 1 })]);
  });
});
