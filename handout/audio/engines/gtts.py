"""Speech engines, gTTS: Google's voice, for those who choose it; needs the internet.

Text goes to Google in pieces under gTTS's 100-character limit, cut at sentence ends; busy
replies (HTTP 429, 5xx) are retried with growing waits, and every piece is cached, so a
rebuild sends nothing. Offline it stops at once, naming the offline engines.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from handout.audio.engines.base import SENTENCE_GAP, Waveform, log
from handout.audio.engines.choice import offline_engine
from handout.errors import HandoutError

if TYPE_CHECKING:
    import numpy as np


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


def gtts_code(lang: str) -> str | None:
    """gTTS's code for a BCP 47 tag: the full tag if gTTS knows it, else its language;
    None if it knows neither."""
    from gtts.lang import tts_langs

    known = tts_langs()
    return next((code for code in (lang, lang.split("-")[0].lower()) if code in known), None)


def gtts_language(lang: str) -> str:
    """gTTS's code for `lang` (`gtts_code`), which it must have."""
    code = gtts_code(lang)
    if code is None:
        raise HandoutError(f"gTTS has no voice for language '{lang}': narrate offline with "
                           f"--engine {offline_engine(lang)}")
    return code



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
                                       f"--engine {offline_engine(self.lang)}") from None
                if status != 429 and status < 500:
                    raise HandoutError(f"gTTS request refused by Google ({status}): "
                                       f"{error}; narrate offline with --engine "
                                       f"{offline_engine(self.lang)}") from None
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
                           f"narrate offline with --engine {offline_engine(self.lang)}")

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
