import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySearchablePages, spaceCells } from './search-index.ts';

describe('copySearchablePages', () => {
  it('copies only pages with a search region, with đ written as d + stroke, keeping their paths', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    const copy = mkdtempSync(join(tmpdir(), 'copy-'));
    mkdirSync(join(site, 'van-ban/a'), { recursive: true });
    mkdirSync(join(site, 'embed/b'), { recursive: true });
    writeFileSync(join(site, 'van-ban/a/index.html'), '<main data-pagefind-body><h1>Đất đai</h1></main>');
    writeFileSync(join(site, 'embed/b/index.html'), '<main><h1>Biểu đồ</h1></main>');
    writeFileSync(join(site, 'du-lieu.csv'), 'đất');

    expect(copySearchablePages(site, copy)).toBe(1);
    expect(readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'))).toEqual([
      'van-ban/a/index.html',
    ]);
    expect(readFileSync(join(copy, 'van-ban/a/index.html'), 'utf8')).toBe(
      '<main data-pagefind-body><h1>D\u0335ất d\u0335ai</h1></main>',
    );
    // The site itself is untouched.
    expect(readFileSync(join(site, 'van-ban/a/index.html'), 'utf8')).toContain('Đất đai');
  });
});

describe('spaceCells', () => {
  it('keeps the words of neighbouring facts and cells apart for the indexer', () => {
    expect(spaceCells('<dl><div><dt>Số hiệu</dt><dd>90/KH-UBND</dd></div></dl>')).toBe(
      '<dl><div><dt>Số hiệu</dt> <dd>90/KH-UBND</dd> </div></dl>',
    );
    expect(spaceCells('<tr><th>Xã A</th><td>12</td></tr>')).toBe('<tr><th>Xã A</th> <td>12</td> </tr>');
    expect(spaceCells('<h1>Đất đai</h1><p>x</p>')).toBe('<h1>Đất đai</h1><p>x</p>');
  });
});
