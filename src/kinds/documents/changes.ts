/**
 * Documents in the list of changes: each one added on the day the portal published it, and
 * updated on the day it says it was. A document changes its own page, the documents list, the
 * pages of the units it names and, for PAPI dimensions it addresses, their pages.
 */
import type { ContentChange } from '../../base/content-change.ts';
import { routes } from '../../base/routes.ts';
import type { DocumentsScope } from './index.ts';
import { unitsNamedBy } from './relations.ts';
import { documentTitle } from './title.ts';

export function documentChanges(scope: DocumentsScope): ContentChange[] {
  return scope.documents.flatMap((doc) => {
    const issuer = scope.units.must(doc.issuer);
    const title = { vi: documentTitle(doc, issuer, 'vi'), en: documentTitle(doc, issuer, 'en') };
    const path = routes.document(doc.id);
    const pages = [
      path,
      routes.documents(),
      ...[doc.issuer, ...unitsNamedBy(doc)].map((id) => routes.unit(id)),
      ...doc.papi_dimensions.map((n) => routes.papiDimension(n)),
    ];
    const added: ContentChange = { date: doc.published, kind: 'added', title, path, pages };
    return doc.updated ? [added, { ...added, date: doc.updated, kind: 'updated' }] : [added];
  });
}
