"""Document model: one handout's Markdown parsed once into metadata and sections.

`parse_document` turns a `SourceFile` into a frozen `Document`: Python-Markdown renders
the body (with the `extra`, `sane_lists` and `toc` extensions), the HTML is parsed back into
an element tree, cleaned of anything that could act (scripts, event handlers, remote
references), and split into `Section`s at the split heading level. Each section carries its
speech script (`script`) and its HTML, in which every sentence the script speaks is marked
with an id, so print, audio and the editions that follow the voice read one model and none
re-parses Markdown. `load_documents` reads every handout of the source folder this way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

import markdown
import tinyhtml5
from markdown.extensions.toc import slugify_unicode

from handout.config import Settings
from handout.errors import HandoutError, Problem
from handout.language import words_for
from handout.read.images import check_images
from handout.read.sanitize import clean_tree
from handout.read.script import (HEADING_TAGS, Lead, Utterance, script_section, text_of,
                                 transcript_of)
from handout.read.sources import SourceFile, find_sources, read_source


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


def slugify(text: str) -> str:
    """A file- and URL-safe name: lower case words joined by hyphens."""
    return slugify_unicode(text, "-") or "section"


def markdown_to_tree(body: str) -> ET.Element:
    """The body rendered by Python-Markdown and parsed back into a cleaned `<body>` tree."""
    md = markdown.Markdown(
        extensions=["extra", "sane_lists", "toc"],
        # Footnote ids joined with "-", not ":", which an XML id (EPUB, DAISY) cannot hold;
        # "extra" passes its sub-extensions' settings on by their names.
        extension_configs={"toc": {"slugify": slugify_unicode},
                           "extra": {"footnotes": {"SEPARATOR": "-"}}},
        output_format="html",
    )
    return parse_html(md.convert(body))


def parse_html(fragment: str) -> ET.Element:
    """An HTML fragment parsed as a browser would, returned as the `<body>` holding it."""
    root = tinyhtml5.parse(f"<!DOCTYPE html><html><body>{fragment}</body></html>",
                           namespace_html_elements=False)
    body = root.find("body")
    assert body is not None
    return body


def heading_lines(body: str, first_line: int, split_level: int) -> list[int]:
    """File line of each heading at or above `split_level`, in order, outside code fences."""
    lines = body.split("\n")
    found = []
    fence = None
    for index, line in enumerate(lines):
        stripped = line.strip()
        marker = re.match(r"(`{3,}|~{3,})", stripped)
        if marker:
            if fence is None:
                fence = marker.group(1)[0]
            elif stripped.startswith(fence * 3):
                fence = None
            continue
        if fence is not None:
            continue
        atx = re.match(r"\s{0,3}(#{1,6})\s", line + " ")
        if atx and len(atx.group(1)) <= split_level:
            found.append(first_line + index)
        elif (index > 0 and lines[index - 1].strip() and re.fullmatch(r"\s{0,3}(=+|-+)\s*", line)
              and not re.match(r"\s{0,3}([-*+]|\d+[.)])\s", lines[index - 1])
              and (line.strip()[0] == "=" and split_level >= 1 or split_level >= 2)):
            found.append(first_line + index - 1)
    return found


def load_documents(settings: Settings) -> list[Document]:
    """Every handout under the source folder, parsed; all problems reported together."""
    documents, problems = [], []
    for path in find_sources(settings.source):
        try:
            documents.append(parse_document(read_source(path), settings))
        except HandoutError as error:
            problems.extend(error.problems)
    if problems:
        raise HandoutError.collect(problems)
    slugs = [d.slug for d in documents]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise HandoutError.collect([
            Problem(f"two handouts would both be published as '{d.slug}': rename one", d.source)
            for d in documents if d.slug in duplicates])
    return documents


def parse_document(source: SourceFile, settings: Settings) -> Document:
    """Parse one handout into a `Document`; raise `HandoutError` if it cannot be published."""
    front = source.front_matter
    body = clean_tree(markdown_to_tree(source.body), source, settings)
    check_images(body, source, settings.source)
    notes = body.find("./div[@class='footnote']")
    if notes is not None:
        body.remove(notes)
    elements = list(body)

    title = front.get("title")
    if title is None:
        first = next((e for e in elements if e.tag == "h1"), None)
        if first is None:
            raise HandoutError("no title: add 'title: ...' to the front matter or start "
                               "with a '# Title' line", source.path, 1)
        title = text_of(first).strip()
        body.remove(first)
        elements.remove(first)
    if not any(text_of(e).strip() or e.find(".//img") is not None for e in elements):
        raise HandoutError("the handout has no text: write something below the front matter",
                           source.path, source.body_line)

    lexicon = {**settings.lexicon_for(front.get("lang", "en")),
               **front.get("pronunciations", {})}
    meta = Metadata(
        title=title,
        lang=front.get("lang", "en"),
        author=front.get("author"),
        date=front.get("date"),
        subtitle=front.get("subtitle"),
        description=front.get("description"),
        keywords=tuple(front.get("keywords", ())),
        voice=front.get("voice"),
        pronunciations=tuple(lexicon.items()),
    )
    footnotes = {li.get("id"): li for li in notes.iter("li")} if notes is not None else {}
    slug = slugify(source.path.stem)
    split_tags = HEADING_TAGS[: settings.split_level]
    lines = iter(heading_lines(source.body, source.body_line, settings.split_level))
    lead = title_block(meta, slug)
    taken = {e.get("id") for tree in (body, notes) if tree is not None for e in tree.iter()
             if e.get("id")} | {line.ref for line in lead}

    groups: list[list[ET.Element]] = [[]]
    for element in elements:
        if element.tag in split_tags:
            groups.append([])
        groups[-1].append(element)

    sections = []
    for index, group in enumerate(groups):
        if index == 0:
            heading, level, section_id = title, 1, slug
            line = source.body_line
        else:
            head = group[0]
            heading, level = text_of(head).strip(), int(head.tag[1])
            section_id = head.get("id") or slugify(heading)
            line = next(lines, source.body_line)
            if not heading:
                raise HandoutError("empty heading: write the heading's words after the '#' "
                                   "marks", source.path, line)
        script = script_section(group, footnotes, settings, lexicon, meta.lang,
                                fresh_ids(f"s{index}-", taken), lead if index == 0 else ())
        sections.append(Section(
            index=index,
            id=section_id,
            heading=heading,
            level=level,
            html="".join(ET.tostring(e, encoding="unicode", method="html") for e in group),
            script=script,
            source=source.path,
            line=line,
        ))
    headings = tuple(
        Heading(int(e.tag[1]), text_of(e).strip(), e.get("id") or "")
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
