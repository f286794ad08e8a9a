"""Audio stage, voice: which engine and voice speak a handout, and what identifies their sound.

A `Voice` is the picklable description a worker process (local or on a Dask cluster) opens
an engine from, once per process (`open_voice`). `Voice.identity` names everything that
shapes the engine's samples (engine and its version, voice and its model's hash, speed,
noise scheme) without loading the engine, so that a build with nothing to narrate loads no
engine and no audio library; `Voice.prepare` makes, in the building process, the files
the workers' engines will open.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from handout.outputs import write_atomic


@dataclass(frozen=True)
class Voice:
    """The engine settings for one handout."""

    engine: str
    voice: str
    lang: str
    speed: float
    cache: Path
    """The folder of voice files of the machine that planned the build (`voice_files`)."""
    threads: int = 1
    """Threads one engine may use inside each call. Always one: parallel work comes from
    worker processes, or from threads sharing one engine (`schedule.THREADED_ENGINES`), and
    Piper's output differs in the last bits with its thread count (by about 2e-6 between
    one thread and two), so one thread everywhere keeps serial and parallel builds, and
    every cache entry, byte for byte the same however many workers made them."""

    def open(self):
        """The engine, opened with this machine's voice files: a worker on another machine
        of a Dask cluster keeps its own (`voice_files`)."""
        from handout.audio.engines import open_engine

        return open_engine(self.engine, self.voice, self.lang, self.speed,
                           voice_files(self.cache), self.threads)

    def identity(self) -> str:
        """What shapes the engine's audio, computed without loading the engine."""
        from importlib.metadata import version

        if self.engine == "piper":
            from handout.audio.engines import find_piper_voice, piper_identity

            info = find_piper_voice(self.voice)
            return piper_identity(info.name, cached_md5(info.model, self.cache), self.speed)
        if self.engine == "kokoro":
            from handout.audio.engines.kokoro import kokoro_identity

            return kokoro_identity(self.voice, self.lang, self.speed)
        if self.engine == "espeak":
            from handout.audio.engines.espeak import espeak_identity

            return espeak_identity(self.voice, self.speed, self.cache)
        if self.engine == "gtts":
            return f"gTTS {version('gTTS')}; {self.lang}; speed {self.speed}"
        return f"{self.engine}; {self.voice}"

    def prepare(self) -> None:
        """Put in the cache folder, once, the files every worker's engine opens (Kokoro's
        model, espeak-ng's private library), so that workers starting together do not each
        make them."""
        if self.engine == "kokoro":
            from handout.audio.engines.kokoro import kokoro_model

            kokoro_model(self.cache)
        elif self.engine == "espeak":
            from handout.audio.engines.espeak import private_library

            private_library(self.cache)


def voice_files(fallback: Path) -> Path:
    """The folder for the files made from the voices and libraries installed here, not from
    any handout: a Piper voice's graph ready to run (`noise.seeded_session`) and its model's
    md5, Kokoro's model joined from its parts, espeak-ng's private library, and the
    listener's model (`check.recogniser.ensure_model`).

    `$XDG_CACHE_HOME/handout` (by default `~/.cache/handout`), shared by every project on
    this machine, so that a new project, or one cleaned, opens its voice as fast as any
    rebuild (Piper's graph took 1.3 s of processor time to seed and optimise, in every
    cold build) and keeps no copy of its own (61 MB for Piper's, 92 MB for Kokoro's,
    145 MB for the listener's). Where that folder cannot be written (a read-only home, a
    worker run as another user), `fallback`, the project's own cache folder."""
    home = os.environ.get("XDG_CACHE_HOME", "")
    folder = (Path(home) if os.path.isabs(home) else Path.home() / ".cache") / "handout"
    with contextlib.suppress(OSError, RuntimeError):  # RuntimeError: no home folder known
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK | os.X_OK):
            return folder
    return fallback


_OPENING = threading.Lock()


def open_voice(voice: Voice):
    """The engine for `voice`, opened once per process however many tasks (or threads)
    narrate with it."""
    with _OPENING:
        return _opened(voice)


@functools.cache
def _opened(voice: Voice):
    return voice.open()


def cached_md5(model: Path, cache: Path) -> str:
    """The voice file's md5, remembered by size and modification time."""
    from handout.audio.engines import file_md5

    stat = model.stat()
    memo = cache / "voice-md5.json"
    known = {}
    with contextlib.suppress(OSError, ValueError):
        known = json.loads(memo.read_text("utf-8"))
    stamp = f"{model}:{stat.st_size}:{stat.st_mtime_ns}"
    if stamp not in known:
        known[stamp] = file_md5(model)
        with contextlib.suppress(OSError):  # a worker that cannot write there hashes again
            write_atomic(memo, json.dumps(known, indent=1))
    return known[stamp]
