"""Speech engines, espeak-ng: a robotic but intelligible voice for any other language.

The libespeak-ng that `espeakng-loader` bundles (with its data; GPL-3.0-or-later) is
driven through ctypes, so no system package is needed. It knows about 140 voices; a
handout's language picks one by the tags `espeak_ListVoices` gives (lowest priority
first), or a voice is named by its identifier (`gmw/de`, `roa/pt`, as `invoke voices`
lists them).

libespeak-ng keeps state in C `static` variables (the pitch "flutter" index, for one) that
neither `espeak_Terminate` nor a new seed resets, so the same words gave different samples
depending on what the process had said before. Each utterance therefore loads a private
copy of the library (its own path, in the machine's folder of voice files), speaks, and
unloads it, which costs a few milliseconds and makes every utterance a function of its
words alone. The copy must be private: kokoro-onnx's phonemizer loads the loader's own
file and never lets go.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from handout.audio.engines.base import Waveform
from handout.errors import HandoutError

AUDIO_OUTPUT_SYNCHRONOUS = 0x02
INITIALIZE_DONT_EXIT = 0x8000
CHARS_UTF8 = 1
END_PAUSE = 0x1000
POSITION_CHARACTER = 1
PARAMETER_RATE = 1

WORDS_PER_MINUTE = 175
"""espeak-ng's own speaking rate; `speed` multiplies it."""


class _Voice(ctypes.Structure):
    # `languages` is a run of (priority byte, name, NUL) ended by a NUL: a c_char_p would
    # stop at the first NUL, so it is read as a raw pointer.
    _fields_ = [("name", ctypes.c_char_p), ("languages", ctypes.c_void_p),
                ("identifier", ctypes.c_char_p), ("gender", ctypes.c_ubyte),
                ("age", ctypes.c_ubyte), ("variant", ctypes.c_ubyte), ("spare1", ctypes.c_ubyte),
                ("score", ctypes.c_int), ("spare", ctypes.c_void_p)]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.c_void_p)
_LOCK = threading.Lock()
"""The library has one state per process: one utterance at a time."""


@dataclass(frozen=True)
class EspeakVoice:
    """A voice espeak-ng lists: its identifier, name, and (priority, language tag) pairs."""

    identifier: str
    name: str
    languages: tuple[tuple[int, str], ...]


def _library_source() -> Path:
    import espeakng_loader

    return Path(espeakng_loader.get_library_path())


@functools.cache
def library_digest() -> str:
    """The bundled library's sha256 (its first 12 digits name the private copy)."""
    with _library_source().open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def private_library(cache: Path) -> Path:
    """A private copy of libespeak-ng in `cache`, copied atomically on first use."""
    target = cache / "espeak" / f"libespeak-ng-{library_digest()[:12]}.so"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        shutil.copyfile(_library_source(), temporary)
        os.replace(temporary, target)
    return target


class _Loaded:
    """The private library loaded, initialised and, on leaving, terminated and unloaded."""

    def __init__(self, path: Path, collect):
        self.path = path
        self.collect = collect

    def __enter__(self) -> ctypes.CDLL:
        import espeakng_loader

        lib = ctypes.CDLL(str(self.path))
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p]
        lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        lib.espeak_Info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
        lib.espeak_Info.restype = ctypes.c_char_p
        self.rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                          espeakng_loader.get_data_path().encode(),
                                          INITIALIZE_DONT_EXIT)
        if self.rate <= 0:
            raise RuntimeError(f"espeak-ng could not start (espeak_Initialize {self.rate})")
        self.callback = _CALLBACK(self.collect)  # kept referenced while the library runs
        lib.espeak_SetSynthCallback(self.callback)
        self.lib = lib
        return lib

    def __exit__(self, *exc) -> None:
        import _ctypes

        self.lib.espeak_Terminate()
        _ctypes.dlclose(self.lib._handle)
        try:  # still mapped? Then its statics would carry over to the next utterance.
            still = ctypes.CDLL(str(self.path), mode=os.RTLD_NOLOAD)
        except OSError:
            return
        _ctypes.dlclose(still._handle)
        raise RuntimeError(f"{self.path} stayed loaded after it was closed, so espeak-ng's "
                           "output would depend on what it said before")


@functools.cache
def espeak_catalogue(cache: Path) -> tuple[str, tuple[EspeakVoice, ...]]:
    """espeak-ng's version and every voice it lists (read once per process)."""
    with _LOCK:
        loaded = _Loaded(private_library(cache), lambda *args: 0)
        with loaded as lib:
            path = ctypes.c_char_p()
            version = lib.espeak_Info(ctypes.byref(path)).decode()
            voices, listed, index = [], lib.espeak_ListVoices(None), 0
            while listed[index]:
                entry = listed[index].contents
                raw = ctypes.string_at(entry.languages, 256)
                languages, at = [], 0
                while at < len(raw) and raw[at] != 0:
                    end = raw.index(b"\0", at + 1)
                    languages.append((raw[at], raw[at + 1:end].decode()))
                    at = end + 1
                voices.append(EspeakVoice(entry.identifier.decode(), entry.name.decode().strip(),
                                          tuple(languages)))
                index += 1
    return version, tuple(voice for voice in voices if has_dictionary(voice.identifier))


def has_dictionary(identifier: str) -> bool:
    """Whether the data holds the dictionary voice `identifier` speaks with: the one its file
    names, or else its language's (`fr` for `fr-fr`). espeak-ng lists Faroese, Karakalpak
    and one made language whose dictionaries the data leaves out, and speaking one printed
    "Can't read dictionary file" and gave a third of a second of sound for a sentence; a
    handout in Faroese would have been published so, in silence."""
    import espeakng_loader

    data = Path(espeakng_loader.get_data_path())
    voice = data / "lang" / identifier
    if not voice.is_file():
        return True  # a variant or MBROLA voice: espeak-ng checks its own
    named: dict[str, str] = {}
    for words in map(str.split, voice.read_text("utf-8").splitlines()):
        if len(words) > 1 and words[0] in ("dictionary", "language"):
            named.setdefault(words[0], words[1])  # the first language names the dictionary
    dictionary = named.get("dictionary") or named.get("language", "").split("-")[0]
    return not dictionary or (data / f"{dictionary}_dict").is_file()


SPOKEN_THERE = {"zh-hk": "yue", "zh-mo": "yue", "zh-hant-hk": "yue", "zh-hant-mo": "yue"}
"""The language written Chinese is read aloud in where a region's tag names it: Cantonese
in Hong Kong and Macau, where a Hong Kong handout was read in Mandarin."""
MACROLANGUAGE = {"nn": "no"}
"""The language a written standard is one form of, whose voice reads it: Norwegian Nynorsk,
which espeak-ng lists no voice for; its Norwegian voice ("nb", "no") reads it, as it reads
Bokmål. A Nynorsk help page (sweep CO, `lang: nn`) stopped the build for want of a voice."""


def espeak_voice_for(lang: str, cache: Path) -> str | None:
    """The identifier of espeak-ng's voice for `lang` (a BCP 47 tag), or None: the exact
    tag first, then the language spoken there (`SPOKEN_THERE`), then its primary language,
    then the language it is a form of (`MACROLANGUAGE`), lowest priority number first."""
    _, voices = espeak_catalogue(cache)
    tag = lang.lower()
    primary = tag.split("-")[0]
    for wanted in (tag, SPOKEN_THERE.get(tag), primary, MACROLANGUAGE.get(primary)):
        ranked = sorted((priority, voice.identifier) for voice in voices
                        for priority, language in voice.languages if language == wanted)
        if ranked:
            return ranked[0][1]
    return None


def check_espeak_voice(voice: str, cache: Path) -> EspeakVoice:
    _, voices = espeak_catalogue(cache)
    for known in voices:
        if known.identifier == voice:
            return known
    raise HandoutError(f"espeak-ng has no voice '{voice}': 'invoke voices' lists them")


def espeak_identity(voice: str, speed: float, cache: Path) -> str:
    """What shapes espeak-ng's audio; computed without speaking."""
    version, _ = espeak_catalogue(cache)
    check_espeak_voice(voice, cache)
    return (f"espeak-ng {version} library {library_digest()[:16]}; voice {voice}; speed "
            f"{speed} ({words_per_minute(speed)} words a minute); fresh library per utterance")


def words_per_minute(speed: float) -> int:
    return round(WORDS_PER_MINUTE * speed)


class EspeakEngine:
    """espeak-ng speaking one utterance at a time from a freshly loaded private library."""

    name = "espeak"

    def __init__(self, voice: str, speed: float, cache: Path):
        check_espeak_voice(voice, cache)
        self.voice = voice
        self.speed = speed
        self.cache = cache
        self.library = private_library(cache)
        self.rate = 22050
        self._chunks: list = []

    def identity(self) -> str:
        return espeak_identity(self.voice, self.speed, self.cache)

    def _collect(self, wave, count: int, events) -> int:
        import numpy as np

        if count > 0:
            self._chunks.append(np.ctypeslib.as_array(wave, shape=(count,)).copy())
        return 0  # go on

    def synthesize(self, text: str) -> Waveform:
        import numpy as np

        with _LOCK:
            self._chunks = []
            loaded = _Loaded(self.library, self._collect)
            with loaded as lib:
                if lib.espeak_SetVoiceByName(self.voice.encode()) != 0:
                    raise HandoutError(f"espeak-ng could not load its voice '{self.voice}'")
                lib.espeak_SetParameter(PARAMETER_RATE, words_per_minute(self.speed), 0)
                data = text.encode("utf-8") + b"\0"
                status = lib.espeak_Synth(data, len(data), 0, POSITION_CHARACTER, 0,
                                          CHARS_UTF8 | END_PAUSE, None, None)
                if status != 0:
                    raise RuntimeError(f"espeak-ng failed to speak (espeak_Synth {status})")
                lib.espeak_Synchronize()
            self.rate = loaded.rate
            pcm = np.concatenate(self._chunks) if self._chunks else np.zeros(2205, np.int16)
        return Waveform(pcm.astype(np.float32) / 32768.0, self.rate)
