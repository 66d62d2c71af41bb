/** Reads corrections.yaml of an instance (optional: no file, no corrections). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryOf, isList, relPath, tryRead, type LoadContext } from '../../base/content/context.ts';
import { readYaml } from '../../base/content/read.ts';
import { correctionSchema, type Correction } from './schema.ts';

export function loadCorrections(ctx: LoadContext): Correction[] {
  const abs = join(ctx.dir, 'corrections.yaml');
  if (!existsSync(abs)) return [];
  const located = tryRead(ctx, () => readYaml(abs, relPath(ctx, abs)));
  if (!located || located.value === null) return [];
  if (
    !isList(ctx, located, {
      vi: 'một danh sách đính chính, mỗi mục bắt đầu bằng "- "',
      en: 'a list of corrections, each starting with "- "',
    })
  )
    return [];
  return located.value.flatMap((_, i) => entryOf(ctx, correctionSchema, located, [i])?.data ?? []);
}
