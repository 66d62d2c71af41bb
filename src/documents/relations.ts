/** Which documents concern a unit: derived once here, so unit pages only present. */
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

export function documentsOfUnit(documents: PortalDocument[], unitId: string): UnitDocuments {
  return {
    issued: documents.filter((d) => d.issuer === unitId),
    named: documents.filter((d) => d.issuer !== unitId && unitsNamedBy(d).has(unitId)),
  };
}
