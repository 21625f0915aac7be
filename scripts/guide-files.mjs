// The guide's files in a release build, as post-build names them in
// dist/prerendered/files.json (with `build`, the fingerprint in their names): the one list
// every packager, kit and report reads (the npm package, the Hugo kit, the Python wheels,
// the size report, the benchmark), so none of them restates the hashed names' pattern.
//   node scripts/guide-files.mjs [dist]   prints each name on a line
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The build's files: the loader, the stylesheet, the glue, the wasm, and per language its
 * file. `null` where dist/ holds no release build.
 * @param {string} dist
 * @returns {{ build: string, loader: string, stylesheet: string, glue: string, wasm: string, languages: Record<string, string> } | null}
 */
export function guideFiles(dist) {
  const list = join(dist, "prerendered", "files.json");
  if (!existsSync(list)) return null;
  const files = JSON.parse(readFileSync(list, "utf8"));
  // Each one is there: a list naming a file that is gone is as good as none.
  return allNames(files).every((f) => typeof f === "string" && existsSync(join(dist, f))) ? files : null;
}

/**
 * `guideFiles(dist)`, or, where dist/ holds no release build, a message naming `script`
 * and the way out, and exit.
 * @param {string} dist
 * @param {string} script
 */
export function requireGuideFiles(dist, script) {
  const files = guideFiles(dist);
  if (files) return files;
  console.error(`${script}: dist/ holds no release build (no prerendered/files.json, or a file it names is gone); build the release first (scripts/${script} builds it)`);
  process.exit(1);
}

/** Every name, the languages' files last. */
export const allNames = (files) => [files.loader, files.stylesheet, files.glue, files.wasm, ...Object.values(files.languages)];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = guideFiles(process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url)));
  if (!files) {
    console.error("guide-files: dist/ holds no release build (no prerendered/files.json)");
    process.exit(1);
  }
  console.log(allNames(files).join("\n"));
}
