// Stories analysed or imported in this browser, kept in IndexedDB: a list of entries (shaped like
// the bundled story index) and each digest's text. idb-keyval loads only when a story is read or
// kept, so it adds nothing to the first view's scripts; what keeps or deletes a story is in
// localStoryWrites.ts, which only the views that do so load.
import type { StoryIndex } from '../../shared/digest/schema';

export type LocalEntry = StoryIndex['stories'][number];

/** The few calls of a key-value store the list needs (idb-keyval's, or a map in tests). */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export const ENTRIES = 'entries';
export const digestKey = (id: string) => `digest:${id}`;
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
export const store = () => (backend ??= typeof indexedDB === 'undefined' ? Promise.resolve(memoryBackend()) : indexedDbBackend());

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
  // as public/boot.js read it, with IndexedDB's own calls, before the app's script arrived: read
  // afresh should that read have failed
  const holder = globalThis as { __earlyLocalStories?: Promise<unknown> | null };
  const booted = holder.__earlyLocalStories;
  holder.__earlyLocalStories = null;
  early ??= booted ? booted.then((entries) => (Array.isArray(entries) ? entries.filter(isEntry) : []), listLocalStories) : listLocalStories();
  early.catch(() => undefined);
}

/** The list read early, once (a later read reads afresh), else the list now. */
export function takeLocalStories(): Promise<LocalEntry[]> {
  const list = early ?? listLocalStories();
  early = null;
  return list;
}

/** A local story's digest text, or null when it is not kept here. */
export async function readLocalDigest(id: string): Promise<string | null> {
  const text = await (await store()).get(digestKey(id));
  return typeof text === 'string' ? text : null;
}
