"""The corpus: real pages from Jekyll, Hugo, Eleventy, MkDocs, Docusaurus, Carpentries, GOV.UK,
GitHub and the Raspberry Pi Foundation's projects, and real Word files (tests/corpus/, listed
with their licences in SOURCES.md), build as they were published: each builds, or fails with
the one-line error SOURCES.md lists for it; nothing of the generators' syntax is printed or
spoken outside code; and every glyph of every PDF is at least the body size and inside the
margins.

The whole corpus is built once, in one source folder (PDF for every file; audio with the
fake engine for the short ones), and every test below reads that build.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
from babel import Locale

from handout.build import build
from handout.check.pdf import _read_glyphs, check_printable, check_text
from handout.config import Settings
from handout.errors import HandoutError
from handout.read.document import load_documents, parse_document, parse_html
from handout.read.sources import SOURCE_SUFFIXES, WORD_SUFFIXES, read_source
from tests.conftest import PROJECT, require

CORPUS = PROJECT / "tests" / "corpus"
SHORT_BYTES = 2500
"""Markdown files up to this size are narrated too (with the fake engine)."""

SYNTAX = re.compile("|".join([
    r"\{%", r"%\}", r"\{\{", r"\}\}", r"\{#", r"\{:",            # Liquid, Jinja, Hugo, kramdown
    # fenced divs, admonitions ("!!! note": a Hebrew line may start with "!!!" as printed)
    r"^\s*:::", r"^\s*!!!\s+[a-z]", r"^\s*\?\?\?\+?\s",
    r"\[!(?:note|tip|important|warning|caution)\]",             # GitHub alerts
    r"^\s*\+\+\+\s*$", r"^import \w+ from ",            # TOML fences, MDX imports
    r"</?(?:Tabs|TabItem)\b",                                     # MDX components
    r"%%",                                                        # Obsidian comments
    r"^\s*\$(?:CTA|AI|[ACEDIP!])(?!\w)", r"\{/?button\b",       # Govspeak boxes, buttons,
    r"^\s*[\^%](?=[A-Za-z])", r"^\s*s1\.\s",                     # callouts and steps
    r"---\s*/?(?:task|collapse|no-print|print-only|hints?|code)\s*---",  # Raspberry Pi's blocks
]), re.IGNORECASE | re.MULTILINE)
"""Other tools' syntax that must never reach paper or a voice outside code."""


def outcomes() -> dict[str, str]:
    """`{corpus path: outcome}` from SOURCES.md's table of files (its last column)."""
    table = (CORPUS / "SOURCES.md").read_text("utf-8").split("## Files", 1)[1]
    table = table.split("\n## ", 1)[0]
    rows = {}
    for line in table.splitlines():
        found = re.match(r"\| `([^`]+)`[^|]*\|.*\| ([^|]+) \|\s*$", line)
        if found:
            rows[found.group(1)] = found.group(2).strip()
    return rows


def languages() -> dict[str, str]:
    """`{corpus path: language}` from SOURCES.md's table of files (its seventh column:
    counted from the left, since the notable syntax after it may hold bars of its own)."""
    table = (CORPUS / "SOURCES.md").read_text("utf-8").split("## Files", 1)[1]
    table = table.split("\n## ", 1)[0]
    rows = {}
    for line in table.splitlines():
        if line.startswith("| `"):
            cells = line.split("|")
            rows[cells[1].split("`")[1]] = cells[7].strip()
    return rows


class Heard(logging.Handler):
    """Every diagnostic said while the corpus is built, as `(file, message)`."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.said: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        self.said.append((message.split(":", 1)[0], message))


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*/*") if p.suffix.lower() in SOURCE_SUFFIXES)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Every corpus file that SOURCES.md says builds, built once: (settings, manifests by
    file name, documents by file name, the folder and manifests of the short ones, narrated
    in a second folder, and what the build said about each file)."""
    root = tmp_path_factory.mktemp("corpus")
    source = root / "source"
    source.mkdir()
    listed = outcomes()
    for path in corpus_files():
        if listed.get(str(path.relative_to(CORPUS))) == "builds":
            assert not (source / path.name).exists(), f"two corpus files named {path.name}"
            shutil.copy(path, source / path.name)
    settings = Settings(source=source, out=root / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    heard = Heard()
    diagnostics = logging.getLogger("handout.diagnostics")
    diagnostics.addHandler(heard)
    try:
        manifests = build(settings, ("pdf",))
    finally:
        diagnostics.removeHandler(heard)
    documents = {d.source.name: d for d in load_documents(settings)}
    short = root / "short"
    short.mkdir()
    for path in source.iterdir():
        if path.suffix not in WORD_SUFFIXES and path.stat().st_size <= SHORT_BYTES:
            shutil.copy(path, short / path.name)
    narrated = build(settings.replace(source=short, out=root / "narrated"), ("audio",))
    return settings, {Path(m["source"]["file"]).name: m for m in manifests}, documents, \
        root / "narrated", narrated, heard.said


def test_sources_md_lists_every_file_with_its_outcome():
    listed = outcomes()
    on_disk = {str(p.relative_to(CORPUS)) for p in corpus_files()}
    assert set(listed) == on_disk
    markdown = [p for p in on_disk if not p.endswith(WORD_SUFFIXES)]
    assert len(markdown) >= 30 and len(on_disk) - len(markdown) >= 3
    assert len({p.split("/")[0] for p in markdown}) >= 8
    for outcome in listed.values():
        assert outcome == "builds" or re.fullmatch(r"error: .+", outcome), outcome


def test_every_file_builds_or_fails_with_its_listed_error(corpus, tmp_path):
    settings, manifests, _, _, _, _ = corpus
    for relative, outcome in outcomes().items():
        path = CORPUS / relative
        if outcome == "builds":
            manifest = manifests[path.name]
            assert manifest["pdf"]["pages"] >= 1, relative
            assert (settings.out / manifest["handout"] / f"{manifest['handout']}.pdf").is_file()
        else:
            with pytest.raises(HandoutError) as caught:
                parse_document(read_source(path), settings.replace(source=path.parent))
            assert f"error: {caught.value.problems[0].message}" == outcome


def test_print_has_no_generator_syntax_and_no_small_glyph(corpus):
    settings, manifests, _, _, _, _ = corpus
    for name, manifest in manifests.items():
        pdf_path = settings.out / manifest["handout"] / f"{manifest['handout']}.pdf"
        with pdfplumber.open(pdf_path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                if page.chars:
                    sizes = [char["size"] for char in page.chars]
                    prose = page.filter(lambda obj: obj["object_type"] != "char"
                                        or "Mono" not in obj["fontname"]).extract_text()
                else:  # pdfminer finds no characters on a few pages that hold them
                    sizes, prose = glyphs_by_pypdf(pdf_path, number - 1)
                assert sizes, f"{name} page {number} has no text"
                assert min(sizes) >= 17.95, f"{name} page {number}: a {min(sizes)} pt glyph"
                found = SYNTAX.search(prose)
                assert not found, f"{name} page {number} prints {found.group(0)!r}: " \
                                  f"{prose[max(0, found.start() - 60):found.end() + 60]!r}"


MARGIN = 72.0
"""The stylesheet's side margins, one inch."""


def test_print_keeps_every_glyph_inside_the_margins(corpus):
    """docx4j's getting-started guide printed Java names wider than the line off the side
    of six pages; no page of the corpus may lose a letter into its margins."""
    settings, manifests, _, _, _, _ = corpus
    for name, manifest in manifests.items():
        pdf_path = settings.out / manifest["handout"] / f"{manifest['handout']}.pdf"
        with pdfplumber.open(pdf_path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                outside = [c["text"] for c in page.chars if c["text"].strip() and not
                           MARGIN - 0.5 <= c["x0"] <= c["x1"] <= page.width - MARGIN + 0.5]
                assert not outside, f"{name} page {number} prints {''.join(outside)!r} " \
                                    "in a margin"


def test_every_word_can_be_copied_from_the_pdf_in_reading_order(corpus):
    """What copying, searching and a screen reader get from each PDF is its source's words,
    in order. A glyph no font has (an emoji in React Native's code, a Word symbol font's
    code) made WeasyPrint write its whole font with an encoding text extraction cannot
    read: every word of code in React Native's accessibility guide was gone."""
    settings, manifests, documents, _, _, _ = corpus
    for name, manifest in manifests.items():
        if check_printable(documents[name], settings, name):
            continue  # no font here for its letters: the next test, with Debian's fonts
        pdf_path = settings.out / manifest["handout"] / f"{manifest['handout']}.pdf"
        assert check_text(documents[name], _read_glyphs(pdf_path), settings, name) == [], name


NOTO_LANGUAGES = ("ja", "zh", "ko")
"""The corpus's languages that print only with Debian's fonts-noto-cjk."""


@pytest.mark.fonts
def test_pages_in_chinese_and_japanese_can_be_copied_in_reading_order(tmp_path):
    """The same, for the pages whose letters need Debian's fonts-noto-cjk: without it they
    print as their codes, and `invoke check` says which font to install instead."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    settings.source.mkdir()
    for relative, lang in languages().items():
        if lang.split("-")[0] in NOTO_LANGUAGES and outcomes()[relative] == "builds":
            shutil.copy(CORPUS / relative, settings.source)
    documents = {d.source.name: d for d in load_documents(settings)}
    assert len(documents) == 3
    lacking = [name for name, document in documents.items()
               if check_printable(document, settings, name)]
    require(not lacking, "Debian's fonts-noto-cjk")
    for manifest in build(settings, ("pdf",)):
        name = Path(manifest["source"]["file"]).name
        pdf_path = settings.out / manifest["handout"] / f"{manifest['handout']}.pdf"
        assert check_text(documents[name], _read_glyphs(pdf_path), settings, name) == [], name


def glyphs_by_pypdf(path: Path, index: int) -> tuple[list[float], str]:
    """Sizes of the glyphs on page `index` (the font size scaled by the text and graphics
    matrices) and its text outside the monospaced font, as pypdf reads them (with a space
    after every letter, so the text is returned without spaces: `{ %` is `{%`)."""
    from pypdf import PdfReader

    sizes, parts = [], []

    def visit(text, cm, tm, font, size):
        if not text.strip() or font is None:
            return
        b, d = tm[1] * cm[0] + tm[3] * cm[2], tm[1] * cm[1] + tm[3] * cm[3]
        sizes.append(round(size * (b * b + d * d) ** 0.5, 2))
        if "Mono" not in str(font.get("/BaseFont", "")):
            parts.append(text)

    PdfReader(path).pages[index].extract_text(visitor_text=visit)
    return sizes, "".join("".join(parts).split())


def test_speech_has_no_generator_syntax(corpus):
    """Every utterance of every handout, except those reading code (a code block, or a
    sentence holding a code span, where the syntax is the content)."""
    _, _, documents, _, _, _ = corpus
    for name, document in documents.items():
        for section in document.sections:
            shown = {e.get("id"): e for e in parse_html(section.html).iter() if e.get("id")}
            for utterance in section.script:
                element = shown.get(utterance.ref)
                if element is not None and (element.tag == "pre"
                                            or element.find(".//code") is not None):
                    continue
                found = SYNTAX.search(utterance.text)
                assert not found, f"{name}, {section.heading!r} says {utterance.text!r}"


def test_the_short_ones_are_narrated_as_their_script_says(corpus):
    _, _, documents, narrated, manifests, _ = corpus
    assert len(manifests) >= 10
    for manifest in manifests:
        document = documents[Path(manifest["source"]["file"]).name]
        audio = narrated / manifest["handout"] / "audio"
        transcripts = sorted(audio.glob("[0-9][0-9]-*.txt"))
        assert [t.read_text("utf-8") for t in transcripts] == [
            s.transcript for s in document.sections]
        assert all(s["duration"] > 0 for s in manifest["audio"]["sections"])


UNTOLD = {"carpentries/shell-novice-es-setup.md": "60 words around its commands: the language "
                                                  "identifier is 98% sure they are Spanish, "
                                                  "short of the 99% it must be",
          "docx/poi-52449-mail-merge-letter.docx": "a Danish letter Word calls en-US, of 31 "
                                                   "words once its merge fields are dropped: "
                                                   "too few to tell",
          "docx/openxml-powertools-deleted-math.docx": "one equation, A=πr², in a file Word "
                                                       "calls fr-FR: no words to tell by"}
"""Files in another language than the one they are narrated in, with no warning, and why."""


def test_a_file_narrated_in_another_language_than_its_own_is_warned_about(corpus):
    """SOURCES.md gives each file's language. Eleven French, Spanish and German pages say
    none (their sites give it by folder), so they were narrated by the English voice with no
    word said; each English one, MkDocs Material's Lorem ipsum and all, passes in silence."""
    _, _, documents, _, _, said = corpus
    warned = {Path(where).name: message for where, message in said if "reads as" in message}
    expected = set()
    for relative, language in languages().items():
        name = Path(relative).name
        if name not in documents or relative in UNTOLD:
            continue
        narrated = documents[name].meta.lang.split("-")[0]
        if narrated != language:
            expected.add(name)
            assert f"reads as {Locale.parse(language).get_display_name('en')}," in \
                warned.get(name, ""), relative
    assert set(warned) == expected
    assert len(expected) >= 10 and all(documents[n].meta.lang == "en" for n in expected)
