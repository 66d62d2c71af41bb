/** oEmbed (rich) description of each embeddable table or chart: /oembed/vi/<id>.json, /oembed/en/<id>.json. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../../instance.ts';
import { jsonFile } from '../../../outputs/data/files.ts';
import { embeddableDatasets } from '../../../outputs/data/registry.ts';
import { oembedFor } from '../../../outputs/embed/code.ts';

export const getStaticPaths = () =>
  embeddableDatasets(getPortal()).flatMap((dataset) =>
    (['vi', 'en'] as const).map((lang) => ({ params: { lang, id: dataset.id }, props: { dataset } })),
  );

export const GET: APIRoute = ({ params, props, locals }) => {
  const { site } = locals.frame;
  const lang = params.lang === 'en' ? 'en' : 'vi';
  const { dataset } = props as { dataset: ReturnType<typeof embeddableDatasets>[number] };
  const body = oembedFor(
    site.site_url,
    `${site.portal_name[lang]} – ${site.name[lang]}`,
    lang,
    dataset.id,
    dataset.title[lang],
  );
  return new Response(jsonFile(body), {
    headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
  });
};
