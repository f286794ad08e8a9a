"""The print check: passes on PDFs built to the standard, and names the file, the page and
the broken rule for PDFs that are not."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, PROJECT, write_handouts
from handout.build import build
from handout.read.document import load_documents
from handout.check.project import check_project
from handout.check.pdf import (PrintedWord, Row, check_pdf, expected_words, logical_order,
                               nesting_depths, unmatched_words, words_of)
from handout.colour import contrast_ratio
from handout.config import Settings


def project(folder: Path, names: list[str], **options) -> Settings:
    source = folder / "source"
    source.mkdir(parents=True)
    for name in names:
        shutil.copy(FIXTURES / "print" / f"{name}.md", source)
    shutil.copy(FIXTURES / "print" / "tablet.png", source)
    return Settings(source=source, out=folder / "build", templates=PROJECT / "templates",
                    engine="fake", jobs=1, quiet=True, **options)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Settings:
    settings = project(tmp_path_factory.mktemp("check"),
                       sorted(p.stem for p in (FIXTURES / "print").glob("*.md")))
    build(settings, editions=("pdf",))
    return settings


def documents(settings: Settings) -> dict:
    return {d.slug: d for d in load_documents(settings)}


def manifest_pdf(settings: Settings, slug: str) -> dict:
    return json.loads((settings.out / slug / "manifest.json").read_text())["pdf"]


def test_every_fixture_passes_the_check_strictly(built):
    findings = check_project(built)
    assert [str(f) for f in findings if f.fails(strict=True)] == []


def test_giant_edition_passes_and_is_held_to_24_pt(tmp_path):
    settings = project(tmp_path, ["headings", "tables"], edition="giant")
    build(settings, editions=("pdf",))
    assert manifest_pdf(settings, "tables")["edition"] == "giant"
    # The check reads the edition from the manifest, not from the current settings.
    assert [str(f) for f in check_project(settings.replace(edition="large"))
            if f.fails(strict=True)] == []


def test_large_pdf_checked_as_giant_fails_on_glyph_size(built):
    document = documents(built)["headings"]
    path = built.out / "headings" / "headings.pdf"
    findings = check_pdf(document, path, built, {"edition": "giant", "paper": "letter"})
    assert [f.rule for f in findings] == ["glyph-size"]
    assert findings[0].where == f"{path}: page 1"
    assert "smaller than the 24 pt body size (smallest 18.0 pt" in findings[0].message


def test_wrong_document_fails_on_title_bookmarks_and_reading_order(built):
    """Another handout's PDF, as if put there by hand (its manifest entry without the key
    of what it was made from): its title, bookmarks and text are each found wrong."""
    path = built.out / "headings" / "headings.pdf"
    entry = {k: v for k, v in manifest_pdf(built, "headings").items() if k != "key"}
    findings = check_pdf(documents(built)["lists"], path, built, entry)
    rules = {f.rule: f for f in findings}
    assert {"pdf-title", "pdf-bookmarks", "text", "pdf-metadata"} <= set(rules)
    assert "no bookmark for 'Lists'" in rules["pdf-bookmarks"].message
    assert rules["text"].where.startswith(f"{path}: page ")
    assert "missing or out of reading order" in rules["text"].message


def test_a_pdf_made_from_an_earlier_handout_is_one_finding_saying_what_to_do(built):
    """The title changed and only the audio built again: the check found the PDF's title,
    its bookmarks and its text wrong, and none of those findings said what to do. A PDF
    whose key (of what it was made from) is not the handout's now is one finding."""
    path = built.out / "headings" / "headings.pdf"
    assert [str(f) for f in check_pdf(documents(built)["lists"], path, built,
                                      manifest_pdf(built, "headings"))] == [
        f"{path}: pdf: made from an earlier version of the handout (or of its templates, "
        "fonts, pictures or this tool): run 'invoke pdf', or 'invoke build'"]
    assert check_pdf(documents(built)["headings"], path, built,
                     manifest_pdf(built, "headings")) == []


def test_missing_pdf(built, tmp_path):
    (finding,) = check_pdf(documents(built)["rules"], tmp_path / "none.pdf", built)
    assert str(finding) == f"{tmp_path / 'none.pdf'}: pdf: missing: run 'invoke pdf'"


BAD_HTML = """<!DOCTYPE html><html><head><title>Other</title><style>
@page { size: 8.5in 11in; margin: 0.3in; }
@font-face { font-family: Plex; src: url("{plex}"); }
body { font-family: Plex; font-size: 12pt; color: #999; font-style: italic; }
</style></head><body><h2>Rules</h2><p>Before the line.</p><hr><p>After the line.</p></body></html>"""


def test_untagged_grey_small_italic_pdf_fails_each_rule(built, tmp_path):
    from weasyprint import HTML

    from handout.fonts import font_faces

    plex = next(f for f in font_faces() if f.family == "IBM Plex Mono").url
    path = tmp_path / "bad.pdf"
    HTML(string=BAD_HTML.replace("{plex}", plex)).write_pdf(path)
    findings = check_pdf(documents(built)["rules"], path, built,
                         {"edition": "large", "paper": "letter"})
    messages = {f.rule: str(f) for f in findings}
    assert {"pdf-ua", "pdf-lang", "pdf-title", "display-doc-title", "pdf-tags",
            "pdf-bookmarks", "glyph-size", "font-italic", "margin", "contrast"} <= set(messages)
    assert messages["glyph-size"].startswith(f"{path}: page 1: glyph-size: ")
    assert "lowest 2.8:1" in messages["contrast"]
    assert "emphasis must be bold" in messages["font-italic"] or "faux" in messages["font-italic"]


def test_font_outside_the_stylesheet_families_is_reported(built, tmp_path):
    from weasyprint import HTML

    path = tmp_path / "dejavu.pdf"
    HTML(string='<html lang="en"><body style="font-family: DejaVu Sans; font-size: 18pt">'
                "Words</body></html>").write_pdf(path, pdf_variant="pdf/ua-1")
    findings = check_pdf(documents(built)["rules"], path, built)
    (family,) = [f for f in findings if f.rule == "font-family"]
    assert family.message.startswith("font DejaVu") and "('W')" in family.message


@pytest.mark.parametrize("lang, text, other", [
    # Atkinson Hyperlegible has no Arabic: the system's face sets it, with its spaces and
    # punctuation.
    ("ar", "اشرب الماء، كل يوم. ", "x"),
    # IBM Plex Mono, the code face, has Cyrillic and Atkinson Hyperlegible has not: a
    # Russian paragraph, set in the system's Noto Sans or DejaVu Sans, failed the check as
    # letters "they have".
    ("ru", "Принимайте по одной таблетке. ", "Ж x"),
])
def test_a_face_for_letters_the_stylesheet_lacks_is_allowed(built, tmp_path, lang, text, other):
    """Letters the stylesheet's faces do not all have may be set in the system's face; only
    a Latin letter in that face is reported."""
    from weasyprint import HTML

    path = tmp_path / f"{lang}.pdf"
    direction = ' dir="rtl"' if lang == "ar" else ""
    HTML(string=f'<html lang="{lang}"{direction}><body style="font-family: Atkinson '
                f'Hyperlegible; font-size: 18pt">{text}<span style="font-family: DejaVu Sans">'
                f"{other}</span></body></html>").write_pdf(path, pdf_variant="pdf/ua-1")
    findings = check_pdf(documents(built)["rules"], path, built)
    (family,) = [f for f in findings if f.rule == "font-family"]
    assert family.message.startswith("font DejaVu") and "('x')" in family.message


def test_what_a_page_prints_leaves_out_its_stylesheets_comments():
    """The print stylesheet once named the Devanagari danda in a comment, and the check,
    reading the sheet with the page's words, failed every handout, English ones too, as
    needing fonts-noto-core on a machine without it. Its quotation marks and the words of
    its `content` still count: they print."""
    from handout.pdf.build import printed_text

    html = ('<style>/* a sentence ends at "।" */ q { quotes: "«" "»"; }</style>'
            "<p>Take one &amp; rest.</p>")
    printed = printed_text(html)
    assert "।" not in printed and "/*" not in printed
    assert "«" in printed and "Take one & rest." in printed


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio((0.0,), (1.0,)) == pytest.approx(21.0)
    assert contrast_ratio((0, 0, 0), (1.0, 0xfd / 255, 0xd0 / 255)) > 19
    assert contrast_ratio((0x77 / 255,) * 3, (1.0,)) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio((0, 0, 0, 1), (0, 0, 0, 0)) == pytest.approx(21.0)


def test_reading_order_allows_inserted_words_but_not_swaps():
    printed = [PrintedWord(w, 1) for w in "contents page 1 one two page 2 three".split()]
    assert unmatched_words(["one", "two", "three"], printed) == []
    assert unmatched_words(["two", "one", "three"], printed) == [("one", 1)]
    split = [PrintedWord(w, 2) for w in ["benzo", "diazepine"]]
    assert unmatched_words(["benzodiazepine"], split) == []


def test_a_word_misprinted_here_and_printed_again_pages_on_is_one_word_missing():
    """A word the PDF's text gets wrong (WeasyPrint's text map, Kozea/WeasyPrint#2841) was
    taken where it was printed again, pages on, and every word between was reported
    missing: 1,496 of the Open Source Guides' Arabic guide to contributing, whose
    misprinted words are 37. A word is taken that far only if the words after it follow."""
    filler = [f"w{n}" for n in range(60)]
    printed = [PrintedWord(w, 1) for w in ["one", "twx", "three", "four", "five", *filler,
                                             "two", "later"]]
    expected = ["one", "two", "three", "four", "five", *filler, "two", "later"]
    assert unmatched_words(expected, printed) == [("two", 1)]
    # printed far on, with the words after it following: found there
    assert unmatched_words(["one", *filler[50:], "later"], printed) == []


def test_latin_words_and_numbers_of_a_right_to_left_line_may_be_read_either_way():
    """A right-to-left line prints "24 Pull Requests" as "Pull Requests 24", and "Windows
    10" so too: which comes first cannot be read from the page, and the line is read as
    the latter. In a right-to-left handout a Latin word or a number is found a few words
    back, and so is a Hebrew or Arabic word printed before Latin words; a swap of Hebrew or
    Arabic words, or of any words in other handouts, is not."""
    printed = [PrintedWord(w, 1) for w in ["ביקור", "pull", "requests", "24", "up", "for"]]
    expected = ["ביקור", "24", "pull", "requests", "up", "for"]
    assert unmatched_words(expected, printed, right_to_left=True) == []
    assert unmatched_words(expected, printed) == [("pull", 1), ("requests", 1)]
    # free-programming-books' "- Mohamed Lahlah (PDF)" after a link's long address, whose
    # words the PDF prints and the source does not: the name is found that far on,
    # though "PDF" was printed before it
    address = [PrintedWord(f"d{n}", 1) for n in range(45)]
    printed = [PrintedWord("الآلة", 1), *address, *(PrintedWord(w, 1) for w in
                                                    ["pdf", "mohamed", "lahlah", "db"])]
    assert unmatched_words(["الآلة", "mohamed", "lahlah", "pdf", "db"], printed,
                           right_to_left=True) == []
    swapped = [PrintedWord(w, 1) for w in ["שני", "ראשון", "שלישי"]]
    assert unmatched_words(["ראשון", "שני", "שלישי"], swapped, right_to_left=True) == [
        ("שני", 1)]
    # an Urdu clinic's list item that opens in English, "Font Awesome آئیکنز", read with
    # its Urdu word first (sweep AF): found back past Latin words only
    printed = [PrintedWord(w, 1) for w in ["javascript", "آئیکنز", "font", "awesome", "اردو"]]
    assert unmatched_words(["javascript", "font", "awesome", "آئیکنز", "اردو"], printed,
                           right_to_left=True) == []


def test_a_word_of_code_broken_over_lines_is_read_where_it_is_printed():
    """A Jekyll tutorial's code, `{{ site.data.samplelist.docs_list_title }}`, printed its
    long name over two lines; the same name whole, in the prose after it, was taken for it,
    and every word between was reported missing (2,288 of them)."""
    code = "site data docs_list_title h2 ul for item".split()
    printed = [PrintedWord(w, 1) for w in
               "site data docs_list_tit le h2 ul for item the docs_list_title is a list".split()]
    assert unmatched_words(code + ["the", "docs_list_title", "is"], printed) == []
    three = [PrintedWord(w, 1) for w in ["a_very_", "long_", "name", "next"]]
    assert unmatched_words(["a_very_long_name", "next"], three) == []


def test_a_word_broken_at_a_pages_foot_goes_on_after_the_foot():
    """docx4j's guide (tests/corpus/docx) broke "Relationships" at the foot of page 47:
    "Rela", the page's "Page 47 of 143", then "tionships" on page 48. The word was taken
    from page 50, where it was printed whole, and 7,624 words between were reported
    missing. A word may not be made of pieces from two places on one page."""
    printed = [PrintedWord(w, page) for w, page in [
        ("org", 47), ("relationships", 47), ("rela", 47), ("page", 47), ("47", 47),
        ("of", 47), ("143", 47), ("tionships", 48), ("part", 48), ("docprops", 48),
        ("app", 48), ("relationships", 50), ("part", 50)]]
    expected = ["org", "relationships", "relationships", "part", "docprops", "app",
                "relationships", "part"]
    assert unmatched_words(expected, printed) == []
    same_page = [PrintedWord(w, 1) for w in ["rela", "page", "tionships", "next"]]
    assert unmatched_words(["relationships", "next"], same_page) == [("relationships", 1)]


def test_a_row_is_read_cell_by_cell_but_its_cells_must_start_in_turn():
    """A split row's cells go on, in turn, after the page's foot; a cell printed before
    the one to its left, or a word lost from a cell, is still reported."""
    row = Row((("id",), ("als", "person", "der", "verwalten"),
               ("ein", "menü", "ausgeschaltet")))
    expected = ["heading", row, "after"]

    def printed(words: str) -> list[PrintedWord]:
        page, read = 1, []
        for word in words.split():
            if word == "|":
                page += 1
            else:
                read.append(PrintedWord(word, page))
        return read

    split = printed("heading id als person ein menü page 1 | id der verwalten ausgeschaltet "
                    "after")
    assert unmatched_words(expected, split) == []
    assert unmatched_words(expected, printed("heading ein menü ausgeschaltet id als person "
                                             "der verwalten after")) == [
        ("ein", 1), ("menü", 1), ("ausgeschaltet", 1)]
    lost = printed("heading id als person ein menü page 1 | id der ausgeschaltet after")
    assert unmatched_words(expected, lost) == [("verwalten", 2)]


def test_words_run_on_across_inline_elements_as_they_are_printed(tmp_path):
    """A Carpentries lesson's typo, "y` goodiff`", prints "ygoodiff", one word; the check
    had read the source as two and reported 133 words missing."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "runs.md").write_text("---\ntitle: Runs on\nlang: en\n---\n\n## Try it\n\n"
                                    "Type y` goodiff` and press Enter. It is un*believ*able."
                                    "\n\n- one\n- two\n")
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    assert [str(f) for f in check_project(settings) if f.rule == "text"] == []


def text_findings(tmp_path, handouts: dict[str, str]) -> list[str]:
    """The `text` findings of the PDFs built from `{file name: source}`."""
    source = tmp_path / "source"
    source.mkdir()
    for name, text in handouts.items():
        (source / name).write_text(text, encoding="utf-8")
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    return [f"{f.where}: {f.message}" for f in check_project(settings) if f.rule == "text"]


def test_a_superscript_runs_on_from_its_word_as_printed(tmp_path):
    """Print sets a superscript at body size, raised no further than the line holds it, so
    "T<sup>A</sup><sub>S</sub>" copies as "TAS": the Corona-Warn-App's R Markdown paper on
    transmission risk (its `$T^A_S=t^A_S$`, excerpt below) had 4,914 words reported
    missing from page 26 on, and docx4j's Word guide writes "1<sup>st</sup>". A footnote's
    number stays apart, printed in brackets: "benzodiazepine[1]"."""
    excerpt = ("---\ntitle: Transmission risk\n---\n\n## Raw Transmission Risk\n\n"
               "The infectiousness and therefore also the risk level $\\lambda_A(d)$ might "
               "depend on further information provided by *A*, in particular whether *A* "
               "developed symptoms by the time of upload and in that case the day of symptom "
               "onset $T^A_S=t^A_S$, which would imply that $t^A_S \\leq t_0$.\n")
    notes = ("---\ntitle: Notes\nlang: en\n---\n\nIt is a benzodiazepine[^1] and a "
             "1^st^ choice.\n\n[^1]: A class of medicines.\n")
    assert text_findings(tmp_path, {"transmission_risk.Rmd": excerpt, "choice.md": notes}) == []
    html = " ".join(d.html for d in load_documents(Settings(source=tmp_path / "source")))
    assert "T<sup>A</sup><sub>S</sub> = t<sup>A</sup><sub>S</sub>" in html  # as TeX sets it
    assert "1<sup>st</sup>" in html


DOCX4J_GUIDE_HEADINGS = """
    What is docx4j? | What sorts of things can you do with docx4j?
    Is docx4j for you? | GraalVM | docx4j.NET | What Word documents does it support?
    Handling legacy binary .doc files | Getting Help: the docx4j forum
    A word about Jaxb | Using docx4j via Maven | Using docx4j binaries
    docx4j dependencies | slf4j | other dependencies | Docx4j source code | Javadoc
    Building docx4j from source | Command line -via Maven | Eclipse
    Using a different IDE? | Open an existing docx/pptx/xlsx document
    OpenXML concepts | Specification versions | Architecture
    Jaxb: marshalling and unmarshalling | Parts List | MainDocumentPart | Samples
    Creating a new docx | docx4j.properties | Adding a paragraph of text
    General strategy/approach for creating stuff | Formatting Properties
    Creating and adding a table
    Selecting your insertion/editing point; accessing JAXB nodes via XPath
    Traversing a document | Adding a Part | Importing XHTML | docx to (X)HTML
    docx to PDF | docx/pptx/xlsx to PDF via Documents4j (using Word)
    docx/pptx/xlsx to PDF via Microsoft Graph | docx to PDF via XSL FO
    Image Handling - DOCX | Manual Image Manipulation | Image Handling – PPTX
    Adding Headers/Footers | Protection Settings | docx Table of Contents
    Introduction | Field background | TOC Content Control | TOC Field Syntax
    Inserting/generating a TOC – "pure Java" considerations | Text extraction
    Text substitution | Text substitution via data bound content controls
    Binding extensions for repeats and conditionals
    Binding escaped XHTML (XML + CSS) | Binding other rich content | Authoring
    Mailmerge | SmartArt | JAXB stuff | Cloning | javax.xml.bind.JAXBElement
    @XmlRootElement | Merging Documents and Presentations | Other Support Options
    Colophon | Contacting Plutext
"""
"""The headings of docx4j's Word guide, Docx4j_GettingStarted.docx (plutext/docx4j, docs/,
Apache-2.0), in order: its 71 sections after the title."""


def test_the_contents_list_is_read_before_the_text_however_long(tmp_path):
    """docx4j's guide lists its 71 sections over five pages, more printed words than the
    check lets come between two of the handout's: its first sentence, after the list, was
    reported missing, and 8,674 words after it."""
    headings = [h.strip() for h in DOCX4J_GUIDE_HEADINGS.replace("\n", " | ").split(" | ")
                if h.strip()]
    guide = ("---\ntitle: Docx4j - Getting Started\nlang: en\n---\n\n"
             "This guide covers docx4j 8.3.x and 11.4.x.\n\n"
             + "".join(f"## {heading}\n\n" for heading in headings))
    assert len(headings) == 71
    assert text_findings(tmp_path, {"guide.md": guide}) == []


SCOPING_TABLE = """\
---
title: Übersicht der User Stories
lang: de
---

## Nutzung im Regelprozess

| # User Story ID | User Story | Akzeptanzkriterien |
|-----------------|------------|--------------------|
| E03.01          | Als Person, die die App nutzt, möchte ich die App aktivieren und deaktivieren können, um die Funktion ein- und auszuschalten. | 1. Die Funktionalität zur Erstellung pseudonymer IDs und deren Aussendung an Geräte in der Nähe kann ein- und ausgeschaltet werden. <hr/> 2. Die Konsequenzen des Ein-/Ausschaltens werden erklärt.
| E03.02          | Als Person, die die App nutzt, möchte ich die App in den Auslieferungszustand zurücksetzen können, damit ich sie neu konfigurieren kann. | 1. Die App kann über eine Einstellung in den Auslieferungszustand zurückgesetzt werden. Die gespeicherten Traces müssen über die Systemeinstellungen gelöscht werden.
| E03.03          | Als Person, die die App nutzt, möchte ich die App-Einstellungen (Zugriffsrechte, z.B. Benachrichtigungen) in einem Menü anpassen können, um Funktion und Zugriffe der App verwalten zu können. | 1. Ein Menü zu App-Einstellungen kann durch die nutzende Person aufgerufen werden. <hr/> 2. Die Benachrichtigungen können ein- und ausgeschaltet werden. <hr/> 3. Der Zugriff auf die Funktionalität zur Erstellung pseudonymer IDs und deren Aussendung an Geräte in der Nähe kann ein- und ausgeschaltet werden. <hr/> 4. Vor der Deaktivierung der Zugriffsrechte erhalte ich Informationen darüber, welche Funktionen der App dadurch nicht mehr (vollumfänglich) funktionieren.
"""
"""The Corona-Warn-App's German scoping document (corona-warn-app/cwa-documentation,
translations/scoping_document.de.md, lines 151-155, Apache-2.0): a table whose third row
is split over pages 2 and 3 here, as it was over pages 29 and 30 of the whole document."""


def test_a_table_row_split_over_two_pages_is_read_a_page_at_a_time(tmp_path):
    """A row taller than the room left prints each cell's first part side by side, and
    their second parts on the next page: the check read "Funktion und Zugriffe" then
    "1. Ein Menü", took the words after it for the first cell's end, and reported 1,112
    words of the scoping document missing. A word lost from either part of a split cell
    is still reported, on the page where its part is printed."""
    from handout.check.pdf import _read_glyphs

    assert text_findings(tmp_path, {"regelprozess.md": SCOPING_TABLE}) == []
    pdf = tmp_path / "build" / "regelprozess" / "regelprozess.pdf"
    pages = [" ".join(page.words()) for page in _read_glyphs(pdf)]
    assert "Funktion und Zugriffe 1. Ein Menü" in pages[1]
    assert "der App verwalten zu können. können ein- und" in pages[2]  # the split row

    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    for lost, page in (("App verwalten", 3), ("um Funktion", 2)):
        source = SCOPING_TABLE.replace(lost, lost.replace(" ", " jederzeit "), 1)
        (tmp_path / "source" / "regelprozess.md").write_text(source, encoding="utf-8")
        (document,) = load_documents(settings)
        unkeyed = {k: v for k, v in manifest_pdf(settings, "regelprozess").items() if k != "key"}
        findings = check_pdf(document, pdf, settings, unkeyed)  # its text read, word by word
        assert [(f.where, f.message) for f in findings if f.rule == "text"] == [
            (f"{pdf}: page {page}", "the word 'jederzeit' is missing or out of reading "
                                    "order: the copied text would not match the source")]


def test_bookmark_depths_follow_heading_nesting():
    assert nesting_depths([1, 2, 3, 2, 4, 1]) == [1, 2, 3, 2, 3, 1]


def test_sample_handout_passes_check_strict(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(PROJECT / "source" / "clonazepam.md", source)
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True,
                        pronunciations={"Clonazepam": "clo-NAZZ-eh-pam"})
    build(settings, editions=("pdf",))
    findings = check_project(settings)
    assert [str(f) for f in findings if f.fails(strict=True)] == []
    assert [f.where for f in findings if f.rule == "long-sentence"] == [
        f"{source / 'clonazepam.md'}:{line}" for line in (12, 16, 20, 28, 32)]


def test_editions_made_from_an_earlier_handout_are_named_once_each(tmp_path):
    """Words changed, then only the PDF and the audio built again (`invoke pdf`, `invoke
    audio`): the web page, the DAISY book and the EPUB kept the old words, and the check
    said nothing. Each is one finding saying to build again; built again, none is."""
    source = tmp_path / "source"
    source.mkdir()
    leaflet = source / "tablets.md"
    leaflet.write_text("---\ntitle: Tablets\nlang: en\n---\n\nTake one a day.\n", "utf-8")
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings)
    assert not [f for f in check_project(settings) if f.fails(strict=True)]
    leaflet.write_text(leaflet.read_text("utf-8").replace("one", "two"), "utf-8")
    build(settings, editions=("pdf", "audio"))
    failing = [(f.rule, f.message) for f in check_project(settings) if f.fails(strict=True)]
    assert failing == [
        (edition, f"the {name} was made from an earlier version of the handout (or of this "
                  "tool): run 'invoke build'") for edition, name in (
                      ("web", "web page"), ("daisy", "DAISY book"), ("epub", "EPUB"))]
    build(settings)
    assert not [f for f in check_project(settings) if f.fails(strict=True)]


def test_a_source_the_build_refuses_is_reported_with_the_lint(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "bad.md").write_text("---\ntitle: T\nlang: en\n---\n\n![](tablet.png)\n")
    (source / "tablet.png").write_bytes(b"not a picture")
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake")
    findings = check_project(settings)
    assert [(f.where, f.rule) for f in findings] == [(f"{source / 'bad.md'}:6", "image-alt"),
                                                     (f"{source / 'bad.md'}:6", "source")]


def test_a_font_that_is_not_embedded_fails(built, tmp_path):
    """The built PDF with every font's program taken out, as a PDF that relies on the
    reader's own fonts would be."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(built.out / "rules" / "rules.pdf"))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            target = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            descriptor = target["/FontDescriptor"].get_object()
            for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                descriptor.pop(NameObject(key), None)
    path = tmp_path / "unembedded.pdf"
    writer.write(path)
    findings = check_pdf(documents(built)["rules"], path, built, manifest_pdf(built, "rules"))
    assert {f.rule for f in findings} == {"font-embedded"}
    assert all(f.message.startswith("font ") and f.message.endswith(" is not embedded")
               for f in findings)
    assert check_pdf(documents(built)["rules"], built.out / "rules" / "rules.pdf", built,
                     manifest_pdf(built, "rules")) == []


def test_a_page_of_the_wrong_size_fails(built):
    path = built.out / "rules" / "rules.pdf"
    findings = check_pdf(documents(built)["rules"], path, built,
                         {"edition": "large", "paper": "a4"})
    assert [(f.where, f.rule) for f in findings] == [(f"{path}: page 1", "page-size")]
    assert findings[0].message.startswith("page is 612 × 792 pt")


def test_the_manifest_counts_the_pages(built):
    from pypdf import PdfReader

    for slug in ("tables", "rules"):
        pages = len(PdfReader(built.out / slug / f"{slug}.pdf").pages)
        assert manifest_pdf(built, slug)["pages"] == pages
    assert manifest_pdf(built, "tables")["pages"] > 1


def test_a_heading_with_runs_of_spaces_is_one_bookmark_as_printed(tmp_path):
    """wuhan2020's README has "### Entrada Voluntária         >>> [![Get on Slack](...)]":
    the heading kept its nine spaces, the PDF's bookmark (as HTML prints it) has one, and
    `invoke check` failed the PDF for a bookmark it has."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "readme.md").write_text(
        "# Wuhan2020\n\nIntro.\n\n### Entrada Voluntária         >>> "
        "[![Get on Slack](badge.svg)](https://join.slack.com/t/wuhan2020)\n\nWords.\n\n"
        "## Two\tspaced  words\n\nMore.\n", encoding="utf-8")
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    document = documents(settings)["readme"]
    assert [h.text for h in document.headings][1:] == [
        "Entrada Voluntária >>> Get on Slack", "Two spaced words"]  # a link's picture: words
    assert document.sections[1].heading == "Two spaced words"
    findings = [f for f in check_project(settings) if f.rule == "pdf-bookmarks"]
    assert findings == []


@pytest.mark.parametrize("drawn, read", [
    ("ןיי 102.3 =1$", "1$= 102.3 יין"),
    ('ןיי 29.41=ח"ש1', '1ש"ח=29.41 יין'),
    ("דיינ – 052-2231525", "052-2231525 – נייד"),
    ("JDC 001;KDD 0041;JT ;ימואלניב השיג דוק", "קוד גישה בינלאומי; JDC 001;KDD 0041;JT"),
    ("Microsoft Word תא חתפ", "פתח את Microsoft Word"),
])
def test_a_right_to_left_line_is_read_as_the_bidirectional_algorithm_sets_it(drawn, read):
    """Lines of Open-Xml-PowerTools' Hebrew travel leaflet as pdfplumber finds them drawn,
    from the left: its prices ("1$=102.3 ין") were read as "102.3 =1$" and "14.92=ח"ש1",
    and the print check reported 308 of its words missing or out of order."""
    assert logical_order([list(word) for word in drawn.split()]) == read.split()


@pytest.mark.parametrize("drawn, read", [
    ("## םלוע םולש", "## שלום עולם"),
    ("- 2 םויב םירודכ", "- 2 כדורים ביום"),
    ("x = 5 םויב 2 dose", "x = 5 ביום 2 dose"),
])
def test_a_line_of_code_in_a_right_to_left_handout_is_read_from_the_left(drawn, read):
    """Code runs from the left in a right-to-left handout: its right-to-left words are read
    from the right within it, with the numbers and signs between them."""
    assert logical_order([list(word) for word in drawn.split()], rtl=False) == read.split()


def test_a_persian_handout_quoting_markdown_in_a_code_block_passes_the_print_check(tmp_path):
    """free-programming-books' Persian guide to contributing quotes Persian Markdown in its
    code blocks, which print from the left: read from the right, as the rest of the page
    is, its words were reported missing or out of order (1,127 of them)."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"fa.md": """\
        ---
        title: راهنمای نوشتن
        lang: fa
        ---

        برای نوشتن فهرست، این را بنویسید:

        ```markdown
        ## داروهای من
        - قرص آبی: هر روز صبح
        - 2 قرص زرد بعد از شام
            - با آب
        ```

        سپس فایل را ذخیره کنید و `git add` را بزنید.
        """})
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert check_pdf(document, settings.out / "fa" / "fa.pdf", settings) == []


def test_a_handout_whose_only_paragraph_is_a_picture_passes_the_print_check(tmp_path):
    """A paragraph holding a picture alone is tagged as the Figure, with no P around it: a
    Word document whose every paragraph was a picture failed with "no P tag in the structure
    tree, though the handout has one", words no author can act on."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"pill.md": """\
        ---
        title: The tablet
        ---

        ![A round white tablet with a line across it](tablet.png)
        """})
    shutil.copy(FIXTURES / "print" / "tablet.png", settings.source)
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert "<p><img" in document.html
    assert check_pdf(document, settings.out / "pill" / "pill.pdf", settings) == []


def test_a_hebrew_leaflet_with_prices_passes_the_print_check(tmp_path):
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    settings.source.mkdir()
    shutil.copy(PROJECT / "tests" / "corpus" / "docx" / "openxml-powertools-hebrew.docx",
                settings.source / "trip.docx")
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert check_pdf(document, settings.out / "trip" / "trip.pdf", settings) == []


def test_a_letter_and_its_accent_apart_are_one_letter():
    """DSSG Portugal's vaccine notes (tests/corpus) name a file `dd_Relatório_Vacinação_X.pdf`
    with each accent written apart from its letter: the source's words broke at every
    accent, the printed ones (the font composes "ó") did not, and 954 words were reported
    missing from the PDF's text."""
    apart = "dd_Relato\u0301rio_Vacinac\u0327a\u0303o_X.pdf"
    assert words_of(apart) == words_of("dd_Relatório_Vacinação_X.pdf") == [
        "dd_relatório_vacinação_x", "pdf"]


def test_arabic_in_an_english_handout_is_read_from_its_right(tmp_path):
    """docx4j's arabic_align.docx, in English, holds a table of "oneالمدينة" and
    "twoالبريد" and a line of Arabic: the PDF prints and copies them right, but the check,
    reading each line from the left as drawn, found every Arabic word out of order and
    failed the file. A paragraph in Arabic in an English handout (a clinic's telephone
    numbers, "تليفون: 22021000") is read from the right."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"places.md": """\
        ---
        title: Places
        lang: en
        ---

        | Name | Place |
        | --- | --- |
        | one | oneالمدينة |
        | two | twoالبريد |

        The words وثيقة تجربة are a test.

        - تليفون: 22021000
        - صيدلية ايدول: 91102002
        """})
    build(settings, editions=("pdf",))
    findings = check_project(settings)
    assert [str(f) for f in findings if f.rule == "text"] == []


def test_a_right_to_left_item_of_an_english_list_passes_the_check(tmp_path):
    """A Persian and English code of conduct (sweep CY, 04-fa-en-coc) gives each point in
    Persian and then English, so an item with more Persian words runs right to left. Its line
    "Demonstrating / نشان دادن همدلی…", its Persian read first, looks from its glyphs as a
    left-to-right one would: the check failed the PDF, which printed it right, with "the
    word 'demonstrating' is missing or out of reading order (and 551 more)"."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"pledge.md": """\
        ---
        title: Code of Conduct
        lang: en
        ---

        We pledge to act and interact in ways that contribute to an open community.

        * نشان دادن همدلی و مهربانی نسبت به دیگران / Demonstrating empathy and kindness
          toward other people
        * احترام به نظرات، دیدگاه‌ها و تجربیات متفاوت / Being respectful of differing
          opinions, viewpoints, and experiences
        """})
    build(settings, editions=("pdf",))
    findings = check_project(settings)
    assert [str(f) for f in findings if f.rule == "text"] == []


def test_the_check_names_why_a_handout_was_not_built(tmp_path):
    """opensource.guide's page in Nigerian Pidgin (`lang: pcm`), which no voice here speaks,
    stops the build; the check said only "not built yet: run 'invoke build'", which stopped
    again. It names what stops it, at the line of its language, also where the front matter
    calls it `language:`, as a Hausa blog's did (sweep BH, ha-blog), named at no line; a
    handout merely not built yet is told to build."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", jobs=1, quiet=True)
    write_handouts(settings.source, {
        "pidgin.md": "---\nlang: pcm\ntitle: How to contribute\n---\n\nWetin be open source?\n",
        "pidgin-language.md": "---\ntitle: How to contribute\nlanguage: pcm\n---\n\nWetin be "
                              "open source?\n",
        "plain.md": "# Plain\n\nWords.\n"})
    built = [f for f in check_project(settings) if f.rule in ("source", "built")]
    assert [(f.where.rsplit("/", 1)[-1], f.rule, f.message.split(":")[0]) for f in built] == [
        ("pidgin-language.md:3", "source", "no voice is installed for language 'pcm'"),
        ("pidgin.md:2", "source", "no voice is installed for language 'pcm'"),
        ("plain", "built", "not built yet")]


def test_what_reading_a_handout_says_the_check_says_once(tmp_path, caplog):
    """A student tenancy agreement copied from a PDF held 83 invisible control characters:
    `invoke check` said "83 invisible control character(s) taken out" twice, once as the
    lint read the file and once as the check read it to check its outputs."""
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", jobs=1, quiet=True)
    write_handouts(settings.source, {
        "tenancy.md": "---\ntitle: Tenancy\nlang: en\n---\n\nThe \x01Tenant\x02 agrees.\n"})
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    check_project(settings)
    assert [r.getMessage().split(": ", 1)[1].split(",")[0] for r in caplog.records
            if "control character" in r.getMessage()] == [
        "2 invisible control character(s) taken out"]


def test_a_code_blocks_lines_are_words_apart_over_a_page_break(tmp_path):
    """A Library Carpentry lesson's answer, a code block of one word a line, ran over a
    page break: the check joined its lines into one word, "organiseorganize…", reported it
    missing and failed a right PDF."""
    words = [f"organise{n}" for n in range(1, 41)]
    source = write_handouts(tmp_path / "source", {"list.md": "# Word list\n\nThese match:\n\n"
                                                  "```\n" + "\n".join(words) + "\n```\n"})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    [document] = load_documents(settings)
    assert [w for w in expected_words(document, settings) if str(w).startswith("organise")] \
        == words
    path = settings.out / "list" / "list.pdf"
    assert check_pdf(document, path, settings, manifest_pdf(settings, "list")) == []
