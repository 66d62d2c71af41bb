/**
 * Characters XML 1.0 forbids even escaped: C0 control characters other than tab, line feed and
 * carriage return, the non-characters U+FFFE and U+FFFF, and halves of a surrogate pair with no
 * other half. One of them in a title would make the Atom feed unreadable to every feed reader
 * and corrupt the calendar, so content is checked for them where files are read, and the
 * outputs drop them as a last guard. They come from pasting out of Word, PDFs or old systems.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** "U+0001": how a message names a character an editor does not show. */
export function codePointLabel(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The forbidden characters in a text, in order (empty when there is none). */
export function forbiddenCharacters(text: string): string[] {
  return text.match(FORBIDDEN) ?? [];
}

/** The text without forbidden characters. */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** The text with each forbidden character written as <U+XXXX>, so a message can show where it is. */
export function markForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, (ch) => `<${codePointLabel(ch)}>`);
}
