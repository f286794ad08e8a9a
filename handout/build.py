"""Build stage: read every handout, then print and narrate each, reusing what is unchanged.

`build` gathers and validates all handouts first (every problem in every file is reported
before anything is written), takes a lock on the output folder, then for each `Document`
renders the PDF and the section MP3s and hands them to `publish`. Work is skipped when a
hash of everything that shaped an output matches the one recorded in the manifest;
synthesised audio is kept in a content-addressed cache under `build/.cache/` so that an
edit to one section re-narrates only that section. Narration runs in worker processes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from . import __version__
from .config import Settings
from .document import Document, Section, parse_document
from .errors import HandoutError, Problem
from .outputs import Layout, write_atomic, write_with
from .sources import find_sources, read_source

log = logging.getLogger("handout.progress")

EDITIONS = ("pdf", "audio", "web", "daisy", "feed")
"""Every edition, in build order: web, DAISY and the feed publish the built audio."""


# --- Gather and validate -----------------------------------------------------------------


def load_documents(settings: Settings) -> list[Document]:
    """Every handout under the source folder, parsed; all problems reported together."""
    documents, problems = [], []
    for path in find_sources(settings.source):
        try:
            documents.append(parse_document(read_source(path), settings))
        except HandoutError as error:
            problems.extend(error.problems)
    if problems:
        raise HandoutError.collect(problems)
    slugs = [d.slug for d in documents]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise HandoutError.collect([
            Problem(f"two handouts would both be published as '{slug}': rename one", d.source)
            for d in documents if d.slug in duplicates])
    return documents


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
        yield


def digest(*parts: object) -> str:
    """A stable hash of JSON-able parts."""
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def file_sha256(path: Path) -> str | None:
    if not path.is_file():
        return None
    hasher = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def read_manifest(layout: Layout) -> dict:
    try:
        return json.loads(layout.manifest.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def still_valid(entry: dict | None, key: str, path: Path) -> bool:
    """True when a previous build made `path` from the same inputs and it is intact."""
    return bool(entry) and entry.get("key") == key and entry.get("sha256") == file_sha256(path)


# --- Print -------------------------------------------------------------------------------


def build_pdf(document: Document, settings: Settings, previous: dict) -> dict:
    """The PDF edition, rebuilt only when its HTML, stylesheet, fonts or settings changed."""
    from .printing import font_faces, render_html

    layout = Layout(settings.out, document.slug)
    html = render_html(document, settings)
    fonts = [file_sha256(face.path) for face in font_faces()]
    key = digest("pdf", __version__, _weasyprint_version(), html, fonts, settings.edition,
                 _source_assets(document, settings))
    entry = previous.get("pdf")
    if still_valid(entry, key, layout.pdf):
        log.info("%s: PDF unchanged", document.slug)
        return entry
    from .printing import write_pdf

    log.info("%s: laying out the PDF", document.slug)
    pages: list[int] = []
    write_with(layout.pdf, lambda tmp: pages.append(write_pdf(document, html, tmp, settings)))
    return {"file": layout.pdf.name, "key": key, "sha256": file_sha256(layout.pdf),
            "pages": pages[0], "edition": settings.edition, "paper": settings.paper}


def _weasyprint_version() -> str:
    from importlib.metadata import version

    return version("weasyprint")


def _source_assets(document: Document, settings: Settings) -> list[tuple[str, str | None]]:
    """Hashes of the images a handout uses, so replacing a picture rebuilds the PDF."""
    import re

    names = sorted(set(re.findall(r'src="([^":]+)"', "".join(s.html for s in document.sections))))
    return [(name, file_sha256(settings.source / name)) for name in names]


# --- Audio -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """The engine settings for one handout, picklable so worker processes can open it."""

    engine: str
    voice: str
    lang: str
    speed: float
    sentence_pause: float
    cache: Path

    def open(self):
        from .engines import open_engine

        return open_engine(self.engine, self.voice, self.lang, self.speed,
                           self.sentence_pause, self.cache)

    def identity(self) -> str:
        """What shapes the engine's audio, computed without loading the engine."""
        from importlib.metadata import version

        if self.engine == "piper":
            from .engines import find_piper_voice
            from .piper_noise import NOISE_SCHEME

            info = find_piper_voice(self.voice)
            return (f"piper-tts {version('piper-tts')}; voice {info.name} "
                    f"{_cached_md5(info.model, self.cache)}; speed {self.speed}; "
                    f"sentence pause {self.sentence_pause}; {NOISE_SCHEME}")
        if self.engine == "gtts":
            return f"gTTS {version('gTTS')}; {self.lang}; speed {self.speed}"
        return f"{self.engine}; {self.voice}"


def _cached_md5(model: Path, cache: Path) -> str:
    """The voice file's md5, remembered by size and modification time."""
    from .engines import file_md5

    stat = model.stat()
    memo = cache / "voice-md5.json"
    known = {}
    with contextlib.suppress(OSError, ValueError):
        known = json.loads(memo.read_text("utf-8"))
    stamp = f"{model}:{stat.st_size}:{stat.st_mtime_ns}"
    if stamp not in known:
        known[stamp] = file_md5(model)
        write_atomic(memo, json.dumps(known, indent=1))
    return known[stamp]


@dataclass
class AudioCache:
    """Content-addressed store of mastered section audio (FLAC) and its utterance clips."""

    folder: Path

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.flac"

    def load(self, key: str):
        """The cached `SectionAudio` for `key`, or None if missing, truncated or corrupt."""
        import soundfile

        from .audio import RATE, SectionAudio

        audio_path, meta_path = self.path(key), self.folder / f"{key}.json"
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            if meta["sha256"] != file_sha256(audio_path):
                raise ValueError("hash mismatch")
            samples, rate = soundfile.read(audio_path, dtype="float32")
            if rate != RATE or len(samples) != meta["samples"]:
                raise ValueError("wrong length")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, RuntimeError) as error:
            log.warning("cached audio %s is damaged (%s): narrating again", key[:12], error)
            return None
        return SectionAudio(samples, tuple(tuple(c) for c in meta["clips"]))

    def store(self, key: str, audio) -> None:
        import soundfile

        from .audio import RATE

        self.folder.mkdir(parents=True, exist_ok=True)
        write_with(self.path(key), lambda tmp: soundfile.write(
            tmp, audio.samples, RATE, format="FLAC", subtype="PCM_16"))
        write_atomic(self.folder / f"{key}.json", json.dumps({
            "samples": len(audio.samples), "clips": audio.clips,
            "sha256": file_sha256(self.path(key))}))


def audio_key(section: Section, voice_identity: str, settings: Settings) -> str:
    """Everything that shapes a section's sound: words, pauses, engine, voice, mastering."""
    from .audio import MASTERING

    return digest("audio", [(u.text, u.pause) for u in section.script], voice_identity,
                  settings.loudness, settings.true_peak, settings.head_silence,
                  settings.tail_silence, MASTERING)


_worker_engine = None


def _start_worker(voice: Voice) -> None:
    global _worker_engine
    _worker_engine = voice.open()


def _narrate_job(job: tuple[str, tuple, Settings, Path]) -> str:
    """In a worker: narrate one section's script into the cache; return its key."""
    from .audio import narrate_section

    key, script, settings, folder = job
    AudioCache(folder).store(key, narrate_section(script, _worker_engine, settings))
    return key


def narrate_missing(jobs: list[tuple[str, tuple]], voice: Voice, settings: Settings,
                    cache: AudioCache, engine=None) -> None:
    """Synthesise every (key, script) not in the cache, in parallel where it helps."""
    from .audio import narrate_section
    from .progress import progress

    if not jobs:
        return
    workers = min(settings.worker_count, len(jobs))
    with progress(len(jobs), "narrating", quiet=settings.quiet) as advance:
        if engine is not None or workers == 1:
            engine = engine or voice.open()
            for key, script in jobs:
                cache.store(key, narrate_section(script, engine, settings))
                advance()
            return
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(voice,)) as pool:
            for _ in pool.map(_narrate_job, [(k, s, settings, cache.folder) for k, s in jobs]):
                advance()


def build_audio(document: Document, settings: Settings, previous: dict, engine=None) -> dict:
    """Section MP3s, transcripts and the complete chaptered MP3, re-narrating only changes."""
    from .audio import RATE, Chapter, Tags, encode_mp3, render_cover, write_tags

    layout = Layout(settings.out, document.slug)
    meta = document.meta
    voice = Voice(settings.engine, meta.voice or settings.voice, meta.lang, settings.speed,
                  settings.sentence_pause, settings.out / ".cache")
    if engine is not None:
        identity = engine.identity()
    else:
        if settings.engine == "piper":
            from .engines import check_piper_language

            check_piper_language(voice.voice, meta.lang)
        identity = voice.identity()
    cache = AudioCache(settings.out / ".cache" / "audio")
    keys = [audio_key(s, identity, settings) for s in document.sections]
    missing = {}
    for key, section in zip(keys, document.sections):
        if cache.load(key) is None and key not in missing:
            missing[key] = section.script
    narrate_missing(list(missing.items()), voice, settings, cache, engine)

    comment = f"Synthetic voice: {identity}"
    cover = render_cover(meta.title)
    total = len(document.sections)
    old_sections = {s.get("file"): s for s in previous.get("sections", [])}
    entries, chapters, position, whole = [], [], 0, []
    for index, (key, section) in enumerate(zip(keys, document.sections)):
        audio = cache.load(key)
        if audio is None:
            raise HandoutError("narration failed to produce audio", section.source, section.line)
        mp3 = layout.section_mp3(section.index, section.id)
        tags = Tags(title=section.heading, album=meta.title, artist=meta.author,
                    track=index + 1, tracks=total, lang=meta.lang, date=meta.date,
                    comment=comment, cover=cover)
        output_key = digest(key, settings.bitrate, tags.__dict__ | {"cover": digest(cover.hex())})
        entry = old_sections.get(mp3.name)
        if not still_valid(entry, output_key, mp3):
            data = encode_mp3(audio.samples, settings.bitrate)

            def make(tmp: Path, data=data, tags=tags) -> None:
                tmp.write_bytes(data)
                write_tags(tmp, tags)

            write_with(mp3, make)
        transcript = layout.transcript(section.index, section.id)
        write_atomic(transcript, section.transcript)
        duration = len(audio.samples) / RATE
        entries.append({"file": mp3.name, "transcript": transcript.name, "key": output_key,
                        "sha256": file_sha256(mp3), "heading": section.heading,
                        "line": section.line, "duration": round(duration, 3),
                        "clips": [[round(a, 3), round(b, 3)] for a, b in audio.clips]})
        start = position
        position += len(audio.samples)
        chapters.append(Chapter(f"ch{index:02d}", section.heading,
                                round(start * 1000 / RATE), round(position * 1000 / RATE)))
        whole.append(audio.samples)

    complete_tags = Tags(title=meta.title, album=meta.title, artist=meta.author, track=1,
                         tracks=1, lang=meta.lang, date=meta.date, comment=comment, cover=cover)
    complete_key = digest([e["key"] for e in entries], [c.__dict__ for c in chapters])
    complete = previous.get("complete")
    if not still_valid(complete, complete_key, layout.complete_mp3):
        data = encode_mp3(np.concatenate(whole), settings.bitrate)

        def make_complete(tmp: Path) -> None:
            tmp.write_bytes(data)
            write_tags(tmp, complete_tags, chapters)

        write_with(layout.complete_mp3, make_complete)
    _remove_stale(layout, {e["file"] for e in entries} | {e["transcript"] for e in entries})
    return {
        "engine": settings.engine if engine is None else engine.name,
        "voice": voice.voice if engine is None else engine.voice,
        "identity": identity,
        "sections": entries,
        "complete": {"file": layout.complete_mp3.name, "key": complete_key,
                     "sha256": file_sha256(layout.complete_mp3),
                     "duration": round(position / RATE, 3),
                     "chapters": [[c.title, c.start_ms, c.end_ms] for c in chapters]},
    }


def _remove_stale(layout: Layout, keep: set[str]) -> None:
    """Delete section files left from sections the handout no longer has."""
    for path in layout.audio.glob("[0-9][0-9]-*"):
        if path.name not in keep and path.suffix in (".mp3", ".txt"):
            path.unlink()


# --- Everything --------------------------------------------------------------------------


def build(settings: Settings, editions: Sequence[str] = EDITIONS, engine=None) -> list[dict]:
    """Build `editions` of every handout; return each handout's manifest."""
    from .publish import write_manifest, write_playlist

    documents = load_documents(settings)
    manifests = []
    with output_lock(settings.out):
        for document in documents:
            layout = Layout(settings.out, document.slug)
            previous = read_manifest(layout)
            manifest = {k: v for k, v in previous.items() if k in EDITIONS}
            if "pdf" in editions:
                manifest["pdf"] = build_pdf(document, settings, previous)
            if "audio" in editions:
                manifest["audio"] = build_audio(document, settings, previous.get("audio", {}),
                                                engine)
                write_playlist(document, layout, manifest["audio"])
            publish_editions(document, settings, manifest, editions)
            manifests.append(write_manifest(document, layout, manifest))
        if "feed" in editions:
            from .feed import write_feed

            write_feed(documents, manifests, settings)
    return manifests


def publish_editions(document: Document, settings: Settings, manifest: dict,
                     editions: Sequence[str]) -> None:
    """The web page and DAISY book, made from the audio already built (never re-narrated)."""
    wanted = [e for e in ("web", "daisy") if e in editions]
    if not wanted:
        return
    if "audio" not in manifest:
        raise HandoutError(f"the {' and '.join(wanted)} edition needs the audio: build with "
                           f"--editions audio,{','.join(wanted)}", document.source)
    if "web" in wanted:
        from .web import build_web

        manifest["web"] = build_web(document, settings, manifest["audio"])
    if "daisy" in wanted:
        from .daisy import build_daisy

        manifest["daisy"] = build_daisy(document, settings, manifest["audio"])
