/** Which documents concern a unit, and which ones a document implements: derived here, so pages only present. */
import type { PortalDocument } from './schema.ts';

/** Units a document names anywhere: assigned tasks, addressed, copied. */
export function unitsNamedBy(doc: PortalDocument): Set<string> {
  return new Set([
    ...doc.concerns,
    ...doc.addressees.flatMap((line) => line.units),
    ...doc.recipients.flatMap((line) => line.units),
  ]);
}

export interface UnitDocuments {
  issued: PortalDocument[];
  /** Documents of other issuers that name the unit. */
  named: PortalDocument[];
}

/**
 * Documents by unit, built once per list of documents: a unit page then looks its documents
 * up instead of scanning them all (thousands of unit pages × thousands of documents).
 */
const indexes = new WeakMap<PortalDocument[], Map<string, UnitDocuments>>();

function indexByUnit(documents: PortalDocument[]): Map<string, UnitDocuments> {
  let index = indexes.get(documents);
  if (index) return index;
  index = new Map();
  const slot = (unitId: string) => {
    let docs = index!.get(unitId);
    if (!docs) index!.set(unitId, (docs = { issued: [], named: [] }));
    return docs;
  };
  for (const doc of documents) {
    slot(doc.issuer).issued.push(doc);
    for (const unitId of unitsNamedBy(doc)) if (unitId !== doc.issuer) slot(unitId).named.push(doc);
  }
  indexes.set(documents, index);
  return index;
}

/** The documents a unit issued and those of other issuers that name it, in the list's order. */
export function documentsOfUnit(documents: PortalDocument[], unitId: string): UnitDocuments {
  const docs = indexByUnit(documents).get(unitId);
  return { issued: [...(docs?.issued ?? [])], named: [...(docs?.named ?? [])] };
}

/**
 * What to show beside each published document this one implements, by id: its title, or its id
 * when it has none (the number the document cites is already shown beside it).
 */
export function implementedTitles(doc: PortalDocument, documents: PortalDocument[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const { document: id } of doc.implements) {
    if (id) titles.set(id, documents.find((d) => d.id === id)?.title_vi ?? id);
  }
  return titles;
}

/**
 * A document number this portal's search finds, for the search page's hint ("1682/QĐ-UBND"): the
 * instance's own, never another province's. Numbers of its documents first, then numbers they
 * implement (shown on their pages), in the documents' order; only a number with a symbol
 * ("<digits>/<symbol>"), the form residents type. null when the instance has none yet.
 */
export function searchableNumber(documents: PortalDocument[]): string | null {
  const numbers = [...documents.map((d) => d.number), ...documents.flatMap((d) => d.implements.map((i) => i.number))];
  return numbers.find((n): n is string => n !== null && /^\d+\/\S+$/.test(n)) ?? null;
}
