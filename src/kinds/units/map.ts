/**
 * The province's communes drawn as an SVG at build time: no map library and no tiles in the
 * page. Longitude/latitude are projected equirectangularly with the province's mid-latitude
 * cosine (at 15–22° N the distortion across one province is a few per cent), scaled to a
 * viewBox of whole units and written as relative path commands, which keeps the SVG small.
 */

export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];

export interface BoundaryGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Polygon | Polygon[];
}

/** One commune of content/national/boundaries/communes-<province>.geojson. */
export interface Boundary {
  /** 5-digit 2025 commune code, as units carry it in `code`. */
  code: string;
  name: string;
  geometry: BoundaryGeometry;
}

/** Douglas–Peucker: the points of a line to keep within `tolerance` of it; the ends always stay. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      let d: number;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const polygonsOf = (g: BoundaryGeometry): Polygon[] =>
  g.type === 'Polygon' ? [g.coordinates as Polygon] : (g.coordinates as Polygon[]);

export interface Projection {
  /** Longitude/latitude to whole viewBox units (y down). */
  project(p: Position): Position;
  width: number;
  height: number;
}

/**
 * Fits the boundaries into a viewBox whose longer side is `size` units: x = (lon − west)·cos(mid
 * latitude), y = north − lat, both scaled alike, rounded to whole units.
 */
export function fitProjection(geometries: BoundaryGeometry[], size: number): Projection {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const g of geometries)
    for (const polygon of polygonsOf(g))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          west = Math.min(west, lon);
          east = Math.max(east, lon);
          south = Math.min(south, lat);
          north = Math.max(north, lat);
        }
  if (!Number.isFinite(west)) return { project: () => [0, 0], width: 0, height: 0 };
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = (east - west) * k;
  const spanY = north - south;
  const scale = size / Math.max(spanX, spanY, 1e-9);
  return {
    project: ([lon, lat]) => [Math.round((lon - west) * k * scale), Math.round((north - lat) * scale)],
    width: Math.ceil(spanX * scale),
    height: Math.ceil(spanY * scale),
  };
}

/**
 * An SVG path of projected rings: "M" to the first point, then relative "l" steps, "z" to close.
 * Repeated points (after rounding) are dropped; a ring that shrinks below a triangle is skipped.
 */
export function pathOf(rings: Position[][]): string {
  const parts: string[] = [];
  for (const ring of rings) {
    const points = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
    // A closed ring repeats its first point last; "z" draws that side.
    if (points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1]) points.pop();
    if (points.length < 3) continue;
    let [x, y] = points[0]!;
    let d = `M${x} ${y}l`;
    const steps: string[] = [];
    for (const [px, py] of points.slice(1)) {
      steps.push(`${px - x} ${py - y}`);
      x = px;
      y = py;
    }
    // Negative numbers need no separator before them: "3-4" reads as 3, −4.
    d += steps.join(' ').replace(/ -/g, '-');
    parts.push(`${d}z`);
  }
  return parts.join('');
}

export interface MapShape {
  code: string;
  name: string;
  d: string;
  /** Where to put a label or measure from: the middle of the commune's largest ring's box. */
  centre: Position;
}

export interface ProvinceMap {
  width: number;
  height: number;
  shapes: MapShape[];
}

/** Projects the boundaries into one map; shapes keep the boundaries' order. */
export function buildProvinceMap(boundaries: Boundary[], size = 1000): ProvinceMap {
  const projection = fitProjection(
    boundaries.map((b) => b.geometry),
    size,
  );
  const shapes = boundaries.map((b) => {
    const rings = polygonsOf(b.geometry).flatMap((polygon) => polygon.map((ring) => ring.map(projection.project)));
    let centre: Position = [0, 0];
    let largest = -1;
    for (const ring of rings) {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      const box = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
      if (box > largest) {
        largest = box;
        centre = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
      }
    }
    return { code: b.code, name: b.name, d: pathOf(rings), centre };
  });
  return { width: projection.width, height: projection.height, shapes };
}
