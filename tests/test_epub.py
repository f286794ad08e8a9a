"""EPUB 3 edition: the container, the package's accessibility and Media Overlay metadata, the
text's structure, one `<par>` per element spoken at the narration's own times, a page list
that starts each page where the PDF's does, and the audio-side check (`validate_epub`)
failing on each kind of broken book. EPUBCheck and Ace themselves run in
`test_validators.py`."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from mutagen.mp3 import MP3

from conftest import FIXTURES, PROJECT, write_handouts
from handout.build import build
from handout.editions.common import synchronised
from handout.editions.epub import parse_smil_clock, validate_epub
from handout.errors import HandoutError
from handout.read.document import load_documents


OPF = "{http://www.idpf.org/2007/opf}"
SMIL = "{http://www.w3.org/ns/SMIL}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict, object]:
    from handout.config import Settings

    root = tmp_path_factory.mktemp("epub")
    settings = Settings(source=root / "source", out=root / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    shutil.copytree(FIXTURES / "epub", settings.source)
    [manifest] = build(settings, editions=("pdf", "audio", "epub"))
    return settings.out / "tablets" / "tablets.epub", manifest, settings


@pytest.fixture
def book(built, tmp_path) -> Path:
    """A private copy of the built EPUB, safe to damage."""
    copy = tmp_path / "book.epub"
    shutil.copy(built[0], copy)
    return copy


def read(epub: Path, name: str) -> ET.Element:
    with zipfile.ZipFile(epub) as archive:
        return ET.fromstring(archive.read(f"EPUB/{name}"))


def package_meta(epub: Path) -> list[tuple[str, str | None, str]]:
    """(property, refines, value) of every `meta` of the package."""
    return [(m.get("property"), m.get("refines"), m.text)
            for m in read(epub, "package.opf").iter(f"{OPF}meta")]


def pars(epub: Path, smil: str) -> list[tuple[str, str, float, float, str | None]]:
    """(text target, audio, clip begin, clip end, epub:type) of every par, in order."""
    return [(p.find(f"{SMIL}text").get("src"), p.find(f"{SMIL}audio").get("src"),
             parse_smil_clock(p.find(f"{SMIL}audio").get("clipBegin")),
             parse_smil_clock(p.find(f"{SMIL}audio").get("clipEnd")), p.get(EPUB_TYPE))
            for p in read(epub, smil).iter(f"{SMIL}par")]


def rewrite(epub: Path, name: str, change) -> None:
    """Replace one file of the book with `change(its text)`, keeping the container's layout."""
    with zipfile.ZipFile(epub) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(epub, "w") as archive:
        for info, data in entries:
            if info.filename == f"EPUB/{name}":
                data = change(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info, data)


def test_container_layout(built):
    epub, _, _ = built
    with zipfile.ZipFile(epub) as archive:
        entries = archive.infolist()
        first = entries[0]
        assert (first.filename, first.compress_type, first.extra) == \
            ("mimetype", zipfile.ZIP_STORED, b"")
        assert archive.read(first) == b"application/epub+zip"
        assert epub.read_bytes()[30:38] == b"mimetype"  # the name right after the header
        assert {e.date_time for e in entries} == {(2024, 5, 2, 0, 0, 0)}
        names = [e.filename for e in entries]
        assert names[1:3] == ["META-INF/container.xml", "EPUB/package.opf"]
        assert {n for n in names if n.endswith(".mp3")} == {
            "EPUB/audio/s00.mp3", "EPUB/audio/s01.mp3", "EPUB/audio/s02.mp3"}
        stored = {e.filename for e in entries if e.compress_type == zipfile.ZIP_STORED}
        assert stored == {"mimetype"} | {n for n in names if n.endswith((".mp3", ".png"))}


def test_content_documents_are_unprefixed_xhtml_after_a_pdf_in_the_same_process():
    """WeasyPrint registers the empty prefix for its XMP metadata; a book written after a
    PDF was laid out in the same process still writes `<html xmlns="…xhtml">`, not
    `<ns0:html>`."""
    import weasyprint.pdf.metadata  # noqa: F401 (registers its namespaces)

    from handout.editions.epub import xhtml_document

    page = xhtml_document("Title", "en", [ET.Element("p")], "bodymatter").decode()
    assert '<html xmlns="http://www.w3.org/1999/xhtml"' in page and "ns0:" not in page


def test_accessibility_metadata_claims_what_is_true(built):
    epub, _, _ = built
    meta = package_meta(epub)
    values = {}
    for name, _, value in meta:
        values.setdefault(name, []).append(value)
    assert values["schema:accessMode"] == ["textual", "auditory", "visual"]
    assert values["schema:accessModeSufficient"] == ["textual", "auditory"]
    assert set(values["schema:accessibilityFeature"]) == {
        "alternativeText", "displayTransformability", "highContrastDisplay",
        "pageBreakMarkers", "pageNavigation", "readingOrder", "structuralNavigation",
        "synchronizedAudioText", "tableOfContents"}
    assert values["schema:accessibilityHazard"] == ["none"]
    assert "read aloud by a synthetic voice" in values["schema:accessibilitySummary"][0]
    # No conformance claim: that needs the name of whoever evaluated the book.
    assert "dcterms:conformsTo" not in values and "a11y:certifiedBy" not in values
    assert values["pageBreakSource"] == [
        "Taking your tablets, large-print PDF edition (tablets.pdf, letter paper)"]
    assert values["dcterms:modified"] == ["2024-05-02T00:00:00Z"]
    assert values["media:active-class"] == ["-epub-media-overlay-active"]
    opf = read(epub, "package.opf")
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert opf.findtext(f".//{dc}language") == "en-GB"
    assert opf.findtext(f".//{dc}creator") == "The Pharmacy Team"
    assert [s.text for s in opf.iter(f"{dc}subject")] == ["tablets", "dose"]


def test_one_par_per_element_spoken_at_the_narrations_times(built):
    epub, manifest, settings = built
    [document] = load_documents(settings)
    for section, entry in zip(document.sections, manifest["audio"]["sections"]):
        name = f"s{section.index:02d}"
        found = pars(epub, f"{name}.smil")
        length = MP3(settings.out / "tablets" / "audio" / entry["file"]).info.length
        expected = synchronised(section, entry["clips"], length)
        assert [src for src, *_ in found] == [f"{name}.xhtml#{e.ref}" for e in expected]
        assert {audio for _, audio, *_ in found} == {f"audio/{name}.mp3"}
        # Each starts where the voice starts saying it (the first at 0) and ends where the
        # next starts; the last ends at the end of the MP3, rounded down to the millisecond.
        assert found[0][2] == 0.0
        assert [f[2] for f in found[1:]] == [e.begin for e in expected[1:]]
        assert all(a[3] == b[2] for a, b in zip(found, found[1:]))
        assert length - 0.001 < found[-1][3] <= length
    intro = pars(epub, "s00.smil")
    # The title block, the introduction's two sentences (the first ends at its note's
    # reference) and the note's two sentences read after them.
    assert [src.split("#")[1] for src, *_ in intro] == [
        "tablets", "tablets-subtitle", "tablets-byline", "tablets-date", "s0-1", "s0-2",
        "s0-3", "s0-4"]
    assert [kind for *_, kind in intro][-2:] == ["footnote", "footnote"]


def test_table_rows_are_an_escapable_sequence(built):
    epub, _, _ = built
    overlay = read(epub, "s01.smil")
    [table] = [s for s in overlay.iter(f"{SMIL}seq")]
    assert table.get(EPUB_TYPE) == "table"
    inside = [(p.find(f"{SMIL}text").get("src"), p.get(EPUB_TYPE)) for p in table]
    text = read(epub, "s01.xhtml")
    ids = {e.get("id"): e for e in text.iter() if e.get("id")}
    assert [ids[src.split("#")[1]].tag for src, _ in inside] == [f"{XHTML}table",
                                                                 f"{XHTML}tr", f"{XHTML}tr"]
    assert [kind for _, kind in inside] == [None, "table-row", "table-row"]


def test_durations_are_the_sums_of_the_clips(built):
    epub, _, _ = built
    meta = package_meta(epub)
    items = {refines: parse_smil_clock(value) for name, refines, value in meta
             if name == "media:duration" and refines}
    assert set(items) == {"#mo-s00", "#mo-s01", "#mo-s02"}
    for overlay, declared in items.items():
        clips = pars(epub, overlay.removeprefix("#mo-") + ".smil")
        assert declared == pytest.approx(sum(end - begin for _, _, begin, end, _ in clips),
                                         abs=1e-9)
    [total] = [parse_smil_clock(v) for n, r, v in meta if n == "media:duration" and not r]
    assert total == pytest.approx(sum(items.values()), abs=1e-9)


def test_text_keeps_the_handouts_structure(built):
    epub, _, _ = built
    intro, middle = read(epub, "s00.xhtml"), read(epub, "s01.xhtml")
    for page in (intro, middle):
        assert page.get("lang") == page.get("{http://www.w3.org/XML/1998/namespace}lang")
    chapter = middle.find(f".//{XHTML}section")
    assert (chapter.get(EPUB_TYPE), chapter.get("role"), chapter.get("aria-labelledby")) == \
        ("chapter", "doc-chapter", "when-to-take-them")
    assert [h.tag.removeprefix(XHTML) for h in middle.iter()
            if h.tag in (f"{XHTML}h2", f"{XHTML}h3")] == ["h2", "h3"]
    assert [th.get("scope") for th in middle.iter(f"{XHTML}th")] == ["col", "col"]
    figures = list(middle.iter(f"{XHTML}figure"))
    assert len(figures) == 1
    image = figures[0].find(f"{XHTML}img")
    assert image.get("alt") == "A white round tablet"
    assert figures[0].findtext(f"{XHTML}figcaption") == "The tablet, actual size"
    sources = [i.get("src") for i in middle.iter(f"{XHTML}img")]
    assert sources == ["images/picture-1.png", "images/picture-2.png"]
    with zipfile.ZipFile(epub) as archive:
        assert archive.read("EPUB/images/picture-1.png") == \
            (FIXTURES / "epub" / "tablet.png").read_bytes()
    # A link to another section points into that section's file.
    assert [a.get("href") for a in middle.iter(f"{XHTML}a") if a.text == "the last part"] == \
        ["s02.xhtml#if-you-feel-unwell"]
    # Footnotes: a note reference, and the note at the end of each section citing it.
    [reference] = [a for a in intro.iter(f"{XHTML}a") if a.get(EPUB_TYPE) == "noteref"]
    assert (reference.get("role"), reference.get("href")) == ("doc-noteref", "#fn-1")
    for page in (intro, read(epub, "s02.xhtml")):
        [note] = [e for e in page.iter(f"{XHTML}aside")]
        assert (note.get(EPUB_TYPE), note.get("role"), note.get("id")) == \
            ("footnote", "doc-footnote", "fn-1")
        assert "Keep this leaflet." in "".join(note.itertext())
        assert page.find(f".//{XHTML}section")[-1] is note
    assert not list(middle.iter(f"{XHTML}aside"))


def test_contents_nest_every_heading(built):
    epub, _, _ = built
    nav = read(epub, "nav.xhtml")
    [toc] = [n for n in nav.iter(f"{XHTML}nav") if n.get(EPUB_TYPE) == "toc"]

    def outline(ol):
        return [(li.find(f"{XHTML}a").text, li.find(f"{XHTML}a").get("href"),
                 outline(li.find(f"{XHTML}ol")) if li.find(f"{XHTML}ol") is not None else [])
                for li in ol.findall(f"{XHTML}li")]

    assert outline(toc.find(f"{XHTML}ol")) == [
        ("Taking your tablets", "s00.xhtml#tablets", [
            ("When to take them", "s01.xhtml#when-to-take-them", [
                ("With food", "s01.xhtml#with-food", [])]),
            ("If you feel unwell", "s02.xhtml#if-you-feel-unwell", [])])]


def page_list(epub: Path) -> list[tuple[str, str]]:
    nav = read(epub, "nav.xhtml")
    [pages] = [n for n in nav.iter(f"{XHTML}nav") if n.get(EPUB_TYPE) == "page-list"]
    return [(a.text, a.get("href")) for a in pages.iter(f"{XHTML}a")]


def text_after(epub: Path, href: str, letters: int = 40) -> str:
    """The first `letters` non-space characters that follow the element `href` names."""
    name, _, fragment = href.partition("#")
    root = read(epub, name)
    words, found = [], False

    def walk(node):
        nonlocal found
        if node.get("id") == fragment:
            found = True
        if found and node.tag != f"{XHTML}aside":
            words.append(node.text or "")
        for child in node:
            if child.tag != f"{XHTML}aside":
                walk(child)
            if found:
                words.append(child.tail or "")

    walk(root.find(f"{XHTML}body"))
    return "".join("".join(words).split())[:letters]


def test_page_list_starts_each_page_where_the_pdf_does(tmp_path):
    """The sample handout: its PDF's pages start at a heading, at a sentence, and twice in
    the middle of one; each page break of the EPUB is followed by the words that open the
    same page of the PDF."""
    from handout.config import Settings

    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    settings.source.mkdir()
    shutil.copy(PROJECT / "source" / "clonazepam.md", settings.source)
    [manifest] = build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "clonazepam" / "clonazepam.epub"
    listed = page_list(epub)
    starts = manifest["pdf"]["page_starts"]
    assert [number for number, _ in listed] == [str(n) for n in range(1, len(starts) + 1)]
    assert any(letters for _, letters in starts) and any(not letters for _, letters in starts)
    with pdfplumber.open(settings.out / "clonazepam" / "clonazepam.pdf") as pdf:
        assert len(pdf.pages) == len(listed) == manifest["epub"]["pages"]
        for (number, href), page in zip(listed, pdf.pages):
            printed = "".join(page.extract_text().split())
            assert printed.startswith(text_after(epub, href)), (number, href)
            marker = read(epub, href.split("#")[0]).find(
                f".//*[@id='{href.split('#')[1]}']")
            assert (marker.get(EPUB_TYPE), marker.get("role"), marker.get("aria-label")) == \
                ("pagebreak", "doc-pagebreak", f"Page {number}")
    assert validate_epub(epub) == []


def test_the_book_passes_its_own_check(built):
    assert validate_epub(built[0]) == []


def last_clip_past_the_end(smil: str) -> str:
    return re.sub(r'clipEnd="[^"]+"/></par>\n</body>', 'clipEnd="0:09:59.000"/></par>\n</body>',
                  smil)


def second_par_last(smil: str) -> str:
    second = re.search(r'<par id="par-2">.*?</par>\n', smil).group(0)
    return smil.replace(second, "").replace("</body>", second + "</body>")


def second_par_gone(smil: str) -> str:
    return smil.replace(re.search(r'<par id="par-2">.*?</par>\n', smil).group(0), "")


@pytest.mark.parametrize("damage, problem", [
    (last_clip_past_the_end,
     r"s02\.smil: par-\d+ ends at 599\.000s, after the end of audio/s02\.mp3"),
    (second_par_last, r"s02\.smil: par-2 starts at [\d.]+s, before the clip before it ends"),
    (second_par_gone, r"s02\.smil: s2-1 of s02\.xhtml is never read"),
])
def test_check_finds_a_broken_overlay(book, damage, problem):
    rewrite(book, "s02.smil", damage)
    problems = validate_epub(book)
    assert any(re.match(problem, p) for p in problems), problems


def test_check_finds_overlapping_clips(book):
    def overlap(smil: str) -> str:
        ends = re.findall(r'clipEnd="([^"]+)"', smil)
        return smil.replace(f'clipBegin="{ends[0]}"', 'clipBegin="0:00:00.500"', 1)

    rewrite(book, "s01.smil", overlap)
    problems = validate_epub(book)
    assert any(re.match(r"s01\.smil: par-2 starts at 0\.500s, before the clip before it "
                        r"ends", p) for p in problems), problems


def test_check_finds_a_duration_that_is_not_the_sum_of_the_clips(book):
    def longer(opf: str) -> str:
        declared = re.search(r'refines="#mo-s01">([^<]+)<', opf).group(1)
        wrong = parse_smil_clock(declared) + 10
        return opf.replace(f'refines="#mo-s01">{declared}<',
                           f'refines="#mo-s01">{wrong:.3f}s<')

    rewrite(book, "package.opf", longer)
    problems = validate_epub(book)
    assert any(p.startswith("package.opf: media:duration of s01.smil is") for p in problems)
    assert any(p.startswith("package.opf: the book's media:duration is") for p in problems)


def test_check_finds_a_total_that_is_not_the_sum(book):
    rewrite(book, "package.opf", lambda opf: re.sub(
        r'(<meta property="media:duration">)[^<]+', r"\g<1>0:00:01.000", opf))
    assert [p.split(",")[0] for p in validate_epub(book)] == [
        "package.opf: the book's media:duration is 1.0"]


@pytest.mark.parametrize("layout", ["deflated", "second"])
def test_check_finds_a_mimetype_out_of_place(book, layout):
    with zipfile.ZipFile(book) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    if layout == "second":
        entries[0], entries[1] = entries[1], entries[0]
    else:
        entries[0][0].compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(book, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    assert [p.split(":")[0] for p in validate_epub(book)] == ["mimetype"]


def test_clean_builds_are_byte_identical_and_a_no_op_build_keeps_the_file(built, tmp_path):
    epub, _, settings = built
    again = settings.replace(out=tmp_path / "again")
    build(again, editions=("pdf", "audio", "epub"))
    assert (again.out / "tablets" / "tablets.epub").read_bytes() == epub.read_bytes()
    before = (again.out / "tablets" / "tablets.epub").stat().st_mtime_ns
    [manifest] = build(again, editions=("pdf", "audio", "epub"))
    assert (again.out / "tablets" / "tablets.epub").stat().st_mtime_ns == before
    assert manifest["epub"]["pars"] == sum(len(pars(epub, f"s{n:02d}.smil")) for n in range(3))


def test_epub_needs_the_pdf_of_the_current_text(settings):
    write_handouts(settings.source, {"short.md": "---\ntitle: Short\n---\n\nOne line.\n"})
    with pytest.raises(HandoutError, match="needs the audio"):
        build(settings, editions=("epub",))
    with pytest.raises(HandoutError, match="numbers its pages as the large-print PDF"):
        build(settings, editions=("audio", "epub"))
    build(settings, editions=("pdf", "audio", "epub"))
    write_handouts(settings.source, {"short.md": "---\ntitle: Short\n---\n\nTwo lines.\n"})
    with pytest.raises(HandoutError, match="PDF is missing or older than the text"):
        build(settings, editions=("audio", "epub"))
    [manifest] = build(settings, editions=("pdf", "audio", "epub", "web"))
    assert manifest["epub"]["pages"] == 1
    # The web page, made after the EPUB, offers it among the other editions.
    page = (settings.out / "short" / "web" / "index.html").read_text("utf-8")
    assert '<a href="../short.epub">EPUB talking book' in page


def test_a_current_pdf_is_never_rendered_again_and_an_earlier_one_is_checked_against_the_text(
        settings, monkeypatch):
    """Neither the PDF's plan nor the EPUB, which follows its pages, renders the HTML of a
    PDF that is current (0.03 to 0.07 s a handout, on every build): both compare its key. A
    PDF left by an earlier build is still checked against the text."""
    from handout.pdf import render

    source = write_handouts(settings.source, {"short.md": "---\ntitle: Short\n---\n\nOne line.\n"})
    build(settings, editions=("pdf", "audio", "epub"))
    rendered = []
    real = render.render_html
    monkeypatch.setattr(render, "render_html", lambda document, settings: (
        rendered.append(document.slug), real(document, settings))[1])
    [manifest] = build(settings, editions=("pdf", "audio", "epub"))
    assert rendered == [] and manifest["epub"]["pages"] == 1
    [manifest] = build(settings, editions=("audio", "epub"))
    assert rendered == [] and manifest["epub"]["pages"] == 1
    (source / "short.md").write_text("---\ntitle: Short\n---\n\nOne new line.\n")
    with pytest.raises(HandoutError, match="the PDF is missing or older than the text"):
        build(settings, editions=("audio", "epub"))


def test_stylesheet_marks_the_active_sentence_without_colour_and_keeps_7_to_1(built):
    """The active class is shown by an outline and an underline, not by colour alone, and
    every text colour declared keeps the 7:1 that `highContrastDisplay` claims."""
    import tinycss2
    from tinycss2.color4 import parse_color

    from handout.colour import contrast_ratio

    with zipfile.ZipFile(built[0]) as archive:
        css = archive.read("EPUB/css/large-print.css").decode("utf-8")
    assert css == (PROJECT / "templates" / "epub.css").read_text("utf-8")
    rules, important = {}, []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule":
            declarations = [d for d in tinycss2.parse_declaration_list(
                rule.content, skip_comments=True, skip_whitespace=True)
                if d.type == "declaration"]
            rules[tinycss2.serialize(rule.prelude).strip()] = {
                d.lower_name: tinycss2.serialize(d.value).strip() for d in declarations}
            important += [d.lower_name for d in declarations if d.important]
    active = rules[".-epub-media-overlay-active"]
    assert active["text-decoration"] == "underline"
    width, style, colour = active["outline"].split()
    assert style == "solid" and width.endswith("em") and colour == "#000000"
    assert important == []  # the reader's own settings win
    white = (1.0, 1.0, 1.0)
    colours = [(selector, parse_color(d["color"])) for selector, d in rules.items()
               if "color" in d]
    assert len(colours) >= 3
    assert [(s, c) for s, c in colours
            if contrast_ratio(tuple(c.to("srgb").coordinates), white) < 7] == []


def test_a_list_written_inside_a_list_becomes_a_sub_list_that_is_read(settings):
    """Jekyll's navigation tutorial writes `<ul><li>…</li><ul>…</ul></ul>` in raw HTML:
    EPUBCheck refused the <ul> straight inside a <ul>, and the voice skipped its items.
    It is now the sub-list of the item before it, read and highlighted with the rest."""
    write_handouts(settings.source, {"nav.md": """\
        ---
        title: Navigation
        ---

        ## Groups

        <div>
          <ul>
            <li><a href="#">Thing 1</a></li>
            <li><a href="#">Thing 2</a></li>
            <ul>
              <li><a href="#">Subthing 1</a></li>
            </ul>
            <li><a href="#">Thing 3</a></li>
          </ul>
        </div>
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "nav" / "nav.epub"
    chapter = read(epub, "s01.xhtml")
    for outer in chapter.iter(f"{XHTML}ul"):
        assert {child.tag for child in outer} == {f"{XHTML}li"}
    [inner] = [li for li in chapter.iter(f"{XHTML}li") if "Subthing 1" in "".join(li.itertext())
               and li.find(f"{XHTML}ul") is None]
    [parent] = [li for li in chapter.iter(f"{XHTML}li") if inner in list(li.iter())
                and li is not inner]
    assert "".join(parent.itertext()).split()[:2] == ["Thing", "2"]
    sentence = next(e for e in inner.iter() if e.get("id"))
    overlay = read(epub, "s01.smil")
    assert f"s01.xhtml#{sentence.get('id')}" in [t.get("src") for t in overlay.iter(f"{SMIL}text")]


def test_an_item_written_outside_the_list_joins_the_list_around_it(settings):
    """A page of tips for staying safe writes one tip as `<li>…</li>` among its `- ` items:
    its list was split in two round it, its bullet printed in the margin and EPUBCheck
    refused the item with no list. It joins the list around it; an item with no list
    before it gets a list of its own."""
    write_handouts(settings.source, {"tips.md": """\
        ---
        title: Staying safe
        ---

        ## Tips

        - Lock your door.
        - Keep valuables out of sight.
        <li>Fake cash machines are in town.
        Check the card slot before you use one.</li>
        - Never leave your drink unattended.

        ## More

        <li>Walk in pairs.</li>
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    for name in ("s01.xhtml", "s02.xhtml"):
        chapter = read(settings.out / "tips" / "tips.epub", name)
        lists = [[" ".join("".join(li.itertext()).split()) for li in items]
                 for items in chapter.iter(f"{XHTML}ul")]
        assert all(parent.tag == f"{XHTML}ul" for parent in chapter.iter()
                   for child in parent if child.tag == f"{XHTML}li")
        assert lists == ([["Lock your door.", "Keep valuables out of sight.",
                           "Fake cash machines are in town. Check the card slot before you "
                           "use one.", "Never leave your drink unattended."]]
                         if name == "s01.xhtml" else [["Walk in pairs."]])


def test_a_percent_encoded_link_to_a_heading_leads_to_it(settings):
    """React Native's README lists its contents as `[Getting started](#%EF%B8%8F-getting-
    started)`, its heading being an emoji and "Getting started": a browser decodes the
    address, but the EPUB matched it as written, found nothing and dropped the link."""
    write_handouts(settings.source, {"readme.md": """\
        # Read me

        ## Contents

        - [Getting started](#%EF%B8%8F-getting-started)

        ## 🛠️ Getting started

        Install it.
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "readme" / "readme.epub"
    [heading] = [h for h in read(epub, "s02.xhtml").iter(f"{XHTML}h2")]
    [link] = [a for a in read(epub, "s01.xhtml").iter(f"{XHTML}a") if a.text == "Getting started"]
    assert link.get("href") == f"s02.xhtml#{heading.get('id')}"


def test_a_picture_without_a_description_shows_the_words_the_voice_says(settings):
    """Word pictures often have no alt text (the OpenXML PowerTools Hebrew letter, the POI
    visa form): Ace failed the EPUB (critical: image-alt), and the web page and DAISY text
    had an <img> without alt too. Each now carries what the voice says in its place."""
    source = write_handouts(settings.source, {"pic.md": """\
        ---
        title: Picture
        ---

        ## Map

        ![](box.png)

        A described one: ![A grey box](box.png)
        """})
    shutil.copy(FIXTURES / "robust" / "box.png", source / "box.png")
    build(settings, editions=("pdf", "audio", "web", "daisy", "epub"))
    folder = settings.out / "pic"
    said = "An image with no description."
    assert said in (folder / "audio" / "01-map.txt").read_text("utf-8")
    alts = [i.get("alt") for i in read(folder / "pic.epub", "s01.xhtml").iter(f"{XHTML}img")]
    assert alts == [said, "A grey box"]
    daisy = ET.parse(folder / "daisy" / "content.html").getroot()
    assert [i.get("alt") for i in daisy.iter(f"{XHTML}img")] == [said, "A grey box"]
    web = (folder / "web" / "index.html").read_text("utf-8")
    assert re.findall(r'<img[^>]*? alt="([^"]*)"', web) == [said, "A grey box"]


def test_a_picture_in_a_footnote_is_described_in_every_edition(settings, caplog):
    """A picture with no description in a footnote (docx2python's example.docx has two, in
    its notes) had no `alt` in the web page, EPUB and DAISY book, and WeasyPrint logged
    "ERROR: Image ... has no required alt description": only the handout's sections were
    given the words the voice says in the picture's place."""
    from pypdf import PdfReader

    from handout.check.pdf import structure_elements

    source = write_handouts(settings.source, {"fn.md": """\
        ---
        title: Finding us
        ---

        ## Where

        Come in by the side door.[^1]

        [^1]: The side door is here: ![](box.png)
        """})
    shutil.copy(FIXTURES / "robust" / "box.png", source / "box.png")
    build(settings, editions=("pdf", "audio", "web", "daisy", "epub"))
    folder = settings.out / "fn"
    said = "An image with no description."
    assert [i.get("alt") for i in read(folder / "fn.epub", "s01.xhtml").iter(f"{XHTML}img")] \
        == [said]
    daisy = ET.parse(folder / "daisy" / "content.html").getroot()
    assert [i.get("alt") for i in daisy.iter(f"{XHTML}img")] == [said]
    web = (folder / "web" / "index.html").read_text("utf-8")
    assert re.findall(r'<img[^>]*? alt="([^"]*)"', web) == [said]
    reader = PdfReader(folder / "fn.pdf")
    figures = [e for e in structure_elements(reader.trailer["/Root"]["/StructTreeRoot"])
               if e["/S"] == "/Figure"]
    assert [str(e["/Alt"]) for e in figures] == ["A picture with no description"]
    assert not [r for r in caplog.records if "alt description" in r.getMessage()]


def test_a_decorative_picture_is_shown_and_passed_by(settings):
    """HTML's empty `alt=""` (and `role="presentation"`) marks a picture that only
    decorates, as Easy Read's pictures beside their sentences: each was said "An image
    with no description." and called undescribed. It is printed and shown, never said, an
    artifact in the PDF and an empty `alt` in the other editions; Markdown's `![](box.png)`
    is still a picture to describe."""
    from pypdf import PdfReader

    from handout.check.pdf import check_tags, structure_elements

    source = write_handouts(settings.source, {"pic.md": """\
        ---
        title: Picture
        ---

        ## Map

        <img src="box.png" alt=""> Phone us first.

        <img src="box.png" role="presentation">

        ![](box.png)
        """})
    shutil.copy(FIXTURES / "robust" / "box.png", source / "box.png")
    build(settings, editions=("pdf", "audio", "web", "daisy", "epub"))
    folder = settings.out / "pic"
    said = "An image with no description."
    transcript = (folder / "audio" / "01-map.txt").read_text("utf-8")
    assert "Phone us first." in transcript and transcript.count("image") == 1
    alts = [i.get("alt") for i in read(folder / "pic.epub", "s01.xhtml").iter(f"{XHTML}img")]
    assert alts == ["", "", said]
    daisy = ET.parse(folder / "daisy" / "content.html").getroot()
    assert [i.get("alt") for i in daisy.iter(f"{XHTML}img")] == ["", "", said]
    web = (folder / "web" / "index.html").read_text("utf-8")
    assert re.findall(r'<img[^>]*? alt="([^"]*)"', web) == ["", "", said]
    pdf = folder / "pic.pdf"
    with pdfplumber.open(pdf) as document:
        assert sum(len(page.images) for page in document.pages) == 3  # all three printed
    reader = PdfReader(pdf)
    figures = [e for e in structure_elements(reader.trailer["/Root"]["/StructTreeRoot"])
               if e["/S"] == "/Figure"]
    assert [str(e["/Alt"]) for e in figures] == ["A picture with no description"]
    drawn = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert drawn.count(b"/Artifact\n<</Type /Layout>>") == 2
    [document] = load_documents(settings)
    assert check_tags(document, reader.trailer["/Root"], str(pdf)) == []


def test_a_label_written_as_a_div_in_a_heading_stays_in_the_heading(settings):
    """React Native's accessibility page labels headings with their platform,
    `### accessibilityLanguage <div className="label ios">iOS</div>`: EPUBCheck refused
    the <div> inside an <h3> (RSC-005). The label is now a <span>, on the heading's line."""
    write_handouts(settings.source, {"props.md": """\
        ---
        title: Props
        ---

        ## Props

        ### `accessibilityLanguage` <div className="label ios">iOS</div>

        Sets the language.
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    [heading] = read(settings.out / "props" / "props.epub", "s01.xhtml").iter(f"{XHTML}h3")
    assert [e.tag.removeprefix(XHTML) for e in heading.iter()] == ["h3", "code", "span"]
    assert " ".join("".join(heading.itertext()).split()) == "accessibilityLanguage iOS"


def test_headings_that_skip_a_level_are_numbered_without_the_gap(settings):
    """A Word form (Apache POI's visa form) goes from its title to an h4, and Markdown
    may go from `##` to `####`: Ace failed the EPUB (heading-order). The text's headings
    are now numbered as the contents list is."""
    write_handouts(settings.source, {"skip.md": """\
        ---
        title: Skip
        ---

        ## First

        Some words.

        #### Deep

        More words.
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "skip" / "skip.epub"
    levels = [(e.tag.removeprefix(XHTML), "".join(e.itertext()))
              for name in ("s00.xhtml", "s01.xhtml") for e in read(epub, name).iter()
              if e.tag.removeprefix(XHTML) in ("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels == [("h1", "Skip"), ("h2", "First"), ("h3", "Deep")]


def test_a_sentence_with_nothing_to_say_is_not_waited_for(settings):
    """The Section 508 checklist (Word) has an empty bookmark paragraph and a line of
    underscores to write on: each was marked as a sentence but has no words to say, so
    the EPUB's own check found them "never read". They are no longer marked."""
    write_handouts(settings.source, {"form.md": """\
        ---
        title: Form
        ---

        <p><a id="_i4lat9tq13r7"></a></p>

        Name of item:

        \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_

        Select all that apply.
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "form" / "form.epub"
    text = read(epub, "s00.xhtml")
    assert "____________" in "".join(text.itertext())
    overlay = {t.get("src").partition("#")[2] for t in read(epub, "s00.smil").iter(f"{SMIL}text")}
    marked = {e.get("id") for e in text.iter(f"{XHTML}span") if e.get("class") == "sentence"}
    assert marked and marked <= overlay
    assert validate_epub(epub) == []


def test_a_title_the_voice_cannot_read_is_read_in_silence(settings):
    """An English leaflet whose Word title property was Chinese: the title was left unsaid,
    and the EPUB's own check found it "never read", as it did any heading left unsaid. Each
    now plays the silence before the words (all of its file, for a section with nothing
    said)."""
    from tests.test_daisy import CHINESE_TITLE

    write_handouts(settings.source, {"guide.md": CHINESE_TITLE})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "guide" / "guide.epub"
    assert validate_epub(epub) == []
    title, words = pars(epub, "s00.smil")[:2]
    assert title[0] == "s00.xhtml#guide" and title[2] == 0.0 and title[3] == words[2] > 0.5
    [section] = pars(epub, "s01.smil")
    heading = section[0].partition("#")[2]
    assert "".join(read(epub, "s01.xhtml").find(f".//*[@id='{heading}']").itertext()) == \
        "服用方法"
    assert [target.partition("#")[2] for target, *_ in pars(epub, "s02.smil")] == [
        "side-effects", "s2-1", "儿童", "s2-2"]


def test_a_book_with_an_undescribed_picture_does_not_claim_alternative_text(settings):
    """The OpenXML PowerTools Hebrew letter (Word) has a picture with no alt text; its EPUB
    claimed `alternativeText` and "Every picture has a text description"."""
    source = write_handouts(settings.source, {"pic.md": """\
        ---
        title: Picture
        ---

        ![](box.png)
        """})
    shutil.copy(FIXTURES / "robust" / "box.png", source / "box.png")
    build(settings, editions=("pdf", "audio", "epub"))
    values = {}
    for name, _, value in package_meta(settings.out / "pic" / "pic.epub"):
        values.setdefault(name, []).append(value)
    assert "alternativeText" not in values["schema:accessibilityFeature"]
    assert "text description" not in values["schema:accessibilitySummary"][0]
    assert "visual" in values["schema:accessMode"]


def test_an_empty_header_cell_becomes_a_plain_cell(settings):
    """The RCPCH Epilepsy12 analysis plan (Word) has tables whose header row starts with an
    empty cell: Ace reported it (empty-table-header). It is now a <td>, without the `scope`
    an HTML table's own may have (Pension Wise's `<th scope="col"></th>`), which a <td> may
    not: EPUBCheck refused it (RSC-005)."""
    write_handouts(settings.source, {"table.md": """\
        ---
        title: Table
        ---

        |   | Dose | When |
        | --- | --- | --- |
        | Adults | 2 | morning |

        <table><thead><tr><th scope="col"></th><th scope="col">Lump sum</th></tr></thead>
        <tbody><tr><th scope="row">Tax-free</th><td>25%</td></tr></tbody></table>
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    tables = read(settings.out / "table" / "table.epub", "s00.xhtml").iter(f"{XHTML}table")
    headers = [[(c.tag.removeprefix(XHTML), c.get("scope"), "".join(c.itertext()).strip())
                for c in table.find(f"{XHTML}thead").iter()
                if c.tag in (f"{XHTML}th", f"{XHTML}td")] for table in tables]
    assert headers == [[("td", None, ""), ("th", "col", "Dose"), ("th", "col", "When")],
                       [("td", None, ""), ("th", "col", "Lump sum")]]


def test_a_page_break_beside_an_authors_own_page_id(settings):
    """A handout whose heading is "Page 2" has an element with the id `page-2`, which is the
    id the EPUB gave its second page's break too: two elements with one id in a chapter,
    which EPUBCheck refuses (RSC-005), and a page list whose link finds the heading."""
    paragraph = " ".join(["Take one tablet each morning with a glass of water."] * 12)
    write_handouts(settings.source, {"pages.md": "---\ntitle: Pages\n---\n\n## Page 2\n\n"
                                     + "\n\n".join([paragraph] * 8) + "\n"})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "pages" / "pages.epub"
    listed = page_list(epub)
    assert len(listed) >= 3
    for number, href in listed:
        name, _, fragment = href.partition("#")
        root = read(epub, name)
        ids = [e.get("id") for e in root.iter() if e.get("id")]
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
        [marker] = [e for e in root.iter() if e.get("id") == fragment]
        assert (marker.get(EPUB_TYPE), marker.get("aria-label")) == ("pagebreak", f"Page {number}")
    chapters = sorted({href.partition("#")[0] for _, href in listed})
    assert [e.tag for name in chapters for e in read(epub, name).iter()
            if e.get("id") == "page-2"] == [f"{XHTML}h2"]  # the author's heading keeps its id
    assert validate_epub(epub) == []
    # As the book was: the check now says so.
    [moved] = [href for number, href in listed if number == "2"]
    name, _, fragment = moved.partition("#")
    rewrite(epub, name, lambda text: text.replace(f'id="{fragment}"', 'id="page-2"'))
    assert validate_epub(epub) == [f"{name}: the id 'page-2' is given to more than one element"]


def test_a_page_break_past_a_rows_words_goes_in_its_last_cell():
    """docx4j's Word sample of tables: a PDF page started in a row (printed stacked) after
    more letters than the EPUB's row holds, and the page-break span was put straight inside
    the `<tr>`, which EPUBCheck refuses (RSC-005)."""
    from handout.editions.common import insert_page_break

    row = ET.fromstring("<tbody><tr><td>Top left</td><td>Top <b>right</b></td></tr></tbody>")[0]
    marker = ET.Element("span", {"id": "page-4"})
    insert_page_break(row, ET.Element("tbody"), 40, marker, ET.Element("div"))
    assert [child.tag for child in row] == ["td", "td"]
    assert row[1][-1] is marker
    inside = ET.Element("span", {"id": "page-5"})
    insert_page_break(row, ET.Element("tbody"), 3, inside, ET.Element("div"))
    assert row[0][0] is inside and inside.tail == "left" and row[0].text == "Top "


def test_an_address_with_brackets_is_a_valid_url_in_the_book(tmp_path):
    """mSupply's documentation links to its wiki's search, "?s[]=vvm&s[]=status": EPUBCheck
    refused the book (RSC-020, "Illegal character in query"). The book's link has the
    brackets in percent codes and goes to the same place; print keeps the address as
    written, which a browser sends the same."""
    from handout.config import Settings

    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    address = "https://docs.msupply.org.nz/cold_chain:configure?s[]=vvm&s[]=status#priority"
    write_handouts(settings.source, {"cold.md": f"""\
        ---
        title: Cold chain
        ---

        ## Status

        See the [VVM status priority]({address}) page.
        """})
    build(settings, editions=("pdf", "audio", "epub"))
    epub = settings.out / "cold" / "cold.epub"
    with zipfile.ZipFile(epub) as archive:
        chapters = [archive.read(name).decode() for name in archive.namelist()
                    if name.endswith(".xhtml") and "nav" not in name]
    links = [a.get("href") for chapter in chapters for a in ET.fromstring(chapter).iter(
        f"{XHTML}a") if (a.get("href") or "").startswith("https://docs.msupply")]
    assert links == ["https://docs.msupply.org.nz/cold_chain:configure"
                     "?s%5B%5D=vvm&s%5B%5D=status#priority"]
    assert validate_epub(epub) == []
    with pdfplumber.open(settings.out / "cold" / "cold.pdf") as pdf:
        assert "s[]=vvm" in "".join(page.extract_text() for page in pdf.pages)
