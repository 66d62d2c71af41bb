/**
 * Two builds of the same content with the same as-of date are identical, file for file and
 * byte for byte: the global setup builds the default instance twice, at the same time, and
 * the second build is compared with the one the other browser tests use. A reader (or a
 * mirror) can check a published site against its sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles } from '../../scripts/lib/built-site.ts';

describe('reproducible build', () => {
  it('builds the default instance twice into identical files', () => {
    const first = inject('sites')['quang-tri'].dir;
    const { dir: second, status, output } = inject('rebuild');
    expect(status, output).toBe(0);
    expect(second).not.toBe(first);

    const files = builtFiles(first);
    expect(files.length).toBeGreaterThan(100);
    expect(builtFiles(second)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
  });
});
