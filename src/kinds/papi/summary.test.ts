import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { papiSeries } from './series.ts';
import { scaleBreaks } from './breaks.ts';
import { dimensionBands } from './series.ts';
import {
  bandSentence,
  bandsOverYears,
  biggestMoves,
  latestSentence,
  pointSentence,
  provinceFacts,
  roundingNotes,
} from './summary.ts';

const portal = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
const total = (code: string) => papiSeries(portal, code, 'total');

describe('sentences from the data', () => {
  it('says score, rank of n and change, as documents do', () => {
    expect(pointSentence(total('45'), 2020, 'vi')).toBe(
      '2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019, tăng 1,12 điểm',
    );
    expect(pointSentence(total('24'), 2020, 'vi')).toBe(
      '2020: 44,32 điểm, hạng 13/63, giảm 9 bậc so với 2019, giảm 1,72 điểm',
    );
    expect(pointSentence(total('24'), 2020, 'en')).toBe(
      '2020: 44.32 points, rank 13/63, down 9 places on 2019, down 1.72 points',
    );
  });
  it('says "no data" for a gap and does not compare across it', () => {
    expect(pointSentence(total('24'), 2021, 'vi')).toBe('2021: không có số liệu');
    expect(pointSentence(total('24'), 2015, 'vi')).toMatch(
      /^2015: 36,42 điểm, hạng \d+\/63, không so sánh được với 2014 \(không có số liệu\)$/,
    );
  });
  it('compares nothing across the 2018 break, for totals and dimensions: not comparable, in words', () => {
    expect(pointSentence(total('45'), 2018, 'vi')).toMatch(
      /^2018: [\d,]+ điểm, hạng \d+\/61, không so sánh được với 2017 \(từ 2018 PAPI có 8 nội dung, thang điểm khác\)$/,
    );
    expect(pointSentence(papiSeries(portal, '45', 3), 2018, 'en')).toMatch(/, not comparable with 2017 \(/);
    expect(pointSentence(total('45'), 2019, 'vi')).toMatch(/so với 2018, (tăng|giảm) [\d,]+ điểm$/);
  });
  it('states the latest year with data', () => {
    expect(latestSentence(total('22'), 'vi')).toMatch(/^2024: 47,82 điểm, hạng 1\/61/);
  });
  it('writes the seed-style sentence of dimension groups from the data', () => {
    const bands = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => papiSeries(portal, '45', d).find((p) => p.year === 2020)!.band);
    expect(bandSentence('Quảng Trị', 2020, bands, 'vi')).toBe(
      'Năm 2020, Quảng Trị có 3/8 nội dung thuộc nhóm cao nhất (1, 3, 4), 4/8 nội dung thuộc nhóm trung bình cao (2, 6, 7, 8), 1/8 nội dung thuộc nhóm thấp nhất (5).',
    );
  });
  it('writes the same sentences in English', () => {
    const bands = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => papiSeries(portal, '45', d).find((p) => p.year === 2020)!.band);
    expect(bandSentence('Quảng Trị', 2020, bands, 'en')).toBe(
      'In 2020, Quảng Trị had 3/8 dimensions in the top group (1, 3, 4), 4/8 dimensions in the upper-middle group (2, 6, 7, 8), 1/8 dimensions in the bottom group (5).',
    );
    expect(pointSentence(total('24'), 2015, 'en')).toMatch(
      /^2015: 36\.42 points, rank \d+\/63, no comparison with 2014 \(no data\)$/,
    );
  });
  it('says when a year was not ranked, and when a rank held', () => {
    const unranked = Array(8).fill(null);
    expect(bandSentence('Bắc Giang', 2021, unranked, 'vi')).toBe(
      'Năm 2021, Bắc Giang không được xếp hạng (thiếu số liệu).',
    );
    expect(bandSentence('Bắc Giang', 2021, unranked, 'en')).toBe('In 2021, Bắc Giang was not ranked (data missing).');
    const held = total('45').map((p) => (p.year === 2020 ? { ...p, rank: 34 } : p));
    expect(pointSentence(held, 2020, 'vi')).toContain(', giữ hạng so với 2019,');
    expect(pointSentence(held, 2020, 'en')).toContain(', same rank as 2019,');
  });
  it('finds the biggest rises and falls between consecutive ranked years only', () => {
    const { rises, falls } = biggestMoves(total('45'));
    expect(rises[0]).toEqual({ from: 2019, to: 2020, places: 28 });
    expect(falls.every((m) => m.places < 0)).toBe(true);
    // Never a move across the break: 2017 → 2018 compares two different indices.
    for (const code of ['45', '24', '22', '44']) {
      const moves = biggestMoves(total(code));
      expect([...moves.rises, ...moves.falls].some((m) => m.to === 2018)).toBe(false);
    }
    const bacGiang = biggestMoves(total('24'));
    const all = [...bacGiang.rises, ...bacGiang.falls];
    expect(all.some((m) => [2014, 2021, 2022].includes(m.to) || [2014, 2021, 2022].includes(m.from))).toBe(false);
  });
});

describe('groups over the years, in one sentence', () => {
  const years = (code: string) =>
    portal.papi.years.map((year) => ({ year, bands: dimensionBands(portal.papi, code, year) }));
  const breaks = scaleBreaks(portal.papi.framework);
  it('gives the range of top-group dimensions within each stretch, the years not ranked and the latest year', () => {
    const sentence = bandsOverYears('Bắc Giang', years('24'), breaks, 'vi');
    expect(sentence).toMatch(
      /^Số nội dung của Bắc Giang thuộc nhóm cao nhất mỗi năm: (từ \d đến \d|\d)\/6 (mỗi năm )?trong 2011–2017; (từ \d đến \d|\d)\/8 (mỗi năm )?trong 2018–2024 \(hai giai đoạn không so sánh trực tiếp được\); không xếp hạng năm 2014, 2021, 2022\. Năm 2024: /,
    );
    expect(sentence.match(/Năm/g)).toHaveLength(1);
  });
  it('counts from the groups it is given, in both languages', () => {
    const fake = [
      { year: 2016, bands: ['top', 'top', 'bottom', null, null, null] as const },
      { year: 2017, bands: ['top', 'bottom', 'bottom', null, null, null] as const },
      { year: 2018, bands: ['top', 'top', 'top', 'bottom', null, null, null, null] as const },
    ].map((y) => ({ year: y.year, bands: [...y.bands] }));
    expect(bandsOverYears('X', fake, breaks, 'vi')).toBe(
      'Số nội dung của X thuộc nhóm cao nhất mỗi năm: từ 1 đến 2/6 trong 2016–2017; 3/8 mỗi năm trong 2018 (hai giai đoạn không so sánh trực tiếp được). Năm 2018: 3/8 nội dung (1, 2, 3); xem từng năm bên dưới.',
    );
    expect(bandsOverYears('X', fake.slice(0, 1), breaks, 'en')).toBe(
      'Dimensions of X in the top group each year: 2 of 6 every year in 2016. In 2016: 2 of 6 (1, 2); see each year below.',
    );
    expect(bandsOverYears('X', [{ year: 2021, bands: Array(8).fill(null) }], breaks, 'vi')).toBe(
      'X chưa được xếp hạng năm nào.',
    );
  });
});

describe("a province's facts", () => {
  it('gathers its totals, latest result, groups that year and biggest moves', () => {
    const facts = provinceFacts(portal.papi, '45');
    expect(facts.total).toEqual(total('45'));
    expect(facts.latest?.year).toBe(2024);
    const bands2024 = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (d) => papiSeries(portal, '45', d).find((p) => p.year === 2024)!.band,
    );
    expect(facts.bands).toEqual(bands2024);
    expect(facts.moves).toEqual(biggestMoves(total('45')));
  });
});

describe('rounding notes', () => {
  const titleOf = (id: string) => `title of ${id}`;
  const score2020 = total('45').find((p) => p.year === 2020)!.score;
  it('names the document that quotes a total with another rounding, with the title it is given', () => {
    expect(roundingNotes(portal.papi, 'quang-tri', 2020, score2020, titleOf)).toEqual([
      { value: 44.78, document: 'qt-2021-cong-van-duy-tri-papi', title: 'title of qt-2021-cong-van-duy-tri-papi' },
    ]);
  });
  it('says nothing for another year, another province, no score, or a figure that rounds the same', () => {
    expect(roundingNotes(portal.papi, 'quang-tri', 2019, score2020, titleOf)).toEqual([]);
    expect(roundingNotes(portal.papi, 'quang-binh', 2020, score2020, titleOf)).toEqual([]);
    expect(roundingNotes(portal.papi, 'quang-tri', 2020, null, titleOf)).toEqual([]);
    expect(roundingNotes(portal.papi, 'quang-tri', 2020, 44.7812, titleOf)).toEqual([]);
  });
});
