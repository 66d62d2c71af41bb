/**
 * Finding one's commune by name as people type it on a phone: without marks ("dong ha" for
 * "Đông Hà"), in any case, with or without the type word ("phuong dong ha", "xa cam lo").
 * Runs in the browser (the home page's filter) and in the tests.
 */
import { withoutMarks } from '../../base/text.ts';

/** Lower case, no marks, single spaces. */
export function foldName(text: string): string {
  return withoutMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether a name matches what was typed: every typed word starts a word of the name, in
 * order ("cam lo" matches "Xã Cam Lộ", "lo" alone matches it too, "am lo" does not).
 */
export function matchesName(name: string, query: string): boolean {
  const q = foldName(query);
  if (!q) return true;
  const words = foldName(name).split(' ');
  const typed = q.split(' ');
  for (let start = 0; start < words.length; start++) {
    let ok = true;
    for (let i = 0; i < typed.length; i++) {
      const word = words[start + i];
      // The last typed word may be unfinished; the ones before it are whole words.
      const last = i === typed.length - 1;
      if (word === undefined || !(last ? word.startsWith(typed[i]!) : word === typed[i])) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
