/**
 * Every task the seed documents state is content, counted per plan against our reading of
 * the seed, and each task's words are the document's own.
 *
 * Counting rule (the smallest item the document itself separates): a lettered item a), b)…
 * is one task even when it runs over several paragraphs; a bullet is one task; a numbered
 * item without sub-items is one task; where a section is written as plain paragraphs, each
 * paragraph is one task. Purpose and requirements (Mục đích, yêu cầu) and closing formulas
 * assign nothing and are not tasks.
 */
import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/portal.ts';

const qt = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
const bn = loadPortal({ contentDir: 'content/bac-ninh', asOf: '2025-12-31' });
const plan = (id: string) => [...qt.plans, ...bn.plans].find((p) => p.id === id)!;

/** Seed → expected tasks, section by section as the seed numbers them. */
const EXPECTED: Record<string, { seed: string; sections: number[] }> = {
  // 000: item 1 has 9 bullets; items 2–5 one each; the closing "Giao Sở Nội vụ…" one.
  'qt-2021-cong-van-duy-tri-papi': { seed: '000', sections: [9, 1, 1, 1, 1, 1] },
  // 001: II.1–II.8 in paragraphs (3, 4, 3, 3, 5, 4, 3, 2); III.1–III.4 (2, 1, 1, 1).
  'phuong-tx-quang-tri-2024-ke-hoach-papi': { seed: '001', sections: [3, 4, 3, 3, 5, 4, 3, 2, 2, 1, 1, 1] },
  // 002: II.1 6 bullets; II.2.1–2.6 (4, 5, 5, 6, 4, 3); II.3 4; III.1 3, III.2 2, III.3–III.5 one each.
  'huyen-2023-ke-hoach-trien-khai-165': { seed: '002', sections: [6, 4, 5, 5, 6, 4, 3, 4, 3, 2, 1, 1, 1] },
  // 003: numbered items 1–15.
  'qt-chi-thi-nang-cao-par-sipas-papi': { seed: '003', sections: [15] },
  // 004: II.1–II.6 lettered (4, 3, 3, 4, 3, 4); III one; IV.1 a)–d) and đ)'s 3 bullets (7);
  // IV.2 2 bullets; IV.3, IV.4 one; IV.5–IV.9 paragraphs (2, 3, 3, 2, 2); IV.10, IV.11 one each.
  'bg-2021-ke-hoach-papi': { seed: '004', sections: [4, 3, 3, 4, 3, 4, 1, 7, 2, 1, 1, 2, 3, 3, 2, 2, 1, 1] },
};

const normalise = (s: string) => s.replace(/\\\./g, '.').replace(/\s+/g, ' ').trim();

describe('tasks of the seed plans', () => {
  for (const [id, { seed, sections }] of Object.entries(EXPECTED)) {
    it(`seed ${seed} (${id}): ${sections.reduce((a, b) => a + b)} tasks, grouped as the seed groups them`, () => {
      const p = plan(id);
      expect(p.sections.map((s) => s.tasks.length)).toEqual(sections);
      expect(p.tasks).toHaveLength(sections.reduce((a, b) => a + b));
    });
    it(`seed ${seed}: every task's words are in the document`, () => {
      const doc = [...qt.documents, ...bn.documents].find((d) => d.id === id)!;
      const body = normalise(doc.body);
      for (const task of plan(id).tasks) {
        for (const paragraph of task.text.split('\n\n')) expect(body, task.id).toContain(normalise(paragraph));
        for (const target of task.targets) expect(body, task.id).toContain(normalise(target.text));
      }
    });
  }

  it('names lead units where the seed does, and none where the annex is missing (seed 002)', () => {
    const district = plan('huyen-2023-ke-hoach-trien-khai-165');
    expect(district.missing_annex?.text).toBe('(Có phụ lục phân công trách nhiệm cụ thể kèm theo)');
    expect(district.tasks.filter((t) => t.id.startsWith('huyen2023-ii-')).every((t) => t.leads.length === 0)).toBe(true);
    expect(district.tasks.find((t) => t.id === 'huyen2023-iii-4')?.leads).toEqual(['phong-noi-vu-huyen-chua-ro-ten']);
    expect(plan('bg-2021-ke-hoach-papi').tasks.find((t) => t.id === 'bg2021-iv-8-1')?.leads).toEqual(['so-tt-tt-bac-giang']);
    expect(plan('qt-chi-thi-nang-cao-par-sipas-papi').tasks.find((t) => t.id === 'qtct-12')?.leads).toHaveLength(7);
  });

  it('keeps the targets with their numbers', () => {
    const targets = [...qt.plans, ...bn.plans].flatMap((p) => [...p.targets, ...p.tasks.flatMap((t) => t.targets)]);
    const find = (words: string) => targets.find((t) => t.text.includes(words));
    expect(find('tăng ít nhất 05 bậc')).toMatchObject({ comparator: 'at-least', value: 5, unit: 'bậc', year: 2021 });
    expect(find('100% TTHC')).toMatchObject({ comparator: 'exactly', value: 100, unit: '%' });
    expect(find('05 tuyến đường')).toMatchObject({ value: 5, unit: 'tuyến đường', year: 2024 });
    expect(find('cắt giảm 20-25%')).toMatchObject({ comparator: 'range', value: 20, value_max: 25, unit: '%' });
    expect(find('100% trẻ em dưới 6 tuổi')).toMatchObject({ value: 100, unit: '%' });
  });

  it('takes the reporting deadlines of seed 004 as written, and invents none elsewhere', () => {
    expect(plan('bg-2021-ke-hoach-papi').reporting?.periods.map((p) => [p.kind, p.due])).toEqual([
      ['q1', '03-20'],
      ['h1', '06-20'],
      ['q3', null],
      ['year', '11-30'],
    ]);
    for (const p of qt.plans) expect(p.reporting?.periods.every((x) => x.due === null && x.due_days_after_end === null) ?? true).toBe(true);
    const deadlines = [...qt.plans, ...bn.plans].flatMap((p) => p.tasks.filter((t) => t.deadline).map((t) => [t.id, t.deadline]));
    expect(deadlines).toEqual([['bg2021-iv-1-a', '2021-05-15']]);
  });
});
