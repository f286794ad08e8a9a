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
import functools
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

from handout import __version__
from handout.config import Settings
from handout.read.document import Document, Section, parse_document
from handout.errors import HandoutError, Problem
from handout.outputs import Layout, file_sha256, remove_leftovers, write_atomic, write_with
from handout.read.sources import find_sources, read_source

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
            Problem(f"two handouts would both be published as '{d.slug}': rename one", d.source)
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
        remove_leftovers(out)
        yield


def digest(*parts: object) -> str:
    """A stable hash of JSON-able parts."""
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def read_manifest(layout: Layout) -> dict:
    try:
        return json.loads(layout.manifest.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def file_stamp(path: Path) -> list[int] | None:
    """Size and modification time of `path`, or None when it is missing."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def still_valid(entry: dict | None, key: str, path: Path) -> bool:
    """True when a previous build made `path` from the same inputs and it is intact.

    A file with the size and modification time recorded when it was written is trusted
    without being read again, as make and git do, so a no-op build of a long handout does
    not hash hundreds of megabytes; any other file is hashed and compared.
    """
    if not entry or entry.get("key") != key:
        return False
    stamp = file_stamp(path)
    if stamp is None:
        return False
    return entry.get("stamp") == stamp or entry.get("sha256") == file_sha256(path)


def output_entry(path: Path, key: str, **details: object) -> dict:
    """The manifest's record of an output just written (or confirmed) at `path`."""
    return {"file": path.name, "key": key, "sha256": file_sha256(path),
            "stamp": file_stamp(path), **details}


def write_if_changed(path: Path, text: str) -> None:
    """Write `text` to `path` atomically, unless it already holds exactly that."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if path.read_text("utf-8") == text:
            return
    write_atomic(path, text)


# --- Print -------------------------------------------------------------------------------


def build_pdf(document: Document, settings: Settings, previous: dict) -> dict:
    """The PDF edition, rebuilt only when its HTML, stylesheet, fonts or settings changed."""
    from handout.pdf.render import font_faces, render_html

    layout = Layout(settings.out, document.slug)
    html = render_html(document, settings)
    fonts = [file_sha256(face.path) for face in font_faces()]
    key = digest("pdf", __version__, _weasyprint_version(), html, fonts, settings.edition,
                 _source_assets(document, settings))
    entry = previous.get("pdf")
    if still_valid(entry, key, layout.pdf):
        log.info("%s: PDF unchanged", document.slug)
        return {**entry, "stamp": file_stamp(layout.pdf)}
    from handout.pdf.render import write_pdf
    from handout.progress import pdf_progress

    log.info("%s: laying out the PDF", document.slug)
    pages: list[int] = []
    with pdf_progress(f"{document.slug}: PDF", quiet=settings.quiet):
        write_with(layout.pdf,
                   lambda tmp: pages.append(write_pdf(document, html, tmp, settings)))
    return output_entry(layout.pdf, key, pages=pages[0], edition=settings.edition,
                        paper=settings.paper)


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
    threads: int = 1
    """Threads one engine may use. Always one: parallel work comes from processes, and
    Piper's output differs in the last bits with its thread count (by about 2e-6 between
    one thread and two), so one thread everywhere keeps serial and parallel builds, and
    every cache entry, byte for byte the same however many jobs made them."""

    def open(self):
        from handout.audio.engines import open_engine

        return open_engine(self.engine, self.voice, self.lang, self.speed,
                           self.sentence_pause, self.cache, self.threads)

    def identity(self) -> str:
        """What shapes the engine's audio, computed without loading the engine."""
        from importlib.metadata import version

        if self.engine == "piper":
            from handout.audio.engines import find_piper_voice, piper_identity

            info = find_piper_voice(self.voice)
            return piper_identity(info.name, _cached_md5(info.model, self.cache), self.speed,
                                  self.sentence_pause)
        if self.engine == "gtts":
            return f"gTTS {version('gTTS')}; {self.lang}; speed {self.speed}"
        return f"{self.engine}; {self.voice}"


def _cached_md5(model: Path, cache: Path) -> str:
    """The voice file's md5, remembered by size and modification time."""
    from handout.audio.engines import file_md5

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


@dataclass(frozen=True)
class AudioCache:
    """Content-addressed store of mastered section audio and its MP3 encodings.

    `<key>.flac` holds a section's mastered samples and `<key>.json` their length, the
    utterance clips and the FLAC's hash; `<key>-<kbps>-<encoding>.mp3` is the untagged MP3
    encoded from them (`<encoding>` names `AUDIO_ENCODING`), with its hash in the `.json`
    of the same name. A new title or track count then only
    rewrites tags, and a new bit rate re-encodes without narrating again. Every file is
    checked against its recorded hash before use, so a truncated or damaged entry is
    treated as missing and made again, never published.
    """

    folder: Path

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.flac"

    def mp3_path(self, key: str, bitrate: int) -> Path:
        return self.folder / f"{_mp3_stem(key, bitrate)}.mp3"

    def _meta_path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def _mp3_meta_path(self, key: str, bitrate: int) -> Path:
        return self.folder / f"{_mp3_stem(key, bitrate)}.json"

    def meta(self, key: str) -> dict | None:
        """What was recorded when `key` was stored (length, clips, hash), or None."""
        return self._sidecar(self._meta_path(key), ("samples", "clips", "sha256"))

    def has_audio(self, key: str) -> bool:
        meta = self.meta(key)
        return meta is not None and meta["sha256"] == file_sha256(self.path(key))

    def load(self, key: str):
        """The cached `SectionAudio` for `key`, or None if missing, truncated or corrupt."""
        import soundfile

        from handout.audio.master import RATE, SectionAudio

        audio_path = self.path(key)
        try:
            meta = json.loads(self._meta_path(key).read_text("utf-8"))
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

        from handout.audio.master import RATE

        self.folder.mkdir(parents=True, exist_ok=True)
        write_with(self.path(key), lambda tmp: soundfile.write(
            tmp, audio.samples, RATE, format="FLAC", subtype="PCM_16"))
        write_atomic(self._meta_path(key), json.dumps({
            "samples": len(audio.samples), "clips": audio.clips,
            "sha256": file_sha256(self.path(key))}))

    def mp3(self, key: str, bitrate: int) -> bytes | None:
        """The cached MP3 of `key` at `bitrate`, or None if missing or damaged."""
        meta = self._sidecar(self._mp3_meta_path(key, bitrate), ("sha256",))
        try:
            data = self.mp3_path(key, bitrate).read_bytes()
        except OSError:
            return None
        if meta is None or hashlib.sha256(data).hexdigest() != meta["sha256"]:
            log.warning("cached MP3 %s is damaged: encoding again", key[:12])
            return None
        return data

    def has_mp3(self, key: str, bitrate: int) -> bool:
        meta = self._sidecar(self._mp3_meta_path(key, bitrate), ("sha256",))
        return meta is not None and meta["sha256"] == file_sha256(self.mp3_path(key, bitrate))

    def store_mp3(self, key: str, bitrate: int, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.mp3_path(key, bitrate), data)
        write_atomic(self._mp3_meta_path(key, bitrate),
                     json.dumps({"sha256": hashlib.sha256(data).hexdigest()}))

    @staticmethod
    def _sidecar(path: Path, needed: tuple[str, ...]) -> dict | None:
        try:
            meta = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) and all(k in meta for k in needed) else None


def _mp3_stem(key: str, bitrate: int) -> str:
    """Name of a cached MP3 without its suffix: the audio, the bit rate and the encoder."""
    from handout import AUDIO_ENCODING

    return f"{key}-{bitrate}-{digest(AUDIO_ENCODING)[:8]}"


def audio_key(section: Section, voice_identity: str, settings: Settings) -> str:
    """Everything that shapes a section's sound: words, pauses, engine, voice, mastering.

    Speed and sentence pause are in the key even when the engine's identity names them
    too, so that no engine can forget them.
    """
    from handout import AUDIO_MASTERING

    return digest("audio", [(u.spoken, u.pause) for u in section.script], voice_identity,
                  settings.speed, settings.sentence_pause, settings.loudness,
                  settings.true_peak, settings.head_silence, settings.tail_silence,
                  AUDIO_MASTERING)


def prepare_section(key: str, script: tuple, cache: AudioCache, settings: Settings,
                    engine: Callable[[], object]) -> None:
    """Make sure the cache holds `key`'s mastered audio and its MP3 at the set bit rate.

    The one path for serial and parallel builds alike, so both make the same bytes.
    `engine` opens (or returns) the speech engine, and is called only if narration is due.
    """
    from handout.audio.master import encode_mp3, narrate_section

    audio = cache.load(key)
    if audio is None:
        cache.store(key, narrate_section(script, engine(), settings))
        # Encode what the cache holds (16-bit), not the float samples just made, so a
        # later re-encode from the cache gives the same bytes.
        audio = cache.load(key)
    if not cache.has_mp3(key, settings.bitrate):
        cache.store_mp3(key, settings.bitrate, encode_mp3(audio.samples, settings.bitrate))


_worker_engine: Callable[[], object] | None = None


def _start_worker(voice: Voice) -> None:
    """In a worker: open the engine on first use and keep it for every later section."""
    global _worker_engine
    _worker_engine = functools.cache(voice.open)


def _prepare_job(job: tuple[str, tuple, Settings, Path]) -> str:
    key, script, settings, folder = job
    prepare_section(key, script, AudioCache(folder), settings, _worker_engine)
    return key


def prepare_missing(jobs: list[tuple[str, tuple]], voice: Voice, settings: Settings,
                    cache: AudioCache, engine=None) -> None:
    """Narrate and encode every (key, script) the cache lacks, in worker processes when
    more than one job and one worker are available.

    Each worker loads the voice once (on its first narration) and runs it on one thread
    (see `Voice.threads`), so that workers do not oversubscribe the CPU.
    """
    from handout.progress import progress

    if not jobs:
        return
    workers = min(settings.worker_count, len(jobs))
    with progress(len(jobs), "narrating", quiet=settings.quiet) as advance:
        if engine is not None or workers == 1:
            open_once = functools.cache(lambda: engine or voice.open())
            for key, script in jobs:
                prepare_section(key, script, cache, settings, open_once)
                advance()
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        # spawn, not fork: the parent may hold threads (tqdm's monitor, logging) whose
        # locks a forked child would inherit held.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_start_worker,
                                 initargs=(voice,)) as pool:
            # Longest first, so that no long section starts last while the other cores idle.
            ordered = sorted(jobs, key=lambda job: -sum(len(u.spoken) for u in job[1]))
            futures = [pool.submit(_prepare_job, (key, script, settings, cache.folder))
                       for key, script in ordered]
            try:
                for future in as_completed(futures):
                    future.result()
                    advance()
            except BaseException:
                # A failure or Ctrl-C stops the build now, not after every queued section.
                pool.shutdown(wait=False, cancel_futures=True)
                raise


@dataclass
class _Cover:
    """The cover art, keyed by what it is drawn from and drawn only when a file needs it."""

    title: str

    @functools.cached_property
    def key(self) -> str:
        from handout.pdf.render import font_files

        return digest("cover", self.title, file_sha256(font_files()["bold"]))

    @functools.cached_property
    def png(self) -> bytes:
        from handout.audio.master import render_cover

        return render_cover(self.title)


def build_audio(document: Document, settings: Settings, previous: dict, engine=None) -> dict:
    """Section MP3s, transcripts and the complete chaptered MP3, re-narrating only changes.

    Everything is decided from hashes before any audio is touched: a section's MP3 is
    rewritten only when its key (audio, bit rate, tags, cover) changed or the file did, and
    the cache is consulted only for the files that must be written, so a build with nothing
    to do loads no engine and decodes no audio.
    """
    layout = Layout(settings.out, document.slug)
    meta = document.meta
    voice = Voice(settings.engine, meta.voice or settings.voice, meta.lang, settings.speed,
                  settings.sentence_pause, settings.out / ".cache")
    if engine is not None:
        identity = engine.identity()
    else:
        if settings.engine == "piper":
            from handout.audio.engines import check_piper_language

            check_piper_language(voice.voice, meta.lang)
        identity = voice.identity()
    cache = AudioCache(settings.out / ".cache" / "audio")
    sections = document.sections
    keys = [audio_key(s, identity, settings) for s in sections]
    cover = _Cover(meta.title)
    comment = f"Synthetic voice: {identity}"
    common = {"album": meta.title, "artist": meta.author, "lang": meta.lang,
              "date": meta.date, "comment": comment}
    tags = [{"title": s.heading, "track": i + 1, "tracks": len(sections), **common}
            for i, s in enumerate(sections)]
    mp3s = [layout.section_mp3(s.index, s.id) for s in sections]
    output_keys = [digest("mp3", _mp3_stem(key, settings.bitrate), fields, cover.key)
                   for key, fields in zip(keys, tags)]
    old = {e.get("file"): e for e in previous.get("sections", [])}
    stale = {i for i, (mp3, key) in enumerate(zip(mp3s, output_keys))
             if not still_valid(old.get(mp3.name), key, mp3)}
    complete_tags = {"title": meta.title, "track": 1, "tracks": 1, **common}
    complete_key = digest("complete", output_keys, complete_tags, cover.key)
    complete_fresh = still_valid(previous.get("complete"), complete_key, layout.complete_mp3)

    needed = sorted(stale) if complete_fresh else range(len(sections))
    jobs = {keys[i]: sections[i].script for i in needed
            if not (cache.has_audio(keys[i]) and cache.has_mp3(keys[i], settings.bitrate))}
    prepare_missing(list(jobs.items()), voice, settings, cache, engine)

    entries = []
    for i, section in enumerate(sections):
        transcript = layout.transcript(section.index, section.id)
        write_if_changed(transcript, section.transcript)
        details = {"transcript": transcript.name, "heading": section.heading,
                   "line": section.line, "audio_key": keys[i]}
        if i in stale:
            details |= _publish_section(mp3s[i], keys[i], tags[i], cache, settings, cover,
                                        section)
            entries.append(output_entry(mp3s[i], output_keys[i], **details))
        else:
            entries.append({**old[mp3s[i].name], **details, "stamp": file_stamp(mp3s[i])})

    if complete_fresh:
        complete = {**previous["complete"], "stamp": file_stamp(layout.complete_mp3)}
    else:
        complete = _publish_complete(layout, complete_key, keys, sections, complete_tags,
                                     cache, settings, cover)
    _remove_stale(layout, {e["file"] for e in entries} | {e["transcript"] for e in entries})
    return {
        "engine": settings.engine if engine is None else engine.name,
        "voice": voice.voice if engine is None else engine.voice,
        "identity": identity,
        "sections": entries,
        "complete": complete,
    }


def _publish_section(mp3: Path, key: str, fields: dict, cache: AudioCache,
                     settings: Settings, cover: _Cover, section: Section) -> dict:
    """Write one section's tagged MP3 from the cache; return its duration and clips."""
    from handout.audio.master import RATE, Tags, write_tags

    data = cache.mp3(key, settings.bitrate)
    meta = cache.meta(key)
    if data is None or meta is None:
        raise HandoutError("narration failed to produce audio", section.source, section.line)

    def make(tmp: Path) -> None:
        tmp.write_bytes(data)
        write_tags(tmp, Tags(**fields, cover=cover.png))

    write_with(mp3, make)
    return {"duration": round(meta["samples"] / RATE, 3),
            "clips": [[round(a, 3), round(b, 3)] for a, b in meta["clips"]]}


def _publish_complete(layout: Layout, key: str, keys: list[str], sections: Sequence[Section],
                      fields: dict, cache: AudioCache, settings: Settings,
                      cover: _Cover) -> dict:
    """The whole handout as one MP3 with a chapter per section.

    One encoder is fed the cached sections in order and writes straight to the file, so
    memory holds one section's audio, never the handout's. Each section is already at the
    loudness target, so their sequence is too (measured: the sample's complete file decodes
    at -18.0 LUFS, as its sections do) and is not levelled again. The sections join
    without a gap, so each chapter starts exactly where the sections before it end.
    """
    from handout.audio.master import RATE, Chapter, Mp3Stream, Tags, write_tags

    chapters: list[Chapter] = []
    samples = 0

    def make(tmp: Path) -> None:
        nonlocal samples
        with tmp.open("wb") as sink:
            stream = Mp3Stream(sink, settings.bitrate)
            for index, (section_key, section) in enumerate(zip(keys, sections)):
                audio = cache.load(section_key)
                if audio is None:
                    raise HandoutError("narration failed to produce audio", section.source,
                                       section.line)
                start = stream.samples
                stream.write(audio.samples)
                del audio
                chapters.append(Chapter(f"ch{index:02d}", section.heading,
                                        round(start * 1000 / RATE),
                                        round(stream.samples * 1000 / RATE)))
            stream.close()
            samples = stream.samples
        write_tags(tmp, Tags(**fields, cover=cover.png), chapters)

    write_with(layout.complete_mp3, make)
    return output_entry(layout.complete_mp3, key, duration=round(samples / RATE, 3),
                        chapters=[[c.title, c.start_ms, c.end_ms] for c in chapters])


def _remove_stale(layout: Layout, keep: set[str]) -> None:
    """Delete section files left from sections the handout no longer has."""
    for path in layout.audio.glob("[0-9][0-9]-*"):
        if path.name not in keep and path.suffix in (".mp3", ".txt"):
            path.unlink()


# --- Everything --------------------------------------------------------------------------


def build(settings: Settings, editions: Sequence[str] = EDITIONS, engine=None) -> list[dict]:
    """Build `editions` of every handout; return each handout's manifest."""
    from handout.editions.playlist import write_manifest, write_playlist

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
            from handout.editions.feed import write_feed

            write_feed(documents, manifests, settings)
    return manifests


def publish_editions(document: Document, settings: Settings, manifest: dict,
                     editions: Sequence[str]) -> None:
    """The web page and DAISY book, made from the audio already built (never re-narrated);
    these and the feed refuse audio made from another version of the text."""
    wanted = [e for e in ("web", "daisy", "feed") if e in editions]
    if not wanted:
        return
    require_current_audio(document, Layout(settings.out, document.slug),
                          manifest.get("audio"), wanted)
    if "web" in wanted:
        from handout.editions.web import build_web

        manifest["web"] = build_web(document, settings, manifest["audio"])
    if "daisy" in wanted:
        from handout.editions.daisy import build_daisy

        manifest["daisy"] = build_daisy(document, settings, manifest["audio"])


def require_current_audio(document: Document, layout: Layout, audio: dict | None,
                          editions: Sequence[str]) -> None:
    """Stop unless `audio` was built from the document as it is now: the editions made from
    it would otherwise play one text and show another."""
    build_it = f"--editions audio,{','.join(editions)}"
    if audio is None:
        raise HandoutError(f"the {' and '.join(editions)} edition needs the audio: build "
                           f"with {build_it}", document.source)
    entries = audio.get("sections", [])
    if len(entries) != len(document.sections):
        raise HandoutError("the audio was built from another version of this handout: build "
                           f"the audio edition too ({build_it})", document.source)
    for section, entry in zip(document.sections, entries):
        transcript = layout.audio / entry["transcript"]
        stale = (not transcript.is_file()
                 or transcript.read_text("utf-8") != section.transcript
                 or len(entry.get("clips", [])) != len(section.script))
        if stale:
            raise HandoutError("the audio of this section was built from older text: build "
                               f"the audio edition too ({build_it})", section.source,
                               section.line)
