// The demo page in the release build, as a reader uses it: the guide renders in
// Swedish, the walkthrough goes step by step by keyboard, the diagram answers clicks,
// and axe-core finds nothing on any step or with a node selected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, axeViolations, screenshot, useSite } from "./harness.mjs";

const site = useSite();

const clean = (s) => s.replace(/[\u2068\u2069]/g, "").trim();

test("the demo page renders both guides in Swedish with no errors", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const steps = page.locator("#guide-steps");
  const diagram = page.locator("#guide-diagram");
  await steps.locator(".asg-step.is-current .asg-step-progress").waitFor();
  await diagram.locator(".asg-svg").waitFor();
  assert.equal(clean(await steps.locator(".asg-step.is-current .asg-step-progress").textContent()), "Steg 1 av 3");
  assert.equal(await steps.locator(".asg").getAttribute("lang"), "sv-SE");
  assert.equal(await diagram.locator(".asg-node").count(), 4);
  await screenshot(page, "demo-page");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a reader goes through every step by keyboard; axe is clean on each", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const guide = page.locator("#guide-steps");
  await guide.locator(".asg-step.is-current .asg-step-progress").waitFor();
  const expected = ["Steg 1 av 3", "Steg 2 av 3", "Steg 3 av 3", "Valfritt steg"];
  await guide.locator(".asg-steps-button").first().focus();
  for (const [i, progress] of expected.entries()) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    assert.equal(clean(await guide.locator(".asg-step.is-current .asg-step-progress").textContent()), progress);
    if (i > 0) assert.match(clean(await guide.locator("[role=status]").textContent()), new RegExp(`^${progress}`));
    await screenshot(guide, `step-${i + 1}`);
    assert.deepEqual(await axeViolations(page), [], `axe on step ${i + 1}`);
  }
  // Focus stays visible and inside the guide.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "guide-steps");
  await guide.getByRole("button", { name: "Slutför", exact: true }).click();
  assert.equal(clean(await guide.locator(".asg-done h3").textContent()), "Klart");
  await screenshot(guide, "step-done");
  assert.deepEqual(await axeViolations(page), [], "axe on the done panel");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the walkthrough's links are the article's, and open safely in a new tab", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/`);
  const guide = page.locator("#guide-steps");
  const link = guide.locator(".asg-step.is-current .asg-step-text a");
  await link.waitFor();
  assert.equal(await link.getAttribute("href"), "https://account.azure.com/signup?offer=MS-AZR-0044p&appId=docs");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  assert.match(await link.textContent(), /öppnas på en ny flik/);
  await context.close();
});

test("the diagram: select a node, play each scenario; axe is clean", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const guide = page.locator("#guide-diagram");
  await guide.locator(".asg-svg").waitFor();
  await guide.locator("[data-node=subscription-0]").click();
  assert.match(clean(await guide.locator(".asg-selection").textContent()), /ägs av själva katalogen/);
  await screenshot(guide, "diagram-selected");
  assert.deepEqual(await axeViolations(page), [], "axe with a node selected");

  const scenarios = [
    ["recommended", 2],
    ["account-sprawl", 3],
    ["share", 2],
  ];
  for (const [slug, scenes] of scenarios) {
    await guide.locator(`[data-scenario=${slug}]`).click();
    for (let scene = 1; scene < scenes; scene++) {
      await guide.getByRole("button", { name: "Nästa scen" }).click();
    }
    assert.equal(clean(await guide.locator(".asg-scene .asg-step-progress").textContent()), `Scen ${scenes} av ${scenes}`);
    await screenshot(guide, `scenario-${slug}`);
    assert.deepEqual(await axeViolations(page), [], `axe at the end of ${slug}`);
  }
  assert.equal(await guide.locator(".asg-container").count(), 1, "share happens in one directory");
  assert.deepEqual(problems, []);
  await context.close();
});
