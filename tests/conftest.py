"""Shared test helpers: throwaway source trees in a temporary folder, built with the fake
engine unless a test asks for real Piper."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from handout.config import Settings
from handout.audio.engines import FakeEngine, kokoro

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def write_handouts(folder: Path, handouts: dict[str, str]) -> Path:
    """Write `{name: markdown}` into `folder` (dedented) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in handouts.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return folder


needs_kokoro = pytest.mark.skipif(
    sys.version_info >= (3, 14) and not kokoro.installed(),
    reason="Kokoro is not installed: kokoro-onnx says it does not run on Python 3.14, so pip "
           "left it out (README, 'Speech engines and voices'); on older Pythons it must be here")
"""For a test of Kokoro itself: skipped only where pip cannot install it by itself."""


def said_and_printed(settings: Settings, markdown: str) -> tuple[list[str], str]:
    """The utterances and the printed words of a one-file handout `markdown`."""
    from handout.read.document import load_documents, parse_html
    from handout.read.script import text_of

    write_handouts(settings.source, {"page.md": markdown})
    [document] = load_documents(settings)
    return ([u.text for s in document.sections for u in s.script],
            " ".join(text_of(parse_html(s.html)) for s in document.sections))


def require(condition: bool, what: str) -> None:
    """Skip a test whose outside tool (a browser, a validator) is not installed, unless the
    run must prove it (`HANDOUT_REQUIRE_TOOLS` set, as `.ci/run` does once it has installed
    them all). Not the common `CI` variable: CI services set that for every run, including the
    README's test command, where the outside tools are rightly absent."""
    if condition:
        return
    if os.environ.get("HANDOUT_REQUIRE_TOOLS"):
        pytest.fail(f"{what} is missing: .ci/run must install it")
    pytest.skip(f"{what} is not installed here")


def font_installed(path: str) -> bool:
    """Whether the layout can use the font file `path`: whether fontconfig, which Pango asks,
    lists it. A file on disk that fontconfig is told to leave out is not installed for the
    build, as `.ci/run`'s first pass leaves out the Noto fonts to be a fresh Debian."""
    return path in _fontconfig_files()


@functools.cache
def _fontconfig_files() -> frozenset[str]:
    try:
        listed = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True,
                                text=True, check=True).stdout
    except FileNotFoundError:  # Debian's fontconfig, which has fc-list, is not installed
        return frozenset(str(path) for path in Path("/usr/share/fonts").rglob("*.tt[fc]"))
    return frozenset(listed.splitlines())


@pytest.fixture(autouse=True, scope="session")
def _voice_files(tmp_path_factory):
    """The machine's folder of voice files (`voice.voice_files`) is one of the run's own,
    for the test processes and the builds they start: no test writes into the home folder,
    and a voice's graph is seeded once in a run, as on a user's machine."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a project in `tmp_path`: fake engine, one job, quiet, real templates."""
    return Settings(source=tmp_path / "source", out=tmp_path / "build",
                    templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture(autouse=True)
def _detach_cli_logging():
    """`cli.configure_logging` binds handlers to the stderr of the test that called it;
    detach them afterwards so later tests never log into a closed capture stream."""
    import logging

    yield
    for name in ("handout.diagnostics", "handout.progress", "weasyprint"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
        logger.setLevel(logging.NOTSET)
