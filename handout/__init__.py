"""handout: accessible handouts from Markdown.

An author writes `source/*.md`; the pipeline reads each file into one `Document` (`read`),
then prints it (`pdf`) and narrates it (`audio`), and makes the editions that are read and
heard together from both (`editions`: web page, DAISY book, podcast feed, playlist).
`build` runs the stages in order and `check` verifies what they made.
"""

__version__ = "0.2.0"
