import { describe, expect, it } from 'vitest';
import { foldQuery, markStroke, searchKey, STROKE, unmarkStroke } from './fold.ts';

describe('markStroke / unmarkStroke', () => {
  it('writes đ and Đ as d/D with a combining stroke, and back', () => {
    const marked = markStroke('Đất đai – Lê Đức Thịnh');
    expect(marked).toBe(`D${STROKE}ất d${STROKE}ai – Lê D${STROKE}ức Thịnh`);
    expect(marked).not.toMatch(/[đĐ]/);
    expect(unmarkStroke(marked)).toBe('Đất đai – Lê Đức Thịnh');
  });
  it('composes decomposed input first, so no đ escapes', () => {
    const nfd = 'Đất đai'.normalize('NFD');
    expect(markStroke(nfd)).toBe(`D${STROKE}ất d${STROKE}ai`);
  });
  it('leaves a plain d alone and restores inside highlighted excerpts', () => {
    expect(markStroke('dân')).toBe('dân');
    expect(unmarkStroke(`<mark>d${STROKE}ất</mark> d${STROKE}ai`)).toBe('<mark>đất</mark> đai');
  });
});

describe('foldQuery', () => {
  it('folds đ/Đ, composes NFD input and tidies spaces', () => {
    expect(foldQuery('  đất   đai ')).toBe('dất dai');
    expect(foldQuery('1682/QĐ-UBND')).toBe('1682/QD-UBND');
    expect(foldQuery('Lê Đức Thịnh'.normalize('NFD'))).toBe('Lê Dức Thịnh');
    expect(foldQuery('hoà'.normalize('NFD'))).toBe('hòa');
  });
  it('writes both tone placements one way: hoà/hòa, thuỷ/thủy, but leaves quý and hoàn', () => {
    expect(foldQuery('Hoà Trạch')).toBe(foldQuery('Hòa Trạch'));
    expect(foldQuery('Lệ Thuỷ')).toBe('Lệ Thủy');
    expect(foldQuery('HOÁ')).toBe('HÓA');
    expect(foldQuery('khoẻ')).toBe('khỏe');
    expect(foldQuery('quý thuỳ')).toBe('quý thùy');
    expect(foldQuery('hoàn thành')).toBe('hoàn thành');
    expect(foldQuery('hòa')).toBe('hòa');
  });
});

describe('searchKey', () => {
  it('gives one key for every spelling a reader might type', () => {
    for (const s of ['Hoà', 'Hòa', 'hoa', 'HOÀ', 'Hòa'.normalize('NFD')]) expect(searchKey(s)).toBe('hoa');
    expect(searchKey('thuỷ')).toBe(searchKey('thủy'));
    expect(searchKey('HĐND')).toBe('hdnd');
    expect(searchKey(markStroke('Đức'))).toBe('duc');
  });
});
