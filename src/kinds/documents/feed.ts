/** Documents as feed entries: filed under plans, and under PAPI when they address its dimensions. */
import type { DocumentsScope } from './index.ts';
import type { FeedEntry } from '../../base/feed-entry.ts';
import { routes } from '../../base/routes.ts';
import { markSample } from '../../base/sample.ts';
import { unitsNamedBy } from './relations.ts';
import { documentTitle } from './title.ts';

export function documentFeedEntries(portal: DocumentsScope): FeedEntry[] {
  return portal.documents.map((doc) => ({
    path: routes.document(doc.id),
    title: markSample(doc.sample === true, documentTitle(doc, portal.units.must(doc.issuer), 'vi')),
    summary: doc.summary_vi,
    published: doc.published,
    updated: doc.updated ?? doc.published,
    topics: [
      ...(doc.kind === 'ke-hoach' || doc.kind === 'chi-thi' || doc.kind === 'cong-van' ? (['ke-hoach'] as const) : []),
      ...(doc.papi_dimensions.length > 0 || /PAPI/.test(doc.title_vi ?? doc.summary_vi) ? (['papi'] as const) : []),
    ],
    units: [doc.issuer, ...unitsNamedBy(doc)],
    category: doc.sample ? 'Văn bản (dữ liệu minh họa)' : 'Văn bản',
  }));
}
