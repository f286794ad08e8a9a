"""Colour contrast as WCAG measures it, for the print check and the web page's check alike."""

from __future__ import annotations

MIN_CONTRAST = 7.0
"""WCAG 1.4.6 (AAA) contrast ratio for text against its background."""


def relative_luminance(colour) -> float | None:
    """WCAG relative luminance of a pdfplumber colour (grey, RGB or CMYK tuple)."""
    if colour is None:
        return 0.0  # the PDF default fill colour is black
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(
            isinstance(v, (int, float)) for v in colour):
        return None  # patterns and named spaces are not judged here
    if len(colour) == 1:
        r = g = b = float(colour[0])
    elif len(colour) == 3:
        r, g, b = map(float, colour)
    elif len(colour) == 4:
        c, m, y, k = map(float, colour)
        r, g, b = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(foreground, background) -> float:
    """WCAG contrast ratio; an unjudgeable colour counts as passing (it is reported nowhere)."""
    fg, bg = relative_luminance(foreground), relative_luminance(background)
    if fg is None or bg is None:
        return float("inf")
    light, dark = max(fg, bg), min(fg, bg)
    return (light + 0.05) / (dark + 0.05)
