import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MAX_ARTICLE_BYTES } from '../../src/pipeline/stages/decode';
import type { Diagnostic, StoryInput } from '../../src/pipeline/types';

const ARTICLE_FILE = /\.(txt|md|markdown)$/i;
const STORY_FILE = /^story\.ya?ml$/i;
/** Editors' lock, swap and backup files: never an article, whatever their extension. */
const EDITOR_FILE = /(^\.#|^#.*#$|~$|\.(swp|swo|swx|bak|orig|tmp)$)/i;
/** Story ids that would collide with the files the build writes beside the digests. */
const RESERVED_IDS = new Set(['index', 'digests', 'assets']);
const MAX_ID_LENGTH = 80;

/** A name made safe for a message: control characters (a newline in a file name) escaped. */
export const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A story id safe in a file name and a URL: lower-case letters, digits and hyphens. */
export function storyIdOf(folderName: string): string {
  const slug = folderName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

/** Why a story folder name cannot be a story, or null when it can. */
export function refusedStoryId(folderName: string): string | null {
  const id = storyIdOf(folderName);
  if (id === '') return 'skipped: the folder name has no letters or digits to make a story id from';
  if (RESERVED_IDS.has(id)) return `skipped: "${id}" is reserved for the build's own files; rename the folder`;
  return null;
}

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

type StoryMeta = NonNullable<StoryInput['meta']>;

/** story.yaml read field by field: a wrong-typed field is dropped with a message, the rest kept. */
function readStoryMeta(path: string, diagnostics: Diagnostic[]): StoryMeta | undefined {
  const warn = (message: string, line?: number) => diagnostics.push({ level: 'warning', file: path, line, message });
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warn('story file ignored: not UTF-8 text');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    warn(`story file ignored: ${(e as Error).message.split('\n')[0]}`, line);
    return undefined;
  }
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) {
    warn('story file ignored: it must be a mapping (title: …, description: …, order: […])');
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const at = text.search(new RegExp(`^${key}\\s*:`, 'm'));
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
  };
  const meta: StoryMeta = {};
  for (const key of ['title', 'description'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value);
    else warn(`"${key}" must be text; ignored`, lineOf(key));
  }
  if (record.order !== undefined && record.order !== null) {
    if (Array.isArray(record.order) && record.order.every((x) => typeof x === 'string')) meta.order = record.order as string[];
    else warn('"order" must be a list of file names; ignored', lineOf('order'));
  }
  return meta;
}

/** Reads a folder of article files (and an optional story.yaml) into pipeline input. */
export function readStoryFolder(dir: string): { input: StoryInput; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const folderName = basename(dir.replace(/\/+$/, ''));
  const input: StoryInput = { id: storyIdOf(folderName) || 'story', articles: [] };
  const skip = (name: string, message: string) => diagnostics.push({ level: 'warning', file: join(dir, name), message });
  const realDir = realpathSync(dir);
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') && !name.startsWith('.#')) {
      skip(name, 'skipped: a hidden file is never published');
      continue;
    }
    if (EDITOR_FILE.test(name)) {
      skip(name, "skipped: an editor's lock or backup file");
      continue;
    }
    const entry = resolveEntry(dir, realDir, name);
    if ('skip' in entry) {
      skip(name, entry.skip);
      continue;
    }
    try {
      if (STORY_FILE.test(name)) {
        input.meta = readStoryMeta(entry.path, diagnostics) ?? input.meta;
        continue;
      }
      if (!ARTICLE_FILE.test(name)) {
        skip(name, 'skipped: not a .txt or .md article');
        continue;
      }
      // Too large to be an article: judged by its size, never read (a 2 GB file cannot be).
      if (entry.stat.size > MAX_ARTICLE_BYTES) {
        const mb = (entry.stat.size / 1024 / 1024).toFixed(1);
        skip(name, `skipped: ${mb} MB is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may be`);
        continue;
      }
      input.articles.push({ file: name, bytes: readFileSync(entry.path) });
    } catch (e) {
      skip(name, `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  input.label = folderName;
  return { input, diagnostics };
}

/** One line per problem: "warning: path:line: message". */
export function formatDiagnostic(d: Diagnostic, dir?: string): string {
  const file = dir && !d.file.includes('/') ? join(dir, d.file) : d.file;
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
