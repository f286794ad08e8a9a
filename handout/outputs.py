"""Where outputs go, how they are written so that a failed build loses nothing, and how a
build tells that one is still up to date.

`Layout` names every file a handout's build makes under `build/<slug>/`. `write_atomic`
writes to a temporary name beside the target and renames it into place, so a build that
fails or is killed part way leaves the previous good file where it was. Each output's
manifest entry (`output_entry`) records a `digest` of everything that shaped it; the next
build reuses the file when that key is the same and the file is intact (`still_valid`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from handout.errors import HandoutError

log = logging.getLogger("handout.diagnostics")

INVISIBLE = re.compile("[\u200b\u2060\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")
"""Characters that show nothing, which a file name should not hold: zero-width space and
word joiner, byte-order mark, variation selectors (a Persian word's zero-width non-joiner
is part of its spelling, and stays)."""


STEM_BYTES = 80
"""The most bytes of a heading's id that its section's file names keep. A file name may
have 255 bytes; a Word heading that is a whole paragraph (in the RCMP's French report on
reporting cybercrime, one of 618) stopped the build with "File name too long"."""


def shorten_name(name: str) -> str:
    """`name` cut to `STEM_BYTES` at the end of a word (its `-`), never inside a letter."""
    if len(name.encode()) <= STEM_BYTES:
        return name
    # One byte more than kept, so that a word ending at the limit is seen to end there.
    cut = name.encode()[:STEM_BYTES + 1].decode("utf-8", "ignore")
    if "-" in cut:
        return cut.rsplit("-", 1)[0]
    return name.encode()[:STEM_BYTES].decode("utf-8", "ignore")


@dataclass(frozen=True)
class Layout:
    """The output files of one handout."""

    out: Path
    slug: str

    @property
    def folder(self) -> Path:
        return self.out / self.slug

    @property
    def pdf(self) -> Path:
        return self.folder / f"{self.slug}.pdf"

    @property
    def audio(self) -> Path:
        return self.folder / "audio"

    def section_stem(self, index: int, section_id: str) -> str:
        """The name of a section's files: its number and its heading's id, less the
        invisible characters an id may keep (GitHub's ids keep the variation selector of
        "⚠️ When to act", and so do ours, for the links written for them); never the
        whole handout's name, which a lesson's "01-regular-expressions.md" with its
        section 1 "Regular expressions" gave both, the whole handout overwriting the
        section."""
        name = self.slug if index == 0 else INVISIBLE.sub("", section_id).strip("-")
        stem = f"{index:02d}-{shorten_name(name) or 'section'}"
        return f"{stem}-section" if stem == self.slug else stem

    def section_mp3(self, index: int, section_id: str) -> Path:
        return self.audio / f"{self.section_stem(index, section_id)}.mp3"

    def transcript(self, index: int, section_id: str) -> Path:
        return self.audio / f"{self.section_stem(index, section_id)}.txt"

    def captions(self, index: int, section_id: str) -> Path:
        return self.audio / f"{self.section_stem(index, section_id)}.vtt"

    @property
    def complete_mp3(self) -> Path:
        return self.audio / f"{self.slug}.mp3"

    @property
    def audiobook(self) -> Path:
        return self.audio / f"{self.slug}.m4b"

    @property
    def epub(self) -> Path:
        return self.folder / f"{self.slug}.epub"

    @property
    def playlist(self) -> Path:
        return self.audio / f"{self.slug}.m3u8"

    @property
    def manifest(self) -> Path:
        return self.folder / "manifest.json"


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed onto it only if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def remove_leftovers(out: Path) -> None:
    """Delete temporary files a killed build left behind; call only while holding the lock."""
    for path in out.rglob(".*.tmp"):
        if path.is_file():
            path.unlink(missing_ok=True)


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when there is no such file."""
    if not path.is_file():
        return None
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def write_atomic(target: Path, data: bytes | str) -> None:
    """Write `data` to `target` so that readers see the old file or the new, never half."""
    with atomic_path(target) as temporary:
        if isinstance(data, str):
            temporary.write_text(data, encoding="utf-8")
        else:
            temporary.write_bytes(data)


def write_with(target: Path, make: Callable[[Path], object]) -> None:
    """Let `make` write a temporary file, then move it onto `target`."""
    with atomic_path(target) as temporary:
        make(temporary)


def source_date() -> dt.datetime | None:
    """The moment named by `SOURCE_DATE_EPOCH`, used for every date an output embeds.

    Reproducible-builds convention: when it is set, a build embeds it instead of any date
    taken from the clock or a file's modification time, so two builds are byte-identical.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise HandoutError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since "
                           f"1970, not {value!r}")
    return dt.datetime.fromtimestamp(int(value), tz=dt.timezone.utc)


def handout_epoch(path: Path, date: dt.date | None) -> int:
    """Seconds since 1970 standing for when the handout at `path` was written.

    Libraries stamp what they write with the clock unless `SOURCE_DATE_EPOCH` says
    otherwise (fontTools dates every font it subsets), so a render is given this moment:
    `SOURCE_DATE_EPOCH` when the user set it, else the handout's `date` (midnight UTC),
    else the time of the last commit that changed the file, else its modification time.
    The first three are the same on every machine; the last on this one.
    """
    stamp = source_date()
    if stamp is not None:
        return int(stamp.timestamp())
    if date is not None:
        return int(dt.datetime.combine(date, dt.time(), dt.timezone.utc).timestamp())
    return last_commit_time(path) or int(path.stat().st_mtime)


def last_commit_time(path: Path) -> int | None:
    """When the last git commit that changed `path` was made, or None outside git."""
    import subprocess

    try:
        found = subprocess.run(["git", "log", "-1", "--format=%ct", "--", path.name],
                               cwd=path.parent, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    value = found.stdout.strip()
    return int(value) if found.returncode == 0 and value.isdigit() else None


@contextlib.contextmanager
def pinned_clock(epoch: int) -> Iterator[None]:
    """`SOURCE_DATE_EPOCH` set to `epoch` while the block runs, as it was afterwards."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


# --- Keys and the manifest ---------------------------------------------------------------


def digest(*parts: object) -> str:
    """A stable hash of JSON-able parts."""
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def text_digest(document) -> str:
    """A hash of what `document` says and how it is divided (its parsed form), which an
    edition's manifest entry keeps, so that `invoke check` can tell an edition made from
    an earlier version of the handout."""
    return digest("document", repr(document))


@functools.cache
def code_identity(*distributions: str) -> str:
    """The code that makes an output, for its key: Python, the versions of the PyPI
    `distributions` that shape it, and this tool's own files (`own_files`)."""
    import sys
    from importlib.metadata import version

    return digest(sys.version, [version(name) for name in distributions], own_files())


@functools.cache
def own_files() -> list[list]:
    """This tool's own files by size and modification time, so that an edited module or
    template is a new version, as `__version__` between releases would not say; looked at
    once a process, whichever outputs' keys name them."""
    package = Path(__file__).resolve().parent
    files = sorted(str(path.relative_to(package)) for path in package.rglob("*")
                   if "__pycache__" not in path.parts and path.is_file())
    return [[name, file_stamp(package / name)] for name in files]


def local_pictures(html: str) -> list[str]:
    """The files `html` shows pictures from, by their names relative to the source folder
    (not `data:` pictures, nor addresses, which the read stage refused)."""
    from urllib.parse import unquote

    return sorted({unquote(name) for name in re.findall(r'src="([^":#?]+)"', html)})


def picture_hashes(html: str, source: Path) -> list[list]:
    """The hash of each picture file `html` shows, by its name under `source`: what shows
    them is out of date when one changes under the same name (the PDF, the web page, the
    DAISY book and the EPUB all key on it)."""
    return [[name, file_sha256(source / name)] for name in local_pictures(html)]


def file_stamp(path: Path) -> list[int] | None:
    """Size and modification time of `path`, or None when it is missing."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def still_valid(entry: dict | None, key: str, path: Path) -> bool:
    """True when a previous build made `path` from the same inputs and it is intact.

    A file with the size and modification time recorded when it was written is trusted
    without being read again, as make and git do, so a no-op build of a long handout does
    not hash hundreds of megabytes; any other file is hashed and compared.
    """
    if not entry or entry.get("key") != key:
        return False
    stamp = file_stamp(path)
    if stamp is None:
        return False
    return entry.get("stamp") == stamp or entry.get("sha256") == file_sha256(path)


def output_entry(path: Path, key: str, **details: object) -> dict:
    """The manifest's record of an output just written (or confirmed) at `path`."""
    return {"file": path.name, "key": key, "sha256": file_sha256(path),
            "stamp": file_stamp(path), **details}


def write_if_changed(path: Path, text: str) -> None:
    """Write `text` to `path` atomically, unless it already holds exactly that."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if path.read_text("utf-8") == text:
            return
    write_atomic(path, text)


def read_manifest(layout: Layout) -> dict:
    try:
        return json.loads(layout.manifest.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def write_manifest(layout: Layout, manifest: dict) -> dict:
    write_atomic(layout.manifest, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest


@dataclass(frozen=True)
class Store:
    """A folder of cached files named by key (a hash of everything that made them), each
    with a sidecar `.json` holding its SHA-256 and facts about it. Written atomically, so
    concurrent builds and a build killed at any moment leave whole entries or none; a file
    that does not match its hash counts as missing (and is made again), never used."""

    folder: Path

    def sidecar(self, name: str) -> dict | None:
        try:
            meta = json.loads((self.folder / f"{name}.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) and "sha256" in meta else None

    def has(self, name: str) -> bool:
        meta = self.sidecar(name)
        return meta is not None and meta["sha256"] == file_sha256(self.folder / name)

    def whole(self, name: str) -> Path | None:
        """The file's path, for a reader that opens it itself, or None if missing or damaged."""
        meta = self.sidecar(name)
        found = file_sha256(self.folder / name)
        if meta is None or found is None:
            return None
        if found != meta["sha256"]:
            log.warning("cached %s is damaged: making it again", name)
            return None
        return self.folder / name

    def read(self, name: str) -> tuple[bytes, dict] | None:
        """The file's bytes and its sidecar, or None if missing or damaged. A file with no
        sidecar yet is missing, not damaged: it may be one another thread of this build is
        writing (two pieces of a section with the same samples, encoded side by side)."""
        meta = self.sidecar(name)
        if meta is None:
            return None
        try:
            data = (self.folder / name).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != meta["sha256"]:
            log.warning("cached %s is damaged: making it again", name)
            return None
        return data, meta

    def write(self, name: str, data: bytes, **facts: object) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / name, data)
        write_atomic(self.folder / f"{name}.json", json.dumps(
            {"sha256": hashlib.sha256(data).hexdigest(), **facts}))
