/**
 * One 2025 province's administrative units, from the national tables: the province and its
 * communes since 1/7/2025; the provinces it was formed from, their districts and communes until
 * 30/6/2025; and the succession links between them with their legal basis. Everything comes
 * from the data (content/national/admin-units/), nothing from code: the codes, the names, the
 * resolutions and which old unit went where. What the data leave out is counted, never filled in.
 */
import { slugify } from '../../../src/base/slug.ts';
import type { AdminUnitTables, Resolution } from '../admin-units.ts';
import { byCode } from '../csv-files.ts';

export interface Unit {
  id: string;
  kind: 'province' | 'district' | 'commune';
  division: string;
  name_vi: string;
  name_en: string;
  short_vi: string;
  code: string;
  parent: string;
  valid_from: string;
  valid_to: string;
  note: string;
}

export interface Link {
  from: string;
  to: string;
  type: 'full' | 'partial';
  basis: string;
  note: string;
  /** "<level>|<from code>|<to code>": provinces first, then districts, then communes, in code order. */
  sortKey: string;
}

export interface InstanceUnits {
  province: Unit;
  /** The province and its communes from 1/7/2025, provinces first, then in code order. */
  units2025: Unit[];
  /** The former provinces, their districts and communes until 30/6/2025. */
  unitsOld: Unit[];
  links: Link[];
  /** The legal bases the links cite. */
  bases: { provinces: Resolution; communes: Resolution };
  /** Old communes no row of the conversion table continues; new communes with no predecessor. */
  gaps: { oldWithoutSuccessor: Unit[]; newWithoutPredecessor: Unit[] };
  /** Ids that two units would have shared, and the code-suffixed ids given to the later one. */
  collisions: string[];
}

export const UNIT_COLUMNS = [
  'id',
  'kind',
  'division',
  'name_vi',
  'name_en',
  'short_vi',
  'code',
  'parent',
  'valid_from',
  'valid_to',
  'note',
] as const;
export const LINK_COLUMNS = ['from', 'to', 'type', 'basis', 'note'] as const;

/** What a district's link to each new commune its communes went into says. */
export const DISTRICT_NOTE =
  'Cấp huyện chấm dứt hoạt động từ 1/7/2025; các xã, phường của huyện chuyển về các xã, phường mới này';
const KIND_RANK = { province: 0, district: 1, commune: 2 } as const;

const fail = (message: string): never => {
  throw new Error(message);
};

/** "2025-06-16" → "16/6/2025", as a basis is written ("Nghị quyết 1680/NQ-UBTVQH15 ngày 16/6/2025"). */
const dayMonthYear = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${+d!}/${+m!}/${y}`;
};
export const basisText = (r: Resolution) => `Nghị quyết ${r.number} ngày ${dayMonthYear(r.date)}`;

/** "Huyện Cam Lộ" → "Cam Lộ": the name without its type word. */
const bare = (u: { division: string; name_vi: string }) => u.name_vi.slice(u.division.length + 1);

export function instanceUnits(t: AdminUnitTables, provinceCode: string): InstanceUnits {
  const p = t.provinces2025.find((x) => x.code === provinceCode) ?? fail(`no 2025 province with code ${provinceCode}`);
  const formers = t.provincesOld.filter((o) => o.successor_code === p.code);
  const communeBasis =
    t.resolutions.find((r) => r.level === 'commune' && r.province_code === p.code) ??
    fail(`no resolution on the communes of ${p.name_vi}`);
  // A province formed from several is formed by the resolution on the provinces; one that was not merged is listed as such.
  const provinceBasis =
    t.resolutions.find((r) => r.level === (formers.length > 1 ? 'province' : 'province-unchanged')) ??
    fail('no resolution on the provinces');

  // Ids are claimed in a fixed order (new units first, then old by code), so "the later one" is stable.
  // The later one gets "-ma-<code>": digits run together ("phuong-11-11-27226") would read as an
  // identity number to the personal-data check.
  const taken = new Set<string>();
  const collisions: string[] = [];
  const claim = (base: string, code: string) => {
    if (!taken.has(base)) return (taken.add(base), base);
    const id = `${base}-ma-${code}`;
    collisions.push(`"${base}" already used: code ${code} becomes "${id}"`);
    if (taken.has(id)) fail(`id "${id}" still not unique`);
    return (taken.add(id), id);
  };
  const unit = (u: Partial<Unit> & Pick<Unit, 'id' | 'kind' | 'code' | 'name_vi' | 'division'>): Unit => ({
    name_en: '',
    short_vi: '',
    parent: '',
    valid_from: '',
    valid_to: '',
    note: '',
    ...u,
  });

  // --- Since 1 July 2025 ---
  const since = { valid_from: '2025-07-01' };
  const province = unit({ ...since, id: claim(slugify(p.name_vi), p.code), kind: 'province', ...pick(p) });
  const newCommunes = new Map(
    t.communes2025
      .filter((c) => c.province_code === p.code)
      .map((c) => [
        c.code,
        unit({ ...since, id: claim(slugify(c.name_vi), c.code), kind: 'commune', ...pick(c), parent: province.id }),
      ]),
  );

  // --- Until 30 June 2025 (valid_from unknown: never guessed) ---
  const until = { valid_to: '2025-06-30' };
  const oldProvinces = new Map(
    formers.map((o) => {
      const base = slugify(o.name_vi) === province.id ? `${slugify(o.name_vi)}-cu` : slugify(o.name_vi);
      return [o.code, unit({ ...until, id: claim(base, o.code), kind: 'province', ...pick(o) })];
    }),
  );
  const oldDistricts = new Map(
    t.districtsOld
      .filter((d) => oldProvinces.has(d.province_code))
      .map((d) => [
        d.code,
        unit({
          ...until,
          id: claim(slugify(d.name_vi), d.code),
          kind: 'district',
          ...pick(d),
          parent: oldProvinces.get(d.province_code)!.id,
          note: d.note,
        }),
      ]),
  );
  const oldCommunes = new Map(
    t.communesOld
      .filter((c) => oldDistricts.has(c.district_code))
      .map((c) => {
        const d = oldDistricts.get(c.district_code)!;
        const id = claim(`${slugify(c.name_vi)}-${slugify(bare(d))}`, c.code);
        return [
          c.code,
          unit({ ...until, id, kind: 'commune', ...pick(c), name_en: c.name_en, parent: d.id, note: c.note }),
        ];
      }),
  );

  // --- Succession ---
  const links = new Map<string, Link>();
  const addLink = (rank: number, from: Unit, to: Unit, type: Link['type'], basis: Resolution, note: string) => {
    const key = `${from.id}>${to.id}`;
    if (links.has(key)) fail(`duplicate succession pair ${key}`);
    links.set(key, {
      from: from.id,
      to: to.id,
      type,
      basis: basisText(basis),
      note,
      sortKey: `${rank}|${from.code}|${to.code}`,
    });
  };
  for (const o of oldProvinces.values())
    addLink(0, o, province, 'full', provinceBasis, formers.length > 1 ? '' : provinceBasis.title);

  const rows = t.succession.filter((r) => newCommunes.has(r.new_code));
  const withFlag = (note: string, flag: string) => (flag ? `${note}; qa_flag: ${flag}` : note);
  const byDistrict = new Map<string, { to: Set<string>; allFull: boolean; n: number }>();
  const areas: typeof rows = [];
  for (const r of rows) {
    const to = newCommunes.get(r.new_code)!;
    const district =
      oldDistricts.get(r.old_district_code) ?? fail(`${r.old_district_code}: a district of another province`);
    if (r.old_area) {
      areas.push(r); // a part of a district that is no unit: said on the district's link, below
      continue;
    }
    if (!r.old_commune_code) {
      addLink(1, district, to, r.type, communeBasis, withFlag(r.note, r.qa_flag)); // a whole district (an island)
      continue;
    }
    const from = oldCommunes.get(r.old_commune_code) ?? fail(`old commune ${r.old_commune_code} not in the province`);
    addLink(2, from, to, r.type, communeBasis, withFlag(r.note, r.qa_flag));
    const g = byDistrict.get(district.code) ?? { to: new Set<string>(), allFull: true, n: 0 };
    g.to.add(r.new_code);
    g.allFull &&= r.type === 'full';
    g.n++;
    byDistrict.set(district.code, g);
  }
  // A district ended on 30/6/2025: it links to each new commune its communes went into, wholly
  // when all of it went into one.
  for (const [code, g] of byDistrict) {
    const d = oldDistricts.get(code)!;
    const all = [...oldCommunes.values()].filter((c) => c.parent === d.id).length;
    const whole = g.to.size === 1 && g.allFull && g.n === all;
    for (const to of g.to) addLink(1, d, newCommunes.get(to)!, whole ? 'full' : 'partial', communeBasis, DISTRICT_NOTE);
  }
  for (const r of areas) {
    const d = oldDistricts.get(r.old_district_code)!;
    const to = newCommunes.get(r.new_code)!;
    const said = `${r.old_area}: ${withFlag(r.note, r.qa_flag)}`;
    const link = links.get(`${d.id}>${to.id}`);
    if (link) link.note = `${link.note}; ${said}`;
    else addLink(1, d, to, 'partial', communeBasis, said);
  }

  // --- Integrity: unique ids, every link end is a unit, gaps counted (never filled in) ---
  const units2025 = sortUnits([province, ...newCommunes.values()]);
  const unitsOld = sortUnits([...oldProvinces.values(), ...oldDistricts.values(), ...oldCommunes.values()]);
  const ids = [...units2025, ...unitsOld].map((u) => u.id);
  if (new Set(ids).size !== ids.length) fail('ids are not unique');
  const known = new Set(ids);
  const sorted = [...links.values()].sort((a, b) => byCode(a.sortKey, b.sortKey));
  for (const l of sorted) if (!known.has(l.from) || !known.has(l.to)) fail(`link ${l.from} → ${l.to}: unknown id`);
  const froms = new Set(sorted.map((l) => l.from));
  const tos = new Set(sorted.map((l) => l.to));
  return {
    province,
    units2025,
    unitsOld,
    links: sorted,
    bases: { provinces: provinceBasis, communes: communeBasis },
    gaps: {
      oldWithoutSuccessor: [...oldCommunes.values()].filter((c) => !froms.has(c.id)),
      newWithoutPredecessor: [...newCommunes.values()].filter((c) => !tos.has(c.id)),
    },
    collisions,
  };
}

const pick = (u: { code: string; name_vi: string; division: string }) => ({
  code: u.code,
  name_vi: u.name_vi,
  division: u.division,
});

function sortUnits(units: Unit[]): Unit[] {
  return units.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || byCode(a.code, b.code));
}
