"""Picture checks of the document model: every image a handout shows can be printed safely.

After `sanitize` has confined each `<img src>` to the source folder (or a `data:` URL),
`check_images` opens each picture's header before anything is laid out: a picture that is
not an image, or is too large in bytes or in pixels to be decoded safely (a decompression
bomb that would exhaust memory) is an error naming the handout and the line that uses it.
A sound picture larger than print needs (a camera's photo of 30 MB) is replaced by a
smaller copy, a `data:` URL, which every edition then shows. A picture that cannot be had
at all (not in the source folder, on another machine, or never given) does not stop the
build: it is replaced by a labelled box holding its description, which prints where the
picture would be and is read aloud, with a warning (an error under `--strict`); one that
only decorates (`is_decorative`) is left out. Print then lays out only pictures known to
be sound.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import re
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from handout.language import Words, words_for
from handout.errors import HandoutError, Problem
from handout.read.sanitize import is_inside, take_out, take_out_emptied
from handout.read.sources import SourceFile, consulted, locate

log = logging.getLogger("handout.diagnostics")

MAX_IMAGE_BYTES = 20 * 1024 * 1024
"""A picture file larger than this is shown from a smaller copy (`smaller_copy`): a print
photo at 300 dpi needs far less."""

MAX_IMAGE_PIXELS = 40_000_000
"""Width × height above this is shown from a smaller copy; decoding more than this at once
(as a PNG or a WebP must be decoded, whole) is refused: it would take over 160 MB of memory.
A JPEG is decoded already scaled down by up to 8 times each way (`_decoded_size`)."""

MAX_PICTURE_FILE_BYTES = 100 * 1024 * 1024
"""A picture file larger than this is refused unread: no camera's photo is so large."""

COPY_SIDE = 2400
"""The longest side, in pixels, of the copy printed for a picture too large: the text
column is 6.5 inches wide and a picture at most 6 inches tall, so 300 dots an inch or more."""

RASTER_FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP"})
"""Raster formats WeasyPrint prints reliably; other files must be converted first."""


HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1",
                         b"msf1", b"avif", b"avis"})
"""The brands a HEIF file (an iPhone's HEIC photo, or AVIF) names in its first box: Pillow
cannot open them, and the photo was said to be "not an image"."""


def is_decorative(image: ET.Element) -> bool:
    """Whether a picture only decorates, to be shown but never described or said: HTML's
    empty `alt=""`, which Word's "Mark as decorative" becomes (`read.word`) and an
    `<img role="presentation">` too (`sanitize`). A picture with no `alt` at all has still
    to be described: Markdown's `![](logo.png)` is one (`generators.DescribedPicture`)."""
    alt = image.get("alt")
    return alt is not None and not alt.strip()


def check_images(body: ET.Element, source: SourceFile, folder: Path, lang: str) -> None:
    """Raise one `HandoutError` listing every picture in `body` that cannot be printed;
    a picture with no address becomes a box saying so in `lang`, the handout's language,
    unless it only decorates (`is_decorative`): then it is left out, and nothing is lost."""
    problems = []
    words = words_for(lang)
    missing: dict[str, tuple[str, int]] = {}  # each file not found: where first, how often
    described: set[str] = set()  # those of them shown as more than decoration
    emptied: list[ET.Element] = []  # where decorative pictures were left out
    spacers = 0

    def without(parent: ET.Element, image: ET.Element) -> None:
        if is_decorative(image):
            take_out(parent, image, keep_text=False)
            emptied.append(parent)
        else:
            replace_with_box(parent, image, words)

    for parent in list(body.iter()):
        for image in [child for child in parent if child.tag == "img"]:
            src = image.get("src")
            if not src:  # never given, or refused by `sanitize` (which said so)
                without(parent, image)
                continue
            needle = src[:60] if src.startswith("data:") else src
            meant = picture_as_written(src, folder) if is_missing(src, folder) else None
            if meant is not None:
                image.set("src", src := meant)
            if is_missing(src, folder):
                shown = unquote(urlsplit("".join(src.split())).path)
                alt = image.get("alt") or ""
                if shown not in missing:
                    line = locate(source.path,
                                  *([f"[{alt}]", f'alt="{alt}"'] if alt else []),
                                  needle, unquote(src), shown.rsplit("/", 1)[-1])
                    missing[shown] = (f"{source.path}:{line}" if line else str(source.path), 0)
                missing[shown] = (missing[shown][0], missing[shown][1] + 1)
                if not is_decorative(image):
                    described.add(shown)
                without(parent, image)
                continue
            problem = image_problem(src, folder)
            if problem:
                line = locate(source.path, needle, unquote(src))
                problems.append(Problem(problem, source.path, line))
            elif not (image.get("alt") or "").strip() and is_spacer(src, folder):
                take_out(parent, image, keep_text=False)
                emptied.append(parent)
                spacers += 1
            elif (copy := smaller_copy(src, folder)) is not None:
                line = locate(source.path, needle, unquote(src))
                log.info("%s: %s: the handout shows a copy %d pixels across, enough for "
                         "print at 300 dots an inch", f"{source.path}:{line}" if line
                         else source.path, copy.reason, COPY_SIDE)
                image.set("src", copy.url)
    for shown, (where, count) in missing.items():
        # Once for each file: a Word document through Pandoc shows its banner three times.
        log.warning("%s: picture '%s' not found%s: %s; put the picture in the source folder "
                    "or fix the path (paths are relative to the source folder)", where, shown,
                    f" (shown {count} times)" if count > 1 else "",
                    "its description is printed in its place" if shown in described
                    else "it only decorates, so it is left out")
    if spacers:
        log.info("%s: %d picture%s of a pixel or two across, with no description, left out: "
                 "a web page's spacers and rules, which show nothing", source.path, spacers,
                 "s" if spacers > 1 else "")
    take_out_emptied(emptied, {child: parent for parent in body.iter() for child in parent},
                     re.compile(r"\s*"))
    if problems:
        raise HandoutError.collect(problems)


SPACER_SIDE = 2
"""Pixels across or down at most of a picture that shows nothing but a dot or a line: a
web page's spacer (a transparent 1 × 1 GIF or PNG) or rule. Print fills the text width
with a picture, so a VA job announcement saved as Word printed each of its 51 spacers as
a box the width of the page, and its pages were mostly empty."""


def is_spacer(src: str, folder: Path) -> bool:
    """Whether the sound picture at `src` (in `folder`, or a `data:` URL) is at most
    `SPACER_SIDE` pixels across or down."""
    from PIL import Image

    compact = "".join(src.split())
    try:
        data = _data_url_bytes(compact) if compact.lower().startswith("data:") else \
            consulted(folder / unquote(urlsplit(compact).path)).read_bytes()
        with Image.open(io.BytesIO(data)) as image:
            return min(image.size) <= SPACER_SIDE
    except (OSError, ValueError, SyntaxError):
        return False  # an SVG, whose size is its own to scale


def is_missing(src: str, folder: Path) -> bool:
    """Whether `src`, a path inside `folder`, names no file there."""
    compact = "".join(src.split())
    if compact.lower().startswith("data:") or not is_inside(compact, folder):
        return False
    return not consulted(folder / unquote(urlsplit(compact).path)).is_file()


def picture_as_written(src: str, folder: Path) -> str | None:
    """The address of the one file in `folder` that `src`, which names none as it stands,
    names on the author's Windows or Mac: written with backslashes (`images\\pill.png`), with
    its spaces (`my pill.png`, which the address would lose), or in other capitals than the
    file's (`pill.png` for `Pill.PNG`). None if there is no such file, or more than one."""
    written = unquote(urlsplit(src.strip()).path).replace("\\", "/")
    if src.lower().startswith("data:") or written.startswith("/") or not written:
        return None
    found = folder
    for part in written.split("/"):
        if part in ("", "."):
            continue
        if part == ".." or not found.is_dir():
            return None
        if not consulted(found / part).exists():
            alike = [entry for entry in found.iterdir() if entry.name.lower() == part.lower()]
            if len(alike) != 1:
                return None
            part = alike[0].name
        found = consulted(found / part)
    if not found.is_file() or not is_inside(quote(found.relative_to(folder).as_posix()),
                                            folder):
        return None
    return quote(found.relative_to(folder).as_posix())


PICTURE_EXTENSION = re.compile(r"\.(?:png|jpe?g|gif|bmp|tiff?|svg|webp)$", re.I)
"""A picture file's extension, ending a name or an address. A description of words ending
with one, "Nature Nicki Logo.png", keeps its words and loses the extension, said "dot P N G"
(`generators.settle_tree`). A link's address ending with one is a picture's file: a
thumbnail written as a link to the picture at full size, as a camp's page (sweep BD,
cub-spring-campout line 70) writes its map, `[![Oest Map][bc_oest_map]][bc_oest_map]`.
Missing, it printed "Oest Map" and its long address in brackets, and was said run into the
words after it, "Oest Map We can not park", where the same picture unlinked is "Picture not
available: Oest Map." and a pause (`replace_with_box`)."""


def replace_with_box(parent: ET.Element, image: ET.Element, words: Words) -> None:
    """Put in place of `image` a box holding its description under a label (in the
    handout's language, `words`), which the stylesheet prints as a bordered block and the
    speech script reads as it reads words. A link's only content, a button drawn as a
    picture ("Sign Up!"), is its words instead: the link stays a link, where a box said
    "Picture not available: Sign Up!"; with no description, the site it links to is its
    words (a README's 46 sponsors' logos were "Picture not available: (no description was
    given)", said 46 times over)."""
    from urllib.parse import urlsplit

    alt = " ".join((image.get("alt") or "").split())
    alone = parent.tag == "a" and len(parent) == 1 and not (parent.text or "").strip() \
        and not (image.tail or "").strip()
    if alone and PICTURE_EXTENSION.search(urlsplit(parent.get("href") or "").path):
        # A thumbnail that links to the picture itself, full size, is that picture, and
        # missing: the link becomes its box, with no address (`PICTURE_EXTENSION`).
        parent.remove(image)
        parent.tag, parent.text = "span", None
        parent.attrib.clear()
        parent.set("class", "missing-picture")
        label = ET.SubElement(parent, "strong")
        label.text = words.picture_missing
        label.tail = f" {alt or words.no_description}"
        _add_caption(parent, image, alt, words)
        parent.tail = _apart(parent.tail)
        return
    if alone and not alt:
        alt = (urlsplit(parent.get("href") or "").hostname or "").removeprefix("www.")
    if alone and alt:
        parent.text, image.tail = alt, None
        parent.remove(image)
        parent.tail = _apart(parent.tail)  # "[![A map](a.png)](a.png)Map" is no "A mapMap"
        return
    box = ET.Element("span", {"class": "missing-picture"})
    label = ET.SubElement(box, "strong")
    label.text = words.picture_missing
    label.tail = f" {alt or words.no_description}"
    _add_caption(box, image, alt, words)
    box.tail = _apart(image.tail)
    place = list(parent).index(image)
    _space_before(parent, place)
    parent[place] = box


def _add_caption(box: ET.Element, image: ET.Element, alt: str, words: Words) -> None:
    """The picture's caption, its `title`, at the end of the box in its place, as print
    shows it under a picture it has. A US page on deposits captions its timeline "the
    deadline varies from 14 to 60 days depending on your state" (sweep CL,
    deposit-limits line 53): with the picture missing, only its description was printed
    and said, and the one sentence with those numbers was in neither."""
    caption = " ".join((image.get("title") or "").split())
    if not caption or caption == alt:
        return
    label = box.find("strong")
    if label is not None and label.tail and label.tail.rstrip()[-1:] not in ".!?…":
        label.tail = label.tail.rstrip() + "."
    ET.SubElement(box, "span").text = " " + words.caption.format(text=caption)


def _space_before(parent: ET.Element, place: int) -> None:
    """A space after the words before child `place` of `parent`, where they end without
    one: a school's uniform suppliers, `<a><span>My Clothing:</span><img alt="my clothing
    uniform"></a>`, were said "My Clothing:Picture not available: …"."""
    if place == 0:
        if (parent.text or "")[-1:].strip():
            parent.text += " "
        return
    before = parent[place - 1]
    words = before.tail if before.tail else "".join(before.itertext())
    if words[-1:].strip():
        before.tail = (before.tail or "") + " "


def _apart(text: str | None) -> str | None:
    """`text` after a picture's words, a space before it if it starts with a word's."""
    return f" {text}" if text and text[0].isalnum() else text


def image_problem(src: str, folder: Path) -> str | None:
    """Why the picture at `src` (relative to `folder`, or a data: URL) cannot print, or None."""
    compact = "".join(src.split())
    if compact.lower().startswith("data:"):
        try:
            data = _data_url_bytes(compact)
        except ValueError as error:
            return f"picture data is damaged ({error}): insert the picture as a file instead"
        return _content_problem(data, "the picture in this data: address")
    if not is_inside(compact, folder):
        return None  # `sanitize` removes such a src; print's fetcher refuses it regardless
    path = consulted(folder / unquote(urlsplit(compact).path))
    shown = unquote(urlsplit(compact).path)
    if not path.is_file():
        return (f"picture '{shown}' not found: put it in the source folder or fix the "
                "path (paths are relative to the source folder)")
    size = path.stat().st_size
    if size > MAX_PICTURE_FILE_BYTES:
        return (f"picture '{shown}' is {size / 1e6:.0f} MB, over the "
                f"{MAX_PICTURE_FILE_BYTES // (1024 * 1024)} MB limit: save a smaller copy")
    if path.suffix.lower() == ".svg":
        return _svg_problem(path.read_bytes(), f"picture '{shown}'")
    return _content_problem(path.read_bytes(), f"picture '{shown}'")


def _data_url_bytes(url: str) -> bytes:
    header, comma, payload = url.partition(",")
    if not comma:
        raise ValueError("no comma after the media type")
    if len(payload) > MAX_PICTURE_FILE_BYTES * 4 // 3 + 4:
        return b"\0" * (MAX_PICTURE_FILE_BYTES + 1)  # too big either way; skip decoding it
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("not valid base64") from None
    return unquote(payload).encode("latin-1", "replace")


def _content_problem(data: bytes, what: str) -> str | None:
    """Size, format and pixel count of picture bytes, read from the header only."""
    if len(data) > MAX_PICTURE_FILE_BYTES:
        return (f"{what} is over the {MAX_PICTURE_FILE_BYTES // (1024 * 1024)} MB limit: save "
                "a smaller copy")
    if data.lstrip()[:5] in (b"<?xml", b"<svg ", b"<svg\n", b"<svg>"):
        return _svg_problem(data, what)
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS:
        return (f"{what} is a HEIC photo, as iPhones take them, which print cannot show: "
                "save it as JPEG (on the iPhone: Settings, Camera, Formats, Most Compatible)")
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                kind, (width, height) = image.format, image.size
                decoded = _decoded_size(image)
                image.verify()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return (f"{what} has too many pixels to print safely (over "
                    f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels): save a smaller copy")
        except UnidentifiedImageError:
            return f"{what} is not an image: use a PNG or JPEG file"
        except (OSError, SyntaxError, ValueError) as error:
            return f"{what} is damaged ({error}): save it again as PNG or JPEG"
    if kind not in RASTER_FORMATS:
        return f"{what} is a {kind} file: save it as PNG or JPEG"
    if decoded[0] * decoded[1] > MAX_IMAGE_PIXELS:
        return (f"{what} is {width} × {height} pixels, too many to shrink for print safely "
                f"(over {MAX_IMAGE_PIXELS // 1_000_000} megapixels): save a smaller copy, "
                "or save it as JPEG")
    return None


def _decoded_size(image) -> tuple[int, int]:
    """The size an opened picture is decoded at to make its copy (`smaller_copy`): a JPEG
    is decoded already scaled down (by 2, 4 or 8 each way) to no less than `COPY_SIDE`,
    which takes a sixty-fourth of the memory at most; any other picture whole."""
    if image.format == "JPEG" and max(image.size) > COPY_SIDE:
        image.draft("RGB", (COPY_SIDE, COPY_SIDE))
    return image.size


@dataclass(frozen=True)
class Copy:
    """A smaller copy of a picture, as a `data:` URL, and why it was made."""

    url: str
    reason: str


def smaller_copy(src: str, folder: Path) -> Copy | None:
    """A copy of the sound picture at `src` (in `folder`, or a `data:` URL) at most
    `COPY_SIDE` pixels across, when it is over `MAX_IMAGE_BYTES` or `MAX_IMAGE_PIXELS`;
    else None.

    A phone's or camera's photo of 30 MB was refused, and with it the whole handout; WeasyPrint
    would also have put all 30 MB into the PDF. The copy is a JPEG (a PNG where the picture
    has transparency), turned as the camera said to hold it: the copy has no EXIF to say so.
    """
    compact = "".join(src.split())
    if compact.lower().startswith("data:"):
        data = _data_url_bytes(compact)
        picture, size, shown = io.BytesIO(data), len(data), "the picture in this data: address"
    else:
        path = consulted(folder / unquote(urlsplit(compact).path))
        if path.suffix.lower() == ".svg":
            return None
        picture, size = path, path.stat().st_size  # opened by its header: most need no copy
        shown = f"picture '{unquote(urlsplit(compact).path)}'"
    from PIL import Image, ImageOps

    with Image.open(picture) as image:
        width, height = image.size
        if size <= MAX_IMAGE_BYTES and width * height <= MAX_IMAGE_PIXELS:
            return None
        _decoded_size(image)
        image.load()
        copy = ImageOps.exif_transpose(image)
        copy.thumbnail((COPY_SIDE, COPY_SIDE), Image.Resampling.LANCZOS)
    transparent = copy.mode in ("RGBA", "LA", "PA") or "transparency" in copy.info
    out = io.BytesIO()
    if transparent:
        copy.convert("RGBA").save(out, "PNG", optimize=True)
    else:
        copy.convert("RGB").save(out, "JPEG", quality=90, optimize=True)
    kind = "png" if transparent else "jpeg"
    reason = f"{shown} is {size / 1e6:.0f} MB, {width} × {height} pixels"
    return Copy(f"data:image/{kind};base64,{base64.b64encode(out.getvalue()).decode()}", reason)


def _svg_problem(data: bytes, what: str) -> str | None:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        return f"{what} is not a valid SVG image ({error}): save it again"
    if root.tag.rsplit("}", 1)[-1] != "svg":
        return f"{what} is not an image: use a PNG, JPEG or SVG file"
    return None
