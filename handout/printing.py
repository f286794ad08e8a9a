"""Print stage: a `Document` laid out as a large-print, tagged PDF (PDF/UA-1).

`render_html` fills the Jinja2 template in `templates/` with the document's sections and
the print stylesheet (itself a template, so every size derives from the edition's body
size). `write_pdf` lays the HTML out with WeasyPrint, embedding Atkinson Hyperlegible from
its PyPI package. WeasyPrint may read only the source folder, the templates and the font
packages: `ConfinedFetcher` refuses everything else, the network included.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from .config import BACKGROUNDS, PAPERS, Settings
from .document import Document
from .fetcher import confined_fetcher

log = logging.getLogger("handout.diagnostics")

TEMPLATE = "handout.html.j2"
STYLESHEET = "print.css.j2"
CONTENTS_MIN_SECTIONS = 6
"""A table of contents follows the title block when a handout has this many sections."""


@dataclass(frozen=True)
class FontFace:
    family: str
    weight: int
    path: Path

    @property
    def url(self) -> str:
        return self.path.as_uri()


def font_files() -> dict[str, Path]:
    """Atkinson Hyperlegible's upright faces from its PyPI package (italics never used)."""
    import fontpkg_atkinson_hyperlegible as atkinson

    files = atkinson.ROOT / "files"
    return {"regular": files / "AtkinsonHyperlegible-Regular.ttf",
            "bold": files / "AtkinsonHyperlegible-Bold.ttf"}


def font_faces() -> list[FontFace]:
    """Every face the stylesheet declares: Atkinson Hyperlegible, and IBM Plex Mono for code."""
    import fontpkg_ibm_plex_mono as plex

    atkinson = font_files()
    plex_files = plex.ROOT / "files"
    return [
        FontFace("Atkinson Hyperlegible", 400, atkinson["regular"]),
        FontFace("Atkinson Hyperlegible", 700, atkinson["bold"]),
        FontFace("IBM Plex Mono", 400, plex_files / "IBMPlexMono-Regular.ttf"),
        FontFace("IBM Plex Mono", 700, plex_files / "IBMPlexMono-Bold.ttf"),
    ]


FONT_FAMILIES = ("Atkinson Hyperlegible", "IBM Plex Mono")
"""The only font families a handout's PDF may use."""


def long_date(date: dt.date) -> str:
    return f"{date.day} {date.strftime('%B %Y')}"


def render_html(document: Document, settings: Settings) -> str:
    """The handout as one HTML page, with its print stylesheet inlined."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(settings.templates),
                      autoescape=select_autoescape(["html.j2"]),
                      keep_trailing_newline=True)
    stylesheet = env.get_template(STYLESHEET).render(
        body=settings.body_size,
        paper=PAPERS[settings.paper],
        background=BACKGROUNDS[settings.background],
        font_faces=font_faces(),
    )
    contents = document.sections[1:] if len(document.sections) >= CONTENTS_MIN_SECTIONS else ()
    return env.get_template(TEMPLATE).render(
        document=document,
        meta=document.meta,
        stylesheet=stylesheet,
        contents=contents,
        long_date=long_date,
    )


def write_pdf(document: Document, html: str, target: Path, settings: Settings) -> int:
    """Lay out `html` as a PDF/UA-1 file at `target`; return the page count."""
    from weasyprint import HTML

    fetcher = confined_fetcher([settings.source, settings.templates]
                               + [face.path.parent for face in font_faces()], document.source)
    rendered = HTML(string=html, base_url=str(settings.source.resolve()) + "/",
                    url_fetcher=fetcher).render(pdf_variant="pdf/ua-1")
    rendered.write_pdf(target, pdf_variant="pdf/ua-1", pdf_identifier=_identifier(document),
                       custom_metadata=True)
    return len(rendered.pages)


def _identifier(document: Document) -> bytes:
    import hashlib

    return hashlib.md5(document.slug.encode()).hexdigest().encode()
