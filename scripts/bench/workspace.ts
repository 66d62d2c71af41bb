/**
 * Where the benchmark builds: a scratch folder (src/base/scratch.ts), in memory where the
 * system has it, so that the figures measure the builds, not the disk. Astro moves its bundles
 * into the output folder by renaming, which cannot cross file systems, so the project is
 * copied there too (its sources and national data; node_modules is linked).
 */
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build of the portal reads from the project, copied into `dest`. */
const PROJECT_PARTS = ['src', 'public', 'content/national', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(root: string, dest: string): void {
  for (const part of PROJECT_PARTS) cpSync(join(root, part), join(dest, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'));
}
