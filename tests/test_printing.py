"""Print edition: every Markdown construct laid out to the large-print standard, checked
in the built PDF (glyph sizes and faces with pdfplumber, tags and outline with pypdf)."""

from __future__ import annotations

import logging
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from conftest import FIXTURES, PROJECT, font_installed, require, write_handouts
from handout.build import build
from handout.check.pdf import check_pdf, outline_entries, structure_elements
from handout.config import Settings
from handout.pdf.render import print_html, shows_its_address
from handout.read.document import load_documents, parse_html, render_markdown

PRINT_FIXTURES = FIXTURES / "print"
MARGIN = 72.0
CORPUS = PROJECT / "tests" / "corpus"


def build_fixtures(folder: Path, names: list[str] | None = None, **options) -> Path:
    """Copy the print fixtures (or `names` of them) into `folder` and build their PDFs."""
    source = folder / "source"
    source.mkdir(parents=True)
    for path in PRINT_FIXTURES.iterdir():
        if names is None or path.stem in names or path.suffix != ".md":
            shutil.copy(path, source / path.name)
    settings = Settings(source=source, out=folder / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True, **options)
    build(settings, editions=("pdf",))
    return settings.out


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    return build_fixtures(tmp_path_factory.mktemp("large"))


@pytest.fixture(scope="module")
def giant(tmp_path_factory) -> Path:
    return build_fixtures(tmp_path_factory.mktemp("giant"), ["headings", "tables", "code"],
                          edition="giant")


def pdf(out: Path, name: str) -> Path:
    return out / name / f"{name}.pdf"


def chars(path: Path) -> list[dict]:
    with pdfplumber.open(path) as document:
        return [c for page in document.pages for c in page.chars if c["text"].strip()]


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as document:
        return [page.extract_text() or "" for page in document.pages]


def chars_of(path: Path, phrase: str) -> list[dict]:
    """The glyphs that draw the first occurrence of `phrase` (spaces ignored)."""
    glyphs = chars(path)
    text = "".join(c["text"] for c in glyphs)
    target = phrase.replace(" ", "")
    start = text.find(target)
    assert start >= 0, f"{phrase!r} not printed in {path.name}"
    return glyphs[start:start + len(target)]


def tags(path: Path) -> list:
    root = PdfReader(path).trailer["/Root"]["/StructTreeRoot"].get_object()
    return list(structure_elements(root))


def tag_names(path: Path) -> list[str]:
    return [str(e["/S"])[1:] for e in tags(path)]


def face(char: dict) -> str:
    return char["fontname"].split("+")[-1]


def bold(char: dict) -> bool:
    return face(char).endswith("-Bold")


def sizes(glyphs: list[dict]) -> set[float]:
    return {round(c["size"], 1) for c in glyphs}


NAMES = sorted(p.stem for p in PRINT_FIXTURES.glob("*.md"))


@pytest.mark.parametrize("name", NAMES)
def test_every_glyph_is_at_least_body_size_and_upright(large, name):
    glyphs = chars(pdf(large, name))
    assert glyphs
    assert min(c["size"] for c in glyphs) >= 18 - 0.05
    assert not [c for c in glyphs if "italic" in c["fontname"].lower()
                or abs(c["matrix"][2]) > 1e-3]
    assert {face(c) for c in glyphs} <= {"Atkinson-Hyperlegible", "Atkinson-Hyperlegible-Bold",
                                        "IBM-Plex-Mono", "IBM-Plex-Mono-Bold"}


@pytest.mark.parametrize("name", NAMES)
def test_text_stays_inside_one_inch_margins(large, name):
    with pdfplumber.open(pdf(large, name)) as document:
        for page in document.pages:
            for c in page.chars:
                assert MARGIN - 0.5 <= c["x0"] and c["x1"] <= page.width - MARGIN + 0.5, c


def test_headings_are_bold_at_28_22_20_and_body_size(large):
    path = pdf(large, "headings")
    expected = {"Headings and paragraphs": 28.0, "Second level heading": 22.0,
                "Third level heading": 20.0, "Fourth level heading": 18.0}
    for text, size in expected.items():
        glyphs = chars_of(path, text)
        assert sizes(glyphs) == {size}
        assert all(bold(c) for c in glyphs)
    body = chars_of(path, "A paragraph under the second level heading.")
    assert sizes(body) == {18.0}
    assert all(not bold(c) for c in body)


def test_headings_are_tagged_and_bookmarked_by_level(large):
    path = pdf(large, "headings")
    assert [t for t in tag_names(path) if t.startswith("H")] == ["H1", "H2", "H3", "H4", "H2"]
    assert list(outline_entries(PdfReader(path).outline)) == [
        (1, "Headings and paragraphs"), (2, "Second level heading"),
        (3, "Third level heading"), (4, "Fourth level heading"),
        (2, "Another second level heading")]
    assert tag_names(path).count("P") >= 5


def test_page_numbers_read_page_n_of_m_at_body_size(large):
    path = pdf(large, "tables")
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert text.rstrip().endswith(f"Page {number} of {len(texts)}")
    assert sizes(chars_of(path, f"Page 2 of {len(texts)}")) == {18.0}
    with pdfplumber.open(path) as document:
        tops = {round(c["top"]) for page in document.pages for c in page.chars
                if c["text"] == "P" and c["top"] > page.height - 90}
    assert len(tops) == 1, "the page number sits in the same place on every page"


def test_strong_and_emphasis_print_bold_never_italic_or_underlined(large):
    path = pdf(large, "emphasis")
    for phrase in ("every morning", "Do not", "strong words"):
        assert all(bold(c) for c in chars_of(path, phrase))
    assert all(not bold(c) for c in chars_of(path, "with water"))
    with pdfplumber.open(path) as document:
        assert document.pages[0].lines == [] and not [
            r for r in document.pages[0].rects if r["height"] < 3]  # no underline


def test_lists_are_tagged_nested_and_marked(large):
    path = pdf(large, "lists")
    names = tag_names(path)
    assert names.count("L") >= 5 and names.count("LI") >= 12 and "Lbl" in names
    text = "\n".join(page_texts(path))
    for marker in ("• Your medicine", "– the first page", "› signed at the bottom",
                   "1. Wash your hands", "a. with water", "3. Write down the time"):
        assert marker in text
    assert "Dose" in text and "The amount of medicine you take at one time." in text


def test_block_quote_is_set_apart_and_tagged(large):
    path = pdf(large, "quotes")
    assert "BlockQuote" in tag_names(path)
    quote = chars_of(path, "Keep this medicine")
    before = chars_of(path, "The leaflet says:")
    assert sizes(quote) == {18.0} and quote[0]["x0"] > before[0]["x0"] + 5
    with pdfplumber.open(path) as document:
        # WeasyPrint draws a border as an even-odd fill of its outer and inner edges.
        frames = [r for r in document.pages[0].rects if r.get("evenodd") and r["height"] > 40]
    assert sorted(round(r["x0"], 1) for r in frames) == [72.0, 76.5], \
        "a 0.25 em rule down the left side of the quotation only"


def test_long_table_repeats_its_bold_header_row_and_keeps_body_size(large):
    path = pdf(large, "tables")
    with pdfplumber.open(path) as document:
        table_pages = [p for p in document.pages if "Week" in (p.extract_text() or "")]
        assert len(table_pages) >= 2
        for page in table_pages:
            first_row = page.extract_text().split("\n")[1 if page.page_number == 1 else 0]
            if page.page_number == 1:
                first_row = page.extract_text().split("\n")[3]
            assert first_row.startswith("When How much Notes"), first_row
        cells = [c for p in table_pages for c in p.chars if c["text"].strip()]
    assert min(c["size"] for c in cells) >= 18 - 0.05
    assert all(bold(c) for c in chars_of(path, "When How much Notes"))
    elements = tags(path)
    headers = [e for e in elements if e["/S"] == "/TH"]
    assert headers and all(e["/A"]["/Scope"] in ("/Column", "/Row") for e in headers)
    assert {"Table", "THead", "TBody", "TR", "TH", "TD"} <= set(tag_names(path))
    data = [e for e in elements if e["/S"] == "/TD"]
    assert all(e["/A"].get("/Headers") for e in data)


def test_too_wide_table_is_stacked_without_splitting_words(large):
    path = pdf(large, "tables")
    text = "\n".join(page_texts(path))
    for day in ("Monday", "Wednesday", "Saturday", "Remarks"):
        assert day in text.split()
    assert "Supercalifragilisticexpialidocious" in text.split()
    row_headers = [e for e in tags(path) if e["/S"] == "/TH" and e["/A"]["/Scope"] == "/Row"]
    assert len(row_headers) == 8


def test_image_fills_the_text_width_with_alt_text_and_caption(large):
    path = pdf(large, "images")
    with pdfplumber.open(path) as document:
        images = [i for page in document.pages for i in page.images]
        width = document.pages[0].width
    assert len(images) == 2
    for image in images:
        assert image["x0"] == pytest.approx(MARGIN, abs=0.5)
        assert image["x1"] == pytest.approx(width - MARGIN, abs=0.5)
    figures = [e for e in tags(path) if e["/S"] == "/Figure"]
    assert [str(f["/Alt"]) for f in figures] == [
        "A white round tablet marked C2", "A white round tablet marked C2, seen from the side"]
    caption = chars_of(path, "The 2 milligram tablet, actual size")
    assert all(bold(c) for c in caption)
    assert "Caption" in tag_names(path)


def test_links_print_their_words_then_their_address(large):
    text = " ".join(" ".join(page_texts(pdf(large, "links"))).split())
    assert "medicine guide (https://example.org/guide) before you start" in text
    assert "the pharmacy (pharmacy@example.org) with questions" in text
    assert "mailto:" not in text
    assert "Link" in tag_names(pdf(large, "links"))
    # A link's words wrap as words: only its address may break inside itself.
    lines = [" ".join(line.split()) for page in page_texts(pdf(large, "links"))
             for line in page.splitlines()]
    words = ["align", "with", "WCAG", "2.1", "AA"]
    assert all(word in " ".join(lines).split() for word in words), lines


def test_a_headings_link_has_its_address_printed_under_it_in_body_type(tmp_path):
    """The USDS DITAP case study's headings link to its course pages: each printed its
    whole address inside the heading, in bold heading type, up to six lines of it."""
    path = build_one(tmp_path, "# Guide\n\n## [Iteration 3.B: Buying](https://example.org/"
                               "course/iteration-3b)\n\nWords.\n\n## [Inside](#words) link\n")
    lines = [" ".join(line.split()) for line in page_texts(path)[0].splitlines()]
    assert lines[1:5] == ["Iteration 3.B: Buying", "https://example.org/course/iteration-3b",
                          "Words.", "Inside link"]
    address = chars_of(path, "https://example.org/course/iteration-3b")
    assert sizes(address) == sizes(chars_of(path, "Words.")) and not any(map(bold, address))
    assert "Link" in tag_names(path)


def test_a_long_table_row_breaks_across_pages_rather_than_leave_one_blank(tmp_path):
    """A row is kept whole on its page, but one too long for the rest of it went whole to
    the next, leaving that rest blank: half-empty pages one after another in the
    Corona-Warn-App's glossary and the RCPCH analysis plan. Word lets rows break too."""
    intro = " ".join(["Some words to fill the page before the table starts."] * 12)
    long = " ".join(["Part of a long meaning."] * 30)
    path = build_one(tmp_path, f"# Glossary\n\n{intro}\n\n| Term | Meaning |\n|---|---|\n"
                               f"| Short | A short meaning. |\n| Long | Starts here. {long} |\n"
                               "| Next | One. |\n| Last | Two. |\n")
    first, second = page_texts(path)[:2]
    assert "Starts here." in first and "Part of a long meaning." in second
    assert "Next One." in " ".join(second.split())  # a short row is still kept whole


def test_a_link_whose_words_are_its_address_prints_it_once(tmp_path):
    """An American library's leaflet wrote "Go to **www.examplelibrary.org/signup**", which
    Markdown links to http://…: it printed "www.examplelibrary.org/signup
    (http://www.examplelibrary.org/signup)", the address twice."""
    path = build_one(tmp_path, "# Card\n\nGo to **www.example.org/signup** or "
                               "<https://example.org/help/>, or [our help](https://x.org).\n")
    text = "".join("".join(page_texts(path)).split())  # an address may break inside
    assert "Gotowww.example.org/signuporhttps://example.org/help/,orourhelp(https://x.org)." \
        in text


@pytest.mark.parametrize("words, href, shown", [
    ("Email sidekick@example.org.uk", "mailto:sidekick@example.org.uk", True),
    ("Write to sidekick@example.org.uk", "mailto:sidekick@example.org.uk?subject=Hi", True),
    ("Visit www.example.org.", "https://www.example.org/", True),
    ("See https://example.org/help for more", "https://example.org/help", True),
    # words that hold part of the address, or another address, show it not
    ("Email us", "mailto:sidekick@example.org.uk", False),
    ("Visit example.org now", "https://example.org/page", False),
    ("Email a@example.org.uk", "mailto:a@example.org", False),
    ("Our site, www.example.org/a", "https://www.example.org/a/b", False),
])
def test_words_that_hold_a_link_s_whole_address_show_it(words, href, shown):
    """A young carers' service (sweep BD, sidekick-young-carers line 6) links "Email
    sidekick@actionforchildren.org.uk" to that address: the words hold it after a verb, and
    print gave it again in brackets. Words holding the whole address (for mailto:, the e-mail
    address; for a web address, its host and path as written) show it, and it is printed
    once."""
    assert shows_its_address(words, href) is shown


def test_a_link_of_two_sentences_prints_its_address_once_after_them(tmp_path):
    """A dementia carers' guide links a whole passage, "The British Red Cross also hires out
    wheelchairs. Visit this link for more information.": the sentences' spans cut the link
    in two, and its 90-character address was printed after each sentence."""
    path = build_one(tmp_path, "# Wheelchairs\n\n<a href=\"https://example.org/aids\">The Red "
                               "Cross hires them out. Visit this link.</a>\n\n[Age UK helps. "
                               "Ask them.](https://example.org/age) Or [us](https://x.org).\n")
    text = "".join("".join(page_texts(path)).split())
    assert "TheRedCrosshiresthemout.Visitthislink.(https://example.org/aids)AgeUKhelps.Ask" \
        "them.(https://example.org/age)Orus(https://x.org)." in text


def test_a_link_after_a_printed_address_is_spaced_from_it(tmp_path):
    """A meeting's notice (sweep BT, zhtw-meeting line 55) puts two links side by side,
    "[family](https://…)[e-mail](mailto:…)": printed "family (https://…)e-mail", its copied
    text ran "familye" together, and `invoke check` reported the word missing. A space
    after the address, in every language; none where the next link's words open with a
    mark."""
    path = build_one(tmp_path, "# Share\n\nTell your [family](https://x.org/share?text=safe)"
                               "[e-mail](mailto:a@x.org) now, [this](https://x.org)[(that)]"
                               "(https://y.org).\n")
    text = " ".join(" ".join(page_texts(path)).split())
    assert "family (https://x.org/share?text=safe) e-mail (a@x.org) now," in text
    assert "this (https://x.org)(that) (https://y.org)." in text


def test_an_e_mail_link_with_no_recipient_prints_its_words_alone(tmp_path):
    """The same notice's "share by e-mail" link, `mailto:%20?subject=Safe&body=I%20am%20safe`
    (sweep BT, zhtw-meeting line 55), names no one to write to: its query was printed as
    the address, lines of large print. Its words alone are printed, and nothing said of
    it; an e-mail address with a subject keeps its address."""
    path = build_one(tmp_path, "# Share\n\n[Tell them](mailto:%20?subject=Safe&body=I%20am%20"
                               "safe) or [share](mailto:?subject=Hi) or [us](mailto:a@x.org?"
                               "subject=Hi).\n")
    text = " ".join(" ".join(page_texts(path)).split())
    assert "Tell them or share or us (a@x.org?subject=Hi)." in text


def test_an_address_wrapped_onto_the_next_line_prints_as_one_address(tmp_path):
    """Pages saved by html2text wrap a link's address at 78 columns, as a Citizens
    Information page on carers' allowance did twenty times ("…/carers/half-" then
    "rate-carers-allowance/)"): its line break, printed after the link's words, stopped the
    PDF's layout with "raqm_layout() failed", and no handout in the folder was printed. The
    line break goes, as a browser drops it; a paragraph separator pasted into the text
    (U+2029), which stopped it too, is a space."""
    path = build_one(tmp_path, "# Carers\n\nYou may get [ half-rate Carer's\nAllowance ](https:"
                               "//example.org/carers/half-\n  rate-allowance/) .\n\nAsk us\u2029"
                               "today.\n")
    text = "".join("".join(page_texts(path)).split())
    assert "Allowance(https://example.org/carers/half-rate-allowance/)" in \
        text.replace("\ufffe", "-").replace("--", "-")
    assert "Askustoday." in text


def test_a_short_address_or_code_span_moves_whole_to_the_next_line(tmp_path):
    """A real page printed "digitalgov@gsa.go" / "v." and "Pi" / "cture Quality": a word of
    code or an address that fits a line is never broken inside itself, wherever the line
    ends (here, after every length of the words before it)."""
    paragraphs = [f"Submit {'slides ' * (n % 4)}{'x' * n} to [digitalgov@gsa.gov]"
                  f"(mailto:digitalgov@gsa.gov). Select `Picture Quality` today." for n in range(1, 24)]
    source = write_handouts(tmp_path / "source", {"a.md": "# Wrap\n\n" + "\n\n".join(paragraphs)})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    words = {word for page in page_texts(pdf(settings.out, "a")) for line in page.splitlines()
             for word in line.split()}
    assert {"digitalgov@gsa.gov.", "Picture", "Quality"} <= words
    assert not {w for w in words if w.startswith(("digital", "Pi", "Qu"))} - {
        "digitalgov@gsa.gov.", "Picture", "Quality"}


def test_a_shortcut_in_code_is_not_broken_after_its_hyphen(tmp_path):
    """A Mac cheat sheet (sweep AN): "(usually) `⌘-W`" printed "⌘-" at a line's end and "W"
    on the next, a break after a hyphen that a longer word of code may take. A short word
    of code moves whole to the next line, wherever the line ends."""
    items = [f"{n + 1}.  Close a window{' now' * (n % 6)} without closing the app: (usually) "
             f"`⌘-W`" for n in range(12)]
    lines = "\n".join(page_texts(build_one(tmp_path, "# Closing\n\n" + "\n".join(items)
                                           + "\n"))).splitlines()
    assert sum("⌘-W" in line for line in lines) == len(items)
    assert not [line for line in lines if line.rstrip().endswith("⌘-")]


def test_a_long_code_span_wraps_inside_the_margins(large):
    path = pdf(large, "code")
    glyphs = chars_of(path, "https://doi.org/10.1175%2F1520-0493%281972%29100%3C0081"
                            "%3AOTAOSH%3E2.3.CO%3B2")
    assert len({round(c["top"]) for c in glyphs}) >= 2, "the code span wraps"
    with pdfplumber.open(path) as document:
        assert max(c["x1"] for c in glyphs) <= document.pages[0].width - MARGIN + 0.5


def test_code_is_monospace_at_body_size_and_wraps(large):
    path = pdf(large, "code")
    for phrase in ("clonazepam", "PRESCRIPTION-2023"):
        glyphs = chars_of(path, phrase)
        assert {face(c) for c in glyphs} == {"IBM-Plex-Mono"}
        assert sizes(glyphs) == {18.0}
    long_line = chars_of(path, "ABCDEFGHIJKLMNOPQRSTUVWXYZ-ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert len({round(c["top"]) for c in long_line}) >= 2, "the long line wraps"


def test_horizontal_rule_spans_the_text_width(large):
    path = pdf(large, "rules")
    before, after = chars_of(path, "Before the line."), chars_of(path, "After the line.")
    with pdfplumber.open(path) as document:
        rules = [r for r in document.pages[0].rects + document.pages[0].lines
                 if r["width"] > 400 and r["height"] < 5
                 and before[0]["bottom"] < r["top"] < after[0]["top"]]
    assert rules


def test_footnotes_are_notes_at_body_size_under_their_own_heading(large):
    path = pdf(large, "footnotes")
    text = " ".join(page_texts(path))
    assert "benzodiazepine.[1]" in text and "1960.[2]" in text
    assert sizes(chars_of(path, "[1]")) == {18.0}
    assert sizes(chars_of(path, "A class of medicines that calm")) == {18.0}
    assert list(outline_entries(PdfReader(path).outline)) == [(1, "Footnotes"), (2, "Notes")]


def test_metadata_for_pdf_ua(large):
    reader = PdfReader(pdf(large, "headings"))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert root["/MarkInfo"]["/Marked"]
    info = reader.metadata
    assert (info["/Title"], info["/Author"], info["/Subject"], info["/Keywords"]) == (
        "Headings and paragraphs", "Test Clinic", "Every heading level and plain paragraphs.",
        "headings, paragraphs")
    assert 'pdfuaid:part="1"' in reader.xmp_metadata.rdf_root.toxml()


def test_giant_edition_sets_body_24_and_scales_headings(giant):
    path = pdf(giant, "headings")
    assert sizes(chars_of(path, "Headings and paragraphs")) == {37.3}
    assert sizes(chars_of(path, "Second level heading")) == {29.3}
    assert sizes(chars_of(path, "Third level heading")) == {26.7}
    assert sizes(chars_of(path, "Fourth level heading")) == {24.0}
    assert min(c["size"] for c in chars(path)) >= 24 - 0.05
    assert sizes(chars_of(path, "Page 1 of")) == {24.0}
    for name in ("tables", "code"):
        assert min(c["size"] for c in chars(pdf(giant, name))) >= 24 - 0.05


def test_a4_cream_paper(tmp_path):
    out = build_fixtures(tmp_path, ["rules"], paper="a4", background="cream")
    path = pdf(out, "rules")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        full = [r for r in page.rects if r["width"] >= page.width - 1]
    assert full and full[0]["non_stroking_color"] == pytest.approx((1.0, 0xfd / 255, 0xd0 / 255),
                                                                   abs=0.01)
    assert {c["non_stroking_color"] for c in chars(path)} <= {(0.0, 0.0, 0.0), (0,)}


def test_contents_after_six_sections_is_not_a_bookmark(tmp_path):
    sections = "\n".join(f"## Part {n}\n\nWords of part {n}.\n" for n in range(1, 7))
    source = write_handouts(tmp_path / "source", {
        "six.md": f"---\ntitle: Six parts\nlang: en\n---\n\n{sections}"})
    settings = Settings(source=source, out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    path = pdf(settings.out, "six")
    assert "Contents" in page_texts(path)[0]
    assert [t for _, t in outline_entries(PdfReader(path).outline)] == [
        "Six parts"] + [f"Part {n}" for n in range(1, 7)]


def test_an_address_prints_its_letters_and_keeps_the_codes_of_its_marks():
    """An address's letters and punctuation in percent codes are printed as themselves; the
    code of a slash, which typed as a slash goes elsewhere, of a space, of an emoji, and
    codes that are no UTF-8 stay.
    The link goes where it went."""
    html = print_html('<p><a href="https://x.org/%D0%A7%D1%91/a%2Fb%20c%E9">words</a> '
                      '<a href="https://x.org/%D0%A7%D1%91">x.org/Чё</a></p>')
    assert 'data-address="https://x.org/Чё/a%2Fb%20c%E9"' in html
    assert 'href="https://x.org/%D0%A7%D1%91/a%2Fb%20c%E9"' in html
    assert '<a href="https://x.org/%D0%A7%D1%91" class="address">' in html  # printed once
    # an emoji no print font has: its glyph missing broke the copying of the whole font
    html = print_html('<p><a href="https://www.linkedin.com/in/ludovic-%F0%9F%92%BB-logiou/">'
                      'Ludovic Logiou</a></p>')
    assert 'data-address="https://www.linkedin.com/in/ludovic-%F0%9F%92%BB-logiou/"' in html
    # a Chinese page's full-width punctuation (sweep BT), and an ideographic space, which stays
    html = print_html('<p><a href="https://x.org/a%EF%BC%8Cb%E5%8F%B0%EF%BC%9Ac%E3%80%81d'
                      '%E3%80%80e">words</a></p>', lang="zh-CN")
    assert 'data-address="https://x.org/a，b台：c、d%E3%80%80e"' in html


def test_a_list_of_dates_keeps_its_bullets():
    """A Danish association's list of the dates its statutes were revised, "31. august
    1969", was printed without bullets, its items taken for numbers typed by hand, as a
    list of "1. Item 1" is (`NUMBERED_BY_HAND`)."""
    dates = "<ul><li>31. august 1969</li><li>8. august 1993</li></ul>"
    typed = "<ul><li>1. Punkt</li><li>2. Punkt</li></ul>"
    assert "by-hand" not in print_html(dates, lang="da")
    assert "by-hand" in print_html(dates, lang="en")
    assert "by-hand" in print_html(typed, lang="da")


def test_print_html_marks_addresses_and_stacks_wide_tables():
    html = print_html('<p><a href="https://x.org">https://x.org</a> '
                      '<a href="https://x.org">words</a></p>')
    assert 'class="address"' in html and 'data-address="https://x.org"' in html
    wide = "<table><thead><tr>" + "<th>Wednesday</th>" * 8 + "</tr></thead><tbody><tr>" + \
        "<td>tablet</td>" * 8 + "</tr></tbody></table>"
    assert 'class="stacked-table"' in print_html(wide, 26.0)
    assert 'class="stacked-table"' not in print_html(wide, 80.0)
    # a link to a stacked table leads to it (sweep CP: "No anchor #Table1", a dead link)
    assert '<div class="stacked-table" id="Table1">' in print_html(
        wide.replace("<table>", '<table id="Table1">'), 26.0)
    assert '<figure><img alt="A" src="a.png"><figcaption>Cap</figcaption></figure>' in \
        print_html('<p><img alt="A" src="a.png" title="Cap"></p>')


def test_a_header_row_of_empty_cells_is_not_printed():
    """An Easy Read page's pictures beside sentences under `| | |` (sweep DA) printed an
    empty bordered strip over the first picture, repeated on each page the table ran on to."""
    table = ("<table><thead><tr><th></th><th> </th></tr></thead><tbody><tr><td>"
             '<img alt="A bus" src="bus.png"></td><td>The bus comes.</td></tr></tbody></table>')
    html = print_html(table)
    assert "<thead" not in html and "<th" not in html and "The bus comes." in html
    assert "<thead><tr><th" in print_html(table.replace("<th></th>", "<th>Picture</th>"))


def test_a_stacked_table_keeps_its_own_direction():
    """A Persian list of providers (sweep BU, fa-vps-providers line 106; repro t-fa2) marks
    its English table of ten columns `dir="ltr"`: stacked in the right-to-left handout, the
    direction was lost, and its values came out back to front, "GiB 1.25", "month/$5", a
    link's address scrambled. The stacked form, each record and each label and value keep
    the table's direction; a cell's own is its own."""
    names = ("Company", "CPU", "RAM", "Disk", "Link Speed", "Bandwidth", "IPv4/6", "Price",
             "Crypto", "Notes")
    values = ('<a href="https://tornadovps.com/">tornadovps</a>', "1", "1.25 GiB",
              "15 GiB SSD", "750 Mbps", "", "", "$5/month", "", "1 month free")
    table = ("<table dir='ltr'><thead><tr>" + "".join(f"<th>{n}</th>" for n in names)
             + "</tr></thead><tbody><tr>" + "".join(f"<td>{v}</td>" for v in values[:-1])
             + '<td dir="rtl">یک ماه رایگان</td></tr></tbody></table>')
    stacked = parse_html(print_html(table, 26.0, "fa"))
    [stack] = [div for div in stacked.iter("div") if div.get("class") == "stacked-table"]
    assert stack.get("dir") == "ltr"
    assert [record.get("dir") for record in stack.iter("table")] == ["ltr"]
    assert [th.get("dir") for th in stack.iter("th")] == ["ltr"] * 10
    assert [td.get("dir") for td in stack.iter("td")] == ["ltr"] * 9 + ["rtl"]
    assert "".join(stack.find(".//td").itertext()) == "tornadovps"
    assert 'dir="ltr"' not in print_html(table.replace(" dir='ltr'", ""), 26.0, "fa")


def test_a_wide_table_without_column_headers_is_stacked_under_labels():
    """The Corona-Warn-App's risk assessment (German) writes its tables of days with an
    empty header row, `|||||||||`, its labels in the first column; docx4j's note on
    Eastern Arabic numbering is a Word table whose first row, not marked as a header, holds
    the column names. Stacked, both printed blank labels beside each value, one record a
    page, so that no one could tell which value was which."""
    html, _, _ = render_markdown((CORPUS / "github" / "cwa-risk-assessment.de.md")
                                 .read_text("utf-8"), {})
    first = ET.tostring(parse_html(html).find(".//table"), encoding="unicode")
    records = [[(" ".join(th.itertext()), " ".join(td.itertext())) for th, td in record]
               for record in parse_html(print_html(first, 26.0)).iter("tbody")]
    assert len(records) == 7, records
    assert records[0] == [("Übertragungsrisikograd", "VI"),
                          ("Abstand zum Tag der Upload-Zustimmung", "1"),
                          ("Erzeugungsdatum des Schlüssels", "19.")]
    assert records[6] == [("Übertragungsrisikograd", "I"),
                          ("Abstand zum Tag der Upload-Zustimmung", "7"),
                          ("Erzeugungsdatum des Schlüssels", "13.")]
    word = "<table><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p>{row} {column}</p><p>(with hint)</p></td>" for column in
                         ("first", "second", "third", "fourth", "fifth", "sixth"))
        + "</tr>" for row in ("Numeral", "System", "Hindi")) + "</tbody></table>"
    stacked = parse_html(print_html(word, 26.0))
    labels = [" ".join(th.itertext()) for th in stacked.iter("th")]
    assert labels[:6] == [f"Numeral {column} (with hint)" for column in
                          ("first", "second", "third", "fourth", "fifth", "sixth")]
    assert len(list(stacked.iter("table"))) == 2  # System's row and Hindi's


def test_a_stacked_rotas_day_given_once_is_in_each_of_its_records():
    """An R user group's volunteer rota names each day once, over the rows that follow it
    ("| 2022-04-03 | 08:00 AM - 09:00 AM | …" over "| | 09:00 AM - 09:30 AM | …"): stacked,
    16 of its 18 records said "Date" beside nothing, one a page, and a reader could not tell
    which day a shift was on. Each record carries its day; a row empty throughout stays."""
    rota = ("<table><thead><tr><th>Date</th><th>Time</th><th>Volunteers</th>"
            "<th>Responsibilities</th></tr></thead><tbody>"
            "<tr><td>2022-04-03</td><td>08:00-09:00</td><td>Siraj</td><td>Registration</td></tr>"
            "<tr><td></td><td>09:00-09:30</td><td>Jenil</td><td>Refreshments</td></tr>"
            "<tr><td>2022-04-04</td><td>10:00-11:00</td><td>Anuja</td><td>Cleaning</td></tr>"
            "<tr><td></td><td></td><td></td><td></td></tr></tbody></table>")
    records = [[(" ".join(th.itertext()), " ".join(td.itertext())) for th, td in record]
               for record in parse_html(print_html(rota, 12.0)).iter("tbody")]
    assert [dict(record).get("Date") for record in records] == [
        "2022-04-03", "2022-04-03", "2022-04-04", ""]


def test_a_forms_first_row_in_bold_labels_its_stacked_records():
    """NHS England's publishing checklist (a Word file) heads its form's columns with a row
    in bold that Word was not told is a header, one name of five words ("Confirm
    suggestions have been implemented"): stacked, each record printed its item, then four
    empty boxes with no label. A first row all in bold names the columns."""
    names = ["Checklist items", "Int. Comments &amp; Suggestions",
             "Confirm suggestions have been implemented", "Ext. Comments &amp; Suggestions",
             "RAG status"]
    table = ("<table><tr>" + "".join(f"<td><p><strong>{name}</strong></p></td>" for name in names)
             + "</tr><tr><td><p>Confirm code is fit for purpose.</p></td>"
             + "<td></td>" * 4 + "</tr></table>")
    stacked = parse_html(print_html(table, 12.0))
    records = [[(" ".join("".join(th.itertext()).split()), " ".join("".join(td.itertext())
                                                                   .split()))
                for th, td in record] for record in stacked.iter("tbody")]
    assert records == [[("Checklist items", "Confirm code is fit for purpose."),
                        ("Int. Comments & Suggestions", ""),
                        ("Confirm suggestions have been implemented", ""),
                        ("Ext. Comments & Suggestions", ""), ("RAG status", "")]]
    unbold = table.replace("<strong>", "").replace("</strong>", "")
    assert not list(parse_html(print_html(unbold, 12.0)).iter("th"))  # a sentence is no name


def test_a_stacked_label_breaks_after_its_slash_not_inside_a_word():
    """AN's digital skills course (a Word file) labels a form's column "Date (When was it
    published/updated?)": stacked, "published/updated?)" was one word too long for the
    labels' column, broken at any letter, "pub" / "lished", with no hyphen. The label may
    break after its slash, and its column is as wide as the longer part."""
    names = ["Website Name / URL", "Author (Who wrote it?)", "Domain Type (.com, .org, .edu)",
             "Date (When was it published/updated?)", "Evidence Provided (Sources, data?)"]
    table = ("<table><thead><tr>" + "".join(f"<th>{name}</th>" for name in names)
             + "</tr></thead><tbody>" + "<tr>" + "<td></td>" * 5 + "</tr></tbody></table>")
    stacked = parse_html(print_html(table, 26.0))
    labels = [th for th in stacked.iter("th") if "published" in "".join(th.itertext())]
    assert [(th.text, [(child.tag, child.tail) for child in th]) for th in labels] == [
        ("Date (When was it published/", [("wbr", "updated?)")])]
    assert not [span for span in stacked.iter("span") if span.get("class") == "long-word"]


def test_a_wide_letter_head_is_stacked_with_every_word_printed():
    """HMCTS's letters head themselves with a Word table, "To:" beside an address, "Your
    Ref" beside a reference: stacked, its first row was taken for the labels, so the
    addressee was printed nowhere, and a table of one row printed nothing at all. A first
    row that does not name columns (a few words, no number) is a record like the others."""
    address = "employmenttribunalsmanchester@justice.gov.uk"
    court = "https://www.gov.uk/government/publications/the-hearing-t426"
    one_row = f"<table><tr><td>Write to:</td><td>{address}</td><td>{court}</td></tr></table>"
    printed = " ".join(parse_html(print_html(one_row, 26.0)).itertext())
    assert "Write to:" in printed and address in printed and court in printed
    head = ("<table><tr><td>To:</td><td>Ms Ann Smith, 1 High Street, Leeds LS1 1AA</td>"
            f"<td>{court}</td></tr><tr><td colspan=\"2\">Your Ref</td><td>AB/123</td></tr>"
            "</table>")
    stacked = parse_html(print_html(head, 26.0))
    printed = " ".join(" ".join(stacked.itertext()).split())
    for words in ("To:", "Ms Ann Smith, 1 High Street, Leeds LS1 1AA", court, "Your Ref",
                  "AB/123"):
        assert words in printed
    assert not list(stacked.iter("th"))  # no row of it is taken for labels


def test_a_row_of_header_cells_without_a_thead_labels_the_stacked_records():
    """An art studio's timetable, an HTML table whose first row is `<th>` cells with no
    `<thead>`: stacked, its records were labelled with their first row's values ("16:00",
    "8-15 лет"), and the days were printed nowhere."""
    days = ["Время", "ПН", "ВТ", "СР", "ЧТ", "ПТ", "СБ", "ВС"]
    rows = [["16:00-16:45", "", "8-15 лет", "12-15 лет", "8-15 лет", "8-15 лет", "", ""],
            ["18:00-18:45", "", "5-7 лет", "5-7 лет", "Взрослые", "5-7 лет", "", ""]]
    table = ("<table><tr>" + "".join(f"<th>{day}</th>" for day in days) + "</tr>" + "".join(
        f"<tr><th>{row[0]}</th>" + "".join(f"<td>{cell}</td>" for cell in row[1:]) + "</tr>"
        for row in rows) + "</table>")
    stacked = parse_html(print_html(table, 12.0))
    records = [[(" ".join(th.itertext()), " ".join(td.itertext())) for th, td in record]
               for record in stacked.iter("tbody")]
    assert [record[:3] for record in records] == [
        [("Время", "16:00-16:45"), ("ПН", ""), ("ВТ", "8-15 лет")],
        [("Время", "18:00-18:45"), ("ПН", ""), ("ВТ", "5-7 лет")]]


def test_a_stacked_table_of_two_header_rows_labels_its_values_by_both():
    """pandas writes a table of two levels of columns as two header rows, "Adults" across
    "Booked" and "Free" (sweep BI, repro mini/mhead), with a row naming its index under
    them (kiwi-rents, "income bins" under "rent bins"): stacked, a blog's records (kiwi-
    rents pp. 15-26) were labelled by the header cells of every row in turn, "levels",
    "logs", a blank. Each value is labelled by its column's header cells joined, and the
    index's name labels the first column."""
    table = ("<table><thead>"
             "<tr><th></th><th colspan=\"3\">Adults</th><th colspan=\"3\">Children</th></tr>"
             "<tr><th></th><th>Booked</th><th>Free</th><th>Waiting</th><th>Booked</th>"
             "<th>Free</th><th>Waiting</th></tr>"
             "<tr><th>Town</th><th></th><th></th><th></th><th></th><th></th><th></th></tr>"
             "</thead><tbody>"
             "<tr><th>Leeds</th><td>10</td><td>2</td><td>1</td><td>3</td><td>7</td><td>0</td>"
             "</tr></tbody></table>")
    stacked = parse_html(print_html(table, 12.0))
    [record] = [[(" ".join("".join(th.itertext()).split()), "".join(td.itertext()))
                 for th, td in record] for record in stacked.iter("tbody")]
    assert record == [("Town", "Leeds"), ("Adults, Booked", "10"), ("Adults, Free", "2"),
                      ("Adults, Waiting", "1"), ("Children, Booked", "3"),
                      ("Children, Free", "7"), ("Children, Waiting", "0")]


def test_a_stacked_tables_title_row_stays_a_heading(tmp_path):
    """apache/poi's visa form (Word) heads its last table with a row of one cell, a heading
    across the table, "FOR OFFICIAL USE ONLY". Stacked, the row became the records' labels:
    its heading, and so its bookmark and its PDF tag, were lost, and `invoke check` failed
    the PDF for both. It stays a heading, over the records."""
    wide = ('<table><tbody><tr><td colspan="8"><h6>For official use only</h6></td></tr>'
            + "<tr>" + "<td>Consultation</td>" * 8 + "</tr>"
            + "<tr>" + "<td>Wednesday</td>" * 8 + "</tr></tbody></table>")
    stacked = parse_html(print_html(wide, 26.0))
    [block] = stacked
    assert block.get("class") == "stacked-table"
    assert [child.tag for child in block] == ["h6", "table"]
    assert "".join(block[0].itertext()) == "For official use only"
    assert [" ".join(th.itertext()) for th in stacked.iter("th")] == ["Consultation"] * 8
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    settings.source.mkdir()
    shutil.copy(CORPUS / "docx" / "poi-form-footnotes.docx", settings.source / "visa.docx")
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    findings = check_pdf(document, settings.out / "visa" / "visa.pdf", settings)
    assert [f for f in findings if f.rule in ("pdf-bookmarks", "pdf-tags")] == []


def test_a_paragraph_of_sentences_fills_its_first_line(tmp_path):
    """Each sentence is a span (for the read-along editions); WeasyPrint counted a span's
    trailing space when it decided whether a line was full, and broke this paragraph after
    its first word ("Este / folleto explica..."). The spaces now sit between the spans."""
    source = tmp_path / "source"
    shutil.copytree(PROJECT / "examples" / "es", source)
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", quiet=True)
    build(settings, editions=("pdf",))
    with pdfplumber.open(tmp_path / "build" / "paracetamol" / "paracetamol.pdf") as document:
        lines = document.pages[0].extract_text().splitlines()
    [first] = [line for line in lines if line.startswith("Este")]
    assert first.startswith("Este folleto explica"), lines


_LOADED = """
import ctypes.util, subprocess, sys
runs = []
real_popen = subprocess.Popen.__init__
subprocess.Popen.__init__ = lambda self, args, *a, **k: runs.append(args) or real_popen(self, args, *a, **k)
if sys.argv[1] == "handout":
    from handout.pdf import import_weasyprint
    import_weasyprint()
else:
    import weasyprint
import weasyprint.text.ffi as ffi
libraries = sorted({line.split()[-1] for line in open("/proc/self/maps")
                    if any(name in line for name in ("gobject", "pango", "harfbuzz", "fontconfig"))})
print(len(runs), ffi.harfbuzz_subset is not None, ctypes.util.find_library.__module__, *libraries)
"""


def test_weasyprint_opens_the_same_libraries_after_one_loader_lookup():
    """WeasyPrint's own import asks `find_library` for 22 library names, each miss running
    `ldconfig`, `gcc` and `ld`; `import_weasyprint` reads the loader's cache once, opens
    the very same files, and leaves `find_library` as it was."""
    import subprocess
    import sys

    def loaded(how: str) -> tuple[int, list[str], list[str]]:
        """Processes run, (HarfBuzz-Subset found, find_library's module), libraries open."""
        runs, subset, lookup, *libraries = subprocess.run(
            [sys.executable, "-c", _LOADED, how], capture_output=True, text=True,
            check=True).stdout.split()
        return int(runs), [subset, lookup], libraries

    runs, facts, libraries = loaded("handout")
    plain_runs, plain_facts, plain_libraries = loaded("plain")
    assert runs <= 1 < plain_runs
    assert (facts, libraries) == (plain_facts, plain_libraries)
    assert facts[1] == "ctypes.util"
    assert {Path(name).name.split(".so")[0] for name in libraries} >= {
        "libgobject-2.0", "libpango-1.0", "libpangoft2-1.0", "libharfbuzz", "libfontconfig"}


@pytest.mark.parametrize("name", ["gobject-2.0", "harfbuzz", "c", "libgobject-2.0-0",
                                  "no-such-library"])
def test_a_library_is_found_in_the_loader_cache_as_ctypes_finds_it(name):
    import ctypes.util

    from handout.pdf import _find_in_loader_cache

    assert _find_in_loader_cache(name) == ctypes.util.find_library(name)


def build_one(tmp_path: Path, markdown: str, **options) -> Path:
    """Build one handout, `a.md`, into `tmp_path` and return its PDF."""
    source = write_handouts(tmp_path / "source", {"a.md": markdown})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True, **options)
    build(settings, editions=("pdf",))
    return pdf(settings.out, "a")


def test_a_stacked_timetable_keeps_each_value_under_its_label(tmp_path):
    """A campus shuttle's timetable, its title across the top and its days merged down over
    two rows: stacked, the second row's values each slid a column left ("Departure Time:
    Library"), the last label went, and the title was not printed."""
    row = "<tr><td>{}</td><td>{} Shuttle</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    path = build_one(tmp_path, "# Timetable\n\n<table>\n"
                     '<tr><th colspan="6">Cross Border Shuttle Timetable</th></tr>\n'
                     + row.format("Operating Days", "Which", "Departure Time",
                                  "Departure Station", "Pick-up Point", "Drop-off Point")
                     + "\n" + row.format("Monday and Friday", "Morning", "8:00", "Campus",
                                         "Sidewalk by the medical centre's car park",
                                         "University Library")
                     .replace("<td>Monday", '<td rowspan="2">Monday') + "\n"
                     + row.format("", "Evening", "17:30", "Library", "University Library",
                                  "Station bus terminus").replace("<td></td>", "", 1)
                     + "\n</table>\n")
    lines = [" ".join(line.split()) for text in page_texts(path) for line in text.splitlines()]
    assert "Cross Border Shuttle Timetable" in lines
    evening = lines[lines.index("Which Shuttle Evening Shuttle") - 1:]
    assert evening[0] == "Operating Days Monday and Friday"  # merged down: in each record
    assert evening[2:4] == ["Departure Time 17:30", "Departure Station Library"]
    assert "Drop-off Point Station bus terminus" in evening


def build_corpus_file(tmp_path: Path, name: str) -> Path:
    """Build the corpus file `name` (its folder and file) alone into `tmp_path`; its PDF."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(CORPUS / name, source)
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    return pdf(settings.out, Path(name).stem)


def test_a_row_taller_than_a_page_starts_where_it_is_under_its_header(tmp_path):
    """18F's evaluate-bids page has rows of long lists: each was moved to a new page, leaving
    half a page blank before it, and its pages lost the repeated header row."""
    flags = "".join(f"<li>Red flag number {n} of the vendor</li>" for n in range(1, 41))
    path = build_one(tmp_path, "# Bids\n\nRead the proposals with the team.\n\n"
                     "<table><thead><tr><th>What to look for</th><th>Positive signs</th>"
                     "<th>Red flags</th></tr></thead><tbody><tr><td>Competency</td>"
                     f"<td>Knows the tools</td><td><ul>{flags}</ul></td></tr></tbody></table>\n")
    texts = page_texts(path)
    assert "Competency" in texts[0]
    holding_flags = [text for text in texts if "Red flag number" in text]
    assert len(holding_flags) >= 2
    assert all("Red flags" in text for text in holding_flags), holding_flags


def last_lines(path: Path) -> list[str]:
    """The last line of text on each page but the last, above its page number."""
    return [text.strip().splitlines()[-2] for text in page_texts(path)[:-1]]


def test_a_heading_is_never_left_at_a_page_foot_above_a_missing_picture(tmp_path):
    """NHS prevention services' importing-records page: 'Tracking school moves' stood
    alone at the foot of a page, the box for its missing screenshot on the next."""
    blocks = [("\n\n".join(f"Words {n}." for n in range(count))
               + f"\n\n## Heading {count}\n\n![Screenshot {count}](missing-{count}.png)")
              for count in range(1, 16)]
    path = build_one(tmp_path, "# Pictures\n\n" + "\n\n".join(blocks) + "\n\nThe end.\n")
    assert not [line for line in last_lines(path) if line.startswith("Heading")]
    assert sum("Picture not available: Screenshot" in text
               for text in page_texts(path)) >= 3


def test_a_defined_term_is_never_left_at_a_page_foot(tmp_path):
    """NHS prevention services' importing-records page: the term 'Superceded' stood alone
    at the foot of a page, its definition on the next."""
    terms = "\n\n".join(f"Term {n}\n: " + " ".join(["The definition of this term."] * (n % 5 + 1))
                        for n in range(1, 40))
    path = build_one(tmp_path, "# Terms\n\n" + terms + "\n")
    texts = page_texts(path)
    assert sum(text.count("Term ") for text in texts) == 39
    assert not [line for line in last_lines(path) if line.startswith("Term ")]


def test_a_bold_label_standing_as_a_heading_is_never_left_at_a_page_foot(tmp_path):
    """A nursery's health and safety policy (sweep AS, nn-health-safety) names each part in
    a bold paragraph, as Word authors do: the tester's repro of 30 such labels over their
    text ended three pages with one alone, "Rule 11", "Rule 22" and "Rule 28". A bold
    label is kept with its text, as a heading or a defined term is."""
    rules = "\n\n".join(f"**Rule {n}**\n\n" + " ".join(["Children are kept safe."] * (n % 7 + 2))
                         for n in range(1, 40))
    path = build_one(tmp_path, "# Rules\n\n" + rules + "\n")
    assert sum(text.count("Rule ") for text in page_texts(path)) == 39
    assert not [line for line in last_lines(path) if line.startswith("Rule ")]
    assert 'class="bold-label"' in print_html("<p><strong>Rule 1</strong></p>")
    assert "class" not in print_html("<p><strong>Rule 1</strong> applies.</p>")


def test_a_table_of_lists_stays_inside_the_margins(tmp_path):
    """18F's evaluate-bids table holds lists: measured without the lists' indents, its
    longest words seemed to fit three columns, and the table ran past the right margin."""
    path = build_one(tmp_path, "# Signs\n\n<table><thead><tr><th>Look for</th><th>Positive</th>"
                     "<th>Red flags</th></tr></thead><tbody><tr><td>implementation</td>"
                     "<td><ul><li>communicating</li></ul></td><td><ul><li>Roles<ul>"
                     "<li>responsibilities</li></ul></li></ul></td></tr></tbody></table>\n")
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        words = page.extract_text()
        assert all(w in words for w in ("implementation", "communicating", "responsibilities"))
        assert max(c["x1"] for c in page.chars) <= page.width - MARGIN + 0.5
        borders = [r for r in page.rects + page.lines if r["width"] < page.width / 2]
        assert borders and max(r["x1"] for r in borders) <= page.width - MARGIN + 0.5


def test_a_long_address_in_a_table_breaks_inside_the_margins(tmp_path):
    """The Corona-Warn-App's glossary links its terms to Wikipedia: the column took the
    width of ".../wiki/Severe_acute_respiratory_syndrome_coronavirus_2", which no slash or
    hyphen breaks, and every page's text ran past the right margin. A short address in
    the same table still moves whole to the next line."""
    path = build_one(tmp_path, """\
# Glossary

| Term, acronym... | Description |
| --- | --- |
| CDN | Acronym for [Content Delivery Network](https://en.wikipedia.org/wiki/Content_delivery_network). |
| SARS-CoV-2 | [Severe acute respiratory syndrome coronavirus 2](https://en.wikipedia.org/wiki/Severe_acute_respiratory_syndrome_coronavirus_2) is the virus that causes COVID-19. |
| RKI | The [Robert Koch Institute](https://www.rki.de/) is the German federal public health institute. |
""")
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        assert "causes COVID-19" in page.extract_text()
        assert max(c["x1"] for c in page.chars) <= page.width - MARGIN + 0.5
        borders = [r for r in page.rects + page.lines if r["width"] < page.width / 2]
        assert borders and max(r["x1"] for r in borders) <= page.width - MARGIN + 0.5
        assert "www.rki.de/)" in page.extract_text().split()


CONTENT_MANAGEMENT = "---\ntitle: Auszug\nlang: de\n---\n\n" + """\
### Barrierefreiheit

| # User Story ID | User Story | Akzeptanzkriterien |
|-----------------|------------|--------------------|
| E09.01          | Als Person, die die App nutzt, möchte ich eine Sprachausgabe nutzen können, um die App (z.B. bei fehlendem oder eingeschränktem Sehvermögen) nutzen zu können. | 1. Die Barrierefreiheit bzgl. Sprachausgabe wird im Rahmen der Möglichkeiten der Version des jeweils hinterlegten Betriebssystems verfügbar gemacht.
| E09.02          | Als Person, die die App nutzt, möchte ich gute Kontraste, veränderbare Schriftgrößen und eine gut lesbare Schriftart haben, um die Texte der App gut lesen zu können. | 1. Die Barrierefreiheit bzgl. Kontraste und Schrift wird im Rahmen der Möglichkeiten der Version des jeweils hinterlegten Betriebssystems verfügbar gemacht.
| E09.03          | Als Person, die die App nutzt, möchte ich, dass mir die Inhalte in einfacher Sprache zur Verfügung gestellt werden, damit ich leicht verstehe, wie ich die App nutzen kann und warum ich es tun sollte. | 1. Die Texte und Sprachen werden vom Auftraggeber definiert.

### Content Management

| # User Story ID | User Story | Akzeptanzkriterien |
|-----------------|------------|--------------------|
| E10.01          | Als RKI möchte ich die Inhalte der App zentral verwalten, um Aktualisierungen von Texten, Links, Hotlines etc. einmalig für alle Stellen in der App durchführen zu können. | 1. Das Content-Management erfolgt auf Grundlage der Anforderungen des RKI <hr/> 2. Der Content wird auf statische und dynamische Inhalte entsprechend der technischen Machbarkeit differenziert <hr/> 3. Aktualisierungen erfolgen in der ersten Version über ein App-Update.
"""
"""The Corona-Warn-App's German scoping document (corona-warn-app/cwa-documentation,
translations/scoping_document.de.md, lines 194-206, Apache-2.0)."""


def test_a_table_whose_first_row_does_not_fit_under_its_header_keeps_its_header(tmp_path):
    """The scoping document printed "Content Management" at the foot of a page and its
    table on the next, whose header row no page printed: WeasyPrint (its issue 2679) drops
    the header of a table whose first row, kept whole, does not fit under it. Every page
    that prints a row of that table prints its header above it."""
    path = build_one(tmp_path, CONTENT_MANAGEMENT)
    with pdfplumber.open(path) as document:
        pages = [page.extract_text() for page in document.pages]
    holding = [text for text in pages if "Als RKI möchte ich" in text or "App-\nUpdate" in text]
    assert holding and all("Akzeptanzkriterien" in text for text in holding)
    assert sum(text.count("Akzeptanzkriterien") for text in pages) >= 4


def test_a_table_of_header_rows_only_prints_its_rows(tmp_path):
    """USDS's DITAP consortium notes (Word) mark every row of their table of goals as a
    header row to repeat: the header, taller than a page, was left out, table and all."""
    rows = "".join(f"<tr><th>Goal {n}</th><th>Ensure successful delivery of the updated "
                   f"curriculum across providers, number {n}.</th><th>Delivery Providers, "
                   "USDS, OFPP, FAI</th></tr>" for n in range(1, 13))
    path = build_one(tmp_path, "# Goals\n\n<table><thead><tr><th>Goal</th><th>Summary</th>"
                     f"<th>Lead</th></tr>{rows}</thead></table>\n")
    texts = page_texts(path)
    assert all(any(f"number {n}." in text for text in texts) for n in range(1, 13)), texts
    assert all("Summary" in text for text in texts if "number" in text)


def test_a_numbered_list_prints_from_its_own_start(tmp_path):
    """A list starting at 3 (Markdown's "3.", a Word list carrying on at 10) printed "1.",
    "2." while the voice said "3.", "4.": WeasyPrint counts every list from 1."""
    source = write_handouts(tmp_path / "source", {"a.md": """\
        # Steps

        Intro.

        3. Third
        4. Fourth

        Between.

        1. First again
        """})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    lines = page_texts(pdf(settings.out, "a"))[0].splitlines()
    assert {"3. Third", "4. Fourth", "1. First again"} <= set(lines)


def test_numbers_of_three_digits_and_more_print_inside_the_margin(tmp_path):
    """The stylesheet's indent holds markers up to "99.": a list numbered on past 100 (a
    contract's clauses, a Markdown list that starts at 998) and the contents of a handout
    of more than 99 sections printed "219." 0.05 inch into the left margin, and the check
    failed the build's own PDF. A list is given room for its widest marker: so is a Word
    list labelled "(viii)" (docx2python's example_numbering.docx), and one in Roman
    numerals."""
    steps = "".join(f"{number}. Step {number}\n" for number in range(998, 1003))
    parts = "".join(f"## Part {number}\n\nPart {number}.\n\n" for number in range(1, 101))
    labelled = '<ol type="i" start="8" class="label-parens"><li>Bring your card.</li></ol>'
    roman = '<ol type="i" start="18"><li>Arrive on time.</li></ol>'
    path = build_one(tmp_path, f"# Steps\n\nIntro.\n\n{steps}\n{labelled}\n\n{roman}\n\n"
                               f"{parts}")
    with pdfplumber.open(path) as document:
        lines = [line for page in document.pages for line in page.extract_text().splitlines()]
        assert "1002. Step 1002" in lines and "100. Part 100" in " ".join(lines)
        assert {"(viii) Bring your card.", "xviii. Arrive on time."} <= set(lines)
        for page in document.pages:
            assert min(c["x0"] for c in page.chars) >= MARGIN - 0.5, page.page_number


def test_list_markers_print_as_the_voice_says_them(tmp_path):
    """A list of a type (Word's "i.", "ii.") printed "1.", "2.", and the voice said "1." for
    the items print marked "a.": each list prints as its type, a list inside another in
    letters, and the voice says the same (`script.list_marker`)."""
    source = write_handouts(tmp_path / "source", {"a.md": """\
        # Steps

        1. Wash
            1. Soap

        <ol type="I"><li>One</li><li>Two</li></ol>
        """})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    lines = page_texts(pdf(settings.out, "a"))[0].splitlines()
    assert {"1. Wash", "a. Soap", "I. One", "II. Two"} <= set(lines)


def test_a_picture_in_a_line_of_words_is_enlarged_as_the_words_are(tmp_path):
    """Google Docs exports each equation as a small picture in its sentence: each filled the
    text width, and one Korean sentence of them took three pages. A picture among words is
    printed at one and a half times its size (18-point type for print's 12), on the line;
    a picture alone still fills the width."""
    from PIL import Image

    source = tmp_path / "source"
    source.mkdir()
    Image.new("RGB", (60, 20), "black").save(source / "equation.png")
    Image.new("RGB", (900, 600), "steelblue").save(source / "photo.png")
    path = build_one(tmp_path, "# Equations\n\nThe area is ![x squared](equation.png) square "
                     "metres, or ![x squared](equation.png) in all.\n\n![A photo](photo.png)\n")
    with pdfplumber.open(path) as document:
        [page] = document.pages
        small = [i for i in page.images if i["x1"] - i["x0"] < 100]
        [photo] = [i for i in page.images if i["x1"] - i["x0"] >= 100]
        words = page.extract_words()
    assert len(small) == 2
    for image in small:
        assert image["x1"] - image["x0"] == pytest.approx(60 * 72 / 64, abs=0.5)
        assert image["bottom"] - image["top"] == pytest.approx(20 * 72 / 64, abs=0.5)
    area = next(w for w in words if w["text"] == "area")
    assert small[0]["top"] < area["bottom"] and small[0]["bottom"] > area["top"]  # on its line
    assert photo["x1"] - photo["x0"] == pytest.approx(page.width - 2 * MARGIN, abs=0.5)


def test_a_tall_picture_in_a_line_of_words_stays_on_one_page(tmp_path):
    """An Arabic clinic's Word leaflet set its logo, 299 by 623 dots, beside its telephone
    number: enlarged as the words are, it ran over three pages and printed over "Page 3 of
    4". A picture among words is no taller than a picture of its own (6 inches)."""
    from PIL import Image

    source = tmp_path / "source"
    source.mkdir()
    Image.new("RGB", (299, 623), "teal").save(source / "logo.png")
    path = build_one(tmp_path, "# Clinic\n\nOur clinic is on the seventh floor.\n\n"
                     "Telephone: 22021000 ![The clinic's logo](logo.png)\n\n"
                     "Opening hours: 9 am to 9 pm.\n")
    with pdfplumber.open(path) as document:
        assert len(document.pages) == 1
        [page] = document.pages
        [logo] = page.images
        footer = next(w for w in page.extract_words() if w["text"] == "Page")
    assert logo["bottom"] - logo["top"] == pytest.approx(6 * 72, abs=0.5)
    assert logo["bottom"] < footer["top"]


DOCX4J_WORDS = ("org.docx4j.openpackaging.parts.relationships.RelationshipsPart",
                "customXmlDataStoragePart.applyBindings(wordMLPackage.getMainDocumentPart());",
                "wmlPackage.getMainDocumentPart().getFootnotesPart().getJaxbElement().getValue();")
"""Words of docx4j's getting-started guide (plutext/docx4j, docs/Docx4j_GettingStarted.docx,
Apache-2.0) that are wider than the line: Java names in its sentences and its code, which it
sets as ordinary paragraphs."""


def test_a_word_wider_than_the_line_breaks_inside_the_margins(tmp_path):
    """docx4j's guide ran past the right margin on six pages, up to 2.9 inches off the
    paper's edge, with a class name in bold in a list, a line of code with a word in bold
    in its middle, and one in a heading. A long word that a line holds still moves whole
    to the next line, wherever the line before ends."""
    fits = [f"{'run ' * (n % 6)}{'x' * n} the OpenMainDocumentAndTraverse sample on it."
            for n in range(1, 13)]
    markdown = "\n\n".join([
        "# Getting started",
        "- If a part has descendants, it will have a **" + DOCX4J_WORDS[0] + "** which "
        "identifies those descendant parts.",
        "customXmlDataStoragePart.**applyBindings**(wordMLPackage.getMainDocumentPart());",
        "> " + DOCX4J_WORDS[2],
        "## Part " + DOCX4J_WORDS[0]] + fits)
    path = build_one(tmp_path, markdown + "\n")
    with pdfplumber.open(path) as document:
        for page in document.pages:
            for c in page.chars:
                assert MARGIN - 0.5 <= c["x0"] and c["x1"] <= page.width - MARGIN + 0.5, c
    for word in DOCX4J_WORDS:
        assert len({round(c["top"]) for c in chars_of(path, word)}) >= 2, f"{word} wraps"
    words = [w for page in page_texts(path) for w in page.split()]
    assert words.count("OpenMainDocumentAndTraverse") == len(fits)


@pytest.mark.fonts
def test_a_korean_line_breaks_only_between_words(tmp_path):
    """Obsidian's help on its commercial licence, in Korean (sweep W): WeasyPrint broke its
    lines between any two syllables, as Chinese may break, and printed "수 있어" / "요.";
    Korean parts its words with spaces, and breaks its lines only there. Hangul prints only
    with Debian's fonts-noto-cjk: without it, each syllable is its code point."""
    require(font_installed("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            "Debian's fonts-noto-cjk")
    sentences = ["Obsidian은 무료로 사용할 수 있으며 100% 사용자의 지원으로 운영돼요.",
                 "조직은 상용 라이선스를 구매하여 Obsidian을 지원할 수 있어요.",
                 "이 거래에 대한 청구서가 필요한 경우, 청구서를 생성할 수 있어요."]
    paragraphs = [" ".join(sentences[n % 3:] + ["가" * (n % 7)] + sentences[:n % 3])
                  for n in range(1, 13)]
    path = build_one(tmp_path, "---\nlang: ko\n---\n\n# 상용 라이선스\n\n"
                     + "\n\n".join(paragraphs) + "\n")
    lines = [line for page in page_texts(path) for line in page.splitlines()
             if not re.fullmatch(r"\d+쪽 중 \d+쪽", line)]  # the page's number
    assert lines[0] == "상용 라이선스"
    assert " ".join(lines[1:]).split() == " ".join(paragraphs).split()


def test_a_telephone_number_is_printed_on_one_line(tmp_path):
    """A Ukrainian refugees' guide (sweep AA) printed a helpline's "(+40) 721" at a line's
    end and "206 926" under it, and "+38" over "0322465075": a large-print reader had to put
    the number together. A number of eight digits or more keeps its groups on one line."""
    numbers = ["(+40) 721 206 926", "+38 / 0322465075", "0361 221 3444", "+44 20 7946 0958"]
    paragraphs = [f"{'Call us ' * (n % 6)}on {numbers[n % 4]} any day." for n in range(24)]
    path = build_one(tmp_path, "# Helplines\n\n" + "\n\n".join(paragraphs) + "\n")
    printed = "\n".join(page_texts(path))
    for number in numbers:
        assert printed.count(number) == 6, number


def test_a_stacked_tables_labels_keep_their_words_whole(tmp_path):
    """The Corona-Warn-App's risk assessment (German) stacks its tables of days: in the
    labels' column, 35% of the line, every record printed "Übertragungsrisiko" / "grad".
    The column now holds the labels' longest word, since the values beside it are short."""
    lines = (CORPUS / "github" / "cwa-risk-assessment.de.md").read_text("utf-8").splitlines()
    table = "\n".join(lines[74:79])  # Tabelle 1, lines 75-79 of the file
    assert "|Übertragungsrisikograd|" in table
    path = build_one(tmp_path, "---\nlang: de\n---\n\n# Tabelle 1\n\n" + table + "\n")
    words = [w for page in page_texts(path) for w in page.split()]
    assert words.count("Übertragungsrisikograd") == 7
    assert words.count("Erzeugungsdatum") == 7
    assert not {"Übertragungsrisiko", "grad"} & set(words)
    with pdfplumber.open(path) as document:
        for page in document.pages:
            assert all(c["x1"] <= page.width - MARGIN + 0.5 for c in page.chars)


def test_an_address_or_code_a_line_holds_is_not_broken_inside_a_part(tmp_path):
    """Half a line long, a link's words or a word of code were marked as ones that may
    break anywhere, and WeasyPrint broke them at a line's end though the next line held
    them: digital.gov's mobile principles printed "htt" / "ps://www.w3.org/TR/WCAG20/",
    Ananke's README "goh" / "ugo.io/getting-started/quick-start/", React Native's README
    "websi" / "te/versioned_docs". They may still break after a slash or a hyphen."""
    wholes = ("https://www.w3.org/TR/WCAG20/", "gohugo.io/getting-started/quick-start/",
              "website/versioned_docs")
    items = [f"- {'See ' * (n // 4)}{'x' * (n % 4 + 1)} <https://www.w3.org/TR/WCAG20/>"
                  f" and [gohugo.io/getting-started/quick-start/]"
                  f"(https://gohugo.io/getting-started/quick-start/), then "
                  f"`website/versioned_docs` today." for n in range(40)]
    path = build_one(tmp_path, "# Addresses\n\n" + "\n\n".join(items) + "\n")
    joined, breaks = "", set()  # the text without its line breaks, and where they were
    for letter in "\n".join(page_texts(path)):
        if letter == "\n":
            breaks.add(len(joined))
        else:
            joined += letter
    for whole in wholes:
        starts = [found.start() for found in re.finditer(re.escape(whole), joined)]
        assert len(starts) >= len(items), whole
        broken = [joined[start:at] for start in starts for at in breaks
                  if start < at < start + len(whole) and joined[at - 1] not in "/-"]
        assert not broken, broken


def test_words_held_together_by_a_no_break_space_break_inside_the_margins(tmp_path):
    """docx4j's guide writes "merge(List<WordprocessingMLPackage>\u00a0wmlPkgs)" with a
    no-break space, so the line cannot part it there: measured as two words, neither too
    wide alone, it was left unbroken and ran past the right margin in the giant edition."""
    markdown = ("# Merging\n\nCall public\u00a0WordprocessingMLPackage "
                "merge(List&lt;WordprocessingMLPackage&gt;\u00a0wmlPkgs) to merge.\n")
    path = build_one(tmp_path, markdown, edition="giant")
    glyphs = chars_of(path, "merge(List<WordprocessingMLPackage>")
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        assert max(c["x1"] for c in page.chars) <= page.width - MARGIN + 0.5
    assert len({round(c["top"]) for c in glyphs}) >= 2, "the held words break inside"


def test_a_word_in_emphasis_is_measured_bold_as_it_prints(tmp_path):
    """docx4j's guide sets "_RFldChar_QNAME" in italics in a line of code; print sets
    emphasis bold, but the word was measured in the regular face, narrow enough for the
    giant edition's line, and "JAXBElement<FldChar>(_RFldChar_QNAME," ran into the margin."""
    markdown = ("# Fields\n\n<p>return new JAXBElement&lt;FldChar&gt;(<em>_RFldChar_QNAME</em>,"
                " FldChar.class, R.class, value);</p>\n")
    path = build_one(tmp_path, markdown, edition="giant")
    assert all(bold(c) for c in chars_of(path, "_RFldChar_QNAME"))
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        assert max(c["x1"] for c in page.chars) <= page.width - MARGIN + 0.5


def test_a_word_through_two_styles_in_a_stacked_table_breaks_inside_the_margins(tmp_path):
    """docx4j's guide tables each package's class, "org.docx4j.openpackaging.packages." and
    its name in bold ("**PresentationMLPackage**"): in the giant edition the table is
    stacked, and WeasyPrint, which breaks a word only inside one style, ran the value past
    the right margin by 200 points. A stacked table's columns have fixed widths, so a word
    wider than its column is marked to break at any letter, as one in a paragraph is."""
    markdown = ("# Packages\n\n| docx | pptx |\n|---|---|\n"
                "| **org.docx4j.openpackaging.packages.WordprocessingMLPackage** | "
                "org.docx4j.openpackaging.packages.**PresentationMLPackage** |\n")
    path = build_one(tmp_path, markdown, edition="giant")
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        assert max(c["x1"] for c in page.chars) <= page.width - MARGIN + 0.5
    words = "".join(page_texts(path)).replace("\n", "")
    assert "org.docx4j.openpackaging.packages.PresentationMLPackage" in words


def test_words_run_on_from_a_printed_address_break_inside_the_margins(tmp_path):
    """docx4j's guide writes "the ISO/[IEC](http://en.wikipedia.org/wiki/International_
    Electrotechnical_Commission)'s Joint Technical Committee 1": the address printed after
    the link, its last part and the "'s" after it made one word wider than the giant
    edition's line, and "Commission)'s Joint" ran past the right margin."""
    markdown = ("# Standards\n\nand subsequently .. by the "
                "[ISO](http://en.wikipedia.org/wiki/International_Organization_for_Standardization)"
                "/[IEC](http://en.wikipedia.org/wiki/International_Electrotechnical_Commission)'s "
                "Joint Technical Committee 1 (where they became ISO/IEC 29500:2008).\n")
    path = build_one(tmp_path, markdown, edition="giant")
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        assert max(c["x1"] for c in page.chars) <= page.width - MARGIN + 0.5
    words = " ".join(page_texts(path)).split()
    assert "Joint" in words and any(w.endswith("'s") for w in words)


def test_an_emoji_in_code_is_printed_as_its_name_and_the_code_copies(tmp_path):
    """React Native's introduction prints "<Text>Try editing me! 🎉</Text>" in a code
    block: no print font has the emoji, and WeasyPrint wrote the code font with an encoding
    text extraction cannot read, so every word of code was missing from the PDF's text. The
    emoji is printed as its name, as it is outside code."""
    markdown = ("# Emoji\n\nWrite `🙂` to smile.\n\n```\nprint(\"🙂 hello\")\n"
                "<Text>Try me! 🎉</Text>\n```\n\nThe end.\n")
    path = build_one(tmp_path, markdown)
    with pdfplumber.open(path) as document:
        printed = document.pages[0].extract_text()
    assert "Write (slightly smiling face) to smile." in printed
    assert 'print("(slightly smiling face) hello")' in printed
    assert "<Text>Try me! (party popper)</Text>" in printed
    assert PdfReader(path).pages[0].extract_text() == printed


def test_a_character_no_font_has_prints_as_its_code_point_and_the_words_copy(tmp_path,
                                                                              caplog):
    """A Word bullet pasted into Markdown is Symbol's code U+F0B7, which no font has (at a
    line's start it is a list's bullet, `TypedBullets`; inside a line it stays): the
    layout drew an empty box, the font's .notdef glyph, which PDF/UA forbids (ISO 14289-1
    7.21.8), and WeasyPrint wrote the font holding it with an encoding text extraction
    cannot read, so every word in Atkinson Hyperlegible, the page number too, was missing
    from the PDF's text. It prints as its code point, as the build's warning names it."""
    markdown = ("# Pasted\n\nTablets: \uf0b7 Take one tablet each morning.\n\n"
                "**Bold stays** and `code \uf0b7 too` and more.\n")
    with caplog.at_level(logging.WARNING):
        path = build_one(tmp_path, markdown)
    said = [r.getMessage() for r in caplog.records]
    assert [m for m in said if "cannot print a character" in m and "(U+F0B7)" in m]
    assert not [m for m in said if ".notdef" in m], said
    with pdfplumber.open(path) as document:
        printed = document.pages[0].extract_text()
    assert "Tablets: [U+F0B7] Take one tablet each morning." in printed
    assert "Bold stays and code [U+F0B7] too and more." in " ".join(printed.split())
    assert "Page 1 of 1" in printed
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for font in PdfReader(path).pages[0]["/Resources"]["/Font"].values()}
    assert fonts == {"Atkinson-Hyperlegible", "Atkinson-Hyperlegible-Bold", "IBM-Plex-Mono"}


def test_unicodes_hyphens_print_as_the_hyphen_of_the_text_font(tmp_path):
    """Québec's pages write "COVID‑19" and "1‑877‑644‑4545" with the non-breaking hyphen
    (U+2011, sweep BO, fr-qc-covid), which Atkinson Hyperlegible lacks: a fallback font
    printed it as a low mark, "COVID_19", and in the title apart from its words. They print
    as the text font's hyphen, in the title, the contents and the text."""
    markdown = ("# COVID\u201119 testing\n\nCall 1\u2011877\u2011644\u20114545 about "
                "COVID\u201119 or COVID-19.\n")
    path = build_one(tmp_path, markdown)
    with pdfplumber.open(path) as document:
        printed = document.pages[0].extract_text()
    assert printed.startswith("COVID-19 testing\nCall 1-877-644-4545 about COVID-19 or "
                              "COVID-19.")
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for font in PdfReader(path).pages[0]["/Resources"]["/Font"].values()}
    assert fonts == {"Atkinson-Hyperlegible", "Atkinson-Hyperlegible-Bold"}


def test_subscript_digits_print_at_body_size_in_the_text_font(tmp_path):
    """An air-quality page's table (sweep CX, 02-nashik-aqi) headed "PM₂.₅ (μg/m³)" and
    "PM₁₀", and its "SO₂", printed the subscript digits at about half the body size, drawn
    small by design in a fallback font, Noto Sans Bold. They print as digits in a `<sub>`,
    lowered at body size in Atkinson Hyperlegible; code keeps them as written."""
    markdown = ("# Air\n\n| AQI | PM₂.₅ (μg/m³) | PM₁₀ |\n|---|---|---|\n"
                "| Good | 0–30 | 0–50 |\n\nSO₂ and **NO₂** are gases.\n")
    path = build_one(tmp_path, markdown)
    with pdfplumber.open(path) as document:
        glyphs = document.pages[0].chars
    printed = "".join(c["text"] for c in glyphs)
    lowered = [c for c in glyphs if c["text"].isdigit() and any(
        o["text"].isalpha() and 5 < c["top"] - o["top"] < 12 for o in glyphs)]
    assert not re.search("[₀-₉]", printed)
    assert sorted(c["text"] for c in lowered) == ["0", "1", "2", "2", "2", "5"]
    assert min(c["size"] for c in lowered) >= 18 - 0.05
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build", quiet=True,
                        templates=PROJECT / "templates", engine="fake", jobs=1)
    assert check_pdf(load_documents(settings)[0], path, settings) == []
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for font in PdfReader(path).pages[0]["/Resources"]["/Font"].values()}
    assert fonts == {"Atkinson-Hyperlegible", "Atkinson-Hyperlegible-Bold"}


def held_by_structure(path: Path) -> set[tuple[int, int]]:
    """(page index, MCID) of every piece of marked content the structure tree holds."""
    reader = PdfReader(path)
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    held: set[tuple[int, int]] = set()
    stack = [(reader.trailer["/Root"]["/StructTreeRoot"].get_object(), None)]
    while stack:
        node, page = stack.pop()
        page = node.get("/Pg", page)
        kids = node.get("/K")
        kids = [] if kids is None else kids.get_object()
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, int):
                held.add((pages[page.idnum], int(kid)))
            elif isinstance(kid, dict) and kid.get("/Type") == "/MCR":
                held.add((pages[kid.get("/Pg", page).idnum], int(kid["/MCID"])))
            elif isinstance(kid, dict):
                stack.append((kid, page))
    return held


@pytest.mark.parametrize("name", ["lists", "tables", "links"])
def test_every_word_is_tagged_content_and_the_footer_an_artifact(large, name):
    """WeasyPrint marks the footer's words ("Page 1 of 2") with an id that no structure
    element holds (Kozea/WeasyPrint#1836): on every page, content neither tagged nor an
    artifact, which PDF/UA forbids (ISO 14289-1 7.1, veraPDF's rule 7.1-3)."""
    path = pdf(large, name)
    held = held_by_structure(path)
    with pdfplumber.open(path) as document:
        count = len(document.pages)
        for index, page in enumerate(document.pages):
            printed = [c for c in page.chars if c["text"].strip()]
            footer = [c for c in printed if c["tag"] == "Artifact"]
            assert "".join(c["text"] for c in footer) == f"Page{index + 1}of{count}"
            assert all(c["mcid"] is None for c in footer)
            content = [c for c in printed if c["tag"] != "Artifact"]
            assert content and all((index, c["mcid"]) in held for c in content)


def test_a_links_description_is_its_words(large):
    """WeasyPrint describes a link (its annotation's /Contents, which PDF/UA asks for) by its
    address: the contents list's entries were "what-clonazepam-is-and-how-it-works"."""
    described = [str(annotation.get_object()["/Contents"])
                 for page in PdfReader(pdf(large, "links")).pages
                 for annotation in page.get("/Annots") or []]
    assert "medicine guide" in described and "the pharmacy" in described
    assert "align with WCAG 2.1 AA" in described
    assert not [text for text in described if "example.org" in text or "/" in text]


@pytest.mark.parametrize("markdown, first_words", [
    ("Admonitions follow a simple syntax: a block starts with `!!!`, followed by a\n"
     "single keyword used as a [type qualifier](#supported-types). The content of the\n"
     "block follows on the next line, indented by four spaces:\n", "Admonitions follow"),
    ("command-line interface\n:   A user interface based on typing commands,\n"
     "usually at a [REPL](#read-evaluate-print-loop).\n"
     "See also: [graphical user interface](#graphical-user-interface).\n", "A user"),
])
def test_a_line_is_not_broken_after_its_first_word_before_code_or_a_link(
        tmp_path, markdown, first_words):
    """Material for MkDocs' admonitions page and Software Carpentry's glossary: words that
    fit their line but for the space after them, before code or a link, were broken after
    the first word ("Admonitions" / "follow a simple syntax: ...", "A" / "user interface
    based on typing commands, usually at a")."""
    path = build_one(tmp_path, f"# Usage\n\n{markdown}")
    with pdfplumber.open(path) as document:
        lines = document.pages[0].extract_text_lines()
    [first] = [line for line in lines if line["text"].split()[0] == first_words.split()[0]]
    assert first["text"].startswith(first_words), [line["text"] for line in lines]
    assert first["x1"] > first["x0"] + 300, "the line holds more than half a line of words"


def test_a_boxs_label_stays_with_the_box_it_holds(tmp_path):
    """Material for MkDocs' admonitions page: Python-Markdown leaves an empty paragraph
    between a box's label and a box inside it, and a page ended with the label "Expand to
    show alternate icon sets" in an empty frame, the "Octicons" box it holds on the next."""
    texts = page_texts(build_corpus_file(tmp_path, "mkdocs/mkdocs-material-admonitions.md"))
    [labelled] = [text for text in texts if "Expand to show alternate icon sets" in text]
    assert "Octicons" in labelled and "octicons/tag-16" in labelled, labelled


def test_a_task_list_inside_another_steps_in_as_a_nested_list_does(tmp_path):
    """Material for MkDocs' lists page: its sub-tasks were set in by 0.6em (11 points)
    under their task, where a nested list steps in by 1.4em (25 points), so that the two
    levels looked like one."""
    path = build_one(tmp_path, "# Tasks\n\n- [x] Pack the bags\n- [ ] Travel\n"
                     "    - [x] Book the train\n    - [ ] Pack lunch\n\nThen:\n\n"
                     "- Wash\n    - Soap\n")
    with pdfplumber.open(path) as document:
        [page] = document.pages
        lines = {line["text"]: line["x0"] for line in page.extract_text_lines()}
        words = {word["text"]: word["x0"] for word in page.extract_words()}
    task_step = lines["Done: Book the train"] - lines["To do: Travel"]
    list_step = words["Soap"] - words["Wash"]
    assert list_step > 20 and abs(task_step - list_step) < 1, (task_step, list_step)


def test_a_third_level_of_numbers_is_marked_and_said_in_roman_numerals(tmp_path):
    """Steps under steps under steps, as Word numbers them: "1.", "a.", then "i.". The third
    level was marked "a." again, in print and by the voice, and was heard as the level
    above ("a. With soap" after "a. Wash your hands")."""
    path = build_one(tmp_path, "# Steps\n\n1. Prepare\n   1. Wash your hands\n"
                     "      1. With soap\n      2. For twenty seconds\n   2. Dry them\n"
                     "2. Take the dose\n")
    lines = page_texts(path)[0].splitlines()
    assert lines[1:-1] == ["1. Prepare", "a. Wash your hands", "i. With soap",
                         "ii. For twenty seconds", "b. Dry them", "2. Take the dose"], lines
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [u.text for u in document.sections[0].script][1:] == [
        "1. Prepare", "a. Wash your hands", "i. With soap", "ii. For twenty seconds",
        "b. Dry them", "2. Take the dose"]


def test_a_cell_holding_paragraphs_ends_with_its_last_line(tmp_path):
    """The Epilepsy12 analysis plan (RCPCH's Word file): every cell's words are paragraphs,
    and each row ended in an empty line above its border; a row holding a paragraph is
    now as tall as one holding the same words."""
    rows = ("<tr><th>Item</th><td><p>{}</p></td></tr><tr><th>Next</th><td>{}</td></tr>"
            "<tr><th>Last</th><td>End</td></tr>")
    path = build_one(tmp_path, "# Plan\n\n<table><tbody>" + rows.format("Workforce", "Lead")
                     + "</tbody></table>\n\n<table><tbody>" + rows.format("Staffing", "Nurse")
                     .replace("<p>Staffing</p>", "Staffing").replace("<td>Nurse</td>",
                                                                     "<td><p>Nurse</p></td>")
                     + "</tbody></table>\n")
    with pdfplumber.open(path) as document:
        tops = {word["text"]: word["top"] for word in document.pages[0].extract_words()}
    after_paragraph = tops["Lead"] - tops["Workforce"]
    after_words = tops["Nurse"] - tops["Staffing"]
    assert abs(after_paragraph - after_words) < 0.5, (after_paragraph, after_words)


def test_a_footnote_reference_stays_on_the_line_of_its_word(tmp_path):
    """Material for MkDocs' footnotes page: "[" may start a line, and the reference after
    "consectetur adipiscing elit." printed alone at the head of the next line."""
    path = build_one(tmp_path, "# Footnotes\n\nLorem ipsum[^1] dolor sit amet, consectetur "
                     "adipiscing elit.[^2]\n\n[^1]: Lorem ipsum dolor sit amet.\n"
                     "[^2]: Nulla et euismod nulla.\n")
    lines = page_texts(path)[0].splitlines()
    [cited] = [line for line in lines if "elit." in line]
    assert cited.endswith("elit.[2]"), lines
    assert "\u2060" not in "".join(lines)


def test_words_ending_in_a_space_inside_emphasis_are_not_broken_after_the_first(tmp_path):
    """The RCMP's report on reporting cybercrime (a Word file): a quotation in emphasis
    ending in a space before its "»" printed "au" alone at the head of page 11, then "fur
    et à mesure, parce que c’est tellement courant »."."""
    printed = build_corpus_file(tmp_path, "docx/cds-rcmp-barriers-to-reporting-fr.docx")
    lines = [line.strip() for text in page_texts(printed) for line in text.splitlines()]
    assert "au" not in lines
    assert [line for line in lines if line.startswith("au fur et à mesure, parce que")], \
        [line for line in lines if "fur et" in line]


def test_a_wrapped_code_line_hangs_under_its_own_start(tmp_path):
    """GOV.UK's Govspeak guide, Material for MkDocs' admonitions page and the National Diet
    Library's OCR README printed long commands wrapped back to the code box's left edge,
    where their ends read as commands of their own. The wrapped part hangs two letters in
    from the line's own start, drawn by the stylesheet: the text copies as it was written,
    and an empty line keeps its height."""
    long = "npm install --save " + " ".join(f"package-{n}" for n in range(6))
    markdown = f"# Code\n\n```\n{long}\nnext\n\n    indented {long}\nlast\n```\n"
    path = build_one(tmp_path, markdown)
    rows: dict[int, list[dict]] = {}
    for glyph in chars(path):
        if face(glyph) == "IBM-Plex-Mono":
            rows.setdefault(round(glyph["top"]), []).append(glyph)
    tops = sorted(rows)
    starts = [round(rows[top][0]["x0"], 1) for top in tops]
    texts = ["".join(c["text"] for c in rows[top]) for top in tops]
    advance = 18 * 0.6
    left = starts[0]
    assert texts[0].startswith("npminstall") and texts[2] == "next"
    assert texts[3].startswith("indented") and texts[-1] == "last"
    assert len(texts) == 7, texts
    assert starts == pytest.approx([left, left + 2 * advance, left, left + 4 * advance,
                                    left + 6 * advance, left + 6 * advance, left], abs=0.5)
    line = tops[1] - tops[0]
    assert tops[3] - tops[2] == pytest.approx(2 * line, abs=1), "the empty line is kept"
    printed = " ".join(page_texts(path)[0].split())
    assert f"{long} next indented {long} last" in printed


def test_a_quotation_of_several_sentences_is_printed_in_one_pair_of_marks(tmp_path):
    """An Indonesian news page's `<q>` of four sentences printed four quotations, each
    sentence in its own marks, as if four people spoke: the sentences the read-along cuts
    it into are parts of one quotation, with one opening and one closing mark."""
    source = write_handouts(tmp_path / "source", {"quote.md": """
        ---
        title: Quote test
        lang: en
        ---

        <q>The clinic has run for three months. Today we give second doses. Bring your ID
        card.</q> said Mr Hadi. She said <q>Come early.</q>
        """})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    text = " ".join(" ".join(page_texts(pdf(settings.out, "quote"))).split())
    assert "“The clinic has run for three months. Today we give second doses. Bring your ID " \
           "card.” said Mr Hadi. She said “Come early.”" in text


def test_a_power_prints_raised_at_the_body_size(tmp_path):
    """A Public Health Scotland report's "10^6^ cells" printed "106 cells", its power set
    on the line: on paper another number than the voice said. A superscript is raised (and
    a subscript lowered) at the body's size, with the line's spacing kept."""
    source = write_handouts(tmp_path / "source", {"counts.md": """
        ---
        title: Counts
        lang: en
        ---

        A dose of 10^6^ cells per kilogram, and H~2~O.

        The next line.

        And the last.
        """})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    one, zero, six = chars_of(pdf(settings.out, "counts"), "106")
    h, two, o = chars_of(pdf(settings.out, "counts"), "H2O")
    assert one["size"] == six["size"] == two["size"] == h["size"]
    assert six["bottom"] < one["bottom"] - 0.25 * one["size"]  # raised
    assert two["bottom"] > h["bottom"] + 0.15 * h["size"]  # lowered
    dose, following, last = (chars_of(pdf(settings.out, "counts"), words)[0]
                             for words in ("A dose", "The next", "And the"))
    assert abs((following["top"] - dose["top"]) - (last["top"] - following["top"])) < 0.5


def test_a_raised_letter_on_a_pages_first_line_stays_below_the_margin(tmp_path):
    """A gelato recipe (sweep CI, red-velvet lines 23-31) marked its ingredients with a
    raised letter, "300g Milk (≈1.25 cups) <sup>b)</sup>": on a page's first line it rose
    into the top margin, and the check failed the handout for "text overflowing the page"."""
    items = "".join(f"- {n}g Milk (about 1.25 cups) <sup>b)</sup>\n" for n in range(1, 31))
    source = write_handouts(tmp_path / "source", {
        "milk.md": f"---\ntitle: Milk\nlang: en\n---\n\n{items}"})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    with pdfplumber.open(pdf(settings.out, "milk")) as document:
        tops = [min(c["top"] for c in page.chars if c["text"].strip())
                for page in document.pages]
        firsts = [page.extract_text().split("\n")[0] for page in document.pages[1:]]
    assert len(tops) > 1 and all("b)" in line for line in firsts)
    assert min(tops) >= 72 - 0.5
    from handout.check.project import check_project

    assert [f.message for f in check_project(settings) if f.rule == "margin"] == []


def test_a_stacked_tables_caption_and_note_marks_are_printed(tmp_path):
    """The Strategy Unit's modelling guide (Quarto): its tables of eight columns, printed as
    a record per row, lost their captions, which the voice said ("Table: Applicable change
    factors..."), and a note's mark in a header printed "Demographic growth1" in each
    record. The caption heads the records, and each label keeps its mark, "growth[1]"."""
    source = write_handouts(tmp_path / "source", {"wide.md": """
        ---
        title: Wide
        lang: en
        ---

        | ID | Demographic growth[^1] | Non-demographic growth | Waiting list adjustment | TPMA A | TPMA B | TPMA C | TPMA D |
        |----|----|----|----|----|----|----|----|
        | 1 | Y | Y | N | Y | Y | Y | N |
        | 2 | N | Y | N | Y | Y | Y | N |

        : Applicable change factors for each row

        [^1]: The method is described elsewhere.
        """})
    settings = Settings(source=source, out=tmp_path / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings, editions=("pdf",))
    printed = pdf(settings.out, "wide")
    lines = [line for text in page_texts(printed) for line in text.splitlines()]
    assert lines[1] == "Applicable change factors for each row"
    assert [line for line in lines if "growth[1]" in line] == ["growth[1]", "growth[1]"]
    assert "growth1" not in " ".join(lines)
    stacked = parse_html(print_html(load_documents(settings)[0].sections[0].html, 26.0))
    assert [sup.get("id") for sup in stacked.iter("sup")] == ["fnref-1", "fnref-1-1"]
    assert all(c["fontname"].endswith("Bold") for c in chars_of(printed, "Applicable change"))
    assert check_pdf(load_documents(settings)[0], printed, settings) == []
