"""Raw HTML: the documented subset renders; anything that could act never reaches print or audio."""

from __future__ import annotations

import base64
import logging
import re
import xml.etree.ElementTree as ET

import pdfplumber
import pytest

from conftest import FIXTURES, PROJECT, said_and_printed, write_handouts
from handout.read import document
from handout.build import build
from handout.read.document import load_documents, parse_html
from handout.read.script import text_of
from handout.read.document import markdown_to_tree
from handout.read.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, clean_tree
from handout.read.sources import SourceFile

BOX = base64.b64encode((FIXTURES / "robust" / "box.png").read_bytes()).decode()

HOSTILE = """\
# Raw HTML

Visible opening words.

<script>alert("SCRIPTWORD")</script><center><script>SCRIPTWORD</script></center>
<noscript>NOSCRIPTWORD</noscript>
<style>* { font-size: 4pt !important; color: #999 !important } .x::after { content: "STYLEWORD" }</style>
<iframe src="about:blank">IFRAMEWORD</iframe>
<object data="x.png">OBJECTWORD</object>
<embed src="x.png">
<link rel="stylesheet" href="data:text/css,p{font-size:3pt}">
<meta http-equiv="refresh" content="0; url=http://example.org/">
<base href="http://example.org/">
<template>TEMPLATEWORD</template>
<svg><text>SVGWORD</text><script>SVGSCRIPT</script></svg>
<math><mi>MATHWORD</mi></math>
<form action="http://example.org/"><input value="FORMWORD"><button>BUTTONWORD</button></form>
<textarea>TEXTAREAWORD</textarea>
<select><option>OPTIONWORD</option></select>

<p style="font-size:4pt" onclick="alert('HANDLERWORD')" onmouseover="x()">Paragraph with handlers.</p>

<p hidden class="x">Hidden attribute paragraph.</p>

<a href="javascript:alert('JSWORD')">first link</a> and
<a href=" &#106;ava&#x09;script:alert(1)">second link</a> and
<a href="vbscript:msgbox">third link</a> and
<a href="data:text/html,<b>DATAWORD</b>">fourth link</a>.

<img src="data:image/png;base64,BOX" onerror="alert('ONERRORWORD')" alt="described picture">

<!-- COMMENTWORD -->

Visible closing words.
""".replace("BOX", BOX)

FORBIDDEN_WORDS = ("SCRIPTWORD", "NOSCRIPTWORD", "STYLEWORD", "IFRAMEWORD", "OBJECTWORD",
                   "TEMPLATEWORD", "SVGWORD", "SVGSCRIPT", "MATHWORD", "FORMWORD",
                   "BUTTONWORD", "TEXTAREAWORD", "OPTIONWORD", "HANDLERWORD", "JSWORD",
                   "DATAWORD", "ONERRORWORD", "COMMENTWORD", "javascript", "example.org")


def built_text(settings):
    """HTML, transcript and PDF text of the one handout, and the smallest font size used."""
    build(settings, ("pdf", "audio"))
    html = "".join(s.html for s in load_documents(settings)[0].sections)
    transcript = (settings.out / "raw" / "audio" / "00-raw.txt").read_text("utf-8")
    with pdfplumber.open(settings.out / "raw" / "raw.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        sizes = {round(c["size"], 1) for page in pdf.pages for c in page.chars}
        colours = {c["non_stroking_color"] for page in pdf.pages for c in page.chars}
    return html, transcript, text, min(sizes), colours


def test_active_content_never_reaches_print_or_audio(settings, caplog):
    write_handouts(settings.source, {"raw.md": HOSTILE})
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    html, transcript, text, smallest, colours = built_text(settings)
    for word in FORBIDDEN_WORDS:
        assert word not in html, word
        assert word not in transcript, word
        assert word not in text, word
    for words in ("Visible opening words.", "Paragraph with handlers.", "first link",
                  "fourth link", "Visible closing words."):
        assert words in text and words in transcript
    assert "Hidden attribute paragraph." not in text + transcript  # as the page hides it
    assert "described picture" in transcript
    assert smallest >= 18.0  # the injected 4 pt and 3 pt stylesheets had no effect
    assert colours <= {(0,), (0.0,), (0, 0, 0), (0.0, 0.0, 0.0)}  # never grey
    assert " on" not in html.replace(" only", "") and "style=" not in html
    assert "<a>first link</a>" in html and "<a>fourth link</a>" in html
    line = {record.getMessage().split(": ", 1)[1]: record.getMessage().split(":")[1]
            for record in caplog.records if record.name == "handout.diagnostics"}
    assert line["<script> is not allowed in a handout and was removed"] == "5"
    assert line["attribute onclick on <p> removed"] == "21"
    assert line["link to \"javascript:alert('JSWORD')\" removed, its words kept: a link goes "
                "to a web page (https://…), an e-mail address (mailto:) or a telephone "
                "number (tel:)"] == "25"


def test_each_removed_address_is_named_at_its_own_line(settings, caplog):
    """Three links to one `javascript:` address (one written `&#74;avascript:`), two on a
    line, and a picture from another site twice: every warning named the first line."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    said, _ = said_and_printed(settings, (
        "# T\n\n[a](javascript:alert(1))\n\nSome text.\n\n[b](&#74;avascript:alert(1))\n\n"
        "[c](javascript:alert(1)) and [d](javascript:alert(1))\n\n"
        "![Map](https://example.org/map.png)\n\n![Map again](https://example.org/map.png)\n"))
    assert said == ["T", "a", "Some text.", "b", "c and d", "Picture not available: Map",
                    "Picture not available: Map again"]
    page = settings.source / "page.md"
    refused = ("refused to load 'https://example.org/map.png': pictures must be files inside "
               "the source folder (or data: images); its description is printed in its place")
    kept = ("removed, its words kept: a link goes to a web page (https://…), an e-mail "
            "address (mailto:) or a telephone number (tel:)")
    assert [r.getMessage() for r in caplog.records] == [
        f"{page}:3: link to 'javascript:alert(1)' {kept}",
        f"{page}:7: link to 'Javascript:alert(1)' {kept}",
        f"{page}:9: link to 'javascript:alert(1)' {kept}",
        f"{page}:9: link to 'javascript:alert(1)' {kept}",
        f"{page}:11: {refused}", f"{page}:13: {refused}"]


def test_a_refused_picture_is_named_at_its_line_below_the_front_matter(settings, caplog):
    """A blog post (sweep CJ, wheelchair-tourists-london) lists its picture's address in its
    front matter's `images:` too: the warning for the `<img>` named that line instead."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"page.md": (
        "---\ntitle: Lifts\nimages:\n- https://example.org/lift.jpg\n---\n\n21 lifts.\n\n"
        "<p><img src=\"https://example.org/lift.jpg\" alt=\"A lift\" /></p>\n")})
    load_documents(settings)
    assert [r.getMessage().split(": refused")[0] for r in caplog.records
            if "refused to load" in r.getMessage()] == [f"{settings.source / 'page.md'}:9"]


def test_control_without_the_sanitizer_the_page_is_hijacked(settings, monkeypatch):
    """Proof that the test above can fail: unsanitized, the injected style shrinks text."""
    monkeypatch.setattr(document, "clean_tree", lambda body, source, settings: body)
    write_handouts(settings.source, {"raw.md": HOSTILE})
    html, transcript, text, smallest, _ = built_text(settings)
    assert smallest < 18.0
    assert "SCRIPTWORD" in html and "onclick" in html and "javascript:" in html


def clean(html: str, tmp_path) -> tuple[str, list[str]]:
    body = markdown_to_tree(html)
    source = SourceFile(tmp_path / "h.md", {}, html, 1)
    from handout.config import Settings
    clean_tree(body, source, Settings(source=tmp_path))
    return (body.text or "") + "".join(ET.tostring(e, encoding="unicode", method="html")
                                       for e in body), []


def test_a_picture_element_is_its_img_and_described(settings, caplog):
    """Delta Chat's Albanian home page (sweep BG, sq-deltachat-index lines 20-44) shows its
    four screenshots in `<picture>`s, a WebP `<source>` and the `<img>` with its description:
    each went whole, "<picture> is not allowed in a handout and was removed", and neither
    the picture nor its description was printed or said."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    said, _ = said_and_printed(settings, (
        "# T\n\nBefore.\n\n<picture>\n<source srcset=\"chat.webp\" type=\"image/webp\" />\n"
        "<img src=\"chat.png\" width=\"136\" alt=\"A screenshot of the chat list\" />\n"
        "</picture>\n\nAfter.\n"))
    assert said == ["T", "Before.", "Picture not available: A screenshot of the chat list",
                    "After."]
    assert not any("<picture>" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("html, expected", [
    ("<p>a <abbr title='x'>b</abbr> <mark>c</mark> <kbd>d</kbd> <sub>e</sub> <sup>f</sup></p>",
     "<p>a <abbr title=\"x\">b</abbr> <mark>c</mark> <kbd>d</kbd> <sub>e</sub> <sup>f</sup></p>"),
    ("<table><caption>c</caption><thead><tr><th scope='col'>h</th></tr></thead>"
     "<tbody><tr><td colspan='2'>d</td></tr></tbody></table>",
     "<table><caption>c</caption><thead><tr><th scope=\"col\">h</th></tr></thead>"
     "<tbody><tr><td colspan=\"2\">d</td></tr></tbody></table>"),
    # A row in <thead> is the header row whatever its cells' tag: a conference's shuttle
    # timetable (sweep AX, sigcomm-shuttle lines 11-27) wrote its column names in <td>.
    ("<table><thead><tr><td><b>To Shangri-La</b></td><td>Departure Time</td></tr></thead>"
     "<tbody><tr><td>Bus 1</td><td>7:20</td></tr></tbody></table>",
     "<table><thead><tr><th><b>To Shangri-La</b></th><th>Departure Time</th></tr></thead>"
     "<tbody><tr><td>Bus 1</td><td>7:20</td></tr></tbody></table>"),
    ("<dl><dt>t</dt><dd>d</dd></dl>", "<dl><dt>t</dt><dd>d</dd></dl>"),
    ("<figure><img src='box.png' alt='a'><figcaption>c</figcaption></figure>",
     "<figure><img src=\"box.png\" alt=\"a\"><figcaption>c</figcaption></figure>"),
    ("<center><font color=red>kept words</font></center>", "<p>kept words</p>"),
    # A Brazilian health page's helpline, which went with the <nobr> it was kept in.
    ("<p>Contato: 188<br><nobr>3326-4111</nobr> <tt>x</tt><strike>y</strike></p>",
     "<p>Contato: 188<br>3326-4111 xy</p>"),
    ("<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby></p>", "<p>漢字</p>"),
    ("<p>a<script>b</script>c</p>", "<p>ac</p>"),
    ("<center><script>b</script>x<font><iframe>c</iframe>y</font></center>", "<p>xy</p>"),
    ("<p>a</p>\n\n<script>b</script>loose\n\nmore", "<p>a</p><p>loose</p><p>more</p>"),
    ("<section><article><style>p{}</style><p>z</p></article></section>", "<p>z</p>"),
    ("<p>x <span onclick='y' style='z' data-q='1' class='k'>w</span></p>",
     "<p>x <span class=\"k\">w</span></p>"),
    ("<p><a href='https://example.org/a'>t</a> <a href='mailto:a@b.c'>m</a> "
     "<a href='#n'>n</a> <a href='JaVaScRiPt:x'>j</a></p>",
     "<p><a href=\"https://example.org/a\">t</a> <a href=\"mailto:a@b.c\">m</a> "
     "<a href=\"#n\">n</a> <a>j</a></p>"),
    ("<p><img src='data:image/svg+xml,<svg/>' alt='s'></p>", "<p><img alt=\"s\"></p>"),
    # What RCPCH's Epilepsy12 page left of `mailto:{{ site_contact_email }}`: EPUBCheck
    # refuses an address with nothing after its scheme (RSC-005).
    ("<p><a href='mailto:'>write</a> <a href='tel:'>call</a> <a href='https://'>see</a></p>",
     "<p><a>write</a> <a>call</a> <a>see</a></p>"),
])
def test_allowed_subset(html, expected, tmp_path):
    assert re.sub(r">\n+<", "><", clean(html, tmp_path)[0]) == expected


def test_the_readme_documents_the_allowed_subset():
    readme = (PROJECT / "README.md").read_text("utf-8")
    guide = " ".join(readme.split("**Raw HTML**", 1)[1].split("**Pictures**", 1)[0].split())
    listed = set(re.findall(r"[a-z0-9]+", guide.split("These elements print and are read:")[1]
                            .split(". `font")[0]))
    assert listed | {"h2", "h3", "h4", "h5"} == ALLOWED_ELEMENTS  # "h1–h6" in the guide
    kept = set(guide.split("Only these attributes are kept: `")[1].split("`")[0].split())
    assert kept == ALLOWED_ATTRIBUTES
    assert {"script", "style", "iframe", "object", "embed", "link", "meta", "base",
            "form", "svg"}.isdisjoint(ALLOWED_ELEMENTS)
    assert not any(a.startswith("on") for a in ALLOWED_ATTRIBUTES)
    assert "style" not in ALLOWED_ATTRIBUTES


def test_an_address_in_angle_brackets_keeps_the_words_after_it(settings, caplog):
    """`<wiki:BibTeX>` (a CommonMark autolink Python-Markdown does not know) and Word's
    `<o:p>` are parsed as elements holding the rest of the paragraph: they are unwrapped,
    never removed with the author's words."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"raw.md": """\
        # Raw HTML

        References use <wiki:BibTeX>, you can include a bib file. These provide the keys.

        Pasted from Word<o:p> with its own markup.</o:p>
        """})
    _, transcript, text, _, _ = built_text(settings)
    for words in ("References use wiki:bibtex, you can include a bib file.",
                  "These provide the keys.", "Pasted from Word with its own markup."):
        assert words in " ".join(text.split()) and words in " ".join(transcript.split())
    assert "o:p" not in text
    warned = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    assert any(":3: <wiki:bibtex> removed, its text kept" in m for m in warned), warned


def test_a_link_to_another_page_is_kept_as_its_words(settings, caplog):
    """`./contributing.md` is a page of the author's site that no edition carries: the EPUB
    and web page would link to nothing (epubcheck's RSC-007), so only the words are kept,
    and the build says so as information."""
    caplog.set_level(logging.INFO, "handout.diagnostics")
    write_handouts(settings.source, {"links.md": """\
        # Links

        Follow the [normal process](./contributing.md), the [guide](/docs/guide/) and the
        [dose table](#dose-table), or [the NHS](https://www.nhs.uk/).

        ## Dose table

        One tablet.
        """})
    build(settings, ("audio", "web"))
    html = "".join(s.html for s in load_documents(settings)[0].sections)
    assert "<a>normal process</a>" in html and "<a>guide</a>" in html
    assert 'href="#dose-table"' in html and 'href="https://www.nhs.uk/"' in html
    page = (settings.out / "links" / "web" / "index.html").read_text("utf-8")
    assert "contributing.md" not in page and "/docs/guide/" not in page
    assert "normal process" in page
    warned = [r.getMessage() for r in caplog.records
              if r.name == "handout.diagnostics" and r.levelno == logging.INFO]
    assert any(m.endswith(":3: the link to './contributing.md' is kept as its words only: a "
                          "handout links to web addresses (https://…) and to its own headings")
               for m in warned), warned


def test_a_link_to_a_heading_of_the_page_by_its_own_file_name_leads_there(settings, caplog):
    """The JJazzLab FAQ (GitBook; sweep BF, jjazzlab-faq line 56), faq.md, links to its own
    question as "[VST/AU plugins](faq.md#can-i-use-vst-au-plugins-with-jjazzlab)": kept as
    words only, as a link to another page. It leads to the heading, whose id here is
    `can-i-use-vstau-…` (GitBook's slug keeps a hyphen for the slash); a link to another
    file's heading, or to a heading this page lacks, stays words."""
    caplog.set_level(logging.INFO, "handout.diagnostics")
    write_handouts(settings.source, {"faq.md": """\
        # FAQ

        Connect to [VST/AU plugins](faq.md#can-i-use-vst-au-plugins-with-jjazzlab), see
        [the FAQ](./faq.md#can-i-use-vst-au-plugins-with-jjazzlab), [sounds](faq.md#sounds)
        or [the guide](guide.md#can-i-use-vst-au-plugins-with-jjazzlab).

        ## Can I use VST/AU plugins with JJazzLab?

        Yes.
        """})
    [document] = load_documents(settings)
    body = parse_html("".join(s.html for s in document.sections))
    assert [(text_of(a), a.get("href")) for a in body.iter("a")] == [
        ("VST/AU plugins", "#can-i-use-vstau-plugins-with-jjazzlab"),
        ("the FAQ", "#can-i-use-vstau-plugins-with-jjazzlab"),
        ("sounds", None), ("the guide", None)]
    assert [re.sub(r".*the link to '(.*?)'.*", r"\1", r.getMessage())
            for r in caplog.records if "kept as its words only" in r.getMessage()] == [
        "guide.md#can-i-use-vst-au-plugins-with-jjazzlab"]


def test_a_percent_sign_that_begins_no_escape_is_escaped_in_an_address(settings):
    """The Open Source Guides in Hindi: a translator wrote "%2C" in an address as "% 2सी",
    and the EPUB (whose links EPUBCheck reads as URIs) failed the check, "Percentage ("%")
    is not followed by two hexadecimal digits". A browser reads such a "%" as "%25"."""
    write_handouts(settings.source, {"link.md": (
        '# Balance\n\n<a href="https://example.org/page#:~:text=balance%2C%20done% 2सी%">'
        'रॉकवुड</a> देखें।\n')})
    [document] = load_documents(settings)
    [link] = [a for a in parse_html(document.sections[0].html).iter("a") if a.get("href")]
    assert link.get("href").startswith("https://example.org/page#:~:text=balance%2C%20done%25")
    assert not re.search(r"%(?![0-9A-Fa-f]{2})", link.get("href"))


def test_a_link_with_no_words_goes(settings):
    """The Open Source Guides in Bengali keep the English page's anchor before a heading's
    words, `### [](https://…#reflect)…`: the EPUB and web page held a link a screen reader
    could not name, which Ace calls serious. A picture that is a link (here its words, as it
    is not in the source folder), and an anchor to link to, stay."""
    write_handouts(settings.source, {"balance.md": (
        "# Balance\n\n### [](https://opensource.guide/x/#reflect)ভাবুন।\n\nবিশ্রাম নিন "
        '<a id="rest"></a>[![লোগো](https://e.org/a.png)](https://e.org/).\n')})
    [document] = load_documents(settings)
    body = parse_html("".join(section.html for section in document.sections))
    assert [(a.get("href"), a.get("id")) for a in body.iter("a")] == [
        (None, "rest"), ("https://e.org/", None)]
    assert " ".join(text_of(body.find("h3")).split()) == "ভাবুন।"


def test_links_to_one_page_give_one_line_not_one_each(settings, caplog):
    """docx4j's rFonts page links 15 times to 'rPr.docx': each link gave the same line,
    naming the first place that has it, 83 lines in all for ten pages."""
    caplog.set_level(logging.INFO, "handout.diagnostics")
    write_handouts(settings.source, {"links.md": """\
        # Links

        See [rPr](rPr.docx) for run properties.

        Again [the run properties](rPr.docx), and [fonts](fonts.docx).

        Once more, [rPr](rPr.docx).
        """})
    build(settings, ("audio", "web"))
    unlinked = [r.getMessage() for r in caplog.records
                if r.name == "handout.diagnostics" and "kept as" in r.getMessage()]
    assert [m.split(".md", 1)[1] for m in unlinked] == [
        ":3: the 3 links to 'rPr.docx' are kept as their words only: a handout links to web "
        "addresses (https://…) and to its own headings",
        ":5: the link to 'fonts.docx' is kept as its words only: a handout links to web "
        "addresses (https://…) and to its own headings"], unlinked
    page = (settings.out / "links" / "web" / "index.html").read_text("utf-8")
    assert "rPr.docx" not in page and "the run properties" in page


def test_links_kept_as_their_words_are_told_apart_by_their_ends(settings, caplog):
    """A Polish blog post's links to its own translations (sweep CG, pl-couchers), long
    addresses that differ in their last letters, gave identical lines, each address cut
    after its first sixty letters: cut in the middle, each line names its own."""
    caplog.set_level(logging.INFO, "handout.diagnostics")
    slug = "/blog/2022/03/13/hosting-refugees-and-finding-shelter-with-couchers-org"
    write_handouts(settings.source, {"langs.md": f"# Języki\n\n[English]({slug}-en) – "
                                                 f"[Magyar]({slug}-hu)\n"})
    build(settings, ("audio",))
    assert [r.getMessage().split(".md:3: ", 1)[1].split(" is kept")[0] for r in caplog.records
            if "kept as" in r.getMessage()] == [
        "the link to '/blog/2022/03/13/hosting-refugees-and-fi…ith-couchers-org-en'",
        "the link to '/blog/2022/03/13/hosting-refugees-and-fi…ith-couchers-org-hu'"]


def test_a_styled_table_gives_one_warning_not_one_per_cell(settings, caplog):
    """A table pasted with a style on each of its sixty cells (USDS's DITAP notes) gave
    sixty identical warnings, burying the others."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    cells = "".join(f'<td style="color: red">{n}</td>' for n in range(12))
    write_handouts(settings.source, {"styled.md": f"""\
        # Styled

        <table><tr>{cells}</tr><tr>{cells}</tr></table>
        """})
    load_documents(settings)
    warned = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    assert [m for m in warned if "attribute style" in m] == [
        f"{settings.source / 'styled.md'}:3: attribute style on <td> removed",
        f"{settings.source / 'styled.md'}: attribute style removed from 23 more <td> elements"]


def test_a_cell_typed_as_html_in_a_pipe_tables_cell_takes_its_place(settings):
    """A gelato's nutrition table (sweep CI, red-velvet lines 58-59) typed "| **PAC** | <td
    colspan=2> ≈27.7 |" to span its value over two columns: it printed an empty cell, the
    value under the last column and a cell of its own past the table's edge, and was said
    under "Total". The value spans the two columns after the row's name; a plain row with
    an empty cell keeps it."""
    said, _ = said_and_printed(settings, "---\ntitle: Gelato\nlang: en\n---\n\n"
                               "| Value | Per 100g | Total |\n| :--- | ---: | ---: |\n"
                               "| Fat | 9.2 | |\n| **PAC** | <td colspan=2> ≈27.7 |\n")
    assert said[1:] == ["Table. 2 rows.", "Value: Fat. Per 100 grams: 9.2.",
                        "Value: PAC. Per 100 grams: about 27.7."]
    [document] = load_documents(settings)
    rows = parse_html(document.sections[0].html).find(".//table").iter("tr")
    assert [[(text_of(cell).strip(), cell.get("colspan")) for cell in row] for row in rows] == [
        [("Value", None), ("Per 100g", None), ("Total", None)],
        [("Fat", None), ("9.2", None), ("", None)], [("PAC", None), ("≈27.7", "2")]]


def test_an_aligned_markdown_table_is_no_warning(settings, caplog):
    """The Corona-Warn-App's German risk assessment centres its columns, `|-|:-:|:-:|`:
    Python-Markdown wrote each cell's alignment as a style, which the sanitizer removed with
    a warning, at no line, for a style the author never wrote (and --strict failed on it).
    A style the author did write is still named."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"days.md": """\
        # Days

        | Grad | VI | VIII |
        |-|:-:|--:|
        | Abstand | 1 | 2 |

        <p style="color: red">Red.</p>
        """})
    [document] = load_documents(settings)
    warned = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    assert warned == [f"{settings.source / 'days.md'}:7: attribute style on <p> removed"]
    assert "style" not in document.html and "align" not in document.html


def test_a_web_components_title_is_kept_and_warned_about_once(settings, caplog):
    """The GC Design System's French accessibility page holds fifteen disclosures
    (`<gcds-details details-title="États ciblés">`): their titles were lost with the
    element, and the page gave thirty warnings, all naming the first one's line."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"raw.md": """\
        # Accessibilité

        <gcds-details details-title="États ciblés">
          <gcds-text margin-bottom="0">Les états ciblés sont visibles.</gcds-text>
        </gcds-details>

        <gcds-details details-title="Navigation au clavier">
          <gcds-text margin-bottom="0">Un clavier suffit.</gcds-text>
        </gcds-details>

        <gcds-details details-title="Contraste">
          <gcds-text margin-bottom="0">Le contraste est suffisant.</gcds-text>
        </gcds-details>
        """})
    load_documents(settings)
    warned = [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"]
    path = settings.source / "raw.md"
    assert [m for m in warned if "gcds" in m] == [
        f"{path}:3: <gcds-details> removed, its text kept",
        f"{path}:4: <gcds-text> removed, its text kept",
        f"{path}: <gcds-details> removed from 2 more places, its text kept",
        f"{path}: <gcds-text> removed from 2 more places, its text kept"]
    html, transcript, text, _, _ = built_text(settings)
    for title, words in (("États ciblés", "Les états ciblés sont visibles."),
                         ("Navigation au clavier", "Un clavier suffit."),
                         ("Contraste", "Le contraste est suffisant.")):
        assert f"<strong>{title}</strong><br>" in html
        assert f"{title}\n{words}" in text
        # a title in bold over its sentence ends there, as a heading does
        assert f"{title}. {words}" in " ".join(transcript.split())


def test_a_highlighted_block_holds_its_paragraphs_as_epub_allows(settings):
    """MkDocs Material's formatting guide shows CriticMarkup's highlighted block as the
    HTML it makes, `<mark class="critic block"><p>…</p></mark>`: a paragraph inside a
    phrase, which EPUBCheck refuses (RSC-005). The mark goes inside each paragraph, and
    every word stays."""
    write_handouts(settings.source, {"critic.md": """\
        # Changes

        <div>
          <mark class="critic block">
            <p>
              Formatting can be applied to blocks.
            </p>
            <p>Even to two of them, <em>with emphasis</em>.</p>
          </mark>
        </div>
        """})
    tree = document.parse_html(load_documents(settings)[0].html)
    assert not [inner for outer in tree.iter() if outer.tag in ("mark", "span")
                for inner in outer.iter() if inner.tag in ("p", "div")]
    marked = [" ".join("".join(m.itertext()).split()) for m in tree.iter("mark")]
    assert marked == ["Formatting can be applied to blocks.",
                      "Even to two of them, with emphasis."]


def test_an_accordions_heading_keeps_its_words_and_ids_are_given_once(settings):
    """Section508.gov's page on sample testing (tests/corpus/jekyll) writes USWDS
    accordions, each heading's words in a button, and two tables with one id: the buttons
    went with their words, leaving two empty headings that the EPUB's contents listed as
    links without text, and EPUBCheck refused the repeated id (RSC-005). A form's button
    still goes."""
    write_handouts(settings.source, {"sample.md": """\
        # Sample testing

        <div class="usa-accordion">
          <h2 class="usa-accordion__heading">
            <button type="button" class="usa-accordion__button" aria-expanded="false"
              aria-controls="a1" id="sample-size-formula">
              Sample Size Formula</button>
          </h2>
          <div id="a1" class="usa-accordion__content">

        The formula takes the population.

          </div>
        </div>

        <table id="approaches"><tr><td>First</td></tr></table>

        <table id="approaches"><tr><td>Second</td></tr></table>

        <form><button>Send</button></form>
        """})
    [handout] = load_documents(settings)
    page = document.parse_html(handout.html)
    assert [" ".join("".join(h.itertext()).split()) for h in page.iter("h2")] == [
        "Sample Size Formula"]
    assert [t.get("id") for t in page.iter("table")] == ["approaches", "approaches-2"]
    ids = [e.get("id") for e in page.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    assert "Send" not in handout.html


def test_a_button_beside_a_headings_words_is_set_under_it(settings):
    """HL7's plain language summary heads its part `<h3>Plain Language Summary about HL7 and
    this Guide<a></a> <button aria-controls="…"> Welcome! … Click Here to see the Plain
    Language Summary </button></h3>`: printed, said and bookmarked as one long heading. The
    heading keeps its own words, the button's are in bold under it, as an accordion's
    button with no heading is; an accordion's heading whose words are its button's keeps
    them."""
    write_handouts(settings.source, {"summary.md": """\
        # Guide

        <h3 id="summary">Plain language summary<a href="#summary"></a>
          <button type="button" data-toggle="collapse" aria-controls="s">
            Welcome! Click here to see the summary
          </button>
        </h3>

        <div class="collapse" id="s">

        This guide helps doctors share your health goals.

        </div>

        <h3><button aria-controls="q">How long does it take?</button></h3>

        Two weeks.
        """})
    [handout] = load_documents(settings)
    assert [(s.heading, [u.text for u in s.script]) for s in handout.sections[1:]] == [
        ("Plain language summary", ["Plain language summary", "Welcome!",
                                    "Click here to see the summary",
                                    "This guide helps doctors share your health goals."]),
        ("How long does it take?", ["How long does it take?", "Two weeks."])]
    page = document.parse_html(handout.sections[1].html)
    assert [" ".join(text_of(h).split()) for h in page.iter("h3")] == ["Plain language summary"]
    assert " ".join(text_of(b).strip() for b in page.iter("strong")) == \
        "Welcome! Click here to see the summary"


def test_a_columns_width_goes_without_a_word(settings, caplog):
    """A Magento guide's tables set their columns' widths, `<col width="150">`, which the
    parser puts in a `<colgroup>`: four warnings, at no line, of a "<colgroup>" the author
    never wrote. A width is of no use on large print, and goes unremarked."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"keys.md": """\
        # Keys

        <table>
          <col width="150">
          <col width="auto">
          <thead><tr><th>Function</th><th>Key</th></tr></thead>
          <tbody><tr><td>Next field</td><td>Tab</td></tr></tbody>
        </table>
        """})
    [handout] = load_documents(settings)
    assert [u.text for u in handout.sections[0].script][-1] == "Function: Next field. Key: Tab."
    assert "<col" not in handout.html and "<th>Function</th>" in handout.html
    assert not caplog.records


def test_a_web_form_keeps_its_words_and_a_frame_its_title(settings, caplog):
    """A membership page's fee table and how to pay were inside its `<form>`, and went with
    it; a contact page's map was an `<iframe>` whose title was the only address on the page;
    an NHS toolbox's `<toolbox-resource-links>` had no words, and the warning said "its text
    kept". The form's controls go, with one warning each kind; the frame's title stays; the
    empty component is named as something missing."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    said, printed = said_and_printed(settings, """\
        # Join

        <form action="mail.php" method="POST">
          <p>Name <input type="text" name="name"> <input type="email"></p>

        **Membership fees**

        | | Australia | Overseas |
        |:-:|:-:|:-:|
        | Full year | $72 | $108 |

          <button type="submit">Join now</button>
        </form>

        <iframe src="https://maps.google.com/maps?q=x" title="600 Washington St. Dedham"></iframe>

        Resources: <toolbox-resource-links :links="resources"></toolbox-resource-links>
        """)
    assert "Full year. Australia: $72. Overseas: $108." in said
    assert "Membership fees" in said and "600 Washington Street, Dedham" in said
    assert "Join now" not in printed and "|" not in printed
    messages = [r.getMessage().split(": ", 1)[1] for r in caplog.records]
    assert "<input> removed: a web form's control does nothing on paper" in messages
    assert "<input> removed from 1 more place" in messages
    assert "<iframe> is not allowed in a handout and was removed, its title kept" in messages
    assert any(m.startswith("<toolbox-resource-links> removed: it has no words here")
               for m in messages)


def test_a_table_s_head_of_td_cells_is_said_as_its_header(settings):
    """A conference's shuttle timetable (sweep AX, sigcomm-shuttle lines 11-27) wrote its
    column names as `<td>` cells in a `<thead>`: said "Table. 2 rows. To Shangri-La.
    Departure Time.", the header counted as a row and each row said without its names."""
    said, _ = said_and_printed(settings, """\
        # Shuttle

        <table>
          <thead>
            <tr><td><b>To Shangri-La</b></td><td>Departure Time</td></tr>
          </thead>
          <tbody>
            <tr><td>One Bus</td><td>7:20</td></tr>
          </tbody>
        </table>
        """)
    assert said[-2:] == ["Table. 1 row.", "To Shangri-La: One Bus. Departure Time: 7:20."]


def test_each_removed_script_or_frame_is_named_at_its_own_line(settings, caplog):
    """NHS Digital's dosing examples embed a gist after each heading, and a Parkinson's guide
    six videos: all six warnings named the line of the first, and an author could not find
    the other five."""
    write_handouts(settings.source, {"doses.md": (
        "---\ntitle: Doses\n---\n\n## First\n\n<script src=\"https://gist.github.com/a.js\">"
        "</script>\n\n## Second\n\nTake one.\n\n<script src=\"https://gist.github.com/b.js\">"
        "</script>\n\n<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n\n"
        "<iframe src=\"https://www.youtube-nocookie.com/embed/y\"></iframe>\n")})
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    load_documents(settings)
    assert [r.getMessage().rsplit(": <", 1)[0].rsplit(":", 1)[1] for r in caplog.records
            if "is not allowed" in r.getMessage()] == ["7", "13", "15", "17"]


def test_each_web_component_with_no_words_is_named_at_its_own_line(settings, caplog):
    """An NHS toolbox's easy read page fills two `<toolbox-resource-links>` from its front
    matter, at lines 46 and 50: both warnings named line 46, so the second list's loss could
    not be found. One with words of its own before them is counted too."""
    write_handouts(settings.source, {"easy.md": (
        "---\ntitle: Easy read\n---\n\n<toolbox-resource-links>Guides</toolbox-resource-links>"
        "\n\nStart with a guide:\n\n<toolbox-resource-links :links=\"resources\">"
        "</toolbox-resource-links>\n\nTeam this up.\n\n"
        "<toolbox-resource-links :links=\"more\"></toolbox-resource-links>\n")})
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    load_documents(settings)
    assert [r.getMessage().rsplit(": <", 1)[0].rsplit(":", 1)[1] for r in caplog.records
            if "has no words here" in r.getMessage()] == ["9", "13"]


def test_pictures_from_other_sites_are_named_five_and_counted_after(settings, caplog):
    """A guide's row of 83 flags, each a link to a translation, gave 83 warnings."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    said_and_printed(settings, "# Guide\n\n" + "".join(
        f"[![Language {n}](https://cdn.example.org/{n}.svg)](README.{n}.md)\n"
        for n in range(8)) + "\nWords.\n")
    messages = [r.getMessage() for r in caplog.records if "refused to load" in r.getMessage()]
    assert len(messages) == 6
    assert messages[-1].endswith("refused to load 3 more pictures from other sites: their "
                                 "descriptions are printed in their place")


def test_missing_pictures_past_the_first_five_are_counted_as_missing(settings, caplog):
    """A user guide's seven pictures at "/images/add/…png", not in the source folder: five
    were named as not found, then "refused to load 2 more pictures from other sites", which
    sent its author looking for a network fault."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    said_and_printed(settings, "# Guide\n\n" + "".join(
        f"![Step {n}](/images/add/{n}.png)\n\n" for n in range(7)) + "Words.\n")
    messages = [r.getMessage() for r in caplog.records if "picture" in r.getMessage()]
    assert len(messages) == 6 and "from other sites" not in " ".join(messages)
    assert messages[-1].endswith("2 more pictures not found in the source folder: their "
                                 "descriptions are printed in their place")


def test_a_table_holding_tables_is_laid_out_as_its_cells(settings, caplog):
    """A web page saved as Word, or pasted as HTML, draws its columns with tables in tables:
    a VA job announcement (apache/tika's 017097.docx, in tests/corpus/docx) printed on 1,013
    pages, a letter to a line. The layout table is laid out as its cells, one after another;
    the table it holds, a table of data, stays a table; a heading in a cell heads a
    section."""
    caplog.set_level(logging.INFO, "handout.diagnostics")
    write_handouts(settings.source, {"job.md": """\
        # Job

        <table><tr><td><h2>Duties</h2><p>Helps investigators.</p></td>
        <td>Loose <b>bold</b> words
        <table><tr><th>Name</th><th>Phone</th></tr><tr><td>Ann</td><td>0123</td></tr></table>
        after it.</td></tr></table>

        Closing words.
        """})
    [handout] = load_documents(settings)
    assert [s.heading for s in handout.sections] == ["Job", "Duties"]
    body = document.parse_html(handout.sections[1].html)
    assert [element.tag for element in body] == ["h2", "p", "p", "table", "p", "p"]
    assert [row.tag for row in body.iter("tr")] == ["tr", "tr"]
    assert [u.text for u in handout.sections[1].script] == [
        "Duties", "Helps investigators.", "Loose bold words", "Table. 1 row.",
        "Name: Ann. Phone: 0123.", "after it.", "Closing words."]
    assert any("1 table holding tables laid out as its cells, one after another" in
               record.getMessage() for record in caplog.records)


def test_a_spacer_picture_is_left_out(settings, caplog):
    """Print fills the text width with a picture: each of the VA job announcement's 51
    transparent 1 × 1 spacers printed as a box the width of the page. A picture a pixel or
    two across with no description is left out; a described one, or a wider one, stays."""
    from PIL import Image
    import io

    def png(width: int, height: int) -> str:
        data = io.BytesIO()
        Image.new("RGBA", (width, height)).save(data, "PNG")
        return "data:image/png;base64," + base64.b64encode(data.getvalue()).decode()

    caplog.set_level(logging.INFO, "handout.diagnostics")
    said, printed = said_and_printed(settings, f"""\
        # Notice

        <p><img src="{png(1, 1)}"></p>

        Words <img src="{png(600, 2)}" alt=""> between.

        <p><img src="{png(1, 1)}" alt="A dot"></p>

        <p><img src="{png(40, 30)}" alt="A box"></p>
        """)
    [handout] = load_documents(settings)
    pictures = list(document.parse_html(handout.sections[0].html).iter("img"))
    assert [picture.get("alt") for picture in pictures] == ["A dot", "A box"]
    assert any("2 pictures of a pixel or two across, with no description, left out" in
               record.getMessage() for record in caplog.records)


def test_a_form_indented_in_a_page_s_divs_is_no_code(settings):
    """A Turkish clinic's Hugo contact page indents its form four spaces in a `<div>` and
    its fields' `<div>`s inside `<div>`s: the form and, after the first `</div>`, every
    field were code blocks, printed as HTML over two pages and read tag by tag ("Code
    example, 3 lines, as printed: div class mb-3 label for phone")."""
    said, printed = said_and_printed(settings, """\
        # Contact

        Fill in the form below:

        <div class="contact-form">
            <form>
                <div class="row">
                    <div class="col">
                        <label for="name">Name</label>
                        <input type="text" id="name" required>
                    </div>
                </div>
                <div class="mb-3">
                    <label for="phone">Phone</label>
                    <input type="tel" id="phone">
                </div>
                <button type="submit">Send</button>
            </form>
        </div>

        Thank you.
        """)
    assert said == ["Contact", "Fill in the form below:", "Name", "Phone", "Thank you."]
    assert "<" not in printed and "class" not in printed


def test_a_missing_picture_at_a_sites_address_says_where_to_put_it(settings, caplog):
    """The A11Y Project's posts show pictures at the site's root, `/img/posts/rotor.jpg`:
    one that is there, in the source folder, is printed; one that is missing was "refused
    to load …, a site's /address included", which told its author nothing to do."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    said_and_printed(settings, '# T\n\n<img alt="The rotor" src="/img/posts/rotor.jpg">\n')
    [message] = [r.getMessage() for r in caplog.records]
    assert message == (
        f"{settings.source / 'page.md'}:3: picture '/img/posts/rotor.jpg' not found: an address "
        "starting with / is looked for in the source folder, so put the picture at "
        f"{settings.source / 'img' / 'posts' / 'rotor.jpg'}, or correct the address; its "
        "description is printed in its place")


def test_a_code_block_with_no_text_is_left_out(settings):
    """A code block with nothing in it printed as an empty frame and was said "Code example,
    0 lines, as printed:" (a library's page, sweep BD darien-summer-kids line 195, made one
    of the tabs after a `</div>`): whatever leaves one empty, an empty fence too, it goes."""
    write_handouts(settings.source, {"a.md": "# Code\n\nWords.\n\n```\n```\n\n"
                                             "~~~python\n\n~~~\n\n```\nkept\n```\n"})
    [handout] = load_documents(settings)
    assert handout.html.count("<pre") == 1 and "kept" in handout.html
    said = [u.spoken for section in handout.sections for u in section.script]
    assert not any("0 lines" in text for text in said)


def test_a_code_block_of_a_rule_alone_is_left_out(settings):
    """A makerspace's constitution converted by Pandoc (sweep BW, hacman-constitution lines
    66, 82, 93…) underlines each of its 30 articles' headings with an indented `=======`:
    said "Code example, 1 line, as printed: equals equals equals…" before every article."""
    write_handouts(settings.source, {"a.md": "# Rules\n\n####    Objects\n    =======\n\n"
                                             "To make things.\n\n    ---\n    x = 1\n"})
    [handout] = load_documents(settings)
    assert handout.html.count("<pre") == 1 and "=======" not in handout.html
    said = [u.spoken for section in handout.sections for u in section.script]
    assert said == ["Rules", "Objects", "To make things.", "Code example, 2 lines, as printed:",
                    "x 1"]


def test_what_the_web_page_hides_is_left_out(settings, caplog):
    """A Netlify contact form's anti-spam field, `<p class="hidden"><label>Don't fill this out
    if you're human: <input name="bot-field" /></label></p>` (sweep BU, ar-drcil-contact lines
    56-63, in Arabic), was printed and said. What the page hides (the `hidden` attribute, a
    style of `display: none` or `visibility: hidden`, a hiding class, `aria-hidden` on words)
    is left out, with a note; words for screen readers (`sr-only`, `visually-hidden`) and what
    a wider screen shows (`d-none d-md-block`) are kept, and a decorative picture stays one."""
    caplog.set_level(logging.INFO, "handout.diagnostics")
    said, printed = said_and_printed(settings, """\
        # Contact us

        Fill in the form below.

        <form name="contact" method="POST" data-netlify="true" netlify-honeypot="bot-field">
          <p class="hidden">
            <label>Don’t fill this out if you’re human: <input name="bot-field" /></label>
          </p>
          <p hidden>Hidden by its attribute.</p>
          <p style="color: red; display:none">Hidden by its style.</p>
          <p style="visibility: hidden">Invisible by its style.</p>
          <label for="name">Your name</label>
        </form>

        <p>Call us <span aria-hidden="true">☎</span><span class="sr-only">on the telephone</span>
        <span class="d-none d-md-inline">from your desk</span> <span class="d-none">never</span>
        today.</p>

        <div aria-hidden="true"><p>A page saved with a dialog open.</p></div>

        <p><img src="data:image/png;base64,BOX" alt="" aria-hidden="true"> Opening hours.</p>

        <p hidden="until-found">Found by a search.</p>
        """.replace("BOX", BOX))
    for words in ("human", "Hidden by", "Invisible", "☎", "never"):
        assert words not in printed and words not in " ".join(said), words
    for words in ("Fill in the form below.", "Your name", "on the telephone", "from your desk",
                  "today", "A page saved with a dialog open.", "Opening hours.",
                  "Found by a search."):
        assert words in printed, words
    assert "Call us on the telephone from your desk today." in said
    assert "<img" in "".join(s.html for s in load_documents(settings)[0].sections)
    messages = [r.getMessage().split(": ", 1)[1] for r in caplog.records]
    assert "<p> left out, as the web page hides it" in messages
    assert "5 more elements the web page hides left out" in messages
