/**
 * Finds the units of an instance that a Word document names: its issuing body (the header's
 * left column) and the bodies in its "Kính gửi" and "Nơi nhận" lines. Names are compared
 * without marks and case, with the abbreviations of the header and recipient lists spelt out
 * (UBND, HĐND, UBMTTQVN…). Where a name fits more than one unit — the province's People's
 * Committee before and after 1 July 2025 — the issue date decides; without a date, or if it
 * still fits several, nothing is chosen and the candidates are named. Territorial units (the
 * province, a commune) are not bodies that issue or receive documents and are never matched.
 */
import { withoutMarks } from '../../base/text.ts';
import { territorialKinds, type Unit } from '../units/schema.ts';

/**
 * Abbreviations of bodies as headers and recipient lists write them, spelt out; the Fatherland
 * Front, written a dozen ways (UBMTTQVN, UBMT, Ủy ban MTTQ, Mặt trận Tổ quốc…), is one name.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\b(ubmttqvn|ubmttq|mttqvn|mttq|ubmt)\b/g, 'mat tran'],
  [/\b(uy ban )?mat tran( to quoc( viet nam)?)?\b/g, 'mat tran'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bvp\b/g, 'van phong'],
];

/** Lower-case, without marks, abbreviations spelt out, punctuation as spaces: " uy ban nhan dan tinh quang tri ". */
export function foldName(text: string): string {
  let s = withoutMarks(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return ` ${s.replace(/\s+/g, ' ').trim()} `;
}

/** Whether a unit existed on a date (an unknown date keeps every unit). */
function existedOn(unit: Unit, date: string | null): boolean {
  if (date === null) return true;
  return (unit.valid_from === null || unit.valid_from <= date) && (unit.valid_to === null || date <= unit.valid_to);
}

export type UnitMatch =
  { status: 'found'; id: string } | { status: 'ambiguous'; candidates: string[] } | { status: 'none' };

function decide(candidates: Unit[], date: string | null): UnitMatch {
  const unique = [...new Map(candidates.map((u) => [u.id, u])).values()];
  const onDate = unique.filter((u) => existedOn(u, date));
  if (onDate.length === 1) return { status: 'found', id: onDate[0]!.id };
  if (onDate.length > 1) return { status: 'ambiguous', candidates: onDate.map((u) => u.id).sort() };
  // A date outside every candidate's life: say which units the name fits rather than nothing.
  return unique.length > 0 ? { status: 'ambiguous', candidates: unique.map((u) => u.id).sort() } : { status: 'none' };
}

const bodies = (units: readonly Unit[]) => units.filter((u) => !territorialKinds.includes(u.kind));

/**
 * The issuing body from the header's lines ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ"). Tried in
 * turn: all lines as one name; the last line with the place of the line above ("UBND TỈNH
 * QUẢNG TRỊ" / "SỞ NỘI VỤ" → "Sở Nội vụ tỉnh Quảng Trị"); the last line alone.
 */
export function matchIssuer(lines: readonly string[], units: readonly Unit[], date: string | null): UnitMatch {
  if (lines.length === 0) return { status: 'none' };
  const names = new Map<string, Unit[]>();
  for (const u of bodies(units)) {
    const key = foldName(u.name_vi);
    names.set(key, [...(names.get(key) ?? []), u]);
  }
  const last = lines[lines.length - 1]!;
  const place = lines.length > 1 ? foldName(lines.slice(0, -1).join(' ')).replace(/^ uy ban nhan dan /, ' ') : '';
  const tries = [foldName(lines.join(' ')), place ? foldName(`${last} ${place}`) : null, foldName(last)];
  for (const key of tries) {
    const found = key === null ? undefined : names.get(key);
    if (found) return decide(found, date);
  }
  return { status: 'none' };
}

export interface LineMatch {
  /** Units the line names, each fitting one unit only. */
  units: string[];
  /** Names in the line that fit several units: nothing is chosen for them. */
  ambiguous: { name: string; candidates: string[] }[];
}

/**
 * The units a "Kính gửi" or "Nơi nhận" line names by their full or short name ("Sở Nội vụ (b/c)",
 * "CT, các PCT UBND tỉnh"). A name inside a longer one that also fits ("UBND tỉnh" in "Văn phòng
 * UBND tỉnh") counts once, as the longer. Collective lines ("Các sở, ngành") name no unit, and
 * neither does the body a group belongs to ("cơ quan thuộc UBND tỉnh").
 */
export function matchLine(text: string, units: readonly Unit[], date: string | null): LineMatch {
  const line = foldName(text);
  // "Các sở, ngành", "Các cơ quan, đơn vị thuộc UBND huyện": a group, not the body it belongs to.
  if (line.startsWith(' cac ')) return { units: [], ambiguous: [] };
  const hits: { start: number; end: number; name: string; units: Unit[] }[] = [];
  const byName = new Map<string, { name: string; units: Unit[] }>();
  for (const u of bodies(units)) {
    for (const name of [u.name_vi, u.short_vi]) {
      if (!name) continue;
      const key = foldName(name);
      if (key.trim() === '') continue;
      const entry = byName.get(key) ?? { name, units: [] };
      entry.units.push(u);
      byName.set(key, entry);
    }
  }
  for (const [key, { name, units: named }] of byName) {
    for (let at = line.indexOf(key); at >= 0; at = line.indexOf(key, at + 1)) {
      hits.push({ start: at, end: at + key.length, name, units: named });
    }
  }
  const kept = hits.filter(
    (h) =>
      !line.slice(0, h.start + 1).endsWith(' thuoc ') &&
      !hits.some((o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start),
  );
  const out: LineMatch = { units: [], ambiguous: [] };
  for (const hit of kept.sort((a, b) => a.start - b.start)) {
    const match = decide(hit.units, date);
    if (match.status === 'found' && !out.units.includes(match.id)) out.units.push(match.id);
    if (match.status === 'ambiguous' && !out.ambiguous.some((a) => a.name === hit.name))
      out.ambiguous.push({ name: hit.name, candidates: match.candidates });
  }
  return out;
}
