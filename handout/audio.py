"""Audio stage: engine output mastered, encoded and tagged as talking-book MP3s.

`narrate_section` asks an engine for each utterance of a section's script and joins them
with the script's pauses, noting where each utterance starts and ends. `master` resamples
to 44.1 kHz (soxr), sets the integrated loudness to the target (pyloudnorm, ITU-R BS.1770),
holds the true peak under its ceiling with a look-ahead limiter, and adds head and tail
silence. `encode_mp3` makes constant-bit-rate mono MP3 (LAME through lameenc), and
`write_tags` writes ID3v2.4 frames with mutagen, chapters included for the complete file.
The publish stage lists what this stage wrote.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .config import Settings
from .engines import SpeechEngine, silence
from .narration import Utterance

RATE = 44100
"""Sample rate of every MP3 we publish."""


@dataclass(frozen=True)
class SectionAudio:
    """A section's mastered audio and where each utterance sits in it (seconds)."""

    samples: np.ndarray
    clips: tuple[tuple[float, float], ...]

    @property
    def duration(self) -> float:
        return len(self.samples) / RATE


def narrate_section(script: Sequence[Utterance], engine: SpeechEngine,
                    settings: Settings) -> SectionAudio:
    """Speak `script` with `engine` and master the result."""
    pieces: list[np.ndarray] = []
    clips = []
    position = 0
    rate = engine.rate
    for index, utterance in enumerate(script):
        wave = engine.synthesize(utterance.text)
        samples = wave.samples if wave.rate == rate else _resample(wave.samples, wave.rate, rate)
        clips.append((position / rate, (position + len(samples)) / rate))
        pieces.append(samples)
        position += len(samples)
        if index < len(script) - 1:
            gap = silence(utterance.pause, rate)
            pieces.append(gap)
            position += len(gap)
    raw = np.concatenate(pieces) if pieces else silence(0.5, rate)
    mastered = master(raw, rate, settings)
    head = settings.head_silence
    return SectionAudio(mastered, tuple((start + head, end + head) for start, end in clips))


def _resample(samples: np.ndarray, rate: int, target: int) -> np.ndarray:
    import soxr

    return soxr.resample(samples, rate, target, quality="VHQ").astype(np.float32)


def true_peak_db(samples: np.ndarray, rate: int = RATE) -> float:
    """True peak in dBTP: the sample peak of a 4× oversampled copy (ITU-R BS.1770-4 Annex 2)."""
    over = _resample(samples, rate, rate * 4)
    peak = float(np.max(np.abs(over))) if len(over) else 0.0
    return 20 * np.log10(peak) if peak > 0 else -120.0


def integrated_loudness(samples: np.ndarray, rate: int = RATE) -> float:
    """Integrated loudness in LUFS, measured by pyloudnorm."""
    import pyloudnorm

    return float(pyloudnorm.Meter(rate).integrated_loudness(samples.astype(np.float64)))


def master(samples: np.ndarray, rate: int, settings: Settings) -> np.ndarray:
    """44.1 kHz, at the loudness target, under the true-peak ceiling, with head and tail silence."""
    audio = _resample(samples, rate, RATE) if rate != RATE else samples.astype(np.float32)
    audio = audio - float(np.mean(audio))
    for _ in range(4):
        loudness = integrated_loudness(audio)
        if not np.isfinite(loudness):
            break
        audio = audio * np.float32(10 ** ((settings.loudness - loudness) / 20))
        if true_peak_db(audio) <= settings.true_peak - 0.2:
            break
        audio = limit(audio, 10 ** ((settings.true_peak - 0.6) / 20))
    return np.concatenate([
        silence(settings.head_silence, RATE),
        audio.astype(np.float32),
        silence(settings.tail_silence, RATE),
    ])


def limit(samples: np.ndarray, ceiling: float, attack: float = 0.005,
          release: float = 0.05) -> np.ndarray:
    """Peaks brought under `ceiling` by a smooth gain that starts `attack` s early."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    magnitude = np.maximum(np.abs(samples), 1e-9)
    needed = np.minimum(1.0, ceiling / magnitude)
    width = max(1, int(attack * RATE))
    gain = minimum_filter1d(needed, size=2 * width + 1)
    gain = minimum_filter1d(gain, size=int(release * RATE), origin=0)
    gain = uniform_filter1d(gain, size=width)
    return (samples * gain).astype(np.float32)


def encode_mp3(samples: np.ndarray, bitrate: int) -> bytes:
    """Constant-bit-rate mono MP3 at 44.1 kHz."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(RATE)
    encoder.set_out_sample_rate(RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    return bytes(encoder.encode(pcm) + encoder.flush())


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

    from .printing import font_files

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
