/*! Pegasus timeline embed loader: no dependencies, no third-party request.
 * <div data-pegasus-timeline data-src="https://…/"></div><script src="https://…/embed.js" async></script>
 * Optional: data-title (the iframe's title), data-lang="en", data-offset (px: the height of
 * the host page's sticky header, kept clear when scrolling to an event), data-theme="light"
 * or "dark" (else the reader's system scheme), data-header="none" (no title or intro).
 * Creates a titled, lazy-loaded iframe that takes the height the timeline reports (pym.js
 * message format), keeps the host page's #hash and the open event in step both ways,
 * scrolls the host page to the event or day the timeline asks for, and ignores every
 * message that is not from its own iframe, of the timeline's origin, in the expected
 * shape. */
(function () {
  "use strict";
  var ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
  var count = 0;

  // The event id in the host page's address, if it holds one. Event ids are plain ASCII,
  // so nothing is decoded: a malformed escape (`#100%`, a truncated share) or an anchor of
  // the host's own (`#commentaires`) is simply not an event, and never stops the embed.
  function hostHash() {
    var hash = location.hash.slice(1);
    return ID.test(hash) ? hash : null;
  }

  function embed(container) {
    if (container.getAttribute("data-pegasus-loaded")) return;
    container.setAttribute("data-pegasus-loaded", "1");
    var base;
    try {
      base = new URL(container.getAttribute("data-src") || "", document.baseURI);
    } catch (e) {
      return;
    }
    if (base.protocol !== "https:" && base.protocol !== "http:") return;
    var childId = "pegasus-timeline-" + ++count;
    // The prerendered iframe pages: embed.html (French) and embed-en.html.
    var page = container.getAttribute("data-lang") === "en" ? "embed-en.html" : "embed.html";
    var src = new URL(page, base.href);
    src.searchParams.set("childId", childId);
    var hash = hostHash();
    if (hash) src.hash = hash;
    // The host's choices, passed on only when valid: anything else keeps the defaults.
    var theme = container.getAttribute("data-theme");
    if (theme === "light" || theme === "dark") src.searchParams.set("theme", theme);
    if (container.getAttribute("data-header") === "none") src.searchParams.set("header", "none");

    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = container.getAttribute("data-title") || "Chronologie : l’affaire Pegasus, 20–28 juillet 2021";
    // A deep link must load the timeline now, wherever the container is on the page.
    frame.loading = hash ? "eager" : "lazy";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.height = "600px";
    container.appendChild(frame);

    var heightPrefix = "pymxPYMx" + childId + "xPYMxheightxPYMx";
    var scrollPrefix = "pymxPYMx" + childId + "xPYMxscrollToChildPosxPYMx";
    var offset = Number(container.getAttribute("data-offset")) || 0;
    // A position asked for before the iframe has grown to it waits for the height.
    var pendingScroll = null;

    function scrollToChild(position) {
      if (frame.getBoundingClientRect().height < position) {
        pendingScroll = position;
        return;
      }
      pendingScroll = null;
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      var top = frame.getBoundingClientRect().top + window.pageYOffset + position - offset - 8;
      window.scrollTo({ top: Math.max(0, top), behavior: still ? "auto" : "smooth" });
    }

    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
      var data = event.data;
      if (typeof data === "string" && data.indexOf(heightPrefix) === 0) {
        var height = Number(data.slice(heightPrefix.length));
        if (isFinite(height) && height > 0 && height < 1000000) {
          // Until the timeline reports its height (a frame whose scripts cannot run never
          // does), the frame keeps its own scroll bar, so all of it can still be read.
          frame.setAttribute("scrolling", "no");
          frame.style.height = Math.ceil(height) + "px";
          if (pendingScroll !== null) scrollToChild(pendingScroll);
        }
      } else if (typeof data === "string" && data.indexOf(scrollPrefix) === 0) {
        var position = Number(data.slice(scrollPrefix.length));
        if (isFinite(position) && position >= 0 && position < 1000000) scrollToChild(position);
      } else if (
        data && typeof data === "object" && data.type === "pegasus-timeline:opened" &&
        typeof data.id === "string" && ID.test(data.id) && data.id !== hostHash()
      ) {
        history.replaceState(history.state, "", "#" + data.id);
      }
    });
    window.addEventListener("hashchange", function () {
      var id = hostHash();
      if (id && frame.contentWindow) {
        frame.contentWindow.postMessage({ type: "pegasus-timeline:open", id: id }, base.origin);
      }
    });
  }

  function start() {
    var containers = document.querySelectorAll("[data-pegasus-timeline]");
    for (var i = 0; i < containers.length; i++) embed(containers[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
