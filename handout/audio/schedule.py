"""Audio stage, scheduling: the utterances the cache lacks, narrated on every core or node.

`narrate` hands the utterances the cache lacks (of every handout being built) to workers and
stores what comes back in the utterance cache as it comes, telling the caller (`stored`) so
that a section can be mastered as soon as its last utterance is in: only this process
writes the cache and the outputs, whatever narrates. All workers are driven through one
`concurrent.futures.Executor`, so the code path is the same and the audio byte-identical:

- a Piper voice narrates on threads of this process (`THREADED_ENGINES`), one utterance per
  task in the order the plan gives (a section at a time, longest first), all threads
  sharing one opened voice;
- other engines narrate on local worker processes, in batches in that order, each
  worker opening the voice once (`voice.open_voice`) and running it on one thread; a handful of
  utterances (an edited sentence) is narrated here, since starting workers would cost more
  than it saves;
- given a scheduler address (`--scheduler tcp://host:8786`), the workers of a Dask
  `distributed` cluster narrate, in the same batches.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
from concurrent.futures import (FIRST_COMPLETED, Executor, ProcessPoolExecutor,
                                ThreadPoolExecutor, wait)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from handout.audio.voice import Voice, open_voice
from handout.errors import HandoutError

if TYPE_CHECKING:
    from handout.audio.cache import UtteranceCache
    from handout.config import Settings

log = logging.getLogger("handout.progress")

THREADED_ENGINES = frozenset({"piper"})
"""Engines that narrate on threads of this process, one opened voice shared by all of them.
Piper's ONNX session may run on several threads at once and lets go of Python's lock while
it computes (only espeak-ng's phonemes take turns, `piper.PHONEMIZER`), so threads
keep every core busy with no worker to start: measured on the sample, two threads narrate
its 32 utterances in 9.4 s of wall time after opening the voice once (0.4 s), the same
samples to the bit as one thread, where two worker processes each spent about 1.3 s more
processor time starting, importing and opening the voice. Kokoro (PyTorch, with its
phonemes made in Python) and espeak-ng (one global state per process) keep to processes."""

IN_PROCESS_CHARACTERS = 300
"""Missing text up to this length is narrated in this process by an engine that otherwise
narrates on worker processes. Measured on two busy cores (load average 8) with Piper, when
it narrated on processes: a worker takes 3.7 s to start and open the voice, against 2.0 s
to open it here, and speaks 68 characters a second on one core; two workers finish first
only from about 230 characters on (half the speaking time plus 3.7 s, against all of it plus
2.0 s)."""

BATCH_CHARACTERS = 400
"""Characters per task on worker processes or Dask, at most (about 6 s of Piper's work on
one core). Measured per task on the same machine: 0.2 ms of overhead on local processes
and 3 ms on a two-worker Dask LocalCluster, so batches this size lose under 0.1% to
scheduling, and at the end no worker waits for another longer than one batch."""

BATCHES_PER_WORKER = 4
"""Little text is cut smaller, so that each worker still gets about this many batches and
no core waits long for another to finish."""


@dataclass(frozen=True)
class Job:
    """One utterance to narrate: its cache key, the voice to say it, and the words."""

    key: str
    voice: Voice
    words: str


def batches(jobs: Sequence[Job], workers: int) -> list[list[Job]]:
    """`jobs` in their order, cut into runs of one voice each and of at most
    `BATCH_CHARACTERS` (less for little text, `BATCHES_PER_WORKER`). The plan orders them
    a section at a time, longest section first and each section's longest utterance first
    (`AudioPlan.missing`), so the sections of each handout are finished, and mastered, one
    after another while the workers go on, where longest first over the whole handout would
    finish every section only at the end."""
    total = sum(len(job.words) for job in jobs)
    size = max(1, min(BATCH_CHARACTERS, total // (workers * BATCHES_PER_WORKER)))
    cut: list[list[Job]] = []
    filled = 0
    for job in jobs:
        if not cut or job.voice != cut[-1][0].voice or filled >= size:
            cut.append([])
            filled = 0
        cut[-1].append(job)
        filled += len(job.words)
    return cut


def narrate_batch(batch: list[Job], engine=None) -> list[tuple[str, object, int]]:
    """In a worker: (key, samples, rate) for each job of `batch` (all of one voice)."""
    engine = engine or open_voice(batch[0].voice)
    spoken = []
    for job in batch:
        wave = engine.synthesize(job.words)
        spoken.append((job.key, wave.samples, wave.rate))
    return spoken


def narrate(jobs: Sequence[Job], settings: Settings, cache: UtteranceCache,
            engine=None, stored: Callable[[str], None] = lambda key: None) -> None:
    """Narrate `jobs` into `cache` and call `stored(key)` as each is stored, storing each
    task's audio as it comes back so that memory holds a few tasks, not the narration.
    An `engine` given by a test narrates here, on one thread."""
    from handout.progress import progress

    if not jobs:
        return
    if engine is None:
        for voice in dict.fromkeys(job.voice for job in jobs):
            voice.prepare()
    with progress(len(jobs), "narrating", quiet=settings.quiet, unit="utterance") as advance:
        with executor(settings, jobs, engine is not None) as (pool, tasks, ahead):
            waiting = iter(tasks)
            running = {pool.submit(narrate_batch, task, engine)
                       for task in itertools.islice(waiting, ahead)}
            try:
                while running:
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        for key, samples, rate in future.result():
                            cache.store(key, samples, rate)
                            stored(key)
                            advance()
                        running |= {pool.submit(narrate_batch, task, engine)
                                    for task in itertools.islice(waiting, 1)}
            except BaseException:
                # A failure or Ctrl-C stops the build now, not after every queued task.
                for future in running:
                    future.cancel()
                raise


@contextlib.contextmanager
def executor(settings: Settings, jobs: Sequence[Job],
             here: bool = False) -> Iterator[tuple[Executor, list[list[Job]], int]]:
    """The executor that narrates `jobs`, the tasks to give it, and how many of them to
    give it ahead of their results: threads of this process (`here`, a threaded engine,
    one worker or little text), local worker processes, or the Dask cluster whose
    scheduler the settings name."""
    if settings.scheduler and not here:
        with dask_executor(settings.scheduler) as (pool, workers):
            tasks = batches(jobs, workers)
            yield pool, tasks, len(tasks)  # all at once: Dask balances and reschedules
        return
    threaded = all(job.voice.engine in THREADED_ENGINES for job in jobs)
    characters = sum(len(job.words) for job in jobs)
    if here or threaded or settings.worker_count == 1 or characters <= IN_PROCESS_CHARACTERS:
        threads = 1 if here or not threaded else settings.worker_count
        with ThreadPoolExecutor(threads, thread_name_prefix="narrating") as pool:
            # One utterance per task, in the plan's order, and one task per thread at a
            # time, so that a failure (gTTS offline) stops at the first utterance.
            yield pool, [[job] for job in jobs], threads
        return
    # spawn, not fork: the parent may hold threads (tqdm's monitor, logging) whose locks a
    # forked child would inherit held.
    pool = ProcessPoolExecutor(settings.worker_count,
                               mp_context=multiprocessing.get_context("spawn"))
    finished = False
    try:
        tasks = batches(jobs, settings.worker_count)
        yield pool, tasks, len(tasks)
        finished = True
    finally:
        # After a failure or Ctrl-C, stop at once rather than wait for the running batches.
        pool.shutdown(wait=finished, cancel_futures=True)


@contextlib.contextmanager
def dask_executor(address: str) -> Iterator[tuple[Executor, int]]:
    """A `concurrent.futures` executor on the Dask cluster whose scheduler is at `address`."""
    try:
        from distributed import Client
    except ImportError:
        raise HandoutError("narrating on a Dask cluster needs Dask: install it with "
                           "pip install -e '.[dask]'") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except OSError as error:
        raise HandoutError(f"cannot reach the Dask scheduler at {address} ({error}): start "
                           "it with 'dask scheduler', or build without --scheduler") from None
    with client:
        workers = max(1, sum(client.nthreads().values()))
        log.info("narrating on the Dask cluster at %s (%d workers)", address, workers)
        yield client.get_executor(pure=False), workers
