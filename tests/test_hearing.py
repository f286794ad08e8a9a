"""Check stage, listening, on made-up words: normalising, aligning and ranking what a speech
recogniser heard against what the handout says, without running the recogniser.

The listener itself, on real Piper audio and real Whisper, is tested in test_listener.py
(marker `listener`)."""

from __future__ import annotations

import subprocess
import sys

import jiwer
import numpy as np
import pytest

from handout.check.hearing import (EXTRA, MISHEARD, REPEATED, RESPELLING, SKIPPED, Said,
                                   align, normalise, rank)
from handout.check.listen import clock, handout_findings, heard_words, judge_section, Job
from handout.config import Settings
from handout.errors import HandoutError
from handout.findings import INFO, WARNING
from handout.read.document import parse_document
from handout.read.sources import read_source
from tests.conftest import PROJECT, write_handouts


def words(text: str) -> list[str]:
    return [word for word, _ in normalise(text)]


def test_normalise_compares_words_as_said_whichever_way_they_are_written():
    assert words("Take 2mg, twice—at 10 o’clock; it’s well-being 29th 2023.") == [
        "take", "two", "mg", "twice", "at", "ten", "oclock", "its", "well", "being",
        "twenty", "ninth", "twenty", "twenty", "three"]
    assert words("Two") == words("2") == ["two"]
    assert words("at 10:30 PM, you’re") == words("at 10.30 p.m. you are") == [
        "at", "ten", "thirty", "pm", "you", "are"]
    assert normalise("a well-being") == [("a", 0), ("well", 1), ("being", 1)]


def test_a_percentage_and_a_bracketed_number_compare_as_said():
    """Section508.gov's page on cognitive disabilities says "28.7 percent" and "13.9 percent";
    Whisper wrote what it heard as "28.7%" and "13.9%", and the listener reported both
    numbers "not heard (skipped)" in both hearings. The ONS agreement's "section 42(4)" was
    compared as four hundred and twenty-four."""
    assert words("more than 28.7% of adults (50%)") == words(
        "more than 28.7 percent of adults (50 percent)")
    spanish = [[w for w, _ in normalise(text, "es")] for text in ("50%", "50 por ciento")]
    assert spanish == [["cincuenta", "por", "ciento"]] * 2
    assert words("section 42(4) for") == ["section", "forty", "two", "four", "for"]


SAID = words("Store the tablets in a cool dry place away from children")


def test_alignment_counts_as_word_error_rate_does_and_names_the_run():
    heard = words("Store the tablet in cool dry place away from the children")
    alignment = align(SAID, heard)
    assert alignment.error_rate == pytest.approx(jiwer.wer(" ".join(SAID), " ".join(heard)))
    assert (alignment.hits, alignment.substitutions, alignment.deletions,
            alignment.insertions) == (9, 1, 1, 1)
    kinds = [(d.kind, [SAID[i] for i in d.said], [heard[i] for i in d.heard])
             for d in alignment.differences]
    assert kinds == [(MISHEARD, ["tablets"], ["tablet"]), (SKIPPED, ["a"], []),
                     (EXTRA, [], ["the"])]
    assert alignment.in_order == pytest.approx(9 / 11)


def test_neighbouring_edits_are_one_run_and_a_skipped_stretch_sits_where_it_was_lost():
    heard = words("Store the tablets in a cool dry face a from children")
    [run] = align(SAID, heard).differences
    assert (run.kind, [SAID[i] for i in run.said], [heard[i] for i in run.heard]) == (
        MISHEARD, ["place", "away"], ["face", "a"])
    skipped = align(SAID, words("Store the tablets away from children"))
    [gap] = skipped.differences
    assert gap.kind == SKIPPED and [SAID[i] for i in gap.said] == ["in", "a", "cool", "dry",
                                                                   "place"]
    assert gap.heard == range(3, 3) and skipped.heard_as[gap.said.start - 1] == 2


def test_a_word_matched_by_chance_does_not_cut_a_skipped_sentence_in_two():
    """Heard on the sample with its 22-word sentence left out: the fewest edits match the
    "the" of "the same" with the next sentence's "The", which cut the gap in two."""
    said = words("Use it with care. Tolerance may necessitate higher doses over time to achieve "
                 "the same therapeutic effect, raising concerns about the potential for "
                 "substance abuse. The risk of dependence underscores the importance of "
                 "gradual tapering off when discontinuing the medication.")
    heard = words("Use it with care. The risk of dependence underscores the importance of "
                  "gradual tapering often discontinuing the medication.")
    alignment = align(said, heard)
    gap, tapering = alignment.differences
    assert gap.kind == SKIPPED and [said[i] for i in gap.said] == words(
        "Tolerance may necessitate higher doses over time to achieve the same therapeutic "
        "effect, raising concerns about the potential for substance abuse.")
    assert [said[i] for i in tapering.said] == ["off", "when"]
    assert (alignment.hits, alignment.deletions, alignment.substitutions) == (17, 22, 1)


def test_a_stretch_heard_twice_is_repeated_not_a_run_of_substitutions():
    heard = words("Store the tablets in a cool dry place in a cool dry place away from children")
    alignment = align(SAID, heard)
    [repeat] = alignment.differences
    assert repeat.kind == REPEATED
    assert [heard[i] for i in repeat.heard] == ["in", "a", "cool", "dry", "place"]
    assert repeat.heard == range(8, 13) and [SAID[i] for i in repeat.said] == [
        "in", "a", "cool", "dry", "place"]
    assert (alignment.hits, alignment.insertions) == (11, 5)
    said_twice = words("very very cold")
    assert align(said_twice, said_twice).differences == ()


def test_a_compound_written_apart_on_one_side_only_is_no_error():
    alignment = align(words("for your wellbeing today"), words("for your well being today"))
    assert alignment.differences == () and alignment.error_rate == 0
    assert align(words("a checkup"), words("a check up")).hits == 2


def test_nothing_heard_and_nothing_said():
    nothing = align(SAID, [])
    assert nothing.in_order == 0 and nothing.deletions == len(SAID)
    assert align([], ["hello"]).differences[0].kind == EXTRA


def said_of(text: str, rare=(), respell: dict[str, str] | None = None,
            starts=(0,)) -> list[Said]:
    respell = respell or {}
    return [Said(w, i in starts, w in rare, tuple(words(respell[w])) if w in respell else ())
            for i, w in enumerate(words(text))]


def ranked(said_text: str, unprimed: str, primed: str, **options):
    said = said_of(said_text, **options)
    tokens = [s.word for s in said]
    heard_u, heard_p = words(unprimed), words(primed)
    return rank(said, align(tokens, heard_u), align(tokens, heard_p), heard_u, heard_p)


def test_misheard_in_both_passes_ranks_above_misheard_once():
    places = ranked("practise your skills and check your posture",
                    "practise your skulls and check your pasture",
                    "practise your skulls and check your posture")
    assert [(p.kind, p.score, p.both) for p in places] == [(MISHEARD, 5, True),
                                                           (MISHEARD, 2, False)]
    assert "in both hearings" in places[0].reasons


def test_known_confusions_score_nothing_even_when_both_passes_make_them():
    places = ranked("storing your tablets take two each evening in a cupboard",
                    "soaring your tablets take to each evening and a cupboard",
                    "soaring your tablets take to each evening in a cupboard")
    assert len(places) == 3 and all(p.score <= 0 for p in places)
    assert [p.reasons[-1] for p in sorted(places, key=lambda p: p.said.start)] == [
        "a confusion the recogniser makes on plain English", "words that sound alike",
        "a confusion the recogniser makes on plain English"]
    [ending] = ranked("avoid daily activities", "avoid daily activity",
                      "avoid daily activity")
    assert ending.score == 0 and ending.both


def test_a_missing_sentence_heard_missing_twice_outranks_a_tail_lost_to_priming():
    text = "take it at night do not stop suddenly ask your pharmacist first"
    both = ranked(text, "take it at night ask your pharmacist first",
                  "take it at night ask your pharmacist first")
    primed_only = ranked(text, "take it at night do not stop suddenly ask your pharmacist first",
                         "take it at night do not stop")
    assert both[0].kind == SKIPPED and both[0].both and both[0].score == 3 + 3 + 3 + 2
    assert primed_only[0].kind == SKIPPED and primed_only[0].primed
    assert primed_only[0].score < both[0].score and "only when told the rare words" in \
        primed_only[0].reasons


def test_a_rare_word_misheard_only_unprimed_cannot_be_judged():
    [place] = ranked("clonazepam can make you sleepy", "clone asapam can make you sleepy",
                     "clonazepam can make you sleepy", rare={"clonazepam"},
                     respell={"clonazepam": "clo-nazzapam"})
    assert place.only_unjudged and place.unjudged == (0,) and not place.respelt


def test_a_respelling_heard_as_its_own_words_is_the_strongest_finding():
    [place] = ranked("clonazepam can make you sleepy", "clown as a pan can make you sleepy",
                     "clonazepam can make you sleepy", rare={"clonazepam"},
                     respell={"clonazepam": "clown as a pan"})
    assert place.respelt and place.score == RESPELLING and not place.only_unjudged


def test_a_sentence_start_is_discounted_and_a_rare_word_misheard_twice_is_not():
    [start] = ranked("drowsiness is common", "browsiness is common", "browsiness is common")
    assert start.score == 2 + 3 - 2 and "first word of a sentence" in start.reasons
    [rare] = ranked("some take armodafinil daily", "some take armadafinal daily",
                    "some take armadafinal daily", rare={"armodafinil"})
    assert rare.score == 2 + 3 + 3 and not rare.only_unjudged


def test_clock_reads_as_a_player_shows_time():
    assert [clock(t) for t in (0.0, 21.44, 59.96, 65.0)] == ["0:00.0", "0:21.4", "1:00.0",
                                                            "1:05.0"]


LEAFLET = """\
---
title: Your tablets
lang: en
pronunciations:
  Clonazepam: clown as a pan
---

## Taking them

Take one tablet at night.
Clonazepam can make you feel sleepy.
Practise your driving skills only when you feel awake.

## Stopping

Do not stop suddenly.
"""


def test_findings_point_at_the_source_line_with_the_time_heard(tmp_path):
    """Made-up hearings of a real document: each finding names the line that prints the
    words and when they were heard; the figure is the handout's."""
    source = write_handouts(tmp_path / "source", {"tablets.md": LEAFLET})
    document = parse_document(read_source(source / "tablets.md"), Settings())
    section = document.sections[1]

    def timed(text: str, start: float = 1.0) -> list[list]:
        return [[f" {w}", start + 0.4 * i, start + 0.4 * i + 0.3, 0.9]
                for i, w in enumerate(text.split())]

    said = timed("Taking them Take one tablet at night.")  # then 3.5 s of silence
    hearing = {
        "unprimed": said + timed("Clown as a pan can make you feel sleepy. Practise your "
                                 "driving skulls only when you feel awake.", 7.2),
        "primed": said + timed("Clonazepam can make you feel sleepy. Practise your driving "
                               "skulls only when you feel awake.", 7.2),
        "pauses": [[3.7, 7.2]], "onsets": [[0.75, -30.0], [7.2, -3.0]], "duration": 15.0,
        "cpu_seconds": 1.0}
    job = Job(tmp_path / "01-taking-them.mp3", "0" * 64, "en", "Clonazepam", "key")
    judged = judge_section(section, job, hearing, document)
    findings = handout_findings(document, [judged], {"key": hearing}, Settings())
    where = str(source / "tablets.md")
    assert [(f.where, f.severity, f.message) for f in findings] == [
        (f"{where}:11", WARNING, "'Clonazepam' is said from its respelling 'clown as a pan', "
         "and heard as 'Clown as a pan' in section 1, 0:07.2 (the listener hears the "
         "respelling's own words): change its entry under 'pronunciations'"),
        (f"{where}:11", WARNING, "3.5 s of silence inside the speech in section 1, 0:03.7: "
         "the script asks for at most 1.0 s; listen to it there"),
        (f"{where}:11", WARNING, "the sound starts abruptly in section 1, 0:07.2 (-3 dB of its "
         "peak within 10 ms), as if its start were cut: listen to it there"),
        (f"{where}:12", INFO, "'skills' heard as 'skulls' in section 1, 0:12.0 (in both "
         "hearings)"),
        (where, INFO, "heard 95.5% of 22 words in order, word error rate 4.5% (the better of "
         "two hearings of each section); the threshold is 90%")]
    strict = handout_findings(document, [judged], {"key": hearing},
                              Settings(listen_threshold=99.0))
    assert strict[-1].severity == WARNING and strict[-1].fails(strict=True)


def test_a_word_handout_is_heard_without_being_read_as_text(tmp_path):
    """A Word handout has no lines of text: its findings name the section's line. `check
    --listen` read the .docx as UTF-8 to line up the words and stopped with a
    UnicodeDecodeError on the ONS data access agreement, after fifteen minutes of hearing."""
    source = PROJECT / "tests" / "corpus" / "docx" / "openxml-powertools-footnote.docx"
    document = parse_document(read_source(source), Settings())
    section = document.sections[0]
    said = " ".join(u.text for u in section.script)
    assert "powerful way" in said
    heard = [[f" {w}", 1.0 + 0.4 * i, 1.3 + 0.4 * i, 0.9]
             for i, w in enumerate(said.replace("powerful", "careful").split())]
    hearing = {"unprimed": heard, "primed": heard, "pauses": [], "onsets": [[1.0, -30.0]],
               "duration": 20.0, "cpu_seconds": 1.0}
    job = Job(tmp_path / "00-footnote.mp3", "0" * 64, "en", "", "key")
    judged = judge_section(section, job, hearing, document)
    findings = handout_findings(document, [judged], {"key": hearing}, Settings())
    assert (f"{source}:{section.line}", "'powerful' heard as 'careful' in section 0, 0:04.2 "
            "(in both hearings)") in [(f.where, f.message) for f in findings]
    assert findings[-1].message.startswith("heard 95.5% of 22 words")


def test_a_number_heard_in_pieces_is_one_number():
    """Whisper wrote Section508.gov's "28.7 percent" as three words, " 28", ".7" and "%":
    read apart they were "twenty eight seven", and the check reported "'28.7' not heard
    (skipped)" in both hearings of a number said right."""
    pieces = [[" more", 0.0], [" than", 0.2], [" 28", 0.4], [".7", 0.6], ["%", 0.7],
              [" of", 0.9], [" adults.", 1.0], [" 3", 1.4], [" days", 1.5]]
    tokens, owners = heard_words(pieces, "en")
    assert tokens == words("more than 28.7 percent of adults. 3 days") == [
        "more", "than", "twenty", "eight", "point", "seven", "percent", "of", "adults",
        "three", "days"]
    assert owners == [0, 1, 2, 2, 2, 2, 2, 5, 6, 7, 8]


def test_check_without_listen_never_imports_the_recogniser(tmp_path):
    """`invoke check` stays light: faster-whisper is imported only when asked to listen."""
    source = write_handouts(tmp_path / "source", {"tablets.md": LEAFLET})
    script = ("import sys; from pathlib import Path; from handout.config import Settings; "
              "from handout.check.project import check_project; "
              f"check_project(Settings(source=Path({str(source)!r}), "
              f"out=Path({str(tmp_path / 'build')!r}), templates=Path("
              f"{str(PROJECT / 'templates')!r}))); "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in "
              "('faster_whisper', 'ctranslate2', 'jiwer', 'tokenizers', 'num2words')))")
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           cwd=PROJECT, timeout=300)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"


def test_listening_without_the_extra_says_how_to_install_it(monkeypatch):
    import importlib.util

    from handout.check.recogniser import require_listener

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "faster_whisper" else real(name, *a))
    with pytest.raises(HandoutError) as error:
        require_listener()
    assert "pip install -e '.[listen]'" in str(error.value) and "faster_whisper" in str(
        error.value)


def test_pauses_and_onsets_come_from_the_signal():
    from handout.check.recogniser import pauses_and_onsets

    rate = 16000
    t = np.arange(rate) / rate
    soft = np.sin(2 * np.pi * 220 * t) * np.minimum(1, t / 0.08)  # a voice fades in
    hard = np.sin(2 * np.pi * 220 * t)  # audio cut mid-word starts at full level
    samples = np.concatenate([np.zeros(rate // 2), soft, np.zeros(2 * rate), hard,
                              np.zeros(rate // 2)]).astype(np.float32)
    pauses, onsets = pauses_and_onsets(samples, rate)
    assert pauses == [[1.5, 3.5]]
    [(first, soft_level), (second, hard_level)] = onsets
    assert (first, second) == (0.5, 3.5)
    assert soft_level < -20 and hard_level > -3
