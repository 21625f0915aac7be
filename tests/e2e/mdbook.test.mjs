// The guide inside a real mdBook: the book in tests/e2e/mdbook/ is built with the
// installed `mdbook`, the release dist/ copied in as docs/embedding.md says, and the
// chapter is opened in Chromium next to mdBook's own CSS, theme switcher and search.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, axeViolations, screenshot, ROOT, DIST, useSite, clean, STEP_LABEL } from "./harness.mjs";

const WORK = join(ROOT, "target", "mdbook-test");

const site = useSite(async () => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, "tests", "e2e", "mdbook"), WORK, { recursive: true });
  const assets = join(WORK, "src", "azure-signup-guide");
  mkdirSync(assets, { recursive: true });
  // Every azure-signup-guide* file at the top of dist/ but the single-file page.
  for (const file of readdirSync(DIST).filter((f) => f.startsWith("azure-signup-guide") && f !== "azure-signup-guide.html")) {
    cpSync(join(DIST, file), join(assets, file));
  }
  execFileSync("mdbook", ["build", WORK], { stdio: "inherit" });
  return serve(join(WORK, "book"));
});


test("the guide works inside mdBook's page, its theme switcher and its search", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/guide.html`);
  const guide = page.locator("#book-guide");
  await guide.locator(STEP_LABEL).waitFor();
  // mdBook's own page is there around it.
  assert.ok(await page.locator("#mdbook-sidebar").isVisible(), "mdBook's sidebar");
  // mdBook sets the root font size to 62.5%; the guide's sizes do not follow it.
  assert.equal(await guide.locator(".asg-h2").first().evaluate((el) => getComputedStyle(el).fontSize), "20.8px");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  await guide.locator("button[data-node=subscription-0]").click();
  assert.match(clean(await guide.locator(".asg-why").textContent()), /Katalogen äger den/);
  const surface = () => guide.locator(".asg").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await surface(), "rgb(255, 255, 255)", "light book, light guide");
  await screenshot(page, "mdbook-light");
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the guide inside mdBook");

  // mdBook's theme switcher: pick the dark "coal" theme; the guide keeps working.
  await page.locator("#mdbook-theme-toggle").click();
  await page.locator("#mdbook-theme-coal").click();
  assert.match(await page.locator("html").getAttribute("class"), /coal/);
  await page.waitForFunction(() => document.querySelector("#book-guide").getAttribute("data-host-theme") === "dark");
  assert.equal(await surface(), "rgb(28, 29, 33)", "the guide follows the book into its dark theme");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 3 av 3");
  await screenshot(page, "mdbook-coal");

  // mdBook's search still opens and finds the chapter's own text.
  await page.locator("#mdbook-search-toggle").click();
  await page.locator("#mdbook-searchbar").pressSequentially("Microsoft");
  await page.locator("#mdbook-searchresults li").first().waitFor();
  assert.ok((await page.locator("#mdbook-searchresults li").count()) > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
