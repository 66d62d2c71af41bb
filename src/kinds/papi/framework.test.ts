import { describe, expect, it } from 'vitest';
import { loadPortal } from '../../portal.ts';
import { dimensionEras, documentsAddressing, subDimensionsOf } from './framework.ts';

const { papi } = loadPortal({ contentDir: 'content/quang-tri', asOf: '2025-12-31' });
const dimension = (n: number) => papi.framework.dimensions.find((d) => d.number === n)!;

describe("a dimension's eras", () => {
  it('lists every era a dimension was measured in, with the names used then', () => {
    const eras = dimensionEras(papi.framework, dimension(2));
    expect(eras.map((e) => e.era.id)).toEqual(['2011-2015', '2016-2017', '2018-']);
    // SC21 meant the poverty lists until 2017 and access to information from 2018; SC24 is new.
    const sc21 = eras.map((e) => e.subs.find((s) => s.code === 'SC21')!.name_en);
    expect(sc21).toEqual(['Poverty lists', 'Poverty lists', 'Access to information']);
    expect(eras.map((e) => e.subs.map((s) => s.code).includes('SC24'))).toEqual([false, false, true]);
  });
  it('leaves out the eras before a dimension existed', () => {
    expect(dimensionEras(papi.framework, dimension(7)).map((e) => e.era.id)).toEqual(['2018-']);
  });
  it('gives a year the names of its era', () => {
    const [, era2016] = dimensionEras(papi.framework, dimension(2));
    expect(subDimensionsOf(papi.framework, dimension(2), 2017)).toEqual(era2016!.subs);
  });
});

describe('documents that address a dimension', () => {
  it('keeps those that name it, in their order', () => {
    const documents = [
      { id: 'a', papi_dimensions: [1, 5] },
      { id: 'b', papi_dimensions: [] },
      { id: 'c', papi_dimensions: [5] },
    ];
    expect(documentsAddressing(documents, 5).map((d) => d.id)).toEqual(['a', 'c']);
    expect(documentsAddressing(documents, 2)).toEqual([]);
  });
});
