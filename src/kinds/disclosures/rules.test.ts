import { describe, expect, it } from 'vitest';
import { keyOf, repeats, sameText, tableRow, unlikely, UNLIKELY } from './rules.ts';

describe('what the disclosures rules share', () => {
  it('compares texts as an official means them: composed form, spaces and case ignored, marks kept', () => {
    expect(sameText(' Khu  phố 1 ')).toBe(sameText('khu phố 1'));
    // "ố" typed as o + two combining marks is the same letter as the composed one.
    expect(sameText('Khu pho\u0302\u0301 1')).toBe(sameText('Khu phố 1'));
    expect(sameText('Thôn Đông')).not.toBe(sameText('Thôn Động'));
    expect(sameText(null)).toBe('');
  });
  it('keys of several texts do not run into each other', () => {
    expect(keyOf('Đường A', 'B', 'Đất ở')).not.toBe(keyOf('Đường A B', null, 'Đất ở'));
    expect(keyOf('Đường A', null, 'Đất ở')).toBe(keyOf('đường a', '', 'ĐẤT Ở'));
  });
  it('finds each entry that repeats an earlier key, with the first one', () => {
    expect(repeats(['a', 'b', 'a', 'c', 'a'], (x) => x)).toEqual([
      { index: 2, first: 0 },
      { index: 4, first: 0 },
    ]);
    expect(repeats(['a', 'a'], () => null)).toEqual([]);
  });
  it('names table rows as the file shows them and marks judgements', () => {
    expect(tableRow(0)).toBe(2);
    const e = unlikely({ vi: 'một giá thấp hơn', en: 'a lower price' });
    expect(e.vi).toBe(`một giá thấp hơn. ${UNLIKELY.vi}`);
    expect(e.en).toBe(`a lower price; ${UNLIKELY.en}`);
  });
});
