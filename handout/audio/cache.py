"""Audio stage, cache: narrated audio kept by content, so nothing is ever narrated twice.

Two stores under `build/.cache/`, both content-addressed (a file's name is a hash of
everything that shaped it) and written atomically, so concurrent builds and a build killed
at any moment can only leave whole entries or none:

- `UtteranceCache` (`utterances/`): each utterance as the engine spoke it, before mastering,
  keyed by `utterance_key` (the words as said and the voice's identity). Changing a pause,
  the loudness or the bit rate never narrates again; editing one sentence narrates one.
- `MasteredCache` (`mastered/`): each utterance mastered in its place in a section, keyed by
  `mastered_key` (its utterance key, where it stands and the mastering settings), so that
  an edited sentence masters one utterance and its section is joined from the others.
- `SectionCache` (`sections/`): what each section joined from its mastered utterances
  became, keyed by `section_key`: its length and the utterances' places in it (`clips`),
  its MP3 at each bit rate and its AAC for the M4B, so an unchanged section is neither
  joined nor encoded again (the complete MP3 and the M4B are joined from them); and the
  MP3 and AAC of each piece it was cut into (`piece_key`), so an edited section encodes
  only the pieces the edit changed. Its audio is not kept: a build that needs it joins it
  again from the mastered utterances.

Beside them, `CoverCache` (`covers/`) keeps the cover art the audio files are tagged with,
and `GraphCache` (`voices/`, in the machine's folder of voice files that every project
shares, `voice.voice_files`) each voice's graph ready to run.

Every file has a sidecar `.json` recording its SHA-256; a file that does not match (cut
short, damaged) counts as missing and is made again, never published.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from handout.outputs import Store, digest

if TYPE_CHECKING:
    import numpy as np

    from handout.audio.audiobook import Aac
    from handout.audio.master import Trimmed
    from handout.config import Settings

log = logging.getLogger("handout.diagnostics")


def utterance_key(spoken: str, voice_identity: str, speed: float) -> str:
    """Exactly what determines an utterance's samples: the words as said, and the voice
    (engine and its version, voice model and its hash, noise scheme) at `speed`. The speed
    is named apart, although the engines' identities include it, so that no engine can
    forget it."""
    return digest("utterance", spoken, voice_identity, speed)


def section_key(utterances: Sequence[str], pauses: Sequence[float], settings) -> str:
    """Everything that shapes a mastered section: its utterances and pauses, and mastering."""
    from handout.audio import MASTERING

    return digest("section", list(utterances), list(pauses), settings.loudness,
                  settings.true_peak, settings.head_silence, settings.tail_silence, MASTERING)


CONTEXT = 0.4
"""Seconds of the silence either side of an utterance it is levelled with, at most: one
400 ms gating block, the most of it a loudness measurement sees beside the words. Levelled
bare, the utterances made sections 0.05 to 0.35 LU under the target (the blocks that hold
the ends of the words and some silence count in the section); in their places, the
sample's and the 2,000-word handout's sections measured -18.18 to -17.98 LUFS at a target
of -18. A section's first utterance is levelled after the whole head silence, so that its
gating blocks fall where the file's will: on a test signal of regular clicks, moving them
by 50 ms moved its loudness by 0.33 LU."""


def contexts(pauses: Sequence[float], settings: Settings) -> list[tuple[float, float]]:
    """The seconds of silence each utterance of a section whose script has `pauses` is
    levelled between (`master.master_utterance`): the pauses around it, up to `CONTEXT`, and
    before the first the whole head silence."""
    pauses = [min(pause, CONTEXT) for pause in pauses[:-1]]
    return list(zip([settings.head_silence, *pauses], [*pauses, min(settings.tail_silence,
                                                                     CONTEXT)]))


def mastered_key(utterance: str, first: bool, last: bool, context: tuple[float, float],
                 settings) -> str:
    """Everything that shapes a mastered utterance: its raw audio, whether it begins or ends
    its section (trimmed there), the silence it is levelled between, and mastering."""
    from handout.audio import MASTERING

    return digest("mastered", utterance, first, last, list(context), settings.loudness,
                  settings.true_peak, MASTERING)


def piece_key(samples: np.ndarray) -> str:
    """A piece of a section (`encode.cut_at_pauses`) by its samples: an edit leaves the
    pieces it did not touch as they were, sample for sample, and so finds their encodings."""
    import hashlib

    return "piece-" + hashlib.sha256(samples.astype("<f4", copy=False).tobytes()).hexdigest()


def mp3_name(key: str, bitrate: int) -> str:
    """Name of a section's (or a piece's) cached MP3: its audio, the bit rate and the
    encoder."""
    from handout.audio import ENCODING

    return f"{key}-{bitrate}-{digest(ENCODING)[:8]}.mp3"


def aac_name(key: str) -> str:
    """Name of a section's (or a piece's) cached AAC: its audio and the encoder (FFmpeg's,
    in PyAV)."""
    import importlib.metadata

    from handout.audio import AUDIOBOOK

    return f"{key}-{digest(AUDIOBOOK, importlib.metadata.version('av'))[:8]}.aac"


class UtteranceCache(Store):
    """Raw utterances as 24-bit FLAC at the engine's own rate."""

    def __init__(self, cache: Path):
        super().__init__(cache / "utterances")

    def has_utterance(self, key: str) -> bool:
        return self.has(f"{key}.flac")

    def load(self, key: str) -> tuple[np.ndarray, int] | None:
        """The utterance's samples and rate, or None if missing or damaged."""
        import io

        import soundfile

        found = self.read(f"{key}.flac")
        if found is None:
            return None
        samples, rate = soundfile.read(io.BytesIO(found[0]), dtype="float32")
        return samples, rate

    def store(self, key: str, samples: np.ndarray, rate: int) -> None:
        import io

        import soundfile

        buffer = io.BytesIO()
        soundfile.write(buffer, samples, rate, format="FLAC", subtype="PCM_24")
        self.write(f"{key}.flac", buffer.getvalue(), rate=rate, samples=len(samples))


PCM_SCALE = 32768
"""A mastered utterance is cached as 16-bit integers: its samples times this, rounded to
the nearest, and divided by it again when read. These are libsndfile's own FLAC
conversions (its round trip matched them exactly on two million random samples), made
here, so that a build joins the utterances just mastered exactly as a later build would
read them."""


def as_cached(samples: np.ndarray) -> np.ndarray:
    """`samples` as `MasteredCache` gives them back after storing them: a section joined
    from utterances so rounded is exactly what a later build joins from the cache."""
    return _from_pcm16(_pcm16(samples))


def _pcm16(samples: np.ndarray) -> np.ndarray:
    import numpy as np

    scaled = np.rint(np.asarray(samples, dtype=np.float32) * np.float32(PCM_SCALE))
    return np.clip(scaled, -PCM_SCALE, PCM_SCALE - 1).astype(np.int16)


def _from_pcm16(pcm: np.ndarray) -> np.ndarray:
    import numpy as np

    return pcm.astype(np.float32) * np.float32(1 / PCM_SCALE)


class MasteredCache(Store):
    """Mastered utterances as 16-bit FLAC at 44.1 kHz (`PCM_SCALE`), with the seconds of
    the engine's silence trimmed before and after them and their true peaks."""

    def __init__(self, cache: Path):
        super().__init__(cache / "mastered")

    def read_pcm16(self, name: str) -> tuple[np.ndarray, dict] | None:
        """Audio written by `write_pcm16`, as float samples, and its sidecar; or None if
        missing, damaged or of the wrong length."""
        import io

        import soundfile

        from handout.audio.master import RATE

        found = self.read(name)
        if found is None:
            return None
        data, meta = found
        pcm, rate = soundfile.read(io.BytesIO(data), dtype="int16")
        if rate != RATE or len(pcm) != meta.get("samples"):
            log.warning("cached %s has the wrong length: making it again", name)
            return None
        return _from_pcm16(pcm), meta

    def write_pcm16(self, name: str, samples: np.ndarray, **facts: object) -> None:
        """Mastered audio (44.1 kHz) as 16-bit FLAC (`PCM_SCALE`), with `facts` and its
        length in the sidecar."""
        import io

        import soundfile

        from handout.audio.master import RATE

        buffer = io.BytesIO()
        soundfile.write(buffer, _pcm16(samples), RATE, format="FLAC", subtype="PCM_16")
        self.write(name, buffer.getvalue(), samples=len(samples), **facts)

    def length(self, key: str) -> int | None:
        """Samples in mastered utterance `key`, from its record alone, or None if it is not
        kept (its audio is checked when it is loaded)."""
        meta = self.sidecar(f"{key}.flac")
        return meta.get("samples") if meta else None

    def load(self, key: str) -> Trimmed | None:
        from handout.audio.master import Trimmed

        found = self.read_pcm16(f"{key}.flac")
        if found is None:
            return None
        samples, meta = found
        facts = [meta.get(name) for name in ("lead", "trail", "peak")]
        return None if None in facts else Trimmed(samples, *facts)

    def store(self, key: str, utterance: Trimmed) -> None:
        self.write_pcm16(f"{key}.flac", utterance.samples, lead=utterance.lead,
                         trail=utterance.trail, peak=utterance.peak)


class SectionCache(Store):
    """What each mastered section is: its length in samples and its utterances' clips (a
    small JSON record), the untagged MP3 encoded from it at every bit rate asked for, and
    its AAC. Not its audio: storing it (16-bit FLAC and its hash) took 0.1 to 0.2 s of
    processor time for each section of 100 s that a build made, about what joining it
    again from its mastered utterances takes, and only a build at a new bit rate ever read
    it back; that build joins it again."""

    def __init__(self, cache: Path):
        super().__init__(cache / "sections")

    def has_section(self, key: str) -> bool:
        return self.facts(key) is not None

    def facts(self, key: str) -> dict | None:
        """The section's length in samples and its clips, or None if not recorded."""
        found = self.read(f"{key}.section")
        if found is None:
            return None
        with contextlib.suppress(ValueError):
            facts = json.loads(found[0])
            if isinstance(facts, dict) and {"samples", "clips"} <= set(facts):
                return facts
        return None

    def store_section(self, key: str, samples: int, clips: Sequence[Sequence[float]]) -> None:
        self.write(f"{key}.section", json.dumps(
            {"samples": samples, "clips": [list(clip) for clip in clips]}).encode())

    def has_mp3(self, key: str, bitrate: int) -> bool:
        return self.has(mp3_name(key, bitrate))

    def mp3(self, key: str, bitrate: int) -> bytes | None:
        found = self.read(mp3_name(key, bitrate))
        return found[0] if found else None

    def store_mp3(self, key: str, bitrate: int, data: bytes) -> None:
        self.write(mp3_name(key, bitrate), data)

    def has_aac(self, key: str) -> bool:
        return self.has(aac_name(key))

    def aac(self, key: str) -> Aac | None:
        """The section's AAC packets (the sidecar keeps their sizes), or None."""
        from handout.audio.audiobook import Aac

        found = self.read(aac_name(key))
        if found is None or not isinstance(found[1].get("sizes"), list):
            return None
        data, meta = found
        ends = list(itertools.accumulate(meta["sizes"]))
        return Aac(tuple(data[end - size:end] for end, size in zip(ends, meta["sizes"])),
                   meta["samples"])

    def store_aac(self, key: str, aac: Aac) -> None:
        self.write(aac_name(key), b"".join(aac.packets),
                   sizes=[len(packet) for packet in aac.packets], samples=aac.samples)


class CoverCache(Store):
    """Cover art (`handout.cover.render_cover`), kept by `cover_key`, so that a build after
    an edit reads the cover its files are tagged with instead of drawing it again (0.1 s)."""

    def __init__(self, cache: Path):
        super().__init__(cache / "covers")

    def png(self, title: str) -> bytes:
        from handout.cover import cover_key, render_cover

        name = f"{cover_key(title)}.png"
        found = self.read(name)
        if found is not None:
            return found[0]
        drawn = render_cover(title)
        self.write(name, drawn)
        return drawn


class GraphCache(Store):
    """Voices' graphs ready to run (`noise.seeded_session`), checked like every cached file.
    A graph is named `voice-libraries-processor` (`noise._graph_name`)."""

    def __init__(self, cache: Path):
        super().__init__(cache / "voices")

    def write_graph(self, name: str, data: bytes) -> None:
        """Keep graph `name`, and drop the graphs of its voice made for this processor by
        other versions of the libraries: upgraded, they are never opened again, and each
        is 61 MB in a folder no `invoke clean` empties."""
        self.write(name, data)
        voice, _, processor = name.removesuffix(".onnx").split("-")
        for old in self.folder.glob(f"{voice}-*-{processor}.onnx"):
            if old.name != name:
                old.with_name(f"{old.name}.json").unlink(missing_ok=True)
                old.unlink(missing_ok=True)
