import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { assembleStory, refusedStoryId, roleOf, skippedByName, storyIdOf, tooLarge, type StoryFile } from '../../src/pipeline/ingest';
import type { Diagnostic, StoryInput } from '../../src/pipeline/types';

/** A name made safe for a message: control characters (a newline in a file name) escaped. */
export const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export { refusedStoryId, storyIdOf };

/** The file behind an entry, or the reason it is not read (links leaving the folder, lock files, FIFOs). */
function resolveEntry(dir: string, realDir: string, name: string): { path: string; stat: Stats } | { skip: string } {
  const path = join(dir, name);
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (e) {
    return { skip: `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (stat.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { skip: code === 'ELOOP' ? 'skipped: a link that loops' : 'skipped: a link to nothing (its target is missing)' };
    }
    const rel = relative(realDir, real);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || rel.includes(`${sep}..`)) {
      return { skip: 'skipped: a link to a file outside the story folder is never followed' };
    }
    stat = statSync(real);
    if (rel.includes(sep)) return { skip: 'skipped: a link into a subfolder; stories are flat folders of article files' };
  }
  if (stat.isDirectory()) return { skip: 'skipped: a folder; a story is one flat folder of article files' };
  if (!stat.isFile()) return { skip: 'skipped: not a regular file' };
  return { path, stat };
}

/**
 * Reads a folder of article files (and an optional story.yaml) into pipeline input. Only the
 * file system is done here (links, FIFOs, subfolders, sizes before reading); which files are
 * articles and what the story file says is the shared assembly's, as in the browser.
 */
export function readStoryFolder(dir: string): { input: StoryInput; diagnostics: Diagnostic[] } {
  const folderName = basename(dir.replace(/\/+$/, ''));
  const names = readdirSync(dir).sort();
  const realDir = realpathSync(dir);
  const unread: Diagnostic[] = [];
  const files: StoryFile[] = [];
  const skip = (name: string, message: string) => unread.push({ level: 'warning', file: name, message });
  for (const name of names) {
    const role = roleOf(name);
    // a name never read is judged before the entry is looked at (lock files are dangling links)
    const byName = skippedByName(name);
    if (byName) {
      skip(name, byName);
      continue;
    }
    const entry = resolveEntry(dir, realDir, name);
    if ('skip' in entry) {
      skip(name, entry.skip);
      continue;
    }
    if (typeof role === 'object') {
      skip(name, role.skip);
      continue;
    }
    const large = role === 'article' ? tooLarge(entry.stat.size) : null;
    if (large) {
      skip(name, large);
      continue;
    }
    try {
      files.push({ name, bytes: readFileSync(entry.path) });
    } catch (e) {
      skip(name, `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  const assembled = assembleStory(folderName, files);
  // one list in file order, each message naming its file by its path
  const rank = new Map(names.map((n, i) => [n, i]));
  const diagnostics = [...unread, ...assembled.diagnostics]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (rank.get(a.d.file) ?? 0) - (rank.get(b.d.file) ?? 0) || a.i - b.i)
    .map(({ d }) => ({ ...d, file: join(dir, d.file) }));
  return { input: assembled.input, diagnostics };
}

/** One line per problem: "warning: path:line: message". */
export function formatDiagnostic(d: Diagnostic, dir?: string): string {
  // a message on the story as a whole names no file: it names the folder
  const file = !d.file ? (dir ?? 'story') : dir && !d.file.includes('/') ? join(dir, d.file) : d.file;
  return printable(`${d.level}: ${file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
}

const TEMP_SUFFIX = '.tmp';

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}${TEMP_SUFFIX}`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Removes what interrupted writes left behind (".name.json.<pid>.tmp"), so no build copies it. */
export function removeStaleTempFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter((n) => n.startsWith('.') && n.endsWith(TEMP_SUFFIX));
  for (const n of stale) rmSync(join(dir, n), { force: true });
  return stale;
}

export function ensureFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/** Story folders under root, each with the reason it is skipped when it cannot be one. */
export function listStoryFolders(root: string): { folders: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(root)) return { folders: [], diagnostics };
  const folders: string[] = [];
  const ids = new Map<string, string>();
  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(root, name);
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      diagnostics.push({ level: 'warning', file: path, message: code === 'ELOOP' ? 'skipped: a link that loops' : 'skipped: a link to nothing (its target is missing)' });
      continue;
    }
    if (!stat.isDirectory()) continue;
    const refused = refusedStoryId(name);
    if (refused) {
      diagnostics.push({ level: 'error', file: path, message: refused });
      continue;
    }
    const id = storyIdOf(name);
    const clash = ids.get(id);
    if (clash) {
      diagnostics.push({ level: 'error', file: path, message: `skipped: its story id "${id}" is already taken by ${clash}; rename one of them` });
      continue;
    }
    ids.set(id, path);
    folders.push(path);
  }
  return { folders, diagnostics };
}
