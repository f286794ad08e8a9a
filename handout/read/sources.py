"""Reading stage: find the handouts under `source/` and split each into front matter and body.

This stage only decodes and validates the raw file: UTF-8 (a BOM and CRLF line endings are
accepted) or UTF-16 or UTF-32 (with a BOM, or with a warning without one), an optional front
matter block (YAML between `---` lines, ended by `---` or `...`, or only ended by `---`;
TOML between `+++` lines, or a JSON object, as Hugo reads them; or Cryogen's EDN map) whose
keys and types are checked, and the Markdown body with the line it starts on, so later
stages can point at source lines. Pages written for other tools carry those tools' keys:
they are accepted and kept aside in `SourceFile.other_keys` (the lint reports them once, as
information), and the aliases other generators use for our keys (`summary` for
`description`, `tags` for `keywords`, ...) are read as ours. A Word file is converted by
`read.word` instead. It hands a `SourceFile` to `document`, which parses the Markdown (or
the converted HTML) once.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import datetime as dt
import functools
import html
import itertools
import logging
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from handout.errors import HandoutError, Problem
from handout.language import Year, calendar_day, written_date
from handout.outputs import file_stamp

FRONT_MATTER_KEYS = {
    "title": str,
    "subtitle": str,
    "author": str,
    "date": dt.date,
    "lang": str,
    "description": str,
    "keywords": list,
    "voice": str,
    "pronunciations": dict,
}
"""Every key of ours a handout's front matter may hold, with its type."""

ALIASES = {
    "page_title": "title",
    "post_title": "title",
    "display_title": "title",
    "name": "title",
    "summary": "description",
    "excerpt": "description",
    "language": "lang",
    "tags": "keywords",
    "authors": "author",
    "publicationDate": "date",
    "publishDate": "date",
    "pubDate": "date",
}
"""Keys other generators use for one of ours, with the same meaning. Our own key wins when
both are given; an alias whose value does not fit is left aside like any other key. A
recipe's `name: "Banana Bread"` (recipe collections', as GitHub's issue forms name theirs)
is its title: the handout was titled by its first part, "Ingredients". Astro's and Hugo's
dates of publication, `publicationDate`, `pubDate`, `publishDate`, are its date: a London
Assembly article (sweep BN, asylum-transport line 5) had none printed. WordPress's
`post_title`, as its exporter to Jekyll writes it, is the title: a prayer's page (sweep CR,
opensiddur-dew) was titled by its file's name, "2010 05 09 the prayer for dew by…"."""

FILE_DATES = frozenset({"last modified", "git last modified", "created", "git created",
                        "last-modified", "today", "now"})
"""`date` values by which Eleventy and Quarto mean a file's own dates, or the day it is
built: for us, no date given (the build then dates the handout by its last commit or the
file's time, see README)."""
INLINE_CODE = re.compile(r"`(?:r|\{r\}|\{python\})[ \t][^`]*`")
"""Inline code R Markdown or Quarto runs when it knits, `` `r nrow(cases)` ``."""
COMPUTED_DATE = re.compile(rf"^.*{INLINE_CODE.pattern}.*$", re.S)
"""A `date` R Markdown computes when it knits (`"`r Sys.Date()`"`, bookdown's own books
have it): no date given either, where it stopped the build as not a date."""

NAMED_LANGUAGE = re.compile(r"\.([a-z]{2}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?)$", re.I)
"""A language tag at the end of a file's stem, as a site with pages in several languages
names them: Hugo's and mkdocs-static-i18n's `index.fr.md`, `README.pt-BR.md`,
`_index.zh-cn.md`."""

LANGUAGE_FOLDER = re.compile(r"(?:^|/)(?:i18n/([^/]+)/docusaurus-plugin-content-[\w-]+"
                             r"|(?:content|docs|src)/([a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}"
                             r"|\d{3}))?))(?=/|$)", re.I)
"""A folder that names its pages' language by a site's layout: Docusaurus' translations
(`i18n/fr/docusaurus-plugin-content-docs/current`), and a language's folder in a site's
`content`, `docs` or `src` (Hugo's per-language `contentDir`, `content/fr`; Starlight's
`src/content/docs/de`; mkdocs-static-i18n's `docs/fr`; an Eleventy site's `src/fr`). A
folder merely named like a language (`it`, `no`) is not enough: a clinic's `it` folder is
its IT department's."""

WORD_SUFFIXES = (".docx", ".docm")
"""Word documents, read by `word.read_word`: a macro-enabled document (`.docm`) is the same
package as a `.docx` with its macros beside the text, which are never run (nothing here runs
anything in a document); its words are the document's. It was "not built: a Word document
with macros", and its author told to save it again, for nothing a reader would miss."""

SOURCE_SUFFIXES = (".md", ".markdown", ".mdown", ".mdwn", ".mkd", ".mkdn", ".mkdown", ".mdx",
                   ".qmd", ".rmd") + WORD_SUFFIXES
"""The files `find_sources` takes as handouts (by their lower-case suffix): Markdown, as
Jekyll, editors (`.mdown`, `.mkd`: the names GitHub shows as Markdown), MDX sites
(Docusaurus, Starlight), Quarto and R Markdown also name it, and Word."""


OTHER_DOCUMENTS = {".doc": "an old Word document (.doc)",
                   ".dotx": "a Word template (.dotx)", ".dotm": "a Word template (.dotm)",
                   ".dot": "a Word template (.dot)", ".odt": "a LibreOffice document (.odt)",
                   ".rtf": "a Rich Text document (.rtf)", ".pages": "a Pages document",
                   ".pdf": "a PDF", ".txt": "a text file (.txt)",
                   ".html": "a web page (.html)", ".htm": "a web page (.htm)",
                   ".pptx": "a PowerPoint presentation (.pptx)",
                   ".ppt": "an old PowerPoint presentation (.ppt)",
                   ".odp": "a LibreOffice presentation (.odp)", ".key": "a Keynote presentation"}
"""Documents an author may put beside their handouts, or instead of them, which are not
read: said so, where "no .md files here" told someone with a .doc to write Markdown, and
a leaflet's PDF, a Notepad file, a web page saved from the clinic's site or a talk's slides
beside the handouts were passed over in silence."""

WORD_TEMPLATES = (".dotx", ".dotm", ".dot")
"""Word templates, what Word makes new documents from (a clinic's letterhead), not
handouts: each is named as one (`cannot_read`), where a `.dotx` was "a Word template, which
handout cannot read" with no word of why, and a `.dotm` was passed over in silence."""

READING_ADVICE = {
    ".pdf": "write the handout in Markdown (.md) or Word (.docx): Word opens a PDF and can "
            "save it as a Word document (.docx), to be checked before it is built",
    ".txt": "plain text is Markdown: save it again as '{stem}.md' to build it (in Notepad: "
            "File, Save As, 'Save as type: All files')",
    **dict.fromkeys((".pptx", ".ppt", ".odp", ".key"),
                    "write the handout in Markdown (.md) or Word (.docx), its slides' words "
                    "as paragraphs and lists under headings: a slide's layout does not "
                    "carry over to large print or to audio"),
}
"""What to do with a document of `OTHER_DOCUMENTS` that is not saved again from Word or
LibreOffice."""


@dataclass(frozen=True)
class SourceFile:
    """One handout as read from disk: validated front matter and the Markdown body."""

    path: Path
    front_matter: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    """Line of the file on which `body` starts (1-based)."""
    key_lines: dict[str, int] = field(default_factory=dict)
    """Line of each front matter key, for messages about its value."""
    other_keys: tuple[str, ...] = ()
    """Front matter keys written for other tools, accepted and otherwise ignored."""
    html: str | None = None
    """For a Word file, its content converted to HTML (`body` is then empty)."""
    notes: tuple[tuple[int, str, str], ...] = ()
    """For a Word file, what the conversion noticed: (paragraph, rule, message)."""
    variables: dict[str, str] = field(default_factory=dict)
    """Every front matter value that is text or a number, by key, ours or not: templates
    in the body may show them (`{{ page.title }}`, MkDocs macros); and the handout's folder
    (`FOLDER_VARIABLE`), where a template's include is looked for."""

    def __post_init__(self) -> None:
        self.variables.setdefault(FOLDER_VARIABLE, str(self.path.parent))


FOLDER_VARIABLE = "handout:folder"
"""The generators' variable that holds the handout's folder: a name no template can write."""


_CONSULTED: contextvars.ContextVar[dict[Path, list[int] | None] | None] = \
    contextvars.ContextVar("consulted", default=None)


def consulted(path: Path) -> Path:
    """`path`, noted as a file beside the handout that reading it looks at (a picture it
    shows), with its size and modification time as it is looked at: `kept` keeps a parsed
    handout only while every such file is as it was, there or missing. Call it on every
    path that reading checks or opens, apart from the handout's own."""
    noted = _CONSULTED.get()
    if noted is not None and path not in noted:
        noted[path] = file_stamp(path)
    return path


@contextlib.contextmanager
def noting_consulted() -> Iterator[dict[Path, list[int] | None]]:
    """The files `consulted` while this context is open, in this thread, with their stamps."""
    noted: dict[Path, list[int] | None] = {}
    token = _CONSULTED.set(noted)
    try:
        yield noted
    finally:
        _CONSULTED.reset(token)


def find_sources(folder: Path, warn: bool = True) -> list[Path]:
    """The handouts in `folder`, sorted; an error if there are none. A missing folder's
    error says where it was looked for: an author who types `invoke build` inside `source/`
    itself is told to go up, not that a folder they can see is not there. With `warn`,
    the files beside them that are not built are named as warnings."""
    if folder.is_file():
        raise HandoutError(f"a file, not a folder: give the folder that holds the handouts, "
                           f"'{folder.parent}', and every handout in it is built", folder)
    if not folder.is_dir():
        raise HandoutError(f"source folder not found in {folder.absolute().parent}: run invoke "
                           "in the folder that holds it, or create it and put a .md handout "
                           "in it", folder)
    entries = sorted(p for p in folder.iterdir() if not is_hidden(p))
    files = [p for p in entries if p.is_file()]
    paths = [p for p in files if p.suffix.lower() in SOURCE_SUFFIXES]
    # A document named as a handout is a copy of it (leaflet.pdf printed from leaflet.md,
    # the .doc it was once): not named at every build, nor failing --strict.
    built = {p.stem.casefold() for p in paths}
    unread = sorted([(p, cannot_read(p)) for p in files if p.suffix.lower() in OTHER_DOCUMENTS
                     and p.stem.casefold() not in built]
                    + [(p, broken_link(p)) for p in entries if p.suffix.lower() in
                       SOURCE_SUFFIXES and p.is_symlink() and not p.exists()])
    if not paths and unread:
        raise HandoutError(unread[0][1], unread[0][0])
    nested = nested_sources(folder)
    moved = (f"{len(nested)} in the folders inside it, such as '{nested[0].relative_to(folder)}',"
             " are not built, as only the handouts in this folder itself are: move them "
             "here") if nested else ""
    if not paths:
        raise HandoutError("no handouts here (.md or .docx files): add one"
                           + (f"; {moved}" if moved else ""), folder)
    if not warn:
        return paths
    log = logging.getLogger("handout.diagnostics")
    for path, why in unread:
        log.warning("%s: not built: %s", path, why)
    if moved:
        log.warning("%s: %s", folder, moved)
    return paths


def is_hidden(path: Path) -> bool:
    """Whether `path` is a file an author does not see beside their handouts: Word's lock
    file (`~$leaflet.docx`, there while it is open), and hidden files, such as the
    `._leaflet.md` a Mac writes beside each file it copies to a USB stick or a Windows
    share, which is no Markdown but was built as a handout called "_leaflet"."""
    return path.name.startswith(("~$", "."))


PARTS_FOLDERS = frozenset({"node_modules", "includes", "partials", "snippets", "fragments"})
"""Folders whose Markdown files are no handouts, beside hidden ones and those named with a
leading "_" (Jekyll's `_includes`, a Quarto `_partials`): installed packages, and the
pieces a site's pages include, which "move them here" would have built as handouts."""


def nested_sources(folder: Path) -> list[Path]:
    """Handouts in the folders inside `folder` (a site's `docs/` copied in whole), which are
    not built: said so, where "no .md files here" was all an author was told. Hidden
    folders, installed packages and a site's parts (`PARTS_FOLDERS`) are not looked in."""
    return sorted(path for path in folder.rglob("*")
                  if path.parent != folder and path.suffix.lower() in SOURCE_SUFFIXES
                  and path.is_file() and not any(part.startswith((".", "_"))
                                                 or part.lower() in PARTS_FOLDERS
                                                 for part in path.relative_to(folder).parts))


def cannot_read(path: Path) -> str:
    """What to do with a document handout cannot read (`OTHER_DOCUMENTS`)."""
    suffix = path.suffix.lower()
    if suffix in WORD_TEMPLATES:
        return (f"{OTHER_DOCUMENTS[suffix]}, which Word makes new documents from, not a "
                "handout: to build it as one, open it in Word and save it as a Word document "
                "(.docx)")
    return f"{OTHER_DOCUMENTS[suffix]}, which handout cannot read: " + READING_ADVICE.get(
        suffix, "open it in Word or LibreOffice and save it as a Word document (.docx), or "
                "write it in Markdown (.md)").format(stem=path.stem)


def broken_link(path: Path) -> str:
    """What to do with a link (a symbolic link, or a Mac alias made one by a copy) named as
    a handout, whose file is not there: moved, renamed, or on a drive not plugged in."""
    return (f"a link to '{os.readlink(path)}', which is not there (moved, renamed or on "
            "another drive): put the handout itself in the source folder, or mend the link")


def decode_text(path: Path, data: bytes, warn: bool = True) -> str:
    """UTF-8 text, or UTF-16 or UTF-32 with its byte order mark (Notepad's "Unicode"), or
    without one (`unmarked_encoding`), with the mark removed, line endings made `\\n` and
    each letter and its accents written as one character (NFC); bytes in another encoding
    name their line and the letter they would be in Windows' own encoding, the likeliest
    other one. With `warn`, what was mended is said: a file read again, after the
    reading stage warned of it, passes False.

    Text copied on a Mac or from a PDF may write "café" as "cafe" and a combining accent:
    it prints alike, but the voices read what they are given, and Piper's said "kayf" for
    "café" and "brullet" for "brûlée"; the rules for words (numbers, abbreviations) see
    letters as one character too.
    """
    log = logging.getLogger("handout.diagnostics")
    encoding = "utf-32" if data[:4] in (b"\xff\xfe\0\0", b"\0\0\xfe\xff") else \
        "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else unmarked_encoding(data)
    if encoding not in (None, "utf-16", "utf-32") and warn:
        log.warning("%s: saved as %s with no mark to say so, which other programs may not "
                    "read: save the file again as UTF-8 (in Notepad: File, Save As, Encoding: "
                    "UTF-8)", path, encoding[:6].upper())
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n") \
            .count(b"\n") + 1
        if b"\0" in data[:4096]:
            raise HandoutError("not a text file (a picture or a document renamed?): write "
                               "the handout in a text editor and save it as .md", path,
                               None) from None
        letter = data[error.start:error.start + 1].decode("cp1252", "replace")
        raise HandoutError(f"not saved as UTF-8: the '{letter}' (byte "
                           f"{data[error.start]:#04x}) on this line is in another encoding; "
                           "save the file again as UTF-8 (in Notepad: File, Save As, "
                           "Encoding: UTF-8)", path, line) from None
    text = unjoined(unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace(
        "\r", "\n").translate(PASTED_CHARACTERS)))
    found = CONTROL_CHARACTERS.findall(text)
    if found and warn:
        line = text[:CONTROL_CHARACTERS.search(text).start()].count("\n") + 1
        log.warning(
            "%s:%s: %d invisible control character(s) taken out, such as U+%04X: they print "
            "as empty boxes (a copy from a web page or PDF leaves them)", path, line,
            len(found), ord(found[0][0]))
    if warn:
        _warn_of_mojibake(path, text)
        _warn_of_lost_letters(path, text)
    return CONTROL_CHARACTERS.sub("", text)


_CONTINUATION = "\u0080-\u00bf" + bytes(range(0x80, 0xa0)).decode("cp1252", "ignore")
MOJIBAKE = re.compile(f"[ÂÃÅ][{_CONTINUATION}]|â€[{_CONTINUATION}]?")
"""A character in UTF-8 read as Windows' own encoding (or Latin-1) and saved again: "½" as
"Â½", "é" as "Ã©", "’" as "â€™", "”" as "â€" (its last byte is none of Windows')."""


def _warn_of_mojibake(path: Path, text: str) -> None:
    """Warn, at its first line, of text saved in the wrong encoding (`MOJIBAKE`), naming the
    character it likely was; the text is not changed, as a guess may be wrong. A community
    garden's rules (sweep CC, nyack-rules line 9) allowed "Only one Â½ plot", "½" encoded
    twice, printed and said with no word to the author."""
    found = [match for match in MOJIBAKE.finditer(text) if _meant(match.group())]
    if not found:
        return
    lines = sorted({text.count("\n", 0, match.start()) + 1 for match in found})
    more = f" (and on {len(lines) - 1} more line{'s' * (len(lines) > 2)})" \
        if len(lines) > 1 else ""
    logging.getLogger("handout.diagnostics").warning(
        "%s:%d: '%s' looks like '%s' saved in the wrong encoding: retype it%s", path,
        lines[0], found[0].group(), _meant(found[0].group()), more)


def _warn_of_lost_letters(path: Path, text: str) -> None:
    """Warn, at its first line, of the replacement character, "�", which stands where a
    program could not read a letter and lost it: Jingle Bells' French verse (sweep CW, D6)
    came as "No�l", "l�-haut", printed with the sign and said "no L", with no word to the
    author. Only the author knows the letter, so the text is not changed."""
    lines = sorted({text.count("\n", 0, found.start()) + 1
                    for found in re.finditer("\ufffd", text)})
    if not lines:
        return
    more = f" (and on {len(lines) - 1} more line{'s' * (len(lines) > 2)})" \
        if len(lines) > 1 else ""
    logging.getLogger("handout.diagnostics").warning(
        "%s:%d: '\ufffd' stands for a letter lost when the text was saved in the wrong "
        "encoding: retype it%s", path, lines[0], more)


def _meant(sequence: str) -> str | None:
    """The character `sequence` is, read back as UTF-8 from Windows' encoding; None if it
    is none."""
    if sequence == "â€":
        return "”"
    def byte(character: str) -> bytes:
        try:
            return character.encode("cp1252")
        except UnicodeError:  # a byte Windows' encoding has no character for, as Latin-1 reads it
            return character.encode("latin-1")

    try:
        return b"".join(byte(character) for character in sequence).decode("utf-8")
    except UnicodeError:
        return None


def unmarked_encoding(data: bytes) -> str | None:
    """UTF-32's or UTF-16's byte order (`utf-16-le`, ...) if `data` is text in one of them
    with no byte order mark, as some programs and scripts save "Unicode" (it was refused as
    "not a text file"); None for anything else. Such text has NULs (a Latin letter's other
    byte, or two or three), which UTF-8 text and Windows' encodings have not; read in the
    right one, it has no NULs left, and most of its bytes that are a space or a line break
    are one. Text in UTF-8 with a stray NUL fails that: read as UTF-16, its spaces join
    their neighbours into other letters."""
    if b"\0" not in data[:4096]:
        return None
    breaks = data.count(b" ") + data.count(b"\n")
    for encoding in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\0" not in text and (text.count(" ") + text.count("\n")) * 2 > breaks:
            return encoding
    return None


JOINED_CHARACTERS = re.compile("[\ufb00-\ufb06\u2103\u2109]")
"""Characters that join two or more others: Latin ligatures as characters of their own, "ﬁ",
"ﬂ", "ﬃ", which text copied from a PDF keeps where its fonts drew them ("the ﬂu jab", "the
oﬃce"); and the degree signs with their scale, "℃" and "℉", as Chinese, Japanese and Korean
text, and a keyboard's symbol menu, write them ("Keep below 25℃")."""


def unjoined(text: str) -> str:
    """`text` with each joined character (`JOINED_CHARACTERS`) written as the characters it
    joins: the print font has none of them (Atkinson Hyperlegible), so "ﬂu" printed its "ﬂ"
    in another font, and a search of the PDF, the web page or the EPUB for "flu" did not
    find it; and the voice said nothing for "℃" ("Keep below 25"), where "25°C" is "25
    degrees Celsius". The print font joins the letters itself where it draws them joined."""
    return JOINED_CHARACTERS.sub(lambda found: unicodedata.normalize("NFKC", found.group()),
                                 text)


PASTED_CHARACTERS = str.maketrans({"\u2028": " ", "\u2029": " ", "\ufeff": None})
"""Characters text pasted from a web page or a PDF may hold, taken care of where the text is
read, Markdown's here and Word's (`word.read_word`):
- Unicode's line and paragraph separators, which Markdown reads as no line's end: each is a
  space. One, U+2029, in a paragraph stopped the PDF's layout (`raqm_layout() failed`)
  where its words were measured; as a line break, one in a table's row broke the row in two.
- U+FEFF, a byte order mark pasted in or Unicode's old zero width no-break space (the word
  joiner U+2060 took its place): no letter, no width, taken out. A nursery's privacy notice
  from the ICO's generator (sweep AS, nn-privacy) opened with a paragraph of one and a space,
  and was warned that "the English voice cannot read ? letters, so 1 passage in them is
  printed but not said (the first: "\ufeff")"."""
CONTROL_CHARACTERS = re.compile("\x1b\\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                                "\ufdd0-\ufdef\ufffe\uffff]")
"""Characters that are no text (C0 and C1 controls but tab and line breaks, and Unicode's
noncharacters), and a terminal's colour codes whole: a CDC sheet held 13 U+0082s, which
printed as empty boxes and made `invoke check` find 1,186 words "missing" from a PDF that
held them all; a U+FFFE made the DAISY book and the EPUB ill-formed XML; and of a colour
code, "ESC[1m", the ESC alone was taken out, and "[1m" was said "1 metre"."""


def read_source(path: Path) -> SourceFile:
    """Read one handout; raise `HandoutError` listing every front matter problem."""
    if path.suffix.lower() in WORD_SUFFIXES:
        from handout.read.word import read_word

        return read_word(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise HandoutError(f"cannot read the file: {error.strerror}", path) from None
    lines = unwrapped(path, decode_text(path, data).split("\n"))
    text = "\n".join(lines)
    start = front_matter_start(lines)
    opening = lines[start].strip()
    if opening.startswith("{:") and EDN_PAIR.search(opening):  # not kramdown's `{::comment}`
        return edn_source(path, lines, start)
    if JSON_OPENING.match(opening):
        return json_source(path, lines, start)
    if opening not in ("---", "+++"):
        return headless_source(path, lines, start) or metadata_source(path, lines, start) or \
            SourceFile(path, *word_style_titles(named_language(path, {}, text), text), 1)
    closings = ("---", "...") if opening == "---" else ("+++",)
    for index, line in enumerate(lines[start + 1:], start=start + 1):
        if line.rstrip() in closings:
            end = index
            break
    else:
        raise HandoutError(f"front matter starts with '{opening}' but never ends: add a line "
                           f"'{closings[0]}' after it", path, start + 1)
    # Blank lines in place of those above the block: YAML and TOML then count the file's lines.
    block = "\n" * start + "\n".join(lines[start + 1:end])
    if opening == "+++":
        data, key_lines = load_toml(path, block)
    else:
        data, key_lines = load_yaml(path, block)
    return checked_source(path, data, key_lines, lines, end)


def checked_source(path: Path, data: dict[str, Any], key_lines: dict[str, int],
                   lines: list[str], end: int) -> SourceFile:
    """The handout whose front matter, read as `data`, ends on line index `end`."""
    variables = {str(key): str(value) for key, value in data.items()
                 if isinstance(value, (str, int, float)) and not isinstance(value, bool)}
    # Quarto's and R Markdown's settings the generators read: a report's `params` (which
    # its inline code shows) and `execute`'s `echo` (whether its code chunks are shown).
    variables |= {f"{key}.{name}": str(value) for key in ("params", "execute")
                  if isinstance(data.get(key), dict) for name, value in data[key].items()
                  if isinstance(value, (str, int, float))}
    # A list's entries, as a template's loop over it reads them (`{% for document in
    # documents %}`, a school's term dates, each a `name` and a `path`): `documents[0].name`,
    # `documents[0].path`, and the list's length as `documents.size`, Liquid's name for it.
    for key, value in data.items():
        if not isinstance(value, list):
            continue
        variables[f"{key}.size"] = str(len(value))
        for index, entry in enumerate(value):
            fields = entry.items() if isinstance(entry, dict) else [(None, entry)]
            variables |= {f"{key}[{index}]" + (f".{name}" if name is not None else ""):
                          str(field) for name, field in fields
                          if isinstance(field, (str, int, float)) and not isinstance(field, bool)}
    # Hugo's page resources, which its Book theme's `{{< img name="toolbar" >}}` shows by name
    # (a resource's name is its `src` where it has none): its file and its title.
    resources = data.get("resources")
    for resource in resources if isinstance(resources, list) else []:
        if isinstance(resource, dict) and isinstance(resource.get("src"), str):
            name = str(resource.get("name") or resource["src"])
            variables[f"resources.{name}.src"] = resource["src"]
            if isinstance(resource.get("title"), str):
                variables[f"resources.{name}.title"] = resource["title"]
    body, body_line = "\n".join(lines[end + 1:]), end + 2
    sections = None if LAYOUT.sub("", body).strip() else sections_written(data)
    if sections is not None:
        key = next(key for key in BLOCKS_KEYS if isinstance(data.get(key), list))
        body_line = key_lines.get(key, 2) + 1
        logging.getLogger("handout.diagnostics").warning(
            "%s:%d: the handout's words are taken from the front matter's '%s', "
            "its blocks' titles as headings over their text, as the site's layout shows "
            "them: the page has none below the front matter", path, body_line - 1, key)
        body = sections
    front_matter, others = check_front_matter(path, named_language(path, data, body),
                                              key_lines)
    if sections is not None:
        others = tuple(other for other in others if other != key)
    front_matter, body = word_style_titles(front_matter, body)
    if front_matter.get("lang"):  # as the file's name gives it too, for the generators
        variables.setdefault("lang", str(front_matter["lang"]))
    return SourceFile(path, front_matter, body, body_line, key_lines, others,
                      variables=variables)


LAYOUT = re.compile(r"<!--.*?(?:-->|\Z)|\{%.*?%\}|\{\{.*?\}\}|</?[A-Za-z][^>]*>", re.S)
"""What a page's body may hold for its layout alone: HTML comments and tags, and a template's
tags and values, `{% include sections.html %}`, `{{ content }}`."""
BLOCKS_KEYS = ("page_sections", "blocks")
"""The front matter's keys that hold a page builder's blocks: Forestry.io's `page_sections:`,
and `blocks:` in Hugo's themes, each `- block: text` with its `content:`, or `- block:
header` with its `heading:` and `text:`."""
SECTION_TITLE_KEYS = ("title", "heading")
"""The keys of a page builder's block that hold its title."""
SECTION_TEXT_KEYS = ("section_text", "text", "content", "body")
"""The keys of a page builder's block that hold its Markdown, `section_text` in Forestry.io's
and CloudCannon's templates for Jekyll and Hugo."""


def sections_written(data: dict[str, Any]) -> str | None:
    """The page as a site's layout prints a page builder's blocks (Forestry.io's `page_sections:`
    of `- template: text-section`, each a `title` and its `section_text`), in order: each
    title a `##` heading, the block's Markdown under it; None if it holds no words. A dental
    practice's page for parents (sweep BK, child-teeth/parents-and-caregivers) holds all its
    words so, its body empty, and stopped the build with "the handout has no text"; so did
    a Hugo site's page (sweep CJ, a travel agency's Freewheel Weekends) of `blocks:`
    (`BLOCKS_KEYS`), each a `heading` or its `content`. A block's title that is the page's
    own is no heading again."""
    blocks = next((data[key] for key in BLOCKS_KEYS if isinstance(data.get(key), list)), [])
    parts = []
    for block in blocks:
        if not isinstance(block, dict):
            continue
        title = next((block[key] for key in SECTION_TITLE_KEYS
                      if isinstance(block.get(key), str) and block[key].strip()), None)
        if title is not None and " ".join(title.split()) == str(data.get("title", "")).strip():
            title = None
        text = next((block[key] for key in SECTION_TEXT_KEYS
                     if isinstance(block.get(key), str) and block[key].strip()), None)
        if text is None:
            continue
        if title:
            parts.append("## " + " ".join(title.split()))
        parts.append(text.strip("\n"))
    return "\n\n".join(parts) + "\n" if parts else None


TITLE_STYLE_DIV = re.compile(r"^[ ]{0,3}<div\s+custom-style\s*=\s*([\"'])(?:publication[ \t]+)?"
                             r"(sub)?title\1\s*>(.*?)</div>[ \t]*$", re.I | re.M | re.S)
"""A `<div>` in Word's title or subtitle style ("Title", "Publication Title", "Subtitle",
"Publication subtitle"), as a page written for Pandoc's Word output gives its title."""


def word_style_titles(front_matter: dict[str, Any], body: str) -> tuple[dict[str, Any], str]:
    """The front matter given the title and subtitle that `body` gives in Word's styles
    (`TITLE_STYLE_DIV`, the first of each) where it gives none, and the body without them
    (their lines kept blank): Public Health Scotland's report templates (sweep BI,
    eol-report lines 258-262, phs-offstats-summary) title the knitted document so, and
    the handout was titled by its file's name, its title and subtitle run into its text.
    Other Word styles are read where they stand (`generators.WordStyleDivs`). Inline code
    in a title is left out of it and stays at its line, where the body's rule for it warns
    of it: a PHS summary's title ended in `` `r if_else(…, "(Provisional)", "")` ``, and the
    handout was titled by its file's name, "Summary" (sweep CZ)."""
    given = dict(front_matter)

    def taken(found: re.Match[str]) -> str:
        key = "subtitle" if found.group(2) else "title"
        words = " ".join(INLINE_CODE.sub("", found.group(3)).split()).lstrip("#").strip()
        if given.get(key) or not words or "<div" in found.group(3).lower():
            return found.group(0)
        given[key] = words
        return "\n".join(" ".join(INLINE_CODE.findall(line))
                         for line in found.group(0).split("\n"))

    body = TITLE_STYLE_DIV.sub(taken, body)
    return given, body


SITE_KEYS = frozenset({*FRONT_MATTER_KEYS, *ALIASES, "layout", "permalink", "slug", "date",
                       "categories", "breadcrumb", "nav_order", "parent", "weight", "draft"})
"""Keys that only a page's front matter opens with, ours and the site generators'."""


def headless_source(path: Path, lines: list[str], start: int) -> SourceFile | None:
    """The handout, if its front matter has no opening `---`, only its closing one
    (`title: Accessibility`, a blank line, `---`: a festival's Jekyll pages), which
    printed and said "title: Accessibility" under the title; None if it does not open with
    one of `SITE_KEYS`, or is no YAML."""
    key = re.match(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)", lines[start])
    if not key or key.group(1).lower() not in SITE_KEYS:
        return None
    for end in range(start + 1, min(len(lines), start + 40)):
        line = lines[end]
        if line.rstrip() == "---":
            break
        if line.strip() and not re.match(r"[A-Za-z_][\w-]*[ \t]*:|[ \t]+\S|-[ \t]", line):
            return None
    else:
        return None
    try:  # the block from the file's first line, which `load_yaml` counts as its second
        data, key_lines = load_yaml(path, "\n".join(lines[:end]))
    except HandoutError:
        return None
    return checked_source(path, data, {key: line - 1 for key, line in key_lines.items()},
                          lines, end)


METADATA_LINE = re.compile(r"([A-Za-z][\w -]{0,30}?)[ \t]*:[ \t]*(.*)$")
METADATA_KEYS = frozenset("title date modified category tags slug author authors summary lang "
                          "status template save_as url translation keywords description "
                          "subtitle base_header_level css image cover thumbnail og_image "
                          "featured_image link type hidetitle nocomments previewimage "
                          "updated".split())
"""Pelican's, MultiMarkdown's and Nikola's metadata keys: a notice's own fields ("When:",
"Where:") are its text. The picture keys are Pelican themes' (sweep CX, 04-hedgehogs: a
garden page's `Image: ./images/hedgehog.jpg` had its whole block printed and said, "Title: 10
ways to help hedgehogs … Image: ./images/hedgehog.jpg", and a heading for its title).
Nikola's `link`, `type` and `hidetitle`, on a Linux users' group's AGM minutes (sweep CV),
had the block printed and said, "title: 2004 AGM slug: 2004-agm …", and the page titled by
its first heading with a warning to add the title it had."""
PLUGIN_KEY = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z\d]*)+")
"""A metadata key with a capital inside it, as Pelican's plugins and themes name theirs,
`MenuTitle`, `ShowToc`, `ShowPageHierarchy`, and no notice's field is: a Slovak page (sweep
CG, sk-zdravotna) with them in its metadata had it printed and said, "Title: Zdravotná
starostlivosť MenuTitle: Zdravie…", and was titled with its first heading."""


def metadata_source(path: Path, lines: list[str], start: int) -> SourceFile | None:
    """The handout, if it opens with Pelican's or MultiMarkdown's metadata, `Title: …`,
    `Date: …`, `Category: …` one a line down to a blank line (PyCon India's access page,
    whose title became its first heading, "Content", and whose metadata was printed and
    said as its first paragraph), or with `Date:` (a Quaker meeting's minutes, whose one
    line, `Date: 2016-07-17T00:00:00`, was printed and said, the handout left undated and
    its title said twice); None if it opens with neither. Keys are read in lower case, as
    both tools read them; only theirs (`METADATA_KEYS`, and a plugin's, `PLUGIN_KEY`),
    and a date only if it is one (`_is_metadata_date`), so that a notice that opens
    "Title: Coffee morning", "When: Saturday" keeps its lines; a title alone is a notice's
    first line. A value may follow its colon with no space, `title:Bin collection days`, as
    Python-Markdown's meta extension, which Pelican uses, reads it: a council's post
    (sweep BI, pelican-post-guide; repro mini/pel1) printed and said its metadata."""
    first = METADATA_LINE.match(lines[start])
    if not first or first.group(1).lower() not in ("title", "date") or not first.group(2):
        return None
    data: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    end = start
    while end < len(lines) and lines[end].strip():
        found = METADATA_LINE.match(lines[end])
        if not found:
            return None
        key = found.group(1).strip().lower().replace(" ", "_")
        if key not in METADATA_KEYS and not PLUGIN_KEY.fullmatch(found.group(1).strip()):
            return None
        if found.group(2).strip():  # a key left empty, Nikola's `tags: `, says nothing
            data[key], key_lines[key] = found.group(2).strip(), end + 1
        end += 1
    if len(data) < 2 and "date" not in data:
        return None
    if "date" in data and not _is_metadata_date(data["date"], data.get("lang") or "en"):
        return None
    return checked_source(path, data, key_lines, lines, end)


def _is_metadata_date(value: str, lang: str) -> bool:
    """Whether a metadata block's `date` is one: as generators write it (2024-08-01,
    2016-07-17T00:00:00) or as people do ("June 2, 2021", 03-8-2020, which a Chicago tool
    library's Pelican posts gave, and whose metadata was printed and said, its title
    taken from a heading in the middle of the page). A date that may be either of two days
    is one too, and stops the build naming its line; "Saturday 14th" is a notice's text."""
    if re.match(r"\d{4}-\d\d-\d\d(?:\b|T)", value):
        return True
    try:
        return written_date(value, lang) is not None
    except ValueError:
        return True


EDN_PAIR = re.compile(r':([\w?!*+.-]+)\s+("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^\s}\]]+)')
"""A key and its value in an EDN map, `:title "Foodbank"`, `:tags ["food" "help"]`,
`:navbar? false`."""


def edn_source(path: Path, lines: list[str], start: int) -> SourceFile:
    """The handout whose front matter is an EDN map, as Cryogen (a Clojure site generator)
    writes it: `{:title "Foodbank" :layout :page}`, which was printed and said as text,
    ":title Foodbank :layout :page…", and a later heading taken for the title."""
    import json

    for end in range(start, len(lines)):
        if lines[end].rstrip().endswith("}"):
            break
    else:
        raise HandoutError("front matter starts with '{' but never ends: add a '}' after "
                           "it", path, start + 1)
    data: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    for number in range(start, end + 1):
        for key, value in EDN_PAIR.findall(lines[number]):
            data[key] = json.loads(value) if value.startswith('"') else \
                [json.loads(item) for item in re.findall(r'"(?:[^"\\]|\\.)*"', value)] \
                if value.startswith("[") else \
                {"true": True, "false": False, "nil": None}.get(value, value.lstrip(":"))
            key_lines[key] = number + 1
    return checked_source(path, data, key_lines, lines, end)


JSON_OPENING = re.compile(r'\{\s*(?:"|$)')
"""The first line of a JSON object, `{` alone or before its first key: Hugo's JSON front
matter, which was printed and said as text, `"title": "Hernia surgery: recovery"`, and a
later heading taken for the title."""


def json_source(path: Path, lines: list[str], start: int) -> SourceFile:
    """The handout whose front matter is a JSON object, as Hugo reads it: the object ends
    where its braces close, and the text starts on the next line."""
    import json

    block = "\n".join(lines[start:])
    try:
        data, length = json.JSONDecoder().raw_decode(block, block.index("{"))
    except json.JSONDecodeError as error:
        raise HandoutError(f"front matter is not valid JSON: {error.msg} (each key and its "
                           "text go in double quotes, with a comma after each pair but the "
                           "last)", path, start + error.lineno) from None
    end = start + block.count("\n", 0, length)
    if block[length:].split("\n", 1)[0].strip():
        raise HandoutError("front matter in JSON must end with '}' on a line of its own: "
                           "put the text after it on the next line", path, end + 1)
    key_lines = {}
    for number in range(start, end + 1):
        key = re.match(r'\s*\{?\s*"([^"]+)"\s*:', lines[number])
        if key:
            key_lines.setdefault(key.group(1), number + 1)
    return checked_source(path, data, key_lines, lines, end)


WRAPPING_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md|gfm|commonmark)[ \t]*$",
                            re.I)
"""The fence a chatbot puts round Markdown it writes for copying, ```` ```markdown ````."""


def unwrapped(path: Path, lines: list[str]) -> list[str]:
    """`lines` without the fence round the whole of them, when the handout is Markdown in
    a ```` ```markdown ```` code block (a chatbot's answer copied whole, fence and all), its
    fence lines left blank so that every other line keeps its number: the whole leaflet
    printed as code, a line as typed, and was read "Code example, 40 lines, as printed"."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return lines
    opening = WRAPPING_FENCE.match(lines[filled[0]])
    closing = lines[filled[-1]].strip()
    if not opening or closing[:1] != opening[1][0] or closing.strip(closing[0]) \
            or len(closing) < len(opening[1]):
        return lines
    logging.getLogger("handout.diagnostics").info(
        "%s:%d: the handout is Markdown in a code block, '%s' (as a chatbot gives it to copy): "
        "it is read as the Markdown it holds", path, filled[0] + 1, lines[filled[0]].strip())
    return [("" if index in (filled[0], filled[-1]) else line) for index, line in enumerate(lines)]


def front_matter_start(lines: list[str]) -> int:
    """The index of the line that opens the front matter: the first, or the first after
    blank lines when a `key:` line follows it. A blank line pasted above the `---` made the
    front matter a rule and a heading, its title said as "title: Opening hours author: The
    desk", with a warning to add the title it had."""
    start = next((index for index, line in enumerate(lines) if line.strip()), 0)
    if start and lines[start].strip() in ("---", "+++") and start + 1 < len(lines) and \
            re.match(r"\s*[\"']?[A-Za-z_][\w-]*[\"']?\s*[:=]", lines[start + 1]):
        return start
    return 0


def named_language(path: Path, data: dict[str, Any], body: str = "") -> dict[str, Any]:
    """`data` with the language its file's name gives (`risk-assessment.de.md`: "de"), or
    else its folder (`language_folder`), when the front matter gives none (neither `lang`
    nor `language`) and Babel knows the tag.

    The Corona-Warn-App's German translations (`translations/*.de.md`) have no front
    matter: read as English, the English voice read the German, and the PDF said
    "Contents" and "Page 1 of 33". A Hugo site's French pages (`content/fr/...`) and a
    Docusaurus site's (`i18n/fr/...`) name their language only by their folder. Else the
    language its letters name alone (`language.script_language`): Thai, Khmer, Lao, Burmese
    or Amharic.
    """
    if data.get("lang") or data.get("language"):
        return data
    from handout.language import babel_locale, script_language

    found = NAMED_LANGUAGE.search(path.stem)
    tag = language_tag(found.group(1)) if found else \
        stem_language(path) or language_folder(path, body)
    if tag is None or babel_locale(tag) is None:  # first-contributions' README.kh.md
        tag = script_language(body)
    return {**data, "lang": tag} if tag else data


def stem_language(path: Path) -> str | None:
    """The language a file's whole name gives, `fi.md`, where a file beside it is named by
    another language too (`en.md`), as a SvelteKit site keeps a page's translations: a
    Finnish privacy notice was read as English. Not a name alone, which may be a word
    ("it.md", "id.md")."""
    def tag_of(file: Path) -> str | None:
        written = file.stem
        if not NAMED_LANGUAGE.fullmatch(f".{written}"):
            return None
        tag = language_tag(written)
        return tag if names_a_language(tag) else None

    tag = tag_of(path)
    if tag is None:
        return None
    consulted(path.parent)  # a translation added or removed beside it changes its language
    others = {tag_of(file) for file in path.parent.glob(f"*{path.suffix}") if file != path}
    return tag if others - {None} else None


def language_tag(written: str) -> str:
    """A language tag as a file or folder name writes it (`pt_br`, `zh-hans`), in BCP 47's
    cases (`pt-BR`, `zh-Hans`)."""
    language, *rest = re.split(r"[-_]", written)
    if language.lower() in VARIETIES:
        language, region = VARIETIES[language.lower()]
        rest = rest or [region]
    language = COUNTRIES_FOR_LANGUAGES.get(language.lower(), language.lower())
    return "-".join([language] + [part.title() if len(part) == 4 else part.upper()
                                  for part in rest])


COUNTRIES_FOR_LANGUAGES = {"ua": "uk", "gr": "el", "jp": "ja", "cn": "zh", "kr": "ko",
                           "dk": "da", "cz": "cs"}
"""Countries' codes that sites write for their languages, and which are no language's: a
third of the Ukrainian Hugo sites keep their pages in `content/ua`, which gave an English
handout read by the English voice, and `lang: ua` stopped the build."""


VARIETIES = {"prs": ("fa", "AF")}
"""A language's own tag that names a country's form of another, as BCP 47 also writes it:
Dari, Afghanistan's Persian, which refugee services tag `prs`. `lang: prs` stopped the build
with "no voice is installed for language 'prs'" (sweep CY), where `fa-AF` is read by the
Persian voice, by Persian's rules, from the right margin."""


WRITTEN_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
"""A language tag as BCP 47 writes it (`en`, `pt-BR`), or with underscores (`en_GB`)."""


def language_meant(written: str) -> str:
    """The BCP 47 tag a handout's `lang` means: `en_GB` as `en-GB`, and a language's name,
    in English or in its own words ("French", "British English", "Español"), as its tag.
    `lang: French` went into the PDF and the web page as their language, and stopped the
    audio with "no voice is installed for language 'French'". Anything else as written."""
    text = written.strip()
    if WRITTEN_TAG.fullmatch(text):
        return language_tag(text)
    return language_names().get(text.casefold(), written)


def is_language(tag: str) -> bool:
    """Whether `tag` is a language tag whose language exists: Babel knows it, or ISO 639
    lists it (pycountry: Klingon and American Sign Language, which Babel lacks). `lang:
    Frnch` went into the PDF and the web page as their language, and was narrated by
    the test voice or stopped the real one with "no voice is installed for 'Frnch'"."""
    from handout.language import babel_locale

    if not WRITTEN_TAG.fullmatch(tag):
        return False
    if babel_locale(tag) is not None:
        return True
    import pycountry

    primary = tag.split("-")[0].lower()
    return pycountry.languages.get(**{f"alpha_{len(primary)}": primary}) is not None


def not_a_language(written: str, form: str = "lang: {}") -> str:
    """What to write instead of `written`, which is no language (`is_language`): the
    language whose name it is closest to, as a misspelling usually is, else examples.
    `form` is how the setting is written: front matter's `lang: {}`, or pyproject's
    `lang = "{}"`."""
    import difflib

    names = language_names()
    near = difflib.get_close_matches(written.strip().casefold(), names, n=1, cutoff=0.75)
    if near:
        return (f"'{form.format(written)}' is not a language: for {near[0].title()}, write "
                f"'{form.format(names[near[0]])}'")
    return (f"'{form.format(written)}' is not a language: write its tag, such as 'en', "
            "'en-GB', 'fr' or 'pt-BR'")


@functools.cache
def language_names() -> dict[str, str]:
    """Every language's tag by its name in English and, for the languages of ISO 639-1, in
    its own words, as Babel (CLDR) gives them, in lower case."""
    from babel import Locale, UnknownLocaleError

    english = Locale("en").languages
    names = {name.casefold(): language_tag(code) for code, name in english.items()}
    for code in (code for code in english if len(code) == 2):
        with contextlib.suppress(ValueError, UnknownLocaleError):
            names.setdefault(Locale.parse(code).languages.get(code, "").casefold(), code)
    names.pop("", None)
    return names


def language_folder(path: Path, body: str) -> str | None:
    """The language the nearest of `path`'s folders names by a site's layout
    (`LANGUAGE_FOLDER`), unless its words are clearly in another language: a folder is
    weaker evidence than a file's name, and a site's `docs/it` may hold English pages
    about IT."""
    found = site_language_folder(path)
    if found is None:
        return None
    from handout.language import words_mismatch

    tag = language_tag(found.group(1) or found.group(2))
    return None if words_mismatch(tag, body) else tag


def site_language_folder(path: Path) -> re.Match[str] | None:
    """The nearest of `path`'s folders that names a language by a site's layout
    (`LANGUAGE_FOLDER`): "content/fr", "i18n/fr/docusaurus-plugin-content-docs"; a tag of
    a known language, script and region (`names_a_language`), not a word after a code:
    `docs/vi-bhyt` (a Vietnamese guide to health insurance, BHYT) was "vi-Bhyt"."""
    found = [match for match in LANGUAGE_FOLDER.finditer(path.absolute().parent.as_posix())
             if names_a_language(language_tag(match.group(1) or match.group(2)))]
    return found[-1] if found else None


def names_a_language(tag: str) -> bool:
    """Whether each part of the BCP 47 `tag` is one Unicode's CLDR knows: a language, then
    perhaps a script and a region."""
    from babel import Locale

    known = Locale("en")
    language, *rest = tag.split("-")
    return language.lower() in known.languages and all(
        part in (known.scripts if len(part) == 4 else known.territories) for part in rest)


@functools.cache
def front_matter_loader() -> type:
    """YAML's safe loader, except that dates stay text until we check them ourselves, and
    R Markdown's `!expr` values are empty.

    PyYAML builds dates while parsing, so `date: 2023-02-30` would fail with an exception
    that has no line; as text, it reaches the type checks and gets a located message.
    `!expr` marks R code that rmarkdown runs when it knits (`reference_docx: !expr
    here::here(...)`, `params: {year: !expr Sys.Date()}`): its value is known only then, as
    inline code's is. A Public Health Scotland summary's (sweep CZ) stopped the build with
    "could not determine a constructor for the tag '!expr'".
    Made on first use: a build whose handouts are all kept parsed (`kept`) imports no YAML.
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        yaml_implicit_resolvers = {
            first: [(tag, regexp) for tag, regexp in resolvers
                    if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

    FrontMatterLoader.add_constructor("!expr", lambda loader, node: None)
    return FrontMatterLoader


DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"
                  r"(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
                  r"(?:[ \t]*(?:Z|z|[-+]\d{1,2}(?::?\d{2})?"
                  r"|[A-Z]{2,5}(?:[-+]\d{1,2}(?::?\d{2})?)?))?")
"""A date as generators write it: `2024-03-01`, with or without a time and a time zone
(`2014-01-13 2:35:36 -0400`, `2019-05-31T10:00:00Z`, `2016-04-09T16:50:16+02:00`), also
by its abbreviation, as Jekyll reads it (`2020-11-16T07:00:00.000CET`, Netlify CMS's, on 39
of a debt charity's 67 posts, each of which stopped the build; `2016-05-02 10:00:00 CEST`),
and by both, as Nikola writes it: a Linux users' group's AGM minutes (sweep CV), all 26
dated `2022-08-26 12:03:03 UTC+12:00`, stopped the build once given `---` lines."""


POST_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})-(?=\w)")
"""The date a post's file name opens with, `2020-06-18-voiceover-102.md`: its date, by
Jekyll's convention, where its front matter gives none."""
NO_DAY = re.compile(r"0{0,3}1-\d")
"""A date in the year 1, a site's way of giving none: Hugo's date not set, Go's zero time
`0001-01-01`, and healthcare.gov's pages for every season, named `0001-02-01-will-i-….md` to
sort them, which were printed and said as of "1 February 1", and made the EPUB invalid."""


def _as_date(value: str, lang: str) -> dt.date:
    """The calendar day as written (a time and its zone do not move it to another day), as
    generators write it or as people do (`language.written_date`: R Markdown's and Quarto's
    dates are free text, "02/06/2021" or "June 2, 2021")."""
    match = DATE.fullmatch(value)
    day = calendar_day(*(int(part) for part in match.groups())) if match \
        else written_date(value, lang)
    if day is None:
        raise ValueError(f"'date' must be a date like 2023-12-29, not {value!r}")
    return day


def load_toml(path: Path, block: str) -> tuple[Any, dict[str, int]]:
    """The TOML between the `+++` lines (which start on line 2 of the file), and key lines."""
    try:
        data = tomllib.loads(block)
    except tomllib.TOMLDecodeError as error:
        at = re.search(r"\(at line (\d+)", str(error))
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(error))
        raise HandoutError(f"front matter is not valid TOML: {reason}", path,
                           int(at.group(1)) + 1 if at else 1) from None
    key_lines = {}
    for number, line in enumerate(block.split("\n"), start=2):
        key = re.match(r"\s*([A-Za-z0-9_-]+|\"[^\"]+\"|'[^']+')\s*=", line)
        if key:
            key_lines.setdefault(key.group(1).strip("\"'"), number)
    return data, key_lines


def load_yaml(path: Path, block: str) -> tuple[Any, dict[str, int]]:
    """The YAML between the `---` lines (which start on line 2 of the file), and key lines."""
    import yaml

    block = SPACE_AFTER_A_KEY.sub(r"\1 ", block)
    while True:
        try:
            node = yaml.compose(block, Loader=front_matter_loader())
            data = yaml.load(block, Loader=front_matter_loader())  # noqa: S506 (a SafeLoader)
            break
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None)
            mended = None if mark is None else \
                value_with_a_colon_quoted(block, mark.line) \
                if problem == "mapping values are not allowed here" else \
                tab_after_a_key_mended(block, mark.line) \
                or unused_key_left_out(path, block, mark.line) \
                if "'\\t'" in str(problem) else None
            if mended is None:
                line = mark.line + 2 if mark is not None else 1
                reason = problem or str(error)
                if "'\\t'" in str(reason):
                    raise HandoutError("a tab in the front matter, which YAML does not allow "
                                       "there: put spaces in its place", path, line) from None
                raise HandoutError(f"front matter is not valid YAML: {reason}", path,
                                   line) from None
            block = mended
    if data is None:  # `---` then `---`: Jekyll's mark of a page to process, with no keys
        return {}, {}
    if not isinstance(data, dict):
        raise HandoutError("front matter must be 'key: value' lines, such as 'title: My "
                           "leaflet'", path, 2)
    key_lines = {
        str(key.value): key.start_mark.line + 2 for key, _ in node.value
    } if isinstance(node, yaml.MappingNode) else {}
    return data, key_lines


UNQUOTED_VALUE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+(?![\"'\[{|>&*!%@`])(.*?\S)[ \t]*$")
"""A top-level `key: value` line whose value YAML would read as written, if it held no
`: ` (a plain scalar, not quoted, no list, mapping, block or tag)."""


def value_with_a_colon_quoted(block: str, index: int) -> str | None:
    """`block` with the value on line `index` quoted, if it is a plain value holding `: `:
    Wiki.js writes its pages' titles unquoted (`title: Duet 3 Mini 5+ Guide Part 1:
    Wiring`), which YAML reads as a mapping in a mapping, and 280 of the Duet3D wiki's 474
    pages stopped with "front matter is not valid YAML". None for any other line."""
    import json

    lines = block.split("\n")
    found = UNQUOTED_VALUE.match(lines[index]) if index < len(lines) else None
    if found is None or ": " not in found.group(2):
        return None
    lines[index] = f"{found.group(1)}: {json.dumps(found.group(2), ensure_ascii=False)}"
    return "\n".join(lines)


SPACE_AFTER_A_KEY = re.compile(r"^([A-Za-z_][\w-]*:)[\u00a0\u2007\u202f]", re.M)
"""A no-break space after a key (`title:` then the space Word, a web page or a Mac's
Option-Space leave), which YAML does not count as a space: the line, one word to YAML,
stopped the build as "front matter must be 'key: value' lines"."""


def tab_after_a_key_mended(block: str, index: int) -> str | None:
    """`block` with the tabs after the key on line `index` made a space, if a tab follows
    its `key:` (`title:<tab>Opening hours`, as a tab key lines values up in Notepad), which
    YAML 1.2 allows and PyYAML refuses with "found character '\\t' that cannot start any
    token". None for any other line: a tab before a key leaves its depth unknown."""
    lines = block.split("\n")
    found = re.match(r"([A-Za-z_][\w-]*:) *\t[ \t]*", lines[index]) if index < len(lines) \
        else None
    if found is None:
        return None
    lines[index] = f"{found.group(1)} {lines[index][found.end():]}"
    return "\n".join(lines)


READ_KEYS = frozenset({*FRONT_MATTER_KEYS, *ALIASES, "titles", "resources", "params",
                       "execute", "default_lang", *BLOCKS_KEYS})
"""The front matter's keys whose values this tool reads, ours and others' (`checked_source`,
`title_in_language`); a key's own value, on its line, may fill a template's `{{ page.key }}`."""
TOP_LEVEL_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:")


def unused_key_left_out(path: Path, block: str, index: int) -> str | None:
    """`block` with the key that line `index` is inside left out (its lines blank), with a
    warning, if that line is indented by a tab, which YAML does not allow, inside a key this
    tool does not read (`READ_KEYS`): a Grav page's `event:` and `taxonomy:`, their fields
    indented by tabs, stopped its build, though what they hold is its site's calendar's. None
    for any other line: in a key of ours, the value is wanted, and a tab's depth unknown."""
    lines = block.split("\n")
    top = next((number for number in range(min(index, len(lines) - 1), -1, -1)
                if TOP_LEVEL_KEY.match(lines[number])), None)
    if top is None or top == index or not lines[index].startswith("\t") \
            or TOP_LEVEL_KEY.match(lines[top]).group(1) in READ_KEYS:
        return None
    end = next((number for number in range(top + 1, len(lines))
                if lines[number][:1] not in ("", " ", "\t", "#")), len(lines))
    logging.getLogger("handout.diagnostics").warning(
        "%s:%d: '%s', a key this tool does not use, is left out of the front matter: a tab "
        "indents its lines, which YAML does not allow there (put spaces in its place)", path,
        top + 2, TOP_LEVEL_KEY.match(lines[top]).group(1))
    lines[top:end] = [""] * (end - top)
    return "\n".join(lines)


def title_in_language(titles: dict, lang: Any) -> str | None:
    """The title for `lang` from a theme's titles by locale (jekyll-TeXt-theme's `titles:
    {en: Opening hours, it: Orari}`, an Italian health service's pages): its own, its
    language's, English's or the first; None if none is text. The title was left out, and
    the page's first heading taken for it."""
    tag = str(lang or "").replace("_", "-")
    candidates = [tag, tag.split("-")[0], "en", *titles]
    for key in candidates:
        value = titles.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _alias_value(key: str, value: Any) -> Any:
    """`value` of an alias as our key takes it, or None if it does not fit our key."""
    ours = ALIASES[key]
    if ours == "keywords":
        if isinstance(value, str):  # Jekyll's tags as text are separated by spaces
            value = value.split("," if "," in value else None)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [v.strip() for v in value if v.strip()] or None
        return None
    if ours == "author" and isinstance(value, (list, dict)):
        value = author_names(value if isinstance(value, list) else [value])
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def author_names(authors: list) -> str | None:
    """A list of authors as one line, "Tom Jemmett, The Strategy Unit": each given as text or,
    as Quarto, Pandoc and R Markdown write them, as a mapping with a `name` (itself text, or
    `given` and `family`) and perhaps its `credentials` ("Jane Lee, PharmD": a pharmacy's
    metformin leaflet, which stopped the build); None if one is neither."""
    names = []
    for author in authors:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, dict):
            name = " ".join(str(name[part]) for part in ("given", "family") if name.get(part))
        if not isinstance(name, str):
            return None
        credentials = author.get("credentials") if isinstance(author, dict) else None
        names.append(name.strip() + (f", {credentials.strip()}"
                                     if isinstance(credentials, str) and credentials.strip()
                                     else ""))
    return ", ".join(name for name in names if name) or None


def check_front_matter(path: Path, data: dict[str, Any], key_lines: dict[str, int]
                       ) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Our keys checked (every problem reported together), aliases read as our keys, and
    the other tools' keys set aside by name."""
    others = [key for key in data if key not in FRONT_MATTER_KEYS]
    if "title" not in data and isinstance(data.get("titles"), dict):
        title = title_in_language(data["titles"], data.get("lang") or data.get("language"))
        if title:
            data["title"] = title
            key_lines["title"] = key_lines.get("titles", 2)
            others.remove("titles")
    for key in list(others):
        if key in ALIASES and ALIASES[key] not in data:
            value = _alias_value(key, data[key])
            if value is not None:
                data[ALIASES[key]] = value
                key_lines[ALIASES[key]] = key_lines.get(key, 2)
                others.remove(key)
    # Generators' templates leave keys empty (`description:`), a title too: Decap CMS writes
    # `title: ''` for one left blank (a mutual aid group's "Health & Safety" page stopped the
    # build). An empty title is none: the first heading or the file's name, with a warning.
    data = {key: value for key, value in data.items() if key in FRONT_MATTER_KEYS
            and not (value is None or isinstance(value, str) and not value.strip())
            and not (key == "date" and (str(value).strip().lower() in FILE_DATES
                                        or COMPUTED_DATE.match(str(value))
                                        or NO_DAY.match(str(value).strip())))}
    data = {key: unquoted(value) for key, value in data.items()}
    named = POST_DATE.match(path.name)
    day = calendar_day(*map(int, named.groups())) if named and not NO_DAY.match(path.name) \
        else None
    if "date" not in data and day is not None:
        # A blog post dated by its file's name, as Jekyll dates its posts and Eleventy any
        # page: VoiceOver 102's "2020-06-18-VoiceOver-102-Common-Gestures.md", which its
        # site shows as of 18 June 2020, had no date.
        data["date"] = day
    if isinstance(data.get("lang"), str):
        data["lang"] = language_meant(data["lang"])
    if isinstance(data.get("author"), list):  # Quarto's, Pandoc's and R Markdown's authors
        data["author"] = author_names(data["author"]) or data["author"]
    if isinstance(data.get("author"), dict):  # one, `author: {name: …, credentials: …}`
        data["author"] = author_names([data["author"]]) or data["author"]
    if isinstance(data.get("keywords"), str):
        data["keywords"] = [word.strip() for word in data["keywords"].split(",")]
    if isinstance(data.get("keywords"), list):
        data["keywords"] = [word for word in data["keywords"] if word != ""]
    problems = []
    if isinstance(data.get("lang"), str) and not is_language(data["lang"]):
        problems.append(Problem(not_a_language(data["lang"]), path,
                                key_lines.get("lang", 2)))
    for key, value in data.items():
        line = key_lines.get(str(key), 2)
        expected = FRONT_MATTER_KEYS[key]
        if expected is dt.date and isinstance(value, str):
            lang = data.get("lang") if isinstance(data.get("lang"), str) else "en"
            try:
                data[key] = value = _as_date(value.strip(), lang)
            except ValueError as error:
                problems.append(Problem(str(error), path, line))
                continue
        if expected is dt.date and type(value) is int and 1000 <= value <= 9999:
            data[key] = value = Year(value, 1, 1)  # `date: 2020`, which YAML reads as a number
        if expected is dt.date and isinstance(value, dt.datetime):
            data[key] = value = value.date()
        if expected is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            data[key] = value = str(value)
        if expected is str and isinstance(value, str) and HTML_ENTITY.search(value):
            data[key] = value = html.unescape(value)
        if value is None:
            problems.append(Problem(f"'{key}' is empty: give it a value or remove the line",
                                    path, line))
        elif isinstance(value, bool) and expected is str:
            problems.append(Problem(f"'{key}' must be text, not true/false: put the words "
                                    "in quotes", path, line))
        elif not isinstance(value, expected):
            problems.append(Problem(f"'{key}' must be {_describe(expected)}, not "
                                    f"{_describe(type(value))}", path, line))
        elif expected is str and not value.strip():
            problems.append(Problem(f"'{key}' is empty: give it a value or remove the line",
                                    path, line))
    pronunciations = data.get("pronunciations")
    if isinstance(pronunciations, dict) and not all(
        isinstance(k, str) and isinstance(v, str) for k, v in pronunciations.items()
    ):
        problems.append(Problem("'pronunciations' must map each word to how it is said, "
                                "such as 'Clonazepam: clo-NAZZ-eh-pam'", path,
                                key_lines.get("pronunciations", 2)))
    keywords = data.get("keywords")
    if isinstance(keywords, list) and not all(isinstance(k, str) for k in keywords):
        problems.append(Problem("'keywords' must be a list of words", path,
                                key_lines.get("keywords", 2)))
    if problems:
        raise HandoutError.collect(problems)
    return data, tuple(str(key) for key in others)


HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
"""A character written as HTML writes it, "&amp;", "&#8217;", in a title a site moved from
WordPress keeps ("Borrowing periods &amp; overdue charges"): the voice said "amp", the page
printed it as typed."""
SMART_QUOTED = re.compile(r"^\s*(?:“([^“”]*)”|‘([^‘’]*)’|„([^„“”]*)[“”]|«\s?([^«»]*?)\s?»)\s*$")
"""A value wholly inside typographic quotes, which Word, a Mac or a phone type for `"`
(`title: “Your new medicine”`): to YAML they are letters, and the title printed and was
said with its quotes, and `lang: “en-GB”` went into the PDF and the web page as the
language."""


def unquoted(value: Any) -> Any:
    """`value` without the typographic quotes it is wholly in, if it is text (`SMART_QUOTED`)."""
    found = SMART_QUOTED.match(value) if isinstance(value, str) else None
    return next(part for part in found.groups() if part is not None) if found else value


def _describe(kind: type) -> str:
    return {str: "text", dt.date: "a date like 2023-12-29", list: "a list",
            dict: "a mapping of 'word: how it is said'"}.get(kind, kind.__name__)


def locate(path: Path, *needles: str, occurrence: int = 0,
           body_first: bool = False) -> int | None:
    """The first line of the handout at `path` holding the first of `needles` found (any
    case, and with HTML's character references read, as `&#74;avascript:` is), or the line
    of its `occurrence`-th appearance after the first (the last, if there are fewer).

    Warnings found after parsing (a removed script, a refused address) know what was
    wrong but not where; searching the source for it finds the line an author must edit.
    The same thing found again is named at its own line by counting: three links to one
    refused address were all named at the first. With `body_first`, lines below the front
    matter are searched first, for what is wrong in the page's words: a blog post's
    `<img src>` (sweep CJ, wheelchair-tourists-london) was named at its front matter's
    `images:` list, which repeats the address.
    """
    wanted = [needle.lower() for needle in needles if needle and needle.strip()]
    if not wanted:
        return None
    try:
        searched = _searched(path, path.read_bytes())
    except (OSError, HandoutError):
        return None
    for needle in wanted:
        found = [number for number in searched.lines_holding(needle)
                 for _ in range(searched.count(number, needle))]
        found = [number for number in found if number > searched.body] or found \
            if body_first else found
        if found:
            return found[min(occurrence, len(found) - 1)]
    return None


class _Searched:
    """A handout's lines as `locate` searches them, in lower case as written and with
    HTML's character references read, each way also as one text with where its lines
    start: a handout of 1,000 refused links was decoded and split 1,000 times, once for
    each warning's line (10 s of reading 15)."""

    def __init__(self, lines: list[str]):
        self.raw = [line.lower() for line in lines]
        start = front_matter_start(lines)
        closings = {"---": ("---", "..."), "+++": ("+++",)}.get(lines[start].strip(), ())
        self.body = next((index + 1 for index in range(start + 1, len(lines))
                          if lines[index].rstrip() in closings), 0)
        """The number of the line that closes the front matter (0 without one)."""
        self.read = [html.unescape(line).lower() for line in lines]
        self.texts = ["\n".join(self.raw), "\n".join(self.read)]
        self.starts = [list(itertools.accumulate((len(line) + 1 for line in way[:-1]),
                                                 initial=0)) for way in (self.raw, self.read)]

    def lines_holding(self, needle: str) -> list[int]:
        """The numbers (from 1) of the lines holding `needle`, either way, in order."""
        if "\n" in needle:
            return []
        numbers = set()
        for text, starts in zip(self.texts, self.starts):
            at = text.find(needle)
            while at >= 0:
                numbers.add(bisect.bisect_right(starts, at))
                at = text.find(needle, at + 1)
        return sorted(numbers)

    def count(self, number: int, needle: str) -> int:
        """How many times line `number` holds `needle`: as written or as read, the more."""
        return max(self.raw[number - 1].count(needle), self.read[number - 1].count(needle))


@functools.lru_cache(maxsize=4)
def _searched(path: Path, data: bytes) -> _Searched:
    """The handout at `path`, whose bytes are `data`, as `locate` searches it: decoded
    once for as long as its bytes are the same."""
    return _Searched(decode_text(path, data, warn=False).split("\n"))


def where(path: Path, *needles: str, occurrence: int = 0, body_first: bool = False) -> str:
    """`path:line` for the line holding one of `needles` (`locate`), or `path` if none does."""
    line = locate(path, *needles, occurrence=occurrence, body_first=body_first)
    return f"{path}:{line}" if line else str(path)
