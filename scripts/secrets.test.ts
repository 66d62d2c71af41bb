import { describe, expect, it } from 'vitest';
import { root } from './lib/build-site.ts';
import { findSecrets, scanRepository } from './secrets.ts';

// Test secrets are assembled at run time, so this file itself holds none.
const join = (...parts: string[]) => parts.join('');

describe('secret scan', () => {
  it('finds each kind of secret it looks for', () => {
    const samples = [
      join('-----BEGIN ', 'RSA PRIVATE KEY', '-----'),
      join('AKIA', 'IOSFODNN7EXAMPLE'),
      join('ghp_', 'a'.repeat(36)),
      join('npm_', 'b'.repeat(36)),
      join('xoxb-', '1234567890-abc'),
      join('AIza', 'c'.repeat(35)),
      join('password: "', 'hunter2hunter2', '"'),
      join('https://user:', 'p4ssw0rd!', '@db.example.org/x'),
    ];
    for (const sample of samples) expect(findSecrets(`x\n${sample}\n`), sample).toHaveLength(1);
  });

  it('leaves ordinary text alone', () => {
    expect(
      findSecrets('Nghị quyết 1680/NQ-UBTVQH15; token: null; https://creativecommons.org/licenses/by/4.0/'),
    ).toEqual([]);
  });

  it('the repository holds no secrets', () => {
    expect(scanRepository(root)).toEqual([]);
  });
});
