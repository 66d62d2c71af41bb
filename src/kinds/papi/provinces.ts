/**
 * Which pre-2025 provinces go together: those a 2025 province was formed from, those merged with
 * a given one, and those a unit page or this instance stands for. PAPI scored only the former.
 */
import type { Unit } from '../units/schema.ts';
import type { PapiScope } from './index.ts';
import type { PapiData, PapiNewProvince, PapiProvince } from './model.ts';

type Provinces = Pick<PapiData, 'provinces' | 'newProvinces'>;

/** The pre-2025 provinces a 2025 province was formed from, in the provinces' (alphabetical) order. */
export function predecessorsOf(
  papi: Pick<PapiData, 'provinces'>,
  current: PapiNewProvince | undefined,
): PapiProvince[] {
  return papi.provinces.filter((p) => current?.predecessors.includes(p.code));
}

/**
 * The pre-2025 provinces that formed the instance's province (Quảng Trị: Quảng Bình and Quảng
 * Trị); none in the national hub, which serves no one province.
 */
export function instancePredecessors(scope: PapiScope): PapiProvince[] {
  if (scope.site.province === null) return [];
  const unit = scope.units.must(scope.site.province);
  return predecessorsOf(
    scope.papi,
    scope.papi.newProvinces.find((p) => p.code === unit.code),
  );
}

/** The other pre-2025 provinces merged with this one on 1/7/2025 (none when it was not merged). */
export function partnersOf(papi: Provinces, province: PapiProvince): PapiProvince[] {
  const successor = province.successor;
  if (!successor) return [];
  const current = papi.newProvinces.find((n) => n.code === successor.code);
  return predecessorsOf(papi, current).filter((p) => p.code !== province.code);
}

export function provincesBySlugs(papi: Pick<PapiData, 'provinces'>, slugs: string[]): PapiProvince[] {
  return slugs.map((slug) => papi.provinces.find((p) => p.slug === slug)!);
}

/** 2025 provinces in Vietnamese alphabetical order (the list is in code order). */
export function newProvincesByName(papi: Pick<PapiData, 'newProvinces'>): PapiNewProvince[] {
  return [...papi.newProvinces].sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi'));
}

export interface UnitProvinces {
  /** The unit is a province that ended on 30/6/2025, one PAPI scored. */
  former?: PapiProvince;
  /** The unit is a province from 1/7/2025, which PAPI never scored. */
  current?: PapiNewProvince;
  /** Whose PAPI results the unit's page shows: the former province, or the current one's predecessors. */
  scored: PapiProvince[];
}

/** The PAPI provinces a unit's page shows: none for a unit that is not a province. */
export function unitProvinces(papi: Provinces, unit: Pick<Unit, 'kind' | 'code' | 'valid_to'>): UnitProvinces {
  if (unit.kind !== 'province') return { scored: [] };
  // Provinces that ended on 30/6/2025 are the ones PAPI scored; the others are 2025 provinces.
  if (unit.valid_to) {
    const former = papi.provinces.find((p) => p.code === unit.code);
    return former ? { former, scored: [former] } : { scored: [] };
  }
  const current = papi.newProvinces.find((p) => p.code === unit.code);
  return current ? { current, scored: predecessorsOf(papi, current) } : { scored: [] };
}
