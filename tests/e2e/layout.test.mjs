// The walkthrough in a docs column (720 px, as Material, Docusaurus and Learn lay out
// their content) and on a phone (375 px), in four scripts and both directions: the
// buttons sit right by the step's content with no blank field, the primary action stays
// in one place, the step list names the current and the optional steps, and every drawn
// glyph is at least 12 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, useSite, openPage, screenshot, axeViolations } from "./harness.mjs";

const LANGS = ["sv-SE", "de-DE", "ar-SA", "ja-JP"];
const STEPS = ["sign-up", "sign-in", "finish", "add-people", "check"];

/** A docs page: the guide in a content column of `column` px. */
const page = (lang, column, theme) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>Layout</title><link rel="icon" href="data:,">
<script type="module" src="/azure-signup-guide.js"></script>
<link rel="stylesheet" href="/page-layout.css"></head>
<body class="${theme}"><main style="--column: ${column}px"><h1>Azure</h1>
<azure-signup-guide id="g" view="steps"${theme === "dark" ? ' theme="dark"' : ""}></azure-signup-guide></main></body></html>`;

const routes = { "/page-layout.css": { type: "text/css", body: "body{margin:0;font-family:sans-serif}main{max-width:var(--column);margin:0 auto;padding:16px}.dark{background:#111;color:#eee}" } };
for (const lang of LANGS) {
  for (const theme of ["light", "dark"]) routes[`/${lang}-${theme}.html`] = { body: page(lang, 720, theme) };
}
const site = useSite(() => serve(undefined, routes));

/** Where things are, in px from the guide's top: the buttons, the primary one, the shown panel. */
const measure = (guide) =>
  guide.evaluate((host) => {
    const root = host.shadowRoot;
    const top = host.getBoundingClientRect().top;
    const box = (el) => el.getBoundingClientRect();
    const buttons = box(root.querySelector(".asg-step-buttons"));
    const panel = root.querySelector(".asg-step.is-current");
    // The bottom of what the panel shows (its last child), not of the panel box itself.
    const content = [...panel.querySelectorAll(":scope > *, .asg-step-body > *")]
      .map((el) => box(el))
      .filter((r) => r.height > 0);
    const primary = box(root.querySelector(".asg-button--primary"));
    const rtl = root.querySelector(".asg").dir === "rtl";
    return {
      buttonsTop: Math.round(buttons.top - top),
      gapAbove: Math.round(box(panel).top - buttons.bottom),
      blankBelow: Math.round(box(root.querySelector(".asg-walkthrough")).bottom - Math.max(...content.map((r) => r.bottom))),
      primary: { start: Math.round(rtl ? primary.right : primary.left), top: Math.round(primary.top - top) },
      stepper: Math.round(box(root.querySelector(".asg-steps")).height),
    };
  });

/** Rendered size of every glyph drawn in the current step's illustration, in px. */
const drawnSizes = (guide) =>
  guide.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll(".asg-step.is-current .asg-illus text")].map((t) => ({
      text: t.textContent,
      px: Number(t.getAttribute("font-size")) * t.getScreenCTM().a,
    })),
  );

/** Whether the text is drawn where a reader can see it (not clipped to 1 px). */
const visible = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 4 && r.height > 4 && getComputedStyle(el).visibility === "visible";
  });

for (const lang of LANGS) {
  for (const [width, viewport] of [[720, { width: 1280, height: 900 }], [375, { width: 375, height: 812 }]]) {
    test(`${lang} at ${width} px: buttons by the content, primary in one place, names shown, glyphs ≥ 12 px`, async () => {
      const { page, context, problems } = await openPage(site.browser, `${site.server.url}/${lang}-light.html`, { viewport });
      const guide = page.locator("#g");
      const seen = [];
      for (const slug of STEPS) {
        await guide.locator(`[data-step=${slug}]`).click();
        const m = await measure(guide);
        seen.push({ slug, ...m });
        assert.ok(m.gapAbove >= 0 && m.gapAbove <= 96, `${slug}: ${m.gapAbove} px between the buttons and the step`);
        assert.ok(m.blankBelow <= 96, `${slug}: ${m.blankBelow} px of blank under the step's content`);
        for (const { text, px } of await drawnSizes(guide)) assert.ok(px >= 12, `${slug}: "${text}" drawn at ${px.toFixed(1)} px`);
      }
      // Nothing moves from step to step: the buttons' row and the primary action.
      assert.equal(new Set(seen.map((s) => s.buttonsTop)).size, 1, `buttons at ${seen.map((s) => s.buttonsTop).join(", ")}`);
      const primaries = seen.slice(0, 3).map((s) => `${s.primary.start},${s.primary.top}`);
      assert.equal(new Set(primaries).size, 1, `the primary button on steps 1–3 at ${primaries.join(" / ")}`);
      if (width === 375) {
        // The step list names the current step and both optional ones, where a reader sees them.
        await guide.locator("[data-step=sign-in]").click();
        assert.ok(await visible(guide.locator("[data-step=sign-in] .asg-steps-title")), "the current step's name shows");
        assert.ok(!(await visible(guide.locator("[data-step=finish] .asg-steps-title"))), "the others' names are left out");
        for (const slug of ["add-people", "check"]) {
          assert.ok(await visible(guide.locator(`[data-step=${slug}] .asg-steps-title`)), `${slug} is named`);
        }
        assert.ok(await visible(guide.locator(".asg-steps-tag")), "the optional steps are marked as such");
      }
      // Pressing Next (the primary) leaves it under the reader's finger.
      await guide.locator("[data-step=sign-up]").click();
      const before = (await measure(guide)).primary;
      await guide.locator(".asg-button--primary").click();
      assert.deepEqual((await measure(guide)).primary, before, "Next stayed where it was pressed");
      console.log(`# ${lang} ${width}: stepper ${seen[0].stepper} px; gap above ${seen.map((s) => s.gapAbove).join("/")}; blank below ${seen.map((s) => s.blankBelow).join("/")}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test("every step at 1280 and 375 px, light and dark, in sv-SE and ar-SA: screenshots, axe clean", async () => {
  for (const lang of ["sv-SE", "ar-SA"]) {
    for (const theme of ["light", "dark"]) {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
        const { page, context, problems } = await openPage(site.browser, `${site.server.url}/${lang}-${theme}.html`, {
          viewport,
          colorScheme: theme,
        });
        const guide = page.locator("#g");
        for (const slug of STEPS) {
          await guide.locator(`[data-step=${slug}]`).click();
          await screenshot(guide, `layout-${lang}-${theme}-${viewport.width}-${slug}`);
        }
        await guide.locator(".asg-button--primary").click();
        await screenshot(guide, `layout-${lang}-${theme}-${viewport.width}-done`);
        assert.ok(await guide.locator(".asg-done .asg-h3").isVisible(), "the done panel shows");
        assert.deepEqual(await axeViolations(page), [], `axe ${lang} ${theme} ${viewport.width}`);
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  }
});
