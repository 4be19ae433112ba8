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
// start downloading now instead of after the app's script: src/app/loadDigest.ts takes them over.
(function () {
  if (!window.fetch) return;
  var early = (window.__earlyDigests = {});
  var get = function (file) {
    return fetch('./digests/' + encodeURIComponent(file)).then(
      function (r) { return r.ok ? r.text() : null; },
      function () { return null; }
    );
  };
  early['index.json'] = get('index.json').then(function (text) {
    try {
      var stories = JSON.parse(text).stories;
      var id = new URLSearchParams(location.search).get('story');
      var story = stories.filter(function (s) { return s.id === id; })[0] || (!id && stories.length === 1 ? stories[0] : null);
      if (story && typeof story.file === 'string' && /^[\w.-]+\.json$/.test(story.file)) early[story.file] = get(story.file);
    } catch (e) {}
    return text;
  });
})();

// With a first view written in at build time (scripts/prerender.mjs names the app's script in
// <meta name="app-entry">), the app's script starts only once that view has painted: a module
// script that is already downloaded would otherwise run, and render the reader, before the
// browser paints anything, so the text the build wrote in would never be seen.
(function () {
  var started = false;
  function start(src) {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = src;
    document.body.appendChild(script);
  }
  // as a module script would: not before the stylesheets the document names are in
  function whenStyled(then) {
    var pending = [].filter.call(document.querySelectorAll('link[rel="stylesheet"]'), function (l) { return !l.sheet; });
    var left = pending.length;
    if (!left) return then();
    pending.forEach(function (l) {
      var done = function () { if (--left === 0) then(); };
      l.addEventListener('load', done);
      l.addEventListener('error', done);
    });
  }
  function afterFirstPaint(then) {
    if (document.visibilityState === 'hidden') return then();
    // a frame's callbacks run before its paint; a task queued from there runs after it
    requestAnimationFrame(function () { setTimeout(then, 0); });
    // a page that never gets a frame still starts
    setTimeout(then, 1000);
  }
  function ready() {
    var entry = document.querySelector('meta[name="app-entry"]');
    if (!entry) return;
    var src = entry.getAttribute('content');
    whenStyled(function () { afterFirstPaint(function () { start(src); }); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
