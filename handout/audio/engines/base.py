"""Speech engines, the protocol: what every engine offers the audio stage.

An engine turns one utterance (plain words, usually one sentence) into a mono `Waveform`,
and names in `identity()` everything that shapes its samples, for cache keys and tags.
Engines raise `HandoutError` on any failure the user can act on; they never return a flag
or print. Nothing here imports numpy, so that a build with nothing to narrate loads none.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("handout.diagnostics")


@dataclass(frozen=True)
class Waveform:
    """Mono audio: float32 samples in [-1, 1] at `rate` samples per second."""

    samples: np.ndarray
    rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate


class SpeechEngine(Protocol):
    """What every speech engine offers the audio stage."""

    name: str
    voice: str
    rate: int

    def identity(self) -> str:
        """Everything about the engine that shapes its audio, for cache keys and tags."""

    def synthesize(self, text: str) -> Waveform:
        """Speak `text` (plain words, one paragraph) with this engine's voice."""


SENTENCE_GAP = 0.25
"""Seconds of silence an engine puts between two sentences it finds inside one utterance.
The speech script already gives each sentence an utterance of its own, with the pause the
settings ask for; this gap only serves text an engine splits further (a voice's own
phonemizer may), and is fixed so that no setting of the script changes an engine's sound."""
