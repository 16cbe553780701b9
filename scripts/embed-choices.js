// The embed pages' first script (finish-dist.mjs writes it as embed-choices-<hash>.js):
// the host page's choices, read from this page's address before anything is painted, so
// the timeline never shows in the wrong colours first. A classic script, not a module:
// it blocks the parser for the few bytes it is, where the start-up module would come
// after the first paint. `?theme=light|dark` (anything else: the reader's system scheme),
// `?header=none` (no title or introduction: the host's article has its own).
(function () {
  var query = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = query.get("theme");
  if (theme === "light" || theme === "dark") root.classList.add("tl-theme-" + theme);
  if (query.get("header") === "none") root.classList.add("tl-plain");
})();
