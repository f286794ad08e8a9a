"""Print stage, build: the large-print PDF of one handout, laid out again only when needed.

`build_pdf` renders the handout's HTML (cheap) and lays it out with WeasyPrint (not cheap)
only when a hash of the HTML, the fonts, the pictures, the edition and the renderer's
version differs from the one the manifest recorded, or the file is gone or changed.
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
    from handout.fonts import font_faces
    from handout.pdf.render import render_html

    layout = Layout(settings.out, document.slug)
    html = render_html(document, settings)
    fonts = [file_sha256(face.path) for face in font_faces()]
    key = digest("pdf", __version__, _weasyprint_version(), html, fonts, settings.edition,
                 _source_assets(document, settings))
    entry = previous.get("pdf")
    if still_valid(entry, key, layout.pdf):
        log.info("%s: PDF unchanged", document.slug)
        return {**entry, "stamp": file_stamp(layout.pdf)}
    from handout.pdf.render import write_pdf
    from handout.progress import pdf_progress

    log.info("%s: laying out the PDF", document.slug)
    pages: list[int] = []
    with pdf_progress(f"{document.slug}: PDF", quiet=settings.quiet):
        write_with(layout.pdf,
                   lambda tmp: pages.append(write_pdf(document, html, tmp, settings)))
    return output_entry(layout.pdf, key, pages=pages[0], edition=settings.edition,
                        paper=settings.paper)


def _weasyprint_version() -> str:
    from importlib.metadata import version

    return version("weasyprint")


def _source_assets(document: Document, settings: Settings) -> list[tuple[str, str | None]]:
    """Hashes of the images a handout uses, so replacing a picture rebuilds the PDF."""
    names = sorted(set(re.findall(r'src="([^":]+)"', "".join(s.html for s in document.sections))))
    return [(name, file_sha256(settings.source / name)) for name in names]
