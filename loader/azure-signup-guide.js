// @ts-check
// <azure-signup-guide>: the embed loader. Defines the custom element and mounts one
// independent guide into each element's shadow root. scripts/post-build.mjs wraps this
// file: for dist/azure-signup-guide.js it imports the wasm-bindgen glue and passes the
// wasm's URL beside this file (so any base path or CDN folder works); for the single-file
// page it inlines the glue and passes the wasm's bytes.
//
// A page may carry the guide prerendered in a declarative shadow root, readable without
// scripts. The live guide is rendered off-screen first and swapped in within one task,
// so the content does not jump; if the wasm cannot run, the prerendered guide stays, in
// its static form (every step shown, controls hidden). What the reader does to the
// prerendered guide before the live one is in is not lost (see `keepIntents`).

import { keepIntents } from "./intents.js";

const TAG = "azure-signup-guide";

/**
 * The document's own methods and getters, taken from its prototype: a host page's
 * `<img name="querySelectorAll">` or `<form name="body">` (named elements shadow the
 * document's properties) cannot break the loader.
 */
const DOC = Document.prototype;
const docGet = (/** @type {string} */ name) => /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(DOC, name)).get?.call(document);
const queryAll = (/** @type {string} */ selector) => DOC.querySelectorAll.call(document, selector);
const queryOne = (/** @type {string} */ selector) => DOC.querySelector.call(document, selector);
const create = (/** @type {string} */ tag) => DOC.createElement.call(document, tag);
/** How long the download and start of the wasm may take before the guide gives up. */
const LOAD_TIMEOUT_MS = 6000;
/**
 * The rules the loader follows before the wasm is in, written by src/bin/prerender.rs
 * from the Rust code (`walkthrough::saved`, `StepId`, `Case`): where saved progress is
 * kept and its form, the steps. (The fragment's key, `FRAGMENT_KEY`, is the element's name.)
 * @typedef {{ storagePrefix: string, savedVersion: string, savedLimit: number,
 *   steps: string[], required: number, finishFrom: number, cases: string[], accounts: string[],
 *   passedMask: number }} Contract
 */
/**
 * A mounted guide, as `mount` (src/embed.rs) returns it.
 * @typedef {{ update(caseOnly: boolean): void, unmount(): void, free(): void, root(): Element }} GuideHandle
 */
/**
 * What `defineGuide` was given: the glue's functions, the wasm, the stylesheet, the
 * load-error texts and the catalog files of the languages the wasm does not carry.
 * @typedef {{ init: Function, mount: (host: Element, root: Element, rendered: () => void) => GuideHandle,
 *   catalogNeeded: (host: Element) => string | undefined, followLink: () => void,
 *   styleSource: URL | string, styleIntegrity: string | null,
 *   addCatalog: (tag: string, file: string) => void, wasmSource: URL | Uint8Array,
 *   wasmIntegrity: string | null, loadError: { text: string, record: number }, matches: Record<string, string>,
 *   contract: Contract, catalogHash: string | null, catalogs: Record<string, string> }} Runtime
 * @type {Runtime | null}
 */
let runtime = null;
/** @type {Promise<void> | null} The first paint, waited for once (see `afterFirstPaint`). */
let painted = null;
let ready = null;
/** Ends the wait for the first paint early: the reader has started using the guide. */
let startNow = () => {};

/**
 * Resolves once the browser reports the page's first contentful paint, so the guide's
 * download never competes with the host page's first paint (nor, in Lighthouse's
 * simulation, with its LCP). Without that report (no paint timing, or nothing contentful
 * on the page), 300 ms after the first frame was drawn; in a hidden tab, which draws
 * nothing, after 300 ms.
 */
function afterFirstPaint() {
  return new Promise((resolve) => {
    let observer = null;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    startNow = done;
    const later = () => setTimeout(done, 300);
    // The second animation frame starts once the first has been drawn.
    if (document.visibilityState === "hidden") later();
    else requestAnimationFrame(() => requestAnimationFrame(later));
    if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return;
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length) done();
    });
    observer.observe({ type: "paint", buffered: true });
  });
}

/**
 * Loads the wasm and the stylesheet once for the whole page and builds the shared
 * constructed stylesheet. Only a download (a URL) waits for the first paint; bytes
 * already in the page (the single file) start at once.
 */
function loadOnce() {
  if (!ready) {
    const start = runtime.wasmSource instanceof URL ? (painted ??= afterFirstPaint()) : Promise.resolve();
    // The wasm is fetched with its hash pinned: a changed file is refused, not run.
    const source = () =>
      runtime.wasmSource instanceof URL
        ? fetch(runtime.wasmSource, runtime.wasmIntegrity ? { integrity: runtime.wasmIntegrity } : {})
        : runtime.wasmSource;
    ready = start.then(() => Promise.all([styleText(), runtime.init({ module_or_path: source() })])).then(([text]) => {
      // Constructed stylesheets only (Chrome 73, Firefox 101, Safari 16.4): a <style>
      // element would be blocked by the CSP the guide documents. Without them the guide
      // keeps its static form, like any other failure.
      if (!("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype)) {
        throw new Error("this browser cannot adopt constructed stylesheets");
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }
  return ready;
}

/**
 * The guide's stylesheet as text, read once: the wasm does not carry it. Where a copy on
 * the page links the same file (every prerendered copy does), its loaded rules are read,
 * so the reader downloads it once; else it is fetched with its hash pinned. The single
 * file has it inline.
 * @returns {Promise<string>}
 */
async function styleText() {
  const url = runtime.styleSource;
  if (!(url instanceof URL)) return url;
  // Every copy links the same file: the first that links it answers for all.
  for (const host of queryAll(TAG)) {
    const link = host.shadowRoot?.querySelector(`link[href$="${TAG}.css"]`);
    if (!(link instanceof HTMLLinkElement) || link.href !== url.href) continue;
    // Still on its way: its load ends the wait; its failure (which may have come already,
    // unseen) or a second without either, and it is fetched below.
    if (!link.sheet) await new Promise((done) => ((link.onload = link.onerror = done), setTimeout(done, 1000)));
    try {
      // A link whose file failed (a 404 page) may still have an empty sheet: fetched below.
      if (link.sheet?.cssRules.length) return Array.from(link.sheet.cssRules, (rule) => rule.cssText).join("\n");
    } catch {
      // Another origin's rules, without CORS, cannot be read: fetched instead.
    }
    break;
  }
  // A failed download (a 404 fails the integrity check first) is the stylesheet's, not the wasm's.
  const failed = (why) => new Unavailable(`the guide's stylesheet could not be loaded (${why}, ${url}); showing the static guide`);
  const response = await fetch(url, { integrity: runtime.styleIntegrity ?? "" }).catch((error) => {
    throw failed(error.message);
  });
  if (!response.ok) throw failed(response.status);
  return response.text();
}

/** @type {Map<string, Promise<string>>} Each language's catalog file, fetched once. */
const catalogTexts = new Map();

/**
 * The text of the catalog file for `tag`: from the page (the single file, where
 * `catalogs` holds the texts), or fetched after the first paint like the wasm, named by
 * the build's hash and pinned by its integrity (what `catalogs` holds then).
 * @param {string} tag
 */
function catalogText(tag) {
  let text = catalogTexts.get(tag);
  if (!text) {
    const source = Object.hasOwn(runtime.catalogs, tag) ? runtime.catalogs[tag] : null;
    text = !source
      ? Promise.reject(new Error(`no catalog file for ${tag}`))
      : !runtime.catalogHash
        ? Promise.resolve(source)
        : (painted ??= afterFirstPaint())
            .then(() => fetch(new URL(`./azure-signup-guide-${runtime.catalogHash}.${tag}.txt`, import.meta.url), { integrity: source }))
            .then((response) => {
              if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
              return response.text();
            });
    catalogTexts.set(tag, text);
  }
  return text;
}

/**
 * Starts fetching, beside the wasm, the catalog the guide will most likely need: that of
 * its prerendered copy's language, else of the nearest `lang` (by the widget's own matcher). The
 * wasm decides which one it needs (`catalogNeeded`); this only saves a round trip.
 * @param {Element} host
 */
function prefetchCatalog(host) {
  const tag = closestTag(host.shadowRoot?.querySelector(".asg[lang]")?.getAttribute("lang") || host.closest("[lang]")?.getAttribute("lang"));
  if (tag) catalogText(tag).catch(() => {});
}

/**
 * The shipped locale for a `lang` value, by the widget's own rule (`Locale::closest`): a
 * well-formed tag, lower-cased, then with its last subtag dropped until a key matches a
 * shipped tag, one of the variants (`runtime.matches`, written from the Rust table at
 * build time: zh-HK → zh-TW, pt → pt-BR), or a language (the first tag of it). `null`
 * when nothing matches.
 * @param {string | null | undefined} lang
 * @returns {string | null}
 */
function closestTag(lang) {
  let key = String(lang ?? "").trim().toLowerCase();
  if (!/^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z0-9]{1,8})*$/.test(key)) return null;
  const tags = Object.keys(runtime.catalogs);
  while (key) {
    const found =
      tags.find((t) => t.toLowerCase() === key) ??
      (Object.hasOwn(runtime.matches, key) ? runtime.matches[key] : undefined) ??
      tags.find((t) => t.split("-")[0].toLowerCase() === key);
    if (found) return found;
    key = key.slice(0, Math.max(0, key.lastIndexOf("-")));
  }
  return null;
}

/**
 * Gives the wasm the catalog of the language `host` reads in, if it lacks it; resolves to
 * whether the guide has its language now. A file that cannot be had (or is another
 * build's, which the wasm refuses) is said in the console.
 * @param {Element} host
 * @returns {Promise<boolean>}
 */
async function ensureCatalog(host) {
  const tag = runtime.catalogNeeded(host);
  if (!tag) return true;
  try {
    runtime.addCatalog(tag, await catalogText(tag));
  } catch (error) {
    console.warn(`${TAG}: the ${tag} messages could not be loaded`, error);
  }
  return !runtime.catalogNeeded(host);
}

/** Rejects after `LOAD_TIMEOUT_MS`: what an instance waits for the wasm before it shows
 *  its static form (the download goes on, and the guide comes alive if it arrives). */
class LoadTimeout extends Error {}
/** The language a guide reads in, or its stylesheet, could not be had: it is not mounted. */
class Unavailable extends Error {}
/**
 * A limit of `LOAD_TIMEOUT_MS`: `late` rejects then, naming what is late (the wasm, or
 * once the wasm is in, the language file); `cancel` clears it.
 * @param {() => string | null} lateLanguage the language whose file is still awaited, if the wasm is in
 * @param {string} [failure] what failed, when waiting longer does not help (an error, not a late load)
 */
function timeout(lateLanguage, failure = "") {
  let timer = 0;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const tag = lateLanguage();
      const what = tag ? `the ${tag} language file is not here` : "no wasm";
      reject(failure ? new Error(failure) : new LoadTimeout(`${what} after ${LOAD_TIMEOUT_MS / 1000} s; showing the static guide until it arrives`));
    }, LOAD_TIMEOUT_MS);
  });
  return { late, cancel: () => clearTimeout(timer) };
}

/**
 * What comes first, `work` or `limit` running out; the timer is cleared either way (it
 * would otherwise keep the guide that waited in memory until it fires).
 * @template T
 * @param {Promise<T>} work
 * @param {{ late: Promise<unknown>, cancel: () => void }} limit
 * @returns {Promise<T>}
 */
function within(work, limit) {
  return /** @type {Promise<T>} */ (Promise.race([work, limit.late]).finally(limit.cancel));
}

/**
 * The message for a guide that could not load, in its reader's language when that
 * language's file can be had within 2 s (the message is one record of it, its place
 * given by the build), else in en-US, the one text the loader carries.
 * @param {Element} element
 * @returns {Promise<{ text: string, lang: string }>}
 */
async function loadErrorText(element) {
  const tag = closestTag(element.closest("[lang]")?.getAttribute("lang")) ?? closestTag(navigator.language);
  const file = tag && tag !== "en-US"
    ? await Promise.race([catalogText(tag), new Promise((resolve) => setTimeout(resolve, 2000))]).catch(() => null)
    : null;
  const text = typeof file === "string" ? file.split("\x1e")[runtime.loadError.record] : null;
  return text && tag ? { text, lang: tag } : { text: runtime.loadError.text, lang: "en-US" };
}

/**
 * A step named as `StepId::from_slug` reads it: a slug in any case, or its number from 1
 * as Rust reads a number (a plus sign and leading zeros allowed), after trimming.
 * @param {string | null | undefined} value
 * @param {string[]} slugs
 */
function namedStep(value, slugs) {
  const v = String(value ?? "").trim();
  const slug = slugs.find((s) => s === v.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  if (slug) return slug;
  const n = /^\+?[0-9]+$/.test(v) ? Number(v.replace("+", "")) : 0;
  return n >= 1 && n <= slugs.length ? slugs[n - 1] : null;
}

/**
 * Saved progress as `walkthrough::decode` reads it, field by field, refusing what it
 * refuses (longer than the limit, another version, an unknown field or value, no step):
 * the step, and whether the reader finished. `null` when it would be ignored.
 * @param {string | null} saved
 * @param {Contract} rules
 */
function readSaved(saved, rules) {
  const { steps: slugs, cases } = rules;
  if (typeof saved !== "string" || new TextEncoder().encode(saved).length > rules.savedLimit) return null;
  const [version, ...fields] = saved.split(";");
  if (version !== rules.savedVersion) return null;
  let step = null;
  let finished = false;
  for (const field of fields) {
    const at = field.indexOf("=");
    const [key, value] = at < 0 ? [field, null] : [field.slice(0, at), field.slice(at + 1)];
    let ok = false;
    if (key === "step") {
      ok = slugs.includes(value ?? "");
      step = value;
    } else if (key === "done") {
      ok = value === "0" || value === "1";
      finished = value === "1";
    } else if (key === "passed") ok = /^(0|[1-9][0-9]?)$/.test(value ?? "") && (Number(value) & ~rules.passedMask) === 0;
    else if (key === "case") ok = cases.includes(value ?? "");
    else if (key === "account") ok = rules.accounts.includes(value ?? "");
    if (!ok) return null;
  }
  if (!step) return null;
  // Finished only rests on a step where finishing is allowed (the third, or after it).
  return { step, finished: finished && slugs.indexOf(step) >= rules.finishFrom };
}

/**
 * Shows, on the prerendered copy, the step the live guide will open on, so a reader who
 * comes back at step 3 never sees step 1 while the wasm loads. Every step is in the copy
 * already: this only moves the marks of the current step. The choice follows `mount` in
 * src/embed.rs: a `#azure-signup-guide=` link, then the saved progress (same storage
 * key), then the `step` attribute; anything it cannot read leaves the copy as it is,
 * and the live guide decides again when it replaces the copy.
 */
function showOpeningStep(host, shadow) {
  const top = shadow?.querySelector(".asg");
  // Only instances in the document itself: inside other shadow roots the key has more
  // parts (see `storage_key` in src/embed.rs), and the live guide will decide anyway.
  if (!top || host.getRootNode() !== document) return;
  const rules = runtime.contract;
  const slugs = rules.steps;
  let saved = null;
  try {
    const instance = host.id || Math.max(0, [...queryAll(TAG)].indexOf(host));
    saved = localStorage.getItem(`${rules.storagePrefix}${location.pathname}:${instance}`);
  } catch {
    // Storage blocked: the live guide warns about it.
  }
  const progress = readSaved(saved, rules);
  // A link to a step opens it on the page's first guide only (`take_fragment`).
  const hash = location.hash.replace(/^#/, "");
  const key = `${TAG}=`;
  const fragment = hash.startsWith(key) && queryOne(TAG) === host ? namedStep(hash.slice(key.length), slugs) : null;
  const step = fragment || progress?.step || namedStep(host.getAttribute("step"), slugs);
  if (!step) return;
  const finished = !fragment && progress?.step === step && progress.finished;
  const panel = finished ? "done" : step;
  for (const el of top.querySelectorAll("[data-step-panel]")) {
    el.classList.toggle("is-current", el.getAttribute("data-step-panel") === panel);
  }
  const order = slugs.indexOf(step);
  for (const tab of top.querySelectorAll("[data-step]")) {
    const at = slugs.indexOf(tab.getAttribute("data-step"));
    const current = at === order && !finished;
    tab.classList.toggle("is-current", current);
    tab.setAttribute("aria-selected", String(current));
    tab.tabIndex = at === order ? 0 : -1;
  }
  const required = rules.required;
  const bar = top.querySelector(".asg-progress-bar");
  bar?.setAttribute("data-done", String(finished || order >= required ? required : order + 1));
}

/**
 * Whether the page is dark or light, as the docs site says it: Docusaurus
 * (`html[data-theme]`), Furo (`body[data-theme]`), MkDocs Material
 * (`[data-md-color-scheme]`), mdBook (a theme class on `html`), else the page's own
 * `color-scheme`. `null` when the page says nothing (the system's preference then applies).
 * @returns {"dark" | "light" | null}
 */
function pageTheme() {
  const html = docGet("documentElement");
  const body = docGet("body");
  const named = (/** @type {string | null | undefined} */ value) =>
    value === "dark" || value === "light" ? value : null;
  const material = (body ?? html).closest("[data-md-color-scheme]")?.getAttribute("data-md-color-scheme");
  const book = ["coal", "navy", "ayu"].some((c) => html.classList.contains(c))
    ? "dark"
    : ["light", "rust"].some((c) => html.classList.contains(c))
      ? "light"
      : null;
  const scheme = getComputedStyle(html).colorScheme.trim();
  return (
    named(html.getAttribute("data-theme")) ??
    named(body?.getAttribute("data-theme")) ??
    (material === "slate" ? "dark" : material === "default" ? "light" : null) ??
    book ??
    (scheme === "dark" ? "dark" : scheme === "light" ? "light" : null)
  );
}

/**
 * When the page says nothing: the background `guide` sits on, dark or light by its
 * luminance (the first ancestor with a background that is not transparent), else null.
 * @param {Element} guide
 * @returns {"dark" | "light" | null}
 */
function backgroundTheme(guide) {
  for (let el = guide.parentElement; el; el = el.parentElement) {
    const [r, g, b, a = 1] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    if (b === undefined || a === 0) continue;
    const linear = (/** @type {number} */ c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    // Below about 0.18 white text reads better than black: the page is dark there.
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18 ? "dark" : "light";
  }
  return null;
}

/** Marks every guide with the page's theme now (`data-host-theme`, for the CSS). */
function markPageTheme() {
  const page = pageTheme();
  for (const guide of queryAll(TAG)) {
    const theme = page ?? backgroundTheme(guide);
    if (theme) guide.setAttribute("data-host-theme", theme);
    else guide.removeAttribute("data-host-theme");
  }
}

/** The turn of the last instance to mount. */
let turns = Promise.resolve();
/**
 * Resolves in a task of its own, after the instances before it: many guides on one page
 * mount one per task, so input is answered between them instead of after all of them.
 */
function nextTurn() {
  const turn = turns.then(() => new Promise((resolve) => setTimeout(resolve)));
  turns = turn;
  return turn;
}


class AzureSignupGuide extends HTMLElement {
  /** Marks this loader's element, so a second copy of the loader knows it as its own. */
  static loader = Symbol.for(TAG);
  /** This build's fingerprint (the hash that names its files), set by `defineGuide`. */
  static build = "";

  /** The live guide's handle from the wasm (`mount`), once it is in. */
  #handle = null;
  /** What the reader does to the prerendered guide while the live one loads. */
  #kept = null;
  /** An observed attribute changed during this start, before the handle was in. */
  #changedWhileMounting = false;
  /** The current start's controller (see `#start`). */
  #run = null;

  static get observedAttributes() {
    return ["lang", "step", "scenario", "view", "languages", "case"];
  }

  /** True between a removal and the microtask that tears the guide down. */
  #leaving = false;

  connectedCallback() {
    // Moved (removed and inserted in one task): the guide goes on as it is.
    if (this.#leaving) {
      this.#leaving = false;
      return;
    }
    try {
      // A closed shadow root (from the page's own markup) cannot be reached: say so
      // before anything is mounted, rather than fail later and blame the wasm.
      if (!this.shadowRoot) this.attachShadow({ mode: "open" });
    } catch {
      console.error(`${TAG}: a closed shadow root cannot be started (use shadowrootmode="open"); its copy stays static.`);
      // The copy's own stylesheet shows its static form (every step, no controls).
      this.setAttribute("data-static", "");
      return;
    }
    try {
      // What the reader does to a prerendered copy is kept until the live guide is in.
      showOpeningStep(this, this.shadowRoot);
      markPageTheme();
      this.#start(keepIntents(this.shadowRoot, () => startNow()));
    } catch (error) {
      console.error(`${TAG}: could not start; the copy is shown static`, error);
      if (this.shadowRoot?.querySelector(".asg")) this.setAttribute("data-static", "");
    }
  }

  disconnectedCallback() {
    this.#leaving = true;
    queueMicrotask(() => {
      if (!this.#leaving) return;
      this.#leaving = false;
      const live = Boolean(this.#handle);
      this.#stop();
      // A live guide goes (re-insertion mounts a fresh one); a prerendered copy stays,
      // so the element keeps its content whatever happens next.
      if (live) this.shadowRoot?.replaceChildren();
    });
  }

  /** @type {Set<string> | null} The attributes changed in this task, applied together after it. */
  #changed = null;

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    // Mounting read the attributes already; a change before the live guide is in (another
    // guide's language pick, say) is applied once it is, or it would be lost.
    if (!this.#handle) {
      this.#changedWhileMounting = true;
      return;
    }
    // One update for all the changes a task makes (a page setting `lang` and `case`
    // together); `case` alone (another guide's, or this guide's own coming back: the
    // loader sets it on every guide) is followed without reading the rest again.
    if (!this.#changed) {
      const changed = (this.#changed = new Set());
      queueMicrotask(() => {
        this.#changed = null;
        if (changed.size === 1 && changed.has("case")) this.#handle?.update(true);
        else this.#follow();
      });
    }
    this.#changed.add(name);
  }

  /** The running guide follows its attributes and keeps what the reader did. */
  #follow() {
    // A new language may need its messages first (a fetch; without them the guide stays
    // in its language, src/embed.rs); anything else applies at once.
    if (runtime.catalogNeeded(this)) ensureCatalog(this).then(() => this.#handle?.update(false));
    else this.#handle?.update(false);
  }

  #start(kept = null) {
    // One controller per start: stopping (removal, a restart) aborts it, and every step
    // below that runs later checks it.
    const run = (this.#run = new AbortController());
    this.#changedWhileMounting = false;
    const current = () => this.isConnected && !run.signal.aborted;
    this.#kept = kept;
    prefetchCatalog(this);
    // The wasm carries no text: without its language a guide is not mounted, and its
    // prerendered copy turns static (or the load message shows), as when the wasm fails.
    const withLanguage = async (sheet) => {
      if (!(await ensureCatalog(this))) throw new Unavailable("the guide's language file could not be loaded; showing the static guide");
      return sheet;
    };
    let waitingFor = null;
    let ended = false;
    const arrival = loadOnce().then((sheet) => {
      if (ended) throw new Unavailable("ended");
      waitingFor = runtime.catalogNeeded(this) ?? null;
      return withLanguage(sheet);
    });
    // The language the wasm will ask for, where the page names it: the nearest `lang`, by
    // the wasm's own rule (an own `lang` first, else the nearest ancestor's). Its file
    // failing ends the wait at once, as the wasm failing does, not when the wasm is in.
    const wanted = closestTag(this.closest("[lang]")?.getAttribute("lang"));
    const languageFails = !wanted
      ? arrival
      : catalogText(wanted).then(
          () => arrival,
          (error) => {
            throw new Unavailable(`the ${wanted} language file could not be loaded (${error.message}); showing the static guide`);
          },
        );
    within(Promise.race([arrival, languageFails]), timeout(() => waitingFor))
      .then(async (sheet) => {
        await nextTurn();
        if (!current()) return;
        const root = create("div");
        // The app says when its first render is in `root` (an effect, after Yew commits
        // it); the swap follows in the same task, so no frame shows an empty guide.
        let rendered;
        const firstRender = new Promise((resolve) => (rendered = resolve));
        const handle = runtime.mount(this, root, rendered);
        // A render that never comes (the wasm stopped while rendering) gives up like a
        // failed load: the copy turns static instead of looking alive.
        await within(firstRender, timeout(() => null, "the guide did not render"));
        // Removed, or restarted, while the guide was rendering.
        if (!current()) {
          handle.unmount();
          handle.free();
          return;
        }
        const pending = kept?.take();
        this.#kept = null;
        const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
        shadow.adoptedStyleSheets = [sheet];
        // The guide's own root: a fresh one, or a parked app's (src/embed.rs, `Pooled`).
        shadow.replaceChildren(handle.root());
        this.removeAttribute("data-static");
        this.#handle = handle;
        // Mounting read the attributes after this start fetched its language: a language
        // set since (another guide's pick) may have been mounted without its messages.
        if (this.#changedWhileMounting || runtime.catalogNeeded(this)) this.#follow();
        // The live guide is in: a failure to replay loses presses, not the guide.
        await pending?.(shadow).catch((error) => console.warn(`${TAG}: could not replay the presses made while loading`, error));
        if (run.signal.aborted) return;
        // The live guide answers from now on.
        this.setAttribute("data-ready", "");
        this.dispatchEvent(new CustomEvent(`${TAG}-ready`, { bubbles: true, composed: true }));
      })
      .catch((error) => {
        const late = error instanceof LoadTimeout;
        ended = !late;
        if (late) console.warn(`${TAG}: ${error.message}`);
        else if (error instanceof Unavailable) console.error(`${TAG}: ${error.message}`);
        else console.error(`${TAG}: the guide's WebAssembly could not be loaded or run`, error);
        if (run.signal.aborted) return;
        kept?.stop();
        // A slow download still counts: the guide comes alive when what was late arrives
        // (this start's own wait, not a new one: nothing is reported again meanwhile).
        if (late) arrival.then(() => current() && this.#start(), () => {});
        if (this.shadowRoot?.querySelector(".asg")) {
          // The prerendered guide stays, with every step shown.
          this.setAttribute("data-static", "");
          return;
        }
        const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
        loadErrorText(this).then(({ text, lang }) => {
          if (run.signal.aborted) return;
          const message = create("p");
          message.setAttribute("role", "alert");
          message.lang = lang;
          message.textContent = text;
          shadow.replaceChildren(message);
        });
      });
  }

  /** An in-page link to a step (`#azure-signup-guide=finish`) was followed: the page's
   *  first guide opens that step (src/embed.rs applies a link once per following, so a
   *  remount does not undo what the reader did since). */
  static followLink() {
    if (!location.hash.startsWith(`#${TAG}=`)) return;
    const first = queryOne(TAG);
    if (!(first instanceof AzureSignupGuide) || !first.#handle) return;
    // A link followed is a new request, even to the step a link opened before.
    runtime.followLink();
    first.#stop();
    first.#start();
    first.scrollIntoView({ block: "nearest" });
  }

  #stop() {
    this.#run?.abort();
    this.#run = null;
    this.#kept?.stop();
    this.#kept = null;
    this.removeAttribute("data-ready");
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle.free();
      this.#handle = null;
    }
  }
}

/**
 * Defines the element. `init`, `mount`, `catalogNeeded`, `addCatalog`: the
 * wasm-bindgen glue's; `wasmSource`: the wasm's URL (fetched with `wasmIntegrity`) or its
 * bytes; `styleSource`: the stylesheet's URL (fetched with `styleIntegrity` where no copy
 * on the page has it) or its text; `loadError`: the message shown when the wasm cannot load, in en-US, and the record
 * of a catalog file that holds it; `matches`: the keys `Locale::closest` looks a `lang` up
 * in (both from src/bin/prerender.rs); `catalogHash` and `catalogs`: the build's hash that
 * names the catalog files, and per language its file's integrity; or no hash, and per
 * language its text (the single file). scripts/post-build.mjs appends the call.
 * @param {Runtime} given
 */
// eslint-disable-next-line no-unused-vars -- called by the line post-build appends
function defineGuide(given) {
  runtime = given;
  AzureSignupGuide.build = given.catalogHash ?? "single-file";
  // Another copy of this loader (a page that includes it twice) already defined the element:
  // nothing to do. Anything else under our name is another script's element, and wins.
  const existing = customElements.get(TAG);
  if (!existing) {
    customElements.define(TAG, AzureSignupGuide);
    addEventListener("hashchange", () => AzureSignupGuide.followLink());
    // A language picked in one guide's menu is the page's: every guide follows it.
    // The guide that asked may sit in another element's shadow root: it is set too.
    addEventListener("azure-signup-guide-language", (event) => {
      const lang = /** @type {CustomEvent} */ (event).detail?.lang;
      if (typeof lang !== "string") return;
      for (const guide of [event.composedPath()[0], ...queryAll(TAG)]) {
        if (guide instanceof Element) guide.setAttribute("lang", lang);
      }
    });
    // The reader's own case (only the case, never an address) is the page's too: every
    // guide gets it as `case`, so a diagram elsewhere on the page draws it; `null` (the
    // addresses that gave it no longer read) takes it away from every guide.
    addEventListener("azure-signup-guide-case", (event) => {
      const value = /** @type {CustomEvent} */ (event).detail?.case;
      if (typeof value !== "string" && value !== null) return;
      for (const guide of [event.composedPath()[0], ...queryAll(TAG)]) {
        if (!(guide instanceof Element) || guide.getAttribute("case") === value) continue;
        if (value === null) guide.removeAttribute("case");
        else guide.setAttribute("case", value);
      }
    });
    // The site's dark-mode toggle changes a class or attribute on <html> or <body>.
    const watch = new MutationObserver(markPageTheme);
    const options = { attributes: true, attributeFilter: ["class", "data-theme", "data-md-color-scheme"] };
    watch.observe(docGet("documentElement"), options);
    if (docGet("body")) watch.observe(docGet("body"), options);
    else addEventListener("DOMContentLoaded", () => docGet("body") && watch.observe(docGet("body"), options), { once: true });
  } else if (Reflect.get(existing, "loader") !== AzureSignupGuide.loader) {
    console.warn(`${TAG}: another script already defined <${TAG}>; its element is used, not this guide.`);
  } else if (Reflect.get(existing, "build") !== AzureSignupGuide.build) {
    // Two builds of the guide on one page: the first defined wins, silently otherwise.
    console.warn(
      `${TAG}: two builds on this page: ${Reflect.get(existing, "build")}, loaded first, runs every guide; ${AzureSignupGuide.build} is unused. Load one build.`,
    );
  }
}
