"""The typefaces every edition uses, from their PyPI packages: Atkinson Hyperlegible (Braille
Institute, OFL) for text, IBM Plex Mono (OFL) for code. Print embeds them, the web page,
DAISY book and EPUB carry copies, and the cover art is drawn with the bold face.

For a letter they lack (Greek, Arabic, Chinese...), the print's layout takes a font
installed on the computer that has it; where none has it, the letter would print as an
empty box (print sets its code instead), so `unprintable` finds such letters before the
layout, for the build to say so.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from unicodedata import category, name


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
def font_characters(family: str | None = None) -> frozenset[int]:
    """The characters (code points) that the stylesheet's faces can draw, or those of
    `family` alone."""
    from fontTools.ttLib import TTFont

    characters: set[int] = set()
    for face in font_faces():
        if family is not None and face.family != family:
            continue
        with TTFont(face.path, lazy=True) as font:
            characters.update(font.getBestCmap())
    return frozenset(characters)


NO_GLYPH_NEEDED = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})
"""Unicode categories that print nothing of their own (controls, joiners, spaces)."""


def unprintable(text: str) -> list[str]:
    """The characters of `text` that would print as empty boxes, in the order they first
    appear: those that neither the stylesheet's faces nor any font installed here can draw.

    Where the faces lack a character, the layout (Pango, under WeasyPrint) falls back on
    the installed fonts, as fontconfig lists them; so Pango itself is asked, with the fonts
    it would look in, how many of them it has no glyph for.
    """
    ours = font_characters()
    lacking = [c for c in dict.fromkeys(text)
               if ord(c) not in ours and category(c) not in NO_GLYPH_NEEDED]
    if not lacking or not _unknown_glyphs("".join(lacking)):
        return []
    return [c for c in lacking if _unknown_glyphs(c)]


def mixed_letters(text: str) -> list[str]:
    """The Latin letters of `text` that Atkinson Hyperlegible lacks and a font installed here
    draws, in the order they first appear: the layout sets each in that font, in the middle
    of a word in Atkinson Hyperlegible. Vietnamese (sweep CH, a blog on treatment) lost its
    "ơ", "ư" and every letter with two marks to DejaVu Sans, "hưởng", "bệnh", "chữa" printed
    in two typefaces, and neither the build nor `invoke check` said so. No typeface the
    project ships has them (`mixed_message`)."""
    ours = font_characters("Atkinson Hyperlegible")
    lacking = [c for c in dict.fromkeys(text) if c.isalpha() and ord(c) not in ours
               and name(c, "").startswith("LATIN")]
    boxes = set(unprintable("".join(lacking))) if lacking else set()
    return [c for c in lacking if c not in boxes]


def mixed_message(letters: list[str]) -> str:
    """What to tell an author whose handout has `letters` (`mixed_letters`)."""
    shown = [f"'{c}'" for c in letters[:3]]
    such_as = f"{', '.join(shown[:-1])} and {shown[-1]}" if len(shown) > 1 else shown[0]
    which = f"{len(letters)} of its letters, such as {such_as}" if len(letters) > 1 \
        else f"one of its letters, {such_as}"
    return (f"the PDF's typeface, Atkinson Hyperlegible, lacks {which}: the page sets "
            f"{'them' if len(letters) > 1 else 'it'} in a font installed on this computer, "
            "so the words that hold them are printed in two typefaces. No typeface handout "
            "ships has them; the audio and the other editions are not affected")


def script_of(character: str) -> str:
    """The writing system of `character`, for an author: Chinese, Japanese and Korean as
    one (`CJK_SCRIPTS`, one package of fonts), any other by its Unicode name's first word
    ('Devanagari', 'Thai'), or its code point where it has no name."""
    import emoji

    if emoji.is_emoji(character):
        return EMOJI
    named = name(character, "")
    if not named:
        return f"U+{ord(character):04X}"
    first = named.split()[0]
    return CJK if first in CJK_SCRIPTS else first.title()


CJK, EMOJI = "Chinese, Japanese or Korean", "emoji"
FONT_PACKAGES = {CJK: "fonts-noto-cjk", EMOJI: "fonts-noto-color-emoji"}
"""Debian and Ubuntu's package of fonts for a writing system; `fonts-noto-core` has most
others (Devanagari, Bengali, Tamil, Thai, Ethiopic...)."""
CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO"})
"""The first words of the names of the letters that Debian and Ubuntu's `fonts-noto-cjk`
has (their punctuation is named "IDEOGRAPHIC" or "FULLWIDTH", their own or not)."""


def unprintable_message(characters: list[str]) -> str:
    """What to tell an author whose handout has `characters` no font here can print."""
    # Letters first: a vowel sign alone ('ि') shows less than the letter it joins.
    letters = sorted(characters, key=lambda c: not category(c).startswith("L"))
    shown = [f"'{c}'" for c in letters[:3]]
    scripts = list(dict.fromkeys(script_of(c) for c in letters))
    packages = dict.fromkeys(FONT_PACKAGES.get(script, "fonts-noto-core") for script in scripts)
    code = f"[U+{ord(letters[0]):04X}]"  # as `render._isolate_unprintable` prints it
    if len(characters) == 1:
        which, them, instead = (f"a character of this handout, {shown[0]}", "it",
                                f"its code, {code}, in its place")
    else:
        such_as = f"{', '.join(shown[:-1])} and {shown[-1]}" if len(shown) > 1 else shown[0]
        which, them, instead = (f"{len(characters)} characters of this handout, such as "
                                f"{such_as}", "them", f"their codes, such as {code}, in "
                                "their place")
    private = [c for c in letters if category(c) == PRIVATE_USE]
    if len(private) == len(letters):
        return (f"the PDF cannot print {which} ({'; '.join(scripts[:3])}): "
                f"{_private_use(len(letters))}, so the page prints {instead}. Put the symbol "
                f"itself, or words, in {'its' if len(letters) == 1 else 'their'} place (in "
                "Word: Insert, Symbol, with the font '(normal text)') and build again")
    also = (f" ({len(private)} of them, {'such as ' if len(private) > 1 else ''}"
            f"[U+{ord(private[0]):04X}], {_private_use(len(private)).split(' ', 1)[1]}: put "
            "the symbol itself, or words, in their place)") if private else ""
    return (f"the PDF cannot print {which} ({'; '.join(scripts[:3])}): no font on this "
            f"computer has {them}, so the page prints {instead}. Install a font that has "
            f"{them} and build again (on Debian or Ubuntu: sudo apt install "
            f"{' '.join(packages)}){also}")


def _private_use(count: int) -> str:
    """What `count` private-use characters are, for an author (`PRIVATE_USE`)."""
    return ("it is a font's own code for a symbol" if count == 1 else
            "they are a font's own codes for symbols") + ", which no other font draws"


PRIVATE_USE = "Co"
"""The Unicode category of a private-use character: for an author, "a font's own code for
a symbol" (`unprintable_message`). Word writes a symbol typed in a symbol font as the
font's own code (U+F020 to U+F0FF); where the font is not one whose codes are known
(Symbol, Wingdings, Webdings: `word.symbol_text`), as in docx4j's Word2007-fonts.docx (MT
Extra, Bookshelf Symbol 7, MS Reference Specialty), the code is all there is. No font
package prints them: the build told the author to install fonts-noto-core."""


_PANGO_LOCK = threading.Lock()


def _unknown_glyphs(text: str) -> int:
    """How many glyphs of `text`, laid out by Pango with the installed fonts, it has none for."""
    with _PANGO_LOCK:
        pango, layout = _pango_layout()
        data = text.encode("utf-8")
        pango.pango_layout_set_text(layout, data, len(data))
        return pango.pango_layout_get_unknown_glyphs_count(layout)


@functools.cache
def _pango_layout():
    """Pango, and a layout on its FreeType font map (the installed fonts, as WeasyPrint's
    layout sees them besides the faces it is given)."""
    import ctypes

    from handout.pdf import import_weasyprint

    import_weasyprint()  # Pango and its libraries loaded as WeasyPrint finds them
    pango = ctypes.CDLL("libpango-1.0.so.0")
    pangoft2 = ctypes.CDLL("libpangoft2-1.0.so.0")
    pangoft2.pango_ft2_font_map_new.restype = ctypes.c_void_p
    pango.pango_font_map_create_context.restype = ctypes.c_void_p
    pango.pango_font_map_create_context.argtypes = [ctypes.c_void_p]
    pango.pango_layout_new.restype = ctypes.c_void_p
    pango.pango_layout_new.argtypes = [ctypes.c_void_p]
    pango.pango_layout_set_text.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    pango.pango_layout_get_unknown_glyphs_count.argtypes = [ctypes.c_void_p]
    context = pango.pango_font_map_create_context(pangoft2.pango_ft2_font_map_new())
    return pango, pango.pango_layout_new(context)
