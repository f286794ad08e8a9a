"""Reproducible builds: the same source gives the same bytes, whenever it is built.

Dates come from the handout or `SOURCE_DATE_EPOCH`, never the clock; Piper's noise is
seeded per sentence (`handout.piper_noise`), so narration is a pure function of its text.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper
from pypdf import PdfReader

from conftest import PROJECT, write_handouts
from handout.build import build
from handout.errors import HandoutError
from handout.audio.noise import noise_samples, seed_noise_graph

HANDOUT = """\
---
title: Same every time
author: A. Author
---

Words before the first section.

## Dosage

Take 2mg twice a day.

## Storage

| Where | How long |
| --- | --- |
| Fridge | 2 weeks |
"""


def tree_hashes(folder: Path) -> dict[str, str]:
    """Hashes of every published file. The manifest is left out: it records file
    modification times so the next build can skip unchanged work, and those differ."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.parts
            and p.name not in (".lock", "manifest.json")}


def clean_build_twice(settings, monkeypatch, epoch: str | None = None):
    if epoch is not None:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    build(settings)
    first = settings.out.with_name("first")
    shutil.move(settings.out, first)
    build(settings)
    return tree_hashes(first), tree_hashes(settings.out)


@pytest.mark.parametrize("subsetter", ["as installed", "fontTools"])
def test_two_clean_builds_are_byte_identical(settings, monkeypatch, subsetter):
    """A day apart by the clock, with or without HarfBuzz-Subset (a fresh Debian has none,
    and WeasyPrint then subsets fonts with fontTools, which dates each font it writes)."""
    import time

    import weasyprint.pdf.fonts

    if subsetter == "fontTools":
        monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    write_handouts(settings.source, {"same.md": HANDOUT})
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    real_time = time.time
    build(settings)
    first = settings.out.with_name("first")
    shutil.move(settings.out, first)
    monkeypatch.setattr(time, "time", lambda: real_time() + 86400)
    build(settings)
    first, second = tree_hashes(first), tree_hashes(settings.out)
    assert {"same/same.pdf", "same/audio/00-same.mp3", "same/audio/same.mp3",
            "same/audio/01-dosage.txt", "same/audio/01-dosage.vtt", "same/audio/same.m3u8",
            "same/audio/same.m4b", "same/same.epub"} <= set(first)
    assert first == second


def pdf_dates(path: Path) -> tuple[str | None, str | None, object]:
    reader = PdfReader(path)
    xmp = reader.xmp_metadata
    return (reader.metadata.get("/CreationDate"), reader.metadata.get("/ModDate"),
            xmp.xmp_modify_date if xmp else None)


def test_source_date_epoch_sets_every_pdf_date(settings, monkeypatch):
    write_handouts(settings.source, {"same.md": HANDOUT})
    first, second = clean_build_twice(settings, monkeypatch, epoch="1700000000")
    assert first == second
    created, modified, xmp_modified = pdf_dates(settings.out / "same" / "same.pdf")
    assert created == modified == "D:20231114221320+00'00"
    assert xmp_modified.isoformat().startswith("2023-11-14T22:13:20")


def test_handout_date_is_the_creation_date(settings, monkeypatch):
    write_handouts(settings.source, {"same.md": HANDOUT.replace(
        "author: A. Author", "author: A. Author\ndate: 2024-02-29")})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(settings, ("pdf",))
    created, modified, _ = pdf_dates(settings.out / "same" / "same.pdf")
    assert (created, modified) == ("D:20240229", "D:20231114221320+00'00")


def test_without_source_date_epoch_no_clock_date_is_embedded(settings, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    write_handouts(settings.source, {"same.md": HANDOUT})
    build(settings, ("pdf",))
    assert pdf_dates(settings.out / "same" / "same.pdf")[:2] == (None, None)


def test_another_epoch_changes_the_pdf(settings, monkeypatch):
    write_handouts(settings.source, {"same.md": HANDOUT})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(settings, ("pdf",))
    before = (settings.out / "same" / "same.pdf").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    build(settings, ("pdf",))
    assert (settings.out / "same" / "same.pdf").read_bytes() != before


def test_bad_source_date_epoch_is_a_clear_error(settings, monkeypatch):
    write_handouts(settings.source, {"same.md": HANDOUT})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(HandoutError, match="SOURCE_DATE_EPOCH must be a whole number"):
        build(settings, ("pdf",))


# --- Seeded noise ------------------------------------------------------------------------


def tiny_random_model(mean: float = 1.0, scale: float = 2.0) -> bytes:
    """x (2×3) → RandomNormalLike(x) + x: the shape of what Piper's voices do."""
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])
    nodes = [helper.make_node("RandomNormalLike", ["x"], ["noise"], dtype=TensorProto.FLOAT,
                              mean=mean, scale=scale),
             helper.make_node("Add", ["noise", "x"], ["y"])]
    graph = helper.make_graph(nodes, "tiny", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15)])
    model.ir_version = 8
    return model.SerializeToString()


def test_the_unseeded_graph_differs_run_to_run():
    """The problem being solved: one session, two runs, two different outputs."""
    session = onnxruntime.InferenceSession(tiny_random_model(), providers=["CPUExecutionProvider"])
    x = np.zeros((2, 3), np.float32)
    assert not np.array_equal(session.run(None, {"x": x})[0], session.run(None, {"x": x})[0])


def test_seed_noise_graph_turns_random_nodes_into_inputs():
    seeded, names = seed_noise_graph(tiny_random_model(mean=1.0, scale=2.0))
    assert names == ["handout_noise_0"]
    onnx.checker.check_model(onnx.load_from_string(seeded))
    assert "RandomNormalLike" not in {n.op_type for n in onnx.load_from_string(seeded).graph.node}
    session = onnxruntime.InferenceSession(seeded, providers=["CPUExecutionProvider"])
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    noise = noise_samples(7, 0, 100)
    result = session.run(None, {"x": x, "handout_noise_0": noise})[0]
    np.testing.assert_allclose(result, noise[:6].reshape(2, 3) * 2.0 + 1.0 + x, rtol=1e-6)
    assert np.array_equal(result, session.run(None, {"x": x, "handout_noise_0": noise})[0])


def test_noise_has_the_same_prefix_for_any_length():
    assert np.array_equal(noise_samples(42, 1, 1000), noise_samples(42, 1, 50_000)[:1000])
    assert not np.array_equal(noise_samples(42, 0, 1000), noise_samples(42, 1, 1000))
    sample = noise_samples(3, 0, 200_000)
    assert abs(sample.mean()) < 0.01 and abs(sample.std() - 1.0) < 0.01


@pytest.fixture(scope="module")
def piper():
    from handout.audio.engines import PiperEngine

    return PiperEngine("en_US-joe-medium")


@pytest.mark.slow
def test_the_seeded_voice_is_a_valid_onnx_graph_with_two_noise_inputs():
    from handout.audio.engines.piper import installed_voices

    seeded, names = seed_noise_graph(installed_voices()["en_US-joe-medium"].model.read_bytes())
    graph = onnx.load_from_string(seeded)
    onnx.checker.check_model(graph)
    assert names == ["handout_noise_0", "handout_noise_1"]
    assert "RandomNormalLike" not in {n.op_type for n in graph.graph.node}
    assert set(names) <= {i.name for i in graph.graph.input}


@pytest.mark.slow
def test_piper_speaks_a_sentence_identically_every_time(piper):
    from handout.audio.engines import PiperEngine

    text = "Take one tablet with water."
    first = piper.synthesize(text).samples
    assert np.array_equal(first, piper.synthesize(text).samples)
    assert np.array_equal(first, PiperEngine("en_US-joe-medium").synthesize(text).samples)
    assert "noise seeded per sentence" in piper.identity()


@pytest.mark.slow
def test_the_seeded_voice_is_kept_and_sounds_the_same(piper, tmp_path, monkeypatch):
    """A build keeps the voice's seeded graph, as onnxruntime optimised it, in its cache:
    the second opening reads it instead of rewriting the graph, and the voice says a
    sentence exactly as before, also when its latent outgrows the first guess at the
    noise's length (and is run again)."""
    from handout.audio import noise
    from handout.audio.cache import GraphCache
    from handout.audio.engines import PiperEngine

    text = "Take one tablet with water."
    made = PiperEngine("en_US-joe-medium", cache=tmp_path)
    kept = list((tmp_path / "voices").glob("*.onnx"))
    assert len(kept) == 1 and kept[0].stat().st_size > 50_000_000
    monkeypatch.setattr(noise, "seed_noise_graph", lambda model: pytest.fail("seeded again"))
    again = PiperEngine("en_US-joe-medium", cache=tmp_path)
    expected = piper.synthesize(text).samples
    assert np.array_equal(made.synthesize(text).samples, expected)
    assert np.array_equal(again.synthesize(text).samples, expected)
    monkeypatch.setattr(noise, "FRAMES_PER_PHONEME", 1)
    assert np.array_equal(again.synthesize(text).samples, expected)
    # a damaged graph (one byte changed) is not run: it is made again
    monkeypatch.undo()
    with kept[0].open("r+b") as graph:
        graph.seek(30_000_000)
        byte = graph.read(1)
        graph.seek(30_000_000)
        graph.write(bytes([byte[0] ^ 0xFF]))
    remade = PiperEngine("en_US-joe-medium", cache=tmp_path)
    assert np.array_equal(remade.synthesize(text).samples, expected)
    assert GraphCache(tmp_path).read(kept[0].name) is not None
    assert json.loads((tmp_path / "voice-md5.json").read_text("utf-8"))


@pytest.mark.slow
def test_a_voice_opens_where_its_graph_cannot_be_kept(piper, tmp_path, monkeypatch):
    """A worker that cannot write to the cache folder (a Dask worker on another machine)
    seeds the graph itself and says the same."""
    from handout import outputs
    from handout.audio.engines import PiperEngine

    def unwritable(target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(outputs, "atomic_path", unwritable)
    engine = PiperEngine("en_US-joe-medium", cache=tmp_path)
    text = "Take one tablet with water."
    assert np.array_equal(engine.synthesize(text).samples, piper.synthesize(text).samples)
    assert not list(tmp_path.rglob("*.onnx"))


def test_voice_files_are_the_machines_or_else_the_projects(tmp_path, monkeypatch):
    """`$XDG_CACHE_HOME/handout`, else `~/.cache/handout`; the project's cache folder
    where neither can be written."""
    from handout.audio.voice import voice_files

    project = tmp_path / "build" / ".cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert voice_files(project) == tmp_path / "xdg" / "handout"
    assert (tmp_path / "xdg" / "handout").is_dir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for unset in ("", "relative/folder"):  # the XDG rule: a relative path is ignored
        monkeypatch.setenv("XDG_CACHE_HOME", unset)
        assert voice_files(project) == tmp_path / "home" / ".cache" / "handout"
    (tmp_path / "a file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a file"))
    assert voice_files(project) == project


def test_a_voices_new_graph_drops_the_one_its_libraries_replaced(tmp_path):
    """Upgraded libraries make a new graph; the old one for the same voice and processor
    goes, with its sidecar; another processor's, or another voice's, stays."""
    from handout.audio.cache import GraphCache

    graphs = GraphCache(tmp_path)
    for name in ("joe-old-intel.onnx", "joe-old-arm.onnx", "amy-old-intel.onnx"):
        graphs.write(name, b"old graph")
    graphs.write_graph("joe-new-intel.onnx", b"new graph")
    assert sorted(p.name for p in (tmp_path / "voices").iterdir()) == [
        "amy-old-intel.onnx", "amy-old-intel.onnx.json", "joe-new-intel.onnx",
        "joe-new-intel.onnx.json", "joe-old-arm.onnx", "joe-old-arm.onnx.json"]
    assert graphs.read("joe-new-intel.onnx")[0] == b"new graph"


@pytest.mark.slow
def test_a_second_project_opens_the_voice_the_first_one_prepared(tmp_path, monkeypatch):
    """The voice's seeded graph and its model's md5 are kept once per machine, not per
    project: a new project's first build opens the graph the other project's build made,
    without seeding it again, and keeps no copy of its own."""
    from handout.audio import noise
    from handout.config import Settings

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine"))
    projects = [Settings(source=tmp_path / name / "source", out=tmp_path / name / "build",
                         templates=PROJECT / "templates", engine="piper", jobs=1, quiet=True)
                for name in ("first", "second")]
    for settings in projects:
        write_handouts(settings.source, {"p.md": "# Short\n\nTake one tablet with water.\n"})
    build(projects[0])
    voices = tmp_path / "machine" / "handout"
    assert [p.stat().st_size > 50_000_000 for p in (voices / "voices").glob("*.onnx")] == [True]
    assert json.loads((voices / "voice-md5.json").read_text("utf-8"))
    monkeypatch.setattr(noise, "seed_noise_graph", lambda model: pytest.fail("seeded again"))
    build(projects[1])
    mp3s = [(settings.out / "p" / "audio" / "00-p.mp3").read_bytes() for settings in projects]
    assert len(mp3s[0]) > 10_000 and mp3s[0] == mp3s[1]
    for settings in projects:
        kept = {p.name for p in (settings.out / ".cache").iterdir()}
        assert "utterances" in kept and not kept & {"voices", "voice-md5.json"}


@pytest.mark.slow
def test_seeded_piper_keeps_the_voices_noise(piper):
    """Seeding must not flatten the voice: its noise still shapes every sentence."""
    from piper import SynthesisConfig

    text = "Take one tablet with water."
    seeded = piper.synthesize(text).samples
    flat = np.concatenate([c.audio_float_array for c in piper._voice.synthesize(
        text, syn_config=SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0))])
    assert len(seeded) != len(flat) or not np.allclose(seeded, flat, atol=1e-3)


@pytest.mark.slow
def test_piper_build_is_byte_identical(settings, monkeypatch):
    write_handouts(settings.source, {"p.md": "# Short\n\nTake one tablet with water.\n"})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = clean_build_twice(settings.replace(engine="piper"), monkeypatch)
    assert "p/audio/00-p.mp3" in first
    assert first == second
