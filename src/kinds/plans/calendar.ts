/** Reporting deadlines the plans state, as calendar events (one per plan and period with a stated deadline). */
import type { CalendarEvent } from '../../base/calendar-event.ts';
import { routes } from '../../base/routes.ts';
import { markSample } from '../../base/sample.ts';
import type { PlansScope } from './index.ts';
import { reportingPeriods } from './periods.ts';
import { periodLabel } from './summary.ts';

export function planDeadlines(scope: PlansScope): CalendarEvent[] {
  return scope.plans.flatMap((plan) => {
    if (!plan.reporting) return [];
    const doc = scope.documents.find((d) => d.id === plan.id)!;
    return reportingPeriods(plan.reporting, scope.asOf)
      .filter((p) => p.due !== null)
      .map((p) => ({
        uid: `han-bao-cao/${plan.id}/${p.id}`,
        summary: markSample(
          plan.sampleTasks,
          `Hạn báo cáo ${periodLabel(p.id, 'vi').toLowerCase()}: ${doc.title_vi ?? plan.id}`,
        ),
        description: `Hạn nộp báo cáo kỳ ${periodLabel(p.id, 'vi').toLowerCase()} theo văn bản: "${plan.reporting!.text}"`,
        start: p.due!,
        end: p.due!,
        path: routes.planReports(plan.id),
        categories: ['Hạn báo cáo', 'Kế hoạch'],
      }));
  });
}
