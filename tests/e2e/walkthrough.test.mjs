// The walkthrough and the diagram's controls by keyboard and by eye, in the release
// build: focus never falls to the page, the step list moves focus with the step, the
// bar says what the label says, the buttons stay put from step to step, and a reader
// who comes back sees their saved step from the first frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, axeViolations, screenshot, useSite, holdWasm, settled, clean, STEP_LABEL } from "./harness.mjs";

const site = useSite();


/** What has focus inside guide `id` ("H3 Logga in"), or null when focus is outside it. */
const focusIn = (page, id) =>
  page.evaluate((id) => {
    const outer = document.activeElement;
    const inner = outer?.shadowRoot?.activeElement;
    return outer?.id === id && inner ? `${inner.tagName} ${inner.textContent.replace(/[\u2068\u2069]/g, "").trim()}` : null;
  }, id);

test("Enter through every step, arrows through every case: focus stays inside the guide", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const steps = page.locator("#guide-steps");
  const progress = steps.locator(STEP_LABEL);
  const button = (name) => steps.getByRole("button", { name, exact: true });

  for (const [title, label] of [
    ["Logga in", "Steg 2 av 3"],
    ["Slutför registreringen", "Steg 3 av 3"],
  ]) {
    await button("Nästa").focus();
    await page.keyboard.press("Enter");
    assert.equal(clean(await progress.textContent()), label);
    assert.equal(await focusIn(page, "guide-steps"), `H3 ${title}`, "focus is on the new step's heading");
    // A second Enter lands on the heading, which does nothing: no step is skipped.
    await page.keyboard.press("Enter");
    assert.equal(clean(await progress.textContent()), label);
  }
  await button("Lägg till andra personer").focus();
  await page.keyboard.press("Enter");
  assert.equal(await steps.locator(".asg-steps-button.is-done").count(), 3, "the three steps walked through are ticked");
  assert.equal(await focusIn(page, "guide-steps"), "H3 Lägg till andra personer");
  await button("Slutför").focus();
  await page.keyboard.press("Enter");
  assert.equal(await focusIn(page, "guide-steps"), "H3 Klart");
  // The reader's next move is the portal; starting over is there, but secondary.
  const primary = steps.locator(".asg-controls .asg-button--primary");
  assert.equal(await primary.getAttribute("href"), "https://portal.azure.com/");
  assert.match(clean(await primary.textContent()), /^Öppna Azure-portalen/);
  await button("Börja om").focus();
  await page.keyboard.press("Enter");
  assert.equal(await focusIn(page, "guide-steps"), "H3 Registrera dig");
  assert.equal(clean(await progress.textContent()), "Steg 1 av 3");

  const diagram = page.locator("#guide-diagram");
  // The cases are one radio group: the arrow keys move through them (and pick each).
  await diagram.locator("[data-scenario=recommended]").focus();
  for (const slug of ["account-sprawl", "other-organization", "share"]) {
    await page.keyboard.press("ArrowDown");
    assert.ok(await diagram.locator(`[data-scenario=${slug}]`).isChecked(), slug);
    assert.equal(await focusIn(page, "guide-diagram"), "INPUT ", `${slug}: focus stays on the group`);
  }
  // Tab reaches the boxes; Enter opens one in place, Escape closes it, focus stays on it.
  const box = diagram.locator("button[data-node=subscription-0]");
  await box.focus();
  await page.keyboard.press("Enter");
  assert.equal(await box.getAttribute("aria-expanded"), "true");
  assert.match(clean(await diagram.locator(".asg-why").textContent()), /Katalogen äger den/);
  await page.keyboard.press("Escape");
  assert.equal(await diagram.locator(".asg-why").count(), 0);
  assert.equal(
    await page.evaluate(() => document.querySelector("#guide-diagram").shadowRoot.activeElement?.getAttribute("data-node")),
    "subscription-0",
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("the step list is tabs with manual activation: arrows, Home and End move focus, Enter opens", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/`);
  const steps = page.locator("#guide-steps");
  const progress = steps.locator(STEP_LABEL);
  assert.equal(await steps.getByRole("tablist").getByRole("tab").count(), 5, "one tab list of the five steps");
  await steps.locator("[data-step=sign-up]").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(clean(await progress.textContent()), "Steg 1 av 3", "an arrow only moves focus");
  assert.match(await focusIn(page, "guide-steps"), /^BUTTON 2 ?Logga in/);
  await page.keyboard.press("Enter");
  assert.equal(clean(await progress.textContent()), "Steg 2 av 3");
  assert.equal(await steps.locator("[role=tab][aria-selected=true]").count(), 1, "one tab is selected");
  assert.equal(await steps.locator("[role=tab][aria-selected=true]").getAttribute("data-step"), "sign-in");
  await page.keyboard.press("End");
  assert.match(await focusIn(page, "guide-steps"), /Kontrollera i portalen/);
  await page.keyboard.press(" ");
  assert.equal(clean(await progress.textContent()), "Guidens hjälp", "the last step is the guide's own check");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  assert.equal(clean(await progress.textContent()), "Valfritt steg");
  assert.match(await focusIn(page, "guide-steps"), /Lägg till andra personer/);
  // Nothing was finished on the way: no step is ticked or called done.
  assert.equal(await steps.locator(".asg-steps-button.is-done").count(), 0);
  assert.doesNotMatch(clean(await steps.locator("[data-step=sign-up]").textContent()), /klart/);
  // On a link inside a step, the arrows and End are the page's.
  await steps.getByRole("link", { name: /Kom igång med åtkomsthantering/ }).focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Home");
  assert.equal(clean(await progress.textContent()), "Valfritt steg");
  assert.match(await focusIn(page, "guide-steps"), /^A Kom igång/);
  await context.close();
});

for (const width of [1280, 375]) {
  test(`at ${width} px the bar says what the label says, the buttons stay put, finished steps are ticked`, async () => {
    const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`, {
      viewport: { width, height: 900 },
    });
    const steps = page.locator("#guide-steps");
    const buttonsTop = async () => {
      const [guide, buttons] = await Promise.all([steps.boundingBox(), steps.locator(".asg-step-buttons").boundingBox()]);
      return Math.round(buttons.y - guide.y);
    };
    const tops = [];
    for (const slug of ["sign-up", "sign-in", "finish", "add-people", "check"]) {
      await steps.locator(`[data-step=${slug}]`).click();
      const label = clean(await steps.locator(STEP_LABEL).textContent());
      const [track, bar] = await Promise.all([
        steps.locator(".asg-progress").boundingBox(),
        steps.locator(".asg-progress-bar").boundingBox(),
      ]);
      const filled = bar.width / track.width;
      const said = label === "Valfritt steg" || label === "Guidens hjälp" ? 1 : Number(/^Steg (\d) av 3$/.exec(label)?.[1]) / 3;
      assert.ok(Math.abs(filled - said) < 0.02, `${label}: bar at ${filled.toFixed(2)}`);
      // The tabs open steps without finishing them: nothing is ticked.
      assert.equal(await steps.locator(".asg-steps-button.is-done .asg-tick").count(), 0, `ticks at ${slug}`);
      tops.push(await buttonsTop());
      await screenshot(steps, `walkthrough-${width}-${slug}`);
    }
    assert.equal(new Set(tops).size, 1, `the buttons moved between steps: ${tops.join(", ")}`);
    // Equal-height tabs for the three required steps.
    const heights = await steps.locator(".asg-steps-required .asg-steps-button").evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().height)));
    assert.equal(new Set(heights).size, 1, `tab heights ${heights.join(", ")}`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("after a reload at step 3, no frame shows step 1", async () => {
  let wasm;
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const steps = page.locator("#guide-steps");
  await steps.locator("[data-step=finish]").click();
  // Every frame from the start of the next load: which panel the guide shows.
  await context.addInitScript(() => {
    window.__frames = [];
    const sample = () => {
      const panel = document.querySelector("#guide-steps")?.shadowRoot?.querySelector(".asg-step.is-current");
      if (panel) window.__frames.push(panel.getAttribute("data-step-panel"));
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  wasm = await holdWasm(page);
  await page.reload();
  await page.waitForFunction(() => window.__frames.length >= 3);
  assert.equal(await page.evaluate(() => document.querySelector("#guide-steps").hasAttribute("data-ready")), false);
  assert.equal(clean(await steps.locator(STEP_LABEL).textContent()), "Steg 3 av 3");
  wasm.release();
  await settled(page);
  const frames = await page.evaluate(() => window.__frames);
  assert.deepEqual([...new Set(frames)], ["finish"], `frames showed ${[...new Set(frames)].join(", ")}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("forced colours: the current step and the bar stay visible", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/`, { forcedColors: "active" });
  const steps = page.locator("#guide-steps");
  await steps.locator("[data-step=sign-in]").click();
  const current = await steps.locator(".asg-steps-button.is-current").evaluate((b) => getComputedStyle(b).outlineStyle);
  const other = await steps.locator("[data-step=finish]").evaluate((b) => getComputedStyle(b).outlineStyle);
  assert.notEqual(current, other, "the current tab has its own outline");
  const bar = await steps.locator(".asg-progress-bar").evaluate((b) => getComputedStyle(b).backgroundColor);
  const track = await steps.locator(".asg-progress").evaluate((t) => getComputedStyle(t).backgroundColor);
  assert.notEqual(bar, track, "the bar differs from its track");
  await screenshot(steps, "walkthrough-forced-colors");
  await context.close();
});
