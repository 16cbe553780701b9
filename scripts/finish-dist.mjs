// Trunk post_build hook (see Trunk.toml): makes the build fit for a strict
// Content-Security-Policy and for static hosts, in trunk's staging directory.
//  1. Trunk starts the app with an inline <script type=module>; a strict CSP
//     (script-src 'self') refuses inline scripts, so it moves to a hashed file. The
//     stylesheets become one file, and the preloads go (why: below).
//  2. Prerenders the pages (index.html, en.html, embed.html, embed-en.html) with the
//     app's own components, natively: `cargo run --bin prerender` (src/prerender.rs), told
//     the names of the assets; it writes whole documents, trunk's index.html included, and
//     the share images. PEGASUS_PUBLIC_URL, passed on to it, makes their links absolute.
//  3. Builds the editors' preview (apercu.html, preview.html) with trunk from
//     preview/index.html: its own wasm, so readers never download the checker. That
//     build runs this hook too (TRUNK_HTML_FILE tells which), which does steps 1 and 2
//     for the preview; its files are then copied in here.
//  4. Precompressed .gz and .br copies of the text and wasm assets, for hosts that serve
//     them as they are (nginx gzip_static / brotli_static, most CDNs).
// Node only (zlib ships brotli): no extra tool to install.
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("finish-dist: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}

const building = process.env.TRUNK_HTML_FILE ?? "";
const isPreview = /[\\/]preview[\\/]index\.html$/.test(building);
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error("finish-dist: no inline module script found in index.html");
  process.exit(1);
}
const glue = match[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = match[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) {
  console.error("finish-dist: trunk's start-up script no longer names its .js and .wasm");
  process.exit(1);
}
// wasm-bindgen's glue as it comes is readable JavaScript: minified, it weighs a quarter less
// gzipped. Terser comes from scripts/setup.sh (npm, into the tools folder).
const tools = process.env.PEGASUS_TOOLS_DIR ?? join(process.env.HOME ?? "", ".cache/pegasus-timeline-tools");
const terser = spawnSync(
  join(tools, "node_modules/.bin/terser"),
  [join(dir, glue), "--module", "--compress", "--mangle", "--output", join(dir, glue)],
  { stdio: "inherit" },
);
if (terser.status !== 0) {
  console.error("finish-dist: terser could not minify the JS glue (scripts/setup.sh installs it)");
  process.exit(1);
}

// Trunk's start-up script, rewritten: scripts/boot.js (why it starts the download as it
// does, and what it does where the browser runs no WebAssembly, is said there).
const boot = readFileSync(new URL("./boot.js", import.meta.url), "utf8")
  .replaceAll("{{wasm}}", wasm)
  .replaceAll("{{glue}}", glue)
  .replace(/^\s*\/\/.*\n/gm, "");
const hashOf = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);
const bootName = `boot-${hashOf(boot)}.js`;
writeFileSync(join(dir, bootName), boot);
// The embed pages' host choices (theme, header): scripts/embed-choices.js.
const choices = readFileSync(new URL("./embed-choices.js", import.meta.url), "utf8")
  .replace(/^\s*\/\/.*\n/gm, "");
const choicesName = `embed-choices-${hashOf(choices)}.js`;
if (!isPreview) writeFileSync(join(dir, choicesName), choices);

// One stylesheet instead of seven: on a slow network each extra request before the first
// paint costs a round trip (browsers open six connections per host).
const sheets = [...html.matchAll(/<link[^>]*href="?\.\/([^" >]+\.css)"?[^>]*rel="?stylesheet"?[^>]*>/g)];
if (sheets.length === 0) {
  console.error("finish-dist: no stylesheet in index.html");
  process.exit(1);
}
const css = sheets.map(([, name]) => readFileSync(join(dir, name), "utf8")).join("\n");
const cssName = `style-${hashOf(css)}.css`;
writeFileSync(join(dir, cssName), css);
const integrity = "sha384-" + createHash("sha384").update(css).digest("base64");
for (const [, name] of sheets) unlinkSync(join(dir, name));

const prerender = spawnSync(
  "cargo",
  ["run", "--quiet", "--bin", "prerender", "--", dir, ...(isPreview ? ["--preview"] : []),
    "--stylesheet", `./${cssName}`, "--integrity", integrity, "--script", `./${bootName}`,
    "--embed-script", `./${choicesName}`],
  { stdio: "inherit" },
);
if (prerender.status !== 0) {
  console.error("finish-dist: prerendering failed");
  process.exit(1);
}
if (isPreview) {
  // The preview's pages are apercu.html and preview.html; trunk's own page is not one.
  unlinkSync(indexPath);
  console.log(`finish-dist: preview pages in ${dir}`);
  process.exit(0);
}

// Step 3. PEGASUS_SKIP_PREVIEW=1 leaves it out of builds that only test the readers'
// pages (the hostile-data build, the benchmark's).
if (process.env.PEGASUS_SKIP_PREVIEW !== "1") {
  const targetDir = resolve(process.env.CARGO_TARGET_DIR ?? "target");
  const previewDist = join(targetDir, "preview-dist");
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^TRUNK_(PROFILE|HTML_FILE|SOURCE_DIR|STAGING_DIR|DIST_DIR|PUBLIC_URL)$/.test(key)),
  );
  const release = process.env.TRUNK_PROFILE === "release" ? ["--release"] : [];
  const preview = spawnSync(
    "trunk",
    ["build", "preview/index.html", ...release, "--dist", previewDist],
    { stdio: "inherit", env },
  );
  if (preview.status !== 0) {
    console.error("finish-dist: the editors' preview did not build");
    process.exit(1);
  }
  for (const name of readdirSync(previewDist)) {
    const path = join(previewDist, name);
    if (statSync(path).isFile() && !/\.(gz|br)$/.test(name)) copyFileSync(path, join(dir, name));
  }
}
for (const name of readdirSync(dir).filter((n) => n.endsWith(".html"))) {
  const page = readFileSync(join(dir, name), "utf8");
  // JSON-LD (type="application/ld+json") is data that never runs: the CSP lets it be.
  if (/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>/.test(page) || /\sstyle=/.test(page)) {
    console.error(`finish-dist: ${name} has an inline script or style`);
    process.exit(1);
  }
}

const compressible = /\.(wasm|js|mjs|css|html|json|svg)$/;
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (!compressible.test(name) || !statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  if (bytes.length < 1024) continue;
  writeFileSync(path + ".gz", gzipSync(bytes, { level: 9 }));
  writeFileSync(
    path + ".br",
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
}
console.log(`finish-dist: ${bootName}, precompressed assets in ${dir}`);
