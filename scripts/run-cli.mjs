// Runs one bundled command (build-cli.mjs), bundling it first when its sources changed.
//   node scripts/run-cli.mjs <digest|annotate> [arguments of the command]
// The bundle is compiled with V8's code cache (dist-cli/<command>.v8-cache): the first run after a
// build writes the code V8 compiled while it ran, so later runs neither parse the 4 MB bundle nor
// compile, function by function, the pipeline they call. The cache is bound to the bundle it was
// made from (its size and time, in its first line) and to this Node (V8 refuses another's).
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { COMMANDS, bundleOf, codeCacheOf, ensureCli } from './build-cli.mjs';

/**
 * V8's tiering, set for a command that runs a few seconds over many short texts. A function is
 * optimised once it has run for this much bytecode (V8's default: 67,584): a command on a small
 * story ends within a second, before most optimised code would pay back the compiler's work, and
 * on a large one the hot functions still reach the optimiser within the first seconds. Regular
 * expressions are compiled to machine code at their first use instead of being interpreted first
 * and compiled again later: the date parser's long patterns run over every article.
 * Both only move when code is compiled, never what it computes.
 */
const V8_FLAGS = ['--interrupt-budget=540000', '--no-regexp-tier-up'];

const command = process.argv[2];
if (!COMMANDS.includes(command)) {
  console.error(`run-cli: usage: node scripts/run-cli.mjs <${COMMANDS.join('|')}> [arguments]`);
  process.exit(2);
}
try {
  await ensureCli();
} catch (error) {
  // esbuild has already printed where a source fails to compile; a folder that cannot be written says so here
  console.error(`run-cli: the ${command} command could not be bundled into dist-cli/: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// before anything is compiled: the flags are part of what V8 checks the code cache against
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const bundle = bundleOf(command);
const cacheFile = codeCacheOf(command);
// the bundle's date and its text from one opening of it: another build may replace it meanwhile
const fd = openSync(bundle, 'r');
const { size, mtimeMs } = fstatSync(fd);
const bytes = readFileSync(fd);
closeSync(fd);
const madeFrom = `${JSON.stringify({ size, mtimeMs })}\n`;

/** The cached code of this very bundle, if a run left one. */
function cachedCode() {
  let cached;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = cached.indexOf(10);
  return header >= 0 && cached.toString('utf8', 0, header + 1) === madeFrom ? cached.subarray(header + 1) : undefined;
}

// the wrapper Node gives a CommonJS module, around the bundle (ASCII, its bytes are its characters,
// as build-cli.mjs writes it; one written otherwise is read as UTF-8, slower but not garbled)
const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
const source = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
const cachedData = cachedCode();
const script = new Script(source, { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // written on the way out, when the run has compiled what it called; commands end by process.exit
  process.on('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat([Buffer.from(madeFrom), script.createCachedData()]));
      renameSync(temp, cacheFile);
    } catch {
      // no cache this time (a read-only folder, a full disk): the next run compiles again
      rmSync(temp, { force: true });
    }
  });
}
// the command reads its own arguments from process.argv[2] on, as when it runs alone
process.argv.splice(2, 1);
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
