/**
 * A content error stops the real build before anything is written: the previous output
 * stays as it was, and the message names the file and the field in both languages. The
 * builds are of the minimal fixture in the small copy of the project (small-project.ts: the
 * same code, little national data), all three at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject, it } from 'vitest';
import { buildSiteAsync } from '../../scripts/lib/build-site.ts';
import { copyFixture, editFile } from '../helpers/fixture.ts';
import { qrSvg } from '../../src/outputs/print/qr.ts';

/** Seconds a build may take. Measured: 5–9 s each, the three side by side, on 2 cores shared with other runs. */
const TIMEOUT = 60;
const project = inject('smallProject');
/** An output folder inside the project, where `npm run build` writes dist/. */
const outFolder = () => mkdtempSync(join(project, 'out-'));
const build = (contentDir: string, outDir: string) =>
  buildSiteAsync({ contentDir, outDir, cwd: project, timeoutSeconds: TIMEOUT });

describe.concurrent('astro build with a content error', () => {
  it(
    'stops, names the file and field, and leaves the output folder untouched',
    async ({ expect }) => {
      const dir = copyFixture();
      editFile(dir, 'documents/ke-hoach-thu.md', (t) => t.replace('date: 2021-05-10', 'date: 2021-02-30'));
      const outDir = outFolder();
      mkdirSync(join(outDir, 'old'));
      writeFileSync(join(outDir, 'old', 'index.html'), 'previous build');

      const result = await build(dir, outDir);

      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/documents\/ke-hoach-thu\.md, dòng\/line 7 — trường\/field "date"/);
      expect(result.output).toContain('[vi] Tìm thấy "2021-02-30"; cần một ngày có thật');
      expect(result.output).toContain('[en] Found "2021-02-30"; expected a real date');
      expect(readdirSync(outDir)).toEqual(['old']);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'stops on a budget parent that is not the sum of its children, an identity number and a land recovery out of order',
    async ({ expect }) => {
      const dir = copyFixture();
      const D = 'disclosures/xa-c';
      editFile(dir, `${D}/ngan-sach-2025.csv`, (t) =>
        t.replace(/\nB\.II,B,Chi thường xuyên,(\d+),/, (_, n) => `\nB.II,B,Chi thường xuyên,${Number(n) + 7},`),
      );
      editFile(dir, `${D}/ho-ngheo-2025.csv`, (t) => t.replace('Khu phố 4,', 'Khu phố 4 (CCCD 044095001234),'));
      editFile(dir, `${D}/thu-hoi-dat.yaml`, (t) => t.replace('approval: 2025-07-18', 'approval: 2025-05-01'));
      const outDir = outFolder();

      const result = await build(dir, outDir);

      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(
        /ngan-sach-2025\.csv, hàng\/row 13, dòng\/line 13, cột\/column "estimate" — trường\/field "estimate"/,
      );
      expect(result.output).toContain('expected the sum of its child lines B.II.1 + B.II.2');
      expect(result.output).toMatch(/ho-ngheo-2025\.csv, hàng\/row 5, dòng\/line 5, cột\/column "village"/);
      expect(result.output).not.toContain('044095001234');
      expect(result.output).toMatch(/thu-hoi-dat\.yaml, dòng\/line \d+ — trường\/field "timeline.approval"/);
      expect(readdirSync(outDir)).toEqual([]);
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'stops a build for publication at a placeholder address, says so in validate too, and keeps the previous site',
    async ({ expect }) => {
      const dir = copyFixture();
      editFile(dir, 'site.yaml', (t) =>
        t
          .replace('demonstration: true', 'demonstration: false')
          .replace('site_url: null', 'site_url: https://thu-nghiem.example.org'),
      );
      const outDir = outFolder();
      mkdirSync(join(outDir, 'old'));
      writeFileSync(join(outDir, 'old', 'index.html'), 'previous build');

      const result = await build(dir, outDir);

      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/site\.yaml, dòng\/line 9 — trường\/field "site_url"/);
      expect(result.output).toContain(
        '[vi] Tìm thấy "https://thu-nghiem.example.org"; cần địa chỉ thật mà cổng được công bố',
      );
      expect(result.output).toContain('đây là địa chỉ ví dụ');
      expect(result.output).toContain(
        '[en] Found "https://thu-nghiem.example.org"; expected the real address the portal is published at',
      );
      expect(result.output).toContain('set demonstration: true and site_url: null');
      expect(result.output).not.toMatch(/\n\s+at /);
      expect(readdirSync(outDir)).toEqual(['old']);
      expect(readFileSync(join(outDir, 'old', 'index.html'), 'utf8')).toBe('previous build');

      // `npm run validate` runs the same stage and says the same.
      const validate = spawnSync(process.execPath, [join(project, 'scripts/validate.ts')], {
        cwd: project,
        env: { ...process.env, PORTAL_CONTENT: dir },
        encoding: 'utf8',
      });
      expect(validate.status).toBe(1);
      expect(validate.stderr).toMatch(/site\.yaml, dòng\/line 9 — trường\/field "site_url"/);
      expect(validate.stderr).toContain('the real address the portal is published at');
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'builds for publication at a real address: no demonstration mark, a sitemap, and a QR code to the page on each sheet',
    async ({ expect }) => {
      // The address this test configures (not a portal anyone serves): what matters is that it
      // reaches the sitemap and the QR codes unchanged.
      const address = 'https://minh-bach.thu-nghiem.vn';
      const dir = copyFixture();
      editFile(dir, 'site.yaml', (t) =>
        t.replace('demonstration: true', 'demonstration: false').replace('site_url: null', `site_url: ${address}`),
      );
      const outDir = outFolder();
      const result = await build(dir, outDir);
      expect(result.status, result.output).toBe(0);
      const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
      expect(read('index.html')).not.toContain('data-demonstration');
      expect(read('sitemap.xml')).toContain(`<loc>${address}/</loc>`);
      const sheet = read('cong-khai/xa-c/in/ho-ngheo/index.html');
      expect(sheet).not.toContain('demo-mark');
      const url = `${address}/cong-khai/xa-c/#ho-ngheo`;
      expect(sheet).toContain(`data-qr-for="${url}"`);
      // Same encoder, same text: the same modules.
      const paths = (html: string) => [...html.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
      const figure = /<figure class="sheet__qr"[\s\S]*?<\/figure>/.exec(sheet)![0];
      expect(paths(figure)).toEqual(paths(await qrSvg(url)));
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'builds the same fixture once the error is fixed',
    async ({ expect }) => {
      const dir = copyFixture();
      const outDir = outFolder();
      const result = await build(dir, outDir);
      expect(result.status, result.output).toBe(0);
      expect(existsSync(join(outDir, 'van-ban', 'ke-hoach-thu', 'index.html'))).toBe(true);
    },
    (TIMEOUT + 5) * 1000,
  );
});
