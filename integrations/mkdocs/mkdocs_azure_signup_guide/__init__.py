"""The azure-signup-guide widget as an MkDocs plugin.

In `mkdocs.yml`:

    plugins:
      - search
      - azure-signup-guide

In a page, on a line of its own (not in a code block):

    {{#azure-signup-guide}}
    {{#azure-signup-guide lang=sv-SE view=steps step=sign-in}}

Each directive becomes the element with the guide prerendered inside it at build time
(the guide's own rendering, from the release build this package was made with), so the
site's search and readers without scripts get its text; the loader, added to every page
as a module, makes it live. The options are the element's attributes with its values:
`lang` (default: the theme's language) is matched as the element matches it, by the keys
the build wrote (`prerendered/locales.json`); `view`, `step`, `scenario` and `theme` take
the values in `prerendered/options.json` (a step also its number); `languages` is a flag.
A bad directive fails the build with the page's path and line.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from ._guide import Guide, cut

OPEN = "{{#azure-signup-guide"
DIRECTIVE = re.compile(r"^ {0,3}\{\{#azure-signup-guide(?P<options>(?:\s[^}]*)?)\}\}\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
OPTION = re.compile(r'([A-Za-z-]+)(?:=(?:"([^"]*)"|(\S+)))?')
INDENTED = re.compile(r"^\s{4,}\{\{#azure-signup-guide")
log = logging.getLogger("mkdocs.plugins.azure-signup-guide")
SLOT = "<!-- azure-signup-guide {} -->"


def parse_options(text: str) -> dict[str, str | None]:
    """`key=value` pairs (a value in double quotes may hold spaces) and bare flags."""
    chosen: dict[str, str | None] = {}
    for found in OPTION.finditer(text):
        key, quoted, bare = found.group(1), found.group(2), found.group(3)
        if key in chosen:
            raise ValueError(f"`{cut(key)}` is given twice")
        chosen[key] = quoted if quoted is not None else bare
    leftover = OPTION.sub("", text).strip()
    if leftover:
        raise ValueError(f"cannot read `{cut(leftover)}`: write key=value")
    return chosen


class AzureSignupGuidePlugin(BasePlugin):
    config_scheme = (
        # Where the guide's files go in the built site.
        ("folder", config_options.Type(str, default="azure-signup-guide")),
    )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            self.guide = Guide(Path(__file__).parent / "guide")
        except FileNotFoundError as e:
            raise PluginError(f"azure-signup-guide: {e}") from None
        theme = config.theme
        self.default_lang = str(theme.get("language") or theme.get("locale") or "en")
        # The loader once for every page, as a module (instant navigation keeps it).
        loader = f"{self.config['folder']}/azure-signup-guide.js"
        if not any(str(s) == loader for s in config.extra_javascript):
            script = config_options.ExtraScriptValue(loader)
            script.type = "module"
            config.extra_javascript.append(script)
        self.copies: dict[str, list[str]] = {}
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for path in self.guide.files():
            files.append(File.generated(config, f"{self.config['folder']}/{path.name}", abs_src_path=str(path)))
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if OPEN not in markdown:
            return markdown
        stylesheet = get_relative_url(f"{self.config['folder']}/azure-signup-guide.css", page.url)
        # Errors name the file's own lines: the front matter MkDocs took off comes first.
        source = page.file.content_string
        skipped = source[: source.find(markdown)].count("\n") if markdown and markdown in source else 0
        where = os.path.relpath(page.file.abs_src_path) if page.file.abs_src_path else page.file.src_uri
        out, copies, fence = [], [], None
        for number, line in enumerate(markdown.split("\n"), start=1 + skipped):
            opened = FENCE.match(line)
            if fence is not None:
                if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                    fence = None
            elif opened:
                fence = opened.group(1)
            elif found := DIRECTIVE.match(line):
                try:
                    element = self.guide.element(parse_options(found.group("options")), self.default_lang, stylesheet)
                except ValueError as e:
                    raise PluginError(f"{where}:{number}: {e}") from None
                # A comment now (Markdown keeps it whole), the element once the page is HTML.
                out.append(f"\n{SLOT.format(len(copies))}\n")
                copies.append(element)
                continue
            elif INDENTED.match(line):
                # Inside an admonition or a content tab (or an indented code block): left as
                # it is; `mkdocs build --strict` fails on this warning.
                log.warning(f"{where}:{number}: an indented directive is left as text; put it on a line of its own, not indented")
            out.append(line)
        self.copies[page.file.src_uri] = copies
        return "\n".join(out)

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        for index, element in enumerate(self.copies.pop(page.file.src_uri, [])):
            slot = SLOT.format(index)
            if slot not in html:
                raise PluginError(f"{page.file.src_uri}: the guide's place was lost in the page's HTML")
            html = html.replace(slot, element, 1)
        return html
