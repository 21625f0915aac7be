// How long each failure takes to reach what the reader sees (docs/embedding.md, "When
// something goes wrong"): a page with a prerendered sv-SE guide, each fault set up on the
// server or in the browser, on the local network and on a throttled one (200 kbit/s each
// way, 300 ms latency, Chromium's own emulation; files served gzipped, as a production
// server does), FAULT_RUNS loads each (median). Prints a
// Markdown table and writes target/bench/faults.json. Figures, not a test gate: the
// bounds themselves are held by tests/e2e/reliability.test.mjs and faults.test.mjs.
// Usage: node bench/faults.mjs (after a release build; scripts/bench runs it).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, DIST, ROOT } from "../tests/e2e/harness.mjs";
import { guideFiles } from "../scripts/guide-files.mjs";

const RUNS = Number(process.env.FAULT_RUNS || 3);
const { wasm, languages } = guideFiles(DIST);
const svFile = languages["sv-SE"];
const copy = (mode = "open") =>
  readFileSync(join(DIST, "prerendered", "sv-SE-steps.html"), "utf8")
    .replace('shadowrootmode="open"', `shadowrootmode="${mode}"`)
    .replace("<azure-signup-guide ", '<azure-signup-guide id="g" ');
const page = (body) => `<!doctype html><html lang="sv-SE"><head><meta charset="utf-8"><title>F</title>
<link rel="icon" href="data:,"><script type="module" src="/azure-signup-guide.js"></script></head><body><main>${body}</main></body></html>`;
const never = (pattern) => (p) => p.route(pattern, () => new Promise(() => {}));

// Each fault: a name (as the table in docs/embedding.md words it), the page, the server's
// overrides, and what the browser does (routes that never answer stand for a stall).
const FAULTS = [
  ["nothing (the guide comes alive)", "/copy.html", {}],
  ["the wasm cannot be fetched (404)", "/copy.html", { [`/${wasm}`]: { status: 404 } }],
  ["the page's language file cannot be fetched (404)", "/copy.html", { [`/${svFile}`]: { status: 404 } }],
  // The copy links the same file: it shows unstyled, every step in the page's flow.
  ["the stylesheet cannot be fetched (404)", "/copy.html", { "/azure-signup-guide.css": { status: 404 } }],
  [
    "the wasm is not the file that was built",
    "/copy.html",
    // Still a valid module (one more custom section), so only the pinned hash refuses it.
    { [`/${wasm}`]: { type: "application/wasm", body: Buffer.concat([readFileSync(join(DIST, wasm)), Buffer.from([0, 4, 3, 0x61, 0x73, 0x67])]) } },
  ],
  ["the wasm download stalls", "/copy.html", {}, never("**/*.wasm")],
  ["the page's language file stalls", "/copy.html", {}, never("**/*.sv-SE.txt")],
  ["the loader never runs (404)", "/copy.html", { "/azure-signup-guide.js": { status: 404 } }],
  ["a closed shadow root", "/closed.html", {}],
  ["a page that shadows document.createElement", "/clobbered.html", {}],
];
const NETWORKS = [
  ["local", null],
  // Bytes per second: 200 kbit/s is 25,000 B/s.
  ["200 kbit/s, 300 ms", { offline: false, latency: 300, downloadThroughput: 25_000, uploadThroughput: 25_000 }],
];

/** In the page: what the reader sees of guide #g now (null while it still loads). */
function seen() {
  const g = document.getElementById("g");
  const root = g?.shadowRoot;
  if (g?.hasAttribute("data-ready")) return "live";
  if (g?.hasAttribute("data-static")) return "static";
  if (root?.querySelector("[role=alert]")) return "message";
  // The loader never ran: the copy turns static by CSS alone (its controls hidden).
  const controls = root?.querySelector(".asg-steps");
  if (controls && getComputedStyle(controls).display === "none") return "static (CSS)";
  return null;
}

const servers = [];
const browser = await launch();
const results = [];
try {
  for (const [fault, path, overrides, prepare] of FAULTS) {
    const server = await serve(DIST, {
      "/copy.html": { body: page(copy()) },
      "/closed.html": { body: page(copy("closed")) },
      "/clobbered.html": { body: page(`<img name="createElement" alt="">${copy()}`) },
      ...overrides,
    }, {}, { gzip: true });
    servers.push(server);
    for (const [network, conditions] of NETWORKS) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
        const tab = await context.newPage();
        if (conditions) {
          const cdp = await context.newCDPSession(tab);
          await cdp.send("Network.enable");
          await cdp.send("Network.emulateNetworkConditions", conditions);
        }
        await prepare?.(tab);
        await tab.goto(`${server.url}${path}`, { waitUntil: "commit" });
        // The first thing the reader sees, timed from the navigation's start; without a
        // fault, a copy that turned static first comes alive when the wasm is in: timed too.
        const first = await tab.waitForFunction(seen, null, { polling: 50, timeout: 60_000 }).then((h) => h.jsonValue());
        const firstAt = await tab.evaluate(() => performance.now());
        let liveAt = null;
        if (first !== "live" && fault === FAULTS[0][0]) {
          liveAt = await tab
            .waitForFunction(() => document.getElementById("g")?.hasAttribute("data-ready"), null, { polling: 50, timeout: 15_000 })
            .then(() => tab.evaluate(() => performance.now()), () => null);
        }
        runs.push({ first, firstAt, liveAt });
        await context.close();
      }
      const median = (xs) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
      const firsts = new Set(runs.map((r) => r.first));
      const lives = runs.map((r) => r.liveAt).filter((t) => t !== null);
      results.push({
        fault,
        network,
        seen: [...firsts].join(" / "),
        seconds: median(runs.map((r) => r.firstAt)) / 1000,
        liveSeconds: lives.length === runs.length ? median(lives) / 1000 : null,
      });
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

const out = join(ROOT, "target", "bench");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "faults.json"), JSON.stringify({ runs: RUNS, results }, null, 2));
console.log(`| what fails | ${NETWORKS.map(([n]) => n).join(" | ")} |`);
console.log(`|---|${NETWORKS.map(() => "---").join("|")}|`);
for (const [fault] of FAULTS) {
  const cells = NETWORKS.map(([network]) => {
    const r = results.find((x) => x.fault === fault && x.network === network);
    const live = r.liveSeconds === null ? "" : `, live at ${r.liveSeconds.toFixed(1)} s`;
    return `${r.seen} at ${r.seconds.toFixed(1)} s${live}`;
  });
  console.log(`| ${fault} | ${cells.join(" | ")} |`);
}
console.log(`(median of ${RUNS} loads each; node bench/faults.mjs)`);
