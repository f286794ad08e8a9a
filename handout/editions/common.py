"""Editions, shared pieces: what the web page, DAISY book, EPUB and feed each need alike.

They are editions of one narrated document, so they share: the check that the built audio
was made from the text as it is now (`require_current_audio`); how the voice's timings map
onto the text (`synchronised`: one entry per element spoken, from the utterances' refs and
the clips the audio stage recorded); the clock formats; the publication date; and copying
the pictures and fonts an edition shows. No edition imports another's helpers.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from urllib.parse import unquote

from handout.config import Settings
from handout.errors import HandoutError
from handout.outputs import Layout, file_sha256, handout_epoch, write_with
from handout.read.document import Document, Section


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


@dataclass(frozen=True)
class Sync:
    """An element of the text and when the voice says it, in seconds of the section's MP3.

    `start`..`end` is the speech itself; `begin`..`until` also holds the pause that follows
    (and, for the first, the silence before it), so that consecutive entries cover the file
    end to end, as SMIL clips should.
    """

    ref: str
    text: str
    start: float
    end: float
    begin: float
    until: float


def synchronised(section: Section, clips: Sequence[Sequence[float]],
                 duration: float) -> list[Sync]:
    """One entry per element the voice speaks in `section`, in order; consecutive
    utterances shown by the same element (a code block's announcement and its words) are
    one entry."""
    groups: list[tuple[str, list[int]]] = []
    for index, utterance in enumerate(section.script):
        if groups and utterance.ref == groups[-1][0]:
            groups[-1][1].append(index)
        else:
            groups.append((utterance.ref or f"{section.id}-{index}", [index]))
    entries = []
    for number, (ref, members) in enumerate(groups):
        begin = 0.0 if number == 0 else min(clips[members[0]][0], duration)
        until = duration if number == len(groups) - 1 else \
            min(clips[groups[number + 1][1][0]][0], duration)
        entries.append(Sync(ref, " ".join(section.script[i].text for i in members),
                            clips[members[0]][0], min(clips[members[-1]][1], duration),
                            begin, until))
    return entries


def clock(seconds: float) -> str:
    """`h:mm:ss.sss`, as SMIL clock values are written."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{int(hours)}:{int(minutes):02d}:{secs:06.3f}"


def hms(seconds: float) -> str:
    """`hh:mm:ss`, rounded to the second: itunes:duration and DAISY's ncc:totalTime."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def publication_date(document: Document) -> dt.date:
    """The handout's date, or (when it has none) the day it was last changed (see
    `handout_epoch`): `SOURCE_DATE_EPOCH`, its last commit, or its modification time."""
    if document.meta.date:
        return document.meta.date
    epoch = handout_epoch(document.source, None)
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date()


def copy_images(fragments: list[str], settings: Settings, target: Path) -> list[str]:
    """Copy the local images the HTML uses from the source folder to `target`; their names."""
    source = settings.source.resolve()
    names = sorted(set(re.findall(r'src="([^":#?]+)"', "".join(fragments))))
    copied = []
    for name in names:
        name = unquote(name)
        path = (source / name).resolve()
        if not path.is_relative_to(source) or not path.is_file():
            continue
        copy_if_changed(path, target / name)
        copied.append(name)
    return copied


def copy_if_changed(source: Path, target: Path) -> None:
    """Copy `source` to `target` atomically, unless `target` already holds the same bytes."""
    if target.is_file() and target.stat().st_size == source.stat().st_size \
            and file_sha256(target) == file_sha256(source):
        return
    write_with(target, lambda tmp: shutil.copyfile(source, tmp))


def copy_fonts(target: Path) -> list[str]:
    """Copy the text faces (Atkinson Hyperlegible) into `target`; their names."""
    from handout.fonts import font_files

    names = []
    for face in font_files().values():
        copy_if_changed(face, target / face.name)
        names.append(face.name)
    return names
