import { describe, expect, it } from 'vitest';
import type { Unit } from '../units/schema.ts';
import type { PortalDocument } from './schema.ts';
import { documentTitle } from './title.ts';

const issuer = { id: 'ubnd', name_vi: 'UBND tỉnh Quảng Trị' } as Unit;
const doc = (title_vi: string | null, number: string | null) =>
  ({ id: 'a', kind: 'cong-van', title_vi, number }) as PortalDocument;

describe('documentTitle', () => {
  it("is the document's own title where it has one, in either language", () => {
    expect(documentTitle(doc('Kế hoạch cải thiện PAPI', '1/KH'), issuer, 'en')).toBe('Kế hoạch cải thiện PAPI');
  });

  it('is made of kind, number and issuer when the document has no title', () => {
    const untitled = doc(null, '12/UBND-TH');
    expect(documentTitle(untitled, issuer, 'vi')).toBe('Công văn 12/UBND-TH của UBND tỉnh Quảng Trị');
    expect(documentTitle(untitled, issuer, 'en')).toBe('Official dispatch 12/UBND-TH of UBND tỉnh Quảng Trị');
  });

  it('leaves out a number the copy does not show', () => {
    expect(documentTitle(doc(null, null), issuer, 'vi')).toBe('Công văn của UBND tỉnh Quảng Trị');
  });
});
