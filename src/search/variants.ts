/**
 * Abbreviations both ways: "ubnd xa" is also searched as "Ủy ban nhân dân xa", and
 * "uy ban nhan dan" also as "UBND". Pagefind finds pages that contain every word of a
 * query, so each spelling is a search of its own; their results are merged (mergeHits).
 * Pure: runs in the browser, tested in Node.
 */
import { foldQuery, searchKey } from './fold.ts';
import type { Abbreviation } from './schema.ts';

/** The dictionary as the search page carries it (only what matching needs). */
export type AbbreviationPair = Pick<Abbreviation, 'abbr' | 'full'>;

/** At most this many spellings are searched for one query (the first is the query itself). */
export const MAX_VARIANTS = 4;

/** A word's key without the punctuation around it ("chức," → "chuc"); a document number keeps its slashes. */
function wordKey(word: string): string {
  return searchKey(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function replacementsIn(keys: string[], dictionary: AbbreviationPair[]): Replacement[] {
  const found: Replacement[] = [];
  for (const { abbr, full } of dictionary) {
    const abbrKey = wordKey(abbr);
    const fullKeys = full.split(/\s+/).map(wordKey).filter(Boolean);
    keys.forEach((key, i) => {
      if (key === abbrKey) found.push({ start: i, end: i + 1, text: foldQuery(full) });
      if (fullKeys.length > 0 && fullKeys.every((k, j) => keys[i + j] === k)) {
        found.push({ start: i, end: i + fullKeys.length, text: foldQuery(abbr) });
      }
    });
  }
  return found;
}

function apply(words: string[], replacements: Replacement[]): string {
  const out: string[] = [];
  let i = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < i) continue; // overlaps one already applied
    out.push(...words.slice(i, r.start), r.text);
    i = r.end;
  }
  out.push(...words.slice(i));
  return out.join(' ');
}

/**
 * The spellings to search for a reader's query: the folded query first, then each
 * abbreviation written out (or each written-out name abbreviated), then all of them at once.
 */
export function queryVariants(query: string, dictionary: AbbreviationPair[]): string[] {
  const folded = foldQuery(query);
  if (!folded) return [];
  // Pure punctuation ("-", ",") is no word to Pagefind and none to match either.
  const words = folded.split(' ').filter((w) => wordKey(w) !== '');
  const replacements = replacementsIn(words.map(wordKey), dictionary);
  const variants = [folded, ...replacements.map((r) => apply(words, [r]))];
  if (replacements.length > 1) variants.push(apply(words, replacements));
  return [...new Set(variants)].slice(0, MAX_VARIANTS);
}

/** A result of one spelling's search: Pagefind's id and score, and whatever else comes with it. */
export interface Hit {
  id: string;
  score: number;
}

/** One list from several searches: each page once, at its best score, best first. */
export function mergeHits<H extends Hit>(lists: H[][]): H[] {
  const best = new Map<string, H>();
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (!seen || hit.score > seen.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
