"""Real Piper, on a short section: the default voice loads offline and speaks at a human pace."""

from __future__ import annotations

import dataclasses
import json

import pytest
import soundfile

from handout.audio import integrated_loudness
from handout.build import build
from tests.conftest import write_handouts

TEXT = ("Take one tablet each evening with a glass of water. Do not stop taking this "
        "medicine suddenly, because that can cause withdrawal symptoms. Ask your doctor "
        "or pharmacist before you change the dose.")


@pytest.mark.slow
def test_piper_speaks_a_section_at_a_plausible_pace(settings):
    write_handouts(settings.source, {"dose.md": f"""\
        ---
        title: Your dose
        lang: en
        ---

        ## Taking it

        {TEXT}
        """})
    [manifest] = build(dataclasses.replace(settings, engine="piper"), editions=("audio",))
    assert manifest["audio"]["engine"] == "piper"
    assert "en_US-joe-medium" in manifest["audio"]["identity"]
    section = manifest["audio"]["sections"][1]
    spoken = (settings.out / "dose" / "audio" / section["transcript"]).read_text()
    assert spoken == f"Taking it\n\n{TEXT}\n"

    body_start, body_end = section["clips"][-1]
    words_per_minute = len(TEXT.split()) / ((body_end - body_start) / 60)
    assert 120 <= words_per_minute <= 200, words_per_minute

    samples, rate = soundfile.read(settings.out / "dose" / "audio" / section["file"])
    assert rate == 44100
    assert abs(integrated_loudness(samples, rate) - (-18)) <= 1
    manifest_on_disk = json.loads((settings.out / "dose" / "manifest.json").read_text())
    assert manifest_on_disk["audio"]["sections"][1]["duration"] == section["duration"]
