/**
 * Documents (văn bản): plans, directives and dispatches published in full. The front matter
 * holds what the document states about itself; null marks what our copy does not state,
 * and the page says so ("không ghi trong văn bản") instead of guessing.
 */
import { z } from 'astro/zod';
import { expect } from '../../base/content/error-map.ts';
import { id, isoDate, text } from '../../base/content/fields.ts';
import { papiDimension } from '../papi/schema.ts';

export const documentKinds = [
  'cong-van',
  'ke-hoach',
  'chi-thi',
  'quyet-dinh',
  'nghi-quyet',
  'thong-bao',
  'bao-cao',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A line of "Kính gửi" or "Nơi nhận" as written, and the units it names. */
const addressLine = z.strictObject({
  text,
  /** Units this line names specifically; [] for collective lines ("Các sở, ngành"). */
  units: z.array(id).default([]),
});

export const documentSchema = z.strictObject({
  kind: z.enum(documentKinds, expect(`một trong: ${documentKinds.join(', ')}`, `one of: ${documentKinds.join(', ')}`)),
  /** The title as the document writes it; null if it has none. */
  title_vi: text.nullable(),
  /** One plain sentence for residents: what the document is and asks. Editorial. */
  summary_vi: text,
  summary_en: text,
  /** Số hiệu exactly as written ("1682/QĐ-UBND"); null if our copy does not show it. */
  number: text.nullable(),
  /** Issue date; null if our copy does not show it. */
  date: isoDate.nullable(),
  /** When this portal published the document (not the issue date): orders "new" and feeds. */
  published: isoDate,
  /** When this portal last changed the published text or metadata, if it did; corrections say why. */
  updated: isoDate.nullable().default(null),
  place: text.nullable().default(null),
  /** Id of the issuing body. */
  issuer: id,
  signer: z.strictObject({
    name: text.nullable(),
    /** As written: "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
    title: text.nullable(),
    /** The line above the title: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
    authority: text.nullable(),
  }),
  /** "Kính gửi" lines. */
  addressees: z.array(addressLine).default([]),
  /** "Nơi nhận" lines, in order. */
  recipients: z.array(addressLine).default([]),
  /** Documents this one carries out, by number; linked when we publish them too. */
  implements: z
    .array(
      z.strictObject({
        number: text,
        date: isoDate.nullable(),
        issuer_text: text.nullable(),
        title_vi: text.nullable(),
        /** Id of the document in this portal, or null if we do not publish it. */
        document: id.nullable(),
      }),
    )
    .default([]),
  /** PAPI dimensions (1–8) the document explicitly addresses. */
  papi_dimensions: z.array(papiDimension).default([]),
  /** Every unit the document assigns something to or names as responsible. */
  concerns: z.array(id).default([]),
  /**
   * true: an illustrative document (dữ liệu minh họa), not one a body issued; every page, list,
   * feed and download that shows it, and its tasks, say so. Absent or false: a real document.
   */
  sample: z.boolean(expect('true (dữ liệu minh họa) hoặc false', 'true (sample data) or false')).optional(),
  /** What our copy is. */
  source: z.strictObject({
    kind: z.enum(['pdf', 'news-article'], expect('"pdf" hoặc "news-article"', '"pdf" or "news-article"')),
    note_vi: text,
    note_en: text,
  }),
});

export type DocumentMeta = z.output<typeof documentSchema>;

/** A document as pages use it: its metadata, its id and its Markdown body. */
export interface PortalDocument extends DocumentMeta {
  id: string;
  body: string;
}
