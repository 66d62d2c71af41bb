/** Era-correct names: the same sub-dimension code meant different things before 2016 and 2018. */
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

/** Sub-dimensions of a dimension measured in a year, with that year's names. */
export function subDimensionsOf(framework: Framework, dimension: PapiDimension, year: number): { code: string; name_vi: string; name_en: string }[] {
  const era = eraOf(framework, year);
  return dimension.sub.flatMap((s) => {
    const label = s.eras[era.id];
    return label ? [{ code: s.code, name_vi: label[0], name_en: label[1] }] : [];
  });
}
