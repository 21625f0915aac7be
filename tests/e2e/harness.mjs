// Shared end-to-end helpers: a static server for dist/ on loopback, and Chromium
// from /usr/bin/chromium driven by playwright-core. Never downloads a browser.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "target", "screenshots");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves `dir` on 127.0.0.1 (a free port); `routes` may override paths with { status, body, type };
 *  `headers` are sent with every response (a Content-Security-Policy, say). With `gzip`,
 *  responses are compressed for a browser that accepts it, as a production server does. */
export async function serve(dir = DIST, routes = {}, headers = {}, { gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const override = routes[path];
    const send = (status, type, body) => {
      if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        res.writeHead(status, { "content-type": type, "content-encoding": "gzip", ...headers });
        res.end(gzipSync(body));
      } else {
        res.writeHead(status, { "content-type": type, ...headers });
        res.end(body);
      }
    };
    if (override) {
      send(override.status ?? 200, override.type ?? "text/html; charset=utf-8", override.body ?? "");
      return;
    }
    const file = normalize(join(dir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      send(200, TYPES[extname(file)] ?? "application/octet-stream", await readFile(file));
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * One server and one browser for a test file: `start` prepares what it needs and returns
 * the server (from `serve`); both are closed after the file's tests.
 */
export function useSite(start = () => serve()) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await start();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A page that records console errors, page errors and requests leaving the origin. With
 * scripts on, it returns once every guide on the page has settled: live (`data-ready`),
 * left static, or showing its load error; `settle: false` returns right after loading.
 * `prepare(page)` runs before the page is opened (to set up routes, say).
 */
export async function openPage(browser, url, { settle = true, prepare, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:")) problems.push(`request outside the origin: ${u}`);
  });
  await prepare?.(page);
  await page.goto(url);
  if (settle && options.javaScriptEnabled !== false) await settled(page);
  return { page, context, problems };
}

/** Waits until every guide on the page is live, left static, or showing its load error. */
export async function settled(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("azure-signup-guide")].every(
      (g) => g.hasAttribute("data-ready") || g.hasAttribute("data-static") || g.shadowRoot?.querySelector("[role=alert]"),
    ),
  );
}

/** axe-core on the page (or only `include`, a selector), shadow roots included; readable violations. */
export async function axeViolations(page, include) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * Holds back every .wasm response until `release()`; `hold()` arms it again (for a reload).
 * Until then a page shows only its prerendered guide.
 */
export async function holdWasm(page) {
  let release = () => {};
  let gate = Promise.resolve();
  const hold = () => {
    gate = new Promise((resolve) => (release = resolve));
  };
  hold();
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return { hold, release: () => release() };
}

/** Keeps the wasm's memory where a test can read it (`window.__wasmMemory`): call from
 *  `openPage`'s `prepare`, before the page loads. */
export const keepWasmMemory = (page) =>
  page.addInitScript(() => {
    const keep = (result) => {
      const instance = result.instance ?? result;
      window.__wasmMemory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
      return result;
    };
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
    }
  });

/** Text as a reader reads it: no direction isolates, spaces collapsed. */
export const clean = (s) => (s ?? "").replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

/** The walkthrough's label of the step on screen ("Steg 2 av 3"), inside a guide. */
export const STEP_LABEL = ".asg-step.is-current .asg-step-progress";

/** The label of the step a guide (a locator) shows, as read. */
export const readStep = (guide) => guide.locator(STEP_LABEL).textContent().then(clean);

export async function screenshot(target, name) {
  await mkdir(SHOTS, { recursive: true });
  await target.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/**
 * A docs site's client-side navigation, as a reader uses it: `away` (history back) and
 * `toGuide` again, `times` times; each time the guide `#id` leaves and comes back live.
 * Returns what a pile-up would show: whether it stayed one document, how many guides
 * are on the page, and how many times the wasm was fetched (`loads`, counted by the caller
 * from the page's first request).
 */
export async function awayAndBack(page, id, toGuide, times = 2) {
  for (let i = 0; i < times; i++) {
    await page.goBack();
    await page.waitForFunction((sel) => !document.querySelector(sel), `#${id}`);
    await toGuide();
    await page.waitForFunction((sel) => document.querySelector(sel)?.hasAttribute("data-ready"), `#${id}`);
  }
  return {
    sameDocument: await page.evaluate(() => window.__sameDocument === true),
    guides: await page.locator("azure-signup-guide").count(),
  };
}

/** The guide's surface colour: white in light mode, rgb(28, 29, 33) in dark mode. */
export const surface = (guide) => guide.locator(".asg").evaluate((el) => getComputedStyle(el).backgroundColor);

/**
 * A docs generator's pages read without scripts: each of `pages` (`[path, lang, text]`
 * under `base`) holds one guide in `lang` whose prerendered copy says `text`, styled by
 * its stylesheet, and no request of the page fails. `check(page, path)` may look further.
 */
export async function prerenderedPages(browser, base, pages, check) {
  for (const [path, lang, text] of pages) {
    const failed = [];
    const { page, context } = await openPage(browser, `${base}/${path}`, {
      javaScriptEnabled: false,
      prepare: (page) => page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)),
    });
    const guide = page.locator("azure-signup-guide");
    assert.equal(await guide.count(), 1, `${path}: one guide`);
    assert.equal(await guide.getAttribute("lang"), lang, `${path}: lang`);
    assert.match(clean(await guide.locator(".asg").textContent()), new RegExp(text), path);
    assert.equal(await surface(guide), "rgb(255, 255, 255)", `${path}: styled`);
    assert.deepEqual(failed, [], path);
    await check?.(page, path);
    await context.close();
  }
}

/** The pinned virtualenv's bin/ (MkDocs, Sphinx; scripts/setup.sh's ensure_mkdocs). */
export const VENV = join(ROOT, "target", "mkdocs-venv", "bin");

/**
 * Makes a docs generator's Python package from the dist/ the suite built (`scripts/<script>
 * --no-build`, which writes one wheel into target/<script>/) and installs it into the
 * pinned virtualenv with pip, as an author would.
 */
export function installGuideWheel(script) {
  execFileSync(join(ROOT, "scripts", script), ["--no-build"], { stdio: ["ignore", "ignore", "inherit"] });
  const folder = join(ROOT, "target", script);
  const wheel = readdirSync(folder).find((f) => f.endsWith(".whl"));
  const pip = ["install", "--quiet", "--disable-pip-version-check", "--no-deps", "--force-reinstall", join(folder, wheel)];
  execFileSync(join(VENV, "pip"), pip, { stdio: "inherit" });
}
