/** How search files a document's page, so the page only presents it. */
import type { Lang } from '../../base/words.ts';
import { papiDimensionNames } from '../papi/words.ts';
import type { UnitTree } from '../units/tree.ts';
import type { PortalDocument } from './schema.ts';

export interface DocumentFacets {
  /** The issuer first (search shows the first unit with the result), then the units it concerns. */
  units: string[];
  years: string[];
  dimensions: string[];
  date: string | null;
}

/** A document's search filters: its units by name, its year of issue, the PAPI dimensions it addresses. */
export function documentFacets(doc: PortalDocument, units: Pick<UnitTree, 'label'>, lang: Lang): DocumentFacets {
  return {
    units: [units.label(doc.issuer), ...doc.concerns.map((id) => units.label(id))],
    years: doc.date ? [doc.date.slice(0, 4)] : [],
    dimensions: doc.papi_dimensions.map((n) => papiDimensionNames[lang][n]!),
    date: doc.date,
  };
}
