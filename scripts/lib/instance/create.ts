/**
 * Writes a new instance for one 2025 province (`npm run new-instance`), or rewrites the generated
 * unit files of an existing one (`--units-only`), then checks it with the build's own first stage
 * (`npm run validate`): what it writes is valid content with no edits.
 *
 * A new instance is written into a folder beside the target, checked there, and renamed into
 * place once it is whole and valid, so a failure leaves nothing behind; an existing folder is
 * never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Portal } from '../../../src/portal.ts';
import { readAdminUnits, type Province2025 } from '../admin-units.ts';
import { loadStage, StageError } from '../atomic-build.ts';
import { root } from '../build-site.ts';
import { writeText } from '../csv-files.ts';
import { findProvince } from './find-province.ts';
import { CORRECTIONS_YAML, EMPTY_FOLDERS, comparisonsYaml, readme, siteYaml } from './skeleton.ts';
import { instanceUnits, type InstanceUnits } from './units.ts';
import { writeUnits } from './write-units.ts';

export interface CreateOptions {
  /** The province as a person names it: its 2025 code or its name ("15", "Lao Cai", "lào cai"). */
  province: string;
  /** The instance's folder; default content/<slug of the province>. Relative to the project. */
  out?: string;
  /** Rewrite only the generated unit files of an existing instance. */
  unitsOnly?: boolean;
  /** The national tables (default content/national/admin-units of this project). */
  adminUnitsDir?: string;
}

export interface Created {
  province: Province2025;
  /** Absolute folder of the instance. */
  dir: string;
  units: InstanceUnits;
  /** The instance as the build loads it (it passed every content check). */
  portal: Portal;
}

/** A problem the person running the command can fix (wrong province, existing folder): no stack trace. */
export class InstanceError extends Error {}

export function createInstance(options: CreateOptions): Created {
  const tables = readAdminUnits(options.adminUnitsDir ?? join(root, 'content/national/admin-units'));
  const found = findProvince(tables, options.province);
  if (!found.ok) throw new InstanceError(found.message);
  const p = found.province;
  const dir = resolve(root, options.out ?? join('content', p.slug));
  const folder = relative(root, dir).startsWith('..') ? dir : relative(root, dir);
  const units = instanceUnits(tables, p.code);

  if (options.unitsOnly) {
    if (!existsSync(join(dir, 'site.yaml')))
      throw new InstanceError(
        `${folder} không phải thư mục của một cổng (không có site.yaml) / ${folder} is not an instance's folder (no site.yaml).`,
      );
    // Another province's units would replace this instance's: its site.yaml says which province it serves.
    const serves = (parse(readFileSync(join(dir, 'site.yaml'), 'utf8')) as { province?: unknown } | null)?.province;
    if (serves !== units.province.id)
      throw new InstanceError(
        `${folder}/site.yaml phục vụ "${String(serves)}", không phải ${p.name_vi} ("${units.province.id}"); không ghi đè.\n` +
          `${folder}/site.yaml serves "${String(serves)}", not ${p.name_vi} ("${units.province.id}"); nothing is overwritten.`,
      );
    writeUnits(dir, folder, units);
  } else {
    if (existsSync(dir))
      throw new InstanceError(
        `${folder} đã có (${statSync(dir).isDirectory() ? 'thư mục' : 'tệp'}); không ghi đè. Chọn thư mục khác bằng --out, ` +
          `hoặc chỉ tạo lại các tệp đơn vị bằng --units-only.\n` +
          `${folder} already exists; it is not overwritten. Choose another folder with --out, or rewrite only the unit ` +
          `files with --units-only.`,
      );
    const staging = join(dirname(dir), `.${basename(dir)}.new-instance-${process.pid}`);
    try {
      writeUnits(staging, folder, units);
      writeText(join(staging, 'site.yaml'), siteYaml(p, p.slug, units.province.id));
      writeText(join(staging, 'corrections.yaml'), CORRECTIONS_YAML);
      const comparisons = comparisonsYaml(tables, p);
      if (comparisons) writeText(join(staging, 'papi/comparisons.yaml'), comparisons);
      writeText(join(staging, 'README.md'), readme(p, folder));
      for (const sub of EMPTY_FOLDERS) mkdirSync(join(staging, sub), { recursive: true });
      // Checked before it takes its place: what fails the check is not left behind to block a second run.
      const portal = checked(staging, dir);
      renameSync(staging, dir);
      return { province: p, dir, units, portal };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { province: p, dir, units, portal: checked(dir, dir) };
}

/** The instance in `at` as `npm run validate` loads it; its problems named as in `dir`, where it belongs. */
function checked(at: string, dir: string): Portal {
  try {
    return loadStage({ contentDir: at });
  } catch (error) {
    if (!(error instanceof StageError) || at === dir) throw error;
    const shown = (abs: string) => (relative(root, abs).startsWith('..') ? abs : relative(root, abs));
    throw new StageError(error.message.replaceAll(shown(at), shown(dir)), error.issues);
  }
}
