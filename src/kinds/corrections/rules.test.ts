import { describe, expect, it } from 'vitest';
import { knownPages } from './pages.ts';
import { correctionRules, portalSections } from './rules.ts';
import type { Correction } from './schema.ts';

const correction = (page: string, date = '2026-12-01', change: Correction['change'] = 'corrected'): Correction => ({
  date,
  page,
  what_vi: 'Sửa',
  what_en: 'Corrected',
  change,
});

const pages = knownPages({
  documents: [{ id: 'ke-hoach', published: '2026-11-23' }],
  units: ['xa-c'],
  plans: ['ke-hoach'],
  tasks: ['nv-1'],
  communes: ['xa-c'],
});

const check = (...corrections: Correction[]) => correctionRules(corrections, pages);

describe('correctionRules', () => {
  it('accepts a withdrawn page that is gone, in a part of the portal that exists', () => {
    expect(check(correction('/van-ban/da-go/', '2026-12-01', 'withdrawn'))).toEqual([]);
    expect(check(correction('/van-ban/da-go/'))).toHaveLength(1);
    expect(check(correction('/khong-co/da-go/', '2026-12-01', 'withdrawn'))).toHaveLength(1);
  });
  it('accepts pages the portal has', () => {
    expect(
      check(
        correction('/'),
        correction('/van-ban/'),
        correction('/van-ban/ke-hoach/'),
        correction('/en/van-ban/ke-hoach/'),
        correction('/ke-hoach/ke-hoach/bao-cao/'),
        correction('/nhiem-vu/nv-1/'),
        correction('/don-vi/xa-c/'),
        correction('/cong-khai/xa-c/thu-hoi-dat/du-an/'),
        correction('/cong-khai/bang-gia-dat/'),
        correction('/papi/tinh/quang-tri/2020/'),
        correction('/du-lieu/'),
      ),
    ).toEqual([]);
  });

  it('names a page that is not there, and why', () => {
    const problems = check(
      correction('/van-ban/khac/'),
      correction('/don-vi/xa-z/'),
      correction('/cong-khai/xa-z/'),
      correction('/tin-tuc/'),
      correction('/nhiem-vu/nv-1/in/'),
    );
    expect(problems.map((p) => [p.at, p.path.join('.')])).toEqual([
      [0, 'page'],
      [1, 'page'],
      [2, 'page'],
      [3, 'page'],
      [4, 'page'],
    ]);
    expect(problems[0]!.expected.vi).toContain('không có văn bản "khac"');
    expect(problems[1]!.expected.en).toContain('there is no unit "xa-z"');
    expect(problems[3]!.expected.en).toContain('no section "/tin-tuc/"');
    expect(problems[4]!.expected.en).toContain('has no page "in/" below it');
  });

  it('a correction before the page was published', () => {
    const problems = check(
      correction('/van-ban/ke-hoach/', '2026-11-22'),
      correction('/van-ban/ke-hoach/', '2026-11-23'),
    );
    expect(problems.map((p) => [p.at, p.path.join('.')])).toEqual([[0, 'date']]);
  });

  it('does not judge pages of a family that could not all be read', () => {
    const partial = knownPages({ documents: null, units: null, plans: null, tasks: null, communes: null });
    expect(correctionRules([correction('/van-ban/khac/'), correction('/nhiem-vu/x/')], partial)).toEqual([]);
  });

  it('knows every part of the portal', () => {
    expect([...portalSections].sort()).toEqual(
      [
        'chuoi',
        'cong-khai',
        'don-vi',
        'du-lieu',
        'embed',
        'gop-y',
        'ke-hoach',
        'nguon-tin',
        'nhiem-vu',
        'nhung',
        'papi',
        'tim-kiem',
        'van-ban',
      ].sort(),
    );
  });
});
