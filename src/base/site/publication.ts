/**
 * A build is either for publication or a demonstration (site.yaml `demonstration`). A published
 * portal must state where it is served: the address goes into canonical links, the sitemap,
 * every embed code and the QR code printed on paper posted in village halls, so a stand-in
 * domain there would send residents nowhere, or somewhere nobody controls. A demonstration
 * states no address (null) and says on every page and sheet that it is a demonstration.
 */
import type { FieldProblem } from '../rules.ts';
import type { SiteConfig } from './schema.ts';

/** Top-level and second-level names reserved for examples, tests and local use (RFC 2606, RFC 6761). */
const RESERVED_SUFFIXES = ['test', 'invalid', 'localhost', 'local', 'example', 'internal', 'home.arpa'];

/**
 * Whether `address` is not an address a portal can be published at: not a web address at all,
 * not https, an example domain (example.org/.com/.net, example.vn, any name with an "example"
 * label), a reserved name (*.test, *.invalid, *.localhost, localhost, *.local), a bare host
 * name without a dot, or an IP literal.
 */
export function isPlaceholderAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return true;
  }
  if (url.protocol !== 'https:') return true;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || !host.includes('.')) return true;
  // IPv6 literals keep their brackets in URL.hostname; IPv4 ones are four numbers.
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return true;
  const labels = host.split('.');
  if (labels.includes('example')) return true;
  return RESERVED_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/**
 * What site.yaml must say about the address for the kind of build it asks for: a publication
 * build needs a real https address; a demonstration leaves it null (a stand-in one would show
 * on pages, feeds and sheets). Problems name the `site_url` field.
 */
export function publicationRules(site: Pick<SiteConfig, 'site_url' | 'demonstration'>): FieldProblem[] {
  const url = site.site_url;
  const found = url === null ? '(null)' : JSON.stringify(url);
  if (site.demonstration) {
    if (url !== null && isPlaceholderAddress(url))
      return [
        {
          path: ['site_url'],
          found,
          expected: {
            vi: 'null trong bản trình diễn (demonstration: true): một địa chỉ ví dụ sẽ hiện trên trang, nguồn tin và tờ niêm yết như thể có thật',
            en: 'null in a demonstration (demonstration: true): an example address would show on pages, feeds and notice sheets as if it were real',
          },
        },
      ];
    return [];
  }
  if (url === null || isPlaceholderAddress(url))
    return [
      {
        path: ['site_url'],
        found,
        expected: {
          vi: `địa chỉ thật mà cổng được công bố, bắt đầu bằng https:// (tên miền do tỉnh cung cấp), vì bản dựng để công bố in địa chỉ này vào liên kết, sơ đồ trang, mã nhúng và mã QR trên tờ niêm yết; ${url === null ? 'chưa điền' : 'đây là địa chỉ ví dụ, địa chỉ nội bộ hoặc không dùng https'}. Nếu đây chỉ là bản trình diễn, ghi demonstration: true và để site_url: null`,
          en: `the real address the portal is published at, starting with https:// (the domain the province provides), because a build for publication writes it into links, the sitemap, embed codes and the QR codes on notice sheets; ${url === null ? 'it is not filled in' : 'this is an example, local or non-https address'}. If this is only a demonstration, set demonstration: true and site_url: null`,
        },
      },
    ];
  return [];
}

/**
 * The national hub's rules: its own address as a portal's, and in a publication build every
 * province's portal it links to at a real address (a demonstration hub may list stand-ins, as
 * the browser tests' hub does before its portals are served).
 */
export function hubPublicationRules(
  site: Pick<SiteConfig, 'site_url' | 'demonstration'> & { portals: Record<string, string | null> },
): FieldProblem[] {
  const problems = publicationRules(site);
  if (site.demonstration) return problems;
  for (const [key, url] of Object.entries(site.portals))
    if (url !== null && isPlaceholderAddress(url))
      problems.push({
        path: ['portals', key],
        found: JSON.stringify(url),
        expected: {
          vi: 'địa chỉ thật của cổng tỉnh (https://…), hoặc null khi tỉnh chưa có cổng; đây là địa chỉ ví dụ hoặc nội bộ',
          en: "the province portal's real address (https://…), or null while it has none; this is an example or local address",
        },
      });
  return problems;
}
