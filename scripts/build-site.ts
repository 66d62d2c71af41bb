/**
 * Builds one instance of the portal into a folder, as `npm run build` does, but with the
 * instance, the output folder and the as-of date given explicitly. Used by the tests and
 * the measurement scripts.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

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
