// The Hugo kit (scripts/hugo-kit) the way an author uses it: its folders copied into a
// fresh Hugo site's root (Debian 12's Hugo, default Goldmark settings), the shortcode in
// Markdown, `hugo` run, the site served under the sub-path of its baseURL. Then the pages
// in Chromium: live with scripts, the prerendered text (styled) without, dark mode
// followed, and a bad option failing the build with the page and the value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, axeViolations, screenshot, ROOT, useSite, clean, STEP_LABEL, surface, prerenderedPages } from "./harness.mjs";

const SITE = join(ROOT, "tests", "e2e", "hugo");
const WORK = join(ROOT, "target", "hugo-test");
const KIT = join(ROOT, "target", "hugo-kit");

/** A fresh copy of the site with the kit copied in, as docs/embedding.md says. */
function freshSite(dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(SITE, dir, { recursive: true });
  cpSync(KIT, dir, { recursive: true });
}

const site = useSite(() => {
  execFileSync("node", [join(ROOT, "scripts", "hugo-kit.mjs")], { stdio: "inherit" });
  freshSite(join(WORK, "source"));
  rmSync(join(WORK, "served"), { recursive: true, force: true });
  execFileSync("hugo", ["--quiet", "-s", join(WORK, "source"), "-d", join(WORK, "served", "handbok")], { stdio: "inherit" });
  return serve(join(WORK, "served"));
});

/** Opens a page of the site, recording every response that failed. */
async function open(path, options = {}) {
  const failed = [];
  const opened = await openPage(site.browser, `${site.server.url}/handbok/${path}`, {
    ...options,
    prepare: (page) => page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)),
  });
  return { ...opened, failed };
}

test("the shortcode's guide comes alive in the page's language, under the site's sub-path", async () => {
  const { page, context, problems, failed } = await open("guide/");
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("data-ready"), "", "the live guide replaced the prerendered copy");
  assert.equal(await guide.getAttribute("lang"), "sv-SE", "the site's languageCode");
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 1 av 3");
  await guide.getByRole("button", { name: "Nästa", exact: true }).click();
  assert.equal(clean(await guide.locator(STEP_LABEL).textContent()), "Steg 2 av 3");
  assert.equal(await surface(guide), "rgb(255, 255, 255)");
  assert.deepEqual(await axeViolations(page, "azure-signup-guide"), [], "axe on the guide in Hugo");
  await screenshot(page, "hugo-light");
  assert.deepEqual(failed, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without scripts the pages carry the guide's text, styled; a matched lang picks its copy", async () => {
  const pages = [
    ["handbok/guide/", "sv-SE", "Logga in med ditt användarnamn och lösenord för Microsoft 365"],
    ["handbok/del/diagram/", "en-US", "Azure subscription"],
  ];
  await prerenderedPages(site.browser, site.server.url, pages, async (page, path) => {
    assert.equal(clean(await page.locator("azure-signup-guide").textContent()), "", `${path}: the copy is in the shadow root`);
  });
});

test("the guide follows the reader's dark mode", async () => {
  const { page, context, problems } = await open("del/diagram/", { colorScheme: "dark" });
  const guide = page.locator("azure-signup-guide");
  assert.equal(await guide.getAttribute("data-ready"), "");
  assert.equal(await surface(guide), "rgb(28, 29, 33)");
  await screenshot(page, "hugo-dark");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an option or value the element does not take fails the build, naming the page and the value", () => {
  for (const [shortcode, expected] of [
    ['{{< azure-signup-guide lang="tlh" >}}', /broken\.md.*lang="tlh" matches no language of the guide/s],
    ['{{< azure-signup-guide lang="sv-SE view=steps" >}}', /broken\.md.*lang="sv-SE view=steps" matches no language/s],
    ['{{< azure-signup-guide view="everything" >}}', /broken\.md.*view="everything" is not all, steps or diagram/s],
    ['{{< azure-signup-guide step="bogus" >}}', /broken\.md.*step="bogus" is not one of sign-up, sign-in, finish, add-people, check/s],
    ['{{< azure-signup-guide theme="blue" >}}', /broken\.md.*theme="blue" is not one of light, dark, auto/s],
    ['{{< azure-signup-guide lnag="sv" >}}', /broken\.md.*unknown option "lnag"/s],
    ['{{< azure-signup-guide languages="false" >}}', /broken\.md.*languages takes "true"/s],
    ['{{< azure-signup-guide sv-SE >}}', /broken\.md.*write each option as name="value"/s],
  ]) {
    const dir = join(WORK, "broken");
    freshSite(dir);
    writeFileSync(join(dir, "content", "broken.md"), `---\ntitle: "Trasig"\n---\n${shortcode}\n`);
    const build = spawnSync("hugo", ["-s", dir, "-d", join(dir, "public")], { encoding: "utf8" });
    assert.notEqual(build.status, 0, shortcode);
    assert.match(build.stdout + build.stderr, expected);
  }
});
