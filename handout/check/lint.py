"""Check stage, source: lint a handout's Markdown for what large print and audio cannot fix.

`lint_source` reads one `source/*.md` file as the author wrote it and returns `Finding`s
located as `file:line`, each naming its rule. The build already refuses what it cannot
publish; the lint points at what would publish badly: a missing language and an image
without alt text are errors; a missing title, skipped heading levels, placeholders left
unfilled ("[Insert phone number]"), italics (which print
bold), runs of capitals, bare addresses, "click here" links, tables without a header row
and a clause indented so far that it prints as code (`indented-clause`) are warnings
(errors with `--strict`), as are a chatbot's words to the author pasted with its answer
("Sure! Here's a leaflet:") and an HTML comment never closed; sentences over 25 words,
front matter keys written for other tools (`front-matter-key`, once per file) and
other tools' syntax that was left out (`generator-syntax`, each where it is) are
information only, but for a template value or tag left out of a sentence, which leaves a
gap in it (a warning).

The rules read lines, outside fenced code and with code spans removed, of the text as the
generator extensions leave it (`read.generators.convert_syntax`, which keeps every line
where the author wrote it), so that a template tag never passes for a bare address or a
run of capitals, and a line number is always the author's line. A Word file is read by
`read.word`, and its faults (a picture without alt text, bold text posing as a heading, a
table without a header row) are located as `file: paragraph N`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from handout.errors import HandoutError
from handout.findings import (ERROR, INFO, WARNING, Finding, in_capitals, placeholders,
                              says_nothing)
from handout.read.generators import (AUTOMATIC_DESCRIPTION, PICTURE_SIZE,
                                     FENCE_MARK, PLACEHOLDER_DESCRIPTION, convert_syntax,
                                     fenced_blocks)
from handout.read.sanitize import BADGE
from handout.read.script import PLAIN_CODE
from handout.read.words import WIDE_LETTERS
from handout.read.sources import INLINE_CODE, SourceFile, read_source

LONG_SENTENCE_WORDS = 25
"""Sentences longer than this are reported (information): plain-language guidance."""
SYLLABLES_PER_WORD = {"vi": 2}
"""Languages that put a space between syllables, not words, by about how many syllables
a word has: Vietnamese ("thuế bán hàng", sales tax, is three syllables and two words),
whose sentences are counted in syllables and may have that many times the words' limit.
Counted as words, Obsidian's ordinary sentences on sales tax in Vietnamese were "a
sentence of 40 words", about 20."""

FENCE = re.compile(r"\s{0,3}" + FENCE_MARK)
ATX = re.compile(r"\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"(!?)\[([^\]]*)\](?:\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?"
                  r"(?:\s+[\"'(].*?[\"')])?\s*\)"
                  r"|\[([^\]]*)\])")
"""A link or a picture, inline ("[words](address)") or by reference ("![][image1]", as
Google Docs writes its pictures when it saves Markdown). An address may hold parentheses in
pairs, as CommonMark reads it: an Obsidian note's pictures (sweep BA, obsidian-pt-campo
line 23), "![](https://…/bomba(2).png)", were named "…/bomba(2" without alt text."""
REFERENCE_DEFINITION = re.compile(r"\s{0,3}\[([^\]]+)\]:\s*\S+")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])"
                    r"|(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)"
                    r"|<(?:em|i)\b[^>]*(?<!/)>(?!\s*</(?:em|i)\s*>)", re.I)
"""Italics: `*words*`, `_words_`, `<em>` or `<i>`; not an `<i>` with no words in it, an icon
font's, `<i class="fa fa-phone"></i> 0131 356 0646`, which prints nothing (a theatre's
access page, sweep AQ)."""
MEANT_BY_LOOKS = re.compile(
    r"\b(?:(?:shown|marked|printed|highlighted|written|are|is) in (?:bold|red|green|blue|"
    r"yellow|italics)\b(?! (?:jackets?|capitals|letters|type)\b)|(?:bold|highlighted|"
    r"coloured|colored|underlined) (?:fields|items|words|questions)\b|(?:fields|items|words|"
    r"questions|answers) in (?:bold|red)\b|fett(?:gedruckt\w*| (?:markiert|gedruckt|"
    r"hervorgehoben)\w*)|"
    r"(?:marqu|indiqu|écrit)\w* en (?:gras|rouge)|en negrita|marcad\w+ en rojo|"
    r"in grassetto|em negrito|vetgedrukt\w*|pogrubion\w*|выделен\w* (?:жирным|красным)|"
    r"виділен\w* (?:жирним|червоним))", re.I)
"""Words that give meaning by how text looks, which a listener cannot see: a membership
form's "Die fett markierten Felder sind obligatorisch" (the fields in bold are required)
left its listener unable to tell which."""
DESCRIBED_OR_DECORATIVE = re.compile(
    r"(?<![\w-])(?:alt\s*=|role\s*=\s*[\"']?\s*(?:presentation|none)\b"
    r"|aria-hidden\s*=\s*[\"']?\s*true\b)", re.I)
"""What an `<img>` tag needs: an `alt`, which describes the picture or, empty, says that it
only decorates (`images.is_decorative`), or a mark that it is decoration."""

LINK_END = re.compile(r"\]\(\s*<?[^)\s>]*>?(?:(?:\s+[\"'(].*?[\"')])?\s*\)|\s*$)")
"""The end of a link whose words began on a line above: `guidance](https://…)`; or a link's
address that goes on to the next line, as pages saved by html2text wrap it at 78 columns
(`Allowance ](https://…/carers/half-`), which is no bare address."""
BARE_URL = re.compile(rf"(?<![=\"'/])<?(?:\b|(?<=[{WIDE_LETTERS}]))(?i:https?://|www\.)"
                      rf"[^\s<>)\]\"'{WIDE_LETTERS}]+>?")
"""An address in the text; not one in an HTML attribute (`href="https://..."`). It ends
where the voice's does (`words._URL_RE`), at a Chinese, Japanese or Korean letter or
full-width mark, and may follow one: a Korean immigration office's guide in Chinese
(sweep BT), "或通过（www.hikorea.go.kr）在线申请。", was reported as "bare address
'www.hikorea.go.kr）在线申请。'", the sentence's rest taken for the address."""
PICTURE_ALONE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.I)
"""A table cell that is a picture and nothing else."""
TABLE_SEPARATOR = re.compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HTML_TAG = re.compile(r"<[^>]+>")
ELEMENT_TAG = re.compile(r"<[A-Za-z][\w-]*(?:\s[^>]*)?/?>")
"""An HTML element's tag with its attributes, not an address in angle brackets: the
addresses of an `<img srcset="… 300w, https://….webp 2000w">` (sweep CJ, a walking diary's
WordPress picture) were called bare, though they are never printed or said."""


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    """The line as written, outside code; code spans blanked out."""
    raw: str = ""
    """The line as written, code spans included (a heading may be all code)."""


TEMPLATE_VALUE = re.compile(r"\{\{-?\s*(?:page\.meta\.|page\.|config\.extra\.)?([\w-]+)")
"""The key a template value shows, `{{page.fajr}}`, `{{ page.meta.venue }}`, `{{ venue }}`,
as the generators fill it from the front matter: a key it names is used, not another
tool's (a mosque's page of prayer times, its six times in its front matter, was told they
were "not used here")."""


def lint_source(path: Path, project_lang: str = "") -> list[Finding]:
    """Every lint finding for the handout at `path`, in line order; `project_lang` is the
    project's `lang` setting, the language of a handout that names none."""
    try:
        source = read_source(path)
    except HandoutError as error:
        return error_findings(error, path)
    if source.html is not None:
        return lint_word(source)
    text, notes = convert_syntax(source.body, source.variables)
    knitted = {source.body_line + offset: found.group(1) for offset, written in enumerate(
        source.body.split("\n")) if (found := KNITTED_DESCRIPTION.search(written))}
    shown = {key for key in TEMPLATE_VALUE.findall(source.body) if key in source.variables}
    source = dataclasses.replace(source, body=text, other_keys=tuple(
        key for key in source.other_keys if key not in shown))
    lines = list(prose_lines(source))
    findings = (lint_front_matter(source, lines, project_lang) + lint_headings(source, lines)
                + lint_bold_lines(source, lines)
                + lint_inline(source, lines, knitted) + lint_tables(source, lines)
                + lint_code_tables(source) + lint_indented_clauses(source, lines)
                + lint_sentences(source, lines, project_lang) + lint_chatbot_words(source, lines)
                + lint_comments(source) + lint_divs(source)
                + [Finding(_at(source, source.body_line + index), "generator-syntax", message,
                           severity) for index, message, severity in notes])
    return sorted(findings, key=_position)


def _position(finding: Finding) -> int:
    """Where a finding is in its file (a line or a paragraph number), for sorting."""
    number = re.search(r"(\d+)$", finding.where)
    return int(number.group(1)) if number else 0


def lint_word(source: SourceFile) -> list[Finding]:
    """What the Word converter noticed, as findings located by paragraph."""
    severities = {"image-alt": ERROR, "fake-heading": WARNING, "table-header": WARNING,
                  "image-format": WARNING, "word-worksheet": ERROR}
    return [Finding(f"{source.path}: paragraph {paragraph}" if paragraph else str(source.path),
                    rule, message, severities.get(rule, WARNING))
            for paragraph, rule, message in sorted(source.notes)]


def error_findings(error: HandoutError, path: Path) -> list[Finding]:
    """What stops a handout being read, as `source` findings (`path` when a problem has no file)."""
    return [Finding(f"{p.file}:{p.line}" if p.line else str(p.file or path), "source",
                    p.message) for p in error.problems]


def _at(source: SourceFile, line: int) -> str:
    return f"{source.path}:{line}"


def prose_lines(source: SourceFile) -> Iterator[Line]:
    """The body's lines outside fenced code blocks, with code spans and HTML comments blanked
    out: a web page saved from Word keeps its styles in comments, which were counted as a
    sentence of 1,396 words."""
    fence = None
    for offset, text in enumerate(without_comments(source.body).split("\n")):
        marker = FENCE.match(text)
        if marker:
            if fence is None:
                fence = marker.group(1)[0]
                continue
            if marker.group(1)[0] == fence:
                fence = None
                continue
        if fence is not None:
            continue
        yield Line(source.body_line + offset,
                   CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text), text)


def without_comments(body: str) -> str:
    """`body` with each HTML comment outside code closed, as the build leaves it out, blanked
    to spaces; its lines kept, with their lengths."""
    from handout.read.document import COMMENT, code_blanked
    from handout.read.generators import code_mask

    lines = body.split("\n")
    prose = "\n".join(code_blanked(lines, code_mask(lines)))
    blanked = list(body)
    for comment in COMMENT.finditer(prose):
        if comment.group().endswith("-->"):
            blanked[comment.start():comment.end()] = re.sub(r"[^\n]", " ", comment.group())
    return "".join(blanked)


def headings(lines: list[Line]) -> Iterator[tuple[Line, int, str]]:
    """(line, level, words) of every ATX and setext heading."""
    for index, line in enumerate(lines):
        atx = ATX.match(line.text)
        if atx:
            written = ATX.match(line.raw or line.text)
            yield line, len(atx.group(1)), ((written or atx).group(2) or "").strip()
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (following and following.number == line.number + 1 and line.text.strip()
                and not re.match(r"\s{0,3}([-*+]|\d+[.)])\s", line.text)
                and "|" not in line.text
                and (index == 0 or not lines[index - 1].text.strip()
                     or lines[index - 1].number != line.number - 1)):
            if re.fullmatch(r"\s{0,3}=+\s*", following.text):
                yield line, 1, line.text.strip()
            elif re.fullmatch(r"\s{0,3}-+\s*", following.text):
                yield line, 2, line.text.strip()


def lint_front_matter(source: SourceFile, lines: list[Line], project_lang: str = ""
                      ) -> list[Finding]:
    """A title (front matter, or a first `#` heading) and a language (front matter, file
    name, language folder or the project's `lang`, `project_lang`) are required."""
    from handout.read.document import BOLD_TITLE_WORDS

    findings = []
    front = source.front_matter
    has_h1 = any(level == 1 and words for _, level, words in headings(lines))
    first = next((line for line in lines if line.text.strip()), None)
    bold = first and BOLD_LINE.fullmatch(first.text)
    bold_words = " ".join(bold.group(4).split()) if bold else ""
    if not front.get("title") and not has_h1 and bold \
            and len(bold_words.split()) <= BOLD_TITLE_WORDS and not bold_words.endswith("."):
        # A sports club's code of conduct was told it had no title, and that its file's name
        # was printed, where its first line in bold was: said as it was done.
        findings.append(Finding(_at(source, first.number), "title", "the handout's title is "
                                f"its first line, in bold, '{bold_words}': add 'title: "
                                f"{bold_words}' to the front matter, or make the line a "
                                f"heading ('# {bold_words}'), to be sure of it", INFO))
    elif not front.get("title") and not has_h1:
        findings.append(Finding(_at(source, 1), "title", "the handout has no title (its "
                                "first heading or its file name is printed instead): add "
                                "'title: ...' to the front matter", WARNING))
    if source.other_keys:
        first = min(source.key_lines.get(key, 1) for key in source.other_keys)
        findings.append(Finding(_at(source, first), "front-matter-key",
                                f"keys for other tools, not used here: "
                                f"{', '.join(source.other_keys)}", INFO))
    lang = front.get("lang")
    if lang is not None and "lang" not in source.key_lines \
            and "language" not in source.key_lines:
        from handout.read.sources import NAMED_LANGUAGE, site_language_folder

        # GC Forms' French terms, `content/fr/sla.md`, were said to take it from "the file
        # name", where the author finds nothing to change.
        folder = None if NAMED_LANGUAGE.search(source.path.stem) else \
            site_language_folder(source.path)
        named = f"the folder '{folder.group().strip('/')}'" if folder else "the file name"
        findings.append(Finding(_at(source, 1), "language", f"the language, {lang!r}, is "
                                f"taken from {named}: if that is wrong, give 'lang' in the "
                                "front matter", INFO))
    if lang is None and not project_lang:
        # A warning, not an error: pages written for other tools seldom say it, and the
        # build reads them as English; --strict holds an author to it.
        # Not "add 'lang: en'": the build may find the words in another language and say
        # which tag to write ("reads as Portuguese ... add 'lang: pt'"), beside this.
        findings.append(Finding(_at(source, 1), "language", "no language, so it is read as "
                                "English: give the handout's language in the front matter "
                                "as a BCP 47 tag ('lang: en', 'lang: fr', 'lang: pt-BR'), so "
                                "readers and voices pronounce it right", WARNING))
    return findings


COMMENTED_INSTRUCTION = re.compile(r"\b(?:insert|enter|fill in) (?:[\w'’]+ ){0,6}here\b", re.I)
"""A template's instruction to its user in an HTML comment, where the words it asks for
belong: an accessibility statement (sweep CF) was "created by <!-- insert site creator
here -->.", printed "created by ." and said "created by.", and its "please contact us:"
stood over "<!-- Insert feedback contact details here -->" alone, with no contact at all;
build and check said nothing. Not a developer's note, "<!-- Add more items here -->"."""


def lint_comments(source: SourceFile) -> list[Finding]:
    """Each HTML comment never closed (`<!-- TODO: check with reception`, no `-->`), found
    as the build finds it (`document.unclosed_comments`): the build hides the words after
    it to the end of their paragraph. And each comment that holds a template's instruction
    (`COMMENTED_INSTRUCTION`), which the build leaves out, and the gap with it."""
    from handout.read.document import (COMMENT, code_blanked, unclosed_comment_message,
                                       unclosed_comments)
    from handout.read.generators import code_mask

    lines = source.body.split("\n")
    prose = "\n".join(code_blanked(lines, code_mask(lines)))
    instructions = [(prose.count("\n", 0, comment.start() + found.start()), found.group())
                    for comment in COMMENT.finditer(prose) if comment.group().endswith("-->")
                    for found in COMMENTED_INSTRUCTION.finditer(comment.group())]
    return [Finding(_at(source, source.body_line + opened), "unclosed-comment",
                    unclosed_comment_message(source, opened, last), WARNING)
            for opened, last in unclosed_comments(source)] + [
        Finding(_at(source, source.body_line + offset), "placeholder",
                f"{words!r} is a template's instruction to you, in a comment, which is left "
                "out with a gap where its words belong: write what it asks for in its place",
                WARNING) for offset, words in instructions]


def lint_divs(source: SourceFile) -> list[Finding]:
    """Each `<div>` never closed, found as the build finds it (`document.unclosed_divs`):
    the build closes it before the next heading."""
    from handout.read.document import unclosed_div_message, unclosed_divs

    return [Finding(_at(source, source.body_line + opened), "unclosed-div",
                    unclosed_div_message(source, before), WARNING)
            for opened, before in unclosed_divs(source)]


SPEAKER_LABEL = re.compile(r"(?:[^\W\d_][\w.'’-]*\s){0,3}[^\W\d_][\w.'’-]*:")
"""A heading that is a speaker's name and a colon, "### Audrey Tang:" (`lint_headings`)."""


def lint_headings(source: SourceFile, lines: list[Line]) -> list[Finding]:
    """Headings step down one level at a time and always have words. A heading that skips
    a level and is a speaker's label (`SPEAKER_LABEL`), heading more than one turn, is
    better a bold label: an interview's turns headed "### Nick Aspinwall:" and "### Audrey
    Tang:" (sweep CW, D2) each made a section, 79 MP3s and four pages of contents, and the
    advice, "use ##", made the same."""
    findings = []
    previous = 1 if source.front_matter.get("title") else 0
    found = list(headings(lines))
    counts = Counter(words for _, _, words in found)
    for line, level, words in found:
        if not words:
            findings.append(Finding(_at(source, line.number), "heading-empty",
                                    "empty heading left out: write its words after the "
                                    "'#' marks, or delete the line", WARNING))
            continue
        if previous and level > previous + 1 and counts[words] > 1 \
                and SPEAKER_LABEL.fullmatch(words):
            findings.append(Finding(_at(source, line.number), "heading-skip",
                                    f"heading level {level} follows level {previous}, and "
                                    f"'{words}' heads {counts[words]} turns: each heading "
                                    f"starts a section, with its own audio file; write a "
                                    f"speaker's label in bold, **{words}**, not as a heading",
                                    WARNING))
        elif previous and level > previous + 1:
            findings.append(Finding(_at(source, line.number), "heading-skip",
                                    f"heading level {level} follows level {previous}: use "
                                    f"{'#' * (previous + 1)} so the outline has no gap",
                                    WARNING))
        previous = level
    return findings


MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
"""A sign escaped with a backslash, which prints without it (CommonMark escapes any ASCII
punctuation so)."""
BOLD_LINE = re.compile(r"[ ]{0,3}(?:(\*\*|__)(\d{1,3}(?:\.\d{1,3})*\.?)\1[ \t]+)?"
                       r"(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\3[ \t\u00a0]*")
"""A line that is one run of bold, `**What is asthma?**`, and any spaces after it, no-break
ones too, as Word and Google Docs leave them at a line's end (a tip sheet's "**3. Use active
verbs most of the time**" and a no-break space, pasted in, was no heading to the check); or
a clause's number in bold before its name in bold, `**3** **Grant of Lease**`, as a student
tenancy agreement of 38 pages numbers its clauses (one section of 31 minutes, unwarned)."""


ATX_HEADING = re.compile(r"[ ]{0,3}(#{1,6})[ \t]+\S")
"""A heading written with its marks, whose level the bold line under it takes one below
(`lint_bold_lines`): a note to accounts (sweep CQ, D14), "**Cost**" under "### 2024",
was advised "## Cost", which would have cut the note in two."""


HARD_BREAK = re.compile(r"(?:[ ]{2,}|\\|<br\s*/?>)[ \t]*$")
"""The end of a line broken by hand: two spaces, a backslash or `<br>`."""


def lint_bold_lines(source: SourceFile, lines: list[Line]) -> list[Finding]:
    """A paragraph that is a short line of bold, not ending a sentence, posing as a
    heading, as a chatbot and many Word authors mark a part: it starts no section, has no
    bookmark, and is no heading to a screen reader (`fake-heading`, as in Word, whose
    measure it takes: `word.FAKE_HEADING_CHARACTERS`). Not the body's first block, which
    may be the title typed in bold (`document.bold_title`), nor a line broken by hand over
    more of its paragraph: Munich's accessibility statement was advised to make the office
    its address names, "**Landesamt für Digitalisierung, Breitband und Vermessung**" over
    "Alexandrastraße 4", a heading."""
    from handout.read.word import FAKE_HEADING_CHARACTERS, NO_HEADING, SENTENCE_OR_LABEL

    findings = []
    first = next((line.number for line in lines if line.text.strip()), 0)
    for index, (before, line, after) in enumerate(zip(lines, lines[1:], [*lines[2:], None])):
        if HARD_BREAK.search(line.text) and after is not None and after.text.strip() \
                and after.number == line.number + 1:
            continue  # a name in bold over the lines of its address
        bold = BOLD_LINE.fullmatch(line.text)
        # as printed: "\[TODO\]" was advised as the heading "## \[TODO\]"
        words = MARKDOWN_ESCAPE.sub(r"\1", " ".join(
            f"{bold.group(2) or ''} {bold.group(4)}".split())) if bold else ""
        # A bold line of links only is a page's navigation, not a heading: a Welsh app's
        # README, "**[English version below](#english) | [Fersiwn Saesneg isod](#english)**".
        links_only = bold and not re.search(r"\w", LINK.sub(" ", line.text))
        if bold and not links_only and line.number != first and not before.text.strip() \
                and before.number == line.number - 1 and not placeholders(words) \
                and len(words) <= FAKE_HEADING_CHARACTERS \
                and not SENTENCE_OR_LABEL.match(words) and not NO_HEADING.fullmatch(words) \
                and not ends_a_sentence(lines, index + 1):
            marks = "#" * min(6, 1 + next((len(over[1]) for above in reversed(lines[:index])
                                           if (over := ATX_HEADING.match(above.text))), 1))
            findings.append(Finding(_at(source, line.number), "fake-heading",
                                    f"'{words}' looks like a heading but is bold text: write "
                                    f"it as a heading ('{marks} {words}'), so that it starts "
                                    "a section and readers can find it", WARNING))
    return findings


def ends_a_sentence(lines: list[Line], index: int) -> bool:
    """Whether the bold line at `index` is the end of the sentence over it, its colon, and
    goes on in the words under it, a bracket or a small letter: a charity's constitution
    (sweep CF) names itself so, "The association's name is:" over "**Open Source
    Geospatial Foundation, UK Chapter (OSGeo:UK)**" over "(and in this document it is
    called the charity …)", and was told to make its name a section of the audio."""
    over = next((line for line in reversed(lines[:index]) if line.text.strip()), None)
    under = next((line for line in lines[index + 1:] if line.text.strip()), None)
    return over is not None and under is not None and over.text.rstrip().endswith(":") \
        and (under.text.lstrip()[:1] == "(" or under.text.lstrip()[:1].islower())


def names_its_file(link: re.Match[str]) -> bool:
    """Whether a link's words (`LINK`) are the name of the file it links to, with its
    extension or without, "[LICENSE](LICENSE)", "[DISTRIBUTION.md](DISTRIBUTION.md)": a
    name as the file is written, no shouting and no italics, which a Welsh app's README
    was told to write in ordinary case (`capitals`)."""
    words, address = link.group(2).strip(), (link.group(3) or "").split("#")[0].rstrip("/")
    name = address.rsplit("/", 1)[-1]
    return bool(words) and words in (name, name.rsplit(".", 1)[0])


KNITTED_DESCRIPTION = re.compile(rf"!\[\s*({INLINE_CODE.pattern})\s*\]")
"""A picture described by inline code, `` ![`r alt_text`](chart.png) ``: the description is
there when R knits the page, not here, where it was called "no alt text" though the author
wrote one (sweep CZ)."""


def lint_inline(source: SourceFile, lines: list[Line],
                knitted: Mapping[int, str] | None = None) -> list[Finding]:
    """Images without alt text, placeholders left unfilled, italics, capitals, bare
    addresses and vague link words; `knitted`, by line, the inline code a picture there was
    described by as written (`KNITTED_DESCRIPTION`)."""
    findings = []
    defined = {found.group(1).casefold() for line in lines
               if (found := REFERENCE_DEFINITION.match(line.text))}
    for line in lines:
        text = line.text
        at = _at(source, line.number)
        for link in LINK.finditer(text):
            image, words = link.group(1), link.group(2).strip()
            if image and BADGE.match(link.group(3) or ""):
                continue  # a status badge, which the build leaves out (`sanitize.BADGE`)
            if image and link.group(3) == "":
                # No picture to describe: a reference defined nowhere, as a copy of Google
                # Docs' export without its pictures, was warned of as that by the build
                # (`generators.UndefinedPictures`), and asked here for a description.
                continue
            computed = (knitted or {}).get(line.number) if image and not words else None
            if computed:  # `![`r alt_text`](figure-1.png)`: sweep CZ, a PHS summary's chart
                findings.append(Finding(at, "image-alt", f"image {link.group(3) or link.group(4)!r}"
                                        f" is described by inline code, '{computed}',"
                                        " whose words R writes only when the page is knitted:"
                                        " write the description between the brackets", ERROR))
            elif image and (not words or PICTURE_SIZE.fullmatch(words)):  # Obsidian's ![250]
                example = "(picture.png)" if link.group(3) is not None else f"[{link.group(4)}]"
                findings.append(Finding(at, "image-alt", f"image {link.group(3) or link.group(4)!r}"
                                        " has no alt text: describe it between the brackets, "
                                        f"![like this]{example}", ERROR))
            elif image and PLACEHOLDER_DESCRIPTION.fullmatch(words):
                findings.append(Finding(at, "image-alt", f"image {link.group(3) or link.group(4)!r}"
                                        f" is described only by the placeholder {words!r}: "
                                        "describe what it shows between the brackets", ERROR))
            elif image and AUTOMATIC_DESCRIPTION.search(words):
                findings.append(Finding(at, "image-alt", f"image {link.group(3) or link.group(4)!r}"
                                        f" is described only by Word's guess, {words!r}: "
                                        "describe what it shows between the brackets", ERROR))
            elif not image and says_nothing(words):
                findings.append(Finding(at, "link-text", f"link text {words!r} says nothing "
                                        "on paper or aloud: use words that name where it "
                                        "goes", WARNING))
        for placeholder, advice in placeholders(text):
            if placeholder[1:-1].casefold() in defined:
                continue  # a link to the address given below: `[type qualifier]: #types`
            findings.append(Finding(at, "placeholder", f"{placeholder!r} {advice}", WARNING))
        for tag in re.finditer(r"<img\b[^>]*>", text, re.I):
            address = re.search(r"\bsrc\s*=\s*[\"']?([^\"'\s>]+)", tag.group(0), re.I)
            if not DESCRIBED_OR_DECORATIVE.search(tag.group(0)) \
                    and not BADGE.match(address.group(1) if address else ""):
                findings.append(Finding(at, "image-alt", "image has no alt text: add "
                                        "alt=\"what the picture shows\"", ERROR))
        if REFERENCE_DEFINITION.match(text):
            continue
        # Link addresses are printed after their words, so only the words are prose; a
        # linked picture's (`[![Contributors graph](chart.svg)](https://…)`, as READMEs link
        # their badges) after its picture's, which the first pass takes out of them:
        # free-programming-books' Chinese guide had its graph's link called "bare".
        prose, link_words = text, set()
        for _ in range(2):
            link_words |= {m.group(2).strip() for m in LINK.finditer(prose)}
            prose = LINK.sub(lambda m: " " if names_its_file(m) else f" {m.group(2)} ", prose)
        # and a link's address after the end of its words, begun on a line above ("See
        # [Escape: The Safer Parks" / "guidance](https://…)"): forty such were "bare".
        prose = LINK_END.sub(" ", prose)
        for url in BARE_URL.finditer(ELEMENT_TAG.sub(" ", prose)):
            address = url.group(0).strip("<>")
            # a link whose words are an address, `[www.richmond.gov.uk/vote](http://…)`, is
            # no bare one, though it is read as one (sweep BN, lbrut-voting)
            named = "a link's words are its address" if any(
                address in words for words in link_words) else "bare address"
            findings.append(Finding(at, "bare-url", f"{named} {address!r}: write it as [words "
                                    "that say what it is](address)", WARNING))
        prose = BARE_URL.sub(" ", prose)
        # Italics inside bold print bold as they mean to: a constitution's definitions,
        # "**_absolute majority_**" and "***quorum***", were 17 warnings to use bold.
        unstrong = STRONG.sub(lambda m: re.sub(r"[*_]", "", m.group(2)), prose)
        if ITALIC.search(unstrong):
            findings.append(Finding(at, "italic", "italic emphasis prints bold in large "
                                    "print: use **bold** if you mean it", WARNING))
        words = HTML_TAG.sub(" ", prose)
        for meant in MEANT_BY_LOOKS.finditer(words):
            findings.append(Finding(at, "looks", f"{meant.group(0)!r} gives meaning by how "
                                    "text looks, which a listener cannot see: say it in "
                                    "words where it applies, such as '(required)'", WARNING))
        capitals = in_capitals(words)
        if capitals:
            findings.append(Finding(at, "capitals", f"{capitals!r} is in capitals, "
                                    "which is hard to read: write it in ordinary case and "
                                    "use **bold** for emphasis", WARNING))
    return findings


def lint_tables(source: SourceFile, lines: list[Line]) -> list[Finding]:
    """Every table has a header row that names its columns, but one that lays pictures
    beside their sentences, as Easy Read does, which has no columns to name."""
    findings = []
    for index, line in enumerate(lines[1:], start=1):
        header = lines[index - 1]
        if ("|" in line.text and "-" in line.text and TABLE_SEPARATOR.fullmatch(line.text)
                and "|" in header.text and header.number == line.number - 1):
            cells = [c.strip() for c in header.text.strip().strip("|").split("|")]
            rows = []
            for row in lines[index + 1:]:
                if "|" not in row.text or row.number != line.number + len(rows) + 1:
                    break
                rows.append([c.strip() for c in row.text.strip().strip("|").split("|")])
            if not any(cells) and not (rows and all(
                    len(row) == 2 and PICTURE_ALONE.fullmatch(row[0]) and row[1] for row in rows)):
                findings.append(Finding(_at(source, header.number), "table-header",
                                        "the table's header row is empty: name each column",
                                        WARNING))
    text = "\n".join(line.text for line in lines)
    for table in re.finditer(r"<table\b.*?(</table>|\Z)", text, re.I | re.S):
        # (a table of one cell frames a note or a title: it has no columns to name; a row
        # in <thead> is the header whatever its cells' tag, `sanitize._head_cells_as_headers`)
        if not re.search(r"<th\b|<thead\b", table.group(0), re.I) \
                and len(re.findall(r"<td\b", table.group(0), re.I)) > 1 \
                and not _pictures_beside_words(table.group(0)):
            number = lines[text.count("\n", 0, table.start())].number
            findings.append(Finding(_at(source, number), "table-header",
                                    "the table has no header row: put the column names in "
                                    "<th> cells", WARNING))
    return findings


HTML_ROW = re.compile(r"<tr\b.*?(?=<tr\b|</table>|\Z)", re.I | re.S)
"""An HTML table's row, to the next row or the table's end (its `</tr>` may be left out)."""
HTML_CELL = re.compile(r"<td\b[^>]*>(.*?)(?=<td\b|</td>|</tr>|\Z)", re.I | re.S)
"""An HTML table's data cell, its contents as group 1 (its `</td>` may be left out)."""


def _pictures_beside_words(table: str) -> bool:
    """Whether an HTML `table` lays a picture beside its sentence in each row, as Easy Read
    does, which has no columns to name: a school's Easy Read page (sweep DA), rows of `<td><img
    …></td><td>sentence</td>`, was told to "put the column names in <th> cells", where the
    same table in Markdown is not."""
    cells = [HTML_CELL.findall(row) for row in HTML_ROW.findall(table)]
    return bool(cells) and all(
        len(row) == 2 and PICTURE_ALONE.fullmatch(row[0].strip())
        and HTML_TAG.sub("", row[1]).strip() for row in cells)


def lint_code_tables(source: SourceFile) -> list[Finding]:
    """A code block of no program's language (`PLAIN_CODE`) that holds a Markdown table, a
    row of pipes over a row of dashes ("|---|---|"), is warned of at its fence: it prints as
    lines of typed text, wrapped where they are wider than the page, and is said as one
    run. A walking group's guide to avoiding falls (falls-walk-safe's README) typed its
    "Quick Reference Table of Common Hazards" so, and nothing said why. A table shown as
    Markdown in a block of Markdown's language, as a guide to writing one shows it, is
    meant as written."""
    lines = source.body.split("\n")
    findings = []
    for found, index, end in fenced_blocks(lines):
        held = [line for line in lines[index + 1:end] if line.strip()]
        if lines[index][found.end():].strip().lower() in PLAIN_CODE and any(
                "|" in row and "|" in rule and "-" in rule and TABLE_SEPARATOR.fullmatch(rule)
                for row, rule in zip(held, held[1:])):
            findings.append(Finding(
                _at(source, source.body_line + index), "code-table",
                "the code block holds a Markdown table: it prints as lines of typed text and "
                "is read as one run; take away its fence (the lines of ``` around it) to "
                "print it and read it as a table", WARNING))
    return findings


INDENTED_CLAUSE = re.compile(r"(?:\(?[a-z]\)|\((?:[ivx]{1,4}|\d{1,2})\)|[ivx]{1,4}\)|[a-z]\.)"
                             r"\s+[A-Za-z][a-z]*(?:\s+\S+){3}")
"""A clause of a document's text, its letter or number then words: "b)   Upon dissolution any
remaining assets…"."""
LIST_MARK = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+")


def lint_indented_clauses(source: SourceFile, lines: list[Line]) -> list[Finding]:
    """A clause indented four spaces or more past the text it belongs to, after a blank line,
    is warned of: Markdown prints it in a box as code, and it is read as "Code example",
    its brackets left out. A football club's constitution (sweep CM, club-consitituion
    line 163) had its clause "b)" pasted from Word ten spaces in, under "27. a)", and
    nothing said why it was boxed."""
    findings = []
    after_blank, under = True, 0  # the column a list item's words start at, if in one
    for line in lines:
        written = line.raw.expandtabs(4)
        if not written.strip():
            after_blank = True
            continue
        indent = len(written) - len(written.lstrip(" "))
        item = LIST_MARK.match(written)
        if after_blank and indent >= under + 4 and INDENTED_CLAUSE.match(written.strip()):
            findings.append(Finding(
                _at(source, line.number), "indented-clause",
                f"this clause is indented {indent} spaces, so it prints in a box as code and "
                "is read as \"Code example\": take away the spaces at its start", WARNING))
        elif item and indent < under + 4:
            under = item.end()
        elif after_blank and not indent:
            under = 0
        after_blank = False
    return findings


def lint_sentences(source: SourceFile, lines: list[Line], project_lang: str = ""
                   ) -> list[Finding]:
    """Sentences over 25 words, reported where they start (information only); a sentence
    ends where the narration ends it (`words.sentence_spans`), in the handout's language.
    In Vietnamese, over 50 syllables (`SYLLABLES_PER_WORD`)."""
    from handout.read.words import sentence_spans

    findings = []
    lang = str(source.front_matter.get("lang") or project_lang or "en")
    per_word = SYLLABLES_PER_WORD.get(lang.split("-")[0].lower(), 1)
    limit, counted = LONG_SENTENCE_WORDS * per_word, "syllables" if per_word > 1 else "words"
    for start, paragraph in paragraphs(lines):
        text = " ".join(part for _, part in paragraph)
        for offset, end in sentence_spans(text, lang):
            # Words between spaces: `\w` stops at Devanagari's vowel signs, mid-word.
            count = sum(any(c.isalnum() for c in word) for word in text[offset:end].split())
            if count > limit:
                consumed, number = 0, start
                for line_number, part in paragraph:
                    if consumed + len(part) >= offset:
                        number = line_number
                        break
                    consumed += len(part) + 1
                findings.append(Finding(_at(source, number), "long-sentence",
                                        f"a sentence of {count} {counted}: sentences of "
                                        f"{limit} {counted} or fewer are easier to follow",
                                        INFO))
    return findings


CHATBOT_OPENING = re.compile(
    r"(?:Sure|Certainly|Absolutely|Of course|Great question"
    r"|¡?(?:Claro|Por supuesto|Desde luego)|Bien sûr|Avec plaisir|Gerne|Natürlich|Certo"
    r"|Certamente|Com certeza)\b[^.:]{0,40}?[!.]"
    r"|(?:Here(?:'s|’s| is| are)|Below (?:is|are)) (?:a|an|the|your|some)\b[^:]{0,80}?\b"
    r"(?:leaflet|handout|version|draft|guide|summary|document|template|brochure|flyer|poster"
    r"|fact ?sheet|information sheet|rewrite)s?\b", re.I)
"""A chatbot's first words to the one who asked, "Sure! Here's a patient-friendly leaflet
on asthma:" ("¡Claro! Aquí tienes...", "Bien sûr ! Voici...", "Gerne! Hier ist..."), over
what it wrote for the readers; not an opening for them, "Here is what you need to know:",
"Voici ce que vous devez savoir :"."""

CHATBOT_CLOSING = re.compile(
    r"(?:Would you like (?:me to|a |an |this )|(?:Do you )?[Ww]ant me to"
    r"|If you(?:(?:'d|’d| would) like|(?: also)? want),? I can"
    r"|Let me know if you(?:'d|’d| would) like"
    r"|Let me know if you(?: also)? want (?:me |this |it |them |a |an |any )|I hope this helps"
    r"|Feel free to (?:ask|let me know)"
    r"|I can also (?:make|create|turn|add|adapt|tailor|format|convert|translate|write|prepare"
    r"|generate|include|help)|Shall I (?:make|create|turn|add|adapt|format|translate)"
    r"|¿?(?:Quieres|Te gustaría|Desea|Le gustaría) que (?:te |le )?(?:\w+ ){0,2}(?:haga|prepare|"
    r"cree|adapte|traduzca|añada)|(?:Souhaitez|Voulez)-vous que je|Veux-tu que je"
    r"|Möchtest du, dass ich|Möchten Sie, dass ich|Vuoi che (?:lo |la |ti )?(?:prepari|crei"
    r"|traduca|adatti|aggiunga)|Quer que eu|Gostaria que eu)", re.I)
"""A chatbot's last words to the one who asked, "Would you like me to make a printable
version?", "Let me know if you want this turned into a downloadable .md file or pushed to a
GitHub repo for you!" (a note on Linux's commands), under what it wrote for the readers."""


def lint_chatbot_words(source: SourceFile, lines: list[Line]) -> list[Finding]:
    """A chatbot's words to the one who asked, pasted with its answer: its opening, "Sure!
    Here's a leaflet on asthma:", and its offer at the end, "Would you like me to make a
    printable version?", which the PDF would print and the voice read to patients; its
    offers at the end may be several, one a paragraph, or a line run on under a list's last
    item (a note on Linux's commands ended "- `rm`, `cp`, `mv`" over "Let me know if you
    want this turned into a downloadable .md file…"). A warning at each, naming its words,
    to delete them; the handout is built as written."""
    found = list(paragraphs(lines))
    closing = []
    for start, paragraph in reversed(found[1:]):
        offer = next(((number, part) for number, part in paragraph if CHATBOT_CLOSING.match(
            part) and (number == start or not part[:1].islower())), None)
        if offer is None:
            break
        closing.insert(0, (offer[0], [(number, part) for number, part in paragraph
                                      if number >= offer[0]]))
        if offer[0] != start:  # run on under the text, which is the readers'
            break
    findings = []
    for index, (start, paragraph) in enumerate(found[:1] + closing):
        words = " ".join(part for _, part in paragraph)
        opening = index == 0 and CHATBOT_OPENING.match(words) and words.rstrip().endswith(":")
        if opening or index > 0:
            quoted = words if len(words) <= 60 else words[:57].rstrip() + "..."
            findings.append(Finding(_at(source, start), "chatbot-words",
                                    f"'{quoted}' reads as a chatbot's words to you, not to "
                                    "your readers: the PDF prints it and the voice reads it "
                                    "to them, so delete it", WARNING))
    return list(dict.fromkeys(findings))


def paragraphs(lines: list[Line]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Runs of prose lines (list items and block quotes each start a run), as plain words;
    not a table's, a pipe table's row nor an HTML table's lines, whose cells are no
    sentence: a Czech price list's `<table>` (sweep CG, cs-cenik) was "a sentence of 132
    words", its rows run together, where the same rows in pipes were none."""
    heading_lines = {line.number for line, _, _ in headings(lines)}
    current: list[tuple[int, str]] = []
    previous_number = None
    in_table = False
    for line in lines:
        raw = line.text
        table = in_table or re.search(r"<table\b", raw, re.I) is not None
        in_table = table and not re.search(r"</table\s*>", raw, re.I)
        starts_item = re.match(r"\s*([-*+]|\d+[.)])\s+", raw)
        plain = not raw.strip() or line.number in heading_lines or "|" in raw or table \
            or re.fullmatch(r"\s{0,3}([-*_=]\s*){3,}", raw) or REFERENCE_DEFINITION.match(raw)
        if plain or starts_item or previous_number != line.number - 1:
            if current:
                yield current[0][0], current
            current = []
        previous_number = line.number
        if plain:
            continue
        words = re.sub(r"^\s*(>\s*)*([-*+]|\d+[.)])?\s*", "", raw)
        words = LINK.sub(lambda m: m.group(2), words)
        words = re.sub(r"\[\^[^\]]+\]:?", "", HTML_TAG.sub(" ", words))
        words = re.sub(r"[*_]{1,3}", "", words).strip()
        if words:
            current.append((line.number, words))
    if current:
        yield current[0][0], current
