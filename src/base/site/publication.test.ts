import { describe, expect, it } from 'vitest';
import { hubPublicationRules, isPlaceholderAddress, publicationRules } from './publication.ts';

describe('isPlaceholderAddress', () => {
  it.each([
    'https://example.org',
    'https://example.com/',
    'https://example.net/cong/',
    'https://quangtri.minhbach.example.org',
    'https://minhbach.example.vn',
    'https://example.vn',
    'https://cong.example.com.vn',
    'https://EXAMPLE.ORG.',
    'https://portal.test',
    'https://portal.invalid',
    'https://localhost',
    'https://localhost:4321/',
    'https://cong.localhost',
    'https://may-chu.local',
    'https://127.0.0.1',
    'https://10.0.0.12/cong/',
    'https://[::1]/',
    'https://intranet',
    'http://quangtri.gov.vn',
    'quangtri.gov.vn',
    '',
  ])('%s is not a publishable address', (address) => {
    expect(isPlaceholderAddress(address)).toBe(true);
  });

  it.each([
    'https://quangtri.gov.vn',
    'https://minhbach.quangtri.gov.vn/',
    'https://cong.bacninh.gov.vn/minh-bach/',
    'https://examples.vn',
    'https://counterexample.org',
  ])('%s is publishable', (address) => {
    expect(isPlaceholderAddress(address)).toBe(false);
  });
});

describe('publicationRules', () => {
  it('stops a publication build without an address, or with an example one, at site_url', () => {
    for (const site_url of [null, 'https://quangtri.minhbach.example.org', 'http://quangtri.gov.vn']) {
      const problems = publicationRules({ site_url, demonstration: false });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.path).toEqual(['site_url']);
      expect(problems[0]!.expected.vi).toContain('https://');
      expect(problems[0]!.expected.en).toContain('demonstration: true');
    }
  });

  it('accepts a publication build with a real address', () => {
    expect(publicationRules({ site_url: 'https://minhbach.quangtri.gov.vn', demonstration: false })).toEqual([]);
  });

  it('lets a demonstration have no address, but never an example one that pages would show', () => {
    expect(publicationRules({ site_url: null, demonstration: true })).toEqual([]);
    expect(publicationRules({ site_url: 'https://x.example.org', demonstration: true })).toHaveLength(1);
  });

  it('names each example portal of a hub built for publication, and lets a demonstration hub list them', () => {
    const portals = { 'quang-tri': 'https://quangtri.example.org', 'bac-ninh': null, 'ha-noi': 'https://hanoi.gov.vn' };
    const problems = hubPublicationRules({ site_url: 'https://minhbach.gov.vn', demonstration: false, portals });
    expect(problems.map((p) => p.path)).toEqual([['portals', 'quang-tri']]);
    expect(hubPublicationRules({ site_url: null, demonstration: true, portals })).toEqual([]);
  });
});
