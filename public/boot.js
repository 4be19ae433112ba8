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
