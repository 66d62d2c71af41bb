/** /du-lieu/<id>.csv and /du-lieu/<id>.json for every dataset. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../instance.ts';
import { allDatasets } from '../../outputs/data/registry.ts';
import { toCsv, toJson } from '../../outputs/data/files.ts';

export const getStaticPaths = (() =>
  allDatasets(getPortal()).flatMap((dataset) => [
    { params: { file: `${dataset.id}.csv` }, props: { dataset, format: 'csv' as const } },
    { params: { file: `${dataset.id}.json` }, props: { dataset, format: 'json' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const { dataset, format } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const { site } = locals.frame;
  if (format === 'csv') return new Response(toCsv(dataset), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  return new Response(toJson(dataset, { url: site.site_url, licence: site.data_licence }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
