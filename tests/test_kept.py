"""Kept documents: a handout is parsed once, and again only when what it is read from changes."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from PIL import Image

import handout.read.kept as kept
from conftest import write_handouts
from handout.outputs import code_identity
from handout.read.document import load_documents

HANDOUT = """
---
title: Taking your tablets
---

![The pill box, with a slot for each day](pillbox.png)

Take one tablet each morning. Swallow it whole.

## If you forget

Take it when you remember.
"""

MISSING = "picture 'pillbox.png' not found"


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The handouts parsed (not taken from the cache) from here on, by file name."""
    parsed: list[str] = []
    parse = kept.parse_document

    def counted(source, settings):
        parsed.append(source.path.name)
        return parse(source, settings)

    monkeypatch.setattr(kept, "parse_document", counted)
    return parsed


def test_an_unchanged_handout_is_kept_with_its_warnings(settings, parses, caplog):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        first = load_documents(settings)
    assert parses == ["tablets.md"]
    warned = [r.getMessage() for r in caplog.records if MISSING in r.getMessage()]
    assert len(warned) == 1 and warned[0].startswith(f"{settings.source / 'tablets.md'}:5:")
    caplog.clear()

    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        again = load_documents(settings)
    assert parses == ["tablets.md"]  # not parsed a second time
    assert again == first
    assert again[0].sections[1].script[0].spoken == "If you forget"
    # The author is told again what to fix, in the same words, so `--strict` still fails.
    assert [r.getMessage() for r in caplog.records] == warned
    assert [r.levelno for r in caplog.records] == [logging.WARNING]

    # How a build runs is not what it reads: another output option keeps the document.
    load_documents(dataclasses.replace(settings, quiet=False, jobs=2, strict=True))
    assert parses == ["tablets.md"]


def test_a_handout_is_parsed_again_when_anything_it_is_read_from_changes(settings, parses,
                                                                          caplog):
    source = write_handouts(settings.source, {"tablets.md": HANDOUT, "other.md": "# Other\n\nA page."})
    load_documents(settings)
    assert sorted(parses) == ["other.md", "tablets.md"]

    # The picture it shows, missing until now: the warning goes, the picture prints.
    Image.new("RGB", (40, 30), "white").save(source / "pillbox.png")
    caplog.clear()
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [_, tablets] = load_documents(settings)
    assert parses[2:] == ["tablets.md"]  # the other handout is kept
    assert not [r for r in caplog.records if MISSING in r.getMessage()]
    assert 'src="pillbox.png"' in tablets.sections[0].html

    # The picture replaced by one that cannot print: reading it again reports it.
    (source / "pillbox.png").write_bytes(b"not a picture at all")
    with pytest.raises(Exception, match="pillbox.png"):
        load_documents(settings)
    Image.new("RGB", (40, 30), "black").save(source / "pillbox.png")
    load_documents(settings)
    assert parses[3:] == ["tablets.md", "tablets.md"]

    # Its own words.
    handout = source / "tablets.md"
    handout.write_text(handout.read_text().replace("each morning", "each evening"))
    [_, tablets] = load_documents(settings)
    assert parses[5:] == ["tablets.md"]
    assert "Take one tablet each evening." in tablets.sections[0].transcript

    # A setting that shapes what is read: the pause between sentences in the script.
    slower = dataclasses.replace(settings, sentence_pause=0.6)
    [_, tablets] = load_documents(slower)
    assert sorted(parses[6:]) == ["other.md", "tablets.md"]
    assert 0.6 in [u.pause for u in tablets.sections[0].script]


def test_a_damaged_kept_document_is_parsed_again(settings, parses, caplog):
    write_handouts(settings.source, {"tablets.md": HANDOUT})
    [first] = load_documents(settings)
    [pickle] = (settings.out / ".cache" / "documents").glob("*.pickle")
    pickle.write_bytes(pickle.read_bytes()[:-20])
    with caplog.at_level(logging.WARNING, "handout.diagnostics"):
        [again] = load_documents(settings)
    assert parses == ["tablets.md", "tablets.md"]
    assert again == first
    assert any("is damaged: making it again" in r.getMessage() for r in caplog.records)


def test_another_language_identifier_reads_the_handouts_again(settings, parses, monkeypatch):
    """Which language a handout's words are in (`language.words_mismatch`) is told by
    py3langid and kept among its warnings: another version of it may tell them otherwise."""
    import importlib.metadata

    write_handouts(settings.source, {"tablets.md": HANDOUT})
    load_documents(settings)
    load_documents(settings)
    assert parses == ["tablets.md"]
    installed = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "9.9" if name == "py3langid" else installed(name))
    code_identity.cache_clear()  # versions are looked up once a process
    try:
        load_documents(settings)
    finally:
        monkeypatch.undo()
        code_identity.cache_clear()
    assert parses == ["tablets.md", "tablets.md"]


def test_an_edited_handout_asks_the_identifier_only_of_its_edited_part(settings, monkeypatch):
    """An edited handout is read again whole, and each part of it is asked which language it
    is in (`document.other_language_passages`). An English leaflet's table of opening hours
    has too few of English's little words to be told English without the identifier's
    model, which took half a second to load on every edit of the leaflet, its table
    unedited. What the identifier said of each part is kept, and asked again only of what
    is new."""
    import handout.language

    table = "".join(f"| {day} | 9am | 5pm |\n" for day in (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Bank holidays", "Christmas Eve"))
    leaflet = ("---\ntitle: Opening hours\nlang: en\n---\n\n## Hours\n\n| Day | Opens | Closes |\n"
               "|---|---|---|\n" + table + "\n## Visiting\n\nPlease ring the bell at the front "
               "door and wait for a member of the staff to let you in. {edit}\n")
    asked: list[str] = []
    classify = handout.language._classified

    def counted(words: str):
        asked.append(words)
        return classify(words)

    monkeypatch.setattr(handout.language, "_classified", counted)
    write_handouts(settings.source, {"hours.md": leaflet.format(edit="Thank you.")})
    load_documents(settings)
    assert asked and all("Monday" in words for words in asked)
    model = handout.language._language_identifier
    monkeypatch.setattr(handout.language, "_language_identifier", lambda: pytest.fail(
        "the identifier's model was loaded for an unedited part"))
    write_handouts(settings.source, {"hours.md": leaflet.format(edit="Thanks a lot.")})
    assert load_documents(settings)[0].sections[1].script[0].spoken == "Hours"
    monkeypatch.setattr(handout.language, "_language_identifier", model)
    write_handouts(settings.source, {"hours.md": leaflet.replace("Christmas Eve", "Boxing Day")
                                     .format(edit="Thanks.")})
    asked.clear()
    load_documents(settings)
    assert len(asked) == 1 and "Boxing Day" in asked[0]
    # Edited back, its document is kept, unparsed; edited again, its table is known.
    write_handouts(settings.source, {"hours.md": leaflet.format(edit="Thank you.")})
    load_documents(settings)
    monkeypatch.setattr(handout.language, "_language_identifier", lambda: pytest.fail(
        "the identifier's model was loaded for a part an earlier version had"))
    write_handouts(settings.source, {"hours.md": leaflet.format(edit="Thanks again.")})
    load_documents(settings)
