// Shared setup for component tests (imported by each test file, which also sets the jsdom env).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadLang } from '../../src/shared/i18n';

// findBy / waitFor wait up to 30 s: the first render loads the validator and markdown chunks, and
// the add-articles views their own, which on a busy machine (the test run's other files beside
// them on two cores) took 10 s at times; an element that never comes still fails the test.
configure({ asyncUtilTimeout: 30_000 });

if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
  Element.prototype.scrollTo = function scrollTo() {} as typeof Element.prototype.scrollTo;
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

// Component tests switch languages synchronously: every catalogue is at hand from the start.
await loadLang('id');
