// Runs one bundled command (build-cli.mjs), bundling it first when its sources changed.
//   node scripts/run-cli.mjs <digest|annotate> [arguments of the command]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_DIR, COMMANDS, ensureCli } from './build-cli.mjs';

const command = process.argv[2];
if (!COMMANDS.includes(command)) {
  console.error(`run-cli: usage: node scripts/run-cli.mjs <${COMMANDS.join('|')}> [arguments]`);
  process.exit(2);
}
await ensureCli();
// the command reads its own arguments from process.argv[2] on, as when it runs alone
process.argv.splice(2, 1);
await import(pathToFileURL(join(CLI_DIR, `${command}.mjs`)).href);
