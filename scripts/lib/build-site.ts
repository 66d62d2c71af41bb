/**
 * Builds one instance of the portal into a folder, as `npm run build` does, but with the
 * instance, the output folder and the as-of date given explicitly. Used by the tests and
 * the measurement scripts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
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

export function buildSite({ contentDir, outDir, asOf, cwd = root }: BuildOptions): BuildResult {
  const result = spawnSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PORTAL_CONTENT: contentDir,
      PORTAL_OUT_DIR: outDir,
      ...(asOf ? { PORTAL_AS_OF: asOf } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** What a build of the portal reads from the project (besides an instance's content). */
const PROJECT_PARTS = ['src', 'public', 'content/national', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

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
