// @ts-check
import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { securityHeaders } from './src/integrations/headers.ts';

// Which province this build serves is chosen by PORTAL_CONTENT (see src/instance.ts);
// the output folder by PORTAL_OUT_DIR (default dist/), so two instances can be built side by side.
export default defineConfig({
  output: 'static',
  outDir: process.env.PORTAL_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Two pages with one address stop the build instead of one being dropped with a warning.
  // Loading claims every address first and names both files (src/base/content/addresses.ts);
  // this catches what no content entry claims.
  prerenderConflictBehavior: 'error',
  // Stylesheets as files, never inlined: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No inline scripts or assets: every script is a file, so the Content-Security-Policy can forbid inline code.
  vite: { build: { assetsInlineLimit: 0 } },
  // The search index is built after the pages, by scripts/build.ts (npm run build).
  integrations: [validateContent(), securityHeaders(), sitemap()],
  devToolbar: { enabled: false },
});
