import { slugOf } from '../language/id';

/** Story ids that would collide with the files the build writes beside the digests. */
const RESERVED_IDS = new Set(['index', 'digests', 'assets']);
const MAX_ID_LENGTH = 80;

/** A story id safe in a file name and a URL: lower-case letters, digits and hyphens. */
export function storyIdOf(folderName: string): string {
  return slugOf(folderName).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

/** Why a story folder name cannot be a story, or null when it can. */
export function refusedStoryId(folderName: string): string | null {
  const id = storyIdOf(folderName);
  if (id === '') return 'skipped: the folder name has no letters or digits to make a story id from';
  if (RESERVED_IDS.has(id)) return `skipped: "${id}" is reserved for the build's own files; rename the folder`;
  return null;
}
