import { describe, expect, it } from 'vitest';
import { IssueList } from './errors.ts';

describe('IssueList', () => {
  const issue = {
    file: 'disclosures/xa-c/cong-khai.yaml',
    line: 61,
    field: 'reception.0.schedule.0.office_phone',
    found: '"3000 101"',
    expected: { vi: 'số máy bàn của cơ quan', en: 'an office landline' },
  };
  it('reports one problem once, though two checks find it at the same place', () => {
    const list = new IssueList();
    list.add(issue);
    // The content scan shows what it found in its own way; it is still the same problem.
    list.add({ ...issue, found: '3000 101' });
    expect(list.issues).toHaveLength(1);
  });
  it('keeps the same problem at another place, and another problem at the same place', () => {
    const list = new IssueList();
    list.add(issue);
    list.add({ ...issue, line: 66, field: 'reception.0.schedule.1.office_phone' });
    list.add({ ...issue, expected: { vi: 'một đoạn chữ', en: 'text' } });
    expect(list.issues).toHaveLength(3);
  });
});
