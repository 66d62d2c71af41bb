import { describe, expect, it } from 'vitest';
import { bodyMarkdown, markerOf } from './from-word-body.ts';

const md = (...texts: string[]) => bodyMarkdown(texts.map((text) => ({ type: 'paragraph' as const, text })));

describe('bodyMarkdown', () => {
  it('keeps the numbering: parts and numbered headings as headings, numbered paragraphs as text', () => {
    expect(
      md(
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Quản trị điện tử',
        '2.1. Cải cách thể chế',
        '2. Giám đốc các sở chịu trách nhiệm thực hiện các nội dung sau:',
        'a) Nâng cấp cổng thông tin.',
        '- Công khai ngân sách;',
        '+ Dự toán;',
        '+ Quyết toán.',
        'Trên đây là Kế hoạch./.',
      ),
    ).toBe(
      [
        '## II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '### 1. Quản trị điện tử',
        '#### 2.1. Cải cách thể chế',
        '2\\. Giám đốc các sở chịu trách nhiệm thực hiện các nội dung sau:',
        'a) Nâng cấp cổng thông tin.',
        '- Công khai ngân sách;',
        '  + Dự toán;',
        '  + Quyết toán.',
        'Trên đây là Kế hoạch./.',
      ].join('\n\n'),
    );
  });

  it("shows Markdown's own marks as written, and writes tables", () => {
    expect(md('Chỉ số (*) và mục [1] _ghi chú_', '# không phải tiêu đề', '+ một ý')).toBe(
      ['Chỉ số (\\*) và mục \\[1\\] \\_ghi chú\\_', '\\# không phải tiêu đề', '+ một ý'].join('\n\n'),
    );
    expect(
      bodyMarkdown([
        {
          type: 'table',
          rows: [
            ['STT', 'Nhiệm vụ', 'Chủ trì'],
            ['1', 'Thu | chi', 'Sở Tài chính'],
          ],
        },
      ]),
    ).toBe('| STT | Nhiệm vụ | Chủ trì |\n| --- | --- | --- |\n| 1 | Thu \\| chi | Sở Tài chính |');
  });

  it('does not take a figure or a year for a number mark', () => {
    expect(markerOf('1.500 hộ nghèo được rà soát.')).toBeNull();
    expect(markerOf('2021 là năm đầu.')).toBeNull();
    expect(markerOf('1682/QĐ-UBND ngày 05/7/2019')).toBeNull();
    expect(markerOf('1.Mục đích')).toEqual({ kind: 'numbered', mark: '1', rest: 'Mục đích' });
    expect(markerOf('đ) Việc thứ năm')).toEqual({ kind: 'lettered', mark: 'đ', rest: 'Việc thứ năm' });
  });
});
