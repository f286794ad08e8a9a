"""handout: accessible handouts from Markdown.

An author writes `source/*.md`; the pipeline reads each file into one `Document`
(`sources` → `document`), then prints it (`printing`) and narrates it (`narration` →
`engines` → `audio`), and finally `publish`es playlists and manifests. `build` runs the
stages in order and `check` verifies what they made.
"""

__version__ = "0.1.0"
