"""Progress reporting for long work: a bar on a terminal, plain log lines elsewhere.

Narrating a long handout takes minutes; the author should see it move. On a terminal a
tqdm bar shows sections done of total, elapsed time and an estimate; when output is not a
terminal (CI, a log file) each step is one line on the `handout.progress` logger instead.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from typing import Callable, Iterator

log = logging.getLogger("handout.progress")


@contextlib.contextmanager
def progress(total: int, what: str, quiet: bool = False) -> Iterator[Callable[[], None]]:
    """Yield a function to call once per finished step of `total`."""
    if quiet:
        yield lambda: None
        return
    if sys.stderr.isatty():
        from tqdm import tqdm

        with tqdm(total=total, desc=what, unit="section", file=sys.stderr) as bar:
            yield lambda: bar.update(1)
        return
    started = time.monotonic()
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        elapsed = time.monotonic() - started
        remaining = elapsed / done * (total - done)
        log.info("%s: %d of %d sections (%.0f s elapsed, about %.0f s left)",
                 what, done, total, elapsed, remaining)

    yield advance
