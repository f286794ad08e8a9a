"""Every user error is one line naming the file (and line), exit status 1, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from handout import cli
from tests.conftest import PROJECT, write_handouts

GOOD = """\
---
title: Good
lang: en
---

Some words.
"""


def run_build(tmp_path: Path, monkeypatch, capsys, **options) -> list[str]:
    """Build the project in `tmp_path` as the task would; return the stderr lines."""
    monkeypatch.chdir(tmp_path)
    if not (tmp_path / "templates").exists():
        (tmp_path / "templates").symlink_to(PROJECT / "templates")
    options.setdefault("engine", "fake")
    with pytest.raises(SystemExit) as stop:
        cli.run(lambda: cli.build("source", "build", quiet=True, **options))
    assert stop.value.code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines and not any("Traceback" in line for line in lines)
    return lines


def test_missing_source_folder(tmp_path, monkeypatch, capsys):
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == [f"source: source folder not found in {tmp_path}: run invoke in the folder "
                     "that holds it, or create it and put a .md handout in it"]


def test_a_build_run_inside_the_source_folder_says_to_go_up_to_the_folder_above(
        tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"leaflet.md": "# Leaflet\n\nTake it with food.\n"})
    lines = run_build(tmp_path / "source", monkeypatch, capsys)
    assert lines == [f"source: source folder not found in {tmp_path / 'source'}: run invoke in "
                     "the folder that holds it, or create it and put a .md handout in it"]
    # Nothing is left among the author's handouts: no build/ folder, no log.
    assert sorted(p.name for p in (tmp_path / "source").iterdir()) == ["leaflet.md", "templates"]


def test_folder_without_markdown(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"notes.csv": "not markdown"})
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == ["source: no handouts here (.md or .docx files): add one"]


def test_a_folder_with_only_a_text_file_says_to_rename_it(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"notes.txt": "Opening hours"})
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == ["source/notes.txt: a text file (.txt), which handout cannot read: plain "
                     "text is Markdown: save it again as 'notes.md' to build it (in Notepad: "
                     "File, Save As, 'Save as type: All files')"]


def test_a_build_outside_the_project_stops_before_narrating(tmp_path, monkeypatch, capsys):
    """Without the print templates (run from another folder), the build says so at once:
    it narrates nothing first, and lays out nothing."""
    write_handouts(tmp_path / "source", {"good.md": GOOD})
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "handout.html.j2").symlink_to(
        PROJECT / "templates" / "handout.html.j2")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        cli.run(lambda: cli.build("source", "build", engine="fake", quiet=True))
    assert stop.value.code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == ["templates: the templates are not here (print.css.j2 is missing): run "
                     "the command in the project's folder, or set 'templates' under "
                     "[tool.handout]"]
    assert not (tmp_path / "build" / ".cache" / "utterances").exists()
    assert not list((tmp_path / "build").rglob("*.mp3"))


def test_invalid_yaml_names_the_line(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"bad.md": """\
        ---
        title: Fine
        author: [unclosed
        ---

        Words.
        """})
    [line] = run_build(tmp_path, monkeypatch, capsys)
    assert line.startswith("source/bad.md:3: front matter is not valid YAML")


def test_date_that_does_not_exist(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"leaflet.md": """\
        ---
        title: Leaflet
        colour: blue
        date: 2023-02-30
        ---

        Words.
        """})
    [line] = run_build(tmp_path, monkeypatch, capsys)
    assert line == "source/leaflet.md:4: 'date' must be a date like 2023-12-29, not '2023-02-30'"


def test_handout_with_no_text(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"empty.md": "---\ntitle: Empty\n---\n\n\n"})
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == ["source/empty.md:4: the handout has no text: write something below "
                     "the front matter"]


def test_an_empty_file_is_told_empty(tmp_path, monkeypatch, capsys):
    """A file of no bytes (Windows' "New > Text Document", renamed blank.md) was warned to
    have no title, the file name being used, then told to "write something below the front
    matter", which it has none of."""
    write_handouts(tmp_path / "source", {"blank.md": ""})
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == ["source/blank.md: the file is empty: write the handout in it and save it, "
                     "or take it out of the source folder"]


def test_a_document_with_no_words_is_told_so_and_only_so(tmp_path, monkeypatch, capsys):
    """Of the Word files swept in session 46, 57 hold no words (python-docx's
    doc-default.docx, mammoth's empty.docx, Open-XML-SDK's strict samples): each was
    warned to have no title, its file name used, before being stopped for having no
    text. A Markdown page of marks alone was so too."""
    from tests.test_word import write_docx

    write_handouts(tmp_path / "source", {"rule.md": "-----\n"})
    write_docx(tmp_path / "source" / "blank.docx", "<w:p/>")
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == [
        "source/blank.docx: the document has no text that can be read (pictures without "
        "alt text, SmartArt and charts are not): write the handout's words as paragraphs in "
        "Word",
        "source/rule.md:1: the handout has no text: write something in it"]


def test_every_problem_in_every_file_is_reported(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {
        "a.md": "---\ntitle: A\ndate: 2023-13-01\n---\n\nWords.\n",
        "b.md": "---\ntitle: B\nlang: [en]\n---\n\nWords.\n",
    })
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert [line.split(":")[0] for line in lines] == ["source/a.md", "source/b.md"]


def test_unknown_engine(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"good.md": GOOD})
    [line] = run_build(tmp_path, monkeypatch, capsys, engine="festival")
    assert line == ("option: Config value 'engine': 'festival' is not one of auto, piper, "
                    "kokoro, espeak, gtts, fake")


def test_unknown_voice(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"good.md": GOOD})
    [line] = run_build(tmp_path, monkeypatch, capsys, engine="piper", voice="en_GB-nobody")
    assert line.startswith("error: unknown voice 'en_GB-nobody': installed voices are "
                           "en_US-joe-medium")


def test_gtts_offline_fails_fast_naming_piper(tmp_path, monkeypatch, capsys):
    sent = []

    def no_network(self, request, **kwargs):
        sent.append(request.url)
        raise requests.exceptions.ConnectionError("Name or service not known")

    monkeypatch.setattr(requests.Session, "send", no_network)
    write_handouts(tmp_path / "source", {"good.md": GOOD})
    [line] = run_build(tmp_path, monkeypatch, capsys, engine="gtts")
    assert "cannot reach Google's speech service" in line
    assert "--engine piper" in line
    assert len(sent) == 1, "offline, gTTS must fail on the first request, not retry"


def test_task_exits_1_without_traceback(tmp_path):
    """Through invoke itself: the message, exit status 1, and nothing else."""
    write_handouts(tmp_path / "source", {"leaflet.md": "---\ntitle: X\ndate: 2023-02-30\n---\n\nHi.\n"})
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "--search-root", str(PROJECT), "build",
         "--source", "source", "--out", "build", "--engine", "fake", "--quiet"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip() == ("source/leaflet.md:3: 'date' must be a date like "
                                     "2023-12-29, not '2023-02-30'")
    assert not (tmp_path / "build" / "leaflet").exists()


def test_a_command_that_succeeds_leaves_its_objects_out_of_the_exit_collections(tmp_path):
    """`cli.run` freezes what the command made, so exiting does not walk it; its log is
    still written in full by the exit handlers."""
    write_handouts(tmp_path / "source", {"leaflet.md": "---\ntitle: X\n---\n\nHi there.\n"})
    script = ("import gc; from handout import cli; "
              "cli.run(lambda: cli.build('source', 'build', engine='fake', quiet=True, "
              "editions='audio')); print(gc.get_freeze_count())")
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10_000
    last = (tmp_path / "build" / "build.log").read_text("utf-8").splitlines()[-1]
    assert "INFO: built build/leaflet, 1 MP3 sections" in last


def test_two_handouts_with_one_name(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"Leaflet.md": GOOD, "leaflet.md": GOOD})
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == [
        "source/Leaflet.md: two handouts would both be published as 'leaflet': rename one",
        "source/leaflet.md: two handouts would both be published as 'leaflet': rename one",
    ]


def test_japanese_with_kanji_is_not_narrated_by_espeak_ng(tmp_path, monkeypatch, capsys):
    """espeak-ng reads Japanese kana but says every kanji as the English "Chinese letter":
    the build stops at the first kanji with what to do, rather than publish that recording."""
    write_handouts(tmp_path / "source", {"heat.md": """\
        ---
        title: 熱中症に注意
        lang: ja
        ---

        こまめに水を飲んでください。
        """})
    lines = run_build(tmp_path, monkeypatch, capsys, engine="auto")
    assert lines[-1] == (
        "source/heat.md:2: espeak-ng, the only offline voice for Japanese here, says each "
        "kanji ('熱') as the English words \"Chinese letter\": narrate this handout with "
        "--engine gtts (Google's voice, over the internet), or build its print alone with "
        "--editions pdf")


def test_japanese_in_kana_alone_is_narrated_by_espeak_ng(tmp_path, monkeypatch):
    from handout import cli

    write_handouts(tmp_path / "source", {"kana.md": "---\ntitle: おくすり\nlang: ja\n---\n\n"
                                                    "みずと いっしょに のんで ください。\n"})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    cli.build("source", "build", engine="auto", editions="audio", quiet=True)
    audio = json.loads((tmp_path / "build" / "kana" / "manifest.json").read_text())["audio"]
    assert audio["engine"] == "espeak"
    assert [len(s["clips"]) for s in audio["sections"]] == [2]  # the title, the sentence
    assert audio["sections"][0]["duration"] > 2.0


def test_a_handout_no_voice_here_can_narrate_does_not_stop_the_others(
        tmp_path, monkeypatch, capsys):
    """One handout in Klingon (in ISO 639; no voice speaks it) and one in Japanese with
    kanji (espeak-ng says each as "Chinese letter") beside one in kana: the kana one is
    built, and the other two are named. Both stopped every handout from being built."""
    write_handouts(tmp_path / "source", {
        "heat.md": "---\ntitle: 熱中症に注意\nlang: ja\n---\n\nこまめに水を飲んでください。\n",
        "kana.md": "---\ntitle: おくすり\nlang: ja\n---\n\nみずと いっしょに のんで ください。\n",
        "tlh.md": "---\ntitle: Qapla'\nlang: tlh\n---\n\nnuqneH.\n"})
    lines = run_build(tmp_path, monkeypatch, capsys, engine="auto", editions="audio")
    problems = [line for line in lines if not line.startswith("WARNING")]
    assert [line.split(":")[0:2] for line in problems] == [
        ["source/heat.md", "2"], ["source/tlh.md", "3"]]
    assert "no voice is installed for language 'tlh'" in problems[1]
    manifests = {path.parent.name for path in (tmp_path / "build").glob("*/manifest.json")}
    assert manifests == {"kana"}


def test_a_handout_with_a_mistake_does_not_stop_the_others(tmp_path, monkeypatch, capsys):
    """A clinic's folder of leaflets, one with a mistyped date: the others are built (an
    edited one with its new words), the mistyped one keeps what its last build made, and
    the build still fails, naming its line. It stopped every leaflet being rebuilt."""
    write_handouts(tmp_path / "source", {"dates.md": GOOD, "hours.md": GOOD})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    cli.run(lambda: cli.build("source", "build", engine="fake", quiet=True))
    before = (tmp_path / "build" / "dates" / "dates.pdf").read_bytes()
    feed = (tmp_path / "build" / "feed.xml").read_text("utf-8")
    write_handouts(tmp_path / "source", {
        "dates.md": "---\ntitle: Dates\ndate: 2026-02-30\n---\n\nClosed on Monday.\n",
        "hours.md": "---\ntitle: Hours\n---\n\nOpen from nine until five.\n"})
    capsys.readouterr()
    lines = run_build(tmp_path, monkeypatch, capsys, editions="pdf,audio,web,daisy,epub,feed")
    assert lines == ["source/dates.md:3: 'date' must be a date like 2023-12-29, not "
                     "'2026-02-30'"]
    built = tmp_path / "build" / "hours"
    assert (built / "audio" / "00-hours.txt").read_text("utf-8").split("\n")[:3] == [
        "Hours", "", "Open from nine until five."]
    assert json.loads((built / "manifest.json").read_text("utf-8"))["title"] == "Hours"
    assert (built / "web" / "index.html").read_text("utf-8").count("nine until five") == 1
    assert (tmp_path / "build" / "dates" / "dates.pdf").read_bytes() == before
    assert (tmp_path / "build" / "feed.xml").read_text("utf-8") == feed


def test_a_fault_laying_out_one_pdf_does_not_stop_the_others(tmp_path, monkeypatch, capsys):
    """A Citizens Information page, its link's address wrapped over two lines, stopped the
    PDF's layout with a traceback ending "raqm_layout() failed" (since mended), and no
    handout in the folder got its PDF, EPUB or web page. A fault of the program's in one
    handout's layout is reported at the end, as a mistake in a file is, naming the file; the
    others are built whole, and it is built but for its PDF."""
    import handout.pdf.build

    write_handouts(tmp_path / "source", {"carers.md": GOOD, "hours.md": GOOD})
    lay_out_pdf = handout.pdf.build.lay_out_pdf

    def faulty(document, settings, plan):
        if document.slug == "carers":
            raise RuntimeError("raqm_layout() failed.")
        return lay_out_pdf(document, settings, plan)

    monkeypatch.setattr(handout.pdf.build, "lay_out_pdf", faulty)
    lines = run_build(tmp_path, monkeypatch, capsys, editions="pdf,audio,web")
    assert lines == ["source/carers.md: its PDF could not be laid out, by a fault in handout, "
                     "not in the file (RuntimeError: raqm_layout() failed.); its other editions "
                     "were built, and the PDF built before, if any, is kept: please report it, "
                     "with this file if you can share it"]
    build = tmp_path / "build"
    assert (build / "hours" / "hours.pdf").read_bytes().startswith(b"%PDF")
    assert not (build / "carers" / "carers.pdf").exists()
    assert (build / "carers" / "web" / "index.html").read_text("utf-8").count("Some words") == 1
    assert (build / "carers" / "audio" / "00-carers.txt").read_text("utf-8").split("\n")[:3] == [
        "Good", "", "Some words."]


def test_handouts_with_one_name_do_not_stop_the_others(tmp_path, monkeypatch, capsys):
    write_handouts(tmp_path / "source", {"First aid.md": GOOD, "first-aid.md": GOOD,
                                         "hours.md": "# Hours\n\nOpen from nine.\n"})
    lines = run_build(tmp_path, monkeypatch, capsys, editions="audio")
    assert [line.split(":")[0] for line in lines] == ["source/First aid.md",
                                                      "source/first-aid.md"]
    assert sorted(p.name for p in (tmp_path / "build").iterdir() if p.is_dir()) == [
        ".cache", "hours"]
    assert "Open from nine." in (tmp_path / "build/hours/audio/00-hours.txt").read_text("utf-8")


def test_a_document_beside_the_handouts_that_is_not_read_is_named_once(tmp_path):
    """An old Word file beside a handout was named twice, once bare and once as a warning:
    the folder was looked at before the log was set up, and again by the build."""
    write_handouts(tmp_path / "source", {"good.md": GOOD})
    (tmp_path / "source" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "--search-root", str(PROJECT), "build",
         "--source", "source", "--out", "build", "--engine", "fake", "--quiet",
         "--editions", "audio"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "WARNING: source/old.doc: not built: an old Word document (.doc), which handout cannot "
        "read: open it in Word or LibreOffice and save it as a Word document (.docx), or "
        "write it in Markdown (.md)"]
    assert (tmp_path / "build" / "good" / "audio" / "00-good.txt").read_text("utf-8") \
        .startswith("Good\n")


def test_a_file_where_the_build_folder_goes_is_one_line(tmp_path, monkeypatch, capsys):
    """`build` a file (a download saved under that name): it was a traceback of
    FileExistsError."""
    write_handouts(tmp_path / "source", {"good.md": GOOD})
    (tmp_path / "build").write_text("")
    lines = run_build(tmp_path, monkeypatch, capsys)
    assert lines == ["build: cannot write here (File exists): a file is where a folder is "
                     "needed: move the file, or build into another folder with --out"]


def test_a_read_only_build_folder_is_one_line(tmp_path, monkeypatch, capsys):
    """A build folder the author may not write in (copied from a CD, shared read-only on
    the clinic's network) ended in a traceback of PermissionError. Tests run as root here,
    which any permission lets write, so the refusal is made as the system makes it."""
    import tempfile

    write_handouts(tmp_path / "source", {"good.md": GOOD})
    mkstemp = tempfile.mkstemp

    def refuse(*args, dir=None, **options):
        if dir is not None and (tmp_path / "build") in Path(dir).absolute().parents:
            raise PermissionError(13, "Permission denied", str(Path(dir) / "x.tmp"))
        return mkstemp(*args, dir=dir, **options)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    [line] = run_build(tmp_path, monkeypatch, capsys, editions="audio")
    assert line.startswith("build/")
    assert line.endswith(": cannot write here (Permission denied): the folder is read-only or "
                         "belongs to someone else: make it writable, or build into another "
                         "folder with --out")
    # A file the build reads is not one it writes: not told to choose another --out.
    assert cli.unwritable(PermissionError(13, "Permission denied", "source/pill.png"),
                          Path("build")) is None


def test_a_bundles_page_is_published_by_its_folders_name(tmp_path, monkeypatch):
    """A volunteer handbook's `content/Handbook/Exhibits/_index.md` (sweep BW, lapo-exhibits),
    a Hugo bundle's page, was published as `_index.pdf` and `00-_index.mp3`: its folder's
    name is the handout's, with its language's tag, as Hugo names the page; and Middleman's
    `accessibility.html.md` (sweep BZ) was published as "accessibility-html". A Hugo
    `index.md` put straight into `source/` (sweep CE, alchemistry), published as "source", is
    named by its title."""
    for folder, name in (("Exhibits", "_index.md"), ("Night sky", "index.fr.md"),
                         ("Docs", "accessibility.html.md"), ("source", "index.md")):
        write_handouts(tmp_path / folder, {name: "# Telescopes\n\nLook up.\n"})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    for folder in ("Exhibits", "Night sky", "Docs", "source"):
        cli.run(lambda: cli.build(folder, "build", engine="fake", quiet=True, editions="audio"))
    assert sorted(p.name for p in (tmp_path / "build").iterdir() if p.is_dir()) == [
        ".cache", "accessibility", "exhibits", "night-sky-fr", "telescopes"]
    assert (tmp_path / "build/exhibits/audio/00-exhibits.txt").is_file()


def test_handouts_named_with_emoji_alone_take_their_titles_names(tmp_path, monkeypatch):
    """"🎉.md" and "❤️.md" were both to be published as 'section', and stopped the build as
    two handouts with one name."""
    write_handouts(tmp_path / "source", {"🎉.md": "# Summer party\n\nCake at three.\n",
                                         "❤️.md": "# Heart health\n\nWalk every day.\n"})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").symlink_to(PROJECT / "templates")
    cli.run(lambda: cli.build("source", "build", engine="fake", quiet=True, editions="audio"))
    assert sorted(p.name for p in (tmp_path / "build").iterdir() if p.is_dir()) == [
        ".cache", "heart-health", "summer-party"]
    assert (tmp_path / "build/summer-party/audio/00-summer-party.txt").read_text("utf-8") \
        .startswith("Summer party\n")
