"""Check stage, audio: verify built MP3s, tags and playlists against the audio standard.

Each rule reports `Finding`s naming the file; `check_audio` runs them all.
"""

from __future__ import annotations

from .findings import Finding
from .document import Document
from .outputs import Layout


def check_audio(document: Document, layout: Layout, audio: dict) -> list[Finding]:
    """One MP3 per section, in order, 44.1 kHz mono, tagged, and listed in the playlist."""
    from mutagen.mp3 import MP3, HeaderNotFoundError

    findings = []
    expected = [layout.section_mp3(s.index, s.id).name for s in document.sections]
    listed = [e["file"] for e in audio.get("sections", [])]
    if listed != expected:
        findings.append(Finding(str(layout.manifest), "audio-sections",
                                f"sections {listed} do not match the handout's {expected}"))
    for track, name in enumerate(expected, start=1):
        path = layout.audio / name
        where = str(path)
        if not path.is_file():
            findings.append(Finding(where, "audio", "missing: run 'invoke audio'"))
            continue
        try:
            mp3 = MP3(path)
        except (HeaderNotFoundError, OSError) as error:
            findings.append(Finding(where, "audio", f"not a readable MP3 ({error})"))
            continue
        if mp3.info.sample_rate != 44100 or mp3.info.channels != 1:
            findings.append(Finding(where, "audio-format",
                                    f"{mp3.info.sample_rate} Hz, {mp3.info.channels} channels; "
                                    "expected 44100 Hz mono"))
        tags = mp3.tags
        if tags is None or tags.version[:2] != (2, 4):
            findings.append(Finding(where, "audio-tags", "no ID3v2.4 tag"))
            continue
        if str(tags.get("TRCK", "")) != f"{track}/{len(expected)}":
            findings.append(Finding(where, "audio-tags", f"track is {tags.get('TRCK')}, "
                                                         f"expected {track}/{len(expected)}"))
        for frame in ("TIT2", "TALB", "TLAN", "TCON"):
            if frame not in tags:
                findings.append(Finding(where, "audio-tags", f"{frame} frame missing"))
    if layout.playlist.is_file():
        entries = [line for line in layout.playlist.read_text("utf-8").splitlines()
                   if line and not line.startswith("#")]
        if entries != expected:
            findings.append(Finding(str(layout.playlist), "playlist",
                                    "does not list the section files in order"))
    else:
        findings.append(Finding(str(layout.playlist), "playlist", "missing"))
    return findings
