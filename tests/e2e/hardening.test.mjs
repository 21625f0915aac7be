// Hardening, in the release build: the guide works under a strict Content Security
// Policy with no violation; markup put into attributes, the URL fragment and saved state
// shows as text and runs nothing; storage that throws or holds garbage costs nothing but
// a warning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, axeViolations, useSite, clean, STEP_LABEL } from "./harness.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
const MARKUP = `<img src=x onerror="window.__pwned=1">`;

const page = (body) => `<!doctype html>
<html lang="sv-SE"><head><meta charset="utf-8"><title>Test</title><link rel="icon" href="./favicon.svg">
<script type="module" src="./azure-signup-guide.js"></script></head><body><main>${body}</main></body></html>`;

const site = useSite(async () => {
  const escaped = MARKUP.replace(/"/g, "&quot;");
  const hostile = page(
    `<azure-signup-guide id="evil" lang="${escaped}" step="${escaped}" scenario="${escaped}" view="${escaped}" theme="${escaped}"></azure-signup-guide>`,
  );
  const routes = {
    "/evil.html": { body: hostile },
    "/plain.html": { body: page(`<azure-signup-guide id="plain"></azure-signup-guide>`) },
    "/favicon.svg": { body: `<svg xmlns="http://www.w3.org/2000/svg"/>`, type: "image/svg+xml" },
  };
  return serve(undefined, routes, { "content-security-policy": CSP });
});


/** Records CSP violations from the first moment of the page. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test("the demo page works under a strict CSP with no violation", async () => {
  const context = await site.browser.newContext();
  await watchCsp(context);
  const tab = await context.newPage();
  const problems = [];
  tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  tab.on("pageerror", (e) => problems.push(e.message));
  const response = await tab.goto(`${site.server.url}/`);
  assert.equal(response.headers()["content-security-policy"], CSP);
  await tab.waitForFunction(() => [...document.querySelectorAll("azure-signup-guide")].every((g) => g.hasAttribute("data-ready")));
  const guide = tab.locator("#guide-steps");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  await tab.locator("#guide-diagram button[data-node=subscription-0]").click();
  assert.equal(await tab.locator("#guide-diagram .asg-why").count(), 1);
  assert.deepEqual(await tab.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axeViolations(tab), []);
  await context.close();
});

test("markup in attributes, the fragment and saved state shows as text and runs nothing", async () => {
  const context = await site.browser.newContext();
  await watchCsp(context);
  let dialogs = 0;
  const url = `${site.server.url}/evil.html#azure-signup-guide=${encodeURIComponent(MARKUP)}`;
  await context.addInitScript(
    ([markup]) => {
      localStorage.setItem("azure-signup-guide:v1:/evil.html:evil", `v1;step=${markup}`);
    },
    [MARKUP],
  );
  const tab = await context.newPage();
  tab.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await tab.goto(url);
  await tab.waitForFunction(() => document.querySelector("#evil").hasAttribute("data-ready"));
  const guide = tab.locator("#evil");
  // Defaults everywhere: the page's Swedish, step 1, every part shown.
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  assert.equal(await guide.locator(".asg-figure.asg-controls").count(), 1);
  assert.equal(await guide.locator("img").count(), 0, "no element was made from the markup");
  assert.equal(await tab.evaluate(() => window.__pwned), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(await tab.evaluate(() => window.__csp), []);
  await context.close();
});

test("storage that throws, or holds foreign data, costs a warning, never the guide", async () => {
  for (const [name, setup] of [
    [
      "throws",
      () => {
        const boom = () => {
          throw new DOMException("quota", "QuotaExceededError");
        };
        Storage.prototype.setItem = boom;
        Storage.prototype.getItem = boom;
      },
    ],
    [
      "foreign",
      () => {
        localStorage.setItem("azure-signup-guide:v1:/plain.html:plain", JSON.stringify({ step: 3, huge: "x".repeat(5000) }));
      },
    ],
  ]) {
    const context = await site.browser.newContext();
    await context.addInitScript(setup);
    const tab = await context.newPage();
    const warnings = [];
    const errors = [];
    tab.on("console", (m) => (m.type() === "warning" ? warnings : m.type() === "error" ? errors : []).push(m.text()));
    await tab.goto(`${site.server.url}/plain.html`);
    await tab.waitForFunction(() => document.querySelector("#plain").hasAttribute("data-ready"));
    const guide = tab.locator("#plain");
    await guide.getByRole("button", { name: "Nästa", exact: true }).click();
    await guide.getByRole("button", { name: "Nästa", exact: true }).click();
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 3 av 3", name);
    assert.ok(warnings.some((w) => w.includes("azure-signup-guide")), `${name}: a warning (${warnings.join(" | ")})`);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});
