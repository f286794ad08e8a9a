"""Audio stage: mastering, encoding and tagging, measured on real decoded MP3s.

Every number here comes from analysing audio: pyloudnorm for loudness, a 4x oversampled
peak for true peak, the MPEG frame headers for the bit rate, and mutagen for the tags.
"""

from __future__ import annotations

import io
import itertools
import shutil
from pathlib import Path
from typing import Sequence

import numpy as np
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from handout.audio.encode import (FRAMES_IN_COMMON, PIECE_END, PIECE_PAUSE, PIECE_START,
                                  cut_at_pauses, decode_mp3, encode_mp3, framed_length,
                                  join_mp3, moved_clips, scan_frames)
from handout.audio.master import (RATE, Loudness, SectionAudio, assemble_section,
                                  integrated_loudness, master, silence, silence_at_ends,
                                  true_peak_db)
from handout.build import build
from handout.config import Settings
from handout.audio.engines import FakeEngine, Waveform
from handout.read.document import load_documents
from handout.read.script import Utterance, transcript_of
from tests.conftest import FIXTURES, PROJECT


def peaky_speech(seconds: float = 8.0, rate: int = 22050) -> np.ndarray:
    """Speech-like test signal with the crest factor of a neural voice (about 21 dB):
    a syllable-modulated voiced tone with short loud clicks, full scale at its peaks."""
    t = np.arange(int(seconds * rate)) / rate
    voiced = (0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2) * (
        np.sin(2 * np.pi * 140 * t) + 0.5 * np.sin(2 * np.pi * 280 * t))
    voiced *= np.sin(2 * np.pi * 0.5 * t) > -0.3  # pauses between phrases
    signal = 0.08 * voiced
    for start in np.arange(0.3, seconds - 0.1, 0.7):
        index = int(start * rate)
        signal[index:index + 40] += np.hanning(40) * 0.9
    return (signal / np.max(np.abs(signal))).astype(np.float32)


def test_the_test_signal_needs_limiting():
    settings = Settings()
    raw = peaky_speech()
    gain = 10 ** ((settings.loudness - integrated_loudness(raw, 22050)) / 20)
    assert true_peak_db(raw * gain, 22050) > settings.true_peak + 6


def test_the_limiter_gain_from_the_peak_envelope_is_the_least_gain_each_window_needs():
    """`limit` takes the largest magnitudes first (`peak_envelope`), once for every gain
    the loudness solve tries; the gain must be, to the bit, the least of the gains each
    sample needs over the attack and release windows, as a limiter defines it."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    from handout.audio.master import ATTACK, RELEASE, limit, peak_envelope

    audio = np.resize(peaky_speech(), 3 * RATE)
    ceiling = 10 ** (-4.0 / 20)
    for gain in (np.float32(1.0), np.float32(3.7), np.float32(11.3)):
        loud = np.multiply(audio, gain, dtype=np.float32)
        needed = np.minimum(ceiling / np.maximum(np.abs(loud), 1e-9), 1.0).astype(np.float32)
        width = int(ATTACK * RATE)
        least = minimum_filter1d(minimum_filter1d(needed, 2 * width + 1), int(RELEASE * RATE))
        expected = uniform_filter1d(least, width) * loud
        assert np.array_equal(limit(loud, ceiling), expected)
        assert np.array_equal(limit(loud, ceiling, np.multiply(peak_envelope(audio), gain)),
                              expected)
        if gain > 1:
            assert np.max(np.abs(expected)) <= ceiling * 1.0001 < np.max(np.abs(loud))


def test_the_limiter_works_only_in_stretches_around_the_peaks_over_its_ceiling():
    """`limit` leaves the gain at 1 away from peaks over the ceiling: the stretches it
    works in reach as far as its smoothing on both sides, stop at the ends of the audio,
    and are joined where they meet (the test above proves the gain the same to the bit)."""
    from handout.audio.master import _stretches

    mask = np.zeros(100, dtype=bool)
    mask[[0, 1, 50, 60, 99]] = True
    assert _stretches(mask, reach=5) == [(0, 7), (45, 66), (94, 100)]
    assert _stretches(np.zeros(10, dtype=bool), reach=5) == []
    assert _stretches(np.ones(10, dtype=bool), reach=5) == [(0, 10)]


@pytest.mark.parametrize("rate", [22050, 24000, 44100])
def test_the_loudness_meter_measures_as_pyloudnorm_does_whole_and_in_pieces(rate):
    """Mastering's meter (`Loudness`: pyloudnorm's filters run by FFmpeg, gating blocks
    summed at once) against pyloudnorm's own, on speech with pauses and on a clip
    shorter than one gating block."""
    import pyloudnorm

    speech = peaky_speech(30.0, rate).astype(np.float32)
    reference = pyloudnorm.Meter(rate).integrated_loudness(speech.astype(np.float64))
    assert -40 < reference < -10  # speech, not silence or a clipped square
    assert integrated_loudness(speech, rate) == pytest.approx(reference, abs=0.001)
    meter = Loudness(rate)
    for start in range(0, len(speech), 12_345):
        meter.add(speech[start:start + 12_345])
    assert meter.samples == len(speech)
    assert meter.value() == pytest.approx(reference, abs=0.001)
    clip = speech[rate:rate + rate // 4]  # 250 ms, heard as if repeated
    repeated = np.tile(clip, 2).astype(np.float64)
    assert integrated_loudness(clip, rate) == pytest.approx(
        pyloudnorm.Meter(rate).integrated_loudness(repeated), abs=0.001)


def test_the_loudness_meter_never_falls_into_subnormal_numbers_in_silence():
    """In the silence after speech, the K-weighting filters' output fell away through
    numbers too small for the processor's fast path (subnormals, under 2.2e-308), which
    made measuring a file of short sections and long pauses 30 times slower (`invoke
    check` on 256 sections: 50 s, now 20 s). The meter's guard keeps them out, and the
    loudness is pyloudnorm's still."""
    import pyloudnorm

    speech = np.concatenate([peaky_speech(1.0, RATE), np.zeros(9 * RATE)]).astype(np.float32)
    meter = Loudness(RATE)
    weighted = np.concatenate(list(meter._weighted(speech)))
    assert len(weighted) == len(speech)
    smallest = np.abs(weighted[weighted != 0]).min()
    assert smallest >= np.finfo(np.float64).tiny
    assert np.abs(weighted[-RATE:]).max() < 1e-15  # the silence stays silence
    assert integrated_loudness(speech) == pytest.approx(
        pyloudnorm.Meter(RATE).integrated_loudness(speech.astype(np.float64)), abs=0.001)


def test_a_loudness_meter_starts_no_threads():
    """Mastering makes a meter for each of its several measurements of an utterance:
    FFmpeg's thread pool for each, with one channel to share out, only cost time."""
    def threads() -> int:
        return len(list(Path("/proc/self/task").iterdir()))

    before = threads()
    meters = [Loudness(RATE) for _ in range(3)]
    for meter in meters:
        meter.add(peaky_speech(1.0, RATE).astype(np.float32))
    assert threads() <= before  # an earlier test's last thread may end meanwhile, not start
    assert all(-40 < meter.value() < -10 for meter in meters)


@pytest.mark.parametrize("rate", [16000, 22050, 24000, 44100, 48000])
def test_the_k_weighting_is_pyloudnorms(rate):
    """The K-weighting mastering designs itself (so as not to import SciPy's signal
    package through pyloudnorm) is pyloudnorm's, coefficient for coefficient."""
    import pyloudnorm

    from handout.audio.master import k_weighting

    designed = [np.concatenate([stage.b, stage.a])
                for stage in pyloudnorm.Meter(rate)._filters.values()]
    assert np.allclose(k_weighting(rate), designed, rtol=1e-12, atol=0)


def test_the_limiters_windows_are_scipys():
    """The limiter's running maximum and moving average (NumPy, so that mastering does
    not import SciPy) give SciPy's `maximum_filter1d` to the bit and its
    `uniform_filter1d` to float32's precision, at the ends too, for windows shorter and
    longer than the audio."""
    from scipy.ndimage import maximum_filter1d, uniform_filter1d

    from handout.audio.master import moving_average, running_max

    generator = np.random.default_rng(7)
    for length in (1, 7, 2_646, 44_100):
        values = np.abs(generator.standard_normal(length)).astype(np.float32)
        for size in (1, 2, 5, 220, 2_646, 2_647, 50_000):
            assert np.array_equal(running_max(values, size), maximum_filter1d(values, size))
            np.testing.assert_allclose(moving_average(values, size),
                                       uniform_filter1d(values, size), rtol=2e-7, atol=1e-7)


def test_mastering_imports_no_scipy():
    """Importing SciPy's signal package took 1.3 s of an edited sentence's processor time:
    mastering and measuring an utterance must not need it."""
    import subprocess
    import sys

    script = """
import sys
import numpy as np
from handout.audio.master import import_libraries, master, published_loudness
from handout.config import Settings
import_libraries()
t = np.arange(22050 * 3) / 22050
audio = (0.3 * np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * t) > 0)).astype(np.float32)
mastered = master(audio, 22050, Settings())
print(round(published_loudness(mastered), 1), sorted(m for m in ("scipy", "pyloudnorm")
                                                      if m in sys.modules))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=PROJECT, check=True)
    assert run.stdout.split() == [f"{Settings().loudness:.1f}", "[]"]


def test_an_utterance_the_ceiling_keeps_quiet_is_levelled_as_loud_as_it_may_be():
    """A short utterance of sparse clicks cannot reach the target under the ceiling: the
    limiter takes back whatever gain is added. Levelled alone, as every utterance is, the
    solve stops where more gain buys no loudness (it once raised the gain without end,
    to infinity, and the cache held garbage)."""
    from handout.audio.master import level

    clicks = np.zeros(int(1.6 * RATE), np.float32)
    for start in np.arange(0.45, 1.2, 0.25):
        index = int(start * RATE)
        clicks[index:index + 40] += np.hanning(40).astype(np.float32)
    with np.errstate(all="raise"):
        result, peak = level(clicks, -18.0, -3.5)
    assert np.isfinite(result).all() and true_peak_db(result) == peak <= -3.5
    assert -40 < integrated_loudness(result) < -18.5


@pytest.mark.parametrize("signal", ["peaky", "tone"])
def test_mastered_mp3_decodes_at_target_loudness_under_the_peak_ceiling(signal):
    settings = Settings()
    if signal == "peaky":
        raw, rate = peaky_speech(), 22050
    else:
        wave = FakeEngine().synthesize("a b c d e f g h i j k l")
        raw, rate = wave.samples, wave.rate
    decoded, decoded_rate = decode_mp3(encode_mp3(master(raw, rate, settings), settings.bitrate))
    assert decoded_rate == RATE
    assert integrated_loudness(decoded) == pytest.approx(-18.0, abs=0.3)
    assert true_peak_db(decoded) <= -3.0
    head, tail = silence_at_ends(decoded, RATE)
    assert head == pytest.approx(settings.head_silence, abs=0.05)
    assert tail == pytest.approx(settings.tail_silence, abs=0.05)


def test_other_loudness_and_silence_settings_are_obeyed():
    settings = Settings(loudness=-20.0, true_peak=-6.0, head_silence=0.5, tail_silence=4.0)
    decoded, _ = decode_mp3(encode_mp3(master(peaky_speech(), 22050, settings), 128))
    assert integrated_loudness(decoded) == pytest.approx(-20.0, abs=0.3)
    assert true_peak_db(decoded) <= -6.0
    head, tail = silence_at_ends(decoded, RATE)
    assert head == pytest.approx(0.5, abs=0.05) and tail == pytest.approx(4.0, abs=0.05)


def test_mp3_is_constant_bit_rate_mono_and_gapless():
    samples = master(peaky_speech(3.0), 22050, Settings())
    data = encode_mp3(samples, 96)
    frames, stop = scan_frames(data)
    assert stop == len(data)
    assert {f.bitrate for f in frames} == {96}
    assert {f.rate for f in frames} == {RATE} and {f.channels for f in frames} == {1}
    assert data[4 + 17:4 + 21] == b"Info"  # LAME marks CBR with an Info header
    info = MP3(io.BytesIO(data)).info
    assert info.bitrate_mode == BitrateMode.CBR and info.bitrate == 96000
    decoded, _ = decode_mp3(data)
    # The LAME tag's delay and padding give back exactly the samples encoded, in place.
    assert len(decoded) == len(samples)
    assert info.length == pytest.approx(len(samples) / RATE, abs=1e-6)
    lags = range(-600, 601)
    n = len(samples) - 1200
    best = max(lags, key=lambda k: float(np.dot(decoded[600 + k:600 + k + n], samples[600:600 + n])))
    assert best == 0


@pytest.mark.parametrize("bitrate", [96, 128, 192])
def test_one_encoding_decodes_at_the_level_it_was_given(bitrate):
    """LAME scales its input by a per-bit-rate factor (0.95 at 128 kbps, 0.97 at 192);
    encode_mp3 divides it out, so the decoded file is the mastered audio, not 0.45 dB under."""
    samples = master(peaky_speech(4.0), 22050, Settings())
    decoded, _ = decode_mp3(encode_mp3(samples, bitrate))
    gain = float(np.dot(decoded, samples) / np.dot(samples, samples))
    assert 20 * np.log10(gain) == pytest.approx(0.0, abs=0.01)
    assert integrated_loudness(decoded) == pytest.approx(integrated_loudness(samples), abs=0.02)
    assert true_peak_db(decoded) == pytest.approx(true_peak_db(samples), abs=0.2)


def framed_sections(settings: Settings) -> list[np.ndarray]:
    """Three mastered sections of different lengths, made up to whole frames as published."""
    from handout.audio.build import framed

    return [framed(master(peaky_speech(seconds), 22050, settings), settings)
            for seconds in (3.0, 5.3, 2.2)]


def test_a_section_is_published_in_whole_frames_of_both_codecs():
    settings = Settings()
    mastered = master(peaky_speech(3.0), 22050, settings)
    published = framed_sections(settings)[0]
    assert len(published) % 1152 == 0 and len(published) % 1024 == 0
    assert 0 <= len(published) - len(mastered) < FRAMES_IN_COMMON
    assert np.array_equal(published[:len(mastered)], mastered)
    assert not published[len(mastered):].any()
    # A tail already at the longest allowed loses a little silence instead of gaining some.
    assert framed_length(FRAMES_IN_COMMON * 10 + 5, tail_room=0) == FRAMES_IN_COMMON * 10
    assert framed_length(FRAMES_IN_COMMON * 10 + 5, tail_room=RATE) == FRAMES_IN_COMMON * 11


def test_joined_sections_play_exactly_as_the_section_files_do():
    """The complete MP3 is joined from the section MP3s, not encoded again: each section's
    audio sits exactly where the files before it end, sample for sample as its own file
    decodes, and the joins (inside the tail silence) are silent, with no gap added."""
    pieces = framed_sections(Settings())
    files = [encode_mp3(piece, 128) for piece in pieces]
    sink = io.BytesIO()
    assert join_mp3(sink, files, 128) == sum(len(p) for p in pieces)
    whole, _ = decode_mp3(sink.getvalue())
    assert len(whole) == sum(len(p) for p in pieces)
    assert MP3(io.BytesIO(sink.getvalue())).info.length == pytest.approx(len(whole) / RATE,
                                                                         abs=1e-6)
    start = 0
    for piece, data in zip(pieces, files):
        alone, _ = decode_mp3(data)
        assert len(alone) == len(piece)
        kept = len(piece) - 1152  # the last frame's place holds the next file's delay
        assert np.array_equal(whole[start:start + kept], alone[:kept])
        assert np.abs(whole[start + kept:start + len(piece)]).max() < 1e-4
        start += len(piece)
    with pytest.raises(ValueError, match="whole frames"):
        join_mp3(io.BytesIO(), [encode_mp3(pieces[0][:-5], 128), files[1]], 128)


def test_joined_aac_plays_exactly_as_each_section_does(tmp_path):
    """The M4B is joined from the sections' AAC the same way, to the sample."""
    from handout.audio.audiobook import encode_aac, read_m4b, write_m4b
    from handout.audio.tags import Tags
    from handout.cover import render_cover

    pieces = framed_sections(Settings())
    tags = Tags("Joined", "Joined", None, 1, 1, "en", None, "test", render_cover("Joined", 200))
    starts = np.cumsum([0] + [len(p) for p in pieces]).tolist()
    chapters = [(f"part {n}", a, b) for n, (a, b) in enumerate(zip(starts, starts[1:]))]
    encoded = [encode_aac(piece) for piece in pieces]
    assert write_m4b(tmp_path / "whole.m4b", encoded, chapters, tags) == starts[-1]
    book = read_m4b(tmp_path / "whole.m4b")
    assert len(book.samples) == starts[-1]
    assert [round(start * RATE) for _, start, _ in book.chapters] == starts[:-1]
    for number, (piece, aac, start) in enumerate(zip(pieces, encoded, starts)):
        write_m4b(tmp_path / f"{number}.m4b", [aac], [("alone", 0, len(piece))], tags)
        alone = read_m4b(tmp_path / f"{number}.m4b").samples
        assert len(alone) == len(piece)
        kept = len(piece) - 1024  # the last frame's place holds the next section's priming
        # The same packets decode the same, but for FFmpeg's noise substitution, whose
        # random state runs on across the join: far below the codec's own error.
        assert np.abs(book.samples[start:start + kept] - alone[:kept]).max() < 1e-3
        assert np.abs(alone - piece).max() < 0.05
        assert np.abs(book.samples[start + kept:start + len(piece)]).max() < 1e-3


PAUSES = (1.0, 0.25, 0.12, 0.8, 0.0)
"""A section's script: a heading, then sentences (one with a pause set short) and
paragraphs."""


def laid_out(seconds: Sequence[float], settings: Settings) -> np.ndarray:
    """Phrases of `seconds` laid out as `join_section` lays out a section, with `PAUSES` of
    digital silence between them (none within them)."""
    pieces = [silence(settings.head_silence, RATE)]
    for length, pause in zip(seconds, PAUSES):
        pieces += [0.5 * peaky_speech(length, RATE) + np.float32(1e-4), silence(pause, RATE)]
    return np.concatenate([*pieces, silence(settings.tail_silence, RATE)])


def test_a_section_is_cut_in_its_pauses_into_pieces_of_whole_frames():
    settings = Settings()
    section = assemble_section([peaky_speech(s) for s in (1.2, 2.0, 1.7, 2.4, 1.1)], PAUSES,
                               22050, settings)
    pieces = cut_at_pauses(section.samples)
    assert len(pieces) == 4  # in the pauses of 1, 0.25 and 0.8 s, not in the one of 0.12 s
    for piece in pieces[:-1]:
        assert len(piece.samples) % FRAMES_IN_COMMON == 0
        assert not piece.samples[-PIECE_END:].any()
    for piece in pieces[1:]:
        assert not piece.samples[:PIECE_START].any()
    published = np.concatenate([piece.samples for piece in pieces])
    joined = section.samples
    assert np.array_equal(published[published != 0], joined[joined != 0])
    clips = moved_clips(section.clips, pieces)
    for (start, end), (moved_start, moved_end) in zip(section.clips, clips):
        sound = joined[round(start * RATE):round(end * RATE)]
        assert np.array_equal(published[round(moved_start * RATE):round(moved_end * RATE)],
                              sound)
    for before, after, pause in zip(itertools.pairwise(section.clips),
                                    itertools.pairwise(clips), PAUSES):
        grown = (after[1][0] - after[0][1]) - (before[1][0] - before[0][1])
        # A pause cut grows by less than a frame of both codecs, and never shrinks.
        assert (grown == 0.0) if pause < PIECE_PAUSE else (0 <= grown < FRAMES_IN_COMMON / RATE)


def test_a_piece_is_the_same_wherever_it_starts():
    """Lengthening the first phrase (an edit) leaves every later piece as it was, sample
    for sample, so its encodings are found in the cache."""
    settings = Settings()
    before = cut_at_pauses(laid_out((2.2, 2.0, 1.7, 2.4, 1.9), settings))
    after = cut_at_pauses(laid_out((2.9, 2.0, 1.7, 2.4, 1.9), settings))
    assert len(before) == len(after) == 4
    assert not np.array_equal(before[0].samples, after[0].samples)
    for old, new in zip(before[1:], after[1:]):
        assert np.array_equal(old.samples, new.samples)
        assert old.start != new.start


def test_pieces_joined_play_as_the_section_they_were_cut_from(tmp_path):
    """A section's MP3 and AAC are joined from its pieces' without a gap: they decode to
    the section's length exactly, close to its samples throughout, and silent at the
    joins."""
    from handout.audio.audiobook import encode_aac, join_aac, read_m4b, write_m4b
    from handout.audio.build import framed
    from handout.audio.tags import Tags
    from handout.cover import render_cover

    settings = Settings()
    pieces = cut_at_pauses(laid_out((2.2, 2.0, 1.7, 2.4, 1.9), settings))
    samples = [piece.samples for piece in pieces[:-1]] + [framed(pieces[-1].samples, settings)]
    published = np.concatenate(samples)
    joins = np.cumsum([len(piece) for piece in samples[:-1]])
    sink = io.BytesIO()
    join_mp3(sink, [encode_mp3(piece, 128) for piece in samples], 128)
    from_mp3, _ = decode_mp3(sink.getvalue())
    aac = join_aac([encode_aac(piece) for piece in samples])
    tags = Tags("Joined", "Joined", None, 1, 1, "en", None, "test", render_cover("Joined", 200))
    write_m4b(tmp_path / "joined.m4b", [aac], [("all", 0, len(published))], tags)
    from_aac = read_m4b(tmp_path / "joined.m4b").samples
    for decoded, error in ((from_mp3, 0.02), (from_aac, 0.05)):
        assert len(decoded) == len(published)
        assert np.abs(decoded - published).max() < error * 5
        assert np.sqrt(np.mean((decoded - published) ** 2)) < error
        for join in joins:
            assert np.abs(decoded[join - PIECE_END:join + PIECE_START]).max() < 1e-3


class StumblingEngine(FakeEngine):
    """A fake whose every utterance has 0.3 s of near-silence before and after it."""

    def synthesize(self, text: str) -> Waveform:
        wave = super().synthesize(text)
        pad = np.full(int(0.3 * self.rate), 1e-5, dtype=np.float32)
        return Waveform(np.concatenate([pad, wave.samples, pad]), self.rate)


def narrate_section(script, engine, settings) -> SectionAudio:
    """A section as the build makes it: each utterance spoken, then joined and mastered."""
    waves = [engine.synthesize(u.spoken) for u in script]
    return assemble_section([w.samples for w in waves], [u.pause for u in script],
                            waves[0].rate, settings)


def test_engine_lead_in_is_trimmed_and_clips_point_at_the_words():
    settings = Settings()
    script = (Utterance("One two three.", 1.0), Utterance("Four five.", 0.5))
    audio = narrate_section(script, StumblingEngine(), settings)
    head, tail = silence_at_ends(audio.samples, RATE)
    assert head == pytest.approx(settings.head_silence, abs=0.02)
    assert tail == pytest.approx(settings.tail_silence, abs=0.02)
    (a0, b0), (a1, b1) = audio.clips
    assert a0 == pytest.approx(settings.head_silence - 0.3, abs=0.02)
    # the second clip starts after the first one's words, its tail pad and the pause
    assert a1 - b0 == pytest.approx(1.0, abs=0.01)
    level = np.abs(audio.samples)
    words_start = int((a1 + 0.3) * RATE)
    assert level[words_start:words_start + RATE // 10].max() > 0.05


# --- The built files --------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("audio")
    shutil.copytree(FIXTURES / "audio", root / "source")
    settings = Settings(source=root / "source", out=root / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True,
                        pronunciations={"NHS": "N H S"})
    build(settings, editions=("audio",), engine=FakeEngine())
    return root / "build" / "everything" / "audio"


def section_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9]-*.mp3"))


def test_every_file_is_tagged_for_a_talking_book_player(built):
    files = section_files(built)
    assert [p.name for p in files] == ["00-everything.mp3", "01-your-dose.mp3",
                                       "02-questions.mp3"]
    for track, path in enumerate(files, start=1):
        tags = ID3(path)
        assert tags.version[:2] == (2, 4)
        assert str(tags["TRCK"]) == f"{track}/3"
        assert str(tags["TALB"]) == "Taking Lorazepam Safely"
        assert str(tags["TPE1"]) == "Test Clinic"
        assert str(tags["TLAN"]) == "eng" and str(tags["TCON"]) == "Speech"
        assert str(tags["TDRC"]) == "2024-03-05"
        comment = str(tags.getall("COMM")[0])
        assert "fake engine" in comment and "fake-voice" in comment
        cover = tags.getall("APIC")[0]
        assert cover.mime == "image/png" and cover.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert [str(ID3(p)["TIT2"]) for p in files] == ["Taking Lorazepam Safely", "Your dose",
                                                    "Questions"]


def ink_lines(pixels: np.ndarray) -> list[np.ndarray]:
    """The lines of dark type on a light card, each cropped to its ink."""
    rows = np.flatnonzero((pixels < 128).any(axis=1))
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if len(rows) else []
    lines = []
    for run in runs:
        band = pixels[run[0]:run[-1] + 1]
        columns = np.flatnonzero((band < 128).any(axis=0))
        lines.append(band[:, columns[0]:columns[-1] + 1])
    return lines


def shows_words(line: np.ndarray, words: str) -> bool:
    """Whether `line` (ink) is `words` set in Atkinson Hyperlegible Bold: same proportions,
    and the same shapes once scaled to the same size."""
    from PIL import Image, ImageDraw, ImageFont

    from handout.fonts import font_files

    font = ImageFont.truetype(str(font_files()["bold"]), 200)
    left, top, right, bottom = font.getbbox(words)
    drawn = Image.new("L", (right - left + 20, bottom - top + 20), 255)
    ImageDraw.Draw(drawn).text((10 - left, 10 - top), words, font=font, fill=0)
    [expected] = ink_lines(np.asarray(drawn))
    height, width = line.shape
    if abs(expected.shape[1] / expected.shape[0] - width / height) > 0.03 * width / height:
        return False
    scaled = np.asarray(Image.fromarray(expected).resize((width, height)), dtype=float)
    found = np.corrcoef(scaled.ravel(), line.astype(float).ravel())[0, 1]
    return found > 0.9


def read_cover(lines: list[np.ndarray], title: str) -> bool:
    """Whether the lines, top to bottom, show the words of `title` in order."""
    words = title.split()
    for line in lines:
        taken = next((n for n in range(len(words), 0, -1)
                      if shows_words(line, " ".join(words[:n]))), 0)
        if not taken:
            return False
        words = words[taken:]
    return not words


def test_cover_is_the_title_in_large_black_type_on_white(built):
    from PIL import Image

    from handout.cover import render_cover

    image = Image.open(io.BytesIO(ID3(built / "everything.mp3").getall("APIC")[0].data))
    pixels = np.asarray(image.convert("L"))
    assert image.size == (1400, 1400)
    assert set(np.unique(pixels)) >= {0, 255}
    lines = ink_lines(pixels)
    assert read_cover(lines, "Taking Lorazepam Safely")
    assert min(line.shape[0] for line in lines) > 1400 / 20  # large print on a thumbnail too
    # Controls: the test tells another title, and a cover with a word missing, apart.
    assert not read_cover(lines, "Taking Diazepam Safely")
    other = np.asarray(Image.open(io.BytesIO(render_cover("Taking Lorazepam"))).convert("L"))
    assert not read_cover(ink_lines(other), "Taking Lorazepam Safely")


def test_complete_file_chapters_start_where_the_section_files_end(built):
    files = section_files(built)
    lengths = [len(decode_mp3(p)[0]) / RATE for p in files]
    tags = ID3(built / "everything.mp3")
    toc = tags.getall("CTOC")[0]
    chapters = [tags[f"CHAP:{i}"] for i in toc.child_element_ids]
    assert [str(c.sub_frames["TIT2"]) for c in chapters] == ["Taking Lorazepam Safely",
                                                             "Your dose", "Questions"]
    start = 0.0
    for chapter, length in zip(chapters, lengths):
        assert abs(chapter.start_time - start * 1000) <= 50
        start += length
        assert abs(chapter.end_time - start * 1000) <= 50
    whole, _ = decode_mp3(built / "everything.mp3")
    assert len(whole) / RATE == pytest.approx(sum(lengths), abs=0.05)
    assert integrated_loudness(whole) == pytest.approx(-18.0, abs=0.3)


# --- The audiobook ------------------------------------------------------------------------


def test_audiobook_chapters_are_the_complete_mp3s_chapters(built):
    """Both chapter lists FFmpeg writes, read by two libraries: PyAV reads the QuickTime
    chapter track (Apple's players), mutagen the Nero list (many Android apps)."""
    from mutagen.mp4 import MP4

    from handout.audio.audiobook import read_m4b

    tags = ID3(built / "everything.mp3")
    mp3 = [(str(c.sub_frames["TIT2"]), c.start_time, c.end_time)
           for c in (tags[f"CHAP:{i}"] for i in tags.getall("CTOC")[0].child_element_ids)]
    assert [title for title, _, _ in mp3] == ["Taking Lorazepam Safely", "Your dose",
                                              "Questions"]
    book = read_m4b(built / "everything.m4b")
    assert [(title, round(start * 1000), round(end * 1000))
            for title, start, end in book.chapters] == mp3
    nero = MP4(built / "everything.m4b").chapters
    assert [(c.title, round(c.start * 1000)) for c in nero] == [(t, s) for t, s, _ in mp3]
    # Placed by sample: each chapter starts exactly where the section files before it end.
    lengths = [len(decode_mp3(p)[0]) for p in section_files(built)]
    assert [round(start * RATE) for _, start, _ in book.chapters] == \
        [sum(lengths[:n]) for n in range(len(lengths))]


def test_audiobook_is_tagged_for_an_audiobook_app(built):
    from mutagen.mp4 import MP4

    from handout.audio.audiobook import read_m4b

    path = built / "everything.m4b"
    assert path.read_bytes()[4:12] == b"ftypM4B "
    tags = MP4(path).tags
    assert tags["©nam"] == ["Taking Lorazepam Safely"] == tags["©alb"]
    assert tags["©ART"] == ["Test Clinic"] and tags["©day"] == ["2024-03-05"]
    assert tags["©gen"] == ["Speech"] and tags["stik"] == [2]  # filed as an audiobook
    [comment] = tags["©cmt"]
    assert "fake engine" in comment and "fake-voice" in comment
    [cover] = tags["covr"]
    assert cover.imageformat == cover.FORMAT_PNG
    assert bytes(cover) == ID3(built / "everything.mp3").getall("APIC")[0].data
    book = read_m4b(path)
    assert (book.codec, book.profile, book.channels, book.rate) == ("aac", "LC", 1, RATE)
    assert book.language == "eng"
    assert book.tags["title"] == "Taking Lorazepam Safely" and book.tags["artist"] == "Test Clinic"
    assert not any("Lavf" in value or "Lavc" in value for value in book.tags.values())
    assert b"Lavc" not in path.read_bytes() and b"Lavf" not in path.read_bytes()


def test_audiobook_says_what_the_mp3_says_at_its_level(built):
    """Decoded, the M4B is the complete MP3's audio to the sample, within 0.5 LU of its
    loudness and under -1 dBTP."""
    from handout.audio.audiobook import AAC_BITRATE, AUDIOBOOK_TRUE_PEAK, read_m4b

    book = read_m4b(built / "everything.m4b").samples
    mp3, _ = decode_mp3(built / "everything.mp3")
    assert len(book) == len(mp3) == sum(len(decode_mp3(p)[0]) for p in section_files(built))
    assert integrated_loudness(book) == pytest.approx(integrated_loudness(mp3), abs=0.5)
    assert true_peak_db(book) <= AUDIOBOOK_TRUE_PEAK
    # The same words at the same moments: the two decodings follow each other closely.
    assert np.corrcoef(book, mp3)[0, 1] > 0.95
    size = (built / "everything.m4b").stat().st_size - len(ID3(built / "everything.mp3")
                                                           .getall("APIC")[0].data)
    assert size * 8 / (len(book) / RATE) / 1000 == pytest.approx(AAC_BITRATE, rel=0.25)


def test_aac_that_overshoots_the_ceiling_is_encoded_again_under_it(tmp_path):
    """AAC at 64 kbps can raise a transient far above its input: an AI-written travel
    page's third section (sweep BS, menton-practical) decoded at +0.85 dBTP, 4.6 dB over
    its mastered audio, and `invoke check` failed the M4B. A buzzer's square wave at -3 dBFS
    (-0.9 dBTP) decodes at over +2 dBTP; encoded again from its audio limited by as much,
    it keeps under the M4B's ceiling, and the same length."""
    from handout.audio.audiobook import (AUDIOBOOK_TRUE_PEAK, _encoded_aac, encode_aac,
                                         read_m4b, write_m4b)
    from handout.audio.master import true_peak_db
    from handout.audio.tags import Tags
    from handout.cover import render_cover

    buzzer = np.zeros(2 * RATE, dtype=np.float32)
    buzzer[RATE // 2:RATE // 2 + RATE] = 10 ** (-3 / 20) * np.sign(
        np.sin(2 * np.pi * 220 * np.arange(RATE) / RATE))
    tags = Tags("Buzzer", "Buzzer", None, 1, 1, "en", None, "test", render_cover("Buzzer", 200))
    peaks = []
    for name, encoder in (("raw", _encoded_aac), ("kept", encode_aac)):
        write_m4b(tmp_path / f"{name}.m4b", [encoder(buzzer)], [("all", 0, len(buzzer))], tags)
        decoded = read_m4b(tmp_path / f"{name}.m4b").samples
        assert len(decoded) == len(buzzer)
        peaks.append(true_peak_db(decoded))
    assert peaks[0] > AUDIOBOOK_TRUE_PEAK + 2 and peaks[1] <= AUDIOBOOK_TRUE_PEAK


def test_the_audiobook_encoding_names_its_bit_rate():
    from handout.audio import AUDIOBOOK
    from handout.audio.audiobook import AAC_BITRATE

    assert f"{AAC_BITRATE} kbps" in AUDIOBOOK


def test_playlist_lists_each_section_with_its_duration(built):
    lines = (built / "everything.m3u8").read_text("utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    infos = [line for line in lines if line.startswith("#EXTINF:")]
    files = [line for line in lines if line and not line.startswith("#")]
    assert files == [p.name for p in section_files(built)]
    for info, name in zip(infos, files):
        seconds = float(info.split(":", 1)[1].split(",", 1)[0])
        assert seconds == pytest.approx(MP3(built / name).info.length, abs=1.0)


def test_transcripts_hold_the_words_spoken_as_a_reader_reads_them(tmp_path):
    """What was said, in the words of the page: the lexicon's respellings are for the voice."""
    shutil.copytree(FIXTURES / "audio", tmp_path / "source")
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    engine = FakeEngine()
    build(settings, editions=("audio",), engine=engine)
    audio = tmp_path / "build" / "everything" / "audio"
    transcripts = sorted(audio.glob("[0-9][0-9]-*.txt"))
    assert [p.stem for p in transcripts] == [p.stem for p in section_files(audio)]
    [document] = load_documents(settings)
    assert [p.read_text("utf-8") for p in transcripts] == [
        transcript_of(s.script) for s in document.sections]
    assert sorted(engine.spoken) == sorted(u.spoken for s in document.sections for u in s.script)
    paragraphs = [para for p in transcripts for para in p.read_text("utf-8").strip().split("\n\n")]
    said, written = " ".join(engine.spoken), " ".join(paragraphs)
    assert "2 milligrams" in said and "lor-azzapam" in said and "Lorazepam" not in said
    assert "2 milligrams" in written and "Lorazepam" in written and "azzapam" not in written
    assert not set("#*|[]<>`_") & set(said + written)


def test_a_transcript_keeps_the_lines_of_an_address():
    """Munich's accessibility statement gives its contact as lines broken by hand, "IT-Referat,
    Team Webmanagement", "Telefon: 089 233-782427", "E-Mail: …": the voice said each on its
    own, but the transcript ran them together, "…Team Webmanagement Telefon: 089 233-782427
    E-Mail: …". Sentences of one paragraph stay on one line."""
    script = [Utterance("Team Webmanagement", 0.4, paragraph=1),
              Utterance("Telefon: 089 233-782427", 0.4, paragraph=1),
              Utterance("E-Mail: web@muenchen.de", 0.4, paragraph=1),
              Utterance("Rufen Sie an.", 0.4, paragraph=2), Utterance("Wir helfen.", 0.4,
                                                                      paragraph=2)]
    assert transcript_of(script) == ("Team Webmanagement\nTelefon: 089 233-782427\n"
                                      "E-Mail: web@muenchen.de\n\nRufen Sie an. Wir helfen.\n")


@pytest.mark.slow
def test_real_piper_speech_is_mastered_to_the_standard():
    """The neural voice's crest factor (about 21 dB) is what makes limiting necessary."""
    from handout.audio.engines import PiperEngine

    settings = Settings()
    script = (Utterance("Clonazepam 2 milligrams.", 1.0),
              Utterance("Take one tablet with water, and do not drive.", 0.8))
    audio = narrate_section(script, PiperEngine("en_US-joe-medium"), settings)
    decoded, rate = decode_mp3(encode_mp3(audio.samples, 128))
    assert integrated_loudness(decoded, rate) == pytest.approx(-18.0, abs=0.3)
    assert true_peak_db(decoded, rate) <= -3.0
    head, tail = silence_at_ends(decoded, rate)
    assert 0.5 <= head <= 1.0 and 1.0 <= tail <= 5.0


def test_a_complete_file_of_more_than_255_sections_lists_every_chapter(tmp_path):
    """A table of contents (CTOC) counts its entries in one byte, and mutagen refused to
    write one of 256: a handout of 300 sections stopped its build with a traceback. The
    complete MP3 now has a table of tables, each of up to 255 chapters (the ID3 chapter
    addendum's hierarchical table of contents), and the check reads it through; the M4B's
    chapter track has every chapter, its Nero list (counted in one byte too) the first
    255, as FFmpeg writes it."""
    from types import SimpleNamespace

    from mutagen.mp4 import MP4

    from handout.audio.audiobook import encode_aac, read_m4b, write_m4b
    from handout.audio.tags import Chapter, Tags, write_tags
    from handout.check.audio import check_chapters, check_m4b, listed_chapters
    from handout.cover import render_cover

    count, length = 300, FRAMES_IN_COMMON  # samples a chapter
    silence = np.zeros(count * length, dtype=np.float32)
    headings = [f"Part {number}" for number in range(1, count + 1)]
    tags = Tags("Parts", "Parts", None, 1, 1, "en", None, "test", render_cover("Parts", 200))
    mp3 = tmp_path / "parts.mp3"
    mp3.write_bytes(encode_mp3(silence, 128))
    write_tags(mp3, tags, [Chapter(f"ch{n}", heading, round(n * length / RATE * 1000),
                                   round((n + 1) * length / RATE * 1000))
                           for n, heading in enumerate(headings)])
    tag = ID3(mp3)
    [top] = [toc for toc in tag.getall("CTOC") if toc.flags & 2]
    assert top.child_element_ids == ["toc1", "toc256"]
    tables = {toc.element_id: toc for toc in tag.getall("CTOC")}
    assert [len(tables[t].child_element_ids) for t in top.child_element_ids] == [255, 45]
    assert listed_chapters(top, tables) == [f"ch{n}" for n in range(count)]
    document = SimpleNamespace(sections=[SimpleNamespace(heading=h) for h in headings])
    seconds = length / RATE
    assert check_chapters(mp3, document, [seconds] * count, count * seconds) == []
    assert check_chapters(mp3, SimpleNamespace(sections=document.sections[:-1]),
                          [seconds] * (count - 1), count * seconds) != []

    m4b = tmp_path / "parts.m4b"
    write_m4b(m4b, [encode_aac(silence)], [(heading, n * length, (n + 1) * length)
                                           for n, heading in enumerate(headings)], tags)
    assert [title for title, _, _ in read_m4b(m4b).chapters] == headings
    assert [chapter.title for chapter in MP4(m4b).chapters] == headings[:255]
    document.meta = SimpleNamespace(title="Parts", lang="en", author=None, date=None)
    found = check_m4b(m4b, document, [seconds] * count, -18.0)
    assert [finding.rule for finding in found if finding.rule != "audiobook-tags"] == [
        "audiobook-loudness"]  # it is silence, and the test's tags are not a handout's
