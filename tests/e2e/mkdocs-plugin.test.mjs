// The MkDocs plugin (integrations/mkdocs, made by scripts/mkdocs-plugin) the way an author
// uses it: the wheel installed with pip into the pinned MkDocs Material virtualenv, the
// plugin named in a fresh site's mkdocs.yml, directives in its pages, `mkdocs build`. Then,
// served under a sub-path,
// the site in Chromium: live by instant navigation, the palette followed, the prerendered
// text without scripts, found by the site's own search; bad directives fail the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, axeViolations, screenshot, ROOT, useSite, clean, STEP_LABEL, surface, prerenderedPages, installGuideWheel, VENV } from "./harness.mjs";

const SITE = join(ROOT, "tests", "e2e", "mkdocs-plugin");
const WORK = join(ROOT, "target", "mkdocs-plugin-test");

const site = useSite(async () => {
  // The dist/ the suite built (scripts/test builds the release first).
  installGuideWheel("mkdocs-plugin");
  rmSync(WORK, { recursive: true, force: true });
  cpSync(SITE, WORK, { recursive: true });
  // Served from its parent folder: the site under a sub-path, /site/.
  const server = await serve(WORK);
  const config = join(WORK, "mkdocs.yml");
  writeFileSync(config, readFileSync(config, "utf8").replace("site_url: http://127.0.0.1/", `site_url: ${server.url}/site/`));
  execFileSync(join(VENV, "mkdocs"), ["build", "--quiet", "--strict", "--config-file", config], { stdio: "inherit" });
  return server;
});

test("the plugin's guide comes alive by instant navigation and follows the palette", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/site/`);
  await page.evaluate(() => (window.__sameDocument = true));
  await page.locator("article a[href$='guide/']").click();
  await page.waitForFunction(() => document.querySelector("azure-signup-guide")?.hasAttribute("data-ready"));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no full page load");
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("lang"), "sv-SE", "the theme's language");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  assert.equal(await surface(guide), "rgb(255, 255, 255)");
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the plugin's guide");
  await page.locator("label.md-header__button[for^='__palette']").first().click();
  await page.waitForFunction(() => document.querySelector("azure-signup-guide").getAttribute("data-host-theme") === "dark");
  assert.equal(await surface(guide), "rgb(28, 29, 33)");
  await screenshot(page, "mkdocs-plugin-slate");
  assert.deepEqual(problems, []);
  await context.close();
});

test("without scripts each page carries its guide, styled, in the language its directive names; a directive in code stays text", async () => {
  const pages = [
    ["guide/", "sv-SE", "Logga in med ditt användarnamn och lösenord för Microsoft 365"],
    ["del/diagram/", "en-US", "Azure subscription"],
  ];
  await prerenderedPages(site.browser, `${site.server.url}/site`, pages, async (page, path) => {
    if (path === "del/diagram/") {
      assert.match(await page.locator("pre code").textContent(), /\{\{#azure-signup-guide lang=sv-SE view=steps\}\}/);
    }
  });
});

test("the site's own search finds a sentence only the guide holds, without invisible characters", async () => {
  const word = "autentiseringsuppgifterna";
  assert.ok(!readFileSync(join(SITE, "docs", "guide", "index.md"), "utf8").includes(word));
  const index = readFileSync(join(WORK, "site", "search", "search_index.json"), "utf8");
  assert.doesNotMatch(index, /\u2060|\\u2060/);
  const { page, context } = await openPage(site.browser, `${site.server.url}/site/`);
  await page.locator("input.md-search__input").click();
  await page.locator("input.md-search__input").pressSequentially(word);
  const hit = page.locator(".md-search-result__link").first();
  await hit.waitFor();
  assert.match(await hit.getAttribute("href"), /guide\//);
  await context.close();
});

test("a bad directive fails the build with the page's path and line", () => {
  // The line is the file's own, front matter counted.
  const page = (directive) => `---\ntitle: Trasig\n---\n# Trasig\n\n${directive}\n`;
  for (const [directive, expected] of [
    ["{{#azure-signup-guide lang=tlh}}", /broken\.md:6: lang='tlh' matches no language of the guide/],
    ["{{#azure-signup-guide lang=sv-SE,view=steps}}", /broken\.md:6: lang='sv-SE,view=steps' matches no language/],
    ["{{#azure-signup-guide view=everything}}", /broken\.md:6: view='everything' is not one of all, steps, diagram/],
    ["{{#azure-signup-guide colour=blue}}", /broken\.md:6: unknown option `colour`/],
    ["{{#azure-signup-guide step=9}}", /broken\.md:6: step='9' is not one of/],
    // Inside an admonition it stays text, said as a warning, which --strict fails on.
    ['!!! note\n\n    {{#azure-signup-guide}}', /broken\.md:8: an indented directive is left as text/],
  ]) {
    const dir = join(WORK, "broken");
    rmSync(dir, { recursive: true, force: true });
    cpSync(SITE, dir, { recursive: true });
    writeFileSync(join(dir, "docs", "broken.md"), page(directive));
    const build = spawnSync(join(VENV, "mkdocs"), ["build", "--strict", "--config-file", join(dir, "mkdocs.yml")], { encoding: "utf8" });
    assert.notEqual(build.status, 0, directive);
    assert.match(build.stderr, expected, directive);
  }
});
