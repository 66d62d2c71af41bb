/**
 * The build replaces the published site only when every stage has succeeded: made to fail at
 * each stage in turn (loading, rendering, search indexing, the after-build check), it leaves
 * the previous site byte-identical, exits non-zero and says where it stopped, with no stack
 * trace for a content problem.
 *
 * It runs in its own copy of the small project (small-project.ts), so that a page that
 * throws or links nowhere can be added to the code for one build.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildAtomically } from '../../scripts/lib/atomic-build.ts';
import { buildSiteAsync, copyProject } from '../../scripts/lib/build-site.ts';
import { builtFiles } from '../../scripts/lib/built-site.ts';
import { copyFixture, editFile } from '../helpers/fixture.ts';

/** Seconds a build may take. Measured: 10–20 s for the minimal fixture on 2 cores shared with other runs. */
const TIMEOUT = 90;
const small = inject('smallProject');
const project = mkdtempSync(join(small, '..', 'atomic-'));
const outDir = join(project, 'published');
const extraPage = join(project, 'src/pages/thu-loi.astro');
const content = copyFixture();

/** Every file of the published site with a hash of its bytes. */
function fingerprint(): string[] {
  return builtFiles(outDir).map(
    (f) =>
      `${f} ${createHash('sha256')
        .update(readFileSync(join(outDir, f)))
        .digest('hex')}`,
  );
}

const build = (contentDir = content) => buildSiteAsync({ contentDir, outDir, cwd: project, timeoutSeconds: TIMEOUT });
let published: string[] = [];

describe('the build, failing at each stage', () => {
  beforeAll(
    async () => {
      copyProject(small, project);
      const first = await build();
      if (first.status !== 0) throw new Error(`The first build failed:\n${first.output}`);
      published = fingerprint();
    },
    (TIMEOUT + 5) * 1000,
  );

  it('has a published site to keep', () => {
    expect(published.length).toBeGreaterThan(100);
    expect(published.some((f) => f.startsWith('/van-ban/ke-hoach-thu/index.html '))).toBe(true);
  });

  it(
    'loading: a content error stops it with one bilingual message and no stack trace',
    async () => {
      const broken = copyFixture();
      editFile(broken, 'documents/ke-hoach-thu.md', (t) => t.replace('date: 2021-05-10', 'date: 2021-02-30'));
      const result = await build(broken);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/documents\/ke-hoach-thu\.md, dòng\/line 7 — trường\/field "date"/);
      expect(result.output).toContain('[en] Found "2021-02-30"; expected a real date');
      expect(result.output).toContain('Dừng ở bước "đọc và kiểm tra nội dung');
      expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(fingerprint()).toEqual(published);
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'rendering: a page that throws stops it half-way',
    async () => {
      writeFileSync(extraPage, "---\nthrow new Error('Trang thử lỗi');\n---\n");
      try {
        const result = await build();
        expect(result.status).toBe(1);
        expect(result.output).toContain('Trang thử lỗi');
        expect(result.output).toContain('Stopped at "rendering the pages"');
      } finally {
        rmSync(extraPage);
      }
      expect(fingerprint()).toEqual(published);
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'search indexing: an indexer that fails stops it after the pages were written',
    async () => {
      const lines: string[] = [];
      const result = await buildAtomically({
        contentDir: content,
        outDir,
        cwd: project,
        log: (line) => lines.push(line),
        replace: {
          search: () => {
            throw new Error('Pagefind stopped (exit 1)');
          },
        },
      });
      expect(result).toMatchObject({ ok: false, failedAt: 'search' });
      expect(lines.join('\n')).toContain('Stopped at "indexing for search"');
      expect(fingerprint()).toEqual(published);
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'after-build check: a link to a page that does not exist stops it',
    async () => {
      writeFileSync(extraPage, '<html lang="vi"><body><a href="/khong-co-trang-nay/">Không có</a></body></html>\n');
      try {
        const result = await build();
        expect(result.status).toBe(1);
        expect(result.output).toContain('/thu-loi/index.html → /khong-co-trang-nay/ (no such file)');
        expect(result.output).toContain('Stopped at "checking the built site"');
      } finally {
        rmSync(extraPage);
      }
      expect(fingerprint()).toEqual(published);
    },
    (TIMEOUT + 5) * 1000,
  );

  it(
    'and once nothing fails, the new site replaces the previous one whole',
    async () => {
      editFile(content, 'documents/ke-hoach-thu.md', (t) => t.replace('Nội dung.', 'Nội dung đã sửa.'));
      const result = await build();
      expect(result.status, result.output).toBe(0);
      const now = fingerprint();
      expect(now).not.toEqual(published);
      expect(readFileSync(join(outDir, 'van-ban/ke-hoach-thu/index.html'), 'utf8')).toContain('Nội dung đã sửa.');
      expect(readdirSync(project).filter((name) => name.includes('.building-'))).toEqual([]);
    },
    (TIMEOUT + 5) * 1000,
  );
});
