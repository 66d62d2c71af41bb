/**
 * Two builds of the same content with the same as-of date are identical, file for file and
 * byte for byte: the default instance is built again and compared with the build the other
 * browser tests use. A reader (or a mirror) can check a published site against its sources.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { builtFiles } from '../../scripts/lib/built-site.ts';
import { INSTANCES, TEST_AS_OF } from '../helpers/global-setup.ts';

describe('reproducible build', () => {
  it('builds the default instance twice into identical files', () => {
    const first = inject('sites')['quang-tri'].dir;
    const second = mkdtempSync(join(tmpdir(), 'portal-again-'));
    const result = buildSite({ contentDir: INSTANCES['quang-tri'], outDir: second, asOf: TEST_AS_OF });
    expect(result.status, result.output).toBe(0);

    const files = builtFiles(first);
    expect(files.length).toBeGreaterThan(100);
    expect(builtFiles(second)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
  }, 180_000);
});
