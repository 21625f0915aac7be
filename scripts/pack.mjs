// Makes the npm package from the release build in dist/: target/npm/azure-signup-guide-<version>.tgz
// holding, in its own `dist/` folder, the loader, the glue and the wasm it loads, the
// language files and the guide's stylesheet (what a site serves, and nothing
// else: a docs generator can publish that folder as it is), and beside it the README, the
// TypeScript declarations, the Docusaurus plugin (npm/) and the prerendered copies it
// reads. The version is the widget crate's.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { allNames, requireGuideFiles } from "./guide-files.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const out = join(root, "target", "npm");
const staging = join(out, "package");
const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];

// The loader, the stylesheet, the glue, the wasm, and a language file per locale.
const built = allNames(requireGuideFiles(dist, "pack"));
rmSync(out, { recursive: true, force: true });
mkdirSync(join(staging, "dist"), { recursive: true });
for (const file of built) cpSync(join(dist, file), join(staging, "dist", file));
for (const file of ["README.md", "azure-signup-guide.d.ts", "docusaurus.js"]) cpSync(join(root, "npm", file), join(staging, file));
// The prerendered copies and the rules for picking one, for the Docusaurus remark plugin
// (read at build time, never published by a site).
mkdirSync(join(staging, "prerendered"));
// (files.json, the build's list of its files, is for this script and its kin, not the package.)
for (const file of readdirSync(join(dist, "prerendered")).filter((f) => f !== "files.json")) {
  cpSync(join(dist, "prerendered", file), join(staging, "prerendered", file));
}

const manifest = {
  name: "azure-signup-guide",
  version,
  description: "Interactive guide: sign up for Azure with a Microsoft 365 account, as one custom element (Rust and WebAssembly)",
  license: "MIT",
  type: "module",
  // Loading the module defines the element.
  sideEffects: true,
  types: "./azure-signup-guide.d.ts",
  exports: {
    ".": { types: "./azure-signup-guide.d.ts", default: "./dist/azure-signup-guide.js" },
    "./azure-signup-guide.css": "./dist/azure-signup-guide.css",
    "./docusaurus": "./docusaurus.js",
    "./package.json": "./package.json",
  },
  files: ["dist", "prerendered", "docusaurus.js", "azure-signup-guide.d.ts", "README.md"],
  keywords: ["azure", "microsoft-365", "documentation", "custom-element", "web-component", "webassembly"],
};
writeFileSync(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
execFileSync("npm", ["pack", "--quiet", "--pack-destination", out], { cwd: staging, stdio: ["ignore", "ignore", "inherit"] });
console.log(`pack: target/npm/azure-signup-guide-${version}.tgz`);
