// @ts-expect-error: a plain JavaScript module of the build scripts, without types
import { loadAppAfterFirstPaint, moveStylesheet, withoutFirstView } from '../../scripts/lib/first-view-html.mjs';

const built = `<!doctype html>
<html lang="en">
  <head>
    <script src="./boot.js" async></script>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/i18n-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="first-view"><main>text</main></div>
    <div id="root"></div>
  </body>
</html>`;

describe('a page with a first view', () => {
  const html: string = loadAppAfterFirstPaint(built);

  it('loads nothing but its boot script before that view paints', () => {
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toMatch(/<link rel="(modulepreload|stylesheet)"/);
    expect(html).toContain('<script src="./boot.js" async></script>');
  });

  it('names the script, its preloads and the stylesheet for the boot script to load later', () => {
    expect(html).toContain('<meta name="app-entry" content="./assets/index-abc.js">');
    expect(html).toContain('<meta name="app-preload" content="./assets/i18n-def.js">');
    expect(html).toContain('<meta name="app-style" content="./assets/index-ghi.css">');
    expect(html.indexOf('app-entry')).toBeLessThan(html.indexOf('</head>'));
  });

  it('says so on the root element, which is there before any script runs', () => {
    expect(html).toMatch(/<html lang="en" data-first-view>/);
  });

  it('refuses a page without the app script', () => {
    expect(() => loadAppAfterFirstPaint('<html><head></head><body></body></html>')).toThrow(/no module script/);
  });
});

describe('a page with the loading skeleton', () => {
  it('keeps its module script and moves the stylesheet to the end of the body', () => {
    const html: string = moveStylesheet(built);
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-abc.js"></script>');
    expect(html.indexOf('rel="stylesheet"')).toBeGreaterThan(html.indexOf('<div id="root">'));
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
  });
});

describe('a page with a first view, for a story of another build', () => {
  const skeleton = '<main class="boot">loading</main>';
  const html: string = withoutFirstView(loadAppAfterFirstPaint(built), skeleton);

  it('holds the loading placeholder in its root again, and no first view', () => {
    expect(html).toContain(`<div id="root">${skeleton}</div>`);
    expect(html).not.toContain('first-view');
  });

  it('loads the app at once: its script and preloads in <head>, its stylesheet at the end of <body>', () => {
    expect(html).not.toContain('<meta name="app-');
    expect(html).toMatch(/<script type="module" crossorigin src=".\/assets\/index-abc.js"><\/script>[\s\S]*<\/head>/);
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href=".\/assets\/i18n-def.js">[\s\S]*<\/head>/);
    expect(html).toMatch(/<\/main><\/div>[\s\S]*<link rel="stylesheet" crossorigin href=".\/assets\/index-ghi.css">\n<\/body>/);
  });

  it('leaves a page without a first view as it is', () => {
    expect(withoutFirstView(moveStylesheet(built.replace(/<div id="first-view">.*<\/div>\n/, '')), skeleton)).toBe(moveStylesheet(built.replace(/<div id="first-view">.*<\/div>\n/, '')));
  });
});
