/**
 * The questionnaire's dimensions by year, with era-correct names (the same sub-dimension code
 * meant different things before 2016 and 2018), and the documents that address a dimension.
 */
import type { Era, Framework, PapiDimension } from './schema.ts';

export function eraOf(framework: Framework, year: number): Era {
  const era = framework.eras.find((e) => year >= e.from && (e.to === null || year <= e.to));
  if (!era) throw new Error(`No PAPI era contains ${year}`);
  return era;
}

/** Dimensions measured in a year (1–6 until 2017, 1–8 from 2018). */
export function dimensionsOf(framework: Framework, year: number): PapiDimension[] {
  const era = eraOf(framework, year);
  return framework.dimensions.filter((d) => d.number <= era.dimensions);
}

export interface SubDimension {
  code: string;
  name_vi: string;
  name_en: string;
}

/** Sub-dimensions of a dimension measured in an era, with that era's names. */
function subDimensionsIn(era: Era, dimension: PapiDimension): SubDimension[] {
  return dimension.sub.flatMap((s) => {
    const label = s.eras[era.id];
    return label ? [{ code: s.code, name_vi: label[0], name_en: label[1] }] : [];
  });
}

/** Sub-dimensions of a dimension measured in a year, with that year's names. */
export function subDimensionsOf(framework: Framework, dimension: PapiDimension, year: number): SubDimension[] {
  return subDimensionsIn(eraOf(framework, year), dimension);
}

/** The eras in which a dimension was measured, each with its sub-dimensions' names then. */
export function dimensionEras(framework: Framework, dimension: PapiDimension): { era: Era; subs: SubDimension[] }[] {
  return framework.eras.flatMap((era) => {
    const subs = subDimensionsIn(era, dimension);
    return subs.length > 0 ? [{ era, subs }] : [];
  });
}

/** The documents that say they address a dimension (their papi_dimensions), in their order. */
export function documentsAddressing<D extends { papi_dimensions: readonly number[] }>(
  documents: readonly D[],
  dimension: number,
): D[] {
  return documents.filter((d) => d.papi_dimensions.includes(dimension));
}
