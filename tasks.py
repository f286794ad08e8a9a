"""Tasks for authors: `invoke --list` shows them. Each parses its options, makes one call
into the `handout` package, and turns a `HandoutError` into one clear line and exit 1."""

from __future__ import annotations

from invoke import Exit, task


def _run(action, debug: bool = False):
    """Call `action`; report user errors as `file:line: message` without a traceback."""
    from handout.cli import run

    try:
        return run(action, debug=debug)
    except SystemExit as stop:
        raise Exit(code=int(stop.code or 0)) from None


@task(help={"source": "folder of Markdown handouts (default: source/)",
            "out": "folder for the outputs (default: build/)",
            "engine": "speech engine: auto (default), piper, kokoro, espeak or gtts",
            "voice": "voice name or .onnx path", "edition": "print edition: large or giant",
            "jobs": "utterances narrated at once (default: one per core)",
            "strict": "treat warnings as errors", "quiet": "no progress output",
            "editions": "comma-separated: pdf,audio,web,daisy,epub,feed (default: all)",
            "base-url": "address where build/ will be served, for the podcast feed",
            "scheduler": "Dask scheduler to narrate on, such as tcp://host:8786",
            "debug": "show tracebacks"})
def build(c, source=None, out=None, engine=None, voice=None, edition=None, jobs=None,
          strict=False, quiet=False, editions=None, base_url=None, scheduler=None,
          debug=False):
    """Build every handout: PDF, MP3s, web page, DAISY book, EPUB and podcast feed."""
    from handout import cli

    _run(lambda: cli.build(source, out, engine=engine, voice=voice, edition=edition,
                           jobs=jobs, strict=strict, quiet=quiet, editions=editions,
                           base_url=base_url, scheduler=scheduler, debug=debug), debug)


@task(help={"source": "folder of Markdown handouts", "out": "folder for the outputs",
            "edition": "print edition: large or giant", "debug": "show tracebacks"})
def pdf(c, source=None, out=None, edition=None, strict=False, debug=False):
    """Build only the large-print PDFs."""
    from handout import cli

    _run(lambda: cli.build(source, out, edition=edition, strict=strict, editions=("pdf",),
                           debug=debug), debug)


@task(help={"source": "folder of Markdown handouts", "out": "folder for the outputs",
            "engine": "speech engine: auto (default), piper, kokoro, espeak or gtts",
            "voice": "voice name or .onnx path",
            "jobs": "utterances narrated at once (default: one per core)",
            "scheduler": "Dask scheduler to narrate on",
            "debug": "show tracebacks"})
def audio(c, source=None, out=None, engine=None, voice=None, jobs=None, strict=False,
          quiet=False, scheduler=None, debug=False):
    """Build only the narrated MP3s, transcripts and playlists."""
    from handout import cli

    _run(lambda: cli.build(source, out, engine=engine, voice=voice, jobs=jobs, strict=strict,
                           quiet=quiet, editions=("audio",), scheduler=scheduler, debug=debug),
         debug)


@task(help={"source": "folder of Markdown handouts", "out": "folder of built outputs",
            "strict": "treat warnings as errors", "debug": "show tracebacks",
            "listen": "also hear every MP3 with a speech recogniser (needs .[listen])"})
def check(c, source=None, out=None, strict=False, listen=False, debug=False):
    """Lint the source and verify the built files; --listen also hears every MP3."""
    from handout import cli

    _run(lambda: cli.check(source, out, strict=strict, listen=listen), debug)


@task(help={"out": "folder of built outputs (default: build/)"})
def clean(c, out=None):
    """Delete everything generated (the build folder)."""
    from handout import cli

    _run(lambda: cli.clean(out))


@task(help={"k": "only tests matching this expression",
            "marker": "only tests with this marker expression, such as 'browser or validators'"})
def test(c, k=None, marker=None):
    """Run the test suite."""
    import shlex
    import sys

    selection = f" -k {shlex.quote(k)}" if k else ""
    selection += f" -m {shlex.quote(marker)}" if marker else ""
    c.run(f"{shlex.quote(sys.executable)} -m pytest{selection}", pty=False)


@task
def voices(c):
    """List the speech engines and voices installed here, with licences."""
    from handout import cli

    _run(cli.voices)


@task(help={"out": "folder for bench.md and bench.json (default: build/)",
            "quick": "tiny handouts and the fake engine: checks the benchmark runs",
            "debug": "show tracebacks"})
def bench(c, out=None, quick=False, debug=False):
    """Time cold, no-op and one-edit builds and a catalogue on Dask; write bench.md."""
    from handout import cli

    _run(lambda: cli.bench(out, quick=quick), debug)
