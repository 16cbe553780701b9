// Step 3 of scripts/build.sh (and of its step 5), for one trunk output folder: makes it fit for a strict
// Content-Security-Policy and for static hosts, then prints the prerenderer's arguments
// (one per line) naming the files it wrote.
//  - Trunk starts the app with an inline <script type=module>; a strict CSP (script-src
//    'self') refuses inline scripts, so it moves to a hashed file (scripts/boot.js).
//  - wasm-bindgen's JS glue is minified (terser).
//  - The stylesheets become one file, with its integrity hash.
//  - The embed pages' host choices (scripts/embed-choices.js) get a hashed file, except
//    in the preview's folder (--preview), which has no embed copy.
// Node only: no extra tool to install.
//   node scripts/bundle-assets.mjs DIR [--preview]
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const [dir, flag] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/bundle-assets.mjs DIR [--preview]");
  process.exit(2);
}
const isPreview = flag === "--preview";
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error("bundle-assets: no inline module script found in index.html");
  process.exit(1);
}
const glue = match[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = match[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) {
  console.error("bundle-assets: trunk's start-up script no longer names its .js and .wasm");
  process.exit(1);
}
// wasm-bindgen's glue as it comes is readable JavaScript: minified, it weighs a quarter less
// gzipped. Terser comes from scripts/setup.sh (npm, into the tools folder).
const tools = process.env.PEGASUS_TOOLS_DIR ?? join(process.env.HOME ?? "", ".cache/pegasus-timeline-tools");
const terser = spawnSync(
  join(tools, "node_modules/.bin/terser"),
  [join(dir, glue), "--module", "--compress", "--mangle", "--output", join(dir, glue)],
  { stdio: ["ignore", "ignore", "inherit"] },
);
if (terser.status !== 0) {
  console.error("bundle-assets: terser could not minify the JS glue (scripts/setup.sh installs it)");
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
// Trunk writes the attributes in another order in release (minified) and dev builds.
const sheets = [...html.matchAll(/<link\b[^>]*>/g)]
  .filter(([tag]) => /\brel="?stylesheet"?/.test(tag))
  .map(([tag]) => [tag, tag.match(/\bhref="?\.\/([^" >]+\.css)"?/)?.[1]])
  .filter(([, name]) => name);
if (sheets.length === 0) {
  console.error("bundle-assets: no stylesheet in index.html");
  process.exit(1);
}
const css = sheets.map(([, name]) => readFileSync(join(dir, name), "utf8")).join("\n");
const cssName = `style-${hashOf(css)}.css`;
writeFileSync(join(dir, cssName), css);
const integrity = "sha384-" + createHash("sha384").update(css).digest("base64");
for (const [, name] of sheets) unlinkSync(join(dir, name));

// What the prerenderer is told, one argument a line (scripts/build.sh reads them).
const args = ["--stylesheet", `./${cssName}`, "--integrity", integrity, "--script", `./${bootName}`];
if (!isPreview) args.push("--embed-script", `./${choicesName}`);
console.log(args.join("\n"));
