/**
 * The figures a generated instance shows come from its own data: on Lào Cai (code 15 since
 * 1/7/2025, which was Yên Bái's before), made by `npm run new-instance` with a sample plan of the
 * new province (test/helpers/generated-instance.ts). These failed before the fixes: the chain
 * read the new province's code as a pre-2025 one (Yên Bái's scores under Lào Cai's name), and the
 * reorganisation dataset named Quảng Trị's and Bắc Ninh's resolutions on every instance.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingFields } from '../../src/base/site/pending.ts';
import { calendarEvents } from '../../src/outputs/calendar/registry.ts';
import { allDatasets } from '../../src/outputs/data/registry.ts';
import { feedEntries } from '../../src/outputs/feeds/registry.ts';
import { searchableNumber } from '../../src/kinds/documents/relations.ts';
import { chainIsSample, chainScores, dimensionChain } from '../../src/kinds/plans/chain.ts';
import { taskProgress } from '../../src/kinds/plans/progress.ts';
import {
  GENERATED_COMMUNE,
  GENERATED_PLAN,
  generatedExpectations,
  siteYamlOf,
  writeGeneratedInstance,
  type GeneratedInstance,
} from '../helpers/generated-instance.ts';

const expected = generatedExpectations();
let tmp: string;
let made: GeneratedInstance;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'generated-instance-'));
  made = writeGeneratedInstance(join(tmp, 'lao-cai'));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the generated instance (Lào Cai, formed from Lào Cai and Yên Bái)', () => {
  it('is the province the data name, with both former provinces', () => {
    expect(expected.province.code).toBe('15');
    expect(expected.formers.map((f) => `${f.code} ${f.name_vi}`)).toEqual(['10 Tỉnh Lào Cai', '15 Tỉnh Yên Bái']);
    expect(made.portal.site.province).toBe('tinh-lao-cai');
    expect(made.portal.units.must('tinh-lao-cai').code).toBe(expected.province.code);
  });

  it("shows each former province's PAPI under its own name on the chain page, never the new code's", () => {
    const link = dimensionChain(made.portal.plans, 8, made.portal.asOf).find((c) => c.plan.id === GENERATED_PLAN)!;
    expect(link.years).toEqual({ before: 2024, target: 2025 });
    // [..].flat(): the same check reads what the chain gave before the fix (one score, not a list).
    const scores = [chainScores(made.portal, link, 8)].flat();
    expect(
      scores.map((s) => ({ name: s.province.name_vi, before: s.before.score, after: s.after.score })),
    ).toEqual(
      expected.formers.map((f) => ({ name: f.name_vi, before: expected.score(f.code, 2024, 'd8'), after: null })),
    );
    // Lào Cai's own 2024 score is not Yên Bái's: a mix-up would show.
    expect(expected.score('10', 2024, 'd8')).not.toBe(expected.score('15', 2024, 'd8'));
  });

  it("gives the reorganisation dataset its own resolution as legal basis, not Quảng Trị's or Bắc Ninh's", () => {
    const dataset = allDatasets(made.portal).find((d) => d.id === 'sap-xep-2025')!;
    expect(expected.resolution.number).toBe('1673/NQ-UBTVQH15');
    for (const lang of ['vi', 'en'] as const) {
      expect(dataset.source[lang]).toContain(expected.resolution.number);
      expect(dataset.source[lang]).toContain('202/2025/QH15');
      expect(dataset.source[lang]).not.toMatch(/1680|1658/);
    }
    expect(new Set(dataset.rows.map((r) => r.can_cu))).toEqual(
      new Set(['Nghị quyết 202/2025/QH15 ngày 12/6/2025', 'Nghị quyết 1673/NQ-UBTVQH15 ngày 16/6/2025']),
    );
  });

  it('labels the sample document and its tasks as sample data everywhere they go', () => {
    const doc = made.portal.documents.find((d) => d.id === GENERATED_PLAN)!;
    expect(doc.sample).toBe(true);
    const plan = made.portal.plans.find((p) => p.id === GENERATED_PLAN)!;
    expect(plan.sampleTasks).toBe(true);
    expect(taskProgress(plan, made.portal.asOf).every((i) => i.sample)).toBe(true);
    expect(chainIsSample(dimensionChain(made.portal.plans, 8, made.portal.asOf))).toBe(true);
    expect(allDatasets(made.portal).find((d) => d.id === 'nhiem-vu')!.sample).toBe(true);
    const entry = feedEntries(made.portal).find((e) => e.path === `/van-ban/${GENERATED_PLAN}/`)!;
    expect(entry.title).toMatch(/^\[Dữ liệu minh họa\] /);
    expect(entry.category).toBe('Văn bản (dữ liệu minh họa)');
  });

  it("puts its ward's reception days in the calendar and its own document number in the search hint", () => {
    const reception = calendarEvents(made.portal).filter((e) => e.uid.startsWith(`tiep-cong-dan/${GENERATED_COMMUNE}/`));
    expect(reception.map((e) => [e.start, e.startTime, e.repeat])).toEqual([
      ['2025-07-03', '07:30', { weekly: ['TH'], until: null }],
      ['2025-07-10', '13:30', { monthly: [10, 25], until: null }],
    ]);
    expect(searchableNumber(made.portal.documents)).toBe('90/KH-UBND');
  });

  it('leaves what only the province can fill null and says so, without a made-up value', () => {
    const yaml = siteYamlOf(made.dir);
    expect(yaml).toMatch(/^site_url: null$/m);
    expect(yaml).toMatch(/^data_licence: null$/m);
    expect(yaml).toContain('CẦN ĐIỀN / TO BE FILLED');
    expect(yaml).not.toMatch(/example\.(org|vn|com)/);
    expect(pendingFields(made.portal.site).map((p) => p.field)).toEqual([
      'site_url',
      'contact.agency',
      'contact.address',
      'contact.email',
      'contact.phone',
      'contact.hotline',
      'data_licence',
    ]);
  });
});
