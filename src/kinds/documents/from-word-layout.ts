/**
 * Reads the standard layout of a Vietnamese administrative document (Decree 30/2020/NĐ-CP,
 * Appendix I) from its paragraphs: the issuing body (top left) beside the national heading (top
 * right), the number and symbol ("Số: 12/KH-UBND") beside the place and date ("Quảng Trị, ngày
 * 10 tháng 5 năm 2021"), the type and title ("KẾ HOẠCH" and the lines below it) or, for a
 * dispatch, its subject ("V/v …") and "Kính gửi", then the body, and at the end the recipients
 * ("Nơi nhận:") beside the signer's authority, title and name.
 *
 * A pure function over paragraphs, so it reads a Word file's paragraphs (scripts/import/
 * docx-read.ts) and text extracted from a PDF alike. The two columns are told apart by the
 * table cell a paragraph sits in or, without a table, by tabs or long runs of spaces. What the
 * document does not show is null: nothing is guessed, and a field left blank in a draft ("Số:
 * /KH-UBND", "ngày … tháng … năm 2021") is reported as blank, not read as something else.
 */
import { isRealIsoDate } from '../../base/content/fields.ts';
import { withoutMarks } from '../../base/text.ts';

/** One paragraph of a Word file, as the reader gives it. */
export interface WordParagraph {
  /** The text as Word shows it: an automatic list number written out, "\t" for a tab, "\n" for a line break. */
  text: string;
  align: 'left' | 'center' | 'right' | 'justify' | null;
  /** Where the paragraph sits when it is in a table (from 0; a table inside a cell counts as that cell). */
  cell: { table: number; row: number; col: number } | null;
}

/** A piece of the body: a paragraph of text, or a table (rows of cells, the first row its header). */
export type BodyBlock = { type: 'paragraph'; text: string } | { type: 'table'; rows: string[][] };

export interface Signer {
  /** The lines above the title, joined by " – ": "TM. ỦY BAN NHÂN DÂN – KT. CHỦ TỊCH". */
  authority: string | null;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  title: string | null;
  name: string | null;
}

export interface WordLayout {
  /** The issuing body's lines as written ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"); [] if none. */
  issuerLines: string[];
  /** Number and symbol ("12/KH-UBND"); null if there is none or it is left blank. */
  number: string | null;
  /** The "Số:" line when its number is left blank ("Số: /KH-UBND"), to say why number is null. */
  numberBlank: string | null;
  place: string | null;
  /** Issue date, YYYY-MM-DD; null if there is none or it is not a real, filled-in date. */
  date: string | null;
  /** The date line when it gives no real date ("ngày … tháng … năm 2021", "ngày 31 tháng 2 năm 2021"). */
  dateUnread: string | null;
  /** The type line as written ("KẾ HOẠCH"); null for a dispatch or when there is none. */
  typeLine: string | null;
  /** The title lines under the type line, as written. */
  titleLines: string[];
  /** A dispatch's subject line(s) under its number, joined ("V/v duy trì và nâng cao Chỉ số PAPI"). */
  subject: string | null;
  /** "Kính gửi" lines, each without its dash and final punctuation. */
  addressees: string[];
  body: BodyBlock[];
  /** "Nơi nhận" lines, without the leading dash and final punctuation ("+" items keep their "+"). */
  recipients: string[];
  signer: Signer;
  /** Whether the national heading (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM) was seen: a sign the header was read. */
  nationalHeading: boolean;
}

/** A paragraph split into lines (a line break makes two), tidied, with its columns. */
interface Line {
  /** The line with runs of spaces and tabs as one space. */
  text: string;
  /** The parts separated by tabs or 3+ spaces: [left, right] in a header laid out without a table. */
  segments: string[];
  align: WordParagraph['align'];
  cell: WordParagraph['cell'];
}

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

function toLines(paragraphs: readonly WordParagraph[]): Line[] {
  return paragraphs.flatMap((p) =>
    p.text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(ODD_SPACES, ' ')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((raw) => {
        const segments = keepBlanksTogether(raw)
          .split(/\t+| {3,}/)
          .map((s) => s.replace(/ +/g, ' ').trim())
          .filter((s) => s !== '');
        return { text: segments.join(' '), segments, align: p.align, cell: p.cell };
      }),
  );
}

/**
 * A blank left for a day, a month or a number ("ngày      tháng    năm 2021", "Số:     /KH-UBND")
 * is spaces inside one field, not a gap between the two columns.
 */
function keepBlanksTogether(raw: string): string {
  return raw
    .replace(/ngày[ \t.…_\d]*?tháng[ \t.…_\d]*?năm/giu, (m) => m.replace(/[ \t]+/g, ' '))
    .replace(/(Số\s*:?)[ \t.…_]*[/-]/gu, (m) => m.replace(/[ \t]+/g, ' '));
}

/** Upper-case, without marks, one space: "Cộng hoà  xã hội" → "CONG HOA XA HOI". */
const fold = (s: string) => withoutMarks(s).toUpperCase().replace(/\s+/g, ' ').trim();

/** The national heading (and the Party's, on a Party committee's documents), which the portal does not keep. */
const isNational = (s: string) =>
  /^(CONG HOA XA HOI CHU NGHIA VIET NAM|DANG CONG SAN VIET NAM)$/.test(fold(s)) ||
  /^DOC LAP ?[-–—] ?TU DO ?[-–—] ?HANH PHUC$/.test(fold(s));
const isSeparator = (s: string) => /^[-_=*.·…–—~\s]{3,}$/.test(s);
const NUMBER = /^Số\s*[:.]?\s*(.*)$/iu;
/**
 * What may follow "Số:": a number and symbol ("12/KH-UBND", and a Party committee's "05-KH/ĐU"),
 * or blanks before the symbol.
 */
const NUMBER_REST = /^(|[\d\s.…_]*[/-][\p{L}\d\s/.\-–—]*|\d+|[.…_\s]+)$/u;
const DATE_WORDS =
  /^(?:([^,]{1,60}?)\s*,\s*)?ngày\s*([\d.…_\s]{0,8}?)\s*tháng\s*([\d.…_\s]{0,8}?)\s*năm\s*([\d.…_\s]{0,8}?)\s*[.;]?$/iu;
const DATE_SLASH = /^(?:([^,]{1,60}?)\s*,\s*)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*[.;]?$/iu;
const SUBJECT = /^(V\/v|Về việc)\b\s*:?\s*(.*)$/iu;
const KINH_GUI = /^Kính\s+gửi\s*:?\s*(.*)$/iu;
const NOI_NHAN = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\s*\.\s*\S/u;
const MARKER = /^([IVXLC]+\.|\d+(\.\d+)*[.)]|[a-zđ]\)|[-–—•+])\s*/u;
const PARENTHESISED = /^[([].*[)\]]$|^đã ký$/iu;
const NAME = /^\p{Lu}[\p{L}.'’]*(\s+\p{Lu}[\p{L}.'’]*){1,5}$/u;

/** The document types of Decree 30/2020/NĐ-CP, Art. 7 (a "công văn" has no type line). */
export const DOCUMENT_TYPES = [
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'CHỈ THỊ',
  'QUY CHẾ',
  'QUY ĐỊNH',
  'THÔNG CÁO',
  'THÔNG BÁO',
  'HƯỚNG DẪN',
  'CHƯƠNG TRÌNH',
  'KẾ HOẠCH',
  'PHƯƠNG ÁN',
  'ĐỀ ÁN',
  'DỰ ÁN',
  'BÁO CÁO',
  'BIÊN BẢN',
  'TỜ TRÌNH',
  'HỢP ĐỒNG',
  'CÔNG ĐIỆN',
  'BẢN GHI NHỚ',
  'BẢN THỎA THUẬN',
  'GIẤY ỦY QUYỀN',
  'GIẤY MỜI',
  'GIẤY GIỚI THIỆU',
  'GIẤY NGHỈ PHÉP',
  'PHIẾU GỬI',
  'PHIẾU CHUYỂN',
  'PHIẾU BÁO',
  'THƯ CÔNG',
] as const;
const FOLDED_TYPES = new Set(DOCUMENT_TYPES.map(fold));

const isTypeLine = (s: string) => FOLDED_TYPES.has(fold(s.replace(/[.:]$/, '')));
const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** A short upper-case line of words only: an issuing body's line, a signer's title. */
const isUpperWords = (s: string) => isUpper(s) && /^[\p{L}\s.,-]+$/u.test(s) && s.split(' ').length <= 12;
const isBlank = (l: Line) => l.text === '';

function numberOf(rest: string): { number: string | null; blank: boolean } {
  const tidy = rest
    .replace(/\s*([/\-–—])\s*/g, '$1')
    .replace(/[–—]/g, '-')
    .replace(/[.;,]+$/, '')
    .trim();
  // "Số: /KH-UBND", "Số: …/KH-UBND", "Số: ......../QĐ-UBND": the number itself is not filled in.
  if (tidy === '' || !/^\d/.test(tidy)) return { number: null, blank: true };
  return { number: tidy, blank: false };
}

const isNumberLine = (s: string) => {
  const m = NUMBER.exec(s);
  if (!m) return false;
  return NUMBER_REST.test(m[1]!.trim());
};

interface DateRead {
  place: string | null;
  date: string | null;
}

function dateOf(s: string): DateRead | undefined {
  const m = DATE_SLASH.exec(s) ?? DATE_WORDS.exec(s);
  if (!m) return undefined;
  const place = m[1]?.trim() || null;
  const [d, mo, y] = [m[2]!, m[3]!, m[4]!].map((x) => x.trim());
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(mo!) || !/^\d{4}$/.test(y!)) return { place, date: null };
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return { place, date: isRealIsoDate(iso) ? iso : null };
}

const isDateLine = (s: string) => dateOf(s) !== undefined;

/** A line that belongs to the header whatever column it is in. */
const isHeaderish = (s: string) =>
  isNational(s) || isSeparator(s) || isNumberLine(s) || isDateLine(s) || SUBJECT.test(s) || isUpperWords(s);

function clean(item: string): string {
  return item
    .replace(/^[-–—•]\s*/, '')
    .replace(/^\+\s*/, '+ ')
    .replace(/\s*[;.,]+$/, '')
    .trim();
}

interface HeaderPiece {
  text: string;
  /** 0 left, 1 right, null unknown (a line on its own without a table). */
  col: 0 | 1 | null;
}

function tableLines(lines: Line[], table: number): number[] {
  return lines.flatMap((l, i) => (l.cell?.table === table ? [i] : []));
}

/** The header's pieces and where the header ends. */
function readHeaderPieces(lines: Line[]): { pieces: HeaderPiece[]; end: number } {
  const pieces: HeaderPiece[] = [];
  let i = 0;
  let inSubject = false;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (line.cell) {
      // A table at the top is the header if it holds a header line (some templates split the
      // header over two tables); any other table starts the body. Some templates put the type
      // and title in a last, merged row of the header table: the header ends there.
      const all = tableLines(lines, line.cell.table);
      const typeAt = all.findIndex((k) => isTypeLine(lines[k]!.text));
      const rows = typeAt < 0 ? all : all.slice(0, typeAt);
      const own = rows.map((k) => lines[k]!);
      const header = own.some((l) => l.segments.some((s) => isNational(s) || isNumberLine(s) || isDateLine(s)));
      if (!header) break;
      for (const l of own) for (const s of l.segments) pieces.push({ text: s, col: l.cell!.col > 0 ? 1 : 0 });
      i = typeAt < 0 ? all[all.length - 1]! + 1 : all[typeAt]!;
      if (typeAt >= 0) break;
      inSubject = false;
      continue;
    }
    if (isTypeLine(line.text) || KINH_GUI.test(line.text) || NOI_NHAN.test(line.text)) break;
    if (line.segments.every(isHeaderish)) {
      line.segments.forEach((s, k) =>
        pieces.push({ text: s, col: line.segments.length === 1 ? null : k === 0 ? 0 : 1 }),
      );
      inSubject = line.segments.some((s) => SUBJECT.test(s));
      i++;
      continue;
    }
    // A subject runs on over a line or two below "V/v".
    if (inSubject && !MARKER.test(line.text) && line.text.length <= 120) {
      pieces.push({ text: line.segments[0]!, col: 0 });
      line.segments.slice(1).forEach((s) => pieces.push({ text: s, col: 1 }));
      i++;
      continue;
    }
    break;
  }
  return { pieces, end: i };
}

interface Header {
  issuerLines: string[];
  number: string | null;
  numberBlank: string | null;
  place: string | null;
  date: string | null;
  dateUnread: string | null;
  subject: string | null;
  nationalHeading: boolean;
}

function readHeader(pieces: HeaderPiece[]): Header {
  const h: Header = {
    issuerLines: [],
    number: null,
    numberBlank: null,
    place: null,
    date: null,
    dateUnread: null,
    subject: null,
    nationalHeading: false,
  };
  let seenNumber = false;
  const subject: string[] = [];
  for (const { text, col } of pieces) {
    if (isNational(text)) {
      h.nationalHeading = true;
      continue;
    }
    if (isSeparator(text)) continue;
    const date = dateOf(text);
    if (date) {
      if (h.date === null && h.dateUnread === null) {
        h.place = date.place;
        h.date = date.date;
        if (date.date === null) h.dateUnread = text;
      }
      continue;
    }
    if (isNumberLine(text) && !seenNumber) {
      seenNumber = true;
      const { number, blank } = numberOf(NUMBER.exec(text)![1]!);
      h.number = number;
      if (blank) h.numberBlank = text;
      continue;
    }
    const s = SUBJECT.exec(text);
    if (s) {
      subject.push(text);
      continue;
    }
    if (subject.length > 0 && col !== 1) {
      subject.push(text);
      continue;
    }
    // The issuing body: the left column above the number (a line on its own: upper-case only).
    if (!seenNumber && (col === 0 || (col === null && isUpperWords(text)))) h.issuerLines.push(text);
  }
  h.subject = subject.length > 0 ? subject.join(' ') : null;
  return h;
}

/** Type line and title lines from `start`; the title ends at a blank line, a rule or where the centred lines end. */
function readTitle(lines: Line[], start: number): { typeLine: string | null; titleLines: string[]; end: number } {
  let i = start;
  while (i < lines.length && (isBlank(lines[i]!) || isSeparator(lines[i]!.text))) i++;
  const typeLine = lines[i];
  if (!typeLine || !isTypeLine(typeLine.text)) return { typeLine: null, titleLines: [], end: start };
  const titleLines: string[] = [];
  i++;
  for (; i < lines.length && titleLines.length < 6; i++) {
    const l = lines[i]!;
    if (isBlank(l) || isSeparator(l.text)) {
      if (titleLines.length > 0) break;
      continue;
    }
    const centred = typeLine.align === 'center';
    if (
      l.cell?.table !== typeLine.cell?.table ||
      (centred && l.align !== 'center') ||
      KINH_GUI.test(l.text) ||
      MARKER.test(l.text) ||
      isUpper(l.text) ||
      /^(Căn cứ|Thực hiện)\s/u.test(l.text)
    )
      break;
    titleLines.push(l.text);
  }
  return { typeLine: typeLine.text.replace(/[.:]$/, ''), titleLines, end: i };
}

/** "Kính gửi: …" on its line and the dashed lines below it (or the rest of its table). */
function readAddressees(lines: Line[], start: number): { addressees: string[]; end: number } {
  let i = start;
  while (i < lines.length && (isBlank(lines[i]!) || isSeparator(lines[i]!.text))) i++;
  const first = lines[i];
  const m = first ? KINH_GUI.exec(first.text) : null;
  if (!first || !m) return { addressees: [], end: start };
  const addressees: string[] = [];
  if (first.cell) {
    const rows = tableLines(lines, first.cell.table);
    for (const k of rows) {
      const text = k === i ? m[1]! : lines[k]!.text;
      if (text.trim() !== '') addressees.push(clean(text));
    }
    return { addressees, end: rows[rows.length - 1]! + 1 };
  }
  if (m[1]!.trim() !== '') addressees.push(clean(m[1]!));
  i++;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (!/^[-–—•+]/.test(l.text)) break;
    addressees.push(clean(l.text));
  }
  return { addressees: addressees.filter((a) => a !== ''), end: i };
}

/** Whether a line can be part of a signature block read from below (blank, authority, title, name, "(Đã ký)"). */
const isSignatureLine = (l: Line) =>
  isBlank(l) || AUTHORITY.test(l.text) || isUpperWords(l.text) || NAME.test(l.text) || PARENTHESISED.test(l.text);

function readSigner(texts: string[]): Signer {
  const authority: string[] = [];
  let title: string | null = null;
  let name: string | null = null;
  for (const t of texts) {
    if (t === '' || PARENTHESISED.test(t) || isSeparator(t)) continue;
    if (title === null && AUTHORITY.test(t)) authority.push(t);
    else if (title === null && isUpperWords(t)) title = t;
    else if ((title !== null || authority.length > 0) && NAME.test(t)) name = t;
  }
  return { authority: authority.length > 0 ? authority.join(' – ') : null, title, name };
}

/** Lines above `end` that form a signature block, if there is one: its first index. */
function signatureAbove(lines: Line[], from: number, end: number): number | null {
  let k = end;
  while (k > from && isSignatureLine(lines[k - 1]!) && !lines[k - 1]!.cell) k--;
  const block = lines.slice(k, end);
  const found = block.some((l) => AUTHORITY.test(l.text) || isUpperWords(l.text));
  return found ? k : null;
}

interface Closing {
  start: number;
  end: number;
  recipients: string[];
  signer: Signer;
}

const RECIPIENT_START = /^[-–—•+]/;

function readClosing(lines: Line[], from: number): Closing {
  const none: Closing = {
    start: lines.length,
    end: lines.length,
    recipients: [],
    signer: { authority: null, title: null, name: null },
  };
  let nn = -1;
  for (let k = lines.length - 1; k >= from; k--) {
    if (NOI_NHAN.test(lines[k]!.segments[0] ?? '')) {
      nn = k;
      break;
    }
  }
  if (nn < 0) {
    // No "Nơi nhận": a signature block at the very end, if there is one.
    let end = lines.length;
    while (end > from && isBlank(lines[end - 1]!)) end--;
    const start = signatureAbove(lines, from, end);
    if (start === null) return none;
    return { ...none, start, signer: readSigner(lines.slice(start, end).map((l) => l.text)) };
  }

  const head = lines[nn]!;
  const recipients: string[] = [];
  const signerTexts: string[] = [];
  const inline = NOI_NHAN.exec(head.segments[0]!)![1]!.trim();
  if (inline !== '') recipients.push(inline);

  if (head.cell) {
    // The signature table: recipients in the column of "Nơi nhận", the signer in the other.
    const rows = tableLines(lines, head.cell.table);
    for (const k of rows) {
      if (k === nn) {
        signerTexts.push(...head.segments.slice(1));
        continue;
      }
      const l = lines[k]!;
      if (l.cell!.col === head.cell.col) {
        if (k > nn && l.text !== '') recipients.push(l.text);
      } else signerTexts.push(l.text);
    }
    const start = rows[0]! < nn ? rows[0]! : nn;
    const above = signatureAbove(lines, from, start);
    const signer = readSigner([
      ...(above === null ? [] : lines.slice(above, start).map((l) => l.text)),
      ...signerTexts,
    ]);
    return { start: above ?? start, end: rows[rows.length - 1]! + 1, recipients: recipients.map(clean), signer };
  }

  // Without a table: a line may hold both columns ("- Như trên;    CHỦ TỊCH"); a dashed line is a
  // recipient, anything else belongs to the signature.
  signerTexts.push(...head.segments.slice(1));
  let k = nn + 1;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.cell || /^PHỤ LỤC\b/iu.test(l.text)) break;
    if (isBlank(l)) continue;
    const [left, ...right] = l.segments;
    if (right.length > 0) {
      if (RECIPIENT_START.test(left!)) recipients.push(left!);
      else signerTexts.push(left!);
      signerTexts.push(right.join(' '));
    } else if (RECIPIENT_START.test(left!) || /^Lưu\s*:/iu.test(left!)) recipients.push(left!);
    else signerTexts.push(left!);
  }
  // The signature may stand above "Nơi nhận" when the two were not side by side.
  const above = signatureAbove(lines, from, nn);
  const before = above === null ? [] : lines.slice(above, nn).map((l) => l.text);
  return {
    start: above ?? nn,
    end: k,
    recipients: recipients.map(clean).filter((r) => r !== ''),
    signer: readSigner([...before, ...signerTexts]),
  };
}

/** A table's lines as rows of cells, a cell's paragraphs joined; empty rows dropped. */
function tableRows(lines: Line[]): string[][] {
  const cells = new Map<string, string[]>();
  let rows = 0;
  let cols = 0;
  for (const l of lines) {
    const { row, col } = l.cell!;
    const key = `${row},${col}`;
    if (l.text !== '') cells.set(key, [...(cells.get(key) ?? []), l.text]);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (cells.get(`${r},${c}`) ?? []).join(' ')),
  ).filter((row) => row.some((cell) => cell !== ''));
}

/** Body lines to blocks: paragraphs, and each table as rows. */
function toBlocks(lines: Line[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (let i = 0; i < lines.length;) {
    const l = lines[i]!;
    if (l.cell) {
      let j = i;
      while (j < lines.length && lines[j]!.cell?.table === l.cell.table) j++;
      const rows = tableRows(lines.slice(i, j));
      if (rows.length > 0) blocks.push({ type: 'table', rows });
      i = j;
      continue;
    }
    if (!isBlank(l)) blocks.push({ type: 'paragraph', text: l.text });
    i++;
  }
  // A rule under the title or above the signature is layout, not text.
  const isRule = (b: BodyBlock | undefined) => b?.type === 'paragraph' && isSeparator(b.text);
  while (isRule(blocks[0])) blocks.shift();
  while (isRule(blocks.at(-1))) blocks.pop();
  return blocks;
}

/** Reads the layout of an administrative document from its paragraphs. */
export function readLayout(paragraphs: readonly WordParagraph[]): WordLayout {
  const lines = toLines(paragraphs);
  const { pieces, end: headerEnd } = readHeaderPieces(lines);
  const header = readHeader(pieces);
  const title = readTitle(lines, headerEnd);
  const addressed = readAddressees(lines, title.end);
  const closing = readClosing(lines, addressed.end);
  const body = toBlocks(lines.slice(addressed.end, closing.start));
  // Whatever follows the signature (an annex, a table of assignments) is part of the text too.
  body.push(...toBlocks(lines.slice(closing.end)));
  return {
    issuerLines: header.issuerLines,
    number: header.number,
    numberBlank: header.numberBlank,
    place: header.place,
    date: header.date,
    dateUnread: header.dateUnread,
    typeLine: title.typeLine,
    titleLines: title.titleLines,
    subject: header.subject,
    addressees: addressed.addressees,
    body,
    recipients: closing.recipients,
    signer: closing.signer,
    nationalHeading: header.nationalHeading,
  };
}
