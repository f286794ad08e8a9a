"""An offline listener for the intelligibility tests: Whisper base, from PyPI, no download.

`whisper_model` loads the model `invoke check --listen` hears with (`check.recogniser`:
the two PyPI parts joined once and checked against their pinned hashes). `transcribe` hears
a file told only its language, and `word_error_rate` compares what it heard with what was
said, both with their numbers worded by the project's own rules (so "8:30" and "ocho y
treinta" count alike) and without accents or punctuation.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

from conftest import require

def whisper_model(cache: Path):
    """Whisper base on the CPU, int8, one thread, never looking for the network: the
    listener's own model (`invoke check --listen`), joined into `cache` and checked against
    its pinned hashes."""
    require(importlib.util.find_spec("faster_whisper") is not None,
            "faster-whisper (pip install -e '.[listen]')")
    from handout.check.recogniser import ensure_model, load_model

    return load_model(str(ensure_model(cache)))


def transcribe(model, audio: Path, lang: str, long: bool = False) -> str:
    """What Whisper hears in `audio`, told the language (as a listener would know it).

    A `long` recording (minutes of a handout) is cut at its pauses first, by the voice
    activity detector faster-whisper ships (Silero VAD), and heard a stretch of speech at
    a time, as faster-whisper advises for long audio. Heard either way, a weak voice's
    score moves by a few points with where the windows happen to fall (the French leaflet's
    figures are in test_voices).
    """
    segments, _ = model.transcribe(str(audio), language=lang.split("-")[0].lower(),
                                   beam_size=5, temperature=0.0, vad_filter=long)
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
