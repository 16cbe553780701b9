// The last step of scripts/build.sh, on the whole of dist/: refuses a page with an inline
// script or style (the CSP would block it), then writes precompressed .gz and .br copies of
// the text and wasm assets, for hosts that serve them as they are (nginx gzip_static /
// brotli_static, most CDNs). Node only (zlib ships brotli): no extra tool to install.
//   node scripts/finish-dist.mjs DIR
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/finish-dist.mjs DIR");
  process.exit(2);
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
console.log(`finish-dist: no inline script or style; precompressed copies in ${dir}`);
