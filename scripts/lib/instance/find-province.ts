/**
 * Which 2025 province a person means: by its code ("15", "1" for "01") or its name, with or
 * without diacritics, the type word or capitals ("Lao Cai", "lào cai", "Tỉnh Lào Cai", "lao-cai",
 * "TP Hồ Chí Minh"). A province of before 1/7/2025 is not guessed into its successor: the answer
 * names the successor so the person can choose it. Messages are in Vietnamese and English.
 */
import { withoutMarks } from '../../../src/base/text.ts';
import type { AdminUnitTables, Province2025 } from '../admin-units.ts';

export type Found = { ok: true; province: Province2025 } | { ok: false; message: string };

/** "Thành phố Hồ Chí Minh", "tp. ho chi minh", "ho-chi-minh" → "ho chi minh". */
export function foldName(text: string): string {
  return withoutMarks(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[-_.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(tinh|thanh pho|tp) /, '');
}

const listed = (ps: Province2025[]) => ps.map((p) => `${p.code} ${p.name_vi}`).join('; ');

export function findProvince(t: Pick<AdminUnitTables, 'provinces2025' | 'provincesOld'>, query: string): Found {
  const q = query.trim();
  const all = `34 tỉnh, thành phố từ 1/7/2025 / the 34 provinces since 1 July 2025: ${listed(t.provinces2025)}`;
  if (!q) return { ok: false, message: `Cần tên hoặc mã một tỉnh / A province's name or code is needed.\n${all}` };
  if (/^\d{1,2}$/.test(q)) {
    const code = q.padStart(2, '0');
    const province = t.provinces2025.find((p) => p.code === code);
    if (province) return { ok: true, province };
    const former = t.provincesOld.find((p) => p.code === code);
    return {
      ok: false,
      message: `${former ? formerMessage(t, former.code) : `Không có tỉnh mã ${code} / No province has code ${code}.`}\n${all}`,
    };
  }
  const folded = foldName(q);
  const matches = t.provinces2025.filter((p) => foldName(p.name_vi) === folded);
  if (matches.length === 1) return { ok: true, province: matches[0]! };
  if (matches.length > 1) return { ok: false, message: `"${q}" có thể là / could be: ${listed(matches)}.` };
  const former = t.provincesOld.find((p) => foldName(p.name_vi) === folded);
  if (former) return { ok: false, message: `${formerMessage(t, former.code)}\n${all}` };
  return { ok: false, message: `Không tìm thấy tỉnh "${q}" / No province "${q}".\n${all}` };
}

/** A province of before 1/7/2025: which 2025 province took it over. */
function formerMessage(t: Pick<AdminUnitTables, 'provinces2025' | 'provincesOld'>, code: string): string {
  const former = t.provincesOld.find((p) => p.code === code)!;
  const successor = t.provinces2025.find((p) => p.code === former.successor_code)!;
  return (
    `${former.name_vi} (mã ${former.code}) là tỉnh trước 1/7/2025; nay thuộc ${successor.name_vi} (mã ${successor.code}). ` +
    `Cổng phục vụ tỉnh hiện nay: dùng "${successor.code}".\n` +
    `${former.name_vi} (code ${former.code}) is a province of before 1 July 2025, now part of ${successor.name_vi} ` +
    `(code ${successor.code}). A portal serves a province of today: use "${successor.code}".`
  );
}
