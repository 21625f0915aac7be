// Faults a host page or a network can bring, each ending in a guide that answers or a
// static copy that reads: a closed declarative shadow root, a page whose named elements
// clobber the document's methods, a step link followed twice, saved progress and links
// read the same by the copy and by the live guide, page data that names a prototype key,
// a language file that never arrives or fails while the wasm is on its way, two builds
// of the guide on one page, and the stylesheet (downloaded once, or not at all).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve, useSite, openPage, holdWasm, settled, clean, readStep, DIST, STEP_LABEL } from "./harness.mjs";

const copy = (lang, view, mode = "open", attrs = "") =>
  readFileSync(join(DIST, "prerendered", `${lang}-${view}.html`), "utf8")
    .replace('shadowrootmode="open"', `shadowrootmode="${mode}"`)
    .replace(`<azure-signup-guide `, `<azure-signup-guide id="g" ${attrs} `);
const page = (body, lang = "sv-SE", head = "") => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>F</title>
<link rel="icon" href="data:,">${head}<script type="module" src="/azure-signup-guide.js"></script></head><body><main>${body}</main></body></html>`;
const loader = readFileSync(join(DIST, "azure-signup-guide.js"), "utf8");
const wasm = readdirSync(DIST).find((f) => f.endsWith(".wasm"));

const site = useSite(() =>
  serve(undefined, {
    "/closed.html": { body: page(copy("sv-SE", "steps", "closed")) },
    "/clobbered.html": {
      body: page(`<img name="querySelectorAll" alt=""><img name="querySelector" alt=""><form name="body"></form>${copy("sv-SE", "steps")}`),
    },
    // The framework itself creates elements through the document: this one cannot run.
    "/clobbered-create.html": { body: page(`<img name="createElement" alt="">${copy("sv-SE", "steps")}`) },
    "/links.html": { body: page(`<p><a id="to-finish" href="#azure-signup-guide=finish">Slutför</a> <a id="to-more" href="#more">Mer</a></p>${copy("sv-SE", "steps")}<h2 id="more">Mer</h2>`) },
    "/agree.html": { body: page(copy("sv-SE", "steps")) },
    "/proto.html": { body: page(`<azure-signup-guide id="g" lang="constructor"></azure-signup-guide>`, "constructor") },
    "/plain.html": { body: page(`<azure-signup-guide id="g"></azure-signup-guide>`) },
    // The same loader under another build's fingerprint (its catalogs named by another hash).
    "/azure-signup-guide-other.js": { type: "text/javascript", body: loader.replace(/catalogHash:"([0-9a-f]+)"/, 'catalogHash:"0000000000000000"') },
    "/two-builds.html": {
      body: page(`<azure-signup-guide id="g"></azure-signup-guide>`, "sv-SE", '<script type="module" src="/azure-signup-guide-other.js"></script>'),
    },
  }),
);

test("a closed declarative shadow root: the copy turns static within 10 s, and the console says why", async () => {
  const errors = [];
  const { page, context } = await openPage(site.browser, `${site.server.url}/closed.html`, {
    settle: false,
    prepare: (page) => page.on("console", (m) => m.type() === "error" && errors.push(m.text())),
  });
  await page.waitForFunction(() => document.querySelector("#g").hasAttribute("data-static"), null, { timeout: 10_000 });
  assert.ok(errors.some((e) => /closed shadow root/.test(e)), errors.join(" | "));
  await context.close();
});

test("a page whose named elements shadow the document's methods: the guide still comes alive", async () => {
  // The page's own document.querySelectorAll is broken too: wait by id.
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/clobbered.html`, { settle: false });
  await page.waitForFunction(() => document.getElementById("g").hasAttribute("data-ready"), null, { timeout: 10_000 });
  await page.locator("#g").getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(await readStep(page.locator("#g")), "Steg 2 av 3");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a page that shadows document.createElement: the guide cannot run, and its copy ends static within 10 s", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/clobbered-create.html`, { settle: false });
  const started = Date.now();
  await page.waitForFunction(() => document.getElementById("g").hasAttribute("data-static"), null, { timeout: 12_000 });
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 10, `${seconds} s`);
  await context.close();
});

test("a step link followed again, after moving on and following another link, opens its step again", async () => {
  const { page, context, problems } = await openPage(site.browser, `${site.server.url}/links.html`);
  const guide = page.locator("#g");
  await page.locator("#to-finish").click();
  await page.waitForFunction(() => document.querySelector("#g").hasAttribute("data-ready"));
  await page.waitForFunction(() => document.querySelector("#g").shadowRoot.querySelector(".asg-step.is-current")?.dataset.stepPanel === "finish");
  await guide.locator("[data-step=sign-up]").click();
  assert.equal(await readStep(guide), "Steg 1 av 3");
  await page.locator("#to-more").click();
  await page.locator("#to-finish").click();
  await page.waitForFunction(() => document.querySelector("#g").shadowRoot?.querySelector(".asg-step.is-current")?.dataset.stepPanel === "finish");
  await settled(page);
  assert.equal(await readStep(guide), "Steg 3 av 3");
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [what, prepare, expected] of [
  ["a link by number with a plus sign", { hash: "#azure-signup-guide=+2" }, "Steg 2 av 3"],
  ["a link by number with a leading zero", { hash: "#azure-signup-guide=03" }, "Steg 3 av 3"],
  ["saved progress with an unknown field", { saved: "v1;step=finish;done=0;__proto__=x" }, "Steg 1 av 3"],
  ["saved progress naming a step by number", { saved: "v1;step=3;done=0" }, "Steg 1 av 3"],
  ["saved progress over 200 bytes but not 200 characters", { saved: `v1;step=finish;done=0;case=${"é".repeat(90)}` }, "Steg 1 av 3"],
  ["saved progress with a lone surrogate", { saved: "v1;step=finish;done=0;case=\uD800" }, "Steg 1 av 3"],
  ["saved progress the guide reads", { saved: "v1;step=finish;done=0;passed=3" }, "Steg 3 av 3"],
]) {
  test(`the copy and the live guide open on the same step: ${what}`, async () => {
    let wasmHold;
    const { page, context } = await openPage(site.browser, `${site.server.url}/agree.html${prepare.hash ?? ""}`, {
      settle: false,
      prepare: async (page) => {
        wasmHold = await holdWasm(page);
        if (prepare.saved) {
          await page.addInitScript((saved) => localStorage.setItem("azure-signup-guide:v1:/agree.html:g", saved), prepare.saved);
        }
      },
    });
    const guide = page.locator("#g");
    await guide.locator(STEP_LABEL).waitFor();
    const copied = await readStep(guide);
    wasmHold.release();
    await settled(page);
    assert.equal(copied, expected, "the copy");
    assert.equal(await readStep(guide), expected, "the live guide");
    await context.close();
  });
}

test("page data that names a prototype key (lang=\"constructor\") gets the real message, not an object's source", async () => {
  const { page, context } = await openPage(site.browser, `${site.server.url}/proto.html`, {
    settle: false,
    prepare: (page) => page.route(`**/${wasm}`, (r) => r.fulfill({ status: 404, body: "" })),
  });
  const alert = page.locator("#g [role=alert]");
  await alert.waitFor({ timeout: 15_000 });
  assert.match(clean(await alert.textContent()), /^The guide couldn't be loaded/);
  assert.doesNotMatch(clean(await alert.textContent()), /native code|function/);
  await context.close();
});

test("a language file that never arrives is named in one warning, not retried without end", async () => {
  const warnings = [];
  const { page, context } = await openPage(site.browser, `${site.server.url}/plain.html`, {
    settle: false,
    prepare: async (page) => {
      page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
      await page.route("**/*.sv-SE.txt", () => new Promise(() => {}));
    },
  });
  await page.waitForTimeout(14_000);
  const late = warnings.filter((w) => /late|not here|no wasm/.test(w));
  assert.equal(late.length, 1, late.join(" | "));
  assert.match(late[0], /the sv-SE language file is not here after 6 s/);
  await context.close();
});

test("two builds of the guide on one page: a warning names both", async () => {
  const warnings = [];
  const { context } = await openPage(site.browser, `${site.server.url}/two-builds.html`, {
    prepare: (page) => page.on("console", (m) => m.type() === "warning" && warnings.push(m.text())),
  });
  // Both fingerprints: the fake older build's, and this build's own.
  assert.ok(warnings.some((w) => /two builds on this page: \w+, loaded first.*; \w+ is unused/.test(w) && /0000000000000000/.test(w) && /[0-9a-f]{16} is unused/.test(w)), warnings.join(" | "));
  await context.close();
});

test("a language file that fails ends the wait at once, while the wasm is still on its way", async () => {
  const errors = [];
  let wasmHold;
  const { page, context } = await openPage(site.browser, `${site.server.url}/agree.html`, {
    settle: false,
    prepare: async (page) => {
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      wasmHold = await holdWasm(page);
      await page.route("**/*.sv-SE.txt", (r) => r.fulfill({ status: 404, body: "" }));
    },
  });
  // The wasm is held: only the language file's failure can end the wait (the timeout is 6 s).
  await page.waitForFunction(() => document.getElementById("g").hasAttribute("data-static"), null, { timeout: 3_000 });
  assert.ok(errors.some((e) => /the sv-SE language file could not be loaded/.test(e)), errors.join(" | "));
  // The wasm arriving later changes nothing: the copy stays static, nothing more is said.
  const said = errors.length;
  wasmHold.release();
  await page.waitForTimeout(1_000);
  assert.ok(await page.evaluate(() => document.getElementById("g").hasAttribute("data-static")));
  assert.equal(await page.evaluate(() => document.getElementById("g").hasAttribute("data-ready")), false);
  assert.equal(errors.length, said, errors.join(" | "));
  await context.close();
});

test("the stylesheet is downloaded once: read from a copy that links it, else fetched; the wasm does not carry it", async () => {
  const css = readFileSync(join(DIST, "azure-signup-guide.css"));
  // A rule only the stylesheet has, so that finding it in the wasm would mean a second copy.
  assert.ok(css.includes("forced-colors"));
  assert.equal(readFileSync(join(DIST, wasm)).includes("forced-colors"), false, "the wasm carries no stylesheet");
  for (const [path, guides] of [["/agree.html", 1], ["/plain.html", 1], ["/", 2]]) {
    const requests = [];
    const { page, context, problems } = await openPage(site.browser, `${site.server.url}${path}`, {
      settle: false,
      prepare: (page) => page.on("requestfinished", (r) => new URL(r.url()).pathname === "/azure-signup-guide.css" && requests.push(r)),
    });
    await page.waitForFunction((n) => document.querySelectorAll("azure-signup-guide[data-ready]").length === n, guides, { timeout: 10_000 });
    assert.equal(requests.length, 1, `${path}: one request for the stylesheet`);
    const body = await (await requests[0].response()).body();
    assert.equal(body.length, css.length, `${path}: the stylesheet's bytes, once`);
    // Every live guide has it, as the one constructed sheet, and is styled by it.
    for (const styled of await page.$$eval("azure-signup-guide", (hosts) =>
      hosts.map((h) => ({
        rules: h.shadowRoot.adoptedStyleSheets[0]?.cssRules.length ?? 0,
        position: getComputedStyle(h.shadowRoot.querySelector(".asg-vh")).position,
      })),
    )) {
      assert.ok(styled.rules > 50, `${path}: ${styled.rules} rules adopted`);
      assert.equal(styled.position, "absolute", `${path}: the live guide is styled`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

for (const [path, shown] of [
  ["/plain.html", "the load message"],
  ["/agree.html", "the copy, static"],
]) {
  test(`a stylesheet that cannot be had (${path}): the guide is not mounted, ${shown} stays, and the console says why`, async () => {
    const errors = [];
    const { page, context } = await openPage(site.browser, `${site.server.url}${path}`, {
      settle: false,
      prepare: async (page) => {
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        // As a server's 404 page: the copy's own link fails too.
        await page.route("**/azure-signup-guide.css", (r) => r.fulfill({ status: 404, contentType: "text/html", body: "<p>Not found</p>" }));
      },
    });
    if (path === "/plain.html") await page.locator("#g").getByRole("alert").waitFor({ timeout: 8_000 });
    else await page.waitForFunction(() => document.getElementById("g").hasAttribute("data-static"), null, { timeout: 8_000 });
    assert.ok(errors.some((e) => /the guide's stylesheet could not be loaded/.test(e)), errors.join(" | "));
    assert.ok(!errors.some((e) => /WebAssembly/.test(e)), "the wasm is not blamed");
    assert.equal(await page.evaluate(() => document.getElementById("g").hasAttribute("data-ready")), false, "no live guide without its styles");
    await context.close();
  });
}
