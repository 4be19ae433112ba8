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
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && c.isDynamicEntry && modules.some((m) => m.test(c.facadeModuleId ?? '')));
        return chunks.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${c.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  base: './',
  // the digest validator: every first view parses the story list and a digest with it
  plugins: [react(), preloadDynamic([/\/src\/shared\/digest\/schema\.ts$/]), lowPriorityScripts()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
