/**
 * Loads and validates the instance's content when Astro sets up, before it bundles or
 * writes anything: a content error stops the build with a message an official can act on,
 * and the previous output is left as it was.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from '../base/content/errors.ts';
import { getPortal, instanceOptions } from '../instance.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'portal:validate-content',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, command }) => {
        const options = instanceOptions();
        try {
          const portal = getPortal();
          logger.info(
            `${options.contentDir}: ${portal.units.all.length} units, ${portal.documents.length} documents; as of ${portal.asOf}`,
          );
          if (command === 'build') updateConfig({ site: portal.site.site_url ?? undefined });
        } catch (error) {
          if (error instanceof ContentError) {
            // The bilingual report is the whole message: a stack trace would only hide it
            // from the official reading it, so print it and stop here.
            console.error(`\n${error.message}\n`);
            process.exit(1);
          }
          throw error;
        }
      },
    },
  };
}
