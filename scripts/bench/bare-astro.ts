/**
 * The bare Astro projects the portal's build time is compared with. Both have one route and
 * no content loading, components or derived figures:
 *
 * - `writeBareAstro`: the same number of pages, each a few hundred bytes, no search index:
 *   what Astro itself costs per page.
 * - `writeBareAstroSameOutput`: the same files as a build of the portal (every page and
 *   download, byte for byte, read from that build's output) and the same Pagefind index over
 *   them: what Astro and Pagefind themselves cost to write and index this much. Our build's
 *   time over this one is the cost of the portal's own work.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CONFIG = "output: 'static', trailingSlash: 'always', build: { format: 'directory' }";

export function writeBareAstro(dir: string, pages: number, nodeModules: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ ${CONFIG} });\n`,
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

/** Files of a build that its routes wrote: not the bundles, the search index or copies of public/. */
function routeOutputs(builtDir: string, publicDir: string): { pages: string[]; files: string[] } {
  const fromPublic = new Set(
    readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).map((p) => p.split(sep).join('/')),
  );
  const pages: string[] = [];
  const files: string[] = [];
  for (const entry of readdirSync(builtDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(builtDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.startsWith('_astro/') || path.startsWith('pagefind/') || fromPublic.has(path)) continue;
    (path.endsWith('.html') ? pages : files).push(path);
  }
  return { pages: pages.sort(), files: files.sort() };
}

export function writeBareAstroSameOutput(
  dir: string,
  builtDir: string,
  publicDir: string,
  nodeModules: string,
): { pages: number; files: number } {
  const { pages, files } = routeOutputs(builtDir, publicDir);
  const source = join(dir, 'source');
  mkdirSync(join(dir, 'src/pages/f'), { recursive: true });
  const top = (src: string) => relative(builtDir, src).split(sep)[0];
  cpSync(builtDir, source, { recursive: true, filter: (src) => top(src) !== '_astro' && top(src) !== 'pagefind' });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-astro-same-output', private: true, type: 'module' }),
  );
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ source, pages, files }));
  // The same search step as the portal's: Pagefind's command line over the written pages.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { spawnSync } from 'node:child_process';",
      "import { fileURLToPath } from 'node:url';",
      "import { defineConfig } from 'astro/config';",
      "const cli = new URL('./node_modules/pagefind/lib/runner/bin.cjs', import.meta.url);",
      'const search = { name: "bare-search", hooks: { "astro:build:done": ({ dir }) => {',
      "  const run = spawnSync(process.execPath, [fileURLToPath(cli), '--site', fileURLToPath(dir), '--quiet'], { stdio: 'inherit' });",
      "  if (run.status !== 0) throw new Error('Pagefind failed');",
      '} } };',
      `export default defineConfig({ ${CONFIG}, integrations: [search] });`,
      '',
    ].join('\n'),
  );
  // The build runs in `dir`, so the routes find the list there.
  const manifest = "JSON.parse(readFileSync(join(process.cwd(), 'manifest.json'), 'utf8'))";
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    [
      '---',
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      'export function getStaticPaths() {',
      `  const { source, pages } = ${manifest};`,
      "  return pages.map((file) => ({ params: { slug: file.replace(/(^|\\/)index\\.html$/, '').replace(/\\.html$/, '') || undefined }, props: { file: join(source, file) } }));",
      '}',
      "const html = readFileSync(Astro.props.file, 'utf8');",
      '---',
      '<Fragment set:html={html} />',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/pages/f/[...path].ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      'export function getStaticPaths() {',
      `  const { source, files } = ${manifest};`,
      '  return files.map((file) => ({ params: { path: file }, props: { file: join(source, file) } }));',
      '}',
      'export const GET = ({ props }) => new Response(readFileSync(props.file));',
      '',
    ].join('\n'),
  );
  return { pages: pages.length, files: files.length };
}
