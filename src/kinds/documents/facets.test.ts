import { describe, expect, it } from 'vitest';
import { documentFacets } from './facets.ts';
import type { PortalDocument } from './schema.ts';

const units = { label: (id: string) => `Đơn vị ${id}` };
const doc = (date: string | null, papi_dimensions: number[]) =>
  ({ id: 'a', issuer: 'ubnd', concerns: ['so-noi-vu', 'xa-1'], date, papi_dimensions }) as unknown as PortalDocument;

describe('documentFacets', () => {
  it('files a document under its issuer first, then the units it concerns, by their labels', () => {
    expect(documentFacets(doc('2024-05-06', []), units, 'vi').units).toEqual([
      'Đơn vị ubnd',
      'Đơn vị so-noi-vu',
      'Đơn vị xa-1',
    ]);
  });

  it('files it under its year of issue, and under no year when the copy shows no date', () => {
    expect(documentFacets(doc('2024-05-06', []), units, 'vi')).toMatchObject({ years: ['2024'], date: '2024-05-06' });
    expect(documentFacets(doc(null, []), units, 'vi')).toMatchObject({ years: [], date: null });
  });

  it("names the PAPI dimensions it addresses in the reader's language, in its order", () => {
    const { dimensions } = documentFacets(doc(null, [6, 1]), units, 'en');
    expect(dimensions).toEqual(['Public service delivery', 'Participation at local levels']);
  });
});
