"""Incremental builds: the audio cache and the manifest reuse exactly what is unchanged.

Each test builds a small handout with the fake engine, changes one input that shapes the
audio (words, voice, speed, mastering, bit rate, tags), and checks which sections were
narrated again (the fake engine records every utterance it speaks) and which published
files were rewritten. Damaged cache entries must be made again and never published, and a
parallel build must give the same bytes as a serial one. No test measures speed.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4

from handout.audio.cache import SectionCache, utterance_key
from handout.build import build
from handout.audio.engines import FakeEngine
from handout.errors import HandoutError
from tests.conftest import PROJECT, write_handouts

HANDOUT = """
    ---
    title: Taking your tablets
    author: Clinic pharmacy
    date: 2024-05-01
    ---

    A short guide.

    ## Morning

    Take one tablet with water after breakfast.

    ## Evening

    Take one tablet before bed. Do not drive afterwards.

    ## Questions

    Ask your pharmacist.
    """

AUDIO = ("audio",)


def audio_folder(settings) -> Path:
    return settings.out / "tablets" / "audio"


def snapshot(settings) -> dict[str, tuple[bytes, int]]:
    """Every published MP3's and the M4B's bytes and modification time, by name."""
    folder = audio_folder(settings)
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted([*folder.glob("*.mp3"), *folder.glob("*.m4b")])}


def rebuild(settings, text: str = HANDOUT, **changes) -> tuple[FakeEngine, dict, dict]:
    """Build once, then build again with `text` and `changes`; return what changed."""
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    before = snapshot(settings)
    write_handouts(settings.source, {"tablets.md": text})
    engine = FakeEngine(**{k: changes.pop(k) for k in ("voice",) if k in changes})
    build(dataclasses.replace(settings, **changes), AUDIO, engine=engine)
    return engine, before, snapshot(settings)


def rewritten(before: dict, after: dict) -> set[str]:
    return {name for name in after if before.get(name) != after[name]}


SECTIONS = {"00-tablets.mp3", "01-morning.mp3", "02-evening.mp3",
            "03-questions.mp3"}
COMPLETE = "tablets.mp3"
AUDIOBOOK = "tablets.m4b"


def test_first_build_narrates_every_utterance(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    assert "Take one tablet with water after breakfast." in engine.spoken
    assert {p.name for p in audio_folder(settings).glob("*.mp3")} == SECTIONS | {COMPLETE}
    assert (audio_folder(settings) / AUDIOBOOK).is_file()


def test_unchanged_rebuild_narrates_nothing_and_writes_nothing(settings):
    manifest = settings.out / "tablets" / "manifest.json"
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    first = json.loads(manifest.read_text())
    engine, before, after = rebuild(settings)
    assert engine.spoken == []
    assert rewritten(before, after) == set()
    assert json.loads(manifest.read_text())["audio"] == first["audio"]


def test_editing_one_sentence_narrates_and_masters_only_that_sentence(settings, monkeypatch):
    import handout.audio.master

    mastered = []
    master_utterance = handout.audio.master.master_utterance
    monkeypatch.setattr(handout.audio.master, "master_utterance",
                        lambda samples, *rest: mastered.append(len(samples))
                        or master_utterance(samples, *rest))
    edited = HANDOUT.replace("Do not drive afterwards.", "Do not drive or cycle afterwards.")
    engine, before, after = rebuild(settings, edited)
    assert len(mastered) == 12  # the first build's eleven, and the edited sentence
    assert mastered[-1] == len(FakeEngine().synthesize("Do not drive or cycle afterwards.")
                               .samples)  # the fake speaks no silence to trim
    assert engine.spoken == ["Do not drive or cycle afterwards."]
    assert rewritten(before, after) == {"02-evening.mp3", COMPLETE, AUDIOBOOK}


def test_editing_one_sentence_encodes_only_the_piece_it_is_in(settings, monkeypatch):
    """A section is encoded in pieces cut at its pauses (`encode.cut_at_pauses`): an
    edit encodes again only the piece that holds the edited sentence, in both codecs."""
    import handout.audio.audiobook
    import handout.audio.encode

    encoded = []

    def counted(name: str, real):
        return lambda samples, *rest: encoded.append((name, len(samples))) or real(samples,
                                                                                  *rest)

    for module, name in ((handout.audio.encode, "encode_mp3"),
                         (handout.audio.audiobook, "encode_aac")):
        monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    paragraphs = HANDOUT.replace("Do not drive afterwards.", "Do not drive afterwards.\n\n"
                                 "    Keep the tablets in their box.\n\n    Ask us if unsure.")
    write_handouts(settings.source, {"tablets.md": paragraphs})
    build(settings, AUDIO, engine=FakeEngine())
    evening = round(MP3(audio_folder(settings) / "02-evening.mp3").info.length * 44100)
    before = snapshot(settings)
    encoded.clear()
    write_handouts(settings.source, {"tablets.md": paragraphs.replace(
        "in their box.", "in their box, out of sight.")})
    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    after = snapshot(settings)
    assert engine.spoken == ["Keep the tablets in their box, out of sight."]
    assert sorted(name for name, _ in encoded) == ["encode_aac", "encode_mp3"]
    assert encoded[0][1] == encoded[1][1] < evening / 3
    assert rewritten(before, after) == {"02-evening.mp3", COMPLETE, AUDIOBOOK}


def test_a_long_section_is_made_holding_one_copy_of_its_audio(settings, monkeypatch):
    """A Word document without headings is one section, hours long: making it held its
    mastered utterances, the section joined from them and its pieces, each a copy (3.1
    times the section's samples; a 274-minute section took 10.5 GB). Now the utterances are
    read as they are laid in and the pieces are views of the section, so making it
    allocates the section (44,100 samples a second, 4 bytes each) and its MP3 and AAC
    (1.3 times the section's samples here)."""
    import tracemalloc

    import handout.audio.build

    make_section = handout.audio.build.make_section
    peaks = []

    def measured(*args):
        tracemalloc.start()
        try:
            make_section(*args)
        finally:
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()

    monkeypatch.setattr(handout.audio.build, "make_section", measured)
    sentences = " ".join(f"Sentence {n} says what the clinic does for you." for n in range(60))
    write_handouts(settings.source, {"notice.md": f"# Notice\n\n{sentences}\n"})
    build(settings, AUDIO, engine=FakeEngine())
    [section] = (settings.out / "notice" / "audio").glob("00-*.mp3")
    seconds = MP3(section).info.length
    assert seconds > 230  # 600 words of the fake engine's 0.4 s
    assert len(peaks) == 1
    assert peaks[0] < 1.5 * seconds * 44100 * 4


@pytest.mark.parametrize("how", ["truncate", "flip"])
def test_the_cover_is_drawn_once_and_drawn_again_only_when_damaged(settings, monkeypatch, how):
    """An edit tags its files with the cover the cache keeps (drawing it took 0.1 s of every
    edit); a damaged one is drawn again, and never published."""
    import handout.cover

    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    cover = ID3(audio_folder(settings) / "02-evening.mp3").getall("APIC")[0].data
    [kept] = (settings.out / ".cache" / "covers").glob("*.png")
    assert kept.read_bytes() == cover and cover.startswith(b"\x89PNG")

    drawn = []
    draw = handout.cover.render_cover.__wrapped__
    monkeypatch.setattr(handout.cover, "render_cover", lambda *a: drawn.append(a) or draw(*a))
    write_handouts(settings.source, {"tablets.md": HANDOUT.replace("bed.", "bed tonight.")})
    build(settings, AUDIO, engine=FakeEngine())
    assert drawn == []
    assert ID3(audio_folder(settings) / "02-evening.mp3").getall("APIC")[0].data == cover

    damage(kept, how)
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    assert drawn == [("Taking your tablets",)]
    assert ID3(audio_folder(settings) / "02-evening.mp3").getall("APIC")[0].data == cover
    assert kept.read_bytes() == cover


def test_the_build_log_says_how_many_utterances_were_narrated(settings, caplog):
    import logging

    write_handouts(settings.source, {"tablets.md": HANDOUT})
    with caplog.at_level(logging.INFO, "handout.progress"):
        build(settings, AUDIO, engine=FakeEngine())
        write_handouts(settings.source, {"tablets.md": HANDOUT.replace(
            "Ask your pharmacist.", "Ask your nurse.")})
        build(settings, AUDIO, engine=FakeEngine())
    said = [r.getMessage() for r in caplog.records
            if r.name == "handout.progress" and "utterances" in r.getMessage()]
    assert said == ["tablets: narrating 11 of 11 utterances",
                    "tablets: narrating 1 of 11 utterances"]


def test_a_new_voice_narrates_every_section(settings):
    engine, before, after = rebuild(settings, voice="another-voice")
    assert "Take one tablet with water after breakfast." in engine.spoken
    assert "Ask your pharmacist." in engine.spoken
    assert rewritten(before, after) == SECTIONS | {COMPLETE, AUDIOBOOK}


def test_a_new_speed_narrates_every_utterance_again(settings):
    engine, before, after = rebuild(settings, speed=1.2)
    assert len(engine.spoken) == 11 and {"Morning", "Evening", "Questions"} <= set(engine.spoken)
    assert rewritten(before, after) == SECTIONS | {COMPLETE, AUDIOBOOK}


@pytest.mark.parametrize("change", [{"sentence_pause": 0.5}, {"paragraph_pause": 1.2},
                                    {"loudness": -20.0}, {"true_peak": -4.0},
                                    {"head_silence": 1.0}, {"tail_silence": 3.0}])
def test_pauses_and_mastering_change_the_files_without_narrating(settings, change):
    engine, before, after = rebuild(settings, **change)
    assert engine.spoken == []
    # Only the evening has two sentences in one paragraph; every section has paragraphs.
    changed = {"02-evening.mp3", COMPLETE, AUDIOBOOK} if "sentence_pause" in change \
        else SECTIONS | {COMPLETE, AUDIOBOOK}
    assert rewritten(before, after) == changed


def test_a_new_bit_rate_encodes_again_without_narrating(settings):
    engine, before, after = rebuild(settings, bitrate=64)
    assert engine.spoken == []
    # The M4B is AAC at its own rate, made from the same mastered audio: it stays.
    assert rewritten(before, after) == SECTIONS | {COMPLETE}
    assert round(MP3(audio_folder(settings) / "01-morning.mp3").info.bitrate / 1000) == 64


def test_a_new_title_rewrites_tags_without_narrating(settings):
    retitled = HANDOUT.replace("title: Taking your tablets", "title: Your tablets")
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    write_handouts(settings.source, {"tablets.md": retitled})
    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    # The title section speaks the title, so only the title is narrated again.
    assert engine.spoken == ["Your tablets"]
    morning = settings.out / "tablets" / "audio" / "01-morning.mp3"
    assert str(ID3(morning)["TALB"]) == "Your tablets"
    assert MP4(audio_folder(settings) / AUDIOBOOK)["©alb"] == ["Your tablets"]


def section_key(settings, name: str) -> str:
    """The cache key of the mastered audio a published section was made from."""
    manifest = json.loads((settings.out / "tablets" / "manifest.json").read_text())
    return next(s["audio_key"] for s in manifest["audio"]["sections"] if s["file"] == name)


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        data = data[: len(data) // 2]
    else:
        data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncate", "flip"])
def test_a_damaged_cached_utterance_is_narrated_again_not_published(settings, how):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    original = (audio_folder(settings) / "02-evening.mp3").read_bytes()
    cache = settings.out / ".cache"
    utterances = sorted((cache / "utterances").glob("*.flac"))
    assert len(utterances) == 11
    engine = FakeEngine()
    said = {utterance_key(text, engine.identity(), 1.0): text for text in
            ("Evening", "Take one tablet before bed.", "Do not drive afterwards.")}
    damage(cache / "utterances" / f"{next(k for k, t in said.items() if 'bed' in t)}.flac", how)
    for path in (cache / "sections").glob(f"{section_key(settings, '02-evening.mp3')}*"):
        path.unlink()
    (audio_folder(settings) / "02-evening.mp3").unlink()

    build(settings, AUDIO, engine=engine)
    assert engine.spoken == ["Take one tablet before bed."]
    assert (audio_folder(settings) / "02-evening.mp3").read_bytes() == original


@pytest.mark.parametrize("how", ["truncate", "flip"])
def test_a_damaged_mastered_section_is_mastered_again_without_narrating(settings, how):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    original = (audio_folder(settings) / "02-evening.mp3").read_bytes()
    key = section_key(settings, "02-evening.mp3")
    damage(settings.out / ".cache" / "sections" / f"{key}.section", how)
    for mp3 in (settings.out / ".cache" / "sections").glob(f"{key}-*.mp3*"):
        mp3.unlink()
    (audio_folder(settings) / "02-evening.mp3").unlink()

    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    assert engine.spoken == []
    assert (audio_folder(settings) / "02-evening.mp3").read_bytes() == original
    facts = SectionCache(settings.out / ".cache").facts(key)
    assert facts is not None and len(facts["clips"]) == 3  # the heading and two sentences


def test_a_section_is_joined_and_encoded_as_the_cache_holds_it(tmp_path):
    """`as_cached` gives the samples `MasteredCache.load` gives after `store`, which are
    what libsndfile's own 16-bit FLAC round trip gives, so utterances mastered by earlier
    builds read the same and a section joined from them is the same; and the section cache
    keeps what the joined section is (its length and clips)."""
    import io

    import numpy as np
    import soundfile

    from handout.audio.cache import MasteredCache, as_cached
    from handout.audio.master import Trimmed

    rng = np.random.default_rng(7)
    samples = np.concatenate([rng.uniform(-0.7, 0.7, 200_000),
                              np.sin(np.arange(44_100) / 7.0) * 0.6]).astype(np.float32)
    cache = MasteredCache(tmp_path)
    cache.store("k", Trimmed(samples, 0.25, 0.5, -4.5))
    loaded, expected = cache.load("k"), as_cached(samples)
    assert np.array_equal(loaded.samples, expected)
    assert (loaded.lead, loaded.trail, loaded.peak) == (0.25, 0.5, -4.5)
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, 44100, format="FLAC", subtype="PCM_16")
    buffer.seek(0)
    assert np.array_equal(soundfile.read(buffer, dtype="float32")[0], expected)
    assert 0 < np.abs(expected - samples).max() <= 0.5 / 32768
    assert np.array_equal(as_cached(expected), expected)  # once is enough

    sections = SectionCache(tmp_path)
    sections.store_section("s", 220_500, ((0.0, 1.5), (2.0, 5.5)))
    assert sections.facts("s") == {"samples": 220_500, "clips": [[0.0, 1.5], [2.0, 5.5]]}
    assert sections.has_section("s") and not sections.has_section("t")


def test_damaged_cached_mp3_is_encoded_again(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    original = (audio_folder(settings) / "01-morning.mp3").read_bytes()
    key = section_key(settings, "01-morning.mp3")
    [cached] = (settings.out / ".cache" / "sections").glob(f"{key}-{settings.bitrate}-*.mp3")
    cached.write_bytes(cached.read_bytes()[:-100])
    (audio_folder(settings) / "01-morning.mp3").unlink()

    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    assert engine.spoken == []
    assert (audio_folder(settings) / "01-morning.mp3").read_bytes() == original


def test_an_entry_another_thread_is_writing_is_missing_not_damaged(tmp_path, caplog):
    """A handout with two identical paragraphs makes two pieces with the same samples, which
    the build encodes side by side: one thread found the other's MP3 written but not yet its
    sidecar, and warned "cached piece-... is damaged", on a fresh build. A file with no
    sidecar is missing; a file that does not match its sidecar is damaged."""
    import logging

    from handout.outputs import Store

    store = Store(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "piece.mp3").write_bytes(b"frames")  # the sidecar is yet to come
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        assert store.read("piece.mp3") is None
        assert caplog.records == []
        store.write("piece.mp3", b"frames", samples=1152)
        assert store.read("piece.mp3") == (b"frames", {"sha256": store.sidecar("piece.mp3")[
            "sha256"], "samples": 1152})
        (tmp_path / "piece.mp3").write_bytes(b"frame")
        assert store.read("piece.mp3") is None
    assert [r.getMessage() for r in caplog.records] == [
        "cached piece.mp3 is damaged: making it again"]


def test_a_damaged_published_mp3_is_replaced(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    mp3 = audio_folder(settings) / "01-morning.mp3"
    original = mp3.read_bytes()
    mp3.write_bytes(original[:-1] + bytes([original[-1] ^ 0xFF]))
    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    assert engine.spoken == []
    assert mp3.read_bytes() == original


def test_a_lost_audiobook_is_made_again_alone_without_narrating(settings):
    """An M4B deleted, or new to a folder built before there were M4Bs, is encoded again
    from the mastered sections: nothing is narrated, no MP3 is touched."""
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings, AUDIO, engine=FakeEngine())
    before = snapshot(settings)
    (audio_folder(settings) / AUDIOBOOK).unlink()
    engine = FakeEngine()
    build(settings, AUDIO, engine=engine)
    after = snapshot(settings)
    assert engine.spoken == []
    assert rewritten(before, after) == {AUDIOBOOK}
    assert after[AUDIOBOOK][0] == before[AUDIOBOOK][0]


def test_parallel_build_gives_the_same_bytes_as_serial(settings):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    serial = dataclasses.replace(settings, out=settings.out / "serial", jobs=1)
    parallel = dataclasses.replace(settings, out=settings.out / "parallel", jobs=2)
    build(serial, AUDIO)
    build(parallel, AUDIO)
    assert snapshot(serial).keys() == snapshot(parallel).keys() == SECTIONS | {COMPLETE,
                                                                            AUDIOBOOK}
    for name, (data, _) in snapshot(serial).items():
        assert snapshot(parallel)[name][0] == data, name


def test_jobs_0_means_one_worker_per_core(settings, monkeypatch):
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    assert dataclasses.replace(settings, jobs=0).worker_count == 3
    assert dataclasses.replace(settings, jobs=2).worker_count == 2
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    serial = dataclasses.replace(settings, out=settings.out / "serial", jobs=1)
    per_core = dataclasses.replace(settings, out=settings.out / "per-core", jobs=0)
    build(serial, AUDIO)
    build(per_core, AUDIO)
    assert {k: v[0] for k, v in snapshot(per_core).items()} == \
        {k: v[0] for k, v in snapshot(serial).items()}


NO_OP = """
import sys
from pathlib import Path
from handout.build import build
from handout.config import Settings
settings = Settings(source=Path(sys.argv[1]), out=Path(sys.argv[2]),
                    templates=Path(sys.argv[3]), engine="fake", jobs=1, quiet=True)
build(settings, ("pdf", "audio"))
heavy = ("weasyprint", "onnxruntime", "piper", "gtts", "soundfile", "lameenc", "av", "soxr",
         "pyloudnorm", "scipy", "PIL", "pypdf", "pdfplumber", "numpy", "markdown", "pymdownx",
         "yaml", "mammoth", "urllib.request")
print(" ".join(sorted(m for m in heavy if m in sys.modules)))
"""


def test_no_op_build_loads_no_parser_engine_renderer_or_audio_library(settings, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    for template in (PROJECT / "templates").iterdir():
        (templates / template.name).write_bytes(template.read_bytes())
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(dataclasses.replace(settings, templates=templates), ("pdf", "audio"))
    pdf = settings.out / "tablets" / "tablets.pdf"
    stamp = pdf.stat().st_mtime_ns

    def no_op() -> str:
        run = subprocess.run([sys.executable, "-c", NO_OP, str(settings.source),
                              str(settings.out), str(templates)],
                             capture_output=True, text=True, check=True, cwd=tmp_path)
        return run.stdout.strip()

    assert no_op() == ""
    assert pdf.stat().st_mtime_ns == stamp
    # A change to the print stylesheet is an input of the PDF: it is laid out again, in a
    # process of its own, so WeasyPrint is never loaded into the build's.
    stylesheet = templates / "print.css.j2"
    stylesheet.write_text(stylesheet.read_text() + "\n/* changed */\n")
    assert "weasyprint" not in no_op()
    assert pdf.stat().st_mtime_ns != stamp
    # The control: an edited sentence is narrated, mastered and encoded in this process.
    handout = settings.source / "tablets.md"
    handout.write_text(handout.read_text().replace("with water", "with a glass of water"))
    assert {"markdown", "yaml", "lameenc", "av", "numpy", "soundfile"} <= set(no_op().split())


PIPER_KEY = """
import sys
from pathlib import Path
from handout.audio.voice import Voice
from handout.audio.engines import check_piper_language
check_piper_language("en_US-joe-medium", "en-US")
print(Voice("piper", "en_US-joe-medium", "en-US", 1.0, Path(sys.argv[1])).identity())
heavy = ("onnxruntime", "onnx", "piper", "gtts", "soundfile", "soxr", "numpy")
print(" ".join(sorted(m for m in heavy if m in sys.modules)))
"""


def test_the_piper_voice_is_identified_without_loading_numpy_or_the_voice(tmp_path):
    """What a no-op build with the default engine does to key the audio: it must stay light."""
    run = subprocess.run([sys.executable, "-c", PIPER_KEY, str(tmp_path)],
                         capture_output=True, text=True, check=True, cwd=tmp_path)
    identity, loaded = (run.stdout.split("\n") + [""])[:2]
    assert identity.startswith("piper-tts ") and "voice en_US-joe-medium 74fd6a4d" in identity
    assert loaded == ""


def test_a_no_op_build_leaves_every_edition_untouched(settings):
    """The web page, DAISY book and feed are skipped like every other output: not one file
    of the handout's folder is written again."""
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings)

    def written() -> dict[str, int]:
        return {str(p.relative_to(settings.out)): p.stat().st_mtime_ns
                for p in settings.out.rglob("*") if p.is_file() and ".cache" not in p.parts
                and p.name not in ("manifest.json", ".lock")}

    before = written()
    assert {"tablets/web/index.html", "tablets/daisy/ncc.html", "feed.xml"} <= set(before)
    build(settings)
    assert written() == before
    # and a change to the text is published again in every edition
    write_handouts(settings.source, {"tablets.md": HANDOUT.replace("Ask your pharmacist.",
                                                                   "Ask your nurse.")})
    build(settings)
    after = written()
    assert after["tablets/web/index.html"] != before["tablets/web/index.html"]
    assert after["tablets/daisy/ncc.html"] != before["tablets/daisy/ncc.html"]
    assert "Ask your nurse." in (settings.out / "tablets" / "web" / "index.html").read_text()


def test_an_upgrade_of_the_tool_makes_every_edition_again(settings, monkeypatch):
    """The web page, DAISY book and EPUB were keyed by the document and the version number
    only: after an upgrade that mended them (the validators helper's DAISY and EPUB
    fixes), a folder built before kept its old editions until the version was raised. Like
    the PDF, they are keyed by the tool's own files."""
    from handout import outputs

    write_handouts(settings.source, {"tablets.md": HANDOUT})
    build(settings)
    made = {name: (settings.out / "tablets" / name).stat().st_mtime_ns
            for name in ("web/index.html", "daisy/ncc.html", "tablets.epub")}
    code = outputs.own_files()
    outputs.code_identity.cache_clear()
    monkeypatch.setattr(outputs, "own_files", lambda: code + [["editions/new.py", [1, 2]]])
    build(settings)
    assert all((settings.out / "tablets" / name).stat().st_mtime_ns != stamp
               for name, stamp in made.items())
    outputs.code_identity.cache_clear()


# --- The PDFs' own process ----------------------------------------------------------------


def _fails_at_a_line(source: Path) -> None:
    import logging

    logging.getLogger("handout.diagnostics").warning("%s:4: a picture is missing", source)
    raise HandoutError("the stylesheet does not parse", source, 7)


def test_the_layout_process_hands_back_its_errors_and_its_log(tmp_path, caplog):
    """The PDFs are laid out in a forked process: what it logs is handled in the build's
    (the screen, the warning count, a capture), and an error it raises reaches the build
    with its file and line."""
    import logging
    import os

    from handout.build import NICENESS, Background

    source = tmp_path / "leaflet.md"
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        with pytest.raises(HandoutError) as raised:
            Background(lambda: _fails_at_a_line(source)).result()
    assert [(p.file, p.line, p.message) for p in raised.value.problems] == \
        [(source, 7, "the stylesheet does not parse")]
    assert [r.getMessage() for r in caplog.records] == [f"{source}:4: a picture is missing"]
    assert Background(lambda: {"pages": 5}).result() == {"pages": 5}
    assert Background(os.getpid).result() != os.getpid()
    # It stands back for the voice and the mastering in the build's own process.
    assert Background(lambda: os.nice(0)).result() == min(19, os.nice(0) + NICENESS)
    with pytest.raises(RuntimeError, match="exit code 3"):
        Background(lambda: os._exit(3)).result()


def test_the_layout_process_never_frees_what_the_build_left_behind():
    """An earlier build in the same process (a test run, a server) can leave an
    onnxruntime session for the garbage collector. Freed in the forked child, it would wait
    forever for its threads, which were not forked; the child leaves it alone."""
    import gc
    import threading
    import time

    from handout.audio.engines.piper import PiperEngine
    from handout.build import Background

    class Left:
        pass

    collecting = gc.isenabled()
    gc.disable()
    try:
        left = Left()
        left.cycle, left.engine = left, PiperEngine("en_US-joe-medium", threads=2)
        left.engine.synthesize("A sentence said on two threads.")
        del left
        time.sleep(2)  # the session's threads go to sleep on its condition variable
        layout = Background(lambda: gc.collect() >= 0)
        waiting = threading.Thread(target=layout.wait, daemon=True)
        waiting.start()
        waiting.join(30)
        if waiting.is_alive():
            layout._process.kill()
        assert not waiting.is_alive() and layout.result() is True
    finally:
        gc.collect()
        if collecting:
            gc.enable()
