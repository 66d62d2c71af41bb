/**
 * Reads documents/*.md of an instance: front matter validated by the document schema,
 * the Markdown body kept as written. The file name (without .md) is the document's id.
 */
import { basename } from 'node:path';
import {
  claimAddress,
  entryOf,
  listFiles,
  relPath,
  reportField,
  tryRead,
  type Entry,
  type LoadContext,
} from '../../base/content/context.ts';
import { routes } from '../../base/routes.ts';
import { id as idSchema } from '../../base/content/fields.ts';
import { readMarkdown } from '../../base/content/read.ts';
import { fileProblems, type Validity } from '../../base/rules.ts';
import { dateOrder, implementsRules, unitsInTime } from './rules.ts';
import { documentSchema, type PortalDocument } from './schema.ts';

export function loadDocuments(ctx: LoadContext): Entry<PortalDocument>[] {
  const out: Entry<PortalDocument>[] = [];
  for (const abs of listFiles(ctx, 'documents', ['.md'])) {
    const file = relPath(ctx, abs);
    const id = basename(abs, '.md');
    if (!idSchema.safeParse(id).success) {
      ctx.issues.add({
        file,
        field: '(tên tệp / file name)',
        found: JSON.stringify(`${id}.md`),
        expected: {
          vi: 'tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, đuôi .md (tên tệp là địa chỉ trang)',
          en: 'a file name of lower-case letters without diacritics, digits and hyphens, ending in .md (it is the page address)',
        },
      });
      continue;
    }
    const read = tryRead(ctx, () => readMarkdown(abs, file));
    if (!read) continue;
    const entry = entryOf(ctx, documentSchema, read.frontMatter);
    if (!entry) continue;
    claimAddress(ctx, entry, [], routes.document(id), id);
    out.push({ ...entry, data: { ...entry.data, id, body: read.body } });
  }
  return out;
}

/** Every unit and document a document names must exist: an unknown reference is an error, not a blank. */
export function checkDocumentReferences(
  ctx: LoadContext,
  documents: Entry<PortalDocument>[],
  unitIds: Set<string>,
): void {
  const documentIds = new Set(documents.map((d) => d.data.id));
  const unknownUnit = (ref: string) => ({
    vi: `mã của một đơn vị có trong units/ (không có đơn vị "${ref}")`,
    en: `the id of a unit in units/ (there is no unit "${ref}")`,
  });
  for (const doc of documents) {
    const d = doc.data;
    const unitRefs: [path: (string | number)[], ref: string][] = [
      [['issuer'], d.issuer],
      ...d.concerns.map((ref, i): [(string | number)[], string] => [['concerns', i], ref]),
      ...(['addressees', 'recipients'] as const).flatMap((key) =>
        d[key].flatMap((line, i) =>
          line.units.map((ref, j): [(string | number)[], string] => [[key, i, 'units', j], ref]),
        ),
      ),
    ];
    for (const [path, ref] of unitRefs) {
      if (!unitIds.has(ref)) reportField(ctx, doc, path, JSON.stringify(ref), unknownUnit(ref));
    }
    d.implements.forEach((link, i) => {
      if (link.document && !documentIds.has(link.document))
        reportField(ctx, doc, ['implements', i, 'document'], JSON.stringify(link.document), {
          vi: `mã của một văn bản có trong documents/, hoặc null nếu cổng chưa đăng văn bản đó (không có "${link.document}")`,
          en: `the id of a document in documents/, or null if the portal does not publish it (there is no "${link.document}")`,
        });
    });
  }
}

/**
 * The rules across fields and documents (rules.ts): dates in order, what a document carries
 * out, and, when every unit could be read (`units`), units that existed when it was issued.
 */
export function checkDocumentFacts(
  ctx: LoadContext,
  documents: Entry<PortalDocument>[],
  units: ReadonlyMap<string, Validity> | null,
): void {
  const data = documents.map((d) => d.data);
  fileProblems(ctx, documents, dateOrder(data));
  fileProblems(ctx, documents, implementsRules(data));
  if (units) fileProblems(ctx, documents, unitsInTime(data, units));
}
