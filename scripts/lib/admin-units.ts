/**
 * The whole country's administrative units as content/national/admin-units/ holds them
 * (written by `npm run import-admin-units`), read back for `npm run new-instance`: the types of
 * their rows, their columns, and the one reader.
 */
import { join } from 'node:path';
import { readCsvFile } from './csv-files.ts';

export interface Province2025 {
  code: string;
  name_vi: string;
  division: string;
  slug: string;
}
export interface ProvinceOld extends Province2025 {
  successor_code: string;
}
export interface Commune2025 {
  code: string;
  province_code: string;
  division: string;
  name_vi: string;
}
export interface DistrictOld {
  code: string;
  province_code: string;
  division: string;
  name_vi: string;
  /** Why a district is here although the district list lacks it (an island district without communes). */
  note: string;
}
export interface CommuneOld {
  code: string;
  district_code: string;
  division: string;
  name_vi: string;
  name_en: string;
  /** Why a commune is here although the list of 4/1/2025 lacks it. */
  note: string;
}
/** One row of the official conversion table: all or part of an old unit went into a new commune. */
export interface SuccessionRow {
  new_code: string;
  /** The old commune, or "" when the row is about a district (or a part of one) as a whole. */
  old_commune_code: string;
  /** The old district: the commune's, or the one the row is about. */
  old_district_code: string;
  /** A part of the district that is no unit (e.g. a coastal area it managed), as the table names it; usually "". */
  old_area: string;
  type: 'full' | 'partial';
  /** The table's note, white space collapsed. */
  note: string;
  /** Where the source row contradicts the lists (kept, with the explanation of the tidy derivative). */
  qa_flag: string;
}

export interface Resolution {
  /**
   * "province": the National Assembly's resolution on the provinces (the merged ones);
   * "province-unchanged": the text that lists the provinces not merged; "commune": one province's communes.
   */
  level: 'province' | 'province-unchanged' | 'commune';
  /** The 2025 province whose communes it reorganised; "" for the ones on the provinces. */
  province_code: string;
  /** "1673/NQ-UBTVQH15". */
  number: string;
  /** YYYY-MM-DD. */
  date: string;
  /** What it is about, as its text says it (sentence case). */
  title: string;
}

/** Where the data come from: shared by the national SOURCE.md and each instance's units/SOURCE.md. */
export const SOURCES = `## Nguồn / Sources
- Danh mục đơn vị hành chính của Tổng cục Thống kê / Cục Thống kê (NSO, https://danhmuchanhchinh.nso.gov.vn/),
  as packaged in **github.com/sunshine-tech/VietnamProvinces**, commit \`809e91baefbe3153ccaecc9b2286303a98b9119b\`:
  \`dev/seed-data/Pre-2025-07/Xa_2025-01-04.csv\` (communes as of 4/1/2025),
  \`dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv\` (official new ← old conversion table),
  \`vietnam_provinces/data/nested-divisions.json\` (34 provinces, 3,321 communes from 1/7/2025).
  Read through tidy derivatives of those files: \`pre2025_provinces.csv\`, \`pre2025_districts.csv\`, \`pre2025_communes.csv\`,
  \`2025_provinces.csv\`, \`2025_communes.csv\`, \`mapping_old_commune_to_new_commune_2025.csv\`,
  \`mapping_old_province_to_new_province_2025.csv\`.
  Licence: the library is GPL-3.0-or-later; the underlying data are public administrative lists of the National Statistics Office.
- Legal texts (numbers, dates and titles of the resolutions): **github.com/dvhcvn/20250701**, commit
  \`dd94887ce32324380bc5bb0a76fe39867dafc73b\`, \`input/docs/\` (1654_NQ-UBTVQH15.md … 1687_NQ-UBTVQH15.md, one per
  2025 province), indexed by province in \`resolutions_commune_level_2025.csv\`, and \`60-NQ_TW.md\` (its annex lists the
  provinces not merged). Licence: MIT.`;

/** The tables of content/national/admin-units/. */
export interface AdminUnitTables {
  provinces2025: Province2025[];
  provincesOld: ProvinceOld[];
  communes2025: Commune2025[];
  districtsOld: DistrictOld[];
  communesOld: CommuneOld[];
  succession: SuccessionRow[];
  resolutions: Resolution[];
}

/** The file of each table and its columns, in order. */
export const ADMIN_UNIT_FILES = {
  provinces2025: { file: 'provinces-2025.csv', columns: ['code', 'name_vi', 'division', 'slug'] },
  provincesOld: { file: 'provinces-pre2025.csv', columns: ['code', 'name_vi', 'division', 'slug', 'successor_code'] },
  communes2025: { file: 'communes-2025.csv', columns: ['code', 'province_code', 'division', 'name_vi'] },
  districtsOld: { file: 'districts-pre2025.csv', columns: ['code', 'province_code', 'division', 'name_vi', 'note'] },
  communesOld: {
    file: 'communes-pre2025.csv',
    columns: ['code', 'district_code', 'division', 'name_vi', 'name_en', 'note'],
  },
  succession: {
    file: 'succession-2025.csv',
    columns: ['new_code', 'old_commune_code', 'old_district_code', 'old_area', 'type', 'note', 'qa_flag'],
  },
  resolutions: { file: 'resolutions-2025.csv', columns: ['level', 'province_code', 'number', 'date', 'title'] },
} as const satisfies Record<keyof AdminUnitTables, { file: string; columns: readonly string[] }>;

/** Reads every table of `dir` (content/national/admin-units), checking each has the columns it should. */
export function readAdminUnits(dir: string): AdminUnitTables {
  const tables = {} as Record<keyof AdminUnitTables, unknown>;
  for (const [key, { file, columns }] of Object.entries(ADMIN_UNIT_FILES)) {
    const rows = readCsvFile(join(dir, file));
    const found = Object.keys(rows[0] ?? {});
    if (found.join(',') !== columns.join(','))
      throw new Error(`${join(dir, file)}: columns ${found.join(',')}, expected ${columns.join(',')}`);
    tables[key as keyof AdminUnitTables] = rows;
  }
  return tables as AdminUnitTables;
}
