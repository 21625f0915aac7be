// <azure-signup-guide>: the embed loader. Defines the custom element and mounts one
// independent guide into each element's shadow root. scripts/post-build.mjs wraps this
// file: for dist/azure-signup-guide.js it imports the wasm-bindgen glue and passes the
// wasm's URL beside this file (so any base path or CDN folder works); for the single-file
// page it inlines the glue and passes the wasm's bytes.
//
// A page may carry the guide prerendered in a declarative shadow root, readable without
// scripts. The live guide is rendered off-screen first and swapped in within one task,
// so the content does not jump; if the wasm cannot run, the prerendered guide stays, in
// its static form (every step shown, controls hidden).

/* global LOAD_ERRORS */
function defineGuide(init, mount, styles, wasmSource) {
  const TAG = "azure-signup-guide";
  let ready = null;

  /**
   * Resolves once the browser reports the page's first contentful paint, so the guide's
   * download never competes with the host page's first paint (nor, in Lighthouse's
   * simulation, with its LCP). Without paint timing, or in a tab that is not drawing,
   * after 300 ms.
   */
  function afterFirstPaint() {
    return new Promise((resolve) => {
      let observer = null;
      const done = () => {
        observer?.disconnect();
        resolve();
      };
      setTimeout(done, 300);
      if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return;
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName("first-contentful-paint").length) done();
      });
      observer.observe({ type: "paint", buffered: true });
    });
  }

  /**
   * Loads the wasm once for the whole page and builds the shared stylesheet. Only a
   * download (a URL) waits for the first paint; bytes already in the page (the single
   * file) start at once.
   */
  function loadOnce() {
    if (!ready) {
      const start = wasmSource instanceof URL ? afterFirstPaint() : Promise.resolve();
      ready = start.then(() => init({ module_or_path: wasmSource })).then(() => {
        const css = styles();
        if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return { sheet };
        }
        return { css };
      });
    }
    return ready;
  }

  function loadErrorText(element) {
    const lang = (element.closest("[lang]")?.getAttribute("lang") || navigator.language || "en").toLowerCase();
    const key = Object.keys(LOAD_ERRORS).find((tag) => tag.toLowerCase().split("-")[0] === lang.split("-")[0]);
    return LOAD_ERRORS[key || "en-US"];
  }

  /** Lets Yew's scheduler, which runs on the microtask queue, finish the first render. */
  async function rendered(root) {
    for (let turn = 0; turn < 50 && !root.firstElementChild; turn++) await Promise.resolve();
  }

  class AzureSignupGuide extends HTMLElement {
    static get observedAttributes() {
      return ["lang", "step", "scenario", "view"];
    }

    connectedCallback() {
      try {
        this.#start();
      } catch (error) {
        console.error(`${TAG}: could not start`, error);
      }
    }

    disconnectedCallback() {
      this.#stop();
      this.shadowRoot?.replaceChildren();
    }

    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.handle) {
        this.#stop();
        this.#start();
      }
    }

    #start() {
      const generation = (this.generation = (this.generation || 0) + 1);
      loadOnce()
        .then(async ({ sheet, css }) => {
          if (!this.isConnected || generation !== this.generation) return;
          const root = document.createElement("div");
          const handle = mount(this, root);
          await rendered(root);
          // Removed, or restarted, while the guide was rendering.
          if (!this.isConnected || generation !== this.generation) {
            handle.unmount();
            handle.free();
            return;
          }
          const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
          const nodes = [root];
          if (sheet) {
            shadow.adoptedStyleSheets = [sheet];
          } else {
            const style = document.createElement("style");
            style.textContent = css;
            nodes.unshift(style);
          }
          shadow.replaceChildren(...nodes);
          this.removeAttribute("data-static");
          this.handle = handle;
          // The live guide answers from now on.
          this.setAttribute("data-ready", "");
          this.dispatchEvent(new CustomEvent(`${TAG}-ready`, { bubbles: true, composed: true }));
        })
        .catch((error) => {
          console.error(`${TAG}: the guide's WebAssembly could not be loaded or run`, error);
          if (generation !== this.generation) return;
          if (this.shadowRoot?.querySelector(".asg")) {
            // The prerendered guide stays, with every step shown.
            this.setAttribute("data-static", "");
            return;
          }
          const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
          const message = document.createElement("p");
          message.setAttribute("role", "alert");
          message.textContent = loadErrorText(this);
          shadow.replaceChildren(message);
        });
    }

    #stop() {
      this.generation = (this.generation || 0) + 1;
      this.removeAttribute("data-ready");
      if (this.handle) {
        this.handle.unmount();
        this.handle.free();
        this.handle = null;
      }
    }
  }

  if (!customElements.get(TAG)) {
    customElements.define(TAG, AzureSignupGuide);
  }
}
