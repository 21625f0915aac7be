// The guide in Docusaurus: a plugin that serves the guide's files and loads the loader on
// every page, and a remark plugin that turns `<AzureSignupGuide lang="sv-SE" view="steps" />`
// in Markdown and MDX into the element with the guide prerendered inside it at build time
// (the guide's own rendering, from this package's prerendered/ folder), so the page's HTML,
// readers without scripts and the site's search get its text.
//
//   import azureSignupGuide, { remarkAzureSignupGuide } from "azure-signup-guide/docusaurus";
//   export default {
//     plugins: [azureSignupGuide],
//     presets: [["classic", { docs: { remarkPlugins: [remarkAzureSignupGuide] } }]],
//   };
//
// The options are the element's attributes with its values (docs/embedding.md): `lang`
// (default: the site's locale) is matched as the element matches it, by the keys the build
// wrote (prerendered/locales.json); `view`, `step`, `scenario` and `theme` take the values
// in prerendered/options.json (a step also its number); `languages` is a flag. A bad one
// fails the build with the file and line.
import { readFileSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const read = (path) => readFileSync(here(path), "utf8");
const keys = JSON.parse(read("./prerendered/locales.json"));
const values = JSON.parse(read("./prerendered/options.json"));
const OPTIONS = ["lang", "view", "step", "scenario", "theme", "languages"];
/** Attributes of any element an author may give too (to link or style the guide). */
const HTML = ["id"];
/** What the Docusaurus plugin learnt of the site: its base URL and locale. */
const site = { baseUrl: "/", locale: "en", hostTheme: null };

/** The Docusaurus plugin: the guide's files served (`start`) and copied (`build`) at the
 *  site's root, the loader on every page as a module. */
export default function azureSignupGuide(context) {
  site.baseUrl = context.baseUrl;
  site.locale = context.i18n?.currentLocale ?? site.locale;
  // Without scripts Docusaurus shows its default colour mode whatever the system prefers
  // (unless told to follow it): the copy says so, and follows the system only then. With
  // scripts, the loader follows the page's own toggle instead.
  const colorMode = context.siteConfig.themeConfig?.colorMode ?? {};
  site.hostTheme = colorMode.respectPrefersColorScheme ? null : (colorMode.defaultMode ?? "light");
  // As a static directory of the site's own: Docusaurus serves it in `start` and copies it
  // in `build` (the package's dist/ folder holds the guide's files and nothing else).
  const files = here("./dist");
  const statics = context.siteConfig.staticDirectories;
  if (!statics.includes(files)) statics.push(files);
  return {
    name: "azure-signup-guide",
    injectHtmlTags: () => ({
      headTags: [{ tagName: "script", attributes: { type: "module", src: `${site.baseUrl}azure-signup-guide.js` } }],
    }),
  };
}

/** The shipped locale for `lang`, as the element's matcher gives it. */
function match(lang) {
  let key = String(lang).trim().toLowerCase();
  // A well-formed tag only, as the element checks it first: "sv-SE view=steps" is not.
  if (!/^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z0-9]{1,8})*$/.test(key)) return null;
  while (key) {
    if (Object.hasOwn(keys, key)) return keys[key];
    key = key.slice(0, Math.max(0, key.lastIndexOf("-")));
  }
  return null;
}

const cut = (text) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
const escape = (value) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/** The element's attributes and its prerendered shadow root for the options `chosen`;
 *  throws an Error with a message for the author when an option is not the element's. */
function guide(chosen) {
  for (const [key, value] of Object.entries(chosen)) {
    if (HTML.includes(key) && typeof value === "string") continue;
    if (!OPTIONS.includes(key)) throw new Error(`unknown option \`${cut(key)}\` (${[...OPTIONS, ...HTML].join(", ")})`);
    if (key === "languages" && value !== true) throw new Error("`languages` takes no value");
    if (key !== "languages" && (typeof value !== "string" || !value)) throw new Error(`\`${key}\` needs a text value: ${key}="…"`);
  }
  const tag = match(chosen.lang ?? site.locale) ?? (chosen.lang === undefined ? "en-US" : null);
  if (!tag) throw new Error(`lang="${cut(chosen.lang)}" matches no language of the guide`);
  for (const [key, allowed] of Object.entries(values)) {
    const value = chosen[key];
    if (value === undefined) continue;
    const number = key === "step" && /^\+?\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= allowed.length;
    if (!allowed.includes(value.trim().toLowerCase()) && !number) throw new Error(`${key}="${cut(value)}" is not one of ${allowed.join(", ")}`);
  }
  const view = (chosen.view ?? "all").trim().toLowerCase();
  const copy = read(`./prerendered/${tag}-${view}.html`)
    .replace(/^\s*<azure-signup-guide[^>]*>|<\/azure-signup-guide>\s*$/g, "")
    .replace('href="azure-signup-guide.css"', `href="${escape(`${site.baseUrl}azure-signup-guide.css`)}"`);
  const attributes = { ...(chosen.id ? { id: chosen.id } : {}), lang: tag };
  if (site.hostTheme === "light" || site.hostTheme === "dark") attributes["data-host-theme"] = site.hostTheme;
  for (const key of ["view", "step", "scenario", "theme"]) {
    if (chosen[key] !== undefined && !(key === "view" && view === "all")) attributes[key] = chosen[key].trim();
  }
  if (chosen.languages) attributes.languages = "";
  return { attributes, copy };
}

/** An MDX attribute whose value is the expression `{ __html: text }`, with its estree. */
function innerHtml(text) {
  const literal = { type: "Literal", value: text, raw: JSON.stringify(text) };
  const object = {
    type: "ObjectExpression",
    properties: [
      { type: "Property", kind: "init", method: false, shorthand: false, computed: false, key: { type: "Identifier", name: "__html" }, value: literal },
    ],
  };
  return {
    type: "mdxJsxAttribute",
    name: "dangerouslySetInnerHTML",
    value: {
      type: "mdxJsxAttributeValueExpression",
      value: `{__html: ${JSON.stringify(text)}}`,
      data: { estree: { type: "Program", sourceType: "module", comments: [], body: [{ type: "ExpressionStatement", expression: object }] } },
    },
  };
}

/** The remark plugin: each `<AzureSignupGuide … />` becomes the prerendered element. */
export function remarkAzureSignupGuide() {
  return (tree, file) => {
    const visit = (node) => {
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "AzureSignupGuide") {
        const chosen = {};
        for (const attribute of node.attributes) {
          if (attribute.type !== "mdxJsxAttribute") file.fail("AzureSignupGuide takes plain attributes, not a spread", node);
          chosen[attribute.name] = attribute.value === null ? true : typeof attribute.value === "string" ? attribute.value : { expression: true };
        }
        let made;
        try {
          made = guide(chosen);
        } catch (error) {
          file.fail(`AzureSignupGuide at line ${node.position?.start.line ?? "?"}: ${error.message}`, node);
        }
        node.name = "azure-signup-guide";
        node.attributes = [
          ...Object.entries(made.attributes).map(([name, value]) => ({ type: "mdxJsxAttribute", name, value })),
          innerHtml(made.copy),
        ];
        node.children = [];
        return;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
