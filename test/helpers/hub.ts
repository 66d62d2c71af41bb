/**
 * The national hub the browser tests build: content/hub with its list of portals set to the
 * provinces the global setup builds (Quảng Trị, Bắc Ninh, the generated Lào Cai) and one whose
 * index cannot be fetched (Hà Nội). The portals' addresses are known only once they are served,
 * so the hub is built beside them (not after), and the list its search page reads at run time
 * (/tinh/cac-cong.json) is rewritten in the built folder with the served addresses.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/build-site.ts';

/** The provinces of the test hub, by 2025 slug: the three served portals and one that answers 404. */
export const HUB_PROVINCES = {
  'quang-tri': 'Tỉnh Quảng Trị',
  'bac-ninh': 'Tỉnh Bắc Ninh',
  'lao-cai': 'Tỉnh Lào Cai',
  'ha-noi': 'Thành phố Hà Nội',
} as const;
export type HubProvince = keyof typeof HUB_PROVINCES;
/** The province whose portal's index is missing (its address answers 404). */
export const MISSING: HubProvince = 'ha-noi';

/** Writes the test hub's content into `dir`: content/hub with the four provinces listed (placeholder addresses until served). */
export function writeTestHub(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content/hub'), dir, { recursive: true });
  const file = join(dir, 'site.yaml');
  const text = readFileSync(file, 'utf8');
  const list = Object.keys(HUB_PROVINCES)
    .map((slug) => `  ${slug}: https://${slug.replace(/-/g, '')}.minhbach.example.org`)
    .join('\n');
  writeFileSync(file, `${text.slice(0, text.indexOf('\nportals:'))}\nportals:\n${list}\n`);
}
