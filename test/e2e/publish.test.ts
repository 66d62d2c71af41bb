/**
 * The page for those who publish (/dang-tai/), in Chromium at 360 px: a file made with the
 * template writer from the instance's content, and bad ones (a wrong number, a missing
 * required cell, a bad line code), checked in the page with the browser context offline once
 * the page has loaded — and not one request leaves the page; the page without JavaScript; axe;
 * the templates' download links, read back by the importer; the footer link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { fillTemplate, headerRow, workbook } from '../../scripts/import/sheets/workbooks.ts';
import { folderFiles } from '../../src/base/content/folder.ts';
import type { ContentSnapshot } from '../../src/base/sheets/check.ts';
import { readWorkbook } from '../../src/base/sheets/grid.ts';
import { importWorkbook, openWorkbook } from '../../src/base/sheets/importer.ts';
import { LISTS_SHEET, recogniseForm } from '../../src/base/sheets/read.ts';
import { snapshotFiles } from '../../src/base/sheets/check.ts';
import { writeTemplate } from '../../src/base/sheets/template.ts';
import { contentSecurityPolicy } from '../../src/integrations/headers.ts';
import { allForms } from '../../src/portal.ts';
import { axeCheck } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';

const browser = useBrowser();
const noScript = useBrowser({ javaScript: false });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the page checks against: the file the build wrote beside it. */
const snapshotOf = (site: InstanceName): ContentSnapshot =>
  JSON.parse(readFileSync(join(inject('sites')[site].dir, 'dang-tai/kiem-tra.json'), 'utf8')) as ContentSnapshot;

/** A commune's budget as the content has it, written by the template writer (as `npm run templates -- --filled`). */
async function budgetFile(site: InstanceName) {
  const lists = snapshotOf(site).lists;
  const form = allForms.find((f) => f.key === 'ngan-sach')!;
  const filled = form.fromContent(folderFiles(INSTANCES[site]), lists)[0]!;
  const bytes = await writeTemplate(form, lists, filled);
  return { name: `${filled.name}.xlsx`, bytes, filled, header: await headerRow(bytes, 'Ngân sách', 'STT') };
}

/**
 * The page as a host serves it, with the Content-Security-Policy the build writes for it
 * (`_headers`: no inline script or style, no eval), ready to check (its script and data
 * loaded), then offline; every request from then on is kept, and every console error.
 */
async function openOffline(site: InstanceName, path: string, options: { policy?: boolean } = {}) {
  const page = await browser.context().newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // axe, injected from another address, needs the page without its policy.
  if (options.policy ?? true)
    await page.route(/\/dang-tai\/$/, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': contentSecurityPolicy([]) };
      await route.fulfill({ response, headers });
    });
  const response = await page.goto(inject('sites')[site].url + path);
  expect(response?.status()).toBe(200);
  await page.locator('form[data-ready="true"]').waitFor();
  await browser.context().setOffline(true);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests, errors };
}

async function online(page: Page) {
  await browser.context().setOffline(false);
  await page.close();
}

async function pick(page: Page, name: string, bytes: Uint8Array) {
  await page.setInputFiles('#tep', { name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
  await page.locator('#ket-qua', { hasText: name }).waitFor();
}

/** Drops a file on the box, as dragging it from the desktop does. */
async function drop(page: Page, name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ name, data, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      const box = document.querySelector('[data-drop]')!;
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes], type: XLSX_TYPE },
  );
  await page.locator('#ket-qua', { hasText: name }).waitFor();
}

// A test that fails offline leaves the next one online.
afterEach(() => browser.context().setOffline(false));

const problems = (page: Page) => page.locator('.publish-problems > li').allInnerTexts();

describe('the check before sending, offline once the page has loaded', () => {
  it('a good file (the template writer, filled from the content): no problems found, and its rows per table', async () => {
    const file = await budgetFile('quang-tri');
    const { page, requests, errors } = await openOffline('quang-tri', '/dang-tai/');
    await pick(page, file.name, file.bytes);
    const result = await page.locator('[data-check-result]').innerText();
    expect(result).toContain('Không thấy lỗi nào.');
    expect(result).toContain('Mẫu: Ngân sách xã.');
    expect(result).toContain(
      `trang tính "Ngân sách" (CÔNG KHAI NGÂN SÁCH XÃ): ${file.filled.tables.lines!.length} dòng`,
    );
    expect(result).toContain(
      `trang tính "Công bố" (CÁC GIAI ĐOẠN ĐÃ CÔNG BỐ): ${file.filled.tables.stages!.length} dòng`,
    );
    expect(result).toContain('Không thay đổi gì');
    expect(await problems(page)).toEqual([]);
    // Focus moves to the result, for a keyboard and a screen reader.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua');
    expect(await page.locator('[data-check-status]').textContent()).toContain(`Đã kiểm tra xong tệp ${file.name}`);
    expect(requests).toEqual([]);
    // Nothing the policy refused, nothing thrown.
    expect(errors).toEqual([]);
    await online(page);
  });

  it('a bad file: a wrong number and a missing required cell, then a bad line code dropped on the page: each at its cell', async () => {
    const file = await budgetFile('quang-tri');
    const h = file.header;
    const bad = await fillTemplate(file.bytes, { 'Ngân sách': { [`C${h + 2}`]: '1,234,567', [`B${h + 3}`]: null } });
    const { page, requests } = await openOffline('quang-tri', '/dang-tai/');
    await pick(page, 'sai-so.xlsx', bad);
    const result = await page.locator('[data-check-result]').innerText();
    expect(result).toContain('Có 2 lỗi cần sửa.');
    const found = await problems(page);
    expect(found).toHaveLength(2);
    // In the order of the file: row by row.
    expect(found[0]).toContain(`Trang tính "Ngân sách", ô C${h + 2}`);
    expect(found[0]).toContain('"1,234,567"');
    expect(found[0]).toMatch(/Cần có\s+một số viết kiểu Việt Nam/);
    expect(found[1]).toContain(`Trang tính "Ngân sách", ô B${h + 3}`);
    expect(found[1]).toMatch(/Trường\s+Nội dung/);

    const code = await fillTemplate(file.bytes, { 'Ngân sách': { [`A${h + 2}`]: '§1' } });
    await drop(page, 'sai-ma.xlsx', code);
    const codeProblems = await problems(page);
    expect(codeProblems.length).toBeGreaterThan(0);
    expect(codeProblems[0]).toContain(`Trang tính "Ngân sách", ô A${h + 2}`);
    expect(codeProblems[0]).toContain('STT');
    expect(codeProblems[0]).toContain('"§1"');
    expect(requests).toEqual([]);
    await online(page);
  });

  it('in English at /en/dang-tai/: the same cells, in English', async () => {
    const file = await budgetFile('quang-tri');
    const bad = await fillTemplate(file.bytes, { 'Ngân sách': { [`C${file.header + 2}`]: '1,234,567' } });
    const { page, requests } = await openOffline('quang-tri', '/en/dang-tai/');
    await pick(page, 'wrong.xlsx', bad);
    expect(await page.locator('[data-check-result]').innerText()).toContain('1 problem to correct.');
    const [problem] = await problems(page);
    expect(problem).toContain(`Sheet "Ngân sách", cell C${file.header + 2}`);
    expect(problem).toMatch(/Expected\s+a number/);
    expect(requests).toEqual([]);
    await online(page);
  });

  it('a file that is no spreadsheet, and a table of no form, are named as such', async () => {
    const { page, requests } = await openOffline('quang-tri', '/dang-tai/');
    await pick(page, 'ghi-chu.xlsx', new TextEncoder().encode('Thôn,Số hộ\nThôn 1,3\n'));
    expect((await problems(page))[0]).toContain('không đọc được như một bảng tính');
    const other = workbook(
      [
        {
          name: 'Sheet1',
          rows: [
            ['Họ tên', 'Tuổi'],
            ['A', 1],
          ],
        },
      ],
      'xls',
    );
    await pick(page, 'danh-sach.xls', other);
    const [problem] = await problems(page);
    expect(problem).toContain('(mẫu / form)');
    expect(problem).toContain('không nhận ra bảng thuộc mẫu nào');
    expect(requests).toEqual([]);
    await online(page);
  });

  it('Bắc Ninh checks against its own communes', async () => {
    const file = await budgetFile('bac-ninh');
    const { page, requests } = await openOffline('bac-ninh', '/dang-tai/');
    await pick(page, file.name, file.bytes);
    expect(await page.locator('[data-check-result]').innerText()).toContain('Không thấy lỗi nào.');
    const communes = await page.locator('#xa-phuong option').allTextContents();
    expect(communes).toContain(file.filled.fields.commune);
    expect(snapshotOf('bac-ninh').lists.communes.map((c) => c.name)).not.toEqual(
      snapshotOf('quang-tri').lists.communes.map((c) => c.name),
    );
    expect(requests).toEqual([]);
    await online(page);
  });
});

describe('the templates', () => {
  for (const site of Object.keys(INSTANCES) as InstanceName[]) {
    it(`${site}: every form has a download link that answers with the template, which the importer reads back`, async () => {
      const { url } = inject('sites')[site];
      const snapshot = snapshotOf(site);
      const page = await browser.open(site, '/dang-tai/');
      const links = await page
        .locator('.publish-forms a[download]')
        .evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
      await page.close();
      expect(links).toEqual(allForms.map((f) => `/dang-tai/mau-${f.key}.xlsx`));
      for (const form of allForms) {
        const response = await fetch(`${url}/dang-tai/mau-${form.key}.xlsx`);
        expect(response.status, form.key).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        // Written by the same writer as `npm run templates`, with this instance's lists: the same bytes.
        expect(Buffer.from(bytes).equals(Buffer.from(await writeTemplate(form, snapshot.lists))), form.key).toBe(true);
        const { book, issue } = openWorkbook(bytes, `mau-${form.key}.xlsx`);
        expect(issue, form.key).toBeUndefined();
        expect(recogniseForm(book!, allForms)?.key).toBe(form.key);
        // The instance's communes are in the drop-downs (the hidden list sheet).
        const lists = readWorkbook(bytes, 'x').sheets.find((s) => s.sheet === LISTS_SHEET)!;
        const values = [...lists.cells.values()].flatMap((row) => [...row.values()].map((c) => c.value));
        if (form.fields.some((f) => f.key === 'commune')) expect(values).toContain(snapshot.lists.communes[0]!.name);
        // Read back by the importer: the empty template names what is missing, nothing else goes wrong.
        const result = importWorkbook({
          bytes,
          file: 'mau.xlsx',
          forms: allForms,
          files: snapshotFiles(snapshot.files),
          lists: snapshot.lists,
        });
        expect(result.form?.key, form.key).toBe(form.key);
        expect(result.issues.length, form.key).toBeGreaterThan(0);
        expect(result.issues.every((i) => i.expected.vi && i.expected.en)).toBe(true);
      }
    });
  }
});

describe('the page', () => {
  it('without JavaScript says what to do instead, and hides the form', async () => {
    for (const [path, words] of [
      ['/dang-tai/', ['không chạy JavaScript', 'gửi tệp cho ban biên tập']],
      ['/en/dang-tai/', ['does not run JavaScript', 'send the file to the editors']],
    ] as const) {
      const page = await noScript.open('quang-tri', path);
      const text = await page.locator('main').innerText();
      for (const word of words) expect(text).toContain(word);
      expect(text).toContain('npm run import -- <tệp.xlsx> --dry-run');
      expect(await page.locator('form[data-publish-check]').isVisible()).toBe(false);
      // The templates download without JavaScript.
      expect(await page.locator('.publish-forms a[download]').count()).toBe(allForms.length);
      await page.close();
    }
  });

  it('is served with the strict policy of every page (the host’s _headers)', () => {
    const headers = readFileSync(join(inject('sites')['quang-tri'].dir, '_headers'), 'utf8');
    for (const rule of ['/dang-tai/*', '/en/dang-tai/*'])
      expect(headers).toContain(`${rule}\n  Content-Security-Policy: ${contentSecurityPolicy([])}`);
  });

  it('is linked from the footer of every page, not from the main menu', async () => {
    for (const [path, target] of [
      ['/', '/dang-tai/'],
      ['/en/van-ban/', '/en/dang-tai/'],
    ] as const) {
      const page = await noScript.open('quang-tri', path);
      expect(await page.locator(`.site-footer a[href="${target}"]`).count()).toBe(1);
      expect(await page.locator(`.site-nav a[href="${target}"]`).count()).toBe(0);
      await page.close();
    }
  });

  it('axe finds no violation, with a check’s problems shown, in both languages; nothing wider than the screen', async () => {
    const file = await budgetFile('quang-tri');
    const bad = await fillTemplate(file.bytes, { 'Ngân sách': { [`C${file.header + 2}`]: '1,234,567' } });
    for (const path of ['/dang-tai/', '/en/dang-tai/']) {
      const { page } = await openOffline('quang-tri', path, { policy: false });
      await pick(page, 'sai-so.xlsx', bad);
      await browser.context().setOffline(false);
      const { violations, passes } = await axeCheck(page);
      expect(passes).toBeGreaterThan(5);
      expect(violations, path).toEqual([]);
      // Nothing in the page's own part is wider than the screen, at 360 and at 320 px.
      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 640 });
        const [scroll, client] = await page.locator('main').evaluate((main) => [main.scrollWidth, main.clientWidth]);
        expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(client!);
      }
      await page.close();
    }
  });
});
