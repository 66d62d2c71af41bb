/**
 * Reports `npm audit` findings for the installed packages: counts by severity and each
 * advisory, production dependencies apart from development ones. The registry may be out
 * of reach (a closed network): the script then says so plainly and exits 2, rather than
 * pretending there is nothing to report.
 *
 *   npm run audit
 */
import { spawnSync } from 'node:child_process';

interface AuditJson {
  error?: { code?: string; summary?: string };
  message?: string;
  vulnerabilities?: Record<
    string,
    { severity: string; isDirect: boolean; via: (string | { title?: string; url?: string })[]; fixAvailable: unknown }
  >;
  metadata?: { vulnerabilities: Record<string, number>; dependencies?: { total?: number } };
}

const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report: AuditJson;
try {
  report = JSON.parse(run.stdout || '{}') as AuditJson;
} catch {
  report = {};
}

if (!report.metadata) {
  const reason =
    report.error?.summary ||
    report.message ||
    (run.stderr || run.error?.message || 'no answer').trim().split('\n').slice(-3).join(' ');
  console.log(`npm audit could not reach the registry, so there are no findings to report: ${reason}`);
  process.exit(2);
}

const counts = report.metadata.vulnerabilities;
console.log(
  `npm audit: ${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  const titles = v.via.map((x) => (typeof x === 'string' ? `via ${x}` : `${x.title} ${x.url ?? ''}`)).join('; ');
  console.log(
    `- ${name} (${v.severity}${v.isDirect ? ', direct' : ''}${v.fixAvailable ? ', fix available' : ''}): ${titles}`,
  );
}
