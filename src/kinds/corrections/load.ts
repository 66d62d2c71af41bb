/** Reads corrections.yaml of an instance (optional: no file, no corrections). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryOf, isList, relPath, tryRead, type Entry, type LoadContext } from '../../base/content/context.ts';
import { readYaml } from '../../base/content/read.ts';
import { fileProblems } from '../../base/rules.ts';
import { knownPages, type PublishedPages } from './pages.ts';
import { correctionRules } from './rules.ts';
import { correctionSchema, type Correction } from './schema.ts';

/** Reads the corrections and, given what the portal publishes, checks each names a page it has. */
export function loadCorrections(ctx: LoadContext, pages?: PublishedPages): Correction[] {
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
  const entries = located.value.flatMap((_, i): Entry<Correction>[] => {
    const entry = entryOf(ctx, correctionSchema, located, [i]);
    return entry ? [entry] : [];
  });
  if (pages)
    fileProblems(
      ctx,
      entries,
      correctionRules(
        entries.map((e) => e.data),
        knownPages(pages),
      ),
    );
  return entries.map((e) => e.data);
}
