import { describe, expect, it } from 'vitest';
import { fallbackOnly, mergeHits, MAX_VARIANTS, queryVariants, standsTogether } from './variants.ts';

const dictionary = [
  { abbr: 'UBND', full: 'Ủy ban nhân dân' },
  { abbr: 'HĐND', full: 'Hội đồng nhân dân' },
  { abbr: 'CBCCVC', full: 'cán bộ, công chức, viên chức' },
  { abbr: 'KT-XH', full: 'kinh tế - xã hội' },
];

describe('queryVariants', () => {
  it('writes an abbreviation out, whatever its case or đ', () => {
    expect(queryVariants('ubnd xa', dictionary)).toEqual(['ubnd xa', 'Ủy ban nhân dân xa']);
    expect(queryVariants('HĐND tỉnh', dictionary)).toEqual(['HDND tỉnh', 'Hội dồng nhân dân tỉnh']);
    expect(queryVariants('hdnd', dictionary)).toEqual(['hdnd', 'Hội dồng nhân dân']);
  });
  it('abbreviates a written-out name typed with or without diacritics', () => {
    expect(queryVariants('uy ban nhan dan tinh', dictionary)).toEqual(['uy ban nhan dan tinh', 'UBND tinh']);
    expect(queryVariants('Ủy ban nhân dân', dictionary)).toEqual(['Ủy ban nhân dân', 'UBND']);
    expect(queryVariants('uỷ ban nhân dân'.normalize('NFD'), dictionary)[1]).toBe('UBND');
    expect(queryVariants('can bo cong chuc vien chuc', dictionary)).toEqual(['can bo cong chuc vien chuc', 'CBCCVC']);
    expect(queryVariants('kinh te - xa hoi', dictionary)).toEqual(['kinh te - xa hoi', 'KT-XH']);
  });
  it('replaces several abbreviations one at a time, then all at once', () => {
    expect(queryVariants('ubnd hdnd', dictionary)).toEqual([
      'ubnd hdnd',
      'Ủy ban nhân dân hdnd',
      'ubnd Hội dồng nhân dân',
      'Ủy ban nhân dân Hội dồng nhân dân',
    ]);
  });
  it('never searches more than a few spellings', () => {
    expect(queryVariants('ubnd hdnd cbccvc kt-xh', dictionary)).toHaveLength(MAX_VARIANTS);
  });
  it('leaves document numbers and words that only contain an abbreviation alone', () => {
    expect(queryVariants('1682/QĐ-UBND', dictionary)).toEqual(['1682/QD-UBND']);
    expect(queryVariants('ubndx', dictionary)).toEqual(['ubndx']);
    expect(queryVariants('   ', dictionary)).toEqual([]);
  });
});

describe('standsTogether', () => {
  it('is true when the words follow each other in the order typed', () => {
    // "lê" at 144, "thanh" at 145, "bình" at 146
    expect(
      standsTogether([
        [3, 144, 900],
        [7, 145],
        [146, 2000],
      ]),
    ).toBe(true);
  });
  it('is false when the words are scattered, or side by side in another order', () => {
    expect(standsTogether([[1], [7], [19]])).toBe(false);
    // "bắc giang bắc giang" is no "papi bắc giang 2021"
    expect(standsTogether([[40], [1, 3], [2, 4], [90]])).toBe(false);
    expect(standsTogether([[2], [1]])).toBe(false);
  });
  it('is true for one word', () => {
    expect(standsTogether([[5]])).toBe(true);
  });
});

describe('mergeHits', () => {
  it('keeps each page once, at its best over the spellings', () => {
    const merged = mergeHits([
      {
        variant: 'ubnd',
        hits: [
          { id: 'a', score: 1, together: true },
          { id: 'b', score: 3, together: true },
        ],
      },
      {
        variant: 'Ủy ban nhân dân',
        hits: [
          { id: 'a', score: 20, together: true },
          { id: 'c', score: 4, together: true },
        ],
      },
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });
  it('puts pages where the words stand together before pages with a higher score', () => {
    const merged = mergeHits([
      {
        variant: 'le thanh binh',
        hits: [
          { id: 'unit-le-thuy', score: 9.8, together: false },
          { id: 'document-signed', score: 1.7, together: true },
        ],
      },
    ]);
    expect(merged.map((h) => h.id)).toEqual(['document-signed', 'unit-le-thuy']);
  });
  it('ranks a page by its weakest word when each word was searched alone', () => {
    const merged = mergeHits([
      {
        variant: 'ho ngheo',
        hits: [
          { id: 'ho-chi-minh-table', score: 9, together: true, weakest: 0.2 },
          { id: 'plan-on-poor-households', score: 4, together: true, weakest: 1.5 },
        ],
      },
    ]);
    expect(merged.map((h) => h.id)).toEqual(['plan-on-poor-households', 'ho-chi-minh-table']);
  });
  it('divides by the number of words, so an abbreviation competes with its long form', () => {
    // "CCHC" scores 8 on one word; "cải cách hành chính" 12 on four words (3 a word).
    const merged = mergeHits([
      { variant: 'CCHC', hits: [{ id: 'plan', score: 8, together: true }] },
      { variant: 'cải cách hành chính', hits: [{ id: 'office', score: 12, together: true }] },
    ]);
    expect(merged.map((h) => h.id)).toEqual(['plan', 'office']);
  });
});

describe('fallbackOnly: a result Pagefind gave for a shorter word the typed one starts with', () => {
  it('is one when every highlight is a shorter beginning of a typed word ("Si" for "sipas", "U" for "UBND")', () => {
    expect(fallbackOnly('Huyện <mark>Si</mark> Ma Cai. Đơn vị cấp huyện', ['sipas'])).toBe(true);
    expect(fallbackOnly('Huyện <mark>U</mark> Minh', ['UBND'])).toBe(true);
  });
  it('is not when a highlight is the typed word or starts with it, with or without marks and đ', () => {
    expect(fallbackOnly('chỉ số PAR Index, PAPI và <mark>SIPAS</mark>', ['sipas'])).toBe(false);
    expect(fallbackOnly('giao <mark>d\u0335ất</mark> <mark>d\u0335ai</mark>', ['dat', 'dai'])).toBe(false);
    expect(fallbackOnly('danh sách <mark>hộ</mark> <mark>nghèo</mark>', ['ho', 'nghe'])).toBe(false);
    expect(fallbackOnly('Quyết định số <mark>1682/QĐ-UBND</mark> ngày', ['1682/QD-UBND'])).toBe(false);
    // One real highlight is enough, even beside a shorter one.
    expect(fallbackOnly('<mark>U</mark> Minh, <mark>UBND</mark> xã', ['UBND'])).toBe(false);
  });
  it('keeps a result with no highlight (a match in its title)', () => {
    expect(fallbackOnly('Đơn vị cấp huyện', ['sipas'])).toBe(false);
  });
});
