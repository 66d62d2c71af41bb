import { describe, expect, it } from 'vitest';
import { receptionInForce } from './derive.ts';
import type { Reception } from './schema.ts';

const schedule = (valid_from: string, valid_to: string | null): Reception => ({
  valid_from,
  valid_to,
  published: valid_from,
  schedule: [],
});

describe('reception schedules in force', () => {
  it('count from their first day to their last, both included', () => {
    const old = schedule('2024-01-01', '2025-06-30');
    const current = schedule('2025-07-01', null);
    expect(receptionInForce([old, current], '2025-06-30')).toEqual([old]);
    expect(receptionInForce([old, current], '2025-07-01')).toEqual([current]);
    expect(receptionInForce([old, current], '2023-12-31')).toEqual([]);
  });
});
