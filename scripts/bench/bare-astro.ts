/**
 * A bare Astro project with a given number of pages, as the baseline the portal's build
 * time is compared with: one dynamic route, a small page each, no content loading.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareAstro(dir: string, pages: number, nodeModules: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    [
      '---',
      `export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : \`trang/\${i}\` }, props: { i } }));`,
      'const { i } = Astro.props;',
      '---',
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang {i}</title></head>',
      '<body><h1>Trang {i}</h1><p>Một trang để đo tốc độ xây dựng.</p></body></html>',
      '',
    ].join('\n'),
  );
}
