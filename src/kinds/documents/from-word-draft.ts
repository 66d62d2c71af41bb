/**
 * A document file (documents/<id>.md) drafted from the layout of a Word document: the front
 * matter filled with what the document shows, null where it shows nothing, and three lists for
 * the person who publishes it: what the document does not show (null; the page says "không ghi
 * trong văn bản"), what must be filled before the file loads (the summaries, which a Word file
 * cannot give, and any required field the document leaves open), and what the importer filled
 * in and a person should check (matched units, the day of publishing).
 */
import { findPersonalData, personalDataExpected } from '../../base/content/personal-data.ts';
import type { Unit } from '../units/schema.ts';
import { bodyMarkdown } from './from-word-body.ts';
import type { WordLayout } from './from-word-layout.ts';
import { matchIssuer, matchLine } from './from-word-units.ts';
import type { DocumentKind } from './schema.ts';

/** A field and what to say about it, in both languages. */
export interface FieldNote {
  /** The field as the loader names it ("signer.name", "recipients.3.units"). */
  field: string;
  vi: string;
  en: string;
}

export interface AddressLineDraft {
  text: string;
  units: string[];
}

/** The front matter exactly as written, in the order of the schema. */
export interface DocumentFrontMatterDraft {
  kind: DocumentKind | null;
  title_vi: string | null;
  summary_vi: null;
  summary_en: null;
  number: string | null;
  date: string | null;
  published: string;
  place: string | null;
  issuer: string | null;
  signer: { name: string | null; title: string | null; authority: string | null };
  addressees: AddressLineDraft[];
  recipients: AddressLineDraft[];
  implements: [];
  papi_dimensions: [];
  concerns: [];
  source: { kind: null; note_vi: string; note_en: string };
}

export interface DocumentDraft {
  frontMatter: DocumentFrontMatterDraft;
  body: string;
  /** Required fields left null: the loader refuses the file until they are filled. */
  toFill: FieldNote[];
  /** What the document does not show: null, and the page says so. */
  notShown: FieldNote[];
  /** What the importer filled in or left empty that a person should check. */
  toCheck: FieldNote[];
}

export interface DraftOptions {
  /** The instance's units, to find the issuer and recipients. */
  units: readonly Unit[];
  /** The day of the import, YYYY-MM-DD: written as `published`, to change to the day it goes online. */
  today: string;
  /** The Word file's name, for the source notes. */
  fileName: string;
}

const KIND_BY_TYPE: Record<string, DocumentKind> = {
  'KẾ HOẠCH': 'ke-hoach',
  'CHỈ THỊ': 'chi-thi',
  'QUYẾT ĐỊNH': 'quyet-dinh',
  'NGHỊ QUYẾT': 'nghi-quyet',
  'THÔNG BÁO': 'thong-bao',
  'BÁO CÁO': 'bao-cao',
};

/** The type abbreviations of Decree 30/2020/NĐ-CP, Appendix III, that name a kind the portal has. */
const KIND_BY_SYMBOL: Record<string, DocumentKind> = {
  KH: 'ke-hoach',
  CT: 'chi-thi',
  QĐ: 'quyet-dinh',
  NQ: 'nghi-quyet',
  TB: 'thong-bao',
  BC: 'bao-cao',
};

const KINDS = 'cong-van, ke-hoach, chi-thi, quyet-dinh, nghi-quyet, thong-bao, bao-cao';

function sentenceCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "12/KH-UBND" → "KH"; "123/UBND-NC" → "UBND". */
function symbolType(number: string): string {
  return (number.split('/').pop() ?? '').split('-')[0] ?? '';
}

function readKind(layout: WordLayout, toFill: FieldNote[], toCheck: FieldNote[]): DocumentKind | null {
  if (layout.typeLine !== null) {
    const kind = KIND_BY_TYPE[layout.typeLine.toLocaleUpperCase('vi')];
    if (kind) return kind;
    toFill.push({
      field: 'kind',
      vi: `văn bản là "${layout.typeLine}", không thuộc loại nào của cổng (${KINDS}): chọn loại gần nhất hoặc bổ sung loại mới vào lược đồ`,
      en: `the document is a "${layout.typeLine}", none of the portal's kinds (${KINDS}): choose the nearest or add a kind to the schema`,
    });
    return null;
  }
  if (layout.subject !== null) return 'cong-van';
  const symbol = layout.number === null ? '' : symbolType(layout.number);
  const bySymbol = KIND_BY_SYMBOL[symbol];
  if (bySymbol) {
    toCheck.push({
      field: 'kind',
      vi: `không có dòng tên loại văn bản; loại "${bySymbol}" đọc từ ký hiệu "${symbol}" trong số hiệu`,
      en: `no line naming the type; kind "${bySymbol}" read from the symbol "${symbol}" of the number`,
    });
    return bySymbol;
  }
  toFill.push({
    field: 'kind',
    vi: `không thấy tên loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH…) hay dòng trích yếu "V/v" của công văn: ghi một trong ${KINDS}`,
    en: `no type line (KẾ HOẠCH, QUYẾT ĐỊNH…) nor a dispatch's "V/v" subject line: write one of ${KINDS}`,
  });
  return null;
}

function readIssuer(
  layout: WordLayout,
  units: readonly Unit[],
  toFill: FieldNote[],
  toCheck: FieldNote[],
): string | null {
  const written = layout.issuerLines.join(' / ');
  if (layout.issuerLines.length === 0) {
    toFill.push({
      field: 'issuer',
      vi: 'không thấy tên cơ quan ban hành (góc trên bên trái): ghi mã đơn vị trong units/',
      en: 'no issuing body found (top left): write the id of a unit in units/',
    });
    return null;
  }
  const match = matchIssuer(layout.issuerLines, units, layout.date);
  if (match.status === 'found') {
    toCheck.push({
      field: 'issuer',
      vi: `"${written}" → ${match.id}`,
      en: `"${written}" → ${match.id}`,
    });
    return match.id;
  }
  if (match.status === 'ambiguous') {
    toFill.push({
      field: 'issuer',
      vi: `"${written}" ứng với nhiều đơn vị (${match.candidates.join(', ')})${layout.date === null ? ' và văn bản không ghi ngày' : ''}: chọn một`,
      en: `"${written}" fits several units (${match.candidates.join(', ')})${layout.date === null ? ' and the document gives no date' : ''}: choose one`,
    });
    return null;
  }
  toFill.push({
    field: 'issuer',
    vi: `không có đơn vị nào trong units/ mang tên "${written}": thêm đơn vị đó vào units/ hoặc ghi mã của đơn vị đúng`,
    en: `no unit in units/ is named "${written}": add it to units/ or write the id of the right unit`,
  });
  return null;
}

/** "Lưu: VT, NC" (the office copy) and "Như trên" (as above) name no unit to look for. */
const NOT_A_UNIT = /^\+?\s*(Lưu\b|Như trên\b)/iu;

function addressLines(
  key: 'addressees' | 'recipients',
  lines: string[],
  units: readonly Unit[],
  date: string | null,
  toCheck: FieldNote[],
): AddressLineDraft[] {
  return lines.map((text, i) => {
    if (NOT_A_UNIT.test(text)) return { text, units: [] };
    const match = matchLine(text, units, date);
    const field = `${key}.${i}.units`;
    if (match.units.length > 0)
      toCheck.push({ field, vi: `"${text}" → ${match.units.join(', ')}`, en: `"${text}" → ${match.units.join(', ')}` });
    for (const a of match.ambiguous)
      toCheck.push({
        field,
        vi: `"${text}": "${a.name}" ứng với nhiều đơn vị (${a.candidates.join(', ')}), chưa chọn`,
        en: `"${text}": "${a.name}" fits several units (${a.candidates.join(', ')}), none chosen`,
      });
    if (match.units.length === 0 && match.ambiguous.length === 0)
      toCheck.push({
        field,
        vi: `"${text}": không khớp đơn vị nào (dòng chỉ nhóm chung, hoặc đơn vị chưa có trong units/)`,
        en: `"${text}": matches no unit (a collective line, or a unit not yet in units/)`,
      });
    return { text, units: match.units };
  });
}

function notShownNotes(layout: WordLayout, title: string | null): FieldNote[] {
  const notes: FieldNote[] = [];
  if (layout.number === null)
    notes.push(
      layout.numberBlank
        ? {
            field: 'number',
            vi: `số hiệu để trống ("${layout.numberBlank}")`,
            en: `the number is left blank ("${layout.numberBlank}")`,
          }
        : { field: 'number', vi: 'không thấy dòng "Số: …"', en: 'no "Số: …" line found' },
    );
  if (layout.date === null)
    notes.push(
      layout.dateUnread
        ? {
            field: 'date',
            vi: `ngày ban hành để trống hoặc không có thật ("${layout.dateUnread}")`,
            en: `the issue date is blank or not a real date ("${layout.dateUnread}")`,
          }
        : {
            field: 'date',
            vi: 'không thấy dòng địa danh, ngày tháng ("…, ngày … tháng … năm …")',
            en: 'no place-and-date line found ("…, ngày … tháng … năm …")',
          },
    );
  if (layout.place === null)
    notes.push({ field: 'place', vi: 'không thấy địa danh trước ngày tháng', en: 'no place before the date' });
  if (title === null)
    notes.push({
      field: 'title_vi',
      vi: 'không thấy tên loại và trích yếu (ví dụ "KẾ HOẠCH" và các dòng dưới nó) hay dòng "V/v"',
      en: 'no type and title lines (e.g. "KẾ HOẠCH" and the lines below it) nor a "V/v" line',
    });
  const signer: [keyof WordLayout['signer'], string, string][] = [
    [
      'authority',
      'không có dòng thẩm quyền ký (TM., KT., TL., TUQ.) trên chức vụ',
      'no line of authority (TM., KT., TL., TUQ.) above the title',
    ],
    ['title', 'không thấy chức vụ người ký (ví dụ "CHỦ TỊCH")', 'no signer\'s title found (e.g. "CHỦ TỊCH")'],
    ['name', 'không thấy họ tên người ký dưới chức vụ', "no signer's name found below the title"],
  ];
  for (const [key, vi, en] of signer) if (layout.signer[key] === null) notes.push({ field: `signer.${key}`, vi, en });
  if (layout.recipients.length === 0)
    notes.push({ field: 'recipients', vi: 'không thấy mục "Nơi nhận:"', en: 'no "Nơi nhận:" list found' });
  return notes;
}

const PERSONAL = {
  'identity-number': { vi: 'một số CMND/CCCD', en: 'an identity-card number' },
  'mobile-phone': { vi: 'một số điện thoại di động', en: 'a mobile number' },
} as const;

/** Identity and mobile numbers in the body, which the loader refuses: said now, masked. */
function personalDataNotes(layout: WordLayout): FieldNote[] {
  const texts = layout.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flat()));
  return texts.flatMap((text) =>
    findPersonalData(text).map((m) => {
      const where = text.length > 50 ? `${text.slice(0, 50)}…` : text;
      return {
        field: '(nội dung / text)',
        vi: `"${where}" có ${PERSONAL[m.kind].vi} (${m.masked}): ${personalDataExpected[m.kind].vi}`,
        en: `"${where}" has ${PERSONAL[m.kind].en} (${m.masked}): ${personalDataExpected[m.kind].en}`,
      };
    }),
  );
}

export function documentDraft(layout: WordLayout, options: DraftOptions): DocumentDraft {
  const toFill: FieldNote[] = [];
  const toCheck: FieldNote[] = [];
  const kind = readKind(layout, toFill, toCheck);
  const issuer = readIssuer(layout, options.units, toFill, toCheck);
  let title: string | null = null;
  if (layout.typeLine !== null && layout.titleLines.length > 0)
    title = `${sentenceCase(layout.typeLine)} ${layout.titleLines.join(' ')}`;
  else if (layout.typeLine === null && layout.subject !== null) title = layout.subject;

  toFill.push(
    {
      field: 'summary_vi',
      vi: 'một câu cho người dân: văn bản là gì và yêu cầu gì',
      en: 'one plain sentence for residents: what the document is and asks',
    },
    { field: 'summary_en', vi: 'câu tóm tắt đó bằng tiếng Anh', en: 'the same sentence in English' },
    {
      field: 'source.kind',
      vi: 'bản gốc mà nội dung này khớp: "pdf" (bản PDF đã ký) hoặc "news-article"; lược đồ chưa có loại cho tệp Word',
      en: 'the original this text matches: "pdf" (the signed PDF) or "news-article"; the schema has no kind for a Word file',
    },
  );
  toFill.push(...personalDataNotes(layout));
  const addressees = addressLines('addressees', layout.addressees, options.units, layout.date, toCheck);
  const recipients = addressLines('recipients', layout.recipients, options.units, layout.date, toCheck);
  toCheck.push(
    {
      field: 'published',
      vi: `ghi ngày nhập (${options.today}): đổi thành ngày văn bản lên cổng`,
      en: `set to the day of the import (${options.today}): change it to the day the document goes online`,
    },
    {
      field: 'implements',
      vi: 'để trống: thêm các văn bản mà văn bản này thực hiện ("Thực hiện Kế hoạch số …")',
      en: 'left empty: add the documents this one carries out ("Thực hiện Kế hoạch số …")',
    },
    {
      field: 'papi_dimensions',
      vi: 'để trống: thêm các nội dung PAPI (1–8) mà văn bản nêu rõ',
      en: 'left empty: add the PAPI dimensions (1–8) the document explicitly addresses',
    },
    {
      field: 'concerns',
      vi: 'để trống: thêm các đơn vị được giao việc hoặc chịu trách nhiệm',
      en: 'left empty: add the units the document assigns something to',
    },
  );

  const frontMatter: DocumentFrontMatterDraft = {
    kind,
    title_vi: title,
    summary_vi: null,
    summary_en: null,
    number: layout.number,
    date: layout.date,
    published: options.today,
    place: layout.place,
    issuer,
    signer: { name: layout.signer.name, title: layout.signer.title, authority: layout.signer.authority },
    addressees,
    recipients,
    implements: [],
    papi_dimensions: [],
    concerns: [],
    source: {
      kind: null,
      note_vi: `Nội dung lấy từ tệp Word "${options.fileName}" (nhập bằng npm run import-word).`,
      note_en: `Text taken from the Word file "${options.fileName}" (imported with npm run import-word).`,
    },
  };
  return { frontMatter, body: bodyMarkdown(layout.body), toFill, notShown: notShownNotes(layout, title), toCheck };
}

/** A YAML scalar: null, a number, or a double-quoted string (JSON's escapes are YAML's). */
export function yamlScalar(value: string | number | null): string {
  return value === null ? 'null' : typeof value === 'number' ? String(value) : JSON.stringify(value);
}

const TO_FILL = '# CẦN ĐIỀN / TO FILL';

/** The document file: front matter (fields to fill marked in comments) and the Markdown body. */
export function documentFile(draft: DocumentDraft, header: string[]): string {
  const fm = draft.frontMatter;
  const fill = new Set(draft.toFill.map((n) => n.field));
  const line = (key: string, value: string | null, indent = '') =>
    `${indent}${key.split('.').pop()}: ${yamlScalar(value)}${fill.has(key) ? ` ${TO_FILL}` : ''}`;
  const list = (key: 'addressees' | 'recipients') =>
    fm[key].length === 0
      ? [`${key}: []`]
      : [
          `${key}:`,
          ...fm[key].flatMap((a) => [`  - text: ${yamlScalar(a.text)}`, `    units: [${a.units.join(', ')}]`]),
        ];
  return [
    '---',
    ...header.map((h) => `# ${h}`),
    line('kind', fm.kind),
    line('title_vi', fm.title_vi),
    line('summary_vi', fm.summary_vi),
    line('summary_en', fm.summary_en),
    line('number', fm.number),
    line('date', fm.date),
    line('published', fm.published),
    line('place', fm.place),
    line('issuer', fm.issuer),
    'signer:',
    line('signer.name', fm.signer.name, '  '),
    line('signer.title', fm.signer.title, '  '),
    line('signer.authority', fm.signer.authority, '  '),
    ...list('addressees'),
    ...list('recipients'),
    'implements: []',
    'papi_dimensions: []',
    'concerns: []',
    'source:',
    line('source.kind', fm.source.kind, '  '),
    line('source.note_vi', fm.source.note_vi, '  '),
    line('source.note_en', fm.source.note_en, '  '),
    '---',
    '',
    draft.body,
    '',
  ].join('\n');
}
