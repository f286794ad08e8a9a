"""Scheduling narration: batches, local worker processes and a Dask cluster give the same bytes.

The cluster tests start a `distributed.LocalCluster` of two worker processes on this
machine, build with its scheduler's address as a remote build would, and compare every
published file with a build on local processes; one of them kills a worker while it is
narrating, and Dask's rescheduling must lose nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from conftest import write_handouts
from handout.audio import schedule
from handout.audio.schedule import Job, batches
from handout.audio.voice import Voice
from handout.build import build
from handout.read.document import load_documents

AUDIO = ("audio",)

HANDOUT = """\
---
title: Looking after your eyes
author: Eye clinic
date: 2024-06-01
lang: en
---

Read this leaflet before your appointment. Bring your glasses with you.

## Every day

Wear sunglasses on bright days. Rest your eyes every hour when you read or use a screen.
Keep the drops in the fridge, and use them twice a day.

## When to call us

Call the clinic at once if your sight changes suddenly. Call us too if your eye is red,
painful or sticky, or if you see flashing lights.
"""


def published(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((out / "eyes" / "audio").iterdir())}


def test_batches_keep_the_plans_order_in_runs_of_one_voice_and_cover_every_job(tmp_path):
    joe, other = (Voice("piper", name, "en", 1.0, tmp_path) for name in ("joe", "other"))
    jobs = [Job(f"k{n}", joe if n < 30 else other, "word " * (n % 7 + 1)) for n in range(40)]
    cut = batches(jobs, workers=2)
    assert [job for batch in cut for job in batch] == jobs  # every job, in the plan's order
    assert all(len({job.voice for job in batch}) == 1 for batch in cut)
    longest = max(len(job.words) for job in jobs)
    assert all(sum(len(j.words) for j in batch) < schedule.BATCH_CHARACTERS + longest
               for batch in cut)
    assert len(cut) >= 2 * 2  # enough batches that both workers stay busy to the end
    few = jobs[:3]  # little text is still shared between the workers
    assert len(batches(few, workers=2)) == 3


def test_the_plan_narrates_a_section_at_a_time_longest_first(settings):
    """The longest section first and the shortest last, so that little is left to master
    after the last word; in each section the longest utterance first, so that two threads
    finish it together (the sample's one-section edit, four sentences on two threads,
    narrated for 2.09 s in the script's order, 1.77 s longest first)."""
    from handout.audio.build import plan_audio

    write_handouts(settings.source, {"eyes.md": HANDOUT})
    [document] = load_documents(settings)
    plan = plan_audio(document, settings, {})
    said = [[u.spoken for u in section.script] for section in document.sections]
    by_length = sorted(said, key=lambda section: sum(map(len, section)), reverse=True)
    assert list(plan.missing.values()) == [
        words for section in by_length for words in sorted(section, key=len, reverse=True)]
    assert by_length != said and by_length[0] != sorted(by_length[0], key=len, reverse=True)


def test_local_workers_give_the_same_bytes_as_this_process(settings, monkeypatch):
    """Narrated by two worker processes (every utterance, however little text) or here."""
    submitted = []
    real_pool = schedule.ProcessPoolExecutor

    class CountingPool(real_pool):
        def submit(self, fn, *args, **kwargs):
            submitted.append(len(args[0]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(schedule, "ProcessPoolExecutor", CountingPool)
    monkeypatch.setattr(schedule, "IN_PROCESS_CHARACTERS", 0)
    write_handouts(settings.source, {"eyes.md": HANDOUT})
    here = dataclasses.replace(settings, out=settings.out / "here", jobs=1)
    workers = dataclasses.replace(settings, out=settings.out / "workers", jobs=2)
    build(here, AUDIO)
    assert submitted == []
    build(workers, AUDIO)
    assert sum(submitted) == 12 and len(submitted) >= 2
    assert published(workers.out) == published(here.out)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    from handout.bench import environment_kept

    # Kept, so that the builds of later tests do not inherit the workers' settings.
    with environment_kept(), LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                          dashboard_address=None, silence_logs=40) as running:
        yield running


def test_builds_timed_beside_a_cluster_keep_the_environment_they_started_with(monkeypatch):
    """Starting a LocalCluster writes its workers' settings into this process's environment;
    a build timed beside it must not inherit them (with glibc made to keep no freed memory,
    mastering took 60% more processor time), and nothing after the cluster either."""
    from distributed import LocalCluster

    from handout.bench import environment_kept, timed_script

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    # Fails, and so timed_script raises, if the script's environment has the variable.
    inherits = "import os, sys; sys.exit('MALLOC_TRIM_THRESHOLD_' in os.environ)"
    with environment_kept() as environment, \
            LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                         dashboard_address=None, silence_logs=40):
        assert os.environ["MALLOC_TRIM_THRESHOLD_"] == "65536"  # what Dask does
        with pytest.raises(RuntimeError):
            timed_script(inherits)
        timed_script(inherits, environment=environment)
    assert "MALLOC_TRIM_THRESHOLD_" not in os.environ
    timed_script(inherits)


def test_a_cluster_build_is_byte_identical_to_a_local_one(settings, cluster):
    write_handouts(settings.source, {"eyes.md": HANDOUT})
    local = dataclasses.replace(settings, out=settings.out / "local", jobs=2)
    remote = dataclasses.replace(settings, out=settings.out / "remote",
                                 scheduler=cluster.scheduler_address)
    build(local, AUDIO)
    build(remote, AUDIO)
    assert published(remote.out) == published(local.out)
    assert len(list((remote.out / ".cache" / "utterances").glob("*.flac"))) == 12


@pytest.mark.slow
def test_a_worker_killed_mid_build_loses_nothing(settings, cluster):
    """Real Piper, so that narrating takes long enough to kill a worker in the middle."""
    from distributed import Client

    write_handouts(settings.source, {"eyes.md": HANDOUT})
    piper = dataclasses.replace(settings, engine="piper", quiet=True)
    local = dataclasses.replace(piper, out=settings.out / "local", jobs=1)
    remote = dataclasses.replace(piper, out=settings.out / "remote",
                                 scheduler=cluster.scheduler_address)
    with Client(cluster.scheduler_address) as client:
        pids = list(client.run(os.getpid).values())
    failure: list[BaseException] = []

    def run() -> None:
        try:
            build(remote, AUDIO)
        except BaseException as error:  # noqa: BLE001 (reported by the assertion below)
            failure.append(error)

    builder = threading.Thread(target=run)
    builder.start()
    stored = remote.out / ".cache" / "utterances"
    deadline = time.monotonic() + 120
    while not any(stored.glob("*.flac.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any(stored.glob("*.flac.json")), "no utterance was narrated in two minutes"
    assert len(list(stored.glob("*.flac.json"))) < 12, "narration ended before the kill"
    os.kill(pids[0], signal.SIGKILL)
    builder.join(timeout=300)
    assert not builder.is_alive() and failure == []
    build(local, AUDIO)
    assert published(remote.out) == published(local.out)


@pytest.mark.slow
def test_piper_narrates_on_threads_sharing_one_voice_with_the_bytes_of_one_thread(
        settings, monkeypatch):
    """No worker process starts for Piper, and two threads give what one gives."""
    def no_processes(*args, **kwargs):
        raise AssertionError("Piper narrated on a worker process")

    monkeypatch.setattr(schedule, "ProcessPoolExecutor", no_processes)
    threads = []
    real_narrate_batch = schedule.narrate_batch

    def counting(batch, engine=None):
        threads.append(threading.current_thread().name)
        return real_narrate_batch(batch, engine)

    monkeypatch.setattr(schedule, "narrate_batch", counting)
    write_handouts(settings.source, {"eyes.md": HANDOUT})
    piper = dataclasses.replace(settings, engine="piper")
    one = dataclasses.replace(piper, out=settings.out / "one", jobs=1)
    two = dataclasses.replace(piper, out=settings.out / "two", jobs=2)
    build(one, AUDIO)
    assert len(threads) == 12 and len(set(threads)) == 1
    threads.clear()
    build(two, AUDIO)
    assert len(threads) == 12 and len(set(threads)) == 2
    assert published(two.out) == published(one.out)


@pytest.fixture
def events(monkeypatch) -> list[str]:
    """What the build did, in order: "narrated" for each utterance (the fake voice made to
    take 0.15 s over each, as a real one takes its time: long enough that mastering and
    publishing keep up on a loaded machine), and what a test adds with `record`."""
    from handout.audio.engines import FakeEngine

    happened: list[str] = []
    real_synthesize = FakeEngine.synthesize

    def slow_synthesize(self, text):
        time.sleep(0.15)
        happened.append("narrated")
        return real_synthesize(self, text)

    monkeypatch.setattr(FakeEngine, "synthesize", slow_synthesize)
    return happened


def record(events: list[str], monkeypatch, name: str, event) -> None:
    """Add `event(first argument)` to `events` whenever `handout.audio.build.<name>` runs."""
    from handout.audio import build as audio_build

    real = getattr(audio_build, name)

    def recorded(first, *args):
        events.append(event(first))
        return real(first, *args)

    monkeypatch.setattr(audio_build, name, recorded)


def last_narrated(events: list[str]) -> int:
    return len(events) - 1 - events[::-1].index("narrated")


def test_each_section_is_mastered_as_soon_as_its_last_utterance_is_in(settings, monkeypatch,
                                                                       events):
    """While the voice goes on with the next section, not after the whole handout."""
    from handout.audio.master import import_libraries

    record(events, monkeypatch, "make_section", lambda plan: f"made {plan.section.index}")
    write_handouts(settings.source, {"eyes.md": HANDOUT})
    import_libraries()  # as a real build does while it opens the voice, 0.6 s
    build(settings, AUDIO)
    sections = load_documents(settings)[0].sections
    order = sorted(sections, key=lambda s: -sum(len(u.spoken) for u in s.script))
    first = len(order[0].script)
    assert sorted(e for e in events if e.startswith("made")) == ["made 0", "made 1", "made 2"]
    assert events.count("narrated") == 12
    # The section with most to say is narrated first (`AudioPlan.missing`), and it is being
    # mastered while the next utterance is said (0.15 s), long before the last one.
    assert events[:first] == ["narrated"] * first
    assert events.index(f"made {order[0].index}") <= first + 1
    assert events.index(f"made {order[1].index}") < last_narrated(events)


def test_each_handout_is_published_as_soon_as_its_sections_are_made(settings, monkeypatch,
                                                                      events):
    """In a catalogue, the first handout's files are written while the voice reads the
    next one."""
    from handout.audio.master import import_libraries

    record(events, monkeypatch, "finish_audio", lambda plan: f"published {plan.document.slug}")
    # No sentence shared with the first (a shared one is narrated once), so that reading
    # the second takes the voice as long as the first.
    second = """\
---
title: Protecting your hearing
author: Hearing service
date: 2024-07-01
lang: en
---

Keep this card with your hearing aids. Show it at every visit.

## At work

Put on ear defenders near loud machines. Take a quiet break every two hours.
Clean the ear moulds each week with a soft dry cloth.

## Getting help

Phone the service the same day if one ear goes quiet. Tell us as well about ringing,
pain or a blocked feeling that lasts more than a day.
"""
    write_handouts(settings.source, {"eyes.md": HANDOUT, "noise.md": second})
    import_libraries()  # as a real build does while it opens the voice, 0.6 s
    manifests = build(settings, AUDIO)
    assert events.count("narrated") == 24
    assert [m["handout"] for m in manifests] == ["eyes", "noise"]
    assert all(len(m["audio"]["sections"]) == 3 for m in manifests)
    assert events.index("published eyes") < last_narrated(events) < events.index(
        "published noise")
    for manifest in manifests:  # published whole: every section inside the complete file
        complete = manifest["audio"]["complete"]
        assert (settings.out / manifest["handout"] / "audio" / complete["file"]).is_file()
        assert complete["duration"] == pytest.approx(
            sum(s["duration"] for s in manifest["audio"]["sections"]), abs=0.01)
