"""Print stage, build: the large-print PDF of one handout, laid out again only when needed.

`plan_pdf` renders the handout's HTML (cheap), and `lay_out_pdf` lays it out with
WeasyPrint (not cheap) only when a hash of the HTML, the fonts, the pictures, the edition
and the renderer's version differs from the one the manifest recorded, or the file is gone
or changed. The build plans in its own process and lays out in another (`build.Background`)
from that plan, so the HTML is rendered once. The manifest entry records the element each
page starts with (`page_starts`), which the EPUB's page list follows; a PDF left by an
earlier build is checked against the text first (`current_page_starts`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from handout import __version__
from handout.config import Settings
from handout.outputs import (Layout, digest, file_sha256, file_stamp, output_entry,
                             still_valid, write_with)
from handout.read.document import Document

log = logging.getLogger("handout.progress")


@dataclass(frozen=True)
class PdfPlan:
    """What a handout's PDF is made from (`html`, and `key`, a hash of every input), and
    its manifest entry if the PDF already built is still current."""

    html: str
    key: str
    current: dict | None


def plan_pdf(document: Document, settings: Settings, previous: dict) -> PdfPlan:
    """Render the handout's HTML (cheap) and say whether the PDF built from it last time,
    as `previous` (the manifest) records it, is still current."""
    from handout.pdf.render import render_html

    html = render_html(document, settings)
    key = pdf_key(document, settings, html)
    layout = Layout(settings.out, document.slug)
    entry = previous.get("pdf")
    if still_valid(entry, key, layout.pdf) and "page_starts" in entry:
        log.info("%s: PDF unchanged", document.slug)
        return PdfPlan(html, key, {**entry, "stamp": file_stamp(layout.pdf)})
    return PdfPlan(html, key, None)


def lay_out_pdf(document: Document, settings: Settings, plan: PdfPlan) -> dict:
    """Lay out the PDF edition from `plan`'s HTML with WeasyPrint (not cheap); return its
    manifest entry."""
    from handout.pdf.render import write_pdf
    from handout.progress import pdf_progress

    layout = Layout(settings.out, document.slug)
    log.info("%s: laying out the PDF", document.slug)
    starts: list[str | None] = []
    with pdf_progress(f"{document.slug}: PDF", quiet=settings.quiet):
        write_with(layout.pdf,
                   lambda tmp: starts.extend(write_pdf(document, plan.html, tmp, settings)))
    return output_entry(layout.pdf, plan.key, pages=len(starts), edition=settings.edition,
                        paper=settings.paper, page_starts=starts)


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
