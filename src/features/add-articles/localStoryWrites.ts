// Keeping and deleting the stories of this device (localStories.ts reads them): only the views
// that add or delete a story load this.
import type { Digest } from '../../shared/digest/schema';
import { summarizeStory } from '../../shared/digest/summary';
import { digestKey, ENTRIES, listLocalStories, localFileOf, store, type LocalEntry } from './localStories';

/** A story id not taken yet: "local-<digest id>", then "-2", "-3". */
export function freeLocalId(storyId: string, taken: ReadonlySet<string>): string {
  const base = `local-${storyId || 'story'}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Keeps a digest (its text as written, and its parsed form for the list), under a new id. */
export async function saveLocalStory(text: string, digest: Pick<Digest, 'story' | 'articles' | 'events'>, reserved: readonly string[] = []): Promise<LocalEntry> {
  const kv = await store();
  const entries = await listLocalStories();
  const id = freeLocalId(digest.story.id, new Set([...reserved, ...entries.map((e) => e.id)]));
  const entry: LocalEntry = { id, title: digest.story.title, articleCount: digest.articles.length, file: localFileOf(id), ...summarizeStory(digest) };
  await kv.set(digestKey(id), text);
  await kv.set(ENTRIES, [...entries, entry]);
  return entry;
}

export async function deleteLocalStory(id: string): Promise<void> {
  const kv = await store();
  const entries = await listLocalStories();
  await kv.set(ENTRIES, entries.filter((e) => e.id !== id));
  await kv.del(digestKey(id));
}
