"""Build: every handout read, checked, then printed, narrated and published, in that order.

`build` gathers and validates all handouts first (every problem in every file is found
before anything is written), takes a lock on the output folder, lays out the PDFs
(`pdf.build`) while it plans every handout's audio, narrates what is missing and masters
and publishes it (`audio.build`, `audio.schedule`), then makes the editions made from the
audio (`editions`) and writes the manifest that the next build compares against to skip
what is unchanged. A handout that cannot be read does not stop the others: they are
built, its previous outputs are left as they were, and its problems are raised at the end
(`NotAllBuilt`). This module only orchestrates: each stage decides what is stale.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from pathlib import Path
from typing import Callable, Iterator, Sequence

from handout import __version__
from handout.config import Settings
from handout.errors import HandoutError, NotAllBuilt, Problem
from handout.outputs import (Layout, code_identity, digest, file_sha256, output_entry,
                             picture_hashes, read_manifest, remove_leftovers, still_valid,
                             text_digest, write_manifest)
from handout.read.document import Document, read_documents

EDITIONS = ("pdf", "audio", "web", "daisy", "epub", "feed")
"""Every edition, in build order: web, DAISY, EPUB and the feed publish the built audio."""


_HELD: set[Path] = set()
"""The output folders this process holds (`output_lock`)."""


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder for one build at a time; a second build stops with a message.
    Taken again in the process that holds it (the command, which takes it before it opens
    the folder's log, then the build), it is held already."""
    held = out.absolute()
    if held in _HELD:
        yield
        return
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise HandoutError("another build is writing to this folder: wait for it to "
                               "finish, or choose another --out", out) from None
        remove_leftovers(out)
        _HELD.add(held)
        try:
            yield
        finally:
            _HELD.discard(held)


def build(settings: Settings, editions: Sequence[str] = EDITIONS, engine=None) -> list[dict]:
    """Build `editions` of every handout; return each handout's manifest.

    The PDFs are laid out in a process of their own (`Background`) while this one narrates
    what the audio of every handout lacks (on every worker at once), then masters and
    publishes it.
    Then come the editions made from the audio, and the manifests. `engine`, when given
    (tests), narrates instead of the engine the settings name.

    Handouts that cannot be read are left out, with their outputs as they were, and
    `NotAllBuilt` names their problems once the others are built: a library's one leaflet
    with a mistyped date stopped every other leaflet from being rebuilt. The feed, which
    lists every handout, is then left as it was too.
    """
    documents, problems = read_documents(settings)
    if "audio" in editions and engine is None:
        documents, unvoiced = narratable(documents, settings)
        problems += unvoiced
    if not documents:
        raise HandoutError.collect(problems)
    manifests = []
    with output_lock(settings.out):
        layouts = [Layout(settings.out, d.slug) for d in documents]
        previous = [read_manifest(layout) for layout in layouts]
        outputs = [{k: v for k, v in old.items() if k in EDITIONS} for old in previous]
        pdfs = lay_out_pdfs(documents, settings, previous) if "pdf" in editions else None
        try:
            audio = build_audio(documents, settings, previous, engine) \
                if "audio" in editions else None
        except KeyboardInterrupt:
            raise  # the layout process is a daemon: it ends with this one
        except BaseException:
            if pdfs:
                pdfs.wait()  # the output folder is not let go while it is being written
            raise
        made_pdfs = pdfs.result() if pdfs else None
        for index, document in enumerate(documents):
            made = outputs[index]
            if made_pdfs and isinstance(made_pdfs[index], Problem):
                problems.append(made_pdfs[index])  # its previous PDF, if any, stays
            elif made_pdfs:
                made["pdf"] = made_pdfs[index]
            if audio:
                from handout.editions.playlist import write_playlist

                made["audio"] = audio[index]
                write_playlist(document, layouts[index], made["audio"])
            publish_editions(document, settings, made, editions)
            manifests.append(write_manifest(layouts[index], manifest_of(document, made)))
        if "feed" in editions and not problems:
            from handout.editions.feed import write_feed

            write_feed(documents, manifests, settings)
    if problems:
        raise NotAllBuilt(problems, manifests)
    return manifests


def narratable(documents: Sequence[Document], settings: Settings
               ) -> tuple[list[Document], list[Problem]]:
    """The handouts a voice here can narrate, and the problems of the others
    (`audio.build.check_narratable`): a handout in a language no voice speaks is left out
    as one that cannot be read is. A problem with the settings' own voice is every
    handout's, and stops the build."""
    from handout.audio.build import check_narratable

    kept, problems = [], []
    for document in documents:
        try:
            check_narratable(document, settings)
        except HandoutError as error:
            if error.problems[0].file is None:
                raise
            problems.extend(error.problems)
        else:
            kept.append(document)
    return kept, problems


def lay_out_pdfs(documents: Sequence[Document], settings: Settings,
                 previous: list[dict]) -> Background | Finished:
    """Every handout's PDF entry: each PDF still current is found so here, and the others
    are laid out in a process of their own (`Background`), if there are any."""
    from handout.pdf.build import plan_pdf

    plans = [plan_pdf(d, settings, old) for d, old in zip(documents, previous)]
    if all(plan.current is not None for plan in plans):
        return Finished([plan.current for plan in plans])
    return Background(lambda: [plan.current or laid_out_or_fault(d, settings, plan)
                               for plan, d in zip(plans, documents)])


def laid_out_or_fault(document: Document, settings: Settings, plan) -> dict | Problem:
    """The handout's PDF entry (`pdf.build.lay_out_pdf`), or, if laying it out failed on a
    fault of this program's, the problem to report for it once the others are built: a
    Citizens Information page's address wrapped over two lines stopped the layout with
    "raqm_layout() failed", in a traceback, and no other handout in the folder got its PDF,
    EPUB or web page."""
    from handout.pdf.build import lay_out_pdf

    try:
        return lay_out_pdf(document, settings, plan)
    except (HandoutError, OSError, MemoryError):
        raise  # the author's to mend (a folder that cannot be written), or every handout's
    except Exception as error:  # noqa: BLE001 (one handout's fault, reported at the end)
        return Problem(f"its PDF could not be laid out, by a fault in handout, not in the "
                       f"file ({type(error).__name__}: {error}); its other editions were "
                       "built, and the PDF built before, if any, is kept: please report it, "
                       "with this file if you can share it", document.source)


class Finished:
    """Work already done, with `Background`'s interface."""

    def __init__(self, value: object):
        self._value = value

    def wait(self) -> None:
        pass

    def result(self) -> object:
        return self._value


def build_audio(documents: Sequence[Document], settings: Settings, previous: list[dict],
                engine=None) -> list[dict]:
    """Every handout's audio: plan from hashes, narrate what all of them lack in one go,
    and master each section and publish each handout as soon as its utterances are in."""
    from handout.audio.build import Finisher, finish_audio, plan_audio
    from handout.audio.cache import UtteranceCache
    from handout.audio.schedule import Job, narrate

    plans = [plan_audio(d, settings, old.get("audio", {}), engine)
             for d, old in zip(documents, previous)]
    jobs = {key: Job(key, plan.voice, words) for plan in plans  # once, if handouts share it
            for key, words in plan.missing.items()}
    with Finisher(plans, settings, lambda plan: finish_audio(plan, settings, engine)) as after:
        narrate(list(jobs.values()), settings, UtteranceCache(settings.out / ".cache"), engine,
                after.stored)
    return after.published


class Background:
    """`work()` run in a child process forked for it; `result()` waits for it and returns
    its value, or raises what it raised. The child's log records are handled here, as if
    logged here (the screen, the log file, the warning count, a test's capture).

    A process and not a thread: the layout is Python, and a thread of it holds Python's
    lock against the build's other threads. Code that lets go of the lock often suffers
    most: FFmpeg's AAC encoder, which lets go of it twice a frame, took 13.7 s instead of
    0.19 s for 40 s of audio beside one busy Python thread (each time it wants the lock
    back it waits out the other thread's 5 ms turn). The fork is taken before the build
    starts any thread of its own. The child runs at a lower priority (`NICENESS`), so it
    takes the cores the voice and the mastering leave idle: a one-sentence edit of the
    2,000-word handout took 4.66 s instead of 5.1 s, a cold build of the sample no longer.
    The child is a daemon: a build stopped by Ctrl-C does not wait for it (its
    half-written file is a temporary one, swept by the next build).
    """

    def __init__(self, work: Callable[[], object]):
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._outcome: list = []
        receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_run_forked, args=(work, sender),
                                        name="pdf layout", daemon=True)
        self._process.start()
        sender.close()
        self._relay = threading.Thread(target=self._receive, args=(receiver,), daemon=True,
                                       name="pdf layout relay")
        self._relay.start()

    def _receive(self, receiver) -> None:
        with receiver:
            while True:
                try:
                    kind, *message = receiver.recv()
                except EOFError:
                    self._process.join()
                    self._outcome.append((False, RuntimeError(
                        "the PDF layout process ended without a result (exit code "
                        f"{self._process.exitcode})")))
                    return
                if kind == "log":
                    logging.getLogger(message[0].name).handle(message[0])
                else:
                    self._outcome.append(tuple(message))
                    return

    def wait(self) -> None:
        self._relay.join()
        self._process.join()

    def result(self):
        self.wait()
        succeeded, value = self._outcome[0]
        if not succeeded:
            raise value
        return value


NICENESS = 10
"""How far the layout process stands back for the build's own (the voice, mastering)."""


def _run_forked(work: Callable[[], object], sender) -> None:
    """In the child: log through `sender` (every record, once, from the root), run
    `work` and send back its value or the error it raised."""
    import gc

    # What the parent left for its garbage collector stays uncollected here: freeing it
    # would run its finalisers, and some wait on threads that were not forked (an
    # onnxruntime session left by an earlier build in the same process waits forever).
    # Frozen before anything else, since an import may start a collection.
    gc.freeze()
    import logging.handlers
    import traceback

    class Sender:
        def put_nowait(self, record: logging.LogRecord) -> None:
            sender.send(("log", record))

    os.nice(NICENESS)
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        if isinstance(logger, logging.Logger):
            logger.handlers.clear()
            logger.propagate = True
    logging.getLogger().addHandler(logging.handlers.QueueHandler(Sender()))
    try:
        outcome = (True, work())
    except BaseException as error:  # noqa: BLE001 (raised again by Background.result)
        outcome = (False, error)
    try:
        sender.send(("done", *outcome))
    except Exception:  # noqa: BLE001 (an error or value that cannot be pickled)
        sender.send(("done", False, RuntimeError("".join(traceback.format_exception(
            outcome[1])) if not outcome[0] else "the PDF layout's result cannot be sent")))


def publish_editions(document: Document, settings: Settings, outputs: dict,
                     editions: Sequence[str]) -> None:
    """The DAISY book, EPUB and web page, made from the audio already built (never
    re-narrated); these and the feed refuse audio made from another version of the text.
    The web page comes last, so that it links to the other editions as they now are."""
    wanted = [e for e in ("web", "daisy", "epub", "feed") if e in editions]
    if not wanted:
        return
    from handout.editions.common import require_current_audio

    require_current_audio(document, Layout(settings.out, document.slug),
                          outputs.get("audio"), wanted)
    if "daisy" in wanted:  # numbered in the PDF's pages, as the EPUB is
        from handout.editions.common import require_page_starts
        from handout.editions.daisy import build_daisy

        starts = require_page_starts(document, settings, outputs, "pdf" in editions, "daisy",
                                     "the DAISY book")
        made_unless_current("daisy", build_daisy, document, settings, outputs, starts)
    if "epub" in wanted:  # it follows the PDF's pages too, and keys itself as the PDF does
        from handout.editions.epub import build_epub

        # A PDF entry of this build (`lay_out_pdfs`) is of the text as it is now.
        outputs["epub"] = {**build_epub(document, settings, outputs,
                                        pdf_current="pdf" in editions),
                           "text": text_digest(document)}
    if "web" in wanted:
        from handout.editions.web import build_web

        made_unless_current("web", build_web, document, settings, outputs)


MAIN_FILES = {"web": "web/index.html", "daisy": "daisy/ncc.html"}
"""The file of each edition that a reader opens first, under the handout's folder."""


def made_unless_current(name: str, make: Callable[..., dict], document: Document,
                        settings: Settings, outputs: dict, *more: object) -> None:
    """`outputs[name]` made by `make` from the audio (and `more`, which `make` takes after
    it: the DAISY book's page starts), unless the last one was made from exactly the same
    inputs (`edition_key`) and its main file is intact."""
    main_file = Layout(settings.out, document.slug).folder / MAIN_FILES[name]
    key = edition_key(name, document, outputs, settings, more)
    previous = outputs.get(name)
    if previous and still_valid(previous.get("made"), key, main_file):
        return
    outputs[name] = {**make(document, settings, outputs["audio"], *more),
                     "made": output_entry(main_file, key), "text": text_digest(document)}


def edition_key(name: str, document: Document, outputs: dict, settings: Settings,
                more: Sequence[object] = ()) -> str:
    """Everything edition `name` depends on: the document, the audio files it plays and the
    pictures it shows (by hash, never by modification time), the templates, this tool's code (an edition made by
    an older one was kept after an upgrade that mends it), for the web page, which
    links to them, the other editions, and whatever else it is made from (`more`)."""
    audio = outputs["audio"]
    files = [{k: v for k, v in entry.items() if k != "stamp"}
             for entry in audio["sections"] + [audio["complete"], audio.get("audiobook", {})]]
    templates = sorted((p.name, file_sha256(p)) for p in settings.templates.glob("*")
                       if p.is_file())
    links = [Layout(settings.out, document.slug).pdf.is_file(),
             (outputs.get("epub") or {}).get("sha256")] if name == "web" else []
    return digest("edition", name, __version__, code_identity(), repr(document), files,
                  templates, picture_hashes(document.html, settings.source), links, list(more))


def manifest_of(document: Document, outputs: dict) -> dict:
    """What was built from what: the source and its hash, the sections, and each edition."""
    meta = document.meta
    return {
        "handout": document.slug,
        "generator": f"handout {__version__}",
        "source": {"file": str(document.source), "sha256": file_sha256(document.source)},
        "title": meta.title,
        "author": meta.author,
        "date": meta.date.isoformat() if meta.date else None,
        "lang": meta.lang,
        "sections": [{"index": s.index, "id": s.id, "heading": s.heading, "line": s.line}
                     for s in document.sections],
        "headings": [[h.level, h.text] for h in document.headings],
        **outputs,
    }
