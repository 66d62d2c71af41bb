import { describe, expect, it } from 'vitest';
import { buildProvinceMap, fitProjection, pathOf, simplifyLine, type Boundary } from './map.ts';

describe('simplifyLine', () => {
  it('drops points within the tolerance and keeps both ends', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.01],
          [2, 0],
          [3, 5],
          [4, 0],
        ],
        0.1,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });

  it('keeps a line of two points as it is', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
        ],
        10,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

const square = (lon: number, lat: number, side: number): Boundary['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + side, lat],
      [lon + side, lat + side],
      [lon, lat + side],
      [lon, lat],
    ],
  ],
});

describe('fitProjection', () => {
  it('puts the north-west corner at 0,0 with y down and the longer side at the size', () => {
    const p = fitProjection([square(106, 16, 1)], 100);
    expect(p.project([106, 17])).toEqual([0, 0]);
    expect(p.project([106, 16])).toEqual([0, 100]);
    expect(p.height).toBe(100);
  });

  it('narrows longitude by the cosine of the middle latitude', () => {
    const p = fitProjection([square(106, 16, 1)], 100);
    const k = Math.cos((16.5 * Math.PI) / 180);
    expect(p.project([107, 17])[0]).toBe(Math.round(100 * k));
    expect(p.width).toBe(Math.ceil(100 * k));
  });
});

describe('pathOf', () => {
  it('moves to the first point, steps relatively, closes without repeating the first point', () => {
    expect(
      pathOf([
        [
          [10, 10],
          [20, 10],
          [20, 5],
          [10, 10],
        ],
      ]),
    ).toBe('M10 10l10 0 0-5z');
  });

  it('drops repeated points and rings that shrink below a triangle', () => {
    expect(
      pathOf([
        [
          [0, 0],
          [0, 0],
          [3, 0],
          [3, 4],
        ],
        [
          [5, 5],
          [5, 5],
          [6, 6],
        ],
      ]),
    ).toBe('M0 0l3 0 0 4z');
  });
});

describe('buildProvinceMap', () => {
  it('draws each commune once, in order, with its code and name', () => {
    const map = buildProvinceMap(
      [
        { code: '00001', name: 'Xã A', geometry: square(106, 16, 1) },
        {
          code: '00002',
          name: 'Xã B',
          geometry: { type: 'MultiPolygon', coordinates: [square(107, 16, 1).coordinates as never] },
        },
      ],
      200,
    );
    // Two degrees wide, one high: the width is the longer side.
    expect(map.width).toBe(200);
    expect(map.height).toBe(Math.ceil(100 / Math.cos((16.5 * Math.PI) / 180)));
    expect(map.shapes.map((s) => [s.code, s.name])).toEqual([
      ['00001', 'Xã A'],
      ['00002', 'Xã B'],
    ]);
    expect(map.shapes[1]!.d).toMatch(/^M\d+ \d+l.*z$/);
  });
});
