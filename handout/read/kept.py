"""Reading stage, kept documents: a handout is parsed again only when what it is read from
changes.

Reading was most of a build with nothing to do: importing Python-Markdown and its extensions,
compiling their patterns and parsing. A `Document` depends only on the handout file's bytes,
the settings, the files beside it that reading looked at (`sources.consulted`: the pictures
it shows) and the code that read it. `DocumentCache` keeps each parsed document, pickled (as
Sphinx keeps its parsed doctrees), under a `document_key` made of the file's bytes, the
settings and the code, with the size and modification time of each file consulted and the
warnings that reading it logged. `read_document` takes a kept document when every file it
consulted is as it was, there or missing, and logs its warnings again, so a no-op build
tells the author what the first one did; anything else parses the handout again. What
the language identifier said of each part of a handout is kept too (`LanguageAnswers`), so
that parsing an edited handout asks it only of the edited part.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import pickle
import threading
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator

from handout.config import Settings
from handout.language import KNOWN_LANGUAGES
from handout.outputs import Store, code_identity, digest, file_stamp
from handout.read.document import Document, parse_document
from handout.read.sources import noting_consulted, read_source

log = logging.getLogger("handout.diagnostics")

READERS = ("Markdown", "pymdown-extensions", "tinyhtml5", "PyYAML", "mammoth", "Pillow",
           "Babel", "emoji", "num2words", "py3langid", "phonenumbers")
"""The libraries whose versions shape a parsed handout or the warnings kept with it
(`outputs.code_identity`): py3langid tells which language its words are in, and
phonenumbers how a telephone link's number is grouped."""


def document_key(path: Path, settings: Settings) -> str | None:
    """The handout at `path` as `settings` read it, by the code reading it now; None when
    the file cannot be read (parsing it says why)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # How a build runs (where to, how quietly, on how many workers) does not change a page.
    shaping = dataclasses.replace(settings, out=Path(), quiet=False, strict=False, jobs=0,
                                  scheduler="")
    return digest("document", code_identity(*READERS), repr(shaping), str(path),
                  hashlib.sha256(data).hexdigest())


class DocumentCache(Store):
    """Parsed handouts, pickled, each with the files it consulted and its warnings."""

    def __init__(self, cache: Path):
        super().__init__(cache / "documents")

    def load(self, key: str) -> Document | None:
        """The document kept under `key`, if every file it consulted is as it was, with its
        warnings logged again; or None."""
        found = self.read(f"{key}.pickle")
        if found is None:
            return None
        data, meta = found
        if any(file_stamp(Path(path)) != stamp for path, stamp in meta.get("consulted", [])):
            return None
        try:
            document = pickle.loads(data)  # noqa: S301 (written by this build's own code)
        except (pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return None
        for level, message in meta.get("logged", []):
            log.log(level, "%s", message)
        return document if isinstance(document, Document) else None

    def store(self, key: str, document: Document, consulted: dict[Path, list[int] | None],
              logged: list[logging.LogRecord]) -> None:
        # A cache that cannot be written (a read-only folder) only means parsing again.
        with contextlib.suppress(OSError):
            self.write(f"{key}.pickle", pickle.dumps(document, pickle.HIGHEST_PROTOCOL),
                       consulted=[[str(path), stamp] for path, stamp in consulted.items()],
                       logged=[[record.levelno, record.getMessage()] for record in logged])


def read_document(path: Path, settings: Settings) -> Document:
    """The handout at `path`, as kept by an earlier build if nothing it is read from has
    changed since; else parsed (raising `HandoutError` if it cannot be published) and kept."""
    cache = DocumentCache(settings.out / ".cache")
    key = document_key(path, settings)
    kept = cache.load(key) if key is not None else None
    if kept is not None:
        return kept
    answers = LanguageAnswers(settings.out / ".cache")
    known = (answers.load(path), {})
    with noting_consulted() as consulted, logged_here() as logged, \
            knowing(KNOWN_LANGUAGES, known):
        document = parse_document(read_source(path), settings)
    if key is not None and document_key(path, settings) == key:  # not edited meanwhile
        cache.store(key, document, consulted, logged)
        if known[1].keys() - known[0].keys():
            answers.store(path, {**known[0], **known[1]})
    return document


KEPT_ANSWERS = 500
"""How many of the identifier's answers are kept for one handout: a few edits' worth of a
long one's parts."""


class LanguageAnswers(Store):
    """What the language identifier said of each part of a handout when it was last read
    (`language.KNOWN_LANGUAGES`), one JSON file for each handout, by the identifier's
    version: an edited handout's unedited parts are not asked again."""

    def __init__(self, cache: Path):
        super().__init__(cache / "languages")

    @staticmethod
    def name(path: Path) -> str:
        from importlib.metadata import version

        return f"{digest('languages', version('py3langid'), str(path))}.json"

    def load(self, path: Path) -> dict[str, list]:
        found = self.read(self.name(path))
        with contextlib.suppress(ValueError):
            answers = json.loads(found[0]) if found else {}
            if isinstance(answers, dict):
                return answers
        return {}

    def store(self, path: Path, answers: dict[str, list]) -> None:
        """Keep `answers`, the newest `KEPT_ANSWERS` of them (the last): those of a version
        of the handout an edit goes back to are kept, as its document may be, unparsed."""
        newest = dict(list(answers.items())[-KEPT_ANSWERS:])
        with contextlib.suppress(OSError):  # a read-only cache only means asking again
            self.write(self.name(path), json.dumps(newest).encode())


@contextlib.contextmanager
def knowing(variable: ContextVar, value: object) -> Iterator[None]:
    """`variable` set to `value` while the context is open."""
    token = variable.set(value)
    try:
        yield
    finally:
        variable.reset(token)


@contextlib.contextmanager
def logged_here() -> Iterator[list[logging.LogRecord]]:
    """What this thread logs to the build's diagnostics while the context is open (and is
    shown as ever)."""
    records: list[logging.LogRecord] = []
    handler = _Collector(records, threading.get_ident())
    log.addHandler(handler)
    try:
        yield records
    finally:
        log.removeHandler(handler)


class _Collector(logging.Handler):
    def __init__(self, records: list[logging.LogRecord], thread: int):
        super().__init__()
        self.records, self.thread = records, thread

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record)
