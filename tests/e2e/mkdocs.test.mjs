// The guide inside a real MkDocs Material site (pinned, in the virtualenv scripts/setup.sh
// makes), set up as docs/embedding.md says: the guide's files in docs/azure-signup-guide/,
// the loader through extra_javascript as a module, instant navigation on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, axeViolations, awayAndBack, screenshot, ROOT, DIST, useSite, clean, STEP_LABEL } from "./harness.mjs";

const WORK = join(ROOT, "target", "mkdocs-test");
const MKDOCS = join(ROOT, "target", "mkdocs-venv", "bin", "mkdocs");
const ASSETS = ["azure-signup-guide.js", "azure-signup-guide.css"];

const site = useSite(async () => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, "tests", "e2e", "mkdocs"), WORK, { recursive: true });
  const assets = join(WORK, "docs", "azure-signup-guide");
  mkdirSync(assets, { recursive: true });
  const hashed = (f) => /^azure-signup-guide-[0-9a-f]+(_bg\.wasm|\.js|\.[A-Za-z-]+\.txt)$/.test(f);
  for (const file of readdirSync(DIST).filter((f) => ASSETS.includes(f) || hashed(f))) {
    cpSync(join(DIST, file), join(assets, file));
  }
  // The server first, so the site is built for the address it is served from.
  const server = await serve(join(WORK, "site"));
  const config = join(WORK, "mkdocs.yml");
  writeFileSync(config, readFileSync(config, "utf8").replace("site_url: http://127.0.0.1/", `site_url: ${server.url}/`));
  execFileSync(MKDOCS, ["build", "--quiet", "--strict", "--config-file", config], { stdio: "inherit" });
  return server;
});

test("the site is built by the README platform's own Python (Debian 12's /usr/bin/python3), not a newer one on PATH", () => {
  const version = (python) => execFileSync(python, ["-c", "import sys; print(sys.version)"], { encoding: "utf8" }).trim();
  const platform = process.env.PYTHON ?? "/usr/bin/python3";
  assert.equal(version(join(ROOT, "target", "mkdocs-venv", "bin", "python")), version(platform));
  // The pins say which Python they were resolved for, and the setup checks that one.
  const pins = readFileSync(join(ROOT, "tests", "e2e", "mkdocs", "requirements.txt"), "utf8");
  const setup = readFileSync(join(ROOT, "scripts", "setup.sh"), "utf8");
  const resolvedFor = pins.match(/Resolved for Python (\d+\.\d+\.\d+)/)?.[1];
  assert.ok(resolvedFor, "requirements.txt names the Python it was resolved for");
  assert.match(setup, new RegExp(`PINS_RESOLVED_FOR="${resolvedFor.replaceAll(".", "\\.")}"`));
});

test("instant navigation brings the guide in; it follows the palette toggle; no pile-up", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  await page.evaluate(() => (window.__sameDocument = true));
  const loads = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && loads.push(r.url()));

  // Instant navigation: the page is swapped in by script, not loaded.
  const toGuide = () => page.locator("article a[href$='guide/']").click();
  await toGuide();
  await page.waitForFunction(() => document.querySelector("#mkdocs-guide")?.hasAttribute("data-ready"));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no full page load");
  const guide = page.locator("#mkdocs-guide");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  // In an article: no title row and no menu; the page's own heading stands over it.
  assert.equal(await guide.locator(".asg-header").count(), 0);
  const surface = () => guide.locator(".asg").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await surface(), "rgb(255, 255, 255)");
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the guide in Material");
  await screenshot(page, "mkdocs-light");

  // Material's toggle: the guide goes dark with the page.
  await page.locator("label.md-header__button[for^='__palette']").first().click();
  await page.waitForFunction(() => document.querySelector("#mkdocs-guide").getAttribute("data-host-theme") === "dark");
  assert.equal(await surface(), "rgb(28, 29, 33)");
  await screenshot(page, "mkdocs-slate");

  // Away (back in history) and here again (the link), twice, by instant navigation: one
  // guide on the page, one wasm fetched.
  assert.deepEqual(await awayAndBack(page, "mkdocs-guide", toGuide), { sameDocument: true, guides: 1 });
  assert.equal(loads.length, 1, `wasm fetched ${loads.length} times`);
  // Progress is kept across the navigations (saved per page path and instance).
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  assert.deepEqual(problems, []);
  await context.close();
});
