// The demo page in the release build, as a reader uses it: the guide renders in
// Swedish, the walkthrough goes step by step by keyboard, the diagram answers clicks,
// and axe-core finds nothing on any step or with a node selected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPage, axeViolations, screenshot, useSite, holdWasm, settled, clean, ROOT, STEP_LABEL } from "./harness.mjs";

const site = useSite();


test("the demo page renders both guides in Swedish with no errors", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const steps = page.locator("#guide-steps");
  const diagram = page.locator("#guide-diagram");
  await steps.locator(STEP_LABEL).waitFor();
  await diagram.locator(".asg-figure").first().waitFor();
  assert.equal(clean(await steps.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  assert.equal(await steps.locator(".asg").getAttribute("lang"), "sv-SE");
  assert.equal(await diagram.locator("button.asg-node-button").count(), 5, "the recommended case: Contoso, two accounts, two subscriptions");
  await screenshot(page, "demo-page");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a reader goes through every step by keyboard; axe is clean on each", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const guide = page.locator("#guide-steps");
  await guide.locator(STEP_LABEL).waitFor();
  const expected = ["Steg 1 av 3", "Steg 2 av 3", "Steg 3 av 3", "Valfritt steg"];
  await guide.locator(".asg-steps-button").first().focus();
  for (const [i, progress] of expected.entries()) {
    if (i > 0) {
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
    }
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), progress);
    assert.equal(
      await page.evaluate(() => document.querySelector("#guide-steps").shadowRoot.activeElement?.getAttribute("aria-selected")),
      "true",
      "focus is on the selected step's tab",
    );
    if (i > 0) assert.match(clean(await guide.locator(".asg-walkthrough > [aria-live=polite]").textContent()), new RegExp(`^${progress}`));
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
  assert.match(await link.textContent(), /öppnas i en ny flik/);
  await context.close();
});

test("the diagram: open a node's explanation, pick each case; axe is clean", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`);
  const guide = page.locator("#guide-diagram");
  await guide.locator("button[data-node=subscription-0]").click();
  assert.match(clean(await guide.locator(".asg-why").textContent()), /Katalogen äger den, och Alex/);
  await screenshot(guide, "diagram-selected");
  assert.deepEqual(await axeViolations(page), [], "axe with a node open");

  for (const [slug, says] of [
    ["recommended", /hamnar Azure-prenumerationen i Contoso/],
    ["account-sprawl", /kontospridning/],
    ["share", /Du ger Alex åtkomst/],
  ]) {
    await guide.locator(`[data-scenario=${slug}]`).check();
    assert.match(clean(await guide.locator(".asg-captions-item:not(.is-hidden)").textContent()), says);
    await screenshot(guide, `scenario-${slug}`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${slug}`);
  }
  assert.equal(await guide.locator(".asg-figure.asg-controls .asg-node--directory button").count(), 1, "share happens in one directory");
  assert.deepEqual(problems, []);
  await context.close();
});

test("what a reader does to the prerendered guide before it is live is carried over", async () => {
  let wasm;
  const infos = [];
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`, {
    settle: false,
    prepare: async (page) => {
      wasm = await holdWasm(page);
      page.on("console", (m) => m.type() === "info" && infos.push(m.text()));
    },
  });
  const steps = page.locator("#guide-steps");
  const diagram = page.locator("#guide-diagram");
  const progress = steps.locator(STEP_LABEL);
  const next = steps.getByRole("button", { name: "Nästa", exact: true });

  // The prerendered guide: focus on the second step's tab, Enter pressed twice (no answer
  // yet, so the second is a retry), a diagram node clicked.
  await steps.locator("[data-step=sign-in]").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await diagram.locator("button[data-node=subscription-0]").click();
  assert.equal(await page.evaluate(() => document.querySelector("#guide-steps").hasAttribute("data-ready")), false);
  assert.equal(clean(await progress.textContent()), "Steg 1 av 3");
  wasm.release();
  await settled(page);
  assert.equal(clean(await progress.textContent()), "Steg 2 av 3");
  assert.match(clean(await diagram.locator(".asg-why").textContent()), /Katalogen äger den/);
  // The click put focus on the node; it is on the live guide's node now.
  const focused = () =>
    page.evaluate(() => {
      const { id, shadowRoot } = document.activeElement;
      const inner = shadowRoot?.activeElement;
      return `${id} ${inner?.tagName} ${inner?.getAttribute("data-node") ?? inner?.textContent}`;
    });
  assert.equal(await focused(), "guide-diagram BUTTON subscription-0");

  // Saved progress (step 2): the live guide opens there, not on the prerendered step 1, so
  // a press made on step 1 is not replayed onto step 2.
  wasm.hold();
  await page.reload();
  await next.focus();
  await page.keyboard.press("ArrowRight");
  wasm.release();
  await settled(page);
  assert.equal(clean(await progress.textContent()), "Steg 2 av 3");
  assert.equal(await focused(), "guide-steps BUTTON Nästa", "focus stays on Next");
  assert.ok(infos.some((t) => /press\(es\).*not replayed/.test(t)), `console said so: ${infos.join(" | ")}`);

  assert.deepEqual(problems, []);
  await context.close();
});

test("a box opened and addresses typed on the prerendered guide are carried over, focus in the field", async () => {
  let wasm;
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`, {
    settle: false,
    prepare: async (page) => (wasm = await holdWasm(page)),
  });
  const diagram = page.locator("#guide-diagram");
  const field = (name) => diagram.locator(`.asg-own input[data-field=${name}]`);
  // On the copy: the box opened by keyboard, both addresses typed, focus left in the second.
  await diagram.locator(".asg-own-details summary").focus();
  await page.keyboard.press("Enter");
  await field("m365").pressSequentially("ada@contoso.com");
  await field("sign-up").pressSequentially("ada@fabrikam.example");
  assert.equal(await page.evaluate(() => document.querySelector("#guide-diagram").hasAttribute("data-ready")), false);
  wasm.release();
  await settled(page);
  // The live guide: the box open, the text in the fields, read (the verdict and the
  // diagram's case), and focus where the reader left it.
  assert.equal(await diagram.locator(".asg-own-details").evaluate((d) => d.open), true);
  assert.equal(await field("m365").inputValue(), "ada@contoso.com");
  assert.equal(await field("sign-up").inputValue(), "ada@fabrikam.example");
  assert.match(clean(await diagram.locator(".asg-answer.is-chosen").textContent()), /contoso\.com → fabrikam\.example: Troligen en annan katalog/);
  assert.equal(await diagram.getAttribute("case"), "other");
  const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("data-field"));
  assert.equal(focused, "sign-up");
  // Carried over inside the guide only: nothing stored holds an address.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + location.href);
  assert.doesNotMatch(stored, /ada@|fabrikam/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a language chosen on the prerendered guide is the live guide's language", async () => {
  // A fresh page: the wasm is compiled anew, so the guide's first render takes long enough
  // for Yew to finish it in a later task, after the replayed choice.
  for (const lang of ["en-US", "ar-SA"]) {
    let wasm;
    const { page, context, problems } = await openPage(site.browser, `${site.server.url}/`, {
      settle: false,
      prepare: async (page) => (wasm = await holdWasm(page)),
    });
    const steps = page.locator("#guide-steps");
    await steps.locator(".asg-select").selectOption(lang);
    wasm.release();
    await settled(page);
    // The language chosen on the copy is the live guide's once its replay has run.
    await page.waitForFunction((lang) => document.querySelector("#guide-steps").shadowRoot.querySelector(".asg")?.getAttribute("lang") === lang, lang);
    assert.equal(await steps.locator(".asg").getAttribute("lang"), lang);
    assert.equal(await steps.locator(".asg-select").inputValue(), lang);
    // One language per page: the diagram, which has no menu of its own, follows.
    await page.waitForFunction((l) => document.querySelector("#guide-diagram").shadowRoot?.querySelector(".asg")?.getAttribute("lang") === l, lang);
    assert.equal(await page.locator("#guide-diagram .asg-select").count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/** The article's sentences (content/article.sv-SE.md's body), as a reader reads them. */
function articleSentences() {
  const body = readFileSync(join(ROOT, "content", "article.sv-SE.md"), "utf8").replace(/^---[\s\S]*?---/, "");
  return body
    .split("\n")
    .map((line) => line.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"))
    .map((line) => line.replace(/^\s*(#+|[-*]|\d+\.)\s*/, "").replace(/[*_`>]/g, "").trim())
    .filter((line) => line && !line.startsWith("<"))
    .flatMap((line) => line.split(/(?<=[.!?:])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(" ").length >= 4);
}

/** Everything the page shows, its guides' shadow roots included, as one line of text. */
const shownText = (page) =>
  page.evaluate(() => {
    const text = (root) =>
      [...root.childNodes]
        .map((n) => (n.nodeType === 1 && n.tagName === "AZURE-SIGNUP-GUIDE" ? n.shadowRoot.querySelector(".asg").innerText : n.innerText ?? n.textContent))
        .join(" ");
    return text(document.querySelector("main"));
  });
const normal = (s) => s.replace(/[\u2068\u2069\u2060]/g, "").replace(/\s+/g, " ");
const times = (haystack, needle) => haystack.split(needle).length - 1;

test("read once: no sentence of the article twice, on screen or on paper; no heading twice", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/`);
  const sentences = articleSentences();
  assert.ok(sentences.length > 20, `${sentences.length} sentences`);
  for (const media of ["screen", "print"]) {
    await page.emulateMedia({ media });
    const shown = normal(await shownText(page));
    const twice = sentences.filter((s) => times(shown, normal(s)) > 1);
    assert.deepEqual(twice, [], `${media}: shown twice`);
  }
  // The steps and the points are the guides' now, shown once each.
  await page.emulateMedia({ media: "screen" });
  const shown = normal(await shownText(page));
  for (const s of ["Spara tid och undvik kontospridning", "Användare tillhör kataloger", "Tänk på följande punkter:"]) {
    assert.equal(times(shown, s), 1, s);
  }
  const headings = await page.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll("h1, h2, h3, h4, azure-signup-guide")) {
        if (el.tagName === "AZURE-SIGNUP-GUIDE") walk(el.shadowRoot);
        else if (el.checkVisibility()) all.push(el.textContent.replace(/[\u2068\u2069]/g, "").trim());
      }
    };
    walk(document);
    return all;
  });
  assert.deepEqual(headings.filter((h, i) => headings.indexOf(h) !== i), [], headings.join(" | "));
  // No title row of their own: the page's headings stand over the guides.
  assert.equal(await page.locator("#guide-steps .asg-title, #guide-diagram .asg-title").count(), 0);
  assert.equal(await page.locator("#guide-diagram .asg-select").count(), 0, "the diagram has no menu");
  assert.equal(await page.locator("#guide-steps .asg-select").count(), 1, "the steps guide asks for one (languages)");
  await context.close();
});
