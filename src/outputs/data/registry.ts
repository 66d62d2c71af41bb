/**
 * Every dataset the portal publishes: what the content kinds give (src/base/kind.ts), in
 * kind order. The CSV/JSON files, the dataset pages, the catalogue and the embeds follow.
 */
import type { Dataset } from '../../base/dataset.ts';
import type { Contributions } from '../../base/kind.ts';

/** Anything that carries the kinds' contributions (the loaded portal). */
export interface ContributionSource {
  contributions: readonly Contributions[];
}

const cache = new WeakMap<ContributionSource, Dataset[]>();

export function allDatasets(source: ContributionSource): Dataset[] {
  let datasets = cache.get(source);
  if (!datasets) {
    datasets = source.contributions.flatMap((c) => c.datasets?.() ?? []);
    const seen = new Set<string>();
    for (const d of datasets) {
      if (seen.has(d.id)) throw new Error(`Two datasets have the id ${d.id}`);
      seen.add(d.id);
    }
    cache.set(source, datasets);
  }
  return datasets;
}

/** The datasets another site can embed (/embed/<id>/, oEmbed, the list on /nhung/). */
export function embeddableDatasets(source: ContributionSource): Dataset[] {
  return allDatasets(source).filter((d) => d.embed !== false);
}

export function datasetById(source: ContributionSource, id: string): Dataset {
  const dataset = allDatasets(source).find((d) => d.id === id);
  if (!dataset) throw new Error(`No dataset ${id}`);
  return dataset;
}
