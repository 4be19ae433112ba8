// Story assembly for files the reader hands the page, with the command line's rules and messages
// (scripts/lib/story-files.ts). Same signature as the pipeline's shared assembleStory, which
// replaces this module once it lands; saved web pages (.html) wait for it.
import { parse as parseYaml } from 'yaml';
import { MAX_ARTICLE_BYTES } from '../pipeline/stages/decode';
import type { Diagnostic, StoryInput } from '../pipeline/types';

const ARTICLE_FILE = /\.(txt|md|markdown)$/i;
const PAGE_FILE = /\.html?$/i;
const STORY_FILE = /^story\.ya?ml$/i;
const EDITOR_FILE = /(^\.#|^#.*#$|~$|\.(swp|swo|swx|bak|orig|tmp)$)/i;
const MAX_ID_LENGTH = 80;

export interface StoryFile {
  name: string;
  bytes: Uint8Array;
}

/** A story id safe in a file name and a URL, as the command line makes it from a folder name. */
export function storyIdOf(folderName: string): string {
  const slug = folderName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

type StoryMeta = NonNullable<StoryInput['meta']>;

/** story.yaml field by field: a wrong-typed field is dropped with a message, the rest kept. */
function readStoryMeta(file: StoryFile, diagnostics: Diagnostic[]): StoryMeta | undefined {
  const warn = (message: string, line?: number) => diagnostics.push({ level: 'warning', file: file.name, line, message });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
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

/** Why a file is not an article, or null when it is one. */
function skipReason(file: StoryFile): string | null {
  if (file.name.startsWith('.') && !file.name.startsWith('.#')) return 'skipped: a hidden file is never published';
  if (EDITOR_FILE.test(file.name)) return "skipped: an editor's lock or backup file";
  if (PAGE_FILE.test(file.name)) return 'skipped: saved web pages cannot be read here yet; save the article as .txt';
  if (!ARTICLE_FILE.test(file.name)) return 'skipped: not a .txt or .md article';
  if (file.bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (file.bytes.length / 1024 / 1024).toFixed(1);
    return `skipped: ${mb} MB is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may be`;
  }
  return null;
}

/** Files of one story (and an optional story.yaml) into pipeline input, each skipped file with its message. */
export function assembleStory(folderName: string, files: StoryFile[]): { input: StoryInput | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const input: StoryInput = { id: storyIdOf(folderName) || 'story', articles: [] };
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of sorted) {
    if (STORY_FILE.test(file.name)) {
      input.meta = readStoryMeta(file, diagnostics) ?? input.meta;
      continue;
    }
    const reason = skipReason(file);
    if (reason) diagnostics.push({ level: 'warning', file: file.name, message: reason });
    else input.articles.push({ file: file.name, bytes: file.bytes });
  }
  input.label = folderName;
  if (input.articles.length === 0) {
    diagnostics.push({ level: 'error', file: folderName, message: 'no article to analyse: add .txt or .md files, or paste an article' });
    return { input: null, diagnostics };
  }
  return { input, diagnostics };
}
