/**
 * Looks for secrets committed by mistake: private keys, cloud and API tokens, passwords
 * written into configuration. Scans every file git tracks (`npm run secrets`, and
 * the test in scripts/secrets.test.ts). A public portal's repository holds none.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { name: 'AWS access key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/ },
  { name: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'OpenAI-style key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/ },
  {
    name: 'password in configuration',
    pattern: /\b(?:password|passwd|secret|api[_-]?key|token)\s*[:=]\s*["'][^"'\s]{8,}["']/i,
  },
  { name: 'credentials in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]{6,}@[^\s/]+/i },
];

/** Files that hold only pinned package data (hashes that look like tokens). */
const SKIP = [/^package-lock\.json$/, /\.(png|jpe?g|gif|webp|ico|pdf|woff2?)$/i];

export function findSecrets(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { name, pattern } of SECRET_PATTERNS) if (pattern.test(line)) found.push(`line ${i + 1}: ${name}`);
  });
  return found;
}

export function scanRepository(root: string): string[] {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && !SKIP.some((s) => s.test(f)));
  const findings: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // deleted in the working tree, or a folder (the node_modules link)
    }
    findings.push(...findSecrets(text).map((f) => `${file} ${f}`));
    if (/(^|\/)\.env(\.|$)/.test(file)) findings.push(`${file}: an environment file is tracked`);
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = scanRepository(process.cwd());
  console.log(findings.length ? findings.join('\n') : 'No secrets found in the tracked files.');
  process.exit(findings.length ? 1 : 0);
}
