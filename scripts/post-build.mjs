// Trunk post_build hook: writes the stable loader dist/azure-signup-guide.js with the
// hashed glue and wasm names, and drops Trunk's own start-up script from the demo page
// so that the page uses exactly the embed contract.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk");
  process.exit(1);
}
const root = new URL("..", import.meta.url).pathname;
const files = readdirSync(staging);
const glue = files.find((f) => /^azure-signup-guide-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^azure-signup-guide-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) {
  console.error(`post-build: no hashed glue or wasm in ${staging}: ${files.join(", ")}`);
  process.exit(1);
}

// The one message the loader shows itself, when the wasm cannot load.
const loadErrors = {};
for (const tag of readdirSync(join(root, "locales")).sort()) {
  const ftl = readFileSync(join(root, "locales", tag, "guide.ftl"), "utf8");
  const line = ftl.split("\n").find((l) => l.startsWith("load-error = "));
  if (line) loadErrors[tag] = line.slice("load-error = ".length).trim();
}
if (!loadErrors["en-US"]) {
  console.error("post-build: locales/en-US/guide.ftl has no load-error message");
  process.exit(1);
}

const loader = readFileSync(join(root, "loader", "azure-signup-guide.js"), "utf8")
  .replace("__GLUE__", glue)
  .replace("__WASM__", wasm)
  .replace("__LOAD_ERRORS__", JSON.stringify(loadErrors, null, 2));
writeFileSync(join(staging, "azure-signup-guide.js"), loader);

const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8");
const trunkStart = /<script type="module">[^<]*TrunkApplicationStarted[^<]*<\/script>/;
writeFileSync(indexPath, html.replace(trunkStart, ""));
console.log(`post-build: loader -> ${glue}, ${wasm}`);
