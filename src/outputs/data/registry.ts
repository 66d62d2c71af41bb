/**
 * Every dataset the portal publishes. A slice that shows a table adds its dataset function
 * here (one line), and the CSV/JSON files and the catalogue follow.
 */
import type { Portal } from '../../portal.ts';
import { disclosureDatasets } from '../../kinds/disclosures/datasets.ts';
import { papiDatasets } from '../../kinds/papi/datasets.ts';
import { planDatasets } from '../../kinds/plans/datasets.ts';
import { unitDatasets } from '../../kinds/units/datasets.ts';
import type { Dataset } from '../../base/dataset.ts';

const sources: ((portal: Portal) => Dataset[])[] = [unitDatasets, papiDatasets, planDatasets, disclosureDatasets];

const cache = new WeakMap<Portal, Dataset[]>();

export function allDatasets(portal: Portal): Dataset[] {
  let datasets = cache.get(portal);
  if (!datasets) {
    datasets = sources.flatMap((source) => source(portal));
    const seen = new Set<string>();
    for (const d of datasets) {
      if (seen.has(d.id)) throw new Error(`Two datasets have the id ${d.id}`);
      seen.add(d.id);
    }
    cache.set(portal, datasets);
  }
  return datasets;
}

/** The datasets another site can embed (/embed/<id>/, oEmbed, the list on /nhung/). */
export function embeddableDatasets(portal: Portal): Dataset[] {
  return allDatasets(portal).filter((d) => d.embed !== false);
}

export function datasetById(portal: Portal, id: string): Dataset {
  const dataset = allDatasets(portal).find((d) => d.id === id);
  if (!dataset) throw new Error(`No dataset ${id}`);
  return dataset;
}
