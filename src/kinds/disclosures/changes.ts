/**
 * Commune disclosures in the list of changes: everything a commune published, on the day it
 * published it (as the compliance table counts it), land recovery steps, consultations opened
 * and their results, answers to residents' questions. Only what was published by the as-of
 * date, as on every page. A disclosure alters the commune's page and the page that shows it,
 * the overview of disclosures and the commune's unit page.
 */
import { latestDate, type ContentChange } from '../../base/content-change.ts';
import { routes } from '../../base/routes.ts';
import type { Bilingual } from '../../base/dataset.ts';
import { complianceRules } from './compliance.ts';
import { discussionAnchor } from './consultations/derive.ts';
import type { DisclosuresScope } from './index.ts';
import { publicationsOf } from './model.ts';

/** "2025", "2025-q1" (3 months)… as words after the disclosure's name. */
function periodWords(period: string): Bilingual {
  if (period.endsWith('current')) return { vi: 'đang áp dụng', en: 'in force' };
  const [year, part] = period.split('-');
  if (part === undefined) return { vi: `năm ${year}`, en: String(year) };
  const months = { q1: 3, q2: 6, q3: 9 }[part];
  return months
    ? { vi: `${months} tháng năm ${year}`, en: `${months} months of ${year}` }
    : { vi: `cả năm ${year}`, en: `the whole of ${year}` };
}

export function disclosureChanges(scope: Pick<DisclosuresScope, 'disclosures' | 'units' | 'asOf'>): ContentChange[] {
  return scope.disclosures.flatMap((d) => {
    const name = scope.units.label(d.commune);
    const sample = d.info.sample;
    const shared = [routes.commune(d.commune), routes.disclosures(), routes.unit(d.commune)];
    const change = (date: string, title: Bilingual, path: string, kind: ContentChange['kind'] = 'added') => ({
      date,
      kind,
      title: { vi: `${title.vi} — ${name}`, en: `${title.en} — ${name}` },
      path,
      pages: [path, ...shared],
      sample,
    });
    const published = publicationsOf(d, scope.asOf)
      .filter((p) => p.published <= scope.asOf)
      .map((p) => {
        const what = complianceRules[p.kind].name;
        const when = periodWords(p.period);
        return change(p.published, { vi: `${what.vi}, ${when.vi}`, en: `${what.en}, ${when.en}` }, p.path);
      });
    const recovery = d.recovery
      .filter((p) => p.published <= scope.asOf)
      .flatMap((p) => {
        const path = routes.landRecovery(d.commune, p.id);
        const steps = Object.values(p.timeline).filter((x): x is string => x !== null && x <= scope.asOf);
        const latest = [p.published, ...steps].sort().at(-1)!;
        const title = { vi: `Thu hồi đất: ${p.name}`, en: `Land recovery: ${p.name}` };
        return latest > p.published
          ? [change(p.published, title, path), change(latest, title, path, 'updated')]
          : [change(p.published, title, path)];
      });
    const consultations = d.consultations
      .filter((c) => c.opens <= scope.asOf)
      .flatMap((c) => {
        const path = routes.consultations(discussionAnchor(d.commune, c.id));
        const opened = change(c.opens, { vi: `Lấy ý kiến: ${c.title}`, en: `Consultation: ${c.title}` }, path);
        const result = c.result && c.result.published <= scope.asOf ? c.result.published : null;
        return result
          ? [
              opened,
              change(result, { vi: `Kết quả lấy ý kiến: ${c.title}`, en: `Consultation result: ${c.title}` }, path),
            ]
          : [opened];
      });
    const answers = d.questions
      .filter((q) => q.answered !== null && q.answered <= scope.asOf)
      .map((q) =>
        change(
          q.answered!,
          { vi: `Trả lời: ${q.question}`, en: `Answer: ${q.question}` },
          routes.consultations(discussionAnchor(d.commune, q.id)),
        ),
      );
    return [...published, ...recovery, ...consultations, ...answers];
  });
}

/**
 * The day the communes' disclosures last changed: their latest change by the as-of date, or,
 * when nothing is published by then, the latest day anything is dated to be published. What
 * the disclosure datasets give as their date, never the day of the build.
 */
export function disclosuresUpdated(scope: Pick<DisclosuresScope, 'disclosures' | 'units' | 'asOf'>): string {
  return (
    latestDate(disclosureChanges(scope).map((c) => c.date)) ??
    latestDate(scope.disclosures.flatMap((d) => publicationsOf(d, scope.asOf).map((p) => p.published))) ??
    // No dated disclosure at all: the as-of date is the only day there is.
    scope.asOf
  );
}
