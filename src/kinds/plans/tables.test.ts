import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { unitScorecard } from './progress.ts';
import { unitProgressTable } from './tables.ts';

describe("the table beside a unit's chart", () => {
  const bn = loadPortal({ contentDir: 'content/bac-ninh', asOf: '2025-12-31' });

  it('is the published dataset of a unit that leads tasks, with one row for the unit', () => {
    const lead = bn.plans[0]!.tasks.find((t) => t.leads.length > 0)!.leads[0]!;
    const table = unitProgressTable(bn, unitScorecard(bn.plans, lead, bn.asOf))!;
    expect(table.id).toBe(`tien-do-don-vi-${lead}`);
    expect(table.rows).toEqual([expect.objectContaining({ nhom: bn.units.label(lead) })]);
  });
  it('is none for a unit that leads no task (it has no chart)', () => {
    const unit = bn.units.all.find((u) => !bn.plans.some((p) => p.tasks.some((t) => t.leads.includes(u.id))))!;
    expect(unitProgressTable(bn, unitScorecard(bn.plans, unit.id, bn.asOf))).toBeUndefined();
  });
});
