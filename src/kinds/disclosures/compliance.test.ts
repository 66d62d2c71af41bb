import { describe, expect, it } from 'vitest';
import { complianceCell, complianceRules, complianceTable, type Publication } from './compliance.ts';

const pub = (kind: Publication['kind'], period: string, published: string): Publication => ({
  kind,
  period,
  published,
  path: '/x/',
});

describe('the current period of each disclosure', () => {
  it('is the latest one whose deadline has passed', () => {
    expect(complianceRules['budget-estimate'].current('2025-12-31')).toMatchObject({ key: '2025', due: '2025-01-31' });
    expect(complianceRules['budget-estimate'].current('2025-01-30')).toMatchObject({ key: '2024', due: '2024-01-31' });
    expect(complianceRules['budget-settlement'].current('2025-12-31')).toMatchObject({
      key: '2024',
      due: '2025-12-31',
    });
    expect(complianceRules['budget-settlement'].current('2025-12-30')).toMatchObject({ key: '2023' });
    expect(complianceRules['budget-execution'].current('2025-12-31')).toMatchObject({
      key: '2025-q3',
      due: '2025-10-15',
    });
    expect(complianceRules['budget-execution'].current('2025-07-15')).toMatchObject({ key: '2025-q2' });
    expect(complianceRules['budget-execution'].current('2025-01-10')).toMatchObject({ key: '2024-q3' });
    expect(complianceRules['budget-execution'].current('2025-01-15')).toMatchObject({ key: '2024-year' });
    expect(complianceRules.contributions.current('2025-12-31')).toMatchObject({ key: '2024', due: '2025-01-31' });
  });
});

describe('compliance is derived from publication dates', () => {
  const asOf = '2025-12-31';
  it('on time, late or missing', () => {
    expect(complianceCell('budget-estimate', [pub('budget-estimate', '2025', '2025-01-20')], asOf)).toMatchObject({
      status: 'on-time',
      published: '2025-01-20',
    });
    expect(complianceCell('budget-estimate', [pub('budget-estimate', '2025', '2025-03-02')], asOf)).toMatchObject({
      status: 'late',
      daysLate: 30,
    });
    expect(complianceCell('budget-estimate', [pub('budget-estimate', '2024', '2024-01-20')], asOf)).toMatchObject({
      status: 'missing',
      published: null,
    });
  });
  it('changing one date changes the table', () => {
    const publications = [
      pub('budget-execution', '2025-q3', '2025-10-10'),
      pub('anti-corruption', '2025', '2025-12-10'),
    ];
    const before = complianceTable([{ id: 'xa-a', publications }], asOf)[0]!;
    expect(before.cells.find((c) => c.kind === 'budget-execution')!.status).toBe('on-time');
    publications[0] = { ...publications[0]!, published: '2025-11-02' };
    const after = complianceTable([{ id: 'xa-a', publications }], asOf)[0]!;
    expect(after.cells.find((c) => c.kind === 'budget-execution')).toMatchObject({ status: 'late', daysLate: 18 });
    expect(after.late).toBe(before.late + 1);
    publications[0] = { ...publications[0]!, published: '2026-01-05' }; // after the as-of date: not yet published
    expect(
      complianceTable([{ id: 'xa-a', publications }], asOf)[0]!.cells.find((c) => c.kind === 'budget-execution')!
        .status,
    ).toBe('missing');
  });
  it('the same publications judged at another date give another table', () => {
    const publications = [pub('budget-execution', '2025-q3', '2025-10-10')];
    expect(complianceCell('budget-execution', publications, '2025-10-20').status).toBe('on-time');
    expect(complianceCell('budget-execution', publications, '2026-01-20').status).toBe('missing'); // now the year report is due
  });
  it('puts the given commune first', () => {
    const communes = ['xa-a', 'xa-b', 'xa-c'].map((id) => ({ id, publications: [] }));
    expect(complianceTable(communes, asOf, 'xa-b').map((r) => r.commune)).toEqual(['xa-b', 'xa-a', 'xa-c']);
    expect(complianceTable(communes, asOf)[0]!.missing).toBe(10);
  });
});
