"""Document model: one handout's Markdown parsed once into metadata and sections.

`parse_document` turns a `SourceFile` into a frozen `Document`: Python-Markdown renders
the body (with `extra`, `sane_lists`, `toc`, `admonition`, PyMdown's task lists,
strikethrough, autolinks and collapsibles, and `generators` for other tools' syntax), or a
Word file arrives already converted to HTML (`word`); the HTML is parsed back into an element
tree, settled for paper and voice (`generators.settle_tree`), cleaned of anything that could
act (scripts, event handlers, remote references), its pictures checked (`images`), and split
into `Section`s at the split heading level (or, in a handout with no heading at that level,
at the shallowest level it has). Each section carries its
speech script (`script`) and its HTML, in which every sentence the script speaks is marked
with an id, so print, audio and the editions that follow the voice read one model and none
re-parses Markdown. `read_documents` reads every handout of the source folder this way.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib
import itertools
import logging
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from html import escape, unescape
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Mapping
from urllib.parse import unquote

from handout.config import Settings
from handout.errors import HandoutError, Problem
from handout.findings import WARNING
from handout.language import day_first, direction, words_for
from handout.read.images import check_images
from handout.read.sanitize import clean_tree
from handout.read.script import (HEADING_TAGS, Lead, Unsaid, Utterance,
                                 roman_numbered_headings, script_section, text_of, transcript_of)
from handout.read.sources import NAMED_LANGUAGE, POST_DATE, SourceFile, find_sources
from handout.read.words import (OTHER_SCRIPT_RE, mostly_unreadable, unreadable_alone,
                                 without_closing_dots)

if TYPE_CHECKING:
    from handout.read.generators import Notes

log = logging.getLogger("handout.diagnostics")


@dataclass(frozen=True)
class Metadata:
    """What the handout says about itself (front matter, or its first `#` heading)."""

    title: str
    lang: str = "en"
    author: str | None = None
    date: dt.date | None = None
    subtitle: str | None = None
    description: str | None = None
    keywords: tuple[str, ...] = ()
    voice: str | None = None
    pronunciations: tuple[tuple[str, str], ...] = ()

    @property
    def direction(self) -> str:
        """Which way the handout's script runs: "ltr", or "rtl" (`language.direction`)."""
        return direction(self.lang)


@dataclass(frozen=True)
class Heading:
    """A heading anywhere in the handout, as it should appear among the PDF's bookmarks."""

    level: int
    text: str
    id: str


@dataclass(frozen=True)
class Section:
    """A part of the handout that becomes one MP3: the title section, then one per split."""

    index: int
    id: str
    heading: str
    level: int
    html: str
    script: tuple[Utterance, ...]
    source: Path
    line: int

    @property
    def transcript(self) -> str:
        """The words spoken for this section as a reader reads them, paragraph by paragraph."""
        return transcript_of(self.script)

    @property
    def file_id(self) -> str:
        """The id its files are named by: its heading's id, but a dash between numbers
        kept as a hyphen where the id was made from the heading (`NUMBER_RANGE_DASH`); and
        the heading's words where its id is another's, as a German privacy policy written
        for Hugo gives them, `## Introduction {#m14}` (sweep CF: "01-m14.mp3", "02-m3.mp3"
        on a listener's player), or a Word bookmark's clash ("01-part-1-1.mp3")."""
        if self.index and (self.id != slugify(self.heading)
                           or NUMBER_RANGE_DASH.search(self.heading)):
            return slugify(NUMBER_RANGE_DASH.sub("-", self.heading))
        return self.id


@dataclass(frozen=True)
class Document:
    """A parsed handout: everything print and audio need, and nothing they must re-derive."""

    source: Path
    slug: str
    meta: Metadata
    sections: tuple[Section, ...]
    headings: tuple[Heading, ...]
    notes_html: str = ""
    """Footnotes, printed together at the end."""

    @property
    def lexicon(self) -> Mapping[str, str]:
        return dict(self.meta.pronunciations)

    @property
    def html(self) -> str:
        """Every section's HTML and the notes', as one: what the editions show."""
        return "".join(section.html for section in self.sections) + self.notes_html


NUMBER_RANGE_DASH = re.compile(r"(?<=\d)(?:[ \u00a0]?[–—-][ \u00a0]?|[.:])(?=\d)")
"""A dash between numbers, a range in a heading, "Weeks 19–24": a heading's id drops it, as
GitHub's does, so that a link written for GitHub finds it, "#weeks-1924-preparing-for-u11s",
but a file named so ran the numbers together: a rugby club's coaching plan (sweep BD,
rugby-u10-sessions) had "04-weeks-1924-preparing-for-u11s.mp3". Its files keep a hyphen,
"04-weeks-19-24-preparing-for-u11s.mp3". So too a decimal point or a time's colon: a housing
news page's "Social rent of £295.50 challenged" (sweep CL) named its file
"01-social-rent-of-29550-challenged….mp3", a sum a hundred times too big; "295-50" now."""


def slugify(text: str) -> str:
    """A file- and URL-safe name: lower case words joined by hyphens."""
    return unicode_slug(text, "-") or "section"


BUNDLE_PAGES = frozenset({"index", "_index"})
"""The names Hugo gives the page of a folder, a bundle: a leaf's `index.md`, a branch's
`_index.md`."""


def bundle_name(path: Path, source: Path | None = None) -> str:
    """The name a handout's files are published by: its file's, but a bundle's page's
    (`BUNDLE_PAGES`, with a language's tag or not, `_index.fr.md`) its folder's, or none
    where that folder is the source folder itself (`source`) and named only as every
    project's is, `source`, for the title to name it: a conference's Hugo `index.md` put
    straight into `source/` (sweep CE, alchemistry) was published as `source.pdf`,
    `00-source.mp3`. A volunteer
    handbook's `content/Handbook/Exhibits/_index.md` (sweep BW, lapo-exhibits) was published
    as `_index.pdf`, `00-_index.mp3`, and every other section of the site as `_index` too,
    each then refused as published under the same name as another. The `.html` that
    Middleman's pages carry before their own extension (GOV.UK's Tech Docs,
    `accessibility.html.md`, sweep BZ) is no part of the name: it was "accessibility-html"."""
    stem = re.sub(r"\.html?$", "", path.stem, flags=re.I)
    name, dot, tag = stem.partition(".")
    folder = path.absolute().parent.name
    if name.lower() in BUNDLE_PAGES and folder == Settings.source.name and source is not None \
            and path.absolute().parent.resolve() == source.absolute().resolve():
        return ""
    return folder + dot + tag if name.lower() in BUNDLE_PAGES and folder else stem


def unicode_slug(text: str, separator: str) -> str:
    """A heading's id, as `toc` gives it: Python-Markdown's `slugify_unicode` (lower case,
    punctuation dropped, spaces joined by `separator`), but keeping combining marks as
    GitHub's ids do. Python-Markdown drops them with the punctuation, and with them the
    vowel signs of Devanagari, Bengali, Tamil or Thai: "बातों का प्रसार" became "बत-क-परसर",
    which a link written for GitHub (#बातों-का-प्रसार) did not find."""
    kept = "".join(c for c in text if c.isalnum() or c in "_-" or c.isspace()
                   or unicodedata.category(c).startswith("M"))
    return re.sub(rf"[{re.escape(separator)}\s]+", separator, kept.strip().lower())


MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")


def plain_words(value: str | None, lang: str = "en") -> str | None:
    """A front matter value as words: R Markdown and others let an author write Markdown
    there (`author: "[Tom Jemmett][email] | *The Strategy Unit*"`), which the title block
    prints and says as plain text, so links keep their words, emphasis loses its marks and
    emoji are named in the handout's language `lang` (`name_emoji`). Its lines are one line:
    YAML's folded `description: >` ends with a line break, which the EPUB's and the DAISY
    book's metadata kept."""
    if not value:
        return value
    from handout.read.generators import name_emoji, unmarked

    return " ".join(name_emoji(unmarked(MARKDOWN_LINK.sub(r"\1", value)), lang).split())


MARKDOWN_EXTENSIONS = {
    # Python-Markdown's "extra", one by one.
    "markdown.extensions.fenced_code": {},
    # Footnote ids joined with "-", not ":", which an XML id (EPUB, DAISY) cannot hold.
    "markdown.extensions.footnotes": {"SEPARATOR": "-"},
    "markdown.extensions.attr_list": {},
    "markdown.extensions.def_list": {},
    # A column's alignment as `align`, which print leaves out silently: as a `style`, the
    # sanitizer warned "attribute style on <th> removed" for a style the author never wrote
    # (every `|:-:|` table, the Corona-Warn-App's among them), and --strict failed the build.
    "markdown.extensions.tables": {"use_align_attribute": True},
    "markdown.extensions.abbr": {},
    "markdown.extensions.md_in_html": {},
    "markdown.extensions.sane_lists": {},
    "markdown.extensions.toc": {"slugify": unicode_slug},
    "markdown.extensions.admonition": {},
    "pymdownx.tasklist": {},
    "pymdownx.tilde": {},
    "pymdownx.magiclink": {},
    "pymdownx.details": {},
    "pymdownx.mark": {},
    "pymdownx.caret": {},
    "pymdownx.keys": {},
}
"""The Markdown extensions every handout is read with, by module, and their configs.
They are made here (`makeExtension`) rather than named to Python-Markdown, which finds a
name among every installed package's entry points: 70 ms of every build, an eighth of one
with nothing to do."""


LONG_DATA_URL = re.compile(r"(?<=data:)[^\s()<>\"']{1000,}")
"""The content of a picture written into the page (`data:image/png;base64,...`), as Google
Docs exports every picture: megabytes on one line, which each of the generator
preprocessors' patterns searched, a minute for one photo."""


def words_alone(text: str) -> list[str]:
    """The words of `text`, whatever their case and the punctuation between them."""
    return re.findall(r"\w+", text.casefold())


ESCAPED_LEFT = re.compile("&#2;((?:&#\\d+;)+)&#3;")
"""A character escaped with a backslash that Python-Markdown left as its placeholder (its
code between STX and ETX, each written as a character reference): in an address in angle
brackets, "<john\\_smith@example.org>" was printed and linked as
"john95smith", and made the podcast feed ill-formed XML."""


def render_markdown(body: str, variables: Mapping[str, str] | None = None
                    ) -> tuple[str, str, Notes]:
    """The body rendered by Python-Markdown, the text as the generator extensions left it
    (line for line the author's, for finding the headings' lines), and their notes on what
    they could not carry over. Pictures written into the page are set aside while it is
    parsed, and put back in the HTML."""
    import markdown

    from handout.read.generators import GeneratorSyntax, author_lines

    kept: list[str] = []

    def set_aside(found: re.Match[str]) -> str:
        kept.append(found.group())
        return f",handout-kept-{len(kept) - 1}-"

    def put_back(text: str) -> str:
        return re.sub(r",handout-kept-(\d+)-", lambda found: kept[int(found.group(1))], text) \
            if kept else text

    extensions = [importlib.import_module(name).makeExtension(**config)
                  for name, config in MARKDOWN_EXTENSIONS.items()]
    md = markdown.Markdown(extensions=[GeneratorSyntax(variables), *extensions],
                           output_format="html")
    html = ESCAPED_LEFT.sub(lambda found: escape(chr(int(unescape(found.group(1))))),
                            md.convert(LONG_DATA_URL.sub(set_aside, body)))
    converted = author_lines(md)  # none for a body of blank lines
    return (put_back(html), put_back("\n".join(converted)) if converted is not None
            else body, md.generator_notes)  # type: ignore[attr-defined]


def markdown_to_tree(body: str) -> ET.Element:
    """The body rendered by Python-Markdown and parsed back into a `<body>` tree."""
    return parse_html(render_markdown(body)[0])


MEDIA_TAGS = ("video", "audio", "iframe", "object", "canvas")
"""Elements a page embeds, which hold only what shows when they cannot play."""


def closed_media(html: str) -> str:
    """`html` (or Markdown holding it) with each embedded medium (`MEDIA_TAGS`) that is
    never closed closed where it opens: an anaphylaxis guide's `<video controls src=…>`,
    with no `</video>`, held the whole guide, which went with it ("the handout has no
    text")."""
    for tag in MEDIA_TAGS:
        if f"<{tag}" in html and f"</{tag}" not in html:
            html = re.sub(rf"(<{tag}\b[^>]*>)", rf"\1</{tag}>", html)
    return html


DIV_TAG = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)
ATX_HEADING = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")


COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
"""An HTML comment, or one never closed, which runs to the end."""
INLINE_CODE = re.compile(r"(`+).+?\1")


def closed_comment(source: SourceFile) -> SourceFile:
    """`source` with each HTML comment that is never closed (`<!-- TODO: check these with
    reception`, no `-->`) closed at the end of its paragraph (before a blank line, a
    heading or code), with a warning naming its line: the author's note to themselves was
    printed and said, "!-- TODO: check these with reception". In HTML it would run to the
    end of the page, every word after it gone unseen; closed where Markdown ends the
    paragraph, it hides the note, and the rest of the handout is read, as it was."""
    lines = source.body.split("\n")
    unclosed = unclosed_comments(source)
    for opened, last in unclosed:
        log.warning("%s:%d: %s", source.path, source.body_line + opened,
                    unclosed_comment_message(source, opened, last))
        lines[last] += "-->"
    return replace(source, body="\n".join(lines)) if unclosed else source


def unclosed_comment_message(source: SourceFile, opened: int, last: int) -> str:
    """What the build and the lint tell of a comment never closed, opened on body line
    `opened` and closed at the end of its paragraph, body line `last`."""
    return (f"the HTML comment opened on line {source.body_line + opened} is never closed: it "
            f"is left out up to the end of its paragraph (line {source.body_line + last}), and "
            "what follows is printed and said; write '-->' where it should end")


def code_blanked(lines: list[str], mask: list[bool]) -> list[str]:
    """`lines` with their code blanked to spaces, each line as long as it was: those `mask`
    says are code, and code spans."""
    return [" " * len(line) if mask[index] else
            INLINE_CODE.sub(lambda code: " " * len(code.group()), line)
            for index, line in enumerate(lines)]


def unclosed_comments(source: SourceFile) -> list[tuple[int, int]]:
    """(where it opens, where its paragraph ends), as indexes of `source.body`'s lines, of
    each HTML comment never closed, outside code: `closed_comment` closes them there, and
    the lint reports them."""
    from handout.read.generators import code_mask

    lines = source.body.split("\n")
    text = "\n".join(code_blanked(lines, code_mask(lines)))
    first = next((found for found in COMMENT.finditer(text)
                  if not found.group().endswith("-->")), None)
    if first is None:
        return []
    # No comment closes after the first that is never closed, so every one opened after it
    # is closed at the end of its paragraph too. Code after it is found as if each were
    # closed where it opens: the one left open made `code_mask` take the rest for comment.
    start = text.count("\n", 0, first.start())
    mask = code_mask([line + "-->" * (index >= start and "<!--" in line)
                      for index, line in enumerate(lines)])
    opened = code_blanked(lines, mask)
    unclosed = []
    index = start
    while index < len(lines):
        if index > start and "<!--" not in opened[index]:
            index += 1
            continue
        end = next((later for later in range(index + 1, len(lines)) if not lines[later].strip()
                    or mask[later] or ATX_HEADING.match(lines[later])), len(lines)) - 1
        unclosed.append((index, end))
        index = end + 1
    return unclosed


def closed_divs(source: SourceFile) -> str:
    """`source`'s Markdown with each `<div>` that is never closed closed before the next
    heading, or at the end, with a warning naming its line: an unclosed `<div>` held the
    rest of the handout as HTML, so its headings were printed as "## Parking" and said run
    into the sentences around them, and two of them left the handout with its first
    paragraph alone, with no word of what was lost."""
    from handout.read.generators import code_mask

    unclosed = unclosed_divs(source)
    if not unclosed:
        return source.body
    lines = source.body.split("\n")
    mask = code_mask(lines)
    for opened, before in unclosed:
        log.warning("%s:%d: %s", source.path, source.body_line + opened,
                    unclosed_div_message(source, before))
    closing = collections.Counter(before for _, before in unclosed)
    closed: list[str] = []

    def close(count: int) -> None:
        # At the end of the last line before, so that every line keeps its number (after
        # a code block, on a line of its own)
        last = next((i for i in range(len(closed) - 1, -1, -1) if closed[i].strip()), None)
        if last is None or mask[last]:
            closed.extend(["", "</div>" * count, ""])
        else:
            closed[last] += "</div>" * count

    for index, line in enumerate(lines):
        if index in closing:
            close(closing[index])
        closed.append(line)
    if None in closing:
        close(closing[None])
    return "\n".join(closed)


def unclosed_divs(source: SourceFile) -> list[tuple[int, int | None]]:
    """(where it opens, the heading it is closed before, or None at the end), as indexes of
    `source.body`'s lines, of each `<div>` never closed, outside code (Docsy's guide names
    "a `<div>` element" in a sentence, which was warned of as never closed): `closed_divs`
    closes them there, and the lint reports them."""
    from handout.read.generators import CODE_SPAN, code_mask

    lines = source.body.split("\n")
    mask = code_mask(lines)
    tags = [(index, not tag.group(1)) for index, line in enumerate(lines) if not mask[index]
            for tag in DIV_TAG.finditer(re.sub(r"<!--.*?-->", "", CODE_SPAN.sub("", line)))
            if not tag.group(0).endswith("/>")]
    opened: list[int] = []  # the lines of the `<div>`s open so far
    for index, opening in tags:
        if opening:
            opened.append(index)
        elif opened:
            opened.pop()
    headings = [index for index, line in enumerate(lines)
                if not mask[index] and ATX_HEADING.match(line)]
    return [(line, next((heading for heading in headings if heading > line), None))
            for line in sorted(opened)]


def unclosed_div_message(source: SourceFile, before: int | None) -> str:
    """What the build and the lint tell of a `<div>` never closed, closed before the
    heading on body line `before` (or at the end, if None)."""
    where = "at the end of the handout" if before is None else \
        f"before the heading on line {source.body_line + before}"
    return (f"this <div> is never closed: it is closed {where}, so what follows is read; "
            "write </div> where it ends")


def parse_html(fragment: str) -> ET.Element:
    """An HTML fragment parsed as a browser would, returned as the `<body>` holding it."""
    import io

    import tinyhtml5

    # As a stream: tinyhtml5 takes a string under 200 characters for a file's name, and
    # asking the system about one of 80 Chinese characters (240 bytes) raised OSError.
    root = tinyhtml5.parse(io.StringIO(f"<!DOCTYPE html><html><body>{fragment}</body></html>"),
                           namespace_html_elements=False)
    body = root.find("body")
    assert body is not None
    return body


def heading_line(lines: list[str], heading: str, first_line: int, after: int) -> int:
    """The file line of the heading whose words are `heading`, searching `lines` (the body,
    which starts on `first_line`) from index `after`: an ATX or setext heading holding
    those words, else any line holding them, else `first_line + after`."""
    wanted = _plain(heading)
    candidates = [index for index in range(after, len(lines)) if wanted in _plain(lines[index])]
    for index in candidates:
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if re.match(r"\s{0,3}#{1,6}\s", lines[index]) or re.fullmatch(r"\s{0,3}(=+|-+)\s*",
                                                                    following):
            return first_line + index
    return first_line + (candidates[0] if candidates else after)


EMPTY_ATX_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s+#*)?\s*")


SEPARATOR_HEADING = re.compile(r"[-‐‑‒–—―_=*~•·.+#<>|/\\\s]{3,}")
"""A heading's words that are only a line drawn with dashes, stars, equals signs or the like:
a separator, as a `---` line is."""


def rules_for_separator_headings(body: ET.Element, elements: list[ET.Element]) -> None:
    """Make each heading that is only a drawn line (`SEPARATOR_HEADING`) a rule, as `---` is:
    the Canadian Digital Service's README parts its English and French halves with
    "## -----…", which became a section of 2.9 s of silence, a contents entry of dashes,
    and failed `invoke check` (audio-loudness, audio-silence)."""
    for index, element in enumerate(elements):
        words = text_of(element).strip()  # none: `leave_out_empty_headings` warns of it
        if element.tag in HEADING_TAGS and words and element.find(".//img") is None and \
                SEPARATOR_HEADING.fullmatch(words):
            rule = ET.Element("hr")
            rule.tail = element.tail
            body[list(body).index(element)] = elements[index] = rule


def leave_out_empty_headings(body: ET.Element, elements: list[ET.Element],
                             source: SourceFile, text: str) -> None:
    """Take out each heading with no words (a bare `#` line, as 72 of the 79 pages of a real
    MkDocs site begin, the title in their front matter), with a warning at its line: it
    stopped the build, naming the next heading's line."""
    empty = [e for e in elements if e.tag in HEADING_TAGS and not text_of(e).strip()
             and e.find(".//img") is None]
    if not empty:
        return
    lines = [source.body_line + index for index, line in enumerate(text.split("\n"))
             if EMPTY_ATX_HEADING.fullmatch(line)]
    for index, heading in enumerate(empty):
        where = f"{source.path}:{lines[index] if index < len(lines) else source.body_line}"
        log.warning("%s: empty heading left out: write its words after the '#' marks, or "
                    "delete the line", where)
        elements.remove(heading)
        body.remove(heading)


def printed_words(element: ET.Element) -> str:
    """An element's words as print and the bookmarks show them: HTML's spaces, tabs and line
    breaks, in a run, are one space (a no-break space stays). wuhan2020's README has
    "### Entrada Voluntária         >>> [![Get on Slack](...)]": its heading kept the nine
    spaces, and `invoke check` failed the PDF, whose bookmark has one. A no-break space at
    either end goes, as it goes from the PDF's bookmark: the DITAP R4 case study's Word
    headings end in one ("Section 1: Case Study Overview\u00a0"), and `invoke check` said
    the PDF had no bookmark for them. A line break is a space: a consent form's title,
    "Workshop<br>Informed consent form", was "WorkshopInformed" in every tag and chapter."""
    return re.sub(r"[ \t\n\r\f]+", " ", text_of(element, line_break=" ")).strip(
        " \t\n\r\f\u00a0")


def _plain(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def load_documents(settings: Settings) -> list[Document]:
    """Every handout under the source folder, parsed (or kept parsed from an earlier build,
    `kept`); all problems reported together."""
    documents, problems = read_documents(settings)
    if problems:
        raise HandoutError.collect(problems)
    return documents


def read_documents(settings: Settings) -> tuple[list[Document], list[Problem]]:
    """Every handout under the source folder that can be read, and the problems of those
    that cannot, every one of them: a handout that would be published under the same name
    as another is among those, with the other. A fault in reading one, in this tool or a
    library it reads with, is that handout's problem, named so, and the others are built:
    free-programming-books' Persian list of books stopped Python-Markdown, and with it
    every handout in the folder, with a traceback."""
    from handout.read.kept import read_document

    documents, problems = [], []
    for path in find_sources(settings.source):
        try:
            documents.append(read_document(path, settings))
        except HandoutError as error:
            problems.extend(error.problems)
        except RecursionError:
            problems.append(too_deeply_nested(path))
        except Exception as error:  # noqa: BLE001 (reported as this handout's problem)
            problems.append(Problem(
                f"this file could not be read, through a fault in handout, not in the file "
                f"({type(error).__name__}: {error}): the other handouts are built; please "
                "report it, with the file", path))
    slugs = [d.slug for d in documents]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    problems += [Problem(f"two handouts would both be published as '{d.slug}': rename one",
                         d.source) for d in documents if d.slug in duplicates]
    return [d for d in documents if d.slug not in duplicates], problems


NESTING_MARKS = "*_>[-+"
"""The marks that nest Markdown in Markdown: emphasis, quotes, links and lists."""


def too_deeply_nested(path: Path) -> Problem:
    """The problem of a handout whose Markdown nests too deeply for Python's stack (its
    recursion limit) in Python-Markdown or in reading its tree: `('*a **a ' * 300)` on one
    line, or 600 list markers, was "a fault in handout" to be reported. Named at the line
    with the most marks that nest, where it must be."""
    from handout.read.sources import WORD_SUFFIXES, decode_text

    if path.suffix.lower() in WORD_SUFFIXES:
        return Problem("its lists, tables or formatting are nested inside one another too "
                       "deeply to be read: make them simpler", path)
    lines = decode_text(path, path.read_bytes(), warn=False).split("\n")

    def depth(text: str) -> int:  # its marks, and its indent (a list nested by indenting)
        return sum(map(text.count, NESTING_MARKS)) + len(text) - len(text.lstrip())

    line = max(range(len(lines)), key=lambda index: depth(lines[index]))
    return Problem("the marks on this line (such as *, _, >, [ or -) are nested inside one "
                   "another too deeply to be read: write it with fewer of them", path, line + 1)


DEEPEST_NESTING = 100
"""How many elements deep a handout may nest (a list in a list in a quote, and so on). A
list 66 deep (133 elements) and quotes 140 deep ran WeasyPrint's layout out of Python's
stack, a traceback that stopped the whole build; Python-Markdown 3.11.4 reads 600 list
markers without running out itself, where earlier versions stopped. Lists 50 deep, or
quotes 100 deep, are still read; no handout comes near them."""


def nesting_depth(tree: ET.Element) -> int:
    """How many elements deep `tree` goes, itself counted (without recursion: that is what
    the tree may be too deep for)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


NUMERIC_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)/(?:\d{4}|\d{2})(?![\d/])")


def read_dates_as_written(lang: str, text: str, source: SourceFile) -> str:
    """The English the handout's dates are read in: its own, unless its dates show the other
    order, one that can only be day first ("15/08/2023") and none that can only be month
    first, or the reverse. A childcare club's policy, from a Word template that says US
    English, printed "To be reviewed: 01/09/2024" beside "15/08/2023", and the voice said
    "January 9, 2024"; its dates are read as British English reads them."""
    if lang.split("-")[0].lower() != "en":
        return lang
    shown = {int(first) > 12 for first, second in NUMERIC_DATE.findall(text)
             if (int(first) > 12) != (int(second) > 12) and max(int(first), int(second)) <= 31}
    if len(shown) != 1:
        return lang
    written_day_first = shown.pop()
    if day_first(lang) is written_day_first:
        return lang
    log.info("%s: its dates are read %s first, as it writes them, not as %s does", source.path,
             "day" if written_day_first else "month", lang)
    return "en-GB" if written_day_first else "en-US"


ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
"""A date alone as ISO 8601 writes it, as wikis and minutes name a meeting's page by its
day: said as the date it is, "2 April 2020", where its digits apart are not."""


def parse_document(source: SourceFile, settings: Settings) -> Document:
    """Parse one handout into a `Document`; raise `HandoutError` if it cannot be published."""
    from handout.read.generators import settle_tree, undecorated, without_closing_emoji

    front = source.front_matter
    if source.html is None and source.body_line == 1 and not source.body.strip():
        # Windows' "New > Text Document", renamed: no front matter for the words to go below.
        raise HandoutError("the file is empty: write the handout in it and save it, or take it "
                           "out of the source folder", source.path)
    if source.html is not None:  # a Word file, converted by `word`
        tree, text = parse_html(source.html), ""
    else:
        html, text, notes = render_markdown(
            closed_media(closed_divs(closed_comment(source))), source.variables)
        for line, message, severity in sorted(notes):
            if severity == WARNING:  # a gap in a sentence: said at the build, as the lint does
                log.warning("%s:%d: %s", source.path, source.body_line + line, message)
        tree = parse_html(html)
    if nesting_depth(tree) > DEEPEST_NESTING:
        raise HandoutError.collect([too_deeply_nested(source.path)])
    # Word's default language, often that of Word itself, after the project's `lang`
    lang = str(front.get("lang") or settings.lang or front.get("default_lang") or "en")
    body = clean_tree(settle_tree(tree, lang), source, settings)
    check_images(body, source, settings.source, lang)
    notes = body.find("./div[@class='footnote']")
    if notes is not None:
        body.remove(notes)
    elements = list(body)
    rules_for_separator_headings(body, elements)
    worded = [element for element in elements if _has_words(element)]
    if len(worded) > 1 and _home_link_alone(worded[0]) and worded[1].tag == "h1":
        elements.remove(worded[0])  # a site's breadcrumb, "[Home](…)", over the page's title
        body.remove(worded[0])

    title = plain_words(front.get("title") and (without_closing_emoji(
        undecorated(str(front["title"])), heading=True) or str(front["title"])), lang)
    if title is not None and "<" in title:  # `title: Use <code>role</code>`: its words
        title = text_of(parse_html(title)).strip() or title
    has_text = has_words(elements)
    if title is None and not has_text:
        # Said before a title is looked for: an empty Word document was first warned of
        # having no title, its file name taken, then stopped for having no text.
        raise no_text(source)
    if title is None:
        title = take_title(elements, source, lang)
        body[:] = elements
    elif (first := next((e for e in elements if not (_picture_alone(e) or e.tag == "p"
                                                     and not _has_words(e))), None)) \
            is not None and first.tag == "h1" and (
                words_alone(text_of(first)) == words_alone(title)
                or ISO_DAY.fullmatch(title) and title in text_of(first)):
        # The title, written again as the first heading, perhaps in capitals ("Looking
        # After Your Feet!"): printed and said twice. So under a banner picture, which
        # stays under the title: a Hugo site's "{{< image … >}}" over "# Save water".
        # A title that is the date alone gives way to the heading that holds it: Wiki.js
        # names minutes by their day, "title: 2023-03-04" over "# SGM Minutes 2023-03-04"
        # (sweep CV), and the title was said "4 March 2023" twice, with the date, and the
        # heading made a section of its own.
        if ISO_DAY.fullmatch(title):
            title = _words(first)
        elements.remove(first)
        body.remove(first)
    leave_out_empty_headings(body, elements, source, text)
    if not has_words(elements):
        if not has_text:  # a title in front matter or Word's File > Info, over nothing
            raise no_text(source)
        # A notice of one line, in bold or a heading ("Clinic closed on Monday 5 May"), is
        # its title, printed and said once, as Word shows it: it was refused as having "no
        # text". Told, since words that cannot be read may have been all the rest.
        where = f"{source.path}:{source.body_line}" if source.html is None else source.path
        log.warning("%s: the handout is only its title, %r, which is printed and said "
                    "alone: if it should say more, write that below the title", where, title)

    words = " ".join([title, *(text_of(e) for e in elements)])
    warn_marked_passages(source, lang, elements)
    passages, bilingual = other_language_passages(source, lang, elements)
    wrong_letters = warn_language_mismatch(source, lang, title, elements, words, settings.lang,
                                           bilingual)
    if wrong_letters is None and bilingual:  # one language throughout is told as a whole
        warn_other_language_passages(source, lang, passages)
    # A passage in letters the voice cannot read is left unsaid, but not a whole handout
    # in them: that is a wrong `lang`, and warned of as one.
    unsaid = None if wrong_letters or mostly_unreadable(words, lang) else Unsaid()
    lexicon = {**settings.lexicon_for(lang),
               **front.get("pronunciations", {})}
    meta = Metadata(
        title=title,
        lang=lang,
        author=plain_words(None if str(front.get("author")).strip().lower() in NO_AUTHOR
                           else person_named(front.get("author")), lang),
        date=front.get("date"),
        subtitle=plain_words(front.get("subtitle"), lang),
        description=plain_words(front.get("description"), lang),
        keywords=tuple(front.get("keywords", ())),
        voice=front.get("voice"),
        pronunciations=tuple(lexicon.items()),
    )
    footnotes = {li.get("id"): li for li in notes.iter("li")} if notes is not None else {}
    # A stop in a file's name parts words: "leaflet.de" is "leaflet-de", not "leafletde".
    # A name of emoji or marks alone ("🎉.md", "❤️.md") has no words: the title's are taken,
    # where such a handout was published as "section" (or as an invisible U+FE0F); so for
    # a bundle's page in the source folder itself, which has no name of its own.
    slug = unicode_slug(bundle_name(source.path, settings.source).replace(".", " "), "-")
    slug = slug if any(c.isalnum() for c in slug) else slugify(title)
    split_level = section_level(elements, settings.split_level)
    split_tags = HEADING_TAGS[:split_level]
    text_lines, searched_from = text.split("\n"), 0
    lead = title_block(meta, slug)
    title_ids = {line.ref for line in lead}
    taken = {e.get("id") for tree in (body, notes) if tree is not None for e in tree.iter()
             if e.get("id")} | title_ids
    give_way_to_title(body, notes, {slug} | title_ids, taken)

    unlink_missing_anchors(body, notes)
    show_telephone_numbers(body, lang)
    groups: list[list[ET.Element]] = [[]]
    # Everything before the first `##` is the title section. A heading that starts sections
    # with nothing under it before a deeper one, `#` straight over `##`, is one section with
    # it, named by the first: each made an MP3 of its heading alone. A ferry's page (sweep
    # CE, skye-ferry), "# Timetables and Fares" over "## Fares"; a service sheet (sweep CR,
    # stmichaels-service), "# FIRST READING (Exodus 19: 2-8)" over "## A reading from the
    # book of Exodus.", where a listener who skipped to the first reading heard no reading.
    said = [element for element in elements if _has_words(element)]
    joined = {under for over, under in zip(said, said[1:]) if source.html is None
              and over.tag in split_tags and under.tag in split_tags and under.tag > over.tag}
    for element in elements:
        if element.tag in split_tags and element not in joined:
            groups.append([])
        groups[-1].append(element)

    reading = read_dates_as_written(meta.lang, text_of(body), source)
    roman_headings = roman_numbered_headings(elements)
    sections = []
    for index, group in enumerate(groups):
        if index == 0:
            heading, level, section_id = title, 1, slug
            line = source.body_line
        else:
            head = group[0]
            heading, level = printed_words(head), int(head.tag[1])
            section_id = head.get("id")
            if not section_id:  # a Word heading has none, and the contents list links to it
                section_id = slugify(heading)
                if section_id in taken:
                    section_id = next(fresh_ids(f"{section_id}-", taken))
                taken.add(section_id)
                head.set("id", section_id)
            line = heading_line(text_lines, heading, source.body_line, searched_from) \
                if source.html is None else 1
            searched_from = line - source.body_line + 1
        script = script_section(group, footnotes, settings, lexicon, reading,
                                fresh_ids(f"s{index}-", taken), lead if index == 0 else (),
                                unsaid, roman_headings)
        sections.append(Section(
            index=index,
            id=section_id,
            heading=without_closing_dots(heading),  # its MP3's title, its chapter's, its link's
            level=level,
            html="".join(ET.tostring(e, encoding="unicode", method="html") for e in group),
            script=script,
            source=source.path,
            line=line,
        ))
    if unsaid is not None:
        warn_unsaid(source, lang, unsaid, unreadable_alone(title, lang))
    headings = tuple(
        Heading(int(e.tag[1]), printed_words(e), e.get("id") or "")
        for e in body.iter() if e.tag in HEADING_TAGS
    )
    return Document(
        source=source.path,
        slug=slug,
        meta=meta,
        sections=tuple(sections),
        headings=(Heading(1, title, slug),) + headings,
        notes_html="".join(ET.tostring(e, encoding="unicode", method="html")
                           for e in (notes if notes is not None else [])),
    )


def has_words(elements: list[ET.Element]) -> bool:
    """Whether `elements` hold a word or a picture: a handout of marks alone ("-", "|") has
    no words either."""
    return any(re.search(r"\w", text_of(e)) or e.find(".//img") is not None for e in elements)


def no_text(source: SourceFile) -> HandoutError:
    """The error for a handout with nothing to print or say (`has_words`)."""
    if source.html is not None:  # Word: no front matter, no lines
        return HandoutError("the document has no text that can be read (pictures without alt "
                            "text, SmartArt and charts are not): write the handout's words as "
                            "paragraphs in Word", source.path)
    if COMMENT.search(source.body):
        return HandoutError("the handout has no text outside HTML comments ('<!--' to '-->'), "
                            "which are neither printed nor said: write its words outside them",
                            source.path, source.body_line)
    return HandoutError("the handout has no text: write something " + (
        "below the front matter" if source.body_line > 1 else "in it"), source.path,
        source.body_line)


def show_telephone_numbers(body: ET.Element, lang: str) -> None:
    """Give a link to a telephone number whose words hold no number ("Llamar Ahora", "Call
    us") the number after it, in brackets, as print gives a web link its address: a Spanish
    clinic's contact page's button `<a href="tel:+34926966446">Llamar Ahora</a>` printed and
    said only "Llamar Ahora", and a reader on paper or listening had nothing to dial."""
    for link in body.iter("a"):
        href = (link.get("href") or "").strip()
        number = unquote(href[4:]).strip() if href[:4].lower() == "tel:" else ""
        if re.search(r"\d{3}", number) and not re.search(r"\d", "".join(link.itertext())):
            shown = f" ({dialled_number(number, lang)})"  # in the link, which dials it
            if len(link):
                link[-1].tail = (link[-1].tail or "") + shown
            else:
                link.text = (link.text or "") + shown


def dialled_number(number: str, lang: str) -> str:
    """A link's telephone number as the country it is in writes it, in its groups
    (libphonenumber's): "+34926966446" as "+34 926 96 64 46", where the voice took "+349" for
    the country's code; a number without its country's code as the handout's region dials
    it. One it does not know is as the link gives it."""
    import phonenumbers

    from handout.language import babel_locale

    locale = babel_locale(lang)
    try:
        parsed = phonenumbers.parse(number, locale.territory if locale else None)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                                      if number.startswith("+")
                                      else phonenumbers.PhoneNumberFormat.NATIONAL)


def give_way_to_title(body: ET.Element, notes: ET.Element | None, reserved: set[str],
                      taken: set[str]) -> None:
    """Give a fresh id to each element of the page whose id the title block holds (the
    handout's own name, `schedule`, and its byline's and date's), and lead the page's links
    to it there: a Cub Scout pack's `schedule.md` titled "Camping Schedule" had a heading
    "## Schedule", both `id="schedule"`, and its contents link went to the title."""
    trees = [tree for tree in (body, notes) if tree is not None]
    renamed = {}
    for element in (e for tree in trees for e in tree.iter()):
        if element.get("id") in reserved:
            renamed[element.get("id")] = next(fresh_ids(f"{element.get('id')}-", taken))
            element.set("id", renamed[element.get("id")])
    for link in (e for tree in trees for e in tree.iter("a")):
        target = (link.get("href") or "")[1:]
        if link.get("href", "").startswith("#") and target in renamed:
            link.set("href", f"#{renamed[target]}")


def unlink_missing_anchors(body: ET.Element, notes: ET.Element | None) -> None:
    """Links to a place in the page that this handout does not hold (`#+type:abstract`, a
    part of the site the page came from) keep their words and lose their address, which
    would lead nowhere on paper or in the editions. A link to a place it holds is written
    with the id as it is (`#%EF%B8%8F-getting-started`, as GitHub's contents lists spell an
    emoji heading, becomes `#️-getting-started`), since the EPUB and DAISY editions match
    ids as written, not as a browser decodes them. A heading's id spelled by another site's
    rule, GitBook's `#can-i-use-vst-au-plugins-with-jjazzlab` for "Can I use VST/AU plugins
    with JJazzLab?" (the JJazzLab FAQ), where this handout's is `can-i-use-vstau-…`, leads to
    the one heading whose id has the same letters and digits (`loose_id`)."""
    held = {e.get("id") for tree in (body, notes) if tree is not None for e in tree.iter()}
    held |= {slugify(text_of(e).strip()) for e in body if e.tag in HEADING_TAGS}
    loose: dict[str, list[str]] = {}
    for heading in (e for e in body.iter() if e.tag in HEADING_TAGS and e.get("id")):
        loose.setdefault(loose_id(heading.get("id")), []).append(heading.get("id"))
    for link in (a for tree in (body, notes) if tree is not None for a in tree.iter("a")):
        href = link.get("href") or ""
        if not href.startswith("#") or len(href) == 1:
            continue
        alike = loose.get(loose_id(unquote(href[1:])), [])
        if unquote(href[1:]) in held:
            link.set("href", "#" + unquote(href[1:]))
        elif len(alike) == 1:
            link.set("href", "#" + alike[0])
        else:
            del link.attrib["href"]


def loose_id(anchor: str) -> str:
    """An anchor's letters and digits alone, in lower case: what the ways sites spell a
    heading's id share."""
    return re.sub(r"[\W_]+", "", anchor.lower())


def person_named(author):
    """An author given as a site's key for them, "james-powell" (a library blog's), as
    the name it stands for, "James Powell": it was said "By james-powell"."""
    if isinstance(author, str) and AUTHOR_KEY.fullmatch(author.strip()):
        return " ".join(part.capitalize() for part in re.split(r"[-_]", author.strip()))
    return author


AUTHOR_KEY = re.compile(r"[a-z]{2,}(?:[-_][a-z]{2,}){1,3}")
NO_AUTHOR = frozenset({"none", "null", "nil", "n/a", "-", ""})
"""Author values that name nobody, as a template or an export leaves them ("author: None",
Python's word for nothing): the title section said "Por None", and the MP3 tags had it as
the artist."""


def title_heading_at(source: SourceFile, title: str) -> str:
    """Where the heading that gives the handout its title, `title`, is written: its file and
    line (`heading_line`), or the file alone for a Word document. The warning that it was
    used named the body's first line, the closing "---" of the front matter above a date
    and a status over the heading (sweep BA, repro dup-title: line 4 for line 9)."""
    if source.html is not None:
        return str(source.path)
    return f"{source.path}:{heading_line(source.body.split(chr(10)), title, source.body_line, 0)}"


def take_title(elements: list[ET.Element], source: SourceFile, lang: str = "en") -> str:
    """The title of a handout whose front matter gives none, taken out of `elements`: a
    title typed in bold on the first line (`bold_title`), where no one `#` heading is the
    title, or the line under it where that line is a label, "**Meeting Title:**"; else its
    first `#` heading, unless other headings come before it; else its first line, a plain
    one with no stop over two `##` parts or more (`plain_title`); else
    its first heading of any level, if it opens the text (under a logo, as a README's
    centred `<h3>` does) or is of the shallowest level there and the file's name is no
    title written with spaces (with a warning); else its file name made readable (with a
    warning). The pictures of a heading
    taken (`_pictures`) stay where it was, as a paragraph. A letterhead's logo over the
    title in bold is passed over: a volunteer form's title was its file name, said "an
    elvollapform", and its real title a line of the text."""
    top = [e for e in elements if e.tag == "h1" and _words(e)]
    if top and any(e.tag in HEADING_TAGS for e in elements[:elements.index(top[0])]):
        top = []  # a `#` after the page's sections shows one: Obsidian's guide to headings
    logos = next((n for n, e in enumerate(elements)
                  if not (_picture_alone(e) or e.tag == "p" and not _has_words(e))), len(elements))
    if logos + 1 < len(elements) and _words(elements[logos]).endswith(("…", "...")) \
            and bold_title(elements[logos], motto=True):
        logos += 1  # a motto in bold over the title: a festival's "Творчість є…"
    bold_first = logos < len(elements) and len(top) != 1 and bold_title(elements[logos])
    label = bold_first and _is_label(elements[logos])
    if label:
        # A form's label is no title: the line it labels is, as a meeting's minutes from
        # Google Docs open with "**Meeting Title:**" over "Governance Committee Meeting"
        # (sweep BL, governance-minutes; repro label), titled "Meeting Title". A label
        # over no such line leaves the title to the rules below.
        value = next((e for e in elements[logos + 1:] if _has_words(e)), None)
        if value is not None and (plain_title(value) or bold_title(value)) \
                and not _is_label(value):
            title = _words(value)
            _take_heading(elements, value)
            _take_heading(elements, elements[logos])
            return title
    if bold_first and not label:
        first_line = elements[logos]
        title = _words(first_line)
        second = elements[logos + 1] if logos + 1 < len(elements) else None
        if second is not None and not top and bold_title(second) \
                and not re.search(r":|\d", _words(second)) \
                and not _is_label(second):
            # A club's name over the policy's, two bold lines (as two `#` headings, below);
            # not a label, "Date: 5 May", nor a lead-in: a code of conduct's "**CODE OF
            # CONDUCT**" over "**You are strictly not allowed to:**" and its list (sweep AS,
            # mp-conduct) was titled "CODE OF CONDUCT: You are strictly not allowed to",
            # and its list printed and said without the words that introduce it.
            title = join_title_lines(title, _words(second), lang)
            _take_heading(elements, second)
        _take_heading(elements, first_line)  # its logo stays where it was
        return title
    where = f"{source.path}:{source.body_line}" if source.html is None else str(source.path)
    fix = ("give 'title:' its words in the front matter" if "title" in source.key_lines else
           "add 'title: ...' to the front matter" if source.html is None else
           "give its first line Word's Title style, or fill in Title under File > Info")
    first = top[0] if top else None
    if len(top) == 2 and elements[:2] == top and \
            _words(top[0]).split()[0] != _words(top[1]).split()[0]:  # not "Part 1", "Part 2"
        # A club's name over the policy's, both `#` and nothing between: its 37 policies
        # were all titled "Wickwar Out of School Club", each with a section of that alone.
        # (Not a title over its first of several chapters: "# Week 1", "# Week 2".)
        title = join_title_lines(_words(top[0]), _words(top[1]), lang)
        _take_heading(elements, top[0])
        _take_heading(elements, top[1])
        return title
    if first is not None and any(_has_words(e) and not bold_title(e)
                                 for e in elements[logos:elements.index(first)]):
        # Text before it, not a letterhead's name in bold: a paper's "References" after its
        # text (pandoc's mendeley_citations.docx) was lifted to the top, its text under it
        # and its list without it. It titles the handout and stays where it is.
        title = _words(first)
        log.warning("%s: no title: the first heading, %r, is used; %s",
                    title_heading_at(source, title), title, fix)
        return title
    if first is not None:
        title = _words(first)
        _take_heading(elements, first)
        if len(top) > 1:  # a statute's chapters: the first was taken, with no word said
            log.warning("%s: no title: the first of %d top-level headings, %r, is used, and "
                        "is not printed as a heading; %s", title_heading_at(source, title),
                        len(top), title, fix)
        return title
    headings = [e for e in elements if e.tag in HEADING_TAGS and _words(e)]
    first = headings[0] if headings else None
    if logos < len(elements) and plain_title(elements[logos]) \
            and sum(e.tag == "h2" for e in headings) >= 2 and elements.index(headings[0]) > logos:
        # A first line over the page's `##` parts: an association's "Constitution of the
        # “Alakajam!” association" gave way to its first article's "PREAMBLE".
        title = _words(elements[logos])
        _take_heading(elements, elements[logos])
        log.warning("%s: no title: the first line, %r, is used; %s", where, title, fix)
        return title
    named = " " in NAMED_LANGUAGE.sub("", source.path.stem).strip()
    if first is not None and (elements.index(first) <= logos
                              or first.tag == min(heading.tag for heading in headings)
                              and not named):
        # Not a heading under text that is deeper than the page's sections: Obsidian's
        # guide to callouts was titled by its example's "### Change the title". Nor one
        # after text in a file named as a title is, with spaces (Obsidian's, whose notes
        # are titled by their file's name): four of Obsidian's help pages were titled by
        # their first section, "Thuế bán hàng.md" (sales tax) by "Miễn thuế" (exemption).
        title = _words(first)
        if elements.index(first) <= logos:  # a heading further down stays where it is
            _take_heading(elements, first)
        log.warning("%s: no title: the first heading, %r, is used; %s",
                    title_heading_at(source, title), title, fix)
        return title
    # Not the language's tag a site names its translations with: "first-aid_kit.es.md" was
    # "First aid kit es"; nor the date a post's name opens with, which dates it: a parish's
    # Jekyll post (sweep CR, stmichaels-news) was "2026 06 14 second after trinity news".
    # A name that is a date alone keeps its dashes, to be said as the date it is: a TSC's
    # minutes, "2020-04-02.md" (sweep CV), were "2020 04 02", "twenty twenty zero four…".
    title = source.path.stem if ISO_DAY.fullmatch(source.path.stem) else re.sub(
        r"[-_.\s]+", " ", NAMED_LANGUAGE.sub("", POST_DATE.sub(
            "", source.path.stem, count=1))).strip()
    title = title[:1].upper() + title[1:] if title else "Handout"
    log.warning("%s: no title and %s: the file name, %r, is used; %s", where,
                "no heading that opens the handout" if headings else "no heading", title, fix)
    return title


def plain_title(element: ET.Element) -> bool:
    """Whether `element` is a title typed as a plain line: a paragraph of words alone (no
    link, picture or line break), at most `BOLD_TITLE_WORDS` of them, starting with a
    letter or a digit and ending with no stop, as a title does and a sentence does not."""
    words = _words(element)
    return element.tag == "p" and all(child.tag in ("em", "i", "strong", "b", "span", "code")
                                      for child in element.iter() if child is not element) \
        and 0 < len(words.split()) <= BOLD_TITLE_WORDS \
        and not words.endswith(tuple(".:;,!?…")) \
        and unicodedata.category(words[0]) in ("Lu", "Lt", "Lo", "Nd")


TITLE_GOES_ON = {
    "en": "of for and to in on at by with from",
    "fr": "de du des d et à au aux pour en sur par avec",
    "es": "de del y e al para en con por sobre",
    "it": "di del della dello dei degli delle d e ed al alla per in nel nella con su sul "
          "sulla da dal dalla",
    "pt": "de do da dos das e ao à para em no na nos nas com por pelo pela sobre",
    "de": "der des von vom zum zur für und im in mit auf bei über",
    "nl": "van der en voor in op met bij over",
    "pl": "i w we z ze na do dla o od po przy",
}
"""Words that carry a title's first line on into its second, by language: prepositions,
and articles joined to them ("del", "du", "do"), and "and"; not an article alone, which may
open a title of its own ("The Allergy Plan") (`join_title_lines`)."""


def join_title_lines(first: str, second: str, lang: str) -> str:
    """A title typed on two lines as one: "first: second", as a club's name over its
    policy's; or with a space where the second goes on with the first's phrase, opening
    with a preposition (`TITLE_GOES_ON`). An Italian municipality's
    application was titled "ORGANISMO DI COMPOSIZIONE DELLA CRISI (OCC): DEL COMUNE DI
    ABBIATEGRASSO", a colon cutting "of the municipality of" from the body it names."""
    words = TITLE_GOES_ON.get(lang.split("-")[0].lower(), TITLE_GOES_ON["en"]).split()
    opening = re.match(r"[^\W\d_]+", second)
    if opening and opening.group().lower() in words and not first.endswith((":", ".")):
        return f"{first} {second}"
    return f"{first.rstrip(':')}: {second}"


def _is_label(element: ET.Element) -> bool:
    """Whether `element`'s words end with a colon, as a label's or a lead-in's do."""
    return text_of(element).strip().endswith((":", "："))


def _has_words(element: ET.Element) -> bool:
    return bool(re.search(r"\w", "".join(element.itertext())))


HOME_LINK_WORDS = frozenset({"home", "back", "back to home", "home page", "homepage",
                             "back to homepage", "back to home page", "main page"})


def _home_link_alone(element: ET.Element) -> bool:
    """Whether `element` is a paragraph of one link back to its site's home page, "[Home](…)",
    a site's breadcrumb over a page's `#` heading: a council's tips of the month (sweep CT,
    D6, tip-of-the-month) printed "Home (https://…)" under the title and said "Home" in
    the title's MP3, and the title written again under it was a second section."""
    return element.tag == "p" and len(element) == 1 and element[0].tag == "a" \
        and not (element.text or "").strip() and not (element[0].tail or "").strip() \
        and " ".join(re.findall(r"\w+", text_of(element).lower())) in HOME_LINK_WORDS


def _picture_alone(element: ET.Element) -> bool:
    """Whether `element` is a paragraph of pictures and no words, a picture that cannot be
    had (a README's logo from its site, printed as a box of its description) counting as
    one."""
    def words(part: ET.Element) -> str:  # the text outside the pictures
        if _is_picture(part):
            return ""
        return (part.text or "") + "".join(words(child) + (child.tail or "") for child in part)

    return element.tag == "p" and any(map(_is_picture, element.iter())) \
        and not re.search(r"\w", words(element))


BOLD_TITLE_WORDS = 12
"""The most words a line in bold may have to be taken for a title (`bold_title`)."""


def bold_title(element: ET.Element, motto: bool = False) -> bool:
    """Whether `element` is a title typed as a line in bold: a paragraph that is one bold
    run of at most `BOLD_TITLE_WORDS` words, starting with a letter, a digit or an opening
    mark (not a box to tick, "☐ Your responsibilities"), not a sentence ending in a full
    stop. Google Docs' "Download as Markdown" writes a document's title so, over its `#`
    headings (the parts of the document), and Word's authors make a title so without its
    Title style: the first part's heading was taken for the title, and the title printed
    under it as a line of bold body text. A logo beside it is passed over (a statute's
    "**STATUTS TAVERNE DU TROLL** ![](logo.png)" gave way to its first chapter's heading),
    and so is an empty line before it; a motto ending in "…" is no title (`motto`: whether
    `element` is such a motto, a line in bold ending so). A picture before the bold words is
    no logo but what they are about ("![Warning] **Do not eat**"). An empty anchor before
    the words, the bookmark Google Docs gives a line it saved as a heading, is passed over
    too: a Brazilian ministry's application form opened with "ANEXO 1 - Formulário de
    inscrição" in bold, 14 points and coloured after one, and was titled by its file's
    name, "Anexo I Ficha de inscricao", its accents lost."""
    pictures = _pictures(element)
    runs = [child for child in element if child not in pictures and not (
        child.tag == "a" and child.get("id") and child.get("href") is None and not len(child)
        and not (child.text or "").strip() and not (child.tail or "").strip())]
    if element.tag != "p" or (element.text or "").strip() or len(runs) != 1 \
            or (pictures and list(element).index(runs[0]) > list(element).index(pictures[0])):
        return False
    [run] = runs
    words = _words(element)
    return run.tag in ("strong", "b") and not (run.tail or "").strip() and \
        0 < len(words.split()) <= BOLD_TITLE_WORDS and \
        (words.endswith(("…", "...")) if motto else not words.endswith((".", "…"))) and \
        unicodedata.category(words[0]) in ("Lu", "Ll", "Lt", "Lo", "Nd", "Pi", "Ps")


TITLE_SEPARATORS = "·•|–—-:,;/"
"""Marks that stood between a heading's words and its pictures ("reactnative.dev &middot;
[![CC BY 4.0 license](...)]"): with the pictures gone they would end the title."""


def _words(heading: ET.Element) -> str:
    """A heading's own words, without the pictures it holds (`_pictures`) or the marks
    that stood between them and its words (a Word document's first heading is often its
    banner picture; a README's, a row of badges), nor a note's number ("Data Privacy
    Policy 1", a consent form's title with a note on it). A line break is a space
    (`printed_words`)."""
    pictures = _pictures(heading)
    parts = [heading.text or ""]
    for child in heading:
        if child not in pictures and not (child.get("id") or "").startswith("fnref"):
            parts.append(" " if child.tag == "br" else text_of(child, line_break=" "))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()).strip(TITLE_SEPARATORS + " ")


def _pictures(heading: ET.Element) -> list[ET.Element]:
    """The children of `heading` that are, or hold, a picture: an `<img>`, the box printed
    for one that cannot be had (`images.replace_with_box`), or a link around either."""
    return [child for child in heading if any(map(_is_picture, child.iter()))]


def _is_picture(element: ET.Element) -> bool:
    """Whether `element` is a picture: an `<img>`, or the box printed for one that cannot
    be had (`images.replace_with_box`)."""
    return element.tag == "img" or "missing-picture" in (element.get("class") or "")


def _take_heading(elements: list[ET.Element], heading: ET.Element) -> None:
    """Take `heading`, the title, out of `elements`, leaving its pictures in its place as a
    paragraph: React Native's README heads itself "# [React Native](...) &middot;" and four
    badges (its licence, its build, its npm version, "PRs welcome"), which cannot be had
    and print as boxes holding their descriptions; the title was "React Native ·
    Picture not available: GitHub license Picture not available: Circle CI Status ...",
    at 28 points on the first page and as the name of every audio file."""
    pictures = _pictures(heading)
    if not pictures:
        elements.remove(heading)
        return
    paragraph = ET.Element("p")
    for index, picture in enumerate(pictures):
        picture.tail = " " if index < len(pictures) - 1 else None
        paragraph.append(picture)
    elements[elements.index(heading)] = paragraph


def section_level(elements: list[ET.Element], split_level: int) -> int:
    """The heading level that starts sections: `split_level`, or, in a handout with no
    heading at or above it (one whose headings start at `###`), its shallowest level, so
    that its parts are still sections to listen to one by one. A split level of 1 asks for
    the whole handout as one section (its only `#` heading is the title), and gets it. Not a
    level whose one heading opens the handout under its title: a blog's byline set as
    `######` (sweep CH, vi-blog-tu-chua-benh, "9 tháng 12, 2022 bởi Admin") made the whole
    article one section, named by its date, with nothing in the title's."""
    levels = [int(e.tag[1]) for e in elements if e.tag in HEADING_TAGS]
    if split_level >= 2 and levels and min(levels) > split_level and not (
            levels.count(min(levels)) == 1 and elements[0].tag == f"h{min(levels)}"):
        return min(levels)
    return split_level


def fresh_ids(prefix: str, taken: set[str]) -> Iterator[str]:
    """`prefix1`, `prefix2`, ... skipping (and then taking) ids already in use."""
    for number in itertools.count(1):
        candidate = f"{prefix}{number}"
        if candidate not in taken:
            taken.add(candidate)
            yield candidate


def long_date(date: dt.date, lang: str = "en") -> str:
    """A date as the title block prints it and the narrator says it, in the handout's
    language: 29 December 2023, 29 de diciembre de 2023."""
    from handout.language import long_date as in_language

    return in_language(date, lang)


PASSAGE_WORDS = 25
"""The fewest words (of two letters or more) under a heading for its passage's language to be
told apart from its handout's: a bin collection leaflet's Welsh half, four sentences under
'## Cymraeg', has 37, and the identifier is sure of Welsh from 20."""


@dataclass(frozen=True)
class Passage:
    """A run of a handout's elements, from a heading (or its start) to the next passage in
    another language, whose words clearly read as `lang`, other than the handout's."""

    lang: str
    elements: tuple[ET.Element, ...]
    line: int | None


def other_language_passages(source: SourceFile, lang: str, elements: list[ET.Element],
                            ) -> tuple[list[Passage], bool]:
    """The passages of a handout, each from a heading of any level to the next, whose words
    (`prose_of`: not code) clearly read as another language in the same letters as `lang`
    (`language.reads_as`, with `PASSAGE_WORDS`), runs in one language joined; and whether
    another run reads as `lang` itself, the handout being then clearly bilingual. A run too
    short to tell continues the passage before it. In other letters, a passage is left
    unsaid and warned of as such (`warn_unsaid`)."""
    from handout.language import KINDRED_LANGUAGES, language_script, plainly_english, reads_as

    given = lang.split("-")[0].lower()
    runs: list[list[ET.Element]] = [[]]
    for element in elements:
        if element.tag in HEADING_TAGS and runs[-1]:
            runs.append([])
        runs[-1].append(element)
    text_lines, searched_from = source.body.split("\n"), 0
    passages: list[Passage] = []
    bilingual, current = False, None
    for run in runs:
        line = None
        if source.html is None and run[0].tag in HEADING_TAGS:
            line = heading_line(text_lines, printed_words(run[0]), source.body_line,
                                searched_from)
            searched_from = line - source.body_line + 1
        if any(element.get("lang") for element in run):  # marked: `warn_marked_passages`
            current = None
            continue
        prose = " ".join(map(prose_of, run))
        found = given if given == "en" and plainly_english(prose, PASSAGE_WORDS) \
            else reads_as(prose, fewest=PASSAGE_WORDS)
        if found is None:
            if current is not None:  # too short to tell: the passage goes on
                passages[-1] = replace(passages[-1], elements=passages[-1].elements + tuple(run))
            continue
        if found == given or any({found, given} <= kindred for kindred in KINDRED_LANGUAGES):
            bilingual, current = True, None
        elif language_script(found) != language_script(lang):
            current = None
        elif found == current:
            passages[-1] = replace(passages[-1], elements=passages[-1].elements + tuple(run))
        else:
            current = found
            passages.append(Passage(found, tuple(run), line or (
                source.body_line if source.html is None else None)))
    return passages, bilingual


def warn_other_language_passages(source: SourceFile, lang: str,
                                 passages: list[Passage]) -> None:
    """Warn, at the line each starts on, of passages in another language (`Passage`), which
    the voice of `lang` reads with its own rules, and mark each element of one with its
    `lang`, so that a reader's own screen reader speaks the web page's, the EPUB's and the
    DAISY book's passage in its language (WCAG 3.1.2). A council's leaflet, 'lang: en', with
    its Welsh half under '## Cymraeg', was narrated in English with no word; the Canadian
    Digital Service's README, its French half below its English, was too, and had it no
    `lang` and its French half the larger, it was told to add 'lang: fr', with which the
    French voice would read its English half."""
    from handout.language import babel_locale

    def name_of(tag: str) -> str:
        locale = babel_locale(tag)
        return locale.get_display_name("en").split(" (")[0] if locale else tag

    for passage in passages:
        for element in passage.elements:
            element.attrib.setdefault("lang", passage.lang)
        at = f"{source.path}:{passage.line}" if passage.line else str(source.path)
        fix = "a Word document of its own, with its language set to its own" \
            if source.html is not None else f"a handout of its own, with 'lang: {passage.lang}'"
        log.warning("%s: this passage reads as %s, but the handout's language is %s, so the %s "
                    "voice reads it, with %s's rules: to have it narrated in %s, make it %s",
                    at, name_of(passage.lang), name_of(lang), name_of(lang), name_of(lang),
                    name_of(passage.lang), fix)


def warn_marked_passages(source: SourceFile, lang: str, elements: list[ET.Element]) -> None:
    """Warn, at its line, of each run of elements marked with another language than the
    handout's (`<div lang="fr" markdown="1">`, whose `lang` its blocks keep): the web page,
    the EPUB and the DAISY book give it its language, and the speech script its rules
    (`script._Reader.block`), but the handout's voice reads it. A bilingual leaflet's French
    half was said by the English voice, "avant 7 hours", with no word of it."""
    from handout.language import KINDRED_LANGUAGES, babel_locale

    def name_of(tag: str) -> str:
        locale = babel_locale(tag)
        return locale.get_display_name("en").split(" (")[0] if locale else tag

    given, before = lang.split("-")[0].lower(), None
    for element in elements:
        marked = element.get("lang")
        primary = (marked or "").split("-")[0].lower()
        if not marked or primary == given or marked == before or any(
                {primary, given} <= kindred for kindred in KINDRED_LANGUAGES):
            before = None if element.tag not in HEADING_TAGS else before
            continue
        before = marked
        at = next((line_holding(source, f"lang={quote}{marked}{quote}") for quote in "\"'"
                   if f"lang={quote}{marked}{quote}" in source.body), str(source.path))
        log.warning("%s: the passage marked lang=\"%s\" is narrated by the %s voice, with %s's "
                    "rules for numbers and units; the web page, EPUB and DAISY book give it "
                    "its language: to have it narrated in %s, make it a handout of its own, "
                    "with 'lang: %s'", at, marked, name_of(lang), name_of(marked),
                    name_of(marked), marked)


def warn_language_mismatch(source: SourceFile, lang: str, title: str,
                           elements: list[ET.Element], words: str,
                           project_lang: str = "", bilingual: bool = False) -> str | None:
    """Warn, at its `lang` (else at line 1), when a handout's text (`words`, its title's and
    its elements' words) is not in the language it will be narrated in: written in other
    letters than that language's (`language.script_mismatch`), or, in the same letters,
    clearly in another language (`language.words_mismatch`, on its prose: code is no
    language), where its author gave no `lang` (`project_lang`, the project's setting, is
    a default, not a choice for this handout). A warning, never an error: a handout may
    quote another language, and an identifier can be wrong. A `bilingual` handout's other
    language is warned of passage by passage (`warn_other_language_passages`): told to take
    that language's `lang`, its own would be read by that voice. Returns the letters most of
    the text is in, if they are not the language's."""
    from handout.language import (KINDRED_LANGUAGES, babel_locale, other_letters, reads_as,
                                  script_mismatch, tag_to_write, words_mismatch)

    def name_of(tag: str) -> str:
        locale = babel_locale(tag)
        return locale.get_display_name("en").split(" (")[0] if locale else tag

    line = source.key_lines.get("lang") or source.key_lines.get("language")
    script = script_mismatch(lang, words)
    # The words are weighed only where no author chose the language (none given, or the
    # file's name gave it; Word's is often its installation's): the identifier's model takes
    # a second to load, which every edit of a handout with its `lang` would pay.
    chosen = source.html is None and line is not None
    found = None if script or chosen or bilingual else words_mismatch(
        lang, " ".join([title, *map(prose_of, elements)]))
    if script is None and found is None:
        return None
    text = " ".join([title, *map(prose_of, elements)])
    word = "select all of it in Word and set its language (Review, Language), or save it " \
           "with the right one"
    if script:
        locale = babel_locale(lang)
        name = locale.get_display_name("en") if locale else lang
        at = str(source.path) if source.html is not None or not line else \
            f"{source.path}:{line}"
        found = reads_as(other_letters(lang, text), sure=0.5, fewest=5)
        if found and any({found, lang.split("-")[0].lower()} <= kindred
                         for kindred in KINDRED_LANGUAGES):
            found = None  # Croatian in Cyrillic letters is no Serbian
        found = found and tag_to_write(found, text)  # "zh-Hant", not "zh" nor "wuu"
        tag = f"'lang: {found}'" if found else "its language's tag"
        fix = word if source.html is not None else \
            f"correct 'lang' in the front matter to {tag}" if line else \
            f"add {tag} to its front matter"
        log.warning("%s: the handout's language is %s (%s), but most of its text is in %s, "
                    "which the %s voice would read: %s", at, name, lang, script,
                    name.split(" (")[0], fix)
        return script
    given = "lang" in source.front_matter
    if source.html is not None:
        at = str(source.path)
        reason = f"Word gives its language as '{lang}'" if given or (
            "default_lang" in source.front_matter and not project_lang) else \
            f"the project's 'lang' is '{project_lang}'" if project_lang else \
            "Word gives it no language"
        fix = f"if it is in {name_of(found)}, {word}, or name the file for its language " \
              f"('{source.path.stem.split('.')[0]}.{found}{source.path.suffix}')"
    elif not given:
        reason = f"the project's 'lang' is '{project_lang}'" if project_lang else \
            "no 'lang' is given"
        at, fix = f"{source.path}:1", f"add 'lang: {found}' to its front matter"
    else:  # `named_language`: the file's name, or its folder, gave it
        named_by = "file name" if NAMED_LANGUAGE.search(source.path.stem) else "folder"
        at, reason = f"{source.path}:1", f"its {named_by} gives 'lang' as '{lang}'"
        fix = f"if it is in {name_of(found)}, add 'lang: {found}' to its front matter"
    log.warning("%s: this handout reads as %s, but %s, so it is narrated in %s: %s", at,
                name_of(found), reason, name_of(lang), fix)
    return None


def warn_unsaid(source: SourceFile, lang: str, unsaid: Unsaid, title: bool) -> None:
    """Warn, at the first of them, of the passages left unsaid because the voice of `lang`
    cannot read their letters (`words.unreadable_alone`): the English half of a bilingual
    leaflet is narrated, and its author told how to have the other half narrated too. The
    title (`title`: it is the first of them) cannot be put in a handout of its own: its
    author is told to write it in the voice's language. And of the words in such letters
    left out of the sentences said ("Ask for עזרה (help) or مساعدة at the desk." was said
    "Ask for (help) or at the desk."), which went unsaid with no word, quoting the first
    few."""
    from handout.language import babel_locale, letters_of

    locale = babel_locale(lang)
    voice = locale.get_display_name("en").split(" (")[0] if locale else lang
    passages = unsaid.passages
    if title and passages:
        where = "in Word, the line styled Title, or with none, File > Info > Properties > " \
            "Title" if source.html is not None else "its 'title' in the front matter, or " \
            "with none, its first heading"
        log.warning("%s: the %s voice cannot read %s, so the title \"%s\" is printed but not "
                    "said: to have it said, write the title in %s (%s)", source.path, voice,
                    letters_of(passages[0]), passages[0], voice, where)
        passages = passages[1:]
    if passages:
        first = passages[0]
        count = "1 passage in them is" if len(passages) == 1 \
            else f"{len(passages)} passages are"
        start = first if len(first) <= 40 else first[:40] + "…"
        fix = "a Word document of their own, with its language set to theirs" \
            if source.html is not None else "a handout of their own, with their 'lang'"
        # Named by its letters the voice cannot read, and found by its whole line first: an
        # emergency card's "- AR: أحتاج مساعدة" (sweep CY) was "Latin letters", from its
        # label, and at the heading above that held its phrase too
        unread = OTHER_SCRIPT_RE.search(first).group()
        log.warning("%s: the %s voice cannot read %s, so %s printed but not said (the first: "
                    "\"%s\"): to have them narrated, put them in %s",
                    line_holding(source, first, unread), voice, letters_of(unread), count,
                    start, fix)
    words = list(dict.fromkeys(word.rstrip("\u200c\u200d\u200e\u200f")
                               for word in unsaid.words))
    if words:
        count = "1 word in the sentences it reads is" if len(words) == 1 \
            else f"{len(words)} words in the sentences it reads are"
        quoted = ", ".join(f'"{word}"' for word in words[:UNSAID_QUOTED]) \
            + (", …" if len(words) > UNSAID_QUOTED else "")
        log.warning("%s: the %s voice cannot read %s, so %s printed but not said (%s): to "
                    "have them said, write beside each how it sounds in Latin letters",
                    line_holding(source, words[0]), voice,
                    " or ".join(dict.fromkeys(letters_of(word) for word in words)), count,
                    quoted)


UNSAID_QUOTED = 5
"""The words left out of sentences that a warning quotes, before "…": a page's list of
twenty languages, each named in its own letters, is not quoted whole."""


def line_holding(source: SourceFile, *words: str) -> str:
    """`path:line` of the first line of the handout's body holding the first of `words` that
    one holds, or its path."""
    lines = list(enumerate(source.body.split("\n"), source.body_line)) \
        if source.html is None else []
    line = next((number for word in words for number, text in lines if word in text), None)
    return f"{source.path}:{line}" if line else str(source.path)


def prose_of(element: ET.Element) -> str:
    """The words of `element` as `text_of` gives them, less code (blocks and spans), which
    is in no spoken language: what a handout's language is told by."""
    if element.tag in ("pre", "code"):
        return ""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(prose_of(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def title_block(meta: Metadata, slug: str) -> tuple[Lead, ...]:
    """The title block's lines (title, subtitle, author, date) as the title section says them
    first, each with the id of the element that prints it (`title_block_ids`)."""
    ids = title_block_ids(slug)
    lines = [Lead(meta.title, ids["title"])]
    if meta.subtitle:
        lines.append(Lead(meta.subtitle, ids["subtitle"]))
    if meta.author:
        lines.append(Lead(words_for(meta.lang).by.format(author=meta.author), ids["byline"]))
    if meta.date:
        lines.append(Lead(long_date(meta.date, meta.lang), ids["date"]))
    return tuple(lines)


def title_block_ids(slug: str) -> dict[str, str]:
    """Ids of the title block's elements in every edition that prints it."""
    return {"title": slug, "subtitle": f"{slug}-subtitle", "byline": f"{slug}-byline",
            "date": f"{slug}-date"}


def title_block_words(meta: Metadata) -> list[str]:
    """What the title section says before its introduction: title, subtitle, author, date."""
    return [line.words for line in title_block(meta, "")]
