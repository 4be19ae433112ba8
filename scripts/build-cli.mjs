// Bundles the command-line scripts into dist-cli/ with esbuild, so that they start on plain Node
// instead of through a TypeScript loader. Packages stay external (node_modules resolves them);
// the project's own modules and data files are inlined.
//   node scripts/build-cli.mjs [--force]   builds the bundles that are older than their sources
// Freshness comes from esbuild's own list of the inputs of the last build (dist-cli/meta.json):
// a bundle is rebuilt when one of those files changed after it was written or no longer exists.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_DIR = join(ROOT, 'dist-cli');
/** The commands: scripts/<name>.ts -> dist-cli/<name>.mjs */
export const COMMANDS = ['digest', 'annotate'];
const META = join(CLI_DIR, 'meta.json');

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** Whether the bundles are missing or older than some input of their last build. */
export function stale() {
  if (!existsSync(META)) return true;
  let meta;
  try {
    meta = JSON.parse(readFileSync(META, 'utf8'));
  } catch {
    return true;
  }
  const built = Math.min(...COMMANDS.map((c) => mtime(join(CLI_DIR, `${c}.mjs`))));
  if (!Number.isFinite(built)) return true;
  // the inputs, and package.json (a changed dependency can change what stays external)
  const inputs = [...Object.keys(meta.inputs ?? {}), 'package.json'];
  return inputs.some((input) => mtime(join(ROOT, input)) > built);
}

/** Builds every command's bundle. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const { writeFileSync } = await import('node:fs');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: COMMANDS.map((c) => `scripts/${c}.ts`),
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(META, JSON.stringify(result.metafile));
}

/** Builds the bundles when they are older than their sources (or always, with `force`). */
export async function ensureCli(force = false) {
  if (force || stale()) await buildCli();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await ensureCli(process.argv.includes('--force'));
