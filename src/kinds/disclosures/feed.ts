/**
 * Disclosures in the Atom feeds (topics ngan-sach, dat-dai, gop-y) and consultation windows
 * in the calendar. Sample data says so in every title, as it does on every page.
 */
import { latestActualStage, publishedStages, stageLabel } from './budget/derive.ts';
import type { CalendarEvent } from '../../base/calendar-event.ts';
import { routes } from '../../base/routes.ts';
import { shownPhone } from '../../base/contact/show.ts';
import { discussionAnchor } from './consultations/derive.ts';
import type { DisclosuresScope } from './index.ts';
import type { FeedEntry } from '../../base/feed-entry.ts';

const mark = (sample: boolean, title: string) => (sample ? `[Dữ liệu minh họa] ${title}` : title);
const latest = (dates: string[]) => [...dates].sort().at(-1)!;
const first = (dates: string[]) => [...dates].sort()[0]!;

export function disclosureFeedEntries(scope: Pick<DisclosuresScope, 'disclosures' | 'units' | 'asOf'>): FeedEntry[] {
  return scope.disclosures.flatMap((d) => {
    const name = scope.units.label(d.commune);
    const sample = d.info.sample;
    const base = { units: [d.commune], category: sample ? 'Công khai (dữ liệu minh họa)' : 'Công khai' };
    const entries: FeedEntry[] = [];
    for (const b of d.budgets) {
      const dates = publishedStages(b)
        .map((s) => b.stages[s]!.published)
        .filter((x) => x <= scope.asOf);
      if (!dates.length) continue;
      const stage = latestActualStage(b) ?? 'estimate';
      entries.push({
        ...base,
        path: routes.communeBudget(d.commune, b.year),
        title: mark(sample, `Ngân sách năm ${b.year} – ${name}`),
        summary: `Đã công khai đến giai đoạn: ${stageLabel(stage, 'vi')}.`,
        published: first(dates),
        updated: latest(dates),
        topics: ['ngan-sach'],
      });
    }
    for (const p of d.recovery.filter((x) => x.published <= scope.asOf)) {
      const steps = Object.values(p.timeline).filter((x): x is string => x !== null && x <= scope.asOf);
      entries.push({
        ...base,
        path: routes.landRecovery(d.commune, p.id),
        title: mark(sample, `Thu hồi đất: ${p.name}`),
        summary: `${p.purpose}; ${p.households} hộ bị ảnh hưởng.`,
        published: p.published,
        updated: latest([p.published, ...steps]),
        topics: ['dat-dai'],
      });
    }
    const prices = d.prices[0];
    if (prices && prices.meta.published <= scope.asOf) {
      entries.push({
        ...base,
        path: routes.landPrices(),
        title: mark(sample, `Bảng giá đất năm ${prices.meta.year} – ${name}`),
        summary: prices.meta.decision,
        published: prices.meta.published,
        updated: prices.meta.published,
        topics: ['dat-dai'],
      });
    }
    for (const c of d.consultations.filter((x) => x.opens <= scope.asOf)) {
      const result = c.result && c.result.published <= scope.asOf ? c.result.published : null;
      entries.push({
        ...base,
        path: routes.consultations(discussionAnchor(d.commune, c.id)),
        title: mark(sample, `${result ? 'Kết quả lấy ý kiến' : 'Lấy ý kiến'}: ${c.title}`),
        summary: c.summary,
        published: c.opens,
        updated: result ?? c.opens,
        topics: [
          'gop-y',
          ...(c.topic === 'land-use-plan'
            ? (['dat-dai'] as const)
            : c.topic === 'budget'
              ? (['ngan-sach'] as const)
              : []),
        ],
      });
    }
    for (const q of d.questions.filter((x) => x.answered !== null && x.answered <= scope.asOf)) {
      entries.push({
        ...base,
        path: routes.consultations(discussionAnchor(d.commune, q.id)),
        title: mark(sample, `Trả lời: ${q.question}`),
        summary: q.answer!,
        published: q.answered!,
        updated: q.answered!,
        topics: ['gop-y'],
      });
    }
    return entries;
  });
}

export function consultationEvents(scope: Pick<DisclosuresScope, 'disclosures' | 'units'>): CalendarEvent[] {
  return scope.disclosures.flatMap((d) =>
    d.consultations.map((c) => ({
      uid: `gop-y/${d.commune}/${c.id}`,
      summary: mark(d.info.sample, `Lấy ý kiến: ${c.title}`),
      description: `${c.summary} Góp ý: ${[
        c.how_to_comment.address,
        d.info.sample ? null : c.how_to_comment.email,
        shownPhone(c.how_to_comment.office_phone, d.info.sample),
      ]
        .filter((x) => x !== null)
        .join('; ')}.`,
      start: c.opens,
      end: c.closes,
      path: routes.consultations(discussionAnchor(d.commune, c.id)),
      categories: ['Lấy ý kiến'],
      location: scope.units.label(d.commune),
    })),
  );
}
