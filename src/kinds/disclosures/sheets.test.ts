import { describe, expect, it } from 'vitest';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { loadPortal } from '../../portal.ts';
import { sheetPaths, sheetsOf } from './sheets.ts';

describe('notice-board sheets of a commune', () => {
  const portal = loadPortal({ contentDir: copyFixture(), asOf: '2025-12-31' });
  it('one per table the commune has rows in, with its rows only and the date it was posted', () => {
    const sheets = sheetsOf(portal, 'xa-c');
    expect(sheets.map((s) => s.sheet.key)).toEqual(['dau-tu', 'dong-gop', 'tiep-cong-dan', 'bang-gia-dat']);
    const investment = sheets[0]!;
    expect(investment).toMatchObject({ commune: 'xa-c', posted: '2025-03-15' });
    expect(investment.dataset.id).toBe('dau-tu-giam-sat-cong-dong');
    expect(investment.columns).not.toContain('xa');
    expect(investment.rows).toHaveLength(2);
    expect(investment.rows.every((r) => r.xa === portal.units.label('xa-c'))).toBe(true);
    expect(investment.sheet.page('xa-c')).toBe('/cong-khai/xa-c/#dau-tu');
    expect(sheets[3]!.sheet.page('xa-c')).toBe('/cong-khai/bang-gia-dat/#xa-c');
  });
  it('none for a commune without disclosures', () => {
    expect(sheetsOf(portal, 'xa-a')).toEqual([]);
  });
  it('links each kind of disclosure to its sheet', () => {
    expect(sheetPaths(portal, 'xa-c')).toEqual({
      investment: '/cong-khai/xa-c/in/dau-tu/',
      contributions: '/cong-khai/xa-c/in/dong-gop/',
      reception: '/cong-khai/xa-c/in/tiep-cong-dan/',
      'land-prices': '/cong-khai/xa-c/in/bang-gia-dat/',
    });
  });
});
