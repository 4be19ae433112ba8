// Start-up of the command line: `npm run digest` on the seed story, each run a new process
// (median of several), against the same script through the TypeScript loader, a bare `node`, the
// first run after a build (which compiles the bundle and writes its code cache) and the time of
// bundling the commands. CPU time (user + system, of the process and its children, as bash's
// `times` tells it) is what a busy machine changes least; wall-clock time is printed beside it.
// Prints figures; enforces nothing.
//   node scripts/bench-cli.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from './build-cli.mjs';

const runs = Number(process.argv[2] ?? 5);
const out = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (m, s) => Number(m) * 60 + Number(s);

/** One run: wall-clock and CPU milliseconds. */
function time(command, args) {
  const started = performance.now();
  // `times` prints the shell's own times, then its children's: "0m1.230s 0m0.120s"
  const r = spawnSync('bash', ['-c', '"$@" > /dev/null; status=$?; times; exit $status', 'bash', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - started;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.split('\n')[0]}`);
  const [user, system] = [...r.stdout.trim().split('\n').at(-1).matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => seconds(m, s));
  return { wall, cpu: (user + system) * 1000 };
}
function series(command, args, n = runs) {
  const all = Array.from({ length: n }, () => time(command, args));
  return { wall: median(all.map((r) => r.wall)), cpu: median(all.map((r) => r.cpu)) };
}
const shown = ({ cpu, wall }) => `${Math.round(cpu)} ms CPU (${Math.round(wall)} ms wall)`;

try {
  const t0 = performance.now();
  await buildCli();
  const bundleMs = performance.now() - t0;
  const digest = ['scripts/run-cli.mjs', 'digest', '--out', out];
  const first = time(process.execPath, digest);
  const bundled = series(process.execPath, digest);
  const npm = series('npm', ['run', '-s', 'digest', '--', '--out', out]);
  const loader = series(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--out', out]);
  const bare = series(process.execPath, ['-e', '0']);
  // the machine may be shared: its load says how far the figures are from an idle one
  const load = loadavg()[0].toFixed(1);
  console.log(`digest, seed story, new process each run (median of ${runs}): bundled ${shown(bundled)}; npm run digest ${shown(npm)}; the first run after a build ${shown(first)}; through tsx ${shown(loader)}; a bare node ${shown(bare)}; bundling the commands ${Math.round(bundleMs)} ms (load average ${load})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
