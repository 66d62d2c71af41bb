/**
 * Writes a synthetic content set in the formats the loaders read, for the scale benchmark:
 * provinces, their communes and committees, the units before the 2025 reorganisation with
 * their succession links, departments, and documents over ten years. Names are made up
 * ("Xã Thử 17") and the site says it is a benchmark: none of it is ever published.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/build-site.ts';

export interface SyntheticShape {
  /** Provinces after 2025 (34 for the whole country). */
  provinces: number;
  /** Communes after 2025, spread over the provinces (3,321 for the whole country). */
  communes: number;
  /** Years of documents, ending in 2025. */
  years: number;
  /** Documents per commune and year. */
  communeDocsPerYear: number;
  /** Departments per province, each with one document a year. */
  departments: number;
  /** Former communes that went into each new one. */
  formerPerCommune: number;
}

const UNIT_HEADER = 'id,kind,division,name_vi,name_en,short_vi,code,parent,valid_from,valid_to,note';
const BASIS = 'Nghị quyết 1680/NQ-UBTVQH15 ngày 16/6/2025';

function unitRow(u: {
  id: string;
  kind: string;
  division?: string;
  name: string;
  code?: string;
  parent?: string;
  from?: string;
  to?: string;
}): string {
  return [
    u.id,
    u.kind,
    u.division ?? '',
    u.name,
    '',
    '',
    u.code ?? '',
    u.parent ?? '',
    u.from ?? '',
    u.to ?? '',
    '',
  ].join(',');
}

/**
 * The codes of the 34 provinces since 2025, from the national list: a synthetic province takes
 * a real code so that the slices keyed by province code (PAPI) find their national data.
 */
function provinceCodes(): string[] {
  const csv = readFileSync(join(root, 'content/national/admin-units/provinces-2025.csv'), 'utf8');
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!);
}

function body(title: string, i: number): string {
  const paragraph = `Thực hiện nhiệm vụ năm, ${title.toLowerCase()} đề ra các mục tiêu về cải cách hành chính, công khai minh bạch và tiếp nhận phản ánh của người dân. Các phòng, ban, đơn vị theo chức năng, nhiệm vụ được giao tổ chức triển khai, báo cáo kết quả định kỳ hằng quý.`;
  return [
    `## I. MỤC ĐÍCH, YÊU CẦU`,
    '',
    paragraph,
    '',
    `## II. NỘI DUNG`,
    '',
    ...Array.from({ length: 3 + (i % 4) }, (_, k) => `${k + 1}. ${paragraph}`),
    '',
  ].join('\n');
}

function documentFile(d: {
  kind: string;
  title: string;
  number: string;
  date: string;
  issuer: string;
  concerns: string[];
  i: number;
}): string {
  return [
    '---',
    `kind: ${d.kind}`,
    `title_vi: ${d.title}`,
    `summary_vi: ${d.title} (văn bản thử để đo tốc độ xây dựng).`,
    `summary_en: A synthetic document for the build benchmark.`,
    `number: ${d.number}`,
    `date: ${d.date}`,
    `published: "${d.date}"`,
    `issuer: ${d.issuer}`,
    'signer:',
    '  name: Nguyễn Văn A',
    '  title: CHỦ TỊCH',
    '  authority: TM. ỦY BAN NHÂN DÂN',
    'addressees: []',
    'recipients: []',
    'implements: []',
    `papi_dimensions: [${(d.i % 8) + 1}]`,
    `concerns: [${d.concerns.join(', ')}]`,
    'source:',
    '  kind: pdf',
    '  note_vi: Văn bản thử.',
    '  note_en: A synthetic document.',
    '---',
    body(d.title, d.i),
  ].join('\n');
}

/** Writes the content set into `dir` and returns how many units and documents it holds. */
export function writeSynthetic(dir: string, shape: SyntheticShape): { units: number; documents: number } {
  for (const sub of ['units', 'succession', 'documents']) mkdirSync(join(dir, sub), { recursive: true });
  const units: string[] = [UNIT_HEADER];
  const succession: string[] = ['from,to,type,basis,note'];
  let documents = 0;
  const lastYear = 2025;
  const doc = (id: string, d: Parameters<typeof documentFile>[0]) => {
    writeFileSync(join(dir, 'documents', `${id}.md`), documentFile(d));
    documents++;
  };

  const codes = provinceCodes();
  let commune = 0;
  for (let p = 1; p <= shape.provinces; p++) {
    const prov = `tinh-thu-${p}`;
    const old = `tinh-thu-${p}-cu`;
    const ubnd = `ubnd-tinh-thu-${p}`;
    units.push(
      unitRow({
        id: prov,
        kind: 'province',
        division: 'tỉnh',
        name: `Tỉnh Thử ${p}`,
        code: codes[(p - 1) % codes.length],
        from: '2025-07-01',
      }),
    );
    units.push(unitRow({ id: old, kind: 'province', division: 'tỉnh', name: `Tỉnh Thử ${p} Cũ`, to: '2025-06-30' }));
    units.push(unitRow({ id: ubnd, kind: 'people-committee', name: `Ủy ban nhân dân tỉnh Thử ${p}`, parent: prov }));
    succession.push(`${old},${prov},full,${BASIS},`);
    for (let k = 1; k <= shape.departments; k++) {
      const so = `so-${k}-tinh-thu-${p}`;
      units.push(unitRow({ id: so, kind: 'department', name: `Sở Thử ${k} tỉnh Thử ${p}`, parent: ubnd }));
      for (let y = lastYear - shape.years + 1; y <= lastYear; y++)
        doc(`${so}-${y}`, {
          kind: 'ke-hoach',
          title: `Kế hoạch năm ${y} của Sở Thử ${k}`,
          number: `${k}/KH-S${k}`,
          date: `${y}-03-15`,
          issuer: so,
          concerns: [ubnd],
          i: k + y,
        });
    }
    const count = Math.floor(shape.communes / shape.provinces) + (p <= shape.communes % shape.provinces ? 1 : 0);
    for (let c = 1; c <= count; c++) {
      commune++;
      const xa = `xa-thu-${commune}`;
      const ubndXa = `ubnd-xa-thu-${commune}`;
      const district = `huyen-thu-${p}-${Math.ceil(c / 10)}`;
      if (c % 10 === 1)
        units.push(
          unitRow({
            id: district,
            kind: 'district',
            division: 'huyện',
            name: `Huyện Thử ${p}-${Math.ceil(c / 10)}`,
            parent: old,
            to: '2025-06-30',
          }),
        );
      units.push(
        unitRow({
          id: xa,
          kind: 'commune',
          division: 'xã',
          name: `Xã Thử ${commune}`,
          parent: prov,
          from: '2025-07-01',
        }),
      );
      units.push(
        unitRow({ id: ubndXa, kind: 'people-committee', name: `Ủy ban nhân dân xã Thử ${commune}`, parent: xa }),
      );
      for (let f = 1; f <= shape.formerPerCommune; f++) {
        const former = `xa-thu-${commune}-${f}-cu`;
        units.push(
          unitRow({
            id: former,
            kind: 'commune',
            division: 'xã',
            name: `Xã Thử ${commune}.${f}`,
            parent: district,
            to: '2025-06-30',
          }),
        );
        succession.push(`${former},${xa},full,${BASIS},`);
      }
      for (let y = lastYear - shape.years + 1; y <= lastYear; y++)
        for (let n = 1; n <= shape.communeDocsPerYear; n++)
          doc(`${xa}-${y}-${n}`, {
            kind: n % 2 ? 'ke-hoach' : 'bao-cao',
            title: `Kế hoạch số ${n} năm ${y} của xã Thử ${commune}`,
            number: `${n}/KH-UBND`,
            date: `${y}-${String(n + 1).padStart(2, '0')}-10`,
            issuer: ubndXa,
            concerns: [xa],
            i: commune + y + n,
          });
    }
  }
  writeFileSync(join(dir, 'units', 'admin.csv'), `${units.join('\n')}\n`);
  writeFileSync(join(dir, 'succession', 'admin.csv'), `${succession.join('\n')}\n`);
  writeFileSync(join(dir, 'corrections.yaml'), '[]\n');
  writeFileSync(
    join(dir, 'site.yaml'),
    [
      'id: thu-do-hieu-nang',
      'province: tinh-thu-1',
      'name: { vi: Tỉnh Thử 1, en: Test Province 1 }',
      'portal_name: { vi: Cổng thử hiệu năng, en: Benchmark portal }',
      'site_url: null',
      'demonstration: true',
      'contact: { agency: null, address: null, email: null, phone: null, hotline: null }',
      'data_licence: { id: CC-BY-4.0, name: { vi: CC BY 4.0, en: CC BY 4.0 }, url: https://creativecommons.org/licenses/by/4.0/ }',
      'as_of: 2025-12-31',
      '',
    ].join('\n'),
  );
  return { units: units.length - 1, documents };
}
