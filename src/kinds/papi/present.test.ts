import { describe, expect, it } from 'vitest';
import { bandClass, inReaderLang } from './present.ts';

describe('presentation helpers', () => {
  it("read a field in the reader's language", () => {
    const dimension = { name_vi: 'Quản trị điện tử', name_en: 'E-governance', explain_vi: 'x', explain_en: 'y' };
    expect(inReaderLang(dimension, 'name', 'vi')).toBe('Quản trị điện tử');
    expect(inReaderLang(dimension, 'name', 'en')).toBe('E-governance');
    expect(inReaderLang(dimension, 'explain', 'en')).toBe('y');
  });
  it('colour a group cell by the Vietnamese group name it holds, and nothing else', () => {
    const none = { vi: '', en: '' };
    const column = (key: string) => ({ key, label: none, description: none, type: 'text' as const });
    expect(bandClass(column('nhom'), 'nhóm cao nhất')).toBe('band band--top');
    expect(bandClass(column('nhom_quang_tri'), 'nhóm thấp nhất')).toBe('band band--bottom');
    expect(bandClass(column('tinh'), 'nhóm cao nhất')).toBeUndefined();
    expect(bandClass(column('nhom'), null)).toBeUndefined();
  });
});
