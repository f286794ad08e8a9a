"""Print stage, build: the large-print PDF of one handout, laid out again only when needed.

`build_pdf` renders the handout's HTML (cheap) and lays it out with WeasyPrint (not cheap)
only when a hash of the HTML, the fonts, the pictures, the edition and the renderer's
version differs from the one the manifest recorded, or the file is gone or changed. Its
manifest entry records the element each page starts with (`page_starts`), which the EPUB's
page list follows.
"""

from __future__ import annotations

import logging
import re

from handout import __version__
from handout.config import Settings
from handout.outputs import (Layout, digest, file_sha256, file_stamp, output_entry,
                             still_valid, write_with)
from handout.read.document import Document

log = logging.getLogger("handout.progress")


def build_pdf(document: Document, settings: Settings, previous: dict) -> dict:
    """The PDF edition, rebuilt only when its HTML, stylesheet, fonts or settings changed."""
    from handout.pdf.render import render_html, write_pdf
    from handout.progress import pdf_progress

    html = render_html(document, settings)
    key = pdf_key(document, settings, html)
    current = _current(document, settings, previous, key)
    if current is not None:
        return current
    layout = Layout(settings.out, document.slug)
    log.info("%s: laying out the PDF", document.slug)
    starts: list[str | None] = []
    with pdf_progress(f"{document.slug}: PDF", quiet=settings.quiet):
        write_with(layout.pdf,
                   lambda tmp: starts.extend(write_pdf(document, html, tmp, settings)))
    return output_entry(layout.pdf, key, pages=len(starts), edition=settings.edition,
                        paper=settings.paper, page_starts=starts)


def current_pdf(document: Document, settings: Settings, previous: dict) -> dict | None:
    """The manifest entry of the PDF already built, if it is still the document's PDF as
    the document and settings are now; None if it must be laid out (`build_pdf`)."""
    from handout.pdf.render import render_html

    return _current(document, settings, previous,
                    pdf_key(document, settings, render_html(document, settings)))


def _current(document: Document, settings: Settings, previous: dict, key: str) -> dict | None:
    layout = Layout(settings.out, document.slug)
    entry = previous.get("pdf")
    if still_valid(entry, key, layout.pdf) and "page_starts" in entry:
        log.info("%s: PDF unchanged", document.slug)
        return {**entry, "stamp": file_stamp(layout.pdf)}
    return None


def pdf_key(document: Document, settings: Settings, html: str) -> str:
    """A hash of everything that shapes the PDF: its HTML, fonts, pictures and edition, and
    the versions of this tool and the renderer."""
    from handout.fonts import font_faces

    fonts = [file_sha256(face.path) for face in font_faces()]
    return digest("pdf", __version__, _weasyprint_version(), html, fonts, settings.edition,
                  _source_assets(document, settings))


def current_page_starts(document: Document, settings: Settings,
                        entry: dict | None) -> list[str | None] | None:
    """The element each page of the built PDF starts with, if `entry` (the manifest's)
    is the PDF of the document as it is now; None if it is missing or older."""
    from handout.pdf.render import render_html

    if not entry or "page_starts" not in entry:
        return None
    key = pdf_key(document, settings, render_html(document, settings))
    if not still_valid(entry, key, Layout(settings.out, document.slug).pdf):
        return None
    return entry["page_starts"]


def _weasyprint_version() -> str:
    from importlib.metadata import version

    return version("weasyprint")


def _source_assets(document: Document, settings: Settings) -> list[tuple[str, str | None]]:
    """Hashes of the images a handout uses, so replacing a picture rebuilds the PDF."""
    names = sorted(set(re.findall(r'src="([^":]+)"', "".join(s.html for s in document.sections))))
    return [(name, file_sha256(settings.source / name)) for name in names]
