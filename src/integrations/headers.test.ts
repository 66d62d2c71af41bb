import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from './headers.ts';

describe('headersFile', () => {
  const text = headersFile(
    [
      { name: 'van-ban', dir: true },
      { name: 'embed', dir: true },
      { name: 'en', dir: true },
      { name: '404.html', dir: false },
    ],
    [
      { name: 'van-ban', dir: true },
      { name: 'embed', dir: true },
    ],
    ['https://quangtri.gov.vn'],
  );
  it('lets only the configured origins frame embeds', () => {
    expect(text).toContain("/embed/*\n  Content-Security-Policy: default-src 'self'");
    expect(text).toMatch(
      /\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'self' https:\/\/quangtri\.gov\.vn/,
    );
    expect(text).toMatch(
      /\/en\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'self' https:\/\/quangtri\.gov\.vn/,
    );
  });
  it('forbids framing everywhere else, and never sets a policy on /* that would also reach embeds', () => {
    expect(text).toMatch(/\/van-ban\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
    expect(text).toMatch(/\/en\/van-ban\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
    expect(text).toMatch(/^\/\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/m);
    const star = text.split('\n\n').find((b) => b.startsWith('/*\n'))!;
    expect(star).not.toContain('Content-Security-Policy');
    expect(star).toContain('X-Content-Type-Options: nosniff');
  });
  it('allows no inline scripts or styles', () => {
    const csp = contentSecurityPolicy([]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('the search index across origins', () => {
  it('lets any origin fetch /pagefind/ (the national hub merges every portal’s index), with its policy', () => {
    const text = headersFile([{ name: 'van-ban', dir: true }], [], []);
    const block = text.split('\n\n').find((b) => b.startsWith('/pagefind/*\n'))!;
    expect(block).toContain('  Access-Control-Allow-Origin: *');
    expect(block).toMatch(/Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
    // Nowhere else.
    expect(text.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
  });
  it('lets the hub’s pages fetch from the portals’ origins, and a portal’s only from itself', () => {
    const hub = headersFile([{ name: 'tim-kiem', dir: true }], [], [], ['https://quangtri.example.org']);
    expect(hub).toMatch(
      /\/tim-kiem\/\*\n {2}Content-Security-Policy: [^\n]*connect-src 'self' https:\/\/quangtri\.example\.org;/,
    );
    expect(headersFile([{ name: 'tim-kiem', dir: true }], [], [])).toMatch(/connect-src 'self';/);
  });
  it('lets comment forms post to the configured endpoint and nowhere else', () => {
    const text = headersFile(
      [
        { name: 'gop-y', dir: true },
        { name: 'embed', dir: true },
      ],
      [],
      [],
      [],
      ['https://gopy.quangtri.gov.vn'],
    );
    expect(text).toMatch(
      /\/gop-y\/\*\n {2}Content-Security-Policy: [^\n]*form-action 'self' https:\/\/gopy\.quangtri\.gov\.vn;/,
    );
    expect(text).toMatch(/\/embed\/\*\n {2}Content-Security-Policy: [^\n]*form-action 'self';/);
    expect(headersFile([{ name: 'gop-y', dir: true }], [], [])).toMatch(/form-action 'self';/);
  });
});
