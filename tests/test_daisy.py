"""DAISY 2.02 edition: the NCC's required metadata and heading hierarchy, SMIL clips taken from
the narration (inside their MP3, in order, never overlapping), and the book's total time."""

from __future__ import annotations

import copy
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mutagen.mp3 import MP3

from conftest import PROJECT, write_handouts
from handout.build import build
from handout.editions.daisy import (NCC_RECOMMENDED, NCC_REQUIRED, XHTML_NS, parse_clock,
                                    parse_npt, read_meta, validate_book)
from handout.errors import HandoutError

HANDOUT = """\
---
title: Rich test
subtitle: All the blocks
author: Tester
date: 2024-03-01
---

An introduction with a note.[^a]

## Lists and tables

- first item
- second item with 5mg
- third

| Dose | When |
| --- | --- |
| 2mg | morning |
| 1mg | night |

### A smaller heading

> A quote here.

```
code line 1
code line 2
```

Final paragraph.[^a]

## Last words

Goodbye.

[^a]: The note text.
"""


@pytest.fixture(scope="module")
def built_book(tmp_path_factory) -> tuple[Path, dict]:
    """The rich handout's book, built once (its PDF, whose pages it follows, takes seconds
    to lay out)."""
    from handout.config import Settings

    root = tmp_path_factory.mktemp("rich")
    settings = Settings(source=root / "source", out=root / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    write_handouts(settings.source, {"rich.md": HANDOUT})
    [manifest] = build(settings, editions=("pdf", "audio", "daisy"))
    return settings.out / "rich" / "daisy", manifest


@pytest.fixture
def book(built_book, tmp_path) -> tuple[Path, dict]:
    """A copy of the book of the rich handout, for a test to read or break."""
    folder, manifest = built_book
    return Path(shutil.copytree(folder, tmp_path / "daisy")), copy.deepcopy(manifest)


def ncc_of(folder: Path) -> ET.Element:
    return ET.parse(folder / "ncc.html").getroot()


def smil_pars(path: Path) -> list[tuple[str, str, float, float]]:
    """(text src, audio src, clip begin, clip end) of every par, in order."""
    pars = []
    for par in ET.parse(path).getroot().iter("par"):
        text, audio = par.find("text"), par.find("audio")
        pars.append((text.get("src"), audio.get("src"), parse_npt(audio.get("clip-begin")),
                     parse_npt(audio.get("clip-end"))))
    return pars


def test_book_is_valid(book):
    folder, _ = book
    assert validate_book(folder) == []


def test_ncc_carries_the_required_and_recommended_metadata(book):
    folder, manifest = book
    meta = {m.get("name"): m.get("content") for m in ncc_of(folder).iter(f"{XHTML_NS}meta")}
    for name in NCC_REQUIRED + NCC_RECOMMENDED:
        assert meta.get(name), name
    assert meta["dc:format"] == "Daisy 2.02"
    assert meta["dc:title"] == "Rich test"
    assert meta["dc:creator"] == "Tester"
    assert meta["dc:language"] == "en"
    assert meta["dc:date"] == "2024-03-01"
    assert meta["ncc:multimediaType"] == "audioFullText"
    assert meta["ncc:narrator"] == f"Synthetic voice: {manifest['audio']['identity']}"
    assert meta["ncc:charset"] == "utf-8"
    # Its two pages, as the PDF prints them (see test_pages_are_the_pdfs).
    assert manifest["pdf"]["pages"] == manifest["daisy"]["pages"] == 2
    assert (meta["ncc:pageNormal"], meta["ncc:maxPageNormal"]) == ("2", "2")
    assert (meta["ncc:pageFront"], meta["ncc:pageSpecial"]) == ("0", "0")
    assert meta["ncc:tocItems"] == "6"  # four headings and two pages
    assert meta["ncc:depth"] == "2"
    files = [f.name for f in folder.iterdir() if not f.name.startswith(".")]
    assert int(meta["ncc:files"]) == len(files) == 2 + 3 + 3  # ncc, content, 3 SMIL, 3 MP3


def test_ncc_headings_and_pages_follow_the_handout(book):
    """The headings, with each page number where its page starts in reading order: page 1
    after the title (which an NCC must list first), page 2 within the first section."""
    folder, _ = book
    body = ncc_of(folder).find(f"{XHTML_NS}body")
    headings = [(e.tag.removeprefix(XHTML_NS), e.get("class"), "".join(e.itertext()),
                 e.find(f"{XHTML_NS}a").get("href").split("#")[0]) for e in body]
    assert headings == [
        ("h1", "title", "Rich test", "00-rich.smil"),
        ("span", "page-normal", "1", "00-rich.smil"),
        ("h1", None, "Lists and tables", "01-lists-and-tables.smil"),
        ("h2", None, "A smaller heading", "01-lists-and-tables.smil"),
        ("span", "page-normal", "2", "01-lists-and-tables.smil"),
        ("h1", None, "Last words", "02-last-words.smil"),
    ]


def test_the_sections_are_beside_the_title_at_level_1(book):
    """daisy-player 13.0 opened the sample handout at level 1 with only its title there: its
    `##` sections were h2 under the title, and moving down went nowhere. DAISY books put
    their chapters at level 1 with the title, in the NCC and the text alike."""
    folder, _ = book
    ncc = [e.tag.removeprefix(XHTML_NS) for e in ncc_of(folder).find(f"{XHTML_NS}body")
           if e.tag != f"{XHTML_NS}span"]
    content = ET.parse(folder / "content.html").getroot()
    text = [(e.tag.removeprefix(XHTML_NS), "".join(e.itertext()).strip())
            for e in content.iter() if e.tag.removeprefix(XHTML_NS) in
            ("h1", "h2", "h3", "h4", "h5", "h6")]
    assert ncc == ["h1", "h1", "h2", "h1"]
    assert text == [("h1", "Rich test"), ("h1", "Lists and tables"),
                    ("h2", "A smaller heading"), ("h1", "Last words"), ("h1", "Notes")]


def test_validator_reports_a_book_with_only_its_title_at_level_1(book):
    """Control: the NCC as it was, every heading but the title one level down."""
    folder, _ = book
    ncc = folder / "ncc.html"

    def demote(line: str) -> str:
        match = re.match(r'<h(\d) id="nav-', line)
        if not match:
            return line
        level = int(match[1])
        return line.replace(f"h{level}", f"h{level + 1}")

    ncc.write_text("\n".join(demote(line) for line in
                             ncc.read_text("utf-8").split("\n")), "utf-8")
    assert [e.tag.removeprefix(XHTML_NS) for e in ncc_of(folder).find(f"{XHTML_NS}body")] \
        == ["h1", "span", "h2", "h3", "span", "h2"]
    assert validate_book(folder) == ["ncc.html: only the title is at level 1, where a player "
                                     "starts: the handout's top headings must be h1 beside it"]


def test_every_clip_lies_inside_its_mp3_in_order_without_overlap(book):
    folder, _ = book
    smils = sorted(folder.glob("*.smil"))
    assert len(smils) == 3
    for smil in smils:
        pars = smil_pars(smil)
        assert pars
        length = MP3(folder / pars[0][1]).info.length
        previous_end = 0.0
        for _, audio, begin, end in pars:
            assert audio == pars[0][1]
            assert 0 <= begin < end <= length + 1e-3
            assert begin >= previous_end - 1e-9
            previous_end = end


def test_clips_come_from_the_narration(book):
    """Each par starts where the narration says its first utterance starts."""
    folder, manifest = book
    clips = manifest["audio"]["sections"][1]["clips"]
    every = smil_pars(folder / "01-lists-and-tables.smil")
    pars = [par for par in every if not par[0].startswith("content.html#page-")]
    assert len(every) == len(pars) + 1  # and page 2's number, see test_pages_are_the_pdfs
    content = (folder / "content.html").read_text("utf-8")
    ids = [src.split("#")[1] for src, *_ in pars]
    texts = [re.search(rf'id="{re.escape(i)}"[^>]*>(.*?)<', content, re.S).group(1).strip()
             for i in ids]
    # Sentence by sentence: the heading, three items, the table's introduction, two rows,
    # the sub-heading, "Quote.", the quoted sentence, "End of quote." (both shown by the
    # quote), the code (its introduction and its two lines, each said alone, one passage),
    # the last paragraph, and the note read at the end of the section.
    assert len(pars) == len(clips) - 2 == 14
    assert texts[:4] == ["Lists and tables", "first item", "second item with 5mg", "third"]
    assert [t for t in texts if t.startswith("A quote")] == ["A quote here."]
    assert ids[8] == ids[10] and texts[9] == "A quote here."
    assert pars[0][2] == 0.0
    assert [p[2] for p in pars[1:5]] == [clips[i][0] for i in range(1, 5)]
    # The note, read where the introduction cites it first and again here, is one element.
    assert texts[-1] == "The note text."
    assert re.search(rf'<li id="fn-a">\s*<p><span class="sentence" id="{ids[-1]}"', content)
    assert pars[-1][2] == clips[-1][0]
    assert pars[-1][3] == manifest["audio"]["sections"][1]["duration"]
    # pars follow each other with neither gap nor overlap
    assert all(a[3] == b[2] for a, b in zip(every, every[1:]))


def test_total_time_is_the_sum_of_the_mp3s(book):
    folder, manifest = book
    sections = manifest["audio"]["sections"]
    total = sum(s["duration"] for s in sections)
    assert manifest["daisy"]["total_time"] == pytest.approx(total, abs=0.005)
    meta = {m.get("name"): m.get("content") for m in ncc_of(folder).iter(f"{XHTML_NS}meta")}
    assert parse_clock(meta["ncc:totalTime"]) == round(total)
    elapsed = 0.0
    for smil, section in zip(sorted(folder.glob("*.smil")), sections):
        head = {m.get("name"): m.get("content") for m in ET.parse(smil).getroot().iter("meta")}
        assert parse_clock(head["ncc:totalElapsedTime"]) == pytest.approx(elapsed, abs=0.001)
        assert parse_clock(head["ncc:timeInThisSmil"]) == pytest.approx(section["duration"],
                                                                        abs=0.001)
        elapsed += section["duration"]


def test_content_is_well_formed_xhtml_with_the_full_text(book):
    folder, _ = book
    root = ET.parse(folder / "content.html").getroot()
    assert root.get("lang") == "en"
    text = " ".join("".join(root.find(f"{XHTML_NS}body").itertext()).split())
    for words in ("Rich test", "By Tester", "second item with 5mg", "A quote here.",
                  "code line 2", "Goodbye.", "The note text."):
        assert words in text


def test_validator_reports_a_clip_past_the_end_and_an_overlap(book):
    folder, _ = book
    smil = folder / "02-last-words.smil"
    text = smil.read_text("utf-8")
    ends = re.findall(r'clip-end="npt=([\d.]+)s"', text)
    smil.write_text(text.replace(f'clip-end="npt={ends[-1]}s"', 'clip-end="npt=999.000s"'))
    problems = validate_book(folder)
    assert any("02-last-words.smil: clip ends at 999.000s, after the end" in p for p in problems)
    smil.write_text(text.replace('clip-begin="npt=0.000s"', 'clip-begin="npt=0.500s"', 1)
                    .replace(f'clip-end="npt={ends[0]}s"', 'clip-end="npt=50.000s"', 1))
    assert any("starts before the previous ends" in p for p in validate_book(folder))


def test_daisy_needs_audio_of_the_current_text(settings):
    write_handouts(settings.source, {"rich.md": HANDOUT})
    build(settings, editions=("audio",))
    write_handouts(settings.source, {"rich.md": HANDOUT.replace("Goodbye.", "Farewell.")})
    with pytest.raises(HandoutError, match="built from older text"):
        build(settings, editions=("daisy",))
    [manifest] = build(settings, editions=("pdf", "audio", "daisy"))
    assert validate_book(settings.out / "rich" / "daisy") == []
    assert json.loads((settings.out / "rich" / "manifest.json").read_text())["daisy"]


def test_removed_section_leaves_no_stale_files(settings):
    write_handouts(settings.source, {"rich.md": HANDOUT})
    build(settings, editions=("pdf", "audio", "daisy"))
    write_handouts(settings.source, {"rich.md": HANDOUT.split("## Last words")[0]
                                     + "[^a]: The note text.\n"})
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "rich" / "daisy"
    assert not list(folder.glob("02-*"))
    assert validate_book(folder) == []


def test_an_element_spoken_twice_gets_unique_smil_ids(settings):
    """A quotation is spoken "Quote." ... "End of quote.", both pointing at the blockquote
    (found in the Arabic and Docsy example pages): each par keeps its own ids."""
    write_handouts(settings.source, {"q.md": """\
        ---
        title: Quoted
        ---

        ## Advice

        > Ask your pharmacist. They know.

        After the quote.
        """})
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "q" / "daisy"
    smil = ET.parse(folder / "01-advice.smil").getroot()
    ids = [e.get("id") for e in smil.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    quote = [par.find("text").get("src") for par in smil.iter("par")]
    assert quote.count(quote[1]) == 2  # the announcement and the closing both show the quote
    assert validate_book(folder) == []


def test_validator_reports_a_heading_linked_to_no_par(book):
    """daisy-player showed such a heading (the sample's 'How it helps with anxiety', linked
    to an id its SMIL file lacks) as 00:00 long and played the next one in its place."""
    folder, _ = book
    ncc = folder / "ncc.html"
    ncc.write_text(ncc.read_text("utf-8").replace("02-last-words.smil#t-1",
                                                  "02-last-words.smil#t-nowhere"), "utf-8")
    assert validate_book(folder) == [
        "ncc.html: heading 'Last words' links to '02-last-words.smil#t-nowhere', which names "
        "no par or text of 02-last-words.smil"]

def test_a_heading_as_long_as_a_paragraph_links_within_what_players_keep(settings):
    """A heading of the RCMP's French report on reporting cybercrime, which gives Word's
    heading style to whole paragraphs: its NCC link held its 244-byte id, 262 bytes in all,
    and daisy-player, which keeps 255, showed the section as 00:00 long."""
    heading = ("Les victimes affrontent la cybercriminalité par de petits gestes qui règlent "
               "les problèmes à mesure qu’ils surviennent. Elles comptent sur des personnes en "
               "qui elles ont confiance pour obtenir du soutien et des connaissances en "
               "matière de TI")
    write_handouts(settings.source, {"fr.md": f"""\
        ---
        title: Signaler
        lang: fr
        ---

        ## {heading}

        Un paragraphe.
        """})
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "fr" / "daisy"
    links = [a.get("href") for a in ncc_of(folder).iter(f"{XHTML_NS}a")]
    assert links == ["00-fr.smil#t-1", "00-fr.smil#t-2", "01-section.smil#t-1"]  # and page 1
    [text] = [t for t in ET.parse(folder / "01-section.smil").getroot().iter("text")][:1]
    content = ET.parse(folder / "content.html").getroot()
    [shown] = [e for e in content.iter() if e.get("id") == text.get("src").split("#")[1]]
    assert " ".join("".join(shown.itertext()).split()) == heading
    assert validate_book(folder) == []


CHINESE_TITLE = """\
    ---
    title: 健康指南
    lang: en
    ---

    Take one tablet each morning with water.

    ## 服用方法

    每天早上用水服用一片。

    ## Side effects

    You may feel sleepy.

    ### 儿童

    Children may feel sleepy too.
    """
"""An English leaflet whose title (a Word document's stale title property, in the tester's
Word file), one whole section and a heading within a section are in letters the English
voice cannot read."""


def test_a_title_the_voice_cannot_read_is_still_the_books_first_heading(settings):
    """The unsaid title had no par: the NCC's first heading was the first sentence, which
    players and the check refuse, and writing the book stopped with a traceback when a page
    number followed the title. Each unsaid heading plays the silence before the words, and
    is in the NCC."""
    write_handouts(settings.source, {"guide.md": CHINESE_TITLE})
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "guide" / "daisy"
    assert validate_book(folder) == []
    body = ncc_of(folder).find(f"{XHTML_NS}body")
    assert [(e.tag.removeprefix(XHTML_NS), e.get("class"), "".join(e.itertext()),
             e.find(f"{XHTML_NS}a").get("href")) for e in body] == [
        ("h1", "title", "健康指南", "00-guide.smil#t-1"),
        ("span", "page-normal", "1", "00-guide.smil#t-2"),
        ("h1", None, "服用方法", "01-section.smil#t-1"),
        ("h1", None, "Side effects", "02-side-effects.smil#t-1"),
        ("h2", None, "儿童", "02-side-effects.smil#t-3")]
    title, page, words = smil_pars(folder / "00-guide.smil")[:3]
    assert title[0] == "content.html#guide" and title[2] == 0.0
    assert title[3] > 0.5 and title[3] == page[2]  # the silence before the first words
    assert page[3] == words[2]
    [section] = smil_pars(folder / "01-section.smil")  # nothing said: all of its file
    assert section[2] == 0.0 and section[3] == pytest.approx(MP3(folder / section[1]).info.length,
                                                             abs=0.001)
    sleepy, child, too = smil_pars(folder / "02-side-effects.smil")[1:]
    assert child[0] == "content.html#儿童" and sleepy[3] == child[2] < child[3] == too[2]


def test_validator_reports_a_link_longer_than_players_keep(book):
    folder, _ = book
    ncc = folder / "ncc.html"
    ncc.write_text(ncc.read_text("utf-8").replace("02-last-words.smil#t-1",
                                                  "02-last-words.smil#t-1" + "-" * 240), "utf-8")
    assert validate_book(folder)[0] == ("ncc.html: heading 'Last words' links to a place 262 "
                                        "bytes long, which players cut at 255")

def test_validator_reports_a_repeated_smil_id(book):
    folder, _ = book
    smil = folder / "02-last-words.smil"
    text = smil.read_text("utf-8")
    first, second = re.findall(r'<par endsync="last" id="([^"]+)"', text)[:2]
    smil.write_text(text.replace(f'id="{second}"', f'id="{first}"'), "utf-8")
    assert f"02-last-words.smil: id '{first}' is used more than once" in validate_book(folder)


def test_content_uses_only_xhtml_1_elements(settings):
    """DAISY 2.02's text is XHTML 1.0, which has no <figure>: the raw HTML figure of the
    a11yproject's contrast article became a <div class="figure">, its words kept."""
    write_handouts(settings.source, {"fig.md": """\
        ---
        title: Figures
        ---

        ## A picture

        <figure><figcaption>A contrast label in Polypane.</figcaption></figure>

        Some <mark>marked</mark> words.
        """})
    build(settings, editions=("pdf", "audio", "daisy"))
    content = ET.parse(settings.out / "fig" / "daisy" / "content.html").getroot()
    tags = {e.tag.removeprefix(XHTML_NS) for e in content.iter()}
    assert not tags & {"figure", "figcaption", "mark"}
    [caption] = [e for e in content.iter(f"{XHTML_NS}div") if e.get("class") == "figcaption"]
    assert "".join(caption.itertext()) == "A contrast label in Polypane."
    [mark] = [e for e in content.iter(f"{XHTML_NS}span") if e.get("class") == "mark"]
    assert mark.text == "marked"


def test_the_texts_headings_skip_no_level_as_its_navigation_does(settings):
    """A handout that goes from "##" to "####" had its navigation numbered without the gap,
    but its text kept the skipped level, which a reader moving by headings takes for a
    missing part."""
    write_handouts(settings.source, {"gap.md": """\
        ---
        title: Gaps
        ---

        ## Doses

        Words.

        #### For children

        More words.
        """})
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "gap" / "daisy"
    content = ET.parse(folder / "content.html").getroot()
    headings = [(e.tag.removeprefix(XHTML_NS), "".join(e.itertext()).strip())
                for e in content.iter() if e.tag.removeprefix(XHTML_NS) in
                ("h1", "h2", "h3", "h4", "h5", "h6")]
    assert headings == [("h1", "Gaps"), ("h1", "Doses"), ("h2", "For children")]


def _png(colour: str) -> bytes:
    import io

    from PIL import Image

    stream = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(stream, "PNG")
    return stream.getvalue()


def test_pictures_are_files_of_the_book_those_written_into_the_page_too(settings):
    """Word's pictures (and Google Docs') come as `data:` URLs; a DAISY 2.02 player expects
    files, listed in ncc:files, as the pictures of the source folder are."""
    import base64

    embedded = "data:image/png;base64," + base64.b64encode(_png("red")).decode()
    write_handouts(settings.source, {"rich.md": HANDOUT.replace(
        "Final paragraph.", f"![A red square]({embedded})\n\n![A blue tablet](tablet.png)\n\n"
                            f"![The red square again]({embedded})\n\nFinal paragraph.")})
    (settings.source / "tablet.png").write_bytes(_png("blue"))
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "rich" / "daisy"
    content = ET.parse(folder / "content.html").getroot()
    shown = [(image.get("src"), image.get("alt")) for image in content.iter(f"{XHTML_NS}img")]
    assert shown == [("picture-1.png", "A red square"), ("picture-2.png", "A blue tablet"),
                     ("picture-1.png", "The red square again")]
    assert (folder / "picture-1.png").read_bytes() == _png("red")
    assert (folder / "picture-2.png").read_bytes() == _png("blue")
    files = int(read_meta(ncc_of(folder), XHTML_NS)["ncc:files"])
    assert files == len([path for path in folder.iterdir() if path.is_file()])
    assert validate_book(folder) == []


def test_validator_reports_a_picture_that_is_not_a_file_of_the_book(settings):
    write_handouts(settings.source, {"rich.md": HANDOUT.replace(
        "Final paragraph.", "![A blue tablet](tablet.png)\n\nFinal paragraph.")})
    (settings.source / "tablet.png").write_bytes(_png("blue"))
    build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "rich" / "daisy"
    (folder / "picture-1.png").unlink()
    assert validate_book(folder) == [
        "content.html: picture 'picture-1.png' is not a file of the book"]


@pytest.mark.parametrize("edition, shown", [("daisy", "daisy/picture-1.png"),
                                            ("web", "web/tablet.png")])
def test_a_picture_changed_under_the_same_name_reaches_the_edition(settings, edition, shown):
    write_handouts(settings.source, {"rich.md": HANDOUT.replace(
        "Final paragraph.", "![A tablet](tablet.png)\n\nFinal paragraph.")})
    (settings.source / "tablet.png").write_bytes(_png("blue"))
    build(settings, editions=("pdf", "audio", edition))
    (settings.source / "tablet.png").write_bytes(_png("green"))
    build(settings, editions=("pdf", "audio", edition))
    assert (settings.out / "rich" / shown).read_bytes() == _png("green")


def test_a_long_books_elapsed_times_are_the_sums_of_the_durations_written(settings,
                                                                            monkeypatch):
    """docx4j's getting-started guide (Word) has 72 sections: each SMIL's elapsed time was
    summed from the unrounded durations, and by the 69th it was 10 ms from the sum of the
    `dur` values written, which `invoke check` failed. (Here each section's MP3 is made
    0.4 ms shorter than the fake voice's whole milliseconds, as real ones are.)"""
    from handout.editions import daisy

    measured = daisy.mp3_length
    monkeypatch.setattr(daisy, "mp3_length", lambda path: measured(path) - 0.0004)
    sections = "\n\n".join(f"## Part {n}\n\nStep {'one ' * (n % 7)}done." for n in range(1, 81))
    write_handouts(settings.source, {"long.md": f"# Long guide\n\n{sections}\n"})
    build(settings, ("pdf", "audio", "daisy"))
    folder = settings.out / "long" / "daisy"
    elapsed = 0.0
    for smil in sorted(folder.glob("*.smil")):
        root = ET.parse(smil).getroot()
        meta = {m.get("name"): m.get("content") for m in root.iter("meta")}
        assert parse_clock(meta["ncc:totalElapsedTime"]) == pytest.approx(elapsed, abs=5e-4)
        elapsed += float(root.find("body/seq").get("dur").removesuffix("s"))
    assert len(list(folder.glob("*.smil"))) == 81


def test_pages_are_the_pdfs(tmp_path):
    """A teacher says "turn to page 3" of the printed sample handout: its DAISY book lists
    every page of the PDF, in order, each playing from the first words the PDF prints on
    it (the sentence that runs on to the page from its beginning, page 3's and 5's) at the
    start of their utterance, and showing that number in the text while it does."""
    from pypdf import PdfReader

    from handout.config import Settings

    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    settings.source.mkdir()
    shutil.copy(PROJECT / "source" / "clonazepam.md", settings.source)
    [manifest] = build(settings, editions=("pdf", "audio", "daisy"))
    folder = settings.out / "clonazepam" / "daisy"
    printed = ["".join(page.extract_text().split())
               for page in PdfReader(settings.out / "clonazepam" / "clonazepam.pdf").pages]
    assert len(printed) == manifest["pdf"]["pages"] == 5
    assert any(letters for _, letters in manifest["pdf"]["page_starts"])  # mid-sentence too
    ncc = ncc_of(folder)
    pages = [(span.find(f"{XHTML_NS}a").text, span.find(f"{XHTML_NS}a").get("href"))
             for span in ncc.iter(f"{XHTML_NS}span") if span.get("class") == "page-normal"]
    assert [number for number, _ in pages] == [str(n) for n in range(1, len(printed) + 1)]
    meta = read_meta(ncc, XHTML_NS)
    assert meta["ncc:pageNormal"] == meta["ncc:maxPageNormal"] == str(len(printed))
    shown = {e.get("id"): e for e in ET.parse(folder / "content.html").getroot().iter()}
    for (number, href), page in zip(pages, printed):
        smil_name, _, text_id = href.partition("#")
        pars = [(par.find("text"), par.find("audio"))
                for par in ET.parse(folder / smil_name).getroot().iter("par")]
        [at] = [i for i, (text, _) in enumerate(pars) if text.get("id") == text_id]
        marker = shown[pars[at][0].get("src").removeprefix("content.html#")]
        assert (marker.get("class"), marker.text) == ("page-normal", number)
        # Page 1 follows the title, which the NCC lists first; every other page comes just
        # before what it starts with.
        first = pars[at - 1] if number == "1" else pars[at + 1]
        words = "".join("".join(shown[first[0].get("src").split("#")[1]].itertext()).split())
        assert page[:min(20, len(words))] in words, (number, words)
        clips = manifest["audio"]["sections"][int(smil_name[:2])]["clips"]
        page_clip = [parse_npt(pars[at][1].get(key)) for key in ("clip-begin", "clip-end")]
        if number == "1":
            assert page_clip[0] == parse_npt(first[1].get("clip-end"))
        else:
            assert page_clip[1] == parse_npt(first[1].get("clip-begin"))
            assert page_clip[1] in {start for start, _ in clips}
    assert validate_book(folder) == []
    # Shown as the PDF names its pages, on a line of its own, not as a bare "3" before the
    # page's first sentence.
    style = ET.parse(folder / "content.html").getroot().find(f".//{XHTML_NS}style").text
    assert ".page-normal { display: block;" in style
    assert '.page-normal::before { content: "Page "; }' in style


@pytest.mark.parametrize("lang, before, after", [("de", "Seite ", ""), ("ja", "", " ページ")])
def test_page_numbers_are_shown_in_the_handouts_language(lang, before, after):
    from handout.editions.daisy import page_css
    from handout.language import words_for

    css = page_css(words_for(lang).page)
    assert f'.page-normal::before {{ content: "{before}"; }}' in css
    assert f'.page-normal::after {{ content: "{after}"; }}' in css


def test_validator_reports_page_numbers_that_are_not_the_books(book):
    """Controls: a page count that is not the NCC's, two pages out of order (linked to
    each other's numbers), and a page linked to a heading."""
    folder, _ = book
    ncc = folder / "ncc.html"
    text = ncc.read_text("utf-8")
    ncc.write_text(text.replace('name="ncc:pageNormal" content="2"',
                                'name="ncc:pageNormal" content="3"'), "utf-8")
    assert validate_book(folder) == [
        "ncc.html: ncc:pageNormal is 3, the NCC has 2 page-normal numbers"]
    ncc.write_text(text.replace(">1</a></span>", ">3</a></span>"), "utf-8")
    assert validate_book(folder) == [
        "ncc.html: page '3' plays a par showing 'content.html#page-1', which is not the "
        "page-normal number 3 in content.html",
        "ncc.html: page 2 follows page 3: page numbers must go up in reading order",
        "ncc.html: ncc:maxPageNormal is 2, the highest normal page is 3"]
    [page_2] = re.findall(r'<a href="(01-lists-and-tables.smil#t-\d+)">2</a>', text)
    ncc.write_text(text.replace(page_2, "01-lists-and-tables.smil#t-1"), "utf-8")
    assert validate_book(folder) == [
        "ncc.html: page '2' plays a par showing 'content.html#lists-and-tables', which is not "
        "the page-normal number 2 in content.html"]


def test_daisy_numbers_its_pages_from_the_pdf_of_the_current_text(settings):
    """As the EPUB: the PDF of this build, or one an earlier build left of the same text;
    without either, the book is not made, and the message says what to build."""
    write_handouts(settings.source, {"short.md": "---\ntitle: Short\n---\n\nOne line.\n"})
    with pytest.raises(HandoutError, match="the DAISY book numbers its pages as the "
                                           "large-print PDF does"):
        build(settings, editions=("audio", "daisy"))
    build(settings, editions=("pdf", "audio", "daisy"))
    (settings.out / "short" / "daisy" / "ncc.html").unlink()
    [manifest] = build(settings, editions=("audio", "daisy"))
    assert manifest["daisy"]["pages"] == 1
    write_handouts(settings.source, {"short.md": "---\ntitle: Short\n---\n\nTwo lines.\n"})
    with pytest.raises(HandoutError, match="PDF is missing or older than the text: build "
                                           "with --editions pdf,audio,daisy"):
        build(settings, editions=("audio", "daisy"))


def test_a_page_gets_a_moment_of_its_own_where_no_pause_comes_before_it():
    """The page's par plays the pause before its first words; with none there (every pause
    set to 0), it takes a millisecond of them, and every clip still follows the one before."""
    from handout.editions.common import Sync
    from handout.editions.daisy import number_pages

    title = ET.Element("h1", {"id": "t"})
    paragraph = ET.fromstring('<p><span id="a">One.</span> <span id="b">Two.</span></p>')
    timed = [[Sync("t", "T", 0.5, 1.0, 0.0, 1.2)],
             [Sync("a", "One.", 0.5, 2.0, 0.0, 2.0), Sync("b", "Two.", 2.0, 3.0, 2.0, 3.5)]]
    parts = [[title], [paragraph]]
    assert number_pages(parts, timed, [["t", 0], ["b", 2]], {"t", "a", "b"}) == \
        {"page-1": 1, "page-2": 2}
    assert [(p.ref, p.begin, p.until) for p in timed[0]] == [("t", 0.0, 1.0), ("page-1", 1.0, 1.2)]
    assert [(p.ref, p.begin, p.until) for p in timed[1]] == [
        ("a", 0.0, 2.0), ("page-2", 2.0, 2.001), ("b", 2.001, 3.5)]
    assert ET.tostring(paragraph, encoding="unicode") == (
        '<p><span id="a">One.</span> <span class="page-normal" id="page-2">2</span> '
        '<span id="b">Two.</span></p>')
    assert [e.get("id") for e in parts[0]] == ["t", "page-1"]


def test_a_page_that_opens_with_a_box_starts_with_the_boxs_label(tmp_path):
    """The Carpentries' shell setup page (tests/corpus) prints its Windows "Solution" box at
    the top of page 4. A box is said "Solution … End of solution.", and the page's start
    was taken at the box itself, that is at its closing words, after the first words of
    page 5: the DAISY book listed page 5 before page 4, which its own check refused. The
    page starts with the box's label."""
    from pypdf import PdfReader

    from handout.config import Settings

    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    settings.source.mkdir()
    shutil.copy(PROJECT / "tests" / "corpus" / "carpentries" / "shell-novice-setup.md",
                settings.source)
    [manifest] = build(settings, editions=("pdf", "audio", "daisy"))
    pdf = PdfReader(settings.out / "shell-novice-setup" / "shell-novice-setup.pdf")
    opening = [page.extract_text().split("\n")[0] for page in pdf.pages]
    boxed = opening.index("Solution") + 1  # the precondition: a page opens with a box
    folder = settings.out / "shell-novice-setup" / "daisy"
    assert validate_book(folder) == []
    ncc = ncc_of(folder)
    pages = [span.find(f"{XHTML_NS}a") for span in ncc.iter(f"{XHTML_NS}span")
             if span.get("class") == "page-normal"]
    assert [a.text for a in pages] == [str(n) for n in range(1, len(pdf.pages) + 1)]
    smil_name, _, text_id = pages[boxed - 1].get("href").partition("#")
    pars = list(ET.parse(folder / smil_name).getroot().iter("par"))
    [at] = [i for i, par in enumerate(pars) if par.find("text").get("id") == text_id]
    shown = {e.get("id"): e for e in ET.parse(folder / "content.html").getroot().iter()}
    after = shown[pars[at + 1].find("text").get("src").removeprefix("content.html#")]
    assert "".join(after.itertext()).strip() == "Solution"
