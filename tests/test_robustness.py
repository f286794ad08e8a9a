"""Bad pictures, interrupted builds and concurrent builds: errors are clear, nothing is lost."""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import re
import shutil
import signal
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from conftest import FIXTURES, PROJECT, require, write_handouts
from handout.build import build, output_lock
from handout.read.document import load_documents, parse_html, read_documents
from handout.read.script import text_of
from handout.audio.engines import FakeEngine
from handout.errors import HandoutError
from handout.read.images import MAX_IMAGE_BYTES, MAX_PICTURE_FILE_BYTES

BOX = (FIXTURES / "robust" / "box.png").read_bytes()


def png_header(width: int, height: int) -> bytes:
    """A valid PNG that claims `width` × `height` pixels but holds only a few bytes."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height,
                                                               1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def picture_error(settings, name: str, data: bytes | None, src: str | None = None) -> str:
    src = src or name
    write_handouts(settings.source, {"pic.md": f"# Pictures\n\nWords.\n\n![a picture]({src})\n"})
    if data is not None:
        (settings.source / name).write_bytes(data)
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    return str(caught.value)


def test_missing_picture_is_a_box_with_its_description_and_a_warning(settings, caplog):
    """Each box said so once for each file: a Word document's banner, which Pandoc wrote
    three times, was warned of three times in the same words."""
    write_handouts(settings.source, {"pic.md": "# Pictures\n\nWords.\n\n![a white tablet](gone.png)"
                                               "\n\n![](banner.png) ![](banner.png)\n"})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    assert [r.getMessage() for r in caplog.records] == [
        f"{settings.source / 'pic.md'}:5: picture 'gone.png' not found: its description is "
        "printed in its place; put the picture in the source folder or fix the path (paths are "
        "relative to the source folder)",
        f"{settings.source / 'pic.md'}:7: picture 'banner.png' not found (shown 2 times): its "
        "description is printed in its place; put the picture in the source folder or fix the "
        "path (paths are relative to the source folder)"]
    boxes = [e for e in parse_html(document.sections[0].html).iter("span")
             if e.get("class") == "missing-picture"]
    assert ["".join(box.itertext()) for box in boxes] == [
        "Picture not available: a white tablet"] + [
        "Picture not available: (no description was given)"] * 2
    assert document.sections[0].script[2].text == "Picture not available: a white tablet"


def test_a_missing_decorative_picture_is_left_out_with_a_warning(settings, caplog):
    """A picture that only decorates loses the reader nothing: no box "Picture not
    available: (no description was given)" in its place, and no paragraph left empty."""
    write_handouts(settings.source, {"pic.md": '# Pictures\n\n<img src="border.png" alt="">\n'
                                               '\nWords. <img src="border.png" alt="">\n'})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    assert [r.getMessage() for r in caplog.records] == [
        f"{settings.source / 'pic.md'}:3: picture 'border.png' not found (shown 2 times): it "
        "only decorates, so it is left out; put the picture in the source folder or fix the "
        "path (paths are relative to the source folder)"]
    body = parse_html(document.sections[0].html)
    assert [e.tag for e in body] == ["p"] and "".join(body.itertext()).strip() == "Words."
    assert [u.text for u in document.sections[0].script] == ["Pictures", "Words."]


NO_FONT = "\u0378"
"""A character that no font has (a code point of the Greek block left unassigned since
Unicode 1.1): it would print as a box. (A private-use one, U+10FFFD, was this once: the build
now tells the author that it is a font's own code, which no font package adds; and then the
first of the noncharacters, U+FDD0, which the build now takes out of the text.)"""


def test_characters_the_fonts_here_can_print_are_not_called_unprintable():
    """Atkinson Hyperlegible's own, and those a font the README requires has (DejaVu Sans:
    Greek, Cyrillic, Hebrew, Arabic), which the layout falls back on."""
    from handout.fonts import unprintable

    assert unprintable("Take ½ a tablet — twice a day, café… “quoted” 10 °C") == []
    assert unprintable("Ελληνικά, Русский, עברית, العربية") == []
    assert unprintable(f"Take it {NO_FONT} daily, {NO_FONT} again") == [NO_FONT]


def test_a_character_no_font_has_is_named_with_its_line_and_what_to_install(
        tmp_path, monkeypatch, capsys):
    """Chinese on a computer without a Chinese font printed a page of empty boxes, and
    nothing said so; now the build warns at the line, and the check fails the PDF."""
    from handout import cli
    from handout.check.pdf import check_pdf
    from handout.config import load_settings

    write_handouts(tmp_path / "source", {"dose.md": f"""\
        # Your dose

        Take one tablet a day.

        Take it with water {NO_FONT}.

        ## Water {NO_FONT}

        Drink it.
        """})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    said = (f"dose.md:5: the PDF cannot print a character of this handout, '{NO_FONT}' "
            "(U+0378): no font on this computer has it, so the page prints its code, "
            "[U+0378], in its place. Install a font that has it and build again (on Debian "
            "or Ubuntu: sudo apt install fonts-noto-core)")
    cli.build("source", "build", editions="pdf", quiet=True)
    warnings = [line for line in capsys.readouterr().err.splitlines() if "cannot print" in line]
    assert warnings == [f"WARNING: {Path('source') / said}"]
    pdf = tmp_path / "build" / "dose" / "dose.pdf"
    assert pdf.is_file(), "the PDF is still made, boxes and all"
    settings = load_settings(tmp_path)
    [document] = load_documents(settings)
    findings = check_pdf(document, pdf, settings)
    # and only that: the words in the font with the box are not also reported missing,
    # as its encoding hid them from the text reader (a USDS case study's 3,336 words), nor
    # its heading's bookmark, whose words lack the character printed as its code
    assert [str(f) for f in findings] == [f"{pdf}: font-missing: {said.split(': ', 1)[1]}"]


def test_a_title_and_contents_print_the_codes_of_characters_no_font_has(tmp_path):
    """An Amharic handout on a computer with no Ethiopic font (sweep CH) printed its title
    and every entry of its contents as empty boxes, where its headings printed the codes the
    build's warning promised, "[U+12E8]"."""
    from handout.config import Settings
    from handout.pdf.render import render_html

    write_handouts(tmp_path / "source", {"dose.md": f"---\ntitle: Dose {NO_FONT}\n---\n\n"
                                                    f"## One {NO_FONT}\n\nA.\n\n" + "".join(
                                         f"## {n}\n\nB.\n\n" for n in ("Two", "3", "4", "5"))})
    settings = Settings(source=tmp_path / "source", out=tmp_path / "build",
                        templates=PROJECT / "templates")
    [document] = load_documents(settings)
    html = render_html(document, settings)
    boxed = f'<span class="no-glyph" data-name="[U+0378]"><span>{NO_FONT}</span></span>'
    title = re.search(r'<h1 id="dose">(.*?)</h1>', html).group(1)
    entries = re.findall(r'<li><a href="#[^"]*">(.*?)</a></li>', html)
    assert title == f"Dose {boxed}" and entries[:2] == [f"One {boxed}", "Two"]


def test_latin_letters_printed_in_another_typeface_are_named(tmp_path, monkeypatch, capsys):
    """Atkinson Hyperlegible has no "ơ", "ư" nor Vietnamese's letters with two marks: a
    Vietnamese blog (sweep CH) printed "hưởng", "bệnh", "chữa" in two typefaces, the build
    and the check silent. No typeface the project ships has them: both say so, a warning."""
    from handout import cli
    from handout.check.pdf import check_pdf
    from handout.config import load_settings
    from handout.fonts import mixed_letters, unprintable

    require(not unprintable("ư"), "a font with Vietnamese letters (fonts-dejavu-core)")
    assert mixed_letters("Take café, Ελληνικά") == []
    write_handouts(tmp_path / "source", {"benh.md": "---\ntitle: Bệnh\nlang: vi\n---\n\n"
                                                    "Ảnh hưởng của bệnh.\n"})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    cli.build("source", "build", editions="pdf", quiet=True)
    warnings = [line for line in capsys.readouterr().err.splitlines() if "typefaces" in line]
    assert len(warnings) == 1 and "benh.md:2: the PDF's typeface, Atkinson Hyperlegible, " \
        "lacks 5 of its letters, such as 'ệ', 'Ả' and 'ư'" in warnings[0]
    [document] = load_documents(load_settings(tmp_path))
    pdf = tmp_path / "build" / "benh" / "benh.pdf"
    assert [(f.rule, f.severity) for f in check_pdf(document, pdf, load_settings(tmp_path))
            if f.rule.startswith("font")] == [("font-mixed", "warning")]


def test_missing_picture_prints_its_box_in_large_print_and_fails_strict(tmp_path, monkeypatch,
                                                                        capsys):
    from handout import cli

    write_handouts(tmp_path / "source", {"pic.md": "# Pictures\n\n![a white tablet](gone.png)\n"})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    cli.build("source", "build", editions="pdf", quiet=True)
    import pdfplumber

    with pdfplumber.open(tmp_path / "build" / "pic" / "pic.pdf") as pdf:
        [page] = pdf.pages
        assert "Picture not available: a white tablet" in page.extract_text()
        assert min(c["size"] for c in page.chars) >= 17.95
        assert page.rects, "the box has a border"
    assert "picture 'gone.png' not found" in capsys.readouterr().err
    with pytest.raises(HandoutError, match=r"1 warning\(s\) with --strict"):
        cli.build("source", "build", editions="pdf", quiet=True, strict=True)


def test_picture_that_is_not_an_image(settings):
    assert picture_error(settings, "notes.png", b"just some text\n") == (
        f"{settings.source / 'pic.md'}:5: picture 'notes.png' is not an image: use a PNG or "
        "JPEG file")


@pytest.mark.parametrize("width, height", [(8000, 6000), (20000, 20000)])
def test_decompression_bomb_is_refused_before_decoding(settings, width, height):
    bomb = png_header(width, height)
    assert len(bomb) < 200
    message = picture_error(settings, "bomb.png", bomb)
    assert message.startswith(f"{settings.source / 'pic.md'}:5: picture 'bomb.png' ")
    assert "megapixel" in message and "save a smaller copy" in message


def test_enormous_picture_file_is_refused_unread(settings):
    write_handouts(settings.source, {"pic.md": "# Pictures\n\nWords.\n\n![a picture](huge.png)\n"})
    with (settings.source / "huge.png").open("wb") as huge:  # sparse: nothing is written
        huge.truncate(MAX_PICTURE_FILE_BYTES + 1)
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert str(caught.value) == (
        f"{settings.source / 'pic.md'}:5: picture 'huge.png' is 105 MB, over the 100 MB "
        "limit: save a smaller copy")


def test_a_camera_photo_too_large_for_print_is_printed_from_a_smaller_copy(settings, caplog):
    """A phone's 48-megapixel photo of 30 MB refused the whole handout. It prints from a copy
    2,400 pixels across, turned as the phone held it, and the PDF does not carry 30 MB."""
    from PIL import Image
    from pypdf import PdfReader

    photo = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show it rotated 90° clockwise
    Image.new("L", (7000, 6000), 200).save(photo, "JPEG", exif=exif.tobytes())
    data = photo.getvalue()
    data += b"\0" * (MAX_IMAGE_BYTES + 1 - len(data))  # a camera's detail, in bytes
    write_handouts(settings.source, {"pic.md": "# Pictures\n\nWords.\n\n![a white tablet]"
                                               "(tablet.jpg)\n\nMore words.\n"})
    (settings.source / "tablet.jpg").write_bytes(data)
    with caplog.at_level(logging.INFO, "handout.diagnostics"):
        build(settings, ("pdf",))
    assert [r.getMessage() for r in caplog.records if r.name == "handout.diagnostics"] == [
        f"{settings.source / 'pic.md'}:5: picture 'tablet.jpg' is 21 MB, 7000 × 6000 pixels: "
        "the handout shows a copy 2400 pixels across, enough for print at 300 dots an inch"]
    path = settings.out / "pic" / "pic.pdf"
    [image] = PdfReader(path).pages[0].images
    assert image.image.size == (2057, 2400)
    assert path.stat().st_size < 2_000_000
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert "More words." in pdf.pages[-1].extract_text()


@pytest.mark.parametrize("kind", ["PNG", "WEBP"])
def test_a_picture_too_large_to_decode_safely_is_refused(settings, kind):
    """Only a JPEG can be decoded already scaled down: a PNG or WebP over 40 megapixels
    would be decoded whole."""
    from PIL import Image

    picture = io.BytesIO()
    Image.new("L", (7000, 6000), 200).save(picture, kind)
    message = picture_error(settings, f"big.{kind.lower()}", picture.getvalue())
    assert message == (f"{settings.source / 'pic.md'}:5: picture 'big.{kind.lower()}' is "
                       "7000 × 6000 pixels, too many to shrink for print safely (over 40 "
                       "megapixels): save a smaller copy, or save it as JPEG")


def test_damaged_data_picture(settings):
    message = picture_error(settings, "x", None, src="data:image/png;base64,@@@notbase64")
    assert message == (f"{settings.source / 'pic.md'}:5: picture data is damaged (not valid "
                       "base64): insert the picture as a file instead")


def test_data_picture_bomb(settings):
    src = "data:image/png;base64," + base64.b64encode(png_header(9000, 9000)).decode()
    assert "megapixel" in picture_error(settings, "x", None, src=src)


def test_every_bad_picture_is_reported_at_once(settings):
    write_handouts(settings.source, {"pic.md": "# P\n\n![a](one.png)\n\nText.\n\n![b](two.png)\n"})
    (settings.source / "one.png").write_bytes(b"not a picture")
    (settings.source / "two.png").write_bytes(b"nor this")
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert [p.line for p in caught.value.problems] == [3, 7]


def test_good_picture_in_a_subfolder_prints(settings):
    write_handouts(settings.source, {"pic.md": "# P\n\n![a box](img/box%20one.png)\n"})
    (settings.source / "img").mkdir()
    (settings.source / "img" / "box one.png").write_bytes(BOX)
    build(settings, ("pdf",))
    from pypdf import PdfReader
    reader = PdfReader(settings.out / "pic" / "pic.pdf")
    assert [image.image.size for image in reader.pages[0].images][:1] == [(120, 60)]


@pytest.mark.parametrize("src, stored", [
    ("img\\box.png", "img/box.png"), ("my box.png", "my box.png"), ("box.png", "Box.PNG"),
    ("IMG/BOX.png", "img/box.png")], ids=["backslash", "spaces", "capitals", "folder-capitals"])
def test_a_picture_written_as_on_windows_or_a_mac_prints(settings, caplog, src, stored):
    """Found on the author's own computer, as written, but not here: `images\\pill.png`
    (Windows' backslash), `my pill.png` (its space lost from the address, so 'mypill.png'
    was said not to be found) and `pill.png` for `Pill.PNG` (Windows and Macs do not mind
    capitals) each printed "Picture not available"."""
    write_handouts(settings.source, {"pic.md": f"# P\n\n![a box]({src})\n"})
    (settings.source / stored).parent.mkdir(exist_ok=True)
    (settings.source / stored).write_bytes(BOX)
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        build(settings, ("pdf",))
    # WeasyPrint's own warning (no HarfBuzz-Subset on a fresh Debian) is not the handout's
    assert [r for r in caplog.records if r.name == "handout.diagnostics"] == []
    from pypdf import PdfReader
    reader = PdfReader(settings.out / "pic" / "pic.pdf")
    assert [image.image.size for image in reader.pages[0].images] == [(120, 60)]


def test_an_iphone_photo_says_what_it_is_and_how_to_save_it(settings):
    """An iPhone's photo (HEIC) was "not an image: use a PNG or JPEG file"."""
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    assert picture_error(settings, "waiting room.heic", heic, "waiting%20room.heic") == (
        f"{settings.source / 'pic.md'}:5: picture 'waiting room.heic' is a HEIC photo, as "
        "iPhones take them, which print cannot show: save it as JPEG (on the iPhone: Settings, "
        "Camera, Formats, Most Compatible)")


def test_a_picture_two_files_could_be_is_not_guessed(settings, caplog):
    write_handouts(settings.source, {"pic.md": "# P\n\n![a box](box.png)\n"})
    (settings.source / "Box.png").write_bytes(BOX)
    (settings.source / "BOX.png").write_bytes(BOX)
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        load_documents(settings)
    assert [r.getMessage().split(": ", 1)[1][:29] for r in caplog.records] == [
        "picture 'box.png' not found: "]


# --- Interrupted builds ------------------------------------------------------------------

VERSION_ONE = """\
---
title: Interrupted
---

First version of the introduction.

## Doses

Take 2mg in the morning.

## Storage

Keep it cool. FIRSTVERSION.
"""
VERSION_TWO = VERSION_ONE.replace("First version", "Second version").replace(
    "2mg in the morning", "1mg at night").replace("FIRSTVERSION", "the second version, with more words")

EDITIONS = ("pdf", "audio")

BUILD_SCRIPT = textwrap.dedent("""
    import io, os, signal, sys
    from pathlib import Path
    from handout.config import Settings
    from handout.build import build

    # Die by SIGKILL at the Nth moment of writing (or, with N = 0, print how many there
    # were). The moments are: a file opened for writing, killed just before its first
    # byte is written (a file written in place would be left truncated); and a rename,
    # killed just before it. Deterministic, and cheap: an audit hook counts the moments,
    # and a profile hook is switched on only to catch the first write after the Nth one.
    limit, events = int(sys.argv[4]), 0
    FILES = (io.BufferedWriter, io.FileIO, io.TextIOWrapper, io.BufferedRandom)

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def at_first_write(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") in ("write", "writelines") \
                and isinstance(getattr(arg, "__self__", None), FILES):
            die()

    def watch(event, args):
        global events
        writing = event == "open" and (
            (isinstance(args[1], str) and any(c in args[1] for c in "wax+"))
            or (isinstance(args[2], int) and args[2] & (os.O_WRONLY | os.O_RDWR)))
        if writing or event == "os.rename":
            events += 1
            if events == limit:
                if event == "os.rename":
                    die()
                sys.setprofile(at_first_write)

    sys.addaudithook(watch)
    build(Settings(source=Path(sys.argv[1]), out=Path(sys.argv[2]),
                   templates=Path(sys.argv[3]), engine="fake", jobs=1, quiet=True),
          ("pdf", "audio"))
    print(events, flush=True)
""")


def run_build(settings, out: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", BUILD_SCRIPT, str(settings.source), str(out),
         str(settings.templates), str(kill_at)],
        cwd=PROJECT, capture_output=True, text=True, timeout=300)


def published(out: Path) -> dict[str, str]:
    """Hash of every file a reader is given (not the manifest, caches, lock or leftovers)."""
    folder = out / "interrupted"
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".") and p.name != "manifest.json"}


def test_sigkill_at_any_moment_loses_nothing(settings, tmp_path):
    write_handouts(settings.source, {"interrupted.md": VERSION_ONE})
    build(settings, EDITIONS)
    old = published(settings.out)
    assert old
    reference = tmp_path / "reference"
    shutil.copytree(settings.out, reference)
    (settings.source / "interrupted.md").write_text(VERSION_TWO, encoding="utf-8")
    build(settings.replace(out=reference), EDITIONS)
    new = published(reference)
    assert set(new) == set(old) and all(new[name] != old[name] for name in
                                        ("interrupted.pdf", "audio/02-storage.mp3"))

    counting = tmp_path / "counting"
    shutil.copytree(settings.out, counting)
    total = int(run_build(settings, counting, 0).stdout)
    assert published(counting) == new and total > 20

    for fraction in (0.15, 0.3, 0.45, 0.6, 0.75, 0.9):
        kill_at = max(1, int(total * fraction))
        out = tmp_path / f"killed-{kill_at}"
        shutil.copytree(settings.out, out)
        assert run_build(settings, out, kill_at).returncode == -signal.SIGKILL
        after = published(out)
        for name, digest in after.items():
            assert digest in (old.get(name), new.get(name)), f"{name} half-written ({kill_at})"
        assert set(old) <= set(after), f"a previous output vanished ({kill_at})"
        build(settings.replace(out=out), EDITIONS)
        assert published(out) == new, f"the build after a kill at write {kill_at} differs"


# --- Concurrent builds -------------------------------------------------------------------

HOLD_LOCK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from handout.build import output_lock
    with output_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        sys.stdin.read()  # held until the test closes our input or kills us
""")

TRY_LOCK = textwrap.dedent("""
    import fcntl, sys
    with open(sys.argv[1], "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
""")


def lock_is_free(out: Path) -> bool:
    """Whether another process could take the output folder's lock right now."""
    return subprocess.run([sys.executable, "-c", TRY_LOCK, str(out / ".lock")],
                          capture_output=True, timeout=60).returncode == 0


def test_a_second_build_on_the_same_folder_stops_with_a_message(settings):
    write_handouts(settings.source, {"interrupted.md": VERSION_ONE})
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(settings.out)],
                              cwd=PROJECT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(HandoutError) as caught:
            build(settings)
        assert str(caught.value) == (f"{settings.out}: another build is writing to this "
                                     "folder: wait for it to finish, or choose another --out")
        assert not (settings.out / "interrupted").exists()
        result = subprocess.run(
            [sys.executable, "-c", "from handout import cli; cli.run(lambda: cli.build("
             f"{str(settings.source)!r}, {str(settings.out)!r}, engine='fake', quiet=True))"],
            capture_output=True, text=True, cwd=PROJECT, timeout=120)
        assert result.returncode == 1
        assert result.stderr.strip() == str(caught.value)
    finally:
        holder.kill()
        holder.wait()
    build(settings)  # the lock dies with its holder
    assert (settings.out / "interrupted" / "interrupted.pdf").is_file()


class BrokenVoice(FakeEngine):
    """A voice that fails part way through a build, as a damaged model would."""

    def synthesize(self, text: str):
        raise HandoutError("the voice failed")


def test_a_second_build_refused_leaves_the_running_builds_log_alone(settings):
    """`invoke build` typed again while one runs was refused, but had already opened
    build/build.log to write: the running build's log was emptied, its first lines
    left as NUL bytes."""
    write_handouts(settings.source, {"interrupted.md": VERSION_ONE})
    settings.out.mkdir(parents=True)
    log = "handout.progress: INFO: interrupted: laying out the PDF\n"
    (settings.out / "build.log").write_text(log, encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(settings.out)],
                              cwd=PROJECT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = subprocess.run(
            [sys.executable, "-c", "from handout import cli; cli.run(lambda: cli.build("
             f"{str(settings.source)!r}, {str(settings.out)!r}, engine='fake', quiet=True))"],
            capture_output=True, text=True, cwd=PROJECT, timeout=120)
        assert result.returncode == 1
        assert result.stderr.strip().endswith("another build is writing to this folder: wait "
                                              "for it to finish, or choose another --out")
        assert (settings.out / "build.log").read_text("utf-8") == log
    finally:
        holder.kill()


def test_lock_is_released_after_a_failed_build(settings):
    write_handouts(settings.source, {"interrupted.md": VERSION_ONE})
    with output_lock(settings.out):
        assert not lock_is_free(settings.out)  # control: a held lock is seen as held
    with pytest.raises(HandoutError, match="the voice failed"):
        build(settings, engine=BrokenVoice())
    assert (settings.out / "interrupted" / "interrupted.pdf").is_file()  # failed in the audio
    assert lock_is_free(settings.out)


def test_temporary_files_left_by_a_killed_build_are_swept(settings):
    """A SIGKILL can leave `.name.XXXX.tmp` beside an output; the next build removes it."""
    write_handouts(settings.source, {"leaflet.md": "---\ntitle: Leaflet\n---\n\nWords.\n"})
    build(settings, editions=("pdf",))
    leftover = settings.out / "leaflet" / ".leaflet.pdf.abc123.tmp"
    leftover.write_bytes(b"%PDF-1.7 half written")
    build(settings, editions=("pdf",))
    assert not leftover.exists()
    assert (settings.out / "leaflet" / "leaflet.pdf").read_bytes().startswith(b"%PDF")


def test_a_heading_with_an_emoji_names_its_files_without_invisible_characters(settings):
    """"## ⚠️ When to act" keeps GitHub's id (its variation selector, U+FE0F, stays, for the
    links written for GitHub) but its files are named in what shows: 01-when-to-act.mp3,
    not a name starting with an invisible character."""
    write_handouts(settings.source, {"warn.md": "---\ntitle: Care\n---\n\nRest.\n\n"
                                                "## ⚠️ When to act\n\nCall us.\n"})
    [manifest] = build(settings, ("audio",))
    files = [section["file"] for section in manifest["audio"]["sections"]]
    assert files[1] == "01-when-to-act.mp3"
    assert (settings.out / "warn" / "audio" / "01-when-to-act.txt").read_text("utf-8") \
        .startswith("When to act")  # the emoji that opens a heading is decoration


def test_a_heading_as_long_as_a_paragraph_names_its_files_within_the_limit(settings):
    """The RCMP's French report on reporting cybercrime gives Word's heading style to whole
    paragraphs: one's id was 618 bytes, and the build stopped with "File name too long".
    Its files keep the id's first words, whole."""
    settings.source.mkdir()
    shutil.copy(PROJECT / "tests" / "corpus" / "docx" / "cds-rcmp-barriers-to-reporting-fr.docx",
                settings.source)
    [manifest] = build(settings, ("audio",))
    files = [section["file"] for section in manifest["audio"]["sections"]]
    assert files[5] == ("05-les-gens-qui-ont-entendu-parler-descroqueries-de-fraude-en-ligne"
                        "-ou-de.mp3")
    assert max(len(name.encode()) for name in files) <= 3 + 80 + len(".mp3")
    assert len(files) == len(set(files)) == 19
    folder = settings.out / manifest["handout"] / "audio"
    assert (folder / files[5].replace(".mp3", ".txt")).read_text("utf-8").startswith(
        "Les gens qui ont entendu parler d’escroqueries")


BOOKS_FA = """\
<div dir="rtl" markdown="1">

### فهرست

* [رایانش ابری](#%D8%B1%D8%A7%DB%8C%D8%A7%D9%86%D8%B4-%D8%A7%D8%A8%D8%B1%DB%8C)
* [مهندسی نرم‌افزار](#%D9%85%D9%87%D9%86%D8%AF%D8%B3%DB%8C-%D9%86%D8%B1%D9%85%E2%80%8C%D8%A7%D9%81%D8%B2%D8%A7%D8%B1)
* [HTML and CSS](#html-and-css)
* [Java](#java)
* [JavaScript](#javascript)
* [LaTeX](#latex)
* [Linux](#linux)
* [PHP](#php)
  <ul dir="rtl">
    <li><a href="#symfony">Symfony</a></li>
  </ul>
* [Python](#python)
  <ul dir="rtl">
    <li><a href="#django">Django</a></li>
  </ul>
* [R](#r)

</div>
"""
"""Lines 1 to 21 of free-programming-books' Persian list of books (EbookFoundation/
free-programming-books, books/free-programming-books-fa_IR.md at commit
5b277d20f623ce5b2889b16fc9dd5e266536f521; CC BY 4.0), byte for byte, and the `</div>`
that closes it at the file's end: its contents, a Markdown list whose PHP and Python
items each hold a list written in HTML."""


def test_a_list_written_in_html_under_a_markdown_item_is_a_list_in_that_item(settings):
    """In a `markdown="1"` block it stopped Python-Markdown with an IndexError, and with it
    every handout in the folder."""
    write_handouts(settings.source, {"books.fa.md": BOOKS_FA})
    [document] = load_documents(settings)
    body = parse_html(document.sections[0].html)
    [php] = [item for item in body.iter("li") if "".join(item.itertext()).startswith("PHP")]
    assert [" ".join(li.itertext()).strip() for li in php.iter("li")][1:] == ["Symfony"]
    said = [u.text for section in document.sections for u in section.script]
    assert said[-5:] == ["PHP", "Symfony", "Python", "Django", "R"]


def test_a_markdown_list_after_one_in_html_starts_a_list_of_its_own(settings):
    """Any other HTML list just before a Markdown list in a `markdown="1"` block: the
    Markdown list is read as one, where Python-Markdown failed (IndexError)."""
    write_handouts(settings.source, {"shelf.md": (
        "---\ntitle: Shelf\n---\n\n<div markdown=\"1\">\n\n* Books\n  <ul>\n    <li>Novels\n"
        "    and plays</li>\n  </ul>\n* Maps\n</div>\n")})
    [document] = load_documents(settings)
    items = ["".join(li.itertext()).split() for li in
             parse_html(document.sections[0].html).iter("li")]
    assert items == [["Books"], ["Novels", "and", "plays"], ["Maps"]]


def test_a_fault_in_reading_one_handout_leaves_the_others_built(settings, monkeypatch):
    """A fault in handout or a library it reads with, on one file, is that file's problem,
    said as such, and the other handouts are built; it had stopped them all with a
    traceback."""
    from handout.errors import NotAllBuilt
    from handout.read import kept

    read = kept.read_document

    def failing(path, settings):
        if path.name == "broken.md":
            raise IndexError("child index out of range")
        return read(path, settings)

    monkeypatch.setattr(kept, "read_document", failing)
    write_handouts(settings.source, {"good.md": "---\ntitle: Good\n---\n\nRest.\n",
                                     "broken.md": "---\ntitle: Broken\n---\n\nRest.\n"})
    with pytest.raises(NotAllBuilt) as stopped:
        build(settings, ("pdf",))
    [problem] = stopped.value.problems
    assert problem.file == settings.source / "broken.md"
    assert "fault in handout, not in the file (IndexError: child index out of range)" \
        in problem.message
    assert (settings.out / "good" / "good.pdf").is_file()


def test_deep_quoting_and_deep_indentation_are_read_without_backtracking(settings):
    """An e-mail thread pasted with 30 levels of "> " quoting, and an HTML table exported
    with every row indented 120 spaces, are read whole: the patterns for a quote's markers
    and a code fence's could take a line's spaces two ways, so such a line took time
    doubling with each level (24 levels: 30 s) or growing with the square of its spaces
    (the table: 145 s)."""
    rows = "\n".join(" " * 120 + f"<tr><td>Room {n}</td><td>Floor {n % 4}</td></tr>"
                     for n in range(200))
    write_handouts(settings.source, {
        "reply.md": "# Forwarded reply\n\n" + "> " * 30 + "See you on Monday.\n",
        "rooms.md": f"# Rooms\n\n<table>\n{rows}\n</table>\n"})
    reply, rooms = sorted(load_documents(settings), key=lambda d: d.slug)
    assert "See you on Monday." in [u.text for s in reply.sections for u in s.script]
    spoken = " ".join(u.text for s in rooms.sections for u in s.script)
    assert "Room 0" in spoken and "Room 199" in spoken


def test_an_unclosed_div_is_closed_before_the_next_heading_with_a_warning(settings, caplog):
    """Two `<div>`s never closed held the rest of the handout: it printed its first
    paragraph alone, and `invoke check` passed. One held the next heading as text, "##
    Parking", said run into the sentences around it."""
    write_handouts(settings.source, {"hours.md": """\
        # Opening hours

        We are open Monday to Friday.

        <div class="note">
        <div class="note-body">

        We are open 9 to 5.

        ## Parking

        Parking is free after 6 pm.
        """})
    [document] = load_documents(settings)
    assert [(s.heading, s.line) for s in document.sections] == [("Opening hours", 1),
                                                                 ("Parking", 10)]
    assert [u.text for u in document.sections[1].script] == ["Parking",
                                                             "Parking is free after 6 pm."]
    warned = [r.getMessage() for r in caplog.records if "never closed" in r.getMessage()]
    assert [message.split(": ")[0].rsplit(":", 1)[1] for message in warned] == ["5", "6"]
    assert all("before the heading on line 10" in message for message in warned)


def test_an_unclosed_comment_is_closed_at_the_end_of_its_paragraph_with_a_warning(settings,
                                                                                 caplog):
    """`<!-- TODO: check these with reception`, with no `-->`: the author's note was printed
    and said, "!-- TODO: check these with reception", with no warning. It is left out to
    the end of its paragraph (a heading ends one too), and the rest is read. A `<!--` in
    code is no comment."""
    write_handouts(settings.source, {"hours.md": """\
        # Opening hours

        <!-- TODO: check these with reception

        We are open 9 to 5. Type `<!--` to start a comment.

        ```html
        <!-- a comment
        ```

        ## Parking

        Parking is free <!-- ask Sam
        about Sundays
        ## Visiting

        Visiting is from 2 pm.
        """})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    said = [[u.text for u in s.script] for s in document.sections]
    assert said[0][:2] == ["Opening hours", "We are open 9 to 5."] and len(said[0]) == 5
    assert said[1:] == [["Parking", "Parking is free"], ["Visiting", "Visiting is from 2 pm."]]
    printed = " ".join(text_of(parse_html(s.html)) for s in document.sections)
    assert "TODO" not in printed and "Sam" not in printed and "Sundays" not in printed
    assert "Type <!-- to start a comment." in printed and "<!-- a comment" in printed
    path = settings.source / "hours.md"
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:{opened}: the HTML comment opened on line {opened} is never closed: it is left "
        f"out up to the end of its paragraph (line {last}), and what follows is printed and "
        "said; write '-->' where it should end" for opened, last in ((3, 3), (13, 14))]
    caplog.clear()
    write_handouts(settings.source, {"hours.md": "# Hours\n\nParking is free <!-- ask Sam\n"
                                                 "about Sundays\n## Visiting\n\nVisiting is "
                                                 "from 2 pm.\n"})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [document] = load_documents(settings)
    assert [u.text for s in document.sections for u in s.script][-3:] == [
        "Parking is free", "Visiting", "Visiting is from 2 pm."]
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:3: the HTML comment opened on line 3 is never closed: it is left out up to "
        "the end of its paragraph (line 4), and what follows is printed and said; write '-->' "
        "where it should end"]


def test_a_handout_that_is_one_unclosed_comment_is_told_so(settings):
    """A file that is one comment never closed was told "write something below the front
    matter", which it has none of."""
    write_handouts(settings.source, {"draft.md": "</<!--<!-- a draft\nto finish\n"})
    with pytest.raises(HandoutError) as caught:
        load_documents(settings)
    assert str(caught.value) == (
        f"{settings.source / 'draft.md'}:1: the handout has no text outside HTML comments "
        "('<!--' to '-->'), which are neither printed nor said: write its words outside them")


def test_markdown_nested_too_deeply_names_its_line_and_the_others_are_read(settings):
    """Emphasis nested 600 deep on one line, and 600 list markers, ran out of Python's
    stack, in reading the tree and in Python-Markdown: "a fault in handout ... please
    report it". The author is told which line, and what to do. A list indented 70 deep,
    and quotes 150 deep, ran WeasyPrint's layout out of it, a traceback that stopped the
    build; Python-Markdown 3.11.4 reads the 600 markers, nesting them as far as its stack
    goes, and so did the same."""
    write_handouts(settings.source, {
        "deep.md": "# Nested emphasis\n\nSome words.\n\n" + "*a **a " * 300 + "b"
                   + " a** a*" * 300 + "\n\nMore words.\n",
        "markers.md": "# Markers\n\n" + "- " * 600 + "x\n",
        "indented.md": "# Indented\n\n" + "".join(f"{'    ' * level}- Level {level}\n"
                                                  for level in range(70)),
        "quotes.md": "# Quotes\n\nSaid:\n\n" + "> " * 150 + "x\n",
        "good.md": "# Good\n\nRead.\n"})
    documents, problems = read_documents(settings)
    assert [document.meta.title for document in documents] == ["Good"]
    assert [str(problem) for problem in problems] == [
        f"{settings.source / name}:{line}: the marks on this line (such as *, _, >, [ or -) are "
        "nested inside one another too deeply to be read: write it with fewer of them"
        for name, line in (("deep.md", 5), ("indented.md", 72), ("markers.md", 3),
                           ("quotes.md", 5))]


@pytest.mark.slow
def test_lists_and_quotes_nested_as_deep_as_may_be_are_built(settings):
    """The limit on nesting (`DEEPEST_NESTING`) leaves room: a list 45 deep and quotes 90
    deep are built, every edition, and every level of them printed and said."""
    import pdfplumber

    write_handouts(settings.source, {
        "list.md": "# List\n\n" + "".join(f"{'    ' * level}- Level {level}\n"
                                           for level in range(45)),
        "quotes.md": "# Quotes\n\nSaid:\n\n" + "> " * 90 + "Deepest.\n"})
    build(settings)
    with pdfplumber.open(settings.out / "list" / "list.pdf") as pdf:
        printed = " ".join(page.extract_text() for page in pdf.pages)
    assert all(f"Level {level}" in printed for level in range(45))
    said = (settings.out / "list" / "audio" / "00-list.txt").read_text("utf-8")
    assert said.rstrip("\n").split("\n\n") == ["List", *(f"Level {level}" for level in range(45))]
    with pdfplumber.open(settings.out / "quotes" / "quotes.pdf") as pdf:
        assert "Deepest." in pdf.pages[0].extract_text()
    assert "Deepest." in (settings.out / "quotes" / "audio" / "00-quotes.txt").read_text("utf-8")


def test_a_colour_code_and_a_noncharacter_are_taken_out_whole(settings, caplog):
    """A terminal's colour code pasted in, "ESC[1m", lost its ESC alone and "[1m" was said
    "1 metre"; a U+FFFE made the DAISY book and the EPUB ill-formed XML."""
    write_handouts(settings.source, {"care.md": "# Going home\n\nYour surgeon \x1b[1mwill "
                                                "check\x1b[0m on your medi\ufffecation.\n"})
    [document] = load_documents(settings)
    assert [u.text for s in document.sections for u in s.script][-1] \
        == "Your surgeon will check on your medication."
    assert any("taken out, such as U+001B" in r.getMessage() for r in caplog.records)


def test_a_character_escaped_in_an_address_in_angle_brackets_is_that_character(settings):
    """"<john\\_smith@example.org>": Python-Markdown left its escape's placeholder, printed,
    linked and said as "john95smith", and the podcast feed was ill-formed XML."""
    write_handouts(settings.source, {"contact.md": "# Contact us\n\nEmail the clinic at "
                                                   "<john\\_smith@example.org> today.\n"})
    [document] = load_documents(settings)
    assert 'href="mailto:john_smith@example.org"' in document.sections[0].html
    assert [u.spoken for u in document.sections[0].script][-1] \
        == "Email the clinic at john underscore smith at example.org today."
