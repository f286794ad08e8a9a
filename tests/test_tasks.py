"""The invoke tasks as an author runs them: each through invoke itself, with its exit status
and what it prints; `--strict` and `--debug`; what the very first build shows; and the install
before them all, on a Python too old for it."""

from __future__ import annotations

import os
import runpy
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import PROJECT, write_handouts
from handout import cli

HANDOUT = """\
---
title: Your tablets
author: The Pharmacy Team
date: 2024-05-02
lang: en
---

Read this first.

## When to take them

Take one 2mg tablet in the morning.
"""


def invoke(project: Path, *arguments: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """`invoke ARGUMENTS` run in `project` as an author would, with this project's tasks."""
    return subprocess.run([sys.executable, "-m", "invoke", "--search-root", str(PROJECT),
                           *arguments], cwd=project, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with one handout and settings that use this project's templates."""
    write_handouts(tmp_path / "source", {"tablets.md": HANDOUT})
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.handout]\ntemplates = "{PROJECT / "templates"}"\n', encoding="utf-8")
    return tmp_path


def test_an_install_on_python_3_10_stops_at_once_and_says_what_to_do(monkeypatch):
    """Ubuntu 22.04's python3 is 3.10, and its pip ignores requires-python: setup.py stops it."""
    monkeypatch.setattr(sys, "version_info", (3, 10, 12, "final", 0))
    monkeypatch.setattr(sys, "version", "3.10.12 (main, Nov  6 2024, 20:22:13) [GCC 11.4.0]")
    with pytest.raises(SystemExit) as stop:
        runpy.run_path(str(PROJECT / "setup.py"))
    message = str(stop.value.code)
    assert message.startswith("handout needs Python 3.11 or newer, and this is Python 3.10.12.")
    assert "sudo apt install python3.11-venv" in message
    assert "python3.11 -m venv .venv" in message


def test_pdf_audio_check_and_clean(project):
    pdf = invoke(project, "pdf")
    assert pdf.returncode == 0, pdf.stderr
    assert "built build/tablets, " in pdf.stderr and "pages" in pdf.stderr
    assert (project / "build" / "tablets" / "tablets.pdf").is_file()
    assert not (project / "build" / "tablets" / "audio").exists()

    audio = invoke(project, "audio", "--engine", "fake")
    assert audio.returncode == 0, audio.stderr
    assert "2 MP3 sections" in audio.stderr
    assert not (project / "build" / "tablets" / "web").exists()

    check = invoke(project, "check")
    assert check.returncode == 0, check.stderr
    assert check.stderr.strip().splitlines()[-1].startswith("check passed: ")

    (project / "build" / "tablets" / "tablets.pdf").unlink()
    broken = invoke(project, "check")
    assert broken.returncode == 1
    assert "tablets.pdf: pdf: missing: run 'invoke pdf'" in broken.stderr

    clean = invoke(project, "clean")
    assert clean.returncode == 0, clean.stderr
    assert not (project / "build").exists()


def test_a_build_and_its_check_leave_nothing_in_the_temporary_folder(project):
    """WeasyPrint copies the fonts into a temporary folder it removes only if Python
    finalises its font configuration, which an ending process need not do (its issue 2090):
    every build left a weasyprint-* folder in /tmp, and a catalogue filled it."""
    # A short path: Chromium, which Ace drives, cannot make its socket in a long one.
    with tempfile.TemporaryDirectory(prefix="h") as temporary:
        environment = {**os.environ, "TMPDIR": temporary}
        for command in (["build", "--engine", "fake", "--quiet"], ["check"]):
            done = subprocess.run([sys.executable, "-m", "invoke", "--search-root",
                                   str(PROJECT), *command], cwd=project, capture_output=True,
                                  text=True, timeout=300, env=environment)
            assert done.returncode == 0, done.stderr
            assert sorted(path.name for path in Path(temporary).iterdir()) == [], command
    printed = PdfReader(project / "build" / "tablets" / "tablets.pdf").pages[0].extract_text()
    assert "Take one 2mg tablet in the morning." in printed
    assert (project / "build" / "tablets" / "web" / "index.html").is_file()


def test_strict_build_fails_on_a_warning(project):
    write_handouts(project / "source", {"tablets.md": HANDOUT + "\n<center>Centred</center>\n"})
    relaxed = invoke(project, "build", "--editions", "pdf")
    assert relaxed.returncode == 0, relaxed.stderr
    assert "<center> removed, its text kept" in relaxed.stderr
    strict = invoke(project, "build", "--editions", "pdf", "--strict")
    assert strict.returncode == 1
    assert strict.stderr.strip().splitlines()[-1] == (
        "error: 1 warning(s) with --strict: fix them and build again")


def test_strict_check_fails_on_a_warning(project):
    write_handouts(project / "source", {"tablets.md": HANDOUT + "\nTake it *slowly*.\n"})
    assert invoke(project, "build", "--engine", "fake", "--quiet").returncode == 0
    relaxed = invoke(project, "check")
    assert relaxed.returncode == 0, relaxed.stderr
    assert "italic: italic emphasis prints bold" in relaxed.stderr
    strict = invoke(project, "check", "--strict")
    assert strict.returncode == 1
    assert "italic: italic emphasis prints bold" in strict.stderr
    assert strict.stderr.strip().splitlines()[-1] == "error: 1 problem(s) found by the check"


def test_strict_check_fails_on_a_warning_the_build_says(project):
    """An NHS toolbox's easy read page lost its list of resources, a web component filled
    from its front matter, with a warning from the build: `check --strict` passed it, though
    `build --strict` failed."""
    write_handouts(project / "source", {"tablets.md": HANDOUT + "\n<toolbox-resource-links "
                                        ':links="resources"></toolbox-resource-links>\n'})
    assert invoke(project, "build", "--engine", "fake", "--quiet").returncode == 0
    relaxed = invoke(project, "check")
    assert relaxed.returncode == 0, relaxed.stderr
    strict = invoke(project, "check", "--strict")
    assert strict.returncode == 1
    assert "<toolbox-resource-links> removed: it has no words here" in strict.stderr
    assert strict.stderr.strip().splitlines()[-1] == "error: 1 problem(s) found by the check"


def test_debug_shows_the_traceback(project):
    plain = invoke(project, "build", "--source", "nowhere")
    assert plain.returncode == 1
    assert plain.stderr.strip() == (f"nowhere: source folder not found in {project}: run "
                                    "invoke in the folder that holds it, or create it and put "
                                    "a .md handout in it")
    debug = invoke(project, "build", "--source", "nowhere", "--debug")
    assert debug.returncode != 0
    assert "Traceback (most recent call last)" in debug.stderr
    assert "handout.errors.HandoutError: nowhere: source folder not found" in debug.stderr


def test_voices_lists_the_installed_voice_with_its_licence(project):
    voices = invoke(project, "voices")
    assert voices.returncode == 0, voices.stderr
    assert "piper voice en_US-joe-medium (en-US)" in voices.stdout
    assert "licence: CC0" in voices.stdout


def test_a_first_build_shows_no_renderer_warning(project, monkeypatch, capsys):
    """On a fresh Debian (no HarfBuzz-Subset) WeasyPrint warns that it subsets fonts with
    fontTools: nothing the author can act on, so it goes to the log, not the screen."""
    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    monkeypatch.chdir(project)
    cli.build(editions="pdf", quiet=True)
    assert capsys.readouterr().err == ""
    log = (project / "build" / cli.LOG_FILE).read_text("utf-8")
    assert "weasyprint: WARNING: Using fontTools instead of HarfBuzz-Subset" in log

    (project / "build" / "tablets" / "tablets.pdf").unlink()
    cli.build(editions="pdf", quiet=True, debug=True)
    assert "WeasyPrint: WARNING: Using fontTools" in capsys.readouterr().err


def test_bench_runs_on_tiny_handouts(project):
    """`invoke bench --quick`: every step of the benchmark, on tiny handouts and the fake
    engine; the real run (minutes of Piper) is `invoke bench`."""
    import json

    bench = invoke(project, "bench", "--quick", "--out", "results", timeout=600)
    assert bench.returncode == 0, bench.stderr
    report = json.loads((project / "results" / "bench.json").read_text("utf-8"))
    [sample] = report["results"]
    for key in ("cold_seconds", "noop_seconds", "sentence_edit_seconds",
                "section_edit_seconds", "pdf_seconds"):
        assert sample[key] > 0, key
    for kind in ("cold", "noop", "sentence_edit", "section_edit"):  # three runs, their median
        runs = sample[f"{kind}_runs"]
        assert len(runs) == 3 and sample[f"{kind}_seconds"] == sorted(runs)[1], kind
    assert sample["raw"]["utterances"] == sample["utterances"] > 5
    # A cold build's processor time, which its layout process alone takes more than 0.1 s of.
    assert sample["cold_cpu_seconds"] > 0.1
    # Each stage beside the engine timed alone, in the build's order.
    stages = sample["stages"]
    assert list(stages) == ["opening the voice", "mastering", "MP3", "AAC", "PDF"]
    assert stages["opening the voice"] >= 0  # the fake engine opens in no time
    assert sample["voice_first_seconds"] >= 0  # and as fast the first time on a machine
    assert "the first time on a machine" in (project / "results" / "bench.md").read_text()
    assert all(stages[stage] > 0 for stage in ("mastering", "MP3", "AAC", "PDF")), stages
    # The engine timed on both sides of the cold builds, and the limit taken from the mean.
    before, after = sample["raw"]["one_core_runs"]
    assert sample["raw"]["one_core_seconds"] == pytest.approx((before + after) / 2, abs=0.01)
    catalogue = report["catalogue"]
    assert catalogue["handouts"] == 4 and catalogue["ratio"] > 0
    for way in ("local", "cluster"):  # built in turn, twice each way: their median
        assert len(catalogue[f"{way}_runs"]) == 2
        assert catalogue[f"{way}_seconds"] == round(statistics.mean(
            catalogue[f"{way}_runs"]), 3)
    [voice] = report["languages"]["rows"]  # espeak-ng only: the neural voices take minutes
    assert (voice["lang"], voice["engine"], voice["voice"]) == ("de", "espeak", "gmw/de")
    assert voice["speech_seconds"] > 20 and 0 < voice["rtf"] < 0.1 and voice["peak_mb"] > 10
    markdown = (project / "results" / "bench.md").read_text("utf-8")
    assert f"- sample: no-op {sample['noop_runs']} s, one-sentence edits" in markdown
    assert (f"- sample: a cold build used {sample['cold_cpu_seconds']} s of processor time"
            in markdown)
    assert f"mastering {stages['mastering']} s; MP3 {stages['MP3']} s" in markdown
    assert "| de | espeak | gmw/de | 70 |" in markdown and "Kokoro and Piper" in markdown
    assert f"on the cluster {catalogue['cluster_runs']} s." in markdown
    assert len(report["targets"]) == 5
    assert report["listener"] is None and "Listener: not measured (--quick)." in markdown
    for target in report["targets"]:
        assert f"{'met' if target['met'] else 'MISSED'}: {target['target']}" in markdown
    assert bench.stderr.strip().endswith(
        f"targets missed: {sum(not t['met'] for t in report['targets'])}")
    # The MP3 encoders compared on the sample's mastered sections: lameenc holds every
    # guarantee, and the same measures catch what FFmpeg's own LAME tag and level get wrong.
    encoders = report["mp3_encoders"]
    lame, pyav = encoders["lameenc"], encoders["pyav"]
    assert lame["cbr"] and lame["lame_tag_crc_ok"] and lame["loudness_held"]
    assert lame["mutagen_extra_samples"] == lame["decoded_extra_samples"] == 0
    assert pyav["lame_tag_encoder"] == "Lavf" and pyav["mutagen_extra_samples"] > 0
    assert {"a LAME tag readers trust (encoder, CRC, exact length)",
            "decoded loudness within 0.1 LU"} <= set(encoders["pyav_fails"])
    assert lame["cpu_seconds"] > 0 and pyav["cpu_seconds"] > 0
    assert "## MP3: lameenc against PyAV's libmp3lame" in markdown


def test_the_bench_counts_the_processor_time_of_a_builds_whole_process_tree():
    """A build's processor time is its own and its workers': a grandchild that computes for
    half a second while its parent only waits for it counts."""
    import os

    from handout.bench import timed_script

    busy = ("import time\nwhile time.process_time() < 0.5:\n    pass")
    run = timed_script(f"import subprocess, sys; subprocess.run([sys.executable, '-c', "
                       f"{busy!r}], check=True)")
    assert 0.5 <= run.cpu_seconds <= run.seconds * (os.cpu_count() or 1)


def test_the_bench_counts_the_memory_of_a_builds_whole_process_tree():
    """Peak memory is the build's and its workers': a grandchild holding 200 MB counts, in
    it and in every process it descends from."""
    import os
    import signal
    import time

    from handout.bench import tree_rss_kb

    holder = "import time; held = bytearray(b'1') * 200_000_000; time.sleep(60)"
    parent = subprocess.Popen([sys.executable, "-c", "import subprocess, sys; "
                               f"subprocess.run([sys.executable, '-c', {holder!r}])"],
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while tree_rss_kb(parent.pid) < 200_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tree_rss_kb(parent.pid) >= 200_000
        assert tree_rss_kb(os.getpid()) >= 200_000
    finally:
        os.killpg(parent.pid, signal.SIGKILL)  # and the grandchild, in its session
        parent.wait()


def test_the_catalogue_target_is_judged_on_its_seconds_not_its_rounded_ratio():
    """The session's bench said "met" for 120.21 s on the cluster against a limit of
    119.99 s: it judged the ratio rounded to 1.15."""
    from handout.bench import targets

    catalogue = {"handouts": 40, "local_seconds": 104.34, "cluster_seconds": 120.21,
                 "ratio": round(120.21 / 104.34, 2)}
    [judged] = targets([], catalogue, cores=2)
    assert (judged["value"], judged["limit"], judged["met"]) == (120.21, 119.99, False)
