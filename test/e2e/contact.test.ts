/**
 * Reaching a commune and answering back. On the two instances, whose contact data is not
 * published (their commune disclosures are illustrative): each commune page says so once and
 * points to the reception schedule; no made-up number is shown as digits or offered to call;
 * an open illustrative consultation offers no channel that leads nowhere. On two builds of the
 * minimal fixture given a test-only configured contact and a non-illustrative commune: phones
 * are links to call, tall enough to tap; an open consultation has a form posting to the
 * configured endpoint (allowed in the Content-Security-Policy), or without one an e-mail whose
 * subject names the consultation.
 */
import { readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSiteAsync } from '../../scripts/lib/build-site.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/serve-static.ts';
import { axeCheck } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { copyFixture, editFile } from '../helpers/fixture.ts';
import { TEST_AS_OF } from '../helpers/sites.ts';

const plain = useBrowser({ javaScript: false });
/** With JavaScript: axe-core runs in the page. */
const scripted = useBrowser();

/** Every HTML page of a built site. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(abs);
    return name.endsWith('.html') ? [abs] : [];
  });
}

/** The illustrative numbers the sample content once carried: a premium-rate "1900 1234" and office numbers "0xxx 3000 1xx". */
const MADE_UP_NUMBER = /1900[\s.\u00A0-]?1234|0\d{3}[\s.\u00A0]?3000[\s.\u00A0]?[12]\d\d/;

describe('the instances, whose contact data is not published', () => {
  it('show no made-up number as digits and offer nothing to call on any page', () => {
    for (const site of ['quang-tri', 'bac-ninh'] as const) {
      const files = htmlFiles(inject('sites')[site].dir);
      expect(files.length).toBeGreaterThan(100);
      for (const file of files) {
        const html = readFileSync(file, 'utf8');
        expect(MADE_UP_NUMBER.test(html), file).toBe(false);
        expect(html.includes('href="tel:'), file).toBe(false);
        expect(/<dt>Liên hệ<\/dt>\s*<dd>\s*chưa cung cấp/.test(html), file).toBe(false);
      }
    }
  });

  it('say once on a commune page that it has not published how to reach it, and where to go instead', async () => {
    const page = await plain.open('quang-tri', '/cong-khai/phuong-dong-ha/');
    const block = page.locator('section[aria-labelledby="lien-he"]');
    expect(await block.locator('h2').textContent()).toBe('Liên hệ');
    const text = await block.innerText();
    expect(text).toContain('Phường Đông Hà chưa công bố số điện thoại, thư điện tử hay địa chỉ liên hệ trên cổng.');
    expect(
      await block
        .getByRole('link', { name: 'Người dân có thể đến gặp trực tiếp theo lịch tiếp công dân.' })
        .getAttribute('href'),
    ).toBe('#tiep-cong-dan');
    expect((await page.content()).match(/chưa cung cấp/g)).toBeNull();
    // The reception schedule says why its phone cells are empty.
    expect(await page.locator('section[aria-labelledby="tiep-cong-dan"]').innerText()).toContain(
      'không ghi số điện thoại',
    );
    await page.close();
  });

  it('say in the footer that the portal has not published its contact, in plain words', async () => {
    const page = await plain.open('bac-ninh', '/');
    const footer = await page.locator('footer').innerText();
    expect(footer).toContain('Cổng chưa công bố cơ quan phụ trách và cách liên hệ.');
    expect(footer).not.toContain('chưa cung cấp');
    await page.close();
  });

  it('offer no dead channel for an open illustrative consultation', async () => {
    const page = await plain.open('quang-tri', '/gop-y/');
    const open = page.locator('article.consultation--open').first();
    expect(await open.innerText()).toContain('Đây là dự thảo minh họa: không có nơi nhận góp ý thật');
    expect(await open.locator('form, a[href^="mailto:"], a[href^="tel:"], button').count()).toBe(0);
    await page.close();
  });
});

/** Seconds a fixture build may take: the minimal fixture in the small project, two side by side on 2 cores. */
const TIMEOUT = 240;
const ENDPOINT = 'https://gopy.thu-nghiem.example.org/y-kien';
/** A number for the tests only, in the shape of a Quảng Trị office landline; never in shipped content. */
const TEST_PHONE = '0233 3852 111';

/** The minimal fixture with a configured contact and a commune whose data is not illustrative. */
function configuredFixture(endpoint: string | null): string {
  const dir = copyFixture();
  editFile(dir, 'site.yaml', (t) =>
    t
      .replace(
        '  agency: null',
        '  agency: { vi: Văn phòng UBND tỉnh Thử Nghiệm, en: Office of the Test Province People’s Committee }',
      )
      .replace('  email: null', '  email: vanphong@thu-nghiem.example.org')
      .replace('  phone: null', `  phone: ${TEST_PHONE}`)
      .replace('  hotline: null', '  hotline: 1022')
      .concat(endpoint ? `feedback:\n  endpoint: ${endpoint}\n` : ''),
  );
  const D = 'disclosures/xa-c';
  editFile(dir, `${D}/cong-khai.yaml`, (t) =>
    t
      .replace('sample: true', 'sample: false')
      .replaceAll('0233 3000 101', TEST_PHONE)
      .replace('1900 1234', '1022')
      .replace(
        '\nreception:',
        `\ncontact:\n  phone: ${TEST_PHONE}\n  reception_days: Thứ Năm hằng tuần\n  zalo_url: https://zalo.me/4012345678\nreception:`,
      ),
  );
  editFile(dir, `${D}/gop-y.yaml`, (t) =>
    t.replaceAll('0233 3000 101', TEST_PHONE).replace('ubnd.dongha@example.vn', 'ubnd.xac@thu-nghiem.example.org'),
  );
  return dir;
}

describe('a fixture with a configured contact', () => {
  const project = inject('smallProject');
  const built: Record<'form' | 'email', { dir: string; server?: RunningServer }> = {
    form: { dir: mkdtempSync(join(project, 'out-contact-form-')) },
    email: { dir: mkdtempSync(join(project, 'out-contact-email-')) },
  };
  let pages: Page[] = [];
  const open = async (which: 'form' | 'email', path: string) => {
    const page = await scripted.context().newPage();
    pages.push(page);
    const response = await page.goto(built[which].server!.url + path);
    expect(response?.status(), path).toBe(200);
    return page;
  };

  beforeAll(
    async () => {
      const results = await Promise.all(
        (['form', 'email'] as const).map((which) =>
          buildSiteAsync({
            contentDir: configuredFixture(which === 'form' ? ENDPOINT : null),
            outDir: built[which].dir,
            cwd: project,
            asOf: TEST_AS_OF,
            timeoutSeconds: TIMEOUT,
          }),
        ),
      );
      for (const r of results) if (r.status !== 0) throw new Error(r.output.slice(-3000));
      for (const which of ['form', 'email'] as const) built[which].server = await serveStatic(built[which].dir);
    },
    (TIMEOUT + 10) * 1000,
  );
  afterAll(async () => {
    await Promise.all(pages.map((p) => p.close()));
    pages = [];
    for (const b of Object.values(built)) await b.server?.close();
  });

  it('shows the publisher in the footer, phones as links to call, tall enough to tap', async () => {
    const page = await open('email', '/');
    const footer = page.locator('footer');
    const call = footer.locator('a[href="tel:+842333852111"]');
    expect(await call.textContent()).toBe('0233 3852 111');
    expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await footer.locator('a[href="tel:1022"]').count()).toBe(1);
    const mail = await footer.locator('a[href^="mailto:vanphong@thu-nghiem.example.org"]').getAttribute('href');
    expect(new URL(mail!).searchParams.get('subject')).toBe('Góp ý về Cổng thử nghiệm');
  });

  it("shows the commune's channels on its page", async () => {
    const page = await open('email', '/cong-khai/xa-c/');
    const block = page.locator('section[aria-labelledby="lien-he"]');
    expect(await block.locator('a[href="tel:+842333852111"]').textContent()).toBe('0233 3852 111');
    expect(await block.getByRole('link', { name: 'Trang Zalo chính thức' }).getAttribute('href')).toBe(
      'https://zalo.me/4012345678',
    );
    expect(await block.innerText()).toContain('Thứ Năm hằng tuần');
    expect((await axeCheck(page, ['section[aria-labelledby="lien-he"]', 'footer'])).violations).toEqual([]);
    expect(
      await page.locator('section[aria-labelledby="tiep-cong-dan"] a[href="tel:+842333852111"]').count(),
    ).toBeGreaterThan(0);
  });

  it('without an endpoint, offers an e-mail whose subject names the consultation', async () => {
    const page = await open('email', '/gop-y/');
    const open_ = page.locator('article.consultation--open').first();
    const href = await open_.getByRole('link', { name: 'Viết thư góp ý' }).getAttribute('href');
    const url = new URL(href!);
    expect(url.pathname).toBe('ubnd.xac@thu-nghiem.example.org');
    expect(url.searchParams.get('subject')).toContain('Lấy ý kiến dự thảo kế hoạch sử dụng đất năm 2026');
    expect(url.searchParams.get('subject')).toContain('xa-c/du-thao-ke-hoach-su-dung-dat-2026');
    expect(await open_.locator('form').count()).toBe(0);
    // Closed consultations say so, with no channel.
    for (const closed of await page.locator('article.consultation--closed').all()) {
      expect(await closed.locator('form, a[href^="mailto:"]').count()).toBe(0);
    }
  });

  it('with an endpoint, offers a labelled form posting there, allowed by the Content-Security-Policy', async () => {
    const page = await open('form', '/gop-y/');
    const form = page.locator('article.consultation--open form').first();
    expect(await form.getAttribute('action')).toBe(ENDPOINT);
    expect(await form.getAttribute('method')).toBe('post');
    expect(await form.locator('input[type="hidden"][name="consultation"]').getAttribute('value')).toBe(
      'xa-c/du-thao-ke-hoach-su-dung-dat-2026',
    );
    expect(await form.getByLabel('Nội dung góp ý (bắt buộc)').getAttribute('required')).not.toBeNull();
    expect(await form.getByLabel('Họ tên (không bắt buộc)').getAttribute('required')).toBeNull();
    expect(await form.getByLabel('Số điện thoại hoặc thư điện tử để được trả lời (không bắt buộc)').count()).toBe(1);
    const button = form.getByRole('button', { name: 'Gửi góp ý' });
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await axeCheck(page, ['article.consultation--open'])).violations).toEqual([]);
    const headers = readFileSync(join(built.form.dir, '_headers'), 'utf8');
    expect(headers).toMatch(
      /\/gop-y\/\*\n {2}Content-Security-Policy: [^\n]*form-action 'self' https:\/\/gopy\.thu-nghiem\.example\.org;/,
    );
    expect(readFileSync(join(built.email.dir, '_headers'), 'utf8')).not.toContain('gopy.thu-nghiem');
  });
});
