/**
 * The legal bases of the 2025 reorganisation, read from the texts of the resolutions (not typed
 * in): for each 2025 province, the Standing Committee's resolution that reorganised its communes
 * (number, date, title); the National Assembly's resolution on the provinces that the merged
 * provinces' resolutions cite (number, date, subject); and, for the provinces that were not
 * merged, the list in Resolution 60-NQ/TW that names them. A text that says something else than
 * expected stops the import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolution } from '../../lib/admin-units.ts';
import { readCsvFile } from '../../lib/csv-files.ts';

const fail = (message: string): never => {
  throw new Error(message);
};

/** The text without Markdown emphasis and backslashes, its white space collapsed: "ngày 16 tháng 6 năm 2025". */
function plain(markdown: string): string {
  return markdown.normalize('NFC').replace(/[*\\]/g, '').replace(/\s+/g, ' ');
}

/** "ngày 16 tháng 6 năm 2025" right after `anchor` → "2025-06-16". */
function dateAfter(text: string, anchor: string, where: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) fail(`${where}: "${anchor}" not found`);
  const m = text.slice(at + anchor.length).match(/^[^;]*?ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/);
  if (!m) return fail(`${where}: no date after "${anchor}"`);
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** "Tỉnh Lào Cai" → "tỉnh Lào Cai" (the way a title names a province inside a sentence). */
const inSentence = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/** The names in list I ("Các đơn vị hành chính cấp tỉnh không thực hiện sáp nhập") of 60-NQ/TW's annex. */
function notMerged(text: string): { names: string[]; resolution: Resolution } {
  const title = 'Các đơn vị hành chính cấp tỉnh không thực hiện sáp nhập';
  const list = text.match(new RegExp(`I- ${title} (.*?) II- `));
  if (!list) return fail(`60-NQ/TW: list "I- ${title}" not found`);
  const names = [...list[1]!.matchAll(/\d+\. ([^.]+)\./g)].map((m) => m[1]!.trim().normalize('NFC'));
  return {
    names,
    resolution: {
      level: 'province-unchanged',
      province_code: '',
      number: '60-NQ/TW',
      date: dateAfter(text, 'Số 60-NQ/TW', '60-NQ/TW'),
      title: `${title} (phụ lục, mục I)`,
    },
  };
}

/** Spelling variants of one name ("Thanh Hoá" in one text, "Thanh Hóa" in the lists): the old and new tone placement. */
const sameName = (a: string, b: string) =>
  a.replace(/oá/g, 'óa').replace(/oà/g, 'òa') === b.replace(/oá/g, 'óa').replace(/oà/g, 'òa');

/**
 * Every 2025 province's commune-level resolution, the province-level one the merged provinces'
 * resolutions cite, and the list of the provinces not merged.
 * `provinceNames`: code → official name ("Tỉnh Lào Cai"), to check each title names its province;
 * `merged`: the codes of the 2025 provinces formed from more than one province.
 */
export function readResolutions(
  srcDir: string,
  provinceNames: Map<string, string>,
  merged: Set<string>,
): { resolutions: Resolution[]; notes: string[] } {
  const index = readCsvFile(join(srcDir, 'resolutions_commune_level_2025.csv'));
  const communeLevel: Resolution[] = [];
  const cited = new Map<string, { resolution: Resolution; citedBy: string[] }>();
  const notes: string[] = [];
  for (const row of index) {
    const where = row.file!;
    const text = plain(readFileSync(join(srcDir, where), 'utf8'));
    const number = row.resolution!;
    const name = provinceNames.get(row.province_code!) ?? fail(`${where}: unknown 2025 province ${row.province_code}`);
    if (name !== row.province_name) fail(`${where}: index names "${row.province_name}", the list "${name}"`);
    if (!text.includes(`Số: ${number}`)) fail(`${where}: the text does not carry the number ${number}`);
    // The title is in capitals; it must name this province, and is kept in sentence case.
    const title = `Về việc sắp xếp các đơn vị hành chính cấp xã của ${inSentence(name)} năm 2025`;
    if (!text.includes(title.toUpperCase())) fail(`${where}: title "${title.toUpperCase()}" not found`);
    communeLevel.push({
      level: 'commune',
      province_code: row.province_code!,
      number,
      date: dateAfter(text, `Số: ${number}`, where),
      title,
    });
    // A merged province's cites the National Assembly's resolution on the provinces: the same one, with the same date.
    const nq = text.match(
      /Nghị quyết số (\d+\/2025\/QH15) ngày [^;]*? của Quốc hội (về sắp xếp đơn vị hành chính cấp tỉnh)/,
    );
    if (!nq !== !merged.has(row.province_code!))
      fail(
        `${where}: ${nq ? 'cites' : 'does not cite'} the resolution on the provinces, for a province ${nq ? 'not ' : ''}merged`,
      );
    if (!nq) continue;
    const provinceLevel: Resolution = {
      level: 'province',
      province_code: '',
      number: nq[1]!,
      date: dateAfter(text, `Nghị quyết số ${nq[1]}`, where),
      title: `V${nq[2]!.slice(1)}`,
    };
    const key = JSON.stringify(provinceLevel);
    cited.set(key, { resolution: provinceLevel, citedBy: [...(cited.get(key)?.citedBy ?? []), number] });
  }
  // They all cite one resolution; where one text cites it with another date, the others are followed and it is noted.
  const citations = [...cited.values()].sort((a, b) => b.citedBy.length - a.citedBy.length);
  const [main, ...others] = citations;
  if (!main || new Set(citations.map((c) => c.resolution.number)).size !== 1)
    fail(`expected one resolution on the provinces, found ${citations.map((c) => c.resolution.number).join(', ')}`);
  for (const other of others) {
    if (other.citedBy.length * 2 >= main!.citedBy.length)
      fail(`no clear majority for the date of ${main!.resolution.number}`);
    notes.push(
      `${other.citedBy.join(', ')} cite${other.citedBy.length > 1 ? '' : 's'} ${other.resolution.number} as of ${other.resolution.date}; ` +
        `the ${main!.citedBy.length} other resolutions as of ${main!.resolution.date}, which is kept`,
    );
  }
  const codes = new Set(communeLevel.map((r) => r.province_code));
  for (const code of provinceNames.keys()) if (!codes.has(code)) fail(`2025 province ${code} has no resolution`);
  // The provinces not merged are the ones 60-NQ/TW lists as such (it writes "Tỉnh Cao Bằng" as the lists do).
  const kept = notMerged(plain(readFileSync(join(srcDir, 'legal_texts_from_dvhcvn_20250701/60-NQ_TW.md'), 'utf8')));
  const unchanged = [...provinceNames].filter(([code]) => !merged.has(code)).map(([, name]) => name);
  if (
    kept.names.length !== unchanged.length ||
    !unchanged.every((name) => kept.names.some((listed) => sameName(listed, name)))
  )
    fail(`60-NQ/TW lists ${kept.names.join(', ')} as not merged; the lists have ${unchanged.join(', ')}`);
  return { resolutions: [main!.resolution, kept.resolution, ...communeLevel], notes };
}
