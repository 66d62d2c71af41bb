/**
 * Abbreviations search reads both ways (UBND ⇄ Ủy ban nhân dân): a reviewed national list,
 * validated like other content and shared by every instance.
 */
import { resolve } from 'node:path';
import { defineKind } from '../../base/kind.ts';
import { loadAbbreviations } from './load.ts';
import type { Abbreviation } from './schema.ts';

export const abbreviationsKind = defineKind({
  name: 'abbreviations',
  load: (ctx): Abbreviation[] => loadAbbreviations(ctx, resolve(ctx.nationalDir, 'search/abbreviations.yaml')),
});
