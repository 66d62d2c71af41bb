/**
 * Builds one instance of the portal into a folder, as `npm run build` does (scripts/build.ts), with the
 * instance, the output folder and the as-of date given explicitly. Used by the tests and
 * the measurement scripts. Several builds of one project may run at once (the tests do) when
 * each output folder is inside the project: Astro stages its bundles in the output folder
 * then, but in the project's shared .astro/ folder when the output is elsewhere.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  asOf?: string;
  /** The project to build (default: this checkout). */
  cwd?: string;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

function command({ contentDir, outDir, asOf, cwd = root }: BuildOptions) {
  // The project's own build (scripts/build.ts); a commit from before it had one built with Astro alone.
  const script = join(cwd, 'scripts/build.ts');
  return {
    args: existsSync(script) ? [script] : [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'],
    options: {
      cwd,
      env: {
        ...process.env,
        PORTAL_CONTENT: contentDir,
        PORTAL_OUT_DIR: outDir,
        ...(asOf ? { PORTAL_AS_OF: asOf } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  };
}

export function buildSite(options: BuildOptions): BuildResult {
  const { args, options: spawnOptions } = command(options);
  const result = spawnSync(process.execPath, args, { ...spawnOptions, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The same build without blocking, so that several run at once; stopped (status null, the
 * output saying so) when it takes longer than `timeoutSeconds`. Also says how long it took.
 */
export function buildSiteAsync(
  options: BuildOptions & { timeoutSeconds: number },
): Promise<BuildResult & { seconds: number }> {
  const { args, options: spawnOptions } = command(options);
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutSeconds * 1000);
    child.on('error', (error) => (clearTimeout(timer), reject(error)));
    child.on('close', (status) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const output = Buffer.concat(chunks).toString('utf8');
      resolvePromise({
        status: timedOut ? null : status,
        output: timedOut
          ? `${output}\nThe build of ${options.contentDir} was stopped after ${options.timeoutSeconds} s.`
          : output,
        seconds,
      });
    });
  });
}

/** What a build of the portal reads from the project (besides an instance's content). */
const PROJECT_PARTS = [
  'src',
  'scripts',
  'public',
  'content/national',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/**
 * Copies what a build reads into `dest` (node_modules is linked), to build there: the benchmark
 * builds in memory, the tests build small instances. Astro moves its bundles into the output
 * folder by renaming, which cannot cross file systems, so a build's output folder belongs
 * inside the copy.
 */
export function copyProject(from: string, dest: string): void {
  for (const part of PROJECT_PARTS) cpSync(join(from, part), join(dest, part), { recursive: true });
  symlinkSync(join(from, 'node_modules'), join(dest, 'node_modules'));
}
