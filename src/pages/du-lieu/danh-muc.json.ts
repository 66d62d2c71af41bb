/** /du-lieu/danh-muc.json: the DCAT catalogue of every dataset. */
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../outputs/data/catalog.ts';
import { allDatasets } from '../../outputs/data/registry.ts';

export const GET: APIRoute = ({ locals }) => {
  const { portal } = locals;
  return new Response(`${JSON.stringify(dcatCatalog(portal, allDatasets(portal)), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
