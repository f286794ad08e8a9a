"""handout: accessible handouts from Markdown.

An author writes `source/*.md`; the pipeline reads each file into one `Document`
(`sources` → `document`), then prints it (`printing`) and narrates it (`narration` →
`engines` → `audio`), and finally `publish`es playlists and manifests. `build` runs the
stages in order and `check` verifies what they made.
"""

__version__ = "0.1.0"

AUDIO_MASTERING = "2: trim, solve gain through the limiter, codec-compensated, LAME Info frame"
"""Changes whenever `audio.master` or `audio.encode_mp3` would make different audio from
the same words, so that audio cached by an older build is made again. It lives here, not
in `audio`, so that checking the cache on a no-op build loads no audio library."""
