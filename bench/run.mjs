// The benchmark: our guide against the plain article and against mermaid + driver.js, in
// one run, in the same headless Chromium, each page loaded BENCH_RUNS times (median and
// range). Prints a table with pass/fail against the targets and writes
// target/bench/results.json and target/bench/chart.svg. Figures, not a test gate.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/harness.mjs";
import { guideFiles } from "../scripts/guide-files.mjs";

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "target", "bench");
const RUNS = Number(process.env.BENCH_RUNS || 5);
// BENCH_DIST: another build's dist/ (a before/after pair); the release build by default.
const DIST = process.env.BENCH_DIST || join(ROOT, "dist");
const MODULES = join(ROOT, "bench", "node_modules");
mkdirSync(OUT, { recursive: true });

// ---- The three sites, as static folders ----------------------------------------------
const altDir = join(OUT, "alternative");
mkdirSync(altDir, { recursive: true });
cpSync(join(ROOT, "bench", "alternative"), altDir, { recursive: true });
cpSync(join(ROOT, "demo", "page.css"), join(altDir, "page.css"));
cpSync(join(MODULES, "mermaid", "dist"), altDir, { recursive: true, filter: (p) => !p.endsWith(".map") });
cpSync(join(MODULES, "driver.js", "dist", "driver.js.mjs"), join(altDir, "driver.js.mjs"));
cpSync(join(MODULES, "driver.js", "dist", "driver.css"), join(altDir, "driver.css"));

const plainDir = join(OUT, "plain");
mkdirSync(plainDir, { recursive: true });
const prerendered = join(OUT, "prerender");
execFileSync("cargo", ["run", "--quiet", "--offline", "--bin", "prerender", "--", prerendered], { cwd: ROOT, stdio: "inherit" });
// The plain article's one static picture, as the article has it: a drawing of a directory
// with users and subscriptions (a stand-in of about the same weight; no text to read).
writeFileSync(
  join(plainDir, "diagram.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 520 300" font-family="sans-serif" font-size="14">` +
    `<rect x="8" y="8" width="504" height="284" rx="12" fill="none" stroke="#999" stroke-dasharray="6 4"/>` +
    [["Katalog", 40], ["Användare", 110], ["Azure-prenumeration", 180], ["Microsoft 365-prenumeration", 240]]
      .map(([label, y]) => `<rect x="40" y="${y - 24}" width="300" height="36" rx="8" fill="#fff" stroke="#999"/><text x="52" y="${y}">${label}</text>`)
      .join("") +
    `</svg>`,
);
const article = readFileSync(join(ROOT, "index.html"), "utf8")
  .replace(/<link data-trunk[^>]*>\s*/g, "")
  .replace(/<script type="module"[^>]*><\/script>/, `<link rel="stylesheet" href="./page.css">`)
  // The article as it is, where the demo page has the guides: its numbered steps, its
  // points and its picture.
  .replace(
    /<azure-signup-guide id="guide-steps"[^>]*><\/azure-signup-guide>/,
    `<ol><li>Registrera dig på <a href="https://account.azure.com/signup?offer=MS-AZR-0044p&amp;appId=docs">Azure.com</a>.</li>` +
      `<li>Logga in med ditt användarnamn och lösenord för Microsoft 365. Det konto som du använder behöver inte ha administratörsbehörighet. Om du har fler än ett Microsoft 365-konto använder du autentiseringsuppgifterna för det Microsoft 365-konto som du vill associera med din Azure-prenumeration.</li>` +
      `<li>Ange den information som krävs och slutför registreringsprocessen. Viss information krävs kanske inte om du redan har ett Microsoft 365-konto.</li></ol>` +
      `<ul><li>Om du behöver lägga till andra personer i din organisation till Azure-prenumerationen kan du läsa <a href="https://learn.microsoft.com/sv-se/azure/role-based-access-control/overview">Kom igång med åtkomsthantering i Azure-portalen</a>.</li></ul>`,
  )
  .replace(
    /<azure-signup-guide id="guide-diagram"[^>]*><\/azure-signup-guide>/,
    `<ul><li>En prenumeration skapas under en katalog</li><li>Användare tillhör kataloger</li>` +
      `<li>En prenumeration hamnar i katalogen för den användare som skapar prenumerationen. Din Microsoft 365-prenumeration är alltså kopplad till samma konto som din Azure-prenumeration.</li>` +
      `<li>Azure-prenumerationer ägs av enskilda användare i katalogen</li>` +
      `<li>Microsoft 365-prenumerationer ägs av själva katalogen. Användare med rätt behörigheter i katalogen kan hantera dessa prenumerationer.</li></ul>` +
      `<img src="./diagram.svg" width="520" alt="Relationen mellan katalogen, användare och prenumerationer.">` +
      `<p>Mer information finns i <a href="https://learn.microsoft.com/sv-se/entra/fundamentals/how-subscriptions-associated-directory">Så är Azure-prenumerationer associerade med Azure Active Directory</a>.</p>`,
  )
  .replace("<head>", `<head><link rel="icon" href="data:,">`);
writeFileSync(join(plainDir, "index.html"), article);
cpSync(join(ROOT, "demo", "page.css"), join(plainDir, "page.css"));

const floorDir = join(OUT, "floor");
mkdirSync(floorDir, { recursive: true });
cpSync(join(ROOT, "bench", "floor"), floorDir, { recursive: true });
cpSync(join(ROOT, "demo", "page.css"), join(floorDir, "page.css"));

// The same loopback static server as the end-to-end tests (one content-type table).
const servers = { plain: await serve(plainDir), floor: await serve(floorDir), alternative: await serve(altDir), ours: await serve(DIST) };

// ---- Measuring ------------------------------------------------------------------------
const PAGES = [
  { key: "plain", name: "plain article", url: `${servers.plain.url}/`, kind: "plain", dir: plainDir },
  { key: "floor", name: "floor (1-line handler)", url: `${servers.floor.url}/`, kind: "floor", dir: floorDir },
  { key: "alternative", name: "mermaid + driver.js", url: `${servers.alternative.url}/`, kind: "alternative", dir: altDir },
  { key: "ours", name: "ours (embed)", url: `${servers.ours.url}/`, kind: "ours", dir: DIST },
  { key: "single", name: "ours (single file)", url: `${servers.ours.url}/azure-signup-guide.html`, kind: "ours", dir: DIST },
];

/** In the page before anything runs: time to "ready", and the wasm memories instantiated. */
function instrument(kind) {
  window.__ready = null;
  const markReady = () => (window.__ready ??= performance.now());
  if (kind === "plain") addEventListener("load", markReady);
  if (kind === "alternative" || kind === "floor") document.addEventListener("bench-ready", markReady);
  if (kind === "ours") {
    document.addEventListener("azure-signup-guide-ready", () => {
      if ([...document.querySelectorAll("azure-signup-guide")].every((g) => g.hasAttribute("data-ready"))) markReady();
    });
  }
  // Linear memory is not in the JS heap figures; keep each instance's memory to read it.
  window.__wasmMemories = [];
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) window.__wasmMemories.push(value);
    return result;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = (...args) => instantiate.apply(WebAssembly, args).then(keep);
  WebAssembly.instantiateStreaming = (...args) => instantiateStreaming.apply(WebAssembly, args).then(keep);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"],
});

// Trace categories with Chromium's own Event Timing records (every event, unrounded, no
// 16 ms threshold) and the renderer main thread's tasks.
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];
const KEYS = 10;
const CLICKS = 10;

/**
 * Real (trusted) inputs through Chromium's input pipeline, as a reader's: key presses on
 * the walkthrough (or the tour), then mouse clicks on diagram nodes. Clicks go to the
 * element's centre with page.mouse (a locator's click would add Playwright's own hit-test
 * events to the trace), after the pointer has rested there. Between inputs the page
 * settles, so each interaction stands alone.
 */
async function interact(page, entry) {
  const settle = () => page.waitForTimeout(150);
  // Only the measured inputs are traced (not the Escape that closes the tour, say).
  const events = [];
  const traced = async (inputs) => {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await inputs();
    events.push(...JSON.parse((await browser.stopTracing()).toString()).traceEvents);
  };
  // Ten step changes by keyboard. Our step list is tabs with manual activation: an arrow
  // moves focus to the next tab and Enter opens it (`activate`); the tour's arrows do both.
  const keys = (activate) => async () => {
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(i % 2 ? "ArrowLeft" : "ArrowRight");
      if (activate) await page.keyboard.press(activate);
      await settle();
    }
  };
  const clicks = async (selectors) => {
    const points = [];
    for (const selector of selectors) {
      const target = page.locator(selector).first();
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      points.push([box.x + box.width / 2, box.y + box.height / 2]);
    }
    await traced(async () => {
      for (let i = 0; i < CLICKS; i++) {
        // A reader's pointer rests on the target before pressing: hover effects (mermaid's
        // highlight) happen then, not inside the click's interaction.
        await page.mouse.move(...points[i % points.length]);
        await page.waitForTimeout(100);
        await page.mouse.click(...points[i % points.length]);
        await settle();
      }
    });
  };
  if (entry.kind === "ours") {
    await page.locator("#guide-steps .asg-steps-button").first().focus();
    await traced(keys("Enter"));
    await clicks(["#guide-diagram button[data-node=user-0]", "#guide-diagram button[data-node=user-1]"]);
  } else if (entry.kind === "alternative") {
    await traced(keys());
    // The tour's overlay covers the page; close it as a reader would before clicking.
    await page.keyboard.press("Escape");
    await settle();
    await clicks(['g.node[id*="-azure-"]', 'g.node[id*="-du-"]']);
  } else if (entry.kind === "floor") {
    await page.locator("#step").focus();
    await traced(keys());
    await clicks(["#out"]);
  }
  return events;
}

/**
 * Per interaction (Event Timing's interactionId), from the trace:
 * - latency: input → next frame presented (the longest event of the interaction, as INP
 *   counts it). It includes waiting for the display's next frame, which no page controls;
 * - work: main-thread busy time inside that span (our handlers, style, layout, paint,
 *   commit): what the page itself costs;
 * - processing: time in event handlers.
 */
function interactionsFromTrace(traceEvents) {
  const timings = traceEvents.filter((e) => e.name === "EventTiming" && e.ph === "b" && e.args?.data?.interactionId);
  const byId = new Map();
  for (const e of timings) {
    const list = byId.get(e.args.data.interactionId) ?? [];
    list.push(e);
    byId.set(e.args.data.interactionId, list);
  }
  const dispatch = traceEvents.find((e) => e.name === "EventDispatch" && ["keydown", "click"].includes(e.args?.data?.type));
  const tasks = dispatch
    ? traceEvents.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === dispatch.pid && e.tid === dispatch.tid)
    : [];
  const busy = (from, to) =>
    tasks.reduce((sum, t) => sum + Math.max(0, Math.min(to, t.ts + t.dur) - Math.max(from, t.ts)), 0) / 1000;
  return [...byId.values()].map((events) => {
    const start = Math.min(...events.map((e) => e.ts));
    const latency = Math.max(...events.map((e) => e.args.data.duration));
    return {
      kind: events.some((e) => e.args.data.type.startsWith("key")) ? "key" : "click",
      latency,
      work: busy(start, start + latency * 1000),
      processing: events.reduce((sum, e) => sum + (e.args.data.processingEnd - e.args.data.processingStart), 0),
    };
  });
}

/** Raw, gzip (level 9) and brotli (quality 11) size of each file a page loaded. */
function assetSizes(entry, urls) {
  return [...urls]
    .map((url) => {
      const path = decodeURIComponent(new URL(url).pathname);
      const file = join(entry.dir, path.endsWith("/") ? `${path}index.html` : path);
      if (!url.startsWith("http") || !existsSync(file)) return null;
      const body = readFileSync(file);
      return {
        file: path.endsWith("/") ? `${path}index.html` : path,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .filter(Boolean)
    .sort((a, b) => b.raw - a.raw);
}

/** A fresh context and page for one load of `entry`, instrumented, with a CDP session. */
async function instrumentedPage(entry, viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(instrument, entry.kind);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  return { context, page, cdp };
}

async function measure(entry) {
  const runs = [];
  const loaded = new Set();
  for (let run = 0; run < RUNS; run++) {
    const { context, page, cdp } = await instrumentedPage(entry, { width: 1100, height: 900 });
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
    const urls = new Map();
    cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
    cdp.on("Network.loadingFinished", (e) => urls.has(e.requestId) && loaded.add(urls.get(e.requestId)));
    await page.goto(entry.url);
    await page.waitForFunction(() => window.__ready !== null, null, { timeout: 60000 });
    await page.waitForTimeout(300);
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    const ready = await page.evaluate(() => window.__ready);
    /** JS heap in use plus every wasm instance's linear memory. */
    const memory = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      const wasm = await page.evaluate(() => window.__wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
      return { js: usedSize, wasm, total: usedSize + wasm };
    };
    const memoryAfterLoad = await memory();
    let interactions = [];
    if (entry.kind !== "plain") {
      interactions = interactionsFromTrace(await interact(page, entry));
      // Play everything: every case (ours), the whole tour (alternative).
      if (entry.kind === "ours") {
        for (const s of ["recommended", "account-sprawl", "share"]) {
          await page.locator(`#guide-diagram [data-scenario=${s}]`).check();
        }
      } else if (entry.kind === "alternative") {
        await page.locator("#start-tour").click();
        for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
      }
    }
    const memoryAfterPlay = await memory();
    runs.push({ bytes, fcp, ready, interactions, memoryAfterLoad, memoryAfterPlay });
    await context.close();
  }
  const all = (f) => runs.map(f);
  const stat = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : null);
  const of = (kind, field) => runs.flatMap((r) => r.interactions.filter((i) => i.kind === kind).map((i) => i[field]));
  const dist = (xs) => (xs.length ? { median: median(xs), p95: p95(xs), max: Math.max(...xs), count: xs.length } : null);
  return {
    name: entry.name,
    assets: assetSizes(entry, loaded),
    bytes: stat(all((r) => r.bytes)),
    fcp: stat(all((r) => r.fcp)),
    ready: stat(all((r) => r.ready)),
    key: { latency: dist(of("key", "latency")), work: dist(of("key", "work")), processing: dist(of("key", "processing")) },
    click: { latency: dist(of("click", "latency")), work: dist(of("click", "work")), processing: dist(of("click", "processing")) },
    inputs: entry.kind === "plain" ? 0 : RUNS * (KEYS + CLICKS),
    memoryAfterLoad: { js: stat(all((r) => r.memoryAfterLoad.js)), wasm: stat(all((r) => r.memoryAfterLoad.wasm)), total: stat(all((r) => r.memoryAfterLoad.total)) },
    memoryAfterPlay: { js: stat(all((r) => r.memoryAfterPlay.js)), wasm: stat(all((r) => r.memoryAfterPlay.wasm)), total: stat(all((r) => r.memoryAfterPlay.total)) },
  };
}

// ---- A slow phone: 4× CPU slowdown and slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s
// up), every page served gzipped as a production server does. What a reader feels: when the
// page is ready to answer, and when the answer to their first press (the walkthrough's next
// step: our "Nästa", the tour's "Nästa") is on screen if they press as soon as it is.
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS || 3);
const gzipped = {
  plain: await serve(plainDir, {}, {}, { gzip: true }),
  alternative: await serve(altDir, {}, {}, { gzip: true }),
  ours: await serve(DIST, {}, {}, { gzip: true }),
};
const FIRST_PRESS = {
  ours: {
    button: (page) => page.locator("#guide-steps").getByRole("button", { name: "Nästa", exact: true }),
    answered: () => document.querySelector("#guide-steps").shadowRoot.querySelector(".asg-step.is-current .asg-step-progress")?.textContent.replace(/\D/g, "") === "23",
  },
  alternative: {
    button: (page) => page.locator(".driver-popover-next-btn"),
    answered: () => document.querySelector(".driver-popover-progress-text")?.textContent.replace(/\D/g, "") === "24",
  },
};

async function measureThrottled(entry) {
  const runs = [];
  for (let run = 0; run < THROTTLED_RUNS; run++) {
    const { context, page, cdp } = await instrumentedPage(entry, { width: 412, height: 915 });
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${gzipped[entry.kind].url}/`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__ready !== null, null, { timeout: 120000, polling: 50 });
    const ready = await page.evaluate(() => window.__ready);
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    let press = null;
    const first = FIRST_PRESS[entry.kind];
    if (first) {
      const button = first.button(page);
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      // The press, by the page's clock just before the mouse goes down (a page's own click
      // listeners may stop the event before one of ours would see it).
      const pressAt = await page.evaluate(() => performance.now());
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(first.answered, null, { timeout: 30000, polling: "raf" });
      // The frame after the one in which the answer was seen is the one that shows it.
      const shown = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now()))));
      press = { latency: shown - pressAt, answeredAt: ready + (shown - pressAt) };
    }
    runs.push({ ready, fcp, press });
    await context.close();
  }
  const stat = (values) => {
    // A figure the page did not report (no paint entry, say) is left out, not counted as 0.
    const xs = values.filter((x) => x != null);
    return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : null;
  };
  const pressed = runs.filter((r) => r.press);
  return {
    name: entry.name,
    fcp: stat(runs.map((r) => r.fcp)),
    ready: stat(runs.map((r) => r.ready)),
    pressLatency: stat(pressed.map((r) => r.press.latency)),
    answered: stat(pressed.map((r) => r.press.answeredAt)),
  };
}

const throttled = {};
for (const entry of PAGES.filter((p) => p.key in gzipped)) {
  console.log(`measuring ${entry.name}, throttled (${THROTTLED_RUNS} loads)…`);
  throttled[entry.key] = await measureThrottled(entry);
}
for (const s of Object.values(gzipped)) s.close();
if (process.env.BENCH_THROTTLED_ONLY) {
  // Only the slow phone (a quick before/after pair): its figures, then stop.
  console.log(JSON.stringify(throttled, null, 2));
  await browser.close();
  for (const s of Object.values(servers)) s.close();
  process.exit(0);
}

const results = {};
for (const entry of PAGES) {
  process.stderr.write(`measuring ${entry.name} (${RUNS} loads)\n`);
  results[entry.key] = await measure(entry);
}
await browser.close();

// ---- Sizes of the widget (what a page adds) ------------------------------------------------
// The wasm, the glue and the loader, the stylesheet (the copies' and the live guide's, once),
// and the one language file the demo page (sv-SE) fetches.
const guide = guideFiles(DIST);
const widgetFiles = [guide.loader, guide.stylesheet, guide.glue, guide.wasm, guide.languages["sv-SE"]];
const size = (files, dir) =>
  files.reduce(
    (t, f) => {
      const body = readFileSync(join(dir, f));
      return { raw: t.raw + body.length, gzip: t.gzip + gzipSync(body, { level: 9 }).length, brotli: t.brotli + brotliCompressSync(body).length };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );
const widget = size(widgetFiles, DIST);

// ---- Lighthouse on the demo page ---------------------------------------------------------------
let lighthouse = null;
try {
  const report = join(OUT, "lighthouse.json");
  const ours = await serve(DIST);
  // Asynchronously: the page is served from this very process, which must keep answering.
  await execFileAsync(
    process.execPath,
    [join(MODULES, "lighthouse", "cli", "index.js"), `${ours.url}/`, "--output=json", `--output-path=${report}`, "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, timeout: 300000 },
  );
  ours.close();
  const categories = JSON.parse(readFileSync(report, "utf8")).categories;
  lighthouse = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
} catch (error) {
  process.stderr.write(`lighthouse did not run: ${error.message}\n`);
}
for (const s of Object.values(servers)) s.close();

// ---- Report --------------------------------------------------------------------------------------
const ms = (x) => (x == null ? "—" : `${x.toFixed(1)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KiB`;
const mb = (x) => `${(x / 1048576).toFixed(1)} MiB`;
const ours = results.ours;
const alt = results.alternative;
const plain = results.plain;
const floor = results.floor;
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "—");
const p95Of = (r, kind, field) => r[kind][field]?.p95;
const targets = [
  ["widget total ≤ 150 KiB gzip", widget.gzip <= 150 * 1024, kb(widget.gzip)],
  ["widget total ≤ 100 KiB gzip (stretch)", widget.gzip <= 100 * 1024, kb(widget.gzip)],
  ["ready ≤ 0.5 × alternative", ours.ready.median <= 0.5 * alt.ready.median, `${ratio(ours.ready.median, alt.ready.median)} ×`],
  ["key → next frame presented, p95 < 16 ms", p95Of(ours, "key", "latency") < 16, ms(p95Of(ours, "key", "latency"))],
  ["click → next frame presented, p95 < 16 ms", p95Of(ours, "click", "latency") < 16, ms(p95Of(ours, "click", "latency"))],
  ["key: main-thread work to that frame, p95 < 16 ms (aim 4)", p95Of(ours, "key", "work") < 16, ms(p95Of(ours, "key", "work"))],
  ["click: main-thread work to that frame, p95 < 16 ms (aim 4)", p95Of(ours, "click", "work") < 16, ms(p95Of(ours, "click", "work"))],
  ["Lighthouse performance ≥ 95", lighthouse?.performance >= 95, lighthouse ? String(lighthouse.performance) : "not run"],
  ["Lighthouse accessibility = 100", lighthouse?.accessibility === 100, lighthouse ? String(lighthouse.accessibility) : "not run"],
  ["Lighthouse best practices = 100", lighthouse?.["best-practices"] === 100, lighthouse ? String(lighthouse["best-practices"]) : "not run"],
  [
    "slow phone: first press answered ≤ 0.3 × alternative",
    throttled.ours.answered.median <= 0.3 * throttled.alternative.answered.median,
    `${ratio(throttled.ours.answered.median, throttled.alternative.answered.median)} ×`,
  ],
];

// The slow phone's table.
const slowRows = [["slow phone (4× CPU, 150 ms RTT, 1.6 Mbit/s, gzip)", ...Object.values(throttled).map((r) => r.name)]];
const slowLine = (label, f) => slowRows.push([label, ...Object.values(throttled).map((r) => (f(r) ? `${ms(f(r).median)} (${f(r).min.toFixed(0)}–${f(r).max.toFixed(0)})` : "—"))]);
slowLine("first contentful paint", (r) => r.fcp);
slowLine("ready to answer", (r) => r.ready);
slowLine("first press → its answer on screen", (r) => r.pressLatency);
slowLine("answered, from navigation (ready + press)", (r) => r.answered);
const slowRatios =
  `ours / alternative: ready ${ratio(throttled.ours.ready.median, throttled.alternative.ready.median)}, ` +
  `first press answered ${ratio(throttled.ours.answered.median, throttled.alternative.answered.median)}; ` +
  `ours / plain article: ready ${ratio(throttled.ours.ready.median, throttled.plain.ready.median)}`;

const rows = [["", ...PAGES.map((p) => p.name)]];
const line = (label, f) => rows.push([label, ...PAGES.map((p) => f(results[p.key]))]);
const spread = (x) => `${ms(x.median)} (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
const lat = (d) => (d ? `${ms(d.median)} / ${ms(d.p95)}` : "—");
line("bytes transferred (median)", (r) => kb(r.bytes.median));
line("first contentful paint (median, range)", (r) => spread(r.fcp));
line("ready to answer (median, range)", (r) => spread(r.ready));
line("key → frame presented (median / p95)", (r) => lat(r.key.latency));
line("  main-thread work (median / p95)", (r) => lat(r.key.work));
line("  in event handlers (median / p95)", (r) => lat(r.key.processing));
line("click → frame presented (median / p95)", (r) => lat(r.click.latency));
line("  main-thread work (median / p95)", (r) => lat(r.click.work));
line("  in event handlers (median / p95)", (r) => lat(r.click.processing));
line("interactions seen / inputs sent", (r) => `${(r.key.latency?.count ?? 0) + (r.click.latency?.count ?? 0)} / ${r.inputs}`);
line("memory after load (JS heap + wasm)", (r) => `${mb(r.memoryAfterLoad.total.median)} (${mb(r.memoryAfterLoad.js.median)} + ${mb(r.memoryAfterLoad.wasm.median)})`);
line("memory after playing everything", (r) => `${mb(r.memoryAfterPlay.total.median)} (${mb(r.memoryAfterPlay.js.median)} + ${mb(r.memoryAfterPlay.wasm.median)})`);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
console.log("\nassets each page loads (raw / gzip -9 / brotli 11; served uncompressed here):");
for (const p of PAGES) {
  const list = results[p.key].assets;
  const sum = (k) => list.reduce((t, a) => t + a[k], 0);
  console.log(`  ${p.name}: ${list.length} files, ${kb(sum("raw"))} / ${kb(sum("gzip"))} / ${kb(sum("brotli"))}`);
  for (const a of list.slice(0, 6)) console.log(`    ${a.file.padEnd(48)} ${kb(a.raw).padStart(10)} ${kb(a.gzip).padStart(10)} ${kb(a.brotli).padStart(10)}`);
  if (list.length > 6) console.log(`    … and ${list.length - 6} smaller files`);
}
console.log(`\nwidget (wasm + JS + CSS + the page's language file): ${kb(widget.raw)} raw, ${kb(widget.gzip)} gzip, ${kb(widget.brotli)} brotli`);
const ratios = (other) =>
  `bytes ${ratio(ours.bytes.median, other.bytes.median)}, FCP ${ratio(ours.fcp.median, other.fcp.median)}, ready ${ratio(ours.ready.median, other.ready.median)}, ` +
  `memory ${ratio(ours.memoryAfterLoad.total.median, other.memoryAfterLoad.total.median)} (after playing ${ratio(ours.memoryAfterPlay.total.median, other.memoryAfterPlay.total.median)})`;
const latencyRatios = (other) =>
  ["key", "click"]
    .map((k) => `${k} → frame p95 ${ratio(p95Of(ours, k, "latency"), p95Of(other, k, "latency"))}, ${k} work p95 ${ratio(p95Of(ours, k, "work"), p95Of(other, k, "work"))}`)
    .join(", ");
console.log(`ratios ours/alternative: ${ratios(alt)}, ${latencyRatios(alt)}`);
console.log(`ratios ours/plain article: ${ratios(plain)}`);
console.log(`ratios ours/floor: ${latencyRatios(floor)}`);
console.log(`Lighthouse (demo page): ${lighthouse ? JSON.stringify(lighthouse) : "not run"}`);
const slowWidths = slowRows[0].map((_, i) => Math.max(...slowRows.map((r) => r[i].length)));
console.log("");
for (const r of slowRows) console.log(r.map((c, i) => c.padEnd(slowWidths[i])).join("  "));
console.log(`ratios, slow phone (median of ${THROTTLED_RUNS} loads): ${slowRatios}`);
console.log("\ntargets:");
for (const [name, ok, value] of targets) console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}: ${value}`);

// The same figures as Markdown, for docs/performance.md.
const markdown = [
  `Figures: median of ${RUNS} loads (range in brackets), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`,
  "",
  `| ${rows[0].join(" | ")} |`,
  `|${rows[0].map(() => "---").join("|")}|`,
  ...rows.slice(1).map((r) => `| ${r.map((c) => c.trim()).join(" | ")} |`),
  "",
  `Widget (wasm + JS + CSS + the page's language file): ${kb(widget.raw)} raw, ${kb(widget.gzip)} gzip, ${kb(widget.brotli)} brotli.`,
  "",
  `Ratios ours (embed) / alternative: ${ratios(alt)}, ${latencyRatios(alt)}.`,
  `Ratios ours (embed) / plain article: ${ratios(plain)}.`,
  `Ratios ours (embed) / floor: ${latencyRatios(floor)}.`,
  `Lighthouse (demo page): ${lighthouse ? Object.entries(lighthouse).map(([k, v]) => `${k} ${v}`).join(", ") : "not run"}.`,
  "",
  `Slow phone: median of ${THROTTLED_RUNS} loads (range in brackets).`,
  "",
  `| ${slowRows[0].join(" | ")} |`,
  `|${slowRows[0].map(() => "---").join("|")}|`,
  ...slowRows.slice(1).map((r) => `| ${r.join(" | ")} |`),
  "",
  `Ratios, slow phone: ${slowRatios}.`,
  "",
  ...targets.map(([name, ok, value]) => `- ${ok ? "PASS" : "FAIL"} ${name}: ${value}`),
  "",
];
writeFileSync(join(OUT, "figures.md"), markdown.join("\n"));

const json = { runs: RUNS, date: new Date().toISOString(), widget, results, throttled, lighthouse, targets: targets.map(([name, pass, value]) => ({ name, pass, value })) };
writeFileSync(join(OUT, "results.json"), JSON.stringify(json, null, 2));

// A bar chart: bytes, times and latency for each page, each group scaled to its own maximum.
const bars = [
  ["bytes transferred", (r) => r.bytes.median, kb],
  ["ready to answer", (r) => r.ready.median, ms],
  ["first contentful paint", (r) => r.fcp.median, ms],
  ["key → frame presented (p95)", (r) => r.key.latency?.p95 ?? null, ms],
  ["key: main-thread work (p95)", (r) => r.key.work?.p95 ?? null, ms],
  ["click → frame presented (p95)", (r) => r.click.latency?.p95 ?? null, ms],
  ["click: main-thread work (p95)", (r) => r.click.work?.p95 ?? null, ms],
];
const colors = ["#8a8f98", "#b3b7bd", "#c2410c", "#0f5fb5", "#107c41"];
let y = 30;
let body = "";
for (const [title, f, fmt] of bars) {
  const max = Math.max(...PAGES.map((p) => f(results[p.key]) ?? 0));
  body += `<text x="10" y="${y}" font-weight="600">${title}</text>`;
  y += 8;
  PAGES.forEach((p, i) => {
    const v = f(results[p.key]);
    const w = v == null ? 0 : Math.max(2, (v / max) * 420);
    body += `<rect x="190" y="${y}" width="${w.toFixed(0)}" height="16" fill="${colors[i]}"/>`;
    body += `<text x="180" y="${y + 12}" text-anchor="end">${p.name}</text><text x="${(196 + w).toFixed(0)}" y="${y + 12}">${v == null ? "no input to measure" : fmt(v)}</text>`;
    y += 22;
  });
  y += 24;
}
writeFileSync(join(OUT, "chart.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="${y}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`);
console.log(`\nwrote ${join(OUT, "results.json")}, ${join(OUT, "figures.md")} and ${join(OUT, "chart.svg")}`);
