"""Progress: a tqdm bar on a terminal, one log line a step elsewhere, nothing when quiet."""

from __future__ import annotations

import io
import logging

import pytest

from handout.progress import pdf_progress, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Lines:
    """The progress log's messages so far (the project's logger only), read when compared."""

    def __init__(self, caplog) -> None:
        self.caplog = caplog

    @property
    def messages(self) -> list[str]:
        return [r.getMessage() for r in self.caplog.records if r.name == "handout.progress"]

    def __iter__(self):
        return iter(self.messages)

    def __getitem__(self, index):
        return self.messages[index]

    def __eq__(self, other) -> bool:
        return self.messages == other


@pytest.fixture
def lines(caplog, monkeypatch) -> Lines:
    # The command layer stops this logger propagating; caplog listens at the root.
    monkeypatch.setattr(logging.getLogger("handout.progress"), "propagate", True)
    caplog.set_level(logging.INFO, logger="handout.progress")
    return Lines(caplog)


def test_plain_lines_when_not_a_terminal(lines):
    stream = io.StringIO()
    with progress(3, "narrating", stream=stream) as advance:
        for _ in range(3):
            advance()
    assert [line.split(" (")[0] for line in lines] == [
        "narrating: 1 of 3 sections", "narrating: 2 of 3 sections",
        "narrating: 3 of 3 sections"]
    assert "about 0 s left" in lines[-1]
    assert stream.getvalue() == ""


def test_many_steps_give_about_ten_lines(lines):
    with progress(32, "narrating", unit="utterance", stream=io.StringIO()) as advance:
        for _ in range(32):
            advance()
    assert [line.split(" (")[0] for line in lines] == [
        f"narrating: {n} of 32 utterances" for n in (4, 8, 12, 16, 20, 24, 28, 32)]


def test_a_bar_on_a_terminal(lines):
    stream = Terminal()
    with progress(4, "narrating", stream=stream) as advance:
        for _ in range(4):
            advance()
    assert "narrating" in stream.getvalue()
    assert "4/4" in stream.getvalue()
    assert lines == []


@pytest.mark.parametrize("stream", [io.StringIO(), Terminal()])
def test_quiet_shows_nothing(lines, stream):
    with progress(2, "narrating", quiet=True, stream=stream) as advance:
        advance()
        advance()
    with pdf_progress("handout: PDF", quiet=True, stream=stream):
        logging.getLogger("weasyprint.progress").info("Step 1 - Fetching and parsing HTML")
    assert lines == []
    assert stream.getvalue() == ""


WEASYPRINT_STEPS = ["Step 1 - Fetching and parsing HTML - HTML string",
                    "Step 2 - Fetching and parsing CSS - CSS string",
                    "Step 3 - Applying CSS", "Step 4 - Creating formatting structure",
                    "Step 5 - Creating layout - Page 1", "Step 5 - Creating layout - Page 2",
                    "Step 6 - Creating PDF", "Step 7 - Adding PDF metadata"]


def test_pdf_steps_as_plain_lines(lines):
    source = logging.getLogger("weasyprint.progress")
    level, handlers = source.level, list(source.handlers)
    with pdf_progress("leaflet: PDF", stream=io.StringIO()):
        for message in WEASYPRINT_STEPS:
            source.info(message)
    steps = [line.split(" (")[0] for line in lines]
    assert steps == ["leaflet: PDF: step 1 of 7, fetching and parsing html",
                     "leaflet: PDF: step 2 of 7, fetching and parsing css",
                     "leaflet: PDF: step 3 of 7, applying css",
                     "leaflet: PDF: step 4 of 7, creating formatting structure",
                     "leaflet: PDF: step 5 of 7, creating layout",
                     "leaflet: PDF: step 6 of 7, creating pdf",
                     "leaflet: PDF: step 7 of 7, adding pdf metadata"]
    # The logger is left as it was found.
    assert source.level == level and source.handlers == handlers


def test_a_long_layout_says_the_page_it_has_reached_every_ten_seconds(lines, monkeypatch):
    """A 5,000-row table took over three minutes on step 5 with no line in the log."""
    now = [0.0]
    monkeypatch.setattr("handout.progress.time.monotonic", lambda: now[0])
    source = logging.getLogger("weasyprint.progress")
    with pdf_progress("leaflet: PDF", stream=io.StringIO()):
        for page, seconds in enumerate([0, 4, 11, 15, 22], start=1):
            now[0] = seconds
            source.info("Step 5 - Creating layout - Page %d", page)
    assert list(lines) == [
        "leaflet: PDF: step 5 of 7, creating layout (0 s elapsed)",
        "leaflet: PDF: step 5 of 7, creating layout, page 3 (11 s elapsed)",
        "leaflet: PDF: step 5 of 7, creating layout, page 5 (22 s elapsed)"]


def test_pdf_steps_as_a_bar_with_the_page_reached(lines):
    stream = Terminal()
    with pdf_progress("leaflet: PDF", stream=stream):
        for message in WEASYPRINT_STEPS[:6]:
            logging.getLogger("weasyprint.progress").info(message)
        assert "page 2" in stream.getvalue()
    assert "7/7" in stream.getvalue()
    assert lines == []
