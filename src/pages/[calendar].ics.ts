/**
 * /lich.ics: reporting deadlines, consultation windows and citizen-reception days. A page with
 * a parameter only so that the national hub, which has no calendar, writes none.
 */
import type { APIRoute } from 'astro';
import { routes } from '../base/routes.ts';
import { instancePaths } from '../instance.ts';
import { calendarEvents } from '../outputs/calendar/registry.ts';
import { toIcs } from '../outputs/calendar/ics.ts';

export const getStaticPaths = () =>
  instancePaths(() => [{ params: { calendar: routes.calendar().replace(/^\/|\.ics$/g, '') } }]);

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
