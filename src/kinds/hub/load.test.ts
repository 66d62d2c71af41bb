import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError, type ContentIssue } from '../../base/content/errors.ts';
import { audienceOf, builtBy } from '../../base/routes.ts';
import { loadPortal, projectRoot, type Portal } from '../../portal.ts';
import { portalList } from './present.ts';

const national = (file: string) =>
  readFileSync(join(projectRoot, 'content/national/admin-units', file), 'utf8')
    .trim()
    .split('\n').length - 1;

/** A copy of content/hub whose site.yaml `edit` rewrites. */
function hubWith(edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-hub-'));
  cpSync(join(projectRoot, 'content/hub'), dir, { recursive: true });
  const file = join(dir, 'site.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function issuesOf(dir: string): ContentIssue[] {
  try {
    loadPortal({ contentDir: dir });
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('the national hub (content/hub)', () => {
  let portal: Portal;
  beforeAll(() => {
    portal = loadPortal({ contentDir: 'content/hub', asOf: '2025-12-31' });
  });

  it('is recognised by its list of portals, and has no province, units, documents or plans of its own', () => {
    expect(portal.hub).not.toBeNull();
    expect(portal.site.province).toBeNull();
    expect([portal.units.all, portal.documents, portal.plans, portal.disclosures]).toEqual([[], [], [], []]);
  });

  it('holds every province and commune of the national tables, before and after 1/7/2025', () => {
    const hub = portal.hub!;
    expect(hub.provinces).toHaveLength(national('provinces-2025.csv'));
    expect(hub.oldProvinces).toHaveLength(national('provinces-pre2025.csv'));
    expect(hub.counts.oldDistricts).toBe(national('districts-pre2025.csv'));
    expect(hub.counts.oldCommunes).toBe(national('communes-pre2025.csv'));
    expect(hub.counts.newCommunes).toBe(national('communes-2025.csv'));
    expect(hub.provinces.reduce((n, p) => n + p.communes.length, 0)).toBe(hub.counts.newCommunes);
  });

  it('gives every old unit its successor and the legal basis, and counts those the table leaves out', () => {
    const hub = portal.hub!;
    const districts = hub.oldProvinces.flatMap((p) => p.districts);
    const communes = districts.flatMap((d) => d.communes);
    for (const old of hub.oldProvinces) expect(hub.byCode.get(old.successor), old.name_vi).toBeDefined();
    // Every district that had communes, or was itself a row of the table, went somewhere.
    for (const d of districts) expect(d.successors.length, d.name_vi).toBeGreaterThan(0);
    // SOURCE.md names 28 old communes no row of the official table continues.
    expect(communes.filter((c) => c.moves.length === 0)).toHaveLength(hub.counts.withoutSuccessor);
    expect(hub.counts.withoutSuccessor).toBe(28);
    // Every new commune has at least one predecessor.
    for (const p of hub.provinces)
      for (const c of p.communes) expect(c.from.length, c.commune.name_vi).toBeGreaterThan(0);
  });

  it('reads Quảng Trị as the data have it: Quảng Bình and Quảng Trị merged by 202/2025/QH15, Cồn Cỏ a special zone', () => {
    const hub = portal.hub!;
    const qt = hub.provinces.find((p) => p.slug === 'quang-tri')!;
    expect(qt.formers.map((c) => hub.oldByCode.get(c)!.name_vi).sort()).toEqual(['Tỉnh Quảng Bình', 'Tỉnh Quảng Trị']);
    expect(qt.provinceBasis.number).toBe('202/2025/QH15');
    expect(qt.communeBasis.title).toContain('Quảng Trị');
    const conCo = hub.oldByCode.get('45')!.districts.find((d) => d.name_vi === 'Huyện Cồn Cỏ')!;
    expect(conCo.moves.map((m) => [m.to.name_vi, m.type])).toEqual([['Đặc khu Cồn Cỏ', 'full']]);
    // A province not merged rests on the list of those not merged.
    const caoBang = hub.provinces.find((p) => p.slug === 'cao-bang')!;
    expect(caoBang.formers).toHaveLength(1);
    expect(caoBang.provinceBasis.number).toBe('60-NQ/TW');
  });

  it('lists each province’s portal from site.yaml, and the others with none', () => {
    const { portals } = portalList(portal.hub!);
    expect(portals).toHaveLength(34);
    // No province has published its portal's address yet: the demonstration hub lists none.
    expect(portals.find((p) => p.slug === 'quang-tri')!.url).toBeNull();
    expect(portals.find((p) => p.slug === 'ha-noi')!.url).toBeNull();
  });

  it('claims the hub’s pages and no page of a province’s portal', () => {
    const paths = portal.addresses.map((a) => a.path);
    expect(paths).toContain('/sap-xep/quang-binh/huyen-le-thuy/');
    expect(paths).toContain('/tinh/quang-tri/');
    expect(paths).toContain('/tinh/cac-cong.json');
    expect(paths).toContain('/tim-kiem/');
    for (const path of paths) expect(builtBy(path, true), path).toBe(true);
    expect(paths).not.toContain('/van-ban/');
    expect(paths).not.toContain('/lich.ics');
  });
});

describe('which build writes a page', () => {
  it('puts the hub’s sections in the hub, a province’s own in its portal, and the shared ones in both', () => {
    expect(audienceOf('/sap-xep/quang-tri/')).toBe('hub');
    expect(audienceOf('/en/tinh/quang-tri/')).toBe('hub');
    expect(audienceOf('/van-ban/x/')).toBe('instance');
    expect(audienceOf('/lich.ics')).toBe('instance');
    expect(audienceOf('/en/papi/2020/')).toBe('both');
    expect(audienceOf('/')).toBe('both');
    expect(audienceOf('/404.html')).toBe('both');
  });

  it('claims no hub page in a province’s portal', () => {
    const paths = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' }).addresses.map((a) => a.path);
    expect(paths).toContain('/lich.ics');
    for (const path of paths) expect(builtBy(path, false), path).toBe(true);
  });
});

describe('a wrong list of portals', () => {
  it('names a province that does not exist since 1/7/2025', () => {
    const issues = issuesOf(hubWith((t) => t.replace('  bac-ninh:', '  bac-giang:')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: expect.stringMatching(/site\.yaml$/), field: 'portals.bac-giang' });
    expect(issues[0]!.expected.en).toContain('province since 1 July 2025');
  });

  it('names a province listed twice (by slug and by code)', () => {
    const issues = issuesOf(hubWith((t) => `${t}  '44': https://quangtri2.example.org\n`));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.expected.en).toContain('each province once');
  });

  it('refuses a portal served over http', () => {
    const issues = issuesOf(
      hubWith((t) => t.replace('  bac-ninh: null', '  bac-ninh: http://bacninh.minhbach.example.org')),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'portals.bac-ninh' });
    expect(issues[0]!.expected.en).toContain('https://');
  });

  it('accepts a province listed without a portal (null)', () => {
    const dir = hubWith((t) => `${t}  ha-noi: null\n`);
    const hub = loadPortal({ contentDir: dir, asOf: '2025-12-31' }).hub!;
    expect(hub.provinces.find((p) => p.slug === 'ha-noi')!.portal).toBeNull();
  });
});
