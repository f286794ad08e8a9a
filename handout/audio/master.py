"""Audio stage: engine output mastered, encoded and tagged as talking-book MP3s.

`narrate_section` asks an engine for each utterance of a section's script and joins them
with the script's pauses, noting where each utterance starts and ends. `master` trims the
engine's own lead-in and tail, resamples to 44.1 kHz (soxr), sets the integrated loudness to
the target (pyloudnorm, ITU-R BS.1770) and holds the true peak under its ceiling with a
look-ahead limiter, re-measuring until both hold, then adds head and tail silence.
`encode_mp3` makes constant-bit-rate mono MP3 (LAME through lameenc) in one pass, led by a
LAME "Info" frame, so players know the file is CBR and trim the encoder delay (gapless
chapters); `Mp3Stream` does the same a piece at a time, for the complete handout, and
`write_tags` writes ID3v2.4 frames with mutagen, chapters included for the complete file.
The analysis helpers at the end (`decode_mp3`, `scan_frames`, `silence_at_ends`) are what
the check stage and the tests measure with. The publish stage lists what this stage wrote.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Sequence

import numpy as np

from handout.config import Settings
from handout.audio.engines import SpeechEngine, silence
from handout.read.script import Utterance

RATE = 44100
"""Sample rate of every MP3 we publish."""


@dataclass(frozen=True)
class SectionAudio:
    """A section's mastered audio and where each utterance sits in it (seconds)."""

    samples: np.ndarray
    clips: tuple[tuple[float, float], ...]


def narrate_section(script: Sequence[Utterance], engine: SpeechEngine,
                    settings: Settings) -> SectionAudio:
    """Speak `script` with `engine` and master the result."""
    pieces: list[np.ndarray] = []
    clips = []
    position = 0
    rate = engine.rate
    for index, utterance in enumerate(script):
        wave = engine.synthesize(utterance.spoken)
        samples = wave.samples if wave.rate == rate else _resample(wave.samples, wave.rate, rate)
        clips.append((position / rate, (position + len(samples)) / rate))
        pieces.append(samples)
        position += len(samples)
        if index < len(script) - 1:
            gap = silence(utterance.pause, rate)
            pieces.append(gap)
            position += len(gap)
    raw = np.concatenate(pieces) if pieces else silence(0.5, rate)
    del pieces  # memory: a long section's audio is held once while it is mastered
    start, end = speech_bounds(raw, rate)
    raw = raw[start:end]
    shift = start / rate - settings.head_silence
    mastered = master(raw, rate, settings)
    return SectionAudio(mastered, tuple((max(0.0, a - shift), b - shift) for a, b in clips))


def speech_bounds(samples: np.ndarray, rate: int, floor_db: float = -50.0,
                  margin: float = 0.01) -> tuple[int, int]:
    """Where sound starts and ends: the engine's own silence at either end is trimmed so
    that the head and tail silences are exactly the configured lengths."""
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    if peak <= 0:
        return 0, len(samples)
    loud = np.flatnonzero(np.abs(samples) > peak * 10 ** (floor_db / 20))
    keep = int(margin * rate)
    return max(0, int(loud[0]) - keep), min(len(samples), int(loud[-1]) + 1 + keep)


def _resample(samples: np.ndarray, rate: int, target: int) -> np.ndarray:
    import soxr

    return soxr.resample(samples, rate, target, quality="VHQ").astype(np.float32, copy=False)


def true_peak_db(samples: np.ndarray, rate: int = RATE) -> float:
    """True peak in dBTP: the sample peak of a 4× oversampled copy (ITU-R BS.1770-4 Annex 2)."""
    over = _resample(samples, rate, rate * 4)
    # The largest magnitude without an absolute copy of a signal four times the length.
    peak = max(float(over.max()), -float(over.min())) if len(over) else 0.0
    return 20 * np.log10(peak) if peak > 0 else -120.0


def integrated_loudness(samples: np.ndarray, rate: int = RATE) -> float:
    """Integrated loudness in LUFS, measured by pyloudnorm (ITU-R BS.1770-4 gating).

    A clip shorter than one 400 ms gating block is measured as if repeated, which is the
    loudness a listener hears from it.
    """
    import pyloudnorm

    block = int(0.4 * rate) + 1
    if 0 < len(samples) < block:
        samples = np.tile(samples, block // len(samples) + 1)
    if len(samples) == 0:
        return float("-inf")
    # Given float32, pyloudnorm's working copy is float32 too (its filters still compute in
    # float64): half the memory of a float64 copy, which matters for a long section, and
    # a result within about 1e-6 LU of it.
    return float(pyloudnorm.Meter(rate).integrated_loudness(
        samples.astype(np.float32, copy=False)))


CODEC_HEADROOM = 0.5
"""dB kept below the true-peak ceiling before encoding: MP3 at 128 kbps raises the true
peak of speech by up to about 0.3 dB, and the published file must still be under it."""


def master(samples: np.ndarray, rate: int, settings: Settings) -> np.ndarray:
    """44.1 kHz, at the loudness target, under the true-peak ceiling, with head and tail silence."""
    audio = _resample(samples, rate, RATE) if rate != RATE else samples.astype(np.float32)
    audio = (audio - float(np.mean(audio))).astype(np.float32)
    # Level the file as it will be measured: the silences at its ends change which 400 ms
    # gating blocks count, and so its integrated loudness by up to 0.2 LU on short files.
    padded = np.concatenate([
        silence(settings.head_silence, RATE),
        audio,
        silence(settings.tail_silence, RATE),
    ])
    del audio
    return level(padded, settings.loudness, settings.true_peak - CODEC_HEADROOM)


def level(audio: np.ndarray, target: float, ceiling: float) -> np.ndarray:
    """`audio` at `target` LUFS (±0.05 LU) with its true peak at most `ceiling` dBTP.

    Speech from a neural voice has a crest factor near 21 dB, so reaching −18 LUFS under
    a −3.5 dBTP ceiling means limiting the peaks, and limiting lowers the loudness again.
    So the gain *before* the limiter is solved for (secant steps on loudness after
    limiting, which rises monotonically with that gain) and the result is always measured
    after the limiter, never before it (the old loop could stop right after limiting and
    leave files about 0.7 LU quiet). If the true peak still ends over the ceiling, the
    limiter's sample-peak threshold is lowered and the solve repeated.
    """
    loudness = integrated_loudness(audio)
    if not np.isfinite(loudness):
        return audio
    threshold = ceiling - 0.5
    for _ in range(4):
        def limited(gain_db: float) -> np.ndarray:
            loud = np.multiply(audio, np.float32(10 ** (gain_db / 20)), dtype=np.float32)
            if float(np.max(np.abs(loud))) <= 10 ** (threshold / 20):
                return loud
            return limit(loud, 10 ** (threshold / 20))

        gain = target - loudness
        result = limited(gain)
        miss = target - integrated_loudness(result)
        previous = None
        for _ in range(12):
            if abs(miss) < 0.05:
                break
            slope = 1.0
            if previous is not None and gain != previous[0]:
                slope = float(np.clip((previous[1] - miss) / (gain - previous[0]), 0.1, 1.0))
            previous = (gain, miss)
            gain += miss / slope
            result = limited(gain)
            miss = target - integrated_loudness(result)
        peak = true_peak_db(result)
        if peak <= ceiling:
            return result
        threshold -= peak - ceiling + 0.1
    # Not reached (a signal that is nearly all peaks): the ceiling wins over the target.
    return (result * np.float32(10 ** ((ceiling - peak) / 20))).astype(np.float32)


def limit(samples: np.ndarray, ceiling: float, attack: float = 0.005,
          release: float = 0.05) -> np.ndarray:
    """Peaks brought under `ceiling` by a smooth gain that starts `attack` s early."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    # Two working arrays, reused in turn: a long section is limited several times over.
    needed = np.abs(samples)
    np.maximum(needed, 1e-9, out=needed)
    np.divide(ceiling, needed, out=needed)
    np.minimum(needed, 1.0, out=needed)
    width = max(1, int(attack * RATE))
    gain = minimum_filter1d(needed, size=2 * width + 1)
    minimum_filter1d(gain, size=int(release * RATE), origin=0, output=needed)
    uniform_filter1d(needed, size=width, output=gain)
    gain *= samples
    return gain


LAME_QUALITY = 5
"""LAME's search effort (0 slowest, 9 fastest). Measured on a 41 s Piper section at
128 kbps on one core: quality 2 takes 0.59 s, 3 takes 0.27 s, 5 takes 0.24 s, 7 takes
0.15 s, and all four decode to the same level (to 0.01 LU) and the same waveform
error (42 to 44 dB signal to noise). 128 kbps is a generous rate for mono speech, so the
extra search of quality 2 buys nothing audible; 5 is LAME's own default."""


def encode_mp3(samples: np.ndarray, bitrate: int) -> bytes:
    """Constant-bit-rate mono MP3 at 44.1 kHz, led by a LAME "Info" frame, that decodes to
    the loudness and true peak of `samples` (see `lame_scale`)."""
    buffer = io.BytesIO()
    stream = Mp3Stream(buffer, bitrate)
    stream.write(samples)
    stream.close()
    return buffer.getvalue()


class Mp3Stream:
    """One LAME encoder fed piece by piece into `sink`, a seekable binary file.

    The pieces decode as one gapless stream, so the complete handout is encoded a section
    at a time and never held whole: its memory is one section's. Room for the Info frame
    is kept at the start and filled in by `close`, when the frame count and length are
    known.
    """

    def __init__(self, sink: BinaryIO, bitrate: int):
        self._sink = sink
        self._bitrate = bitrate
        self._start = sink.tell()
        self._encoder = _lame_encoder(bitrate)
        self._makeup = np.float32(1.0 / lame_scale(bitrate))
        self._pending = bytearray()
        self._first: Frame | None = None
        self._frames = 0
        self._bytes = 0
        self.samples = 0
        sink.write(bytes(_info_length(bitrate)))

    def write(self, samples: np.ndarray) -> None:
        """Encode `samples` (float, full scale ±1) after everything written before."""
        pcm = np.clip(samples * self._makeup, -1.0, 1.0)
        self._take(self._encoder.encode((pcm * 32767).astype("<i2").tobytes()))
        self.samples += len(samples)

    def close(self) -> None:
        """Flush the encoder and write the Info frame; the sink is left at its end."""
        self._take(self._encoder.flush())
        if self._first is None:
            raise RuntimeError("LAME made no MP3 frame: nothing was written to encode")
        if self._pending:
            raise RuntimeError("LAME ended the stream inside a frame")
        end = self._sink.tell()
        self._sink.seek(self._start)
        self._sink.write(info_frame(self._first, self._frames, self._bytes, self.samples,
                                    self._bitrate))
        self._sink.seek(end)

    def _take(self, data: bytes) -> None:
        """Write encoded bytes on, counting the whole frames among them."""
        if not data:
            return
        self._sink.write(data)
        self._bytes += len(data)
        pending = self._pending
        pending += data
        offset = 0
        while (frame := _frame_at(pending, offset)) and offset + frame.length <= len(pending):
            self._first = self._first or frame
            self._frames += 1
            offset += frame.length
        del pending[:offset]


@functools.lru_cache(maxsize=None)
def lame_scale(bitrate: int) -> float:
    """The factor LAME multiplies its input by before encoding at `bitrate`.

    LAME's bit-rate presets scale the input to leave room for the codec's overshoot:
    measured 0.950 at 64 to 128 kbps and 0.970 at 192 kbps, so mono speech came back
    0.45 dB quieter than it was mastered (mpg123 and FFmpeg agree). lameenc cannot turn it
    off, so `Mp3Stream` divides it out, which restores loudness and true peak alike (the
    codec's own true-peak overshoot is what `CODEC_HEADROOM` is for). It is measured, not
    tabled, so that another LAME build cannot silently change the level: a 1 kHz tone is
    encoded at `bitrate` and decoded, and the least-squares gain between the two, to three
    decimals, is the factor (the tone passes LAME unchanged to about 1e-4).
    """
    t = np.arange(RATE // 2) / RATE
    tone = (0.1 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    encoder = _lame_encoder(bitrate)
    frames = bytes(encoder.encode((tone * 32767).astype("<i2").tobytes()) + encoder.flush())
    found, _ = scan_frames(frames)
    decoded, _ = decode_mp3(info_frame(found[0], len(found), len(frames), len(tone), bitrate)
                            + frames)
    middle = slice(RATE // 10, len(tone) - RATE // 10)
    reference = tone[middle].astype(np.float64)
    gain = float(np.dot(decoded[middle], reference) / np.dot(reference, reference))
    return round(gain, 3)


def _lame_encoder(bitrate: int):
    """A LAME encoder for 44.1 kHz mono 16-bit input, constant `bitrate`."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(RATE)
    encoder.set_out_sample_rate(RATE)
    encoder.set_channels(1)
    encoder.set_quality(LAME_QUALITY)
    return encoder


def decode_mp3(source: bytes | Path) -> tuple[np.ndarray, int]:
    """Mono float samples and sample rate of an MP3 (bytes or a path), as a player hears it."""
    import soundfile

    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    samples, rate = soundfile.read(handle, dtype="float32", always_2d=True)
    return samples.mean(axis=1), rate


def silence_at_ends(samples: np.ndarray, rate: int, floor_db: float = -50.0) -> tuple[float, float]:
    """Seconds before the first and after the last sample louder than `floor_db` dBFS."""
    loud = np.flatnonzero(np.abs(samples) > 10 ** (floor_db / 20))
    if not len(loud):
        return len(samples) / rate, len(samples) / rate
    return int(loud[0]) / rate, (len(samples) - 1 - int(loud[-1])) / rate


LAME_DELAY = 576
"""Samples of encoder delay LAME puts before the audio (decoders add their own 529)."""

_BITRATES = {  # kbps by header index, for (MPEG-1, MPEG-2/2.5) Layer III
    1: (32, 8), 2: (40, 16), 3: (48, 24), 4: (56, 32), 5: (64, 40), 6: (80, 48), 7: (96, 56),
    8: (112, 64), 9: (128, 80), 10: (160, 96), 11: (192, 112), 12: (224, 128),
    13: (256, 144), 14: (320, 160)}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class Frame:
    """One MPEG audio frame header, as found in a file."""

    offset: int
    length: int
    bitrate: int
    rate: int
    channels: int
    header: bytes


def scan_frames(data: bytes, start: int = 0) -> tuple[list[Frame], int]:
    """The Layer III frames of `data` from `start`, and where the scan stopped.

    The scan stops at the first byte that does not begin a frame (an ID3v1 tag, junk, or
    the end), so a caller can tell a clean stream (stop == len(data)) from a damaged one.
    """
    frames = []
    offset = start
    while frame := _frame_at(data, offset):
        frames.append(frame)
        offset += frame.length
    return frames, offset


def _frame_at(data: bytes | bytearray, offset: int) -> Frame | None:
    """The frame whose header starts at `offset` of `data`, or None if none does."""
    if offset + 4 > len(data):
        return None
    b1, b2, b3 = data[offset + 1], data[offset + 2], data[offset + 3]
    version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
    index, rate_index = b2 >> 4, (b2 >> 2) & 3
    if (data[offset] != 0xFF or b1 & 0xE0 != 0xE0 or version == 1 or layer != 1
            or index in (0, 15) or rate_index == 3):
        return None
    kbps = _BITRATES[index][0 if version == 3 else 1]
    rate = _RATES[version][rate_index]
    slots = 144 if version == 3 else 72
    length = slots * kbps * 1000 // rate + ((b2 >> 1) & 1)
    header = bytes(data[offset:offset + 4])
    return Frame(offset, length, kbps, rate, 1 if b3 >> 6 == 3 else 2, header)


def _info_length(bitrate: int) -> int:
    """Bytes of an unpadded 44.1 kHz MPEG-1 Layer III frame at `bitrate` (the Info frame)."""
    return 144 * bitrate * 1000 // RATE


def info_frame(first: Frame, count: int, size: int, samples: int, bitrate: int) -> bytes:
    """A silent first frame carrying a Xing "Info" header and a LAME tag for a stream of
    `count` frames and `size` bytes, led by `first`, that encodes `samples` samples.

    "Info" (rather than "Xing") is how LAME marks a CBR file; the LAME tag records the
    encoder delay and padding, so decoders that honour it (mpg123, FFmpeg, mutagen) give
    back exactly `samples` samples and the chapters of the complete file stay on time.
    """
    length = _info_length(bitrate)
    header = bytes([0xFF, first.header[1], first.header[2] & 0xFD, first.header[3]])  # unpadded
    side_info = 17 if first.channels == 1 else 32
    padding = count * 1152 - samples - LAME_DELAY
    total = length + size
    toc = bytes(min(255, i * 256 // 100) for i in range(100))
    xing = (b"Info" + (0x0F).to_bytes(4, "big") + count.to_bytes(4, "big")
            + total.to_bytes(4, "big") + toc + (100 - 2).to_bytes(4, "big"))
    lame = (b"LAME3.100" + bytes([0x01, 170]) + bytes(4) + bytes(4)
            + bytes([0x00, min(bitrate, 255)])
            + ((LAME_DELAY << 12) | max(0, min(padding, 4095))).to_bytes(3, "big")
            + bytes([0x00, 0x00]) + bytes(2) + total.to_bytes(4, "big") + bytes(2))
    body = header + bytes(side_info) + xing + lame
    body += _crc16(body).to_bytes(2, "big")
    return body + bytes(length - len(body))


def _crc16(data: bytes) -> int:
    """CRC-16 (polynomial 0x8005, reflected) as LAME computes its tag checksum."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


# --- Tags --------------------------------------------------------------------------------

ISO_639_2 = {"en": "eng", "es": "spa", "fr": "fra", "de": "deu", "it": "ita", "pt": "por",
             "nl": "nld", "pl": "pol", "cy": "cym", "ga": "gle", "ar": "ara", "zh": "zho",
             "ja": "jpn", "ru": "rus", "uk": "ukr", "sv": "swe", "da": "dan", "fi": "fin",
             "no": "nor", "nb": "nob", "tr": "tur", "el": "ell", "hi": "hin", "ko": "kor"}


@dataclass(frozen=True)
class Tags:
    """What every MP3 says about itself."""

    title: str
    album: str
    artist: str | None
    track: int
    tracks: int
    lang: str
    date: dt.date | None
    comment: str
    cover: bytes


@dataclass(frozen=True)
class Chapter:
    """One chapter of the complete file: a section's heading and its span in milliseconds."""

    id: str
    title: str
    start_ms: int
    end_ms: int


def write_tags(path: Path, tags: Tags, chapters: Sequence[Chapter] = ()) -> None:
    """Replace the ID3 tag of the MP3 at `path` with ID3v2.4 frames from `tags`."""
    from mutagen import id3

    tag = id3.ID3()
    tag.add(id3.TIT2(encoding=3, text=tags.title))
    tag.add(id3.TALB(encoding=3, text=tags.album))
    if tags.artist:
        tag.add(id3.TPE1(encoding=3, text=tags.artist))
    tag.add(id3.TRCK(encoding=3, text=f"{tags.track}/{tags.tracks}"))
    tag.add(id3.TLAN(encoding=3, text=language_code(tags.lang)))
    if tags.date:
        tag.add(id3.TDRC(encoding=3, text=tags.date.isoformat()))
    tag.add(id3.TCON(encoding=3, text="Speech"))
    tag.add(id3.COMM(encoding=3, lang="eng", desc="voice", text=tags.comment))
    tag.add(id3.APIC(encoding=3, mime="image/png", type=id3.PictureType.COVER_FRONT,
                     desc="Cover", data=tags.cover))
    if chapters:
        tag.add(id3.CTOC(element_id="toc", flags=id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED,
                         child_element_ids=[c.id for c in chapters],
                         sub_frames=[id3.TIT2(encoding=3, text=tags.album)]))
        for chapter in chapters:
            tag.add(id3.CHAP(element_id=chapter.id, start_time=chapter.start_ms,
                             end_time=chapter.end_ms, start_offset=0xFFFFFFFF,
                             end_offset=0xFFFFFFFF,
                             sub_frames=[id3.TIT2(encoding=3, text=chapter.title)]))
    tag.save(str(path), v2_version=4)


def language_code(lang: str) -> str:
    """ISO 639-2 code for the TLAN frame, from a BCP 47 tag."""
    primary = lang.split("-")[0].lower()
    return ISO_639_2.get(primary, primary)


def render_cover(title: str, size: int = 1400) -> bytes:
    """Cover art: the handout title in large bold black type on a plain white card (PNG)."""
    from PIL import Image, ImageDraw, ImageFont

    from handout.pdf.render import font_files

    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    margin = size // 10
    width = size - 2 * margin
    font_size = size // 8
    while True:
        font = ImageFont.truetype(str(font_files()["bold"]), font_size)
        lines = _wrap(title, font, draw, width)
        height = len(lines) * font_size * 1.25
        if height <= size - 2 * margin or font_size <= size // 30:
            break
        font_size = int(font_size * 0.9)
    y = (size - height) / 2
    for line in lines:
        draw.text((margin, y), line, font=font, fill=0)
        y += font_size * 1.25
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text: str, font, draw, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
