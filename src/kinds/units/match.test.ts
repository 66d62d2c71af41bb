import { describe, expect, it } from 'vitest';
import { foldName, matchesName } from './match.ts';

describe('foldName', () => {
  it('drops marks, folds đ and case, and squeezes spaces', () => {
    expect(foldName('  Phường  Đông Hà ')).toBe('phuong dong ha');
  });
});

describe('matchesName', () => {
  it('matches names typed without marks', () => {
    expect(matchesName('Xã Cam Lộ', 'cam lo')).toBe(true);
    expect(matchesName('Phường Đông Hà', 'dong ha')).toBe(true);
    expect(matchesName('Phường Đông Hà', 'DONG HA')).toBe(true);
    expect(matchesName('Phường Đông Hà', 'phuong dong ha')).toBe(true);
  });

  it('matches typed marks too', () => {
    expect(matchesName('Phường Đông Hà', 'Đông Hà')).toBe(true);
  });

  it('lets the last word be unfinished, the others whole', () => {
    expect(matchesName('Xã Cam Lộ', 'cam l')).toBe(true);
    expect(matchesName('Xã Cam Lộ', 'ca lo')).toBe(false);
  });

  it('matches words in order from the start of a word only', () => {
    expect(matchesName('Xã Cam Lộ', 'am lo')).toBe(false);
    expect(matchesName('Xã Cam Lộ', 'lo cam')).toBe(false);
    expect(matchesName('Phường Đông Hà', 'ha')).toBe(true);
  });

  it('matches everything when nothing is typed', () => {
    expect(matchesName('Xã Cam Lộ', '  ')).toBe(true);
  });
});
