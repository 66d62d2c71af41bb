import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionOf, shareSections } from './sections.ts';

describe('share sections', () => {
  it('every section has its preview picture', () => {
    for (const s of shareSections)
      expect(existsSync(new URL(`../../public/og/${s.id}.png`, import.meta.url)), s.id).toBe(true);
  });
  it('a page belongs to the section with the longest matching prefix', () => {
    expect(sectionOf('/van-ban/abc/').id).toBe('van-ban');
    expect(sectionOf('/').id).toBe('trang-chu');
    expect(sectionOf('/nguon-tin/').id).toBe('trang-chu');
  });
});
