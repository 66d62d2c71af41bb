/**
 * Writes `_headers` for static hosts that read it (Netlify, Cloudflare Pages): a strict
 * Content-Security-Policy and the other headers a public site should send. Embeds may be
 * framed by the configured provincial-portal origins; every other page by no one.
 *
 * Hosts join the headers of every matching rule, so the policy is not set on "/*" (it would
 * then also apply to embeds): it is set per top-level folder, embeds apart.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getPortal } from '../instance.ts';

/**
 * Pagefind runs WebAssembly; nothing else needs more than 'self', except the national hub's
 * search, which fetches the provinces' portals' indexes (`connect`: their origins), and the
 * comment forms of open consultations, which post to the province's configured endpoint
 * (`forms`: its origin, site.yaml feedback.endpoint).
 */
export function contentSecurityPolicy(frameAncestors: string[], connect: string[] = [], forms: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...forms].join(' '),
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

const COMMON = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security: max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy: same-origin',
];

/**
 * The search index may be fetched from any origin: the national hub's search merges every
 * province's index into its own (Pagefind's multisite search), in the reader's browser.
 */
export const INDEX_CORS = 'Access-Control-Allow-Origin: *';

/**
 * The `_headers` text for a built site whose top-level entries are `entries` (and `enEntries`
 * under /en/); `connectOrigins`: the portals the national hub's search fetches indexes from;
 * `formOrigins`: where comment forms post.
 */
export function headersFile(
  entries: { name: string; dir: boolean }[],
  enEntries: { name: string; dir: boolean }[],
  embedOrigins: string[],
  connectOrigins: string[] = [],
  formOrigins: string[] = [],
): string {
  const page = contentSecurityPolicy([], connectOrigins, formOrigins);
  // Embeds carry no form.
  const embed = contentSecurityPolicy(["'self'", ...embedOrigins], connectOrigins);
  const blocks: string[] = [['/*', ...COMMON.map((h) => `  ${h}`)].join('\n')];
  const rule = (path: string, csp: string, ...more: string[]) =>
    blocks.push([`${path}`, `  Content-Security-Policy: ${csp}`, ...more.map((h) => `  ${h}`)].join('\n'));
  rule('/', page);
  // Written by the search stage after this file: always there in a finished build.
  rule('/pagefind/*', page, INDEX_CORS);
  for (const e of entries) {
    if (e.name === 'embed') rule('/embed/*', embed);
    else if (e.name === 'en' || e.name === 'pagefind') continue;
    else if (e.dir) rule(`/${e.name}/*`, page);
    else if (e.name.endsWith('.html')) rule(`/${e.name}`, page);
  }
  if (enEntries.length) rule('/en/', page);
  for (const e of enEntries) {
    if (e.name === 'embed') rule('/en/embed/*', embed);
    else if (e.dir) rule(`/en/${e.name}/*`, page);
  }
  return `${blocks.join('\n\n')}\n`;
}

function entriesOf(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => ({ name, dir: statSync(join(dir, name)).isDirectory() }));
  } catch {
    return [];
  }
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'portal:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const portal = getPortal();
        const text = headersFile(
          entriesOf(out),
          entriesOf(join(out, 'en')),
          portal.site.embed_origins.map((o) => new URL(o).origin),
          (portal.hub?.provinces ?? []).flatMap((p) => (p.portal ? [new URL(p.portal).origin] : [])),
          portal.site.feedback.endpoint ? [new URL(portal.site.feedback.endpoint).origin] : [],
        );
        writeFileSync(join(out, '_headers'), text);
      },
    },
  };
}
