import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The app's scripts are modules, so they never block the first paint (index.html draws the loading
 * skeleton itself): fetched at low priority, they leave the bandwidth to the stylesheet and digests first.
 */
function lowPriorityScripts(): Plugin {
  return {
    name: 'low-priority-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"'),
    },
  };
}

/**
 * Lists chunks that the app imports dynamically but needs before its first meaningful paint
 * as <link rel="modulepreload">, so they download next to the entry script instead of after it.
 */
function preloadDynamic(modules: RegExp[]): Plugin {
  return {
    name: 'preload-dynamic-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && c.isDynamicEntry && modules.some((m) => m.test(c.facadeModuleId ?? '')));
        // with the chunks they import, so that none of them waits for another to arrive first
        const files = new Set(chunks.flatMap((c) => (c.type === 'chunk' ? [c.fileName, ...c.imports] : [])));
        return [...files].filter((file) => !html.includes(file)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * The dev server runs the hot-reload client as an inline module and talks to it over a WebSocket:
 * only there does the Content-Security-Policy of index.html allow inline script and ws:.
 */
function devServerCsp(): Plugin {
  return {
    name: 'dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  };
}

/** What a <meta> policy cannot say: the app may not be framed by other sites (clickjacking). */
const FRAME_POLICY = { 'Content-Security-Policy': "frame-ancestors 'none'" };

export default defineConfig({
  base: './',
  // preloadDynamic([...]) lists lazy chunks that the first view needs; none does now (the digest
  // validator runs when the page is idle, see src/app/loadDigest.ts)
  plugins: [react(), devServerCsp(), preloadDynamic([]), lowPriorityScripts()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  // the analysis worker is a module worker (new Worker(url, { type: 'module' })), minified like the
  // app: the date stage picks chrono's refiners by their methods, never by class name
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: FRAME_POLICY },
});
