/**
 * What every page starts with, in one place: the instance's content (loaded and validated
 * once per build) and the page's language from its address. Pages read `Astro.locals`.
 */
import { defineMiddleware } from 'astro:middleware';
import { langFromParam } from './base/routes.ts';
import { getPortal } from './instance.ts';
import { contentDates } from './outputs/changes/registry.ts';

export const onRequest = defineMiddleware((context, next) => {
  const portal = getPortal();
  context.locals.portal = portal;
  context.locals.frame = {
    site: portal.site,
    asOf: portal.asOf,
    asOfSource: portal.asOfSource,
    dates: contentDates(portal),
    hub: portal.hub !== null,
  };
  context.locals.lang = langFromParam(context.params.lang);
  return next();
});
