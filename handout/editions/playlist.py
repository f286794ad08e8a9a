"""Editions, playlist: the section MP3s in reading order with titles and durations, as an
extended M3U8 that podcast and audiobook players read."""

from __future__ import annotations

from handout.outputs import Layout, write_if_changed
from handout.read.document import Document


def write_playlist(document: Document, layout: Layout, audio: dict) -> None:
    lines = ["#EXTM3U", f"#PLAYLIST:{document.meta.title}"]
    artist = f"{document.meta.author} - " if document.meta.author else ""
    for entry in audio["sections"]:
        lines.append(f"#EXTINF:{round(entry['duration'])},{artist}{entry['heading']}")
        lines.append(entry["file"])
    write_if_changed(layout.playlist, "\n".join(lines) + "\n")
