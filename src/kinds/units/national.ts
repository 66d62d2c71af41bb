/**
 * The whole country's administrative units in content/national/admin-units/ (communes before and
 * after 1 July 2025, the official old → new table, the resolutions): what `npm run new-instance`
 * writes an instance's units/ and succession/ from. The build reads the instance's own files,
 * not these; they are named here so that the check for unread files knows they are meant to be
 * there (the two province lists beside them are read by the PAPI kind).
 */
import { join } from 'node:path';
import type { LoadContext } from '../../base/content/context.ts';
import { claim } from '../../base/content/read.ts';

export const generatorTables = [
  'communes-2025.csv',
  'districts-pre2025.csv',
  'communes-pre2025.csv',
  'succession-2025.csv',
  'resolutions-2025.csv',
] as const;

export function claimGeneratorTables(ctx: LoadContext): void {
  for (const file of generatorTables) claim(join(ctx.nationalDir, 'admin-units', file));
}
