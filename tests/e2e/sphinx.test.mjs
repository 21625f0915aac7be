// The Sphinx extension (integrations/sphinx, made by scripts/sphinx-extension) the way an
// author uses it: the wheel installed with pip into the pinned virtualenv (Sphinx 8.1.3,
// Furo, Debian 12's Python 3.11), `extensions = ["azure_signup_guide"]` in a fresh site's
// conf.py, the directive in its pages, `sphinx-build`. Then the site, served under a
// sub-path, in Chromium: live, Furo's
// dark mode followed, the prerendered text without scripts, found by Sphinx's own search
// with its words apart; a bad option is an error at the directive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, axeViolations, screenshot, ROOT, useSite, clean, STEP_LABEL, surface, prerenderedPages, installGuideWheel, VENV } from "./harness.mjs";

const SITE = join(ROOT, "tests", "e2e", "sphinx", "source");
const WORK = join(ROOT, "target", "sphinx-test");
const build = (source, out, ...flags) =>
  spawnSync(join(VENV, "sphinx-build"), ["-q", "-b", "html", ...flags, source, out], { encoding: "utf8" });

const site = useSite(async () => {
  // The dist/ the suite built (scripts/test builds the release first).
  installGuideWheel("sphinx-extension");
  rmSync(WORK, { recursive: true, force: true });
  cpSync(SITE, join(WORK, "source"), { recursive: true });
  const built = build(join(WORK, "source"), join(WORK, "html"), "-W");
  assert.equal(built.status, 0, built.stderr);
  // Served from its parent folder: the site under a sub-path, /html/.
  return serve(WORK);
});

test("the extension's guide comes alive in the project's language and follows Furo's dark mode", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/html/guide.html`);
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("data-ready"), "");
  assert.equal(await guide.getAttribute("lang"), "sv-SE", "language = \"sv\"");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  assert.equal(await surface(guide), "rgb(255, 255, 255)");
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the guide in Furo");
  // Furo's toggle cycles auto → dark (the page here is light): the guide follows.
  await page.evaluate(() => document.body.setAttribute("data-theme", "dark"));
  await page.waitForFunction(() => document.querySelector("azure-signup-guide").getAttribute("data-host-theme") === "dark");
  assert.equal(await surface(guide), "rgb(28, 29, 33)");
  await screenshot(page, "sphinx-furo-dark");
  assert.deepEqual(problems, []);
  await context.close();
});

test("without scripts each page carries its guide, styled, in the language its directive names", async () => {
  await prerenderedPages(site.browser, `${site.server.url}/html`, [
    ["guide.html", "sv-SE", "Logga in med ditt användarnamn och lösenord för Microsoft 365"],
    ["del/diagram.html", "en-US", "Azure subscription"],
  ]);
});

test("Sphinx's search finds a sentence only the guide holds, its words apart", async () => {
  const index = readFileSync(join(WORK, "html", "searchindex.js"), "utf8");
  // Words of neighbouring blocks were glued when tags were dropped ("dig2logg").
  assert.doesNotMatch(index, /dig2logg|1registrer|\u2060/);
  const { page, context } = await openPage(site.browser, `${site.server.url}/html/search.html?q=autentiseringsuppgifterna`);
  const hit = page.locator("#search-results a").first();
  await hit.waitFor();
  assert.match(await hit.getAttribute("href"), /guide\.html/);
  await context.close();
});

test("an option or value the element does not take is an error at the directive", () => {
  for (const [option, expected] of [
    [":lang: tlh", /broken\.rst:4: .*lang='tlh' matches no language of the guide/s],
    [":view: everything", /broken\.rst:4: .*view='everything' is not one of all, steps, diagram/s],
    [":colour: blue", /broken\.rst:4: .*unknown option: "colour"/s],
  ]) {
    const dir = join(WORK, "broken");
    rmSync(dir, { recursive: true, force: true });
    cpSync(SITE, join(dir, "source"), { recursive: true });
    writeFileSync(join(dir, "source", "broken.rst"), `Trasig\n======\n\n.. azure-signup-guide::\n   ${option}\n`);
    const index = join(dir, "source", "index.rst");
    writeFileSync(index, readFileSync(index, "utf8").replace("   del/diagram", "   del/diagram\n   broken"));
    const result = build(join(dir, "source"), join(dir, "html"), "-W");
    assert.notEqual(result.status, 0, option);
    assert.match(result.stderr, expected, option);
  }
});
