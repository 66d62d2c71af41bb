/**
 * Counts the tasks of every plan in both instances, for the README's table:
 *   npm run count-tasks
 * Prints a Markdown table: instance, document, seed, sections, tasks, tasks with a lead unit, targets.
 */
import { loadPortal } from '../src/portal.ts';

const SEEDS: Record<string, string> = {
  'qt-2021-cong-van-duy-tri-papi': '000',
  'phuong-tx-quang-tri-2024-ke-hoach-papi': '001',
  'huyen-2023-ke-hoach-trien-khai-165': '002',
  'qt-chi-thi-nang-cao-par-sipas-papi': '003',
  'bg-2021-ke-hoach-papi': '004',
};

console.log(
  '| seed | plan (tasks/<id>.yaml) | sections | tasks | with a lead unit | targets with numbers | sample reports |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const dir of ['content/quang-tri', 'content/bac-ninh']) {
  const portal = loadPortal({ contentDir: dir, asOf: '2025-12-31' });
  for (const plan of [...portal.plans].sort((a, b) => (SEEDS[a.id] ?? '').localeCompare(SEEDS[b.id] ?? ''))) {
    const targets = plan.targets.length + plan.tasks.reduce((n, t) => n + t.targets.length, 0);
    const items = plan.reports.reduce((n, r) => n + r.items.length, 0);
    console.log(
      `| ${SEEDS[plan.id] ?? '–'} | \`${plan.id}\` | ${plan.sections.length} | ${plan.tasks.length} | ${plan.tasks.filter((t) => t.leads.length).length} | ${targets} | ${plan.sample ? `${plan.reports.length} reports, ${items} items` : '–'} |`,
    );
  }
}
