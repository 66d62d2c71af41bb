/**
 * The national hub's model (portal.hub): the 34 provinces since 1/7/2025 with their portals,
 * and the 2025 reorganisation from the old side, so that every old unit — province, district,
 * commune — finds its successor(s) and the legal basis. Everything comes from the national
 * tables (content/national/admin-units/) and the hub's site.yaml; nothing is typed in code.
 */

/** A legal text the reorganisation rests on, as resolutions-2025.csv names it. */
export interface Basis {
  /** "202/2025/QH15", "1680/NQ-UBTVQH15". */
  number: string;
  /** YYYY-MM-DD. */
  date: string;
  /** What it is about, as its text says. */
  title: string;
}

/** A commune, ward or special zone since 1/7/2025. */
export interface NewCommune {
  code: string;
  name_vi: string;
  division: string;
  /** Its 2025 province's code. */
  province: string;
}

/** All or part of an old unit going into a new commune, as the official conversion table says. */
export interface Move {
  to: NewCommune;
  type: 'full' | 'partial';
  /** The table's note ("Nhập toàn bộ", "Nhập một phần diện tích"…), with a part of a district it names. */
  note: string;
}

/** A commune, ward or township until 30/6/2025. */
export interface OldCommune {
  code: string;
  name_vi: string;
  division: string;
  /** Why the list of 4/1/2025 lacks it, when it comes from the conversion table only. */
  note: string;
  /** Where it went: empty when no row of the conversion table continues it (said so, never guessed). */
  moves: Move[];
}

/** A district until 30/6/2025 (the district level ended that day). */
export interface OldDistrict {
  code: string;
  name_vi: string;
  division: string;
  /** Address part: /sap-xep/<province>/<slug>/. Unique within its province. */
  slug: string;
  note: string;
  communes: OldCommune[];
  /** Rows of the table about the district itself (an island district become a special zone, an area it managed). */
  moves: Move[];
  /** Every new commune any part of it went into, in code order. */
  successors: NewCommune[];
}

/** A province until 30/6/2025. */
export interface OldProvince {
  code: string;
  name_vi: string;
  division: string;
  slug: string;
  /** Its 2025 province's code. */
  successor: string;
  districts: OldDistrict[];
}

/** A province since 1/7/2025. */
export interface NewProvince {
  code: string;
  name_vi: string;
  division: string;
  slug: string;
  /** The old provinces it was formed from (one when it was not merged), by code. */
  formers: string[];
  /** Resolution 202/2025/QH15 when merged; the text listing the provinces not merged otherwise. */
  provinceBasis: Basis;
  /** The resolution of the Standing Committee of the National Assembly on its communes. */
  communeBasis: Basis;
  /** Its portal's address, or null: no portal yet. */
  portal: string | null;
  /** Its communes, in code order, each with the old units that went into it. */
  communes: { commune: NewCommune; from: { commune: OldCommune | null; district: OldDistrict; move: Move }[] }[];
}

export interface HubModel {
  /** The 34 provinces, in Vietnamese alphabetical order of their names without "Tỉnh"/"Thành phố". */
  provinces: NewProvince[];
  /** The 63 old provinces, in the same order. */
  oldProvinces: OldProvince[];
  byCode: Map<string, NewProvince>;
  oldByCode: Map<string, OldProvince>;
  /** How many old units the conversion table leaves without a successor (listed on their pages). */
  counts: { oldCommunes: number; oldDistricts: number; newCommunes: number; withoutSuccessor: number };
}
