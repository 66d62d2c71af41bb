/**
 * Reads the national PAPI folder (framework.yaml, results.csv, subdimensions.csv), the national
 * province lists and the instance's preset comparisons, and checks what a schema alone cannot:
 * one row per province-year, known provinces, no dimension 7/8 before 2018, totals that are the
 * sum of their dimensions, sub-dimension codes that exist in that year's era.
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
import { routes } from '../../base/routes.ts';
import { readCsv, readYaml, type Located } from '../../base/content/read.ts';
import { sourceDate } from '../../base/content/source-date.ts';
import {
  comparisonSchema,
  quotedSchema,
  frameworkSchema,
  provinceRowSchema,
  resultRowSchema,
  subRowSchema,
  type Comparison,
  type Framework,
  type ProvinceRow,
} from './schema.ts';
import { eraOf } from './framework.ts';
import type { PapiData, PapiProvince } from './model.ts';

function readRows(ctx: LoadContext, abs: string): Located | undefined {
  if (!existsSync(abs)) {
    ctx.issues.add({
      file: relPath(ctx, abs),
      field: '(tệp / file)',
      found: 'không có tệp / no file',
      expected: {
        vi: 'tệp này (chạy npm run import-papi hoặc npm run import-admin-units)',
        en: 'this file (run npm run import-papi or npm run import-admin-units)',
      },
    });
    return undefined;
  }
  const file = relPath(ctx, abs);
  return tryRead(ctx, () => {
    if (!abs.endsWith('.csv')) return readYaml(abs, file);
    const located = readCsv(abs, file);
    // A blank cell is "no value": missing data, never zero.
    return {
      ...located,
      value: located.value.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '' ? null : v])),
      ),
    };
  });
}

function rowsOf<S extends z.ZodType>(ctx: LoadContext, located: Located | undefined, schema: S): Entry<z.output<S>>[] {
  if (!located || !Array.isArray(located.value)) return [];
  const out: Entry<z.output<S>>[] = [];
  located.value.forEach((_, index) => {
    const entry = entryOf(ctx, schema, located, [index]);
    if (entry) out.push(entry);
  });
  return out;
}

const DIMENSIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export function loadPapi(ctx: LoadContext): PapiData | undefined {
  const papiDir = join(ctx.nationalDir, 'papi');
  const unitsDir = join(ctx.nationalDir, 'admin-units');
  const frameworkFile = readRows(ctx, join(papiDir, 'framework.yaml'));
  const framework = frameworkFile ? entryOf(ctx, frameworkSchema, frameworkFile)?.data : undefined;
  const before = rowsOf(ctx, readRows(ctx, join(unitsDir, 'provinces-pre2025.csv')), provinceRowSchema);
  const after = rowsOf(ctx, readRows(ctx, join(unitsDir, 'provinces-2025.csv')), provinceRowSchema);
  const results = rowsOf(ctx, readRows(ctx, join(papiDir, 'results.csv')), resultRowSchema);
  const subs = rowsOf(ctx, readRows(ctx, join(papiDir, 'subdimensions.csv')), subRowSchema);
  const comparisonsFile = join(ctx.dir, 'papi', 'comparisons.yaml');
  const comparisons = existsSync(comparisonsFile) ? rowsOf(ctx, readRows(ctx, comparisonsFile), comparisonSchema) : [];
  const quotedFile = join(ctx.dir, 'papi', 'quoted.yaml');
  const quoted = existsSync(quotedFile) ? rowsOf(ctx, readRows(ctx, quotedFile), quotedSchema) : [];
  // The day the scores last changed, as their SOURCE.md states it: what PAPI pages and datasets show.
  const updated = sourceDate(ctx, papiDir);
  if (!framework || !updated) return undefined;

  const newByCode = new Map(after.map((p) => [p.data.code, p.data]));
  const provinces: PapiProvince[] = before.map(({ data }) => {
    const successor = newByCode.get(data.successor_code ?? '');
    return {
      code: data.code,
      name_vi: data.name_vi,
      slug: data.slug,
      successor: successor ? { code: successor.code, name_vi: successor.name_vi, slug: successor.slug } : null,
    };
  });
  const known = new Set(provinces.map((p) => p.code));
  const unknownProvince = (code: string) => ({
    vi: `mã một tỉnh trong admin-units/provinces-pre2025.csv (không có tỉnh "${code}")`,
    en: `the code of a province in admin-units/provinces-pre2025.csv (there is no province "${code}")`,
  });

  const seen = new Map<string, Entry<unknown>>();
  for (const row of results) {
    const { year, province_code: code, total } = row.data;
    const key = `${year}:${code}`;
    const first = seen.get(key);
    if (first)
      reportField(ctx, row, ['province_code'], `${year}, ${code}`, {
        vi: `mỗi tỉnh mỗi năm một dòng (đã có ở dòng ${first.at().line})`,
        en: `one row per province and year (already on line ${first.at().line})`,
      });
    seen.set(key, row);
    if (!known.has(code)) reportField(ctx, row, ['province_code'], JSON.stringify(code), unknownProvince(code));
    const era = eraOf(framework, year);
    const scores = DIMENSIONS.map((d) => row.data[`d${d}`]);
    for (const d of DIMENSIONS) {
      if (d > era.dimensions && scores[d - 1] !== null)
        reportField(ctx, row, [`d${d}`], String(scores[d - 1]), {
          vi: `ô trống: năm ${year} PAPI có ${era.dimensions} nội dung`,
          en: `a blank cell: in ${year} PAPI had ${era.dimensions} dimensions`,
        });
    }
    if (total === null) continue;
    const present = scores.slice(0, era.dimensions);
    if (present.some((s) => s === null)) {
      reportField(ctx, row, ['total'], String(total), {
        vi: 'ô trống: thiếu điểm một nội dung thì không có tổng điểm và không xếp hạng',
        en: 'a blank cell: without every dimension there is no total and no rank',
      });
    } else {
      const sum = present.reduce<number>((a, s) => a + (s ?? 0), 0);
      if (Math.abs(sum - total) > 0.001)
        reportField(ctx, row, ['total'], String(total), {
          vi: `tổng các nội dung (${sum.toFixed(4)})`,
          en: `the sum of the dimensions (${sum.toFixed(4)})`,
        });
    }
  }

  const subScores = new Map<string, number>();
  for (const row of subs) {
    const { year, province_code: code, score } = row.data;
    const era = eraOf(framework, year);
    const exists = framework.dimensions.some((d) => d.sub.some((s) => s.code === row.data.code && s.eras[era.id]));
    if (!exists)
      reportField(ctx, row, ['code'], row.data.code, {
        vi: `một nội dung thành phần có trong giai đoạn ${era.id} (framework.yaml)`,
        en: `a sub-dimension that exists in the ${era.id} era (framework.yaml)`,
      });
    if (!known.has(code)) reportField(ctx, row, ['province_code'], JSON.stringify(code), unknownProvince(code));
    subScores.set(`${year}:${code}:${row.data.code}`, score);
  }

  const slugs = new Set(provinces.map((p) => p.slug));
  for (const c of comparisons) {
    claimAddress(ctx, c, ['provinces'], routes.papiComparison(c.data.provinces), c.data.provinces.join(', '));
    c.data.provinces.forEach((slug, i) => {
      if (!slugs.has(slug))
        reportField(ctx, c, ['provinces', i], JSON.stringify(slug), {
          vi: `tên ngắn của một tỉnh trước 2025 (ví dụ "quang-tri"), không có "${slug}"`,
          en: `the slug of a pre-2025 province (e.g. "quang-tri"); there is no "${slug}"`,
        });
    });
    if (new Set(c.data.provinces).size !== c.data.provinces.length)
      reportField(ctx, c, ['provinces'], c.data.provinces.join(', '), {
        vi: 'các tỉnh khác nhau',
        en: 'different provinces',
      });
  }

  for (const q of quoted) {
    if (!slugs.has(q.data.province))
      reportField(ctx, q, ['province'], JSON.stringify(q.data.province), {
        vi: 'tên ngắn của một tỉnh trước 2025, ví dụ "quang-tri"',
        en: 'the slug of a pre-2025 province, e.g. "quang-tri"',
      });
  }
  return {
    ...modelOf(
      framework,
      provinces,
      after.map((p) => p.data),
      results.map((r) => r.data),
      subScores,
      comparisons.map((c) => c.data),
    ),
    quoted: quoted.map((q) => q.data),
    updated,
  };
}

function modelOf(
  framework: Framework,
  provinces: PapiProvince[],
  after: ProvinceRow[],
  rows: z.output<typeof resultRowSchema>[],
  subScores: Map<string, number>,
  comparisons: Comparison[],
): Omit<PapiData, 'quoted' | 'updated'> {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    framework,
    provinces: [...provinces].sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi')),
    newProvinces: after.map((p) => ({
      code: p.code,
      name_vi: p.name_vi,
      slug: p.slug,
      predecessors: provinces.filter((o) => o.successor?.code === p.code).map((o) => o.code),
    })),
    results: rows.map((r) => ({
      year: r.year,
      province: r.province_code,
      scores: DIMENSIONS.map((d) => r[`d${d}`]),
      total: r.total,
    })),
    subScores,
    years,
    comparisons,
  };
}

/** A quoted figure must name a document this instance publishes. */
export function checkQuotedDocuments(ctx: LoadContext, papi: PapiData | undefined, documentIds: Set<string>): void {
  if (!papi) return;
  const file = relPath(ctx, join(ctx.dir, 'papi', 'quoted.yaml'));
  papi.quoted.forEach((q, index) => {
    if (!documentIds.has(q.document))
      ctx.issues.add({
        file,
        field: `${index}.document`,
        found: JSON.stringify(q.document),
        expected: {
          vi: `mã một văn bản trong documents/ (không có "${q.document}")`,
          en: `the id of a document in documents/ (there is no "${q.document}")`,
        },
      });
  });
}
