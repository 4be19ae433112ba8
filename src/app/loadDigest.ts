import { localIdOf, readLocalDigest } from '../features/add-articles/localStories';
import type { Digest, StoryIndex } from '../shared/digest/schema';

// The validator (zod and the schemas) is a chunk of its own: it downloads next to the digests and
// evaluates apart from the app's first script, which keeps that script's start-up task short.
const schema = () => import('./validator');

export type LoadErrorKind = 'missing' | 'corrupt' | 'version' | 'invalid' | 'no-stories' | 'unknown-story';

/** A digest that could not be used, with a kind the error view translates. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'LoadError';
  }
}

/** Where the digests are served from, next to the app. */
export const digestUrl = (file: string) => `${import.meta.env.BASE_URL}digests/${encodeURIComponent(file)}`;

/** Downloads that index.html starts before the app's script arrives, by file name. */
type EarlyDigests = Record<string, Promise<string | null> | undefined>;

/** Takes over an early download of `file` (once: a retry fetches afresh); null when there is none or it failed. */
async function takeEarly(file: string): Promise<string | null> {
  const early = (globalThis as { __earlyDigests?: EarlyDigests }).__earlyDigests;
  const pending = early?.[file];
  if (!early || !pending) return null;
  delete early[file];
  return pending;
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new LoadError('missing', `${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new LoadError('missing', `${url}: HTTP ${response.status}`);
  return response.text();
}

async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  const url = digestUrl(file);
  const text = (await takeEarly(file)) ?? (await fetchText(url, signal));
  if (/^\s*</.test(text)) throw new LoadError('missing', `${url}: not a digest`);
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('corrupt', `${url}: not valid JSON`);
  }
}

function hasOtherVersion(json: unknown, DIGEST_SCHEMA_VERSION: number): boolean {
  return !!json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== DIGEST_SCHEMA_VERSION;
}

/** Loads and validates the list of stories. */
export async function loadIndex(signal?: AbortSignal): Promise<StoryIndex> {
  const [json, { DIGEST_SCHEMA_VERSION, storyIndexSchema }] = await Promise.all([fetchJson('index.json', signal), schema()]);
  if (hasOtherVersion(json, DIGEST_SCHEMA_VERSION)) throw new LoadError('version', 'index.json: other schema version');
  const parsed = storyIndexSchema.safeParse(json);
  if (!parsed.success) throw new LoadError('invalid', `index.json: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

async function validateDigest(json: unknown, file: string): Promise<Digest> {
  const { DIGEST_SCHEMA_VERSION, parseDigest } = await schema();
  const result = parseDigest(json);
  if (!result.ok) throw new LoadError(hasOtherVersion(json, DIGEST_SCHEMA_VERSION) ? 'version' : 'invalid', `${file}: ${result.reason}`);
  return result.digest;
}

/** Loads and validates one story digest. */
export async function loadDigest(file: string, signal?: AbortSignal): Promise<Digest> {
  const [json] = await Promise.all([fetchJson(file, signal), schema()]);
  return validateDigest(json, file);
}

/** A digest file's text (kept on this device, or imported) checked as a served digest is. */
export async function parseDigestText(text: string, file: string): Promise<Digest> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError('corrupt', `${file}: not valid JSON`);
  }
  return validateDigest(json, file);
}

/** A story kept on this device, by its entry's file ("local:<id>"). */
export async function loadLocalDigest(file: string): Promise<Digest> {
  const text = await readLocalDigest(localIdOf(file));
  if (text === null) throw new LoadError('missing', `${file}: not on this device`);
  return parseDigestText(text, file);
}
