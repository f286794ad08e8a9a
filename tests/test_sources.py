"""Reading stage: bad files give one located error each, never a traceback."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import PROJECT, needs_kokoro, write_handouts
from handout.audio.engines import FakeEngine
from handout.build import build
from handout.config import Settings
from handout.read.document import load_documents
from handout.errors import HandoutError
from handout.language import Month, Year, long_date
from handout.read.sources import find_sources, locate, read_source


def error_of(path: Path) -> str:
    with pytest.raises(HandoutError) as caught:
        read_source(path)
    return str(caught.value)


def write(tmp_path: Path, text: str | bytes, name: str = "leaflet.md") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_invalid_utf8_names_the_line(tmp_path):
    path = write(tmp_path, b"---\ntitle: T\n---\n\nfine\n\ncaf\xe9 latin-1\n")
    assert error_of(path) == (f"{path}:7: not saved as UTF-8: the 'é' (byte 0xe9) on this "
                              "line is in another encoding; save the file again as UTF-8 (in "
                              "Notepad: File, Save As, Encoding: UTF-8)")


NOTEPAD = "---\ntitle: Café “welcome”\n---\n\n## Prices\n\nA coffee costs £2 – “that’s fair”.\n"
"""A leaflet as Windows Notepad saves it: its curly quotes, accent and pound sign are where
UTF-8 and the other encodings differ."""


@pytest.mark.parametrize("encoded", [
    b"\xff\xfe" + NOTEPAD.replace("\n", "\r\n").encode("utf-16-le"),
    b"\xfe\xff" + NOTEPAD.encode("utf-16-be")], ids=["utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_read(tmp_path, encoded):
    """Notepad's "Unicode" (and "Unicode big endian") saving: it stopped the build with "not
    valid UTF-8 (byte 0xff)", on a file that says exactly how it is encoded."""
    source = read_source(write(tmp_path, encoded))
    assert source.front_matter == {"title": "Café “welcome”"}
    assert source.body == "\n## Prices\n\nA coffee costs £2 – “that’s fair”.\n"
    assert source.body_line == 4


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_read(tmp_path, caplog, encoding):
    """Some programs save "Unicode" with no byte order mark: UTF-16 was refused as "not a
    text file (a picture or a document renamed?)", and UTF-32 read as UTF-16 with "42
    invisible control character(s) taken out ... (a copy from a web page or PDF leaves
    them)". A Hebrew and a Chinese line: their letters have no NUL byte."""
    import logging

    text = NOTEPAD + "\nשאלו בדלפק.\n\n请到前台询问。\n"
    path = write(tmp_path, text.encode(encoding))
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        source = read_source(path)
        assert locate(path, "Prices") == 5  # read again to find a line, without a warning
    assert source.front_matter == {"title": "Café “welcome”"}
    assert source.body == text.split("---\n", 2)[2] and source.body_line == 4
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}: saved as {encoding[:6].upper()} with no mark to say so, which other "
        "programs may not read: save the file again as UTF-8 (in Notepad: File, Save As, "
        "Encoding: UTF-8)"]


def test_utf32_with_its_byte_order_mark_is_read_as_utf32(tmp_path, caplog):
    import logging

    path = write(tmp_path, NOTEPAD.encode("utf-32"))
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        assert read_source(path).front_matter == {"title": "Café “welcome”"}
    assert caplog.records == []


def test_utf8_with_a_stray_nul_is_utf8(tmp_path):
    """A NUL copied into UTF-8 text is taken out with the other control characters; the
    text is not read as UTF-16, which its NUL alone would allow."""
    path = write(tmp_path, "# Opening hours\n\nOpen\0 9 to 5 on weekdays.\n".encode())
    assert read_source(path).body == "# Opening hours\n\nOpen 9 to 5 on weekdays.\n"


def test_windows_1252_names_its_line_and_letter_with_old_mac_line_endings(tmp_path):
    path = write(tmp_path, NOTEPAD.replace("\n", "\r").encode("cp1252"))
    assert error_of(path).startswith(f"{path}:2: not saved as UTF-8: the 'é' (byte 0xe9)")


def test_a_picture_renamed_as_a_handout_is_not_text(tmp_path):
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    assert error_of(path) == (f"{path}: not a text file (a picture or a document renamed?): "
                              "write the handout in a text editor and save it as .md")


def test_a_tab_after_a_key_is_a_space(tmp_path):
    """`title:<tab>Opening hours`, a tab lining the values up as in Notepad, stopped the
    build with "front matter is not valid YAML: found character '\\t' that cannot start any
    token"."""
    path = write(tmp_path, "---\r\ntitle:\tOpening hours\r\nauthor: \t The desk\r\n---\r\n"
                           "\r\nWords.\r\n")
    assert read_source(path).front_matter == {"title": "Opening hours", "author": "The desk"}


def test_a_tab_before_a_key_says_to_put_spaces(tmp_path):
    path = write(tmp_path, "---\ntitle:\tOpening hours\n\tdate: 2026-12-03\n---\n\nWords.\n")
    assert error_of(path) == (f"{path}:3: a tab in the front matter, which YAML does not "
                              "allow there: put spaces in its place")


def test_a_key_this_tool_does_not_use_indented_by_tabs_is_left_out(tmp_path, caplog):
    """A Grav page of a parish's services indents its `event:` and `taxonomy:` fields by
    tabs, for its site's calendar: "a tab in the front matter, which YAML does not allow
    there" stopped its build. Each such key is left out with a warning at its line; a tab
    inside a key of ours still stops it, its value wanted."""
    caplog.set_level(logging.WARNING, "handout.diagnostics")
    path = write(tmp_path, "---\ntitle: Gottesdienst\n#ics: \nevent:\n\tstart: 17-05-2020 11:00"
                           "\n\tlocation: ''\ntaxonomy:\n\tkategorie: ['Gottesdienst']\n\n"
                           "lang: de\n---\n\nWorte.\n")
    assert read_source(path).front_matter == {"title": "Gottesdienst", "lang": "de"}
    assert [r.getMessage().split(": ", 1)[0].rsplit(":", 1)[1] for r in caplog.records] == [
        "4", "7"]
    assert "'event', a key this tool does not use, is left out" in caplog.records[0].getMessage()
    ours = write(tmp_path, "---\ntitle: T\nauthor:\n\t- Ann\n---\n\nWords.\n")
    assert error_of(ours) == (f"{ours}:4: a tab in the front matter, which YAML does not "
                              "allow there: put spaces in its place")


def test_a_no_break_space_after_a_key_is_a_space(tmp_path):
    """`title:` and a no-break space (pasted from Word or a web page) was one word to YAML:
    "front matter must be 'key: value' lines", on a line that looks like one."""
    path = write(tmp_path, "---\ntitle:\u00a0Opening hours\nauthor:\u202fThe desk\n---\n\nWords.\n")
    assert read_source(path).front_matter == {"title": "Opening hours", "author": "The desk"}


def test_bom_and_crlf_are_accepted(tmp_path):
    path = write(tmp_path, "\ufeff---\r\ntitle: Café\r\n---\r\n\r\nWords here.\r\n".encode())
    source = read_source(path)
    assert source.front_matter == {"title": "Café"}
    assert source.body == "\nWords here.\n"
    assert source.body_line == 4


def test_a_byte_order_mark_inside_the_text_is_taken_out(tmp_path):
    """A nursery's privacy notice from the ICO's generator (sweep AS, nn-privacy) opened
    with a paragraph of one U+FEFF and a space, warned of as letters the English voice
    cannot read ('the first: "\ufeff"'). It is taken out wherever it stands, as the one
    that opens a file is."""
    path = write(tmp_path, "---\ntitle: T\n---\n\n\ufeff \n\nPri\ufeffvacy notice.\n")
    assert read_source(path).body == "\n \n\nPrivacy notice.\n"


def test_old_mac_line_endings_are_accepted(tmp_path):
    path = write(tmp_path, b"---\rtitle: T\r---\rWords.\r")
    assert read_source(path).body == "Words.\n"


def test_an_empty_front_matter_block_is_no_front_matter(tmp_path):
    """Jekyll and Zola pages may open with an empty block (`---` `---`, `+++` `+++`), which
    marks a page to process: it builds, its title taken from its first heading."""
    for fence in ("---", "+++"):
        path = write(tmp_path, f"\ufeff{fence}\n{fence}\n\n# Hello\n\nWords.\n")
        source = read_source(path)
        assert source.front_matter == {} and source.body.strip() == "# Hello\n\nWords."


@pytest.mark.parametrize("front, line, message", [
    ("- a\n- b", 2, "front matter must be 'key: value' lines, such as 'title: My leaflet'"),
    ("just words", 2, "front matter must be 'key: value' lines, such as 'title: My leaflet'"),
    ("title: [a, b]", 2, "'title' must be text, not a list"),
    ("title: T\ndate: 2023-02-30", 3, "'date' must be a date like 2023-12-29, not '2023-02-30'"),
    ("title: T\ndate: next week", 3, "'date' must be a date like 2023-12-29, not 'next week'"),
    ("title: T\ndate: [2023]", 3, "'date' must be a date like 2023-12-29, not a list"),
    ("title: yes", 2, "'title' must be text, not true/false: put the words in quotes"),
    ("title: T\nauthor: {a: b}", 3, "'author' must be text, not a mapping of 'word: how it "
                                   "is said'"),
    ("title: T\n\tx: 1", 3, "a tab in the front matter, which YAML does not allow there: put "
                           "spaces in its place"),
    ("title: 'T", 2, "front matter is not valid YAML: found unexpected end of stream"),
    ("? [a]\n: b", 2, "front matter is not valid YAML: found unhashable key"),
    ("title: T\npronunciations: [a]", 3, "'pronunciations' must be a mapping of 'word: how "
                                        "it is said', not a list"),
])
def test_bad_front_matter_is_one_located_line(tmp_path, front, line, message):
    path = write(tmp_path, f"---\n{front}\n---\n\nWords.\n")
    assert error_of(path) == f"{path}:{line}: {message}"


def test_every_front_matter_problem_is_reported_together(tmp_path):
    path = write(tmp_path, "---\ntitle: [x]\ndate: soon\nshade: blue\nvoice: [a]\n---\nWords.\n")
    assert error_of(path).split("\n") == [
        f"{path}:2: 'title' must be text, not a list",
        f"{path}:3: 'date' must be a date like 2023-12-29, not 'soon'",
        f"{path}:5: 'voice' must be text, not a list",
    ]


def test_other_tools_keys_are_accepted_and_set_aside(tmp_path):
    """Jekyll's, Hugo's and Docusaurus's own keys: no error, named for the lint."""
    path = write(tmp_path, "---\ntitle: T\nlayout: post\npermalink: /x/\nsidenav: true\n"
                           "aliases: [/old/]\nsidebar_position: 0\n---\nWords.\n")
    source = read_source(path)
    assert source.front_matter == {"title": "T"}
    assert source.other_keys == ("layout", "permalink", "sidenav", "aliases", "sidebar_position")
    assert source.key_lines["layout"] == 3


@pytest.mark.parametrize("front, expected", [
    ("page_title: A\nsummary: S\nlanguage: fr\ntags: [a, b]",
     {"title": "A", "description": "S", "lang": "fr", "keywords": ["a", "b"]}),
    ("display_title: A\nexcerpt: E\nkeywords: one, two ,three",
     {"title": "A", "description": "E", "keywords": ["one", "two", "three"]}),
    ("title: Ours\npage_title: Theirs\ntags: jekyll release", 
     {"title": "Ours", "keywords": ["jekyll", "release"]}),
    # a recipe's name (a banana bread recipe was titled by its first part, "Ingredients")
    ("name: Banana Bread\nservings: 12", {"title": "Banana Bread"}),
    # WordPress's title, exported to Jekyll (sweep CR: titled by the file's name)
    ("post_title: Prayer for Dew\npost_author: 3", {"title": "Prayer for Dew"}),
    ("title: Bug report\nname: Report a bug", {"title": "Bug report"}),
    ("title: T\nauthors: [Ana, Bo]", {"title": "T", "author": "Ana, Bo"}),
    # an Astro site's date of publication (sweep BN, asylum-transport line 5: no date)
    ('title: T\npublicationDate: "2024-11-11"', {"title": "T", "date": dt.date(2024, 11, 11)}),
    ("title: T\ndate: 2024-01-02\npubDate: 2024-11-11", {"title": "T",
                                                      "date": dt.date(2024, 1, 2)}),
    # R Markdown's, Quarto's and Pandoc's lists of authors (an NHS-R page stopped: "'author'
    # must be text, not a list")
    ("title: T\nauthor:\n  - Tom Jemmett\n  - The Strategy Unit",
     {"title": "T", "author": "Tom Jemmett, The Strategy Unit"}),
    ("title: T\nauthor:\n  - name: Norah Jones\n    affiliations: Clinic\n"
     "  - name: {given: Ana, family: Li}", {"title": "T", "author": "Norah Jones, Ana Li"}),
    # one author as a mapping (a pharmacy's metformin leaflet stopped: "'author' must be
    # text, not a mapping of 'word: how it is said'")
    ("title: T\nauthor:\n  name: Jane Lee\n  credentials: PharmD",
     {"title": "T", "author": "Jane Lee, PharmD"}),
])
def test_aliases_are_read_as_our_keys(tmp_path, front, expected):
    path = write(tmp_path, f"---\n{front}\n---\nWords.\n")
    assert read_source(path).front_matter == expected


@pytest.mark.parametrize("written, day", [
    ("2014-01-13 2:35:36 -0400", dt.date(2014, 1, 13)),
    ("2019-05-31T10:00:00Z", dt.date(2019, 5, 31)),
    ("'2018-01-16 09:00:00 -0400'", dt.date(2018, 1, 16)),
    ("2016-04-09T16:50:16+02:00", dt.date(2016, 4, 9)),
    ("2017-01-24 15:38:17 -0800", dt.date(2017, 1, 24)),
    ("2024-03-01", dt.date(2024, 3, 1)),
    # Netlify CMS's, on a debt charity's Jekyll posts, which stopped the build
    ("'2020-11-16T07:00:00.000CET'", dt.date(2020, 11, 16)),
    ("2016-05-02 10:00:00 CEST", dt.date(2016, 5, 2)),
    # Nikola's, a zone's name and its offset, on a users' group's AGM minutes (sweep CV)
    ("2022-08-26 12:03:03 UTC+12:00", dt.date(2022, 8, 26)),
    ("git Last Modified", None),
    ('"`r Sys.Date()`"', None),  # bookdown's inst/examples/index.Rmd
    ("\"`r format(Sys.time(), '%d %B %Y')`\"", None),
])
def test_generator_dates_are_read_as_written(tmp_path, written, day):
    path = write(tmp_path, f"---\ntitle: T\ndate: {written}\n---\nWords.\n")
    assert read_source(path).front_matter.get("date") == day


@pytest.mark.parametrize("name, front, day", [
    ("2020-06-18-VoiceOver-102-Common-Gestures.md", "layout: post", dt.date(2020, 6, 18)),
    ("2020-06-18-voiceover.md", "date: 2021-01-02", dt.date(2021, 1, 2)),  # its own first
    ("2020-02-30-not-a-day.md", "layout: post", None),
    ("2020-06-18.md", "layout: post", None),  # a date alone is no post's name
    # A date in the year 1 is none: healthcare.gov's pages for every season (sweep AR), and
    # Hugo's date not set, Go's zero time.
    ("0001-02-01-will-i-qualify.md", "layout: post", None),
    ("will-i-qualify.md", "date: 0001-01-01", None),
    ("will-i-qualify.md", "date: 0001-01-01T00:00:00Z", None),
])
def test_a_post_is_dated_by_its_file_name(tmp_path, name, front, day):
    """A Jekyll post, VoiceOver 102's "2020-06-18-VoiceOver-102-Common-Gestures.md", gives
    no date in its front matter: Jekyll dates it by its file's name, and its site shows it
    as of 18 June 2020, where the handout had no date (sweep AN). A date in the front
    matter comes first. A date in the year 1, by which sites give none, was printed and said
    "1 February 1", and its EPUB, modified "1-02-01T00:00:00Z", failed epubcheck."""
    path = tmp_path / name
    path.write_text(f"---\ntitle: T\n{front}\n---\nWords.\n", encoding="utf-8")
    assert read_source(path).front_matter.get("date") == day


@pytest.mark.parametrize("written, lang, day", [
    # R Markdown's and Quarto's dates are free text, as their authors write dates.
    ('"02/06/2021"', "en-GB", dt.date(2021, 6, 2)),
    ('"02/06/2021"', "en-US", dt.date(2021, 2, 6)),
    ('"02/06/2021"', "fr", dt.date(2021, 6, 2)),
    ('"13/06/2021"', "en", dt.date(2021, 6, 13)),
    ('"06/13/2021"', "en", dt.date(2021, 6, 13)),
    ('"02.06.2021"', "de", dt.date(2021, 6, 2)),
    ("2021/06/02", "ja", dt.date(2021, 6, 2)),
    ('"June 2, 2021"', "en", dt.date(2021, 6, 2)),
    ("Wednesday, 2nd June 2021", "en-GB", dt.date(2021, 6, 2)),
    ("Sept 3, 2021", "en", dt.date(2021, 9, 3)),
    ("2 de junio de 2021", "es", dt.date(2021, 6, 2)),
    ("1er juin 2021", "fr", dt.date(2021, 6, 1)),
    ("3 févr. 2021", "fr", dt.date(2021, 2, 3)),
    ("2. Juni 2021", "de", dt.date(2021, 6, 2)),
    # an Astro blog's date and time (sweep BZ, atw-autism-blog line 5), which stopped the build
    ('"Jul 24, 2020, 1:03 PM"', "en", dt.date(2020, 7, 24)),
    ("24 July 2020 at 13:03 BST", "en-GB", dt.date(2020, 7, 24)),
    ("2 de junio de 2021 a las 14:30", "es", dt.date(2021, 6, 2)),
    ("today", "en", None),  # Quarto's: the day it is rendered, or the file's own date
    ("last-modified", "en", None),
])
def test_dates_written_as_people_write_them(tmp_path, written, lang, day):
    path = write(tmp_path, f"---\ntitle: T\nlang: {lang}\ndate: {written}\n---\nWords.\n")
    assert read_source(path).front_matter.get("date") == day


@pytest.mark.parametrize("written, lang, kind, exchanged, printed", [
    ("2020", "en", Year, "2020", "2020"),  # a Pandoc slide deck's (sweep BJ, speed-accel)
    ("'2020'", "en", Year, "2020", "2020"),
    ("June 2021", "en", Month, "2021-06", "June 2021"),
    ("2021-06", "en", Month, "2021-06", "June 2021"),
    ("06/2021", "en-GB", Month, "2021-06", "June 2021"),
    ("junio de 2021", "es", Month, "2021-06", "junio de 2021"),
])
def test_a_year_or_a_month_dates_a_handout(tmp_path, written, lang, kind, exchanged, printed):
    """A physics slide deck dated `date: 2020` stopped its build ("'date' must be a date
    like 2023-12-29, not int"), and "June 2021" did too: a handout is often dated by its
    year or its month. It is printed and said so, and given so in its tags and its EPUB."""
    path = write(tmp_path, f"---\ntitle: T\nlang: {lang}\ndate: {written}\n---\nWords.\n")
    date = read_source(path).front_matter["date"]
    assert type(date) is kind and date.isoformat() == exchanged
    assert long_date(date, lang) == printed


@pytest.mark.parametrize("written", ['"02/06/2021"', "13/2021", "31/02/2021", "2 June"])
def test_a_date_that_is_not_one_day_names_its_line(tmp_path, written):
    path = write(tmp_path, f"---\ntitle: T\ndate: {written}\n---\nWords.\n")
    expected = (f"{path}:3: 'date' 02/06/2021 may be 2 June or 6 February: write it as "
                "2021-06-02 or 2021-02-06, or give the handout's region (lang: en-GB or "
                "lang: en-US)") if written == '"02/06/2021"' else (
        f"{path}:3: 'date' must be a date like 2023-12-29, not {written!r}")
    assert error_of(path) == expected


def test_toml_front_matter(tmp_path):
    path = write(tmp_path, "+++\ntitle = 'Notice'\ndescription = \"Boxes\"\n"
                           "categories = ['a']\ndate = 2016-04-09T16:50:16+02:00\n+++\n\nWords.\n")
    source = read_source(path)
    assert source.front_matter == {"title": "Notice", "description": "Boxes",
                                   "date": dt.date(2016, 4, 9)}
    assert source.other_keys == ("categories",)
    assert source.body == "\nWords.\n" and source.body_line == 7


def test_bad_toml_names_the_line(tmp_path):
    path = write(tmp_path, "+++\ntitle = 'T'\ndate = soon\n+++\nWords.\n")
    assert error_of(path).startswith(f"{path}:3: front matter is not valid TOML: ")


def test_front_matter_may_end_with_three_dots(tmp_path):
    path = write(tmp_path, "---\ntitle: T\ndate: 2024-03-01\n...\n\nWords.\n")
    source = read_source(path)
    assert source.front_matter == {"title": "T", "date": dt.date(2024, 3, 1)}
    assert source.body == "\nWords.\n" and source.body_line == 5


def test_dates_stay_text_in_other_keys(tmp_path):
    path = write(tmp_path, "---\ntitle: 2024-01-01\ndate: 2024-01-02 09:30:00\n---\nx\n")
    assert read_source(path).front_matter == {"title": "2024-01-01",
                                              "date": dt.date(2024, 1, 2)}


def test_front_matter_that_never_ends(tmp_path):
    path = write(tmp_path, "---\ntitle: T\n\nWords.\n")
    assert error_of(path) == (f"{path}:1: front matter starts with '---' but never ends: add "
                              "a line '---' after it")


def test_handout_that_is_only_front_matter(settings):
    write_handouts(settings.source, {"only.md": "---\ntitle: T\n---\n\n"})
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert str(caught.value) == (f"{settings.source / 'only.md'}:4: the handout has no text: "
                                 "write something below the front matter")


def test_a_page_builders_sections_in_the_front_matter_are_its_words(settings, caplog):
    """A dental practice's page for parents (sweep BK, child-teeth/parents-and-caregivers),
    a Forestry.io page builder's, holds its words in `page_sections:`, each block a `title`
    and its `section_text`, which the site's layout prints: its empty body stopped the build
    with "the handout has no text". Each block is a section under its title, in order, a
    block with no title its text alone, and a warning says where the words came from."""
    write_handouts(settings.source, {"parents.md": (
        "---\ntitle: Parents and Caregivers\nlayout: info-page\npage_sections:\n"
        "- template: text-section\n  section_text: Brush twice a day.\n"
        "- template: text-section\n  title: 'QUESTIONS ABOUT VISITING\n    THE DENTIST:'\n"
        "  section_text: |-\n    NHS practices do not charge.\n\n    Call NHS 111.\n"
        "- template: hero-section\n  title: Smile\n"
        "---\n\n{% include sections.html %}\n<!-- built by Forestry -->\n")})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        (document,) = load_documents(settings)
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, "Parents and Caregivers"), (2, "QUESTIONS ABOUT VISITING THE DENTIST:")]
    assert [u.spoken for s in document.sections for u in s.script] == [
        "Parents and Caregivers", "Brush twice a day.",
        "QUESTIONS ABOUT VISITING THE DENTIST:", "NHS practices do not charge.", "Call NHS 1 1 1."]
    assert [r.getMessage() for r in caplog.records] == [
        f"{settings.source / 'parents.md'}:4: the handout's words are taken from the front "
        "matter's 'page_sections', its blocks' titles as headings over their text, as the "
        "site's layout shows them: the page has none below the front matter"]


def test_a_hugo_themes_blocks_in_the_front_matter_are_its_words(settings, caplog):
    """A travel agency's Hugo page (sweep CJ, Freewheel Weekends) holds every word in
    `blocks:`, a `- block: header` with its `heading:` and `text:`, and `- block: text` with
    its `content:`: the build stopped with "the handout has no text". They are read as
    `page_sections:` are, the header's heading, the page's title, not said twice."""
    write_handouts(settings.source, {"fww.md": (
        "---\ntitle: Freewheel Weekends\nlayout: blocks\nblocks:\n- block: header\n"
        "  heading: Freewheel Weekends\n  text: Travel for people with reduced mobility\n"
        "- block: button\n  button:\n    text: Visit us\n- block: text\n  content: |-\n\n"
        "        ### Overview\n\n        It began in 2017.\n---\n")})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        (document,) = load_documents(settings)
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, "Freewheel Weekends"), (3, "Overview")]
    assert [u.spoken for s in document.sections for u in s.script] == [
        "Freewheel Weekends", "Travel for people with reduced mobility", "Overview",
        "It began in 2017."]
    assert [r.getMessage() for r in caplog.records] == [
        f"{settings.source / 'fww.md'}:4: the handout's words are taken from the front "
        "matter's 'blocks', its blocks' titles as headings over their text, as the "
        "site's layout shows them: the page has none below the front matter"]


def test_unreadable_file_is_a_user_error(tmp_path, monkeypatch):
    """As a file without read permission gives any user but root: refused at open."""
    path = write(tmp_path, "x")
    read_bytes = Path.read_bytes

    def refuse(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert error_of(path) == f"{path}: cannot read the file: Permission denied"


def test_a_folder_named_like_a_handout_is_a_user_error(tmp_path):
    path = tmp_path / "leaflet.md"
    path.mkdir()
    assert error_of(path) == f"{path}: cannot read the file: Is a directory"


def test_a_source_folder_that_is_missing_empty_or_a_file(tmp_path):
    with pytest.raises(HandoutError, match="source folder not found"):
        find_sources(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(HandoutError, match=r"no handouts here \(.md or .docx files\): add one$"):
        find_sources(tmp_path / "empty")
    write_handouts(tmp_path / "source", {"leaflet.md": "# Leaflet\n"})
    with pytest.raises(HandoutError) as given_a_file:
        find_sources(tmp_path / "source" / "leaflet.md")
    assert str(given_a_file.value) == (
        f"{tmp_path / 'source' / 'leaflet.md'}: a file, not a folder: give the folder that "
        f"holds the handouts, '{tmp_path / 'source'}', and every handout in it is built")


def test_markdown_under_other_tools_names_is_found(tmp_path):
    """Quarto's .qmd, R Markdown's .Rmd and MDX's .mdx are Markdown, and so are the
    editors' .mdown and .mkd (a leaflet.mdown was passed over in silence); a text file is
    not, but is named."""
    for name in ("a.qmd", "b.Rmd", "c.mdx", "d.markdown", "e.md", "f.mdown", "g.MKD",
                 "notes.txt"):
        (tmp_path / name).write_text("# Words\n")
    assert [p.name for p in find_sources(tmp_path)] == [
        "a.qmd", "b.Rmd", "c.mdx", "d.markdown", "e.md", "f.mdown", "g.MKD"]


@pytest.mark.parametrize("name, message", [
    ("hours.txt", "a text file (.txt), which handout cannot read: plain text is Markdown: "
                  "save it again as 'hours.md' to build it (in Notepad: File, Save As, 'Save "
                  "as type: All files')"),
    ("leaflet.pdf", "a PDF, which handout cannot read: write the handout in Markdown (.md) "
                    "or Word (.docx): Word opens a PDF and can save it as a Word document "
                    "(.docx), to be checked before it is built"),
    ("clinic.html", "a web page (.html), which handout cannot read: open it in Word or "
                    "LibreOffice and save it as a Word document (.docx), or write it in "
                    "Markdown (.md)"),
    ("talk.pptx", "a PowerPoint presentation (.pptx), which handout cannot read: write the "
                  "handout in Markdown (.md) or Word (.docx), its slides' words as paragraphs "
                  "and lists under headings: a slide's layout does not carry over to large "
                  "print or to audio")])
def test_a_text_file_or_a_pdf_is_named_with_what_to_do(tmp_path, caplog, name, message):
    """Alone, they were "no handouts here (.md or .docx files): add one", which did not say
    that the file there was seen; beside a handout, nothing at all."""
    (tmp_path / name).write_bytes(b"Opening hours\r\n")
    with pytest.raises(HandoutError) as alone:
        find_sources(tmp_path)
    assert str(alone.value) == f"{tmp_path / name}: {message}"
    (tmp_path / "other.md").write_text("# Other\n")
    assert [p.name for p in find_sources(tmp_path)] == ["other.md"]
    assert [r.getMessage() for r in caplog.records] == [f"{tmp_path / name}: not built: {message}"]
    # Beside the handout it was made from (a leaflet's PDF beside its Markdown), it is a copy.
    (tmp_path / name).rename(tmp_path / f"other{Path(name).suffix}")
    caplog.clear()
    assert [p.name for p in find_sources(tmp_path)] == ["other.md"]
    assert caplog.records == []


def test_locate_prefers_the_first_needle(tmp_path):
    path = write(tmp_path, "a style=x\nb\nc style=\"color:red\"\n")
    assert locate(path, 'style="color:red', "style=") == 3
    assert locate(path, "nothing", "style=") == 1
    assert locate(path, "nothing") is None


@needs_kokoro  # the message names the engine that would speak it
def test_language_without_a_voice_fails_the_build_clearly(settings):
    write_handouts(settings.source, {"es.md": "---\ntitle: Hola\nlang: es\n---\nHola.\n"})
    with pytest.raises(HandoutError) as caught:
        build(settings.replace(engine="piper"), ("audio",))
    assert str(caught.value) == (
        f"{settings.source / 'es.md'}:3: no Piper voice for language 'es' is installed: set "
        "'voice' to the path of a Piper voice for 'es' (see README, 'Speech engines and "
        "voices'), or leave 'engine' unset to narrate with kokoro")


def test_command_line_prints_one_line_and_no_traceback(tmp_path):
    source = write_handouts(tmp_path / "source", {
        "a.md": "---\ntitle: T\ndate: 2023-02-30\n---\nWords.\n",
        "b.md": b"caf\xe9".decode("latin-1"),
    })
    (source / "b.md").write_bytes(b"# T\n\ncaf\xe9\n")
    result = subprocess.run(
        [sys.executable, "-c", "from handout import cli; cli.run(lambda: cli.build("
         f"{str(source)!r}, {str(tmp_path / 'out')!r}, engine='fake', quiet=True))"],
        capture_output=True, text=True, cwd=PROJECT, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{source / 'a.md'}:3: 'date' must be a date like 2023-12-29, not '2023-02-30'",
        f"{source / 'b.md'}:3: not saved as UTF-8: the 'é' (byte 0xe9) on this line is in "
        "another encoding; save the file again as UTF-8 (in Notepad: File, Save As, "
        "Encoding: UTF-8)",
    ]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("body", ["-\n", "|\n", "<!-- nothing -->\n"])
def test_a_handout_of_marks_alone_has_no_text(settings, body):
    """Found by the property test: a lone "-" printed as the handout's only text."""
    write_handouts(settings.source, {"marks.md": f"---\ntitle: T\n---\n\n\n{body}"})
    with pytest.raises(HandoutError, match="the handout has no text"):
        load_documents(settings)


def test_a_document_that_is_not_read_is_named_with_what_to_do(tmp_path, caplog):
    """An old Word file (.doc) alone was told "no .md files here: add a Markdown handout";
    beside a handout it was passed over in silence."""
    folder = tmp_path / "source"
    folder.mkdir()
    (folder / "leaflet.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(HandoutError) as alone:
        find_sources(folder)
    assert str(alone.value) == (
        f"{folder / 'leaflet.doc'}: an old Word document (.doc), which handout cannot read: "
        "open it in Word or LibreOffice and save it as a Word document (.docx), or write it "
        "in Markdown (.md)")
    write_handouts(folder, {"other.md": "# Other\n"})
    (folder / "notes.odt").write_bytes(b"PK")
    assert [p.name for p in find_sources(folder)] == ["other.md"]
    assert [r.getMessage().split(": ", 2)[1:] for r in caplog.records] == [
        ["not built", "an old Word document (.doc), which handout cannot read: open it in "
         "Word or LibreOffice and save it as a Word document (.docx), or write it in "
         "Markdown (.md)"],
        ["not built", "a LibreOffice document (.odt), which handout cannot read: open it in "
         "Word or LibreOffice and save it as a Word document (.docx), or write it in "
         "Markdown (.md)"]]


@pytest.mark.parametrize("name", ["letterhead.dotx", "letterhead.dotm", "letterhead.DOT"])
def test_a_word_template_is_named_as_a_template(tmp_path, name):
    """A template is what Word makes new documents from, not a handout: a .dotx was "a Word
    template (.dotx), which handout cannot read" with no word of why, and a .dotm, Word's
    template with macros, was passed over in silence."""
    (tmp_path / name).write_bytes(b"PK")
    with pytest.raises(HandoutError) as alone:
        find_sources(tmp_path)
    assert str(alone.value) == (
        f"{tmp_path / name}: a Word template ({Path(name).suffix.lower()}), which Word makes "
        "new documents from, not a handout: to build it as one, open it in Word and save it "
        "as a Word document (.docx)")


def test_control_characters_are_taken_out_with_a_warning(tmp_path, caplog):
    """A CDC sheet held 13 U+0082s (left by a copy from a web page): they printed as empty
    boxes, and the check then found 1,186 words "missing" from a PDF that held them."""
    path = tmp_path / "vis.md"
    path.write_bytes("---\ntitle: Vaccine\n---\n\nGet it to\u0082 prevent illness.\u0082\n"
                     .encode("utf-8"))
    assert read_source(path).body == "\nGet it to prevent illness.\n"
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:5: 2 invisible control character(s) taken out, such as U+0082: they print "
        "as empty boxes (a copy from a web page or PDF leaves them)"]


@pytest.mark.parametrize("written, shown, meant", [
    ("Only one Â½ plot", "Â½", "½"), ("donâ€™t", "â€™", "’"), ("â€œWeedsâ€", "â€œ", "“"),
    ("Weedsâ€", "â€", "”"), ("cafÃ©", "Ã©", "é"), ("Ã¼ber", "Ã¼", "ü")])
def test_text_saved_in_the_wrong_encoding_is_warned_of(tmp_path, caplog, written, shown,
                                                       meant):
    """A community garden's rules (sweep CC, nyack-rules line 9) allowed "Only one Â½
    plot", "½" encoded twice (bytes C3 82 C2 BD), printed and said with no word to the
    author. The line is warned of, naming what it likely was; the text stays as written.
    "SÃO PAULO" and a "½" of its own are text."""
    path = tmp_path / "rules.md"
    path.write_text(f"# Rules\n\n1. {written}.\n2. {written}.\n", encoding="utf-8")
    assert read_source(path).body == f"# Rules\n\n1. {written}.\n2. {written}.\n"
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:3: '{shown}' looks like '{meant}' saved in the wrong encoding: retype it "
        "(and on 1 more line)"]
    caplog.clear()
    path.write_text("# SÃO PAULO\n\nOne ½ plot, café.\n", encoding="utf-8")
    read_source(path)
    assert caplog.records == []


def test_letters_lost_to_the_replacement_character_are_warned_of(tmp_path, caplog):
    """Jingle Bells' French verse (sweep CW, D6) had lost its accents, "No\ufffdl",
    "l\ufffd-haut": printed with the sign and said "no L", with no warning."""
    path = tmp_path / "carol.md"
    path.write_text("# Carol\n\nVive le vent.\n\nJoyeux No\ufffdl,\nl\ufffd-haut\n",
                    encoding="utf-8")
    assert "No\ufffdl" in read_source(path).body
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:5: '\ufffd' stands for a letter lost when the text was saved in the wrong "
        "encoding: retype it (and on 1 more line)"]


def test_ligatures_copied_from_a_pdf_are_their_letters(tmp_path):
    """Text copied from a PDF keeps the ligatures its fonts drew, "the ﬂu jab", "the oﬃce":
    the print font has none, so the "ﬂ" printed in another font, and a search of the PDF,
    web page or EPUB for "flu" did not find it. "℃" and "℉", which the print font lacks
    too and the voice said nothing for, are "°C" and "°F"; "½" and "²" stay."""
    path = tmp_path / "flu.md"
    path.write_text("# The ﬂu jab\n\nIt is ﬁne. Ask the oﬃce staﬀ. Keep below 25℃ (77℉), "
                    "take ½, 2 m².\n", encoding="utf-8")
    assert read_source(path).body == (
        "# The flu jab\n\nIt is fine. Ask the office staff. Keep below 25°C (77°F), "
        "take ½, 2 m².\n")


def test_handouts_in_folders_inside_the_source_folder_are_said_not_to_be_built(tmp_path,
                                                                               caplog):
    """A site's whole `docs/` folder, copied in, was "no .md files here" (or, beside one
    handout, passed over without a word): its pages are in folders, which are not read. The
    pieces its pages include (`_includes/`, `partials/`, `_note.md`) are no handouts to move
    here."""
    for name in ("guides/first.md", "guides/more/second.md", ".git/x.md",
                 "_includes/footer.md", "partials/zoom.md", "guides/_note.md"):
        (tmp_path / "source" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "source" / name).write_text("# A page\n", encoding="utf-8")
    with pytest.raises(HandoutError) as none_here:
        find_sources(tmp_path / "source")
    assert str(none_here.value).endswith(
        "no handouts here (.md or .docx files): add one; 2 in the folders inside it, such as "
        "'guides/first.md', are not built, as only the handouts in this folder itself are: "
        "move them here")
    write_handouts(tmp_path / "source", {"leaflet.md": "# Leaflet\n"})
    assert [p.name for p in find_sources(tmp_path / "source")] == ["leaflet.md"]
    assert "2 in the folders inside it, such as 'guides/first.md', are not built" in caplog.text


@pytest.mark.parametrize("heading, sections", [
    ("Looking After Your Feet!", ["Looking after your feet", "Drying"]),
    ("Looking after your feet", ["Looking after your feet", "Drying"]),
    ("Looking after your hands", ["Looking after your feet", "Looking after your hands",
                                  "Drying"]),
])
def test_a_first_heading_repeating_the_title_in_capitals_is_printed_once(tmp_path, heading,
                                                                          sections):
    """Jekyll and Hugo pages give the title in their front matter and again as the first
    heading, often in title case or with a mark after it: only an exact repeat was taken
    for the title, so "Looking After Your Feet!" was printed and said twice."""
    write(tmp_path, f"---\ntitle: Looking after your feet\n---\n\n# {heading}\n\nWash them.\n\n"
                    "## Drying\n\nDry between the toes.\n")
    settings = Settings(source=tmp_path, engine="fake")
    [document] = load_documents(settings)
    assert [s.heading for s in document.sections] == sections


def test_the_file_name_gives_the_language_the_front_matter_does_not(tmp_path, settings):
    """The Corona-Warn-App's German style guide, `LANGUAGE_STYLE.de.md`, has no front
    matter: it was read as English, by the English voice, under "Contents"."""
    real = PROJECT / "tests" / "corpus" / "github" / "cwa-language-style.de.md"
    source = read_source(real)
    assert source.front_matter["lang"] == "de"
    settings.source.mkdir()
    (settings.source / real.name).write_bytes(real.read_bytes())
    [document] = load_documents(settings)
    assert document.meta.lang == "de"
    assert document.meta.title == "Sprachstil"
    assert document.slug == "cwa-language-style-de"  # its folder and files, beside the English
    assert read_source(write(tmp_path, "# Notizen\n", "notes.pt-br.md")).front_matter == {
        "lang": "pt-BR"}
    assert read_source(write(tmp_path, "---\nlang: en\n---\n\nText\n", "a.de.md")
                       ).front_matter["lang"] == "en"
    assert read_source(write(tmp_path, "---\nlanguage: fr\n---\n\nTexte\n", "b.de.md")
                       ).front_matter["lang"] == "fr"
    for name in ("setup.py.md", "v1.2.md", "README_PT.md", "index.md"):
        assert "lang" not in read_source(write(tmp_path, "# T\n", name)).front_matter, name


def test_a_file_named_by_its_language_beside_another_is_in_that_language(tmp_path):
    """A SvelteKit site keeps a page's translations as `fi.md` beside `en.md`: the Finnish
    privacy notice was read as English. A name alone may be a word ("it.md")."""
    pages = tmp_path / "privacy"
    pages.mkdir()
    assert "lang" not in read_source(write(pages, "# Tietosuoja\n", "fi.md")).front_matter
    write(pages, "# Privacy\n", "en.md")
    assert read_source(pages / "fi.md").front_matter["lang"] == "fi"
    assert read_source(pages / "en.md").front_matter["lang"] == "en"
    assert "lang" not in read_source(write(pages, "# Support\n", "support.md")).front_matter


def test_the_projects_lang_is_the_language_of_a_handout_that_names_none(tmp_path, caplog):
    """A French library's helper wrote `language = "fr"` once in `[tool.handout]`, as a
    site generator takes a site's language, and was told it was no setting: every one of
    its handouts needed a `lang` of its own. The file's own `lang`, its name's tag and
    its folder still come first."""
    write(tmp_path, "---\ntitle: Horaires\n---\n\nOuvert de 9 h à 18 h.\n", "horaires.md")
    write(tmp_path, "# Öffnungszeiten\n\nGeöffnet ab 9 Uhr.\n", "zeiten.de.md")
    write(tmp_path, "---\ntitle: Hours\nlang: en-GB\n---\n\nOpen from 9 am.\n", "hours.md")
    settings = Settings(source=tmp_path, engine="fake", lang="fr")
    documents = {d.slug: d for d in load_documents(settings)}
    assert {slug: d.meta.lang for slug, d in documents.items()} == {
        "horaires": "fr", "zeiten-de": "de", "hours": "en-GB"}
    [sentence] = documents["horaires"].sections[0].script[1:]
    assert sentence.spoken == "Ouvert de neuf heures à dix-huit heures."
    # A handout in another language than the project's is told so, as it would be with none.
    write(tmp_path, "---\ntitle: Opening hours\n---\n\n" + "The library is open from nine "
          "in the morning until six in the evening, every day of the week except Sunday, "
          "and you can borrow up to twenty books at a time with your card. Ask at the desk "
          "if you would like help finding a book.\n", "open.md")
    caplog.clear()
    load_documents(settings)
    assert [r.getMessage() for r in caplog.records if "reads as" in r.getMessage()] == [
        f"{tmp_path / 'open.md'}:1: this handout reads as English, but the project's 'lang' "
        "is 'fr', so it is narrated in French: add 'lang: en' to its front matter"]


def test_a_countrys_code_for_its_language_is_the_languages(tmp_path):
    """A third of the Ukrainian Hugo sites keep their pages in `content/ua`: the page was
    read as English, by the English voice; `lang: ua` stopped the build."""
    folder = tmp_path / "site" / "content" / "ua"
    folder.mkdir(parents=True)
    page = folder / "nurse.md"
    page.write_text("# Медсестра\n\nВартість навчання в Норвегії становить багато грошей для "
                    "всіх студентів, які приїжджають з України. Ціна іспиту висока, і його "
                    "можна скласти двічі на рік у великих містах країни.\n", encoding="utf-8")
    assert read_source(page).front_matter["lang"] == "uk"
    assert read_source(write(tmp_path, "---\nlang: ua\n---\n\nСлова.\n")
                       ).front_matter["lang"] == "uk"


def test_daris_own_tag_is_afghan_persian(tmp_path):
    """Dari's own tag, `lang: prs`, as Afghan refugee services write it, stopped the build
    with "no voice is installed for language 'prs'" (sweep CY), where `fa-AF` is read by the
    Persian voice: it is `fa-AF`, a region written after it kept."""
    for written, meant in (("prs", "fa-AF"), ("prs-AF", "fa-AF"), ("Dari", "fa-AF")):
        assert read_source(write(tmp_path, f"---\nlang: {written}\n---\n\nبه ۱۱۹ زنگ بزنید.\n")
                           ).front_matter["lang"] == meant


FRENCH_DOSE = ("# Votre traitement\n\nCe document explique comment prendre vos médicaments "
               "chaque jour. Prenez un comprimé de 2 mg le matin avec un grand verre d’eau, et "
               "un autre le soir après le repas. Si vous oubliez une dose, ne prenez pas deux "
               "comprimés en même temps.\n")


@pytest.mark.parametrize("folder", ["site/content/fr", "site/src/content/docs/fr",
                                    "site/i18n/fr/docusaurus-plugin-content-docs/current"])
def test_a_sites_language_folder_gives_the_language(tmp_path, folder):
    """The CNCF glossary's French pages (Hugo, `content/fr/cloud-computing.md`) and a
    Docusaurus site's translations (`i18n/fr/...`) name their language by their folder
    alone: built from there, they were printed "Page 1 of 1" and narrated in English."""
    source = write_handouts(tmp_path / folder, {"dose.md": FRENCH_DOSE})
    settings = Settings(source=source, out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    [manifest] = build(settings, ("pdf", "audio"), engine=FakeEngine())
    pdf = PdfReader(settings.out / "dose" / "dose.pdf")
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
    assert pdf.pages[0].extract_text().rstrip().endswith("Page 1 sur 1")
    transcript = (settings.out / "dose" / "audio" / manifest["audio"]["sections"][0][
        "transcript"]).read_text(encoding="utf-8")
    assert "un comprimé de 2 milligrammes le matin" in transcript


def test_a_folder_only_named_like_a_language_does_not_give_it(tmp_path):
    """A clinic's `it` folder is its IT department's, and a site's `docs/it` may hold
    English: only a site's layout names a language, and its words must not say otherwise,
    and the folder's name must be a language's tag."""
    english = "# Printers\n\n" + "Ask the helpdesk to add the printer on the second floor. " * 8
    assert "lang" not in read_source(write_handouts(tmp_path / "clinic/it",
                                                    {"a.md": FRENCH_DOSE}) / "a.md").front_matter
    assert "lang" not in read_source(write_handouts(tmp_path / "site/docs/it",
                                                    {"b.md": english}) / "b.md").front_matter
    assert read_source(write_handouts(tmp_path / "site/docs/it", {"c.md": "# Note\n"}) / "c.md"
                       ).front_matter == {"lang": "it"}  # too few words to say otherwise
    assert read_source(write_handouts(tmp_path / "site/content/fr", {
        "d.md": "---\nlang: en\n---\n\n" + FRENCH_DOSE}) / "d.md").front_matter["lang"] == "en"
    # A word after a code is no script: a Vietnamese guide to health insurance (BHYT) in
    # `docs/vi-bhyt` was "vi-Bhyt"; the site's own language folder above it still counts.
    assert "lang" not in read_source(write_handouts(tmp_path / "guide/docs/vi-bhyt",
                                                    {"e.md": "# Thẻ\n"}) / "e.md").front_matter
    assert read_source(write_handouts(tmp_path / "site/content/fr/docs/es-guia", {
        "f.md": "# Note\n"}) / "f.md").front_matter == {"lang": "fr"}
    assert read_source(write_handouts(tmp_path / "site/docs/pt-br", {
        "g.md": "# Nota\n"}) / "g.md").front_matter == {"lang": "pt-BR"}


def test_a_title_with_a_colon_unquoted_is_the_title(settings):
    """Wiki.js writes its pages' titles and descriptions unquoted, `title: Printer Guide
    Part 1: Wiring`, which YAML reads as a mapping in a mapping: 280 of the Duet3D wiki's
    474 pages stopped with "front matter is not valid YAML". Any other error still stops."""
    write_handouts(settings.source, {"wiring.md": """\
        ---
        title: Printer Guide Part 1: Wiring
        description: Ender 3 Pro Guide Part 1: Wiring
        published: true
        tags: 
        editor: markdown
        ---

        Converting the stock printer. Part 1: mounting and wiring the board.
        """})
    [document] = load_documents(settings)
    assert document.meta.title == "Printer Guide Part 1: Wiring"
    assert document.meta.description == "Ender 3 Pro Guide Part 1: Wiring"
    said = [u.text for section in document.sections for u in section.script]
    assert said[0] == "Printer Guide Part 1: Wiring"
    assert document.sections[0].heading == "Printer Guide Part 1: Wiring"  # printed at the top
    broken = write_handouts(settings.source, {"wiring.md": "---\ntitle: [Guide: Wiring\n---\n"})
    with pytest.raises(HandoutError, match="wiring.md:2: front matter is not valid YAML"):
        read_source(broken / "wiring.md")


def test_r_markdown_s_expr_values_are_empty_not_an_error(tmp_path):
    """Sweep CZ: a Public Health Scotland summary's `reference_docx: !expr here::here(...)`,
    R code rmarkdown runs when it knits, stopped the build with "front matter is not valid
    YAML: could not determine a constructor for the tag '!expr'"."""
    source = read_source(write(tmp_path, "---\ntitle: Delayed discharges\nparams:\n"
                               "  year: !expr Sys.Date()\n  area: Fife\noutput:\n"
                               "  word_document:\n    reference_docx: !expr here::here('a')\n"
                               "---\n\nIn March, 1,500 people were delayed.\n", "s.Rmd"))
    assert source.front_matter["title"] == "Delayed discharges"
    assert source.variables["params.area"] == "Fife" and "params.year" not in source.variables


def test_a_letter_and_its_accent_written_apart_are_read_as_one(tmp_path):
    """Text copied on a Mac or from a PDF may write "café" as "cafe" and a combining acute:
    it printed alike, but Piper said "kayf" for it and "brullet" for "brûlée"."""
    import unicodedata

    from handout.audio.engines.piper import PiperEngine

    apart = unicodedata.normalize("NFD", "The café serves crème brûlée.")
    assert apart != "The café serves crème brûlée."
    path = write(tmp_path, f"---\ntitle: Menu\n---\n\n{apart}\n")
    assert read_source(path).body == "\nThe café serves crème brûlée.\n"
    settings = Settings(source=path.parent, out=tmp_path / "build")
    [document] = load_documents(settings)
    spoken = [u.spoken for section in document.sections for u in section.script]
    assert "The café serves crème brûlée." in spoken
    voice = PiperEngine("en_US-joe-medium", threads=1)._voice
    assert voice.phonemize("The café serves crème brûlée.") != voice.phonemize(apart)


def test_hidden_files_and_word_lock_files_are_not_handouts(tmp_path):
    """A Mac copying leaflet.md to a USB stick writes `._leaflet.md` beside it (its
    resource fork, bytes that are no text): it was built as a handout called "_leaflet"."""
    write_handouts(tmp_path, {"leaflet.md": "# Leaflet\n", ".draft.md": "# Draft\n"})
    (tmp_path / "._leaflet.md").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (tmp_path / "~$aflet.docx").write_bytes(b"\x0bJane Nurse")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    assert [p.name for p in find_sources(tmp_path)] == ["leaflet.md"]


def test_a_link_to_a_handout_that_is_not_there_is_named(tmp_path, caplog):
    """A link to a leaflet on a drive that is not plugged in (or to itself) was passed
    over in silence, and alone made the folder "no handouts here"."""
    (tmp_path / "shared.md").symlink_to("/media/usb/shared.md")
    message = ("a link to '/media/usb/shared.md', which is not there (moved, renamed or on "
               "another drive): put the handout itself in the source folder, or mend the link")
    with pytest.raises(HandoutError) as alone:
        find_sources(tmp_path)
    assert str(alone.value) == f"{tmp_path / 'shared.md'}: {message}"
    (tmp_path / "loop.md").symlink_to("loop.md")
    write_handouts(tmp_path, {"other.md": "# Other\n"})
    assert [p.name for p in find_sources(tmp_path)] == ["other.md"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'loop.md'}: not built: a link to 'loop.md', which is not there (moved, "
        "renamed or on another drive): put the handout itself in the source folder, or mend "
        "the link", f"{tmp_path / 'shared.md'}: not built: {message}"]


def test_values_in_typographic_quotes_are_read_without_them(tmp_path):
    """Word and a Mac type “ ” for ": the title printed and was said as “Your new
    medicine”, quotes and all, and `lang: “en-GB”` went into the PDF as its language."""
    path = write(tmp_path, "---\ntitle: “Your new medicine”\nauthor: ‘The team’\n"
                           "lang: „de“\ndate: “3 December 2026”\nsubtitle: A “quoted” word\n"
                           "description: «Pour vous»\n---\n\nWords.\n")
    assert read_source(path).front_matter == {
        "title": "Your new medicine", "author": "The team", "lang": "de",
        "date": dt.date(2026, 12, 3), "subtitle": "A “quoted” word",
        "description": "Pour vous"}


@pytest.mark.parametrize("written, tag", [
    ("French", "fr"), ("english", "en"), ("British English", "en-GB"), ("Español", "es"),
    ("en_GB", "en-GB"), ("pt-BR", "pt-BR"), ("en-UK", "en-UK"), ("tlh", "tlh")])
def test_a_language_given_by_its_name_is_read_as_its_tag(tmp_path, written, tag):
    """`lang: French` went into the PDF's /Lang and the web page as "French", and the audio
    stopped with "no voice is installed for language 'French'". Klingon is in ISO 639,
    not in Babel."""
    path = write(tmp_path, f"---\ntitle: T\nlang: {written}\n---\n\nBonjour.\n")
    assert read_source(path).front_matter["lang"] == tag


@pytest.mark.parametrize("written, message", [
    ("Frnch", "for French, write 'lang: fr'"), ("Portugese", "for Portuguese, write 'lang: pt'"),
    ("Espanol", "for Español, write 'lang: es'"),
    ("xx", "write its tag, such as 'en', 'en-GB', 'fr' or 'pt-BR'"),
    ("en US", "write its tag, such as 'en', 'en-GB', 'fr' or 'pt-BR'")])
def test_a_misspelt_language_stops_its_handout_saying_what_to_write(tmp_path, written,
                                                                  message):
    """`lang: Frnch` was built: the PDF's and the web page's language "Frnch", narrated by
    the test voice, and the real one stopped with "no voice is installed for language
    'Frnch'"; only `invoke check` said it was no language tag."""
    path = write(tmp_path, f"---\ntitle: T\nauthor: A\nlang: {written}\n---\n\nBonjour.\n")
    assert error_of(path) == f"{path}:4: 'lang: {written}' is not a language: {message}"


def test_front_matter_after_blank_lines_is_front_matter(tmp_path):
    """A blank line pasted above the `---` made the front matter a rule and a heading: the
    title section said "title: Opening hours author: The desk", with a warning to add the
    title it had."""
    path = write(tmp_path, "\n \n---\ntitle: Opening hours\ndate: 2026-02-30\n---\n\nWords.\n")
    assert error_of(path) == f"{path}:5: 'date' must be a date like 2023-12-29, not '2026-02-30'"
    path = write(tmp_path, "\n+++\ntitle = 'Opening hours'\n+++\nWords.\n")
    source = read_source(path)
    assert (source.front_matter, source.body, source.body_line) == (
        {"title": "Opening hours"}, "Words.\n", 5)
    path = write(tmp_path, "\n---\n\nA rule, then words.\n")
    assert read_source(path).body == "\n---\n\nA rule, then words.\n"


def test_front_matter_without_its_opening_line_is_front_matter(tmp_path):
    """A festival's Jekyll pages open `title: Accessibility`, a blank line, `---`: with no
    `---` above it, "title: Accessibility" was printed and said under the title. A page
    that opens with a key a site's front matter opens with, and closes with `---` after
    keys only, has its front matter; a contact line above a rule is text."""
    path = write(tmp_path, "title: Accessibility\nlayout: page\n\n---\n\n# Getting here\n")
    source = read_source(path)
    assert (source.front_matter, source.other_keys) == ({"title": "Accessibility"}, ("layout",))
    assert source.body == "\n# Getting here\n" and source.body_line == 5
    assert source.key_lines == {"title": 1, "layout": 2}
    text = "Tel: 0800 123 4567\n\n---\n\nWords.\n"
    assert read_source(write(tmp_path, text)).body == text
    text = "Title: Getting here\nTake the bus.\n\n---\n\nWords.\n"
    assert read_source(write(tmp_path, text)).body == text


def test_pelican_s_metadata_is_front_matter(tmp_path):
    """PyCon India's access page opens with Pelican's metadata, `Title:`, `Date:`,
    `Category:`, `Slug:` one a line down to a blank line: its title became its first
    heading, "Content", and the metadata was printed and said as its first paragraph."""
    path = write(tmp_path, "Title: Accessibility\nDate: 2024-08-01 10:20\nCategory: Venue\n"
                           "Slug: access\n\n# Content\n\nRamps.\n")
    source = read_source(path)
    assert source.front_matter["title"] == "Accessibility"
    assert source.other_keys == ("category", "slug")
    assert source.body == "# Content\n\nRamps.\n" and source.body_line == 6
    # with no space after the colon, as Python-Markdown's meta extension reads it (sweep
    # BI, pelican-post-guide: "title:Bin collection days" was printed and said)
    path = write(tmp_path, "title:Bin collection days\ndate:2020-01-01\nstatus: published\n"
                           "\nWe collect green bins.\n")
    source = read_source(path)
    assert source.front_matter["title"] == "Bin collection days"
    assert source.body == "We collect green bins.\n" and source.body_line == 5
    # a plugin's or a theme's key, with a capital inside it (sweep CG, sk-zdravotna:
    # "MenuTitle:" and "ShowToc:" had the block printed and said, and the page untitled)
    path = write(tmp_path, "Title: Zdravie\nMenuTitle: Zdravie\nAuthors: Eva Nová\n"
                           "ShowToc: True\n\nPomoc je bezplatná.\n")
    source = read_source(path)
    assert source.front_matter["title"] == "Zdravie"
    assert source.body == "Pomoc je bezplatná.\n" and source.body_line == 6
    # a theme's picture (sweep CX, 04-hedgehogs: "Image: ./images/hedgehog.jpg" had the
    # block printed and said, and "1. Keep a wild corner" taken for the title)
    for key in ("Image", "Cover", "Thumbnail"):
        path = write(tmp_path, f"Title: Hedgehogs\nDate: 2022-05-22 06:02\n{key}: hog.jpg\n"
                               "\nNumbers have fallen.\n\n## 1. Keep a wild corner\n")
        source = read_source(path)
        assert source.front_matter["title"] == "Hedgehogs"
        assert source.body == "Numbers have fallen.\n\n## 1. Keep a wild corner\n"
    # Nikola's, with its own keys and some left empty (sweep CV: a users' group's AGM
    # minutes printed and said "title: 2004 AGM slug: 2004-agm … tags: category:")
    path = write(tmp_path, "title: 2004 AGM\nslug: 2004-agm\ndate: 2022-08-26 12:03:03 "
                           "UTC+12:00\ntags: \ncategory:\nlink: \ntype: text\n"
                           "hidetitle: true\n\n# Minutes\n\nOpened at 7:28pm.\n")
    source = read_source(path)
    assert source.front_matter == {"title": "2004 AGM", "date": dt.date(2022, 8, 26)}
    assert source.body == "# Minutes\n\nOpened at 7:28pm.\n" and source.body_line == 10
    # a notice's own fields are its text, and so is a date Pelican would not write
    for text in ("Title: Coffee morning\nWhen: Saturday\nWhere: Hall\n\nAll welcome.\n",
                 "Title: Coffee morning\nDate: Saturday 14th\n\nAll welcome.\n",
                 "Title:Coffee morning\nWhen:Saturday\n\nAll welcome.\n"):
        assert read_source(write(tmp_path, text)).body == text


@pytest.mark.parametrize("written, day", [
    ("June 2, 2021", dt.date(2021, 6, 2)), ("March 8, 2020", dt.date(2020, 3, 8)),
    ("02-27-2020", dt.date(2020, 2, 27)), ("2020-03-08", dt.date(2020, 3, 8))])
def test_pelican_s_metadata_with_a_date_as_people_write_it(tmp_path, written, day):
    """A Chicago tool library's Pelican posts give their dates as people write them,
    `date: 03-8-2020`, `Date: June 2, 2021`: the metadata was printed and said ("title:
    Starting a Tool Library in Chicago, date: 03-8-2020, …") and a heading from the middle
    of the page became the title. The block is metadata whatever its date looks like, and
    its date is read as a `---` front matter's is."""
    path = write(tmp_path, f"title: Starting a Tool Library in Chicago\ndate: {written}\n"
                           "author: Jorge Garcia\n\nLaunched in 2019.\n\n## The Basics\n")
    source = read_source(path)
    assert source.front_matter == {"title": "Starting a Tool Library in Chicago",
                                   "date": day, "author": "Jorge Garcia"}
    assert source.body == "Launched in 2019.\n\n## The Basics\n" and source.body_line == 5


def test_pelican_s_metadata_with_a_date_of_either_day(tmp_path):
    """`date: 03-8-2020` (the tool library's post) may be 3 August or 8 March: in English
    with no region it stops the build naming the file, the line and how to write it, as
    "03/8/2020" does; a US page reads it month first."""
    path = write(tmp_path, "title: T\ndate: 03-8-2020\n\nWords.\n")
    with pytest.raises(HandoutError) as raised:
        read_source(path)
    assert str(raised.value) == (
        f"{path}:2: 'date' 03-8-2020 may be 3 August or 8 March: write it as 2020-08-03 or "
        "2020-03-08, or give the handout's region (lang: en-GB or lang: en-US)")
    path = write(tmp_path, "title: T\ndate: 03-8-2020\nlang: en-US\n\nWords.\n")
    assert read_source(path).front_matter["date"] == dt.date(2020, 3, 8)


def test_metadata_of_a_date_alone_is_front_matter(tmp_path):
    """A Quaker meeting's minutes open with MultiMarkdown's metadata of one line, `Date:
    2016-07-17T00:00:00`: it was printed and said "Date: 17 July 2016 00:00:00", the
    handout had no date, and its first heading, no longer first, was said twice."""
    path = write(tmp_path, "Date: 2016-07-17T00:00:00\n\n# Meeting for Worship\n\nWords.\n")
    source = read_source(path)
    assert source.front_matter == {"date": dt.date(2016, 7, 17)}
    assert source.body == "# Meeting for Worship\n\nWords.\n" and source.body_line == 3
    # a date no such tool writes is a notice's text
    text = "Date: Saturday 14th\n\nAll welcome.\n"
    assert read_source(write(tmp_path, text)).body == text


def test_a_themes_titles_by_language_give_the_title(tmp_path):
    """jekyll-TeXt-theme gives a page's title per locale, `titles: {en: …, it: Orari}`
    (an Italian health service's opening hours): the title was left out, and a later
    heading, "Nota", taken for it."""
    text = "---\ntitles:\n  en: &EN Opening hours\n  en-GB: *EN\n  it: Orari\n---\n\nWords.\n"
    italian = read_source(write(tmp_path, text, "orari.it.md"))
    assert (italian.front_matter["title"], italian.key_lines["title"]) == ("Orari", 2)
    assert "titles" not in italian.other_keys
    assert read_source(write(tmp_path, text, "hours.md")).front_matter["title"] == "Opening hours"


def test_cryogens_edn_front_matter_is_front_matter(tmp_path):
    """Cryogen, a Clojure site generator, writes its front matter as an EDN map: a food
    bank's page printed and said `:title "Foodbank" :layout :page :page-index 0 :navbar?
    false`, and its last heading, "Donations", was taken for its title."""
    path = write(tmp_path, '{:title "Foodbank"\n :layout :page\n :page-index 0\n'
                           ' :tags ["food" "help"]\n :navbar? false}\n\nOpen Saturdays.\n')
    source = read_source(path)
    assert source.front_matter == {"title": "Foodbank", "keywords": ["food", "help"]}
    assert set(source.other_keys) == {"layout", "page-index", "navbar?"}
    assert source.body == "\nOpen Saturdays.\n" and source.body_line == 6
    assert source.key_lines["tags"] == 4
    path = write(tmp_path, '{:title "Foodbank"\n\nOpen Saturdays.\n')
    assert error_of(path) == (f"{path}:1: front matter starts with '{{' but never ends: add "
                              "a '}' after it")
    # kramdown's own braces open a page too, `{::comment}` and `{: .no_toc}`: no front matter
    text = "{::comment}\nDraft.\n{:/comment}\n\n{: .no_toc}\nOpen Saturdays.\n"
    assert read_source(write(tmp_path, text)).body == text


def test_hugos_json_front_matter_is_front_matter(tmp_path):
    """Hugo reads a JSON object at the top of a page as its front matter: it was printed and
    said, `"title": "Hernia surgery: recovery"`, and the first heading taken for the title."""
    path = write(tmp_path, '{\n  "title": "Hernia surgery: recovery",\n  "draft": false,\n'
                           '  "params": {"ward": {"name": "Day surgery"}},\n'
                           '  "tags": ["hernia", "recovery"]\n}\n\n## Going home\n')
    source = read_source(path)
    assert source.front_matter == {"title": "Hernia surgery: recovery",
                                   "keywords": ["hernia", "recovery"]}
    assert set(source.other_keys) == {"draft", "params"}
    assert source.body == "\n## Going home\n" and source.body_line == 7
    assert (source.key_lines["title"], source.key_lines["tags"]) == (2, 5)
    said = [u.text for d in load_documents(Settings(source=tmp_path, out=tmp_path / "build",
                                                    engine="fake"))
            for s in d.sections for u in s.script]
    assert said == ["Hernia surgery: recovery", "Going home"]
    path = write(tmp_path, '{\n  "title": "T",\n  "lang": "en",\n}\n\nWords.\n')
    assert error_of(path) == (f"{path}:4: front matter is not valid JSON: Expecting property "
                              "name enclosed in double quotes (each key and its text go in "
                              "double quotes, with a comma after each pair but the last)")
    path = write(tmp_path, '{"title": "T"} Words.\n')
    assert error_of(path) == (f"{path}:1: front matter in JSON must end with '}}' on a line "
                              "of its own: put the text after it on the next line")


def test_a_handout_pasted_in_a_markdown_code_block_is_read_as_its_markdown(tmp_path, caplog):
    """A chatbot gives Markdown to copy in a ```markdown code block, and an answer copied
    whole brings the fence: the whole leaflet printed as code and was read "Code example,
    8 lines, as printed". The fence round the whole file goes (its lines left blank, so the
    others keep their numbers), front matter and inner code blocks and all; a code block
    among other words stays one."""
    import logging

    wrapped = write(tmp_path, "\n```markdown\n---\ntitle: Asthma\nlang: en\n---\n\n"
                              "Asthma is common.\n\n```bash\necho hi\n```\n\n## Inhalers\n\n"
                              "Take them.\n```\n\n", "asthma.md")
    example = write(tmp_path, "# Writing Markdown\n\nType this:\n\n```markdown\n## Side effects\n"
                              "```\n", "example.md")
    with caplog.at_level(logging.INFO, "handout.diagnostics"):
        source = read_source(wrapped)
    assert source.front_matter["title"] == "Asthma"
    assert source.body_line == 7 and source.body.split("\n")[1] == "Asthma is common."
    assert [r.getMessage() for r in caplog.records] == [
        f"{wrapped}:2: the handout is Markdown in a code block, '```markdown' (as a chatbot "
        "gives it to copy): it is read as the Markdown it holds"]
    documents = {d.slug: d for d in load_documents(
        Settings(source=tmp_path, out=tmp_path / "build", engine="fake"))}
    said = [u.text for s in documents["asthma"].sections for u in s.script]
    assert said == ["Asthma", "Asthma is common.", "Code example, 1 line, as printed:",
                    "echo hi", "Inhalers", "Take them."]
    assert documents["asthma"].sections[1].line == 14
    assert "```markdown" in read_source(example).body
    assert "Code example, 1 line, as printed:" in [
        u.text for s in documents["example"].sections for u in s.script]


def test_a_handout_is_decoded_once_however_many_lines_its_warnings_name(tmp_path, monkeypatch):
    """Each warning found after parsing (a refused address, a removed script) is named at
    its line by searching the source: a handout of 1,000 refused links was decoded and
    split once for each (10 s of reading 15). It is decoded once while its bytes are the
    same, and again when they change."""
    from handout.read import sources

    decoded = []
    decode = sources.decode_text
    monkeypatch.setattr(sources, "decode_text",
                        lambda *args, **options: decoded.append(1) or decode(*args, **options))
    page = tmp_path / "page.md"
    page.write_text("# Links\n\n" + "".join(f"Item {n}: [link](javascript:alert({n}))\n\n"
                                            for n in range(200)), encoding="utf-8")
    assert [sources.locate(page, f"javascript:alert({n})") for n in range(200)] == \
        [3 + 2 * n for n in range(200)]
    assert sources.locate(page, "javascript:alert(", occurrence=150) == 303
    assert len(decoded) == 1
    page.write_text("# Links\n\nItem 7: [link](javascript:alert(7))\n", encoding="utf-8")
    assert sources.locate(page, "javascript:alert(7)") == 3
    assert len(decoded) == 2
