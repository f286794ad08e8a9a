"""Check stage, print: verify a built PDF against the large-print and PDF/UA-1 standards.

`check_pdf` opens the PDF once with pypdf (catalog, metadata, outline, fonts, structure
tree) and once with pdfplumber (every glyph's size, matrix, colour and position), and runs
each rule below over what it read. Every problem is a `Finding` located as `file: page N`
(or just the file, for a rule about the whole document), saying what is wrong and what
to do. The edition's body size comes from the manifest, so a giant-print PDF is held to
24 pt and a large-print one to 18 pt.

Rules: `pdf` (opens), `glyph-size`, `font-embedded`, `font-family`, `font-italic`,
`font-missing`, `margin`, `page-size`, `text` (extractable, in reading order against the
source words), `pdf-ua`, `pdf-lang`, `pdf-title`, `display-doc-title`, `pdf-metadata`,
`pdf-bookmarks`, `pdf-tags`, `contrast`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator
from unicodedata import bidirectional, category, normalize

from handout.config import EDITIONS, Settings
from handout.read.document import Document, parse_html
from handout.read.images import is_decorative
from handout.colour import MIN_CONTRAST, contrast_ratio
from handout.findings import WARNING, Finding

SIZE_TOLERANCE = 0.05
"""Points a glyph may fall short of the body size through rounding in the PDF."""
MARGIN = 72.0
"""One inch, in points: no text to the left, right or top of it."""
READING_WINDOW = 400
"""How many printed words may come between two source words (contents list, addresses)."""
PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/"
ITALIC_FLAG = 1 << 6


@dataclass(frozen=True)
class PrintedWord:
    text: str
    page: int
    line: int | None = None  # its line's place on its page, where it is known


@dataclass(frozen=True)
class Row:
    """A table row's cells, each its words in order (and the rows of a table inside it).

    A row taller than the room left on a page is split there: each cell prints what fits
    beside the others, and goes on under the repeated header on the next page, so the page
    reads the cells' first parts in turn, then their second parts (`unmatched_words`)."""

    cells: tuple[tuple[str | Row, ...], ...]


def check_pdf(document: Document, path: Path, settings: Settings,
              built: dict | None = None) -> list[Finding]:
    """Every way the PDF at `path` falls short of the print standard, as findings.

    `built` is the manifest's `pdf` entry: the edition and paper the PDF was made for,
    and the key of what it was made from (`pdf.build.pdf_key`), which says whether it was
    made from the handout as it is now.
    """
    from handout.pdf.build import pdf_key

    from pypdf import PdfReader

    where = str(path)
    if not path.is_file():
        return [Finding(where, "pdf", "missing: run 'invoke pdf'")]
    built = built or {}
    edition = built.get("edition", settings.edition)
    paper = built.get("paper", settings.paper)
    if edition not in EDITIONS:
        return [Finding(where, "pdf", f"built for an unknown edition {edition!r}: "
                                      "build it again")]
    settings = settings.replace(edition=edition, paper=paper)
    if built.get("key") and built["key"] != pdf_key(document, settings):
        # What the handout says, or how it is printed, has changed since: its title,
        # bookmarks and text each differed, and none of those findings said what to do.
        return [Finding(where, "pdf", "made from an earlier version of the handout (or of "
                                      "its templates, fonts, pictures or this tool): run "
                                      "'invoke pdf', or 'invoke build'")]
    try:
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        pages = _read_glyphs(path)
    except Exception as error:  # any parser failure means the file is not a usable PDF
        return [Finding(where, "pdf", f"cannot be read ({error}): build it again")]
    findings: list[Finding] = []
    unprintable = check_printable(document, settings, where)
    findings += check_metadata(document, reader, where)
    if not unprintable:  # else its headings' bookmarks lack the letters printed as codes
        findings += check_bookmarks(document, reader, where)
    findings += check_tags(document, root, where)
    findings += check_fonts(reader, where)
    findings += check_font_families(pages, where)
    findings += unprintable
    findings += check_mixed_typefaces(document, settings, where)
    findings += check_page_size(reader, paper, where)
    findings += check_glyphs(pages, settings.body_size, where)
    if not unprintable:
        # A letter no font has is printed as its code ("[U+F0B7]"), not as written: the
        # text would differ there, hiding the one thing to mend (an empty box's font, as
        # it was printed before, hid every word in that font: "and 3336 more").
        findings += check_text(document, pages, settings, where)
    return findings


# --- Document-level rules ------------------------------------------------------------------


def check_metadata(document: Document, reader, where: str) -> list[Finding]:
    """PDF/UA identification, /Lang, title shown in the title bar, author, subject, keywords."""
    meta = document.meta
    root = reader.trailer["/Root"]
    info = reader.metadata or {}
    findings = []
    if pdfua_part(reader) != "1":
        findings.append(Finding(where, "pdf-ua", "no PDF/UA-1 identification (pdfuaid:part) "
                                                 "in the XMP metadata: build it again"))
    lang = str(root.get("/Lang", ""))
    if lang.lower() != meta.lang.lower():
        findings.append(Finding(where, "pdf-lang", f"/Lang is {lang!r}, expected "
                                                   f"{meta.lang!r} from the front matter"))
    if info.get("/Title") != meta.title:
        findings.append(Finding(where, "pdf-title", f"title is {info.get('/Title')!r}, "
                                                    f"expected {meta.title!r}"))
    preferences = root.get("/ViewerPreferences")
    preferences = preferences.get_object() if preferences is not None else {}
    if not preferences.get("/DisplayDocTitle"):
        findings.append(Finding(where, "display-doc-title", "the window shows the file "
                                "name, not the title: DisplayDocTitle is not set"))
    expected = {"/Author": meta.author, "/Subject": meta.description,
                "/Keywords": ", ".join(meta.keywords) or None}
    for key, value in expected.items():
        if value is not None and info.get(key) != value:
            findings.append(Finding(where, "pdf-metadata", f"{key[1:].lower()} is "
                                    f"{info.get(key)!r}, expected {value!r}"))
    return findings


def pdfua_part(reader) -> str | None:
    """The `pdfuaid:part` value of the XMP packet, written as attribute or as element."""
    xmp = reader.xmp_metadata
    if xmp is None:
        return None
    for node in xmp.rdf_root.getElementsByTagNameNS(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "Description"):
        if node.hasAttributeNS(PDFUA_NS, "part"):
            return node.getAttributeNS(PDFUA_NS, "part").strip()
        for child in node.getElementsByTagNameNS(PDFUA_NS, "part"):
            return "".join(t.data for t in child.childNodes if t.nodeType == t.TEXT_NODE).strip()
    return None


def check_bookmarks(document: Document, reader, where: str) -> list[Finding]:
    """One bookmark per printed heading, in order, nested by heading level."""
    from handout.pdf.render import print_headings

    headings = print_headings(document)
    expected = list(zip(nesting_depths([h.level for h in headings]), [h.text for h in headings]))
    found = list(outline_entries(reader.outline))
    if found == expected:
        return []
    missing = [t for _, t in expected if t not in {t for _, t in found}]
    extra = [t for _, t in found if t not in {t for _, t in expected}]
    if missing or extra:
        what = "; ".join(filter(None, [
            missing and f"no bookmark for {', '.join(map(repr, missing))}",
            extra and f"bookmark {', '.join(map(repr, extra))} is not a heading"]))
    else:
        what = (f"bookmarks are out of order or wrongly nested: {found} "
                f"instead of {expected}")
    return [Finding(where, "pdf-bookmarks", what)]


def nesting_depths(levels: Iterable[int]) -> list[int]:
    """The outline depth of each heading: one deeper than the nearest higher heading before it."""
    depths, open_levels = [], []
    for level in levels:
        while open_levels and open_levels[-1] >= level:
            open_levels.pop()
        open_levels.append(level)
        depths.append(len(open_levels))
    return depths


def outline_entries(items, depth: int = 1) -> Iterator[tuple[int, str]]:
    for item in items:
        if isinstance(item, list):
            yield from outline_entries(item, depth + 1)
        else:
            yield depth, item.title


def check_tags(document: Document, root, where: str) -> list[Finding]:
    """A structure tree whose tags match what the handout holds: headings, paragraphs,
    lists, tables with scoped header cells, and figures with alternative text."""
    from handout.pdf.render import print_headings

    tree = root.get("/StructTreeRoot")
    mark = root.get("/MarkInfo")
    if tree is None or mark is None or not mark.get_object().get("/Marked"):
        return [Finding(where, "pdf-tags", "the PDF is not tagged: build it again")]
    elements = list(structure_elements(tree.get_object()))
    tags = Counter(str(e["/S"])[1:] for e in elements)
    printed = parse_html(document.html)
    # A decorative picture is an artifact, not a Figure (`render.finish_tags`).
    images = sum(not is_decorative(image) for image in printed.iter("img"))
    expected = {f"H{h.level}" for h in print_headings(document)} | ({"Figure"} if images else set())
    # A paragraph holding a picture alone is tagged as the Figure, with no P around it: a Word
    # document whose every paragraph was a picture was failed for having no P.
    if any("".join(paragraph.itertext()).strip() for paragraph in printed.iter("p")):
        expected.add("P")
    for needed, html_tag in (("L", "ul"), ("L", "ol"), ("LI", "li"), ("Table", "table"),
                             ("TR", "table"), ("TH", "th"), ("TD", "td")):
        if next(printed.iter(html_tag), None) is not None:
            expected.add(needed)
    findings = [Finding(where, "pdf-tags", f"no {tag} tag in the structure tree, though "
                                           "the handout has one")
                for tag in sorted(expected - set(tags))]
    figures = [e for e in elements if e["/S"] == "/Figure"]
    without_alt = [e for e in figures if not str(e.get("/Alt", "")).strip()]
    if without_alt:
        findings.append(Finding(where, "pdf-tags", f"{len(without_alt)} figure(s) without "
                                "alternative text: add alt text to every image"))
    if len(figures) < images:
        findings.append(Finding(where, "pdf-tags", f"{images} image(s) in the handout but "
                                f"{len(figures)} Figure tag(s)"))
    unscoped = [e for e in elements if e["/S"] == "/TH"
                and "/Scope" not in _attributes(e)]
    if unscoped:
        findings.append(Finding(where, "pdf-tags", f"{len(unscoped)} table header cell(s) "
                                "without /Scope: build it again"))
    return findings


def structure_elements(node) -> Iterator:
    """Every structure element under `node`, depth first, in document order."""
    kids = node.get("/K")
    if kids is None:
        return
    kids = kids.get_object()
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict) and "/S" in kid:
            yield kid
            yield from structure_elements(kid)


def _attributes(element) -> dict:
    attributes = element.get("/A")
    if attributes is None:
        return {}
    attributes = attributes.get_object()
    if isinstance(attributes, list):
        merged: dict = {}
        for item in attributes:
            item = item.get_object() if hasattr(item, "get_object") else item
            if isinstance(item, dict):
                merged.update(item)
        return merged
    return dict(attributes)


def check_fonts(reader, where: str) -> list[Finding]:
    """Only embedded fonts, never an italic face."""
    findings, seen = [], set()
    for number, page in enumerate(reader.pages, start=1):
        for name, descriptor in page_fonts(page):
            if (name, number) in seen:
                continue
            seen.add((name, number))
            base = name.split("+", 1)[-1]
            if descriptor is None or not any(k in descriptor for k in
                                             ("/FontFile", "/FontFile2", "/FontFile3")):
                findings.append(Finding(f"{where}: page {number}", "font-embedded",
                                        f"font {base} is not embedded"))
            italic = re.search(r"italic|oblique", base, re.I) or (descriptor is not None and (
                int(descriptor.get("/Flags", 0)) & ITALIC_FLAG
                or float(descriptor.get("/ItalicAngle", 0)) != 0))
            if italic:
                findings.append(Finding(f"{where}: page {number}", "font-italic",
                                        f"italic face {base} is used: emphasis must be bold"))
    return findings


def check_printable(document: Document, settings: Settings, where: str) -> list[Finding]:
    """Every character the handout prints has a font here: the stylesheet's, or one
    installed that the layout falls back on."""
    from handout.fonts import unprintable, unprintable_message
    from handout.pdf.build import printed_text
    from handout.pdf.render import render_html

    characters = unprintable(printed_text(render_html(document, settings)))
    return [Finding(where, "font-missing", unprintable_message(characters))] \
        if characters else []


def check_mixed_typefaces(document: Document, settings: Settings, where: str
                          ) -> list[Finding]:
    """A warning where the handout prints Latin letters that Atkinson Hyperlegible lacks, in
    another typeface in the middle of its words (`fonts.mixed_letters`): Vietnamese passed
    with nothing said."""
    from handout.fonts import mixed_letters, mixed_message
    from handout.pdf.build import printed_text
    from handout.pdf.render import render_html

    letters = mixed_letters(printed_text(render_html(document, settings)))
    return [Finding(where, "font-mixed", mixed_message(letters), WARNING)] if letters else []


def check_font_families(pages: list[Page], where: str) -> list[Finding]:
    """Letters only in the stylesheet's families, but for letters that one of them lacks
    (Atkinson Hyperlegible has no Arabic, Hebrew, Greek or Cyrillic), which the layout
    sets in a face of the system's that has them, spaces and punctuation among them. (IBM
    Plex Mono has Cyrillic, but sets only code: a Russian paragraph in Noto Sans or DejaVu
    Sans was reported as set in the wrong face.)"""
    from handout.fonts import FONT_FAMILIES, font_characters

    families = [_squash(family) for family in FONT_FAMILIES]
    drawable = frozenset.intersection(*(font_characters(family) for family in FONT_FAMILIES))
    ours: dict[str, bool] = {}  # by font name, asked once, not for each of its glyphs
    findings = []
    for page in pages:
        stray: dict[str, str] = {}
        for char in page.chars:
            base = char["fontname"].split("+", 1)[-1]
            if base not in ours:
                ours[base] = any(_squash(base).startswith(family) for family in families)
            if ours[base]:
                continue
            if any(category(c).startswith("L") and ord(c) in drawable for c in char["text"]):
                stray.setdefault(base, char["text"])
        findings += [Finding(f"{where}: page {page.number}", "font-family",
                             f"font {base} is not one of {', '.join(FONT_FAMILIES)}, and it "
                             f"sets letters they all have ({letter!r})")
                     for base, letter in stray.items()]
    return findings


def _squash(name: str) -> str:
    """A font name without spaces, hyphens or case: 'Atkinson Hyperlegible' → 'atkinsonhyperlegible'."""
    return re.sub(r"[\s_-]", "", name).lower()


def page_fonts(page) -> Iterator[tuple[str, dict | None]]:
    """(BaseFont, FontDescriptor) of every font a page's text uses, forms included."""
    stack = [page.get("/Resources")]
    visited = set()
    while stack:
        resources = stack.pop()
        if resources is None:
            continue
        resources = resources.get_object()
        if id(resources) in visited:
            continue
        visited.add(id(resources))
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants.get_object()[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            yield str(font.get("/BaseFont", "unnamed")), (
                descriptor.get_object() if descriptor is not None else None)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                stack.append(xobject.get("/Resources"))


def check_page_size(reader, paper: str, where: str) -> list[Finding]:
    from handout.pdf.render import PAGE_HEIGHTS, PAGE_WIDTHS

    width, height = PAGE_WIDTHS[paper], PAGE_HEIGHTS[paper]
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        if abs(float(box.width) - width) > 1 or abs(float(box.height) - height) > 1:
            return [Finding(f"{where}: page {number}", "page-size",
                            f"page is {float(box.width):.0f} × {float(box.height):.0f} pt, "
                            f"expected {paper} ({width:.0f} × {height:.0f} pt)")]
    return []


# --- Glyph-level rules ---------------------------------------------------------------------


@dataclass
class Page:
    """What pdfplumber saw on one page: its glyphs (in drawing order), fills and size."""

    number: int
    width: float
    height: float
    chars: list[dict]
    fills: list[tuple[tuple[float, float, float, float], object, bool]]
    code_marks: frozenset[int] = frozenset()
    """The marked content (`mcid`) of its code blocks' lines (`_code_marks`), found where
    the page holds right-to-left letters, the only pages that need them."""

    def lines(self) -> list[tuple[list[list[str]], dict]]:
        """The page's lines as drawn, each a list of its words from left to right, each
        word the texts of its glyphs, with the line's first glyph: a glyph further down, or
        back to the left, starts a line, and a space or a gap of more than 0.15 em starts a
        word. A mark drawn on a letter (an Arabic vowel sign, Persian's hamza above), which
        has no width of its own, belongs to the word it is drawn in: it may stand a little
        right of the letter drawn after it, which had started a line in the middle of the
        word, and Persian's "نقشهٔ" in the Open Source Guides' code of conduct was read out
        of order."""
        lines: list[list[list[str]]] = [[]]
        firsts: list[dict] = []
        word: list[str] = []
        marks: list[str] = []  # marks drawn before the letter they are set on
        last = None  # the line's latest glyph that is not a space or a mark
        for char in self.chars:
            if last is not None and _is_mark(char) \
                    and abs(char["top"] - last["top"]) <= last["size"]:  # set above or below
                if word:
                    word.append(char["text"])
                else:
                    marks.append(char["text"])
                continue
            if last is not None:
                new_line = (abs(char["top"] - last["top"]) > last["size"] / 2
                            or char["x0"] < last["x0"])
                if new_line or (word and char["x0"] - last["x1"] > last["size"] * 0.15):
                    if word:
                        lines[-1].append(word)
                    word = []
                if new_line:
                    lines.append([])
            if len(firsts) < len(lines):  # the line's first glyph, a space it starts with too
                firsts.append(char)
            if char["text"].isspace():
                if word:
                    lines[-1].append(word)
                word = []
                continue
            word += [*marks, char["text"]]
            marks = []
            last = char
        if word:
            lines[-1].append(word)
        return [(line, first) for line, first in zip(lines, firsts) if line]

    def words(self, direction: str = "ltr") -> list[str]:
        """The page's words in the order they are read (`read_lines`)."""
        return [word for line in self.read_lines(direction) for word in line]

    def read_lines(self, direction: str = "ltr") -> list[list[str]]:
        """The page's lines, each its words in the order they are read, which is the order
        text copies, searches and (WeasyPrint tags content as it draws it) is read aloud in.

        WeasyPrint draws each line from left to right, so in a right-to-left handout
        (`direction` "rtl") each line is read from the right (`logical_order`), but for a
        line of a code block (`code_marks`), which runs from the left."""
        if direction != "rtl":
            # A run of Hebrew or Arabic in a left-to-right line is read from its right, as
            # it is drawn reversed: docx4j's arabic_align.docx, a table of "oneالمدينة",
            # was all out of order to the check, which the PDF copied right. A line of a
            # paragraph given their direction (`script.direction`) is read from the right:
            # a clinic's "تليفون: 22021000" in an English handout.
            return [_read_ltr(line) for line, _ in self.lines()]
        return [logical_order(line, rtl=first.get("mcid") not in self.code_marks)
                for line, first in self.lines()]


def _widthless(char: dict) -> bool:
    """Whether a glyph takes no room on its line, as a mark set on a letter does."""
    return char["x1"] - char["x0"] < 0.01


def _is_mark(char: dict) -> bool:
    """Whether a glyph is a mark set on a letter: no width of its own, and only marks in
    its text (or none)."""
    return _widthless(char) and all(category(c).startswith("M") for c in char["text"])


def logical_order(line: list[list[str]], rtl: bool = True) -> list[str]:
    """The words of a right-to-left line, given as drawn from left to right (each word its
    glyphs' texts), in the order they are read, as the Unicode bidirectional algorithm sets
    them in a right-to-left paragraph: its glyphs from the right, but for runs of Latin
    letters and of numbers, which keep their own order from the left. Spaces and signs
    between two Latin letters belong to their run, and so does a number after them ("JDC
    001;KDD 0041"); between numbers they are read from the right, so that a Hebrew price,
    "1$=102.3 ין" or "1ש\"ח=29.41 ין", is not read "102.3 =1$" nor "14.92=ח\"ש1" (the
    check reported 308 words of Open-Xml-PowerTools' Hebrew travel leaflet out of order).
    Each glyph's own text is already in reading order (a ligature's letters).

    With `rtl` false, the line is one of a left-to-right paragraph (code in a right-to-left
    handout: "## داروهای من"): it is read from the left, each run of right-to-left letters
    (with the spaces, signs and numbers between them) from the right."""
    glyphs: list[str] = []
    for word in line:
        glyphs += [" "] if glyphs else []
        glyphs += word
    if rtl:
        return "".join(_read_from_right(glyphs)).split()
    kinds = [_bidi_kind(glyph) for glyph in glyphs]
    for index, kind in enumerate(kinds):  # spaces, signs and numbers between them join them
        if kind in ("N", "EN"):
            before = next((k for k in reversed(kinds[:index]) if k in "LR"), "L")
            after = next((k for k in kinds[index + 1:] if k in "LR"), "L")
            kinds[index] = "R" if before == after == "R" else "L"
    read: list[str] = []
    start = 0
    while start < len(glyphs):
        end = start
        while end < len(glyphs) and (kinds[end] == "R") == (kinds[start] == "R"):
            end += 1
        run = glyphs[start:end]
        read += _read_from_right(run) if kinds[start] == "R" else run
        start = end
    return "".join(read).split()


def _read_from_right(glyphs: list[str]) -> list[str]:
    """`glyphs`, drawn from left to right, in the order a right-to-left paragraph reads
    them (`logical_order`)."""
    kinds = [_bidi_kind(glyph) for glyph in glyphs]
    for index, glyph in enumerate(glyphs):  # a sign inside or beside a number is part of it
        sign = bidirectional(glyph[0]) if kinds[index] == "N" and glyph else ""
        if sign in NUMBER_SIGNS:
            before = kinds[index - 1] if index else None
            after = kinds[index + 1] if index + 1 < len(kinds) else None
            if (sign == "ET" and "EN" in (before, after)) or before == after == "EN":
                kinds[index] = "EN"
    for index, kind in enumerate(kinds):  # a number after Latin letters is part of them
        if kind == "EN" and next((k for k in reversed(kinds[:index]) if k in "LR"), "") == "L":
            kinds[index] = "L"
    strong = [kind if kind != "N" else None for kind in kinds]
    for index, kind in enumerate(kinds):  # a number counts as right-to-left around signs
        if kind == "N":
            before = next((k for k in reversed(strong[:index]) if k), "R")
            after = next((k for k in strong[index + 1:] if k), "R")
            kinds[index] = "L" if before == after == "L" else "R"
    order = list(range(len(glyphs)))
    start = 0
    while start < len(order):  # runs of Latin letters and numbers keep their order
        end = start
        while end < len(order) and kinds[end] != "R":
            end += 1
        order[start:end] = reversed(order[start:end])
        start = end + 1
    return [glyphs[i] for i in reversed(order)]


NUMBER_SIGNS = frozenset({"ES", "ET", "CS"})
"""Unicode's classes of the signs a number holds or carries ("102.3", "1$", "09-742")."""


def _bidi_kind(glyph: str) -> str:
    """A glyph's direction: "R" (a right-to-left letter), "L" (a left-to-right one), "EN"
    (a digit) or "N" (a space or a sign, which takes its direction from its neighbours)."""
    classes = {bidirectional(c) for c in glyph}
    if classes & {"R", "AL"}:
        return "R"
    if "L" in classes:
        return "L"
    return "EN" if classes & {"EN", "AN"} else "N"


def _read_glyphs(path: Path) -> list[Page]:
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            fills = [((r["x0"], r["top"], r["x1"], r["bottom"]), r.get("non_stroking_color"),
                      bool(r.get("evenodd"))) for r in page.rects if r.get("fill")]
            chars = list(page.chars)
            rtl = any(bidirectional(letter) in ("R", "AL") for c in chars for letter in c["text"])
            pages.append(Page(number, float(page.width), float(page.height), chars, fills,
                              _code_marks(page.structure_tree, chars) if rtl
                              else frozenset()))
    return pages


TEXT_TAGS = frozenset({"P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Span", "Link", "Lbl",
                       "Caption", "Quote", "Note", "Reference", "Code"})
"""Structure types that hold text: a `NonStruct` inside one is a phrase of it."""


def _code_marks(elements: list[dict], chars: list[dict]) -> frozenset[int]:
    """The marked content of the code blocks among `elements` (pdfplumber's structure tree
    of a page), whose `chars` are on it (`Page.code_marks`): WeasyPrint tags a code block
    as a `NonStruct` among blocks, not inside a paragraph, of spans with glyphs in the
    monospaced face (a date line under the title is such a `NonStruct`, in the text's
    face; a phrase set apart in a paragraph is one inside the paragraph)."""
    blocks: list[set[int]] = []

    def gather(elements: list[dict], block: set[int] | None, in_text: bool) -> None:
        for element in elements:
            kind = element.get("type", "")
            inside = block
            if kind == "NonStruct" and not in_text and block is None:
                inside = set()
                blocks.append(inside)
            if inside is not None:
                inside.update(element.get("mcids") or ())
            gather(element.get("children") or [], inside, in_text or kind in TEXT_TAGS)

    gather(elements, None, False)
    mono = {char["mcid"] for char in chars
            if "Mono" in char["fontname"] and char["text"].strip() and "mcid" in char}
    return frozenset(mark for block in blocks if block & mono for mark in block)


def check_glyphs(pages: list[Page], body: float, where: str) -> list[Finding]:
    """Size, slant, position and contrast of every glyph, one finding per rule and page."""
    findings = []
    for page in pages:
        at = f"{where}: page {page.number}"
        visible = [c for c in page.chars if c["text"].strip()]
        small = [c for c in visible if c["size"] < body - SIZE_TOLERANCE]
        if small:
            smallest = min(small, key=lambda c: c["size"])
            findings.append(Finding(at, "glyph-size", f"{len(small)} character(s) smaller "
                                    f"than the {body:g} pt body size (smallest "
                                    f"{smallest['size']:.1f} pt, in "
                                    f"{_context(page.chars, smallest)!r})"))
        slanted = [c for c in visible if c.get("upright", True) and abs(c["matrix"][2]) > 1e-3]
        if slanted:
            findings.append(Finding(at, "font-italic", f"{len(slanted)} character(s) slanted "
                                    f"(faux italic), in {_context(page.chars, slanted[0])!r}"))
        outside = [c for c in visible if c["x0"] < MARGIN - 0.5
                   or c["x1"] > page.width - MARGIN + 0.5 or c["top"] < MARGIN - 0.5]
        if outside:
            findings.append(Finding(at, "margin", f"{len(outside)} character(s) inside the "
                                    "1 inch margin (text overflowing the page), in "
                                    f"{_context(page.chars, outside[0])!r}"))
        low = [(c, ratio) for c in visible
               if (ratio := contrast_ratio(c.get("non_stroking_color"),
                                           _background(page, c))) < MIN_CONTRAST]
        if low:
            char, ratio = min(low, key=lambda pair: pair[1])
            findings.append(Finding(at, "contrast", f"{len(low)} character(s) with contrast "
                                    f"below {MIN_CONTRAST:g}:1 (lowest {ratio:.1f}:1, in "
                                    f"{_context(page.chars, char)!r}): print text black"))
    return findings


def _context(chars: list[dict], char: dict, span: int = 20) -> str:
    index = next(i for i, c in enumerate(chars) if c is char)
    return "".join(c["text"] for c in chars[max(0, index - span // 2): index + span // 2])


def _background(page: Page, char: dict):
    """The colour under a glyph: the last filled area drawn beneath it, else white.

    Borders are drawn as even-odd fills of an outer and an inner rectangle (a frame), so
    consecutive even-odd rectangles of one colour paint a point only when it lies inside
    an odd number of them.
    """
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    colour = (1.0,)
    index = 0
    while index < len(page.fills):
        box, fill, evenodd = page.fills[index]
        group = [box]
        while evenodd and index + 1 < len(page.fills) and page.fills[index + 1][2] \
                and page.fills[index + 1][1] == fill:
            index += 1
            group.append(page.fills[index][0])
        inside = sum(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in group)
        if fill is not None and inside % 2 == 1:
            colour = fill
        index += 1
    return colour


# --- Text ----------------------------------------------------------------------------------


UNSPACED = ("\u1100-\u11ff\u3040-\u30ff\u3100-\u318f\u3400-\u4dbf\u4e00-\u9fff"
            "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f")
"""Chinese, Japanese and Korean letters (Han, kana, bopomofo, Hangul), which break a line
between any two of them: each is a word of its own to the check, so that a line break or
a bold phrase inside a run of them does not make its words look missing."""

_WORDS = re.compile(rf"[{UNSPACED}]|(?:(?![{UNSPACED}])\w)+")


def words_of(text: str) -> list[str]:
    """`text`'s words (a Chinese, Japanese or Korean letter is one, `UNSPACED`), without
    the invisible format characters that print draws nothing for (Persian's zero-width
    non-joiner in "می‌دهد", joiners, direction marks), their letters composed: a letter
    written with its accent apart (DSSG Portugal's "dd_Relatório_Vacinação" in code, saved
    so) was two words at the accent, and printed, where the font composes it, one. A mark
    that stays apart once composed (Arabic's vowel signs, Hebrew's points) is left out: a
    PDF's text has it where its font draws it, before or after its letter, and "בְּרוּכִים"
    was four words in the source and three as printed."""
    composed = normalize("NFC", text)
    return _WORDS.findall("".join(c for c in composed if category(c) not in ("Cf", "Mn"))
                          .casefold())


def expected_words(document: Document, settings: Settings) -> list[str | Row]:
    """The handout's words in reading order, as print lays them out: the title block, the
    contents list (its heading and each section's, which docx4j's Word guide of 72 sections
    printed over five pages, more words than `READING_WINDOW`), the sections, the notes;
    a table's rows as `Row`s."""
    from handout.language import words_for
    from handout.read.document import title_block_words
    from handout.pdf.render import contents_sections, notes_heading, print_tree, text_width_em

    words = words_of(" ".join(title_block_words(document.meta)))
    listed = contents_sections(document)
    if listed:
        words += words_of(words_for(document.meta.lang).contents)
        for section in listed:
            words += words_of(section.heading)
    width = text_width_em(settings)
    for section in document.sections:
        words += laid_out_words(print_tree(section.html, width, document.meta.lang))
    if document.notes_html:
        words += words_of(notes_heading(document))
        words += laid_out_words(print_tree(document.notes_html, width, document.meta.lang))
    return words


RUN_ON_TAGS = frozenset("a abbr b bdi bdo cite code del dfn em i ins kbd mark q s samp small "
                        "span strong sub sup time u var".split())
"""Inline elements whose text runs on from the words beside them: "y<code>goodiff</code>"
prints as one word, and so does "1<sup>st</sup>", since print sets a superscript or a
subscript on the line at the body size. Every other element's text is apart from its
neighbours' (blocks, table cells, line breaks). A footnote's number, printed in brackets
("benzodiazepine[1]"), is then read as the last piece of its word (`unmatched_words`)."""


def laid_out_words(element: ET.Element) -> list[str | Row]:
    """`element`'s words as print lays them out: words part only where the page parts them,
    and each table row is a `Row` of its cells' words."""
    read: list[str | Row] = []
    text: list[str] = []  # since the last row

    def walk(element: ET.Element) -> None:
        text.append(element.text or "")
        for child in element:
            if not isinstance(child.tag, str):  # a comment
                text.append(child.tail or "")
            elif child.tag == "tr":
                read.extend(words_of("".join(text)))
                text[:] = [" ", child.tail or ""]
                read.append(Row(tuple(tuple(laid_out_words(cell)) for cell in child
                                      if cell.tag in ("th", "td"))))
            else:  # a code block's line is a block of its own (`render.print_tree`)
                apart = "" if child.tag in RUN_ON_TAGS and child.get("class") != "code-line" \
                    else " "
                text.append(apart)
                walk(child)
                text.extend([apart, child.tail or ""])

    walk(element)
    return read + words_of("".join(text))


def check_text(document: Document, pages: list[Page], settings: Settings,
               where: str) -> list[Finding]:
    """The PDF's text extracts as the source's words, in the source's order."""
    printed = [PrintedWord(w, page.number, number) for page in pages
               for number, line in enumerate(page.read_lines(document.meta.direction))
               for text in line for w in words_of(text)]
    if not printed:
        return [Finding(where, "text", "no text can be extracted: the PDF holds pictures "
                                       "of words, or fonts without a text mapping")]
    missing = unmatched_words(expected_words(document, settings), printed,
                              document.meta.direction == "rtl"
                              or any(_right_to_left(word.text) for word in printed))
    if not missing:
        return []
    word, page = missing[0]
    more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
    message = (f"the word {word!r} is missing or out of reading order{more}: the copied "
               "text would not match the source")
    chars = pages[page - 1].chars
    mistaken = sum(map(_mistaken_glyph, chars))
    if not mistaken:
        return [Finding(f"{where}: page {page}", "text", message)]
    naskh = all("Naskh" in c["fontname"] for c in chars
                if any(bidirectional(letter) == "AL" for letter in c["text"]))
    return [Finding(f"{where}: page {page}", "text", f"{message}. On this page {mistaken} "
                    "glyph(s) copy as no text or as another word's letters: where a font "
                    "draws letters as glyphs of another number or order (Arabic's أ as alef "
                    "and hamza, a vowel sign; Hindi's ि before its consonant; Thai's ำ as a "
                    "ring and า), WeasyPrint, "
                    "which lays out the PDF, gives one glyph all their text and the others "
                    "none, and keeps that for every word after (its bug "
                    "Kozea/WeasyPrint#2841). The page prints right and the audio says it "
                    "right; text copied from the PDF, and a screen reader reading it, get "
                    "these words wrong" + ("" if naskh else ". Install fonts-noto-core and "
                                           "build again: Arabic is then set in Noto Naskh "
                                           "Arabic, which meets it least"), WARNING)]


def _mistaken_glyph(char: dict) -> bool:
    """Whether a glyph's text is one WeasyPrint gave it wrongly (`check_text`): a glyph
    that copies as nothing, or a mark, with no width, that copies as a letter and a mark
    ("أً", the whole cluster's text). A mark that copies as nothing is one: Thai's ำ, drawn
    as its ring and the glyph of า, gave the ring nothing and the า all of it, and every
    า after copied as ำ ("ผลขำงเคยง" for "ผลข้างเคียง", 255 words of a leaflet on
    chemotherapy's side effects, sweep AF)."""
    if _widthless(char) and char["text"]:
        kinds = {category(c)[0] for c in char["text"]}
        return {"L", "M"} <= kinds
    return char["text"] == ""


def unmatched_words(expected: list[str | Row], printed: list[PrintedWord],
                    right_to_left: bool = False) -> list[tuple[str, int]]:
    """Source words not found, in order, among the printed ones (extra printed words, such
    as page numbers and link addresses, are allowed between them). A word may be printed
    in pieces, a long word of code broken over lines ("docs_list_tit" "le"): the nearest
    place the word is printed, whole or in pieces, is where the text goes on from; the
    same word printed whole further on, in the prose after the code, had been taken, and
    every word between was missing (2,288 of a Jekyll tutorial's).

    A table row's cells are each read in order, each starting after the one before it
    starts, and the text goes on after the last of them ends: a row split over two pages
    prints its cells' first parts, then their second parts (`Row`). Read as one run of
    words, the Corona-Warn-App's German scoping document lost its thread at such a row on
    page 29 and reported 1,112 words missing.

    In a right-to-left handout, a Latin word or a number not printed next may have been
    printed just before the words last found (`OUT_OF_ORDER`): such a line cannot say
    which of two orders its words are in (`logical_order`). So may a Hebrew or Arabic word
    after Latin words, printed before them: an Urdu clinic's "Font Awesome آئیکنز" and
    "GitHub Pages ہوسٹنگ", list items that open in English, were read "آئیکنز font
    awesome" and failed the check (sweep AF). Its own words swapped are still missing."""
    missing: list[tuple[str, int]] = []
    _match(expected, printed, 0, missing, set() if right_to_left else None)
    return missing


OUT_OF_ORDER = 6
"""How many printed words before the last found a Latin word or a number is looked for in
a right-to-left handout, unfound, among those not found yet. A number beside Latin words
in a right-to-left line is printed the same whether it comes before them or after
(Persian's "24 Pull Requests", "Windows 10"), and the line is read as the latter: in the
Open Source Guides' Persian guide to contributing, the search for "Pull" after "24" went
on to the next "pull request" and 2,715 words were reported missing."""


def _match(expected: list[str | Row] | tuple[str | Row, ...], printed: list[PrintedWord],
           position: int, missing: list[tuple[str, int]],
           taken: set[int] | None) -> tuple[int, int | None]:
    """Find `expected` in `printed` from `position` (`unmatched_words`), adding the words
    not found to `missing` and, in a right-to-left handout, the places of those found to
    `taken` (None in any other): where the printed words it was found in end, and where
    the first of them is (None when none was found)."""
    first = None
    for index, item in enumerate(expected):
        if isinstance(item, Row):
            start, row_end = position, position
            for cell in item.cells:
                cell_end, cell_first = _match(cell, printed, start, missing, taken)
                row_end = max(row_end, cell_end)
                if cell_first is not None:
                    start = cell_first + 1
                    first = cell_first if first is None else first
            position = row_end
            continue
        found = _found(item, printed, position, READING_WINDOW)
        if taken is not None and (found is None or found[0]):
            before = next((i for i in range(_line_start(printed, position), position)
                           if i not in taken and printed[i].text == item
                           and _read_either_way(item, printed[i + 1:position])), None)
            if before is not None:
                taken.add(before)
                first = before if first is None else first
                continue
        if found is not None and found[0] > FAR and not _goes_on(
                expected[index + 1:], printed, position + found[0] + found[1]):
            found = None  # a word mangled here, or missing, and printed again further on
        if found is None:
            page = printed[min(position, len(printed) - 1)].page
            missing.append((item, page))
            continue
        first = position + found[0] if first is None else first
        if taken is not None:
            taken.update(range(position + found[0], position + found[0] + found[1]))
        position += found[0] + found[1]
    return position, first


def _line_start(printed: list[PrintedWord], position: int) -> int:
    """Where the look back for a word out of order starts (`OUT_OF_ORDER`): that many
    printed words before `position`, or the first word of the line the last word found is
    on, if that is further. In a left-to-right handout, a paragraph that runs right to left
    (`generators.words_direction`) may print a line as "Demonstrating / نشان دادن همدلی و
    مهربانی نسبت به دیگران", its Persian read first, which the line's glyphs do not tell
    from a left-to-right paragraph's: a Persian and English code of conduct (sweep CY,
    04-fa-en-coc), each point in Persian and then English, failed the check, "the word
    'demonstrating' is missing or out of reading order (and 551 more)", though it printed
    right."""
    start = max(0, position - OUT_OF_ORDER)
    last = printed[position - 1] if position else None
    if last is None or last.line is None:
        return start
    while start and printed[start - 1].page == last.page and printed[start - 1].line == last.line:
        start -= 1
    return start


def _read_either_way(word: str, between: list[PrintedWord]) -> bool:
    """Whether `word`, printed before the words `between` it and the last found, may be
    read after them (`OUT_OF_ORDER`): a Latin word or a number, or a right-to-left word
    before Latin words and numbers only."""
    return not _right_to_left(word) or not any(_right_to_left(w.text) for w in between)


FAR = 40
"""How many printed words ahead a word is taken only if the words after it follow it
there (`_goes_on`): a word the PDF misprints (WeasyPrint's text map, Kozea/WeasyPrint#2841)
or lacks was found where it was printed again, pages on, and every word between was
reported missing: 1,496 of the Open Source Guides' Arabic guide to contributing, whose
own misprinted words are 37."""


def _read_ltr(line: list[list[str]]) -> list[str]:
    """The words of a line of a left-to-right handout (its words' glyphs' texts, as drawn),
    in the order they are read: as drawn, but for a letter that runs from the right; then
    from the right if the line is of a right-to-left paragraph, its first and last letters,
    from the left, both running from the right (a left-to-right paragraph's first letter,
    on the left, would not), else from the left with each such run from its right."""
    strong = [kind for word in line for glyph in word for kind in map(bidirectional, glyph)
              if kind in ("L", "R", "AL")]
    if all(kind == "L" for kind in strong):
        return ["".join(word) for word in line]
    return logical_order(line, rtl=strong[0] != "L" and strong[-1] != "L")


def _right_to_left(word: str) -> bool:
    """Whether `word` has a right-to-left letter (Hebrew, Arabic)."""
    return any(bidirectional(letter) in ("R", "AL") for letter in word)


def _goes_on(expected: list[str | Row] | tuple[str | Row, ...], printed: list[PrintedWord],
             position: int, words: int = 3, gap: int = 8) -> bool:
    """Whether the next `words` plain words of `expected` but one at most are printed from
    `position` on, each at most `gap` printed words after the one before (one may be out
    of order, as a right-to-left line may print it: `OUT_OF_ORDER`)."""
    following = [item for item in expected[:words * 2] if isinstance(item, str)][:words]
    followed = 0
    for word in following:
        hit = _found(word, printed, position, gap)
        if hit is not None:
            followed += 1
            position += hit[0] + hit[1]
    out_of_order = 1 if len(following) == words else 0
    return followed >= len(following) - out_of_order


def _found(word: str, printed: list[PrintedWord], position: int,
           reach: int) -> tuple[int, int] | None:
    """Where `word` is first printed within `reach` printed words from `position`: how far
    on, and how many printed words make it (`_printed_as`); None if it is not."""
    window = printed[position: position + reach]
    return next(((i, pieces) for i in range(len(window))
                 if (pieces := _printed_as(word, window, i))), None)


def _printed_as(word: str, window: list[PrintedWord], start: int) -> int:
    """How many printed words from `start` make `word` (one, or a word broken over up to
    three lines), or 0. A word broken at a page's foot goes on at the next page's top,
    after the foot's own words: docx4j's guide printed "org.docx4j.relationships.Rela",
    "Page 47 of 143", "tionships", and the word, not found whole there, was taken from
    three pages on, every word between reported missing (7,624 of them)."""
    made, index = "", start
    for _ in range(3):
        if index >= len(window):
            return 0
        if made and not word.startswith(made + window[index].text):
            page = window[index - 1].page
            index = next((i for i in range(index, len(window)) if window[i].page > page),
                         len(window))
            if index >= len(window):
                return 0
        made += window[index].text
        if made == word:
            return index - start + 1
        if not word.startswith(made):
            return 0
        index += 1
    return 0
