import { describe, expect, it } from 'vitest';
import { csvFigure, parseCsvText, tableChanges, writeCsvText, writeYamlText, yamlChanges } from './files.ts';
import { fromPlain } from './decimal.ts';

describe('writing content files', () => {
  it('changes only the text of a changed value: comments, quotes and layout stay', () => {
    const before = '# a comment\ntasks:\n- id: a\n  text: "Giữ nguyên"\n  dimensions: [1, 2]\n  deadline: 2021-05-15\n';
    const after = writeYamlText(before, {
      tasks: [{ id: 'a', text: 'Đã sửa: mới', dimensions: [1, 2], deadline: '2021-06-15' }],
    });
    expect(after).toBe(
      '# a comment\ntasks:\n- id: a\n  text: "Đã sửa: mới"\n  dimensions: [1, 2]\n  deadline: 2021-06-15\n',
    );
  });

  it('keeps anchors and comments when an entry is added', () => {
    const before = '# header\nlist:\n  - x: &a1\n      k: 1\n  - x: *a1\nother: 1\n';
    const after = writeYamlText(before, { list: [{ x: { k: 1 } }, { x: { k: 1 } }, { x: { k: 2 } }], other: 1 });
    expect(after.startsWith('# header\n')).toBe(true);
    expect(after).toContain('*a1');
    expect(after).toContain('k: 2');
  });

  it('says what changed, old → new', () => {
    expect(yamlChanges({ a: { b: 1 }, c: 'x' }, { a: { b: 2 }, c: 'x' })).toEqual(['a.b: 1 → 2']);
  });

  it('keeps the text of unchanged CSV rows and quotes only where needed', () => {
    const previous = parseCsvText('road,segment\nA,"Từ X đến Y"\nB,\n');
    expect(
      writeCsvText(
        ['road', 'segment'],
        [
          ['A', 'Từ X đến Y'],
          ['C', 'a, b'],
        ],
        previous,
      ),
    ).toBe('road,segment\nA,"Từ X đến Y"\nC,"a, b"\n');
    expect(
      tableChanges(
        ['road', 'p'],
        ['road'],
        [
          ['A', '1'],
          ['B', '2'],
        ],
        [
          ['A', '3'],
          ['C', ''],
        ],
      ),
    ).toEqual(['~ A, p: 1 → 3', '+ C', '- B']);
  });

  it('writes a decimal with a comma, never a lone dot before three digits', () => {
    expect(csvFigure(fromPlain('7.453')!)).toBe('7,453');
    expect(csvFigure(fromPlain('45676')!)).toBe('45676');
    expect(csvFigure(null)).toBe('');
  });
});
