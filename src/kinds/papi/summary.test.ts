import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { papiSeries } from './series.ts';
import { bandSentence, biggestMoves, latestSentence, pointSentence, provinceFacts, roundingNotes } from './summary.ts';

const portal = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
const total = (code: string) => papiSeries(portal, code, 'total');

describe('sentences from the data', () => {
  it('says score, rank of n and change, as documents do', () => {
    expect(pointSentence(total('45'), 2020, 'vi', true)).toBe(
      '2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019, tăng 1,12 điểm',
    );
    expect(pointSentence(total('24'), 2020, 'vi', true)).toBe(
      '2020: 44,32 điểm, hạng 13/63, giảm 9 bậc so với 2019, giảm 1,72 điểm',
    );
    expect(pointSentence(total('24'), 2020, 'en', true)).toBe(
      '2020: 44.32 points, rank 13/63, down 9 places on 2019, down 1.72 points',
    );
  });
  it('says "no data" for a gap and does not compare across it', () => {
    expect(pointSentence(total('24'), 2021, 'vi', true)).toBe('2021: không có số liệu');
    expect(pointSentence(total('24'), 2015, 'vi', true)).toMatch(
      /^2015: 36,42 điểm, hạng \d+\/63, không so sánh được với 2014 \(không có số liệu\)$/,
    );
  });
  it('gives no change in points for totals across the 2018 break', () => {
    expect(pointSentence(total('45'), 2018, 'vi', true)).not.toMatch(/điểm$/);
  });
  it('states the latest year with data', () => {
    expect(latestSentence(total('22'), 'vi', true)).toMatch(/^2024: 47,82 điểm, hạng 1\/61/);
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
    expect(pointSentence(total('24'), 2015, 'en', true)).toMatch(
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
    expect(pointSentence(held, 2020, 'vi', true)).toContain(', giữ hạng so với 2019,');
    expect(pointSentence(held, 2020, 'en', true)).toContain(', same rank as 2019,');
  });
  it('finds the biggest rises and falls between consecutive ranked years only', () => {
    const { rises, falls } = biggestMoves(total('45'));
    expect(rises[0]).toEqual({ from: 2019, to: 2020, places: 28 });
    expect(falls.every((m) => m.places < 0)).toBe(true);
    const bacGiang = biggestMoves(total('24'));
    const all = [...bacGiang.rises, ...bacGiang.falls];
    expect(all.some((m) => [2014, 2021, 2022].includes(m.to) || [2014, 2021, 2022].includes(m.from))).toBe(false);
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
