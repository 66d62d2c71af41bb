import { describe, expect, it } from 'vitest';
import { copyFixture } from '../../../test/helpers/fixture.ts';
import { loadPortal } from '../../portal.ts';
import { consultationEvents, disclosureFeedEntries } from './feed.ts';

describe('disclosures in feeds and the calendar', () => {
  const portal = loadPortal({ contentDir: copyFixture(), asOf: '2025-12-31' });
  it('file budgets, land and consultations under their topics, marked as sample', () => {
    const entries = disclosureFeedEntries(portal);
    const budget = entries.find((e) => e.path === '/cong-khai/xa-c/ngan-sach/2025/')!;
    expect(budget).toMatchObject({
      topics: ['ngan-sach'],
      published: '2025-01-15',
      updated: '2025-10-10',
      units: ['xa-c'],
    });
    expect(budget.title).toBe('[Dữ liệu minh họa] Ngân sách năm 2025 – Xã C');
    expect(entries.some((e) => e.topics.includes('dat-dai') && e.path.includes('/thu-hoi-dat/'))).toBe(true);
    // The unanswered question is not an entry; the two answered ones are.
    expect(entries.filter((e) => e.title.startsWith('[Dữ liệu minh họa] Trả lời:'))).toHaveLength(2);
  });
  it('leave out what is published after the as-of date', () => {
    const early = loadPortal({ contentDir: copyFixture(), asOf: '2025-08-10' });
    const answered = disclosureFeedEntries(early).filter((e) => e.title.includes('Trả lời:'));
    expect(answered).toHaveLength(0);
    expect(disclosureFeedEntries(early).find((e) => e.path.endsWith('/ngan-sach/2025/'))!.updated).toBe('2025-07-10');
  });
  it('put consultation windows in the calendar', () => {
    const [event] = consultationEvents(portal);
    expect(event).toMatchObject({
      start: '2025-12-10',
      end: '2026-01-09',
      uid: 'gop-y/xa-c/du-thao-ke-hoach-su-dung-dat-2026',
    });
  });
});
