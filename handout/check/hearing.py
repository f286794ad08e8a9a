"""Check stage, listening: what the recogniser heard set against what the handout says.

Pure functions on word lists, so they can be tested on made-up words. `normalise` turns
text (the transcript's or the recogniser's) into comparable words: lower case, no
punctuation or apostrophes, hyphens and slashes splitting words, numbers in words.
`align` lines the words heard up with the words said by the fewest edits, as word error
rate counts them (jiwer), then makes runs a person can read: neighbouring edits joined
into one, a compound written apart on one side only ("well being", "wellbeing") forgiven,
and a stretch heard twice in a row reported as repeated. `rank` sets the two passes
side by side (unprimed, and told the handout's rare words) and scores each place where
they depart from the text, so that what is likely to be the voice's fault comes first and
what the recogniser is known to get wrong on its own comes last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

MISHEARD, SKIPPED, EXTRA, REPEATED = "misheard", "skipped", "extra", "repeated"

LONGEST_REPEAT = 40
"""Longest run of words looked for twice in a row (a sentence or two)."""
ISLAND = 2
"""At most this many words matched inside a stretch skipped join it into one."""

# --- Normalising ----------------------------------------------------------------------------

_SPLIT = re.compile(r"[-‐‑–—/()]+")
_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)?)(st|nd|rd|th|er|e|º|ª)?$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_LETTERS_WITH_STOPS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")  # p.m. e.g. u.k.
_CONTRACTIONS = {"en": [
    (re.compile(r"^(won)'t$"), "will not"), (re.compile(r"^(ca)n't$"), r"\1n not"),
    (re.compile(r"^(\w+)n't$"), r"\1 not"), (re.compile(r"^(\w+)'re$"), r"\1 are"),
    (re.compile(r"^(\w+)'ve$"), r"\1 have"), (re.compile(r"^(\w+)'ll$"), r"\1 will"),
    (re.compile(r"^i'm$"), "i am"),
    (re.compile(r"^(there|that|what|here|he|she|where|who|how)'s$"), r"\1 is")]}
"""Contractions said in full, so "you're" heard for "you are" is no error. "It's" stays as
it is: the recogniser writes it for "its" too."""


def normalise(text: str, lang: str = "en") -> list[tuple[str, int]]:
    """The comparable words of `text`, each with the index of the word of `text` (split at
    spaces) it comes from: lower case, contractions in full, apostrophes and punctuation
    removed, words split at hyphens, dashes, slashes and brackets ("42(4)" is 42 and 4, not
    424), and numbers, percentages and times written in words in `lang`, so that "2", "two"
    and "Two," compare equal whichever way the recogniser writes them, "10:30 PM" equals
    "10.30 p.m." and "28.7%" "28.7 percent"."""
    contractions = _CONTRACTIONS.get(lang.split("-")[0].lower(), [])
    words: list[tuple[str, int]] = []
    for index, word in enumerate(text.split()):
        word = word.lower().replace("’", "'").strip("\"“”‘'()[]{}«»¿¡!?;:,.")
        for pattern, full in contractions:
            word = pattern.sub(full, word)
        word = re.sub(r"(\d)(?!(?:st|nd|rd|th)\b)([^\W\d_]{2,})", r"\1-\2", word)  # 2mg
        for piece in _SPLIT.split(word.replace(" ", "-")):
            percent = piece.endswith("%")
            piece = re.sub(r"[^\w.,:]|_", "", piece).strip(".,:")
            time = _TIME.match(piece)
            number = _NUMBER.match(piece)
            if time:
                said = [w for part in time.groups() if int(part)
                        for w in _number_words(str(int(part)), False, lang)]
            elif number:
                said = _number_words(number.group(1), bool(number.group(2)), lang)
                if percent:
                    said = said + _percent_words(lang)
            elif _LETTERS_WITH_STOPS.match(piece + "."):
                said = [piece.replace(".", "")]
            else:
                said = re.sub(r"[.,:]", " ", piece).split()
            words += [(w, index) for w in said]
    return words


def _percent_words(lang: str) -> list[str]:
    """The word for "%" as the voice is given it in `lang` ("percent", "por ciento"), which
    the recogniser writes as the sign: "28.7%" heard was "28.7 percent" said, not heard."""
    from handout.read.words import saying_for

    saying = saying_for(lang)
    return saying.percent.lower().split() if saying else []


def _number_words(digits: str, ordinal: bool, lang: str) -> list[str]:
    """A number in words in `lang` ("2023" as a year in English, as a voice says it), or the
    digits themselves when num2words does not know the language."""
    from num2words import num2words

    base = lang.split("-")[0].lower()
    try:
        value = float(digits.replace(",", ".")) if re.search(r"[.,]", digits) else int(digits)
        if ordinal and isinstance(value, int):
            said = num2words(value, lang=base, to="ordinal")
        elif base == "en" and isinstance(value, int) and len(digits) == 4 and \
                1100 <= value <= 2099:
            said = num2words(value, lang=base, to="year")
        else:
            said = num2words(value, lang=base)
    except (NotImplementedError, OverflowError, ValueError):
        return [digits]
    return [w for w in re.sub(r"[^\w]+", " ", said.lower()).split()]


# --- Aligning ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """One run where the words heard depart from the words said.

    `said` and `heard` are index ranges into the two word lists. A skipped run has no heard
    words; an extra one no said words (its `said` range is empty, at the place it was heard);
    a repeated run's `heard` is the second copy and its `said` the words the first copy
    stands for.
    """

    kind: str
    said: range
    heard: range


@dataclass(frozen=True)
class Alignment:
    """The words heard lined up with the words said, and the counts word error rate uses."""

    words: int
    hits: int
    substitutions: int
    deletions: int
    insertions: int
    differences: tuple[Difference, ...]
    heard_as: tuple[int | None, ...]
    """For each word said, the heard word aligned with it (the same or another), or None."""

    @property
    def in_order(self) -> float:
        """Share of the words said that were heard, in order."""
        return self.hits / self.words if self.words else 1.0

    @property
    def error_rate(self) -> float:
        """Word error rate: substitutions, deletions and insertions per word said."""
        errors = self.substitutions + self.deletions + self.insertions
        return errors / self.words if self.words else float(errors > 0)


def align(said: Sequence[str], heard: Sequence[str]) -> Alignment:
    """Line `heard` up with `said` (both normalised) and list where they differ."""
    import jiwer

    kept, repeats = _collapse_repeats(said, heard)
    chunks = []
    if said or kept:
        output = jiwer.process_words(" ".join(said) if said else "",
                                     " ".join(heard[k] for k in kept) if kept else "")
        chunks = output.alignments[0]
    heard_as: list[int | None] = [None] * len(said)
    runs: list[list[int]] = []  # [said start, said end, kept start, kept end] per edit run
    for chunk in chunks:
        a, b, c, d = (chunk.ref_start_idx, chunk.ref_end_idx, chunk.hyp_start_idx,
                      chunk.hyp_end_idx)
        if chunk.type == "equal":
            for offset in range(b - a):
                heard_as[a + offset] = kept[c + offset]
            continue
        if chunk.type == "substitute":
            for offset in range(b - a):
                heard_as[a + offset] = kept[c + offset]
        if runs and runs[-1][1] == a and runs[-1][3] == c:
            runs[-1][1], runs[-1][3] = b, d  # a neighbour: one run
        else:
            runs.append([a, b, c, d])
    hits = len(said)
    substitutions = deletions = insertions = 0
    differences = []
    for a, b, c, d in runs:
        said_run = "".join(said[a:b])
        heard_run = "".join(heard[k] for k in kept[c:d])
        first = kept[c] if c < d else None
        if said_run and said_run == heard_run:  # written apart on one side only
            for index in range(a, b):
                heard_as[index] = first
            continue
        common = min(b - a, d - c)
        substitutions += common
        deletions += (b - a) - common
        insertions += (d - c) - common
        hits -= b - a
        heard_range = range(kept[c], kept[d - 1] + 1) if c < d else range(0)
        kind = MISHEARD if a < b and c < d else SKIPPED if a < b else EXTRA
        if kind == SKIPPED:
            heard_range = range(kept[c], kept[c]) if c < len(kept) else range(len(heard),
                                                                               len(heard))
        last = differences[-1] if differences else None
        if last and last.kind == kind == SKIPPED and a - last.said.stop <= ISLAND:
            # A word matched by chance inside a stretch left out (the "the" of "the same"
            # matched with the next sentence's "The") does not cut it in two; when the
            # stretch ends with the same words, it is the same number of edits to match
            # those instead, which reads as the sentence left out. The counts stay as the
            # fewest edits make them.
            island = said[last.said.stop:a]
            end = b - len(island) if list(said[b - len(island):b]) == list(island) else b
            differences[-1] = Difference(SKIPPED, range(last.said.start, end), last.heard)
        else:
            differences.append(Difference(kind, range(a, b), heard_range))
    heard_to_said = {h: s for s, h in enumerate(heard_as) if h is not None}
    for first, copy in repeats:
        stands_for = [heard_to_said[k] for k in range(first, first + len(copy))
                      if k in heard_to_said]
        position = _said_position(copy.start, heard_as)
        said_range = range(min(stands_for), max(stands_for) + 1) if stands_for else \
            range(position, position)
        insertions += len(copy)
        differences.append(Difference(REPEATED, said_range, copy))
    differences.sort(key=lambda d: (d.said.start, d.heard.start))
    return Alignment(len(said), hits, substitutions, deletions, insertions,
                     tuple(differences), tuple(heard_as))


def _said_position(heard_index: int, heard_as: Sequence[int | None]) -> int:
    """Where among the words said a heard word falls: after the last said word aligned
    with a heard word before it."""
    position = 0
    for index, aligned in enumerate(heard_as):
        if aligned is not None and aligned < heard_index:
            position = index + 1
    return position


def _collapse_repeats(said: Sequence[str], heard: Sequence[str]
                      ) -> tuple[list[int], list[tuple[int, range]]]:
    """Heard words left once every run heard twice in a row (and not said twice in a row)
    loses its second copy, longest runs first; and each removed copy with the index of its
    first copy's start."""
    said_text = f" {' '.join(said)} "
    kept = list(range(len(heard)))
    repeats = []
    for length in range(min(LONGEST_REPEAT, len(heard) // 2), 0, -1):
        start = 0
        while start + 2 * length <= len(kept):
            run = [heard[k] for k in kept[start:start + length]]
            again = [heard[k] for k in kept[start + length:start + 2 * length]]
            if run == again and f" {' '.join(run + run)} " not in said_text:
                repeats.append((kept[start], range(kept[start + length],
                                                   kept[start + 2 * length - 1] + 1)))
                del kept[start + length:start + 2 * length]
            else:
                start += 1
    return kept, repeats


# --- Ranking ----------------------------------------------------------------------------------

SCORES = {MISHEARD: 2, SKIPPED: 3, REPEATED: 3, EXTRA: 1}
"""What each kind of difference starts with."""
BOTH_PASSES = 3
"""Heard wrong with and without the handout's rare words."""
LONGER_RUN = 1
"""For each word said beyond the first (up to `LONGEST_RUN_BONUS`)."""
LONGEST_RUN_BONUS = 3
RARE_WORD = 3
"""A lexicon word or another rare word of the handout among the words said."""
KNOWN_PAIR = -4
"""The pair (said, heard) is a confusion the recogniser made on plain English; such a place
scores 0 at most, so it is never listed on its own."""
KNOWN_CLASS = -3
"""The difference is of a class the recogniser gets wrong on plain English (and scores 0
at most)."""
SENTENCE_START = -2
"""Misheard on the first word of a sentence or heading."""
PRIMED_ONLY = -2
"""Only the primed pass departs here: priming can end a window early."""
RESPELLING = 10
"""A lexicon word heard, unprimed, as its respelling's own words."""

KNOWN_CONFUSIONS = {
    "en": {
        "pairs": {("storing", "soaring"), ("and", "in"), ("in", "and")},
        "homophones": [{"to", "two", "too"}, {"in", "and"}, {"a", "the", "an"},
                       {"patients", "patience"}, {"were", "wear", "where"},
                       {"sight", "site", "side"}, {"i", "eye"}, {"whole", "hole"}],
        "function_words": set("a an the and in on of or to two too for it is at as by be are "
                              "were that this".split()),
        "endings": ("ing", "ies", "es", "ed", "s", "d", "y"),
    },
}
"""What Whisper base gets wrong on its own, measured on 90 sentences of plain health-leaflet
English (997 words) read by the project's Piper voice (en_US-joe-medium): 2.7% word error
rate unprimed. Pairs that recurred (`storing` as `soaring`, `and`/`in` both ways); classes
that recurred: homophones and small function words (to/two, in/and, a/the), plural and tense
endings (rebound/rebounding), and the first word of a sentence (6 of 19 mishearings fell on
the 11% of words that open one). Only English was measured: other languages get the
sentence-start discount alone."""


@dataclass(frozen=True)
class Said:
    """What the ranking needs to know about one word said."""

    word: str
    starts_sentence: bool = False
    rare: bool = False
    respelling: tuple[str, ...] = ()
    """The lexicon's respelling of this word, normalised, if it has one."""


@dataclass(frozen=True)
class Place:
    """One place where either pass departs from the text, scored."""

    kind: str
    said: range
    """The words said that either pass got wrong here."""
    shown: Difference
    """The difference to show a person: the narrower of the two passes'."""
    primed: bool
    """Whether `shown` comes from the primed pass."""
    score: int
    reasons: tuple[str, ...] = ()
    respelt: bool = False
    """A lexicon word heard, unprimed, as its respelling's own words."""
    unjudged: tuple[int, ...] = ()
    """Rare words here misheard only unprimed: the recogniser cannot judge how they were
    said (told them, it hears them right however they are said)."""
    only_unjudged: bool = False
    """Nothing else is wrong here: the place is not worth a line of its own."""
    both: bool = False
    """Both passes depart from the text here."""


def _overlaps(a: Difference, b: Difference) -> bool:
    if a.said and b.said:
        return a.said.start < b.said.stop and b.said.start < a.said.stop
    if a.said or b.said:  # an extra run sits at a position: touching counts
        full, empty = (a, b) if a.said else (b, a)
        return full.said.start <= empty.said.start <= full.said.stop
    return a.said.start == b.said.start


def rank(said: Sequence[Said], unprimed: Alignment, primed: Alignment,
         heard_unprimed: Sequence[str], heard_primed: Sequence[str],
         lang: str = "en") -> list[Place]:
    """Every place where a pass departs from the text, best evidence first."""
    known = KNOWN_CONFUSIONS.get(lang.split("-")[0].lower(), {})
    used: set[int] = set()
    pairs: list[tuple[Difference | None, Difference | None]] = []
    for difference in unprimed.differences:
        twin = next((k for k, other in enumerate(primed.differences)
                     if k not in used and _overlaps(difference, other)), None)
        if twin is not None:
            used.add(twin)
        pairs.append((difference, None if twin is None else primed.differences[twin]))
    pairs += [(None, other) for k, other in enumerate(primed.differences) if k not in used]
    places = [_score(said, u, p, heard_unprimed, heard_primed, known) for u, p in pairs]
    return sorted(places, key=lambda place: (-place.score, place.said.start))


def _score(said: Sequence[Said], u: Difference | None, p: Difference | None,
           heard_unprimed: Sequence[str], heard_primed: Sequence[str], known: dict) -> Place:
    function_words = known.get("function_words", set())
    wrong_unprimed = set(u.said) if u else set()
    wrong_primed = set(p.said) if p else set()
    wrong_both = wrong_unprimed & wrong_primed
    both = u is not None and p is not None and (
        any(said[i].word not in function_words for i in wrong_both)
        or (u.kind != MISHEARD and p.kind != MISHEARD))
    shown = p if (u is None or (both and p and p.said and len(p.said) < len(u.said))) else u
    assert shown is not None
    span = range(min(wrong_unprimed | wrong_primed | {shown.said.start}),
                 max(wrong_unprimed | wrong_primed | {shown.said.stop - 1}) + 1)
    heard = heard_primed if shown is p else heard_unprimed
    words_said = [said[i].word for i in shown.said]
    words_heard = [heard[i] for i in shown.heard]
    score, reasons = SCORES[shown.kind], []
    if both:
        score += BOTH_PASSES
        reasons.append("in both hearings")
    elif u is None:
        score += PRIMED_ONLY
        reasons.append("only when told the rare words")
    size = len(shown.said) or len(shown.heard)
    score += min(LONGEST_RUN_BONUS, max(0, size - 1) * LONGER_RUN)
    if shown.kind in (SKIPPED, REPEATED) and u is not None:
        score += 2

    heard_u = [heard_unprimed[i] for i in u.heard] if u else []
    if any(said[i].respelling and _heard_as_respelling(said[i].respelling, heard_u)
           for i in wrong_unprimed):
        return Place(u.kind, span, u, False, RESPELLING,
                     ("the listener hears the respelling's own words",), respelt=True,
                     both=both)
    unjudged = tuple(i for i in sorted(wrong_unprimed - wrong_primed)
                     if said[i].rare and u is not None and u.kind == MISHEARD)
    if any(said[i].rare for i in wrong_both) and both:
        score += RARE_WORD
        reasons.append("a rare word of the handout")
    elif not any(said[i].rare for i in shown.said):
        discount, why = _known(words_said, words_heard, known)
        if discount:  # never listed on its own, whatever else speaks for it
            score = min(0, score + discount)
            reasons.append(why)
        elif shown.kind == MISHEARD and shown.said and said[shown.said.start].starts_sentence:
            score += SENTENCE_START
            reasons.append("first word of a sentence")
    only_unjudged = bool(unjudged) and not both and all(
        i in unjudged or said[i].word in function_words for i in wrong_unprimed)
    return Place(shown.kind, span, shown, shown is p, score, tuple(reasons),
                 unjudged=unjudged, only_unjudged=only_unjudged, both=both)


def _heard_as_respelling(respelling: Sequence[str], heard: Sequence[str]) -> bool:
    """True when the words heard are the respelling's own words (at least two of them and
    at least half): "clown as a pan" heard for "Clonazepam" respelt "clown as a pan". A
    respelling that works ("clo-nazzapam") is never heard as its pieces."""
    shared = sum(1 for word in respelling if word in heard)
    return len(respelling) >= 2 and shared >= 2 and 2 * shared >= len(respelling)


def _known(said: Sequence[str], heard: Sequence[str], known: dict) -> tuple[int, str]:
    """The discount for a difference the recogniser makes on plain English, and why."""
    if not known:
        return 0, ""
    pairs = {(" ".join(said), " ".join(heard))}
    if len(said) == len(heard):
        pairs |= {(s, h) for s, h in zip(said, heard) if s != h}
    if pairs & known["pairs"]:
        return KNOWN_PAIR, "a confusion the recogniser makes on plain English"
    if said and heard and any({" ".join(said), " ".join(heard)} <= group
                              for group in known["homophones"]):
        return KNOWN_CLASS, "words that sound alike"
    if all(w in known["function_words"] for w in (*said, *heard)):
        return KNOWN_CLASS, "small words the recogniser confuses"
    if len(said) == len(heard) == 1 and _same_but_ending(said[0], heard[0], known["endings"]):
        return KNOWN_CLASS, "an ending the recogniser confuses"
    return 0, ""


def _same_but_ending(a: str, b: str, endings: Sequence[str]) -> bool:
    """"rebound" and "rebounding", "activities" and "activity", "individuals" and
    "individual": one word with another ending, or none."""
    def stems(word: str) -> set[str]:
        return {word} | {word[: -len(e)] for e in endings
                         if word.endswith(e) and len(word) - len(e) >= 3}

    return bool(stems(a) & stems(b))
