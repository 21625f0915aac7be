// The reader's own case (issue 14), in the release build: two typed addresses give a
// verdict and the diagram draws the case; the addresses are found nowhere (storage, URL,
// events, attributes, requests, markup); keyboard only; axe; the static form's table and
// the check step's links; RTL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, axeViolations, serve, useSite, clean, readStep, screenshot, keepWasmMemory } from "./harness.mjs";

const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Case</title>
<link rel="icon" href="data:,"><script type="module" src="/azure-signup-guide.js"></script></head>
<body><main><h1>Azure</h1>${body}</main></body></html>`;
const site = useSite(() =>
  serve(undefined, {
    "/ar.html": { body: page("ar-SA", `<azure-signup-guide id="g"></azure-signup-guide>`) },
    "/en.html": { body: page("en-US", `<azure-signup-guide id="g" step="sign-in"></azure-signup-guide>`) },
    // A guide whose bad `scenario` warns each time its attributes are read.
    "/two.html": {
      body: page(
        "en-US",
        `<azure-signup-guide id="a" view="steps" step="sign-in" scenario="nowhere"></azure-signup-guide><azure-signup-guide id="b" view="diagram"></azure-signup-guide>`,
      ),
    },
  }),
);

/** Every guide event's detail, as the page sees it, from the first moment. */
const recordEvents = (page) =>
  page.addInitScript(() => {
    window.__events = [];
    for (const name of ["step", "scenario", "finish", "language", "case", "ready"]) {
      addEventListener(`azure-signup-guide-${name}`, (e) => window.__events.push({ name, detail: JSON.stringify(e.detail ?? null) }));
    }
  });

/** Where an address could be left: storage, the URL, event details, the light DOM, and the
 *  markup of every shadow root (an input's typed value is not markup). */
const everywhere = (page) =>
  page.evaluate(() => {
    const stored = (s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join("\n");
    const shadows = [...document.querySelectorAll("azure-signup-guide")].map((g) => g.shadowRoot?.innerHTML ?? "").join("\n");
    return {
      local: stored(localStorage),
      session: stored(sessionStorage),
      url: location.href,
      events: window.__events.map((e) => `${e.name} ${e.detail}`).join("\n"),
      attributes: document.body.outerHTML.replace(/<template[\s\S]*?<\/template>/g, ""),
      shadows,
      cookies: document.cookie,
    };
  });

test("two typed addresses give a verdict and the page's diagram draws it; the addresses go nowhere", async () => {
  const requests = [];
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/`, {
    prepare: async (p) => {
      await recordEvents(p);
      p.on("request", (r) => requests.push(`${r.url()} ${r.postData() ?? ""}`));
    },
  });
  const steps = tab.locator("#guide-steps");
  const diagram = tab.locator("#guide-diagram");
  await steps.locator("[data-step=sign-in]").click();
  // A disclosure, closed until the reader opens it.
  assert.equal(await steps.locator(".asg-own").isVisible(), false);
  await steps.locator("[data-step-panel=sign-in] summary").click();
  const own = steps.locator(".asg-own");
  await own.locator("input[data-field=m365]").fill("ada.lovelace@contoso.com");
  await own.locator("input[data-field=sign-up]").fill("ada.lovelace@fabrikam.example");
  await own.locator("input[data-field=sign-up]").blur();
  // The verdict names the domains it read (never the part before the @), and is hedged:
  // two work domains can still be one directory.
  assert.match(
    clean(await steps.locator(".asg-answer.is-chosen").textContent()),
    /^Förutsägelse för contoso\.com → fabrikam\.example: Troligen en annan katalog\..*kontrollera under Kataloger \+ prenumerationer/,
  );
  assert.equal(await own.locator("input[type=radio]:checked").count(), 0, "typing checks no choice: the choices are the reader's");
  // The other guide on the page, the diagram, draws the same case.
  await diagram.locator("[data-scenario=other-organization]:checked").waitFor({ state: "attached" });
  assert.match(clean(await diagram.locator(".asg-dir").nth(1).textContent()), /Katalog: Fabrikam/);
  assert.equal(await diagram.getAttribute("case"), "other");

  // A personal Microsoft account: its own directory.
  await own.locator("input[data-field=sign-up]").fill("ada.lovelace@outlook.com");
  assert.match(clean(await steps.locator(".asg-answer.is-chosen").textContent()), /En ny katalog\..*kontospridning/);
  await diagram.locator("[data-scenario=account-sprawl]:checked").waitFor({ state: "attached" });

  const seen = await everywhere(tab);
  for (const [where, text] of Object.entries(seen)) {
    // The typed addresses' own parts (the guide's text mentions outlook.com and contoso.com itself).
    assert.doesNotMatch(text, /lovelace|fabrikam\.example/i, `${where} holds an address: ${text.slice(0, 300)}`);
  }
  assert.match(seen.local, /case=personal/, "the case, and only the case, is kept with the progress");
  // A verdict never outlives its input: an emptied field takes the verdict and the case away,
  // here and from the page's other guide.
  await own.locator("input[data-field=m365]").fill("");
  assert.equal(await steps.locator(".asg-answer.is-chosen").count(), 0);
  await tab.waitForFunction(() => !document.querySelector("#guide-diagram").hasAttribute("case"));
  assert.doesNotMatch((await everywhere(tab)).local, /case=/, "the saved progress keeps no case");
  const cases = await tab.evaluate(() => window.__events.filter((e) => e.name === "case").map((e) => JSON.parse(e.detail)));
  assert.deepEqual(cases, [{ case: "other" }, { case: "personal" }, { case: null }]);
  assert.ok(requests.every((r) => !/lovelace/i.test(r)), "no request carries an address");
  assert.deepEqual(problems, []);
  await context.close();
});

test("typed addresses leave nothing in the wasm's memory once the fields are cleared and the guide removed", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/en.html`, { prepare: keepWasmMemory });
  /** Which of `words` the wasm's memory holds, as UTF-8 (how strings reach the wasm). */
  const holds = (words) => {
    const text = new TextDecoder("latin1").decode(new Uint8Array(window.__wasmMemory.buffer));
    return words.filter((w) => text.includes(w));
  };
  const inMemory = (words) => tab.evaluate(`(${holds})(${JSON.stringify(words)})`);
  /** `words` once none of them is in memory any more (or, after 3 s, those still there). */
  const leftOver = (words) =>
    tab
      .waitForFunction(`(${holds})(${JSON.stringify(words)}).length === 0`, undefined, { timeout: 3000 })
      .then(() => [], () => inMemory(words));
  const guide = tab.locator("#g");
  await guide.locator("[data-step-panel=sign-in] summary").click();
  const own = guide.locator("[data-step-panel=sign-in] .asg-own");
  const field = (name) => own.locator(`input[data-field=${name}]`);
  await field("m365").fill("wipe.probe@qzxalpha.example");
  await field("sign-up").fill("wipe.probe@qzxbeta.example");
  await field("sign-up").blur();
  assert.match(clean(await own.locator(".asg-answer.is-chosen").textContent()), /qzxalpha\.example → qzxbeta\.example/);
  // While the verdict stands, its domains are in the guide's state: the search finds them.
  assert.deepEqual(await inMemory(["qzxalpha", "qzxbeta"]), ["qzxalpha", "qzxbeta"]);
  await field("m365").fill("");
  await field("sign-up").fill("");
  assert.equal(await own.locator(".asg-answer.is-chosen").count(), 0);
  assert.deepEqual(await leftOver(["qzxalpha", "qzxbeta", "wipe.probe"]), [], "cleared fields leave no trace");
  // Typed again, then the guide removed with the verdict standing.
  await field("m365").fill("wipe.probe@qzxgamma.example");
  await field("sign-up").fill("wipe.probe@qzxdelta.example");
  await field("sign-up").blur();
  await own.locator(".asg-answer.is-chosen").waitFor();
  await tab.evaluate(() => document.querySelector("#g").remove());
  assert.deepEqual(await leftOver(["qzxgamma", "qzxdelta", "wipe.probe"]), [], "a removed guide leaves no trace");
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard only: fields, then the choices by arrow keys; focus stays put and the case follows", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/en.html`);
  const guide = tab.locator("#g");
  // The verdict of step 2's box, once it says `expected` (a render follows each key).
  const verdict = async (expected) => {
    const chosen = guide.locator("[data-step-panel=sign-in] .asg-answer.is-chosen");
    await tab.waitForFunction(
      ([re, el]) => new RegExp(re).test(el.shadowRoot.querySelector("[data-step-panel=sign-in] .asg-answer.is-chosen")?.textContent ?? ""),
      [expected.source, await guide.elementHandle()],
      { timeout: 2000 },
    ).catch(() => {});
    assert.match(clean(await chosen.textContent()), expected);
  };
  await guide.locator("[data-step-panel=sign-in] summary").focus();
  await tab.keyboard.press("Enter");
  await tab.keyboard.press("Tab");
  assert.equal(await tab.evaluate(() => document.activeElement.shadowRoot.activeElement?.getAttribute("data-field")), "m365");
  await tab.keyboard.type("grace@contoso.com");
  await tab.keyboard.press("Tab");
  await tab.keyboard.type("grace@contoso.com");
  await verdict(/^Prediction for contoso\.com → contoso\.com: Same directory\./);
  // Typing chose nothing: Tab reaches the group at its first option; the arrows move and choose together.
  await tab.keyboard.press("Tab");
  const focused = () => tab.evaluate(() => document.activeElement.shadowRoot.activeElement?.value ?? null);
  assert.equal(await focused(), "same");
  await tab.keyboard.press("ArrowDown");
  assert.equal(await focused(), "other");
  await verdict(/^Prediction: Probably another directory\./);
  await tab.keyboard.press("ArrowDown");
  await tab.keyboard.press("ArrowDown");
  assert.equal(await focused(), "unknown");
  await verdict(/Can't tell yet\./);
  // Not sure: the diagram draws no case as the reader's, and shows the way to check beside the figure.
  assert.equal(await guide.locator("[data-scenario]:checked").count(), 0);
  const unsure = guide.locator(".asg-captions-item[data-unsure]");
  assert.ok(await unsure.isVisible());
  assert.equal(await unsure.locator("a").getAttribute("href"), "https://portal.azure.com/#settings/directory");
  assert.equal(await guide.locator(".asg-figure.asg-controls .asg-badge").count(), 0, "nothing new before signing up");
  await tab.keyboard.press("ArrowUp");
  assert.equal(await focused(), "personal");
  assert.ok(await guide.locator("[data-scenario=account-sprawl]").isChecked());
  assert.equal(await readStep(guide), "Step 2 of 3", "arrows in the group never move the walkthrough");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an address that does not read is the field's own error, once the reader leaves it; markup is never run", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/en.html`);
  const guide = tab.locator("#g");
  const own = guide.locator(".asg-own").first();
  await guide.locator("[data-step-panel=sign-in] summary").click();
  const field = own.locator("input[data-field=sign-up]");
  const error = own.locator(".asg-field-error").nth(1);
  // No error is described while there is none: an empty field, or one that reads.
  assert.equal(await field.getAttribute("aria-describedby"), null);
  assert.equal(clean(await error.textContent()), "");
  await field.fill("<img src=x onerror=window.__ran=1>");
  assert.equal(await error.isVisible(), false, "nothing said while typing");
  await field.blur();
  assert.ok(await error.isVisible());
  // It appears in an assertive live region (heard when it appears) and is the field's description.
  assert.equal(await error.getAttribute("aria-live"), "assertive");
  assert.equal(clean(await error.textContent()), "The sign-up address doesn't look like an email address.");
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  assert.equal(await field.getAttribute("aria-describedby"), await error.getAttribute("id"));
  // Not a prediction: no verdict, no choice made for the reader.
  assert.equal(await own.locator(".asg-answer.is-chosen").count(), 0);
  assert.equal(await own.locator("input[type=radio]:checked").count(), 0);
  assert.equal(await tab.evaluate(() => window.__ran), undefined);
  assert.equal(await tab.evaluate(() => document.querySelector("#g").shadowRoot.querySelectorAll("img").length), 0);
  // A verdict from earlier text does not stand beside text that does not read.
  await own.locator("input[data-field=m365]").fill("linus@contoso.com");
  await field.fill("linus@fabrikam.example");
  assert.ok(await own.locator(".asg-answer.is-chosen").isVisible());
  await field.fill("linus@");
  await field.blur();
  assert.equal(await own.locator(".asg-answer.is-chosen").isVisible(), false);
  await own.locator("input[data-field=m365]").fill("   ");
  await field.fill("  Linus@Hotmail.CO.UK ");
  assert.equal(await own.locator(".asg-answer.is-chosen").count(), 0, "no verdict without both addresses");
  await own.locator("input[data-field=m365]").fill("linus@contoso.com");
  assert.match(
    clean(await own.locator(".asg-answer.is-chosen").textContent()),
    /^Prediction for contoso\.com → hotmail\.co\.uk: A new directory\./,
    "trimmed, any case",
  );
  assert.equal(await field.getAttribute("aria-invalid"), null, "the mark goes as soon as it reads");
  assert.equal(await field.getAttribute("aria-describedby"), null, "and so does the description");
  assert.equal(await error.isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the verdict is never confidently wrong: consumer mail is a personal account, a tenant's own names are very likely one directory", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/en.html`);
  const guide = tab.locator("#g");
  await guide.locator("[data-step-panel=sign-in] summary").click();
  const own = guide.locator("[data-step-panel=sign-in] .asg-own");
  const verdict = async (m365, signUp) => {
    await own.locator("input[data-field=m365]").fill(m365);
    await own.locator("input[data-field=sign-up]").fill(signUp);
    return clean(await own.locator(".asg-answer.is-chosen").textContent());
  };
  for (const consumer of ["gmail.com", "yahoo.com", "icloud.com", "gmx.de", "web.de", "qq.com", "163.com", "naver.com", "yandex.ru", "mail.ru"]) {
    assert.match(await verdict("alex@contoso.com", `alex@${consumer}`), new RegExp(`^Prediction for contoso\\.com → ${consumer.replace(".", "\\.")}: A new directory\\.`), consumer);
  }
  assert.match(await verdict("alex@contoso.onmicrosoft.com", "alex@contoso.com"), /^Prediction for contoso\.onmicrosoft\.com → contoso\.com: Very likely the same directory\..*Check first/);
  assert.match(await verdict("alex@contoso.com", "alex@fabrikam.com"), /Probably another directory\..*one organization can have several domains/);
  assert.match(await verdict("alex@contoso.com", "alex@contoso.com"), /^Prediction for contoso\.com → contoso\.com: Same directory\./);
  // The case the verdict gives is drawn, hedged or not: very likely the same directory draws that case.
  await verdict("alex@contoso.onmicrosoft.com", "alex@contoso.com");
  await guide.locator("[data-scenario=recommended]:checked").waitFor({ state: "attached" });
  assert.equal(await own.locator("input[type=radio]:checked").count(), 0);
  // A pick is the reader's own: it replaces the typed verdict, and names no domain.
  await own.locator("input[value=personal]").check();
  assert.match(clean(await own.locator(".asg-answer.is-chosen").textContent()), /^Prediction: A new directory\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the case is kept with the progress: a reload shows it again, the fields empty", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/en.html`);
  const guide = tab.locator("#g");
  await guide.locator("[data-step-panel=sign-in] summary").click();
  await guide.locator(".asg-own input[value=other]").first().check();
  await tab.reload();
  await tab.waitForFunction(() => document.querySelector("#g").hasAttribute("data-ready"));
  // Open, with the reader's case chosen and its verdict shown.
  assert.ok(await guide.locator(".asg-own input[value=other]").first().isChecked());
  assert.ok(await guide.locator("[data-step-panel=sign-in] .asg-answer.is-chosen").isVisible());
  assert.ok(await guide.locator("[data-scenario=other-organization]").isChecked(), "the diagram draws it");
  const values = await guide.locator("input[data-field]").evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(values, ["", "", "", ""]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("in the diagram too, in Arabic: the box reads right to left, addresses left to right; axe is clean", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/ar.html`, { colorScheme: "dark" });
  const guide = tab.locator("#g");
  const details = guide.locator(".asg-diagram .asg-own-details");
  await details.locator("summary").click();
  const own = details.locator(".asg-own");
  await own.locator("input[data-field=m365]").fill("layla@contoso.com");
  await own.locator("input[data-field=sign-up]").fill("layla@live.com");
  assert.equal(await guide.locator(".asg").getAttribute("dir"), "rtl");
  assert.equal(await own.locator("input[data-field=sign-up]").getAttribute("dir"), "ltr");
  await guide.locator("[data-scenario=account-sprawl]:checked").waitFor({ state: "attached" });
  // Both boxes of the guide show the one case; step 2's opens to show it.
  assert.ok(await guide.locator("[data-step-panel=sign-in] input[value=personal]").isChecked());
  assert.notEqual(await guide.locator("[data-step-panel=sign-in] .asg-own-details").getAttribute("open"), null);
  const verdict = clean(await own.locator(".asg-answer.is-chosen").textContent());
  assert.ok(/[\u0600-\u06ff]/.test(verdict), verdict);
  await screenshot(guide, "case-ar-dark");
  assert.deepEqual(await axeViolations(tab), []);
  await guide.locator("[data-step=sign-in]").click();
  assert.deepEqual(await axeViolations(tab), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without scripts: the cases as a table, the check step with its portal and help links, nothing to type", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/`, { javaScriptEnabled: false });
  const steps = tab.locator("#guide-steps");
  const table = steps.locator(".asg-case-table");
  assert.ok(await table.isVisible());
  assert.equal(await table.locator("tbody tr").count(), 4);
  assert.match(clean(await table.textContent()), /Ett personligt konto.*en ny, egen katalog.*Registrera dig med ditt Microsoft 365-konto i stället/);
  assert.equal(await steps.locator(".asg-own").isVisible(), false);
  assert.equal(await tab.locator("#guide-diagram .asg-own-details").isVisible(), false);
  const check = steps.locator("[data-step-panel=check]");
  assert.ok(await check.isVisible());
  const hrefs = await check.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.deepEqual(hrefs, [
    "https://portal.azure.com/#settings/directory",
    "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    "https://learn.microsoft.com/sv-se/entra/fundamentals/how-subscriptions-associated-directory",
    "https://learn.microsoft.com/sv-se/azure/role-based-access-control/transfer-subscription",
  ]);
  assert.match(clean(await check.textContent()), /finns inte i artikeln: det är guidens egen hjälp/);
  assert.equal(await check.locator("svg[role=img]").getAttribute("aria-label"), "Illustration av sidan Kataloger + prenumerationer i Azure-portalen, med den aktuella katalogen markerad.");
  await context.close();
});

test("without scripts on a phone: the cases' table stacks inside its card, and the page never scrolls sideways", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/`, { javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  const steps = tab.locator("#guide-steps");
  const table = steps.locator(".asg-case-table");
  assert.ok(await table.isVisible());
  const card = await steps.locator(".asg").boundingBox();
  const box = await table.boundingBox();
  assert.ok(box.x >= card.x && box.x + box.width <= card.x + card.width + 0.5, `table ${box.x}+${box.width} in card ${card.x}+${card.width}`);
  assert.match(clean(await table.locator("tbody tr").nth(2).textContent()), /Ett personligt konto/);
  const sideways = await tab.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
  assert.ok(sideways <= 0, `the page scrolls ${sideways} px sideways`);
  await screenshot(tab, "case-table-phone-no-js");
  await context.close();
});

test("a case picked in one guide reaches the other; coming back to the first, it reads nothing again; a task's changes are one update", async () => {
  const warnings = [];
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/two.html`, {
    prepare: (p) => p.on("console", (m) => m.type() === "warning" && /scenario must be/.test(m.text()) && warnings.push(m.text())),
  });
  const [a, b] = [tab.locator("#a"), tab.locator("#b")];
  assert.equal(warnings.length, 1, "the bad attribute is said once, at mount");
  await a.locator("[data-step-panel=sign-in] summary").click();
  await a.locator(".asg-own input[type=radio][value=personal]").check();
  // The other guide draws it; the picking guide got it back as its `case` too.
  await b.locator("[data-scenario=account-sprawl]:checked").waitFor({ state: "attached" });
  assert.equal(await a.getAttribute("case"), "personal");
  assert.equal(await a.locator(".asg-own input[type=radio][value=personal]").isChecked(), true);
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  assert.equal(warnings.length, 1, "the case coming back read no other attribute: nothing said again");
  // The page sets the language and another case in one task: one update, one reading.
  await tab.evaluate(() => {
    const guide = document.getElementById("a");
    guide.setAttribute("lang", "sv-SE");
    guide.setAttribute("case", "other");
  });
  await a.locator(".asg[lang=sv-SE]").waitFor({ state: "attached" });
  assert.equal(await a.locator(".asg-own input[type=radio][value=other]").isChecked(), true, "the page's case is the guide's");
  assert.equal(warnings.length, 2, "two attributes changed in one task: read once");
  await context.close();
});
