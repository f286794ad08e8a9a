"""What the check stage reports: one `Finding` per problem, with a severity; and the faults
of an author's words that both the Markdown lint and the Word reader look for.

Errors fail `invoke check`; warnings fail it only with `--strict`; information never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"

VAGUE_LINK_TEXTS = frozenset({"click here", "click", "here", "this link", "link",
                              "read more", "more", "this page", "this", "go", "learn more"})
"""Link words that say nothing when a listener or a printed page takes them out of context."""
LONG_CAPITALS = 7
"""A single word in capitals this long is emphasis, not an acronym."""
CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’]+\b(?:[ \t,;:!?-]+\b[A-Z][A-Z'’]+\b)+")
LONG_CAPITAL_WORD = re.compile(rf"\b[A-Z]{{{LONG_CAPITALS},}}\b")


SHORT_WORDS = frozenset("A AN THE TO OF AND OR FOR IN ON AT BY BE IS ARE AS IT DO NOT NO ALL "
                        "ANY YOU YOUR OUR WE US ASK USE GET MAY CAN HOW WHO WHY WHAT YES".split())
"""Short words that a run of capitals is written in, where an acronym is not."""


def _reads_as_a_word(word: str) -> bool:
    """Whether a word in capitals is a word typed in capitals ("AWARE", "TO"), not an
    acronym ("NHS", "USDS", "XSL"): a short word, or four letters or more with two vowels."""
    return word in SHORT_WORDS or len(word) >= 4 and sum(c in "AEIOUY" for c in word) >= 2


def in_capitals(words: str) -> str | None:
    """The first run of words in capitals in `words` (or one long word), which is hard to
    read in large print: the Markdown lint and the Word reader both report it. A run is two
    words or more that read as words ("BE AWARE", "VALUE TO THE TEAM"); acronyms side by
    side ("XSL FO", "CC-BY-SA", "ADHD, ASD", "MBBS MRCGP") are not one."""
    for run in CAPITALS_RUN.finditer(words):
        if sum(map(_reads_as_a_word, re.findall(r"[A-Z'’]+", run.group(0)))) >= 2:
            return run.group(0)
    capitals = LONG_CAPITAL_WORD.search(words)
    return capitals.group(0) if capitals else None


def says_nothing(link_words: str) -> bool:
    """Whether a link's words ("click here") say nothing where it goes."""
    return re.sub(r"[^\w ]", "", link_words).strip().lower() in VAGUE_LINK_TEXTS


@dataclass(frozen=True)
class Finding:
    """One problem: where it is, which rule it breaks, and what to do."""

    where: str
    rule: str
    message: str
    severity: str = ERROR

    def fails(self, strict: bool) -> bool:
        return self.severity == ERROR or (strict and self.severity == WARNING)

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}: {self.message}" + (
            "" if self.severity == ERROR else f" ({self.severity})")
