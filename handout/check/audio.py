"""Check stage, audio: verify built MP3s, tags, chapters, transcripts and playlists against
the audio standard.

`check_audio` decodes and measures every MP3 a handout's build made (format, constant bit
rate from the frame headers, loudness and true peak, head and tail silence, ID3 frames,
chapters of the complete file) and reports one `Finding` per failure, naming the file.
"""

from __future__ import annotations

import io
import mmap
import re
from pathlib import Path
from typing import Sequence

from handout.config import Settings
from handout.read.document import Document
from handout.findings import Finding
from handout.outputs import Layout

CHAPTER_TOLERANCE_MS = 50
"""How far a chapter's start may sit from the sum of the section files before it."""


def check_audio(document: Document, layout: Layout, audio: dict,
                settings: Settings | None = None) -> list[Finding]:
    """Every section MP3, the complete MP3, the transcripts and the playlist, measured."""
    settings = settings or Settings()
    findings: list[Finding] = []
    expected = [layout.section_mp3(s.index, s.id).name for s in document.sections]
    listed = [e["file"] for e in audio.get("sections", [])]
    if listed != expected:
        findings.append(Finding(str(layout.manifest), "audio-sections",
                                f"sections {listed} do not match the handout's {expected}: "
                                "run 'invoke audio'"))
    stray = sorted(p.name for p in layout.audio.glob("[0-9][0-9]-*.mp3")
                   if p.name not in expected) if layout.audio.is_dir() else []
    for name in stray:
        findings.append(Finding(str(layout.audio / name), "audio-tracks",
                                "not a section of the handout: delete it or run 'invoke audio'"))

    durations: list[float | None] = []
    for track, section in enumerate(document.sections, start=1):
        path = layout.section_mp3(section.index, section.id)
        expected_tags = {"TIT2": section.heading, "TRCK": f"{track}/{len(expected)}"}
        duration, problems = check_mp3(path, document, settings, expected_tags)
        durations.append(duration)
        findings += problems
        findings += check_transcript(layout.transcript(section.index, section.id),
                                     section.transcript)

    duration, problems = check_mp3(layout.complete_mp3, document, settings,
                                   {"TIT2": document.meta.title, "TRCK": "1/1"},
                                   chapters=True)
    findings += problems
    if duration is not None and None not in durations:
        findings += check_chapters(layout.complete_mp3, document, durations, duration)
    findings += check_playlist(layout.playlist, expected, durations)
    return findings


def check_mp3(path: Path, document: Document, settings: Settings, expected_tags: dict[str, str],
              chapters: bool = False) -> tuple[float | None, list[Finding]]:
    """The file's decoded duration and its findings: format, level, silences and tags."""
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
    if not abs(loudness - settings.loudness) <= 1.0:
        fail("audio-loudness", f"integrated loudness {loudness:.1f} LUFS; expected "
                               f"{settings.loudness:.0f} ±1 LUFS")
    peak = measure.true_peak_db()
    if peak > settings.true_peak:
        fail("audio-peak", f"true peak {peak:.1f} dBTP; the ceiling is "
                           f"{settings.true_peak:.0f} dBTP")
    head, tail = measure.silence_at_ends()
    if not 0.5 <= head <= 1.0:
        fail("audio-silence", f"{head:.2f} s of silence at the start; expected 0.5 to 1 s")
    if not 1.0 <= tail <= 5.0:
        fail("audio-silence", f"{tail:.2f} s of silence at the end; expected 1 to 5 s")

    findings += check_tags(where, mp3.tags, document, expected_tags, chapters)
    return measure.samples / measure.rate, findings


def measure_mp3(path: Path):
    """The MP3 at `path` decoded (as a player does, gapless) and measured ten seconds at a
    time, so that memory stays flat however long the file."""
    import soundfile

    from handout.audio.master import Measure

    with soundfile.SoundFile(path) as decoded:
        measure = Measure(decoded.samplerate)
        for block in decoded.blocks(blocksize=decoded.samplerate * 10, dtype="float32",
                                    always_2d=True):
            measure.add(block.mean(axis=1))
    return measure


def check_tags(where: str, tags, document: Document, expected: dict[str, str],
               chapters: bool) -> list[Finding]:
    """ID3v2.4 with every frame the standard asks for, each holding what it should."""
    from handout.audio.tags import language_code

    if tags is None or tags.version[:2] != (2, 4):
        return [Finding(where, "audio-tags", "no ID3v2.4 tag: run 'invoke audio'")]
    meta = document.meta
    wanted = dict(expected)
    wanted |= {"TALB": meta.title, "TLAN": language_code(meta.lang), "TCON": "Speech"}
    if meta.author:
        wanted["TPE1"] = meta.author
    if meta.date:
        wanted["TDRC"] = meta.date.isoformat()
    findings = []
    for frame, value in wanted.items():
        found = str(tags[frame]) if frame in tags else None
        if found != value:
            findings.append(Finding(where, "audio-tags",
                                    f"{frame} is {found!r}, expected {value!r}"))
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


def check_chapters(path: Path, document: Document, durations: Sequence[float],
                   total: float) -> list[Finding]:
    """One chapter per section, in order, titled with its heading, starting where the
    section files before it end (within 50 ms), the last ending with the file."""
    from mutagen.id3 import ID3, ID3NoHeaderError

    where = str(path)
    try:
        tags = ID3(path)
    except ID3NoHeaderError:
        return []  # already reported by check_tags
    findings = []
    tocs = [t for t in tags.getall("CTOC") if t.flags & 1]
    chapters = {c.element_id: c for c in tags.getall("CHAP")}
    if len(tocs) != 1:
        return [Finding(where, "audio-chapters", "no top-level table of contents (CTOC)")]
    order = list(tocs[0].child_element_ids)
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


def check_transcript(path: Path, spoken: str) -> list[Finding]:
    """The transcript beside an MP3 holds exactly the words its section speaks."""
    if not path.is_file():
        return [Finding(str(path), "audio-transcript", "missing: run 'invoke audio'")]
    if path.read_text("utf-8") != spoken:
        return [Finding(str(path), "audio-transcript",
                        "differs from what the handout now says: run 'invoke audio'")]
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
