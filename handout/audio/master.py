"""Audio stage, mastering: each narrated utterance made level and clean, then a section of them.

`master_utterance` turns one utterance as the engine spoke it (from the utterance cache)
into what its section plays: resampled to 44.1 kHz (soxr), its integrated loudness at the
target (ITU-R BS.1770, `Loudness`) and its true peak held under the ceiling by a
look-ahead limiter, re-measuring until both hold. It is levelled in its place, between as
much of the silence around it as a loudness measurement sees (`cache.contexts`), so that
the section its utterances make measures at the target too. `trim` first cuts the
engine's own lead-in and tail at a section's two ends, so that the head and tail silences
are exactly the configured lengths; `master_in_section` does both for one utterance.
`join_section` lays the mastered utterances out with the script's pauses, noting where
each starts and ends, and brings the whole to the target with one gain; `assemble_section`
does it all in one go. Since each utterance is mastered on its own, an edited sentence
masters one utterance, not its section. The measuring helpers (`integrated_loudness`,
`true_peak_db`, `silence_at_ends`) are what the check stage and the tests measure with.
`encode` turns the result into MP3.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

import numpy as np

from handout.audio.cache import contexts
from handout.config import Settings

RATE = 44100
"""Sample rate of every MP3 we publish."""


@dataclass(frozen=True)
class SectionAudio:
    """A section's mastered audio and where each utterance sits in it (seconds)."""

    samples: np.ndarray
    clips: tuple[tuple[float, float], ...]


def import_libraries() -> None:
    """Import what mastering uses (PyAV, soxr), so that a build can do it while the voice
    is opened and speaks."""
    import av  # noqa: F401
    import soxr  # noqa: F401


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
    """Integrated loudness in LUFS (ITU-R BS.1770-4 gating, `Loudness`).

    A clip shorter than one 400 ms gating block is measured as if repeated, which is the
    loudness a listener hears from it.
    """
    block = int(0.4 * rate) + 1
    if 0 < len(samples) < block:
        samples = np.tile(samples, block // len(samples) + 1)
    meter = Loudness(rate)
    meter.add(samples)
    return meter.value()


def k_weighting(rate: int) -> list[tuple[float, float, float, float, float, float]]:
    """BS.1770's K-weighting at `rate` as two biquads, (b0, b1, b2, a0, a1, a2) each with
    a0 = 1, designed as pyloudnorm designs them (RBJ's cookbook): a high shelf of +4 dB
    from 1,500 Hz (Q 1/√2), then a high pass at 38 Hz (Q 0.5)."""

    def designed(kind: str, gain: float, q: float, frequency: float):
        a = 10 ** (gain / 40)
        w0 = 2 * math.pi * frequency / rate
        cos, alpha = math.cos(w0), math.sin(w0) / (2 * q)
        if kind == "high shelf":
            root = 2 * math.sqrt(a) * alpha
            b = (a * ((a + 1) + (a - 1) * cos + root), -2 * a * ((a - 1) + (a + 1) * cos),
                 a * ((a + 1) + (a - 1) * cos - root))
            den = ((a + 1) - (a - 1) * cos + root, 2 * ((a - 1) - (a + 1) * cos),
                   (a + 1) - (a - 1) * cos - root)
        else:
            b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
            den = (1 + alpha, -2 * cos, 1 - alpha)
        return tuple(x / den[0] for x in (*b, *den))

    return [designed("high shelf", 4.0, 1 / math.sqrt(2), 1500.0),
            designed("high pass", 0.0, 0.5, 38.0)]


FILTER_FRAME = 1 << 16
"""Samples handed to the K-weighting filters at a time: FFmpeg keeps buffers of this size
and uses them again. Measured on 30 s of audio: 14 ms in frames of 65,536 samples, 18 ms
in frames of 16,384 and 33 ms in one frame (whose buffers are made anew for each
measurement)."""


DENORMAL_GUARD = np.tile(np.array([1e-20, -1e-20]), FILTER_FRAME // 2 + 1)
"""A tone at the highest frequency, 400 dB under full scale, added to what the K-weighting
filters are given: in the silence after speech their state fell away into subnormal
numbers, which the processor works 30 times slower ("1 s of speech, 9 s of silence" took
150 ms to measure, 10 s of speech 5 ms)."""


class Loudness:
    """Integrated loudness of audio fed a piece at a time, as pyloudnorm measures it.

    The K-weighting (`k_weighting`, pyloudnorm's filters) runs in FFmpeg's biquad filters
    (through PyAV, which the audiobook encodes with) in double precision, carrying its
    state from piece to piece; the squares are summed in 100 ms sub-blocks, four of which
    make each 400 ms gating block (75% overlap), and the blocks are gated as BS.1770-4
    says (-70 LUFS, then 10 LU under the loudness of those left). Not SciPy's `sosfilt`:
    importing `scipy.signal` (which pyloudnorm does) took 1.3 s of processor time, most of
    what an edited sentence's mastering cost, for filters FFmpeg runs nearly as fast (a
    measurement of 30 s of audio takes 17 ms, against 13 ms with `sosfilt`) and closer to
    exact (within 1e-13 of a float64 reference, where float32 `sosfilt` was 5e-5 off).
    Mastering measures an utterance several times while it solves for its gain, and this
    takes two fifths of the time of `pyloudnorm.Meter.integrated_loudness`, whose blocks
    are a Python loop; the two agree to 0.001 LU (tested).
    """

    def __init__(self, rate: int):
        import av

        self.rate = rate
        self._graph = av.filter.Graph()
        # FFmpeg otherwise starts a pool of threads for each graph, to share out a frame's
        # channels; mono leaves them nothing to do. Mastering 2,000 words started and
        # stopped 1,400 of them: a rebuild that only masters took 18.6 s of processor
        # time, now 16.5.
        self._graph.threads = 1
        stage = self._graph.add_abuffer(format="dbl", sample_rate=rate, layout="mono")
        for b0, b1, b2, a0, a1, a2 in k_weighting(rate):
            biquad = self._graph.add("biquad", f"b0={b0!r}:b1={b1!r}:b2={b2!r}:a0={a0!r}:"
                                     f"a1={a1!r}:a2={a2!r}:precision=f64:transform=tdii")
            stage.link_to(biquad)
            stage = biquad
        stage.link_to(self._graph.add("abuffersink"))
        self._graph.configure()
        self._sub = rate // 10
        self._sums: list[np.ndarray] = []
        self._partial = 0.0
        self._filled = 0
        self._given = 0
        self.samples = 0

    def add(self, samples: np.ndarray) -> None:
        for weighted in self._weighted(samples):
            self._sum_squares(weighted)

    def _weighted(self, samples: np.ndarray) -> Iterator[np.ndarray]:
        """`samples` K-weighted, in the pieces FFmpeg hands them back in, one at a time: a
        section of 52 minutes held a double-precision copy of all of it (1.1 GB)."""
        import av

        for start in range(0, len(samples), FILTER_FRAME):
            block = np.asarray(samples[start:start + FILTER_FRAME], dtype=np.float64)
            phase = self._given % 2  # the guard's tone runs on from block to block
            block = block + DENORMAL_GUARD[phase:phase + len(block)]
            self._given += len(block)
            frame = av.AudioFrame.from_ndarray(block[np.newaxis], format="dbl", layout="mono")
            frame.sample_rate = self.rate
            self._graph.push(frame)
            while True:
                try:
                    yield self._graph.pull().to_ndarray()[0]
                except av.error.BlockingIOError:
                    break

    def _sum_squares(self, weighted: np.ndarray) -> None:
        squares = np.square(weighted)
        self.samples += len(squares)
        take = min(self._sub - self._filled, len(squares))
        self._partial += float(np.sum(squares[:take]))
        self._filled += take
        if self._filled < self._sub:
            return
        self._sums.append(np.array([self._partial]))
        rest = squares[take:]
        whole = len(rest) // self._sub * self._sub
        self._sums.append(rest[:whole].reshape(-1, self._sub).sum(axis=1))
        self._partial, self._filled = float(np.sum(rest[whole:])), len(rest) - whole

    def value(self) -> float:
        """Integrated loudness in LUFS of everything added."""
        blocks = int(np.round((self.samples / self.rate - 0.4) / 0.1)) + 1
        if blocks < 1:
            return float("-inf")
        partial = [np.array([self._partial])] if self._filled else []
        sums = np.concatenate(self._sums + partial + [np.zeros(blocks + 4)])
        z = (sums[:blocks] + sums[1:blocks + 1] + sums[2:blocks + 2]
             + sums[3:blocks + 3]) / (0.4 * self.rate)
        with np.errstate(divide="ignore"):
            block_loudness = -0.691 + 10 * np.log10(z)
        gated = z[block_loudness >= -70.0]
        if not len(gated):
            return float("-inf")
        relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
        gated = z[(block_loudness > relative) & (block_loudness > -70.0)]
        return float(-0.691 + 10 * np.log10(gated.mean())) if len(gated) else float("-inf")


CODEC_HEADROOM = 0.5
"""dB kept below the true-peak ceiling before encoding: MP3 at 128 kbps raises the true
peak of speech by up to about 0.3 dB, and the published file must still be under it."""


def master(samples: np.ndarray, rate: int, settings: Settings) -> np.ndarray:
    """One clip mastered as a section of its own: 44.1 kHz, at the loudness target, under
    the true-peak ceiling, with head and tail silence."""
    return assemble_section([samples], [0.0], rate, settings).samples


def master_utterance(samples: np.ndarray, rate: int, settings: Settings, before: float,
                     after: float) -> tuple[np.ndarray, float]:
    """An utterance at 44.1 kHz, at the loudness target and under the true-peak ceiling as
    it will be measured in its section, between `before` and `after` seconds of silence;
    and its true peak (dBTP)."""
    audio = _resample(samples, rate, RATE) if rate != RATE else samples.astype(np.float32)
    audio = (audio - float(np.mean(audio))).astype(np.float32) if len(audio) else audio
    lead, trail = (round(seconds * RATE) for seconds in (before, after))
    placed = np.concatenate([np.zeros(lead, np.float32), audio, np.zeros(trail, np.float32)])
    del audio
    levelled, peak = level(placed, settings.loudness, settings.true_peak - CODEC_HEADROOM)
    return levelled[lead:len(levelled) - trail], peak


def level(audio: np.ndarray, target: float, ceiling: float) -> tuple[np.ndarray, float]:
    """`audio` at `target` LUFS (±0.05 LU) with its true peak at most `ceiling` dBTP; and
    that true peak.

    Speech from a neural voice has a crest factor near 21 dB, so reaching −18 LUFS under
    a −3.5 dBTP ceiling means limiting the peaks, and limiting lowers the loudness again.
    So the gain *before* the limiter is solved for (secant steps on loudness after
    limiting, which rises monotonically with that gain) and the result is always measured
    after the limiter, never before it (the old loop could stop right after limiting and
    leave files about 0.7 LU quiet). If the true peak still ends over the ceiling, the
    limiter's sample-peak threshold is lowered and the solve repeated.

    The limiter's look at the peaks (`peak_envelope`) does not depend on the gain, so it is
    made once and scaled for each step. The first step guesses the slope (`FIRST_SLOPE`);
    a repeated solve starts from the gain and slope the last one found.
    """
    loudness = integrated_loudness(audio)
    if not np.isfinite(loudness):
        return audio, true_peak_db(audio)
    envelope = peak_envelope(audio)
    peak = envelope.max()
    threshold = ceiling - LIMITER_MARGIN
    most = threshold - 20 * np.log10(peak) + MAX_BOOST
    gain, slope = min(target - loudness, most), FIRST_SLOPE
    for _ in range(4):
        def limited(gain_db: float) -> np.ndarray:
            gain = np.float32(10 ** (gain_db / 20))
            loud = np.multiply(audio, gain, dtype=np.float32)
            if float(peak * gain) <= 10 ** (threshold / 20):
                return loud
            return limit(loud, 10 ** (threshold / 20), np.multiply(envelope, gain))

        result = limited(gain)
        miss = target - integrated_loudness(result)
        previous = None
        for _ in range(12):
            if abs(miss) < 0.05:
                break
            if previous is not None and gain != previous[0]:
                slope = float(np.clip((previous[1] - miss) / (gain - previous[0]), 0.1, 1.0))
            previous = (gain, miss)
            step = min(gain + miss / slope, most)
            if step == gain:
                break  # as loud as `MAX_BOOST` lets it be
            gain = step
            result = limited(gain)
            miss = target - integrated_loudness(result)
        true_peak = true_peak_db(result)
        if true_peak <= ceiling:
            return result, true_peak
        threshold -= true_peak - ceiling + 0.1
    # Not reached (a signal that is nearly all peaks): the ceiling wins over the target.
    return (result * np.float32(10 ** ((ceiling - true_peak) / 20))).astype(np.float32), ceiling


MAX_BOOST = 30.0
"""dB of gain `level` may give beyond the gain that brings the peaks to the limiter's
threshold. Whole sections of speech reach the target far below it; a short utterance with
high peaks (Piper's "Your dose", alone in its section) reached -18.5 LUFS only about 25 dB
beyond, all of its quiet parts raised; and one of sparse clicks never reaches the target,
each step of the solve adding tens of dB more, until the gain overflowed to infinity."""


LIMITER_MARGIN = 0.75
"""dB the limiter's sample-peak threshold starts under the true-peak ceiling. A section at
44.1 kHz, resampled from a voice at 22.05 or 24 kHz, peaks up to about 0.7 dB higher
between its samples than on them; with 0.5 dB, two sections in seven went over the ceiling
and were solved again with a lower threshold (two to three more loudness measurements and
a true-peak measurement each). With 0.75 none of 28 sections did (the sample's and the
2,000-word handout's, each as written and with one section rewritten), and mastering the
rewritten 2,000-word handout took 3.9 s of CPU instead of 4.7 s."""

FIRST_SLOPE = 0.35
"""LU of loudness gained per dB of gain before the limiter, as `level` first guesses it. At
-18 LUFS the limiter holds a fifth to two fifths of a neural voice's samples, and measured
slopes were 0.2 to 0.45 (1.0 where nothing is limited, when the first gain is already
right). A guess of 1.0 took five or six measurements a section, 0.35 two to four."""

ATTACK = 0.005
"""Seconds the limiter's gain starts to fall before a peak."""

RELEASE = 0.05
"""Seconds the limiter's gain stays down after a peak."""


def peak_envelope(samples: np.ndarray) -> np.ndarray:
    """For each sample, the largest magnitude within the limiter's attack before it and
    its release after: the peak the limiter's gain there must hold under the ceiling.

    The gain a peak needs, ceiling ÷ magnitude, falls as the magnitude rises, so the
    least gain in a window is the gain its largest magnitude needs: taking the largest
    magnitudes first gives the same gain, to the bit, as taking the least gains after,
    and for any overall gain, since scaling keeps the order of magnitudes.
    """
    # The largest within the attack either side, then within the release window around
    # that, is the largest within one window as wide as both: one pass, not two.
    width = max(1, int(ATTACK * RATE))
    return running_max(np.abs(samples), 2 * width + int(RELEASE * RATE))


def running_max(values: np.ndarray, size: int) -> np.ndarray:
    """The largest of `values` (none negative) within `size` of each, the window centred
    as SciPy's `maximum_filter1d` centres it, in time proportional to their number
    whatever the window (van Herk and Gil and Werman's algorithm): the window ending in a
    block of `size` is the rest of the block before it and the start of its own, whose
    largest are running maxima from either end. Outside the array counts as zero, which
    for magnitudes is what mirroring the array there gives too."""
    before = size // 2
    padded = np.zeros(-(-(len(values) + size - 1) // size) * size, values.dtype)
    padded[before:before + len(values)] = values
    blocks = padded.reshape(-1, size)
    from_start = np.maximum.accumulate(blocks, axis=1).ravel()
    from_end = np.maximum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.maximum(from_end[:len(values)], from_start[size - 1:size - 1 + len(values)])


def moving_average(values: np.ndarray, size: int) -> np.ndarray:
    """The mean of `values` within `size` of each, centred and mirrored at the ends as
    SciPy's `uniform_filter1d` does, from running sums in double precision."""
    before = size // 2
    mirrored = np.pad(values.astype(np.float64), (before, size - 1 - before), mode="symmetric")
    sums = np.concatenate([[0.0], np.cumsum(mirrored)])
    return ((sums[size:] - sums[:-size]) / size).astype(values.dtype)


def limit(samples: np.ndarray, ceiling: float, envelope: np.ndarray | None = None
          ) -> np.ndarray:
    """Peaks brought under `ceiling` by a smooth gain that starts `ATTACK` s early.

    `envelope` is `samples`'s `peak_envelope`, when the caller has it already. The gain is
    1 wherever no peak within its reach is over the ceiling, so it is worked out only in
    the stretches around those peaks: a fifth to two fifths of a section of speech.
    """
    envelope = peak_envelope(samples) if envelope is None else envelope
    width = max(1, int(ATTACK * RATE))
    result = samples.copy()
    for start, end in _stretches(envelope > ceiling, reach=width):
        needed = np.maximum(envelope[start:end], 1e-9)
        np.divide(ceiling, needed, out=needed)
        np.minimum(needed, 1.0, out=needed)
        result[start:end] *= moving_average(needed, width)
    return result


def _stretches(mask: np.ndarray, reach: int) -> list[tuple[int, int]]:
    """The runs of True in `mask`, each widened by `reach` on both sides (within the array)
    and joined where they would overlap."""
    edges = np.flatnonzero(np.diff(mask, prepend=False, append=False))
    if not len(edges):
        return []
    starts = np.maximum(edges[0::2] - reach, 0)
    ends = np.minimum(edges[1::2] + reach, len(mask))
    gaps = np.flatnonzero(starts[1:] > ends[:-1])  # stretch `gap` ends before the next starts
    firsts = np.concatenate([[0], gaps + 1])
    lasts = np.concatenate([gaps, [len(ends) - 1]])
    return list(zip(starts[firsts].tolist(), ends[lasts].tolist()))


def silence(seconds: float, rate: int) -> np.ndarray:
    return np.zeros(int(round(seconds * rate)), dtype=np.float32)


@dataclass(frozen=True)
class Trimmed:
    """An utterance with the engine's silence cut where its section begins or ends, and how
    many seconds were cut before and after its sound; mastered, its true peak (dBTP)."""

    samples: np.ndarray
    lead: float = 0.0
    trail: float = 0.0
    peak: float = 0.0


def trim(samples: np.ndarray, rate: int, first: bool, last: bool) -> Trimmed:
    """`samples` with the engine's own lead-in cut if it begins its section (`first`) and
    its own tail if it ends it (`last`), so that the head and tail silences are exactly
    the configured lengths."""
    if not (first or last):
        return Trimmed(samples)
    start, end = speech_bounds(samples, rate)
    start, end = (start if first else 0), (end if last else len(samples))
    return Trimmed(samples[start:end], start / rate, (len(samples) - end) / rate)


def join_section(utterances: Iterable[Trimmed], pauses: Sequence[float], settings: Settings,
                 speech: int | None = None) -> SectionAudio:
    """The section: head silence, each mastered utterance (44.1 kHz) with its pause after
    it but the last, tail silence, all brought by one gain (in steps of `GAIN_STEP`) to the
    loudness target as it will be published (`published_loudness`), as far as the true-peak
    ceiling allows (`TRIM`); with where each utterance sits, its trimmed silence counted in
    (seconds).

    `utterances` may come one at a time, loaded as they are wanted, if `speech` says how
    many samples they hold together: memory then holds the section and one utterance, not
    a second copy of the section (a section of an hour is 640 MB)."""
    if speech is None:
        utterances = list(utterances)
        speech = sum(len(utterance.samples) for utterance in utterances)
    head, tail = (len(silence(seconds, RATE)) for seconds in (settings.head_silence,
                                                              settings.tail_silence))
    between = [len(silence(pause, RATE)) for pause in pauses[:-1]]
    empty = 0 if pauses else len(silence(0.5, RATE))
    joined = np.zeros(head + speech + sum(between) + empty + tail, dtype=np.float32)
    clips = []
    peak = -math.inf
    position = head
    for utterance, pause in zip(utterances, [*between, 0]):
        end = position + len(utterance.samples)
        joined[position:end] = utterance.samples
        clips.append((max(0.0, position / RATE - utterance.lead), end / RATE + utterance.trail))
        peak = max(peak, utterance.peak)
        position = end + pause
    if len(clips) != len(pauses) or position != len(joined) - empty - tail:
        raise ValueError("the utterances do not hold the samples the section was laid out for")
    loudness = published_loudness(joined)
    if clips and np.isfinite(loudness):
        headroom = settings.true_peak - CODEC_HEADROOM - peak
        steps = min(round((settings.loudness - loudness) / GAIN_STEP),
                    math.floor(headroom / GAIN_STEP))
        first, last = sound_bounds(joined)
        most = SHORT_TRIM if last - first < SHORT_SPEECH * RATE else TRIM
        gain = float(np.clip(steps * GAIN_STEP, -most, most))
        joined *= np.float32(10 ** (gain / 20))
        if abs(settings.loudness - loudness - gain) > RELEVEL:
            # `level` measures the whole; as published, the pieces' silence counts too
            silence_counted = integrated_loudness(joined) - published_loudness(joined)
            joined, _ = level(joined, settings.loudness + silence_counted,
                              settings.true_peak - CODEC_HEADROOM)
    return SectionAudio(joined, tuple(clips))


RELEVEL = 0.5
"""LU a joined section may still miss its target by after its one gain, beyond which it is
levelled again as a whole, its peaks limited as an utterance's are (`level`). A meeting's
minutes of three short lines far apart, "Date: ____", "Time: ____", "Location: ____",
measured -19.6 LUFS joined, their peaks at -4.1 dBTP left room for 0.6 dB of the 1.6
wanted, and `invoke check` failed the handout it had just built at -19.0."""


def published_loudness(section: np.ndarray) -> float:
    """The integrated loudness of `section` as it is published, with the silence its cutting
    into pieces adds at its pauses (`encode.cut_at_pauses`): measured without it, the test
    fixture's sections were published 0.08 to 0.15 LU over their target. Measured a piece
    at a time, as one meter's K-weighting carries its state from piece to piece: joined
    again, a section of 52 minutes held a third copy of itself (550 MB). A section of less
    than `SHORT_SPEECH` of sound is measured as `invoke check` measures it, by its sound
    alone."""
    from handout.audio.encode import cut_at_pauses

    first, last = sound_bounds(section)
    if last - first < SHORT_SPEECH * RATE:  # as `Measure.loudness` measures it
        return integrated_loudness(section[first:last])
    meter = Loudness(RATE)
    for piece in cut_at_pauses(section):
        meter.add(piece.samples)
    return meter.value()


def sound_bounds(samples: np.ndarray, floor_db: float = -50.0) -> tuple[int, int]:
    """Where the first sound louder than `floor_db` dBFS starts and the last ends ((0, 0) in
    silence), looked for a block at a time from each end: an index of every loud sample of
    a four-minute section took 85 MB, twice the section."""
    floor = 10 ** (floor_db / 20)
    starts = range(0, len(samples), FILTER_FRAME)

    def loud(start: int) -> np.ndarray:
        return np.flatnonzero(np.abs(samples[start:start + FILTER_FRAME]) > floor)

    first = next((start + int(found[0]) for start in starts if len(found := loud(start))), None)
    if first is None:
        return 0, 0
    return first, next(start + int(found[-1]) + 1 for start in reversed(starts)
                       if len(found := loud(start)))


GAIN_STEP = 0.1
"""dB a joined section's gain moves by (never beyond the true-peak headroom). Editing one
sentence moves its section's loudness by hundredths of a LU, which leaves the gain, and so
every piece of the section the edit did not touch (`encode.cut_at_pauses`), as it was:
those pieces are not encoded again. The section lands within 0.05 LU of the target."""

TRIM = 1.0
"""dB a joined section's gain may move, at most. Its utterances are each at the target, so
the section is within a few tenths of a LU of it: the sample's sections measured -18.18 to
-17.98 LUFS, and two short sentences of Piper's -18.38. One gain brings it to the target
(with one loudness measurement of the section), unless that would lift an utterance's true
peak, measured when it was mastered (the joins are silence), over the ceiling."""

SHORT_TRIM = 4.0
"""dB the gain of a section of less than `SHORT_SPEECH` of sound may move. Its utterances
were mastered with the silence around them, and it is published at the loudness of its
sound alone, which for one word is louder by up to some 3 LU: a Hebrew title of one word,
"תמיכה", measured -15.5 LUFS, was brought down by `TRIM` alone, and `invoke check` failed
it at -16.5."""


def master_in_section(samples: np.ndarray, rate: int, pauses: Sequence[float], index: int,
                      settings: Settings) -> Trimmed:
    """Utterance `index` of a section whose script has `pauses`, from the engine's samples
    (at `rate`): trimmed where the section begins or ends, and mastered in its place."""
    before, after = contexts(pauses, settings)[index]
    cut = trim(samples, rate, index == 0, index == len(pauses) - 1)
    levelled, peak = master_utterance(cut.samples, rate, settings, before, after)
    return replace(cut, samples=levelled, peak=peak)


def assemble_section(utterances: Sequence[np.ndarray], pauses: Sequence[float], rate: int,
                     settings: Settings) -> SectionAudio:
    """The section made from its utterances' raw samples (at `rate`): each trimmed at the
    section's ends, mastered in its place, and joined with a pause after each but the last."""
    return join_section([master_in_section(samples, rate, pauses, index, settings)
                         for index, samples in enumerate(utterances)], pauses, settings)


def silence_at_ends(samples: np.ndarray, rate: int, floor_db: float = -50.0) -> tuple[float, float]:
    """Seconds before the first and after the last sample louder than `floor_db` dBFS."""
    first, end = sound_bounds(samples, floor_db)
    if not end:
        return len(samples) / rate, len(samples) / rate
    return first / rate, (len(samples) - end) / rate


SHORT_SPEECH = 3.0
"""Seconds of sound (from the first sound to the last) under which a file's loudness is
that of its sound alone (`Measure.loudness`). Measured with the silence around it, a word
or two is mostly in the 400 ms blocks that straddle its ends, and a section of a one-word
title, "Tables", or of a heading over nothing, "Установка", measured -19.4 and -20.4 LUFS:
`invoke check` failed files the build could not make louder under the true-peak ceiling,
whose word a listener hears at -18.4, as loud as the sentences around it. 3 s is the window
of the standard's short-term loudness (EBU Tech 3341)."""


KEPT_SECONDS = 30
"""Seconds of a file `Measure` keeps, long enough for `SHORT_SPEECH` of sound between the
longest silences a section is given."""


class Measure:
    """Integrated loudness, true peak and the silence at both ends of audio fed a piece at a
    time (`add`), so that a long file is measured in flat memory (`invoke check` on a
    20,000-word handout decodes hours of audio).

    Loudness is `Loudness`'s, or for a file of less than `SHORT_SPEECH` of sound that of its
    sound alone (for which the first seconds are kept); the true peak is the peak of a 4×
    oversampled stream (soxr, as `true_peak_db`).
    """

    def __init__(self, rate: int, floor_db: float = -50.0):
        import soxr

        self.rate = rate
        self._loudness = Loudness(rate)
        self._oversample = soxr.ResampleStream(rate, rate * 4, 1, dtype="float32", quality="VHQ")
        self._peak = 0.0
        self._floor = 10 ** (floor_db / 20)
        self._first_loud: int | None = None
        self._last_loud: int | None = None
        self._kept: list[np.ndarray] | None = []

    def add(self, samples: np.ndarray) -> None:
        samples = np.asarray(samples, dtype=np.float32)
        if self._kept is not None:
            self._kept.append(samples.copy())
            if self.samples + len(samples) > KEPT_SECONDS * self.rate:
                self._kept = None  # too long to be a short file's
        loud = np.flatnonzero(np.abs(samples) > self._floor)
        if len(loud):
            if self._first_loud is None:
                self._first_loud = self.samples + int(loud[0])
            self._last_loud = self.samples + int(loud[-1])
        over = self._oversample.resample_chunk(samples)
        if len(over):
            self._peak = max(self._peak, float(over.max()), -float(over.min()))
        self._loudness.add(samples)

    @property
    def samples(self) -> int:
        """How many samples have been added."""
        return self._loudness.samples

    def loudness(self) -> float:
        """Integrated loudness in LUFS of everything added; of its sound alone if that lasts
        less than `SHORT_SPEECH`."""
        if self._kept is not None and self._first_loud is not None and \
                self._last_loud + 1 - self._first_loud < SHORT_SPEECH * self.rate:
            sound = np.concatenate(self._kept)[self._first_loud:self._last_loud + 1]
            return integrated_loudness(sound, self.rate)
        return self._loudness.value()

    def true_peak_db(self) -> float:
        tail = self._oversample.resample_chunk(np.zeros(0, dtype=np.float32), last=True)
        if len(tail):
            self._peak = max(self._peak, float(np.abs(tail).max()))
        return 20 * np.log10(self._peak) if self._peak > 0 else -120.0

    def silence_at_ends(self) -> tuple[float, float]:
        """Seconds before the first and after the last sample louder than the floor."""
        if self._first_loud is None:
            return self.samples / self.rate, self.samples / self.rate
        return (self._first_loud / self.rate,
                (self.samples - 1 - self._last_loud) / self.rate)

