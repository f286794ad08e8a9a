"""Audio stage, captions: a WebVTT timed transcript of each section MP3.

`webvtt` writes one cue per utterance of the speech script (a sentence, heading, table row
or picture), timed from where the voice starts saying it to where it stops, as the audio
stage recorded them (the section's `clips`), with the words as a reader reads them (units
spelt out, never the lexicon's respellings). Players show it as captions, a web page can
follow it, and a reader can search it; the `.txt` transcript beside it holds the same words
without times.
"""

from __future__ import annotations

from typing import Sequence

from handout.read.script import Utterance


def timestamp(seconds: float) -> str:
    """`hh:mm:ss.ttt`, as WebVTT cue timings are written."""
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, milliseconds = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{milliseconds:03d}"


def cue_text(text: str) -> str:
    """`text` safe inside a cue: '&' and '<' would start an escape or a tag, and '>' could
    complete a '-->' that ends the cue's timing line."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(script: Sequence[Utterance], clips: Sequence[Sequence[float]]) -> str:
    """The WebVTT file of one section: one cue per utterance, at its recorded times."""
    cues = [f"{timestamp(start)} --> {timestamp(end)}\n{cue_text(' '.join(u.text.split()))}"
            for u, (start, end) in zip(script, clips, strict=True) if end > start]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"
