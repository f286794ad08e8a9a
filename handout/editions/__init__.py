"""Editions: the narrated handout published for reading and listening, each made from the
audio the audio stage built (never narrated again) and the same `Document`.

`web` (a page that reads along), `daisy` (a DAISY 2.02 book), `epub` (an EPUB 3 talking book
with Media Overlays and the PDF's page numbers), `feed` (a podcast feed) and `playlist`.
What they share lives once in `common`: the check that the audio matches the text, how the
voice's timings map onto it, clock formats, the publication date, the title block, and
copying pictures and fonts. No edition imports another's helpers.
"""
