import { describe, expect, it } from 'vitest';
import { communesByFormerDistrict, groupUnits } from './groups.ts';
import type { Unit } from './schema.ts';
import { buildUnitTree } from './tree.ts';

const unit = (id: string, kind: Unit['kind'], parent: string | null, valid_to: string | null = null): Unit => ({
  id,
  kind,
  division: null,
  name_vi: id,
  name_en: null,
  short_vi: null,
  code: null,
  parent,
  valid_from: null,
  valid_to,
  note: null,
});

const tree = buildUnitTree(
  [
    unit('tinh', 'province', null),
    unit('xa-a', 'commune', 'tinh'),
    unit('ubnd-tinh', 'people-committee', 'tinh'),
    unit('so-a', 'department', 'ubnd-tinh'),
    unit('tinh-cu', 'province', null, '2025-06-30'),
    unit('huyen-cu', 'district', 'tinh-cu', '2025-06-30'),
    unit('xa-cu', 'commune', 'huyen-cu', '2025-06-30'),
    unit('ubnd-huyen', 'people-committee', 'huyen-cu', '2025-06-30'),
  ],
  [],
);

describe('groupUnits', () => {
  const groups = groupUnits(tree, 'tinh');

  it("puts the instance's province and its communes first, without the bodies under it", () => {
    expect(groups.current.province.id).toBe('tinh');
    expect(groups.current.communes.map((u) => u.id)).toEqual(['xa-a']);
  });

  it('lists bodies by kind in the fixed order of kinds, leaving out kinds with none', () => {
    expect(groups.bodies.map((g) => [g.kind, g.units.map((u) => u.id)])).toEqual([
      ['people-committee', ['ubnd-huyen', 'ubnd-tinh']],
      ['department', ['so-a']],
    ]);
  });

  it("lists provinces that ended with their districts and those districts' territories only", () => {
    expect(groups.former.map((f) => f.province.id)).toEqual(['tinh-cu']);
    expect(groups.former[0]!.districts.map((d) => [d.district.id, d.communes.map((c) => c.id)])).toEqual([
      ['huyen-cu', ['xa-cu']],
    ]);
  });
});

describe('communesByFormerDistrict', () => {
  const link = (from: string, to: string, type: 'full' | 'partial' = 'full') => ({
    from,
    to,
    type,
    basis: 'NQ',
    note: null,
  });
  const tree = buildUnitTree(
    [
      unit('tinh', 'province', null),
      unit('xa-moi-a', 'commune', 'tinh'),
      unit('xa-moi-b', 'commune', 'tinh'),
      unit('xa-moi-c', 'commune', 'tinh'),
      unit('ubnd-tinh', 'people-committee', 'tinh'),
      unit('tinh-cu', 'province', null, '2025-06-30'),
      unit('huyen-b', 'district', 'tinh-cu', '2025-06-30'),
      unit('huyen-a', 'district', 'tinh-cu', '2025-06-30'),
      unit('xa-cu-1', 'commune', 'huyen-a', '2025-06-30'),
      unit('xa-cu-2', 'commune', 'huyen-b', '2025-06-30'),
    ],
    [link('xa-cu-1', 'xa-moi-a'), link('xa-cu-2', 'xa-moi-a'), link('huyen-b', 'xa-moi-b', 'partial')],
  );
  const { groups, unplaced } = communesByFormerDistrict(tree, 'tinh');

  it("groups today's communes by the districts their predecessors were in, or that went into them", () => {
    expect(groups.map((g) => [g.district.id, g.province?.id, g.communes.map((c) => c.id)])).toEqual([
      ['huyen-a', 'tinh-cu', ['xa-moi-a']],
      ['huyen-b', 'tinh-cu', ['xa-moi-a', 'xa-moi-b']],
    ]);
  });

  it('keeps communes without succession rows, and no bodies', () => {
    expect(unplaced.map((c) => c.id)).toEqual(['xa-moi-c']);
  });
});
