"""Editions, DAISY book: a DAISY 2.02 talking book made from the built section MP3s.

`build_daisy` writes `build/<slug>/daisy/`: `ncc.html` (the navigation centre: book
metadata and every heading, in order, linked to its place in the audio, the handout's
sections at level 1 beside its title), one SMIL file per
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

import hashlib
import logging
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from handout import __version__
from handout.config import Settings
from handout.editions.common import (Sync, clock, close_heading_gaps, copy_if_changed,
                                     describe_pictures, hms, mp3_length, outline_levels,
                                     picture_files, publication_date, synchronised,
                                     title_elements)
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


# --- Writing the book --------------------------------------------------------------------


def book_identifier(document: Document) -> str:
    """Stable across rebuilds, so players keep their bookmarks when the book is updated."""
    seed = f"{document.meta.title}|{document.meta.author or ''}|{document.slug}"
    return f"handout-{document.slug}-{hashlib.sha256(seed.encode()).hexdigest()[:8]}"


def daisy_stem(layout: Layout, section: Section) -> str:
    """The section's file stem, kept to ASCII as DAISY players expect."""
    stem = layout.section_stem(section.index, section.id)
    return stem if stem.isascii() else f"{section.index:02d}-section"


def build_daisy(document: Document, settings: Settings, audio: dict) -> dict:
    """Write the DAISY 2.02 book for `document` from its built MP3s; return its manifest."""
    layout = Layout(settings.out, document.slug)
    folder = layout.folder / "daisy"
    entries = audio["sections"]
    progress.info("%s: writing the DAISY book", document.slug)
    meta = document.meta
    words = words_for(meta.lang)
    notes = list(parse_html(document.notes_html))
    identifier = book_identifier(document)
    body: list[str] = []
    smil_files: list[tuple[str, str]] = []
    ncc_entries: list[tuple[int, str, str]] = []
    elapsed = 0.0
    mp3_names = []

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
    for section, entry, elements in zip(document.sections, entries, parts):
        stem = daisy_stem(layout, section)
        headings = {e.get("id"): e for element in elements for e in element.iter()
                    if e.tag in HEADING_TAGS and e.get("id")}
        source_mp3 = layout.audio / entry["file"]
        if not source_mp3.is_file():
            raise HandoutError("section MP3 missing: build the audio edition first", source_mp3)
        mp3_name = f"{stem}.mp3"
        copy_if_changed(source_mp3, folder / mp3_name)
        mp3_names.append(mp3_name)
        # To the millisecond, as its SMIL's `dur` is written: summed unrounded, the elapsed
        # times of docx4j's 72-section guide drifted 10 ms from the durations written.
        duration = round(min(entry["duration"], mp3_length(folder / mp3_name)), 3)
        smil_name = f"{stem}.smil"
        pars = synchronised(section, entry["clips"], duration)
        smil_files.append((smil_name, render_smil(meta.title, identifier, pars, mp3_name,
                                                  elapsed, duration)))
        for number, par in enumerate(pars, start=1):
            if par.ref in headings:
                heading = headings[par.ref]
                ncc_entries.append((int(heading.tag[1]), " ".join(
                    "".join(heading.itertext()).split()), f"{smil_name}#t-{number}"))
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
    write_atomic(folder / CONTENT, render_content(document, identifier, body))
    for name, text in smil_files:
        write_atomic(folder / name, text)
    levels = outline_levels([level for level, _, _ in ncc_entries])
    ncc_entries = [(level, text, href) for level, (_, text, href) in zip(levels, ncc_entries)]
    date = publication_date(document)
    metadata = {
        "dc:title": meta.title,
        "dc:creator": meta.author or words.unknown_author,
        "dc:date": date.isoformat(),
        "dc:format": "Daisy 2.02",
        "dc:identifier": identifier,
        "dc:language": meta.lang,
        "dc:publisher": meta.author or words.unknown_author,
        "ncc:charset": "utf-8",
        "ncc:depth": str(max(levels)),
        "ncc:files": str(len(files)),
        "ncc:footnotes": "0",
        "ncc:generator": f"handout {__version__}",
        "ncc:kByteSize": "0",
        "ncc:maxPageNormal": "0",
        "ncc:multimediaType": "audioFullText",
        "ncc:narrator": words.synthetic_voice.format(
            identity=audio.get("identity") or audio.get("voice")),
        "ncc:pageFront": "0",
        "ncc:pageNormal": "0",
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
            "identifier": identifier}


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


def render_content(document: Document, identifier: str, body: list[str]) -> str:
    meta = document.meta
    lang = quoteattr(meta.lang)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{XHTML_DOCTYPE}\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang={lang} xml:lang={lang} '
            f'dir="{meta.direction}">\n'
            f"<head>\n<title>{escape(meta.title)}</title>\n"
            '<meta http-equiv="Content-type" content="text/html; charset=utf-8" />\n'
            + _meta_tags({"dc:title": meta.title, "dc:identifier": identifier,
                          "dc:format": "Daisy 2.02", "ncc:generator": f"handout {__version__}"})
            + f"\n<style type=\"text/css\">\n{CONTENT_CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


CONTENT_CSS = """body { font-family: "Atkinson Hyperlegible", Verdana, sans-serif;
  font-size: 150%; line-height: 1.5; color: #000; background: #fff; }
h1, h2, h3, h4, h5, h6 { font-weight: bold; }
em, i { font-style: normal; font-weight: bold; }
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
    headings = []
    for number, (level, text, href) in enumerate(entries, start=1):
        cls = ' class="title"' if number == 1 else ""
        headings.append(f'<h{level}{cls} id="nav-{number}"><a href={quoteattr(href)}>'
                        f"{escape(text)}</a></h{level}>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{XHTML_DOCTYPE}\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang={quoteattr(lang)} '
            f'xml:lang={quoteattr(lang)} dir="{direction(lang)}">\n'
            f"<head>\n<title>{escape(title)}</title>\n"
            '<meta http-equiv="Content-type" content="text/html; charset=utf-8" />\n'
            + _meta_tags(metadata) + "\n</head>\n<body>\n" + "\n".join(headings)
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
    if meta.get("ncc:tocItems") != str(len(headings)):
        problems.append(f"{NCC}: ncc:tocItems is {meta.get('ncc:tocItems')}, the NCC has "
                        f"{len(headings)} headings")
    smil_order: list[str] = []
    targets: dict[str, set[str]] = {}
    for heading in headings:
        link = heading.find(f"{XHTML_NS}a")
        href = link.get("href", "") if link is not None else ""
        smil_name, _, fragment = href.partition("#")
        if len(href.encode()) > NCC_LINK_BYTES:
            problems.append(f"{NCC}: heading '{''.join(heading.itertext()).strip()[:40]}' "
                            f"links to a place {len(href.encode())} bytes long, which "
                            f"players cut at {NCC_LINK_BYTES}")
        if not smil_name.endswith(".smil") or not (folder / smil_name).is_file():
            problems.append(f"{NCC}: heading links to missing {href!r}")
            continue
        if smil_name not in smil_order:
            smil_order.append(smil_name)
            targets[smil_name] = _smil_targets(folder / smil_name)
        # A player plays a heading from the par or text its link names; daisy-player showed
        # a heading whose id was not there as 00:00 long and played the next one instead.
        if fragment not in targets[smil_name] and targets[smil_name]:
            problems.append(f"{NCC}: heading '{''.join(heading.itertext()).strip()}' links to "
                            f"{href!r}, which names no par or text of {smil_name}")

    content = _read_content(folder / CONTENT, problems)
    content_ids = {e.get("id") for e in content.iter() if e.get("id")}
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


def _smil_targets(path: Path) -> set[str]:
    """The ids an NCC link may name in the SMIL file at `path`: its pars' and their texts'
    (none when the file is unreadable, which `_validate_smil` reports)."""
    try:
        smil = ET.parse(path).getroot()
    except ET.ParseError:
        return set()
    return {e.get("id") for e in smil.iter() if e.tag in ("par", "text") and e.get("id")}


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
