"""Publish stage, DAISY edition: a DAISY 2.02 talking book made from the built section MP3s.

`build_daisy` writes `build/<slug>/daisy/`: `ncc.html` (the navigation centre: book
metadata and every heading, in order, linked to its place in the audio), one SMIL file per
section that plays the section's MP3 paragraph by paragraph while pointing at the same
paragraph in `content.html` (the full text, type "audioFullText"), and copies of the MP3s,
so the folder can be copied as it is onto a DAISY player or opened in a reading app.

Synchronisation is taken from the narration, never guessed: the audio step records for each
section the [start, end] seconds of every `Utterance` of the section's speech script
(`clips` in the manifest). `sync_points` maps utterances back to elements of the section's
HTML by replaying the narration reader element by element:

- section 0 opens with the title-block lines (title, subtitle, "By author", date), one
  utterance each, which map to the title block's `h1` and `p` elements;
- each top-level element of the section then owns the utterances the reader made from it:
  a heading or paragraph one; a list one per item (mapped to each `li`, unless items hold
  nested blocks, when the whole list is one point); a table one for its "Table. N rows."
  introduction (mapped to the table) and one per body row (each `tr`); a block quote, code
  block or definition list all of its utterances as one point;
- footnotes cited in the section are read at its end, one utterance each, mapped to the
  note's `li` in the notes at the end of the content;
- utterances that come out empty once spoken are dropped, exactly as the narration drops
  them, so indexes line up with the recorded clips. If the replay does not reproduce the
  recorded script word for word, the section falls back to one point for the whole
  section (logged), which is still correct, only coarser.

Each SMIL `par` plays from where its first utterance starts to where the next point's first
utterance starts (the first from 0, the last to the end of the file), so pauses stay with
the paragraph they follow and the book's total time is exactly the sum of the MP3s.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from handout import __version__
from handout.config import Settings
from handout.read.document import HEADING_TAGS, Document, Section, parse_html, title_block_words
from handout.errors import HandoutError
from handout.editions.feed import hms, publication_date
from handout.findings import Finding
from handout.outputs import Layout, write_atomic, write_with

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


# --- Mapping utterances to elements ------------------------------------------------------


@dataclass(frozen=True)
class SyncPoint:
    """A run of utterances (`first`..`last`, inclusive) spoken for one element of the text."""

    element_id: str
    first: int
    last: int
    level: int = 0
    """Heading level for the NCC, or 0 when the element is not a heading."""
    heading: str = ""


def footnote_items(notes: list[ET.Element]) -> dict[str | None, ET.Element]:
    return {li.get("id"): li for note in notes for li in note.iter("li")}


def title_block(document: Document) -> list[ET.Element]:
    """The title section's lead lines as elements, one per spoken line, in spoken order."""
    meta = document.meta
    classes = ["title"] + ["subtitle"] * bool(meta.subtitle) + ["byline"] * bool(meta.author) \
        + ["date"] * bool(meta.date)
    elements = []
    for words, cls in zip(title_block_words(meta), classes):
        element = ET.Element("h1" if cls == "title" else "p", {"class": cls})
        element.text = words
        elements.append(element)
    return elements


def sync_points(section: Section, elements: list[ET.Element], lead: list[ET.Element],
                footnotes: dict[str | None, ET.Element], settings: Settings,
                lexicon: dict[str, str], prefix: str, used: set[str]) -> list[SyncPoint]:
    """Give each element that is spoken an id and return where its utterances are.

    `elements` are the section's top-level elements and `lead` the title-block elements
    (section 0 only); both are changed in place to carry ids unique among `used`, which
    gathers the ids of the whole content document.
    """
    from handout.read.script import _Reader, spoken_words

    reader = _Reader(settings, footnotes)
    owners: list[tuple[ET.Element | str, int, int]] = []
    for element in lead:
        start = len(reader.utterances)
        reader.say(element.text or "", settings.heading_pause)
        owners.append((element, start, len(reader.utterances)))
    for element in elements:
        start = len(reader.utterances)
        reader.block(element)
        owners.append((element, start, len(reader.utterances)))
    start = len(reader.utterances)
    reader.read_notes()
    for offset, note_id in enumerate(reader.notes_cited):
        owners.append((note_id, start + offset, start + offset + 1))

    spoken = [spoken_words(u.text) for u in reader.utterances]
    final: list[int | None] = []
    count = 0
    for words in spoken:
        final.append(count if words else None)
        count += bool(words)
    if [w for w in spoken if w] != [u.text for u in section.script]:
        log.warning("%s: section '%s' could not be matched utterance by utterance; its "
                    "DAISY text is synchronised as one passage", section.source, section.heading)
        head = (lead or elements)[0]
        if not head.get("id") or head.get("id") in used:
            head.set("id", f"{prefix}-1")
        used.add(head.get("id"))
        return [SyncPoint(head.get("id"), 0, len(section.script) - 1, section.level,
                          section.heading)]

    points: list[SyncPoint] = []

    def add(element: ET.Element | str, raw_start: int, raw_end: int) -> None:
        kept = [final[i] for i in range(raw_start, raw_end) if final[i] is not None]
        if not kept:
            return
        if isinstance(element, str):  # a footnote, by its id in the notes
            points.append(SyncPoint(element, kept[0], kept[-1]))
            return
        if not element.get("id") or element.get("id") in used:
            element.set("id", f"{prefix}-{len(points) + 1}")
        used.add(element.get("id"))
        level = int(element.tag[1]) if element.tag in HEADING_TAGS else 0
        heading = " ".join("".join(element.itertext()).split()) if level else ""
        points.append(SyncPoint(element.get("id"), kept[0], kept[-1], level, heading))

    for element, raw_start, raw_end in owners:
        parts = [] if isinstance(element, str) else _parts(element, raw_end - raw_start)
        if parts:
            for offset, part in enumerate(parts):
                add(part, raw_start + offset, raw_start + offset + 1)
        else:
            add(element, raw_start, raw_end)
    return points


def _parts(element: ET.Element, utterances: int) -> list[ET.Element]:
    """The sub-elements that each own one utterance of `element`, when that is certain."""
    if element.tag in ("ul", "ol"):
        items = element.findall("li")
        nested = any(c.tag in ("ul", "ol", "table", "pre", "blockquote")
                     for item in items for c in item)
        return items if len(items) == utterances and not nested else []
    if element.tag == "table":
        rows = element.findall(".//tr")
        headed = bool(rows) and all(cell.tag == "th" for cell in rows[0])
        body_rows = rows[1:] if headed else rows
        return [element] + body_rows if 1 + len(body_rows) == utterances else []
    return []


# --- Writing the book --------------------------------------------------------------------


def clock(seconds: float) -> str:
    """`h:mm:ss.sss`, as SMIL times are written (ncc:totalTime is `hh:mm:ss`: `feed.hms`)."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{int(hours)}:{int(minutes):02d}:{secs:06.3f}"


def book_identifier(document: Document) -> str:
    """Stable across rebuilds, so players keep their bookmarks when the book is updated."""
    seed = f"{document.meta.title}|{document.meta.author or ''}|{document.slug}"
    return f"handout-{document.slug}-{hashlib.sha256(seed.encode()).hexdigest()[:8]}"


def daisy_stem(layout: Layout, section: Section) -> str:
    """The section's file stem, kept to ASCII as DAISY players expect."""
    stem = layout.section_stem(section.index, section.id)
    return stem if stem.isascii() else f"{section.index:02d}-section"


def mp3_length(path: Path) -> float:
    from mutagen.mp3 import MP3

    return MP3(path).info.length


def build_daisy(document: Document, settings: Settings, audio: dict) -> dict:
    """Write the DAISY 2.02 book for `document` from its built MP3s; return its manifest."""
    from handout.editions.web import copy_images

    layout = Layout(settings.out, document.slug)
    folder = layout.folder / "daisy"
    entries = audio.get("sections", [])
    progress.info("%s: writing the DAISY book", document.slug)
    meta = document.meta
    notes = list(parse_html(document.notes_html))
    footnotes = footnote_items(notes)
    identifier = book_identifier(document)
    body: list[str] = []
    smil_files: list[tuple[str, str]] = []
    ncc_entries: list[tuple[int, str, str]] = []
    elapsed = 0.0
    mp3_names = []
    used_ids = {li.get("id") for li in footnotes.values()} | {"notes"}

    for section, entry in zip(document.sections, entries):
        stem = daisy_stem(layout, section)
        elements = list(parse_html(section.html))
        lead = title_block(document) if section.index == 0 else []
        points = sync_points(section, elements, lead, footnotes, settings, document.lexicon,
                             f"s{section.index:02d}", used_ids)
        if section.index == 0 and points and not points[0].level:
            points[0] = SyncPoint(points[0].element_id, points[0].first, points[0].last,
                                  1, meta.title)
        source_mp3 = layout.audio / entry["file"]
        mp3_name = f"{stem}.mp3"
        _copy_if_changed(source_mp3, folder / mp3_name, entry.get("sha256"))
        mp3_names.append(mp3_name)
        duration = min(entry["duration"], mp3_length(folder / mp3_name))
        smil_name = f"{stem}.smil"
        pars = _pars(points, entry["clips"], duration)
        smil_files.append((smil_name, render_smil(
            meta.title, identifier, pars, mp3_name, elapsed, duration)))
        for point in points:
            if point.level:
                ncc_entries.append((point.level, point.heading,
                                    f"{smil_name}#t-{point.element_id}"))
        body.append(f'<div class="section" id="section-{section.index}">\n'
                    + "\n".join(_xhtml(e) for e in lead + elements) + "\n</div>")
        elapsed += duration

    if notes:
        body.append('<div class="notes">\n<h2 id="notes">Notes</h2>\n'
                    + "\n".join(_xhtml(e) for e in notes) + "\n</div>")
    images = copy_images([s.html for s in document.sections] + [document.notes_html],
                         settings, folder)
    files = [NCC, CONTENT] + [name for name, _ in smil_files] + mp3_names + images
    write_atomic(folder / CONTENT, render_content(document, identifier, body))
    for name, text in smil_files:
        write_atomic(folder / name, text)
    levels = _levels([level for level, _, _ in ncc_entries])
    ncc_entries = [(level, text, href) for level, (_, text, href) in zip(levels, ncc_entries)]
    date = publication_date(document)
    metadata = {
        "dc:title": meta.title,
        "dc:creator": meta.author or "Unknown",
        "dc:date": date.isoformat(),
        "dc:format": "Daisy 2.02",
        "dc:identifier": identifier,
        "dc:language": meta.lang,
        "dc:publisher": meta.author or "Unknown",
        "ncc:charset": "utf-8",
        "ncc:depth": str(max(levels)),
        "ncc:files": str(len(files)),
        "ncc:footnotes": "0",
        "ncc:generator": f"handout {__version__}",
        "ncc:kByteSize": "0",
        "ncc:maxPageNormal": "0",
        "ncc:multimediaType": "audioFullText",
        "ncc:narrator": f"Synthetic voice: {audio.get('identity') or audio.get('voice')}",
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


def _pars(points: list[SyncPoint], clips: list[list[float]],
          duration: float) -> list[tuple[SyncPoint, float, float]]:
    """Each point's clip: from its first utterance's start to the next point's."""
    starts = [0.0] + [min(clips[p.first][0], duration) for p in points[1:]]
    ends = starts[1:] + [duration]
    return list(zip(points, starts, ends))


def _levels(levels: list[int]) -> list[int]:
    """Heading levels with no level skipped and the first at 1, as the NCC requires."""
    fixed: list[int] = []
    for level in levels:
        fixed.append(1 if not fixed else max(1, min(level, fixed[-1] + 1)))
    return fixed


def _copy_if_changed(source: Path, target: Path, sha256: str | None) -> None:
    from handout.outputs import file_sha256

    if not source.is_file():
        raise HandoutError("section MP3 missing: build the audio edition first", source)
    if sha256 and file_sha256(target) == sha256:
        return
    write_with(target, lambda tmp: shutil.copyfile(source, tmp))


def _remove_stale(folder: Path, keep: set[str]) -> None:
    for path in folder.iterdir():
        if path.is_file() and path.name not in keep and not path.name.startswith("."):
            path.unlink()


def _xhtml(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode", method="xml")


def _meta_tags(metadata: dict[str, str]) -> str:
    return "\n".join(f"<meta name={quoteattr(k)} content={quoteattr(v)} />"
                     for k, v in metadata.items())


def render_content(document: Document, identifier: str, body: list[str]) -> str:
    meta = document.meta
    lang = quoteattr(meta.lang)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{XHTML_DOCTYPE}\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang={lang} xml:lang={lang}>\n'
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


def render_smil(title: str, identifier: str, pars: list[tuple[SyncPoint, float, float]],
                mp3: str, elapsed: float, duration: float) -> str:
    lines = [f'<?xml version="1.0" encoding="utf-8"?>\n{SMIL_DOCTYPE}\n<smil>\n<head>',
             _meta_tags({"dc:format": "Daisy 2.02", "dc:title": title,
                         "dc:identifier": identifier,
                         "ncc:generator": f"handout {__version__}",
                         "ncc:totalElapsedTime": clock(elapsed),
                         "ncc:timeInThisSmil": clock(duration)}),
             '<layout>\n<region id="txtView" />\n</layout>\n</head>\n<body>',
             f'<seq dur="{duration:.3f}s">']
    for point, begin, end in pars:
        ref = point.element_id
        lines.append(
            f'<par endsync="last" id={quoteattr("p-" + ref)}>\n'
            f'<text src={quoteattr(CONTENT + "#" + ref)} id={quoteattr("t-" + ref)} />\n'
            f'<audio src={quoteattr(mp3)} clip-begin="npt={begin:.3f}s" '
            f'clip-end="npt={end:.3f}s" id={quoteattr("a-" + ref)} />\n</par>')
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
            f"xml:lang={quoteattr(lang)}>\n<head>\n<title>{escape(title)}</title>\n"
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
    for heading in headings:
        link = heading.find(f"{XHTML_NS}a")
        href = link.get("href", "") if link is not None else ""
        smil_name = href.split("#")[0]
        if not smil_name.endswith(".smil") or not (folder / smil_name).is_file():
            problems.append(f"{NCC}: heading links to missing {href!r}")
        elif smil_name not in smil_order:
            smil_order.append(smil_name)

    content_ids = _content_ids(folder / CONTENT, problems)
    files = {NCC}
    total = 0.0
    for smil_name in smil_order:
        files.add(smil_name)
        total += _validate_smil(folder, smil_name, total, content_ids, files, problems)
    listed = int(meta.get("ncc:files", "0") or 0)
    if listed != len(files) + len([f for f in folder.iterdir()
                                   if f.is_file() and f.suffix.lower()
                                   in (".png", ".jpg", ".jpeg", ".gif", ".svg")]):
        problems.append(f"{NCC}: ncc:files is {listed}; the book references {len(files)} "
                        "files besides images")
    if meta.get("ncc:totalTime") and abs(parse_clock(meta["ncc:totalTime"]) - total) > 1:
        problems.append(f"{NCC}: ncc:totalTime {meta['ncc:totalTime']} differs from the SMIL "
                        f"total {clock(total)}")
    return problems


def _content_ids(path: Path, problems: list[str]) -> set[str]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        problems.append(f"{CONTENT}: not readable XHTML ({error})")
        return set()
    return {e.get("id") for e in root.iter() if e.get("id")}


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
