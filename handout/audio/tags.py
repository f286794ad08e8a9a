"""Audio stage, tags: what every MP3 says about itself (ID3v2.4), chapters included.

`write_tags` replaces a file's ID3 tag with the handout's title, author, track, language,
date, genre, a comment naming the synthetic voice and the cover art; the complete file also
gets a chapter (CHAP) per section under one table of contents (CTOC), or under tables of
up to 255 each (`TOC_ENTRIES`) beneath it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

ISO_639_2 = {"en": "eng", "es": "spa", "fr": "fra", "de": "deu", "it": "ita", "pt": "por",
             "nl": "nld", "pl": "pol", "cy": "cym", "ga": "gle", "ar": "ara", "zh": "zho",
             "ja": "jpn", "ru": "rus", "uk": "ukr", "sv": "swe", "da": "dan", "fi": "fin",
             "no": "nor", "nb": "nob", "tr": "tur", "el": "ell", "hi": "hin", "ko": "kor"}

GENRE = "Speech"
"""The genre of every file: the ID3 TCON frame and the M4B's ©gen atom."""


@dataclass(frozen=True)
class Tags:
    """What every MP3 says about itself."""

    title: str
    album: str
    artist: str | None
    track: int
    tracks: int
    lang: str
    date: dt.date | None
    comment: str
    cover: bytes


@dataclass(frozen=True)
class Chapter:
    """One chapter of the complete file: a section's heading and its span in milliseconds."""

    id: str
    title: str
    start_ms: int
    end_ms: int


TOC_ENTRIES = 255
"""The most entries one table of contents (CTOC) lists: its count is one byte. A complete
file of more sections has a table of tables, each of up to this many chapters, as the ID3
chapter addendum allows (a hierarchical table of contents); players that list the CHAP
frames themselves, as most do, show every chapter either way."""


def write_tags(path: Path, tags: Tags, chapters: Sequence[Chapter] = ()) -> None:
    """Replace the ID3 tag of the MP3 at `path` with ID3v2.4 frames from `tags`."""
    from mutagen import id3

    tag = id3.ID3()
    tag.add(id3.TIT2(encoding=3, text=tags.title))
    tag.add(id3.TALB(encoding=3, text=tags.album))
    if tags.artist:
        tag.add(id3.TPE1(encoding=3, text=tags.artist))
    tag.add(id3.TRCK(encoding=3, text=f"{tags.track}/{tags.tracks}"))
    spoken_in = language_code(tags.lang)
    tag.add(id3.TLAN(encoding=3, text=spoken_in))
    if tags.date:
        tag.add(id3.TDRC(encoding=3, text=tags.date.isoformat()))
    tag.add(id3.TCON(encoding=3, text=GENRE))
    tag.add(id3.COMM(encoding=3, lang=spoken_in, desc="voice", text=tags.comment))
    tag.add(id3.APIC(encoding=3, mime="image/png", type=id3.PictureType.COVER_FRONT,
                     desc="Cover", data=tags.cover))
    if chapters:
        # More chapters than one table lists: a table of tables, by their first chapter.
        tables = {first: chapters[first:first + TOC_ENTRIES]
                  for first in range(0, len(chapters), TOC_ENTRIES)} \
            if len(chapters) > TOC_ENTRIES else {}
        tag.add(id3.CTOC(element_id="toc", flags=id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED,
                         child_element_ids=[f"toc{first + 1}" for first in tables]
                         or [c.id for c in chapters],
                         sub_frames=[id3.TIT2(encoding=3, text=tags.album)]))
        for first, part in tables.items():
            tag.add(id3.CTOC(element_id=f"toc{first + 1}", flags=id3.CTOCFlags.ORDERED,
                             child_element_ids=[c.id for c in part],
                             sub_frames=[id3.TIT2(encoding=3,
                                                  text=f"{first + 1}–{first + len(part)}")]))
        for chapter in chapters:
            tag.add(id3.CHAP(element_id=chapter.id, start_time=chapter.start_ms,
                             end_time=chapter.end_ms, start_offset=0xFFFFFFFF,
                             end_offset=0xFFFFFFFF,
                             sub_frames=[id3.TIT2(encoding=3, text=chapter.title)]))
    tag.save(str(path), v2_version=4)


def language_code(lang: str) -> str:
    """The ISO 639-2 code (three letters, as ID3's TLAN and COMM frames and an MP4 track's
    language must be) of a BCP 47 tag: from `ISO_639_2` for the common languages, which
    spares an edit loading pycountry's table of 8,000 languages (0.13 s), else from it
    ("he" is "heb"); a tag already of three letters stays, and one it does not know is
    "und", ISO 639-2's undetermined."""
    primary = lang.split("-")[0].lower()
    if primary in ISO_639_2:
        return ISO_639_2[primary]
    if len(primary) == 3 and primary.isalpha():
        return primary
    import pycountry

    found = pycountry.languages.get(alpha_2=primary)
    return found.alpha_3 if found is not None else "und"
