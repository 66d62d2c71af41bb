/**
 * PAPI in the list of changes: the national scores, on the day their SOURCE.md says they last
 * changed. Every PAPI page and every chain from a dimension's score to the plans shows them.
 */
import type { ContentChange } from '../../base/content-change.ts';
import { routes } from '../../base/routes.ts';
import type { PapiData } from './model.ts';

export function papiChanges(papi: Pick<PapiData, 'updated' | 'years'>): ContentChange[] {
  const span = `${papi.years[0]}–${papi.years.at(-1)}`;
  return [
    {
      date: papi.updated,
      kind: 'updated',
      title: {
        vi: `Số liệu PAPI ${span} (điểm của CECODES, VFF-CRT, RTA và UNDP; thứ hạng và nhóm do cổng tính)`,
        en: `PAPI figures ${span} (scores by CECODES, VFF-CRT, RTA and UNDP; ranks and groups computed by the portal)`,
      },
      path: routes.papi(),
      pages: [`${routes.papi()}*`, `${routes.chain(1).replace(/1\/$/, '')}*`],
    },
  ];
}
