"""Build: every handout read, checked, then printed, narrated and published, in that order.

`build` gathers and validates all handouts first (every problem in every file is reported
before anything is written), takes a lock on the output folder, plans every handout's audio
(`audio.build.plan_audio`), narrates what is missing while it lays out the PDFs
(`audio.schedule.narration`, `pdf.build`), then for each `Document` masters and publishes
the audio and makes the editions that are made from it (`editions`), and writes the
manifest that the next build compares against to skip what is unchanged. This module only
orchestrates: each stage decides for itself what is stale.
"""

from __future__ import annotations

import contextlib
import fcntl
from pathlib import Path
from typing import Iterator, Sequence

from handout import __version__
from handout.config import Settings
from handout.errors import HandoutError
from handout.outputs import (Layout, file_sha256, read_manifest, remove_leftovers,
                             write_manifest)
from handout.read.document import Document, load_documents

EDITIONS = ("pdf", "audio", "web", "daisy", "epub", "feed")
"""Every edition, in build order: web, DAISY, EPUB and the feed publish the built audio."""


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder for one build at a time; a second build stops with a message."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise HandoutError("another build is writing to this folder: wait for it to "
                               "finish, or choose another --out", out) from None
        remove_leftovers(out)
        yield


def build(settings: Settings, editions: Sequence[str] = EDITIONS, engine=None) -> list[dict]:
    """Build `editions` of every handout; return each handout's manifest.

    What the audio of every handout lacks is narrated in one go, on every worker, while
    the PDFs are laid out here; then each handout's audio is mastered and published, and
    the editions made from it. `engine`, when given (tests), narrates instead of the engine
    the settings name.
    """
    from handout.audio.cache import UtteranceCache
    from handout.audio.schedule import Job, narration

    documents = load_documents(settings)
    manifests = []
    with output_lock(settings.out):
        layouts = [Layout(settings.out, d.slug) for d in documents]
        previous = [read_manifest(layout) for layout in layouts]
        outputs = [{k: v for k, v in old.items() if k in EDITIONS} for old in previous]
        plans = []
        if "audio" in editions:
            from handout.audio.build import plan_audio

            plans = [plan_audio(d, settings, old.get("audio", {}), engine)
                     for d, old in zip(documents, previous)]
        jobs = [Job(key, plan.voice, words) for plan in plans
                for key, words in plan.missing.items()]
        with narration(jobs, settings, UtteranceCache(settings.out / ".cache"), engine):
            if "pdf" in editions:
                from handout.pdf.build import build_pdf

                for document, old, made in zip(documents, previous, outputs):
                    made["pdf"] = build_pdf(document, settings, old)
        for index, document in enumerate(documents):
            made = outputs[index]
            if plans:
                from handout.audio.build import finish_audio
                from handout.editions.playlist import write_playlist

                made["audio"] = finish_audio(plans[index], settings, engine)
                write_playlist(document, layouts[index], made["audio"])
            publish_editions(document, settings, made, editions)
            manifests.append(write_manifest(layouts[index], manifest_of(document, made)))
        if "feed" in editions:
            from handout.editions.feed import write_feed

            write_feed(documents, manifests, settings)
    return manifests


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
    if "daisy" in wanted:
        from handout.editions.daisy import build_daisy

        outputs["daisy"] = build_daisy(document, settings, outputs["audio"])
    if "epub" in wanted:
        from handout.editions.epub import build_epub

        outputs["epub"] = build_epub(document, settings, outputs)
    if "web" in wanted:
        from handout.editions.web import build_web

        outputs["web"] = build_web(document, settings, outputs["audio"])


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
