"""Print stage, build: the large-print PDF of one handout, laid out again only when needed.

`plan_pdf` says whether the PDF built last time is still current: a `pdf_key` hashes
everything the PDF is made from (the document, the print settings, the templates that
print it, the fonts, the pictures, the date it carries and the code of this tool and the
renderer), so that a build with nothing to print neither renders the HTML nor loads Jinja2.
`lay_out_pdf` renders the HTML (`render.render_html`) and lays it out with WeasyPrint (not
cheap), in a process of its own (`build.Background`). The manifest entry records the element
each page starts with (`page_starts`), which the EPUB's page list follows; a PDF left by an
earlier build is checked against the text first (`current_page_starts`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from handout import __version__
from handout.config import Settings
from handout.outputs import (Layout, code_identity, digest, file_sha256, file_stamp,
                             output_entry, picture_hashes, source_date, still_valid,
                             write_with)
from handout.read.document import Document

log = logging.getLogger("handout.progress")


PRINTERS = ("weasyprint", "Jinja2", "tinyhtml5", "Babel")
"""The libraries whose versions shape a PDF (`outputs.code_identity`)."""


@dataclass(frozen=True)
class PdfPlan:
    """`key`, a hash of everything the handout's PDF is made from, and the PDF's manifest
    entry if the one already built is still current."""

    key: str
    current: dict | None


def plan_pdf(document: Document, settings: Settings, previous: dict) -> PdfPlan:
    """Whether the PDF built last time, as `previous` (the manifest) records it, is still
    current."""
    key = pdf_key(document, settings)
    layout = Layout(settings.out, document.slug)
    entry = previous.get("pdf")
    if still_valid(entry, key, layout.pdf) and "page_starts" in entry:
        log.info("%s: PDF unchanged", document.slug)
        return PdfPlan(key, {**entry, "stamp": file_stamp(layout.pdf)})
    return PdfPlan(key, None)


def lay_out_pdf(document: Document, settings: Settings, plan: PdfPlan) -> dict:
    """Render the handout's HTML and lay it out as the PDF edition with WeasyPrint (not
    cheap); return its manifest entry."""
    from handout.pdf.render import render_html, write_pdf
    from handout.progress import pdf_progress

    layout = Layout(settings.out, document.slug)
    log.info("%s: laying out the PDF", document.slug)
    html = render_html(document, settings)
    warn_unprintable(document, html)
    starts: list[str | None] = []
    with pdf_progress(f"{document.slug}: PDF", quiet=settings.quiet):
        write_with(layout.pdf, lambda tmp: starts.extend(write_pdf(document, html, tmp, settings)))
    return output_entry(layout.pdf, plan.key, pages=len(starts), edition=settings.edition,
                        paper=settings.paper, page_starts=starts)


def warn_unprintable(document: Document, html: str) -> None:
    """Warn, at the first line that has one, of characters the PDF would print as boxes,
    and of Latin letters it would print in another typeface (`fonts.mixed_letters`)."""
    from handout.fonts import mixed_letters, mixed_message, unprintable, unprintable_message
    from handout.read.sources import locate

    characters = unprintable(printed_text(html))
    if characters:
        line = locate(document.source, characters[0])
        logging.getLogger("handout.diagnostics").warning(
            "%s: %s", f"{document.source}:{line}" if line else document.source,
            unprintable_message(characters))
    letters = mixed_letters(printed_text(html))
    if letters:  # printed, but not in the handout's typeface
        line = locate(document.source, letters[0])
        logging.getLogger("handout.diagnostics").warning(
            "%s: %s", f"{document.source}:{line}" if line else document.source,
            mixed_message(letters))


STYLE_ELEMENT = re.compile(r"<style\b.*?</style>", re.S)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
"""A comment in a stylesheet, which prints nothing (`printed_text`)."""


def printed_text(html: str) -> str:
    """The characters `html` prints: its text, with the words its stylesheet adds, but not
    the stylesheet's comments, which print nothing (a Devanagari danda in one made every
    handout, English ones too, need fonts-noto-core)."""
    import html as entities

    html = STYLE_ELEMENT.sub(lambda style: CSS_COMMENT.sub(" ", style[0]), html)
    return entities.unescape(re.sub(r"<[^>]*>", " ", html))


def pdf_key(document: Document, settings: Settings) -> str:
    """A hash of everything that shapes the PDF: the document, the edition, paper and
    background, the two templates that print it, the fonts, the pictures, the date
    `SOURCE_DATE_EPOCH` gives it, and the code of this tool and the renderer."""
    from handout.fonts import font_faces
    from handout.pdf.render import require_templates

    templates = [file_sha256(path) for path in require_templates(settings)]
    fonts = [file_sha256(face.path) for face in font_faces()]
    return digest("pdf", __version__, code_identity(*PRINTERS), repr(document),
                  settings.edition, settings.paper, settings.background, str(settings.source),
                  templates, fonts, str(source_date()),
                  picture_hashes(document.html, settings.source))


def current_page_starts(document: Document, settings: Settings,
                        entry: dict | None) -> list[str | None] | None:
    """The element each page of the built PDF starts with, if `entry` (the manifest's)
    is the PDF of the document as it is now; None if it is missing or older."""
    if not entry or "page_starts" not in entry:
        return None
    if not still_valid(entry, pdf_key(document, settings),
                       Layout(settings.out, document.slug).pdf):
        return None
    return entry["page_starts"]


