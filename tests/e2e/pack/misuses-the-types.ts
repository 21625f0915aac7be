// Must NOT type-check (tests/e2e/pack.test.mjs): a view the element does not have, and a
// detail field no event carries.
import type { AzureSignupGuideAttributes } from "azure-signup-guide";

const attributes: AzureSignupGuideAttributes = { view: "everything" };
document.addEventListener("azure-signup-guide-step", (event) => console.log(event.detail.scene));
console.log(attributes);
