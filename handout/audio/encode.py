"""Audio stage, encoding: mastered audio as constant-bit-rate MP3 that players keep gapless.

`encode_mp3` makes constant-bit-rate mono MP3 (LAME through lameenc) in one pass, led by a
LAME "Info" frame, so players know the file is CBR and trim the encoder delay (gapless
chapters); lameenc writes bare frames, so the Info frame is written here. A section is
encoded in pieces cut at its pauses (`cut_at_pauses`), and `join_mp3` joins the pieces into
the section and the sections into the complete handout without encoding again
(`framed_length` says how), so an edit encodes only the pieces it changed (one sentence,
where it encoded its whole section). `decode_mp3` and `scan_frames` are
what the check stage and the tests read MP3s with. (The M4B is PyAV's: see `audiobook`.)

Why lameenc and not PyAV, which writes the Info frame itself (FFmpeg's libmp3lame and mp3
muxer; `bench.compare_mp3_encoders`, part of `invoke bench`, measures both in one run).
The sample's seven mastered sections (248.3 s of Piper speech) encoded as one file
is, at 128 kbps, quality 5, av 18.1.0 (FFmpeg 8, LAME 3.100) against lameenc 1.9.0:

  guarantee                            lameenc             PyAV
  constant bit rate                    yes                 yes
  LAME tag: encoder, CRC               LAME3.100, right    "Lavf", wrong for mono
  length as mutagen reads it           exact               1775 samples long
  length decoded by mpg123 (gapless)   exact               exact
  worst section loudness change        -0.001 LU           -0.446 LU (LAME's 0.95 scale)
  byte-identical encodes               yes                 yes
  processor time (least of 3)          0.88 s              2.57 s (2.9 times)

PyAV fails three of them. Two could be mended only by keeping hand-written code: dividing
out LAME's input scale, as `encode_mp3` does, and patching FFmpeg's LAME tag (the encoder
name, so that readers trust its delay and padding, and a CRC that FFmpeg computes over the
stereo layout); the third cannot: the LAME inside PyAV's wheel is the slow part (about
3 times lameenc at qualities 2 and 7 too, measured before this choice), not PyAV. So the
MP3s stay with lameenc and the hand-written Info frame, and PyAV writes only the M4B.
"""

from __future__ import annotations

import bisect
import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

import numpy as np

from handout.audio.master import RATE

LAME_QUALITY = 7
"""LAME's search effort (0 slowest, 9 fastest). Measured on a 41 s Piper section at
128 kbps on one core: quality 2 takes 0.59 s, 3 takes 0.27 s, 5 takes 0.24 s, 7 takes
0.15 s, and all four decode to the same level (to 0.01 LU) and the same waveform
error (42 to 44 dB signal to noise). Measured again on the sample's seven mastered sections
(248 s): quality 5 took 1.07 s of processor time and 7 took 0.71 s, with the same signal to
noise to 0.02 dB. 128 kbps is a generous rate for mono speech, so LAME's extra search
buys nothing a listener hears, and an edit waits for it: 7, LAME's fast setting."""


def encode_mp3(samples: np.ndarray, bitrate: int) -> bytes:
    """Constant-bit-rate mono MP3 at 44.1 kHz, led by a LAME "Info" frame, that decodes to
    the loudness and true peak of `samples` (see `lame_scale`)."""
    pcm = np.clip(samples * np.float32(1.0 / lame_scale(bitrate)), -1.0, 1.0)
    encoder = _lame_encoder(bitrate)
    frames = bytes(encoder.encode((pcm * 32767).astype("<i2").tobytes()) + encoder.flush())
    found, end = scan_frames(frames)
    if not found or end != len(frames):
        raise RuntimeError("LAME made no whole MP3 frames of the audio")
    return info_frame(found[0], len(found), len(frames), len(samples), bitrate) + frames


FRAMES_IN_COMMON = 9216
"""Samples in a whole number of MP3 frames (8 of 1152) and of AAC frames (9 of 1024)."""


def framed_length(samples: int, tail_room: int) -> int:
    """How long a section of `samples` is published: made up with silence to a whole
    number of `FRAMES_IN_COMMON` (at most 0.21 s more), or, where that would add more than
    `tail_room` samples, cut to one (its tail silence is far longer than what is cut).

    A section that fills whole frames of both codecs can be joined to the next without
    encoding either again (`join_mp3`, `audiobook.write_m4b`): the frame the encoder adds
    at its end holds only silence, and it is left out of the complete file, where the next
    section's encoder delay fills exactly its place. So every section starts in the
    complete MP3 and the M4B exactly where the section files before it end.
    """
    whole = -(-samples // FRAMES_IN_COMMON) * FRAMES_IN_COMMON
    return whole if whole - samples <= tail_room else whole - FRAMES_IN_COMMON


PIECE_PAUSE = 0.25
"""Seconds of silence a pause must last for a section to be cut there into pieces encoded
apart (`cut_at_pauses`): every pause of the script by default (0.25 s between sentences,
0.5 s after a list item, 0.8 s after a paragraph, 1 s after a heading)."""

PIECE_END = 4 * 1152
"""Samples of silence a piece ends with, at least: the frame of it that a join leaves out
(LAME's last, FFmpeg's last AAC packet) and the frames before it that overlap it."""

PIECE_START = 2 * 1152
"""Samples of silence a piece starts with, at least: the encoders' delay and the overlap
of their first frames."""


@dataclass(frozen=True)
class Piece:
    """Part of a section, encoded on its own (`cut_at_pauses`)."""

    sound: np.ndarray
    """Its samples in the section (a view of them, not a copy)."""
    start: int
    """Where its first sample is in the section as it was joined."""
    moved: int
    """How many samples later that sample is in the section as it is published: the silence
    added where the pauses before it were cut."""
    padding: int = 0
    """Samples of silence added at its end to fill whole frames."""

    @property
    def length(self) -> int:
        return len(self.sound) + self.padding

    @property
    def samples(self) -> np.ndarray:
        """The piece as it is encoded, its padding included: made when asked, so that a
        section's pieces are not a second copy of the section."""
        if not self.padding:
            return self.sound
        return np.concatenate([self.sound, np.zeros(self.padding, self.sound.dtype)])


def cut_at_pauses(samples: np.ndarray) -> list[Piece]:
    """A mastered section cut in its pauses (`PIECE_PAUSE`) into pieces that are
    encoded apart and joined without a gap, as sections are (`join_mp3`,
    `audiobook.join_aac`), so that an edit encodes again only the piece it changed, not
    the whole section: measured on a 100 s section, 1.3 s of processor time for its MP3
    and AAC.

    Each piece but the last must fill whole frames of both codecs (`FRAMES_IN_COMMON`, 0.21
    s) and end and begin in silence, so a pause is cut `PIECE_END` samples in, where at
    least `PIECE_START` remain, and the piece it ends is made whole by adding silence at
    its end: each pause cut grows by less than 0.21 s (0.1 s on average), and none is ever
    shorter than the script asks. Taking silence away instead, where that moved the pause
    less, shortened a 0.25 s pause between sentences to 0.16 s, after which the listener
    (`invoke check --listen`) no longer heard the end of the next sentence.

    A piece is made from its own samples only, wherever it starts, so a piece an edit did
    not touch comes out the same and its encodings are found in the cache. The head and
    tail silences are never cut; the last piece is framed as the section's end is
    (`framed_length`).
    """
    run_starts, run_ends = silent_runs(samples)
    inside = ((run_ends - run_starts >= round(PIECE_PAUSE * RATE)) & (run_starts > 0)
              & (run_ends < len(samples)))
    pieces: list[Piece] = []
    begin = published = 0
    for run_start in run_starts[inside].tolist():
        cut = run_start + PIECE_END
        pieces.append(Piece(samples[begin:cut], begin, published - begin,
                            padding=-(cut - begin) % FRAMES_IN_COMMON))
        published += pieces[-1].length
        begin = cut
    pieces.append(Piece(samples[begin:], begin, published - begin))
    return pieces


def silent_runs(samples: np.ndarray, block: int = 1 << 20) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of digital silence in `samples` starts and ends (its first sample and
    the one after its last), found a block at a time, so that an hour's section (160
    million samples) is not followed by arrays of its length."""
    edges = []
    silent_before = False
    for begin in range(0, len(samples), block):
        silent = samples[begin:begin + block] == 0
        changes = np.flatnonzero(silent != np.concatenate([[silent_before], silent[:-1]]))
        edges.append(changes + begin)
        silent_before = bool(silent[-1])
    if silent_before:
        edges.append(np.array([len(samples)]))
    found = np.concatenate(edges) if edges else np.zeros(0, dtype=np.int64)
    return found[0::2], found[1::2]


def moved_clips(clips: Sequence[Sequence[float]], pieces: Sequence[Piece]
                ) -> tuple[tuple[float, float], ...]:
    """`clips` (seconds in the section as joined) where they are in the section as it is
    published, cut into `pieces`."""
    starts = [piece.start for piece in pieces]

    def moved(seconds: float) -> float:
        piece = pieces[max(0, bisect.bisect_right(starts, round(seconds * RATE)) - 1)]
        return max(0.0, seconds + piece.moved / RATE)

    return tuple((moved(start), moved(end)) for start, end in clips)


def join_mp3(sink: BinaryIO, pieces: Iterable[bytes], bitrate: int) -> int:
    """Write to `sink` (seekable) one MP3 that plays `pieces` one after another, gapless,
    without encoding anything again; return its length in samples.

    Each piece is an `encode_mp3` of a whole number of frames' samples (`framed_length`),
    so LAME ended it with exactly one frame more than its samples fill, all encoder delay
    and silence. Each piece's own Info frame is dropped and, but for the last piece, so is
    that last frame: its place is taken by the next piece's first 1,105 samples (LAME's
    576 of delay and the decoder's 529), which are silence too. The pieces' bit
    reservoirs never reach across a join (LAME starts each stream with an empty one), so
    the file is valid MP3 throughout, and the Info frame written first tells players to
    trim the first piece's delay, as for any LAME file. Memory holds one piece at a time.
    """
    start = sink.tell()
    sink.write(bytes(_info_length(bitrate)))
    first: Frame | None = None
    count = size = samples = 0
    closing = b""  # the latest piece's closing frame, kept only if no piece follows
    for piece in pieces:
        frames, end = scan_frames(piece)
        if len(frames) < 3 or end != len(piece) or lame_delays(piece, frames[0]) != \
                (LAME_DELAY, LAME_DELAY):
            raise ValueError("an MP3 to join is damaged or does not fill whole frames")
        body = piece[frames[1].offset:frames[-1].offset]
        sink.write(body)
        first = first or frames[1]
        count += len(frames) - 2
        size += len(body)
        samples += (len(frames) - 2) * 1152
        closing = piece[frames[-1].offset:]
    if first is None:
        raise ValueError("no MP3 to join")
    sink.write(closing)  # the last piece keeps it: the Info frame's padding trims it
    end = sink.tell()
    sink.seek(start)
    sink.write(info_frame(first, count + 1, size + len(closing), samples, bitrate))
    sink.seek(end)
    return samples


def lame_delays(data: bytes, info: Frame) -> tuple[int, int] | None:
    """The encoder delay and padding, in samples, that the LAME tag of the Info frame
    `info` records, or None if it has no LAME tag."""
    body = data[info.offset:info.offset + info.length]
    at = body.find(b"LAME")
    if at < 0:
        return None
    field = int.from_bytes(body[at + 21:at + 24], "big")
    return field >> 12, field & 0xFFF


@functools.lru_cache(maxsize=None)
def lame_scale(bitrate: int) -> float:
    """The factor LAME multiplies its input by before encoding at `bitrate`.

    LAME's bit-rate presets scale the input to leave room for the codec's overshoot:
    measured 0.950 at 64 to 128 kbps and 0.970 at 192 kbps, so mono speech came back
    0.45 dB quieter than it was mastered (mpg123 and FFmpeg agree). lameenc cannot turn it
    off, so `encode_mp3` divides it out, which restores loudness and true peak alike (the
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
    frames = list(iter_frames(data, start))
    return frames, (frames[-1].offset + frames[-1].length) if frames else start


def iter_frames(data: bytes, start: int = 0) -> Iterator[Frame]:
    """The Layer III frames of `data` (bytes or a memory map) from `start`, one at a time."""
    offset = start
    while frame := _frame_at(data, offset):
        yield frame
        offset += frame.length


def audio_start(data: bytes) -> int:
    """Where the audio frames of an MP3 start: after its ID3v2 tag, if it has one."""
    if data[:3] != b"ID3":
        return 0
    size = data[6:10]  # synchsafe: 7 bits a byte
    return 10 + (size[0] << 21 | size[1] << 14 | size[2] << 7 | size[3])


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
    body += crc16(body).to_bytes(2, "big")
    return body + bytes(length - len(body))


def crc16(data: bytes) -> int:
    """CRC-16 (polynomial 0x8005, reflected) as LAME computes its tag checksum."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc
