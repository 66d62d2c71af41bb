/**
 * What a reader sees of a built page, read from its HTML without a browser, and the checks of
 * plain words that every page must pass (test/e2e/plain-words.test.ts):
 *
 * - a year is never written like an amount ("2.025" for 2025): in a table column that holds
 *   years, and in running text after "năm"/"year" or in a range of years;
 * - no link reads as an internal id ("pxqt2024-ii-1-1") or a file path;
 * - a Vietnamese page has no English words, outside a short list of names and formats.
 *
 * Astro writes regular HTML (quoted attributes, closed elements), so a small tag scanner is
 * enough; it keeps what is inside <script>, <style>, <code> and elements in another language
 * out of the reader's text.
 */

/** Elements whose content is not running text in the page's language. */
const SKIPPED = new Set(['script', 'style', 'code', 'template', 'svg', 'noscript', 'head', 'textarea']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

export function decodeText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
  return m ? decodeText(m[1] ?? '') : undefined;
};

export interface PageText {
  /** Runs of text the reader sees in the page's own language (title included), in order. */
  texts: string[];
  /** Every link: its href and the text it reads as (its aria-label if it has one). */
  links: { href: string; text: string }[];
}

/**
 * The text of a page in its own language (`lang` of <html>): text inside an element marked
 * with another language (lang="en" on a Vietnamese page) is left out, as are scripts,
 * styles, code and the head (but not its <title>).
 */
export function pageText(html: string): PageText {
  const pageLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'vi';
  const texts: string[] = [];
  const links: { href: string; text: string; parts: string[]; label?: string }[] = [];
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (title) texts.push(decodeText(title));
  // A stack of open elements: their name, whether their text is skipped, the link they are.
  const stack: { name: string; skip: boolean; link?: (typeof links)[number] }[] = [];
  const skipping = () => stack.some((e) => e.skip);
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [whole, closing, rawName, , text] = m;
    if (whole.startsWith('<!')) continue;
    if (text !== undefined) {
      if (skipping()) continue;
      const t = decodeText(text);
      texts.push(t);
      for (const e of stack) e.link?.parts.push(t);
      continue;
    }
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || whole.endsWith('/>')) continue;
    const lang = attr(whole, 'lang');
    const skip =
      SKIPPED.has(name) ||
      (lang !== undefined && lang.split('-')[0] !== pageLang) ||
      attr(whole, 'hidden') !== undefined ||
      attr(whole, 'aria-hidden') === 'true';
    const entry: (typeof stack)[number] = { name, skip };
    if (name === 'a' && !skipping() && !skip) {
      const link = { href: attr(whole, 'href') ?? '', text: '', parts: [], label: attr(whole, 'aria-label') };
      links.push(link);
      entry.link = link;
    }
    stack.push(entry);
  }
  return {
    texts,
    links: links.map((l) => ({ href: l.href, text: (l.label ?? l.parts.join('')).replace(/\s+/g, ' ').trim() })),
  };
}

/** A slug-like id: lower-case words and digits joined by hyphens, a letter somewhere. */
const SLUG = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+$/;
/**
 * An id inside a longer text ("Chi tiết nhiệm vụ pxqt2024-ii-1-1"): three or more parts with a
 * digit, or four or more parts. English compounds ("decision-making") have fewer.
 */
const ID_IN_TEXT =
  /(?<![\p{L}\p{N}/.-])(?:(?=[a-z-]*\d)[a-z0-9]+(?:-[a-z0-9]+){2,}|[a-z0-9]+(?:-[a-z0-9]+){3,})(?![\p{L}\p{N}/-])/u;
/** A file of the content or the code: "content/quang-tri/disclosures/SOURCE.md", "site.yaml". */
const FILE_PATH =
  /(?:\bcontent\/|\bsrc\/|\b[\w‹›<>-]+\/[\w‹›<>./-]*\.(?:md|ya?ml|csv|ts|json)\b|\b[\w-]+\.(?:md|ya?ml|ts)\b)/;

/** Links whose text is an internal id or contains one, or shows a file path. */
export function idLinks(text: PageText): string[] {
  return text.links
    .filter((l) => SLUG.test(l.text) || ID_IN_TEXT.test(l.text) || FILE_PATH.test(l.text))
    .map((l) => `link to ${l.href} reads "${l.text}"`);
}

/** File paths of the content or code shown in the page's text. */
export function filePaths(text: PageText): string[] {
  return text.texts.filter((t) => FILE_PATH.test(t)).map((t) => `"${t.trim().slice(0, 120)}"`);
}

/** A year 1900–2099 written with a thousands separator: 2.025, 1.999 (vi), 2,025 (en). */
const GROUPED_YEAR = /^(?:1[.,]9|2[.,]0)\d\d$/;
const YEAR_IN_TEXT =
  /(?:\b(?:năm|Năm|NĂM|year|Year|years|Years)\s+(?:1[.,]9|2[.,]0)\d\d\b)|(?:\b(?:1[.,]9|2[.,]0)\d\d\s*[–-]\s*(?:1[.,]?9|2[.,]?0)\d\d\b)|(?:\b(?:19|20)\d\d\s*[–-]\s*(?:1[.,]9|2[.,]0)\d\d\b)/;

/** Cells of the HTML tables of a page, by the header of their column. */
function tables(html: string): { headers: { text: string; type?: string; key?: string }[]; rows: string[][] }[] {
  const out = [];
  for (const t of html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)) {
    const body = t[1]!;
    const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(body)?.[1] ?? '';
    const headerRow = [...head.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].at(-1)?.[1] ?? '';
    const cells = (row: string) =>
      [...row.matchAll(/<(t[hd])\b([^>]*)>([\s\S]*?)<\/\1>/g)].flatMap((c) => {
        const span = Number(attr(c[0], 'colspan') ?? 1);
        const text = decodeText(c[3]!.replace(/<[^>]+>/g, '')).trim();
        return Array.from({ length: span }, () => ({ tag: c[0], text }));
      });
    const headers = cells(headerRow).map((c) => ({
      text: c.text,
      type: attr(c.tag, 'data-type'),
      key: attr(c.tag, 'data-key'),
    }));
    const tbody = body.slice(Math.max(0, body.indexOf('<tbody')));
    const rows = [...tbody.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => cells(r[1]!).map((c) => c.text));
    out.push({ headers, rows });
  }
  return out;
}

/** A column of years: typed as years, keyed "nam…", or headed "Năm…"/"Year". */
function isYearColumn(h: { text: string; type?: string; key?: string }): boolean {
  return h.type === 'year' || /^nam(?:_|$)/.test(h.key ?? '') || /^(?:Năm|Year)\b/i.test(h.text);
}

/** Years written like amounts: in a column of years, or in running text. */
export function groupedYears(html: string, text: PageText = pageText(html)): string[] {
  const problems: string[] = [];
  for (const table of tables(html)) {
    const columns = table.headers.flatMap((h, i) => (isYearColumn(h) ? [i] : []));
    for (const row of table.rows)
      for (const i of columns) {
        const cell = row[i];
        if (cell !== undefined && GROUPED_YEAR.test(cell))
          problems.push(`"${cell}" in the column "${table.headers[i]!.text}"`);
      }
  }
  for (const t of text.texts) {
    const m = YEAR_IN_TEXT.exec(t);
    if (m) problems.push(`"${m[0]}" in "${t.trim().slice(0, 100)}"`);
  }
  return problems;
}

/**
 * Could this word of plain ASCII letters be a Vietnamese syllable written without marks? A
 * Vietnamese syllable is an onset, vowels and at most a nasal or glide ending; one that ends in
 * c, ch, p or t always carries a tone mark, so "not", "open", "text", "data" cannot be one.
 */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|m|n)?$/i;

/**
 * Words allowed on a Vietnamese page although they are not Vietnamese: names of formats,
 * indices, organisations and products residents meet as they are.
 */
export const ALLOWED_WORDS = new Set(
  [
    'PAPI',
    'CSV',
    'JSON',
    'Atom',
    'iCalendar',
    'UNDP',
    'CECODES',
    'VFF',
    'CRT',
    'RTA',
    'PAR',
    'INDEX',
    'SIPAS',
    'PCI',
    'Excel',
    'Word',
    'xlsx',
    'xls',
    'docx',
    'doc',
    'Feedly',
    'Thunderbird',
    'Internet',
    'Chart',
    'js',
    'JavaScript',
    'Pagefind',
    'DCAT',
    'LD',
    'QR',
    'PDF',
    'CC',
    'BY',
    'Creative',
    'Commons',
    'GitHub',
    'github',
    'com',
    'org',
    'vn',
    'gov',
    'www',
    'https',
    'http',
    'mailto',
    'tel',
    'YYYY',
    'MM',
    'DD',
    'Zalo',
    'email',
    'online',
    'website',
    'iframe',
    'oEmbed',
    // The national electronic identity app, named in the plans.
    'VneID',
    // A place name: thị trấn Krông Klang.
    'Klang',
    // Quoted documents as written: "TTr." (thường trực), and a typo of the source ("điều ttra").
    'TTr',
    'ttra',
    // The search page's example of typing without marks ("dat dai").
    'dat',
    // Loanwords and abbreviations the documents use as Vietnamese: "trang web", "đèn Led",
    // "camera", "QĐ-TTg" (Thủ tướng).
    'web',
    'Led',
    'Camera',
    'TTg',
  ].map((w) => w.toLowerCase()),
);

/** English (or other non-Vietnamese) words in the texts of a Vietnamese page. */
export function foreignWords(text: PageText): string[] {
  const found = new Map<string, string>();
  for (const t of text.texts) {
    // Addresses and e-mail addresses are not words to read.
    const plain = t.replace(
      /\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net)\b|(?<!\S)\/[\w/.-]*/g,
      ' ',
    );
    for (const m of plain.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      // Only words of plain ASCII letters; a word in capitals is an abbreviation (UBND, KH, QĐ).
      if (!/^[A-Za-z]+$/.test(word) || word.length < 2 || /^[A-Z]+$/.test(word)) continue;
      if (SYLLABLE.test(word) || ALLOWED_WORDS.has(word.toLowerCase())) continue;
      if (!found.has(word)) found.set(word, t.trim().slice(0, 100));
    }
  }
  return [...found].map(([word, where]) => `"${word}" in "${where}"`);
}

/**
 * Example, reserved and local names (RFC 2606, RFC 6761) as they would appear in text: a host
 * under example.* or *.example, *.test, *.invalid, *.localhost, localhost, or an IP literal in an address.
 */
export const PLACEHOLDER =
  /(?:[\w-]+\.)*example\.(?:org|com|net|vn|com\.vn)\b|\b[\w-]+(?:\.[\w-]+)*\.(?:example|test|invalid|localhost)\b(?!-)|\blocalhost\b|https?:\/\/\d+\.\d+\.\d+\.\d+/gi;

/** Placeholder domains in a page's text and its links' addresses. */
export function placeholderDomains(text: PageText): string[] {
  const all = [...text.texts, ...text.links.map((l) => l.href)];
  return all.flatMap((t) =>
    [...t.matchAll(PLACEHOLDER)].map(
      (m) => `placeholder domain ${JSON.stringify(m[0])} in ${JSON.stringify(t.slice(0, 80))}`,
    ),
  );
}
