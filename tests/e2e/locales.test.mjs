// Every shipped locale in the release build: the guide renders in it, Arabic mirrors,
// no diagram label is wider than its box (measured by the browser, not estimated), the
// language can be switched mid-walkthrough, and axe-core is clean in each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, openPage, axeViolations, screenshot, useSite, clean, STEP_LABEL } from "./harness.mjs";

const LOCALES = {
  "sv-SE": { step1: "Steg 1 av 3", step2: "Steg 2 av 3", dir: "ltr" },
  "en-US": { step1: "Step 1 of 3", step2: "Step 2 of 3", dir: "ltr" },
  "de-DE": { step1: "Schritt 1 von 3", step2: "Schritt 2 von 3", dir: "ltr" },
  "fr-FR": { step1: "Étape 1 sur 3", step2: "Étape 2 sur 3", dir: "ltr" },
  "ja-JP": { step1: "手順 1/3", step2: "手順 2/3", dir: "ltr" },
  "ar-SA": { step1: "الخطوة ١ من ٣", step2: "الخطوة ٢ من ٣", dir: "rtl" },
};

const page = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title><link rel="icon" href="data:,">
<script type="module" src="./azure-signup-guide.js"></script></head>
<body><main><h1>${lang}</h1><azure-signup-guide id="guide" languages></azure-signup-guide></main></body></html>`;

const site = useSite(async () => {
  const routes = {};
  for (const lang of Object.keys(LOCALES)) routes[`/${lang}.html`] = { body: page(lang) };
  return serve(undefined, routes);
});


/** Every figure box whose text does not fit it (cut off or spilling out), for the case on screen. */
function overflowingLabels(guide) {
  return guide.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll(".asg-figure.asg-controls .asg-node")]
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => `${node.textContent} (${node.scrollWidth} wide in ${node.clientWidth})`),
  );
}

for (const [lang, expected] of Object.entries(LOCALES)) {
  test(`${lang}: renders, labels fit, axe is clean`, async () => {
    const { page, context, problems } = await openPage(site.browser, `${site.server.url}/${lang}.html`);
    const guide = page.locator("#guide");
    await guide.locator(STEP_LABEL).waitFor();
    assert.equal(await guide.locator(".asg").getAttribute("lang"), lang);
    assert.equal(await guide.locator(".asg").getAttribute("dir"), expected.dir);
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), expected.step1);

    await guide.locator(".asg-steps-button").nth(1).click();
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), expected.step2);
    await screenshot(guide.locator(".asg-walkthrough"), `locale-${lang}-step-2`);

    for (const scenario of ["recommended", "account-sprawl", "share"]) {
      await guide.locator(`[data-scenario=${scenario}]`).check();
      await guide.locator("button[data-node=subscription-1]").click();
      assert.deepEqual(await overflowingLabels(guide), [], `${lang} ${scenario}: labels overflow their boxes`);
      if (scenario === "account-sprawl") await screenshot(guide.locator(".asg-figure.asg-controls"), `locale-${lang}-diagram`);
    }
    assert.deepEqual(await axeViolations(page), [], `axe in ${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("ar-SA mirrors: steps run right to left, arrows follow reading order, the diagram is flipped", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/ar-SA.html`);
  const guide = page.locator("#guide");
  await guide.locator(STEP_LABEL).waitFor();
  const first = await guide.locator(".asg-steps-button").nth(0).boundingBox();
  const second = await guide.locator(".asg-steps-button").nth(1).boundingBox();
  assert.ok(first.x > second.x, "step 1 stands right of step 2");
  await guide.locator(".asg-steps-button").nth(0).focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "الخطوة ٢ من ٣");
  // The figure reads right to left: Contoso's column first, on the right; what an account
  // created hangs from its right-hand side.
  await guide.locator("[data-scenario=other-organization]").check();
  const fabrikam = await guide.locator("button[data-node=directory-1]").boundingBox();
  const contoso = await guide.locator("button[data-node=directory-0]").boundingBox();
  assert.ok(contoso.x > fabrikam.x, "the first column stands on the right");
  await guide.locator("[data-scenario=recommended]").check();
  const account = await guide.locator("button[data-node=user-1]").boundingBox();
  const created = await guide.locator("button[data-node=subscription-1]").boundingBox();
  assert.ok(created.x + created.width < account.x + account.width - 4, "the created subscription is indented from the right");
  await context.close();
});

test("switching language mid-walkthrough keeps the step, the diagram's case and its open box", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/de-DE.html`);
  const guide = page.locator("#guide");
  await guide.locator(STEP_LABEL).waitFor();
  await guide.locator(".asg-steps-button").nth(2).click();
  await guide.locator("[data-scenario=account-sprawl]").check();
  await guide.locator("button[data-node=subscription-1]").click();
  for (const [lang, step3, why] of [
    ["ar-SA", "الخطوة ٣ من ٣", /أنشأته بحسابك الشخصي/],
    ["ja-JP", "手順 3/3", /個人用アカウントで作成したため/],
    ["sv-SE", "Steg 3 av 3", /Du skapade den med ditt personliga konto/],
  ]) {
    await guide.locator(".asg-select").selectOption(lang);
    // The language's messages are fetched first (one small file), then the guide switches.
    await guide.locator(`.asg[lang="${lang}"]`).waitFor();
    assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), step3);
    assert.ok(await guide.locator("[data-scenario=account-sprawl]").isChecked(), `${lang}: the case stays`);
    assert.match(clean(await guide.locator(".asg-why").textContent()), why);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the language menu applies a language when the reader commits it, not on every arrow key", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/de-DE.html`);
  const guide = page.locator("#guide");
  await guide.locator(STEP_LABEL).waitFor();
  const select = guide.locator(".asg-select");
  await select.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const pending = await select.inputValue();
  assert.notEqual(pending, "de-DE", "the arrows moved the choice");
  // Two frames later the guide still reads in German: nothing switched under the reader.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await guide.locator(".asg").getAttribute("lang"), "de-DE");
  await page.keyboard.press("Enter");
  await guide.locator(`.asg[lang="${pending}"]`).waitFor();
  // A pick with the pointer (a change without the arrow keys) applies at once.
  await select.selectOption("sv-SE");
  await guide.locator('.asg[lang="sv-SE"]').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("the article's title leads the whole guide; Japanese body text breaks strictly, headings and labels by phrase", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/ja-JP.html`);
  const guide = page.locator("#guide");
  await guide.locator(STEP_LABEL).waitFor();
  const style = (selector) =>
    guide.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), wordBreak: s.wordBreak, lineBreak: s.lineBreak };
    });
  const title = await style(".asg-title");
  const heading = await style(".asg-h2");
  assert.ok(title.size > heading.size, `title ${title.size}px, heading ${heading.size}px`);
  const body = await style(".asg-step.is-current p");
  assert.notEqual(body.wordBreak, "auto-phrase", "body text fills its lines");
  assert.equal(body.lineBreak, "strict");
  assert.equal(heading.wordBreak, "auto-phrase");
  assert.equal((await style(".asg-steps-button")).wordBreak, "auto-phrase");
  await context.close();
});

test("documentation links follow the locale; portal and signup links do not", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/fr-FR.html`);
  const guide = page.locator("#guide");
  await guide.locator(STEP_LABEL).waitFor();
  const hrefs = await guide.evaluate((host) => [...host.shadowRoot.querySelectorAll("a")].map((a) => a.href));
  assert.ok(hrefs.some((h) => h.startsWith("https://learn.microsoft.com/fr-fr/azure/")), hrefs.join("\n"));
  assert.ok(hrefs.every((h) => !h.includes("learn.microsoft.com") || h.includes("/fr-fr/")), hrefs.join("\n"));
  assert.ok(hrefs.includes("https://account.azure.com/signup?offer=MS-AZR-0044p&appId=docs"));
  // Every link out is on the allowlist; the portal only at its start or the check step's two places.
  const allowed = [
    /^https:\/\/account\.azure\.com\/signup\?offer=MS-AZR-0044p&appId=docs$/,
    /^https:\/\/portal\.azure\.com\/(#settings\/directory|#view\/Microsoft_Azure_Billing\/SubscriptionsBladeV2)?$/,
    /^https:\/\/learn\.microsoft\.com\/fr-fr\/(azure|entra)\/[a-z/-]+$/,
    /^https:\/\/go\.microsoft\.com\/fwlink\/\?linkid=\d+$/,
  ];
  for (const href of hrefs) assert.ok(allowed.some((a) => a.test(href)), `not on the allowlist: ${href}`);
  for (const href of [
    "https://portal.azure.com/#settings/directory",
    "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    "https://learn.microsoft.com/fr-fr/entra/fundamentals/how-subscriptions-associated-directory",
    "https://learn.microsoft.com/fr-fr/azure/role-based-access-control/transfer-subscription",
  ]) {
    assert.ok(hrefs.includes(href), `the check step links ${href}`);
  }
  await context.close();
});
