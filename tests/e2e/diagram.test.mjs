// The diagram as a new reader meets it, on a laptop and on a phone: the rule and both
// futures before any click, each case's change in view with its control, text a phone can
// read at the reader's own font size, names a screen reader can use, every case without
// scripts, and forced colours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, axeViolations, screenshot, useSite, serve, clean } from "./harness.mjs";

const page = (lang, attrs = "") => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Diagram</title><link rel="icon" href="data:,">
<script type="module" src="/azure-signup-guide.js"></script><style>body{margin:0;padding:8px 8px 100vh}</style></head>
<body><main><h1>Diagram</h1><azure-signup-guide id="d" view="diagram" ${attrs}></azure-signup-guide></main></body></html>`;

/** A docs page: `header` px of the site's own sticky header above the guide (a laptop's
 *  docs header with its tabs about 120, a phone's about 60), and the page says so with
 *  scroll-padding-top, as Docusaurus does. */
const docs = (lang, header) =>
  page(lang).replace(
    "<style>body{margin:0;padding:8px 8px 100vh}</style>",
    `<style>html{scroll-padding-top:${header + 8}px}body{margin:0;padding:0 8px 100vh}header{position:sticky;top:0;height:${header}px;overflow:hidden;background:#ddd;z-index:1}</style>`,
  ).replace("<body>", "<body><header>Docs</header>");

const site = useSite(() =>
  serve(undefined, {
    ...Object.fromEntries(
      ["sv-SE", "de-DE", "ar-SA"].flatMap((lang) => [120, 0].map((h) => [`/docs-${lang.slice(0, 2)}-${h}.html`, { body: docs(lang, h) }])),
    ),
    "/sv.html": { body: page("sv-SE") },
    "/ar.html": { body: page("ar-SA") },
    "/dark.html": { body: page("sv-SE", 'theme="dark"') },
  }),
);

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

/** The part of `box` that lies inside the viewport below `header` px, as a share of its height (0 to 1). */
async function inView(locator, viewport, header = 0) {
  const box = await locator.boundingBox();
  if (!box || box.height === 0) return 0;
  const top = Math.max(box.y, header);
  const bottom = Math.min(box.y + box.height, viewport.height);
  return Math.max(0, bottom - top) / box.height;
}

test("before any click: the rule, you once with one account, and only what the recommended case makes", async () => {
  const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/sv.html`, { viewport: LAPTOP });
  const figure = tab.locator("#d .asg-figure.asg-controls");
  assert.match(clean(await figure.locator(".asg-rule").textContent()), /^Regeln: en prenumeration hamnar i katalogen/);
  assert.equal(await figure.locator(".asg-person").count(), 1);
  assert.match(clean(await figure.locator(".asg-person").textContent()), /en person, ett konto$/);
  // With the Microsoft 365 account: one directory, one new Azure subscription next to Microsoft 365.
  assert.equal(await figure.locator(".asg-dirs > li").count(), 1);
  const contoso = figure.locator(".asg-dirs > li").nth(0);
  assert.ok(await contoso.locator("button[data-node=subscription-0]").isVisible());
  assert.ok(await contoso.locator("button[data-node=subscription-1]").isVisible());
  assert.equal(await figure.locator(".asg-badge").count(), 1, "one thing is new: the Azure subscription");
  assert.match(await contoso.locator("button[data-node=subscription-1]").getAttribute("aria-label"), /i katalogen Contoso, ny$/);
  // Another account is another case, drawn when picked: a new directory, all of it new.
  await tab.locator("#d [data-scenario=account-sprawl]").check();
  const personal = figure.locator(".asg-dirs > li").nth(1);
  assert.match(clean(await personal.locator("button[data-node=directory-1]").textContent()), /Katalog: Personlig/);
  assert.equal(await figure.locator(".asg-badge").count(), 3);
  assert.match(clean(await figure.locator(".asg-person").textContent()), /2 konton: ett i varje katalog$/);
  assert.deepEqual(problems, []);
  await context.close();
});

// A laptop under a docs site's header (about 120 px with its tabs); a phone whose site
// header has scrolled away, as Material's and Docusaurus's can hide theirs.
for (const [size, viewport, HEADER] of [["laptop", LAPTOP, 120], ["phone", PHONE, 0]]) {
  for (const lang of ["sv", "de", "ar"]) {
    test(`${size}, ${lang}, under a docs site's ${HEADER} px header: each choice, what it changes and what it says are on screen together, and nothing moves`, async () => {
      const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/docs-${lang}-${HEADER}.html`, { viewport });
      const guide = tab.locator("#d");
      // The reader has scrolled to the cases: right under the site's header.
      await guide.locator(".asg-cases").evaluate((el) => el.scrollIntoView({ block: "start" }));
      assert.ok(await inView(guide.locator(".asg-cases"), viewport, HEADER) === 1, "the cases start under the header");
      // Where the figure is on the page (not on the screen: the page may be nudged).
      const figureTop = () =>
        guide.locator(".asg-figure.asg-controls .asg-figure-body").evaluate((el) => el.getBoundingClientRect().top + scrollY);
      const before = await figureTop();
      for (const [slug, path] of [
        ["account-sprawl", ["directory-1", "user-2", "subscription-1"]],
        ["other-organization", ["directory-1", "user-2", "subscription-1"]],
        ["share", ["subscription-1", "user-0"]],
        ["recommended", ["user-1", "subscription-1"]],
      ]) {
        await guide.locator(`[data-scenario=${slug}]`).check();
        await tab.evaluate(() => new Promise(requestAnimationFrame));
        assert.equal(await inView(guide.locator(`[data-scenario=${slug}]`), viewport, HEADER), 1, `${slug}: the control`);
        assert.ok(await guide.locator(`[data-scenario=${slug}]`).evaluate((el) => el.getRootNode().activeElement === el), `${slug}: focus stays on the choice`);
        const caption = guide.locator(".asg-captions-item:not(.is-hidden)");
        assert.equal(await inView(caption, viewport, HEADER), 1, `${slug}: what the case says`);
        // The marked path, whole, with your organization's directory first in every case.
        for (const key of path) {
          assert.equal(await inView(guide.locator(`button[data-node=${key}]`), viewport, HEADER), 1, `${slug}: ${key} on screen`);
          assert.match(await guide.locator(`.asg-node:has(button[data-node=${key}])`).getAttribute("class"), /is-path/);
        }
        assert.match(clean(await guide.locator(".asg-dirs > li").first().locator(".asg-node-label").first().textContent()), /Contoso/);
        assert.equal(await figureTop(), before, `${slug}: the figure stays where it is on the page`);
        // The viewport as the reader sees it (an element shot would scroll the page).
        await screenshot(tab, `diagram-${size}-${lang}-${slug}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test("phone: the figure's text is at least 12 px and nothing spills out of its box", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/ar.html`, { viewport: PHONE });
  const guide = tab.locator("#d");
  await guide.locator("button[data-node=subscription-1]").click();
  const smallest = await guide.evaluate((host) => {
    const figure = host.shadowRoot.querySelector(".asg-figure.asg-controls");
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    let min = Infinity;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || el.closest(".asg-vh, legend")) continue;
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });
  assert.ok(smallest >= 12, `smallest text ${smallest}px`);
  const spilling = await guide.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll(".asg-figure.asg-controls .asg-node")].filter((n) => n.scrollWidth > n.clientWidth + 1).length,
  );
  assert.equal(spilling, 0);
  const width = await guide.evaluate((host) => host.shadowRoot.querySelector(".asg-figure.asg-controls").scrollWidth);
  assert.ok(width <= PHONE.width, `the figure is ${width}px wide`);
  await context.close();
});

test("the reader's own font size is followed", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/sv.html`);
  const label = () =>
    tab.locator("#d button[data-node=subscription-1].asg-node-label").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.equal(await label(), 16);
  // The browser's default font size, as a reader sets it in the settings.
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 24 } });
  await tab.reload();
  await tab.waitForFunction(() => document.querySelector("#d").hasAttribute("data-ready"));
  assert.equal(await label(), 24);
  await context.close();
});

test("screen readers: names identify each box, descriptions add only what the name does not say", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/sv.html`);
  const guide = tab.locator("#d");
  await guide.locator("[data-scenario=account-sprawl]").check();
  for (const [name, description] of [
    ["Azure-prenumeration, i katalogen Personlig, ny", "du skapade den med ditt personliga konto och äger den"],
    ["Microsoft 365-prenumeration, i katalogen Contoso", "ägs av katalogen, hanteras av Alex"],
    ["Ditt personliga konto, i katalogen Personlig, nytt", ""],
    ["Katalog: Personlig, ny", ""],
    ["Alex, administratör, i katalogen Contoso", ""],
  ]) {
    // Matched as the accessibility tree names them (no-break spaces read as spaces).
    const exact = new RegExp(`^${name.replace(/ /g, "[ \\u00a0]")}$`);
    const button = guide.getByRole("button", { name: exact });
    assert.equal(await button.count(), 1, name);
    const described = await button.evaluate((b) => {
      const id = b.getAttribute("aria-describedby");
      return id ? b.getRootNode().getElementById(id).textContent : "";
    });
    assert.equal(described.replace(/\u00a0/g, " "), description, `${name}: description`);
  }
  // Only what this case made: no Azure subscription in Contoso.
  assert.equal(await guide.getByRole("button", { name: /^Azure-prenumeration, i katalogen Contoso/ }).count(), 0);
  const names = await guide.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll("button.asg-node-button")].map((b) => b.getAttribute("aria-label")).join("|"),
  );
  assert.doesNotMatch(names, /[\u2068\u2069\u200e\u200f]/);
  // In every case, a name says "new" exactly where the box shows the badge: only what the
  // case makes, never what was there before.
  for (const [slug, fresh] of [
    ["recommended", ["subscription-1"]],
    ["account-sprawl", ["directory-1", "user-2", "subscription-1"]],
    ["other-organization", ["subscription-1"]],
    ["share", []],
  ]) {
    await guide.locator(`[data-scenario=${slug}]`).check();
    const marks = await guide.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll(".asg-figure.asg-controls button.asg-node-button")].map((b) => ({
        key: b.dataset.node,
        named: /, (ny|nytt)$/.test(b.getAttribute("aria-label").replace(/\u00a0/g, " ")),
        badge: !!b.querySelector(".asg-badge"),
      })),
    );
    assert.deepEqual(marks.filter((m) => m.named).map((m) => m.key).sort(), [...fresh].sort(), `${slug}: named new`);
    assert.deepEqual(marks.filter((m) => m.badge).map((m) => m.key).sort(), [...fresh].sort(), `${slug}: badged new`);
  }
  await context.close();
});

test("a new case is announced; the first one is not", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/sv.html`);
  const guide = tab.locator("#d");
  const live = guide.locator(".asg-figure [aria-live=polite]");
  assert.equal(clean(await live.textContent()), "", "silent on load");
  await guide.locator("[data-scenario=account-sprawl]").check();
  assert.match(clean(await live.textContent()), /^Ett personligt konto: Med ett annat konto, ett personligt/);
  await context.close();
});

test("without JavaScript: every case's end state with its captions, nothing to press", async () => {
  // The demo page carries the prerendered guide (scripts/post-build.mjs).
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/`, { javaScriptEnabled: false });
  const guide = tab.locator("#guide-diagram");
  const cases = guide.locator(".asg-cases-static");
  assert.ok(await cases.isVisible());
  assert.equal(await guide.locator(".asg-figure.asg-controls").isVisible(), false, "no case to pick");
  const figures = cases.locator(".asg-figure");
  // One figure per case, each with only its own "new" marks and its own "You" line.
  assert.equal(await figures.count(), 4);
  const said = async (i) => clean(await figures.nth(i).textContent());
  // Each figure is named by its case, whose caption comes first.
  assert.match(await said(0), /^Samma konto \(rekommenderas\).*hamnar Azure-prenumerationen i Contoso.*en person, ett konto/);
  assert.doesNotMatch(await said(0), /Personlig/, "the same-account case has no personal directory");
  assert.match(await said(1), /^Ett personligt konto.*kontospridning.*2 konton.*Katalog: Personlig/);
  assert.match(await said(2), /^Ett arbetskonto i en annan organisation.*i den organisationens katalog, Fabrikam.*Katalog: Fabrikam/);
  assert.match(await said(3), /Dela prenumerationen.*Du ger Alex åtkomst/);
  assert.match(await said(3), /Alex har också åtkomst \(Azure RBAC\)/);
  const badges = await figures.evaluateAll((all) => all.map((f) => f.querySelectorAll(".asg-badge").length));
  assert.deepEqual(badges, [1, 3, 1, 0], "sharing makes nothing new");
  assert.equal(await cases.locator("button, input").count(), 0);
  assert.equal(await cases.locator(".asg-rule").count(), 1, "the rule once, not before every figure");
  assert.equal(await cases.getByRole("figure", { name: /^Ett personligt konto/ }).count(), 1, "a figure is named by its case");
  await screenshot(guide, "diagram-no-js");
  await context.close();
});

test("axe is clean on every case with a box open, light and dark", async () => {
  for (const path of ["sv.html", "dark.html", "ar.html"]) {
    const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}/${path}`);
    const guide = tab.locator("#d");
    for (const slug of ["recommended", "account-sprawl", "other-organization", "share"]) {
      await guide.locator(`[data-scenario=${slug}]`).check();
      await guide.locator("button[data-node=subscription-1]").click();
      assert.deepEqual(await axeViolations(tab, "azure-signup-guide"), [], `${path} ${slug}`);
      await guide.locator("button[data-node=subscription-1]").click();
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("forced colours: the open box, the path and what is new stay distinct", async () => {
  const { page: tab, context } = await openPage(site.browser, `${site.server.url}/sv.html`, { forcedColors: "active" });
  const guide = tab.locator("#d");
  // The picked case is marked by an outline: it does not grow and push its neighbours.
  const neighbour = () => guide.locator("label.asg-case").nth(2).boundingBox();
  const before = await neighbour();
  await guide.locator("[data-scenario=account-sprawl]").check();
  assert.deepEqual(await neighbour(), before, "the cases stay where they are");
  assert.equal(await guide.locator("label.asg-case").nth(1).evaluate((l) => getComputedStyle(l).outlineStyle), "solid");
  await guide.locator("button[data-node=subscription-1]").click();
  const style = (key) =>
    guide.locator(`.asg-node:has(button[data-node=${key}])`).evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, outlineWidth: s.outlineWidth, start: s.borderInlineStartWidth, border: s.borderTopStyle };
    });
  const open = await style("subscription-1");
  assert.equal(open.outline, "solid", "the open box has its outline");
  assert.equal(open.outlineWidth, "3px");
  const path = await style("user-2");
  assert.equal(path.start, "5px", "the path keeps its thick edge, also where it is related to the open box");
  assert.equal(path.outline, "dotted", "related: a dotted outline");
  const fresh = await style("directory-1");
  assert.equal(fresh.border, "dashed", "new is dashed");
  const old = await style("subscription-0");
  assert.equal(old.border, "solid");
  await screenshot(guide.locator(".asg-figure.asg-controls"), "diagram-forced-colors");
  await context.close();
});
