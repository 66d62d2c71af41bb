/**
 * A content error stops the real build before anything is written: the previous output
 * stays as it was, and the message names the file and the field in both languages.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { copyFixture, editFile } from '../helpers/fixture.ts';

describe('astro build with a content error', () => {
  it('stops, names the file and field, and leaves the output folder untouched', () => {
    const dir = copyFixture();
    editFile(dir, 'documents/ke-hoach-thu.md', (t) => t.replace('date: 2021-05-10', 'date: 2021-02-30'));
    const outDir = mkdtempSync(join(tmpdir(), 'portal-out-'));
    mkdirSync(join(outDir, 'old'));
    writeFileSync(join(outDir, 'old', 'index.html'), 'previous build');

    const result = buildSite({ contentDir: dir, outDir });

    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/documents\/ke-hoach-thu\.md, dòng\/line 7 — trường\/field "date"/);
    expect(result.output).toContain('[vi] Tìm thấy "2021-02-30"; cần một ngày có thật');
    expect(result.output).toContain('[en] Found "2021-02-30"; expected a real date');
    expect(readdirSync(outDir)).toEqual(['old']);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('builds the same fixture once the error is fixed', () => {
    const dir = copyFixture();
    const outDir = mkdtempSync(join(tmpdir(), 'portal-out-'));
    const result = buildSite({ contentDir: dir, outDir });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(outDir, 'van-ban', 'ke-hoach-thu', 'index.html'))).toBe(true);
  }, 120_000);
});
