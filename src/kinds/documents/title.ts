import type { Lang } from '../../base/format.ts';
import { documentKindLabels, documentWords } from './words.ts';
import type { PortalDocument } from './schema.ts';
import type { Unit } from '../units/schema.ts';

/**
 * The heading of a document page: its own title where it has one; otherwise its kind,
 * number and issuer, which are facts of the document, not a made-up title.
 */
export function documentTitle(doc: PortalDocument, issuer: Unit, lang: Lang): string {
  if (doc.title_vi) return doc.title_vi;
  const kind = documentKindLabels[lang][doc.kind];
  const number = doc.number ? ` ${doc.number}` : '';
  return documentWords(lang)('doc.untitled', { kind, number, issuer: issuer.name_vi });
}
