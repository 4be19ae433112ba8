import { DIGEST_SCHEMA_VERSION, parseDigest, storyIndexSchema, type Digest, type StoryIndex } from '../shared/digest/schema';

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
export const digestUrl = (file: string) => `${import.meta.env.BASE_URL}digests/${file}`;

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new LoadError('missing', `${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new LoadError('missing', `${url}: HTTP ${response.status}`);
  const text = await response.text();
  if (/^\s*</.test(text)) throw new LoadError('missing', `${url}: not a digest`);
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('corrupt', `${url}: not valid JSON`);
  }
}

function hasOtherVersion(json: unknown): boolean {
  return !!json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== DIGEST_SCHEMA_VERSION;
}

/** Loads and validates the list of stories. */
export async function loadIndex(signal?: AbortSignal): Promise<StoryIndex> {
  const json = await fetchJson(digestUrl('index.json'), signal);
  if (hasOtherVersion(json)) throw new LoadError('version', 'index.json: other schema version');
  const parsed = storyIndexSchema.safeParse(json);
  if (!parsed.success) throw new LoadError('invalid', `index.json: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Loads and validates one story digest. */
export async function loadDigest(file: string, signal?: AbortSignal): Promise<Digest> {
  const json = await fetchJson(digestUrl(file), signal);
  const result = parseDigest(json);
  if (!result.ok) throw new LoadError(hasOtherVersion(json) ? 'version' : 'invalid', `${file}: ${result.reason}`);
  return result.digest;
}
