/**
 * Reads the abbreviations dictionary, shared by every instance. Problems are reported like
 * any other content error (file, line, field, bilingual), and an abbreviation listed twice
 * is an error: two meanings for one word would make search guess.
 */
import { existsSync } from 'node:fs';
import { entryOf, isList, relPath, tryRead, type Entry, type LoadContext } from '../../base/content/context.ts';
import { readYaml } from '../../base/content/read.ts';
import { searchKey } from '../../outputs/search/fold.ts';
import { abbreviationSchema, type Abbreviation } from './schema.ts';

export function loadAbbreviations(ctx: LoadContext, abs: string): Abbreviation[] {
  const file = relPath(ctx, abs);
  if (!existsSync(abs)) return [];
  const located = tryRead(ctx, () => readYaml(abs, file));
  if (!located) return [];
  if (
    !isList(ctx, located, {
      vi: 'một danh sách, mỗi mục bắt đầu bằng "- abbr:"',
      en: 'a list, each item starting with "- abbr:"',
    })
  )
    return [];
  const entries: Entry<Abbreviation>[] = [];
  located.value.forEach((_, index) => {
    const entry = entryOf(ctx, abbreviationSchema, located, [index]);
    if (entry) entries.push(entry);
  });
  const seen = new Map<string, Entry<Abbreviation>>();
  for (const entry of entries) {
    const key = searchKey(entry.data.abbr);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const line = first.at(['abbr']).line;
    ctx.issues.add({
      ...entry.at(['abbr']),
      field: 'abbr',
      found: JSON.stringify(entry.data.abbr),
      expected: {
        vi: `một chữ viết tắt chưa có trong danh sách ("${first.data.abbr}" đã có ở dòng ${line})`,
        en: `an abbreviation not listed yet ("${first.data.abbr}" is already on line ${line})`,
      },
    });
  }
  return entries.map((e) => e.data);
}
