/**
 * Content is rendered safely. A fixture instance with an attack in every text field of every
 * content kind (test/helpers/xss-fixture.ts), built and served by the global setup as a small
 * instance (every page kind, few PAPI provinces and years): on every page the payload shows as
 * text and never runs, feeds stay well-formed XML and the calendar valid iCalendar with the
 * payload (control characters included) as text, and the CSV and
 * JSON downloads keep it as data (no spreadsheet formula). Both real instances have no inline
 * script or inline event handler in any page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtFiles, samplePerKind, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { PAYLOAD } from '../helpers/xss-fixture.ts';
import { useBrowser } from '../helpers/browser.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';
import { xmlProblem } from '../helpers/xml.ts';

const browser = useBrowser();
const { dir: outDir, url, fields, status, output } = inject('xss');

beforeAll(() => {
  if (status !== 0) throw new Error(`The XSS fixture did not build:\n${output}`);
});

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const filesEnding = (ext: string) => builtFiles(outDir).filter((f) => f.endsWith(ext));

describe('an attack in every text field', () => {
  it('reaches every text field of every content kind', () => {
    const kinds = new Set(fields.map((f) => f.split(/[ /]/)[0]));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['corrections.yaml', 'documents', 'site.yaml', 'succession', 'units']),
    );
    for (const field of [
      'documents/ke-hoach-thu.md summary_vi',
      'documents/ke-hoach-thu.md signer.name',
      'units/admin.csv 1.3',
      'site.yaml name.vi',
      'corrections.yaml 0.what_vi',
    ])
      expect(fields).toContain(field);
    expect(fields.length).toBeGreaterThan(40);
  });

  it('never appears as markup in any built page', () => {
    const pages = filesEnding('.html');
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      // Inside a quoted attribute value "<" is only text (the quote is escaped), so the check
      // looks at the markup with attribute values emptied.
      const html = read(page).replace(/="[^"]*"/g, '=""');
      expect(html, page).not.toMatch(/<script>window\.__xss|<img src=x onerror|href="javascript:|src="javascript:/i);
      expect(html, page).not.toMatch(/<[a-z][^>]*\sonerror\s*=|<[a-z][^>]*\sonmouseover\s*=/i);
    }
  });

  // Every page is checked as markup above; in the browser, four pages of every kind
  // (104 pages; measured 11 s on 2 cores shared with other test runs).
  it('shows as text and never runs, on pages of every kind, in the browser', async () => {
    const page = await browser.context().newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    let shown = 0;
    for (const { path } of samplePerKind(sitemapPaths(outDir), 4)) {
      await page.goto(url + path);
      await page.mouse.move(100, 300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
      const injected = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [
          ...(el.tagName === 'SCRIPT' && !el.hasAttribute('src') ? ['inline script'] : []),
          ...[...el.attributes]
            .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
            .map((a) => `${el.tagName} ${a.name}`),
        ]),
      );
      expect(injected, path).toEqual([]);
      if ((await page.locator('body').innerText()).includes('<script>window.__xss=1</script>')) shown++;
    }
    expect(dialogs).toEqual([]);
    // The payload was really on the pages (as text), so the checks above had something to catch.
    expect(shown).toBeGreaterThan(10);
  }, 60_000);

  it('feeds stay well-formed XML with the payload as text', () => {
    const feeds = filesEnding('.xml').filter((f) => f.startsWith('/nguon-tin/'));
    expect(feeds.length).toBeGreaterThan(3);
    const parser = new XMLParser({ ignoreAttributes: false });
    let carried = 0;
    for (const feed of feeds) {
      const xml = read(feed);
      expect(xmlProblem(xml), feed).toBeUndefined();
      const tags = new Set([...xml.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
      expect(
        [...tags].filter((t) => /^(script|img|iframe|a)$/i.test(t!)),
        feed,
      ).toEqual([]);
      if (JSON.stringify(parser.parse(xml)).includes('<script>window.__xss=1</script>')) carried++;
    }
    expect(carried).toBeGreaterThan(0);
  });

  it('the calendar stays valid iCalendar with the payload as text', async () => {
    const ICAL = (await import('ical.js')).default;
    const ics = read('/lich.ics');
    // Every line ends in CRLF, is at most 75 octets, and no carriage return or line feed is bare.
    const lines = ics.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line, line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    }
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const texts = events.flatMap((e) =>
      ['summary', 'description', 'location'].map((p) => String(e.getFirstPropertyValue(p) ?? '')),
    );
    expect(texts.some((t) => t.includes('<script>window.__xss=1</script>'))).toBe(true);
    expect(texts.some((t) => t.includes('; a, b\\'))).toBe(true);
  });

  it('downloads keep the payload as data: JSON parses, CSV cells are never formulas', () => {
    // danh-muc.json is the catalogue of the datasets, not a dataset.
    const json = filesEnding('.json').filter((f) => f.startsWith('/du-lieu/') && !f.endsWith('/danh-muc.json'));
    const csv = filesEnding('.csv').filter((f) => f.startsWith('/du-lieu/'));
    expect(json.length).toBeGreaterThan(0);
    expect(csv.length).toBe(json.length);
    expect(json.some((f) => read(f).includes(JSON.stringify(PAYLOAD).slice(1, 40)))).toBe(true);
    for (const f of json) expect(() => JSON.parse(read(f)), f).not.toThrow();
    let carried = 0;
    for (const f of csv) {
      const cells = (parseCsv(read(f).replace(/^\uFEFF/, '')) as string[][]).flat();
      expect(
        cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c)),
        f,
      ).toEqual([]);
      carried += cells.filter((c) => c.includes('<script>window.__xss=1</script>')).length;
    }
    expect(carried).toBeGreaterThan(0);
  });
});

for (const site of Object.keys(INSTANCES) as InstanceName[]) {
  it(`${site}: no page has an inline script or an inline event handler`, () => {
    const dir = inject('sites')[site].dir;
    const pages = builtFiles(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const offending: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? [])
        if (!/\ssrc=/.test(tag)) offending.push(`${page}: ${tag}`);
      for (const tag of html.match(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi) ?? []) offending.push(`${page}: ${tag}`);
      if (/(href|src)="javascript:/i.test(html)) offending.push(`${page}: javascript: URL`);
    }
    expect(offending).toEqual([]);
  });
}
