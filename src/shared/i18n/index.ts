import { useSyncExternalStore } from 'react';
import { en, type Catalogue, type MessageKey } from './en';

// A typed catalogue per language is small enough that an i18n library would only add weight to the
// first view; the compiler checks that every language has every key. English, the reference, ships
// with the app; another language is a chunk of its own, fetched before the first render when it is
// the reader's (see whenLangReady) and otherwise on the switch to it.
export type Lang = 'en' | 'id';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogues: Partial<Record<Lang, Catalogue>> = { en };
const loaders: Record<Lang, () => Promise<Catalogue>> = {
  en: async () => en,
  id: async () => (await import('./id')).id,
};
const loading = new Map<Lang, Promise<void>>();

/** Fetches the catalogue of `lang` once; resolves when it can be shown. */
export function loadLang(lang: Lang): Promise<void> {
  if (catalogues[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (catalogue) => void (catalogues[lang] = catalogue),
      (error: unknown) => {
        loading.delete(lang); // a later switch tries again
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

const STORAGE_KEY = 'news-compare.lang';
const listeners = new Set<() => void>();

function detect(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'id') return saved;
  } catch {
    // storage can be blocked; fall back to the browser language
  }
  const langs = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  return langs.some((l) => l.toLowerCase().startsWith('id') || l.toLowerCase().startsWith('in')) &&
    !langs[0]?.toLowerCase().startsWith('en')
    ? 'id'
    : 'en';
}

let current: Lang = detect();
let wanted: Lang = current;

/** The language of the first render: its catalogue, fetched now if the app does not carry it. */
export const whenLangReady = (): Promise<void> => loadLang(current);

function show(lang: Lang): void {
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

/**
 * Switches the interface language and remembers the choice: at once when its catalogue is at hand,
 * else once it has arrived (the words stay in the old language meanwhile, never blank).
 */
export function setLang(lang: Lang): void {
  wanted = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  if (catalogues[lang]) return show(lang);
  loadLang(lang).then(
    () => wanted === lang && show(lang),
    () => {
      // offline or the chunk is gone: stay in the language shown
    },
  );
}

/** Re-reads the browser language (used by tests). */
export function resetLang(): void {
  current = wanted = detect();
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Formats one message of a catalogue. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  // before its catalogue arrives a language reads as English (the first render waits for it)
  const text = (catalogues[lang] ?? en)[key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

// One translate function per language, made once: a component that hands `t` on, or lists it
// among a memo's inputs, renders again only when the language changes, not on every render.
const bound = new Map<Lang, { lang: Lang; t: Translate }>();
function boundTo(lang: Lang): { lang: Lang; t: Translate } {
  const made = bound.get(lang);
  if (made) return made;
  const entry = { lang, t: ((key, vars) => translate(lang, key, vars)) as Translate };
  // kept only once the catalogue is here: until then `t` reads as English and must change after
  if (catalogues[lang]) bound.set(lang, entry);
  return entry;
}

/** The current language and a translate function bound to it (the same object while the language stays). */
export function useI18n(): { lang: Lang; t: Translate } {
  const lang = useSyncExternalStore(subscribe, () => current, () => current);
  return boundTo(lang);
}
