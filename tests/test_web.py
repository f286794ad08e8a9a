"""Web edition: one page per handout with a native player and a transcript per section, the
structure assistive technology relies on, and colours that keep 7:1 contrast. (The browser,
axe-core, keyboard and 400% zoom checks are in test_browser.py.)"""

from __future__ import annotations

import dataclasses
import re

import pytest
import soundfile
import tinyhtml5

from conftest import PROJECT, write_handouts
from handout.build import build
from handout.cli import parse_editions
from handout.errors import HandoutError
from handout.outputs import Layout
from handout.editions.web import check_web, spoken_duration, text_contrasts

HANDOUT = """\
---
title: Taking your tablets
author: The Pharmacy Team
date: 2024-05-02
lang: en-GB
---

Read this first.

## When to take them

Take one 2mg tablet in the morning.

| Time | Dose |
| --- | --- |
| Morning | 2mg |

## If you feel unwell

Call your doctor.
"""


@pytest.fixture
def page(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    [manifest] = build(settings, editions=("audio", "web"))
    path = settings.out / "tablets" / "web" / "index.html"
    return path, tinyhtml5.parse(path.read_text("utf-8"), namespace_html_elements=False), \
        manifest


def test_contents_give_no_number_of_their_own_where_headings_carry_one(settings, page):
    """The web page's contents numbered its entries where headings carry their own numbers
    ("1. 1. The Word document", as print did before it stopped), and numbers them where none
    does."""
    path, root, _ = page
    [listed] = root.find(".//nav").iter("ol")
    assert listed.get("class") is None  # "When to take them", "If you feel unwell"
    write_handouts(settings.source, {"tablets.md": HANDOUT.replace(
        "## When to take them", "## 1. When to take them").replace(
        "## If you feel unwell", "## 2. If you feel unwell")})
    build(settings, editions=("audio", "web"))
    numbered = tinyhtml5.parse(path.read_text("utf-8"), namespace_html_elements=False)
    [listed] = numbered.find(".//nav").iter("ol")
    assert listed.get("class") == "unnumbered"
    assert [a.text for a in listed.iter("a")] == ["1. When to take them", "2. If you feel unwell"]
    assert ".contents ol.unnumbered { list-style: none;" in numbered.find(".//style").text


def test_page_has_lang_landmarks_and_a_skip_link_first(page):
    _, root, _ = page
    assert root.get("lang") == "en-GB"
    body = root.find("body")
    first = body[0]
    assert first.tag == "a" and first.get("href") == "#main"
    assert [e.tag for e in body] == ["a", "header", "nav", "main", "footer"]
    assert root.find(".//main").get("id") == "main"
    # One script, the read-along, from a file beside the page; the page works without it.
    assert [(s.get("src"), s.get("defer")) for s in root.iter("script")] == \
        [("read-along.js", "")]
    assert root.find(".//meta[@name='viewport']").get("content") == \
        "width=device-width, initial-scale=1"


def test_one_player_and_transcript_per_section_in_reading_order(page):
    path, root, manifest = page
    sections = manifest["audio"]["sections"]
    players = root.findall(".//audio")
    assert [p.get("src") for p in players] == [f"../audio/{s['file']}" for s in sections]
    for player, section in zip(players, sections):
        assert player.get("controls") is not None
        assert (path.parent / player.get("src")).is_file()
        label = "".join(root.find(f".//*[@id='{player.get('aria-labelledby')}']").itertext())
        # The label says what the player's clock shows: whole seconds, counted down.
        length = soundfile.info(str(path.parent / player.get("src"))).duration
        assert labelled_seconds(label) == int(length), (label, length)
    transcripts = [a.get("href") for a in root.iter("a")
                   if a.get("href", "").startswith("transcripts/")]
    assert len(transcripts) == len(sections)
    spoken = (path.parent.parent / "audio" / sections[1]["transcript"]).read_text("utf-8")
    transcript = tinyhtml5.parse((path.parent / transcripts[1]).read_text("utf-8"),
                                 namespace_html_elements=False)
    paragraphs = ["".join(p.itertext()) for p in transcript.find(".//main").iter("p")]
    assert paragraphs == spoken.strip().split("\n\n")
    assert "2 milligram" in spoken


def test_the_footer_offers_the_whole_handout_as_mp3_and_as_an_audiobook(page):
    path, root, manifest = page
    links = {"".join(a.itertext()): a.get("href") for a in root.find(".//footer").iter("a")}
    audiobook = manifest["audio"]["audiobook"]
    said = f"The whole handout for an audiobook app (M4B with chapters, " \
           f"{spoken_duration(audiobook['duration'])})"
    assert links[said] == "../audio/tablets.m4b"
    assert (path.parent / links[said]).read_bytes()[4:12] == b"ftypM4B "
    assert any(href == "../audio/tablets.mp3" for href in links.values())


def test_each_player_carries_the_narrations_timings_for_the_read_along(page, settings):
    """The times each element is said, from the manifest's clips, on the player that says
    it; every element they name is on the page; the script is copied beside it."""
    import json

    from handout.editions.common import synchronised
    from handout.read.document import load_documents

    path, root, manifest = page
    [document] = load_documents(settings)
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    players = root.findall(".//audio")
    for player, section, entry in zip(players, document.sections,
                                      manifest["audio"]["sections"]):
        timings = json.loads(player.get("data-read-along"))
        expected = synchronised(section, entry["clips"], entry["duration"])
        assert timings == [[p.ref, round(p.begin, 3), round(p.until, 3)] for p in expected]
        assert {ref for ref, _, _ in timings} <= ids
    sentences = [e.get("id") for e in root.iter("span") if e.get("class") == "sentence"]
    timed = {ref for p in players for ref, _, _ in json.loads(p.get("data-read-along"))}
    assert sentences and set(sentences) <= timed
    assert (path.parent / "read-along.js").read_text("utf-8") == \
        (PROJECT / "templates" / "read-along.js").read_text("utf-8")
    assert manifest["web"]["script"] == "read-along.js"


def labelled_seconds(label: str) -> int:
    """Seconds in a label such as 'Listen to this section (1 minute 5 seconds)'."""
    spoken = re.search(r"\((?:(\d+) minutes? ?)?(?:(\d+) seconds?)?\)", label)
    assert spoken and spoken.group(0) != "()", label
    return int(spoken.group(1) or 0) * 60 + int(spoken.group(2) or 0)


@pytest.mark.parametrize("seconds, said", [(38.526, "38 seconds"), (59.99, "59 seconds"),
                                           (60.0, "1 minute"), (125.9, "2 minutes 5 seconds"),
                                           (0.4, "0 seconds")])
def test_durations_are_counted_as_a_player_counts(seconds, said):
    assert spoken_duration(seconds) == said


def test_headings_are_in_order_and_each_player_follows_its_heading(page):
    _, root, _ = page
    headings = [(e.tag, "".join(e.itertext())) for e in root.iter()
                if e.tag in ("h1", "h2", "h3")]
    assert headings == [("h1", "Taking your tablets"), ("h2", "Contents"),
                        ("h2", "When to take them"), ("h2", "If you feel unwell"),
                        ("h2", "Other ways to read and listen")]
    sections = root.findall(".//main/section")
    assert sections[1].get("aria-labelledby") == "when-to-take-them"
    assert [c.tag for c in sections[1]][:2] == ["h2", "div"]
    assert sections[1][1].find("audio") is not None


def test_wide_tables_scroll_on_their_own_and_are_keyboard_reachable(page):
    _, root, _ = page
    wrapper = root.find(".//div[@class='table-scroll']")
    assert wrapper is not None and wrapper.find("table") is not None
    assert wrapper.get("tabindex") == "0" and wrapper.get("role") == "region"


def test_page_passes_its_check(page, settings):
    path, _, manifest = page
    from handout.read.document import parse_document
    from handout.read.sources import read_source

    document = parse_document(read_source(settings.source / "tablets.md"), settings)
    layout = Layout(settings.out, "tablets")
    assert check_web(document, layout, manifest["web"]) == []
    (layout.audio / manifest["audio"]["sections"][2]["file"]).unlink()
    findings = check_web(document, layout, manifest["web"])
    assert [f.rule for f in findings] == ["web-players"]


def test_all_text_on_the_pages_keeps_7_to_1(page, settings):
    """Measured on the pages as laid out, with the stylesheet's colours and a control: the
    same pages with the body text set grey (#999, 2.8:1) fail."""
    path, root, manifest = page
    from handout.read.document import parse_document
    from handout.read.sources import read_source

    document = parse_document(read_source(settings.source / "tablets.md"), settings)
    layout = Layout(settings.out, "tablets")
    runs = text_contrasts(path)
    assert len(runs) > 20 and min(ratio for _, ratio in runs) >= 7
    assert any("Take one 2 milligram" in words or "Take one 2mg" in words for words, _ in runs)
    for shown in [path, *sorted((path.parent / "transcripts").glob("*.html"))]:
        shown.write_text(shown.read_text("utf-8").replace("color: #000;", "color: #999;", 1),
                         "utf-8")
    findings = check_web(document, layout, manifest["web"])
    assert {f.rule for f in findings} == {"web-contrast"}
    assert len(findings) == 1 + len(manifest["audio"]["sections"])
    assert "lowest 2.8:1" in findings[0].message


def test_every_colour_the_stylesheet_declares_keeps_7_to_1_on_white():
    """Colours the cascade above cannot reach (a visited link) are measured as declared."""
    import tinycss2
    from tinycss2.color4 import parse_color

    from handout.colour import contrast_ratio

    def contrast(colour, background) -> float:
        return contrast_ratio(tuple(colour.to("srgb").coordinates),
                              tuple(background.to("srgb").coordinates))

    css = (PROJECT / "templates" / "web.css").read_text("utf-8")
    declared = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        for declaration in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
            if declaration.type == "declaration" and declaration.lower_name == "color":
                value = [t for t in declaration.value if t.type != "whitespace"]
                colour = parse_color(value[0]) if len(value) == 1 else None
                if colour is not None and not isinstance(colour, str):  # not currentColor
                    declared.append((tinycss2.serialize(rule.prelude).strip(), colour))
    assert len(declared) >= 3
    white = parse_color("white")
    assert [(where, round(contrast(c, white), 1)) for where, c in declared
            if contrast(c, white) < 7] == []
    # Sizes are relative so the reader's zoom and default size carry through.
    assert not re.search(r"font-size:\s*\d+(\.\d+)?(px|pt)", css)


def test_web_needs_the_audio(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    with pytest.raises(HandoutError, match="needs the audio"):
        build(settings, editions=("web",))


def test_editions_option():
    assert parse_editions("feed, web,audio") == ("audio", "web", "feed")
    assert parse_editions(("pdf",)) == ("pdf",)
    assert parse_editions("epub,pdf,audio") == ("pdf", "audio", "epub")
    with pytest.raises(HandoutError, match="unknown edition mobi"):
        parse_editions("pdf,mobi")


@pytest.mark.parametrize("damage, rule, message", [
    (lambda html: html.replace('<html lang="en-GB" dir="ltr">', "<html>"), "web-lang",
     "the page does not declare its language"),
    (lambda html: html.replace("<main", "<div").replace("</main>", "</div>"), "web-landmarks",
     "no <main> landmark"),
    (lambda html: re.sub(r'<a class="skip-link"[^>]*>[^<]*</a>', "", html), "web-skip-link",
     "the page does not start with a skip link"),
    (lambda html: html.replace('href="transcripts/01-', 'href="transcripts/99-'),
     "web-transcripts", "transcript transcripts/99-when-to-take-them.html missing"),
    (lambda html: html.replace('src="read-along.js"', 'src="reading.js"'), "web-script",
     "script reading.js missing"),
])
def test_each_web_rule_fails_on_a_page_that_breaks_it(page, settings, damage, rule, message):
    path, _, manifest = page
    from handout.read.document import parse_document
    from handout.read.sources import read_source

    document = parse_document(read_source(settings.source / "tablets.md"), settings)
    path.write_text(damage(path.read_text("utf-8")), "utf-8")
    findings = check_web(document, Layout(settings.out, "tablets"), manifest["web"])
    assert [(f.rule, f.message) for f in findings] == [(rule, message)]


def test_fonts_and_local_pictures_are_copied_beside_the_page(settings):
    import shutil

    from conftest import FIXTURES
    from handout.fonts import font_files

    write_handouts(settings.source, {"tablets.md": HANDOUT + "\n![A white round tablet](tablet.png)\n"})
    shutil.copy(FIXTURES / "audio" / "tablet.png", settings.source / "tablet.png")
    [manifest] = build(settings, editions=("audio", "web"))
    web = settings.out / "tablets" / "web"
    assert manifest["web"]["images"] == ["tablet.png"]
    assert (web / "tablet.png").read_bytes() == (settings.source / "tablet.png").read_bytes()
    root = tinyhtml5.parse((web / "index.html").read_text("utf-8"), namespace_html_elements=False)
    assert [img.get("src") for img in root.iter("img")] == ["tablet.png"]
    for face in font_files().values():
        assert (web / "fonts" / face.name).read_bytes() == face.read_bytes()
        assert f'url("fonts/{face.name}")' in (web / "index.html").read_text("utf-8")


def test_web_refuses_audio_of_older_text(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, editions=("audio", "web"))
    write_handouts(settings.source, {"tablets.md": HANDOUT.replace("Call your doctor.",
                                                                   "Call your nurse.")})
    with pytest.raises(HandoutError) as caught:
        build(settings, editions=("web",))
    assert str(caught.value) == (f"{settings.source / 'tablets.md'}:18: the audio of this "
                                 "section was built from older text: build the audio edition "
                                 "too (--editions audio,web)")
    build(settings, editions=("audio", "web"))
    assert "Call your nurse." in (settings.out / "tablets" / "web" / "index.html").read_text()


def test_an_edited_template_is_used_by_the_next_build(settings, tmp_path):
    """Templates are kept compiled in the build's cache; editing one compiles it again."""
    templates = tmp_path / "templates"
    templates.mkdir()
    for template in (PROJECT / "templates").iterdir():
        (templates / template.name).write_bytes(template.read_bytes())
    settings = dataclasses.replace(settings, templates=templates)
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, ("audio", "web"))
    index = Layout(settings.out, "tablets").folder / "web" / "index.html"
    assert "Call your doctor." in index.read_text()
    assert list((settings.out / ".cache").glob("templates-jinja-*/__jinja2_*.cache"))

    page = templates / "web.html.j2"
    page.write_text(page.read_text().replace("</body>", "<p>Edited template</p>\n</body>"))
    build(settings, ("audio", "web"))
    assert "<p>Edited template</p>" in index.read_text()
    assert "Call your doctor." in index.read_text()


def test_headings_that_skip_a_level_are_numbered_without_the_gap(settings):
    """Carpentries' Spanish lesson and Word forms skip heading levels (`##` then `####`);
    the EPUB's Ace check failed on it (heading-order), and the page had the same gap."""
    write_handouts(settings.source, {"skip.md": """\
        ---
        title: Skip
        ---

        ## First

        Some words.

        #### Deep

        More words.

        ## Second

        Last words.
        """})
    build(settings, editions=("audio", "web"))
    html = (settings.out / "skip" / "web" / "index.html").read_text("utf-8")
    headings = re.findall(r"<(h[1-6])\b[^>]*>(.*?)</h[1-6]>", html)
    assert [(tag, text) for tag, text in headings if text in ("Skip", "First", "Deep", "Second")] \
        == [("h1", "Skip"), ("h2", "First"), ("h3", "Deep"), ("h2", "Second")]


def test_the_web_pages_header_cells_say_what_they_head(settings):
    """The EPUB's empty corner cell became a plain cell (Ace's empty-table-header) and its
    header cells got their scope; the web page, read by the same screen readers, had
    neither."""
    write_handouts(settings.source, {"table.md": """\
        ---
        title: Table
        ---

        |   | Dose | When |
        | --- | --- | --- |
        | Adults | 2 | morning |
        """})
    build(settings, editions=("audio", "web"))
    root = tinyhtml5.parse((settings.out / "table" / "web" / "index.html").read_text("utf-8"),
                           namespace_html_elements=False)
    [table] = root.iter("table")
    header = [(c.tag, c.get("scope"), "".join(c.itertext()).strip())
              for c in table.find("thead").iter() if c.tag in ("th", "td")]
    assert header == [("td", None, ""), ("th", "col", "Dose"), ("th", "col", "When")]
