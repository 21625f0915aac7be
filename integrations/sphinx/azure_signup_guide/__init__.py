"""The azure-signup-guide widget as a Sphinx extension.

In `conf.py`:

    extensions = ["azure_signup_guide"]

In a page:

    .. azure-signup-guide::

    .. azure-signup-guide::
       :lang: sv-SE
       :view: steps
       :step: sign-in

Each directive becomes the element with the guide prerendered inside it at build time
(the guide's own rendering, from the release build this package was made with), so
Sphinx's search and readers without scripts get its text; the loader, added to every page
as a module through Sphinx's own `add_js_file`, makes it live, and the guide's files are
copied into `_static/azure-signup-guide/`. The options are the element's attributes with
its values: `lang` (default: the project's `language`) is matched as the element matches
it; `view`, `step`, `scenario` and `theme` take the element's values (a step also its
number); `languages` is a flag. A bad option or value is reported as an error at the
directive (with `-W`, the build fails).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from ._guide import Guide, searchable

GUIDE = Guide(Path(__file__).parent / "guide")
FOLDER = "azure-signup-guide"
# Where the copy's stylesheet link goes until the page's own path is known.
STYLESHEET = "azure-signup-guide-stylesheet"


class azure_signup_guide(nodes.raw):  # noqa: N801 (docutils names visitors after the class)
    """The element, as raw HTML. Its text is the HTML with a space between tags, which is
    what Sphinx's search indexes; the page gets `node["html"]`, its stylesheet linked
    relative to the page."""


class AzureSignupGuideDirective(SphinxDirective):
    has_content = False
    option_spec = {
        "lang": directives.unchanged_required,
        "view": directives.unchanged_required,
        "step": directives.unchanged_required,
        "scenario": directives.unchanged_required,
        "theme": directives.unchanged_required,
        "languages": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        chosen = dict(self.options)
        try:
            html = GUIDE.element(chosen, self.config.language or "en", STYLESHEET)
        except ValueError as e:
            raise self.error(f"azure-signup-guide: {e}") from None
        node = azure_signup_guide("", searchable(html), format="html")
        node["html"] = html
        return [node]


def visit_html(self, node: azure_signup_guide) -> None:
    page = self.builder.get_target_uri(self.builder.current_docname)
    stylesheet = relative_uri(page, f"_static/{FOLDER}/azure-signup-guide.css")
    self.body.append(node["html"].replace(f'href="{STYLESHEET}"', f'href="{stylesheet}"'))
    raise nodes.SkipNode


def copy_files(app: Sphinx, exception: Exception | None) -> None:
    """The guide's files into the built site's `_static/azure-signup-guide/`."""
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for path in GUIDE.files():
        shutil.copy2(path, target / path.name)


def setup(app: Sphinx) -> dict:
    app.add_node(azure_signup_guide, html=(visit_html, None))
    app.add_directive("azure-signup-guide", AzureSignupGuideDirective)
    app.add_js_file(f"{FOLDER}/azure-signup-guide.js", type="module")
    app.connect("build-finished", copy_files)
    return {"version": "0.1.0", "parallel_read_safe": True, "parallel_write_safe": True}
