/**
 * Whether a text is well-formed XML 1.0, as a feed reader's parser requires: one root element,
 * every tag closed and nested, attribute values quoted and never repeated on one element,
 * names as XML defines them, `&` only as a reference to one of the five predefined entities
 * or to a character, no "<" in an attribute value, no "]]>" in text, comments without "--",
 * and no character XML forbids (control characters, lone surrogates), also as a reference.
 * Namespaces as a namespace-aware reader needs them: every prefix of an element or an attribute
 * is declared (xmlns:prefix) on it or an ancestor. A DOCTYPE is refused: the portal writes
 * none, so no other entity can exist.
 *
 * fast-xml-parser deprecated its validator (for a package this project does not install);
 * this check is at least as strict, and test/helpers/xml.test.ts shows each rule failing.
 */

const NAME_START =
  'A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// XML's own name classes include combining marks (U+0300–U+036F) on purpose.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'uy');
const SPACE = /[ \t\r\n]+/y;
const XML_DECL =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/y;
/** A character XML 1.0 does not allow anywhere in a document. */
const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:(lt|gt|amp|apos|quot)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

class NotWellFormed extends Error {}

export function xmlProblem(xml: string): string | undefined {
  let pos = 0;
  const lineAt = (at: number) => xml.slice(0, at).split('\n').length;
  const fail = (message: string, at = pos): never => {
    throw new NotWellFormed(`line ${lineAt(at)}: ${message}`);
  };
  const at = (s: string) => xml.startsWith(s, pos);
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(xml);
    if (m) pos = re.lastIndex;
    return m;
  };
  const name = (what: string): string => sticky(NAME)?.[0] ?? fail(`expected the name of ${what}`);
  const space = () => sticky(SPACE) !== null;

  /** A reference at pos (which holds "&"): one of the five entities or an allowed character. */
  const reference = () => {
    const m =
      sticky(REFERENCE) ?? fail(`"&" that does not start &lt; &gt; &amp; &apos; &quot; or a character reference`);
    const code =
      m[2] !== undefined ? Number.parseInt(m[2], 10) : m[3] !== undefined ? Number.parseInt(m[3], 16) : undefined;
    if (code !== undefined && (code > 0x10ffff || FORBIDDEN_CHAR.test(String.fromCodePoint(code))))
      fail(`a reference to a character XML forbids (${m[0]})`, pos - m[0].length);
  };
  const comment = () => {
    const end = xml.indexOf('--', pos + 4);
    if (end < 0) fail('a comment that is never closed');
    if (xml[end + 2] !== '>') fail('"--" inside a comment', end);
    pos = end + 3;
  };
  const processingInstruction = () => {
    pos += 2;
    const target = name('a processing instruction');
    if (/^xml$/i.test(target)) fail('an XML declaration that is not at the very start');
    const end = xml.indexOf('?>', pos);
    if (end < 0) fail('a processing instruction that is never closed');
    if (end > pos && !/^[ \t\r\n]/.test(xml[pos]!)) fail('a processing instruction without a space after its name');
    pos = end + 2;
  };
  /** The prefix of a qualified name, after checking that it is declared. */
  const checkPrefix = (qname: string, prefixes: Set<string>, start: number) => {
    const parts = qname.split(':');
    if (parts.length > 2 || parts.some((p) => p === '')) fail(`"${qname}" is not a namespace-qualified name`, start);
    if (parts.length === 2 && !prefixes.has(parts[0]!))
      fail(`namespace prefix "${parts[0]}" of "${qname}" is not declared`, start);
  };
  /**
   * A start tag at pos (which holds "<" and a name), with the namespace prefixes declared
   * around it; returns its name, whether it closes itself, and the prefixes inside it.
   */
  const startTag = (inScope: Set<string>): { tag: string; empty: boolean; prefixes: Set<string> } => {
    const start = pos;
    pos += 1;
    const tag = name('an element');
    const seen = new Set<string>();
    const done = (empty: boolean) => {
      const declared = [...seen].filter((a) => a.startsWith('xmlns:')).map((a) => a.slice(6));
      const prefixes = declared.length ? new Set([...inScope, ...declared]) : inScope;
      checkPrefix(tag, prefixes, start);
      for (const a of seen) if (a !== 'xmlns' && !a.startsWith('xmlns:')) checkPrefix(a, prefixes, start);
      return { tag, empty, prefixes };
    };
    for (;;) {
      const spaced = space();
      if (at('/>')) return ((pos += 2), done(true));
      if (at('>')) return ((pos += 1), done(false));
      if (!spaced) fail(`expected a space, ">" or "/>" in <${tag}>`);
      const attr = name(`an attribute of <${tag}>`);
      if (seen.has(attr)) fail(`attribute "${attr}" twice on <${tag}>`);
      seen.add(attr);
      space();
      if (!at('=')) fail(`attribute "${attr}" without "=" and a value`);
      pos += 1;
      space();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of "${attr}" is not quoted`);
      pos += 1;
      for (;;) {
        const c = xml[pos];
        if (c === undefined) fail(`the value of "${attr}" is never closed`);
        if (c === quote) break;
        if (c === '<') fail(`"<" in the value of "${attr}"`);
        if (c === '&') reference();
        else pos += 1;
      }
      pos += 1;
    }
  };
  /** Comments, processing instructions and spaces (before and after the root element). */
  const misc = () => {
    for (;;) {
      if (space()) continue;
      if (at('<!--')) comment();
      else if (at('<?')) processingInstruction();
      else return;
    }
  };

  try {
    const forbidden = FORBIDDEN_CHAR.exec(xml);
    if (forbidden)
      fail(
        `a character XML forbids (U+${forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
        forbidden.index,
      );
    if (at('\uFEFF')) pos += 1;
    if (at('<?xml') && /[ \t\r\n]/.test(xml[pos + 5] ?? '') && sticky(XML_DECL) === null)
      fail('a malformed XML declaration');
    misc();
    if (at('<!DOCTYPE')) fail('a DOCTYPE (the portal writes none)');
    if (pos >= xml.length) fail('no root element');
    if (!at('<') || at('</') || at('<!')) fail('text or markup before the root element');
    const root = startTag(new Set(['xml']));
    const open = root.empty ? [] : [root];
    while (open.length > 0) {
      if (at('</')) {
        pos += 2;
        const tag = name('a closing tag');
        space();
        if (!at('>')) fail(`</${tag} not closed by ">"`);
        pos += 1;
        const expected = open.pop()!.tag;
        if (tag !== expected) fail(`</${tag}> closes <${expected}>`);
      } else if (at('<!--')) comment();
      else if (at('<![CDATA[')) {
        const end = xml.indexOf(']]>', pos);
        if (end < 0) fail('a CDATA section that is never closed');
        pos = end + 3;
      } else if (at('<?')) processingInstruction();
      else if (at('<')) {
        const element = startTag(open.at(-1)!.prefixes);
        if (!element.empty) open.push(element);
      } else if (at('&')) reference();
      else {
        const next = xml.slice(pos).search(/[<&]/);
        const end = next < 0 ? xml.length : pos + next;
        const text = xml.slice(pos, end);
        if (text.includes(']]>')) fail('"]]>" in text', pos + text.indexOf(']]>'));
        if (end === xml.length) fail(`<${open.at(-1)!.tag}> is never closed`, end);
        pos = end;
      }
    }

    misc();
    if (pos < xml.length) fail('text or markup after the root element');
    return undefined;
  } catch (error) {
    if (error instanceof NotWellFormed) return error.message;
    throw error;
  }
}
