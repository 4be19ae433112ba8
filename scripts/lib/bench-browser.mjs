// What every browser benchmark needs before it starts: the built app and a Chromium to drive.
import { existsSync } from 'node:fs';
import { findChromium } from '../ensure-chromium.mjs';

/** The Chromium to run, after checking that the build it serves (dist/ unless told) is there; exits with a message otherwise. */
export function benchChromium(dist = 'dist') {
  if (!existsSync(`${dist}/index.html`)) {
    console.error(dist === 'dist' ? 'bench: dist/ is missing; run `npm run build` first' : `bench: ${dist}/index.html is missing`);
    process.exit(1);
  }
  const path = findChromium();
  if (!path) {
    console.error('bench: Chromium not found; run `node scripts/ensure-chromium.mjs`');
    process.exit(1);
  }
  return path;
}
