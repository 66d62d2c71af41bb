/**
 * Reads the 2025 commune boundaries of the instance's province from the national content,
 * content/national/boundaries/communes-<province code>.geojson (written by
 * scripts/import/import-boundaries.ts). The folder holds every instance's province, so it is
 * claimed whole. No file for the province: no map, not an error (the commune list remains).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { relPath, tryRead, type LoadContext } from '../../base/content/context.ts';
import { claim, readText } from '../../base/content/read.ts';
import type { Boundary } from './map.ts';
import type { Unit } from './schema.ts';

export const BOUNDARIES_FOLDER = 'boundaries';

export function loadBoundaries(ctx: LoadContext, units: Unit[]): Boundary[] {
  const folder = join(ctx.nationalDir, BOUNDARIES_FOLDER);
  claim(folder);
  const province = units.find((u) => u.kind === 'province' && u.parent === null && u.valid_to === null && u.code);
  if (!province) return [];
  const abs = join(folder, `communes-${province.code}.geojson`);
  if (!existsSync(abs)) return [];
  const file = relPath(ctx, abs);
  const text = tryRead(ctx, () => readText(abs, file));
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    ctx.issues.add({
      file,
      field: '(tệp / file)',
      found: String((error as Error).message),
      expected: {
        vi: 'GeoJSON hợp lệ (chạy lại npm run import-boundaries)',
        en: 'valid GeoJSON (re-run npm run import-boundaries)',
      },
    });
    return [];
  }
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  return features.flatMap((f: { properties?: { code?: unknown; name?: unknown }; geometry?: Boundary['geometry'] }) => {
    const { code, name } = f.properties ?? {};
    const type = f.geometry?.type;
    if (typeof code !== 'string' || typeof name !== 'string' || (type !== 'Polygon' && type !== 'MultiPolygon'))
      return [];
    return [{ code, name, geometry: f.geometry! }];
  });
}
