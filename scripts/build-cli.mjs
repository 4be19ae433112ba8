// Bundles the command-line scripts into dist-cli/ with esbuild, so that they start on plain Node
// instead of through a TypeScript loader. The project's modules, its data files and the packages
// they use are inlined (one file to load: Node's module loader takes longer over the hundreds of
// files of zod, yaml and chrono than compiling them in one). Start-up is kept short: what is built
// from static data at every start is computed here once (PRECOMPUTED), the HTML reader's packages
// stay in node_modules, loaded on the first saved page read (LAZY_PACKAGES), and scripts/run-cli.mjs
// keeps V8's compiled code of each bundle beside it (hence CommonJS: V8's code cache is offered
// for scripts, not for ES modules, on this Node).
//   node scripts/build-cli.mjs [--force]   builds the bundles that are older than their sources
// Freshness comes from esbuild's own list of the inputs of the last build, kept as a plain list
// (dist-cli/inputs.json): a bundle is rebuilt when one of those files changed after it was written
// or no longer exists. Commands may start side by side (test processes, a build beside a digest):
// each build writes into a folder of its own and moves finished files into place, so a command
// never reads a bundle being written.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_DIR = join(ROOT, 'dist-cli');
/** The commands: scripts/<name>.ts -> dist-cli/<name>.cjs */
export const COMMANDS = ['digest', 'annotate'];
const INPUTS = join(CLI_DIR, 'inputs.json');
/** A command's bundle. */
export const bundleOf = (command) => join(CLI_DIR, `${command}.cjs`);
/** The compiled code of a command's bundle, written by run-cli.mjs on first use. */
export const codeCacheOf = (command) => join(CLI_DIR, `${command}.v8-cache`);

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/**
 * Modules whose exports are computed from data files at every start: the bundle gets the values
 * instead, computed by the module itself when the bundle is built (so they cannot differ).
 * Module -> the export to call and write in (it returns an object of JSON values, best a few long strings).
 */
const PRECOMPUTED = {
  'src/pipeline/entities/gazetteer-data.ts': 'gazetteerData',
  'src/pipeline/entities/model-data.ts': 'modelData',
};

/**
 * Packages only the reading of saved web pages needs (its DOM and Readability load in a third of
 * a second): imported from src/pipeline/ingest/html.ts, they are required on first use instead.
 * Package -> the names html.ts imports from it.
 */
const LAZY_PACKAGES = {
  linkedom: ['parseHTML'],
  '@mozilla/readability': ['Readability'],
};
const LAZY_IMPORTER = /src[\\/]pipeline[\\/]ingest[\\/]html\.ts$/;
/** The namespace of their stand-in modules (not files: esbuild lists them as `lazy-package:<name>`). */
const LAZY_NAMESPACE = 'lazy-package';

/** Whether the bundles are missing or older than some input of their last build. */
export function stale() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return true;
  }
  const built = Math.min(...COMMANDS.map((c) => mtime(bundleOf(c))));
  if (!Number.isFinite(built) || !Array.isArray(inputs)) return true;
  return inputs.some((input) => mtime(join(ROOT, input)) > built);
}

/** The value of a PRECOMPUTED module's export, and the files it was computed from. */
async function precompute(build, module, exportName) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [module],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const loaded = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { value: loaded[exportName](), inputs: Object.keys(result.metafile.inputs) };
}

/** esbuild plugin: PRECOMPUTED modules replaced by their values. */
async function precomputedPlugin(build) {
  const values = new Map();
  const from = new Set();
  for (const [module, exportName] of Object.entries(PRECOMPUTED)) {
    const { value, inputs } = await precompute(build, module, exportName);
    values.set(join(ROOT, module), { exportName, value });
    for (const input of inputs) from.add(input);
  }
  const plugin = {
    name: 'precomputed',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const found = values.get(args.path);
        if (!found) return undefined;
        // strings as literals; arrays and objects through JSON.parse, which V8 reads faster than a literal
        const fields = Object.entries(found.value).map(([key, v]) => `  ${JSON.stringify(key)}: ${typeof v === 'string' ? JSON.stringify(v) : `JSON.parse(${JSON.stringify(JSON.stringify(v))})`},`);
        const contents = `const value = {\n${fields.join('\n')}\n};\nexport function ${found.exportName}() {\n  return value;\n}\n`;
        return { contents, loader: 'js' };
      });
    },
  };
  return { plugin, from: [...from] };
}

/** esbuild plugin: LAZY_PACKAGES, as imported by the HTML reader, required when first called. */
const lazyPackagesPlugin = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (LAZY_IMPORTER.test(args.importer) ? { path: args.path, namespace: LAZY_NAMESPACE } : undefined));
    b.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, (args) => {
      const names = LAZY_PACKAGES[args.path];
      // a function called with `new` that returns an object yields that object: classes work too
      const wrappers = names.map((n) => `export function ${n}(...args) {\n  const f = load().${n};\n  return new.target ? new f(...args) : f(...args);\n}`);
      const contents = [
        `let loaded;`,
        // the bundle's own require, which resolves from dist-cli/ up to the project's node_modules
        `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
        ...wrappers,
      ].join('\n');
      return { contents, loader: 'js', resolveDir: ROOT };
    });
  },
};

/**
 * The bundle with the characters esbuild leaves outside ASCII escaped. Those are in comments and in
 * regular expression literals, where `\uXXXX` (UTF-16 code units; a pair of them is one character
 * in a /u pattern too) stands for the character itself; `\` before one is an identity escape,
 * which the \u escape replaces.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) => {
    const escaped = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return slashes.length % 2 === 1 ? `${slashes.slice(1)}${escaped}` : `${slashes}${escaped}`;
  });
}

/** Builds every command's bundle. */
export async function buildCli() {
  const { build } = await import('esbuild');
  // the bundles are dated from here: a source saved while esbuild runs is newer than them
  const started = new Date();
  const precomputed = await precomputedPlugin(build);
  // the compiled code of the bundles being replaced is of no use to the new ones; the ES module
  // bundles and their metafile are what builds before the code cache left
  for (const command of COMMANDS) for (const old of [codeCacheOf(command), join(CLI_DIR, `${command}.mjs`)]) rmSync(old, { force: true });
  rmSync(join(CLI_DIR, 'meta.json'), { force: true });
  // on the same file system as dist-cli/, where a rename replaces a file whole; one folder per build
  mkdirSync(CLI_DIR, { recursive: true });
  const work = mkdtempSync(join(CLI_DIR, '.build-'));
  try {
    await buildInto(build, work, precomputed, started);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The bundles and their list of inputs, written into `work` and moved into dist-cli/ once complete. */
async function buildInto(build, work, precomputed, started) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: COMMANDS.map((c) => `scripts/${c}.ts`),
    outdir: work,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: Object.keys(LAZY_PACKAGES),
    metafile: true,
    logLevel: 'warning',
    // ASCII only (other characters as \u escapes, esbuild's default): run-cli.mjs reads the bundle
    // byte for byte into a one-byte string, ten times quicker than decoding UTF-8 into a two-byte one
    charset: 'ascii',
    plugins: [precomputed.plugin, lazyPackagesPlugin],
  });
  for (const command of COMMANDS) {
    const built = join(work, `${command}.cjs`);
    writeFileSync(built, asciiOnly(readFileSync(built, 'utf8')));
    utimesSync(built, started, started);
    renameSync(built, bundleOf(command));
  }
  // the files bundled, the precomputed values' own inputs (the data files), package.json (a
  // changed dependency can change what stays external) and this script (it shapes every bundle);
  // a plain list, quick to read at every start, moved in last: the bundles are fresh only with it
  const files = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith(`${LAZY_NAMESPACE}:`));
  const listed = join(work, 'inputs.json');
  writeFileSync(listed, JSON.stringify([...new Set([...files, ...precomputed.from, 'package.json', 'scripts/build-cli.mjs'])]));
  renameSync(listed, INPUTS);
}

/** Builds the bundles when they are older than their sources (or always, with `force`). */
export async function ensureCli(force = false) {
  if (force || stale()) await buildCli();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await ensureCli(process.argv.includes('--force'));
