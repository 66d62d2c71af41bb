/**
 * The build, in four stages, into a fresh folder that replaces the published one only when
 * every stage has succeeded:
 *
 *   1. load    — read and check the instance's content (exactly what `npm run validate` runs);
 *   2. render  — Astro writes every page into the fresh folder;
 *   3. search  — Pagefind indexes the fresh folder;
 *   4. check   — every page the content claimed was written, no internal link is broken,
 *                the search index is there.
 *
 * A failure at any stage removes the fresh folder and leaves the previous site exactly as it
 * was; a content problem is one bilingual message, never a stack trace. The swap at the end
 * is two renames in one folder: the previous site is moved aside, the new one put in its
 * place, then the previous one deleted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Claim } from '../../src/base/content/addresses.ts';
import { ContentError, type ContentIssue } from '../../src/base/content/errors.ts';
import { pendingReport } from '../../src/base/site/pending.ts';
import { loadPortal, type Portal } from '../../src/portal.ts';
import { builtBy } from '../../src/base/routes.ts';
import { brokenLinks, builtFiles, fileFor, pathOfHtml } from './built-site.ts';
import { indexSite } from './search-index.ts';

export type Stage = 'load' | 'render' | 'search' | 'check';

export interface AtomicBuildOptions {
  /** The instance's content folder, relative to `cwd` or absolute. */
  contentDir: string;
  /** The published folder, replaced only by a complete build. */
  outDir: string;
  /** The as-of date (PORTAL_AS_OF), for reproducible builds. */
  asOf?: string;
  /** The project whose code builds the site. */
  cwd: string;
  /** Where progress and problems are written (a line at a time). */
  log: (line: string) => void;
  /** Replaces a stage's work, for tests that make one fail (the stage's name stays the same). */
  replace?: Partial<Record<Exclude<Stage, 'load'>, (staging: string) => Promise<void> | void>>;
}

export interface AtomicBuildResult {
  ok: boolean;
  /** The stage that failed, when one did. */
  failedAt?: Stage;
  /** The content problems, when loading failed on them. */
  issues?: ContentIssue[];
}

/** A stage's failure: what to tell the reader, already worded (no stack trace for content). */
export class StageError extends Error {
  /** The content problems, when the content is what failed. */
  readonly issues: ContentIssue[];
  constructor(message: string, issues: ContentIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

const STAGE_NAMES: Record<Stage, string> = {
  load: 'đọc và kiểm tra nội dung / reading and checking the content',
  render: 'dựng các trang / rendering the pages',
  search: 'lập chỉ mục tìm kiếm / indexing for search',
  check: 'kiểm tra trang đã dựng / checking the built site',
};

/**
 * Stage 1, also `npm run validate`: the instance's content loaded and checked. A content
 * problem becomes a StageError with the bilingual report as its whole message.
 */
export function loadStage(options: Pick<AtomicBuildOptions, 'contentDir' | 'asOf'>): Portal {
  try {
    return loadPortal({ contentDir: options.contentDir, asOf: options.asOf });
  } catch (error) {
    if (error instanceof ContentError) throw new StageError(error.message, error.issues);
    throw error;
  }
}

/** Runs Astro's build of the instance into `staging` (two pages with one address stop it: astro.config.mjs). */
function render(options: AtomicBuildOptions, staging: string): Promise<void> {
  const astro = join(options.cwd, 'node_modules/astro/bin/astro.mjs');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: options.cwd,
      env: {
        ...process.env,
        PORTAL_CONTENT: options.contentDir,
        PORTAL_OUT_DIR: staging,
        ...(options.asOf ? { PORTAL_AS_OF: options.asOf } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      const output = Buffer.concat(chunks).toString('utf8');
      options.log(output.trimEnd());
      if (status !== 0) fail(new StageError(`Astro dừng lại (mã ${status}) / Astro stopped (exit ${status}).`));
      else done();
    });
  });
}

/**
 * What the after-build check finds wrong with a built site: a claimed address with no page,
 * a page of the other kind of build (a province's page in the national hub, or the hub's in a
 * province's portal: src/base/routes.ts, audienceOf), an internal link to nothing, no search
 * index. Empty when the site is whole.
 */
export function siteProblems(dir: string, addresses: Claim[], hub = false): string[] {
  const problems: string[] = [];
  for (const claim of addresses) {
    if (!fileFor(dir, claim.path)) problems.push(`Thiếu trang / missing page ${claim.path} (${claim.place.file})`);
  }
  for (const file of builtFiles(dir).filter((f) => f.endsWith('.html'))) {
    const path = pathOfHtml(file);
    if (!builtBy(path, hub))
      problems.push(
        hub
          ? `Trang của cổng tỉnh trong trang cả nước / a province portal's page in the national hub: ${path}`
          : `Trang của trang cả nước trong cổng tỉnh / a national hub page in a province's portal: ${path}`,
      );
  }
  const { broken } = brokenLinks(dir);
  problems.push(...broken.map((b) => `Liên kết hỏng / broken link: ${b}`));
  if (!existsSync(join(dir, 'pagefind/pagefind-entry.json')))
    problems.push('Thiếu chỉ mục tìm kiếm / no search index (pagefind/)');
  return problems;
}

/** Builds the instance atomically (see the top of this file). */
export async function buildAtomically(options: AtomicBuildOptions): Promise<AtomicBuildResult> {
  const { log } = options;
  const outDir = resolve(options.cwd, options.outDir);
  // Beside the published folder, so that the swap is a rename within one file system, and
  // inside the project, where Astro stages its bundles.
  const staging = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
  let stage: Stage = 'load';
  const started = performance.now();
  const step = (next: Stage) => {
    stage = next;
    log(`→ ${STAGE_NAMES[next]}`);
  };
  try {
    step('load');
    const portal = loadStage({ contentDir: resolve(options.cwd, options.contentDir), asOf: options.asOf });
    for (const line of pendingReport(portal.site, join(options.contentDir, 'site.yaml'))) log(line);

    step('render');
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    await (options.replace?.render ?? ((dir: string) => render(options, dir)))(staging);

    step('search');
    await (
      options.replace?.search ??
      ((dir: string) => {
        const { searchable, indexed } = indexSite(dir);
        log(`  ${indexed} / ${searchable} searchable pages`);
      })
    )(staging);

    step('check');
    await (
      options.replace?.check ??
      ((dir: string) => {
        const problems = siteProblems(dir, portal.addresses, portal.hub !== null);
        if (problems.length)
          throw new StageError(
            problems.slice(0, 50).join('\n') + (problems.length > 50 ? `\n… (${problems.length})` : ''),
          );
      })
    )(staging);

    // Every stage succeeded: the new site replaces the previous one.
    const previous = `${staging}.previous`;
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
    log(
      `✓ ${options.outDir}: xong sau ${Math.round((performance.now() - started) / 1000)} giây / built in ${Math.round((performance.now() - started) / 1000)} s.`,
    );
    return { ok: true };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // A content or stage problem is already worded for its reader; anything else is a fault
    // of the code, and its stack trace is what a developer needs.
    log(
      error instanceof StageError
        ? `\n${error.message}`
        : `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    log(
      `\n✗ Dừng ở bước "${STAGE_NAMES[stage]}"; trang đã công bố trong ${options.outDir} giữ nguyên.\n` +
        `✗ Stopped at "${STAGE_NAMES[stage].split(' / ')[1]}"; the published site in ${options.outDir} is unchanged.`,
    );
    return { ok: false, failedAt: stage, issues: error instanceof StageError ? error.issues : [] };
  }
}
