/** Figures derived from a commune's voluntary contributions. */
import type { Contribution } from './schema.ts';

/** What is left of a contribution: mobilised minus spent. */
export function contributionBalance(c: Pick<Contribution, 'mobilised' | 'spent'>): number {
  return c.mobilised - c.spent;
}
