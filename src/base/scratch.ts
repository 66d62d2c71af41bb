/**
 * A folder for many short-lived files: in memory (/dev/shm) where the system has one, else the
 * temporary folder. On the virtual disks this portal is built on, creating ten thousand small
 * files took longer than the work done with them, and varied by half from run to run.
 */
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratchFolder(prefix: string): { dir: string; inMemory: boolean } {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return { dir: mkdtempSync(join('/dev/shm', prefix)), inMemory: true };
  } catch {
    return { dir: mkdtempSync(join(tmpdir(), prefix)), inMemory: false };
  }
}
