"""Command layer: what the invoke tasks call, in terms an author understands.

Each function here takes the task's options as given on the command line, loads the
settings from `pyproject.toml`, applies the options over them, and calls one stage. `run`
sets up logging (progress and diagnostics on separate loggers) and turns a `HandoutError`
into one `file:line: message` line per problem on stderr and exit status 1, with no
traceback unless `--debug`. With `--strict`, any warning fails the command.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import logging
import shutil
import sys
from pathlib import Path
from typing import Callable, Sequence

from handout.config import Settings, load_settings
from handout.errors import HandoutError, NotAllBuilt


LOG_FILE = "build.log"
"""Everything the last build said, WeasyPrint's own warnings included, under `build/`."""


class _Counter(logging.Handler):
    """Counts what `--strict` turns into a failure: the project's warnings and WeasyPrint's
    errors (its warnings are about the renderer, not the handout)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("weasyprint") and record.levelno < logging.ERROR:
            return
        self.count += 1


def configure_logging(quiet: bool = False, debug: bool = False,
                      log_file: Path | None = None) -> _Counter:
    """Diagnostics as `warning: ...` lines, progress as plain lines, both on stderr.

    WeasyPrint's own warnings (a font subset with fontTools, say) are about the renderer,
    not about anything an author can fix, so they go only to `log_file` (with every other
    line), and to the screen with `--debug`; its errors are shown and counted.
    """
    counter = _Counter()
    diagnostics = logging.getLogger("handout.diagnostics")
    progress = logging.getLogger("handout.progress")
    weasyprint = logging.getLogger("weasyprint")
    to_file = None
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.FileHandler(log_file, mode="w", encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(name)s: %(levelname)s: %(message)s"))
    for logger, fmt, level, shown in (
            (diagnostics, "%(levelname)s: %(message)s", logging.INFO, logging.INFO),
            (progress, "%(message)s", logging.INFO, logging.WARNING if quiet else logging.INFO),
            (weasyprint, "WeasyPrint: %(levelname)s: %(message)s", logging.WARNING,
             logging.WARNING if debug else logging.ERROR)):
        logger.handlers.clear()
        screen = logging.StreamHandler(sys.stderr)
        screen.setFormatter(logging.Formatter(fmt))
        screen.setLevel(shown)
        logger.addHandler(screen)
        if to_file is not None:
            logger.addHandler(to_file)
        logger.setLevel(level)
        logger.propagate = False
    diagnostics.addHandler(counter)
    weasyprint.addHandler(counter)
    return counter


def run(action: Callable[[], object], debug: bool = False) -> object:
    """Run `action`, reporting user errors in one line each; exit 1 on failure.

    The command's process ends when this returns (or runs the next task invoke was given,
    whose own objects are collected as usual). Python's last garbage collections, as it
    exits, would walk every object that SciPy, onnxruntime and the rest have made: an
    edited sentence's build took 0.17 s to exit, and takes 0.05 s with those objects
    frozen out of them (`gc.freeze`). What has to be closed is closed by then, by the code
    that opened it or by the exit handlers (the log file's among them), which run as before.
    """
    try:
        result = action()
    except HandoutError as error:
        if debug:
            raise
        for problem in error.problems:
            print(f"error: {problem}" if problem.file is None else str(problem),
                  file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrupted: the previous outputs are unchanged", file=sys.stderr)
        sys.exit(130)
    gc.freeze()
    return result


UNWRITABLE = {
    errno.EACCES: "the folder is read-only or belongs to someone else: make it writable, or "
                  "build into another folder with --out",
    errno.EROFS: "the disk is read-only: build into another folder with --out",
    errno.ENOSPC: "the disk is full: make room and build again",
    errno.EDQUOT: "the disk is full: make room and build again",
    errno.EEXIST: "a file is where a folder is needed: move the file, or build into another "
                  "folder with --out",
    errno.ENOTDIR: "a file is where a folder is needed: move the file, or build into another "
                   "folder with --out",
}
"""What the author can do about each way writing the outputs fails (`unwritable`)."""
UNWRITABLE[errno.EPERM] = UNWRITABLE[errno.EACCES]


def unwritable(error: OSError, out: Path) -> HandoutError | None:
    """`file: cannot write here (why): what to do`, for a file or folder under `out` that
    could not be written for a reason the author can mend (a read-only `build/`, a full
    disk), or None: a read-only build folder ended the build in a traceback of
    PermissionError."""
    if error.errno not in UNWRITABLE or not error.filename:
        return None
    name = Path(error.filename).absolute()
    if name != out.absolute() and out.absolute() not in name.parents:
        return None
    with contextlib.suppress(ValueError):
        name = name.relative_to(Path.cwd())
    return HandoutError(f"cannot write here ({error.strerror}): {UNWRITABLE[error.errno]}",
                        name)


def settings_for(source: str | None, out: str | None, **options) -> Settings:
    return load_settings(Path(".")).replace(
        source=Path(source) if source else None, out=Path(out) if out else None, **options)


def build(source: str | None = None, out: str | None = None, *, engine: str | None = None,
          voice: str | None = None, edition: str | None = None, jobs: str | int | None = None,
          strict: bool = False, quiet: bool = False,
          editions: Sequence[str] | str | None = None, base_url: str | None = None,
          scheduler: str | None = None, debug: bool = False) -> None:
    from handout.build import EDITIONS, build as build_all, output_lock
    from handout.read.sources import find_sources

    editions = parse_editions(editions) if editions is not None else EDITIONS
    settings = settings_for(source, out, engine=engine, voice=voice, edition=edition,
                            jobs=int(jobs) if jobs is not None else None,
                            strict=strict or None, quiet=quiet or None, base_url=base_url,
                            scheduler=scheduler)
    # Before the log is opened: typed in the wrong folder, a build makes no build/ there.
    # Its warnings wait for the build's own look, once the log can take them.
    find_sources(settings.source, warn=False)
    # The log is opened once the folder is ours: a second build, refused, emptied the log
    # of the one running.
    try:
        with output_lock(settings.out):
            counter = configure_logging(quiet, debug, settings.out / LOG_FILE)
            try:
                manifests = build_all(settings, editions)
            except NotAllBuilt as partly:
                report_built(partly.manifests, settings)
                raise
    except OSError as error:
        problem = None if debug else unwritable(error, settings.out)
        if problem is None:
            raise
        raise problem from None
    if settings.strict and counter.count:
        raise HandoutError(f"{counter.count} warning(s) with --strict: fix them and build again")
    report_built(manifests, settings)


def report_built(manifests: Sequence[dict], settings: Settings) -> None:
    """One progress line per handout built: where, how many pages, sections and minutes."""
    for manifest in manifests:
        parts = [f"built {settings.out / manifest['handout']}"]
        if "pdf" in manifest:
            parts.append(f"{manifest['pdf']['pages']} pages")
        if "audio" in manifest:
            sections = manifest["audio"]["sections"]
            minutes = sum(s["duration"] for s in sections) / 60
            parts.append(f"{len(sections)} MP3 sections, {minutes:.1f} minutes")
        logging.getLogger("handout.progress").info(", ".join(parts))


def parse_editions(editions: Sequence[str] | str) -> tuple[str, ...]:
    """`pdf,audio,web` (or a sequence) as editions in build order; unknown names are errors."""
    from handout.build import EDITIONS

    names = [e.strip() for e in (editions.split(",") if isinstance(editions, str) else editions)
             if e.strip()]
    unknown = [e for e in names if e not in EDITIONS]
    if unknown or not names:
        raise HandoutError(f"unknown edition {', '.join(unknown) or '(none)'}: choose from "
                           f"{','.join(EDITIONS)}")
    return tuple(e for e in EDITIONS if e in names)


def check(source: str | None = None, out: str | None = None, *, strict: bool = False,
          listen: bool = False) -> None:
    from handout.check.project import check_project

    counter = configure_logging()
    settings = settings_for(source, out, strict=strict or None)
    findings = check_project(settings, listen=listen)
    for finding in findings:
        print(finding, file=sys.stderr)
    # With --strict, the warnings the build says, shown above as it says them, fail the check
    # as they fail the build: an NHS toolbox's list of resources, removed with nothing in its
    # place, passed `check --strict`.
    said = counter.count if settings.strict else 0
    failures = [f for f in findings if f.fails(settings.strict)]
    if failures or said:
        raise HandoutError(f"{len(failures) + said} problem(s) found by the check")
    print(f"check passed: {len(findings)} note(s)", file=sys.stderr)


def clean(out: str | None = None) -> None:
    target = Path(out) if out else load_settings(Path(".")).out
    if target.resolve() in (Path.cwd().resolve(), Path.home().resolve()) or not target.exists():
        return
    shutil.rmtree(target)


def voices() -> None:
    from handout.audio.engines import voice_catalogue

    settings = load_settings(Path("."))
    print("Engines: the handout's language chooses (piper for English; kokoro for Spanish, "
          "French, Italian and Portuguese; espeak-ng for other languages), all offline; "
          "gtts (Google's voice) needs internet")
    for line in voice_catalogue(settings.voices):
        print(line)


def bench(out: str | None = None, *, quick: bool = False) -> None:
    from handout.bench import run_bench

    configure_logging()
    settings = load_settings(Path("."))
    target = Path(out) if out else settings.out
    samples = sorted(settings.source.glob("*.md"))
    if not samples and not quick:
        raise HandoutError("the benchmark times the sample handout: put one in the source "
                           "folder", settings.source)
    report = run_bench(target, samples[0] if samples else Path(), quick=quick)
    print((target / "bench.md").read_text("utf-8"), file=sys.stderr)
    missed = [c["target"] for c in report["targets"] if not c["met"]]
    print(f"benchmark written to {target / 'bench.md'}; targets missed: {len(missed)}",
          file=sys.stderr)
