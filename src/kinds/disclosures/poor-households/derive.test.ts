import { describe, expect, it } from 'vitest';
import { poorTotals } from './derive.ts';

describe('derived poor-household figures', () => {
  it('commune totals add the villages', () => {
    const row = (village: string, n: number) => ({
      village,
      poor_households: n,
      poor_persons: 2 * n,
      near_poor_households: 1,
      near_poor_persons: 3,
      exited_poor_households: 0,
      exited_near_poor_households: 1,
      note: null,
    });
    expect(poorTotals([row('Thôn 1', 3), row('Thôn 2', 5)])).toEqual({
      poor_households: 8,
      poor_persons: 16,
      near_poor_households: 2,
      near_poor_persons: 6,
      exited_poor_households: 0,
      exited_near_poor_households: 2,
    });
  });
});
