/**
 * The third instance the tests build: a province the repository does not carry (Lào Cai, formed
 * on 1/7/2025 from Lào Cai and Yên Bái; its 2025 code, 15, was Yên Bái's), made by
 * `npm run new-instance` (createInstance) into a temporary folder and checked as it comes, then
 * given the small illustrative overlay in test/fixtures/generated/ (an agency of the new province,
 * a sample plan it issued for PAPI 2025, one ward's reception schedule) and checked again.
 *
 * What the tests expect of it is read from the national data here, not typed in: its former
 * provinces, its resolution, the PAPI scores.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadStage } from '../../scripts/lib/atomic-build.ts';
import { root } from '../../scripts/lib/build-site.ts';
import { readCsvFile } from '../../scripts/lib/csv-files.ts';
import { createInstance, type Created } from '../../scripts/lib/instance/create.ts';
import type { Portal } from '../../src/portal.ts';

/** How the tests name the province: with diacritics, in lower case, as a person might type it. */
export const GENERATED_QUERY = 'lào cai';
/** The overlay's document (a sample plan of the new province for PAPI 2025) and its commune. */
export const GENERATED_PLAN = 'lc-2025-ke-hoach-papi';
export const GENERATED_COMMUNE = 'phuong-lao-cai';

const national = (file: string) => readCsvFile(join(root, 'content/national', file));

/** What the national data say about the generated province: the tests' expectations. */
export function generatedExpectations() {
  const province = national('admin-units/provinces-2025.csv').find((p) => p.slug === 'lao-cai')!;
  const formers = national('admin-units/provinces-pre2025.csv').filter((p) => p.successor_code === province.code);
  const resolution = national('admin-units/resolutions-2025.csv').find(
    (r) => r.level === 'commune' && r.province_code === province.code,
  )!;
  const results = national('papi/results.csv');
  /** A former province's score in one year and measure ("d8", "total"), as results.csv has it; null when missing. */
  const score = (code: string, year: number, measure: string) => {
    const row = results.find((r) => r.province_code === code && r.year === String(year));
    return row && row[measure] ? Number(row[measure]) : null;
  };
  return { province, formers, resolution, score };
}

export interface GeneratedInstance {
  dir: string;
  created: Created;
  /** The instance with the overlay, as the build loads it. */
  portal: Portal;
  /** Seconds new-instance took (writing and checking), and the overlay's second check. */
  seconds: { create: number; overlay: number };
}

/** Writes the generated instance into `dir` (replacing what is there). */
export function writeGeneratedInstance(dir: string): GeneratedInstance {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  let started = performance.now();
  const created = createInstance({ province: GENERATED_QUERY, out: dir });
  const create = (performance.now() - started) / 1000;
  started = performance.now();
  cpSync(join(root, 'test/fixtures/generated'), dir, { recursive: true });
  const portal = loadStage({ contentDir: dir });
  return { dir, created, portal, seconds: { create, overlay: (performance.now() - started) / 1000 } };
}

/** The generated site.yaml as written (the tests check what is left to fill). */
export const siteYamlOf = (dir: string) => readFileSync(join(dir, 'site.yaml'), 'utf8');
