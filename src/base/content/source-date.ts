/**
 * When data that carries no dates of its own last changed (national PAPI scores): one line of
 * the SOURCE.md beside it, "Cập nhật / Updated: YYYY-MM-DD", written when the data is imported
 * or edited. Pages and datasets built from that data show this day, never the day of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relPath, type LoadContext } from './context.ts';
import { isRealIsoDate } from './fields.ts';

const LINE = /^Cập nhật \/ Updated: *(.*?) *$/m;

/** The day a SOURCE.md says its data last changed; a missing or wrong line is a content error. */
export function sourceDate(ctx: LoadContext, dir: string): string | undefined {
  const abs = join(dir, 'SOURCE.md');
  const text = existsSync(abs) ? readFileSync(abs, 'utf8') : '';
  const found = LINE.exec(text)?.[1];
  if (found !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(found) && isRealIsoDate(found)) return found;
  ctx.issues.add({
    file: relPath(ctx, abs),
    field: 'Cập nhật / Updated',
    found: found === undefined ? 'không có dòng này / no such line' : JSON.stringify(found),
    expected: {
      vi: 'một dòng "Cập nhật / Updated: YYYY-MM-DD": ngày dữ liệu bên cạnh thay đổi lần cuối',
      en: 'a line "Cập nhật / Updated: YYYY-MM-DD": the day the data beside it last changed',
    },
  });
  return undefined;
}
