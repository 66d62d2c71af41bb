/**
 * A province the repository does not carry, from `npm run new-instance` to a served site: Lào Cai,
 * formed on 1/7/2025 from Lào Cai (code 10) and Yên Bái (15), its own code 15 being Yên Bái's old
 * one. Built by the global setup beside the two instances (generated-instance.ts: the generated
 * folder plus a sample plan of the new province and one ward's reception schedule). Every figure
 * and name it shows must be its own: each former province's PAPI under its own name (compared with
 * content/national/papi/results.csv), its own resolution, its own reception days and document number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../../src/base/format.ts';
import { runSearch } from '../../scripts/lib/search-queries.ts';
import { useBrowser } from '../helpers/browser.ts';
import { GENERATED_COMMUNE, GENERATED_PLAN, generatedExpectations } from '../helpers/generated-instance.ts';

const browser = useBrowser();
const expected = generatedExpectations();
const site = () => inject('generated');
const file = (path: string) => readFileSync(join(site().dir, path), 'utf8');
const [laoCai, yenBai] = expected.formers as [(typeof expected.formers)[0], (typeof expected.formers)[0]];
/** A score as the pages write it: 2 decimals, a decimal comma. */
const shown = (code: string, year: number, measure: string) =>
  formatNumber(expected.score(code, year, measure)!, 'vi', 2);

describe('the generated instance builds', () => {
  it('from the folder new-instance wrote, saying what is left for the province to fill', () => {
    const { status, output, newInstanceSeconds, buildSeconds } = site();
    expect(status, output).toBe(0);
    expect(output).toMatch(/site\.yaml: 7 mục cần tỉnh điền/);
    expect(output).toMatch(/- site_url: /);
    console.log(`new-instance ${newInstanceSeconds.toFixed(1)} s; build ${buildSeconds.toFixed(0)} s`);
  });

  it('with no made-up address: no canonical link, no sitemap, and says what the province has not given yet', async () => {
    expect(existsSync(join(site().dir, 'sitemap.xml'))).toBe(false);
    expect(file('robots.txt')).not.toMatch(/Sitemap/);
    const page = await browser.open('generated', '/');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    expect(await page.locator('meta[property="og:image"]').count()).toBe(0);
    const footer = await page.locator('.site-footer__facts').innerText();
    expect(footer).toMatch(/Giấy phép dữ liệu\s+chưa cung cấp/);
    expect(footer).toMatch(/Liên hệ\s+Cổng chưa công bố cơ quan phụ trách và cách liên hệ\./);
    expect(await page.locator('.site-header__province').innerText()).toBe('Tỉnh Lào Cai');
    expect(file('index.html')).not.toMatch(/example\.(org|vn)|Quảng Trị|Bắc Ninh/);
  });
});

describe("its PAPI: each former province's scores under its own name, never merged", () => {
  it('on /papi/: Lào Cai and Yên Bái side by side, each with its own 2024 total', async () => {
    const page = await browser.open('generated', '/papi/');
    for (const p of [laoCai, yenBai]) {
      const section = page.locator(`section[aria-labelledby="tinh-${p.slug}"]`);
      expect(await section.locator('h3').innerText()).toBe(p.name_vi);
      expect(await section.locator('p').first().innerText()).toContain(`2024: ${shown(p.code, 2024, 'total')} điểm`);
    }
    expect(shown('10', 2024, 'total')).not.toBe(shown('15', 2024, 'total'));
  });

  it('on the chain page: the plan of the new province shows both former provinces’ scores, each named', async () => {
    const page = await browser.open('generated', '/chuoi/8/');
    expect(await page.locator('.notice--sample').count()).toBeGreaterThan(0);
    for (const p of [laoCai, yenBai]) {
      const block = page.locator(`dl.chain-scores[data-province="${p.slug}"]`);
      const before = await block.locator('dd[data-key="before"]').innerText();
      expect(before.startsWith(`2024: ${shown(p.code, 2024, 'd8')} `), before).toBe(true);
      expect(before).toContain(`— ${p.name_vi}`);
      expect(await block.locator('dd[data-key="after"]').innerText()).toBe('2025: không có số liệu');
    }
    expect(await page.locator('dl.chain-scores').count()).toBe(2);
    expect(await page.locator('main').innerText()).toContain('được hợp thành từ 2 tỉnh cũ');
  });
});

describe('its units and the reorganisation, from its own data', () => {
  it('the new province lists its former provinces; a former district its successors, with its own resolution', async () => {
    const page = await browser.open('generated', '/don-vi/tinh-lao-cai/');
    expect(await page.locator('section[aria-labelledby="predecessors"] a').allTextContents()).toEqual([
      'Tỉnh Lào Cai (đến 30/6/2025)',
      'Tỉnh Yên Bái',
    ]);
    const district = await browser.open('generated', '/don-vi/huyen-bat-xat/');
    const successors = district.locator('section[aria-labelledby="successors"]');
    expect(await successors.innerText()).toContain(expected.resolution.number);
    expect(await successors.getByRole('link', { name: 'Xã Bát Xát' }).count()).toBe(1);
  });

  it("the reorganisation dataset, its embed and the catalogue cite Lào Cai's resolution, never another province's", async () => {
    const json = JSON.parse(file('du-lieu/sap-xep-2025.json')) as { source: { vi: string }; licence: unknown };
    expect(json.source.vi).toContain(expected.resolution.number);
    expect(json.source.vi).not.toMatch(/1680|1658/);
    expect(json.licence).toBeNull();
    const catalogue = JSON.parse(file('du-lieu/danh-muc.json')) as {
      'dcat:dataset': { 'dct:identifier': string; 'dct:source': string; 'dct:license'?: string }[];
    };
    const entry = catalogue['dcat:dataset'].find((d) => d['dct:identifier'] === 'sap-xep-2025')!;
    expect(entry['dct:source']).toContain(expected.resolution.number);
    expect(entry['dct:license']).toBeUndefined();
    const embed = await browser.open('generated', '/embed/sap-xep-2025/');
    const text = await embed.locator('main').innerText();
    expect(text).toContain(expected.resolution.number);
    expect(text).not.toMatch(/1680|1658/);
  });
});

describe('its calendar and search', () => {
  it("/lich.ics has the ward's reception days, repeating, and no made-up address", () => {
    const text = file('lich.ics');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.uid.startsWith(`tiep-cong-dan/${GENERATED_COMMUNE}/`));
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.uid).toMatch(/@lao-cai$/);
      expect(e.isRecurring()).toBe(true);
      // The ward's name as the portal labels it: "Phường Lào Cai (Tỉnh Lào Cai)", apart from the former ward of that name.
      expect(e.summary).toMatch(/^\[Dữ liệu minh họa\] Tiếp công dân: (Phó )?Chủ tịch UBND phường – Phường Lào Cai\b/);
    }
    const next = events.map((e) => {
      const it = e.iterator();
      return [it.next()!.toString(), it.next()!.toString()];
    });
    expect(next.sort()).toEqual([
      ['2025-07-03T07:30:00', '2025-07-10T07:30:00'],
      ['2025-07-10T13:30:00', '2025-07-25T13:30:00'],
    ]);
    expect(text).not.toMatch(/^URL:/m);
  });

  it("the search page's example is its own document's number, and search finds it", async () => {
    const page = await browser.open('generated', '/tim-kiem/');
    const hint = await page.locator('#search-hint').innerText();
    expect(hint).toContain('90/KH-UBND');
    expect(hint).not.toContain('1682');
    const results = await runSearch(await browser.context().newPage(), site().url, '90/KH-UBND', 'vi');
    // The document, among the first (its issuer's page lists it with its number too).
    expect(results.slice(0, 3).map((r) => r.url)).toContain(`/van-ban/${GENERATED_PLAN}/`);
    const byName = await runSearch(await browser.context().newPage(), site().url, 'yen bai', 'vi');
    expect(byName.map((r) => r.url)).toContain('/don-vi/tinh-yen-bai/');
  });

  it('the sample document and its tasks say "dữ liệu minh họa" on their pages and in the lists', async () => {
    for (const path of [
      `/van-ban/${GENERATED_PLAN}/`,
      `/ke-hoach/${GENERATED_PLAN}/`,
      '/nhiem-vu/lc2025-1/',
      '/nhiem-vu/',
    ]) {
      const page = await browser.open('generated', path);
      expect(await page.locator('[data-sample]').first().innerText(), path).toMatch(/^Dữ liệu minh họa\. /);
    }
    const list = await browser.open('generated', '/van-ban/');
    expect(await list.locator('.item-list li').first().innerText()).toContain('(dữ liệu minh họa)');
  });
});
