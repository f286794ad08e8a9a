"""Word handouts: a .docx in source/ builds like Markdown, and Word's own accessibility
faults are lint findings that name the paragraph."""

from __future__ import annotations

import logging
import re
import shutil
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from handout.build import build
from handout.errors import HandoutError
from handout.check.lint import lint_source
from handout.findings import ERROR, WARNING
from handout.read.document import load_documents, parse_html
from handout.read.script import text_of
from handout.read.sources import find_sources, read_source
from tests.conftest import PROJECT

CORPUS = PROJECT / "tests" / "corpus" / "docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def png() -> bytes:
    import io

    from PIL import Image

    stream = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(stream, "PNG")
    return stream.getvalue()


def paragraph(text: str, style: str = "", bold: bool = False) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:p>{props}<w:r>{run}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def picture(description: str | None, decorative: bool = False) -> str:
    """A paragraph of one picture; `decorative` as Word's "Mark as decorative" writes it."""
    descr = f' descr="{description}"' if description is not None else ""
    mark = ('><a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext '
            'uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://'
            'schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>'
            '</wp:docPr>') if decorative else "/>"
    return ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
            f'drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture 1"{descr}'
            f'{mark}'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships" r:embed="rIdPicture"/></pic:blipFill></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def write_docx(path: Path, body: str, lang: str = "en-GB", extra_styles: str = "",
               relationships: str = "") -> Path:
    """A minimal Word document: Title, Subtitle and Heading 1-2 styles (and `extra_styles`),
    one PNG picture (and `relationships`, more of the body's)."""
    styles = extra_styles + "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in (("Title", "Title"), ("Subtitle", "Subtitle"),
                          ("Heading1", "heading 1"), ("Heading2", "heading 2")))
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        docx.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{relationship}/'
            'officeDocument" Target="word/document.xml"/></Relationships>'))
        docx.writestr("word/_rels/document.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rIdPicture" Type="{relationship}/'
            'image" Target="media/tablet.png"/><Relationship Id="rIdStyles" '
            f'Type="{relationship}/styles" Target="styles.xml"/>{relationships}</Relationships>'))
        docx.writestr("word/media/tablet.png", png())
        docx.writestr("word/styles.xml", (
            f'<?xml version="1.0"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
            f'<w:lang w:val="{lang}"/></w:rPr></w:rPrDefault></w:docDefaults>{styles}'
            '</w:styles>'))
        docx.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>'
                                           f'{body}</w:body></w:document>')
    return path


LEAFLET = "".join([
    paragraph("Your new tablets", "Title"),
    paragraph("A leaflet from the pharmacy", "Subtitle"),
    paragraph("Read this before you start."),
    paragraph("How to take them", "Heading1"),
    paragraph("Take one each morning."),
    picture("A white round tablet"),
    paragraph("Side effects", "Bold"),
    paragraph("Side effects", "", bold=True),
    paragraph("Tell your doctor if you feel dizzy."),
    "<w:tbl><w:tr><w:tc>" + paragraph("Day") + "</w:tc><w:tc>" + paragraph("Dose")
    + "</w:tc></w:tr><w:tr><w:tc>" + paragraph("Monday") + "</w:tc><w:tc>"
    + paragraph("One") + "</w:tc></w:tr></w:tbl>",
    picture(None),
    paragraph("Stopping", "Heading1"),
    paragraph("Ask before you stop."),
])


def printed_lines(out: Path, *names: str) -> dict[str, list[str]]:
    """The lines of text of each built handout's PDF in `out`, by its name."""
    printed = {}
    for name in names:
        with pdfplumber.open(out / name / f"{name}.pdf") as pdf:
            printed[name] = [line for page in pdf.pages
                             for line in page.extract_text().splitlines()]
    return printed


def test_a_word_handout_is_a_document_like_a_markdown_one(settings):
    settings.source.mkdir()
    write_docx(settings.source / "tablets.docx", LEAFLET)
    assert find_sources(settings.source) == [settings.source / "tablets.docx"]
    [document] = load_documents(settings)
    assert (document.meta.title, document.meta.subtitle, document.meta.lang) == (
        "Your new tablets", "A leaflet from the pharmacy", "en-GB")
    assert [(s.heading, s.level) for s in document.sections] == [
        ("Your new tablets", 1), ("How to take them", 1), ("Stopping", 1)]
    said = [u.text for u in document.sections[1].script]
    assert said[:3] == ["How to take them", "Take one each morning.",
                        "Image: A white round tablet."]
    # a table with no header row in Word is read row by row, without column names
    assert said[said.index("Table. 2 rows."):][:3] == ["Table. 2 rows.", "Day. Dose.",
                                                        "Monday. One."]
    body = parse_html(document.sections[1].html)
    assert body.find(".//img").get("src").startswith("data:image/png;base64,")
    assert "Read this before you start." in document.sections[0].transcript


def test_word_faults_are_findings_naming_the_paragraph(tmp_path):
    path = write_docx(tmp_path / "tablets.docx", LEAFLET)
    findings = [(f.where, f.rule, f.severity) for f in lint_source(path)]
    assert findings == [
        (f"{path}: paragraph 8", "fake-heading", WARNING),
        (f"{path}: paragraph 10", "table-header", WARNING),
        (f"{path}: paragraph 14", "image-alt", ERROR),
    ]
    assert str(lint_source(path)[0]).startswith(
        f"{path}: paragraph 8: fake-heading: 'Side effects' looks like a heading but is bold")


def test_a_rule_of_underscores_in_bold_is_no_heading(tmp_path):
    """An Arabic clinic's Word leaflet parts its text with lines of underscores in bold:
    each was "a heading written as bold text", eight warnings for no heading. Nor are a
    bold "or" between a form's ways to return it and a draft's date, "December, 2021"
    (sweep CK), which its authors were told to make headings."""
    body = "".join([paragraph("Our clinic", "Title"), paragraph("We are open daily."),
                    paragraph("_" * 40, bold=True), paragraph("Call us."),
                    paragraph("Opening hours", bold=True), paragraph("9 to 5."),
                    paragraph("or", bold=True), paragraph("Write to us."),
                    paragraph("December, 2021", bold=True), paragraph("1 May 2024", bold=True)])
    path = write_docx(tmp_path / "clinic.docx", body)
    assert [(f.where.rsplit(" ", 1)[1], f.rule) for f in lint_source(path)
            if f.rule == "fake-heading"] == [("5", "fake-heading")]


def test_a_picture_word_marks_as_decorative_is_printed_and_never_said(settings):
    """Word's accessibility checker fixes a picture that only decorates by marking it so
    (`adec:decorative`), which mammoth does not pass on: an Easy Read leaflet's pictures
    were each said "An image with no description." and called undescribed."""
    settings.source.mkdir()
    row = ("<w:tbl><w:tr><w:tc>" + picture(None, True) + "</w:tc><w:tc>"
           + paragraph("Bring your letter.") + "</w:tc></w:tr></w:tbl>")
    body = "".join([paragraph("Seeing the dentist", "Title"), picture(None, decorative=True),
                    paragraph("You will see the dentist."), picture("Old words", True),
                    picture(None), row])
    path = write_docx(settings.source / "dentist.docx", body)
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    # A table of one picture beside its sentence, as Easy Read lays one out, is no table
    # of data: not "Table. 1 row.", and no header row to ask for.
    assert said == ["Seeing the dentist", "You will see the dentist.",
                    "An image with no description.", "Bring your letter."]
    images = list(parse_html(document.html).iter("img"))
    assert [image.get("alt") for image in images] == ["", "", None, ""]
    assert all(image.get("src").startswith("data:image/png") for image in images)
    assert [(f.where, f.rule) for f in lint_source(path)] == [
        (f"{path}: paragraph 5", "image-alt")]


def chart(description: str | None) -> str:
    """A paragraph of one Word chart (its data in a part of its own, not read here)."""
    descr = f' descr="{description}"' if description is not None else ""
    return ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
            f'drawingml/2006/wordprocessingDrawing"><wp:docPr id="6" name="Chart 6"{descr}/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def test_a_word_chart_is_its_description_in_a_box(settings):
    """GSA's sample accessible document has two pie charts, which mammoth drops without a
    word: neither printed nor said, and nothing told the author."""
    settings.source.mkdir()
    body = "".join([paragraph("Sales", "Title"), paragraph("Sales are in the pie charts."),
                    chart("Pie chart: first quarter 34 percent, &quot;good&quot;"), chart(None),
                    paragraph("The end.")])
    path = write_docx(settings.source / "sales.docx", body)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Sales", "Sales are in the pie charts.",
        'Picture not available: Pie chart: first quarter 34 percent, "good"',
        "Picture not available: (no description was given)", "The end."]
    assert [(f.where, f.rule) for f in lint_source(path)] == [
        (f"{path}: paragraph 3", "image-format"), (f"{path}: paragraph 4", "image-alt")]


def test_a_language_tag_written_with_an_underscore_is_its_bcp_47_tag(settings, caplog):
    """An NHS appointment letter's styles give its language as "en_GB": the handout was
    narrated in "en_GB", with a warning that it reads as English."""
    settings.source.mkdir()
    write_docx(settings.source / "letter.docx", paragraph("Your appointment", "Title")
               + paragraph("Please come to the clinic on Monday at ten in the morning, and "
                           "bring your letter and a list of the medicines you take."),
               lang="en_GB")
    with caplog.at_level(logging.WARNING, logger="handout.diagnostics"):
        [document] = load_documents(settings)
    assert document.meta.lang == "en-GB"
    assert not caplog.records


def test_placeholders_and_merge_fields_in_word_are_findings_as_in_markdown(tmp_path):
    """A Word letter made from a template kept its mail-merge fields ("«FirstName»") and its
    unfilled places ("[Insert clinic name]", "0XXX XXX XXXX"), printed and read out as
    written, with nothing said to the author: each is a warning at its paragraph. So is one
    in angle brackets, which NHS England's publishing checklist heads two parts with, and
    words in lower case in square brackets, the Canadian Digital Service's consent notice's
    "[duration of interview]"; a note's number in brackets is none."""
    body = "".join([paragraph("Your appointment", "Title"),
                    paragraph("Dear «FirstName», please come to [Insert clinic name]."),
                    paragraph("Call 0XXX XXX XXXX if you cannot come. Room: TBC."),
                    paragraph("Repository: &lt;insert GitHub repo link here (if it exists)&gt;",
                              "Heading1"),
                    paragraph("It takes no longer than [duration of interview] [1]."),
                    paragraph("Thank you.")])
    path = write_docx(tmp_path / "letter.docx", body)
    found = [(f.where.rsplit(" ", 1)[1], f.message.split("'")[1], f.severity)
             for f in lint_source(path) if f.rule == "placeholder"]
    assert found == [("2", "[Insert clinic name]", WARNING), ("2", "«FirstName»", WARNING),
                     ("3", "0XXX XXX XXXX", WARNING), ("3", "TBC", WARNING),
                     ("4", "<insert GitHub repo link here (if it exists)>", WARNING),
                     ("5", "[duration of interview]", WARNING)]


def test_capitals_and_vague_link_words_in_word_are_findings_as_in_markdown(tmp_path):
    """A clinic's letter typed in capitals, and its "Click here" link, were told to a
    Markdown author and not to a Word one: the Word file's lint had only what the converter
    noticed."""
    hyperlink = ('<w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships" r:id="rIdLink"><w:r><w:t>{}</w:t></w:r></w:hyperlink>')
    link = ('<w:p><w:r><w:t xml:space="preserve">For the map, </w:t></w:r>'
            + hyperlink.format("click here")
            + '<w:r><w:t xml:space="preserve">, or see </w:t></w:r>'
            + hyperlink.format("the clinic map") + '</w:p>')
    path = write_docx(tmp_path / "letter.docx", "".join([
        paragraph("Your appointment", "Title"),
        paragraph("PLEASE BRING ALL OF YOUR MEDICINES WITH YOU."),
        paragraph("Your NHS number and GP surgery are on the letter."),
        link]), relationships=(
            '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/hyperlink" Target="https://example.org/map" '
            'TargetMode="External"/>'))
    findings = [(f.where, f.rule, f.severity) for f in lint_source(path)]
    assert findings == [(f"{path}: paragraph 2", "capitals", WARNING),
                        (f"{path}: paragraph 4", "link-text", WARNING)]
    capitals, link_text = (str(finding) for finding in lint_source(path))
    assert "'PLEASE BRING ALL OF YOUR MEDICINES WITH YOU' is in capitals" in capitals
    assert "Change Case" in capitals
    assert "link text 'click here' says nothing" in link_text


def test_a_word_handout_pasted_from_a_pdf_loses_its_ligatures(settings):
    """A Word document made from a PDF keeps the PDF's ligatures ("ﬂu", "oﬃce"): they are
    the letters they join, in print and in every text edition."""
    settings.source.mkdir()
    write_docx(settings.source / "flu.docx", paragraph("The ﬂu jab", "Title")
               + paragraph("Ask the oﬃce staﬀ."))
    [document] = load_documents(settings)
    assert document.meta.title == "The flu jab"
    assert [u.text for s in document.sections for u in s.script][-1] == "Ask the office staff."
    assert "\ufb03" not in document.html


def test_a_word_handout_builds_every_edition(settings):
    settings.source.mkdir()
    write_docx(settings.source / "tablets.docx", LEAFLET)
    [manifest] = build(settings)
    folder = settings.out / "tablets"
    assert manifest["pdf"]["pages"] >= 1
    with pdfplumber.open(folder / "tablets.pdf") as pdf:
        text = "".join(page.extract_text() for page in pdf.pages)
        assert min(c["size"] for page in pdf.pages for c in page.chars) >= 17.95
    assert "Your new tablets" in text and "Take one each morning." in text
    assert [s["heading"] for s in manifest["sections"]] == [
        "Your new tablets", "How to take them", "Stopping"]
    transcripts = sorted((folder / "audio").glob("*.txt"))
    assert len(transcripts) == 3
    assert "Ask before you stop." in transcripts[-1].read_text("utf-8")
    assert (folder / "web" / "index.html").is_file() and (folder / "daisy" / "ncc.html").is_file()


def test_real_word_files_keep_their_structure():
    checklist = read_source(CORPUS / "section508-standards-applicability-checklist.docx")
    assert checklist.front_matter["title"] == "Revised 508 Standards Applicability Checklist"
    headings = [text_of(h) for h in parse_html(checklist.html).iter() if h.tag in ("h1", "h2")]
    assert headings[:4] == [checklist.front_matter["title"], "General Exceptions",
                            "Hardware Standards", "Software Standards"]
    french = read_source(CORPUS / "cds-rcmp-barriers-to-reporting-fr.docx")
    assert french.front_matter["default_lang"] == "fr-CA"  # Word's, its text unmarked
    assert (1, "image-alt") in [(n, rule) for n, rule, _ in french.notes]


def test_a_damaged_word_file_is_one_clear_error(settings):
    settings.source.mkdir()
    (settings.source / "broken.docx").write_bytes(b"not a zip at all")
    shutil.copy(CORPUS / "usds-ditap-r4-map-case-study.docx", settings.source)
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert str(caught.value) == (f"{settings.source / 'broken.docx'}: not a Word document "
                                 "that can be opened: save it again from Word as a .docx file")


def test_a_word_file_whose_text_is_damaged_is_one_clear_error(settings):
    """A .docx whose text is not well-formed XML inside (a prefix never declared, as a
    tool that writes Word files by hand can leave it) stopped the build with mammoth's
    parser's traceback."""
    settings.source.mkdir()
    write_docx(settings.source / "letter.docx", paragraph("Your letter", "Title")
               + '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>a map</w:t></w:r></w:hyperlink></w:p>')
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert str(caught.value) == (f"{settings.source / 'letter.docx'}: not a Word document "
                                 "that can be opened: save it again from Word as a .docx file")


@pytest.mark.parametrize("data, message", [
    ((PROJECT / "tests" / "fixtures" / "robust" / "password.docx").read_bytes(),
     "the Word document is protected with a password: in Word, choose File, Info, Protect "
     "Document, Encrypt with Password, clear the password and save"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le"),
     "an old Word document (.doc) named .docx: open it in Word or LibreOffice and save it as "
     "a Word document (.docx)")], ids=["password", "renamed-doc"])
@pytest.mark.parametrize("suffix", [".docx", ".docm"])
def test_a_word_file_that_is_no_docx_inside_says_what_it_is(tmp_path, data, message, suffix):
    """A handout Word protected with a password (tests/fixtures/robust/password.docx,
    encrypted by msoffcrypto-tool 6.1 as Word encrypts, password "clinic") and an old .doc
    renamed .docx were both told to "save it again from Word as a .docx file". A .doc named
    .docm (apache/poi's hello_world.docm, from CPAN's Acme-RunDoc, is one) is named so."""
    (tmp_path / f"leaflet{suffix}").write_bytes(data)
    with pytest.raises(HandoutError) as caught:
        read_source(tmp_path / f"leaflet{suffix}")
    assert str(caught.value) == f"{tmp_path / f'leaflet{suffix}'}: " + message.replace(
        "named .docx", f"named {suffix}")


def test_a_macro_enabled_word_document_is_read_as_a_word_document(settings, caplog):
    """apache/poi's 60158.docm, a Word document with a macro project beside its three
    paragraphs, was "not built: a Word document with macros (.docm)", its author told to
    save it again as .docx: the words are the document's, and no macro is ever run. A
    template beside it (.dotx, .dotm) is still not a handout, and is named as one."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "poi-60158-macro-document.docm", settings.source / "notice.docm")
    (settings.source / "letterhead.dotm").write_bytes(b"PK")
    assert find_sources(settings.source) == [settings.source / "notice.docm"]
    [document] = load_documents(settings)
    assert document.meta.title == "Notice"  # the document has no title: its file's name
    assert [u.text for u in document.sections[0].script][1:3] == [
        "Now is the time for all good men to come to the aid of their country.",
        "The quick brown foxy jumps over the lazy dog."]
    assert "vbaProject" not in document.sections[0].html
    assert f"{settings.source / 'letterhead.dotm'}: not built: a Word template (.dotm), " \
        "which Word makes new documents from, not a handout" in caplog.text


def test_an_empty_word_file_is_told_empty_not_damaged(settings):
    """Windows' "New > Microsoft Word Document" makes a file of no bytes, which Word opens
    as a blank page: the author is told to write in it, not to save it again."""
    settings.source.mkdir()
    (settings.source / "notes.docx").write_bytes(b"")
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert str(caught.value) == (f"{settings.source / 'notes.docx'}: the Word document is "
                                 "empty: write the handout in it and save it from Word, or "
                                 "take it out of the source folder")


def test_a_word_handout_without_a_title_is_told_how_word_gives_one(settings, caplog):
    """A Word file has no front matter: the warning names Word's own ways to a title."""
    import logging

    settings.source.mkdir()
    write_docx(settings.source / "dose-card.docx", paragraph("Take one each morning."))
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    assert document.meta.title == "Dose card"
    [warning] = [r.getMessage() for r in caplog.records if "no title" in r.getMessage()]
    assert warning.endswith("dose-card.docx: no title and no heading: the file name, 'Dose "
                            "card', is used; give its first line Word's Title style, or fill "
                            "in Title under File > Info")
    assert "front matter" not in warning


def test_a_word_footnote_is_cited_and_read_as_a_markdown_one(settings):
    """Word's footnotes (Microsoft's own test file): mammoth printed "a[1]powerful" and the
    voice said "a 1 powerful way", the note read after the last section; now it is "(note
    1)" in the sentence and "Note 1: ..." at the end of the section that cites it."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "openxml-powertools-footnote.docx", settings.source / "video.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Video provides a (note 1) powerful way to help you prove your point.",
                        "Note 1: This is a footnote."]
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "video" / "video.pdf") as pdf:
        printed = "\n".join(page.extract_text() for page in pdf.pages)
    # Printed as a Markdown handout's note: "a [1]" and, under Notes, "1. This is a ...".
    assert "↑" not in printed and "Notes\n1. This is a footnote." in printed


def test_a_picture_without_alt_text_in_a_word_footnote_is_found_at_its_mark(tmp_path):
    """docx2python's example.docx has a picture with no description in a footnote: the lint
    saw only the body's pictures, and the PDF's check found "2 figure(s) without alternative
    text", which does not say where in Word they are. The finding names the paragraph of the
    footnote's mark, and the paragraphs after it keep their numbers."""
    notes = ('<?xml version="1.0"?><w:footnotes ' + W + '><w:footnote w:id="1"><w:p><w:r>'
             '<w:t xml:space="preserve">The side door is here:</w:t></w:r></w:p>'
             + picture(None) + '</w:footnote></w:footnotes>')
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = write_docx(tmp_path / "door.docx", "".join([
        paragraph("Finding us", "Title"),
        '<w:p><w:r><w:t xml:space="preserve">Come in by the side door.</w:t></w:r><w:r>'
        '<w:footnoteReference w:id="1"/></w:r></w:p>',
        picture(None)]), relationships=f'<Relationship Id="rIdNotes" Type="{relationship}/'
                                       'footnotes" Target="footnotes.xml"/>')
    with zipfile.ZipFile(path, "a") as docx:
        docx.writestr("word/footnotes.xml", notes)
        docx.writestr("word/_rels/footnotes.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rIdPicture" Type="{relationship}/'
            'image" Target="media/tablet.png"/></Relationships>'))
    assert [(f.where, f.rule, f.message.split(":")[0]) for f in lint_source(path)] == [
        (f"{path}: paragraph 2", "image-alt", "picture in a footnote with no alt text"),
        (f"{path}: paragraph 3", "image-alt", "picture with no alt text")]


def test_hidden_word_text_is_neither_printed_nor_said(settings):
    """A run Word hides (Font, Hidden) does not print from Word, and must not here: in
    Microsoft's test file, the second sentence is hidden."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "openxml-powertools-hidden-run.docx", settings.source / "hidden.docx")
    [document] = load_documents(settings)
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "Video provides a powerful way" in said and "You can also type a keyword" in said
    assert "When you click Online Video" not in said
    assert "Online Video" not in "".join(section.html for section in document.sections)


def test_a_word_file_named_for_its_language_is_in_it_whatever_word_marks(settings, caplog):
    """The Home Office's Czech poster is marked en-US in Word: the warning said so, but
    neither naming the file for Czech nor the project's `lang` changed its voice."""
    settings.source.mkdir()
    czech = "".join(paragraph(text) for text in [
        "Používejte jednoduché věty a běžná slova, která lidé znají.",
        "Nepište celé věty velkými písmeny, protože se špatně čtou.",
        "Text zarovnejte doleva a nepoužívejte kurzívu ani podtržení.",
        "Používejte dostatečně velké písmo a mezery mezi řádky.",
        "Dlouhé odstavce rozdělte na kratší části s nadpisy.",
        "Obrázky a schémata pomáhají pochopit složité informace."])
    write_docx(settings.source / "poster.docx", paragraph("Dyslexie", "Title") + czech,
               lang="en-US")
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    assert document.meta.lang == "en-US"
    assert "or name the file for its language ('poster.cs.docx')" in caplog.text
    (settings.source / "poster.docx").rename(settings.source / "poster.cs.docx")
    [document] = load_documents(settings)
    assert document.meta.lang == "cs"


def test_a_contents_heading_left_with_no_list_under_it_goes(settings):
    """DAISY's guide said "Contents" and went on to its first chapter: the heading stays
    when Word's contents list under it (its lines styled "TOC 1") goes."""
    settings.source.mkdir()
    toc = ('<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>')
    body = "".join([paragraph("Guide", "Title"), paragraph("Contents", "Heading1"),
                    paragraph("Introduction 2", "TOC1"), paragraph("Introduction", "Heading1"),
                    paragraph("Read this."), paragraph("Contents", "Heading1"),
                    paragraph("What a box holds.")])
    write_docx(settings.source / "guide.docx", body, extra_styles=toc)
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Guide", "Introduction", "Contents"]


@pytest.mark.parametrize("label", [
    '<w:p><w:r><w:rPr><w:sz w:val="56"/></w:rPr><w:t>Table of Contents</w:t></w:r></w:p>',
    paragraph("Contents", bold=True)], ids=["large", "bold"])
def test_a_typed_contents_label_goes_with_the_list_under_it(settings, label):
    """Sweep CK: a staff handbook's "Table of Contents", typed in 28 pt over Word's contents
    list, printed over nothing, ended its title's MP3, and check told its author to make it
    a heading (an empty section); a bold "Contents" alike. It goes with the list."""
    settings.source.mkdir()
    toc = '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    body = "".join([paragraph("Staff handbook", "Title"), label,
                    paragraph("Welcome 2", "TOC1"), paragraph("Welcome", "Heading1"),
                    paragraph("We are glad you are here.")])
    source = write_docx(settings.source / "handbook.docx", body, extra_styles=toc)
    [document] = load_documents(settings)
    assert "Contents" not in document.sections[0].html + document.sections[0].transcript
    assert [s.heading for s in document.sections] == ["Staff handbook", "Welcome"]
    assert not [f for f in lint_source(source) if f.rule == "fake-heading"]


def test_clauses_on_lines_of_one_paragraph_are_each_a_sentence(settings):
    """Sweep CK: a homeowners' association's bylaws typed their clauses "(a) …;", "(b) …;"
    a line each in one paragraph (Shift+Enter), printed so and said as one run-on sentence.
    Each is its own, as the same lines in Markdown are; a line that only wraps is not."""
    settings.source.mkdir()
    br = "<w:r><w:br/></w:r>"
    clauses = (f"<w:p><w:r><w:t>(a) Adopt rules;</w:t></w:r>{br}{br}<w:r><w:t>(b) Suspend "
               f"a member in default;</w:t></w:r>{br}<w:r><w:t>(c) Employ a manager, who "
               f"</w:t></w:r>{br}<w:r><w:t>reports to the Board.</w:t></w:r></w:p>")
    body = paragraph("Powers", "Title") + paragraph("The Board shall have power to:") + clauses
    write_docx(settings.source / "bylaws.docx", body)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][2:] == [
        "(a) Adopt rules;", "(b) Suspend a member in default;",
        "(c) Employ a manager, who reports to the Board."]


def test_a_cover_title_on_three_large_bold_lines_is_the_title(settings):
    """Sweep CK: a club's bylaws from Google Docs opened with "University of Cincinnati",
    "CubeCats" and "Bylaws", centred, bold, 36 pt: titled "University of Cincinnati:
    CubeCats", "Bylaws" was the first line of text, and check told the author to make
    both lines headings. Two such lines are the text's own (`document.take_title`)."""
    settings.source.mkdir()
    line = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="72"/>'
            '</w:rPr><w:t>{}</w:t></w:r></w:p>')
    body = "".join([paragraph(""), *map(line.format, ["University of Cincinnati", "CubeCats",
                                                      "Bylaws"]), paragraph(""),
                    paragraph("Section 1: Duties of officers", "Heading1"),
                    paragraph("The President shall preside at all meetings.")])
    source = write_docx(settings.source / "bylaws.docx", body)
    [document] = load_documents(settings)
    assert document.meta.title == "University of Cincinnati: CubeCats Bylaws"
    assert "Bylaws" not in document.sections[0].transcript.replace(document.meta.title, "")
    assert not [f for f in lint_source(source) if f.rule == "fake-heading"]


def test_a_heading_style_in_a_table_cell_is_the_cell_text(settings):
    """Sweep CK: a council's "Members present" table set its clerks in Heading 1, printed
    at heading size beside the same column's other names, and the PDF's bookmarks were
    staff names, though the voice read them as cell text. They are the cell's text."""
    settings.source.mkdir()
    cell = "<w:tc>{}</w:tc>".format
    table = ("<w:tbl><w:tr>" + cell(paragraph("Members present")) + cell(paragraph(
        "Public service", "Heading1")) + "</w:tr><w:tr>" + cell(paragraph("Mayor Bowman"))
        + cell(paragraph("Mr. M. Lemoine, Deputy City Clerk", "Heading1")) + "</w:tr></w:tbl>")
    body = "".join([paragraph("Council meeting", "Title"), table,
                    paragraph("Decisions", "Heading1"), paragraph("All items were adopted.")])
    write_docx(settings.source / "minutes.docx", body)
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Council meeting", "Decisions"]
    assert "<td><p>Mr. M. Lemoine, Deputy City Clerk</p></td>" in document.sections[0].html
    assert not re.search(r"<h[1-6]", document.sections[0].html)


def test_a_hebrew_word_document_is_hebrew_though_word_itself_is_english(settings):
    """A real Hebrew leaflet written in an English Word: its Latin-text language is en-US,
    its right-to-left language (w:bidi) he-IL. It is Hebrew: Hebrew voice, set from the
    right. The English default was read by the English voice and set from the left."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "openxml-powertools-hebrew.docx", settings.source / "trip.docx")
    [document] = load_documents(settings)
    assert document.meta.lang == "he-IL" and document.meta.direction == "rtl"
    english = write_docx(settings.source / "english.docx", paragraph("Take one each day."),
                         lang="en-US")
    assert read_source(english).front_matter["default_lang"] == "en-US"


def test_text_marked_in_a_language_is_in_it_whatever_word_s_own_default(settings):
    """docx4j's Convert_Out was written in a German Word (its default language de-DE) and
    is in English, its text marked en-US as Word marks what is typed: it was narrated by
    the German voice. Text in the language of Word's default is unchanged, and so is a
    document whose marked text is the lesser part."""
    settings.source.mkdir()

    def marked(text: str, lang: str) -> str:
        return (f'<w:p><w:r><w:rPr><w:lang w:val="{lang}"/></w:rPr>'
                f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')

    english = write_docx(settings.source / "english.docx", "".join([
        paragraph("Your tablets", "Title"), marked("Take one tablet on 03/04/2026.", "en-AU"),
        marked("Swallow it with water.", "en-AU")]), lang="de-DE")
    german = write_docx(settings.source / "german.docx", "".join([
        paragraph("Ihre Tabletten", "Title"), paragraph("Nehmen Sie eine Tablette täglich."),
        marked("OK", "en-US")]), lang="de-DE")
    assert read_source(english).front_matter["lang"] == "en-AU"
    assert read_source(german).front_matter["default_lang"] == "de-DE"
    document = next(d for d in load_documents(settings) if d.slug == "english")
    assert document.meta.lang == "en-AU"
    said = [u.spoken for section in document.sections for u in section.script]
    assert said == ["Your tablets", "Take one tablet on 3 April 2026.", "Swallow it with water."]


FRENCH_STYLES = ('<w:style w:type="paragraph" w:styleId="Corpsdetexte"><w:name w:val="Body '
                 'Text"/><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:style>'
                 '<w:style w:type="paragraph" w:styleId="Objet"><w:name w:val="Objet"/>'
                 '<w:basedOn w:val="Corpsdetexte"/></w:style>')


def test_text_in_styles_marked_in_a_language_is_in_it(settings):
    """A French rectorate's letter template marks its text French through its paragraph
    styles (one based on another), over an en-US default from the template it came from:
    Word shows every paragraph as French, and the English voice read it."""
    settings.source.mkdir()
    write_docx(settings.source / "avis.docx", "".join([
        paragraph("Avis du directeur", "Title"),
        paragraph("J’ai l’honneur de porter à votre connaissance mon avis.", "Corpsdetexte"),
        paragraph("Objet : demande d’autorisation", "Objet")]), lang="en-US",
        extra_styles=FRENCH_STYLES)
    [document] = load_documents(settings)
    assert document.meta.lang == "fr-FR"


def test_the_project_s_language_comes_before_word_s_default(settings, caplog):
    """A French public body's parental consent form, from an en-US template and its text
    marked in no language, was read by the English voice though the project said `lang =
    "fr"`: Word's default is often that of Word itself, which nobody chose. Text marked in
    a language still is in it."""
    settings.source.mkdir()
    write_docx(settings.source / "autorisation.docx", "".join([
        paragraph("Autorisation parentale", "Title"),
        paragraph("Je soussigné(e) autorise mon enfant à participer au tournage."),
        paragraph("Nom, prénom : ______")]), lang="en-US")
    french = settings.replace(lang="fr")
    [document] = load_documents(french)
    assert document.meta.lang == "fr"
    assert [u.spoken for u in document.sections[0].script][1:] == [
        "Je soussigné autorise mon enfant à participer au tournage.", "Nom, prénom : blanc"]
    [document] = load_documents(settings)
    assert document.meta.lang == "en-US"  # no project language: Word's default


def test_a_word_equation_is_read_as_its_text(settings):
    """mammoth drops Word's equations (Office Math) without a word: "Work out the dose:
    milligrams." Each is read as a line of text, as Word's linear format writes it, its
    powers and indexes of digits raised and lowered as print sets them: a leaflet's BMI
    printed "(height in m)^2" and was said "(height in m) 2"."""
    math = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
    equation = (f'<w:p><w:r><w:t xml:space="preserve">Work out the dose: </w:t></w:r>'
                f'<m:oMath {math}><m:r><m:t>dose = </m:t></m:r><m:f><m:num><m:r><m:t>weight'
                '</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f>'
                '<m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r>'
                '</m:sup></m:sSup></m:oMath><w:r><w:t xml:space="preserve"> milligrams.'
                '</w:t></w:r></w:p>')
    settings.source.mkdir()
    write_docx(settings.source / "dose.docx", paragraph("Your dose", "Title") + equation)
    [document] = load_documents(settings)
    [section] = document.sections
    assert "Work out the dose: dose = (weight)/2x² milligrams." in section.html
    assert "dose = (weight) divided by 2x squared milligrams." in section.script[-1].spoken
    settings.source.joinpath("dose.docx").unlink()
    write_docx(settings.source / "chart.docx", "<w:p></w:p>")
    with pytest.raises(HandoutError, match="the document has no text that can be read"):
        load_documents(settings)


def test_an_unfilled_form_fields_placeholder_is_not_the_handouts_words(settings):
    """A content control still showing its placeholder ("Click or tap to enter a date.") is
    Word's prompt to whoever fills the form in; it was printed and said as the handout's."""
    settings.source.mkdir()
    field = ("<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent>"
             + paragraph("Click or tap to enter a date.") + "</w:sdtContent></w:sdt>")
    filled = ("<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>"
              + paragraph("Monday 3 March") + "</w:sdtContent></w:sdt>")
    write_docx(settings.source / "visit.docx", paragraph("Your visit", "Title")
               + paragraph("Your appointment is on:") + field + paragraph("Or on:") + filled)
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Your visit", "Your appointment is on:", "Or on:", "Monday 3 March"]


def test_a_templates_own_heading_style_starts_a_section(settings):
    """A clinic template's "Leaflet Heading", based on Heading 1 with its outline level, is a
    heading in Word's navigation pane; it was body text here, the leaflet one section."""
    settings.source.mkdir()
    custom = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="LeafletHeading">'
              '<w:name w:val="Leaflet Heading"/><w:basedOn w:val="Heading1"/></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Sub">'
              '<w:name w:val="Leaflet Sub"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>')
    write_docx(settings.source / "eyes.docx", paragraph("Your eye test", "Title")
               + paragraph("Come early.") + paragraph("On the day", "LeafletHeading")
               + paragraph("Bring your glasses.") + paragraph("Drops", "Sub")
               + paragraph("They sting.") + paragraph("Afterwards", "LeafletHeading")
               + paragraph("Do not drive."), extra_styles=custom)
    [document] = load_documents(settings)
    assert [(section.heading, section.level) for section in document.sections] == [
        ("Your eye test", 1), ("On the day", 1), ("Drops", 2), ("Afterwards", 1)]


def test_a_style_named_as_a_heading_makes_headings_of_short_paragraphs(settings):
    """An after-school club's handbook set its headings in its own "HB sectionhead" and "HB
    subhead" styles, with no outline level: six pages printed and played as one section
    with no heading. Under its one section heading, the subheadings start the sections;
    a sentence in the subheading style (five of its photograph policy's) stays a paragraph,
    and so does a paragraph in the page header's style."""
    settings.source.mkdir()
    custom = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="HBsectionhead">'
              '<w:name w:val="HB sectionhead"/></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="HBsubhead">'
              '<w:name w:val="HB subhead"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/></w:style>')
    write_docx(settings.source / "handbook.docx", paragraph("Club handbook", "Title")
               + paragraph("About the club", "HBsectionhead") + paragraph("Welcome.")
               + paragraph("Illness", "HBsubhead") + paragraph("Keep them at home.")
               + paragraph("If we use photographs of children, we ask first.", "HBsubhead")
               + paragraph("Medication", "HBsubhead") + paragraph("Label it.")
               + paragraph("Ring us", "Header"), extra_styles=custom)
    [document] = load_documents(settings)
    assert [section.heading for section in document.sections] == [
        "Club handbook", "About the club", "Illness", "Medication"]
    assert [u.text for u in document.sections[2].script] == [
        "Illness", "Keep them at home.", "If we use photographs of children, we ask first."]
    assert [u.text for u in document.sections[3].script][-1] == "Ring us"


def test_a_templates_subheadings_under_words_own_headings_stay_under_them(settings):
    """A mentoring handbook gives each mentor's name a style based on Heading 2, and under
    it three labels in its template's "Subheadings" style: each label made a section of
    its own, 147 of 207 sections called "Areas of interest" and the like, no longer saying
    whose they were. Under Word's own headings, they are subheadings in the mentor's."""
    settings.source.mkdir()
    custom = ('<w:style w:type="paragraph" w:styleId="Mentorname"><w:name w:val="Mentor '
              'name"/><w:basedOn w:val="Heading2"/></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Subheadings">'
              '<w:name w:val="Subheadings"/></w:style>')
    mentors = "".join(paragraph(name, "Mentorname") + paragraph("A doctor.")
                      + paragraph("Areas of interest", "Subheadings") + paragraph("Vaccines.")
                      for name in ("Abela Mahimbo", "Adam Shoe"))
    write_docx(settings.source / "mentors.docx", paragraph("Mentee handbook", "Title") + mentors,
               extra_styles=custom)
    [document] = load_documents(settings)
    assert [section.heading for section in document.sections] == [
        "Mentee handbook", "Abela Mahimbo", "Adam Shoe"]
    assert "<h3" in document.sections[1].html


def test_a_style_without_a_type_or_an_id_is_read_as_word_reads_it(tmp_path):
    """The standard lets a style leave out its type (a paragraph style, then), and Word
    opens one without an id; a real clinical protocol with both was "not a Word document"."""
    loose = ('<w:style w:styleId="Plain"><w:name w:val="Plain"/></w:style>'
             '<w:style><w:name w:val="EmptyCellLayoutStyle"/></w:style>')
    path = write_docx(tmp_path / "protocol.docx", paragraph("Study design", "Title")
                      + paragraph("Patients are seen weekly.", "Plain"), extra_styles=loose)
    source = read_source(path)
    assert source.front_matter["title"] == "Study design"
    assert source.html == "<p>Patients are seen weekly.</p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_simple_fields_result_is_read_and_an_unread_element_is_noted(tmp_path):
    """mammoth drops a simple field (w:fldSimple) whole: a real mail-merge letter read "Du,
    , tiltræder" and a link "Visit ." Its result is kept, a HYPERLINK as a link; and an
    element mammoth does not know is a note, once, where it was silently left out."""
    link = '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.nhs.uk/&quot; ">'
    path = write_docx(tmp_path / "letter.docx", paragraph("Your letter", "Title")
                      + f'<w:p>{run("Dear ")}<w:fldSimple w:instr=" MERGEFIELD FirstName ">'
                      + run("Jane") + f'</w:fldSimple>{run(",")}</w:p>'
                      + f'<w:p>{run("Visit ")}{link}{run("the NHS website")}</w:fldSimple>'
                      + f'{run(".")}<w:fldSimple w:instr=" PAGE "/></w:p>'
                      + f"<w:p><w:futureText>{run('Lost')}</w:futureText></w:p>"
                      + f"<w:p><w:futureText>{run('Lost')}</w:futureText></w:p>")
    source = read_source(path)
    assert source.html == ('<p>Dear Jane,</p><p>Visit <a href="https://www.nhs.uk/">the NHS '
                           'website</a>.</p>')
    assert source.notes == ((4, "word-unread", "Word's w:futureText element cannot be read, so "
                             "its words are neither printed nor said: 'Lost': if readers need "
                             "them, type them into the document as text"),)


def field(*code: str) -> str:
    """A field's start and its code, each of `code` in a run of its own, up to its result."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + "".join(f'<w:r><w:instrText xml:space="preserve">{part}</w:instrText></w:r>'
                      for part in code)
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')


def test_a_links_address_is_only_its_address_and_place(tmp_path):
    """mammoth took all that followed a HYPERLINK field's address for the address: pandoc's
    instrText_hyperlink.docx linked "Foundations of Analysis" to '...pg=PA19" \\l
    "v=onepage&q&f=true', printed after the link, and a Wikipedia page pasted into Word
    (apache/poi's delins.docx) had '" \\o "Tilaka' in each address, its hover tip. The
    place in the page (\\l) follows a "#"; the tip and the window (\\o, \\t) are no
    part of it, nor is the code's split into runs."""
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    book = field(" HYPERLINK &quot;https://example.org/book?id=7&amp;pg=19",
                 "&quot; \\l &quot;v=onepage&amp;q&quot; ")
    wiki = field(" HYPERLINK &quot;https://en.wikipedia.org/wiki/Tilaka&quot; \\o "
                 "&quot;Tilaka&quot; \\t &quot;_blank&quot; ")
    place = field(" HYPERLINK \\l &quot;Dosage&quot; ")
    path = write_docx(tmp_path / "reading.docx", paragraph("Reading", "Title")
                      + f"<w:p>{book}{run('Foundations')}{end}</w:p>"
                      + f"<w:p>{wiki}{run('tilaka')}{end}</w:p>"
                      + f"<w:p>{place}{run('see Dosage')}{end}</w:p>")
    assert read_source(path).html == (
        '<p><a href="https://example.org/book?id=7&amp;pg=19#v=onepage&amp;q">Foundations</a>'
        '</p><p><a href="https://en.wikipedia.org/wiki/Tilaka">tilaka</a></p>'
        '<p><a href="#Dosage">see Dosage</a></p>')


def test_embedded_ruby_and_spacing_runs_are_read_without_gluing_words(tmp_path):
    """Words in a right-to-left embedding (w:dir, w:bdo) or under furigana (w:ruby) were
    dropped, and a carriage return, an absolute tab or a page break in a paragraph glued
    the words either side: "Welcome, to the clinic.", "Go to station.", "Name:Jane"."""
    ruby = ('<w:r><w:ruby><w:rubyPr><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:t>とうきょう'
            '</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    path = write_docx(tmp_path / "runs.docx", paragraph("Runs", "Title")
                      + f'<w:p>{run("Welcome, ")}<w:dir w:val="rtl">{run("مرحبا بكم")}</w:dir>'
                      + f'{run(" and ")}<w:bdo w:val="rtl">{run("ABC")}</w:bdo>{run(".")}</w:p>'
                      + f'<w:p>{run("Go to ")}{ruby}{run(" station.")}</w:p>'
                      + f'<w:p>{run("Line one")}<w:r><w:cr/></w:r>{run("line two")}</w:p>'
                      + f'<w:p>{run("Name:")}<w:r><w:ptab w:relativeTo="margin" '
                      + f'w:alignment="right" w:leader="none"/></w:r>{run("Jane")}</w:p>'
                      + f'<w:p>{run("End of page one.")}<w:r><w:br w:type="page"/></w:r>'
                      + f'{run("Start of page two.")}<w:r><w:br w:type="column"/></w:r></w:p>'
                      + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    assert read_source(path).html == (
        "<p>Welcome, مرحبا بكم and ABC.</p><p>Go to 東京 station.</p>"
        "<p>Line one<br />\nline two</p><p>Name: Jane</p>"
        "<p>End of page one. Start of page two. </p>")


def test_a_tab_is_a_space_in_headings_titles_and_text(settings):
    """Headings numbered by hand ("Part 1<tab>Before you come") kept the tab: `check` found
    no bookmark for the heading it printed, and the MP3 title held a tab; a Title paragraph
    lost it ("Leaflet 2Your visit"). Large print reflows: a tab is a space, as HTML prints it."""
    tab = "<w:r><w:tab/></w:r>"
    settings.source.mkdir()
    write_docx(settings.source / "visit.docx",
               f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{run("Leaflet 2")}{tab}'
               f'{run("Your visit")}</w:p><w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs>'
               f'<w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>{run("Part 1")}{tab}'
               f'{run("Before you come")}</w:p><w:p>{run("Name:")}{tab}{run("Jane")}</w:p>')
    [document] = load_documents(settings)
    assert document.meta.title == "Leaflet 2 Your visit"
    assert [s.heading for s in document.sections] == ["Leaflet 2 Your visit",
                                                      "Part 1 Before you come"]
    assert "\t" not in document.sections[1].html
    assert [u.text for u in document.sections[1].script] == ["Part 1 Before you come",
                                                             "Name: Jane"]


def test_columns_typed_with_tabs_are_apart_on_the_page_and_in_the_voice(settings):
    """The ONS birth and death extracts' data access agreement lists its purposes in two
    columns typed with tabs, "Support for clinical governance<tab><tab><tab>Needs
    assessment": a space between them ran both into one phrase, printed and said. One tab,
    and tabs in a heading, are still a space."""
    tabs = "<w:r><w:tab/></w:r>" * 3
    settings.source.mkdir()
    write_docx(settings.source / "purposes.docx",
               f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run("Part 1")}{tabs}'
               f'{run("Purposes")}</w:p><w:p>{run("Support for clinical governance")}{tabs}'
               f'{run("Needs assessment")}</w:p><w:p>{run("Audit ")}{tabs}'
               f'{run("Small area statistics")}</w:p><w:p>{run("Name:")}{tabs}{run("Jane")}'
               f'</w:p><w:p>{run("Vorname:")}{tabs}{run("Telefax:")}</w:p>')
    [document] = load_documents(settings)
    [section] = document.sections
    assert section.heading == "Part 1 Purposes"
    printed = [text_of(p) for p in parse_html(section.html).iter("p")]
    assert printed == ["Support for clinical governance\u2003Needs assessment",
                       "Audit\u2003Small area statistics", "Name:\u2003Jane",
                       "Vorname:\u2003Telefax:"]
    # a label beside another, a German form's "Vorname:⇥⇥Telefax:", ends as a sentence
    assert [u.text for u in section.script] == [
        "Part 1 Purposes", "Support for clinical governance, Needs assessment",
        "Audit, Small area statistics", "Name: Jane", "Vorname. Telefax:"]


def test_lines_to_sign_over_their_labels_are_each_said_with_its_label(settings):
    """A consent form in Word (sweep BE, hopebot-consent) signs off with two lines to write
    on typed with tabs, "_____<tab><tab>_____", over their labels, "Name of participant<tab>
    <tab>Date": said "blank, blank" then "Name of participant, Date". Each label is said
    with its line, as a reader reads them; print keeps the lines over the labels, where a
    second row, the researcher's, made the four lines two columns side by side. Lines over
    words that are no labels stay as they were."""
    tabs = "<w:r><w:tab/></w:r>" * 2
    blanks = f'<w:p>{run("_" * 20)}{tabs}{run("_" * 12)}</w:p>'
    settings.source.mkdir()
    write_docx(settings.source / "consent.docx",
               f'{blanks}<w:p>{run("Name of participant")}{tabs}{run("Date")}</w:p>'
               f'{blanks}<w:p>{run("Name of researcher")}{tabs}{run("Date")}</w:p>'
               f'{blanks}<w:p>{run("Please sign both copies.")}</w:p>')
    [document] = load_documents(settings)
    [section] = document.sections
    printed = [text_of(p) for p in parse_html(section.html).iter("p")]
    assert printed[:4] == ["_" * 20 + "\u2003" + "_" * 12, "Name of participant\u2003Date",
                           "_" * 20 + "\u2003" + "_" * 12, "Name of researcher\u2003Date"]
    assert [u.text for u in section.script][1:] == [
        "Name of participant: blank. Date: blank.", "Name of researcher: blank. Date: blank.",
        "blank, blank", "Please sign both copies."]


def test_columns_typed_with_the_space_bar_are_apart_on_the_page_and_in_the_voice(settings):
    """SocialGouv's parental consent form for children in show business sets its three
    signatures side by side in one paragraph, fourteen and sixteen spaces between them:
    "Date et signature du père 1 Date et signature de la mère 2 …" was printed and said as
    one sentence. Two or three spaces typed between words stay a space."""
    signatures = (" " * 14).join(["Date et signature du père 1",
                                  "Date et signature de la mère 2"])
    settings.source.mkdir()
    write_docx(settings.source / "demande.docx", paragraph("Demande", "Title")
               + paragraph(signatures) + paragraph("Signez  ici, puis   datez."), lang="fr-FR")
    [document] = load_documents(settings)
    [section] = document.sections
    assert [text_of(p) for p in parse_html(section.html).iter("p")][0] == \
        "Date et signature du père 1\u2003Date et signature de la mère 2"
    assert [u.text for u in section.script][1:] == [
        "Date et signature du père 1, Date et signature de la mère 2",
        "Signez ici, puis datez."]


def test_two_blocks_typed_side_by_side_are_read_one_after_the_other(settings):
    """An after-school club's handbook set its address beside Ofsted's, a line of each to a
    paragraph with tabs between: each line was read across both, "Wickwar, Manchester M1
    2WD", "GL12 8NH, Tel: 0300 123 1231". A form's labelled lines are still read across."""
    tabs = "<w:r><w:tab/></w:r>" * 4
    bold = '<w:r><w:rPr><w:b/></w:rPr><w:t>Ofsted</w:t></w:r>'
    lines = [("Honeybourne Way", "Store Street"), ("Wickwar", "Manchester M1 2WD")]
    settings.source.mkdir()
    write_docx(settings.source / "contact.docx", paragraph("Contact", "Heading1")
               + f"<w:p>{run('Wickwar Club')}{tabs}{bold}</w:p>"
               + "".join(f"<w:p>{run(a)}{tabs}{run(b)}</w:p>" for a, b in lines)
               + f"<w:p>{run('GL12 8NH')}{tabs}{run('Tel: 0300 123 1231')}<w:r><w:br/></w:r>"
               + f"{run('Email us.')}</w:p>"
               + f"<w:p>{run('Name:')}{tabs}{run('Jane')}</w:p>"
               + f"<w:p>{run('Date:')}{tabs}{run('1 May')}</w:p>"
               + f"<w:p>{run('Ward:')}{tabs}{run('Ash')}</w:p>")
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Contact", "Wickwar Club, Honeybourne Way, Wickwar, GL12 8NH",
        "Ofsted, Store Street, Manchester M1 2WD", "Tel: 0300 123 1231", "Email us.",
        "Name: Jane", "Date: 1 May", "Ward: Ash"]


def test_a_vml_picture_keeps_its_place_and_its_description(settings):
    """Word 2007-2010 and converted .doc files write pictures in VML (w:pict): mammoth put
    one after its paragraph without its description, which was never said, and `check`
    called it a picture with no alt text."""
    vml = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="P1" '
           'alt="A white round tablet marked 2mg" style="width:60pt;height:45pt"><v:imagedata '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" r:id="rIdPicture" '
           'o:title="tablet.png"/></v:shape></w:pict></w:r>')
    settings.source.mkdir()
    path = write_docx(settings.source / "tablet.docx", paragraph("Your tablet", "Title")
                      + f'<w:p>{run("It looks like this: ")}{vml}{run(" Take one.")}</w:p>')
    assert read_source(path).notes == ()
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    [picture] = body.find("p").iter("img")  # in its sentence, not after it
    assert picture.get("alt") == "A white round tablet marked 2mg"
    assert [u.text for u in section.script][1:] == [
        "It looks like this: Image: A white round tablet marked 2 milligrams. Take one."]


VML = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def wordart(words: str, inside: str = "") -> str:
    """A run holding a WordArt of `words`, with what Word writes in its shape besides (a
    lock, a fill), in a group with `inside` (another shape) if given."""
    shape = ('<v:shape type="#_x0000_t136" style="width:187pt;height:28pt"><o:lock v:ext="edit" '
             'text="t"/><v:fill color2="#aaa" type="gradient"/><v:textpath style="font-family:'
             f'&quot;Arial Black&quot;" string="{words}"/></v:shape>')
    return (f"<w:r><w:pict {VML}>" + (f"<v:group>{shape}{inside}<w10:anchorlock/></v:group>"
                                      if inside else shape) + "</w:pict></w:r>")


def test_wordart_is_read_as_its_words_and_a_shape_without_words_is_no_note(settings):
    """An open day's date set in WordArt ("Saturday 10 May, 10am to 4pm", a VML text path)
    was neither printed nor said, and the build said nothing. It is read as its words, where
    it stands, as Word's "Convert to text" reads it. A WordArt grouped with a text box, left
    as it is, is a note that quotes its words; the parts of a shape that hold none (its lock,
    fill and path, `o:lock`, `v:fill`, `v:path`, `w10:anchorlock`) were notes too, one
    named by its namespace's address, and are none."""
    text_box = ('<v:shape><v:path o:connecttype="rect"/><v:textbox><w:txbxContent>'
                f'{paragraph("Dictionary")}</w:txbxContent></v:textbox></v:shape>')
    settings.source.mkdir()
    path = write_docx(settings.source / "open-day.docx", "".join([
        paragraph("Open day", "Title"), paragraph("Come to our open day."),
        f"<w:p>{wordart('Saturday 10 May, 10am to 4pm')}</w:p>",
        f"<w:p>{run('Bring a friend.')}{wordart('Free entry')}</w:p>",
        f"<w:p>{wordart('Open all week', text_box)}</w:p>"]))
    assert read_source(path).notes == ((5, "word-unread", (
        "Word's v:textpath element cannot be read, so its words are neither printed nor said: "
        "'Open all week': if readers need them, type them into the document as text")),)
    [document] = load_documents(settings)
    [section] = document.sections
    assert [u.text for u in section.script][1:] == [
        "Come to our open day.", "Saturday 10 May, 10am to 4pm", "Bring a friend.",
        "Free entry", "Dictionary"]
    assert [" ".join(text_of(p).split()) for p in parse_html(section.html).iter("p")] == [
        "Come to our open day.", "Saturday 10 May, 10am to 4pm", "Bring a friend. Free entry",
        "Dictionary"]


def drop_down(chosen: str) -> str:
    """A Word FORMDROPDOWN field offering Morning and Afternoon (`chosen`: its w:result)."""
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Drop1"/>'
            f'<w:enabled/><w:ddList>{chosen}<w:listEntry w:val="Morning"/><w:listEntry '
            'w:val="Afternoon"/></w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText '
            'xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar '
            'w:fldCharType="end"/></w:r>')


def test_a_drop_down_form_field_is_read_as_its_chosen_entry(tmp_path):
    """Word shows the entry chosen in a drop-down form field from the field's data, where
    mammoth finds no text: a filled-in form read "Preferred time:" and nothing."""
    link = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK '
            '"https://www.nhs.uk/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"'
            f'/></w:r>{run("NHS")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    afternoon = '<w:result w:val="1"/>'
    path = write_docx(tmp_path / "form.docx", paragraph("Appointment form", "Title")
                      + f'<w:p>{link}{run(" Preferred time: ")}{drop_down(afternoon)}</w:p>'
                      + f'<w:p>{run("Or: ")}{drop_down("")}</w:p>')
    assert read_source(path).html == ('<p><a href="https://www.nhs.uk/">NHS</a> Preferred '
                                      'time: Afternoon</p><p>Or: Morning</p>')


def check_box(ticked: bool) -> str:
    """A Word legacy form check box (FORMCHECKBOX field), `ticked` by default or not."""
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            f'<w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="{int(ticked)}"/>'
            '</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> '
            'FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_a_forms_check_box_is_printed_as_word_prints_it(settings):
    """mammoth writes a form's check box as an HTML check box, which became a task list's
    "To do:" or "Done:" in bold before its label: a real visa form read "Sex male To do:
    female To do:". It is ☐ or ☒ where the form has it, as Word prints it."""
    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    control = (f'<w:sdt><w:sdtPr><w14:checkbox {w14}><w14:checked w14:val="1"/></w14:checkbox>'
               f'</w:sdtPr><w:sdtContent>{run("☒")}</w:sdtContent></w:sdt>')
    settings.source.mkdir()
    write_docx(settings.source / "form.docx", paragraph("Registration", "Title")
               + f'<w:p>{run("Do you drive? ")}{check_box(False)}{run(" Yes ")}'
               + f'{check_box(True)}{run(" No")}</w:p><w:p>{run("I agree ")}{control}</w:p>')
    [document] = load_documents(settings)
    [section] = document.sections
    assert [text_of(p) for p in parse_html(section.html).iter("p")] == [
        "Do you drive? ☐ Yes ☒ No", "I agree ☒"]
    assert "To do" not in section.html and "Done" not in section.html


def with_title_property(path: Path, title: str) -> Path:
    """`path`, a Word document, with `title` as its Title property (File > Info)."""
    with zipfile.ZipFile(path, "a") as docx:
        docx.writestr("docProps/core.xml", (
            '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.'
            'org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/'
            f'1.1/"><dc:title>{title}</dc:title></cp:coreProperties>'))
    return path


def test_a_stale_title_property_does_not_title_the_document(settings):
    """Word never prints the Title property, and Word 2003 and converters filled it in from
    other texts: a real Alice in Wonderland file was titled, printed and announced "CHAPTER
    I" above its first heading. The property titles a document with no Heading 1, or one
    whose opening, up to its first Heading 1, holds it; else the first heading does."""
    settings.source.mkdir()
    with_title_property(write_docx(
        settings.source / "alice.docx", paragraph("Alice's Adventures in Wonderland", "Heading1")
        + paragraph("CHAPTER I") + paragraph("Down the Rabbit-Hole", "Heading1")), "CHAPTER I")
    [document] = load_documents(settings)
    assert document.meta.title == "Alice's Adventures in Wonderland"
    assert [s.heading for s in document.sections] == ["Alice's Adventures in Wonderland",
                                                      "Down the Rabbit-Hole"]
    opening = with_title_property(write_docx(
        settings.source / "tablets.docx", paragraph("Your new tablets &amp; you", bold=True)
        + paragraph("How to take them", "Heading1")), "Your new  tablets &amp; you")
    untitled = with_title_property(write_docx(
        settings.source / "card.docx", paragraph("Take one each morning.")), "Dose card")
    assert read_source(opening).front_matter["title"] == "Your new  tablets & you"
    assert read_source(untitled).front_matter["title"] == "Dose card"
    # pandoc's track_changes_scrubbed_metadata.docx was titled ".", and its textbox_image.docx
    # "%AcceptAction::Approve%", printed and said
    for junk in (".", "&lt;%AcceptAction::Approve%&gt;", "{{ title }}"):
        with_title_property(write_docx(settings.source / "card.docx",
                                       paragraph("Take one each morning.")), junk)
        assert "title" not in read_source(settings.source / "card.docx").front_matter


def test_a_template_s_title_property_gives_way_to_a_bold_first_line(settings):
    """A university's consent form, made from its faculty's template, kept the template's
    Title property, "Faculty of Humanities", words nowhere in the form, and was titled so
    over its own bold first line, the study's name. A property in none of the document's
    words gives way to a first line in bold, with a warning naming it; one the document
    holds, or one over a plain first line, still titles it."""
    settings.source.mkdir()
    form = with_title_property(write_docx(
        settings.source / "consent.docx", picture("Faculty logo")
        + paragraph("Exploring Social Media Use", bold=True)
        + paragraph("Please initial each box.")), "Faculty of Humanities")
    source = read_source(form)
    assert "title" not in source.front_matter
    assert [note for note in source.notes if note[1] == "word-title"] == [(
        0, "word-title", "the Title property (File > Info > Properties), 'Faculty of "
        "Humanities', is in none of the document's words, as a template leaves it: the "
        "first line in bold, 'Exploring Social Media Use', is the title; in Word, write the "
        "title in the property or clear it")]
    [document] = load_documents(settings)
    assert document.meta.title == "Exploring Social Media Use"
    plain = with_title_property(write_docx(
        settings.source / "consent.docx", paragraph("Exploring Social Media Use")
        + paragraph("Please initial each box.")), "Faculty of Humanities")
    assert read_source(plain).front_matter["title"] == "Faculty of Humanities"
    assert not [note for note in read_source(plain).notes if note[1] == "word-title"]


def test_a_browser_s_title_property_gives_way_to_the_first_heading(settings):
    """A nursery's privacy notice (sweep AS, nn-privacy), made with the ICO's generator and
    saved from its page, kept the page's title as its Title property, "Generated privacy
    notice - education and childcare | ICO", and was titled so over its own first heading
    (Heading 2), "Nature Nicki customer privacy notice". A property that is a browser's
    title, or in none of the document's words, gives way to a first heading, as to a first
    line in bold, with a warning naming it; one over a plain first line still titles it."""
    settings.source.mkdir()
    notice = with_title_property(write_docx(
        settings.source / "privacy.docx", picture("Nature Nicki Logo")
        + paragraph("Nature Nicki customer privacy notice", "Heading2")
        + paragraph("This privacy notice tells you what to expect.")),
        "Generated privacy notice - education and childcare | ICO")
    source = read_source(notice)
    assert "title" not in source.front_matter
    assert [note for note in source.notes if note[1] == "word-title"] == [(
        0, "word-title", "the Title property (File > Info > Properties), 'Generated privacy "
        "notice - education and childcare | ICO', is a web page's title, as a browser leaves "
        "it: the first heading, 'Nature Nicki customer privacy notice', is the title; in "
        "Word, write the title in the property or clear it")]
    [document] = load_documents(settings)
    assert document.meta.title == "Nature Nicki customer privacy notice"
    template = with_title_property(write_docx(
        settings.source / "privacy.docx", paragraph("Customer privacy notice", "Heading2")
        + paragraph("What we collect.")), "Faculty of Humanities")
    assert "title" not in read_source(template).front_matter
    plain = with_title_property(write_docx(
        settings.source / "privacy.docx", paragraph("Customer privacy notice")
        + paragraph("What we collect.")), "Privacy | ICO")
    assert read_source(plain).front_matter["title"] == "Privacy | ICO"


def test_a_heading_1_after_other_headings_does_not_title_the_document(settings):
    """Section508.gov's Word 2016 checklist (tests/corpus/docx) sets its items in Heading 2
    and its ninth part, "Images and Other Objects", in Heading 1: that part's heading was
    the handout's title, printed and said first, over the document's Title property. The
    property titles it, as it does a document with no Heading 1."""
    settings.source.mkdir()
    with_title_property(write_docx(
        settings.source / "checklist.docx",
        paragraph("AED COP MS Word 2016 Checklist", bold=True)
        + paragraph("The document uses MS Word heading styles.", "Heading2")
        + paragraph("Headings mirror the document. Yes No")
        + paragraph("Images and Other Objects", "Heading1")
        + paragraph("Images have alternative text.", "Heading2")),
        "Printable AED COP MS Word 2013 Checklist")
    [document] = load_documents(settings)
    # The property, in none of this copy's words, gives way to its bold first line
    # (`test_a_template_s_title_property_gives_way_to_a_bold_first_line`).
    assert document.meta.title == "AED COP MS Word 2016 Checklist"
    assert [s.heading for s in document.sections] == [
        "AED COP MS Word 2016 Checklist", "The document uses MS Word heading styles.",
        "Images and Other Objects", "Images have alternative text."]
    checklist = read_source(CORPUS / "section508-word-2016-printable-checklist.docx")
    assert checklist.front_matter["title"] == "Printable AED COP MS Word 2013 Checklist"


def with_part(path: Path, name: str, xml: str) -> Path:
    """The Word document at `path` with one more part, such as its numbering."""
    with zipfile.ZipFile(path, "a") as docx:
        docx.writestr(name, f'<?xml version="1.0"?>{xml}')
    return path


def numbered(text: str, num_id: int, level: int = 0) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            f'</w:numPr></w:pPr>{run(text)}</w:p>')


def test_a_list_labelled_by_the_level_above_keeps_words_labels(settings):
    """Rules and policies number their clauses "3.", then "3.1", "3.2" (Word's `%1.%2`): a
    level whose label is not its own number and a stop was a list numbered from 1, so the
    UT Regents' Rules' clause 3.1 printed and was said "1.". Each item now starts with
    Word's label, which print and voice add nothing to; "(a)" keeps its own list."""
    level = ('<w:lvl w:ilvl="{0}"><w:start w:val="{3}"/><w:numFmt w:val="{1}"/>'
             '<w:lvlText w:val="{2}"/></w:lvl>')
    numbering = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
                 + level.format(0, "decimal", "%1.", 3) + level.format(1, "decimal", "%1.%2", 1)
                 + level.format(2, "lowerLetter", "(%3)", 1) + '</w:abstractNum><w:num '
                 'w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    settings.source.mkdir()
    body = (paragraph("Rules", "Title") + paragraph("These rules apply to everyone.")
            + numbered("Eligibility", 1) + numbered("Students must be enrolled.", 1, 1)
            + numbered("Staff must hold a contract.", 1, 1) + numbered("full time", 1, 2)
            + numbered("Visitors", 1) + numbered("Visitors sign in.", 1, 1))
    with_part(write_docx(settings.source / "rules.docx", body), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[2:] == ["3. Eligibility", "3.1 Students must be enrolled.",
                        "3.2 Staff must hold a contract.", "a. full time", "4. Visitors",
                        "4.1 Visitors sign in."]
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "rules" / "rules.pdf") as pdf:
        lines = [line["text"] for line in pdf.pages[0].extract_text_lines()]
    assert lines[2:8] == ["3. Eligibility", "3.1 Students must be enrolled.",
                          "3.2 Staff must hold a contract.", "(a) full time", "4. Visitors",
                          "4.1 Visitors sign in."]


def test_word_lists_are_numbered_as_word_numbers_them(settings):
    """mammoth numbers each list from 1 and joins lists that follow each other. In
    pandoc's lists_restarting.docx a list Word shows as 2, 3, 4 was said as 1, 2, 3; in
    apache/poi's ComplexNumberedLists.docx a list restarted after item 4 was said as 5,
    6, 7, and one carrying on at 12 after a paragraph as 1. Word counts per list
    definition, from each level's start, and restarts where a list overrides it."""
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{inner}"/></w:lvl>')
    numbering = (f"<w:numbering {W}>"
                 f'<w:abstractNum w:abstractNumId="0">{levels.format(start=2, inner="decimal")}'
                 '</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="1">{levels.format(start=1, inner="bullet")}'
                 '</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    # Word's tracked changes keep a paragraph's former properties inside its own: a
    # numbering taken away is no longer counted, and one put in is
    change = ('<w:pPrChange w:id="1" w:author="A"><w:pPr>{}</w:pPr></w:pPrChange></w:pPr>')
    removed = paragraph("Not a step").replace("<w:p>", "<w:p><w:pPr>" + change.format(
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    added = numbered("Drink water", 1).replace("</w:pPr>", change.format("<w:jc/>"), 1)
    settings.source.mkdir()
    body = (paragraph("Before your scan", "Title") + numbered("Stop eating", 1) + removed
            + added + numbered("Small sips", 1, 1)
            + numbered("Rest", 1) + numbered("Fill in the form", 2)
            + numbered("Bring it", 2) + paragraph("Then:") + numbered("Come in", 2)
            + numbered("Glasses", 3) + numbered("Hearing aids", 3, 1))
    with_part(write_docx(settings.source / "scan.docx", body), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "2. Stop eating", "Not a step", "3. Drink water", "1. Small sips", "4. Rest",
        "1. Fill in the form", "2. Bring it", "Then:", "3. Come in", "1. Glasses",
        "Hearing aids"]
    assert '<ol type="1" start="2">' in document.sections[0].html
    assert "handout-number" not in document.sections[0].html


def test_a_bold_label_heading_a_word_form_gives_way_to_its_value(settings):
    """Google Docs' meeting minutes in Word (sweep BL, governance-minutes; repro label)
    open with a bold "Meeting Title:", an empty paragraph and "Governance Committee
    Meeting": the handout was titled "Meeting Title", as its Markdown was."""
    settings.source.mkdir()
    body = (paragraph("Meeting Title:", bold=True) + paragraph("")
            + paragraph("Governance Committee Meeting") + paragraph("Date:", bold=True)
            + paragraph("10 June 2026"))
    write_docx(settings.source / "minutes.docx", body)
    [document] = load_documents(settings)
    assert document.meta.title == "Governance Committee Meeting"
    assert [u.text for u in document.sections[0].script] == [
        "Governance Committee Meeting", "Date:", "10 June 2026"]


def test_a_sub_list_of_its_own_carries_the_outer_count_on(settings):
    """Pandoc gives each list, a sub-list too, a `w:num` of its own that overrides every
    level's start: a committee's agenda (sweep BL, es-comite-agenda; repro nested2) has one
    numbered sub-item under item 3, and the items after it were printed and said "1.
    Consolidación", "2. Definir", where Word shows 4 and 5. An override restarts a level
    the first time its list reaches that level or one above it, so the sub-list restarts
    its own level and the outer list, already started, counts on; a list of its own that
    opens at the outer level restarts, as before."""
    every_level = "".join(f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/>'
                          "</w:lvlOverride>" for level in range(2))
    numbering = (f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>'
                 "</w:abstractNum>"
                 + "".join(f'<w:num w:numId="{num}"><w:abstractNumId w:val="0"/>'
                           f"{every_level}</w:num>" for num in (1, 2, 3)) + "</w:numbering>")
    settings.source.mkdir()
    body = (paragraph("Agenda", "Title") + numbered("Quorum", 1) + numbered("Minutes", 1)
            + numbered("Approved", 2, 1) + numbered("Committees", 1)
            + numbered("Members", 1) + paragraph("Next meeting:") + numbered("Budget", 3))
    with_part(write_docx(settings.source / "agenda.docx", body), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "1. Quorum", "2. Minutes", "1. Approved", "3. Committees", "4. Members",
        "Next meeting:", "1. Budget"]


def test_word_lists_are_marked_as_word_marks_them(settings):
    """A list Word marks "i.", "ii." (or "a.", "b.") was said "1.", "2." and printed so,
    or as print's letters for a list inside another: its type goes with it."""
    numbering = (f"<w:numbering {W}>"
                 '<w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')
    settings.source.mkdir()
    body = (paragraph("Consent", "Title") + numbered("Read the form", 1)
            + numbered("Ask questions", 1) + numbered("About risks", 1, 1)
            + numbered("Sign it", 1))
    with_part(write_docx(settings.source / "consent.docx", body), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "i. Read the form", "ii. Ask questions", "1. About risks", "iii. Sign it"]
    assert '<ol type="i">' in document.sections[0].html


def diagram_point(key: str, text: str = "", kind: str = "") -> str:
    kind = f' type="{kind}"' if kind else ""
    words = f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p>" if text else "<a:p/>"
    return f'<dgm:pt modelId="{key}"{kind}><dgm:t>{words}</dgm:t></dgm:pt>'


def test_a_smartart_diagrams_text_is_read_in_its_outlines_order(tmp_path):
    """mammoth drops a SmartArt diagram without a word: pandoc's diagram.docx, a pyramid
    of three steps under "Diagram after:", had "no text". Its text is read where it stands,
    a paragraph per line, in the order of the diagram's outline (Word's Text Pane), and
    the paragraphs after it keep Word's numbers in the lint's notes."""
    dgm = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    model = (f"<dgm:dataModel {dgm} {a}><dgm:ptLst>" + diagram_point("0", kind="doc")
             + diagram_point("2", "Then ring the clinic") + diagram_point("1", "Call 111")
             + diagram_point("3", "if it is urgent") + diagram_point("9", "", "parTrans")
             + diagram_point("8", "Text", "pres") + "</dgm:ptLst><dgm:cxnLst>"
             '<dgm:cxn modelId="c1" srcId="0" destId="2" srcOrd="1"/>'
             '<dgm:cxn modelId="c2" srcId="0" destId="1" srcOrd="0"/>'
             '<dgm:cxn modelId="c3" srcId="1" destId="3" srcOrd="0"/>'
             '<dgm:cxn modelId="c4" type="presOf" srcId="1" destId="8" srcOrd="0"/>'
             "</dgm:cxnLst></dgm:dataModel>")
    smartart = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
                'drawingml/2006/wordprocessingDrawing"><wp:docPr id="2" name="Diagram 1"/>'
                f'<a:graphic {a}><a:graphicData uri="http://schemas.openxmlformats.org/'
                f'drawingml/2006/diagram"><dgm:relIds {dgm} xmlns:r="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships" r:dm="rIdData" '
                'r:lo="rIdLayout"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
                '</w:p>')
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData"
    path = with_part(write_docx(
        tmp_path / "urgent.docx", paragraph("If you feel unwell", "Title") + smartart
        + paragraph("Keep this leaflet.") + picture(None),
        relationships=f'<Relationship Id="rIdData" Type="{kind}" '
                      'Target="diagrams/data1.xml"/>'), "word/diagrams/data1.xml", model)
    source = read_source(path)
    assert source.html.startswith("<p>Call 111</p><p>if it is urgent</p><p>Then ring the "
                                  "clinic</p><p>Keep this leaflet.</p><p><img ")
    assert [(where, rule) for where, rule, _ in source.notes] == [(4, "image-alt")]


def test_a_picture_described_by_its_files_path_is_a_picture_with_no_description(settings):
    """Word 2003 and 2007 described a picture inserted from a file by the file's path, and
    the voice read it out: "Image: C: Documents and Settings, Owner...". It is said as a
    picture with no description is, and the author is told, as for one with none."""
    settings.source.mkdir()
    path = write_docx(settings.source / "map.docx", paragraph("Finding us", "Title")
                      + paragraph("Park behind the clinic.")
                      + picture(r"C:\Documents and Settings\Owner\My Documents\My Pictures"
                                r"\car park.jpg")
                      + picture("The car park, behind the clinic"))
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[-2:] == ["An image with no description.",
                         "Image: The car park, behind the clinic."]
    [(where, rule, message)] = read_source(path).notes
    assert (where, rule) == (3, "image-alt") and "car park.jpg" in message \
        and "Edit Alt Text" in message


def test_words_guessed_guess_is_no_description(settings):
    """Word describes a picture when it is inserted, and says it guessed: "A picture
    containing graphical user interface Description automatically generated", which the
    voice read out whole (a church's job application form). The guess is said as a
    picture with no description is, and the author told to describe it."""
    settings.source.mkdir()
    path = write_docx(settings.source / "form.docx", paragraph("Apply", "Title")
                      + paragraph("Fill in every box.")
                      + picture("A picture containing graphical user interface Description "
                                "automatically generated")
                      + picture("Diagram Description automatically generated with medium "
                                "confidence")
                      # Chinese Word's (microsoft/markitdown's test.docx): "Image, AI 。."
                      + picture("图形用户界面, 文本, 应用程序, 信件\n\nAI 生成的内容可能不正确。")
                      + picture("Our logo, a green cross"))
    [document] = load_documents(settings)
    said = [u.text for u in document.sections[0].script]
    assert said[-4:] == ["An image with no description.", "An image with no description.",
                         "An image with no description.", "Image: Our logo, a green cross."]
    notes = read_source(path).notes
    assert [(where, rule) for where, rule, _ in notes] == [
        (3, "image-alt"), (4, "image-alt"), (5, "image-alt")]
    assert "Word's guess" in notes[0][2] and "Edit Alt Text" in notes[0][2]


def test_a_paragraph_with_its_own_outline_level_is_a_heading(settings):
    """A forest school's safeguarding policy set its headings' outline level on each
    paragraph (Paragraph, Outline level), as text pasted from a web page's headings is:
    Word's navigation pane lists them, but the policy printed and played as one section.
    A tracked change's former level, and "Body Text" (level 10), make no heading; nor does
    a paragraph too long to be one (a study's information sheet, pasted with its levels,
    printed a two-page contents of its whole paragraphs)."""
    settings.source.mkdir()

    def outlined(text: str, level: int, style: str = "") -> str:
        named = f'<w:pStyle w:val="{style}"/>' if style else ""
        return (f'<w:p><w:pPr>{named}<w:spacing w:after="360"/><w:outlineLvl w:val="{level}"/>'
                f'</w:pPr>{run(text)}</w:p>')

    former = ('<w:p><w:pPr><w:pPrChange w:id="1" w:author="A"><w:pPr><w:outlineLvl w:val="0"/>'
              f'</w:pPr></w:pPrChange></w:pPr>{run("Once a heading.")}</w:p>')
    write_docx(settings.source / "policy.docx", paragraph("Safeguarding", "Title")
               + outlined("Purpose of the policy", 0, "NormalWeb") + paragraph("To protect.")
               + outlined("The risks", 1) + paragraph("Abuse and harm.") + former
               + outlined("Not a heading.", 9)
               + outlined("Risks This study involves minimal risk. You may find some of the "
                          "questions tiring, and you can stop at any time.", 2))
    [document] = load_documents(settings)
    assert [(section.heading, section.level) for section in document.sections][-2:] == [
        ("Purpose of the policy", 1), ("The risks", 2)]
    assert [u.text for u in document.sections[-1].script] == [
        "The risks", "Abuse and harm.", "Once a heading.", "Not a heading.",
        "Risks This study involves minimal risk.",
        "You may find some of the questions tiring, and you can stop at any time."]


def test_a_sentence_broken_over_paragraphs_is_one(settings):
    """A community call's notes, pasted from an e-mail, a paragraph a line: "has a new
    undergraduate course and" over "would like to hear more about how people handle" over
    "courses" was said as three sentences, a paragraph's pause between. A line's worth of
    words with no stop, followed by a paragraph in lower case, goes on with it; a short
    paragraph ("table" over "table row") and one that ends a sentence do not."""
    settings.source.mkdir()
    write_docx(settings.source / "notes.docx", paragraph("Notes", "Title")
               + paragraph("Olav: teaches python, has a new undergraduate course and ")
               + paragraph("would like to hear more about how people handle assessment of ")
               + paragraph("courses") + paragraph("table") + paragraph("table row")
               + paragraph("We met on Monday at the usual place.") + paragraph("then left."))
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[-1].script][-5:] == [
        "Olav: teaches python, has a new undergraduate course and would like to hear more "
        "about how people handle assessment of courses", "table", "table row",
        "We met on Monday at the usual place.", "then left."]


def test_a_quizs_lettered_answers_stay_apart_from_their_question(settings):
    """A police school programme's quiz typed its answers on lines of their own, "a.<tab>True,
    Helpful, Inspiring…": each ran into the question as one sentence broken over paragraphs,
    and each letter was said with the answer before it."""
    tab = "<w:r><w:tab/></w:r>"
    settings.source.mkdir()
    write_docx(settings.source / "quiz.docx", paragraph("Quiz", "Title")
               + f"<w:p>{run('11.')}{tab}{run('The mantra used for online safety stands for ')}"
               + f"</w:p><w:p>{run('a.')}{tab}{run('True, Helpful and Kind')}</w:p>"
               + f"<w:p>{run('b)')}{tab}{run('True, Hold and Kind')}</w:p>")
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[-1].script][-3:] == [
        "11. The mantra used for online safety stands for", "a. True, Helpful and Kind",
        "b) True, Hold and Kind"]


def test_only_the_opening_title_paragraphs_are_the_title(settings):
    """apache/poi's bookmarks.docx wrote its one sentence in Word's Title style, after the
    title: it was dropped with the title, and the document had "no text". The title is
    the first Title paragraph and those right after it (a title typed on two lines); a
    later one is text, and so with the Subtitle: a French report's fifteen subheadings in
    the Subtitle style were all lost (cds-rcmp-barriers-to-reporting-fr.docx)."""
    settings.source.mkdir()
    write_docx(settings.source / "diabetes.docx", paragraph("Living with", "Title")
               + paragraph("diabetes", "Title") + paragraph("For patients", "Subtitle")
               + paragraph("", "Title") + paragraph("Eat well every day.", "Title")
               + paragraph("Walk often.") + paragraph("And rest.", "Subtitle")
               + paragraph("Sleep well.", "Subtitle"))
    [document] = load_documents(settings)
    assert (document.meta.title, document.meta.subtitle) == ("Living with diabetes",
                                                             "For patients")
    assert [u.text for u in document.sections[0].script][-4:] == [
        "Eat well every day.", "Walk often.", "And rest.", "Sleep well."]


def test_a_title_paragraph_after_the_text_is_a_heading_where_it_stands(settings):
    """An after-school club's registration pack pasted its allergy plan in after the form,
    with the plan's own two Title paragraphs: they became the handout's title, and the
    listener went from "Date:" into "Table. 20 rows." with no sign a new form had begun."""
    settings.source.mkdir()
    consent = ("I give permission for my child to take part in all activities of the club, "
               "including outdoor play, trips to the park and the library, and cooking. I agree "
               "to tell the club of any change to my child's health, address or contacts, and "
               "to collect my child by six o'clock. I have read the handbook and its policies. ")
    write_docx(settings.source / "pack.docx", paragraph("Wickwar Club", "Title")
               + paragraph("Registration form", "Heading1") + paragraph(consent)
               + paragraph("Child's name:") + paragraph("Date:")
               + paragraph("Wickwar Out of School Club", "Title")
               + paragraph("Allergy Plan", "Title") + paragraph("Allergies:"))
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections][-1] == "Wickwar Out of School Club: Allergy Plan"
    assert [u.text for u in document.sections[-1].script] == [
        "Wickwar Out of School Club: Allergy Plan", "Allergies:"]
    assert document.meta.title == "Wickwar Club"
    # A letterhead over the title is no page of text.
    write_docx(settings.source / "pack.docx", paragraph("Anytown Surgery, 12 High Street")
               + paragraph("Your eye test", "Title") + paragraph("Come early."))
    [document] = load_documents(settings)
    assert document.meta.title == "Your eye test"


def test_a_drop_cap_is_read_with_its_word(tmp_path):
    """pandoc's drop_cap.docx: Word keeps a drop cap, the large first letter, as a paragraph
    of its own, and "D" and "rop cap." were printed and said apart. The letter begins its
    paragraph again, and the paragraphs after it keep Word's numbers in the lint's notes."""
    cap = ('<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around"/>'
           '<w:rPr><w:sz w:val="112"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="112"/></w:rPr>'
           '<w:t>W</w:t></w:r></w:p>')
    path = write_docx(tmp_path / "welcome.docx", paragraph("Welcome", "Title") + cap
                      + '<w:p><w:pPr><w:jc w:val="left"/></w:pPr>' + run("elcome to the ward.")
                      + "</w:p>" + picture(None))
    source = read_source(path)
    assert source.html.startswith("<p>Welcome to the ward.</p><p><img ")
    assert [(where, rule) for where, rule, _ in source.notes] == [(4, "image-alt")]
    # past a tracked change's former properties, which a drop cap taken away is only in
    former = '<w:pPrChange w:id="1" w:author="A"><w:pPr>{}</w:pPr></w:pPrChange></w:pPr>'
    tracked = cap.replace("</w:pPr>", former.format("<w:jc/>"), 1)
    undone = cap.replace('<w:framePr w:dropCap="drop" w:lines="3" w:wrap="around"/>', "") \
        .replace("</w:pPr>", former.format('<w:framePr w:dropCap="drop"/>'), 1)
    path = write_docx(tmp_path / "tracked.docx", tracked + paragraph("ard 4") + undone
                      + paragraph("ard 5"))
    assert read_source(path).html == "<p>Ward 4</p><p>W</p><p>ard 5</p>"


def footer(name: str, xml: str) -> str:
    return (f'<Relationship Id="rId{name}" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/{name.rstrip("0123456789")}" '
            f'Target="{name}.xml"/>'), f"word/{name}.xml", f"<w:ftr {W}>{xml}</w:ftr>"


def test_a_header_or_footer_with_words_of_its_own_is_noted(tmp_path):
    """Word's headers and footers are page furniture, which the handout does not print or
    say (it numbers its own pages); but a form's footer "* = Required Field", a clinic's
    address and telephone numbers in a meeting note's header (usds-ditap-consortium-
    meeting-2025.docx), were lost unseen. A header or footer with words of its own, more
    than its fields' results ("Page 2 of 5"), is a note for the whole document."""
    page = ('<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar '
            'w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r>'
            '<w:fldChar w:fldCharType="separate"/></w:r>' + run("2") + '<w:r><w:fldChar '
            'w:fldCharType="end"/></w:r>' + run(" of 5") + "</w:p>")
    parts = [footer("footer1", page), footer("header1", paragraph("Leaflet 12")),
             footer("footer2", paragraph("* = Required Field") + page),
             footer("footer3", paragraph("Nobody sees this part"))]
    path = write_docx(tmp_path / "form.docx", paragraph("Your details"),
                      relationships="".join(relation for relation, _, _ in parts[:3]))
    for _, name, xml in parts:
        with_part(path, name, xml)
    findings = [(f.where, f.rule, f.message) for f in lint_source(path)]
    assert findings == [(str(path), "word-furniture", "the footer's words are neither printed "
                         "nor said: '* = Required Field Page of 5': if readers need them, put "
                         "them in the document itself")]


def test_a_numbered_heading_keeps_the_number_word_shows(settings):
    """pandoc's enumerated_headings.docx numbers its Heading styles 1, 1.1, 1.1.1, and
    mammoth dropped the numbers, which the text refers to ("see 2.1"). A heading is
    written as Word shows it, each level in its format; a level that shows no number adds
    nothing."""
    level = ('<w:lvl w:ilvl="{0}"><w:start w:val="1"/><w:numFmt w:val="{1}"/>'
             '<w:lvlText w:val="{2}"/></w:lvl>')
    numbering = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
                 + level.format(0, "upperRoman", "Part %1") + level.format(1, "decimal", "%1.%2")
                 + level.format(2, "none", "") + '</w:abstractNum><w:abstractNum '
                 'w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText '
                 'w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1">'
                 '<w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId '
                 'w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>'
                 '</w:numbering>')
    style = ('<w:style w:type="paragraph" w:styleId="{0}"><w:name w:val="{0}"/><w:pPr>'
             '<w:numPr><w:ilvl w:val="{1}"/><w:numId w:val="1"/></w:numPr>'
             '<w:outlineLvl w:val="{1}"/></w:pPr></w:style>')
    # a level numbered "legally" writes every level's number in decimal; a list whose
    # definition is missing has no number
    legal, damaged = (paragraph(text, "Topic").replace(
        "</w:pPr>", f'<w:numPr><w:ilvl w:val="1"/><w:numId w:val="{num}"/></w:numPr></w:pPr>')
        for text, num in (("Annex", 2), ("Notes", 3)))
    settings.source.mkdir()
    path = write_docx(settings.source / "guide.docx", paragraph("Visitor guide", "Title")
                      + paragraph("Before you come", "Part") + paragraph("Parking", "Topic")
                      + paragraph("See I.2 for buses.") + paragraph("Buses", "Topic")
                      + paragraph("Getting here", "Detail") + paragraph("On the day", "Part")
                      + paragraph("Arrival", "Topic") + legal + damaged,
                      extra_styles="".join(style.format(name, number) for number, name in
                                           enumerate(("Part", "Topic", "Detail"))))
    with_part(path, "word/numbering.xml", numbering)
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == [
        "Visitor guide", "Part I Before you come", "I.1 Parking", "I.2 Buses",
        "Part II On the day", "II.1 Arrival", "1.1 Annex", "Notes"]
    assert "Getting here" in document.sections[3].transcript


def test_bullets_typed_by_hand_are_a_list_outside_tables(settings):
    """Word's authors often type a list's bullets ("•", "-", a Symbol font's dot, then a
    tab): each line was a paragraph, printed at paragraph spacing with its own dot and
    said without a list's pauses, and the Symbol dot was a missing glyph. They are a list,
    as a reader sees them; in a table cell (an audit plan's "- had an action plan",
    rcpch-epilepsy12-2020-analysis-plan.docx), a line keeps its dash."""
    settings.source.mkdir()
    cell = "<w:tbl><w:tr><w:tc>" + paragraph("- in a cell") + "</w:tc></w:tr></w:tbl>"
    write_docx(settings.source / "bring.docx", paragraph("What to bring", "Title")
               + paragraph("Bring:") + f"<w:p>{run('•')}<w:r><w:tab/></w:r>{run('Your letter')}"
               "</w:p>" + paragraph("\uf0b7 Your glasses") + paragraph("- A drink")
               + paragraph("Then come in.") + paragraph("-5 degrees outside.") + cell)
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert [text_of(li).strip() for li in parse_html(html).iter("li")] == [
        "Your letter", "Your glasses", "A drink"]
    said = [u.text for u in document.sections[0].script]
    assert said[1:6] == ["Bring:", "Your letter", "Your glasses", "A drink", "Then come in."]
    assert "-5 degrees outside." in said and "- in a cell" in document.sections[0].transcript


def test_text_deleted_from_an_equation_is_neither_printed_nor_said(settings):
    """Microsoft's test of a tracked deletion in an equation: the "2" of "A=2πr²" was
    deleted, so Word shows "A=πr²"; the deleted "2" was printed and said ("A=2πr^2"),
    a different formula from the one the author left."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "openxml-powertools-deleted-math.docx", settings.source / "area.docx")
    [document] = load_documents(settings)
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "A=πr²" in said and "2π" not in said
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "area" / "area.pdf") as pdf:
        printed = "\n".join(page.extract_text() for page in pdf.pages)
    assert "A=πr²" in printed and "2π" not in printed


def test_text_in_a_symbol_font_is_the_characters_word_shows(settings):
    """Section508.gov's printable Word checklist types each answer's box in Wingdings, as
    the font's code U+F06F: "U+F06F Yes U+F06F No". The code went to the voice, and the
    PDF's bold font was written with an encoding text extraction cannot read, so that the
    answers and the headings were missing from the PDF's text. Wingdings' box is shown."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "section508-word-2016-printable-checklist.docx",
                settings.source / "checklist.docx")
    [document] = load_documents(settings)
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert "format, unticked box Yes unticked box No" in said  # a tab before the boxes
    assert not re.search("[\ue000-\uf8ff]", said)
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "checklist" / "checklist.pdf") as pdf:
        printed = " ".join(page.extract_text() for page in pdf.pages)
    # The box is set in another font, on its own baseline: the words are counted.
    assert len(re.findall(r"\bYes\b", printed)) == 29 and len(re.findall(r"\bNA\b", printed)) == 25
    assert "2. The document uses MS Word heading styles. Headings in" in " ".join(printed.split())


def test_a_space_typed_in_a_symbol_font_is_a_space(settings):
    """Open-XML-SDK's complex0.docx has a space typed in Symbol, Word's code U+F020: it
    was kept as the code, which no font has, so print set "[U+F020]" between the words
    and the build warned that a character could not be printed."""
    settings.source.mkdir()
    symbol = ('<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>'
              '<w:t xml:space="preserve">\uf020\uf0b3\uf020</w:t></w:r>')
    write_docx(settings.source / "dose.docx", paragraph("Your dose", "Title")
               + f'<w:p><w:r><w:t>Weight</w:t></w:r>{symbol}<w:r><w:t>40 kg</w:t></w:r></w:p>')
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Your dose", "Weight at least 40 kilograms"]
    html = "".join(section.html for section in document.sections)
    assert ">Weight ≥ 40 kg</span></p>" in html and not re.search("[\ue000-\uf8ff]", html)


def test_a_symbol_font_s_own_code_is_named_as_one_not_a_font_to_install(settings, caplog):
    """docx4j's Word2007-fonts.docx types words in MT Extra, Bookshelf Symbol 7 and MS
    Reference Specialty, whose codes (U+F04D...) are the fonts' own and no other font has:
    the build said to install fonts-noto-core, which prints none of them."""
    settings.source.mkdir()
    extra = ('<w:r><w:rPr><w:rFonts w:ascii="MT Extra" w:hAnsi="MT Extra"/></w:rPr>'
             '<w:t>\uf04d\uf054</w:t></w:r>')
    write_docx(settings.source / "fonts.docx", paragraph("Fonts", "Title")
               + f"<w:p><w:r><w:t xml:space=\"preserve\">MT Extra </w:t></w:r>{extra}</w:p>")
    with caplog.at_level(logging.WARNING):
        build(settings, ("pdf",))
    [said] = [r.getMessage() for r in caplog.records if "cannot print" in r.getMessage()]
    assert said.endswith(
        "fonts.docx: the PDF cannot print 2 characters of this handout, such as '\uf04d' and "
        "'\uf054' (U+F04D; U+F054): they are a font's own codes for symbols, which no other "
        "font draws, so the page prints their codes, such as [U+F04D], in their place. Put "
        "the symbol itself, or words, in their place (in Word: Insert, Symbol, with the font "
        "'(normal text)') and build again"), said
    assert "apt install" not in said
    with pdfplumber.open(settings.out / "fonts" / "fonts.pdf") as pdf:
        assert "MT Extra [U+F04D][U+F054]" in pdf.pages[0].extract_text()


def test_a_symbol_inserted_that_mammoth_does_not_know_is_printed_as_its_code(settings, caplog):
    """SocialGouv's parental consent form for children in show business gives each family
    situation ("Mariés", "Divorcés"…) a symbol inserted from the Symbol font, F097, whose
    code names no character: mammoth dropped each with no word, and the boxes were gone. It
    prints as its code, with the warning to put the symbol itself in its place."""
    settings.source.mkdir()
    def situation(words: str) -> str:
        return (f'<w:r><w:t xml:space="preserve">{words} </w:t></w:r>'
                '<w:r><w:sym w:font="Symbol" w:char="F097"/></w:r>')

    write_docx(settings.source / "situation.docx", paragraph("Situation familiale", "Title")
               + f"<w:p>{situation('Mariés')}{situation(' Divorcés')}</w:p>", lang="fr-FR")
    with caplog.at_level(logging.WARNING):
        build(settings, ("pdf",))
    [said] = [r.getMessage() for r in caplog.records if "cannot print" in r.getMessage()]
    assert "'\uf097' (U+F097): it is a font's own code for a symbol" in said
    with pdfplumber.open(settings.out / "situation" / "situation.pdf") as pdf:
        assert "Mariés [U+F097] Divorcés [U+F097]" in pdf.pages[0].extract_text()


def test_a_wingdings_box_is_printed_and_said_as_a_forms_check_box(settings):
    """Public Health England's terms for its births and deaths data open each part with a
    Wingdings box (w:sym F0A8), which mammoth reads as "🞎": a glyph the print font lacks,
    given to the voice as it was. It is a form's box, printed ☐ and said "unticked box"."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "phe-mbis-terms-and-conditions.docx", settings.source / "terms.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert "Unticked box Your responsibilities when handling data extracts approved by MBIS" \
        in said and not any("🞎" in text for text in said)
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "terms" / "terms.pdf") as pdf:
        printed = " ".join(page.extract_text() for page in pdf.pages)
    assert printed.count("☐") == 2 and "🞎" not in printed


def test_a_bold_title_s_second_line_going_on_with_its_phrase_is_joined_with_a_space(
        settings):
    """Abbiategrasso's application to its debt crisis body is titled in two bold lines,
    "ORGANISMO DI COMPOSIZIONE DELLA CRISI (OCC)" over "DEL COMUNE DI ABBIATEGRASSO": the
    title was joined with a colon, "(OCC): DEL COMUNE", as a club's name over its policy's
    is, though the second line goes on with the first's phrase; that club's two lines keep
    their colon."""
    settings.source.mkdir()
    write_docx(settings.source / "occ.docx", paragraph(
        "ORGANISMO DI COMPOSIZIONE DELLA CRISI (OCC)", bold=True)
        + paragraph("DEL COMUNE DI ABBIATEGRASSO", bold=True)
        + paragraph("Il servizio aiuta i consumatori."), lang="it-IT")
    write_docx(settings.source / "policy.docx", paragraph("Wickwar Club", bold=True)
               + paragraph("Fire Safety Policy", bold=True) + paragraph("We check alarms."))
    occ, policy = load_documents(settings)
    assert occ.meta.title == \
        "ORGANISMO DI COMPOSIZIONE DELLA CRISI (OCC) DEL COMUNE DI ABBIATEGRASSO"
    assert policy.meta.title == "Wickwar Club: Fire Safety Policy"


def test_a_bold_first_line_after_a_bookmark_is_the_title(settings, caplog):
    """A Brazilian ministry's application form (saved by Google Docs) opens with "ANEXO 1 -
    Formulário de inscrição" in bold, 14 points and coloured, after the bookmark Google Docs
    gives a heading: the bookmark made it no line in bold alone, and the handout was titled
    by its file's name, "Anexo I Ficha de inscricao", its accents lost, while `check`
    passed the line over as the title."""
    settings.source.mkdir()
    write_docx(settings.source / "Anexo_I_Ficha_de_inscricao.docx",
               '<w:p><w:bookmarkStart w:id="0" w:name="_heading=h.8rk97fvpukh7"/>'
               '<w:bookmarkEnd w:id="0"/><w:r><w:rPr><w:b w:val="1"/><w:color w:val="107082"/>'
               '<w:sz w:val="28"/></w:rPr><w:t>ANEXO 1 - Formulário de inscrição</w:t></w:r>'
               "</w:p>" + paragraph("Preencha o quadro abaixo."), lang="pt-BR")
    with caplog.at_level(logging.WARNING):
        [document] = load_documents(settings)
    assert document.meta.title == "ANEXO 1 - Formulário de inscrição"
    assert [u.text for u in document.sections[0].script][1:] == ["Preencha o quadro abaixo."]
    assert not any("no title" in r.getMessage() for r in caplog.records)


def test_a_title_in_a_bold_style_of_its_own_is_the_title(settings):
    """A childcare club's 44 policies open with the club's name and the policy's in a bold
    style of their own ("Style1", Normal and bold), which mammoth read as plain text: the
    policy's first heading, "Stage one", was its title, and said twice. The bold a style
    gives is bold, as Word shows it; two such lines are the club's and the policy's."""
    settings.source.mkdir()
    bold = ('<w:style w:type="paragraph" w:styleId="Style1"><w:name w:val="Style1"/>'
            '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>')
    body = (paragraph("We aim to serve everyone well.") + paragraph("Stage one", "Heading2")
            + paragraph("The manager will talk with you.") + paragraph("Stage two", "Heading2")
            + paragraph("Write to the manager."))
    write_docx(settings.source / "complaints.docx", paragraph("Complaints Policy", "Style1")
               + body, extra_styles=bold)
    write_docx(settings.source / "club.docx", paragraph("Wickwar Out of School Club", "Style1")
               + paragraph("Complaints Policy", "Style1") + body, extra_styles=bold)
    club, complaints = load_documents(settings)  # in the order of their names
    assert complaints.meta.title == "Complaints Policy"
    assert club.meta.title == "Wickwar Out of School Club: Complaints Policy"
    for document in (complaints, club):
        assert [s.heading for s in document.sections][1:] == ["Stage one", "Stage two"]
        assert [u.text for u in document.sections[0].script][1:] == [
            "We aim to serve everyone well."]


def test_a_title_that_labels_the_office_s_part_of_a_form_is_a_heading_there(settings):
    """A university's referral form puts "For Official Use Only:" in Word's Title style over
    the office's part, after some fifty words of fields: it was the handout's title, moved
    to the top, and the office's part ran on from the student's with nothing between."""
    settings.source.mkdir()
    write_docx(settings.source / "referral.docx", "".join([
        paragraph("Student Referral Form", "Heading1"), paragraph("Instructor's name:"),
        paragraph("Reason for referral:"), paragraph("For Official Use Only:", "Title"),
        paragraph("Director's input:")]))
    [document] = load_documents(settings)
    assert document.meta.title == "Student Referral Form"
    assert [s.heading for s in document.sections] == ["Student Referral Form",
                                                      "For Official Use Only:"]
    assert [u.text for u in document.sections[1].script] == [
        "For Official Use Only:", "Director's input:"]


def test_dates_are_read_in_the_order_the_document_writes_them(settings):
    """A childcare club's policy, from a Word template that says US English, prints "To be
    reviewed: 01/09/2024" beside "adopted on: 15/08/2023": the voice said "January 9,
    2024", eight months from the date printed. A date that can only be day first shows how
    the others are written; its language is still what print and the voice say it is."""
    settings.source.mkdir()
    write_docx(settings.source / "policy.docx", "".join([
        paragraph("Admissions Policy", "Title"), paragraph("Adopted on: 15/08/2023."),
        paragraph("To be reviewed: 01/09/2024.")]), lang="en-US")
    write_docx(settings.source / "us.docx", "".join([
        paragraph("Visit", "Title"), paragraph("Open on 12/25/2024 and 01/09/2025.")]),
        lang="en-GB")
    policy, us = load_documents(settings)
    assert policy.meta.lang == "en-US" and us.meta.lang == "en-GB"
    assert [u.spoken for u in policy.sections[0].script][1:] == [
        "Adopted on: 15 August 2023.", "To be reviewed: 1 September 2024."]
    assert us.sections[0].script[1].spoken == "Open on December 25, 2024 and January 9, 2025."


def test_boxes_of_every_symbol_font_are_printed_and_said_as_a_forms_boxes(settings):
    """A research consent form (in the layout of the NHS's) gives each statement a box to
    initial, Webdings' F063: it was printed and said "(white large square)". Wingdings 2's
    empty box (F02A) was said nothing, and Wingdings' box with a cross (F078) too."""
    def statement(words: str, font: str, code: str) -> str:
        return (f'<w:p><w:r><w:t xml:space="preserve">{words} </w:t></w:r>'
                f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r></w:p>')

    settings.source.mkdir()
    write_docx(settings.source / "consent.docx", paragraph("Consent form", "Title")
               + statement("I agree to take part.", "Webdings", "F063")
               + statement("I agree to be recorded.", "Wingdings", "F078")
               + statement("I agree to my GP being told.", "Wingdings 2", "F02A"))
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "I agree to take part. unticked box", "I agree to be recorded. ticked box",
        "I agree to my GP being told. unticked box"]
    assert [text_of(p) for p in parse_html(document.sections[0].html).iter("p")] == [
        "I agree to take part. ☐", "I agree to be recorded. ☒", "I agree to my GP being told. ☐"]


def test_numbered_headings_are_listed_with_their_own_numbers_only(settings):
    """Section508.gov's Word checklist numbers ten of its headings ("1. The Word document
    ...") and not the others ("Text Boxes"): the contents list added its own numbers, and
    printed "1. 1. The Word document" and "12. 11. Images, objects and text boxes"."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "section508-word-2016-printable-checklist.docx",
                settings.source / "checklist.docx")
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "checklist" / "checklist.pdf") as pdf:
        contents = "\n".join(page.extract_text() for page in pdf.pages[:3]).split("Contents")[1]
    assert "\n1. The Word document (.docx) is saved" in contents and "1. 1." not in contents
    assert "\n11. Images, objects and text boxes" in contents and "12. 11." not in contents
    assert "\nText Boxes ....." in contents


def right_edge_and_text(pdf_path: Path) -> tuple[float, float, str]:
    """Where the rightmost printed character of a PDF ends, its page's width, and its text."""
    with pdfplumber.open(pdf_path) as pdf:
        return (max(char["x1"] for page in pdf.pages for char in page.chars),
                pdf.pages[0].width, "".join(page.extract_text() for page in pdf.pages))


def test_a_fill_in_line_of_dots_stays_inside_the_margins(settings):
    """The Office for National Statistics' data access agreement (a Word form) asks for
    "PHO NAME: " and 140 dots with no space, in a heading: the dots printed as one word,
    86 characters past the right margin and off the page. They break where the line ends."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "ons-birth-death-extracts-data-access-agreement.docx",
                settings.source / "agreement.docx")
    build(settings, ("pdf",))
    furthest, width, printed = right_edge_and_text(settings.out / "agreement" / "agreement.pdf")
    assert furthest <= width - 72
    assert "PHO NAME:" in printed and printed.count(".") >= 140


def test_a_line_of_spaced_dots_to_sign_on_stays_inside_the_margins(settings):
    """A German university's consent form (a Word file) gives its signatures lines of spaced
    dots, ". . . .", 72 of them on one line: Unicode allows no break before a full stop,
    even after a space, so the line was one piece and ran off the right edge of the page.
    It breaks between its dots; the voice is not told of it."""
    settings.source.mkdir()
    dots = " ".join("." * 72)
    write_docx(settings.source / "consent.docx", paragraph("Einwilligung", "Title")
               + paragraph(f"Marburg, den {dots}") + paragraph("(Unterschrift)"), lang="de-DE")
    build(settings, ("pdf",))
    furthest, width, printed = right_edge_and_text(settings.out / "consent" / "consent.pdf")
    assert furthest <= width - 72
    assert "Marburg, den" in printed and printed.count(".") >= 72


def code_line(*parts: str, font: str = "Consolas") -> str:
    """A Normal paragraph in `font`: each of `parts` a run, "\t" a tab."""
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
    runs = "".join(f"<w:r>{fonts}<w:tab/></w:r>" if part == "\t" else
                   f'<w:r>{fonts}<w:t xml:space="preserve">{part}</w:t></w:r>' for part in parts)
    return f"<w:p>{runs}</w:p>"


def test_paragraphs_set_in_a_monospaced_font_are_code(settings):
    """docx4j's getting-started guide (tests/corpus/docx) types its Java and its Maven XML
    in Normal paragraphs set in Consolas or Courier New, a tab to indent: print reflowed
    them in the body's typeface, without their indents, a line's words run on into the
    next. A run of such paragraphs is one block of code, a line each, its tabs four
    spaces; a sentence with a code word in it stays a sentence, and a tab in words is a
    space."""
    settings.source.mkdir()
    write_docx(settings.source / "guide.docx", paragraph("Maven", "Heading1")
               + paragraph("Add this to your pom:")
               + code_line("\t", "&lt;dependency&gt;")
               + code_line("\t", "\t", "&lt;groupId&gt;org.docx4j&lt;/groupId&gt;")
               + code_line("\t", "&lt;/dependency&gt;", font="Courier New")
               + f'<w:p>{run("Then call ")}'
               + code_line("WordprocessingMLPackage.load()")[5:-6] + f'{run(".")}</w:p>'
               + paragraph("Name:<w:tab/>Jane".replace("<w:tab/>", '</w:t></w:r><w:r><w:tab/>'
                                                   '</w:r><w:r><w:t>')))
    [document] = load_documents(settings)
    [section] = document.sections
    page = parse_html(section.html)
    [code] = page.iter("pre")
    assert text_of(code) == ("<dependency>\n    <groupId>org.docx4j</groupId>\n"
                             "</dependency>")
    assert [" ".join(text_of(p).split()) for p in page.iter("p")] == [
        "Add this to your pom:", "Then call WordprocessingMLPackage.load().", "Name: Jane"]
    said = [u.text for u in section.script]
    assert said[2] == "Code example, 3 lines, as printed:"


def test_a_paragraph_of_an_invisible_character_in_a_monospaced_font_is_no_code(settings):
    """A forest school's privacy notice, from the ICO's generator, opened with a paragraph
    of one U+FEFF in "Simplified Arabic Fixed": it printed as an empty code box and was said
    "Code example, 1 line, as printed:", then nothing."""
    settings.source.mkdir()
    write_docx(settings.source / "privacy.docx", code_line("\ufeff", font="Courier New")
               + paragraph("Customer privacy notice", "Heading1") + paragraph("We keep it safe."))
    [document] = load_documents(settings)
    assert "<pre" not in document.html
    assert [u.text for s in document.sections for u in s.script][-2:] == [
        "Customer privacy notice", "We keep it safe."]


def test_a_paragraph_of_a_byte_order_mark_is_no_passage_unsaid(settings, caplog):
    """The same nursery's privacy notice in Word (sweep AS, nn-privacy, paragraph 1), its
    U+FEFF and a space in an ordinary font, was warned of: 'the English voice cannot read ?
    letters, so 1 passage in them is printed but not said (the first: "\ufeff")'. The mark
    is taken out as the text is read, and the empty paragraph with it."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    settings.source.mkdir()
    write_docx(settings.source / "privacy.docx", paragraph("\ufeff ")
               + paragraph("Customer privacy notice", "Heading1") + paragraph("We keep it safe."))
    [document] = load_documents(settings)
    assert "\ufeff" not in document.html
    assert not [r for r in caplog.records if "cannot read" in r.getMessage()]
    assert [u.text for s in document.sections for u in s.script] == [
        "Customer privacy notice", "We keep it safe."]


def test_a_sentence_set_alone_in_a_monospaced_font_is_text_not_code(settings):
    """A leaflet's reminder set in Consolas, a paragraph of its own between paragraphs of
    text, was printed as a block of code (unwrapped, in a box) and announced "Code
    example, 1 line": it is a sentence the author wanted seen. A line of code alone, and a
    sentence among lines of code, are still code."""
    settings.source.mkdir()
    write_docx(settings.source / "visit.docx", paragraph("Your visit", "Heading1")
               + paragraph("We will write to you.")
               + code_line("Please bring this letter to every appointment.")
               + paragraph("To install the app, type:")
               + code_line("pip install clinic-app")
               + paragraph("It prints:")
               + code_line("Installed clinic-app successfully.") + code_line("Done.")
               + paragraph("Thank you."))
    [document] = load_documents(settings)
    [section] = document.sections
    page = parse_html(section.html)
    assert [text_of(code) for code in page.iter("pre")] == [
        "pip install clinic-app", "Installed clinic-app successfully.\nDone."]
    assert "Please bring this letter to every appointment." in [
        " ".join(text_of(p).split()) for p in page.iter("p")]
    said = [u.text for u in section.script]
    assert said[1:3] == ["We will write to you.", "Please bring this letter to every appointment."]


def test_all_caps_and_small_caps_are_printed_and_said_as_typed(settings):
    """Word's All caps and Small caps (w:caps, w:smallCaps, on a run or in a style) show
    typed letters as capitals: a leaflet template's headings, the R4 case study's "GOAL",
    pandoc's inline_formatting.docx "Small Caps". Large print allows no capitals for
    emphasis (DESIGN.md: emphasis is bold), and a voice given "SIDE EFFECTS" may spell it
    as an initialism: the words are printed and said as the author typed them, which are
    also the bookmarks' and the MP3 titles' words."""
    caps_heading = ('<w:style w:type="paragraph" w:styleId="LeafletHeading"><w:name '
                    'w:val="Leaflet Heading"/><w:basedOn w:val="Heading1"/><w:rPr><w:caps/>'
                    '</w:rPr></w:style>')
    settings.source.mkdir()
    write_docx(settings.source / "scan.docx", paragraph("Before your scan", "Title")
               + paragraph("Side effects", "LeafletHeading")
               + '<w:p><w:r><w:rPr><w:caps/><w:b/></w:rPr><w:t xml:space="preserve">Stop'
               '</w:t></w:r><w:r><w:t xml:space="preserve"> if you feel </w:t></w:r><w:r>'
               '<w:rPr><w:smallCaps/></w:rPr><w:t>dizzy</w:t></w:r><w:r><w:t>.</w:t></w:r>'
               "</w:p>", extra_styles=caps_heading)
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == ["Before your scan", "Side effects"]
    assert [u.text for u in document.sections[1].script] == [
        "Side effects", "Stop if you feel dizzy."]
    with pdfplumber.open(settings.out / "scan" / "scan.pdf") as pdf:
        printed = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Side effects\nStop if you feel dizzy." in printed
    assert "SIDE" not in printed and "STOP" not in printed and "DIZZY" not in printed


SYMBOL_STYLES = (
    '<w:style w:type="character" w:styleId="Tick"><w:name w:val="Tick"/><w:rPr><w:rFonts '
    'w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Boxes"><w:name w:val="Boxes"/><w:rPr><w:rFonts '
    'w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="FormBox"><w:name w:val="Form box"/>'
    '<w:basedOn w:val="Boxes"/></w:style>')
"""A character style and a paragraph style (and one based on it) setting Wingdings."""


def test_text_in_a_symbol_font_given_by_a_style_is_the_characters_word_shows(settings):
    """A form's ticks and boxes typed in Wingdings through a Word style (a character style
    on the run, or the paragraph's style, or one it is based on), not through the run's
    own font, kept Wingdings' codes (U+F0FC, U+F06F): no font has them, and WeasyPrint
    wrote the body font with an encoding text extraction cannot read, so every word set
    in it was missing from the PDF's text. They are the characters Word shows."""
    body = "".join([
        paragraph("Before you come", "Heading1"),
        '<w:p><w:r><w:rPr><w:rStyle w:val="Tick"/></w:rPr><w:t>\uf0fc</w:t></w:r>'
        '<w:r><w:t xml:space="preserve"> Bring your tablets in their box.</w:t></w:r></w:p>',
        paragraph("\uf06f", "FormBox"),
        paragraph("Ask us about parking.", "Boxes").replace(
            "<w:r>", '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>'),
    ])
    settings.source.mkdir()
    write_docx(settings.source / "visit.docx", body, extra_styles=SYMBOL_STYLES)
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "visit" / "visit.pdf") as pdf:
        printed = " ".join(page.extract_text() for page in pdf.pages)
    assert "Bring your tablets in their box." in printed
    assert "Ask us about parking." in printed
    assert not re.search("[\ue000-\uf8ff]", printed), printed
    [document] = load_documents(settings)
    said = " ".join(u.text for section in document.sections for u in section.script)
    assert not re.search("[\ue000-\uf8ff]", said)
    assert "Ask us about parking." in said


def test_a_body_kept_under_another_name_is_read_where_the_package_names_it(settings):
    """pandoc's alternate_document_path.docx, written with Microsoft's Open XML SDK, keeps
    its body in word/document2.xml and names it, and every other part, from the package's
    root ("/word/document2.xml"). Word opens it; it was "not a Word document that can be
    opened". A footer named so is Word's too, and its words are noted as any footer's."""
    settings.source.mkdir()
    path = settings.source / "alternate.docx"
    shutil.copy(CORPUS / "pandoc-alternate-document-path.docx", path)
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said == ["Test", "This is italic, bold, underlined, italic underlined, bold "
                            "underlined, bold italic underlined."]
    with zipfile.ZipFile(path) as docx:
        parts = {name: docx.read(name) for name in docx.namelist()}
    parts["word/_rels/document2.xml.rels"] = parts["word/_rels/document2.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/footer" Target="/word/footer1.xml" Id="rId9" />'
        b"</Relationships>")
    parts["word/footer1.xml"] = (f'<?xml version="1.0"?><w:ftr {W}><w:p><w:r><w:t>Ask the '
                                 'pharmacist before you stop</w:t></w:r></w:p></w:ftr>').encode()
    with zipfile.ZipFile(path, "w") as docx:
        for name, data in parts.items():
            docx.writestr(name, data)
    notes = read_source(path).notes
    assert any(kind == "word-furniture" and "Ask the pharmacist" in message
               for _, kind, message in notes)


def test_a_table_of_only_its_header_row_is_said(settings):
    """pandoc's table_one_header_row.docx: a table of one row, ticked "Repeat as header
    row" in Word. Print showed the row; the voice said "Table. 0 rows." and not its words,
    then "Table. 1 row." before them, for a row that is only the columns' names."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "pandoc-table-one-header-row.docx", settings.source / "one-row.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["One. Row. Table."]


def test_a_bullet_that_is_a_box_to_tick_is_printed_and_said(settings):
    """pandoc's task_list.docx marks its items with bullets that are boxes, ☐ and ☒, as
    Word shows a checklist: mammoth gave each a dot, and which were ticked was lost. A box
    set in Wingdings, as Word's own "Define New Bullet" writes it, is the same box."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "pandoc-task-list.docx", settings.source / "tasks.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Unticked box Unchecked", "Ticked box Checked",
                        "with continuation paragraph", "Unticked box Unchecked",
                        "Ticked box Checked sublist", "Unticked box Unchecked subsublist",
                        "1. Numbered child"]
    assert '">☒ Checked</span></li>' in document.sections[0].html
    numbering = (f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                 '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0a8"/><w:rPr><w:rFonts '
                 'w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0a7"/>'
                 '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')
    shutil.rmtree(settings.source)
    settings.source.mkdir()
    body = (paragraph("What to bring", "Title") + numbered("Your letter", 1)
            + numbered("Keep it dry", 1, 1))
    with_part(write_docx(settings.source / "bring.docx", body), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "Unticked box Your letter", "Keep it dry"]


def test_a_bullet_word_shows_as_nothing_or_as_a_box_is_printed_without_a_dot(settings):
    """A bullet whose symbol is a space (pandoc's custom-style-reference.docx and 11689.docx
    define every bullet level so) shows nothing in Word, and a box to tick is the item's
    own mark: print put its dot before both, "• Bring your letter", "• ☐ Unchecked". A
    bullet Word shows keeps its mark (print's dash, for a list inside another)."""
    bullet = '<w:lvl w:ilvl="{}"><w:numFmt w:val="bullet"/><w:lvlText w:val="{}"/></w:lvl>'
    numbering = (f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
                 + bullet.format(0, " ") + bullet.format(1, "\u2022")
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')
    settings.source.mkdir()
    body = (paragraph("What to bring", "Title") + numbered("Bring your letter", 1)
            + numbered("Keep it dry", 1, 1) + numbered("Bring your glasses", 1))
    with_part(write_docx(settings.source / "bring.docx", body), "word/numbering.xml",
              numbering)
    shutil.copy(CORPUS / "pandoc-task-list.docx", settings.source / "tasks.docx")
    build(settings, ("pdf",))
    printed = printed_lines(settings.out, "bring", "tasks")
    assert [line for line in printed["bring"] if "Bring" in line or "dry" in line] == [
        "Bring your letter", "– Keep it dry", "Bring your glasses"]
    assert [line for line in printed["tasks"] if "Unchecked" in line or "Checked" in line] \
        == ["☐ Unchecked", "☒ Checked", "☐ Unchecked", "☒ Checked sublist",
            "☐ Unchecked subsublist"]


def test_a_list_starting_at_a_deeper_level_prints_one_bullet_per_item(settings):
    """The DITAP R4 case study (usds/ditap-curriculum-update) puts its bullets at Word's
    fourth level right under a paragraph: mammoth nests the list in an empty item for each
    level skipped, and print set "• – › ›" before each first item, its text three levels
    in. Such an item shows no bullet and its list no indent; an item with words keeps its
    bullet."""
    bullet = '<w:lvl w:ilvl="{}"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>'
    numbering = (f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
                 + "".join(bullet.format(level) for level in range(4))
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')
    settings.source.mkdir()
    body = (paragraph("Your rights", "Title") + paragraph("You can:")
            + numbered("Ask for a copy", 1, 3) + numbered("Bring a friend", 1)
            + numbered("Ask for an interpreter", 1, 2))
    with_part(write_docx(settings.source / "rights.docx", body), "word/numbering.xml",
              numbering)
    shutil.copy(CORPUS / "usds-ditap-r4-map-case-study.docx", settings.source / "map.docx")
    build(settings, ("pdf",))
    printed = printed_lines(settings.out, "rights", "map")
    assert [line for line in printed["rights"] if line.startswith(("Ask", "Bring", "•",
                                                                   "–", "›"))] == [
        "› Ask for a copy", "• Bring a friend", "› Ask for an interpreter"]
    assert "› Collecting and screening published, written work" in printed["map"]
    assert not [line for line in printed["map"] if re.match(r"[•–›] [•–›]", line)]


def test_a_heading_ending_in_a_no_break_space_has_its_bookmark(settings):
    """The DITAP R4 case study's headings "Section 1: Case Study Overview" and "Iteration
    3.B: Acquiring Digital Services" end in a no-break space, which the PDF's bookmarks
    leave out: `invoke check` said the PDF had no bookmark for either."""
    from pypdf import PdfReader

    from handout.check.pdf import check_bookmarks

    settings.source.mkdir()
    shutil.copy(CORPUS / "usds-ditap-r4-map-case-study.docx", settings.source / "map.docx")
    build(settings, ("pdf",))
    [document] = load_documents(settings)
    assert "Section 1: Case Study Overview" in [h.text for h in document.headings]
    reader = PdfReader(settings.out / "map" / "map.pdf")
    assert check_bookmarks(document, reader, "map.pdf") == []


def test_a_pictures_description_ending_a_sentence_is_said_with_one_stop(settings):
    """pandoc's inline_images.docx describes its pictures in sentences of their own, "This
    one is green and looks like Sideshow Bob.": the voice's "Image: {description}." said
    and showed it with two stops, "Bob.. is an identicon", in the transcript and captions."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "pandoc-inline-images.docx", settings.source / "pictures.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == [
        "This picture Image: This one is green and looks like Sideshow Bob. is an identicon.",
        "Here is one Image: This one is reddish, and looks like a heart that has leaked out. "
        "that links."]


def test_a_list_that_defines_a_level_anew_is_marked_as_its_own_level(settings):
    """apache/poi's NumberingWOverrides.docx: a list (w:num) that defines its first level
    anew, in capitals (a list format override, as Word 97 wrote them, inside w:lvlOverride),
    carries on the count of the list it overrides: Word shows "1", then "B", "C", then "4".
    The override was not read, so "B" and "C" were said and printed "2." and "3."."""
    level = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
             '<w:lvlText w:val="%1."/></w:lvl>')
    numbering = (f"<w:numbering {W}>"
                 f'<w:abstractNum w:abstractNumId="0">{level.format(kind="decimal")}'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                 f'{level.format(kind="upperLetter")}</w:lvlOverride></w:num></w:numbering>')
    settings.source.mkdir()
    body = (paragraph("Steps", "Title") + numbered("Wash", 1) + numbered("Dry", 2)
            + numbered("Cover", 2) + numbered("Rest", 1))
    with_part(write_docx(settings.source / "steps.docx", body), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "1. Wash", "B. Dry", "C. Cover", "4. Rest"]
    assert '<ol type="A" start="2">' in document.sections[0].html


def test_a_list_item_is_printed_with_the_label_word_shows(settings):
    """apache/poi's NumberingWOverrides.docx marks its items "1", "B", "C", "A", "B", "4",
    each the number alone (Word's "%1"): print marked them "1.", "B.", "C.". Word's own
    Numbering Library offers "a)", and "(i)" is common: they printed "a.", "i.". A label
    that is the number and a stop keeps print's own marker."""
    level = ('<w:lvl w:ilvl="{}"><w:start w:val="1"/><w:numFmt w:val="{}"/>'
             '<w:lvlText w:val="{}"/></w:lvl>')
    numbering = (f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
                 + level.format(0, "lowerLetter", "%1)") + level.format(1, "lowerRoman", "(%2)")
                 + '</w:abstractNum><w:abstractNum w:abstractNumId="1">'
                 + level.format(0, "decimal", "%1.")
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    settings.source.mkdir()
    body = (paragraph("Steps", "Title") + numbered("Wash", 1) + numbered("Rinse", 1, 1)
            + numbered("Dry", 1, 1) + numbered("Cover", 1) + numbered("Rest", 2))
    with_part(write_docx(settings.source / "steps.docx", body), "word/numbering.xml",
              numbering)
    shutil.copy(CORPUS / "poi-numbering-with-overrides.docx", settings.source / "marks.docx")
    build(settings, ("pdf",))
    printed = printed_lines(settings.out, "steps", "marks")
    assert [line for line in printed["steps"] if line.endswith(("Wash", "Rinse", "Dry", "Cover",
                                                                "Rest"))] == [
        "a) Wash", "(i) Rinse", "(ii) Dry", "b) Cover", "1. Rest"]
    lines = printed["marks"]
    start = lines.index("Test 4: ListFormatOverride")
    assert lines[start + 1:start + 7] == ["1 1", "B B", "C C", "A A", "B B", "4 4"]
    [document] = [d for d in load_documents(settings) if d.source.name == "marks.docx"]
    assert [u.text for u in document.sections[0].script][2:5] == ["1. 1", "B. B", "C. C"]
    (settings.source / "marks.docx").unlink()
    build(settings, ("audio", "web"))
    page = (settings.out / "steps" / "web" / "index.html").read_text("utf-8")
    assert re.findall(r'<li style="list-style-type: &quot;([^&]*) &quot;">', page) == [
        "a)", "(i)", "(ii)", "b)"]


def test_a_table_row_with_no_words_is_a_line_tall_and_a_strip_of_space_is_dropped(settings):
    """apache/poi's tika-3816.docx has three rows to fill in under "Here is just a sample",
    which Word shows a line tall: print drew each as a strip as thin as a cell's padding.
    Its form_footnotes.docx, a visa form, draws strips of space between questions as rows
    of 3 and 4 pt type: they are not rows, and "Table. 15 rows." was said of 13."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "poi-tika-3816-drop-down-cell.docx", settings.source / "note.docx")
    shutil.copy(CORPUS / "poi-form-footnotes.docx", settings.source / "visa.docx")
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "note" / "note.pdf") as pdf:
        [table] = pdf.pages[0].find_tables()  # its rows, between the margins' edges
        heights = sorted(row.bbox[3] - row.bbox[1] for row in table.rows)[:5]
    assert heights[0] > 0.95 * heights[-1]  # a row to fill in is as tall as one with words
    said = {d.source.name: [u.text for s in d.sections for u in s.script]
            for d in load_documents(settings)}
    # (its instructions, framed in a table of one cell, are said as a box's words are)
    # (a first row of one cell across the table titles it, as a caption does)
    assert [t[:36] for t in said["visa.docx"] if t.startswith("Table")] == [
        "Table. 1 row.", "Table. 12 rows.", "Table: FOR OFFICIAL USE ONLY. 3 rows",
        "Table: 21 - Purpose of trip (check i", "Table. 2 rows."]
    # and the rows to fill in are not counted, as they are not said ("Table. 5 rows.")
    assert said["note.docx"][2:5] == ["Table. 2 rows.", "Note. Details.",
                                      "Here is just a sample."]


def test_an_empty_cell_beside_its_label_keeps_room_to_write_in(settings):
    """Sweep CK: a school's application form prints "Date of Birth", a box, "Gender", a
    box: the boxes printed a few millimetres wide, their labels' columns taking the line,
    with no room to write a date of birth. Each box keeps room to write in."""
    settings.source.mkdir()
    cell = "<w:tc>{}</w:tc>".format
    rows = "".join("<w:tr>" + cell(paragraph(first)) + cell("<w:p/>") + cell(paragraph(second))
                   + cell("<w:p/>") + "</w:tr>" for first, second in
                   [("Date of Birth", "Gender"), ("Religion", "Home District")])
    write_docx(settings.source / "form.docx", paragraph("Application form", "Title")
               + f"<w:tbl>{rows}</w:tbl>")
    build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "form" / "form.pdf") as pdf:
        [table] = pdf.pages[0].find_tables()  # (its rows between the margins' edges)
        [row, _] = [row for row in table.rows if None not in row.cells]
        widths = [right - left for left, _, right, _ in row.cells]
    assert min(widths[1], widths[3]) > 0.5 * max(widths[0], widths[2])


def test_a_table_of_one_cell_is_said_as_the_words_it_frames(settings):
    """Word's authors frame a note or a title in a table of one cell: apache/poi's visa
    form frames its instructions so, and they were said "Table. 1 row." and then as one
    run of words, its numbered steps without their numbers. Its words are now said as a
    box's are, a list as a list; a table of one row of two cells is still a table."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "poi-form-footnotes.docx", settings.source / "visa.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    start = said.index("INSTRUCTIONS")
    assert said[start - 1] != "Table. 1 row."
    assert said[start + 1:start + 4] == [
        "1. Type or write in block letters, on blue or black ink only.",
        "Form can be filled out on line.",
        "2. Complete first and second pages, except for box marked “For Offical Use Only”."]
    row = "<w:tr><w:tc>" + paragraph("Clinic") + "</w:tc><w:tc>" + paragraph("Room 4") \
        + "</w:tc></w:tr>"
    box = "<w:tr><w:tc>" + paragraph("Bring your letter.") + "</w:tc></w:tr>"
    write_docx(settings.source / "visa.docx", paragraph("Your visit", "Title")
               + f"<w:tbl>{box}</w:tbl>" + f"<w:tbl>{row}</w:tbl>")
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][1:] == [
        "Bring your letter.", "Table. 1 row.", "Clinic. Room 4."]
    assert "<table" in document.sections[0].html  # print still draws the box
    # and it has no columns to name: only the other table is told it lacks a header row
    assert [f.where for f in lint_source(settings.source / "visa.docx")
            if f.rule == "table-header"] == [f"{settings.source / 'visa.docx'}: paragraph 3"]


def test_an_unfilled_content_control_that_is_a_table_cell_keeps_its_cell(settings):
    """apache/poi's tika-3816.docx: a drop-down content control still showing "Choose an
    item." is a whole table cell. Taken out with its placeholder, the cell went too, and the
    next cell's words moved under the first column's name."""
    settings.source.mkdir()
    header = ('<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>' + paragraph("Answer")
              + "</w:tc><w:tc>" + paragraph("Details") + "</w:tc></w:tr>")
    unfilled = ('<w:sdt><w:sdtPr><w:showingPlcHdr/><w:dropDownList><w:listItem w:value="Yes"/>'
                '</w:dropDownList></w:sdtPr><w:sdtContent><w:tc>'
                + paragraph("Choose an item.") + "</w:tc></w:sdtContent></w:sdt>")
    row = f"<w:tr>{unfilled}<w:tc>" + paragraph("Bring your letter") + "</w:tc></w:tr>"
    write_docx(settings.source / "form.docx", paragraph("Your visit", "Title")
               + f"<w:tbl>{header}{row}</w:tbl>")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:] == ["Table. 1 row.", "Details: Bring your letter."]
    assert "Choose an item" not in document.sections[0].html


def test_words_in_a_quote_style_are_a_quotation(settings):
    """pandoc's block_quotes.docx: Word's Quote and Intense Quote styles set a quotation
    apart, in italics; they were printed and said as any paragraph. A paragraph merely
    indented stays one."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "pandoc-block-quotes.docx", settings.source / "quotes.docx")
    [document] = load_documents(settings)
    said = [u.text for section in document.sections for u in section.script]
    assert said[1:9] == [
        "This is the proper way, with a style", "Quote.",
        "I don’t know why this would be in italics, but so it appears to be on my screen.",
        "End of quote.", "And this is also a proper way, with a different style", "Quote.",
        "This is called the Intense Quote style.", "End of quote."]
    assert said[9:] == [
        "And this is the way that most people do it:",
        "I just indented this, so it looks like a block quote.",
        "I think this is how most people do block quotes in their documents.",
        "And back to the normal style."]
    assert document.sections[0].html.count("<blockquote") == 2


def test_a_letter_and_its_accent_written_apart_are_read_as_one_in_word_too(settings):
    """A Markdown handout's text is composed (NFC) as it is read, since Piper said "kayf" for
    a "café" written with its accent apart; a Word handout's is too."""
    import unicodedata

    settings.source.mkdir()
    apart = unicodedata.normalize("NFD", "The café serves crème brûlée.")
    write_docx(settings.source / "menu.docx", paragraph("Menu", "Title") + paragraph(apart))
    [document] = load_documents(settings)
    said = [u.spoken for section in document.sections for u in section.script]
    assert "The café serves crème brûlée." in said
    assert apart not in document.sections[0].html


def test_a_chatbots_citations_pasted_into_word_are_left_out(settings):
    """A chatbot's answer pasted into Word keeps its citations as code, as one pasted into
    Markdown does: "offered it. :contentReference[oaicite:0]{index=0}" was printed and read.
    They go, with the same warning, once for the document."""
    settings.source.mkdir()
    path = write_docx(settings.source / "flu.docx", "".join([
        paragraph("Flu jab", "Title"),
        paragraph("Adults over 65 are offered it. :contentReference[oaicite:0]{index=0}"),
        paragraph("It takes two weeks :contentReference[oaicite:1]{index=1}.")]))
    [document] = load_documents(settings)
    assert [u.text for s in document.sections for u in s.script] == [
        "Flu jab", "Adults over 65 are offered it.", "It takes two weeks."]
    [finding] = [f for f in lint_source(path) if f.rule == "generator-syntax"]
    assert finding.where == str(path) and finding.severity == WARNING
    assert "a chatbot's citation" in finding.message and "(2 in all)" in finding.message


def test_markdown_typed_into_word_is_read_as_word_s_headings_and_bold(settings):
    """A chatbot's Markdown pasted into Word keeps its marks as text: "## Your inhalers"
    and "**Tip:**" printed as typed, and the handout had no sections. A paragraph typed as
    a heading is one of its level, with a warning to give it Word's Heading style; words in
    Markdown's bold are bold; "# of patients" and code keep what they hold."""
    settings.source.mkdir()
    path = write_docx(settings.source / "asthma.docx", "".join([
        paragraph("Asthma", "Title"), paragraph("## Your inhalers"),
        paragraph("**Tip:** Always carry your reliever."), paragraph("# of patients: 40"),
        paragraph("### When to call"), paragraph("Call 999.")]))
    [document] = load_documents(settings)
    assert [(s.heading, s.level) for s in document.sections] == [
        ("Asthma", 1), ("Your inhalers", 2)]
    body = parse_html("".join(s.html for s in document.sections))
    assert [h.text for h in body.iter("h3")] == ["When to call"]
    assert [" ".join(text_of(p).split()) for p in body.iter("p")] == [
        "Tip: Always carry your reliever.", "# of patients: 40", "Call 999."]
    assert body.find(".//p//strong").text == "Tip:"
    [finding] = [f for f in lint_source(path) if f.rule == "fake-heading"]
    assert finding.message.startswith("2 paragraphs are typed as Markdown headings ('## ...')")


def test_a_telephone_list_typed_with_tabs_is_read_across(settings):
    """Names with their numbers beside them, typed with tabs, are lines read across, not two
    blocks: "Reception, 01234 567890"."""
    tabs = "<w:r><w:tab/></w:r>" * 3
    lines = [("Reception", "01234 567890"), ("Pharmacy", "01234 567891"),
             ("Out of hours", "111")]
    settings.source.mkdir()
    write_docx(settings.source / "numbers.docx", paragraph("Numbers", "Heading1")
               + "".join(f"<w:p>{run(a)}{tabs}{run(b)}</w:p>" for a, b in lines))
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Numbers", "Reception, 01234 567890", "Pharmacy, 01234 567891", "Out of hours, 111"]


def test_one_tab_between_words_parts_a_line(settings):
    """A church bulletin's order of service (sweep BL, Bulletin.docx) types its parts with
    one tab, or two, or a tab with spaces: "Sermon<tab><tab>“Sincere Effective
    Prayer”<tab>John Doe" was said "Sermon “Sincere Effective Prayer” John Doe", the
    quotation's gap no pause and one tab a space; "Children’s Story<tab>   <tab>John Doe"
    ran together, and printed with one space. One tab is a gap, in print and voice, but
    not after a label's colon or a number typed by hand; lines of one tab each are no
    block typed side by side, so the order of service is read across."""
    tab = "<w:r><w:tab/></w:r>"

    def line(*parts: str) -> str:
        return "<w:p>" + tab.join(run(part) for part in parts) + "</w:p>"

    settings.source.mkdir()
    write_docx(settings.source / "bulletin.docx", paragraph("Order of service", "Heading1")
               + line("Invocation", "", "John Doe") + line("Hymns", "", "Praise Team")
               + line("Scripture", "Matthew 6")
               + line("Sermon", "", "“Sincere Effective Prayer”", "John Doe")
               + line("Children’s Story", "   ", "John Doe") + line("Name:", "Jane"))
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script] == [
        "Order of service", "Invocation, John Doe", "Hymns, Praise Team",
        "Scripture, Matthew 6", "Sermon, “Sincere Effective Prayer”, John Doe",
        "Children’s Story, John Doe", "Name: Jane"]
    assert "Children’s Story\u2003John Doe" in document.sections[0].html


def test_a_title_row_over_a_bold_header_row_is_the_caption(settings):
    """Sweep CK: a council's tables open with a title row across the columns, "BY-LAWS
    PASSED", over "BY-LAW NO. | SUBJECT" in bold. The voice took them as caption and
    header, but print repeated no header on the table's later pages and stacked its records
    with no labels. The title is the caption and the bold row the printed header."""
    title = ('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
             f'{paragraph("BY-LAWS PASSED", bold=True)}</w:tc></w:tr>')
    names = "<w:tr>" + "".join(f"<w:tc>{paragraph(name, bold=True)}</w:tc>"
                               for name in ("BY-LAW NO.", "SUBJECT")) + "</w:tr>"
    rows = "".join(f"<w:tr><w:tc>{paragraph(n)}</w:tc><w:tc>"
                   f"{paragraph('To amend the fees')}</w:tc></w:tr>" for n in ("12", "13"))
    settings.source.mkdir()
    write_docx(settings.source / "disposition.docx", paragraph("Disposition", "Title")
               + f"<w:tbl>{title}{names}{rows}</w:tbl>")
    [document] = load_documents(settings)
    html = document.sections[0].html
    assert re.search(r"<caption[^>]*><strong>BY-LAWS PASSED</strong></caption><thead>", html)
    assert re.findall(r"<th\b[^>]*>(?:<[^>]+>)*([^<]+)", html) == ["BY-LAW NO.", "SUBJECT"]
    assert [u.spoken for u in document.sections[0].script][1:] == [
        "Table: BY-LAWS PASSED. 2 rows.", "BY-LAW NO.: 12. SUBJECT: To amend the fees.",
        "BY-LAW NO.: 13. SUBJECT: To amend the fees."]


def test_a_row_marked_as_no_header_row_is_a_row(settings):
    """Google Docs saves every row of a table with "Repeat as header row" turned off,
    `<w:tblHeader w:val="0"/>`, and mammoth took each for a header row: a safeguarding
    policy's cover table printed as six header rows and was said "Name: Version. ANL
    Safeguarding Policy: 1."."""
    def row(*cells: str) -> str:
        return ('<w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr>'
                + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in cells) + "</w:tr>")

    settings.source.mkdir()
    write_docx(settings.source / "policy.docx", paragraph("Safeguarding Policy", "Title")
               + "<w:tbl>" + row("Name", "ANL Safeguarding Policy") + row("Version", "1")
               + row("Author", "Cheryl Cross") + "</w:tbl>")
    [document] = load_documents(settings)
    assert [u.spoken for u in document.sections[0].script][1:] == [
        "Table. 3 rows.", "Name. ANL Safeguarding Policy.", "Version. 1.",
        "Author. Cheryl Cross."]
    assert "<th" not in document.sections[0].html


def test_a_first_row_all_in_bold_in_a_google_docs_table_is_the_header_row(settings):
    """Google Docs marks no row as a header (each says it is none): a meeting's table of
    goals, "Goal" and "Summary" in bold over its rows, was read with no column's name. A
    first row of a name in plain text beside a bold value is data. In Word's own, a first
    row in bold over rows not in bold is the header row too: AK's workout plan (workout.docx)
    heads its tables "No | Exercise | Part | Link" in bold, which the PDF took for its
    stacked records' labels and the voice said as a row, "No, Exercise. Part. Link.", then
    each row with no column's name. A row in bold over rows in bold stays data."""
    def row(*cells: str, bold: bool = False, google: bool = True) -> str:
        mark = '<w:trPr><w:tblHeader w:val="0"/></w:trPr>' if google else ""
        return f"<w:tr>{mark}" + "".join(f"<w:tc>{paragraph(cell, bold=bold)}</w:tc>"
                                         for cell in cells) + "</w:tr>"

    settings.source.mkdir()
    write_docx(settings.source / "goals.docx", paragraph("Goals", "Title")
               + "<w:tbl>" + row("Goal", "Summary", bold=True) + row("1. Refresh", "Deliver")
               + "</w:tbl><w:p/><w:tbl>" + row("Name")[:-len("</w:tr>")]
               + f"<w:tc>{paragraph('ANL Policy', bold=True)}</w:tc></w:tr>"
               + row("Version", "1") + "</w:tbl>")
    write_docx(settings.source / "form.docx", paragraph("Consent", "Title")
               + "<w:tbl>" + row("Day group meets", "Times group meets", bold=True,
                                 google=False)
               + row("", "", google=False) + "</w:tbl><w:p/><w:tbl>"
               + row("Monday", "Tuesday", bold=True, google=False)
               + row("Swim", "Run", bold=True, google=False) + "</w:tbl>")
    write_docx(settings.source / "workout.docx", paragraph("Push Workout", "Title")
               + "<w:tbl>" + row("No", "Exercise", "Part", bold=True, google=False)
               + row("1A", "Barbell Inclined Bench Press", "Upper Chest", google=False)
               + row("1B", "Standing Cable Machine Fly", "Upper Chest", google=False)
               + "</w:tbl>")
    documents = {document.slug: document for document in load_documents(settings)}
    assert [u.spoken for u in documents["goals"].sections[0].script][1:] == [
        "Table. 1 row.", "Goal: 1. Refresh. Summary: Deliver.", "Table. 2 rows.",
        "Name. ANL Policy.", "Version. 1."]
    assert [u.spoken for u in documents["form"].sections[0].script][1:] == [
        "Table to fill in. 1 row.", "Day group meets. Times group meets.", "Table. 2 rows.",
        "Monday. Tuesday.", "Swim. Run."]
    assert documents["form"].sections[0].html.count("<th>") == 2
    workout = documents["workout"].sections[0]
    assert [u.spoken for u in workout.script][1:] == [
        "Table. 2 rows.", "No: 1A. Exercise: Barbell Inclined Bench Press. Part: Upper Chest.",
        "No: 1B. Exercise: Standing Cable Machine Fly. Part: Upper Chest."]
    assert "<thead><tr><th><p><strong>No</strong></p></th>" in workout.html


def test_a_row_in_bold_over_empty_rows_is_a_table_to_fill_in(settings):
    """AN's digital skills course (Digital_Skills_Sessions_1_to_3.docx), Session 3's "Fact
    or Fake?", gives three empty rows under five columns' names in bold, one for each
    website to evaluate: it was "Table. 1 row.", its names said as the row, and a listener
    never learnt there were three records to write. Its names are the header row, and the
    rows are counted as rows to fill in."""
    def row(*cells: str, bold: bool = False) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{paragraph(cell, bold=bold)}</w:tc>"
                                  for cell in cells) + "</w:tr>"

    settings.source.mkdir()
    write_docx(settings.source / "sessions.docx", paragraph("Fact or Fake?", "Title")
               + "<w:tbl>" + row("Website Name", "Author (Who wrote it?)", "Date", bold=True)
               + row("", "", "") * 3 + "</w:tbl>")
    [document] = load_documents(settings)
    assert [u.spoken for u in document.sections[0].script][1:] == [
        "Table to fill in. 3 rows.", "Website Name. Author (Who wrote it?). Date."]
    assert re.search(r"<thead><tr[^>]*><th><p><strong>Website Name", document.sections[0].html)


def test_a_title_in_bold_under_a_logo_is_the_title(settings, caplog):
    """A volunteer application form has its charity's logo first, then its title in bold,
    with no Title style: its file name was taken for the title ("ANLvolappform", said "an
    elvollapform") and the real title printed as a line of the text."""
    settings.source.mkdir()
    write_docx(settings.source / "ANLvolappform.docx", picture("Ascend Next Level logo")
               + paragraph("Volunteer Application Form", bold=True)
               + paragraph("Please return it by email."))
    with caplog.at_level("WARNING", "handout.diagnostics"):
        [document] = load_documents(settings)
    assert document.meta.title == "Volunteer Application Form"
    assert [u.text for u in document.sections[0].script] == [
        "Volunteer Application Form", "Image: Ascend Next Level logo.",
        "Please return it by email."]
    assert not [r for r in caplog.records if "file name" in r.getMessage()]


def test_a_document_typed_in_a_monospaced_font_is_text(settings):
    """An association's statutes typed throughout in Courier New were read as 39 "code
    examples", a block's sentences run together and its "20%" said "twenty": where most of
    the letters are set so, it is the document's typeface, not code's."""
    settings.source.mkdir()
    statutes = "".join(code_line(text, font="Courier New") for text in (
        "TITULO I. Denominación.", "Artículo 1: Se constituye una asociación civil.",
        "Artículo 2: El 20% de los socios puede convocar.", "Artículo 3: La sede es el barrio.",
        "Artículo 4: Los socios pagan una cuota.", "Artículo 5: La asamblea decide."))
    write_docx(settings.source / "estatuto.docx", paragraph("Estatuto", "Title") + statutes,
               lang="es-AR")
    [document] = load_documents(settings)
    [section] = document.sections
    assert "<pre" not in section.html
    assert [u.text for u in section.script][1:4] == [
        "TITULO I.", "Denominación.", "Artículo 1: Se constituye una asociación civil."]


def test_word_s_marks_and_outlines_are_read_as_the_author_meant(settings):
    """A French union's guide marked half its runs fr-FR and the rest nothing, over Word's
    en-US default: it was read by the English voice. A competition's rules, pasted from a
    web page, gave three sentence-long list items an outline level, and they became three
    sections. A title broken over two lines with a line break ran its words together,
    "WorkshopInformed", in every tag."""
    french = ('<w:p><w:r><w:rPr><w:lang w:val="fr-FR"/></w:rPr><w:t xml:space="preserve">Je '
              'dois avoir au moins un an d’ancienneté pour ouvrir un compte.</w:t></w:r></w:p>')
    item = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            '<w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>')
    settings.source.mkdir(parents=True, exist_ok=True)
    write_docx(settings.source / "guide.docx", "".join([
        '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Workshop</w:t></w:r><w:r>'
        '<w:br/><w:t>Compte épargne temps</w:t></w:r></w:p>',
        french, paragraph("L’ouverture du compte est faite sur simple demande auprès du "
                          "service du personnel."), french,
        item.format("Elle aura lieu à Orlando en Floride."),
        item.format("Le gagnant rencontrera les finalistes du monde entier."),
        paragraph("Les critères sont décrits ci-dessous.")]), lang="en-US")
    english = ("<w:p><w:r><w:t>Please arrive ten minutes early and bring your letter with "
               "you, so that we can find your records and see you on time.</w:t></w:r></w:p>")
    spanish = ('<w:p><w:r><w:rPr><w:lang w:val="es-ES"/></w:rPr><w:t>Llegue diez minutos '
               'antes y traiga su carta, para que podamos encontrar su historial y atenderle a '
               'tiempo.</w:t></w:r></w:p>')
    write_docx(settings.source / "visit.docx", "".join(
        [paragraph("Your visit", "Title"), english, spanish, english]), lang="en-US")
    documents = {d.slug: d for d in load_documents(settings)}
    handout = documents["guide"]
    assert documents["visit"].meta.lang == "en-US"  # its Spanish third marked, not all of it
    assert handout.meta.lang == "fr-FR"
    assert handout.meta.title == "Workshop Compte épargne temps"
    assert len(handout.sections) == 1
    assert [u.text for u in handout.sections[0].script][-3:] == [
        "Elle aura lieu à Orlando en Floride.",
        "Le gagnant rencontrera les finalistes du monde entier.",
        "Les critères sont décrits ci-dessous."]


def test_word_s_headings_7_to_9_stay_headings(settings):
    """A statute's articles in Word's Heading 7 were printed and said as plain text: HTML has
    six levels, and they take the last."""
    settings.source.mkdir(parents=True, exist_ok=True)
    write_docx(settings.source / "statute.docx", "".join([
        paragraph("Statute", "Title"), paragraph("Part one", "Heading1"),
        paragraph("Article 1", "Heading7"), paragraph("The club is open to all.")]),
        extra_styles='<w:style w:type="paragraph" w:styleId="Heading7">'
                     '<w:name w:val="heading 7"/></w:style>')
    [handout] = load_documents(settings)
    assert "<h6" in handout.html and "Article 1</h6>" in handout.html


def test_a_google_docs_contents_list_is_left_out(settings):
    """Google Docs writes its contents list in a block of its own (gallery "Table of
    Contents"), in no TOC style: a report's twenty entries were read aloud, "1.1." alone,
    and printed again under the PDF's own contents."""
    settings.source.mkdir(parents=True, exist_ok=True)
    contents = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                '</w:docPartObj></w:sdtPr><w:sdtContent>'
                + paragraph("1. Before you come") + paragraph("2. On the day")
                + '</w:sdtContent></w:sdt>')
    write_docx(settings.source / "leaflet.docx", "".join([
        paragraph("Clinic leaflet", "Title"), contents,
        paragraph("1. Before you come", "Heading1"), paragraph("Bring your letter."),
        paragraph("2. On the day", "Heading1"), paragraph("Come to reception.")]))
    [handout] = load_documents(settings)
    said = [u.text for section in handout.sections for u in section.script]
    assert said == ["Clinic leaflet", "1. Before you come", "Bring your letter.",
                    "2. On the day", "Come to reception."]


def test_a_line_break_in_a_paragraph_of_code_is_a_new_line(settings):
    """A user guide's sums in Courier New, "1 + 2", "2 - 2" broken over lines of one
    paragraph, printed "1 + 22 - 2": numbers run together into others."""
    settings.source.mkdir(parents=True, exist_ok=True)
    mono = '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr>'
    code = (f'<w:p><w:r>{mono}<w:t xml:space="preserve">1 + 2</w:t></w:r><w:r>{mono}<w:br/>'
            f'</w:r><w:r>{mono}<w:t xml:space="preserve">2 - 2</w:t></w:r></w:p>')
    write_docx(settings.source / "guide.docx", "".join([
        paragraph("Guide", "Title"), paragraph("The sums:"), code, paragraph("That is all.")]))
    [handout] = load_documents(settings)
    assert "<code>1 + 2\n2 - 2</code>" in handout.html


def test_a_sentence_broken_before_spaces_and_lower_case_is_one(settings):
    """A school form's "Bring the report card and results (if" over "     transferring) and
    your results." was two sentences with a paragraph's pause between."""
    settings.source.mkdir(parents=True, exist_ok=True)
    write_docx(settings.source / "form.docx", "".join([
        paragraph("Form", "Title"),
        paragraph("Bring the report card and results with you (if"),
        paragraph("     transferring) and your results.")]))
    [handout] = load_documents(settings)
    assert [u.text for u in handout.sections[0].script][1:] == [
        "Bring the report card and results with you (if transferring) and your results."]


def test_a_links_address_in_percent_codes_is_printed_in_its_letters(settings):
    """A Russian Wikipedia page pasted into Word (apache/poi's 45690.docm) printed
    "(http://ru.wikipedia.org/wiki/%D0%A7%D1%91%D1%80%D0%BD..." after each link, four
    lines of large print of codes; a Markdown handout's link printed so too. Each prints
    the address as a browser's address bar shows it."""
    encoded = "https://ru.wikipedia.org/wiki/%D0%A7%D1%91%D1%80%D0%BD%D0%B0%D1%8F_%D0%B4%D1%8B"
    settings.source.mkdir()
    write_docx(settings.source / "word.docx", paragraph("Звёзды", "Title") + (
        '<w:p><w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships" r:id="rIdLink"><w:r><w:t>Чёрные дыры</w:t></w:r></w:hyperlink></w:p>'),
        lang="ru-RU", relationships=(
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/hyperlink" Target="{encoded}" TargetMode="External"/>'))
    (settings.source / "markdown.md").write_text(
        f"---\ntitle: Звёзды\nlang: ru\n---\n\n[Чёрные дыры]({encoded})\n", encoding="utf-8")
    build(settings, ("pdf",))
    for lines in printed_lines(settings.out, "word", "markdown").values():
        assert "".join(lines[1:-1]).replace(" ", "") == \
            "Чёрныедыры(https://ru.wikipedia.org/wiki/Чёрная_ды)"  # then "Страница 1 из 1"


def test_a_document_that_is_only_its_title_is_built_as_its_title(settings, caplog):
    """A notice of one bold line, "Clinic closed on Monday 5 May", was refused as having "no
    text that can be read", and so was one line made a heading by Word's Title style or by
    mammoth's style map kept in the document (mammoth's embedded-style-map.docx). The line
    is the title, printed and said once, as Word shows it, with a warning; a Title property
    (File > Info) over no words is still no text."""
    settings.source.mkdir()
    write_docx(settings.source / "notice.docx",
               paragraph("Clinic closed on Monday 5 May", bold=True))
    write_docx(settings.source / "styled.docx", paragraph("Library closed today", "Title"))
    mapped = write_docx(settings.source / "mapped.docx", paragraph("Walking on imported air"))
    with zipfile.ZipFile(mapped, "a") as docx:
        docx.writestr("mammoth/style-map", "p => h1")
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        build(settings, ("pdf",))
    titles = {"notice": "Clinic closed on Monday 5 May", "styled": "Library closed today",
              "mapped": "Walking on imported air"}
    warnings = sorted(r.getMessage() for r in caplog.records
                      if "only its title" in r.getMessage())
    assert warnings == [f"{settings.source / name}.docx: the handout is only its title, "
                        f"{titles[name]!r}, which is printed and said alone: if it should say "
                        "more, write that below the title" for name in sorted(titles)]
    for name, lines in printed_lines(settings.out, *titles).items():
        assert lines == [titles[name], "Page 1 of 1"]
    for document in load_documents(settings):
        assert [u.text for section in document.sections for u in section.script] == [
            titles[document.slug]]
    shutil.rmtree(settings.source)
    settings.source.mkdir()
    with_title_property(write_docx(settings.source / "blank.docx", "<w:p/>"), "Closures")
    with pytest.raises(HandoutError, match="the document has no text that can be read"):
        load_documents(settings)


def test_a_first_line_in_bold_is_the_title_not_a_fake_heading(tmp_path):
    """A notice of one bold line, built as its title, was told to give that line a Heading
    style ('fake-heading'); so was a form's title typed in bold over its text. The first
    words in bold are the title, as in Markdown; a later line in bold is still told."""
    notice = write_docx(tmp_path / "notice.docx",
                        paragraph("Clinic closed on Monday 5 May", bold=True))
    assert [str(f) for f in lint_source(notice)] == []
    form = write_docx(tmp_path / "form.docx", picture("Ascend Next Level logo")
                      + paragraph("Volunteer Application Form", bold=True)
                      + paragraph("Please return it by email.")
                      + paragraph("Your details", bold=True) + paragraph("Name and address."))
    assert [(f.where, f.rule) for f in lint_source(form)] == [
        (f"{form}: paragraph 4", "fake-heading")]


def test_a_bold_line_over_its_paragraph_s_text_is_a_fake_heading(tmp_path):
    """A nursery's health and safety policy (sweep AS, nn-health-safety) typed "Statement of
    intent", "Aim", "Risk assessment" and "Insurance Cover" in bold, then a line break and
    the part's text in the same paragraph: printed as headings, they were not flagged as its
    12 bold paragraphs were, and the six-minute policy was one recording. A name in bold
    over the lines of its address is none."""
    def broken(label: str, *lines: str) -> str:
        rest = "".join(f'<w:r><w:br/><w:t xml:space="preserve">{line}</w:t></w:r>'
                       for line in lines)
        return f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{label}</w:t></w:r>{rest}</w:p>'

    policy = write_docx(tmp_path / "policy.docx", paragraph("Health and safety policy", bold=True)
                        + broken("Risk assessment", "Our risk assessment process includes:")
                        + broken("Nature Nicki Forest School", "12 High Street", "Bodmin"))
    assert [(f.where, f.rule, f.message) for f in lint_source(policy)] == [
        (f"{policy}: paragraph 2", "fake-heading", "'Risk assessment' looks like a heading "
         "but is bold text on a line over its paragraph: give it a Heading style in Word, in "
         "a paragraph of its own, so that it starts a section and readers can find it")]


def test_an_embedded_worksheet_is_told_to_be_pasted_as_a_table(tmp_path):
    """An Excel worksheet embedded in Word (apache/poi's EmbeddedDocument.docx) is read as
    the picture Word shows of it, an EMF print cannot draw: the notes said the picture had
    no alt text and should be saved as a PNG, which would still hold none of its cells for
    the voice. One note says what it is, and what to do."""
    sheet = ('<w:p><w:r><w:object xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:'
             'schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships"><v:shape id="_x0000_i1025" style="width:207pt;'
             'height:15pt" o:ole=""><v:imagedata r:id="rIdSheet" o:title=""/></v:shape>'
             '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.8" ShapeID="_x0000_i1025" '
             'DrawAspect="Content" ObjectID="_1353480673" r:id="rIdObject"/></w:object></w:r>'
             '</w:p>')
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = write_docx(tmp_path / "prices.docx", paragraph("Prices", "Title")
                      + paragraph("Our prices:") + sheet, relationships=(
        f'<Relationship Id="rIdSheet" Type="{relationship}/image" Target="media/sheet.emf"/>'
        f'<Relationship Id="rIdObject" Type="{relationship}/oleObject" '
        'Target="embeddings/Microsoft_Office_Excel_97-2003_Worksheet1.xls"/>'))
    with zipfile.ZipFile(path, "a") as docx:
        docx.writestr("word/media/sheet.emf", b"\x01\x00\x00\x00")
    source = read_source(path)
    assert source.notes == ((3, "word-worksheet", (
        "an Excel worksheet is embedded here, which print and the voice cannot read: in Excel, "
        "copy its cells, then in Word delete the worksheet and paste the cells in its place "
        "as a Word table, so that they are printed and read")),)
    assert [finding.severity for finding in lint_source(path)] == [ERROR]
    assert source.html == "<p>Our prices:</p><p><img /></p>"


def test_a_web_page_saved_as_word_prints_its_words_a_line_at_a_time(settings):
    """A VA job announcement saved from the web as Word (tests/corpus/docx, from apache/tika)
    draws its columns with tables nested five deep, with spacer columns a few letters wide,
    and spaces its parts with 51 transparent 1 × 1 pictures. It printed on 1,013 pages, 916
    of them holding 40 words or fewer, a letter to a line, with its first row, taken for a
    header, again on every page. Laid out as its cells and without its spacers, it prints
    as a document of some fifty pages, each full of lines of words."""
    settings.source.mkdir()
    shutil.copy(CORPUS / "tika-017097-va-job-announcement.docx", settings.source / "job.docx")
    [manifest] = build(settings, ("pdf",))
    with pdfplumber.open(settings.out / "job" / "job.pdf") as pdf:
        words = [len((page.extract_text() or "").split()) for page in pdf.pages]
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert manifest["pdf"]["pages"] == len(words) <= 60
    assert sum(count < 40 for count in words) <= 3
    assert text.count("Agency: Veterans Health Administration") == 1
    assert "The Program Support Assistant (Office Automation) facilitates the flow of" in \
        " ".join(text.split())


def test_word_lists_of_figures_and_index_entries_are_left_out(tmp_path):
    """Word's own lists of where things are carry another layout's page numbers, as its
    contents list does: apache/tika's testWORD_2006ml.docx printed and said its table of
    figures ("Table 1: Table1 Caption 2") and its index ("index, 4"), and pandoc's
    0_level_headers.docx an empty table of figures' "No table of figures entries found."
    twice, in Normal paragraphs holding the field."""
    def field(code: str, result: str) -> str:
        return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                f'xml:space="preserve"> {code} </w:instrText></w:r><w:r><w:fldChar '
                f'w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r>'
                f'<w:fldChar w:fldCharType="end"/></w:r></w:p>')

    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in (("TableofFigures", "table of figures"), ("Index1", "index 1"),
                          ("TOAHeading", "toa heading")))
    path = write_docx(tmp_path / "report.docx", "".join([
        paragraph("Report", "Title"),
        paragraph("Table 1: Doses\t2", "TableofFigures"),
        field('TOC \\c "Figure"', "No table of figures entries found."),
        paragraph("Results", "Heading1"),
        paragraph("Doses rose in spring."),
        paragraph("Cases", "TOAHeading"),
        paragraph("doses, 4", "Index1"),
    ]), extra_styles=styles)
    words = re.sub(r"<[^>]+>", " ", read_source(path).html).split()
    assert " ".join(words) == "Results Doses rose in spring."


def test_a_cover_showing_the_title_property_does_not_print_it_twice(tmp_path):
    """A cover's text box bound to the Title property shows the title in the body, which
    heads the printed title block too: apache/tika's testWORD_2006ml.docx printed and said
    "My Document Title" twice, and pandoc's text_in_shape_format.docx its title, after
    "Last update", again with its drop cap apart ("U sing Microsoft Word")."""
    path = with_title_property(write_docx(tmp_path / "guide.docx", "".join([
        paragraph("Last update: May 1, 2017"), paragraph("U sing Microsoft Word"),
        paragraph("Writing a document starts here.")])), "Using Microsoft Word")
    source = read_source(path)
    assert source.front_matter["title"] == "Using Microsoft Word"
    assert " ".join(re.sub(r"<[^>]+>", " ", source.html).split()) == (
        "Last update: May 1, 2017 Writing a document starts here.")


def test_a_list_in_a_text_box_is_numbered_once(settings):
    """Word writes a text box twice, for Word 2010 on (`mc:Choice`) and for older Words
    (`mc:Fallback`), which mammoth reads. Its list was counted in both: a kindergarten's
    procedure (docling's textbox.docx) printed and said "3.", "4." for its only two steps."""
    numbering = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                 '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
                 '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                 '</w:num></w:numbering>')
    steps = numbered("Tell the health bureau.", 1) + numbered("Clean the room.", 1)
    box = ('<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
           'markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/'
           '2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">'
           '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
           f'{steps}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           f'<v:shape><v:textbox><w:txbxContent>{steps}</w:txbxContent></v:textbox></v:shape>'
           '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    settings.source.mkdir()
    with_part(write_docx(settings.source / "report.docx", paragraph("Reporting", "Title")
                         + paragraph("When a child is ill:") + box), "word/numbering.xml",
              numbering)
    [document] = load_documents(settings)
    assert [u.text for u in document.sections[0].script][2:] == [
        "1. Tell the health bureau.", "2. Clean the room."]


@pytest.mark.parametrize("off", ['<w:b w:val="0"/>', '<w:b w:val="false" />'])
def test_a_strong_run_with_its_bold_turned_off_is_regular(tmp_path, off):
    """Lancaster University's participant information sheet writes 153 runs in Word's
    Strong style with their own bold turned off, `<w:rStyle w:val="Strong"/><w:b
    w:val="0"/>`: Word shows them in regular weight, and mammoth, which maps the style to
    bold, printed most of its 9 pages in bold. The run's own setting comes first; a run
    that leaves Strong's bold on is bold."""
    strong = ('<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>'
              '<w:rPr><w:b/></w:rPr></w:style>')
    body = (paragraph("Study information", "Title")
            + f'<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/>{off}</w:rPr>'
            '<w:t>Taking part is voluntary.</w:t></w:r></w:p>'
            '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>'
            '<w:t>Contact us first.</w:t></w:r></w:p>')
    source = read_source(write_docx(tmp_path / "sheet.docx", body, extra_styles=strong))
    assert source.html == ("<p>Taking part is voluntary.</p>"
                           "<p><strong>Contact us first.</strong></p>")


@pytest.mark.parametrize("name", ["Social and Political Science_2col_cmyk", "NHS_logo_rgb",
                                  "clinic_floor_plan"])
def test_a_picture_described_by_its_exported_file_s_name_is_flagged(settings, name):
    """A university's consent form describes its faculty's logo "Social and Political
    Science_2col_cmyk", the name of the file its designer exported: it was said "Image:
    Social and Political Science 2col cmyk." and passed the check. Words joined by
    underscores, or ending in an export's "_cmyk", "_rgb", "_2col", are a file's name: the
    check names the picture, and the voice says it has no description, as for a web
    address."""
    settings.source.mkdir()
    form = write_docx(settings.source / "consent.docx", paragraph("Consent form", "Title")
                      + picture(name) + paragraph("Please initial each box."))
    assert [note for note in read_source(form).notes if note[1] == "image-alt"] == [(
        2, "image-alt", f"picture described by its file's name, '{name}': in Word, "
        "right-click it, choose 'Edit Alt Text' and describe what it shows, or tick 'Mark "
        "as decorative' if it only decorates (a logo beside the name it shows, a border)")]
    [document] = load_documents(settings)
    assert [u.spoken for u in document.sections[0].script][1:] == [
        "An image with no description.", "Please initial each box."]


@pytest.mark.parametrize("properties, chosen", [
    # a French club's rules saved by an English LibreOffice (sweep CB, fr-pginfo-reglement):
    # its text marked fr-FR, its language property LibreOffice's own, en-US
    ({"lang": "en-US", "lang_text": "fr-FR", "lang_val": "fr-FR"}, "fr-FR"),
    ({"lang": "en-GB", "lang_text": "en-US", "lang_val": "en-US"}, "en-GB"),
    ({"lang": "de-DE", "lang_val": "en-US"}, "de-DE"),
])
def test_the_texts_own_language_comes_before_a_property_naming_another(properties, chosen):
    """LibreOffice writes its interface's language in the document's `dc:language`: a French
    document marked French throughout was read by the English voice. The property names the
    document's language unless its text is marked in another."""
    from handout.read.word import document_language

    assert document_language(properties, "<p>Texte</p>") == (chosen, True)
