// Builds the digest of every story folder: stories/<folder>/ -> public/digests/<id>.json + index.json.
//   npm run digest [-- --stories DIR --out DIR]
// Exit code 1 when anything fatal happened: a story that built no digest (it keeps its previous
// digest and index entry), a folder refused as a story, or an output that could not be written.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIGEST_SCHEMA_VERSION, parseDigest, storyIndexSchema, type StoryIndex } from '../src/shared/digest/schema';
import { summarizeStory } from '../src/shared/digest/summary';
import { runStory, toDigest } from '../src/pipeline/index';
import { digestSlice, sliceFileOf } from '../src/app/digestSlice';
import { ensureFolder, formatDiagnostic, listStoryFolders, printable, readStoryFolder, removeStaleTempFiles, writeFileAtomic } from './lib/story-files';

type Entry = StoryIndex['stories'][number];

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const storiesDir = arg('--stories', 'stories');
const outDir = arg('--out', join('public', 'digests'));
const say = (line: string) => console.error(printable(line));
const reason = (e: unknown) => ((e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0]);

let fatal = false;
const { folders, diagnostics: folderProblems } = listStoryFolders(storiesDir);
for (const d of folderProblems) {
  say(formatDiagnostic(d));
  if (d.level === 'error') fatal = true;
}
if (folders.length === 0) {
  say(`error: ${storiesDir}: no story folders (expected ${storiesDir}/<story-id>/ with article files)`);
  process.exit(1);
}
try {
  ensureFolder(outDir);
  removeStaleTempFiles(outDir);
} catch (e) {
  say(`error: ${outDir}: the output folder cannot be written (${reason(e)}); nothing was built`);
  process.exit(1);
}

/** The index as the last build left it, so a story that fails now keeps its entry. */
function previousIndex(): Map<string, Entry> {
  try {
    const parsed = storyIndexSchema.safeParse(JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')));
    return new Map(parsed.success ? parsed.data.stories.map((s) => [s.id, s]) : []);
  } catch {
    return new Map();
  }
}
const previous = previousIndex();

function previousEntry(id: string, file: string): Entry | null {
  const listed = previous.get(id);
  const path = join(outDir, listed?.file ?? file);
  if (!existsSync(path)) return null;
  try {
    const parsed = parseDigest(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) return null;
    return listed ?? { id, title: parsed.digest.story.title, articleCount: parsed.digest.articles.length, file, ...summarizeStory(parsed.digest) };
  } catch {
    return null;
  }
}

const entries: Entry[] = [];
for (const folder of folders) {
  const started = performance.now();
  let id: string | null = null;
  try {
    const { input, diagnostics } = readStoryFolder(folder);
    id = input.id;
    const result = runStory(input);
    for (const d of [...diagnostics, ...result.diagnostics]) say(formatDiagnostic(d, folder));
    const file = `${input.id}.json`;
    if (!result.story) throw new Error('no digest was built');
    const digest = toDigest(result.story);
    writeFileAtomic(join(outDir, file), JSON.stringify(digest));
    // a large story's first screen beside it, which the reader draws before the whole story arrives
    const slice = digestSlice(digest);
    if (slice) writeFileAtomic(join(outDir, sliceFileOf(file)), JSON.stringify(slice));
    else rmSync(join(outDir, sliceFileOf(file)), { force: true }); // a story grown small again has none
    entries.push({ id: input.id, title: digest.story.title, articleCount: digest.articles.length, file, ...summarizeStory(digest) });
    const ms = Math.round(performance.now() - started);
    console.log(printable(`digest: ${folder} -> ${join(outDir, file)} (${digest.articles.length} articles, ${digest.entities.length} entities, ${digest.events.length} events, ${ms} ms)`));
  } catch (e) {
    fatal = true;
    const kept = id ? previousEntry(id, `${id}.json`) : null;
    if (kept) entries.push(kept);
    say(`error: ${folder}: digest not written (${reason(e)})${kept ? '; the previous digest is kept' : ''}`);
  }
}

try {
  const index = storyIndexSchema.parse({ schemaVersion: DIGEST_SCHEMA_VERSION, stories: entries });
  writeFileAtomic(join(outDir, 'index.json'), JSON.stringify(index));
} catch (e) {
  say(`error: ${join(outDir, 'index.json')}: the story index cannot be written (${reason(e)})`);
  fatal = true;
}
process.exit(fatal ? 1 : 0);
