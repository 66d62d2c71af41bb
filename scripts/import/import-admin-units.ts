/**
 * Imports administrative units before/after the 1 July 2025 reorganisation into content/:
 *   npm run import-admin-units -- /path/to/admin_units
 * The build never reads the source directory; it reads the committed files this writes. Re-running on the
 * same input must give byte-identical output (no timestamps, code-ordered rows). Provenance: SOURCE_NOTE.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { slugify } from '../../src/base/slug.ts';

type Row = Record<string, string>;
type Unit = {
  id: string;
  kind: 'province' | 'district' | 'commune';
  division: string;
  name_vi: string;
  name_en: string;
  short_vi: string;
  code: string;
  parent: string;
  valid_from: string;
  valid_to: string;
  note: string;
};
type Link = { from: string; to: string; type: 'full' | 'partial'; basis: string; note: string; sortKey: string };

const UNIT_COLUMNS = [
  'id',
  'kind',
  'division',
  'name_vi',
  'name_en',
  'short_vi',
  'code',
  'parent',
  'valid_from',
  'valid_to',
  'note',
];
const LINK_COLUMNS = ['from', 'to', 'type', 'basis', 'note'];
const KIND_RANK = { province: 0, district: 1, commune: 2 } as const;
// Longest first, so "thị xã" is not read as a one-word type.
const TYPE_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'huyện', 'quận', 'phường', 'tỉnh', 'xã'];
// Every note_vi value is mapped on purpose; an unknown one stops the import rather than defaulting.
const NOTE_TYPE: Record<string, Link['type']> = {
  'Nhập toàn bộ': 'full',
  'Giữ nguyên': 'full', // same commune, unchanged
  'Sắp xếp toàn bộ huyện Cồn Cỏ thành đặc khu Cồn Cỏ': 'full', // whole island district → special zone
  'Nhập một phần': 'partial',
  'Nhập một phần diện tích, toàn bộ dân số': 'partial', // part of the area moved (seen elsewhere in the country)
};
const DISTRICT_NOTE =
  'Cấp huyện chấm dứt hoạt động từ 1/7/2025; các xã, phường của huyện chuyển về các xã, phường mới này';
const INSTANCES = [
  { dir: 'quang-tri', newCode: '44', oldCodes: ['44', '45'], resolution: '1680/NQ-UBTVQH15', expectDate: '16/6/2025' },
  { dir: 'bac-ninh', newCode: '24', oldCodes: ['24', '27'], resolution: '1658/NQ-UBTVQH15', expectDate: '' },
];
const SOURCE_NOTE = `## Nguồn / Sources
- Danh mục đơn vị hành chính của Tổng cục Thống kê / Cục Thống kê (NSO, https://danhmuchanhchinh.nso.gov.vn/),
  as packaged in **github.com/sunshine-tech/VietnamProvinces**, commit \`809e91baefbe3153ccaecc9b2286303a98b9119b\`:
  \`dev/seed-data/Pre-2025-07/Xa_2025-01-04.csv\` (communes as of 4/1/2025),
  \`dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv\` (official new ← old conversion table),
  \`vietnam_provinces/data/nested-divisions.json\` (34 provinces, 3,321 communes from 1/7/2025).
  Read through tidy derivatives of those files: \`pre2025_provinces.csv\`, \`pre2025_districts.csv\`, \`pre2025_communes.csv\`,
  \`2025_provinces.csv\`, \`2025_communes.csv\`, \`mapping_QuangTri44_BacNinh24_only.csv\`, \`mapping_old_province_to_new_province_2025.csv\`.
  Licence: the library is GPL-3.0-or-later; the underlying data are public administrative lists of the National Statistics Office.
- Legal texts (dates and bases of the succession rows): **github.com/dvhcvn/20250701**, commit
  \`dd94887ce32324380bc5bb0a76fe39867dafc73b\`, \`input/docs/\` (1680_NQ-UBTVQH15.md, 1658_NQ-UBTVQH15.md). Licence: MIT.

## Tạo lại / Regenerate
\`npm run import-admin-units -- <path-to-admin_units>\`. Do not edit these files by hand.`;

const srcDir = process.argv[2];
if (!srcDir) throw new Error('Usage: npm run import-admin-units -- <path-to-admin_units>');
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
const fail = (msg: string): never => {
  throw new Error(msg);
};
// Plain code-unit comparison: locale-aware sorting could change with the ICU version and break reproducibility.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const examples = (us: Unit[]) =>
  us.length ? ` (${us.map((u) => `${u.code} ${u.name_vi}, ${u.parent}`).join('; ')})` : '';

function readCsv(file: string): Row[] {
  const rows = parse(readFileSync(join(srcDir, file)), {
    columns: true,
    bom: true,
    trim: true,
    skip_empty_lines: true,
  }) as Row[];
  // Names are compared and slugged, so make sure composed and decomposed diacritics cannot differ.
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.normalize('NFC')])));
}
const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
function writeOut(rel: string, text: string) {
  mkdirSync(dirname(join(outDir, rel)), { recursive: true });
  writeFileSync(join(outDir, rel), text);
}
function writeCsv(rel: string, columns: string[], rows: Record<string, string>[]) {
  writeOut(
    rel,
    [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((l) => l.map(cell).join(',')).join('\n') + '\n',
  );
}

/** "Thành Phố Đồng Hới" → { division: "thành phố", rest: "Đồng Hới", name: "Thành phố Đồng Hới" }. */
function splitType(raw: string) {
  const division =
    TYPE_WORDS.find((t) => raw.toLowerCase().startsWith(t + ' ')) ?? fail(`Unknown unit type in "${raw}"`);
  const rest = raw.slice(division.length + 1).trim();
  return { division, rest, name: `${division[0].toUpperCase()}${division.slice(1)} ${rest}` };
}

/** "Hà Nội, ngày 16 tháng 6 năm 2025" near `anchor` → "16/6/2025". */
function dateAfter(text: string, anchor: string): string {
  const m = text.match(new RegExp(`${anchor}[^]*?ngày\\s+(\\d+)\\s+tháng\\s+(\\d+)\\s+năm\\s+(\\d{4})`));
  return m ? `${+m[1]}/${+m[2]}/${m[3]}` : fail(`No date found after "${anchor}"`);
}

const provinces2025 = readCsv('2025_provinces.csv');
const communes2025 = readCsv('2025_communes.csv');
const provincesOld = readCsv('pre2025_provinces.csv');
const districtsOld = readCsv('pre2025_districts.csv');
const communesOld = readCsv('pre2025_communes.csv');
const mapping = readCsv('mapping_QuangTri44_BacNinh24_only.csv');
const provinceMap = readCsv('mapping_old_province_to_new_province_2025.csv');

for (const inst of INSTANCES) {
  const legal = readFileSync(
    join(srcDir, 'legal_texts_from_dvhcvn_20250701', `${inst.resolution.replace('/', '_')}.md`),
    'utf8',
  );
  const resDate = dateAfter(legal, `Số: ${inst.resolution}`);
  const nq202Date = dateAfter(legal, '202/2025/QH15');
  if (inst.expectDate && resDate !== inst.expectDate)
    fail(`${inst.resolution}: date ${resDate}, expected ${inst.expectDate}`);
  if (nq202Date !== '12/6/2025') fail(`202/2025/QH15 cited with date ${nq202Date}, expected 12/6/2025`);
  const basis = `Nghị quyết ${inst.resolution} ngày ${resDate}`;
  const basis202 = `Nghị quyết 202/2025/QH15 ngày ${nq202Date}`;
  console.log(`\n== ${inst.dir}: ${basis}; provinces: ${basis202}`);

  // Ids are claimed in a fixed order (new units first, then old by code), so "the later one" is stable.
  const taken = new Set<string>();
  const claim = (base: string, code: string) => {
    if (!taken.has(base)) return (taken.add(base), base);
    const id = `${base}-${code}`;
    console.warn(`WARNING id collision: "${base}" already used; code ${code} becomes "${id}"`);
    if (taken.has(id)) fail(`id "${id}" still not unique`);
    return (taken.add(id), id);
  };
  const unit = (u: Partial<Unit> & Pick<Unit, 'id' | 'kind' | 'code' | 'name_vi' | 'division'>): Unit => ({
    name_en: '',
    short_vi: '',
    parent: '',
    valid_from: '',
    valid_to: '',
    note: '',
    ...u,
  });

  // --- Units from 1 July 2025 ---
  const newProv =
    provinces2025.find((p) => p.province_code === inst.newCode) ?? fail(`2025 province ${inst.newCode} missing`);
  const np = splitType(newProv.province_name);
  const newProvince = unit({
    id: claim(slugify(np.name), newProv.province_code),
    kind: 'province',
    division: np.division,
    name_vi: np.name,
    code: newProv.province_code,
    valid_from: '2025-07-01',
  });
  const newCommunes = new Map<string, Unit>();
  for (const c of communes2025.filter((r) => r.province_code === inst.newCode)) {
    const t = splitType(c.commune_name);
    if (t.division !== c.division_type.toLowerCase())
      fail(`${c.commune_code}: type column "${c.division_type}" vs name "${c.commune_name}"`);
    newCommunes.set(
      c.commune_code,
      unit({
        id: claim(slugify(t.name), c.commune_code),
        kind: 'commune',
        division: t.division,
        name_vi: t.name,
        code: c.commune_code,
        parent: newProvince.id,
        valid_from: '2025-07-01',
      }),
    );
  }

  // --- Units before 1 July 2025 (valid_from unknown: never guessed) ---
  const rows = mapping.filter((r) => r.new_province_code === inst.newCode);
  const oldProvinces = new Map<string, Unit>();
  const oldDistricts = new Map<string, Unit>();
  const oldCommunes = new Map<string, Unit>();
  const old = { valid_to: '2025-06-30' };
  for (const code of inst.oldCodes) {
    const p = provincesOld.find((r) => r.province_code === code) ?? fail(`pre-2025 province ${code} missing`);
    const t = splitType(p.province_name);
    const base = slugify(t.name) === newProvince.id ? `${slugify(t.name)}-cu` : slugify(t.name);
    oldProvinces.set(
      code,
      unit({ ...old, id: claim(base, code), kind: 'province', division: t.division, name_vi: t.name, code }),
    );
  }
  const addDistrict = (code: string, rawName: string, provinceCode: string, note = '') => {
    const t = splitType(rawName);
    const parent = oldProvinces.get(provinceCode) ?? fail(`district ${code}: province ${provinceCode} not in instance`);
    oldDistricts.set(
      code,
      unit({
        ...old,
        id: claim(slugify(t.name), code),
        kind: 'district',
        division: t.division,
        name_vi: t.name,
        code,
        parent: parent.id,
        note,
      }),
    );
  };
  for (const d of districtsOld.filter((r) => inst.oldCodes.includes(r.province_code)))
    addDistrict(d.district_code, d.district_name, d.province_code);
  // A mapping row with a district but no commune is an island district without communes (Cồn Cỏ, 471), which
  // the commune-based district list cannot contain. Its province code in the source is wrong (see qa_flag), so
  // the parent is found by province name among this instance's old provinces.
  for (const m of rows.filter((r) => !r.old_commune_code && !oldDistricts.has(r.old_district_code))) {
    const byName = [...oldProvinces.entries()].find(
      ([, p]) => splitType(p.name_vi).rest === m.old_province_name.replace(/^(Tỉnh|Thành phố) /, ''),
    );
    const pcode =
      byName?.[0] ?? fail(`No old province named "${m.old_province_name}" for district ${m.old_district_code}`);
    console.log(
      `NOTE district ${m.old_district_code} ${m.old_district_name} is not in pre2025_districts.csv; added from the conversion table under province ${pcode}`,
    );
    addDistrict(
      m.old_district_code,
      m.old_district_name,
      pcode,
      'Không có xã, phường, thị trấn nên không có trong danh mục xã NSO 4/1/2025; lấy từ bảng chuyển đổi',
    );
  }
  for (const c of communesOld.filter((r) => inst.oldCodes.includes(r.province_code))) {
    const t = splitType(c.commune_name);
    if (t.division !== c.commune_type.toLowerCase())
      fail(`${c.commune_code}: type column "${c.commune_type}" vs name "${c.commune_name}"`);
    const d =
      oldDistricts.get(c.district_code) ?? fail(`commune ${c.commune_code}: district ${c.district_code} missing`);
    oldCommunes.set(
      c.commune_code,
      unit({
        ...old,
        id: claim(`${slugify(t.name)}-${slugify(splitType(d.name_vi).rest)}`, c.commune_code),
        kind: 'commune',
        division: t.division,
        name_vi: t.name,
        name_en: c.name_en,
        code: c.commune_code,
        parent: d.id,
      }),
    );
  }

  // --- Check counts against the figures the source files declare about themselves ---
  console.log(`new ${newProvince.name_vi}: ${newCommunes.size} communes (declared ${newProv.n_communes})`);
  if (newCommunes.size !== +newProv.n_communes) fail('2025 commune count mismatch');
  for (const [code, p] of oldProvinces) {
    const decl = provincesOld.find((r) => r.province_code === code) ?? fail('unreachable');
    const ds = new Set([...oldDistricts.values()].filter((d) => d.parent === p.id).map((d) => d.id));
    const listed = districtsOld.filter((r) => r.province_code === code).length;
    const cs = [...oldCommunes.values()].filter((c) => ds.has(c.parent)).length;
    console.log(
      `old ${p.name_vi} (${code}): ${listed} districts (+${ds.size - listed} from conversion table), ${cs} communes (declared ${decl.n_districts}/${decl.n_communes})`,
    );
    if (listed !== +decl.n_districts || cs !== +decl.n_communes) fail(`pre-2025 count mismatch for ${code}`);
  }

  // --- Succession ---
  const links = new Map<string, Link>();
  const addLink = (rank: number, from: Unit, to: Unit, type: Link['type'], b: string, note: string) => {
    const key = `${from.id}>${to.id}`;
    if (links.has(key)) fail(`duplicate succession pair ${key}`);
    links.set(key, { from: from.id, to: to.id, type, basis: b, note, sortKey: `${rank}|${from.code}|${to.code}` });
  };
  for (const p of oldProvinces.values()) addLink(0, p, newProvince, 'full', basis202, '');
  console.log(
    'distinct note_vi:',
    [...new Set(rows.map((r) => r.note_vi))].map((n) => `"${n}" → ${NOTE_TYPE[n] ?? '??'}`).join('; '),
  );
  const byDistrict = new Map<string, { to: Set<string>; allFull: boolean; n: number }>();
  for (const r of rows) {
    const to =
      newCommunes.get(r.new_commune_code) ?? fail(`mapping: new commune ${r.new_commune_code} not in 2025 list`);
    const type = NOTE_TYPE[r.note_vi] ?? fail(`Unmapped note_vi "${r.note_vi}": add it to NOTE_TYPE deliberately`);
    const note = r.qa_flag ? `${r.note_vi}; qa_flag: ${r.qa_flag}` : r.note_vi;
    if (r.qa_flag)
      console.log(
        `QA FLAG kept: ${r.old_commune_code || r.old_district_code} ${r.old_commune_name || r.old_district_name} → ${r.new_commune_code} ${r.new_commune_name}: ${r.qa_flag}`,
      );
    if (!r.old_commune_code) {
      // district-level row (Cồn Cỏ)
      addLink(1, oldDistricts.get(r.old_district_code) ?? fail('unreachable'), to, type, basis, note);
      continue;
    }
    const from =
      oldCommunes.get(r.old_commune_code) ??
      fail(`mapping: old commune ${r.old_commune_code} ${r.old_commune_name} not in instance`);
    const district = oldDistricts.get(r.old_district_code);
    if (!district || from.parent !== district.id)
      console.warn(
        `WARNING ${r.old_commune_code}: mapping district ${r.old_district_code}, unit list parent ${from.parent}`,
      );
    addLink(2, from, to, type, basis, note);
    const g = byDistrict.get(from.parent) ?? { to: new Set<string>(), allFull: true, n: 0 };
    g.to.add(r.new_commune_code);
    g.allFull &&= type === 'full';
    g.n++;
    byDistrict.set(from.parent, g);
  }
  for (const d of oldDistricts.values()) {
    const g = byDistrict.get(d.id);
    if (!g) continue;
    const all = [...oldCommunes.values()].filter((c) => c.parent === d.id).length;
    const whole = g.to.size === 1 && g.allFull && g.n === all; // all of the district went into one new commune
    for (const code of g.to)
      addLink(1, d, newCommunes.get(code) ?? fail('unreachable'), whole ? 'full' : 'partial', basis, DISTRICT_NOTE);
  }

  // --- Integrity: unique ids, every link end is a unit, report gaps (never filled in) ---
  const units2025 = [newProvince, ...newCommunes.values()];
  const unitsOld = [...oldProvinces.values(), ...oldDistricts.values(), ...oldCommunes.values()];
  const ids = [...units2025, ...unitsOld].map((u) => u.id);
  if (new Set(ids).size !== ids.length) fail('ids are not unique');
  const known = new Set(ids);
  for (const l of links.values())
    if (!known.has(l.from) || !known.has(l.to)) fail(`link ${l.from} → ${l.to} uses an unknown id`);
  const froms = new Set([...links.values()].map((l) => l.from));
  const tos = new Set([...links.values()].map((l) => l.to));
  const noSucc = [...oldCommunes.values()].filter((c) => !froms.has(c.id));
  const noPred = [...newCommunes.values()].filter((c) => !tos.has(c.id));
  console.log(`old communes without successor: ${noSucc.length}${examples(noSucc)}`);
  console.log(`new communes without predecessor: ${noPred.length}${examples(noPred)}`);

  const sortUnits = (us: Unit[]) => us.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || cmp(a.code, b.code));
  const sortedLinks = [...links.values()].sort((a, b) => cmp(a.sortKey, b.sortKey));
  writeCsv(`${inst.dir}/units/admin-2025.csv`, UNIT_COLUMNS, sortUnits(units2025));
  writeCsv(`${inst.dir}/units/admin-pre2025.csv`, UNIT_COLUMNS, sortUnits(unitsOld));
  writeCsv(`${inst.dir}/succession/admin-2025.csv`, LINK_COLUMNS, sortedLinks);

  const count = (us: Unit[], k: Unit['kind']) => us.filter((u) => u.kind === k).length;
  const levelLine = (r: number, label: string) => {
    const ls = sortedLinks.filter((l) => l.sortKey.startsWith(`${r}|`));
    return `${label} ${ls.length} (full ${ls.filter((l) => l.type === 'full').length}, partial ${ls.filter((l) => l.type === 'partial').length})`;
  };
  const flagged = sortedLinks.filter((l) => l.note.includes('qa_flag:')).length;
  writeOut(
    `${inst.dir}/units/SOURCE.md`,
    `# Đơn vị hành chính — ${newProvince.name_vi} (mã ${newProvince.code})

Generated by \`scripts/import/import-admin-units.ts\`; do not edit by hand.

- \`units/admin-2025.csv\`: ${newProvince.name_vi} and its communes from 1/7/2025 — 1 province, ${count(units2025, 'commune')} communes.
- \`units/admin-pre2025.csv\`: the old provinces ${[...oldProvinces.values()].map((p) => `${p.name_vi} (${p.code})`).join(' and ')} until 30/6/2025 —
  ${count(unitsOld, 'province')} provinces, ${count(unitsOld, 'district')} districts, ${count(unitsOld, 'commune')} communes.${[...oldDistricts.values()].some((d) => d.note) ? ' Districts with a note (no communes, e.g. an island district) come from the conversion table, not the district list.' : ''}
  \`valid_from\` is empty because the founding dates are not in the source.
- \`succession/admin-2025.csv\`: ${sortedLinks.length} old → new rows: ${levelLine(0, 'province')}; ${levelLine(1, 'district')}; ${levelLine(2, 'commune')}.
  Bases: ${basis202} (provinces); ${basis} (districts and communes).
  Rows whose source row carries a QA flag (kept, flag text in \`note\`): ${flagged}.
  Old communes without a successor row in the source: ${noSucc.length}${examples(noSucc)}; new communes without a predecessor: ${noPred.length}.
  Such gaps are reported, never filled in by guesswork.

${SOURCE_NOTE}
`,
  );
}

// --- National province lists (used by PAPI pages) ---
const provinceRow = (code: string, rawName: string) => {
  const t = splitType(rawName);
  return { code, name_vi: t.name, division: t.division, slug: slugify(t.rest) };
};
const p2025 = provinces2025
  .map((p) => provinceRow(p.province_code, p.province_name))
  .sort((a, b) => cmp(a.code, b.code));
const pOld = provincesOld
  .map((p) => ({
    ...provinceRow(p.province_code, p.province_name),
    successor_code: (
      provinceMap.find((m) => m.old_province_code === p.province_code) ?? fail(`no successor for ${p.province_code}`)
    ).new_province_code,
  }))
  .sort((a, b) => cmp(a.code, b.code));
for (const [name, list, n] of [
  ['2025', p2025, 34],
  ['pre2025', pOld, 63],
] as const) {
  if (list.length !== n || new Set(list.map((p) => p.slug)).size !== n)
    fail(`national ${name}: expected ${n} rows with unique slugs`);
}
for (const p of pOld)
  if (!p2025.some((q) => q.code === p.successor_code))
    fail(`successor ${p.successor_code} of ${p.code} is not a 2025 province`);
writeCsv('national/admin-units/provinces-2025.csv', ['code', 'name_vi', 'division', 'slug'], p2025);
writeCsv('national/admin-units/provinces-pre2025.csv', ['code', 'name_vi', 'division', 'slug', 'successor_code'], pOld);
writeOut(
  'national/admin-units/SOURCE.md',
  `# Tỉnh, thành phố trước và sau 1/7/2025 — national lists

Generated by \`scripts/import/import-admin-units.ts\`; do not edit by hand.

- \`provinces-2025.csv\`: ${p2025.length} provinces/cities from 1/7/2025 (code, name, type word, slug).
- \`provinces-pre2025.csv\`: ${pOld.length} provinces/cities until 30/6/2025, with \`successor_code\` = code of the 2025 province
  that took them over (from the official conversion table). \`slug\` is the name without "Tỉnh"/"Thành phố".
- \`division\` is the type word of the name (\`tỉnh\` or \`thành phố\`); the source's "thành phố trung ương" is written \`thành phố\`.

${SOURCE_NOTE}
`,
);
console.log(`\nnational: ${p2025.length} provinces 2025, ${pOld.length} provinces pre-2025`);
