/**
 * Imports the 2025 commune boundaries of the instances' provinces into content/national/boundaries/:
 *   npm run import-boundaries -- /path/to/boundaries_2025 [province code…]
 * Without codes, the provinces of the instances (the current province row of each
 * content/<instance>/units/admin-2025.csv). Writes one GeoJSON FeatureCollection per province,
 * communes-<code>.geojson, with each commune's `code` and `name`, and copies the source's licence.
 *
 * The source TopoJSON shares each border between the two communes it separates (an arc). The
 * arcs are simplified once (Douglas–Peucker, endpoints kept) and rounded before the features are
 * built from them, so neighbouring communes still meet exactly on the map. The build never reads
 * the source folder; it reads the committed files this writes. Same input, same bytes.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { simplifyLine } from '../../src/kinds/units/map.ts';

/** ~150 m: below what a phone-width map of a province can show (one pixel is ~500 m). */
const TOLERANCE_DEG = 0.0015;
/** Decimals kept (1e-3° ≈ 110 m). */
const DECIMALS = 3;
const LICENCE = 'LICENSE_MIT_vietnamese-provinces-database.txt';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const [source, ...codesArg] = process.argv.slice(2);
if (!source) {
  console.error('Usage: npm run import-boundaries -- /path/to/boundaries_2025 [province code…]');
  process.exit(1);
}

function instanceProvinces(): string[] {
  const codes: string[] = [];
  for (const name of readdirSync(join(root, 'content')).sort()) {
    let text: string;
    try {
      text = readFileSync(join(root, 'content', name, 'units/admin-2025.csv'), 'utf8');
    } catch {
      continue;
    }
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const province = rows.find((r) => r.kind === 'province' && !r.valid_to && !r.parent);
    if (province?.code) codes.push(province.code);
  }
  return codes;
}

const codes = codesArg.length ? codesArg : instanceProvinces();
type Props = { code: string; name: string; province: string };
const topology = JSON.parse(readFileSync(join(source, 'communes_2025.topojson'), 'utf8')) as Topology<{
  communes: GeometryCollection<Props>;
}>;

// Decode the quantised, delta-encoded arcs to longitude/latitude, simplify and round each arc.
const { scale, translate } = topology.transform!;
const round = (v: number) => Number(v.toFixed(DECIMALS));
topology.arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  const points = arc.map(([dx, dy]) => {
    x += dx!;
    y += dy!;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
  });
  const kept = simplifyLine(points, TOLERANCE_DEG).map(([lon, lat]) => [round(lon), round(lat)] as [number, number]);
  return kept.filter((p, i) => i === 0 || p[0] !== kept[i - 1]![0] || p[1] !== kept[i - 1]![1]);
});
delete topology.transform;

const outDir = join(root, 'content/national/boundaries');
mkdirSync(outDir, { recursive: true });
for (const code of codes) {
  const propsOf = (g: { properties?: unknown }) => g.properties as Props;
  const geometries = topology.objects.communes.geometries
    .filter((g) => propsOf(g).province === code)
    .sort((a, b) => propsOf(a).code.localeCompare(propsOf(b).code));
  if (!geometries.length) {
    console.error(`No communes of province ${code} in the source.`);
    process.exit(1);
  }
  const collection = feature(topology, { type: 'GeometryCollection', geometries });
  const features = collection.features.map((f) => ({
    type: 'Feature',
    properties: { code: propsOf(f).code, name: propsOf(f).name },
    geometry: f.geometry,
  }));
  // One feature a line: diffs of a re-import stay readable.
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  const file = join(outDir, `communes-${code}.geojson`);
  writeFileSync(file, text);
  console.log(`${file}: ${features.length} communes, ${text.length} bytes`);
}
copyFileSync(join(source, LICENCE), join(outDir, LICENCE));
