/**
 * Consistency rules of documents: their dates in order (issued, then published on the portal,
 * then updated), the documents they carry out issued before them and cited as those say, and
 * an issuer and addressees that existed when the document was issued.
 * Pure functions: the loader (load.ts) files what they return at the right line.
 */
import type { Bilingual } from '../../base/content/errors.ts';
import { shown, type Problem, type Validity } from '../../base/rules.ts';
import type { PortalDocument } from './schema.ts';

/**
 * When a document can have been issued: on its date when it states one; otherwise after the
 * latest document it carries out and no later than the day the portal published it.
 */
export interface IssueWindow {
  /** Issued on or after this day; null when nothing says. */
  from: string | null;
  /** Issued on or before this day. */
  to: string;
  /** Why, for a message: "ban hành ngày 2021-05-10" / "issued on 2021-05-10". */
  why: Bilingual;
  /** True when the date is stated (from = to = date). */
  exact: boolean;
}

type Dated = Pick<PortalDocument, 'date' | 'published' | 'implements'>;

export function issueWindow(doc: Dated): IssueWindow {
  if (doc.date)
    return {
      from: doc.date,
      to: doc.date,
      exact: true,
      why: { vi: `văn bản ban hành ngày ${doc.date}`, en: `the document was issued on ${doc.date}` },
    };
  const latest = doc.implements.reduce<Dated['implements'][number] | null>(
    (a, b) => (b.date && (!a || b.date > a.date!) ? b : a),
    null,
  );
  return {
    from: latest?.date ?? null,
    to: doc.published,
    exact: false,
    why: latest
      ? {
          vi: `văn bản không ghi ngày ban hành nhưng thực hiện văn bản ${latest.number} ngày ${latest.date}, nên ban hành sau ngày đó`,
          en: `the document states no issue date but carries out ${latest.number} of ${latest.date}, so it was issued after that day`,
        }
      : {
          vi: `văn bản không ghi ngày ban hành; cổng đăng ngày ${doc.published}`,
          en: `the document states no issue date; the portal published it on ${doc.published}`,
        },
  };
}

/** Issued, then published on the portal, then updated: in that order. */
export function dateOrder(docs: readonly PortalDocument[]): Problem[] {
  const problems: Problem[] = [];
  docs.forEach((doc, at) => {
    if (doc.date && doc.published < doc.date)
      problems.push({
        at,
        path: ['published'],
        found: shown(doc.published),
        expected: {
          vi: `ngày cổng đăng văn bản, không sớm hơn ngày ban hành (date: ${doc.date}): không thể đăng một văn bản trước khi nó được ban hành`,
          en: `the day the portal published the document, not earlier than its issue date (date: ${doc.date}): a document cannot be published before it is issued`,
        },
      });
    if (doc.updated && doc.updated < doc.published)
      problems.push({
        at,
        path: ['updated'],
        found: shown(doc.updated),
        expected: {
          vi: `ngày cổng sửa văn bản, không sớm hơn ngày đăng (published: ${doc.published}): không thể sửa trước khi đăng`,
          en: `the day the portal changed the document, not earlier than the day it published it (published: ${doc.published})`,
        },
      });
  });
  return problems;
}

/**
 * What a document carries out: issued no later than the document itself, never the document
 * itself, and, when the portal publishes it, cited with its own number and date.
 */
export function implementsRules(docs: readonly PortalDocument[]): Problem[] {
  const byId = new Map<string, PortalDocument>();
  for (const doc of docs) if (!byId.has(doc.id)) byId.set(doc.id, doc);
  const problems: Problem[] = [];
  docs.forEach((doc, at) => {
    const latest = doc.date ?? doc.published;
    doc.implements.forEach((link, i) => {
      const path = ['implements', i];
      if (link.document === doc.id) {
        problems.push({
          at,
          path: [...path, 'document'],
          found: shown(link.document),
          expected: {
            vi: `mã của một văn bản khác: văn bản không thực hiện chính nó`,
            en: `the id of another document: a document does not carry out itself`,
          },
        });
        return;
      }
      if (link.date && link.date > latest) {
        problems.push({
          at,
          path: [...path, 'date'],
          found: shown(link.date),
          expected: doc.date
            ? {
                vi: `một ngày không muộn hơn ngày ban hành văn bản này (${doc.date}): văn bản chỉ thực hiện được văn bản đã ban hành trước nó`,
                en: `a date no later than this document's issue date (${doc.date}): a document can only carry out one issued before it`,
              }
            : {
                vi: `một ngày không muộn hơn ngày cổng đăng văn bản này (${doc.published}): văn bản chỉ thực hiện được văn bản đã ban hành trước nó`,
                en: `a date no later than the day the portal published this document (${doc.published}): a document can only carry out one issued before it`,
              },
        });
        return;
      }
      const target = link.document ? byId.get(link.document) : undefined;
      if (!target) return;
      if (target.number && target.number !== link.number)
        problems.push({
          at,
          path: [...path, 'number'],
          found: shown(link.number),
          expected: {
            vi: `số hiệu của văn bản "${target.id}" như văn bản đó ghi: "${target.number}"`,
            en: `the number of document "${target.id}" as it states it: "${target.number}"`,
          },
        });
      else if (target.date && link.date && target.date !== link.date)
        problems.push({
          at,
          path: [...path, 'date'],
          found: shown(link.date),
          expected: {
            vi: `ngày ban hành của văn bản "${target.id}" như văn bản đó ghi: ${target.date}`,
            en: `the issue date of document "${target.id}" as it states it: ${target.date}`,
          },
        });
    });
  });
  return problems;
}

/**
 * The issuer and the units a document is addressed or sent to existed when it was issued:
 * a 2021 document cannot come from, or go to, a body set up on 1 July 2025.
 */
export function unitsInTime(docs: readonly PortalDocument[], units: ReadonlyMap<string, Validity>): Problem[] {
  const problems: Problem[] = [];
  docs.forEach((doc, at) => {
    const window = issueWindow(doc);
    const refs: [path: (string | number)[], id: string][] = [
      [['issuer'], doc.issuer],
      ...(['addressees', 'recipients'] as const).flatMap((key) =>
        doc[key].flatMap((line, i) =>
          line.units.map((id, j): [(string | number)[], string] => [[key, i, 'units', j], id]),
        ),
      ),
    ];
    for (const [path, id] of refs) {
      const unit = units.get(id);
      if (!unit) continue;
      const role =
        path[0] === 'issuer'
          ? { vi: 'một cơ quan ban hành', en: 'an issuer' }
          : { vi: 'một đơn vị nhận', en: 'a recipient' };
      if (unit.valid_from && unit.valid_from > window.to)
        problems.push({
          at,
          path,
          found: shown(id),
          expected: {
            vi: `${role.vi} đã có khi văn bản được ban hành (${window.why.vi}): "${id}" chỉ bắt đầu từ ${unit.valid_from}`,
            en: `${role.en} that existed when the document was issued (${window.why.en}): "${id}" began only on ${unit.valid_from}`,
          },
        });
      else if (unit.valid_to && window.from && unit.valid_to < window.from)
        problems.push({
          at,
          path,
          found: shown(id),
          expected: {
            vi: `${role.vi} còn tồn tại khi văn bản được ban hành (${window.why.vi}): "${id}" đã kết thúc ngày ${unit.valid_to}`,
            en: `${role.en} that still existed when the document was issued (${window.why.en}): "${id}" ended on ${unit.valid_to}`,
          },
        });
    }
  });
  return problems;
}
