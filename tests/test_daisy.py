"""DAISY 2.02 edition: the NCC's required metadata and heading hierarchy, SMIL clips taken from
the narration (inside their MP3, in order, never overlapping), and the book's total time."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mutagen.mp3 import MP3

from conftest import write_handouts
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


@pytest.fixture
def book(settings) -> tuple[Path, dict]:
    write_handouts(settings.source, {"rich.md": HANDOUT})
    [manifest] = build(settings, editions=("audio", "daisy"))
    return settings.out / "rich" / "daisy", manifest


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
    assert meta["ncc:pageNormal"] == "0"
    assert meta["ncc:tocItems"] == "4"
    assert meta["ncc:depth"] == "2"
    files = [f.name for f in folder.iterdir() if not f.name.startswith(".")]
    assert int(meta["ncc:files"]) == len(files) == 2 + 3 + 3  # ncc, content, 3 SMIL, 3 MP3


def test_ncc_headings_follow_the_handout(book):
    folder, _ = book
    body = ncc_of(folder).find(f"{XHTML_NS}body")
    headings = [(e.tag.removeprefix(XHTML_NS), e.get("class"), "".join(e.itertext()),
                 e.find(f"{XHTML_NS}a").get("href").split("#")[0]) for e in body]
    assert headings == [
        ("h1", "title", "Rich test", "00-rich.smil"),
        ("h1", None, "Lists and tables", "01-lists-and-tables.smil"),
        ("h2", None, "A smaller heading", "01-lists-and-tables.smil"),
        ("h1", None, "Last words", "02-last-words.smil"),
    ]


def test_the_sections_are_beside_the_title_at_level_1(book):
    """daisy-player 13.0 opened the sample handout at level 1 with only its title there: its
    `##` sections were h2 under the title, and moving down went nowhere. DAISY books put
    their chapters at level 1 with the title, in the NCC and the text alike."""
    folder, _ = book
    ncc = [e.tag.removeprefix(XHTML_NS) for e in ncc_of(folder).find(f"{XHTML_NS}body")]
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
        == ["h1", "h2", "h3", "h2"]
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
    pars = smil_pars(folder / "01-lists-and-tables.smil")
    content = (folder / "content.html").read_text("utf-8")
    ids = [src.split("#")[1] for src, *_ in pars]
    texts = [re.search(rf'id="{re.escape(i)}"[^>]*>(.*?)<', content, re.S).group(1).strip()
             for i in ids]
    # Sentence by sentence: the heading, three items, the table's introduction, two rows,
    # the sub-heading, "Quote.", the quoted sentence, "End of quote." (both shown by the
    # quote), the code (its introduction and its words, one passage), the last paragraph,
    # and the note read at the end of the section.
    assert len(pars) == len(clips) - 1 == 14
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
    assert all(a[3] == b[2] for a, b in zip(pars, pars[1:]))


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
    [manifest] = build(settings, editions=("audio", "daisy"))
    assert validate_book(settings.out / "rich" / "daisy") == []
    assert json.loads((settings.out / "rich" / "manifest.json").read_text())["daisy"]


def test_removed_section_leaves_no_stale_files(settings):
    write_handouts(settings.source, {"rich.md": HANDOUT})
    build(settings, editions=("audio", "daisy"))
    write_handouts(settings.source, {"rich.md": HANDOUT.split("## Last words")[0]
                                     + "[^a]: The note text.\n"})
    build(settings, editions=("audio", "daisy"))
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
    build(settings, editions=("audio", "daisy"))
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
    build(settings, editions=("audio", "daisy"))
    folder = settings.out / "fr" / "daisy"
    links = [a.get("href") for a in ncc_of(folder).iter(f"{XHTML_NS}a")]
    assert links == ["00-fr.smil#t-1", "01-section.smil#t-1"]
    [text] = [t for t in ET.parse(folder / "01-section.smil").getroot().iter("text")][:1]
    content = ET.parse(folder / "content.html").getroot()
    [shown] = [e for e in content.iter() if e.get("id") == text.get("src").split("#")[1]]
    assert " ".join("".join(shown.itertext()).split()) == heading
    assert validate_book(folder) == []


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
    build(settings, editions=("audio", "daisy"))
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
    build(settings, editions=("audio", "daisy"))
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
    build(settings, editions=("audio", "daisy"))
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
    build(settings, editions=("audio", "daisy"))
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
    build(settings, editions=("audio", edition))
    (settings.source / "tablet.png").write_bytes(_png("green"))
    build(settings, editions=("audio", edition))
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
    build(settings, ("audio", "daisy"))
    folder = settings.out / "long" / "daisy"
    elapsed = 0.0
    for smil in sorted(folder.glob("*.smil")):
        root = ET.parse(smil).getroot()
        meta = {m.get("name"): m.get("content") for m in root.iter("meta")}
        assert parse_clock(meta["ncc:totalElapsedTime"]) == pytest.approx(elapsed, abs=5e-4)
        elapsed += float(root.find("body/seq").get("dur").removesuffix("s"))
    assert len(list(folder.glob("*.smil"))) == 81
