"""The built guide inside a docs-generator package, and the one way its options are read.

Shared by the MkDocs plugin and the Sphinx extension: their build scripts
(scripts/mkdocs-plugin, scripts/sphinx-extension) copy this file into each package as
`_guide.py`, beside the release build's files (`guide/`) and prerendered copies
(`guide/prerendered/`). Nothing here renders the guide: it picks a copy the guide's own
renderer made and writes the element's attributes. The rules come from the build too:
`locales.json` holds every key of the element's language matcher (`Locale::keys`),
`options.json` the values each option takes (the Rust types' own lists).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OPTIONS = ("lang", "view", "step", "scenario", "theme", "languages")


def cut(text: str) -> str:
    """A value as an error echoes it: at most 60 characters."""
    return text if len(text) <= 60 else text[:60] + "…"


def attribute(value: str) -> str:
    """`value` escaped for a double-quoted HTML attribute."""
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


class Guide:
    def __init__(self, folder: Path):
        self.folder = folder
        prerendered = folder / "prerendered"
        if not (prerendered / "locales.json").is_file():
            raise FileNotFoundError("this package holds no built guide; make it with its script in scripts/")
        self.keys: dict[str, str] = json.loads((prerendered / "locales.json").read_text("utf-8"))
        self.values: dict[str, list[str]] = json.loads((prerendered / "options.json").read_text("utf-8"))

    def files(self) -> list[Path]:
        """The files a site serves: loader, glue, wasm, language files, stylesheet."""
        return sorted(p for p in self.folder.iterdir() if p.is_file())

    def match(self, lang: str) -> str | None:
        """The shipped locale for `lang`, as the element's matcher gives it: the value
        lower-cased, then with its last subtag dropped, and so on."""
        key = lang.strip().lower()
        # A well-formed tag only, as the element checks it first: "sv-SE,view=steps" is not.
        if not re.fullmatch(r"(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z0-9]{1,8})*", key):
            return None
        while key:
            if key in self.keys:
                return self.keys[key]
            key = key.rpartition("-")[0]
        return None

    def element(self, chosen: dict[str, str | None], default_lang: str, stylesheet: str) -> str:
        """The element for the options `chosen` (a value, or None for the flag
        `languages`), its prerendered copy inside linking `stylesheet`. Raises ValueError
        with a message for the author when an option or value is not the element's."""
        for key, value in chosen.items():
            if key not in OPTIONS:
                raise ValueError(f"unknown option `{cut(key)}` ({', '.join(OPTIONS)})")
            if key == "languages" and value not in (None, ""):
                raise ValueError("`languages` takes no value")
            if key != "languages" and not value:
                raise ValueError(f"`{key}` needs a value: {key}=…")
        asked = chosen.get("lang")
        tag = self.match(asked or default_lang)
        if tag is None:
            if asked is not None:
                raise ValueError(f"lang={cut(asked)!r} matches no language of the guide")
            tag = "en-US"
        for key, allowed in self.values.items():
            value = chosen.get(key)
            if value is None:
                continue
            number = key == "step" and value.strip().lstrip("+").isdigit() and 1 <= int(value) <= len(allowed)
            if value.strip().lower() not in allowed and not number:
                raise ValueError(f"{key}={cut(value)!r} is not one of {', '.join(allowed)}")
        view = (chosen.get("view") or "all").strip().lower()
        copy = (self.folder / "prerendered" / f"{tag}-{view}.html").read_text("utf-8")
        inner = re.sub(r"^\s*<azure-signup-guide[^>]*>|</azure-signup-guide>\s*$", "", copy)
        inner = inner.replace('href="azure-signup-guide.css"', f'href="{attribute(stylesheet)}"')
        attributes = f' lang="{tag}"'
        for key in ("view", "step", "scenario", "theme"):
            value = chosen.get(key)
            if value is not None and not (key == "view" and view == "all"):
                attributes += f' {key}="{attribute(value.strip())}"'
        if "languages" in chosen:
            attributes += " languages"
        return f"<azure-signup-guide{attributes}>{inner}</azure-signup-guide>"


def searchable(html: str) -> str:
    """The element's HTML with a space between tags, for indexers that drop tags and join
    what is left (Sphinx's): words of neighbouring blocks stay apart."""
    return re.sub(r">(?=<)", "> ", html)
