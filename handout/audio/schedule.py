"""Audio stage, scheduling: the utterances the cache lacks, narrated on every core or node.

`narrate` hands the utterances the cache lacks (of every handout being built) to workers in
batches, longest first, and stores what comes back in the utterance cache: only this
process writes the cache and the outputs, whatever narrates. Workers are local processes by default, or the workers of a
Dask `distributed` cluster when a scheduler address is given (`--scheduler tcp://host:8786`);
both are driven through one `concurrent.futures.Executor`, so the code path is the same and
the audio byte-identical. Each worker opens the voice once (`voice.open_voice`) and runs it
on one thread. A handful of utterances (an edited sentence) is narrated right here, since
starting workers would cost more than it saves.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from handout.audio.voice import Voice, open_voice
from handout.errors import HandoutError

if TYPE_CHECKING:
    from handout.audio.cache import UtteranceCache
    from handout.config import Settings

log = logging.getLogger("handout.progress")

IN_PROCESS_CHARACTERS = 300
"""Missing text up to this length is narrated in this process. Measured on two busy cores
(load average 8) with Piper: a worker takes 3.7 s to start and open the voice, against 2.0 s
to open it here, and speaks 68 characters a second on one core; two workers finish first
only from about 230 characters on (half the speaking time plus 3.7 s, against all of it plus
2.0 s)."""

BATCH_CHARACTERS = 400
"""Characters per task, at least (about 6 s of Piper's work). Measured per task on the same
machine: 0.2 ms of overhead on local processes and 3 ms on a two-worker Dask LocalCluster,
so batches this size lose under 0.1% to scheduling; more, smaller batches would balance
the last seconds better but send more messages across a real network."""

BATCHES_PER_WORKER = 4
"""Batches are also made small enough that each worker gets about this many, so that the
last batches are short and no core waits long for another to finish."""


@dataclass(frozen=True)
class Job:
    """One utterance to narrate: its cache key, the voice to say it, and the words."""

    key: str
    voice: Voice
    words: str


def batches(jobs: Sequence[Job], workers: int) -> list[list[Job]]:
    """`jobs` longest first, cut into batches of one voice each and of roughly equal text."""
    ordered = sorted(jobs, key=lambda job: (-len(job.words), job.key))
    total = sum(len(job.words) for job in ordered)
    size = max(BATCH_CHARACTERS, total // (workers * BATCHES_PER_WORKER))
    open_batches: dict[Voice, list[Job]] = {}
    filled: dict[Voice, int] = {}
    cut: list[list[Job]] = []
    for job in ordered:
        if job.voice not in open_batches:
            open_batches[job.voice] = []
            filled[job.voice] = 0
            cut.append(open_batches[job.voice])
        open_batches[job.voice].append(job)
        filled[job.voice] += len(job.words)
        if filled[job.voice] >= size:
            del open_batches[job.voice]
    return cut


def narrate_batch(batch: list[Job]) -> list[tuple[str, object, int]]:
    """In a worker: (key, samples, rate) for each job of `batch` (all of one voice)."""
    engine = open_voice(batch[0].voice)
    spoken = []
    for job in batch:
        wave = engine.synthesize(job.words)
        spoken.append((job.key, wave.samples, wave.rate))
    return spoken


def narrate(jobs: Sequence[Job], settings: Settings, cache: UtteranceCache,
            engine=None) -> None:
    """Narrate `jobs` into `cache`, on worker processes (or a Dask cluster), storing each
    batch as it comes back so that memory holds a few batches, not the whole narration.
    A little text, or an `engine` given by a test, is narrated in this process."""
    from handout.progress import progress

    if not jobs:
        return
    characters = sum(len(job.words) for job in jobs)
    if engine is None:
        for voice in dict.fromkeys(job.voice for job in jobs):
            voice.prepare()
    local_only = engine is not None or (not settings.scheduler and (
        settings.worker_count == 1 or characters <= IN_PROCESS_CHARACTERS))
    with progress(len(jobs), "narrating", quiet=settings.quiet, unit="utterance") as advance:
        if local_only:
            for job in sorted(jobs, key=lambda job: (-len(job.words), job.key)):
                wave = (engine or open_voice(job.voice)).synthesize(job.words)
                cache.store(job.key, wave.samples, wave.rate)
                advance()
            return
        with executor(settings) as (pool, workers):
            futures = [pool.submit(narrate_batch, batch) for batch in batches(jobs, workers)]
            try:
                for future in as_completed(futures):
                    for key, samples, rate in future.result():
                        cache.store(key, samples, rate)
                        advance()
            except BaseException:
                # A failure or Ctrl-C stops the build now, not after every queued batch.
                for future in futures:
                    future.cancel()
                raise


@contextlib.contextmanager
def executor(settings: Settings) -> Iterator[tuple[Executor, int]]:
    """The executor narration runs on, and how many workers it has."""
    if settings.scheduler:
        with dask_executor(settings.scheduler) as found:
            yield found
        return
    # spawn, not fork: the parent may hold threads (tqdm's monitor, logging) whose locks a
    # forked child would inherit held.
    pool = ProcessPoolExecutor(settings.worker_count,
                               mp_context=multiprocessing.get_context("spawn"))
    finished = False
    try:
        yield pool, settings.worker_count
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
        pool = client.get_executor(pure=False)
        yield pool, workers
