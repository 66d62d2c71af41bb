import { describe, expect, it } from 'vitest';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { loadPortal } from '../../portal.ts';
import { publicationsOf } from './model.ts';

describe('what a commune published', () => {
  const portal = loadPortal({ contentDir: copyFixture(), asOf: '2025-12-31' });
  const publications = publicationsOf(portal.disclosures[0]!, portal.asOf);
  const pathOf = (kind: string) => publications.find((p) => p.kind === kind)?.path;
  it('leads each kind of publication to where the page shows it', () => {
    expect(pathOf('budget-estimate')).toBe('/cong-khai/xa-c/ngan-sach/2025/');
    expect(pathOf('poor-households')).toBe('/cong-khai/xa-c/#ho-ngheo');
    expect(pathOf('land-prices')).toBe('/cong-khai/bang-gia-dat/#xa-c');
    expect(pathOf('investment')).toBe('/cong-khai/xa-c/#dau-tu');
    expect(pathOf('contributions')).toBe('/cong-khai/xa-c/#dong-gop');
    expect(pathOf('reception')).toBe('/cong-khai/xa-c/#tiep-cong-dan');
  });
  it('counts the reception schedule only while one is in force', () => {
    expect(publicationsOf(portal.disclosures[0]!, '2025-06-30').some((p) => p.kind === 'reception')).toBe(false);
  });
});
