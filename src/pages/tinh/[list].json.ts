/**
 * /tinh/cac-cong.json (national hub only): the provinces' portals whose search indexes the hub's
 * search page merges, read by its script at run time. Written from the portals list of the hub's
 * site.yaml; a province without a portal is listed with a null address.
 */
import type { APIRoute } from 'astro';
import { routes } from '../../base/routes.ts';
import { getPortal, hubPaths } from '../../instance.ts';
import { portalList } from '../../kinds/hub/present.ts';

export const getStaticPaths = () =>
  hubPaths(() => [{ params: { list: routes.hubPortals().replace(/^\/tinh\/|\.json$/g, '') } }]);

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(portalList(getPortal().hub!), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
