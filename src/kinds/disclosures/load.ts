/**
 * Reads disclosures/<commune-id>/ of an instance: cong-khai.yaml (required), ngan-sach-<year>
 * .yaml/.csv, ho-ngheo-<year>.csv, bang-gia-dat-<year>.csv, thu-hoi-dat.yaml and gop-y.yaml.
 * Every file is scanned for personal data; every figure is checked before any page is built.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  claimAddress,
  relPath,
  reportField,
  tryRead,
  type Entry,
  type LoadContext,
} from '../../base/content/context.ts';
import { isNote } from '../../base/content/files.ts';
import { routes } from '../../base/routes.ts';
import { claim, readCsv, readYaml, type Located } from '../../base/content/read.ts';
import { loadBudget } from './budget/load.ts';
import { anchorClashes, discussionIds } from './consultations/rules.ts';
import { priceRowSchema } from './land/schema.ts';
import { poorHouseholdProblems } from './poor-households/rules.ts';
import { poorHouseholdRowSchema } from './poor-households/schema.ts';
import { priceRowProblems } from './land/rules.ts';
import type { RuleProblem } from './rules.ts';
import type { Unit } from '../units/schema.ts';
import { csvRows } from './csv.ts';
import { checkCommuneInfo, checkDiscussion, checkRecovery, checkTable, POOR_COUNTS, PRICE_COLUMNS } from './files.ts';
import type { CommuneDisclosures } from './model.ts';

const FILE_PATTERNS = [
  /^cong-khai\.yaml$/,
  /^ngan-sach-\d{4}\.(yaml|csv)$/,
  /^ho-ngheo-\d{4}\.csv$/,
  /^bang-gia-dat-\d{4}\.csv$/,
  /^thu-hoi-dat\.yaml$/,
  /^gop-y\.yaml$/,
];

function readYamlFile(ctx: LoadContext, abs: string): Located | undefined {
  return tryRead(ctx, () => readYaml(abs, relPath(ctx, abs)));
}

/** Reads a table and checks it (files.ts): its rows when every row is valid. */
function readTable<S extends z.ZodType>(
  ctx: LoadContext,
  abs: string,
  schema: S,
  amounts: Set<string>,
  rules: (rows: z.output<S>[]) => RuleProblem[],
): z.output<S>[] | undefined {
  const table = tryRead(ctx, () => csvRows(readCsv(abs, relPath(ctx, abs))));
  return table && checkTable(table, schema, amounts, rules, ctx.issues);
}

/** Files named for a year: "ho-ngheo-2025.csv" → 2025. */
function yearFiles(dir: string, prefix: string, ext: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const name of readdirSync(dir)) {
    const m = new RegExp(`^${prefix}-(\\d{4})\\.${ext}$`).exec(name);
    if (m) out.set(Number(m[1]), join(dir, name));
  }
  return out;
}

/** An item of a commune's gop-y.yaml and where its id is, for the check across communes. */
interface DiscussionItem {
  commune: string;
  id: string;
  entry: Entry<unknown>;
  path: (string | number)[];
}

function loadCommune(
  ctx: LoadContext,
  dir: string,
  commune: string,
  discussed: DiscussionItem[],
): CommuneDisclosures | undefined {
  for (const name of readdirSync(dir)) {
    if (FILE_PATTERNS.some((p) => p.test(name)) || isNote(name)) continue;
    const lower = name.toLowerCase();
    ctx.issues.add({
      file: relPath(ctx, join(dir, name)),
      field: '(tên tệp / file name)',
      found: JSON.stringify(name),
      expected: FILE_PATTERNS.some((p) => p.test(lower))
        ? { vi: `tên tệp viết thường: "${lower}"`, en: `a lower-case file name: "${lower}"` }
        : {
            vi: 'một trong: cong-khai.yaml, ngan-sach-<năm>.yaml/.csv, ho-ngheo-<năm>.csv, bang-gia-dat-<năm>.csv, thu-hoi-dat.yaml, gop-y.yaml',
            en: 'one of: cong-khai.yaml, ngan-sach-<year>.yaml/.csv, ho-ngheo-<year>.csv, bang-gia-dat-<year>.csv, thu-hoi-dat.yaml, gop-y.yaml',
          },
    });
  }
  const infoAbs = join(dir, 'cong-khai.yaml');
  if (!existsSync(infoAbs)) {
    // The commune's other files wait for its cong-khai.yaml; they are not unread strays.
    claim(dir);
    ctx.issues.add({
      file: relPath(ctx, infoAbs),
      field: '(tệp / file)',
      found: '(không có / missing)',
      expected: { vi: 'tệp cong-khai.yaml của xã', en: "the commune's cong-khai.yaml" },
    });
    return undefined;
  }
  const infoRead = readYamlFile(ctx, infoAbs);
  const info = infoRead && checkCommuneInfo(infoRead, ctx.issues);
  // The poor-household and price tables are read by the years cong-khai.yaml lists: while it
  // has a problem (reported), they wait for it and are not unread strays.
  if (!info) claim(dir);

  const budgets = [...yearFiles(dir, 'ngan-sach', 'ya?ml')]
    .sort(([a], [b]) => a - b)
    .map(([year, abs]) => loadBudget(ctx, commune, abs, year));
  for (const [year, abs] of yearFiles(dir, 'ngan-sach', 'csv')) {
    if (!existsSync(abs.replace(/\.csv$/, '.yaml')))
      ctx.issues.add({
        file: relPath(ctx, abs),
        field: '(tệp / file)',
        found: relPath(ctx, abs),
        expected: {
          vi: `tệp ngan-sach-${year}.yaml đi kèm (đơn vị tính, văn bản, ngày công bố)`,
          en: `the companion ngan-sach-${year}.yaml (unit, documents, publication dates)`,
        },
      });
  }

  const byYear = <M extends { year: number }, R>(
    metas: M[],
    files: Map<number, string>,
    read: (abs: string) => R[] | undefined,
    field: string,
    what: { vi: string; en: string },
  ) => {
    const out: { meta: M; rows: R[] }[] = [];
    metas.forEach((meta, i) => {
      // A year listed twice is reported by the rules of cong-khai.yaml; its table is read once.
      if (metas.findIndex((m) => m.year === meta.year) < i) return;
      const abs = files.get(meta.year);
      if (!abs)
        return reportField(ctx, info!, [field, i, 'year'], String(meta.year), {
          vi: `một năm có tệp ${what.vi}-${meta.year}.csv trong thư mục của xã`,
          en: `a year with a ${what.en}-${meta.year}.csv file in the commune's folder`,
        });
      const rows = read(abs);
      if (rows) out.push({ meta, rows });
    });
    for (const [year, abs] of files) {
      if (!metas.some((m) => m.year === year))
        ctx.issues.add({
          file: relPath(ctx, abs),
          field: field,
          found: String(year),
          expected: {
            vi: `một mục ${field} năm ${year} trong cong-khai.yaml (văn bản, ngày công bố)`,
            en: `a ${field} entry for ${year} in cong-khai.yaml (document, publication date)`,
          },
        });
    }
    return out.sort((a, b) => b.meta.year - a.meta.year);
  };
  const poorHouseholds = info
    ? byYear(
        info.data.poor_households,
        yearFiles(dir, 'ho-ngheo', 'csv'),
        (abs) => readTable(ctx, abs, poorHouseholdRowSchema, POOR_COUNTS, poorHouseholdProblems),
        'poor_households',
        { vi: 'ho-ngheo', en: 'ho-ngheo' },
      )
    : [];
  const prices = info
    ? byYear(
        info.data.land_prices,
        yearFiles(dir, 'bang-gia-dat', 'csv'),
        (abs) => readTable(ctx, abs, priceRowSchema, PRICE_COLUMNS, priceRowProblems),
        'land_prices',
        { vi: 'bang-gia-dat', en: 'bang-gia-dat' },
      )
    : [];

  const recoveryAbs = join(dir, 'thu-hoi-dat.yaml');
  const recoveryRead = existsSync(recoveryAbs) ? readYamlFile(ctx, recoveryAbs) : undefined;
  const recovery = recoveryRead ? checkRecovery(recoveryRead, ctx.issues) : [];
  for (const [i, project] of recovery.entries()) {
    // An id used twice in the file is reported by recoveryProblems, with its own words.
    if (recovery.findIndex((p) => p.data.id === project.data.id) === i)
      claimAddress(ctx, project, ['id'], routes.landRecovery(commune, project.data.id), project.data.id);
  }

  const discussAbs = join(dir, 'gop-y.yaml');
  const discussRead = existsSync(discussAbs) ? readYamlFile(ctx, discussAbs) : undefined;
  const discussion = discussRead && checkDiscussion(discussRead, ctx.issues);
  if (discussion) {
    for (const item of discussionIds(discussion.data))
      discussed.push({ commune, id: item.id, entry: discussion, path: [item.list, item.index, 'id'] });
  }

  if (!info || budgets.some((b) => !b)) return undefined;
  return {
    commune,
    info: info.data,
    poorHouseholds,
    budgets: budgets.map((b) => b!),
    prices,
    recovery: recovery.map((r) => r.data),
    consultations: discussion?.data.consultations ?? [],
    questions: discussion?.data.questions ?? [],
  };
}

/** Every commune folder under disclosures/, each named by the id of a current commune. */
export function loadDisclosures(ctx: LoadContext, units: Map<string, Unit>, known: Set<string>): CommuneDisclosures[] {
  const root = join(ctx.dir, 'disclosures');
  if (!existsSync(root)) return [];
  const out: CommuneDisclosures[] = [];
  const discussed: DiscussionItem[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const unit = units.get(name);
    // A unit whose own row is wrong is reported once, there; its folder is not an error too.
    if (!unit && known.has(name)) {
      claim(dir);
      continue;
    }
    if (!unit || unit.kind !== 'commune' || unit.valid_to !== null) {
      ctx.issues.add({
        file: relPath(ctx, dir),
        field: '(thư mục / folder)',
        found: JSON.stringify(name),
        expected: {
          vi: 'mã của một xã, phường hiện nay trong units/ (ví dụ "xa-cam-lo")',
          en: 'the id of a current commune or ward in units/ (e.g. "xa-cam-lo")',
        },
      });
      continue;
    }
    const taken = ctx.addresses?.claim(routes.commune(name), {
      file: relPath(ctx, dir),
      field: '(thư mục / folder)',
      found: JSON.stringify(name),
    });
    if (taken) ctx.issues.add(taken);
    const loaded = loadCommune(ctx, dir, name, discussed);
    if (loaded) out.push(loaded);
  }
  // Every commune's consultations and questions share one page, each at "<commune>-<id>".
  for (const { index, first, anchor } of anchorClashes(discussed)) {
    const item = discussed[index]!;
    const other = discussed[first]!;
    const place = other.entry.at(other.path);
    const where = `${place.file}${place.line ? `:${place.line}` : ''}`;
    reportField(ctx, item.entry, item.path, JSON.stringify(item.id), {
      vi: `một mã khác: trên trang Góp ý, mục này có địa chỉ "#${anchor}" (mã xã "${item.commune}" và mã "${item.id}"), trùng với mục "${other.id}" của xã "${other.commune}" (${where})`,
      en: `another id: on the consultations page this item's address is "#${anchor}" (commune "${item.commune}" and id "${item.id}"), the same as item "${other.id}" of commune "${other.commune}" (${where})`,
    });
  }
  return out;
}
