/** The loaded PAPI data as pages and derivations use it (portal.papi). */
import type { Comparison, Framework, Quoted } from './schema.ts';

/** A province before 1/7/2025, the unit PAPI scored, and the 2025 province that took it over. */
export interface PapiProvince {
  /** GSO code before 2025, e.g. "45" (Quảng Trị). */
  code: string;
  name_vi: string;
  /** Address part: /papi/tinh/<slug>/. */
  slug: string;
  successor: { code: string; name_vi: string; slug: string } | null;
}

/** A province from 1/7/2025 and the pre-2025 provinces it was formed from. */
export interface PapiNewProvince {
  code: string;
  name_vi: string;
  slug: string;
  /** GSO codes of its predecessors. */
  predecessors: string[];
}

/** Scores of one province in one year; null = no data (never zero). */
export interface PapiResult {
  year: number;
  province: string;
  /** Dimension scores 1–8 at index 0–7. */
  scores: (number | null)[];
  /** Sum of the dimensions; null when a dimension is missing (then not ranked). */
  total: number | null;
}

export interface PapiData {
  framework: Framework;
  /** The 63 pre-2025 provinces, in Vietnamese alphabetical order. */
  provinces: PapiProvince[];
  newProvinces: PapiNewProvince[];
  results: PapiResult[];
  /** Sub-dimension scores by "year:provinceCode:SCxx". */
  subScores: Map<string, number>;
  /** Survey years with results, ascending. */
  years: number[];
  /** Preset comparisons of this instance. */
  comparisons: Comparison[];
  /** Totals that documents of this instance quote with another rounding. */
  quoted: Quoted[];
  /** The day the national scores last changed (their SOURCE.md), YYYY-MM-DD. */
  updated: string;
}
