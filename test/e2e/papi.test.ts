/**
 * PAPI pages and downloads show the published figures, keep gaps as gaps, work without
 * JavaScript, and draw charts whose data are the table's.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const noJs = useBrowser({ javaScript: false });
const withJs = useBrowser();

/** A table (found by the start of its caption) as rows of { header text: cell text }. */
async function tableRows(page: Page, caption: string): Promise<Record<string, string>[]> {
  return page.evaluate((caption) => {
    const table = [...document.querySelectorAll('table')].find((t) =>
      t.caption?.textContent?.trim().startsWith(caption),
    );
    if (!table) throw new Error(`no table "${caption}"`);
    const headers = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
    return [...table.tBodies[0]!.rows].map((r) =>
      Object.fromEntries([...r.cells].map((c, i) => [headers[i]!, c.textContent!.trim()])),
    );
  }, caption);
}

async function download(path: string): Promise<string> {
  const response = await fetch(`${inject('sites')['quang-tri'].url}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

function csvRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const keys = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i]!, v])));
}

describe('published figures, through the pages (no JavaScript)', () => {
  it('Quảng Trị 2020: 44,77, 6/63, up 28 places, top group; the dispatch quoting 44,78 is noted', async () => {
    const page = await noJs.open('quang-tri', '/papi/tinh/quang-tri/');
    const row = (await tableRows(page, 'Kết quả qua các năm')).find((r) => r['Năm'] === '2020')!;
    expect(row).toMatchObject({
      'Tổng điểm (điểm)': '44,77',
      Hạng: '6',
      'Số tỉnh xếp hạng': '63',
      Nhóm: 'nhóm cao nhất',
      'Đổi hạng': '28',
    });
    const y2019 = (await tableRows(page, 'Kết quả qua các năm')).find((r) => r['Năm'] === '2019')!;
    expect([y2019['Hạng'], y2019['Tổng điểm (điểm)']]).toEqual(['34', '43,65']);
    const note = await page.locator('.rounding-note').textContent();
    expect(note).toContain('44,78');
    expect(note).toContain('44,77');
    const year = await noJs.open('quang-tri', '/papi/tinh/quang-tri/2020/');
    expect(await year.locator('.lead').textContent()).toBe(
      '2020: 44,77 điểm, hạng 6/63, tăng 28 bậc so với 2019, tăng 1,12 điểm.',
    );
    expect(await year.locator('main').textContent()).toContain(
      'Năm 2020, Tỉnh Quảng Trị có 3/8 nội dung thuộc nhóm cao nhất (1, 3, 4), 4/8 nội dung thuộc nhóm trung bình cao (2, 6, 7, 8), 1/8 nội dung thuộc nhóm thấp nhất (5).',
    );
  });

  it('Bắc Giang 2020: 44,32, 13/63, down 9 places and 1,72 points; dimension scores of its plan', async () => {
    const page = await noJs.open('bac-ninh', '/papi/tinh/bac-giang/');
    const row = (await tableRows(page, 'Kết quả qua các năm')).find((r) => r['Năm'] === '2020')!;
    expect(row).toMatchObject({
      'Tổng điểm (điểm)': '44,32',
      Hạng: '13',
      'Số tỉnh xếp hạng': '63',
      'Đổi hạng': '-9',
      'Đổi điểm (điểm)': '-1,72',
    });
    expect([
      row['ND1 (điểm)'],
      row['ND2 (điểm)'],
      row['ND4 (điểm)'],
      row['ND6 (điểm)'],
      row['ND7 (điểm)'],
      row['ND8 (điểm)'],
    ]).toEqual(['5,48', '5,51', '6,98', '7,13', '3,27', '3,19']);
  });

  it('the 2020 ranking shows rank of n, colour bands told in words', async () => {
    const page = await noJs.open('quang-tri', '/papi/2020/');
    const rows = await tableRows(page, 'PAPI 2020');
    expect(rows).toHaveLength(63);
    const qt = rows.find((r) => r['Tỉnh'] === 'Tỉnh Quảng Trị')!;
    expect(qt).toMatchObject({
      Hạng: '6',
      'Tổng điểm (điểm)': '44,77',
      Nhóm: 'nhóm cao nhất',
      'Tỉnh từ 1/7/2025': 'Tỉnh Quảng Trị',
    });
    expect(rows.find((r) => r['Tỉnh'] === 'Tỉnh Bắc Giang')).toMatchObject({ Hạng: '13', 'Tổng điểm (điểm)': '44,32' });
    expect(rows[0]).toMatchObject({ Hạng: '1', Tỉnh: 'Tỉnh Quảng Ninh' });
    expect(await page.locator('.lead').textContent()).toContain('63/63');
    const band = page.locator('tr#p-quang-tri td.band--top');
    expect(await band.textContent()).toBe('nhóm cao nhất');
  });

  it('the downloads carry the same figures', async () => {
    const bacGiang = csvRows(await download('/du-lieu/papi-tinh-bac-giang.csv'));
    expect(bacGiang.find((r) => r.nam === '2020')).toMatchObject({
      tong_diem: '44.3172',
      hang: '13',
      so_tinh_xep_hang: '63',
      doi_hang: '-9',
      doi_diem: '-1.72',
    });
    expect(bacGiang.find((r) => r.nam === '2019')).toMatchObject({ tong_diem: '46.0428', hang: '4' });
    const year = JSON.parse(await download('/du-lieu/papi-2020.json')) as { rows: Record<string, unknown>[] };
    expect(year.rows.find((r) => r.tinh === 'Tỉnh Quảng Trị')).toMatchObject({
      hang: 6,
      so_tinh_xep_hang: 63,
      tong_diem: 44.7656,
      nhom: 'nhóm cao nhất',
    });
  });

  it('the overview links one file of every province and year, with the same figures', async () => {
    const overview = await download('/papi/');
    expect(overview).toContain('href="/du-lieu/papi-ket-qua.csv"');
    const all = csvRows(await download('/du-lieu/papi-ket-qua.csv'));
    expect(all).toHaveLength(63 * 14);
    expect(all.find((r) => r.nam === '2020' && r.tinh === 'Tỉnh Quảng Trị')).toMatchObject({
      tong_diem: '44.7656',
      hang: '6',
      so_tinh_xep_hang: '63',
    });
    expect(all.find((r) => r.nam === '2021' && r.tinh === 'Tỉnh Bắc Giang')).toMatchObject({ tong_diem: '', hang: '' });
  });
});

describe('missing province-years are gaps everywhere', () => {
  it('Bắc Giang 2014 and 2021: no score, no rank, on the history page, the year pages and the chart', async () => {
    const page = await noJs.open('bac-ninh', '/papi/tinh/bac-giang/');
    const rows = await tableRows(page, 'Kết quả qua các năm');
    for (const year of ['2014', '2021']) {
      const row = rows.find((r) => r['Năm'] === year)!;
      expect([row['Tổng điểm (điểm)'], row['Hạng'], row['Nhóm']]).toEqual([
        'không có số liệu',
        'không có số liệu',
        'không có số liệu',
      ]);
    }
    const spec = JSON.parse((await page.locator('figure.chart').getAttribute('data-chart'))!) as {
      labels: string[];
      series: { values: (number | null)[] }[];
      breaks: { after: string }[];
    };
    expect(spec.series[0]!.values[spec.labels.indexOf('2014')]).toBeNull();
    expect(spec.series[0]!.values[spec.labels.indexOf('2021')]).toBeNull();
    expect(spec.breaks[0]!.after).toBe('2017');
    expect(await page.locator('.chart__break').textContent()).toContain('không so sánh trực tiếp được');

    const y2021 = await noJs.open('bac-ninh', '/papi/2021/');
    expect(await y2021.locator('.lead').textContent()).toContain('60/63');
    const bg = (await tableRows(y2021, 'PAPI 2021')).find((r) => r['Tỉnh'] === 'Tỉnh Bắc Giang')!;
    expect([bg['Hạng'], bg['Tổng điểm (điểm)'], bg['ND1 (điểm)']]).toEqual([
      'không có số liệu',
      'không có số liệu',
      'không có số liệu',
    ]);
    const detail = await noJs.open('bac-ninh', '/papi/tinh/bac-giang/2014/');
    expect(await detail.locator('.lead').textContent()).toBe('2014: không có số liệu.');
  });

  it('and in the downloads: empty cells and null, never 0', async () => {
    const rows = csvRows(await download('/du-lieu/papi-tinh-bac-giang.csv'));
    for (const year of ['2014', '2021'])
      expect(rows.find((r) => r.nam === year)).toMatchObject({ tong_diem: '', hang: '', d1: '', doi_hang: '' });
    expect(rows.find((r) => r.nam === '2022')).toMatchObject({ tong_diem: '', hang: '', d3: '4.3967' });
    const json = JSON.parse(await download('/du-lieu/papi-2021.json')) as { rows: Record<string, unknown>[] };
    expect(json.rows.find((r) => r.tinh === 'Tỉnh Bắc Giang')).toMatchObject({ hang: null, tong_diem: null, d1: null });
  });
});

describe('the 2018 break on every trend (no JavaScript)', () => {
  const specOf = async (page: Page) =>
    JSON.parse((await page.locator('figure.chart').first().getAttribute('data-chart'))!) as {
      labels: string[];
      breaks?: { after: string; note: string }[];
    };

  it('a province page: changes across 2018 are "không so sánh được", never a move, and the table says why', async () => {
    const page = await noJs.open('quang-tri', '/papi/tinh/quang-tri/');
    const rows = await tableRows(page, 'Kết quả qua các năm');
    expect(rows.find((r) => r['Năm'] === '2018')).toMatchObject({
      'Đổi hạng': 'không so sánh được',
      'Đổi điểm (điểm)': 'không so sánh được',
    });
    expect(rows.find((r) => r['Năm'] === '2019')!['Đổi hạng']).toMatch(/^-?\d+$/);
    // Dimensions 7 and 8 were not measured before 2018: not "no data".
    expect(rows.find((r) => r['Năm'] === '2017')!['ND7 (điểm)']).toBe('chưa đo');
    const caption = await page.locator('table caption').first().textContent();
    expect(caption).toContain('tách hai giai đoạn trước và từ 2018');
    expect((await specOf(page)).breaks?.map((b) => b.after)).toEqual(['2017']);
    const moves = await page.locator('h2:has-text("Tăng, giảm nhiều nhất") + ul').textContent();
    expect(moves).not.toContain('2017 → 2018');
    expect(await page.locator('.lead').textContent()).not.toMatch(/2017/);
    const y2018 = await noJs.open('quang-tri', '/papi/tinh/quang-tri/2018/');
    expect(await y2018.locator('.lead').textContent()).toMatch(/, không so sánh được với 2017 \(/);
  });

  it('the downloads leave changes across the break empty, and say so in the data dictionary', async () => {
    const rows = csvRows(await download('/du-lieu/papi-tinh-quang-tri.csv'));
    expect(rows.find((r) => r.nam === '2018')).toMatchObject({ doi_hang: '', doi_diem: '' });
    const json = JSON.parse(await download('/du-lieu/papi-tinh-quang-tri.json')) as {
      columns: { key: string; description: { vi: string } }[];
    };
    expect(json.columns.find((c) => c.key === 'doi_hang')!.description.vi).toContain('không so sánh được');
  });

  it('dimension trends break too; a dimension measured only from 2018 has nothing to break from', async () => {
    const d1 = await noJs.open('quang-tri', '/papi/noi-dung/1/');
    expect((await specOf(d1)).breaks?.map((b) => b.after)).toEqual(['2017']);
    expect(await d1.locator('.chart__break').first().textContent()).toContain('không so sánh trực tiếp được');
    const d7 = await noJs.open('quang-tri', '/papi/noi-dung/7/');
    expect((await specOf(d7)).breaks).toEqual([]);
  });

  it('the groups of all years are one sentence, not one a year', async () => {
    const page = await noJs.open('quang-tri', '/papi/tinh/quang-tri/');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('Số nội dung của Tỉnh Quảng Trị thuộc nhóm cao nhất mỗi năm:');
    expect(main).toContain('(hai giai đoạn không so sánh trực tiếp được)');
    expect(main.match(/Năm 20\d\d, Tỉnh Quảng Trị có/g)).toBeNull();
    expect(await page.locator('a[href="/papi/tinh/quang-tri/2011/"]').count()).toBe(1);
  });
});

describe('PAPI pages at 360 px', () => {
  const pages = [
    '/papi/',
    '/papi/2020/',
    '/papi/tinh/quang-tri/',
    '/papi/tinh/quang-tri/2020/',
    '/papi/noi-dung/5/',
    '/papi/so-sanh/',
    '/papi/so-sanh/quang-tri-quang-binh/',
    '/papi/tinh-moi/quang-tri/',
    '/en/papi/',
  ];
  for (const path of pages) {
    it(`${path} fits, has one h1, credits PAPI and has no inline script`, async () => {
      const page = await noJs.open('quang-tri', path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      expect(await page.locator('.papi-attribution').textContent()).toMatch(/CECODES, VFF-CRT, RTA (và|and) UNDP/);
      expect(await page.locator('script:not([src])').count()).toBe(0);
    });
  }

  it('the overview shows the new province’s predecessors side by side, never merged', async () => {
    const page = await noJs.open('quang-tri', '/papi/');
    const rows = await tableRows(page, 'Tổng điểm — Tỉnh Quảng Bình, Tỉnh Quảng Trị');
    expect(rows.find((r) => r['Năm'] === '2020')).toMatchObject({
      'Tỉnh Quảng Trị (điểm)': '44,77',
      'Hạng Tỉnh Quảng Trị': '6',
      'Tỉnh Quảng Bình (điểm)': '44,71',
      'Hạng Tỉnh Quảng Bình': '7',
    });
    expect(await page.locator('figure.chart .chart__summary').first().textContent()).toContain(
      'Tỉnh Quảng Trị — 2024: 44,75 điểm, hạng 14/61',
    );
  });

  it('the dimension page lists the documents that address it', async () => {
    const page = await noJs.open('bac-ninh', '/papi/noi-dung/5/');
    expect(await page.locator('h1').textContent()).toBe('Nội dung 5: Thủ tục hành chính công');
    expect(await page.locator('main').textContent()).toContain('Chưa có văn bản nào');
    const d4 = await noJs.open('bac-ninh', '/papi/noi-dung/4/');
    expect(await d4.locator('.item-list a').count()).toBeGreaterThan(0);
  });

  it('a former province’s unit page links its PAPI history', async () => {
    const page = await noJs.open('quang-tri', '/don-vi/tinh-quang-tri-cu/');
    await page.locator('#papi').waitFor();
    await page.locator('section[aria-labelledby="papi"] a', { hasText: 'Tỉnh Quảng Trị' }).click();
    await page.waitForURL(/\/papi\/tinh\/quang-tri\/$/);
  });
});

describe('with JavaScript at 360 px', () => {
  it('draws the chart when scrolled into view, from the same figures as its table', async () => {
    const page = await withJs.open('quang-tri', '/papi/tinh/quang-tri/');
    const figure = page.locator('figure.chart').first();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
    expect(await figure.locator('canvas').boundingBox()).toMatchObject({ width: expect.any(Number) });
    expect((await figure.locator('canvas').boundingBox())!.height).toBeGreaterThan(100);
    const spec = JSON.parse((await figure.getAttribute('data-chart'))!) as {
      labels: string[];
      series: { values: (number | null)[] }[];
    };
    const tableValues = await page.evaluate(() => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        t.caption?.textContent?.startsWith('Kết quả qua các năm'),
      )!;
      return [...table.tBodies[0]!.rows].map((r) =>
        r.cells[1]!.dataset.value === '' ? null : Number(r.cells[1]!.dataset.value),
      );
    });
    expect(spec.series[0]!.values).toEqual(tableValues);
    // The line stops at the 2018 break: the series is drawn as two lines, 2011–2017 and 2018–2024.
    expect(await figure.getAttribute('data-lines')).toBe('2');
    expect((page as Page & { consoleErrors: string[] }).consoleErrors).toEqual([]);
  });

  it('sorts the year table by a header and filters it by 2025 province', async () => {
    const page = await withJs.open('bac-ninh', '/papi/2020/');
    // At 360 px the dimension columns are one tap away.
    await page.getByText(/^Xem thêm \d+ cột$/).click();
    await page.getByRole('button', { name: /^ND5/ }).click();
    const first = await page.evaluate(() => document.querySelector('table tbody tr th')!.textContent);
    const best = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('table tbody tr')];
      const col = [...document.querySelectorAll('table thead th')].findIndex((th) => th.textContent!.startsWith('ND5'));
      return rows.map((r) => Number((r.children[col] as HTMLElement).dataset.value));
    });
    expect(best).toEqual([...best].sort((a, b) => b - a));
    expect(first).toBeTruthy();
    await page.getByLabel('Lọc theo tỉnh từ 1/7/2025').selectOption('bac-ninh');
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('table tbody tr')]
        .filter((r) => !(r as HTMLElement).hidden)
        .map((r) => r.querySelector('th')!.textContent),
    );
    expect(visible.sort()).toEqual(['Tỉnh Bắc Giang', 'Tỉnh Bắc Ninh']);
  });

  it('compares any provinces the reader picks, with gaps said in words', async () => {
    const page = await withJs.open('bac-ninh', '/papi/so-sanh/');
    await page.getByLabel('Tỉnh thứ 1').selectOption('bac-giang');
    await page.getByLabel('Tỉnh thứ 2').selectOption('quang-tri');
    await page.getByRole('button', { name: 'So sánh' }).click();
    const rows = await tableRows(page, 'So sánh các tỉnh: Tỉnh Bắc Giang, Tỉnh Quảng Trị');
    const y2020 = rows.find((r) => r['Năm'] === '2020')!;
    expect(Object.values(y2020)).toEqual(['2020', '44,32 (13/63, nhóm cao nhất)', '44,77 (6/63, nhóm cao nhất)']);
    expect(Object.values(rows.find((r) => r['Năm'] === '2021')!)[1]).toBe('không có số liệu');
  });
});
