// Types for <azure-signup-guide>: its attributes, its element and its events.
// Shipped in the npm package (scripts/pack); docs/embedding.md describes each one.

/** The walkthrough's steps, by id. */
export type AzureSignupGuideStep = "sign-up" | "sign-in" | "finish" | "add-people" | "check";

/** The diagram's cases. */
export type AzureSignupGuideScenario = "recommended" | "account-sprawl" | "other-organization" | "share";

/** The reader's own case: where a subscription would land, predicted from two addresses' domains or chosen. */
export type AzureSignupGuideCase = "same" | "personal" | "other" | "unknown";

/** The element's attributes, as markup and JSX write them. */
export interface AzureSignupGuideAttributes {
  /** A BCP 47 tag; the closest shipped locale wins (sv-SE, en-US, ar-SA, cs-CZ, de-DE, es-ES, fr-FR, hu-HU, it-IT, ja-JP, ko-KR, nl-NL, pl-PL, pt-BR, pt-PT, ru-RU, tr-TR, zh-CN, zh-TW). */
  lang?: string;
  /** The whole article, or one part of it to stand in an article. */
  view?: "all" | "steps" | "diagram";
  /** Where the walkthrough opens (else the reader's saved progress, else step 1). */
  step?: AzureSignupGuideStep | "1" | "2" | "3" | "4" | "5";
  /** The case the diagram opens on. */
  scenario?: AzureSignupGuideScenario;
  /** The reader's own case (a guide sets it on every guide of the page); set it to open on one. */
  case?: AzureSignupGuideCase;
  /** Light, dark, or the site's and system's choice. */
  theme?: "light" | "dark" | "auto";
  /** Present: a language menu (a pick becomes every guide's `lang` on the page). */
  languages?: boolean | "";
  /** Keeps this instance's saved progress apart from others on the page. */
  id?: string;
}

/** What every walkthrough event tells. */
export interface AzureSignupGuideStepDetail {
  step: AzureSignupGuideStep;
  /** 1 to 5. */
  index: number;
  finished: boolean;
}

export interface AzureSignupGuideScenarioDetail extends AzureSignupGuideStepDetail {
  scenario: AzureSignupGuideScenario;
}

/** Only the case: the addresses never leave the guide. `null` when the addresses that gave
 *  a case no longer read (a field emptied): the case is taken away from every guide. */
export interface AzureSignupGuideCaseDetail {
  case: AzureSignupGuideCase | null;
}

export interface AzureSignupGuideLanguageDetail {
  /** The locale's tag, for example "en-US". */
  lang: string;
}

/** The guide's events; each bubbles and is composed, so it reaches `document`. */
export interface AzureSignupGuideEventMap {
  "azure-signup-guide-step": CustomEvent<AzureSignupGuideStepDetail>;
  "azure-signup-guide-scenario": CustomEvent<AzureSignupGuideScenarioDetail>;
  "azure-signup-guide-finish": CustomEvent<AzureSignupGuideStepDetail>;
  "azure-signup-guide-case": CustomEvent<AzureSignupGuideCaseDetail>;
  "azure-signup-guide-language": CustomEvent<AzureSignupGuideLanguageDetail>;
  "azure-signup-guide-ready": Event;
}

/** The element. Its attributes are its API; it has no properties or methods of its own. */
export interface AzureSignupGuideElement extends HTMLElement {
  addEventListener<K extends keyof AzureSignupGuideEventMap>(
    type: K,
    listener: (this: AzureSignupGuideElement, event: AzureSignupGuideEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "azure-signup-guide": AzureSignupGuideElement;
  }
  // The events bubble out of the element to the page.
  interface DocumentEventMap extends AzureSignupGuideEventMap {}
  // JSX (React up to 18, Preact and others that read the global namespace). For React 19,
  // see docs/embedding.md: the same attributes, declared on React.JSX.
  namespace JSX {
    interface IntrinsicElements {
      "azure-signup-guide": AzureSignupGuideAttributes & { class?: string; className?: string; key?: string | number };
    }
  }
}
