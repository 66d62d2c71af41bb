/**
 * The catalogue of every dataset in DCAT style (W3C Data Catalog Vocabulary, as JSON-LD),
 * so that data portals and harvesters can list what this portal publishes.
 */
import { routes } from '../../base/routes.ts';
import type { Frame } from '../../base/frame.ts';
import { datasetPaths, type Dataset } from '../../base/dataset.ts';
import { siteAddress } from '../../base/site/address.ts';

export function dcatCatalog(portal: Pick<Frame, 'site' | 'asOf'>, datasets: Dataset[]) {
  const { site } = portal;
  // Relative to the catalogue while the portal's address is to be filled (JSON-LD resolves them against it).
  const abs = (path: string) => siteAddress(site, path);
  // A licence the portal has not stated is left out, not guessed.
  const licensed = (licence: Dataset['licence'] | null) => (licence ? { 'dct:license': licence.url } : {});
  const publisher = { '@type': 'foaf:Organization', 'foaf:name': site.contact.agency?.vi ?? site.portal_name.vi };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    },
    '@id': abs(routes.dataCatalogue()),
    '@type': 'dcat:Catalog',
    'dct:title': [
      { '@language': 'vi', '@value': `Dữ liệu mở – ${site.portal_name.vi} – ${site.name.vi}` },
      { '@language': 'en', '@value': `Open data – ${site.portal_name.en} – ${site.name.en}` },
    ],
    'dct:publisher': publisher,
    ...licensed(site.data_licence),
    'dct:modified': portal.asOf,
    'foaf:homepage': abs(routes.data()),
    'dcat:dataset': datasets.map((d) => {
      const licence = d.licence ?? site.data_licence;
      const paths = datasetPaths(d.id);
      return {
        '@id': abs(routes.dataset(d.id)),
        '@type': 'dcat:Dataset',
        'dct:identifier': d.id,
        'dct:title': [
          { '@language': 'vi', '@value': d.title.vi },
          { '@language': 'en', '@value': d.title.en },
        ],
        'dct:description': [
          { '@language': 'vi', '@value': d.sample ? `[Dữ liệu minh họa] ${d.description.vi}` : d.description.vi },
          { '@language': 'en', '@value': d.sample ? `[Sample data] ${d.description.en}` : d.description.en },
        ],
        'dct:source': d.source.vi,
        ...licensed(licence),
        'dct:publisher': publisher,
        'dct:modified': d.updated,
        'dcat:landingPage': abs(d.page),
        'dcat:keyword': d.sample ? ['dữ liệu minh họa', 'sample data'] : [],
        'dcat:distribution': [
          {
            '@type': 'dcat:Distribution',
            'dcat:downloadURL': abs(paths.csv),
            'dcat:mediaType': 'text/csv',
            ...licensed(licence),
          },
          {
            '@type': 'dcat:Distribution',
            'dcat:downloadURL': abs(paths.json),
            'dcat:mediaType': 'application/json',
            ...licensed(licence),
          },
        ],
      };
    }),
  };
}
