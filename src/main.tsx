import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { handOverFirstView } from './app/firstViewHandoff';

const root = document.getElementById('root');
if (root) {
  handOverFirstView(root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
