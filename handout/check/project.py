"""Check stage, project: lint the sources and verify every built output against the standards.

`check_project` reads every handout and its manifest and returns `Finding`s, one per
problem, each naming the file and the page, line or section it is about. Errors fail the
check; warnings fail it only with `--strict`; information never fails it. Each kind of
output has its own module here (`lint`, `speech`, `pdf`, `audio`); each edition checks
itself (`editions.web.check_web`, `editions.daisy.check_daisy`, `editions.epub.check_epub`,
`editions.feed.check_feed`), and the EPUB is also put through EPUBCheck and Ace when this
computer has them (`validators`). An edition made from an earlier version of the handout
(`stale_editions`, as the PDF and audio checks do for theirs) is one finding saying to build
again, not a list of what differs. Listening to the audio (`listen`) is asked for apart,
since it takes minutes.
"""

from __future__ import annotations

import json
import logging

from handout.check.audio import check_audio
from handout.check.pdf import check_pdf
from handout.config import Settings
from handout.findings import Finding
from handout.outputs import Layout, text_digest
from handout.read.document import Document, read_documents


EDITION_NAMES = {"web": "web page", "daisy": "DAISY book", "epub": "EPUB"}


def stale_editions(document: Document, manifest: dict) -> set[str]:
    """The editions built from an earlier version of the handout (their manifest entries'
    `text` is not `outputs.text_digest` of it now; an entry from before it was kept is
    taken as current): `invoke pdf` and `invoke audio` make only theirs, and the web page,
    DAISY book and EPUB kept the old words with nothing in the check to say so."""
    now = text_digest(document)
    return {edition for edition in EDITION_NAMES
            if manifest.get(edition, {}).get("text") not in (None, now)}


def unbuilt(document: Document, layout: Layout, settings: Settings) -> list[Finding]:
    """Why a handout that can be read has no outputs: what stops the build narrating it (no
    voice here for its language, at its `lang:` line), which `invoke build` names too;
    else that it is not built yet. A handout in Nigerian Pidgin (opensource.guide's `pcm`)
    was "not built yet: run 'invoke build'", and the build stopped on it again."""
    from handout.audio.build import check_narratable
    from handout.check.lint import error_findings
    from handout.errors import HandoutError

    try:
        check_narratable(document, settings)
    except HandoutError as error:
        return error_findings(error, settings.source)
    return [Finding(str(layout.folder), "built", "not built yet: run 'invoke build'")]


def check_project(settings: Settings, listen: bool = False) -> list[Finding]:
    """Every finding for every handout under the source folder: the source lint first,
    then the built outputs of every handout that can be read, then, with `listen`, what
    the speech recogniser heard in their MP3s (`check.listen`)."""
    from handout.errors import HandoutError
    from handout.check.lint import error_findings, lint_source
    from handout.read.sources import find_sources

    findings: list[Finding] = []
    # What reading a handout says, its invisible control characters taken out, say, is said
    # when `read_documents` reads it below: the lint's own reading keeps quiet, or a
    # tenancy agreement's 83 control characters were named twice.
    diagnostics = logging.getLogger("handout.diagnostics")
    was_disabled, diagnostics.disabled = diagnostics.disabled, True
    try:
        for path in find_sources(settings.source):
            findings += lint_source(path, settings.lang)
    finally:
        diagnostics.disabled = was_disabled
    documents, problems = read_documents(settings)
    if problems:
        # What stops a handout being read is reported beside the lint, not instead of it,
        # and once (the lint finds what is wrong in a front matter itself); the handouts
        # that can be read are checked as usual.
        findings += [finding for finding in error_findings(HandoutError.collect(problems),
                                                           settings.source)
                     if finding not in findings]
    from handout.check.speech import check_speech

    findings += check_speech(documents, settings)
    for document in documents:
        layout = Layout(settings.out, document.slug)
        if not layout.manifest.is_file():
            findings += unbuilt(document, layout, settings)
            continue
        try:
            manifest = json.loads(layout.manifest.read_text("utf-8"))
        except ValueError as error:  # not JSON, or not UTF-8
            findings.append(Finding(str(layout.manifest), "built", f"not readable ({error}): "
                                    "run 'invoke build'"))
            continue
        stale = stale_editions(document, manifest)
        findings += [Finding(str(layout.folder), edition, f"the {name} was made from an "
                             "earlier version of the handout (or of this tool): run "
                             "'invoke build'")
                     for edition, name in EDITION_NAMES.items() if edition in stale]
        if "pdf" in manifest:
            findings += check_pdf(document, layout.pdf, settings, manifest["pdf"])
        if "audio" in manifest:
            findings += check_audio(document, layout, manifest["audio"], settings)
        if "web" in manifest and "web" not in stale:
            from handout.editions.web import check_web

            findings += check_web(document, layout, manifest["web"])
        if "daisy" in manifest and "daisy" not in stale:
            from handout.editions.daisy import check_daisy

            findings += check_daisy(document, layout, manifest["daisy"])
        if "epub" in manifest and "epub" not in stale:
            from handout.check.validators import check_with_validators
            from handout.editions.epub import check_epub

            findings += check_epub(document, layout, manifest["epub"])
            if layout.epub.is_file():
                findings += check_with_validators(layout.epub)
    from handout.editions.feed import check_feed

    findings += check_feed(settings)
    if listen:
        from handout.check.listen import listen_project

        findings += listen_project(documents, settings)
    return findings
