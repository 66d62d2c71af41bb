/**
 * Reads the text of a Word file (.docx, Office Open XML / ECMA-376) as the paragraphs the layout
 * parser reads (src/kinds/documents/from-word-layout.ts): each paragraph's text, with the number
 * Word draws in front of an automatic list item ("1.", "a)", "-") written out, its alignment,
 * and, inside a table, which table, row and column it sits in. The standard layout of a
 * Vietnamese administrative document puts the header and the signature in two-column tables,
 * so the column is what tells the issuing body from the national heading.
 *
 * Only the parts that carry the text are read: word/document.xml, word/numbering.xml and
 * word/styles.xml (fflate unzips just those; fast-xml-parser, already used by the tests, reads
 * them). Left out, and counted so the importer can say so: text boxes, pictures, footnotes;
 * headers and footers are not read. Tracked changes are read as accepted (insertions kept,
 * deletions dropped).
 *
 * Why not mammoth (docx → HTML): its output keeps an automatic list only as <ol>/<ul>, without
 * the number Word shows ("a)", "2.1.", "-"), and drops alignment; the numbering is what the
 * tasks draft is built from, and alignment is how a title is told from the body.
 */
import { toRoman } from '../../src/base/sheets/codes.ts';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Bilingual } from '../../src/base/content/errors.ts';
import type { WordParagraph } from '../../src/kinds/documents/from-word-layout.ts';

export interface DocxText {
  paragraphs: WordParagraph[];
  /** Text boxes and pictures, which are not read: a header drawn in a text box is missed. */
  skipped: { textBoxes: number; pictures: number; footnotes: number };
}

/** Why a file could not be read: what was found and what was expected, in both languages. */
export class DocxError extends Error {
  readonly found: Bilingual;
  readonly expected: Bilingual;
  constructor(found: Bilingual, expected: Bilingual = DOCX) {
    super(`Found ${found.en}; expected ${expected.en}.`);
    this.name = 'DocxError';
    this.found = found;
    this.expected = expected;
  }
}

const DOCX: Bilingual = {
  vi: 'một tệp Word .docx (trong Word: Lưu thành → "Word Document (*.docx)")',
  en: 'a Word .docx file (in Word: Save As → "Word Document (*.docx)")',
};

type XNode = Record<string, unknown>;

/** The largest part we unzip: a document.xml of 200 MB is not an administrative document. */
const MAX_PART = 200 * 1024 * 1024;
const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const tagOf = (node: XNode): string => Object.keys(node).find((k) => k !== ':@') ?? '';
const kids = (node: XNode | undefined): XNode[] => {
  const value = node?.[tagOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
};
const attr = (node: XNode | undefined, name: string): string | undefined =>
  (node?.[':@'] as Record<string, string> | undefined)?.[name];
const child = (node: XNode | undefined, tag: string): XNode | undefined => kids(node).find((c) => tagOf(c) === tag);
const path = (node: XNode | undefined, ...tags: string[]): XNode | undefined =>
  tags.reduce<XNode | undefined>((n, tag) => child(n, tag), node);
const val = (node: XNode | undefined): string | undefined => attr(node, 'w:val');

function parseXml(bytes: Uint8Array | undefined): XNode[] {
  return bytes ? (parser.parse(strFromU8(bytes)) as XNode[]) : [];
}

const rootOf = (nodes: XNode[], tag: string): XNode | undefined => nodes.find((n) => tagOf(n) === tag);

// --- Numbering ---------------------------------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingDefs {
  /** numId → abstract levels by ilvl, and start overrides by ilvl. */
  nums: Map<string, { levels: Map<number, Level>; starts: Map<number, number> }>;
}

interface ParagraphStyle {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  align?: string;
}

function readStyles(nodes: XNode[]): { styles: Map<string, ParagraphStyle>; defaultStyle?: string } {
  const styles = new Map<string, ParagraphStyle>();
  let defaultStyle: string | undefined;
  for (const style of kids(rootOf(nodes, 'w:styles'))) {
    if (tagOf(style) !== 'w:style' || attr(style, 'w:type') !== 'paragraph') continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const pPr = child(style, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const ilvl = val(child(numPr, 'w:ilvl'));
    styles.set(id, {
      basedOn: val(child(style, 'w:basedOn')),
      numId: val(child(numPr, 'w:numId')),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      align: val(child(pPr, 'w:jc')),
    });
    if (['1', 'true', 'on'].includes(attr(style, 'w:default') ?? '')) defaultStyle = id;
  }
  return { styles, defaultStyle };
}

function readNumbering(nodes: XNode[], styles: Map<string, ParagraphStyle>): NumberingDefs {
  const root = rootOf(nodes, 'w:numbering');
  const abstract = new Map<string, { levels: Map<number, Level>; styleLink?: string }>();
  for (const node of kids(root)) {
    if (tagOf(node) !== 'w:abstractNum') continue;
    const levels = new Map<number, Level>();
    for (const lvl of kids(node)) {
      if (tagOf(lvl) !== 'w:lvl') continue;
      levels.set(Number(attr(lvl, 'w:ilvl') ?? '0'), {
        start: Number(val(child(lvl, 'w:start')) ?? '1'),
        format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
        text: val(child(lvl, 'w:lvlText')) ?? '',
      });
    }
    abstract.set(attr(node, 'w:abstractNumId') ?? '', { levels, styleLink: val(child(node, 'w:numStyleLink')) });
  }
  const numToAbstract = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const node of kids(root)) {
    if (tagOf(node) !== 'w:num') continue;
    const starts = new Map<number, number>();
    for (const o of kids(node)) {
      const start = val(child(o, 'w:startOverride'));
      if (tagOf(o) === 'w:lvlOverride' && start !== undefined)
        starts.set(Number(attr(o, 'w:ilvl') ?? '0'), Number(start));
    }
    numToAbstract.set(attr(node, 'w:numId') ?? '', { abstractId: val(child(node, 'w:abstractNumId')) ?? '', starts });
  }
  const nums: NumberingDefs['nums'] = new Map();
  for (const [numId, { abstractId, starts }] of numToAbstract) {
    let def = abstract.get(abstractId);
    // A list defined by a numbering style points at that style's list (one step; a loop ends).
    if (def?.styleLink) {
      const linked = styles.get(def.styleLink)?.numId;
      const target = linked === undefined ? undefined : numToAbstract.get(linked);
      def = target && target.abstractId !== abstractId ? abstract.get(target.abstractId) : def;
    }
    if (def) nums.set(numId, { levels: def.levels, starts });
  }
  return { nums };
}

function letters(n: number): string {
  // Word's letter lists: a…z, then aa…zz, aaa…
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperRoman':
      return toRoman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * A bullet as the documents write it by hand: "-" for the first level, "+" for the second.
 * Word's glyphs (●, , o, ○…) say nothing a reader of the text needs.
 */
function bulletText(glyph: string, ilvl: number): string {
  if (['-', '–', '—', '−'].includes(glyph)) return '-';
  if (['+', 'o', '○', '◦', ''].includes(glyph)) return '+';
  return ilvl % 2 === 0 ? '-' : '+';
}

/** Counts list items as Word does: per list, a level restarts when a higher level moves on. */
class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly defs: NumberingDefs;
  constructor(defs: NumberingDefs) {
    this.defs = defs;
  }

  next(numId: string, ilvl: number): string {
    const def = this.defs.nums.get(numId);
    const level = def?.levels.get(ilvl);
    if (!def || !level) return '';
    if (level.format === 'bullet') return bulletText(level.text, ilvl);
    const counts = this.counters.get(numId) ?? [];
    const startOf = (l: number) => def.starts.get(l) ?? def.levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatCounter(counts[l] ?? startOf(l), def.levels.get(l)?.format ?? 'decimal');
    });
  }
}

// --- Text ----------------------------------------------------------------------------------

const ALIGN: Record<string, WordParagraph['align']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

/** Elements whose content is the paragraph's own text, read through. */
const TRANSPARENT = new Set([
  'w:hyperlink',
  'w:ins',
  'w:moveTo',
  'w:smartTag',
  'w:customXml',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
  'w:sdtContent',
]);

class BodyReader {
  readonly paragraphs: WordParagraph[] = [];
  readonly skipped = { textBoxes: 0, pictures: 0, footnotes: 0 };
  private tables = 0;
  private readonly styles: Map<string, ParagraphStyle>;
  private readonly defaultStyle: string | undefined;
  private readonly lists: ListCounter;

  constructor(styles: ReturnType<typeof readStyles>, numbering: NumberingDefs) {
    this.styles = styles.styles;
    this.defaultStyle = styles.defaultStyle;
    this.lists = new ListCounter(numbering);
  }

  /** A paragraph property set on the paragraph or inherited through its style's basedOn chain. */
  private fromStyle<K extends keyof ParagraphStyle>(
    styleId: string | undefined,
    key: K,
  ): ParagraphStyle[K] | undefined {
    const seen = new Set<string>();
    for (let id = styleId ?? this.defaultStyle; id && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const value = this.styles.get(id)?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  }

  blocks(nodes: XNode[], cell: WordParagraph['cell']): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') this.paragraph(node, cell);
      else if (tag === 'w:tbl') this.table(node, cell);
      else if (tag === 'w:sdt') this.blocks(kids(child(node, 'w:sdtContent')), cell);
      else if (tag === 'w:customXml') this.blocks(kids(node), cell);
    }
  }

  private table(node: XNode, outer: WordParagraph['cell']): void {
    // A table inside a cell is read as part of that cell.
    const table = outer ? outer.table : this.tables++;
    let row = 0;
    for (const tr of rowsOf(node)) {
      if (child(child(tr, 'w:trPr'), 'w:del')) continue;
      let col = 0;
      for (const tc of cellsOf(tr)) {
        const span = Number(val(path(tc, 'w:tcPr', 'w:gridSpan')) ?? '1');
        this.blocks(kids(tc), outer ?? { table, row, col });
        col += Number.isFinite(span) && span > 0 ? span : 1;
      }
      row++;
    }
  }

  private paragraph(node: XNode, cell: WordParagraph['cell']): void {
    const pPr = child(node, 'w:pPr');
    const styleId = val(child(pPr, 'w:pStyle'));
    const numPr = child(pPr, 'w:numPr');
    const numId = numPr ? val(child(numPr, 'w:numId')) : this.fromStyle(styleId, 'numId');
    const ilvlText = val(child(numPr, 'w:ilvl'));
    const ilvl = ilvlText !== undefined ? Number(ilvlText) : (this.fromStyle(styleId, 'ilvl') ?? 0);
    const text = this.inline(kids(node));
    // Word draws no number on an empty list paragraph and does not count it.
    const number = numId && numId !== '0' && text.trim() !== '' ? this.lists.next(numId, ilvl) : '';
    const jc = val(child(pPr, 'w:jc')) ?? this.fromStyle(styleId, 'align');
    this.paragraphs.push({
      text: number ? `${number} ${text.replace(/^[ \t]+/, '')}` : text,
      align: jc ? (ALIGN[jc] ?? null) : null,
      cell,
    });
  }

  private inline(nodes: XNode[]): string {
    let out = '';
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:r') out += this.run(kids(node));
      else if (tag === 'w:sdt') out += this.inline(kids(child(node, 'w:sdtContent')));
      else if (TRANSPARENT.has(tag)) out += this.inline(kids(node));
      // w:del, w:moveFrom (deleted text), w:pPr, bookmarks, proofing marks: nothing to read.
    }
    return out;
  }

  private run(nodes: XNode[]): string {
    let out = '';
    for (const node of nodes) {
      switch (tagOf(node)) {
        case 'w:t':
          out += kids(node)
            .map((t) => String(t['#text'] ?? ''))
            .join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          out += '\t';
          break;
        case 'w:br': {
          // A page or column break separates nothing within the text.
          const type = attr(node, 'w:type');
          if (type !== 'page' && type !== 'column') out += '\n';
          break;
        }
        case 'w:cr':
          out += '\n';
          break;
        case 'w:noBreakHyphen':
          out += '-';
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'mc:AlternateContent':
        case 'w:object':
          if (containsTag(node, 'w:txbxContent')) this.skipped.textBoxes++;
          else this.skipped.pictures++;
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          this.skipped.footnotes++;
          break;
        // w:instrText (a field's code, not its result), w:delText, w:rPr, w:softHyphen: not shown.
      }
    }
    return out;
  }
}

function rowsOf(table: XNode): XNode[] {
  return kids(table).flatMap((n) => {
    const tag = tagOf(n);
    if (tag === 'w:tr') return [n];
    if (tag === 'w:sdt') return kids(child(n, 'w:sdtContent')).filter((r) => tagOf(r) === 'w:tr');
    if (tag === 'w:customXml') return kids(n).filter((r) => tagOf(r) === 'w:tr');
    return [];
  });
}

function cellsOf(row: XNode): XNode[] {
  return kids(row).flatMap((n) => {
    const tag = tagOf(n);
    if (tag === 'w:tc') return [n];
    if (tag === 'w:sdt') return kids(child(n, 'w:sdtContent')).filter((c) => tagOf(c) === 'w:tc');
    if (tag === 'w:customXml') return kids(n).filter((c) => tagOf(c) === 'w:tc');
    return [];
  });
}

function containsTag(node: XNode, tag: string): boolean {
  return kids(node).some((c) => tagOf(c) === tag || containsTag(c, tag));
}

/** The paragraphs of a .docx file's bytes; a DocxError says why a file is not one. */
export function readDocx(bytes: Uint8Array): DocxText {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxError({ vi: 'một tệp Word cũ (.doc, Word 97–2003)', en: 'an old Word file (.doc, Word 97–2003)' });
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new DocxError(
      { vi: 'một tệp PDF', en: 'a PDF file' },
      { vi: 'tệp Word (.docx) của văn bản', en: "the document's Word file (.docx)" },
    );
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => PARTS.includes(f.name) && f.originalSize <= MAX_PART });
  } catch {
    throw new DocxError({
      vi: 'một tệp không phải tệp nén zip (tệp .docx nào cũng là tệp nén zip), hoặc tệp đã hỏng',
      en: 'a file that is not a zip archive (every .docx is one), or a damaged file',
    });
  }
  if (!parts['word/document.xml']) {
    throw new DocxError({
      vi: 'một tệp nén không có word/document.xml (có thể là tệp Excel hay PowerPoint)',
      en: 'an archive without word/document.xml (perhaps an Excel or PowerPoint file)',
    });
  }
  let document: XNode[];
  let styles: ReturnType<typeof readStyles>;
  let numbering: NumberingDefs;
  try {
    document = parseXml(parts['word/document.xml']);
    styles = readStyles(parseXml(parts['word/styles.xml']));
    numbering = readNumbering(parseXml(parts['word/numbering.xml']), styles.styles);
  } catch {
    throw new DocxError(
      { vi: 'nội dung XML bị hỏng bên trong tệp', en: 'damaged XML inside the file' },
      { vi: 'một tệp .docx mở và lưu lại được bằng Word', en: 'a .docx that Word opens and saves again' },
    );
  }
  const body = path(rootOf(document, 'w:document'), 'w:body');
  if (!body) {
    throw new DocxError(
      { vi: 'một tệp .docx không có phần nội dung (w:body)', en: 'a .docx without a body (w:body)' },
      { vi: 'một tệp .docx mở và lưu lại được bằng Word', en: 'a .docx that Word opens and saves again' },
    );
  }
  const reader = new BodyReader(styles, numbering);
  reader.blocks(kids(body), null);
  return { paragraphs: reader.paragraphs, skipped: reader.skipped };
}
