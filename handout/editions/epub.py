"""Editions, EPUB: the handout as an EPUB 3 talking book that highlights each sentence as the
voice reads it, numbered in the pages of the large-print PDF.

`build_epub` writes `build/<slug>/<slug>.epub` from the `Document`, the section MP3s the
audio stage published and the manifest's record of them (nothing is narrated again):

- one XHTML file per section with the handout's structure (headings, lists, tables with
  header cells, pictures as figures with their descriptions, footnotes as EPUB footnotes at
  the end of the section that cites them, where the voice reads them), every element the
  voice speaks keeping the id the speech script gave it;
- one Media Overlay (SMIL) per section: a `<par>` per element spoken, clipped where the
  narration recorded it (`common.synchronised`), a table's rows in a `<seq>` that a reading
  system can skip, footnotes marked so they can be skipped; `media:duration` for each
  overlay and for the book, and an active class the stylesheet shows without colour alone;
- a navigation document with the contents and a page list: page N starts exactly where
  page N of the PDF starts, to the letter (the PDF's `page_starts`);
- the cover, the fonts, a large-print stylesheet a reading system may override
  (`templates/epub.css`), and EPUB Accessibility 1.1 metadata that says what the book
  offers and claims no conformance: a claim needs someone who evaluated it to sign it
  (`a11y:certifiedBy`), and passing the validators is not that evaluation.

The zip is written directly: `mimetype` first and stored, every entry dated with the
handout's own date and given fixed permissions, so two clean builds are byte-identical.
`validate_epub` checks what EPUBCheck and Ace do not look at: that every clip lies inside
its MP3, that the clips of a section follow each other without overlapping, that each
`media:duration` is the sum of its clips, and that no sentence is left out of the overlay.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import logging
import math
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from handout import __version__
from handout.audio.cache import CoverCache
from handout.config import Settings
from handout.editions.common import (PICTURE_TYPES, Sync, clock, close_heading_gaps,
                                     describe_pictures, insert_page_break, mp3_length,
                                     outline_levels, page_break_id, picture_files,
                                     publication_date, require_page_starts,
                                     scope_header_cells, synchronised, title_elements)
from handout.errors import HandoutError
from handout.findings import Finding
from handout.fonts import font_faces
from handout.language import Words, direction, words_for
from handout.outputs import (Layout, code_identity, digest, file_sha256, file_stamp,
                             handout_epoch, output_entry, picture_hashes, still_valid,
                             write_with)
from handout.read.document import HEADING_TAGS, Document, Section, parse_html

progress = logging.getLogger("handout.progress")

XHTML_NS = "http://www.w3.org/1999/xhtml"
OPS_NS = "http://www.idpf.org/2007/ops"
SMIL_NS = "http://www.w3.org/ns/SMIL"
OPF_NS = "http://www.idpf.org/2007/opf"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = f"{{{OPS_NS}}}type"
ET.register_namespace("epub", OPS_NS)

STYLESHEET = "epub.css"
"""The large-print stylesheet, in the templates folder."""
ACTIVE_CLASS = "-epub-media-overlay-active"
"""The class a reading system gives the element being read (`media:active-class`)."""
FOLDER = "EPUB/"
STORED_TYPES = frozenset({"audio/mpeg"} | {media for media, _ in PICTURE_TYPES.values()})
"""Already compressed: deflating them again gains nothing."""
INLINE_TAGS = frozenset("a abbr b br cite code del em i img ins kbd mark q s samp small span "
                        "strong sub sup time u var".split())
FEATURES = ("displayTransformability", "readingOrder", "structuralNavigation",
            "synchronizedAudioText", "tableOfContents", "highContrastDisplay")
"""What every book offers (EPUB Accessibility's vocabulary): text a reader may restyle, one
reading order, headings, the narration in step with the text, a contents list, and black
on white. Not `largePrint`: that is for type that cannot be resized."""
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""


@dataclass
class Chapter:
    """One section as the book holds it: its XHTML body, overlay and MP3."""

    section: Section
    name: str
    body: ET.Element
    mp3: Path
    pars: list[Sync]

    @property
    def xhtml(self) -> str:
        return f"{self.name}.xhtml"

    @property
    def smil(self) -> str:
        return f"{self.name}.smil"

    @property
    def audio(self) -> str:
        return f"audio/{self.name}.mp3"


@dataclass
class Item:
    """A file of the book: its path under `EPUB/`, bytes, media type and manifest entry."""

    href: str
    data: bytes
    media_type: str
    id: str
    properties: str = ""
    overlay: str = ""


# --- Writing the book --------------------------------------------------------------------


def build_epub(document: Document, settings: Settings, outputs: dict,
               pdf_current: bool = False) -> dict:
    """Write the EPUB of `document` from its built audio and PDF; return its manifest entry.

    `outputs` holds this build's (or the last build's) manifest entries: the audio, the
    PDF whose pages the page list follows, and the previous EPUB, reused when nothing that
    shapes it has changed. `pdf_current` says that this build made or checked the PDF
    entry from the text as it is now; otherwise it is checked here against the PDF's key
    (`pdf.build.pdf_key`), without rendering anything.
    """
    layout = Layout(settings.out, document.slug)
    audio = outputs["audio"]
    starts = require_page_starts(document, settings, outputs, pdf_current, "epub", "the EPUB")
    stylesheet_path = settings.templates / STYLESHEET
    if not stylesheet_path.is_file():
        raise HandoutError(f"the templates folder has no {STYLESHEET}: restore it from the "
                           "project", stylesheet_path)
    stylesheet = stylesheet_path.read_text("utf-8")
    moment = dt.datetime.fromtimestamp(handout_epoch(document.source, document.meta.date),
                                       dt.timezone.utc)
    key = digest("epub", __version__, code_identity(), _fingerprint(document),
                 [(e.get("sha256"), e["clips"], e["duration"]) for e in audio["sections"]],
                 audio.get("identity"), starts, outputs["pdf"].get("paper"),
                 outputs["pdf"].get("edition"), stylesheet,
                 [file_sha256(face.path) for face in font_faces()],
                 picture_hashes(document.html, settings.source), moment.isoformat())
    previous = outputs.get("epub")
    if still_valid(previous, key, layout.epub):
        progress.info("%s: EPUB unchanged", document.slug)
        return {**previous, "stamp": file_stamp(layout.epub)}

    progress.info("%s: writing the EPUB", document.slug)
    chapters = [make_chapter(document, section, entry, layout)
                for section, entry in zip(document.sections, audio["sections"])]
    close_heading_gaps(chapter.body for chapter in chapters)
    pictures = [Item(picture.name, picture.data, picture.media_type, f"picture-{number}")
                for number, picture in enumerate(picture_files(
                    ((image, chapter.section) for chapter in chapters
                     for image in chapter.body.iter("img")), settings, "images/"), start=1)]
    link_chapters(chapters)
    for chapter in chapters:
        valid_addresses(chapter.body)
    pages = mark_pages(chapters, starts, words_for(document.meta.lang))
    items = [Item("nav.xhtml", nav_document(document, chapters, pages), "application/xhtml+xml",
                  "nav", "nav"),
             Item("css/large-print.css", stylesheet.encode(), "text/css", "css")]
    items += [Item(f"fonts/{face.path.name}", face.path.read_bytes(), "font/ttf",
                   f"font-{number}") for number, face in enumerate(font_faces(), start=1)]
    cover = CoverCache(settings.out / ".cache").png(document.meta.title)
    items.append(Item("images/cover.png", cover, "image/png", "cover", "cover-image"))
    items += pictures
    durations = []
    for chapter in chapters:
        smil, milliseconds = overlay_document(chapter)
        durations.append(milliseconds)
        items += [Item(chapter.xhtml, xhtml_document(chapter.section.heading,
                                                    document.meta.lang, [chapter.body]),
                       "application/xhtml+xml", chapter.name, overlay=f"mo-{chapter.name}"),
                  Item(chapter.smil, smil, "application/smil+xml", f"mo-{chapter.name}"),
                  Item(chapter.audio, chapter.mp3.read_bytes(), "audio/mpeg",
                       f"audio-{chapter.name}")]
    # Judged on the text as written, before describe_pictures filled in the missing words.
    described = all("alt" in image.attrib
                    for html in [s.html for s in document.sections] + [document.notes_html]
                    for image in parse_html(html).iter("img"))
    opf = package_document(document, audio, outputs["pdf"], items, chapters, durations,
                           bool(pictures), bool(pages), moment, described)
    write_with(layout.epub, lambda tmp: write_zip(tmp, opf, items, moment))
    return output_entry(layout.epub, key, overlays=len(chapters),
                        pars=sum(len(c.pars) for c in chapters), pages=len(pages),
                        duration=sum(durations) / 1000)


def _fingerprint(document: Document) -> str:
    """Everything of the document the book shows or follows."""
    return digest(dataclasses.asdict(document.meta), document.notes_html,
                  [(s.html, s.heading, [(u.text, u.ref) for u in s.script])
                   for s in document.sections])


def make_chapter(document: Document, section: Section, entry: dict,
                 layout: Layout) -> Chapter:
    """One section's XHTML body and its overlay's clips, from the built MP3."""
    mp3 = layout.audio / entry["file"]
    if not mp3.is_file():
        raise HandoutError("section MP3 missing: build the audio edition first", mp3)
    # The clips end where the file does, to the millisecond below, so none passes its end.
    length = math.floor(round(min(entry["duration"], mp3_length(mp3)) * 1000, 6)) / 1000
    body = ET.Element("section", {EPUB_TYPE: "chapter", "role": "doc-chapter"})
    body.extend((title_elements(document) if section.index == 0 else [])
                + list(describe_pictures(parse_html(section.html),
                                         words_for(document.meta.lang))))
    heading = next((e for e in body.iter() if e.tag in HEADING_TAGS and e.get("id")), None)
    if heading is not None:
        body.set("aria-labelledby", heading.get("id"))
    make_figures(body)
    scope_header_cells(body)
    from handout.read.word import label_list_items

    label_list_items(body)
    notes = describe_pictures(parse_html(document.notes_html), words_for(document.meta.lang))
    add_footnotes(body, {li.get("id"): li for li in notes.iter("li") if li.get("id")})
    return Chapter(section, f"s{section.index:02d}", body, mp3,
                   synchronised(section, entry["clips"], length))


def make_figures(body: ET.Element) -> None:
    """A paragraph holding only a picture becomes a figure, its title the caption, as the
    PDF prints it."""
    for parent in list(body.iter()):
        for index, child in enumerate(list(parent)):
            if (child.tag == "p" and len(child) == 1 and child[0].tag == "img"
                    and not (child.text or "").strip() and not (child[0].tail or "").strip()):
                image = child[0]
                figure = ET.Element("figure")
                figure.tail = child.tail
                image.tail = None
                figure.append(image)
                caption = image.attrib.pop("title", "").strip()
                if caption:
                    ET.SubElement(figure, "figcaption").text = caption
                parent[index] = figure


def add_footnotes(body: ET.Element, notes: dict[str, ET.Element]) -> None:
    """Note references become EPUB note references, and each note cited is added, as an
    EPUB footnote, at the end of the section, where the voice reads it."""
    cited: list[str] = []
    for sup in body.iter("sup"):
        link = sup.find("a")
        if not sup.get("id", "").startswith("fnref") or link is None:
            continue
        link.set(EPUB_TYPE, "noteref")
        link.set("role", "doc-noteref")
        target = link.get("href", "").removeprefix("#")
        if target in notes and target not in cited:
            cited.append(target)
    for target in cited:
        note = copy.deepcopy(notes[target])
        aside = ET.SubElement(body, "aside", {"id": target, EPUB_TYPE: "footnote",
                                              "role": "doc-footnote"})
        aside.text = note.text
        aside.extend(list(note))
        for link in aside.iter("a"):
            if "footnote-backref" in link.get("class", ""):
                link.set("role", "doc-backlink")


def link_chapters(chapters: list[Chapter]) -> None:
    """Links to a place in the handout point at the section file that holds it."""
    homes: dict[str, str] = {}
    for chapter in chapters:
        for element in chapter.body.iter():
            if element.get("id"):
                homes.setdefault(element.get("id"), chapter.xhtml)
    for chapter in chapters:
        here = {e.get("id") for e in chapter.body.iter() if e.get("id")}
        for link in chapter.body.iter("a"):
            target = link.get("href", "")
            if not target.startswith("#") or target[1:] in here:
                continue
            if target[1:] in homes:
                link.set("href", f"{homes[target[1:]]}{target}")
            else:
                del link.attrib["href"]


NOT_IN_URLS = re.compile(r'[\x00-\x20"<>\[\\\]^`{|}\x7f]')
"""The ASCII characters RFC 3986 allows nowhere in an address's path, query or fragment
(letters of other alphabets stay: EPUB's links are IRIs)."""


def valid_addresses(body: ET.Element) -> None:
    """Each link to another site with what RFC 3986 does not allow in its address ("[", "]",
    a space) written in percent codes: a wiki's search link, "?s[]=vvm&s[]=status", made
    EPUBCheck refuse the book (RSC-020, "not a valid URL"). Browsers send such an address as
    written, so the web page and print keep it; the link goes to the same place."""
    from urllib.parse import urlsplit, urlunsplit

    def coded(part: str) -> str:
        return NOT_IN_URLS.sub(lambda found: f"%{ord(found.group()):02X}", part)

    for link in body.iter("a"):
        try:
            parts = urlsplit(link.get("href", ""))
        except ValueError:  # an IPv6 host written wrong: left for EPUBCheck to name
            continue
        if parts.scheme:
            link.set("href", urlunsplit(parts._replace(
                path=coded(parts.path), query=coded(parts.query),
                fragment=coded(parts.fragment))))


def mark_pages(chapters: list[Chapter], starts: list[list | None],
               words: Words) -> list[tuple[int, str]]:
    """Put a page break where each page of the PDF starts; return the page list.

    A page that starts inside a sentence gets its break inside it, after as much of it as
    the pages before printed. Notes are printed after the text but read (and placed
    here) in the section that cites them, so a page starting among the notes has no
    break, as a page with no spoken text on it has none.
    """
    pages = []
    taken: dict[str, set[str]] = {}
    for number, start in enumerate(starts, start=1):
        if start is None:
            continue
        ref, letters = start
        for chapter in chapters:
            found = _element_outside_notes(chapter.body, ref)
            if found is not None:
                element, parent = found
                ids = taken.setdefault(chapter.xhtml, {e.get("id") for e in chapter.body.iter()
                                                       if e.get("id")})
                page_id = page_break_id(number, ids)
                insert_page_break(element, parent, letters,
                                  page_break(number, False, words, page_id),
                                  page_break(number, element.tag not in INLINE_TAGS, words,
                                             page_id))
                pages.append((number, f"{chapter.xhtml}#{page_id}"))
                break
    return pages


def _element_outside_notes(body: ET.Element,
                           ref: str) -> tuple[ET.Element, ET.Element] | None:
    stack = [body]
    while stack:
        parent = stack.pop()
        for child in parent:
            if child.get("id") == ref:
                return child, parent
            if child.tag != "aside":
                stack.append(child)
    return None


def page_break(number: int, block: bool, words: Words, page_id: str) -> ET.Element:
    return ET.Element("div" if block else "span", {
        EPUB_TYPE: "pagebreak", "role": "doc-pagebreak", "id": page_id,
        "aria-label": words.page.format(n=number)})


def overlay_document(chapter: Chapter) -> tuple[bytes, int]:
    """The chapter's Media Overlay and its length in milliseconds (the sum of its clips).

    A table's introduction and rows form a `<seq>` a reading system may escape, and a
    footnote's sentences are marked so it may skip them.
    """
    parents = {child: parent for parent in chapter.body.iter() for child in parent}
    by_id = {e.get("id"): e for e in chapter.body.iter() if e.get("id")}
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<smil xmlns="{SMIL_NS}" xmlns:epub="{OPS_NS}" version="3.0">',
             f'<body epub:textref="{chapter.xhtml}">']
    table = None
    total = 0
    for number, par in enumerate(chapter.pars, start=1):
        element = by_id.get(par.ref)
        kind = ""
        if element is not None and _inside(element, "aside", parents):
            kind = "footnote"
        if table is not None and not (element is not None and element.tag == "tr"
                                      and _inside(element, table, parents)):
            lines.append("</seq>")
            table = None
        if element is not None and element.tag == "table":
            lines.append(f'<seq epub:type="table" epub:textref="{chapter.xhtml}#{par.ref}">')
            table = element
        elif table is not None:
            kind = "table-row"
        begin, end = round(par.begin * 1000), round(par.until * 1000)
        total += end - begin
        typed = f' epub:type="{kind}"' if kind else ""
        lines.append(f'<par id="par-{number}"{typed}><text src="{chapter.xhtml}#{par.ref}"/>'
                     f'<audio src="{chapter.audio}" clipBegin="{clock(begin / 1000)}" '
                     f'clipEnd="{clock(end / 1000)}"/></par>')
    if table is not None:
        lines.append("</seq>")
    lines += ["</body>", "</smil>", ""]
    return "\n".join(lines).encode(), total


def _inside(element: ET.Element, ancestor: ET.Element | str,
            parents: dict[ET.Element, ET.Element]) -> bool:
    """Whether `element` lies within `ancestor` (an element, or any element of that tag)."""
    node = parents.get(element)
    while node is not None:
        if node is ancestor or node.tag == ancestor:
            return True
        node = parents.get(node)
    return False


def xhtml_document(title: str, lang: str, content: list[ET.Element],
                   body_type: str | None = None) -> bytes:
    """An XHTML content document holding `content`, with the large-print stylesheet."""
    html = ET.Element("html", {"lang": lang, XML_LANG: lang, "dir": direction(lang)})
    head = ET.SubElement(html, "head")
    ET.SubElement(head, "meta", {"charset": "utf-8"})
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "link", {"rel": "stylesheet", "type": "text/css",
                                 "href": "css/large-print.css"})
    body = ET.SubElement(html, "body", {EPUB_TYPE: body_type} if body_type else {})
    body.extend(content)
    for element in html.iter():
        if isinstance(element.tag, str) and not element.tag.startswith("{"):
            element.tag = f"{{{XHTML_NS}}}{element.tag}"
    # Registered here, as each document is written: WeasyPrint registers "" for its own
    # XMP, and a process that laid out a PDF first would write "ns0:html".
    ET.register_namespace("", XHTML_NS)
    text = ET.tostring(html, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n{text}\n'.encode()


def nav_document(document: Document, chapters: list[Chapter],
                 pages: list[tuple[int, str]]) -> bytes:
    """The navigation document: contents (every heading, nested), page list, landmarks."""
    words = words_for(document.meta.lang)
    homes = {}
    for chapter in chapters:
        for element in chapter.body.iter():
            if element.tag in HEADING_TAGS and element.get("id"):
                homes.setdefault(element.get("id"), chapter.xhtml)
    headings = [h for h in document.headings if h.id in homes]
    toc = ET.Element("nav", {EPUB_TYPE: "toc", "role": "doc-toc", "id": "toc",
                             "aria-labelledby": "toc-title"})
    ET.SubElement(toc, "h1", {"id": "toc-title"}).text = words.contents
    stack: list[tuple[int, ET.Element, ET.Element | None]] = [(1, ET.SubElement(toc, "ol"),
                                                                None)]
    for level, heading in zip(outline_levels([h.level for h in headings]), headings):
        while level < stack[-1][0]:
            stack.pop()
        if level > stack[-1][0]:
            stack.append((level, ET.SubElement(stack[-1][2], "ol"), None))
        item = ET.SubElement(stack[-1][1], "li")
        ET.SubElement(item, "a", {"href": f"{homes[heading.id]}#{heading.id}"}).text = \
            heading.text
        stack[-1] = (level, stack[-1][1], item)
    content = [toc]
    if pages:
        page_list = ET.Element("nav", {EPUB_TYPE: "page-list", "role": "doc-pagelist",
                                       "id": "page-list", "aria-labelledby": "page-list-title",
                                       "hidden": "hidden"})
        ET.SubElement(page_list, "h2", {"id": "page-list-title"}).text = words.print_pages
        listed = ET.SubElement(page_list, "ol")
        for number, href in pages:
            ET.SubElement(ET.SubElement(listed, "li"), "a", {"href": href}).text = str(number)
        content.append(page_list)
    landmarks = ET.Element("nav", {EPUB_TYPE: "landmarks", "id": "landmarks",
                                   "aria-labelledby": "landmarks-title", "hidden": "hidden"})
    ET.SubElement(landmarks, "h2", {"id": "landmarks-title"}).text = words.landmarks
    ET.SubElement(ET.SubElement(ET.SubElement(landmarks, "ol"), "li"), "a", {
        EPUB_TYPE: "bodymatter", "href": chapters[0].xhtml}).text = words.start_of_handout
    content.append(landmarks)
    return xhtml_document(words.contents, document.meta.lang, content, "frontmatter")


def accessibility(pictures: bool, pages: bool, described: bool = True) -> list[tuple[str, str]]:
    """EPUB Accessibility 1.1 metadata: how the book can be read, and what it offers;
    `described` says that the author described every picture."""
    modes = ["textual", "auditory"] + (["visual"] if pictures else [])
    features = list(FEATURES) + (["alternativeText"] if pictures and described else []) \
        + (["pageBreakMarkers", "pageNavigation"] if pages else [])
    summary = ("Every sentence is read aloud by a synthetic voice and highlighted as it is "
               "read. The text is set large, in Atkinson Hyperlegible, black on white, and a "
               "reading system may change its size, font and colours. Headings and a table "
               "of contents lead to each part"
               + (", and the page numbers of the large-print PDF mark the same places as "
                  "in print." if pages else ".")
               + (" Every picture has a text description, which is also read aloud."
                  if pictures and described else ""))
    return ([("schema:accessMode", mode) for mode in modes]
            + [("schema:accessModeSufficient", "textual"),
               ("schema:accessModeSufficient", "auditory")]
            + [("schema:accessibilityFeature", feature) for feature in sorted(features)]
            + [("schema:accessibilityHazard", "none"),
               ("schema:accessibilitySummary", summary)])


def book_identifier(document: Document) -> str:
    """Stable across rebuilds, so reading systems keep their place when the book is updated."""
    meta = document.meta
    seed = f"{meta.title}|{meta.author or ''}|{document.slug}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'handout:' + seed)}"


def package_document(document: Document, audio: dict, pdf: dict, items: list[Item],
                     chapters: list[Chapter], durations: list[int], pictures: bool,
                     pages: bool, moment: dt.datetime, described: bool = True) -> bytes:
    """The package document: metadata, every file of the book, and the reading order."""
    meta = document.meta
    source = (f"{meta.title}, {pdf.get('edition', 'large')}-print PDF edition "
              f"({document.slug}.pdf, {pdf.get('paper', 'letter')} paper)")
    lines = [f'<dc:identifier id="pub-id">{book_identifier(document)}</dc:identifier>',
             f"<dc:title>{escape(meta.title)}</dc:title>",
             f"<dc:language>{escape(meta.lang)}</dc:language>",
             f"<dc:date>{publication_date(document).isoformat()}</dc:date>"]
    if meta.author:
        lines += [f"<dc:creator>{escape(meta.author)}</dc:creator>",
                  f"<dc:publisher>{escape(meta.author)}</dc:publisher>"]
    if meta.description:
        lines.append(f"<dc:description>{escape(meta.description)}</dc:description>")
    lines += [f"<dc:subject>{escape(word)}</dc:subject>" for word in meta.keywords]
    lines.append(f'<meta property="dcterms:modified">'
                 f'{moment.strftime("%Y-%m-%dT%H:%M:%SZ")}</meta>')
    if pages:
        # EPUB Accessibility Techniques 1.1: where the page numbers come from.
        lines.append(f'<meta property="pageBreakSource">{escape(source)}</meta>')
    lines += [f'<meta property="{name}">{escape(value)}</meta>'
              for name, value in accessibility(pictures, pages, described)]
    lines += [f'<meta property="media:duration" refines="#mo-{chapter.name}">'
              f"{clock(milliseconds / 1000)}</meta>"
              for chapter, milliseconds in zip(chapters, durations)]
    lines += [f'<meta property="media:duration">{clock(sum(durations) / 1000)}</meta>',
              f'<meta property="media:narrator">Synthetic voice: '
              f'{escape(str(audio.get("identity") or audio.get("voice")))}</meta>',
              f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>']
    manifest = []
    for item in items:
        extra = (f' properties="{item.properties}"' if item.properties else "") \
            + (f' media-overlay="{item.overlay}"' if item.overlay else "")
        manifest.append(f'<item id="{item.id}" href="{item.href}" '
                        f'media-type="{item.media_type}"{extra}/>')
    spine = [f'<itemref idref="{chapter.name}"/>' for chapter in chapters]
    # A right-to-left book turns its pages from right to left (EPUB 3.3, spine).
    progression = ' page-progression-direction="rtl"' if meta.direction == "rtl" else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<package xmlns="{OPF_NS}" version="3.0" unique-identifier="pub-id" '
            f'xml:lang="{escape(meta.lang)}">\n'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            + "\n".join(lines) + "\n</metadata>\n<manifest>\n" + "\n".join(manifest)
            + f"\n</manifest>\n<spine{progression}>\n" + "\n".join(spine)
            + "\n</spine>\n</package>\n"
            ).encode()


def write_zip(target: Path, opf: bytes, items: list[Item], moment: dt.datetime) -> None:
    """The OCF container: `mimetype` first, stored and without extra fields, as reading
    systems sniff it; then every file, dated `moment` and with fixed permissions and
    system, so the same book gives the same bytes."""
    stamp = max(moment, dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)).timetuple()[:6]
    files = [("mimetype", b"application/epub+zip", False),
             ("META-INF/container.xml", CONTAINER.encode(), True),
             (f"{FOLDER}package.opf", opf, True)]
    files += [(FOLDER + item.href, item.data, item.media_type not in STORED_TYPES)
              for item in items]
    with zipfile.ZipFile(target, "w") as archive:
        for name, data, deflate in files:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            archive.writestr(info, data, compresslevel=9 if deflate else None)


# --- Verifying a book --------------------------------------------------------------------


def parse_smil_clock(value: str) -> float:
    """Seconds in a SMIL clock value: full (`0:01:02.5`), partial (`01:02.5`) or a
    timecount (`62.5s`, `62500ms`, `1.04min`, `0.017h`)."""
    value = value.strip()
    if ":" in value:
        seconds = 0.0
        for part in value.split(":"):
            seconds = seconds * 60 + float(part)
        return seconds
    for unit, factor in (("ms", 0.001), ("min", 60.0), ("h", 3600.0), ("s", 1.0)):
        if value.endswith(unit):
            return float(value[:-len(unit)]) * factor
    return float(value)


def validate_epub(path: Path) -> list[str]:
    """What EPUBCheck and Ace do not check, or []: the container's first entry, and for
    every overlay that its text gives each id once (EPUBCheck checks that too, where it is
    installed), that each clip lies inside its MP3, that clips follow each other in order
    without overlap, that `media:duration` is the sum of the clips (and the book's the sum
    of the overlays'), and that every sentence and heading of the text is in it."""
    problems: list[str] = []
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        return [f"not a readable EPUB ({error})"]
    with archive:
        first = archive.infolist()[0]
        if (first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED
                or first.extra or archive.read(first) != b"application/epub+zip"):
            problems.append("mimetype: must be the first entry, stored, with no extra field, "
                            "holding exactly 'application/epub+zip'")
        names = set(archive.namelist())
        try:
            opf = ET.fromstring(archive.read(f"{FOLDER}package.opf"))
        except (KeyError, ET.ParseError) as error:
            return problems + [f"package.opf: not readable ({error})"]
        items = {i.get("id"): i for i in opf.iter(f"{{{OPF_NS}}}item")}
        declared: dict[str, float] = {}
        for meta in opf.iter(f"{{{OPF_NS}}}meta"):
            if meta.get("property") == "media:duration":
                declared[meta.get("refines", "").removeprefix("#")] = \
                    parse_smil_clock(meta.text or "")
        lengths: dict[str, float] = {}
        total = 0.0
        for item in items.values():
            overlay = items.get(item.get("media-overlay") or "")
            if item.get("media-overlay") is None:
                continue
            if overlay is None:
                problems.append(f"package.opf: {item.get('href')} names a missing overlay")
                continue
            sum_of_clips = _validate_overlay(archive, names, item.get("href"),
                                             overlay.get("href"), lengths, problems)
            duration = declared.get(overlay.get("id"))
            if duration is None or abs(duration - sum_of_clips) > 0.0015:
                problems.append(f"package.opf: media:duration of {overlay.get('href')} is "
                                f"{duration}, its clips add up to {sum_of_clips:.3f}s")
            total += duration or 0.0
        if "" not in declared or abs(declared[""] - total) > 0.0015:
            problems.append(f"package.opf: the book's media:duration is {declared.get('')}, "
                            f"its overlays add up to {total:.3f}s")
    return problems


def _validate_overlay(archive: zipfile.ZipFile, names: set[str], xhtml: str, smil: str,
                      lengths: dict[str, float], problems: list[str]) -> float:
    """Check one overlay against its text and audio; return the sum of its clips."""
    try:
        overlay = ET.fromstring(archive.read(FOLDER + smil))
        text = ET.fromstring(archive.read(FOLDER + xhtml))
    except (KeyError, ET.ParseError) as error:
        problems.append(f"{smil}: not readable with its text ({error})")
        return 0.0
    every_id = [e.get("id") for e in text.iter() if e.get("id")]
    ids = set(every_id)
    for twice in sorted({i for i in every_id if every_id.count(i) > 1}):
        problems.append(f"{xhtml}: the id '{twice}' is given to more than one element")
    spoken = {e.get("id") for e in text.iter() if e.get("id") and (
        "sentence" in (e.get("class") or "").split()
        or e.tag.removeprefix(f"{{{XHTML_NS}}}") in HEADING_TAGS)}
    narrated: set[str] = set()
    ends: dict[str, float] = {}
    sum_of_clips = 0.0
    for par in overlay.iter(f"{{{SMIL_NS}}}par"):
        target = par.find(f"{{{SMIL_NS}}}text")
        audio = par.find(f"{{{SMIL_NS}}}audio")
        if target is None or audio is None:
            problems.append(f"{smil}: {par.get('id')} lacks its text or its audio")
            continue
        document, _, fragment = target.get("src", "").partition("#")
        narrated.add(fragment)
        if document != xhtml or fragment not in ids:
            problems.append(f"{smil}: {par.get('id')} points at {target.get('src')}, which "
                            "is not in its text")
        mp3 = audio.get("src", "")
        if mp3 not in lengths:
            lengths[mp3] = (mp3_length(io.BytesIO(archive.read(FOLDER + mp3)))
                            if FOLDER + mp3 in names else -1.0)
            if lengths[mp3] < 0:
                problems.append(f"{smil}: its audio {mp3} is not in the book")
        try:
            begin = parse_smil_clock(audio.get("clipBegin", "0"))
            end = parse_smil_clock(audio.get("clipEnd", "")) if audio.get("clipEnd") \
                else max(lengths[mp3], 0.0)
        except ValueError:
            problems.append(f"{smil}: {par.get('id')} has a clip time that is not a SMIL "
                            "clock value")
            continue
        if not 0 <= begin < end:
            problems.append(f"{smil}: {par.get('id')} clip {begin:.3f}-{end:.3f}s is empty "
                            "or runs backwards")
        if mp3 in ends and begin < ends[mp3] - 0.0005:
            problems.append(f"{smil}: {par.get('id')} starts at {begin:.3f}s, before the "
                            f"clip before it ends ({ends[mp3]:.3f}s)")
        if lengths[mp3] >= 0 and end > lengths[mp3] + 0.0005:
            problems.append(f"{smil}: {par.get('id')} ends at {end:.3f}s, after the end of "
                            f"{mp3} ({lengths[mp3]:.3f}s)")
        ends[mp3] = end
        sum_of_clips += end - begin
    for missing in sorted(spoken - narrated):
        problems.append(f"{smil}: {missing} of {xhtml} is never read")
    return sum_of_clips


def check_epub(document: Document, layout: Layout, epub: dict) -> list[Finding]:
    """The EPUB's container and overlays are sound (`validate_epub`), and it holds an
    overlay for every section."""
    path = layout.folder / epub.get("file", layout.epub.name)
    if not path.is_file():
        return [Finding(str(path), "epub", "missing: run 'invoke build --editions epub'")]
    findings = [Finding(f"{path}:{problem.split(': ', 1)[0]}", "epub",
                        problem.split(": ", 1)[-1]) for problem in validate_epub(path)]
    if epub.get("overlays") != len(document.sections):
        findings.append(Finding(str(path), "epub", f"{epub.get('overlays')} overlays for "
                                f"{len(document.sections)} sections: run 'invoke build'"))
    return findings
