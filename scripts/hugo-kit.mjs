// Makes the Hugo kit from the release build in dist/: target/hugo-kit/, folders to copy
// into a Hugo site's root as they are (`cp -r target/hugo-kit/. my-site/`):
//   static/azure-signup-guide/            the guide's files (loader, glue, wasm, language
//                                          files, the stylesheet), served as they are
//   layouts/shortcodes/azure-signup-guide.html   the shortcode (integrations/hugo/)
//   azure-signup-guide/prerendered/       every locale and view, prerendered (read at build
//                                          time by the shortcode, not published)
//   data/azure_signup_guide.json          the guide's matcher keys (`Locale::keys`)
//   data/azure_signup_guide_options.json  the values each option takes (the Rust types')
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { allNames, requireGuideFiles } from "./guide-files.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const out = join(root, "target", "hugo-kit");
const built = allNames(requireGuideFiles(dist, "hugo-kit"));
rmSync(out, { recursive: true, force: true });
const into = (...path) => {
  const dir = join(out, ...path);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const files = into("static", "azure-signup-guide");
for (const file of built) cpSync(join(dist, file), join(files, file));
cpSync(join(root, "integrations", "hugo", "azure-signup-guide.html"), join(into("layouts", "shortcodes"), "azure-signup-guide.html"));
const copies = into("azure-signup-guide", "prerendered");
for (const file of readdirSync(join(dist, "prerendered")).filter((f) => f.endsWith(".html"))) {
  cpSync(join(dist, "prerendered", file), join(copies, file));
}
cpSync(join(dist, "prerendered", "locales.json"), join(into("data"), "azure_signup_guide.json"));
cpSync(join(dist, "prerendered", "options.json"), join(into("data"), "azure_signup_guide_options.json"));
console.log("hugo-kit: target/hugo-kit/ (copy its folders into your site's root)");
