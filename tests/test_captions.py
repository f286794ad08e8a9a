"""WebVTT captions beside each section MP3: one cue per sentence (heading, table row,
picture) at the times the narration recorded, with the words as a reader reads them.
(Chromium's own WebVTT parser reads them in test_browser.py.)"""

from __future__ import annotations

import re
import shutil

from conftest import FIXTURES, write_handouts
from handout.audio.captions import timestamp, webvtt
from handout.build import build
from handout.read.document import load_documents
from handout.read.script import Utterance

CUE = re.compile(r"(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})\n(.+)")


def cues(text: str) -> list[tuple[float, float, str]]:
    """(start, end, text) of every cue of a WebVTT file with one line of text per cue."""
    assert text.startswith("WEBVTT\n\n")
    blocks = text.removeprefix("WEBVTT\n\n").rstrip("\n").split("\n\n")
    found = []
    for block in blocks:
        match = CUE.fullmatch(block)
        assert match, block
        h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(g) for g in match.groups()[:8])
        found.append((h1 * 3600 + m1 * 60 + s1 + ms1 / 1000,
                      h2 * 3600 + m2 * 60 + s2 + ms2 / 1000, match.group(9)))
    return found


def test_one_cue_per_utterance_at_its_recorded_times(settings):
    shutil.copytree(FIXTURES / "audio", settings.source)
    [manifest] = build(settings, editions=("audio",))
    [document] = load_documents(settings)
    audio = settings.out / document.slug / "audio"
    for section, entry in zip(document.sections, manifest["audio"]["sections"]):
        assert entry["captions"] == entry["file"].replace(".mp3", ".vtt")
        found = cues((audio / entry["captions"]).read_text("utf-8"))
        assert [text for _, _, text in found] == [u.text for u in section.script]
        assert [[start, end] for start, end, _ in found] == entry["clips"]
        assert all(end <= entry["duration"] for _, end, _ in found)
    spoken = (audio / manifest["audio"]["sections"][1]["captions"]).read_text("utf-8")
    # The reader's words: units spelt out as said, never the lexicon's respelling.
    assert "Lorazepam" in spoken and "lor-azzapam" not in spoken
    assert "2 milligrams" in spoken


def test_cue_text_is_escaped_and_times_are_to_the_millisecond():
    script = [Utterance("If x < 5 & y > 2 --> stop.", 0.5), Utterance("Next.", 0.5)]
    text = webvtt(script, [[0.75, 3.5004], [3.75, 3661.25]])
    assert text == ("WEBVTT\n\n00:00:00.750 --> 00:00:03.500\n"
                    "If x &lt; 5 &amp; y &gt; 2 --&gt; stop.\n\n"
                    "00:00:03.750 --> 01:01:01.250\nNext.\n")
    assert timestamp(59.9996) == "00:01:00.000"


def test_captions_of_a_removed_section_are_deleted(settings):
    text = "---\ntitle: Two parts\n---\n\nIntro.\n\n## One\n\nFirst.\n\n## Two\n\nSecond.\n"
    write_handouts(settings.source, {"parts.md": text})
    build(settings, editions=("audio",))
    audio = settings.out / "parts" / "audio"
    assert sorted(p.name for p in audio.glob("*.vtt")) == [
        "00-parts.vtt", "01-one.vtt", "02-two.vtt"]
    write_handouts(settings.source, {"parts.md": text.split("## Two")[0]})
    build(settings, editions=("audio",))
    assert sorted(p.name for p in audio.glob("*.vtt")) == ["00-parts.vtt", "01-one.vtt"]
