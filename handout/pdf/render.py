"""Print stage: a `Document` laid out as a large-print, tagged PDF (PDF/UA-1).

`render_html` fills the Jinja2 template in `templates/` with the document's sections and
the print stylesheet (itself a template, so every size derives from the edition's body
size). `write_pdf` lays the HTML out with WeasyPrint, embedding Atkinson Hyperlegible from
its PyPI package, and says on which page each page of the print starts in the speech
script's terms (`page_starts`), so that the EPUB's page list means the same pages.
WeasyPrint may read only the source folder, the templates and the font packages:
`ConfinedFetcher` refuses everything else, the network included.
"""

from __future__ import annotations

import copy
import functools
import logging
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable
from urllib.parse import quote, unquote

from handout.config import BACKGROUNDS, PAPERS, Settings
from handout.errors import HandoutError
from handout.fonts import font_faces, font_files
from handout.language import day_and_month, direction, words_for
from handout.outputs import handout_epoch, pinned_clock, source_date
from handout.pdf.fetcher import confined_fetcher
from handout.read.document import Document, Heading, Section, long_date, parse_html
from handout.read.images import is_decorative
from handout.read.script import (BLOCK_TAGS, HEADING_TAGS, SENTENCE_CLASS, cell_span, grid_cells,
                                 head_rows, joined_headers, names_columns, names_in_bold,
                                 own_rows)
from handout.read.words import HAND_NUMBER, SUBSCRIPT_TO_DIGITS

log = logging.getLogger("handout.diagnostics")

TEMPLATE = "handout.html.j2"
STYLESHEET = "print.css.j2"
CONTENTS_MIN_SECTIONS = 6
"""A table of contents follows the title block when a handout has this many sections."""


NO_DESCRIPTION = "A picture with no description"
"""The tagged PDF's alternative text for a picture its author did not describe (the lint
asks for a description; the voice says "An image with no description")."""

DECORATION = "\ue000decoration"
"""The alternative text WeasyPrint is given for a decorative picture
(`images.is_decorative`), so that `finish_tags` can find its Figure and make it an
artifact, which a screen reader passes by: PDF/UA wants words for every Figure."""


def notes_heading(document: Document) -> str:
    """The heading printed above the footnotes, which are gathered at the end."""
    return words_for(document.meta.lang).notes


def contents_sections(document: Document) -> tuple[Section, ...]:
    """The sections the contents list names, after the title block: every one but the
    title section, in a handout of `CONTENTS_MIN_SECTIONS` or more; none in a shorter one."""
    return document.sections[1:] if len(document.sections) >= CONTENTS_MIN_SECTIONS else ()


NUMBERED_HEADING = re.compile(r"\s*(?:\d+|[A-Z]|[IVX]+)(?:\.\d+)*[.)]?\s")
"""A heading that carries its own number ("1. Scope", "2.1 Doses", "A. Forms"), as Word's
numbered headings and many typed ones do."""


def contents_numbered(sections: tuple[Section, ...]) -> bool:
    """Whether the contents list numbers its entries: not when a heading in it carries
    its own number. Section508.gov's Word checklist numbers ten of its headings and not
    its others, and its contents printed "1. 1. The Word document" and "12. 11. Images,
    objects and text boxes", two numbers for one section that did not agree."""
    return not any(NUMBERED_HEADING.match(section.heading) for section in sections)


def print_headings(document: Document) -> tuple[Heading, ...]:
    """Every heading the printed handout shows, in order: one bookmark each.

    The document's own headings, and the notes heading when it has footnotes. The
    contents list's heading is navigation, not part of the outline, so it is left out.
    """
    notes = (Heading(2, notes_heading(document), "notes"),) if document.notes_html else ()
    return tuple(replace(heading, text=heading.text.translate(HYPHENS))
                 for heading in document.headings + notes)


PAGE_WIDTHS = {"letter": 612.0, "a4": 595.28}
"""Paper width in points; the stylesheet's side margins are one inch (72 pt) each."""
PAGE_HEIGHTS = {"letter": 792.0, "a4": 841.89}


def text_width_em(settings: Settings) -> float:
    """The width of the text column, in units of the body size."""
    return (PAGE_WIDTHS[settings.paper] - 2 * 72) / settings.body_size


def print_html(fragment: str, width_em: float = 26.0, lang: str = "en") -> str:
    """A section's HTML adapted for paper (see `print_tree`), as HTML."""
    body = print_tree(fragment, width_em, lang)
    return (body.text or "") + "".join(ET.tostring(e, encoding="unicode", method="html")
                                       for e in body)


def print_tree(fragment: str, width_em: float = 26.0, lang: str = "en") -> ET.Element:
    """A section's HTML adapted for paper, leaving the `Document` (and the audio) as it is.

    - A character no font here has (`fonts.unprintable`, which the build warns about) is
      printed as its code point in brackets, "[U+F0B7]", as the warning names it
      (`_isolate_unprintable`).
    - An emoji in code is printed as its name in brackets in the handout's language
      `lang`, as it is outside code (`name_emoji`): no print font has emoji, and the
      layout drew an empty box, for which WeasyPrint wrote the code font with an encoding
      that text extraction cannot read. Every word of code in the PDF was lost to copying,
      searching and screen readers: React Native's introduction ("<Text>Try editing me!
      🎉</Text>") and accessibility guide ("<Text>🍕</Text>"). The web page, the DAISY
      book and the EPUB, which readers' own fonts draw, keep the emoji.
    - A picture without a description gets `NO_DESCRIPTION` as its alternative text.
    - A paragraph holding only an image becomes a `<figure>`, so the image can fill the
      text width; the image's title, when it has one, becomes the caption below it. An
      image in a line of words (an equation, an icon) gets the class `in-text`, and is
      printed enlarged as the words are, where filling the width spread a sentence with
      Google Docs' pictures of its equations over three pages.
    - Header cells get a `scope` (`col` in the header row, `row` elsewhere) that the
      PDF's TH tags carry.
    - A table whose longest words cannot sit side by side in `width_em` is stacked: each
      row becomes a small two-column table of header and value, since shrinking the type
      or splitting words inside narrow cells would break the standard.
    - A link whose words are its own address gets the class `address`, so the address is
      not printed twice after it; other links carry the address to print after them. In a
      table, an address holding a part wider than the table's even share of a column gets
      the class `cell-address`, which may break it at any letter: WeasyPrint sizes a column
      by the longest part, `overflow-wrap` on an address printed after its link does not
      change that, and the Corona-Warn-App's glossary ran past the right margin on every
      page for ".../wiki/Severe_acute_respiratory_syndrome_coronavirus_2".
    - A bulleted list whose every item opens with its own number ("1. Item 1", "a) Item
      2a") gets the class `by-hand`, printed without bullets; a date is no number, a
      Danish association's list of the dates its statutes were revised ("31. august 1969").
    - A numbered list that starts at another number than 1 (Markdown's "3.", a Word list
      carrying on) counts from there, as the voice says it: WeasyPrint counts every list
      from 1.
    - Each item of a numbered list whose Word label is not its number and a stop ("B",
      "a)", a class of `word.LIST_LABELS`) is marked with that label (`label_list_items`).
    - The space that ends a piece of text is set in a span of its own
      (`hold_spaces_apart`), so that a line is not broken after its first word.
    - A line of spaced dots to write on may break between its dots, and a telephone
      number is kept on one line (`break_lines_as_read`).
    - A short paragraph wholly in bold, a label standing as a heading, gets the class
      `bold-label`, kept with what follows it (`_keep_bold_labels_with_next`).
    - Unicode's subscript digits, "PM₂.₅", "CO₂", are digits in a `<sub>`, which prints at
      body size (`_subscripts_at_body_size`).
    """
    body = parse_html(fragment)
    break_lines_as_read(body)
    _name_emoji_in_code(body, lang)
    _isolate_unprintable(body)
    _subscripts_at_body_size(body)
    for image in body.iter("img"):
        if is_decorative(image):
            image.set("alt", DECORATION)
        elif not (image.get("alt") or "").strip():  # PDF/UA needs words for every figure
            image.set("alt", NO_DESCRIPTION)
    for parent in list(body.iter()):
        for index, child in enumerate(list(parent)):
            if child.tag == "p" and _holds_only_image(child):
                parent[index] = _figure(child[0], child.tail)
    pictures = {id(image) for figure in body.iter("figure") for image in figure.iter("img")}
    for block in body.iter():
        if block.tag in WORD_BREAKS and any(text.strip() for text in block.itertext()):
            for image in block.iter("img"):
                if id(image) not in pictures:
                    image.set("class", " ".join(filter(None, (image.get("class"), "in-text"))))
    for table in body.iter("table"):
        _head_with_its_first_row(table)
        _keep_one_header_row(table)
        for section in table:
            for row in (section if section.tag in ("thead", "tbody", "tfoot") else [section]):
                for cell in row.iter("th"):
                    cell.set("scope", cell.get("scope") or
                             ("col" if section.tag == "thead" else "row"))
    for parent in list(body.iter()):
        for index, child in enumerate(list(parent)):
            if child.tag == "table" and table_min_width_em(child) > width_em:
                parent[index] = _stacked(child, width_em)
            elif child.tag == "table":
                _without_an_empty_head(child)
    _let_long_rows_break(body)
    _keep_bold_labels_with_next(body)
    for bulleted in body.iter("ul"):
        items = [item for item in bulleted if item.tag == "li"]
        if items and all(NUMBERED_BY_HAND.match("".join(item.itertext()))
                         and not day_and_month(lang).match("".join(item.itertext()).lstrip())
                         for item in items):  # "31. august 1969" is a date
            _add_class(bulleted, "by-hand")
    nested = {id(inner) for outer in body.iter("ol") for inner in outer.iter("ol")
              if inner is not outer}  # lettered (the stylesheet's "ol ol")
    from handout.read.word import label_list_items, list_markers

    side = "right" if direction(lang) == "rtl" else "left"
    for numbered in body.iter("ol"):
        start = numbered.get("start") or ""
        first = int(start) if re.fullmatch(r"-?\d+", start) else 1
        style = [f"counter-reset: list-item {first - 1}"] if first != 1 else []
        widest = max((word_width_em(f"{marker} ", bold=True)
                      for marker in list_markers(numbered)), default=0.0)
        if widest + MARKER_GAP_EM > LIST_INDENT_EM["ol"] and id(numbered) not in nested:
            style.append(f"padding-{side}: {widest + MARKER_GAP_EM - 0.2:.2f}em")
        if style:
            numbered.set("style", "; ".join(style))
    label_list_items(body)
    cell_share = {id(link): width_em / max(1, _column_count(table))
                  for table in body.iter("table") for link in table.iter("a")}
    rooms = line_rooms(body, width_em)

    def breakable_at(element: ET.Element) -> float:
        """The width of a word that may break inside itself: wider than its line, or, in
        a table, than `BREAKABLE_SHARE` of the page's line."""
        return rooms.get(id(element), BREAKABLE_SHARE * width_em + MEASURE_SLACK_EM) \
            - MEASURE_SLACK_EM

    _addresses_below_headings(body)
    running_on = links_running_on(body)
    for link in body.iter("a"):
        href = link.get("href") or ""
        address = printed_address(href)
        if "address" in (link.get("class") or "").split():
            continue  # printed as it is, or under its heading
        if href and shows_its_address("".join(link.itertext()), href):
            _add_class(link, "address")
        elif href.startswith(("http:", "https:", "mailto:")) and id(link) not in running_on \
                and not is_recipientless_mail(href):
            link.set("data-address", address if direction(lang) == "ltr" else
                     LEFT_TO_RIGHT_AFTER_MARKS.sub("\\g<0>\u200e", address))
            if word_width_em(f"({address})") > breakable_at(link):
                _add_class(link, "breakable-address")
            if id(link) in cell_share and max(map(word_width_em, ADDRESS_BREAKS.split(
                    address))) > cell_share[id(link)]:
                _add_class(link, "cell-address")
            glued = re.match(r"[^\s\u00a0]+", link.tail or "")
            if glued and word_width_em(ADDRESS_BREAKS.split(address)[-1] + ")"
                                       + glued.group(0)) > breakable_at(link):
                _break_after(link, body)
    _space_after_addresses(body)
    for element in (e for e in body.iter() if e.tag in ("a", "code", "kbd", "samp")):
        words = "".join(element.itertext()).split()
        mono = element.tag != "a"
        if max((len(w) * MONO_ADVANCE_EM if mono else word_width_em(w) for w in words),
               default=0.0) > breakable_at(element):
            _add_class(element, "breakable")
        elif mono and len(words) == 1 and \
                len(words[0]) * MONO_ADVANCE_EM <= WHOLE_CODE_SHARE * breakable_at(element):
            _add_class(element, "unbroken")
    mark_long_words(body, rooms)
    hold_spaces_apart(body)
    for pre in body.iter("pre"):
        hang_code_lines(pre, width_em)
    return body


def links_running_on(body: ET.Element) -> set[int]:
    """The ids of the links whose words run on into the next sentence: the sentences' spans
    cut a link of two sentences in two ("The Red Cross hires out wheelchairs. Visit this
    link."), and its address was printed after each piece. It is printed after the last."""
    running_on = set()
    for parent in body.iter():
        for span, following in zip(parent, parent[1:]):
            if SENTENCE_CLASS == span.get("class") == following.get("class") and len(span) \
                    and len(following) and not (span.tail or "").strip() \
                    and not (following.text or "").strip():
                last, first = span[-1], following[0]
                if last.tag == first.tag == "a" and last.get("href") == first.get("href") \
                        and not (last.tail or "").strip():
                    running_on.add(id(last))
    return running_on


def _addresses_below_headings(body: ET.Element) -> None:
    """The addresses of a heading's links printed under it, one per line in a paragraph of
    the class `heading-address`, and not after the link's words inside the heading: the
    USDS DITAP case study's headings link to its course pages, and each printed its whole
    address in bold heading type, up to six lines of it, which a reader took for the
    heading's words."""
    for parent in list(body.iter()):
        for index, heading in reversed(list(enumerate(parent))):
            if heading.tag not in HEADING_TAGS:
                continue
            outside = [link for link in heading.iter("a") if (link.get("href") or "").startswith(
                ("http:", "https:", "mailto:")) and not shows_its_address(
                "".join(link.itertext()), link.get("href") or "")]
            if not outside:
                continue
            below = ET.Element("p", {"class": "heading-address"})
            for number, link in enumerate(outside):
                address = printed_address(link.get("href", ""))
                if number:
                    ET.SubElement(below, "br").tail = ""
                ET.SubElement(below, "a", {"href": link.get("href", "")}).text = address
                _add_class(link, "address")  # printed below, not after its words
            below.tail = heading.tail
            heading.tail = None
            parent.insert(index + 1, below)


def _keep_bold_labels_with_next(body: ET.Element) -> None:
    """Give the class `bold-label` to each paragraph that is one run of bold no longer than
    `word.FAKE_HEADING_CHARACTERS`, which the stylesheet keeps with the next block, as it
    keeps a heading: a nursery's health and safety policy (sweep AS, nn-health-safety)
    writes each part's name as a bold paragraph, as Word authors do, and "Rule 11", "Rule
    22" and "Rule 28" of the tester's repro each ended a page alone, their text on the next.
    A list's lead-in in bold, "**You are strictly not allowed to:**", stays with its list."""
    from handout.read.word import FAKE_HEADING_CHARACTERS

    def alone(element: ET.Element) -> ET.Element | None:
        """`element`'s one child, with no words beside it."""
        inner = list(element)
        return inner[0] if len(inner) == 1 and not (element.text or "").strip() \
            and not (inner[0].tail or "").strip() else None

    for paragraph in body.iter("p"):
        bold = alone(paragraph)
        while bold is not None and bold.tag == "span" \
                and SENTENCE_CLASS in (bold.get("class") or "").split():
            bold = alone(bold)  # the sentence the voice reads, around the bold
        if bold is not None and bold.tag in ("strong", "b") \
                and 0 < len(" ".join("".join(bold.itertext()).split())) \
                <= FAKE_HEADING_CHARACTERS:
            _add_class(paragraph, "bold-label")


LONG_ROW_WORDS = 40
"""Words in a table's cell past which its row may break across pages: about seven lines in
half the page's width, a quarter of a page. A row is kept whole on its page (a reader
follows a row across, not down a page break), but a long row that did not fit left the
rest of the page blank: the Corona-Warn-App's glossary, 18F's evaluate-bids and the RCPCH
analysis plan printed half-empty pages one after another (they print on 13 pages now
instead of 14, 30 instead of 32 and 163 instead of 168). Word lets rows break too."""


def _let_long_rows_break(body: ET.Element) -> None:
    """Give the class `long-row` to each table row with a cell of more than
    `LONG_ROW_WORDS` words, and `long-record` to each stacked record holding one, which the
    stylesheet lets break across pages."""
    for table in body.iter("table"):
        for row in own_rows(table):  # a nested table's rows are its own table's
            if any(len("".join(cell.itertext()).split()) > LONG_ROW_WORDS for cell in row):
                _add_class(row, "long-row")
                _add_class(table, "long-record")


def shows_its_address(words: str, href: str) -> bool:
    """Whether a link's `words` are its address `href` as printed (`printed_address`), give
    or take the scheme and a closing slash: "www.examplelibrary.org/signup", linked to
    http://www.examplelibrary.org/signup, was printed again after itself in brackets. So
    are words that hold the whole address among others, "Email sidekick@x.org.uk" linked to
    mailto:sidekick@x.org.uk (an e-mail address without the subject a mailto: may give),
    "Visit www.x.org": a young carers' service (sweep BD, sidekick-young-carers line 6)
    printed the address again after them."""
    def bare(address: str) -> str:
        return re.sub(r"^(?:https?://|mailto:)", "", address.strip(), flags=re.I).rstrip("/")

    if not href:
        return False
    address = bare(printed_address(href)).casefold()
    if href.lower().startswith("mailto:"):
        address = address.partition("?")[0]
    said = words.casefold()
    if bare(said) == address:
        return True
    said = re.sub(r"(?:https?://|mailto:)", "", said)
    return bool(address) and re.search(
        rf"(?<![\w@./-]){re.escape(address)}(?!/?[\w@-]|\.\w)", said) is not None


def is_recipientless_mail(href: str) -> bool:
    """Whether `href` is an e-mail link with no recipient, only the subject and body of a
    message for the reader to address, "mailto:?subject=…&body=…", as a page's "share by
    e-mail" link is: a meeting's notice (sweep BT, zhtw-meeting line 55) printed its query
    after the link's words, several lines of large print, where there is no address to
    write to. The link's words alone are printed."""
    return href.lower().startswith("mailto:") and not unquote(
        href[len("mailto:"):].partition("?")[0]).strip()


ENCODED_LETTERS = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")
"""A run of percent codes of bytes outside ASCII: the UTF-8 of letters other than English
ones ("%D0%A7%D1%91" is "Чё")."""


def printed_address(href: str) -> str:
    """A link's address `href` as print shows it after the link's words: without "mailto:",
    and its letters written in percent codes as those letters, as a browser's address bar
    shows them, which a reader can type. A Russian Wikipedia page pasted into Word
    (apache/poi's 45690.docm) printed "(http://ru.wikipedia.org/wiki/%D0%A7%D1%91%D1%80..."
    after each link, four lines of large print of codes. A code of an ASCII character
    ("%2F", "%20") stays as it is: decoded, a "/" or "?" would send a reader typing it
    elsewhere, and a space would break the address over lines as if it were two; and so do
    codes that are no UTF-8, which name no letters, and the codes of a character that is no
    letter, mark, digit or punctuation, a space or a symbol: a LinkedIn address's
    "%F0%9F%92%BB", printed as the emoji 💻, which no print font has, made WeasyPrint write
    the body's whole font with an encoding text extraction cannot read, and on a machine
    without an emoji font every word of the CNCF glossary's French home page was lost to
    copying. Punctuation other than ASCII's is
    written as itself, as the letters round it are: a Chinese page's address (sweep BT)
    printed "a%EF%BC%8Cb台" for "a，b台". The link goes to `href` as it was."""
    def letters(found: re.Match) -> str:
        try:
            decoded = unquote(found.group(0), errors="strict")
        except UnicodeDecodeError:
            return found.group(0)
        return "".join(c if unicodedata.category(c)[0] in "LMNP" else quote(c, safe="")
                       for c in decoded)

    return ENCODED_LETTERS.sub(letters, href.removeprefix("mailto:"))


HANG_CHARACTERS = 2
"""How many letters further in than its own start a code line's wrapped part is printed."""


def hang_code_lines(pre: ET.Element, width_em: float) -> None:
    """Set each line of a code block in a `code-line` span of its own, whose wrapped part
    (code wraps: paper cannot scroll) is printed `HANG_CHARACTERS` letters further in than
    the line's own indentation, as a hanging indent.

    Wrapped back to the left edge, the rest of a long line looked like a line of its own:
    Material for MkDocs' admonitions page, GOV.UK's Govspeak guide and the National Diet
    Library's OCR README printed commands whose ends read as new commands. The indent is
    drawn by the stylesheet, so no mark is put into the text that a copy would pick up;
    each line stays a line of the PDF's text. An indentation deeper than half the line
    (`width_em`) hangs no further than that, so the wrapped part still has room.
    """
    holder = pre[0] if len(pre) == 1 and pre[0].tag == "code" and not (
        pre.text or "").strip() and not (pre[0].tail or "").strip() else pre
    lines = _split_lines(holder)
    if lines and not "".join(lines[-1].itertext()):
        lines.pop()  # the newline that ends the block, not a line of its own
    most = int(width_em / 2 / MONO_ADVANCE_EM)
    for line in lines:
        words = "".join(line.itertext())
        indent = len(words.expandtabs(8)) - len(words.expandtabs(8).lstrip(" "))
        hang = min(indent + HANG_CHARACTERS, most) * MONO_ADVANCE_EM
        line.set("style", f"padding-left: {hang:g}em; text-indent: -{hang:g}em")
    holder.text = None
    holder[:] = lines


def _split_lines(holder: ET.Element) -> list[ET.Element]:
    """`holder`'s content cut at each newline into `code-line` spans, the elements a line
    runs through (a character's `no-glyph` span, raw HTML's `<b>`) opened again in each."""
    lines: list[ET.Element] = []
    path: list[ET.Element] = []
    opened: list[ET.Element] = []

    def new_line() -> None:
        lines.append(ET.Element("span", {"class": "code-line"}))
        path[:] = [lines[-1]]
        for element in opened:
            path.append(ET.SubElement(path[-1], element.tag, dict(element.attrib)))

    def add(text: str | None) -> None:
        for index, piece in enumerate((text or "").split("\n")):
            if index:
                new_line()
            if piece:
                node = path[-1]
                if len(node):
                    node[-1].tail = (node[-1].tail or "") + piece
                else:
                    node.text = (node.text or "") + piece

    def walk(element: ET.Element) -> None:
        add(element.text)
        for child in element:
            opened.append(child)
            path.append(ET.SubElement(path[-1], child.tag, dict(child.attrib)))
            walk(child)
            opened.pop()
            path.pop()
            add(child.tail)

    new_line()
    walk(holder)
    return lines


SPACED_DOTS = re.compile(r"\.(?: \.){2,}")
"""A line of spaced dots, ". . . . .", three or more."""


TELEPHONE_NUMBER = re.compile(r"(?<![\w+])(?:\(\+?\d{1,4}\)|\+\d{1,4}|\(0\d{1,5}\)|0\d{1,5})"
                              r"(?:(?: ?[/-])? \d{2,10}|[/-]\d{2,10}){1,5}(?![\w,.]\d)")
"""A telephone number in groups, as it starts ("+40", "(+40)", "(0361)", "0361"), whose
spaces `break_lines_as_read` makes no-break spaces."""


def break_lines_as_read(body: ET.Element) -> None:
    """Outside code: give a line of spaced dots to write on, ". . . . .", a place to break
    after each of its spaces (a zero-width space), and keep a telephone number of eight
    digits or more on one line. Unicode's line breaking allows no break before a full
    stop, even after a space (UAX #14, rule LB13), so such a line was one piece, and a
    German consent form's signature lines ran off the right edge of the page; and a
    Ukrainian guide's helplines printed "(+40) 721" at a line's end and "206 926" under it,
    for a reader to put together."""
    from handout.read.generators import change_text_outside_code  # Markdown's: not for a no-op

    def whole(number: re.Match[str]) -> str:
        digits = sum(character.isdigit() for character in number.group())
        return number.group().replace(" ", "\u00a0") if digits >= 8 else number.group()

    change_text_outside_code(body, lambda text: TELEPHONE_NUMBER.sub(whole, SPACED_DOTS.sub(
        lambda dots: dots.group().replace(" ", " \u200b"), text)))


def hold_spaces_apart(element: ET.Element) -> None:
    """Set the spaces that end a piece of text with words in it in a span of their own,
    where the text was, outside preformatted text.

    WeasyPrint (70) measures a piece of text with the space that ends it; when the words
    fit the line and only that space does not, it decides that the line cannot hold them
    and breaks it after their first word. Software Carpentry's glossary printed "A" alone
    on a line, then "user interface based on typing commands, usually at a" before the
    link "REPL"; Material for MkDocs' admonitions page "Admonitions" alone before "follow
    a simple syntax: a block starts with !!!," (the code and its comma being one word);
    and the RCMP's report on reporting cybercrime (a Word file) "au" alone before "fur et
    à mesure, parce que c'est tellement courant", the end of a quotation in emphasis
    followed by "»". Words with no space after them are measured as they are, and a
    space alone has no first word to break after.
    """
    if element.tag == "pre":
        return
    _hold_space_apart(element, None)
    for child in list(element):
        hold_spaces_apart(child)
        _hold_space_apart(child, element)


def _hold_space_apart(element: ET.Element, parent: ET.Element | None) -> None:
    """`hold_spaces_apart` for `element`'s text (`parent` None) or its tail."""
    text = (element.tail if parent is not None else element.text) or ""
    words = text.rstrip()
    if words.strip() and words != text:
        space = ET.Element("span")
        space.text, space.tail = text[len(words):], ""
        _set_in_place(element, parent, words, [space])


def _space_after_addresses(body: ET.Element) -> None:
    """A space after each link whose address is printed and that the next element's words
    follow with none between, as a link does the link after it: a meeting's notice (sweep
    BT, zhtw-meeting line 55) links "[family](https://…)[e-mail](mailto:…)", printed
    "family (https://…)e-mail", and `invoke check` missed the word "familye" its copied
    text ran together. Punctuation after the address stays against it."""
    for parent in body.iter():
        for link, following in zip(parent, parent[1:]):
            if link.tag == "a" and link.get("data-address") and not link.tail \
                    and re.match(r"\w", "".join(following.itertext())):
                link.tail = " "


def _break_after(link: ET.Element, body: ET.Element) -> None:
    """Let the line break after `link`'s printed address, where the words after it run on
    from it ("(https://en.wikipedia.org/wiki/International_Electrotechnical_Commission)'s"
    in docx4j's guide): WeasyPrint breaks a word inside one box only, the address's or the
    words', so the address's last part and the "'s" after it were one word, wider than the
    giant edition's line, and ran past the right margin."""
    parent = next(element for element in body.iter() if link in list(element))
    opening = ET.Element("wbr")
    opening.tail, link.tail = link.tail, None
    parent.insert(list(parent).index(link) + 1, opening)


def _name_emoji_in_code(body: ET.Element, lang: str) -> None:
    """Every emoji in the code of `body` named in `lang` (`name_emoji`): the text of each
    code element and of the elements inside it (the text after one is prose, named as the
    handout was read)."""
    from handout.read.generators import CODE_TAGS, name_emoji

    for code in [element for element in body.iter() if element.tag in CODE_TAGS]:
        code.text = code.text and name_emoji(code.text, lang)
        for inner in code.iter():
            if inner is not code:
                inner.text = inner.text and name_emoji(inner.text, lang)
                inner.tail = inner.tail and name_emoji(inner.tail, lang)


HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
"""Unicode's hyphen and non-breaking hyphen, which Atkinson Hyperlegible lacks, as the
hyphen it has: Québec's pages write "COVID‑19" and "1‑877‑644‑4545" with the non-breaking
one (sweep BO, fr-qc-covid lines 9, 15, 35), which printed in a fallback font as a low mark,
"COVID_19" (and, in the title, apart from its words). A line does not break after a hyphen
before a digit either (Unicode's line breaking, LB25). The whole printed page is
translated, its title block and contents with its sections; its metadata keeps them."""


def _isolate_unprintable(body: ET.Element) -> None:
    """Each character of `body` that no font here has, in a `<span class="no-glyph">` of
    its own, which the stylesheet prints as the character's code point in brackets
    ("[U+F0B7]", its `data-name`), leaving the character itself out of the layout.

    Laid out, such a character is an empty box, the font's `.notdef` glyph, which PDF/UA
    forbids (ISO 14289-1 7.21.8); WeasyPrint also wrote the font holding it with an
    encoding text extraction cannot read, and a Word bullet pasted into Markdown (U+F0B7)
    took every word set in Atkinson Hyperlegible with it, the page number too, until it
    was set in a face of its own. The code point is what the build's warning names, so the
    author can find it; the character stays in the HTML for that warning and the check.
    """
    from handout.fonts import unprintable

    lacking = unprintable("".join(body.itertext()))
    if not lacking:
        return

    def box(character: str) -> ET.Element:
        span = ET.Element("span", {"class": "no-glyph", "data-name": f"[U+{ord(character):04X}]"})
        ET.SubElement(span, "span").text = character
        return span

    _wrap_each(body, re.compile(f"([{''.join(map(re.escape, lacking))}])"), box)


def _wrap_each(body: ET.Element, pattern: re.Pattern[str],
               wrapped: Callable[[str], ET.Element], skip: frozenset[str] = frozenset()) -> None:
    """Each match of `pattern` (its one group) in the text of `body` and its descendants, in
    place, as the element `wrapped` makes of it, the text after it its tail; not inside an
    element whose tag is in `skip`, nor in such an element's own text."""

    def pieces(text: str | None) -> tuple[str | None, list[ET.Element]]:
        parts = pattern.split(text or "")
        made = []
        for found, after in zip(parts[1::2], parts[2::2]):
            made.append(wrapped(found))
            made[-1].tail = after
        return (parts[0] if made else text), made

    def walk(element: ET.Element) -> None:
        children = list(element)
        if element.tag not in skip:
            _set_in_place(element, None, *pieces(element.text))
        for child in children:
            if isinstance(child.tag, str) and child.tag not in skip:
                walk(child)
            if element.tag not in skip:
                _set_in_place(child, element, *pieces(child.tail))

    walk(body)


SUBSCRIPT_DIGITS = re.compile("([₀-₉]+)")
"""Unicode's subscript digits (U+2080-2089), which Atkinson Hyperlegible lacks."""


def _subscripts_at_body_size(body: ET.Element) -> None:
    """Each run of subscript digits in `body`'s words (`SUBSCRIPT_DIGITS`), outside code, as
    its digits in a `<sub>`, which the stylesheet sets lowered at body size: an air-quality
    page's table (sweep CX, 02-nashik-aqi) printed "PM₂.₅ (μg/m³)" and "SO₂" with digits at
    about half the body size, drawn small by design in a fallback face (Noto Sans Bold),
    in a handout that promises nothing smaller than its body text. Code keeps them."""
    from handout.read.generators import CODE_TAGS

    def sub(digits: str) -> ET.Element:
        element = ET.Element("sub")
        element.text = digits.translate(SUBSCRIPT_TO_DIGITS)
        return element

    _wrap_each(body, SUBSCRIPT_DIGITS, sub, CODE_TAGS)


NUMBERED_BY_HAND = re.compile(rf"\s*{HAND_NUMBER}[.)]\s")
"""A list item that opens with its own number (Govspeak's legislative lists, "1. Item 1",
"a) Item 2a"; a Word list whose numbers were typed): a list of them all is printed without
bullets, as GOV.UK shows it, where a bullet stood before each number."""

BREAKABLE_SHARE = 0.5
"""Code or an address in a table with a word longer than this share of the line may be
broken inside that word (it may not fit a cell whole). Elsewhere only one wider than its
line may (`line_rooms`); a shorter one moves whole to the next line, where WeasyPrint's
`overflow-wrap` broke "digitalgov@gsa.go" / "v", "Pi" / "cture Quality" and, half a line
long, "htt" / "ps://www.w3.org/TR/WCAG20/" though the next line held them."""

WHOLE_CODE_SHARE = 0.25
"""A word of code alone in its span, no wider than this share of its line (a shortcut,
`⌘-W`, `Ctrl-W`), is printed whole (class "unbroken"): a Mac cheat sheet printed "(usually)
⌘-" at a line's end and "W" on the next, the break after a hyphen that a longer word of
code may take (sweep AN). The gap it leaves at a line's end is at most this share."""
MONO_ADVANCE_EM = 0.6
"""The width of each letter of IBM Plex Mono, the code face, in ems."""


HEADING_SCALE = {"h1": 28 / 18, "h2": 22 / 18, "h3": 20 / 18}
"""How much larger than the body the stylesheet sets each heading's words."""

BOLD_TAGS = frozenset({"strong", "b", "em", "i", "cite", "var", "dfn", "u", "ins", "th", "dt",
                       "h1", "h2", "h3", "h4", "h5", "h6"})
"""Elements whose words the stylesheet prints bold, and so wider: emphasis and underlining
print bold in large print."""

OWN_BREAKS_TAGS = frozenset({"a", "code", "kbd", "samp"})
"""Elements whose own rule says where they break (`print_tree`): `mark_long_words` counts
their letters in a word they are part of, but leaves them as they are."""

SET_IN_EM = {"blockquote": 1.05, "dd": 1.2, "admonition": 1.85, "missing-picture": 1.85}
"""How far the stylesheet narrows the line inside these elements (by tag or class), with
their padding and borders; lists are `LIST_INDENT_EM` and `NESTED_LIST_INDENT_EM`."""

MEASURE_SLACK_EM = 0.25
"""How much wider a word may print than `word_width_em` measures it (kerning, rounding)."""

HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af]")
"""Korean letters, whose words `mark_long_words` keeps whole on their line."""
SPACE_RUN = re.compile(r"((?:(?![\u00a0\u2007\u202f])\s)+)")
"""Spaces a line may break at: not a no-break space (Word's "merge(List<...>\u00a0wmlPkgs)"
in docx4j's guide), which holds the words beside it together as one."""


@dataclass
class _Run:
    """A piece of text `mark_long_words` may split: an element's text, or its tail."""
    element: ET.Element
    parent: ET.Element | None  # for a tail: the element it runs on in
    pieces: list[str]  # words at even places, the spaces between them at odd places
    scale: float
    bold: bool
    mono: bool
    own_breaks: bool
    marked: dict[int, str] = field(default_factory=dict)  # a word's place: its span's class

    def width(self, place: int) -> float:
        piece = self.pieces[place]
        size = len(piece) * MONO_ADVANCE_EM if self.mono else word_width_em(piece, self.bold)
        return size * self.scale


def line_rooms(body: ET.Element, width_em: float) -> dict[int, float]:
    """How wide a line is, in ems, inside each element of `body` (by `id`), as the
    stylesheet sets lists, quotes and boxes in, and the two columns of a stacked table
    (`_stacked`), whose widths are fixed; elements in other tables and preformatted text,
    whose width their own rules decide, are not listed."""
    rooms: dict[int, float] = {}

    def walk(element: ET.Element, room: float, listed: bool) -> None:
        if element.tag == "table" and "stacked" in (element.get("class") or "").split():
            for part in (e for e in element.iter() if e.tag in ("table", "tbody", "tr")):
                rooms[id(part)] = room
            for row in element.iter("tr"):
                for cell in row:
                    share = _label_share(cell) if cell.tag == "th" else \
                        1 - _label_share(row.find("th"))
                    walk_cell(cell, room * share - CELL_PADDING_EM)
            return
        if element.tag in ("table", "pre"):
            return
        if element.tag in LIST_INDENT_EM:
            room -= NESTED_LIST_INDENT_EM if listed else LIST_INDENT_EM[element.tag]
            listed = True
        room -= max([SET_IN_EM.get(element.tag, 0.0)] + [
            SET_IN_EM.get(name, 0.0) for name in (element.get("class") or "").split()])
        rooms[id(element)] = room
        for child in element:
            walk(child, room, listed)

    def walk_cell(cell: ET.Element, room: float) -> None:
        rooms[id(cell)] = room
        for child in cell:
            walk(child, room, False)

    walk(body, width_em, False)
    return rooms


def _label_share(label: ET.Element | None) -> float:
    """The share of the line a stacked table's label column takes: its own width, where
    `_stacked` widened it, else `LABEL_SHARE`."""
    width = re.search(r"width:\s*([\d.]+)%", (label.get("style") or "") if label is not None
                      else "")
    return float(width.group(1)) / 100 if width else LABEL_SHARE


def mark_long_words(body: ET.Element, rooms: dict[int, float]) -> None:
    """Put each word wider than the line it is set in (`line_rooms`) into a span of the
    class `long-word`, which may break at any letter; a word the line holds is left whole.

    The body's words never break inside themselves, so a word wider than its line ran past
    the right margin and out of sight: docx4j's getting-started guide (a Word file) names
    Java classes such as "org.docx4j.openpackaging.parts.relationships.RelationshipsPart"
    in its sentences, and sets its code as ordinary paragraphs, some of whose words are
    set in bold in the middle ("customXmlDataStoragePart.applyBindings(...)"), so a word is
    measured across the elements it runs through. A narrower word is not marked: WeasyPrint
    broke a marked word inside a sentence's span at a line's end ("OpenMainDocumentAndTravers"
    / "e") though the next line held it. Tables are left to their cells' own rule.

    A Korean word the line holds goes into a span of the class `keep-all`, which keeps it
    on one line: Korean parts its words with spaces, but WeasyPrint breaks a line between
    any two of its syllables, as between Chinese characters, and knows no `word-break:
    keep-all`; Obsidian's help in Korean printed "있어" / "요." (sweep W).
    """
    words: list[list[tuple[_Run, int]]] = [[]]
    widths: list[float] = [float("inf")]  # the narrowest line each word runs through

    def end_word() -> None:
        if words[-1]:
            words.append([])
            widths.append(float("inf"))

    def add(run: _Run, room: float) -> None:
        for place, piece in enumerate(run.pieces):
            if place % 2:
                end_word()
            elif piece:
                words[-1].append((run, place))
                widths[-1] = min(widths[-1], room)

    def walk(element: ET.Element, scale: float, bold: bool, mono: bool, own: bool) -> None:
        if id(element) not in rooms:
            end_word()
            return
        room = rooms[id(element)]
        block = element.tag in WORD_BREAKS
        if block:
            end_word()
        scale = HEADING_SCALE.get(element.tag, scale)
        bold = bold or element.tag in BOLD_TAGS
        mono = mono or element.tag in ("code", "kbd", "samp")
        own = own or element.tag in OWN_BREAKS_TAGS
        add(_Run(element, None, SPACE_RUN.split(element.text or ""), scale, bold, mono, own),
            room)
        for child in element:
            walk(child, scale, bold, mono, own)
            add(_Run(child, element, SPACE_RUN.split(child.tail or ""), scale, bold, mono,
                     own), room)
        if block:
            end_word()

    walk(body, 1.0, False, False, False)
    for word, room in zip(words, widths):
        if sum(run.width(place) for run, place in word) > room - MEASURE_SLACK_EM:
            for run, place in word:
                if not run.own_breaks:
                    run.marked[place] = "long-word"
        elif any(HANGUL.search(run.pieces[place]) for run, place in word):
            for run, place in word:
                if not run.own_breaks:
                    run.marked[place] = "keep-all"
    for run in {id(run): run for word in words for run, _ in word if run.marked}.values():
        _split_marked(run)


def _split_marked(run: _Run) -> None:
    """Set `run`'s marked words in spans of their classes, where its text was."""
    lead, spans = "", []
    for place, piece in enumerate(run.pieces):
        if place in run.marked:
            span = ET.Element("span", {"class": run.marked[place]})
            span.text, span.tail = piece, ""
            spans.append(span)
        elif spans:
            spans[-1].tail += piece
        else:
            lead += piece
    _set_in_place(run.element, run.parent, lead, spans)


def _set_in_place(element: ET.Element, parent: ET.Element | None, lead: str | None,
                  spans: list[ET.Element]) -> None:
    """`lead` then `spans` where `element`'s text was (`parent` None) or its tail was."""
    if parent is None:
        element.text = lead
        element[0:0] = spans
    else:
        element.tail = lead
        at = list(parent).index(element) + 1
        parent[at:at] = spans


ADDRESS_BREAKS = re.compile(r"(?<=[/-])")
"""Where an address breaks at a line's end without help: after a slash or a hyphen."""
LEFT_TO_RIGHT_AFTER_MARKS = re.compile(r"[^\w]|_")
"""The marks of an address (`/`, `-`, `.`, `?`), each of which a left-to-right mark follows
where the handout runs right to left: a line of an address broken across lines is laid out
on its own, outside the isolate the stylesheet opens it in, so a slash or hyphen ending it
took the Arabic line's direction and stood at its left. The Open Source Guides' Arabic
"metrics" article printed Homebrew's address ".../Homebrew/brew/blob/bbed…/docs/
Analytics.md" as "/Homebrew/brew/blob" and "/bbed…/docs": read as printed, a wrong address."""


def _column_count(table: ET.Element) -> int:
    """How many columns `table`'s widest row spans (as `table_min_width_em` counts them)."""
    return max((sum(max(1, int(cell.get("colspan", "1") or 1))
                    for cell in row if cell.tag in ("th", "td"))
                for row in table.iter("tr")), default=1)


def _add_class(element: ET.Element, name: str) -> None:
    element.set("class", " ".join(filter(None, [element.get("class"), name])))


CELL_PADDING_EM = 1.0
"""Left and right cell padding plus borders, as the stylesheet sets them."""


def table_min_width_em(table: ET.Element) -> float:
    """The narrowest the table can be without splitting a word: its longest word per column."""
    columns: dict[int, float] = {}
    for row in table.iter("tr"):
        column = 0
        for cell in row:
            if cell.tag not in ("th", "td"):
                continue
            widest = _widest_word_em(cell)
            span = max(1, int(cell.get("colspan", "1") or 1))
            for offset in range(span):
                columns[column + offset] = max(columns.get(column + offset, 0.0),
                                               widest / span + CELL_PADDING_EM)
            column += span
    return sum(columns.values())


def _widest_word_em(cell: ET.Element) -> float:
    """How wide a cell's widest word prints, set in by its lists, in ems."""
    bold = cell.tag == "th" or cell.find(".//strong") is not None
    return max((indent + word_width_em(word, bold) for word, indent in _cell_words(cell)),
               default=0.0)


def marker_room(number: int) -> str | None:
    """The class that gives the contents' numbered list room for its widest marker, `number`
    (up to "99." fits the stylesheet's indent; "219." reached into the margin), or None. The
    handout's own lists are measured (`MARKER_GAP_EM`)."""
    digits = len(str(number))
    return f"digits-{min(digits, 6)}" if digits > 2 else None


MARKER_GAP_EM = 0.45
"""The room a list's marker takes beyond its own width and the space after it: at the
stylesheet's indent of 2.4em (`LIST_INDENT_EM`), "219. " (2.16em wide) reached 0.2em into
the margin. A wider marker, "(viii)" of a Word list labelled so, gets its list that much
more indent."""
LIST_INDENT_EM = {"ul": 1.8, "ol": 2.4}
"""How far a list in a table cell sets its words in, as the stylesheet pads lists and
their items; a list inside a list item steps in by `NESTED_LIST_INDENT_EM`."""
NESTED_LIST_INDENT_EM = 1.4
WORD_BREAKS = BLOCK_TAGS | {"br", "wbr", "tr", "th", "td"}
"""Elements that end the word before them in a cell: the script's blocks, line breaks, the
breaks a stacked table's label may take after a slash (`SLASH_BREAK`) and a nested table's
rows and cells."""

SLASH_BREAK = re.compile(r"(?<=\w/)(?=\w)")
"""Where a stacked table's label may break inside a word, after a slash between words: AN's
digital skills course labels a column "Date (When was it published/updated?)", a word too
long for the label's column, which the print broke at any letter, "pub" / "lished" with no
hyphen (the stylesheet sets none). The label's column is as wide as its longest part."""


def _cell_words(cell: ET.Element) -> list[tuple[str, float]]:
    """(word, how far its list sets it in) for every word of a cell.

    18F's evaluate-bids table holds lists: its longest words, set in by the lists' markers,
    did not fit the columns measured without them, and the table ran into the margin.
    """
    letters: list[tuple[str, float]] = []

    def collect(element: ET.Element, indent: float) -> None:
        letters.extend((c, indent) for c in element.text or "")
        for child in element:
            step = (NESTED_LIST_INDENT_EM if indent else LIST_INDENT_EM[child.tag]) \
                if child.tag in LIST_INDENT_EM else 0.0
            gap = [(" ", indent)] if child.tag in WORD_BREAKS else []
            letters.extend(gap)
            collect(child, indent + step)
            letters.extend(gap + [(c, indent) for c in child.tail or ""])

    collect(cell, 0.0)
    words, word = [], []
    for letter, indent in letters + [(" ", 0.0)]:
        if letter.isspace():
            if word:
                words.append(("".join(c for c, _ in word), max(i for _, i in word)))
            word = []
        else:
            word.append((letter, indent))
    return words


def word_width_em(word: str, bold: bool = False) -> float:
    """How wide `word` prints in Atkinson Hyperlegible, in ems (from the font's own metrics)."""
    return _font_measure(bold)(word) / 1000


@functools.cache
def _font_measure(bold: bool):
    from PIL import ImageFont

    font = ImageFont.truetype(str(font_files()["bold" if bold else "regular"]), 1000)
    return font.getlength


def _without_an_empty_head(table: ET.Element) -> None:
    """Take out a table's header row of empty cells: GitHub's Markdown has no table without a
    header, so an Easy Read page of pictures beside sentences writes `| | |` over its rows
    (sweep DA), which printed as an empty bordered strip over the first picture, and again at
    the top of each page the table ran on to. The voice says no column names for it. (A
    table too wide to print, `_stacked`, takes such a row to mean its labels are its first
    column's.)"""
    head = table.find("thead")
    if head is not None and not "".join(head.itertext()).strip() \
            and next(head.iter("img"), None) is None:
        table.remove(head)


def _head_with_its_first_row(table: ET.Element) -> None:
    """Make a table's first row its head when it is all header cells but written without a
    `<thead>`, as an HTML table in Markdown often is (an art studio's timetable, its days in
    `<th>` cells): its cells named rows, not columns, so that, stacked, its records were
    labelled by their first row's values and its days were printed nowhere."""
    if table.find("thead") is not None:
        return
    first = next(table.iter("tr"), None)
    cells = [cell for cell in first if cell.tag in ("th", "td")] if first is not None else []
    if len(cells) < 2 or any(cell.tag != "th" for cell in cells):
        return
    parent = next(element for element in table.iter() if first in list(element))
    parent.remove(first)
    head = ET.Element("thead")
    head.append(first)
    table.insert(0, head)


def _keep_one_header_row(table: ET.Element) -> None:
    """Make the rows after the first of a table that has only header rows its body.

    Word lets every row of a table repeat as its header: USDS's DITAP consortium notes
    have such a table of goals, whose header, taller than a page, WeasyPrint left out,
    table and all. Only the first row heads the table; the others are its data.
    """
    head = table.find("thead")
    if head is None or any(cell.tag == "td" for cell in table.iter("td")):
        return
    rows = [row for row in head if row.tag == "tr"]
    if len(rows) < 2:
        return
    body = ET.Element("tbody")
    for row in rows[1:]:
        head.remove(row)
        for cell in row:
            if cell.tag == "th":
                cell.tag = "td"
                cell.attrib.pop("scope", None)
        body.append(row)
    table.insert(list(table).index(head) + 1, body)


def _stacked(table: ET.Element, width_em: float) -> ET.Element:
    """A wide table as one two-column table per row: each header beside its value.

    A table whose header row has no words (GFM's `|||||`, the Corona-Warn-App's tables of
    days) is headed by its first column: each of its other columns is one record, each
    value beside its row's label. A table with no header row (a Word table whose first row
    is not marked as one) takes its first row's words as the labels, when they name its
    columns (`_names_columns`); else each record is its row's cells, unlabelled. Both had
    printed blank labels, one record a page, and a reader could not tell which value was
    which.

    The labels' column is widened from the stylesheet's share (`LABEL_SHARE`) to hold the
    labels' longest word, where the values' longest word still fits beside it: the
    Corona-Warn-App's risk assessment printed "Übertragungsrisiko" / "grad" in every record.

    Each record holds its row's cells by the column they stand in (`script.grid_cells`): a
    cell merged down from a row above is in each record it covers, and one merged across
    beside its first column's label. A shuttle's timetable, its days merged down over the
    evening's row, printed that record's values each a column to the left, under the wrong
    labels ("Departure Time: CUHK-Shenzhen").

    A table of two header rows or more labels its values by their columns' header cells
    joined (`script.joined_headers`, "Adults, Booked"): a blog's pandas tables (sweep BI,
    kiwi-rents pp. 15-26) labelled each record's values by the header cells of every row in
    turn, "levels", "logs", a blank, "HINCP", whatever their columns.

    The table's own direction (`dir`, and its `lang`) is its stacked form's, and each
    label's and value's, a cell's own first: a Persian list of providers (sweep BU,
    fa-vps-providers line 106) marks its English table `dir="ltr"`, and stacked in the
    right-to-left handout its values came out back to front, "GiB 1.25", "month/$5".

    The table's `id` is its stacked form's, so a link to it still leads there: sweep CP's
    density chapter links to its wide table, `[Table 1](#Table1)`, and the link led nowhere,
    the build's log showing WeasyPrint's "No anchor #Table1 for internal URI reference"."""
    # Its own rows, not a table's in one of its cells: an Italian manual's table of prices
    # in a cell printed each of that table's rows again after it, as records of this one.
    own = own_rows(table)
    header_cells = [th for row in own for th in row
                    if th.tag == "th" and th.get("scope") == "col"]
    named = head_rows(table, own)
    if len(named) > 1:  # each column's header cells joined, as they are said (script.table)
        header_cells = []
        for name in joined_headers(named, [[_label(cell) for cell in row] for row in named],
                                   ","):
            header_cells.append(ET.Element("th", {"scope": "col"}))
            header_cells[-1].text = name
    rows = [[copy.deepcopy(cell) if cell is not None else None for cell in line]
            for line in grid_cells([row for row in own if row.find("td") is not None])]
    # A first row of one cell holding a heading titles the table (apache/poi's visa form,
    # "FOR OFFICIAL USE ONLY" across its last table): it stays a heading, over the records,
    # not their labels, whose bookmark was lost. So does one header cell across the columns
    # (a shuttle's "Cross Border Inter-Campus Shuttle Timetable", which was not printed),
    # in bold.
    first = own[0] if own else None
    cells = [cell for cell in first if cell.tag in ("th", "td")] if first is not None else []
    headed = len(cells) == 1 and any(element.tag in HEADING_TAGS for element in cells[0].iter())
    title = cells[0] if not header_cells and len(cells) == 1 and (
        cells[0].tag == "th" and cell_span(cells[0], "colspan") > 1 or headed) else None
    if title is not None:
        rows = rows[1:] if cells[0].tag == "td" else rows  # a header cell is in no record
        if not headed:
            strong = ET.Element("strong")
            strong.text = title.text
            strong.extend(list(title))
            title = ET.Element("td")
            ET.SubElement(title, "p").append(strong)
    if header_cells and not any(map(_label, header_cells)) and rows:
        header_cells = [row[0] if row else None for row in rows]
        rows = [[row[column] for row in rows if column < len(row)]
                for column in range(1, max(map(len, rows)))]
    elif not header_cells and len(rows) > 1 and _names_columns(rows[0]):
        header_cells, rows = rows[0], rows[1:]
    _carry_down_groups(rows)
    headers = [_label(cell) if cell is not None else "" for cell in header_cells]
    label_em = max((word_width_em(word, bold=True) for label in headers
                    for word in SLASH_BREAK.sub(" ", label).split()), default=0.0) \
        + CELL_PADDING_EM
    value_em = max((_widest_word_em(cell) for cells in rows for cell in cells
                    if cell is not None), default=0.0) + CELL_PADDING_EM
    share = max(LABEL_SHARE, min(label_em, width_em - value_em) / width_em)
    label = {"scope": "row"}
    if share > LABEL_SHARE:
        label["style"] = f"width: {100 * share:.1f}%"
    own_direction = {name: table.get(name) for name in ("dir", "lang") if table.get(name)}

    def direction(cell: ET.Element | None) -> dict[str, str]:
        return {**own_direction, **{name: cell.get(name) for name in ("dir", "lang")
                                    if cell is not None and cell.get(name)}}

    stack = ET.Element("div", {"class": "stacked-table", **own_direction,
                               **({"id": table.get("id")} if table.get("id") else {})})
    caption = table.find("caption")
    if caption is not None:  # it was printed nowhere, where the voice said it
        words = ET.SubElement(stack, "p", {"class": "stacked-caption"})
        words.text = caption.text
        words.extend(list(caption))
    if title is not None:
        stack.text = title.text
        stack.extend(list(title))
    for number, cells in enumerate(rows):
        record = ET.SubElement(stack, "table", {"class": "stacked", **own_direction})
        tbody = ET.SubElement(record, "tbody")
        for index, cell in enumerate(cells):
            if cell is None:  # a column a cell beside it is merged across
                continue
            line = ET.SubElement(tbody, "tr")
            if headers:
                named = header_cells[index] if index < len(header_cells) else None
                head = ET.SubElement(line, "th", {**label, **direction(named)})
                if named is not None:
                    _label_from(head, named, number)
            value = ET.SubElement(line, "td", direction(cell))
            value.text = cell.text
            value.extend(list(cell))
    stack.tail = table.tail
    return stack


def _carry_down_groups(rows: list[list[ET.Element | None]]) -> None:
    """Give each row whose first cell is empty, under a row whose first cell has words, a
    copy of those words: a rota or a price list names its day or its club once, over the
    rows that follow it ("| Monday | 8-9 | Ann |" over "| | 9-10 | Bob |"), and a record
    printed on its own page said "Date" beside nothing, so a reader could not tell which day
    it was. Read as a grid, the rows keep their places under the first."""
    def empty(cell: ET.Element | None) -> bool:
        return cell is not None and not len(cell) and not (cell.text or "").strip()

    above = None
    for cells in rows:
        if not cells:
            continue
        if empty(cells[0]) and above is not None and not all(map(empty, cells[1:])):
            cells[0] = copy.deepcopy(above)
        elif not empty(cells[0]):
            above = cells[0]


def _names_columns(row: list[ET.Element | None]) -> bool:
    """Whether a table's first row, not marked as its header, names its columns
    (`script.names_columns`, or `script.names_in_bold`), every cell but the corner, which may be
    empty, with words. A
    letter's head ("To:" beside an address, "Your ref" beside its reference) is no such
    row: taken for labels, its words were printed nowhere."""
    if any(cell is None for cell in row):
        return False  # merged across: a name over two columns labels neither
    words = [_label(cell) for cell in row]
    return all(words[1:]) and (names_columns(words) or names_in_bold(row))


LABEL_SHARE = 0.35
"""The share of the line a stacked table's labels take (`.stacked th` in the stylesheet)."""


def _label_from(head: ET.Element, cell: ET.Element, record: int) -> None:
    """`head`, a stacked record's label, holding `cell`'s words as one line and the
    references to notes among them ("Demographic growth[1]": its text alone printed
    "growth1"); their ids as they were in the first record, where a note's link back
    leads, and with the record's number after them in the others."""
    words, notes = copy.deepcopy(cell), []
    for note in words.iter("sup"):
        if note.get("id", "").startswith("fnref"):
            notes.append(copy.deepcopy(note))
            tail = note.tail
            note.clear()
            note.tail = tail
    head.text, *after_slashes = SLASH_BREAK.split(_label(words))
    for part in after_slashes:
        ET.SubElement(head, "wbr").tail = part
    for note in notes:
        if record:
            note.set("id", f"{note.get('id')}-{record}")
        note.tail = None
        head.append(note)


def _label(cell: ET.Element) -> str:
    """A cell's words on one line, its paragraphs apart ("more context (with hint)")."""
    parts = [cell.text or ""]
    for child in cell:
        words = "".join(child.itertext())
        parts.append(f" {words} " if child.tag in BLOCK_TAGS else words)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _holds_only_image(paragraph: ET.Element) -> bool:
    return (len(paragraph) == 1 and paragraph[0].tag == "img"
            and not (paragraph.text or "").strip() and not (paragraph[0].tail or "").strip())


def _figure(image: ET.Element, tail: str | None) -> ET.Element:
    figure = ET.Element("figure")
    caption = image.attrib.pop("title", "").strip()
    image.tail = None
    figure.append(image)
    if caption:
        ET.SubElement(figure, "figcaption").text = caption
    figure.tail = tail
    return figure


def require_templates(settings: Settings) -> list[Path]:
    """The two templates that print a handout (page, then stylesheet); an error saying
    what to do if they are not there."""
    paths = [settings.templates / name for name in (TEMPLATE, STYLESHEET)]
    missing = next((path for path in paths if not path.is_file()), None)
    if missing is not None:
        raise HandoutError(f"the templates are not here ({missing.name} is missing): run the "
                           "command in the project's folder, or set 'templates' under "
                           "[tool.handout]", settings.templates)
    return paths


def template_environment(settings: Settings):
    """Jinja2 over the templates folder, escaping the `.html.j2` pages (not the CSS).

    Compiled templates are kept in the build's cache (Jinja's own bytecode cache, which
    compiles a template again whenever its source changes), in a folder per Jinja version
    since Jinja marks them only with Python's: compiling them took 0.03 s of every edit.
    """
    from importlib.metadata import version

    from jinja2 import (Environment, FileSystemBytecodeCache, FileSystemLoader,
                        select_autoescape)

    require_templates(settings)
    compiled = settings.out / ".cache" / f"templates-jinja-{version('jinja2')}"
    compiled.mkdir(parents=True, exist_ok=True)
    return Environment(loader=FileSystemLoader(settings.templates),
                       autoescape=select_autoescape(["html.j2"]), keep_trailing_newline=True,
                       bytecode_cache=FileSystemBytecodeCache(str(compiled)))


def printable_codes(text: str):  # -> Callable[[str], Markup]
    """A template's filter that sets each character of `text` that no font here has
    (`fonts.unprintable`) as `_isolate_unprintable` does the body's, its code in its place:
    an Amharic handout's title and every entry of its contents printed as empty boxes on a
    computer with no Ethiopic font (sweep CH), where its headings printed "[U+12E8]…", as
    the build's warning said."""
    from markupsafe import Markup, escape

    from handout.fonts import unprintable

    lacking = unprintable(text)
    pattern = re.compile(f"([{''.join(map(re.escape, lacking))}])") if lacking else None

    def printable(words: str) -> Markup:
        if pattern is None:
            return escape(words)
        return Markup("").join(
            Markup('<span class="no-glyph" data-name="[U+{:04X}]"><span>{}</span></span>')
            .format(ord(piece), piece) if index % 2 else escape(piece)
            for index, piece in enumerate(pattern.split(words)))
    return printable


def render_html(document: Document, settings: Settings) -> str:
    """The handout as one HTML page, with its print stylesheet inlined."""
    env = template_environment(settings)
    words = words_for(document.meta.lang)
    contents = contents_sections(document)
    stylesheet = env.get_template(STYLESHEET).render(
        body=settings.body_size,
        paper=PAPERS[settings.paper],
        background=BACKGROUNDS[settings.background],
        font_faces=font_faces(),
        page_of=css_content(words.page_of, page="counter(page)", pages="counter(pages)"),
        on_page=css_content(words.on_page, page="target-counter(attr(href), page)"),
        quotes=words.quotes,
        start="right" if document.meta.direction == "rtl" else "left",
    )
    env.filters["printable"] = printable_codes(" ".join(  # as the body's: Pango's fallback
        [document.meta.title, document.meta.subtitle or "",   # depends on the text it is given
         *(section.html for section in document.sections)]))
    page = env.get_template(TEMPLATE).render(
        document=document,
        meta=document.meta,
        stylesheet=stylesheet,
        contents=contents,
        contents_numbered=contents_numbered(contents),
        contents_room=marker_room(len(contents)),
        sections=[(section, print_html(section.html, text_width_em(settings),
                                       document.meta.lang))
                  for section in document.sections],
        notes_heading=notes_heading(document),
        notes=print_html(document.notes_html, text_width_em(settings), document.meta.lang),
        words=words,
        long_date=long_date,
        source_date=source_date(),
    )
    head, body = page.split("<body", 1)  # the title in its metadata as written
    return head + "<body" + body.translate(HYPHENS)


def css_content(words: str, **counters: str) -> str:
    """Words with `{name}` places as a CSS `content` value: "Page {page} of {pages}" becomes
    "Page " counter(page) " of " counter(pages)."""
    parts = []
    for piece in re.split(r"(\{\w+\})", words):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(counters[piece[1:-1]])
        elif piece:
            parts.append('"' + piece.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return " ".join(parts)


def write_pdf(document: Document, html: str, target: Path,
              settings: Settings) -> list[str | None]:
    """Lay out `html` as a PDF/UA-1 file at `target`; return, for each page, the element
    the page starts with (`page_starts`)."""
    from handout.pdf import font_configuration, import_weasyprint

    HTML = import_weasyprint().HTML
    fetcher = confined_fetcher([settings.source, settings.templates]
                               + [face.path.parent for face in font_faces()], document.source)
    # Without HarfBuzz-Subset, WeasyPrint subsets fonts with fontTools, which dates each
    # font by the clock unless SOURCE_DATE_EPOCH is set: pin it to the handout's own date.
    with pinned_clock(handout_epoch(document.source, document.meta.date)), \
            font_configuration() as fonts:
        laid_out = HTML(string=html, base_url=str(settings.source.resolve()) + "/",
                        url_fetcher=fetcher)
        rendered = laid_out.render(font_config=fonts, pdf_variant="pdf/ua-1")
        for _ in range(RELAYOUTS):
            badly = kept_together_badly(rendered.pages)
            if not badly:
                break
            for element in badly:
                element.set("style", f"{element.get('style') or ''}; break-inside: auto")
            rendered = laid_out.render(font_config=fonts, pdf_variant="pdf/ua-1")
        rendered.write_pdf(target, pdf_variant="pdf/ua-1", finisher=finish_tags,
                           pdf_identifier=_identifier(document), custom_metadata=True)
    return page_starts(rendered.pages, html, document)


RELAYOUTS = 2
"""How many times the layout is done again for blocks kept together that split anyway."""


def kept_together_badly(pages) -> list:
    """The elements the stylesheet keeps on one page (a table row, a stacked table's
    record) that WeasyPrint lays out badly so, to be laid out again with breaks allowed
    inside them, where they start where they are, under their table's header:

    - those split across pages all the same, being taller than a page. WeasyPrint moves
      such a block to the next page before splitting it, leaving the rest of the page
      blank, and drops a table's repeated header row on every page a too-tall row fills:
      18F's evaluate-bids page, whose rows hold long lists, left half pages blank and
      printed its continued rows without their header;
    - the first row of a table that a page prints without its header row. WeasyPrint (its
      issue 2679) drops a table's header when the first row, kept whole, does not fit
      under it: the Corona-Warn-App's scoping document printed "### Content Management"
      at the foot of a page and its table on the next one, whose header row ("# User
      Story ID | User Story | Akzeptanzkriterien") no page printed.
    """
    pages_of: dict = {}
    headless: list = []

    def kept(box) -> bool:
        return box.element is not None and box.style["break_inside"] in ("avoid", "avoid-page")

    def walk(box, number: int) -> None:
        if kept(box):
            pages_of.setdefault(box.element, set()).add(number)
        if type(box).__name__ == "TableBox" and box.element is not None and \
                any(str(child.tag).endswith("thead") for child in box.element) and \
                not any(getattr(group, "is_header", False) for group in box.children):
            rows = [row for group in box.children for row in group.children]
            if rows and kept(rows[0]):
                headless.append(rows[0].element)
        for child in getattr(box, "children", ()):
            walk(child, number)

    for number, page in enumerate(pages):
        walk(page._page_box, number)
    return list(dict.fromkeys([element for element, numbers in pages_of.items()
                               if len(numbers) > 1] + headless))


def page_starts(pages, html: str, document: Document) -> list[list | None]:
    """Where each laid-out page starts, in the speech script's terms: `[id, 0]` when the
    page starts with a spoken element (sentence, heading, table row, picture), `[id, n]`
    when it starts inside one, after the first `n` characters the previous pages printed
    of it (spaces not counted, a picture counted as one), or None when no spoken text is
    on the page.

    The print HTML carries the speech script's ids, and every box WeasyPrint lays out
    keeps the element it came from, so a page's boxes say what it starts with. Generated
    text (list numbers, link addresses, "Page N of M") is not in the other editions and is
    not counted; a table or quote continued from the page before starts the page with its
    next row or sentence, not with its repeated header; a box that opens a page starts it
    with its label, since the box's own words ("End of note.") are said after it.
    """
    from weasyprint.formatting_structure import boxes

    order: dict[str, int] = {}
    for utterance in (u for section in document.sections for u in section.script if u.ref):
        order.setdefault(utterance.ref, len(order))
    spoken = set(order)
    containers: set[str] = set()
    closing: set[str] = set()
    """Containers whose own utterance is said after what they hold (a box's "End of
    solution."): a page they start on starts with the first thing they hold."""
    for element in parse_html(html).iter():
        own = element.get("id")
        held = [order[d.get("id")] for d in element.iter()
                if d is not element and d.get("id") in spoken] if own in spoken else []
        if held:
            containers.add(own)
            if order[own] > min(held):
                closing.add(own)
    printed: dict[str, int] = {}
    starts: list[list | None] = []
    for page in pages:
        seen_before = set(printed)
        start: list | None = None

        def walk(box, ref: str | None) -> None:
            nonlocal start
            if (box.element_tag or "").endswith(("::before", "::after", "::marker")):
                return
            element = box.element
            own = element.get("id") if element is not None else None
            if own in spoken and own != ref:
                ref = own
                if start is None and ref not in seen_before and ref not in closing:
                    start = [ref, 0]
                printed.setdefault(ref, 0)
            text = isinstance(box, boxes.TextBox) and box.text.strip()
            picture = isinstance(box, boxes.ReplacedBox)
            if (text or picture) and ref is not None:
                if start is None and ref in seen_before and ref not in containers:
                    start = [ref, printed[ref]]
                printed[ref] += len("".join(box.text.split())) if text else 1
            if isinstance(box, boxes.ParentBox):
                for child in box.all_children():
                    walk(child, ref)

        walk(page._page_box, None)
        starts.append(start)
    return starts


def finish_tags(document, pdf) -> None:
    """Finish what WeasyPrint's PDF/UA tagging leaves undone, as its `finisher`: on the
    PDF's objects (pydyf's) just before they are written.

    - Every TH structure element gets a /Scope. WeasyPrint links data cells to their
      headers with IDs and /Headers (enough for Matterhorn 15-003) but leaves /Scope out
      (Kozea/WeasyPrint#2508); screen readers and checkers such as PAC look for it. The
      HTML cells carry `scope` (see `print_html`): cells in the header row are column
      headers, any other header cell heads its row.
    - The footer ("Page 2 of 4", a page margin box) is a pagination artifact. WeasyPrint
      marks its words as content with an id (MCID) but gives them no place in the
      structure tree (Kozea/WeasyPrint#1836): on every page, content neither tagged nor an
      artifact, which PDF/UA forbids (ISO 14289-1 7.1, veraPDF's rule 7.1-3).
    - A decorative picture (given `DECORATION` for its description) is an artifact: its
      Figure leaves the structure tree and what draws it is marked /Artifact of the
      /Layout kind, as PDF/UA wants of what is not the document's content (ISO 14289-1
      7.1).
    - A link's description (its annotation's /Contents, which PDF/UA asks for and a screen
      reader may give for the link) is its words, or its picture's description.
      WeasyPrint writes its address: a contents entry was described as
      "what-clonazepam-is-and-how-it-works".
    """
    import pydyf

    for page in document.pages:
        for _, target, _, box in page.links:
            annotation = getattr(box, "link_annotation", None)
            if annotation is not None and box.element is not None:
                annotation["Contents"] = pydyf.String(link_words(box.element) or target)

    def resolved(value):
        if isinstance(value, bytes) and value.endswith(b" R"):
            return pdf.objects[int(value.split()[0])]
        return value

    def decoration(kid) -> bool:
        return isinstance(kid, dict) and kid.get("S") == "/Figure" \
            and getattr(kid.get("Alt"), "string", None) == DECORATION

    tagged: set[tuple[bytes, int]] = set()
    decorations: set[tuple[bytes, int]] = set()
    root = resolved(pdf.catalog.get("StructTreeRoot"))
    stack = [(root, False, None)] if root is not None else []
    while stack:
        node, in_head, page = stack.pop()
        page = node.get("Pg", page)
        if isinstance(node.get("K"), list):
            for figure in [resolved(kid) for kid in node["K"] if decoration(resolved(kid))]:
                decorations.update((figure.get("Pg", page), mcid) for mcid in figure["K"]
                                   if isinstance(mcid, int))
            node["K"][:] = [kid for kid in node["K"] if not decoration(resolved(kid))]
        for kid in node.get("K", ()) if isinstance(node.get("K"), list) else [node.get("K")]:
            kid = resolved(kid)
            if isinstance(kid, int):
                tagged.add((page, kid))
            elif isinstance(kid, dict) and kid.get("Type") == "/MCR":
                tagged.add((kid.get("Pg", page), kid["MCID"]))
            elif isinstance(kid, dict) and "S" in kid:
                attributes = resolved(kid.get("A"))
                if kid["S"] == "/TH" and isinstance(attributes, dict):
                    attributes.setdefault("Scope", "/Column" if in_head else "/Row")
                stack.append((kid, in_head or kid["S"] == "/THead", page))
    for page in pdf.page_references:
        operations = resolved(resolved(page)["Contents"]).stream
        for index, item in enumerate(operations[:-1]):
            if (isinstance(item, dict) and "MCID" in item and operations[index + 1] == b"BDC"
                    and (page, item["MCID"]) not in tagged):
                operations[index - 1] = "/Artifact"
                operations[index] = pydyf.Dictionary({"Type": "/Layout" if (
                    page, item["MCID"]) in decorations else "/Pagination"})


def link_words(link: ET.Element) -> str:
    """A link's words, or else the description of a picture in it."""
    words = " ".join("".join(link.itertext()).split())
    return words or next((picture.get("alt") for picture in link.iter("img")
                          if picture.get("alt") not in (None, "", DECORATION)), "")


def _identifier(document: Document) -> bytes:
    import hashlib

    return hashlib.md5(document.slug.encode()).hexdigest().encode()
