/** /du-lieu/danh-muc.json: the DCAT catalogue of every dataset. */
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../outputs/data/catalog.ts';
import { jsonFile } from '../../outputs/data/files.ts';
import { allDatasets } from '../../outputs/data/registry.ts';

export const GET: APIRoute = ({ locals }) => {
  const { portal } = locals;
  return new Response(jsonFile(dcatCatalog(portal, allDatasets(portal))), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
