import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, toAtom } from './atom.ts';
import { xmlProblem } from '../../../test/helpers/xml.ts';

/** Well-formed XML 1.0, as a feed reader's parser requires (the shared strict check). */
const wellFormed = (xml: string) => xmlProblem(xml) === undefined;

const base = {
  self: 'https://x.example.org/nguon-tin/tat-ca.xml',
  alternate: 'https://x.example.org/',
  title: 'Cổng thử',
  subtitle: 'Mới đăng',
  author: 'Cổng thử',
  site: 'https://x.example.org',
  instance: 'thu',
  fallbackUpdated: '2025-12-31',
};

describe('toAtom', () => {
  it('writes well-formed Atom with the required elements, newest first', () => {
    const xml = toAtom({
      ...base,
      entries: [
        {
          path: '/a/',
          title: 'A <b>&',
          summary: 'Tóm tắt "A"',
          updated: '2025-01-02',
          published: '2025-01-01',
          topics: [],
          units: [],
          category: 'Văn bản',
        },
        {
          path: '/b/',
          title: 'B',
          summary: 'B',
          updated: '2025-03-01',
          published: '2025-03-01',
          topics: [],
          units: [],
          category: 'Văn bản',
        },
      ],
    });
    expect(wellFormed(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.id).toBe(base.self);
    expect(feed.updated).toBe('2025-03-01T00:00:00+07:00');
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual(['B', 'A <b>&']);
    expect(feed.entry[1].id).toBe('https://x.example.org/a/');
  });
  it('an empty feed is still valid and dated', () => {
    const xml = toAtom({ ...base, entries: [] });
    expect(wellFormed(xml)).toBe(true);
    expect(new XMLParser().parse(xml).feed.updated).toBe('2025-12-31T00:00:00+07:00');
  });
});

/** Every character that could break a feed: controls, non-characters, a bare CR, and XML's own. */
const NASTY = 'A\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 \r \r\n ; , \\ < > & " \' ]]> z';

describe('escapeXml', () => {
  it('escapes the five XML characters and drops the ones XML forbids', () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\uDC00g\uD83D\uDE00h\tj\nk')).toBe(
      'abcdefg\uD83D\uDE00h\tj\nk',
    );
  });
  it('keeps a feed well-formed when every text holds control characters and markup', () => {
    const xml = toAtom({
      ...base,
      title: NASTY,
      subtitle: NASTY,
      author: NASTY,
      entries: [
        {
          path: '/a/',
          title: NASTY,
          summary: NASTY,
          updated: '2025-01-02',
          published: '2025-01-01',
          topics: [],
          units: [],
          category: NASTY,
        },
      ],
    });
    expect(wellFormed(xml)).toBe(true);
    for (const broken of ['<a>&</a>', '<a><b></a></b>', '<a x="<">y</a>', '<a>1</a><b/>', '<a>x'])
      expect(wellFormed(broken)).toBe(false);
    expect(wellFormed('<a x="&amp;"><b/>t &lt; u</a>')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    const feed = new XMLParser({ ignoreAttributes: false, trimValues: false }).parse(xml).feed;
    // XML parsers read every line end, a bare CR included, as a line feed.
    const kept = 'A \n \n ; , \\ < > & " \' ]]> z';
    expect(feed.title).toBe(kept);
    expect(feed.entry.summary['#text']).toBe(kept);
    expect(feed.entry.category['@_term']).toBe(kept);
  });
});

describe('toAtom while the portal has no address of its own (site_url to be filled)', () => {
  it('writes relative links, and absolute ids that are stable UUIDs, not a made-up domain', () => {
    const entry = {
      path: '/van-ban/a/',
      title: 'A',
      summary: 'A',
      updated: '2025-01-02',
      published: '2025-01-01',
      topics: [],
      units: [],
      category: 'Văn bản',
    };
    const feed = { ...base, self: '/nguon-tin/tat-ca.xml', alternate: '/', site: null, entries: [entry] };
    const xml = toAtom(feed);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="/van-ban/a/"/>');
    const ids = [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toAtom(feed)).toBe(xml);
    expect(toAtom({ ...feed, instance: 'khac' })).not.toBe(xml);
    expect(xml).not.toMatch(/example|href="https?:/);
  });
});
