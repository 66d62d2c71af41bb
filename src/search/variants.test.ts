import { describe, expect, it } from 'vitest';
import { mergeHits, MAX_VARIANTS, queryVariants } from './variants.ts';

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
    expect(queryVariants('ubnd hdnd', dictionary)).toEqual(['ubnd hdnd', 'Ủy ban nhân dân hdnd', 'ubnd Hội dồng nhân dân', 'Ủy ban nhân dân Hội dồng nhân dân']);
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

describe('mergeHits', () => {
  it('keeps each page once at its best score, best first', () => {
    const merged = mergeHits([
      [{ id: 'a', score: 1 }, { id: 'b', score: 3 }],
      [{ id: 'a', score: 5 }, { id: 'c', score: 2 }],
    ]);
    expect(merged).toEqual([{ id: 'a', score: 5 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }]);
  });
});
