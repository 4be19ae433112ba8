// How dist/index.html changes when the build writes a first view into it (scripts/prerender.mjs):
// plain string functions over the page Vite wrote, so that they can be tested alone.

/**
 * With a first view in the page, nothing but the page and public/boot.js downloads before that
 * view has painted: the app's module script, its module preloads and its stylesheets become
 * <meta> tags that name them (app-entry, app-preload, app-style), and boot.js adds the real tags
 * once the first view is on screen. `<html data-first-view>` tells boot.js so before the rest of
 * the page is parsed. (Whatever finishes downloading before the first paint delays it on a slow
 * network, and Lighthouse's simulation charges each such request to the largest paint.)
 */
export function loadAppAfterFirstPaint(html) {
  const entry = /<script type="module"[^>]*? src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('index.html: no module script for the app');
  const tags = [];
  let out = html.replace(entry[0], () => {
    tags.push(`<meta name="app-entry" content="${entry[1]}">`);
    return '';
  });
  out = out.replace(/<link rel="modulepreload"[^>]*? href="([^"]+)"[^>]*>\s*/g, (_, href) => {
    tags.push(`<meta name="app-preload" content="${href}">`);
    return '';
  });
  out = out.replace(/<link rel="stylesheet"[^>]*? href="([^"]+)"[^>]*>\s*/g, (_, href) => {
    tags.push(`<meta name="app-style" content="${href}">`);
    return '';
  });
  if (!/<html\b[^>]*>/.test(out)) throw new Error('index.html: no <html> tag');
  out = out.replace(/<html\b([^>]*)>/, (_, attrs) => `<html${attrs} data-first-view>`);
  return out.replace('</head>', () => `  ${tags.join('\n    ')}\n  </head>`);
}

/**
 * Without a first view, the stylesheet link moves from <head> to just before </body>: there it no
 * longer holds back the paint of the loading skeleton (styled inline), while the app's module
 * script, which runs only after the document and its stylesheets are in, still finds every style
 * applied.
 */
export function moveStylesheet(html) {
  const links = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  let out = html;
  for (const link of links) out = out.replace(link, '');
  return out.replace('</body>', () => `${links.map((l) => l.trim()).join('\n')}\n</body>`);
}

/**
 * The page back as it is without a first view (what the build writes when its stories open none):
 * `skeleton` (the loading placeholder of index.html) in the root again, the app's script and
 * preloads as tags in <head>, its stylesheets before </body> as moveStylesheet leaves them. A
 * build's page serves other stories than its own this way (scripts/bench-large-story.mjs): the
 * first view of the build's story is not theirs.
 */
export function withoutFirstView(html, skeleton) {
  if (!/<html\b[^>]*\bdata-first-view\b/.test(html)) return html;
  const named = (name) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]+)">\\s*`, 'g'))];
  const head = [
    ...named('app-entry').map(([, src]) => `<script type="module" crossorigin src="${src}"></script>`),
    ...named('app-preload').map(([, href]) => `<link rel="modulepreload" crossorigin href="${href}">`),
  ];
  const styles = named('app-style').map(([, href]) => `<link rel="stylesheet" crossorigin href="${href}">`);
  let out = html.replace(/<meta name="app-(entry|preload|style)" content="[^"]+">\s*/g, '');
  out = out.replace(/(<html\b[^>]*?) data-first-view/, '$1');
  out = out.replace(/<div id="first-view">[\s\S]*?<\/div>\s*<div id="root"><\/div>/, () => `<div id="root">${skeleton}</div>`);
  out = out.replace('</head>', () => `  ${head.join('\n    ')}\n  </head>`);
  return out.replace('</body>', () => `${styles.join('\n')}\n</body>`);
}
