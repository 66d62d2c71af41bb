import { describe, expect, it } from 'vitest';
import { investmentProblems } from './rules.ts';
import type { InvestmentProject } from './schema.ts';

const project = (id: string, name = `Dự án ${id}`): InvestmentProject => ({
  id,
  name,
  total_investment: 100,
  unit: 'triệu đồng',
  funding: 'Ngân sách xã',
  progress: 'Đang thi công',
  supervision: null,
});

describe('investment rules', () => {
  it('accept projects once each in a year, and a project carried into the next year', () => {
    expect(
      investmentProblems([
        { year: 2024, items: [project('a'), project('b')] },
        { year: 2025, items: [project('a')] },
      ]),
    ).toEqual([]);
  });
  it('name a project id used twice in one year', () => {
    const [p] = investmentProblems([{ year: 2025, items: [project('a', 'Đường thôn'), project('b'), project('a')] }]);
    expect(p).toMatchObject({ path: [0, 'items', 2, 'id'], found: '"a"' });
    expect(p!.expected.en).toContain('project 1 ("Đường thôn") has it');
  });
});
