"""Narration stage: the words a listener hears, made from the parsed document.

`script_section` walks one section's element tree (never the raw Markdown) and returns its
speech script: a tuple of `Utterance`s, each a paragraph-sized run of plain words and the
pause that follows it. Headings come first with a longer pause; lists are read item by
item (numbered when ordered); tables row by row with their header labels; images by their
alt text; links by their text; footnotes at the end of the section. `spoken_words` then
expands units and abbreviations, so no markup character or address is ever handed to a
speech engine, and `respell` applies the pronunciation lexicon to what the voice is given
(never to what a reader reads).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Iterable, Mapping

from handout.config import Settings


@dataclass(frozen=True)
class Utterance:
    """A run of words spoken without a break, then `pause` seconds of silence.

    `text` is what a reader reads (the transcript, captions, highlighted text): units and
    numbers as they are said, every other word as printed. `spoken` is what the voice is
    given: the same, with the pronunciation lexicon's respellings, which are instructions
    to the voice and never words for a reader.
    """

    text: str
    pause: float
    spoken: str = ""

    def __post_init__(self) -> None:
        if not self.spoken:
            object.__setattr__(self, "spoken", self.text)


BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 ul ol li table blockquote pre div dl dt dd "
                       "figure figcaption hr".split())


def text_of(element: ET.Element) -> str:
    """The visible words of `element` as the printed page shows them."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "img":
            parts.append(child.get("alt", ""))
        else:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def script_section(
    elements: Iterable[ET.Element],
    footnotes: Mapping[str | None, ET.Element],
    settings: Settings,
    lexicon: Mapping[str, str],
    lead: list[str] | None = None,
) -> tuple[Utterance, ...]:
    """The speech script of one section: `lead` lines (the title block), then its elements."""
    reader = _Reader(settings, footnotes)
    for line in lead or ():
        reader.say(line, settings.heading_pause)
    for element in elements:
        reader.block(element)
    reader.read_notes()
    compiled = compile_lexicon(lexicon)
    script = []
    for utterance in reader.utterances:
        words = spoken_words(utterance.text)
        if words:
            script.append(Utterance(words, utterance.pause, respell(words, compiled)))
    return tuple(script)


class _Reader:
    """Walks block elements in reading order, collecting utterances."""

    def __init__(self, settings: Settings, footnotes: Mapping[str | None, ET.Element]):
        self.settings = settings
        self.footnotes = footnotes
        self.utterances: list[Utterance] = []
        self.notes_cited: list[str] = []

    def say(self, text: str, pause: float) -> None:
        text = " ".join(text.split())
        if text:
            self.utterances.append(Utterance(text, pause))

    def block(self, element: ET.Element) -> None:
        tag = element.tag
        s = self.settings
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.say(self.inline(element), s.heading_pause)
        elif tag in ("ul", "ol"):
            self.list_items(element)
        elif tag == "table":
            self.table(element)
        elif tag == "blockquote":
            self.say("Quote.", s.item_pause)
            self.children(element)
            self.say("End of quote.", s.paragraph_pause)
        elif tag == "pre":
            lines = (element.text or "") if not len(element) else text_of(element)
            count = len([line for line in lines.strip().split("\n") if line.strip()])
            self.say(f"Code example, {count} line{'s' if count != 1 else ''}, as printed:",
                     s.item_pause)
            self.say(_code_words(lines), s.paragraph_pause)
        elif tag == "hr":
            if self.utterances:
                last = self.utterances[-1]
                self.utterances[-1] = Utterance(last.text, max(last.pause, s.heading_pause))
        elif tag == "dl":
            for child in element:
                self.say(self.inline(child), s.item_pause)
        elif tag == "p" and _only_blocks(element):
            # Print shows such a picture as a figure, its title as the caption below it.
            for image in element:
                self.say(self.phrase(image), s.paragraph_pause)
                if image.get("title", "").strip():
                    self.say(f"Caption: {image.get('title', '').strip()}.", s.paragraph_pause)
        elif tag in ("div", "figure"):
            self.children(element)
        elif tag == "figcaption":
            self.say(f"Caption: {self.inline(element)}", s.paragraph_pause)
        else:
            self.say(self.inline(element), s.paragraph_pause)

    def children(self, element: ET.Element) -> None:
        leading = " ".join((element.text or "").split())
        if leading:
            self.say(leading, self.settings.paragraph_pause)
        for child in element:
            if child.tag in BLOCK_TAGS:
                self.block(child)
            else:
                self.say(self.phrase(child), self.settings.paragraph_pause)
            if (child.tail or "").strip():
                self.say(child.tail or "", self.settings.paragraph_pause)

    def list_items(self, element: ET.Element) -> None:
        number = int(element.get("start", "1") or 1) if element.tag == "ol" else None
        for item in element.findall("li"):
            inline = [c for c in item if c.tag not in ("ul", "ol", "p", "pre", "table",
                                                        "blockquote", "div")]
            words = self.inline_parts(item, inline)
            paragraphs = [self.inline(p) for p in item.findall("p")]
            text = " ".join([words] + paragraphs).strip()
            if number is not None:
                text = f"{number}. {text}"
                number += 1
            self.say(text, self.settings.item_pause)
            for nested in item:
                if nested.tag in ("ul", "ol", "table", "pre", "blockquote"):
                    self.block(nested)

    def table(self, element: ET.Element) -> None:
        rows = element.findall(".//tr")
        headers = [self.inline(cell) for cell in rows[0]] if rows and all(
            cell.tag == "th" for cell in rows[0]) else []
        body_rows = rows[1:] if headers else rows
        caption = element.find("caption")
        intro = f"Table: {self.inline(caption)}." if caption is not None else "Table."
        self.say(f"{intro} {len(body_rows)} row{'s' if len(body_rows) != 1 else ''}.",
                 self.settings.item_pause)
        for row in body_rows:
            cells = [self.inline(cell) for cell in row]
            if headers:
                spoken = [f"{h}: {c}" if h else c for h, c in zip(headers, cells)]
                spoken += cells[len(headers):]
            else:
                spoken = cells
            self.say(". ".join(c.strip() for c in spoken if c.strip()) + ".",
                     self.settings.item_pause)
        if self.utterances:
            last = self.utterances[-1]
            self.utterances[-1] = Utterance(last.text, self.settings.paragraph_pause)

    def inline(self, element: ET.Element) -> str:
        return self.inline_parts(element, list(element))

    def inline_parts(self, element: ET.Element, children: list[ET.Element]) -> str:
        parts = [element.text or ""]
        for child in element:
            if child in children:
                parts.append(self.phrase(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def phrase(self, element: ET.Element) -> str:
        tag = element.tag
        if tag == "img":
            alt = element.get("alt", "").strip()
            return f" Image: {alt}. " if alt else " An image with no description. "
        if tag == "br":
            return " "
        if tag == "a" and "footnote-backref" in element.get("class", ""):
            return ""  # the "↩" that leads back from a note to its reference
        if tag == "sup" and element.get("id", "").startswith("fnref"):
            link = element.find("a")
            target = (link.get("href", "") if link is not None else "").lstrip("#")
            if target not in self.footnotes:
                return ""
            if target not in self.notes_cited:
                self.notes_cited.append(target)
            return f" (note {self.notes_cited.index(target) + 1}) "
        if tag == "code":
            return f" {_code_words(element.text or '')} "
        return self.inline(element)

    def read_notes(self) -> None:
        for number, note_id in enumerate(self.notes_cited, start=1):
            note = self.footnotes[note_id]
            words = " ".join(self.inline(p) for p in note.findall("p")) or self.inline(note)
            self.say(f"Note {number}: {words}", self.settings.item_pause)


def _only_blocks(element: ET.Element) -> bool:
    return not (element.text or "").strip() and all(
        c.tag in ("img",) and not (c.tail or "").strip() for c in element) and len(element) > 0


def _code_words(code: str) -> str:
    """Code read as its words: symbols become pauses, never spelled out."""
    return " ".join(re.sub(r"[^\w.,:;'\"?!-]+", " ", code).split())


# --- Words spoken as a listener expects ---------------------------------------------------

UNITS = {
    "mg": ("milligram", "milligrams"),
    "mcg": ("microgram", "micrograms"),
    "µg": ("microgram", "micrograms"),
    "g": ("gram", "grams"),
    "kg": ("kilogram", "kilograms"),
    "ml": ("millilitre", "millilitres"),
    "mL": ("millilitre", "millilitres"),
    "l": ("litre", "litres"),
    "L": ("litre", "litres"),
    "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"),
    "km": ("kilometre", "kilometres"),
    "m": ("metre", "metres"),
    "h": ("hour", "hours"),
    "hr": ("hour", "hours"),
    "hrs": ("hours", "hours"),
    "min": ("minute", "minutes"),
    "mins": ("minutes", "minutes"),
    "IU": ("international unit", "international units"),
    "mmHg": ("millimetre of mercury", "millimetres of mercury"),
    "bpm": ("beat per minute", "beats per minute"),
    "kcal": ("kilocalorie", "kilocalories"),
    "lb": ("pound", "pounds"),
    "lbs": ("pounds", "pounds"),
    "oz": ("ounce", "ounces"),
    "mmol": ("millimole", "millimoles"),
    "tsp": ("teaspoon", "teaspoons"),
    "tbsp": ("tablespoon", "tablespoons"),
}

PER = {"kg": "kilogram", "day": "day", "d": "day", "h": "hour", "hr": "hour", "hour": "hour",
       "min": "minute", "week": "week", "dose": "dose", "mL": "millilitre", "ml": "millilitre",
       "L": "litre", "l": "litre", "m²": "square metre", "m2": "square metre"}
"""What may follow a slash after a unit ("mg/kg", "5 mL/day"), said as "per ..."."""

ABBREVIATIONS = {
    "e.g.": "for example",
    "i.e.": "that is",
    "etc.": "et cetera",
    "vs.": "versus",
    "approx.": "approximately",
    "Dr.": "Doctor",
    "Mr.": "Mister",
    "Mrs.": "Missus",
    "tel.": "telephone",
    "&": "and",
}

MONTHS = ("January February March April May June July August September October "
          "November December").split()

_NUMBER = r"\d+(?:[.,]\d+)?"
_UNIT_RE = re.compile(
    rf"(?<![\w.])({_NUMBER})\s?({'|'.join(sorted(map(re.escape, UNITS), key=len, reverse=True))})(?![\w])"
)
_RANGE_RE = re.compile(rf"(?<![\w-])({_NUMBER})\s?[–—-]\s?({_NUMBER})(?![\w])")
_PERCENT_RE = re.compile(rf"({_NUMBER})\s?%")
_DEGREES_RE = re.compile(rf"({_NUMBER})\s?°\s?([CF])\b")
_ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})\s?([ap])\.?m\.?", re.IGNORECASE)
_PER_RE = re.compile(
    rf"(?<=[A-Za-zµ])\s?/\s?({'|'.join(sorted(map(re.escape, PER), key=len, reverse=True))})(?!\w)")
_TIMES_RE = re.compile(rf"(?<![\w.])({_NUMBER})\s?[x×](?!\w)")
_DEGREES_ONLY_RE = re.compile(rf"({_NUMBER})\s?°(?![CF]\b)")
_NUMBER_SIGN_RE = re.compile(r"\bNo\.\s?(?=\d)")
_SAINT_RE = re.compile(r"\bSt\.(?=\s[A-Z])")
_URL_RE = re.compile(r"\b(?:https?://|www\.)([^\s/<>\"')\]]+)[^\s<>\"]*", re.IGNORECASE)
_EMAIL_RE = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_MARKUP_RE = re.compile(r"[#*|`<>\[\]_~^{}\\]+")


def compile_lexicon(lexicon: Mapping[str, str]) -> list[tuple[re.Pattern[str], str]]:
    """A whole-word pattern for each lexicon entry, longest first.

    Matching is case-sensitive except for the first letter, so an entry for a drug name
    also catches it at the start of a sentence, and "GABA" never matches "Gaba" or the
    "GABA" inside "GABAergic". A hyphen or apostrophe ends a word ("Clonazepam-based").
    """
    patterns = []
    for word, said in sorted(lexicon.items(), key=lambda item: -len(item[0])):
        first = word[:1]
        head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.isalpha() \
            else re.escape(first)
        patterns.append((re.compile(rf"(?<!\w){head}{re.escape(word[1:])}(?!\w)"), said))
    return patterns


def respell(text: str, lexicon: list[tuple[re.Pattern[str], str]]) -> str:
    """`text` with every word of the lexicon replaced by its respelling, for the voice."""
    for pattern, said in lexicon:
        text = pattern.sub(said, text)
    return text


def spoken_words(text: str) -> str:
    """`text` as it should be said: units, dates and abbreviations expanded, no markup."""
    text = _URL_RE.sub(lambda m: " " + _host(m.group(1)) + " ", text)
    text = _EMAIL_RE.sub(lambda m: f"{m.group(1)} at {m.group(2)}", text)
    text = _ISO_DATE_RE.sub(_say_date, text)
    text = _TIME_RE.sub(_say_time, text)
    text = _DEGREES_RE.sub(lambda m: f"{m.group(1)} degrees "
                           f"{'Celsius' if m.group(2) == 'C' else 'Fahrenheit'}", text)
    text = _DEGREES_ONLY_RE.sub(lambda m: f"{m.group(1)} degrees", text)
    text = _PERCENT_RE.sub(lambda m: f"{m.group(1)} percent", text)
    text = _UNIT_RE.sub(_say_unit, text)
    text = _PER_RE.sub(lambda m: f" per {PER[m.group(1)]}", text)
    text = _TIMES_RE.sub(lambda m: f"{m.group(1)} {'time' if m.group(1) == '1' else 'times'}",
                         text)
    text = _NUMBER_SIGN_RE.sub("number ", text)
    text = _SAINT_RE.sub("Saint", text)
    text = _RANGE_RE.sub(lambda m: f"{m.group(1)} to {m.group(2)}", text)
    for short, long in ABBREVIATIONS.items():
        text = re.sub(rf"(?<![\w.]){re.escape(short)}(?!\w)", long, text)
    text = _MARKUP_RE.sub(" ", text)
    return " ".join(text.split())


def _host(host: str) -> str:
    host = host.lower().removeprefix("www.")
    return "web address " + host.rstrip(".,;:")


def _say_unit(match: re.Match[str]) -> str:
    number, unit = match.group(1), match.group(2)
    singular, plural = UNITS[unit]
    return f"{number} {singular if number == '1' else plural}"


def _say_time(match: re.Match[str]) -> str:
    """"10:30 p.m." as "10:30 PM", keeping the full stop when it also ends the sentence."""
    rest = match.string[match.end():]
    ends = match.group(0).endswith(".") and (not rest.strip() or re.match(r"\s+[A-Z]", rest))
    return f"{match.group(1)}:{match.group(2)} {match.group(3).upper()}M{'.' if ends else ''}"


def _say_date(match: re.Match[str]) -> str:
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return match.group(0)
    return f"{day} {MONTHS[month - 1]} {year}"
