"""Check stage, audio: a good build passes, and each rule fails on a file that breaks it.

Each test builds the audio fixture with the fake engine, damages one thing the way a real
mistake would (a quiet or hot file, a VBR encode, a lost tag, a shifted chapter, a gap in
the track numbers), and expects exactly that rule to be reported, one line per failure.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from mutagen.id3 import ID3, TRCK
from mutagen.mp3 import MP3

from handout.audio.encode import decode_mp3, encode_mp3
from handout.audio.master import RATE
from handout.build import build
from handout.read.document import load_documents
from handout.check.project import check_project
from handout.check.audio import check_audio
from handout.check.speech import check_speech
from handout.config import Settings
from handout.audio.engines import FakeEngine
from handout.findings import INFO, WARNING
from handout.outputs import Layout
from tests.conftest import FIXTURES, PROJECT, write_handouts


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("checked")
    shutil.copytree(FIXTURES / "audio", root / "source")
    build(settings_for(root), editions=("audio",), engine=FakeEngine())
    return root


def settings_for(root: Path, **changes) -> Settings:
    return Settings(source=root / "source", out=root / "build", templates=PROJECT / "templates",
                    engine="fake", jobs=1, quiet=True, **changes)


@pytest.fixture
def project(pristine, tmp_path) -> Path:
    """A private copy of the built fixture, safe to damage."""
    shutil.copytree(pristine, tmp_path / "p")
    return tmp_path / "p"


def audio_findings(root: Path, **changes):
    settings = settings_for(root, **changes)
    document = load_documents(settings)[0]
    layout = Layout(settings.out, document.slug)
    import json
    manifest = json.loads(layout.manifest.read_text("utf-8"))
    return check_audio(document, layout, manifest["audio"], settings)


def rules(findings) -> list[str]:
    return sorted({f.rule for f in findings})


def audio_dir(root: Path) -> Path:
    return root / "build" / "everything" / "audio"


def reencode(path: Path, change) -> None:
    """Replace the MP3's audio with `change(samples)`, keeping its tags."""
    tags = ID3(path)
    samples, _ = decode_mp3(path)
    path.write_bytes(encode_mp3(change(samples), 128))
    tags.save(path, v2_version=4)


def test_a_good_build_passes(pristine):
    assert audio_findings(pristine) == []


def test_the_whole_check_passes_on_the_fixture(pristine):
    findings = check_project(settings_for(pristine))
    assert [f for f in findings if f.severity not in (INFO,)] == []


def test_quiet_file_fails_loudness(project):
    reencode(audio_dir(project) / "01-your-dose.mp3", lambda s: s * 0.5)
    findings = audio_findings(project)
    assert rules(findings) == ["audio-loudness"]
    assert findings[0].where.endswith("01-your-dose.mp3")
    assert "-24" in findings[0].message and "expected -18 ±1 LUFS" in findings[0].message


def test_hot_file_fails_true_peak_and_loudness(project):
    reencode(audio_dir(project) / "02-questions.mp3", lambda s: s * 2.5)
    assert rules(audio_findings(project)) == ["audio-loudness", "audio-peak"]


def test_short_head_and_long_tail_fail_silence(project):
    reencode(audio_dir(project) / "02-questions.mp3",
             lambda s: np.concatenate([s[int(0.6 * RATE):], np.zeros(4 * RATE, np.float32)]))
    findings = audio_findings(project)
    messages = [f.message for f in findings if f.rule == "audio-silence"]
    assert any("at the start" in m for m in messages)
    assert any("at the end" in m for m in messages)


def bare_mp3(samples: np.ndarray, bitrate: int) -> bytes:
    """`samples` as the MP3 frames lameenc writes, with no Info frame before them (the
    build writes its own, `encode.info_frame`)."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(RATE)
    encoder.set_channels(1)
    return bytes(encoder.encode((samples * 32767).astype("<i2").tobytes()) + encoder.flush())


def test_other_bit_rate_and_missing_info_header_fail(project):
    path = audio_dir(project) / "02-questions.mp3"
    tags = ID3(path)
    samples, _ = decode_mp3(path)
    path.write_bytes(bare_mp3(samples, 64))
    tags.save(path, v2_version=4)
    messages = [f.message for f in audio_findings(project) if f.rule == "audio-bitrate"]
    assert any("64 kbps" in m and "128 kbps" in m for m in messages)
    assert any("Info" in m for m in messages)


def test_lost_and_wrong_tags_fail(project):
    path = audio_dir(project) / "01-your-dose.mp3"
    tags = ID3(path)
    tags.delall("APIC")
    tags.delall("TPE1")
    tags.delall("COMM")
    tags["TRCK"] = TRCK(encoding=3, text="3/3")
    tags.save(path, v2_version=4)
    messages = [f.message for f in audio_findings(project)]
    assert "no readable cover art (APIC)" in messages
    assert "no comment naming the engine and voice" in messages
    assert "TPE1 is None, expected 'Test Clinic'" in messages
    assert "TRCK is '3/3', expected '2/3'" in messages


def test_id3v23_fails(project):
    path = audio_dir(project) / "00-everything.mp3"
    ID3(path).save(path, v2_version=3)
    assert [f.message for f in audio_findings(project)] == ["no ID3v2.4 tag: run 'invoke audio'"]


def test_shifted_chapter_fails(project):
    from mutagen.id3 import CHAP

    path = audio_dir(project) / "everything.mp3"
    tags = ID3(path)
    chapter = tags["CHAP:ch02"]
    tags.delall("CHAP:ch02")
    tags.add(CHAP(element_id="ch02", start_time=chapter.start_time + 120,
                  end_time=chapter.end_time, sub_frames=chapter.sub_frames))
    tags.save(path, v2_version=4)
    findings = audio_findings(project)
    assert rules(findings) == ["audio-chapters"]
    assert "chapter 3 starts at" in findings[0].message


def test_a_gap_in_the_tracks_and_a_stray_file_fail(project):
    folder = audio_dir(project)
    (folder / "01-your-dose.mp3").rename(folder / "05-old-section.mp3")
    findings = audio_findings(project)
    assert "missing: run 'invoke audio'" in [f.message for f in findings]
    assert any(f.rule == "audio-tracks" and f.where.endswith("05-old-section.mp3")
               for f in findings)


def test_an_edited_playlist_fails(project):
    playlist = audio_dir(project) / "everything.m3u8"
    playlist.write_text(playlist.read_text("utf-8").replace("#EXTINF:", "#EXTINF:9"), "utf-8")
    assert rules(audio_findings(project)) == ["playlist"]


def test_audio_made_from_an_earlier_handout_is_one_finding_saying_what_to_do(project):
    """The title changed and only the PDF built again: the check listed ten problems (each
    MP3's and the audiobook's title tags, their chapters, a transcript), one of which said
    to run 'invoke audio'. A section's transcript that is not what the section now says
    is one finding, saying so."""
    source = project / "source" / "everything.md"
    source.write_text(source.read_text("utf-8").replace("title: ", "title: New "), "utf-8")
    assert [(Path(f.where).name, f.rule, f.message) for f in audio_findings(project)] == [
        ("audio", "audio", "made from an earlier version of the handout or of this tool (what "
         "00-everything.txt says has changed since): run 'invoke audio', or 'invoke build'")]


def test_settings_set_what_is_expected(pristine):
    """Built at 128 kbps and -18 LUFS, checked against 192 kbps and -23 LUFS: each of the
    four MP3s (three sections and the complete file) fails both, and nothing else."""
    findings = audio_findings(pristine, bitrate=192, loudness=-23.0)
    files = sorted(p.name for p in audio_dir(pristine).glob("*.mp3"))
    assert len(files) == 4
    by_rule = {rule: sorted(Path(f.where).name for f in findings if f.rule == rule)
               for rule in rules(findings)}
    assert by_rule == {"audio-bitrate": files, "audio-loudness": files}
    for finding in findings:
        if finding.rule == "audio-bitrate":
            assert finding.message == "frames at 128 kbps; expected constant 192 kbps"
        else:
            loudness = float(finding.message.split()[2])
            assert abs(loudness + 18) <= 0.2 and finding.message.endswith(
                "LUFS; expected -23 ±1 LUFS")
    assert audio_findings(pristine) == []  # and as built, nothing fails


# --- The audiobook ------------------------------------------------------------------------


def rewrite_m4b(path: Path, change=lambda samples: samples, shift: int = 0,
                title: str | None = None, **tag_changes) -> None:
    """Write the M4B again through the build's own writer, with its audio changed by
    `change`, the third chapter moved by `shift` samples or retitled, or its tags changed."""
    import dataclasses
    import datetime as dt

    from mutagen.mp4 import MP4

    from handout.audio.audiobook import encode_aac, read_m4b, write_m4b
    from handout.audio.tags import Tags

    book, atoms = read_m4b(path), MP4(path).tags
    chapters = [(name, round(start * RATE), round(end * RATE))
                for name, start, end in book.chapters]
    name, start, end = chapters[2]
    chapters[2] = (title or name, start + shift, end)
    tags = Tags(title=atoms["©nam"][0], album=atoms["©alb"][0], artist=atoms["©ART"][0],
                track=1, tracks=1, lang=book.language, date=dt.date.fromisoformat(
                    atoms["©day"][0]), comment=atoms["©cmt"][0], cover=bytes(atoms["covr"][0]))
    write_m4b(path, [encode_aac(change(book.samples))], chapters,
              dataclasses.replace(tags, **tag_changes))


def test_the_rewritten_audiobook_still_passes(project):
    """The control for the tests below: writing the M4B again unchanged breaks nothing."""
    rewrite_m4b(audio_dir(project) / "everything.m4b")
    assert audio_findings(project) == []


def test_a_missing_audiobook_fails(project):
    (audio_dir(project) / "everything.m4b").unlink()
    findings = audio_findings(project)
    assert [(f.rule, f.message) for f in findings] == [("audiobook",
                                                        "missing: run 'invoke audio'")]
    assert findings[0].where.endswith("everything.m4b")


def test_an_unreadable_audiobook_fails(project):
    path = audio_dir(project) / "everything.m4b"
    path.write_bytes(path.read_bytes()[:500])
    findings = audio_findings(project)
    assert rules(findings) == ["audiobook"]
    assert findings[0].message.startswith("not a readable M4B")


def test_an_audiobook_branded_as_music_fails(project):
    path = audio_dir(project) / "everything.m4b"
    data = bytearray(path.read_bytes())
    data[8:12] = b"M4A "
    path.write_bytes(bytes(data))
    findings = audio_findings(project)
    assert rules(findings) == ["audiobook-format"]
    assert "M4A" in findings[0].message


def test_a_short_audiobook_fails_duration(project):
    rewrite_m4b(audio_dir(project) / "everything.m4b", lambda s: s[:-RATE // 2])
    findings = audio_findings(project)
    assert rules(findings) == ["audiobook-duration"]
    assert "add up to" in findings[0].message


def test_a_quiet_audiobook_fails_loudness(project):
    rewrite_m4b(audio_dir(project) / "everything.m4b", lambda s: s * 0.9)
    findings = audio_findings(project)
    assert rules(findings) == ["audiobook-loudness"]
    assert "the complete MP3 is -1" in findings[0].message


def test_a_hot_audiobook_fails_true_peak_and_loudness(project):
    # The fake voice peaks near -10 dBTP once mastered: 12 dB more is over the ceiling.
    rewrite_m4b(audio_dir(project) / "everything.m4b", lambda s: s * 4)
    assert rules(audio_findings(project)) == ["audiobook-loudness", "audiobook-peak"]


def test_a_shifted_or_misnamed_audiobook_chapter_fails(project):
    path = audio_dir(project) / "everything.m4b"
    rewrite_m4b(path, shift=RATE // 10)
    messages = [f.message for f in audio_findings(project)]
    assert len(messages) == 2  # in both chapter lists
    assert all("chapter 3 starts at" in m for m in messages)
    assert any("chapter track" in m for m in messages)
    assert any("Nero chapter list" in m for m in messages)
    rewrite_m4b(path, shift=-RATE // 10, title="Answers")
    findings = audio_findings(project)
    assert rules(findings) == ["audiobook-chapters"] and len(findings) == 2
    assert all("'Answers'" in f.message for f in findings)


def test_lost_and_wrong_audiobook_tags_fail(project):
    from mutagen.mp4 import MP4

    path = audio_dir(project) / "everything.m4b"
    rewrite_m4b(path, artist=None, comment="Made here", lang="fr")
    atoms = MP4(path)
    del atoms["stik"]
    del atoms["covr"]
    atoms["©gen"] = ["Music"]
    atoms.save()
    findings = audio_findings(project)
    assert rules(findings) == ["audiobook-tags"]
    assert sorted(f.message for f in findings) == sorted([
        "©ART is None, expected 'Test Clinic'",
        "©gen is 'Music', expected 'Speech'",
        "not marked as an audiobook (the stik atom is not 2)",
        "no comment naming the engine and voice",
        "no readable cover art (covr)",
        "the audio track's language is 'fra', expected 'eng'"])


# --- Words the voice may need help with ---------------------------------------------------


def test_speech_lint_lists_acronyms_and_words_with_digits(tmp_path):
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        title: Vitamins
        pronunciations:
          Vitamin: vyta-min
          Zzyzx: zy-zix
        ---

        ## Dose

        Take B12 with 2mg of NHS approved tablets, from 9:00 AM, on the 3rd day, 9am to 1pm.
        Over 50K under-5s and under 2s took it.
        """})
    settings = settings_for(tmp_path, pronunciations={"Ferritin": "ferry-tin",
                                                      "Vitamins": "vyta-mins"})
    findings = check_speech(load_documents(settings), settings)
    hints = {f.message.split("'")[1] for f in findings
             if f.severity == INFO and f.where != "pyproject.toml"}
    # not '2mg' (said as units), 'AM', '3rd' or '9am', nor '50K', 'under-5s' or 'under 2s',
    # which the voice is given in words
    assert hints == {"B12", "NHS"}
    assert all(f.where.endswith("a.md:10") for f in findings
               if f.severity == INFO and f.where != "pyproject.toml")
    unused = [f.message.split("'")[1] for f in findings
              if f.severity == INFO and f.where == "pyproject.toml"]
    assert unused == ["Ferritin"]
    warnings = sorted(f.message.split("'")[1] for f in findings if f.severity == WARNING)
    # 'Vitamins' (the title) matched; 'Vitamin' is a whole word the handout never says.
    assert warnings == ["Vitamin", "Zzyzx"]
    assert all(f.where == str(tmp_path / "source" / "a.md") for f in findings
               if f.severity == WARNING)


def test_words_in_a_line_of_capitals_are_no_acronyms(tmp_path):
    """A VA job announcement saved as Word, many of its lines in capitals, had 209 words
    listed as maybe said wrongly ("YOUR", "ARE", "NOT"), each at ":1" of the .docx, which has
    no lines: a line of three words or more in capitals is words (the lint names it,
    `capitals`), and a Word document's words are named by the file alone."""
    from tests.test_word import paragraph, write_docx

    write_handouts(tmp_path / "source", {"a.md": """\
        # Jobs

        APPLICATIONS SUBMITTED UNDER THIS ANNOUNCEMENT WILL NOT BE CONSIDERED.

        Ask the NHS.
        """})
    write_docx(tmp_path / "source" / "b.docx", paragraph("Jobs", "Title")
               + paragraph("YOUR APPLICATION MUST ARRIVE BY FRIDAY. Ask the VA."))
    settings = settings_for(tmp_path)
    findings = [f for f in check_speech(load_documents(settings), settings)
                if f.rule == "pronunciation" and f.where != "pyproject.toml"]
    assert sorted((f.where.rsplit("/", 1)[-1], f.message.split("'")[1]) for f in findings) \
        == [("a.md:5", "NHS"), ("b.docx", "VA")]


def test_the_sample_has_no_speech_warnings():
    from handout.config import load_settings

    settings = load_settings(PROJECT).replace(source=PROJECT / "source")
    findings = check_speech(load_documents(settings), settings)
    assert [f for f in findings if f.severity != INFO] == []


def test_a_long_file_is_measured_in_flat_memory(tmp_path):
    """`invoke check` decodes each MP3 ten seconds at a time: ten times the audio must not
    take ten times the memory (a 20,000-word handout is over two hours of speech)."""
    import tracemalloc

    from handout.check.audio import measure_mp3

    t = np.arange(RATE * 30) / RATE
    half_minute = (0.1 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    peaks = {}
    for minutes in (1, 10):
        path = tmp_path / f"{minutes}.mp3"
        path.write_bytes(encode_mp3(np.tile(half_minute, 2 * minutes), 128))
        tracemalloc.start()
        measure = measure_mp3(path)
        peaks[minutes] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert measure.samples == RATE * 60 * minutes
        decoded, _ = decode_mp3(path.read_bytes())
        reference = pyloudnorm.Meter(RATE).integrated_loudness(decoded.astype(np.float64))
        assert measure.loudness() == pytest.approx(reference, abs=0.001)
        del decoded
    # Decoded whole, ten minutes of float32 take 106 MB; measured in blocks, a few MB.
    assert peaks[10] < 1.5 * peaks[1] and peaks[10] < 30e6, peaks


def test_an_mp3_without_its_info_frame_is_measured_as_it_decodes(tmp_path):
    """Without an Info frame, libsndfile guesses an MP3's length from its size, tags
    counted in: the check must measure what decodes, not the guess (reading whole blocks of
    the guessed length once measured memory that was never written, one run in five)."""
    import soundfile
    from mutagen.id3 import APIC

    from handout.check.audio import measure_mp3

    t = np.arange(RATE * 3) / RATE
    tone = (0.1 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    path = tmp_path / "bare.mp3"
    path.write_bytes(bare_mp3(tone, 128))
    tags = ID3()
    cover = np.random.default_rng(0).integers(0, 256, 200_000, dtype=np.uint8).tobytes()
    tags.add(APIC(encoding=3, mime="image/png", type=3, desc="cover", data=cover))
    tags.save(path, v2_version=4)
    decoded, _ = decode_mp3(path)
    assert soundfile.info(str(path)).frames > len(decoded) + 10 * RATE  # the guess
    measure = measure_mp3(path)
    assert measure.samples == len(decoded)
    reference = pyloudnorm.Meter(RATE).integrated_loudness(decoded.astype(np.float64))
    assert measure.loudness() == pytest.approx(reference, abs=0.001)


def test_words_to_check_in_a_utf16_handout_name_their_line(tmp_path):
    """A leaflet Notepad saved as "Unicode" builds; `invoke check` then stopped with a
    traceback (UnicodeDecodeError) while finding the line of "NHS"."""
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "a.md").write_bytes(b"\xff\xfe" + (
        "---\r\ntitle: Caf\u00e9\r\n---\r\n\r\n## Dose\r\n\r\nAsk the NHS.\r\n").encode("utf-16-le"))
    settings = settings_for(tmp_path)
    findings = check_speech(load_documents(settings), settings)
    assert [(f.where, f.message.split("'")[1]) for f in findings
            if f.where != "pyproject.toml"] == [(str(tmp_path / "source" / "a.md") + ":7", "NHS")]


def test_ordinary_words_in_capitals_are_not_noted(tmp_path):
    """A heat-stroke guide (sweep BB) had some 35 words noted, 'TRUE', 'EMERGENCY', 'IS',
    'DO', 'HEAT', burying its acronyms: a word the lint reads as a word, or one the handout
    also writes in lower case, is said as the word. Acronyms are still noted."""
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        title: Heat
        lang: en
        ---

        ## Signs

        A TRUE EMERGENCY: call now. It IS the heat. DO cool them. Heat stroke needs HEAT
        care; wear PPE and start CPR, and watch for DIC and ARDS.
        """})
    settings = settings_for(tmp_path)
    findings = check_speech(load_documents(settings), settings)
    assert [f.message.split("'")[1] for f in findings
            if f.where != "pyproject.toml"] == ["PPE", "CPR", "DIC", "ARDS"]


def test_a_word_within_a_longer_one_names_its_own_line(tmp_path):
    """A Vietnamese university's guide asks students to pay with the reference
    "**MSSV_Hovaten**" (student number, name): "MSSV", said apart, was named at the top of
    its section, not at its own line."""
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        title: Forms
        lang: en
        ---

        ## Forms

        Ask the NHS.

        Pay with the reference **MSSV_Hovaten** at the desk.
        """})
    settings = settings_for(tmp_path)
    findings = check_speech(load_documents(settings), settings)
    assert [(f.where.rsplit(":", 1)[1], f.message.split("'")[1]) for f in findings
            if f.where != "pyproject.toml"] == [("8", "NHS"), ("10", "MSSV")]


def test_words_to_check_are_named_whole_with_their_point_or_ampersand(tmp_path):
    """A Wi-Fi troubleshooting guide (sweep AN, sst-wifi) compares "5GHz vs 2.4GHz" and names
    "AT&T": the voice was given both as written, and the check noted '4GHz' and 'AT', which
    are not in the text, so the author could not find them. They are named whole, a
    standard's "802.11ac" too; "2.4GHz" is now said in words ("gigahertz"), and not noted."""
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        title: Wi-Fi
        lang: en
        ---

        ## Signal

        **5GHz vs 2.4GHz**: use 802.11ac or 2.4GHz for range.

        Call AT&T.
        """})
    settings = settings_for(tmp_path)
    findings = check_speech(load_documents(settings), settings)
    assert [(f.where.rsplit(":", 1)[1], f.message.split("'")[1]) for f in findings
            if f.where != "pyproject.toml"] == [("10", "AT&T"), ("8", "802.11ac")]


def test_a_number_joined_to_words_by_a_hyphen_is_not_noted(tmp_path):
    """A hearing clinic's FAQ (sweep BK, hearing-aid-fitting-faq line 29) offers "the initial
    90-minute fitting appointment", which `invoke check` noted as a word the voice may say
    wrongly: a number joined to words in lower case, "5-day", "10-year-old", is said well.
    One joined to capitals, "5-HTP", is still noted."""
    write_handouts(tmp_path / "source", {"a.md": """
        ---
        title: Fitting
        lang: en
        ---

        ## Your visit

        The initial 90-minute fitting, a 5-day trial, a 2-hour wait for a 10-year-old.

        Stop 5-HTP first.
        """})
    settings = settings_for(tmp_path)
    findings = check_speech(load_documents(settings), settings)
    assert [(f.where.rsplit(":", 1)[1], f.message.split("'")[1]) for f in findings
            if f.where != "pyproject.toml"] == [("10", "HTP"), ("10", "5-HTP")]


def test_a_heading_longer_than_a_nero_title_is_cut_between_characters(tmp_path):
    """A whole paragraph styled as a heading: FFmpeg cut its Nero chapter title at byte 255,
    where `invoke check` expected the whole heading, and mutagen cannot read a list cut
    inside a character. The writer cuts it first, and the check expects that title."""
    from mutagen.mp4 import MP4

    from handout.audio.audiobook import read_m4b

    heading = "1 " + "Изменения ситуации можно ожидать " * 6  # 374 bytes
    assert len(heading.encode()[:255].decode(errors="ignore").encode()) == 254  # a letter cut
    write_handouts(tmp_path / "source", {"news.md": f"""
        ---
        lang: ru
        ---
        # Новости

        Текст новости.

        ## {heading.strip()}

        Текст раздела.
        """})
    build(settings_for(tmp_path), editions=("audio",), engine=FakeEngine())
    assert audio_findings(tmp_path) == []
    path = tmp_path / "build" / "news" / "audio" / "news.m4b"
    title = "1 " + "Изменения ситуации можно ожидать " * 4 + "И…"
    assert len(title.encode()) == 255
    assert [c.title for c in MP4(path).chapters] == ["Новости", title]
    assert [t for t, _, _ in read_m4b(path).chapters] == ["Новости", title]


def test_a_section_the_voice_cannot_read_is_expected_silent_and_named_once(tmp_path):
    """A section all in Chinese in an English handout is printed but not said, and its MP3
    is silence: the check failed it on loudness (-inf LUFS) and on the silence at its start,
    and the complete MP3 on the silence at its end. It is one warning naming the section;
    and a title the voice cannot read opens the complete MP3 with silence, as expected."""
    hours = ("We are open from nine in the morning to five in the evening on weekdays. The "
             "clinic is closed on public holidays, and the nurse sees patients on Saturdays.")
    chinese_section = "\n# 开放时间\n\n我们周一至周五开放。\n"
    for name, title, chinese in (("notice", "Clinic notice", chinese_section),
                                 ("titled", "诊所通知", "")):
        root = tmp_path / name
        write_handouts(root / "source", {f"{name}.md": f"---\ntitle: {title}\nlang: en\n---\n\n"
                                                       f"# Opening hours\n\n{hours}\n{chinese}"})
        build(settings_for(root), editions=("audio",), engine=FakeEngine())
        unsaid = "开放时间" if chinese else title
        file = "02-开放时间.mp3" if chinese else f"00-{name}.mp3"
        assert [(f.where, f.rule, f.severity, f.message) for f in audio_findings(root)] == [
            (str(root / "build" / name / "audio" / file), "audio-unsaid", WARNING,
             f"the section '{unsaid}' says nothing, as the voice cannot read its letters: its "
             "MP3 is 3.3 s of silence; to have it narrated, write it in the handout's "
             "language, or put it in a handout of its own in its language")]
    silent = tmp_path / "notice" / "build" / "notice" / "audio" / "02-开放时间.mp3"
    reencode(silent, lambda s: 0.1 * np.sin(np.arange(len(s)) * 2 * np.pi * 440 / RATE,
                                            dtype=np.float32))
    assert [(f.rule, f.message.split(",")[1]) for f in audio_findings(tmp_path / "notice")
            if f.rule == "audio-loudness"] == [("audio-loudness", " where the section says "
                                                "nothing: run 'invoke audio'")]


def test_a_section_of_a_word_or_two_is_at_the_target_and_passes(tmp_path):
    """A handout whose title section is its one-word title (Quarto's "Tables", with no
    introduction) and a heading over nothing (docx4j's Russian guide's "Установка"): each
    file measured -19.4 and -20.4 LUFS, its word mostly in the 400 ms blocks that straddle
    its ends, and the build could not lift it under the true-peak ceiling, so the check
    failed the tool's own files. A file of less than 3 s of sound is measured, and
    mastered, by its sound alone, which is what a listener hears. A Hebrew title of one
    word, "תמיכה", measured alone, was 2.5 LU over the target, and the section's gain, which
    may move by 1 dB, left it at -16.5 LUFS, which the check failed."""
    from handout.check.audio import measure_mp3

    for lang, title, heading, text, names in [
            ("ru", "Tables", "Установка", "Скачайте файл и откройте его, затем следуйте "
             "указаниям на экране.", ["00-tables.mp3", "01-установка.mp3", "02-шаг-один.mp3"]),
            ("he", "תמיכה", "איך לקבל עזרה", "אנא חפשו את הבעיות הקיימות לפני שאתם מדווחים על "
             "בעיות חדשות.", ["00-tables.mp3", "01-איך-לקבל-עזרה.mp3"])]:
        root = tmp_path / lang
        second = "\n\n## Шаг один" if lang == "ru" else ""
        write_handouts(root / "source", {"tables.md": (
            f"---\ntitle: {title}\nlang: {lang}\n---\n\n## {heading}{second}\n\n{text}\n")})
        settings = settings_for(root).replace(engine="espeak")
        build(settings, editions=("audio",))
        files = sorted((root / "build" / "tables" / "audio").glob("*.mp3"))
        assert [path.name for path in files] == [*names, "tables.mp3"]
        for path in files[:-1]:  # the sections; the complete file is checked below
            measured = measure_mp3(path)
            assert abs(measured.loudness() - -18.0) <= 0.3, path.name
            assert measured.true_peak_db() <= -3.0, path.name
        short = measure_mp3(files[1] if lang == "ru" else files[0])
        head, tail = short.silence_at_ends()
        assert short.samples / RATE - head - tail < 1.0  # a word
        document = load_documents(settings)[0]
        layout = Layout(settings.out, document.slug)
        manifest = json.loads(layout.manifest.read_text("utf-8"))
        assert check_audio(document, layout, manifest["audio"], settings) == []


def test_a_handout_named_like_its_first_section_keeps_both_recordings(tmp_path):
    """A Carpentries lesson's "01-regular-expressions.md", whose section 1 is "Regular
    expressions": the section's MP3 and the whole handout's had one name, and the whole
    handout overwrote the section (the playlist's track 2 played all of it), and the check's
    nine findings named no cause. Each keeps its own file (the whole handout's is no stale
    section's to clear away, whose name it looks like), and the check passes."""
    root = tmp_path
    write_handouts(root / "source", {"01-intro.md": """\
        ---
        title: Introduction to the library
        ---

        Welcome.

        ## Intro

        The library opens at nine.

        ## Borrowing books

        Bring your card.
        """})
    settings = settings_for(root)
    build(settings, editions=("audio",), engine=FakeEngine())
    build(settings, editions=("audio",), engine=FakeEngine())  # a rebuild keeps it too
    audio = root / "build" / "01-intro" / "audio"
    assert sorted(path.name for path in audio.glob("*.mp3")) == [
        "00-01-intro.mp3", "01-intro-section.mp3", "01-intro.mp3", "02-borrowing-books.mp3"]
    sections = [MP3(audio / name).info.length for name in
                ("00-01-intro.mp3", "01-intro-section.mp3", "02-borrowing-books.mp3")]
    assert MP3(audio / "01-intro.mp3").info.length == pytest.approx(sum(sections), abs=0.2)
    assert audio_findings(root) == []


def test_a_section_too_long_to_find_ones_way_in_is_named(tmp_path, monkeypatch):
    """An NHS team's review of its R scripts, a Word file of 5,454 words with no headings,
    was one MP3 of 37 minutes, in which a listener could skip nowhere, and the check passed
    it. A section longer than `LONG_SECTION_MINUTES` is a warning naming it; the rule is
    tried here with a limit of six seconds, the fake engine's tones being short."""
    import handout.check.audio as checked

    monkeypatch.setattr(checked, "LONG_SECTION_MINUTES", 0.1)
    sentence = "The script reads the data and writes the tables. "
    write_handouts(tmp_path / "source", {"review.md": "---\ntitle: Review\nlang: en\n---\n\n"
                                                      f"# Setup\n\nShort.\n\n# Checks\n\n"
                                                      f"{sentence * 12}\n"})
    build(settings_for(tmp_path), editions=("audio",), engine=FakeEngine())
    long = [(Path(f.where).name, f.severity, f.message) for f in audio_findings(tmp_path)
            if f.rule == "long-section"]
    assert len(long) == 1 and long[0][:2] == ("02-checks.mp3", WARNING)
    assert long[0][2].startswith("the section 'Checks' is ") and long[0][2].endswith(
        "minutes long, and a listener can skip only from one section to the next: give its "
        "parts headings of their own (in Markdown '## Its title', in Word a Heading style), "
        "each a few minutes long")
