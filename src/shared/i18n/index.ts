import { useSyncExternalStore } from 'react';
import { en, id, type Catalogue, type MessageKey } from './messages';

// A typed catalogue of two languages is small enough that an i18n library would only add weight
// to the first view; the compiler checks that both languages have every key.
export type Lang = 'en' | 'id';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogues: Record<Lang, Catalogue> = { en, id };
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

/** Switches the interface language and remembers the choice. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

/** Re-reads the browser language (used by tests). */
export function resetLang(): void {
  current = detect();
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Formats one message of a catalogue. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = catalogues[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

/** The current language and a translate function bound to it. */
export function useI18n(): { lang: Lang; t: Translate } {
  const lang = useSyncExternalStore(subscribe, () => current, () => current);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}
