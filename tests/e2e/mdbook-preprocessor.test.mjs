// The mdBook preprocessor (crates/mdbook) the way an author uses it: `install` into a
// fresh book (twice), `mdbook build` with the preprocessor on PATH, then the chapters in
// Chromium: live with scripts, the prerendered text without, mdBook's theme and search.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, join, relative, sep } from "node:path";
import { serve, openPage, axeViolations, screenshot, ROOT, useSite, clean, STEP_LABEL } from "./harness.mjs";

const BOOK = join(ROOT, "tests", "e2e", "mdbook-preprocessor");
const WORK = join(ROOT, "target", "mdbook-preprocessor-test");
const BIN = join(ROOT, "target", "debug");
// mdBook finds `mdbook-azure-signup-guide` on PATH, as after `cargo install`.
const env = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH}` };
const preprocessor = (...args) => execFileSync(join(BIN, "mdbook-azure-signup-guide"), args, { encoding: "utf8" });
const installs = [];
const SUB = join(ROOT, "target", "mdbook-preprocessor-subpath");
/** The book with `site-url = "/handbok/"`, served under /handbok/. */
let subPath = null;
after(() => subPath?.close());

const site = useSite(async () => {
  // Built after the widget (scripts/test builds dist/ first): its build script puts the
  // widget's files into the binary.
  execFileSync("cargo", ["build", "--quiet", "--offline", "-p", "mdbook-azure-signup-guide"], { cwd: ROOT, stdio: "inherit" });
  rmSync(WORK, { recursive: true, force: true });
  cpSync(BOOK, WORK, { recursive: true });
  installs.push(preprocessor("install", WORK), readFileSync(join(WORK, "book.toml"), "utf8"));
  installs.push(preprocessor("install", WORK), readFileSync(join(WORK, "book.toml"), "utf8"));
  execFileSync("mdbook", ["build", WORK], { stdio: "inherit", env });
  // The same book with its `site-url`, built into a folder served under that sub-path.
  rmSync(SUB, { recursive: true, force: true });
  cpSync(WORK, join(SUB, "source"), { recursive: true, filter: (f) => relative(WORK, f).split(sep)[0] !== "book" });
  const config = join(SUB, "source", "book.toml");
  writeFileSync(config, readFileSync(config, "utf8").replace("[output.html]\n", '[output.html]\nsite-url = "/handbok/"\n'));
  execFileSync("mdbook", ["build", join(SUB, "source"), "-d", join(SUB, "served", "handbok")], { stdio: "inherit", env });
  subPath = await serve(join(SUB, "served"));
  return serve(join(WORK, "book"));
});

test("install sets the book up once; a second run changes nothing", () => {
  const [first, configAfterFirst, second, configAfterSecond] = installs;
  assert.match(first, /book\.toml: \[preprocessor\.azure-signup-guide\] and additional-js "azure-signup-guide-start\.js"/);
  assert.match(first, /_bg\.wasm: written/);
  assert.match(second, /already set up; nothing changed/);
  assert.equal(configAfterSecond, configAfterFirst);
});

test("a chapter's directive is the live guide, in the book's language, at the step it names", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/guide.html`);
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("data-ready"), "", "the live guide replaced the prerendered copy");
  assert.equal(await guide.getAttribute("lang"), "sv-SE", "book.language sv");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3", "step=sign-in");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 3 av 3");
  // The chapter's own text is still around it, once.
  assert.equal(await page.getByText("Mer information om Azure- och Microsoft 365-prenumerationer finns i artikeln.").count(), 1);
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the guide inside the book");
  await screenshot(page, "mdbook-preprocessor-light");

  // mdBook's theme switcher: the guide follows it into coal.
  const surface = () => guide.locator(".asg").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await surface(), "rgb(255, 255, 255)");
  await page.locator("#mdbook-theme-toggle").click();
  await page.locator("#mdbook-theme-coal").click();
  await page.waitForFunction(() => document.querySelector("azure-signup-guide").getAttribute("data-host-theme") === "dark");
  assert.equal(await surface(), "rgb(28, 29, 33)");
  await screenshot(page, "mdbook-preprocessor-coal");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a chapter in a subfolder gets the guide in the language its directive names, styled", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/del/diagram.html`);
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("view"), "diagram");
  assert.equal(await guide.locator("[part=root]").getAttribute("lang"), "en-US");
  assert.ok(await guide.locator("button[data-node=subscription-1]").isVisible(), "the diagram is drawn");
  assert.match(await guide.locator("button[data-node=subscription-1]").getAttribute("aria-label"), /in the Contoso directory/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without JavaScript the chapters show the prerendered guide with its stylesheet", async () => {
  for (const [path, text] of [
    ["guide.html", "Steg 2 av 3"],
    ["del/diagram.html", null],
  ]) {
    const { page, context } = await openPage(site.browser, `${site.server.url}/${path}`, { javaScriptEnabled: false });
    const guide = page.locator("azure-signup-guide");
    if (text) assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), text, path);
    assert.ok(await guide.locator("[part=root]").isVisible(), path);
    // The stylesheet link climbs out of the chapter's folder: the styles apply.
    const hidden = await guide.locator(".asg-vh").first().evaluate((el) => getComputedStyle(el).position);
    assert.equal(hidden, "absolute", `${path}: the guide's stylesheet loaded`);
    await context.close();
  }
});

test("mdBook's search finds the guide's own text", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/intro.html`);
  await page.locator("#mdbook-search-toggle").click();
  // A word only the guide says, nowhere in the book's Markdown.
  assert.ok(!readFileSync(join(BOOK, "src", "guide.md"), "utf8").includes("autentiseringsuppgifterna"));
  await page.locator("#mdbook-searchbar").pressSequentially("autentiseringsuppgifterna");
  const hit = page.locator("#mdbook-searchresults li a").first();
  await hit.waitFor();
  assert.match(await hit.getAttribute("href"), /guide\.html/);
  // The index holds the guide's words without an invisible character stuck to them.
  const index = readdirSync(join(WORK, "book")).find((f) => /^searchindex.*\.js$/.test(f));
  assert.doesNotMatch(readFileSync(join(WORK, "book", index), "utf8"), /\u2060/);
  await context.close();
});

test("a bad directive fails the build with the chapter's path and line", () => {
  const broken = `${WORK}-broken`;
  rmSync(broken, { recursive: true, force: true });
  // The installed book, one chapter added.
  cpSync(WORK, broken, { recursive: true, filter: (path) => relative(WORK, path).split(sep)[0] !== "book" });
  appendFileSync(join(broken, "src", "SUMMARY.md"), "- [Trasig](trasig.md)\n");
  writeFileSync(join(broken, "src", "trasig.md"), "# Trasig\n\n{{#azure-signup-guide colour=blue}}\n");
  const run = spawnSync("mdbook", ["build", broken], { encoding: "utf8", env });
  assert.notEqual(run.status, 0, "the build fails");
  assert.match(run.stderr, /src\/trasig\.md:3: unknown option `colour`/, run.stderr);
});

test("served under a sub-path with its site-url, every page finds the guide's stylesheet, the print page too", async () => {
  for (const path of ["guide.html", "del/diagram.html", "print.html"]) {
    for (const javaScriptEnabled of [false, true]) {
      const failed = [];
      const sheets = [];
      const { page, context, problems } = await openPage(site.browser, `${subPath.url}/handbok/${path}`, {
        javaScriptEnabled,
        prepare: (page) =>
          page.on("response", (r) => {
            if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
            if (r.url().endsWith("/azure-signup-guide.css")) sheets.push(new URL(r.url()).pathname);
          }),
      });
      assert.deepEqual(failed, [], `${path}, scripts ${javaScriptEnabled ? "on" : "off"}`);
      if (!javaScriptEnabled) assert.deepEqual([...new Set(sheets)], ["/handbok/azure-signup-guide/azure-signup-guide.css"], path);
      // The copy is styled: its stylesheet gives the guide its surface.
      const surface = await page.evaluate(() => getComputedStyle(document.querySelector("azure-signup-guide").shadowRoot.querySelector(".asg")).backgroundColor);
      assert.equal(surface, "rgb(255, 255, 255)", path);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
