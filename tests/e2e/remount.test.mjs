// Nothing left behind: a guide removed and inserted again a task later, 1,000 times, and
// 100 guides created and removed, round after round (a docs site with client-side
// navigation), leave DOM nodes, event listeners and the wasm's memory flat. Measured with
// Chromium's own counters (CDP Memory.getDOMCounters after a forced collection) and the
// wasm memory's size.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, useSite, openPage, readStep, keepWasmMemory } from "./harness.mjs";

const site = useSite(() =>
  serve(undefined, {
    "/remount.html": {
      body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>R</title><link rel="icon" href="data:,">
<script type="module" src="/azure-signup-guide.js"></script></head><body><main id="main"><azure-signup-guide id="g" view="steps"></azure-signup-guide></main></body></html>`,
    },
  }),
);

/** The page with the wasm's memory kept where the test can read its size. */
async function open() {
  return openPage(site.browser, `${site.server.url}/remount.html`, { prepare: keepWasmMemory });
}

/** DOM nodes, JS event listeners and wasm memory (bytes), after a full collection. */
async function counters(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
  const wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  await cdp.detach();
  return { nodes, listeners: jsEventListeners, wasm };
}

test("1,000 remounts of one guide leave nodes, listeners and wasm memory flat", async () => {
  const { page, context, problems } = await open();
  // A few rounds first, so what is made once (the pool's app, caches) is in the baseline.
  const remount = (times) =>
    page.evaluate(async (times) => {
      const main = document.getElementById("main");
      const guide = document.getElementById("g");
      for (let i = 0; i < times; i++) {
        guide.remove();
        await new Promise((resolve) => setTimeout(resolve));
        const ready = new Promise((resolve) => guide.addEventListener("azure-signup-guide-ready", resolve, { once: true }));
        main.append(guide);
        await ready;
      }
    }, times);
  await remount(10);
  const before = await counters(page);
  await remount(1000);
  const after = await counters(page);
  console.log(`# 1,000 remounts: nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}, wasm ${before.wasm} → ${after.wasm} bytes`);
  assert.ok(after.nodes - before.nodes <= 50, `nodes grew by ${after.nodes - before.nodes}`);
  assert.ok(after.listeners - before.listeners <= 8, `listeners grew by ${after.listeners - before.listeners}`);
  assert.ok(after.wasm - before.wasm <= 256 * 1024, `wasm memory grew by ${after.wasm - before.wasm} bytes`);
  // And it still works.
  await page.locator("#g").getByRole("button", { name: "Next", exact: true }).click();
  assert.equal(await readStep(page.locator("#g")), "Step 2 of 3");
  assert.deepEqual(problems, []);
  await context.close();
});

test("100 guides created and removed, round after round: what one round leaves, the next reuses", async () => {
  const { page, context, problems } = await open();
  const round = () =>
    page.evaluate(async () => {
      const main = document.getElementById("main");
      const guides = Array.from({ length: 100 }, (_, i) => {
        const guide = document.createElement("azure-signup-guide");
        guide.id = `r${i}`;
        guide.setAttribute("view", "steps");
        return guide;
      });
      const ready = guides.map((g) => new Promise((resolve) => g.addEventListener("azure-signup-guide-ready", resolve, { once: true })));
      main.append(...guides);
      await Promise.all(ready);
      for (const guide of guides) guide.remove();
      await new Promise((resolve) => setTimeout(resolve));
    });
  await round();
  const first = await counters(page);
  await round();
  await round();
  const third = await counters(page);
  console.log(`# 100 guides, rounds 1 → 3: nodes ${first.nodes} → ${third.nodes}, listeners ${first.listeners} → ${third.listeners}, wasm ${first.wasm} → ${third.wasm} bytes`);
  assert.ok(third.nodes - first.nodes <= 50, `nodes grew by ${third.nodes - first.nodes}`);
  assert.ok(third.listeners - first.listeners <= 8, `listeners grew by ${third.listeners - first.listeners}`);
  assert.ok(third.wasm - first.wasm <= 512 * 1024, `wasm memory grew by ${third.wasm - first.wasm} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});
