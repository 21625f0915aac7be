// @ts-check
// What a reader does to a prerendered guide before the live one is in, kept and replayed.
// scripts/post-build.mjs puts this file before loader/azure-signup-guide.js in the built
// loader (its `export` dropped).
//
// The contract, each rule with the end-to-end test that holds it (tests/e2e/intents.test.mjs
// holds the module on its own; demo.test.mjs and reliability.test.mjs the loader's use):
// - presses (clicks on buttons, inputs and the diagram's nodes), the guide's keys (arrows,
//   Home, End, Escape; Enter and Space where no native click follows) and the language
//   choice are kept, in order, and replayed on the live guide ("replayed in order";
//   "carried over", "a language chosen on the prerendered guide");
// - a press repeated on the same control counts once: the reader was retrying a control
//   that did not answer ("a repeat counts once");
// - nothing is replayed when the live guide opens on other content than the copy showed
//   (saved progress, another language), and the console says so ("nothing is replayed
//   onto other content"; "carried over", the reload with saved progress);
// - focus goes to the same control, without scrolling, and only if the swap dropped it
//   ("the replay gives focus back without scrolling the page");
// - a disclosure opened (or closed) on the copy is so on the live guide, and text typed
//   into the copy's address fields is put into the live fields with an `input` event so
//   the guide reads it, focus back in the field typed in (demo.test.mjs: "a box opened and
//   addresses typed on the prerendered guide are carried over"). The text is held in this
//   closure only until the replay: never stored, logged or sent;
// - the first press, once, ends the wait for the page's first paint (`onFirstPress`;
//   "the first press is reported once");
// - `stop` ends the listening ("stopping ends the listening");
// - a failed replay costs the presses, never the guide: the loader catches and logs it.

/** Keys the live guide answers; Enter and Space only where no native click follows them. */
const GUIDE_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "Escape"]);
const NATIVE = "a, button, input, select, textarea, summary";

/**
 * The prerendered guide looks like the live one before the live one is in. What the
 * reader does to it meanwhile is kept: presses, the guide's keys and the language choice
 * are replayed on the live guide, in order, and focus moves to the same control. A press
 * repeated on the same control counts once (a reader retrying a control that did not
 * answer). Nothing is replayed when the live guide opens on other content (saved
 * progress, another language): the presses were meant for what was on screen. Returns
 * `null` when there is no prerendered guide; otherwise `{ stop, take }`, where `take()`
 * (called just before the swap) stops listening and returns `replay(shadow)`.
 * @param {ShadowRoot | null} shadow the element's shadow root, maybe holding a prerendered copy
 * @param {() => void} onFirstPress called at the reader's first press
 * @returns {{ stop(): void, take(): (live: ShadowRoot) => Promise<void> } | null}
 */
export function keepIntents(shadow, onFirstPress) {
  const top = shadow?.querySelector(".asg");
  if (!top) return null;
  // What the copy showed, taken at the first press (pressing changes no attribute), so a
  // reader who never presses costs nothing.
  let shown = null;
  const intents = [];
  const pathOf = (el) => {
    const path = [];
    for (; el && el !== top; el = el.parentElement) path.unshift(Array.prototype.indexOf.call(el.parentElement?.children ?? [], el));
    return el === top ? path : null;
  };
  const first = () => {
    if (shown === null) {
      shown = looks(top);
      onFirstPress();
    }
  };
  const keep = (target, intent) => {
    const path = target && pathOf(target);
    if (!path) return;
    first();
    const next = { ...intent, path };
    if (JSON.stringify(intents[intents.length - 1]) !== JSON.stringify(next)) intents.push(next);
  };
  const listeners = {
    click(event) {
      // A disclosure answers on the copy too: its state is taken at the swap, not its presses.
      if (event.target.closest?.("summary")) return first();
      const target = event.target.closest?.("button, [role=button], input");
      if (target) keep(target, { type: "click", text: target.textContent });
    },
    keydown(event) {
      const { key, target } = event;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest?.("input, select, textarea")) return;
      if (GUIDE_KEYS.has(key) || ((key === "Enter" || key === " ") && !target.closest?.(NATIVE))) {
        keep(target, { type: "key", key });
      }
    },
    // Typing changes no attribute: what the copy showed is taken before the first key.
    beforeinput: first,
    change(event) {
      if (event.target.tagName === "SELECT") keep(event.target, { type: "value", value: event.target.value });
    },
  };
  // One controller for every listener: `stop` ends them all at once.
  const listening = new AbortController();
  const stop = () => listening.abort();
  for (const [name, listener] of Object.entries(listeners)) {
    shadow.addEventListener(name, listener, { capture: true, signal: listening.signal });
  }
  return {
    stop,
    take() {
      stop();
      const active = shadow.activeElement;
      const focused = active && { path: pathOf(active), text: active.textContent };
      // Each disclosure's state, and each address field's text.
      /** @type {NodeListOf<HTMLDetailsElement & HTMLInputElement>} */
      const boxes = top.querySelectorAll("details, input[data-field]");
      const typed = [...boxes].map((e) => ({ path: pathOf(e), open: e.open, value: e.value }));
      return (live) => replay(live.querySelector(".asg"), { shown, focused, intents, typed });
    },
  };
}

/**
 * What the guide shows: its text, and every element with its attributes in a fixed order
 * (every step is in the page, the current one marked by a class, so the text alone does
 * not tell; the prerendered and the live guide write attributes in different orders).
 * `checked` is left out: the prerendered copy writes it as an attribute, the live guide
 * sets the property, and the radios' classes and captions already tell the case.
 */
function looks(top) {
  const elements = [top, ...top.querySelectorAll("*")];
  const attributes = (e) => [...e.attributes].filter((a) => a.name !== "checked").map((a) => ` ${a.name}=${a.value}`);
  return top.textContent + elements.map((e) => e.tagName + attributes(e).sort().join("")).join("\n");
}

/** Puts focus, the kept intents and the typed text (see `keepIntents`) onto the live guide `top`. */
async function replay(top, { shown, focused, intents, typed }) {
  if (!top) return;
  const at = (path) => path.reduce((el, i) => el?.children[i], top);
  // Compared before focus moves: focusing a diagram node shows its tooltip.
  const same = shown !== null && looks(top) === shown;
  // Focus goes to the same control, if it is still there with the same label, and only if
  // the reader left it in the guide (the swap dropped it to the page): focus they moved on
  // is theirs. Without scrolling: the reader may have scrolled on while the wasm loaded.
  const control = focused?.path && at(focused.path);
  const active = document.activeElement;
  const lost = !active || active === document.body || active === top.getRootNode().host;
  if (control && control.textContent === focused.text && lost) control.focus({ preventScroll: true });
  if (shown === null) return;
  if (!same) {
    console.info(`azure-signup-guide: the live guide opened on other content than its prerendered copy; ${intents.length} press(es) and any text typed on the copy were not replayed.`);
    return;
  }
  for (const intent of intents) {
    const el = at(intent.path);
    const init = { bubbles: true, composed: true, cancelable: true };
    if (intent.type === "click") {
      // The control moved or changed its label: what follows was meant for another view.
      if (!el || el.textContent !== intent.text) return;
      el.dispatchEvent(new MouseEvent("click", init));
    } else if (intent.type === "key") {
      if (!el) return;
      el.dispatchEvent(new KeyboardEvent("keydown", { ...init, key: intent.key }));
    } else {
      if (el?.tagName !== "SELECT") return;
      el.value = intent.value;
      el.dispatchEvent(new Event("change", init));
    }
    // Let the guide render before the next one.
    await new Promise((resolve) => setTimeout(resolve));
  }
  for (const { path, open, value } of typed) {
    const el = at(path);
    if (el?.tagName === "DETAILS") el.open = open;
    else if (el?.tagName === "INPUT" && value) {
      el.value = value;
      el.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    }
  }
  // The field typed in was in a closed box until the replay opened it.
  if (control?.tagName === "INPUT" && lost) control.focus({ preventScroll: true });
}
