/**
 * The search page's unit filter lists hundreds of units (every commune, district, province
 * and agency the pages concern). So that a reader finds one on a phone, the list is grouped
 * by the kind of unit its name starts with, and narrowed to the names that contain what the
 * reader types, with or without diacritics ("cam lo" finds "Xã Cam Lộ").
 *
 * Pure and free of browser APIs, so the unit tests and the page share it.
 */
import { withoutMarks } from '../../base/text.ts';

export const unitGroups = ['tinh', 'huyen', 'phuong', 'xa', 'thi-tran', 'khac'] as const;
export type UnitGroup = (typeof unitGroups)[number];

/** The cities run by the central government, named "Thành phố …" like the district-level ones. */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/** Which group a unit's name belongs to, from how it starts ("Huyện ủy …" is an agency, not a district). */
export function unitGroup(name: string): UnitGroup {
  const n = name.normalize('NFC').trim();
  if (/^Tỉnh \p{Lu}/u.test(n)) return 'tinh';
  if (/^Thành phố \p{Lu}/u.test(n)) return CENTRAL_CITIES.includes(n.slice('Thành phố '.length)) ? 'tinh' : 'huyen';
  if (/^(Huyện|Thị xã|Quận) \p{Lu}/u.test(n)) return 'huyen';
  if (/^Phường \p{Lu}/u.test(n)) return 'phuong';
  if (/^Xã \p{Lu}/u.test(n)) return 'xa';
  if (/^Thị trấn \p{Lu}/u.test(n)) return 'thi-tran';
  return 'khac';
}

/** A name or query as it is compared: no diacritics (đ → d), lower case, single spaces. */
export function foldName(text: string): string {
  return withoutMarks(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The names to list for what the reader typed, by group in `unitGroups` order, each group in
 * the order given: every word typed must start a word of the name ("ha" finds "Hà", not the
 * "ha" inside "Thành"). Empty groups are left out.
 */
export function groupUnits(names: string[], typed = ''): { group: UnitGroup; names: string[] }[] {
  const words = foldName(typed).split(' ').filter(Boolean);
  const matching = names.filter((name) => {
    const own = foldName(name).split(/[\s(),.–-]+/);
    return words.every((w) => own.some((word) => word.startsWith(w)));
  });
  return unitGroups
    .map((group) => ({ group, names: matching.filter((name) => unitGroup(name) === group) }))
    .filter((g) => g.names.length > 0);
}
