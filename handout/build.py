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
from handout.outputs import (Layout, digest, file_sha256, output_entry, read_manifest,
                             remove_leftovers, still_valid, write_manifest)
from handout.read.document import Document, load_documents

EDITIONS = ("pdf", "audio", "web", "daisy", "feed")
"""Every edition, in build order: web, DAISY and the feed publish the built audio."""


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
    """The web page and DAISY book, made from the audio already built (never re-narrated);
    these and the feed refuse audio made from another version of the text."""
    wanted = [e for e in ("web", "daisy", "feed") if e in editions]
    if not wanted:
        return
    from handout.editions.common import require_current_audio

    layout = Layout(settings.out, document.slug)
    require_current_audio(document, layout, outputs.get("audio"), wanted)
    key = edition_key(document, outputs["audio"], settings)
    for name in ("web", "daisy"):
        previous = outputs.get(name)
        if name not in wanted or (previous and still_valid(
                previous.get("made"), key, layout.folder / MAIN_FILES[name])):
            continue  # not asked for, or made from exactly these inputs and still intact
        outputs[name] = {**make_edition(name, document, settings, outputs["audio"]),
                         "made": output_entry(layout.folder / MAIN_FILES[name], key)}


MAIN_FILES = {"web": "web/index.html", "daisy": "daisy/ncc.html"}
"""The file of each edition that a reader opens first, under the handout's folder."""


def make_edition(name: str, document: Document, settings: Settings, audio: dict) -> dict:
    if name == "web":
        from handout.editions.web import build_web

        return build_web(document, settings, audio)
    from handout.editions.daisy import build_daisy

    return build_daisy(document, settings, audio)


def edition_key(document: Document, audio: dict, settings: Settings) -> str:
    """Everything an edition made from the text and the audio depends on: the document,
    the audio files it plays (by hash, never by modification time), and the templates."""
    files = [{k: v for k, v in entry.items() if k != "stamp"}
             for entry in audio["sections"] + [audio["complete"]]]
    templates = sorted((p.name, file_sha256(p)) for p in settings.templates.glob("*")
                       if p.is_file())
    return digest("edition", __version__, repr(document), files, templates,
                  (settings.out / document.slug / f"{document.slug}.pdf").is_file())


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
