/** One feed per unit: everything new that concerns it. */
import { routes } from '../../../base/routes.ts';
import type { APIRoute } from 'astro';
import { getPortal, instancePaths } from '../../../instance.ts';
import { entriesForUnit, feedPaths } from '../../../outputs/feeds/registry.ts';
import { atomResponse } from '../../../outputs/feeds/response.ts';

/** Only a province's portal writes these pages (src/base/routes.ts, audienceOf). */
export const getStaticPaths = () =>
  instancePaths(() => getPortal().units.all.map((unit) => ({ params: { unit: unit.id } })));

export const GET: APIRoute = ({ params, locals }) => {
  const { portal } = locals;
  const id = params.unit!;
  return atomResponse(portal, {
    path: feedPaths.unit(id),
    page: routes.unit(id),
    title: portal.units.label(id),
    subtitle: `Nội dung mới liên quan đến ${portal.units.label(id)}.`,
    entries: entriesForUnit(portal, id),
  });
};
