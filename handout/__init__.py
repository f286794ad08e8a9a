"""handout: accessible handouts from Markdown.

An author writes `source/*.md`; the pipeline reads each file into one `Document`
(`sources` → `document`), then prints it (`printing`) and narrates it (`narration` →
`engines` → `audio`), and finally `publish`es playlists and manifests. `build` runs the
stages in order and `check` verifies what they made.
"""

__version__ = "0.1.0"

AUDIO_MASTERING = "3: trim, solve gain through the limiter, loudness measured on a float32 copy"
"""Changes whenever `audio.master` would make different audio from the same words, so that
audio cached by an older build is narrated again. It lives here, not in `audio`, so that
checking the cache on a no-op build loads no audio library."""

AUDIO_ENCODING = "1: one LAME pass, quality 5, LAME's input scale divided out, Info frame"
"""Changes whenever `audio.encode_mp3` (or `audio.Mp3Stream`) would make different MP3
bytes from the same mastered audio, so that cached and published MP3s are encoded again
from the cached audio, without narrating it again."""
