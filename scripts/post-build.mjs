// Trunk post_build hook. In the staging folder it:
// 1. writes the stable loader azure-signup-guide.js (the element, importing the hashed glue)
//    and azure-signup-guide.css, the guide's one stylesheet (the copies link it, the loader
//    adopts it into live guides: the wasm does not carry it);
// 3. puts the prerendered guide (src/bin/prerender.rs) into every <azure-signup-guide> of
//    index.html, in a declarative shadow root, and drops Trunk's own start-up script so the
//    page uses exactly the embed contract, and writes each locale and view as a file to
//    paste (dist/prerendered/);
// 4. writes azure-signup-guide.html, the same page as one file (wasm, JS and CSS inlined)
//    that works opened from disk.
// In release builds the glue and the loader are minified with terser first (about 3 KB gzip).
import { execFileSync } from "node:child_process";
import { minify } from "terser";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk");
  process.exit(1);
}
const root = new URL("..", import.meta.url).pathname;
const read = (...parts) => readFileSync(join(...parts), "utf8");
const files = readdirSync(staging);
const glue = files.find((f) => /^azure-signup-guide-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^azure-signup-guide-[0-9a-f]+_bg\.wasm$/.test(f));
const pageCss = files.find((f) => /^page-[0-9a-f]+\.css$/.test(f));
if (!glue || !wasm) {
  console.error(`post-build: no hashed glue or wasm in ${staging}: ${files.join(", ")}`);
  process.exit(1);
}

// First, the guide rendered natively (src/bin/prerender.rs): static HTML per locale and view,
//    and the loader's own message, per locale, from the catalogs (script-safe JSON).
const prerendered = mkdtempSync(join(tmpdir(), "asg-prerender-"));
execFileSync("cargo", ["run", "--quiet", "--offline", "--bin", "prerender", "--", prerendered], {
  cwd: root,
  stdio: "inherit",
});
const loadError = read(prerendered, "load-error.json");
const matches = read(prerendered, "matches.json");
// The rules the loader follows before the wasm is in, as the Rust code has them.
const contract = read(prerendered, "contract.json");
// The loader is one module in the end: the input replay (loader/intents.js) first, its
// `export` dropped, then the element, its import of it dropped.
const loaderBody = [
  read(root, "loader", "intents.js").replace(/^export function /gm, "function "),
  read(root, "loader", "azure-signup-guide.js").replace(/^import \{[^}]*\} from "\.\/intents\.js";\n/m, ""),
].join("\n");
if (/^(import|export) /m.test(loaderBody)) {
  console.error("post-build: loader/*.js may import and export only between themselves");
  process.exit(1);
}

const release = process.env.TRUNK_PROFILE === "release";

/**
 * Renames the wasm's imports and exports to short names (binaryen's
 * --minify-imports-and-exports-and-modules, run on the wasm in place) and returns `source`,
 * the glue, with the same names: the keys of its import object, the module it names, and
 * every `wasm.<export>`. Any name left behind stops the build.
 * @param {string} source
 */
function shortNames(source) {
  const path = join(staging, wasm);
  const features = ["bulk-memory", "nontrapping-float-to-int", "reference-types", "multivalue", "sign-ext", "mutable-globals"];
  const printed = execFileSync(
    join(root, "node_modules", ".bin", "wasm-opt"),
    [path, "--minify-imports-and-exports-and-modules", ...features.map((f) => `--enable-${f}`), "-o", path],
    { encoding: "utf8" },
  );
  const map = JSON.parse(printed.slice(printed.indexOf("{")));
  const exports = new Map(map.exports);
  let out = source.replace(/\bwasm\.([A-Za-z0-9_$]+)/g, (whole, name) => {
    if (!exports.has(name)) throw new Error(`post-build: the glue uses wasm.${name}, which the wasm does not export`);
    return `wasm.${exports.get(name)}`;
  });
  const importNames = new Map(map.imports.map(([, name, short]) => [name, short]));
  out = out.replace(/^(\s*)([A-Za-z0-9_$]+)(: function\b)/gm, (whole, indent, name, rest) =>
    importNames.has(name) ? `${indent}${importNames.get(name)}${rest}` : whole,
  );
  const before = [...new Set(map.imports.map(([module]) => module))];
  const after = [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(path))).map((i) => i.module))];
  if (before.length !== 1 || after.length !== 1) throw new Error(`post-build: the wasm imports from modules ${before} / ${after}, not one`);
  out = out.replace(`${JSON.stringify(before[0])}: import0`, `${JSON.stringify(after[0])}: import0`);
  const left = [...importNames.keys()].filter((name) => out.includes(name));
  if (left.length) throw new Error(`post-build: imports still named in the glue: ${left.join(", ")}`);
  return out;
}
/** Terser on a module's source in release builds; names it exports stay as they are. */
async function shrink(source) {
  if (!release) return source;
  const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  return result.code;
}

// The catalog files of the languages the wasm does not carry, named with the wasm's hash
// (they belong to that build): azure-signup-guide-<hash>.<tag>.txt, fetched with their hash
// pinned; the single file carries them inline.
const buildHash = wasm.match(/^azure-signup-guide-([0-9a-f]+)_bg\.wasm$/)[1];
const catalogFiles = readdirSync(prerendered)
  .filter((f) => /^catalog\.[A-Za-z-]+\.txt$/.test(f))
  .map((f) => {
    const tag = f.split(".")[1];
    const name = `azure-signup-guide-${buildHash}.${tag}.txt`;
    writeFileSync(join(staging, name), readFileSync(join(prerendered, f)));
    return { tag, name };
  });
// Each file's integrity, in sha256 (SRI's shortest strong hash: 19 of them are most of the
// loader's incompressible bytes); the loader names each file from the build's hash and its tag.
const sha256Of = (file) => `sha256-${createHash("sha256").update(readFileSync(join(staging, file))).digest("base64")}`;
const catalogsByUrl = JSON.stringify(Object.fromEntries(catalogFiles.map(({ tag, name }) => [tag, sha256Of(name)])));
// Inline: script-safe JSON (no "</script" can end the element early).
const catalogsInline = JSON.stringify(
  Object.fromEntries(catalogFiles.map(({ tag, name }) => [tag, read(staging, name)])),
).replace(/</g, "\\u003c");

// 0. Release builds: short import and export names. wasm-bindgen names every import after
//    its function and a hash (`__wbg_querySelector_1555c239948f2bf0`, about 150 of them);
//    binaryen's minify pass renames them, and its mapping renames them in the glue, which
//    is the only code that sees them (about 3 KB gzip over the wasm and the glue).
//    Then the glue, minified in place (the single file starts from the unminified one).
const glueSource = release ? shortNames(read(staging, glue)) : read(staging, glue);
// The loader imports the asynchronous init only: `initSync` goes, and the minifier drops its code.
const onlyInit = "export { __wbg_init as default };";
const glueForLoader = glueSource.replace("export { initSync, __wbg_init as default };", onlyInit);
if (!glueForLoader.includes(onlyInit)) throw new Error("post-build: the glue's export of its init functions changed");
writeFileSync(join(staging, glue), await shrink(glueForLoader));

// 1. The loader, with the wasm's and the stylesheet's hashes pinned (it fetches them with
//    `integrity`). The stylesheet is prerender's (build.rs minified styles/); the wasm
//    does not carry it: the loader reads it from a copy on the page that links it, or
//    fetches it.
const css = read(prerendered, "azure-signup-guide.css");
writeFileSync(join(staging, "azure-signup-guide.css"), css);
const wasmSri = sha256Of(wasm);
writeFileSync(
  join(staging, "azure-signup-guide.js"),
  await shrink(
    `import init, { mount, catalog_needed, add_catalog, follow_link } from "./${glue}";\n${loaderBody}\n` +
      `defineGuide({ init, mount, catalogNeeded: catalog_needed, addCatalog: add_catalog, followLink: follow_link, ` +
      `wasmSource: new URL("./${wasm}", import.meta.url), wasmIntegrity: ${JSON.stringify(wasmSri)}, ` +
      `styleSource: new URL("./azure-signup-guide.css", import.meta.url), styleIntegrity: ${JSON.stringify(sha256Of("azure-signup-guide.css"))}, ` +
      `loadError: ${loadError}, matches: ${matches}, contract: ${contract}, catalogHash: ${JSON.stringify(buildHash)}, catalogs: ${catalogsByUrl} });\n`,
  ),
);


// 3. Prerendered guides in the demo page.
const tags = readdirSync(join(root, "locales"));
/** The shipped locale the widget itself would choose for `lang` (its own matcher, `Locale::closest`). */
const closest = (lang) =>
  execFileSync("cargo", ["run", "--quiet", "--offline", "--bin", "prerender", "--", "--closest", lang || ""], {
    cwd: root,
    encoding: "utf8",
  }).trim();
const attribute = (attrs, name) => (attrs.match(new RegExp(`\\b${name}="([^"]*)"`)) || [])[1];
const pageLang = (html) => (html.match(/<html[^>]*\blang="([^"]*)"/) || [])[1];

function withPrerender(html, styleTag) {
  return html.replace(/<azure-signup-guide\b([^>]*)><\/azure-signup-guide>/g, (_, attrs) => {
    const locale = closest(attribute(attrs, "lang") || pageLang(html));
    // The views are the prerendered files there are (src/bin/prerender.rs names them).
    const named = (attribute(attrs, "view") || "all").trim().toLowerCase();
    const view = existsSync(join(prerendered, `${locale}.${named}.html`)) ? named : "all";
    const menu = /\blanguages\b/.test(attrs) ? ".languages" : "";
    const body = read(prerendered, `${locale}.${view}${menu}.html`);
    return `<azure-signup-guide${attrs}><template shadowrootmode="open">${styleTag}${body}</template></azure-signup-guide>`;
  });
}

const trunkStart = /<script type="module">[^<]*TrunkApplicationStarted[^<]*<\/script>/;
const indexPath = join(staging, "index.html");
/** A subresource integrity value for a file in the staging folder. */
const sri = (file) => `sha384-${createHash("sha384").update(readFileSync(join(staging, file))).digest("base64")}`;
const index = read(indexPath)
  .replace(trunkStart, "")
  // No high-priority preload of the wasm: on a slow network it would compete with the
  // host page's own content (and Lighthouse then counts it against the page's LCP). The
  // loader fetches the wasm after the page's first paint; the glue's small modulepreload
  // stays, as the carrier of its integrity value.
  .replace(/<link rel="preload"[^>]*\.wasm"[^>]*>/g, "")
  // HTML allows integrity only on stylesheet, preload and modulepreload links; Trunk puts
  // one on the icon too.
  .replace(/(<link rel="icon"[^>]*?) integrity="[^"]*"/, "$1")
  // The glue changed above; its preload's integrity must follow.
  .replace(/(<link rel="modulepreload" href="\.\/([^"]+)"[^>]*? integrity=")[^"]*"/g, (_, head, file) => `${head}${sri(file)}"`)
  .replace(
    /<script type="module" src="\.\/azure-signup-guide\.js" blocking="render"><\/script>/,
    `<script type="module" src="./azure-signup-guide.js" blocking="render" integrity="${sri("azure-signup-guide.js")}"></script>`,
  );
writeFileSync(
  indexPath,
  withPrerender(index, `<link rel="stylesheet" href="./azure-signup-guide.css" integrity="${sri("azure-signup-guide.css")}">`),
);

// 3b. Every locale and view as a file to paste where a docs generator allows raw HTML
//     (dist/prerendered/<tag>-<view>.html): the element, its attributes and its
//     prerendered shadow root, linking the stylesheet beside the loader.
mkdirSync(join(staging, "prerendered"), { recursive: true });
for (const file of readdirSync(prerendered).filter((f) => /^[A-Za-z-]+\.[a-z]+\.html$/.test(f))) {
  const [tag, view] = file.split(".");
  const attrs = ` lang="${tag}"${view === "all" ? "" : ` view="${view}"`}`;
  const link = `<link rel="stylesheet" href="azure-signup-guide.css">`;
  writeFileSync(
    join(staging, "prerendered", `${tag}-${view}.html`),
    `<azure-signup-guide${attrs}><template shadowrootmode="open">${link}${read(prerendered, file)}</template></azure-signup-guide>\n`,
  );
}
// Beside them, which copy a `lang` value takes: every key of the guide's matcher
// (`Locale::keys`), lower case, with its tag. Look the value up lower-cased, then with its
// last subtag dropped, and so on (scripts/hugo-kit.mjs's shortcode does).
writeFileSync(join(staging, "prerendered", "locales.json"), `${read(prerendered, "locales.json")}\n`);
// And the values each option takes (src/bin/prerender.rs writes them from the Rust types).
writeFileSync(join(staging, "prerendered", "options.json"), `${read(prerendered, "options.json")}\n`);
// And the guide's files by role: the one list of them the packagers, kits and reports read
// (scripts/guide-files.mjs), so the hashed names' pattern lives here only.
writeFileSync(
  join(staging, "prerendered", "files.json"),
  `${JSON.stringify({
    build: buildHash,
    loader: "azure-signup-guide.js",
    stylesheet: "azure-signup-guide.css",
    glue,
    wasm,
    languages: Object.fromEntries(catalogFiles.map(({ tag, name }) => [tag, name])),
  })}\n`,
);

// 4. The single file: pages opened from disk cannot fetch a .wasm or import modules, so
//    the glue (its exports dropped), the loader, the wasm (base64) and the CSS go inline.
const glueInline = glueSource
  .replace(/^export \{[^}]*\};?\s*$/gm, "")
  .replace(/^export (default )?(async )?(function|class|const|let)/gm, "$2$3");
const wasmBase64 = readFileSync(join(staging, wasm)).toString("base64");
// Control characters (the catalogs' markers, U+0001..U+001E) are forbidden raw in HTML, and
// mail, CMS sanitizers and editors strip them: written as escapes, which the minifier turns
// back into raw characters, they mean the same inside the script's string literals (the
// only place they can occur once comments are gone).
const escapeControls = (code) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it escapes
  code.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const singleScript = escapeControls(await shrink(
  `${glueInline}\n${loaderBody}\n` +
    `const bytes = Uint8Array.from(atob("${wasmBase64}"), (c) => c.charCodeAt(0));\n` +
    `defineGuide({ init: __wbg_init, mount, catalogNeeded: catalog_needed, addCatalog: add_catalog, followLink: follow_link, ` +
      `wasmSource: bytes, wasmIntegrity: null, styleSource: ${JSON.stringify(css).replace(/</g, "\\u003c")}, styleIntegrity: null, loadError: ${loadError}, matches: ${matches}, contract: ${contract}, catalogHash: null, catalogs: ${catalogsInline} });\n`,
));
const single = withPrerender(
  index
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, "")
    .replace(/<link rel="icon"[^>]*>/, "")
    .replace(/<link rel="stylesheet" href="\.\/page-[0-9a-f]+\.css"[^>]*\/?>/, () =>
      pageCss ? `<style>${read(staging, pageCss)}</style>` : "",
    )
    .replace(/<script type="module" src="\.\/azure-signup-guide\.js"[^>]*><\/script>/, () => `<script type="module">\n${singleScript}\n</script>`),
  `<style>${css}</style>`,
);
// Its own Content Security Policy: only its own inline script and styles (by hash) and
// WebAssembly compiled from the bytes it carries; nothing from anywhere else.
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const inline = (tag) => [...new Set([...single.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => sha256(m[1])))];
const policy = [
  "default-src 'none'",
  `script-src ${inline("script").join(" ")} 'wasm-unsafe-eval'`,
  `style-src ${inline("style").join(" ")}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const singleWithPolicy = single.replace(
  /<meta charset="utf-8">/,
  (charset) => `${charset}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`,
);
if (singleWithPolicy === single) {
  console.error("post-build: index.html has no <meta charset=\"utf-8\"> to put the single file's policy after");
  process.exit(1);
}
writeFileSync(join(staging, "azure-signup-guide.html"), singleWithPolicy);
console.log(`post-build: loader -> ${glue}, ${wasm}; prerendered ${tags.length} locales; single file written`);
