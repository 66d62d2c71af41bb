import { describe, expect, it } from 'vitest';
import { documentsOfUnit, implementedTitles } from './relations.ts';
import type { PortalDocument } from './schema.ts';

const doc = (id: string, issuer: string, concerns: string[], recipients: string[] = []) =>
  ({
    id,
    issuer,
    concerns,
    addressees: [],
    recipients: [{ text: 'x', units: recipients }],
  }) as unknown as PortalDocument;

describe('documentsOfUnit', () => {
  const docs = [doc('a', 'ubnd', ['xa-1']), doc('b', 'so', ['ubnd', 'xa-1'], ['xa-1']), doc('c', 'xa-1', ['xa-1'])];

  it('separates what a unit issued from what names it, each document once, in list order', () => {
    expect(documentsOfUnit(docs, 'xa-1').issued.map((d) => d.id)).toEqual(['c']);
    expect(documentsOfUnit(docs, 'xa-1').named.map((d) => d.id)).toEqual(['a', 'b']);
    expect(documentsOfUnit(docs, 'ubnd')).toEqual({ issued: [docs[0]], named: [docs[1]] });
  });

  it('a unit nothing names has no documents', () => {
    expect(documentsOfUnit(docs, 'xa-2')).toEqual({ issued: [], named: [] });
  });

  it('a new list of documents gets its own index', () => {
    expect(documentsOfUnit([doc('d', 'xa-2', [])], 'xa-2').issued.map((d) => d.id)).toEqual(['d']);
  });
});

describe('implementedTitles', () => {
  const published = (id: string, title_vi: string | null) => ({ id, title_vi }) as PortalDocument;
  const implementing = (...ids: (string | null)[]) =>
    ({ id: 'x', implements: ids.map((id, i) => ({ number: `${i}/KH`, document: id })) }) as unknown as PortalDocument;
  const documents = [published('kh-1', 'Kế hoạch cải thiện PAPI'), published('cv-2', null)];

  it('gives each published document its title, or its id when it has none', () => {
    const titles = implementedTitles(implementing('kh-1', 'cv-2'), documents);
    expect([...titles]).toEqual([
      ['kh-1', 'Kế hoạch cải thiện PAPI'],
      ['cv-2', 'cv-2'],
    ]);
  });

  it('leaves out what the portal does not publish', () => {
    expect([...implementedTitles(implementing(null, 'kh-1'), documents).keys()]).toEqual(['kh-1']);
    expect(implementedTitles(implementing(), documents).size).toBe(0);
  });
});
