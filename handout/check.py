"""Check stage: verify built outputs (and lint the sources) against the standards.

`check_project` reads every handout and its manifest and returns `Finding`s, one per
problem, each naming the file and the page, line or section it is about. Errors fail the
check; warnings fail it only with `--strict`; information never fails it. The PDF and
audio verifications each live in their own function so that they can grow rule by rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .build import load_documents
from .config import Settings
from .document import Document
from .outputs import Layout

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    """One problem: where it is, which rule it breaks, and what to do."""

    where: str
    rule: str
    message: str
    severity: str = ERROR

    def fails(self, strict: bool) -> bool:
        return self.severity == ERROR or (strict and self.severity == WARNING)

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}: {self.message}" + (
            "" if self.severity == ERROR else f" ({self.severity})")


def check_project(settings: Settings) -> list[Finding]:
    """Every finding for every handout under the source folder."""
    findings: list[Finding] = []
    for document in load_documents(settings):
        layout = Layout(settings.out, document.slug)
        if not layout.manifest.is_file():
            findings.append(Finding(str(layout.folder), "built",
                                    "not built yet: run 'invoke build'"))
            continue
        manifest = json.loads(layout.manifest.read_text("utf-8"))
        if "pdf" in manifest:
            findings += check_pdf(document, layout.pdf, settings)
        if "audio" in manifest:
            findings += check_audio(document, layout, manifest["audio"])
    return findings


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


def check_audio(document: Document, layout: Layout, audio: dict) -> list[Finding]:
    """One MP3 per section, in order, 44.1 kHz mono, tagged, and listed in the playlist."""
    from mutagen.mp3 import MP3, HeaderNotFoundError

    findings = []
    expected = [layout.section_mp3(s.index, s.id).name for s in document.sections]
    listed = [e["file"] for e in audio.get("sections", [])]
    if listed != expected:
        findings.append(Finding(str(layout.manifest), "audio-sections",
                                f"sections {listed} do not match the handout's {expected}"))
    for track, name in enumerate(expected, start=1):
        path = layout.audio / name
        where = str(path)
        if not path.is_file():
            findings.append(Finding(where, "audio", "missing: run 'invoke audio'"))
            continue
        try:
            mp3 = MP3(path)
        except (HeaderNotFoundError, OSError) as error:
            findings.append(Finding(where, "audio", f"not a readable MP3 ({error})"))
            continue
        if mp3.info.sample_rate != 44100 or mp3.info.channels != 1:
            findings.append(Finding(where, "audio-format",
                                    f"{mp3.info.sample_rate} Hz, {mp3.info.channels} channels; "
                                    "expected 44100 Hz mono"))
        tags = mp3.tags
        if tags is None or tags.version[:2] != (2, 4):
            findings.append(Finding(where, "audio-tags", "no ID3v2.4 tag"))
            continue
        if str(tags.get("TRCK", "")) != f"{track}/{len(expected)}":
            findings.append(Finding(where, "audio-tags", f"track is {tags.get('TRCK')}, "
                                                         f"expected {track}/{len(expected)}"))
        for frame in ("TIT2", "TALB", "TLAN", "TCON"):
            if frame not in tags:
                findings.append(Finding(where, "audio-tags", f"{frame} frame missing"))
    if layout.playlist.is_file():
        entries = [line for line in layout.playlist.read_text("utf-8").splitlines()
                   if line and not line.startswith("#")]
        if entries != expected:
            findings.append(Finding(str(layout.playlist), "playlist",
                                    "does not list the section files in order"))
    else:
        findings.append(Finding(str(layout.playlist), "playlist", "missing"))
    return findings
