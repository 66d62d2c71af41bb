/**
 * Plans at a phone's size, without and with JavaScript: a plan page with its tasks and
 * progress, a unit page with its scorecard, the reporting-compliance grid, the task index
 * (grouped lists without JavaScript, filters with it) and the chain for dimension 8.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from '../helpers/browser.ts';

const SAMPLE = 'Dữ liệu minh họa';

for (const javaScript of [false, true]) {
  describe(`plans ${javaScript ? 'with' : 'without'} JavaScript`, () => {
    const browser = useBrowser({ javaScript });

    it('the Bắc Giang plan page lists its 47 tasks as the plan groups them, with leads, targets and sample progress', async () => {
      const page = await browser.open('bac-ninh', '/ke-hoach/bg-2021-ke-hoach-papi/');
      expect(await page.locator('.task-list > li').count()).toBe(47);
      expect(await page.locator('h3.plan-part').allTextContents()).toEqual([
        'II. NỘI DUNG THỰC HIỆN',
        'III. NỘI DUNG CẦN TIẾP TỤC DUY TRÌ, PHÁT HUY',
        'IV. TỔ CHỨC THỰC HIỆN',
      ]);
      const main = await page.locator('main').innerText();
      expect(main).toContain(SAMPLE);
      expect(main).toContain('≥ 5 bậc (2021)');
      expect(main).toContain(
        '47 nhiệm vụ: 2 hoàn thành, 4 đang thực hiện, 1 chưa triển khai, 1 quá hạn, 39 chưa có báo cáo.',
      );
      const task = page.locator('#bg2021-iv-8-2');
      expect(await task.locator('.task-facts').innerText()).toMatch(
        /Chủ trì\s+Sở Thông tin và Truyền thông tỉnh Bắc Giang/,
      );
      expect(await task.locator('.status').innerText()).toBe('Hoàn thành');
      expect(await task.innerText()).toContain('(dữ liệu minh họa)');
      // The one deadline the plan states has passed without a report of completion.
      expect(await page.locator('#bg2021-iv-1-a .status').innerText()).toBe('Quá hạn');
      // The progress table is there with or without the chart.
      expect(await page.locator('table caption').first().innerText()).toContain('Số nhiệm vụ theo tình trạng');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });

    it('the district plan says its annex of assignments is missing, and names no lead it does not have', async () => {
      const page = await browser.open('quang-tri', '/ke-hoach/huyen-2023-ke-hoach-trien-khai-165/');
      expect(await page.locator('.task-list > li').count()).toBe(45);
      expect(await page.locator('main').innerText()).toContain('(Có phụ lục phân công trách nhiệm cụ thể kèm theo)');
      expect(await page.locator('#huyen2023-ii-2-1-1 .task-facts').innerText()).toContain(
        'văn bản không nêu đơn vị chủ trì (nằm trong phụ lục không có trong bản sao)',
      );
      expect(await page.locator('main').innerText()).toContain('Chưa có báo cáo tiến độ nào');
      expect(await page.locator('main').innerText()).not.toContain(SAMPLE);
      // Said once, with what a report would show: no table of zeros, no "no report" on each of 45 tasks.
      const main = await page.locator('main').innerText();
      expect(main.match(/Chưa có báo cáo tiến độ nào/g)).toHaveLength(1);
      expect(main).toContain('Khi có báo cáo, phần này cho biết mỗi nhiệm vụ đã hoàn thành');
      expect(await page.locator('table').count()).toBe(0);
      expect(await page.locator('.task-list .status').count()).toBe(0);
    });

    it('the compliance grid shows on time, late by one day after a Sunday deadline, and a unit with no report at all', async () => {
      const page = await browser.open('bac-ninh', '/ke-hoach/bg-2021-ke-hoach-papi/bao-cao/');
      expect(await page.locator('main').innerText()).toContain(SAMPLE);
      const headers = await page.locator('table.grid thead th').allInnerTexts();
      expect(headers[1]).toMatch(/6 tháng đầu năm 2021\s+hạn 20\/6\/2021 \(Chủ nhật\)/);
      const row = (name: string) =>
        page.locator('table.grid tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
      expect(await row('Sở Y tế tỉnh Bắc Giang').locator('td').first().innerText()).toMatch(
        /Muộn\s+21\/6\/2021\s+muộn 1 ngày/,
      );
      expect(await row('Sở Thông tin và Truyền thông tỉnh Bắc Giang').locator('td').first().innerText()).toMatch(
        /Đúng hạn\s+20\/6\/2021/,
      );
      const none = await row('Thanh tra tỉnh Bắc Giang').locator('td').allInnerTexts();
      expect(none).toEqual([
        'Chưa nộp (đã quá hạn)',
        'Chưa nộp (đã quá hạn)',
        '0 trên 2 kỳ đến hạn (muộn: 0; chưa nộp: 2)',
      ]);
      expect(await page.locator('table.grid tbody tr').count()).toBe(4);
    });

    it('a unit page shows its scorecard and tasks', async () => {
      const page = await browser.open('bac-ninh', '/don-vi/so-tt-tt-bac-giang/');
      const card = page.locator('section[aria-labelledby="scorecard"]');
      expect(await card.innerText()).toContain(SAMPLE);
      const value = (key: string) => card.locator(`dd[data-key="${key}"]`).innerText();
      expect(await value('led')).toBe('2');
      expect(await value('cooperating')).toBe('1');
      expect(await value('done')).toBe('1');
      expect(await value('reports')).toBe('2 trên 2 kỳ đến hạn (muộn: 0; chưa nộp: 0)');
      expect(await card.locator('figcaption').innerText()).toContain('2 nhiệm vụ: 1 hoàn thành, 1 đang thực hiện');
      await card
        .getByRole('link', { name: /Tiếp nhận đầy đủ ý kiến/ })
        .first()
        .click();
      await page.waitForURL(/\/nhiem-vu\/bg2021-iv-8-2\/$/);
      expect(await page.locator('table caption').innerText()).toContain('dữ liệu minh họa');
    });

    it('a unit with tasks but no reporting due says so instead of 0%', async () => {
      const page = await browser.open('quang-tri', '/don-vi/phong-noi-vu-huyen-chua-ro-ten/');
      const card = page.locator('section[aria-labelledby="scorecard"]');
      expect(await card.locator('dd[data-key="reports"]').innerText()).toBe('chưa có kỳ báo cáo nào đến hạn');
      expect(await card.locator('dd[data-key="no-report"]').innerText()).toBe('1');
      expect(await card.innerText()).not.toContain('%');
    });

    it('the task index groups tasks by unit, dimension and status, and filters them with JavaScript', async () => {
      const page = await browser.open('quang-tri', '/nhiem-vu/');
      const form = page.locator('form[data-task-filters]');
      expect(
        await page
          .locator('#theo-noi-dung + details summary, section[aria-labelledby="theo-noi-dung"] summary')
          .allInnerTexts(),
      ).toContain('8. Quản trị điện tử (5)');
      if (!javaScript) {
        expect(await form.isVisible()).toBe(false);
        return;
      }
      await form.getByLabel('Nội dung PAPI').selectOption('8');
      expect(await page.locator('[data-task-count]').innerText()).toBe('Đang hiện 5 nhiệm vụ');
      await form.getByLabel('Đơn vị chủ trì').selectOption('ubnd-phuong-chua-ro-ten-tx-quang-tri');
      expect(await page.locator('[data-task-count]').innerText()).toBe('Đang hiện 0 nhiệm vụ');
      await form.getByLabel('Nội dung PAPI').selectOption('');
      expect(await page.locator('[data-task-list] li:not([hidden])').count()).toBe(1);
    });

    it('the chain for "Quản trị điện tử" runs from the dimension to real tasks and their progress', async () => {
      const page = await browser.open('bac-ninh', '/chuoi/8/');
      expect(await page.locator('h1').innerText()).toBe('8. Quản trị điện tử');
      const main = await page.locator('main').innerText();
      expect(main).toContain('sau kết quả PAPI 2020');
      expect(main).toContain(
        '8 nhiệm vụ: 1 hoàn thành, 1 đang thực hiện, 0 chưa triển khai, 0 quá hạn, 6 chưa có báo cáo.',
      );
      expect(main).toContain(SAMPLE);
      // Score → tasks → next year's score, with the real PAPI figures (Bắc Giang 2021 is missing, not 0).
      expect(await page.locator('dd[data-key="before"]').first().innerText()).toMatch(/^2020: 3,19 /);
      expect(await page.locator('dd[data-key="after"]').first().innerText()).toBe('2021: không có số liệu');
      const qt = await browser.open('quang-tri', '/chuoi/8/');
      expect(await qt.locator('dd[data-key="after"]').first().innerText()).toMatch(/^2024: \d+,\d\d \(hạng \d+\/\d+/);
      expect(await qt.locator('.chain > li').count()).toBe(4);
      expect(await qt.locator('main').innerText()).toContain('Nâng cấp hệ thống Trang thông tin điện tử phường');
    });
  });
}
