import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { handOverFirstView } from './app/firstViewHandoff';
import { readLocalStoriesEarly } from './features/add-articles/localStories';
import { whenLangReady } from './shared/i18n';

function start(root: HTMLElement): void {
  handOverFirstView(root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  // the stories kept on this device decide, with the index, which story opens: read alongside the language
  readLocalStoriesEarly();
  // The page written at build time stays up until the reader's language has arrived, so the first
  // render never shows English words to a reader of another language; failing that, English.
  void whenLangReady().then(
    () => start(root),
    () => start(root),
  );
}
