/**
 * Documents: plans, directives and dispatches in full (documents/*.md: front matter and
 * Markdown body). The file name is the document's id and address.
 */
import { basename } from 'node:path';
import { listFiles } from '../../base/content/context.ts';
import { defineKind } from '../../base/kind.ts';
import type { UnitsModel } from '../units/index.ts';
import type { UnitTree } from '../units/tree.ts';
import { documentChanges } from './changes.ts';
import { documentFeedEntries } from './feed.ts';
import { checkDocumentFacts, checkDocumentReferences, loadDocuments } from './load.ts';
import type { PortalDocument } from './schema.ts';

export interface DocumentsModel {
  /** Valid documents, newest published first. */
  list: PortalDocument[];
  /**
   * The id of every document file, valid or not: a document with a bad field is reported once,
   * for that field, and what names it (a plan, a quoted figure) is not an error too.
   */
  fileIds: Set<string>;
}

/** What the documents' derivations read. */
export interface DocumentsScope {
  documents: PortalDocument[];
  units: UnitTree;
}

export const documentsKind = defineKind({
  name: 'documents',
  load(ctx, { units }: { units: UnitsModel }): DocumentsModel {
    const documents = loadDocuments(ctx);
    if (units.complete) checkDocumentReferences(ctx, documents, units.known);
    checkDocumentFacts(ctx, documents, units.complete ? units.byId : null);
    const list = documents
      .map((d) => d.data)
      .sort(
        (a, b) =>
          b.published.localeCompare(a.published) ||
          (b.date ?? '').localeCompare(a.date ?? '') ||
          a.id.localeCompare(b.id),
      );
    const fileIds = new Set(listFiles(ctx, 'documents', ['.md']).map((abs) => basename(abs, '.md')));
    return { list, fileIds };
  },
  contribute: (scope: DocumentsScope) => ({
    feedEntries: () => documentFeedEntries(scope),
    changes: () => documentChanges(scope),
  }),
});
