"""End to end: the sample handout built into a temporary folder, checked for structure.

The PDF comes from real WeasyPrint and the MP3s from the real audio stage (the fake
engine stands in for the voice), so these tests see what an author would publish.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
import soundfile
from mutagen.mp3 import MP3, BitrateMode
from pypdf import PdfReader

from handout.audio.encode import audio_start, scan_frames
from handout.build import build
from handout.config import Settings
from tests.conftest import PROJECT

SAMPLE = PROJECT / "source" / "clonazepam.md"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    shutil.copy(SAMPLE, root / "clonazepam.md")
    settings = Settings(source=root, out=root / "build", templates=PROJECT / "templates",
                        engine="fake", jobs=1, quiet=True)
    build(settings)
    return root / "build" / "clonazepam"


def words(text: str) -> list[str]:
    """Words, split at hyphens too, since a line may break after a hyphen."""
    return re.findall(r"[\w’']+", text)


def source_words() -> list[str]:
    body = SAMPLE.read_text("utf-8").split("---", 2)[2]
    return words(re.sub(r"^#+ ", "", body, flags=re.M))


def test_outputs_are_where_the_design_says(built):
    audio = built / "audio"
    assert (built / "clonazepam.pdf").is_file()
    assert (built / "manifest.json").is_file()
    assert (audio / "clonazepam.m3u8").is_file()
    assert sorted(p.name for p in audio.glob("[0-9][0-9]-*.mp3")) == [
        "00-clonazepam.mp3",
        "01-what-clonazepam-is-and-how-it-works.mp3",
        "02-how-it-helps-with-anxiety.mp3",
        "03-tolerance-dependence-and-withdrawal.mp3",
        "04-drowsiness-and-effects-on-thinking.mp3",
        "05-effects-on-mood.mp3",
        "06-in-conclusion.mp3",
    ]


def test_pdf_text_holds_the_source_words_in_order(built):
    text = " ".join(page.extract_text() for page in PdfReader(built / "clonazepam.pdf").pages)
    printed = words(text)
    expected = source_words()
    assert len(expected) > 400
    position = 0
    missing = []
    for word in expected:  # every source word appears, in order (page numbers interleave)
        if word in printed[position:]:
            position = printed.index(word, position) + 1
        else:
            missing.append(word)
    assert missing == []


def test_every_character_is_at_least_18_points(built):
    with pdfplumber.open(built / "clonazepam.pdf") as pdf:
        sizes = [round(char["size"], 2) for page in pdf.pages for char in page.chars]
        footers = [page.extract_text().splitlines()[-1] for page in pdf.pages]
    assert sizes and min(sizes) >= 18
    assert footers == [f"Page {n} of {len(footers)}" for n in range(1, len(footers) + 1)]


def test_pdf_is_tagged_ua_with_language_title_and_bookmarks(built):
    reader = PdfReader(built / "clonazepam.pdf")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert "/StructTreeRoot" in root
    assert reader.metadata.title.startswith("In-Depth Analysis")
    assert reader.metadata.author == "Elijah"
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert re.search(r'pdfuaid:part(="1"|>1<)', xmp), "no PDF/UA-1 identification"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (pypdf boolean)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    nested = [item.title for group in reader.outline if isinstance(group, list) for item in group]
    headings = [line[3:] for line in SAMPLE.read_text("utf-8").splitlines()
                if line.startswith("## ")]
    assert titles[0].startswith("In-Depth Analysis")
    assert nested == headings


def test_one_mp3_per_section_tagged_in_order(built):
    manifest = json.loads((built / "manifest.json").read_text())
    sections = manifest["audio"]["sections"]
    assert len(sections) == len(manifest["sections"]) == 7
    for number, entry in enumerate(sections, start=1):
        path = built / "audio" / entry["file"]
        mp3 = MP3(path)
        assert (mp3.info.sample_rate, mp3.info.channels) == (44100, 1)
        # Every frame at 128 kbps; mutagen averages the frames' bytes (417 or 418 each, the
        # padding of the pieces joined into the section starting afresh in each).
        data = path.read_bytes()
        assert {frame.bitrate for frame in scan_frames(data, audio_start(data))[0]} == {128}
        assert mp3.info.bitrate_mode == BitrateMode.CBR and round(mp3.info.bitrate, -2) == 128000
        tags = mp3.tags
        assert tags.version[:2] == (2, 4)
        assert str(tags["TIT2"]) == entry["heading"]
        assert str(tags["TALB"]).startswith("In-Depth Analysis")
        assert str(tags["TPE1"]) == "Elijah"
        assert str(tags["TRCK"]) == f"{number}/7"
        assert str(tags["TLAN"]) == "eng"
        assert str(tags["TDRC"]) == "2023-12-29"
        assert str(tags["TCON"]) == "Speech"
        samples, rate = soundfile.read(path)
        assert rate == 44100 and samples.ndim == 1
        assert abs(len(samples) / rate - entry["duration"]) < 0.1


def test_playlist_lists_sections_with_durations(built):
    lines = (built / "audio" / "clonazepam.m3u8").read_text().splitlines()
    assert lines[0] == "#EXTM3U"
    entries = [line for line in lines if line.endswith(".mp3")]
    infos = [line for line in lines if line.startswith("#EXTINF:")]
    assert len(entries) == len(infos) == 7
    assert infos[3].endswith(",Elijah - Tolerance, dependence and withdrawal")
    for entry, info in zip(entries, infos):
        listed = int(info.split(":")[1].split(",")[0])
        length = soundfile.info(str(built / "audio" / entry)).duration
        assert abs(listed - length) <= 0.5, (entry, listed, length)


def test_speech_never_contains_markup_and_starts_with_the_heading(built):
    transcript = (built / "audio" / "03-tolerance-dependence-and-withdrawal.txt").read_text()
    assert transcript.startswith("Tolerance, dependence and withdrawal\n\nHowever,")
    assert "withdrawal symptoms such as rebound anxiety" in transcript
    assert not re.search(r"[#*|`<>\[\]]", transcript)
