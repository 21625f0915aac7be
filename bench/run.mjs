// The benchmark: our guide against the plain article and against mermaid + driver.js, in
// one run, in the same headless Chromium, each page loaded BENCH_RUNS times (median and
// range). Prints a table with pass/fail against the targets and writes
// target/bench/results.json and target/bench/chart.svg. Figures, not a test gate.
import { createServer } from "node:http";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { extname, join, normalize } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const execFileAsync = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "target", "bench");
const RUNS = Number(process.env.BENCH_RUNS || 5);
const DIST = join(ROOT, "dist");
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
const svg = readFileSync(join(prerendered, "sv-SE.diagram.html"), "utf8").match(/<svg [^>]*class="asg-svg"[\s\S]*?<\/svg>/)[0];
writeFileSync(
  join(plainDir, "diagram.svg"),
  svg
    .replace("<svg ", `<svg xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" `)
    .replace(/<g class="asg-tooltip"[\s\S]*?<\/g>/, "")
    .replace(/>/, `><style>rect{fill:#fff;stroke:#999}.asg-container{fill:none;stroke-dasharray:6 4}polyline{fill:none;stroke:#555}polygon{fill:#555}text{fill:#222}</style>`),
);
const article = readFileSync(join(ROOT, "index.html"), "utf8")
  .replace(/<link data-trunk[^>]*>\s*/g, "")
  .replace(/<script type="module"[^>]*><\/script>/, `<link rel="stylesheet" href="./page.css">`)
  .replace(/<azure-signup-guide id="guide-steps"[^>]*><\/azure-signup-guide>/, "")
  .replace(
    /<azure-signup-guide id="guide-diagram"[^>]*><\/azure-signup-guide>/,
    `<img src="./diagram.svg" width="520" alt="Relationen mellan katalogen, användare och prenumerationer.">`,
  )
  .replace("<head>", `<head><link rel="icon" href="data:,">`);
writeFileSync(join(plainDir, "index.html"), article);
cpSync(join(ROOT, "demo", "page.css"), join(plainDir, "page.css"));

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml" };
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(dir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
const servers = { plain: await serve(plainDir), alternative: await serve(altDir), ours: await serve(DIST) };

// ---- Measuring ------------------------------------------------------------------------
const PAGES = [
  { key: "plain", name: "plain article", url: `${servers.plain.url}/`, kind: "plain" },
  { key: "alternative", name: "mermaid + driver.js", url: `${servers.alternative.url}/`, kind: "alternative" },
  { key: "ours", name: "ours (embed)", url: `${servers.ours.url}/`, kind: "ours" },
  { key: "single", name: "ours (single file)", url: `${servers.ours.url}/azure-signup-guide.html`, kind: "ours" },
];

/** In the page before anything runs: time to "ready", and a latency probe (input → DOM change → next frame). */
function instrument(kind) {
  window.__ready = null;
  const markReady = () => (window.__ready ??= performance.now());
  if (kind === "plain") addEventListener("load", markReady);
  if (kind === "alternative") document.addEventListener("bench-ready", markReady);
  if (kind === "ours") {
    document.addEventListener("azure-signup-guide-ready", () => {
      if ([...document.querySelectorAll("azure-signup-guide")].every((g) => g.hasAttribute("data-ready"))) markReady();
    });
  }
  window.__measure = (act) =>
    new Promise((resolve) => {
      const roots = [document, ...[...document.querySelectorAll("azure-signup-guide")].map((g) => g.shadowRoot).filter(Boolean)];
      const start = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        });
      });
      for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      // An input that changes nothing is reported as null rather than waited for.
      setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 2000);
      act();
    });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"],
});

async function measure(entry) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.addInitScript(instrument, entry.kind);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Performance.enable");
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
    await page.goto(entry.url);
    await page.waitForFunction(() => window.__ready !== null, null, { timeout: 60000 });
    await page.waitForTimeout(300);
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    const ready = await page.evaluate(() => window.__ready);
    const heap = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize").value;
    const heapAfterLoad = await heap();
    const keys = [];
    const clicks = [];
    if (entry.kind !== "plain") {
      for (let i = 0; i < 10; i++) {
        const key = i % 2 ? "ArrowLeft" : "ArrowRight";
        if (entry.kind === "ours") {
          await page.locator("#guide-steps .asg-steps-button").first().focus();
          keys.push(await page.evaluate((k) => window.__measure(() => {
            const target = document.querySelector("#guide-steps").shadowRoot.activeElement;
            target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, composed: true }));
          }), key));
          clicks.push(await page.evaluate((n) => window.__measure(() => {
            document.querySelector("#guide-diagram").shadowRoot.querySelector(`[data-node=user-${n}]`).dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
          }), i % 2));
        } else {
          keys.push(await page.evaluate((k) => window.__measure(() => {
            document.dispatchEvent(new KeyboardEvent("keyup", { key: k, bubbles: true }));
          }), key));
          clicks.push(await page.evaluate((n) => window.__measure(() => {
            document.querySelector(`g.node[id*="-${n}-"]`).dispatchEvent(new MouseEvent("click", { bubbles: true }));
          }), i % 2 ? "du" : "azure"));
        }
      }
      // Play everything: every scenario to its end (ours), the whole tour (alternative).
      if (entry.kind === "ours") {
        for (const s of ["recommended", "account-sprawl", "share"]) {
          await page.locator(`#guide-diagram [data-scenario=${s}]`).click();
          const next = page.locator("#guide-diagram .asg-diagram .asg-button--primary");
          while (await next.isEnabled()) await next.click();
        }
      } else {
        for (let i = 0; i < 4; i++) await page.evaluate(() => document.dispatchEvent(new KeyboardEvent("keyup", { key: "ArrowRight", bubbles: true })));
      }
    }
    const heapAfterPlay = await heap();
    runs.push({ bytes, fcp, ready, keys, clicks, heapAfterLoad, heapAfterPlay });
    await context.close();
  }
  const all = (f) => runs.map(f);
  const stat = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : null);
  const keys = runs.flatMap((r) => r.keys).filter((x) => x !== null);
  const clicks = runs.flatMap((r) => r.clicks).filter((x) => x !== null);
  const unanswered = runs.flatMap((r) => [...r.keys, ...r.clicks]).filter((x) => x === null).length;
  return {
    name: entry.name,
    bytes: stat(all((r) => r.bytes)),
    fcp: stat(all((r) => r.fcp)),
    ready: stat(all((r) => r.ready)),
    keyLatency: keys.length ? { median: median(keys), p95: p95(keys) } : null,
    clickLatency: clicks.length ? { median: median(clicks), p95: p95(clicks) } : null,
    heapAfterLoad: stat(all((r) => r.heapAfterLoad)),
    heapAfterPlay: stat(all((r) => r.heapAfterPlay)),
    unanswered,
  };
}

const results = {};
for (const entry of PAGES) {
  process.stderr.write(`measuring ${entry.name} (${RUNS} loads)\n`);
  results[entry.key] = await measure(entry);
}
await browser.close();

// ---- Sizes of the widget (what a page adds) ------------------------------------------------
const widgetFiles = readdirSync(DIST).filter((f) => f.endsWith(".wasm") || (f.endsWith(".js") && f.startsWith("azure-signup-guide")));
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
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "—");
const targets = [
  ["widget total ≤ 150 KiB gzip (aim 100)", widget.gzip <= 150 * 1024, kb(widget.gzip)],
  ["ready ≤ 0.5 × alternative", ours.ready.median <= 0.5 * alt.ready.median, `${ratio(ours.ready.median, alt.ready.median)} ×`],
  ["key latency p95 < 16 ms (aim 4)", ours.keyLatency.p95 < 16, ms(ours.keyLatency.p95)],
  ["click latency p95 < 16 ms (aim 4)", ours.clickLatency.p95 < 16, ms(ours.clickLatency.p95)],
  ["Lighthouse performance ≥ 95", lighthouse?.performance >= 95, lighthouse ? String(lighthouse.performance) : "not run"],
  ["Lighthouse accessibility = 100", lighthouse?.accessibility === 100, lighthouse ? String(lighthouse.accessibility) : "not run"],
  ["Lighthouse best practices = 100", lighthouse?.["best-practices"] === 100, lighthouse ? String(lighthouse["best-practices"]) : "not run"],
];

const rows = [["", ...PAGES.map((p) => p.name)]];
const line = (label, f) => rows.push([label, ...PAGES.map((p) => f(results[p.key]))]);
line("bytes transferred (median)", (r) => kb(r.bytes.median));
line("first contentful paint (median, range)", (r) => `${ms(r.fcp.median)} (${r.fcp.min.toFixed(0)}–${r.fcp.max.toFixed(0)})`);
line("ready to answer (median, range)", (r) => `${ms(r.ready.median)} (${r.ready.min.toFixed(0)}–${r.ready.max.toFixed(0)})`);
line("key → next frame (median / p95)", (r) => (r.keyLatency ? `${ms(r.keyLatency.median)} / ${ms(r.keyLatency.p95)}` : "—"));
line("node click → next frame (median / p95)", (r) => (r.clickLatency ? `${ms(r.clickLatency.median)} / ${ms(r.clickLatency.p95)}` : "—"));
line("inputs that changed nothing", (r) => String(r.unanswered));
line("JS heap after load", (r) => mb(r.heapAfterLoad.median));
line("JS heap after playing everything", (r) => mb(r.heapAfterPlay.median));
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
console.log(`\nwidget (wasm + JS): ${kb(widget.raw)} raw, ${kb(widget.gzip)} gzip, ${kb(widget.brotli)} brotli`);
console.log(`ratios ours/alternative: bytes ${ratio(ours.bytes.median, alt.bytes.median)}, ready ${ratio(ours.ready.median, alt.ready.median)}, FCP ${ratio(ours.fcp.median, alt.fcp.median)}`);
console.log(`ratios ours/plain article: bytes ${ratio(ours.bytes.median, plain.bytes.median)}, ready ${ratio(ours.ready.median, plain.ready.median)}, FCP ${ratio(ours.fcp.median, plain.fcp.median)}`);
console.log(`Lighthouse (demo page): ${lighthouse ? JSON.stringify(lighthouse) : "not run"}`);
console.log("\ntargets:");
for (const [name, ok, value] of targets) console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}: ${value}`);

const json = { runs: RUNS, date: new Date().toISOString(), widget, results, lighthouse, targets: targets.map(([name, pass, value]) => ({ name, pass, value })) };
writeFileSync(join(OUT, "results.json"), JSON.stringify(json, null, 2));

// A bar chart: bytes and time-to-ready for each page, each scaled to its own maximum.
const bars = [
  ["bytes transferred", (r) => r.bytes.median, kb],
  ["ready to answer", (r) => r.ready.median, ms],
  ["first contentful paint", (r) => r.fcp.median, ms],
];
const colors = ["#8a8f98", "#c2410c", "#0f5fb5", "#107c41"];
let y = 30;
let body = "";
for (const [title, f, fmt] of bars) {
  const max = Math.max(...PAGES.map((p) => f(results[p.key])));
  body += `<text x="10" y="${y}" font-weight="600">${title}</text>`;
  y += 8;
  PAGES.forEach((p, i) => {
    const v = f(results[p.key]);
    const w = Math.max(2, (v / max) * 420);
    body += `<rect x="190" y="${y}" width="${w.toFixed(0)}" height="16" fill="${colors[i]}"/>`;
    body += `<text x="180" y="${y + 12}" text-anchor="end">${p.name}</text><text x="${(196 + w).toFixed(0)}" y="${y + 12}">${fmt(v)}</text>`;
    y += 22;
  });
  y += 24;
}
writeFileSync(join(OUT, "chart.svg"), `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="${y}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`);
console.log(`\nwrote ${join(OUT, "results.json")} and ${join(OUT, "chart.svg")}`);
