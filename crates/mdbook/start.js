// mdBook's additional-js writes classic <script> tags; the guide's loader is a module.
// This classic script, at the book's root, imports it from the guide's folder beside it.
import(new URL("azure-signup-guide/azure-signup-guide.js", document.currentScript.src).href).catch((error) => {
  console.error("azure-signup-guide: cannot load the guide's loader", error);
});
