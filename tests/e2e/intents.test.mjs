// The input replay (loader/intents.js) held to its contract directly, in the browser: a
// copy of the guide in a shadow root, what a reader does to it, and a "live" copy to
// replay onto. The whole loader's use of it is tested in demo.test.mjs and reliability.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, useSite } from "./harness.mjs";

const site = useSite(async () => ({ close: async () => {} }));
const source = readFileSync(join(ROOT, "loader", "intents.js"), "utf8").replace(/^export function /gm, "function ");

/** A page with a guide-like copy in a shadow root and the replay's functions on `window`. */
async function copyPage() {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const infos = [];
  page.on("console", (m) => m.type() === "info" && infos.push(m.text()));
  await page.setContent(`<div id="host"></div>`);
  await page.addScriptTag({ content: `${source}\nwindow.keepIntents = keepIntents;` });
  await page.evaluate(() => {
    const markup = `<div class="asg"><button id="a">A</button><button id="b">B</button>
      <select class="asg-select"><option value="sv-SE">Svenska</option><option value="en-US">English</option></select></div>`;
    window.markup = markup;
    const shadow = document.getElementById("host").attachShadow({ mode: "open" });
    shadow.innerHTML = markup;
    window.firstPresses = 0;
    window.kept = window.keepIntents(shadow, () => window.firstPresses++);
  });
  return { page, context, infos };
}

/** Replays onto a live copy (`changed` makes it differ) and returns what it received. */
const replayOnto = (page, changed) =>
  page.evaluate(async (changed) => {
    const live = document.createElement("div").attachShadow({ mode: "open" });
    live.innerHTML = changed ? window.markup.replace("B</button>", "B2</button>") : window.markup;
    const heard = [];
    live.addEventListener("click", (e) => heard.push(`click ${e.target.id}`));
    live.addEventListener("keydown", (e) => heard.push(`key ${e.key}`));
    live.addEventListener("change", (e) => heard.push(`value ${e.target.value}`));
    await window.kept.take()(live);
    return heard;
  }, changed);

test("no prerendered copy, nothing kept", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.addScriptTag({ content: `${source}\nwindow.keepIntents = keepIntents;` });
  assert.equal(await page.evaluate(() => window.keepIntents(null, () => {})), null);
  await context.close();
});

test("presses, keys and the language are replayed in order; a repeat counts once; the first press is reported once", async () => {
  const { page, context } = await copyPage();
  const inCopy = (selector) => page.locator(`#host ${selector}`);
  await inCopy("#a").click();
  await inCopy("#a").click();
  await inCopy("#b").focus();
  await page.keyboard.press("ArrowRight");
  await inCopy("select").selectOption("en-US");
  assert.equal(await page.evaluate(() => window.firstPresses), 1);
  assert.deepEqual(await replayOnto(page, false), ["click a", "key ArrowRight", "value en-US"]);
  await context.close();
});

test("nothing is replayed onto other content, and the console says so", async () => {
  const { page, context, infos } = await copyPage();
  await page.locator("#host #a").click();
  assert.deepEqual(await replayOnto(page, true), []);
  assert.ok(infos.some((t) => /not replayed/.test(t)), infos.join(" | "));
  await context.close();
});

test("stopping ends the listening", async () => {
  const { page, context } = await copyPage();
  await page.evaluate(() => window.kept.stop());
  await page.locator("#host #a").click();
  assert.equal(await page.evaluate(() => window.firstPresses), 0);
  await context.close();
});
