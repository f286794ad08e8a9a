"""Resource confinement for the print stage: WeasyPrint may read only what the project owns.

Rendering must never read a file outside the source folder, the templates and the font
packages, and never touch the network, whatever the Markdown or its raw HTML asks for.
`confined_fetcher` gives WeasyPrint a URL fetcher that serves `data:` URLs and files under
the allowed roots (after resolving symlinks and `..`), and refuses everything else with a
warning naming the handout.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from handout.read.sources import where

log = logging.getLogger("handout.diagnostics")


def confined_fetcher(roots: list[Path], source: Path):
    """A WeasyPrint URL fetcher that serves `data:` URLs and files under `roots`, nothing else."""
    from urllib.request import url2pathname  # with http.client and ssl: only for a layout

    from handout.pdf import import_weasyprint

    URLFetcher = import_weasyprint().urls.URLFetcher
    allowed = [root.resolve() for root in roots]

    class ConfinedFetcher(URLFetcher):
        def fetch(self, url: str, headers=None):
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file" and parts.netloc in ("", "localhost"):
                path = Path(url2pathname(unquote(parts.path))).resolve()
                if any(path.is_relative_to(root) for root in allowed):
                    return super().fetch(url, headers)
            log.warning("%s: refused to load %s: handouts may only use files inside the "
                        "source folder; it was left out", where(source, *_needles(url)),
                        url[:120])
            raise ValueError(f"refused: {url[:120]}")

    return ConfinedFetcher(allowed_protocols=("file", "data"), allow_redirects=False)


def _needles(url: str) -> list[str]:
    """What the handout probably says for `url`: the address itself, else its file name."""
    parts = urlsplit(url)
    name = unquote(parts.path).rstrip("/").rsplit("/", 1)[-1]
    return [url, unquote(url), parts.netloc + parts.path, name]
