/**
 * The one words mechanism. Interface words live beside the code that shows them: each kind,
 * output and the page frame defines its own with `defineWords`, Vietnamese first, and English
 * must have every key Vietnamese has (the types check it). Content (document texts, unit
 * names) stays Vietnamese; only the interface is translated.
 *
 *   export const papiWords = defineWords({
 *     vi: { 'papi.rank': 'Hạng {rank}/{of}' },
 *     en: { 'papi.rank': 'Rank {rank} of {of}' },
 *   });
 *   const w = papiWords(lang);
 *   w('papi.rank', { rank: 6, of: 63 });
 */
import type { Lang } from './format.ts';

export type { Lang };
export const languages: Lang[] = ['vi', 'en'];

/** A text in both interface languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Values for the {name} holes of a phrase. */
export type WordValues = Record<string, string | number>;

/**
 * Fills the {name} holes of a phrase. A hole without a value is a mistake in the code, not
 * something to show a reader: it stops the build, naming the phrase and the hole.
 */
export function fill(template: string, values: WordValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in "${template}"`);
    return String(value);
  });
}

/** A phrase of one language, looked up by key, with its holes filled. */
export type Words<K extends string> = (key: K, values?: WordValues) => string;

export function defineWords<K extends string>(words: { vi: Record<K, string>; en: Record<NoInfer<K>, string> }) {
  return (lang: Lang): Words<K> =>
    (key, values) => {
      const phrase = words[lang][key];
      return values ? fill(phrase, values) : phrase;
    };
}

/** The keys a words function knows. */
export type WordKey<W> = W extends (lang: Lang) => Words<infer K> ? K : never;

/** A text given in both languages, in the reader's. */
export function inLang(text: Bilingual, lang: Lang): string {
  return text[lang];
}
