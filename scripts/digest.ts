// Builds the digest of every story folder: stories/<id>/ -> public/digests/<id>.json + index.json.
//   npm run digest [-- --stories DIR --out DIR]
// A story that fails keeps its previous digest; the exit code is 1 when anything fatal happened.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIGEST_SCHEMA_VERSION, parseDigest, storyIndexSchema, type StoryIndex } from '../src/shared/digest/schema';
import { runStory, toDigest } from '../src/pipeline/index';
import { formatDiagnostic, listStoryFolders, readStoryFolder, writeFileAtomic } from './lib/story-files';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const storiesDir = arg('--stories', 'stories');
const outDir = arg('--out', join('public', 'digests'));

let fatal = false;
const entries: StoryIndex['stories'] = [];
const folders = listStoryFolders(storiesDir);
if (folders.length === 0) {
  console.error(`error: ${storiesDir}: no story folders (expected ${storiesDir}/<story-id>/ with article files)`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

function previousEntry(id: string, file: string): StoryIndex['stories'][number] | null {
  const path = join(outDir, file);
  if (!existsSync(path)) return null;
  try {
    const parsed = parseDigest(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.ok ? { id, title: parsed.digest.story.title, articleCount: parsed.digest.articles.length, file } : null;
  } catch {
    return null;
  }
}

for (const folder of folders) {
  const started = performance.now();
  try {
    const { input, diagnostics } = readStoryFolder(folder);
    const result = runStory(input);
    for (const d of [...diagnostics, ...result.diagnostics]) console.error(formatDiagnostic(d, folder));
    const file = `${input.id}.json`;
    if (!result.story) {
      fatal = true;
      const kept = previousEntry(input.id, file);
      if (kept) entries.push(kept);
      console.error(`error: ${folder}: digest not written${kept ? '; the previous digest is kept' : ''}`);
      continue;
    }
    const digest = toDigest(result.story);
    writeFileAtomic(join(outDir, file), JSON.stringify(digest));
    entries.push({ id: input.id, title: digest.story.title, articleCount: digest.articles.length, file });
    const ms = Math.round(performance.now() - started);
    console.log(`digest: ${folder} -> ${join(outDir, file)} (${digest.articles.length} articles, ${digest.entities.length} entities, ${digest.events.length} events, ${ms} ms)`);
  } catch (e) {
    fatal = true;
    console.error(`error: ${folder}: ${(e as Error).message.split('\n')[0]}; the previous digest is kept`);
  }
}

const index = storyIndexSchema.parse({ schemaVersion: DIGEST_SCHEMA_VERSION, stories: entries });
writeFileAtomic(join(outDir, 'index.json'), JSON.stringify(index));
process.exit(fatal ? 1 : 0);
