// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, id } from '../../src/shared/i18n/messages';
import { loadLang, resetLang, setLang, translate } from '../../src/shared/i18n';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('i18n', () => {
  it('has every key in both languages, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(id[key]), key).toEqual(vars(en[key]));
    }
  });

  it('reads as English until another language has arrived, then switches to it', async () => {
    const { useI18n } = await import('../../src/shared/i18n');
    const { renderHook, waitFor } = await import('@testing-library/react');
    setLang('en');
    const hook = renderHook(() => useI18n());
    setLang('id');
    expect(hook.result.current.t('compareOnly')).toBe(en.compareOnly); // its chunk is still on the way
    await waitFor(() => expect(hook.result.current.lang).toBe('id'));
    expect(hook.result.current.t('compareOnly')).toBe(id.compareOnly);
    expect(document.documentElement.lang).toBe('id');
  });

  it('fills placeholders', async () => {
    await loadLang('id');
    expect(translate('id', 'compareOf', { n: 3, m: 5 })).toBe('3 dari 5 media memberitakan ini');
  });

  it('follows the browser language unless a choice was saved', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['id-ID', 'en']);
    resetLang();
    const { useI18n } = await import('../../src/shared/i18n');
    const { renderHook } = await import('@testing-library/react');
    expect(renderHook(() => useI18n()).result.current.lang).toBe('id');
    window.localStorage.setItem('news-compare.lang', 'en');
    resetLang();
    expect(renderHook(() => useI18n()).result.current.lang).toBe('en');
  });
});
