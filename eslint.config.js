// ESLint for the project's JavaScript: the loader (runs in browsers), the build and
// test scripts (run in Node). scripts/test runs it; the recommended rules, nothing more.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["dist/**", "target/**", "node_modules/**", "bench/node_modules/**", "tests/e2e/mdbook/book/**", "tests/e2e/mdbook-preprocessor/book/**"] },
  js.configs.recommended,
  {
    files: ["loader/**/*.js", "bench/alternative/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
  },
  {
    // The mdBook start script is a classic script (it imports the module loader).
    files: ["crates/mdbook/start.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: ["**/*.mjs", "eslint.config.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Tests and the benchmark pass functions to the browser (page.evaluate and the like).
    files: ["tests/e2e/**/*.mjs", "bench/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
