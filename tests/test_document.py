"""Document model: where a handout is split into sections (one MP3 each)."""

from __future__ import annotations

import copy
import dataclasses
import logging
import xml.etree.ElementTree as ET

from conftest import PROJECT, write_handouts
from handout.build import build
from handout.config import Settings
from handout.read.document import load_documents, parse_html
from handout.read.script import text_of

NESTED = """\
---
title: Looking after your feet
lang: en
---

Read this first.

## Every day

Wash and dry them.

### Between the toes

Dry carefully.

## Every week

Check them for cuts.

### Nails

Cut straight across.
"""


def test_sections_start_at_the_split_level(settings):
    write_handouts(settings.source, {"feet.md": NESTED})
    [default] = load_documents(settings)
    assert [(s.heading, s.level, s.line) for s in default.sections] == [
        ("Looking after your feet", 1, 5), ("Every day", 2, 8), ("Every week", 2, 16)]
    assert "Between the toes" in default.sections[1].transcript

    [deeper] = load_documents(dataclasses.replace(settings, split_level=3))
    assert [(s.heading, s.level, s.line) for s in deeper.sections] == [
        ("Looking after your feet", 1, 5), ("Every day", 2, 8), ("Between the toes", 3, 12),
        ("Every week", 2, 16), ("Nails", 3, 20)]
    assert "Between the toes" not in deeper.sections[1].transcript

    [whole] = load_documents(dataclasses.replace(settings, split_level=1))
    assert [s.heading for s in whole.sections] == ["Looking after your feet"]
    assert "Cut straight across." in whole.sections[0].transcript


def test_a_heading_straight_over_a_deeper_one_is_one_section_with_it(settings):
    """Sweep CE: a ferry's page, "title: Times and Fares" over "# Timetables and Fares" and
    "## Fares", made an MP3 of that heading alone; so did a service sheet's "# FIRST READING"
    over "## A reading from the book of Exodus." (sweep CR), with no front matter, and its
    reading was in the next MP3. A page with `#` parts keeps them, and their later `##`s."""
    write_handouts(settings.source, {
        "ferry.md": "---\ntitle: Times and Fares\n---\n\n# Timetables and Fares\n\n"
                    "## Fares\n\nAdults pay 5 pounds.\n",
        "parts.md": "---\ntitle: Guide\n---\n\n# Part one\n\n## Parking\n\nPark here.\n\n"
                    "## Toilets\n\nBy the door.\n\n# Part two\n\n## Arrival\n\nCome in.\n",
        "sheet.md": "# COLLECT\n\nLord, teach us.\n\n# FIRST READING (Exodus 19: 2-8)\n\n"
                    "## A reading from the book of Exodus.\n\nThe Israelites journeyed.\n"})
    ferry, parts, sheet = load_documents(settings)
    assert [s.heading for s in ferry.sections] == ["Times and Fares", "Timetables and Fares"]
    assert "Adults pay 5 pounds." in ferry.sections[1].transcript
    assert [s.heading for s in parts.sections] == ["Guide", "Part one", "Toilets", "Part two"]
    assert [s.heading for s in sheet.sections] == ["COLLECT", "FIRST READING (Exodus 19: 2-8)"]
    assert "The Israelites journeyed." in sheet.sections[1].transcript


def test_the_split_level_sets_the_mp3s(settings):
    write_handouts(settings.source, {"feet.md": NESTED})
    [manifest] = build(dataclasses.replace(settings, split_level=3), ("audio",))
    assert [s["file"] for s in manifest["audio"]["sections"]] == [
        "00-feet.mp3", "01-every-day.mp3", "02-between-the-toes.mp3", "03-every-week.mp3",
        "04-nails.mp3"]


def test_a_section_whose_id_is_not_its_headings_names_its_files_by_its_heading(settings):
    """A German privacy policy written for Hugo (sweep CF) gives its headings ids,
    `## Introduction {#m14}`: its section files were "01-m14.mp3", "02-m3.mp3" on a
    listener's player. They are named by the heading's words; the id still names the
    heading, for links to it."""
    write_handouts(settings.source, {"policy.md": """\
        # Policy

        See [who is responsible](#m3).

        ## Introduction {#m14}

        What I process.

        ## Person responsible {#m3}

        Ingo.

        ## Part 2 {#part-2}

        More.
        """})
    [manifest] = build(settings, ("audio",))
    assert [s["file"] for s in manifest["audio"]["sections"]] == [
        "00-policy.mp3", "01-introduction.mp3", "02-person-responsible.mp3", "03-part-2.mp3"]
    [document] = load_documents(settings)
    assert [s.id for s in document.sections[1:]] == ["m14", "m3", "part-2"]


def test_a_range_in_a_heading_keeps_its_hyphen_in_the_file_name(settings):
    """A rugby club's coaching plan (sweep BD, rugby-u10-sessions) heads a part "Weeks
    19–24: Preparing for U11s": its MP3 was "04-weeks-1924-preparing-for-u11s.mp3", the
    numbers run together. The file keeps a hyphen between them; the heading's id, which a
    link written for GitHub names, stays as GitHub makes it. So does an amount's decimal
    point (sweep CL: "£295.50" named its file "…29550…")."""
    write_handouts(settings.source, {"plan.md": """\
        # Plan

        See [the last weeks](#weeks-1924-preparing-for-u11s).

        ## Weeks 19–24: Preparing for U11s

        Passing.

        ## Under 10s

        Tackling.

        ## Fees of £295.50 from 9:30

        Paid.
        """})
    [manifest] = build(settings, ("audio",))
    assert [s["file"] for s in manifest["audio"]["sections"]] == [
        "00-plan.mp3", "01-weeks-19-24-preparing-for-u11s.mp3", "02-under-10s.mp3",
        "03-fees-of-295-50-from-9-30.mp3"]
    [document] = load_documents(settings)
    assert document.sections[1].id == "weeks-1924-preparing-for-u11s"
    assert 'href="#weeks-1924-preparing-for-u11s"' in document.html


def test_markdown_in_the_front_matter_is_printed_and_said_as_words(settings):
    """R Markdown lets an author write links and emphasis in `author` and `title`."""
    write_handouts(settings.source, {"mergers.md": """\
        ---
        title: "CCG *mergers*"
        author: "[Tom Jemmett][tj_email] | [The Strategy Unit](https://example.org/su)"
        subtitle: A look at snake_case names
        ---

        Some text.

        [tj_email]: mailto:tom@example.org
        """})
    [document] = load_documents(settings)
    assert document.meta.title == "CCG mergers"
    assert document.meta.author == "Tom Jemmett | The Strategy Unit"
    assert document.meta.subtitle == "A look at snake_case names"
    said = [u.text for u in document.sections[0].script]
    assert said[:3] == ["CCG mergers", "A look at snake case names",
                        "By Tom Jemmett, The Strategy Unit"]


def test_a_short_paragraph_of_chinese_is_not_taken_for_a_file_name(tmp_path):
    """tinyhtml5 asks the system whether a string of under 200 characters names a file;
    91 Chinese characters are 273 bytes, longer than a file name may be, and the build
    stopped with a traceback (OSError: File name too long)."""
    notice = ("因供水管道维修，本小区将于明天上午八点至下午六点暂停供水，请各位居民提前做好储水准备，"
              "给您带来的不便敬请谅解。如有疑问请联系物业服务中心，我们将尽快恢复正常供水，感谢您的理解与配合。")
    write_handouts(tmp_path / "source", {"notice.md": f"---\ntitle: 停水通知\nlang: zh-CN\n---\n\n{notice}\n"})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert "".join(u.text for u in document.sections[0].script[1:]) == notice


def test_a_heading_id_keeps_the_vowel_signs_of_its_words(tmp_path):
    """Ids (and the section files named by them) kept Devanagari's and Thai's letters but
    lost their vowel signs, so a link written for GitHub's ids found nothing."""
    write_handouts(tmp_path / "source", {"hi.md": (
        "---\ntitle: T\nlang: hi\n---\n\n## बातों का प्रसार\n\nयह [ऊपर](#बातों-का-प्रसार) है।\n\n"
        "## ติดต่อ\n\nสวัสดี\n")})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [s.id for s in document.sections][1:] == ["बातों-का-प्रसार", "ติดต่อ"]
    assert 'href="#बातों-का-प्रसार"' in document.sections[1].html


def test_a_telephone_link_without_its_number_shows_the_number(tmp_path):
    """A Spanish clinic's contact page has a button, `<a href="tel:+34926966446">Llamar
    Ahora</a>`: it printed and was said "Llamar Ahora", with no number to dial. The number
    follows it, in its country's groups; a link that shows its number is left as it is."""
    write_handouts(tmp_path / "source", {"contacto.md": (
        "---\ntitle: Contacto\nlang: es\n---\n\n"
        '<a href="tel:+34926966446" class="btn">Llamar Ahora</a>\n\n'
        "Llame al [926 966 446](tel:+34926966446).\n")})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    printed = [text_of(p) for p in parse_html(document.sections[0].html).iter("p")]
    assert printed == ["Llamar Ahora (+34 926 96 64 46)", "Llame al 926 966 446."]
    assert "treinta y cuatro, novecientos veintiséis" in document.sections[0].script[1].spoken


def test_a_heading_named_as_the_handout_gives_way_to_its_title(tmp_path):
    """A Cub Scout pack's `schedule.md`, titled "Camping Schedule", has a heading "##
    Schedule": the title and the heading were both `id="schedule"` (WeasyPrint: "Anchor
    defined twice"), and the page's link to the schedule went to the title. The heading
    takes a fresh id, and the link follows it."""
    write_handouts(tmp_path / "source", {"schedule.md": (
        "# Camping Schedule\n\nSee the [schedule](#schedule) below.\n\n## Schedule\n\n"
        "- 10:00am - Check-in\n")})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [s.id for s in document.sections] == ["schedule", "schedule-1"]
    assert 'href="#schedule-1"' in document.sections[0].html
    assert 'id="schedule"' not in document.html


def test_a_byline_set_as_a_heading_under_the_title_starts_no_section(tmp_path):
    """A Vietnamese blog's article (sweep CH) put its date and author under its title as
    `######`: the byline was the handout's only section, its MP3 named by the date and the
    whole article in it. A lone heading that opens the handout starts no section; headings
    below `##` alone still do, as a handout whose parts are `###` is listened to part by
    part."""
    write_handouts(tmp_path / "source", {
        "blog.md": "## Ảnh hưởng\n\n###### _9 tháng 12, 2022 bởi Admin_\n\nHiện nay.\n\n"
                   "Thứ nhất.\n",
        "parts.md": "## Parts\n\n### One\n\nA.\n\n### Two\n\nB.\n"})
    blog, parts = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [s.heading for s in blog.sections] == ["Ảnh hưởng"]
    assert [s.heading for s in parts.sections] == ["Parts", "One", "Two"]


def test_code_in_an_item_whose_words_run_back_to_the_margin_is_code(settings):
    """MkDocs' own "Choosing your theme": an item's later lines start at the margin of its
    list, not under its words, and the code block under them was printed and said as one
    line of inline code, its language first ("yaml theme: name: mkdocs ..."). So is the
    code of a step of two lines (docsy's contribution guidelines) when it is four spaces
    in, under the step's second line at three."""
    write_handouts(settings.source, {"theme.md": """\
        # Theme

        *   **`analytics`**: Defines configuration options.

            *   **`gtag`**: To enable Google Analytics, set to a Google Analytics v4
            tracking ID, which uses the `G-` format.

                ```yaml
                theme:
                  name: mkdocs
                ```

        1. Fork the repo into
           your own project.

            ```sh
            git clone --depth 1 https://github.com/google/docsy-example.git
            ```

        1. Run `hugo server`.
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    assert [text_of(code) for code in body.iter("pre")] == [
        "theme:\n  name: mkdocs\n",
        "git clone --depth 1 https://github.com/google/docsy-example.git\n"]
    assert [list(item.iter("pre")) != [] for item in body.iter("li")] == [True, True, True, False]


def test_an_empty_heading_is_left_out_with_a_warning_at_its_line(tmp_path, caplog):
    """A real MkDocs site begins 72 of its 79 pages with a bare `#` (its title is in the
    front matter): the build stopped, naming the line of the next heading with words."""
    write_handouts(tmp_path / "source", {"rap.md": """\
        ---
        title: RAP in Health
        ---

        #

        Some text.

        ## Next

        More text.
        """})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [section.heading for section in document.sections] == ["RAP in Health", "Next"]
    assert [u.text for u in document.sections[0].script][-1] == "Some text."
    assert f"{tmp_path / 'source' / 'rap.md'}:5: empty heading left out" in caplog.text


def test_a_heading_that_is_only_a_drawn_line_is_a_rule(tmp_path, caplog):
    """The Canadian Digital Service's README parts its English and French halves with
    "## -----…": it was a section of 2.9 s of silence and a contents entry of dashes, and
    failed `invoke check`. It is a rule, as `---` is; a heading of words stays one."""
    write_handouts(tmp_path / "source", {"hours.md": """\
        ---
        title: Opening hours
        ---

        ## Opening hours

        We are open Monday to Friday.

        ## ----------------------------------------------------

        ## * * *

        ## Closed -- on holidays
        """})
    [document] = load_documents(Settings(source=tmp_path / "source", engine="fake"))
    assert [section.heading for section in document.sections] == [
        "Opening hours", "Opening hours", "Closed -- on holidays"]
    assert document.sections[1].html.endswith("</p>\n<hr>\n<hr>\n")
    assert "empty heading" not in caplog.text


def test_a_picture_written_into_the_page_is_not_searched_by_every_pattern(settings,
                                                                          monkeypatch):
    """Google Docs exports each picture into the page, `[image1]: <data:image/png;base64,...>`:
    a 5 MB photo took the reading stage 16 seconds, each generator preprocessor searching
    its one line. It is set aside while the page is parsed, and printed whole. (What
    Python-Markdown is given is measured, not the time it takes, which a busy machine
    stretched past any limit: speed belongs to `invoke bench`.)"""
    import base64
    import io

    import markdown
    from PIL import Image

    longest: list[int] = []
    convert = markdown.Markdown.convert

    def measured(self, source: str) -> str:
        longest.append(max(map(len, source.splitlines())))
        return convert(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", measured)

    picture = io.BytesIO()
    Image.effect_noise((1600, 1400), 60).convert("RGB").save(picture, "PNG")
    data = base64.b64encode(picture.getvalue()).decode()
    assert len(data) > 2_000_000
    write_handouts(settings.source, {"photo.md": f"""\
        # Photo

        The clinic: ![The clinic's front door][image1]

        [image1]: <data:image/png;base64,{data}>
        """})
    [document] = load_documents(settings)
    assert longest and max(longest) < 100  # the picture's 2 MB line, set aside
    [section] = document.sections
    [picture] = parse_html(section.html).iter("img")
    assert picture.get("src") == f"data:image/png;base64,{data}"
    assert picture.get("alt") == "The clinic's front door"


def test_a_heading_of_words_and_badges_gives_its_words_as_the_title(settings, caplog):
    """React Native's README heads itself with its name, "&middot;" and four badges, and
    the React Native website's README (in the corpus) likewise: the badges cannot be had
    and printed as boxes holding their descriptions, and the title was "React Native ·
    Picture not available: GitHub license Picture not available: Circle CI Status ...".
    The title is the heading's words. The badges, a web service's live state, are left
    out with a note (each was said "Picture not available: PRs Welcome" before the first
    word); another picture from elsewhere is still its description in a box."""
    import shutil

    from conftest import PROJECT

    write_handouts(settings.source, {"react-native.md": """\
        # [React Native](https://reactnative.dev/) &middot; [![GitHub license](https://img.shields.io/badge/license-MIT-blue.svg)](https://github.com/facebook/react-native/blob/HEAD/LICENSE) [![npm version](https://img.shields.io/npm/v/react-native.svg?style=flat)](https://www.npmjs.com/package/react-native)

        Learn once, write anywhere: Build mobile apps with React [![CI](https://github.com/facebook/react-native/workflows/CI/badge.svg)](https://github.com/facebook/react-native/actions).

        ![The React logo](https://reactnative.dev/img/header_logo.svg)
        """})
    shutil.copy(PROJECT / "tests" / "corpus" / "github" / "react-native-website-README.md",
                settings.source)
    with caplog.at_level(logging.INFO, logger="handout.diagnostics"):
        documents = {d.slug: d for d in load_documents(settings)}
    titles = {slug: d.meta.title for slug, d in documents.items()}
    assert titles == {"react-native": "React Native",
                      "react-native-website-readme": "reactnative.dev"}
    first = parse_html(documents["react-native"].sections[0].html)
    assert [" ".join("".join(p.itertext()).split()) for p in first.iter("p")] == [
        "Learn once, write anywhere: Build mobile apps with React.",
        "Picture not available: The React logo"]
    assert [a.get("href") for a in first.iter("a")] == []
    website = documents["react-native-website-readme"].sections[0]
    assert "Picture not available" not in website.html
    assert [u.text for u in website.script][:2] == [
        "reactnative.dev", "This repo contains the website configuration and documentation "
                           "powering the React Native website."]
    notes = dict(r.getMessage().split(": ", 1) for r in caplog.records
                 if "status badge" in r.getMessage())
    said = ("status badges are left out: they show a web service's live state (a build, a "
            "version, a licence), which a page or a recording cannot keep")
    assert {where.rsplit("/", 1)[1]: note for where, note in notes.items()} == {
        "react-native.md:1": f"3 {said}", "react-native-website-README.md:1": f"4 {said}"}


def test_a_table_of_badges_alone_is_left_out_with_them(settings):
    """A mutual aid group's README (sweep CC, mutualaid-readme lines 1-3) sets its badges
    in a table, `|CircleCI|Demo site|Test site|` over one row of badge links: the badges
    were left out and the table stayed, a grid with one empty row, said "Table to fill
    in. 1 row. CircleCI. Demo site. Test site." A table whose every data cell held only
    badges goes with them; one with words in a cell keeps them."""
    write_handouts(settings.source, {"readme.md": """\
        # Mutual aid

        |CircleCI|Demo site|
        |-|-|
        |[![CircleCI](https://circleci.com/gh/rubyforgood/mutual-aid/tree/main.svg?style=svg)](https://circleci.com/gh/rubyforgood/mutual-aid/tree/main)|[![Demo](https://badgen.net/https/mutual-aid-demo.herokuapp.com/version)](https://mutual-aid-demo.herokuapp.com)|

        Our fridge is open every day.

        |Build|Notes|
        |-|-|
        |[![CI](https://img.shields.io/badge/ci-passing-green.svg)](https://ci.example.org)|Runs nightly|
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    [table] = parse_html(section.html).iter("table")
    assert ["".join(cell.itertext()).strip() for cell in table.iter("td")] == ["", "Runs nightly"]
    assert [u.text for u in section.script][:2] == ["Mutual aid", "Our fridge is open every day."]


def outline(element: ET.Element) -> list:
    """The lists directly in `element`, each as its tag and its items, an item as its own
    words and, if it holds any, the outline of the lists nested in it."""
    lists = []
    for child in element:
        if child.tag in ("ul", "ol"):
            items = []
            for item in child.findall("li"):
                own = copy.deepcopy(item)
                for nested in [part for part in own if part.tag in ("ul", "ol")]:
                    own.remove(nested)
                words = " ".join(text_of(own).split())
                inner = outline(item)
                items.append((words, inner) if inner else words)
            lists.append((child.tag, items))
        elif child.tag != "li":
            lists += outline(child)
    return lists


def test_lists_nested_by_their_text_s_indent_are_nested(settings):
    """A nested list indented to its item's text, two spaces under "- " and three under
    "1. ", as GitHub, VS Code, Obsidian and Typora read it (docsy's example page: "- Jackson
    5" then "  - Michael"): Python-Markdown wants four spaces, and printed and said
    "Jackson 5, Michael, Tito, ..., TMNT, Leonardo" as one flat list. A nested item's later
    paragraph and code stay in it; an item right after such a block, or after a step's
    picture, is its own list's next item (Python-Markdown took it into the block); lists
    nested four spaces in read as before."""
    write_handouts(settings.source, {"fruit.md": """\
        # Fruit

        - Jackson 5
          - Michael
          - Tito
        - TMNT
          - Leonardo

            Leads the team.
        - Pears
          - Green ones

            ```
            slice --thin
            ```

        1. Open the box.

           ![A white box](box.png)
        2. Take out the inhaler.
           1. Shake it.
              - Four times
        3. Breathe out.

        - Four spaces
            - Nested as before
                    an indented line of the item
        - Next

        Then type:

            code after the list, at the top level
        """})
    [document] = load_documents(settings)
    [section] = document.sections
    body = parse_html(section.html)
    assert outline(body) == [
        ("ul", [("Jackson 5", [("ul", ["Michael", "Tito"])]),
                ("TMNT", [("ul", ["Leonardo Leads the team."])]),
                ("Pears", [("ul", ["Green ones slice --thin"])])]),
        ("ol", ["Open the box. Picture not available: A white box",  # box.png is not there
                ("Take out the inhaler.", [("ol", [("Shake it.", [("ul", ["Four times"])])])]),
                "Breathe out."]),
        ("ul", [("Four spaces", [("ul", ["Nested as before an indented line of the item"])]),
                "Next"])]
    [code_in_item, top_code] = body.iter("pre")
    assert text_of(code_in_item) == "slice --thin\n"
    assert text_of(top_code) == "code after the list, at the top level\n"
    said = [u.text for u in section.script]
    assert said[said.index("2. Take out the inhaler."):said.index("Four times") + 2] == [
        "2. Take out the inhaler.", "a. Shake it.", "Four times", "3. Breathe out."]


def test_a_list_in_a_box_keeps_its_place_and_its_code(settings):
    """Material for MkDocs' "Creating your site": a numbered list inside a tip box, four
    spaces in, whose second step holds a fenced block. Its items stay where the box reads
    them, the code stays code in its step, and a list nested under the box's list by its
    text's indent nests."""
    write_handouts(settings.source, {"site.md": """\
        # Site

        !!! tip "Set it up"

            1.  Install the extension.
            2.  Add the schema to your
                settings:

                ``` json
                { "yaml.schemas": {} }
                ```

            3.  Restart the editor.
                - Close it
                - Open it
        """})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    [box] = [div for div in body.iter("div") if "admonition" in (div.get("class") or "")]
    assert outline(box) == [("ol", [
        "Install the extension.", 'Add the schema to your settings: { "yaml.schemas": {} }',
        ("Restart the editor.", [("ul", ["Close it", "Open it"])])])]
    [code] = box.iter("pre")
    assert text_of(code) == '{ "yaml.schemas": {} }\n'


def test_a_nested_list_s_end_is_heard(settings):
    """Docsy's example page, said: "Jackson 5", "Michael", ..., "Jermaine", "TMNT",
    "Leonardo", each half a second apart, so that "TMNT" was heard as one more of the
    Jackson 5. A list nested in an item ends with a paragraph's pause."""
    write_handouts(settings.source, {"bands.md": """\
        # Bands

        - Jackson 5
          - Michael
          - Jermaine
        - TMNT
          - Leonardo
        - Queen

        Then a paragraph.
        """})
    [document] = load_documents(settings)
    pauses = {u.text: u.pause for u in document.sections[0].script}
    assert pauses["Michael"] == pauses["Jackson 5"] == settings.item_pause
    assert pauses["Jermaine"] == pauses["Leonardo"] == settings.paragraph_pause
    assert pauses["TMNT"] == pauses["Queen"] == settings.item_pause


def test_a_bold_title_beside_a_logo_or_under_a_motto_is_the_title(settings, caplog):
    """A statute's "**STATUTS TAVERNE DU TROLL** ![](logo.png)" gave way to its first
    chapter's heading, with no word said; a festival's bold motto, ending "…", was taken for
    the title over the bold title under it. Where the first of several `#` headings is
    taken, the author is told."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    (settings.source).mkdir(parents=True, exist_ok=True)
    (settings.source / "logo.png").write_bytes(
        (PROJECT / "tests" / "fixtures" / "audio" / "tablet.png").read_bytes())
    write_handouts(settings.source, {
        "statuts.md": "**STATUTS DU CLUB** ![Logo](logo.png)\n\n# Chapitre 1\n\nTexte.\n\n"
                      "# Chapitre 2\n\nTexte.\n",
        "festival.md": "**Творчість є однією з цілей…**\n\n**II ФЕСТИВАЛЬ Київ – 2021**\n\n"
                       "### Мета\n\nТекст.\n",
        "chapters.md": "# Chapitre 1\n\nTexte.\n\n# Chapitre 2\n\nTexte.\n"})
    titles = {d.slug: d.meta.title for d in load_documents(settings)}
    assert titles == {"statuts": "STATUTS DU CLUB", "festival": "II ФЕСТИВАЛЬ Київ – 2021",
                      "chapters": "Chapitre 1"}
    warned = [r.getMessage() for r in caplog.records if "top-level headings" in r.getMessage()]
    assert len(warned) == 1 and "chapters.md" in warned[0]


def test_an_organisation_s_name_over_its_policy_s_is_one_title(settings):
    """A club's 37 policies opened "# Wickwar Out of School Club" over "# Fire Safety
    Policy": every one was titled with the club's name, a section of that alone. A
    picture described by its file's name keeps its words, not its extension."""
    (settings.source).mkdir(parents=True, exist_ok=True)
    (settings.source / "logo.png").write_bytes(
        (PROJECT / "tests" / "fixtures" / "audio" / "tablet.png").read_bytes())
    write_handouts(settings.source, {"fire.md": "# Wickwar Out of School Club\n\n"
                                                "# Fire Safety Policy\n\n"
                                                "![Nature Nicki Logo.png](logo.png)\n\n"
                                                "We check the alarms.\n\n## Drills\n\nMonthly.\n"})
    [handout] = load_documents(settings)
    assert handout.meta.title == "Wickwar Out of School Club: Fire Safety Policy"
    assert [u.text for u in handout.sections[0].script][1:] == [
        "Image: Nature Nicki Logo.", "We check the alarms."]


def test_a_bold_lead_in_under_a_bold_title_stays_over_its_list(settings):
    """A code of conduct in Word (sweep AS, mp-conduct) opens "**CODE OF CONDUCT**" over
    "**You are strictly not allowed to:**" and a list: it was titled "CODE OF CONDUCT: You
    are strictly not allowed to", in the PDF, EPUB, tags and manifest, and its list lost
    the words that introduce it. A bold line ending with a colon is a lead-in, never part
    of the title; a club's name over its policy's in bold is one title still."""
    write_handouts(settings.source, {
        "conduct.md": "**CODE OF CONDUCT**\n\n**You are strictly not allowed to:**\n\n"
                      "- Sleep while on duty.\n- Smoke in non-designated areas.\n",
        "fire.md": "**Wickwar Out of School Club**\n\n**Fire Safety Policy**\n\nWe check.\n"})
    handouts = {d.slug: d for d in load_documents(settings)}
    assert handouts["conduct"].meta.title == "CODE OF CONDUCT"
    assert [u.text for u in handouts["conduct"].sections[0].script][1:] == [
        "You are strictly not allowed to:", "Sleep while on duty.",
        "Smoke in non-designated areas."]
    assert handouts["fire"].meta.title == "Wickwar Out of School Club: Fire Safety Policy"


def test_a_bold_label_on_the_first_line_gives_way_to_its_value(settings):
    """A meeting's minutes exported from Google Docs (sweep BL, governance-minutes) open
    with "**Meeting Title:**" over "Governance Committee Meeting": the PDF's heading, the
    web page's title and the MP3's first words were "Meeting Title". A label is no title;
    the line it labels is, and the labels after it stay as they are. A label over a
    sentence gives no title, so the file's name is one."""
    write_handouts(settings.source, {
        "minutes.md": "**Meeting Title:**\n\nGovernance Committee Meeting\n\n**Date:**\n\n"
                      "10 June 2026\n",
        "closed.md": "**Please note:**\n\nThe hall is closed on Monday while the boiler is "
                     "mended.\n"})
    handouts = {d.slug: d for d in load_documents(settings)}
    assert handouts["minutes"].meta.title == "Governance Committee Meeting"
    assert [u.text for u in handouts["minutes"].sections[0].script] == [
        "Governance Committee Meeting", "Date:", "10 June 2026"]
    assert handouts["closed"].meta.title == "Closed"


def test_a_title_written_again_under_a_banner_picture_is_printed_once(settings):
    """A Hugo site's page on saving water gives "title: Save Water", then its banner,
    `{{< image src="images/save-water.jpg" … >}}`, over "# Save water": the title was printed
    and said twice, where without the picture the heading gives way to it (sweep AM). The
    picture stays, under the title."""
    write_handouts(settings.source, {"water.md": """\
        ---
        title: "Save Water"
        ---

        {{< image src="images/save-water.jpg" alt="Water Sector Overview" >}}
        # Save water

        By using less water, you can save money on your bills.

        ## Why save water?

        Rain can quickly refill rivers.
        """})
    [handout] = load_documents(settings)
    assert [(s.heading, [u.text for u in s.script]) for s in handout.sections] == [
        ("Save Water", ["Save Water", "Picture not available: Water Sector Overview",
                        "By using less water, you can save money on your bills."]),
        ("Why save water?", ["Why save water?", "Rain can quickly refill rivers."])]


def test_a_title_that_is_its_date_gives_way_to_the_heading_that_holds_it(settings):
    """Wiki.js names minutes by their day: "title: 2023-03-04", "date: 2023-03-04", then
    "# SGM Minutes 2023-03-04". The title was said "4 March 2023" and "4 March 2023" again,
    with the date, and the real title made a section of its own (sweep CV). A heading that
    does not hold the date stays a heading under it."""
    write_handouts(settings.source, {
        "sgm.md": "---\ntitle: 2023-03-04\ndate: 2023-03-04\n---\n\n"
                  "# SGM Minutes 2023-03-04\n\nThe meeting opened.\n\n## Minutes\n\nChair.\n",
        "agm.md": "---\ntitle: 2023-03-04\n---\n\n# Annual meeting\n\nOpened.\n"})
    handouts = {d.slug: d for d in load_documents(settings)}
    assert handouts["sgm"].meta.title == "SGM Minutes 2023-03-04"
    assert [s.heading for s in handouts["sgm"].sections] == ["SGM Minutes 2023-03-04",
                                                              "Minutes"]
    assert [u.text for u in handouts["sgm"].sections[0].script][:2] == [
        "SGM Minutes 4 March 2023", "4 March 2023"]
    assert [s.heading for s in handouts["agm"].sections] == ["2023-03-04", "Annual meeting"]


def test_a_sites_home_link_over_the_title_is_left_out(settings):
    """A council's tips of the month (sweep CT, D6) give "title:", then their site's
    breadcrumb, "[Home](https://…)", over the title again as "#": "Home (https://…)" was
    printed under the title and said in its MP3, and the title made a second section. A
    link to home among the words stays."""
    write_handouts(settings.source, {"tip.md": """\
        ---
        title: Read Out Loud
        ---

        [Home](https://example.org/tips/)

        # Read Out Loud

        Acrobat Reader can read a PDF aloud. See [Home](https://example.org/).

        ## Turning it on

        Open the View menu.
        """})
    [handout] = load_documents(settings)
    assert [(s.heading, [u.text for u in s.script]) for s in handout.sections] == [
        ("Read Out Loud", ["Read Out Loud", "Acrobat Reader can read a PDF aloud.", "See Home."]),
        ("Turning it on", ["Turning it on", "Open the View menu."])]


def test_a_top_heading_after_the_text_stays_where_it_is(settings, caplog):
    """pandoc's mendeley_citations.docx cites three papers, then lists them under "References"
    (Heading 1, its only one): with no title, the heading was lifted to the top, the text
    under it and the list without it. It titles the handout, with a warning, and stays in
    its place."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"paper.md": "A test (Seo, 2019).\n\nAnother test.\n\n"
                                                 "# References\n\nSeo, J. (2019).\n"})
    [handout] = load_documents(settings)
    assert handout.meta.title == "References"
    assert [(s.heading, [u.text for u in s.script]) for s in handout.sections] == [
        ("References", ["References", "A test (Seo, 2019).", "Another test."]),
        ("References", ["References", "Seo, J. (2019)."])]
    assert any("no title: the first heading, 'References', is used" in r.getMessage()
               for r in caplog.records)


def test_a_first_heading_taken_for_the_title_is_named_at_its_line(settings, caplog):
    """An Obsidian note with no title (sweep BA, repro dup-title) has a date and a status
    over its heading, on line 9: the warning that the heading titles it named line 4, the
    closing "---" of its front matter."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    write_handouts(settings.source, {"Bin collection days.md": (
        "---\nlang: en\n---\n\n26-11-2025 20:11\n\nStatus: draft\n\n"
        "# Bin collection days\n\nGreen bin on Tuesdays.\n")})
    [handout] = load_documents(settings)
    assert handout.meta.title == "Bin collection days"
    assert [r.getMessage().split(": ", 1)[0].rsplit(":", 1)[1] for r in caplog.records
            if "no title: the first heading" in r.getMessage()] == ["9"]


def test_an_empty_title_is_no_title(settings, caplog):
    """Decap CMS writes `title: ''` for a title left blank, as a mutual aid group's "Health &
    Safety" page has it: the build stopped ("'title' is empty"), though an empty
    `description:` is ignored. It is no title: the first heading is, or the file's name,
    with a warning that says to fill it in."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    for title in ("title: ''", "title:", 'title: ""', "title: '  '"):
        caplog.clear()
        write_handouts(settings.source, {
            "health.md": f"---\n{title}\ndescription:\n---\n\n# Health and safety\n\nWash.\n",
            "health_0.md": f"---\n{title}\n---\n\n**We ask all our volunteers** to wash.\n"})
        assert {d.slug: d.meta.title for d in load_documents(settings)} == {
            "health": "Health and safety", "health_0": "Health 0"}
        assert [r.getMessage().split(": ", 1)[1] for r in caplog.records] == [
            "no title and no heading: the file name, 'Health 0', is used; give 'title:' its "
            "words in the front matter"]


def test_a_title_over_its_chapters_is_no_title_of_two(settings, caplog):
    """"# Hernia recovery" over "# Week 1", "# Week 2" was one title, "Hernia recovery: Week
    1", its first week gone from print; so were "# Part 1" over "# Part 2". A warning
    picture before bold words is no logo beside a title."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    (settings.source).mkdir(parents=True, exist_ok=True)
    (settings.source / "warning.png").write_bytes(
        (PROJECT / "tests" / "fixtures" / "audio" / "tablet.png").read_bytes())
    write_handouts(settings.source, {
        "hernia.md": "# Hernia recovery\n\n# Week 1\n\nRest.\n\n# Week 2\n\nWalk.\n",
        "parts.md": "# Part 1: Before\n\n# Part 2: After\n\nRest.\n",
        "fasting.md": "![Warning](warning.png) **Do not eat after midnight**\n\n"
                      "## Your appointment\n\nCome at nine.\n"})
    titles = {d.slug: d.meta.title for d in load_documents(settings)}
    assert titles == {"hernia": "Hernia recovery", "parts": "Part 1: Before",
                      "fasting": "Your appointment"}
