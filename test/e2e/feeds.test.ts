/** Every feed is well-formed Atom with the required elements, and pages link their feeds. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { xmlProblem } from '../helpers/xml.ts';

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('Atom feeds', () => {
  for (const site of ['quang-tri', 'bac-ninh'] as const) {
    it(`${site}: every feed is well-formed Atom with id, title, updated, author, self link, and complete entries`, () => {
      const { dir } = inject('sites')[site];
      const feeds = filesUnder(join(dir, 'nguon-tin'), '.xml');
      expect(feeds.length).toBeGreaterThan(5);
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
      for (const file of feeds) {
        const xml = readFileSync(file, 'utf8');
        expect(xmlProblem(xml), relative(dir, file)).toBeUndefined();
        const feed = parser.parse(xml).feed;
        expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
        for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key], `${file} ${key}`).toBeTruthy();
        expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
        expect(asArray(feed.link).some((l: { rel: string }) => l.rel === 'self')).toBe(true);
        for (const entry of asArray(feed.entry)) {
          for (const key of ['id', 'title', 'updated', 'link', 'summary'])
            expect(entry[key], `${file} entry ${key}`).toBeTruthy();
        }
      }
    });
  }

  it('the site-wide feed lists the seed documents, and a unit feed lists what concerns the unit', () => {
    const { dir } = inject('sites')['quang-tri'];
    const all = readFileSync(join(dir, 'nguon-tin/tat-ca.xml'), 'utf8');
    expect(all).toContain('/van-ban/qt-2021-cong-van-duy-tri-papi/');
    // Báo Quảng Trị is named by seed 000 only.
    const unit = readFileSync(join(dir, 'nguon-tin/don-vi/bao-quang-tri-cu.xml'), 'utf8');
    expect(unit).toContain('/van-ban/qt-2021-cong-van-duy-tri-papi/');
    expect(unit).not.toContain('/van-ban/huyen-2023-ke-hoach-trien-khai-165/');
  });

  it('pages link their feeds in the head and visibly', () => {
    const { dir } = inject('sites')['quang-tri'];
    const html = readFileSync(join(dir, 'don-vi/so-noi-vu-quang-tri-cu/index.html'), 'utf8');
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/nguon-tin\/don-vi\/so-noi-vu-quang-tri-cu\.xml">/,
    );
    expect(html).toMatch(/<a href="\/nguon-tin\/tat-ca\.xml" type="application\/atom\+xml">/);
  });
});

describe('the calendar', () => {
  it('/lich.ics parses, with reporting deadlines (Bắc Ninh) and consultation windows (Quảng Trị)', async () => {
    const ICAL = (await import('ical.js')).default;
    const events = (site: 'quang-tri' | 'bac-ninh') => {
      const text = readFileSync(join(inject('sites')[site].dir, 'lich.ics'), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    };
    const bn = events('bac-ninh');
    expect(bn.length).toBeGreaterThan(0);
    expect(bn.some((e) => e.startDate.toString() === '2021-06-20')).toBe(true);
    const qt = events('quang-tri');
    expect(qt.length).toBeGreaterThan(0);
    for (const e of [...bn, ...qt]) {
      expect(e.uid).toMatch(/@/);
      expect(e.summary.length).toBeGreaterThan(0);
    }
  });
});
