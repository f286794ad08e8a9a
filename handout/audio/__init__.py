"""Audio stage: a document's speech script narrated, mastered, encoded and tagged.

The path of the data, module by module:

- `voice`: which engine and voice speak a handout, and what identifies their sound;
- `engines`: the speech engines behind one protocol (text in, samples out);
- `noise`: seeded noise for Piper, so narration is a pure function of its input;
- `cache`: raw utterances (the engine's own output) and mastered sections, by content;
- `schedule`: narrating the utterances the cache lacks, on local processes or a Dask cluster;
- `master`: a section assembled from its utterances, levelled and limited;
- `encode`: MP3 (and the measuring helpers that read it back);
- `tags`: ID3 frames and chapters;
- `build`: the section files, transcripts and the complete chaptered file of one handout.

This module itself imports nothing, so that a build with nothing to narrate stays light.
"""

MASTERING = "4: utterances joined with the script's pauses, trimmed, solved gain through " \
            "the limiter, loudness measured on a float32 copy"
"""Changes whenever `master` would make different audio from the same raw utterances, so
that mastered sections cached by an older build are mastered again (not narrated again)."""

ENCODING = "1: one LAME pass, quality 5, LAME's input scale divided out, Info frame"
"""Changes whenever `encode.encode_mp3` (or `encode.Mp3Stream`) would make different MP3
bytes from the same mastered audio, so that cached and published MP3s are encoded again."""
