/** Sample commune budgets (dữ liệu minh họa): a realistic line structure, invented figures. */

/** A small deterministic random source, so the sample set is the same on every run. */
export function seeded(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

interface Template {
  code: string;
  name: string;
  /** Leaves only: the estimate in triệu đồng before scaling. */
  base?: number;
  /** Leaves only: how far the year's result runs from the estimate (1 = on estimate). */
  yearFactor?: number;
}

const TEMPLATE: Template[] = [
  { code: 'A', name: 'Tổng thu ngân sách xã' },
  { code: 'A.I', name: 'Thu ngân sách xã được hưởng theo phân cấp (thu cân đối)' },
  { code: 'A.I.1', name: 'Thu từ thuế, phí, lệ phí', base: 2850, yearFactor: 1.04 },
  { code: 'A.I.2', name: 'Thu tiền sử dụng đất', base: 6200, yearFactor: 0.62 },
  { code: 'A.I.3', name: 'Thu từ quỹ đất công ích và hoa lợi công sản', base: 420, yearFactor: 1.01 },
  { code: 'A.I.4', name: 'Thu khác ngân sách', base: 180, yearFactor: 1.35 },
  { code: 'A.II', name: 'Thu bổ sung từ ngân sách cấp tỉnh' },
  { code: 'A.II.1', name: 'Bổ sung cân đối', base: 9800, yearFactor: 1 },
  { code: 'A.II.2', name: 'Bổ sung có mục tiêu', base: 2400, yearFactor: 1.08 },
  { code: 'B', name: 'Tổng chi ngân sách xã' },
  { code: 'B.I', name: 'Chi đầu tư phát triển', base: 7300, yearFactor: 0.71 },
  { code: 'B.II', name: 'Chi thường xuyên' },
  { code: 'B.II.1', name: 'Chi quản lý nhà nước, Đảng, đoàn thể', base: 6100, yearFactor: 1.02 },
  { code: 'B.II.2', name: 'Chi sự nghiệp giáo dục, đào tạo', base: 650, yearFactor: 0.97 },
  { code: 'B.II.3', name: 'Chi sự nghiệp văn hóa, thông tin, thể dục thể thao', base: 420, yearFactor: 0.95 },
  { code: 'B.II.4', name: 'Chi bảo đảm xã hội', base: 1350, yearFactor: 1.12 },
  { code: 'B.II.5', name: 'Chi quốc phòng, an ninh', base: 1150, yearFactor: 1.03 },
  { code: 'B.II.6', name: 'Chi sự nghiệp kinh tế, môi trường', base: 2100, yearFactor: 0.9 },
  { code: 'B.III', name: 'Dự phòng ngân sách' },
];

export type Stage = 'estimate' | 'exec_3m' | 'exec_6m' | 'exec_9m' | 'exec_year' | 'settlement';
const PROGRESS: Record<Exclude<Stage, 'estimate'>, number> = {
  exec_3m: 0.21,
  exec_6m: 0.46,
  exec_9m: 0.71,
  exec_year: 1,
  settlement: 1,
};

export interface SampleLine {
  code: string;
  parent: string | null;
  name: string;
  values: Partial<Record<Stage, number>>;
}

const parentOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

/**
 * Lines with leaf figures invented from the template and parents summed from their leaves,
 * so every parent equals its children exactly and the estimate balances (B.III takes up the
 * difference as the reserve).
 */
export function sampleBudget(seed: string, scale: number, stages: Stage[]): SampleLine[] {
  const rand = seeded(seed);
  const lines: SampleLine[] = TEMPLATE.map((t) => ({
    code: t.code,
    parent: parentOf(t.code),
    name: t.name,
    values: {},
  }));
  const leaves = TEMPLATE.filter((t) => t.base !== undefined);
  const jitter = () => 0.9 + rand() * 0.2;
  const estimates = new Map(leaves.map((t) => [t.code, Math.round(t.base! * scale * jitter())]));
  const revenue = leaves.filter((t) => t.code.startsWith('A')).reduce((s, t) => s + estimates.get(t.code)!, 0);
  const spending = leaves.filter((t) => t.code.startsWith('B')).reduce((s, t) => s + estimates.get(t.code)!, 0);
  estimates.set('B.III', Math.max(0, revenue - spending));
  const yearFactors = new Map(leaves.map((t) => [t.code, t.yearFactor! * (0.97 + rand() * 0.06)]));
  yearFactors.set('B.III', 0);

  const leafCodes = [...estimates.keys()];
  for (const stage of stages) {
    for (const code of leafCodes) {
      const est = estimates.get(code)!;
      const value =
        stage === 'estimate'
          ? est
          : est *
            (1 + (yearFactors.get(code)! - 1) * PROGRESS[stage]) *
            PROGRESS[stage] *
            (stage === 'settlement' ? 0.995 : 1);
      lines.find((l) => l.code === code)!.values[stage] = Math.round(value);
    }
    // Parents from leaves, deepest first.
    for (const line of [...lines].reverse()) {
      if (leafCodes.includes(line.code)) continue;
      line.values[stage] = lines.filter((l) => l.parent === line.code).reduce((s, l) => s + l.values[stage]!, 0);
    }
  }
  return lines;
}

export function budgetCsv(lines: SampleLine[]): string {
  const stages: Stage[] = ['estimate', 'exec_3m', 'exec_6m', 'exec_9m', 'exec_year', 'settlement'];
  const cell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = lines.map((l) =>
    [
      l.code,
      l.parent ?? '',
      cell(l.name),
      ...stages.map((s) => (l.values[s] === undefined ? '' : String(l.values[s]))),
    ].join(','),
  );
  return `code,parent,name,${stages.join(',')}\n${rows.join('\n')}\n`;
}

export function totals(lines: SampleLine[], stage: Stage): { revenue_total: number; spending_total: number } {
  return {
    revenue_total: lines.find((l) => l.code === 'A')!.values[stage]!,
    spending_total: lines.find((l) => l.code === 'B')!.values[stage]!,
  };
}
