/** Runs a build under /usr/bin/time and measures what it wrote. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  ok: boolean;
  seconds: number;
  /** CPU time (user + system) of the build: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Peak resident memory of the build process, in bytes. */
  peakBytes: number;
  htmlPages: number;
  outputBytes: number;
  /** Tail of the output when the build failed. */
  log: string;
}

export function folderStats(dir: string): { files: number; html: number; bytes: number } {
  let files = 0;
  let html = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const abs = join(folder, entry.name);
      if (entry.isDirectory()) walk(abs);
      else {
        files++;
        bytes += statSync(abs).size;
        if (entry.name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, html, bytes };
}

/** `command args…` in `cwd` with `env`, timed, its peak memory read from GNU time. */
export function timedBuild(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  outDir: string,
): BuildFigures {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  const cpu = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0);
  const stats = folderStats(outDir);
  return {
    ok: result.status === 0,
    seconds,
    cpuSeconds: cpu('User') + cpu('System'),
    peakBytes: rssKb * 1024,
    htmlPages: stats.html,
    outputBytes: stats.bytes,
    log: `${result.stdout}\n${result.stderr}`.split('\n').slice(-30).join('\n'),
  };
}
