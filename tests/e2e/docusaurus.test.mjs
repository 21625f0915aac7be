// The guide inside a real Docusaurus 3 production build (pinned in
// tests/e2e/docusaurus/package-lock.json), installed from the packed tarball (scripts/pack)
// and used as docs/embedding.md says: its Docusaurus plugin (the guide's files served, the
// loader on every page) and remark plugin (`<AzureSignupGuide />` in MDX, prerendered at
// build time). Built twice: with `future.v4` (what a fresh site has) and without.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { after } from "node:test";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { writeFileSync } from "node:fs";
import { serve, openPage, axeViolations, awayAndBack, screenshot, ROOT, useSite, clean, STEP_LABEL, prerenderedPages, surface } from "./harness.mjs";

const SITE = join(ROOT, "tests", "e2e", "docusaurus");
const WORK = join(ROOT, "target", "docusaurus-test");
const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];
const TARBALL = join(ROOT, "target", "npm", `azure-signup-guide-${VERSION}.tgz`);

/** The same site built without `future.v4`; and with `baseUrl: "/handbok/"`, served there. */
let withoutV4 = null;
let subPath = null;
after(() => Promise.all([withoutV4?.close(), subPath?.close()]));

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
  rmSync(join(WORK, "docs"), { recursive: true, force: true });
  cpSync(SITE, WORK, { recursive: true });
  const npm = (...args) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: WORK, stdio: "inherit" });
  if (!fresh) npm("ci");
  npm("install", "--no-save", TARBALL);
  const build = (outDir, v4, baseUrl = "/") =>
    execFileSync(join(WORK, "node_modules", ".bin", "docusaurus"), ["build", "--out-dir", outDir], {
      cwd: WORK,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ASG_FUTURE_V4: v4 ? "on" : "off", ASG_BASE_URL: baseUrl },
    });
  build("build", true);
  rmSync(join(WORK, "build-v3"), { recursive: true, force: true });
  build("build-v3", false);
  withoutV4 = await serve(join(WORK, "build-v3"));
  rmSync(join(WORK, "sub"), { recursive: true, force: true });
  build(join("sub", "handbok"), true, "/handbok/");
  subPath = await serve(join(WORK, "sub"));
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

test("without scripts the pages carry the guide prerendered at build time, in every build, under a sub-path too", async () => {
  for (const url of [site.server.url, withoutV4.url, `${subPath.url}/handbok`]) {
    await prerenderedPages(site.browser, url, [
      ["guide/", "sv-SE", "Logga in med ditt användarnamn och lösenord för Microsoft 365"],
      ["diagram/", "en-US", "Azure subscription"],
    ]);
  }
});

test("an option the element does not take fails the build with the file and line", () => {
  const broken = join(WORK, "docs", "broken.mdx");
  try {
    for (const [component, expected] of [
      ['<AzureSignupGuide lang="tlh" />', /broken\.mdx.*line 3: lang="tlh" matches no language of the guide/s],
      ['<AzureSignupGuide view="everything" />', /broken\.mdx.*line 3: view="everything" is not one of all, steps, diagram/s],
      ['<AzureSignupGuide colour="blue" />', /broken\.mdx.*line 3: unknown option `colour`/s],
    ]) {
      writeFileSync(broken, `# Trasig\n\n${component}\n`);
      const result = spawnSync(join(WORK, "node_modules", ".bin", "docusaurus"), ["build", "--out-dir", "build-broken"], {
        cwd: WORK,
        encoding: "utf8",
      });
      assert.notEqual(result.status, 0, component);
      assert.match(result.stdout + result.stderr, expected, component);
    }
  } finally {
    rmSync(broken, { force: true });
  }
});

test("in `docusaurus start` too: the plugin serves the files and the guide comes alive", async () => {
  // A free port for the development server.
  const free = await new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const server = spawn(join(WORK, "node_modules", ".bin", "docusaurus"), ["start", "--port", String(free), "--host", "127.0.0.1", "--no-open"], {
    cwd: WORK,
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    await new Promise((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`no development server after 120 s:\n${output}`)), 120_000);
      const read = (chunk) => {
        output += chunk;
        if (/compiled successfully/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout.on("data", read);
      server.stderr.on("data", read);
    });
    const { page, context, problems } = await openPage(site.browser, `http://127.0.0.1:${free}/guide`, { settle: false });
    await page.waitForFunction(() => document.querySelector("#docusaurus-guide")?.hasAttribute("data-ready"), null, { timeout: 30_000 });
    const guide = page.locator("#docusaurus-guide");
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
    assert.deepEqual(problems.filter((p) => !/webpack-dev-server|\[HMR\]/.test(p)), []);
    await context.close();
  } finally {
    server.kill();
  }
});

test("under a baseUrl of /handbok/, the guide's files are found there and it comes alive", async () => {
  const { page, context, problems } = await openPage(site.browser, `${subPath.url}/handbok/guide/`);
  await page.waitForFunction(() => document.querySelector("#docusaurus-guide")?.hasAttribute("data-ready"));
  assert.equal(clean(await page.locator("#docusaurus-guide").locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  assert.ok(await page.evaluate(() => [...document.scripts].some((s) => s.src.endsWith("/handbok/azure-signup-guide.js"))));
  assert.deepEqual(problems, []);
  await context.close();
});

test("without scripts, on a system in dark mode, the copy is light like the site (which cannot switch without them)", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/guide/`, { javaScriptEnabled: false, colorScheme: "dark" });
  const guide = page.locator("#docusaurus-guide");
  assert.equal(await guide.getAttribute("data-host-theme"), "light");
  assert.equal(await surface(guide), "rgb(255, 255, 255)");
  await context.close();
});
