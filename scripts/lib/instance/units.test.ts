/**
 * The unit files of every one of the 34 provinces, as new-instance writes them: ids unique, and
 * nothing the personal-data check of the build would take for an identity or mobile number (an
 * id suffixed with a code once ran digits together: "phuong-11-11-27226" in Hồ Chí Minh City).
 * Every province is also built into a folder and validated in `npm run new-instance` itself;
 * this checks what can be checked in a second for all of them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../src/base/content/personal-data.ts';
import { readAdminUnits } from '../admin-units.ts';
import { root } from '../build-site.ts';
import { csvText } from '../csv-files.ts';
import { instanceUnits, LINK_COLUMNS, UNIT_COLUMNS } from './units.ts';

const tables = readAdminUnits(join(root, 'content/national/admin-units'));

describe('the unit files of each of the 34 provinces', () => {
  it.each(tables.provinces2025.map((p) => [p.code, p.name_vi]))('%s %s', (code) => {
    const u = instanceUnits(tables, code);
    const ids = [...u.units2025, ...u.unitsOld].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const text of [
      csvText(UNIT_COLUMNS, u.units2025),
      csvText(UNIT_COLUMNS, u.unitsOld),
      csvText(LINK_COLUMNS, u.links),
    ])
      for (const line of text.split('\n')) expect(findPersonalData(line, { commaEndsCell: true }), line).toEqual([]);
    // Every old unit leads somewhere, except what the sources leave without a successor (counted, not filled in).
    const froms = new Set(u.links.map((l) => l.from));
    const orphans = u.unitsOld.filter((x) => !froms.has(x.id)).map((x) => x.id);
    expect(orphans.sort()).toEqual(u.gaps.oldWithoutSuccessor.map((x) => x.id).sort());
  });
});
