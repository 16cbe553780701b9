// The first-view benchmark (docs/performance.md): our prerendered page, a static snapshot
// of it without scripts (the floor) and TimelineJS 3.9.11 on the same events, side by side
// in headless Chromium on a throttled phone profile; then our page at 1,000 and 5,000
// generated events. Run through scripts/bench.sh, which builds the release first.
//   node scripts/bench.mjs            (BENCH_RUNS=5, BENCH_SCALE_RUNS=3 by default)
// Prints a Markdown table and writes it to target/bench/results.md.
import { createServer } from "node:http";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

import { generatedTimeline, timelineJsData } from "./bench-data.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const TOOLS = process.env.PEGASUS_TOOLS_DIR ?? join(process.env.HOME, ".cache/pegasus-timeline-tools");
const { chromium } = await import(join(TOOLS, "node_modules/playwright-core/index.mjs"));
const TIMELINEJS = join(TOOLS, "node_modules/@knight-lab/timelinejs/dist");
const OUT = join(ROOT, "target/bench");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const SCALES = [1000, 5000];

// A mid-range phone on a slow network, as the issue sets it.
const CPU_SLOWDOWN = 4;
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const PHONE = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };

// ---------------------------------------------------------------- the sites under test

function prepareSites() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dist = join(ROOT, "dist");
  const onlyOriginals = (src) => !/\.(gz|br)$/.test(src);
  cpSync(dist, join(OUT, "ours"), { recursive: true, filter: onlyOriginals });

  // The floor: the very same HTML and stylesheet, minus every script.
  cpSync(dist, join(OUT, "floor"), { recursive: true, filter: (src) => onlyOriginals(src) && !/\.(js|wasm)$/.test(src) });
  const page = readFileSync(join(dist, "index.html"), "utf8");
  const noScripts = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  if (noScripts === page) throw new Error("the prerendered page has no script to remove");
  writeFileSync(join(OUT, "floor/index.html"), noScripts);

  prepareTimelineJs(JSON.parse(readFileSync(join(ROOT, "public/timeline.json"), "utf8")));

  for (const count of SCALES) {
    // The wasm hydrates with the timeline compiled into it, so each size is a build of its
    // own: build.rs runs the editors' check on the generated file first (and says what is
    // wrong on stderr), then compiles it in; the prerenderer renders the same data.
    const data = join(OUT, `timeline-${count}.json`);
    writeFileSync(data, JSON.stringify(generatedTimeline(count), null, 1));
    const built = join(ROOT, "target/bench-build", `dist-${count}`);
    execFileSync(join(ROOT, "scripts/build.sh"), ["--readers-only", "--dist", built], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, PEGASUS_TIMELINE: data },
    });
    cpSync(built, join(OUT, `scale-${count}`), { recursive: true, filter: onlyOriginals });
  }
}


function prepareTimelineJs(data) {
  const dir = join(OUT, "timelinejs");
  mkdirSync(join(dir, "tl/js/locale"), { recursive: true });
  cpSync(join(TIMELINEJS, "js/timeline.js"), join(dir, "tl/js/timeline.js"));
  cpSync(join(TIMELINEJS, "js/locale/fr.json"), join(dir, "tl/js/locale/fr.json"));
  cpSync(join(TIMELINEJS, "css/timeline.css"), join(dir, "tl/css/timeline.css"));
  cpSync(join(TIMELINEJS, "css/icons"), join(dir, "tl/css/icons"), { recursive: true });
  cpSync(join(TIMELINEJS, "css/fonts"), join(dir, "tl/css/fonts"), { recursive: true });
  writeFileSync(join(dir, "timeline.json"), JSON.stringify(timelineJsData(data)));
  // TimelineJS's documented minimal embed, with its files served from here.
  writeFileSync(
    join(dir, "index.html"),
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${data.title.fr}</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<script src="tl/js/timeline.js"></script>
<style>html, body, #timeline { height: 100%; margin: 0; }</style>
</head><body><div id="timeline"></div>
<script>
  const timeline = new TL.Timeline("timeline", "timeline.json", {
    language: "fr",
    script_path: new URL("tl/js/", location.href).href,
    hash_bookmark: false,
  });
  timeline.on("ready", () => performance.mark("timelinejs:ready"));
  window.benchTimeline = timeline;
</script></body></html>
`,
  );
}


// ---------------------------------------------------------------- a static host

/** Serves OUT with gzip -9 bodies (what a host with precompressed files sends) and counts
 *  the body bytes of every response, per page load, with what the same file weighs by
 *  brotli 11 (what a host with `.br` copies sends to browsers that take it). */
function startServer() {
  const cache = new Map();
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".woff": "font/woff", ".ttf": "font/ttf", ".eot": "application/vnd.ms-fontobject" };
  const log = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = normalize(join(OUT, path));
    if (!file.startsWith(OUT)) return response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      let { body, brotli } = cache.get(file) ?? {};
      if (!body) {
        const raw = readFileSync(file);
        body = gzipSync(raw, { level: 9 });
        brotli = brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
        cache.set(file, { body, brotli });
      }
      response.writeHead(200, {
        "Content-Type": types[extname(file)] ?? "application/octet-stream",
        "Content-Encoding": "gzip",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
      });
      response.end(body);
      log.push({ path, bytes: body.length, brotli });
    } catch {
      log.push({ path, bytes: 0, brotli: 0, missing: true });
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => server.listen(0, "127.0.0.1", () => ready({ server, log, origin: `http://127.0.0.1:${server.address().port}` })));
}

// ---------------------------------------------------------------- measuring one load

// Runs in every page before its own scripts: the first frame that lays out an event, and
// what the app reports once it has started.
const PROBE = `
  window.__bench = {};
  const selector = window.__benchSelector;
  const frame = () => {
    const first = document.querySelector(selector);
    const box = first && first.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) __bench.firstEvent = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener("TrunkApplicationStarted", (e) => {
    __bench.wasmMemory = e.detail.wasm.memory.buffer.byteLength;
  });
`;

const KINDS = {
  ours: { path: "/ours/", firstEvent: "[data-event-id]", readyMark: "pegasus-timeline:ready" },
  floor: { path: "/floor/", firstEvent: "[data-event-id]", readyMark: null },
  timelinejs: { path: "/timelinejs/", firstEvent: ".tl-slide:not(.tl-slide-titleslide) .tl-headline", readyMark: "timelinejs:ready" },
};

async function openPage(browser, kind, path) {
  const context = await browser.newContext({ ...PHONE, locale: "fr-FR" });
  // Nothing but our server: TimelineJS would fetch from a CDN or analytics otherwise.
  const foreign = [];
  await context.route((url) => !url.href.startsWith(serverOrigin), (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(`window.__benchSelector = ${JSON.stringify(kind.firstEvent)};${PROBE}`);
  return { context, page, cdp, errors, foreign, path: path ?? kind.path };
}

/** Time from navigation start to the first event laid out and to interactive, the bytes
 *  of the first view, and (for scale runs) the cost of the controls. */
async function measure(browser, kindName, { path, controls = false } = {}) {
  const kind = KINDS[kindName];
  const session = await openPage(browser, kind, path);
  const { page, cdp } = session;
  const logStart = serverLog.length;
  await page.goto(serverOrigin + session.path, { waitUntil: "load", timeout: 300_000 });
  await page.waitForFunction(() => window.__bench.firstEvent !== undefined, null, { timeout: 300_000 });
  let ready;
  if (kind.readyMark) {
    ready = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      kind.readyMark,
      { timeout: 300_000, polling: 50 },
    ).then((h) => h.jsonValue());
  }
  const firstEvent = await page.evaluate(() => window.__bench.firstEvent);
  // How long the wasm took to hydrate the prerendered page (ours only).
  const hydration = await page.evaluate(() => {
    const [start] = performance.getEntriesByName("pegasus-timeline:hydrate-start");
    const [end] = performance.getEntriesByName("pegasus-timeline:hydrated");
    return start && end ? end.startTime - start.startTime : 0;
  });
  const interactive = Math.max(firstEvent, ready ?? 0);
  // The first view: everything requested until the page settles after it is interactive.
  await page.waitForTimeout(1500);
  const requests = serverLog.slice(logStart);
  const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
  const brotliBytes = requests.reduce((sum, r) => sum + r.brotli, 0);
  const missing = requests.filter((r) => r.missing).map((r) => r.path);
  await proveInteractive(page, kindName);
  const result = { firstEvent, interactive, hydration, bytes, brotliBytes, requests: requests.length, missing, foreign: session.foreign, errors: session.errors };
  if (controls) Object.assign(result, await controlCosts(page, cdp));
  await session.context.close();
  return result;
}

/** The page really answers: a quote toggle opens (TimelineJS: the next slide comes). */
async function proveInteractive(page, kindName) {
  if (kindName === "timelinejs") {
    const before = await page.evaluate(() => window.benchTimeline.current_id);
    // Its phone layout hides the arrows and shows the markers of the time navigator.
    const arrow = page.locator(".tl-slidenav-next:visible").first();
    if (await arrow.count()) await arrow.click();
    else await page.locator(".tl-timemarker:visible").nth(1).click();
    await page.waitForFunction((b) => window.benchTimeline.current_id !== b, before, { timeout: 60_000 });
    return;
  }
  const toggle = page.locator("summary.tl-quotes__toggle").first();
  // Clear of the sticky day row, which would take the click.
  await toggle.evaluate((summary) => summary.scrollIntoView({ block: "center" }));
  await toggle.click();
  await page.waitForFunction(() => document.querySelector("details.tl-quotes").open, null, { timeout: 60_000 });
}

/** Milliseconds from a click to the next frame painted, for the controls that touch one
 *  card or all of them; then the page's memory. */
async function controlCosts(page, cdp) {
  const clickToFrame = (selector) =>
    page.evaluate(async (selector) => {
      const target = document.querySelector(selector);
      const start = performance.now();
      target.click();
      // The click's own handlers (ours, and the browser's for <details>); a toggle
      // handler runs later, in the frame's time.
      const script = performance.now() - start;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return { script, frame: performance.now() - start };
    }, selector);
  // The first card's toggle was opened by proveInteractive: close and reopen another one.
  const toggle = await clickToFrame("li:nth-child(2) > .tl-card summary.tl-quotes__toggle");
  const filter = await clickToFrame('.tl-filters__button[data-actor="maroc"]');
  const unfilter = await clickToFrame('.tl-filters__button[data-actor=""]');
  const expandAll = await clickToFrame(".tl-tools__expand");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const wasmMemory = await page.evaluate(() => window.__bench.wasmMemory ?? 0);
  const opened = await page.evaluate(() => [...document.querySelectorAll("details.tl-quotes")].every((d) => d.open));
  if (!opened) throw new Error("expand all did not open every card");
  return {
    toggleScript: toggle.script,
    toggle: toggle.frame,
    filterScript: filter.script,
    filter: filter.frame,
    unfilter: unfilter.frame,
    expandAll: expandAll.frame,
    jsHeap: metric("JSHeapUsedSize"),
    wasmMemory,
    nodes: metric("Nodes"),
  };
}

// ---------------------------------------------------------------- report

/** The gzip -9 bytes of a site's wasm. */
const wasmBytes = (site) => {
  const dir = join(OUT, site);
  const name = readdirSync(dir).find((n) => n.endsWith("_bg.wasm"));
  return gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value).toLocaleString("en-GB")} ms`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;

async function runs(browser, kindName, count, options) {
  const results = [];
  for (let i = 0; i < count; i++) {
    const result = await measure(browser, kindName, options);
    // Requests to other origins were refused (TimelineJS's theme asks Google Fonts for
    // PT Serif and PT Sans): said once, and their console errors are not repeated.
    const errors = result.foreign.length ? result.errors.filter((e) => !e.includes("net::ERR_FAILED")) : result.errors;
    for (const problem of [...errors, ...result.missing.map((p) => `404 ${p}`)]) {
      console.error(`  ${kindName} ${options?.path ?? ""}: ${problem}`);
    }
    if (result.foreign.length && i === 0) {
      console.error(`  ${kindName}: refused ${result.foreign.length} requests to other origins: ${[...new Set(result.foreign.map((u) => new URL(u).host))].join(", ")}`);
    }
    process.stderr.write(`  ${kindName}${options?.path ? " " + options.path : ""} run ${i + 1}: first event ${ms(result.firstEvent)}, interactive ${ms(result.interactive)}, ${kb(result.bytes)}\n`);
    results.push(result);
  }
  const pick = (key) => median(results.map((r) => r[key]));
  return Object.fromEntries(Object.keys(results[0]).filter((k) => typeof results[0][k] === "number").map((k) => [k, pick(k)]));
}

function machine() {
  const cpu = cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  const chromiumVersion = spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout.trim().split("\n").pop();
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${chromiumVersion}`;
}

// ---------------------------------------------------------------- main

prepareSites();
const { server, log: serverLog, origin: serverOrigin } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.PEGASUS_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

try {
  console.error(`benchmark: ${RUNS} runs each, CPU ÷${CPU_SLOWDOWN}, ${NETWORK.latency} ms RTT, 1.6 Mbit/s`);
  const ours = await runs(browser, "ours", RUNS);
  const floor = await runs(browser, "floor", RUNS);
  const timelinejs = await runs(browser, "timelinejs", RUNS);
  const small = await runs(browser, "ours", SCALE_RUNS, { controls: true });
  const scaled = [];
  for (const count of SCALES) {
    scaled.push([count, await runs(browser, "ours", SCALE_RUNS, { path: `/scale-${count}/`, controls: true })]);
  }

  const date = new Date().toISOString().slice(0, 10);
  const events = JSON.parse(readFileSync(join(ROOT, "public/timeline.json"), "utf8")).events.length;
  const lines = [
    `Measured on ${date}: ${machine()}. Headless Chromium, phone viewport 412×915, CPU throttled ${CPU_SLOWDOWN}×, network ${NETWORK.latency} ms RTT and 1.6 Mbit/s down, no cache, bodies served gzip -9. Medians of ${RUNS} runs (scale: ${SCALE_RUNS}).`,
    "",
    `| ${events} events | first event laid out | interactive | × floor (first event) | first-view bytes (gzip -9) | first-view bytes (brotli 11) | requests |`,
    "|---|---:|---:|---:|---:|---:|---:|",
    `| this app (prerendered + wasm) | ${ms(ours.firstEvent)} | ${ms(ours.interactive)} | ${(ours.firstEvent / floor.firstEvent).toFixed(2)} | ${kb(ours.bytes)} | ${kb(ours.brotliBytes)} | ${ours.requests} |`,
    `| static snapshot, no script (floor) | ${ms(floor.firstEvent)} | ${ms(floor.interactive)} | 1.00 | ${kb(floor.bytes)} | ${kb(floor.brotliBytes)} | ${floor.requests} |`,
    `| TimelineJS 3.9.11 | ${ms(timelinejs.firstEvent)} | ${ms(timelinejs.interactive)} | ${(timelinejs.firstEvent / floor.firstEvent).toFixed(2)} | ${kb(timelinejs.bytes)} | ${kb(timelinejs.brotliBytes)} | ${timelinejs.requests} |`,
    "",
    `Budget (issue 21): first event ≤ 1.1× the floor: ${(ours.firstEvent / floor.firstEvent).toFixed(2)}×; interactive ≤ 0.7× TimelineJS's: ${(ours.interactive / timelinejs.interactive).toFixed(2)}×; first-view bytes below TimelineJS's: ${kb(ours.bytes)} against ${kb(timelinejs.bytes)} by gzip -9, ${kb(ours.brotliBytes)} against ${kb(timelinejs.brotliBytes)} by brotli 11; readers' wasm ≤ 75 kB gzip: ${kb(wasmBytes("ours"))}.`,
    "",
    "| this app at scale | first event | hydration | interactive | open one card's quotes (script / next frame) | filter by one actor (script / next frame) | clear the filter | expand all | JS heap | wasm memory | wasm (gzip -9) | DOM nodes |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...[[events, small], ...scaled].map(
      ([count, r]) =>
        `| ${count.toLocaleString("en-GB")} events | ${ms(r.firstEvent)} | ${ms(r.hydration)} | ${ms(r.interactive)} | ${r.toggleScript.toFixed(1)} ms / ${ms(r.toggle)} | ${ms(r.filterScript)} / ${ms(r.filter)} | ${ms(r.unfilter)} | ${ms(r.expandAll)} | ${mb(r.jsHeap)} | ${mb(r.wasmMemory)} | ${kb(wasmBytes(count === events ? "ours" : `scale-${count}`))} | ${Math.round(r.nodes).toLocaleString("en-GB")} |`,
    ),
    "",
  ];
  const table = lines.join("\n");
  writeFileSync(join(OUT, "results.md"), table);
  console.log(table);
} finally {
  await browser.close();
  server.close();
}
