// Runs before the app's script, from a file of the app's own origin (the Content-Security-Policy
// allows no inline script).

// The colour scheme before the first paint (what Mantine's ColorSchemeScript does), so a dark
// reader never sees a white flash.
(function () {
  try {
    var saved = localStorage.getItem('mantine-color-scheme-value');
    var scheme = saved === 'light' || saved === 'dark' ? saved : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch (e) {}
})();

// The story list, then the story the first view shows (named in the address, or the only one),
// start downloading before the app's script arrives: src/app/loadDigest.ts takes them over. With a
// first view in the page they start once it has painted (below), so that nothing else is on the
// network while the page's own text is on its way to the screen.
function fetchDigestsEarly() {
  readLocalStoriesEarly();
  if (!window.fetch || window.__earlyDigests) return;
  var early = (window.__earlyDigests = {});
  var get = function (file, priority) {
    return fetch('./digests/' + encodeURIComponent(file), priority ? { priority: priority } : undefined).then(
      function (r) { return r.ok ? r.text() : null; },
      function () { return null; }
    );
  };
  early['index.json'] = get('index.json').then(function (text) {
    try {
      var stories = JSON.parse(text).stories;
      var id = new URLSearchParams(location.search).get('story');
      var story = stories.filter(function (s) { return s.id === id; })[0] || (!id && stories.length === 1 ? stories[0] : null);
      if (story && typeof story.file === 'string' && /^[\w.-]+\.json$/.test(story.file)) {
        // a large story's first screen (src/app/digestSlice.ts: more than SLICE_ARTICLES = 8 articles)
        // first: the reader draws it before the whole story has arrived
        var slice = null;
        if (story.articleCount > 8) {
          slice = (early[story.file.replace(/\.json$/, '.first.json')] = get(story.file.replace(/\.json$/, '.first.json')));
          slice.then(drawLead);
        }
        // behind the first screen's file and the app's script, which the first screen needs first:
        // asked for once that file is in, so that the server sends (and compresses) the few kB the
        // reader draws first before the megabytes it parses only after that paint
        early[story.file] = slice ? slice.then(function () { return get(story.file, 'low'); }) : get(story.file);
      }
    } catch (e) {}
    return text;
  });
}

// The list of stories kept on this device (src/features/add-articles/localStories.ts: idb-keyval's
// store 'local-stories' in the database 'news-compare', key 'entries'), read with IndexedDB's own
// calls: which story opens waits for it, and the app would first have to download idb-keyval's
// chunk and only then open the database. The app takes the promise over (or reads afresh when it
// failed).
function readLocalStoriesEarly() {
  if (window.__earlyLocalStories !== undefined) return;
  window.__earlyLocalStories = null;
  try {
    if (!window.indexedDB) return;
    window.__earlyLocalStories = new Promise(function (resolve, reject) {
      var open = indexedDB.open('news-compare');
      // as idb-keyval's createStore does, for a database that is not there yet
      open.onupgradeneeded = function () { open.result.createObjectStore('local-stories'); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var db = open.result;
        try {
          var read = db.transaction('local-stories', 'readonly').objectStore('local-stories').get('entries');
          read.onsuccess = function () { resolve(read.result); };
          read.onerror = function () { reject(read.error); };
        } catch (e) {
          reject(e);
        }
        // the read still completes; the app opens its own connection
        db.close();
      };
    });
    window.__earlyLocalStories.catch(function () {});
  } catch (e) {
    window.__earlyLocalStories = null;
  }
}

// A large story's first screen carries its opening text as plain lines (src/app/digestSlice.ts,
// `lead`). Where the page holds no first view, they are drawn as the build draws one
// (src/app/FirstView.tsx), side by side, while the app's script is still on its way; the app
// takes them over as it does a first view written at build time (src/app/firstViewHandoff.ts).
// Only where the reader would open the story's first columns in their own order (sliceOpens in
// digestSlice.ts), and only while the app has drawn nothing but its loading view.
// `slice.opensWhole`: whether the story opens whole unasked, worked out by the build with the
// app's own limits (src/app/storySize.ts), so that no copy of them lives here
function leadOpens(slice, params) {
  if (params.get('add') === 'true' || params.get('order') || params.get('hidden')) return false;
  var first = params.get('first');
  if (first !== null && /^\d+$/.test(first) && Number(first) >= 1) return Number(first) >= slice.articles;
  return slice.opensWhole === true;
}
function drawLead(text) {
  try {
    var root = document.getElementById('root');
    if (!text || !root || document.getElementById('first-view')) return;
    var busy = [].every.call(root.children, function (el) { return el.tagName === 'STYLE' || el.classList.contains('boot') || el.hasAttribute('data-loading'); });
    if (!busy) return;
    var slice = JSON.parse(text);
    var lead = slice && slice.lead;
    if (!lead || !lead.columns || !leadOpens({ articles: slice.articles, opensWhole: lead.opensWhole }, new URLSearchParams(location.search))) return;
    var el = function (tag, cls, content) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (content) e.textContent = content;
      return e;
    };
    var view = el('div');
    view.id = 'first-view';
    var main = el('main', 'first-view first-view-lead');
    main.setAttribute('aria-busy', 'true');
    main.setAttribute('data-story', lead.story);
    var bar = el('div', 'first-view-bar');
    bar.appendChild(el('span', 'first-view-app', document.title));
    bar.appendChild(document.createTextNode(' '));
    bar.appendChild(el('span', 'first-view-title', lead.title));
    main.appendChild(bar);
    var cols = el('div', 'first-view-columns');
    cols.style.cssText = 'display:flex;overflow:hidden';
    lead.columns.forEach(function (c) {
      var col = el('section', 'first-view-column');
      col.style.cssText = 'flex:1 0 300px;min-width:300px;box-sizing:border-box';
      col.setAttribute('aria-label', c.outlet);
      col.appendChild(el('h2', 'first-view-outlet', c.outlet));
      if (c.title) col.appendChild(el('p', 'first-view-headline', c.title));
      var body = el('div', 'first-view-body');
      c.paragraphs.forEach(function (p) {
        body.appendChild(p.heading || /^#{1,6}\s+/.test(p.text) ? el('h3', '', p.text.replace(/^#{1,6}\s+/, '')) : el('p', '', p.text));
      });
      col.appendChild(body);
      cols.appendChild(col);
    });
    main.appendChild(cols);
    view.appendChild(main);
    // the build's loading skeleton goes; the app's own loading view hides beside a first view
    [].forEach.call(root.querySelectorAll('.boot'), function (b) { b.remove(); });
    root.parentNode.insertBefore(view, root);
  } catch (e) {}
}

// With a first view written in at build time (scripts/prerender.mjs names the app's script, its
// preloads and its stylesheets in <meta> tags instead of loading them), all of them start only
// once that view has painted: a module script that is already downloaded would otherwise run, and
// render the reader, before the browser paints anything; and whatever downloads before that paint
// delays it on a slow network (Lighthouse counts every request that ended before the largest
// paint as a cause of it).
(function () {
  var entry = null;
  var started = false;
  function named(name) {
    return [].map.call(document.querySelectorAll('meta[name="' + name + '"]'), function (m) { return m.getAttribute('content'); });
  }
  function add(tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs) el.setAttribute(k, attrs[k]);
    (tag === 'script' ? document.body : document.head).appendChild(el);
    return el;
  }
  // the app's script runs as a module script would: not before the page's stylesheets are in
  function whenStyled(links, then) {
    var left = links.length;
    if (!left) return then();
    links.forEach(function (l) {
      var done = function () { if (--left === 0) then(); };
      l.addEventListener('load', done);
      l.addEventListener('error', done);
    });
  }
  // the first date the app writes makes the browser load its calendar and locale data (over
  // 10 ms), in the middle of the reader's first render: loaded here, while the page waits for
  // the app's script, it costs that render nothing (any locale's formatter loads what all share)
  function warmDates() {
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
    idle(function () {
      try { new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' }).format(0); } catch (e) {}
    });
  }
  function start() {
    if (started) return;
    started = true;
    fetchDigestsEarly();
    warmDates();
    var styles = named('app-style').map(function (href) { return add('link', { rel: 'stylesheet', crossorigin: 'anonymous', href: href }); });
    // the app's script downloads beside its stylesheet; it runs once the stylesheet is in (below)
    [entry].concat(named('app-preload')).forEach(function (href) { add('link', { rel: 'modulepreload', crossorigin: 'anonymous', href: href }); });
    var pending = [].filter.call(document.querySelectorAll('link[rel="stylesheet"]'), function (l) { return !l.sheet; });
    whenStyled(pending, function () { add('script', { type: 'module', crossorigin: 'anonymous', src: entry }); });
  }
  function afterFirstPaint(then) {
    if (document.visibilityState === 'hidden') return then();
    // the browser's own word that the first view has painted, where it gives one: a task queued
    // from a frame can still run before the paint is recorded
    var observes = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
    if (observes) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length) {
          observer.disconnect();
          then();
        }
      }).observe({ type: 'paint', buffered: true });
    } else {
      // a frame's callbacks run before its paint; a task queued from there runs after it
      requestAnimationFrame(function () { setTimeout(then, 0); });
    }
    // a page that never gets a frame still starts
    setTimeout(then, 1000);
  }
  // a large story's lead that the build wrote in hidden (scripts/prerender.mjs): shown in place of
  // the loading skeleton where the address opens that story whole, gone elsewhere
  function revealLead() {
    var view = document.getElementById('first-view');
    if (!view || !view.hasAttribute('hidden')) return;
    var params = new URLSearchParams(location.search);
    var main = view.querySelector('[data-story]');
    var story = params.get('story');
    var slice = { articles: Number(view.getAttribute('data-articles')), opensWhole: view.hasAttribute('data-opens-whole') };
    if (main && (!story || story === main.getAttribute('data-story')) && leadOpens(slice, params)) {
      view.removeAttribute('hidden');
      [].forEach.call(document.querySelectorAll('#root > .boot'), function (b) { b.remove(); });
    } else view.remove();
  }
  // this script may run before the page's body is parsed (it is async, in <head>); the root and
  // its loading skeleton come after the lead
  function whenRootParsed(then) {
    var parsed = function () { return document.querySelector('#root > *') || document.readyState !== 'loading'; };
    if (parsed()) return then();
    var observer = new MutationObserver(function () {
      if (!parsed()) return;
      observer.disconnect();
      then();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  function ready() {
    revealLead();
    entry = named('app-entry')[0] || null;
    if (entry) afterFirstPaint(start);
    else fetchDigestsEarly();
  }
  // <html data-first-view> (there before any script runs) says the page holds a first view;
  // without one the downloads start at once
  if (!document.documentElement.hasAttribute('data-first-view')) {
    whenRootParsed(revealLead);
    warmDates();
    return fetchDigestsEarly();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
