"""Print stage: the large-print PDF (`build`, `render`, `fetcher`), and WeasyPrint loaded
quickly (`import_weasyprint`) and tidied after (`font_configuration`)."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from types import ModuleType
from typing import Iterator


def import_weasyprint() -> ModuleType:
    """WeasyPrint, imported with its C libraries looked up in the loader's cache once.

    WeasyPrint opens each library (GObject, Pango, HarfBuzz, ...) by trying the names it
    has on each platform in turn, and cffi asks `ctypes.util.find_library` for each name
    that does not open as it is; on Linux every name it does not find there costs
    `ldconfig`, `gcc` and `ld` runs. Sixteen of WeasyPrint 70's 22 names are not found, so
    importing it ran 86 processes and took 0.24 s of its 0.8 s, in every PDF layout. Here
    each name is looked up in one reading of `ldconfig -p` (`_loader_cache`), as
    `find_library` first does; a name not there is not found, and WeasyPrint goes on to
    the next, which names the file as the loader knows it (`libgobject-2.0.so.0`) and is
    opened as it is, `LD_LIBRARY_PATH` and all.
    """
    if "weasyprint" in sys.modules:
        return sys.modules["weasyprint"]
    with _libraries_from_loader_cache():
        import weasyprint
    return weasyprint


@contextlib.contextmanager
def font_configuration() -> Iterator:
    """A WeasyPrint font configuration for one layout, its copies of the fonts removed after.

    WeasyPrint copies each `@font-face` font into a `weasyprint-*` folder of the system's
    temporary folder and removes the folder only in the configuration's `__del__`, which
    Python does not promise to run before a process ends (WeasyPrint's issue 2090): every
    build left 400 kB of Atkinson Hyperlegible in /tmp, and a catalogue's builds filled it.
    """
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    try:
        yield fonts
    finally:
        fonts.__del__()  # WeasyPrint's own clean-up, called now rather than perhaps never


@contextlib.contextmanager
def _libraries_from_loader_cache() -> Iterator[None]:
    import ctypes.util

    if not sys.platform.startswith("linux"):  # find_library runs no process elsewhere
        yield
        return
    real = ctypes.util.find_library
    ctypes.util.find_library = _find_in_loader_cache
    try:
        yield
    finally:
        ctypes.util.find_library = real


def _find_in_loader_cache(name: str) -> str | None:
    """What `ctypes.util.find_library(name)` finds in the loader's cache, the same file
    name for the same listing (its pattern and its ABI label), or None."""
    import struct

    machine = f"{os.uname().machine}-{struct.calcsize('l') * 8}"
    abi = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
           "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}.get(machine, "libc6")
    found = re.search(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({re.escape(abi)}",
                      _loader_cache())
    return found.group(1) if found else None


@functools.cache
def _loader_cache() -> str:
    """`ldconfig -p`: every library the loader knows, with its ABI and path."""
    import subprocess

    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                              env={"LC_ALL": "C", "LANG": "C"}, check=False).stdout
    except OSError:
        return ""
