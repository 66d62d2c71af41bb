/**
 * Plain words on every page of both instances: every HTML file the build wrote (pages in the
 * sitemap, and embeds, notice sheets and the 404 page, which are not in it) is read and checked
 * with the checks of test/helpers/page-text.ts:
 *
 * - no year written like an amount ("2.025" in a column of years, "năm 2.025" in a sentence);
 * - no link that reads as an internal id ("Chi tiết nhiệm vụ pxqt2024-ii-1-1") or a file path,
 *   and no file of the content named to readers ("content/‹tỉnh›/disclosures/SOURCE.md");
 * - no English word on a Vietnamese page, outside the names and formats of ALLOWED_WORDS.
 *
 * The checks read the HTML as written, so they cover every page kind a slice adds; each is
 * shown to catch what it is for in test/helpers/page-text.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles, fileFor, pageKind, pathOfHtml, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { filePaths, foreignWords, groupedYears, idLinks, pageText } from '../helpers/page-text.ts';
import { INSTANCES, type InstanceName } from '../helpers/sites.ts';

/** At most this many problems of one check are listed in a failure, with the pages they are on. */
const SHOWN = 40;

describe('plain words on every page', () => {
  for (const site of Object.keys(INSTANCES) as InstanceName[]) {
    it(`${site}: no year like an amount, no id or file path as words, no English on Vietnamese pages`, () => {
      const { dir } = inject('sites')[site];
      const html = builtFiles(dir).filter((f) => f.endsWith('.html'));
      // Every page of the sitemap is among the files read, so every page kind is covered.
      const files = new Set(html);
      const kinds = new Set<string>();
      for (const path of sitemapPaths(dir)) {
        expect(files.has(fileFor(dir, path) ?? ''), `${path} is built`).toBe(true);
        kinds.add(pageKind(path));
      }
      expect(kinds.size).toBeGreaterThan(40);

      const problems = { years: [] as string[], ids: [] as string[], files: [] as string[], english: [] as string[] };
      for (const file of html) {
        const source = readFileSync(join(dir, file), 'utf8');
        const text = pageText(source);
        const path = pathOfHtml(file);
        problems.years.push(...groupedYears(source, text).map((p) => `${path}: ${p}`));
        problems.ids.push(...idLinks(text).map((p) => `${path}: ${p}`));
        problems.files.push(...filePaths(text).map((p) => `${path}: ${p}`));
        if (!/<html[^>]*\slang="en"/.test(source))
          problems.english.push(...foreignWords(text).map((p) => `${path}: ${p}`));
      }
      // Each check reports on its own, so one failure does not hide the others.
      for (const [check, list] of Object.entries(problems))
        expect.soft(list.slice(0, SHOWN), `${check}: ${list.length} problems`).toEqual([]);
    });
  }
});
