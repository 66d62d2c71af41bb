/**
 * Finds Chromium for browser tests and measurement scripts, installing Debian's package
 * when it is missing and we may (root with apt-get). A test tool's own browser download
 * does not work on these machines, so we never try one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const existing = found();
  if (existing) return existing;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      [
        'Chromium was not found, and it cannot be installed from here.',
        hasApt
          ? 'Install it as root:  sudo apt-get update && sudo apt-get install -y chromium'
          : 'Install Chromium (or Chrome) with your system package manager,',
        'or point CHROMIUM_PATH at an existing Chromium/Chrome binary, then run the tests again.',
      ].join('\n'),
    );
  }
  log('Chromium not found: installing Debian package "chromium" (apt-get, about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = found();
  if (!installed) throw new Error('apt-get installed "chromium" but no binary was found at /usr/bin/chromium.');
  return installed;
}
