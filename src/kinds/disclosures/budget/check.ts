/**
 * Arithmetic checks of a commune budget table, pure so they can be tested without files.
 * Budget forms list a parent and its children as rows of one table, so a parent must equal
 * the sum of its children in every stage; the top lines must equal the totals the decision
 * states; a stage is either published (every line filled) or not (its column empty).
 * Each problem names the line (its index in the table) and the stage column.
 */
import type { Bilingual } from '../../../base/content/errors.ts';
import { budgetStages, type BudgetLine, type BudgetMeta, type BudgetStage } from './schema.ts';
import { childrenOf, stageLabel } from './derive.ts';

export interface BudgetProblem {
  /** Index of the line in the table (0 = first data row). */
  index: number;
  /** The column: a stage, or "code"/"parent". */
  column: BudgetStage | 'code' | 'parent';
  found: string;
  expected: Bilingual;
}

/** Rounded children can drift from their rounded parent by half a step each. */
export function sumTolerance(rounding: number, children: number): number {
  return rounding * Math.max(1, children / 2);
}

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

export function checkBudget(meta: BudgetMeta, lines: BudgetLine[]): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const byCode = new Map<string, number>();
  lines.forEach((line, index) => {
    if (byCode.has(line.code)) {
      problems.push({
        index,
        column: 'code',
        found: JSON.stringify(line.code),
        expected: {
          vi: `một mã dòng chưa dùng (đã có ở hàng ${byCode.get(line.code)! + 2})`,
          en: `a line code not used yet (row ${byCode.get(line.code)! + 2} has it)`,
        },
      });
    } else byCode.set(line.code, index);
  });
  lines.forEach((line, index) => {
    if (line.parent === null) {
      if (line.code !== 'A' && line.code !== 'B')
        problems.push({
          index,
          column: 'parent',
          found: '(trống / empty)',
          expected: {
            vi: 'mã dòng cha; chỉ dòng A (Tổng thu) và B (Tổng chi) để trống',
            en: 'the parent line code; only A (total revenue) and B (total spending) have none',
          },
        });
    } else if (!byCode.has(line.parent)) {
      problems.push({
        index,
        column: 'parent',
        found: JSON.stringify(line.parent),
        expected: {
          vi: `mã của một dòng có trong bảng (không có dòng "${line.parent}")`,
          en: `the code of a line in the table (there is no line "${line.parent}")`,
        },
      });
    } else if (!line.code.startsWith(`${line.parent}.`)) {
      problems.push({
        index,
        column: 'parent',
        found: JSON.stringify(line.parent),
        expected: {
          vi: `mã dòng cha là phần đầu của mã "${line.code}"`,
          en: `a parent code that begins the code "${line.code}"`,
        },
      });
    }
  });
  for (const top of ['A', 'B']) {
    if (!byCode.has(top))
      problems.push({
        index: lines.length,
        column: 'code',
        found: '(không có / missing)',
        expected: {
          vi: `một dòng "${top}" (${top === 'A' ? 'Tổng thu ngân sách xã' : 'Tổng chi ngân sách xã'})`,
          en: `a line "${top}" (${top === 'A' ? 'total revenue' : 'total spending'})`,
        },
      });
  }
  if (problems.length) return problems;

  for (const stage of budgetStages) {
    const published = meta.stages[stage];
    const name = { vi: stageLabel(stage, 'vi'), en: stageLabel(stage, 'en') };
    lines.forEach((line, index) => {
      const value = line[stage];
      if (published && value === null)
        problems.push({
          index,
          column: stage,
          found: '(trống / empty)',
          expected: {
            vi: `số liệu ${name.vi}: giai đoạn này đã công bố nên mọi dòng phải có số`,
            en: `a ${name.en} figure: this stage is published, so every line needs one`,
          },
        });
      if (!published && value !== null)
        problems.push({
          index,
          column: stage,
          found: num(value),
          expected: {
            vi: `ô trống, hoặc ghi ngày công bố ${name.vi} trong phần stages của tệp YAML`,
            en: `an empty cell, or the date the ${name.en} was published under stages in the YAML file`,
          },
        });
    });
    if (!published) continue;

    lines.forEach((line, index) => {
      const children = childrenOf(lines, line.code);
      const value = line[stage];
      if (!children.length || value === null || children.some((c) => c[stage] === null)) return;
      const sum = children.reduce((s, c) => s + c[stage]!, 0);
      if (Math.abs(sum - value) > sumTolerance(meta.rounding, children.length) + 1e-9) {
        const codes = children.map((c) => c.code).join(' + ');
        problems.push({
          index,
          column: stage,
          found: num(value),
          expected: {
            vi: `bằng tổng các dòng con ${codes} = ${num(sum)} (${name.vi}; chênh ${num(value - sum)} ${meta.unit})`,
            en: `the sum of its child lines ${codes} = ${num(sum)} (${name.en}; off by ${num(value - sum)} ${meta.unit})`,
          },
        });
      }
    });

    for (const [top, key, label] of [
      ['A', 'revenue_total', { vi: 'tổng thu', en: 'total revenue' }],
      ['B', 'spending_total', { vi: 'tổng chi', en: 'total spending' }],
    ] as const) {
      const index = byCode.get(top)!;
      const value = lines[index]![stage];
      const stated = published[key];
      if (value !== null && Math.abs(value - stated) > meta.rounding + 1e-9) {
        problems.push({
          index,
          column: stage,
          found: num(value),
          expected: {
            vi: `bằng ${label.vi} ${num(stated)} ${meta.unit} mà văn bản ${name.vi} ghi (stages.${stage}.${key} trong tệp YAML)`,
            en: `the ${label.en} ${num(stated)} ${meta.unit} the ${name.en} document states (stages.${stage}.${key} in the YAML file)`,
          },
        });
      }
    }
  }
  return problems;
}
