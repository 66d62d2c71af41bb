/**
 * Line codes of budget forms ("STT"): A, B for the parts, I, II… (Roman) for sections, 1, 2…
 * for lines, 1.1 for a line's parts, a, b… below them, and "-" or "+" for details. The parent
 * of each line comes from the outline: a line belongs to the nearest line above it of a higher
 * level. A bare "I" is a Roman one unless the letters before it run up to H (…G, H, I).
 */

export type CodeClass = 'letter' | 'roman' | 'number' | 'lower' | 'dash' | 'plus' | 'star';

export interface ParsedCode {
  cls: CodeClass;
  /** The code as the form shows it, without trailing "." or ")": "A", "II", "1.2", "a", "-". */
  shown: string;
  /** Rank in the outline: a smaller rank holds the larger ones below it. */
  rank: number;
  /** The last part: "2" for 1.2; what the content file's code ends with. */
  part: string;
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

export function romanValue(s: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!]!;
    const next = values[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const RANK: Record<CodeClass, number> = { letter: 0, roman: 1, number: 2, lower: 3, dash: 4, plus: 5, star: 6 };

/** "I." → "I", "a)" → "a", "(1)" → "1". */
export function cleanCode(text: string): string {
  return text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[.)]+$/, '')
    .trim();
}

/**
 * Reads a code given what came before it: the last letter and the last Roman numeral seen,
 * to tell the letter I from the Roman I. Undefined when it is no code a form uses.
 */
export function parseCode(text: string, previous: { letter?: string; roman?: string }): ParsedCode | undefined {
  const shown = cleanCode(text);
  if (shown === '') return undefined;
  if (/^[-–—]$/.test(shown)) return { cls: 'dash', shown: '-', rank: RANK.dash, part: '-' };
  if (shown === '+') return { cls: 'plus', shown, rank: RANK.plus, part: '+' };
  if (shown === '*') return { cls: 'star', shown, rank: RANK.star, part: '*' };
  if (/^\d+(\.\d+)*$/.test(shown)) {
    const parts = shown.split('.');
    // 1 < 1.1 < 1.1.1: each part deeper, all above the letters a, b.
    return { cls: 'number', shown, rank: RANK.number + (parts.length - 1) * 0.1, part: parts.at(-1)! };
  }
  if (/^[a-z]$/.test(shown)) return { cls: 'lower', shown, rank: RANK.lower, part: shown };
  const isRoman = ROMAN.test(shown);
  const isLetter = /^[A-Z]$/.test(shown);
  if (isLetter && isRoman) {
    const nextLetter = previous.letter ? String.fromCharCode(previous.letter.charCodeAt(0) + 1) : 'A';
    const nextRoman = previous.roman ? toRoman(romanValue(previous.roman) + 1) : 'I';
    if (previous.letter && shown === nextLetter) return { cls: 'letter', shown, rank: RANK.letter, part: shown };
    if (shown === nextRoman || shown === 'I') return { cls: 'roman', shown, rank: RANK.roman, part: shown };
    return 'IVX'.includes(shown)
      ? { cls: 'roman', shown, rank: RANK.roman, part: shown }
      : { cls: 'letter', shown, rank: RANK.letter, part: shown };
  }
  if (isRoman) return { cls: 'roman', shown, rank: RANK.roman, part: shown };
  if (isLetter) return { cls: 'letter', shown, rank: RANK.letter, part: shown };
  return undefined;
}

export interface OutlineLine {
  /** Index of the input line. */
  index: number;
  code: ParsedCode;
  /** Index of the parent line, or undefined for a top line. */
  parent?: number;
  /** The content file's code: the parents' parts joined by dots ("A.I.1"); dashes get g1, g2… */
  path: string;
}

/**
 * Builds the outline of a list of codes, in order. Returns the lines, or the index of the
 * first code that cannot be read and why.
 */
export function outline(
  codes: string[],
): { ok: true; lines: OutlineLine[] } | { ok: false; index: number; reason: 'unknown' | 'dotted-parent' } {
  const lines: OutlineLine[] = [];
  const stack: OutlineLine[] = [];
  const previous: { letter?: string; roman?: string } = {};
  const bulletCount = new Map<string, number>();
  for (const [index, text] of codes.entries()) {
    const code = parseCode(text, previous);
    if (!code) return { ok: false, index, reason: 'unknown' };
    if (code.cls === 'letter') {
      previous.letter = code.shown;
      previous.roman = undefined;
    }
    if (code.cls === 'roman') previous.roman = code.shown;
    while (stack.length && stack.at(-1)!.code.rank >= code.rank) stack.pop();
    const parent = stack.at(-1);
    if (code.cls === 'number' && code.shown.includes('.')) {
      // 1.2 belongs to 1: the line above it of one part fewer.
      const expected = code.shown.split('.').slice(0, -1).join('.');
      if (!parent || parent.code.cls !== 'number' || parent.code.shown !== expected)
        return { ok: false, index, reason: 'dotted-parent' };
    }
    let part = code.part;
    if (code.cls === 'dash' || code.cls === 'plus' || code.cls === 'star') {
      const key = `${parent?.path ?? ''}|${code.cls}`;
      const n = (bulletCount.get(key) ?? 0) + 1;
      bulletCount.set(key, n);
      part = `${{ dash: 'g', plus: 'p', star: 's' }[code.cls]}${n}`;
    }
    const line: OutlineLine = { index, code, parent: parent?.index, path: parent ? `${parent.path}.${part}` : part };
    lines.push(line);
    stack.push(line);
  }
  return { ok: true, lines };
}

/**
 * The code a form shows for a content code: "A.I.1" → "1", "A.I.1.2" → "1.2" (a number's part
 * keeps its number parent's), "A.I.1.g2" → "-".
 */
export function shownCode(path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1)!;
  const bullet = /^([gps])\d+$/.exec(last);
  if (bullet) return { g: '-', p: '+', s: '*' }[bullet[1] as 'g' | 'p' | 's'];
  if (!/^\d+$/.test(last)) return last;
  let shown = last;
  for (let i = parts.length - 2; i >= 0 && /^\d+$/.test(parts[i]!); i--) shown = `${parts[i]}.${shown}`;
  return shown;
}
