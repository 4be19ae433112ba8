import { localIdOf, readLocalDigest } from '../features/add-articles/localStories';
import type { Digest, StoryIndex } from '../shared/digest/schema';
import type { DigestSlice } from './digestSlice';
import { SCHEMA_VERSION } from './schemaVersion';

// The validator (zod and the schemas) is a chunk of its own, off the first view's path: a digest is
// shown once its schema version and the fields the first render reads check out, and the full
// validation runs when the page is idle, a piece at a time (runInSlices). Should it fail, the
// listeners of onLateInvalid hear of it and the next load of that file validates before it returns
// (so a reload shows the error).
const schema = () => import('./validator');

type LateCheck = (json: unknown) => Promise<string | null>;
const failedLate = new Set<string>();
const lateListeners = new Set<(file: string) => void>();

/** Calls `listener` with the file of every digest (or index.json) that failed its idle validation. */
export function onLateInvalid(listener: (file: string) => void): () => void {
  lateListeners.add(listener);
  return () => void lateListeners.delete(listener);
}

/** Calls `run` in a moment the page has to spare, with the milliseconds left of that moment. */
export type IdleSlice = (run: (timeLeft: () => number) => void) => void;

// at most this long at a time, though the browser may offer up to 50 ms of idle time: a click or
// keystroke that comes meanwhile waits for the slice to end
const SLICE_MS = 8;
const idleSlice: IdleSlice = (run) => {
  const slice = (left: () => number) => {
    const end = performance.now() + SLICE_MS;
    run(() => Math.min(left(), end - performance.now()));
  };
  if (typeof requestIdleCallback === 'function') return void requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()), { timeout: 2000 });
  setTimeout(() => slice(() => SLICE_MS), 16);
};

/**
 * Runs `checks` a few at a time, one slice of idle time after another (at least one check per
 * slice, more while the slice lasts), so that no task grows long enough to hold up input.
 * Resolves with the first failure's reason, or null once every check has passed.
 */
export function runInSlices(checks: readonly (() => string | null)[], slice: IdleSlice = idleSlice): Promise<string | null> {
  return new Promise((resolve) => {
    let next = 0;
    const step = (timeLeft: () => number) => {
      do {
        const reason = checks[next++]?.() ?? null;
        if (reason !== null) return resolve(reason);
      } while (next < checks.length && timeLeft() > 1);
      if (next < checks.length) slice(step);
      else resolve(null);
    };
    if (checks.length === 0) resolve(null);
    else slice(step);
  });
}

function validateWhenIdle(file: string, json: unknown, check: LateCheck): void {
  // the validator's chunk, too, loads only once the page is idle
  idleSlice(() =>
    void check(json).then((reason) => {
      if (reason === null) return;
      failedLate.add(file);
      lateListeners.forEach((l) => l(file));
    }),
  );
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isArray = (value: unknown) => Array.isArray(value);
const hasStrings = (value: unknown, ...keys: string[]) => isObject(value) && keys.every((k) => typeof value[k] === 'string');

/** What the first render of the reader reads without looking twice: the rest is for the idle check. */
function looksLikeDigest(json: Record<string, unknown>): boolean {
  const lists = ['articles', 'entities', 'events', 'sharedPassages', 'discrepancies', 'quotes'];
  return (
    hasStrings(json.story, 'id', 'title') &&
    lists.every((k) => isArray(json[k])) &&
    (json.articles as unknown[]).length > 0 &&
    (json.articles as unknown[]).every((a) => hasStrings(a, 'id', 'text') && isObject(a) && typeof a.bodyStart === 'number' && ['boilerplate', 'headings', 'sentences', 'mentions', 'timex'].every((k) => isArray(a[k])))
  );
}

/** What the reader reads of a first screen's file before the whole story has arrived. */
export const looksLikeSlice = (json: unknown): json is DigestSlice =>
  isObject(json) &&
  json.schemaVersion === SCHEMA_VERSION &&
  typeof json.articles === 'number' &&
  typeof json.textChars === 'number' &&
  isObject(json.first) &&
  looksLikeDigest(json.first) &&
  isObject(json.top) &&
  isObject(json.top.summary) &&
  isObject(json.top.coverage) &&
  isArray(json.top.coverage.items);

const looksLikeIndex = (json: Record<string, unknown>) => isArray(json.stories) && (json.stories as unknown[]).every((s) => hasStrings(s, 'id', 'title', 'file'));

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

const hasOtherVersion = (json: unknown) => isObject(json) && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION;

// The idle checks: the index at once (it is small), a digest piece by piece.
const idleIndexCheck: LateCheck = async (json) => {
  const { storyIndexSchema } = await schema();
  return runInSlices([() => {
    const parsed = storyIndexSchema.safeParse(json);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
  }]);
};

const idleDigestCheck: LateCheck = async (json) => runInSlices((await schema()).digestChecks(json));

// The checks at once, when a file's shape is off or it failed before.
const checkIndex: LateCheck = async (json) => {
  const parsed = (await schema()).storyIndexSchema.safeParse(json);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'invalid');
};

const checkDigest: LateCheck = async (json) => {
  const result = (await schema()).parseDigest(json);
  return result.ok ? null : result.reason;
};

/**
 * The checks of one file: its version and shape at once, and the validator either at once (when
 * the shape is off, or when this file failed its idle validation before) or in idle slices.
 */
async function check(file: string, json: unknown, looksRight: (json: Record<string, unknown>) => boolean, now: LateCheck, idle: LateCheck): Promise<void> {
  const quick = isObject(json) && json.schemaVersion === SCHEMA_VERSION && looksRight(json);
  if (quick && !failedLate.has(file)) return validateWhenIdle(file, json, idle);
  const reason = (await now(json)) ?? (quick ? null : 'unexpected shape');
  if (reason !== null) throw new LoadError('invalid', `${file}: ${reason}`);
  failedLate.delete(file);
}

/** Loads the list of stories. */
export async function loadIndex(signal?: AbortSignal): Promise<StoryIndex> {
  const json = await fetchJson('index.json', signal);
  if (hasOtherVersion(json)) throw new LoadError('version', 'index.json: other schema version');
  await check('index.json', json, looksLikeIndex, checkIndex, idleIndexCheck);
  return json as StoryIndex;
}

/** Loads one story digest. */
export async function loadDigest(file: string, signal?: AbortSignal): Promise<Digest> {
  const json = await fetchJson(file, signal);
  if (hasOtherVersion(json)) throw new LoadError('version', `${file}: digest schema version ${String((json as { schemaVersion: unknown }).schemaVersion)}, expected ${SCHEMA_VERSION}: rebuild it with "npm run digest"`);
  await check(file, json, looksLikeDigest, checkDigest, idleDigestCheck);
  return json as Digest;
}

/**
 * Loads a story's first screen (digestSlice.ts); null when it is missing or not what it should be:
 * the reader then waits for the whole story, which is validated as every digest is.
 */
export async function loadSlice(file: string, signal?: AbortSignal): Promise<DigestSlice | null> {
  try {
    const json = await fetchJson(file, signal);
    return looksLikeSlice(json) ? json : null;
  } catch {
    return null;
  }
}

/** Full validation at once: for digests that come from the reader (an import, this device's store). */
async function validateDigest(json: unknown, file: string): Promise<Digest> {
  const result = (await schema()).parseDigest(json);
  if (!result.ok) throw new LoadError(hasOtherVersion(json) ? 'version' : 'invalid', `${file}: ${result.reason}`);
  return result.digest;
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
