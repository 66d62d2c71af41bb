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

export function oembedFor(site: string, provider: string, lang: Lang, datasetId: string, title: string): OEmbed {
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
