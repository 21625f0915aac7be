// Where the wasm's bytes go: reads `twiggy top --format csv` of a wasm built like the
// release one but keeping its names (scripts/size-report makes it), groups the items,
// and prints each group's share. Raw bytes: compression is not per item.
import { readFileSync } from "node:fs";

const [csvPath] = process.argv.slice(2);
if (!csvPath) {
  console.error("usage: node scripts/size-breakdown.mjs twiggy-top.csv");
  process.exit(2);
}

/** Splits one CSV line (twiggy quotes names that hold commas or quotes). */
function fields(line) {
  const out = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

// First match wins; the order matters (our components are monomorphized yew code).
const GROUPS = [
  ["names (debug only, not shipped)", (n) => /names" subsection/.test(n)],
  ["data: message catalogs, CSS, strings", (n) => n.startsWith("data segment")],
  ["our components' views (html! expanded in yew)", (n) => /CompStateInner<COMP>.*::view/.test(n)],
  ["our code (domain, i18n, walkthrough, ui, embed)", (n) => /^<?azure_signup_guide/.test(n)],
  ["yew runtime (reconciler, scheduler, hooks)", (n) => /yew|implicit_clone/.test(n)],
  ["wasm-bindgen, web-sys, js-sys (imports, shims)", (n) => /wasm_bindgen|web_sys|js_sys|externref|shim|__wbg|__wbindgen|^import /.test(n)],
  ["allocator and collections", (n) => /dlmalloc|alloc::|__rdl|__rust_alloc|raw_vec|hashbrown|HashMap|btree/i.test(n)],
  ["formatting (core::fmt)", (n) => /fmt|Debug|Display|escape/.test(n)],
  ["rest of core/std", (n) => /core|std/.test(n)],
  ["other (tables, exports, types)", () => true],
];

const lines = readFileSync(csvPath, "utf8").trim().split("\n").slice(1);
const totals = new Map(GROUPS.map(([name]) => [name, 0]));
let shipped = 0;
for (const line of lines) {
  const [name, size] = fields(line);
  const bytes = Number(size);
  if (!Number.isFinite(bytes)) continue;
  const [group] = GROUPS.find(([, test]) => test(name));
  totals.set(group, totals.get(group) + bytes);
  if (!group.startsWith("names")) shipped += bytes;
}
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`\nwhere the wasm's bytes go (twiggy, raw KiB before compression; ${kib(shipped).trim()} KiB shipped)`);
for (const [group, bytes] of [...totals].sort((a, b) => b[1] - a[1])) {
  if (group.startsWith("names")) continue;
  console.log(`  ${group.padEnd(50)} ${kib(bytes)}  ${((100 * bytes) / shipped).toFixed(1).padStart(5)} %`);
}
const biggest = lines
  .map(fields)
  .filter(([name]) => !/names" subsection/.test(name))
  .slice(0, 8)
  .map(([name, size]) => `  ${kib(Number(size))}  ${name.replace(/::h[0-9a-f]{16}$/, "").slice(0, 110)}`);
console.log(`largest items:\n${biggest.join("\n")}`);
