// What a screen-reader user hears, read from Chromium's accessibility tree (CDP), the tree
// NVDA and VoiceOver are given: the words per box in the figure, one announcement per
// change even with two boxes on the page, and no copy of an announcement left behind in
// the reading order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, useSite, openPage, clean } from "./harness.mjs";

const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>SR</title>
<link rel="icon" href="data:,"><script type="module" src="/azure-signup-guide.js"></script></head>
<body><main><h1>Azure</h1>${body}</main></body></html>`;

const site = useSite(() =>
  serve(undefined, {
    "/all-en.html": { body: page("en-US", `<azure-signup-guide id="g"></azure-signup-guide>`) },
    "/all-sv.html": { body: page("sv-SE", `<azure-signup-guide id="g"></azure-signup-guide>`) },
    "/two.html": { body: page("en-US", `<azure-signup-guide id="a" view="steps" step="sign-in"></azure-signup-guide><azure-signup-guide id="b" view="diagram"></azure-signup-guide>`) },
  }),
);

/** Every button of the live figure as the accessibility tree gives it: name and description. */
async function figureButtons(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const keys = new Set(
    await page.evaluate(() =>
      [...document.querySelector("azure-signup-guide").shadowRoot.querySelectorAll(".asg-figure.asg-controls button[data-node]")].map((b) => b.getAttribute("aria-label")),
    ),
  );
  return nodes
    .filter((n) => n.role?.value === "button" && keys.has(n.name?.value))
    .map((n) => ({ name: n.name.value, description: n.description?.value ?? "" }));
}

/** The text of every live region in `host`'s shadow root that is not empty. */
const spoken = (host) =>
  host.evaluate((h) => [...h.shadowRoot.querySelectorAll("[aria-live=polite]")].map((r) => r.textContent.trim()).filter(Boolean));

for (const [lang, budget] of [["en", 30], ["sv", 30]]) {
  test(`${lang}: each box of the figure costs a Tab user at most ${budget} words, and no description repeats its name`, async () => {
    const { page, context } = await openPage(site.browser, `${site.server.url}/all-${lang}.html`);
    const guide = page.locator("#g");
    for (const slug of ["recommended", "account-sprawl", "other-organization", "share"]) {
      await guide.locator(`[data-scenario=${slug}]`).check();
      const buttons = await figureButtons(page);
      assert.ok(buttons.length >= 4, `${slug}: ${buttons.length} boxes`);
      for (const { name, description } of buttons) {
        const words = `${name} ${description}`.split(/\s+/).filter(Boolean).length;
        assert.ok(words <= budget, `${slug}: "${name}" / "${description}" is ${words} words`);
        for (const clause of description.split(/;\s*/).filter(Boolean)) {
          assert.ok(!name.includes(clause), `${slug}: "${clause}" is said twice`);
        }
      }
      console.log(`# ${lang} ${slug}: ${buttons.map((b) => `${b.name} | ${b.description}`.split(/\s+/).length).join(", ")} words per box`);
    }
    await context.close();
  });
}

test("two boxes on a page (and two guides): a verdict is said once, by the box the reader used", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/two.html`);
  const steps = page.locator("#a");
  const diagram = page.locator("#b");
  await steps.locator(".asg-own-details > summary").click();
  await diagram.locator(".asg-own-details > summary").click();
  await steps.locator("input[data-field=m365]").fill("alex@contoso.com");
  await steps.locator("input[data-field=sign-up]").fill("alex@gmail.com");
  // Said when the reader commits the field (leaves it), not on every key.
  assert.deepEqual(await spoken(steps), [], "nothing said while typing");
  await steps.locator("input[data-field=sign-up]").press("Tab");
  assert.equal((await spoken(steps)).filter((t) => /A new directory/.test(t)).length, 1, "the box typed in says it");
  assert.deepEqual(await spoken(diagram), [], "the other guide stays silent");
  // A choice in the other guide's box: that box speaks, this one does not speak again.
  await diagram.locator(".asg-own input[value=same]").check();
  assert.equal((await spoken(diagram)).filter((t) => /Same directory/.test(t)).length, 1);
  assert.equal((await spoken(steps)).filter((t) => /Same directory/.test(t)).length, 0);
  await context.close();
});

test("an announcement leaves no copy behind: the live region empties after it has spoken", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/all-en.html`);
  const guide = page.locator("#g");
  await guide.locator("[data-scenario=account-sprawl]").check();
  const region = guide.locator(".asg-figure [aria-live=polite]");
  assert.match(clean(await region.textContent()), /^A personal account:/);
  await page.waitForFunction(
    () => document.querySelector("#g").shadowRoot.querySelector(".asg-figure [aria-live=polite]").textContent === "",
    null,
    { timeout: 8000 },
  );
  // The step announcement too.
  await guide.getByRole("button", { name: "Next", exact: true }).click();
  const status = guide.locator(".asg-walkthrough > [aria-live=polite]");
  assert.match(clean(await status.textContent()), /^Step 2 of 3/);
  await page.waitForFunction(
    () => document.querySelector("#g").shadowRoot.querySelector(".asg-walkthrough > [aria-live=polite]").textContent === "",
    null,
    { timeout: 8000 },
  );
  await context.close();
});
