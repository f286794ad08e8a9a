"""Audio stage, build: one handout's section MP3s, transcripts, complete chaptered MP3 and M4B.

`plan_audio` decides everything from hashes before any audio is touched. Each utterance of
the speech script has a key (`cache.utterance_key`), each section one made of its
utterances' keys and the mastering settings (`cache.section_key`), and each published file
one made of its section's key, the bit rate, its tags and the cover (for the complete MP3
and the M4B audiobook: their sections' keys, their tags, the cover and their encoder). A
file is rewritten only when its key changed or the file did; a section is mastered only
when a file needs it and the section cache lacks it; an utterance is narrated only when
such a section needs it and the utterance cache lacks it. So an edited sentence narrates
one utterance, a new loudness target masters again without narrating, and a build with
nothing to do loads no engine and decodes no audio. The build narrates what the plans of
all its handouts lack in one go (`schedule.narrate`) while `Finisher` masters each
section as soon as its last utterance is in and publishes each handout (`finish_audio`) as
soon as its sections are made.

`finish_audio` returns the audio's manifest entry: for every section its file, duration and
the start and end of every utterance in it (`clips`), for the complete file its chapters
and the same timings measured from its start, which the editions that follow the voice
use, and for the audiobook its chapters. Beside each section MP3 it writes the transcript
(`.txt`) and, from the clips, the same words timed sentence by sentence as WebVTT captions
(`.vtt`, `captions.webvtt`).
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import io
import logging
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from handout.audio import AUDIOBOOK
from handout.audio.cache import (CoverCache, MasteredCache, SectionCache, UtteranceCache,
                                 as_cached, contexts, mastered_key, mp3_name, piece_key,
                                 section_key, utterance_key)
from handout.audio.captions import webvtt
from handout.audio.tags import language_code
from handout.audio.voice import Voice, voice_files
from handout.config import TAIL_SILENCE_RANGE, Settings
from handout.errors import HandoutError
from handout.language import words_for
from handout.outputs import (Layout, digest, file_stamp, output_entry,
                             still_valid, write_if_changed, write_with)
from handout.read.document import Document, Section

if TYPE_CHECKING:
    import numpy as np

    from handout.audio.audiobook import Aac
    from handout.audio.encode import Piece

log = logging.getLogger("handout.progress")


@dataclass
class Cover:
    """The cover art, keyed by what it is drawn from and drawn only when a file needs it
    and the cache lacks it."""

    title: str
    cache: Path

    @property
    def key(self) -> str:
        from handout.cover import cover_key

        return cover_key(self.title)

    @property
    def png(self) -> bytes:
        return CoverCache(self.cache).png(self.title)


@dataclass(frozen=True)
class SectionPlan:
    """What one section is made of, by key."""

    section: Section
    utterances: tuple[str, ...]
    mastered: tuple[str, ...]
    """Each utterance's key in the mastered cache, as it stands in this section."""
    key: str
    mp3: Path
    output_key: str
    tags: dict


@dataclass
class AudioPlan:
    """What one handout's audio needs, decided from hashes before any audio is touched."""

    document: Document
    voice: Voice
    identity: str
    sections: list[SectionPlan]
    stale: list[SectionPlan]
    """Sections whose published MP3 must be written again."""
    unmade: list[SectionPlan]
    """Sections whose mastered audio or MP3 the section cache lacks."""
    missing: dict[str, str]
    """Utterances the utterance cache lacks: key → the words as said, longest first a
    section at a time, the section with most to say first. The workers finish one section
    after another, each mastered while they go on, and end on the shortest, so that little
    is left to master after the last word; and within a section they finish together,
    rather than one of them speaking its last long sentence alone."""
    complete_key: str
    complete_tags: dict
    complete_fresh: bool
    audiobook_key: str
    audiobook_fresh: bool
    previous: dict
    cover: Cover


def handout_voice(document: Document, settings: Settings) -> Voice:
    """The engine and voice for `document`: its language chooses unless the settings, the
    command line or its front matter say otherwise (`engines.choose_voice`)."""
    from handout.audio.engines.choice import choose_voice

    cache = voice_files(settings.out / ".cache")
    try:
        engine, voice = choose_voice(settings.engine, document.meta.voice or settings.voice,
                                     document.meta.lang, settings.voices, cache)
    except HandoutError as error:
        if settings.voice and not document.meta.voice:
            raise  # the command line's or the settings' voice, not this handout's
        from handout.read.sources import locate

        # `language:` is read as `lang:` (a Hausa blog's front matter wrote it), and named
        keys = ("voice:",) if document.meta.voice else ("lang:", "language:")
        raise HandoutError(error.problems[0].message, document.source,
                           locate(document.source, *keys)) from None
    return Voice(engine, voice, document.meta.lang, settings.speed, cache)


def check_narratable(document: Document, settings: Settings) -> None:
    """Raise, at its line in `document`, what stops it being narrated here: no voice for
    its language, or kanji for espeak-ng, the only offline voice for Japanese
    (`refuse_kanji`). Asked of every handout before anything is built, so that one handout
    in a language with no voice leaves the others to be built."""
    if handout_voice(document, settings).engine == "espeak":
        refuse_kanji(document)


ROBOTIC = ("{source}: no natural voice for language '{lang}' is installed, so it is narrated "
           "by espeak-ng ({voice}), which sounds robotic: give the path of a Piper voice for "
           "'{lang}' under [tool.handout.voices] (see README, 'Speech engines and voices'), "
           "or choose --engine gtts")
"""The warning when `lang` alone chose espeak-ng; where Kokoro speaks the language but is
not installed, why not follows it."""


KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""Chinese characters as Japanese writes them (CJK Unified Ideographs and their extension
A, and the compatibility ideographs)."""


def refuse_kanji(document: Document) -> None:
    """Stop before narrating Japanese with kanji in espeak-ng's voice, which says every one
    of them as the English words "Chinese letter" (its Japanese reads kana alone): a
    recording of that is worse than none."""
    if document.meta.lang.split("-")[0].lower() != "ja":
        return
    for section in document.sections:
        for utterance in section.script:
            found = KANJI.search(utterance.spoken)
            if found:
                from handout.read.sources import locate

                raise HandoutError(
                    f"espeak-ng, the only offline voice for Japanese here, says each kanji "
                    f"('{found.group(0)}') as the English words \"Chinese letter\": narrate "
                    f"this handout with --engine gtts (Google's voice, over the internet), or "
                    f"build its print alone with --editions pdf", document.source,
                    locate(document.source, found.group(0)))


def plan_audio(document: Document, settings: Settings, previous: dict,
               engine=None) -> AudioPlan:
    """Which of `document`'s files, sections and utterances must be made again.

    `engine`, when given (tests), speaks instead of the engine the settings name.
    """
    layout = Layout(settings.out, document.slug)
    meta = document.meta
    voice = handout_voice(document, settings)
    if engine is not None:
        identity = engine.identity()
    else:
        from handout.audio.engines import kokoro
        from handout.audio.engines.choice import chosen_by_language

        if voice.engine == "espeak" and chosen_by_language(
                settings.engine, meta.voice or settings.voice, meta.lang, settings.voices):
            warning = ROBOTIC.format(source=document.source, lang=meta.lang, voice=voice.voice)
            if kokoro.kokoro_language(meta.lang):
                warning += f". {kokoro.not_installed()}"
            logging.getLogger("handout.diagnostics").warning(warning)
        identity = voice.identity()
    cache = settings.out / ".cache"
    utterances, sections = UtteranceCache(cache), SectionCache(cache)
    cover = Cover(meta.title, cache)
    common = {"album": meta.title, "artist": meta.author, "lang": meta.lang,
              "date": meta.date,
              "comment": words_for(meta.lang).synthetic_voice.format(identity=identity)}
    spoken_in = language_code(meta.lang)  # in the keys: the files say it, not `lang`
    plans = []
    for number, section in enumerate(document.sections, start=1):
        keys = tuple(utterance_key(u.spoken, identity, settings.speed) for u in section.script)
        pauses = [u.pause for u in section.script]
        last = len(keys) - 1
        mastered = tuple(mastered_key(key, index == 0, index == last, context, settings)
                         for index, (key, context) in enumerate(zip(keys,
                                                                    contexts(pauses, settings))))
        key = section_key(keys, pauses, settings)
        tags = {"title": section.heading, "track": number,
                "tracks": len(document.sections), **common}
        plans.append(SectionPlan(section, keys, mastered, key,
                                 layout.section_mp3(section.index, section.file_id),
                                 digest("mp3", mp3_name(key, settings.bitrate), tags, spoken_in,
                                        cover.key),
                                 tags))
    old = {e.get("file"): e for e in previous.get("sections", [])}
    stale = [p for p in plans if not still_valid(old.get(p.mp3.name), p.output_key, p.mp3)]
    complete_tags = {"title": meta.title, "track": 1, "tracks": 1, **common}
    complete_key = digest("complete", [p.output_key for p in plans], complete_tags, spoken_in,
                          cover.key)
    complete_fresh = still_valid(previous.get("complete"), complete_key, layout.complete_mp3)
    audiobook_key = digest("m4b", [(p.key, p.section.heading) for p in plans], complete_tags,
                           spoken_in, cover.key, AUDIOBOOK, importlib.metadata.version("av"))
    audiobook_fresh = still_valid(previous.get("audiobook"), audiobook_key, layout.audiobook)

    needed = stale if complete_fresh and audiobook_fresh else plans
    unmade = [p for p in needed if not (sections.has_section(p.key)
                                         and sections.has_mp3(p.key, settings.bitrate)
                                         and sections.has_aac(p.key))]
    lacking = [[(key, u.spoken) for key, u in zip(p.utterances, p.section.script)
                if not utterances.has_utterance(key)] for p in unmade]
    missing: dict[str, str] = {}
    for section in sorted(lacking, key=lambda jobs: -sum(len(words) for _, words in jobs)):
        missing.update(sorted(section, key=lambda job: -len(job[1])))
    if missing:
        log.info("%s: narrating %d of %d utterances", document.slug, len(missing),
                 sum(len(p.utterances) for p in plans))
    return AudioPlan(document, voice, identity, plans, stale, unmade, missing, complete_key,
                     complete_tags, complete_fresh, audiobook_key, audiobook_fresh, previous,
                     cover)


class Finisher:
    """What follows the voice: each utterance the plans' sections lack mastered in its place
    on a thread of this process as soon as it is narrated, each section joined and encoded
    as soon as the last of its utterances is mastered, and each handout published
    (`publish`, in order, on a thread of its own) as soon as its sections are.

    `stored(key)` is told of each utterance narrated; a section with nothing to narrate is
    made at once. Mastering is mostly FFmpeg, NumPy, soxr and LAME, which let go of
    Python's lock, so it fills the time the voice leaves free instead of following it, an
    utterance at a time, and little is left to do after the last word. Used as a context
    manager, which waits for everything and raises the first failure, then holds what
    `publish` returned for each plan (`published`); after a failure elsewhere it makes and
    publishes no more.
    """

    def __init__(self, plans: Sequence[AudioPlan], settings: Settings,
                 publish: Callable[[AudioPlan], dict]):
        cache = settings.out / ".cache"
        self._utterances, self._sections = UtteranceCache(cache), SectionCache(cache)
        self._settings = settings
        self._pool = ThreadPoolExecutor(settings.worker_count, thread_name_prefix="mastering")
        self._unmade = {section.key: section for plan in plans for section in plan.unmade}
        self._made: dict[str, Future] = {key: Future() for key in self._unmade}
        """Each section to make, by key: done when it is in the section cache."""
        self._lacking: dict[str, int] = {}
        """For each section not yet begun, by key: how many of its utterances are not yet
        narrated and mastered."""
        self._waiting: dict[str, list[tuple[SectionPlan, int]]] = {}
        """For each utterance not yet narrated: the sections, and its places in them, that
        wait for it."""
        self._counting = threading.Lock()
        if self._unmade:  # first, while the voice is opened
            from handout.audio.master import import_libraries

            self._pool.submit(import_libraries)
        missing = {key for plan in plans for key in plan.missing}
        for section in self._unmade.values():
            self._lacking[section.key] = 0
            for index, key in enumerate(section.utterances):
                if key in missing:
                    self._waiting.setdefault(key, []).append((section, index))
                    self._lacking[section.key] += 1
            if not self._lacking[section.key]:
                self._make(section)
        self._publisher = ThreadPoolExecutor(1, thread_name_prefix="publishing")
        self._published = self._publisher.submit(self._publish_each, plans, publish)
        self.published: list[dict] = []

    def stored(self, key: str) -> None:
        """Utterance `key` is in the cache: master it in each place a section waits for it."""
        for section, index in self._waiting.pop(key, []):
            self._pool.submit(self._master_utterance, section, index)

    def _master_utterance(self, section: SectionPlan, index: int) -> None:
        if self._made[section.key].cancelled():
            return  # the build stopped
        # A failure here is make_section's to report: it masters the utterance again.
        with contextlib.suppress(Exception):
            mastered_utterance(section, index, self._utterances, self._settings)
        with self._counting:
            left = self._lacking.get(section.key)
            if left is None:
                return  # made already, without an utterance the narration never stored
            self._lacking[section.key] = left - 1
        if left == 1:
            self._make(section)

    def _make(self, section: SectionPlan) -> None:
        with self._counting:
            del self._lacking[section.key]
        if not self._made[section.key].cancelled():
            self._pool.submit(self._master, section)

    def _master(self, section: SectionPlan) -> None:
        made = self._made[section.key]
        if not made.set_running_or_notify_cancel():
            return  # the build stopped
        try:
            make_section(section, self._utterances, self._sections, self._settings)
        except BaseException as error:  # noqa: BLE001 (raised by whoever waits for it)
            made.set_exception(error)
        else:
            made.set_result(None)

    def _publish_each(self, plans: Sequence[AudioPlan],
                      publish: Callable[[AudioPlan], dict]) -> list[dict]:
        published = []
        for plan in plans:
            for section in plan.unmade:
                self._made[section.key].result()
            published.append(publish(plan))
        return published

    def __enter__(self) -> "Finisher":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if error is None:
            # A section with an utterance the narration never stored: making it says which.
            never = {section.key: section for places in self._waiting.values()
                     for section, _ in places}
            for section in never.values():
                self._make(section)
            # Before the pool shuts: a mastered utterance may still have its section to make.
            wait(self._made.values())
        else:
            for made in self._made.values():
                made.cancel()
        self._pool.shutdown(wait=True, cancel_futures=error is not None)
        self._publisher.shutdown(wait=True)
        if error is None:
            self.published = self._published.result()


def finish_audio(plan: AudioPlan, settings: Settings, engine=None) -> dict:
    """Publish what `plan` found stale, once its sections are made (`Finisher`);
    return the audio's manifest entry."""
    document = plan.document
    layout = Layout(settings.out, document.slug)
    sections = SectionCache(settings.out / ".cache")

    old = {e.get("file"): e for e in plan.previous.get("sections", [])}
    entries = []
    for section_plan in plan.sections:
        section = section_plan.section
        transcript = layout.transcript(section.index, section.file_id)
        write_if_changed(transcript, section.transcript)
        captions = layout.captions(section.index, section.file_id)
        details = {"transcript": transcript.name, "captions": captions.name,
                   "heading": section.heading, "line": section.line,
                   "audio_key": section_plan.key}
        if section_plan in plan.stale:
            details |= publish_section(section_plan, sections, settings, plan.cover)
            entries.append(output_entry(section_plan.mp3, section_plan.output_key, **details))
        else:
            entries.append({**old[section_plan.mp3.name], **details,
                            "stamp": file_stamp(section_plan.mp3)})
        # Written beside the .txt by the stage that timed the voice, so `invoke audio`
        # alone publishes it and it is never older than its MP3.
        write_if_changed(captions, webvtt(section.script, entries[-1]["clips"]))

    # The complete MP3 and the M4B are joined from every section's cached MP3 and AAC, so
    # an edit encodes only the pieces it changed; the two are written side by side.
    with ThreadPoolExecutor(2, thread_name_prefix="whole handout") as encoders:
        complete = encoders.submit(
            lambda: {**plan.previous["complete"], "stamp": file_stamp(layout.complete_mp3)}
            if plan.complete_fresh else
            publish_complete(layout, plan.complete_key, plan.sections, plan.complete_tags,
                             sections, settings, plan.cover))
        audiobook = encoders.submit(
            lambda: {**plan.previous["audiobook"], "stamp": file_stamp(layout.audiobook)}
            if plan.audiobook_fresh else
            publish_audiobook(layout, plan.audiobook_key, plan.sections, plan.complete_tags,
                              sections, settings, plan.cover))
        complete, audiobook = complete.result(), audiobook.result()
    remove_stale(layout, {e[kind] for e in entries for kind in ("file", "transcript", "captions")})
    return {
        "engine": plan.voice.engine if engine is None else engine.name,
        "voice": plan.voice.voice if engine is None else engine.voice,
        "identity": plan.identity,
        "sections": entries,
        "complete": complete,
        "audiobook": audiobook,
    }


def make_section(plan: SectionPlan, utterances: UtteranceCache, sections: SectionCache,
                 settings: Settings) -> None:
    """Join `plan`'s section from its mastered utterances (`joined_section`), cut it into
    pieces at its pauses (`encode.cut_at_pauses`), and make its MP3 and its AAC (for the
    M4B), whichever the cache lacks, from its pieces' (`encode_pieces`); then record its
    length and clips as published."""
    from handout.audio.encode import cut_at_pauses, moved_clips

    has_mp3, has_aac = sections.has_mp3(plan.key, settings.bitrate), sections.has_aac(plan.key)
    if has_mp3 and has_aac and sections.has_section(plan.key):
        return
    audio = joined_section(plan, utterances, settings)
    pieces = cut_at_pauses(audio.samples)
    if not (has_mp3 and has_aac):
        published = [*pieces[:-1], replace(pieces[-1], sound=framed(pieces[-1].sound, settings))]
        mp3, aac = encode_pieces(published, settings.bitrate, sections, mp3=not has_mp3,
                                 aac=not has_aac)
        if mp3 is not None:
            sections.store_mp3(plan.key, settings.bitrate, mp3)
        if aac is not None:
            sections.store_aac(plan.key, aac)
    sections.store_section(plan.key, sum(piece.length for piece in pieces),
                           moved_clips(audio.clips, pieces))


def encode_pieces(pieces: Sequence[Piece], bitrate: int, sections: SectionCache,
                  mp3: bool, aac: bool) -> tuple[bytes | None, Aac | None]:
    """A section's MP3 and AAC (as asked), each joined from its pieces' without encoding
    again; a piece is encoded only if the section cache lacks it (`piece_key`), and then
    kept. LAME and FFmpeg both let go of Python's lock while they work, so the pieces' MP3s
    and AACs are encoded two at a time. A piece's samples (its padding added) are made to
    be hashed and again only if it is encoded, and let go after, so memory holds a piece or
    two beside the section, not a copy of it."""
    from handout.audio.audiobook import encode_aac, join_aac
    from handout.audio.encode import encode_mp3, join_mp3

    def piece_mp3(key: str, piece: Piece) -> bytes:
        found = sections.mp3(key, bitrate)
        if found is None:
            found = encode_mp3(piece.samples, bitrate)
            sections.store_mp3(key, bitrate, found)
        return found

    def piece_aac(key: str, piece: Piece) -> Aac:
        found = sections.aac(key)
        if found is None:
            found = encode_aac(piece.samples)
            sections.store_aac(key, found)
        return found

    keys = [piece_key(piece.samples) for piece in pieces]
    with ThreadPoolExecutor(2, thread_name_prefix="encoding") as pool:
        mp3s = [pool.submit(piece_mp3, key, piece) for key, piece in zip(keys, pieces)] \
            if mp3 else []
        aacs = [pool.submit(piece_aac, key, piece) for key, piece in zip(keys, pieces)] \
            if aac else []
        joined = None
        if mp3:
            sink = io.BytesIO()
            join_mp3(sink, (made.result() for made in mp3s), bitrate)
            joined = sink.getvalue()
        return joined, join_aac([made.result() for made in aacs]) if aac else None


def joined_section(plan: SectionPlan, utterances: UtteranceCache, settings: Settings):
    """`plan`'s section joined from its mastered utterances (`master.join_section`),
    mastering those the cache lacks (`mastered_utterance`). Their lengths come first (from
    the cache's records, or by mastering them), then each is read as it is laid in: memory
    holds the section once, not a second copy of it in its utterances."""
    from handout.audio.master import join_section

    kept = MasteredCache(settings.out / ".cache")
    indices = range(len(plan.utterances))
    speech = sum(kept.length(plan.mastered[index])
                 or len(mastered_utterance(plan, index, utterances, settings).samples)
                 for index in indices)
    return join_section((mastered_utterance(plan, index, utterances, settings)
                         for index in indices),
                        [u.pause for u in plan.section.script], settings, speech=speech)


def mastered_utterance(plan: SectionPlan, index: int, utterances: UtteranceCache,
                       settings: Settings):
    """Utterance `index` of `plan`'s section mastered in its place: from the mastered cache,
    or mastered now from the utterance cache and kept (rounded as the cache keeps it)."""
    from handout.audio.master import master_in_section

    mastered = MasteredCache(settings.out / ".cache")
    key = plan.mastered[index]
    found = mastered.load(key)
    if found is not None:
        return found
    section = plan.section
    raw = utterances.load(plan.utterances[index])
    if raw is None:
        raise HandoutError("narration failed to produce audio", section.source, section.line)
    made = master_in_section(*raw, [u.pause for u in section.script], index, settings)
    made = replace(made, samples=as_cached(made.samples))
    mastered.store(key, made)
    return made


def framed(samples: np.ndarray, settings: Settings) -> np.ndarray:
    """A mastered section as it is published: silence added or cut at its end so that it
    fills whole MP3 and AAC frames (`encode.framed_length`)."""
    import numpy as np

    length = published_length(len(samples), settings)
    if length <= len(samples):
        return samples[:length]
    return np.concatenate([samples, np.zeros(length - len(samples), samples.dtype)])


def published_length(samples: int, settings: Settings) -> int:
    """Samples of a section file whose mastered section has `samples`: a little more
    silence at the end, unless that would pass `TAIL_SILENCE_RANGE`, then a little less."""
    from handout.audio.encode import framed_length
    from handout.audio.master import RATE

    room = round((TAIL_SILENCE_RANGE[1] - settings.tail_silence) * RATE)
    return framed_length(samples, room)


def publish_section(plan: SectionPlan, sections: SectionCache, settings: Settings,
                    cover: Cover) -> dict:
    """Write one section's tagged MP3 from the cache; return its duration and clips."""
    from handout.audio.master import RATE
    from handout.audio.tags import Tags, write_tags

    data = sections.mp3(plan.key, settings.bitrate)
    facts = sections.facts(plan.key)
    if data is None or facts is None:
        raise HandoutError("narration failed to produce audio", plan.section.source,
                           plan.section.line)

    def make(tmp: Path) -> None:
        tmp.write_bytes(data)
        write_tags(tmp, Tags(**plan.tags, cover=cover.png))

    write_with(plan.mp3, make)
    return {"duration": round(published_length(facts["samples"], settings) / RATE, 3),
            "clips": rounded(facts["clips"])}


def rounded(clips: Sequence[Sequence[float]], offset: float = 0.0) -> list[list[float]]:
    """Clip times to the millisecond, moved by `offset` seconds."""
    return [[round(start + offset, 3), round(end + offset, 3)] for start, end in clips]


def section_starts(plans: Sequence[SectionPlan], sections: SectionCache,
                   settings: Settings) -> list[int]:
    """Where each section starts in the complete MP3 and the M4B, in samples, and (last)
    where they end: each starts exactly where the section files before it end."""
    starts = [0]
    for plan in plans:
        facts = sections.facts(plan.key)
        if facts is None:
            raise HandoutError("narration failed to produce audio", plan.section.source,
                               plan.section.line)
        starts.append(starts[-1] + published_length(facts["samples"], settings))
    return starts


def publish_complete(layout: Layout, key: str, plans: Sequence[SectionPlan], fields: dict,
                     sections: SectionCache, settings: Settings, cover: Cover) -> dict:
    """The whole handout as one MP3 with a chapter per section, joined from the section
    MP3s without encoding again (`encode.join_mp3`), so an edit costs only its sections.

    Each section is already at the loudness target, so their sequence is too (measured:
    the sample's complete file decodes at -18.0 LUFS, as its sections do) and is not
    levelled again. Each chapter starts exactly where the section files before it end, and
    every utterance sits at its section's start plus its place in the section. Memory holds
    one section's MP3 at a time.
    """
    from handout.audio.encode import join_mp3
    from handout.audio.master import RATE
    from handout.audio.tags import Chapter, Tags, write_tags

    starts = section_starts(plans, sections, settings)
    chapters = [Chapter(f"ch{index:02d}", plan.section.heading, round(start * 1000 / RATE),
                        round(end * 1000 / RATE))
                for index, (plan, start, end) in enumerate(zip(plans, starts, starts[1:]))]
    clips = [rounded(sections.facts(plan.key)["clips"], start / RATE)
             for plan, start in zip(plans, starts)]

    def pieces():
        for plan in plans:
            data = sections.mp3(plan.key, settings.bitrate)
            if data is None:
                raise HandoutError("narration failed to produce audio", plan.section.source,
                                   plan.section.line)
            yield data

    def make(tmp: Path) -> None:
        with tmp.open("wb") as sink:
            join_mp3(sink, pieces(), settings.bitrate)
        write_tags(tmp, Tags(**fields, cover=cover.png), chapters)

    write_with(layout.complete_mp3, make)
    return output_entry(layout.complete_mp3, key, duration=round(starts[-1] / RATE, 3),
                        chapters=[[c.title, c.start_ms, c.end_ms] for c in chapters],
                        clips=clips)


def publish_audiobook(layout: Layout, key: str, plans: Sequence[SectionPlan], fields: dict,
                      sections: SectionCache, settings: Settings, cover: Cover) -> dict:
    """The whole handout as one M4B with a chapter per section, for audiobook apps.

    Joined from the sections' AAC without encoding again, as the complete MP3 is from their
    MP3s (`audiobook.write_m4b`), so it says exactly what the MP3s say, at their level, and
    each chapter starts exactly where the MP3's chapter does: its place in samples is known
    before any audio is read, as the MP4's chapter list must be.
    """
    from handout.audio.audiobook import chapter_title, write_m4b
    from handout.audio.master import RATE
    from handout.audio.tags import Tags

    starts = section_starts(plans, sections, settings)
    chapters = [(chapter_title(plan.section.heading), start, end)
                for plan, start, end in zip(plans, starts, starts[1:])]

    def pieces():
        for plan in plans:
            aac = sections.aac(plan.key)
            if aac is None:
                raise HandoutError("narration failed to produce audio", plan.section.source,
                                   plan.section.line)
            yield aac

    write_with(layout.audiobook,
               lambda tmp: write_m4b(tmp, pieces(), chapters, Tags(**fields, cover=cover.png)))
    return output_entry(layout.audiobook, key, duration=round(starts[-1] / RATE, 3),
                        chapters=[[title, round(a * 1000 / RATE), round(b * 1000 / RATE)]
                                  for title, a, b in chapters])


def remove_stale(layout: Layout, keep: set[str]) -> None:
    """Delete section files left from sections the handout no longer has; not the whole
    handout's MP3, whose name may look like one (a lesson's "01-intro.md")."""
    for path in layout.audio.glob("[0-9][0-9]-*"):
        if path.name not in keep | {layout.complete_mp3.name} \
                and path.suffix in (".mp3", ".txt", ".vtt"):
            path.unlink()
