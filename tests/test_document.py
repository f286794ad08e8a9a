"""Document model: where a handout is split into sections (one MP3 each)."""

from __future__ import annotations

import dataclasses

from conftest import write_handouts
from handout.build import build
from handout.read.document import load_documents

NESTED = """\
---
title: Looking after your feet
lang: en
---

Read this first.

## Every day

Wash and dry them.

### Between the toes

Dry carefully.

## Every week

Check them for cuts.

### Nails

Cut straight across.
"""


def test_sections_start_at_the_split_level(settings):
    write_handouts(settings.source, {"feet.md": NESTED})
    [default] = load_documents(settings)
    assert [(s.heading, s.level, s.line) for s in default.sections] == [
        ("Looking after your feet", 1, 5), ("Every day", 2, 8), ("Every week", 2, 16)]
    assert "Between the toes" in default.sections[1].transcript

    [deeper] = load_documents(dataclasses.replace(settings, split_level=3))
    assert [(s.heading, s.level, s.line) for s in deeper.sections] == [
        ("Looking after your feet", 1, 5), ("Every day", 2, 8), ("Between the toes", 3, 12),
        ("Every week", 2, 16), ("Nails", 3, 20)]
    assert "Between the toes" not in deeper.sections[1].transcript

    [whole] = load_documents(dataclasses.replace(settings, split_level=1))
    assert [s.heading for s in whole.sections] == ["Looking after your feet"]
    assert "Cut straight across." in whole.sections[0].transcript


def test_the_split_level_sets_the_mp3s(settings):
    write_handouts(settings.source, {"feet.md": NESTED})
    [manifest] = build(dataclasses.replace(settings, split_level=3), ("audio",))
    assert [s["file"] for s in manifest["audio"]["sections"]] == [
        "00-feet.mp3", "01-every-day.mp3", "02-between-the-toes.mp3", "03-every-week.mp3",
        "04-nails.mp3"]
