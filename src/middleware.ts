/**
 * What every page starts with, in one place: the instance's content (loaded and validated
 * once per build) and the page's language from its address. Pages read `Astro.locals`.
 */
import { defineMiddleware } from 'astro:middleware';
import { langFromParam } from './base/routes.ts';
import { getPortal } from './instance.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.portal = getPortal();
  context.locals.lang = langFromParam(context.params.lang);
  return next();
});
