import { MAX_ARTICLE_BYTES } from './limits';
import type { Diagnostic, StoryInput } from '../types';
import { storyIdOf } from './story-id';
import { readStoryMeta } from './story-meta';

/** A file as the reader or the file system hands it over: its name in the story and its bytes. */
export interface StoryFile {
  name: string;
  bytes: Uint8Array;
}

export interface AssembledStory {
  /** Always a story, maybe of no article: running it then says "story has no usable article". */
  input: StoryInput;
  diagnostics: Diagnostic[];
}

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;
const STORY_FILE = /^story\.ya?ml$/i;
/** Editors' lock, swap and backup files: never an article, whatever their extension. */
const EDITOR_FILE = /(^\.#|^#.*#$|~$|\.(swp|swo|swx|bak|orig|tmp)$)/i;

/** Why a file is never read, judged by its name alone (hidden, an editor's leftovers), or null. */
export function skippedByName(name: string): string | null {
  if (name.startsWith('.') && !name.startsWith('.#')) return 'skipped: a hidden file is never published';
  if (EDITOR_FILE.test(name)) return "skipped: an editor's lock or backup file";
  return null;
}

/** What a file is to a story: its story file, an article, or the reason it is neither. */
export function roleOf(name: string): 'story' | 'article' | { skip: string } {
  const byName = skippedByName(name);
  if (byName) return { skip: byName };
  if (/[/\\]/.test(name)) return { skip: 'skipped: in a subfolder; a story is one flat folder of article files' };
  if (STORY_FILE.test(name)) return 'story';
  if (ARTICLE_FILE.test(name)) return 'article';
  return { skip: 'skipped: not a .txt, .md or .html article' };
}

/** Too large to be an article, judged by its size (a 2 GB file is never read), or null. */
export function tooLarge(size: number): string | null {
  if (size <= MAX_ARTICLE_BYTES) return null;
  return `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB an article may be`;
}

const byName = (a: StoryFile, b: StoryFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Files of one story to pipeline input: which are articles, the story file read field by field,
 * the story id made from the folder name. Pure (no file system, no clock); every skipped file
 * gets one message naming it. Article bytes are passed on as they are: decoding is the pipeline's.
 */
export function assembleStory(folderName: string, files: readonly StoryFile[]): AssembledStory {
  const diagnostics: Diagnostic[] = [];
  const id = storyIdOf(folderName);
  const input: StoryInput = { id: id || 'story', label: folderName, articles: [] };
  for (const file of [...files].sort(byName)) {
    const role = roleOf(file.name);
    if (typeof role === 'object') {
      diagnostics.push({ level: 'warning', file: file.name, message: role.skip });
      continue;
    }
    if (role === 'story') {
      input.meta = readStoryMeta(file.name, file.bytes, diagnostics) ?? input.meta;
      continue;
    }
    const large = tooLarge(file.bytes.length);
    if (large) diagnostics.push({ level: 'warning', file: file.name, message: large });
    else input.articles.push({ file: file.name, bytes: file.bytes });
  }
  return { input, diagnostics };
}
