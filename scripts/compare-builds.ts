/**
 * Builds both instances at two commits (or a commit and the working tree) with the same as-of
 * date and compares the outputs file by file, byte for byte:
 *
 *   npm run compare-builds -- <before> [<after>]      (after: the working tree when omitted)
 *
 * For changes that must not change what readers get (a restructuring, a formatter): any file
 * that differs, is missing or is new is listed, and the exit status is 1. Each commit is
 * checked out into a scratch folder (in memory where the system has one) with this checkout's
 * node_modules linked, so only the sources differ between the two builds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, root } from './lib/build-site.ts';
import { scratchFolder } from '../src/base/scratch.ts';

const AS_OF = '2025-12-31';
const INSTANCES = ['content/quang-tri', 'content/bac-ninh'];

function checkout(ref: string, dest: string): void {
  const archive = execFileSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dest], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'));
}

function workingTree(dest: string): void {
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)));
  for (const file of tracked) cpSync(join(root, file), join(dest, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'));
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs));
    }
  };
  walk(dir);
  return out.sort();
}

function build(project: string, label: string): Map<string, string> {
  const outs = new Map<string, string>();
  for (const contentDir of INSTANCES) {
    const outDir = join(project, '.compare-dist', contentDir.split('/').pop()!);
    const result = buildSite({ contentDir, outDir, asOf: AS_OF, cwd: project });
    if (result.status !== 0) {
      console.error(`✗ ${label}: the build of ${contentDir} failed:\n${result.output}`);
      process.exit(2);
    }
    outs.set(contentDir, outDir);
  }
  return outs;
}

const [before, after] = process.argv.slice(2);
if (!before) {
  console.error('usage: npm run compare-builds -- <commit-before> [<commit-after>]');
  process.exit(2);
}
const scratch = scratchFolder('portal-compare-').dir;
try {
  const a = join(scratch, 'before');
  const b = join(scratch, 'after');
  for (const d of [a, b]) execFileSync('mkdir', ['-p', d]);
  checkout(before, a);
  if (after) checkout(after, b);
  else workingTree(b);
  const outA = build(a, before);
  const outB = build(b, after ?? 'working tree');
  let differences = 0;
  for (const contentDir of INSTANCES) {
    const da = outA.get(contentDir)!;
    const db = outB.get(contentDir)!;
    const fa = files(da);
    const fb = new Set(files(db));
    const changed: string[] = [];
    const missing: string[] = [];
    for (const f of fa) {
      if (!fb.has(f)) missing.push(f);
      else if (!readFileSync(join(da, f)).equals(readFileSync(join(db, f)))) changed.push(f);
      fb.delete(f);
    }
    const added = [...fb];
    differences += changed.length + missing.length + added.length;
    console.log(
      `${contentDir}: ${fa.length} files before; ${changed.length} differ, ${missing.length} missing, ${added.length} new`,
    );
    for (const [what, list] of [
      ['differs', changed],
      ['missing', missing],
      ['new', added],
    ] as const)
      for (const f of list.slice(0, 40)) console.log(`  ${what}: ${f}`);
  }
  console.log(differences === 0 ? '✓ byte-identical' : `✗ ${differences} differences`);
  process.exitCode = differences === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
