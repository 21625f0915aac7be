// Offline and without JavaScript, in the release build: the prerendered guide reads in
// full with scripts off; the single file works from file://; nothing is fetched from
// another origin; the live guide replaces the prerendered one without the content
// jumping; on paper every step shows, with link addresses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openPage, screenshot, serve, DIST, SHOTS, useSite, clean, STEP_LABEL, ROOT } from "./harness.mjs";

/** A plain page with a copy from dist/prerendered/ pasted in, as docs/embedding.md says. */
const pasted = (file) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>
<link rel="icon" href="data:,"></head><body><main>${readFileSync(join(DIST, "prerendered", file), "utf8")}</main></body></html>`;
const site = useSite(() =>
  serve(DIST, { "/pasted-ar.html": { body: pasted("ar-SA-diagram.html") }, "/pasted-sv.html": { body: pasted("sv-SE-steps.html") } }),
);


const LINKS = [
  "https://account.azure.com/signup?offer=MS-AZR-0044p&appId=docs",
  "https://portal.azure.com/",
  "https://learn.microsoft.com/sv-se/azure/role-based-access-control/role-assignments-portal",
  "https://learn.microsoft.com/sv-se/azure/role-based-access-control/overview",
  "https://learn.microsoft.com/sv-se/entra/fundamentals/how-subscriptions-associated-directory",
  "https://go.microsoft.com/fwlink/?linkid=2083458",
  "https://portal.azure.com/#settings/directory",
  "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  "https://learn.microsoft.com/sv-se/azure/role-based-access-control/transfer-subscription",
];

test("with JavaScript off, every step, fact and link of the guide is on the page", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/`, { javaScriptEnabled: false });
  const steps = page.locator("#guide-steps");
  for (const panel of ["sign-up", "sign-in", "finish", "add-people", "check", "done"]) {
    assert.ok(await steps.locator(`[data-step-panel=${panel}]`).isVisible(), `${panel} is shown`);
  }
  const text = clean(await steps.locator(".asg").textContent());
  for (const phrase of [
    "Registrera dig på Azure.com",
    "Det konto som du använder behöver inte ha administratörsbehörighet.",
    "Om du har fler än ett Microsoft 365-konto använder du autentiseringsuppgifterna",
    "Ange den information som krävs och slutför registreringsprocessen.",
  ]) {
    assert.ok(text.includes(phrase), `missing: ${phrase}`);
  }
  assert.equal(await steps.locator(".asg-controls").isVisible(), false, "buttons that need scripts are hidden");
  const diagram = page.locator("#guide-diagram");
  // Every case's end state, with its captions; no case to pick, nothing to press.
  const cases = diagram.locator(".asg-cases-static");
  assert.ok(await cases.isVisible());
  assert.equal(await diagram.locator(".asg-figure.asg-controls").isVisible(), false);
  // One figure per case, each with only its own "new" marks.
  assert.equal(await cases.locator(".asg-figure").count(), 4, "same account, personal account, another organization, sharing");
  const badges = await cases.locator(".asg-figure").evaluateAll((figures) => figures.map((f) => f.querySelectorAll(".asg-badge").length));
  assert.deepEqual(badges, [1, 3, 1, 0], "sharing makes nothing new");
  assert.equal(await cases.locator("button, input").count(), 0);
  const printed = clean(await cases.textContent());
  for (const says of [/hamnar Azure-prenumerationen i Contoso/, /kontospridning/, /Du ger Alex åtkomst/, /ägs av katalogen, hanteras av Alex/]) {
    assert.match(printed, says);
  }
  // The page's own article carries the help and next-steps links the two guides leave to it.
  const hrefs = await page.evaluate(() => [
    ...[...document.querySelectorAll("azure-signup-guide")].flatMap((g) => [...g.shadowRoot.querySelectorAll("a")].map((a) => a.href)),
    ...[...document.querySelectorAll("a")].map((a) => a.href),
  ]);
  for (const link of LINKS) assert.ok(hrefs.includes(link), `link ${link}`);
  await screenshot(page, "offline-no-js");
  await context.close();
});

test("the single file works opened from disk, with no request leaving it", async () => {
  const file = join(DIST, "azure-signup-guide.html");
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) problems.push(`request: ${r.url()}`);
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(file).href);
  const guide = page.locator("#guide-steps");
  await page.waitForFunction(() => document.querySelector("#guide-steps").hasAttribute("data-ready"));
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  await page.locator("#guide-diagram [data-scenario=account-sprawl]").check();
  assert.match(clean(await page.locator("#guide-diagram .asg-captions-item:not(.is-hidden)").textContent()), /kontospridning/);
  await screenshot(page, "offline-single-file");
  // It carries its own policy: its inline script and styles by hash, nothing else.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(policy, /^default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src( 'sha256-[^']+')+;/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the live guide replaces the prerendered one without layout shift", async () => {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("azure-signup-guide")].every((g) => g.hasAttribute("data-ready")),
  );
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.__shift);
  console.log(`layout shift from prerendered to live: ${shift.toFixed(4)}`);
  assert.ok(shift < 0.01, `layout shift ${shift}`);
  await context.close();
});

test("printed, every step shows with its link addresses", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/`);
  await page.waitForFunction(() => document.querySelector("#guide-steps").hasAttribute("data-ready"));
  await page.emulateMedia({ media: "print" });
  const steps = page.locator("#guide-steps");
  for (const panel of ["sign-up", "sign-in", "finish", "add-people", "check", "done"]) {
    assert.ok(await steps.locator(`[data-step-panel=${panel}]`).isVisible(), `${panel} is printed`);
  }
  assert.equal(await steps.locator(".asg-controls").isVisible(), false);
  // The reader's own case on paper: every case as a table, not fields to type in.
  assert.ok(await steps.locator(".asg-case-table").isVisible(), "the cases' table is printed");
  assert.equal(await steps.locator(".asg-own-details").isVisible(), false);
  const portal = await steps
    .locator("[data-step-panel=check] .asg-link")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  assert.match(portal, /portal\.azure\.com\/#settings\/directory/, "the portal's address is printed");
  const after = await steps
    .locator(".asg-step.is-current .asg-link")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  assert.match(after, /account\.azure\.com\/signup/);
  assert.ok(await page.locator("#guide-diagram .asg-cases-static").isVisible(), "every case on paper");
  assert.equal(await page.locator("#guide-diagram .asg-figure.asg-controls").isVisible(), false);
  mkdirSync(SHOTS, { recursive: true });
  const pdf = join(SHOTS, "printed.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  if (existsSync("/usr/bin/pdftoppm")) {
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", pdf, join(SHOTS, "printed")]);
  }
  await context.close();
});

test("the wasm is fetched only after the page's first paint, and nothing is preloaded ahead of it", async () => {
  for (let load = 0; load < 3; load++) {
    const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
    await page.waitForFunction(() => document.querySelectorAll("azure-signup-guide[data-ready]").length === 2);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      wasm: performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).map((r) => r.startTime),
      preloads: [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.href),
    }));
    assert.equal(timing.wasm.length, 1, "one wasm download for both guides");
    assert.ok(timing.paint !== undefined, "the page painted");
    assert.ok(timing.wasm[0] >= timing.paint, `wasm requested at ${timing.wasm[0]} ms, before the first paint at ${timing.paint} ms`);
    assert.deepEqual(timing.preloads, []);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("every locale and view is a file to paste, and a pasted copy reads without scripts", async () => {
  const files = readdirSync(join(DIST, "prerendered")).filter((f) => f.endsWith(".html")).sort();
  assert.equal(files.length, readdirSync(join(ROOT, "locales")).length * 3, files.join(" "));
  // Beside them, which copy a `lang` takes: the matcher's keys.
  const keys = JSON.parse(readFileSync(join(DIST, "prerendered", "locales.json"), "utf8"));
  assert.deepEqual([keys["sv"], keys["zh-hk"], keys["pt"], keys["de-de"]], ["sv-SE", "zh-TW", "pt-BR", "de-DE"]);
  assert.ok(files.includes("sv-SE-steps.html") && files.includes("ar-SA-diagram.html") && files.includes("en-US-all.html"));
  const { page, context } = await openPage(site.browser, `${site.server.url}/pasted-ar.html`, { javaScriptEnabled: false });
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("view"), "diagram");
  assert.equal(await guide.locator(".asg").getAttribute("dir"), "rtl");
  assert.ok(await guide.locator(".asg-cases-static").isVisible(), "every case, in Arabic, styled");
  assert.match(clean(await guide.locator(".asg-cases-static").textContent()), /اشتراك Azure/);
  const steps = await openPage(site.browser, `${site.server.url}/pasted-sv.html`, { javaScriptEnabled: false });
  for (const panel of ["sign-up", "sign-in", "finish"]) {
    assert.ok(await steps.page.locator(`azure-signup-guide [data-step-panel=${panel}]`).isVisible(), panel);
  }
  await steps.context.close();
  await context.close();
});
