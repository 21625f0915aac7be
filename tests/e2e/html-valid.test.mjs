// Every HTML file the build writes is valid HTML, as the W3C's own checker (the Nu Html
// Checker, npm `vnu-jar`, run with Java) reads it: the demo page, the single file, every
// prerendered copy inside a minimal document (where an author pastes it), a real mdBook
// chapter with the guide, and the npm package's README example.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, DIST } from "./harness.mjs";

const WORK = join(ROOT, "target", "html-valid");
const VNU = join(ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

/** A fragment as an author pastes it: into a page of its own, its language on <html>. */
const page = (lang, title, body) =>
  `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body}\n</body></html>\n`;

/** The checker's errors for `files`: `{ file, line, message }` each. */
function errors(files) {
  const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8", maxBuffer: 64 << 20 });
  assert.notEqual(run.status, null, `vnu did not run: ${run.error ?? run.stderr}`);
  const { messages } = JSON.parse(run.stderr || run.stdout);
  return messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .filter((m) => !mdBooksOwn(m))
    .map((m) => ({ file: m.url?.replace(`file:${WORK}/`, "").replace(`file:${DIST}/`, "dist/"), line: m.lastLine, message: m.message }));
}

/** mdBook 0.5.4's own page (not the guide) puts aria-label and aria-controls on the label of
 *  its sidebar toggle: the checker's two errors there are mdBook's, reported only if the
 *  markup they point at is that toggle. */
const mdBooksOwn = (m) => /mdbook\/book\//.test(m.url ?? "") && /<label id="mdbook-sidebar-toggle"/.test(m.extract ?? "")
  && /“aria-(label|controls)” attribute must not be used on any “label” element/.test(m.message);

test("the demo page, the single file, every prerendered copy, an mdBook chapter and the README's example are valid HTML", () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const files = [join(DIST, "index.html"), join(DIST, "azure-signup-guide.html")];

  const copies = readdirSync(join(DIST, "prerendered")).filter((f) => f.endsWith(".html"));
  assert.ok(copies.length >= 18, `${copies.length} prerendered copies`);
  for (const copy of copies) {
    const lang = copy.split("-").slice(0, 2).join("-");
    const file = join(WORK, `pasted-${copy}`);
    writeFileSync(file, page(lang, copy, readFileSync(join(DIST, "prerendered", copy), "utf8")));
    files.push(file);
  }

  // The README's embed example, in a page of its own.
  const readme = readFileSync(join(ROOT, "npm", "README.md"), "utf8");
  const examples = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(examples.length >= 1, "the npm README has an HTML example");
  examples.forEach((example, i) => {
    const file = join(WORK, `readme-example-${i}.html`);
    writeFileSync(file, page("sv-SE", "README example", example));
    files.push(file);
  });

  // A real mdBook chapter with the guide (the book the mdBook e2e test serves).
  const book = join(WORK, "mdbook");
  cpSync(join(ROOT, "tests", "e2e", "mdbook"), book, { recursive: true });
  mkdirSync(join(book, "src", "azure-signup-guide"), { recursive: true });
  cpSync(join(DIST, "azure-signup-guide.js"), join(book, "src", "azure-signup-guide", "azure-signup-guide.js"));
  execFileSync("mdbook", ["build", book], { stdio: ["ignore", "ignore", "inherit"] });
  files.push(join(book, "book", "guide.html"));

  const found = errors(files);
  assert.deepEqual(found.slice(0, 10), [], `${found.length} errors`);
  // The single file carries the catalogs' markers as escapes, not as raw control characters.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  assert.doesNotMatch(readFileSync(join(DIST, "azure-signup-guide.html"), "utf8"), /[\u0001-\u0008\u000e-\u001f]/);
});
