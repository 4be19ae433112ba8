// Prints the standoff annotation of a folder of article files to stdout.
//   npm run annotate -- <folder>
// Exit code 2 for a wrong argument, 1 when no article could be read or the pipeline failed.
import { existsSync, statSync } from 'node:fs';
import { runStory } from '../src/pipeline/index';
import { toStandoff } from '../src/pipeline/standoff';
import { formatDiagnostic, printable, readStoryFolder } from './lib/story-files';

const dir = process.argv[2];
if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(printable(`annotate: usage: npm run annotate -- <folder of article files>${dir ? ` (${dir} is not a folder)` : ''}`));
  process.exit(2);
}
try {
  const { input, diagnostics } = readStoryFolder(dir);
  const result = runStory(input);
  for (const d of [...diagnostics, ...result.diagnostics]) console.error(formatDiagnostic(d, dir));
  if (!result.story) process.exit(1);
  const standoff = toStandoff(result.story);
  // a saved page's offsets point into the text extracted from it, not into its HTML: print that text
  for (const a of result.story.articles) {
    if (!/\.html?$/i.test(a.file)) continue;
    const { title, author, url } = a.frontMatter;
    Object.assign(standoff.articles[a.file]!, { title, author, url, text: a.text });
  }
  process.stdout.write(`${JSON.stringify(standoff, null, 1)}\n`);
} catch (e) {
  console.error(printable(`error: ${dir}: ${(e as Error).message.split('\n')[0]}`));
  process.exit(1);
}
