# A fresh Sphinx site with Furo for tests/e2e/sphinx.test.mjs, set up as docs/embedding.md
# says for the extension: installed with pip, named in `extensions`, the directive in pages.
project = "Guiden i Sphinx"
language = "sv"
extensions = ["azure_signup_guide"]
html_theme = "furo"
html_favicon = "favicon.svg"  # none would be a 404 in the console
