"""Cover art shared by the audio files, the podcast feed and the EPUB: the handout's title
in large bold black type on a plain white card, drawn in Atkinson Hyperlegible."""

from __future__ import annotations

import functools
import io

COVER_SIZE = 1400
"""Pixels a side: what podcast directories ask of cover art (1400 to 3000)."""


@functools.lru_cache(maxsize=16)
def cover_key(title: str) -> str:
    """Everything the cover's bytes depend on: the title, the bold face and Pillow, which
    draws and compresses it. (`audio.cache.CoverCache` keeps covers by it.)"""
    from importlib.metadata import version

    from handout.fonts import font_files
    from handout.outputs import digest, file_sha256

    return digest("cover", title, COVER_SIZE, file_sha256(font_files()["bold"]),
                  version("pillow"))


@functools.lru_cache(maxsize=16)
def render_cover(title: str, size: int = COVER_SIZE) -> bytes:
    """Cover art: the handout title in large bold black type on a plain white card (PNG).
    Drawn once per title in a build (0.1 s): the audio files and the EPUB share it."""
    from PIL import Image, ImageDraw, ImageFont

    from handout.fonts import font_files

    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    margin = size // 10
    width = size - 2 * margin
    font_size = size // 8
    while True:
        font = ImageFont.truetype(str(font_files()["bold"]), font_size)
        lines = _wrap(title, font, draw, width)
        height = len(lines) * font_size * 1.25
        if height <= size - 2 * margin or font_size <= size // 30:
            break
        font_size = int(font_size * 0.9)
    y = (size - height) / 2
    for line in lines:
        draw.text((margin, y), line, font=font, fill=0)
        y += font_size * 1.25
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text: str, font, draw, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
