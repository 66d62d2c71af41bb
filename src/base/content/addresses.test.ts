import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AddressBook, fixedRoutes } from './addresses.ts';

describe('fixedRoutes', () => {
  it('lists the pages that take nothing from the content, without the language prefix', () => {
    const root = mkdtempSync(join(tmpdir(), 'pages-'));
    const pages = join(root, 'src/pages');
    for (const file of [
      '404.astro',
      '[...lang]/index.astro',
      '[...lang]/cong-khai/index.astro',
      '[...lang]/cong-khai/bang-gia-dat.astro',
      '[...lang]/cong-khai/[commune]/index.astro',
      '[...lang]/van-ban/[id].astro',
      'lich.ics.ts',
      'du-lieu/[file].ts',
      'notes.txt',
    ]) {
      mkdirSync(dirname(join(pages, file)), { recursive: true });
      writeFileSync(join(pages, file), '');
    }
    expect(fixedRoutes(pages, root).map((c) => [c.path, c.place.file])).toEqual([
      ['/404.html', 'src/pages/404.astro'],
      ['/cong-khai/bang-gia-dat/', 'src/pages/[...lang]/cong-khai/bang-gia-dat.astro'],
      ['/cong-khai/', 'src/pages/[...lang]/cong-khai/index.astro'],
      ['/', 'src/pages/[...lang]/index.astro'],
      ['/lich.ics', 'src/pages/lich.ics.ts'],
    ]);
  });

  it('is empty when there is no pages folder', () => {
    expect(fixedRoutes('/nowhere/src/pages', '/nowhere')).toEqual([]);
  });
});

describe('AddressBook', () => {
  it('gives an address to the first claim and names it in the second', () => {
    const book = new AddressBook([{ path: '/gop-y/', place: { file: 'src/pages/gop-y.astro' } }]);
    expect(book.claim('/cong-khai/xa-c/thu-hoi-dat/a/', { file: 'x.yaml', line: 2, field: 'id', found: '"a"' })).toBeUndefined();
    const issue = book.claim('/cong-khai/xa-c/thu-hoi-dat/a/', { file: 'x.yaml', line: 9, field: 'id', found: '"a"' });
    expect(issue).toMatchObject({ file: 'x.yaml', line: 9, field: 'id', found: '"a"' });
    expect(issue!.expected.vi).toContain('đã thuộc về x.yaml:2');
    expect(issue!.expected.en).toContain('already belongs to x.yaml:2');
    expect(book.claim('/gop-y/', { file: 'y.csv', row: 3, field: 'id', found: '"gop-y"' })!.expected.en).toContain(
      'src/pages/gop-y.astro',
    );
    expect(book.all.map((c) => c.path)).toEqual(['/gop-y/', '/cong-khai/xa-c/thu-hoi-dat/a/']);
  });
});
