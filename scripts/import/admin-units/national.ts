/**
 * The whole country's administrative units before and after 1 July 2025, and the official
 * old → new table, as the tables of content/national/admin-units/. Built from the tidy
 * derivatives of the National Statistics Office's lists (see SOURCE.md) and checked against
 * the counts those files declare about themselves; what the sources leave out is reported,
 * never filled in.
 */
import { join } from 'node:path';
import { slugify } from '../../../src/base/slug.ts';
import type {
  AdminUnitTables,
  Commune2025,
  CommuneOld,
  DistrictOld,
  Province2025,
  SuccessionRow,
} from '../../lib/admin-units.ts';
import { byCode, readCsvFile, type Row } from '../../lib/csv-files.ts';
import { readResolutions } from './legal.ts';
import { splitType } from './names.ts';
import { collapse, linkType } from './notes.ts';

export interface NationalTables extends AdminUnitTables {
  /** What the sources leave out, for SOURCE.md and the import's log. */
  gaps: {
    /** Old communes of the list of 4/1/2025 that no row of the conversion table continues. */
    oldWithoutSuccessor: CommuneOld[];
    /** Old communes and districts taken from the conversion table, absent from the lists. */
    fromTable: (CommuneOld | DistrictOld)[];
    /** Where the legal texts disagree with each other (a date cited otherwise). */
    legal: string[];
  };
}

/**
 * Old communes whose type column contradicts their name in the list of 4/1/2025: the name is
 * followed and the commune's note says so. Any other contradiction stops the import.
 */
const TYPE_COLUMN_CONTRADICTS_NAME = new Set(['27046']);

const fail = (message: string): never => {
  throw new Error(message);
};

function provinceRow(code: string, rawName: string): Province2025 {
  const t = splitType(rawName);
  return { code, name_vi: t.name, division: t.division, slug: slugify(t.rest) };
}

/** The name of a province without its type word, as the conversion table sometimes writes it ("Quảng Trị"). */
const bareProvinceName = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');

export function buildNational(srcDir: string): NationalTables {
  const read = (file: string): Row[] => readCsvFile(join(srcDir, file));

  // --- Provinces ---
  const provinceMap = read('mapping_old_province_to_new_province_2025.csv');
  const provinces2025 = read('2025_provinces.csv')
    .map((p) => provinceRow(p.province_code!, p.province_name!))
    .sort((a, b) => byCode(a.code, b.code));
  const provincesOld = read('pre2025_provinces.csv')
    .map((p) => ({
      ...provinceRow(p.province_code!, p.province_name!),
      successor_code: (
        provinceMap.find((m) => m.old_province_code === p.province_code) ?? fail(`no successor for ${p.province_code}`)
      ).new_province_code!,
    }))
    .sort((a, b) => byCode(a.code, b.code));
  for (const [name, list, n] of [
    ['2025', provinces2025, 34],
    ['pre-2025', provincesOld, 63],
  ] as const) {
    if (list.length !== n || new Set(list.map((p) => p.slug)).size !== n)
      fail(`${name} provinces: expected ${n} rows with unique slugs`);
  }
  const new2025 = new Map(provinces2025.map((p) => [p.code, p]));
  for (const p of provincesOld)
    if (!new2025.has(p.successor_code)) fail(`successor ${p.successor_code} of ${p.code} is not a 2025 province`);
  const oldByCode = new Map(provincesOld.map((p) => [p.code, p]));

  // --- Communes from 1 July 2025, checked against each province's declared count ---
  const declared2025 = new Map(read('2025_provinces.csv').map((p) => [p.province_code!, +p.n_communes!]));
  const communes2025: Commune2025[] = read('2025_communes.csv').map((c) => {
    const t = splitType(c.commune_name!);
    if (t.division !== c.division_type!.toLowerCase())
      fail(`${c.commune_code}: type column "${c.division_type}" vs name "${c.commune_name}"`);
    if (!new2025.has(c.province_code!)) fail(`${c.commune_code}: unknown 2025 province ${c.province_code}`);
    return { code: c.commune_code!, province_code: c.province_code!, division: t.division, name_vi: t.name };
  });
  communes2025.sort((a, b) => byCode(a.code, b.code));
  for (const [code, n] of declared2025) {
    const listed = communes2025.filter((c) => c.province_code === code).length;
    if (listed !== n) fail(`2025 province ${code}: ${listed} communes listed, ${n} declared`);
  }
  const commune2025ByCode = new Map(communes2025.map((c) => [c.code, c]));
  if (commune2025ByCode.size !== communes2025.length) fail('2025 commune codes are not unique');

  // --- Districts and communes before 1 July 2025 ---
  const districtsOld: DistrictOld[] = read('pre2025_districts.csv').map((d) => {
    const t = splitType(d.district_name!);
    if (!oldByCode.has(d.province_code!)) fail(`district ${d.district_code}: unknown province ${d.province_code}`);
    return { code: d.district_code!, province_code: d.province_code!, division: t.division, name_vi: t.name, note: '' };
  });
  const districtByCode = new Map(districtsOld.map((d) => [d.code, d]));
  const communesOld: CommuneOld[] = read('pre2025_communes.csv').map((c) => {
    const t = splitType(c.commune_name!);
    const contradicts = t.division !== c.commune_type!.toLowerCase();
    if (contradicts && !TYPE_COLUMN_CONTRADICTS_NAME.has(c.commune_code!))
      fail(`${c.commune_code}: type column "${c.commune_type}" vs name "${c.commune_name}"`);
    const d = districtByCode.get(c.district_code!) ?? fail(`commune ${c.commune_code}: unknown district`);
    if (d.province_code !== c.province_code)
      fail(`commune ${c.commune_code}: district ${d.code} is in another province`);
    return {
      code: c.commune_code!,
      district_code: c.district_code!,
      division: t.division,
      name_vi: t.name,
      name_en: c.name_en!,
      note: contradicts ? `Danh mục 4/1/2025 ghi loại "${c.commune_type}"; theo tên là ${t.division}` : '',
    };
  });
  const declaredOld = read('pre2025_provinces.csv');
  for (const p of declaredOld) {
    const ds = districtsOld.filter((d) => d.province_code === p.province_code);
    const codes = new Set(ds.map((d) => d.code));
    const cs = communesOld.filter((c) => codes.has(c.district_code)).length;
    if (ds.length !== +p.n_districts! || cs !== +p.n_communes!)
      fail(
        `pre-2025 province ${p.province_code}: ${ds.length}/${cs} listed, ${p.n_districts}/${p.n_communes} declared`,
      );
  }
  for (const d of read('pre2025_districts.csv')) {
    const n = communesOld.filter((c) => c.district_code === d.district_code).length;
    if (n !== +d.n_communes!) fail(`district ${d.district_code}: ${n} communes listed, ${d.n_communes} declared`);
  }
  const communeOldByCode = new Map(communesOld.map((c) => [c.code, c]));

  // --- The official old → new table ---
  const mapping = read('mapping_old_commune_to_new_commune_2025.csv');
  const fromTable: (CommuneOld | DistrictOld)[] = [];
  const succession: SuccessionRow[] = [];
  const successorOf = (districtCode: string) => oldByCode.get(districtByCode.get(districtCode)!.province_code)!;
  for (const r of mapping) {
    const to = commune2025ByCode.get(r.new_commune_code!) ?? fail(`table: new commune ${r.new_commune_code} unknown`);
    if (to.province_code !== r.new_province_code) fail(`table: ${to.code} is not in province ${r.new_province_code}`);
    if (!districtByCode.has(r.old_district_code!)) {
      // A district the lists lack: an island district without communes (Cồn Cỏ…). Its province is
      // found by name among those that went into the new province (the table's code can be wrong: qa_flag).
      const candidates = provincesOld.filter(
        (p) =>
          p.successor_code === r.new_province_code &&
          bareProvinceName(p.name_vi) === bareProvinceName(r.old_province_name!),
      );
      if (candidates.length !== 1) fail(`table: no single old province named "${r.old_province_name}"`);
      if (r.old_commune_code)
        fail(`table: commune ${r.old_commune_code} of an unlisted district ${r.old_district_code}`);
      const t = splitType(r.old_district_name!);
      const district: DistrictOld = {
        code: r.old_district_code!,
        province_code: candidates[0]!.code,
        division: t.division,
        name_vi: t.name,
        note: 'Không có xã, phường, thị trấn nên không có trong danh mục xã NSO 4/1/2025; lấy từ bảng chuyển đổi',
      };
      districtsOld.push(district);
      districtByCode.set(district.code, district);
      fromTable.push(district);
    }
    if (r.old_commune_code && !communeOldByCode.has(r.old_commune_code)) {
      // A commune the list of 4/1/2025 lacks (created or renumbered after it): taken from the table as it names it.
      const t = splitType(r.old_commune_name!);
      const listed = districtByCode.get(r.old_district_code!)!;
      const commune: CommuneOld = {
        code: r.old_commune_code,
        district_code: r.old_district_code!,
        division: t.division,
        name_vi: t.name,
        name_en: '',
        note:
          'Không có trong danh mục xã NSO 4/1/2025; lấy từ bảng chuyển đổi' +
          (splitType(r.old_district_name!).name !== listed.name_vi ? ` (bảng ghi thuộc "${r.old_district_name}")` : ''),
      };
      communesOld.push(commune);
      communeOldByCode.set(commune.code, commune);
      fromTable.push(commune);
    }
    const district = r.old_commune_code
      ? communeOldByCode.get(r.old_commune_code)!.district_code
      : r.old_district_code!;
    if (successorOf(district).successor_code !== to.province_code)
      fail(`table: ${r.old_commune_code || r.old_district_code} goes to another province than its own province did`);
    // A row without an old commune is about a district: as a whole (no name), or a part of it that is no unit.
    const area = r.old_commune_code ? '' : r.old_commune_name!;
    succession.push({
      new_code: to.code,
      old_commune_code: r.old_commune_code!,
      old_district_code: district,
      old_area: area,
      type: area ? 'partial' : linkType(r.note_vi!),
      note: collapse(r.note_vi!),
      qa_flag: r.qa_flag!,
    });
  }
  const pairs = new Set(
    succession.map((s) => `${s.old_commune_code || s.old_district_code}|${s.old_area}>${s.new_code}`),
  );
  if (pairs.size !== succession.length) fail('table: an old → new pair is listed twice');
  const continued = new Set(succession.map((s) => s.old_commune_code));
  const covered = new Set(succession.map((s) => s.new_code));
  for (const c of communes2025)
    if (!covered.has(c.code)) fail(`2025 commune ${c.code} has no predecessor in the table`);

  districtsOld.sort((a, b) => byCode(a.code, b.code));
  communesOld.sort((a, b) => byCode(a.code, b.code));
  succession.sort(
    (a, b) =>
      byCode(a.new_code, b.new_code) ||
      byCode(a.old_district_code, b.old_district_code) ||
      byCode(a.old_commune_code, b.old_commune_code) ||
      byCode(a.old_area, b.old_area),
  );
  const merged = new Set(
    provinces2025.filter((p) => provincesOld.filter((o) => o.successor_code === p.code).length > 1).map((p) => p.code),
  );
  const legal = readResolutions(srcDir, new Map(provinces2025.map((p) => [p.code, p.name_vi])), merged);
  return {
    provinces2025,
    provincesOld,
    communes2025,
    districtsOld,
    communesOld,
    succession,
    resolutions: legal.resolutions,
    gaps: { oldWithoutSuccessor: communesOld.filter((c) => !continued.has(c.code)), fromTable, legal: legal.notes },
  };
}
