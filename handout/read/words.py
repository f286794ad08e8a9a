"""Words as a listener hears them: one handout's printed text made ready for a voice.

`spoken_words` expands what a voice would otherwise read wrongly or letter by letter (units,
dates, times, percentages, ranges, abbreviations, addresses) and removes markup characters;
`respell` applies the pronunciation lexicon (for the voice only, never for a reader);
`sentence_spans` finds where the sentences of a paragraph begin and end, knowing the
abbreviations of the handout's language, so that each can be narrated, cached and
highlighted on its own.
"""

from __future__ import annotations

import re
from typing import Mapping

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


# --- Sentences ---------------------------------------------------------------------------

SENTENCE_ABBREVIATIONS = {
    "en": "mr mrs ms dr prof st no nos vs etc approx tel fig e.g i.e jan feb mar apr jun jul "
          "aug sep sept oct nov dec",
    "es": "sr sra srta dr dra lic ing prof ud uds núm no tel p.ej etc aprox pág fig",
    "fr": "m mme mlle mm dr pr me st ste no tél p.ex etc env fig cf",
    "it": "sig sigg sig.ra dott dott.ssa prof ing avv n tel ecc es fig pag",
    "pt": "sr sra srta dr dra prof eng n nº tel p.ex etc pág fig",
}
"""Words that end with a full stop without ending a sentence, by language (lower case,
without their final full stop). A single capital followed by a full stop (an initial)
never ends a sentence either. ("p.m." is not listed: a time often ends a sentence.)"""

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“‘«(\[¿¡]?[\w])")


def sentence_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; the spans cover it end to end, each sentence
    keeping the spaces that follow it. A stop ends a sentence when a space and a word follow
    and the word before it is not an abbreviation of `lang` or an initial; a following word
    in lower case ("e.g. water") continues the sentence."""
    known = set(SENTENCE_ABBREVIATIONS.get(lang.split("-")[0].lower(),
                                           SENTENCE_ABBREVIATIONS["en"]).split())
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]+)[.!?…]*$", text[start:end.start() + 1])
        before = (word.group(1) if word else "").rstrip(".")
        after = text[end.end():].lstrip()
        initial = len(before) == 1 and before.isupper()
        if end.group(0).startswith(".") and (before.lower() in known or initial):
            continue
        if not (after[:1].isupper() or after[:1].isdigit() or after[:1] in "\"“‘«(¿¡["):
            continue
        stop = end.end() + len(text[end.end():]) - len(after)
        spans.append((start, stop))
        start = stop
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]
