"""Editions, shared pieces: what the web page, DAISY book, EPUB and feed each need alike.

They are editions of one narrated document, so they share: the check that the built audio
was made from the text as it is now (`require_current_audio`); how the voice's timings map
onto the text (`synchronised`: one entry per element spoken, from the utterances' refs and
the clips the audio stage recorded, and one per heading left unsaid); the length of a
published MP3 (`mp3_length`); the clock formats; where each page of the PDF starts
(`require_page_starts`) and how a page's marker is put into the text there
(`insert_page_break`); the publication date; heading levels without gaps
(`outline_levels`, `close_heading_gaps`); the title block as elements with the ids the voice
follows (`title_elements`); the words a picture without a description shows
(`describe_pictures`); header cells that say what they head (`scope_header_cells`); the
pictures an edition shows, copied or made into files of its own (`picture_files`); and the
fonts. No edition imports another's helpers.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Iterable, Sequence
from urllib.parse import unquote, unquote_to_bytes

from handout.config import Settings
from handout.errors import HandoutError
from handout.language import Words
from handout.outputs import Layout, file_sha256, handout_epoch, local_pictures, write_with
from handout.read.document import (HEADING_TAGS, Document, Section, fresh_ids, parse_html,
                                   title_block, title_block_ids)


def require_current_audio(document: Document, layout: Layout, audio: dict | None,
                          editions: Sequence[str]) -> None:
    """Stop unless `audio` was built from the document as it is now: the editions made from
    it would otherwise play one text and show another."""
    build_it = f"--editions audio,{','.join(editions)}"
    if audio is None:
        raise HandoutError(f"the {' and '.join(editions)} edition needs the audio: build "
                           f"with {build_it}", document.source)
    entries = audio.get("sections", [])
    if len(entries) != len(document.sections):
        raise HandoutError("the audio was built from another version of this handout: build "
                           f"the audio edition too ({build_it})", document.source)
    for section, entry in zip(document.sections, entries):
        transcript = layout.audio / entry["transcript"]
        stale = (not transcript.is_file()
                 or transcript.read_text("utf-8") != section.transcript
                 or len(entry.get("clips", [])) != len(section.script))
        if stale:
            raise HandoutError("the audio of this section was built from older text: build "
                               f"the audio edition too ({build_it})", section.source,
                               section.line)


@dataclass(frozen=True)
class Sync:
    """An element of the text and when the voice says it, in seconds of the section's MP3.

    `start`..`end` is the speech itself; `begin`..`until` also holds the pause that follows
    (and, for the first, the silence before it), so that consecutive entries cover the file
    end to end, as SMIL clips should.
    """

    ref: str
    text: str
    start: float
    end: float
    begin: float
    until: float


def synchronised(section: Section, clips: Sequence[Sequence[float]],
                 duration: float) -> list[Sync]:
    """One entry per element the voice speaks in `section`, in order; consecutive
    utterances shown by the same element (a code block's announcement and its words) are
    one entry; and one for each heading left unsaid (`with_unsaid_headings`)."""
    groups: list[tuple[str, list[int]]] = []
    for index, utterance in enumerate(section.script):
        if groups and utterance.ref == groups[-1][0]:
            groups[-1][1].append(index)
        else:
            groups.append((utterance.ref or f"{section.id}-{index}", [index]))
    entries = []
    for number, (ref, members) in enumerate(groups):
        begin = 0.0 if number == 0 else min(clips[members[0]][0], duration)
        until = duration if number == len(groups) - 1 else \
            min(clips[groups[number + 1][1][0]][0], duration)
        entries.append(Sync(ref, " ".join(section.script[i].text for i in members),
                            clips[members[0]][0], min(clips[members[-1]][1], duration),
                            begin, until))
    return with_unsaid_headings(section, entries, duration)


def with_unsaid_headings(section: Section, entries: list[Sync], duration: float) -> list[Sync]:
    """`entries` with one for each heading of `section` (its title, for the first) that the
    voice leaves unsaid, as it leaves letters it cannot read (a Word document's Chinese
    title property over English text): each plays the silence before the words that follow
    it (the silence opening the file, for the section's own heading; all of the file, in a
    section with nothing said), taking a millisecond of those words where there is none. A
    DAISY book's first heading must be its title, and an EPUB's overlay reads every heading:
    without entries of their own, unsaid headings were in neither."""
    said = {entry.ref for entry in entries}
    waiting: list[tuple[str, str]] = [] if section.id in said else \
        [(section.id, section.heading)]
    before: dict[str | None, list[tuple[str, str]]] = {}
    for element in parse_html(section.html).iter():
        ref = element.get("id")
        if element.tag in HEADING_TAGS and ref not in said and ref not in (None, section.id):
            waiting.append((ref, " ".join("".join(element.itertext()).split())))
        elif ref in said and waiting:
            before[ref], waiting = waiting, []
    before[None] = waiting  # after the last words
    timed: list[Sync] = []
    for entry in [*entries, None]:
        headings = before.get(entry.ref if entry else None, [])
        if headings:
            low = timed[-1].end if timed else 0.0
            high = max(entry.start if entry else duration, low + 0.001 * len(headings))
            edges = [low + (high - low) * k / len(headings) for k in range(len(headings) + 1)]
            if timed:
                timed[-1] = replace(timed[-1], until=low)
            timed += [Sync(ref, text, begin, end, begin, end)
                      for (ref, text), begin, end in zip(headings, edges, edges[1:])]
            if entry:
                entry = replace(entry, begin=high, start=max(entry.start, high))
        if entry:
            timed.append(entry)
    return timed


def mp3_length(source: Path | BinaryIO) -> float:
    """Seconds of audio in an MP3 as a player decodes it (its LAME tag's encoder delay and
    padding taken off), which a synchronised clip must never pass."""
    from mutagen.mp3 import MP3

    return MP3(source).info.length


def clock(seconds: float) -> str:
    """`h:mm:ss.sss`, as SMIL clock values are written, to the nearest millisecond."""
    hours, rest = divmod(round(seconds * 1000), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def hms(seconds: float) -> str:
    """`hh:mm:ss`, rounded to the second: itunes:duration and DAISY's ncc:totalTime."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def title_elements(document: Document) -> list[ET.Element]:
    """The title section's lead lines (title, subtitle, byline, date) as an `h1` and
    paragraphs, with the ids the speech script gave them."""
    ids = title_block_ids(document.slug)
    elements = []
    for line in title_block(document.meta, document.slug):
        kind = next(k for k, v in ids.items() if v == line.ref)
        element = ET.Element("h1" if kind == "title" else "p", {"class": kind, "id": line.ref})
        element.text = line.words
        elements.append(element)
    return elements


def outline_levels(levels: Sequence[int]) -> list[int]:
    """Heading levels as a navigation outline needs them: the first at 1 and none skipped
    (an `h2` then an `h4` become 2 and 3)."""
    fixed: list[int] = []
    for level in levels:
        fixed.append(1 if not fixed else max(1, min(level, fixed[-1] + 1)))
    return fixed


def close_heading_gaps(bodies: Iterable[ET.Element], title: bool = False) -> None:
    """Number the headings of `bodies`, read in order as one text, as the contents list
    does (`outline_levels`): a handout may go from `##` to `####`, which a reader moving by
    headings takes for a missing part, and Ace fails (heading-order). `title`: an `h1`
    outside `bodies` comes first."""
    headings = [e for body in bodies for e in body.iter() if e.tag in HEADING_TAGS]
    levels = outline_levels(([1] if title else []) + [int(h.tag[1]) for h in headings])
    for heading, level in zip(headings, levels[1:] if title else levels):
        heading.tag = f"h{level}"


def scope_header_cells(body: ET.Element) -> None:
    """Header cells say what they head: columns in the header row, rows elsewhere. An
    empty one (the corner of a Word table) heads nothing and becomes a plain cell, which
    Ace asks for (empty-table-header)."""
    for table in body.iter("table"):
        for group in table:
            for row in (group if group.tag in ("thead", "tbody", "tfoot") else [group]):
                for cell in row.iter("th"):
                    if not "".join(cell.itertext()).strip() and cell.find(".//img") is None:
                        cell.tag = "td"  # and without the scope HTML allows a header alone:
                        cell.attrib.pop("scope", None)  # Pension Wise's failed EPUBCheck
                        continue
                    cell.set("scope", cell.get("scope") or
                             ("col" if group.tag == "thead" else "row"))


def require_page_starts(document: Document, settings: Settings, outputs: dict,
                        pdf_current: bool, edition: str, name: str) -> list[list | None]:
    """Where each page of the large-print PDF starts (`pdf.render.page_starts`), for an
    edition numbered in its pages: the PDF entry of this build when `pdf_current` (made or
    checked from the text as it is now), else one left by an earlier build that is still
    the PDF of this text (`pdf.build.current_page_starts`, which renders nothing). Stops,
    naming the editions to build, when there is neither: an edition would otherwise send
    a reader to a page that the printed copy numbers differently."""
    from handout.pdf.build import current_page_starts

    starts = outputs["pdf"]["page_starts"] if pdf_current else \
        current_page_starts(document, settings, outputs.get("pdf"))
    if starts is None:
        raise HandoutError(f"{name} numbers its pages as the large-print PDF does, and the PDF "
                           f"is missing or older than the text: build with --editions "
                           f"pdf,audio,{edition}", document.source)
    return starts


def page_break_id(number: int, taken: set[str]) -> str:
    """The id of page `number`'s break, `page-3`, or the next free one (`page-3-1`) where
    the text holds an author's own (a heading "Page 3"); taken from `taken` with it."""
    page_id = next(fresh_ids(f"page-{number}-", taken)) if f"page-{number}" in taken \
        else f"page-{number}"
    taken.add(page_id)
    return page_id


def insert_page_break(element: ET.Element, parent: ET.Element, letters: int,
                      inline: ET.Element, own: ET.Element) -> None:
    """Put the page's break marker (`inline` inside text, or `own` beside the element) where
    the page starts: after `letters` characters of `element`, or before it (a table row's
    at the start of its first cell, where a marker may stand)."""
    if letters:
        _break_inside(element, letters, inline)
    elif element.tag == "tr":
        cell = next((c for c in element if c.tag in ("td", "th")), None)
        if cell is not None:
            inline.tail, cell.text = cell.text, None
            cell.insert(0, inline)
    else:
        parent.insert(list(parent).index(element), own)


def _break_inside(element: ET.Element, letters: int, marker: ET.Element) -> None:
    """Insert `marker` after the first `letters` characters of `element`, counted as the
    PDF's `page_starts` counts them: spaces not counted, a picture counted as one."""
    remaining = letters

    def split(text: str | None) -> int | None:
        nonlocal remaining
        for index, character in enumerate(text or ""):
            if not character.isspace():
                if remaining == 0:
                    return index
                remaining -= 1
        return None

    def place(node: ET.Element) -> bool:
        nonlocal remaining
        at = split(node.text)
        if at is not None:
            marker.tail, node.text = node.text[at:], node.text[:at] or None
            node.insert(0, marker)
            return True
        for index, child in enumerate(list(node)):
            if child.tag == "img":
                if remaining == 0:
                    node.insert(index, marker)
                    return True
                remaining -= 1
            elif place(child):
                return True
            at = split(child.tail)
            if at is not None:
                marker.tail, child.tail = child.tail[at:], child.tail[:at] or None
                node.insert(index + 1, marker)
                return True
        return False

    if not place(element):
        holder = element  # more letters than it holds: at its end, where text may stand
        while holder.tag in CONTAINERS_OF_BLOCKS and len(holder):
            holder = holder[-1]
        holder.append(marker)


CONTAINERS_OF_BLOCKS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl"})
"""Elements whose children must be elements of their own kinds (rows, cells, items), never
text or a page break: docx4j's Word sample of tables, its PDF page starting in a stacked
table's row, got its page-break span straight inside a `<tr>`, and EPUBCheck failed the
EPUB (RSC-005)."""


def publication_date(document: Document) -> dt.date:
    """The handout's date, or (when it has none) the day it was last changed (see
    `handout_epoch`): `SOURCE_DATE_EPOCH`, its last commit, or its modification time."""
    if document.meta.date:
        return document.meta.date
    epoch = handout_epoch(document.source, None)
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date()


def describe_pictures(element: ET.Element, words: Words) -> ET.Element:
    """Give each picture in `element` that has no description the words the voice says in
    its place ("An image with no description."): every edition's `<img>` needs an `alt`
    (a reader would otherwise announce the file name), and this one is what is heard. A
    decorative picture keeps its empty `alt`, which tells a reader to pass it by."""
    for image in element.iter("img"):
        if "alt" not in image.attrib:
            image.set("alt", words.image_without_text)
    return element


PICTURE_TYPES = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpg"),
                 "GIF": ("image/gif", "gif"), "WEBP": ("image/webp", "webp")}
"""The raster formats print shows (`read.images`), as media type and file extension."""
SVG_TYPE = ("image/svg+xml", "svg")


@dataclass(frozen=True)
class Picture:
    """A picture the text shows, as a file of an edition: its name there, bytes and type."""

    name: str
    data: bytes
    media_type: str


def picture_files(shown: Iterable[tuple[ET.Element, Section]], settings: Settings,
                  folder: str = "") -> list[Picture]:
    """The pictures the `<img>` elements show (each with the section it is in), as files of
    an edition named `{folder}picture-N.ext`, each named once however often it appears; each
    `src` is set to its file. A picture written into the page as a `data:` URL (Word's and
    Google Docs' pictures) becomes a file too: a DAISY player or EPUB reader expects one."""
    from PIL import Image, UnidentifiedImageError

    source = settings.source.resolve()
    named: dict[str, str] = {}
    pictures: list[Picture] = []
    for image, section in shown:
        src = image.get("src", "")
        if src not in named:
            if src.startswith("data:"):
                header, _, content = src.partition(",")
                data = (base64.b64decode(content) if header.endswith(";base64")
                        else unquote_to_bytes(content))
            else:
                path = (source / unquote(src)).resolve()
                if not path.is_relative_to(source) or not path.is_file():
                    raise HandoutError(f"picture {src!r} not found", section.source,
                                       section.line)
                data = path.read_bytes()
            try:
                with Image.open(io.BytesIO(data)) as opened:
                    media_type, extension = PICTURE_TYPES[opened.format]
            except UnidentifiedImageError:
                media_type, extension = SVG_TYPE  # the one other kind `read.images` lets in
            named[src] = f"{folder}picture-{len(pictures) + 1}.{extension}"
            pictures.append(Picture(named[src], data, media_type))
        image.set("src", named[src])
    return pictures


def copy_images(html: str, settings: Settings, target: Path) -> list[str]:
    """Copy the local images `html` shows from the source folder to `target`; their names."""
    source = settings.source.resolve()
    copied = []
    for name in local_pictures(html):
        path = (source / name).resolve()
        if not path.is_relative_to(source) or not path.is_file():
            continue
        copy_if_changed(path, target / name)
        copied.append(name)
    return copied


def copy_if_changed(source: Path, target: Path) -> None:
    """Copy `source` to `target` atomically, unless `target` already holds the same bytes."""
    if target.is_file() and target.stat().st_size == source.stat().st_size \
            and file_sha256(target) == file_sha256(source):
        return
    write_with(target, lambda tmp: shutil.copyfile(source, tmp))


def copy_fonts(target: Path) -> list[str]:
    """Copy the text faces (Atkinson Hyperlegible) into `target`; their names."""
    from handout.fonts import font_files

    names = []
    for face in font_files().values():
        copy_if_changed(face, target / face.name)
        names.append(face.name)
    return names
