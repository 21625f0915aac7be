// The npm package (scripts/pack): what the tarball holds, that it installs, and that its
// TypeScript declarations type the element, its attributes and its events.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const TARBALL = join(ROOT, "target", "npm", `azure-signup-guide-${VERSION}.tgz`);
const WORK = join(ROOT, "target", "pack-test");
const TSC = join(ROOT, "node_modules", ".bin", "tsc");

test("the tarball holds the built guide in its own folder, its README, types, Docusaurus plugin and copies, nothing else", () => {
  execFileSync("node", [join(ROOT, "scripts", "pack.mjs")], { stdio: "inherit" });
  const files = execFileSync("tar", ["-tzf", TARBALL], { encoding: "utf8" }).trim().split("\n").sort();
  // Loader, glue, wasm, CSS, types, README, manifest, the Docusaurus plugin, a language
  // file per language, and the prerendered copies (three views each) with their two tables.
  const tags = readdirSync(join(ROOT, "locales"));
  assert.equal(files.length, 8 + tags.length + 3 * tags.length + 2, files.join(" "));
  for (const tag of tags) {
    assert.ok(files.some((f) => f.startsWith("package/dist/") && f.endsWith(`.${tag}.txt`)), `the ${tag} messages`);
  }
  for (const f of ["package/dist/azure-signup-guide.js", "package/dist/azure-signup-guide.css", "package/azure-signup-guide.d.ts", "package/README.md", "package/package.json"]) {
    assert.ok(files.includes(f), f);
  }
  assert.ok(files.some((f) => /^package\/dist\/azure-signup-guide-[0-9a-f]+_bg\.wasm$/.test(f)), "the wasm");
  assert.ok(files.some((f) => /^package\/dist\/azure-signup-guide-[0-9a-f]+\.js$/.test(f)), "the glue");
  // What a site publishes (the dist/ folder) is the guide's files only: no manifest (a
  // `"type": "module"` package.json in a site's build root turns its server bundles into
  // ES modules), no README, no declarations.
  const published = files.filter((f) => f.startsWith("package/dist/"));
  assert.equal(published.length, 4 + tags.length, published.join(" "));
  // The loader names exactly the glue that is in the package.
  const manifest = JSON.parse(execFileSync("tar", ["-xOzf", TARBALL, "package/package.json"], { encoding: "utf8" }));
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.exports["."].types, "./azure-signup-guide.d.ts");
  assert.equal(manifest.exports["."].default, "./dist/azure-signup-guide.js");
  const loader = execFileSync("tar", ["-xOzf", TARBALL, "package/dist/azure-signup-guide.js"], { encoding: "utf8" });
  const glue = files.find((f) => /^package\/dist\/azure-signup-guide-[0-9a-f]+\.js$/.test(f)).slice("package/dist/".length);
  assert.ok(loader.includes(glue), `the loader imports ${glue}`);
});

test("installed, its declarations type the element, attributes and events (and catch mistakes)", () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, "package.json"), JSON.stringify({ name: "pack-test", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", TARBALL], { cwd: WORK, stdio: "inherit" });
  for (const f of ["uses-the-types.ts", "misuses-the-types.ts"]) cpSync(join(ROOT, "tests", "e2e", "pack", f), join(WORK, f));
  const check = (file) =>
    spawnSync(TSC, ["--noEmit", "--strict", "--lib", "es2022,dom", "--module", "nodenext", "--moduleResolution", "nodenext", file], {
      cwd: WORK,
      encoding: "utf8",
    });
  const good = check("uses-the-types.ts");
  assert.equal(good.status, 0, good.stdout);
  const bad = check("misuses-the-types.ts");
  assert.notEqual(bad.status, 0, "the mistakes type-check");
  assert.match(bad.stdout, /"everything"/);
  assert.match(bad.stdout, /Property 'scene' does not exist/);
  assert.match(bad.stdout, /Property 'address' does not exist/);
});
