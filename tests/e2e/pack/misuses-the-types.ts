// Must NOT type-check (tests/e2e/pack.test.mjs): a view the element does not have, and a
// detail field no event carries.
import type { AzureSignupGuideAttributes } from "azure-signup-guide";

const attributes: AzureSignupGuideAttributes = { view: "everything" };
document.addEventListener("azure-signup-guide-step", (event) => console.log(event.detail.scene));
// The case event carries the case only: no address.
document.addEventListener("azure-signup-guide-case", (event) => console.log(event.detail.address));
console.log(attributes);
