"""Check stage, print: verify a built PDF against the large-print and PDF/UA standards.

Each rule reports `Finding`s naming the file and page; `check_pdf` runs them all.
"""

from __future__ import annotations

from pathlib import Path

from .findings import Finding
from .config import Settings
from .document import Document


def check_pdf(document: Document, path: Path, settings: Settings) -> list[Finding]:
    """The PDF opens, is PDF/UA with language and title, and has a bookmark per heading."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    where = str(path)
    if not path.is_file():
        return [Finding(where, "pdf", "missing: run 'invoke pdf'")]
    try:
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
    except (PdfReadError, OSError, KeyError) as error:
        return [Finding(where, "pdf", f"cannot be read ({error}): build it again")]
    findings = []
    if str(root.get("/Lang", "")).lower() != document.meta.lang.lower():
        findings.append(Finding(where, "pdf-lang", f"/Lang is {root.get('/Lang')!r}, "
                                                   f"expected {document.meta.lang!r}"))
    title = (reader.metadata or {}).get("/Title")
    if title != document.meta.title:
        findings.append(Finding(where, "pdf-title", f"title is {title!r}"))
    if "/StructTreeRoot" not in root:
        findings.append(Finding(where, "pdf-tags", "the PDF is not tagged"))
    xmp = reader.xmp_metadata
    ua = xmp and xmp.rdf_root.getElementsByTagNameNS("http://www.aiim.org/pdfua/ns/id/", "part")
    if not ua:
        findings.append(Finding(where, "pdf-ua", "no PDF/UA identification in the metadata"))
    bookmarks = [title for _, title in _outline(reader.outline, reader)]
    expected = [h.text for h in document.headings]
    if bookmarks != expected:
        findings.append(Finding(where, "pdf-bookmarks",
                                f"bookmarks {bookmarks} do not match the headings {expected}"))
    return findings


def _outline(items, reader, depth: int = 1):
    for item in items:
        if isinstance(item, list):
            yield from _outline(item, reader, depth + 1)
        else:
            yield depth, item.title
