// Prints the standoff annotation of a folder of article files to stdout.
//   npm run annotate -- <folder>
import { existsSync, statSync } from 'node:fs';
import { runStory } from '../src/pipeline/index';
import { toStandoff } from '../src/pipeline/standoff';
import { formatDiagnostic, readStoryFolder } from './lib/story-files';

const dir = process.argv[2];
if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`annotate: usage: npm run annotate -- <folder of article files>${dir ? ` (${dir} is not a folder)` : ''}`);
  process.exit(2);
}
const { input, diagnostics } = readStoryFolder(dir);
const result = runStory(input);
for (const d of [...diagnostics, ...result.diagnostics]) console.error(formatDiagnostic(d, dir));
if (!result.story) process.exit(1);
process.stdout.write(`${JSON.stringify(toStandoff(result.story), null, 1)}\n`);
