import { describe, expect, it } from 'vitest';
import { contributionBalance } from './derive.ts';

describe('derived contribution figures', () => {
  it('a balance is what was mobilised less what was spent', () => {
    expect(contributionBalance({ mobilised: 420, spent: 398 })).toBe(22);
  });
});
