#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, /usr/bin/chromium, chromium-browser.
// When none is found and this runs as root with apt-get, installs Debian's `chromium`;
// otherwise says exactly what to install. Prints the path it found.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (name) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
};

/** The path of a usable Chromium, or null. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', onPath('chromium'), '/usr/bin/chromium-browser', onPath('chromium-browser')];
  return candidates.find((p) => p && executable(p)) ?? null;
}

function main() {
  let path = findChromium();
  if (!path) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root && onPath('apt-get')) {
      console.log('Chromium not found: installing Debian package "chromium" with apt-get…');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
      path = findChromium();
    }
  }
  if (!path) {
    console.error(
      'Chromium was not found. Install it, then run again:\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium   (or chromium-browser)\n' +
        '  or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
