"""Speech script of the document model: the words a listener hears, sentence by sentence.

`script_section` walks one section's element tree (never the raw Markdown) and returns its
speech script: a tuple of `Utterance`s, one per sentence, heading, table row or picture
(one over `words.LONGEST_UTTERANCE` in pieces), each with the pause that follows it and the
id of the element that shows it. The walk also marks the text: every sentence of running
text is wrapped in `<span class="sentence">` with an id, and every heading, table row and
picture that is spoken gets an id, so the editions that follow the voice (DAISY, EPUB, the
web page) can highlight exactly what is being said. Headings come first with a longer
pause; lists are read item by item (numbered when ordered); tables row by row with their
header labels; pictures by their alt text; links by their text; footnotes at the end of the
section that cites them; callouts (a note, a warning, a lesson's objectives) by their
label, their content, then "End of" the label, as quotes are.
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Collection, Iterable, Iterator, Mapping

from handout.config import Settings
from handout.language import words_for
from handout.read.images import is_decorative
from handout.read.numbers import (MEASURES, PASSWORD_RE, asides_of, put_back, roman_numeral,
                                  roman_value, say_numbers, set_aside)
from handout.read.words import (ARROW_SIGN_RE, CHEMICAL_ELEMENTS, ENDS_BEFORE_AN_OPENING,
                                ENGLISH_SYMBOLS, LINE_SEPARATOR, LISTED_SYMBOLS, LONGEST_UTTERANCE,
                                MENU_PATH_RE, SPACED_STOPS, UNSPACED_STOPS, VIDEO_MOMENT,
                                built_in_respellings, compile_lexicon, ends_in_web_address,
                                every_script_said, in_written_digits, is_email_address, name_arrow,
                                name_key_chord, name_keys, name_mac_keys, respell, said_as_keys,
                                said_moment, saying_for, sentence_spans, spelled_countries,
                                spelled_formulas, spelled_initials, spoken_words,
                                unreadable_alone, unreadable_words, utterance_spans,
                                weekday_headers, without_closing_dots)

FULL_STOPS = SPACED_STOPS + UNSPACED_STOPS
"""What ends a sentence in any language: a cell, a caption or a description ending in one
("؟", Urdu's "۔", "。") is not given another."""
_ENDS_A_PHRASE = re.compile(rf"(?<![\w.])(?i:{'|'.join(sorted(ENDS_BEFORE_AN_OPENING))})\.?$")
"""A table's cell that ends with an English abbreviation whose stop ends no sentence
(`words.ENDS_BEFORE_AN_OPENING`): "Fire Dept", given its stop as each cell is, was said
"Fire Department Heat Exhaustion", the stop taken as the abbreviation's; it keeps its stop
and is given a comma."""

_TOTAL_CELL = re.compile(r"(?i)(?:grand |sub-?)?(?:total[e]?|totaal|summe|gesamt\w*|insgesamt"
                         r"|suma|somme|soma|sum)\b")
"""A total row's name, in the languages handouts come in ("TOTAL (USD)", "Totale", "Summe",
"Totaal"): the last row of a table to fill in, whose amounts are to be written too."""

@dataclass(frozen=True)
class Utterance:
    """A run of words spoken without a break, then `pause` seconds of silence.

    `text` is what a reader reads (the transcript, captions, highlighted text): units and
    numbers as they are said, every other word as printed. `spoken` is what the voice is
    given: the same, with the pronunciation lexicon's respellings, which are instructions
    to the voice and never words for a reader. `ref` is the id of the element showing it
    (for words only a listener hears, such as "End of quote.", the element they announce),
    and utterances with the same `paragraph` number are one paragraph of the transcript.
    """

    text: str
    pause: float
    spoken: str = ""
    ref: str | None = None
    paragraph: int = 0

    def __post_init__(self) -> None:
        if not self.spoken:
            object.__setattr__(self, "spoken", self.text)


BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 ul ol li table blockquote pre div dl dt dd "
                       "figure figcaption hr".split())
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
UNSPOKEN_TAGS = frozenset("script style template noscript iframe object embed video audio svg "
                          "math head link meta base title form select textarea button input "
                          "canvas picture source map".split())
"""Elements whose content is not text for a reader. The sanitizer removes them; should one
remain, it is neither read nor marked, so the page keeps whatever it was."""
ATOMIC_TAGS = frozenset({"img", "br"})
"""Inline elements never cut by a sentence boundary."""
SENTENCE_CLASS = "sentence"
COLUMN_GAP = "\u2003"
"""An em space: the gap between columns a Word document typed with tabs
(`word.COLUMN_TABS`), wider than a word space on the page, and said as a comma between
words, as a line's end is in an address: "Support for clinical governance<tab><tab>Needs
assessment" was one phrase."""


def text_of(element: ET.Element, for_sentences: bool = False, line_break: str = "") -> str:
    """The visible words of `element` as the printed page shows them.

    `for_sentences` gives the text that `words.sentence_spans` cuts into sentences, of the
    same length, so that places in the text do not move: a footnote's number is given as
    as many "]" (after a full stop it is then read as closing the sentence, "start.¹ It"
    ends a sentence, not as a number, as "3.5" does not), and the line end after a line
    break (`<br>`) as U+2028, the line separator (a line there that opens with its own
    label, "b. We may", starts a sentence; a line that only wraps does not). `line_break`
    is what a line break is, where its line is not apart from the next (`printed_words`).
    A missing picture's box is one sentence, its description's own ends given as commas
    (`INNER_SENTENCE_END`): a lesson's `![A fridge door. It is open.](door.jpg)` (sweep CC,
    citsci-lesson line 28) printed as two boxes, the second unlabelled, each sentence its
    own span with the box's class."""
    parts = [element.text or ""]
    for child in element:
        tail = child.tail or ""
        if child.tag == "br":
            parts.append(line_break)
        if child.tag == "img":
            parts.append(child.get("alt", ""))
        elif for_sentences and child.tag == "sup" and child.get("id", "").startswith("fnref"):
            parts.append("]" * len(text_of(child)))
        elif for_sentences and child.tag == "br" and tail[:1] == "\n":
            tail = LINE_SEPARATOR + tail[1:]
        elif for_sentences and _is_missing_picture(child):
            parts.append(INNER_SENTENCE_END.sub(",", text_of(child, True, line_break)))
        elif isinstance(child.tag, str):  # not a comment
            parts.append(text_of(child, for_sentences, line_break))
        parts.append(tail)
    return "".join(parts)


INNER_SENTENCE_END = re.compile(r"[.!?…](?=\s+\S)")
"""A sentence's end with words after it: in a missing picture's box, where it is no end of
the box's sentence (`text_of`)."""


def _is_missing_picture(element: ET.Element) -> bool:
    """Whether `element` is the box in place of a picture that could not be had
    (`images.replace_with_box`)."""
    return element.tag == "span" and "missing-picture" in (element.get("class") or "").split()


CHAPTER_TIME = re.compile(r"^\s*(?:\d{1,2}:)?[0-5]?\d:[0-5]\d(?=\s*(?:[-–—:]\s|$))")
"""The time that opens a chapter of a video listed with the others, "05:00 - Commands"."""
RECORDING_TIME = re.compile(r"^\s*[\[(]?(0?[0-5]:[0-5]\d:[0-5]\d)(?:\.\d{1,3})?[\])]?(?=\s+\S)")
"""The time into a recording that opens a transcript's turn, hours, minutes and seconds,
"0:00:14.1 Adam: Welcome", "[00:12:34] SMITH:": said as a length of time (`said_moment`),
"14 seconds", with a pause after it. A podcast's transcript (sweep CW, D5) was heard "zero
zero zero fourteen point one Adam Garrett-Harris Welcome", and "00:12:34" "zero zero twelve
thirty-four"; its tenths of a second are not said."""


def _links_a_moment(item: ET.Element) -> bool:
    """Whether a list's item opens with a time that is a link to a video at that moment,
    "[00:26](https://www.youtube.com/watch?v=…&t=26s) - Phantom processes": a video's
    chapters, whose times written without a link, "05:00 - Commands", are moments into it
    too (sweep AZ, repro ts), not times of day ("5 AM")."""
    while not (item.text or "").strip() and len(item) and item[0].tag == "p":
        item = item[0]
    if (item.text or "").strip() or not len(item) or item[0].tag != "a":
        return False
    return bool(VIDEO_MOMENT.search(item[0].get("href", ""))
                and CHAPTER_TIME.match(text_of(item[0])))


def _new_line_follows(element: ET.Element, position: int) -> bool:
    """Whether a line of its own follows the line break that is child `position` of
    `element`: not a sentence broken across lines, whose next line goes on in lower case,
    nor nothing, where the break ends a sentence ("Step 1: Turn the heating off" over "Step
    2: Put…", each a sentence of its own)."""
    children = list(element)
    next_line = (children[position].tail or "").lstrip()
    if not (next_line or "".join(text_of(later) + (later.tail or "")
                                 for later in children[position + 1:]).strip()):
        return element.get("class") != SENTENCE_CLASS
    return not next_line[:1].islower()


def _picture_description(element: ET.Element) -> str | None:
    """The words that describe a picture, in print a picture's `alt` or a box in place of
    one it could not have (`images.replace_with_box`), as a reader compares them: in lower
    case, without their marks; None for anything else."""
    if element.tag == "img":
        described = element.get("alt")
    elif _is_missing_picture(element):
        label = element.find("strong")
        described = label.tail if label is not None else None
    else:
        return None
    return " ".join(re.findall(r"\w+", (described or "").lower())) or None


def _broken_lines(element: ET.Element) -> list[str]:
    """The words that open each line of `element`, its lines broken with `<br>`: its text,
    then each line break's tail."""
    return [element.text or "", *(child.tail or "" for child in element if child.tag == "br")]


_TYPED_BULLET = re.compile(r"^\s*[-*+•][ \t\u00a0]+")
"""A bullet typed at a line's start, "- Rest", "* Rest", as a list is typed in a table's cell,
its lines broken with `<br>` (`_lines_typed_as_list`)."""


def _lines_typed_as_list(element: ET.Element) -> bool:
    """Whether two or more of the lines of `element`, broken with `<br>`, open with a typed
    bullet (`_TYPED_BULLET`): a care plan's cell, "- Rest<br>- Sleep", was said "- Rest, -
    Sleep", and "* Rest<br>* Sleep" "star Rest, star Sleep". The bullets are not said, as
    Markdown's own list's are not; print shows them as typed."""
    return sum(bool(_TYPED_BULLET.match(line)) for line in _broken_lines(element)) >= 2


LINE_TO_WRITE_ON = r"(?:_{3,}|\.{5,}|…{2,})"
"""A line to write on: underscores, or dots as long as five full stops ("…" counts three)."""
WRITE_ON = re.compile(rf"\s*{LINE_TO_WRITE_ON}\s*")
"""A line to write on alone."""
FORM_FIELD = re.compile(rf"\s*([^\W\d_][^_.!?;:：]{{0,40}}?)\s*[:：]?\s*{LINE_TO_WRITE_ON}\s*")
"""A form's field alone on its line: a short label, perhaps with its colon, then a line to
write on that ends the line, "Signature<tab><tab>______" (`_form_fields`)."""


def _form_fields(element: ET.Element) -> bool:
    """Whether two or more of the lines of `element`, broken with `<br>`, are a form's fields
    (`FORM_FIELD`): a consent form's signature lines (sweep BE, va-cms-consent lines 22-24),
    "Name (printed)<tab>____</br>", "Signature<tab><tab>____</br>", "Date<tab><tab><tab>____",
    were said as one phrase, "Name (printed) blank Signature blank Date blank", where a reader
    says each label, pauses, and ends each line. Tabs are spaces by then (Python-Markdown
    expands them), so lines of fields are told by their shape, and one alone is left."""
    return sum(bool(FORM_FIELD.fullmatch(line)) for line in _broken_lines(element)) >= 2


def blanks_over_labels(elements: Iterable[ET.Element]) -> dict[ET.Element, list[str]]:
    """Each paragraph of lines to write on in columns (`COLUMN_GAP`) that sits directly
    over a paragraph of as many labels, with those labels; the labels' paragraph with none,
    as they are said with their lines. A Word consent form (sweep BE, hopebot-consent) signs
    off with "_____<tab>_____" over "Name of participant<tab>Date", said "blank, blank" then
    "Name of participant, Date", where a reader says each label with its line."""
    found: dict[ET.Element, list[str]] = {}
    elements = list(elements)
    for siblings in [elements, *(list(inner) for element in elements for inner in element.iter())]:
        for above, below in zip(siblings, siblings[1:]):
            if above.tag != "p" or below.tag != "p" or above in found:
                continue
            lines = text_of(above).strip().split(COLUMN_GAP)
            labels = [label.strip() for label in text_of(below).strip().split(COLUMN_GAP)]
            if len(lines) >= 2 and len(labels) == len(lines) and all(
                    WRITE_ON.fullmatch(line) for line in lines) and all(
                    FORM_FIELD.fullmatch(f"{label} ___") for label in labels):
                found[above], found[below] = labels, []
    return found


def _words_follow(children: list[ET.Element], position: int) -> bool:
    """Whether words follow child `position` of `children`, in its tail or in a child after
    it: a list's or a missing picture's words then end where it does."""
    return bool((children[position].tail or "").strip() or any(
        "".join(later.itertext()).strip() for later in children[position + 1:]))


def _title_over_text(element: ET.Element, position: int) -> bool:
    """Whether the line that the line break, child `position` of `element`, ends is one
    bold run alone, and the line after it a sentence: a title over its text, not a name
    over an address ("Ofsted" over "Store Street, Manchester")."""
    children = list(element)
    if position == 0 or children[position - 1].tag not in ("strong", "b") or \
            (children[position - 1].tail or "").strip():
        return False
    before = children[position - 2] if position > 1 else None
    if (element.text or "").strip() if before is None else \
            before.tag != "br" or (before.tail or "").strip():
        return False
    following = [children[position].tail or ""]
    for child in children[position + 1:]:
        if child.tag == "br":
            break
        following += [text_of(child), child.tail or ""]
    return "".join(following).rstrip().endswith((*FULL_STOPS, ":"))


def transcript_of(script: Iterable[Utterance]) -> str:
    """The words of `script` as a reader reads them: one paragraph per block of the text,
    and a line of its own for each of a block's lines with no stop at its end, as its line
    breaks end them: an address's lines ran together, "…Team Webmanagement Telefon: 089
    233-782427 E-Mail: …"."""
    paragraphs: list[str] = []
    last = None
    for utterance in script:
        if utterance.paragraph != last:
            paragraphs.append(utterance.text)
            last = utterance.paragraph
        else:
            ended = paragraphs[-1].rstrip().endswith((*FULL_STOPS, ":", ";", ",", "…"))
            paragraphs[-1] += (" " if ended else "\n") + utterance.text
    return "\n\n".join(paragraphs) + "\n"


@dataclass(frozen=True)
class Lead:
    """A line of the title block that the title section speaks first, and its element id."""

    words: str
    ref: str


@dataclass
class Unsaid:
    """What is printed but not said, as the voice cannot read its letters: whole passages
    (`words.unreadable_alone`) and words in the sentences it reads (`words.unreadable_words`)."""

    passages: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


ROMAN_HEADING = re.compile(r"^(\s*)([IVX]{1,6})\.(?=\s)")
"""A heading's number in Roman numerals, "V. Algemene ledenvergadering"."""


def roman_numbered_headings(elements: Iterable[ET.Element]) -> frozenset[ET.Element]:
    """The headings of `elements` numbered I., II., III. in a run at one level, each one more
    than the one before at its level: a Dutch association's rules (sweep BX, nl-nluug-hr)
    head its parts "I. Algemene bepalingen" to "VII.", where "II", "III", "IV" were said as
    numbers and "I." and "V." as letters, "ie", "vee", a letter alone being no numeral. In a
    run of two or more, each is its number."""
    runs: dict[str, list[tuple[ET.Element, int]]] = {}
    for element in elements:
        if element.tag not in HEADING_TAGS:
            continue
        found = ROMAN_HEADING.match(text_of(element))
        value = roman_value(found[2]) if found and roman_numeral(roman_value(found[2])) \
            .upper() == found[2] else None  # "IIII" or "VX" is no number
        run = runs.setdefault(element.tag, [])
        if value is not None and (not run or run[-1][1] + 1 == value):
            run.append((element, value))
    return frozenset(element for run in runs.values() if len(run) > 1 for element, _ in run)


def script_section(
    elements: Iterable[ET.Element],
    footnotes: Mapping[str | None, ET.Element],
    settings: Settings,
    lexicon: Mapping[str, str],
    lang: str = "en",
    ids: Iterator[str] | None = None,
    lead: Iterable[Lead] = (),
    unsaid: Unsaid | None = None,
    roman_headings: Collection[ET.Element] = (),
) -> tuple[Utterance, ...]:
    """The speech script of one section, marking `elements` (in place) with the ids it
    refers to; `lead` lines (the title block) come first. New ids are taken from `ids`.
    Where `unsaid` is given, a sentence all in letters the voice cannot read
    (`words.unreadable_alone`) is printed but not said, and its words are added to it, as
    are the words in such letters left out of the sentences said. The headings of
    `roman_headings` (`roman_numbered_headings`) say their numeral as its number."""
    elements = list(elements)
    reader = _Reader(settings, footnotes, lang, ids or (f"s-{n}" for n in range(1, 10**9)))
    for line in lead:
        reader.say(without_closing_dots(line.words), settings.heading_pause, line.ref)
    reader.labelled_blanks = blanks_over_labels(elements)
    reader.roman_headings = roman_headings
    reader.verses = numbers_verses(elements)
    for element in elements:
        reader.block(element)
    reader.read_notes()
    compiled = compile_lexicon({**built_in_respellings(lang), **lexicon})
    script = []
    handout_lang = lang
    for index, (text, pause, ref, paragraph) in enumerate(reader.said):
        lang = reader.said_in.get(index, handout_lang)  # its rules; the voice is the handout's
        with every_script_said(unsaid is None):  # a handout read whole, its `lang` wrong
            words = _words_outside_code(text, lang)
        # (a label of one, "AR: أحتاج مساعدة", has no words left by then: `spoken_words`)
        if (words or unreadable_words(text, handout_lang)) and unsaid is not None \
                and unreadable_alone(text, handout_lang):
            # As printed: the words said are what is left once those letters go, "(ARBs)"
            # of a Hindi sentence, in which the warning then found no such letters to name.
            unsaid.passages.append(" ".join(re.sub(f"[{CODE_START}{CODE_END}{MATHS_START}"
                                                   f"{MATHS_END}]", "", text)
                                            .split()))
            words = ""
        elif unsaid is not None:  # not those in code, which is said as written
            unsaid.words.extend(word for word in unreadable_words(text, handout_lang)
                                if word not in words)
        if words:
            said = say_numbers(respell(spelled_formulas(spelled_initials(spelled_countries(
                words, lang), lang), lang), compiled), lang)
            script.append(Utterance(in_written_digits(words, text), pause, said, ref, paragraph))
        elif script and script[-1].paragraph == paragraph:
            last = script[-1]  # a sentence of symbols only: its pause stays with the words
            script[-1] = Utterance(last.text, pause, last.spoken, last.ref, last.paragraph)
    _unmark_silent_sentences([*elements, *(footnotes[note] for note in reader.notes_cited)],
                             {u.ref for u in script})
    return tuple(script)


def _unmark_silent_sentences(elements: list[ET.Element], said: set[str | None]) -> None:
    """A sentence with no words to say (a Word form's line of underscores, an empty
    bookmark) is not read: it loses its mark, so no edition waits for its voice."""
    for element in elements:
        for span in element.iter("span"):
            if span.get("class") == SENTENCE_CLASS and span.get("id") not in said:
                del span.attrib["class"]
                del span.attrib["id"]


NOTHING_IN_A_CELL = re.compile(r"\s*(?:[-–—]+|/|[£$€¥₹]\s*\.?)\s*")
"""A table's cell that holds no value, passed over as an empty one is, whose column's name
alone ("Notes:.") said nothing and sounded like a word lost: a dash, a price list's "none"
("Villager Discount Price: -."); a slash, a Chinese table's (said "slash"); or a currency's
sign with no amount, a cake-sale rota's "£ ." not yet filled in (sweep DA), said "Amount
raised: pound"."""


class _Reader:
    """Walks block elements in reading order, collecting what is said and marking the text."""

    def __init__(self, settings: Settings, footnotes: Mapping[str | None, ET.Element],
                 lang: str, ids: Iterator[str]):
        self.settings = settings
        self.footnotes = footnotes
        self.lang = lang
        self.words = words_for(lang)
        # Chinese and Japanese punctuate a table's cells with their own marks, unspaced.
        self.colon, self.space = ("：", "") \
            if lang.split("-")[0].lower() in ("zh", "ja") else (": ", " ")
        self.stop = {"zh": "。", "ja": "。", "ur": "۔"}.get(lang.split("-")[0].lower(), ".")
        self.comma = {"zh": "，", "ja": "、", "ar": "،", "fa": "،", "ur": "،"}.get(
            lang.split("-")[0].lower(), ",")
        self.ids = ids
        self.said: list[tuple[str, float, str | None, int]] = []
        self.passage_lang: str | None = None
        """The `lang` of the element being read, where it is not the handout's."""
        self.said_in: dict[int, str] = {}
        """The language of each utterance said (by its index in `said`) in such an element."""
        self.paragraph = 0
        self.notes_cited: list[str] = []
        self.numbered_lists = 0
        """How many numbered lists the list being read is inside."""
        self.labelled_blanks: dict[ET.Element, list[str]] = {}
        """Lines to write on over their labels, each said with its label
        (`blanks_over_labels`)."""
        self.roman_headings: Collection[ET.Element] = ()
        """Headings numbered in a run of Roman numerals (`roman_numbered_headings`)."""
        self.verses = False
        """Whether the section's raised numbers apart from words are verse numbers
        (`numbers_verses`)."""
        self.chapters = False
        """Whether the list being read is a video's chapters (`_links_a_moment`), whose
        items' opening times are moments into it, linked or not."""

    # -- saying -----------------------------------------------------------------------

    def say(self, text: str, pause: float, ref: str | None, new_paragraph: bool = True) -> None:
        """Say `text`, then pause; text over `LONGEST_UTTERANCE` (a Word layout table's
        cell of 7,555 words was one utterance of 94,377 characters) is said in pieces
        (`words.utterance_spans`), each showing at `ref`, with code cut in two kept code."""
        text = " ".join(text.split())
        if not text:
            return
        if new_paragraph:
            self.paragraph += 1
        pieces = [text] if len(text) <= LONGEST_UTTERANCE else \
            [text[start:end].strip() for start, end in utterance_spans(text, self.lang)]
        for index, piece in enumerate(pieces):
            if piece.rfind(CODE_START) > piece.rfind(CODE_END) and index < len(pieces) - 1:
                piece += CODE_END
                pieces[index + 1] = CODE_START + pieces[index + 1]
            last = index == len(pieces) - 1
            if self.passage_lang:
                self.said_in[len(self.said)] = self.passage_lang
            self.said.append((piece, pause if last else self.settings.sentence_pause, ref,
                              self.paragraph))

    def lengthen_pause(self, pause: float) -> None:
        if self.said:
            text, old, ref, paragraph = self.said[-1]
            self.said[-1] = (text, max(old, pause), ref, paragraph)

    def set_pause(self, pause: float) -> None:
        if self.said:
            text, _, ref, paragraph = self.said[-1]
            self.said[-1] = (text, pause, ref, paragraph)

    def id_for(self, element: ET.Element) -> str:
        if not element.get("id"):
            element.set("id", next(self.ids))
        return element.get("id")

    # -- blocks -----------------------------------------------------------------------

    def block(self, element: ET.Element) -> None:
        """Say a block element; one marked with another language than the handout's
        (`<div lang="fr" markdown="1">`) is said by that language's rules: a bilingual
        leaflet's French half, "Sortez-les avant 7 h", was said "avant 7 hours"."""
        lang = element.get("lang") if isinstance(element.tag, str) else None
        if not lang or lang == (self.passage_lang or self.lang):
            return self.read_block(element)
        outer, self.passage_lang = self.passage_lang, None if lang == self.lang else lang
        try:
            self.read_block(element)
        finally:
            self.passage_lang = outer

    def read_block(self, element: ET.Element) -> None:
        tag = element.tag
        s = self.settings
        if not isinstance(tag, str) or tag.rsplit("}", 1)[-1] in UNSPOKEN_TAGS:
            return  # a comment, a script: never said
        if tag in HEADING_TAGS:
            words = self.inline(element)
            if element in self.roman_headings:  # "I. Algemene bepalingen": "1. Algemene…"
                words = ROMAN_HEADING.sub(lambda m: f"{m[1]}{roman_value(m[2])}.", words, 1)
            self.say(without_closing_dots(words), s.heading_pause, self.id_for(element))
        elif tag in ("ul", "ol"):
            self.list_items(element)
        elif tag == "table":
            self.table(element)
        elif tag == "blockquote":
            self.say(self.words.quote, s.item_pause, self.id_for(element))
            self.contents(element, s.paragraph_pause)
            self.say(self.words.end_of_quote, s.paragraph_pause, self.id_for(element))
        elif tag == "div" and "admonition" in (element.get("class") or "").split():
            bold_label = opening_bold_kind(element)
            self.contents(element, s.paragraph_pause)
            title = element.find("p[@class='admonition-title']")
            kind = title.find(".//span[@class='admonition-kind']") if title is not None else None
            label = " ".join(text_of(kind if kind is not None else title).split()).rstrip(
                ":.?!？！。：") if title is not None else bold_label
            # "End of warning." mid-sentence; but German capitalises its nouns ("Ende:
            # Warnung."), and Turkish's dotted capital I is not lowered to "i̇".
            first, *rest = label.split(" ")
            # "why should we care", but "FontAwesome icons" and "Pay Attention" as written
            sentence_case = first[1:] == first[1:].lower() and first[1:2].isalpha() and \
                not any(word[:1].isupper() for word in rest)
            if (sentence_case or len(label) == 1) and \
                    self.lang.split("-")[0].lower() not in ("de", "lb", "tr", "az"):
                label = label[:1].lower() + label[1:]
            if len(label.split()) > END_LABEL_WORDS:
                label = ""  # "End of see options for how and where to park."
            self.say(self.end_of_box(label), s.paragraph_pause, self.id_for(element))
        elif tag == "pre" and _prose_as_code(element):
            ref = self.id_for(element)  # a letter set as plain text: its sentences, unlabelled
            for paragraph in re.split(r"\n\s*\n", text_of(element).strip()):
                paragraph = " ".join(paragraph.split())
                for start, end in sentence_spans(paragraph, self.lang):
                    self.say(paragraph[start:end], self.settings.sentence_pause, ref)
                self.lengthen_pause(s.item_pause)
            self.lengthen_pause(s.paragraph_pause)
        elif tag == "pre":
            lines = (element.text or "") if not len(element) else text_of(element)
            count = len([line for line in lines.strip().split("\n") if line.strip()])
            ref = self.id_for(element)
            self.say(self.words.count(self.words.code, count), s.item_pause, ref)
            # Line by line, with a pause between, as print sets them: a chatbot's meal plan
            # in a code block, a day a line, was one run of words ("…berries Tuesday: eggs").
            worded = [line for line in lines.split("\n") if re.search(r"\w", line)]
            for line in worded or [lines]:
                self.say(_code_words(line, self.lang), s.item_pause, ref)
            self.lengthen_pause(s.paragraph_pause)
        elif tag == "hr":
            self.lengthen_pause(s.heading_pause)
        elif tag == "dl":
            for child in element:
                self.contents(child, s.item_pause)
        elif tag == "p" and element in self.labelled_blanks:
            lines = text_of(element).strip().split(COLUMN_GAP)
            fields = zip(self.labelled_blanks[element], lines)  # none for the labels' own
            words = " ".join(f"{label}{self.colon}{line.strip()}{self.stop}"
                             for label, line in fields)
            if words:
                self.say(words, s.paragraph_pause, self.id_for(element))
        elif tag == "p" and _only_images(element):
            # Print shows such a picture as a figure, its title as the caption below it.
            for image in element:
                self.say(self.phrase(image), s.paragraph_pause, self.id_for(image))
                title = image.get("title", "").strip()
                if title:  # "…proof that you did." was said and shown with two stops
                    stop = "" if title[-1] in ".!?…" else "."
                    self.say(self.words.caption.format(text=title) + stop, s.paragraph_pause,
                             self.id_for(image), new_paragraph=False)
        elif tag == "figcaption":
            self.prose(element, s.paragraph_pause,
                       prefix=self.words.caption.format(text="").rstrip() + " ")
        else:
            self.contents(element, s.paragraph_pause)

    def contents(self, element: ET.Element, pause: float) -> None:
        """Runs of text in `element` as sentences, and its block children as blocks."""
        for part in inline_runs(element):
            if is_text(part):
                self.prose(part, pause, container=element)
            else:
                self.block(part)

    def prose(self, element: ET.Element, pause: float, prefix: str = "",
              container: ET.Element | None = None) -> None:
        """Running text: one utterance per sentence, each in its own marked span."""
        spans = mark_sentences(element, self.lang, self.ids, container)
        for index, span in enumerate(spans):
            last = index == len(spans) - 1
            words = self.inline(span)
            if self.verses:
                words = VERSE_NUMBER.sub(lambda found: self.words_for_verse(
                    found[1], not found.string[:found.start()].strip()), words)
            if self.chapters and index == 0:
                words = CHAPTER_TIME.sub(lambda found: said_moment(found.group(), self.lang)
                                         or found.group(), words, count=1)
            if index == 0 and (moment := RECORDING_TIME.match(words)) \
                    and (said := said_moment(moment[1], self.lang)):
                words = f"{said},{words[moment.end():]}"
            words = (prefix if index == 0 else "") + words
            self.say(words, pause if last else self.settings.sentence_pause,
                     span.get("id"), new_paragraph=index == 0)

    def words_for_verse(self, raised: str, first: bool) -> str:
        """A verse's raised number as it is said, "verse 2" in English ("Verse 2" opening
        the sentence), else its number."""
        number = raised.translate(LOWERED_DIGITS)
        if self.lang.split("-")[0].lower() != "en":
            return f" {number} "
        return f" {'V' if first else 'v'}erse {number}, "

    def list_items(self, element: ET.Element) -> None:
        """Each item of a list; a numbered one's number first, as print marks it: by its
        type (Word's "a.", "iv."), else a letter in a numbered list inside another ("a.",
        "b."; the voice said "1.", "2." under print's letters), and a small roman numeral
        in one inside that ("i.", "ii.", as Word numbers a third level: a second "a." was
        heard as the level above)."""
        labelled = "labelled" in (element.get("class") or "").split()  # Word's own labels
        number = int(element.get("start", "1") or 1) \
            if element.tag == "ol" and not labelled else None
        kind = element.get("type") or ("1", "a", "i")[min(self.numbered_lists, 2)]
        self.numbered_lists += number is not None
        chapters, self.chapters = self.chapters, any(
            _links_a_moment(item) for item in element.findall("li"))
        for item in element.findall("li"):
            prefix = "" if number is None else f"{list_marker(number, kind)}. "
            if number is not None:
                number += 1
            first = True
            for part in inline_runs(item):
                if is_text(part):
                    self.prose(part, self.settings.item_pause, prefix if first else "",
                               container=item)
                elif part.tag == "p" and not first and _only_images(part):
                    self.block(part)  # a picture under the item's words, with its caption
                elif part.tag == "p":
                    for run in filter(is_text, inline_runs(part)):
                        self.prose(run, self.settings.item_pause, prefix if first else "",
                                   container=part)
                        first = False
                else:
                    if first and prefix:  # an item of sub-items alone, "2." over "a.", "b."
                        self.say(prefix.rstrip(), self.settings.item_pause, self.id_for(item))
                    self.block(part)
                    if part.tag in ("ul", "ol"):
                        # A list nested in an item ends as a paragraph does, so that its
                        # items are heard as the item's, not the list's next.
                        self.lengthen_pause(self.settings.paragraph_pause)
                first = False
        self.numbered_lists -= number is not None
        self.chapters = chapters

    def end_of_box(self, label: str) -> str:
        """What ends a box: "End of warning."; without a label "End of box.", or where the
        language's words name the box already, "Fin de l’encadré." (it was "Fin de
        l’encadré « encadré »")."""
        template = self.words.end_of_box
        if label:
            return template.format(label=label)
        if self.words.box in template.replace("{label}", ""):
            return re.sub(r"\s*[«“„\"]?\s*\{label\}\s*[»”\"]?", "", template)
        return template.format(label=self.words.box)

    def table(self, element: ET.Element) -> None:
        rows = own_rows(element)
        cells = [cell for row in rows for cell in row
                 if cell.tag in ("td", "th") and (len(cell) or "".join(cell.itertext()).strip())]
        if len(cells) == 1:
            # A table of one cell is a box drawn round its words (a title or a note framed
            # in Word or Google Docs, whose Markdown gives it an empty row under it), not
            # data: its words are said as any others are, without "Table. 1 row." first.
            self.contents(cells[0], self.settings.paragraph_pause)
            return
        # A first row of one cell across the columns titles the table, as a caption does:
        # a shuttle's timetable was "Shuttle Timetable: Operating Days. Shuttle Timetable:
        # Shuttles…", its title taken for every column's name.
        # Its next row names the columns when it is all names, as that timetable's is:
        # short, with no number.
        caption = element.find("caption")
        titled = caption is None and len(rows) > 2 and len(rows[0]) == 1 \
            and cell_span(rows[0][0], "colspan") > 1 and bool(text_of(rows[0][0]).strip())
        if titled:
            caption, rows = rows[0][0], rows[1:]
        # Each cell's words once: a header row's, the caption's, then the others', as their
        # notes are numbered.
        # An empty corner cell over the rows' own headers may be a plain cell, as the W3C's
        # tutorial on irregular tables writes it (`<td></td><th>Produced</th>…`).
        first = list(rows[0])
        cornered = len(first) > 1 and all(cell.tag == "th" for cell in first[1:]) \
            and not len(first[0]) and not text_of(first[0]).strip()
        header_row = len(rows) > 1 and (
            all(cell.tag == "th" for cell in first) or cornered
            or titled and names_columns([text_of(cell) for cell in first])
            and not label_value_rows(rows))
        head = len(head_rows(element, rows)) if header_row else 0
        row_words = [[self.inline(cell) for cell in row] for row in rows[:max(1, head)]] \
            if header_row else []
        # a caption's own full stop is not said twice ("Table: Doses.. 3 rows.")
        intro = self.words.table_titled.format(
            caption=self.inline(caption).rstrip().rstrip(".۔")) \
            if caption is not None else self.words.table
        row_words += [[self.inline(cell) for cell in row] for row in rows[len(row_words):]]
        # A table of its header row alone is that row, said: pandoc's
        # table_one_header_row.docx, one row ticked "Repeat as header row" in Word, was
        # "Table. 0 rows." and its words were never said. A header cell merged across
        # columns names each of them: "Dismissal Time" over two took "Remarks" from the
        # column after them.
        headers = [name for cell, said in zip(rows[0], row_words[0]) for name in [said.strip()]
                   * cell_span(cell, "colspan")] if header_row else []
        if head > 1:
            headers = joined_headers(rows[:head], row_words[:head], self.comma)
        data = row_words[max(1, head):]
        if headers and (header_is_data(headers, [said[0].strip() for said in data if said],
                                       [said[1].strip() for said in data if len(said) > 1])
                        or picture_beside_words(rows[0])):
            headers = []  # a picture beside words is no row of names: Easy Read's first row
        if self.lang.split("-")[0].lower() == "en":
            headers = weekday_headers(WEEK_HEADERS.get(
                tuple(name.strip(" .").lower() for name in headers), headers))
        body_rows = rows[max(1, head):] if headers else rows
        pictured = picture_layout(body_rows)

        def sentences(parts: list[str]) -> str:
            """`parts` said one after another, each ending as a sentence does: a form's
            label that ends its cell with a colon, "details:", as "details." (it was
            "details:."); an answer "No" before another cell with a comma, where "No. 193"
            was said "number 193", alone or after its column's name, as the AUDIT
            questionnaire's columns are scores ("0: No. 2: Yes" was "0: number 2: Yes",
            the next column's name taken for a number's); and so an amount's unit before
            a cell that opens with a number, where the unit's stop was taken for an
            abbreviation's ("2 años: 12 kg. 4 años" ran on as "12 kilogramos 4 años"); and
            an abbreviation whose stop ends no sentence, "Fire Dept", which ran into the
            next cell as "Fire Department Heat Exhaustion" (sweep BB)."""
            parts = [part.strip() for part in parts if part.strip()]
            english = self.lang.split("-")[0].lower() == "en"
            return self.space.join(
                f"{part.rstrip('.')}.{self.comma}" if index < len(parts) - 1
                and english and _ENDS_A_PHRASE.search(part)
                else f"{part.rstrip('.')}{self.comma}" if index < len(parts) - 1
                and (re.fullmatch(r"No\.?", part)
                     or re.search(r"[:：]\s*No\.?$|\d\s?[^\W\d_]{1,4}\.?$", part)
                     and parts[index + 1][:1].isdigit())
                else part if part.endswith(tuple(FULL_STOPS))
                else f"{part.rstrip(':：,，،、')}{self.stop}" for index, part in enumerate(parts))

        said = []
        wide = len(headers) > 1
        body_words = row_words[len(rows) - len(body_rows):]
        # A row's first cell merged down from the row above is said in it again, as what
        # its row is for: the timetable's evening shuttle never said which days it runs.
        first_cells = [line[0] if line and line[0] is not None and line[0] not in row
                       else None for row, line in zip(body_rows, grid_cells(body_rows))]
        for row, said_cells, (columns, merged), first_cell in zip(
                body_rows, body_words, grid_columns(body_rows), first_cells):
            if first_cell is not None and headers and not pictured:
                said_cells, columns = [text_of(first_cell)] + said_cells, [0] + columns
            # An empty cell is passed over (`NOTHING_IN_A_CELL`). A cell is named by the
            # column it stands in, past any cell merged down into its row from above.
            cells = ["" if NOTHING_IN_A_CELL.fullmatch(cell) else cell for cell in said_cells]
            # A row of one cell under a header row of several is a heading over the rows
            # below it or a note on them (a library's "Suggest" among its charges, "If
            # items have not been returned…" under them): it is said without the first
            # column's name, and is no row of the table's count. So is a row of a bold
            # label alone, a fee schedule's "| **Rezoning** | |" ("Fee: Rezoning."), said
            # once where each cell repeats it.
            heading = wide and (len(row) == 1 or bold_label_row(row)) and not merged
            spoken = [f"{headers[column]}{self.colon}{cell}" if column < len(headers)
                      and headers[column] and cell.strip() and not (heading or pictured)
                      else cell for column, cell in zip(columns, cells)]
            if heading:
                spoken = list(dict.fromkeys(spoken))
            spoken = with_units_joined(spoken, self.lang)
            said.append((row, sentences(spoken), not heading))
        # A row with no words is neither said nor counted: Word's blank rows to fill in made
        # apache/poi's tika-3816 table "Table. 5 rows.", of which two were said. A table
        # with none is a box to write in (the USDS DITAP packet's "space below" for notes),
        # said as its header row if it has one, else not at all ("Table. 0 rows.").
        # A grid to fill in, its rows empty but for their names ("AM", "PM" under the days
        # a child comes), or a form's rows to write on under its columns' names: its columns
        # were never named, and its four rows were "1 row". Its header row is said, and every
        # row counted.
        # A total row under such rows, a budget's "| TOTAL (USD) | | | |" (a Word file,
        # sweep CB, repro total), is a row to fill in too: the table was "Table. 1 row.
        # Item: TOTAL (USD).", its columns never named. It is said as a row after them.
        named = body_words[:-1] if len(body_words) > 1 and body_words[-1] and \
            _TOTAL_CELL.match(body_words[-1][0].strip()) else body_words
        to_fill = wide and not pictured and all(
            not "".join(cells[1:]).strip() for cells in body_words) and (
            not headers[0] or not any(cells[0].strip() for cells in named if cells))
        said = [(row, words, counted) for row, words, counted in said if words]
        if to_fill:
            said = [(rows[0], sentences(headers), False)] + said
        if not said:
            self.set_pause(self.settings.paragraph_pause)
            return
        count = len(body_rows) if to_fill else sum(counted for _, _, counted in said)
        # A header row with no rows under it, a guide's template left unfilled ("| Provider |
        # Website |"), is that row, as one of one column is: "Table. 1 row." said a row
        # was there, and none was.
        header_alone = len(rows) == 1 and element.find("caption") is None \
            and all(cell.tag == "th" for cell in rows[0])
        if to_fill and caption is None:
            intro = self.words.table_to_fill  # "Table. 3 rows." said nothing of their boxes
        if not pictured and not header_alone:
            self.say(f"{intro}{self.space}{self.words.count(self.words.rows, count)}",
                     self.settings.item_pause, self.id_for(element))
        for row, words, _ in said:
            self.say(words, self.settings.item_pause, self.id_for(row))
        self.set_pause(self.settings.paragraph_pause)

    # -- inline -----------------------------------------------------------------------

    def inline(self, element: ET.Element) -> str:
        typed_list = _lines_typed_as_list(element)
        parts = [_TYPED_BULLET.sub("", element.text or "") if typed_list else element.text or ""]
        children = list(element)
        fields = _form_fields(element)
        line_start = 0  # where the line being read opens in the words joined so far
        described = None  # the words of a picture just said, and only lines broken since
        for position, (child, following) in enumerate(zip(children, children[1:] + [None])):
            if described and child.tag != "br" and " ".join(re.findall(
                    r"\w+", "".join(child.itertext()).lower())) == described:
                # A caption under a picture that repeats its description (LibCrowds'
                # "![A screenshot of X](…)" over "<small>*A screenshot of X*</small>") was
                # said twice, "Picture not available: A screenshot of X, A screenshot of X".
                parts = ["".join(parts).rstrip().removesuffix(self.comma)]
                parts.append(child.tail or "")
                described = None
                continue
            if child.tag != "br" or (child.tail or "").strip():
                described = None if (child.tail or "").strip() else _picture_description(child)
            if fields and child.tag == "br":
                parts = self.field_said("".join(parts), line_start)
            last = "".join(parts).rstrip()[-1:]
            if child.tag == "br" and (last.isalnum() or last == ")" or last == "/" and
                                      ends_in_web_address("".join(parts))) and \
                    _new_line_follows(element, position):
                # A line of an address, run into the next ("12 High Street Leeds"), or of
                # opening hours ("… (Monday to Thursday)" over "8.00am to 5.00pm"): a
                # comma gives the pause a reader sees at the line's end; a title in bold
                # over its text, a sentence's ("1. Introduction" over "This policy
                # outlines…" ran on, "Introduction, This policy"). A web address's "/"
                # ends a line as a word does (sweep BO, it-anpr-contatti lines 26-28,
                # "…developers.italia.it/it/anpr/" over "Per le discussioni…").
                parts[-1] = parts[-1].rstrip()
                parts.append(self.stop if _title_over_text(element, position) else self.comma)
            said = self.phrase(child, "".join(parts))
            if child.tag in ("p", *HEADING_TAGS) and following is not None and \
                    following.tag in ("p", *HEADING_TAGS) and \
                    re.search(r"[\w*)\]:：]$", said.rstrip()) and not (
                        LEFT_OPEN.search(said) and
                        "".join(following.itertext()).lstrip()[:1].islower()) and not (
                        said.rstrip()[-1] in ":：" and
                        not "".join(following.itertext()).rstrip().endswith((":", "："))):
                # A heading or paragraph in a table cell, as Word lays pages out in
                # tables, ran into the next ("Parking Park in car park B.", a form's "Yes/No*
                # If yes, give details"): it ends there, unless the next goes on with its
                # words ("Name and address of" over "present employer:"). So does a label
                # to write after, above another ("Name:" over "Relationship to child:",
                # said as if the name were "Relationship to child"); not one over its
                # answer ("Please bring:" over "Your NHS number").
                said = f"{said.rstrip().rstrip(':：')}{self.stop} "
            elif child.tag in ("li", "a") and following is not None \
                    and following.tag == child.tag and not (child.tail or "").strip() \
                    and said.rstrip()[-1:] not in f"{FULL_STOPS}:;,،、" and (
                        child.tag == "li" or _BUTTON_WORDS.search("".join(following.itertext()))
                        and "footnote" not in following.get("class", "")):
                # A list in a cell, "water, food"; links side by side, as a page's buttons
                # ("Llamar Ahora" beside "Enviar Email"), ran together.
                said = f"{said.rstrip()}{self.comma} "
            elif child.tag in ("ul", "ol") and re.search(r"[\w)\]]$", said.rstrip()) \
                    and _words_follow(children, position):
                # A list in a cell with words after it, a couch-to-5k plan's note under a
                # day's steps ("Jog 5 minutes" over "<small>Originally week 5, day 1</small>"):
                # its last item ran into them, as print shows them apart; the list ends there.
                said = f"{said.rstrip()}{self.stop} "
            elif child.tag == "span" and _picture_description(child) is not None \
                    and not said.rstrip().endswith(tuple(FULL_STOPS)) \
                    and _words_follow(children, position):
                # A picture not to be had ends where its description does, as "Image: …."
                # does: a cycling blog's caption on the line under a picture ran into it,
                # "…rolling Yorkshire hills in background The descent into Bretton Country
                # Park", and an emoji after it into its last word, "…hard times are
                # ahead(hot face)".
                said = f"{said.rstrip()}{self.stop} "
            elif child.tag in ("strong", "b") and not "".join(parts).strip() \
                    and re.search(r"\w$", said.rstrip()) and (child.tail or "")[:1].isspace() \
                    and (child.tail or "").lstrip()[:1].isupper() \
                    and self.lang.split("-")[0].lower() not in NOUNS_IN_CAPITALS:
                # A lead-in in bold with no stop, before a sentence of its own ("**A shopping
                # experience customers will enjoy** With a group shop…", a co-op's guide):
                # the two ran into one sentence; the bold ends there, as print shows it.
                said = f"{said.rstrip()}{self.stop}"
            parts.append(said)
            if child.tag == "br":
                line_start = len("".join(parts))
            parts.append(_TYPED_BULLET.sub("", child.tail or "") if typed_list
                         and child.tag == "br" else child.tail or "")
        if fields:
            parts = self.field_said("".join(parts), line_start)
        # Columns typed with tabs are a pause apart, a quotation's or a sum's too (a
        # bulletin's "Sermon⇥⇥“Sincere Effective Prayer”⇥John Doe", "Needed⇥⇥$ some"); a
        # label to write after, beside another ("Name:⇥⇥Telefon:", said as if the name
        # were "Telefon"), ends there.
        return re.sub(rf"(?<=[^\s,;:.!?…])\s*{COLUMN_GAP}\s*(?=\S)", f"{self.comma} ", re.sub(
            rf"[:：]\s*{COLUMN_GAP}\s*(?=\w[^{COLUMN_GAP}]*[:：]\s*(?:{COLUMN_GAP}|$))",
            f"{self.stop} ", "".join(parts)))

    def field_said(self, words: str, line_start: int) -> list[str]:
        """`words` with the line that opens at `line_start`, when it is a form's field
        (`FORM_FIELD`), said as one: its label, a pause, its blank, and the line's end,
        "Signature: blank."."""
        field = FORM_FIELD.fullmatch(words[line_start:])
        if not field:
            return [words]
        blank = words[line_start:].strip()[len(field[1]):].lstrip(" :：")
        return [f"{words[:line_start]}{field[1]}{self.colon}{blank}{self.stop}"]

    def phrase(self, element: ET.Element, before: str = "") -> str:
        """The words of one inline element; `before` is the text said before it in its
        sentence."""
        tag = element.tag
        if tag == "img" and is_decorative(element):
            return " "
        if tag == "img":
            # a description's own full stop is not said twice, as a caption's is not:
            # pandoc's inline_images.docx was "Image: ... like Sideshow Bob.. is an identicon."
            alt = element.get("alt", "").strip().rstrip(".۔").rstrip()
            words = self.words.image.format(alt=alt) if alt else self.words.image_without_text
            return f" {words} "
        if tag == "br":
            return " "
        if tag == "a" and "footnote-backref" in element.get("class", ""):
            return ""  # the "↩" that leads back from a note to its reference
        if tag == "a" and VIDEO_MOMENT.search(element.get("href", "")) and (
                moment := said_moment(text_of(element), self.lang)):
            return f" {moment} "  # a chapter of a video, "[00:26](…&t=26s)": no time of day
        if tag == "sup" and element.get("id", "").startswith("fnref"):
            link = element.find("a")
            target = (link.get("href", "") if link is not None else "").lstrip("#")
            if target not in self.footnotes:
                return ""
            if target not in self.notes_cited:
                self.notes_cited.append(target)
            return f" {self.words.note_cited.format(n=self.notes_cited.index(target) + 1)} "
        if tag == "code":
            if is_quantity(element.text or "", self.lang):  # `225g`, `1/2 tbsp`: prose
                return f" {element.text.strip()} "
            return f" {_code_words(element.text or '', self.lang)} "
        if tag == "kbd" and self.lang.split("-")[0].lower() == "en":
            return f" {name_keys(''.join(element.itertext()))} "
        if tag in ("sup", "sub"):
            return raised_or_lowered(tag, self.inline(element), before)
        if tag == "span" and MATHS_CLASS in (element.get("class") or "").split():
            return self.inline(_maths_symbols(element))
        if tag == "ol" and "labelled" not in (element.get("class") or "").split():
            # a numbered list in a table cell, its numbers said as print shows them: apache/
            # tika's numbered list in a cell, "1. Within cell 1", was "Within cell 1". Its
            # items part as a bulleted list's do: a day's steps, "1. Eat" over "2. Walk", ran
            # together.
            number, kind = int(element.get("start", "1") or 1), element.get("type") or "1"
            items = [f"{list_marker(number + n, kind)}. {' '.join(self.inline(item).split())}"
                     for n, item in enumerate(element.findall("li"))]
            parted = [item if item[-1:] in f"{FULL_STOPS}:;,،、" else item + self.comma
                      for item in items[:-1]]
            return f" {' '.join([*parted, *items[-1:]])} "
        if tag == "table":
            # A table in a table's cell, a row a sentence, its first cell the label of the
            # others: a Magento guide's keys for each system, "Next Page | Alt + Right" over
            # "Previous Page | Alt + Left" in the cell beside "Windows", ran into one, "Next
            # Page Alt + Right Previous Page Alt + Left". A row alone is a list across.
            rows = [[words for cell in row if cell.tag in ("td", "th")
                     for words in [" ".join(self.inline(cell).split())] if words]
                    for row in own_rows(element)]
            rows = [cells for cells in rows if cells]
            if len(rows) == 1:
                return f" {(self.comma + ' ').join(rows[0])} "
            return "".join(
                f" {cells[0].rstrip(':：')}{self.colon}{(self.comma + ' ').join(cells[1:])}"
                f"{self.stop} " if len(cells) > 1 else f" {cells[0]}{self.stop} "
                for cells in rows)
        if tag in BLOCK_TAGS or tag in ("tr", "td", "th"):
            # a paragraph, list or table in a table cell, as Word writes them
            return f" {self.inline(element)} "
        return self.inline(element)

    def read_notes(self) -> None:
        """Each note cited, after its section, "Note 1: ..."; a table or list in a note (a
        Word endnote's table, apache/tika's testWORD_endnote_table.docx) is read as in the
        text, where it was printed and never said."""
        for number, note_id in enumerate(self.notes_cited, start=1):
            note = self.footnotes[note_id]
            first = True
            for part in [child for child in note if child.tag in BLOCK_TAGS] or [note]:
                if part.tag != "p" and part is not note:
                    if first:
                        self.say(self.words.note.format(n=number).strip().rstrip(":"),
                                 self.settings.item_pause, self.id_for(part))
                        first = False
                    self.block(part)
                    continue
                for run in inline_runs(part):
                    if is_text(run):
                        self.prose(run, self.settings.item_pause,
                                   self.words.note.format(n=number) if first else "",
                                   container=part)
                        first = False



SCRIPT_SYMBOL = re.compile(r"[*†‡§¶#]+")
"""A note's mark in superscript, "Price<sup>*</sup>", "Text<sup>†</sup>": never said, as
a note's number after a word is not (`words.spoken_words`)."""
NOTE_NUMBERS = re.compile(r"\[?\d+(?: ?[,–-] ?\d+)+\]?|\[\d+\]")
"""Notes' numbers in superscript, "vomiting<sup>2,3</sup>", "<sup>1–3</sup>", or one in
brackets, "early<sup>[1]</sup>": raised, without brackets or spaces, so that they are silent
as one note's number is (`words.spoken_words`), not "vomiting two, three"."""
RAISED_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
LOWERED_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
VERSE_NUMBER = re.compile(r"(?<![\w⁰¹²³⁴⁵⁶⁷⁸⁹])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻])\s*")
"""A raised number apart from any word before it, as a Bible passage pasted from
BibleGateway numbers its verses, "¹And now, brothers … ² In the midst" (sweep CR, a church
bulletin's sermon): `numbers_verses` says whether a section's are verse numbers."""


def numbers_verses(elements: Iterable[ET.Element]) -> bool:
    """Whether the raised numbers apart from words in `elements` (`VERSE_NUMBER`) number a
    passage's verses: three or more, rising by one to three (a verse left out), and one at
    least inside a line. A church bulletin's reading was said "one And now", then "Note 2: In
    the midst …", "Note 5: And they exceeded", and "own, ⁴ they" lost its 4, each taken for a
    note's number; now "verse 2" each time. Notes' numbers are not: a mark and its note repeat
    the number, and a list of notes opens each of its lines with one."""
    numbers, inside = [], False
    for element in elements:
        text = text_of(element)
        for found in VERSE_NUMBER.finditer(text):
            numbers.append(int(found[1].translate(LOWERED_DIGITS)))
            inside = inside or bool(text[:found.start()].rsplit("\n", 1)[-1].strip())
    return inside and len(numbers) >= 3 and all(
        0 < later - number <= 3 for number, later in zip(numbers, numbers[1:]))


ORDINAL_LETTERS = re.compile(r"st|nd|rd|th|e|er|re|ère|ème|de|nde|o|a|os|as")
"""The letters an ordinal raises after its number ("1<sup>st</sup>", "2<sup>e</sup>",
"1<sup>er</sup>", "1<sup>o</sup>"): other letters raised after a number are a note's mark,
said apart, as a statistics release marks a provisional year, "2022/23<sup>p</sup>" (sweep
BI, eol-report's captions), which was "2022 to 23p", heard as pence."""
TYPOGRAPHIC_SUPERSCRIPT = re.compile(r"(?:\d|\b[A-ZÀ-ÖØ-Þ][^\W\d_]*)$")
"""What a superscript of small letters finishes as one word: an ordinal ("1<sup>st</sup>",
"2<sup>e</sup>", "1<sup>er</sup>") or an abbreviation (French "M<sup>me</sup>",
"N<sup>o</sup>", "D<sup>r</sup>")."""


def raised_or_lowered(tag: str, words: str, before: str) -> str:
    """A superscript or subscript (HTML's `<sup>` and `<sub>`, pymdownx's `^x^` and `~x~`,
    TeX's `T^A_S`) as it is said: apart from its base, as screen readers say "x i plus x i
    plus one" and "x two", where the voice ran it into one word ("TAS", "Cmax", "H2O").
    A subscript is its own word ("H 2 O", "C max"); a power of digits is written raised
    ("m²", "x²", "10⁻³"), which the rules for units, powers and notes' numbers then say
    ("square metres", "x squared", nothing after "vomiting"), and so is an ion's charge
    ("Fe²⁺", "iron 2 plus", where "Fe 2+" was "Fe 2 or more"); a note's mark is silent; an
    ordinal's or abbreviation's letters stay in their word ("1st", "Mme"). No word names
    the script (MathSpeak's "superscript", "baseline"), which a handout's listener would
    hear as part of the text."""
    stripped = words.strip()
    symbol = re.search(r"(?:[A-Z][a-z]?|\))$", before)
    if tag == "sub" and stripped.isdigit() and symbol and symbol[0] in {*CHEMICAL_ELEMENTS, ")"}:
        # an element's count, lowered, "SO₄", so that the formula's charge after it is its
        # own (`words.spelled_formula`): "SO<sub>4</sub><sup>2-</sup>" was "S O 4 2"
        from handout.read.generators import SUBSCRIPT

        return stripped.translate(SUBSCRIPT)
    if tag == "sub":
        return f" {stripped} "
    if SCRIPT_SYMBOL.fullmatch(stripped):
        return ""
    if re.fullmatch(r"[-+−]?\d+|\d*[-+−]", stripped):  # a power, or an ion's charge ("2+")
        from handout.read.generators import SUPERSCRIPT  # Markdown's: not for a no-op build

        return stripped.replace("−", "-").translate(SUPERSCRIPT)
    if NOTE_NUMBERS.fullmatch(stripped):
        return stripped.strip("[]").replace(" ", "").translate(RAISED_DIGITS)
    if stripped.islower() and TYPOGRAPHIC_SUPERSCRIPT.search(before) and (
            not re.search(r"\d$", before) or ORDINAL_LETTERS.fullmatch(stripped)):
        return words
    if re.fullmatch(r"[a-z\d]+(?: ?, ?[a-z\d]+)+", stripped) and re.search(r"[a-z]", stripped):
        # marks of notes, a letter's and numbers', "2022/23<sup>p,1</sup>": the letters
        # said, the numbers silent, as a note's number alone is
        return f" {', '.join(re.findall(r'(?<![a-z])[a-z]+(?![a-z])', stripped))} "
    return f" {stripped} "


TIME_OR_DATE = re.compile(r"\d{1,2}[:.h]\d\d|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?")


def opening_bold_kind(box: ET.Element) -> str:
    """The words in bold that open a box with no label of its own where they name its kind,
    which then ends as a labelled one does: a GOV.UK example box that opens "**Example**
    You're 67 and…" (Pension Wise's page on benefits), its label left out so as not to be
    printed twice, ended "End of box.", where one labelled "Example" ends "End of example."
    Else ""."""
    kinds = [kind.lower() for kind in (box.get("class") or "").split()[1:]]
    first = box[0] if len(box) else None
    if first is None or first.tag != "p" or (box.text or "").strip() \
            or (first.text or "").strip() or not len(first) or first[0].tag not in ("strong", "b"):
        return ""
    words = " ".join(text_of(first[0]).split()).rstrip(":：")
    return words if words.lower() in kinds else ""


def picture_only(cell: ET.Element) -> bool:
    """Whether a table's cell holds a picture and no words of its own."""
    return any(inner.tag == "img" for inner in cell.iter()) and not "".join(
        cell.itertext()).strip()


def picture_layout(rows: list[ET.Element]) -> bool:
    """Whether `rows` lay pictures beside words, as Easy Read does, a picture and its
    sentence to a row, rather than hold data: each row a picture alone and then a cell of
    words (a Word leaflet may give each sentence a table of its own, which was "Table. 1
    row."). Each row is said as the page is read, the picture's description and then its
    words, without "Table. 3 rows." and without the columns' names ("Picture: Image: A
    calendar. What it means: Go every 6 months."). A table of words with pictures for its
    answers, "Step-free access: Image: Yes.", keeps its columns' names."""
    return bool(rows) and all(map(picture_beside_words, rows))


def picture_beside_words(row: ET.Element) -> bool:
    """Whether a table's row is a picture alone and then a cell of words."""
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    return len(cells) == 2 and picture_only(cells[0]) and bool(
        "".join(cells[1].itertext()).strip())


END_LABEL_WORDS = 5
"""The most words of a box's label that its end names ("End of warning."): a residents'
handbook's disclosures, each labelled with an instruction, ended "End of see options for
how and where to park."; a longer label ends as "End of box."."""


def with_units_joined(cells: list[str], lang: str) -> list[str]:
    """A table's row with a unit alone in its cell joined to the number in the cell before
    it, as a camp's recipe book gives each ingredient's amount, "bacon | 600 | g" (sweep CI,
    camp-menu): "600. g.", whose "g" and "tsp" the voice spelled, is "600 g", said "600
    grams" as any amount is."""
    saying = saying_for(lang)
    joined: list[str] = []
    for cell in cells:
        if joined and saying and cell.strip() in saying.units \
                and re.search(r"(?<![^\s:])\d+(?:[.,]\d+)?$", joined[-1].strip()):
            joined[-1] = f"{joined[-1].strip()} {cell.strip()}"
        else:
            joined.append(cell)
    return joined


def header_is_data(headers: list[str], firsts: list[str], seconds: list[str]) -> bool:
    """Whether a table's header row is its first entry, as Markdown, which must have a
    header, makes authors write a log, a timetable or a label's pairs with none: its first
    cell is a time or a date, as every first cell under it is (a time over times; years
    over counts stay names), or it is a label and its amount. A pharmacy's night-shift log
    said its first entry, "08:30: Anfrage wegen der Dosierung…", before each of its 55
    rows, a nutrition label's "| Servings per container | 18 |" was said over the pair
    under it, "Servings per container: Serving size. 18: (100 grams)", and an eye clinic's
    hours, "| Montag | 15:00-18:00 Uhr |", said Monday before Thursday's. A long header
    is a header still: a risk assessment's "Who might be harmed and how?". A price that is
    no amount, "free" (`FREE_OF_CHARGE`), over prices (`seconds`, each row's second cell)
    is one too: a dental clinic's price list, "| First check-up and advice | free |" over
    "| Sandblasting, per arch | £30 |", was said "First check-up and advice: Sandblasting,
    per arch. free: 30 pounds."."""
    if len(headers) == 2 and re.search(r"[^\W\d_]", headers[0]) \
            and not re.search(r"\d", headers[0]) and (
                AMOUNT.fullmatch(headers[1].strip()) and not YEAR.fullmatch(headers[1].strip())
                or FREE_OF_CHARGE.fullmatch(headers[1].strip())
                and seconds and all(re.search(r"\d", second) for second in seconds)):
        return True
    return bool(firsts and TIME_OR_DATE.fullmatch(headers[0])
                and all(TIME_OR_DATE.fullmatch(first) for first in firsts))


AMOUNT = re.compile(r"\(?[~≈<>]?(?:[£$€¥][ \t]?)?\d[\d,.]*\s?(?:%|[^\W\d_]{1,5})?\)?"
                    r"|\d{1,2}[:.]\d\d(?:\s?[-–]\s?\d{1,2}[:.]\d\d)?(?:\s?[^\W\d_]{1,4})?")
"""A cell of an amount alone, "18", "(100g)", "5 mg", "4%", "$ 4,299.79" (an accounts
sheet's, its sign set apart: a hackerspace's "| Total in Fund | $ 4,299.79 |", sweep CV,
was said as the name of a column before each amount under it, "$ 4,299.79: $ 2,236.00"),
or of a time or hours, "15:00-18:00 Uhr": a value, which names no column."""

FREE_OF_CHARGE = re.compile(
    r"(?:free(?: of charge)?|no charge|gratis|gratuit[eoa]?|kostenlos|kostenfrei"
    r"|bezpłatn(?:ie|a|y|e)|za darmo|brezplačn[oa]|besplatn[oa]|zdarma|bezplatn[ěéá]"
    r"|zadarmo|ingyenes|ücretsiz|бесплатно|безкоштовно)[.!]?", re.I)
"""A price that is no amount, "free" in some languages of the price lists handouts copy."""

YEAR = re.compile(r"(?:1[89]|20)\d\d")
"""A year, which names a column of a year's figures ("| Item | 2024 |")."""


def names_columns(names: list[str]) -> bool:
    """Whether the words of a table's row, not marked as its header, name its columns: a
    few words each, with no number, as column names are (and data is not), and none
    empty: a form's label beside its empty box to write in ("Name | ") names no column (an
    NHS form's "Name" was said before every label under it, "Name: Job title")."""
    return all(name.strip() and len(name.split()) <= 4 and not re.search(r"\d", name)
               for name in names)


def in_bold(cell: ET.Element) -> bool:
    """Whether `cell` has words and all of them are in bold."""
    words = "".join(cell.itertext()).split()
    bold = [word for element in cell.iter() if element.tag in ("strong", "b")
            for word in "".join(element.itertext()).split()]
    return bool(words) and words == bold


def names_in_bold(row: list[ET.Element | None]) -> bool:
    """Whether a table's first row, not marked as its header, names its columns in bold,
    as a header row's names are that Word was not told is one: two cells or more, each but
    the corner with words all in bold, the corner empty or in bold too. NHS England's
    checklist, "Confirm suggestions have been implemented" among its names, printed each
    row's four empty boxes with no label; the Word reader makes such a row a header row
    (`word.bold_header_rows`), so that print and voice agree, and stacked print asks it of
    tables from other sources."""
    cells = [cell for cell in row if cell is not None]
    if len(cells) < 2 or len(cells) < len(row):
        return False  # merged across: a name over two columns labels neither
    corner, *names = cells
    return all(map(in_bold, names)) and (in_bold(corner) or not text_of(corner).strip())


def label_value_rows(rows: list[ET.Element]) -> bool:
    """Whether a titled table's rows under its title are a form's labels and their values,
    its first row one of them, not its columns' names: two cells each, a label first, and
    values of several kinds beside them (words, numbers, blanks to fill in), the first
    row's value of a kind found under it. A physiotherapy prescription's "Personalien"
    over "Name | [Patient.Name]", "Vorname | …", "Arbeitgeber | " was said "Name: Vorname.
    Patient.Name: Patient.Vorname" for each of its ten rows. A row of names over values of
    one kind ("Name | Telefon" over numbers) or over blanks and numbers it is not like
    ("Tag | Zeit" over "Montag | 8-12", "Sonntag | ") names its columns still."""
    pairs = [[text_of(cell).strip() for cell in row if cell.tag in ("td", "th")]
             for row in rows]
    if len(pairs) < 3 or any(len(pair) != 2 or not names_columns(pair[:1]) for pair in pairs):
        return False

    def kind(value: str) -> str:
        return "blank" if not value else "number" if re.search(r"\d", value) else "words"
    kinds = {kind(value) for _, value in pairs[1:]}
    return len(kinds) > 1 and kind(pairs[0][1]) in kinds


def bold_label_row(row: ET.Element) -> bool:
    """Whether a table row is a label in bold in its first cell and nothing in the others,
    "| **Rezoning** | |", or the same label in every cell, as a cell merged across a row is
    written where Markdown cannot merge (a school's fundraising table's "| **2017** |
    **2017** | **2017** |", said "Date: 2017. Class: 2017. Amount Raised: 2017." and
    counted as a row): a heading over the rows below it."""
    first, *rest = [cell for cell in row if cell.tag in ("td", "th")] or [None]
    label = _bold_alone(first)
    return bool(label) and (all(not (len(cell) or text_of(cell).strip()) for cell in rest)
                            or all(_bold_alone(cell) == label for cell in rest))


def _bold_alone(cell: ET.Element | None) -> str:
    """The words of `cell` if they are all in one bold element, else nothing."""
    if cell is None or (cell.text or "").strip() or len(cell) != 1 \
            or cell[0].tag not in ("strong", "b") or (cell[0].tail or "").strip():
        return ""
    return text_of(cell[0]).strip()


def own_rows(table: ET.Element) -> list[ET.Element]:
    """The rows of `table` itself, in order, not those of a table in one of its cells
    (which were read twice, and counted with its own)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(child.findall("tr"))
    return rows


def head_rows(table: ET.Element, rows: list[ET.Element]) -> list[ET.Element]:
    """The header rows of `table` that name its columns together, its `<thead>`'s when it
    holds two or more over rows of data (pandas' columns of two levels, "Adults" across
    "Booked" and "Free"), else its first row alone."""
    head = table.find("thead")
    named = head.findall("tr") if head is not None else []
    if len(named) > 1 and rows[:len(named)] == named and len(rows) > len(named):
        return named
    return rows[:1]


def joined_headers(rows: list[ET.Element], said: list[list[str]], comma: str) -> list[str]:
    """Each column's name from header `rows` (their cells' words `said`), its header cells'
    words joined top to bottom, a cell merged across (`colspan`) naming each column it
    spans: "Adults, Booked", where each value of a table of two header rows was named by
    the top row's alone ("Adults: 10. Adults: 2."), and the lower row was said as a row of
    data (sweep BI, repro mini/mhead). A row whose first cell alone has words, pandas' name
    for its index ("income bins" under "rent bins", kiwi-rents), names the first column."""
    names: list[list[str]] = []
    for row, words, (columns, _) in zip(rows, said, grid_columns(rows)):
        spans = [(column, column + cell_span(cell, "colspan"), word.strip())
                 for cell, word, column in zip(row, words, columns)]
        names += [[] for _ in range(max((end for _, end, _ in spans), default=0) - len(names))]
        if len(spans) > 1 and spans[0][2] and not any(word for *_, word in spans[1:]):
            names[0] = [spans[0][2]]  # the index's name, under the columns'
            continue
        for start, end, word in spans:
            for column in range(start, end):
                if word and word not in names[column]:
                    names[column].append(word)
    return [f"{comma} ".join(words) for words in names]


def grid_columns(rows: list[ET.Element]) -> list[tuple[list[int], bool]]:
    """For each row, the column each of its cells starts in, and whether a cell of a row
    above is merged down into it: such a cell (`rowspan`) takes its column in the rows
    below, and one merged across (`colspan`) takes as many columns as it spans."""
    taken: dict[int, int] = {}  # column -> rows it is still taken for
    placed = []
    for row in rows:
        merged, columns, column = bool(taken), [], 0
        for cell in row:
            while taken.get(column, 0):
                column += 1
            columns.append(column)
            span = cell_span(cell, "colspan")
            for spanned in range(column, column + span):
                taken[spanned] = cell_span(cell, "rowspan")
            column += span
        placed.append((columns, merged))
        taken = {column: rows_left - 1 for column, rows_left in taken.items() if rows_left > 1}
    return placed


_WEEK = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
WEEK_HEADERS = {tuple(day[:length].lower() for day in week): list(week)
                for week in (_WEEK, _WEEK[1:] + _WEEK[:1]) for length in (1, 2, 3)}
"""A month's grid headed by its weekdays' letters, `| S | M | T | W | T | F | S |` (a school
calendar's), or their first two or three: said by their names, where "T: H" could have
been Tuesday or Thursday, and "S" was a letter."""


def grid_cells(rows: list[ET.Element]) -> list[list[ET.Element | None]]:
    """Each row's cells by the column they stand in (`grid_columns`): a cell merged down
    from a row above stands in each row it covers, one merged across in its first column,
    with None in the others it covers."""
    grid: list[list[ET.Element | None]] = []
    above: dict[int, tuple[ET.Element, int]] = {}  # column -> cell merged down, rows left
    for row, (columns, _) in zip(rows, grid_columns(rows)):
        line: dict[int, ET.Element | None] = {column: cell for column, (cell, _) in
                                              above.items()}
        for cell, column in zip(row, columns):
            line[column] = cell
            for spanned in range(column + 1, column + cell_span(cell, "colspan")):
                line[spanned] = None
            for spanned in range(column, column + cell_span(cell, "colspan")):
                if cell_span(cell, "rowspan") > 1:
                    above[spanned] = (cell, cell_span(cell, "rowspan"))
        above = {column: (cell, left - 1) for column, (cell, left) in above.items()
                 if left > 1}
        grid.append([line.get(column) for column in range(max(line, default=-1) + 1)])
    return grid


def cell_span(cell: ET.Element, attribute: str) -> int:
    try:
        return max(1, int(cell.get(attribute) or 1))
    except ValueError:
        return 1

# --- Marking the text ----------------------------------------------------------------------


def is_text(part: ET.Element) -> bool:
    """Whether `part` (from `inline_runs`) is running text rather than a block."""
    return part.tag == "span" and part.get("class") in ("run", SENTENCE_CLASS)


def inline_runs(element: ET.Element) -> list[ET.Element]:
    """`element`'s children, with each run of text and inline elements between its block
    children gathered into a `<span class="run">` (a run of white space is left alone).

    Runs already marked by an earlier reading (a footnote cited twice) are returned again
    as they are.
    """
    if any(is_text(c) for c in element):
        return list(element)
    parts: list[ET.Element] = []
    run = ET.Element("span", {"class": "run"})
    run.text = element.text

    def flush() -> None:
        nonlocal run
        if len(run) or (run.text or "").strip():
            parts.append(run)
        elif parts and run.text:
            parts[-1].tail = (parts[-1].tail or "") + run.text
        run = ET.Element("span", {"class": "run"})

    for child in list(element):
        if child.tag in BLOCK_TAGS or child.tag in UNSPOKEN_TAGS:
            flush()
            run.text, child.tail = child.tail, None
            parts.append(child)
        else:
            run.append(child)
    flush()
    element.text = None
    element[:] = parts
    return parts


def mark_sentences(run: ET.Element, lang: str, ids: Iterator[str],
                   container: ET.Element | None) -> list[ET.Element]:
    """Replace `run` (a `<span class="run">` inside `container`, or an element read whole)
    by one `<span class="sentence" id=...>` per sentence of its text (an overlong one in
    pieces, `words.utterance_spans`); return those spans."""
    if run.get("class") == SENTENCE_CLASS:  # already marked by an earlier reading
        return [run]
    marked = [s for s in run.iter("span") if s.get("class") == SENTENCE_CLASS]
    if marked:
        return marked
    text = text_of(run)
    spans = []
    for start, end in utterance_spans(text_of(run, for_sentences=True), lang):
        part = _cut(run, start, end, end == len(text))
        sentence = ET.Element("span", {"class": SENTENCE_CLASS, "id": next(ids)})
        sentence.text = part.text
        sentence.extend(list(part))
        _space_after(sentence)
        spans.append(sentence)
    if container is not None and run in list(container):
        index = list(container).index(run)
        container.remove(run)
        for offset, sentence in enumerate(spans):
            container.insert(index + offset, sentence)
        spans[-1].tail = (spans[-1].tail or "") + (run.tail or "") or None
    else:  # a whole element (a caption): its content becomes the sentences
        run.text = None
        run[:] = spans
    return spans


def _space_after(sentence: ET.Element) -> None:
    """Move the spaces that end `sentence` after it, out of the span (from inside the last
    element it holds, if they are there): what is highlighted is then the sentence alone,
    and WeasyPrint, which counts a span's trailing space when it decides whether a line is
    full, no longer breaks a paragraph's first line after its first word ("Este /
    folleto explica...")."""
    holder, attribute = sentence, "text"
    while True:
        if len(holder) and not (holder[-1].tail or "").strip():
            if holder[-1].tail or holder[-1].tag in ATOMIC_TAGS:
                holder, attribute = holder[-1], "tail"
                break
            holder = holder[-1]
            continue
        if len(holder):
            holder, attribute = holder[-1], "tail"
        break
    text = getattr(holder, attribute) or ""
    kept = text.rstrip()
    if kept != text:
        setattr(holder, attribute, kept or None)
        sentence.tail = text[len(kept):]


def list_marker(number: int, kind: str) -> str:
    """`number` as a list of HTML's `type` marks it, as CSS does: "a" 27 is "aa", "I" 4
    is "IV"; "1", or a number below 1, as the number."""
    if number < 1 or kind not in ("a", "A", "i", "I"):
        return str(number)
    if kind in ("a", "A"):
        letters = ""
        while number:
            number, left = divmod(number - 1, 26)
            letters = chr(ord("a") + left) + letters
        return letters.upper() if kind == "A" else letters
    roman = roman_numeral(number)
    return roman.upper() if kind == "I" else roman


def _cut(node: ET.Element, start: int, end: int, to_end: bool) -> ET.Element:
    """A copy of `node` holding only characters `start`..`end` of its text (as `text_of`
    counts them); an atomic child (a picture, a line break) goes wholly to the part in
    which it starts, and an element split between two parts keeps its id in the first."""
    part = ET.Element(node.tag, dict(node.attrib))
    if start > 0:
        part.attrib.pop("id", None)
    position = 0

    def take(text: str) -> str:
        nonlocal position
        piece = text[max(0, start - position):max(0, end - position)] if text else ""
        position += len(text)
        return piece

    part.text = take(node.text or "") or None
    for child in node:
        length = len(child.get("alt", "")) if child.tag == "img" else \
            len(text_of(child)) if isinstance(child.tag, str) else 0
        here = position
        if child.tag in ATOMIC_TAGS or length == 0:
            inside = start <= here < end or (to_end and here == end)
            position += length
            piece = copy.deepcopy(child) if inside else None
        else:
            overlap = here < end and here + length > start
            piece = _cut(child, start - here, end - here, to_end) if overlap else None
            if piece is not None and child.tag == "q":
                _mark_quote_part(piece, start <= here, end >= here + length)
            position += length
        tail = take(child.tail or "")
        if piece is not None:
            piece.tail = tail or None
            part.append(piece)
        elif tail:
            if len(part):
                part[-1].tail = (part[-1].tail or "") + tail
            else:
                part.text = (part.text or "") + tail
    return part


QUOTE_PART_CLASSES = ("quote-continued", "quote-continues")
"""Classes of a part of a quotation (`<q>`) that sentences cut: one that goes on from the
part before, and one that goes on into the next. The stylesheets give them no opening or
closing mark: a man's three sentences in one `<q>` printed as three quotations."""


def _mark_quote_part(part: ET.Element, opens: bool, closes: bool) -> None:
    """Class `part`, a piece of a `<q>`, by whether it holds the quotation's start and end."""
    classes = [*part.get("class", "").split(),
               *(name for name, held in zip(QUOTE_PART_CLASSES, (opens, closes)) if not held)]
    if classes:
        part.set("class", " ".join(classes))


def _only_images(element: ET.Element) -> bool:
    return not (element.text or "").strip() and len(element) > 0 and all(
        c.tag == "img" and not (c.tail or "").strip() for c in element)


_BUTTON_WORDS = re.compile(r"[^\W\d_]{2}")
"""Words a link shows, as a button's ("Enviar Email"): not a citation's "[2]" nor none."""
LEFT_OPEN = re.compile(r"\b(?:of|and|or|the|a|an|to|for|in|on|with|by|at|from|your|their|our)"
                       r"\s*$", re.I)
"""A paragraph's last word that leaves it open for the next to go on with, as a form's
label wrapped onto two paragraphs of its cell does ("Name and address of" over "present
employer:")."""


NOUNS_IN_CAPITALS = frozenset({"de", "lb"})
"""Languages that write their nouns with a capital, so that a capital after a bold lead-in
is no new sentence ("**Bitte** Tabletten mitbringen")."""


MATHS_CLASS = "maths"
"""The class of the span that holds what TeX maths prints, whose letters the voice reads as
the maths' symbols (`_maths_symbols`), not as words: a physics handout's "$F = mg$" (sweep
CP, suvat-notes line 46) was said "F = milligrams", "the volume $V$" "the volume 5" (a Roman
numeral), "$x_1$" "times 1", and "$\\frac{u+v}{2}$" over "$s = …$" "divided by 2 seconds".
The words of the maths (`\\text{kg/m}`, `WORDS_IN_MATHS`) are in a span of class "words"
inside it, said as words are."""
MATHS_START, MATHS_END = "\ue002", "\ue003"
"""Private-use characters around the letters of maths that are its symbols, "F = mg"'s
(`_maths_symbols`): set aside as code's words are, they are said as written."""
MATHS_SYMBOLS = re.compile(f"{MATHS_START}(.*?){MATHS_END}")
MATHS_ASIDE = 0x100000
"""The first of the private-use characters (plane 16) that stand for maths' symbols."""
MATHS_LETTERS = re.compile(r"[^\W\d_¹²³⁰⁴-⁹₀-₉]+")
"""Letters, not a raised or lowered digit (which `\\w` holds), "10⁹"."""


def _maths_symbols(element: ET.Element) -> ET.Element:
    """A copy of the span that holds TeX maths (`generators.MATHS_CLASS`), each run of its
    letters between `MATHS_START` and `MATHS_END`, so that no rule of prose reads them as a
    unit, an abbreviation, a Roman numeral or "x" as "times"; but for its words (`\\text{…}`,
    a span of class "words"), and a unit after a number (or a power of one, "10⁻³⁴ J · s")
    and a space, "$9.8 m/s^2$", as a teacher writes units in the maths, which stay words."""
    def marked(text: str | None) -> str | None:
        if not text:
            return text
        said, end, unit = [], 0, False
        for found in MATHS_LETTERS.finditer(text):
            between = text[end:found.start()]
            # a unit: after a number and a space, or a product's next unit, "J · s"
            unit = bool(re.search(r"[\d¹²³⁰⁴-⁹]\s(?:[^\W\d_]+/)?$", text[:found.start()])
                        or unit and re.fullmatch(r"[⁰¹²³⁴-⁹⁻]*\s?[·⋅]\s?", between))
            said += [between, found[0] if unit else MATHS_START + found[0] + MATHS_END]
            end = found.end()
        return "".join(said) + text[end:]

    def mark(node: ET.Element) -> None:
        node.text = marked(node.text)
        for child in node:
            if "words" not in (child.get("class") or "").split():
                mark(child)
            child.tail = marked(child.tail)

    copied = copy.deepcopy(element)
    mark(copied)
    return copied


CODE_START, CODE_END = "\ue000", "\ue001"
"""Private-use characters around code's words in what the reader collects, so that only
the prose around them is said as prose (`_words_outside_code`)."""
CODE_SPAN = re.compile(f"{CODE_START}(.*?){CODE_END}")
"""Code's words between their marks, set aside while the prose around them is said."""


DATE_OR_TIME_ALONE = re.compile(r"\s*(?:[0-3]?\d/[0-3]?\d/(?:\d{4}|\d\d)"
                                r"|(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?i:[ap]\.?m\.?)"
                                r"|(?:[01]?\d|2[0-3]):[0-5]\d)\s*")
"""Code that is only a date as people write it or a time, `1/18/2020`, `9:00 am`, as a page
sets a table's dates in code to set them apart: said as prose says it, "January 18, 2020",
"9 AM", in the handout's own date order. A hiking club's timetable (sweep AX, ucsd-hikes
static-copy.md lines 26 and 79) was said "1 18 2020" and its `3/2/2019` day first, "three,
two". A date year first, `2024-03-05`, is a program's or a file's, and stays code."""


PLAIN_CODE = frozenset({"", "text", "txt", "plain", "plaintext"})
"""The languages of a code block that is no program's: none, or plain text's."""
PLAIN_TEXT_CLASSES = frozenset(f"language-{name}" for name in PLAIN_CODE if name)
"""The classes of a code block marked as plain text, ```` ```text ````, not a program."""
_SENTENCE_IN_CODE_RE = re.compile(r"[^\W\d_][\w'’,]*(?:[ \t]+[^\s`{}<>=;]+){3,}[.!?](?=\s|$)")


def _prose_as_code(element: ET.Element) -> bool:
    """Whether a code block is marked as plain text (```` ```text ````) and holds sentences
    of four words or more, a letter or an e-mail set apart as print shows it: an e-mail
    guide's example (sweep CT, D7, email-basics-guide lines 107-115) was said "Code example, 5
    lines, as printed:" and line by line, "…still available", a pause, "for lunch on
    Tuesday", cut at the source's line break. Its sentences are said, paragraph by
    paragraph, as prose is; it prints as it was. A list or a meal plan in one, lines with no
    sentence, is still said line by line (`_Reader.read_block`)."""
    code = element.find("code")
    return code is not None and bool(PLAIN_TEXT_CLASSES & set(
        (code.get("class") or "").split())) and bool(_SENTENCE_IN_CODE_RE.search(
            text_of(element)))


def _code_words(code: str, lang: str) -> str:
    """Code read as its words: symbols become pauses, never spelled out; but code that is
    symbols alone (the `*` in a pattern, the `>>` of a shell) is said by their names in
    English, where it left a hole ("the  in .pdb"), and in the languages `LISTED_SYMBOLS`
    names them in: a guide to links' "`]` et `(`" was "et", "no space between and" (sweep
    CN, in Hindi, Tamil and French). An emoji is said by its name, as print
    names it (`name_emoji`): "Write `🙂` to smile" was "Write to smile". An e-mail address alone
    is said as one: "Email `hello@example.org`" lost its "at"; a web address in code is an
    example whose path matters ("`https://doi.org/10.1175/…`"), kept as code. A password
    (`PASSWORD_RE`) is said as written, as it is in prose: a course's examples,
    "`Purple!Elephant7Sunrise#Coffee`" and "`Blue@Chair&Running7Moon`" (sweep CT, D3), lost
    their "#" and "&" with code's symbols, "Blue at Chair Running7Moon"."""
    from handout.read.generators import name_emoji  # Markdown's: not for a no-op build

    if is_email_address(code.strip()) or PASSWORD_RE.fullmatch(code.strip()):
        return code.strip()  # `hello@example.org`: said as the address, "hello at…"
    if lang.split("-")[0].lower() == "en" and DATE_OR_TIME_ALONE.fullmatch(code):
        return code.strip()  # `1/18/2020`: "January 18, 2020"
    # A menu path, `Settings > Display > Text size`, pauses as it does in prose: it was
    # "Settings Display Text size", its ">" dropped with code's symbols (sweep AN). Each
    # of its steps is a name, with a capital; a shell's `ls > out.txt` is no path
    if all(step[:1].isupper() for step in MENU_PATH_RE.split(code)[1:]):
        code = MENU_PATH_RE.sub(", ", code)
    english = lang.split("-")[0].lower() == "en"
    if english and (chord := name_key_chord(code)):
        return f"{CODE_START}{chord}{CODE_END}"  # `Ctrl + C`: "Ctrl plus C"
    if english:  # `⌘C`: "Command C"; `↑`: "up arrow"
        code = ARROW_SIGN_RE.sub(lambda arrow: f" {name_arrow(arrow.group())} ",
                                 name_mac_keys(code))
    if english:  # `@alice@example.com`: "at alice at example.com"
        code = TYPED_SIGN_RE.sub(lambda sign: " " + " ".join(
            ENGLISH_SYMBOLS[symbol] for symbol in sign.group()) + " ", code)
    # A percent sign after a number is the amount's, `width="100%"` (sweep CS, codimd-features
    # line 70), which was said "100 " as the other symbols are left out. A typographic
    # apostrophe is a word's, as a straight one is: a song sheet's lyrics under their chords
    # (sweep CW, D3), "We’ll take a cup o’ kindness", were said "We ll", "we L L". An arrow,
    # R's `<-` or `->`, is symbols: its hyphen was kept, and `anscombe_tidy <- anscombe` was
    # said "anscombe_tidy - anscombe", a minus (sweep CZ)
    words = " ".join(re.sub(r"(?:(?<!\d)%|<-+|-+>|[^\w.,:;'’\"?!%-])+", _unless_marks,
                            name_emoji(code, lang)).split())
    names = ENGLISH_SYMBOLS if english else LISTED_SYMBOLS.get(lang.split("-")[0].lower())
    if not re.search(r"\w", words) and names:
        words = " ".join(names.get(symbol, "") for symbol in code if not symbol.isspace())
        words = " ".join(words.split())
    return f"{CODE_START}{words}{CODE_END}" if words else ""


@functools.cache
def _quantity_pattern(lang: str) -> re.Pattern[str] | None:
    """`is_quantity`'s pattern in `lang`, whose units are its table's (and English's
    measures, `numbers.MEASURES`); none where the language has no table."""
    saying = saying_for(lang)
    if saying is None:
        return None
    names = set(saying.units) | {form for forms in saying.units.values() for form in forms}
    if lang.split("-")[0].lower() == "en":
        names |= MEASURES
    unit = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    amount = (r"(?:\d+(?:[.,]\d+)?(?:\s?[½¼¾⅓⅔])?(?:\s\d+/\d+)?|\d+/\d+|[½¼¾⅓⅔])"
              rf"(?:\s?[-–]\s?\d+(?:[.,/]\d+)?)?(?:\s?(?:{unit})\.?(?!\w))?")
    return re.compile(rf"(?:\.{{3}}|…)?\s*(?:(?:plus|\+)\s*)?{amount}"
                      rf"(?:\s*(?:plus|\+)\s*{amount})*", re.IGNORECASE)


def is_quantity(code: str, lang: str) -> bool:
    """Whether inline code is only an amount: a number, a fraction or a range, with a unit
    of the units' table or not, perhaps after or before "plus". A recipe template (nyum's,
    sweep AW, herb-scones lines 8-13) puts every amount in backticks, "`1/2 tbsp` chopped
    thyme", "`225g`", "`... plus 1tbsp`": said as code, "1 2 tbsp" and "225g" ("jee"), where
    prose says "half a tablespoon" and "225 grams". Such code is said as prose, and so is a
    telephone number (`_is_dialled`); print keeps it as written, and any other code stays
    code."""
    pattern = _quantity_pattern(lang.split("-")[0].lower())
    return bool(pattern and re.search(r"\d|[½¼¾⅓⅔]", code)
                and pattern.fullmatch(code.strip())) or _is_dialled(code)


_DIALLED_CODE = re.compile(r"\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6}")
"""A telephone number dialled from abroad, alone in inline code: a GDPR statement (sweep
CF) gives its data protection officer's as `+49 (0)3834 86-5124`, said as code, "49 0 3834
86-5124", its plus and brackets gone and its groups said as amounts."""


def _is_dialled(code: str) -> bool:
    """Whether inline code is only a telephone number dialled from abroad (`_DIALLED_CODE`),
    said as prose says one."""
    return bool(_DIALLED_CODE.fullmatch(code.strip())) and sum(map(str.isdigit, code)) >= 7


TYPED_SIGN_RE = re.compile(r"://|&&|[@+]|(?<![</])/(?=[\w\[~.])")
"""The signs in code that a reader says, as the reader must type them: an address's "@",
"://" and the slashes of its path, "+" and "&&". A help page's code (sweep CD, Mastodon's
posting.md line 26, Zulip's desktop-app-install-guide.md lines 63-89) lost them to pauses:
"`@alice@example.com`" was said "alice example.com", "`http://`" "http:", "`chmod a+x`"
"chmod a x" and "`sudo apt update && sudo apt upgrade`" two commands run together. Other
signs of code (brackets, "=", "*", a comment's "#" and "//", a tag's "</") stay pauses."""


def _unless_marks(symbols: re.Match[str]) -> str:
    """A space for a run of symbols in code, but for the marks it opens with, which belong
    to the letter before them, as `\\w` holds no mark: a file name written decomposed (NFD,
    as macOS names files), `Relatório_Vacinação.pdf` in covid19pt-data's README, was said
    "Relato rio Vacinac a o"; and the vowel signs and viramas that end words in Indian
    scripts, with the joiners between a word's letters (ZWNJ, ZWJ), were lost before a space:
    a Hindi button, `सहायता केंद्र`, was said "सहायत केंद्र", and Telugu's `ఇన్‌లైన్` "ఇన లైన"
    (sweep AU)."""
    run = symbols.group()
    marks = next((index for index, character in enumerate(run)
                  if not unicodedata.category(character).startswith("M")
                  and character not in "\u200c\u200d"), len(run))
    return run if marks == len(run) else run[:marks] + " "


def _words_outside_code(text: str, lang: str) -> str:
    """`text` as said (`spoken_words`), but for its code, whose words stay as written:
    R's `-9L` is not "minus 9 litres", nor a date in a command a day of the year. Each
    piece of code stands aside as one private-use character while the prose is said."""
    text, code = set_aside(CODE_SPAN, SOURCE_PRIVATE_USE.sub("", text), CODE_ASIDE, group=1)
    text, symbols = set_aside(MATHS_SYMBOLS, text, MATHS_ASIDE, group=1)
    asides = asides_of(code, CODE_ASIDE)
    if lang.split("-")[0].lower() == "en":
        text = re.sub(f"({asides})\\s*/\\s*({asides})", lambda m: _keys_or(m, code), text)
    said = spoken_words(text, lang)
    said = re.sub(f"({asides}) ([.,])", r"\1\2", said)  # "Run `ls`." is "Run ls."
    if symbols:  # a slash beside the maths' symbols divides, "dy/dx", said "dy, dx"
        beside = asides_of(symbols, MATHS_ASIDE)
        said = re.sub(f"(?<={beside})/|/(?={beside})",
                      lambda _: f" {spoken_words('÷', lang)} ", said)
    return put_back(put_back(said, symbols, MATHS_ASIDE), code, CODE_ASIDE)


def _keys_or(slashed: re.Match[str], code: list[str]) -> str:
    """Two keys in code with a slash between them (their asides, `_words_outside_code`),
    said with "or" between them: a screen reader's keys, "`Down`/`Up` reads the next line"
    and "`H`/`Shift + H`", were said "Down slash Up" and "H slash Shift plus H" (sweep AN).
    Other code keeps its slash, a path's "`docs`/`api`"."""
    keys = [code[ord(aside) - CODE_ASIDE] for aside in slashed.groups()]
    return f"{slashed[1]} or {slashed[2]}" if all(map(said_as_keys, keys)) else slashed[0]


CODE_ASIDE = 0xF0000
"""The first of the private-use characters (plane 15) that stand for code in
`_words_outside_code`."""
SOURCE_PRIVATE_USE = re.compile("[\ue004-\uf8ff\U000f0000-\U0010ffff]")
"""A private-use character from the source, a font's own code for a symbol: never said,
but code's marks (`CODE_START`, `CODE_END`). A Sinhala page (sweep AT, sa-sinhalese line
18), pasted from a PDF, held U+10003B inside a word, which went to the voice once the
Sinhala words around it were left out. Print keeps it, where a font draws it, or prints
its code with a warning (`fonts.unprintable_message`)."""

