// Preloaded into a command (node --import): writes every module the process loads, by ES import
// or by require, one file URL or path a line, to the file named by MODULE_LOG.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.MODULE_LOG;
register('./log-modules-hooks.mjs', import.meta.url, { data: { log } });
const required = createRequire(import.meta.url).cache;
process.on('exit', () => appendFileSync(log, `${Object.keys(required).join('\n')}\n`));
