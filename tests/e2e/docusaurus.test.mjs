// The guide inside a real Docusaurus 3 production build (pinned in
// tests/e2e/docusaurus/package-lock.json), installed from the packed tarball (scripts/pack)
// and used as docs/embedding.md says: the package's dist/ folder as a static directory, its
// loader in `scripts` as a module, the element in MDX. Built twice: with `future.v4` (what
// a fresh site has) and without.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { after } from "node:test";
import { serve, openPage, axeViolations, awayAndBack, screenshot, ROOT, useSite, clean, STEP_LABEL } from "./harness.mjs";

const SITE = join(ROOT, "tests", "e2e", "docusaurus");
const WORK = join(ROOT, "target", "docusaurus-test");
const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const TARBALL = join(ROOT, "target", "npm", `azure-signup-guide-${VERSION}.tgz`);

/** The same site built without `future.v4`. */
let withoutV4 = null;
after(() => withoutV4?.close());

const site = useSite(async () => {
  if (!existsSync(TARBALL)) execFileSync("node", [join(ROOT, "scripts", "pack.mjs")], { stdio: "inherit" });
  // Docusaurus' own packages are installed once (npm ci, about 1279 packages) and kept
  // while the lock file is unchanged; the site's files and the guide's package are fresh.
  const lock = join(SITE, "package-lock.json");
  const installed = join(WORK, "node_modules", ".package-lock.json");
  const fresh = existsSync(installed) && statSync(installed).mtimeMs > statSync(lock).mtimeMs;
  if (!fresh) rmSync(WORK, { recursive: true, force: true });
  rmSync(join(WORK, "build"), { recursive: true, force: true });
  // npm gives a package's files one fixed date, so Docusaurus' build cache would keep the
  // previous loader (its name never changes): cleared, as docs/embedding.md tells authors.
  rmSync(join(WORK, "node_modules", ".cache"), { recursive: true, force: true });
  rmSync(join(WORK, ".docusaurus"), { recursive: true, force: true });
  cpSync(SITE, WORK, { recursive: true });
  const npm = (...args) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: WORK, stdio: "inherit" });
  if (!fresh) npm("ci");
  npm("install", "--no-save", TARBALL);
  const build = (outDir, v4) =>
    execFileSync(join(WORK, "node_modules", ".bin", "docusaurus"), ["build", "--out-dir", outDir], {
      cwd: WORK,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ASG_FUTURE_V4: v4 ? "on" : "off" },
    });
  build("build", true);
  rmSync(join(WORK, "build-v3"), { recursive: true, force: true });
  build("build-v3", false);
  withoutV4 = await serve(join(WORK, "build-v3"));
  return serve(join(WORK, "build"));
});

test("client-side navigation brings the guide in; it follows the colour-mode toggle; no pile-up", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  await page.evaluate(() => (window.__sameDocument = true));
  const loads = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && loads.push(r.url()));

  const toGuide = () => page.locator("article a[href$='/guide']").click();
  await toGuide();
  await page.waitForFunction(() => document.querySelector("#docusaurus-guide")?.hasAttribute("data-ready"));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "client-side navigation, no page load");
  const guide = page.locator("#docusaurus-guide");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  assert.equal(await guide.locator(".asg-header").count(), 0, "the page's heading stands over it");
  const surface = () => guide.locator(".asg").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await surface(), "rgb(255, 255, 255)");
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the guide in Docusaurus");
  await screenshot(page, "docusaurus-light");

  // Docusaurus' toggle sets html[data-theme]: the guide follows.
  await page.locator("button[class*='toggleButton']").first().click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  await page.waitForFunction(() => document.querySelector("#docusaurus-guide").getAttribute("data-host-theme") === "dark");
  assert.equal(await surface(), "rgb(28, 29, 33)");
  await screenshot(page, "docusaurus-dark");

  // Away and back, twice: one guide on the page, one wasm fetched, the reader's step kept.
  assert.deepEqual(await awayAndBack(page, "docusaurus-guide", toGuide), { sameDocument: true, guides: 1 });
  assert.equal(loads.length, 1, `wasm fetched ${loads.length} times`);
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  assert.deepEqual(problems, []);
  await context.close();
});

test("built without future.v4 too: the guide comes alive, nothing of the package but its files published", async () => {
  for (const url of [site.server.url, withoutV4.url]) {
    const { page, context, problems } = await openPage(site.browser, `${url}/guide/`);
    await page.waitForFunction(() => document.querySelector("#docusaurus-guide")?.hasAttribute("data-ready"));
    const guide = page.locator("#docusaurus-guide");
    await guide.getByRole("button", { name: "Nästa", exact: true }).click();
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
    // The package's manifest, README and declarations are not published at the site's root.
    for (const file of ["package.json", "README.md", "azure-signup-guide.d.ts"]) {
      assert.equal((await page.request.get(`${url}/${file}`)).status(), 404, `${url}/${file}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
