/**
 * The provincial portal embeds our tables and charts: a host page on one port frames an
 * embed from the portal on another; the iframe takes the height of its content, and a
 * height message from anyone but that iframe is ignored.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();
let host: Server;
let hostUrl = '';

function hostPage(portal: string, embedPath: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng tỉnh</title></head><body>
<h1>Trang của Cổng thông tin điện tử tỉnh</h1>
<iframe id="embed" src="${portal}${embedPath}" data-minhbach-embed title="Bảng nhúng" style="width:100%;height:150px;border:0"></iframe>
<iframe id="evil" srcdoc="<script>parent.postMessage({type:'minhbach:embed-height',path:'/embed/x/',height:77},'*')</script>" style="display:none"></iframe>
<script src="${portal}/embed/host.js"></script>
</body></html>`;
}

beforeAll(async () => {
  const portal = inject('sites')['quang-tri'].url;
  host = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(hostPage(portal, new URL(req.url ?? '/', 'http://x').searchParams.get('embed') ?? '/embed/sap-xep-2025/'));
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', () => done()));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

describe('embeds', () => {
  it('a chart embedded on another origin is drawn, the iframe takes its height, and foreign messages are ignored', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${hostUrl}/?embed=/embed/papi-tinh-quang-tri/`);
    const frameHandle = await page.waitForSelector('#embed');
    const frame = (await frameHandle.contentFrame())!;
    await frame.waitForSelector('figure.chart[data-drawn="true"] canvas');
    expect(await frame.locator('figcaption').textContent()).toContain('Quảng Trị');
    await page.waitForFunction(() => {
      const f = document.getElementById('embed')!;
      return f.getAttribute('data-minhbach-height') !== null && f.getBoundingClientRect().height > 150;
    });
    await page.waitForTimeout(300);
    const contentHeight = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    const frameHeight = await page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height);
    expect(contentHeight).toBeGreaterThan(150);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);

    // A message from the host page itself, and the one the srcdoc frame sent: neither is the embed.
    await page.evaluate(() =>
      window.postMessage({ type: 'minhbach:embed-height', path: '/embed/x/', height: 33 }, '*'),
    );
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height);
    expect(after).toBe(frameHeight);
    expect(after).not.toBe(77);
    expect(after).not.toBe(33);
  });

  // The instances are demonstrations without an address of their own (site_url null): an embed
  // links back relatively and no embed code is given, rather than one with a made-up domain.
  // The code itself, for a portal with its address, is src/outputs/embed/code.test.ts's.
  it('an embed has no site chrome, says it is a demonstration, links back to the full page, and has an oEmbed description', async () => {
    const page = await browser.open('quang-tri', '/embed/sap-xep-2025/');
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.locator('[data-demonstration]').innerText()).toContain('Bản trình diễn');
    const back = page.locator('.embed__back a');
    expect(await back.getAttribute('href')).toBe('/don-vi/');
    expect(await back.getAttribute('target')).toBe('_top');
    const oembedHref = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const { dir } = inject('sites')['quang-tri'];
    const oembed = JSON.parse(readFileSync(join(dir, oembedHref!), 'utf8'));
    expect(oembed).toEqual({
      version: '1.0',
      type: 'link',
      title: expect.any(String),
      provider_name: expect.any(String),
    });
  });

  it("the editors page gives no embed code without the portal's address, and says why", async () => {
    const page = await browser.open('quang-tri', '/nhung/');
    expect(await page.locator('textarea.embed-code').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Chưa có mã nhúng');
  });

  it('the headers file lets the provincial portal frame embeds and no one frame other pages', () => {
    const headers = readFileSync(join(inject('sites')['quang-tri'].dir, '_headers'), 'utf8');
    expect(headers).toMatch(
      /\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'self' https:\/\/quangtri\.gov\.vn\n/,
    );
    expect(headers).toMatch(/\/van-ban\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
  });
});
