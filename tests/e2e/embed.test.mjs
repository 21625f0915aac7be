// The embed contract in the release build: a hostile host page cannot break the guide
// and the guide does not leak into it; two instances in different languages stay apart;
// attribute changes, removal and re-insertion work; the loader loaded twice is harmless;
// a wasm that fails to load leaves a readable message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { serve, openPage, axeViolations, screenshot, DIST, useSite, STEP_LABEL, readStep } from "./harness.mjs";

const HOSTILE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile host</title><link rel="icon" href="data:,">
<style>
  * { font-size: 40px !important; color: red; letter-spacing: 3px; }
  button { display: none !important; }
  svg { fill: red; stroke: red; }
  div { border: 5px dotted lime; }
  section, p { margin: 0 !important; padding: 0 !important; }
</style>
<script>
  // A host script that uses localStorage for itself, before and after the guide.
  localStorage.setItem("host-owned", "keep me");
  for (let i = 0; i < 5; i++) localStorage.setItem("host-" + i, "x".repeat(100));
</script>
<script type="module" src="./azure-signup-guide.js"></script>
<script type="module" src="./azure-signup-guide.js?again"></script>
</head>
<body><main>
  <h1>Host page</h1>
  <p class="host-text">Host text stays host-styled.</p>
  <azure-signup-guide id="one" lang="sv-SE" view="steps"></azure-signup-guide>
  <azure-signup-guide id="two" lang="de-DE" view="steps"></azure-signup-guide>
</main></body></html>`;

// A site's own dark palette, from the documented custom properties only, on theme="light".
const OWN_THEME = `<!doctype html>
<html lang="sv-SE"><head><meta charset="utf-8"><title>Own theme</title><link rel="icon" href="data:,">
<style>
  body { background: #0d1117; }
  azure-signup-guide {
    --asg-text: #e6edf3; --asg-muted: #9da7b3; --asg-surface: #0d1117; --asg-surface-alt: #161b22;
    --asg-border: #30363d; --asg-border-strong: #8b949e; --asg-accent: #58a6ff; --asg-accent-text: #0d1117;
    --asg-accent-soft: #10294a; --asg-focus: #79c0ff; --asg-new: #56d364; --asg-warning-bg: #3b2e00;
    --asg-warning-text: #f2cc60; --asg-color-scheme: dark;
  }
</style>
<script type="module" src="./azure-signup-guide.js"></script></head>
<body><main><h1>Eget tema</h1><azure-signup-guide id="own" view="diagram" theme="light"></azure-signup-guide></main></body></html>`;

const site = useSite(() => serve(undefined, { "/hostile.html": { body: HOSTILE }, "/own-theme.html": { body: OWN_THEME } }));

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).map(Number).map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("a dark theme made from the documented properties alone is readable, the diagram's boxes too", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/own-theme.html`);
  const guide = page.locator("#own");
  for (const selector of ["button[data-node=subscription-0]", "button[data-node=user-1]", "button[data-node=directory-0]", ".asg-captions-item:not(.is-hidden) .asg-caption"]) {
    const [fg, bg] = await guide.locator(selector).first().evaluate((el) => {
      let back = el;
      while (back && getComputedStyle(back).backgroundColor.match(/[\d.]+/g)?.[3] === "0") back = back.parentElement;
      return [getComputedStyle(el).color, getComputedStyle(back ?? el).backgroundColor];
    });
    assert.ok(contrast(fg, bg) >= 4.5, `${selector}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
  }
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), []);
  assert.deepEqual(problems, []);
  await context.close();
});


test("a hostile page's CSS does not reach in, and the guide's does not leak out", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/hostile.html`);
  const one = page.locator("#one");
  await one.locator(STEP_LABEL).waitFor();
  const next = one.getByRole("button", { name: "Nästa", exact: true });
  assert.ok(await next.isVisible(), "host `button { display: none }` does not hide the guide's buttons");
  // The guide's own sizes, whatever the host's root font size and inherited text styles.
  const style = (selector, property) => one.locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);
  assert.equal(await style(".asg", "fontSize"), "16px");
  // A step's title (the page's heading stands over the steps view).
  const title = ".asg-step.is-current .asg-h3";
  assert.equal(await style(title, "fontSize"), "17.6px");
  assert.equal(await style(title, "letterSpacing"), "normal");
  assert.equal(await style(title, "color"), await style(".asg", "color"));
  assert.notEqual(await style(".asg", "color"), "rgb(255, 0, 0)");
  const illusFill = await one.locator(".asg-step.is-current .asg-illus-frame").evaluate((el) => getComputedStyle(el).fill);
  assert.notEqual(illusFill, "rgb(255, 0, 0)");
  // Host text keeps the host's styles: nothing of the guide leaked.
  assert.equal(await page.locator(".host-text").evaluate((el) => getComputedStyle(el).fontSize), "40px");
  assert.equal(await page.locator(".asg").count(), 2, "Playwright pierces the shadow roots; the page itself has no .asg");
  assert.equal(await page.evaluate(() => document.querySelectorAll(".asg").length), 0, "nothing rendered into the light DOM");
  await screenshot(page, "embed-hostile");
  assert.deepEqual(problems, []);
  await context.close();
});

test("two instances in two languages keep their own state, storage and focus", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/hostile.html`);
  const one = page.locator("#one");
  const two = page.locator("#two");
  await one.locator(STEP_LABEL).waitFor();
  await two.locator(STEP_LABEL).waitFor();
  assert.equal(await readStep(two), "Schritt 1 von 3");
  await one.getByRole("button", { name: "Nästa", exact: true }).click();
  await one.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(await readStep(one), "Steg 3 av 3");
  assert.equal(await readStep(two), "Schritt 1 von 3", "the other instance did not move");
  // Keys act on the instance that has focus, and only on it.
  await two.locator(".asg-steps-button").nth(0).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  assert.equal(await readStep(two), "Schritt 2 von 3");
  assert.equal(await readStep(one), "Steg 3 av 3");
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("azure-signup-guide")).sort());
  assert.deepEqual(keys, ["azure-signup-guide:v1:/hostile.html:one", "azure-signup-guide:v1:/hostile.html:two"]);
  assert.equal(await page.evaluate(() => localStorage.getItem("host-owned")), "keep me", "the host's own keys are untouched");
  // Both survive a reload, each at its own step.
  await page.reload();
  await one.locator(STEP_LABEL).waitFor();
  await two.locator(STEP_LABEL).waitFor();
  assert.equal(await readStep(one), "Steg 3 av 3");
  assert.equal(await readStep(two), "Schritt 2 von 3");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("attribute changes update the live guide; removal and re-insertion work", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/hostile.html`);
  const one = page.locator("#one");
  await one.locator(STEP_LABEL).waitFor();
  await one.getByRole("button", { name: "Nästa", exact: true }).click();
  await page.evaluate(() => document.querySelector("#one").setAttribute("lang", "fr-FR"));
  await one.locator(".asg[lang=fr-FR]").waitFor();
  assert.equal(await readStep(one), "Étape 2 sur 3", "the step is kept across the change");
  await page.evaluate(() => document.querySelector("#one").setAttribute("view", "diagram"));
  await one.locator(".asg-figure").first().waitFor();
  assert.equal(await one.locator(".asg-walkthrough").count(), 0);

  // Removed for good: its shadow root empties (a microtask later, so a move keeps it).
  // Re-inserted: it comes back, progress kept.
  const emptied = await page.evaluate(async () => {
    const el = document.querySelector("#one");
    el.remove();
    await new Promise((resolve) => setTimeout(resolve));
    return el.shadowRoot.childNodes.length;
  });
  assert.equal(emptied, 0);
  await page.evaluate(() => {
    const el = document.createElement("azure-signup-guide");
    el.id = "one";
    el.setAttribute("lang", "sv-SE");
    el.setAttribute("view", "steps");
    document.querySelector("main").append(el);
  });
  await page.locator(`#one ${STEP_LABEL}`).waitFor();
  assert.equal(await readStep(page.locator("#one")), "Steg 2 av 3");
  // Removing an element while its wasm is still loading does not throw.
  await page.evaluate(() => {
    const el = document.createElement("azure-signup-guide");
    document.body.append(el);
    el.remove();
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test("bad attribute values warn once each and fall back; the loader loaded twice is harmless", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/hostile.html`);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.locator(`#one ${STEP_LABEL}`).waitFor();
  await page.evaluate(() => {
    const el = document.createElement("azure-signup-guide");
    el.id = "bad";
    for (const [k, v] of [["lang", "<script>"], ["step", "99"], ["scenario", "nope"], ["theme", "neon"], ["view", "x"]]) {
      el.setAttribute(k, v);
    }
    document.querySelector("main").append(el);
  });
  await page.locator(`#bad ${STEP_LABEL}`).waitFor();
  for (const word of ["lang=", "step must be", "scenario must be", "theme must be", "view must be"]) {
    assert.equal(warnings.filter((w) => w.includes(word)).length, 1, `one warning about ${word}: ${warnings.join(" | ")}`);
  }
  assert.equal(await page.evaluate(() => customElements.get("azure-signup-guide") !== undefined), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a wasm that cannot load leaves a readable message, not an empty box", async () => {
  const wasm = readdirSync(DIST).find((f) => f.endsWith(".wasm"));
  const broken = await serve(undefined, { [`/${wasm}`]: { status: 404, body: "gone" }, "/hostile.html": { body: HOSTILE } });
  try {
    await expectLoadFailureHandled(broken);
  } finally {
    await broken.close();
  }
});

async function expectLoadFailureHandled(broken) {
  // A page without a prerendered guide: the element says what happened, in its language.
  const { page, context } = await openPage(site.browser, `${broken.url}/hostile.html`);
  const alert = page.locator("#one [role=alert]");
  await alert.waitFor();
  assert.equal(await alert.textContent(), "Guiden kunde inte läsas in. Läs in sidan igen för att försöka på nytt.");
  assert.equal(await page.locator("#two [role=alert]").textContent(), "Der Leitfaden konnte nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.");
  await screenshot(page.locator("#one"), "embed-load-error");
  await context.close();

  // The demo page carries the prerendered guide: it stays, every step shown, controls hidden.
  const demo = await openPage(site.browser, `${broken.url}/`);
  const guide = demo.page.locator("#guide-steps");
  await demo.page.waitForFunction(() => document.querySelector("#guide-steps").hasAttribute("data-static"));
  for (const panel of ["sign-up", "sign-in", "finish", "add-people", "done"]) {
    assert.ok(await guide.locator(`[data-step-panel=${panel}]`).isVisible(), `${panel} is shown`);
  }
  assert.equal(await guide.locator(".asg-controls").isVisible(), false);
  await demo.context.close();
}
