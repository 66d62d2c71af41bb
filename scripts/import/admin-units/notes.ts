/**
 * What each note of the official conversion table means for a succession link: "full" (the
 * whole old unit went into the new one) or "partial" (only part of it did). Every note the
 * table uses is listed here on purpose; an unknown one stops the import rather than defaulting.
 * Notes are compared with their white space collapsed ("Nhập một  phần" is "Nhập một phần").
 */

export type LinkType = 'full' | 'partial';

const NOTE_TYPE: Record<string, LinkType> = {
  'Nhập toàn bộ': 'full',
  'Nhập toàn bộ diện tích': 'full',
  'Giữ nguyên': 'full', // the same commune, unchanged
  'Đổi tên': 'full', // the whole commune, renamed
  'Đổi loại hình': 'full', // the whole commune, now a ward (or the reverse)
  'Nhập một phần': 'partial',
  'Nhập một phần diện tích': 'partial',
  'Nhâp một phần diện tích': 'partial', // sic in the table
  'Nhập một phần dân số': 'partial',
  'Nhập một phần diện tích, toàn bộ dân số': 'partial', // part of the area moved
  'Phần còn lại sau khi tách một phần vào xã Canh Vinh': 'partial', // what was left after part went elsewhere
  'Đổi tên từ một phần Phường 15': 'partial',
  'Đổi tên, đổi loại hình từ một phần thị trấn Lai Uyên': 'partial',
};

/** "Sắp xếp toàn bộ huyện Cồn Cỏ thành đặc khu Cồn Cỏ": a whole island district or commune became a special zone. */
const WHOLE_TO_SPECIAL_ZONE = /^Sắp xếp toàn bộ (huyện|xã) .+ thành đặc khu .+$/;

export const collapse = (note: string) => note.replace(/\s+/g, ' ').trim();

export function linkType(note: string): LinkType {
  const n = collapse(note);
  if (WHOLE_TO_SPECIAL_ZONE.test(n)) return 'full';
  const type = NOTE_TYPE[n];
  if (!type) throw new Error(`Unmapped conversion-table note "${note}": add it to NOTE_TYPE deliberately`);
  return type;
}
