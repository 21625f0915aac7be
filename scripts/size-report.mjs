// Prints each asset of the release dist/ with raw, gzip -9 and brotli (quality 11)
// sizes, and the widget's total: what a reader downloads (wasm + JS, the stylesheet, which
// the copies link and the loader adopts, fetched once, and the largest of the language
// files, of which a page fetches at most one). Figures only.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { requireGuideFiles } from "./guide-files.mjs";

const dist = new URL("../dist/", import.meta.url).pathname;
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile()).sort();
if (files.length === 0) {
  console.error("size-report: dist/ is empty; run a release build first");
  process.exit(1);
}
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const guide = requireGuideFiles(dist, "size-report");
const isCatalog = (f) => Object.values(guide.languages).includes(f);
const isWidget = (f) => [guide.loader, guide.stylesheet, guide.glue, guide.wasm].includes(f);
const rows = files.map((name) => {
  const body = readFileSync(join(dist, name));
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { name, raw: body.length, gzip, brotli };
});
const width = Math.max(...rows.map((r) => r.name.length), 20);
console.log(`${"asset".padEnd(width)}  ${"raw KiB".padStart(8)}  ${"gzip KiB".padStart(8)}  ${"br KiB".padStart(8)}  widget`);
for (const r of rows) {
  const widget = isWidget(r.name) ? "yes" : isCatalog(r.name) ? "one" : "";
  console.log(`${r.name.padEnd(width)}  ${kib(r.raw)}  ${kib(r.gzip)}  ${kib(r.brotli)}  ${widget}`);
}
const largestCatalog = rows.filter((r) => isCatalog(r.name)).sort((a, b) => b.gzip - a.gzip).slice(0, 1);
const total = [...rows.filter((r) => isWidget(r.name)), ...largestCatalog].reduce(
  (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
console.log(`${"widget total (wasm + JS + CSS + largest language)".padEnd(width)}  ${kib(total.raw)}  ${kib(total.gzip)}  ${kib(total.brotli)}`);

// Each locale's Fluent source (compiled into its language file; the wasm carries none).
const locales = new URL("../locales/", import.meta.url).pathname;
console.log(`\n${"locale (Fluent source)".padEnd(width)}  ${"raw KiB".padStart(8)}  ${"gzip KiB".padStart(8)}`);
for (const tag of readdirSync(locales).sort()) {
  const body = readdirSync(join(locales, tag))
    .filter((f) => f.endsWith(".ftl"))
    .map((f) => readFileSync(join(locales, tag, f)))
    .reduce((all, b) => Buffer.concat([all, b]), Buffer.alloc(0));
  console.log(`${tag.padEnd(width)}  ${kib(body.length)}  ${kib(gzipSync(body, { level: 9 }).length)}`);
}
