"""Reading stage, Word: a `.docx` handout converted to HTML, for the same document model.

Word is what most clinics and libraries write in. `read_word` converts a `.docx` with
mammoth, which is made for this: it maps Word's styles to semantic HTML (Heading 1-6 to
`h1`-`h6`, lists, tables with their header rows, bold, links) and keeps each picture's
description (Word's alt text) as `alt`, in pure Python, where pandoc would bring a 100 MB
binary and a second Markdown dialect to hand on. Mammoth never opens files the document
only links to (`external_file_access` stays off), and pictures come embedded as `data:`
URLs, so the confinement rules hold; a picture in a format print cannot lay out (EMF, WMF,
TIFF) is left without a source and so printed as a box with its description. The title is
Word's first Title paragraph, with the lines right after it in that style (a later one is
text, or a heading where it stands once the text has begun: a form pasted in after
another) or a cover's title typed in large bold lines (`cover_title`), else the document's
Title property if it is this document's (`title_property`),
else, as for Markdown, the first heading; the Subtitle paragraph is the subtitle, alike;
the language is the document's (`document_language`). Word's own contents
list is dropped (the handout prints its own), and so is hidden text; a heading style in a
table's cell is the cell's text (`cell_headings`); equations are read as
a line of text (`equation_text`), simple fields as their results (`readable_part`), a
form's check box as Word prints it (☐ or ☒, not a task list's "To do:"), a SmartArt
diagram as its lines of text (`_diagram_text`), lists and headings with the numbers Word
shows (`numbered_paragraphs`), and footnotes and endnotes become Markdown's
(`as_footnotes`). Word's All caps and Small caps (`w:caps`, `w:smallCaps`) are read as
the letters were typed, as mammoth reads them: large print has no capitals for emphasis
(emphasis is bold), a voice may spell a word in capitals as an initialism, and the typed
words are the ones the bookmarks and MP3 titles show.

While converting, Word's accessibility faults that large print and audio care about are
noted, by paragraph number (counting every paragraph, table cells included, as Word's
navigation does): a picture with no alt text, a "heading" made of bold text in an ordinary
paragraph, a table with no header row; and so is any element mammoth cannot read, whose
words would otherwise be lost unseen, and a header or footer with words of its own
(`page_furniture`). The lint reports them as `file: paragraph N`.
"""

from __future__ import annotations

import bisect
import io
import re
import textwrap
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable
from html import unescape
from xml.parsers.expat import ExpatError
from xml.sax.saxutils import escape
from pathlib import Path

from handout.errors import HandoutError
from handout.findings import in_capitals, placeholders, says_nothing
from handout.language import MONTHS
from handout.read.numbers import roman_numeral
from handout.read.script import (COLUMN_GAP, WRITE_ON, in_bold, list_marker, names_in_bold,
                                 text_of)
from handout.read.sources import (NAMED_LANGUAGE, PASTED_CHARACTERS, SourceFile, named_language,
                                   unjoined)

STYLE_MAP = """
p[style-name='Title'] => !
p[style-name='Subtitle'] => !
p[style-name^='TOC'] => !
p[style-name^='toc'] => !
p[style-name='table of figures'] => !
p[style-name='table of authorities'] => !
p[style-name='toa heading'] => !
p[style-name^='index '] => !
p[style-name='Heading 1'] => h1:fresh
p[style-name='Heading 2'] => h2:fresh
p[style-name='Heading 3'] => h3:fresh
p[style-name='Heading 4'] => h4:fresh
p[style-name='Heading 7'] => h6:fresh
p[style-name='Heading 8'] => h6:fresh
p[style-name='Heading 9'] => h6:fresh
p[style-name='Handout code'] => pre:separator('\\n')
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Block Text'] => blockquote > p:fresh
"""
"""Word styles mammoth should map otherwise than it does by default: the title and subtitle
are taken out (they head the printed title block), and so are Word's contents list and its
other lists of where things are, with another layout's page numbers (a table of figures,
an index, a table of authorities: apache/tika's testWORD_2006ml.docx printed and said
"Table 1: Table1 Caption 2" and "index, 4"); Word's
Heading 7 to 9, which HTML has no level for, are headings of its last level, where a
Slovak statute's articles were plain text in print and voice; lines of
code (`code_paragraphs`) are one block of code, a line each; Word's Quote, Intense Quote and
Block Text styles are a quotation, as a Markdown handout's `>` is, printed as one and said between
"Quote." and "End of quote.": pandoc's block_quotes.docx printed and said them as any
paragraph, where Word sets them apart in italics."""

MONOSPACE_FONTS = re.compile(r"(?i)courier|consolas|menlo|monaco|lucida (?:console|sans typewriter)"
                             r"|andale mono|mono\b|monospace|\bfixed")
"""Fonts with letters of one width, in which Word authors set code (Courier New, Consolas,
DejaVu Sans Mono, Source Code Pro aside, which names itself "Code")."""
CODE_BLOCK = re.compile(r"<pre>(.*?)</pre>", re.S)
"""A block of code (`code_paragraphs`), which is text as a Markdown handout's is, its bold
gone: a word bold in its middle ran past the right margin, unbroken. A line break is a new
line: "1 + 2", "2 - 2" broken in one paragraph printed "1 + 22 - 2", numbers run together."""
CODE_TAB = "    "
"""A tab in a line of code, as Python-Markdown's code blocks have one: four spaces."""

PRINTABLE_PICTURES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
FAKE_HEADING_CHARACTERS = 80
"""A bold paragraph this short (or shorter), alone and not ending a sentence, reads as a
heading to a sighted reader but is none for a screen reader or our sections."""
CLAUSE_HEADING = (r"(?i:section|part|article|chapter|schedule|clause|appendix|annex)\s+"
                  r"(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)[:：]\s*[^\W\d_][^.:;!?]{0,60}$")
"""A clause's heading, a word that names a part of a rule book, its number or letter, a
colon and a short title, "Section 1: Duties of officers", "Part A: President": a heading,
which a club's bylaws set in bold, not a label and its value (`SENTENCE_OR_LABEL`)."""
SENTENCE_OR_LABEL = re.compile(rf"(?!{CLAUSE_HEADING})"
                               r"(?:.*[.:;,!?…。：；，！？、؟،۔]$|[^:：]{1,40}[:：]\s*\S"
                               r"|.*(?:\S@\S|https?://|\bwww\.|\b\d\d?[/.]\d\d?[/.]\d\d))")
"""How a sentence or a label ends, in Latin, Chinese and Japanese, and Arabic and Urdu
writing, or a label and its value, or a contact's address, or a dated line: a bold line
that is one is no heading (a Chinese tender's bold sentences,
"…不得对采购文件提起质疑投诉。", and labels, "注意事项：", were 120 findings of one document;
an evacuation plan's "Dial: 999" and "Postcode: PL15 7ED" were told to be headings, a
study's "Dr Ann Example (ann@example.ac.uk)" under "please contact:", and a policy's
"Created on 01/01/25 by …"). A clause's heading (`CLAUSE_HEADING`) is none of these."""

NO_HEADING = re.compile(rf"(?i:or|and|and/or)|(?:\d{{1,2}} )?(?:{'|'.join(MONTHS)}),? "
                        r"(?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}"
                        r"|(?i:(?:(?:the )?motion (?:was )?)?(?:passed|carried|agreed|approved"
                        r"|adopted|defeated|rejected|lost|resolved|not carried)"
                        r"(?:$|[ \t]*[-–(,:]|[ \t]+(?:unanimously|with|by|nem|\d)\b)"
                        r"|.*\b(?:with|by) (?:one|two|three|\d+) abstentions?\b"
                        r"|.*\bseconded\b).*")
"""A bold line that is no heading either, to be told to make it one: a connective between
a form's ways to return it, "or" alone in bold (sweep CK, a school's application form), a
date, a draft's "December, 2021" or "1 May 2024" (sweep CK, a government's terms of
reference), and a motion's result or its proposer and seconder, as minutes set them
(sweep CV: a users' group's "PASSED", "PASSED with one abstention", and a parish
council's "Proposed by Cllr Hand, seconded by Cllr Hull and carried unanimously"):
advice that would have broken the text into sections named "or" and "PASSED"."""

EMPTY_HEADING = re.compile(r"<h([1-6])>(\s|<a id=\"[^\"]*\"></a>|<br ?/?>)*</h\1>")

BLANK_PARAGRAPH = re.compile(r"<p>\s+</p>")
"""A paragraph of spaces, such as one holding only a page break (`SPACING`): mammoth leaves
out a paragraph with nothing in it, and this one has no more."""

CHECK_BOX = re.compile(r'<input [^>]*type="checkbox"[^>]*/>')
"""A form's check box (a FORMCHECKBOX field or a check box content control), which mammoth
writes as an `input`, and a Markdown task list's box became "To do:" or "Done:", in bold,
before its label: a visa form was "Sex male To do: female To do:". It is printed as Word
prints it, ☐ or ☒, where it stands."""

COLUMN_TABS = re.compile(r"(?:(?<=[^\s>])|(?<=</strong>)|(?<=</em>))"
                         r"(?:[ \t]*\t\t[ \t]*|[ \u00a0]{5,})(?=[^\s<]|<strong>|<em>)")
"""Two tabs or more between words: columns typed with tabs, as in the ONS birth and death
extracts' data access agreement, "Support for clinical governance<tab><tab><tab>Needs
assessment". A space (`SPACING`) ran the columns into one phrase, on the page and in the
voice; one tab is `PART_TAB`. Five spaces or more between words are such a gap typed with
the space bar: the parental consent form of SocialGouv's service for children in show
business sets its signatures side by side so, "Date et signature père/représentant légal 1"
and fourteen spaces before the mother's, printed and said as one sentence."""
PART_TAB = re.compile(r"(?:(?<=[^\W_])|(?<=[”’\"»])|(?<=</strong>)|(?<=</em>))"
                      r"[ \u00a0]*\t[ \t\u00a0]*(?=[^\s<]|<strong>|<em>)")
"""One tab between words, with spaces either side or none: the parts of a line, a gap as
`COLUMN_TABS`' is, though no column of a block typed side by side (`side_by_side`). A
church bulletin's order of service (sweep BL, Bulletin.docx) has "Sermon<tab><tab>“Sincere
Effective Prayer”<tab>John Doe", "Children’s Story<tab>             <tab>John Doe" and
"Scripture<tab>Matthew 6:7-15", said "Sermon, “Sincere Effective Prayer” John Doe",
"Children’s Story John Doe" and "Scripture Matthew 6, verses 7 to 15", and printed with a
space. One tab after a label's colon ("Name:<tab>Jane"), or after a bullet or a number
typed by hand ("•<tab>", "1.<tab>", "a)<tab>"), stays a space."""


SIDE_BY_SIDE_ROWS = 3
"""The fewest lines typed as two columns with tabs that are two blocks side by side
(`side_by_side`)."""
PARAGRAPH_HTML = re.compile(r"<p>(.*?)</p>", re.S)


def side_by_side(html: str) -> str:
    """Two blocks typed side by side with tabs, a line of each to a paragraph, as the
    columns they are, the left one first: a club's handbook set its own address beside
    Ofsted's, and each line was read across both, "Wickwar, Manchester M1 2WD", "GL12 8NH,
    Tel: 0300 123 1231". Three such lines or more, none whose left part is a label (ending
    with a colon, "Name:<tab><tab>Jane", a form's lines) and most of whose right parts are
    words, not figures (`_values_beside_names`): those are read across."""
    paragraphs = [(found, _two_columns(found.group(1))) for found in
                  PARAGRAPH_HTML.finditer(html) if COLUMN_GAP in found.group(1)]
    pieces, position, run = [], 0, []
    for found, pair in [*paragraphs, (None, None)]:
        joined = run and found is not None and pair is not None and not run[-1][1][2] \
            and not html[run[-1][0].end():found.start()].strip()
        if joined or (not run and pair is not None):
            run.append((found, pair))
            continue
        if len(run) >= SIDE_BY_SIDE_ROWS and not _values_beside_names(run):
            left, right, rest = zip(*(pair for _, pair in run))
            pieces += [html[position:run[0][0].start()],
                       f"<p>{'<br />'.join(left)}</p><p>{'<br />'.join(right)}</p>",
                       f"<p>{rest[-1]}</p>" if rest[-1] else ""]
            position = run[-1][0].end()
        run = [(found, pair)] if pair is not None else []
    return "".join(pieces) + html[position:]


def _values_beside_names(run: list) -> bool:
    """Whether the right-hand parts of `run`'s lines are mostly figures, each the value of
    the name beside it: a telephone list ("Reception<tab><tab>01234 567890"), prices or
    times, which are read across."""
    return sum(bool(re.search(r"\d", right)) for _, (_, right, _) in run) * 2 > len(run)


def _two_columns(paragraph: str) -> tuple[str, str, str] | None:
    """A paragraph's two parts either side of its one column gap, each whole markup, when
    the left is no label and the two are not lines to write on (`WRITE_ON`), a form's row
    of them over their labels, "_____<tab>_____" over "Name of participant<tab>Date" (sweep
    BE, hopebot-consent), which two such rows made columns of; and what follows a line
    break after them, the paragraph's rest, which is no longer in columns."""
    row, _, rest = re.sub(r"^(.*?)(?:<br ?/?>\s*)+", r"\1\0", paragraph, count=1,
                          flags=re.S).partition("\0")
    parts = row.split(COLUMN_GAP)
    if len(parts) != 2 or not all(re.sub(r"<[^>]+>", "", part).strip() for part in parts):
        return None
    left, right = (part.strip() for part in parts)
    if all(WRITE_ON.fullmatch(re.sub(r"<[^>]+>", "", part)) for part in parts):
        return None
    balanced = all(len(re.findall(r"<(?!/)(?!br)[a-z]", part)) == part.count("</")
                   for part in (left, right))
    return (left, right, rest.strip()) if balanced and not re.sub(
        r"<[^>]+>", "", left).rstrip().endswith(":") else None


def column_gaps(html: str, gap: re.Pattern[str] = COLUMN_TABS) -> str:
    """`html` with each gap between columns typed with tabs (`COLUMN_TABS`, or `gap`) as
    the gap print shows and the voice pauses at (`COLUMN_GAP`), but in a heading, whose tab
    is a space as its bookmark and MP3 title have it, and in code, whose spaces are its
    own."""
    return re.sub(rf"(<h([1-6])\b.*?</h\2>|<pre\b.*?</pre>)|{gap.pattern}",
                  lambda found: found.group(1) or COLUMN_GAP, html, flags=re.S)


PICTURE_HEADING = re.compile(r"<h([1-6])>((?:\s|<a id=\"[^\"]*\"></a>)*<img [^>]*>"
                             r"(?:\s|<a id=\"[^\"]*\"></a>|<img [^>]*>)*)</h\1>")

NAMESPACES = {"dc": "http://purl.org/dc/elements/1.1/",
              "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an Office file of the older kind starts (a "compound file"): a Word 97-2003
document, or a .docx Word has encrypted with a password, which it keeps in one."""


def unopened_word(path: Path) -> str:
    """Why the Word file at `path`, which is not a .docx archive, cannot be read, and what
    to do: "save it again from Word" told the author of a password-protected handout to
    do what they had done, and of a .doc renamed .docx nothing of what it was. The name is
    the file's own: apache/poi's hello_world.docm, from CPAN's Acme-RunDoc, is a .doc."""
    with path.open("rb") as stream:
        head = stream.read(1 << 16)
    if head.startswith(COMPOUND_FILE) and "EncryptedPackage".encode("utf-16-le") in head:
        return ("the Word document is protected with a password: in Word, choose File, Info, "
                "Protect Document, Encrypt with Password, clear the password and save")
    if head.startswith(COMPOUND_FILE):
        return (f"an old Word document (.doc) named {path.suffix}: open it in Word or "
                "LibreOffice and save it as a Word document (.docx)")
    return "not a Word document that can be opened: save it again from Word as a .docx file"


def read_word(path: Path) -> SourceFile:
    """A Word handout as a `SourceFile` holding its HTML, title, language and faults."""
    import mammoth

    from handout.read.generators import CHATBOT_CITATION, CHATBOT_CITATION_NOTE, without_citation

    try:
        if path.stat().st_size == 0:
            # What Windows' "New > Microsoft Word Document" makes, before Word saves it.
            raise HandoutError("the Word document is empty: write the handout in it and save "
                               "it from Word, or take it out of the source folder", path)
        with zipfile.ZipFile(path) as archive:
            styles = _styles(archive)
            properties = _properties(archive, styles)
            inspection = _Inspection()
            readable = readable_document(archive, styles)
            result = mammoth.convert_to_html(
                readable, style_map=STYLE_MAP + heading_styles(styles),
                include_default_style_map=True,
                convert_image=mammoth.images.img_element(_picture_source),
                transform_document=inspection.visit, external_file_access=False)
            body = archive.read(main_part(archive)).decode("utf-8", "replace")
            with zipfile.ZipFile(readable) as copy:
                unread = unread_elements(result.messages, copy.read(main_part(archive)))
            furniture = page_furniture(archive)
    except OSError as error:
        raise HandoutError(f"cannot read the file: {error.strerror or error}", path) from None
    except (zipfile.BadZipFile, KeyError, ValueError, ET.ParseError, ExpatError):
        raise HandoutError(unopened_word(path), path) from None
    # Word documents often hold empty Heading paragraphs (spacing made with the Enter key):
    # they are not headings without words, which would stop a Markdown handout. Letters and
    # their accents are composed, and a byte order mark taken out, as a Markdown handout's
    # are (`sources.decode_text`).
    html = EMPTY_HEADING.sub("", BLANK_PARAGRAPH.sub("", column_gaps(side_by_side(column_gaps(
        unjoined(unicodedata.normalize("NFC", result.value).translate(PASTED_CHARACTERS)))),
        PART_TAB).replace("\t", " ")))
    html = CHECK_BOX.sub(lambda found: "☒" if " checked=" in found.group(0) else "☐", html)
    html = re.sub(f"{CHART_MARK}(.*?){CHART_MARK}", lambda found: '<img alt="{}"> '.format(
        found.group(1).replace('"', "&quot;")) if found.group(1).strip() else "<img> ", html)
    html = html.translate(EMPTY_BOXES).replace(f'<a id="{WORKSHEET_MARK}"></a>', "")
    html = PICTURE_HEADING.sub(r"<p>\2</p>", html)  # a banner picture styled as a heading
    html = cell_headings(CONTENTS_HEADING.sub("", html))
    html = CODE_BLOCK.sub(lambda found: "<pre><code>" + textwrap.dedent(re.sub(
        r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", found.group(1)))) + "</code></pre>", html)
    html = bold_header_rows(html, google=bool(NOT_A_HEADER_ROW.search(body)))
    html, typed = typed_markdown(typed_lists(numbered_lists(blank_rows(html))))
    html = joined_broken_sentences(html)
    html, cited = CHATBOT_CITATION.subn(without_citation, html)  # a chatbot's answer pasted
    front: dict = {}
    title = inspection.title or title_property(properties.get("title"), html)
    stray_note: list[tuple[int, str, str]] = []
    if title and not inspection.title and (stray := stray_title_property(title, html)):
        line, heading = stray
        why = "is a web page's title, as a browser leaves it" if BROWSER_TITLE.search(title) \
            else "is in none of the document's words, as a template leaves it"
        stray_note = [(0, "word-title", "the Title property (File > Info > Properties), "
                       f"{quoted(title)}, {why}: the first "
                       f"{'heading' if heading else 'line in bold'}, {quoted(line)}, is the "
                       "title; in Word, write the title in the property or clear it")]
        title = None
    if title and not inspection.title:
        html = without_cover_title(html, title)
    if inspection.title and not re.search(r"\w|<img\b", unescape(re.sub(r"<(?!img\b)[^>]*>",
                                                                         "", html))):
        # A Title paragraph and nothing else, a notice of one line: the text's one heading,
        # which titles a handout of its title alone (`document.parse_document`), where a
        # Title property (File > Info) over no text titles nothing.
        html, title = f"<h1>{escape(inspection.title)}</h1>", None
    if title:
        front["title"] = unjoined(title)
    if inspection.subtitle:
        front["subtitle"] = unjoined(inspection.subtitle)
    lang, chosen = document_language(properties, result.value)
    named = named_language(path, {}).get("lang") if NAMED_LANGUAGE.search(path.stem) else None
    if named:
        # The file's name, `leaflet.cs.docx`, is the author's choice over Word's marks: a
        # Czech poster marked en-US in Word was read by the English voice however named.
        lang, chosen = named, True
    if lang:  # "en_GB", as some templates write it, is BCP 47's "en-GB"
        front["lang" if chosen else "default_lang"] = lang.replace("_", "-")
    cited_note = [(0, "generator-syntax", CHATBOT_CITATION_NOTE.format(
        more=f" ({cited} in all)" if cited > 1 else ""))] if cited else []
    typed_note = [(0, "fake-heading", f"{typed} paragraph{'s are' if typed > 1 else ' is'} "
                   "typed as Markdown headings ('## ...'), as a chatbot's answer pasted into "
                   "Word keeps them: read as headings; in Word, give each a Heading style "
                   "and take out its '#' marks")] if typed else []
    return SourceFile(path, front, "", 1, html=as_footnotes(LINE_BREAK.sub("<br />\n", html)),
                      notes=tuple(inspection.notes + unread
                                  + furniture + cited_note + typed_note + stray_note))


LINE_BREAK = re.compile(r"<br ?/?>(?!\n)")
"""A line break in a paragraph (Shift+Enter), which ends its line as a Markdown handout's
does, so that a line opening with its own label is a sentence of its own
(`script.text_of`): a homeowners' association's bylaws (sweep CK) set their clauses "(a)
…;", "(b) …;" a line each in one paragraph, printed so and said as one run-on sentence."""


SPACER_ROW = re.compile(r"<w:tr\b(?:(?!</w:tr>|<w:tbl\b).)*</w:tr>", re.S)
SPACER_MARK = "handout-spacer-row"
SPACER_SIZE = 16
"""A row with no words, set in type smaller than this (in Word's half points: 8 pt), is a
strip of space between rows, as a Word form draws one in 3 or 4 pt type; not a row to write
in, which is as tall as a line of the document's text."""


def _marked_spacer(found: re.Match) -> str:
    """A table row (`w:tr`) with a bookmark named `SPACER_MARK` in its first paragraph if
    it is a strip of space (`SPACER_SIZE`): no text, no picture, and every size its type
    is given below `SPACER_SIZE`. apache/poi's form_footnotes.docx, a consulate's visa
    form, draws three so between its questions."""
    row = found.group(0)
    if re.search(r"<w:t(?:\s[^>]*)?>[^<]*\S|<w:drawing\b|<w:pict\b|<w:sym\b|<m:oMath", row):
        return row
    sizes = [int(size) for size in re.findall(r'<w:sz w:val="(\d+)"', row)]
    if not sizes or max(sizes) >= SPACER_SIZE or "</w:p>" not in row:
        return row
    return row.replace("</w:p>", f'<w:bookmarkStart w:id="0" w:name="{SPACER_MARK}"/></w:p>', 1)


TABLE_ROW = re.compile(r"<tr>((?:(?!</tr>|<table\b).)*)</tr>", re.S)
EMPTY_TABLE = re.compile(r"<table>(?:\s|</?(?:thead|tbody)>)*</table>")


def blank_rows(html: str) -> str:
    """mammoth's `html` with each table row marked as a strip of space (`_marked_spacer`)
    taken out, a table left with no row with it, and each other row with no words and no
    picture of the class `blank`, printed as tall as a line of text, as Word shows it:
    print drew it as a strip as thin as a cell's padding, apache/poi's tika-3816.docx
    three rows to fill in under "Here is just a sample". An empty cell in a row with words
    is of the class `blank` too, a box to write in, which print gives room: a school's
    application form (sweep CK) printed the boxes beside "Date of Birth" and "Home
    District" a few millimetres wide, their labels' columns taking the line."""
    def row(found: re.Match) -> str:
        cells = found.group(1)
        if f'<a id="{SPACER_MARK}"></a>' in cells:
            return ""
        if "<img" in cells or unescape(re.sub(r"<[^>]+>", "", cells)).strip():
            return "<tr>" + EMPTY_CELL.sub(r'<td class="blank"\1></td>', cells) + "</tr>"
        return f'<tr class="blank">{cells}</tr>'

    return EMPTY_TABLE.sub("", TABLE_ROW.sub(row, html))


EMPTY_CELL = re.compile(r"<td((?:\s(?!class=)[^>]*)?)>\s*</td>")


FLAT_TABLE = re.compile(r"<table>(?:<tbody>)?<tr>((?:(?!<table\b|</table>).)*?)</tr>"
                        r"((?:(?!<table\b|</table>).)*?)(?:</tbody>)?</table>", re.S)
"""A table with no table in it, no row marked as its header, its first row's cells and its
other rows apart."""
CELL = re.compile(r"<td\b([^>]*)>((?:(?!</td>).)*)</td>", re.S)


def bold_header_rows(html: str, google: bool = False) -> str:
    """mammoth's `html` with the first row of each table that marks none as its header a
    header row, in a `<thead>`, when it names the columns in bold (`script.names_in_bold`,
    the rule stacked print asks of a table from any source) over a row with words not in
    bold: its words are read once, as the columns' names. AK's workout plan heads each
    table "No | Exercise | Part | Link" in bold, not ticked "Repeat as header row": the PDF
    took them for its stacked records' labels and the voice said them as a row ("No,
    Exercise. Part. Link.") and every row after it without them. So is one over rows with
    no words, a form's boxes to fill in, whose rows the voice counts under its columns'
    names (AN's digital skills course, "Fact or Fake?": "Website Name / URL", "Author"… in
    bold over three empty rows, was "Table. 1 row.", the names said as its row). A row in
    bold over rows in bold is none. Google Docs marks no row as a header (every row says so,
    `google`): there, any first row in bold is one, as a meeting's table of goals, "Goal",
    "Summary", "Lead Stakeholders" over its rows, was read row by row with no column's
    name."""
    def parsed(cells: str) -> list[ET.Element]:
        try:
            return list(ET.fromstring(f"<tr>{cells}</tr>"))
        except ET.ParseError:
            return []

    def headed(first: str, rest: str) -> str | None:
        below = [cell for row in TABLE_ROW.findall(rest) for cell in parsed(row)]
        said = [cell for cell in below if text_of(cell).strip()]
        if not names_in_bold(parsed(first)) or not (
                google or below and not said or not all(map(in_bold, said))):
            return None
        return ("<thead><tr>" + CELL.sub(r"<th\1>\2</th>", first)
                + f"</tr></thead><tbody>{rest}</tbody>")

    def header(found: re.Match[str]) -> str:
        first, rest = found.groups()
        title, second = parsed(first), TABLE_ROW.match(rest)
        if len(title) == 1 and int(title[0].get("colspan", 1)) > 1 and in_bold(title[0]) \
                and second and (table := headed(second.group(1), rest[second.end():])):
            # A title row across the columns over the bold row that names them, as a
            # council's clerks head every table (sweep CK, "BY-LAWS PASSED" over "BY-LAW
            # NO. | SUBJECT | DISPOSITION"): the voice took the title as a caption and the
            # names as the header, but print repeated no header over its next four pages
            # and stacked its records with no labels. The title is the table's caption.
            words = re.sub(r"(?s)^<p>(.*)</p>$", r"\1", CELL.match(first).group(2))
            return f"<table><caption>{words}</caption>{table}</table>"
        table = headed(first, rest)
        return f"<table>{table}</table>" if table else found.group(0)

    return FLAT_TABLE.sub(header, html)


TEMPLATE_TAG = re.compile(r"<%.*%>|\{\{.*\}\}|\{%.*%\}|\$\{.*\}|\[\[.*\]\]", re.S)
"""A title wholly a template's or mail merge's tag, which the document's maker filled in."""


TYPED_BULLET = "•◦▪■●○◆►▶➢➤⮚✓✔‣⁃\uf0a7\uf0b7\uf0d8\uf0fc–-"
"""Characters typed, or set in a Symbol or Wingdings font, as a list's bullet."""
TYPED_ITEM = re.compile(rf"<p>[{re.escape(TYPED_BULLET)}][ \t\u00a0]+((?:(?!</p>).)*)</p>", re.S)
TYPED_ITEMS = re.compile(rf"(?:{TYPED_ITEM.pattern})+", re.S)


def typed_lists(html: str) -> str:
    """Paragraphs that begin with a bullet typed by hand ("•", "-", a Symbol font's dot,
    then a space or tab) as the list Word's reader sees, outside tables: a leaflet's
    "• Your letter" lines were paragraphs, printed with their own dots at paragraph
    spacing and said without a list's pauses, and a Symbol bullet was a missing glyph."""
    def as_list(found: re.Match) -> str:
        before = html[:found.start()]
        if len(re.findall(r"<t[dh][\s>]", before)) > len(re.findall(r"</t[dh]>", before)):
            return found.group(0)  # in a table cell, where a line of its own is kept
        return "<ul>" + "".join(f"<li>{item}</li>" for item in
                                TYPED_ITEM.findall(found.group(0))) + "</ul>"

    return TYPED_ITEMS.sub(as_list, html)


TYPED_HEADING = re.compile(r"<p>(#{1,6})[ \t\u00a0]+(?=[A-Z0-9À-ÖØ-Þ¿¡\"“])((?:(?!</p>).)*?)"
                           r"(?:[ \t\u00a0]+#+)?</p>", re.S)
"""A paragraph typed as a Markdown heading, "## Your inhalers", as a chatbot's Markdown
pasted into Word keeps it; not "# of patients", whose words start in lower case."""
TYPED_BOLD = re.compile(r"\*\*(?=\S)([^*<>\n]+?)(?<=\S)\*\*")
"""Words typed in Markdown's bold, "**Tip:**", in a paragraph of Word's."""


def typed_markdown(html: str) -> tuple[str, int]:
    """`html` with the Markdown a chatbot's answer pasted into Word keeps as text read as
    Word's own: a paragraph typed as a heading ("## Your inhalers", `TYPED_HEADING`) is a
    heading of its level, and words in Markdown's bold ("**Tip:**", `TYPED_BOLD`) are bold.
    They printed "## Your inhalers" and "**Tip:**" as typed, and the handout had no
    sections. Also how many headings were so typed, for a note."""
    html, headings = TYPED_HEADING.subn(
        lambda found: f"<h{len(found[1])}>{found[2]}</h{len(found[1])}>", html)
    parts = re.split(r"(<pre>.*?</pre>)", html, flags=re.S)  # code keeps what it holds
    return "".join(part if part.startswith("<pre>") else
                   TYPED_BOLD.sub(r"<strong>\1</strong>", part) for part in parts), headings


def title_property(title: str | None, html: str) -> str | None:
    """The document's Title property (File > Info), if it is a title of this document: when
    the document has no Heading 1 that opens it (one with no other heading before it), or
    when its words are in that heading or come before it (an opening line in bold). Word
    never prints the property, and Word 2003 and converters filled it in from another or an
    earlier text: "CHAPTER I" was printed and announced above "Alice's Adventures in
    Wonderland", the first heading, which is the title then. A Heading 1 after other
    headings heads a part, not the document: Section508.gov's Word 2016 checklist, its
    items in Heading 2, was titled "Images and Other Objects", its ninth part. Nor is a
    property with no words (".") or a template's tag ("<%AcceptAction::Approve%>", left by
    the system that made the file) a title: both were printed and said as one."""
    if title and (not any(character.isalnum() for character in title)
                  or TEMPLATE_TAG.fullmatch(title.strip())):
        return None
    if not title or "<h1" not in html or re.search(r"<h[2-6][\s>]", html.split("<h1", 1)[0]):
        return title
    opening = unescape(re.sub(r"<[^>]+>", " ", html.split("</h1>", 1)[0]))
    return title if " ".join(title.split()).casefold() in " ".join(opening.split()).casefold() \
        else None


BOLD_LINE = re.compile(r"(?:<a id=\"[^\"]*\"></a>)*<strong>([^<]+)</strong>")
OPENING_BLOCK = re.compile(r"<(p|h[1-6])>(.*?)</\1>", re.S)
"""A paragraph or a heading, as mammoth writes them, with no attributes."""
BROWSER_TITLE = re.compile(r"\s\|\s*[^|\s][^|]{0,40}$")
"""A web page's title as a browser shows it, ending with its site's name after a bar,
"Generated privacy notice - education and childcare | ICO"."""


def stray_title_property(title: str, html: str) -> tuple[str, bool] | None:
    """The document's first line, and whether it is a heading, if it is a heading or in
    bold and the Title property (`title`) is in none of the document's words, or is a web
    page's title (`BROWSER_TITLE`): a property a template or a browser left, which Word
    never prints, not this document's title. A university's consent form, made from its
    faculty's template, was titled "Faculty of Humanities", words nowhere in it, over its
    bold first line, "Exploring the Influence of Chinese Youth Social Media Use on
    Lying-Flat Attitudes", which is its title then (`document.bold_title`). A nursery's
    privacy notice, made with the ICO's generator and saved from its page (sweep AS,
    nn-privacy), was titled "Generated privacy notice - education and childcare | ICO"
    over its first heading, "Nature Nicki customer privacy notice", which titles it then."""
    def words(part: str) -> str:
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", part)).split()).casefold()

    if " ".join(title.split()).casefold() in words(html) and not BROWSER_TITLE.search(title):
        return None
    for found in OPENING_BLOCK.finditer(html):
        if not re.search(r"\w", words(found.group(2))):
            continue  # a logo, or an empty line
        heading = found.group(1) != "p"
        line = found.group(2) if heading else BOLD_LINE.fullmatch(found.group(2).strip())
        if re.search(r"\w", words(html[:found.start()])) or line is None:
            return None  # the text opens otherwise: a table, a plain line
        return " ".join(unescape(re.sub(r"<[^>]+>", "", line if heading else line.group(1))
                                 ).split()), heading
    return None


def without_cover_title(html: str, title: str) -> str:
    """`html` without its first paragraph that is the title alone (the Title property's, which
    heads the printed title block): a cover's text box or content control bound to the
    property shows it there (apache/tika's testWORD_2006ml.docx, pandoc's
    text_in_shape_format.docx), and it was printed and said twice."""
    wanted = "".join(unescape(title).split()).casefold()
    for found in PARAGRAPH_HTML.finditer(html):
        # Compared without spaces: a drop cap stands apart from its word ("U sing").
        words = "".join(unescape(re.sub(r"<[^>]+>", "", found.group(1))).split())
        if words.casefold() == wanted and "<img" not in found.group(1):
            return html[:found.start()] + html[found.end():]
    return html


UNREAD = re.compile(r"An unrecognised element was ignored: (\S+)")


def unread_elements(messages, body: bytes) -> list[tuple[int, str, str]]:
    """A note for each kind of element mammoth did not read (`messages`, its warnings) that
    holds words, at the first paragraph of the `body` it read (`readable_document`'s) where
    one does, quoting them: they are neither printed nor said, and that must not go unseen,
    as simple fields' once did. An element with no words loses nothing: apache/poi's
    WordWithAttachments.docx had four notes for none, a shape's lock, fill and path
    (`o:lock`, `v:fill`, `v:path`, `w10:anchorlock`), one named by its namespace's address.
    mammoth names an element by its own prefix for the namespace (`office-word:`, where
    the document may write `w10:`), so it is found by its local name."""
    names = {found.group(1) for message in messages
             if (found := UNREAD.fullmatch(message.message))}
    if not names:
        return []
    shown_names = {re.sub(r"^\{.*\}|^[^:]*:", "", name): re.sub(r"^\{.*\}", "", name)
                   for name in names}  # by local name: "lock", not "{urn:...office}lock"
    notes: dict[str, tuple[int, str, str]] = {}
    paragraph = 0
    w = f"{{{NAMESPACES['w']}}}"
    for element in ET.fromstring(body).iter():
        if element.tag == f"{w}p" and element.find(
                f"{w}pPr/{w}pStyle[@{w}val='{DIAGRAM_TEXT}']") is None:  # Word's, counted
            paragraph += 1
        name = shown_names.get(element.tag.rpartition("}")[2])
        if name is None or name in notes:
            continue
        words = " ".join(" ".join([*element.itertext(), *(
            part.get("string", "") for part in element.iter())]).split())  # WordArt's
        if re.search(r"[^\W_]{2,}", words):  # not an embedded object's field code, "\s"
            notes[name] = (paragraph, "word-unread",
                           f"Word's {name} element cannot be read, so its words are neither "
                           f"printed nor said: {quoted(words)}: if readers need them, type "
                           "them into the document as text")
    return list(notes.values())


def quoted(words: str) -> str:
    """`words` in quotes for a note, their first 80 characters at most."""
    return f"'{words}'" if len(words) <= 80 else f"'{words[:79]}…'"


PAGE_FURNITURE = re.compile(r"word/(header|footer)\d*\.xml")
FIELD_RESULT = re.compile(r"<w:instrText\b.*?</w:instrText>|<w:fldSimple\b.*?</w:fldSimple>|"
                          r"<w:fldChar\b[^>]*\"separate\".*?<w:fldChar\b[^>]*\"end\"", re.S)
FURNITURE_WORDS = 3
"""A header or footer with this many words or more, besides its fields' results, says
something of its own: "Page 2 of 5" does not, nor a leaflet's reference number."""


def page_furniture(archive: zipfile.ZipFile) -> list[tuple[int, str, str]]:
    """A note (at paragraph 0, the whole document) for each header and footer that holds
    words of its own, which the handout neither prints nor says, as Word's page furniture:
    a form's footer "* = Required Field" or "Privacy Notice: This form contains
    confidential information…" was lost unseen. Fields (page numbers, dates) are not words
    of its own."""
    notes = {}
    shown = set(related_parts(archive, main_part(archive)).values())
    for name in sorted(archive.namelist()):
        kind = PAGE_FURNITURE.fullmatch(name)
        if not kind or name not in shown:
            continue  # a part no page shows
        xml = FIELD_RESULT.sub("", HIDDEN_RUN.sub("", archive.read(name).decode("utf-8",
                                                                             "replace")))
        xml = re.sub(r"<w:(?:br|cr|tab|ptab)\b[^>]*/>", "<w:t> </w:t>", xml)
        words = " ".join(unescape("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", line)))
                         for line in re.findall(r"<w:p\b.*?</w:p>", xml, re.S))
        words = " ".join(words.split())
        if len(re.findall(r"[^\W\d_]{2,}", words)) >= FURNITURE_WORDS:
            notes.setdefault(quoted(words), (0, "word-furniture", (
                f"the {kind.group(1)}'s words are neither printed nor said: {quoted(words)}: "
                "if readers need them, put them in the document itself")))
    return list(notes.values())


NOTE_REFERENCE = re.compile(
    r'<sup><a href="#(foot|end)note-(\d+)" id="\1note-ref-\2">\[(\d+)\]</a></sup>')
NOTE_LIST = re.compile(r'<ol>(<li id="(?:foot|end)note-\d+">.*?)</ol>', re.S)


def as_footnotes(html: str) -> str:
    """Word's footnotes and endnotes as a Markdown handout's: mammoth cites each as "[1]"
    linked to a list at the end of the document, which was printed "[1]powerful" and said
    "a 1 powerful way", the note itself read after the last section. Written as
    Python-Markdown's footnotes, each is cited as "(note 1)" and read at the end of the
    section that cites it, and printed as the notes of Markdown handouts are."""
    html = NOTE_REFERENCE.sub(
        r'<sup id="fnref-\1note-\2"><a class="footnote-ref" href="#fn-\1note-\2">\3</a></sup>',
        html)
    notes = [found.group(1) for found in NOTE_LIST.finditer(html)]
    if not notes:
        return html
    listed = re.sub(r'<li id="(foot|end)note-(\d+)">', r'<li id="fn-\1note-\2">', "".join(notes))
    listed = re.sub(r'<a href="#(foot|end)note-ref-(\d+)">',
                    r'<a class="footnote-backref" href="#fnref-\1note-\2">', listed)
    return NOTE_LIST.sub("", html) + f'<div class="footnote"><ol>{listed}</ol></div>'



CONTENTS_LABEL = (r"(?:Table of contents|Contents|Inhalt|Inhaltsverzeichnis|Sommaire"
                  r"|Table des matières|Índice|Contenido|Indice|Sommario|Inhoud|Inhoudsopgave"
                  r"|Spis treści|Obsah|Зміст|Содержание)")
"""The words of a contents list's label, in the languages our handouts are written in."""
CONTENTS_HEADING = re.compile(
    rf"<h([1-6])>(?:<a id=\"[^\"]*\"></a>)*\s*{CONTENTS_LABEL}\s*</h\1>(?=\s*(?:<h[1-6]\b|$))",
    re.I)
"""The heading over Word's contents list, left with nothing under it once the list goes
(its lines' style, `STYLE_MAP`): DAISY's guide said "Contents" and went on to its first
chapter."""
CONTENTS_BLOCK = re.compile(
    r"<w:sdt>(?:(?!</?w:sdt>).)*?<w:docPartGallery\s+w:val=\"Table of Contents\"\s*/>"
    r"(?:(?!</?w:sdt>).)*</w:sdt>", re.S)
"""A contents list in a block of its own (`w:sdt`, gallery "Table of Contents"), as Google
Docs writes one, in no "TOC" style: it was read aloud, its "1.1." a sentence of its own,
and printed under the PDF's own contents. Word's own, styled "TOC 1" and on, goes by its
style (`STYLE_MAP`)."""
CELL_OR_HEADING = re.compile(r"<(/?)t[dh]\b[^>]*>|<h([1-6])>(.*?)</h\2>", re.S)


def cell_headings(html: str) -> str:
    """`html` with each heading inside a table's cell made a paragraph: Word's Heading
    styles used for a cell's text, as a city council's template does for the clerks in its
    "Members present" table (sweep CK), printed large beside the same column's other names
    and made the PDF's bookmarks, "Mr. M. Lemoine, Deputy City Clerk", though the voice
    reads them as the cell's text and the handout has no section there."""
    depth = 0

    def paragraph(found: re.Match) -> str:
        nonlocal depth
        if found.group(2) is None:
            depth = max(0, depth + (-1 if found.group(1) else 1))
            return found.group(0)
        return f"<p>{found.group(3)}</p>" if depth else found.group(0)

    return CELL_OR_HEADING.sub(paragraph, html)


HIDDEN_RUN = re.compile(
    r"<w:r(?:\s[^>]*)?>(?:(?!</w:r>).)*?<w:vanish(?:\s+w:val=\"(?:1|true|on)\")?\s*/>"
    r"(?:(?!</w:r>).)*?</w:r>", re.S)
"""A run of text Word hides (Font, Hidden): notes to the author such as "delete this before
printing", which do not print from Word and must not print or be said here. mammoth reads
them as text."""


MAIN_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def main_part(archive: zipfile.ZipFile) -> str:
    """The name of the part that holds the document's body: the one the package's own
    relationships (`_rels/.rels`) name, else `word/document.xml`, where Word puts it. Tools
    built on Microsoft's Open XML SDK may name it otherwise: pandoc's
    alternate_document_path.docx keeps its body in `word/document2.xml`, which Word opens,
    and it was "not a Word document that can be opened"."""
    if "_rels/.rels" in archive.namelist():
        for item in ET.fromstring(archive.read("_rels/.rels")):
            if item.get("Type") == MAIN_DOCUMENT and item.get("TargetMode") != "External":
                name = item.get("Target", "").lstrip("/")
                if name in archive.namelist():
                    return name
    return "word/document.xml"


def related_parts(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """`{relationship id: part name}` for the parts `part` refers to (its pictures, headers,
    footers, diagrams), from its relationships (`word/_rels/<name>.rels`): a target is
    relative to `part`'s folder, or to the package when it starts with "/", as the Open XML
    SDK writes it ("/word/header1.xml")."""
    folder, _, name = part.rpartition("/")
    relationships = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    if relationships not in archive.namelist():
        return {}
    parts = {}
    for item in ET.fromstring(archive.read(relationships)):
        target = item.get("Target", "")
        if item.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/").split("/") if target.startswith("/") else \
            (folder.split("/") if folder else []) + target.split("/")
        resolved: list[str] = []
        for step in path:
            if step == "..":
                resolved = resolved[:-1]
            elif step not in ("", "."):
                resolved.append(step)
        parts[item.get("Id", "")] = "/".join(resolved)
    return parts


def readable_document(archive: zipfile.ZipFile, styles: ET.Element | None = None) -> io.BytesIO:
    """The document, as a file for mammoth, with its body, footnotes and endnotes made
    readable (`readable_part`), the body's numbered paragraphs marked with their numbers
    (`numbered_paragraphs`, for `numbered_lists`), a run's own bold turned off read before
    its Strong style's (`unbolded_strong_runs`) and its style sheet's styles as mammoth
    can read them (`_readable_style`)."""
    body = main_part(archive)
    parts = (body, "word/footnotes.xml", "word/endnotes.xml")
    numbering = ET.fromstring(archive.read("word/numbering.xml")) \
        if "word/numbering.xml" in archive.namelist() else None
    symbol_styles = symbol_font_styles(styles)
    outlined = outlined_styles(styles)
    bold = bold_styles(styles) - outlined
    strong = strong_styles(styles)
    headings = named_heading_styles(styles, outlined)
    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as rewritten:
        for item in archive.infolist():
            data = archive.read(item)
            if item.filename in parts:
                data = readable_part(data.decode("utf-8"), symbol_styles)
                if strong:
                    data = unbolded_strong_runs(data, strong)
                if bold:
                    data = PARAGRAPH.sub(lambda found: _styled_bold_runs(found.group(0), bold),
                                         data)
                if item.filename == body:
                    if headings:
                        levels = used_heading_levels(headings, data, outlined)
                        data = PARAGRAPH.sub(lambda found: _named_heading(found, levels),
                                             data)
                    data = SPACER_ROW.sub(_marked_spacer, data)
                    data = numbered_paragraphs(data, numbering, styles)
                    data = DIAGRAM.sub(lambda found: _diagram_text(found, archive), data)
                    data = CHART.sub(lambda found: _chart_mark(found, archive), data)
                data = data.encode("utf-8")
            elif item.filename == "word/styles.xml":
                data = STYLE.sub(_readable_style, data)
            # By name: writing an archive's ZipInfo into another changes its offsets.
            rewritten.writestr(item.filename, data)
    copy.seek(0)
    return copy


def readable_part(xml: str, symbol_styles: dict[str, str] | None = None) -> str:
    """A part of the document (`xml`: its body, footnotes or endnotes) as mammoth should
    read it: Word's hidden runs and unfilled form fields' placeholders taken out; each
    equation put in its place as a run of its text (`equation_text`), each simple field
    written as the complex field mammoth reads (`_complex_field`), where mammoth would drop
    either without a word; a WordArt as its words (`_wordart_text`); text typed in a symbol
    font, given to the run or by its style or its paragraph's (`symbol_styles`,
    `_styled_symbol_runs`), as the characters Word shows (`_symbol_text`), and a symbol
    inserted whose code mammoth does not know as that code (`_unknown_symbol`); a drop-down form
    field as its chosen entry, and a VML picture as the picture mammoth reads, a picture
    marked as decorative with `DECORATIVE` for its description, and a drop cap as the start
    of the paragraph it begins (`DROP_CAP`), a paragraph given an outline level of its own
    as that level's heading (`_outlined_heading`), and a link's field code as mammoth reads
    it (`_plain_hyperlink`). Runs in a right-to-left embedding are read, a ruby as its base
    text; a carriage return (`w:cr`) is a line break, and a page or column break or a tab a
    space (`SPACING`), where mammoth dropped them or glued the words either side. A row
    marked as no header row (`NOT_A_HEADER_ROW`) loses the mark mammoth took for one."""
    xml = PLACEHOLDER.sub(_unfilled, HIDDEN_RUN.sub("", NOT_A_HEADER_ROW.sub("", xml)))
    xml = CONTENTS_BLOCK.sub("", xml)
    if LIST_FIELD.search(xml):  # else no paragraph to look at
        xml = PARAGRAPH.sub(lambda found: "" if _generated_list(found.group(0))
                            else found.group(0), xml)
    if symbol_styles:
        xml = PARAGRAPH.sub(lambda found: _styled_symbol_runs(found.group(0), symbol_styles),
                            xml)
    xml = SYMBOL_RUN.sub(_symbol_text, SYMBOL_CHARACTER.sub(_unknown_symbol, xml))
    xml = EQUATION.sub(lambda found: _equation_run(found.group(0)), xml)
    xml = EMBEDDING.sub("", RUBY.sub(_ruby_base, xml))
    xml = CARRIAGE_RETURN.sub("<w:br/>", xml)
    xml = SPACING.sub(lambda found: TAB if found.group(0).startswith("<w:tab") else SPACE, xml)
    xml = WORDART.sub(_wordart_text, xml)
    xml = EMBEDDED_WORKSHEET.sub(f'<w:bookmarkStart w:id="0" w:name="{WORKSHEET_MARK}"/>'
                                 "<w:object", xml)
    xml = VML_PICTURE.sub(_inline_picture, xml)
    xml = DECORATIVE_PICTURE.sub(_decorative_description, xml)
    xml = DROP_CAP.sub(r"\1</w:p>\3\2", xml)
    xml = NUMBERED_PARAGRAPH.sub(_outlined_heading, xml)
    xml = DROP_DOWN.sub(_chosen_entry, xml)
    return FIELD_CODE.sub(_plain_hyperlink, SIMPLE_FIELD.sub(_complex_field, xml))


LIST_FIELD = re.compile(r"<w:instrText\b[^>]*>\s*(?:TOC|INDEX|TOA)\b")
"""The code of a field that lists where things are: contents, figures (`TOC \\c`), an index,
a table of authorities."""


def _generated_list(paragraph: str) -> bool:
    """Whether `paragraph` holds only a field that lists where things are (`LIST_FIELD`),
    whatever its style: an empty table of figures' "No table of figures entries found."
    (pandoc's 0_level_headers.docx printed and said it twice); one entry of a list in its
    own style goes by the style (`STYLE_MAP`)."""
    if not LIST_FIELD.search(paragraph):
        return False
    outside = FIELD_RESULT.sub("", paragraph)
    return not "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", outside)).strip()


NOT_A_HEADER_ROW = re.compile(r"<w:tblHeader\s+w:val=\"(?:0|false|off)\"\s*/>")
"""Word's "Repeat as header row" turned off, as Google Docs writes it on every row of a
table it saves as Word: mammoth takes the mark for a header row whatever its value, and a
safeguarding policy's cover table printed as six header rows and was said "Name: Version.
ANL Safeguarding Policy: 1."."""
SYMBOL_FONT = r"Wingdings(?: [23])?|Symbol|Webdings"
"""The fonts Word writes text in as the font's own codes (`_symbol_text`)."""
SYMBOL_RUN = re.compile(
    r"<w:r(?:\s[^>]*)?>\s*<w:rPr>(?:(?!</w:rPr>).)*?<w:rFonts\b[^>]*?\sw:(?:ascii|hAnsi)="
    rf"\"({SYMBOL_FONT})\"(?:(?!</w:r>).)*?</w:r>", re.S)
TEXT = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
BOXES = ("☐", "☑", "☒")
"""A form's boxes, empty, ticked and crossed, as print shows them and the voice says them."""
EMPTY_BOXES = str.maketrans(dict.fromkeys("🞎🞏🞐❑❒⬜🗆", "☐") | {"🗹": "☑", "🗷": "☒", "⌧": "☒"})
"""Boxes as Wingdings and Webdings draw them (in `w:sym` or typed in the font,
`_symbol_text`), as a form's check box prints, ☐ or ☒, and is said ("unticked box"): a
Public Health England data agreement's "🞎 Your responsibilities" was a glyph the print
font lacks, given to the voice as it was; a research consent form's boxes to initial,
Webdings' "⬜", were said "white large square", and Wingdings 2's "🗆" nothing."""


PARAGRAPH = re.compile(r"<w:p(?:\s[^>]*)?>.*?</w:p>", re.S)
RUN = re.compile(r"(<w:r(?:\s[^>]*)?>)(\s*<w:rPr>)?", re.S)
STYLE_NAMED = re.compile(r"<w:(p|r)Style\s+w:val=\"([^\"]*)\"")


HEADING_NAME = re.compile(r"(?<![a-z])(sub|section|chapter|main|page)?head(?:ing)?s?(?![a-z])",
                          re.I)
"""A paragraph style named as a heading by a charity's or a council's own template ("HB
sectionhead", "HB subhead", "Leaflet heading"), but not Word's own (`Heading 1`, mapped
already), its page header (`Header`), or its contents' title (`TOC Heading`)."""
NAMED_HEADING_WORDS = 15
"""The most words a paragraph in a style named as a heading may have to be one: a club's
handbook also set five paragraphs of its photograph policy in its "HB subhead" style."""


def named_heading_styles(sheet: ET.Element | None, outlined: set[str]) -> dict[str, int]:
    """`{style id: heading level}` for each paragraph style whose name says it is a heading
    (`HEADING_NAME`) and that is not one Word's navigation lists (`outlined`, from
    `outlined_styles`): 3 for a subheading, else 2. A club's handbook made its headings so,
    and printed and played as one section with no heading at all."""
    if sheet is None:
        return {}
    w = f"{{{NAMESPACES['w']}}}"
    levels = {}
    for style in sheet.iter(f"{w}style"):
        style_id = style.get(f"{w}styleId", "")
        name = style.find(f"{w}name")
        named = name.get(f"{w}val", "") if name is not None else ""
        found = HEADING_NAME.search(named)
        if style.get(f"{w}type") == "paragraph" and found and style_id not in outlined \
                and not re.match(r"(?i)heading \d|toc|toa|index|table|caption", named):
            levels[style_id] = 3 if found.group(1) == "sub" or \
                named.lower().startswith("sub") else 2
    return levels


def inherited(sheet: ET.Element | None, own: Callable[[ET.Element], object]) -> dict:
    """`{style id: value}` for each style of `sheet` that has a value, its own (`own(style)`,
    None for none) or, as Word takes it, that of the style it is based on, through ten
    bases at most."""
    if sheet is None:
        return {}
    w = f"{{{NAMESPACES['w']}}}"
    styles = {style.get(f"{w}styleId"): style for style in sheet.iter(f"{w}style")}

    def value(style_id: str | None, seen: int = 0):
        style = styles.get(style_id)
        if style is None or seen > 10:
            return None
        found = own(style)
        based = style.find(f"{w}basedOn")
        return found if found is not None else \
            value(based.get(f"{w}val"), seen + 1) if based is not None else None

    return {style_id: found for style_id in styles if (found := value(style_id)) is not None}


def outlined_styles(sheet: ET.Element | None) -> set[str]:
    """The paragraph styles Word's navigation lists as headings: Word's own (`Heading1`…)
    and those with an outline level, themselves or through the styles they are based on."""
    w = f"{{{NAMESPACES['w']}}}"
    return set(inherited(sheet, lambda style: True if style.find(
        f"{w}pPr/{w}outlineLvl") is not None or re.fullmatch(
        r"Heading\d", style.get(f"{w}styleId") or "") else None))


def used_heading_levels(levels: dict[str, int], xml: str,
                        outlined: set[str] = frozenset()) -> dict[str, int]:
    """`levels` as the body uses them: subheadings are sections' headings (2) where the
    headings above them head one part or none, as a handbook's one "About the club" does
    over its twenty subheadings, which would have made one section. Word's own headings
    (`outlined`) count among those above: a mentoring handbook's "Subheadings" under each
    mentor's name, a style based on Heading 2, made 147 sections of "Areas of interest"."""
    used = sum(xml.count(f'<w:pStyle w:val="{style_id}"/>') for style_id in
               {*outlined, *(style_id for style_id, level in levels.items() if level == 2)})
    return levels if used > 1 else dict.fromkeys(levels, 2)


def _named_heading(found: re.Match, levels: dict[str, int]) -> str:
    """A paragraph in a style named as a heading (`named_heading_styles`) given Word's
    heading style of its level, when it is short enough to be one (`NAMED_HEADING_WORDS`)
    and no sentence."""
    paragraph = found.group(0)
    style = re.search(r'<w:pStyle\s+w:val="([^"]*)"\s*/>', paragraph)
    if not style or style.group(1) not in levels:
        return paragraph
    words = "".join(TEXT_ONLY.findall(paragraph)).split()
    if not words or len(words) > NAMED_HEADING_WORDS or words[-1].endswith(".") or any(
            word.endswith(".") and len(word) > 4 for word in words):  # "Dr." is no sentence
        return paragraph
    return paragraph.replace(style.group(0),
                             f'<w:pStyle w:val="Heading{levels[style.group(1)]}"/>', 1)


TEXT_ONLY = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def symbol_font_styles(sheet: ET.Element | None) -> dict[str, str]:
    """`{style id: symbol font}` for each paragraph or character style that sets its text
    in a symbol font (`SYMBOL_FONT`), itself or through the style it is based on."""
    w = f"{{{NAMESPACES['w']}}}"

    def font(style: ET.Element) -> str | None:
        named = style.find(f"{w}rPr/{w}rFonts")
        return (named.get(f"{w}ascii") or named.get(f"{w}hAnsi") or None) \
            if named is not None else None

    return {style_id: found for style_id, found in inherited(sheet, font).items()
            if re.fullmatch(SYMBOL_FONT, found)}


def bold_styles(sheet: ET.Element | None) -> set[str]:
    """The paragraph styles whose text Word shows in bold, themselves or through the style
    they are based on, but for the title's and the contents list's: a childcare club's 44
    policies open with their title in a bold style of their own ("Style1"), which mammoth
    read as plain text, and a heading in the middle of the policy was taken for its title."""
    w = f"{{{NAMESPACES['w']}}}"

    def bold(style: ET.Element) -> bool | None:
        found = style.find(f"{w}rPr/{w}b")
        return None if found is None else found.get(f"{w}val", "1") not in ("0", "false", "off")

    paragraphs = {style.get(f"{w}styleId") for style in sheet.iter(f"{w}style")
                  if style.get(f"{w}type") == "paragraph"} if sheet is not None else set()
    return {style_id for style_id, on in inherited(sheet, bold).items() if on
            and style_id in paragraphs and not re.match(r"(?i)title|subtitle|toc", style_id)}


def strong_styles(sheet: ET.Element | None) -> set[str]:
    """The ids of the character styles named "Strong", which mammoth's own style map makes
    bold whatever the run says (`unbolded_strong_runs`)."""
    if sheet is None:
        return set()
    w = f"{{{NAMESPACES['w']}}}"
    return {style.get(f"{w}styleId", "") for style in sheet.iter(f"{w}style")
            if style.get(f"{w}type") == "character"
            and (name := style.find(f"{w}name")) is not None and name.get(f"{w}val") == "Strong"}


RUN_PROPERTIES = re.compile(r"<w:rPr>.*?</w:rPr>", re.S)
BOLD_OFF = re.compile(r"<w:b\s+w:val=\"(?:0|false|off)\"\s*/>")


def unbolded_strong_runs(xml: str, strong: set[str]) -> str:
    """`xml` with the Strong style (`strong_styles`) taken from each run that turns its own
    bold off, as Word shows such a run, in regular weight: mammoth maps the style to bold
    and reads no further, and a university's participant information sheet, 153 runs
    written `<w:rStyle w:val="Strong"/><w:b w:val="0"/>`, printed most of its 9 pages in
    bold. The style gives nothing else mammoth reads."""
    def properties(found: re.Match) -> str:
        block = found.group(0)
        style = STYLE_NAMED.search(block)
        if style is None or style.group(2) not in strong or not BOLD_OFF.search(block):
            return block
        return block[:style.start()] + re.sub(r"^[^>]*>", "", block[style.start():], count=1)

    return RUN_PROPERTIES.sub(properties, xml)


def _paragraph_style(paragraph: str) -> str | None:
    """The id of the style `paragraph` (a `w:p`) names in its properties, if any."""
    properties = re.match(r"<w:p(?:\s[^>]*)?>\s*<w:pPr>.*?</w:pPr>", paragraph, re.S)
    styled = STYLE_NAMED.search(properties.group(0)) if properties else None
    return styled.group(2) if styled else None


def _run_properties(paragraph: str, run: re.Match) -> str:
    """The properties a run of `paragraph` (matched by `RUN`) sets itself ("" if none)."""
    rest = paragraph[run.end():]
    return rest[:rest.index("</w:rPr>")] if run.group(2) else ""


def _styled_bold_runs(paragraph: str, bold: set[str]) -> str:
    """`paragraph` with the bold its style gives (`bold_styles`) written on each run that
    does not set its own, as mammoth reads bold."""
    if _paragraph_style(paragraph) not in bold:
        return paragraph

    def run(found: re.Match) -> str:
        if re.search(r"<w:b\b", _run_properties(paragraph, found)):
            return found.group(0)  # the run's own bold, or its own "not bold", comes first
        return f"{found.group(1)}<w:rPr><w:b/>" + ("" if found.group(2) else "</w:rPr>")

    return RUN.sub(run, paragraph)


def _styled_symbol_runs(paragraph: str, symbol_styles: dict[str, str]) -> str:
    """`paragraph` with the symbol font its runs take from a style (`symbol_styles`) written
    on each run, as `_symbol_text` reads it: the run's own style's, else the paragraph's,
    for a run that names no font of its own."""
    paragraph_font = symbol_styles.get(_paragraph_style(paragraph) or "")

    def run(found: re.Match) -> str:
        own = _run_properties(paragraph, found)
        if re.search(r"<w:rFonts\b[^>]*\sw:(?:ascii|hAnsi)=", own):
            return found.group(0)  # the run's own font, direct formatting, comes first
        style = STYLE_NAMED.search(own)
        font = symbol_styles.get(style.group(2)) if style else paragraph_font
        if font is None:
            return found.group(0)
        return (f'{found.group(1)}<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
                + ("" if found.group(2) else "</w:rPr>"))

    return RUN.sub(run, paragraph)


def _symbol_text(found: re.Match) -> str:
    """A run typed in a symbol font (Wingdings, Symbol, Webdings) with its text as the
    characters Word shows in that font (mammoth's table for `w:sym`): Word writes the
    font's codes, as themselves ("ü") or in the private use area (U+F06F). Section508.gov's
    printable Word checklist marks each answer "U+F06F Yes U+F06F No": the code was given
    to the voice, and it made WeasyPrint write its font with an encoding that text
    extraction cannot read, so that every word in that font, the bold answers and the
    headings, was missing from the PDF's text."""
    font = found.group(1)
    return TEXT.sub(lambda text: text.group(1) + escape(symbol_text(
        unescape(text.group(2)), font)) + text.group(3), found.group(0))



SYMBOL_CHARACTER = re.compile(r"<w:sym\b([^>]*?)/?>(?:</w:sym>)?")
"""A symbol inserted with Word's Insert, Symbol: its font and its code in that font."""


def _unknown_symbol(found: re.Match) -> str:
    """A symbol inserted (`SYMBOL_CHARACTER`) as it is, where mammoth knows the character
    its font shows; else as the text of its code, which `symbol_text` reads as Word shows
    it or, for a code of no known character, prints as the code ("[U+F097]"), with a
    warning to put the symbol itself in its place. Mammoth dropped such a symbol with no
    word: the parental consent form of SocialGouv's children-in-show-business service
    ticks its family situations with Symbol's F097 ("Mariés", "Divorcés"…), and they
    printed and were said as a list of words with nothing to tick."""
    from mammoth.docx.dingbats import dingbats

    attributes = dict(re.findall(r"w:(font|char)=\"([^\"]*)\"", found.group(1)))
    try:
        code = int(attributes.get("char", ""), 16)
    except ValueError:
        return found.group(0)
    font = attributes.get("font", "")
    if (font, code) in dingbats or (font, code - 0xF000) in dingbats:
        return found.group(0)
    return f"<w:t>{escape(symbol_text(chr(code), font))}</w:t>"


def symbol_text(text: str, font: str) -> str:
    """`text` typed in the symbol font `font` as the characters Word shows (`_symbol_text`)."""
    from mammoth.docx.dingbats import dingbats

    def shown(character: str) -> str:
        code = ord(character) - 0xF000 if 0xF020 <= ord(character) <= 0xF0FF else ord(character)
        symbol = dingbats.get((font, code))
        # A space is one in every such font: Symbol's U+F020, between the words of
        # Open-XML-SDK's complex0.docx, printed "[U+F020]", the code of a box.
        return chr(symbol) if symbol and symbol >= 32 else character

    return "".join(map(shown, text))


NUMBER_MARK = "handout-number-"
"""The name of the bookmark `numbered_paragraphs` puts at the start of a numbered
paragraph, followed by its number: mammoth writes it as an anchor, `<a id=...>`."""
UNMARKED_ITEM = f"{NUMBER_MARK}0-u-"
"""The bookmark `numbered_paragraphs` puts at the start of a bulleted paragraph whose bullet
Word does not show as a dot: a space (Word shows nothing), or a box to tick, which is put in
the text. Its list is printed without dots (`numbered_lists`): mammoth's dot was printed
before each item, "• ☐ Unchecked", and before a list Word shows with no mark at all."""
UNMARKED_LIST = re.compile(rf'<ul><li><a id="{UNMARKED_ITEM}"></a>')
LIST_HOLDER = re.compile(r"<ul><li>(?=<[uo]l\b)")
"""The first item of a bulleted list that holds nothing but a list: mammoth nests a list
in one such item for each level Word skips, and the DITAP R4 case study's bullets, at
Word's fourth level under a paragraph, printed "• – › ›" before each first item, the
text three levels in. Of the class `holder`, it shows no bullet, and its list no indent."""

PROPERTY_CHANGE = re.compile(r"<w:pPrChange\b.*?</w:pPrChange>", re.S)
PROPERTY = rf"(?:{PROPERTY_CHANGE.pattern}|(?!</w:pPr>|<w:pPrChange\b).)"
"""A step through a paragraph's properties (`w:pPr`) that passes over a tracked change's
former properties whole: they are a `w:pPr` inside the `w:pPr`, not the paragraph's."""
NUMBERED_PARAGRAPH = re.compile(rf"(<w:p(?:\s[^>]*)?>\s*)(<w:pPr>{PROPERTY}*</w:pPr>)", re.S)


MODERN_COPY = re.compile(r"<mc:Choice\b.*?</mc:Choice>", re.S)
"""The copy of a text box or drawing that Word 2010 and later show (`mc:AlternateContent`),
beside the `mc:Fallback` one that mammoth reads."""


def numbered_paragraphs(xml: str, numbering: ET.Element | None,
                        styles: ET.Element | None) -> str:
    """The body `xml` with each paragraph Word numbers marked with the number Word shows
    (a bookmark named `NUMBER_MARK`, the number, its list type (`LIST_TYPES`) and its
    label, each after a hyphen: "2-1-2.1"), counted
    as Word counts: per list definition (`w:abstractNum`), so a second list of the same
    kind carries on, from each level's start, a level restarting under a new item of the
    level above, and restarting where a list (`w:num`) overrides its start, the first time
    the list reaches that level or one above it. mammoth numbers every list from 1 and
    joins lists that follow each other: a list Word shows as 2, 3, 4 was read as 1, 2, 3,
    and "Restarted to 1" after item 4 was said as 5. Pandoc gives a sub-list a list of its
    own that overrides every level: its first item restarted the list around it too, and a
    committee's agenda went on "1. Consolidación" after item 3's one sub-item, for 4.
    A bullet that is a box to tick (☐, ☒, or a Wingdings box) starts its paragraph, as a
    form's check box does: mammoth printed a dot for each, and pandoc's task_list.docx,
    "☐ Unchecked", "☒ Checked", lost which were ticked. Such an item, and one whose bullet
    is a space, which Word shows as nothing, is marked `UNMARKED_ITEM`, for a list printed
    without a dot (`numbered_lists`)."""
    if numbering is None:
        return xml
    w = f"{{{NAMESPACES['w']}}}"

    def value(element: ET.Element | None, path: str, default: str | None = None):
        found = element.find(path) if element is not None else None
        return found.get(f"{w}val", default) if found is not None else default

    def legal(level: ET.Element) -> bool:  # "legal" numbering: every number in decimal
        found = level.find(f"{w}isLgl")
        return found is not None and found.get(f"{w}val", "1") not in ("0", "false", "off")

    def box(level: ET.Element) -> str | None:  # a bullet that is a box to tick, as shown
        text, font = value(level, f"{w}lvlText", ""), level.find(f"{w}rPr/{w}rFonts")
        font = font.get(f"{w}ascii") or font.get(f"{w}hAnsi") if font is not None else None
        if font and re.fullmatch(SYMBOL_FONT, font):
            text = symbol_text(text, font)
        text = text.translate(EMPTY_BOXES).strip()
        return text if text in BOXES else None

    def definition(level: ET.Element) -> tuple[int, str, str, bool]:
        return (int(value(level, f"{w}start", "1")), value(level, f"{w}numFmt", "decimal"),
                value(level, f"{w}lvlText", ""), legal(level))

    lists = {}  # abstractNumId: {level: (start, format, text, legal)}
    linked = {}  # a numbering style's name: the abstractNumId that defines it
    boxes = {}  # (abstractNumId, level): the box a bullet level shows, ☐ or ☒
    for abstract in numbering.iter(f"{w}abstractNum"):
        key = abstract.get(f"{w}abstractNumId")
        boxes.update(((key, int(level.get(f"{w}ilvl", "0"))), shown)
                     for level in abstract.iter(f"{w}lvl")
                     if value(level, f"{w}numFmt") == "bullet" and (shown := box(level)))
        lists[key] = {int(level.get(f"{w}ilvl", "0")): definition(level)
                      for level in abstract.iter(f"{w}lvl")}
        if value(abstract, f"{w}styleLink"):
            linked[value(abstract, f"{w}styleLink")] = key
    instances = {}  # numId: (abstractNumId, {level: start})
    redefined = {}  # numId: {level: (start, format, text, legal)}
    for instance in numbering.iter(f"{w}num"):
        key = value(instance, f"{w}abstractNumId")
        abstract = numbering.find(f"{w}abstractNum[@{w}abstractNumId='{key}']")
        key = linked.get(value(abstract, f"{w}numStyleLink"), key)
        instances[instance.get(f"{w}numId")] = (key, {
            int(override.get(f"{w}ilvl", "0")): int(value(override, f"{w}startOverride"))
            for override in instance.iter(f"{w}lvlOverride")
            if value(override, f"{w}startOverride") is not None})
        # a level the list defines anew, in place of its definition's (Word 97's list
        # format override): counted with its definition's, shown as its own
        redefined[instance.get(f"{w}numId")] = {
            int(override.get(f"{w}ilvl", "0")): definition(override.find(f"{w}lvl"))
            for override in instance.iter(f"{w}lvlOverride")
            if override.find(f"{w}lvl") is not None}
    by_style = {}  # a paragraph style's id: its own (numId, level)
    for style in (styles.iter(f"{w}style") if styles is not None else ()):
        num_id = value(style, f"{w}pPr/{w}numPr/{w}numId")
        if num_id:
            by_style[style.get(f"{w}styleId")] = (
                num_id, value(style, f"{w}pPr/{w}numPr/{w}ilvl"))
    counters: dict[str, dict[int, int]] = {}
    restarts: dict[tuple[str, int], int] = {}
    started = set()
    # A text box is written twice, for Word 2010 on (`mc:Choice`) and before (`mc:Fallback`),
    # and mammoth reads the second: its list counted in both was numbered on from itself
    # (docling's textbox.docx, a kindergarten's procedure, printed and said "3.", "4." for
    # its only two steps).
    choices = [(choice.start(), choice.end()) for choice in MODERN_COPY.finditer(xml)]

    def mark(found: re.Match) -> str:
        at = bisect.bisect_right(choices, (found.start(), float("inf"))) - 1
        if at >= 0 and choices[at][0] <= found.start() < choices[at][1]:
            return found.group(0)  # its copy in `mc:Fallback` is the one read
        properties = PROPERTY_CHANGE.sub("", found.group(2))
        num_id = re.search(r'<w:numId w:val="(\d+)"', properties)
        level = re.search(r'<w:ilvl w:val="(\d+)"', properties)
        style = re.search(r'<w:pStyle w:val="([^"]*)"', properties)
        num_id, styled_level = (num_id.group(1), None) if num_id else \
            by_style.get(style.group(1) if style else "", (None, None))
        if num_id not in instances:
            return found.group(0)
        key, overrides = instances[num_id]
        level = int(level.group(1) if level else styled_level or 0)
        # a list's override restarts a level the first time the list reaches it, or a
        # level above it: pandoc's sub-list overrides every level, its outer one too, and
        # Word carries the outer count on past it
        for overridden, start in overrides.items():
            if overridden >= level and (num_id, overridden) not in started:
                started.add((num_id, overridden))
                restarts[key, overridden] = start
                counters.get(key, {}).pop(overridden, None)
        levels = lists.get(key, {}) | redefined.get(num_id, {})
        start, kind, text, decimal = levels.get(level, (1, "decimal", "", False))
        count = counters.setdefault(key, {})
        count[level] = count[level] + 1 if level in count else restarts.pop((key, level), start)
        for deeper in [other for other in count if other > level]:
            del count[deeper]
        if kind == "bullet":
            shown = boxes.get((key, level))
            if not shown and text.strip():
                return found.group(0)
            return found.group(0) + f'<w:bookmarkStart w:id="0" w:name="{UNMARKED_ITEM}"/>' + (
                f'<w:r><w:t xml:space="preserve">{shown} </w:t></w:r>' if shown else "")
        label = re.sub(r"%([1-9])", lambda at: number_label(
            count.get(int(at.group(1)) - 1, 1), "decimal" if decimal else levels.get(
                int(at.group(1)) - 1, (1, "decimal"))[1]), text)
        return (f'{found.group(0)}<w:bookmarkStart w:id="0" '
                f'w:name="{NUMBER_MARK}{count[level]}-{LIST_TYPES.get(kind, "1")}-'
                f'{escape(label.strip(), QUOTE)}"/>')

    return NUMBERED_PARAGRAPH.sub(mark, xml)


QUOTE = {'"': "&quot;"}


def number_label(number: int, kind: str) -> str:
    """`number` as Word writes it in a list of the format `kind` (`w:numFmt`): 3 is "c" in
    a lowerLetter list, "III" in an upperRoman one, "03" in a decimalZero one, nothing in
    a list that shows no number."""
    if kind == "none":
        return ""
    if kind in ("lowerLetter", "upperLetter") and number > 0:
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if kind == "upperLetter" else letter
    if kind in ("lowerRoman", "upperRoman") and number > 0:
        roman = roman_numeral(number)
        return roman.upper() if kind == "upperRoman" else roman
    return f"{number:02d}" if kind == "decimalZero" else str(number)


LIST_TYPES = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}
"""Word's list formats (`w:numFmt`) as HTML's list types (`<ol type="a">`), which print and
voice mark the items with; any other is numbered ("1")."""
LIST_STEP = re.compile(
    rf'(<ol>|</li>)<li>(?:<a id="{NUMBER_MARK}(\d+)-(\w)-([^"]*)"></a>)?|<(/?)(ol|ul)>')
LIST_LABELS = {"label-bare": "{}", "label-paren": "{})", "label-parens": "({})"}
"""The labels Word gives a list's items other than its number and a stop ("B."), by the
class of the list that has them, which print, web and EPUB mark so (`label_list_items`): the number alone ("%1",
as apache/poi's NumberingWOverrides.docx marks "B", "C"), with a parenthesis after it
("a)", in Word's own Numbering Library) or around it ("(a)"). Print marked each "B.",
"a.", whatever Word showed. The voice says "B." (`script.list_marker`) as it did, a pause
where print shows none."""


OWN_LABELS = "labelled"
"""The class of a numbered list whose items Word labels in a shape of its own, a level's
number after the level above's ("3.1", "3.2" under "3."), or words ("Article 3"): each
item starts with its label as Word shows it, and print, voice and the other editions add
no number of their own. Numbered from 1 as a list of its own, clause 3.1 of the UT
Regents' Rules printed and was said "1.", and 3.2 "2."."""


def label_class(number: int, kind: str, label: str) -> str | None:
    """The class of `LIST_LABELS` whose label is the one Word shows (`label`) for item
    `number` of a list of HTML's type `kind`, if any."""
    marker = list_marker(number, kind)
    return next((name for name, shape in LIST_LABELS.items()
                 if label == shape.format(marker)), None)


def label_list_items(body: ET.Element) -> None:
    """Each item of a list in `body` whose class is one of `LIST_LABELS` with its label as
    Word shows it ("B", "a)", "(iv)") for its marker, for print, the web page and the EPUB,
    whose markers for a list's type all end in a stop. (Set on the page, after the
    sanitizer, which takes a style out of the reader's HTML.)"""
    for numbered in body.iter("ol"):
        if any(name in LIST_LABELS for name in (numbered.get("class") or "").split()):
            for item, label in zip((i for i in numbered if i.tag == "li"),
                                   list_markers(numbered)):
                item.set("style", f'list-style-type: "{label} "')


def list_markers(numbered: ET.Element) -> list[str]:
    """The marker of each item of the `<ol>` `numbered`, as print shows it: "B", "a)",
    "(iv)" for a list labelled so (`LIST_LABELS`), else its number, letter or Roman numeral
    and a stop ("3.", "c.", "viii.")."""
    shapes = [LIST_LABELS[name] for name in (numbered.get("class") or "").split()
              if name in LIST_LABELS] or ["{}."]
    start = numbered.get("start") or "1"
    first = int(start) if re.fullmatch(r"-?\d+", start) else 1
    count = sum(item.tag == "li" for item in numbered)
    return [shapes[0].format(list_marker(number, numbered.get("type") or "1"))
            for number in range(first, first + count)]


NUMBERED_HEADING = re.compile(rf'(<h[1-6]>)<a id="{NUMBER_MARK}\d+-\w-([^"]+)"></a>')
NUMBER_ANCHOR = re.compile(rf'<a id="{NUMBER_MARK}\d+-[^"]*"></a>')


def numbered_lists(html: str) -> str:
    """mammoth's `html` with each numbered list starting at the number Word shows for its
    first item (`numbered_paragraphs`), and split where Word's numbering restarts or
    jumps, or its marks change ("2." to "B"), within what mammoth made one list, so that
    print and voice give each item
    Word's number, marked as Word marks it (`<ol type="a">`, and a class of `LIST_LABELS`
    where Word's label is not the number and a stop); and each numbered heading
    with its number, as Word shows it ("2.1"),
    which mammoth dropped, though the text refers to it ("see 2.1"); and each bulleted
    list whose bullet Word does not show as a dot (`UNMARKED_ITEM`) with the class
    `unmarked`, printed without one; and each bulleted item that only holds a list, which
    mammoth makes for a level Word skips, of the class `holder` (`LIST_HOLDER`). The marks
    are then taken out."""
    following: list[int | None] = []  # per open list, its next number if it is numbered
    kinds: list[str | None] = []  # per open list, how it marks its items, if known

    def opening(number: int, kind: str | None, labels: str | None) -> str:
        attributes = (f' type="{kind}"' if kind else "") + \
            (f' class="{labels}"' if labels else "") + \
            (f' start="{number}"' if number != 1 else "")
        return f"<ol{attributes}><li>"

    def step(found: re.Match) -> str:
        if found.group(6):  # a list's start or end
            if found.group(5):
                following.pop()
                kinds.pop()
            else:
                following.append(None if found.group(6) == "ul" else 1)
                kinds.append(None)
            return found.group(0)
        expected = 1 if found.group(1) == "<ol>" else following[-1] if following else None
        number = int(found.group(2)) if found.group(2) else expected
        kind = found.group(3)
        label = unescape(found.group(4) or "").strip()
        labels = label_class(number, kind, label) if kind else None
        if kind and not labels and label and label != f"{list_marker(number, kind)}.":
            labels = OWN_LABELS  # "3.1", "Article 3": the label written before the words
        shown = f"{escape(label)} " if labels == OWN_LABELS else ""
        marks = kind and f"{kind} {labels}"  # a label of another shape starts a new list
        if found.group(1) == "<ol>":
            following.append(number + 1)
            kinds.append(marks)
            return opening(number, kind, labels) + shown
        if expected is None:  # an item of a bulleted list
            holds = found.string.startswith(("<ul", "<ol"), found.end())
            return '</li><li class="holder">' if holds and not found.group(2) else found.group(0)
        following[-1] = number + 1
        if number == expected and (marks is None or kinds[-1] in (None, marks)):
            kinds[-1] = kinds[-1] or marks
            return "</li><li>" + shown
        kinds[-1] = marks
        return "</li></ol>" + opening(number, kind, labels) + shown

    html = NUMBERED_HEADING.sub(r"\1\2 ", LIST_STEP.sub(step, html))
    html = UNMARKED_LIST.sub('<ul class="unmarked"><li>', html)
    html = LIST_HOLDER.sub('<ul><li class="holder">', html)
    return NUMBER_ANCHOR.sub("", html)


DROP_DOWN = re.compile(r'<w:fldChar\b[^>]*\sw:fldCharType="begin"[^>]*(?<!/)>'
                       r'(?:(?!</w:fldChar>).)*?<w:ddList>(.*?)</w:ddList>.*?</w:fldChar>'
                       r'(.*?w:fldCharType="end")', re.S)


def _chosen_entry(found: re.Match) -> str:
    """A drop-down form field (FORMDROPDOWN) with the entry chosen in it (`w:result`, else
    `w:default`, else the first) as its text, after its start: Word shows the entry from
    the field's data, and mammoth, finding no text, left "Preferred time:" with nothing.
    A field that holds its result already (after a `separate`) is left as it is."""
    choices, rest = found.group(1), found.group(2)
    entries = re.findall(r'<w:listEntry\b[^>]*\sw:val="([^"]*)"', choices)
    chosen = re.search(r'<w:(?:result|default)\b[^>]*\sw:val="(\d+)"', choices)
    index = int(chosen.group(1)) if chosen else 0
    if 'w:fldCharType="separate"' in rest or not entries:
        return found.group(0)
    text = entries[index] if index < len(entries) else entries[0]
    start = found.group(0)[:found.start(2) - found.start()]
    return f'{start}<w:t xml:space="preserve">{text}</w:t>{rest}'


DIAGRAM = re.compile(r"<w:p(?:\s[^>]*)?>(?:(?!</w:p>).)*?<dgm:relIds\b[^>]*?\sr:dm=\"([^\"]+)\""
                     r"(?:(?!</w:p>).)*?</w:p>", re.S)
CHART = re.compile(r"<w:drawing>(?:(?!</w:drawing>).)*?<a:graphicData\b[^>]*\buri=\"[^\"]*/"
                   r"(?:chart|chartex)\"(?:(?!</w:drawing>).)*?</w:drawing>", re.S)
CHART_MARK = "\u2063chart\u2063"
"""What stands for a Word chart in the text mammoth reads, around its description
(`_chart_mark`); `read_word` makes it a picture with no source, which prints as a box
holding the description and is said."""


def _chart_mark(found: re.Match, archive: zipfile.ZipFile) -> str:
    """A chart (Word's own, drawn from its data), as text marked `CHART_MARK` around its
    description: its alt text, else its title. mammoth drops a chart without a word: a
    sample document's two pie charts, described, were neither printed nor said."""
    docpr = re.search(r"<wp:docPr\b[^>]*>", found.group(0))
    described = re.search(r'\s(?:descr|title)="([^"]+)"', docpr.group(0)) if docpr else None
    words = unescape(described.group(1)) if described else ""
    chart = re.search(r'<c(?:x)?:chart\b[^>]*\br:id="([^"]+)"', found.group(0))
    name = related_parts(archive, main_part(archive)).get(chart.group(1), "") if chart else ""
    if not words.strip() and name in archive.namelist():
        title = ET.fromstring(archive.read(name)).find(f".//{{{DRAWING_NS}chart}}title")
        words = "".join(title.itertext()) if title is not None else ""
    return f"<w:t xml:space=\"preserve\">{CHART_MARK}{escape(' '.join(words.split()))}" \
        f"{CHART_MARK}</w:t>"


DIAGRAM_TEXT = "HandoutDiagramText"
"""The style of the paragraphs `_diagram_text` makes, which are not Word's paragraphs."""
DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/"


def _diagram_text(found: re.Match, archive: zipfile.ZipFile) -> str:
    """A paragraph holding a SmartArt diagram, followed by a paragraph for each line of
    text in the diagram, in the order of its outline (Word's Text Pane), the diagram
    itself taken out. mammoth drops a SmartArt without a word: a pyramid of three steps
    under "Diagram after:" was nothing, and a handout that was one SmartArt had "no
    text"."""
    name = related_parts(archive, main_part(archive)).get(found.group(1), "")
    if name not in archive.namelist():
        return found.group(0)
    model = ET.fromstring(archive.read(name))
    dgm, a = f"{{{DRAWING_NS}diagram}}", f"{{{DRAWING_NS}main}}"
    points = {point.get("modelId"): point for point in model.iter(f"{dgm}pt")}
    children: dict[str, list[tuple[int, str]]] = {}
    for link in model.iter(f"{dgm}cxn"):
        if link.get("type", "parOf") == "parOf":
            children.setdefault(link.get("srcId"), []).append(
                (int(link.get("srcOrd", "0")), link.get("destId")))
    lines = []

    def gather(key: str, seen: set) -> None:
        for _, child in sorted(children.get(key, [])):
            point = points.get(child)
            if child in seen or point is None or \
                    point.get("type", "node") not in ("node", "asst"):
                continue
            seen.add(child)
            for line in point.iter(f"{a}p"):
                words = "".join(text.text or "" for text in line.iter(f"{a}t")).strip()
                if words:
                    lines.append(words)
            gather(child, seen)

    for key, point in points.items():
        if point.get("type") == "doc":
            gather(key, {key})
    paragraph = re.sub(r"<w:drawing>(?:(?!</w:drawing>).)*?<dgm:relIds\b.*?</w:drawing>", "",
                       found.group(0), flags=re.S)
    return paragraph + "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{DIAGRAM_TEXT}"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{escape(line)}</w:t></w:r></w:p>" for line in lines)


DECORATIVE_PICTURE = re.compile(
    r'<wp:docPr\b([^>]*?)(?<!/)>((?:(?!</wp:docPr>).)*?<\w+:decorative\b[^>]*\bval="(?:1|true|on)"'
    r'(?:(?!</wp:docPr>).)*)</wp:docPr>', re.S)
"""A picture's properties holding Word's "Mark as decorative" (`adec:decorative`, the
accessibility checker's own fix for a picture that only decorates: a border, a logo
beside the name it shows, Easy Read's pictures beside their sentences)."""

DECORATIVE = "handout:decorative"
"""The description a decorative picture is given for mammoth to pass on (`_picture_source`
makes it HTML's `alt=""`, `images.is_decorative`): mammoth reads none of Word's mark."""


def _decorative_description(found: re.Match) -> str:
    attributes = re.sub(r'\s(?:descr|title)="[^"]*"', "", found.group(1))
    return f'<wp:docPr{attributes} descr="{DECORATIVE}">{found.group(2)}</wp:docPr>'


VML_PICTURE = re.compile(r"<w:pict\b[^>]*>.*?</w:pict>", re.S)
WORDART = re.compile(r"<w:pict\b[^>]*>(?:(?!</w:pict>).)*?<v:textpath\b[^>]*\sstring=.*?</w:pict>",
                     re.S)
WORDART_STRING = re.compile(r"<v:textpath\b[^>]*\sstring=\"([^\"]*)\"")


EMBEDDED_WORKSHEET = re.compile(r'<w:object\b(?=(?:(?!</w:object>).)*?\sProgID="Excel\.Sheet)',
                                re.S)
"""An Excel worksheet embedded in the document (an OLE object, `w:object`, holding its
cells and a picture of them, an EMF, which is what mammoth reads): apache/poi's
EmbeddedDocument.docx printed and said "Picture not available", and the note said to save
the picture as a PNG, which would still hold none of its cells for the voice."""
WORKSHEET_MARK = "handout-worksheet"
"""The name of the bookmark `readable_part` puts before an embedded worksheet, so that its
picture is noted as the worksheet it shows (`_Inspection.walk`); `read_word` takes the
anchor mammoth writes for it out."""


def _wordart_text(found: re.Match) -> str:
    """A WordArt (a VML shape whose text follows a path, `v:textpath`, as Word 2003-2007
    wrote it) as its words, where it stands, as Word's "Convert to text" reads it: mammoth
    dropped it without a word, and an open day's "Saturday 10 May, 10am to 4pm", set in
    WordArt, was neither printed nor said. A shape that also holds a picture or a text box
    is left as it is."""
    vml = found.group(0)
    if "<v:imagedata" in vml or "<w:txbxContent" in vml:
        return vml
    words = " ".join(unescape(" ".join(WORDART_STRING.findall(vml))).split())
    return f'<w:t xml:space="preserve"> {escape(words)} </w:t>'


def _inline_picture(found: re.Match) -> str:
    """A VML picture (`w:pict`, as Word 2007-2010 and converted .doc files write one) as
    the DrawingML picture mammoth reads, in its place and with its description: the shape's
    `alt`, else the picture's title. mammoth moved a VML picture after its paragraph and
    left its description out, so it was never said and `check` called it undescribed. A
    shape holding a text box, or more than one picture, is left as it is."""
    vml = found.group(0)
    pictures = re.findall(r'<v:imagedata\b[^>]*\sr:id="([^"]*)"', vml)
    if len(pictures) != 1 or "<w:txbxContent" in vml:
        return vml
    alt = re.search(r'<v:shape\b[^>]*\salt="([^"]*)"', vml)
    title = re.search(r'<v:imagedata\b[^>]*\so:title="([^"]*)"', vml)
    description = (alt.group(1) if alt and alt.group(1).strip() else
                   title.group(1) if title else "")
    return ('<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            f'wordprocessingDrawing"><wp:docPr id="0" name="Picture" descr="{description}"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships" r:embed="{pictures[0]}"/></pic:blipFill></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing>')


DROP_CAP = re.compile(
    rf"(<w:p(?:\s[^>]*)?>\s*<w:pPr>{PROPERTY}*?<w:framePr\b[^>]*"
    rf"\sw:dropCap=\"(?:drop|margin)\"{PROPERTY}*</w:pPr>)((?:(?!</w:p>).)*)</w:p>"
    rf"(\s*<w:p(?:\s[^>]*)?>(?:\s*<w:pPr>{PROPERTY}*</w:pPr>)?)", re.S)
"""A drop cap: the paragraph's first letter, large, in a frame of its own (`w:framePr`
with `w:dropCap`), which Word keeps as a paragraph before the rest. mammoth read "D" and
"rop cap." as two paragraphs, said apart; the letter is put back at the start of the
paragraph after it, and its own paragraph, emptied, is kept for Word's count."""

EMBEDDING = re.compile(r"</?w:(?:dir|bdo)\b[^>]*>")
"""The tags of a right-to-left embedding or override (`w:dir`, `w:bdo`), which Word writes
around Arabic or Hebrew words in other text: mammoth dropped them with their words."""

RUBY = re.compile(r"<w:ruby\b.*?</w:ruby>", re.S)
CARRIAGE_RETURN = re.compile(r"<w:cr\s*/>")
SPACING = re.compile(
    r'<w:tab\s*/>|<w:ptab\b[^>]*/>|<w:br\b[^>]*\sw:type="(?:page|column)"[^>]*/>')
"""A tab (`w:tab`, `w:ptab`), and a page or column break inside a paragraph: where Word
moves on to a tab stop, a page or a column, large print only reflows, and mammoth left
nothing, so "Name:Jane", or a tab character. HTML prints a tab as a space, but the tab was
kept in what is made of the text: a heading "Part 1<tab>Before you come" was a bookmark
`check` could not match and an MP3 title with a tab, and a Title paragraph lost it
("Part 1Before you come"). (A tab stop, `w:tab` with a position, is left alone.)"""
SPACE = '<w:t xml:space="preserve"> </w:t>'
TAB = '<w:t xml:space="preserve">\t</w:t>'
"""A tab as a character: a space once read (`read_word`), but in a line of code four
(`code_paragraphs`), where it indents."""


OUTLINE_LEVEL = re.compile(r'<w:outlineLvl\s+w:val="([0-5])"\s*/>')
WORDS_BEFORE_A_PASTED_TITLE = 60
"""Words before a Title paragraph that make it a heading where it stands, not the title: a
page of a form (a club's registration form, some 300 words, before its allergy plan's
title), not a letterhead's name and address over the title (some 20)."""
TITLE_HEADING = "HandoutTitleHeading"
"""The style id `take_title` marks a Title paragraph with that is a heading where it
stands, not the handout's title."""
HEADING_STYLE = re.compile(r'<w:pStyle\s+w:val="(?:[Hh]eading\d|Title|Subtitle)[^"]*"\s*/>')


BROKEN_SENTENCE = re.compile(r"<p>((?:(?!</?p\b).)*?[a-z,;])\s*</p>"
                             r"(?=\s*<p>\s*(?![a-z][.)]\s|[ivx]+[.)]\s)[a-z])", re.S)
"""A paragraph ending with no stop before one in lower case that is no answer lettered by
hand ("a.<tab>True, Helpful…", "b) Respect": a quiz's options ran into its question), its
spaces before the lower case passed over ("(if" over "     transferring)")."""


def joined_broken_sentences(html: str) -> str:
    """`html` with each sentence broken over paragraphs, as notes pasted from an e-mail or
    a PDF are, a paragraph a line, in one: "has a new undergraduate course and" over "would
    like to hear more…" was said as separate sentences with a paragraph's pause between. A
    line's worth of words (six or more) with no stop at its end, followed by a paragraph
    that opens in lower case, goes on with it; a table cell's one-word paragraphs, "table"
    over "table row", are a list."""
    joint, open_end = "\x01", "\x00"  # where lines were joined; a paragraph left open

    def joined(found: re.Match) -> str:
        line = re.sub(r"<[^>]+>", "", found.group(1)).rsplit(joint, 1)[-1]
        return f"<p>{found.group(1)}{open_end}" if len(line.split()) >= 6 else found.group(0)

    while True:
        joined_html = re.sub(rf"{open_end}\s*<p>", joint, BROKEN_SENTENCE.sub(joined, html))
        if joined_html == html:
            return html.replace(joint, " ")
        html = joined_html


def _outlined_heading(found: re.Match) -> str:
    """A paragraph whose own properties give it an outline level (Paragraph, Outline level
    "Level 1" in Word, or text pasted from a web page's headings), as that level's heading
    style: Word's navigation pane lists it as a heading, but mammoth reads outline levels
    from styles alone, and a forest school's safeguarding policy, eleven headings so made,
    printed and played as one section. Not a list item that is a sentence: a competition's
    rules, pasted from a web page, had three "a) Odbędzie się w Orlando…" items at an
    outline level, and they became sections named by whole sentences. Nor a paragraph too
    long to be a heading (`NAMED_HEADING_WORDS`): a study's information sheet, pasted with
    its outline levels, printed a two-page contents of its whole paragraphs."""
    properties = found.group(2)
    level = OUTLINE_LEVEL.search(PROPERTY_CHANGE.sub("", properties))
    if not level or HEADING_STYLE.search(PROPERTY_CHANGE.sub("", properties)):
        return found.group(0)
    end = found.string.find("</w:p>", found.end())
    words = "".join(re.findall(r"<w:t\b[^>]*>([^<]*)</w:t>", found.string[found.end():end]))
    count = len(words.split())
    if count > NAMED_HEADING_WORDS or "<w:numPr>" in properties and (
            words.rstrip().endswith((".", ";")) or count > 12):  # a question heads a part
        return found.group(0)
    style = f'<w:pStyle w:val="Heading{int(level.group(1)) + 1}"/>'
    own = re.sub(r'<w:pStyle\s+w:val="[^"]*"\s*/>', "", properties, count=1)
    return found.group(1) + own.replace("<w:pPr>", f"<w:pPr>{style}", 1)


def _ruby_base(found: re.Match) -> str:
    """A ruby (`w:ruby`: furigana, the reading set small above its words) as its words,
    the text of its `w:rubyBase`: mammoth dropped both, and the kanji are the words."""
    base = re.search(r"<w:rubyBase\b.*?</w:rubyBase>", found.group(0), re.S)
    return "".join(re.findall(r"<w:t\b[^>]*>[^<]*</w:t>", base.group(0) if base else ""))


SIMPLE_FIELD = re.compile(r"<w:fldSimple\b([^>]*?)(/?)>|</w:fldSimple>")


def _complex_field(found: re.Match) -> str:
    """One tag of a simple field (`w:fldSimple`, which holds its result as runs) as the
    same tag of a complex field (`w:fldChar` begin, `w:instrText`, separate, the runs, end).
    mammoth drops a simple field whole: a Danish mail-merge letter read "Du, , tiltræder",
    and a caption "Table ."; as a complex field its result is read, a HYPERLINK as a link."""
    if found.group(0) == "</w:fldSimple>":
        return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    if found.group(2):
        return ""  # a field with no result shows nothing
    instruction = re.search(r"\sw:instr=([\"'])(.*?)\1", found.group(1))
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            f'xml:space="preserve">{instruction.group(2) if instruction else ""}</w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')


FIELD_CODE = re.compile(r'(<w:fldChar\b[^>]*\sw:fldCharType="begin"[^>]*>)'
                        r'((?:(?!w:fldCharType=").)*?)'
                        r'(?=<w:fldChar\b[^>]*\sw:fldCharType="separate")', re.S)
"""A field's code: from its start to its result, with no other field's in between."""
INSTRUCTION = re.compile(r"(<w:instrText\b[^>]*>)([^<]*)(</w:instrText>)")
LINK_SWITCH = re.compile(r'\\([lotmn])(?:\s+(?:"([^"]*)"|(\S+)))?')


def _plain_hyperlink(found: re.Match) -> str:
    """A field's code, if it is a link (HYPERLINK), as mammoth reads it: the address, then
    the place in it (`\\l`) after a "#", its other switches (a tip shown on hovering,
    `\\o`; a window, `\\t`) left out. mammoth took all that followed the address for it:
    pandoc's instrText_hyperlink.docx linked "Foundations of Analysis" to
    '...pg=PA19" \\l "v=onepage&q&f=true', and printed that address after it, and a
    Wikipedia page pasted into Word (apache/poi's delins.docx, 45690.docm) had '" \\o
    "Tilaka' in each of its links' addresses. The code split into several runs is put in
    the first."""
    parts = INSTRUCTION.findall(found.group(2))
    code = unescape("".join(part[1] for part in parts))
    link = re.match(r'\s*HYPERLINK\s+(?:"([^"]*)"|([^\\\s]\S*))?', code)
    if not link:
        return found.group(0)
    address = link.group(1) if link.group(1) is not None else link.group(2) or ""
    place = next((quoted or bare for switch, quoted, bare in
                  LINK_SWITCH.findall(code[link.end():]) if switch == "l"), None)
    if place and address:
        plain = f'HYPERLINK "{address}#{place}"'
    elif place:
        plain = f'HYPERLINK \\l "{place}"'
    else:
        plain = f'HYPERLINK "{address}"'
    emptied = INSTRUCTION.sub(r"\1\3", found.group(2))
    return found.group(1) + INSTRUCTION.sub(
        lambda part: part.group(1) + escape(plain) + part.group(3), emptied, count=1)


STYLE = re.compile(rb"<w:style(\s[^>]*)?(/>|>.*?</w:style>)", re.S)


def _readable_style(found: re.Match) -> bytes:
    """A style as mammoth can read it. The standard lets a style leave out its type (it is
    then a paragraph style), and Word reads one without an id (nothing can name it); mammoth
    stopped on either, and a clinical protocol saved by Word was "not a Word document"."""
    attributes = found.group(1) or b""
    if b"w:styleId=" not in attributes:
        return b""
    if b"w:type=" not in attributes:
        return b'<w:style w:type="paragraph"' + found.group(0)[len(b"<w:style"):]
    return found.group(0)


PLACEHOLDER = re.compile(
    r"<w:sdt>(?:(?!<w:sdt>|</w:sdt>).)*?<w:showingPlcHdr\s*/>(?:(?!<w:sdt>|</w:sdt>).)*?</w:sdt>",
    re.S)
"""A form's content control still showing its placeholder ("Click or tap to enter a date."),
which is Word's prompt to whoever fills the form in, not the handout's words."""
RUN_ELEMENT = re.compile(r"<w:r(?:\s[^>]*)?>.*?</w:r>", re.S)


def _unfilled(found: re.Match) -> str:
    """A content control showing its placeholder (`PLACEHOLDER`) without the placeholder's
    words, but with the paragraphs, table cells or rows it holds: apache/poi's
    tika-3816.docx has a drop-down ("Choose an item.") that is a whole table cell, and
    taking the cell out moved "Here is just a sample" from the Details column to Note."""
    content = re.search(r"<w:sdtContent>(.*)</w:sdtContent>", found.group(0), re.S)
    return RUN_ELEMENT.sub("", content.group(1)) if content else ""

EQUATION = re.compile(r"<m:oMathPara\b.*?</m:oMathPara>|<m:oMath\b.*?</m:oMath>", re.S)
MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
DELETED_MATH = re.compile(r"<w:(del|moveFrom)\b[^>]*(?<!/)>.*?</w:\1>", re.S)
"""Text deleted from an equation while changes were tracked (`w:del` around an `m:t`, or
moved away): Word shows the equation without it, and mammoth's own reading of deletions
never sees an equation. Open-Xml-PowerTools' test of a deleted "2" was "A=2πr^2", printed
and said, where Word shows "A=πr^2"."""


def _equation_run(xml: str) -> str:
    """A Word run holding the text of the equation `xml` (an `m:oMath` or `m:oMathPara`),
    without what was deleted from it (`DELETED_MATH`)."""
    xml = DELETED_MATH.sub("", xml)
    opening = xml[:xml.index(">")]
    missing = "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in
                      (("m", MATH), ("w", NAMESPACES["w"])) if f"xmlns:{prefix}=" not in opening)
    declared = xml.replace(">", f"{missing}>", 1)
    try:
        said = equation_text(ET.fromstring(declared))
    except ET.ParseError:  # a prefix declared elsewhere: its text, without its shape
        said = "".join(re.findall(r"<m:t(?:\s[^>]*)?>([^<]*)</m:t>", xml))
    said = raised_and_lowered_digits(said)
    return f'<w:r><w:t xml:space="preserve">{escape(" ".join(said.split()))}</w:t></w:r>'


def raised_and_lowered_digits(linear: str) -> str:
    """An equation's powers and indexes of digits raised and lowered, as print sets them
    and as the TeX of Markdown's maths becomes (`generators.plain_maths`): a leaflet's BMI
    printed "(height in m)^2" and was said "(height in m) 2", and an integral from 0 to 1
    printed "∫_0^1 x"."""
    from handout.read.generators import SUBSCRIPT, SUPERSCRIPT

    linear = re.sub(r"_(?:\((\d+)\)|(\d+)(?![\w.(]))",
                    lambda found: (found[1] or found[2]).translate(SUBSCRIPT), linear)
    return re.sub(r"\^(?:\(([-+]?\d+)\)|([-+]?\d+)(?![\w.(]))",
                  lambda found: (found[1] or found[2]).translate(SUPERSCRIPT), linear)


def equation_text(element: ET.Element) -> str:
    """An equation (Office Math) as one line of text, as Word's own linear format writes
    it: "(a)/(b)" for a fraction, "x^2" and "x_1" for scripts, "√(x)", "∑_(k=0)^n"."""
    def part(name: str) -> str:
        found = element.find(f"{{{MATH}}}{name}")
        return equation_text(found) if found is not None else ""

    def grouped(text: str) -> str:
        return text if len(text) <= 1 else f"({text})"

    tag = element.tag.rsplit("}", 1)[-1]
    if tag == "t":
        return element.text or ""
    if tag == "f":
        return f"{grouped(part('num'))}/{grouped(part('den'))}"
    if tag in ("sSup", "sSub", "sSubSup", "sPre", "nary", "limLow", "limUpp"):
        base = part("e")
        if tag == "nary":
            sign = element.find(f"{{{MATH}}}naryPr/{{{MATH}}}chr")
            base = (sign.get(f"{{{MATH}}}val") if sign is not None else "∫") + \
                (f"_{grouped(part('sub'))}" if part("sub") else "") + \
                (f"^{grouped(part('sup'))}" if part("sup") else "") + f" {base}"
            return base
        below = part("sub") or part("lim") if tag != "limUpp" else ""
        above = part("sup") or (part("lim") if tag == "limUpp" else "")
        return base + (f"_{grouped(below)}" if below else "") + \
            (f"^{grouped(above)}" if above else "")
    if tag == "rad":
        degree = part("deg")
        return f"√({part('e')})" if not degree else f"√({degree}&{part('e')})"
    if tag == "d":
        opening = element.find(f"{{{MATH}}}dPr/{{{MATH}}}begChr")
        closing = element.find(f"{{{MATH}}}dPr/{{{MATH}}}endChr")
        inner = ",".join(equation_text(e) for e in element.findall(f"{{{MATH}}}e"))
        return (opening.get(f"{{{MATH}}}val") if opening is not None else "(") + inner + \
            (closing.get(f"{{{MATH}}}val") if closing is not None else ")")
    if tag.endswith("Pr"):
        return ""  # properties: fonts, the shape of brackets
    return "".join(equation_text(child) for child in element)


def _styles(archive: zipfile.ZipFile) -> ET.Element | None:
    """The document's style sheet (`word/styles.xml`), parsed, if it has one."""
    if "word/styles.xml" not in archive.namelist():
        return None
    return ET.fromstring(archive.read("word/styles.xml"))


def heading_styles(sheet: ET.Element | None) -> str:
    """Style-map lines for a template's own heading styles: a paragraph style with an
    outline level, its own or one it is based on ("Leaflet Heading", based on Heading 1),
    is that level's heading, as Word's navigation pane shows it. Without them a clinic's
    template gave one section, and no warning, for a leaflet of five."""
    if sheet is None:
        return ""
    w = f"{{{NAMESPACES['w']}}}"
    styles = {}
    for style in sheet.iter(f"{w}style"):
        if style.get(f"{w}type") != "paragraph":
            continue
        name = style.find(f"{w}name")
        based = style.find(f"{w}basedOn")
        level = style.find(f"{w}pPr/{w}outlineLvl")
        styles[style.get(f"{w}styleId")] = (
            name.get(f"{w}val") if name is not None else "",
            based.get(f"{w}val") if based is not None else None,
            int(level.get(f"{w}val")) if level is not None else None)

    def outline(style_id: str | None, seen: int = 0) -> int | None:
        if style_id not in styles or seen > 10:
            return None
        built_in = re.fullmatch(r"Heading([1-6])", style_id)
        if built_in:
            return int(built_in.group(1)) - 1
        _, based, level = styles[style_id]
        return level if level is not None else outline(based, seen + 1)

    lines = []
    for style_id, (name, _, _) in styles.items():
        level = outline(style_id)
        if level is not None and level < 6 and name and "'" not in name \
                and not re.fullmatch(r"(?i)heading \d|title|subtitle|toc.*", name):
            lines.append(f"p[style-name='{name}'] => h{level + 1}:fresh")
    return "\n" + "\n".join(lines) if lines else ""


def _picture_source(image) -> dict[str, str]:
    """A picture embedded as a `data:` URL, or no source (a box) if print cannot show it;
    one marked as decorative (`DECORATIVE`) with HTML's `alt=""`."""
    import base64

    decorative = {"alt": ""} if image.alt_text == DECORATIVE else {}
    if image.content_type not in PRINTABLE_PICTURES:
        return decorative
    with image.open() as stream:
        data = base64.b64encode(stream.read()).decode("ascii")
    return {"src": f"data:{image.content_type};base64,{data}", **decorative}


def _properties(archive: zipfile.ZipFile, styles: ET.Element | None) -> dict[str, str]:
    """The document's Title property and language (`lang`), the default languages
    of its styles for Latin, right-to-left and East Asian text (`lang_val`, `lang_bidi`,
    `lang_eastAsia`: the document defaults', else the default paragraph style's), and the
    language most of its text is marked in (`lang_text`, `text_language`)."""
    found = {}
    marked = text_language(archive.read(main_part(archive)), styles)
    if marked:
        found["lang_text"] = marked
    if "docProps/core.xml" in archive.namelist():
        core = ET.fromstring(archive.read("docProps/core.xml"))
        title = core.findtext("dc:title", "", NAMESPACES).strip()
        if title:
            found["title"] = title
        lang = core.findtext("dc:language", "", NAMESPACES).strip()
        if lang:
            found["lang"] = lang
    if styles is not None:
        normal = styles.find("w:style[@w:type='paragraph'][@w:default='1']", NAMESPACES)
        for settings in (styles.find("w:docDefaults//w:lang", NAMESPACES),
                         normal.find(".//w:lang", NAMESPACES) if normal is not None else None):
            for kind in ("val", "bidi", "eastAsia"):  # the default style's win
                value = settings.get(f"{{{NAMESPACES['w']}}}{kind}") \
                    if settings is not None else None
                if value:
                    found[f"lang_{kind}"] = value
    return found


def text_language(xml: bytes, styles: ET.Element | None = None) -> str | None:
    """The language more than half the letters of the document's text are marked in, if
    one is: what Word's Review, Language shows for that text, which overrides the
    document's default. Word marks the language of text as it is typed or set, and its
    default is often that of Word itself: docx4j's Convert_Out, written in a German Word, is
    in English, its text marked en-US, and was narrated in German. A run's language is its
    own `w:lang`, else its character style's, else its paragraph's style's (as Word takes
    it, through the styles each is based on): a French rectorate's letter template, its
    text in styles marked fr-FR over an en-US default, was narrated in English. Letters
    marked in no language are in Word's default, which nobody chose: where a quarter of the
    letters or more are marked, the language most of those are marked in is the text's if
    the text reads as that language (a French union's guide, 145 runs marked fr-FR, the rest
    not at all, was read in English; an English leaflet with its Spanish third marked es-ES
    stays English)."""
    try:
        body = ET.fromstring(xml)
    except ET.ParseError:
        return None
    w = NAMESPACES["w"]
    marked = _style_languages(styles)
    paragraph_of = {child: parent for parent in body.iter() for child in parent}
    letters: dict[str | None, int] = {}
    for run in body.iter(f"{{{w}}}r"):
        count = sum(c.isalpha() for t in run.iter(f"{{{w}}}t") for c in t.text or "")
        mark = run.find(f"{{{w}}}rPr/{{{w}}}lang")
        lang = mark.get(f"{{{w}}}val") if mark is not None else None
        if lang is None:
            paragraph = paragraph_of.get(run)
            while paragraph is not None and paragraph.tag != f"{{{w}}}p":
                paragraph = paragraph_of.get(paragraph)
            style = run.find(f"{{{w}}}rPr/{{{w}}}rStyle")
            own = paragraph.find(f"{{{w}}}pPr/{{{w}}}pStyle") if paragraph is not None else None
            lang = marked.get(style.get(f"{{{w}}}val") if style is not None else None) or \
                marked.get(own.get(f"{{{w}}}val") if own is not None else None,
                           marked.get(None))
        letters[lang] = letters.get(lang, 0) + count
    marked = max((lang for lang in letters if lang), key=letters.__getitem__, default=None)
    total, explicit = sum(letters.values()), sum(letters.values()) - letters.get(None, 0)
    if marked and letters[marked] * 2 > total:
        return marked
    if marked and explicit * 4 >= total and letters[marked] * 2 > explicit:
        from handout.language import reads_as

        text = " ".join(t.text or "" for t in body.iter(f"{{{w}}}t"))
        if reads_as(text) == marked.split("-")[0].lower():
            return marked
    return None


def _style_languages(styles: ET.Element | None) -> dict[str | None, str]:
    """The language (`w:lang`'s `w:val`) each style marks its text in, its own or that of
    the style it is based on; under None, that of the default paragraph style."""
    if styles is None:
        return {}
    w = f"{{{NAMESPACES['w']}}}"

    def language(style: ET.Element) -> str | None:
        mark = style.find(f"{w}rPr/{w}lang")
        return (mark.get(f"{w}val") or None) if mark is not None else None

    languages: dict[str | None, str] = inherited(styles, language)
    default = next((style.get(f"{w}styleId") for style in styles.iter(f"{w}style")
                    if style.get(f"{w}type") == "paragraph"
                    and style.get(f"{w}default") in ("1", "true", "on")), None)
    if default in languages:
        languages[None] = languages[default]
    return languages


RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def document_language(properties: dict[str, str], html: str) -> tuple[str | None, bool]:
    """The handout's language, and whether its author chose it: the document's own, else
    the one Word keeps for the script its text is in. Word keeps three defaults: for Latin
    text (`w:val`, often the language of Word itself), right-to-left text (`w:bidi`) and
    East Asian text (`w:eastAsia`). A Hebrew leaflet written in an English Word was
    `en-US`, and was read by the English voice and printed from the left; it is `he-IL`,
    its right-to-left default. Text in Latin letters is in the language most of it is
    marked in (`text_language`), else the default, which nobody chose: the project's `lang`
    comes before it (a French public body's forms, from an en-US template and marked in no
    language, were read by the English voice with `lang = "fr"` set for their folder).
    The document's language property (`dc:language`) comes first, but for text marked in
    another language: LibreOffice writes its own interface's there, and a French club's
    rules (sweep CB, fr-pginfo-reglement), marked fr-FR throughout, were read by the English
    voice for its `en-US`."""
    given, marked = properties.get("lang"), properties.get("lang_text")
    if given and not (marked and marked.split("-")[0].lower() != given.split("-")[0].lower()):
        return given, True
    text = re.sub(r"<[^>]+>", " ", html)
    letters = sum(character.isalpha() for character in text) or 1
    for pattern, kind in ((RIGHT_TO_LEFT, "lang_bidi"), (EAST_ASIAN, "lang_eastAsia")):
        if properties.get(kind) and len(pattern.findall(text)) > letters / 2:
            return properties[kind], True
    if properties.get("lang_text"):
        return properties["lang_text"], True
    return properties.get("lang_val"), False


COVER_LINES = 3
"""The fewest lines of a cover's title typed in large bold type (`cover_title`): a title of
one or two bold lines is the text's own (`document.take_title`)."""


def cover_title(document, body: float):
    """`document` with the title its cover types on `COVER_LINES` lines or more in no Title
    style, each centred, bold and large (`LARGE_TEXT`), as one Title paragraph, its first
    line and the rest joined by a colon: "University of Cincinnati: CubeCats Bylaws". A
    student club's bylaws exported from Google Docs (sweep CK) were titled "University of
    Cincinnati: CubeCats", "Bylaws" left as the first line of text, and check told its
    author to make both lines headings. The lines after the first are left empty, so that
    paragraphs keep the numbers Word gives them."""
    import mammoth.documents as docs

    children = list(document.children)
    start = next((n for n, child in enumerate(children) if _text(child).strip()), 0)
    lines = 0
    for child in children[start:]:
        words = " ".join(_text(child).split())
        if not (isinstance(child, docs.Paragraph) and child.alignment == "center"
                and 0 < len(words) <= FAKE_HEADING_CHARACTERS
                and not (child.style_name or "").lower().startswith(TITLE_STYLES)
                and not SENTENCE_OR_LABEL.match(words)
                and _all_bold(child) and _all_large(child, body)):
            break
        lines += 1
    if lines < COVER_LINES:
        return document
    cover = children[start:start + lines]
    joined = list(cover[0].children)
    for n, line in enumerate(cover[1:]):
        joined += [docs.run(children=[docs.text(" " if n else ": ")]), *line.children]
    children[start:start + lines] = [cover[0].copy(style_id="Title", style_name="Title",
                                                   children=joined),
                                     *(line.copy(children=[]) for line in cover[1:])]
    return document.copy(children=children)


TITLE_STYLES = ("heading", "title", "subtitle", "toc")
"""The styles, by the start of their names in lower case, that place a paragraph already."""


class _Inspection:
    """Walks mammoth's document model once: takes the title and subtitle paragraphs and
    notes Word's accessibility faults, each with its paragraph number."""

    def __init__(self) -> None:
        self.paragraph = 0
        self.title = ""
        self.subtitle = ""
        self.previous = ""  # the style of the paragraph before, if it was taken as one
        self.words_before = 0  # words before the first Title paragraph (a letterhead's)
        self.worksheet = False  # whether the next picture is an embedded worksheet's
        self.words_seen = False  # whether a paragraph with words has been walked
        self.notes: list[tuple[int, str, str]] = []
        self.footnotes = None  # the document's footnotes and endnotes (mammoth's `Notes`)
        self.in_note = ""  # "a footnote" or "an endnote" while one is walked
        self.body_size = BODY_SIZE  # the size of most of the document's words, in points

    def visit(self, document):
        self.body_size = body_size(document)
        document = code_paragraphs(self.retitle(cover_title(document, self.body_size)))
        self.footnotes = document.notes
        self.walk(document, in_table=False)
        return document

    def retitle(self, element):
        """`element` with its paragraphs passed through `take_title` in reading order, each
        before the paragraphs of a text box anchored in it (mammoth's own transforms go
        the other way)."""
        import mammoth.documents as docs

        if isinstance(element, docs.Paragraph):
            element = self.take_title(element)
        if isinstance(element, (docs.HasChildren, docs.TableCellUnmerged)):
            children: list = []
            for child in map(self.retitle, element.children):
                if children and _contents_label(children[-1], child):
                    # a typed label over Word's contents list goes with it, as a heading's
                    # does (`CONTENTS_HEADING`), and is no fake heading either: a staff
                    # handbook's "Table of Contents" in 28 pt printed over nothing and
                    # ended its title's MP3 (sweep CK)
                    children[-1] = children[-1].copy(style_id=None, style_name="TOC Heading")
                if TITLE_HEADING == getattr(child, "style_id", None) == getattr(
                        children[-1] if children else None, "style_id", None):
                    # a title on two lines, "Wickwar Out of School Club" over
                    # "Allergy/Care Management Plan": one heading
                    space = docs.run(children=[docs.text(": ")])
                    children[-1] = children[-1].copy(
                        children=[*children[-1].children, space, *child.children])
                else:
                    children.append(child)
            element = element.copy(children=children)
        return element

    def take_title(self, paragraph):
        """`paragraph`, taking the title from the first Title paragraph and the lines
        that follow it in that style (a title typed on two lines), and the subtitle alike;
        a later paragraph in either style is kept as text, with its words. apache/poi's
        bookmarks.docx wrote its one sentence in the Title style: it was dropped with the
        title, and the document had "no text". A Title paragraph after a page of text
        (`WORDS_BEFORE_A_PASTED_TITLE`) heads what follows, where it stands
        (`TITLE_HEADING`), its lines one heading; so does one after any text that ends as a
        label does: a referral form's "For Official Use Only:", over the office's part, was
        its title, moved to the top."""
        words = " ".join(_text(paragraph).split())
        style = (paragraph.style_name or "").lower()
        previous, self.previous = self.previous, ""
        if style not in ("title", "subtitle") or not words:
            self.words_before += len(words.split())
            return paragraph
        taken = self.title if style == "title" else self.subtitle
        after_text = self.words_before >= WORDS_BEFORE_A_PASTED_TITLE or \
            self.words_before and words.endswith((":", "："))  # a label over the rest
        if style == "title" and (previous == "title heading" or after_text and previous != style
                                 and not words.endswith(".")):
            # a form pasted in after a page of another, with its own title: a heading there
            self.previous = "title heading"
            return paragraph.copy(style_id=TITLE_HEADING, style_name="Heading 2")
        if taken and previous != style:
            return paragraph.copy(style_id=None, style_name=None)
        self.previous = style
        joined = f"{taken} {words}" if taken else words
        if style == "title":
            self.title = joined
        else:
            self.subtitle = joined
        return paragraph

    def walk(self, element, in_table: bool) -> None:
        import mammoth.documents as docs

        if isinstance(element, docs.Paragraph) and element.style_id != DIAGRAM_TEXT:
            self.paragraph += not self.in_note  # a note's faults are found at its mark
            self.paragraph_faults(element, in_table)
        elif isinstance(element, docs.NoteReference) and not self.in_note:
            # A picture in a footnote with no alt text was found only by the PDF's check,
            # which cannot say where in Word it is ("2 figure(s) without alternative text").
            try:
                body = self.footnotes.resolve(element).body
            except KeyError:  # a mark whose note Word lost
                body = []
            self.in_note = "an endnote" if element.note_type == "endnote" else "a footnote"
            for child in body:
                self.walk(child, in_table)
            self.in_note = ""
        elif isinstance(element, docs.Table):
            rows = [row for row in element.children if isinstance(row, docs.TableRow)]
            cells = [cell for row in rows for cell in row.children
                     if isinstance(cell, docs.TableCell)]
            # A table of one cell frames a note or a title, and one of pictures beside their
            # sentences lays out Easy Read: neither has columns to name.
            if rows and not rows[0].is_header and len(cells) > 1 \
                    and not all(map(_picture_beside_words, rows)):
                self.notes.append((self.paragraph + 1, "table-header",
                                   "the table has no header row: in Word, select its first "
                                   "row and tick 'Repeat as header row' (Table Properties, "
                                   "Row), so each value is read with its column's name"))
            in_table = True
        elif isinstance(element, docs.Bookmark) and element.name == WORKSHEET_MARK:
            self.worksheet = True
        elif isinstance(element, docs.Image) and self.worksheet:
            self.worksheet = False
            self.notes.append((self.paragraph, "word-worksheet",
                               "an Excel worksheet is embedded here, which print and the "
                               "voice cannot read: in Excel, copy its cells, then in Word "
                               "delete the worksheet and paste the cells in its place as a "
                               "Word table, so that they are printed and read"))
        elif isinstance(element, docs.Image):
            from handout.read.generators import AUTOMATIC_DESCRIPTION, describes_nothing

            alt = (element.alt_text or "").strip()
            if alt != DECORATIVE and describes_nothing(alt):
                named = f"in {self.in_note} " if self.in_note else ""
                named += "with no alt text" if not alt else \
                    f"described only by Word's guess, {alt!r}" if AUTOMATIC_DESCRIPTION.search(
                        alt) else f"described by its file's name, {alt!r}"
                self.notes.append((self.paragraph, "image-alt",
                                   f"picture {named}: in Word, right-click it, choose "
                                   "'Edit Alt Text' and describe what it shows, or tick "
                                   "'Mark as decorative' if it only decorates (a logo "
                                   "beside the name it shows, a border)"))
            if element.content_type not in PRINTABLE_PICTURES:
                self.notes.append((self.paragraph, "image-format",
                                   f"picture in a format print cannot show "
                                   f"({element.content_type}): its description is printed "
                                   "instead; in Word, save it as a PNG or JPEG picture"))
        elif isinstance(element, docs.Text) and CHART_MARK in element.value:
            described = element.value.split(CHART_MARK)[1].strip()
            self.notes.append(
                (self.paragraph, "image-format", "a Word chart, which print cannot draw: its "
                 "description is printed in its place; in Word, copy the chart and paste it "
                 "as a picture (Paste Special, Picture (PNG)) with the same Alt Text")
                if described else
                (self.paragraph, "image-alt", "a Word chart with no alt text, which print "
                 "cannot draw: a box saying it has no description is printed in its place; "
                 "in Word, copy the chart, paste it as a picture (Paste Special, Picture "
                 "(PNG)) and describe what it shows in its Alt Text"))
        for child in getattr(element, "children", None) or []:
            self.walk(child, in_table)

    def paragraph_faults(self, paragraph, in_table: bool) -> None:
        words = " ".join(_text(paragraph).split())
        # (a paragraph given an outline level has a heading's style id and no style name)
        style = (paragraph.style_name or paragraph.style_id or "").lower()
        if style.startswith("toc"):
            return  # Word's contents list, which the handout leaves out: its lines were
            # each a second finding on their heading's words (DAISY's guidelines, 20 of 75)
        # The first words, a line in bold, are the title (`document.bold_title`), as Markdown's
        # first line of bold is (`lint.lint_bold_lines`): a notice of one bold line was told
        # to give its title a Heading style.
        first, self.words_seen = bool(words) and not self.words_seen, self.words_seen or bool(words)
        body = not in_table and not first and paragraph.numbering is None \
            and not style.startswith(("heading", "title", "subtitle", "toc"))
        line = _bold_first_line(paragraph) if body else ""
        label = line or words
        if (body and 0 < len(label) <= FAKE_HEADING_CHARACTERS
              and re.search(r"[^\W\d_]", label)  # not a rule of underscores in bold
              and not SENTENCE_OR_LABEL.match(label) and not NO_HEADING.fullmatch(label)):
            looks = "bold" if line or _all_bold(paragraph) else \
                "large" if _all_large(paragraph, self.body_size) else None
            if looks:
                self.notes.append((self.paragraph, "fake-heading",
                                   f"'{label}' looks like a heading but is {looks} text"
                                   + (" on a line over its paragraph" if line else "")
                                   + ": give it a Heading style in Word"
                                   + (", in a paragraph of its own" if line else "")
                                   + ", so that it starts a section and readers can find it"))
        capitals = in_capitals(words) if paragraph.style_id != "HandoutCode" else None
        if capitals:  # not in code, as in Markdown
            self.notes.append((self.paragraph, "capitals",
                               f"{capitals!r} is in capitals, which is hard to read: type it "
                               "in ordinary case (in Word, select it, then Home, Change Case, "
                               "Sentence case) and use bold for emphasis"))
        for placeholder, advice in placeholders(words, in_word=True):
            self.notes.append((self.paragraph, "placeholder", f"{placeholder!r} {advice}"))
        for link in _descendants(paragraph, "Hyperlink"):
            link_words = " ".join(_text(link).split())
            if says_nothing(link_words):
                self.notes.append((self.paragraph, "link-text",
                                   f"link text {link_words!r} says nothing on paper or "
                                   "aloud: in Word, right-click the link, choose 'Edit "
                                   "Hyperlink' and write words that name where it goes"))


def _contents_label(paragraph, following) -> bool:
    """Whether `paragraph` is a contents list's label (`CONTENTS_LABEL`) typed in no heading
    style, over `following`, the list's first line (Word's "TOC 1" style and on)."""
    import mammoth.documents as docs

    return isinstance(paragraph, docs.Paragraph) and isinstance(following, docs.Paragraph) \
        and (following.style_name or "").lower().startswith("toc") \
        and not (paragraph.style_name or "").lower().startswith(("heading", "title", "toc")) \
        and bool(re.fullmatch(rf"{CONTENTS_LABEL}:?", " ".join(_text(paragraph).split()), re.I))


def _text(element) -> str:
    """The words of a part of mammoth's document model; a line break is a space (a consent
    form's title, "Workshop" over "Informed consent form", was "WorkshopInformed")."""
    import mammoth.documents as docs

    if isinstance(element, docs.Text):
        return element.value
    if isinstance(element, docs.Break):
        return " "
    return "".join(_text(child) for child in getattr(element, "children", None) or [])


def _runs(paragraph) -> list:
    """The runs of `paragraph`, in order, its links' too."""
    import mammoth.documents as docs

    runs = []

    def gather(element) -> None:
        if isinstance(element, docs.Run):
            runs.append(element)
            return
        for child in getattr(element, "children", None) or []:
            gather(child)

    gather(paragraph)
    return runs


def _word_runs(paragraph) -> list:
    """The runs of `paragraph` that hold words."""
    return [run for run in _runs(paragraph) if _text(run).strip()]


def _picture_beside_words(row) -> bool:
    """Whether a table's row is a picture alone and then a cell of words, as Easy Read lays
    out a sentence (`script.picture_beside_words`, on the HTML)."""
    import mammoth.documents as docs

    cells = [cell for cell in row.children if isinstance(cell, docs.TableCell)]
    return len(cells) == 2 and bool(_descendants(cells[0], "Image")) \
        and not _text(cells[0]).strip() and bool(_text(cells[1]).strip())


def _descendants(element, kind: str) -> list:
    """The elements of mammoth's class `kind` ("Hyperlink") inside `element`."""
    import mammoth.documents as docs

    found = []
    for child in getattr(element, "children", None) or []:
        found += [child] if isinstance(child, getattr(docs, kind)) else _descendants(child, kind)
    return found


BODY_SIZE = 11.0
"""Word's own size for body text, in points, where no run of a document sets its size."""
LARGE_TEXT = 1.3
"""How many times the body's size a paragraph's words are, at least, to look like a
heading: a safeguarding policy typed "Managing Risks Posed by Other Children" at 16.5 points
over 11-point text, as its headings were, but with no Heading style; it was no section."""


def body_size(document) -> float:
    """The size, in points, that most of the words of `document` are set in, as their runs
    set it (`BODY_SIZE` for a run that does not: its style's size, which mammoth does not
    read, is most often Word's own)."""
    sizes: Counter[float] = Counter()
    for run in _word_runs(document):
        sizes[run.font_size or BODY_SIZE] += len(_text(run))
    return sizes.most_common(1)[0][0] if sizes else BODY_SIZE


def _all_large(paragraph, body: float) -> bool:
    """Whether every run of `paragraph` that holds words is set `LARGE_TEXT` times the
    body's size or more."""
    runs = _word_runs(paragraph)
    return bool(runs) and all((run.font_size or 0) >= LARGE_TEXT * body for run in runs)


def _bold_first_line(paragraph) -> str:
    """The words of `paragraph`'s first line, if they are all bold and a line break sets
    them over the rest, text on one line that ends as a sentence does or is longer than
    `FAKE_HEADING_CHARACTERS`: a part's name typed as a heading with Shift+Enter. A
    nursery's health and safety policy (sweep AS, nn-health-safety) wrote "Statement of
    intent", "Aim", "Risk assessment" and "Insurance Cover" so; printed as headings, they
    were not flagged as the 12 standing alone were, and the six-minute policy was one
    recording. Not a name over the lines of its address, each broken by hand."""
    import mammoth.documents as docs

    leaves = [(child.value if isinstance(child, docs.Text) else
               "\n" if child.break_type == "line" else " ", bool(run.is_bold))
              for run in _runs(paragraph) for child in run.children
              if isinstance(child, (docs.Text, docs.Break))]
    text = "".join(value for value, _ in leaves)
    if "\n" not in text:
        return ""
    head, rest = text.split("\n", 1)
    upto = next(n for n, (value, _) in enumerate(leaves) if value == "\n")
    rest = " ".join(rest.split())
    if not head.strip() or "\n" in rest or not all(bold for value, bold in leaves[:upto]
                                                   if value.strip()) \
            or not (len(rest) > FAKE_HEADING_CHARACTERS or rest.endswith(tuple(".:;!?…"))):
        return ""
    return " ".join(head.split())


def _all_bold(paragraph) -> bool:
    """Whether every run of `paragraph` that holds words is bold."""
    runs = _word_runs(paragraph)
    return bool(runs) and all(run.is_bold for run in runs)


PROSE_SENTENCE = re.compile(r"[A-Z][^{}\[\]<>=;_/\\|$#@*`]*[.!?]")
"""A paragraph that reads as a sentence: a capital first, a stop last, and none of the
signs that code is written with (a comment's "//", "#" or "*" among them)."""


def code_paragraphs(element):
    """`element` with each paragraph set wholly in a monospaced font (Courier New, Consolas)
    in a style of its own that makes it a line of code, its spaces and its line kept, and a
    tab four spaces: docx4j's getting-started guide types its Java and its Maven XML so, in
    Normal paragraphs, and print reflowed it in the body's typeface, without its indents.
    A heading, a list item and a table's cell keep their own reading, and so does a
    sentence of four words or more (`PROSE_SENTENCE`) with no such line either side: an
    author who sets "Please bring this letter with you." in Consolas wants it seen, and it
    was printed as code, unwrapped words in a box. (A run in such a font, in a paragraph of
    text, was never code.) Nor is anything code where most of the paragraphs are set so:
    that is the document's typeface, as an association's statutes typed in Courier New,
    which were read as 39 "code examples", their "20%" said "twenty"."""
    import mammoth.documents as docs

    if isinstance(element, docs.Table) or not isinstance(element, docs.HasChildren) \
            or isinstance(element, docs.Paragraph):
        return element
    children = element.children
    lines = [_monospaced_paragraph(child) for child in children]
    if sum(lines) >= MONOSPACED_BODY and _monospaced_share(children) > 0.5:
        return element
    kept = []
    for index, child in enumerate(children):
        words = " ".join(_text(child).split())
        if lines[index] and (any(lines[max(index - 1, 0):index] + lines[index + 1:index + 2])
                             or len(words.split()) < 4 or not PROSE_SENTENCE.fullmatch(words)):
            kept.append(_tabs_as_spaces(child.copy(style_id="HandoutCode",
                                                   style_name="Handout code")))
        else:
            kept.append(code_paragraphs(child))
    return element.copy(children=kept)


MONOSPACED_BODY = 5
"""The fewest paragraphs in a monospaced font that, with more than half the document's
letters in one (`_monospaced_share`), make it the document's own typeface rather than
code's (`code_paragraphs`)."""


def _monospaced_share(children: list) -> float:
    """The share of the letters of the paragraphs among `children` set in a monospaced
    font (`MONOSPACE_FONTS`)."""
    import mammoth.documents as docs

    letters = monospaced = 0
    for child in children:
        for run in _word_runs(child) if isinstance(child, docs.Paragraph) else ():
            count = len(_text(run).strip())
            letters += count
            monospaced += count if run.font and MONOSPACE_FONTS.search(run.font) else 0
    return monospaced / letters if letters else 0.0


def _monospaced_paragraph(element) -> bool:
    """Whether `element` is a paragraph of text, not a heading, list item or other style,
    set wholly in a monospaced font (`code_paragraphs`), with a character to see: a privacy
    notice opened with a paragraph of one invisible U+FEFF in "Simplified Arabic Fixed",
    which printed as an empty code box and was said "Code example, 1 line, as printed:"."""
    import mammoth.documents as docs

    if not isinstance(element, docs.Paragraph) \
            or not re.search(r"[^\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]", _text(element)):
        return False
    runs = _word_runs(element)
    return bool(runs) and element.numbering is None and not (
        element.style_id and not re.fullmatch(r"(?i)normal|plaintext|htmlpreformatted",
                                              element.style_id)) \
        and all(run.font and MONOSPACE_FONTS.search(run.font) for run in runs)


def _tabs_as_spaces(element):
    import mammoth.documents as docs

    if isinstance(element, docs.Text):
        return docs.text(element.value.replace("\t", CODE_TAB))
    if isinstance(element, docs.HasChildren):
        return element.copy(children=[_tabs_as_spaces(child) for child in element.children])
    return element
