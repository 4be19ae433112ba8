import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { resetLang, setLang } from '../../src/shared/i18n';
import digest from './fixtures/digest.json';
import index from './fixtures/index.json';

/** A deep copy of the fixture digest, to modify per test. */
export const fixture = () => structuredClone(digest) as typeof digest;

/** Serves `files` (by file name) from a fake fetch; anything else is a 404. */
export function serve(files: Record<string, unknown>) {
  const all: Record<string, unknown> = { 'index.json': index, 'putin-kim.json': digest, ...files };
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    const name = url.split('/').pop() ?? '';
    if (!(name in all)) return new Response('not found', { status: 404 });
    const body = all[name];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  });
}

/** Renders the whole app at `url`, in English unless told otherwise. */
export function renderApp(url = '/', lang: 'en' | 'id' = 'en') {
  window.history.replaceState(null, '', url);
  setLang(lang);
  return render(<App testEnv />);
}

export { resetLang };
