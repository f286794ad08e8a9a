"""Check stage, audio: verify built MP3s, the M4B audiobook, tags, chapters, transcripts and
playlists against the audio standard.

`check_audio` decodes and measures every MP3 a handout's build made (format, constant bit
rate from the frame headers, loudness and true peak, head and tail silence, ID3 frames,
chapters of the complete file) and the M4B (AAC-LC mono, its length, its level against the
complete MP3's, both of its chapter lists, its iTunes tags and cover), and reports one
`Finding` per failure, naming the file. A section whose script says nothing (its words all in
letters the voice cannot read) is expected to be silence, and is named in one warning; a
section too long to find one's way in (`LONG_SECTION_MINUTES`) is named in another.
"""

from __future__ import annotations

import io
import itertools
import math
import mmap
import re
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

from handout.config import Settings
from handout.read.document import Document
from handout.findings import WARNING, Finding
from handout.outputs import Layout

CHAPTER_TOLERANCE_MS = 50
"""How far a chapter's start may sit from the sum of the section files before it."""

AUDIOBOOK_LOUDNESS_TOLERANCE = 0.5
"""LU the decoded M4B may differ from the complete MP3: a listener who changes files should
not reach for the volume. The sample's sections came out of AAC at 64 kbps 0.04 to 0.05 LU
quieter (see `audiobook.AAC_BITRATE`)."""


LONG_SECTION_MINUTES = 15
"""Minutes of a section's MP3 past which the check asks for headings within it: an NHS
team's review of its R scripts, 5,454 words in a Word file with no headings, was one MP3 of
37 minutes, in which a listener could not find anything."""


class Heard(NamedTuple):
    """What a decoded file measured: its length in seconds and its integrated loudness."""

    duration: float
    loudness: float


def check_audio(document: Document, layout: Layout, audio: dict,
                settings: Settings | None = None) -> list[Finding]:
    """Every section MP3, the complete MP3, the transcripts and the playlist, measured;
    or, where the audio was made from an earlier version of the handout (`stale_audio`),
    one finding saying so."""
    settings = settings or Settings()
    stale = stale_audio(document, layout)
    if stale:
        return stale
    findings: list[Finding] = []
    expected = [layout.section_mp3(s.index, s.file_id).name for s in document.sections]
    listed = [e["file"] for e in audio.get("sections", [])]
    if listed != expected:
        findings.append(Finding(str(layout.manifest), "audio-sections",
                                f"sections {listed} do not match the handout's {expected}: "
                                "run 'invoke audio'"))
    stray = sorted(p.name for p in layout.audio.glob("[0-9][0-9]-*.mp3")
                   if p.name not in expected and p != layout.complete_mp3) \
        if layout.audio.is_dir() else []
    for name in stray:
        findings.append(Finding(str(layout.audio / name), "audio-tracks",
                                "not a section of the handout: delete it or run 'invoke audio'"))

    durations: list[float | None] = []
    for track, section in enumerate(document.sections, start=1):
        path = layout.section_mp3(section.index, section.file_id)
        expected_tags = {"TIT2": section.heading, "TRCK": f"{track}/{len(expected)}"}
        heard, problems = check_mp3(path, document, settings, expected_tags,
                                    said=bool(section.script))
        durations.append(heard.duration if heard else None)
        findings += problems
        if heard and heard.duration > LONG_SECTION_MINUTES * 60:
            findings.append(Finding(str(path), "long-section", f"the section "
                                    f"'{section.heading}' is {heard.duration / 60:.0f} minutes "
                                    "long, and a listener can skip only from one section to "
                                    "the next: give its parts headings of their own (in "
                                    "Markdown '## Its title', in Word a Heading style), each "
                                    "a few minutes long", WARNING))
        if heard and not section.script:
            # Its words are all in letters the voice cannot read (the build warns of them):
            # its MP3 is silence, which failed the level and the silence at its ends.
            findings.append(Finding(str(path), "audio-unsaid", f"the section "
                                    f"'{section.heading}' says nothing, as the voice cannot "
                                    f"read its letters: its MP3 is {heard.duration:.1f} s of "
                                    "silence; to have it narrated, write it in the handout's "
                                    "language, or put it in a handout of its own in its "
                                    "language", WARNING))
        findings += check_transcript(layout.transcript(section.index, section.file_id))

    said = [bool(section.script) for section in document.sections]
    complete, problems = check_mp3(layout.complete_mp3, document, settings,
                                   {"TIT2": document.meta.title, "TRCK": "1/1"},
                                   chapters=True, said=any(said),
                                   unsaid_ends=(unsaid_length(said, durations),
                                                unsaid_length(said[::-1], durations[::-1])))
    findings += problems
    if complete is not None and None not in durations:
        findings += check_chapters(layout.complete_mp3, document, durations, complete.duration)
    findings += check_m4b(layout.audiobook, document, durations,
                          complete.loudness if complete else settings.loudness)
    findings += check_playlist(layout.playlist, expected, durations)
    return findings


def unsaid_length(said: Sequence[bool], durations: Sequence[float | None]) -> float:
    """How long the sections that say nothing, before the first that says something, last
    together (seconds): silence that the complete MP3 holds at its start."""
    return sum(duration or 0.0 for _, duration in
               itertools.takewhile(lambda pair: not pair[0], zip(said, durations)))


def check_mp3(path: Path, document: Document, settings: Settings, expected_tags: dict[str, str],
              chapters: bool = False, said: bool = True,
              unsaid_ends: tuple[float, float] = (0.0, 0.0)) -> tuple[Heard | None, list[Finding]]:
    """What the decoded file measured and its findings: format, level, silences and tags.
    A file that says nothing (`said`) is expected to be silence; `unsaid_ends` are the
    seconds of such files that open and close the complete MP3, as silence at its ends."""
    from mutagen import MutagenError
    from mutagen.mp3 import MP3, BitrateMode

    from handout.audio.encode import audio_start, iter_frames
    from handout.audio.master import RATE

    where = str(path)
    if not path.is_file():
        return None, [Finding(where, "audio", "missing: run 'invoke audio'")]
    try:
        mp3 = MP3(path)
        measure = measure_mp3(path)
    except (MutagenError, OSError, RuntimeError) as error:
        return None, [Finding(where, "audio", f"not a readable MP3 ({error}): run 'invoke audio'")]
    findings = []

    def fail(rule: str, message: str) -> None:
        findings.append(Finding(where, rule, message))

    # Frames are read from a memory map and counted, not kept: a long file stays cheap.
    rates, channels, bitrates, frames, stop = set(), set(), set(), 0, 0
    with path.open("rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
        stop = audio_start(data)
        for frame in iter_frames(data, stop):
            rates.add(frame.rate)
            channels.add(frame.channels)
            bitrates.add(frame.bitrate)
            frames += 1
            stop = frame.offset + frame.length
        size = len(data)
    if not frames or stop != size:
        fail("audio-format", f"the MP3 stream is damaged at byte {stop}: run 'invoke audio'")
    if rates != {RATE} or channels != {1}:
        fail("audio-format", f"{'/'.join(map(str, sorted(rates)))} Hz, "
                             f"{'/'.join(map(str, sorted(channels)))} channel(s); expected "
                             f"{RATE} Hz mono")
    if bitrates != {settings.bitrate}:
        fail("audio-bitrate", f"frames at {', '.join(map(str, sorted(bitrates)))} kbps; "
                              f"expected constant {settings.bitrate} kbps")
    if mp3.info.bitrate_mode != BitrateMode.CBR:
        fail("audio-bitrate", "no LAME 'Info' header marking the file constant bit rate")

    loudness = measure.loudness()
    if not said and math.isfinite(loudness):
        fail("audio-loudness", f"integrated loudness {loudness:.1f} LUFS, where the section "
                               "says nothing: run 'invoke audio'")
    if said and not abs(loudness - settings.loudness) <= 1.0:
        fail("audio-loudness", f"integrated loudness {loudness:.1f} LUFS; expected "
                               f"{settings.loudness:.0f} ±1 LUFS")
    peak = measure.true_peak_db()
    if peak > settings.true_peak:
        fail("audio-peak", f"true peak {peak:.1f} dBTP; the ceiling is "
                           f"{settings.true_peak:.0f} dBTP")
    head, tail = measure.silence_at_ends()
    before, after = unsaid_ends
    if said and not 0.5 + before <= head <= 1.0 + before:
        fail("audio-silence", f"{head:.2f} s of silence at the start; expected "
                              f"{0.5 + before:.2f} to {1.0 + before:.2f} s")
    if said and not 1.0 + after <= tail <= 5.0 + after:
        fail("audio-silence", f"{tail:.2f} s of silence at the end; expected "
                              f"{1.0 + after:.2f} to {5.0 + after:.2f} s")

    findings += check_tags(where, mp3.tags, document, expected_tags, chapters)
    return Heard(measure.samples / measure.rate, loudness), findings


def measure_mp3(path: Path):
    """The MP3 at `path` decoded (as a player does, gapless) and measured ten seconds at a
    time, so that memory stays flat however long the file."""
    import soundfile

    from handout.audio.master import Measure

    with soundfile.SoundFile(path) as decoded:
        measure = Measure(decoded.samplerate)
        # `read`, not `blocks`: an MP3 without an Info frame has its length guessed from its
        # size (its tags counted in), and `blocks` hands on the whole block it asked for,
        # past the last sample decoded, where `read` returns only what was decoded.
        while len(block := decoded.read(decoded.samplerate * 10, dtype="float32",
                                        always_2d=True)):
            measure.add(block.mean(axis=1))
    return measure


def check_tags(where: str, tags, document: Document, expected: dict[str, str],
               chapters: bool) -> list[Finding]:
    """ID3v2.4 with every frame the standard asks for, each holding what it should."""
    from handout.audio.tags import GENRE, language_code

    if tags is None or tags.version[:2] != (2, 4):
        return [Finding(where, "audio-tags", "no ID3v2.4 tag: run 'invoke audio'")]
    meta = document.meta
    wanted = {**expected, "TALB": meta.title, "TLAN": language_code(meta.lang), "TCON": GENRE,
              **who_and_when(document, "TPE1", "TDRC")}
    findings = mismatches(where, "audio-tags", wanted,
                          lambda frame: str(tags[frame]) if frame in tags else None)
    comments = [str(c) for c in tags.getall("COMM")]
    if not any("voice" in c.lower() for c in comments):
        findings.append(Finding(where, "audio-tags", "no comment naming the engine and voice"))
    covers = tags.getall("APIC")
    if not covers or not _is_image(covers[0].data):
        findings.append(Finding(where, "audio-tags", "no readable cover art (APIC)"))
    if not chapters and tags.getall("CHAP"):
        findings.append(Finding(where, "audio-tags", "a section file should not carry chapters"))
    return findings


def _is_image(data: bytes) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.width >= 300 and image.height >= 300
    except (UnidentifiedImageError, OSError):
        return False


def listed_chapters(toc, tocs: dict, within: frozenset[str] = frozenset()) -> list[str]:
    """The element IDs of the chapters table of contents `toc` lists, in order, those of
    the tables it lists (`tocs`, by element ID) in their places: a complete file of more
    than 255 sections has a table of tables (`tags.TOC_ENTRIES`). A table listed within
    itself is taken for a chapter, so that it is reported, not followed for ever."""
    within = within | {toc.element_id}
    order = []
    for child in toc.child_element_ids:
        if child in tocs and child not in within:
            order += listed_chapters(tocs[child], tocs, within)
        else:
            order.append(child)
    return order


def check_chapters(path: Path, document: Document, durations: Sequence[float],
                   total: float) -> list[Finding]:
    """One chapter per section, in order, titled with its heading, starting where the
    section files before it end (within 50 ms), the last ending with the file."""
    from mutagen.id3 import ID3, CTOCFlags, ID3NoHeaderError

    where = str(path)
    try:
        tags = ID3(path)
    except ID3NoHeaderError:
        return []  # already reported by check_tags
    findings = []
    tocs = {toc.element_id: toc for toc in tags.getall("CTOC")}
    top = [toc for toc in tocs.values() if toc.flags & CTOCFlags.TOP_LEVEL]
    chapters = {c.element_id: c for c in tags.getall("CHAP")}
    if len(top) != 1:
        return [Finding(where, "audio-chapters", "no top-level table of contents (CTOC)")]
    order = listed_chapters(top[0], tocs)
    if len(order) != len(document.sections) or any(i not in chapters for i in order):
        return [Finding(where, "audio-chapters", f"{len(order)} chapters for "
                                                 f"{len(document.sections)} sections")]
    start = 0.0
    for number, (element_id, section, length) in enumerate(
            zip(order, document.sections, durations), start=1):
        chapter = chapters[element_id]
        title = str(chapter.sub_frames["TIT2"]) if "TIT2" in chapter.sub_frames else None
        if title != section.heading:
            findings.append(Finding(where, "audio-chapters", f"chapter {number} is titled "
                                    f"{title!r}, expected {section.heading!r}"))
        drift = abs(chapter.start_time - start * 1000)
        if drift > CHAPTER_TOLERANCE_MS:
            findings.append(Finding(where, "audio-chapters", f"chapter {number} starts at "
                                    f"{chapter.start_time / 1000:.3f} s but the section files "
                                    f"before it last {start:.3f} s"))
        start += length
    last = chapters[order[-1]].end_time
    if abs(last - total * 1000) > CHAPTER_TOLERANCE_MS or abs(start - total) > 0.05:
        findings.append(Finding(where, "audio-chapters", f"lasts {total:.3f} s but its "
                                f"chapters end at {last / 1000:.3f} s and its sections add "
                                f"up to {start:.3f} s"))
    return findings


def check_m4b(path: Path, document: Document, durations: Sequence[float | None],
              loudness: float) -> list[Finding]:
    """The audiobook: AAC-LC mono at 44.1 kHz in an M4B, as long as the sections together,
    within `AUDIOBOOK_LOUDNESS_TOLERANCE` of `loudness` (the complete MP3's) and under
    `AUDIOBOOK_TRUE_PEAK`, with a chapter per section in both of its chapter lists, each
    titled with its heading (`chapter_title`) and starting where the section files before it
    end (to the millisecond, as the complete MP3's do), and tagged as an audiobook of this
    handout."""
    import av
    from mutagen import MutagenError
    from mutagen.mp4 import MP4

    from handout.audio.audiobook import (AUDIOBOOK_TRUE_PEAK, BRAND, NERO_CHAPTERS,
                                         chapter_title, read_m4b)
    from handout.audio.master import RATE, Measure

    where = str(path)
    if not path.is_file():
        return [Finding(where, "audiobook", "missing: run 'invoke audio'")]
    try:
        measure = Measure(RATE)
        book = read_m4b(path, measure)
        tags = MP4(path)
    except (av.FFmpegError, MutagenError, OSError, IndexError) as error:
        return [Finding(where, "audiobook", f"not a readable M4B ({error}): run 'invoke audio'")]
    findings = []

    def fail(rule: str, message: str) -> None:
        findings.append(Finding(where, rule, message))

    with path.open("rb") as stream:
        head = stream.read(12)
    if head[4:8] != b"ftyp" or head[8:12] != BRAND:
        fail("audiobook-format", f"the file's brand is {head[8:12]!r}, not {BRAND!r}: "
                                 "audiobook apps may file it as music")
    if (book.codec, book.profile, book.channels, book.rate) != ("aac", "LC", 1, RATE):
        fail("audiobook-format", f"{book.codec} {book.profile}, {book.channels} channel(s) "
                                 f"at {book.rate} Hz; expected AAC LC mono at {RATE} Hz")

    total = measure.samples / book.rate if book.rate else 0.0
    sections = sum(d for d in durations if d is not None)
    if None not in durations and abs(total - sections) * 1000 > CHAPTER_TOLERANCE_MS:
        fail("audiobook-duration", f"lasts {total:.3f} s but its sections add up to "
                                   f"{sections:.3f} s")
    heard = measure.loudness()
    if not abs(heard - loudness) <= AUDIOBOOK_LOUDNESS_TOLERANCE:
        fail("audiobook-loudness", f"integrated loudness {heard:.2f} LUFS; the complete MP3 "
                                   f"is {loudness:.2f} LUFS (expected within "
                                   f"{AUDIOBOOK_LOUDNESS_TOLERANCE} LU)")
    peak = measure.true_peak_db()
    if peak > AUDIOBOOK_TRUE_PEAK:
        fail("audiobook-peak", f"true peak {peak:.1f} dBTP; the ceiling is "
                               f"{AUDIOBOOK_TRUE_PEAK:.0f} dBTP")

    starts, start = [], 0.0
    for duration in durations:
        starts.append(round(start * 1000))
        start += duration or 0.0
    headings = [chapter_title(s.heading) for s in document.sections]
    # Apple's players read the QuickTime chapter track, many Android apps the Nero list,
    # which holds the first 255 chapters.
    lists = {"chapter track": ([(title, start) for title, start, _ in book.chapters],
                               headings),
             "Nero chapter list": ([(c.title, c.start) for c in (tags.chapters or [])],
                                   headings[:NERO_CHAPTERS])}
    for name, (chapters, expected) in lists.items():
        if [title for title, _ in chapters] != expected:
            fail("audiobook-chapters", f"the {name} has chapters "
                                       f"{[title for title, _ in chapters]}, expected the "
                                       f"section headings {expected}")
        elif None not in durations:
            for number, ((_, found), wanted) in enumerate(zip(chapters, starts), start=1):
                if abs(round(found * 1000) - wanted) > 1:
                    fail("audiobook-chapters", f"in the {name}, chapter {number} starts at "
                                               f"{found:.3f} s but the section files before "
                                               f"it last {wanted / 1000:.3f} s")
    findings += check_m4b_tags(where, tags.tags or {}, book.language, document)
    return findings


def who_and_when(document: Document, author_field: str, date_field: str) -> dict[str, str]:
    """The author and date a file's tags must carry, under the format's own field names, for
    a handout that gives them."""
    meta = document.meta
    fields = {author_field: meta.author, date_field: meta.date.isoformat() if meta.date else None}
    return {field: value for field, value in fields.items() if value}


def mismatches(where: str, rule: str, wanted: dict[str, str],
               read: Callable[[str], str | None]) -> list[Finding]:
    """A finding for each field whose value, as `read` gives it, is not the one wanted."""
    return [Finding(where, rule, f"{field} is {found!r}, expected {value!r}")
            for field, value in wanted.items() if (found := read(field)) != value]


def check_m4b_tags(where: str, tags, language: str | None, document: Document) -> list[Finding]:
    """The iTunes atoms an audiobook app shows and files the book by, the cover, and the
    language of the audio track."""
    from handout.audio.tags import GENRE, language_code

    meta = document.meta
    wanted = {"©nam": meta.title, "©alb": meta.title, "©gen": GENRE,
              **who_and_when(document, "©ART", "©day")}
    findings = mismatches(where, "audiobook-tags", wanted,
                          lambda atom: str(tags[atom][0]) if atom in tags else None)
    if list(tags.get("stik", [])) != [2]:
        findings.append(Finding(where, "audiobook-tags", "not marked as an audiobook "
                                                         "(the stik atom is not 2)"))
    if not any("voice" in str(c).lower() for c in tags.get("©cmt", [])):
        findings.append(Finding(where, "audiobook-tags",
                                "no comment naming the engine and voice"))
    covers = tags.get("covr", [])
    if not covers or not _is_image(bytes(covers[0])):
        findings.append(Finding(where, "audiobook-tags", "no readable cover art (covr)"))
    if language != language_code(meta.lang):
        findings.append(Finding(where, "audiobook-tags", f"the audio track's language is "
                                f"{language!r}, expected {language_code(meta.lang)!r}"))
    return findings


def stale_audio(document: Document, layout: Layout) -> list[Finding]:
    """One finding if the audio was made from an earlier version of the handout: a
    section's transcript, the words its MP3 says, is not what the section says now (its
    words, or the title, author or date the first section says, were changed, and the PDF
    alone built again). Its tags, chapters and audiobook then differ too, and were each a
    finding, ten for a changed title, of which one said what to do."""
    changed = [path.name for section in document.sections
               if (path := layout.transcript(section.index, section.file_id)).is_file()
               and path.read_text("utf-8") != section.transcript]
    if not changed:
        return []
    more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
    return [Finding(str(layout.audio), "audio", "made from an earlier version of the handout "
                    f"or of this tool (what {changed[0]}{more} says has changed since): run "
                    "'invoke audio', or 'invoke build'")]


def check_transcript(path: Path) -> list[Finding]:
    """The transcript beside an MP3 is there (that it holds the words its section speaks is
    `stale_audio`'s to say)."""
    if not path.is_file():
        return [Finding(str(path), "audio-transcript", "missing: run 'invoke audio'")]
    return []


def check_playlist(path: Path, expected: Sequence[str],
                   durations: Sequence[float | None]) -> list[Finding]:
    """The playlist lists the section files in order, each with its duration."""
    if not path.is_file():
        return [Finding(str(path), "playlist", "missing: run 'invoke audio'")]
    lines = path.read_text("utf-8").splitlines()
    entries = [line for line in lines if line and not line.startswith("#")]
    if entries != list(expected):
        return [Finding(str(path), "playlist", "does not list the section files in order")]
    findings = []
    infos = [line for line in lines if line.startswith("#EXTINF:")]
    for name, info, duration in zip(entries, infos, durations):
        match = re.match(r"#EXTINF:(-?\d+(?:\.\d+)?),", info)
        if match is None or (duration is not None and abs(float(match.group(1)) - duration) > 1):
            findings.append(Finding(str(path), "playlist", f"{name}: duration "
                                    f"{match.group(1) if match else 'missing'} s, the file "
                                    f"lasts {duration or 0:.1f} s"))
    if len(infos) != len(entries):
        findings.append(Finding(str(path), "playlist", "an entry has no #EXTINF duration"))
    return findings
