"""Editions, DAISY book: a DAISY 2.02 talking book made from the built section MP3s.

`build_daisy` writes `build/<slug>/daisy/`: `ncc.html` (the navigation centre: book
metadata and every heading, in order, linked to its place in the audio, the handout's
sections at level 1 beside its title, and among them the number of each page of the
large-print PDF where that page starts, `number_pages`), one SMIL file per
section that plays the section's MP3 paragraph by paragraph while pointing at the same
paragraph in `content.html` (the full text, type "audioFullText"), and copies of the MP3s
and of the pictures (`picture-N.png`, Word's embedded ones too), so the folder can be copied as it is onto a DAISY player or opened in a reading app.

Synchronisation is taken from the narration, never guessed, and is sentence by sentence:
every sentence, heading, table row and picture the voice says carries an id in the text
(the speech script marked it when the document was read), and the audio step recorded the
[start, end] seconds of every utterance (`clips` in the manifest). Each SMIL `par` points
at one such element and plays from where its words start to where the next element's
start (the first from 0, the last to the end of the file), so pauses stay with what they
follow and the book's total time is exactly the sum of the MP3s (`common.synchronised`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from handout import __version__
from handout.config import Settings
from handout.editions.common import (Sync, clock, close_heading_gaps, copy_if_changed,
                                     describe_pictures, hms, insert_page_break, mp3_length,
                                     outline_levels, page_break_id, picture_files,
                                     publication_date, synchronised, title_elements)
from handout.errors import HandoutError
from handout.findings import Finding
from handout.language import direction, words_for
from handout.outputs import Layout, write_atomic
from handout.read.document import HEADING_TAGS, Document, Section, parse_html

log = logging.getLogger("handout.diagnostics")
progress = logging.getLogger("handout.progress")

CONTENT = "content.html"
NCC = "ncc.html"
XHTML_DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
SMIL_DOCTYPE = ('<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN" '
                '"http://www.w3.org/TR/REC-smil/SMIL10.dtd">')

NCC_REQUIRED = ("dc:creator", "dc:date", "dc:format", "dc:identifier", "dc:language",
                "dc:publisher", "dc:title", "ncc:charset", "ncc:pageFront", "ncc:pageNormal",
                "ncc:pageSpecial", "ncc:tocItems", "ncc:totalTime")
"""Metadata the DAISY 2.02 specification makes mandatory in the NCC."""
NCC_RECOMMENDED = ("ncc:depth", "ncc:files", "ncc:footnotes", "ncc:generator",
                   "ncc:kByteSize", "ncc:maxPageNormal", "ncc:multimediaType", "ncc:narrator",
                   "ncc:prodNotes", "ncc:setInfo", "ncc:sidebars")
"""Metadata it recommends, all of which this book carries."""
SMIL_REQUIRED = ("dc:format", "ncc:timeInThisSmil", "ncc:totalElapsedTime")
NCC_LINK_BYTES = 255
"""The longest NCC link a player keeps whole: daisy-player 13.0 reads it into 256 bytes, and
showed the sections of the RCMP's French report whose links held their whole-paragraph
headings' ids (262 bytes and more) as 00:00 long."""
PAGE = 0
"""The level of an NCC entry that is a page number (`number_pages`), not a heading."""


# --- Writing the book --------------------------------------------------------------------


def book_identifier(document: Document) -> str:
    """Stable across rebuilds, so players keep their bookmarks when the book is updated."""
    seed = f"{document.meta.title}|{document.meta.author or ''}|{document.slug}"
    return f"handout-{document.slug}-{hashlib.sha256(seed.encode()).hexdigest()[:8]}"


def daisy_stem(layout: Layout, section: Section) -> str:
    """The section's file stem, kept to ASCII as DAISY players expect."""
    stem = layout.section_stem(section.index, section.file_id)
    return stem if stem.isascii() else f"{section.index:02d}-section"


def build_daisy(document: Document, settings: Settings, audio: dict,
                starts: list[list | None]) -> dict:
    """Write the DAISY 2.02 book for `document` from its built MP3s, its pages numbered where
    the PDF's `starts` (`common.require_page_starts`); return its manifest entry."""
    layout = Layout(settings.out, document.slug)
    folder = layout.folder / "daisy"
    entries = audio["sections"]
    progress.info("%s: writing the DAISY book", document.slug)
    meta = document.meta
    words = words_for(meta.lang)
    notes = list(describe_pictures(parse_html(document.notes_html), words))
    identifier = book_identifier(document)
    body: list[str] = []
    smil_files: list[tuple[str, str]] = []
    ncc_entries: list[tuple[int, str, str]] = []
    elapsed = 0.0
    mp3_names: list[str] = []
    durations: list[float] = []

    parts = [(title_elements(document) if section.index == 0 else [])
             + list(describe_pictures(parse_html(section.html), words))
             for section in document.sections]
    # The text's headings numbered as its navigation numbers them, none skipped, the
    # handout's sections beside its title.
    close_heading_gaps([element for part in parts for element in part])
    raise_sections_beside_title([element for part in parts for element in part])
    # Pictures are files beside the text, as a DAISY 2.02 player expects, Word's too.
    shown = [(image, section) for section, part in zip(document.sections, parts)
             for element in part for image in element.iter("img")]
    shown += [(image, document.sections[-1]) for note in notes for image in note.iter("img")]
    pictures = picture_files(shown, settings)
    timed: list[list[Sync]] = []
    for section, entry in zip(document.sections, entries):
        source_mp3 = layout.audio / entry["file"]
        if not source_mp3.is_file():
            raise HandoutError("section MP3 missing: build the audio edition first", source_mp3)
        mp3_name = f"{daisy_stem(layout, section)}.mp3"
        copy_if_changed(source_mp3, folder / mp3_name)
        mp3_names.append(mp3_name)
        # To the millisecond, as its SMIL's `dur` is written: summed unrounded, the elapsed
        # times of docx4j's 72-section guide drifted 10 ms from the durations written.
        durations.append(round(min(entry["duration"], mp3_length(folder / mp3_name)), 3))
        timed.append(synchronised(section, entry["clips"], durations[-1]))
    tops = [element for part in parts for element in part] + notes
    pages = number_pages(parts, timed, starts,
                         {e.get("id") for top in tops for e in top.iter() if e.get("id")})
    for section, elements, pars, duration, mp3_name in zip(document.sections, parts, timed,
                                                           durations, mp3_names):
        stem = daisy_stem(layout, section)
        headings = {e.get("id"): e for element in elements for e in element.iter()
                    if e.tag in HEADING_TAGS and e.get("id")}
        smil_name = f"{stem}.smil"
        smil_files.append((smil_name, render_smil(meta.title, identifier, pars, mp3_name,
                                                  elapsed, duration)))
        for number, par in enumerate(pars, start=1):
            if par.ref in headings:
                heading = headings[par.ref]
                ncc_entries.append((int(heading.tag[1]), " ".join(
                    "".join(heading.itertext()).split()), f"{smil_name}#t-{number}"))
            elif par.ref in pages:
                ncc_entries.append((PAGE, par.text, f"{smil_name}#t-{number}"))
        body.append(f'<div class="section" id="section-{section.index}">\n'
                    + "\n".join(_xhtml(e) for e in elements) + "\n</div>")
        elapsed += duration

    if notes:
        body.append(f'<div class="notes">\n<h1 id="notes">{escape(words.notes)}</h1>\n'
                    + "\n".join(_xhtml(e) for e in notes) + "\n</div>")
    files = ([NCC, CONTENT] + [name for name, _ in smil_files] + mp3_names
             + [picture.name for picture in pictures])
    for picture in pictures:
        write_atomic(folder / picture.name, picture.data)
    write_atomic(folder / CONTENT, render_content(document, identifier, body, words.page))
    for name, text in smil_files:
        write_atomic(folder / name, text)
    levels = iter(outline_levels([level for level, _, _ in ncc_entries if level != PAGE]))
    ncc_entries = [(level if level == PAGE else next(levels), text, href)
                   for level, text, href in ncc_entries]
    numbers = [int(text) for level, text, _ in ncc_entries if level == PAGE]
    date = publication_date(document)
    metadata = {
        "dc:title": meta.title,
        "dc:creator": meta.author or words.unknown_author,
        "dc:date": dt.date.isoformat(date),  # DAISY 2.02 asks for a whole day, yyyy-mm-dd
        "dc:format": "Daisy 2.02",
        "dc:identifier": identifier,
        "dc:language": meta.lang,
        "dc:publisher": meta.author or words.unknown_author,
        "ncc:charset": "utf-8",
        "ncc:depth": str(max(level for level, _, _ in ncc_entries)),
        "ncc:files": str(len(files)),
        "ncc:footnotes": "0",
        "ncc:generator": f"handout {__version__}",
        "ncc:kByteSize": "0",
        "ncc:maxPageNormal": str(max(numbers, default=0)),
        "ncc:multimediaType": "audioFullText",
        "ncc:narrator": words.synthetic_voice.format(
            identity=audio.get("identity") or audio.get("voice")),
        "ncc:pageFront": "0",
        "ncc:pageNormal": str(len(numbers)),
        "ncc:pageSpecial": "0",
        "ncc:prodNotes": "0",
        "ncc:setInfo": "1 of 1",
        "ncc:sidebars": "0",
        "ncc:tocItems": str(len(ncc_entries)),
        "ncc:totalTime": hms(elapsed),
    }
    if meta.description:
        metadata["dc:description"] = meta.description
    size = sum((folder / name).stat().st_size for name in files if name != NCC)
    metadata["ncc:kByteSize"] = str(round(size / 1024) + 4)
    write_atomic(folder / NCC, render_ncc(meta.title, meta.lang, metadata, ncc_entries))
    _remove_stale(folder, set(files))
    return {"folder": folder.name, "ncc": NCC, "files": files, "total_time": round(elapsed, 3),
            "identifier": identifier, "pages": len(numbers)}


def number_pages(parts: list[list[ET.Element]], timed: list[list[Sync]],
                 starts: list[list | None], taken: set[str]) -> dict[str, int]:
    """Number the book's pages as the PDF's: return the id of each page's number, the number.

    Each page's number (`<span class="page-normal">3</span>`) goes into the text before the
    first element the PDF printed on it (`starts`, the PDF's `page_starts`), and into that
    section's `timed` pars as a par of its own just before that element's, so that the NCC
    entry of page 3 plays from the first words on it: a page that starts inside a sentence
    plays that sentence from its beginning. The page's par plays the pause before those
    words, taken from the element before (or the silence that opens the file), which keeps
    every sentence's par and the clips end to end. The title stays first, as the NCC's
    first entry must be: page 1 comes after it. As in the EPUB, a page with no spoken text
    on it, or starting among the notes (printed last, read in the section citing them), has
    no number.
    """
    placed: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for number, start in enumerate(starts, start=1):
        if start is None:
            continue
        ref = start[0]
        for index, (elements, pars) in enumerate(zip(parts, timed)):
            found = _find(elements, ref)
            if found is None:  # a note's sentence, read in this section but shown after
                continue
            position = next((i for i, par in enumerate(pars) if par.ref == ref), None)
            if position is None:
                continue
            if index == 0 and position == 0:
                position = 1
            page_id = page_break_id(number, taken)
            placed.setdefault((index, position), []).append((number, page_id))
            marker = ET.Element("span", {"class": "page-normal", "id": page_id})
            marker.text = str(number)
            following = _find(elements, pars[position].ref) if position < len(pars) else None
            if following is not None:
                _insert_before(elements, *following, marker)
            else:  # nothing of this section follows the title: its page number does
                elements.insert(elements.index(found[0]) + 1, marker)
            marker.tail = " " + (marker.tail or "")  # "2 Clonazepam works", not "2Clonazepam"
            break
    pages: dict[str, int] = {}
    # From the last place in each section back, so that the pars inserted at one place
    # leave the positions of the places before it as they were.
    for (index, position), numbered in sorted(placed.items(), reverse=True):
        timed[index] = _with_page_pars(timed[index], position, numbered)
        pages.update({page_id: number for number, page_id in numbered})
    return pages


def _find(elements: list[ET.Element],
          ref: str) -> tuple[ET.Element, ET.Element | None] | None:
    """The element of a section's top-level `elements`, or of their descendants, whose id is
    `ref`, and its parent (None for a top-level one)."""
    for top in elements:
        if top.get("id") == ref:
            return top, None
        for parent in top.iter():
            for child in parent:
                if child.get("id") == ref:
                    return child, parent
    return None


def _insert_before(elements: list[ET.Element], element: ET.Element, parent: ET.Element | None,
                   marker: ET.Element) -> None:
    if parent is None:
        elements.insert(elements.index(element), marker)
    else:
        insert_page_break(element, parent, 0, marker, marker)


def _with_page_pars(pars: list[Sync], position: int,
                    numbered: list[tuple[int, str]]) -> list[Sync]:
    """`pars` with a par for each of `numbered` (page number, id of its number in the text)
    before `pars[position]`, sharing the pause before that par's words (at least a
    millisecond each, taken from its first words if the pause is shorter)."""
    before = pars[position - 1] if position else None
    after = pars[position] if position < len(pars) else None
    low = round(1000 * before.end) if before else 0
    high = round(1000 * after.start) if after else round(1000 * before.until)
    if high - low < len(numbered):
        if after:
            high = low + len(numbered)
        else:
            low = high - len(numbered)
    edges = [(low + (high - low) * k // len(numbered)) / 1000
             for k in range(len(numbered) + 1)]
    if not after:  # the file's last clip ends where the file does, to the microsecond
        edges[-1] = before.until
    page_pars = [Sync(page_id, str(number), begin, end, begin, end)
                 for (number, page_id), begin, end in zip(numbered, edges, edges[1:])]
    head = pars[:position]
    if before:
        head[-1] = replace(before, end=min(before.end, low / 1000), until=low / 1000)
    tail = pars[position:]
    if after:
        tail[0] = replace(after, begin=high / 1000, start=max(after.start, high / 1000))
    return head + page_pars + tail


def raise_sections_beside_title(elements: list[ET.Element]) -> None:
    """Raise the headings after the title (the first) until the highest of them is at
    level 1, beside the title, as DAISY books number their chapters: a player starts at
    level 1 and moves between its headings, so a handout whose `##` sections stayed under
    its title gave a listener one heading there and no way on to the second section."""
    headings = [e for element in elements for e in element.iter() if e.tag in HEADING_TAGS]
    rise = min((int(heading.tag[1]) for heading in headings[1:]), default=1) - 1
    for heading in headings[1:]:
        heading.tag = f"h{int(heading.tag[1]) - rise}"


def _remove_stale(folder: Path, keep: set[str]) -> None:
    for path in folder.iterdir():
        if path.is_file() and path.name not in keep and not path.name.startswith("."):
            path.unlink()


XHTML1_EQUIVALENTS = {"figure": "div", "figcaption": "div", "mark": "span"}
"""HTML5 elements a handout may carry from its raw HTML, and the XHTML 1.0 element a DAISY
2.02 text document uses in their place (keeping the name as the class)."""


def _xhtml(element: ET.Element) -> str:
    for node in element.iter():
        if node.tag in XHTML1_EQUIVALENTS:
            node.set("class", " ".join(filter(None, [node.tag, node.get("class")])))
            node.tag = XHTML1_EQUIVALENTS[node.tag]
    return ET.tostring(element, encoding="unicode", method="xml")


def _meta_tags(metadata: dict[str, str]) -> str:
    return "\n".join(f"<meta name={quoteattr(k)} content={quoteattr(v)} />"
                     for k, v in metadata.items())


def render_content(document: Document, identifier: str, body: list[str],
                   page: str = "Page {n}") -> str:
    """The book's text, with its pages' numbers shown as `page` ("Page {n}", in the
    handout's language) on a line of their own (`page_css`)."""
    meta = document.meta
    lang = quoteattr(meta.lang)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{XHTML_DOCTYPE}\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang={lang} xml:lang={lang} '
            f'dir="{meta.direction}">\n'
            f"<head>\n<title>{escape(meta.title)}</title>\n"
            '<meta http-equiv="Content-type" content="text/html; charset=utf-8" />\n'
            + _meta_tags({"dc:title": meta.title, "dc:identifier": identifier,
                          "dc:format": "Daisy 2.02", "ncc:generator": f"handout {__version__}"})
            + f"\n<style type=\"text/css\">\n{CONTENT_CSS}{page_css(page)}</style>\n"
            "</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def page_css(page: str) -> str:
    """A page's number, which the text holds bare ("3") as DAISY 2.02 asks, shown as the
    printed handout's pages name it ("Page 3", "Seite 3") on a line of its own at the right,
    not as a stray number before the page's first sentence."""
    before, _, after = page.partition("{n}")

    def string(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return (".page-normal { display: block; text-align: right; font-size: 80%; "
            "border-top: 1px solid #000; }\n"
            f".page-normal::before {{ content: {string(before)}; }}\n"
            f".page-normal::after {{ content: {string(after)}; }}\n")


CONTENT_CSS = """body { font-family: "Atkinson Hyperlegible", Verdana, sans-serif;
  font-size: 150%; line-height: 1.5; color: #000; background: #fff; }
h1, h2, h3, h4, h5, h6 { font-weight: bold; }
em, i { font-style: normal; font-weight: bold; }
ol.labelled { list-style-type: none; }
"""


def render_smil(title: str, identifier: str, pars: list[Sync], mp3: str, elapsed: float,
                duration: float) -> str:
    lines = [f'<?xml version="1.0" encoding="utf-8"?>\n{SMIL_DOCTYPE}\n<smil>\n<head>',
             _meta_tags({"dc:format": "Daisy 2.02", "dc:title": title,
                         "dc:identifier": identifier,
                         "ncc:generator": f"handout {__version__}",
                         "ncc:totalElapsedTime": clock(elapsed),
                         "ncc:timeInThisSmil": clock(duration)}),
             '<layout>\n<region id="txtView" />\n</layout>\n</head>\n<body>',
             f'<seq dur="{duration:.3f}s">']
    # Numbered, not named after the element they show: an element can be spoken twice
    # apart (a quotation's "Quote." and "End of quote."), and a heading's id can be a
    # whole paragraph long (see `NCC_LINK_BYTES`).
    for number, par in enumerate(pars, start=1):
        lines.append(
            f'<par endsync="last" id="p-{number}">\n'
            f'<text src={quoteattr(CONTENT + "#" + par.ref)} id="t-{number}" />\n'
            f'<audio src={quoteattr(mp3)} clip-begin="npt={par.begin:.3f}s" '
            f'clip-end="npt={par.until:.3f}s" id="a-{number}" />\n</par>')
    lines.append("</seq>\n</body>\n</smil>\n")
    return "\n".join(lines)


def render_ncc(title: str, lang: str, metadata: dict[str, str],
               entries: list[tuple[int, str, str]]) -> str:
    """The NCC: the metadata, then every heading and page number in reading order, each
    linked to its par (a page's entry, `PAGE`, as DAISY 2.02 writes page numbers)."""
    items = []
    headings = 0
    for level, text, href in entries:
        link = f"<a href={quoteattr(href)}>{escape(text)}</a>"
        if level == PAGE:
            items.append(f'<span class="page-normal" id="page-{text}">{link}</span>')
            continue
        headings += 1
        cls = ' class="title"' if headings == 1 else ""
        items.append(f'<h{level}{cls} id="nav-{headings}">{link}</h{level}>')
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{XHTML_DOCTYPE}\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang={quoteattr(lang)} '
            f'xml:lang={quoteattr(lang)} dir="{direction(lang)}">\n'
            f"<head>\n<title>{escape(title)}</title>\n"
            '<meta http-equiv="Content-type" content="text/html; charset=utf-8" />\n'
            + _meta_tags(metadata) + "\n</head>\n<body>\n" + "\n".join(items)
            + "\n</body>\n</html>\n")


# --- Verifying a book --------------------------------------------------------------------


XHTML_NS = "{http://www.w3.org/1999/xhtml}"


def read_meta(root: ET.Element, namespace: str = "") -> dict[str, str]:
    return {m.get("name"): m.get("content", "") for m in root.iter(f"{namespace}meta")
            if m.get("name")}


def parse_npt(value: str) -> float:
    return float(value.removeprefix("npt=").removesuffix("s"))


def parse_clock(value: str) -> float:
    hours, minutes, seconds = value.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def validate_book(folder: Path) -> list[str]:
    """Every way the book in `folder` breaks DAISY 2.02's required structure, or []."""
    problems: list[str] = []
    ncc_path = folder / NCC
    try:
        ncc = ET.parse(ncc_path).getroot()
    except (OSError, ET.ParseError) as error:
        return [f"{NCC}: not readable XHTML ({error})"]
    meta = read_meta(ncc, XHTML_NS)
    problems += [f"{NCC}: required metadata {name} missing" for name in NCC_REQUIRED
                 if not meta.get(name)]
    if meta.get("dc:format") != "Daisy 2.02":
        problems.append(f"{NCC}: dc:format is {meta.get('dc:format')!r}, not 'Daisy 2.02'")
    if meta.get("ncc:multimediaType") != "audioFullText":
        problems.append(f"{NCC}: ncc:multimediaType is not audioFullText")
    body = ncc.find(f"{XHTML_NS}body")
    headings = [e for e in (body if body is not None else [])
                if e.tag.removeprefix(XHTML_NS) in HEADING_TAGS]
    if not headings or headings[0].tag != f"{XHTML_NS}h1" or headings[0].get("class") != "title":
        problems.append(f"{NCC}: the first heading must be <h1 class=\"title\">")
    if len(headings) > 1 and all(h.tag != f"{XHTML_NS}h1" for h in headings[1:]):
        problems.append(f"{NCC}: only the title is at level 1, where a player starts: the "
                        "handout's top headings must be h1 beside it")
    previous = 0
    for heading in headings:
        level = int(heading.tag[-1])
        if level > previous + 1:
            problems.append(f"{NCC}: heading '{''.join(heading.itertext())}' skips a level")
        previous = level
    pages = [e for e in (body if body is not None else [])
             if e.tag == f"{XHTML_NS}span" and e.get("class") in PAGE_CLASSES]
    if meta.get("ncc:tocItems") != str(len(headings) + len(pages)):
        problems.append(f"{NCC}: ncc:tocItems is {meta.get('ncc:tocItems')}, the NCC has "
                        f"{len(headings)} headings and {len(pages)} page numbers")
    smil_order: list[str] = []
    targets: dict[str, dict[str, str]] = {}
    pages_and_headings = [(e, "page" if e.tag == f"{XHTML_NS}span" else "heading")
                          for e in (body if body is not None else [])
                          if e.tag.removeprefix(XHTML_NS) in HEADING_TAGS or
                          (e.tag == f"{XHTML_NS}span" and e.get("class") in PAGE_CLASSES)]
    for entry, kind in pages_and_headings:
        label = "".join(entry.itertext()).strip()
        link = entry.find(f"{XHTML_NS}a")
        href = link.get("href", "") if link is not None else ""
        smil_name, _, fragment = href.partition("#")
        if len(href.encode()) > NCC_LINK_BYTES:
            problems.append(f"{NCC}: {kind} '{label[:40]}' links to a place "
                            f"{len(href.encode())} bytes long, which players cut at "
                            f"{NCC_LINK_BYTES}")
        if not smil_name.endswith(".smil") or not (folder / smil_name).is_file():
            problems.append(f"{NCC}: {kind} links to missing {href!r}")
            continue
        if smil_name not in smil_order:
            smil_order.append(smil_name)
            targets[smil_name] = _smil_targets(folder / smil_name)
        # A player plays a heading from the par or text its link names; daisy-player showed
        # a heading whose id was not there as 00:00 long and played the next one instead.
        if fragment not in targets[smil_name] and targets[smil_name]:
            problems.append(f"{NCC}: {kind} '{label}' links to {href!r}, which names no par "
                            f"or text of {smil_name}")

    content = _read_content(folder / CONTENT, problems)
    content_ids = {e.get("id") for e in content.iter() if e.get("id")}
    problems += _page_problems(meta, pages, targets, content)
    files = {NCC, CONTENT}
    total = 0.0
    for smil_name in smil_order:
        files.add(smil_name)
        total += _validate_smil(folder, smil_name, total, content_ids, files, problems)
    for image in content.iter(f"{XHTML_NS}img"):
        src = image.get("src", "")
        if not (folder / src).is_file():
            problems.append(f"{CONTENT}: picture {src[:40]!r} is not a file of the book")
        files.add(src)
    listed = int(meta.get("ncc:files", "0") or 0)
    if listed != len(files):
        problems.append(f"{NCC}: ncc:files is {listed}; the book references {len(files)} "
                        "files")
    if meta.get("ncc:totalTime") and abs(parse_clock(meta["ncc:totalTime"]) - total) > 1:
        problems.append(f"{NCC}: ncc:totalTime {meta['ncc:totalTime']} differs from the SMIL "
                        f"total {clock(total)}")
    return problems


PAGE_CLASSES = ("page-front", "page-normal", "page-special")
"""DAISY 2.02's three kinds of page number, each counted in the NCC's metadata."""
PAGE_COUNTS = {"page-front": "ncc:pageFront", "page-normal": "ncc:pageNormal",
               "page-special": "ncc:pageSpecial"}


def _page_problems(meta: dict[str, str], pages: list[ET.Element],
                   targets: dict[str, dict[str, str]], content: ET.Element) -> list[str]:
    """What is wrong with the NCC's page numbers: their counts in the metadata, normal pages
    that are not whole numbers going up, and each link's par showing that number in the
    text (the span a player reads the current page from)."""
    problems = []
    for kind, name in PAGE_COUNTS.items():
        counted = sum(page.get("class") == kind for page in pages)
        if meta.get(name) != str(counted):
            problems.append(f"{NCC}: {name} is {meta.get(name)}, the NCC has {counted} "
                            f"{kind} numbers")
    by_id = {e.get("id"): e for e in content.iter() if e.get("id")}
    numbers: list[int] = []
    for page in pages:
        label = "".join(page.itertext()).strip()
        if not page.get("id"):
            problems.append(f"{NCC}: page '{label}' has no id")
        if page.get("class") == "page-normal":
            if not label.isascii() or not label.isdigit() or int(label) < 1:
                problems.append(f"{NCC}: page '{label}' is not a whole number above 0, as "
                                "a normal page's must be")
            else:
                if numbers and int(label) <= numbers[-1]:
                    problems.append(f"{NCC}: page {label} follows page {numbers[-1]}: page "
                                    "numbers must go up in reading order")
                numbers.append(int(label))
        link = page.find(f"{XHTML_NS}a")
        smil_name, _, fragment = (link.get("href", "") if link is not None else "").partition("#")
        shown = targets.get(smil_name, {}).get(fragment)
        if shown is None:
            continue  # reported with the link
        target = by_id.get(shown.partition("#")[2]) if shown.startswith(f"{CONTENT}#") else None
        if target is None or target.get("class") != page.get("class") \
                or "".join(target.itertext()).strip() != label:
            problems.append(f"{NCC}: page '{label}' plays a par showing {shown!r}, which is "
                            f"not the {page.get('class')} number {label} in {CONTENT}")
    highest = str(max(numbers, default=0))
    if meta.get("ncc:maxPageNormal", highest) != highest:
        problems.append(f"{NCC}: ncc:maxPageNormal is {meta['ncc:maxPageNormal']}, the highest "
                        f"normal page is {highest}")
    return problems


def _smil_targets(path: Path) -> dict[str, str]:
    """The ids an NCC link may name in the SMIL file at `path`, its pars' and their texts',
    each with the place in the text it shows (none when the file is unreadable, which
    `_validate_smil` reports)."""
    try:
        smil = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    targets = {}
    for par in smil.iter("par"):
        for text in par.iter("text"):
            targets.update({element.get("id"): text.get("src", "")
                            for element in (par, text) if element.get("id")})
    return targets


def _read_content(path: Path, problems: list[str]) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        problems.append(f"{CONTENT}: not readable XHTML ({error})")
        return ET.Element("html")


def _validate_smil(folder: Path, name: str, elapsed: float, content_ids: set[str],
                   files: set[str], problems: list[str]) -> float:
    """Check one SMIL file; return its duration."""
    try:
        smil = ET.parse(folder / name).getroot()
    except (OSError, ET.ParseError) as error:
        problems.append(f"{name}: not readable SMIL ({error})")
        return 0.0
    meta = read_meta(smil)
    problems += [f"{name}: required metadata {m} missing" for m in SMIL_REQUIRED
                 if not meta.get(m)]
    if meta.get("ncc:totalElapsedTime") and abs(
            parse_clock(meta["ncc:totalElapsedTime"]) - elapsed) > 0.01:
        problems.append(f"{name}: ncc:totalElapsedTime {meta['ncc:totalElapsedTime']} is not "
                        f"the sum of the files before it ({clock(elapsed)})")
    ids = Counter(e.get("id") for e in smil.iter() if e.get("id"))
    problems += [f"{name}: id {i!r} is used more than once"
                 for i, count in ids.items() if count > 1]
    seq = smil.find("body/seq")
    if seq is None:
        problems.append(f"{name}: no <seq> in the body")
        return 0.0
    lengths: dict[str, float] = {}
    end_of_last = 0.0
    for par in seq.findall("par"):
        text, audio = par.find("text"), par.find("audio")
        if text is None or audio is None:
            problems.append(f"{name}: par {par.get('id')} lacks text or audio")
            continue
        target, _, fragment = text.get("src", "").partition("#")
        files.add(target)
        if target != CONTENT or fragment not in content_ids:
            problems.append(f"{name}: text {text.get('src')} points at nothing")
        mp3 = audio.get("src", "")
        files.add(mp3)
        if mp3 not in lengths:
            lengths[mp3] = mp3_length(folder / mp3) if (folder / mp3).is_file() else -1
            if lengths[mp3] < 0:
                problems.append(f"{name}: audio {mp3} is missing")
        begin, end = parse_npt(audio.get("clip-begin", "")), parse_npt(audio.get("clip-end", ""))
        if not 0 <= begin < end:
            problems.append(f"{name}: clip {begin:.3f}-{end:.3f}s is empty or negative")
        if begin < end_of_last - 1e-6:
            problems.append(f"{name}: clip {begin:.3f}s starts before the previous ends "
                            f"({end_of_last:.3f}s)")
        if lengths[mp3] >= 0 and end > lengths[mp3] + 1e-3:
            problems.append(f"{name}: clip ends at {end:.3f}s, after the end of {mp3} "
                            f"({lengths[mp3]:.3f}s)")
        end_of_last = end
    duration = float(seq.get("dur", "0s").removesuffix("s"))
    if meta.get("ncc:timeInThisSmil") and abs(
            parse_clock(meta["ncc:timeInThisSmil"]) - duration) > 0.01:
        problems.append(f"{name}: ncc:timeInThisSmil does not match the seq duration")
    return duration


def check_daisy(document: Document, layout: Layout, daisy: dict) -> list[Finding]:
    """The DAISY book is structurally valid and its SMIL clips fit their MP3s."""
    folder = layout.folder / daisy.get("folder", "daisy")
    if not (folder / NCC).is_file():
        return [Finding(str(folder), "daisy", "missing: run 'invoke build --editions daisy'")]
    return [Finding(str(folder / problem.split(":")[0]), "daisy", problem.split(": ", 1)[1])
            for problem in validate_book(folder)]
