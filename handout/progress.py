"""Progress reporting for long work: a bar on a terminal, plain log lines elsewhere.

Narrating a long handout takes minutes and laying out a long PDF tens of seconds; the
author should see both move. On a terminal a tqdm bar shows steps done of total, elapsed
time and an estimate; when output is not a terminal (CI, a log file) each step is one line
on the `handout.progress` logger instead. `quiet` silences both. `progress` counts steps
the caller finishes (sections narrated or encoded); `pdf_progress` follows the steps
WeasyPrint reports on its own `weasyprint.progress` logger while it lays out a PDF.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import time
from typing import Callable, Iterator, TextIO

log = logging.getLogger("handout.progress")

PDF_STEPS = 7
"""WeasyPrint 62+ reports seven numbered steps, from parsing the HTML to PDF metadata."""

QUIET_SECONDS = 10
"""The longest a long layout goes without a line in a log: then the page it has reached is
said. A 5,000-row table took over three minutes on step 5 with nothing shown, which looks
like a build that has stopped."""

_STEP = re.compile(r"Step (\d+) - ([^-(]*[^-( ])(?:.*? - Page (\d+))?")


def _terminal(stream: TextIO) -> bool:
    return hasattr(stream, "isatty") and stream.isatty()


@contextlib.contextmanager
def progress(total: int, what: str, quiet: bool = False, unit: str = "section",
             stream: TextIO | None = None) -> Iterator[Callable[[], None]]:
    """Yield a function to call once per finished step of `total`."""
    stream = stream or sys.stderr
    if quiet or total <= 0:
        yield lambda: None
        return
    if _terminal(stream):
        from tqdm import tqdm

        with tqdm(total=total, desc=what, unit=unit, file=stream) as bar:
            yield lambda: bar.update(1)
        return
    started = time.monotonic()
    done = 0
    every = -(-total // 10)  # about ten lines, however many steps: a log, not a flood

    def advance() -> None:
        nonlocal done
        done += 1
        if done % every and done != total:
            return
        elapsed = time.monotonic() - started
        remaining = elapsed / done * (total - done)
        log.info("%s: %d of %d %ss (%.0f s elapsed, about %.0f s left)",
                 what, done, total, unit, elapsed, remaining)

    yield advance


class _StepHandler(logging.Handler):
    """Turns WeasyPrint's "Step N - ..." records into calls of `show(step, name, page)`."""

    def __init__(self, show: Callable[[int, str, int | None], None]) -> None:
        super().__init__(logging.INFO)
        self.show = show

    def emit(self, record: logging.LogRecord) -> None:
        match = _STEP.match(record.getMessage())
        if match:
            page = int(match[3]) if match[3] else None
            self.show(int(match[1]), match[2], page)


@contextlib.contextmanager
def pdf_progress(what: str, quiet: bool = False,
                 stream: TextIO | None = None) -> Iterator[None]:
    """Show WeasyPrint's layout steps (and the page it has reached) while the block runs."""
    stream = stream or sys.stderr
    if quiet:
        yield
        return
    source = logging.getLogger("weasyprint.progress")
    started = time.monotonic()
    last = [0]
    said = [started]
    bar = None
    if _terminal(stream):
        from tqdm import tqdm

        bar = tqdm(total=PDF_STEPS, desc=what, unit="step", file=stream)

    def show(step: int, name: str, page: int | None) -> None:
        step = min(step, PDF_STEPS)
        if bar is not None:
            bar.update(step - bar.n)
            bar.set_postfix_str(f"page {page}" if page else name.lower(), refresh=True)
        elif step > last[0] or page and time.monotonic() - said[0] >= QUIET_SECONDS:
            reached = name.lower() if step > last[0] else f"{name.lower()}, page {page}"
            log.info("%s: step %d of %d, %s (%.0f s elapsed)", what, step, PDF_STEPS,
                     reached, time.monotonic() - started)
            said[0] = time.monotonic()
        last[0] = max(last[0], step)

    handler = _StepHandler(show)
    level, propagate = source.level, source.propagate
    source.addHandler(handler)
    source.setLevel(logging.INFO)
    source.propagate = False
    try:
        yield
    finally:
        source.removeHandler(handler)
        source.setLevel(level)
        source.propagate = propagate
        if bar is not None:
            bar.update(PDF_STEPS - bar.n)
            bar.close()
