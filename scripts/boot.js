// The start-up module of every page (finish-dist.mjs fills in the two names and writes it
// as boot-<hash>.js). Loaded `async`, so it runs as soon as it arrives, without waiting
// for the whole page to be parsed: the wasm download starts then, side by side with the JS
// glue's (a dynamic import, not a static one, which would wait for the glue before the
// first line runs). The wasm hydrates the whole body, so it starts only once the document
// is parsed. The app marks `pegasus-timeline:ready` itself, once hydrated.
//
// A browser may run JavaScript but no WebAssembly: Safari's Lockdown Mode (made for people
// targeted by spyware such as Pegasus), some managed browsers, engines too old for the
// module. The page then stays the prerendered one, as without JavaScript: `tl-no-wasm`
// takes away the room kept for the controls, and an event's address (`#id`) still opens
// its sources and brings it into view.
const root = document.documentElement;

// Embedded in a news page, the frame still takes the height of what it shows, in the
// messages the wasm would send (pym.js's, which embed.js reads, and AMP's).
function reportHeight() {
  if (!root.classList.contains("tl-embedded") || parent === window) return;
  const child = new URLSearchParams(location.search).get("childId") || "";
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (Math.abs(height - last) < 1) return;
    last = height;
    parent.postMessage("pymxPYMx" + child + "xPYMxheightxPYMx" + height, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  }).observe(root);
}

function withoutWasm() {
  root.classList.add("tl-no-wasm");
  reportHeight();
  const reveal = () => {
    const card = document.getElementById(location.hash.slice(1));
    if (!card || !card.matches("article[data-event-id]")) return;
    const sources = document.getElementById(card.id + "-sources");
    if (sources) sources.open = true;
    card.scrollIntoView({ block: "start" });
    card.focus({ preventScroll: true });
  };
  addEventListener("hashchange", reveal);
  if (document.readyState === "loading") {
    addEventListener("DOMContentLoaded", reveal, { once: true });
  } else {
    reveal();
  }
}

if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
  withoutWasm();
} else {
  try {
    const module_or_path = fetch("./{{wasm}}");
    const { default: init } = await import("./{{glue}}");
    if (document.readyState === "loading") {
      await new Promise((parsed) => addEventListener("DOMContentLoaded", parsed, { once: true }));
    }
    const wasm = await init({ module_or_path });
    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
  } catch (error) {
    // The module did not compile or start here (a panic is the app's own notice, not this).
    if (!root.classList.contains("tl-js")) withoutWasm();
    else throw error;
  }
}
