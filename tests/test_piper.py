"""Real Piper, on a short section: the default voice loads offline and speaks at a human pace,
at the speed asked for, passes the audio check, and a user's own voice works by path."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
import soundfile
from mutagen.id3 import ID3

from handout.audio.master import integrated_loudness
from handout.build import build
from handout.read.document import load_documents
from handout.errors import HandoutError
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

    # The heading, then the body's three sentences, each an utterance of its own.
    assert len(section["clips"]) == 4
    body_start, body_end = section["clips"][1][0], section["clips"][-1][1]
    words_per_minute = len(TEXT.split()) / ((body_end - body_start) / 60)
    assert 120 <= words_per_minute <= 200, words_per_minute

    samples, rate = soundfile.read(settings.out / "dose" / "audio" / section["file"])
    assert rate == 44100
    assert abs(integrated_loudness(samples, rate) - (-18)) <= 1
    manifest_on_disk = json.loads((settings.out / "dose" / "manifest.json").read_text())
    assert manifest_on_disk["audio"]["sections"][1]["duration"] == section["duration"]


def one_section(text: str, front: str = "") -> str:
    return f"---\ntitle: Your dose\nlang: en\n{front}---\n\n## Taking it\n\n{text}\n"


@pytest.fixture(scope="module")
def own_voice(tmp_path_factory) -> Path:
    """The default voice's files copied under another name, as a user's own voice would be."""
    from handout.audio.engines import installed_voices

    voice = installed_voices()["en_US-joe-medium"]
    folder = tmp_path_factory.mktemp("voices")
    shutil.copy(voice.model, folder / "my-voice.onnx")
    shutil.copy(voice.config, folder / "my-voice.onnx.json")
    return folder / "my-voice.onnx"


@pytest.mark.slow
def test_real_piper_audio_passes_the_audio_check(settings):
    from handout.check.audio import check_audio
    from handout.outputs import Layout

    write_handouts(settings.source, {"dose.md": one_section(TEXT)})
    piper = dataclasses.replace(settings, engine="piper")
    [manifest] = build(piper, editions=("audio",))
    [document] = load_documents(piper)
    assert check_audio(document, Layout(piper.out, "dose"), manifest["audio"], piper) == []


@pytest.mark.slow
def test_a_section_of_short_lines_far_apart_passes_the_audio_check(settings):
    """A meeting's minutes (sweep Z) end with three short lines to fill in, far apart:
    joined, they measured -19.6 LUFS, their peaks left room for 0.6 dB of the 1.6 wanted,
    and `invoke check` failed the handout it had just built at -19.0. The section is
    levelled again as a whole."""
    from handout.check.audio import check_audio
    from handout.outputs import Layout

    write_handouts(settings.source, {"next.md": one_section(
        "Date: __________________\n\nTime: __________________\n\n"
        "Location: __________________").replace("Taking it", "Next Meeting")})
    piper = dataclasses.replace(settings, engine="piper")
    [manifest] = build(piper, editions=("audio",))
    [document] = load_documents(piper)
    assert [u.text for u in document.sections[1].script] == [
        "Next Meeting", "Date: blank", "Time: blank", "Location: blank"]
    assert check_audio(document, Layout(piper.out, "next"), manifest["audio"], piper) == []


@pytest.mark.slow
def test_speed_changes_the_pace_of_real_piper(settings):
    paces = {}
    for speed in (1.0, 1.5):
        out = settings.out / f"speed-{speed}"
        write_handouts(settings.source, {"dose.md": one_section(TEXT)})
        [manifest] = build(dataclasses.replace(settings, engine="piper", speed=speed, out=out),
                           editions=("audio",))
        clips = manifest["audio"]["sections"][1]["clips"]
        paces[speed] = clips[-1][1] - clips[1][0]
    # Measured 0.77: Piper's length scale shortens the phonemes, not quite in proportion,
    # and the pauses between sentences keep their length.
    assert 1 / 1.5 - 0.05 <= paces[1.5] / paces[1.0] <= 0.85


@pytest.mark.slow
def test_a_local_voice_by_path_from_the_front_matter(settings, own_voice):
    write_handouts(settings.source, {"dose.md": one_section("Take it with water.",
                                                            f"voice: {own_voice}\n")})
    [manifest] = build(dataclasses.replace(settings, engine="piper"), editions=("audio",))
    assert manifest["audio"]["voice"] == str(own_voice)
    assert "voice my-voice " in manifest["audio"]["identity"]
    tags = ID3(settings.out / "dose" / "audio" / manifest["audio"]["sections"][1]["file"])
    assert "my-voice" in str(tags.getall("COMM")[0])


def test_a_changed_voice_model_is_refused(tmp_path, monkeypatch):
    from handout.audio.engines import piper as engines

    original = engines.installed_voices()["en_US-joe-medium"]
    altered = tmp_path / "joe.onnx"
    data = bytearray(original.model.read_bytes())
    data[-1] ^= 0xFF
    altered.write_bytes(bytes(data))
    monkeypatch.setattr(engines, "installed_voices", lambda: {
        original.name: dataclasses.replace(original, model=altered)})
    with pytest.raises(HandoutError) as caught:
        engines.PiperEngine("en_US-joe-medium")
    assert str(caught.value).startswith(f"voice model {altered} is damaged or altered (md5 ")
    assert str(caught.value).endswith(f"expected {original.md5}): reinstall it with pip")
