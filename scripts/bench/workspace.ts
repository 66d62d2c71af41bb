/**
 * Where the benchmark builds. In memory (/dev/shm) where the system has it: on this kind of
 * machine the time to create files on the virtual disk varied by half from one run to the
 * next, and the figures should measure the builds, not the disk. Astro moves its bundles
 * into the output folder by renaming, which cannot cross file systems, so the project is
 * copied there too (its sources and national data; node_modules is linked).
 */
import { accessSync, constants, cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function benchFolder(name: string): { dir: string; inMemory: boolean } {
  let base = tmpdir();
  let inMemory = false;
  try {
    accessSync('/dev/shm', constants.W_OK);
    base = '/dev/shm';
    inMemory = true;
  } catch {
    // No memory-backed folder: build on disk and say so.
  }
  return { dir: mkdtempSync(join(base, `bench-${name}-`)), inMemory };
}

/** What a build of the portal reads from the project, copied into `dest`. */
const PROJECT_PARTS = ['src', 'public', 'content/national', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(root: string, dest: string): void {
  for (const part of PROJECT_PARTS) cpSync(join(root, part), join(dest, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'));
}
