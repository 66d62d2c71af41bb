/**
 * Honest dates: every page and dataset says when its content last changed, from the content
 * (documents' publication and update, reports, disclosures, corrections, the date in the PAPI
 * data's SOURCE.md), never the day of the build; the as-of date is labelled as what "overdue"
 * is judged by. The "what changed" page lists the changes by date, with its feed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles } from '../../scripts/lib/built-site.ts';
import { TEST_AS_OF } from '../helpers/sites.ts';
import { xmlProblem } from '../helpers/xml.ts';

const read = (site: 'quang-tri' | 'bac-ninh', path: string) =>
  readFileSync(join(inject('sites')[site].dir, path), 'utf8');
/** The footer's facts as "term: value" lines. */
const footer = (html: string) =>
  [...html.matchAll(/<div><dt>([^<]*)<\/dt><dd>([\s\S]*?)<\/dd><\/div>/g)].map(
    (m) =>
      `${m[1]}: ${m[2]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim()}`,
  );
const papiDate = () =>
  /^Cập nhật \/ Updated: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync('content/national/papi/SOURCE.md', 'utf8'))![1]!;
const vi = (iso: string) => iso.split('-').map(Number).reverse().join('/');

describe('when content last changed', () => {
  it('a document page says the day its content last changed (a correction on 1/12/2026), and what the as-of date is for', () => {
    const facts = footer(read('quang-tri', 'van-ban/huyen-2023-ke-hoach-trien-khai-165/index.html'));
    expect(facts).toContain('Nội dung trang này thay đổi lần cuối: 1/12/2026 · Những gì đã thay đổi');
    expect(facts).toContain(`Hạn, quá hạn và đúng hạn tính đến ngày: ${vi(TEST_AS_OF)} (theo cấu hình)`);
    const other = footer(read('quang-tri', 'van-ban/qt-2021-cong-van-duy-tri-papi/index.html'));
    expect(other).toContain('Nội dung trang này thay đổi lần cuối: 23/11/2026 · Những gì đã thay đổi');
  });

  it('PAPI pages and datasets give the day their SOURCE.md states', () => {
    const date = papiDate();
    expect(footer(read('quang-tri', 'papi/tinh/quang-tri/index.html'))).toContain(
      `Nội dung trang này thay đổi lần cuối: ${vi(date)} · Những gì đã thay đổi`,
    );
    const dataset = read('quang-tri', 'du-lieu/papi-2020/index.html');
    expect(dataset).toContain(`<time itemprop="dateModified" datetime="${date}">${vi(date)}</time>`);
    expect(JSON.parse(read('bac-ninh', 'du-lieu/papi-tinh-bac-giang.json')).updated).toBe(date);
  });

  it('a commune’s datasets and page give the day it last published, by the as-of date', () => {
    const json = JSON.parse(read('quang-tri', 'du-lieu/ngan-sach-xa-cam-lo-2025.json')) as { updated: string };
    expect(json.updated <= TEST_AS_OF).toBe(true);
    const page = footer(read('quang-tri', 'cong-khai/xa-cam-lo/index.html')).find((f) => f.startsWith('Nội dung'))!;
    expect(page).toMatch(/^Nội dung trang này thay đổi lần cuối: \d+\/12\/2025 /);
  });

  it('no page calls the day of the build the date of its figures', () => {
    for (const site of ['quang-tri', 'bac-ninh'] as const) {
      const { dir } = inject('sites')[site];
      for (const file of builtFiles(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, file), 'utf8');
        expect(html.includes('Số liệu tính đến ngày') || html.includes('ngày xây dựng trang'), file).toBe(false);
      }
    }
  });
});

describe('what changed', () => {
  it('lists the changes by date, newest first, corrections linked to the page they correct', () => {
    const html = read('quang-tri', 'thay-doi/index.html');
    const days = [...html.matchAll(/<h2 id="ngay-(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
    expect(days.length).toBeGreaterThan(3);
    expect(days).toEqual([...days].sort().reverse());
    expect(html).toMatch(
      /<li data-change="corrected"><strong>Đính chính:<\/strong> <a href="\/van-ban\/huyen-2023-ke-hoach-trien-khai-165\/">/,
    );
    expect(html).toMatch(/<li data-change="added"><strong>Đăng mới:<\/strong> <a href="\/van-ban\//);
    expect(html).toMatch(/<li data-change="updated"><strong>Cập nhật:<\/strong> <a href="\/papi\/">Số liệu PAPI/);
    expect(html).toContain('href="/nguon-tin/thay-doi.xml"');
    // Bắc Ninh's sample reports appear on the day they were filed.
    expect(read('bac-ninh', 'thay-doi/index.html')).toMatch(/Báo cáo tiến độ của [^<]+, 6 tháng đầu năm 2021/);
  });

  it('its feed is well-formed Atom, one entry per change, each with its own id', () => {
    const xml = read('quang-tri', 'nguon-tin/thay-doi.xml');
    expect(xmlProblem(xml)).toBeUndefined();
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat();
    const page = read('quang-tri', 'thay-doi/index.html');
    expect(entries).toHaveLength([...page.matchAll(/<li data-change=/g)].length);
    const ids = entries.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(feed.updated).toBe('2026-12-01T00:00:00+07:00');
  });
});
