/** /du-lieu/danh-muc.json: the DCAT catalogue of every dataset. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../content/instance.ts';
import { dcatCatalog } from '../../data/catalog.ts';
import { allDatasets } from '../../data/registry.ts';

export const GET: APIRoute = () => {
  const portal = getPortal();
  return new Response(`${JSON.stringify(dcatCatalog(portal, allDatasets(portal)), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
