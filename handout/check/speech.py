"""Check stage, speech: words the voice may need help with, read from the speech scripts.

`check_speech` reads what the voice is given, not the audio: words that look like they need
a pronunciation entry (capitalised acronyms, words with digits) and lexicon entries that
never matched a word of the handouts.
"""

from __future__ import annotations

import html
import re
from typing import Sequence

from handout.config import Settings
from handout.findings import INFO, WARNING, Finding, placeholders, reads_as_a_word
from handout.read.document import Document
from handout.read.sources import WORD_SUFFIXES, decode_text


_ACRONYM = re.compile(r"\b(?:[A-Z][A-Z0-9]*(?:&[A-Z][A-Z0-9]*)+"
                      r"|[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?)\b")
_WITH_DIGITS = re.compile(r"\b(?=(?:[\w-]|(?<=\d)[.,](?=\d))*[A-Za-z])(?=[\w-]*\d)"
                          r"(?:[\w-]|(?<=\d)[.,](?=\d))+\b")
"""Each is named whole, an acronym with its ampersand ("AT&T", "R&D") and a word with its
number's decimal point ("2.4GHz"): a Wi-Fi guide's "5GHz vs 2.4GHz" and "AT&T" were noted
as '4GHz' and 'AT', which are not in its text."""
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th|er|re|ère|e|ème|nde|nd|º|ª)$")
_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?[ap]m$", re.IGNORECASE)
"""A time as opening hours write it, "9am", "1pm", which the voice says as written ("nine
a m"): it was listed on every leaflet that gives its hours."""
_SPOKEN_AS_WORDS = frozenset({"AM", "PM", "OK", "TV", "UK", "US", "USA", "EU"})
_JOINED_TO_WORDS = re.compile(r"\d+(?:[.,]\d+)?(?:-[^\W\d_]{2,})+")
"""A number joined by hyphens to words in lower case, "90-minute", "5-day", "10-year-old",
which the voice says well: a hearing clinic's FAQ (sweep BK, hearing-aid-fitting-faq line
29) had its "initial 90-minute fitting appointment" noted. "5-HTP" is still noted."""


def check_speech(documents: Sequence[Document], settings: Settings) -> list[Finding]:
    """Words that look like they need a pronunciation entry (capitalised acronyms, words
    with digits), and project-wide lexicon entries no handout here says, as information
    (another source folder may need them); a handout's own entries that it never says, as
    warnings (a misspelt key)."""
    from handout.read.words import compile_lexicon

    findings = []
    project_used: set[str] = set()
    for document in documents:
        printed = " ".join([document.meta.title, document.notes_html]
                           + [section.html for section in document.sections])
        printed = html.unescape(re.sub(r"<[^>]+>", " ", printed))
        lexicon = dict(document.meta.pronunciations)
        used = {word for word, (pattern, _) in zip(
            sorted(lexicon, key=lambda w: -len(w)), compile_lexicon(lexicon))
            if pattern.search(printed)}
        project_used |= used
        project = settings.lexicon_for(document.meta.lang)
        from_front = {k for k, v in lexicon.items() if project.get(k) != v}
        for word in sorted(from_front - used):
            findings.append(Finding(str(document.source), "pronunciation",
                                    f"'{word}' is in the front matter's pronunciations but "
                                    "the handout never says it: fix the spelling or remove it",
                                    WARNING))
        seen: set[str] = set()
        lower_case = {word for section in document.sections for utterance in section.script
                      for word in re.findall(r"\b[a-z]+\b", utterance.spoken)}
        lines = [] if document.source.suffix.lower() in WORD_SUFFIXES else \
            decode_text(document.source, document.source.read_bytes(), warn=False).split("\n")
        for section in document.sections:
            # What the voice is given: words with an entry are respelled there, and those the
            # build says in words ("25K", "under-5s") are no longer what was written.
            spoken = " ".join(utterance.spoken for utterance in section.script)
            # A placeholder ("Emergency Services: XXX") is warned of as one by the lint.
            unfilled = " ".join(found for utterance in section.script
                                for found, _ in placeholders(utterance.spoken))
            for word in _words_to_check(spoken, lower_case):
                if word not in seen and not re.search(rf"(?<!\w){re.escape(word)}(?!\w)",
                                                      unfilled):
                    seen.add(word)
                    line = line_of(word, lines, section.line)
                    findings.append(Finding(
                        # a Word document has no lines: "docx:1" named none of its words'
                        f"{section.source}:{line}" if lines else str(section.source),
                        "pronunciation",
                        f"'{word}' may be said wrongly by the voice: listen to it, and if "
                        "needed add it under 'pronunciations'", INFO))
    entries = {word for key, said in settings.pronunciations.items()
               for word in ([key] if isinstance(said, str) else said)}
    for word in sorted(entries - project_used):
        findings.append(Finding("pyproject.toml", "pronunciation",
                                f"'{word}' in [tool.handout.pronunciations] matches no word "
                                "in these handouts: check its spelling", INFO))
    return findings


def line_of(word: str, lines: Sequence[str], start: int) -> int:
    """The first of `lines` from line `start` on that has `word` as a word, or else within a
    longer one, as a reference joined with underscores has it ("MSSV_Hovaten"); `start` if
    none."""
    for pattern in (rf"(?<!\w){re.escape(word)}(?!\w)", re.escape(word)):
        found = next((number for number, text in enumerate(lines, start=1)
                      if number >= start and re.search(pattern, text)), None)
        if found is not None:
            return found
    return start


_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?:[\s,;:&/-]+[A-Z][A-Z'’]+\b){2,}")
"""Three words or more typed in capitals: a line shouted so, whose words are words, not
acronyms (the lint names the line, `capitals`). A VA job announcement in capitals had 209
of its words listed, "YOUR", "ARE", "NOT" among them."""


def _in_capitals(word: str, lower_case: set[str]) -> bool:
    """Whether `word` is an ordinary word typed in capitals, which Piper says as the word: one
    the lint reads as a word (`findings.reads_as_a_word`: a short word a shouted line is
    written in, "IS", "NO", or four letters or more with two vowels, "TRUE", "EMERGENCY"),
    or one the handout also writes in lower case (`lower_case`, "HEAT", "STROKE"). A
    heat-stroke guide (sweep BB) had some 35 noted, burying its "PPE", "DIC" and "ARDS",
    which are still noted."""
    return word.isupper() and (reads_as_a_word(word) or word.lower() in lower_case)


def _words_to_check(spoken: str, lower_case: set[str] = frozenset()) -> list[str]:
    """The words of `spoken` to note, but for words typed in capitals (`_in_capitals`)."""
    words = [w for w in _ACRONYM.findall(_CAPITALS_RUN.sub(" ", spoken))
             if w.rstrip("s") not in _SPOKEN_AS_WORDS and not _in_capitals(w, lower_case)]
    words += [w for w in _WITH_DIGITS.findall(spoken)
              if not (_ORDINAL.match(w) or _CLOCK.match(w)
                      or _JOINED_TO_WORDS.fullmatch(w) and w.islower())]
    return list(dict.fromkeys(words))
