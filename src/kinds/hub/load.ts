/**
 * Reads the national administrative tables and the hub's list of portals, checks that every
 * reference holds (a commune's district, a row of the conversion table, a province's
 * resolutions, a portal's province), and derives the hub's model. The pages of the hub are
 * claimed here, each by the row it comes from.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  claimAddress,
  entryOf,
  relPath,
  reportField,
  tryRead,
  type Entry,
  type LoadContext,
} from '../../base/content/context.ts';
import { readCsv } from '../../base/content/read.ts';
import { routes } from '../../base/routes.ts';
import type { HubSiteConfig } from '../../base/site/schema.ts';
import { slugify } from '../../base/slug.ts';
import type { Basis, HubModel, Move, NewCommune, NewProvince, OldCommune, OldDistrict, OldProvince } from './model.ts';
import {
  newCommuneRow,
  newProvinceRow,
  oldCommuneRow,
  oldDistrictRow,
  oldProvinceRow,
  resolutionRow,
  successionRow,
} from './schema.ts';

/** The tables, in the order they are read. */
export const HUB_TABLES = {
  newProvinces: 'provinces-2025.csv',
  oldProvinces: 'provinces-pre2025.csv',
  newCommunes: 'communes-2025.csv',
  oldDistricts: 'districts-pre2025.csv',
  oldCommunes: 'communes-pre2025.csv',
  succession: 'succession-2025.csv',
  resolutions: 'resolutions-2025.csv',
} as const;

function rows<S extends z.ZodType>(ctx: LoadContext, file: string, schema: S): Entry<z.output<S>>[] {
  const abs = join(ctx.nationalDir, 'admin-units', file);
  if (!existsSync(abs)) {
    ctx.issues.add({
      file: relPath(ctx, abs),
      field: '(tệp / file)',
      found: 'không có tệp / no file',
      expected: { vi: 'tệp này (chạy npm run import-admin-units)', en: 'this file (run npm run import-admin-units)' },
    });
    return [];
  }
  const located = tryRead(ctx, () => readCsv(abs, relPath(ctx, abs)));
  if (!located) return [];
  const out: Entry<z.output<S>>[] = [];
  located.value.forEach((_, index) => {
    const entry = entryOf(ctx, schema, located, [index]);
    if (entry) out.push(entry);
  });
  return out;
}

const byName = <T extends { name_vi: string }>(a: T, b: T) => a.name_vi.localeCompare(b.name_vi, 'vi');
/** Provinces by their names without "Tỉnh"/"Thành phố", as people look for them: An Giang, Bắc Ninh, Cà Mau, Cần Thơ… */
const byBareName = <T extends { name_vi: string; division: string }>(a: T, b: T) =>
  a.name_vi.slice(a.division.length + 1).localeCompare(b.name_vi.slice(b.division.length + 1), 'vi');
const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

/** The unit a code column names, by the table it is looked up in. */
const REFERS = {
  newProvinces: { vi: 'tỉnh từ 1/7/2025', en: 'province since 1 July 2025' },
  oldProvinces: { vi: 'tỉnh trước 1/7/2025', en: 'province before 1 July 2025' },
  oldDistricts: { vi: 'huyện trước 1/7/2025', en: 'district before 1 July 2025' },
  newCommunes: { vi: 'xã từ 1/7/2025', en: 'commune since 1 July 2025' },
  oldCommunes: { vi: 'xã trước 1/7/2025', en: 'commune before 1 July 2025' },
} satisfies Partial<Record<keyof typeof HUB_TABLES, { vi: string; en: string }>>;

/** A code that names no row of the table it refers to, reported at its cell. */
function reportUnknown<T>(ctx: LoadContext, row: Entry<T>, field: string, table: keyof typeof REFERS, value: string) {
  const what = REFERS[table];
  reportField(ctx, row, [field], JSON.stringify(value), {
    vi: `mã của một ${what.vi} trong admin-units/${HUB_TABLES[table]} (không có "${value}")`,
    en: `the code of a ${what.en} in admin-units/${HUB_TABLES[table]} (there is no "${value}")`,
  });
}

export function loadHub(ctx: LoadContext, site: Entry<HubSiteConfig> | undefined): HubModel | undefined {
  const t = {
    newProvinces: rows(ctx, HUB_TABLES.newProvinces, newProvinceRow),
    oldProvinces: rows(ctx, HUB_TABLES.oldProvinces, oldProvinceRow),
    newCommunes: rows(ctx, HUB_TABLES.newCommunes, newCommuneRow),
    oldDistricts: rows(ctx, HUB_TABLES.oldDistricts, oldDistrictRow),
    oldCommunes: rows(ctx, HUB_TABLES.oldCommunes, oldCommuneRow),
    succession: rows(ctx, HUB_TABLES.succession, successionRow),
    resolutions: rows(ctx, HUB_TABLES.resolutions, resolutionRow),
  };
  const before = ctx.issues.issues.length;

  // --- Since 1 July 2025 ---
  const newCommunes = new Map<string, NewCommune>();
  const newProvinceCodes = new Set(t.newProvinces.map((p) => p.data.code));
  for (const row of t.newCommunes) {
    const c = row.data;
    if (!newProvinceCodes.has(c.province_code))
      reportUnknown(ctx, row, 'province_code', 'newProvinces', c.province_code);
    newCommunes.set(c.code, { code: c.code, name_vi: c.name_vi, division: c.division, province: c.province_code });
  }

  // --- Until 30 June 2025 ---
  const oldProvinces = new Map<string, OldProvince>();
  for (const row of t.oldProvinces) {
    const p = row.data;
    if (!newProvinceCodes.has(p.successor_code))
      reportUnknown(ctx, row, 'successor_code', 'newProvinces', p.successor_code);
    claimAddress(ctx, row, ['slug'], routes.reorganisationProvince(p.slug), p.slug);
    oldProvinces.set(p.code, {
      code: p.code,
      name_vi: p.name_vi,
      division: p.division,
      slug: p.slug,
      successor: p.successor_code,
      districts: [],
    });
  }
  const districts = new Map<string, OldDistrict>();
  for (const row of t.oldDistricts) {
    const d = row.data;
    const province = oldProvinces.get(d.province_code);
    if (!province) {
      reportUnknown(ctx, row, 'province_code', 'oldProvinces', d.province_code);
      continue;
    }
    const district: OldDistrict = {
      code: d.code,
      name_vi: d.name_vi,
      division: d.division,
      slug: slugify(d.name_vi),
      note: d.note,
      communes: [],
      moves: [],
      successors: [],
    };
    claimAddress(ctx, row, ['name_vi'], routes.reorganisationDistrict(province.slug, district.slug), d.name_vi);
    province.districts.push(district);
    districts.set(d.code, district);
  }
  const oldCommunes = new Map<string, OldCommune>();
  for (const row of t.oldCommunes) {
    const c = row.data;
    const district = districts.get(c.district_code);
    if (!district) {
      reportUnknown(ctx, row, 'district_code', 'oldDistricts', c.district_code);
      continue;
    }
    const commune: OldCommune = { code: c.code, name_vi: c.name_vi, division: c.division, note: c.note, moves: [] };
    district.communes.push(commune);
    oldCommunes.set(c.code, commune);
  }

  // --- The conversion table: each row moves all or part of an old unit into a new commune ---
  for (const row of t.succession) {
    const r = row.data;
    const to = newCommunes.get(r.new_code);
    const district = districts.get(r.old_district_code);
    const commune = r.old_commune_code ? oldCommunes.get(r.old_commune_code) : undefined;
    if (!to) reportUnknown(ctx, row, 'new_code', 'newCommunes', r.new_code);
    if (!district) reportUnknown(ctx, row, 'old_district_code', 'oldDistricts', r.old_district_code);
    if (r.old_commune_code && !commune) reportUnknown(ctx, row, 'old_commune_code', 'oldCommunes', r.old_commune_code);
    if (!to || !district || (r.old_commune_code && !commune)) continue;
    const move: Move = { to, type: r.type, note: r.old_area ? `${r.old_area}: ${r.note}` : r.note };
    (commune ?? district).moves.push(move);
  }

  // --- The legal bases: the resolution on the provinces (or the list of those not merged), one on each province's communes ---
  const basisOf = (entry: Entry<z.output<typeof resolutionRow>>): Basis => ({
    number: entry.data.number,
    date: entry.data.date,
    title: entry.data.title,
  });
  const provinceLevel = t.resolutions.find((r) => r.data.level === 'province');
  const unchanged = t.resolutions.find((r) => r.data.level === 'province-unchanged');
  const communeLevel = new Map<string, Entry<z.output<typeof resolutionRow>>>();
  for (const row of t.resolutions.filter((r) => r.data.level === 'commune')) {
    const code = row.data.province_code;
    if (!newProvinceCodes.has(code)) reportUnknown(ctx, row, 'province_code', 'newProvinces', code);
    else if (communeLevel.has(code))
      reportField(ctx, row, ['province_code'], JSON.stringify(code), {
        vi: `một nghị quyết cấp xã cho mỗi tỉnh (đã có ở dòng ${communeLevel.get(code)!.at().line})`,
        en: `one commune-level resolution per province (already on line ${communeLevel.get(code)!.at().line})`,
      });
    else communeLevel.set(code, row);
  }
  const resolutionsFile = relPath(ctx, join(ctx.nationalDir, 'admin-units', HUB_TABLES.resolutions));
  const missing = (what: { vi: string; en: string }) =>
    ctx.issues.add({ file: resolutionsFile, field: 'level', found: '(không có / missing)', expected: what });
  if (!provinceLevel)
    missing({
      vi: 'một dòng level "province" (nghị quyết về sắp xếp cấp tỉnh)',
      en: 'a row of level "province" (the resolution on the provinces)',
    });
  if (!unchanged)
    missing({
      vi: 'một dòng level "province-unchanged" (các tỉnh không sáp nhập)',
      en: 'a row of level "province-unchanged" (the provinces not merged)',
    });
  for (const p of t.newProvinces)
    if (!communeLevel.has(p.data.code))
      missing({
        vi: `nghị quyết về các xã của ${p.data.name_vi} (level "commune", province_code ${p.data.code})`,
        en: `the resolution on the communes of ${p.data.name_vi} (level "commune", province_code ${p.data.code})`,
      });

  // --- The portals: each a province since 1/7/2025, named by slug or code, once ---
  const portals = new Map<string, string | null>();
  for (const [key, url] of Object.entries(site?.data.portals ?? {})) {
    const province = t.newProvinces.find((p) => p.data.slug === key || p.data.code === key);
    if (!province) {
      reportField(ctx, site!, ['portals', key], JSON.stringify(key), {
        vi: `tên ngắn (ví dụ "quang-tri") hoặc mã (ví dụ "44") của một tỉnh từ 1/7/2025 trong admin-units/${HUB_TABLES.newProvinces}`,
        en: `the slug (e.g. "quang-tri") or code (e.g. "44") of a province since 1 July 2025 in admin-units/${HUB_TABLES.newProvinces}`,
      });
    } else if (portals.has(province.data.code)) {
      reportField(ctx, site!, ['portals', key], JSON.stringify(key), {
        vi: `mỗi tỉnh một lần: ${province.data.name_vi} đã có trong danh sách`,
        en: `each province once: ${province.data.name_vi} is already listed`,
      });
    } else portals.set(province.data.code, url);
  }
  if (ctx.issues.issues.length !== before || !provinceLevel || !unchanged) return undefined;

  // --- The model ---
  for (const d of districts.values()) {
    d.communes.sort(byName);
    const to = new Map<string, NewCommune>();
    for (const m of [...d.moves, ...d.communes.flatMap((c) => c.moves)]) to.set(m.to.code, m.to);
    d.successors = [...to.values()].sort(byCode);
  }
  for (const p of oldProvinces.values()) p.districts.sort(byName);
  const predecessors = new Map<string, NewProvince['communes'][number]['from']>();
  for (const d of districts.values())
    for (const { commune, moves } of [
      { commune: null, moves: d.moves },
      ...d.communes.map((c) => ({ commune: c, moves: c.moves })),
    ])
      for (const move of moves)
        predecessors.set(move.to.code, [...(predecessors.get(move.to.code) ?? []), { commune, district: d, move }]);

  const provinces: NewProvince[] = t.newProvinces.map(({ data: p }) => {
    const formers = [...oldProvinces.values()].filter((o) => o.successor === p.code).map((o) => o.code);
    return {
      code: p.code,
      name_vi: p.name_vi,
      division: p.division,
      slug: p.slug,
      formers,
      provinceBasis: basisOf(formers.length > 1 ? provinceLevel : unchanged),
      communeBasis: basisOf(communeLevel.get(p.code)!),
      portal: portals.get(p.code) ?? null,
      communes: [...newCommunes.values()]
        .filter((c) => c.province === p.code)
        .sort(byCode)
        .map((commune) => ({ commune, from: predecessors.get(commune.code) ?? [] })),
    };
  });
  for (const row of t.newProvinces) claimAddress(ctx, row, ['slug'], routes.hubProvince(row.data.slug), row.data.slug);
  if (site) claimAddress(ctx, site, ['portals'], routes.hubPortals(), 'portals');

  const communes = [...oldCommunes.values()];
  return {
    provinces: provinces.sort(byBareName),
    oldProvinces: [...oldProvinces.values()].sort(byBareName),
    byCode: new Map(provinces.map((p) => [p.code, p])),
    oldByCode: oldProvinces,
    counts: {
      oldCommunes: communes.length,
      oldDistricts: districts.size,
      newCommunes: newCommunes.size,
      withoutSuccessor: communes.filter((c) => c.moves.length === 0).length,
    },
  };
}
