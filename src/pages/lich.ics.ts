/** /lich.ics: reporting deadlines, consultation windows and citizen-reception days. */
import type { APIRoute } from 'astro';
import { calendarEvents } from '../outputs/calendar/registry.ts';
import { toIcs } from '../outputs/calendar/ics.ts';

export const GET: APIRoute = ({ locals }) => {
  const { portal } = locals;
  const { site } = portal;
  const body = toIcs(calendarEvents(portal), {
    // Uids are made unique by the portal's host, or by the instance's id while its address is to be filled.
    host: site.site_url ? new URL(site.site_url).host : site.id,
    site: site.site_url,
    name: `${site.portal_name.vi} – ${site.name.vi}`,
    stamp: portal.asOf,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
