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

import json
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

GUIDE = Path(__file__).parent / "guide"
OPEN = "{{#azure-signup-guide"
DIRECTIVE = re.compile(r"^ {0,3}\{\{#azure-signup-guide(?P<options>(?:\s[^}]*)?)\}\}\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
OPTION = re.compile(r'([A-Za-z-]+)(?:=(?:"([^"]*)"|(\S+)))?')
SLOT = "<!-- azure-signup-guide {} -->"


def _cut(text: str) -> str:
    """A value as an error echoes it: at most 60 characters."""
    return text if len(text) <= 60 else text[:60] + "…"


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


class AzureSignupGuidePlugin(BasePlugin):
    config_scheme = (
        # Where the guide's files go in the built site.
        ("folder", config_options.Type(str, default="azure-signup-guide")),
    )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        prerendered = GUIDE / "prerendered"
        if not (prerendered / "locales.json").is_file():
            raise PluginError(
                "azure-signup-guide: this package holds no built guide; make it with scripts/mkdocs-plugin"
            )
        self.keys = json.loads((prerendered / "locales.json").read_text("utf-8"))
        self.values = json.loads((prerendered / "options.json").read_text("utf-8"))
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
        for path in sorted(GUIDE.iterdir()):
            if path.is_file():
                files.append(
                    File.generated(config, f"{self.config['folder']}/{path.name}", abs_src_path=str(path))
                )
        return files

    def _match(self, lang: str) -> str | None:
        """The shipped locale for `lang`, as the element's matcher gives it."""
        key = lang.strip().lower()
        while key:
            if key in self.keys:
                return self.keys[key]
            key = key.rpartition("-")[0]
        return None

    def _element(self, options: str, page: Page, line: int) -> str:
        where = f"{page.file.src_uri}:{line}"
        chosen: dict[str, str | None] = {}
        rest = options.strip()
        for found in OPTION.finditer(rest):
            key, quoted, bare = found.group(1), found.group(2), found.group(3)
            value = quoted if quoted is not None else bare
            if key in chosen:
                raise PluginError(f"{where}: `{_cut(key)}` is given twice")
            if key == "languages":
                if value is not None:
                    raise PluginError(f"{where}: `languages` takes no value")
            elif key in ("lang", *self.values):
                if value is None:
                    raise PluginError(f"{where}: `{key}` needs a value: {key}=…")
            else:
                raise PluginError(
                    f"{where}: unknown option `{_cut(key)}` (lang, view, step, scenario, theme, languages)"
                )
            chosen[key] = value
        leftover = OPTION.sub("", rest).strip()
        if leftover:
            raise PluginError(f"{where}: cannot read `{_cut(leftover)}`: write key=value")
        asked = chosen.get("lang")
        tag = self._match(asked or self.default_lang)
        if tag is None:
            if asked is not None:
                raise PluginError(f"{where}: lang={_cut(asked)!r} matches no language of the guide")
            tag = "en-US"
        for key in self.values:
            value = chosen.get(key)
            if value is None:
                continue
            allowed = self.values[key]
            number = key == "step" and value.strip().lstrip("+").isdigit() and 1 <= int(value) <= len(allowed)
            if value.strip().lower() not in allowed and not number:
                raise PluginError(f"{where}: {key}={_cut(value)!r} is not one of {', '.join(allowed)}")
        view = (chosen.get("view") or "all").strip().lower()
        copy = (GUIDE / "prerendered" / f"{tag}-{view}.html").read_text("utf-8")
        inner = re.sub(r"^\s*<azure-signup-guide[^>]*>|</azure-signup-guide>\s*$", "", copy)
        css = get_relative_url(f"{self.config['folder']}/azure-signup-guide.css", page.url)
        inner = inner.replace('href="azure-signup-guide.css"', f'href="{_attribute(css)}"')
        attributes = f' lang="{tag}"'
        for key in ("view", "step", "scenario", "theme"):
            value = chosen.get(key)
            if value is not None and not (key == "view" and view == "all"):
                attributes += f' {key}="{_attribute(value.strip())}"'
        if "languages" in chosen:
            attributes += " languages"
        return f"<azure-signup-guide{attributes}>{inner}</azure-signup-guide>"

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if OPEN not in markdown:
            return markdown
        out, copies, fence = [], [], None
        for number, line in enumerate(markdown.split("\n"), start=1):
            opened = FENCE.match(line)
            if fence is not None:
                if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                    fence = None
            elif opened:
                fence = opened.group(1)
            elif found := DIRECTIVE.match(line):
                # A comment now (Markdown keeps it whole), the element once the page is HTML.
                out.append(f"\n{SLOT.format(len(copies))}\n")
                copies.append(self._element(found.group("options"), page, number))
                continue
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
