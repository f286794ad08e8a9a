"""Audio stage, audiobook: the whole handout as one M4B for the apps low-vision listeners use.

Audiobook apps (Apple Books, BookPlayer, Smart AudioBook Player, Voice) remember the place,
change the speed without changing the pitch and jump by chapter, and they expect an M4B:
AAC in an MP4 file with chapter marks and cover art. With PyAV (FFmpeg's own AAC encoder
and MP4 muxer), `encode_aac` encodes each piece of a section (`encode.cut_at_pauses`) and
`join_aac` joins them into the section's AAC, which the section cache keeps; `write_m4b`
joins the sections' AAC into one M4B without encoding again, a section at a time, so
memory holds one section's audio and an edit encodes only the pieces it changed. FFmpeg
writes the chapters twice, as a QuickTime chapter track (Apple's players,
FFmpeg, PyAV) and as a Nero `chpl` list (many Android apps, mutagen), the tags as iTunes
atoms with the file marked as an audiobook, and the cover as a `covr` atom. `chapter_title`
is the title a section's chapter has, for the writer and the check alike; `read_m4b` is
what the check stage and the tests read it back with.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from handout.audio.master import RATE
from handout.audio.tags import GENRE, Tags, language_code

AAC_BITRATE = 64
"""kbps of the M4B's AAC-LC (mono), chosen by measurement. The sample's seven Piper sections
(248.3 s, mastered) were encoded alone at each rate and decoded, and scored against their
mastered audio by two listening proxies, PESQ-WB (ITU-T P.862.2, at 16 kHz, whole
sections; 4.64 is its ceiling) and ViSQOL v3 in audio mode (48 kHz, full band, 12 s of each
section; 4.73 is its ceiling), MOS-LQO means; with the worst decoded true peak, the
loudness change and the audio's size. The MP3 at 128 kbps is the reference.

  kbps       PESQ-WB   ViSQOL   worst dBTP   loudness change    size of the audio
  48         3.96      4.56     -2.36        -0.03..-0.05 LU    1.44 MB
  64         4.24      4.64     -3.35        -0.04..-0.05 LU    1.94 MB
  80         4.34      4.66     -3.46        -0.05..-0.07 LU    2.43 MB
  96         4.41      4.68     -3.64        -0.05..-0.06 LU    2.92 MB
  MP3 128    4.64      4.73     -3.55         0.00 LU           3.98 MB

64 kbps is the knee: up from 48 it gains 0.28 (PESQ) and 0.08 (ViSQOL), and each 16 kbps
above it buys 0.10 or less and 0.02 or less; it is the lowest rate whose true peak stays
under the MP3s' own -3 dBTP ceiling (48 kbps overshoots by up to 1.25 dB); and it is half
the size of the MP3s. Piper's medium voices speak at 22.05 kHz: nothing lies above 11 kHz
for a higher rate to keep."""

AAC_CODER = "fast"
"""FFmpeg's AAC coder: `fast` (a constant quantizer) rather than its default `twoloop`.
Measured at 64 kbps on the same seven sections, in one run: `fast` took 0.75 s of CPU for
the 248 s handout against 2.54 s, scored PESQ-WB 4.49 against 4.24 and ViSQOL 4.63 against
4.64, peaked at -3.69 dBTP against -3.35, and changed the loudness alike (-0.04..-0.05 LU).
Each section is encoded once, when it is mastered, so its cost is part of every edit."""

AUDIOBOOK_TRUE_PEAK = -1.0
"""dBTP ceiling of the decoded M4B: EBU R 128's permitted maximum true peak. The sections
are mastered 0.5 dB under the MP3s' -3 dBTP (`master.CODEC_HEADROOM`) and AAC raises the
true peak of the sample's speech by up to 0.42 dB at 64 kbps (see `AAC_BITRATE`), so the
M4B keeps well under it."""

BRAND = b"M4B "
"""The MP4 major brand audiobook apps look for (FFmpeg's `ipod` muxer would write "M4A ")."""


NERO_TITLE_BYTES = 255
"""The longest chapter title, in UTF-8 bytes, a Nero chapter list holds: its length is one
byte. FFmpeg cuts a longer title at byte 255 (`mov_write_chpl_tag`), in the middle of a
character if one spans it, and mutagen then cannot read the list at all."""


NERO_CHAPTERS = 255
"""The most chapters a Nero chapter list holds: its count is one byte, and FFmpeg lists the
first 255 (`mov_write_chpl_tag`). The QuickTime chapter track holds every chapter."""


def chapter_title(heading: str) -> str:
    """A section's chapter title in the M4B: its heading, or, when that is longer than the
    Nero list holds (a whole paragraph styled as a heading), as much of it as fits, cut
    between characters and ended with an ellipsis. Both chapter lists are given this title,
    so that an audiobook app shows the same words whichever list it reads."""
    if len(heading.encode()) <= NERO_TITLE_BYTES:
        return heading
    kept = heading.encode()[:NERO_TITLE_BYTES - len("…".encode())]
    return kept.decode(errors="ignore").rstrip() + "…"  # "ignore" drops the cut character


@dataclass(frozen=True)
class Aac:
    """One section encoded as AAC-LC: FFmpeg's packets, 1,024 samples each, the first of
    them the encoder's priming, and the length in samples of the audio they encode."""

    packets: tuple[bytes, ...]
    samples: int


AAC_SAMPLE_PEAK = 10 ** ((AUDIOBOOK_TRUE_PEAK - 0.7) / 20)
"""The highest sample a piece's decoded AAC may reach, 0.7 dB under the M4B's true-peak
ceiling, which lies at most that far above the samples of speech at 44.1 kHz. AAC can raise
a transient far more than the sample's sections showed (see `AAC_BITRATE`): an AI-written
travel page's third section (sweep BS, menton-practical) decoded at +0.85 dBTP, 4.6 dB over
its mastered audio, and `invoke check` failed the M4B, which its author could not fix."""


def encode_aac(samples: np.ndarray) -> Aac:
    """`samples` (float mono at 44.1 kHz) as AAC-LC at `AAC_BITRATE`, for `write_m4b`;
    where the AAC decodes over `AAC_SAMPLE_PEAK`, encoded again from `samples` with their
    peaks limited by as much as it overshot (at most three times; speech seldom needs one)."""
    from handout.audio.master import limit

    encoded = _encoded_aac(samples)
    for _ in range(3):
        overshoot = _decoded_peak(encoded) / AAC_SAMPLE_PEAK
        if overshoot <= 1:
            break
        samples = limit(samples, float(np.max(np.abs(samples))) / overshoot)
        encoded = _encoded_aac(samples)
    return encoded


def _decoded_peak(aac: Aac) -> float:
    """The highest sample, in magnitude, of `aac` decoded."""
    import av

    context = av.CodecContext.create("aac", "r")
    context.sample_rate, context.layout = RATE, "mono"
    peak = 0.0
    for packet in aac.packets:
        for frame in context.decode(av.Packet(packet)):
            peak = max(peak, float(np.max(np.abs(frame.to_ndarray()))))
    return peak


def _encoded_aac(samples: np.ndarray) -> Aac:
    """`samples` as AAC-LC at `AAC_BITRATE`, as FFmpeg's encoder gives it."""
    import av

    context = av.CodecContext.create("aac", "w")
    context.sample_rate, context.layout, context.format = RATE, "mono", "fltp"
    context.bit_rate = AAC_BITRATE * 1000
    context.options = {"flags": "+bitexact",  # no "Lavc…" in the AAC data
                       "aac_coder": AAC_CODER}
    frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, dtype=np.float32)[None, :],
                                       format="fltp", layout="mono")
    frame.sample_rate, frame.pts, frame.time_base = RATE, 0, Fraction(1, RATE)
    packets = [*context.encode(frame), *context.encode(None)]
    return Aac(tuple(bytes(packet) for packet in packets), len(samples))


def join_aac(pieces: Sequence[Aac]) -> Aac:
    """One AAC that plays `pieces` one after another, gapless, without encoding again, as
    `write_m4b` joins sections: each piece but the last fills whole AAC frames, and its
    last packet, which holds only silence, gives its place to the next piece's priming."""
    if any(piece.samples % AAC_FRAME for piece in pieces[:-1]):
        raise ValueError("an AAC piece to join does not fill whole frames")
    packets = [packet for piece in pieces[:-1] for packet in piece.packets[:-1]]
    return Aac((*packets, *pieces[-1].packets), sum(piece.samples for piece in pieces))


def write_m4b(path: Path, pieces: Iterable[Aac], chapters: Sequence[tuple[str, int, int]],
              tags: Tags) -> int:
    """Write the M4B at `path` from `pieces` (`encode_aac`, played one after another),
    with `chapters` as (title, first sample, end sample); return the samples written.

    The pieces are joined as the complete MP3's are (`encode.join_mp3`), without encoding
    again: each but the last fills whole AAC frames (`encode.framed_length`), so its last
    packet holds only silence and is left out, and the next piece's priming takes its
    place. The file's edit list trims the first piece's priming and the last one's padding.
    `path` must be a real file (the moov box is moved to the front in a second pass, so a
    player can start before the whole file has arrived). Every input of the bytes is given,
    none taken from the clock or the library's version strings, so the same audio and tags
    give the same file.
    """
    import av
    from PIL import Image

    out = av.open(str(path), "w", format="mp4", container_options={
        "fflags": "+bitexact",            # no "Lavf…" encoder tag
        "brand": BRAND.decode(),
        "movie_timescale": str(RATE),     # the edit list ends on the exact last sample
        "movflags": "+faststart",
    })
    try:
        # The stream's encoder is opened only to give the muxer the AAC's parameters (the
        # same for every piece); the packets come from `encode_aac`.
        audio = out.add_stream("aac", rate=RATE, layout="mono",
                               options={"flags": "+bitexact", "aac_coder": AAC_CODER})
        audio.bit_rate = AAC_BITRATE * 1000
        audio.metadata["language"] = language_code(tags.lang)
        # The `mp4` muxer (not `ipod`, which refuses PNG) stores an attached picture as `covr`.
        with Image.open(io.BytesIO(tags.cover)) as image:
            width, height = image.size
        cover = out.add_mux_stream("png", width=width, height=height)
        cover.disposition = av.stream.Disposition.attached_pic
        out.metadata.update(m4b_tags(tags))
        out.set_chapters([{"id": number, "start": start, "end": end,
                           "time_base": Fraction(1, RATE), "metadata": {"title": title}}
                          for number, (title, start, end) in enumerate(chapters, start=1)])
        picture = av.Packet(tags.cover)
        picture.stream = cover
        picture.pts = picture.dts = 0
        picture.time_base = Fraction(1, 90000)
        out.mux(picture)
        samples = 0
        latest: Aac | None = None
        for piece in pieces:
            if latest is not None:
                if latest.samples % AAC_FRAME:
                    raise ValueError("an AAC piece to join does not fill whole frames")
                _mux_aac(out, audio, latest.packets[:-1], samples)
                samples += latest.samples
            latest = piece
        if latest is None:
            raise ValueError("no AAC to join")
        _mux_aac(out, audio, latest.packets, samples, latest.samples)
        samples += latest.samples
    finally:
        out.close()
    return samples


AAC_FRAME = 1024
"""Samples in an AAC-LC frame, and in the priming FFmpeg's encoder puts before the audio."""


def _mux_aac(out, stream, packets: Sequence[bytes], start: int, length: int | None = None) -> None:
    """Mux `packets` of one piece, whose audio starts at sample `start` of the file; the
    last one's duration ends the file at `length` samples into the piece, if given."""
    import av

    for number, data in enumerate(packets):
        packet = av.Packet(data)
        packet.stream = stream
        packet.time_base = Fraction(1, RATE)
        packet.pts = packet.dts = start + (number - 1) * AAC_FRAME
        packet.duration = AAC_FRAME
        if length is not None and number == len(packets) - 1:
            packet.duration = length - (number - 1) * AAC_FRAME
        out.mux(packet)


def m4b_tags(tags: Tags) -> dict[str, str]:
    """FFmpeg's names for the iTunes atoms: ©nam ©alb ©ART ©day ©gen ©cmt, and `stik` 2,
    which files the M4B under audiobooks rather than music."""
    fields = {"title": tags.title, "album": tags.album, "genre": GENRE,
              "comment": tags.comment, "media_type": "2"}
    if tags.artist:
        fields["artist"] = tags.artist
    if tags.date:
        fields["date"] = tags.date.isoformat()
    return fields


@dataclass(frozen=True)
class Audiobook:
    """An M4B as FFmpeg reads it back (the check stage and the tests read it so)."""

    samples: np.ndarray
    """Decoded audio, mono float, trimmed exactly as the edit list says (empty when it was
    measured instead of kept)."""
    rate: int
    channels: int
    codec: str
    profile: str | None
    language: str | None
    chapters: list[tuple[str | None, float, float]]
    """(title, start, end) in seconds, from the QuickTime chapter track."""
    tags: dict[str, str]


def read_m4b(path: Path, measure=None) -> Audiobook:
    """Decode the M4B at `path` and read its chapters and tags with FFmpeg (PyAV).

    With a `measure` (`master.Measure`), the audio is fed to it ten seconds at a time and
    not kept, so that a long book is checked in flat memory (fed a frame at a time, the
    measuring cost 0.2 ms a frame, 9 s for an hour); without one, it is kept.
    """
    import av

    kept: list[np.ndarray] = []
    waiting = 0

    def feed() -> None:
        nonlocal waiting
        if kept:
            measure.add(np.concatenate(kept))
        kept.clear()
        waiting = 0

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        context = stream.codec_context
        # FFmpeg trims the encoder's priming from the start but not its padding from the
        # end; the stream's duration is the edit list's, in samples.
        exact = stream.duration is not None and \
            stream.time_base == Fraction(1, context.sample_rate)
        left = stream.duration if exact else None
        for frame in container.decode(stream):
            block = frame.to_ndarray().mean(axis=0).astype(np.float32)
            if left is not None:
                block, left = block[:left], left - len(block[:left])
            kept.append(block)
            waiting += len(block)
            if measure is not None and waiting >= 10 * context.sample_rate:
                feed()
        if measure is not None:
            feed()
        chapters = [(chapter["metadata"].get("title"),
                     float(chapter["start"] * chapter["time_base"]),
                     float(chapter["end"] * chapter["time_base"]))
                    for chapter in container.chapters()]
        samples = np.concatenate(kept) if kept else np.zeros(0, np.float32)
        return Audiobook(samples, context.sample_rate, context.channels, context.name,
                         context.profile, stream.metadata.get("language"), chapters,
                         dict(container.metadata))
