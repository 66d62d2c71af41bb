/** The HTML a portal editor pastes to embed a table or chart, and its oEmbed description. */
import type { Lang } from '../../base/format.ts';
import { localePath, routes } from '../../base/routes.ts';

export function embedPath(lang: Lang, datasetId: string): string {
  return localePath(lang, routes.embed(datasetId));
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(site: string, lang: Lang, datasetId: string, title: string): string {
  const src = new URL(embedPath(lang, datasetId), site).href;
  const host = new URL('/embed/host.js', site).href;
  return [
    `<iframe src="${attr(src)}" data-minhbach-embed title="${attr(title)}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>`,
    `<script src="${attr(host)}" defer></script>`,
  ].join('\n');
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** Without the portal's address (site_url to be filled) there is no embed code to give: a "link" answer. */
export interface OEmbedLink {
  version: '1.0';
  type: 'link';
  title: string;
  provider_name: string;
}

export function oembedFor(
  site: string | null,
  provider: string,
  lang: Lang,
  datasetId: string,
  title: string,
): OEmbed | OEmbedLink {
  if (site === null) return { version: '1.0', type: 'link', title, provider_name: provider };
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: provider,
    provider_url: site,
    html: embedCode(site, lang, datasetId, title),
    width: 640,
    height: 480,
  };
}
