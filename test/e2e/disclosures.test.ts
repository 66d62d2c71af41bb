/** Commune disclosures at a phone's size: commune page, budget, land price search, consultations. */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const plain = useBrowser({ javaScript: false });
const scripted = useBrowser();

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const visibleRows = (page: Page) =>
  page.$$eval('[data-price-section] tbody tr', (rows) =>
    rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.textContent ?? ''),
  );

describe('a commune page', () => {
  it('says the figures are sample data, shows its own compliance row first and fits the screen', async () => {
    const page = await plain.open('quang-tri', '/cong-khai/xa-cam-lo/');
    expect(await page.locator('h1').textContent()).toBe('Công khai của Xã Cam Lộ');
    expect(await page.locator('[data-sample]').first().textContent()).toContain('Dữ liệu minh họa');
    const first = page.locator('table.compliance tbody tr').first();
    expect(await first.getAttribute('data-commune')).toBe('xa-cam-lo');
    // 9-month execution published 5/11/2025, after the 15/10 deadline.
    const execution = first.locator('td[data-kind="budget-execution"]');
    expect(await execution.getAttribute('data-status')).toBe('late');
    expect(await execution.textContent()).toContain('muộn 21 ngày');
    expect(await page.locator('section[aria-labelledby="ho-ngheo"] table tbody tr').count()).toBe(5);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('script').count()).toBe(0);
  });

  it('is linked from the unit page, and the overview lists missing disclosures', async () => {
    const unit = await plain.open('quang-tri', '/don-vi/xa-cam-lo/');
    await unit.getByRole('link', { name: 'Xem nội dung công khai của đơn vị này' }).click();
    await unit.waitForURL(/\/cong-khai\/xa-cam-lo\/$/);
    const overview = await plain.open('quang-tri', '/cong-khai/');
    const vinhLinh = overview.locator('tr[data-commune="xa-vinh-linh"]');
    expect(await vinhLinh.locator('td[data-kind="poor-households"]').getAttribute('data-status')).toBe('missing');
    expect(await vinhLinh.locator('td[data-kind="reception"]').textContent()).toContain('Chưa công khai');
  });

  it('the second instance shows the section too', async () => {
    const page = await plain.open('bac-ninh', '/cong-khai/phuong-bac-giang/');
    expect(await page.locator('h1').textContent()).toBe('Công khai của Phường Bắc Giang');
    expect(await page.locator('[data-sample]').count()).toBeGreaterThan(0);
  });
});

describe('a budget page', () => {
  it('has its summary, a table of the chart figures and the full table without JavaScript', async () => {
    const page = await plain.open('quang-tri', '/cong-khai/phuong-dong-ha/ngan-sach/2024/');
    expect(await page.locator('.chart__summary').textContent()).toMatch(
      /^Năm 2024, dự toán thu [\d.]+ và chi [\d.]+ triệu đồng; quyết toán: thu/,
    );
    expect(await page.locator('.chart__area').isHidden()).toBe(true);
    const full = page.locator('table.budget-table');
    expect(await full.locator('tbody tr').count()).toBe(19);
    expect(await full.locator('tr[data-code="A.I.2"] th').textContent()).toBe('Thu tiền sử dụng đất');
    expect(await page.locator('ul.variances').textContent()).toContain('Thu tiền sử dụng đất: thu chỉ đạt');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('draws the chart with JavaScript, next to the same figures', async () => {
    const page = await scripted.open('quang-tri', '/cong-khai/phuong-dong-ha/ngan-sach/2025/');
    await page.locator('figure.chart').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.chart__area').isVisible(), { timeout: 10_000 }).toBe(true);
    const caption = await page.locator('figure.chart canvas').getAttribute('aria-label');
    expect(caption).toContain('thực hiện 9 tháng');
    const groups = page
      .locator('section, main')
      .locator('table')
      .filter({ hasText: 'Dự toán và thực hiện theo nhóm thu, chi' });
    expect(await groups.locator('tbody tr').count()).toBe(5);
    expect((page as Page & { consoleErrors: string[] }).consoleErrors).toEqual([]);
  });
});

describe('the land price search', () => {
  it('without JavaScript: the whole table, with an anchor per road and no filter form', async () => {
    const page = await plain.open('quang-tri', '/cong-khai/bang-gia-dat/');
    expect(await page.locator('form[data-price-filter]').isHidden()).toBe(true);
    expect(await page.locator('#phuong-dong-ha-duong-le-duan').count()).toBe(1);
    await page.locator('a[href="#xa-cam-lo-quoc-lo-9"]').click();
    expect(await page.evaluate(() => location.hash)).toBe('#xa-cam-lo-quoc-lo-9');
    expect((await visibleRows(page)).length).toBeGreaterThan(30);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('with JavaScript: a filter that ignores diacritics, and a commune choice', async () => {
    const page = await scripted.open('quang-tri', '/cong-khai/bang-gia-dat/');
    const all = (await visibleRows(page)).length;
    await page.getByLabel('Tìm tên đường (gõ có dấu hoặc không dấu)').fill('duong le duan');
    const leDuan = await visibleRows(page);
    expect(leDuan.length).toBeGreaterThan(0);
    expect(leDuan.length).toBeLessThan(all);
    // A row matches by its road or by its segment ("Từ đường Lê Duẩn đến …").
    expect(leDuan.every((t) => t.includes('Lê Duẩn'))).toBe(true);
    expect(await page.locator('[data-price-count]').textContent()).toBe(`Đang hiện ${leDuan.length} dòng`);
    await page.getByLabel('Tìm tên đường (gõ có dấu hoặc không dấu)').fill('quoc lo 9');
    await page.getByLabel('Xã, phường').selectOption('xa-cam-lo');
    expect(await page.locator('[data-price-section="phuong-dong-ha"]').isHidden()).toBe(true);
    const camLo = await visibleRows(page);
    // Residential and commercial land on Quốc lộ 9, and on Đường tỉnh 585 "từ Quốc lộ 9 …".
    expect(camLo).toHaveLength(4);
    expect(camLo.every((t) => t.includes('Quốc lộ 9'))).toBe(true);
    expect(await page.locator('[data-price-section="xa-cam-lo"] tbody tr:not([hidden])').count()).toBe(4);
  });
});

describe('consultations', () => {
  it('an open consultation says how to comment and how long is left', async () => {
    const page = await plain.open('quang-tri', '/gop-y/');
    const open = page.locator('#phuong-dong-ha-du-thao-ke-hoach-su-dung-dat-2026');
    expect(await open.getAttribute('data-state')).toBe('open');
    const text = await open.textContent();
    expect(text).toContain('Đang lấy ý kiến');
    expect(text).toContain('còn 9 ngày');
    // Illustrative: no made-up address to write to (contact.test.ts has a configured one).
    expect(text).toContain('Cách góp ý');
    expect(text).toContain('Đây là dự thảo minh họa');
    expect(await open.locator('a[href^="mailto:"]').count()).toBe(0);
    expect(text).not.toContain('Kết quả lấy ý kiến');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("a commune's page says what it has open for comment, or that it has none, and links there", async () => {
    const page = await plain.open('quang-tri', '/cong-khai/phuong-dong-ha/');
    const section = page.locator('section:has(#lay-y-kien)');
    const link = section.locator('a[href="/gop-y/#phuong-dong-ha-du-thao-ke-hoach-su-dung-dat-2026"]');
    expect(await link.textContent()).toBe('Lấy ý kiến dự thảo kế hoạch sử dụng đất năm 2026');
    expect(await section.textContent()).toContain('Đến hết ngày 9/1/2026 (còn 9 ngày)');
    const closed = await plain.open('quang-tri', '/cong-khai/xa-cam-lo/');
    expect(await closed.locator('section:has(#lay-y-kien)').textContent()).toContain(
      'Xã Cam Lộ không có dự thảo nào đang hoặc sắp lấy ý kiến.',
    );
    expect(await closed.locator('section:has(#lay-y-kien) a[href="/gop-y/"]').count()).toBe(1);
  });

  it('a closed consultation shows the comments received and the replies', async () => {
    const page = await plain.open('quang-tri', '/gop-y/');
    const closed = page.locator('#xa-cam-lo-du-thao-du-toan-ngan-sach-2026');
    expect(await closed.getAttribute('data-state')).toBe('closed');
    const text = await closed.textContent();
    expect(text).toContain('Kết quả lấy ý kiến');
    expect(text).toContain('Số ý kiến nhận được: 27');
    expect(await closed.locator('.replies > div').count()).toBe(2);
    expect(text).not.toContain('Cách góp ý');
    expect(
      await page.locator('#hoi-dap ~ ul .muted').filter({ hasText: 'trả lời sau 10 ngày' }).count(),
    ).toBeGreaterThan(0);
  });
});

describe('notice-board sheets', () => {
  it('print the poor-household counts with the posting period, the sample statement and, without the portal’s address, no QR code', async () => {
    const page = await plain.open('quang-tri', '/cong-khai/xa-cam-lo/');
    await page
      .locator('section[aria-labelledby="ho-ngheo"]')
      .getByRole('link', { name: 'Bản in niêm yết (A4)' })
      .click();
    await page.waitForURL(/\/cong-khai\/xa-cam-lo\/in\/ho-ngheo\/$/);
    expect(await page.locator('.sheet__sample').textContent()).toContain('DỮ LIỆU MINH HỌA');
    expect(await page.locator('.sheet__body').textContent()).toContain('20/11/2025 – 26/11/2025');
    // A demonstration has no address of its own: the sheet says the address will be given.
    expect(await page.locator('.sheet__qr svg').count()).toBe(0);
    expect(await page.locator('.sheet__no-address').count()).toBe(1);
    expect(await page.locator('main table tbody tr').count()).toBe(5);
  });
  it('print a budget year', async () => {
    const page = await plain.open('quang-tri', '/cong-khai/phuong-dong-ha/ngan-sach/2024/in/');
    expect(await page.locator('table.budget-table tbody tr').count()).toBe(19);
    expect(await page.locator('.sheet__sample').count()).toBe(1);
  });
});

describe('downloads', () => {
  it('say sample data in every CSV row and in the JSON', async () => {
    const base = inject('sites')['quang-tri'].url;
    const bytes = await (await fetch(`${base}/du-lieu/bang-gia-dat.csv`)).arrayBuffer();
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\uFEFFdu_lieu_minh_hoa,')).toBe(true);
    const lines = csv.trim().split('\r\n'); // trim() also drops the byte-order mark
    expect(lines.slice(1).every((l) => l.startsWith('Dữ liệu minh họa (sample data),'))).toBe(true);
    const json = await (await fetch(`${base}/du-lieu/cong-khai-tinh-hinh.json`)).json();
    expect(json.sample).toBe(true);
  });
});
