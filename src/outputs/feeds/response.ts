/** The HTTP response of a feed file, with the site's names filled in. */
import type { Frame } from '../../base/frame.ts';
import { siteAddress } from '../../base/site/address.ts';
import { toAtom } from './atom.ts';
import type { FeedEntry } from '../../base/feed-entry.ts';
import { contentDates } from '../changes/registry.ts';
import type { ContributionSource } from '../data/registry.ts';

export function atomResponse(
  portal: Pick<Frame, 'site' | 'asOf'> & ContributionSource,
  options: { path: string; page: string; title: string; subtitle: string; entries: FeedEntry[] },
): Response {
  const { site } = portal;
  const body = toAtom({
    self: siteAddress(site, options.path),
    alternate: siteAddress(site, options.page),
    title: `${options.title} – ${site.portal_name.vi} – ${site.name.vi}`,
    subtitle: options.subtitle,
    author: site.contact.agency?.vi ?? site.portal_name.vi,
    site: site.site_url,
    instance: site.id,
    // An empty feed is as old as the content it follows (the as-of date only if there is none).
    fallbackUpdated: contentDates(portal).site ?? portal.asOf,
    entries: options.entries,
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
