/**
 * Disclosure compliance (who has not published what), derived — never typed — from what each
 * commune published and the as-of date. All rules for "current period" and "late" live here.
 *
 * For each mandated disclosure the current period is the latest one whose deadline has
 * passed on the as-of date. A commune is
 *   on time  — it published for that period on or before the deadline,
 *   late     — it published after the deadline (but by the as-of date),
 *   missing  — nothing for that period is published as of the date.
 * A publication dated after the as-of date does not count yet.
 *
 * Deadlines are the portal's working rules, stated on the page next to the table; they
 * follow the usual rhythm of the legal texts (a yearly estimate after the People's Council
 * decides it in December; quarterly execution reports after each quarter) and should be
 * checked against the texts in force before they are used to judge anyone.
 */
import type { Bilingual } from '../../base/content/errors.ts';
import { daysBetween } from '../../base/dates.ts';

export const disclosureKinds = [
  'budget-estimate',
  'budget-execution',
  'budget-settlement',
  'poor-households',
  'land-use-plan',
  'land-prices',
  'investment',
  'contributions',
  'anti-corruption',
  'reception',
] as const;
export type DisclosureKind = (typeof disclosureKinds)[number];

/** The compliance table as open data. */
export const complianceDatasetId = 'cong-khai-tinh-hinh';

/** Something a commune published: which kind, for which period, on which day. */
export interface Publication {
  kind: DisclosureKind;
  /** Period key as the rules name it: "2025", "2025-q3" (9 months), "2025-current". */
  period: string;
  published: string;
  /** Page path (without language) where it is shown. */
  path: string;
}

export interface Period {
  key: string;
  label: Bilingual;
  /** Last day to publish; null for standing disclosures (reception schedule, hotlines). */
  due: string | null;
}

interface Rule {
  name: Bilingual;
  /** The deadline rule, in words, for the page. */
  rule: Bilingual;
  current(asOf: string): Period;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** A yearly disclosure for year Y due on MM-DD of Y + offset: the latest such year already due. */
function yearly(monthDay: string, offset: number, label: (y: number) => Bilingual): (asOf: string) => Period {
  return (asOf) => {
    let y = yearOf(asOf) - offset;
    if (`${y + offset}-${monthDay}` > asOf) y -= 1;
    return { key: String(y), label: label(y), due: `${y + offset}-${monthDay}` };
  };
}

/** Execution reports: 3, 6 and 9 months due the 15th after the quarter; the year due 15 January. */
function executionPeriod(asOf: string): Period {
  const y = yearOf(asOf);
  const candidates: Period[] = [
    { key: `${y - 1}-year`, label: { vi: `cả năm ${y - 1}`, en: `year ${y - 1}` }, due: `${y}-01-15` },
    { key: `${y}-q1`, label: { vi: `3 tháng ${y}`, en: `3 months ${y}` }, due: `${y}-04-15` },
    { key: `${y}-q2`, label: { vi: `6 tháng ${y}`, en: `6 months ${y}` }, due: `${y}-07-15` },
    { key: `${y}-q3`, label: { vi: `9 tháng ${y}`, en: `9 months ${y}` }, due: `${y}-10-15` },
  ];
  const due = candidates.filter((p) => p.due! <= asOf);
  return (
    due.at(-1) ?? {
      key: `${y - 1}-q3`,
      label: { vi: `9 tháng ${y - 1}`, en: `9 months ${y - 1}` },
      due: `${y - 1}-10-15`,
    }
  );
}

const year =
  (vi: string, en: string) =>
  (y: number): Bilingual => ({ vi: `${vi} ${y}`, en: `${en} ${y}` });

export const complianceRules: Record<DisclosureKind, Rule> = {
  'budget-estimate': {
    name: { vi: 'Dự toán ngân sách xã', en: 'Commune budget estimate' },
    rule: { vi: 'dự toán năm, chậm nhất 31/1 của năm đó', en: "the year's estimate, by 31 January of that year" },
    current: yearly('01-31', 0, year('năm', 'year')),
  },
  'budget-execution': {
    name: { vi: 'Tình hình thực hiện ngân sách', en: 'Budget execution' },
    rule: {
      vi: 'báo cáo 3, 6, 9 tháng chậm nhất ngày 15 của tháng sau quý; cả năm chậm nhất 15/1 năm sau',
      en: '3, 6 and 9-month reports by the 15th of the month after the quarter; the year by 15 January',
    },
    current: executionPeriod,
  },
  'budget-settlement': {
    name: { vi: 'Quyết toán ngân sách xã', en: 'Commune budget settlement' },
    rule: {
      vi: 'quyết toán năm trước, chậm nhất 31/12 năm sau',
      en: "the previous year's settlement, by 31 December of the next year",
    },
    current: yearly('12-31', 1, year('năm', 'year')),
  },
  'poor-households': {
    name: { vi: 'Hộ nghèo, hộ cận nghèo', en: 'Poor and near-poor households' },
    rule: { vi: 'kết quả rà soát năm, chậm nhất 31/12 của năm đó', en: "the year's review, by 31 December" },
    current: yearly('12-31', 0, year('năm', 'year')),
  },
  'land-use-plan': {
    name: { vi: 'Kế hoạch sử dụng đất năm', en: 'Yearly land-use plan' },
    rule: { vi: 'kế hoạch năm, chậm nhất 31/1 của năm đó', en: "the year's plan, by 31 January" },
    current: yearly('01-31', 0, year('năm', 'year')),
  },
  'land-prices': {
    name: { vi: 'Bảng giá đất', en: 'Land price table' },
    rule: { vi: 'bảng giá áp dụng trong năm, chậm nhất 31/1', en: 'the table in force for the year, by 31 January' },
    current: yearly('01-31', 0, year('năm', 'year')),
  },
  investment: {
    name: { vi: 'Đầu tư và giám sát cộng đồng', en: 'Investment and community supervision' },
    rule: {
      vi: 'kế hoạch đầu tư năm và kết quả giám sát, chậm nhất 31/3',
      en: "the year's investment plan and supervision results, by 31 March",
    },
    current: yearly('03-31', 0, year('năm', 'year')),
  },
  contributions: {
    name: { vi: 'Đóng góp tự nguyện', en: 'Voluntary contributions' },
    rule: {
      vi: 'kết quả huy động và sử dụng năm trước, chậm nhất 31/1 năm sau',
      en: "the previous year's contributions and their use, by 31 January",
    },
    current: yearly('01-31', 1, year('năm', 'year')),
  },
  'anti-corruption': {
    name: { vi: 'Báo cáo phòng, chống tham nhũng', en: 'Anti-corruption report' },
    rule: { vi: 'báo cáo năm, chậm nhất 15/12 của năm đó', en: "the year's report, by 15 December" },
    current: yearly('12-15', 0, year('năm', 'year')),
  },
  reception: {
    name: { vi: 'Lịch tiếp công dân, đường dây nóng', en: 'Citizen reception and hotlines' },
    rule: {
      vi: 'luôn có lịch đang áp dụng và ít nhất một đường dây nóng',
      en: 'a schedule in force and at least one hotline, at all times',
    },
    current: () => ({ key: 'current', label: { vi: 'hiện hành', en: 'in force' }, due: null }),
  },
};

export type ComplianceStatus = 'on-time' | 'late' | 'missing';

export interface ComplianceCell {
  kind: DisclosureKind;
  period: Period;
  status: ComplianceStatus;
  /** When it was published (the first publication for the period), if it was. */
  published: string | null;
  /** Days after the deadline, for late ones. */
  daysLate: number | null;
  path: string | null;
}

export interface ComplianceRow {
  commune: string;
  cells: ComplianceCell[];
  missing: number;
  late: number;
}

export function complianceCell(kind: DisclosureKind, publications: Publication[], asOf: string): ComplianceCell {
  const period = complianceRules[kind].current(asOf);
  const found = publications
    .filter((p) => p.kind === kind && p.period === period.key && p.published <= asOf)
    .sort((a, b) => a.published.localeCompare(b.published))[0];
  if (!found) return { kind, period, status: 'missing', published: null, daysLate: null, path: null };
  const late = period.due !== null && found.published > period.due;
  return {
    kind,
    period,
    status: late ? 'late' : 'on-time',
    published: found.published,
    daysLate: late ? daysBetween(period.due!, found.published) : null,
    path: found.path,
  };
}

/** One row per commune, in the given order, except `first` which comes first. */
export function complianceTable(
  communes: { id: string; publications: Publication[] }[],
  asOf: string,
  first?: string,
): ComplianceRow[] {
  const rows = communes.map(({ id, publications }) => {
    const cells = disclosureKinds.map((kind) => complianceCell(kind, publications, asOf));
    return {
      commune: id,
      cells,
      missing: cells.filter((c) => c.status === 'missing').length,
      late: cells.filter((c) => c.status === 'late').length,
    };
  });
  if (!first) return rows;
  return [...rows.filter((r) => r.commune === first), ...rows.filter((r) => r.commune !== first)];
}
