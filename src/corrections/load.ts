/** Reads corrections.yaml of an instance (optional: no file, no corrections). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryOf, relPath, tryRead, type LoadContext } from '../content/context.ts';
import { readYaml } from '../content/read.ts';
import { correctionSchema, type Correction } from './schema.ts';

export function loadCorrections(ctx: LoadContext): Correction[] {
  const abs = join(ctx.dir, 'corrections.yaml');
  if (!existsSync(abs)) return [];
  const located = tryRead(ctx, () => readYaml(abs, relPath(ctx, abs)));
  if (!located || located.value === null) return [];
  if (!Array.isArray(located.value)) {
    ctx.issues.add({
      ...located.locate([]),
      field: '(tệp / file)',
      found: 'không phải danh sách / not a list',
      expected: { vi: 'một danh sách đính chính, mỗi mục bắt đầu bằng "- "', en: 'a list of corrections, each starting with "- "' },
    });
    return [];
  }
  return located.value.flatMap((_, i) => entryOf(ctx, correctionSchema, located, [i])?.data ?? []);
}
