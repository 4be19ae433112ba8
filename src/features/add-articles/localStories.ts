// Stories analysed or imported in this browser, kept in IndexedDB: a list of entries (shaped like
// the bundled story index) and each digest's text. idb-keyval loads only when a story is read or
// kept, so it adds nothing to the first view's scripts.
import type { Digest, StoryIndex } from '../../shared/digest/schema';
import { summarizeStory } from '../../shared/digest/summary';

export type LocalEntry = StoryIndex['stories'][number];

/** The few calls of a key-value store the list needs (idb-keyval's, or a map in tests). */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

const ENTRIES = 'entries';
const digestKey = (id: string) => `digest:${id}`;
const LOCAL_FILE = 'local:';

/** The `file` of a local story's entry: not a path, so it can never be fetched. */
export const localFileOf = (id: string) => `${LOCAL_FILE}${id}`;
export const isLocalFile = (file: string) => file.startsWith(LOCAL_FILE);
export const localIdOf = (file: string) => file.slice(LOCAL_FILE.length);

/** A store that forgets on reload: where the browser has no IndexedDB (tests, some private modes). */
export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
  };
}

async function indexedDbBackend(): Promise<KeyValueBackend> {
  const { createStore, get, set, del } = await import('idb-keyval');
  const store = createStore('news-compare', 'local-stories');
  return { get: (key) => get(key, store), set: (key, value) => set(key, value, store), del: (key) => del(key, store) };
}

let backend: Promise<KeyValueBackend> | null = null;
const store = () => (backend ??= typeof indexedDB === 'undefined' ? Promise.resolve(memoryBackend()) : indexedDbBackend());

/** Replaces the store (tests). */
export function setLocalBackend(next: KeyValueBackend): void {
  backend = Promise.resolve(next);
}

const isEntry = (x: unknown): x is LocalEntry =>
  !!x && typeof x === 'object' && typeof (x as LocalEntry).id === 'string' && typeof (x as LocalEntry).title === 'string' && typeof (x as LocalEntry).file === 'string';

/** The local stories, oldest first. */
export async function listLocalStories(): Promise<LocalEntry[]> {
  const entries = await (await store()).get(ENTRIES);
  return Array.isArray(entries) ? entries.filter(isEntry) : [];
}

let early: Promise<LocalEntry[]> | null = null;

/**
 * Starts reading the list before the app first renders: which story opens waits for it (a local
 * story makes a list of several), and reading it loads idb-keyval and opens the database.
 */
export function readLocalStoriesEarly(): void {
  early ??= listLocalStories();
  early.catch(() => undefined);
}

/** The list read early, once (a later read reads afresh), else the list now. */
export function takeLocalStories(): Promise<LocalEntry[]> {
  const list = early ?? listLocalStories();
  early = null;
  return list;
}

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

/** A local story's digest text, or null when it is not kept here. */
export async function readLocalDigest(id: string): Promise<string | null> {
  const text = await (await store()).get(digestKey(id));
  return typeof text === 'string' ? text : null;
}

export async function deleteLocalStory(id: string): Promise<void> {
  const kv = await store();
  const entries = await listLocalStories();
  await kv.set(ENTRIES, entries.filter((e) => e.id !== id));
  await kv.del(digestKey(id));
}
