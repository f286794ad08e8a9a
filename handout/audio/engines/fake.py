"""Speech engines, the test fake: deterministic and instant, for the tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from handout.audio.engines.base import Waveform


@dataclass
class FakeEngine:
    """Deterministic stand-in: a voiced tone lasting 0.4 s a word (150 words a minute)."""

    voice: str = "fake-voice"
    name: str = "fake"
    rate: int = 22050
    spoken: list[str] = field(default_factory=list)

    def identity(self) -> str:
        return f"fake engine; voice {self.voice}"

    def synthesize(self, text: str) -> Waveform:
        import numpy as np

        self.spoken.append(text)
        words = max(1, len(text.split()))
        t = np.arange(int(words * 0.4 * self.rate)) / self.rate
        syllables = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
        tone = 0.3 * syllables * (np.sin(2 * np.pi * 160 * t) + 0.4 * np.sin(2 * np.pi * 320 * t))
        return Waveform(tone.astype(np.float32), self.rate)
