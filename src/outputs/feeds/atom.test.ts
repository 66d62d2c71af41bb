import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAtom } from './atom.ts';
import { xmlProblem } from '../../../test/helpers/xml.ts';

const base = {
  self: 'https://x.example.org/nguon-tin/tat-ca.xml',
  alternate: 'https://x.example.org/',
  title: 'Cổng thử',
  subtitle: 'Mới đăng',
  author: 'Cổng thử',
  site: 'https://x.example.org',
  fallbackUpdated: '2025-12-31',
};

describe('toAtom', () => {
  it('writes well-formed Atom with the required elements, newest first', () => {
    const xml = toAtom({
      ...base,
      entries: [
        { path: '/a/', title: 'A <b>&', summary: 'Tóm tắt "A"', updated: '2025-01-02', published: '2025-01-01', topics: [], units: [], category: 'Văn bản' },
        { path: '/b/', title: 'B', summary: 'B', updated: '2025-03-01', published: '2025-03-01', topics: [], units: [], category: 'Văn bản' },
      ],
    });
    expect(xmlProblem(xml)).toBeUndefined();
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.id).toBe(base.self);
    expect(feed.updated).toBe('2025-03-01T00:00:00+07:00');
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual(['B', 'A <b>&']);
    expect(feed.entry[1].id).toBe('https://x.example.org/a/');
  });
  it('an empty feed is still valid and dated', () => {
    const xml = toAtom({ ...base, entries: [] });
    expect(xmlProblem(xml)).toBeUndefined();
    expect(new XMLParser().parse(xml).feed.updated).toBe('2025-12-31T00:00:00+07:00');
  });
});
