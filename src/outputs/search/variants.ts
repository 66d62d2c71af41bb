/**
 * Abbreviations both ways: "ubnd xa" is also searched as "Ủy ban nhân dân xa", and
 * "uy ban nhan dan" also as "UBND". Pagefind finds pages that contain every word of a
 * query, so each spelling is a search of its own; their results are merged (mergeHits).
 * Pure: runs in the browser, tested in Node.
 */
import { foldQuery, searchKey, unmarkStroke } from './fold.ts';

/** The dictionary as the search page carries it (only what matching needs). */
export interface AbbreviationPair {
  /** The abbreviation as written, with its đ ("HĐND"). */
  abbr: string;
  /** What it stands for, with diacritics. */
  full: string;
}

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

/** A result of one spelling's search: Pagefind's id and score, and whether the words stand together. */
export interface Hit {
  id: string;
  score: number;
  /** True when the page has the spelling's words side by side, in the order typed. */
  together: boolean;
  /**
   * The page's score for its least-found word, when each word was also searched alone: a page
   * is only as relevant as its weakest word ("Hồ Chí Minh" pages are not about "hộ nghèo").
   */
  weakest?: number;
}

/** The words of a spelling as Pagefind sees them (pure punctuation dropped). */
export function queryWords(variant: string): string[] {
  return variant.split(' ').filter((w) => wordKey(w) !== '');
}

/**
 * Phrases up to this many words are checked for standing together (one search per word);
 * a longer one (a name written out in full) counts as together on every page it finds.
 */
export const MAX_PHRASE_WORDS = 8;

/**
 * Whether a page has the words side by side in the order typed, given where each word of
 * the query occurs in it (one list of positions per word, in query order).
 */
export function standsTogether(positionsByWord: number[][]): boolean {
  if (positionsByWord.length <= 1) return true;
  const rest = positionsByWord.slice(1).map((list) => new Set(list));
  return positionsByWord[0]!.some((start) => rest.every((set, i) => set.has(start + i + 1)));
}

/**
 * One list from the searches of several spellings: each page once, at its best, best first.
 * Pagefind does not look at word order, and on short pages (a unit's) three common
 * syllables outscore a name in a long document; so pages where the words stand together
 * as typed ("Lê Thanh Bình", "đất đai") come first. Then Pagefind's score per word (it adds
 * up a score per word, and "CCHC" must compete fairly with "cải cách hành chính"), balanced
 * (geometric mean) with the score of the page's weakest word where that is known.
 */
export function mergeHits<H extends Hit>(searches: { variant: string; hits: H[] }[]): H[] {
  type Ranked = { hit: H; together: boolean; score: number };
  const better = (a: Ranked, b: Ranked) => (a.together !== b.together ? (a.together ? -1 : 1) : b.score - a.score);
  const best = new Map<string, Ranked>();
  for (const { variant, hits } of searches) {
    const n = Math.max(1, queryWords(variant).length);
    for (const hit of hits) {
      const mean = hit.score / n;
      const ranked = {
        hit,
        together: hit.together,
        score: hit.weakest === undefined ? mean : Math.sqrt(hit.weakest * mean),
      };
      const seen = best.get(hit.id);
      if (!seen || better(ranked, seen) < 0) best.set(hit.id, ranked);
    }
  }
  return [...best.values()].sort(better).map((r) => r.hit);
}

/**
 * The filter that marks a province portal's copy of a national page (a PAPI page: every portal
 * and the hub write it). The national hub's search excludes it, and answers with its own copy.
 */
export const COPY_FILTER = { name: 'copy', value: 'national' } as const;

/** The words Pagefind highlighted in an excerpt (its <mark> elements), as written. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => unmarkStroke(m[1]!.replace(/<[^>]*>/g, '')));
}

/**
 * Whether a result matched only by Pagefind's fallback. An index with no word that starts with
 * a typed word ("sipas", "ubnd") answers with the words that the typed word starts with ("Si Ma
 * Cai", "U Minh"), often scored above real matches in other indexes. So a result whose every
 * highlighted word is such a shorter beginning of a typed word, and none begins with one, is not
 * a match. A result with no highlight (a match in its title only) is kept.
 */
export function fallbackOnly(excerpt: string, typed: string[]): boolean {
  const marks = markedWords(excerpt).map(wordKey).filter(Boolean);
  const words = typed.map(wordKey).filter(Boolean);
  if (marks.length === 0) return false;
  const real = marks.some((m) => words.some((w) => m.startsWith(w)));
  const shorter = marks.some((m) => words.some((w) => w.startsWith(m) && w !== m));
  return !real && shorter;
}
