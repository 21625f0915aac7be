// <azure-signup-guide>: the embed loader. Defines the custom element, loads the
// widget's wasm from beside this file (so any base path or CDN folder works), and
// mounts one independent guide into each element's shadow root.
// The double-underscore placeholders below are filled in by scripts/post-build.mjs.
import init, { mount, styles } from "./__GLUE__";

const TAG = "azure-signup-guide";
const WASM_URL = new URL("./__WASM__", import.meta.url);
// "The guide could not load" in each shipped locale, from locales/*/guide.ftl (load-error).
const LOAD_ERRORS = __LOAD_ERRORS__;

let ready = null;

/** Loads the wasm once for the whole page and builds the shared stylesheet. */
function loadOnce() {
  if (!ready) {
    ready = init({ module_or_path: WASM_URL }).then(() => {
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
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.handle) {
      this.#stop();
      this.#start();
    }
  }

  #start() {
    const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
    const generation = (this.generation = (this.generation || 0) + 1);
    loadOnce()
      .then(({ sheet, css }) => {
        // Removed, or restarted, while the wasm was loading.
        if (!this.isConnected || generation !== this.generation) return;
        shadow.replaceChildren();
        if (sheet) {
          shadow.adoptedStyleSheets = [sheet];
        } else {
          const style = document.createElement("style");
          style.textContent = css;
          shadow.append(style);
        }
        const root = document.createElement("div");
        shadow.append(root);
        this.handle = mount(this, root);
      })
      .catch((error) => {
        console.error(`${TAG}: the guide's WebAssembly could not be loaded from ${WASM_URL}`, error);
        if (generation !== this.generation) return;
        const message = document.createElement("p");
        message.setAttribute("role", "alert");
        message.textContent = loadErrorText(this);
        shadow.replaceChildren(message);
      });
  }

  #stop() {
    this.generation = (this.generation || 0) + 1;
    if (this.handle) {
      this.handle.unmount();
      this.handle.free();
      this.handle = null;
    }
    this.shadowRoot?.replaceChildren();
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, AzureSignupGuide);
}
