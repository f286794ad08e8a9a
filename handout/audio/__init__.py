"""Audio stage: a document's speech script narrated, mastered, encoded and tagged.

The path of the data, module by module:

- `voice`: which engine and voice speak a handout, and what identifies their sound;
- `engines`: the speech engines behind one protocol (text in, samples out);
- `noise`: seeded noise for Piper, so narration is a pure function of its input;
- `cache`: raw utterances (the engine's own output), mastered utterances and sections, by
  content;
- `schedule`: narrating the utterances the cache lacks, on local processes or a Dask cluster;
- `master`: each utterance levelled and limited in its place, and a section joined from
  them;
- `encode`: MP3, a piece of a section at a time (cut at its pauses), joined into the
  section and the complete file (and the helpers that read it back);
- `tags`: ID3 frames and chapters;
- `audiobook`: the whole handout as one M4B (AAC joined a section at a time, chapters,
  cover) for audiobook apps;
- `build`: the section files, transcripts and the complete chaptered files of one handout.

This module itself imports nothing, so that a build with nothing to narrate stays light.
"""

MASTERING = "12: each utterance trimmed at its section's ends, levelled alone between the " \
            "silence around it (up to 0.4 s, the whole head silence first), solved gain " \
            "through the limiter (first slope 0.35, a repeated solve starting where the last " \
            "ended, threshold 0.75 dB under the ceiling, gain at most 30 dB beyond the peaks' " \
            "threshold), loudness by `master.Loudness` (K-weighted by FFmpeg in double " \
            "precision); joined with the script's pauses and trimmed to the target (measured as " \
            "published, a section of less than 3 s of sound by its sound alone) by one gain " \
            "in steps of 0.1 dB within 1 dB and the utterances' peaks; cut at pauses of " \
            "0.25 s or more into pieces made whole frames by adding silence " \
            "(encode.cut_at_pauses)"
"""Changes whenever `master` would make different audio from the same raw utterances, so
that mastered utterances and sections cached by an older build are made again (not
narrated again)."""

ENCODING = "4: one LAME pass a piece of a section (encode.cut_at_pauses), quality 7, " \
           "LAME's input scale divided out, Info frame, whole frames of both codecs " \
           "(build.framed), pieces joined into sections, sections into the complete file"
"""Changes whenever `encode.encode_mp3` or `encode.join_mp3` would make different MP3 bytes
from the same mastered audio, so that cached and published MP3s are encoded again."""

AUDIOBOOK = "4: FFmpeg's aac (LC, fast coder) at 64 kbps mono, bitexact, a piece of a " \
            "section at a time in whole frames, joined; mp4 muxer with the M4B brand, movie " \
            "timescale 44100, chapters in samples, PNG cover, iTunes tags"
"""Changes whenever `audiobook.encode_aac` or `audiobook.write_m4b` would make different AAC
or M4B bytes from the same mastered audio and tags (its bit rate is `audiobook.AAC_BITRATE`);
the installed PyAV's version is part of the M4B's key too, since its FFmpeg encodes the AAC."""
