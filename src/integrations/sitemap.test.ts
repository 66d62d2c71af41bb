import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPaths, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
  it('keeps pages of both languages, drops downloads and the 404 page', () => {
    expect(sitemapPaths(['', 'en/', 'van-ban/a/', 'du-lieu/don-vi.csv', '404', 'en/404/', 'van-ban/a/'])).toEqual([
      '',
      'en/',
      'van-ban/a/',
    ]);
  });
  it('writes absolute addresses, escaped', () => {
    const xml = sitemapXml('https://x.example.vn', ['', 'van-ban/a&b/']);
    expect(xml).toContain('<loc>https://x.example.vn/</loc>');
    expect(xml).toContain('<loc>https://x.example.vn/van-ban/a&amp;b/</loc>');
  });
  it('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://x.example.vn')).toContain('Sitemap: https://x.example.vn/sitemap.xml');
    // While the portal's address is to be filled there is no sitemap, and robots.txt names none.
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
  });
});
