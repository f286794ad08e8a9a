"""Publish stage: playlists and manifests, made from the files the build wrote.

`write_playlist` lists the section MP3s in reading order with titles and durations (an
extended M3U8 that podcast and audiobook players read); `write_manifest` records what was
built from what (source hash, output hashes, durations, page count, engine and voice), which
is also what the next build compares against to skip unchanged work.
"""

from __future__ import annotations

import json

from handout import __version__
from handout.read.document import Document
from handout.outputs import Layout, file_sha256, write_atomic


def write_playlist(document: Document, layout: Layout, audio: dict) -> None:
    lines = ["#EXTM3U", f"#PLAYLIST:{document.meta.title}"]
    artist = f"{document.meta.author} - " if document.meta.author else ""
    for entry in audio["sections"]:
        lines.append(f"#EXTINF:{round(entry['duration'])},{artist}{entry['heading']}")
        lines.append(entry["file"])
    write_atomic(layout.playlist, "\n".join(lines) + "\n")


def write_manifest(document: Document, layout: Layout, outputs: dict) -> dict:
    meta = document.meta
    manifest = {
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
    write_atomic(layout.manifest, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest
