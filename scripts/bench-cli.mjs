// Start-up of the command line: `npm run digest` on the seed story, each run a new process
// (median of several), against the same script through the TypeScript loader, and the time of
// bundling the commands. Prints figures; enforces nothing.
//   node scripts/bench-cli.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from './build-cli.mjs';

const runs = Number(process.argv[2] ?? 5);
const out = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(command, args) {
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.split('\n')[0]}`);
  return performance.now() - started;
}
const series = (command, args) => median(Array.from({ length: runs }, () => time(command, args)));

try {
  const t0 = performance.now();
  await buildCli();
  const bundleMs = performance.now() - t0;
  const npm = series('npm', ['run', '-s', 'digest', '--', '--out', out]);
  const bundled = series(process.execPath, ['scripts/run-cli.mjs', 'digest', '--out', out]);
  const loader = series(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--out', out]);
  // the machine may be shared: its load says how far the figures are from an idle one
  const load = loadavg()[0].toFixed(1);
  console.log(`digest, seed story, new process each run (median of ${runs}): npm run digest ${Math.round(npm)} ms; bundled ${Math.round(bundled)} ms; through tsx ${Math.round(loader)} ms; bundling the commands ${Math.round(bundleMs)} ms (load average ${load})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
