// Every shipped locale in the release build: the guide renders in it, Arabic mirrors,
// no diagram label is wider than its box (measured by the browser, not estimated), the
// language can be switched mid-walkthrough, and axe-core is clean in each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, axeViolations, screenshot, useSite, clean, STEP_LABEL, ROOT } from "./harness.mjs";

// Every folder of locales/ is a shipped locale. The step label each should show is read
// from its own catalog (its `progress-label`), so a broken message or a wrong file shows.
const LOCALES = Object.fromEntries(
  readdirSync(join(ROOT, "locales")).map((tag) => {
    const source = readFileSync(join(ROOT, "locales", tag, "guide.ftl"), "utf8");
    const pattern = /^progress-label = (.*)$/m.exec(source)[1];
    const step = (n) => pattern.replace("{ $current }", String(n)).replace("{ $total }", "3");
    return [tag, { step1: step(1), step2: step(2), dir: tag === "ar-SA" ? "rtl" : "ltr" }];
  }),
);
const STEPS = ["sign-up", "sign-in", "finish", "add-people", "check"];
const CASES = ["recommended", "account-sprawl", "other-organization", "share"];

const page = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title><link rel="icon" href="data:,">
<script type="module" src="./azure-signup-guide.js"></script></head>
<body><main><h1>${lang}</h1><azure-signup-guide id="guide" languages></azure-signup-guide></main></body></html>`;

// Tags a page may carry and the locale the guide must choose for each: the widget's
// matcher (`Locale::closest`), which the loader follows to fetch the language file.
const VARIANTS = {
  "zh-HK": "zh-TW", "zh-MO": "zh-TW", "zh-Hant": "zh-TW", "zh-Hant-HK": "zh-TW",
  zh: "zh-CN", "zh-SG": "zh-CN", "zh-Hans": "zh-CN",
  pt: "pt-BR", "pt-AO": "pt-PT", "pt-MZ": "pt-PT",
  "es-MX": "es-ES", "es-419": "es-ES", pl: "pl-PL", "sv-FI": "sv-SE",
};

const site = useSite(async () => {
  const routes = {};
  for (const lang of [...Object.keys(LOCALES), ...Object.keys(VARIANTS)]) routes[`/${lang}.html`] = { body: page(lang) };
  return serve(undefined, routes);
});

test("a page's language picks the right variant, and only that language file is fetched", async () => {
  for (const [lang, tag] of Object.entries(VARIANTS)) {
    const fetched = [];
    const { page, context, problems } = await openPage(site.browser, `${site.server.url}/${lang}.html`, {
      prepare: (page) => page.on("request", (r) => /\.txt$/.test(r.url()) && fetched.push(r.url().split(".").slice(-2)[0])),
    });
    assert.equal(await page.locator("#guide .asg").getAttribute("lang"), tag, `lang=${lang}`);
    assert.deepEqual(fetched, [tag], `lang=${lang}: the loader fetched ${fetched.join(", ")}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});


/** Every element of the guide that reaches past the guide's own box (a line that does not
 *  wrap, a drawing too wide), as a reader on a phone would see it cut or scrolled. */
function overflowing(guide) {
  return guide.evaluate((host) => {
    const box = host.getBoundingClientRect();
    return [...host.shadowRoot.querySelectorAll(".asg *")]
      .filter((el) => el.getClientRects().length && !el.closest(".asg-vh, [hidden]"))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} "${(el.textContent ?? "").slice(0, 40)}"`);
  });
}

/** Every figure box whose text does not fit it (cut off or spilling out), for the case on screen. */
function overflowingLabels(guide) {
  return guide.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll(".asg-figure.asg-controls .asg-node")]
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => `${node.textContent} (${node.scrollWidth} wide in ${node.clientWidth})`),
  );
}

for (const [lang, expected] of Object.entries(LOCALES)) {
  test(`${lang} at 1280 and 375 px: every step and case renders, nothing overflows, labels fit, axe is clean`, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
      const at = `${lang} ${viewport.width}`;
      const { page, context, problems } = await openPage(site.browser, `${site.server.url}/${lang}.html`, { viewport });
      const guide = page.locator("#guide");
      await guide.locator(STEP_LABEL).waitFor();
      assert.equal(await guide.locator(".asg").getAttribute("lang"), lang);
      assert.equal(await guide.locator(".asg").getAttribute("dir"), expected.dir);
      assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), expected.step1);
      for (const [i, slug] of STEPS.entries()) {
        await guide.locator(`[data-step=${slug}]`).click();
        if (i === 1) assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), expected.step2);
        assert.deepEqual(await overflowing(guide), [], `${at} ${slug}: something is wider than the guide`);
        await screenshot(guide.locator(".asg-walkthrough"), `locale-${lang}-${viewport.width}-${slug}`);
      }
      for (const scenario of CASES) {
        await guide.locator(`[data-scenario=${scenario}]`).check();
        await guide.locator("button[data-node=subscription-1]").click();
        assert.deepEqual(await overflowingLabels(guide), [], `${at} ${scenario}: labels overflow their boxes`);
        assert.deepEqual(await overflowing(guide), [], `${at} ${scenario}: something is wider than the guide`);
        await screenshot(guide.locator(".asg-diagram"), `locale-${lang}-${viewport.width}-${scenario}`);
      }
      assert.deepEqual(await axeViolations(page), [], `axe in ${at}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
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
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "الخطوة 2 من 3");
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
    ["ar-SA", "الخطوة 3 من 3", /أنشأته بحسابك الشخصي/],
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
