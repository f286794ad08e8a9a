"""The typefaces every edition uses, from their PyPI packages: Atkinson Hyperlegible (Braille
Institute, OFL) for text, IBM Plex Mono (OFL) for code. Print embeds them, the web page,
DAISY book and EPUB carry copies, and the cover art is drawn with the bold face."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FontFace:
    family: str
    weight: int
    path: Path

    @property
    def url(self) -> str:
        return self.path.as_uri()


def font_files() -> dict[str, Path]:
    """Atkinson Hyperlegible's upright faces from its PyPI package (italics never used)."""
    import fontpkg_atkinson_hyperlegible as atkinson

    files = atkinson.ROOT / "files"
    return {"regular": files / "AtkinsonHyperlegible-Regular.ttf",
            "bold": files / "AtkinsonHyperlegible-Bold.ttf"}


def font_faces() -> list[FontFace]:
    """Every face the stylesheet declares: Atkinson Hyperlegible, and IBM Plex Mono for code."""
    import fontpkg_ibm_plex_mono as plex

    atkinson = font_files()
    plex_files = plex.ROOT / "files"
    return [
        FontFace("Atkinson Hyperlegible", 400, atkinson["regular"]),
        FontFace("Atkinson Hyperlegible", 700, atkinson["bold"]),
        FontFace("IBM Plex Mono", 400, plex_files / "IBMPlexMono-Regular.ttf"),
        FontFace("IBM Plex Mono", 700, plex_files / "IBMPlexMono-Bold.ttf"),
    ]


FONT_FAMILIES = ("Atkinson Hyperlegible", "IBM Plex Mono")
"""The only font families a handout's PDF may use."""


@functools.cache
def font_characters() -> frozenset[int]:
    """The characters (code points) that the stylesheet's faces can draw."""
    from fontTools.ttLib import TTFont

    characters: set[int] = set()
    for face in font_faces():
        with TTFont(face.path, lazy=True) as font:
            characters.update(font.getBestCmap())
    return frozenset(characters)
