/**
 * `npm run new-instance` for two provinces the repository does not carry, chosen to differ: Cần Thơ
 * (a city formed from three provinces, named without diacritics) and Cao Bằng (a province that was
 * not merged, named by its code without the leading zero). What they should hold is read from the
 * national tables; each is checked as `npm run validate` does, with no edits.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStage } from '../atomic-build.ts';
import { readAdminUnits } from '../admin-units.ts';
import { root } from '../build-site.ts';
import { createInstance, InstanceError, type Created } from './create.ts';

const tables = readAdminUnits(join(root, 'content/national/admin-units'));
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'new-instance-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What the national tables say the instance of `code` holds. */
function fromTables(code: string) {
  const formers = tables.provincesOld.filter((p) => p.successor_code === code);
  const districts = tables.districtsOld.filter((d) => formers.some((f) => f.code === d.province_code));
  const communesOld = tables.communesOld.filter((c) => districts.some((d) => d.code === c.district_code));
  const communes = tables.communes2025.filter((c) => c.province_code === code);
  const resolution = tables.resolutions.find((r) => r.level === 'commune' && r.province_code === code)!;
  const commune = (c: { code: string }) => new Set(communes.map((x) => x.code)).has(c.code);
  const rows = tables.succession.filter((s) => commune({ code: s.new_code }));
  return { formers, districts, communesOld, communes, resolution, rows };
}

describe.each([
  { query: 'can tho', code: '92', folder: 'can-tho', provinceBasis: 'Nghị quyết 202/2025/QH15 ngày 12/6/2025' },
  { query: '4', code: '04', folder: 'cao-bang', provinceBasis: 'Nghị quyết 60-NQ/TW ngày 12/4/2025' },
])('npm run new-instance -- "$query"', ({ query, code, folder, provinceBasis }) => {
  let made: Created;
  const expected = fromTables(code);
  beforeAll(() => {
    made = createInstance({ province: query, out: join(tmp, folder) });
  }, 60_000);

  it('finds the province and writes its folder, valid as it is (the same check as npm run validate)', () => {
    expect(made.province.code).toBe(code);
    expect(made.province.slug).toBe(folder);
    expect(readdirSync(made.dir).sort()).toEqual(
      [
        'README.md',
        'corrections.yaml',
        'disclosures',
        'documents',
        ...(expected.formers.length > 1 ? ['papi'] : []),
        'reports',
        'site.yaml',
        'succession',
        'tasks',
        'units',
      ].sort(),
    );
    const portal = loadStage({ contentDir: made.dir });
    expect(portal.site.id).toBe(folder);
    expect(portal.units.must(portal.site.province!).code).toBe(code);
  });

  it('holds the province and its communes, and its former provinces, districts and communes, as the data have them', () => {
    const units = made.portal.units.all;
    const count = (kind: string, ended: boolean) =>
      units.filter((u) => u.kind === kind && (u.valid_to !== null) === ended).length;
    expect(count('province', false)).toBe(1);
    expect(count('commune', false)).toBe(expected.communes.length);
    expect(count('province', true)).toBe(expected.formers.length);
    expect(count('district', true)).toBe(expected.districts.length);
    expect(count('commune', true)).toBe(expected.communesOld.length);
    expect(
      made.portal.units
        .predecessors(made.units.province.id)
        .map((l) => l.unit.code)
        .sort(),
    ).toEqual(expected.formers.map((f) => f.code).sort());
  });

  it('links every old commune the table continues, with the legal basis of the data', () => {
    const links = made.units.links;
    const communeLinks = links.filter((l) => l.sortKey.startsWith('2|'));
    expect(communeLinks).toHaveLength(expected.rows.filter((r) => r.old_commune_code).length);
    expect(new Set(links.filter((l) => l.sortKey.startsWith('0|')).map((l) => l.basis))).toEqual(
      new Set([provinceBasis]),
    );
    const [y, m, d] = expected.resolution.date.split('-');
    expect(new Set(links.filter((l) => !l.sortKey.startsWith('0|')).map((l) => l.basis))).toEqual(
      new Set([`Nghị quyết ${expected.resolution.number} ngày ${+d!}/${+m!}/${y}`]),
    );
  });

  it('never overwrites: a second run stops and leaves the folder as it was', () => {
    const before = readFileSync(join(made.dir, 'site.yaml'), 'utf8');
    expect(() => createInstance({ province: query, out: join(tmp, folder) })).toThrow(InstanceError);
    expect(readFileSync(join(made.dir, 'site.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(tmp).filter((n) => n.includes('new-instance'))).toEqual([]);
  });
});

describe('the two instances in the repository', () => {
  it.each([
    ['44', 'content/quang-tri'],
    ['24', 'content/bac-ninh'],
  ])(
    'are what --units-only writes for %s (%s), byte for byte',
    (code, folder) => {
      // Into a copy of the instance, so that the repository's files are only read.
      const copy = join(tmp, `units-only-${code}`);
      cpSync(join(root, folder), copy, { recursive: true });
      const files = ['units/admin-2025.csv', 'units/admin-pre2025.csv', 'succession/admin-2025.csv', 'units/SOURCE.md'];
      for (const f of files) rmSync(join(copy, f));
      // Another province's units are refused: the instance's site.yaml says which province it serves.
      expect(() => createInstance({ province: code === '44' ? '24' : '44', out: copy, unitsOnly: true })).toThrow(
        /site\.yaml serves "tinh-(quang-tri|bac-ninh)", not/,
      );
      createInstance({ province: code, out: copy, unitsOnly: true });
      for (const f of files) {
        // SOURCE.md names the folder in its command to regenerate: the copy's, here.
        const written = readFileSync(join(copy, f), 'utf8').replaceAll(copy, folder);
        expect(written, f).toBe(readFileSync(join(root, folder, f), 'utf8'));
      }
    },
    60_000,
  );
});
