import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import {
  instancePredecessors,
  newProvincesByName,
  partnersOf,
  predecessorsOf,
  provincesBySlugs,
  unitProvinces,
} from './provinces.ts';

const portal = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
const { papi } = portal;
const slugs = (provinces: { slug: string }[]) => provinces.map((p) => p.slug);
const newProvince = (slug: string) => papi.newProvinces.find((n) => n.slug === slug)!;
const [quangTri] = provincesBySlugs(papi, ['quang-tri']);

describe('provinces that go together', () => {
  it('finds the provinces a 2025 province was formed from, in alphabetical order', () => {
    expect(slugs(predecessorsOf(papi, newProvince('quang-tri')))).toEqual(['quang-binh', 'quang-tri']);
    expect(slugs(predecessorsOf(papi, newProvince('bac-ninh')))).toEqual(['bac-giang', 'bac-ninh']);
    expect(predecessorsOf(papi, undefined)).toEqual([]);
  });
  it("gives the instance's own former provinces", () => {
    expect(slugs(instancePredecessors(portal))).toEqual(['quang-binh', 'quang-tri']);
  });
  it('names the partners of a merged province, never the province itself', () => {
    expect(slugs(partnersOf(papi, quangTri!))).toEqual(['quang-binh']);
    expect(partnersOf(papi, { ...quangTri!, successor: null })).toEqual([]);
  });
  it('sorts 2025 provinces by their Vietnamese names, not their codes', () => {
    const names = newProvincesByName(papi).map((n) => n.name_vi);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(names).not.toEqual(papi.newProvinces.map((n) => n.name_vi));
    expect(names).toHaveLength(papi.newProvinces.length);
  });
  it('keeps the order of the slugs asked for', () => {
    const asked = ['quang-tri', 'hue', 'quang-binh'];
    expect(slugs(provincesBySlugs(papi, asked))).toEqual(asked);
  });
});

describe("a unit page's PAPI provinces", () => {
  const unit = (id: string) => portal.units.must(id);
  it('shows a former province its own results, even when a 2025 province took over its code', () => {
    // Quảng Bình's code 44 is the code of Quảng Trị from 1/7/2025: the end date tells them apart.
    expect(unit('tinh-quang-binh').code).toBe(unit('tinh-quang-tri').code);
    const { former, current, scored } = unitProvinces(papi, unit('tinh-quang-binh'));
    expect([former?.slug, current, slugs(scored)]).toEqual(['quang-binh', undefined, ['quang-binh']]);
  });
  it('shows a 2025 province the results of the provinces it was formed from', () => {
    const { former, current, scored } = unitProvinces(papi, unit('tinh-quang-tri'));
    expect([former, current?.slug, slugs(scored)]).toEqual([undefined, 'quang-tri', ['quang-binh', 'quang-tri']]);
  });
  it('shows nothing for a unit that is not a province', () => {
    const commune = portal.units.all.find((u) => u.kind !== 'province' && u.code)!;
    expect(unitProvinces(papi, commune)).toEqual({ scored: [] });
    expect(unitProvinces(papi, { kind: 'province', code: '99', valid_to: null })).toEqual({ scored: [] });
  });
});
