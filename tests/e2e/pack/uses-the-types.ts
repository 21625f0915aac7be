// Compiled by tests/e2e/pack.test.mjs against the packed declarations: each line is a way
// an author uses the element, and must type-check.
import type { AzureSignupGuideAttributes, AzureSignupGuideElement } from "azure-signup-guide";

const guide: AzureSignupGuideElement | null = document.querySelector("azure-signup-guide");
guide?.addEventListener("azure-signup-guide-step", (event) => {
  const index: number = event.detail.index;
  const step: "sign-up" | "sign-in" | "finish" | "add-people" | "check" = event.detail.step;
  console.log(index, step);
});
document.addEventListener("azure-signup-guide-scenario", (event) => console.log(event.detail.scenario));
document.addEventListener("azure-signup-guide-language", (event) => console.log(event.detail.lang.toUpperCase()));
document.addEventListener("azure-signup-guide-case", (event) => {
  // null once the addresses that gave a case no longer read.
  const own: "same" | "personal" | "other" | "unknown" | null = event.detail.case;
  console.log(own);
});
const attributes: AzureSignupGuideAttributes = { lang: "sv-SE", view: "steps", step: "5", theme: "auto", languages: true, case: "personal" };
console.log(attributes);
