"""Words as a listener hears them: one handout's printed text made ready for a voice.

`spoken_words` expands, in the handout's language, what a voice would otherwise read
wrongly or letter by letter (units, dates, times, percentages, ranges, abbreviations,
addresses; one `Saying` table per language) and removes markup characters;
`respell` applies the pronunciation lexicon (for the voice only, never for a reader);
`sentence_spans` finds where the sentences of a paragraph begin and end, knowing the
abbreviations of the handout's language, so that each can be narrated, cached and
highlighted on its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from contextvars import ContextVar
from typing import TYPE_CHECKING, Iterator, Mapping

from handout.findings import PLACEHOLDER
from handout.language import (MONTHS, babel_locale, calendar_day, calendar_names, day_first,
                              words_for)
from handout.read.numbers import (CURRENCY_NAMES, CURRENCY_SIGNS, EASTERN_ARABIC_NUMBER,
                                  FUNCTION_WORDS, LOCAL_CURRENCY_SIGNS, NOT_A_NOUN, PER_TIME,
                                  SCALE_BEFORE, SLAVIC_GOVERNING, SUPERSCRIPT_DIGITS,
                                  WESTERN_DIGITS, compared_words, decimal_point, in_letters,
                                  in_script, keeps_passwords, last_word, number_in_words, ordinal,
                                  roman_value, said_as_written, said_once)

if TYPE_CHECKING:
    from decimal import Decimal

    from babel import Locale

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
    "mm²": ("square millimetre", "square millimetres"),
    "cm²": ("square centimetre", "square centimetres"),
    "m²": ("square metre", "square metres"),
    "km²": ("square kilometre", "square kilometres"),
    "mm³": ("cubic millimetre", "cubic millimetres"),
    "cm³": ("cubic centimetre", "cubic centimetres"),
    "m³": ("cubic metre", "cubic metres"),
    "h": ("hour", "hours"),
    "hr": ("hour", "hours"),
    "hrs": ("hours", "hours"),
    "min": ("minute", "minutes"),
    "mins": ("minutes", "minutes"),
    "wk": ("week", "weeks"),
    "wks": ("weeks", "weeks"),
    "mth": ("month", "months"),
    "mths": ("months", "months"),
    "yr": ("year", "years"),
    "yrs": ("years", "years"),
    "sec": ("second", "seconds"),
    "mo": ("month", "months"),
    "mos": ("months", "months"),
    "secs": ("seconds", "seconds"),
    "ms": ("millisecond", "milliseconds"),  # "rerenders in under 150ms" (MyST's home page)
    "µs": ("microsecond", "microseconds"),  # a timing's "200-400 μs" (acl-bptb): "mews"
    "µm": ("micrometre", "micrometres"),
    "µL": ("microlitre", "microlitres"),
    # An angle shortened, as a physiotherapy plan writes it ("Mini squats from 0-60 deg",
    # "ROM 0 deg"): said "deg".
    "deg": ("degree", "degrees"),
    "IU": ("international unit", "international units"),
    # Insulin's units, "0.1 u/kg": "zero point one you per kilogram". Not a capital "U",
    # which is text speak as often ("I Would Die 4 U").
    "u": ("unit", "units"),
    # An enzyme's level on a blood test, "ALT 7-56 U/L": left as written, where "IU/L" was
    # "international units per litre". A capital "U" alone stays as written.
    "U/L": ("unit per litre", "units per litre"),
    "mmHg": ("millimetre of mercury", "millimetres of mercury"),
    # A gas's pressure, "200 atm" (sweep CP, haber-contact lines 10, 29, 47): "200 at the
    # moment", a chat's shortening (`ABBREVIATIONS`), which it stays with no number
    "atm": ("atmosphere", "atmospheres"),
    "bpm": ("beat per minute", "beats per minute"),
    "kcal": ("kilocalorie", "kilocalories"),
    "kJ": ("kilojoule", "kilojoules"),  # a UK label's "1046 kJ" (sweep CI): "kay jay"
    "lb": ("pound", "pounds"),
    "lbs": ("pounds", "pounds"),
    "oz": ("ounce", "ounces"),
    # A liquid's, "2 fl oz rum", "4fl oz double cream" (sweep CI): "eff ell oz", where only
    # a pair, "250ml/9fl oz", had it in words (`_metric_imperial`).
    "fl oz": ("fluid ounce", "fluid ounces"),
    "fl. oz": ("fluid ounce", "fluid ounces"),
    "mi": ("mile", "miles"),
    "ft": ("foot", "feet"),
    # a walk's "Walk 150 yds to the gate, then 100yds further" (sweep CJ): said as written
    "yd": ("yard", "yards"),
    "yds": ("yards", "yards"),
    "mph": ("mile per hour", "miles per hour"),
    "kn": ("knot", "knots"),  # a wind's "~11kn" (sweep BS, jersey-practical line 10)
    # Speeds and accelerations as physics writes them, "25 m/s", "10 m/s²", and as UK and NZ
    # schools write them, "330 ms⁻¹", "1100 kmh⁻¹" (sweep BJ, speed-accel): "metres slash S",
    # "milliseconds to the power of minus 1", "K M H to the power of minus 1".
    "m/s": ("metre per second", "metres per second"),
    "km/s": ("kilometre per second", "kilometres per second"),
    "km/h": ("kilometre per hour", "kilometres per hour"),
    **{f"m{space}s{power}": ("metre per second", "metres per second")
       for space in ("", " ") for power in ("⁻¹",)},
    **{f"m{slash}s{power}": ("metre per second squared", "metres per second squared")
       for slash, power in (("/", "²"), ("/", "^2"), ("", "⁻²"), (" ", "⁻²"))},
    "kmh⁻¹": ("kilometre per hour", "kilometres per hour"),
    "km h⁻¹": ("kilometre per hour", "kilometres per hour"),
    "mmol": ("millimole", "millimoles"),
    "µmol": ("micromole", "micromoles"),  # a urate level, "480 µmol/L": "µmol per litre"
    "μmol": ("micromole", "micromoles"),
    "tsp": ("teaspoon", "teaspoons"),
    "tbsp": ("tablespoon", "tablespoons"),
    # A file's size, as a form asks for an upload or a slide deck ("under 25 MB"): the voice
    # spelled "M B". Only after a number, where "GB" is no country and "MB" no degree, and
    # "TB" (ente's storage plans, "a 1 TB plan") no tuberculosis.
    "KB": ("kilobyte", "kilobytes"),
    "kB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"),
    # Energy, as an energy-advice page gives a tariff ("5p/kWh overnight"): "K W H".
    "kWh": ("kilowatt hour", "kilowatt hours"),
    # An appliance's power and a broadband speed, "a 9kW shower", "draw 300–700W", "fiber
    # (30-50mbps)": "nine K W", "three hundred seven hundred W", "M B P S". "W" spaced
    # before a capital is a street's West ("123 W Main St", `_unit_patterns`).
    "kW": ("kilowatt", "kilowatts"),
    "W": ("watt", "watts"),
    # A radio band and a processor's clock, as a digital-skills guide gives them ("Wi-Fi on
    # 2.4GHz or 5 GHz"): the voice spelled "G H Z".
    "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    "Mbps": ("megabit per second", "megabits per second"),
    "mbps": ("megabit per second", "megabits per second"),
    # The sizes accessibility and print guidance is written in ("at least 12-14pt", "16px"):
    # "twelve dash fourteen P T", "sixteen P X".
    "pt": ("point", "points"),
    "px": ("pixel", "pixels"),
    # A concentration, as a dental page gives fluoride's, "1350ppm - 1500ppm": "P P M".
    "ppm": ("part per million", "parts per million"),
    # SI units as physics notes write them (sweep CP), "650 nm", "1 mW", "10 MPa", "5 Ω":
    # spelled, "N M", "M P A", or "omega". "N", "J" and "V" alone only after a space and
    # before a lower-case word, "a 10 N load", "a 3 V cell" (`_unit_patterns`), and not
    # after a class's or a part's label (`_LETTER_LABEL_RE`): "Year 5J", "Year 5 J and",
    # "5 N Main St" and "Part 3 V of" stay letters. Not "A" or "K", as often a grade or a
    # class ("Year 10 A"), a thousand or a race ("a 5 K"), as an ampere or a kelvin.
    "nm": ("nanometre", "nanometres"),
    "mW": ("milliwatt", "milliwatts"),
    "MW": ("megawatt", "megawatts"),
    "N": ("newton", "newtons"),
    "kN": ("kilonewton", "kilonewtons"),
    "Pa": ("pascal", "pascals"),
    "hPa": ("hectopascal", "hectopascals"),
    "kPa": ("kilopascal", "kilopascals"),
    "MPa": ("megapascal", "megapascals"),
    "GPa": ("gigapascal", "gigapascals"),
    "J": ("joule", "joules"),
    "mJ": ("millijoule", "millijoules"),
    "MJ": ("megajoule", "megajoules"),
    "Js": ("joule second", "joule seconds"),
    "J s": ("joule second", "joule seconds"),
    "V": ("volt", "volts"),
    "mV": ("millivolt", "millivolts"),
    "kV": ("kilovolt", "kilovolts"),
    "mA": ("milliamp", "milliamps"),
    "Ω": ("ohm", "ohms"),
    "kΩ": ("kilohm", "kilohms"),
    "MΩ": ("megohm", "megohms"),
}

PER = {"kg": "kilogram", "day": "day", "d": "day", "h": "hour", "hr": "hour", "hour": "hour",
       "min": "minute", "minute": "minute", "week": "week", "wk": "week", "dose": "dose",
       "mL": "millilitre", "ml": "millilitre", "dL": "decilitre", "dl": "decilitre",
       "L": "litre", "l": "litre", "mol": "mole", "mmol": "millimole",
       "m²": "square metre", "m2": "square metre", "kWh": "kilowatt hour", "month": "month",
       "year": "year", "m³": "cubic metre", "m3": "cubic metre",
       "sq ft": "square foot", "sq. ft.": "square foot", "sqft": "square foot",
       "mm³": "cubic millimetre", "mm3": "cubic millimetre", "µL": "microlitre",
       "cm³": "cubic centimetre", "cm3": "cubic centimetre",
       "μL": "microlitre", "mi": "mile", "km": "kilometre"}
"""What may follow a slash after a unit ("mg/kg", "5 mL/day"), said as "per ...": a blood
count's, "< 1,500 cells/mm³", "cells/µL" too, which were said "cells, mm cubed"; a
runner's pace in whole minutes, a couch-to-5K plan's "(11-12 min/mi typical)", which was
"11 to 12 minutes, mi" ("my"); an air pollutant's, "35 µg/m³", "40 μg/m3", "micrograms,
em cubed", "micrograms slash em three"; and a density, "1 g/cm³" (sweep CP, density line
52), "1 gram/cm cubed"."""
_GREEK_MU_RE = re.compile(r"(?:(?<=\d)(\s?)|(?<![^\W\d_]))μ(?=(?:g|s|m|L|l)(?![^\W\d_]))")
"""The Greek mu typed for the micro sign in a unit (U+03BC, as a keyboard's Greek or a
pasted page gives it, where Word's symbol is U+00B5): an air-quality page's "40 μg/m3" was
"forty mewg", a timing's "200-400 μs" "mews". The micro sign, which the units name
("micrograms"). With no number before it too, as a table's column is headed: an AQI table's
"PM₁₀ (μg/m³)" (sweep CX, 02-nashik-aqi) was "mewg per cubic metre" in every row."""
_PENCE_PER_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)p(?= per\b|/mile\b)"
                           r"|(?<![\w.£$€])([1-9]\d?|\d{1,2}\.\d{1,2})p"
                           r"(?=[\s,;:.!?)]|$)(?!\.\d)")
"""Pence, "49p", "13p a day", and before what they pay for, "5p/kWh" (after `PER`, "5p per
kilowatt hour"), "45p/mile" (then `_PER_NOUN_RE`): the voice said "forty-nine P". Alone,
"49p", only where money is spoken of nearby (`_MONEY_NEAR_RE`); not a screen's "720p", nor
a page or a citation's "5p" with no money near. A share's price to a fraction of a penny,
"0.21p" per share, is pence too (sweep CQ, D4, a PLC's income statement)."""
_PENCE_RANGE_RE = re.compile(r"(?<![\w.£$€])(\d{1,2})p\s?([-–])\s?(?=\d{1,2}p(?!\w))")
"""A range of pence with the sign on both, "3p-40p/minute" (the call charges under every 03
and 08 number), written once, "3-40p", which is said "3 to 40 pence": the voice said
"three P forty pence"."""
_MONEY_NEAR_RE = re.compile(r"£|\b(?:charges?|costs?|prices?|fees?|fines?|pay|paid|each|per|"
                            r"shares?|deduct(?:s|ed)?|a (?:day|week|month|sheet|page|copy|"
                            r"print|go|minute|call))\b", re.I)
"""Words of money near pence (`_say_pence`), within `_MONEY_NEAR` characters: a benefits
explainer's "DWP deducts 55p from Universal Credit for every £1 earned" and an annual
report's "1,250,000 shares at 20p" (sweep CQ, D4) were said "fifty-five pee", the pound
sign a few characters too far, "shares" no word of money."""
_MONEY_NEAR = 60


_PENCE_BEFORE_RE = re.compile(r"(?:[~≈]|(?<![\w.,])\d{1,2}\s?[-–—]\s?)$")
"""What makes pence of a "p" after a number under 100 with no word of money near: an
energy guide's "One cycle: 20–40p" and "~50p" (no page or screen is a range or about so
many), which the voice said "twenty forty P" and "about fifty P"."""


def _say_pence(match: re.Match[str]) -> str:
    """Pence (`_PENCE_PER_RE`) in words; alone, only where money is spoken of nearby, or
    in a range or about so many (`_PENCE_BEFORE_RE`)."""
    amount = match.group(1) or match.group(2)
    if match.group(2) and not _PENCE_BEFORE_RE.search(match.string, 0, match.start()) \
            and not _MONEY_NEAR_RE.search(match.string, max(0, match.start() - _MONEY_NEAR),
                                          match.end() + _MONEY_NEAR):
        return match.group()
    return f"{amount} {'penny' if amount == '1' else 'pence'}"


BIBLE_BOOKS = {
    "Genesis": "Gen Gn", "Exodus": "Exod Ex", "Leviticus": "Lev", "Numbers": "Num",
    "Deuteronomy": "Deut Dt", "Joshua": "Josh", "Judges": "Judg", "Ruth": "", "Samuel": "Sam",
    "Kings": "Kgs", "Chronicles": "Chron Chr", "Ezra": "", "Nehemiah": "Neh", "Esther": "Esth",
    "Job": "", "Psalm": "Psalms Ps Psa Pss", "Proverbs": "Prov", "Ecclesiastes": "Eccl Eccles",
    "Song of Songs": "Song", "Song of Solomon": "", "Isaiah": "Isa", "Jeremiah": "Jer",
    "Lamentations": "Lam", "Ezekiel": "Ezek", "Daniel": "Dan", "Hosea": "Hos", "Joel": "",
    "Amos": "", "Obadiah": "Obad", "Jonah": "", "Micah": "Mic", "Nahum": "Nah",
    "Habakkuk": "Hab", "Zephaniah": "Zeph", "Haggai": "Hag", "Zechariah": "Zech",
    "Malachi": "Mal", "Matthew": "Matt Mt", "Mark": "Mk", "Luke": "Lk", "John": "Jn Joh",
    "Acts": "", "Romans": "Rom", "Corinthians": "Cor", "Galatians": "Gal", "Ephesians": "Eph",
    "Philippians": "Phil Php", "Colossians": "Col", "Thessalonians": "Thess", "Timothy": "Tim",
    "Titus": "Tit", "Philemon": "Philem Phlm", "Hebrews": "Heb", "James": "Jas",
    "Peter": "Pet", "Jude": "", "Revelation": "Rev", "Tobit": "Tob", "Judith": "Jdt",
    "Wisdom": "Wis", "Sirach": "Sir Ecclus", "Baruch": "Bar", "Maccabees": "Macc"}
"""The books of the Bible as English service sheets and study notes name them, each with
the shortenings they use ("Ps 23:1-6", "1 Cor. 13:4–7"), for `_SCRIPTURE_RE`; with the books
Catholic and Orthodox lectionaries read from, whose references (sweep CR, a parish's
readings) were said with the colon as "to", "Sirach 27 to 4 to 7"."""
_BIBLE_BOOK_NAMES = {written: book for book, short in BIBLE_BOOKS.items()
                     for written in (book, *short.split())}
NUMBERED_BOOKS = frozenset("Samuel Kings Chronicles Corinthians Thessalonians Timothy Peter "
                           "John Maccabees".split())
"""Books in two or three parts, whose number comes first: "1 Cor", "II Kings", "1 John"."""
_BIBLE_BOOK = "|".join(sorted(map(re.escape, _BIBLE_BOOK_NAMES), key=len, reverse=True))
_SCRIPTURE_VERSES = (r"\d{1,3}:(?:\s(?=[1-9]\d{0,2}[abc]?\s?[-–]\s?\d))?[1-9]\d{0,2}[abc]?"
                     r"(?:\s?[-–]\s?\d{1,3}(?::[1-9]\d{0,2})?[abc]?)?")
_SCRIPTURE_RE = re.compile(
    rf"(?<![\w.])(?:([123]|I{{1,3}})\s?)?({_BIBLE_BOOK})\.?\s?((?:{_SCRIPTURE_VERSES}"
    r"(?:,\s?[1-9]\d{0,2}[abc]?(?:[-–]\d{1,3}[abc]?)?(?![\d:]|\s?[A-Z]))*"
    rf"(?:;\s?(?={_SCRIPTURE_VERSES}))?)+)(?![\w:]|[.,]\d)")
"""A Bible reference, a book and its chapter and verses, "Ps 23:1-6", "1 Cor. 13:4–7", "Matt
5:1–7:29", "Rom 8:28; 12:2": the colon was a ratio and the hyphen a range, "Ps 23 to 1 to
6", and the shortened book's stop ended a sentence ("1 Cor." was said alone). Said as a
reader announces it, "Psalm 23, verses 1 to 6" (`_say_scripture`). A verse may be half of
one, as lectionaries give them every week (sweep CR), "1 Cor 12:3b-13", which was "1 Cor 12
to 3b-13", and "Mark 1:9-15a", "Mark 1, verse 9-15a", said "nine dash fifteen a". A space
may follow the colon before a range, as a parish's service sheets write every reading (sweep
CR, stmichaels), "Isaiah 55: 1-9", which was "Isaiah fifty-five: one to nine"."""
_VERSES_RE = re.compile(r"(?<=\()(vv?)\.?\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?(?=\))")
"""Verses of a passage given in brackets after its part's name, "The Inspiring Example
(v1-5)" (sweep CR, a sermon's outline): "vee one dash five"; said "verses 1 to 5"."""
GIVEN_NAME_BOOKS = frozenset("John Mark Luke Dan Ruth Joel Amos Jude James Titus Jonah Ezra "
                             "Job Micah Peter Acts".split())
"""Books named as people are, whose reference alone may be a name and a time on a rota,
"Mark 10:30 Tuesday": a reference to one of them that a clock could read is one only
where scripture is spoken of nearby (`_SCRIPTURE_NEAR_RE`)."""
_SCRIPTURE_NEAR_RE = re.compile(r"\b(?:[Rr]eadings?|[Vv]erses?|Bible|[Gg]ospel|[Ss]cripture|"
                                r"[Ll]essons?|[Pp]assages?|[Ss]ermon|[Pp]salms?|[Cc]hapters?)\b")
SCRIPTURE_BOOK_NUMBERS = {"1": "First", "2": "Second", "3": "Third", "I": "First",
                          "II": "Second", "III": "Third"}
_SCRIPTURE_CHAPTER_RE = re.compile(
    rf"(?<![\w.])(?:([123]|I{{1,3}})\s?)?({_BIBLE_BOOK})\.?\s?(\d{{1,3}})(?![\w:]|[.,]\d)")
"""A Bible book shortened and its chapter alone, "1 Cor 13", "Ex. 24; John 3; Job 42" (a
church's daily reading), which the voice read as letters, "one core thirteen". Said in full
after a book's number, in a list of references, or where scripture is spoken of: "Ex. 3" is
as often an exercise (`_say_scripture_chapter`)."""
_SCRIPTURE_LIST_RE = re.compile(rf"\b(?:{_BIBLE_BOOK})\.?\s?\d{{1,3}};\s?(?:[123]\s?)?"
                                rf"(?:{_BIBLE_BOOK})\.?\s?\d")


_JOURNAL_REFERENCE_RE = re.compile(r"(?<![\w.;:])((?:1[89]|20)\d\d);[ ]?(\d{1,4})"
                                   r"(?:\((\d{1,5})\))?:[ ]?([A-Za-z]?\d{1,6})"
                                   r"(?:[-–]([A-Za-z]?\d{1,6}))?(?![\w:;(–-])")
"""A journal article's place as Vancouver and the AMA cite it, its year, volume, issue in
brackets and pages, "2021;160(6):e545-e608", "2013;382(9889):311-325": said "2021;1 6 oh
6:e545-e608" and "2013;382(9 8 89):311 to 325", the issue a code and the colon a ratio's.
Said as a reader names them, "2021, volume 160, issue 6, pages e545 to e608"
(`_say_journal_reference`); the issue may be left out, "2020;383:1-10", not the volume."""


def _say_journal_reference(match: re.Match[str]) -> str:
    """A journal article's place (`_JOURNAL_REFERENCE_RE`) with its parts named; without an
    issue, only with a range of pages or a page with its letter, "2019;364:l6890", as
    "2021;10:30" may be a year and a time."""
    year, volume, issue, first, last = match.groups()
    if not issue and not last and first.isdigit():
        return match.group()
    return f"{year}, volume {volume}" + (f", issue {issue}" if issue else "") + (
        f", pages {first} to {last}" if last else f", page {first}")


def _say_scripture(match: re.Match[str]) -> str:
    """A Bible reference (`_SCRIPTURE_RE`) as a reader announces it: the book named in full,
    then each chapter and its verses, "First Corinthians 13, verses 4 to 7"."""
    if match[2] in GIVEN_NAME_BOOKS and not match[1] and _ENGLISH_CLOCK_RE.fullmatch(match[3]) \
            and not _SCRIPTURE_NEAR_RE.search(match.string):
        return match.group()  # a name and a time, "Mark 10:30 Tuesday"
    said = []
    for reference in re.split(r";\s?", match[3].rstrip("; ")):  # "Rom 8:28; 12:2"
        chapter, verses = (part.strip() for part in reference.split(":", 1))
        verses = re.sub(r"\s?[-–]\s?(\d+):", r", to chapter \1, verse ", verses)
        verses = re.sub(r"\s?[-–]\s?", " to ", verses)
        verses = re.sub(r",\s?(?=\d)", " and ", verses)
        many = " to " in verses.split(", to chapter")[0] or " and " in verses
        said.append(f"{'chapter ' if said else ''}{chapter}, {'verses' if many else 'verse'} "
                    f"{verses}")
    return f"{_book_named(match)} {'; '.join(said)}"


def _book_named(match: re.Match[str]) -> str:
    """The Bible book a reference (`_SCRIPTURE_RE`, `_SCRIPTURE_CHAPTER_RE`) names, in full
    and with its number said, "First Corinthians"; a number before a book in one part stays
    as written."""
    book = _BIBLE_BOOK_NAMES[match[2]]
    if match[1] and book in NUMBERED_BOOKS:
        return f"{SCRIPTURE_BOOK_NUMBERS[match[1]]} {book}"
    return match.string[match.start():match.start(2)] + book


def _say_scripture_chapter(match: re.Match[str]) -> str:
    """A shortened book and its chapter (`_SCRIPTURE_CHAPTER_RE`) said in full, "First
    Corinthians 13", after a book's number, in a list of references or near a word of
    scripture; else as written."""
    numbered = match[1] and _BIBLE_BOOK_NAMES[match[2]] in NUMBERED_BOOKS
    if numbered or _SCRIPTURE_LIST_RE.search(match.string) \
            or _SCRIPTURE_NEAR_RE.search(match.string):
        return f"{_book_named(match)} {match[3]}"
    return match.group()


CHAT_SHORTENINGS = frozenset({"wrt to", "wrt", "atm", "afk"})
"""A chat's shortenings (`ABBREVIATIONS`), which alone in brackets are a word's abbreviation
as a text defines it (`_in_brackets`): a chemistry handout's "1 atmosphere (atm)" (sweep CP,
mole-notes line 17) was said "1 atmosphere (at the moment)"."""


def _in_brackets(found: re.Match[str]) -> bool:
    """Whether `found` is all there is between brackets, "(atm)"."""
    return found.string[found.start() - 1:found.start()] == "(" \
        and found.string[found.end():found.end() + 1] == ")"


ABBREVIATIONS = {
    "e.g.": "for example",
    "i.e.": "that is",
    "E.g.": "For example",  # opening a sentence, as a meeting's notes write it
    "I.e.": "That is",
    # without their last stop, a theatre company's blog's "(e.g we had a tour", "i.e the box
    # office" (sweep AQ); "eg" and "ie" with no stop at all are `_EG_IE_RE`'s
    "e.g": "for example",
    "i.e": "that is",
    "E.g": "For example",
    "I.e": "That is",
    "cf.": "compare",  # a reading list's "cf. Smith (2019)", said "C F"
    "viz.": "namely",
    # An example after a colon, a discharge-summary prompt's 'Ex: "You have a CT scan…"',
    # said "ex"; not "Ex. 3", an exercise or Exodus, nor "ex-wife". Before a quotation,
    # "Ex." is the same (`_EXAMPLE_BEFORE_QUOTE_RE`).
    "Ex:": "For example:",
    "ex:": "for example:",  # in a sentence, "(ex: a bank statement)"
    "Cf.": "Compare",
    "etc.": "et cetera",
    "vs.": "versus",
    "vs": "versus",
    "N/A": "not applicable",
    "n/a": "not applicable",
    "N/C": "no charge",  # a fee schedule's
    # a museum's opening times and its toilets (sweep CJ): "Sun & Bank Hols", "on G/F"
    "Bank Hols": "Bank Holidays",
    "Bank Hol": "Bank Holiday",
    "G/F": "ground floor",
    "Jr.": "Junior",
    "c/o": "care of",
    "C/O": "care of",
    "w/c": "week commencing",
    "w/b": "week beginning",  # a school's "After School Club opens w/b 21st September"
    # A chat's shortenings, in lower case and as words of their own, as a team's minutes
    # type them (sweep BA, rgi-minutes lines 230, 254, 346): "only two available atm",
    # "one week afk August", "wrt to GLIMS" (its "to" once), each said as written
    "wrt to": "with regard to",
    "wrt": "with regard to",
    "atm": "at the moment",
    "afk": "away from keyboard",
    "Fig.": "Figure",
    "fig.": "figure",
    "approx.": "approximately",
    "Approx.": "Approximately",
    "approx": "approximately",
    "Approx": "Approximately",
    # Prescriptions' Latin, as a leaflet's dosing table copies it from the label.
    "o.d.": "once a day",
    "b.d.": "twice a day",
    "b.i.d.": "twice a day",
    "t.d.s.": "three times a day",
    "t.i.d.": "three times a day",
    "q.d.s.": "four times a day",
    "q.i.d.": "four times a day",
    "p.r.n.": "when needed",
    "p.o.": "by mouth",
    "Rx": "prescription",
    "od": "once a day",  # a pill dispenser's table: "Frequency: od", said "odd"
    "nocte": "at night",
    "bd": "twice a day",
    "tds": "three times a day",
    "qds": "four times a day",
    "prn": "when needed",
    "PRN": "when needed",
    "M-F": "Monday to Friday",
    "M–F": "Monday to Friday",
    "w/o": "without",
    "am/pm": "AM or PM",
    "AM/PM": "AM or PM",
    "w/": "with",
    "f/u": "follow-up",
    "Wt.": "Weight",
    "Ht.": "Height",
    "✓": "tick",
    "✔": "tick",
    "✗": "cross",
    "✘": "cross",
    "✖": "cross",
    "Dr.": "Doctor",
    "Mr.": "Mister",
    "Mrs.": "Missus",
    "Prof.": "Professor",
    "Rev.": "Reverend",
    "Revd.": "Reverend",
    "Revd": "Reverend",
    "tel.": "telephone",
    "ext.": "extension",
    "Ext.": "Extension",
    "max.": "maximum",
    "Max.": "Maximum",
    "nos.": "numbers",
    "req'd": "required",
    "avg.": "average",
    "Avg.": "Average",
    "avg": "average",  # "(avg ~51-min delay)" (sweep BS, menton-practical line 19)
    "Avg": "Average",
    "Temp.": "Temperature",
    "temp.": "temperature",
    "p/p": "per person",
    "ppl": "people",  # "Est. Cost/Night (2 ppl)" (sweep BS, japan-budget line 9)
    # a job's pay and hours: "£35,000 p/a" (sweep BC, lch-clh-adviser line 33), "35 hrs
    # p/w", "£6.40 per hr", "Payment amt" (mt-referral line 15), as "p.a." was (`PRICE_PER`)
    "p/a": "a year",
    "p/w": "a week",
    # hours a week without the slash, a care plan's "Domestic Assistance 2hrs pw" and a job's
    # "22.5 hrs pw" (sweep CU, D4), heard "2 hours P W"; "pw" alone may be a password
    "hours pw": "hours a week",
    "hours p.w.": "hours a week",
    "per hr": "per hour",
    "amt": "amount",
    "w/e": "week ending",
    "Dr's": "Doctor's",
    "Xmas": "Christmas",
    "tl;dr": "T L D R",  # Actual Budget's help: "T L doctor" in lower case
    "Tl;dr": "T L D R",
    "appt.": "appointment",
    "Appt.": "Appointment",
    "appts.": "appointments",
    "Dept.": "Department",
    "dept.": "department",
    "conc.": "concessions",
    "concs.": "concessions",
    "exc.": "except",
    "excl.": "excluding",
    "ex. VAT": "excluding VAT",  # a price list's (sweep CQ), "ex" and a sentence's end
    "inc.": "including",
    "incl.": "including",
    "Cllr": "Councillor",
    "Smt.": "Shrimati",
    "Cllr.": "Councillor",
    "Nos.": "Numbers",
    # A unit's shortening with no number before it, a label or a count's word ("Hrs: 9-5",
    # "wks 1-12"): after a number, `UNITS` says them.
    "hrs": "hours",
    "Hrs": "Hours",
    "wks": "weeks",
    "Wks": "Weeks",
    "mths": "months",
    "Mths": "Months",
    "yrs": "years",
    "Yrs": "Years",
    "yr-old": "year-old",
    "yr-olds": "year-olds",
    "mtg": "meeting",
    "dept": "department",
    "Dept": "Department",
    "mins": "minutes",
    "Mins": "Minutes",
    "opt.": "option",
    "Opt.": "Option",
    # housing pages (sweep CL): "by Vic Govt", "Robeson Apts", "HB/UC", said "govt", "apts"
    # and "aitch bee, uck"
    "Govt": "Government",
    "govt": "government",
    "Apts": "Apartments",
    "HB/UC": "Housing Benefit or Universal Credit",
    "Ref no": "Reference number",
    "Ref No": "Reference number",
    "ref no": "reference number",
    "&": "and",
}


@dataclass(frozen=True)
class Saying:
    """How one language says what a voice would read wrongly: units (singular, plural and,
    where numbers agree with them, "f" for a feminine word), what follows a slash ("mg/día"),
    abbreviations, and the few words around numbers."""

    units: Mapping[str, tuple[str, ...]]
    per: Mapping[str, str]
    abbreviations: Mapping[str, str]
    percent: str
    degrees: tuple[str, str]
    to: str
    times: tuple[str, str]
    web_address: str
    at: str
    comparisons: Mapping[str, str]
    """"<", ">", "≤" and "≥" before a number: "<3 months" is "less than 3 months"; and "~"
    ("≈"), "about"."""


SAYINGS = {
    "en": Saying(UNITS, {unit: f"per {word}" for unit, word in PER.items()}, ABBREVIATIONS,
                 "percent", ("degree", "degrees"), "to", ("time", "times"), "web address",
                 "at", {"<": "less than", ">": "more than", "≤": "at most", "≥": "at least",
                  "~": "about", "≪": "much less than", "≫": "much more than"}),
    "es": Saying(
        {"mg": ("miligramo", "miligramos"), "mcg": ("microgramo", "microgramos"),
         "µg": ("microgramo", "microgramos"), "g": ("gramo", "gramos"),
         "kg": ("kilogramo", "kilogramos"), "ml": ("mililitro", "mililitros"),
         "mL": ("mililitro", "mililitros"), "l": ("litro", "litros"), "L": ("litro", "litros"),
         "cm": ("centímetro", "centímetros"), "mm": ("milímetro", "milímetros"),
         "km": ("kilómetro", "kilómetros"), "m": ("metro", "metros"),
         "h": ("hora", "horas", "f"), "hs": ("hora", "horas", "f"),
         "min": ("minuto", "minutos"), "comp": ("comprimido", "comprimidos"),
         "hrs": ("hora", "horas", "f"), "seg": ("segundo", "segundos"),
         "tab": ("tableta", "tabletas", "f"), "tabs": ("tableta", "tabletas", "f"),
         "UI": ("unidad internacional", "unidades internacionales", "f"),
         "mmHg": ("milímetro de mercurio", "milímetros de mercurio"),
         "lpm": ("latido por minuto", "latidos por minuto"),
         "kcal": ("kilocaloría", "kilocalorías", "f"), "mmol": ("milimol", "milimoles"),
         "mm²": ("milímetro cuadrado", "milímetros cuadrados"),
         "cm²": ("centímetro cuadrado", "centímetros cuadrados"),
         "m²": ("metro cuadrado", "metros cuadrados"),
         "km²": ("kilómetro cuadrado", "kilómetros cuadrados"),
         "cm³": ("centímetro cúbico", "centímetros cúbicos"),
         "m³": ("metro cúbico", "metros cúbicos"),
         "kWh": ("kilovatio hora", "kilovatios hora")},
        {"kg": "por kilogramo", "día": "al día", "d": "al día", "h": "por hora", "mol": "por mol",
         "min": "por minuto", "semana": "a la semana", "dosis": "por dosis",
         "minuto": "por minuto", "hora": "por hora", "mes": "al mes", "año": "al año",
         "persona": "por persona", "llamada": "por llamada", "noche": "por noche",
         "dl": "por decilitro", "dL": "por decilitro",
         "ml": "por mililitro", "mL": "por mililitro", "l": "por litro", "L": "por litro",
         "m²": "por metro cuadrado", "m2": "por metro cuadrado", "kWh": "por kilovatio hora"},
        {"s/n": "sin número", "S/N": "sin número", "Dr.": "doctor", "Dra.": "doctora",
         "Sr.": "señor", "Sra.": "señora", "Srta.": "señorita", "Dña.": "doña",
         "D.ª": "doña", "Dª": "doña", "Ud.": "usted",
         "Uds.": "ustedes", "p. ej.": "por ejemplo", "Fdo.": "firmado",
         # an example after a colon, "(ej: pasaporte)", as English's "ex:", said "ej"
         "ej.:": "por ejemplo:", "Ej.:": "Por ejemplo:", "ej:": "por ejemplo:",
         "Ej:": "Por ejemplo:",
         "p.ej.": "por ejemplo", "etc.": "etcétera",
         # English's, as a translated page keeps them: "e.g." was said "e g"
         "e.g.": "por ejemplo", "i.e.": "es decir", "aprox.": "aproximadamente",
         "máx.": "máximo", "Máx.": "Máximo", "Depto.": "Departamento",
         "tel.": "teléfono", "Tel.": "teléfono", "Tel:": "Teléfono:", "núm.": "número",
         "ext.": "extensión", "Ext.": "extensión",
         "n.º": "número", "n.°": "número", "N.°": "número",
         "nº": "número", "Núm.": "número", "N.º": "número", "Nº": "número", "N°": "número",
         "№": "número",
         "pág.": "página", "Avda.": "avenida", "Av.": "avenida",
         "EE. UU.": "Estados Unidos", "EE.UU.": "Estados Unidos", "&": "y", "Aprox.": "Aproximadamente",
         "cap.": "capítulo", "L a V": "lunes a viernes", "L a S": "lunes a sábado",
         "L-V": "lunes a viernes", "c/u": "cada uno",
         # A Mexican address: "Col. Del Valle, Del. Benito Juárez, C.P. 03100".
         "Col.": "colonia", "Del.": "delegación", "C.P.": "código postal", "Mpio.": "municipio",
         "Edo.": "estado", "Fracc.": "fraccionamiento", "Blvd.": "bulevar", "Calz.": "calzada",
         "Esq.": "esquina", "esq.": "esquina", "Ote.": "oriente", "Nte.": "norte"},
        "por ciento", ("grado", "grados"), "a", ("vez", "veces"), "dirección web", "arroba",
        {"<": "menos de", ">": "más de", "≤": "como máximo", "≥": "como mínimo",
         "~": "aproximadamente"}),
    "fr": Saying(
        {"mg": ("milligramme", "milligrammes"), "mcg": ("microgramme", "microgrammes"),
         "µg": ("microgramme", "microgrammes"), "g": ("gramme", "grammes"),
         "kg": ("kilogramme", "kilogrammes"), "ml": ("millilitre", "millilitres"),
         "mL": ("millilitre", "millilitres"), "l": ("litre", "litres"),
         "L": ("litre", "litres"), "cm": ("centimètre", "centimètres"),
         "mm": ("millimètre", "millimètres"), "km": ("kilomètre", "kilomètres"),
         "m": ("mètre", "mètres"), "h": ("heure", "heures", "f"), "j": ("jour", "jours"),
         "min": ("minute", "minutes", "f"),
         "UI": ("unité internationale", "unités internationales", "f"),
         "mmHg": ("millimètre de mercure", "millimètres de mercure"),
         "bpm": ("battement par minute", "battements par minute"),
         "kcal": ("kilocalorie", "kilocalories", "f"), "mmol": ("millimole", "millimoles", "f"),
         "cp": ("comprimé", "comprimés"), "cps": ("comprimé", "comprimés"),
         "inj": ("injection", "injections", "f"),
         "mm²": ("millimètre carré", "millimètres carrés"),
         "cm²": ("centimètre carré", "centimètres carrés"),
         "m²": ("mètre carré", "mètres carrés"), "km²": ("kilomètre carré", "kilomètres carrés"),
         "cm³": ("centimètre cube", "centimètres cubes"),
         "m³": ("mètre cube", "mètres cubes"), "kWh": ("kilowattheure", "kilowattheures")},
        {"kg": "par kilogramme", "jour": "par jour", "j": "par jour", "h": "par heure",
         "mol": "par mole",
         "min": "par minute", "semaine": "par semaine", "dose": "par dose",
         "minute": "par minute", "heure": "par heure", "mois": "par mois", "an": "par an",
         "personne": "par personne", "appel": "par appel", "nuit": "par nuit",
         "dl": "par décilitre", "dL": "par décilitre",
         "ml": "par millilitre", "mL": "par millilitre", "l": "par litre", "L": "par litre",
         "m²": "par mètre carré", "m2": "par mètre carré", "kWh": "par kilowattheure"},
        {"Dr.": "docteur", "Dr": "docteur", "Pr": "professeur",
         "Mme": "madame", "Mlle": "mademoiselle", "p. ex.": "par exemple",
         "ex :": "par exemple :", "Ex :": "Par exemple :", "ex:": "par exemple :",
         "Ex:": "Par exemple :",
         "p.ex.": "par exemple", "etc.": "et cetera", "e.g.": "par exemple",
         "i.e.": "c'est-à-dire", "env.": "environ", "tél.": "téléphone",
         "Tél.": "téléphone", "Tél:": "Téléphone :", "Tel:": "Téléphone :",
         "boul.": "boulevard", "bd": "boulevard", "p.": "page",
         "n°": "numéro", "N°": "numéro", "nº": "numéro", "Nº": "numéro", "№": "numéro",
         "cf.": "voir", "&": "et",
         "Env.": "Environ", "RDV": "rendez-vous", "rdv": "rendez-vous",
         "max.": "maximum", "Max.": "Maximum",
         "lun.": "lundi", "mer.": "mercredi", "jeu.": "jeudi", "ven.": "vendredi",
         "sam.": "samedi", "dim.": "dimanche", "janv.": "janvier", "févr.": "février",
         "avr.": "avril", "juil.": "juillet", "oct.": "octobre", "nov.": "novembre",
         "déc.": "décembre"},
        "pour cent", ("degré", "degrés"), "à", ("fois", "fois"), "adresse web", "arobase",
        {"<": "moins de", ">": "plus de", "≤": "au plus", "≥": "au moins", "~": "environ"}),
    "it": Saying(
        {"mg": ("milligrammo", "milligrammi"), "mcg": ("microgrammo", "microgrammi"),
         "µg": ("microgrammo", "microgrammi"), "g": ("grammo", "grammi"),
         "kg": ("chilogrammo", "chilogrammi"), "ml": ("millilitro", "millilitri"),
         "mL": ("millilitro", "millilitri"), "l": ("litro", "litri"), "L": ("litro", "litri"),
         "cm": ("centimetro", "centimetri"), "mm": ("millimetro", "millimetri"),
         "km": ("chilometro", "chilometri"), "m": ("metro", "metri"),
         "h": ("ora", "ore", "f"), "min": ("minuto", "minuti"), "gg": ("giorno", "giorni"),
         "cpr": ("compressa", "compresse", "f"), "cp": ("compressa", "compresse", "f"),
         "fl": ("fiala", "fiale", "f"),
         "UI": ("unità internazionale", "unità internazionali", "f"),
         "mmHg": ("millimetro di mercurio", "millimetri di mercurio"),
         "bpm": ("battito al minuto", "battiti al minuto"),
         "kcal": ("chilocaloria", "chilocalorie", "f"), "mmol": ("millimole", "millimoli", "f"),
         "mm²": ("millimetro quadrato", "millimetri quadrati"),
         "cm²": ("centimetro quadrato", "centimetri quadrati"),
         "m²": ("metro quadrato", "metri quadrati"),
         "km²": ("chilometro quadrato", "chilometri quadrati"),
         "cm³": ("centimetro cubo", "centimetri cubi"), "m³": ("metro cubo", "metri cubi"),
         "kWh": ("chilowattora", "chilowattora")},
        {"kg": "per chilogrammo", "giorno": "al giorno", "die": "al giorno", "h": "all'ora",
         "mol": "per mole",
         "min": "al minuto", "settimana": "alla settimana", "dose": "per dose",
         "minuto": "al minuto", "ora": "all'ora", "mese": "al mese", "anno": "all'anno",
         "persona": "a persona", "chiamata": "a chiamata", "notte": "a notte",
         "dl": "per decilitro", "dL": "per decilitro",
         "ml": "per millilitro", "mL": "per millilitro", "l": "per litro", "L": "per litro",
         "m²": "per metro quadrato", "m2": "per metro quadrato", "kWh": "al chilowattora"},
        {"n.°": "numero", "N.°": "numero", "n.º": "numero", "N.º": "numero", "n°": "numero",
         "N°": "numero", "nº": "numero", "Nº": "numero", "№": "numero", "Dott.ssa": "dottoressa",
         "dott.ssa": "dottoressa", "Dott.": "dottor", "dott.": "dottor", "Dr.": "dottor",
         "Sig.ra": "signora", "sig.ra": "signora", "Sig.": "signor", "sig.": "signor",
         "Sigg.": "signori", "sigg.": "signori", "ecc.": "eccetera", "p. es.": "per esempio",
         "e.g.": "per esempio", "i.e.": "cioè",
         "ad es.": "ad esempio", "es.": "per esempio", "es:": "per esempio:",
         "Es:": "Per esempio:", "n.": "numero", "artt.": "articoli",
         "art.": "articolo", "Art.": "Articolo", "tel.": "telefono", "Tel.": "telefono",
         "Tel:": "Telefono:", "pag.": "pagina",
         # a law's parts and names, and a form's: "art. 2, co. 1, lett. c) del D.lgs.
         # n.14" was "articolo due, co." and "uno, lett. c) del D.lgs.", as two sentences
         "co.": "comma", "lett.": "lettera", "D.lgs.": "decreto legislativo",
         "D.Lgs.": "decreto legislativo", "d.lgs.": "decreto legislativo",
         "D.P.R.": "decreto del Presidente della Repubblica",
         "d.P.R.": "decreto del Presidente della Repubblica", "Avv.": "Avvocato",
         "avv.": "avvocato", "Es.": "Per esempio", "immatr.": "immatricolazione",
         "ca.": "circa", "Ca.": "Circa", "cod.": "codice", "Cod.": "codice",
         "al gg.": "al giorno", "al gg": "al giorno",
         "i.m.": "per via intramuscolare", "e.v.": "per via endovenosa", "&": "e"},
        "per cento", ("grado", "gradi"), "a", ("volta", "volte"), "indirizzo web",
        "chiocciola", {"<": "meno di", ">": "più di", "≤": "al massimo", "≥": "almeno",
                       "~": "circa"}),
    "pt": Saying(
        {"mg": ("miligrama", "miligramas"), "mcg": ("micrograma", "microgramas"),
         "µg": ("micrograma", "microgramas"), "g": ("grama", "gramas"),
         "kg": ("quilograma", "quilogramas"), "ml": ("mililitro", "mililitros"),
         "mL": ("mililitro", "mililitros"), "l": ("litro", "litros"), "L": ("litro", "litros"),
         "cm": ("centímetro", "centímetros"), "mm": ("milímetro", "milímetros"),
         "km": ("quilômetro", "quilômetros"), "m": ("metro", "metros"),
         "h": ("hora", "horas", "f"), "min": ("minuto", "minutos"),
         "UI": ("unidade internacional", "unidades internacionais", "f"),
         "mmHg": ("milímetro de mercúrio", "milímetros de mercúrio"),
         "bpm": ("batimento por minuto", "batimentos por minuto"),
         "kcal": ("quilocaloria", "quilocalorias", "f"), "mmol": ("milimol", "milimoles"),
         "cp": ("comprimido", "comprimidos"), "comp": ("comprimido", "comprimidos"),  # a Brazilian prescription's "Tomar 2cp"
         "mm²": ("milímetro quadrado", "milímetros quadrados"),
         "cm²": ("centímetro quadrado", "centímetros quadrados"),
         "m²": ("metro quadrado", "metros quadrados"),
         "km²": ("quilômetro quadrado", "quilômetros quadrados"),
         "cm³": ("centímetro cúbico", "centímetros cúbicos"),
         "m³": ("metro cúbico", "metros cúbicos"),
         "kWh": ("quilowatt-hora", "quilowatts-hora")},
        {"kg": "por quilograma", "dia": "por dia", "d": "por dia", "h": "por hora", "mol": "por mol",
         "min": "por minuto", "semana": "por semana", "dose": "por dose",
         "minuto": "por minuto", "hora": "por hora", "mês": "por mês", "ano": "por ano",
         "pessoa": "por pessoa", "chamada": "por chamada", "noite": "por noite",
         "dl": "por decilitro", "dL": "por decilitro",
         "ml": "por mililitro", "mL": "por mililitro", "l": "por litro", "L": "por litro",
         "m²": "por metro quadrado", "m2": "por metro quadrado", "kWh": "por quilowatt-hora"},
        {"s/nº": "sem número", "s/n.º": "sem número", "s/n": "sem número",
         "S/N": "sem número", "Dr.": "doutor", "Dra.": "doutora", "Dr.ª": "doutora",
         "Sr.": "senhor", "sr.": "senhor", "Sra.": "senhora", "Sr.ª": "senhora",
         "sr.ª": "senhora", "Prof.ª": "professora", "Prof.": "professor",
         "Srta.": "senhorita", "p. ex.": "por exemplo", "p.ex.": "por exemplo",
         "e.g.": "por exemplo", "i.e.": "isto é",
         # an example after a colon in a sentence, "(ex: dermatologista, cardiologista
         # etc.)", said "ex"; one opening a line, "Ex.: 2020-05-17", is "Exemplo:"
         "ex.:": "por exemplo:", "ex:": "por exemplo:", "Ex:": "Exemplo:", "Ex.": "Exemplo",
         "ex.": "exemplo",
         "etc.": "et cetera", "aprox.": "aproximadamente", "tel.": "telefone",
         "máx.": "máximo", "Máx.": "Máximo",
         "Tel.": "telefone", "Tel:": "Telefone:",
         "n.º": "número", "nº": "número", "N.º": "número", "Nº": "número", "n.°": "número",
         "N.°": "número",
         "n°": "número", "N°": "número", "№": "número", "pág.": "página",
         "Av.": "avenida", "Sen.": "Senador", "Dep.": "Deputado", "Gov.": "Governador",
         # a health centre's staff: "a Enf.ª Maria e o Téc. João" (a nurse, a technician)
         "Enf.ª": "enfermeira", "Enf.": "enfermeiro", "Téc.ª": "técnica", "Téc.": "técnico",
         "Eng.ª": "engenheira", "Eng.": "engenheiro",
         "&": "e",
         # a Portuguese address: "Lg. do Carmo 3, R/C" (the flat's side: `_FLAT_SIDE_RE`)
         "R/C": "rés-do-chão", "r/c": "rés-do-chão", "Lg.": "largo", "Trav.": "travessa"},
        "por cento", ("grau", "graus"), "a", ("vez", "vezes"), "endereço web", "arroba",
        {"<": "menos de", ">": "mais de", "≤": "no máximo", "≥": "no mínimo",
         "~": "aproximadamente"}),
}
"""How each language with its own table says units, abbreviations and the like; any other
language is said with no expansion but the removal of markup (its voice reads its own
numbers)."""


def saying_for(lang: str) -> Saying | None:
    return SAYINGS.get(lang.split("-")[0].lower())


_NUMBER = r"\d+(?:[.,]\d+)?"
_VULGAR = "[½¼¾⅓⅔]"
"""A fraction below one written as one character, "½ cp", whose unit is then singular."""
_POWER = "[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
"""A power of the number before a unit, raised ("10⁻³ g", as `script.raised_or_lowered`
writes "10<sup>-3</sup> g"): the unit is its number's, "10 to the power of minus 3
grams"; it was left as written, "g"."""
_GROUPED_NUMBER = r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
"""Thousands grouped with spaces, as French writes them: "1 000 mg" is a thousand, so
"milligrammes", where the unit's number was taken from "000" alone, and was singular."""
_RANGE_RE = re.compile(rf"(?<![\w-])([-−]?{_NUMBER})\s?([–—~〜～-])\s?({_NUMBER})(?!\w|-\w)")
"""Two numbers joined by a dash, not in a chain of them (a US number, 1-800-662-4357 or
1-800-FDA-1088); the first may be below zero ("-1 ~ 1", whose tilde was dropped)."""
_SECTION_SIGN_BEFORE_RE = re.compile(r"(?<!§)§\s?$")
"""One section's sign before a number with a hyphen in it, which is the section's number, as
US statutes number theirs: a US page on deposits cites "N.Y. GOL §7-108" and "Md. Real Prop.
§8-203" (sweep CL, deposit-limits line 112), printed and said "§7 to 108". Two signs, "§§
1-21", are a range of sections."""
_AMOUNT_BEFORE_SIGN = r"\d[\d,.]*(?:[ \u00a0\u202f]\d{3})*\s?(?:[kM]\s?)?[°€]"
_SIGNED_RANGE_RE = re.compile(r"(?<![\w.,-])([£$€]\d(?:[\d,.]*\d)?(?:[mb]illion|bn|[kKmMbB])?"
                              rf"|{_AMOUNT_BEFORE_SIGN})\s?[–—-]\s?"
                              rf"(?=[£$€]\d|{_AMOUNT_BEFORE_SIGN})")
"""A range of amounts or temperatures, each with its sign: "$0–$5", "£5-£10", "20°–25 °C",
said with nothing between them, "cero dólares cinco dólares"; and of thousands or millions,
"£5k-£10k", "(revenues of £1m-£10m+)" (sweep BC, mt-delivery-director line 83), which were
"1 million pounds-10 million pounds or more"; and a French budget's "5 000 €-10 000 €" and
"5k€-10k€", where "-" was "moins" and "5k€" "cinq mille€". An amount ends with a digit:
a hackerspace's balance read cell by cell, "Net cash. $6,917.16. -$9,482.55." (sweep CV),
was a range, "6,917 dollars 16 cents. to 9,482 dollars 55 cents", its loss said as a gain."""
_PEOPLES_INITIALS_RE = re.compile(
    r"(?<![\w-])((?i:present|attendees|attending|in attendance|apologies|absent|proposed"
    r"|seconded|proposer|seconder|moved|actions?|owner)(?:[ \t]*:|[ \t]+by)[ \t]*)"
    r"([A-Z]{2,3}(?:[ \t]*(?:,|&|and|/)[ \t]*[A-Z]{2,3})*)(?![\w'’-])")
"""People named by their initials in minutes, after who was present, who proposed or
seconded, or whose action it is: a committee's "Present: JS, AB, JO, AL", "Seconded: AB" and
"Action: JO to write" (sweep CV) were said "ab", "Joe" and "Al", as words. Each is spelled,
as an initialism is (`SPELLED_INITIALISMS`), but a word written in capitals ("Action: ALL",
`NOT_INITIALS`)."""
NOT_INITIALS = frozenset("ALL AND ANY NOT NO NONE YES OK TO BY OF ON IN AT IS IT OR AS DO GO "
                         "SO UP US WE THE".split())


_LETTER_RANGE_RE = re.compile(r"(\([a-zA-Z]\))[ \t]*[–—-][ \t]*(?=\([a-zA-Z]\))")
"""A range of clause letters, "paragraphs (a) - (c) inclusive" (a model charity
constitution, sweep CF): its dash was said as nothing, "paragraphs uh see inclusive"; it is
the language's "to", as a range of numbers is."""
_ORDINAL_RANGE_RE = re.compile(r"(?<![\w-])(\d+(?:st|nd|rd|th))\s?[–—-]\s?"
                               rf"(\d+(?:st|nd|rd|th)\b|(?=(?:{'|'.join(MONTHS)})\b))")
"""A range of English ordinals, "1st–3rd March", which the voice said "first third", or
of dates, "Jan 29th-Feb 9th", "January twenty-ninth February ninth"."""
DOSE_TIMES = {"BD": "twice a day", "BID": "twice a day", "TDS": "three times a day",
              "TID": "three times a day", "QDS": "four times a day", "QID": "four times a day",
              "QHS": "at bedtime", "PO": "by mouth", "nocte": "at night",
              "mane": "in the morning"}
_DOSE_TIMES_RE = re.compile(
    r"(\b(?:(?:milli|micro)?grams?|millilit(?:re|er)s?|units?|tablets?|capsules?|puffs?|drops?"
    rf"|sachets?|spoonfuls?|patch(?:es)?|doses?)\s+)({'|'.join(DOSE_TIMES)})\b"
    r"|(\bper kilogram\s+)(OD|" + "|".join(DOSE_TIMES) + r")\b")
"""How often a dose is taken, as the BNF and a prescription label write it after the dose,
"1g QDS", "400mg TDS", "2 puffs BD", which the voice said as letters (not "OD", which on
an American eye drop's label is the right eye); and after a dose by weight, "enoxaparin 1
mg/kg BID", "1.5 mg/kg OD" (sweep BK, cvad-thrombosis line 91), where "OD" is once a day
and both were said as letters."""
_EVERY_UNITS = {"h": "hours", "d": "days", "wk": "weeks", "w": "weeks", "mo": "months"}
_EVERY_HOURS_RE = re.compile(r"(?<![\w.])q\.?(\d{1,2})(?:[-–](\d{1,2}))?\s?"
                             rf"({'|'.join(_EVERY_UNITS)})\b")
"""A prescription's "q4h" or "q4-6h" (Latin quaque, every), "q2wk", "q3d": "q four dash
six hours" was said, "q2wk" as it is spelled."""
_FOR_DURATION_RE = re.compile(r"(?<![\w-])[x×]\s?(?=\d+\s(?:days?|weeks?|months?|years?)\b)")
"""How long a course lasts, "q2wk x 3 months", "x 5 days": "for 3 months", not "times"."""
_SHORT_AM_PM_RANGE_RE = re.compile(r"(?<![\w:.])(\d{1,2}(?::[0-5]\d)?)a\s?[–—-]\s?(\d{1,2}(?::[0-5]\d)?)p\b")
"""Opening hours as American pages shorten them, "8:30a–5p": "8:30am to 5pm", which the
clock's rules then say ("8:30 AM to 5 PM")."""
TIME_ZONES = {"ET": "Eastern Time", "CT": "Central Time", "MT": "Mountain Time",
              "PT": "Pacific Time", "EST": "Eastern Standard Time",
              "EDT": "Eastern Daylight Time", "CST": "Central Standard Time",
              "CDT": "Central Daylight Time", "MST": "Mountain Standard Time",
              "MDT": "Mountain Daylight Time", "PST": "Pacific Standard Time",
              "PDT": "Pacific Daylight Time", "AKST": "Alaska Standard Time",
              "AKDT": "Alaska Daylight Time", "HST": "Hawaii Standard Time"}
_DOLLAR_AFTER_RE = re.compile(r"(?<![\w.,$])(\d[\d,]*(?:\.\d+)?[kKmM]?)\$(?![\w$])")
"""An amount with its dollar sign after it, "20k$/yr" (a residents' association's minutes,
as French Canada writes dollars): said "20k" and the sign, unsaid; before it, "$20k", it is
"20 thousand dollars"."""
_TIME_ZONE_RE = re.compile(rf"(?:(?<=[AaPp][Mm] )|(?<=[AaPp]\.[Mm]\. ))(\()?"
                           rf"({'|'.join(TIME_ZONES)})\b(?(1)\))")
"""An American time zone after a time, "5 PM ET" or "8 a.m. ET", which the voice spelled,
in brackets too, "9:00 p.m. (ET)", as the VA writes its lines' hours."""
_FRACTION_BEFORE_RE = re.compile(r"(?<!\d\s)(?<![\w/.,])([1-9])/$")


def _below_one(unit: re.Match[str]) -> bool:
    """Whether the number before a unit ends a fraction below one: "1/2 tsp" is half a
    teaspoon (it was "a half teaspoons"); "1 1/2 tsp", "8/8h" and "140/90 mmHg" are not."""
    numerator = _FRACTION_BEFORE_RE.search(unit.string[:unit.start()])
    return bool(numerator) and unit.group(1).isdigit() \
        and int(numerator.group(1)) < int(unit.group(1))


_CITED_BEFORE_RE = re.compile(r"(?:\(|;\s?)[A-Z][^\W\d_]+(?:[^()\n;,\d]*[^\W\d_])?\.?,\s?$")
"""An author named before a year in a citation in brackets, "(Wikidata, ", "(Smith et al.,
", "; Jones, "."""


def _cited_year(unit: re.Match[str]) -> bool:
    """Whether a unit of one letter after a number is a year's letter in a citation in
    brackets, "(Wikidata, 2021g)", as author-date styles letter one author's works of a
    year: a paper on Wikidata (sweep CS, wikidata-for-digipres line 86) was said "(Wikidata,
    2021 grams)", and "(Wikidata, 2021h)" "2021 hours"."""
    return len(unit.group(2)) == 1 and re.fullmatch(r"19\d\d|20\d\d", unit.group(1)) \
        is not None and unit.string.startswith((")", ";", ","), unit.end()) \
        and _CITED_BEFORE_RE.search(unit.string, 0, unit.start()) is not None


_CADA_RE = re.compile(r"(?<![\w.])c/\s?(?=\d)")
"""Spanish prescriptions' "c/8 hrs", every eight hours (cada), which the voice read "c
barra"."""
_APPROXIMATELY_RE = re.compile(r"(?<![^\s(])[~≈∼]\s?(?=[-−]?[£$€¥₹]?\d)")
"""A tilde before a number, "about" ("~5 dollars"), which the markup filter took out: the
voice said "5 dollars", as if exact."""
_TILDE_RANGE_RE = re.compile(rf"({_NUMBER})\s?[~〜～]\s?({_NUMBER})")
_NATIVE_THOUSANDS_RE = re.compile(r"(?<=\d)[،٬，](?=\d{3}(?!\d))")
"""A thousands separator of Arabic script (the Arabic comma or its own separator) or a
full-width comma (Chinese, Japanese) between digits: espeak-ng read "40،000" as "forty,
zero zero zero", and reads "40000" as forty thousand."""

_DASH_OR_TILDE_RANGE_RE = re.compile(rf"({_NUMBER})\s?[–—~〜～]\s?({_NUMBER})")
"""A range between numbers that letters may touch on either side, as in Chinese, Japanese
and Korean ("每次1~2片"); not with a hyphen, which also joins the parts of a date."""
_TIMES_SIGN_RE = re.compile(r"(?<![\w.,])(\d+)\s?[x×](?!\w)")
TIMES_WORDS = {"de": ("mal", "mal"), "nl": ("keer", "keer"), "sv": ("gång", "gånger"),
               "da": ("gang", "gange"), "nb": ("gang", "ganger"), "cs": ("krát", "krát"),
               "tr": ("kez", "kez"), "vi": ("lần", "lần"), "el": ("φορά", "φορές"),
               "pl": ("raz", "razy"), "bg": ("път", "пъти"), "he": ("פעם", "פעמים"),
               "ar": ("مرة", "مرات"), "fa": ("بار", "بار"), "ur": ("بار", "بار"),
               "hi": ("बार", "बार"), "bn": ("বার", "বার"), "pa": ("ਵਾਰ", "ਵਾਰ"),
               "ne": ("पटक", "पटक"), "mr": ("वेळा", "वेळा"), "th": ("ครั้ง", "ครั้ง"),
               "am": ("ጊዜ", "ጊዜ"),
               "ru": ("раз", "раза", "раз"), "uk": ("раз", "рази", "разів"),
               "sk": ("krát", "krát"), "sl": ("krat", "krat"), "hr": ("put", "puta"),
               "id": ("kali", "kali"), "ms": ("kali", "kali")}
"""How often, "3x täglich", which the voices read as the letter ("drei iks"): the word for
"times" after the number, in the singular for one and the plural otherwise (Russian and
Ukrainian: their forms for one, two to four, and five and more). Arabic, Persian, Urdu,
Hindi, Hebrew, Thai and the others here said the English letter's name, "ex", as the
Indonesian voice did for a pregnancy check-list's "minimal 2 x pemeriksaan" (sweep AY,
id-periksa)."""


_NUMBERS_TIMES_RE = re.compile(r"(?<![\w.,])(?!0[xX])(\d+(?:[.,]\d+)?(?:\s?[^\W\d_]{1,10})?"
                               r"(?:\s?\([^\W\d_]{1,2}\))?)\s?[x×]\s?(?=\d)")
"""Two numbers (a size's, perhaps each with its unit and the letter of its side) joined by an
"x", "18x3 Zeitstunden" (the Hamburg arts centre's course), Dutch "1,80 meter (l) x 0,90
meter (b)" (Irado's bulky waste): the voice said the letter, "achttien x drei", "iks"."""
TIMES_BETWEEN_WORDS = {"de": ("mal", "mal"), "nl": ("keer", "bij"), "cs": ("krát", "krát"),
                       "sk": ("krát", "krát"), "pl": ("razy", "na"), "ro": ("ori", "pe"),
                       "hr": ("puta", "puta"), "sl": ("krat", "krat"), "bg": ("по", "на"),
                       "tr": ("çarpı", "çarpı"), "hi": ("गुणा", "गुणा"),
                       "mr": ("गुणिले", "गुणिले"), "ne": ("गुणा", "गुणा")}
"""The word between two numbers joined by an "x" (`_NUMBERS_TIMES_RE`), and between a size's
two lengths: Dutch says a size "1,80 bij 0,90 meter", and a dose "2 keer 5 mg"; Polish "3
na 4 metry", Romanian "3 pe 4 metri". The first is also "×" between words where
`MATHS_SIGNS` has no table: a Czech dose's "(5 kg x 15 mg = 75 mg)" was said "pět kilogramů
iks patnáct miligramů", and a Romanian formula's "ICM × TCP × număr de cazuri" "ICM TCP
număr de cazuri", its sign silent, as in Slovenian, Bulgarian and Turkish, and a Nepali
crop calendar's "५ जिल्ला × ६ बाली × ५२ हप्ता" (sweep AT), as in Hindi and Marathi."""
_LENGTH_NEAR_RE = re.compile(r"\b(?:mm|cm|m|meters?|centimeters?|millimeters?)\b"
                             r"|(?i:(?:centi|centy|santi|mili|санти|мили)?(?:metr|метр)\w*)")
"""A length said in words, as the units' rule leaves it ("centimetrů", "metri", "метра")."""
RATIO_WORDS = {"de": "zu", "nl": "op"}
_RATIO_RE = re.compile(r"(?<![\w.,:])(\d+[.,]\d+|\d+(?=:\d(?!\d)))\s?:\s?(\d+(?:[.,]\d+)?)"
                       r"(?![\w:]|[.,]\d)")
"""A ratio, "Farbkontraste (4,5:1)" (a children's club's accessibility statement), said
"vier Komma fünf eins": "4,5 zu 1", Dutch "4,5 op 1"; a decimal before the colon, or one
digit after it, as no time of day is written ("16:30"). Its "(24×24px)" was "24 mal 24px",
the unit spelled: "px" is CLDR's pixel (`CLDR_UNITS`)."""
SIZE_WORDS = {"ko": "곱하기", "zh": "乘", "ja": "かける", "el": "επί", "vi": "nhân"}
"""The word a size is read with between its numbers, "32 x 32 픽셀" as "32 곱하기 32 픽셀":
the Korean and Chinese voices said the English letter, "ex", and the Greek and Vietnamese
the count of times (`TIMES_WORDS`), "32 φορές 32"; German's "mal" is both."""
_SIZE_RE = re.compile(
    r"(?<![A-Za-z\d_.,])(\d+(?:[.,]\d+)?(?:\s?(?:mm|cm|m|px))?)\s?[x×]\s?"
    r"(?=\d+(?:[.,]\d+)?\s?(?:mm|cm|m|px|pixels?|픽셀|센티미터|밀리미터|미터|像素|畫素"
    r"|厘米|公分|毫米|公尺|米|ピクセル|センチ|ミリ|メートル|εκ\.|εκατοστά|μέτρα|điểm ảnh"
    r"|mét)(?![^\W\d_]))")
"""Two numbers with a times sign between them, a size ("32 x 32 픽셀", "30×40cm"): a length
or a picture's unit after the second, as English's `_DIMENSIONS_RE` asks, so that a count of
tablets of a strength ("2 x 500 mg") stays a count. Chinese and Japanese letters may touch
it ("圖示32×32像素")."""


_COUNT_TIMES_RE = re.compile(r"(?<![\w.,])(?!0[xX])(\d+|[½¼¾⅓⅔])\s?[x×]\s?(?=\d(?![x×]))")
"""A dose written as its count and how often, "80 mg 1x1", "½ x 2" (a Swedish leaflet on
gout's tablets), in the languages of `COUNT_TIMES_LANGUAGES`: said "ett eks ett", "en halv
eks två", where "1 x 1" was "1 gång 1" (`_TIMES_SIGN_RE`). A part of one has the plural,
"½ x 2" is "½ gånger 2"; not "0x1F", a number in hexadecimal."""
COUNT_TIMES_LANGUAGES = frozenset({"sv", "nb", "no", "nn", "da"})


def _times(count: int, primary: str) -> str:
    forms = TIMES_WORDS[primary]
    if len(forms) == 3 and count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        form = forms[1]
    elif len(forms) == 3:
        form = forms[0] if count % 10 == 1 and count % 100 != 11 else forms[2]
    else:
        form = forms[0] if count == 1 else forms[1]
    return f"{count} {form}"


_ARABIC_HOUR_RE = re.compile(r"(?<![\d:.])((?:[01٠١]?\d|[2٢][0-3٠-٣])(?::[0-5٠-٥]\d)?)\s?"
                             r"([صم])(?!\w)")
"""An hour with Arabic's "ص" (صباحًا, in the morning) or "م" (مساءً, in the evening),
"من 9 ص إلى 5 م", whose letters the voice said by name ("ṣād", "mīm"); in Arabic's own
digits too, "٨:٣٠ م" (a pattern's digit is any digit)."""


def _arabic_hour(match: re.Match[str]) -> str:
    """"9 ص" as "9 صباحًا"; "5 م" as "5 مساءً" where it is a time (with its minutes, or in a
    sentence with a morning hour), not "5 م" for five metres."""
    hour, mark = match.groups()
    if mark == "ص":
        return f"{hour} صباحًا"
    if ":" in hour or re.search(r"\d\s?ص(?!\w)", match.string):
        return f"{hour} مساءً"
    return match.group(0)


_RANGE_END = r"([1-9]\d*(?:\.\d{3})*(?:,\d+)?|0,\d+)"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_HYPHEN_RANGE_RE = re.compile(rf"(?<![.,:-])(?<![^\W{_CJK}])(?<!0\d/)(?<!0\d\d/)(?<!0\d{{3}}/)"
                              r"(?<!0\d{4}/)(?<!\d\d )(?<!\d\) )"
                              r"(?<!\(0\d\))(?<!\(0\d\d\))(?<!\(0\d{3}\))"
                              rf"(0(?=-)|{_RANGE_END[1:-1]})-{_RANGE_END}"
                              rf"(?=-?mal\b|(?!(?![{_CJK}])[\w-]|:\d|[.,]\d|\s\d\d\s\d))")
HYPHEN_AS_MINUS = frozenset({"de", "el", "hu", "uk", "ar", "fa", "ur", "tr", "vi", "zh", "he",
                             "da", "nb", "no", "sv", "id", "ms", "nl", "cs", "sk", "pl", "ro",
                             "hr", "sl", "bg", "bn", "th", "et", "lv", "lt", "is", "hi", "mr",
                             "ne", "pa", "gu", "or", "ta", "kn", "te", "ml", "af", "sr", "bs",
                             "mk", "sq", "ga", "eu", "gl", "mt"})
"""Languages whose espeak-ng voice reads a hyphen between two numbers as "minus" or
"Strich" ("15-45 хвилин" as "п'ятнадцять мінус сорок п'ять"), or as nothing (Arabic's
and Turkish's "120-129", a blood pressure's band, was two numbers, and so was a Vietnamese
school's year, "Năm học 2025-2026", and Chinese "19-64歲" "十九 六十四歲", "nineteen sixty-four
years", its hyphen silent, and its characters either side of it; Hebrew "9-10", one word,
"תשע-עשר", heard as nineteen; a Danish status page's "20-30 minutter", "tyve tredive
minutter", and an Indonesian clinic's "usia 6-24 bulan", as the Scandinavian and Malay
voices say nothing for a hyphen either, nor the Dutch one, "lid 16-18 jaar" (a volleyball
club's fees), "zestien achttien jaar"; the Thai voice, "5-7 วัน" "five seven days", and
the Bengali one, which says "biyog", minus, "১৮-২০ বছর"; the Estonian, Latvian,
Lithuanian and Icelandic ones, an Icelandic "kl. 10-16" "tíu sextán"; India's, Tamil's
"5-10 நாள்" "five ten days", Hindi's "5-10 दिन" too, and Nepali's "minus"; Afrikaans "2-3
tablette" "twee drie tablette", sweep BH): a range there, said
with the language's word for it or as a dash, which the voice reads as a pause. Not a
chain of numbers (a telephone number, also after its area code and slash,
"0631/7105-538", or in brackets, "(425) 366-3500", "(02)2345-6789" as Taiwan writes its own,
glued to its number, said "2345至6789", or with its extension after a hyphen,
"+49 761 203-5642"), nor
one starting with a zero and another digit (a postcode, "00-950"); a zero alone starts a
range, "0-1d", "0-6 Jahre". A part may have its thousands grouped, as
the unit's rule writes them: "600-1000ml" is "600-1.000 Milliliter"; a part may have a
decimal comma, "2,5-5 mg"; and a German count of times may follow it, "2-3mal täglich"."""
_DECIMAL_HYPHEN_RANGE_RE = re.compile(rf"(?<![.,:/-])(?<![^\W{_CJK}])"
                                      r"(\d{1,3}(?:\.\d+)?)-(\d{1,3}(?:\.\d+)?)"
                                      rf"(?!(?![{_CJK}])[\w-]|[.,:/]\d)")
"""A range of decimals, one end or both, with a decimal point and a hyphen, in a language
that writes a point and whose voice reads a hyphen as "minus" (`HYPHEN_AS_MINUS`), where
`_HYPHEN_RANGE_RE` takes a point for thousands: an Arabic page on blood pressure's target
for the body mass index, "بين 18.5-24.9" (sweep BU, ar-hypertension line 249), was said
"18.5 minus 24.9", where "18-24" was "18 إلى 24"; Persian's, Urdu's and Hebrew's too."""
_GERMAN_LONE_DAY_RE = re.compile(r"(?:^|(?<=: ))([A-ZÄÖÜ][a-zäöü]{1,2})\.?"
                                 r"(?=\s*$|:|\.?\s+[^\s:]+:)")
"""A weekday's shortening alone, as a timetable's cell holds it ("Mo.", "Fr", read after
its column's name, "Tag: Mo. Zeit: …"), or before a colon: said "moː", "F R", where
"Mo.–Fr." in a sentence was "Montag bis Freitag". Not "Fr. Müller", nor "So 2 Tabletten"."""
_POLISH_SAINT_RE = re.compile(r"\b([Śś])w\.\s+([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)")
"""A Polish saint's title before the name, in the name's case: a parish's "Kościół św.
Teresy", "św. Mikołaja", which the voice said "święty", then a pause at its full stop."""


def _polish_saint(found: re.Match[str]) -> str:
    """"św." as the name after it asks: a name in the genitive ends in "-y" or "-i" for a
    woman ("Teresy", "Marii": "świętej"), in "-a" for a man ("Mikołaja", "Jana":
    "świętego"), as churches and streets are named; else "święty"."""
    name = found.group(2)
    title = "świętej" if name[-1] in "yi" else "świętego" if name.endswith("a") else "święty"
    return ("Ś" if found.group(1) == "Ś" else "ś") + title[1:] + " " + name


_DUTCH_ORDINAL_RE = re.compile(r"(?<![\w.,])(\d{1,3})(?:e|ste|de)\b")
"""A Dutch ordinal, "1e", "2de", "3e behandeling" (a physiotherapist's fees): said "eerste
E", "tweede E"."""
_BELGIAN_HOUR_RE = re.compile(r"(?<![\w.,])([01]?\d|2[0-3])u([0-5]\d)?\b")
"""A time as Belgium writes it, "19u30", "21u": said "negentien U dertig"; "8u00" is "8
uur", where it was "acht uur nul nul"."""
_DUTCH_YEARS_RE = re.compile(r"(?<![\w.,])(\d{1,3}) ?j\b(?!-)")
"""An age in years as Belgium's and the Netherlands' pages shorten it, "jonger dan 12j":
"12 jaar", where the voice said "twaalf jee"."""
_NUMBER_NAMED_RE = re.compile(r"(?i)\b(?:tel(?:efon)?(?:nummer)?|fax|telefoon(?:nummer)?|"
                              r"nummer|nr|durchwahl)\.?:?\s*$")
"""A telephone number's or a code's name just before numbers joined by a hyphen: a doctor's
"Telefonnummer 206-251" is no range ("206 bis 251"), but two groups, a pause between."""
_GERMAN_MONTHS = ("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember")
_GERMAN_SPACED_TO_RE = re.compile(r"(?<=\d Uhr) [-–] (?=\d{1,2}(?:[.:]\d\d)? ?Uhr)"
                                  r"|(?<=\d{4}) [-–] (?=\d{1,2}\. [A-ZÄÖÜ])")
"""A range between two times or two dates with a spaced hyphen, once each is said ("10.00
Uhr - 18.00 Uhr", "07.09.2020 - 13.09.2020"): "bis", where the voice said the two one after
the other."""
_GERMAN_DAYS_RANGE_RE = re.compile(rf"(?<![\w.])(\d{{1,2}}\. (?:{'|'.join(_GERMAN_MONTHS)}))"
                                   rf" ?[-–] ?(?=\d{{1,2}}\. (?:{'|'.join(_GERMAN_MONTHS)})\b)")
"""Two dates with no year joined by a dash, spaced or not, a library's holidays (sweep BX,
de-westerheim-ferien line 3), "Büchereiferien: 24.12. - 06.01.", "24.12.–06.01.": said
"vierundzwanzigster Dezember - sechsten Januar", with no "bis" and the days' endings apart.
"vom … bis zum …", as German says a range of dates (`_german_days_range`)."""
_SPACED_HYPHEN_RANGE_RE = re.compile(r"(?<![\w.,:/-])(?<![/\d] )([1-9]\d{0,2}(?:,\d+)?|0,\d+) -"
                                     r" ?([1-9]\d{0,2}(?:,\d+)?|0,\d+)"
                                     r"(?![\w:-]|[.,]\d|\s?[\d=])")
"""A German range with a spaced hyphen, "1 - 2 Tabletten", "15 - 30 Sekunden", which the voice
read as two numbers ("eins zwei Tabletten"), also with a decimal comma ("2,5 - 5 mg", said
"zwei Komma fünf fünf"); not part of a telephone number ("07433 / 92 - 2651") nor a sum.
Spaced before it only, a Czech dose's "10 -15 mg na 1 kg" ("deset patnáct miligramů")."""
SPACED_HYPHEN_RANGES = frozenset({"de", "da", "nb", "no", "sv", "id", "ms", "cs", "sk", "pl", "ro",
                                  "hr", "sl", "bg", "bn", "th"})
"""Languages whose voice says nothing for a spaced hyphen between two numbers: German, and
those that say nothing for a hyphen (`HYPHEN_AS_MINUS`), an Indonesian clinic's "pasien
berusia 18 - 60 tahun" was "delapan belas enam puluh tahun"; and Thai's and Bengali's."""
_JAPANESE_DATE_RE = re.compile(r"(\d+)([年月日])")
_JAPANESE_DATE = {"年": "ねん", "月": "がつ", "日": "にち"}
"""A date's year, month and day in kana ("2025年4月3日" as "2025ねん しがつ みっか"), as
the title block writes every Japanese date: espeak-ng says each kanji as "Chinese letter".
Where the reading is not the number's own, the whole of it is in kana (`_japanese_date`)."""
_JAPANESE_MONTHS = ("いちがつ", "にがつ", "さんがつ", "しがつ", "ごがつ", "ろくがつ", "しちがつ",
                    "はちがつ", "くがつ", "じゅうがつ", "じゅういちがつ", "じゅうにがつ")
_JAPANESE_DAYS = {2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
                  8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか",
                  24: "にじゅうよっか"}
"""The days whose reading is their own word, as a date or as a number of days: "14日以内"
(within 14 days) is "じゅうよっか", which "14にち" read as "juuyon nichi"."""
RANGE_WORDS = {"zh": "至", "ja": "から", "ko": "에서 ", "de": " bis ", "nl": " tot ",
               "pl": " do ", "ru": " до ", "uk": " до ", "vi": " đến ", "ar": " إلى ",
               "ro": " până la ", "he": " עד ", "ur": " سے ", "fa": " تا ", "el": " έως ",
               "cs": " až ", "sv": " till ", "da": " til ", "nb": " til ", "no": " til ",
               "sw": " hadi ", "id": " sampai ", "ms": " hingga ", "th": " ถึง ", "hi": " से ",
               "tr": " ila ", "sk": " až ", "hr": " do ", "sl": " do ", "bg": " до ",
               "bn": " থেকে ", "et": " kuni ", "lv": " līdz ", "lt": " iki ", "is": " til ",
               "ta": " முதல் ", "kn": " ರಿಂದ ", "te": " నుండి ", "ml": " മുതൽ ", "gu": " થી ",
               "or": " ରୁ ", "mr": " ते ", "pa": " ਤੋਂ ", "ne": " देखि ", "af": " tot ",
               "sr": " до ", "sr-Latn": " do ", "bs": " do ", "mk": " до ", "sq": " deri në ",
               "ga": " go ", "gl": " a ", "mt": " sa "}
"""The word between the two ends of a range, where no `Saying` table has one: "1~2" is
"1至2" in Chinese, "1から2" in Japanese and "1에서 2" in Korean (espeak-ng says a tilde
as nothing, and the markup filter took it out); "9–17 Uhr" is "9 bis 17 Uhr", where the
voice said nothing between them, and Romanian "8 – 20" "8 până la 20", which it said "opt
douăzeci", as 8:20 is said; Hebrew "5–10 דקות" "5 עד 10", where the voice said "חמש עשר"
(five ten), and its opening hours, "א׳-ה׳ 08:00-17:00", "8 עד 17" (`CLOCK_LANGUAGES`).
Fourteen more languages' pages read "9:00–17:00" as "nine zero zero seventeen zero zero";
those whose "to" comes after the numbers (Finnish's and Hungarian's cases) keep the dash, a
pause. Bengali says its "from" between them, "১৮ থেকে ২০ বছর", as Hindi and Urdu do theirs,
and so do India's other languages, the simplest of their ways (Tamil's "5 முதல் 10 வரை"
without its "வரை", Kannada's "5ರಿಂದ" spaced): a Tamil probe's "காய்ச்சல் 5–10 நாட்கள்" and
"நேரம் 9:00 – 17:00" were said "five ten days" and "nine seventeen" (sweep AU);
Afrikaans "2-3 tablette" was "twee drie tablette" (sweep BH). Serbian, Bosnian,
Macedonian, Albanian, Irish, Galician and Maltese said nothing for the hyphen, Irish "Aois
0-17" "a náid seacht déag", Serbian "5-6 redova" (sweep BG); Serbian's "до" is "do" in a
text in Latin letters (`in_script`). Basque puts its cases on the numbers
(`_basque_range`)."""
BETWEEN_WORDS = {"de": ("zwischen", "und"), "nl": ("tussen", "en")}
"""The word for "between" and the "and" that joins a range after it, which the word for "to"
(`RANGE_WORDS`) does not: a Dutch waste collector's "tussen 8.00 - 12.00 uur" (Irado's
bulky waste) was "tussen 8 tot 12 uur", and German "zwischen 8.00 - 12.00 Uhr" "zwischen 8
bis 12 Uhr", as English has "between 2pm and 4pm" (`_BETWEEN_TO_RE`)."""
_BETWEEN_RANGE_RE = {primary: re.compile(
    rf"\b([{between[0].upper()}{between[0]}]{between[1:]} \d[\d.,:]*"
    r"(?: (?:Uhr|uur)(?: [0-5]?\d(?!\d))?)?)" + RANGE_WORDS[primary] + r"(?=\d)")
    for primary, (between, _) in BETWEEN_WORDS.items()}
ABOUT_WORDS = {"de": "etwa ", "nl": "ongeveer ", "ja": "約", "ro": "aproximativ ",
               "id": "sekitar ", "ms": "kira-kira ", "vi": "khoảng ", "el": "περίπου ",
               "sw": "takriban ", "ka": "დაახლოებით ", "hy": "մոտ ", "am": "በግምት ",
               "ht": "anviwon ", "pl": "mniej więcej ", "ru": "примерно ", "uk": "приблизно ",
               "tr": "yaklaşık ", "cs": "asi ", "sk": "asi ", "sv": "cirka ", "da": "cirka ",
               "nb": "cirka ", "fi": "noin ", "hu": "körülbelül ", "bg": "около ",
               "hr": "oko ", "bs": "oko ", "sl": "približno ", "lt": "maždaug ",
               "lv": "apmēram ", "et": "umbes ", "ar": "حوالي ", "fa": "تقریباً ",
               "ur": "تقریباً ", "hi": "लगभग ", "ne": "लगभग ", "mr": "सुमारे ",
               "bn": "প্রায় ", "th": "ประมาณ ", "zh": "约", "ko": "약 ", "sr": "око ",
               "sr-Latn": "oko ", "mk": "околу ", "sq": "rreth ", "is": "um ", "ga": "thart ar ",
               "eu": "gutxi gorabehera ", "mt": "madwar ", "gl": "arredor de "}
"""The word for "about" where no `Saying` table has one (its `comparisons`' "~"), said for
"≈" or a tilde before a number: "≈ 5 Minuten" was "ungefähr gleich 5 Minuten" (the sign
between two terms, `MATHS_SIGNS`), "≈5 minuten" "ongeveer gelijk aan", "≈5分" "ニアリー
イコール", where English says "about 5"; and "~10 Tage" lost its tilde, as a Georgian
Magento pack's "~92% ნათარგმნი" (sweep AY, ka-magento) lost its "about", and the other
voices said "≈" in English ("approximately"). Japanese takes
only "≈", unspaced (`_JAPANESE_ABOUT_RE`): its wave dash before a number says "up to".
Between two amounts (`_AFTER_AN_AMOUNT_RE`) the sign stays theirs: "1 EL (Deutsch) ≈ 1
tbsp (US)" is "ungefähr gleich". Serbian (in its text's letters, `in_script`), Macedonian,
Albanian, Icelandic, Irish, Basque, Maltese and Galician lost the tilde too (sweep BG)."""
_JAPANESE_ABOUT_RE = re.compile(r"≈\s?(?=[-−]?\d)")
_AFTER_AN_AMOUNT_RE = re.compile(r"(?:\d|[)\]]|\d\s?[^\W\d_]{1,4}\.?)\s*$")
"""The end of an amount or a bracket ("5分", "1 EL (Deutsch)"), which a sign after it
relates to another."""
_CJK_DATE_RANGE_RE = re.compile(r"(?<=[日号])\s?[~〜～–—]\s?(?=\d)")
"""A range between two dates, "1月20日~1月24日", whose tilde the markup filter took out."""
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_CLOCK_RANGE_RE = re.compile(rf"(?<![\d:.,])({_CLOCK})\s?[-–—~〜～]\s?({_CLOCK})(?![\d:]|[.,]\d)")
_CLOCK_RE = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])(?::([0-5]\d)|\.([0-5]\d)(?=\s?(?:Uhr|uur)\b"
                       r"|\s(?:bis|tot)\s\d{1,2}(?:[.:][0-5]\d)?\s?(?:Uhr|uur)\b))"
                       r"(?![\d:]|[.,]\d)(?!\s?[ap]\.?m\b)")
"""A time of day, "09:00", "17.00 Uhr", "9.00 - 17.00", "8.30 bis 16.30 Uhr", which
espeak-ng read digit by digit ("null neun null null", "dokuz nokta sıfır sıfır"): the hour,
and its minutes unless none, in the languages (`CLOCK_LANGUAGES`) whose pages showed it;
not an English "9:00 a.m."."""
DAY_MONTH_DOTS = frozenset({"cs", "fi", "da", "nb", "no", "sv", "hu", "el", "sw", "bn", "ta",
                            "th", "hi"})
"""Languages whose hours are given a clock reading later than the rest (`CLOCK_LANGUAGES`),
where a day and month are written with a stop too: "Zavřeno 12.05-15.06." is a range of
dates. There a range with stops is one of times only with the word for the hour before or
after it, a weekday before it, or minutes that name no month (`_hours_named`); elsewhere
(Indonesian "Senin 08.30-15.30") unless a word for the date comes before it ("tanggal
12.05-15.06")."""
HOUR_WORD_BEFORE = re.compile(r"\b(?:klo|kello|kl|klockan|klokken|klokka|klukkan|hod|hodin|óra"
                              r"|ώρα|saa"
                              r"|pukul|jam)\.?\s*$", re.I)
HOUR_WORD_AFTER = re.compile(r"\s*(?:hod|hodin|hodín|h|Uhr|uur|óra|klo|WIB|WITA|WIT)\b", re.I)
DATE_WORD_BEFORE = re.compile(r"\b(?:tanggal|tgl|dne|den|datum|päivämäärä)\.?\s*$", re.I)


def _hours_named(match: re.Match[str], lang: str) -> bool:
    """Whether a range written with stops, "08.30-15.30", is one of times (`DAY_MONTH_DOTS`);
    never one before a currency."""
    before = match.string[:match.start()]
    if DATE_WORD_BEFORE.search(before) or _AMOUNT_AFTER_RE.match(match.string, match.end()):
        return False
    if lang.split("-")[0].lower() not in DAY_MONTH_DOTS:
        return True
    last = (before.split() or [""])[-1].rstrip(".:,").lower()
    names = calendar_names(lang)
    return bool(HOUR_WORD_BEFORE.search(before) or HOUR_WORD_AFTER.match(
        match.string, match.end()) or last in names.weekdays
        or any(_names_no_month(end) for end in match.groups()))


def _names_no_month(clock: str) -> bool:
    """Whether a time written "15.30" or "08.00" cannot be a day and month: its minutes are
    none of a month's numbers. A Swedish office's "Öppet 08.00-15.30, lunch 12.00-13.00",
    with no "kl." before it, was dialled as a telephone number, "0 8, 0 0, 1 5, 3 0", and
    Hungarian "8.00–16.30" said "nyolc pont nulla nulla"; "Zavřeno 12.05-15.06." stays
    dates."""
    minutes = int(re.split(r"[:.]", clock)[1])
    return minutes == 0 or minutes > 12


HOURS_SHORTENED = {"cs": "hodin", "sk": "hodín"}
_HOURS_SHORTENED_RE = re.compile(r"(?<=\d)\s?hod\b\.?")
"""Czech and Slovak "hod." (hours, o'clock) after a number or a time, "do 14.30 hod.", which
the voice said as a word, "hot": "hodin", "hodín" (and after one or two to four, their forms
in `SLAVIC_COUNTED`)."""
_BARE_HOUR_START_RE = re.compile(rf"(?<![\d:.,])([01]?\d|2[0-4])(\s?[-–—]\s?)({_CLOCK})"
                                 r"(?=\s?(?:hodin|hodín)\b)")
"""A range of times whose start is an hour alone, a Czech surgery's "po-čt 12-14.30 hod",
left as written: its start given its minutes, "12.00", so that it is a range of times
(`_CLOCK_RANGE_RE`), "12 až 14 30 hodin", as `_BARE_HOUR_END_RE` gives an end its."""
_FROM_CLOCK_RE = re.compile(rf"\bod\s({_CLOCK})\s+do\s+$", re.I)
_TO_CLOCK_RE = re.compile(rf"\s+do\s+({_CLOCK})(?![\d:]|[.,]\d)", re.I)


def _czech_dotted_clock(match: re.Match[str]) -> bool:
    """Whether a Czech or Slovak time written with a stop (`_DOTTED_CLOCK_RE`) is one: before
    the word for hours ("7.00 hod." is "7.00 hodin" here), or as either end of "od … do …"
    where one of them names no month (`_names_no_month`), as "od 1.3 do 5.3" would: a
    surgery's "Ordinujeme od 7.30 do 14.30 hod." was said "sedm tečka třicet", and a Slovak
    one's "od 7.00 do 9.00" "sedem bodka nula nula", where "7.00-9.00" was "7 až 9"."""
    text, written = match.string, match.group()
    if HOUR_WORD_AFTER.match(text, match.end()):
        return True
    before = text[:match.start()]
    if last_word(before) == "od" and (to := _TO_CLOCK_RE.match(text, match.end())):
        return _names_no_month(written) or _names_no_month(to.group(1))
    if last_word(before) == "do" and (start := _FROM_CLOCK_RE.search(before)):
        return _names_no_month(written) or _names_no_month(start.group(1))
    return False


_AMOUNT_AFTER_RE = re.compile(r"\s?(?:kr|kn|Ft|eur|euro|SEK|NOK|DKK|ISK|HUF|€|\$|£|%)(?!\w)",
                              re.I)
"""A currency or a percentage after a range with stops, "2.50-3.00 kr": amounts, not times."""
_VIETNAMESE_HOUR_RE = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])h([0-5]\d)?(?!\w)")
_VIETNAMESE_HOURS_RE = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])h([0-5]\d)?\s?[-–—]\s?"
                                  r"([01]?\d|2[0-4])h([0-5]\d)?(?!\w)")
"""Two Vietnamese hours, "7h30-11h30", "13h30-17h00", written as a clock writes them, whose
range (`_CLOCK_RANGE_RE`) is then "7 giờ 30 đến 11 giờ 30", and "17:00" "17 giờ": a sweep's
(CH) opening hours were "7 giờ 30 11 giờ 30", with no "đến", and "17 giờ không không"."""
_VIETNAMESE_DISTRICT_RE = re.compile(r"(?<![\w.])Q\.\s?(?=\d)")
"""A city's district before its number, "Q.1", "Quận 1", which was "Q chấm một" (sweep CH)."""
_VIETNAMESE_YEAR_RE = re.compile(r"(?<=\btháng \d)(\d?), (?=\d{4}\b)")
"""A date's year after its month, CLDR's "15 tháng 6, 2024", as Vietnamese says it, "15
tháng 6 năm 2024", where the voice paused before a bare number (sweep CH)."""
_DAY_PART_WORDS = "pagi|siang|sore|petang|malam"
_DAY_PART_TIME_RE = re.compile(rf"(?<![\w.,:])([01]?\d|2[0-4])[.:]([0-5]\d)"
                               rf"(?=\s(?:{_DAY_PART_WORDS})\b)")
"""A Malay or Indonesian time before its part of the day, "8.00 pagi", "5.00 petang": a Malay
counter's opening hours (sweep CH), "8.00 pagi - 5.00 petang", were said as decimals, "lapan
titik kosong kosong pagi lima titik kosong kosong petang", with no "hingga" between them
(`_DAY_PART_RANGE_RE`). Its hour, and its minutes where they are not "00"."""
_DAY_PART_RANGE_RE = re.compile(rf"\b({_DAY_PART_WORDS})\s?[-–—]\s?(?=\d)")
"""The dash after a time's part of the day, before the time that ends the range."""
_VIETNAMESE_PER_RE = re.compile(r"(?<=\w)/(?=(?:ngày|tuần|tháng|năm|lần|giờ|liều)\b)")
"""Vietnamese "2 viên/ngày" (two a day), whose slash the voice left out: "mỗi", each."""
_GERMAN_PAGE_RE = re.compile(r"(?<![\w.])[Sp]\.\s?(?=\d)")
"""A page before its number, "siehe S. 4", which espeak-ng said as the letter and a full
stop ("es. vier"), or "p. 12", as a citation of a page in another language's book is
written: "Siehe p. 12 und lit. a der Verordnung." (earlier sweeps' leftovers) was two
sentences, "Siehe p." and "12 und Buchstabe a", where it is "Siehe Seite 12"."""
_GERMAN_ARTICLE_RE = re.compile(r"(?<![\w.])Art\.\s?(?=\d)")
"""A law's article before its number, "Auskunftsrecht nach Art. 15 DSGVO", which espeak-ng
said "Art" after a full stop."""
_GERMAN_POINT_DECIMAL_RE = re.compile(
    r"(?<![\w.,])(0|[1-9]\d?)\.(\d{1,2})(?=\s?(?:[-–]\s?\d+(?:[.,]\d+)?\s?)?%)"
    r"|(?<![\w.,])(0)\.(\d+)(?![\d.]|,\d)")
"""A decimal written with English's point in a German text, as a table of side effects
copies it ("(0.1-1%)", "0.5 mg"): the voice read the point as a full stop or "Punkt" and
the range as two numbers. A percentage's number, or one below one, is no thousands group
nor a date: the comma German writes, so the range is "0,1 bis 1 Prozent"."""
_GERMAN_OTHER_RE = re.compile(r"(?<![\w.])(?<!\b[Aa]ls )(?<!\b[Ww]ie )(?<!\b[Ww]as )(?<!\b[Ww]er )"
                              r"(?<!\b[Ww]o )"
                              r"([Ss])onst\.(?=\s+[^\W\d_])")
""""sonst." shortening "sonstige" before the word it qualifies, as a table's rows write it
("sonst. Beschwerden", "Sonst. Kosten"): it was said "sonst" and ended a sentence there.
Not the adverb ending a sentence ("mehr als sonst. Dann")."""
_GERMAN_MRS_RE = re.compile(r"(?<![\w.])(?<![–—-])(?<![–—-] )(?<!bis )(?<!und )(?<!, )"
                            r"Fr\.\s?(?=[A-ZÄÖÜ][a-zäöüß]+\b"
                            r"(?<!Vormittag)(?<!Nachmittag)(?<!Morgen)(?<!Mittag)(?<!Abend))")
""""Fr." before a name, "Fr. Müller" (a contact line), Frau, as "Hr." is Herr, which the voice
spelled "F R"; not Friday after another day ("Mo.-Fr. Vormittag", "Di. und Fr. Termine"),
nor Swiss francs ("Fr. 8.50")."""
_SAINT_BEFORE_NAME_RE = re.compile(r"(?<![\w.])(?<!\d )St\.\s?(?=[A-ZÄÖÜÅ][a-zäöüßå])")
""""St." before a place's name in German and Swedish, "St. Pölten", "(St.Gallen)" (the Swiss
Chaos Computer Club's page of fees), "St. Eriksgatan" (sweep CO), Sankt: the voice spelled it
"S T" and stopped after it; not pieces ("10 St.", "5 st.")."""
_GERMAN_WITHOUT_RE = re.compile(r"(?<=\()o\.\s?(?=[A-ZÄÖÜ][a-zäöüß]{2,})")
""""o." opening brackets, "Impfgebühr (o. Impfstoff)" (an Austrian surgery's prices), ohne;
elsewhere "o." may be "oder" too ("Kaffee o. Tee")."""
_GERMAN_LITERA_RE = re.compile(r"(?<![\w.])lit\.\s?(?=[a-z]{1,2}\)?(?!\w))")
"""A law's letter, "Art. 6 Abs. 1 lit. a DSGVO" (litera), which the voice said "lit" as
an English word: "Buchstabe", as the regulation's German text writes it ("Artikel 6
Absatz 1 Buchstabe a")."""
_GERMAN_STREET_RE = re.compile(r"(?<![\w.])([^\W\d_]+)str\.(?=\s?\d)")
"""A street's name shortened before its number, "Talstr. 32", which the voice said as
written, "Talstr", and stopped after."""
_GERMAN_DAY_MONTH_RE = re.compile(r"(?<![\w.,/:-])(?<!Abschnitt )(?<!Kapitel )(?<!Punkt )(?<!§ )"
                                  r"(?<!Version )(?<!Nr\. )"
                                  r"(?P<day>0[1-9]|[12]\d|3[01])\.(?P<month>0[1-9]|1[0-2])\.(?!\d)")
"""A day and month with no year, "am 24.12. und 31.12.", which the voice said "vierundzwanzig
Punkt zwölfte": written with its month's name, as the year's dates are. Both two digits, so
that a section's number ("Abschnitt 4.4.") is no date."""
_GERMAN_DAY_MONTH_AFTER_RE = re.compile(r"\b(?:[Aa]m|[Aa]b|[Bb]is|[Vv]om|[Ss]eit|[Zz]um) "
                                        r"(?P<day>0?[1-9]|[12]\d|3[01])\."
                                        r"(?P<month>0?[1-9]|1[0-2])\.(?!\d)")
"""A day and month after a word that only a date follows ("ab 1.7.", "vom 24.12. bis 2.1."),
where one of them is a single digit: the voice said "zwei Punkt eins"."""
_GERMAN_SHORT_DATE_RE = re.compile(r"(?<![\w.,/:-])(?<!Abschnitt )(?<!Kapitel )(?<!Punkt )(?<!§ )"
                                   r"(?<!Version )(?<!Nr\. )(0?[1-9]|[12]\d|3[01])(\.)"
                                   r"(0?[1-9]|1[0-2])\.(\d\d)(?![\d.,]\d|\.?\w)")
"""A date whose day or month is one digit and its year two, "Montag, 4.2.19, von 10-13 Uhr",
"bis 4.2.19 im Büro" (a Hamburg arts centre's course list), said "vier Punkt zwei Punkt
neunzehn" where "21.02.19" and "4.2.2019" were dates; not a section's or a version's number
("Version 1.2.25", "v1.2.25")."""
_GERMAN_DATE_ARTICLE_RE = re.compile(r"\b([Ss]eit|[Aa]b|[Bb]is) (?=\d{1,2}\. [A-ZÄ][a-zä]+\b)")
"""A preposition written straight before a date, "seit 01.07.2025", "bis 31.12.", which German
says with its article: "seit dem ersten Juli", "bis zum einunddreißigsten Dezember" (the
voice said "seit ersten Juli")."""
_GERMAN_DATE_ARTICLES = {"seit": "seit dem", "ab": "ab dem", "bis": "bis zum"}
_GERMAN_DAY_RANGE_RE = re.compile(r"(?<![\w.,])([1-9]|[12]\d|3[01])\.\s?[-–]\s?(?=(?:[1-9]|[12]\d|3[01])"
                                  r"\. [A-ZÄ][a-zä]+\b)")
"""Two days of one month joined by a dash, "vom 15.-20. Mai geschlossen", as a practice
gives its holidays: the first stayed a number and a full stop, "vom 15.-zwanzigsten Mai".
Said as German says it, "vom 15. bis 20. Mai", which `_GERMAN_DATE_ARTICLE_RE` then
gives its article, "bis zum zwanzigsten Mai"."""
_GERMAN_AND_HOURS_RE = re.compile(r"(?<=\d) ?\+ ?(?=\d{1,2}(?:[.:]\d\d)? ?[-–] ?\d{1,2}(?:[.:]\d\d)? ?Uhr\b)")
"""A plus between two ranges of opening hours, "9–12 + 13–18 Uhr", which the voice said
"plus": "und"."""
_GERMAN_CODE_BOOK_RE = re.compile(r"\b(SGB) ([IVX]{1,4})\b")
"""A book of the Social Code by its Roman number, "§ 60 SGB V", "SGB XI", which Germans say
"SGB fünf", "SGB elf": the voice said "SGB Vau", and "SGB V." ended no sentence."""


def _german_date_article(match: re.Match[str], lang: str) -> str:
    """"seit" before "1. Juli" as "seit dem"; before "2. Klasse", as it was."""
    month = match.string[match.end():].split(" ")[1].rstrip(".,;:")
    if month not in calendar_names(lang).month_names:
        return match.group(0)
    said = _GERMAN_DATE_ARTICLES[match.group(1).lower()]
    return (said.capitalize() if match.group(1)[0].isupper() else said) + " "
_GERMAN_MONTH_YEAR_RE = re.compile(r"(?<![\w./-])(0[1-9]|1[0-2])/((?:19|20)\d\d)(?![\w/]|[.,]\d)")
"""A month and its year, "verwendbar bis 03/2026", "Ipsos Bus 03/2015", which were said digit
by digit as a telephone number's area code and number ("null drei, zwei null eins fünf")."""
_GERMAN_SEE_RE = re.compile(r"(?<![\w.])s\.\s?(?=§|(?:S\.|Seite|Abb\.|Abbildung|Kap\.|Kapitel|"
                            r"Anhang|Anlage|Tab\.|Tabelle|Nr\.|Punkt|oben|unten)(?!\w))")
""""s." for "siehe" before what it points to, "s. Seite 4", "s. Abb. 2": "es Punkt"."""
_GERMAN_AT_LEAST_RE = re.compile(r"(?<![\w.])([Mm])in\.\s?(?=\d)")
_GERMAN_DAY_BEFORE_HOURS_RE = re.compile(
    r"(?<![\w.])(Mo|Di|Mi|Do|Fr|Sa|So)\.?(?=(?:(?:\s?[,&+/]\s?|\s+und\s+)(?:Mo|Di|Mi|Do|Fr|Sa|So)"
    r"\.?)*(?:[\s:,|]+(?:von\s|ab\s)?\d{1,2}(?:[.:]\d\d)?\s?(?:Uhr\b|[-–]|bis\b)"
    r"|\s?[:|]\s*(?:[Gg]eschlossen|nach Vereinbarung)\b))")
"""A weekday shortened before its opening hours, "Do | 15.00 - 18.00 Uhr", or in a list of
days before them, "Mo, Di, Do: 8:00 - 12:00", or before "geschlossen" ("Sa & So:
Geschlossen"), which the voice said as a syllable ("doh"); a range of days ("Mo - Fr") is
`_day_range_pattern`'s."""
_GERMAN_POSTCODE_RE = re.compile(r"(?:(?<=, )|(?<=^)|(?<=\n)|(?<=PLZ )|(?<=D-))\d{5}"
                                 r"(?=\s+[A-ZÄÖÜ][a-zäöüß])")
"""A German postcode before its town, after the street's comma or at a line's start,
"10435 Berlin": the voice said it as a number, "zehntausendvierhundertfünfunddreißig";
said digit by digit, as an address is read out."""
_GERMAN_ZERO_HOUR_RE = re.compile(
    r"(?<![\w.:,])0([1-9])(?=\s?(?:Uhr\b|(?:bis|[-–])\s?\d{1,2}(?:[.:]\d\d)?\s?Uhr\b))")
"""An hour written with a leading zero, "08 bis 16 Uhr", which the voice said "null acht"."""
_GERMAN_DAY_HOURS_RE = re.compile(r"\b((?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
                                  r"Sonntag)s?:?\s(?:von\s)?(?:[01]?\d|2[0-4])\s(?:bis|–)\s"
                                  r"(?:[01]?\d|2[0-4]))(?=\s*(?:[.;,)]|$))(?![.:,]\d)")
"""Hours after their weekday with no "Uhr", a group's "Di: von 18 bis 20": "Dienstag: von
18 bis 20 Uhr", as their hours are said."""
_GERMAN_HOURS_RE = re.compile(r"(?<![\w.,:/–-])(\d+(?:,\d+)?)\s?h(?![\w/])")
"""A number of hours, "24h nach der Untersuchung", "(24h)": the voice said the letter,
"vierundzwanzig ha". Not the end of a range ("8-17h"), which may be a time of day."""
_GERMAN_HOUR_RANGE_RE = re.compile(r"(?<![\w.,:/–-])((?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)\s?[-–]\s?"
                                   r"((?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)\s?h(?![\w/])")
"""A range of hours with an "h" after it, "8-17h", "2-3h", said "acht Strich siebzehn ha":
times of day in a sentence about opening hours (`_GERMAN_OPENING_RE`), "8 bis 17 Uhr", and
else hours, "2 bis 3 Stunden"."""
_GERMAN_OPENING_RE = re.compile(r"(?i)\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\b|\w*tags?\b|täglich|"
                                r"geöffnet|Öffnungszeit|Sprechzeit|Sprechstunde|erreichbar")
GERMAN_ORDINAL_SHORT = {"LJ": "Lebensjahr", "LM": "Lebensmonat", "SSW": "Schwangerschaftswoche",
                        "KW": "Kalenderwoche"}
GERMAN_SPOONS = {"EL": "Esslöffel", "TL": "Teelöffel"}
_GERMAN_SPOON_RE = re.compile(r"(?<=\d )(EL|TL)\b")
"""A spoon as a measure after its number, "1 EL (Deutsch) ≈ 1 tbsp (US) = 15 ml", which the
voice spelled, "eins E L"."""
_GERMAN_ORDINAL_SHORT_RE = re.compile(rf"(?<=\d\.)\s?({'|'.join(GERMAN_ORDINAL_SHORT)})\b")
"""A child's age or a pregnancy's week shortened after its ordinal, "Kinder 2.–8. LJ", "12.
SSW", which the voice spelled ("El Jot")."""
CLOCK_ABBREVIATIONS = {"da": "klokken", "nb": "klokken", "no": "klokken", "sv": "klockan",
                       "is": "klukkan"}
_CLOCK_ABBREVIATION_RE = re.compile(r"(?<![\w.])([Kk])l\.?\s?(?=\d)")
""""kl." before a time, which Danish, Norwegian, Swedish and Icelandic say in full, "klokken 9
20": the voice spelled it, a Norwegian notice's "kl. 10.30" "K L, ti punktum tretti", an
Icelandic one's "kl. 10-16" "K L tíu, sextán". Not before anything else: Danish "7. kl." is
a school's class."""
_TURKISH_CLOCK_RE = re.compile(r"(?<=\b[Ss]aat )(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d|[.,]\d)")
_SINHALA_CLOCK_RE = re.compile(r"(?<=පෙරවරු |පස්වරු )(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d|[.,]\d)")
CLOCK_LANGUAGES = frozenset({"de", "nl", "pl", "ru", "uk", "tr", "ar", "zh", "ko", "vi", "ro",
                             "he", "el", "cs", "hu", "fi", "sv", "da", "nb", "no", "sw", "id",
                             "ms", "ta", "bn", "th", "hi", "fa", "ur", "hr", "sr", "bs", "mk",
                             # said "9:00" as "nine zero zero" too, found by comparing its
                             # phonemes with those of "9 0 0" in every espeak-ng language
                             "af", "am", "az", "be", "bg", "ca", "cy", "eo", "et", "eu", "ga",
                             "gd", "gu", "hy", "is", "ka", "kk", "kn", "ku", "ky", "lb", "lt",
                             "lv", "ml", "mr", "mt", "pa", "sk", "sl", "sq", "te", "tk", "or",
                             # "बिहान ९:३० बजे" was "nau [colon] tis" (sweep BH)
                             "ne"})
_EASTERN_CLOCK_RE = re.compile(r"(?<![\d:])([\u0660-\u0669\u06f0-\u06f9]{1,2}):"
                               r"([\u0660-\u0665\u06f0-\u06f5][\u0660-\u0669\u06f0-\u06f9])"
                               r"(?![\d:])")
"""A time of day in the digits Arabic, Persian and Urdu write, "۹:۳۰", whose colon the voices
said ("نه دو نقطه سی"): its hour and minutes, or its hour alone at "۰۰", in those digits."""
CLOCK_WORDS = {"zh": ("点", "", "分"), "ko": ("시", " ", "분"), "vi": (" giờ", " ", "")}
"""How Chinese, Korean and Vietnamese say a time, "7点30分", "9시 30분", "6 giờ 30": the
hour's word, a space or none, and the minutes' word. A Vietnamese public-services
catalogue's opening hours (sweep AY, vi-dichvucong), "Sáng: 6:30 - 11:30", were said "6 30
đến 11 30", where its "7h30" was "7 giờ 30"."""
_HOUR_WORD_AFTER_RE = re.compile(r"(?<![\d:])((?:[01]?\d|2[0-4]):[0-5]\d)\s?giờ\b")
"""A Vietnamese time written with its hour's word after it, "8:00 giờ sáng": the word goes,
as the time is said with it (`CLOCK_WORDS`), not "8 giờ giờ"."""
_FULL_WIDTH_CLOCK_RE = re.compile(r"(?<![\d:])(?<!\d：)([01]?\d|2[0-3])：([0-5]\d)(?![\d:]|：\d)")
"""The full-width colon of a time typed in Chinese or Korean text, "08：30－17：00", which was
said as written where "08:30" is "8点30分"."""
NUMBER_SIGN_WORDS = {
    "uk": "номер", "pl": "numer", "sr": "број", "sr-Latn": "broj", "mk": "број", "kk": "нөмір",
    "cs": "číslo", "sk": "číslo", "tr": "numara", "ro": "numărul", "hu": "szám",
    "el": "αριθμός", "lt": "numeris", "lv": "numurs", "et": "number", "be": "нумар",
    "tt": "номер", "ba": "номер", "az": "nömrə", "uz": "raqam", "ka": "ნომერი", "hy": "համար",
    "ca": "número", "af": "nommer", "da": "nummer", "nb": "nummer", "no": "nummer",
    "sv": "nummer", "fi": "numero", "is": "númer", "hr": "broj", "bs": "broj",
    "sl": "številka", "sq": "numri", "eo": "numero", "cy": "rhif", "ga": "uimhir",
    "eu": "zenbakia", "mt": "numru", "lb": "Nummer", "id": "nomor", "ms": "nombor", "vi": "số",
    "sw": "namba", "ar": "رقم", "fa": "شماره", "ur": "نمبر", "he": "מספר", "hi": "संख्या",
    "bn": "নম্বর", "mr": "क्रमांक", "ne": "नम्बर", "ta": "எண்"}
"""The word for "№" where the voice says nothing for it: "Упаковка № 20" was "упаковка
двадцять" in Ukrainian (the Russian and Bulgarian voices say "номер"), and "№ 7" was "7" in
38 more of espeak-ng's languages (Spanish, French, Italian and Portuguese have it among their
abbreviations)."""
SECTION_SIGN_WORDS = {"fi": "pykälä", "nb": "paragraf", "no": "paragraf", "et": "paragrahv",
                      "ro": "paragraful", "sv": "paragraf", "da": "paragraf"}
"""The word for "§" where the voice says nothing for it: a Finnish privacy notice's
"Yhdistyslaki (503/1989 § 11)" was heard as "… yksitoista", with no section; Swedish
statutes' "§ 7 Medlemmar" "sju Medlemmar" (sweep BX)."""
SECTION_SIGN_AFTER = frozenset({"fi", "sv", "da", "nb", "no"})
"""Languages that write "§" after its number too, a Finnish club's rules "35 § Hallituksen
tehtävät", "2§:n", Swedish "enligt 5 § lagen" (sweep BX): the sign was silent there, the
word said only before a number. Finnish's case ending after a colon goes onto the word,
"2 §:n" "2 pykälän" (`_SECTION_SIGN_AFTER_RE`)."""
_SECTION_SIGN_AFTER_RE = re.compile(r"(?<=\d)\s?§(?!§)"
                                    r"(?::(n|ssä|stä|llä|lle|ksi|ään|ää))?(?!\w)")
SPOKEN_ABBREVIATIONS = {
    "de": {"Zul.-Nr.": "Zulassungsnummer",
           "z.B.": "zum Beispiel", "d.h.": "das heißt", "u.a.": "unter anderem",
           "o.ä.": "oder Ähnliches", "bzw.": "beziehungsweise", "ca.": "circa",
           "usw.": "und so weiter", "ggf.": "gegebenenfalls", "evtl.": "eventuell",
           "inkl.": "inklusive", "vgl.": "vergleiche", "bspw.": "beispielsweise",
           "max.": "maximal", "Nr.": "Nummer", "Tel.": "Telefon", "Str.": "Straße",
           "Dr. med.": "Doktor", "Dr.": "Doktor", "Prof.": "Professor", "Hr.": "Herr",
           "Std.": "Stunden", "Min.": "Minuten", "tgl.": "täglich", "Tbl.": "Tabletten",
           "Kps.": "Kapseln", "Trpf.": "Tropfen", "MwSt.": "Mehrwertsteuer",
           "Mwst.": "Mehrwertsteuer", "z.Zt.": "zurzeit", "z.Z.": "zurzeit",
           "e.V.": "eingetragener Verein", "s.o.": "siehe oben",
           "s.u.": "siehe unten", "bzgl.": "bezüglich", "zzgl.": "zuzüglich",
           "mind.": "mindestens", "Abb.": "Abbildung", "tägl.": "täglich",
           "i.d.R.": "in der Regel", "evt.": "eventuell", "etc.": "et zetera",
           "Vol.-%": "Volumenprozent", "Vol-%": "Volumenprozent", "Gew.-%": "Gewichtsprozent",
           "Abt.": "Abteilung", "Erw.": "Erwachsene", "I.E.": "Internationale Einheiten",
           "Abs.": "Absatz", "i.V.m.": "in Verbindung mit", "i.H.v.": "in Höhe von",
           "incl.": "inklusive",
           "gem.": "gemäß", "o.g.": "oben genannten", "geb.": "geboren",
           "Dipl.-Psych.": "Diplom-Psychologe", "B.Sc.": "Bachelor of Science",
           "M.Sc.": "Master of Science", "ehem.": "ehemals", "idR": "in der Regel",
           "Dres.": "Doktores", "exkl.": "exklusive", "ö.ä.": "oder Ähnliches",
           "u.v.m.": "und vieles mehr", "v.a.": "vor allem", "c/o": "bei", "J.": "Jahre",
           "©": "Copyright"},
    "nl": {"t/m": "tot en met", "bijv.": "bijvoorbeeld", "o.a.": "onder andere",
           "d.w.z.": "dat wil zeggen", "m.b.t.": "met betrekking tot",
           "i.p.v.": "in plaats van", "enz.": "enzovoort", "ca.": "circa", "tel.": "telefoon",
           "nr.": "nummer", "bv.": "bijvoorbeeld", "i.v.m.": "in verband met",
           "z.s.m.": "zo snel mogelijk", "t.z.t.": "te zijner tijd", "incl.": "inclusief",
           "excl.": "exclusief", "ong.": "ongeveer", "dhr.": "de heer", "mevr.": "mevrouw",
           "mw.": "mevrouw", "t.o.v.": "ten opzichte van", "tov": "ten opzichte van",
           "e.d.": "en dergelijke", "d.m.v.": "door middel van", "dmv": "door middel van",
           "ivm": "in verband met", "dr.": "dokter", "max.": "maximaal", "min.": "minimaal",
           "blz.": "bladzijde",
           "p.": "pagina", "jan.": "januari", "feb.": "februari", "mrt.": "maart",
           "apr.": "april", "jun.": "juni", "jul.": "juli", "aug.": "augustus",
           "sep.": "september", "sept.": "september", "okt.": "oktober", "nov.": "november",
           "dec.": "december", "evt.": "eventueel", "p.p.": "per persoon",
           "t.w.v.": "ter waarde van"},
    "pl": {"proc.": "procent", "np.": "na przykład", "tzn.": "to znaczy", "itp.": "i tym podobne",
           "itd.": "i tak dalej", "ok.": "około", "o godz.": "o godzinie",
           "od godz.": "od godziny", "do godz.": "do godziny", "w godz.": "w godzinach",
           "godz.": "godzin", "tel.": "telefon",
           "ul.": "ulica", "tj.": "to jest", "m.in.": "między innymi", "prof.": "profesor",
           "zob.": "zobacz", "wg": "według", "tabl.": "tabletki", "al.": "aleja",
           "nr": "numer", "Nr": "numer", "Dz.U.": "Dziennik Ustaw", "poz.": "pozycja",
           "ew.": "ewentualnie", "art.": "artykuł", "Art.": "artykuł", "ust.": "ustęp",
           "pkt": "punkt", "pkt.": "punkt", "lit.": "litera", "ze zm.": "ze zmianami",
           "z późn. zm.": "z późniejszymi zmianami"},
    "ru": {"т.е.": "то есть", "т.д.": "так далее", "т.п.": "тому подобное", "др.": "другие",
           "см.": "смотрите", "тел.": "телефон", "ул.": "улица", "т.к.": "так как",
           "напр.": "например", "в т.ч.": "в том числе", "табл.": "таблетки",
           "руб.": "рублей", "коп.": "копеек", "кв.": "квартира", "г.": "город",
           "д.": "дом", "ч.": "часов"},
    "uk": {"т.д.": "так далі", "т.п.": "тому подібне", "див.": "дивіться", "тел.": "телефон",
           "вул.": "вулиця", "напр.": "наприклад", "та ін.": "та інші", "табл.": "таблетки",
           "хв.": "хвилин", "кв.": "квартира", "грн.": "гривень", "грн": "гривень",
           "коп.": "копійок", "в м.": "в місті", "у м.": "у місті", "м.": "місто",
           "буд.": "будинок"},
    "vi": {"BS.": "bác sĩ", "TP.": "thành phố", "ĐT": "điện thoại", "SĐT": "số điện thoại",
           "TP.HCM": "Thành phố Hồ Chí Minh", "TPHCM": "Thành phố Hồ Chí Minh"},
    "ar": {"ملغ": "مليغرام", "مغ": "مليغرام", "مل": "مليلتر", "أ.م.د.": "أستاذ مشارك دكتور",
           "أ.د.": "أستاذ دكتور", "ص.ب.": "صندوق بريد"},
    "tr": {"mmHg": "milimetre cıva", "Prof. Dr.": "Profesör Doktor", "Doç. Dr.": "Doçent Doktor",
           "Uzm. Dr.": "Uzman Doktor", "Op. Dr.": "Operatör Doktor", "Dr.": "Doktor",
           "Doç.": "Doçent", "Mah.": "Mahallesi", "Cad.": "Caddesi", "Sok.": "Sokak",
           "Bulv.": "Bulvarı", "Apt.": "Apartmanı", "vb.": "ve benzeri"},
    "he": {"ד״ר": "דוקטור", 'ד"ר': "דוקטור", "דוא״ל": "דואר אלקטרוני",
           'דוא"ל': "דואר אלקטרוני", "עו״ד": "עורך דין", 'עו"ד': "עורך דין",
           "ת״ד": "תא דואר", 'ת"ד': "תא דואר", "וכו׳": "וכולי", "וכו'": "וכולי",
           # units, their letters said by name ("mem gimel") where a dose's were wanted
           "מ״ג": "מיליגרם", 'מ"ג': "מיליגרם", "מ״ל": "מיליליטר", 'מ"ל': "מיליליטר",
           "ק״ג": "קילוגרם", 'ק"ג': "קילוגרם", "ס״מ": "סנטימטר", 'ס"מ': "סנטימטר",
           "מ״מ": "מילימטר", 'מ"מ': "מילימטר", "ק״מ": "קילומטר", 'ק"מ': "קילומטר"},
    "sk": {"č.": "číslo", "čl.": "článok", "ods.": "odsek", "písm.": "písmeno",
           "tel.": "telefón", "na ul.": "na ulici", "v ul.": "v ulici", "ul.": "ulica",
           "napr.": "napríklad", "atď.": "a tak ďalej",
           "resp.": "respektíve", "tzv.": "takzvaný", "Zb.": "Zbierky zákonov",
           "kl.": "klapka"},
    "cs": {"č.": "číslo", "čl.": "článek", "odst.": "odstavec", "písm.": "písmeno",
           "tel.": "telefon", "v ul.": "v ulici", "na ul.": "na ulici", "ul.": "ulice",
           "např.": "například", "atd.": "a tak dále",
           "tzv.": "takzvaný", "Sb.": "Sbírky zákonů", "kl.": "klapka", "Kč": "korun",
           "tzn.": "to znamená", "cca": "cirka", "zjm.": "zejména", "tbl": "tablet",
           "tbl.": "tablet", "ml": "mililitr"},
    "el": {"Τηλ.": "Τηλέφωνο", "τηλ.": "τηλέφωνο", "π.χ.": "παραδείγματος χάριν",
           "βλ.": "βλέπε", "οδ.": "οδός", "Οδ.": "Οδός", "αρ.": "αριθμός",
           "κ.λπ.": "και λοιπά"},
    "ro": {"Dr.": "doctor", "dr.": "doctor", "nr.": "numărul", "Nr.": "numărul",
           "str.": "strada", "Str.": "strada", "tel.": "telefon", "Tel.": "telefon",
           "ex.": "exemplu", "etc.": "etcetera", "aprox.": "aproximativ", "crt.": "curent",
           "Cap.": "Capitolul", "cap.": "capitolul", "L-V": "luni – vineri"},
    "bg": {"тел.": "телефон", "ул.": "улица"},
    "hu": {"kb.": "körülbelül", "pl.": "például", "u.": "utca", "ill.": "illetve",
           "tel.": "telefon"},
    "nb": {"f.eks.": "for eksempel", "bl.a.": "blant annet", "dvs.": "det vil si",
           "osv.": "og så videre", "ca.": "cirka", "evt.": "eventuelt", "inkl.": "inkludert",
           "mht.": "med hensyn til", "tlf.": "telefon", "jf.": "jamfør",
           "mvh": "med vennlig hilsen", "mv.": "med videre", "art.": "artikkel", "Art.": "artikkel",
           "St.": "Sankt"},
    "da": {"f.eks.": "for eksempel", "bl.a.": "blandt andet", "dvs.": "det vil sige",
           "osv.": "og så videre", "ca.": "cirka", "evt.": "eventuelt", "inkl.": "inklusive",
           "mht.": "med hensyn til", "tlf.": "telefon", "jf.": "jævnfør",
           "mvh": "med venlig hilsen", "mv.": "med videre", "art.": "artikel",
           "Art.": "artikel", "St.": "Sankt"},
    "sv": {"t.ex.": "till exempel", "bl.a.": "bland annat", "dvs.": "det vill säga",
           "osv.": "och så vidare", "o.s.v.": "och så vidare", "m.m.": "med mera",
           "ca.": "cirka", "inkl.": "inklusive", "fr.o.m.": "från och med",
           "t.o.m.": "till och med", "tel.": "telefon", "jfr": "jämför",
           "mvh": "med vänliga hälsningar", "art.": "artikel", "Art.": "artikel"},
    "is": {"klst.": "klukkustundir", "t.d.": "til dæmis",
           "o.s.frv.": "og svo framvegis"},
    "fi": {"esim.": "esimerkiksi", "jne.": "ja niin edelleen", "yms.": "ynnä muuta sellaista",
           "ym.": "ynnä muuta", "mm.": "muun muassa", "ns.": "niin sanottu",
           "tms.": "tai muuta sellaista", "ks.": "katso", "vrt.": "vertaa", "puh.": "puhelin",
           "n.": "noin", "ao.": "alla oleva", "yo.": "yllä oleva"},
    "id": {"s/d": "sampai dengan", "dll.": "dan lain-lain", "dsb.": "dan sebagainya",
           "dll": "dan lain-lain", "yth.": "yang terhormat", "tsb.": "tersebut",
           "telp.": "telepon", "tlp.": "telepon", "Jl.": "Jalan", "kec.": "kecamatan",
           "Jln.": "Jalan", "No.": "nomor"},
    "ms": {"Jl.": "Jalan", "Jln.": "Jalan", "No.": "nombor"},
    "ca": {"p. ex.": "per exemple", "p.ex.": "per exemple", "etc.": "etcètera",
           "aprox.": "aproximadament", "tel.": "telèfon", "núm.": "número"},
    "hi": {"ई.पू.": "ईसा पूर्व", "मो.": "मोबाइल", "डॉ.": "डॉक्टर", "डा.": "डॉक्टर",
           "प्रो.": "प्रोफ़ेसर"},
    "mr": {"मो.": "मोबाइल", "डॉ.": "डॉक्टर"}, "ne": {"डॉ.": "डाक्टर", "डा.": "डाक्टर"},
    "si": {"පෙ.ව.": "පෙරවරු", "ප.ව.": "පස්වරු"},
    "ta": {"கி.மு.": "கிறிஸ்துவுக்கு முன்", "கி.பி.": "கிறிஸ்துவுக்குப் பின்"},
}
SPOKEN_ABBREVIATIONS["no"] = SPOKEN_ABBREVIATIONS["nb"]
BESIDE_A_NUMBER = {"nl": {"p.": "before", **dict.fromkeys(
    ("jan.", "feb.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.",
     "dec."), "beside")}, "fi": {"n.": "before"}, "de": {"J.": "after"},
    "ru": {"г.": "name", "д.": "before", "ч.": "after"},
    "uk": {"м.": "name", "в м.": "name", "у м.": "name", "буд.": "before"},
    "hu": {"u.": "before"}, **dict.fromkeys(("id", "ms"), {"No.": "before"}),
    **dict.fromkeys(("nb", "no", "da", "sv"), {"art.": "before", "Art.": "before"}),
    **dict.fromkeys(("hi", "mr"), {"मो.": "before"}),
    "si": {"පෙ.ව.": "before", "ප.ව.": "before"}}
"""The abbreviations of `SPOKEN_ABBREVIATIONS` that are themselves only next to a number:
Dutch "p." only before one, a page ("p. 12"), and a month's shortening, capitalised, only
after a day or before a day or a year ("3 Jan. 2024"), as Dutch writes its months in small
letters. A Dutch letter's "Met vriendelijke groet, Jan." was "…, Januari.", "contact op met
Jan. Hij helpt" "Januari Hij", the stop lost too, and a table's cell "P" (a type, the row's
stop after it) "Pagina" (sweep BX, nl-nluug-hr lines 40-41). Finnish "n. 20" is "noin",
about 20, and German "6 J." "6 Jahre", each only there, not an initial. An address's
shortenings (sweep CG): Russian "г. Москва" and Ukrainian "м. Київ", a town, only before
its name ("name": a capital follows), as "5 м." is metres; "д. 5", "буд. 5", a house,
and Hungarian "Fő u. 14", a street, only before its number; they were spelled, "гэ", "дэ",
"ем", "буд". Russian "с 9 до 18 ч.", hours, only after one ("ч. 2 ст. 5" is a law's
part), where "ч." was left to the voice. Indonesian and Malay "No. 3" is "nomor 3", "nombor
3", an address's number, which was "no", a pause, "tiga" (sweep CH), and their "Jln."
(jalan, a street) ended a sentence and was spelled, "J L N". Norwegian, Danish and Swedish
"art. 28", a law's article, only before its number ("en sjelden art." is a species): "Se
GDPR art." and "28 for detaljer" were two sentences (sweep CO), as were "Postboks 4 St." and
"Olavs plass", whose "St." (Sankt) ends none now. Hindi and Marathi "मो." is
"मोबाइल" only before a number, "मो. 9876543210" (sweep CN), as "मो. सलीम" is a name; and
Sinhala's "පෙ.ව. 10.30", "ප.ව. 2.00", morning and afternoon, before their time, which is
said as one (`_SINHALA_CLOCK_RE`), where the voice said "pe wa" and "ten point three
zero"."""
"""Abbreviations said in full in languages with no `Saying` table, which espeak-ng spelled
("z. B." as "zett be", "т. е." as "тэ е", a Norwegian privacy notice's "f.eks." as "ef
punktum eks punktum", a Finnish one's "jne." as "jii än ee", an Indonesian clinic's "0 s/d
59 bulan" as "es garis miring de"), written with or without a space after each full
stop. With the preposition before it where that asks for another case: Czech and Slovak
"v ul. Husova", "na ul. Hlavná" were "v ulice", "na ulica" (sweep CG): "v ulici"."""
PRICE_PER_WORDS = {
    "de": ("pro", {"Min": "Minute", "Minute": "Minute", "Std": "Stunde", "Stunde": "Stunde",
                   "Tag": "Tag", "Woche": "Woche", "Monat": "Monat", "Mon": "Monat",
                   "Jahr": "Jahr", "Semester": "Semester", "Quartal": "Quartal",
                   "Halbjahr": "Halbjahr", "Person": "Person", "Kind": "Kind", "Kurs": "Kurs",
                   "Termin": "Termin", "Nacht": "Nacht", "Stück": "Stück"}),
    "nl": ("per", {"maand": "maand", "mnd": "maand", "jaar": "jaar", "jr": "jaar",
                   "week": "week", "dag": "dag", "uur": "uur", "seizoen": "seizoen",
                   "semester": "semester", "persoon": "persoon", "les": "les"}),
    "cs": ("za", {"bod": "bod", "hod": "hodinu", "hodinu": "hodinu", "den": "den",
                  "měsíc": "měsíc", "rok": "rok", "os": "osobu", "osobu": "osobu", "noc": "noc",
                  "ks": "kus", "kus": "kus"}),
    "pl": ("na", {"h": "godzinę", "godz": "godzinę", "godzinę": "godzinę", "dzień": "dzień",
                  "dobę": "dobę", "miesiąc": "miesiąc", "mies": "miesiąc", "rok": "rok",
                  "os": "osobę", "osobę": "osobę", "noc": "noc", "szt": "sztukę"}),
    "hu": ("", {"fő": "fejenként", "óra": "óránként", "nap": "naponta", "hó": "havonta",
                "hónap": "havonta", "év": "évente", "alkalom": "alkalmanként",
                "db": "darabonként", "éj": "éjszakánként"}),
    "ro": ("pe", {"lună": "lună", "luna": "lună", "oră": "oră", "ora": "oră", "h": "oră",
                  "zi": "zi", "an": "an", "persoană": "persoană", "pers": "persoană",
                  "noapte": "noapte", "buc": "bucată"}),
}
PRICE_CODES = {"cs": "CZK", "pl": "PLN", "hu": "HUF", "ro": "RON"}
"""The code of the money of a language of `PRICE_PER_WORDS` whose prices are not in euros."""
_PRICE_PER_TIME_RE = {primary: re.compile(
    r"((?:€|EUR)\s?\d+(?:[.,]\d+)*(?:,[-–]{1,2})?|€|[Ee]uro|[Cc]ent|EUR|ct"
    + "".join(f"|{re.escape(sign)}" for sign in (*LOCAL_CURRENCY_SIGNS.get(primary, ()), *(
        sign for sign, code in CURRENCY_SIGNS.items() if code == PRICE_CODES.get(primary)),
        *PRICE_CODES.get(primary, "").split())) + r")\s?/\s?("
    + "|".join(per) + ")"
    r"(?:\.(?=\s+[a-zäöüáčďéěíňóřšťúůýžąćęłńśźżőűăâîșț]|[,;:)]))?(?!\w)")
    for primary, (_, per) in PRICE_PER_WORDS.items()}
"""A price for a time or a thing, "0,69 €/Min." (a pharmacies' emergency line), "3 €/Std.",
"125,- € / Semester" (the Hamburg arts centre's fees), Dutch "€ 12,50 / maand": said
"Cent/Minuten", "125 Euro, Semester", the slash between the money and what it pays for;
"pro", "per". Not a slash before other words ("57,- € / Materialkosten 15,- €"). In the
local money too (`LOCAL_CURRENCY_SIGNS`, `CURRENCY_SIGNS`), sweep CG: a Czech price list's
"1,50 Kč/bod" was "1,50 Kč, bod", Hungarian "2 000 Ft/fő" "…forint, fő" (Hungarian says
it in one word, "fejenként"), Polish "15 zł/h" "złotych/h", Romanian "100 lei/lună"
"lei, lună": "za bod", "fejenként", "na godzinę", "pe lună"."""
_SWISS_FRANCS_RE = re.compile(r"(?<![–—-])(?<![–—-] )(?<!und )(?<!bis )(?<![Aa]m )(?<!, )"
                              r"\bFr\.\s?(\d+)(?:\.(\d\d)|\.[-–—]{1,2})"
                              r"(?![\d:]|\.\d|\s*[–—-]\s*\d|\s*Uhr\b)")
"""A Swiss price, "Fr. 1.10", "Fr. 5.–": "1 Franken 10", "5 Franken", where the voice said
"ef er eins Punkt zehn"; in Swiss German only, and never Friday, "Mo.–Fr. 9.30–19.00",
"Di. und Fr. 14.00 Uhr", "Fr. 8.00 – 11.00 Uhr"."""
_PER_HOUR_RE = re.compile(r"(?<=\d)\s?/\s?h\b")
"""A price or a rate per hour after its number, "1.10/h": "pro Stunde"."""
_GERMAN_GENDERED_RE = re.compile(r"\b([Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es)/(die|der|den|dem|des)\b"
                                 r"|\b([A-ZÄÖÜ][a-zäöüß]+)(?:/([Ii]n(?:nen)?)|\(([Ii]n(?:nen)?)\))"
                                 r"(?![\w/])")
"""German's forms for women and men written as one with a slash, "die/der Präsident/in",
"Teilnehmer/Innen", "Rektor(in)": the voice said "Präsident in", the ending as a word."""
_GERMAN_GENDER_GAP_RE = re.compile(r"(?<=[a-zäöüß])[*:_·](?=[Ii]n(?:nen)?\b)")
"""The gender star, colon, gap or dot, "Sozialarbeiter*innen", "Lehrer:innen",
"Schüler_innen", spoken as one word with a catch before its ending, as the voice says
"Sozialarbeiterinnen" (it said "Sozialarbeiter innen", two words)."""
_MEDIOPUNKT_RE = re.compile(r"(?<=[^\W\d_])·(?=[a-zäöüß])")
"""Leichte Sprache's middle dot, which shows where a long word's parts meet
("Barriere·freiheit"): a help for the eye, and one word for the ear, where the voice said
two, each stressed. Not between words that each open with a capital, as a page's links
are listed ("Impressum·Datenschutz")."""


def _german_gendered(found: re.Match[str]) -> str:
    """"die/der" as "die oder der"; "Präsident/in" as "Präsidentin oder Präsident", and
    "Teilnehmer/innen" as "Teilnehmerinnen und Teilnehmer"."""
    if found.group(1):
        return f"{found.group(1)} oder {found.group(2)}"
    word, ending = found.group(3), (found.group(4) or found.group(5)).lower()
    return f"{word}{ending} {'und' if ending == 'innen' else 'oder'} {word}"


_ABBREVIATION_BEFORE_NUMBER_RE = re.compile(r"(?<![\w.])([A-Za-z][a-z]{1,4}\.)(?=\d)")
"""A short abbreviation written against its number, as a privacy notice's "Art. 13 Abs.2"
does: the abbreviation was not known, and was said "abs zwei"."""
_NUMBER_SIGN_AGAINST_RE = re.compile(r"(?<![\w.])([Nn]\.?[º°]|[Nn]\.)(?=\d)")
"""A number's sign written against its number, "n.°12", "n°81", "n.81": not taken for the
abbreviation it is, it was said "ene punto grados doce", "enne gradi ottantuno"."""
SINGULARS = {"Tabletten": "Tablette", "Kapseln": "Kapsel", "Stunden": "Stunde",
             "Minuten": "Minute", "klukkustundir": "klukkustund", "Jahre": "Jahr"}
"""German abbreviations said in the plural, "Tbl.", and their singular after "1": "1 Tbl."
was "eins Tabletten"; Icelandic's "1 klst.", "1 klukkustund"."""
_ONE_BEFORE_RE = re.compile(r"(?<![\d.,])1\s?$")
SLAVIC_COUNTED = {"гривень": ("гривня", "гривні"), "копійок": ("копійка", "копійки"),
                  "хвилин": ("хвилина", "хвилини"), "рублей": ("рубль", "рубля"),
                  "копеек": ("копейка", "копейки"), "tablet": ("tableta", "tablety"),
                  "hodin": ("hodina", "hodiny"), "hodín": ("hodina", "hodiny"),
                  "godzin": ("godzina", "godziny"), "часов": ("час", "часа")}
"""Ukrainian and Russian abbreviations said as the plural after five ("грн" is "гривень"),
and their forms after one and after two to four, or a fraction: "1 грн" was "1 гривень",
"1574 грн" "…чотири гривень". Czech "tbl" is "tablet" too, "1 tableta", "2 tablety", and
Czech and Slovak "hod." (`HOURS_SHORTENED`): "2 hodiny"; Polish "godz." too. After a word
that puts its number in the genitive (`SLAVIC_GOVERNING`), the genitive: the plural's,
and after one or a fraction the singular's, which is the form after two to four. A Polish
surgery's "czynny ok. 8 godz." was "około ośmiu godzina" (sweep CG): "godzin"."""
GENITIVE_GOVERNING = frozenset(word for words in SLAVIC_GOVERNING.values()
                               for word in words["genitive"])
UNCOUNTED = {"tablet": "tablety", "godzin": "godzina"}
"""Such a word where no number is before it: a Czech leaflet's "Paralen 500 mg tbl", the
tablets' form of the medicine, is "tablety"."""
_NUMBER_BEFORE_RE = re.compile(r"(?<![\d.,])\d*?(\d{1,2})(,\d+)?\s?$")


def counted(said: str, before: str) -> str:
    """An abbreviation's words `said` in the form the number ending `before` asks for: a
    German plural's singular after 1 (`SINGULARS`), a Russian, Ukrainian, Czech or Polish
    one's after one, or after two to four or a fraction, or in the genitive
    (`SLAVIC_COUNTED`)."""
    if said in SINGULARS:
        return SINGULARS[said] if _ONE_BEFORE_RE.search(before) else said
    number = _NUMBER_BEFORE_RE.search(before)
    if said not in SLAVIC_COUNTED or number is None:
        return UNCOUNTED.get(said, said)
    one, few = SLAVIC_COUNTED[said]
    last = int(number.group(1))
    if last_word(before[:number.start()]).lower() in GENITIVE_GOVERNING:  # "około 8 godzin"
        return few if number.group(2) or last % 10 == 1 and last != 11 else said
    if number.group(2) or last % 10 in (2, 3, 4) and last not in (12, 13, 14):
        return few
    return one if last % 10 == 1 and last != 11 else said
_PERCENT_RE = re.compile(rf"({_NUMBER})\s?%")
_CARD_NUMBER = rf"(?:(?:\d+ )?\d+/\d+|\d+(?:\.\d+)?|\d*{_VULGAR})"
_CARD_AMOUNT = rf"{_CARD_NUMBER}\s?[CTt]"
_RECIPE_CARD_RE = re.compile(rf"(?:^|(?<=[.:] ))(?:[-*•]\s)?{_CARD_AMOUNT}"
                             rf"(?:\s(?:&|and|\+)\s{_CARD_AMOUNT})*"
                             r"(?=\s[a-z]|\.?$|\.\s)(?!\scells?\b)")
"""The cup, tablespoon and teaspoon of an American recipe card, "C", "T" and "t" after an
amount that opens an ingredient's line or a table's cell, "1 1/4 C flour", "1/2 t salt",
"| 1/3 C | 5T & 1t |" (sweep CI, a family recipe book's cake and its conversions): said
"see" and "tee". Only there, before a food's name or, at the end, after a fraction or
with another amount ("25 C" alone may be a temperature, "3 t" tonnes); not a clinic's "2
T cells"."""
_CARD_UNIT_RE = re.compile(rf"({_CARD_NUMBER})\s?([CTt])\b")
_REFERENCE_INTAKE_RE = re.compile(r"(?<=\d)\s?%\s?RI\b")
"""A share of the reference intake, as a UK nutrition label gives it, "Energy
1046kJ/250kcal (13%RI)" (sweep CI): said "13 percentRI", one word."""
_SPACED_PERCENT_RANGE_RE = re.compile(rf"({_NUMBER})\s?%\s[-–]\s({_NUMBER})\s?%(?!\s*[=+*/×÷-])")
"""A range of percentages with a spaced hyphen, "0.1% - 1%", "5% - 10%" (a death rate, sweep
BI, repro mini/pct): "5 to 10 percent", as "5-10%" is, where it was "5 percent - 10
percent"; not a sum's minus, "15% - 10% = 5%"."""
_DEGREES_RE = re.compile(rf"({_NUMBER})\s?[°º]\s?([CF])\b")
_RING_DEGREES_RE = re.compile(r"(?<=\d)(\s?)˚")
"""The ring above (U+02DA), typed for the degree sign after a number, "450˚C" (sweep CP, a
chemistry table's Haber process): the voice said "four hundred fifty C". The degree sign,
as the ordinal sign is in English ("4ºC")."""
_BARE_DEGREES_RE = re.compile(r"(?<![\w.,-])(?:(?<=\d[CF]/)|(?<=\d°[CF]/)|(?<!/))"
                              r"(\d{1,3}(?:\.\d)?)(\s?)([CF])\b(?![\w'’-])")
_PLACE_LABEL_RE = re.compile(r"\b(?:room|flat|year|unit|block|grade|class|floor|level|ward|bay|"
                             r"bed|gate|seat|form|size|group|band|type)\s$", re.I)
_TEMPERATURE_WORDS_RE = re.compile(r"\b(?:[Tt]emperatures?|[Ff]ever|[Ss]tored?|[Kk]eep|[Kk]ept|"
                                   r"[Bb]elow|[Aa]bove|[Oo]ven|[Ff]ridge|[Ff]reezer|[Hh]eat|"
                                   r"[Ww]arm|[Cc]ool|[Cc]old|[Hh]ot|[Dd]egrees)\b[^.;:!?]{0,40}$")
"""A temperature without its degree sign, as the NHS and the BBC write it: "a high
temperature of 38C or more", "Store below 25C", which the voice said "38 C"; only after
a word that speaks of heat or cold, and not as a place's or a class's letter ("Room 12C",
"keep Ward 4C warm")."""
_OVEN_WORDS_RE = re.compile(r"\b(?:[Bb]ak(?:e|ed|ing)|[Oo]ven|[Pp]reheat|[Rr]oast)\b"
                            r"[^.;:!?]{0,40}$")
"""An oven's temperature, which a recipe writes with a space before its letter too, "Bake
at 325 F" (said "325 F"), three digits then (`_is_bare_degrees`)."""


_OVEN_AND_FAN_RE = re.compile(r"(?:(?<=Celsius)|(?<=Fahrenheit)|(?<=[Ff]an\)))\s?/\s?"
                              r"(?=\d|[Ff]an\b|[Gg]as\b)")
"""The slash after a temperature before another, an oven's and its fan's or gas mark's,
"200C/180C Fan/ Gas 6" (BBC Good Food's, sweep AW): a pause, "200 degrees Celsius, 180
degrees Celsius Fan, Gas 6", where the voice said "slash". One temperature in two scales
is "or" (`_METRIC_IMPERIAL_RE`), as it is after the fan's in brackets: "180°C (160°C fan)
/ 350°F / Gas 4" (sweep CI) kept its first "slash"."""


def _is_bare_degrees(match: re.Match[str]) -> bool:
    """Whether a number and a "C" or "F" (`_BARE_DEGREES_RE`) are a temperature: after a
    word of heat or cold, or of an oven; spaced apart, only an oven's, of three digits. After
    a slash, only after another temperature, as an oven's with its fan's: "Heat the oven to
    200C/180C Fan/ Gas 6" (BBC Good Food's, sweep AW) said its second "180C"."""
    before = match.string[:match.start()]
    if before.endswith("/"):
        first = re.search(r"\d{1,3}(?:\.\d)?[CF]/$", before)
        first = first and _BARE_DEGREES_RE.match(before, first.start())
        return before.endswith(("°C/", "°F/")) or bool(first and _is_bare_degrees(first))
    if _PLACE_LABEL_RE.search(before):
        return False
    if match.group(2):
        return len(match.group(1)) == 3 and bool(_OVEN_WORDS_RE.search(before))
    return bool(_TEMPERATURE_WORDS_RE.search(before) or _OVEN_WORDS_RE.search(before))
_ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLUG_DATE_RE = re.compile(r"(?<![\w/-])((?:[^\W\d_]+-)*)(\d{4}-\d\d-)(\d\d)(?:-to-(\d\d?))?"
                           r"((?:-[^\W_]+)*)(?![\w/-])")
"""An ISO date in a title written as a file's name, "Weekly-Plan-2025-12-08-to-14-W9", a
week's plan's first line: said "Weekly-Plan-8 December 2025-to-14-W9". Its words' hyphens
are spaces, and "-to-" and a day after it end a range of days: "Weekly Plan 8 to 14 December
2025 W9" (`_say_slug_date`). A date with no words joined to it is left to `_ISO_DATE_RE`."""
_YEAR_FIRST_DATE_RE = re.compile(r"(?<![\w/.])(\d{4})(?:/(\d{1,2})/(\d{1,2})|\.(\d\d)\.(\d\d))"
                                 r"(?![\w/]|\.\d)")
"""A date as Chinese, Japanese and Korean write it in numbers, the year first:
"2025/09/24" (the National Diet Library's NDLOCR README), "2025.09.24"; not a version,
"2025.1.2"."""
_ISO_DATE_TIME_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})")
"""ISO 8601's "T" between a date and its time, "2020-03-05T12:15:45", which hid the date
(it was said "duemilaventi-tre-cinque T dodici..."): a space, so both are said."""
_ISO_DATE_TIME_ZONE_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?"
                                    r"(?:(Z)|([+-])(\d{2}):?(\d{2}))(?![\w:])")
"""An ISO 8601 date and time with its zone, as a chat's export stamps it: ChatGPT's "> Created:
2025-12-20T04:11:08Z" (sweep BS, card-decline line 14) was "20 December 2025 04:11:08Z", said "four
eleven zero eight Z". In English "20 December 2025, 4:11 AM UTC", the seconds dropped, an
offset said from UTC, "UTC plus 1", "UTC plus 5 hours 30 minutes" (`_say_iso_time_zone`)."""


def _say_iso_time_zone(found: re.Match[str]) -> str:
    """The date, the time without its seconds and the zone of `found`
    (`_ISO_DATE_TIME_ZONE_RE`), for the date and the time to be said as they are alone."""
    date, time, utc, sign, hours, minutes = found.groups()
    if utc:
        return f"{date}, {time} UTC"
    offset = str(int(hours)) + (f" hours {int(minutes)} minutes" if minutes != "00" else "")
    if offset == "0":
        return f"{date}, {time} UTC"
    return f"{date}, {time} UTC {'plus' if sign == '+' else 'minus'} {offset}"


_UTC_OFFSET_RE = re.compile(r"\b(UTC|GMT)\s?([+−-])(\d{1,2})(?::?([0-5]\d))?(?![\w:]|[.,]\d)")
"""A zone's offset from UTC after a time, a project's community call (sweep CE, from apache
hudi's syncs), "10:00-11:00 UTC+8:00": its "8:00" was taken for a time, "UTC+8 o'clock".
Said as `_say_iso_time_zone` says an offset, "UTC plus 8"."""
_ZONED_CLOCK_RE = re.compile(r"(?<![\w:.,])\d{1,2}:[0-5]\d\s?(?:UTC|GMT)\b")
"""A time before UTC or GMT, which is on the 24-hour clock as a zone's times are: the times
beside it are too (`_say_clock`), "10:00-11:00 UTC" "10 AM to 11 AM UTC", where it was "10
o'clock to 11 o'clock"."""


def _say_utc_offset(found: re.Match[str]) -> str:
    """The zone and its offset (`_UTC_OFFSET_RE`), "UTC plus 5 hours 30 minutes"."""
    zone, sign, hours, minutes = found.groups()
    offset = str(int(hours)) + (f" hours {int(minutes)} minutes"
                                if minutes not in (None, "00") else "")
    return f"{zone} {'plus' if sign == '+' else 'minus'} {offset}"


_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|(?:(?<=/)|(?<=\d\d\.\d\d\.))"
                              r"\d\d(?![/.,]\d))\b")
"""A date in numbers with the year last, "05/03/2024", or its last two digits after a slash,
"Review date: 01/04/25", or after a day and month of two digits each, "01.04.25" ("1.2.25"
is a version): day or month first as the language and region write it (`day_first`)."""
_DAY_MONTH_RE = re.compile(r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
"""A day and its month without a year, "a partir de 31/03" (dssg-pt's COVID-19 README),
"payable by 01/05" (a school's letter), which the voice read "trinta e um barra três",
"zero one five"; a date only where a zero pads the day or the month, as no fraction or
ratio is written ("8/12 horas", "24/7", "1/2"), or the clause speaks of dates
(`DATES_BEFORE`) and it is no common fraction."""
SLASHED_DATE_LANGUAGES = frozenset({"da", "nb", "no", "sv"})
"""Languages that write a day and month with a slash, "den 13/8", and its year after a
hyphen, "11/5-2026", "15/1-26", as Danish and Norwegian do; Swedish writes "den 1/3"."""
_SLASHED_DATE_WORDS_RE = re.compile(r"(?:\b(?:senast|senest|innen|inden|fr\.o\.m\.|t\.o\.m\."
                                    r"|f\.o\.m\.|t\.o\.m)|\b(?:fom|tom)\b)\s?$", re.I)
"""A word of a deadline or a start before a day and month with a slash, which makes it a
date even where it reads as a fraction: a Swedish registration's "Anmälan senast 1/3"
(sweep BX) was "en tredjedel", as Norwegian "innen 1/3" was."""
_SLASHED_DATE_YEAR_RE = re.compile(r"(?<![\w/.,-])(0?[1-9]|[12]\d|3[01])(/)(0?[1-9]|1[0-2])"
                                   r"-((?:19|20)?\d\d)(?![\w/-]|[.,]\d)")
_SLASHED_DAY_MONTH_RE = re.compile(r"(?<![\w/.,-])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])"
                                   r"(?![\w/-]|[.,]\d)")
_SLASHED_DATE_AFTER_RE = re.compile(r"\s(?:kl\.?|klokken|klokka)\s?\d", re.I)
"""A time after a day and month with a slash, which makes it a date: "17/1 kl. 15.10"."""
_TIME_RE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s?([ap])\.?m\.?", re.IGNORECASE)
_ENGLISH_CLOCK_RE = re.compile(r"(?<![\w:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)"
                               r"(?!\s?(?:rule|ratio)\b)(?:\s?([AP])M\b)?")
"""A time on the clock, which the English voice read digit by digit: "14:00" was "fourteen
zero zero" and "8:00" "eight zero zero". Not a rule's or a ratio's numbers, a diabetes
leaflet's "15:15 rule" (15 grams of sugar, 15 minutes' wait), said "3:15 PM rule"."""
_EG_IE_RE = re.compile(r"(?<![\w.'’/@-])(eg|ie)(?=,|\s[a-z(])")
""""eg" and "ie" written with no stops, in lower case before a comma or a word in lower case,
"eg, the bar", "ie the box office": "for example", "that is", as "e.g." is; the voice said
"egg" and "ee". Not a stop, a hyphen or an address before them (".ie", "x-ie")."""
_ON_THE_24_HOUR_CLOCK_RE = re.compile(r"(?<![\w:.,])(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?![\d:]|[.,]\d)"
                                      r"(?!\s?(?:rule|ratio|[AaPp]\.?[Mm])\b)")
"""A time only the 24-hour clock writes, after 12 or with a leading zero, "20:00", "09:30":
the other times beside it, in its sentence or its table's row, are on that clock too
(`_say_clock`)."""
_DOTTED_TIME_RANGE_RE = re.compile(
    r"(?<![\w.,£$€/])([01]?\d|2[0-3])\.([0-5]\d)(\s?[–—-]\s?)([01]?\d|2[0-3])\.([0-5]\d)"
    r"(?![\d.,]\d|\s?[ap]\.?m\b)")
"""Opening hours as British notices write them, "Every 2nd Monday 11.30-1.00", "Open
9.00-5.00": times, where the voice said "eleven point three zero to one point zero zero";
only after a word of days or hours (`_TIME_WORDS_BEFORE_RE`), as "2.50-3.75 kg" is a
measure. With "am" or "pm" after, `_TIME_RE` says them."""
_FOUR_DIGIT_TIME_RANGE_RE = re.compile(
    r"(?<![\w:.,/+-])([01]\d|2[0-3])(00|15|30|45)(\s?[–—-]\s?)([01]\d|2[0-3])(00|15|30|45)"
    r"(?![\w:]|[.,]\d|[–—-]\d|\s\d)")
"""A shift's hours in four digits each, as UK adverts and rotas write them, "Hours:
0900-1700 Mon-Fri", "Shifts 0700-1900" (sweep CU, D5): times, where they were read as a
telephone number, "0 9 0 0, 1 7 0 0". Only after a word of days or hours
(`_TIME_WORDS_BEFORE_RE`), and on the hour or a quarter of it: "0900-113 0 113", "0800-1234"
are numbers to call. Not after "from", "between", "until" or "till", and two that could be
years, "Monitoring 2015-2030", only after "hours", "hrs" or "shift"."""


def _shift_hours(match: re.Match[str]) -> str:
    """The range of four-digit times `match` (`_FOUR_DIGIT_TIME_RANGE_RE`) written with
    their colons, "09:00-17:00", which the clock's rules say, where a word before says they
    are hours; else as written."""
    cues = {cue.group().lower() for cue in _TIME_WORDS_BEFORE_RE.finditer(
        match.string, max(0, match.start() - 60), match.start())}
    cues -= {"from", "between", "until", "till"}
    if all(hour in ("19", "20") for hour in (match[1], match[4])):
        cues &= {"hours", "hrs", "shift"}
    return f"{match[1]}:{match[2]}{match[3]}{match[4]}:{match[5]}" if cues else match.group()


_DOTTED_TIME_RE = re.compile(
    r"(?:(?<=\bat )|(?<=\bfrom )|(?<=\buntil )|(?<=\bby )|(?<=day )|(?<=days )|(?<=\bat: )"
    r"|(?<=\bbefore )|(?<=\bafter )|(?<=\btill ))"
    r"(?!0\.)([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d|\s?(?:[ap]\.?m\b|[-–]|each\b|per\b|a\b"
    r"|an\b|pounds?\b|p\b|%|(?:mg|kg|g|ml|l|litres?|km|miles?|hours?|hrs?|mmol)\b))")
"""A time alone as British notices write it, after "at", "from", "until" or a weekday:
"Doors open at 7.30", "Saturday 11.30 Picnic", which were decimals ("seven point three
zero"); and after "before", "after" or "till", a student union's "available 7 days a week
before 3.30 from any pharmacist", "three point three zero". Not an amount of a unit
("after 2.50 mg", "before 1.25 litres"), nor a price at that ("at 2.50 each"), nor a
decimal below one ("significant at 0.05", which was "12 oh 5 AM")."""
_TIME_WORDS_BEFORE_RE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|open|closed|hours|hrs|times?|sessions?|daily|every"
    r"|weekdays?|weekends?|mornings?|afternoons?|evenings?|clinics?|surgery|from|between"
    r"|until|till|shift)", re.I)
_HOURS_AFTER_A_TIME_RE = re.compile(
    r"(?<![\w:.,])([01]\d|2[0-3]):?([0-5]\d)\s?(?:(?<=:\d\d)\s?(?:hrs|hours|hr)|hrs?)\b"
    r"|(?:(?<=\bat )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|(?<=\bby ))"
    r"([01]\d|2[0-3])([0-5]\d)\s?hours\b")
"""A time on the 24-hour clock with "hrs" after it, as minutes and rotas write it, "13:00
hrs", "1330 hrs", "13:31hrs", "at 0900 hours": the time, said on the 12-hour clock ("1
PM"), where it was "1 PM hours", "1:31 PMhrs" and "one thousand three hundred thirty
hours". Four digits before "hours" are a time only after a word that says so: "1000 hours
of volunteering" is a count."""
_FOUR_DIGIT_TIME_RE = re.compile(
    r"(?<![\w:.,])([01]\d|2[0-3])([0-5]\d)(?:\s?(?=(?:UTC|GMT)\b)|(Z)\b)"
    r"|(?:(?<=\b[Dd]eparts )|(?<=\b[Aa]rrives )|(?<=\b[Ll]eaves )|(?<=\b[Dd]eparting )"
    r"|(?<=\b[Aa]rriving )|(?<=\b[Ff]rom 0\d[0-5]\d to )|(?<=\b[Ff]rom 0\d[0-5]\d-))"
    r"([01]\d|2[0-3])([0-5]\d)(?![\w:]|[.,]\d|\s?(?:hours|hrs)\b)"
    r"|(?:(?<=\b[Aa]t )|(?<=\b[Ff]rom )|(?<=\b[Uu]ntil ))(0\d)([0-5]\d)"
    r"(?![\w:]|[.,]\d|\s?(?:hours|hrs)\b)")
"""A time on the 24-hour clock in four digits before a time zone, or glued to it, as call
schedules write it: a blockchain project's "calls are at 0100 UTC" and "at 1500UTC" (sweep
CE, besu-eth agendas) were "zero one zero zero U T C" and "one thousand five hundred U T C",
and "1500Z" "Z"; and a timetable's "departs 0645", "zero six four five". Said on the clock
("1 AM UTC", "3 PM UTC"). Without a zone, only after "departs", "arrives" or "leaves", or
with its leading zero after "at", "from" or "until" (and the end of "from 0800 to 1000"),
as "from 1900" is a year."""
_ZERO_HOUR_RE = re.compile(r"(?<![\w:.,])(?:0(?:0|([1-9]))?(?::([0-5]\d))?(\s?[AaPp]\.?[Mm]\b)"
                           r"|24:00(?![\d:]|[.,]\d))")
"""The hour after midnight written from zero, as a festival's line-up (sweep CE, ceremony)
wrote its small hours, "11PM - 0AM", "0:30AM - 01AM", said "zero A M", "zero thirty" and
"zero one A M"; and the day's end as "24:00", "open 00:00 to 24:00", said "twenty four zero
zero": "midnight", "12:30 AM", "1 AM" and "midnight"."""
_CLOCK_PAIR_RE = re.compile(r"(?<![\w:.,])((?:\d|1[01]):[0-5]\d)"
                            r"(?=\s?[–—-]\s?(?:1[3-9]|2[0-3]|0\d):[0-5]\d)")
"""The first of two times on the 24-hour clock, written without its leading zero ("Mon-Sat
9:00-17:30"): it was said "9 o'clock-5:30 PM"; zero-led, it is "9 AM to 5:30 PM". So with
10 and 11 ("Sat 10:00–16:00" was "10 o'clock to 4 PM"), which take "am"."""
_HOURS_TO_AM_PM_RE = re.compile(r"(?<![\w:.,])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?[–—-]\s?"
                                r"(?=(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[AaPp]\.?[Mm]\b)")
"""Hours whose end alone says morning or afternoon, "2–4pm", "10:30–11am", "9.30-11.30am":
said "two four PM", the dash unsaid, and "nine point three zero"."""
_NUMBERED_LABEL_RE = re.compile(r"\b(?:Papers?|Years?|Yr|Y|Room|Class|Group|Set|Part|Section|"
                                r"Unit|Level|Stage|Question|Session|Lesson|Period|Module|Team|"
                                r"Round|Primary|P|Gate|Court|Screen|Table)\s$", re.IGNORECASE)
"""A word that a number after it names, "Paper 1", "Year 6": an exam timetable's "GCSE English
Lit Paper 1 - 9am" and "Maths Paper 2 - 1.30pm", and a school's "Year 6 - 2pm" (sweep DA), were
said "paper one to nine AM", a range of hours (`_HOURS_TO_AM_PM_RE`), where the spaced hyphen
before the time is the pause that "Year 6 Production - 6:30pm" has: "Paper 1, 9am"."""
_SPACED_DASH_END_RE = re.compile(r"\s[–—-]\s?$")


def _say_hours_to_am_pm(match: re.Match[str]) -> str:
    """The start of hours whose end alone says morning or afternoon (`_HOURS_TO_AM_PM_RE`)
    and "to"; on the hour, its hour alone. After a label's number (`_NUMBERED_LABEL_RE`),
    "Paper 1 - 9am", a spaced hyphen is no range but a pause."""
    if _SPACED_DASH_END_RE.search(match.group()) \
            and _NUMBERED_LABEL_RE.search(match.string, 0, match.start()):
        return _SPACED_DASH_END_RE.sub(", ", match.group())
    if match.group(2) not in (None, "00"):
        return f"{match.group(1)}:{match.group(2)} to "
    return f"{match.group(1)} to "


_AM_PM = r"\d{1,2}(?::\d{2})?\s?[AaPp]\.?[Mm]\.?"
_NOON = r"(?:12\s?)?(?:[Nn]oon|[Mm]idday|[Mm]idnight)"
_TIME_RANGE_RE = re.compile(rf"({_AM_PM}|\b{_NOON})\s?[–—-]\s?(?={_AM_PM}|{_NOON}\b)")
"""Opening hours, "6pm-11pm" (said "six PM eleven PM"), "9.30am-4pm" and "9am–12 noon":
"6pm to 11pm"; and from or to midnight, once `_ZERO_HOUR_RE` has said "0AM" so, "11PM -
0AM" and "0AM - 0:30AM" (sweep CE), where the dash was a pause; and from noon, a swim
club's "Sun Noon – 1:00 pm" and "Sat noon-2pm" (sweep CE), "noon, one PM"."""
_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
         "Weds": "Wednesday", "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday",
         "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday",
         "Mons": "Mondays", "Fris": "Fridays", "Sats": "Saturdays", "Suns": "Sundays"}
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY_RANGE_RE = re.compile(rf"\b((?:{_WEEKDAYS})s?|{'|'.join(_DAYS)})\.?\s?(?:[–—-]|to)\s?"
                           rf"((?:{_WEEKDAYS})s?|{'|'.join(_DAYS)})\b")
"""Days shortened in a range, "Mon-Fri", which the voice said as one word, "monfry"; and
days written whole, one or both in the plural: a code of conduct's working hours (sweep
AS, mp-conduct), "Office: Monday – Fridays (9.00am – 6.00pm)", was said "Monday; Fridays",
where "Monday – Sunday" was "Monday to Sunday"."""
_DOTTED_TIME_BEFORE_A_DAY_RE = re.compile(
    r"(?:(?<=\breturn )|(?<=\breturns )|(?<=\bstart )|(?<=\bstarts )|(?<=\bend )"
    r"|(?<=\bends )|(?<=\bfinish )|(?<=\bfinishes )|(?<=\bresume )|(?<=\bresumes )"
    r"|(?<=\bopens )|(?<=\bcloses ))"
    rf"(?!0\.)([01]?\d|2[0-3])\.([0-5]\d)(?=\s(?:on\s)?(?:{_WEEKDAYS})\b)")
"""A time as British notices write it, after a word of starting or ending and before its
weekday: a school's term dates (sweep CE), "Pupils return 9.15 Tuesday 1st November",
"School ends 3.30 Friday 30th March", were "nine point one five" and "three point three
zero". Not a price, "costs 3.50 Monday to Friday"."""
_WEEKDAY_DAY_MONTH_RE = re.compile(
    rf"\b((?:{'|'.join(dict.fromkeys(_DAYS.values()))}),?\s)(\d{{1,2}})/(\d{{1,2}})(?![\d/]|[.,]\d)")
"""A weekday then its date without a year, "RSVP by Fri 6/12", which the voice said "six
slash twelve" ("six twelve" once the slash was taken out): a date, in the order the
language's region writes one."""
_DAY_AFTER_RE = re.compile(r"\b((?:[Ee]very|[Ee]ach|[Nn]ext|[Ll]ast|[Tt]his|other|[Cc]losed"
                           rf"|[Oo]pen|\d(?:st|nd|rd|th)) )({'|'.join(_DAYS)})\b(?:\.(?=\s[a-z]))?")
"""A weekday shortened after the word that says which, "every other Wed.", "1st & 3rd Mon of
the month" (a bin collection leaflet), or after "closed" or "open", "Closed Sun": the voice
said "wed", "mon" and "sun"."""
_US_DAYS = {"M": "Monday", "Mo": "Monday", "Tu": "Tuesday", "W": "Wednesday",
            "We": "Wednesday", "Th": "Thursday", "F": "Friday", "Fr": "Friday",
            "Sa": "Saturday", "Su": "Sunday"}
_US_DAY_RANGE_RE = re.compile(rf"\b({'|'.join(_US_DAYS)})\s?[–—-]\s?({'|'.join(_US_DAYS)})\b"
                              rf"|\b(Sa|Su)(?=:?\s+(?:closed|open|\d))")
"""Opening hours as American libraries shorten their days, "M–Th 9 a.m.–8 p.m.; F–Sa ...;
Su closed", which the voice said as letters and "suh": a range of days or, before its
hours, one."""
_DAY_CELL_RE = re.compile(rf"(?<=: )({'|'.join(_DAYS)})(?=\.(?:\s|$))")
"""A day shortened alone in a table's cell, said after its column's name: "Day: Sun.
Hours: Closed.", where the voice said "sun"."""
_DAY_IN_BRACKETS_RE = re.compile(rf"(?<=\()({'|'.join(_DAYS)})\.?(?=\))")
"""A day shortened alone in brackets, as a timetable's heading names its day, "## Weekend
Service (Sat)": the voice said "sat"."""
_BANK_HOLIDAYS = r"Bank Hol(?:iday)?s?|BHs?"
_DAY_LIST_RE = re.compile(rf"\b(?:{'|'.join(_DAYS)})\b(?:\.?\s?(?:,|&|\+|/|·|\||\band\b|\bor\b)"
                          rf"\s?(?:{'|'.join(_DAYS)}|{_BANK_HOLIDAYS})\b)+")
"""Days shortened in a list, "Mon, Wed & Fri", "Mon · Wed · Fri": "mon, wed and fry" was
said; and joined by "+", "Closed Sun + Mon" (sweep BS, menton-restaurants), which was
"Closed Sunday + Mon", the second said "mon": "and". Line 18. A list may end in bank
holidays, as a museum's opening times do (sweep CJ), "Sun & Bank Hols", "Sun & BH": "Sun"
and "BH" were said as written ("Bank Hols" is in `ABBREVIATIONS`)."""


def weekday_headers(headers: list[str]) -> list[str]:
    """A table's columns' names with each day shortened in English, in capitals or not, as
    its name, where two or more are ("MON | TUES | WED", "Mon | Tues"): a club's sessions
    were said "mon, tyooz, wed", and its rows "Wed: No" as "wed no"."""
    days = [_DAYS.get(name.strip(" .").title()) for name in headers]
    if sum(map(bool, days)) < 2:
        return headers
    return [day or name for day, name in zip(days, headers)]


_EXTENSION_X_RE = re.compile(r"(?<=\d{4})(,?\s+(?:or\s+)?)[xX](\d{2,5})\b")
"""An extension after a telephone number, "366-3500 x218", or after another, "ext. 7019 or
x218" (an Ontario clinic's): said "times 218". Not a bus route in a list of them, "76,
X68", which was "76, extension 68": the number before ends in four digits."""
_TIMES_AFTER_RE = re.compile(r"(?<![\w-])(?!x(?:86|64|32)\b)[x×]\s?(\d+)(?![\w,]|\.\d)")
"""A count written after its sign, "325mg x2": "325 milligrams times 2", not "ex two"; not
a processor's "x86" or "x64" (a Windows guide's "Program Files (x86)" was "times 86")."""
_NOTE_MARK_RE = re.compile(r"((?:(?![¹²³⁴⁵⁶⁷⁸⁹⁰])[^\W\d_]){2,}|\))"
                           r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,–-][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)(?![⁺⁻])")
"""A note's number written in superscript after a word, "vomiting¹", "excepcionais⁴", or
notes' numbers, "ages²¹", "vomiting²,³" (the word is the letters before the first raised
digit, which a pattern's word character would take in), which the voice said as a number
in the sentence ("vomiting one may happen", "ages squared"); not a unit's power ("m²",
"cm³"), nor a power in a formula ("E = mc²", after an equals sign), nor the power of one
letter ("x²", "Solve $x^2 + 1$", which was said "Solve x plus 1"), nor an ion's charge
("Fe²⁺")."""
_LONE_NOTE_MARK_RE = re.compile(r"(?:(?<=\S)\s+|(?<=\S)\*+|(?<=\d[.,]\d\d))"
                                r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\s.,;:)*]|$)")
"""A note's number raised apart from what it marks, after another mark or after an amount
with its cents, a fee's "$25.00*¹": silent, as after a word; it was said "25 dollars one",
another price."""
_NOTE_OPENING_RE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(?=\S)")
"""The raised number a note opens with, "¹ Basic building permit.": "Note 1: ", as the
handout's own notes are said."""
_LOWERED_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
POWERED_UNITS = frozenset("m cm mm km dm ft in yd mi".split())
_DIVIDED_BY = re.compile(r"\w/\(?$")
"""What comes before a power in a formula that divides by it: "weight/height²",
"weight/(height²)"."""
_OPERATOR_BEFORE = re.compile(r"[-+−=×÷*/<>≤≥±]\s*\(?$")
_OPERATOR_AFTER = re.compile(r"\s*[+−=×÷<>≤≥±]")
"""A sign of arithmetic before or after a term of a formula: "ax² + bx + c", "+ bx²"."""


_RECURRING_RE = re.compile(r"(\d*\.\d*?)((?:\d\u0305)+)(?!\d)")
"""A recurring decimal, its repeating digits overlined (`generators.plain_maths`' "0.9̅"):
said "0.9 recurring", where a maths worksheet's "0.9̅ = 1" was said "0.9 = 1"."""
_FORMULA_SIGN = re.compile(r"[/+×*·^=−]|(?<=\w)\s?-\s?(?=\w)")
"""A sign of arithmetic between the terms of a formula."""
_SIGNED_OR_DECIMAL = re.compile(r"[-−+]\d+(?:\.\d+)?|\d*\.\d+")
"""A number with its sign or a decimal point, "-1", "0.25", which no note's year is."""


def raised_is_power(found: re.Match) -> bool:
    """Whether the raised digits `_NOTE_MARK_RE` found after a word are its power, not a
    note's number: a unit's ("m²", "height (m)²"), after an equals sign ("E = mc²"), in
    what a formula divides by ("weight/(height²)", which was said "weight/(height)"), or in
    a term beside a sign ("ax² + bx + c = 0", VitePress' guide, said "ax + bx + c = 0"),
    or of a bracket that holds a formula of letters and signs ("(a/b)²", "(x + 1)²", from
    TeX's `\\left( \\frac{a}{b} \\right)^2`, said "(a/b)"), or one holding a number with
    its sign or a decimal point, which no note's year is (a maths worksheet's "(-1)²", said
    "(-1)"); not of one holding words ("(Smith, 2019)²"), nor a raised 1, which no power is
    written as ("(2019-20)¹")."""
    before, base = found.string[:found.start()], found.group(1)
    if base == ")":
        base = before[before.rfind("(") + 1:]
        if (_FORMULA_SIGN.search(base) and not re.search(r"[^\W\d_]{3,}", base)
                or _SIGNED_OR_DECIMAL.fullmatch(base)) and found.group(2) != "¹":
            return True
    return base in POWERED_UNITS or "=" in before or bool(_DIVIDED_BY.search(before)) \
        or bool(_OPERATOR_BEFORE.search(before)) \
        or bool(_OPERATOR_AFTER.match(found.string, found.end()))
_MORE_NUMERALS = (r"((?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)"
                  r"(?=[IVX])(?!I\b)X{0,2}(?:IX|IV|V?I{0,3})\b)*)")
"""Roman numerals listed after a first, ", III and IV", as one group."""
_ROMAN_STAGE_RE = re.compile(r"\b(?:([Tt]ype|[Ss]tage|[Gg]rade|[Cc]lass|[Pp]hase)"
                             r"|([Cc]hapter|[Pp]art|[Ss]ection|[Aa]rticle|[Vv]olume|[Bb]ook"
                             r"|[Ss]chedule|[Aa]ppendix|[Aa]nnex|[Tt]itle|World War"
                             r"|CHAPTER|PART|SECTION|ARTICLE|VOLUME|BOOK|SCHEDULE|APPENDIX"
                             r"|ANNEX|TITLE))\s+"
                             r"(X{0,2}(?:IX|IV|V?I{0,3}))\b" + _MORE_NUMERALS + r"(?!['’-])")
"""A type, stage, grade, class or phase in Roman numerals, "type II diabetes", "stage IV",
which the voice said "type roman two": given to it as "type 2"; so a law's chapter or
part, "Chapter II of the Act", and "World War II"; but "I" after those only before what
ends or names it ("Part I of", "Part I."), not the pronoun ("the book I borrowed"). The
numerals listed after the first are numbers too: "Type II, III, IV" was "Type 2, III, I
V". A law's part in capitals is one, its word said as a word: a society's bylaws, "ARTICLE
IV: Duties of Officers", were "ARTICLE I V", where "Article II" was "Article 2"."""


def _unshouted(word: str) -> str:
    """`word` with a capital only at its start if it is all in capitals ("ARTICLE"), as
    the voice says a word, not its letters."""
    return word.capitalize() if word.isupper() else word


_PRONOUN_AFTER_RE = re.compile(r"\s+(?!(?:of|and|or|to|in|on|at|for)\b)[a-z]")
_REGNAL_RE = re.compile(r"\b((?:(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Kaiser|Sultan"
                         r"|Pharaoh|Prince|Princess|Duke)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                         r"|Alexander|Alfonso|Benedict|Boniface|Catherine|Charles|Christian"
                         r"|Clement|Constantine|Edward|Elizabeth|Ferdinand|Francis|Frederick"
                         r"|George|Gregory|Gustav|Haakon|Harald|Henry|Innocent|Ivan|James|John"
                         r"|Leo|Louis|Ludwig|Mary|Napoleon|Nicholas|Olav|Paul|Peter|Philip|Pius"
                         r"|Ramesses|Richard|Robert|Sixtus|Urban|Wilhelm|William)\s+)"
                         r"(X{0,2}(?:IX|IV|V?I{0,3}))(?<=[IVX])\b(?![’'-]\w\w)" + _MORE_NUMERALS)
"""A monarch's or pope's number in Roman numerals, "Henry VIII", "Queen Elizabeth II",
"Pope John Paul II", which the voice said "Henry roman eight": "Henry the eighth"; so the
numerals listed after it ("Henry II, III and IV"). A lone
"I" only where no word follows that would make it the pronoun (`_PRONOUN_AFTER_RE`):
"Elizabeth I of England", not "the day Charles I met". Names left out of the list are
rarely numbered, or are numbered often otherwise ("Apollo XI", "Vatican II")."""


def _english_ordinal(number: int) -> str:
    from num2words import num2words

    return num2words(number, to="ordinal")
_SHORT_MONTHS = {month[:3]: month for month in MONTHS if month != "May"} | {"Sept": "September"}
_SHORT_MONTH_RE = re.compile(rf"\b({'|'.join(_SHORT_MONTHS)})(?:\.(?=\s\d))?"
                             r"(?=\s\d|\s['’]\d\d\b)"
                             rf"|(?<=\d )({'|'.join(_SHORT_MONTHS)})\b"
                             rf"|(?<=\d[snrt][tdh] )({'|'.join(_SHORT_MONTHS)})\b"
                             r"|\b(Feb|Apr|Aug|Sept?|Oct|Nov)\b(?![\w'’-])")
"""A month shortened beside its day or year, "3rd Jan", "Jan 3, 2025", "Oct '26", which the
voice said as a word ("jan", "ockt"); a sentence's stop after it stays. Those that are no
English word ("Sept", "Oct", "Nov") are months wherever they are: "from Sept" was
"sept"."""
_DAY_MONTH_NAME_YEAR_RE = re.compile(rf"(?<![\w/.-])(\d{{1,2}})-({'|'.join(_SHORT_MONTHS)}|May)"
                                     r"-(\d{4}|\d\d)(?![\w-])")
"""A date with its month shortened between hyphens, "15-Nov-09", "11-Sept-11", as a
spreadsheet writes it: a swimming club's 99 records (sweep CM, freestyle-records) were said
"fifteen nov zero nine", and each was a finding of the check's. Said "15 November 2009", a
year of two digits this century's, as `_say_date` takes one."""


def _say_day_month_name_year(match: re.Match[str], lang: str) -> str:
    """A date "15-Nov-09" (`_DAY_MONTH_NAME_YEAR_RE`) as English says it."""
    month = MONTHS.index(_SHORT_MONTHS.get(match[2], match[2])) + 1
    year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
    try:
        dt.date(year, month, int(match[1]))
    except ValueError:
        return match.group()
    return english_date(int(match[1]), month, year, day_first(lang))


_OFFICE_HOURS_RE = re.compile(r"(\b(?:[Oo]pen|[Hh]ours|[Hh]rs|[Tt]imes|[Dd]aily"
                              r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b[:,]?\s)"
                              r"([1-9]|1[0-2])-([1-9]|1[0-2])\b(?![-:.]\d)"
                              r"|\b([1-9]|1[0-2])-([1-9]|1[0-2])\b(?=\s(?:daily|weekdays|on\s"
                              r"(?:weekdays|weekends|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)"
                              r"\b))")
"""Opening hours in a hyphen, "Monday to Friday: 9-5", "(Mon-Fri, 9-5)", "open 8-6", "Hrs:
10-4", "10-2 on Saturdays": said "nine dash five", as an end below its start joined by a
hyphen is no range elsewhere (ISO 3166-1)."""
_MONTH_RANGE_RE = re.compile(rf"\b({'|'.join(_SHORT_MONTHS)}|{'|'.join(MONTHS)})\.?"
                             r"(?:\s?[–—-]\s?|\sto\s)"
                             rf"({'|'.join(_SHORT_MONTHS)}|{'|'.join(MONTHS)})\b")
"""Months in a range, "Apr–Nov" (a garden waste collection's season), "June-August": said
"April November" without its "to"; "Jan to Mar", "jan" and "mar"."""
_MONTH = rf"(?:{'|'.join(_SHORT_MONTHS)}|{'|'.join(MONTHS)})\b"
_MONTH_PAIR_RE = re.compile(rf"\b{_MONTH}(?:\.?\s?/\s?{_MONTH})+")
"""Months with a slash between them, a football club's "EPL Pub options Dec/Jan", "Nov/Dec":
each month in full, "December/January", where the voice said "Dec, Jan" and "November, Dec"
(only a month beside a day or a year, or no English word, was in full); the slash is said as
between any words."""
_DATES_RANGE_RE = re.compile(rf"\b((?:{'|'.join(MONTHS)})(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?"
                             rf"|(?:{_WEEKDAYS})\s\d{{1,2}}(?:st|nd|rd|th)?)"
                             rf"\s?[–—-]\s?(?=(?:(?:{_WEEKDAYS}),?\s)?"
                             rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s(?:{'|'.join(MONTHS)})\b"
                             rf"|(?:{'|'.join(MONTHS)})\s\d{{1,2}}(?:st|nd|rd|th)?\b))")
"""Dates in a range across two months, "28 Oct–1 Nov", "Oct 28–Nov 1": the voice said "28
October 1 November", the dash unsaid. A US date's day may be an ordinal at either end: a
library's summer page (sweep BD, darien-summer-kids line 3), "June 21st - August 14th",
"July 1st - July 31st, 2021", was said "June 21st, August 14th", the spaced hyphen a
pause. Either date may open with its weekday, and the first may have no month: school term
dates (sweep CE), "Wednesday 3rd September - Friday 24th October", were two dates with a
pause between them, and "Fri 27 – Sun 29 Sept" "Fri 27, Sunday 29 September"."""
_MONTH_YEAR_RANGE_RE = re.compile(rf"\b({_MONTH}\s\d{{4}}|(?<![\d/.,-])(?:19|20)\d\d)\s?[–—-]\s?"
                                  rf"(?=(?:\d\d?\s)?{_MONTH}\s\d{{4}}\b"
                                  r"|(?:[Pp]resent|[Cc]urrent)\b)")
"""A range of months and years, or a year to the present, as a CV writes its jobs'
dates (sweep BC, cyf-cv line 73): "Jan 2018 – Sept 2019", "Sept 2019 – present" and "2019 -
present" were said with their dash, "January 2018 September 2019", with no "to" between."""
_COUNTED_RANGE_RE = re.compile(r"(?<![\w.-])(\d+)-(\d+)-(?=(?:minute|hour|day|week|month|year|"
                               r"mile|metre|page|step|session|part)s?\b)")
"""A range before what it counts, "2-3-hour shifts", "1-2-day course": "two dash three-hour"."""
US_STATES = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas",
             "CA": "California", "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware",
             "DC": "D C", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
             "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
             "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
             "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
             "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
             "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
             "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
             "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
             "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
             "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
             "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico"}
_STATE_ZIP_RE = re.compile(rf",\s({'|'.join(US_STATES)})\s(\d{{5}}(?:-\d{{4}})?)\b")
"""An American address's state and ZIP code after its town, "La Jolla, CA 92037": the
voice said "kah, ninety-two thousand thirty-seven"; "California 92037", whose ZIP code
`numbers.say_numbers` says digit by digit."""
STATES_ALSO_WORDS = frozenset({"OK", "OR", "IN", "ME", "HI", "OH", "ID"})
"""States' codes that are words too ("OK", "OR", "HI"), which a town before them does not
make a state."""
_IN_TOWN_STATE_RE = re.compile(rf"(?<=\bin )((?:[A-Z][a-z]+ ){{0,2}}[A-Z][a-z]+), "
                               rf"({'|'.join(set(US_STATES) - STATES_ALSO_WORDS)})(?=[,.;:)]|$)")
"""A state after a town with no ZIP code, "in Juneau, AK, has issued" (a weather service's
storm warning, sweep CX, 06-nws-alerts: "ak"), said in full. Only after "in": "Smith, MD,"
and "Jones, PA," are a doctor and a physician assistant; and not a state whose code is a
word written in capitals too, "See you in Leeds, OK." (`STATES_ALSO_WORDS`)."""
_SPACED_HYPHEN_RE = re.compile(r"(?<=[^\W\d_]\w) - (?=[^\W_])(?!(?<=\d(?:st|nd|rd|th) - )\d)"
                               r"|(?:(?<=[^\W\d_] \d)|(?<=[^\W\d_] \d\d)) - (?=[^\W\d_])")
"""A hyphen typed as a dash between words, "moderate - severe pain - give them water",
"29th of November - 2pm", which the voice ran on through: a comma's pause, as a spaced
en dash has. So after a word's number of one or two digits before a word: a fire plan's
headings (sweep AS, dd-fire), "Phase 5 - Fire Assembly Point Location Plan", were said
"phase five fire assembly point", where "Phase 5 Second Floor - Fire Escape" paused. A
hyphen between numbers, "5 - 6", is a range or a minus still, and so is one between
ordinals, a half-term's "16th - 20th February" (sweep CE), said "16th, 20th February"."""
_UNIT_SYMBOLS = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
_UNIT_PRODUCT_RE = re.compile(rf"(?:(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹] ))({_UNIT_SYMBOLS})"
                              rf" ?[·⋅] ?(?=(?:{_UNIT_SYMBOLS}|s)(?:{_POWER})?(?![\w'’]))")
"""A unit that is a product, its parts joined by a middle dot after a number, `J \\cdot s`,
`m \\cdot s^{-1}` as sweep CP's physical constants write them: the dot was a pause between
words (`_SEPARATOR_RE`), "J, s", "metres, s to the power of minus 1". Joined by a space, as
"m s⁻¹", it is one unit (`UNITS`), "joule seconds", "metres per second"."""
_PER_POWER_RE = re.compile(rf"(?<![\w.])({_UNIT_SYMBOLS})(?: ?[·⋅] ?| )(?:(m)⁻([²³])"
                           r"|(kg|mol|L|h|min)⁻¹)(?![\w⁰¹²³⁴⁵⁶⁷⁸⁹])")
"""A unit over another written with its negative power, "kg·m⁻³", "kg m⁻³", "J mol⁻¹" (a
density's unit in sweep CP's physics notes, which was said "kilograms·m to the power of
minus 3", the dot silent): written with a slash, "kg/m³", it is "kilograms per cubic
metre" (`PER`)."""
_SPACED_UNIT_RANGE_RE = re.compile(rf"(?<![\w.])({_NUMBER})(\s?)({_UNIT_SYMBOLS}) - "
                                   rf"({_NUMBER})(\s?)({_UNIT_SYMBOLS})(?![\w'’])")
"""Two amounts with their units and a spaced hyphen between them, a range, "1350ppm -
1500ppm": a dental page's fluoride was said "1350ppm, 1500ppm", the hyphen a pause between
words (`_SPACED_HYPHEN_RE`). As "1350-1500ppm", "1350 to 1500 parts per million", as
"5-10%" is; "500mg - 1g" as "500mg-1g", "500 milligrams to 1 gram" (`_spaced_unit_range`).
A spaced en dash, "2.5 mL – 5 mL", is a range already."""


def _spaced_unit_range(found: re.Match[str]) -> str:
    """A range of amounts (`_SPACED_UNIT_RANGE_RE`) with its hyphen unspaced, and its unit
    once where both have the same."""
    first, space, unit, second, second_space, second_unit = found.groups()
    if unit == second_unit:
        return f"{first}-{second}{space}{unit}"
    return f"{first}{space}{unit}-{second}{second_space}{second_unit}"
_INCHES_RE = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?|{_VULGAR})(?:[\"″](?=\s[a-z])|in(?![\w'’]))")
"""A size in inches written with its mark, "a 2" diameter", "3" long" (a parish council's
notice): the voice said nothing for the mark. Not a quotation's closing mark ("take 2"").
Or with "in" glued to it, as a pancake "about 1cm (½in) thick" (sweep CI, camp-menu line
45), said "a half in": apart from its number, "in" may be the word."""
_PAIR_AMOUNT = rf"(?:\d+(?:[.,]\d+)?(?:\s?{_VULGAR})?|{_VULGAR})"
_TWO_SYSTEMS = (("mg|g|kg|grams?|kilograms?|kilos?", "oz|lbs?|ounces?|pounds?"),
                ("ml|mL|cl|l|L|millilitres?|litres?",
                 r"fl\.?\s?oz|pints?|quarts?|cups?|tbsp|tsp"),
                ("mm|cm|m|millimetres?|centimetres?|metres?", "in|inch(?:es)?|ft|feet"),
                (r"°\s?C|C", r"°\s?F|F"), ("kJ", "kcal"))
_IMPERIAL_SHORT_RE = re.compile(rf"({_PAIR_AMOUNT})\s?(in|fl\.?\s?oz)$")
"""Of a pair's imperial units, those the units' table has not, "8in", "4fl oz", which are
said only in a pair: a lone "in" after a number may be the word."""
_METRIC_IMPERIAL_RE = re.compile("|".join(
    rf"(?<![\w.$£€])({_PAIR_AMOUNT}\s?(?:{first}))\s?/\s?"
    rf"({_PAIR_AMOUNT}\s?(?:{second})(?:\s{_PAIR_AMOUNT}\s?(?:{second}))?)(?![\w/])"
    for metric, imperial in _TWO_SYSTEMS
    for first, second in ((metric, imperial), (imperial, metric))))
"""One amount in two systems, metric and imperial, with a slash between them, as British
recipes give each: "175g/6oz butter", "1.5kg/3lb 5oz chicken", "300ml/½ pint", "20cm/8in",
"180°C/350°F" (sweep AW, the tester's repros of BBC and nyum recipes), and energy, as a UK
label gives it, "1046kJ/250kcal" (sweep CI: "kay jay slash two hundred fifty"). "175 grams, or 6
ounces, butter": the slash was "and" (`_PER_AMOUNT_RE`, two strengths of one tablet) or
said, and the quantity sounded doubled. A mass, a volume, a length or a temperature each
way round; two amounts of one system, "875mg/125mg", stay two."""


def _metric_imperial(match: re.Match[str]) -> str:
    """`_METRIC_IMPERIAL_RE`'s two amounts with "or" between them, a comma after the second
    before the thing measured, and an inch or a fluid ounce in words."""
    def in_words(short: re.Match[str]) -> str:
        forms = ("inch", "inches") if short[2] == "in" else ("fluid ounce", "fluid ounces")
        return f"{short[1]} {forms[0 if short[1] == '1' or short[1] in _VULGAR else 1]}"

    first, second = (_IMPERIAL_SHORT_RE.sub(in_words, amount)
                     for amount in filter(None, match.groups()))
    after = "," if re.match(r"\s+[^\W\d_]", match.string[match.end():]) else ""
    return f"{first}, or {second}{after}"


_MEASURED_AS = frozenset("long wide high tall deep thick across apart in of".split())
"""The words after a size that make it "inches" ("3 inches long"); before a noun it is
"inch" ("a 2 inch pipe")."""


def _say_inches(match: re.Match[str]) -> str:
    """A size with its inch mark (`_INCHES_RE`) in words, unless the mark closes a quote."""
    if _in_quotes(match.string[:match.start() + 1]):  # with its first digit: Exhibit "1"
        return match.group()
    after = (match.string[match.end():].split() or [""])[0].rstrip(",.;:")
    before_noun = re.match(r"\s[a-z]", match.string[match.end():])
    plural = after in _MEASURED_AS if before_noun else match.group(1) not in ("1", *"½¼¾⅓⅔")
    return f"{match.group(1)} inch" + ("es" if plural else "")


_FEET_RE = re.compile(r"(?<![\w.'‘’])(\d+(?:\.\d+)?)['′](?=\s[a-z])")
"""A length in feet written with its mark alone before a word, "at 3' spacing", "rose 2' in
an hour": a sowing table (sweep CX, 12-garden-sowing) was "three spacing" and a flood's
rise "rose two in an hour", the mark silent where "5'10"" was "5 feet 10 inches". Not a
quotation's closing mark ('take 2' now)."""


def _say_feet(match: re.Match[str]) -> str:
    """A length with its foot mark (`_FEET_RE`) in words, "foot" before a noun as an inch
    is (`_say_inches`), unless the mark closes a quote."""
    if _in_single_quotes(match.string[:match.start()]):
        return match.group()
    after = match.string[match.end():].split()[0].rstrip(",.;:")
    return f"{match.group(1)} {'feet' if after in _MEASURED_AS else 'foot'}"


def _in_quotes(text: str) -> bool:
    """Whether `text` ends inside straight quotes: more of them open (after a space) than
    close (after a letter or a stop; one after a digit may be an inch mark)."""
    return len(re.findall(r'(?:^|[\s(\[])"(?=\S)', text)) > len(re.findall(r'(?<=[^\s\d])"', text))


_SINGLE_QUOTE_OPENS_RE = re.compile(r"(?:^|[\s(\[])['‘](?=\S)")
_SINGLE_QUOTE_CLOSES_RE = re.compile(r"(?<=[^\s\d])['’](?![^\W\d_])")


def _in_single_quotes(text: str) -> bool:
    """Whether `text` ends inside single quotes, as `_in_quotes` tells of double ones; an
    apostrophe within a word ("don't") closes none (`_say_feet`)."""
    return len(_SINGLE_QUOTE_OPENS_RE.findall(text)) > len(_SINGLE_QUOTE_CLOSES_RE.findall(text))


_ESTIMATED_RE = re.compile(r"\b(E)st\.(?=\s[A-Z][a-z])|\b(e)st\.(?=\s[a-z])")
""""Est." before a word, estimated, as a budget's table heads its columns, "Est. Cost/Night"
(sweep BS, japan-budget lines 9, 37): it was said "est", and its stop ended a sentence
before a capital ("est" in `SENTENCE_ABBREVIATIONS` now). Not before a year, "Est. 1892",
established, which stays as written."""
_COST_PER_RE = re.compile(r"\b((?i:cost|price|rate|fee|spend)s?)\s?/\s?"
                          r"(?=(?i:night|day|week|month|year|person|head)\b)")
"""A cost and what it is for with a slash between, "Est. Cost/Night" (sweep BS, japan-budget
line 9): "per", where the slash between two words was a pause, "Cost, Night"."""
_SEVEN_DAYS_RE = re.compile(r"\b([Oo]pen|OPEN)\s+7/7(?![\w/]|[.,]\d)")
"""Open every day of the week, as France writes it, "Open 7/7" (sweep BS, menton-restaurants
line 30): "7 days a week", where it was "Open 7 7"; "7/7" alone may be a date."""
_TRAILING_ARROW_RE = re.compile(r"\s*(?:→|⇒|-{1,2}>)(?=\s*(?:[.,;:!?)]\s*)?$)")
_QUARTER_RANGE_RE = re.compile(r"\b(Q[1-4])\s?[–—-]\s?(Q[1-4])\b")
"""A range of a year's quarters, "Q1–Q3 2025": the voice said "Q1 Q3"."""
_SHORT_DAY_RE = re.compile(rf"\b({'|'.join(_DAYS)})\b\.?(?=,?\s(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
                           rf"(?:$|[,;:)]|\.(?!\d)|\s(?:&|and)\s(?:{'|'.join(_DAYS)})\b"
                           rf"|\s(?:of\s)?(?:{'|'.join(MONTHS)}"
                           rf"|{'|'.join(_SHORT_MONTHS)})\b)"
                           rf"|,?\s(?:{'|'.join(MONTHS)}|{'|'.join(_SHORT_MONTHS)})\.?\s\d"
                           r"|,?\s\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{2,4}\b"
                           r"|,?\s\d{1,2}/\d{1,2}(?![\d/]|[.,]\d)"
                           r"|:?\s+(?:[Cc]losed|CLOSED|[Oo]pen|OPEN)\b|:\s*\d"
                           rf"|\s(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s?[–—-]\s?(?:{_WEEKDAYS}"
                           rf"|{'|'.join(_DAYS)})\b"
                           r"|\s+\d{1,2}(?:[:.]\d\d)?\s?"
                           r"(?:[AaPp]\.?[Mm]\b|o'clock\b|[–-]\s?\d|to\s\d|noon\b|midday\b)"
                           r"|\s+(?:[Nn]oon|[Mm]idday)\b|\s+\d{1,2}:\d\d\b)")
"""A weekday shortened before its date or its hours, "Tue 3rd Jan", "Tue 12/01/2027", "Wed
12.", "Sat 9am to 1pm", "Sat 12 noon", "Sun: closed", a practice's "Wed: Closed": "too",
"sat", "sun" and "wed" were said; not "Sun 30 SPF". Before a time on the 24-hour clock
too, "Sat 12:00–14:00" (sweep BS, menton-restaurants line 78), said "Sat noon to 2 PM".
Before "Noon" with its capital, a swim club's "Sun Noon – 1:00 pm" (sweep CE), said "sun
noon"; and before a day and a dash to another day, "Fri 27 – Sun 29 Sept" (sweep CE)."""
_YEAR_PAIR_RE = re.compile(r"(?<![\d/])((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\d/])")
"""A financial or school year, "2024/25", "2024/2025", which the voice said as two
numbers, "2024 25"."""


_YEAR_PAIR_RANGE_RE = re.compile(r"(?<![\d/])((?:19|20)\d\d)/((?:19|20)?\d\d)"
                                 r"\s?(?:[–—-]|to|à|a|al|bis|tot)\s?"
                                 r"((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\d/])")
"""A range of school or financial years, "2013/14 - 2022/23", which as two ranges joined by a
third was "2013 to 14 to 2022 to 23" (sweep BK): each year said as its two numbers, "2013
14", and the range between them (`_year_pair_range`)."""


def _consecutive(first: str, second: str) -> bool:
    """Whether year `second` ("25", "2025") follows year `first` ("2024")."""
    return int(second) % 100 == (int(first) + 1) % 100


def _year_pair_range(match: re.Match[str], joiner: str = "–") -> str:
    """`_YEAR_PAIR_RANGE_RE`'s two school or financial years, joined by `joiner`."""
    first, second = match.group(1, 2), match.group(3, 4)
    if not (_consecutive(*first) and _consecutive(*second)):
        return match.group()
    return f"{' '.join(first)}{joiner}{' '.join(second)}"


def _year_range(pair: re.Match[str], joiner: str = "–") -> str:
    """A school or financial year (`_YEAR_PAIR_RE`) as a range, its years joined by
    `joiner`: English's " to ", and outside English a dash, which each language says with
    its "to" ("à", "bis", "a", "da … a", "tot"): Word files in French, German and Spanish
    (sweep CB) gave a session "2026/2027" and a school year "2024/25", said "deux mille
    vingt-six/deux mille vingt-sept" (the slash left to the voice) and "2024 Strich 25".
    Only consecutive years; "2020/2024" stays as written."""
    first, second = pair.group(1, 2)
    if not _consecutive(first, second):
        return pair.group()
    return f"{first}{joiner}{second}"
_PACE_RE = re.compile(r"(?<![\w:.,])(?:\b([Ss]ub|[Uu]nder)[-\s]?)?(\d{1,2}):([0-5]\d)"
                      r"(?:\s?[–—-]\s?(\d{1,2}):([0-5]\d))?"
                      r"\s?(?:min(?:s|utes?)?\.?\s?)?(?:/\s?|\sper\s)(mi|miles?|km|kilometres?)\b")
"""A runner's pace, minutes and seconds to a mile or a kilometre, "(10:30-11:00 min/mi)",
"sub-10:00 min/mi", "Run at 6:30/km": "10 minutes 30 to 11 minutes per mile", "under 10
minutes per mile", where a couch-to-5K plan's were said "10:30 to 11 o'clock min, mi" and
"6:30/km". After a pace's "min/", "/km" or "/mi", "m:ss" is never a clock's time."""
PACE_DISTANCES = {"mi": "mile", "mile": "mile", "miles": "mile", "km": "kilometre",
                  "kilometre": "kilometre", "kilometres": "kilometre"}


def _say_pace(match: re.Match[str]) -> str:
    """A pace (`_PACE_RE`) in words: "6 minutes 30 per kilometre"."""
    paces = [f"{minutes} {_count(UNITS['min'], minutes, 'en')}"
             + (f" {int(seconds)}" if seconds != "00" else "")
             for minutes, seconds in (match.group(2, 3), match.group(4, 5)) if minutes]
    under = ("Under " if match[1][0].isupper() else "under ") if match[1] else ""
    return f"{under}{' to '.join(paces)} per {PACE_DISTANCES[match[6]]}"


_RACE_TIME_RE = re.compile(r"(?<![\w:.,])(?:(\d{1,2}):(?=\d\d:))?(\d{1,3}):([0-5]\d)"
                           r"(?![\d:]|[.,]\d|\s?[AaPp]\.?[Mm]\b)")
"""A finishing time in minutes and seconds, "20:53", where what comes before says it is one
(`_RACE_TIME_BEFORE_RE`, `_RESULTS_ROW_RE`): an orienteering club's results table (sweep CM,
results-friday) had the winner's "20:53" said "8:53 PM" and fourth place's "28:10" as
written, and a parkrun post's "My time was 23:15" "11:15 PM". Said "20 minutes 53 seconds".
With nothing around it to say so, "20:53" stays a time of day ("doors open 19:00")."""
_RACE_TIME_BEFORE_RE = re.compile(
    r"(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur|[Tt]he\swinning)\s(?:(?:finish(?:ing)?"
    r"|chip|gun|net|race|parkrun|best|PB|winning)\s)?time\s(?:was|of|is)"
    r"|\b(?:[Ff]inish(?:ed|ing)|[Rr]an|[Ss]wam|[Cc]ompleted|[Cc]locked)\s(?:[\w-]+\s){0,3}?in"
    r"(?:\sa\stime\sof)?|\bin\sa\stime\sof|\b(?:MSP|DSQ|DNF|OVT)"
    r"|(?i:\b(?:finish(?:ing)?|chip|gun|net|race|swim|run)\stime:))\s$")
"""What before a time makes it a race's: "my time was", "finished the 5k in", "in a time of",
a result's code ("MSP 14:07", a mispunch, was "MSP 2:07 PM"), a "Chip time:" label."""
_RESULTS_ROW_RE = re.compile(r"(?i)\b(?:pos|position|place|rank)\.?:\s.*\btime:\s$")
"""A table's row with a place in the race in it, then its "Time" column: a results table's.
A timetable's "Time" column, with no place, keeps its times of day."""
_RACE_HOURS_BEFORE_RE = re.compile(
    r"(?:(?i:\b(?:finish(?:ing)?|chip|gun|net|race)\stime)"
    r"|(?<![\w.])[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*)\s$")
"""What before a time in hours, minutes and seconds makes it a race's, where it would not
make minutes and seconds one: a time's label with no colon, "Chip time 1:45:12", or a
runner's initial and name, "J. Smith 2:17:53". A half marathon's results (sweep CM) gave
"Results: 1. J. Smith 2:17:53, 2. A. Jones 2:19:01." and "Chip time 1:45:12", which were
said as written, the voice's "two seventeen fifty-three"; a clock's "at 10:30:00" stays."""
_RESULTS_WORD_RE = re.compile(r"\b(?:[Rr]esults?|RESULTS?|[Ss]tandings)\b")
"""A word that heads a race's results, after which a time in hours, minutes and seconds is
a finishing time (`_RACE_HOURS_BEFORE_RE`); but not one just after a word of the clock,
"Results will be posted at 17:00:00" (`_CLOCK_WORD_BEFORE_RE`)."""
_CLOCK_WORD_BEFORE_RE = re.compile(r"(?i:\b(?:at|by|from|until|till|to|before|after|between"
                                   r"|and|around|about|posted|open(?:s|ed)?|close[sd]?))\s$"
                                   r"|[-–—]\s?$")
_EARLIER_HOURS_RE = re.compile(r"(?<![\w:.,])\d{1,2}:\d\d:[0-5]\d(?=[,;]\s[^:]*$)")
"""A time in hours, minutes and seconds earlier in the sentence, with a comma or semicolon
after it and no other time before this one: a finishing time makes the next one such."""


_SWIM_TIME_RE = re.compile(r"(?<![\w:.,])(\d{1,2})\.([0-5]\d)\.(\d{1,2})(?!\d|[.,]\d)")
"""A swimmer's time, minutes, seconds and hundredths parted with stops, "2.01.00", "9.16.14"
(and tenths, an open-water swim's "29.44.6"), after a "Time" column's name or a race's
words: a swimming club's records (sweep CM, freestyle-records) were read "two. zero one
point zero zero", the time cut into two sentences, and "Her open water time was 31.36.0".
Anywhere else it may be a date ("15.11.09") or a section's number, and stays as written."""
_TIME_LABEL_RE = re.compile(r"(?i:\btime)(?::|\s(?:was|of|is))\s$")
_HOURS_MINUTES_SECONDS_RE = re.compile(r"(?<![\w.,])(\d{1,2})\s?h\s?([0-5]?\d)['’′]\s?"
                                       r"([0-5]?\d(?:\.\d+)?)[\"”″]")
"""A time in hours, minutes (') and seconds ("), "2h 05' 30"": it was "2 hours 05' 30"",
read "two hours zero five thirty". Only after hours, as "5' 10"" alone is a height."""


def _race_time(hours: str | None, minutes: str, seconds: str) -> str:
    """A race's time in words, "2 hours 17 minutes 53 seconds", "45 seconds", "1.00 seconds"."""
    seconds = seconds.lstrip("0") if not seconds.startswith("0.") else seconds
    seconds = "0" + seconds if seconds[:1] in (".", "") else seconds
    return " ".join(f"{number} {_count(UNITS[unit], number, 'en')}" for number, unit in (
        (str(int(hours or 0)), "hr"), (str(int(minutes)), "min"), (seconds, "sec"))
                    if float(number) or unit == "sec" and not (int(hours or 0) or int(minutes)))


def _is_race_time(text: str, start: int, hours: bool) -> bool:
    """Whether what comes before `start` in `text` says the time there is a race's
    (`_RACE_TIME_BEFORE_RE`, `_RESULTS_ROW_RE`); one in hours, minutes and seconds too after
    a label, a runner's name, a results word or another finishing time in hours
    (`_RACE_HOURS_BEFORE_RE`)."""
    before = text[max(0, start - 200):start]
    if _RACE_TIME_BEFORE_RE.search(before[-40:]) or _RESULTS_ROW_RE.search(before):
        return True
    if not hours or _CLOCK_WORD_BEFORE_RE.search(before[-20:]):
        return False
    earlier = _EARLIER_HOURS_RE.search(before)
    return bool(_RACE_HOURS_BEFORE_RE.search(before[-40:]) or _RESULTS_WORD_RE.search(before)
                or earlier and _is_race_time(text, start - len(before) + earlier.start(), True))


def _say_race_time(match: re.Match[str]) -> str:
    """A finishing time (`_RACE_TIME_RE`, `_SWIM_TIME_RE`) in words, where what comes before
    says it is one; a swimmer's, with stops, after a "Time" column's name too."""
    if not (_is_race_time(match.string, match.start(), match.re is _RACE_TIME_RE and
                          bool(match.group(1)))
            or match.re is _SWIM_TIME_RE and _TIME_LABEL_RE.search(
                match.string, max(0, match.start() - 200), match.start())):
        return match.group()
    return _race_time(*match.group(1, 2, 3)) if match.re is _RACE_TIME_RE \
        else _race_time(None, match[1], f"{match[2]}.{match[3]}")


_ENGLISH_CLOCK_RANGE_RE = re.compile(r"(?<![\w:.,])(\d{1,2}:[0-5]\d)\s?[–—-]\s?(?=\d{1,2}:[0-5]\d)")
"""Two times on the clock, "10:00-12:00", said "10 o'clock 12 o'clock" with no "to"."""
_PAGE_RE = re.compile(r"(?<![\w.])(pp?)(?:\.\s?(?=\d)(?!\d+[.,]\d)|(?=\d+[-–]\d+\b))")
"""A page or pages before their number, "see p.4", "pp. 33-35", or a range of them with no
stop, "pp35-58", "p15-36" (a reading list's): said "p point four" and "P P thirty-five dash
fifty-eight"; not a label "p." before a decimal, which no page is (a maths worksheet's "p.
0.95 × 10³"), nor a protein, "p53"."""
_PAGES_AFTER_RE = re.compile(r"(?<![\d.,£$€¥￥])(\d+)\s?pp\b(?:\.(?=[),;:]))?(?=[\s.),;:]|$)")
"""A count of pages after it, a reading list's "(77 pp)": said "seventy-seven P P"; not
after an amount, "£5 pp", which is per person, nor after a range of prices with the sign
once (`_PRICE_AFTER_RANGE_RE`)."""
_POINTS_AFTER_RE = re.compile(r"(?<![\w.,])([-−+]?\d+(?:\.\d+)?)\s?(pp|bps?)\b(?!\.\w)")
"""A change in percentage points or basis points, an annual report's "fell -0.5pp to 4.1%"
and "rose 25bps" (sweep CQ, D10): said "minus zero point five P P", "twenty-five B P S".
Each is points only with a sign, a decimal or a percentage near it (`_say_points`); else
"pp" is pages, a "24pp booklet" (`_PAGES_AFTER_RE`), and "bps" bits per second."""
_TREND_ARROW_RE = re.compile(r"[↑↓⬆⬇▲▼]\ufe0f?\s?(?=[-−+]?[£$€]?\d)")
"""An arrow before a change, a report's "Donations ↑12% on last year; costs ↓3%" (sweep CQ,
D10): said "up arrow 12 percent"; a person says "up 12 percent"."""
_TEMPERATURE_BOUND_RE = re.compile(r"\b(?:([Mm]ax)|([Mm]in))(?:imum)?\.?(?=\s?(?:[~≈]\s?)?[-−]?\d"
                                   r"[\d.]*\s?°)|(?<=°[CF])\s?/\s?(?=[Mm](?:ax|in)\b)")
"""A most and a least before a temperature, and the slash between them: a travel guide
written by an assistant (sweep BS, jersey-practical line 9) gives the sea's "Max ~15°C / min
~9°C", which was "Max about 15 degrees Celsius per minute about 9 degrees Celsius", the
slash before "min" taken for a rate's. They are "maximum" and "minimum", and the slash a
pause."""


_SIGNED_OR_DECIMAL_RE = re.compile(r"[-−+]|\d+\.")
_PERCENTAGE_RE = re.compile(r"%|\bper ?cent|\b(?:[Ii]nterest|[Rr]ates?|[Yy]ields?|[Ss]preads?"
                            r"|[Mm]argins?|[Bb]asis)\b")
"""What says a "pp" or a "bps" is points (`_say_points`) where no sign or decimal does: a
percentage, or a rate of interest, in its sentence."""
_BIT_RATE_RE = re.compile(r"\b(?:[Bb]aud|bits?|[Mm]odems?|[Ss]erial)\b")
"""What says a "bps" is bits per second, "a baud rate of 9600 bps", which the voice spells."""
_THING_AFTER_RE = re.compile(r"\s(?!(?:to|in|on|from|and|or|but|since|over|above|below|than"
                             r"|higher|lower|more|less|this|last|a|the|year|compared)\b)"
                             r"[a-z]{2,}")
"""A word after a count of pages that it describes, "a 24pp booklet": no change in points,
and the count is said as one word with it, "a 24-page booklet", not "a 24 pages booklet"."""


def _say_points(found: re.Match[str]) -> str:
    """Percentage points or basis points after their number (`_POINTS_AFTER_RE`), where a
    sign or a decimal, or a percentage in its sentence, says it is a change in points, and
    no bit rate or thing counted in pages does."""
    number, unit = found.groups()
    sentence = next(found.string[start:end] for start, end in sentence_spans(found.string)
                    if start <= found.start() < end)
    if _BIT_RATE_RE.search(sentence) or _THING_AFTER_RE.match(found.string, found.end()) or not (
            _SIGNED_OR_DECIMAL_RE.match(number) or _PERCENTAGE_RE.search(sentence)):
        return found[0]
    name = "basis point" if unit.startswith("b") else "percentage point"
    return f"{number} {name}{'' if number == '1' else 's'}"


def _say_temperature_bound(found: re.Match[str]) -> str:
    """"maximum" or "minimum" for a bound before a temperature (`_TEMPERATURE_BOUND_RE`),
    its capital kept, and a pause for the slash between two."""
    if not found[1] and not found[2]:
        return ", "
    return found[0][0] + ("aximum" if found[1] else "inimum")


_RATING_STAR_RE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?[★☆](?:(\s[A-Z][a-z]+)"
                             r"|[\s-](?=([a-z]+)\b))?")
"""A rating in stars after its number, as a guide written by an assistant gives it (sweep BS,
menton-restaurants lines 35, 39, 75, japan-budget line 104): "4.5★ (1,640)", "4.6–4.7★" and
"1★ Michelin" were "4.5 (1,640)", "4.6 to 4.7" and "1 Michelin", the star taken out as a
page's decoration. Said "4.5 stars", "1 Michelin star" with the name that gives them, and
"a 3-star hotel" before a noun (`_say_rating_star`)."""


def _say_rating_star(found: re.Match[str]) -> str:
    """The rating `found` (`_RATING_STAR_RE`) with its stars named."""
    number, giver, noun = found.groups()
    stars = "star" if number == "1" else "stars"
    if giver:
        return f"{number}{giver} {stars}"
    if noun and noun not in NOT_A_NOUN | {"from", "on", "out", "rating", "rated"}:
        return f"{number}-star "
    return f"{number} {stars}" + (found[0][-1] if found[0][-1] in " -" else "")


_PRICE_AFTER_RANGE_RE = re.compile(r"[£$€¥￥]\d[\d,.]*\s?[-–]\s?$")
"""The start of a range of prices before the number a "pp" follows: a restaurant guide
written by an assistant (sweep BS, menton-restaurants lines 39, 61, 77) prices a meal
"£9–17pp" and "~£52–65pp", which were "9 pounds to 17 pounds pages"."""
_CHAPTER_RE = re.compile(r"(?<=\b(?:1[6-9]|20)\d\d \()c\.\s?(?=\d{1,4}\))"
                         r"|\b([Cc])h(?:ap)?\b\.?\s?(?=\d)")
"""The chapter of a UK Act after its year, "the Births and Deaths Registration Act 1953
(c.20)" (the ONS data access agreement), which the voice said "c dot twenty", or of a book,
"Ch 2", "ch. 3" (a reading list's), said "C H two", and a tenants' handbook's "(See Chap.
4)" (sweep CL), said "chap four"."""
_EDITION_RE = re.compile(r"(?<=\dst |\dnd |\drd |\dth )[Ee]dn?(?:\.(?=[),;:]))?(?![\w])")
"""A book's edition after its ordinal, "(1st ed)", "(2nd ed.)", "2nd edn" (a reading
list's): said "first Ed" and "second eden"."""
_GRADE_MINUS_RE = re.compile(r"(?<![\w-])([A-D])-(?=[\s,.;:)]|$)")
"""A grade with its minus, "A-", "B-", a syllabus's grading scale ("| A- | 90–92% |"):
the voice dropped the sign and said "A", where it says "B+" "B plus"."""
_ROOM_RE = re.compile(r"\bRm\.?\s?(?=\d)")
"""A room's number, "in Rm 3, 1st floor": the voice said "R M three"."""
_YEAR_GROUP_RE = re.compile(r"\bYr\.?\s?(?=\d|R\b)")
"""A school year, "Yr 1-11 pupils", as a school nurse's letter writes it: "Year 1 to 11"; and
Reception, "Yr R and Yr 1 get free school meals" (sweep DA), whose "Yr R" was "er ar"."""
_YEAR_GROUPS_RE = re.compile(r"\b(Years?\s?|Yr\.?\s?|Y)([1-9]|1[0-3])\s?([-–/])\s?"
                             r"(?:Years?\s?|Yr\.?\s?|Y)?([1-9]|1[0-3])\b(?![/.,]\d)")
"""Two school years with a slash, a school newsletter's "Year 10/11 mock exams", "Years 7/8"
and "Y10/11" (sweep DA), which were said "year ten eleven" and "why ten slash eleven": "Years
10 and 11", as a teacher reads them; and a range of them with "Y", "Y3-Y6", "why three why
six", "Year 3 to 6" as "Yr 1-11" is. A pair whose second is not the higher stays as written
("Year 6 - 2 pupils")."""
_Y_YEAR_GROUP_RE = re.compile(r"\bY(?=(?:[1-9]|1[0-3])\b(?![/.,]\d))")
"""A school year written "Y2", "Reception to Y2" (sweep DA): "why two", where it is "Year 2"."""
_PRIMARY_YEARS_RE = re.compile(r"\b(P[1-7])\s?[-–]\s?(?=P?[1-7]\b(?![/.,]\d))")
"""Scottish primary years in a range, "P1-P3 go home at 3pm and P4-7 at 3.15pm" (sweep DA),
which were said "P one P three" and "P four dash seven": "P1 to P3", "P4 to 7"."""


def _say_year_groups(match: re.Match[str]) -> str:
    """Two school years (`_YEAR_GROUPS_RE`), "Years 10 and 11", "Year 3 to 6"."""
    label, first, mark, second = match.groups()
    if int(second) <= int(first):
        return match.group()
    if mark == "/":
        return f"Years {first} and {second}"
    return f"{'Years' if label.startswith('Years') else 'Year'} {first} to {second}"


_BETWEEN_TO_RE = re.compile(r"\b([Bb]etween (?:\S*\d\S*(?: [AP]M)?|[A-Z][a-z]+day)) to "
                            r"(?=\S*\d|[A-Z][a-z]+day\b)")
"""A range after "between", written with a dash, "between 2pm-4pm": "between 2pm and 4pm",
not "between 2pm to 4pm"; between numbers or days only ("between meals to reduce upset"
was "between meals and reduce upset")."""
_FEET_INCHES_RE = re.compile(r"(?<![\w.])(\d)\s?(?:['′]|ft)\s?(\d{1,2})\s?(?:\"|''|″|in\b)")
"""A height in feet and inches, 5'10\", "5ft 7in" (said "5 feet 7in")."""
_DURATION_RE = re.compile(r"(?<![\w.,])(?:(\d+)h\s?)?(?:(\d+)m\s?)?(\d+)s\b"
                          r"|(?<![\w.,])(\d+)h\s?(\d+)\s?m\b")
"""A duration in hours, minutes and seconds as a video's or a timer's caption writes it,
"3m 25s", "1h 5m": the voice said "3 metres 25s". Seconds alone ("30s") are left to
`_SECONDS_RE`, as they may be an age or a decade. Minutes after hours may have a space
before their "m", as a Kent Ramblers walk gives its time, "3.8 Miles (1h 40 m)", which was
"1 hour 40 metres" (sweep CJ)."""
_MINUTES_RE = re.compile(r"(?<![\w.,-])(?:(\d+)\s?[–—-]\s?)?(\d+)m\b(?![²³'’])")
"""Minutes written "m" after words that name a time, a recipe's "a bake time of 45m", "Prep
15m" (and a range, "Bake 10-15m"): the voice said "45 metres". Only where
`_TIME_NAMED_BEFORE_RE` finds such a word in the clause before it, as "a 45m walk" is
metres."""
_DISTANCE_VERB_RE = re.compile(r"\b(?:run|walk|swim|cycle|ride|drive|travel|jump|fall|climb"
                               r"|sprint|race|move)(?:s|ed)?\s(?:a\s|the\s)?$", re.I)
"""A verb that goes a distance straight before a number's "m", which makes it metres for
all a time named before it: a physics question (sweep BJ, speed-accel line 108), "How long
does he take to run $100m$?", was "100 minutes"."""
_TIME_NAMED_BEFORE_RE = re.compile(
    r"\b(?:prep|preparation|cook|cooking|bake|baking|rest|resting|chill|chilling|simmer"
    r"|simmering|boil|roast|proof|prove|marinate|soak|time|times|total|ready in|wait|waiting"
    r"|takes?|took|duration)\b[^\d.,;!?]{0,20}$", re.I)
_SECONDS_RE = re.compile(r"(?<![\w.,'’-])(?:(\d{1,3})\s?[–—-]\s?)?(\d{1,3})s\b(?!['’])")
"""Seconds written "s" (and a range of them, "60-90s"), where the word before says they
are (`_SECONDS_NAMED_BEFORE_RE`): a stroke rehab sheet's "(hold 5s)" and a workout's "Rest
60-90s between sets" were "hold five z" and "sixty dash ninety z". A count's step, "Count
to 20 by 2s", is "by twos" (`COUNTING_STEPS`). Else a decade or an age, "in their 60s"."""
_SECONDS_NAMED_BEFORE_RE = re.compile(
    r"(?:\b(?:hold|held|holding|rest|resting|wait|waiting|pause|pausing|stretch|relax|repeat"
    r"|every|for|took|takes?|taking|after|within|lasts?|lasted)|=)"
    r"(?:\s(?:for|about|around|up to|at least|another|only|just))?\s?:?\s?$", re.I)
_SECONDS_AFTER_DISTANCE_RE = re.compile(r"(?:\d\s?(?:metres?|kilometres?|miles?|m|km)"
                                        r"|\b(?:travel|run|walk|swim|cycle|drive|move)s?)"
                                        r"\s(?:in|within)\s$")
"""A distance, or a verb that goes one, before "in" and a number's "s": seconds, "Ash runs
315m in 45s", "How far does the car travel in $12s$?" (sweep BJ, speed-accel lines 67 and
94), which were "forty-fives" and "twelves"."""
_DECIMAL_SECONDS_RE = re.compile(r"(?<![\w.,'’-])(\d+(?:\.\d+)?)(?:(?<=\.\d)|(?<=\.\d\d)|\s)"
                                 r"s(?=[\s,;:.!?)]|$)(?!\.\w)")
"""Seconds written "s" after a decimal, "1.3s", or spaced after a number, "in 2.5 s",
"after 3 s", as physics writes a time (sweep BJ, speed-accel): "one point three z", "two
point five S". No decade nor plural has a decimal point, nor a space before its "s"."""
_SECONDS_NAMED_AFTER_RE = re.compile(r"\s(?:hold|holds|rest|pause|break)\b"
                                     r"|\son\b(?=,?\s?/?\s?\d{1,3}s\soff\b)")
"""A hold or a rest after seconds written "s", an ACL rehabilitation protocol's "10 reps ×
10s hold", and seconds on before seconds off, its "(e.g., 10s on, 50s off)": "ten z"
(`_say_seconds`). A decade or an age before "on" alone stays so, "in their 20s on the
ward", and so does one after words that make it one (`_DECADE_BEFORE_RE`)."""
_DECADE_BEFORE_RE = re.compile(r"\b(?:the|their|your|his|her|my|our|in|early|mid|late)[\s-]$",
                               re.I)
"""What makes a decade or an age of "60s" before a hold: "people in their 60s hold for 30s"."""
_SECONDS_ON_BEFORE_RE = re.compile(r"\d(?:s|\sseconds?)\son\s?[,/]?\s?$")
"""Seconds on before seconds off, which makes those seconds too: "10s on, 50s off"."""
_SECONDS_AFTER_TIMES_RE = re.compile(r"(?:\d|\breps?|\bsets?)\s?[×x]\s?$")
"""Seconds after a count of repetitions, "10 reps × 10s": the times each is held."""
_SLASHED_DURATIONS_RE = re.compile(r"\b((?:second|minute|hour)s?(?: on)?)\s?/\s?"
                                   r"(?=\d{1,3}\s(?:second|minute|hour)s?\b)")
"""Two durations with a slash between them, an ACL protocol's stimulation "10 sec/50 sec",
on for one and off for the other ("10s on/50s off" too): a pause, where it was "10
seconds/50 seconds"."""
COUNTING_STEPS = {2: "twos", 3: "threes", 4: "fours", 5: "fives", 6: "sixes", 7: "sevens",
                  8: "eights", 9: "nines", 10: "tens"}
"""A step a count goes up by, as English says it: "count in 5s" is "in fives"."""
_COUNTING_BEFORE_RE = re.compile(r"(?:\bby|\b[Cc]ount(?:ing)?\b[^\d.;!?]{0,20}\bin)\s$")
_LISTED_STEP_RE = re.compile(r"(?<![\w.,'’-])(\d{1,2})s(?:,|,? and|,? or) $")
_MONTH_ZERO_RE = re.compile(rf"\b({'|'.join(MONTHS)})\s+0(\d)\b")
"""A day written with a leading zero after its month, "November 01, 2025": "November zero
one" was said."""
_DATE_HOUR_RE = re.compile(rf"\b({_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+)([01]?\d|2[0-3])[hH]"
                           r"(?![\w:]|\.\d)")
"""An hour of the 24-hour clock written with "H" after a date, as a team's minutes head each
meeting, "## June 22 17H" (sweep BA, rgi-minutes line 12): "17:00", said "5 PM" as that is;
it was said "June 22 17H"."""
_UNIT_AGAIN_RE = re.compile(r"\b(\w+) \(\1\)", re.IGNORECASE)
"""A unit named, then its symbol in brackets, "2 milligrams (mg)": said twice once the
symbol is expanded, "milligrams (milligrams)"; and a column's name, a children's dosing
table's "| Pounds (lbs) | Kilograms (kg) |", "Pounds (pounds)" on every row."""
_IV_RE = re.compile(r"(?<!\b(?:Part|Book) )(?<!\bChapter )(?<!\bSection )(?<!\bVolume )"
                    r"(?<!\bArticle )(?<!\bAppendix )(?<!\bSchedule )(?<![IVX][-–])\bIV\b"
                    r"(?!\. (?<=^IV\. )|[-–][IVX])")
"""Intravenous, "IV", which the voice read as the Roman numeral four ("3 to 4 milligrams
roman four", "(oral, IV, IM)"): "I V", but for a part, chapter or section ("Stage IV"
and "Type II" are numbers, `_ROMAN_STAGE_RE`, and a king's, `_REGNAL_RE`), or a list's
fourth item ("IV. Sign it"), which the voice says "roman four"; nor an end of a range of
numerals, a survey book's "all the sets (I-IV)" (sweep CZ), said "(I-I V)"."""
_OR_MORE_RE = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)\+(?![\w+]|\s?[$£€¥]?\d)"
                         r"(?:\s([^\W\d_]+))?")
"""A number and a plus, "aged 65+", "45.4+ kg": "65 or more", "45.4 kg or more", where the
voice said "plus"; not one added to another amount, a fee of "$75+ $3 per lot", nor a sum
whose plus a letter follows directly: a death rate's model, "f(x) = L/(1+Ae^bx)", and "The
total is 1+x" (sweep BI, repro mini/pct) were "1 or more Ae", "1 or more x"."""
_YEAR_ONWARDS_RE = re.compile(rf"\b((?:{'|'.join(MONTHS)}|{'|'.join(_SHORT_MONTHS)})\.? "
                              r"(?:19|20)\d\d)\+(?![\d+])")
"""A month and its year, then a plus, "October 2026+" (a club's call for speakers): "October
2026 onwards", where it was said "October 2026 or more" (`_OR_MORE_RE`), as a count is."""
_UNIT_OR_MORE_RE = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?\s?(?:°\s?[CF]|[^\W\d_]{1,5}"
                              r"|thousand|million|billion))\+(?![\w+])")
"""An amount and its unit, then a plus, "a temperature of 37.5°C+", "5kg+": "37.5°C or
more", where the voice said "degrees Celsius plus"; and its scale, an income band's
"£5million+", which was "5 million pounds+"."""
_PER_AMOUNT_RE = re.compile(r"\b((?:milli|micro|kilo)?grams?|units?)\s?/\s?"
                            r"(?=\d+(?:[.,]\d+)?(\s(?:millilit|lit|drop|teaspoon|tablespoon|hour|day|week))?)")
"""A strength, "80mg/0.8mL" or "160mg/5mL": "80 milligrams in 0.8 millilitres", or a most
in a time, "4g/24h": "4 grams in 24 hours" (it was "and"); two strengths of one tablet,
"875mg/125mg", are "875 milligrams and 125 milligrams"."""
AMOUNT_IN_WORDS = {"de": "pro", "nl": "per", "sv": "per", "da": "per", "nb": "per", "ru": "на",
                   "uk": "на", "pl": "na", "cs": "na", "sk": "na", "ro": "în", "el": "ανά",
                   "ar": "لكل"}
"""The word between a medicine's amount and the volume it is in, "250 mg/5 ml", as the
languages whose voices read their own words say it ("250 миллиграмм на 5 миллилитров"): the
Russian, Ukrainian and Dutch voices said "slash" and the German one nothing."""
_AMOUNT_IN_VOLUME_RE = re.compile(r"(\d\s?(?:mg|mcg|µg|μg|g|мг|мкг|г|ملغ|مغ|مليغرام))"
                                  r"\s?/\s?(?=\d+(?:[.,]\d+)?\s?(?:ml|mL|мл|l|L|л|مل|مليلتر)\b)")
PER_PERIOD = {"en": "in", "fr": "par", "es": "cada", "it": "ogni", "pt": "a cada", "de": "pro"}
_PERIOD = (r"(?:h|heures?|horas?|ore|j|jours?|días?|dias?|giorni|hours?|hrs?|days?|weeks?|Std"
           r"|Stunden?|Tagen?|Wochen?)\b")
_PER_PERIOD_RE = re.compile(rf"(?<=[^\W\d_])\s?/\s?(?=\d+(?:[.,]\d+)?\s?{_PERIOD})")
"""A most in a time, "Max. 3 g/24 h", as a leaflet gives a daily limit: the voice said
"grammes barre oblique vingt-quatre heures"; "3 grammes par 24 heures". In English, after
a word other than a unit (`_PER_AMOUNT_RE` has those), "8 tablets/24 hours" was said "8
tablets slash 24 hours": "8 tablets in 24 hours"; German's voice said nothing for the
slash, "4 Tabletten/24 Std.": "4 Tabletten pro 24 Stunden"."""
_NORDIC_PERIODS = {
    "sv": "dygn dygnet dag dagen vecka veckan v mån månad månaden år året timme timmen tim h "
          "min minut minuten person pers",
    "nb": "døgn døgnet dag dagen uke uka uken mnd måned måneden år året time timen t h min "
          "minutt person pers",
    "da": "døgn døgnet dag dagen uge ugen md mdr måned måneden år året time timen t h min "
          "minut person pers"}
_NORDIC_PERIODS |= {"no": _NORDIC_PERIODS["nb"], "nn": _NORDIC_PERIODS["nb"]}
_NORDIC_PER_RE = {primary: re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*\s?(?:[^\W\d_]{1,4}|[€$£]))\.?\s?/\s?"
    rf"(?=\d+\s?(?:{'|'.join(periods.split())})(?![\w/])"
    rf"|(?:{'|'.join(set(periods.split()) - {'h', 'min', 't'})})(?![\w/]))")
    for primary, periods in _NORDIC_PERIODS.items()}
"""The slash after an amount with its unit before a time or a count, "900 mg/dygn", "4
g/døgn", "120 kr/time", "250 kr/månad", "120 kr/3h" (a Swedish leaflet on gout, Nordic
price lists): "per", where the voices made a pause of it, "900 milligram, dygn". The units
CLDR says per, "mg/h", "mg/min", are said by `_CLDR_UNIT_RE`."""
_INDIC_MEASURES = {
    "hi": "एकड़ हेक्टेयर हेक्टर बीघा बिघा दिन सप्ताह हफ्ता हफ़्ता माह महीना वर्ष साल "
          "घंटा लीटर किलो क्विंटल व्यक्ति पौधा पेड़",
    "mr": "एकर एकरी हेक्टर हेक्टरी हेक्टेयर गुंठा दिवस आठवडा महिना वर्ष तास लिटर लीटर किलो "
          "क्विंटल व्यक्ती झाड",
    "ne": "रोपनी बिघा कट्ठा हेक्टर हेक्टेयर दिन हप्ता महिना वर्ष घण्टा घन्टा लिटर किलो क्विन्टल "
          "जना बोट"}
_INDIC_UNITS = ("किलो किग्रा कि.ग्रा. ग्राम ग्रा. लीटर लिटर ली. मि.ली. मिली क्विंटल क्विन्टल टन "
                "kg g ml l L")
_INDIC_PER_RE = {primary: re.compile(
    rf"(?<![\w.,])(\d+(?:[.,]\d+)*\s?(?:{'|'.join(map(re.escape, _INDIC_UNITS.split()))}))"
    r"\s?/\s?"
    rf"(?=(?:\d+\s?)?(?:{'|'.join(sorted(measures.split(), key=len, reverse=True))})"
    r"(?![\w\u0900-\u0963\u0966-\u097f]))")
    for primary, measures in _INDIC_MEASURES.items()}
"""The slash after an amount with its unit, in Devanagari or Latin letters, before a
measure of land, time or a count, "डीएपी 50 किलो/एकड़", "युरिया ५० किलो/एकर" (a Hindi and a
Marathi farmers' advice): "प्रति", per, as Hindi, Marathi and Nepali say it, where the voices
made a pause of it, "50 किलो, एकड़", and "per acre" was lost."""
HOUR_SYMBOL_LANGUAGES = frozenset({"sv", "nb", "no", "nn", "da", "fi", "et", "lv", "lt", "is",
                                   "hr", "bs"})
"""The languages whose "h" after a number is hours, "Avboka senast 24h innan", "Teatage
hiljemalt 24h enne", which their voices said as a letter: "24 timmar", "24 tundi", and a
Croatian clinic's "pon–pet 8–16 h", "ha" (sweep CG): "sati". Not French's nor
Portuguese's, whose "10h" is a time of day."""
_DURATION_BEFORE_RE = re.compile(rf"\d\s?(?:[^\W\d_]+\s)?{_PERIOD}$")
OR_WORDS = {"en": "or", "fr": "ou", "es": "o", "it": "o", "pt": "ou", "de": "oder",
            "hi": "या", "mr": "किंवा", "ne": "वा"}
"""The word between two lengths of time with a slash (`_DURATION_BEFORE_RE`), one or the
other, where `_PER_PERIOD_RE` would say "in": a passport office's delivery times, "within 7
working days / 10 days", were said "7 working days in 10 days", and a time off in lieu's
"0.25 days/1.75 hours" (sweep BC, dxw-oncall line 47) "0.25 days, 1.75 hours". In Hindi, Marathi and
Nepali, between two amounts of one unit (`_TWO_AMOUNTS_RE`)."""


def _per_period(match: re.Match[str], primary: str) -> str:
    """The slash before a length of time (`_PER_PERIOD_RE`): "in" it ("8 tablets in 24
    hours"), or "or" after another length of time, "7 working days or 10 days"."""
    if _DURATION_BEFORE_RE.search(match.string, max(0, match.start() - 40), match.start()):
        return f" {OR_WORDS[primary]} "
    return f" {PER_PERIOD[primary]} "


_SHORT_FORMS = {"tab": "tablet", "tabs": "tablets", "cap": "capsule", "caps": "capsules"}
_SHORT_FORM_RE = re.compile(r"(?:(?<=\d )|(?<=\d)|(?<=grams ))(?:tabs?|caps?)\b(?![\w-])"
                            r"(?!\s(?:bars?|buttons?|keys?|lock|menus?|pages?|stops?|views?)\b)")
"""A dosage form shortened after its count or its strength, as a prescription's label
writes it, "Take 1 x 500mg tab", "2 caps": the voice said "tab" and "caps". Not a
screen's or a keyboard's, "the 3 tab menu", "2 caps lock"; nor a cap on prices after a year
or a law's number (`_CAP_NAMED_BY_RE`)."""
_CAP_NAMED_BY_RE = re.compile(r"(?:\b(?:1[89]|20)\d\d|\b[A-Z]{1,4}\s?\d+)\s$")
"""A year or a law's number before "cap", which it names: an energy guide's "The Q2 2026
cap (April–June 2026)" and a US page's "the one-month AB 12 cap" (sweep CL, london-true-costs
line 22, deposit-limits line 167) were "the 2026 capsule", "the AB 12 capsule"."""


def _short_form(match: re.Match[str]) -> str:
    """The dosage form a short form after a number stands for (`_SHORT_FORM_RE`)."""
    if match.group().startswith("cap") and _CAP_NAMED_BY_RE.search(
            match.string, max(0, match.start() - 12), match.start()):
        return match.group()
    return _SHORT_FORMS[match.group()]


_TIMES_RE = re.compile(rf"(?<![\w.])({_NUMBER})\s?(?:×|x(?!\s?[-+−=<>≤≥^]\s?[\w(]))(?!\w)"
                       rf"(?!\s?10(?:{_POWER}|\^))")
"""A count written with its sign after it, "2 x daily", "Take 2x": "2 times"; not the
letter x of a formula, before a sign of arithmetic ("y = -1.5 x + 6", "2x − 1", a maths
worksheet's, were "-1.5 times + 6" and "2 times − 1"); nor a number in scientific notation,
"1 × 10⁻⁶ m²", whose sign the maths signs say "times": a stress worked out in sweep CP's
physics notes, "10/(1 × 10⁻⁶)", was "1 time 10 to the power of minus 6"."""
_COMPARATIVES = frozenset("more less fewer higher lower longer shorter bigger smaller greater "
                          "worse better".split())
"""Words that open what an arrow leads to (`_said_arrow`), "cloudy days → more lighting":
a cause and its effect, no places; and that no count of people is (`_NOT_COUNTED`)."""
_NOT_COUNTED = (r"(?:a|an|the|per|each|every|with|in|on|at|for|to|from|of|by|or|as|than|is|"
                r"was|has|does|its|this|his|thus|plus|minus|always|times|sometimes|daily|"
                r"weekly|monthly|yearly|nightly|faster|slower|larger|stronger|cheaper|"
                + "|".join(sorted(_COMPARATIVES)) + r")\b")
_HEAD_COUNT_RE = re.compile(rf"(?<![\w.,])(\d+)\s?x\s(?=(?:(?!{_NOT_COUNTED}|\w+ing\b)"
                            rf"[A-Za-z][a-z-]*\s){{0,3}}(?!{_NOT_COUNTED})[A-Za-z][a-z-]*[^\Ws]s\b)")
"""A count of posts or people with an "x" after it, as job adverts head a vacancy: "2x
library and information advisors" (sweep CU, ipswich-lia, its title) was "2 times library
and information advisors"; said "2 library and information advisors". Only before a plural
that ends a few words, none of them one of a frequency or a comparison (`_NOT_COUNTED`):
"2x daily", "3x more volunteers", "2x the dose" and "Take 2x with meals" stay "times", and
so does one before a verb, "It speeds up 2x using caches"."""
_FORMS = (r"(?:tablet|capsule|caplet|spoon|spoonful|sachet|dose|injection|patch|vial|syringe|"
          r"bottle|pack|pen|inhaler|suppositor|pessar|ampoule|carton|tube|bag|container|tub|"
          r"jug|packet|punnet|(?:tin|can|jar|pot|box)(?=(?:e?s)?\b))")
_COUNT_OF_STRENGTH_RE = re.compile(rf"(?<![\w.])(\d+)\s?[x×]\s(\d+(?:\.\d+)?\s[a-z]+)\s"
                                   rf"({_FORMS}\w*)")
"""A count of tablets of a strength, "2 x 500mg tablets": "2 tablets of 500 milligrams"
(it was "2 times 500 milligrams tablets"), which a reader of the transcript does not take
for 2,500; and a recipe's "2 x 400g tins tomatoes", "2 tins of 400 grams" (not "tinned")."""
_ATTRIBUTIVE_UNIT_RE = re.compile(rf"\b((?:milli|micro|kilo)?(?:gram|litre|liter))s\s"
                                  rf"(?={_FORMS}|size\b)"
                                  r"|\b((?:kilo)?(?:metre|meter)|mile)s\s(?=(?:ride|walk|run|hike|"
                                  r"swim|route|trail|race|drive|journey|loop|radius|trip|interval"
                                  r"|pace|repeat|rep|sprint|effort|split|lap|leg|stage|segment"
                                  r"|climb|tempo|time trial|relay|event|course)s?\b"
                                  r"|recover(?:y|ies)\b)"
                                  r"|\b(year|month|week)s([\s-])(?=olds\b)"
                                  r"|\b((?:kilo)?watt)s\s(?=(?:heater|shower|bulb|kettle|oven|hob"
                                  r"|microwave|toaster|iron|charger|fan|dryer|drier|lamp|light"
                                  r"|panel|motor|boiler|pump|appliance|cooker|fryer|vacuum"
                                  r"|element|supply|speaker|generator|inverter|system"
                                  r"|battery|batteries|array|heat pump)s?\b)"
                                  r"|\b(point|pixel)s\s(?=(?:font|type|typeface|text|print"
                                  r"|lettering|size)s?\b)")
"""A unit naming a strength or size before what it measures, "500 milligram tablets", "a 5
millilitre spoon", "750ml size bottles", "200km rides" (a cycling club's), a running club's
"The 600m intervals at 5km pace" and "200m recoveries", "(2kW heater × 27p per kWh)" (an
energy guide's), "(4 kW system)", "Our 6kW heat pump" (sweep CX, 03-weather-energy-bills),
which is singular: it was "500 milligrams tablets", "200 kilometres rides", "600 metres
intervals", "2 kilowatts heater", "4 kilowatts system"; a type's size, "Large Print (18pt font,
high contrast)" (sweep BB, peep-ees lines 28, 39, 748), "12px text", which were "18 points
font", "12 pixels text"; and an age before "olds", "7-11 yr olds", "years olds". Only
before such nouns: "5 km north", "10 km away", "3 km long" count."""
_SINGULAR_UNITS = {plural: singular for singular, plural in UNITS.values() if singular != plural} \
    | {"degrees": "degree"}
_PLURAL_UNIT = f"(?:{'|'.join(sorted(map(re.escape, _SINGULAR_UNITS), key=len, reverse=True))})"
_MEASURED_THING_RE = re.compile(
    rf"\b([Aa]n?\s\d+(?:\.\d+)?\s)({_PLURAL_UNIT})"
    rf"(?:(\s\(\d+(?:\.\d+)?\s)({_PLURAL_UNIT})(?=\)))?"
    r"(?=(?(3)\))[\s-](?!(?:of|or|and|to|per|in|a|an|each|more|less|plus|at|for|on)\b)[a-z])")
"""Any unit after "a" or "an" and its number, before what it measures, "a 12 ft ramp", "a
30 min session", "a 45º angle", and so the other unit in brackets after it, a fever
leaflet's "a 15 kg (33 lb) child": singular, as it names the thing's size (it was "a 12
feet ramp", "a 15 kilograms (33 pounds) child"). Not before a word that goes on counting,
"a 5 kg or heavier"."""
_DEGREES_ONLY_RE = re.compile(rf"({_NUMBER})\s?°(?![CF]\b)")
_LATITUDE_RE = re.compile(r"(?<=\d°)\s?([NSEW])(?![\w'’-])")
"""A latitude's or a longitude's compass letter after its degrees, "51.5074° N, 0.1278° W":
"51.5074 degrees north", where a meeting point's letters were said "N" and "W" (sweep CJ)."""
_ROUND_THE_CLOCK_RE = re.compile(r"\b(\d+)\s?([jgh])\s?/\s?(\d+)(?:\s?\2)?\b")
ROUND_THE_CLOCK = {"fr": {"h": "{count} heures sur {of}", "j": "{count} jours sur {of}",
                          "1h": "1 heure sur {of}", "1j": "1 jour sur {of}"},
                   "it": {"h": "{count} ore su {of}", "g": "{count} giorni su {of}"},
                   "es": {"h": "24 horas al día"}, "pt": {"h": "24 horas por dia"}}
"""Opening hours, "24h/24" and "7j/7" (French, Italian), "24h/24h" (Portuguese): "24 heures
sur 24", "24 ore su 24", "24 horas por dia", not "septj/sept" nor "ventiquattro ore barra
ventiquattro"; and French's "1j/2", every other day, "1 jour sur 2". Spanish and Portuguese
say the day, and only of "24h/24"."""


def _round_the_clock(match: re.Match[str], lang: str) -> str:
    count, unit, of = match.groups()
    sayings = ROUND_THE_CLOCK[lang]
    said = sayings.get(f"{count}{unit}", sayings.get(unit))
    whole = "24" if unit == "h" else "7"  # of a day, of a week: "100g/100" is no such thing
    if said is None or lang != "fr" and (of != whole or int(count) > int(of)) or \
            "{of}" not in said and count != of:
        return match.group(0)
    return said.format(count=count, of=of)
_ALL_DAY_EVERY_DAY_RE = re.compile(r"(?<![\w/.,])(?:24|٢٤|۲۴)(?:\s?/\s?|[x×])[7٧۷]"
                                   r"(?![\w/]|[.,]\d)"
                                   r"(?!\s?(?:mm|cm|m|px|in|ft)\b)")
ALL_DAY_EVERY_DAY = {
    "es": "24 horas al día, 7 días a la semana", "fr": "24 heures sur 24, 7 jours sur 7",
    "it": "24 ore su 24, 7 giorni su 7", "pt": "24 horas por dia, 7 dias por semana",
    "ru": "круглосуточно", "uk": "цілодобово", "de": "rund um die Uhr", "nl": "dag en nacht",
    "pl": "całą dobę", "sv": "dygnet runt", "da": "døgnet rundt", "nb": "døgnet rundt",
    "no": "døgnet rundt", "fi": "ympäri vuorokauden", "cs": "nepřetržitě",
    "sk": "nepretržite", "hu": "éjjel-nappal", "ro": "non-stop",
    "el": "όλο το εικοσιτετράωρο", "tr": "7 gün 24 saat", "bg": "денонощно",
    "hr": "danonoćno", "bs": "danonoćno", "sr": "даноноћно", "sr-Latn": "danonoćno",
    "mk": "деноноќно", "be": "кругласутачна", "sl": "24 ur na dan, 7 dni v tednu",
    "ca": "24 hores al dia, 7 dies a la setmana", "ar": "على مدار الساعة",
    "he": "מסביב לשעון", "fa": "شبانه‌روزی", "zh": "全天候", "ko": "연중무휴",
    "id": "24 jam sehari, 7 hari seminggu", "ms": "24 jam sehari, 7 hari seminggu",
    "vi": "24 giờ mỗi ngày, 7 ngày mỗi tuần", "lt": "visą parą", "lv": "visu diennakti",
    "et": "ööpäevaringselt", "hi": "चौबीसों घंटे", "mr": "चोवीस तास", "ne": "चौबीसै घण्टा",
    "sw": "saa 24 kila siku",
    "cy": "24 awr y dydd, 7 diwrnod yr wythnos", "is": "allan sólarhringinn",
    "sq": "24 orë në ditë, 7 ditë në javë", "ur": "چوبیس گھنٹے", "bn": "সার্বক্ষণিক",
    "hy": "շուրջօրյա", "az": "gecə-gündüz", "uz": "kecha-kunduz", "kk": "тәулік бойы",
    "ku": "şev û roj"}
""""24/7" as each language says it: a Spanish poison line's "gratis, confidencial, 24/7" was
"veinticuatro barra siete", a Russian helpline's "(24/7)" "двадцать четыре косая черта
семь", and espeak-ng's voices said the slash in English or in words in 25 more languages
("dvadesetčetiri kroz sedam"), as Urdu's did, a clinic's "24/7 ایمرجنسی" "chaubees slash
sāt" (sweep AF). English says "24 7", twenty-four seven; Turkish writes and says it the
other way round, "7/24". India writes it "24x7" too, a scheme's "यह सेवा 24x7 उपलब्ध है",
which was "24 गुणा 7", twenty-four times seven (sweep CN); not a size, "24x7 cm". Arabic
and Persian write it in their own digits, a helpline's "متاح ٢٤/٧", "۲۴/۷ فعال است", which
were said "ʔarbaʕa wa ʕiʃruːn slash sabʕa", in English; and the Armenian, Azerbaijani, Uzbek,
Kazakh and Kurdish voices said "slash" too (sweep CY)."""
_FLAT_SIDE_RE = re.compile(r"(?:(?<=\d\.º )|(?<=\dº )|(?<=[Rr]/[Cc] ))"
                           r"([Ee]sq|[Dd]to|[Dd]t\.º)\.?(?!\w)")
"""The side of a Portuguese flat after its floor, "2.º Esq.", "R/C Dto.": esquerdo and
direito. The sentence ended at "Esq.", which was read as letters; elsewhere, in Brazil,
"esq." is a street corner (esquina), so only after a floor."""
_FRENCH_NUMBER_SIGN_RE = re.compile(r"\bNo\.?\s?(?=\d)")
"""French "N<sup>o</sup> 5", whose raised "o" joins its "N" ("No 5"): the voice said "No
cinq"; it is "numéro cinq", as "N° 5" is."""
_FRENCH_SIGNED_RE = re.compile(r"(?<!\S)([-+])\s?(?=de\s\d)")
"""French's "- de 6 ans" and "+ de 65 ans", for "moins de" and "plus de": the voice said
"de de six ans"."""
_FRENCH_OVER_RE = re.compile(r"(?<![\w+-])\+\s?(?=\d+(?:[.,]\d+)?\s?(?:ans?|mois|semaines?|jours?|"
                             r"kg|g|cm)\b)")
"""A French age or amount and more, "+16 ans", "+10 kg": "plus de 16 ans", where the voice
said "plus seize ans"."""
_EVERY_RE = re.compile(r"(?<![\w/.,])(\d+)/\1(?=\s?(?:h|horas?|minutos?|dias?)\b)",
                      re.IGNORECASE)
"""A Brazilian prescription's interval, "de 8/8 horas", "6/6 HORAS": "de 8 em 8 horas", as
it is read; the voice said "oito oito horas"."""
_INCLUSIVE_ENDING_RE = re.compile(
    r"(?<=[^\W\d_])(?:[·•‧](?:e|ne|rice|trice|euse|ère|le|te)?(?:[·•‧]?(s))?"
    r"|\.(?:e|ne|rice|trice|euse|ère|le|te)\.(s))(?![\w·•‧])")
"""French inclusive writing, "vacciné·e", "habitant·e·s", "citoyen·nes", "producteur·rice·s",
and with full stops, "adhérent.e.s", "producteur.rice.s" (a food co-op's page): the voice
said "vacciné point e" and spelled the rest, and is given the word's first form
("vacciné", "habitants", "producteurs"). With full stops, only a plural's two, as one
alone may end a sentence or part a web address ("site.es")."""
_ACT_NUMBER_RE = re.compile(
    r"\b(?:direttiva|regolamento|decisione|legge|decreto|directiva|reglamento|decisión|ley"
    r"|directive|règlement|décision|loi|diretiva|regulamento|decisão|lei)"
    r"\s(?:\((?:UE|CE|CEE|EU|EC)\)\s)?(?:n\.\s?|nº\s?|n°\s?)?"
    r"(?!\d{1,2}/\d{1,2}/\d{4}\b)\d+(?:/\d+)+(?:/[A-Z]{2,7})?(?![\w/])",
    re.IGNORECASE)
"""A law's or a European act's number after its name, "Direttiva 2007/2/CE", "Regolamento
(UE) 2016/679", "legge 104/92": went to the voice with its slashes ("duemilasette/due/CE"),
said as nothing or as a date (a date, "decreto legge 08/04/2020", is one still). A slash
between numbers is said, as people read these numbers ("legge centoquattro barra
novantadue"); the one before the body's letters is a space: "duemilasette barra due CE"."""
_SHARP_CODE_RE = re.compile(r"(?<![A-Za-z0-9#＃])[#＃](\d{3,5})(?!\d)")
"""A short code dialled with its sign, Japan's "#7119" (emergency advice) and "#8000"
(children's): "シャープ" and its digits, as it is said, where the voice said "seven
thousand one hundred nineteen", and a listener who dials that gets no answer."""
_CJK_SLASH_RE = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s?/\s?"
                           r"(?=[\u3040-\u30ff\u3400-\u9fff])")
"""A slash between Chinese or Japanese words, "定点医院/发热门诊": the enumeration comma's
pause, as a reader makes one, where the voices said the English word "slash"."""
SLASH_WORD = {"es": "barra", "it": "barra", "pt": "barra", "fr": "barre"}

_WORD_SLASH_RE = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\d[ªº]))/(?=[^\W\d_]{2}|\d{1,2}[ªº](?!\w))")
"""A slash between two words, "prenotazione online/telefonici", "almuerzo/cena", which the
Spanish and Italian voices read "barra", the French and Portuguese ones not at all
("vaccins vivants/tués" was "vivants tués"), and the English voice "slash" ("clinical
slash organisational", "linkage and slash or"): a pause, as a reader makes one (the slash
says "and" as often as "or"); "and/or" is "and or", as "y/o" is "y o". So is one before an
ordinal, "dose aggiuntiva/1ª", which was "aggiuntiva barra prima", or after one, "post
2ª/unica dose"."""


INDIC_SLASH = frozenset({"hi", "bn", "ta", "te", "mr", "gu", "pa", "ne", "ur", "kn", "ml", "si"})
_INDIC_WORD_SLASH_RE = re.compile(r"(?<=[^\s\d/:.<>])/(?= ?[^\s\d/<>])")
"""A slash between words in Hindi and the other languages of India (a form's "सकते/सकती",
"can", to a man or to a woman), which their voices read as the English "slash": a pause.
Their words end in vowel signs, which are not letters to `_WORD_SLASH_RE`. So is one with a
space after it, as English's is (`_HALF_SPACED_SLASH_RE`): a Bangladeshi passport office's
list of papers, "(NOC)/ প্রত্যয়নপত্র/ পেনশন বই", was said "slash" at each but the first."""


SLASH_SAID_BY_NAME = frozenset({
    "ar", "fa", "he", "ru", "uk", "el", "ko", "zh", "ja", "kk", "hy", "th", "sw", "bg", "cy",
    "sv", "da", "nb", "no", "nn", "fi", "is", "cs", "pl", "sl", "hr", "sr", "bs", "mk", "ro",
    "hu", "lt", "lv", "et", "ca", "id", "ms", "mt", "ga", "af", "sq", "ka", "az", "uz", "ky",
    "mn"})
"""Languages whose voices read a slash between words by its name, the English "slash" or
their own (Bulgarian's "наклонена черта", Swedish "snedstreck", Norwegian "skråstrek",
Finnish "kautta", Indonesian "garis miring", Hungarian "per"): "він/вона",
"الأطفال/البالغين", NHS Wales' "Oedi/Ailddechrau", a Norwegian app's "husstand/gruppe" and
an Indonesian clinic's "individu/keluarga/kelompok" are said with a pause. (German's,
Turkish's and Slovak's voices say nothing for it.)"""


_ARABIC_GENDER_SLASH_RE = re.compile(
    r"(?<=[\u0621-\u064a\u0640]{2})/(?:ـ?(?:ت|ة|ي|ين|ات|ون|ها|ن|نا))(?![\u0621-\u064a])")
"""The feminine ending an Arabic text writes after a slash, to address a woman as well as a
man ("لمن تأثر/ت", "كممثل/ة معين/ة", "المشاركين/ات"): the Contributor Covenant's Arabic
translation (sweep CY) was said "taʔaθθar slash t", the English word and a letter, where a
reader says the form once: the ending is left out, and the form said as written first."""


def _word_slash(found: re.Match[str]) -> str:
    """A slash between words (`_WORD_SLASH_RE`) as a pause, each of a run of them
    ("individu/keluarga/kelompok"), but in an address's path after its host
    ("covidmadeira.pt/vacinacao", said "covidmadeira Punkt pt" by then) and in a file's
    path ("/home/user", "~/Documents")."""
    before = found.string[:found.start()]
    token = (before.split() or [""])[-1]
    host = "." in token or _SAID_HOST_RE.search(before)
    return "/" if host or token.startswith(("/", "~")) else ", "


_ONE_THING_RE = re.compile(r"(?<![\w/])[a-z]{3,}(?<!s)$")
"""A word for one thing, not for an amount of them ("timing", not "puffs" or "mg")."""


def _choice_of_dose(found: re.Match[str]) -> bool:
    """Whether a slash before "dose" (`PER`) joins two things to check ("the timing/dose",
    "route/dose"), not an amount and what it is for ("3 puffs/dose", "mg/dose"): after one
    thing, with no number in the few words before it. It was "timing per dose". Nor is a
    code of capitals, "G/L" (a school calendar's "grading period ends / last day"), which
    was "G per litre"."""
    before = found.string[max(0, found.start() - 40):found.start()]
    if re.search(r"(?<![\w.])[A-Z]$", before) and found.group(1).isupper():
        return True
    return (found.group(1) == "dose" and bool(_ONE_THING_RE.search(before))
            and not re.search(r"\d|\b(?:one|two|three|four|five|six|half|a|an)\b",
                              " ".join(before.split()[-3:]), re.I))


def _amount_a_time(found: re.Match[str]) -> bool:
    """Whether a slash before "month" or "year" (`PER`, for "kWh/month") follows an amount
    with no unit, a price or a count, "£850/month", "$1.1M/year", "1M/year", which
    `numbers.PER_TIME` says "a month", "a year", as people say them."""
    return found.group(1) in ("month", "year") and not re.search(
        r"(?<![\d.,])[^\W\d_]{2,}\s?$", found.string[max(0, found.start() - 30):found.start()])


def _listed_field(found: re.Match[str], saying: Saying) -> bool:
    """Whether a slash before a time or a unit (`PER`) ends a list of things joined by
    slashes, with no amount or count among them: a form's fields to fill in, "(curso /
    instituição / ano de conclusão)", "(corso / istituto / anno di conseguimento)", were
    said "instituição por ano de conclusão", "istituto all'anno di conseguimento"; "10
    euros / ano" is a price per year still, and "mg/kg/dia" a dose by weight and day. Nor
    is a time after another, a date's fields, "(day/month/year)", "month/day", which were
    "day per month per year" once "month" and "year" could follow a unit ("kWh/month")."""
    before = found.string[max(0, found.start() - 60):found.start()]
    if re.search(r"(?<!\w)(?:day|week|month|year)\s?$", before, re.I):
        return True
    listed = re.search(r"([^\W\d_]{2,})\s?/\s?([^\W\d_]{2,})$", before)
    return bool(listed) and not re.search(r"\d", " ".join(before.split()[-4:])) \
        and not any(word in saying.units or word in saying.per for word in listed.groups())


PRICE_PER = {"p/h": "/hour", "p.h.": "/hour", "ph": "/hour", "pw": "/week", "p.w.": "/week",
             "pcm": "/month", "pa": "/year", "p.a.": "/year", "pp": " per person",
             "p.p.": " per person", "p.m.": "/month"}
_PRICE_PER_RE = re.compile(r"(?<=[£$€¥￥]\d)(\d*(?:[.,]\d+)*(?:\s?(?:thousand|million|billion|mn|bn"
                           r"|[kKmM]))?)\s?(" + "|".join(
    map(re.escape, sorted(PRICE_PER, key=len, reverse=True)))
                           + r")(?!\w|/(?!(?:day|night|week|month)\b))"
                           r"|(?<=\d%)()\s?(p\.a\.|pa)(?![\w/])")
"""What a price is for, as a hall's or a landlord's price list shortens it: "£15 p/h" was
"15 pounds p per hour", "£5pp" "5 poundspp", "£850 pcm" (per calendar month) "pee see em";
said as the slash after the price is ("£15/hour", "15 pounds an hour"). So is a price with
its scale, an income band's "£750k p.a.", and a rate of interest's "3% p.a." is "a year";
they were said as letters. The shortening's stop that ends a sentence stays. Before a time's
slash too, a travel budget's "~¥1,000 pp/day" (sweep BS, japan-budget line 31), "per person
per day", where "pp" was left as letters. A rent's "$1,450 p.m." (sweep CL) is a month's,
which was said "P M"; after a time it stays one."""


def _say_price_per(match: re.Match[str]) -> str:
    """The price `match` (`_PRICE_PER_RE`) with what it is for as its slash says it, and the
    stop of "p.a." kept where it ends the sentence too."""
    amount, written = (match.group(1), match.group(2)) if match.group(2) else \
        ("", match.group(4))
    said = PRICE_PER[written] if amount or not match.group(4) else " a year"
    ends = written.endswith(".") and re.match(r"\s*(?:$|[A-Z\"“])", match.string[match.end():])
    return amount + said + ("." if ends else "")
_RULE_NUMBERS_RE = re.compile(r"\b(\d{1,3})((?:[-:–]\d{1,3})+)(?=[ -]rule\b)")
"""A rule named by its numbers, a diabetes leaflet's "15:15 rule" or "15-15 rule", the eye's
"20-20-20 rule": said as numbers, where they were "3:15 PM" and "15 to 15"."""
_PRICE_RANGE_RE = re.compile(r"([£$€¥￥])(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)"
                             r"\s?[-–]\s?(?=\d)")
"""A range of prices with the sign once, "£1.50-2.00": the sign on both, where the second
was said "2.00", "two point zero zero". With thousands commas too, a membership review's
"from £250-500 to £1,000-2,500" and "£1,100-2,950 total" (sweep CQ, D6), whose second
price was said with no money, "1,000 pounds to 2,500"."""
_DIMENSIONS_RE = re.compile(r"(?<=\d)((?:\s?(?:mm|cm|m|ft|in|\"|metres?|inches|feet))?)\s?[x×]\s?"
                            r"(?=\d[\d.,]*\s?(?:mm|cm|m|ft|in|\"|metres?|inches|feet)(?!\w))")
"""A size, "1.1m x 1.4m", "90cm x 2m", "10 x 15 cm": "by", where the voice said the letter
"ex" or "times" (a venue's lift, an access guide's doors)."""
_SIZE_BEFORE_THING_RE = re.compile(
    r"(?<=\d)\s?[x×]\s?(?=\d+(?:\.\d+)?(?:\s?(?:inch(?:es)?|in|\"|cm)|-inch)?[\s-](?:pan|dish|tin"
    r"|tray|baking|casserole|cake|frame|photo|print|rug|grid|board|canvas)s?\b)")
"""A size without its unit before what it measures, a recipe's "a 13x9 pan", "a 9 x 13 inch
dish": "by", where the voice said "thirteen x nine" or "times"."""
_RELAY_RE = re.compile(r"(?<=\b\d)\s?[x×]\s?(?=\d{2,3}\s?(?:m|M|metres?)?\s(?:[A-Za-z]+\s){0,2}"
                       r"[Rr]elays?\b)")
"""A relay's legs and their length, a swimming gala's "4x100M Relay", "4x50 Free Relay"
(sweep CM): "by", where the voice said "four x one hundred M" or "four times fifty"."""
_SLASH_PERIOD_RE = re.compile(r"(\d(?:\s[^\W\d_]+)?)\s*/\s*"
                              r"(?=(?:hour|hr|day|week|wk|month|mo|mth|year|yr)\b)")
"""A slash spaced between an amount, or a count, and the time it is for, "$75 / month",
"$100 /month", "100 visits / month", written as "$75/month" is: it was a pause, "75
dollars, month", or "slash"."""
_SPACED_SLASH_RE = re.compile(r"(?<=[^\W\d_]{2}\))\s*/\s*(?=[^\W\d_]{2})"
                              r"|(?<=[^\W_]|…)\s+/\s+(?=[^\W_]|[£$€])|(?<=\d)/(?=[£$€]\d)")
"""A slash with a space either side between two choices, "Department / Company" (the USDS
DITAP consortium meeting's list of members), "Fuori Regione / Provincia Autonoma" (the
Civil Protection's COVID-19 README), "call 999 / NHS 111", "£2 / £1 concessions" (or
"£5/£3", money either side): said "slash", "barra" before, a pause as without spaces; not
in a formula, where it divides, nor between two numbers, "1 / 2", a sum. So is one after a
word's brackets, spaced or not, "Disability Living Allowance (DLA)/Personal Independence
Payment (PIP)", which was "divided by", as in a formula."""
_EITHER_LABEL_RE = re.compile(r"\b([A-Za-z]{2,})/\((?![A-Z]+\))([A-Za-z]{2,})\)(?![\w²³(/])"
                              r"|(?<![\w)])\((?![A-Z]+\))([A-Za-z]{2,})\)/([A-Za-z]{2,})\b")
"""An account's label for either of two, a word and another in brackets with a slash
between, "Other gains/(losses)", "Tax credit/(charge)", "Surplus/(deficit)", "Net
(decrease)/increase" (sweep CQ, D2, a PLC's income statement): said "gains divided by
(losses)", as in a formula (`numbers.FORMULA_SLASH`). It is "gains or losses". An
abbreviation in brackets, "(DLA)/Personal", is `_SPACED_SLASH_RE`'s."""
ROMAN_READ_BY_VOICE = frozenset({"en", "de", "es", "it", "pt", "fr", "ro", "ca", "sk", "cs",
                                 "bg", "sr", "id", "ms", "da"})
"""Languages whose voice says a Roman numeral as its number ("Capítulo II", "dos"), or
which have rules of their own for them (English's `_ROMAN_STAGE_RE`)."""
_BESIDE_NUMERAL = r"A-Za-zÀ-ɏ0-9'’/\-"
_ROMAN_NUMERAL_RE = re.compile(rf"(?<![{_BESIDE_NUMERAL}.])(?=[IVX]{{2,}}(?![{_BESIDE_NUMERAL}]))"
                               rf"X{{0,3}}(?:IX|IV|V?I{{0,3}})(?![{_BESIDE_NUMERAL}])"
                               rf"|(?<![{_BESIDE_NUMERAL}.])I(?![{_BESIDE_NUMERAL}])")
"""A Roman numeral of two letters or more up to 39 (a disability's group, a chapter, a
century), or a lone "I", for a voice that says them as English words or as letters, beside
words in any script but Latin letters and digits ("제II장"):
Ukrainian's "I та II групи" was said "eye and eye eye", Korean's, Greek's, Hindi's,
Arabic's "II" "roman two" in English, and Dutch, Polish, Turkish and Vietnamese said its
letters. Not "L", "C" or "M" (sizes, vitamins), nor "V" or "X" alone, nor a form's "XX/XX"
to fill in."""


NUMBERED_BY_ROMAN = {
    "sv": "kapitel kap del avsnitt bilaga band volym klass grupp steg fas nivå stadium akt "
          "paragraf",
    "nb": "kapittel kap del avsnitt vedlegg bind volum klasse gruppe trinn fase nivå stadium "
          "akt paragraf"}
NUMBERED_BY_ROMAN |= {"no": NUMBERED_BY_ROMAN["nb"], "nn": NUMBERED_BY_ROMAN["nb"]}
"""The words after which a Roman numeral is one in Swedish and Norwegian, "kapitel IX",
"del II": only there, since every run of "I", "V" and "X" became digits elsewhere too, and
a word in capitals is one, "VI SES PÅ MÖTET" (we'll see you at the meeting) said "6 SES",
"VI SEES PÅ ÅRSMØTET" "seks sees". A numeral that may be a name's, a Swedish association's
"för IX Årsmöte", is left as written, its letters said."""
_NUMBERED_BY_ROMAN_RE = {primary: re.compile(
    rf"(?<![\w.])((?i:{'|'.join(words.split())})\.?\s+)"
    rf"(?=[IVX])(X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?![{_BESIDE_NUMERAL}])")
    for primary, words in NUMBERED_BY_ROMAN.items()}


def _roman_to_digits(found: re.Match[str]) -> str:
    """A Roman numeral as its digits (`_ROMAN_NUMERAL_RE`); a lone "I" only between words
    in another script than Latin, where it cannot be a word ("і I та II групи"), not
    Polish's "I" (and) or Swedish's (in) opening a sentence."""
    if found.group() == "I":
        around = found.string[max(0, found.start() - 30):found.end() + 30]
        words = re.findall(r"[^\W\d_]{2,}", around)
        if not words or any(re.fullmatch(r"[A-Za-zÀ-ɏ]+", word)
                            and not _ROMAN_NUMERAL_RE.fullmatch(word) for word in words):
            return found.group()
    return str(roman_value(found.group()))


_VIETNAMESE_HOTLINE_RE = re.compile(r"(?<![\w.,-])(1[89]00)-(\d{3,4})(?![\w-]|[.,]\d)")
"""A Vietnamese hotline written with a hyphen after its 1900 or 1800, "1900-3228": said as a
range, "1900 đến 3228", and "1800-1567" as two thousands. Not a range of years ("1900-1945")."""
_CODES_SLASH_RE = re.compile(r"(?<=\b[A-Z]{2})[ \t]+/[ \t]*(?=[A-Z]{2}\b(?![/.]\w))")
"""A slash spaced before it, between two languages' codes, as links to a page's translations
are written, "([EN](…) /[UK](…) / [PL](…))": the voices said "slash" (Ukrainian's "коса
риска"), where "EN / UK" is a pause."""
_SEPARATOR_RE = re.compile(r"(?<=\S)[ \t]+(?:[|¦•]|(?<!\d )·(?! \d))[ \t]+(?=\S)")
"""A bar, a bullet or a middle dot with a space either side, between the parts of a line:
a leaflet's contact line, "Tel: 020 7946 0958 | Email: help@example.org", a web page's
links, "Home • About • Contact", a timetable's days, "Mon · Wed · Fri". The voice said
nothing for them, and ran the parts together; a pause, as for a spaced slash. Not a dot
that multiplies, "2 · 3"."""
_BLANK_RE = re.compile(r"(?<!_)_{3,}(?!_)|[.…]{2,}+(?!\s*\d+\s*$)")
"""A line to write a word on, "learn how to _____ from cyber crimes" (a school's quiz), "Yo,
____ identificado(a) con documento ____", or a row of dots, "Nom :…………", "La Société
………… entreprend", "pendant ………….. jours, du .............au", which the markup filter took
out, leaving the sentence with a hole: said "blank" in the handout's language
(`BLANK_WORDS`), as a teacher reads it. Not an ellipsis ("…", "...", "…."), nor a
contents list's dots to a page's number (`_is_blank`)."""


def _is_blank(found: re.Match[str]) -> bool:
    """Whether `found` (`_BLANK_RE`) is a line to write on: underscores, or dots as long as
    five full stops at least ("…" counts three)."""
    return found.group()[0] == "_" or _row_of_dots(found.group())


def _row_of_dots(dots: str) -> bool:
    """Whether `dots` are as long as five full stops at least ("…" counts three): no
    ellipsis, "...", "…."."""
    return dots.count(".") + 3 * dots.count("…") >= 5


_LEADER_RE = re.compile(r"[ \t]*[.…]{2,}+[ \t]*")
"""A row of dots and the spaces either side, which may be a leader (`_is_leader`)."""


def _is_leader(found: re.Match[str]) -> bool:
    """Whether `found`, a row of dots, leads the eye from a label to its value on the same
    line, as a programme or a timetable sets them: words before it (not a label's colon),
    and after it a value opening with a capital or a digit, with no line to write on after
    it. A church bulletin's "the Sabbath concludes………...… Today 8:12 PM" (sweep BL,
    Bulletin.docx) and "Opening hymn.............. 10:30 AM" were said "concludes blank",
    where the dots are a pause, and so was a price after them, a university guide's "Hong
    Kon…..$250.00" (sweep CB, es-ues-guia-protocolo); "Name .......... and date
    ..........", "La Société ………… entreprend" and "Nom :…………" stay lines to write on."""
    if not _row_of_dots(found.group()):
        return False
    before = re.split(f"[\n{LINE_SEPARATOR}]", found.string[:found.start()])[-1]
    after = re.split(f"[\n{LINE_SEPARATOR}]", found.string[found.end():])[0].strip()
    return bool(re.search(r"[^\W_][ \t]*$", before)) and (
        after[:1].isupper() or after[:1].isdigit() or after[:1] in ("£", "$", "€", "¥", "₹")) \
        and not _BLANK_RE.search(after)


_CLOSING_DOTS_RE = re.compile(r"(?<=[^\W_])\s*[.…]{2,}\s*$")


def without_closing_dots(heading: str) -> str:
    """`heading` without a row of dots after its words, which a Word author pads a heading
    with, and which is no line to write on (`_BLANK_RE`): a charity's vacancy (sweep BC,
    lch-temp-office lines 3 and 15, lch-clh-adviser line 27), titled "Temporary Office Support
    help needed ......" over "#### **To apply........**" and "#### About you……..", said "To
    apply blank". Print keeps the dots, as written; an ellipsis ("What next...") is left."""
    return _CLOSING_DOTS_RE.sub("", heading) if (dots := _CLOSING_DOTS_RE.search(heading)) \
        and _is_blank(dots) else heading
OPEN_ENDING_LANGUAGES = frozenset({"fr", "es", "pt", "it", "de", "nl", "ca"})
_OPEN_ENDING_RE = re.compile(r"([^\W\d_]+)\((s|es|e|n|en|x)\)(?![\w(])")
_OPEN_GENDER_RE = re.compile(r"([^\W\d_]+)\((a|as|ª)\)(?![\w(])")
"""A word with its plural or its feminine ending left open, as forms write them in French,
Spanish, Portuguese and German ("Prénom(s)", "hijo(s)", "Geschäftsanteil(e)", "inscrito(a)",
"do(a)"), which the voices spelled ("prénom esse", "inscrito a"): said in the plural, and
in the form written."""
_FRENCH_GENDER_RE = re.compile(r"([^\W\d_]+)\((?:e|ne|le|te|se|ve|trice|euse|ère)\)(?=s?(?![\w(]))")
"""French writes its feminine ending open, "scolarisé(e)", "un(e) élève",
"réalisateur(trice)", "Veuf(ve)": said in the form written, as Spanish's "inscrito(a)" is,
where "(e)" was taken for a plural's and said "scolarisée", the letter then speaking of a
girl."""
_SLASH_ENDING_RE = re.compile(r"(?:(?<=[^\W\d_]{2}[aeio])|(?<=[^\W\d_]{2}[ao]s))/(?:[aeo]|[ao]s)"
                              r"(?![\w/])|(?<=[^\W\d_]{3})/as?(?![\w/])")
"""The other gender's ending after a slash, as Italian, Spanish and Portuguese forms write
it, "Io sottoscritta/o", "Nata/o a", "niño/a", "alumnos/as", "Bambini/e", "tutor/a":
said in the form written first, as "inscrito(a)" is, where the voice said "nata barra o"."""
BLANK_WORDS = {"pl": "puste miejsce", "ro": "spațiu liber", "tr": "boşluk",
               "en": "blank", "fr": "blanc", "es": "espacio", "pt": "espaço", "it": "spazio",
               "de": "Lücke", "nl": "open plek"}
_OPTIONAL_PLURAL_RE = re.compile(r"([^\W\d_]{2,})(?:\((e?s|ren)\)(?![\w(])|/(e?s|ren)(?![\w(/]))")
"""A plural left open, "organisation(s)", "purpose(s)", "box(es)", "child/ren", "Date/s" (a
parish council's grant form), which the English voice read with the letter ("organisation ess",
"date slash s"): said in the plural, as a reader reads it aloud (`_plural`); so are two
with a slash between, "Parent(s)/Carer(s)", the first field of a UK consent form, which was
"Parent(s) divided by Carers"."""


def _plural(found: re.Match[str]) -> str:
    """The English plural of a word written with its ending left open (`_OPTIONAL_PLURAL_RE`):
    "(s)" added as English spells it, "epilepsy(s)" (the RCPCH Epilepsy12 analysis plan)
    "epilepsies", not "epilepsys"; "class(s)" "classes"; "box(es)" as written."""
    word, ending = found.group(1), found.group(2) or found.group(3)
    if found.group(2) == "s" and (formula := _ION_FORMULA_RE.fullmatch(found.group())) \
            and spelled_formula(formula) != formula.group():
        return found.group()  # a solid's state, "NaCl(s)"
    if found.group(3) and (word.endswith("s") or re.search(r"\d\s?$", found.string[
            :found.start()])):
        return found.group()  # a unit per second, "5 km/s", "10 metres/s"
    if ending == "s" and re.search(r"[^aeiou]y$", word, re.IGNORECASE):
        return f"{word[:-1]}ies"
    if ending == "s" and word.lower().endswith(("s", "x", "z", "ch", "sh")):
        return f"{word}es"
    return word + ending


_PER_NOUN_RE = re.compile(r"((?<=\d )[^\W\d_]+|(?<=[£$€])\d[\d,.]*"
                          r"|(?<=\d/)(?:hour|day|week|month|year))/(person|patient|child|adult|"
                          r"member|household|family|visit|session|booking|room|night|bus|coach|"
                          r"car|van|vehicle|boat|trip|group|team|table|mile|trap|haul|tow)\b(?!/)"
                          r"|((?<=\d )[^\W\d_]+)/(second|minute|hour|day|week|month|year)\b(?!/)")
"""A count or a price shared out, "2 visitors/patient", "1 bag/household", "£3/child", or a
count over a time, "100 visits/month", "5 million/year": "per patient", "per month", where
the slash between words was a pause, "2 visitors, patient", and after a price read "slash"
(a price over a time is "a month", `numbers.PER_TIME`). So a count shared among vehicles
or groups: a conference's shuttles (sweep AX, sigcomm-shuttle), "(55 seats/bus)"; and a
mile's expenses, "45p/mile", "£5/mile", which were said as written. A price over a time
shared out, a hackspace's "£25/month/member" (sweep CQ, D11), was "25 pounds a month slash
member": "a month per member". A rate per second, a TSC's "1.2 GigaRay/second" (sweep CV),
was "1.2 GigaRay, second". And a catch over a fishery's effort, a snow crab paper's "2.5
kg/trap haul" (sweep CZ), said "kilograms, trap haul"."""
_ROUTE_OR_RE = re.compile(r"(?<![\w/.,])(\d{1,3})/(\1[A-Z])(?![\w/])")
_ROUTE_WORD_RE = re.compile(r"\b(?:[Bb]us|[Ss]ervice|[Rr]oute|[Ll]ine|[Tt]ram|[Cc]oach)(?:es|s)?\b")
"""Two routes' numbers with a slash between them, the second the first and a letter, as bus
services are numbered, a route's word shortly before them: "or". A university's directions
(sweep AX, sage-bristol-directions line 8), "Bus services 8/8A or 9/9A", were said "eight
slash eight A". Not a flat's number, "Flat 3/3B", with no route named."""
_WORDS_SLASHED_RE = re.compile(r"(?<![\w/.])[^\W\d_]{2,}(?:/[^\W\d_]{2,})+(?![\w/]|\.\w)"
                               r"(?<![¹²³⁰⁴-⁹₀-₉])")
"""Words joined by slashes, "clinical/organisational", "docx/pptx/xlsx", which the English
voice read "slash": a pause between them, as `_WORD_SLASH_RE`. Not a file's path, which
starts or ends with a slash or a name with its extension ("/word/document.xml"); nor a
formula's terms, raised or lowered, "F = G m₁m₂/r²" (sweep CP), said "m₁m₂, r squared"."""
_WORDS_COLON_RE = re.compile(r"(?<![\w:/.@-])([^\W\d_]{2,}):([^\W\d_]{2,})(?![\w:/@]|\.\w)"
                             r"(?:(?=((?:\s+[^\W\d_]+){0,2}\s+ratios?\b)))?", re.I)
"""Two words with a colon between and no space, "Compression:breath ratio" (a CPR sheet,
sweep BB, cpr-basics line 96), which the voice said "compression colon breath ratio": a
ratio's words, "compression to breath ratio", before "ratio", else a pair's, with a pause
between, "Key:Value". Not an address's scheme ("mailto:", "urn:isbn", `_ADDRESS_SCHEMES`),
nor "::", nor a name in lower case after its namespace's, a wiki's "<wiki:bibtex>", XML's
"xml:lang", which stays as written."""
_ADDRESS_SCHEMES = frozenset({"http", "https", "mailto", "tel", "ftp", "file", "sms", "urn",
                              "data", "geo", "news", "irc", "javascript"})
_RATIO_BEFORE_RE = re.compile(r"\bratios?\s+(?:of\s+)?(?:[^\W\d_]+\s+)?$", re.I)


def _say_words_colon(match: re.Match[str]) -> str:
    """Two words with a colon between them (`_WORDS_COLON_RE`) said as a ratio's, "to",
    when "ratio" follows them or comes shortly before them ("the ratio Compression:breath"),
    else with a pause between them when the first is capitalised ("Key:Value"); a name in
    lower case after its namespace's ("wiki:bibtex") is left as written."""
    if match[1].lower() in _ADDRESS_SCHEMES:
        return match[0]
    if match[3] is not None or _RATIO_BEFORE_RE.search(match.string, 0, match.start()):
        return f"{match[1]} to {match[2]}"
    return f"{match[1]}, {match[2]}" if match[1][:1].isupper() else match[0]


_HALF_SPACED_SLASH_RE = re.compile(r"(?<=[^\W\d_]{2})/ +(?=[^\W\d_]{2})")
"""A slash spaced after it only, between words, "Parent(s)/ other adult(s)": a pause, as
without spaces (`_WORDS_SLASHED_RE`); the voice said "slash". Not one spaced before it
only, which opens a path ("see /word/document.xml")."""
_INCLUSIVE_AT_RE = re.compile(r"(?<=[^\W\d_])@(?=s?(?![\w@]))")
"""Spanish and Portuguese inclusive writing, "tod@s", "niñ@s": the voice said "tod arroba
s", and is given the word's first form ("todos", "niños"), as French's "vacciné·e" is."""
ORDINAL_SIGN_RE = re.compile(
    r"(?<![\d.,])(?:(?:[1-9]|10)°(?=\s+[^\W\d_]{3,})|[1-9]\d°(?=\s+(?!(?:celsius|"
    r"fahrenheit|cent[ií]grados?|grados?|gradi|graus?|para|sobre|durante|hacia|circa|"
    r"rispetto|per|con|com|entre|tra|fra|di|de|da|en|em|in)\b)[^\W\d_]{4,}))", re.I)
_ARTICLE_BEFORE_RE = re.compile(r"(?i:\b(?:el|la|los|las|il|lo|o|os|as|do|da|no|na|del|della|"
                                r"al|alla|nel|nella|pelo|pela|ao|à))\s$|(?:^|[.!?:]\s+)A\s$")
"""An article before a number, which makes it an ordinal with its sign ("la 13° edición");
"a" only as a sentence's first word, Portuguese's "A 13° edição" (Italian's and Spanish's
"a 60°" is "at 60 degrees")."""
"""Spanish, Italian and Portuguese also write an ordinal with a degree sign: "il 1° maggio",
"2° piano", "1° andar" were said "un grado maggio", "due gradi piano". A number up to ten
with the sign against it and a word after is an ordinal (`numbers.say_ordinal`); so is a
larger one between an article and a noun, "A 13° edição" (it was "treze graus edição");
"38° di febbre", "40° Celsius", "pasa de 39° durante" and "tra 2° e 8°" stay degrees."""
_LAW_PART_BEFORE_RE = re.compile(r"(?i:\b(?:art(?:igo|ículo|icolo)?|par[áa]grafo|inciso|"
                                 r"cap[íi]tulo|capitolo)\.?\s?|§\s?)$")
"""A law's article, paragraph or chapter before a number, which makes its degree sign
the ordinal's ("artigo 9° da Lei", "artículo 9° de la Ley", "art. 2°", "§ 1°"): a
Brazilian declaration's "artigo 9° da Lei" was "nove graus", as the word after it, "da",
is too short to be taken for the noun an ordinal stands before (`ORDINAL_SIGN_RE`)."""
_TEMPERATURE_BEFORE_RE = re.compile(r"(?i:\b(?:temperatur[ae]|febbre|fiebre|febre)\b)"
                                    r"[^.!?;]*$")
"""A temperature named before a number in the same sentence, whose degree sign is the
temperature's, whatever word follows (but an article before the number, "a temperatura do
2° andar"): a Brazilian "A temperatura é de 9° hoje." was said "nono hoje", an ordinal
before "hoje" taken for its noun."""
_CFA_FRANCS_RE = re.compile(r"(?<=\d)\s?(?:F\s?CFA|FCFA)\b")
"""West and Central Africa's franc, "100 FCFA", "5 000 F CFA": a Senegalese ministry's fees
were said "cent FCFA", spelled."""
_FRENCH_ITEM_RE = re.compile(r"^(\d{1,2})°\s+(?=[A-ZÀ-ÖØ-Þ])")
"""A French law's item, "1° Par une personne…", "2° Sur un mineur", said "premièrement",
"deuxièmement", as it is read out: it was "un degré". Not a temperature opening a line,
"19° dans les pièces"."""
_CLOCK_HOURS_WORD_RE = re.compile(r"(?<![\w:.,])((?:[01]?\d|2[0-3])(?::|h)[0-5]\d)(?![\d:]|[.,]\d)"
                                  r"\s?(?:h|hs|hrs|horas?|heures?|ore|ora)(?![\w'’])")
"""The word for hours after a time, "a las 9:30 h", which the voice leaves out ("a las nueve
y treinta": `numbers.say_time`), while the transcript said "9:30 horas": it goes from the
transcript too, in the languages that tell the time in words. Not after "13.00", which
only the word makes a time for the voice."""
_H_RANGE_RE = re.compile(r"(?<![\w.,:])(\d{1,2}h(?:[0-5]\d)?)\s?[–—-]\s?"
                         r"(?=\d{1,2}h(?:[0-5]\d)?(?!\w))")
"""Opening hours written with "h", "9h–17h", "9h30-12h", whose dash the voice left out
("neuf heures dix-sept heures"): the language's word for "to"."""
_NOON_RE = re.compile(r"(?<![\d:.,])12:00\s?m\.(?!\w)")
"""Noon as Colombia and Central America write it, "12:00 m." (meridiano), in a timetable
beside "a. m." and "p. m.": the "m" was read as metres ("doce en punto metros")."""
_MERIDIEM_RE = re.compile(r"(?<![\d:.,])(\d{1,2})(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\.?(?![\w.])",
                          re.IGNORECASE)
"""A time of day with "a. m." or "p. m." in Spanish ("8:00 a. m.", "2 p.m."), which the voice
said "ocho en punto a. m.", stopping at each stop as at a sentence's end: said as Mexico and
the United States' Spanish say it, "ocho de la mañana", "una de la tarde" (`_part_of_day`).
Its minutes may follow a stop, "8.00 p.m.", as Spotlight PA's Spanish voting guide writes
them (sweep AR, spl-guia-votar-2024-lang): "ocho en punto p.m.", where "7 a.m." beside it
was "siete de la mañana"."""


_MERIDIEM_RANGE_RE = re.compile(r"(?<![\d:.,])(\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?\s?m\.?)?)"
                                r"\s?[–—-]\s?(?=\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\.?(?![\w.]))",
                                re.IGNORECASE)
"""Two times of day joined by a dash, the second with "a. m." or "p. m.", "6–7:30 p.m.", "9
a.m.–8 p.m.", said with nothing between them ("nueve de la mañana ocho de la noche"):
"6 a 7:30 p.m."."""


def _part_of_day(match: re.Match[str]) -> str:
    hours, minutes, half = int(match.group(1)), match.group(2), match.group(3).lower()
    if hours > 12:
        return match.group(0)
    if half == "a":
        part = "de la noche" if hours == 12 else "de la madrugada" if hours < 6 else \
            "de la mañana"
    else:
        part = "del mediodía" if hours == 12 else "de la tarde" if hours < 8 else \
            "de la noche"
    from handout.read.numbers import say_time

    clock = say_time(hours, int(minutes or 0), "es").removesuffix(" en punto")  # "una"
    # The stop of "p. m." that ended the sentence ends it still.
    ends = match.group(0).endswith(".") and re.match(r"\s*(?:$|[A-ZÁÉÍÓÚÑ¿¡])",
                                                     match.string[match.end():])
    return f"{clock} {part}" + ("." if ends else "")


_NUMBER_SIGN_RE = re.compile(r"\b(?:[Nn]o|NO)\.\s?(?=\d)")
""""No. 5", number five in English and número cinco in Spanish ("Guía de Práctica Clínica
No. 26"), where the Spanish voice said "no", a refusal, before the number; so in a title
in capitals, "RESOLUTION NO. 259"."""
_NUMBER_LABEL_RE = re.compile(r"\b((?:[Rr]egistration|[Rr]eference|[Aa]ccount|[Tt]elephone|"
                              r"[Pp]olicy|[Ii]nvoice|[Mm]ember|[Pp]atient|[Cc]harity|[Cc]ompany|"
                              r"[Ss]erial|[Cc]ustomer|[Bb]ooking|[Tt]icket|[Pp]assport|[Vv]ehicle|"
                              r"[Ll]icence|[Ss]tudent|[Ee]mployee|[Cc]ontract|[Cc]laim|[Pp]hone|"
                              r"[Cc]ase|[Hh]ospital|[Ii]nsurance|[Uu]nit|Tel|NHS|Reg|ID)\.? )"
                              r"[Nn]o(?=\.?\s?:|\.?$|\.\s+[A-Z(]|\d)"
                              r"|(?<![\w.])No\.(?= (?:of|in)\b| (?:Of|In) [A-Z])")
"""A number's label, "Charity Registration No:", "Phone No.", and a column's, "No. of
people", "No. In Parish" (a parish council's crime figures): said "no", a refusal, the
first two with a pause after it; and a label's "No" written against its number,
"Registration No136114", said "no one hundred thirty-six thousand"; a consent form's
"National ID No. (NIN)" and "Hospital No.:". Not an answer, "No. In fact, …"."""
_SECTION_RE = re.compile(r"\b([Ss])(?:ec(s?)\.|\.(?=\s?\d+[A-Z]?\s(?:agreements?|of|notices?)\b))"
                         r"(?=\s?\d)")
""""Sec. 1", a law's or a policy's section before its number, as the University of Texas
Regents' Rules number theirs ("Sec. 1 Board Commitment."): the voice said "sec", and the
number began a sentence of its own after a pause; and "s. 106", an Act's section as
planning and housing papers write it, before "agreement", "notice" or "of" ("s. 106
agreement", "s.17 of the Act"), which was "ess." and a new sentence. A time in seconds
comes after its number ("30 sec."), and is said as seconds still."""
LAW_PARTS = {"art": "article", "para": "paragraph", "paras": "paragraphs", "ss": "sections",
             "sch": "schedule"}
"""A law's parts, shortened before their numbers as privacy notices and constitutions cite
them (sweep CF): "(in accordance with Art. 6 (1) (f) GDPR)", "Art. 6 para. 1", "See ss.
21-23 of the Act", "Sch. 2": said "art", "para", "ess ess", and each stop ended a sentence,
cutting a citation into pieces with a falling tone after each (`BEFORE_A_NUMBER`)."""
_LAW_PART_RE = re.compile(r"(?<![\w.])(Art|art|Paras?|paras?|ss|Sch|sch)\.\s?(?=\d)")
SLAVIC_LAW_PARTS = {
    "ru": {"ч": ("часть", "части", "части", "части", "частью"),
           "ст": ("статья", "статьи", "статье", "статье", "статьёй"),
           "п": ("пункт", "пункта", "пункту", "пункте", "пунктом"),
           "пп": ("подпункт", "подпункта", "подпункту", "подпункте", "подпунктом")},
    "uk": {"ч": ("частина", "частини", "частині", "частині", "частиною"),
           "ст": ("стаття", "статті", "статті", "статті", "статтею"),
           "п": ("пункт", "пункту", "пункту", "пункті", "пунктом"),
           "пп": ("підпункт", "підпункту", "підпункту", "підпункті", "підпунктом")}}
"""A law's part, article, point and subpoint as Russian and Ukrainian cite them before their
numbers, "ч. 2 ст. 5 Закона", by case: nominative, genitive, dative, locative, instrumental.
The first takes the case its preposition asks for (`_SLAVIC_LAW_CASE_RE`), each after it the
genitive, whose part it is: "согласно части 2 статьи 5". Each stop ended a sentence, and
"ч." was "часов", hours (`BEFORE_A_NUMBER`)."""
_SLAVIC_LAW_CASE_RE = {
    "ru": re.compile(r"(?i)(?:\b(до|от|из|для|без|после|основании|силу|нарушение)|"
                     r"\b(согласно|по|вопреки)|\b(в|во|о|об|при)|\b(с|со))\s$"),
    "uk": re.compile(r"(?i)(?:\b(до|від|для|без|після|підставі|порушення)|((?!))|"
                     r"\b(в|у|на|при)|\b(?:згідно|відповідно) (з|із))\s$")}
"""The preposition before a law's first part (`SLAVIC_LAW_PARTS`), in a group for each case
it asks for: genitive, dative, locative, instrumental."""
_SLAVIC_LAW_PART_RE = re.compile(r"(?<![\w.])(ч|ст|пп|п|Ч|Ст|Пп|П)\.\s?(?=\d)")
_SLAVIC_LAW_CHAIN_RE = re.compile(r"(?<![\w.])(?i:ч|ст|пп|п)\.\s?\d+(?:\.\d+)*,?\s$")
"""The part of a law just before another (`SLAVIC_LAW_PARTS`), "ч. 2 " of "ч. 2 ст. 5"."""


def _slavic_law_part(match: re.Match[str], primary: str) -> str:
    """`_SLAVIC_LAW_PART_RE`'s part in words, in its case (`SLAVIC_LAW_PARTS`)."""
    before = match.string[max(0, match.start() - 40):match.start()]
    if _SLAVIC_LAW_CHAIN_RE.search(before):
        case = 1
    else:
        preposition = _SLAVIC_LAW_CASE_RE[primary].search(before)
        case = preposition.lastindex if preposition else 0
    said = SLAVIC_LAW_PARTS[primary][match[1].lower()][case]
    return (said.capitalize() if match[1][0].isupper() else said) + " "
_HOUSE_NUMBER_RE = re.compile(r"(?:\b[Nn]o\.|\b[Nn]\.?[º°]|\bnúmero\b|(?<!\S)#)\s?(\d+)\s?-\s?(\d+)"
                              r"(?![\d-]|[.,]\d)")
"""A Colombian address's number, "Calle 45 No. 3-85", "Carrera 7 # 12-30": the cross street
and the distance from it, joined by a hyphen that is no range ("número tres a ochenta y
cinco" was said, and the "#" was said as nothing): "número 3 guion 85"."""
STREETS = {"St": "Street", "Rd": "Road", "Ave": "Avenue", "Ln": "Lane", "Blvd": "Boulevard"}
_STREET_RE = re.compile(rf"\b([A-Z][a-z]+(?:['’]s)?|\d+(?:st|nd|rd|th)) ({'|'.join(STREETS)})"
                        r"(?:(\.)(?:(\s+)(?=[A-Z]))?|(?=\s?[),;(]|\s*$|\s[NS][EW]\b))")
"""A street, "200 Main St.", "the side entrance (Church St)", "Station Rd", after its name:
"Street", "Road" (the voice said "Church Saint", "Station R D"), and a pause where an
address's next line follows ("Main St. / Berkeley"), after a name that is a saint's too,
"12 St John's St" (the street was said "saint"); before a name, "St." is a saint. So before
a city's quarter, "4311 12th Ave NE", and "Montlake Blvd.", in a university's directions
(sweep CJ), which went to the voice as written."""
_ROAD_RE = re.compile(r"\b([A-Za-z][a-z]+) (?:Rd|rd)\b(?![.'’]?\w|\s?\d)")
"""A road shortened after its name before more words, "on Station Rd and Mill St", or in
lower case, "station rd": the voice said "R D", where `_STREET_RE`, which must tell a street
from a saint ("St John's"), wants a stop, a bracket or the end after it. "Rd" is no saint."""
_UK_ROAD_RE = re.compile(r"(?<![\w/-])([AB])(\d{4})(?![\w/-]|[.,]\d)")
"""A British road of four digits, "the A4135", "B4391": the letter and its digits one by
one, as the roads are said, where the voice said "A four thousand one hundred thirty-five"
(the tester's walk, sweep AX, route/walk.md). A road of fewer digits, "A40", "M6", is said
as a number, "A forty"."""
_JUNCTION_RE = re.compile(r"(?<![\w/-])J(\d{1,2})(?![\w/-]|[.,]\d)")
_MOTORWAY_RE = re.compile(r"\bM\d{1,3}\b")
"""A motorway's junction, "M5 J14", "leave the M5 at J14": "junction 14", where the voice
said "J fourteen" (route/walk.md). Only with a motorway named shortly before it."""
_GRID_REFERENCE_RE = re.compile(r"(\b[Gg]rid [Rr]ef(?:erence)?\.?:?\s)([A-Z]{2})\s?"
                                r"(?:(\d{2,5})\s(\d{2,5})|((?:\d\d){2,5}))\b")
"""An Ordnance Survey grid reference, "grid ref SH 609 543": its letters and digits one by
one, as a walker reads them out, where the voice said "six hundred nine" (route/walk.md).
Written without spaces, "grid reference TQ440625", its easting and northing are the two
halves of its digits: a Kent Ramblers walk's was "T Q, 4 4 0 6, 2 5" (sweep CJ)."""
_TAX_CODE_RE = re.compile(r"(\b[Tt]ax [Cc]ode(?:\s(?:is|was|of|to|will be))?:?\s)"
                          r"([SC]?(?:\d{1,4}[LMNT]|K\d{1,4}|BR|D[01]|NT|0T))"
                          r"(?:\s?(W1|M1|X))?\b")
"""A UK tax code after its name, "Tax code 1257L", "BR", "0T", "K475", and its emergency
basis, "1257L M1": its digits and letters one by one, as a payslip's reader says them, where
"Tax code 1257L" (sweep BC's brief, from its workplace documents) was said "1257 litres"."""
_SAINT_RE = re.compile(r"\bSt(e?)\.(?=\s[A-Z])")
"""A saint's shortening before a name, "St. Ives": "Saint", and "Sainte" for "Ste.", the
city of "Sault Ste. Marie" (sweep CT, D9), said "stee" and cut into two sentences there."""
MOUNTS = {"Mt": "Mount", "Mts": "Mountains", "Ft": "Fort"}
_MOUNT_RE = re.compile(r"(?<![\w.])(?<!\d )(?:(Mt|Ft|(?<![a-z] )Mts)\.?(?=\s[A-Z][a-z])"
                       r"|(Mts)\.(?=\sof\b))")
"""A mountain's or a fort's name after its shortening, "Mt. Bierstadt", "Mt Snowdon", "Mts.
of Mourne", "Ft. William": "Mount", "Mountains", "Fort", as "St." before a name is "Saint".
A hiking club's trips (sweep AX, jz-hikes-2018), "Mt. Bierstadt and Mt. Evans", were said
"em tee." and cut into sentences at each stop. Not after a number, "300 Ft" (feet), "5 Mt".
"Mts." after its name, "the Rocky Mts. Then…", is `_MOUNTAINS_AFTER_NAME_RE`'s."""
CLERGY_TITLES = {"Fr": "Father", "Sr": "Sister", "Br": "Brother", "Mgr": "Monsignor",
                 "Msgr": "Monsignor", "Rt": "Right"}
_CLERGY_TITLE_RE = re.compile(r"(?<![\w./–-])(?:(Fr|Sr|Br|Mgr|Msgr)\.?(?=\s[A-Z][a-z])"
                              r"|(Rt)\.?(?=\sRev(?:d|\.)?\s))")
"""A title of the clergy shortened before a name, as a parish's notices write them (sweep
CR, stmichaels-news line 2), "Fr John Ainslie", "Sr Mary", "Br Thomas", "Mgr Brown", "the
Rt Revd Paul Smith": said as letters, "F R John", "M G R Brown", and "Fr. Michael will
preach." was cut in two at its stop. Not "Sr" after a name, "John Smith Sr", a Senior."""
HONORIFICS = {"pbuh": "peace be upon him", "saw": "peace be upon him",
              "saws": "peace be upon him", "ra": "may Allah be pleased with him",
              "swt": "glorified and exalted is He"}
_HONORIFIC_RE = re.compile(r"(?<=\()(?:(PBUH|pbuh|s\.a\.w\.(?:s\.)?|r\.a\.|s\.w\.t\.)"
                           r"|(SAWS?|RA|SWT|swt))(?=\))")
"""An honorific written after the Prophet's name or a companion's, in brackets, as a
mosque's notices write them (sweep CR, eccles-ramadan line 53), "Allah's Messenger
(s.a.w.s.)", "The Prophet (SAW) said": "pee-buh", "The Prophet saw said", "rah", and the
dotted ones letter by letter. Said as the community says them in English, "peace be upon
him", "may Allah be pleased with him"; in capitals, "(SAW)" and "(RA)" only where Allah, the
Prophet or a companion ("Abu Bakr") is named in the sentence: "(RA)" is also rheumatoid
arthritis. After Allah's name, "Allah (SWT)" was "S W T": "glorified and exalted is He"."""
_BLESSING_SIGN_RE = re.compile(r"\s?\ufdfa")
"""The same blessing written as one sign, "Muhammad ﷺ" (U+FDFA, sweep CR): said in English,
where it was left unsaid, the English voice having no Arabic (`unreadable_words`)."""
_HONORED_NEAR_RE = re.compile(r"\b(?:Allah|Prophet|Messenger|Muhammad|Mohammed|[Nn]arrated|"
                              r"[Hh]adith|Qur.?an|Abu|[Ii]bn|bint|Companions?)\b")
_EARLY_YEAR_RE = re.compile(r"(?:(?<![\w.,/])(\d{4})/)?(?<![\w.,])(1[0-4]\d\d)"
                            r"(?:\s?(AH|A\.H\.)(?!\w)|(?=[.,;:)]|$)|(?=\s))")
_HIJRI_MONTH_BEFORE_RE = re.compile(r"(?:Ramadan|Ramadhan|Shawwal|Muharram|Safar|Rajab|"
                                    r"Sha.?ban|Hijjah|Qa.?dah) $")
"""A year before 1500, which the voice read as a number, as a mosque's notices date them
in the Hijri calendar (sweep CR, eccles-ramadan, icsd-taraweeh), "Ramadan 1437", "1437 AH",
"2016/1437AH", and a Sikh festival's page its Guru's birth, "born in 1469": "one thousand
four hundred thirty-seven", "AH" "ah", and the slash said. Said as a year, "14 37 A H"
(`say_early_year`), after a Hijri month, before "AH", or after "in" at a phrase's end."""


def say_early_year(match: re.Match[str]) -> str:
    """A year before 1500 (`_EARLY_YEAR_RE`) as a year is said, "14 37", "14 hundred", "14
    oh 7", with the Gregorian year written before it and "A H" after."""
    before = match.string[:match.start()]
    if not match[3] and not _HIJRI_MONTH_BEFORE_RE.search(before) and not (
            re.search(r"\bin $", before) and not match.string[match.end():match.end() + 1]
            .isspace()):
        return match[0]
    year = int(match[2])
    said = f"{year // 100} " + ("hundred" if not year % 100 else
                                f"oh {year % 100}" if year % 100 < 10 else f"{year % 100}")
    return (f"{match[1]}, " if match[1] else "") + said + (" A H" if match[3] else "")


_MOUNTAINS_AFTER_NAME_RE = re.compile(r"(?<=[a-z] )Mts\b(?!\.\sof\b)")
"""A range's name before "Mts.", "the Rocky Mts.", "Blue Ridge Mts": "Mountains", and its
point may end the sentence, where "the Rocky Mts. Then we rest" was one sentence, "Mountains
Then"."""
_KICK_OFF_RE = re.compile(r"(\b(?:\d{1,2}(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|midnight|noon"
                          r"|\d{1,2}:[0-5]\d)\s)(?:ko|KO|k/o|K/O)(?![\w/])"
                          r"|\b(?:KO|K/O|k/o)(:?\s)(?=\d{1,2}(?:[:.][0-5]\d)?\s?(?:am|pm)\b"
                          r"|\d{1,2}:[0-5]\d\b)")
"""A match's kick-off shortened beside its time, "half past midnight ko", "1am ko" (a
football club's viewings, sweep AD), "KO 3pm", "k/o 19:45": the voice said "koh"."""
_CIRCA_RE = re.compile(r"(?<![\w.])(?<!^)c\.\s?(?=\d|[£$€]\d)")
_GLUED_ERA_RE = re.compile(r"(?<=\d)(?=(?:AD|BC|BCE|CE)\b)")
""""c." for circa before a year or a number, "St Cecilia (c.230AD)", "built c. 1850": the
voice said "C", and "c." ended a sentence (`BEFORE_A_NUMBER`); and an era glued to its
year, "680AD", set apart: a parish's saints for the week (sweep AD). Before an amount too,
a report's "We spent c. £5m" (sweep CQ), which was two sentences, "c." said "see". Not a capital, "Vitamin
C. 500 mg", nor a list's letter opening its item, a survey's "c. 3 open-ended questions"
after "a." and "b." (sweep BE), which was "circa 3"."""
_SHOUTED_RE = re.compile(r"\b[A-Z]+(?:[ ,]+[A-Z]+){2,}\b")
_SHOUTED_WORD_RE = re.compile(r"\b(?:IT|US)\b")
"""Words in capitals among three or more (a warning shouted, "IT IS VERY IMPORTANT", "CALL
US"), where the pronoun is no initialism: the voice said "I T is very important"."""
AUSTRALIAN_STATES = {"WA": "Western Australia", "SA": "South Australia",
                     "NT": "Northern Territory", "QLD": "Queensland", "Qld": "Queensland",
                     "ACT": "A C T"}
"""Australia's states and territories by their shortenings, which the voice said as words
("wah", "sah", "act"), under `lang: en-AU`: Services Australia's rates, "In WA and SA"."""
_AUSTRALIAN_STATE_RE = re.compile(r"(?<![\w.&-])(?:WA|SA|NT|QLD|Qld|ACT)(?![\w&-])")
DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
              "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
_DIRECTION_RE = re.compile(r"(?<=\d )([NSEW])\.?(?= (?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)) "
                           rf"(?:{'|'.join(STREETS)}|Blvd|Dr|Street|Road|Avenue|Boulevard|Drive)\b)"
                           r"|(?<=\bfrom )([NSEW])\.?(?= \d+(?:st|nd|rd|th) )")
"""A street's direction in an American address, "123 N. Oak St.", "enter from W. 3rd Ave.":
the voice said "en" and "double-u", and the address was cut into two sentences at "N."."""
_COMPASS_POINT_RE = re.compile(
    r"\b((?i:head(?:s|ed|ing)?|turn(?:s|ed|ing)?|bear|go|continue)\s(?:due\s)?)"
    r"([NS][EW]?|[EW])\b(?![\w'’-])|\b()([NS][EW])(?=\scorner\b)"
    r"|\b((?:Street|Avenue|Boulevard|Road|Lane|Drive|Way|Place)\s)([NS][EW])\b(?![\w'’-])")
"""A compass point in directions, where it can be nothing else: after a way to go, "head
NE", before a corner, "the SW corner", and a city's quarter after its street, "12th Avenue
NE" (a car park's and a university's directions, sweep CJ), which the voice said "N E"."""


def _street(match: re.Match[str]) -> str:
    if match.start() == 0:  # "Visit St. Thomas": a sentence's first word, not a street's name
        return match.group(0)
    name, kind, stop, spaces = match.groups()
    ending = f",{spaces}" if spaces else \
        "." if stop and not match.string[match.end():].strip() else ""
    return f"{name} {STREETS[kind]}{ending}"
WIDE_LETTERS = "\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff" \
    "\ufe30-\ufe4f\uff00-\uffef"
"""Chinese, Japanese and Korean letters and their punctuation, full-width forms included:
the text of languages that write no space between a word and the next."""
_URL_RE = re.compile(rf"(?:\b|(?<=[{WIDE_LETTERS}]))(?i:https?://|www\.)"
                     rf"([^\s/<>\"')\]{WIDE_LETTERS}]*[^\s/<>\"')\].,;:!?{WIDE_LETTERS}])"
                     rf"(?:/[^\s<>\"{WIDE_LETTERS}]*[^\s<>\".,;:!?)\]{WIDE_LETTERS}]|/)?")
"""A web address, said as its host (and a one-word path, `_address`): not the stop or comma
after it, which ended the sentence or made its pause ("Visit www.nhs.uk." lost its full
stop), nor the Chinese, Japanese or Korean words written straight after it or before it,
with no space between: "…code_of_conduct.htmlで利用可能なContributor Covenant" (the Contributor
Covenant's Japanese translation) was said "contributor-covenant.org Covenant". Only the
scheme is matched in either case: case-folding the tens of thousands of wide letters made
this the slowest pattern to compile, 34 ms of every build's start (now 14)."""
_HOST_RE = re.compile(r"(?<![\w.-])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|edu|gov|int|eu|fr|de|"
                      r"it|es|pt|ch|at|be|nl|lu|uk|ie|ca|us|info|io|ru|tr|dk|fi|se|no|pl|cz)"
                      r"(?![\w-]|\.[a-z0-9])")
"""A host name, "beta.gouv.fr", "aulss9.veneto.it", also in an e-mail address or after a web
address's "www." is taken off."""
_COUNTRY_DOMAIN_RE = re.compile(r"(?<![\w./-])(?:[A-Za-z0-9][\w-]*\.)+(?=[a-z]{2}(?![\w-]|\.\w))"
                                r"(?<=[A-Za-z0-9-]{2}\.)([a-z]{2})")
"""A host's country, "kidshelpphone.ca", "sadag.co.za", "redcross.or.ke", which the English
voice said as a word ("dot kah", "dot zah"): given to it letter by letter, in capitals,
which it spells (`_spelled_country`); as one word in capitals, ".AU" was still "oh"."""
WORD_LIKE_COUNTRIES = frozenset("am as at be by co do go in is it me my no so to us".split())
"""Countries whose code is an English word, which a sentence run into the next without its
space ends with as often ("It ended.so what"): spelled only after a domain of their own
("gov.in", "co.at")."""


_FORMULA_RE = re.compile(r"(?<![\w.])(?:(?:Cl|[CHNOSPFKIB])(?:[1-9]\d?|[₁-₉][₀-₉]?)?){2,}"
                         r"(?![\w₀-₉]|[.,]\d| \d[A-Z]{2}\b)|(?<![\w.])[NS]Ox\b")
"""A chemical formula in capitals with its count of atoms, "NO2", "SO2", "CO₂", "H2O", or
a family of oxides, "NOx": an air-quality page's "High NO2 levels" was "no two", "SO2" "so
two", "NOx" "knocks", and "(NO₂)" "no", the subscript unsaid. Only elements' letters, two
or more, and a count of one or two digits: "PM2.5", "NHS111", "A4" and "B12" are none; nor
a British postcode's first half, before its second (`numbers.UK_POSTCODE`): the ICO's
"Wilmslow, Cheshire, SK9 5AF" (sweep AS, a GDPR policy) was spelled "S K 9" before the
postcode's rule could say it, "5AF" then a word, in the 21 areas of elements' letters
("CF10 3AT", "BS8 1AF", "CH1 1AA")."""


CHEMICAL_ELEMENTS = frozenset("""H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V
Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs
Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr
Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts
Og""".split())
"""The periodic table's symbols, which a formula is made of."""
FORMULA_METALS = frozenset("""Li Na K Rb Cs Be Mg Ca Sr Ba Al Zn Cu Fe Pb Ag Sn Ni Co Mn Cr Hg
Au Pt Ti""".split())
"""Metals that open a formula with no count in it (`FORMULA_ANIONS`)."""
FORMULA_ANIONS = frozenset("O OH F Cl Br I S CN".split())
"""What follows a metal (`FORMULA_METALS`) in a formula with no count in it, "NaOH", "MgO",
"AgCl": not "NaN", a programmer's "not a number"."""
_ELEMENT = "|".join(sorted(CHEMICAL_ELEMENTS, key=len, reverse=True))
_COUNT = r"(?:[1-9]\d?|[₁-₉][₀-₉]?)"
_ION_FORMULA_RE = re.compile(
    rf"(?<![\w.])((?:(?:{_ELEMENT}){_COUNT}?|\((?:(?:{_ELEMENT}){_COUNT}?){{1,4}}\){_COUNT}?)"
    r"{1,8})([¹²³⁴⁵⁶⁷⁸⁹]?[⁺⁻])?(?:\s?\((aq|s|l|g)\))?"
    r"(?![\w₀-₉⁰-⁹⁺⁻]|[.,]\d| \d[A-Z]{2}\b)")
"""A formula of the periodic table's symbols with its counts, charge and state, "SO₄²⁻",
"NO₃⁻", "Cu²⁺", "Ca(OH)₂", "CuSO₄ (aq)", "NaOH" (`spelled_formula`)."""
STATES = {"aq": "aqueous", "s": "solid", "l": "liquid", "g": "gas"}
"""A state symbol after a formula, said in full."""


def spelled_formula(found: re.Match[str]) -> str:
    """A formula (`_ION_FORMULA_RE`) spelled element by element with its counts, "C U S O
    4", its charge "2 minus" or "plus" and its state in full, "aqueous": a chemistry
    handout's (sweep BJ, acids-salts and chem-balanced) "SO₄²⁻(aq)" was said "S O four
    squared", "NO₃⁻" lost its minus, "Ca(OH)₂" was "kah oh", "CuSO₄" "koo so four" and "(aq)"
    "ack", as only formulas of C H N O S P F K I B Cl were spelled. A formula is one with a
    count and two elements or more, a charge, or a known shape with no count, a metal
    before others ("NaOH", "MgO", "AgCl"); capitalised words and acronyms are none ("NHS",
    "Cocoa", "In 2020")."""
    formula, charge, state = found.group(1), found.group(2), found.group(3)
    parts = re.findall(rf"{_ELEMENT}|\d+|[₀-₉]+|[()]", formula)
    elements = [part for part in parts if part in CHEMICAL_ELEMENTS]
    counted = any(part[0].isdigit() or part[0] in "₀₁₂₃₄₅₆₇₈₉" for part in parts)
    lowered = re.search("[₀-₉]", formula)  # "H₂", its count in subscript
    if not (charge or lowered or len(elements) >= 2 and (counted or "(" in parts or elements[0] in
                                              FORMULA_METALS and "".join(elements[1:]) in
                                              FORMULA_ANIONS)):
        return found.group()
    return _spelled(parts, charge, state)


def _spelled(parts: list[str], charge: str | None, state: str | None) -> str:
    """A formula's parts, its charge and state, as `spelled_formula` says them."""
    said = " ".join(" ".join(part.upper()) if part in CHEMICAL_ELEMENTS else part
                    for part in parts).translate(SUBSCRIPT_TO_DIGITS)
    said = said.replace("( ", "(").replace(" )", ")")
    if charge:
        said += f" {charge[:-1].translate(SUPERSCRIPT_DIGITS)} " \
            f"{'plus' if charge[-1] == '⁺' else 'minus'}".replace("  ", " ")
    return said + (f" {STATES[state]}" if state else "")


_FORMULA_TERM = (rf"(?:[1-9]\d?)?(?:(?:{_ELEMENT}){_COUNT}?|\((?:(?:{_ELEMENT}){_COUNT}?){{1,4}}\)"
                 rf"{_COUNT}?){{1,8}}[¹²³⁴⁵⁶⁷⁸⁹]?[⁺⁻]?(?:\s?\((?:aq|s|l|g)\))?(?![\w₀-₉⁰-⁹⁺⁻])")
_CHEMICAL_WORDS = r"[a-z]{3,}(?:\([IV]+\))?(?: [a-z]{3,}(?:\([IV]+\))?){0,2}\b"
_ELECTRON = r"e⁻(?![\w⁰-⁹⁺⁻])"
"""Electrons in a half equation, "2e⁻", said "2 e minus" (`said_equation`): a science
lesson's (sweep CP) "At the cathode: 2H⁺ + 2e⁻ → H₂" and "Fe³⁺ + e⁻ → Fe²⁺" were said "2H
plus + 2e minus, H 2" and "F E 3 plus + e minus, F E 2 plus": no side with an electron was
taken for an equation's, so its arrow was a pause and "2H⁺" ran its count into the H."""
_EQUATION_TERM = (rf"(?:\(deleted: {_FORMULA_TERM}\)(?:\s?\((?:aq|s|l|g)\))?"
                  rf"|{_FORMULA_TERM}|{_CHEMICAL_WORDS}|(?:[1-9]\d?)?{_ELECTRON})")
"""A formula, struck through too, a cancelled ion, "(deleted: SO₄²⁻) (aq)"
(`generators._join_deletions`), chemical words or electrons."""
_EQUATION_SIDE = rf"{_EQUATION_TERM}(?:\s*\+\s*{_EQUATION_TERM})*"
_CHEMICAL_EQUATION_RE = re.compile(
    rf"(?<![\w+])({_EQUATION_SIDE})\s*"
    rf"(→|⇌|-->?)(\s*\([^()\n]*\))?\s*({_EQUATION_SIDE})(?![\w+])")
"""A chemical equation: formulas or chemical words ("zinc", "copper(II) sulfate") joined
by "+", an arrow, and more of them, with a "+" on one side (`said_equation`)."""
_EQUATION_TERM_RE = re.compile(rf"(\(deleted: )?({_FORMULA_TERM})(?(1)\)(?:\s?\((aq|s|l|g)\))?)"
                               rf"|{_CHEMICAL_WORDS}|([1-9]\d?)?{_ELECTRON}")
_EQUATION_ARROWS = {"→": "gives", "->": "gives", "-->": "gives",
                    "⇌": "is in equilibrium with"}
"""What a chemical equation's arrow is said."""


def said_equation(found: re.Match[str]) -> str:
    """A chemical equation (`_CHEMICAL_EQUATION_RE`), its arrow said "gives" (→, "->") or "is
    in equilibrium with" (⇌), its formulas spelled with their counts, "2Mg" "2 M G", and
    states: a chemistry handout's (sweep BJ, chem-balanced lines 39, 68) "Mg + O₂ → MgO" was
    "Mg + O 2, M G O" and "zinc + copper(II) sulfate → zinc sulfate + copper" "zinc +
    copper(II) sulfate, zinc sulfate + copper", the arrow a pause (`_said_arrow`), and
    "2Mg" "two M g"."""
    if "+" not in found.group(1) + found.group(4):
        return found.group()  # "London → Paris", "Ctrl → C" (`_said_arrow`)

    def side(words: str) -> str:
        return _EQUATION_TERM_RE.sub(term, words)

    def term(found: re.Match[str]) -> str:
        if found.group().endswith("e⁻"):  # electrons, "2e⁻"
            return f"{found.group(4) or ''} e minus".lstrip()
        if not found.group(2):
            return found.group()
        count, formula = re.fullmatch(r"(\d*)(.*)", found.group(2), re.S).groups()
        formula, state = re.fullmatch(r"(.*?)(?:\s?\((aq|s|l|g)\))?", formula, re.S).groups()
        formula, charge = re.fullmatch(r"(.*?)([¹²³⁴⁵⁶⁷⁸⁹]?[⁺⁻])?", formula, re.S).groups()
        spelled = _spelled(re.findall(rf"{_ELEMENT}|\d+|[₀-₉]+|[()]", formula), charge, state)
        spelled = f"{count} {spelled}" if count else spelled
        if found.group(1):  # struck through, "(deleted: S O 4 2 minus) aqueous"
            return f"{found.group(1)}{spelled})" + (f" {STATES[found.group(3)]}"
                                                    if found.group(3) else "")
        return spelled

    return (f"{side(found.group(1))} {_EQUATION_ARROWS[found.group(2)]}"
            f"{found.group(3) or ''} {side(found.group(4))}")


def spelled_formulas(text: str, lang: str) -> str:
    """`text` for the English voice with its chemical formulas (`_ION_FORMULA_RE`,
    `_FORMULA_RE`) spelled, a subscript's digits as digits, "N O 2"; a reader reads them as
    written."""
    if lang.split("-")[0].lower() != "en":
        return text
    text = _PARTICLE_SIZE_RE.sub(lambda m: m.group().translate(SUBSCRIPT_TO_DIGITS), text)
    text = _ION_FORMULA_RE.sub(spelled_formula, text)
    return _FORMULA_RE.sub(lambda m: m.group() if not re.search(r"[\dx₀-₉]", m.group()) else
                           " ".join(re.findall(r"Cl|[A-Zx]|\d+|[₀-₉]+", m.group()))
                           .translate(SUBSCRIPT_TO_DIGITS), text)


SUBSCRIPT_TO_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
"""Unicode's subscript digits as the digits they are (`str.translate`)."""
_PARTICLE_SIZE_RE = re.compile(r"(?<![\w.])PM[₀-₉]+(?:\.[₀-₉]+)?(?![\w₀-₉])")
"""A particle's size in subscript, "PM₁₀", "PM₂.₅", said as "PM10" and "PM2.5" are: an
air-quality page's (sweep CX, 02-nashik-aqi) "PM₁₀ – inhalable particles" was "PM
inhalable particles", its size unsaid, and "PM₂.₅" "PM two five", in each row of its table
too, so that a listener could not tell the two apart."""


def spelled_countries(text: str, lang: str) -> str:
    """`text` for the English voice with its hosts' country codes in capitals
    (`_COUNTRY_DOMAIN_RE`); a reader reads them as written."""
    if lang.split("-")[0].lower() != "en":
        return text
    return _COUNTRY_DOMAIN_RE.sub(_spelled_country, text)


def spelled_initials(text: str, lang: str) -> str:
    """`text` for the English voice with people's initials in minutes
    (`_PEOPLES_INITIALS_RE`) spelled; a reader reads them as written."""
    if lang.split("-")[0].lower() != "en":
        return text
    return _PEOPLES_INITIALS_RE.sub(lambda m: m[1] + _CAPITALS_RE.sub(_spelled_name, m[2]), text)


_CAPITALS_RE = re.compile(r"[A-Z]+")


def _spelled_name(initials: re.Match[str]) -> str:
    """A person's `initials` letter by letter (`spelled_initials`); a word in capitals
    (`NOT_INITIALS`) as written."""
    if initials[0] in NOT_INITIALS:
        return initials[0]
    return " ".join(LETTER_NAMES.get(letter, letter) for letter in initials[0])


FILE_EXTENSIONS = frozenset("md sh py rs ps ai cc mk pm ml tf gs bz sv".split())
"""Countries' codes that are more often a file's extension ("page-1.md", "goostats.sh")."""


@functools.cache
def country_codes() -> frozenset[str]:
    """The two-letter codes of countries and territories (CLDR's, through Babel, and the
    UK's own domain), which a host may end with, less `FILE_EXTENSIONS`."""
    from babel import Locale

    return frozenset({"uk"} | {code.lower() for code in Locale("en").territories
                               if len(code) == 2 and code.isalpha()}) - FILE_EXTENSIONS


def _spelled_country(found: re.Match[str]) -> str:
    """A host's country code in capitals (`_COUNTRY_DOMAIN_RE`), but a word's or a file's
    extension."""
    before, country = found.group()[:-2], found.group(1)
    if country not in country_codes():
        return found.group()
    if country in WORD_LIKE_COUNTRIES and not re.search(
            r"(?:^|\.)(?:gov|co|ac|org|net|edu|nic|or|com)\.$", before, re.I):
        return found.group()
    return before + " ".join(LETTER_NAMES.get(letter, letter) for letter in country.upper())
DOT_WORDS = {"hi": "डॉट", "ur": "ڈاٹ", "mr": "डॉट", "ne": "डट", "bn": "ডট", "ta": "டாட்",
             "te": "డాట్", "gu": "ડોટ", "pa": "ਡਾਟ", "si": "ඩොට්",
             "fr": "point", "de": "Punkt", "it": "punto", "ru": "точка", "tr": "nokta",
             "da": "punktum", "fi": "piste"}
"""The word for a host name's dots, where the language's voice says nothing for them (the
French, German and Italian voices said "beta gouv fr", a listener could not write it down;
the others say "dot", "punto", "punt", "kropka" themselves). India's languages, Nepali and
Sinhala say the English word, as Hindi and Urdu do: codes of conduct in Bengali, Nepali,
Sinhala and Marathi gave their contact "victorfelder@gmail.com" as "victorfelder at gmail
com" (sweep CN)."""
_SAID_HOST_RE = re.compile(rf"\b(?:{'|'.join(DOT_WORDS.values())}) \S+$")
"""The end of a host name said with its dots' word ("test Punkt de"), before its path."""
UNDERSCORE_WORDS = {"en": "underscore", "es": "guion bajo", "fr": "tiret bas",
                    "it": "trattino basso", "pt": "underline", "de": "Unterstrich",
                    "nl": "liggend streepje", "pl": "podkreślnik", "ru": "нижнее подчёркивание",
                    "uk": "нижнє підкреслення", "cs": "podtržítko", "sk": "podčiarkovník",
                    "tr": "alt çizgi", "sv": "understreck", "da": "understreg", "nb": "understrek",
                    "fi": "alaviiva", "el": "κάτω παύλα"}
"""The word for an underscore in an e-mail address's name, which every voice left out (it
is markup elsewhere): a festival's only contact, "svetlana_fest@i.ua", was "svetlana fest
at…", an address that does not exist."""


def _email_name(name: str, lang: str) -> str:
    """An e-mail address's name, its underscores said (`UNDERSCORE_WORDS`)."""
    underscore = UNDERSCORE_WORDS.get(lang.split("-")[0].lower())
    return re.sub(r"_+", f" {underscore} ", name) if underscore else name


AND_WORDS = {"az": "və", "cy": "a", "eu": "eta", "ga": "agus", "gd": "agus", "hy": "և",
             "lt": "ir", "sw": "na", "te": "మరియు", "tk": "we", "uz": "va", "id": "dan",
             "ms": "dan"}
"""The word for "&" between two words, where the language's voice said it in English: a
Welsh "Bwyd & diod" was "bwyd and diod" (Welsh says "ac" before a vowel, `_and_word`);
Indonesian and Malay "Hotel & Towers" was "tanda dan", the sign's name (sweep CH).
The other voices say their own word."""
_AND_SIGN_RE = re.compile(r"(?<=\s)&(?=\s+(\w)?)")
AT_WORDS = {"tr": "et"}
"""The word for an e-mail address's "@", where the language's voice says nothing for it: a
Turkish clinic's "habibcilmd@gmail.com" was "habibcilmd gmail nokta com"."""
_EMAIL_RE = re.compile(r"(?:\bmailto:)?\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
"""An email address, said "name at host"; with the "mailto:" a link's address starts with, as a
Word document printed one ("mailto:jason@plutext.org", said "mailto"), without it."""
_HANDLE_AT_RE = re.compile(r"(?<![^\W_])(?<![@.])@(?=[^\W\d_][\w.-]*)")
"""The at sign of a person's handle, "mentionnez @Catherine Paganini, @jmo" (the CNCF
glossary's French page), which the French voice said "arobase Catherine": another
language's voice says the name alone. English's says "at", as people read a handle."""
_MARKUP_RE = re.compile(r"[#*|`\[\]_~^{}\\]+|[<>]+(?![<>]|\s?[-−]?\.?\d)"
                        r"|[\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff]")
"""Marks the voice would say, or stumble on; not a comparison before a number. And the
shapes, stars and dingbats that decorate a page ("☙", "★", "❖", "●") left when those that
mean something are named (a tick, a box, an emoji): the voice said "symbol two six one
nine"."""
_BRACKETED_ASIDE_RE = re.compile(r"(?<=[^\W_][\s\u00a0])\[([^\W\d_][^\W_'’-]*"
                                 r"(?:[\s\u00a0-][^\W_][^\W_'’-]*){0,5})\]"
                                 r"(?=\s*(?:[).,;!?]|\s[–—]\s|$))"
                                 r"|\b([A-Z]{2,6}[\s\u00a0])\[((?:[^\W\d_]+\s){1,8}"
                                 r"[^\W\d_]+)\](?=\s)")
"""Words in square brackets after a word, at the end of its phrase, an aside as round
brackets are, "Anterior Cruciate Ligament injuries [ACL])", "measures rotational force
[torque].": given to the voice in round brackets, which it pauses at, where the markup
filter took the brackets out and ran the words on ("injuries ACL )", "rotational force
torque."). Not words in brackets that the sentence goes on after, such as a link's that
W3C's pages print so ("See [the business case] for more"), a template's placeholder
(`findings.PLACEHOLDER`, said as written and warned of), a citation's mark
(`CITATION_MARK`), a box to tick or a number. But before a spaced dash, "by November 2
[since the start of 2024] – more than…", and after the initials its words spell out, "an
ESOL [English for Speakers of Other Languages] class" (sweep BN, asylum-transport), which
ran on with no pause, they are an aside too."""


_STAGE_DIRECTION_RE = re.compile(
    r"\[((?:[Ll]augh(?:s|ing|ter)|[Cc]huckles?|[Ss]ighs?|[Cc]oughs?|[Pp]ause[sd]?|[Ss]ilence"
    r"|[Aa]pplause|[Mm]usic|[Cc]ross-?talk|[Ii]naudible|[Uu]nintelligible|[Ii]ndistinct"
    r"|[Oo]verlapping)(?:[\s\u00a0][^\[\]\n]{1,40})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?)\]")
"""A transcript's note of what was heard, "[laughs]", "[inaudible]", "[crosstalk]", or its
time, "[00:12:34]": given to the voice in round brackets, which it pauses at, as it did a
transcript's "(laughing)". An interview's (sweep CW, 07) "a politician knows everything
[laughs] and is capable" was said "knows everything laughs and is capable", the note run
into the sentence as one of its words, and the transcript printed it so."""


def _bracketed_aside(found: re.Match[str]) -> str:
    """Words in square brackets that are an aside (`_BRACKETED_ASIDE_RE`), in round ones:
    initials' words only where they spell the initials out."""
    if found.group(1) is None:
        initials = "".join(word[0] for word in found.group(3).split() if word[0].isupper())
        return f"{found.group(2)}({found.group(3)})" if initials == found.group(2).strip() \
            else found.group()
    if PLACEHOLDER.fullmatch(found.group()) or re.fullmatch(CITATION_MARK, found.group()):
        return found.group()
    return f"({found.group(1)})"


_COMPARISON_RE = re.compile(r"(?<![<>=])(<=|>=|<<|>>|(?<!-)>|[<≤≥≪≫]"
                            r"|‹(?![^\s‹›]*›)|(?<!‹)›)"
                            r"\s?(?=[-−]?[£$€¥₹]?\.?\d(?!\d*-[A-Z])|v\d)")
"""A comparison before a number, a price or a version ("v6.10"), which the markup filter took
out of what the voice was given: "infants <3 months" was said "infants 3 months", the reverse
of what was meant, and a README's "Node + NPM > v6.10" was "Node + NPM, v6.10", its ">" taken
for a menu path's (`MENU_PATH_RE`); a bribery policy's table (sweep BC, mt-bribery line 46),
">£500 + business case", was "500 pounds + business case", and "Claims ‹£25", its "<" typed
as a single angle quote, "Claims ‹25 pounds". A pair of angle quotes, "‹5›", quotes. A
language with a table says it in words; any other keeps the sign, which its voice reads.
"Much less than", `<<` or "≪": a snow crab paper's bycatch "(<< 1% of total catch)" (sweep
CZ) was given to the voice "( < 1 percent", one sign taken for markup."""
_SYMBOL = {"<=": "≤", ">=": "≥", "‹": "<", "›": ">", "<<": "≪", ">>": "≫"}
_STAR_TIMES_RE = re.compile(r"(?<=\d)\s?\*\s?(?=\d)")
"""A star between two numbers, a plain text's multiplication ("2*3", "5 * 3"), which was
said "2 3" or "5 star 3": the times sign, which each language then says ("times", "mal")."""
_E_NOTATION_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:e([-+]?)|E([-+]))(\d{1,3})(?![\w.])"
                            r"|(?<![\w.])(\d+\.\d+)E(\d{1,3})(?![\w.])")
"""A number in scientific E-notation, as a calculator or a spreadsheet writes one: a page of
physical constants (sweep CP, physical-constants lines 8-10) gave "1.6E-19 C" and SI prefixes
"1e-3", "1e-6", which the voice read "one point six E nineteen" (its minus lost, 10⁻¹⁹ heard as
10¹⁹) and "one e three". As the times sign and a raised power, "1.6 × 10⁻¹⁹", said "1.6 times
10 to the power of minus 19". A capital E only with a sign or after a decimal, so that a
code, "4E5", stays one."""
_RAISED = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_DECADE_AFTER = {"es": "los|las|años|de", "fr": "les|années|des", "it": "gli|anni|negli|degli",
                 "pt": "os|anos|nos|dos|aos"}
"""Words a decade follows in each language: "los años 80", "les années 80", "gli anni 80"."""
_ENGLISH_PLURAL_DECADE_RE = {
    lang: re.compile(rf"\b((?:{words}) )['’]?((?:1[5-9]|20)?[1-9]0|(?:1[5-9]|20)00)s\b",
                     re.IGNORECASE)
    for lang, words in _DECADE_AFTER.items()}
"""A decade with English's plural "s", as a translated page keeps it: Software Carpentry's
Spanish shell lesson has "hasta los años 80s", "en los 60s", "entre los 50s y los 80s",
said "ochenta s", the letter; Spanish, French, Italian and Portuguese say the decade
alone, "los años ochenta"."""


_EQUATION_RE = re.compile(
    r"(?<![\w.,/-])[£$€]?\d+(?:[.,]\d+)?(?:\s?(?:[-−/×*+]|x(?= ))\s?\(?[£$€]?\d+(?:[.,]\d+)?"
    r"(?:/\d+\))?)+\s?=\s?[-−]?[£$€]?\d"
    r"|(?<![\w.,/-])\d+\s?\*\s?\d+\s?/\s?\d+(?![\d/])")
"""A sum worked out in numbers, "21 - 16 = 5 Tage", "30 x 40/25 = 48", as the
Corona-Warn-App's risk assessment writes them: the voices said no minus sign ("einundzwanzig
sechzehn gleich fünf") and no division ("vierzig fünfundzwanzig"; Spanish "cuarenta barra
veinticinco"), so its signs are said (`_say_arithmetic`). Without "=", a star makes it a
sum: Software Carpentry's Spanish shell lesson counts "300 * 299/2" runs, said "trescientas
veces doscientos noventa y nueve barra dos". Its amounts may be money: ente's billing help
works out "$48 - $10 = $38", which was said as a range of prices (`_SIGNED_RANGE_RE`), "48
dollars to 10 dollars = 38 dollars"; English says its minus too. A part in brackets,
"$2 × (15/30) = $1", is divided too, where it was taken for a strength ("15 30")."""
MINUS_WORDS = {"en": "minus", "de": "minus", "es": "menos", "fr": "moins", "it": "meno",
               "pt": "menos", "nl": "min", "sw": "toa", "el": "μείον", "id": "kurang",
               "ms": "tolak", "vi": "trừ"}
"""Minus between two numbers, in each language whose voice left it unsaid: a Swahili crop
guide's sum (sweep AY, sw-iot-gdd), "18.5 - 10 = 8.5", was said "kumi na nane nukta tano
kumi equals nane nukta tano", and the Greek, Indonesian, Malay and Vietnamese ones alike."""


def _say_arithmetic(sum_: re.Match[str], lang: str) -> str:
    """A sum's signs between its numbers in words (`_EQUATION_RE`): minus, the slash as
    "divided by" and the times sign as the language says it (`MATHS_SIGNS`), where
    Spanish's "1 x 1 x 5" was "una vez una vez cinco veces", a count of times."""
    signs = MATHS_SIGNS[lang]
    said = re.sub(r"(?<=\d)\s?[-−]\s?(?=[£$€]?\d)", f" {MINUS_WORDS[lang]} ", sum_.group())
    said = re.sub(r"(?<=\d)\s?/\s?(?=[£$€]?\d)", f" {signs['÷']} ", said)
    for sign in "+=":  # where the voice says them in English (Swahili's "plus", "equals")
        if sign in signs:
            said = re.sub(rf"(?<=[\d)])\s?\{sign}\s?(?=[-−(£$€]?\d)", f" {signs[sign]} ", said)
    return re.sub(r"(?<=\d)\s?(?:[×*]|x(?= ))\s?(?=\(?[£$€]?\d)", f" {signs['×']} ", said)


FORMULA_SIGN_WORDS = {"zh": {"+": "加", "-": "减", "×": "乘以"},
                      "ko": {"+": "더하기", "-": "빼기", "×": "곱하기"},
                      "ja": {"+": "たす", "-": "ひく", "×": "かける"}}
"""Plus, minus and times between the amounts, brackets and words of a formula in Chinese,
Korean and Japanese (`_say_formula_signs`): a high-cost medical care formula, "252,600円＋
（医療費−842,000円）×1%" (sweep BT, ja-kokuho line 100; its Chinese and Korean
translations), reached the voices with "＋" silent, "−" said in English ("minus") and "×"
silent before a percentage; typed in ASCII, "+" was English and the "-" a space, the
subtraction gone."""
_HAN_KANA_HANGUL = _CJK + "\uac00-\ud7a3"
_FORMULA_BRACKET_RE = re.compile(r"(?<=[+＋×÷*=＝−])\s?[(（][^()（）]+[)）]"
                                 r"|[(（][^()（）]+[)）](?=\s?[+＋×÷*=＝−])")
"""A bracketed part of a formula, with a sign of a sum outside it: "（医療費-842,000円）×1%",
in which a hyphen is a minus, where elsewhere it joins a telephone number's parts or a
range."""
_MINUS_IN_FORMULA_RE = re.compile(rf"(?<=[\d%{_HAN_KANA_HANGUL}])\s?[-－−]\s?"
                                  rf"(?=[\d{_HAN_KANA_HANGUL}]|[¥￥$€₩]\d)")
_FORMULA_SIGN_RE = re.compile(rf"(?<=[\d%)）{_HAN_KANA_HANGUL}])\s?([+＋−×])\s?"
                              r"(?=[\d(（]|[¥￥$€₩]\d)")
"""A plus, minus or times sign after an amount, a closing bracket or a word and before an
amount or an opening bracket; a sign after nothing of the kind, a telephone number's
"+82", is no sum's."""


BELOW_ZERO_WORDS = {"zh": "零下", "ja": "マイナス", "ko": "영하 "}
"""Below zero, said before a temperature's number in Chinese, Japanese and Korean, where its
minus is a sign: "气温-5°C" reached the Mandarin voice as "气温 5摄氏度", five degrees
warmer, its hyphen taken for a code's ("COVID-19"), and "−5℃" as "减 5", a subtraction
(`_say_formula_signs`); the Korean "-섭씨 5도" and Japanese "-せっし 5 ど" left it unsaid."""
_TEMPERATURES_RE = re.compile(r"(?<![\d.,])([-−–－])?(\d+(?:\.\d+)?)(?:\s?[~～〜–-]\s?([-−–－])?"
                              r"(\d+(?:\.\d+)?))?(?=\s?(?:°[CF]?|℃|℉|度|도))")
"""A temperature or a range of them, "-5℃", "-20~-5℃", "5-10℃", with their signs: a sign
after a number is a range's dash. A range's ends are joined by the language's word for
"to" (`RANGE_WORDS`), as the unit's words are said around the second alone (Korean "5-10℃"
was "5 섭씨 10도", five Celsius ten degrees)."""


def _say_temperatures(match: re.Match[str], primary: str) -> str:
    """`_TEMPERATURES_RE`'s temperatures with their signs and range in words."""
    below = BELOW_ZERO_WORDS[primary]
    said = (below if match[1] else "") + match[2]
    if match[4]:
        said += RANGE_WORDS[primary] + (below if match[3] else "") + match[4]
    return said


def _say_formula_signs(text: str, lang: str) -> str:
    """`text` with a formula's plus, minus and times signs said in Chinese, Korean or
    Japanese (`FORMULA_SIGN_WORDS`). A minus between two numbers, "03−1234−5678", or
    between a number with its counter and a number, "9時−17時", is a telephone number's
    or a range's, as a Japanese keyboard types the hyphen, unless a bracket of a formula
    holds it; a times sign between two numbers is left to a size's rule (`_SIZE_RE`)."""
    words = FORMULA_SIGN_WORDS[lang]
    text = _FORMULA_BRACKET_RE.sub(
        lambda m: _MINUS_IN_FORMULA_RE.sub(f" {words['-']} ", m.group()), text)

    def said(match: re.Match[str]) -> str:
        before, after = match.string[:match.start()], match.string[match.end():]
        between_numbers = after[:1].isdigit() and re.search(
            rf"\d[{_HAN_KANA_HANGUL}]?$" if match[1] == "−" else r"\d$", before)
        if between_numbers and match[1] in "−×":
            return match.group()
        return f" {words['+' if match[1] in '+＋' else '-' if match[1] == '−' else '×']} "
    return _FORMULA_SIGN_RE.sub(said, text)


_NOTE_SIGN_RE = re.compile(r"(?<=[^\W_)])[*†‡]+(?![^\W_])|^\s*\(?(?:\*+|[†‡]+)\)?(?=\s)"
                           r"|\s?\((?:\*+|[†‡]+)\)"
                           r"|(?<=[^\W_)])[ \t]+(?:\*+|[†‡]+)(?=[ \t]*(?:$|[,;.)](?!\w)))")
"""A note's mark: a star or dagger after a word or number ("Price*", "5 mg*", "Text†"),
or a space after one at the end of a line (minutes' "Callum Hall *", whose key, "(*) Member
present, but did not vote", says nothing either), opening the note it marks ("* see note",
"** Only on weekdays", "(*) Estimated"), or bracketed in a sentence. Silent, as a note's
raised number is (`_NOTE_MARK_RE`): it was "star" opening a note, nothing after a word, and
the dagger was read as a symbol. A star that stands alone mid-sentence is a key or a sign
("Press * to go back": `_LONE_SYMBOL_RE`)."""
_NAMED_STAR_RE = re.compile(r"\b(an?|the|An?|The) \*(?![\w*])")
"""A star named as the thing it is, "marked in red with an *": its name, where it was taken
for a note's mark at the end of a sentence and left out, "marked in red with an"."""
_SERVICE_CODE_RE = re.compile(r"(?<![\w*#])[*#][*#\d]*\d[*#\d]*#(?![\w*#])")
"""A code dialled on a phone's keypad, "*#06#", "*111#": its keys, "star hash 0 6 hash",
where the stars and hashes went as marks ("dial 06")."""
_KEY_WITH_SIGN_RE = re.compile(r"(?i)\b((?:alt|ctrl|control|shift|cmd|command|option|fn|win)"
                               r"\s?[-+]\s?)([#*])(?![\w*#])")
"""A key pressed with another, "alt-#", "Shift+*": named, where it went ("hit alt- to add")."""
CITATION_MARK = (r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|clarification needed"
                 r"|better source needed|page needed|when\?|who\?|which\?|by whom\?)\]"
                 r"(?::\s?\d+(?:[–-]\d+)?)?")
"""A citation's mark as Wikipedia prints it, "[1]", "[a]", "[citation needed]", with the page
it cites after it (":12"), which text copied from an article keeps."""
_CITATION_MARKS_RE = re.compile(rf"(?<=[^\s\[(])(?:{CITATION_MARK})+")
"""Citations' marks against the words before them, "the lungs.[1][2]", "common[3]:12":
silent, as a note's raised number is (`_NOTE_MARK_RE`), where the voice read "lungs. 1 2".
One with a space before it, "see [1]", is said."""
_NUMBERED_CITATION_RE = re.compile(
    r"(?<=\w)\s\[\d{1,3}(?:[:–-]\d{1,4})?(?:,\s?\d{1,3}(?:[:–-]\d{1,4})?)*\](?=[.,;!?)]|$)"
    r"|(?<=\d)\s\[\d{1,3}\](?=\s[a-z])")
"""A numbered source after the words it backs and before their stop, as health and
research writing cites (Vancouver's style): "not read privacy notices [3].", "their consent
[2:38]." (source 2, page 38), said "3" and as a time, "2:38". Silent, as a mark against
the words is; not "see [1]" or "press [1]", which name it (`NAMING_A_NUMBER`). After an
amount mid-sentence too: a boiler's tips (sweep CX, 08-boiler-tips) "save you upto £55 \\[2\\]
annually" was "55 pounds 2 annually", heard as another amount."""
NAMING_A_NUMBER = frozenset("see in ref reference source cf press dial option choose select "
                            "item step question no number type enter".split())
"""English words after which a number in brackets is named, not cited."""
MATHS_SIGNS = {
    "en": {"∈": "in", "∉": "not in", "⊂": "subset of", "⊆": "subset of or equal to",
           "≤": "less than or equal to", "≥": "greater than or equal to", "≠": "not equal to",
           "≈": "approximately equal to", "∞": "infinity", "∑": "sum of",
           "√": "square root of", "∛": "cube root of", "∜": "fourth root of",
           "±": "plus or minus", "×": "times", "÷": "divided by", "^": "to the power of"},
    "de": {"∈": "Element von", "∉": "nicht Element von", "⊂": "Teilmenge von",
           "⊆": "Teilmenge oder gleich", "≤": "kleiner oder gleich", "≥": "größer oder gleich",
           "≠": "ungleich", "≈": "ungefähr gleich", "→": "nach", "∞": "unendlich",
           "∑": "Summe", "√": "Wurzel aus", "±": "plus minus", "×": "mal",
           "÷": "geteilt durch"},
    "es": {"∈": "pertenece a", "∉": "no pertenece a", "⊂": "subconjunto de",
           "⊆": "subconjunto o igual a", "≤": "menor o igual que", "≥": "mayor o igual que",
           "≠": "distinto de", "≈": "aproximadamente igual a", "→": "a", "∞": "infinito",
           "∑": "suma de", "√": "raíz cuadrada de", "±": "más o menos", "×": "por",
           "÷": "entre"},
    "fr": {"∈": "appartient à", "∉": "n'appartient pas à", "⊂": "inclus dans",
           "⊆": "inclus ou égal à", "≤": "inférieur ou égal à", "≥": "supérieur ou égal à",
           "≠": "différent de", "≈": "environ égal à", "→": "vers", "∞": "l'infini",
           "∑": "somme de", "√": "racine carrée de", "±": "plus ou moins", "×": "fois",
           "÷": "divisé par"},
    "it": {"∈": "appartiene a", "∉": "non appartiene a", "⊂": "sottoinsieme di",
           "⊆": "sottoinsieme o uguale a", "≤": "minore o uguale a", "≥": "maggiore o uguale a",
           "≠": "diverso da", "≈": "circa uguale a", "→": "a", "∞": "infinito",
           "∑": "somma di", "√": "radice quadrata di", "±": "più o meno", "×": "per",
           "÷": "diviso"},
    "pt": {"∈": "pertence a", "∉": "não pertence a", "⊂": "subconjunto de",
           "⊆": "subconjunto ou igual a", "≤": "menor ou igual a", "≥": "maior ou igual a",
           "≠": "diferente de", "≈": "aproximadamente igual a", "→": "para", "∞": "infinito",
           "∑": "soma de", "√": "raiz quadrada de", "±": "mais ou menos", "×": "vezes",
           "÷": "dividido por"},
    "nl": {"∈": "element van", "∉": "geen element van", "⊂": "deelverzameling van",
           "⊆": "deelverzameling of gelijk aan", "≤": "kleiner dan of gelijk aan",
           "≥": "groter dan of gelijk aan", "≠": "niet gelijk aan", "≈": "ongeveer gelijk aan",
           "→": "naar", "∞": "oneindig", "∑": "som van", "√": "wortel van",
           "±": "plus of min", "×": "keer", "÷": "gedeeld door"},
    "sw": {"×": "mara", "÷": "gawanya", "+": "jumlisha", "=": "ni sawa na"},
    "el": {"×": "επί", "÷": "διά"},
    "id": {"×": "kali", "÷": "bagi"},
    "ms": {"×": "darab", "÷": "bahagi"},
    "vi": {"×": "nhân", "÷": "chia"},
    "ja": {"∈": "ぞくする", "∉": "ぞくさない", "⊂": "ぶぶんしゅうごう", "⊆": "ぶぶんしゅうごう",
           "≤": "しょうなりイコール", "≥": "だいなりイコール", "≠": "ノットイコール",
           "≈": "ニアリーイコール", "→": "やじるし", "∞": "むげんだい", "∑": "シグマ",
           "√": "ルート", "±": "プラスマイナス", "×": "かける", "÷": "わる"},
}
"""The signs of maths that TeX's maths prints (`generators.plain_maths`: "\\in" is "∈") and
authors paste, in words: the voices said "∈", "∞", "√" and "±" as nothing ("x ∈ A" was
"x A"). Named as screen readers name them ("element of", "plus or minus"), shortened
where the word is a relation between two terms ("in"). Run after the rules that say a
sign before a number otherwise ("≤ 3" is "at most 3", "≈ 5" "about 5", "2 x 3" a count),
so only what those left is named here; English's arrow is "to" already. The voices that
read their own numbers and said nothing or "slash" for a sum's division, and English for
Swahili's "+" and "=" (`_EQUATION_RE`, sweep AY's sw-iot-gdd and el-iot-gdd), have their
signs of a sum alone."""
_MATHS_SIGNS_RE = re.compile(r"[→∞∑√∛∜±×÷]|[∈∉⊂⊆≠≈](?=\s?[\w(])|[≤≥](?=\s?[^\W\d_(])"
                             r"|(?<=[\w)])\^(?=\(?[\w-])")
"""A sign of `MATHS_SIGNS`; a relation only between two terms ("65歳≥" is left as written),
as a power written with a caret is ("(0.25)^(1/2)", TeX's `^{1/2}`,
`generators.plain_maths`)."""


def _say_maths_signs(text: str, lang: str) -> str:
    """`text` with the signs of maths that are left in it named in `lang` (`MATHS_SIGNS`),
    or its times sign alone (`TIMES_BETWEEN_WORDS`)."""
    primary = lang.split("-")[0].lower()
    words = MATHS_SIGNS.get(primary) or (
        {"×": TIMES_BETWEEN_WORDS[primary][0]} if primary in TIMES_BETWEEN_WORDS else None)
    if not words:
        return text
    return _MATHS_SIGNS_RE.sub(lambda m: m.group() if m.group() not in words else
                               f" {words[m.group()]}" + ("" if m.string[m.end():m.end() + 1]
                                                         in " ,.;:!?)" else " "), text)
_MATH_LETTER_RE = re.compile("[\U0001D400-\U0001D7FF]")
"""Mathematical letters and digits ("𝑥", "𝐻0"), as Word's equations and pasted formulas
write them, which the voice spelled as code points ("letter 1 D 4 6 5"): said as the
letters and digits they are styled from."""
_CIRCLED_NUMBER_RE = re.compile("[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f"
                                "\u32b1-\u32bf]")
"""A number in a circle, ①–⑳, ㉑–㊿, ⓪, and the negative (❶, ⓫), double (⓵) and sans-serif
(➀) ones, as a timetable's week or a list's step is numbered: every voice said nothing for
them, "Week ① and week ⑫." in English, a Serbian table's "Nedelja: ①" (sweep BG,
sr-nyu-dl-index) "Nedelja:" on forty rows."""


def _circled_number(match: re.Match[str]) -> str:
    """The number a circled number (`_CIRCLED_NUMBER_RE`) holds, in digits, apart from a
    letter or digit it touches: "①2" is "1 2"."""
    text, start, end = match.string, match.start(), match.end()
    return (" " if start and text[start - 1].isalnum() else "") \
        + str(int(unicodedata.numeric(match.group()))) \
        + (" " if end < len(text) and text[end].isalnum() else "")


_TYPED_DASH_RE = re.compile(r"(?<=[^\W_])(?:-{2,3}| -{2,3} )(?=[^\W_])")
"""A dash typed as two or three hyphens, as Pandoc's Markdown writes them ("pages 10--20",
"it---if you can---with food"): the voice ran the words on each side into one ("itif")
and did not say the range. A spaced dash, which is a pause, and between numbers a range
(`_RANGE_RE`); not an option written after a space ("use --force")."""
_LEAD_IN_RE = re.compile(r"(?<!\d)\s?:-(?=\s|$)")
"""The colon and dash a British letter or notice leads into a list with, "as follows:-", "for
what was :-" (a Nottinghamshire advice centre's page): the voice said "colon"; a colon,
which it pauses at. Not after a number, a Swedish price, "50:-" (50 kronor)."""
_MINUS_AS_BULLET_RE = re.compile(r"^\s*−\s?(?=[^\W\d_]{2})")
"""A minus sign typed as a list's bullet before a word, "−Proposal Evaluation Results" (the
USDS DITAP MAP case study, in Word), which every voice said "minus Proposal": not a minus
before a number or a letter of a formula ("1 − p")."""
_EN_DASH_MINUS_RE = re.compile(r"(?<![^\s(])(?<!\d\s)(?<!\d[^\W\d_]\s)(?<!\d[^\W\d_]{2}\s)"
                               r"(?<![°%]\s)–(?=[£$€¥₹]?\d)")
"""An en dash straight before a number or a price, after a space or at a cell's start, a minus
sign as Word's AutoCorrect makes " -5" ("Overnight low of –5°C", an energy bill's "| Adjustments
| Corrections/credits | –£6.30 |"), which the voices said nothing for: "5 degrees Celsius",
"6 pounds 30". The minus sign, which every language's rules say. Not between two numbers, a
range ("5–10", "5 –10", "£5 –£10", "9am –5pm", "5km –10km")."""
_SIGN_MINUS_RE = re.compile(r"(?:(?<=[=(\[<>≤≥±×÷])|(?<=[=<>≤≥±×÷]\s))-\s?(?=\.?\d)"
                            r"|(?<![^\s(\[])-(?=\.\d)")
"""A hyphen typed as the sign of a negative number after "=", a comparison or an opening
bracket, as a statistics handout writes results, "*d* = -0.96, *t*(7) = -2.72" (sweep BJ,
apa-results line 74), and a physics worked answer's "0 - (-1.8 × 9.4)": the English voice
said "d equals zero point nine six", the minus lost, and a bound's "-.39" "dot three nine".
The minus sign, which every voice says. A hyphen after a word or a number ("10-20",
"COVID-19") is no sign."""
_ACCOUNTS_NEGATIVE_RE = re.compile(
    r"(?<![\w(])([£$€¥₹])?\(([£$€¥₹]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)(%|p(?!\w))?")
"""A figure in brackets, as accounts write a loss or a cost: a PLC's income statement's
"| Administrative expenses | (2,562,208) |", "| Profit on disposal | (181) |", a report's
"a loss of (£1,234)", "£(1,234)", "(1.2)%", "(17.50)p" (sweep CQ, D1): the voices say no
brackets, so a loss was heard as income, "2,562,208", and a loss on disposal as a profit.
A minus where the figure is plainly an amount (`_accounts_negative`)."""
_MONEY_SCALE_RE = re.compile(r"(?<![\w£$€])([£$€])(?:['’]?(000)s?|(k|m|bn))(?![\w'’])(?!\s?\d)"
                             r"|(?<![^\s(])([£$€])(?=[:)]|$)")
"""A currency's sign as a column's or a table's unit, with no amount: "2023/24 £'000",
"(£bn)", "All figures in £m", "Year ended 31 March 2024 £" (sweep CQ, D5, a PLC's income
statement, a charity's funds, a benefits explainer's tables): said "pound zero zero zero",
"pound em", "pound B N", and a listener never learnt the figures were thousands or
millions. "thousands of pounds", "millions of pounds", "pounds"."""
_MONEY_SCALES = {"000": "thousands", "k": "thousands", "m": "millions", "bn": "billions"}
_FINANCIAL_YEAR_RE = re.compile(r"\bFY\s?(?=['’]?\d{2}(?:\d{2})?\b)")
""""FY" before its year, "FY24", "FY2023/24" (a council's budget, sweep CQ): spelled, as
"FY" alone is. "FY24" was spelled only by chance, as the formula of fluorine and yttrium, and
"FY2023" was said "fie two thousand and twenty-three"."""


_CELL_END_RE = re.compile(r"[.,;]?$|[.,;]\s")


def _accounts_negative(found: re.Match[str], lang: str) -> str:
    """A bracketed figure (`_ACCOUNTS_NEGATIVE_RE`) with a minus where it is an amount in
    accounts: with a currency sign, inside the brackets or before them, thousands commas,
    or a percent or pence sign after them; or alone in a table's cell, after its column's
    name ("2024 £: (181)."), and no year, no note's number ("Note: (3)") and no area code
    ("Phone: (425) 366-3500", "(01234)"). An ordinary bracketed number in prose, "(see 3)",
    "(2019)", "(3)", is left as written, and so is one that repeats the words before it,
    "Fifty Dollars ($50.00)" (`numbers.said_once`), or counts a rating's reviews, "4.5★
    (1,640)"."""
    sign, figure, after = found.group(1) or "", found.group(2), found.group(3) or ""
    amount = sign or after or not figure[:1].isdigit() or re.search(r",\d{3}", figure)
    before = found.string[max(0, found.start() - 8):found.start()]
    written = found.string[max(0, found.start() - 120):found.end()]
    said = number_in_words(int(figure.replace(",", "")), lang) \
        if re.fullmatch(r"[\d,]+", figure) else ()
    if re.search(r"[★☆]\s?$", before) or said_once(written, lang) != written \
            or said and compared_words(written[:-len(found.group())])[-len(said):] == said:
        return found.group()
    in_cell = re.search(r"[:：]\s$", before) and not re.search(r"\b(?:[Nn]otes?|[Rr]ef)[:：]\s$",
                                                                  before) \
        and _CELL_END_RE.match(found.string, found.end()) \
        and not re.fullmatch(r"0\d+|(?:1[89]|20)\d\d", figure)
    return f"−{sign}{figure}{after}" if amount or in_cell else found.group()


_LEADING_POINT_RE = re.compile(r"(?:(?<=[\s=<>≤≥(\[−-])|^)\.(\d+)(?![\w.])")
"""A decimal written with no zero before its point, as p-values are ("p < .05", "-.39"),
after a space, a sign or a bracket: the English voice said "dot zero five". "point" and
its digits one by one, as they are read aloud; a file's extension (".md") or a version's
parts ("v1.2.3") are not concerned."""
MENU_PATH_RE = re.compile(r"(?<=[\w\]\U000F0000-\U000FFFFD])\s>\s"
                          r"(?=[\[\"“]?[^\W\d]|[\U000F0000-\U000FFFFD]|\d+-[A-Z])")
"""A spaced ">" between words, a menu path ("Settings > Display"), which the markup filter
took out, leaving no pause: a comma. Its items may be code, which stands aside as a
private-use character while prose is said (`script.CODE_ASIDE`): mSupply's "`Dispensary` >
`Prescription`" was "Dispensary Prescription". A path written as code is one too
(`script._code_words`). A step may be a placeholder in brackets, Home Assistant's
"**Companion app** > **[your server]** > **Internal URL**" (sweep CD,
connection_security_level.mdx line 16), said "Companion app your server Internal URL". A
step may open with a quote or a number before a word, e-mail and sign-in guides' "sidebar >
"Create new label"" and "Security > 2-Step Verification" (sweep CT, D2), said "sidebar
"Create new label"", no pause, and "Security more than 2-Step Verification", a comparison
(`_COMPARISON_RE`); a number alone, "age > 65", is one."""
_SHARP_RE = re.compile(r"\b([CF])#(?!\w)")
_LONE_SYMBOL_RE = re.compile(r"(?<![^\s\"“‘])([#*~]|#{2,3}(?:/#{1,4})*)(?=[\s.,;:!?)\"”’]|$)")
"""A key or sign standing alone in English prose ("Press # to finish, then * to go
back", a Mac cheat sheet's "Type ~ before your user name"), which the markup filter took
out: named. So is a run of two or three hashes, a phone menu's "then ## to confirm", said
"then to confirm", and a form's number to fill in, a council's "By-Law ##/###" (sweep CK),
said "By-Law /": sign by sign, "hash hash slash hash hash hash", as print shows them."""
_COPYRIGHT_RE = re.compile(r"(?<![\w)])\([cC]\)(?=\s*(?:(?:1[89]|20)\d\d\b"
                           r"|[^\W\d_a-z][\w'’.-]*\s+[^\W\d_a-z]|Crown\b))")
"""A copyright's "(c)" before a year or a name, a photo's credit, "*(c) Santeri Viinamäki,
CC BY-SA 4.0*" (a carbon monoxide leaflet, sweep BB, line 18), which the voice said "see":
"copyright", as it says "©". Not a list's label in a run of them, "(a) cats (b) dogs (c)
Birds", nor one that opens a sentence, "(c) Remove the battery". Before "Crown copyright",
which says it, it is not said: "copyright Crown copyright" was."""
_CROWN_COPYRIGHT_RE = re.compile(r"\s*Crown copyright\b", re.I)
_LONE_ARROW_RE = re.compile(r"(?<!\S)(?:[↑↓←→]|-{1,2}>|<-{1,2})(?=[\s.,;:!?)]|$)")
"""An arrow standing alone in English prose, a key where a word before it presses it
("Press ← or → to move between pages", a help page's "Use -> to go to the next page") or
"or" or "and" follows it (`_arrow_key`)."""
_TYPED_ARROWS = {"->": "→", "-->": "→", "<-": "←", "<--": "←"}
_NUMBER_SIGN_ALONE_RE = re.compile(
    r"(?:(\w+)\s)?(?<!\S)#(?=\s?\d|\s*$|\s*[:(]|\s(?:of|per)\s|(?<=\w #)(?:\s(?:and|or)\s|[,.;]))")
"""A "#" for "number" in a form or a list ("Passport #", "Home Work # 13", "room #4 or
#5", "your card # and PIN", which was said "card hash") or a count ("# of items", "# per
session", as tables head their columns, which was said "hash of items"): said "number",
but for a key to press ("Press #", "then #")."""
_KEY_WORDS = frozenset("press dial key hit enter tap then and or the by".split())
_NUMBER_OF_RE = re.compile(r"(?:^|(?<=[.;]\s))#\s?(?=[A-Z]?[a-z]*[^su\W]s(?:\s*:|\s*$))")
"""A "#" before a plural noun that opens a label, a column's name, "# Slots" over a count:
"Number of", as "# of" is "number of" (`_NUMBER_SIGN_ALONE_RE`). A hiking club's timetable
(sweep AX, ucsd-hikes lines 23 and 38), "| Week | # Slots |", said "hash Slots: 16" on
every row. Not a word ending "ss" or "us", "# Class", "# Status", which no count names."""
_BOX_RE = re.compile("[☐☑☒]")
ENGLISH_SYMBOLS = {
    "*": "star", "#": "hash", ">": "greater than", "<": "less than", "+": "plus",
    "-": "dash", "=": "equals", "/": "slash", "\\": "backslash", "|": "vertical bar",
    "&": "ampersand", "@": "at", "~": "tilde", "^": "caret", "%": "percent", "$": "dollar",
    "!": "exclamation mark", "?": "question mark", "[": "open bracket",
    "]": "close bracket", "(": "open bracket", ")": "close bracket", "{": "open brace",
    "}": "close brace", ".": "dot", ",": "comma", ":": "colon", ";": "semicolon",
    "_": "underscore", "'": "quote", '"': "double quote", "`": "backtick",
    "☐": "unticked box", "☑": "ticked box", "☒": "ticked box"}
"""Symbols by their English names, for a sign that stands alone: a form's boxes, a key to
press, a code span of symbols only (`*`, `>>`)."""
LISTED_SYMBOLS = {
    "en": {**ENGLISH_SYMBOLS, "@": "at sign", "-": "hyphen", ".": "full stop"},
    "fr": {"!": "point d'exclamation", "?": "point d'interrogation", "@": "arobase",
           "#": "dièse", "$": "dollar", "€": "euro", "£": "livre", "%": "pour cent",
           "&": "esperluette", "*": "astérisque", "-": "tiret", "_": "tiret bas", "+": "plus",
           "=": "égal", "/": "barre oblique", "\\": "barre oblique inversée",
           "|": "barre verticale", "~": "tilde", "^": "accent circonflexe", ".": "point",
           ":": "deux-points", ";": "point-virgule", "'": "apostrophe", '"': "guillemet",
           "(": "parenthèse ouvrante", ")": "parenthèse fermante", "[": "crochet ouvrant",
           "]": "crochet fermant", "{": "accolade ouvrante", "}": "accolade fermante",
           "<": "inférieur à", ">": "supérieur à"}}
"""Symbols by their names, for a list of them (`_SYMBOL_LIST_RE`), in the languages that
name them here."""
_SYMBOL_LIST_RE = re.compile(r"(?<!\S)[!-/:-@\[-`{-~€£](?:(?:\s?,\s[!-/:-@\[-`{-~€£]){2,}"
                             r"|(?:\s[!-/:-@\[-`{-~€£]){3,})(?=[\s.;]|$)")
"""Three symbols or more standing alone between commas, a list of them, as a guide to
passwords lists the signs to mix in ("**Symbols**: !, @, #, $, -, _"): each named
(`LISTED_SYMBOLS`). The list was said "exclamation at hash dollar", its "-" and "_" lost,
and in French "!, @,, $, -,", the "#" and "_" taken out as markup and the others unsaid
(sweep AN, a French guide to passwords). Between spaces alone too, a course's "**Symbols:**
! @ # $ % & * ( ) - _ + = ?" (sweep CT, D3), which was "at hash and star plus equals", its
brackets and underscore taken out and the voice silent for "!", "-" and "?": four or more,
where "+ / -" is a sum's signs."""
_NAMED_SIGN_RE = re.compile(
    r"(\b(?i:symbol|sign|character|key|symbole|signe|caractère|touche)\s"
    r"|:\s(?=[#>`<~^|\\_=+/]))"
    r"(([#>`<~^|\\_=+@&%$/])\3{0,2})(?=[\s,;!?)]|\.(?!\w)|$)"
    r"|(?<=\()(([#>`<~^|\\_=@&%$/-])\5{0,2})(?=\))")
"""A sign named in a sentence as the sign it is, after a word that calls it one, "use the
symbol > at the start", "the key with the symbol ` on it", after a colon, "two hashes: ##",
or alone in brackets, "three dashes (---)": named (`LISTED_SYMBOLS`), a run of it sign by
sign. A Markdown tutorial in English (sweep AY, sym-en, after ms-semut) was said "two
hashes:, the third with three hashes: and so on", "the key with the symbol on it" and "use
the symbol, at the start", the signs taken out as markup or the ">" as a menu path's. Not a
star or a lone hyphen in brackets, a note's mark, "(*)", and a negative result, "Rh (-)";
not after a colon the hyphen or star that open a list, nor money's sign ("Copies:
$.50"). Malay, Indonesian and the languages `LISTED_SYMBOLS` has no names for are left as
they were."""
MAC_KEYS = {"⌘": "Command", "⌥": "Option", "⇧": "Shift", "⌃": "Control", "⎋": "Escape",
            "⌫": "Delete", "⏎": "Return", "⇥": "Tab"}
"""The keys of a Mac's keyboard by their symbols, as its guides write shortcuts ("⌘C",
"⌥⌘Esc"): the voice said nothing for them, "Press ⌘C to copy" was "Press C to copy"."""
_MAC_KEY_RE = re.compile(f"[{''.join(MAC_KEYS)}]")
KEY_NAMES = {**ENGLISH_SYMBOLS, ".": "full stop", "-": "minus", "'": "apostrophe",
             "cmd": "Command"}
"""Keys that are a sign, by the names keyboards' guides give them (`name_keys`): a stop is
the "full stop" key, not a "dot" as in code. A Mac's "Cmd" is "Command": a cheat sheet's
`Cmd+Shift+4` (sweep CT, D5) was spelled "C M D plus Shift plus 4"."""
_CMD_KEY_RE = re.compile(r"\b(?:Cmd|CMD)\b(?=\s?\+\s?[\w+-]|-\w\b)|(?<=\+)(\s?)(?:Cmd|CMD)\b")
"""A Mac's "Cmd" in a shortcut in prose, "Cmd+Shift+4", "Cmd-C": "Command" (`KEY_NAMES`)."""
_KEY_AND_ITS_SIGN_RE = re.compile(rf"\b([A-Z][a-z]+)\s?\(([{''.join(MAC_KEYS)}])\)")
"""A key's name and its sign in brackets, a Mac cheat sheet's "Command (⌘) + C" (sweep CT,
D5): the name once, where it was said "Command ( Command ) + C", twice, 15 times a page."""
_KEY_PLUS_RE = re.compile(r"(?<=\S)\s*\+\s*(?=\S)")
_BOTH_WAYS_RE = re.compile(r"(?<=[\w*)])\s*↔\s*(?=[*(“\"]*[A-Z\d~£$€¥])")
"""A left right arrow between words, a route both ways, "Airport ↔ Nice ↔ Menton",
"Shuzenji Station↔Kikuya" (sweep BS, menton-practical line 29 and its fares' list, lines
38-42, japan-budget line 26): "and", where it was named, "Airport left right arrow Nice";
"between" would want the words before to change. Only before a name or an amount: "Press ↔
to swap" names its key."""
ARROW_SIGN_RE = re.compile("[\u2190-\u21ff\u29bd]")
"""An arrow (Unicode's block of arrows, and the mini roundabout's "⦽" a route's table
draws beside them), named in English by `name_arrow`."""
_ARROW_WAYS = {"upwards": "up", "downwards": "down", "leftwards": "left", "rightwards": "right"}


def name_arrow(arrow: str) -> str:
    """An arrow by its Unicode name, shortened as a screen reader says it: "↑" is "up
    arrow", "↰" "up arrow with tip left", "⇄" "right arrow over left arrow"."""
    name = unicodedata.name(arrow, "arrow").lower()
    return re.sub(r"\w+", lambda word: _ARROW_WAYS.get(word.group(), word.group()), name)


_MODIFIER_KEYS = "ctrl control alt altgr shift cmd command option opt win super meta fn".split()
_NAMED_KEYS = sorted(_MODIFIER_KEYS + ("tab esc escape enter return space backspace delete del "
                                       "home end insert up down left right pgup pgdn "
                                       "pageup pagedown").split(), key=len, reverse=True)
_CHORD_KEY = (rf"(?:[{''.join(MAC_KEYS)}]|[\u2190-\u21ff]|(?i:{'|'.join(_NAMED_KEYS)}|f1?\d)"
              r"(?![^\W_])|[^\W_]|[~!@#$%^&*()\[\]{};:'\",.<>/?\\|`=_])")
_KEY_JOIN = rf"\s*\+\s*|-|(?<=[{''.join(MAC_KEYS)}])|(?=[{''.join(MAC_KEYS)}])"
_SIGN_KEY_LAST = r"\s*\+\s*[-+]"
_SIGN_KEY_LAST_RE = re.compile(rf"{_SIGN_KEY_LAST}$")
_KEY_CHORD_RE = re.compile(rf"{_CHORD_KEY}(?:(?:{_KEY_JOIN}){_CHORD_KEY})*"
                           rf"(?:(?:{_KEY_JOIN}){_CHORD_KEY}|{_SIGN_KEY_LAST})")
"""Keys pressed together as code writes them, `Ctrl + C`, `Alt+Tab`, `⌘⌥-↑`, `⌘-~`: one
key at least a modifier or an arrow (`name_key_chord`), so that `a+b` stays a sum. The last
may be the minus or the plus key after a "+", `Ctrl + -`, `Ctrl++`, as zoom is written."""
_MINUS_KEY_RE = re.compile(rf"(\b(?i:{'|'.join(_MODIFIER_KEYS)})\s?\+\s?)-(?=[\s,;)]|\.?$)")
"""The minus key after a modifier and its "+" in English prose, an accessibility page's
"Ctrl + + to zoom in, Ctrl + - to zoom out" (sweep CT, D4): "minus", where the voice said
nothing for the sign and a learner heard "control plus to zoom out", the key that zooms in."""
_CHORD_MODIFIER_RE = re.compile(rf"[{''.join(MAC_KEYS)}\u2190-\u21ff]"
                                rf"|\b(?i:{'|'.join(_MODIFIER_KEYS)})\b")


_KEYS_SAID = frozenset(_NAMED_KEYS + [f"f{n}" for n in range(1, 13)] + [
    *map(str.lower, MAC_KEYS.values()), "plus", "arrow", "page"])


def said_as_keys(words: str) -> bool:
    """Whether code's words (`script._code_words`) are a key or keys pressed together, as
    "Down", "H", "Shift plus H" are: each a key's name, a character or "plus"."""
    return bool(words.split()) and all(len(word) == 1 or word.lower() in _KEYS_SAID
                                       for word in words.split())


def _key_name(key: str) -> str:
    """A key in English: a sign by its name (`KEY_NAMES`), a Mac's key or an arrow too."""
    return KEY_NAMES.get(key.lower()) or MAC_KEYS.get(key) or (
        name_arrow(key) if ARROW_SIGN_RE.fullmatch(key) else key)


def name_key_chord(code: str) -> str | None:
    """Keys pressed together, written as code (`_KEY_CHORD_RE`), said in English, or None
    for other code: each key by its name (`_key_name`), a "+" between them "plus", a "-" or
    nothing as a Mac writes them, nothing. A Mac cheat sheet's `⌘⌥-↑` and `⌘-~` were said
    "Command Option -" and "Command -", `Ctrl + ↓` "Ctrl", the arrows and the tilde dropped
    with code's symbols; and `Ctrl + C` "Ctrl C", where `<kbd>Ctrl+C</kbd>` was "Ctrl plus
    C" (sweep AN)."""
    code = code.strip()
    if not _KEY_CHORD_RE.fullmatch(code) or not _CHORD_MODIFIER_RE.search(code):
        return None
    last = _SIGN_KEY_LAST_RE.search(code) if code[-1] in "-+" else None
    said = re.sub(rf"({_CHORD_KEY})|\s*\+\s*|-",
                  lambda m: f" {_key_name(m[1])} " if m[1] else " plus " if "+" in m[0] else " ",
                  code[:last.start()] if last else code)
    return " ".join(said.split()) + (f" plus {KEY_NAMES[code[-1]]}" if last else "")


def _key_and_its_sign(found: re.Match[str]) -> str:
    """The key's name for a name and the sign in brackets after it that are one key's, as
    "Command (⌘)" and "Cmd (⌘)" are (its letters in order in the name): "Ctrl (⌘)" is two."""
    name = iter(MAC_KEYS[found[2]].lower())
    return MAC_KEYS[found[2]] if all(letter in name for letter in found[1].lower()) \
        else found[0]


def name_mac_keys(text: str) -> str:
    """`text` with each Mac key's symbol as its English name, a word of its own
    (`MAC_KEYS`): "⌥⌘Esc" is "Option Command Esc"; after its name, "Command (⌘)", none
    (`_KEY_AND_ITS_SIGN_RE`)."""
    text = _KEY_AND_ITS_SIGN_RE.sub(_key_and_its_sign, text)
    return _MAC_KEY_RE.sub(lambda key: f" {MAC_KEYS[key.group()]} ", text) \
        .replace("  ", " ") if _MAC_KEY_RE.search(text) else text


def name_keys(keys: str) -> str:
    """The keys of a `<kbd>`, "VO + ;", "Ctrl+.", ";", said in English: a key that is a sign
    by its name (`KEY_NAMES`), and the "+" that joins them "plus". A screen reader's
    shortcuts (sweep AG), "<kbd>VO + ;</kbd>" and "<kbd>Ctrl + .</kbd>", were said "VO +"
    and "Ctrl +.", their keys taken for a sentence's marks; "Ctrl+C" is "Ctrl plus C"."""
    return " plus ".join(_key_name(key) for key in
                         _KEY_PLUS_RE.split(name_mac_keys(keys).strip()))
_LONE_UNIT_RE = re.compile(r"(?<![\w.])((?:[Pp]er|[Pp]or|[Pp]ar)\s)?"
                           r"(mg|mcg|µg|kg|mL|ml|mmol|mmHg|kcal|lbs|kWh)(?![\w])")
"""A unit named without a number ("mg per kg", "(kg or lbs)", "the mL markings", an energy
guide's "27p per kWh"), which the voice spelled out ("M G per K G", "per K W H"): said in
the plural, or the singular after "per" ("milligrams per kilogram"), capitalised too, as an
energy bill's heading, "Unit Rate (Per kWh Cost)", was "Per kilowatt hours". Only units no
word is spelled like."""

_UNIT_PER_PERIOD_RE = re.compile(r"(?<=\()(kWh|[£$€])\s?/\s?(" + "|".join(PER_TIME)
                                 + r")(?=\))")
"""A unit or a currency per length of time with no number, in brackets, as a table's column
is headed: an energy guide's "Electricity (kWh/yr)", "Gas bill (£/yr)", "Total (£/month)"
(sweep CL, london-true-costs lines 26-60) were said "kilowatt hours, yr" and "pound slash
uh" before each of 14 rows' cells: "kilowatt hours a year", "pounds a year"."""


@functools.cache
def _unit_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The unit after a number (and a range's dash after it, "500mg-1g"), what follows a
    slash after a unit, and a measure said in words at the start of a text ("international
    units", "percent"), in `lang`."""
    saying = SAYINGS[lang]
    units = "|".join(sorted(map(re.escape, saying.units), key=len, reverse=True))
    per = "|".join(sorted(map(re.escape, saying.per), key=len, reverse=True))
    said = {form for forms in saying.units.values() for form in forms if len(form) > 1}
    said |= {saying.percent, *saying.degrees, *saying.times}
    measures = "|".join(sorted(map(re.escape, said), key=len, reverse=True))
    # A unit's abbreviating stop before a lower-case word is no sentence's end ("1 cp. de"),
    # nor before a number (`sentence_spans` leaves "1 comp. 3 veces" one sentence).
    # A watt's "W" with a space before it only before a lower-case word, "a 60 W bulb": "123
    # W Main St" and "Route 66 W" are West. A newton's, a joule's and a volt's letter too
    # ("Part 3 V"), and never with no space ("Year 5J", a class).
    return (re.compile(rf"(?<![\w.$£€])({_GROUPED_NUMBER}|\d+\s?{_VULGAR}|{_NUMBER}(?:{_POWER})?"
                       rf"|{_VULGAR})\s?"
                       rf"({units})(?!(?<=\sW)(?!\s[a-z]))"
                       rf"(?!(?<=\s[NJV])(?! [a-z]))(?<!\d[NJV])"
                       rf"(?:\.(?=\s+(?![A-ZÀ-ÖØ-Þ])[^\W_]))?(?![\w'’])"
                       # a range's dash to the next amount, "500mg-1g": said "to"
                       r"(?P<to>\s?[–—-]\s?(?=\d))?"),
            re.compile(rf"(?<=[^\W_]|[€$£])\s?/\s?({per})(?!\w)"),  # "0,15 €/kWh"
            re.compile(rf"\s({measures})\b"))


_LETTER_LABEL_RE = re.compile(r"\b(?:[Yy]ear|[Cc]lass|[Ff]orm|[Gg]roup|[Pp]art|[Rr]oom|[Gg]rade"
                              r"|[Ll]evel|[Ss]tage|[Ss]et|[Ss]ection|[Cc]hapter|[Tt]able)\s$")
"""The label before a number whose capital after it names a class or a part, "Year 5 J and
Year 6", "Part 3 V of": a letter there, not joules or volts (`UNITS`)."""

_NUTRIENT_GRAMS_RE = re.compile(
    r"\b((?:[Ee]nergy|[Ff]at|[Ss]aturates|[Cc]arbohydrates?|[Cc]arbs|[Ss]ugars?|[Ff]ibre"
    r"|[Ff]iber|[Pp]rotein|[Ss]alt|[Ww]eight|[Cc]holesterol|[Ss]tarch|[Pp]olyols) )\(g\)")
"""Grams named alone in brackets after a nutrient, as a nutrition table labels its rows (a
recipe's, sweep AW, pistachio-gelato lines 54-62, "Protein (g)", "Total Weight (g)"):
"(grams)", where the voice said "jee". Milligrams and kilocalories are `_LONE_UNIT_RE`'s;
a letter in brackets elsewhere, a list's "(g)", stays."""

_CAPITAL_KG_RE = re.compile(r"(?:(?<=\d)|(?<=\d )|(?<=/)|(?<=/ ))Kg\b")
"""Kilograms typed with a capital, "4mg/Kg/24h", "5 Kg": said "Kg" ("quatre milligrammes,
Kg par vingt-quatre heures"), and spelled "ka ge" by the voices that read their own numbers
(an Indonesian pregnancy check-list's "naik sebanyak 9 Kg", sweep AY, id-periksa)."""


STRENGTH_WORDS = {"es": ("en", "y"), "fr": ("pour", "et"), "it": ("in", "e"), "pt": ("em", "e")}
"""The word between an amount and the volume it is in ("120 mg/5 ml", "120 miligramos en 5
mililitros"), and between two strengths of one tablet ("50 mg/300 mg"), where the voice
said "barra" or nothing."""


@functools.cache
def _strength_pattern(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A unit said in words, a slash, and an amount of a mass or a volume ("miligramos/5
    mililitros"; the two units are groups 1 and 2), and the words that name a volume."""
    units = SAYINGS[lang].units
    words = {form.split()[0] for forms in units.values() for form in forms[:2]}
    unit = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    volumes = {form for key in ("ml", "l") for form in units[key][:2]}
    masses = {form.split()[0] for key in ("mg", "mcg", "g", "kg", "UI")
              for form in units[key][:2]}
    amount = "|".join(sorted(map(re.escape, volumes | masses), key=len, reverse=True))
    return (re.compile(rf"\b({unit})\s?/\s?(?=\d+(?:[.,]\d+)?\s({amount})\b)"),
            frozenset(volumes))


def _say_strength(match: re.Match[str], lang: str, volumes: frozenset[str]) -> str:
    """"120 miligramos/5 mililitros" as "120 miligramos en 5 mililitros", "50 mg/300 mg" as
    "50 miligramos y 300 miligramos"."""
    in_word, and_word = STRENGTH_WORDS[lang]
    return f"{match.group(1)} {in_word if match.group(2) in volumes else and_word} "


SPELLED_INITIALISMS = ("AAC ASD COPD ECG ED EEG EHCP EKG ENT EYFS IBD IBS ICB ICP ICU INR IQ "
                       "IUD IUS IVF NIPT OOH OT OTC PHE PO SEN SSRI STI TIA UKHSA UTI").split()
"""Initialisms of health and public-service leaflets that English's voices read as words
(espeak-ng gives Piper its phonemes): "ICU" was "eye-coo", "ECG" "eck-g", "UTI" "yoody",
"PHE" "fee", "ED" "ed" and a "PO Box" a "po box". Each is spelled for the voice, letter by
letter, and so is its plural; the transcript keeps it as written. The others it spells
already ("NHS", "GP"). A school's "Children in Nursery and EYFS" (sweep DA) was "eyefs", one
syllable."""


INITIALISM_AND_WORD = {"USAGov": ("USA", "Gov")}
"""Names made of an initialism and a word, which pages write in capitals too: the US
government's "USAGov" (its Spanish pages write "USAGOV"), which a voice read as one word,
"usagov". The initialism is spelled and the word said, in any language."""


def built_in_respellings(lang: str) -> dict[str, str]:
    """Respellings the voice of `lang` needs in any handout (`SPELLED_INITIALISMS`,
    `INITIALISM_AND_WORD`, and "Q&A"); the project's and the handout's own respellings come
    after, and win."""
    english = lang.split("-")[0].lower() == "en"
    names = {written: " ".join(LETTER_NAMES.get(letter, letter) if english else letter
                               for letter in initialism) + f" {word}"
             for name, (initialism, word) in INITIALISM_AND_WORD.items()
             for written in (name, name.upper())}
    if not english:
        return names
    spelled = {word: " ".join(LETTER_NAMES.get(letter, letter) for letter in word)
               for word in SPELLED_INITIALISMS}
    return {**names,
            **{said: letters for word, letters in spelled.items()
               for said, letters in ((word, letters), (f"{word}s", f"{letters}'s"))},
            **{f"{noun} A": f"{noun} Eh" for noun in LETTER_A_AFTER}, "A minus": "Eh minus",
            "Q&A": "Q and Eh", "Q&As": "Q and Eh's", "(a)": "(Eh)", "(A)": "(Eh)"}


LETTER_NAMES = {"A": "Eh"}
"""Letters an initialism spelled out must be written as said: the voice read a capital "A"
alone as the article ("A S D" was "uh S D", and "Q&A" "Q and uh"), and reads "Eh" as the
letter's name."""
LETTER_A_AFTER = ("hepatitis vitamin type group grade plan part class category stage option "
                  "zone ward block level wing building gate step tier phase section "
                  "appendix schedule annex button door entrance exit room floor platform bay "
                  "unit site area bed column row form figure team route lane suite").split()
"""Words a letter labels ("hepatitis A", "Group A strep", Medicare's "Part A", a hospital's
"Entrance A", an app's "Button A"), after which "A" is the letter, never the article: "the
hepatitis A vaccine" was "hepatitis uh vaccine". So is a clause's "(a)" in brackets, "(a)
directly for the objects", "with paragraph (a) above" (a model charity constitution, sweep
CF), which was "uh"; "(b)" and "(i)" the voice says as letters."""


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


_STRENGTH_PAIR_RE = re.compile(r"(?<![\w./])(\d+(?:[.,]\d+)?)\s?/\s?(\d+(?:[.,]\d+)?)\s?"
                               r"(mg|mcg|µg|g)(?![\w/])")
"""Two strengths of one tablet with their unit once, "Malarone 250/100 mg", "co-codamol
30/500 mg": the voice said "250 100 milligrams", or "zweihundertfünfzig einhundert
Milligramm". A fraction of a unit, "1/2 mg", is no pair."""


def _strength_pair(match: re.Match[str], lang: str) -> str:
    first, second, unit = match.groups()
    if first.isdigit() and second.isdigit() and int(first) < int(second) <= 10:
        return match.group(0)  # "1/2 g", "3/4 mg"
    from babel.lists import format_list

    locale = babel_locale(lang)
    strengths = [f"{first} {unit}", f"{second} {unit}"]
    return format_list(strengths, locale=locale) if locale else " and ".join(strengths)


_TICK_MARKS = {"✓": "✔", "✔": "✔", "✗": "❌", "✘": "❌", "✖": "❌", "☑": "☑", "☒": "☑",
               "☐": None}
"""Ticks, crosses and boxes written as text (English's abbreviations say them: "tick",
"cross", "unticked box"), and the emoji whose name says each in another language."""
_TICK_MARK_RE = re.compile(f"[{''.join(_TICK_MARKS)}]\ufe0f?")
_TYPED_BOX_RE = re.compile(r"\[(?:(\s{1,6})|\s?[X✓✔]\s?)\](?![(\[:])")
"""A box typed with brackets, "[   ] meets [   ] does not meet", "[X] I agree", as a form
written in a word processor has them: its choices were said run together, "meets does not
meet". Not "[x]", a template's variable ("It seems [x] aspect of the issue matters"), nor
"[X]" between words, a letter template's "After [X] years at £5" (sweep CQ, D13), which
was "After ticked box years" (`findings.PLACEHOLDER`)."""


def _say_tick_marks(text: str, lang: str) -> str:
    """`text` with each tick, cross or ticked box (`_TICK_MARKS`) given as its name in `lang`
    (Unicode CLDR's, as emoji are named: "coche", "croix", "case cochée"): the French voice
    said "✓ À faire" as "symbole deux sept un trois". An unticked box, which CLDR does not
    name, is named by the handout's own words ("case vide", "leeres Kästchen"): a German
    form's "☒ Wiederkehrende Zahlung ☐ Einmalige Zahlung" named the ticked box alone, and
    its second choice did not sound like one. A mark in a language without names says
    nothing."""
    from handout.language import catalogue_path, words_for
    from handout.read.generators import emoji_name

    unticked = words_for(lang).unticked_box if "☐" in text and catalogue_path(lang) else None

    def said(found: re.Match[str]) -> str:
        emoji = _TICK_MARKS[found.group()[0]]
        name = emoji_name(emoji, lang) if emoji else unticked
        return f" {name} " if name else " "

    return _TICK_MARK_RE.sub(said, text)


INDIC_ZEROS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
               0x1040)
"""The zero of each script of India whose digits the voices say as they say 0 to 9
(Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam), and of
Myanmar's, whose numbers are said in words from 0 to 9 (`numbers.burmese_number`)."""
SAID_ALIKE = str.maketrans({"□": "☐", "▢": "☐", "❏": "☐", "❑": "☐", "\u2010": "-",
                            "\u2011": "-", "\u05be": "-",
                            "®": None, "™": None, "℠": None, "\u200b": None, "－": "-",
                            "\u2044": "/", "％": "%"}
                           | {chr(0x1F860 + 8 * weight + turn): arrow for weight in range(5)
                              for turn, arrow in enumerate("←↑→↓↖↗↘↙")}
                           | {chr(0xFF10 + digit): str(digit) for digit in range(10)}
                           | {chr(zero + digit): str(digit) for zero in INDIC_ZEROS
                              for digit in range(10)})
"""Characters said as others are: a white square typed as a form's box ("Yes □ No □", the
square Word's Insert Symbol gives) was a shape, said nothing, where "☐" is an unticked
box, and so was a consent form's shadowed one ("❏  I do not want my responses quoted");
and Unicode's hyphen and non-breaking hyphen (Word's Ctrl+Shift+-, or text copied from a
PDF), with which "06421‐28 23830" was no telephone number but a count in the thousands;
and Hebrew's maqaf, which joins a one-letter prefix to a number or a foreign word ("ב־2024",
"ב־Let's Encrypt"), and which the voice named, "Hebrew letter five B E". A trade mark's
sign after a brand says nothing: "Ibupirac® 400 mg" was "Ibupirac símbolo de marca
registrada cuatrocientos miligramos", the dose cut from its medicine. Nor does a zero-width
space, which a web editor leaves behind: a ferry's timetable had a line of six, an
utterance of no sound and a sentence of no words on the page. A full-width hyphen, which a
Japanese keyboard types, is a hyphen: "025－284－7119" was a count. A fraction slash is a
slash: an oral rehydration handout's "1⁄4 – 1⁄2 taza" reached the voice as "uno⁄cuatro".
Full-width digits and per cent sign, which a Chinese or Japanese keyboard types, are digits
and a per cent sign: a Taiwanese clinic's "費用１５０元" reached the voice as written, and
it said nothing for "１５０", the fee gone (`_FULL_WIDTH_POINT_RE` takes their decimal
point). The digits of India's scripts, which the voices say as they say 0 to 9, are those,
which the rules for numbers read: a Bangladeshi passport office's "(খ) ১৮-২০ বছর" was no
range and "ফোন: ০১৭১২-৩৪৫৬৭৮" no telephone number, where "18-20" and "01712-345678" were.
(Nepali's voice says 0 to 9 in English, and is given its numbers back in its own digits.)
The wide-headed arrows, which Word's reader gives for Wingdings' (U+1F860-1F887), are the
arrows they draw: a university guide's "antes de las 6:30 am 🡪 desayuno" (sweep CB,
es-ues-guia-protocolo) kept its arrow for the voice, where "→" is said "a"."""
WRITTEN_ZEROS = (*INDIC_ZEROS, 0x0660, 0x06F0)
"""The zeros of the digits a transcript gives back as written (`in_written_digits`): India's
scripts', Myanmar's, and the Arabic and the Persian and Urdu digits."""


def in_written_digits(words: str, written: str) -> str:
    """`words`, a sentence as its transcript shows it, with its digits in those `written`
    wrote them in, where those are all one script's own (`WRITTEN_ZEROS`): `SAID_ALIKE` and
    the rules for numbers make them ASCII digits, which the transcript and captions showed,
    a Nepali fee's "रु. १,००,०००" as "रु. 1,00,000", an Urdu date's "۱۵ اگست ۲۰۲۳" as "15 اگست
    2023", no longer the words on the page (sweep CN)."""
    zeros = {ord(c) - unicodedata.digit(c) for c in written if c.isdecimal()}
    if len(zeros) != 1 or (zero := zeros.pop()) not in WRITTEN_ZEROS:
        return words
    return words.translate({ord("0") + digit: zero + digit for digit in range(10)})


_FULL_WIDTH_POINT_RE = re.compile(r"(?<=\d)．(?=\d)")
"""A full-width full stop between digits, a decimal point typed as CJK text types it
("１．５公斤"), said as a point is (`SAID_ALIKE` makes its digits digits)."""


_MIXED_NUMBER_RE = re.compile(r"(?<![\d/.,-])(\d{1,2})-([1-9])/([2-9]|1[0-6])(?![\d/])")
"""A whole number and a fraction joined by a hyphen, as American leaflets write them, "2-1/2
weeks", "1-1/2 tablets": the whole and the fraction ("2 1/2"), where it was "2-half a weeks"
and "1 to half a tablets", and in translations "dois hífen um / duas". A range of
scores on a scale (`SCALE_BEFORE`), an exercise plan's "RPE 6-7/10", is a range, "6 to 7/10"
("6 to 7 out of 10"), where it was "6 7 out of 10"."""


_DATE_FORMAT_RE = re.compile(r"\b(?:(DD|JJ|TT|GG)([/.-])(MM)|(MM)([/.-])(DD))\2?\5?"
                             r"(YYYY|YY|AAAA|AA|JJJJ)\b")
DATE_PARTS = {"en": ("day", "month", "year"), "fr": ("jour", "mois", "année"),
              "es": ("día", "mes", "año"), "pt": ("dia", "mês", "ano"),
              "it": ("giorno", "mese", "anno"), "de": ("Tag", "Monat", "Jahr"),
              "nl": ("dag", "maand", "jaar")}
"""How a form asks for a date, "DD/MM/YYYY", "TT.MM.JJJJ", "JJ/MM/AAAA": its parts' names,
where the voice said "dee dee, em em, yyy-eye" and "te te em em jot jot"."""


_BLANK_PART = r"(?:_{2,}|\.{2,}|…+)"
_BLANK_DATE_RE = re.compile(rf"(?<![\w_.…]){_BLANK_PART}(?:[ \t]?[/-][ \t]?{_BLANK_PART}){{1,2}}"
                            r"(?![\w_…])")
"""A date to write in, as forms draw it, "__/__/____", "..../..../........": said as a date's
format is (`DATE_PARTS`, "day, month, year"), where the voice said "slash slash blank"."""
_BLANK_TIME_RE = re.compile(r"(?<![\w_])_{2,}[ \t]?:[ \t]?_{2,}(?![\w_])")
"""A time to write in, "___:___": one blank, not "blank colon blank"."""


def _date_format(found: re.Match[str], lang: str) -> str:
    """A date's format (`_DATE_FORMAT_RE`) as its parts' names in `lang`, as written."""
    day, month, year = DATE_PARTS.get(lang.split("-")[0].lower(), DATE_PARTS["en"])
    first, second = (day, month) if found.group(1) else (month, day)
    return f"{first}, {second}, {year}"


_OTHER_SCRIPT = (
    "(?:(?!(?<=\\d)円|(?<=\\d )円)"
    "[{cyrillic}\u0530-\u058f\u0590-\u08ff\u0900-\u09f2\u09f4-\u0dff\u0e00-\u0fff\u1000-\u109f"
    "\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u18af\u3040-\u30ff\u3100-\u318f\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff]"
    "[\u200c\u200d\u200e\u200f]*)+")
OTHER_SCRIPT_RE = re.compile(_OTHER_SCRIPT.format(cyrillic="\u0400-\u052f"))
"""Words in a script other than Latin and Greek: letters a voice for a language written in
Latin letters cannot read, and spells by name. Not the taka's sign, "৳6,900", which is money
(`numbers.CURRENCY_NAMES`), where it was left out and the amount said alone, nor the yen's
character after an amount, "26,000円". Cyrillic is among them: an English emergency card
(sweep CY) gave its phrases in Russian and Kazakh, and "Мне нужна помощь" was said "em en ye
en u zhe…", "Маған көмек керек" with "Cyrillic letter four nine three" for its ғ, with no
warning; but not for a voice that reads it (`_other_script_re`)."""
_OTHER_SCRIPT_BUT_CYRILLIC_RE = re.compile(_OTHER_SCRIPT.format(cyrillic=""))


def _other_script_re(lang: str) -> re.Pattern[str]:
    """`OTHER_SCRIPT_RE` for the voice of `lang`: less Cyrillic for a language written in
    both alphabets, Serbian's (`language.TWO_SCRIPTS`)."""
    from handout.language import TWO_SCRIPTS

    return _OTHER_SCRIPT_BUT_CYRILLIC_RE if lang.split("-")[0].lower() in TWO_SCRIPTS \
        else OTHER_SCRIPT_RE


_LEFT_SEPARATOR_RE = re.compile(r"^[\s/|,:–-]+|[\s/|,:–-]+$")


def unreadable_words(text: str, lang: str) -> list[str]:
    """The words of `text` in a script the voice of `lang` cannot read (`OTHER_SCRIPT_RE`),
    where `lang` is written in Latin letters and `text` has words in them too, which
    `spoken_words` leaves out: a benefits page's list of languages, "العربية / Arabic",
    "简体中文 / Chinese", was said "Arabic alif Arabic lam ... Arabic" and "Chinese letter
    Chinese letter ... Chinese", twenty items of it. Print keeps them; words in another
    script alone stay (a handout in the wrong `lang`, which the build warns of, is still
    read)."""
    from handout.language import language_script

    other = _other_script_re(lang)
    if language_script(lang) != "Latn" or not other.search(text) \
            or not re.search(r"[A-Za-z\u00c0-\u024f]{2}", other.sub(" ", text)):
        return []
    return [word for word in other.findall(text)
            if not (word == "\ufdfa" and lang.split("-")[0].lower() == "en")]


_GONE = "\0(?:[\\s,،؛]*\0)*"
_QUOTED_GONE_RE = re.compile(f"[\"'“‘«„(\\[]\\s*{_GONE}\\s*[\"'”’»)\\]]")
_LABEL_GONE_RE = re.compile(r"(?:^\s*|(?<=[.!?;]\s))[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}\s?:\s*"
                            f"{_GONE}\\s*(?:[.;,]\\s*|$)")
_SEPARATOR_GONE_RE = re.compile(f"\\s*[/|]\\s*{_GONE}|{_GONE}\\s*[/|]")
"""What stood with the words taken out (each a NUL by then): the quotation marks around
them, a label before them alone, and the slash or bar that parted them from the words said.
An English emergency card (sweep CY) was said "EMERGENCY slash slash EMERGENCIA" for
"EMERGENCY / طوارئ / EMERGENCIA", "I need help slash" for "\"I need help\" / \"أحتاج
مساعدة\"", and "Phrase." and "ZH" for a table's cell and a list's line, "ZH: 我需要帮助", whose
words were left out; a Persian and English code of conduct's "1. تصحیح / Correction" was
"one. slash correction". An Arabic and English one's "تأثير المجتمع | Community Impact:
<Arabic>" was said "Community Impact." where its Arabic was short, and not at all where it
was longer (`unreadable_alone`), each over the same label in English: its label alone is
not said either."""


_EVERY_SCRIPT_SAID: ContextVar[bool] = ContextVar("every_script_said", default=False)


@contextlib.contextmanager
def every_script_said(said: bool) -> Iterator[None]:
    """`spoken_words` keeping the words the voice cannot read, while the context is open,
    if `said`: a handout read whole in them, its `lang` wrong (and warned of). Taken out,
    each sentence with a Latin name in it was said as the name alone, where the sentences
    around it were said whole: a Georgian page with no `lang` (sweep CY) had "(YouTube-ზე)
    … (fyigeo.com-ზე)" said "., (YouTube- ) (fyigeo.com- ). !", and an Arabic one "(Google
    Forms Jotform )"."""
    token = _EVERY_SCRIPT_SAID.set(said)
    try:
        yield
    finally:
        _EVERY_SCRIPT_SAID.reset(token)


def _unreadable_words_out(text: str, lang: str) -> str:
    """`text` without its `unreadable_words` and what stood with them alone
    (`_SEPARATOR_GONE_RE`), unless every script is said (`every_script_said`)."""
    if _EVERY_SCRIPT_SAID.get() or not unreadable_words(text, lang):
        return text
    gone = _QUOTED_GONE_RE.sub("\0", _other_script_re(lang).sub("\0", text))
    gone = _LABEL_GONE_RE.sub("", _SEPARATOR_GONE_RE.sub(" ", gone))
    # the commas that stood between the words taken out: "Spinach, Beetroot,,,."
    readable = re.sub(r"(?:\s*[,;:،]){2,}", ",", " ".join(_LEFT_SEPARATOR_RE.sub(
        "", gone.replace("\0", " ")).split()))
    return re.sub(r"\s*[,;:،](?=\s*[.!?]?$)", "", readable)


def unreadable_alone(text: str, lang: str) -> bool:
    """Whether (nearly) all the letters of `text` are in a script the voice of `lang` cannot
    read (`OTHER_SCRIPT_RE`), where `lang` is written in Latin letters: a bilingual leaflet's
    Telugu paragraph, "3. ఇంటర్నెట్ లో డిలీట్ బటన్ లేదు", which the English voice said
    letter by letter by name ("Telugu i, Telugu an, Telugu ta…"); and a Tamil sentence
    with a vitamin's letter in it ("… C …"), or under a label ("A (Tamil): …"), which went
    to the English voice whole. Nearly: Latin letters a fifth of the letters or fewer."""
    from handout.language import language_script

    if language_script(lang) != "Latn" or not _other_script_re(lang).search(text):
        return False
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f]", text))
    return latin * 4 <= _other_script_letters(text, lang)


def mostly_unreadable(text: str, lang: str) -> bool:
    """Whether most of the letters of `text` are in a script the voice of `lang` cannot read
    (`unreadable_alone`): a handout in the wrong `lang`, rather than one quoting another
    script."""
    return _other_script_letters(text, lang) * 2 > sum(c.isalpha() for c in text)


def _other_script_letters(text: str, lang: str) -> int:
    """How many letters of `text` are in a script the voice of `lang` cannot read
    (`_other_script_re`; its vowel signs and joiners not counted)."""
    return sum(c.isalpha() for letters in _other_script_re(lang).findall(text)
               for c in letters)


_TABLE_RULE_RE = re.compile(r"\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?")
"""A pipe table's row of dashes alone, `|----|----|`, a paragraph of its own where blank
lines part a table's rows: an energy charity's sample bill was said "------- -------", a
cue of a tenth of a second in the captions and transcript."""


RESPONSE_MARKS = {"℣": "Versicle", "℟": "Response", "R": "Response"}
_RESPONSE_MARK_RE = re.compile(r"([℣℟])|^\s*(R)(?=\.\s*$)")
"""The marks of a service's versicles and responses, "℣. The Lord be with you. ℟. And also
with you.", which were silent, so who says what was lost; and a psalm's response, "R.", a
sentence of its own after each verse (sweep CR, stmichaels-service line 21), said "ar"."""


@keeps_passwords
def spoken_words(text: str, lang: str = "en") -> str:
    """`text` as it should be said in `lang`: units, dates and abbreviations expanded, no
    markup, and nothing of a table's row of dashes alone (`_TABLE_RULE_RE`). Numbers stay
    digits, for a reader; `numbers.say_numbers` words them for the voice. A password is left
    as written (`numbers.keeps_passwords`)."""
    if _TABLE_RULE_RE.fullmatch(text):
        return ""
    lang = in_letters(lang, text)  # CLDR's words in the letters of Serbian's text
    if lang.split("-")[0].lower() == "en":  # before the signs go as unreadable
        text = _RESPONSE_MARK_RE.sub(lambda m: RESPONSE_MARKS[m[1] or m[2]], text)
        text = _BLESSING_SIGN_RE.sub(" (peace be upon him)", text)
    text = _unreadable_words_out(_FULL_WIDTH_POINT_RE.sub(".", text.translate(SAID_ALIKE)), lang)
    text = _TYPED_BOX_RE.sub(lambda m: m.group() if PLACEHOLDER.match(m.string, m.start())
                             else "☐" if m.group(1) else "☒", text)
    text = _GREEK_MU_RE.sub(r"\1µ", text)
    if symbol_names := LISTED_SYMBOLS.get(lang.split("-")[0].lower()):
        text = _SYMBOL_LIST_RE.sub(lambda m: re.sub(
            r"[^\s,](?=[,\s]|$)", lambda symbol: symbol_names.get(symbol[0], symbol[0]),
            m.group()), text)
        text = _NAMED_SIGN_RE.sub(lambda m: m.group() if m[4] == "-" else (m[1] or "") + " ".join(
            symbol_names.get(sign, sign) for sign in m[2] or m[4]), text)
    if lang.split("-")[0].lower() == "en":  # before its colon is a ratio or a clock's
        text = _SCRIPTURE_CHAPTER_RE.sub(_say_scripture_chapter,
                                         _SCRIPTURE_RE.sub(_say_scripture, text))
        text = _VERSES_RE.sub(lambda m: f"verses {m[2]} to {m[3]}" if m[3] else
                              f"verse{'s' * (m[1] == 'vv')} {m[2]}", text)
        text = _JOURNAL_REFERENCE_RE.sub(_say_journal_reference, text)
        text = _RECURRING_RE.sub(lambda m: m[1] + m[2].replace("\u0305", "") + " recurring", text)
    text = _CODES_SLASH_RE.sub(", ", text)
    if lang.split("-")[0].lower() in ROMAN_WEEKDAY_LANGUAGES:  # "I-V 10:00-19:00"
        text = _ROMAN_WEEKDAYS_RE.sub(lambda m: _roman_weekdays(m, lang), text)
    if lang.split("-")[0].lower() in _NUMBERED_BY_ROMAN_RE:  # "kapitel IX", not "VI SES"
        text = _NUMBERED_BY_ROMAN_RE[lang.split("-")[0].lower()].sub(
            lambda m: f"{m[1]}{roman_value(m[2])}", text)
    elif lang.split("-")[0].lower() not in ROMAN_READ_BY_VOICE:
        text = _ROMAN_NUMERAL_RE.sub(_roman_to_digits, text)
    if lang.split("-")[0].lower() == "vi":  # its digits then, as `numbers` says a hotline's
        text = _VIETNAMESE_HOTLINE_RE.sub(lambda m: m.group() if len(m[2]) == 4
                                          and int(m[1]) < int(m[2]) <= 2100
                                          else f"{m[1]} {m[2]}", text)
    text = _DATE_FORMAT_RE.sub(lambda m: _date_format(m, lang), text)
    if lang.split("-")[0].lower() == "en":  # which says "2 1/2" as "2 and a half"
        text = _MIXED_NUMBER_RE.sub(lambda m: m.group() if int(m[2]) >= int(m[3]) else
                                    f"{m[1]} to {m[2]}/{m[3]}" if int(m[1]) < int(m[2])
                                    and SCALE_BEFORE.search(m.string, max(0, m.start() - 40),
                                                            m.start())
                                    else f"{m[1]} {m[2]}/{m[3]}", text)
    blank = BLANK_WORDS.get(lang.split("-")[0].lower())
    if blank:  # a date or a time to write in: its parts' names, or one blank
        parts = DATE_PARTS.get(lang.split("-")[0].lower())
        text = _BLANK_DATE_RE.sub(lambda m: ", ".join(parts) if parts and m.group().count(
            "/") + m.group().count("-") == 2 else blank, text)
        text = _BLANK_TIME_RE.sub(blank, text)
    text = _LEADER_RE.sub(lambda m: ", " if _is_leader(m) else m.group(), text)
    if blank and text.strip("_ \t"):  # not a rule drawn with underscores, alone
        text = _BLANK_RE.sub(lambda m: f" {blank}" + " " * (m.string[m.end():m.end() + 1] not in
                                                            ",.)") if _is_blank(m)
                             else m.group(), text)
    if lang.split("-")[0].lower() in OPEN_ENDING_LANGUAGES:
        if lang.split("-")[0].lower() == "fr":
            text = _FRENCH_GENDER_RE.sub(r"\1", text)
        if lang.split("-")[0].lower() in ("es", "it", "pt", "ca"):
            text = _SLASH_ENDING_RE.sub("", text)
        text = _OPEN_GENDER_RE.sub(r"\1", _OPEN_ENDING_RE.sub(r"\1\2", text))
    text = _MATH_LETTER_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _CIRCLED_NUMBER_RE.sub(_circled_number, text)
    if lang.split("-")[0].lower() != "en":
        text = _say_tick_marks(text, lang)
    text = _MINUS_AS_BULLET_RE.sub("", _TYPED_DASH_RE.sub(" – ", _LEAD_IN_RE.sub(":", text)))
    text = _SIGN_MINUS_RE.sub("−", _EN_DASH_MINUS_RE.sub("−", text))
    text = _ACCOUNTS_NEGATIVE_RE.sub(lambda m: _accounts_negative(m, lang), text)
    if lang.split("-")[0].lower() == "en":
        text = _MONEY_SCALE_RE.sub(lambda m: " of ".join(filter(None, (
            _MONEY_SCALES.get(m[2] or m[3]), CURRENCY_NAMES[m[1] or m[4]][0][1]))), text)
        text = _FINANCIAL_YEAR_RE.sub("F Y ", text)
    if lang.split("-")[0].lower() == "en":  # before a power's "²" is taken for a note's
        text = _EITHER_LABEL_RE.sub(lambda m: " or ".join(filter(None, m.groups())), text)
    if lang.split("-")[0].lower() in _ENGLISH_PLURAL_DECADE_RE:
        text = _ENGLISH_PLURAL_DECADE_RE[lang.split("-")[0].lower()].sub(r"\1\2", text)
    if lang.split("-")[0].lower() in MINUS_WORDS:
        text = _EQUATION_RE.sub(lambda m: _say_arithmetic(m, lang.split("-")[0].lower()), text)
    if lang.split("-")[0].lower() in BELOW_ZERO_WORDS:
        text = _TEMPERATURES_RE.sub(
            lambda m: _say_temperatures(m, lang.split("-")[0].lower()), text)
    if lang.split("-")[0].lower() in FORMULA_SIGN_WORDS:
        text = _say_formula_signs(text, lang.split("-")[0].lower())
    if lang.split("-")[0].lower() == "en":
        text = _NUMBERED_CITATION_RE.sub(lambda m: m.group() if last_word(
            m.string[:m.start()]) in NAMING_A_NUMBER else "", text)
        text = _NAMED_STAR_RE.sub(
            lambda m: f"{m[1]} {'asterisk' if m[1].lower() == 'an' else 'star'}", text)
        text = _SERVICE_CODE_RE.sub(lambda m: " ".join(ENGLISH_SYMBOLS.get(c, c)
                                                       for c in m.group()), text)
        text = _KEY_WITH_SIGN_RE.sub(lambda m: m[1] + ENGLISH_SYMBOLS[m[2]], text)
    text = _NOTE_SIGN_RE.sub("", _STAR_TIMES_RE.sub(" × ", _CITATION_MARKS_RE.sub("", text)))
    text = _E_NOTATION_RE.sub(lambda m: f"{m[1] or m[5]} × 10" + (
        (m[2] or m[3] or "") + (m[4] or m[6])).replace("+", "").translate(_RAISED), text)
    text = _RING_DEGREES_RE.sub(r"\1°", text)
    text = _STRENGTH_PAIR_RE.sub(lambda m: _strength_pair(m, lang), text)
    if lang.split("-")[0].lower() != "en":  # English has its own (`_SHORT_MONTH_RE`)
        text = _HANDLE_AT_RE.sub("", text)
        text = _YEAR_PAIR_RE.sub(_year_range, _YEAR_PAIR_RANGE_RE.sub(_year_pair_range, text))
        text = _short_month_pattern(lang).sub(lambda m: _say_short_month(m, lang), text)
    if lang.split("-")[0].lower() in ALL_DAY_EVERY_DAY:
        said = ALL_DAY_EVERY_DAY[in_script(lang.split("-")[0].lower(), text)]
        text = _ALL_DAY_EVERY_DAY_RE.sub(said, text)
    if lang.split("-")[0].lower() in SCORE_WORDS:
        text = _said_scores(text, lang.split("-")[0].lower())
    saying = saying_for(lang)
    if saying is None:
        return _in_its_own_voice(text, lang)
    english = saying is SAYINGS["en"]
    text = _SIGNED_RANGE_RE.sub(rf"\1 {saying.to} ", text)
    text = _LETTER_RANGE_RE.sub(rf"\1 {saying.to} ", text)
    if not english:  # before the hours after them are said ("vie. 9 a.m.")
        text = _date_range_pattern(lang).sub(rf"\1 {saying.to} ", text)
        text = _day_pair_pattern(lang).sub(lambda m: _say_day_pair(m, lang), text)
        text = _lone_day_pattern(lang).sub(lambda m: _say_lone_day(m, lang), text)
    units, per, measured = _unit_patterns(lang.split("-")[0].lower())
    text = _URL_RE.sub(lambda m: f"{_apart(m)}{saying.web_address} {_address(m)}", text)
    if english:
        text = _RUN_ON_SENTENCE_RE.sub(_run_on, text)
        text = _DOLLAR_AFTER_RE.sub(r"$\1", text)
    dot = DOT_WORDS.get(lang.split("-")[0].lower())
    text = _EMAIL_RE.sub(lambda m: _email_name(m.group(1).replace('.', f' {dot} ') if dot
                                               else m.group(1), lang)
                         + f" {saying.at} {m.group(2)}", text)
    text = _say_dots(text, lang)
    text = _COMPARISON_RE.sub(
        lambda m: (" " if m.string[m.start() - 1:m.start()].isalnum() else "")  # p<0.05
        + f"{saying.comparisons.get(_SYMBOL.get(m.group(1), m.group(1)), m.group(1))} ", text)
    if english:
        text = _LEADING_POINT_RE.sub(lambda m: "point " + " ".join(m[1]), text)
        text = _SLUG_DATE_RE.sub(lambda m: _say_slug_date(m, lang), text)
        text = _ISO_DATE_TIME_ZONE_RE.sub(_say_iso_time_zone, text)
    text = _ISO_DATE_RE.sub(lambda m: _say_date(m, lang), _ISO_DATE_TIME_RE.sub(r"\1 ", text))
    if lang.split("-")[0].lower() in SLASH_WORD:
        text = _ACT_NUMBER_RE.sub(lambda m: re.sub(r"/(?=[A-Z])", " ", m.group(0)).replace(
            "/", f" {SLASH_WORD[lang.split('-')[0].lower()]} "), text)
    if english:
        text = _DATE_HOUR_RE.sub(r"\1\2:00", text)  # before the clock's rules say it
        text = _PACE_RE.sub(_say_pace, text)
        text = _RACE_TIME_RE.sub(_say_race_time, _SWIM_TIME_RE.sub(_say_race_time, text))
        text = _HOURS_MINUTES_SECONDS_RE.sub(lambda m: _race_time(*m.group(1, 2, 3)), text)
        text = _DOTTED_TIME_BEFORE_A_DAY_RE.sub(r"\1:\2", _DOTTED_TIME_RE.sub(r"\1:\2", text))
        text = _DOTTED_TIME_RANGE_RE.sub(lambda m: f"{m[1]}:{m[2]}{m[3]}{m[4]}:{m[5]}" if
                                         _TIME_WORDS_BEFORE_RE.search(
                                             m.string, max(0, m.start() - 60), m.start())
                                         else m.group(), text)
        text = _FOUR_DIGIT_TIME_RANGE_RE.sub(_shift_hours, text)
        text = _ZERO_HOUR_RE.sub(_say_zero_hour, text)
        text = _HOURS_AFTER_A_TIME_RE.sub(
            lambda m: f"{m.group(1) or m.group(3)}:{m.group(2) or m.group(4)}", text)
        text = _FOUR_DIGIT_TIME_RE.sub(lambda m: "{}:{} ".format(*filter(None, m.groups()))
                                       + ("UTC" if m[3] else "") if m[1]
                                       else "{}:{}".format(*filter(None, m.groups())), text)
        text = _SHORT_AM_PM_RANGE_RE.sub(r"\1am to \2pm", text)
        # on the hour, the start is its hour alone, as "6-6:30pm" is: "6:00-6:30pm", on a
        # theatre company's timings for its evening (sweep AQ), was "6 o'clock to 6:30 PM"
        text = _HOURS_TO_AM_PM_RE.sub(_say_hours_to_am_pm, text)
        text = _ENGLISH_CLOCK_RANGE_RE.sub(r"\1 to ", _CLOCK_PAIR_RE.sub(
            lambda m: f"0{m[1]}" if len(m[1]) == 4 else f"{m[1]}am", text))
        text = _UTC_OFFSET_RE.sub(_say_utc_offset, text)
        twenty_four = bool(_ON_THE_24_HOUR_CLOCK_RE.search(text) or _ZONED_CLOCK_RE.search(text))
        text = _ENGLISH_CLOCK_RE.sub(lambda m: _say_clock(m, twenty_four),
                                     _TIME_RE.sub(_say_time, text))
        text = _TIME_ZONE_RE.sub(lambda m: f"({TIME_ZONES[m[2]]})" if m[1]
                                 else TIME_ZONES[m[2]], text)
        text = _EVERY_HOURS_RE.sub(lambda m: f"every {m.group(1)}"
                                   + (f" to {m.group(2)}" if m.group(2) else "")
                                   + f" {_EVERY_UNITS[m.group(3)]}", text)
        text = _FOR_DURATION_RE.sub("for ", text)
        text = _TIME_RANGE_RE.sub(r"\1 to ", text)
        text = _DAY_RANGE_RE.sub(lambda m: f"{_DAYS.get(m[1], m[1])} to {_DAYS.get(m[2], m[2])}",
                                 text)
        text = _DAY_LIST_RE.sub(lambda m: re.sub(rf"\b({'|'.join(_DAYS)}|BHs?)\b\.?(\s?/\s?)?",
                                                 lambda d: _DAYS.get(d[1], "Bank Holidays") +
                                                 (", " if d.group(2) else ""),
                                                 re.sub(r"\s?\+\s?", " and ", m[0])), text)
        text = _SHORT_DAY_RE.sub(lambda m: _DAYS[m.group(1)], text)
        text = _DAY_CELL_RE.sub(lambda m: _DAYS[m.group(1)], text)
        text = _DAY_IN_BRACKETS_RE.sub(lambda m: _DAYS[m.group(1)], text)
        text = _DAY_AFTER_RE.sub(lambda m: m.group(1) + _DAYS[m.group(2)], text)
        text = _OFFICE_HOURS_RE.sub(lambda m: f"{m[1]}{m[2]} to {m[3]}" if m[2]
                                    else f"{m[4]} to {m[5]}", text)
        text = _US_DAY_RANGE_RE.sub(lambda m: _US_DAYS[m.group(3)] if m.group(3) else
                                    f"{_US_DAYS[m.group(1)]} to {_US_DAYS[m.group(2)]}", text)
        text = _WEEKDAY_DAY_MONTH_RE.sub(lambda m: _weekday_date(m, day_first(lang)), text)
        text = _YEAR_PAIR_RANGE_RE.sub(lambda m: _year_pair_range(m, " to "), text)
        text = _YEAR_PAIR_RE.sub(lambda m: _year_range(m, " to "), text)
        text = _MONTH_RANGE_RE.sub(lambda m: " to ".join(_SHORT_MONTHS.get(month, month)
                                                         for month in m.groups()), text)
        text = _MONTH_PAIR_RE.sub(lambda m: re.sub(r"(\w+)\.?", lambda month: _SHORT_MONTHS.get(
            month[1], month[1]), m[0]), text)
        text = _DAY_MONTH_NAME_YEAR_RE.sub(lambda m: _say_day_month_name_year(m, lang), text)
        text = _SHORT_MONTH_RE.sub(lambda m: _SHORT_MONTHS[next(filter(None, m.groups()))],
                                   text)
        text = _QUARTER_RANGE_RE.sub(r"\1 to \2", _DATES_RANGE_RE.sub(r"\1 to ", text))
        text = _MONTH_YEAR_RANGE_RE.sub(r"\1 to ", text)
        text = _COUNTED_RANGE_RE.sub(r"\1 to \2-", text)
        text = re.sub(r"\b([Ee])xt(?= ?\d)", r"\1xtension", text)  # "ext 234", said "ekst"
        text = _METRIC_IMPERIAL_RE.sub(_metric_imperial, text)
        text = _INCHES_RE.sub(_say_inches, _FEET_INCHES_RE.sub(r"\1 feet \2 inches", text))
        text = _FEET_RE.sub(_say_feet, text)
        text = _STATE_ZIP_RE.sub(lambda m: f", {US_STATES[m.group(1)]} {m.group(2)}", text)
        text = _IN_TOWN_STATE_RE.sub(lambda m: f"{m[1]}, {US_STATES[m[2]]}", text)
        text = _SPACED_UNIT_RANGE_RE.sub(_spaced_unit_range, text)
        text = _SPACED_HYPHEN_RE.sub(lambda m: m.group() if "=" in m.string[
            max(0, m.start() - 30):m.start()] else ", ", text)  # not a sum, "x = a - b"
        text = _PAGE_RE.sub(lambda m: "pages " if m.group(1) == "pp" or "." not in m.group()
                            else "page ", text)
        text = _TEMPERATURE_BOUND_RE.sub(_say_temperature_bound, text)
        text = _RATING_STAR_RE.sub(_say_rating_star, text)
        text = _POINTS_AFTER_RE.sub(_say_points, text)
        text = _TREND_ARROW_RE.sub(lambda m: "up " if m[0][0] in "↑⬆▲" else "down ", text)
        text = _PAGES_AFTER_RE.sub(lambda m: m[0] if _PRICE_AFTER_RANGE_RE.search(
            m.string, max(0, m.start() - 20), m.start()) else f"{m[1]}-page"
            if _THING_AFTER_RE.match(m.string, m.end()) else f"{m[1]} pages", text)
        text = _CHAPTER_RE.sub(lambda m: "Chapter " if m.group(1) == "C" else "chapter ", text)
        text = _EDITION_RE.sub("edition", text)
        text = _ROOM_RE.sub("Room ", text)
        text = _GRADE_MINUS_RE.sub(r"\1 minus", text)
        text = _YEAR_GROUPS_RE.sub(_say_year_groups, text)
        text = _PRIMARY_YEARS_RE.sub(r"\1 to ", _Y_YEAR_GROUP_RE.sub("Year ", text))
        text = _YEAR_GROUP_RE.sub("Year ", text)
        text = _DURATION_RE.sub(_say_duration, text)
        text = _SECONDS_RE.sub(_say_seconds, _DECIMAL_SECONDS_RE.sub(
            lambda m: f"{m[1]} {_count(UNITS['sec'], m[1], 'en')}", text))
        text = _MINUTES_RE.sub(lambda m: (f"{m[1]} to " if m[1] else "")
                               + f"{m[2]} {_count(UNITS['min'], m[2], 'en')}"
                               if _TIME_NAMED_BEFORE_RE.search(m.string, max(0, m.start() - 40),
                                                               m.start())
                               and not _DISTANCE_VERB_RE.search(m.string, 0, m.start())
                               else m.group(), text)
    text = _NUMERIC_DATE_RE.sub(lambda m: _say_date(m, lang), text)
    if day_first(lang) or english:
        text = _DAY_MONTH_RE.sub(lambda m: _say_day_month(m, lang), text)
    if english:
        text = _UNIT_OR_MORE_RE.sub(r"\1 or more", _YEAR_ONWARDS_RE.sub(r"\1 onwards", text))
        text = _OR_MORE_RE.sub(lambda m: f"{m.group(1)} {m.group(2)} or more"
                               if m.group(2) in saying.units else
                               f"{m.group(1)} or more" + (f" {m.group(2)}" if m.group(2) else ""),
                               text)
    if english:  # "at a 45º angle", the ordinal sign for the degree's: "forty-five oh"
        text = re.sub(r"(?<=\d)º(?![^\W\d_])", "°", text)
        text = _BARE_DEGREES_RE.sub(lambda m: f"{m.group(1)}°{m.group(3)}"
                                    if _is_bare_degrees(m) else m.group(), text)
    text = _DEGREES_RE.sub(lambda m: f"{m.group(1)} {_count(saying.degrees, m.group(1), lang)}"
                           f" {'Celsius' if m.group(2) == 'C' else 'Fahrenheit'}", text)
    if english:
        text = _OVEN_AND_FAN_RE.sub(lambda m: ", or " if m.string[m.start() - 1] == ")"
                                    and m.string[m.end():m.end() + 1].isdigit() else ", ", text)
    if lang.split("-")[0].lower() in ROUND_THE_CLOCK:
        text = _ROUND_THE_CLOCK_RE.sub(
            lambda m: _round_the_clock(m, lang.split("-")[0].lower()), text)
    if lang.split("-")[0].lower() == "fr":
        # "M. Dupont", a man's title before his name; not a letter that ends a sentence or
        # a table's cell, "Pénicilline M.", said "Pénicilline monsieur"
        text = re.sub(r"(?<![\w.])M\.(?=\s+[A-ZÀ-Ý])", "monsieur", text)
        text = _FRENCH_SIGNED_RE.sub(lambda m: "moins " if m.group(1) == "-" else "plus ", text)
        text = _FRENCH_OVER_RE.sub("plus de ", text)
        text = _FRENCH_NUMBER_SIGN_RE.sub("numéro ", text)
        text = _INCLUSIVE_ENDING_RE.sub(lambda m: "s" if m.group(1) or m.group(2) else "",
                                        text)
    if lang.split("-")[0].lower() in ("es", "pt"):
        text = _INCLUSIVE_AT_RE.sub("o", text)
    if lang.split("-")[0].lower() == "pt":
        text = _FLAT_SIDE_RE.sub(
            lambda m: ("esquerdo" if m.group(1).lower() == "esq" else "direito")
            + ("." if m.group(0).endswith(".") and not m.string[m.end():].strip() else ""), text)
    if lang.split("-")[0].lower() == "es":
        text = _CADA_RE.sub("cada ", text)
        text = _HOUSE_NUMBER_RE.sub(r"número \1 guion \2", text)
        text = _NUMBER_SIGN_RE.sub("número ", text)
        text = _NOON_RE.sub(lambda m: "doce del mediodía" + (
            "." if re.match(r"\s*(?:$|[A-ZÁÉÍÓÚÑ¿¡])", m.string[m.end():]) else ""), text)
        text = _MERIDIEM_RE.sub(_part_of_day, _MERIDIEM_RANGE_RE.sub(r"\1 a ", text))
    if lang.split("-")[0].lower() in ("es", "pt"):
        text = _first_of_month_pattern(lang).sub("1º", text)
    if lang.split("-")[0].lower() in ("es", "fr", "it", "pt"):
        text = _H_RANGE_RE.sub(rf"\1 {saying.to} ", text)
        text = _CLOCK_HOURS_WORD_RE.sub(r"\1", text)
    ordinal_sign = lang.split("-")[0].lower() in ("es", "it", "pt")
    if lang.split("-")[0].lower() == "fr":
        text = _FRENCH_ITEM_RE.sub(lambda m: _french_adverb(int(m.group(1))) + " ", text)
        text = _CFA_FRANCS_RE.sub(" francs CFA", text)
    if ordinal_sign:  # "fiebre sobre 37,8º", typed with the ordinal's sign, was "ocho o",
        # and a fever's "38º" "trigésimo octavo"
        text = re.sub(r"(?<=\d[.,]\d)º|(?<=\d[.,]\d\d)º"
                      r"|(?<![\d.,]\d\d)(?<=3[5-9]|4[0-2])º(?!\s*[^\W\d_]{3,})", "°", text)
    if english:
        text = _LATITUDE_RE.sub(lambda m: f" {DIRECTIONS[m[1]].lower()}", text)
    text = _DEGREES_ONLY_RE.sub(
        lambda m: m.group(0) if ordinal_sign and ORDINAL_SIGN_RE.match(m.string, m.start())
        and (_ARTICLE_BEFORE_RE.search(m.string, 0, m.start())
             or (len(m.group(1)) == 1 or m.group(1) == "10") and not
             _TEMPERATURE_BEFORE_RE.search(m.string, max(0, m.start() - 40), m.start()))
        else f"{m.group(1)}º" if ordinal_sign and _LAW_PART_BEFORE_RE.search(
            m.string, 0, m.start())
        else f"{m.group(1)} {_count(saying.degrees, m.group(1), lang)}", text)
    if english:
        text = _RULE_NUMBERS_RE.sub(lambda m: m[1] + re.sub(r"[-:–]", " ", m[2]), text)
        # Two spaces before a letter after a digit, which a unit's one space does not
        # cross ("7 L" is 7 litres); they are one at the end.
        text = _TAX_CODE_RE.sub(lambda m: m[1] + re.sub(r"(?<=\d) (?=[A-Z])", "  ", " ".join(
            m[2])) + (f", {' '.join(m[3])}" if m[3] else ""), text)
        text = _VOTE_RE.sub(r"\1 to \2", text)
        text = _SCORE_RE.sub(lambda m: f"{m[1]} to {m[2]}" if (_RESULT_BEFORE_RE.search(
            m.string, max(0, m.start() - 40), m.start()) or _SCORE_AFTER_RE.match(
                m.string, m.end()) or _in_a_list_of_scores(m)) and not any(
                label.search(m.string, 0, m.start())
                for label in (_PAIR_LABEL_RE, _IDENTIFIER_LABEL_RE)) else m[0], text)
        text = _PRICE_RANGE_RE.sub(r"\1\2 to \1", text)
        text = _PRICE_PER_RE.sub(_say_price_per, text)
        text = _SIZE_BEFORE_THING_RE.sub(" by ", _DIMENSIONS_RE.sub(r"\1 by ", text))
        text = _RELAY_RE.sub(" by ", text)
    if english:
        text = _SPACED_PERCENT_RANGE_RE.sub(r"\1-\2%", text)
        text = _REFERENCE_INTAKE_RE.sub("% of your reference intake", text)
        text = _RECIPE_CARD_RE.sub(lambda m: _CARD_UNIT_RE.sub(_card_unit, m[0]) if re.match(
            r"\s[a-z]", m.string[m.end():]) or re.search(rf"/|{_VULGAR}|\s(?:&|and|\+)\s", m[0])
            else m[0], text)
    if english:
        text = _PER_POWER_RE.sub(lambda m: f"{m[1]}/{m[2]}{m[3]}" if m[2] else f"{m[1]}/{m[4]}",
                                 _UNIT_PRODUCT_RE.sub(r"\1 ", text))
    text = _PERCENT_RE.sub(lambda m: f"{m.group(1)} {saying.percent}", _CAPITAL_KG_RE.sub(
        "kg", text))
    text = units.sub(lambda m: m[0] if _cited_year(m) or m[2] in "NJV" and (
        _LETTER_LABEL_RE.search(m.string, 0, m.start())) else f"{m.group(1)} " + (
        saying.units[m.group(2)][0] if _below_one(m) or m.group(1) in _VULGAR else
        _count(saying.units[m.group(2)], _value_written(m.group(1)), lang))
        + (f" {saying.to} " if m.group("to") else ""), text)
    text = per.sub(lambda m: m.group() if _choice_of_dose(m) or _listed_field(m, saying)
                   or _amount_a_time(m) else f" {saying.per[m.group(1)]}", text)
    if lang.split("-")[0].lower() in PER_PERIOD:
        text = _PER_PERIOD_RE.sub(lambda m: _per_period(m, lang.split("-")[0].lower()), text)
    if english:
        text = _PENCE_PER_RE.sub(_say_pence, _PENCE_RANGE_RE.sub(r"\1\2", text))
    if lang.split("-")[0].lower() == "pt":
        text = _EVERY_RE.sub(r"\1 em \1", text)
    if not english:
        primary = lang.split("-")[0].lower()
        strength, volumes = _strength_pattern(primary)
        text = strength.sub(lambda m: _say_strength(m, primary, volumes), text)
    if english:
        text = _NUTRIENT_GRAMS_RE.sub(r"\1(grams)", text)
        text = _UNIT_PER_PERIOD_RE.sub(
            lambda m: (CURRENCY_NAMES[m[1]][0][1] if m[1] in CURRENCY_NAMES
                       else saying.units[m[1]][1]) + " " + PER_TIME[m[2]], text)
    text = _LONE_UNIT_RE.sub(lambda m: m.group(0) if m.group(2) not in saying.units else
                             f"{m.group(1) or ''}{saying.units[m.group(2)][0 if m.group(1) else 1]}",
                             text)
    if english:
        text = _SLASHED_DURATIONS_RE.sub(r"\1, ", text)
        text = _SHORT_FORM_RE.sub(_short_form, text)
        text = _EXAMPLE_BEFORE_QUOTE_RE.sub("For example:", text)
        text = _COUNTY_RE.sub("County ", text)
        text = _COUNT_OF_STRENGTH_RE.sub(r"\1 \3 of \2", text)
        text = _HEAD_COUNT_RE.sub(r"\1 ", text)
        text = _ATTRIBUTIVE_UNIT_RE.sub(lambda m: m.group(3) + m.group(4) if m.group(3)
                                        else (m.group(1) or m.group(2) or m.group(5)
                                              or m.group(6)) + " ", text)
        text = _MEASURED_THING_RE.sub(lambda m: m.group(1) + _SINGULAR_UNITS[m.group(2)] + (
            m.group(3) + _SINGULAR_UNITS[m.group(4)] if m.group(3) else ""), text)
    text = _TIMES_RE.sub(lambda m: f"{m.group(1)} {_count(saying.times, m.group(1), lang)}",
                         text)
    if english:
        text = _OPTIONAL_PLURAL_RE.sub(_plural, text)
        text = _NUMBER_SIGN_RE.sub("number ", text)
        text = _NUMBER_LABEL_RE.sub(lambda m: (f"{m.group(1)}number" if m.group(1) else "Number")
                                    + " " * m.string[m.end():m.end() + 1].isdigit(), text)
        text = _SECTION_RE.sub(lambda m: f"{m.group(1)}ection{m.group(2) or ''}"
                               + " " * m.string[m.end():m.end() + 1].isdigit(), text)
        text = _LAW_PART_RE.sub(lambda m: (LAW_PARTS[m[1].lower()].capitalize() if m[1].istitle()
                                           else LAW_PARTS[m[1].lower()]) + " ", text)
        # "Part 1 covers §§ 1-21 of the Act" (sweep CF) was "section section 1 to 21"
        text = re.sub(r"§§\s?(?=\d)", "sections ", text)
        text = _ROAD_RE.sub(lambda m: f"{m[1]} {'Road' if m[0].endswith('Rd') else 'road'}",
                            _STREET_RE.sub(_street, text))
        text = _MOUNT_RE.sub(lambda m: MOUNTS[m[1] or m[2]], _SAINT_RE.sub(r"Saint\1", text))
        text = _HONORIFIC_RE.sub(lambda m: HONORIFICS[m[0].lower().replace(".", "")]
                                 if m[1] or _HONORED_NEAR_RE.search(m.string) else m[0], text)
        text = _EARLY_YEAR_RE.sub(say_early_year, text)
        text = _CLERGY_TITLE_RE.sub(lambda m: m[0] if m[1] == "Sr" and re.search(
            r"[A-Z][a-z]+\s$", m.string[:m.start()]) else CLERGY_TITLES[m[1] or m[2]], text)
        text = _MOUNTAINS_AFTER_NAME_RE.sub("Mountains", text)
        text = _UK_ROAD_RE.sub(lambda m: f"{m[1]} {' '.join(m[2])}", text)
        text = _JUNCTION_RE.sub(lambda m: f"junction {m[1]}" if _MOTORWAY_RE.search(
            m.string, max(0, m.start() - 40), m.start()) else m[0], text)
        text = _GRID_REFERENCE_RE.sub(_say_grid_reference, text)
        text = _GLUED_ERA_RE.sub(" ", _CIRCA_RE.sub("circa ", text))
        text = _KICK_OFF_RE.sub(lambda m: f"{m[1]}kick-off" if m[1]
                                else f"kick-off{m[2]}", text)
        text = name_mac_keys(_CMD_KEY_RE.sub(r"\1Command", text))
        text = _MINUS_KEY_RE.sub(r"\1minus", text)
        text = _SHOUTED_RE.sub(lambda m: _SHOUTED_WORD_RE.sub(lambda w: w.group().title(),
                                                              m.group()), text)
        if lang.lower() == "en-au":
            text = _AUSTRALIAN_STATE_RE.sub(lambda m: AUSTRALIAN_STATES[m.group()], text)
        text = _DIRECTION_RE.sub(lambda m: DIRECTIONS[m.group(1) or m.group(2)], text)
        text = _COMPASS_POINT_RE.sub(lambda m: (m[1] or m[3] or m[5] or "") + (
            DIRECTIONS[m[6]] if m[6] else DIRECTIONS[m[2] or m[4]].lower()), text)
        text = _TIMES_AFTER_RE.sub(r"times \1", _EXTENSION_X_RE.sub(r"\1extension \2", text))
        text = _ROMAN_STAGE_RE.sub(
            lambda m: m.group() if not m.group(3) or m.group(2) and m.group(3) == "I" and
            _PRONOUN_AFTER_RE.match(m.string, m.end())
            else f"{m.group(1) or _unshouted(m.group(2))} {roman_value(m.group(3))}" + re.sub(
                r"[IVX]+", lambda numeral: str(roman_value(numeral.group())), m.group(4)), text)
        text = _MONTH_ZERO_RE.sub(r"\1 \2", text)
        text = _UNIT_AGAIN_RE.sub(r"\1", text)
        text = _REGNAL_RE.sub(lambda m: m.group() if m.group(2) == "I" and
                              _PRONOUN_AFTER_RE.match(m.string, m.end())
                              else f"{m.group(1)}the {_english_ordinal(roman_value(m.group(2)))}"
                              + re.sub(r"[IVX]+", lambda numeral: "the " + _english_ordinal(
                                  roman_value(numeral.group())), m.group(3)), text)
        text = _IV_RE.sub("I V", text)
        text = _PER_AMOUNT_RE.sub(lambda m: f"{m.group(1)} {'in' if m.group(2) else 'and'} ",
                                  text)
        text = _CHEMICAL_EQUATION_RE.sub(said_equation, text)
        text = _LONE_ARROW_RE.sub(_arrow_key, text)
        # An arrow that ends a link or a line, "Borrowing periods →", points the way: no "to"
        text = _ARROW_RE.sub(_said_arrow, _TRAILING_ARROW_RE.sub("", text)).replace(
            "24/7", "24 7")
        text = _SEVEN_DAYS_RE.sub(r"\1 7 days a week", text)
        text = _COST_PER_RE.sub(r"\1 per ", _ESTIMATED_RE.sub(
            lambda m: f"{m[1] or m[2]}stimated", text))
        # Any other arrow by its name, as a screen reader says it: a convoy's route table
        # (sweep AM, iow-convoy) signs its turns "↰", "↱", "⇄" and a mini roundabout "⦽",
        # which reached the voice and were said as nothing
        text = ARROW_SIGN_RE.sub(lambda m: f" {name_arrow(m.group())} ",
                                 _BOTH_WAYS_RE.sub(" and ", text))
    if not english:  # "08:30 - 12:30", said with nothing between; "14:00-17:00", "14:da 00"
        text = _CLOCK_RANGE_RE.sub(lambda m: _say_clock_range(m, saying.to, lang), text)
    text = _RANGE_RE.sub(lambda m: _say_range(m, saying.to, lang)
                         if is_range(m.group(1), m.group(3), m.string[m.end():], measured,
                                     m.group(2))
                         and not re.search(r"\(\d{2,4}\)\s?$|\+\d[\d ().]*\d\s$",
                                           m.string[:m.start()])
                         and not _IDENTIFIER_LABEL_RE.search(m.string, 0, m.start())
                         and not (m.group(2) == "-" and _SECTION_SIGN_BEFORE_RE.search(
                             m.string, max(0, m.start() - 3), m.start()))
                         else m.group(0), text)
    if english:
        text = _BETWEEN_TO_RE.sub(r"\1 and ", _ORDINAL_RANGE_RE.sub(
            lambda m: f"{m[1]} to {m[2]}" if m[2] else f"{m[1]} to ", text))
    if "~" in saying.comparisons:
        text = _APPROXIMATELY_RE.sub(f"{saying.comparisons['~']} ", text)
    text = _say_maths_signs(text, lang)
    if english:
        text = _DOSE_TIMES_RE.sub(lambda m: m.group(1) + DOSE_TIMES[m.group(2)] if m.group(1)
                                  else m.group(3) + DOSE_TIMES.get(m.group(4), "once a day"),
                                  text)
    if not english:
        text = _NUMBER_SIGN_AGAINST_RE.sub(r"\1 ", text)
    for short, long in saying.abbreviations.items():
        # "etc." ending a sentence, or a list's item, keeps its full stop: "et cetera.";
        # and "max." before a capital, which ends a sentence ("2 hrs max. Bus nos. 7")
        text = re.sub(rf"(?<![\w.]){re.escape(short)}(?!\w)",
                      lambda m: m.group() if short in CHAT_SHORTENINGS and _in_brackets(m)
                      else long + ("." if m.group().endswith(".") and (
                          not m.string[m.end():].strip() or english
                          and _ends_a_sentence(short, m.string[m.end():])
                          or short.lower().startswith(("etc", "ecc", "max", "approx"))
                          and m.string[m.end():].lstrip()[:1].isupper() and not (
                              english and _ETC_IN_A_NAME_RE.match(m.string[m.end():].lstrip())))
                          else ""), text)
    if english:
        text = _EG_IE_RE.sub(lambda m: ABBREVIATIONS[f"{m[1][0]}.{m[1][1]}."], text)
    if lang.split("-")[0].lower() == "es":
        text = _DON_RE.sub(lambda m: "don" if _is_don(m) else m.group(), text)
    text = _NOTE_MARK_RE.sub(lambda m: m.group(0) if raised_is_power(m) else m.group(1), text)
    text = _LONE_NOTE_MARK_RE.sub("", text)
    if _NOTE_OPENING_RE.match(text):
        text = _NOTE_OPENING_RE.sub(lambda m: words_for(lang).note.format(
            n=m.group(1).translate(_LOWERED_DIGITS)), text)
    text = _SEPARATOR_RE.sub(lambda m: " " if m.string[m.start() - 1] in ",;:.!?" else ", ",
                             MENU_PATH_RE.sub(", ", text))  # "INFO, | KEYWORDS" has its pause
    text = _SLASH_PERIOD_RE.sub(r"\1/", text)
    text = _SPACED_SLASH_RE.sub(lambda m: m.group() if "=" in m.string[:m.start()] or (
        m.string[m.start() - 1].isdigit() and m.string[m.end()].isdigit()) else ", ",
                                text)  # "x = total / count" and "1 / 2" divide
    if lang.split("-")[0].lower() in ("es", "it", "fr", "pt"):  # "vivants/tués" ran together
        text = re.sub(r"\b(et|ou|[ye])/(ou|o)\b", r"\1 \2", text)  # y/o, e/o, et/ou, e/ou
        text = _WORD_SLASH_RE.sub(_word_slash, text)
    if english:
        text = _PER_NOUN_RE.sub(
            lambda m: f"{m.group(1) or m.group(3)} per {m.group(2) or m.group(4)}", text)
        text = _ROUTE_OR_RE.sub(lambda m: f"{m[1]} or {m[2]}" if _ROUTE_WORD_RE.search(
            m.string, max(0, m.start() - 40), m.start()) else m[0], text)
        text = _WORDS_SLASHED_RE.sub(lambda m: m.group().replace("/", ", "),
                                     re.sub(r"\b([Aa]nd)/or\b", r"\1 or", text))
        text = _HALF_SPACED_SLASH_RE.sub(", ", text)
        text = _WORDS_COLON_RE.sub(_say_words_colon, text)
    if english:
        text = _SHARP_RE.sub(r"\1 sharp", _NUMBER_OF_RE.sub("Number of ", text))
        text = _NUMBER_SIGN_ALONE_RE.sub(
            lambda m: m.group(0) if (m.group(1) or "").lower() in _KEY_WORDS
            and not re.match(r"\s?\d", m.string[m.end():])
            else f"{m.group(1) or ''} {'n' if m.start() or m.group(1) else 'N'}umber"
                 f"{' ' if m.string[m.end():][:1].isdigit() else ''}",
            text)
        text = _LONE_SYMBOL_RE.sub(lambda m: " ".join(map(ENGLISH_SYMBOLS.get, m.group(1))),
                                   text)
        text = _COPYRIGHT_RE.sub(lambda m: m[0] if re.search(r"\([bB]\)", m.string[:m.start()])
                                 else "" if _CROWN_COPYRIGHT_RE.match(m.string, m.end())
                                 else "copyright" if m.string[:m.start()].strip(" *_")
                                 else "Copyright", text)
        # A box starting a line starts its sentence: "Unticked box 3.3.2 Labels".
        text = _BOX_RE.sub(lambda m: f" {ENGLISH_SYMBOLS[m.group()]} " if m.string[
            :m.start()].strip() else ENGLISH_SYMBOLS[m.group()].capitalize() + " ", text)
    text = _STAGE_DIRECTION_RE.sub(r"(\1)", text)
    text = _BRACKETED_ASIDE_RE.sub(_bracketed_aside, text)
    text = re.sub(r"\(\s+\)", " ", _MARKUP_RE.sub(" ", text))  # "down arrow (⬇)"
    # A word joiner keeps escaped brackets apart (`generators.TexMaths`), and has done.
    text = text.replace("\u2060", " ")
    return re.sub(r" ([.,])(?!\w)", r"\1", " ".join(text.split()))  # "box ." was left


def _say_grid_reference(match: re.Match[str]) -> str:
    """"grid ref SH 609 543" as "grid ref S H, 6 0 9, 5 4 3", and "TQ440625" halved, its
    easting and its northing (`_GRID_REFERENCE_RE`)."""
    digits = match[5]
    easting, northing = (match[3], match[4]) if not digits else (
        digits[:len(digits) // 2], digits[len(digits) // 2:])
    return f"{match[1]}{' '.join(match[2])}, {' '.join(easting)}, {' '.join(northing)}"


def _say_duration(match: re.Match[str]) -> str:
    """"3m 25s" as "3 minutes 25 seconds" (`_DURATION_RE`), in English."""
    hours, minutes, seconds = match.group(1) or match.group(4), match.group(2) or \
        match.group(5), match.group(3)
    if not (hours or minutes):
        return match.group(0)
    return " ".join(f"{number} {_count(UNITS[unit], number, 'en')}" for number, unit in
                    ((hours, "h"), (minutes, "min"), (seconds, "sec")) if number)


VIDEO_MOMENT = re.compile(r"[?&#](?:t|start)=\d|^https?://(?:[\w-]+\.)*"
                          r"(?:youtube\.com|youtu\.be|vimeo\.com)/", re.I)
"""A link to a video at a moment of it (`&t=26s`, `#t=1m5s`, `?start=80`), or to a video
on YouTube or Vimeo: a time as its words is that far into the video."""
_MOMENT_RE = re.compile(r"(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)")


def said_moment(clock: str, lang: str) -> str | None:
    """A moment into a video written as a clock, "05:00", "00:26", "1:02:03", as a length
    of time in `lang`'s words from CLDR: "5 minutes", "26 seconds", "1 hour 2 minutes 3
    seconds" ("0 minutes" for its start); None if `clock` is no such time or `lang` has no
    CLDR names. A video's chapters linked to their moments (sweep AZ, logseq-journal2
    lines 26-49), "[00:26](https://www.youtube.com/watch?v=…&t=26s) - Phantom processes",
    were said as times of day, "12:26 AM", the first "midnight"."""
    from babel.units import format_unit

    found = _MOMENT_RE.fullmatch(clock.strip())
    locale = babel_locale(lang)
    if not found or locale is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in found.groups())
    parts = [(hours, "duration-hour")] if hours else []
    if minutes or (seconds if hours else not seconds):  # "0 minutes" for the start
        parts.append((minutes, "duration-minute"))
    if seconds:
        parts.append((seconds, "duration-second"))
    return " ".join(format_unit(count, unit, length="long", locale=locale)
                    for count, unit in parts)


def _say_seconds(match: re.Match[str]) -> str:
    """Seconds (`_SECONDS_RE`) in words where the word before names a hold or a rest, and a
    count's step ("by 2s") as English says it; a decade or an age as written."""
    before = match.string[max(0, match.start() - 40):match.start()]
    if _SECONDS_NAMED_BEFORE_RE.search(before) or _SECONDS_AFTER_TIMES_RE.search(before) \
            or _SECONDS_AFTER_DISTANCE_RE.search(before) \
            or _SECONDS_NAMED_AFTER_RE.match(match.string, match.end()) \
            and not _DECADE_BEFORE_RE.search(before) \
            or _SECONDS_ON_BEFORE_RE.search(before) and match.string.startswith(" off",
                                                                              match.end()):
        return (f"{match[1]} to " if match[1] else "") \
            + f"{match[2]} {_count(UNITS['sec'], match[2], 'en')}"
    if not match[1] and int(match[2]) in COUNTING_STEPS and _counting_step(before):
        return COUNTING_STEPS[int(match[2])]
    return match.group()


def _counting_step(before: str) -> bool:
    """Whether a count's step follows `before`: a word that counts ("count in", "by"), or
    another step in a list of them, "count in 5s and 10s", "in 2s, 3s or 4s", whose later
    steps were "10s", "four z"."""
    listed = _LISTED_STEP_RE.search(before)
    if listed:
        return int(listed[1]) in COUNTING_STEPS and _counting_step(before[:listed.start()])
    return bool(_COUNTING_BEFORE_RE.search(before))


def _and_word(match: re.Match[str], primary: str) -> str:
    """The word for an "&" (`_AND_SIGN_RE`): Welsh "ac" before a vowel, "Iechyd ac addysg"."""
    if primary == "cy" and (match.group(1) or "").lower() in tuple("aeiouwyâêîôûŵŷ"):
        return "ac"
    return AND_WORDS[primary]


_JAPANESE_AMOUNT = (r"(?:\d{1,2}:\d\d|\d[\d,.]*(?:[万億兆千百]*(?:円|人|歳|才|時間|時|分|日|か月"
                    r"|ヶ月|月|年|回|件|個|枚|本|名|点|%|パーセント))?)")
_JAPANESE_OPEN_START_RE = re.compile(rf"(?:^|(?<=[\s(（「|:：、]))[〜～]\s?([^\d\s〜～]{{0,6}}?"
                                     rf"{_JAPANESE_AMOUNT})")
"""A range a tilde opens, its first amount left out, "〜年収約370万円" (up to about 3.7
million yen a year; sweep BT, ja-kokuho line 56): said "年収約370万円まで", where the voice
was given "〜", as a range closed at both ends, "770〜1,160万円", is "から". An amount
"まで" already follows, "〜17:00まで", keeps its own."""
_JAPANESE_OPEN_END_RE = re.compile(r"(?<=\d)([^\W\d_]{0,4}?)\s?[〜～](?!\s?約?\s?\d)")
"""A range a tilde ends, its last amount left out, "年収約1,160万円〜" (about 11.6 million
yen a year and over; sweep BT, ja-kokuho line 53): "以上" after an amount, "から" after a
time or a date ("9:00〜", "4月〜") (`_japanese_open_end`)."""


def _japanese_open_end(match: re.Match[str]) -> str:
    """An amount's open end (`_JAPANESE_OPEN_END_RE`) in words: "1,160万円以上", "4月から"."""
    unit = match.group(1)
    timed = unit[-1:] in ("時", "分", "日", "月", "年") or not unit and re.search(
        r"\d:\d\d$", match.string[:match.start()])
    return unit + ("から" if timed else "以上")


def _in_its_own_voice(text: str, lang: str) -> str:
    """`text` for a language with no `Saying` table, whose voice reads its own numbers: an
    address said as its host, dates written out and units named as Unicode's CLDR names
    them in the language (through Babel: "5 mg" is "5 Milligramm", "5 миллиграмм", "5毫克",
    where espeak-ng spelled "M G", or switched to English), ranges, comparisons; no markup."""
    primary = lang.split("-")[0].lower()
    in_letters = in_script(primary, text)  # Serbian's words in the letters it is written in
    text = _URL_RE.sub(lambda m: _apart(m) + _address(m), text)
    text = _EMAIL_RE.sub(lambda m: f"{_email_name(m.group(1), lang)}@{m.group(2)}", text)
    if primary in AT_WORDS:
        text = _EMAIL_RE.sub(lambda m: f"{m.group(1)} {AT_WORDS[primary]} {m.group(2)}", text)
    if primary in AND_WORDS:
        text = _AND_SIGN_RE.sub(lambda m: _and_word(m, primary), text)
    if primary in ("hi", "ur"):  # "info.deounion@…": the name's dot, which the voice dropped
        text = _EMAIL_RE.sub(lambda m: m.group().replace(".", f" {DOT_WORDS[primary]} ",
                                                         m.group(1).count(".")), text)
    text = _say_dots(text, lang)
    if in_letters in ABOUT_WORDS:  # before a unit or a percentage goes first ("asilimia 92")
        text = (_JAPANESE_ABOUT_RE if primary == "ja" else _APPROXIMATELY_RE).sub(
            lambda m: m.group() if _AFTER_AN_AMOUNT_RE.search(m.string, 0, m.start())
            else ABOUT_WORDS[in_letters], text)
    if primary == "de":  # "Musterstr. 5, 10435 Berlin": "zehntausendvierhundert…"
        text = _GERMAN_POSTCODE_RE.sub(lambda m: " ".join(m.group()), text)
    text = _NATIVE_THOUSANDS_RE.sub("", text)
    text = _ISO_DATE_RE.sub(lambda m: _say_date(m, lang), _ISO_DATE_TIME_RE.sub(r"\1 ", text))
    if primary in ("ko", "hu"):  # "2024. 3. 15.": a date, as "2024.03.15" is
        text = _DOTTED_YEAR_FIRST_RE.sub(lambda m: _say_year_first_date(m, lang), text)
    if primary == "fa":  # Iran writes the year first, in its own calendar: "1402/12/25"
        text = _YEAR_FIRST_DATE_RE.sub(lambda m: _persian_date(m, lang), text)
    if primary == "ne":  # and Nepal in its own, "२०८१/०५/१२ गते"
        text = _YEAR_FIRST_DATE_RE.sub(lambda m: _nepali_date(m, lang), text)
    if primary in SPACED_DATE_LANGUAGES:  # "1. 3. 2021" is "1.3.2021"
        text = _SPACED_DOTTED_DATE_RE.sub(lambda m: re.sub(r"\s", "", m.group()), text)
    if primary == "de":  # "4.2.19"
        text = _GERMAN_SHORT_DATE_RE.sub(lambda m: _say_date(m, lang), text)
    if primary not in ("zh", "ja", "ko"):  # they write the year first
        text = _NUMERIC_DATE_RE.sub(lambda m: _say_date(m, lang), text)
    else:
        text = _YEAR_FIRST_DATE_RE.sub(lambda m: _say_year_first_date(m, lang), text)
    if primary in SLASHED_DATE_LANGUAGES:  # "den 23/4", "11/5-2026"
        text = _SLASHED_DATE_YEAR_RE.sub(lambda m: _say_date(m, lang), text)
        text = _SLASHED_DAY_MONTH_RE.sub(lambda m: _say_slashed_date(m, lang), text)
    if primary in SPACED_DATE_LANGUAGES | DOTTED_DAY_MONTH_LANGUAGES:  # "od 1.3.", "24.12. alkaen"
        text = _DOTTED_DAY_MONTH_RE.sub(lambda m: _say_dotted_day_month(m, lang), text)
    if primary == "lt":  # "gegužės 24 d.": "gegužės dvidešimt ketvirtoji", not "24 dienos"
        text = _lithuanian_day_pattern(lang).sub(_lithuanian_day, text)
    text = _YEAR_MARK_RE.get(primary, _NOTHING).sub(lambda m: _year_word(m, primary), text)
    if primary in AMOUNT_IN_WORDS:
        text = _AMOUNT_IN_VOLUME_RE.sub(rf"\1 {AMOUNT_IN_WORDS[primary]} ", text)
    text = _BARE_DEGREE_RE.sub(lambda m: _named_degrees(m, lang), text)
    if primary in SIZE_WORDS:  # before "cm" is named, "30 x 40厘米"
        text = _SIZE_RE.sub(rf"\1 {SIZE_WORDS[primary]} ", text)
    if primary in _NORDIC_PER_RE:
        text = _NORDIC_PER_RE[primary].sub(r"\1 per ", text)
    if primary in INDIC_SLASH and primary in OR_WORDS:  # "६०/२० मि.मि."
        text = _TWO_AMOUNTS_RE.sub(lambda m: _two_amounts(m, primary), text)
    if primary in _INDIC_PER_RE:
        text = _INDIC_PER_RE[primary].sub(r"\1 प्रति ", text)
    text = _CAPITAL_KG_RE.sub("kg", text)
    for units in (_CLDR_UNIT_RE, _CLDR_HOUR_RE) if primary in HOUR_SYMBOL_LANGUAGES \
            else (_CLDR_UNIT_RE,):
        text = units.sub(lambda m: _named_unit(m, lang) + (
            RANGE_WORDS.get(in_letters, m.group("to")) if m.group("to") else ""), text)
    if primary in PER_PERIOD:
        text = _PER_PERIOD_RE.sub(lambda m: _per_period(m, primary), text)
    if primary == "ja":  # a date's kanji, which espeak-ng cannot say
        text = _JAPANESE_OPEN_END_RE.sub(_japanese_open_end, _JAPANESE_OPEN_START_RE.sub(
            lambda m: m.group(1) + ("" if m.string.startswith(("まで", "以下", "未満"), m.end())
                                    else "まで"), text))
        text = _JAPANESE_DATE_RE.sub(_japanese_date, text)
    if primary in ("zh", "ja"):
        text = _CJK_SLASH_RE.sub("、", text)
    if primary == "ja":  # "#7119", a Japanese emergency-advice line, lost its sign
        text = _SHARP_CODE_RE.sub(lambda m: "シャープ " + " ".join(m.group(1)), text)
    if primary == "de":
        text = _GERMAN_POINT_DECIMAL_RE.sub(
            lambda m: f"{m.group(1) or m.group(3)},{m.group(2) or m.group(4)}", text)
        # "min. 5 €" is "mindestens 5 €", "10 min." ten minutes
        text = _GERMAN_AT_LEAST_RE.sub(lambda m: f"{m.group(1)}indestens ", text)
        text = _GERMAN_GENDERED_RE.sub(_german_gendered, _GERMAN_GENDER_GAP_RE.sub("", text))
        text = _MEDIOPUNKT_RE.sub("", text)
        if lang.upper().endswith(("-CH", "-LI")):
            text = _SWISS_FRANCS_RE.sub(lambda m: f"{m[1]} Franken" + (
                f" {m[2]}" if m[2] and m[2] != "00" else ""), text)
        text = _PER_HOUR_RE.sub(" pro Stunde", text)
    if primary in PRICE_PER_WORDS:
        per, said = PRICE_PER_WORDS[primary]
        text = _PRICE_PER_TIME_RE[primary].sub(
            lambda m: " ".join(filter(None, (m[1], per, said[m[2]]))), text)
    if primary in NUMBER_SIGN_WORDS:
        text = re.sub(r"№\s?", f"{NUMBER_SIGN_WORDS[in_script(primary, text)]} ", text)
    if primary in SECTION_SIGN_WORDS:
        text = re.sub(r"§\s?(?=\d)", f"{SECTION_SIGN_WORDS[primary]} ", text)
    if primary in SECTION_SIGN_AFTER:  # "35 §", "2 §:n"
        text = _SECTION_SIGN_AFTER_RE.sub(  # "§:ään" is "pykälään", its vowel once
            lambda m: f" {SECTION_SIGN_WORDS[primary]}{(m[1] or '').removeprefix('ä')}", text)
    if primary in SPOKEN_ABBREVIATIONS:  # "Abs.2", "Art.13": the number a word of its own
        text = _ABBREVIATION_BEFORE_NUMBER_RE.sub(r"\1 ", text)
    if primary in SLAVIC_LAW_PARTS:  # "ч. 2 ст. 5": "часть 2 статьи 5"
        text = _SLAVIC_LAW_PART_RE.sub(lambda m: _slavic_law_part(m, primary), text)
    for written, said in SPOKEN_ABBREVIATIONS.get(primary, {}).items():
        if written in LOCAL_CURRENCY_SIGNS.get(primary, {}):  # "30 Kč" has its amount's name
            text = re.sub(rf"(?<![\w.,])(?<!\d\s){re.escape(written)}(?!\w)", said, text)
            continue
        # one ending the text keeps its full stop, which ended the sentence too
        text = _abbreviation_pattern(written).sub(
            lambda m, said=said, written=written: m.group() if not _beside_its_number(
                m, BESIDE_A_NUMBER.get(primary, {}).get(written)) else (
                re.sub(r"^\w", lambda first: first.group().upper(),
                       counted(said, m.string[:m.start()]))  # "Godz. otwarcia", "Godzina"
                if m.group()[0].isupper() and written[0].islower()
                else counted(said, m.string[:m.start()]))
            + ("." if m.group().endswith(".") and not m.string[m.end():].strip() else ""),
            text)
    if primary in ("de", "sv"):
        text = _SAINT_BEFORE_NAME_RE.sub("Sankt ", text)
    if primary == "de":
        text = _GERMAN_PAGE_RE.sub("Seite ", _GERMAN_SEE_RE.sub("siehe ", text))
        text = _GERMAN_STREET_RE.sub(r"\1straße", _GERMAN_ARTICLE_RE.sub("Artikel ", text))
        text = _GERMAN_LITERA_RE.sub("Buchstabe ", text)
        text = _GERMAN_MRS_RE.sub("Frau ", text)
        text = _GERMAN_WITHOUT_RE.sub("ohne ", text)
        text = _GERMAN_OTHER_RE.sub(r"\1onstige", text)
        for day_month in (_GERMAN_DAY_MONTH_RE, _GERMAN_DAY_MONTH_AFTER_RE):
            text = day_month.sub(
                lambda m: m.string[m.start():m.start("day")] + f"{int(m.group('day'))}. "
                          f"{calendar_names(lang).month_names[int(m.group('month')) - 1]}"
                          + ("." if not m.string[m.end():].strip() else ""), text)
        text = _GERMAN_DAY_RANGE_RE.sub(
            lambda m: f"{m.group(1)}. bis " if m.string[m.end():].split(" ")[1].rstrip(".,;:")
            in calendar_names(lang).month_names else m.group(0), text)
        text = _GERMAN_DATE_ARTICLE_RE.sub(lambda m: _german_date_article(m, lang), text)
        text = _GERMAN_AND_HOURS_RE.sub(" und ", text)
        from num2words import num2words

        # In words: "SGB 5." ending a sentence would be read as an ordinal, "fünfte".
        text = _GERMAN_CODE_BOOK_RE.sub(
            lambda m: f"{m.group(1)} {num2words(roman_value(m.group(2)), lang='de')}", text)
        text = _GERMAN_MONTH_YEAR_RE.sub(
            lambda m: f"{calendar_names(lang).month_names[int(m.group(1)) - 1]} {m.group(2)}",
            text)
        text = re.sub(r"§§\s?(?=\d)", "Paragrafen ", text)  # said nothing: "§§ 42, 43"
        text = _GERMAN_SPOON_RE.sub(lambda m: GERMAN_SPOONS[m.group(1)], text)
        text = _GERMAN_ORDINAL_SHORT_RE.sub(lambda m: f" {GERMAN_ORDINAL_SHORT[m.group(1)]}",
                                            text)
        text = _GERMAN_HOUR_RANGE_RE.sub(
            lambda m: f"{m.group(1)} bis {m.group(2)} "
                      + ("Uhr" if _GERMAN_OPENING_RE.search(m.string) else "Stunden"), text)
        text = _GERMAN_HOURS_RE.sub(
            lambda m: f"{m.group(1)} {'Stunde' if m.group(1) == '1' else 'Stunden'}", text)
    if primary in RATIO_WORDS:  # "4,5:1"
        text = _RATIO_RE.sub(rf"\1 {RATIO_WORDS[primary]} \2", text)
    if primary in TIMES_BETWEEN_WORDS:  # "18x3", "1,80 meter (l) x 0,90 meter (b)"
        times, by = TIMES_BETWEEN_WORDS[primary]
        text = _NUMBERS_TIMES_RE.sub(lambda m: f"{m[1]} {by} " if _LENGTH_NEAR_RE.search(
            m.string, m.start(1), m.end() + 12) else f"{m[1]} {times} ", text)
    if primary in COUNT_TIMES_LANGUAGES:  # "1x1", "½ x 2"
        text = _COUNT_TIMES_RE.sub(lambda m: (
            _times(int(m[1]), primary) if m[1].isdigit() else f"{m[1]} {TIMES_WORDS[primary][1]}")
            + " ", text)
    if primary in TIMES_WORDS:
        text = _TIMES_SIGN_RE.sub(lambda m: _times(int(m.group(1)), primary), text)
    if primary == "ar":
        text = _ARABIC_HOUR_RE.sub(_arabic_hour, text)
    to = RANGE_WORDS.get(in_letters)
    if primary in ("ar", "fa", "ur"):  # "۹:۳۰", in their own digits
        text = _EASTERN_CLOCK_RE.sub(lambda m: m.group(1) if not int(m.group(2))
                                     else f"{m.group(1)} {m.group(2)}", text)
        # the rest in the digits the rules know: "٢٫٥-٣٫٥ ملغ" was no range
        text = EASTERN_ARABIC_NUMBER.sub(lambda m: m.group().translate(WESTERN_DIGITS), text)
    if primary in CLOCK_WORDS:  # "08：30", typed with the full-width colon of CJK text
        text = _FULL_WIDTH_CLOCK_RE.sub(r"\1:\2", text)
    if primary in HOURS_SHORTENED:  # "14.30 hod.": "hodin"
        text = _HOURS_SHORTENED_RE.sub(
            lambda m: " " + counted(HOURS_SHORTENED[primary], m.string[:m.start()])
            + ("." if m.group().endswith(".") and not m.string[m.end():].strip() else ""), text)
    if primary == "si":  # "පෙ.ව. 10.30": "පෙරවරු 10 30"
        text = _SINHALA_CLOCK_RE.sub(lambda m: _clock(m.group(), primary), text)
    if primary in CLOCK_ABBREVIATIONS:  # "kl. 9.20": "klokken"
        said = CLOCK_ABBREVIATIONS[primary]
        text = _CLOCK_ABBREVIATION_RE.sub(
            lambda m: (said.capitalize() if m.group(1).isupper() else said) + " ", text)
    # before its hours are said ("Sub: 08:00-12:00"), which the pattern looks for
    text = _lone_day_pattern(lang).sub(lambda m: _say_lone_day(m, lang), text)
    if primary in CLOCK_LANGUAGES:
        if primary == "vi":  # "7:00 giờ - 11:00 giờ"; "7h30-11h30"
            text = _VIETNAMESE_HOURS_RE.sub(
                lambda m: f"{m[1]}:{m[2] or '00'}-{m[3]}:{m[4] or '00'}",
                _HOUR_WORD_AFTER_RE.sub(r"\1", text))
        if primary in HOUR_WORDS:  # "16.30-18 Uhr"
            text = _BARE_HOUR_END_RE.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[1][-3]}00", text)
        if primary in HOURS_SHORTENED:  # "12-14.30 hodin"
            text = _BARE_HOUR_START_RE.sub(lambda m: f"{m[1]}{m[3][-3]}00{m[2]}{m[3]}", text)
        text = _CLOCK_RANGE_RE.sub(lambda m: m.group() if "." in m.group()
                                   and not _hours_named(m, lang)
                                   else _clock_range(m, primary, to or " – "), text)
        text = _CLOCK_RE.sub(lambda m: _clock(m.group(0), primary, m.string[:m.start()]) + (
            f" {HOUR_WORDS[primary]}" if primary in HOUR_WORDS and m.group(0).endswith("00")
            and not re.match(rf"\s?(?:{HOUR_WORDS[primary]}\b|(?:[-–]|bis|und|oder|tot|en)\s?\d)",
                             m.string[m.end():]) else ""), text)  # "um 19:00": "19 Uhr"
        if primary in HOUR_WORDS:  # "14 Uhr 30 Uhr", of "14:30 Uhr"
            hour = HOUR_WORDS[primary]
            text = re.sub(rf"(?<=\b{hour} )(\d+) {hour}\b", r"\1", text)
            text = _GERMAN_ZERO_HOUR_RE.sub(r"\1", text)
        if primary in HOURS_SHORTENED:  # "od 7.30 do 14.30", "7.00 hodin"
            text = _DOTTED_CLOCK_RE.sub(lambda m: _clock(m.group(), primary)
                                        if _czech_dotted_clock(m) else m.group(), text)
        if primary in DOTTED_CLOCK_WORDS:  # "o 7.00", "з 11.00 до 13.00"
            text = _DOTTED_CLOCK_RE.sub(lambda m: _clock(m.group(), primary, m.string[:m.start()])
                                        if _dotted_clock(m.string, m.start(), primary)
                                        else m.group(), text)
        if primary in SLAVIC_HOURS:  # "od godz. 8", "о 9 годині": the hour's ordinal
            text = _HOUR_NAMED_RE[primary].sub(lambda m: _named_hour(m, primary), text)
        if primary == "tr":  # "saat 08.30'da": Turkish writes a time with a point
            text = _TURKISH_CLOCK_RE.sub(lambda m: _clock(m.group(0), primary), text)
        if primary == "zh" and (locale := babel_locale(lang)) and locale.script == "Hant":
            text = re.sub(r"(?<=\d)点", "點", text)  # "9點", as Taiwan and Hong Kong write it
    if primary == "bg":
        text = _BULGARIAN_HOURS_RE.sub(
            lambda m: " часа" + ("" if m.string[m.end():].strip() else "."), text)
    if primary in ("tr", "hu"):  # "101. Sokak": "yüz birinci Sokak"; "3. katta"
        from num2words import num2words

        def said(match: re.Match[str]) -> str:
            return num2words(int(match.group(1)), lang=primary, to="ordinal")

        def dotted(match: re.Match[str]) -> str:
            before = _LAST_WORD_RE.search(match.string, 0, match.start())
            if not match.string[match.end():].lstrip()[:1].islower() or (
                    before and before.group(1).lower() in calendar_names(lang).months):
                return match.group(0)
            return said(match)

        if primary == "tr":
            text = _TURKISH_ORDINAL_RE.sub(said, text)
        text = _DOTTED_ORDINAL_RE.sub(dotted, text)
    if primary == "pl":  # "Kościół św. Teresy", "św. Mikołaja": the saint's name's case
        text = _POLISH_SAINT_RE.sub(_polish_saint, text)
    if primary == "nl":
        from num2words import num2words

        text = _DUTCH_ORDINAL_RE.sub(lambda m: num2words(int(m.group(1)), lang="nl",
                                                         to="ordinal"), text)
        text = _BELGIAN_HOUR_RE.sub(lambda m: f"{int(m.group(1))} uur" + (
            f" {m.group(2)}" if m.group(2) and m.group(2) != "00" else ""), text)
        text = _DUTCH_YEARS_RE.sub(r"\1 jaar", text)
        # "de trainer/afgevaardigde" was "trainer slash afgevaardigde": a pause, but in
        # "en/of" and an address's path
        text = _WORD_SLASH_RE.sub(_word_slash, text.replace("en/of", "en of"))
    if primary in INDIC_SLASH:
        text = _INDIC_WORD_SLASH_RE.sub(_word_slash, text)
    if primary == "ar":  # "تأثر/ت", "ممثل/ة": the form once
        text = _ARABIC_GENDER_SLASH_RE.sub("", text)
    if primary in SLASH_SAID_BY_NAME:
        text = _WORD_SLASH_RE.sub(_word_slash, text)
    if primary == "vi":  # "7h30", "17h": its voice read the h as a letter ("hát")
        text = _VIETNAMESE_HOUR_RE.sub(lambda m: f"{int(m.group(1))} giờ" + (
            f" {m.group(2)}" if m.group(2) and m.group(2) != "00" else ""), text)
        text = _VIETNAMESE_YEAR_RE.sub(r"\1 năm ", _VIETNAMESE_DISTRICT_RE.sub("Quận ", text))
        text = _VIETNAMESE_PER_RE.sub(" mỗi ", text)
    if primary in ("ms", "id"):  # "8.00 pagi - 5.00 petang"
        text = _DAY_PART_TIME_RE.sub(lambda m: str(int(m[1])) + (
            f" {m[2]}" if m[2] != "00" else ""), text)
        text = _DAY_PART_RANGE_RE.sub(rf"\1{to}", text)
    text = _day_range_pattern(lang).sub(lambda m: _day_range(m, lang, to), text)
    text = _whole_day_range_pattern(lang).sub(lambda m: _day_range(m, lang, to), text)
    if to:  # "(duben-září)", "22 Juli-15 September"
        text = _month_range_pattern(lang).sub(lambda m: _month_range(m, lang, to), text)
        text = _date_range_pattern(lang).sub(rf"\1{to}", text)
    text = _day_pair_pattern(lang).sub(lambda m: _say_day_pair(m, lang, to), text)  # "Di. u. Do."
    if primary == "de":  # "| Mo. | 09:00 - 18:00 Uhr |": a weekday alone in its cell
        days = calendar_names(lang).short_days
        text = _GERMAN_LONE_DAY_RE.sub(lambda m: days.get(m.group(1).lower(), m.group()), text)
    if primary == "de":  # "Do | 15.00 - 18.00 Uhr": one day of a timetable
        text = _GERMAN_DAY_BEFORE_HOURS_RE.sub(lambda m: calendar_names(lang).short_days[m.group(1).lower()],
                                               text)
        text = _GERMAN_DAY_HOURS_RE.sub(r"\1 Uhr", text)
    if primary in HYPHEN_AS_MINUS:  # not ISO 3166-1, "Gesetz 2005-102": "Strich"
        text = _HYPHEN_RANGE_RE.sub(lambda m: m.group() if _dialled(m)
                                    else f"{m.group(1)}, {m.group(2)}"
                                    if _NUMBER_NAMED_RE.search(m.string, 0, m.start())
                                    else m.group() if m.group(1).isdigit() and
                                    m.group(2).isdigit() and ends_below_start(*m.groups())
                                    else f"{m.group(1)}–{m.group(2)}", text)
        if decimal_point(lang):
            text = _DECIMAL_HYPHEN_RANGE_RE.sub(
                lambda m: f"{m.group(1)}–{m.group(2)}" if "." in m.group() else m.group(), text)
    if primary in SPACED_HYPHEN_RANGES:
        text = _SPACED_HYPHEN_RANGE_RE.sub(r"\1–\2", text)
    if primary == "de":
        text = _GERMAN_SPACED_TO_RE.sub(" bis ", _GERMAN_DAYS_RANGE_RE.sub(_german_days_range,
                                                                         text))
    if to:
        # not a telephone number's parts, "210-1234567" (a Greek clinic's), said "210 to…";
        # nor a postcode, "1150 – 025 Lisboa", whose end is below its start
        text = _DASH_OR_TILDE_RANGE_RE.sub(
            lambda m: f"{m.group(1)}{to}{whole}" if (whole := _short_end(m)) else m.group()
            if m.group(1).isdigit() and m.group(2).isdigit() and (
                max(len(m.group(1)), len(m.group(2))) >= 5 or m.group(2).startswith("0")
                or len(m.group(1)) >= 4 and ends_below_start(*m.groups()))
            else _said_range(m, primary, to), text)
        text = _CJK_DATE_RANGE_RE.sub(to, text)
    else:
        text = _TILDE_RANGE_RE.sub(r"\1–\2", text)  # a dash, which the voice reads as a range
    if primary == "eu":  # "0–17": "0-tik 17-ra"
        text = _DASH_OR_TILDE_RANGE_RE.sub(_basque_range, text)
    if primary in BETWEEN_WORDS:  # "zwischen 8 und 12 Uhr", not "bis"
        text = _BETWEEN_RANGE_RE[primary].sub(rf"\1 {BETWEEN_WORDS[primary][1]} ", text)
    text = _say_maths_signs(_COMPARISON_RE.sub(
        lambda m: f" {_SYMBOL.get(m.group(1), m.group(1))}", text), lang)
    # A spaced slash between words ("22 إبريل / نيسان", "9시 / 토") is a pause, not the
    # English "slash" espeak-ng said; a katakana middle dot, which it named in English.
    comma = "، " if primary in ("ar", "fa", "ur") else ", "
    text = re.sub(r"(?<!\d)\s/\s|\s/\s(?!\d)", comma, text).replace("・", " ")
    # A menu path ("Ansicht > Zoom"), whose ">" went with the markup and its pause with
    # it (NHS Wales' portal in Welsh, "Gweld > Chwyddo"), is a pause.
    text = MENU_PATH_RE.sub(comma, text)
    return " ".join(_MARKUP_RE.sub(" ", text).split())


@functools.cache
def _beside_its_number(match: re.Match[str], where: str | None) -> bool:
    """Whether an abbreviation of `BESIDE_A_NUMBER` (`where` "before", "after" or "beside" a number,
    "name" before a capital, None for any other) is one here: a small letter's month is one
    anywhere."""
    number_after = re.match(r"\s?\d", match.string[match.end():]) is not None
    if where == "before":
        return number_after
    if where == "after":
        return re.search(r"\d\s?$", match.string[:match.start()]) is not None
    if where == "name":  # not a unit's, "10 м. Потім"
        return match.string[match.end():].lstrip()[:1].isupper() and \
            re.search(r"\d\s?$", match.string[:match.start()]) is None
    if where == "beside":
        return match.group()[0].islower() or number_after \
            or re.search(r"\d\.?\s$", match.string[:match.start()]) is not None
    return True


def _german_days_range(match: re.Match[str]) -> str:
    """`_GERMAN_DAYS_RANGE_RE`'s range with "bis zum", as "vom 24.12. bis 06.01." is said,
    and "vom" before it where no word of a date is ("ab", "vom", "seit"), capitalised where
    a sentence opens."""
    before = match.string[:match.start()]
    if re.search(r"\b(?:[Vv]o[mn]|[Aa][bm]|[Ss]eit|[Zz]wischen|dem|zum)\s$", before):
        return f"{match.group(1)} bis zum "
    opens = not before.strip() or re.search(r"[.!?]\s+$", before)
    return f"{'Vom' if opens else 'vom'} {match.group(1)} bis zum "


def _abbreviation_pattern(written: str) -> re.Pattern[str]:
    """`written` ("z.B.") as a whole word, with or without a space after each inner stop,
    and with a capital first letter where it starts a sentence ("Max.", "Z. B.")."""
    first, rest = written[0], written[1:].removesuffix(".")
    head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else re.escape(first)
    stop = r"\." if written.endswith(".") else ""  # not the space after it: "Tbl. (1 ml)"
    return re.compile(r"(?<![\w.])" + head + r"\.\s?".join(map(re.escape, rest.split(".")))
                      + stop + r"(?!\w)")


HOUR_WORDS = {"de": "Uhr", "nl": "uur"}
"""The word German and Dutch say between a time's hour and minutes ("14.30 uur" is "veertien
uur dertig", where "veertien dertig uur" was said)."""
_BARE_HOUR_END_RE = re.compile(rf"(?<![\d:.,])({_CLOCK})(\s?[-–—]\s?)([01]?\d|2[0-4])"
                               r"(?=\s?(?:Uhr|uur)\b)")
"""A range of times whose end is an hour alone, "von 16.30-18 Uhr", "16:30-18 Uhr" (a Hamburg
arts centre's course list), left as written ("sechzehn Punkt dreißig Strich achtzehn Uhr")
or said without its "bis" ("16 Uhr 30-18 Uhr"): its end given its minutes, "18.00", so that
it is a range of times (`_CLOCK_RANGE_RE`), "16 Uhr 30 bis 18 Uhr"."""


def _hour_word_after(match: re.Match[str], primary: str) -> str:
    """" Uhr" after a range of times of day that has none ("Mo–Fr 09:00–17:00 erreichbar"
    was "neun bis siebzehn erreichbar"), in German and Dutch, which say it."""
    hour = HOUR_WORDS.get(primary)
    if hour is None or not match.group(2).endswith("00") \
            or re.match(rf"\s*{hour}\b", match.string[match.end():]):
        return ""  # "12:30" is "12 Uhr 30" already
    return f" {hour}"


def _clock_range(match: re.Match[str], primary: str, to: str) -> str:
    """A range of times of day, "9:00–17:00", with the word for "to" between them: in
    Russian, Ukrainian and Polish "с", "з", "od" before it where no preposition comes
    before it, "с 9 до 18", "od dziewiątej do siedemnastej", as a timetable's hours are
    said."""
    before, start = match.string[:match.start()], ""
    if _range_from(match, primary):
        before = CLOCK_RANGE_FROM[primary]
        start = before + " "
    return (f"{start}{_clock(match.group(1), primary, before)}{to}"
            f"{_clock(match.group(2), primary, to)}" + _hour_word_after(match, primary))


CLOCK_RANGE_FROM = {"ru": "с", "uk": "з", "pl": "od"}


RANGE_FROM = {"ru": "от", "uk": "від", "pl": "od"}
"""The word Russian, Ukrainian and Polish say before a range that their "to" ends ("15–45
минут" is "от 15 до 45 минут"), where no preposition comes before it; "до" puts the second
number in the genitive (`numbers.slavic_governed`), and "от" the first."""
SLAVIC_PREPOSITIONS = ("с", "со", "з", "із", "зі", "в", "во", "у", "на", "по", "за", "через",
                       "о", "об", "w", "we", "na", "po", "za", "przez", "o", "z", "ze",
                       "каждые", "каждый", "каждую", "кожні", "кожен", "кожний", "кожну", "co")
"""Other words that govern a number's case, after which a range is not given "от": "every"
among them, "кожні 4–6 годин" ("кожні від чотирьох до шести годин" was said)."""


def _dialled(match: re.Match[str]) -> bool:
    """Whether numbers a hyphen joins are a telephone number after its label, "Tlf. 3312-3456",
    which `numbers.say_telephones` says digit by digit: no range, "3312 til 3456"."""
    from handout.read.numbers import LABELLED_NUMBER

    return any(found.start(2) <= match.start() < found.end(2)
               for found in LABELLED_NUMBER.finditer(match.string))


def _short_end(match: re.Match[str]) -> str | None:
    """The end of a range joined by a tilde and written short, whole: Korean and Japanese
    write an extension's, "내선 2707~8", or a year's, "2020~21년", so; "2707~8" was "2707
    8". None where the end is written whole, or is no higher so."""
    first, last = match.group(1), match.group(2)
    if not (first.isdigit() and last.isdigit() and len(last) < len(first) >= 3) \
            or match.group(0)[len(first):-len(last)].strip() not in ("~", "〜", "～"):
        return None
    whole = first[:-len(last)] + last
    return whole if int(whole) > int(first) else None


def _basque_range(match: re.Match[str]) -> str:
    """A range of whole numbers as Basque says it, its ends' cases on the numbers, "0-tik
    17-ra" (from 0 to 17), which espeak-ng reads "zerotik hamazazpira": an Irish age
    checklist's Basque sibling's "0-17" and a help page's "2-3" were said "zero hamazazpi",
    two numbers (sweep BG). A number whose last word ends in a consonant, "bat", "bost",
    "hamar", "ehun", takes "-etik" and "-era" (`_basque_consonant_end`). Numbers of five
    digits or more, or one opening with 0, or ending below the start, are no range."""
    first, last = match.group(1), match.group(2)
    if not (first.isdigit() and last.isdigit()) or max(len(first), len(last)) >= 5 \
            or last.startswith("0") or int(last) <= int(first):
        return match.group()
    return (f"{first}-{'e' if _basque_consonant_end(int(first)) else ''}tik "
            f"{last}-{'e' if _basque_consonant_end(int(last)) else ''}ra")


def _basque_consonant_end(number: int) -> bool:
    """Whether the Basque words for `number` end in a consonant: in "bat" (1), "bost" (5),
    "hamar" (10, and 30, 50, 70, 90, "hogeita hamar"), or "ehun" (hundreds); not "hamaika"
    (11), nor "mila" (thousands)."""
    tens = number % 100
    return (tens % 10 in (1, 5) and tens != 11 or tens in (10, 30, 50, 70, 90)
            or tens == 0 and number % 1000 != 0)


def _said_range(match: re.Match[str], primary: str, to: str) -> str:
    """A range of two numbers with the word for "to" between them: "15 to 45"; in Russian,
    Ukrainian and Polish with "from" before it where no preposition comes before it
    (`_range_from`: "від 15 до 45 хвилин"). Where one does ("до 2–3 днів", "через 2–3 дні"),
    or where the noun after it agrees with its last number as a count of one to four does
    ("2–3 рази", "1–2 таблетки", which after "до" would have to be "разів", "таблеток"; not
    a genitive plural, `SLAVIC_MANY_FORM`, "30–33 годин"), it
    stays two numbers, as they are said: "до двох–трьох днів" (`numbers.slavic_governed`),
    "два–три рази". "до" between them had made "до двох до трьох днів", "від двох до трьох
    рази"."""
    first, last = match.group(1), match.group(2)
    if primary not in RANGE_FROM:
        return f"{first}{to}{last}"
    from_ = _range_from(match, primary)
    noun = re.match(r"\s*([^\W\d_]+)", match.string[match.end():])
    counted = noun is not None and noun.group(1).lower() not in {  # not "22–24 березня"
        month.lower() for month in calendar_names(primary).month_names} \
        and not SLAVIC_MANY_FORM.search(noun.group(1))
    if not from_ or counted and last.isdigit() and int(last) % 10 in (1, 2, 3, 4) \
            and int(last) % 100 not in (11, 12, 13, 14):
        return f"{first}–{last}"
    return f"{from_}{first}{to}{last}"


SLAVIC_MANY_FORM = re.compile(r"(?:ів|їв|ов|ев|ей)$|^(?:годин|хвилин|секунд|гривень|копійок"
                             r"|таблеток|крапель|доз|минут|недель|копеек|капель)$",
                             re.IGNORECASE)
"""A Russian or Ukrainian noun in the genitive plural, its form after five and more ("днів",
"часов", "годин"), which no count of two to four agrees with: a range before it is one
("30–33 годин" from Valiza's page on travel from Kyiv to Istanbul, said "тридцять тридцять
три годин", is "від тридцяти до тридцяти трьох годин")."""


def _range_from(match: re.Match[str], primary: str) -> str:
    """`RANGE_FROM` and a space, before a range that has no preposition before it."""
    if primary not in RANGE_FROM:
        return ""
    governing = [word for words in SLAVIC_GOVERNING[primary].values() for word in words]
    if last_word(match.string[:match.start()]) in (*governing, *SLAVIC_PREPOSITIONS):
        return ""
    return RANGE_FROM[primary] + " "



SLAVIC_HOURS = {
    "pl": ("pierwsza druga trzecia czwarta piąta szósta siódma ósma dziewiąta dziesiąta "
           "jedenasta dwunasta trzynasta czternasta piętnasta szesnasta siedemnasta "
           "osiemnasta dziewiętnasta dwudziesta").split(),
    "uk": ("перша друга третя четверта п'ята шоста сьома восьма дев'ята десята одинадцята "
           "дванадцята тринадцята чотирнадцята п'ятнадцята шістнадцята сімнадцята "
           "вісімнадцята дев'ятнадцята двадцята").split()}
"""The hours of the clock as Polish and Ukrainian say them, ordinals agreeing with the
feminine "godzina", "година": "od 9:00 do 18:00" is "od dziewiątej do osiemnastej" and
"о 9:00" "о дев'ятій", where the voice said the numbers, "od dziewięć do osiemnaście"."""
SLAVIC_HOUR_CASES = {
    "pl": {"nominative": ("godzina",), "genitive": ("od", "do", "o", "po", "około", "koło", "godz.", "godzinie", "godziny"),
           "instrumental": ("na", "przed", "za", "między", "pomiędzy", "nad")},
    "uk": {"nominative": ("година",),
           "genitive": ("з", "із", "зі", "від", "до", "після", "близько", "біля", "години"),
           "locative": ("о", "об", "в", "у", "годині"), "accusative": ("на", "по"),
           "instrumental": ("між", "перед")}}
"""The case each word before an hour puts it in ("Godzina 9:00" the nominative). After any
other word a time stays as it is written, its hour a number: "3:20" with no word before it
may be a time of day or a duration (a dance's, on a Ukrainian contest's entry form). Polish's genitive and locative are one form ("od dziewiątej", "o dziewiątej"), and so are
its instrumental and accusative ("przed dziewiątą", "na dziewiątą")."""
SLAVIC_HOUR_ENDINGS = {
    "pl": {"genitive": {"ga": "giej", "ia": "iej", "a": "ej"}, "instrumental": {"a": "ą"}},
    "uk": {"genitive": {"тя": "тьої", "а": "ої"}, "locative": {"тя": "тій", "а": "ій"},
           "accusative": {"тя": "тю", "а": "у"}, "instrumental": {"тя": "тьою", "а": "ою"}}}
"""The endings of the hour's ordinal in each case, by the nominative's ending: Polish
"druga", "trzecia", "piąta" are "drugiej", "trzeciej", "piątej"; Ukrainian "третя",
"п'ята" are "третьої", "п'ятої"."""


_HOUR_NAMED_RE = {
    "pl": re.compile(r"\b(?P<case>godziny|godzinie|godzina) (?P<hour>1\d|2[0-4]|[1-9])"
                     r"(?!\d|[:.,]\d| min)", re.IGNORECASE),  # not "2 godziny 15 minut"
    "uk": re.compile(r"(?<![\d:.,])(?P<hour>1\d|2[0-4]|[1-9])(?= (?P<case>годин[иі])\b)")}
"""A bare hour named as one, "od godziny 8", "о 9 годині": the word for "hour" puts it in
its case (`SLAVIC_HOUR_CASES`)."""


def _named_hour(match: re.Match[str], primary: str) -> str:
    """The hour `_HOUR_NAMED_RE` found as the ordinal the word for "hour" asks. Ukrainian
    names the hour after it, and "години" is also the plural a count of 2 to 4 takes: "до 5
    години" is until five o'clock, but "кожні 4 години" every four hours, "24 години на добу"
    and "на 2 години" counts, which were said "кожні четвертої години". So a Ukrainian hour
    is one only where the word before it asks the case its "години" or "годині" is in."""
    case = _hour_case(match.group("case"), primary)
    before = re.search(r"(\w+)\s+$", match.string[:match.start()])
    if primary == "uk" and (before is None
                            or before.group(1).lower() not in SLAVIC_HOUR_CASES["uk"][case]):
        return match.group()
    return match.group().replace(match.group("hour"), _slavic_hour(
        int(match.group("hour")), case, primary), 1)
SLAVIC_AND = ("і", "та", "або", "i", "a", "oraz", "lub", "albo", "и", "или")
_AFTER_A_CLOCK_RE = re.compile(rf"{_CLOCK},?\s+(?:(?:{'|'.join(SLAVIC_AND)})\s+)?$", re.I)
"""The end of a time of day and "and", "or" or a comma after it, before the next one: "o
7.00, 9.00 i 18.00"."""


def _hour_case(before: str, primary: str) -> str | None:
    """The case the word ending `before` puts an hour in (`SLAVIC_HOUR_CASES`), if any;
    after another hour and "and", "or" or a comma, that hour's ("між дев'ятою і
    десятою")."""
    listed = _AFTER_A_CLOCK_RE.search(before)
    if listed:
        return _hour_case(before[:listed.start()], primary)
    word = last_word(before)
    return next((case for case, governing in SLAVIC_HOUR_CASES[primary].items()
                 if word in governing), None)


DOTTED_CLOCK_WORDS = {
    "ru": ("с", "со", "до", "в", "во", "к", "ко", "после", "около", "от", "по", "начало",
           "часов", "часа"),
    **{lang: tuple(word for words in cases.values() for word in words)
       for lang, cases in SLAVIC_HOUR_CASES.items()},
    "sv": ("kl.", "kl", "klockan"), "da": ("kl.", "kl", "klokken"),
    "nb": ("kl.", "kl", "klokken", "klokka"), "no": ("kl.", "kl", "klokken", "klokka"),
    "fi": ("klo", "klo.", "kello"), "et": ("kell",), "sw": ("saa",),
    "is": ("kl.", "kl", "klukkan")}
"""Words after which a time written with a stop is a time of day in Russian, Ukrainian and
Polish, which write one so as often as with a colon ("o 7.00", "з 11.00 до 13.00", "с
9.00"): elsewhere "7.00" may be an amount. And the word for "o'clock" that Swedish, Danish,
Norwegian, Finnish, Estonian and Swahili write before one: a Danish status page's
"ca. kl. 09.00" was dialled, "kl. 0 9, 0 0", and a Norwegian privacy notice's "kl. 10.30"
said "ti punktum tretti"."""
_DOTTED_CLOCK_RE = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,]\d)")


_BULGARIAN_HOURS_RE = re.compile(r"(?<=\d)\s?ч\.(?!\w)")
"""Bulgarian's "ч." (часа) after a time or a number of hours, "работно време 08:30 - 17:30
ч." on a Sofia office's address, which the voice said as a letter, "ч"; not "ч. 2", a part's
number after it."""


LONE_CLOCK_LANGUAGES = frozenset({"sv", "da", "nb", "no", "fi"})
"""Languages that write a time of day with a stop, and in which one alone is a time where it
can be nothing else: a Swedish office's "Öppet 09.00 varje dag" was dialled, "0 9, 0 0"."""


def _dotted_clock(text: str, start: int, primary: str) -> bool:
    """Whether the time written with a stop at `start` of `text` is a time of day: after a
    word that says so (`DOTTED_CLOCK_WORDS`), after another such time in a list ("o 7.00,
    9.00 i 18.00"), opening a line of a timetable ("8.00 - Msza Święta"), or alone in a
    language of `LONE_CLOCK_LANGUAGES` with a nought before its hour or as its minutes
    ("09.30", "18.00"), but for an amount ("3.00 kr")."""
    before = text[:start]
    written = _DOTTED_CLOCK_RE.match(text, start).group()
    if primary in LONE_CLOCK_LANGUAGES and re.fullmatch(r"0\d\.\d\d|\d\d?\.00", written) \
            and not _AMOUNT_AFTER_RE.match(text, start + len(written)):
        return True
    listed = _AFTER_A_CLOCK_RE.search(before)
    if listed:
        earlier = _DOTTED_CLOCK_RE.search(before, listed.start())
        return earlier is None or _dotted_clock(text, earlier.start(), primary)
    if not before.strip(" \t*•-–"):
        after = text[_DOTTED_CLOCK_RE.match(text, start).end():]
        return bool(re.match(r"\s*[-–—]\s*[^\W\d_]", after))
    return last_word(before) in DOTTED_CLOCK_WORDS[primary]


def _slavic_hour(hour: int, case: str, primary: str) -> str:
    """`hour` (1 to 24) as the ordinal Polish or Ukrainian says, in `case`: every word of a
    Polish one ("dwudziestej pierwszej"), the last of a Ukrainian ("двадцять першої")."""
    names = SLAVIC_HOURS[primary]
    words = [names[hour - 1]] if hour <= 20 else [names[19], names[hour - 21]]
    if primary == "uk" and hour > 20:
        words[0] = "двадцять"
    endings = SLAVIC_HOUR_ENDINGS[primary].get(case)
    if endings:
        inflected = words if primary == "pl" else words[-1:]
        for index, word in enumerate(inflected, len(words) - len(inflected)):
            ending = next(end for end in endings if word.endswith(end))
            words[index] = word.removesuffix(ending) + endings[ending]
    return " ".join(words)


def _clock(written: str, primary: str, before: str = "") -> str:
    """"09:00" as "9", "17.30" as "17 30" ("7点30分" in Chinese, "9시 30분" in Korean, "17 Uhr
    30" in German, where "siebzehn dreißig Uhr" was said); in Polish and Ukrainian the hour
    as the ordinal they say, in the case the words `before` it put it in (`_slavic_hour`)."""
    hour, minutes = re.split(r"[:.]", written)
    if primary in HOUR_WORDS and minutes != "00":  # "14:30 Uhr": "vierzehn Uhr dreißig"
        return f"{int(hour)} {HOUR_WORDS[primary]} {int(minutes)}"
    hour_word, space, minute_word = CLOCK_WORDS.get(primary, ("", " ", ""))
    said = f"{int(hour)}{hour_word}"
    case = _hour_case(before, primary) if primary in SLAVIC_HOURS else None
    if case is not None and 0 < int(hour) <= 24:
        said = _slavic_hour(int(hour), case, primary)
    if minutes != "00":  # "9:05" is "9 05", not "9 5"
        said += f"{space}{int(minutes) if minute_word else minutes}{minute_word}"
    return said


@functools.cache
def _day_range_pattern(lang: str) -> re.Pattern[str]:
    """Two abbreviated weekdays joined by a dash ("Mo – Fr", "pn.-pt."), or Dutch's "t/m";
    the second's full stop too before the hours ("Mo.–Fr. 9.30–19.00 Uhr"), which the voice
    took for a sentence's end and paused at, or before a word in lower case ("Mo.-Fr. bei
    Dr. Huber", said "Montag bis Freitag. bei")."""
    names = sorted(calendar_names(lang).short_days, key=len, reverse=True)
    if not names:
        return _NOTHING
    day = "|".join(map(re.escape, names))
    return re.compile(rf"(?<![\w.])({day})\.?(?:\s?[-–—]\s?|\s+t/m\s+|\s+tot en met\s+)"
                      rf"({day})(?:\.(?=:|\s*\d|\s(?:{'|'.join(CLOCK_RANGE_FROM.values())})\s"
                      r"|\s(?-i:[a-zß-ÿ])))?(?!\w)", re.IGNORECASE)


@functools.cache
def _month_range_pattern(lang: str) -> re.Pattern[str]:
    """Two months' names in full joined by a dash, "(duben-září)", which espeak-ng runs
    together as one word, "dubenzáří"."""
    names = calendar_names(lang)
    months = sorted((name for name in names.months if name not in names.shortened),
                    key=len, reverse=True)
    if not months:
        return _NOTHING
    month = "|".join(map(re.escape, months))
    return re.compile(rf"(?<![\w-])({month})\s?[-–—]\s?({month})(?![\w-])", re.IGNORECASE)


@functools.cache
def _date_range_pattern(lang: str) -> re.Pattern[str]:
    """A day and its month joined by a dash to another day and month, "22 Juli-15 September
    2021", the first in group 1: an Indonesian vaccination notice's (sweep CH,
    id-jakarta-vaksin) lost its dash, two dates said side by side, "22 Juli 15 September",
    and so did French, Spanish, Italian and Portuguese ones, "22 juillet-15 septembre".
    Not a day with its stop, "24. Dezember", which German says as "vom … bis zum"."""
    months = sorted(calendar_names(lang).months, key=len, reverse=True)
    if not months:
        return _NOTHING
    month = "|".join(map(re.escape, months))
    return re.compile(rf"(?<![\w.])((?:0?[1-9]|[12]\d|3[01])\s(?:{month})\.?)\s?[-–—]\s?"
                      rf"(?=(?:0?[1-9]|[12]\d|3[01])\s(?:{month})(?!\w))", re.IGNORECASE)


MONTH_RANGE_FROM = {"pl": "od", "hr": "od"}
"""The word Polish and Croatian open a range of months with, whose "do" asks for both in the
genitive, as the months are named in a date ("kwiecień-wrzesień" is "od kwietnia do
września")."""


def _month_range(match: re.Match[str], lang: str, to: str) -> str:
    """Two months joined by a dash (`_month_range_pattern`) with the word for "to"
    (`RANGE_WORDS`) between them: a Czech leaflet on a vaccine's season, "(duben-září)" and
    "(říjen-březen)", was said "dubenzáří", one word. Where "to" asks for a case the names
    do not show here (Slovenian's, Russian's, Ukrainian's, Serbian's and Bosnian's genitive
    after "do") they are kept apart by a spaced dash, a pause."""
    first, last = match.groups()
    primary = lang.split("-")[0].lower()
    if primary in MONTH_RANGE_FROM:
        genitive = calendar_names(lang).month_names
        months = calendar_names(lang).months
        first = genitive[months[first.lower()] - 1]
        last = genitive[months[last.lower()] - 1]
        return f"{MONTH_RANGE_FROM[primary]} {first}{to}{last}"
    if primary not in ("sl", "ru", "uk", "sr", "bs"):
        return f"{first}{to}{last}"
    return f"{first} – {last}"


DAY_JOINS = r"a|al|y|e|o|à|au|et|ou|ao|às|bis|und|u\.|en|tot|i|och|og|и|ve"
"""Words between two weekdays in a timetable: Spanish, French, Italian and Portuguese ("Lun.
a Vie.", "Mar. y Jue.", "lun. au ven.", "seg. a sex."), German and Dutch ("Mo. bis Fr.",
"Di. u. Do.", "ma. en wo."), Polish, Swedish, Danish, Norwegian, Russian and Turkish ("pn. i
pt.", "mån. och fre.", "пн. и пт.", "Pzt. ve Cum.")."""
SHORT_JOINS = {"u.": "und"}
"""A join shortened with a stop, said whole: "Di. u. Do." is "Dienstag und Donnerstag"."""


@functools.cache
def _day_pair_pattern(lang: str) -> re.Pattern[str]:
    """Two weekdays abbreviated (with or without their accent) and joined by a dash or by
    a word, the first with its full stop unless a dash follows it: "de mar a mar" is not a
    timetable. German and Dutch shorten them to two letters ("Mo.", "Di.")."""
    names = {name for name in calendar_names(lang).short_days if len(name) >= 2}
    if not names:  # one letter ("토", Saturday in Korean) would be any word's
        return _NOTHING
    names |= {_unaccented(name) for name in names}
    day = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({day})(?:\.(\s?[-–—]\s?|\s+(?:{DAY_JOINS})\s+)"
                      rf"|(\s?[-–—]\s?))({day})\.?(?!\w)", re.IGNORECASE)


CLOSED_WORDS = {"es": "cerrad[oa]", "fr": "fermée?", "it": "chius[oa]", "pt": "fechad[oa]",
                "hr": "zatvoreno", "bs": "zatvoreno", "sr": "zatvoreno|затворено",
                "sl": "zaprto", "cs": "zavřeno", "sk": "zatvorené", "pl": "nieczynne|zamknięte",
                "ro": "închis", "bg": "затворено", "hu": "zárva", "tr": "kapalı"}
"""How a timetable says a day is closed, which may follow a day's shortening."""


@functools.cache
def _lone_day_pattern(lang: str) -> re.Pattern[str]:
    """A weekday shortened with its stop (three letters or more) before its date, its hours
    or "closed": "mar., 14 de ene.", "vie. 9 a.m.", "dom. cerrado", which the voice read as
    words ("mar", the sea) or letters. Its stop goes, as the day is said whole. Without its
    stop, a day is one before a clock's time or, after its colon, "closed" ("Sub:
    08:00-12:00", "Ned: Zatvoreno" on a Croatian clinic's hours, "Cmt 09:00-13:00" in
    Turkish), or alone in a table's cell, in capitals, after its column's name ("Dan: Pon."
    in a Slovenian timetable, whose "Sre" and "Čet" were said as syllables)."""
    names = {name for name in calendar_names(lang).short_days if len(name) >= 3}
    names |= {_unaccented(name) for name in names}
    letters = sorted({form for name in calendar_names(lang).short_days if len(name) < 3
                      for form in (name.capitalize(), name.upper())}, key=len, reverse=True) \
        if lang.split("-")[0].lower() in LETTER_DAY_LANGUAGES else []
    if not names and not letters:
        return _NOTHING
    day = "|".join(sorted(map(re.escape, names), key=len, reverse=True)) or "(?!)"
    letters = letters or ["(?!)"]
    closed = CLOSED_WORDS.get(lang.split("-")[0].lower(), "(?!)")
    return re.compile(rf"(?<![\w.])({day})(?:\.(?=,\s+\d|\s+\d{{1,2}}(?:[:.h]\d\d"
                      rf"|\s?[ap]\.?\s?m|h\b|\s+de\s)|,?\s+(?:{closed})\b)"
                      rf"|(?=:?\s+\d{{1,2}}[:.]\d\d\b|:\s+(?:{closed})\b))"
                      rf"|(?<=: )({day})(?=\.(?:\s|$))"
                      rf"|(?<![\w.-])(?-i:({'|'.join(letters)}))"
                      r"(?=\s+\d{1,2}[:.]\d\d\s?[-–]\s?\d)", re.IGNORECASE)


ROMAN_WEEKDAY_LANGUAGES = frozenset({"lt"})
_ROMAN_WEEKDAY = r"VII|VI|V|IV|III|II|I"
_ROMAN_WEEKDAYS_RE = re.compile(rf"(?<![\w.-])({_ROMAN_WEEKDAY})(?:\s?[-–]\s?({_ROMAN_WEEKDAY}))?"
                                r"(?=:?\s+\d{1,2}[:.]\d\d\b)")
"""Weekdays numbered in Roman numerals before their hours, as Lithuanian timetables write
them (Monday is I): a shop's "I-V 10:00-19:00, VI 10:00-16:00" was said "i v", and "šeši"
for Saturday, its numeral made digits."""


def _roman_weekdays(match: re.Match[str], lang: str) -> str:
    """The days `_ROMAN_WEEKDAYS_RE` found, named, with `lang`'s "to" between two."""
    days = babel_locale(lang).days["format"]["wide"]
    first = days[roman_value(match[1]) - 1]
    if not match[2]:
        return first
    to = RANGE_WORDS.get(in_script(lang.split("-")[0].lower(), match.string), " – ")
    return f"{first}{to}" \
           f"{days[roman_value(match[2]) - 1]}"


LETTER_DAY_LANGUAGES = frozenset({"et", "lv", "lt"})
"""Languages whose timetables shorten a weekday to one or two letters, said whole by
`_lone_day_pattern` in capitals before a range of hours only: an Estonian sauna's "R
18.00-21.00" (reede, Friday) was "err", a Latvian "Pk 10:00-16:00" "pē kā"."""


def _day_named(short: str, lang: str) -> str:
    """The weekday whose shortening in `lang` is `short`, with or without its accent ("vie",
    "sab", "Mié"): its whole name, "viernes"."""
    names = {_unaccented(written): name
             for written, name in calendar_names(lang).short_days.items()}
    return names[_unaccented(short.lower())]


def _say_lone_day(match: re.Match[str], lang: str) -> str:
    """The day's whole name; not a word in a cell ("Broj: pet.", five), nor the last day of
    a range or pair ("Pon - Pet 8:00"), which `_day_range_pattern` says with its first."""
    if match[2] and not match[2][0].isupper():
        return match[0]
    names = "|".join(map(re.escape, calendar_names(lang).short_days))
    if re.search(rf"(?<!\w)(?:{names})\.?(?:\s?[-–—]\s?|\s+(?:{DAY_JOINS})\s+)$",
                 match.string[:match.start()], re.IGNORECASE):
        return match[0]
    return _day_named(match[1] or match[2] or match[3], lang)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _french_adverb(number: int) -> str:
    """The French adverb of an ordinal: 1 "premièrement", 2 "deuxièmement"."""
    said = ordinal(number, "fr")
    return "premièrement" if said == "premier" else f"{said}ment"


def _say_day_pair(match: re.Match[str], lang: str, to: str | None = None) -> str:
    """"Lun. a Vie." as "lunes a viernes", "lun-vie" as "lunes a viernes" too; where no
    `Saying` has the language's "to", `to` (`RANGE_WORDS`), else the dash ("Jumatatu–Ijumaa"
    stopped a Swahili handout, whose "to" was looked for in the tables)."""
    first, last = match.group(1), match.group(4)
    joint = (match.group(2) or match.group(3)).strip()
    saying = saying_for(lang)
    if joint in "-–—":
        joint = saying.to if saying else (to or " – ").strip() or "–"
    else:
        joint = SHORT_JOINS.get(joint, joint)
    rest = match.string[match.end():].lstrip()
    stop = "." if match.group(0).endswith(".") and (not rest or rest[0].isupper()) else ""
    return f"{_day_named(first, lang)} {joint} {_day_named(last, lang)}{stop}"


@functools.cache
def _whole_day_range_pattern(lang: str) -> re.Pattern[str]:
    """Two weekdays written whole and joined by a hyphen alone, "Senin-Jumat", which the voice
    runs together as one word: an Indonesian vaccination notice's (sweep CH,
    id-jakarta-vaksin) was "seninjumat", where "Sen-Jum" was "Senin sampai Jumat". Spaced,
    "Luni - Vineri", the dash is a pause."""
    from babel.dates import get_day_names

    from handout.language import babel_locale

    locale = babel_locale(lang)
    if locale is None:
        return _NOTHING
    day = "|".join(sorted(map(re.escape, get_day_names("wide", locale=locale).values()),
                          key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])({day})[-–—]({day})(?![\w-])", re.IGNORECASE)


def _day_range(match: re.Match[str], lang: str, to: str | None) -> str:
    names = calendar_names(lang).short_days  # a day written whole, as written
    first, last = (names.get(day.lower(), day) for day in match.groups()[:2])
    cases = SLAVIC_WEEKDAY_CASES.get(lang.split("-")[0].lower())
    if cases and first in cases and last in cases:
        (start, end), (first, _), (genitive, accusative) = cases[""], cases[first], cases[last]
        return f"{start} {first} {end} {accusative if end == 'по' else genitive}"
    return f"{first}{to or ' – '}{last}"


SLAVIC_WEEKDAY_CASES = {
    "ru": {"": ("с", "по"), "понедельник": ("понедельника", "понедельник"),
           "вторник": ("вторника", "вторник"), "среда": ("среды", "среду"),
           "четверг": ("четверга", "четверг"), "пятница": ("пятницы", "пятницу"),
           "суббота": ("субботы", "субботу"), "воскресенье": ("воскресенья", "воскресенье")},
    "uk": {"": ("з", "по"), "понеділок": ("понеділка", "понеділок"),
           "вівторок": ("вівторка", "вівторок"), "середа": ("середи", "середу"),
           "четвер": ("четверга", "четвер"), "пʼятниця": ("пʼятниці", "пʼятницю"),
           "субота": ("суботи", "суботу"), "неділя": ("неділі", "неділю")},
    "pl": {"": ("od", "do"), "poniedziałek": ("poniedziałku", ""), "wtorek": ("wtorku", ""),
           "środa": ("środy", ""), "czwartek": ("czwartku", ""), "piątek": ("piątku", ""),
           "sobota": ("soboty", ""), "niedziela": ("niedzieli", "")}}
"""A range of weekdays as Russian, Ukrainian and Polish say it, "пн–пт" as "с понедельника
по пятницу", "pon.-pt." as "od poniedziałku do piątku": the words before each day, then
each day's genitive and accusative, where the voice said "понедельник до пятница"."""


CLDR_UNITS = {"mg": "mass-milligram", "mcg": "mass-microgram", "µg": "mass-microgram",
              "g": "mass-gram", "gr": "mass-gram", "kg": "mass-kilogram", "ml": "volume-milliliter",
              "mL": "volume-milliliter", "l": "volume-liter", "L": "volume-liter",
              "cm": "length-centimeter", "mm": "length-millimeter", "km": "length-kilometer",
              "px": "graphics-pixel",
              "°C": "temperature-celsius", "°F": "temperature-fahrenheit",
              "kcal": "energy-kilocalorie", "mmHg": "pressure-millimeter-ofhg",
              "%": "concentr-percent", "мг": "mass-milligram", "мкг": "mass-microgram",
              "г": "mass-gram", "кг": "mass-kilogram", "мл": "volume-milliliter",
              "л": "volume-liter", "см": "length-centimeter", "мм": "length-millimeter",
              "км": "length-kilometer",
              "℃": "temperature-celsius", "℉": "temperature-fahrenheit",
              "cm²": "area-square-centimeter", "m²": "area-square-meter",
              "km²": "area-square-kilometer", "cm³": "volume-cubic-centimeter",
              "m³": "volume-cubic-meter", "min": "duration-minute", "d": "duration-day",
              "dB": "decibel", "°م": "temperature-celsius", "م°": "temperature-celsius",
              "°С": "temperature-celsius", "mmol/l": "concentr-millimole-per-liter",
              "mmol/L": "concentr-millimole-per-liter",
              "ммоль/л": "concentr-millimole-per-liter",
              **dict.fromkeys(("µmol/l", "µmol/L", "μmol/l", "μmol/L"),
                              "concentr-micromole-per-liter"),
              "KB": "digital-kilobyte", "kB": "digital-kilobyte", "MB": "digital-megabyte",
              "GB": "digital-gigabyte", "TB": "digital-terabyte", "h": "duration-hour",
              **dict.fromkeys(("°से.", "°से"), "temperature-celsius"),
              **dict.fromkeys(("मि.मि.", "मि.मी."), "length-millimeter"),
              **dict.fromkeys(("से.मी.", "से.मि."), "length-centimeter"),
              **dict.fromkeys(("कि.मी.", "कि.मि."), "length-kilometer"),
              "मि.ली.": "volume-milliliter", "कि.ग्रा.": "mass-kilogram"}
"""Unit symbols after a number (Latin, Cyrillic as Russian and Ukrainian write them,
Arabic's "°م", of which its voice said only the letter's name, and the Devanagari
shortenings Hindi, Marathi and Nepali write, "°से.", "मि.मि.", of which the voices said
"अंशसे." and the letters),
by their names in Unicode's CLDR. The Corona-Warn-App's risk assessment heads its table's
durations "0min", "mehr als 5- höchstens 10min": espeak-ng said "null min", a word; and
its days and attenuations "12-13d", ">73dB", said "zwölf Strich dreizehn d", "d b". A blood
sugar in millimoles per litre, "7 mmol/l", was "sieben em em o el", "mmol slash el" in
every voice; where CLDR's own name has a slash too (Arabic's), it is left as written. A
file's size, "5 MB" (Obsidian Sync's plans in Greek), was "em-bee" in Greek and spelled in
Vietnamese and Korean, as only English named it (`UNITS`). Micromoles per litre, which CLDR
does not name, are its millimoles' name with its micrograms' prefix (`_micro_named`).
"gr" is a gram, as Indonesian and Malay write it every day (an Indonesian pregnancy diet's
"100gr", "50 gr", sweep AY, id-porsi), which the voice spelled "ge er". Russian and
Ukrainian "км" (sweep CG: "До больницы 10 км", "60 км/ч") was "ка эм", "ка эм слэш че"."""
MISSPELLED_IN_CLDR = {"sl": {"militrov": "mililitrov"}}
"""A unit's name as CLDR (Babel's data) misspells it, and as it is spelled: Slovenian
millilitres after five and more, "militrov", which a syrup's dose, "Vzemite 5 ml sirupa"
(sweep CG), was said as, where 1 to 3 ml were right ("mililiter", "mililitra")."""
NOT_IN_CLDR = {"decibel": {"de": "Dezibel", "nl": "decibel"}}
"""A unit CLDR has no name for, by its name in the languages that have one here (the
same for one and many)."""
PER_UNIT = {
    "ru": {"volume-milliliter": "{} на миллилитр", "volume-deciliter": "{} на децилитр"},
    "be": {"volume-milliliter": "{} на мілілітр", "volume-deciliter": "{} на дэцылітр"},
    "cs": {"volume-milliliter": "{} na mililitr", "volume-deciliter": "{} na decilitr"},
    "sk": {"volume-milliliter": "{} na mililiter", "volume-deciliter": "{} na deciliter"},
    "sl": {"volume-milliliter": "{} na mililiter", "volume-deciliter": "{} na deciliter"},
    "hr": {"volume-milliliter": "{} po mililitru", "volume-deciliter": "{} po decilitru",
           "volume-liter": "{} po litri", "mass-kilogram": "{} po kilogramu",
           "duration-hour": "{} na sat", "duration-minute": "{} u minuti",
           "area-square-meter": "{} po četvornom metru"},
    "bs": {"volume-milliliter": "{} po mililitru", "volume-deciliter": "{} po decilitru"},
    "sr": {"volume-milliliter": "{} по милилитру", "volume-deciliter": "{} по децилитру",
           "duration-hour": "{} на сат", "area-square-meter": "{} по квадратном метру"},
    "sr-Latn": {"volume-milliliter": "{} po mililitru", "volume-deciliter": "{} po decilitru",
                "duration-hour": "{} na sat", "area-square-meter": "{} po kvadratnom metru"},
    "lv": {"volume-milliliter": "{} uz mililitru", "volume-deciliter": "{} uz decilitru"},
    "cy": {"volume-milliliter": "{} y mililitr", "volume-deciliter": "{} y decilitr"},
    "eu": {"volume-milliliter": "{} mililitro bakoitzeko",
           "volume-deciliter": "{} dezilitro bakoitzeko"},
    "lb": {"volume-milliliter": "{} pro Milliliter", "volume-deciliter": "{} pro Deziliter",
           "volume-liter": "{} pro Liter", "mass-kilogram": "{} pro Kilogramm",
           "duration-minute": "{} pro Minutt", "area-square-meter": "{} pro Quadratmeter"},
    "tr": {"volume-milliliter": "mililitre başına {}", "volume-deciliter": "desilitre başına {}",
           "volume-liter": "litre başına {}", "mass-kilogram": "kilogram başına {}",
           "duration-hour": "saat başına {}", "duration-minute": "dakika başına {}",
           "area-square-meter": "metrekare başına {}"},
    "vi": {"volume-milliliter": "{} trên mi li lít", "volume-deciliter": "{} trên đề xi lít",
           "volume-liter": "{} trên lít", "mass-kilogram": "{} trên ki lô gam",
           "duration-hour": "{} mỗi giờ", "duration-minute": "{} mỗi phút",
           "area-square-meter": "{} trên mét vuông"},
    "hu": {"volume-liter": "{} literenként", "mass-kilogram": "{} kilogrammonként",
           "duration-hour": "{} óránként", "duration-minute": "{} percenként",
           "area-square-meter": "{} négyzetméterenként"},
    "sq": {"volume-liter": "{} për litër", "mass-kilogram": "{} për kilogram",
           "duration-hour": "{} në orë", "duration-minute": "{} në minutë",
           "area-square-meter": "{} për metër katror"},
    "he": {"volume-liter": "{} לליטר", "mass-kilogram": "{} לקילוגרם",
           "duration-minute": "{} לדקה"},
    "ar": {"mass-kilogram": "{} لكل كيلوغرام"},
    "hi": {"volume-liter": "{} प्रति लीटर", "area-square-meter": "{} प्रति वर्ग मीटर"},
    "da": {"volume-liter": "{} per liter", "area-square-meter": "{} per kvadratmeter"},
    "el": {"area-square-meter": "{} ανά τετραγωνικό μέτρο"},
    "ga": {"duration-hour": "{} san uair", "duration-minute": "{} sa nóiméad"},
}
"""A unit per a unit ("5 mg/ml", "10 mg/kg") where CLDR has no words for it and Babel joins
the two with a slash, which the voices said as "lomeno", "kroz", "slīpsvītra" or the
English "slash", and read the unit after it letter by letter ("5 miligramů lomeno em el")
or cut it off with a pause ("5 миллиграмм, ml"): the words that say it, around the first
unit's."""
UNIT_WORDS = {
    "ja": {"temperature-celsius": "せっし {} ど", "temperature-fahrenheit": "かし {} ど",
           "temperature-generic": "{} ど", "concentr-millimole-per-liter": "{} ミリモル パー リットル"},
    "ar": {"concentr-millimole-per-liter": "{} ملي مول لكل لتر"},
    "he": {"concentr-millimole-per-liter": "{} מילימול לליטר"},
    "hu": {"concentr-millimole-per-liter": "{} millimol literenként"},
    "lb": {"concentr-millimole-per-liter": "{} Millimol pro Liter"},
    "tr": {"concentr-millimole-per-liter": "litre başına {} milimol"},
    "vi": {"concentr-millimole-per-liter": "{} mi li mol trên lít"},
    "zh-Hant": {"digital-kilobyte": "{}千位元組", "digital-megabyte": "{}百萬位元組",
                "digital-gigabyte": "{}十億位元組", "digital-terabyte": "{}兆位元組"},
}
"""A unit with its number in words of our own, where CLDR's will not do: in Japanese, whose
voice (espeak-ng's) says each kanji as the English words "Chinese letter", in kana (CLDR's
"摂氏 38 度" was left as "38 °C", said "38 C" in English, and a bare "38°" became "38度");
and millimoles per litre where CLDR writes their name with a slash; and a file's size in
Taiwan's and Hong Kong's characters, whose CLDR name is the symbol, "5 MB", which the
Mandarin voice said in English (the mainland's "兆字节" would be a million million bytes
there)."""
CLDR_PER = {"kg": "mass-kilogram", "h": "duration-hour", "min": "duration-minute",
            "m²": "area-square-meter", "l": "volume-liter", "L": "volume-liter",
            "dl": "volume-deciliter", "dL": "volume-deciliter", "ml": "volume-milliliter",
            "mL": "volume-milliliter", "кг": "mass-kilogram", "ч": "duration-hour",
            "год": "duration-hour", "мл": "volume-milliliter", "л": "volume-liter"}
"""What a unit may be per after a slash ("mg/kg", "ml/h"), by its name in CLDR; Ukrainian
writes an hour "год" ("60 км/год" was "кілометрів, год")."""


def _cldr_unit_pattern(units: list[str]) -> re.Pattern[str]:
    """One of `units` (`CLDR_UNITS`) after a number, and what it is per."""
    return re.compile(
        rf"(?<![A-Za-z\d_.,])(\d+(?:[.,]\d+)*)\s?"
        rf"({'|'.join(sorted(map(re.escape, units), key=len, reverse=True))})"
        # "10 min." is an abbreviation's, which may end a sentence; "3d-Druck" no day's; a
        # Chinese, Japanese or Korean word may follow straight on, "-5℃保存", "5kg을"
        rf"(?!(?![{_CJK}\uac00-\ud7a3])\w|(?<=min)\.|(?<=d)-)"
        rf"(?:\s?/\s?({'|'.join(sorted(map(re.escape, CLDR_PER), key=len, reverse=True))})"
        rf"(?![\w/]))?"
        r"(?P<to>\s?[–—-]\s?(?=\d))?")


_CLDR_UNIT_RE = _cldr_unit_pattern([unit for unit in CLDR_UNITS if unit != "h"])
"""A unit after a number, which Chinese, Japanese and Korean write straight after a word
("发烧37.5℃"), as Latin scripts never do; what it is per, "5 mg/kg"; and a range's dash to
the next amount, "500 mg–1 g" (said "500 Milligramm ein Gramm"). Hours, "24h", only in
`HOUR_SYMBOL_LANGUAGES` (`_CLDR_HOUR_RE`)."""
_CLDR_HOUR_RE = _cldr_unit_pattern(["h"])
_TWO_AMOUNTS_RE = re.compile(
    r"(?<![\d/.,])(\d+(?:[.,]\d+)?)\s?/\s?(\d+(?:[.,]\d+)?)(?=\s?(?:"
    + "|".join(sorted(map(re.escape, {*CLDR_UNITS, *_INDIC_UNITS.split()} - {"mmHg"}),
                      key=len, reverse=True))
    + r")(?![\w\u0900-\u0963\u0966-\u097f]))")
"""Two amounts with a slash between them before their unit, "वर्षा ≥ ६०/२० मि.मि." (a Nepali
crop calendar's thresholds, sweep AT): one or the other, "६० वा २० मिलिमिटर", in Hindi,
Marathi and Nepali (`OR_WORDS`), whose voices said the English "slash". Not a fraction,
"3/8 कप", nor a blood pressure, "120/80 mmHg"."""


def _two_amounts(match: re.Match[str], primary: str) -> str:
    """`_TWO_AMOUNTS_RE`'s amounts with the word for "or" between them, but a fraction's,
    a smaller number over one of ten or less, which stays as written."""
    first, second = (float(number.replace(",", ".")) for number in match.groups())
    if first < second <= 10 and first.is_integer() and second.is_integer():
        return match.group()
    return f"{match[1]} {OR_WORDS[primary]} {match[2]}"
_YEAR_MARKS = {"ru": "г", "uk": "р", "pl": "r", "bg": "г", "mk": "г", "be": "г", "lt": "m"}
_YEAR_MARK_RE = {language: re.compile(rf"(?<=\d{{4}})\s?{mark}\.(?:\s?{mark}\.)?(?!\w)")
                 for language, mark in _YEAR_MARKS.items()}
_YEAR_WORD = {"ru": " года", "uk": " року", "pl": " roku", "bg": " година", "mk": " година",
              "be": " года", "lt": " metų"}
"""Russian, Ukrainian and Polish dates end "2025 г.", "2025 р.", "2025 r.", which the voice
said as a letter: "года", "року" and "roku", as they are read. Bulgarian, Macedonian and
Belarusian dates as CLDR writes them end so too, and their "г." was taken for grams: "5
март 2024 грама" (and in Macedonian "2.024 грама"). A date written out in full and then
marked by its author ("5.3.2024 г.") has the mark once. Lithuanian's "2021 m." (metų), said
as the letter "em" (sweep BG, lt-smaukykla), goes before the month or the noun it dates,
"2023 m. Kalėdos" (Christmas 2023), so it ends no sentence."""
_NOTHING = re.compile(r"(?!)")


def _year_word(match: re.Match[str], primary: str) -> str:
    """`_YEAR_MARK_RE`'s mark as its word, with the full stop it made too if it ended a
    sentence before another ("…2024 г. Далее…"), which would otherwise run into it."""
    after = match.string[match.end():]
    ends = after[:1].isspace() and after.lstrip()[:1].isupper() and primary != "lt"
    return _YEAR_WORD[primary] + ("." if ends else "")


@functools.cache
def _lithuanian_day_pattern(lang: str) -> re.Pattern[str]:
    """A Lithuanian date's day, its month's name (genitive) before it and "d." (diena) after
    it, "gegužės 24 d.", as CLDR writes a date out too ("2021 m. gegužės 17 d."); and the
    word before it that asks for the genitive ("iki", until)."""
    months = "|".join(calendar_names(lang).month_names)
    return re.compile(rf"(?:(?<!\w)(iki|nuo|po|Iki|Nuo|Po)\s(?:(\d{{4}}\s?m\.)\s)?)?"
                      rf"\b({months})\s([1-9]|[12]\d|3[01])\s?d\.(?!\w)", re.IGNORECASE)


LITHUANIAN_ORDINAL_STEMS = ("pirm", "antr", "treči", "ketvirt", "penkt", "šešt", "septint",
                            "aštunt", "devint", "dešimt", "vienuolikt", "dvylikt", "trylikt",
                            "keturiolikt", "penkiolikt", "šešiolikt", "septyniolikt",
                            "aštuoniolikt", "devyniolikt", "dvidešimt")
"""The stems of Lithuanian's ordinals from first to twentieth, to which a date's day, an
ordinal of "diena" (day, feminine), adds "-oji" (nominative) or "-osios" (genitive)."""


def _lithuanian_day(match: re.Match[str]) -> str:
    """A Lithuanian date's day (`_lithuanian_day_pattern`) as the ordinal it is read as,
    feminine as "diena" is: "2022 m. gegužės 24 d." is "2022 metų gegužės dvidešimt
    ketvirtoji", after "iki", "nuo" or "po" "dvidešimt ketvirtosios". Its "d." was named as a
    unit, a count of days ("gegužės 24 dienos", "kovo 10 dienų"), and its stop ended the
    sentence before "(antradienio)" (sweep BG, lt-smaukykla, a petition's dates, and its ISO
    dates, "2021-05-17", written out so by CLDR)."""
    before, year, month, day = match.groups()
    ending = "osios" if before else "oji"
    tens, units = divmod(int(day), 10)
    if int(day) <= 20:
        said = LITHUANIAN_ORDINAL_STEMS[int(day) - 1] + ending
    else:
        said = ("dvidešimt", "trisdešimt")[tens - 2] + (
            f" {LITHUANIAN_ORDINAL_STEMS[units - 1]}{ending}" if units else ending)
    return (f"{before} " if before else "") + (f"{year} " if year else "") + f"{month} {said}" \
        + ("." if _stop_ends_a_sentence(match) else "")


def _stop_ends_a_sentence(match: re.Match[str]) -> bool:
    """Whether the stop that ends `match` ends its sentence too: nothing follows it, or a
    capital does ("…kovo 31 d. Kitą dieną"); not a bracket ("24 d. (antradienio)")."""
    after = match.string[match.end():]
    return not after.strip() or after[:1].isspace() and after.lstrip()[:1].isupper()


@functools.cache
def _first_of_month_pattern(lang: str) -> re.Pattern[str]:
    """The first of a month written with a degree sign, as Mexico and Brazil write it ("A
    partir del 1° de Agosto", on the ISSSTE's pages; "de 1° de abril de 2021", in a
    Brazilian ministry's declaration): the voices said "un grado de agosto", "um grau de
    abril". It is the ordinal's sign, "1º", which is said "primero", "primeiro"."""
    months = "|".join(calendar_names(lang).month_names)
    return re.compile(rf"(?<![\d.,])1°(?=\s?de\s+(?:{months})\b)", re.IGNORECASE)


@functools.cache
def _short_month_pattern(lang: str) -> re.Pattern[str]:
    """A month's shortening in `lang` after its day or before its year, with its stop or
    before a year: "3 ene. 2024", "14 de ene.", "am 3. Okt.", "sty 2024", which the voices
    read as a word ("ene", "okt"); not "3 set di siringhe". Only where a date is written day
    first."""
    from babel.dates import format_skeleton

    names = calendar_names(lang)
    months = sorted((name for name in names.months if name in names.shortened),
                    key=len, reverse=True)
    if not months or not format_skeleton("yMMMMd", dt.date(2024, 1, 3),
                                         locale=babel_locale(lang)).startswith("3"):
        return _NOTHING
    return re.compile(rf"(?<![\w.])(?:(\d{{1,2}})\.?\s(?:de\s)?)?"
                      rf"({'|'.join(map(re.escape, months))})"
                      rf"(\.)?(?!\w)(?:\s(\d{{4}})(?![\d.,]\d))?", re.IGNORECASE)


def _say_short_month(match: re.Match[str], lang: str) -> str:
    """The date with its month's name, as CLDR writes it in `lang` ("3 de enero de 2024",
    "3. Oktober"); the month's stop goes, unless it ends the sentence."""
    from babel.dates import format_skeleton

    day, month, stop, year = match.groups()
    if not (stop or year) or not (day or year):
        return match.group(0)
    date = calendar_day(int(year or 2024), calendar_names(lang).months[month.lower()],
                        int(day or 1))
    if date is None:
        return match.group(0)
    said = format_skeleton("yMMMMd" if day and year else "MMMMd" if day else "yMMMM", date,
                           locale=babel_locale(lang))
    after = match.string[match.end():].lstrip()
    tail = said[said.rindex(year) + 4:] if year else ""
    if tail.strip() and after.startswith(tail.strip()):
        said = said[:-len(tail)]  # Russian's "2024 г.", already written after the year
    if stop and not year and not (after[:1].isdigit() or after[:1].islower()
                                  or after[:1] in ",;:)"):
        said += "."
    return said


_BARE_DEGREE_RE = re.compile(r"(?<![\d.,_A-Za-z])(\d+(?:[.,]\d)?)\s?°"
                             r"(?![\s\u00a0]?(?:[CFcfСم]\b|से)|[A-Za-z\d_°′'\"])")
"""Degrees with no scale after them, "температура выше 38°", which most voices left unsaid
("выше 38"). Celsius is "C", Cyrillic "С", Arabic "م" or Devanagari "से" (`CLDR_UNITS`)."""


def _named_degrees(match: re.Match[str], lang: str) -> str:
    """`_BARE_DEGREE_RE`'s degrees in `lang`'s words for a temperature's (CLDR's generic
    temperature), or else for an angle's, which most languages say alike ("38 градусов")."""
    from decimal import Decimal

    from babel.numbers import format_decimal
    from babel.units import format_unit

    locale = babel_locale(lang)
    if locale is None:
        return match.group(0)
    number = match.group(1)
    if lang.split("-")[0].lower() == "ja":
        return UNIT_WORDS["ja"]["temperature-generic"].format(number)
    value = Decimal(number.replace(",", "."))
    for unit in ("temperature-generic", "angle-degree"):
        named = format_unit(value, unit, length="long", locale=locale)
        if "°" not in named:
            return named.replace(format_decimal(value, locale=locale), number, 1)
    return match.group(0)


def _form_of_count(value, match: re.Match[str], lang: str):
    """The number whose form a unit takes after `value` in `match`'s place: `value` itself,
    but in Russian and Ukrainian after a word that puts a whole number in the genitive
    (`numbers.SLAVIC_GOVERNING`, "не более 4 г"), where the number is said in it
    (`numbers.slavic_count`), one whose plural is the genitive's: "не более четырёх
    граммов", not "грамма", the form after a bare 4; after 1, 21... the genitive singular."""
    from decimal import Decimal

    primary = lang.split("-")[0].lower()
    if primary not in ("ru", "uk") or value != int(value) or last_word(
            match.string[:match.start()]) not in SLAVIC_GOVERNING[primary]["genitive"]:
        return value
    if value % 10 == 1 and value % 100 != 11:
        return 2 if primary == "ru" else Decimal("1.5")  # "грамма", "грама"
    return 5  # "граммов", "грамів"


def _micro_named(count: Decimal, locale: Locale) -> str:
    """`count` micromoles per litre in `locale`'s words: CLDR's millimoles per litre with the
    prefix its micrograms have for its milligrams' ("mikromol per liter", "mikromoolia
    litrassa"). A Swedish leaflet on gout's "urat > 480 µmol/L" was said with the English
    "micro", then "m o l slash l", in the Swedish, Norwegian, Danish and Finnish voices."""
    from babel.units import format_unit

    milli, micro = (format_unit(5, f"mass-{name}", length="long", locale=locale)
                    for name in ("milligram", "microgram"))
    while milli and micro and milli[-1] == micro[-1]:  # "5 milligram", "5 mikrogram"
        milli, micro = milli[:-1], micro[:-1]
    named = format_unit(count, "concentr-millimole-per-liter", length="long", locale=locale)
    return named.replace(milli.removeprefix("5").strip(), micro.removeprefix("5").strip(), 1)


def _named_unit(match: re.Match[str], lang: str) -> str:
    """"5 mg" in `lang`'s words for it, from CLDR, the number formatted as the language
    writes it and the unit in the form that number takes (Polish "5 miligramów").

    A point or a comma followed by other than three digits is a decimal mark, whichever
    the language writes: read by the language's own rule, "1.5 ml" was "15 Milliliter" in
    German and "1,5 ml" "15毫升" in Chinese, ten times the dose."""
    from babel.numbers import (NumberFormatError, format_decimal, get_decimal_symbol,
                               parse_decimal)
    from babel.units import UnknownUnitError, format_compound_unit, format_unit

    locale = babel_locale(lang)
    if locale is None:
        return match.group(0)
    primary = lang.split("-")[0].lower()
    number = match.group(1)
    unit = CLDR_UNITS[match.group(2)]
    if unit in NOT_IN_CLDR:
        name = NOT_IN_CLDR[unit].get(primary)
        return f"{number} {name}" if name else match.group(0)
    decimal = re.fullmatch(r"\d+([.,])(\d{1,2}|\d{4,})", number)
    if decimal:
        number = number.replace(decimal.group(1), get_decimal_symbol(locale))
    try:
        value = parse_decimal(number, locale=locale)
        form = _form_of_count(value, match, lang)
        named = _micro_named(form, locale) if unit == "concentr-micromole-per-liter" else \
            format_unit(form, unit, length="long", locale=locale)
        if form != value:  # the unit's form for this number
            named = named.replace(format_decimal(form, locale=locale), number, 1)
        if match.group(3):  # "5 Milligramm pro Kilogramm", where CLDR says "per" in words
            per = format_compound_unit(value, CLDR_UNITS[match.group(2)],
                                       denominator_unit=CLDR_PER[match.group(3)],
                                       length="long", locale=locale)
            words = PER_UNIT.get(in_script(primary, match.string), {}).get(
                CLDR_PER[match.group(3)])
            named = per if per and "/" not in per else words.format(named) if words else \
                f"{named}/{match.group(3)}"
    except (ValueError, NumberFormatError, UnknownUnitError):
        return match.group(0)
    if match.group(2).lower() in named.lower() and locale.script:  # "5 MB", in Taiwan
        words = UNIT_WORDS.get(f"{primary}-{locale.script}", {}).get(unit)
        if words:
            return words.format(number)
    # "mmol/l", whose name CLDR writes with a slash; Japanese "摂氏", which has kanji
    if "/" in match.group(2) and "/" in named or \
            primary == "ja" and re.search(r"[\u4e00-\u9fff]", named):
        words = UNIT_WORDS.get(primary, {}).get(unit)
        return words.format(number) if words else match.group(0)
    for wrong, right in MISSPELLED_IN_CLDR.get(primary, {}).items():
        named = re.sub(rf"\b{wrong}\b", right, named)
    return said_as_written(named, lang)


def _japanese_date(match: re.Match[str]) -> str:
    """A number of years, a month or a day in kana: the months and the days read as words of
    their own ("4月" is "しがつ", not "yon gatsu"; the first of a month "ついたち", one day
    "いちにち"), a year ending in 4 with its "よ" ("2024年", "にせんにじゅうよねん"); any
    other number before its counter, which the voice reads right ("365にち")."""
    written, mark = match.group(1), match.group(2)
    number = int(written)
    if mark == "月" and 1 <= number <= 12:
        return _JAPANESE_MONTHS[number - 1]
    if mark == "日" and number == 1:
        return "ついたち" if match.string[:match.start()].endswith("月") else "いちにち"
    if mark == "日" and number in _JAPANESE_DAYS:
        return _JAPANESE_DAYS[number]
    if mark == "年" and number % 10 == 4:
        from num2words import num2words

        return num2words(number, lang="ja", reading=True).removesuffix("よん") + "よねん"
    return written + _JAPANESE_DATE[mark]


def _say_clock_range(match: re.Match[str], to: str, lang: str) -> str:
    """Opening hours, "08:30 - 12:30": "08:30 a 12:30", and in Italian "dalle 08:30 alle
    12:30" (the Italian voice said "otto e trenta - dodici e trenta", and a range's "da"
    went inside the first time, "14:da 00 a 17:00")."""
    first, last = match.group(1), match.group(2)
    primary = lang.split("-")[0].lower()
    if primary == "es" and first.endswith("00") and last.endswith("00"):
        # whole hours: "de 9 a 13 horas", not "nueve en punto a trece en punto"
        return f"{int(first[:-3])} {to} {int(last[:-3])} horas"
    if primary != "it":
        return f"{first} {to} {last}"
    opened = re.search(r"\b(?:dalle|dall'|ore)\s*$", match.string[:match.start()], re.I)
    return f"{first} alle {last}" if opened else f"dalle {first} alle {last}"


_VOTE_RE = re.compile(r"(?<![\w.-])(\d{1,2})[-–](\d{1,2})(?= (?:vote|decision|split|majority|"
                      r"win|victory|defeat|loss|score)\b)")
"""A vote's or a score's tally, "(4-1 vote)", which ends below its start and so is no range:
said "four dash one"; "4 to 1"."""
_SCORE_RE = re.compile(r"(?<![\w.,:/-])(\d{1,2})[-–](\d{1,2})(?![\w/-]|[.,:]\d)")
_RESULT_BEFORE_RE = re.compile(r"\b(?:[Ww]on|[Ww]ins?|[Ll]ost|[Ll]ose|[Dd]rew|[Dd]rawn"
                               r"|[Bb]eat(?:en)?|[Dd]efeated|[Ss]core[sd]?|[Rr]esults?|FT|HT"
                               r"|[Ff]ull[ -]time|[Hh]alf[ -]time|v|vs|versus)\b\.?[^.;!?]{0,30}$")
_SCORE_AFTER_RE = re.compile(r" (?:up|down|lead|to (?:us|them|the \w+)|(?:in|at) (?:half|full)"
                             r"[ -]time)\b")
_SCORES_BEFORE_RE = re.compile(r"(?<![\w.,:/-])(?:\d{1,2}(?:[-–]| to )\d{1,2},?\s)+$")
_SCORE_NEXT_RE = re.compile(r",?\s\d{1,2}[-–]\d{1,2}(?![\w/-]|[.,:]\d)")
"""A score told by what follows it, "we went 1-0 up", "made it 4-1 to us", or one of a match's
games listed together, "Games 21-19, 18-21, 21-15", "Volleyball: 25-23, 25-21": a chess
club's match report (sweep CM) had "1-0 up" said "one dash zero up" and a badminton match
"twenty-one dash nineteen, eighteen to twenty-one", its rising game a range's. Each is said
"to", as a score after a word of results is."""
"""A match's score after a word of results (`_RESULT_BEFORE_RE`: "won", "beat", "FT", "v"
between teams, a Score column's "Score: "): a club's results, "We won 3-1, lost 1-2 … beat
Ashby 4-0", and its table's "3-1" under Score, left a pair that ends below its start (no
range) said "three dash one", where the rising "1-2" was "1 to 2": "3 to 1", as a vote's
tally is (`_VOTE_RE`). A falling pair with no such word before it stays, and so does one
named by its label ("results in Table 3-1", `_PAIR_LABEL_RE`, `_IDENTIFIER_LABEL_RE`)."""


SCORE_WORDS = {
    "fr": ("à", "score|victoire|défaite|battus?|gagn[ée]e?s?|perdue?s?|match nul|mi-temps"
                "|résultats?|contre"),
    "es": ("a", "resultado|marcador|victoria|derrota|gan[óa]|perdi[óo]|empate|descanso"
                "|contra"),
    "it": ("a", "risultato|punteggio|vittoria|sconfitta|vint[oa]|pers[oa]|pareggio|contro"),
    "pt": ("a", "resultado|placar|marcador|vitória|derrota|venceu|perdeu|empate|contra"),
    "de": ("zu", "Ergebnis|Endstand|Spielstand|Sieg|Niederlage|gewann|gewonnen|verlor"
                 "|verloren|Halbzeit"),
}
"""A score's word in other languages ("trois à un", "drei zu eins"), and the words of
results before it, as English's `_RESULT_BEFORE_RE`: a French club's "Score 3-1" was
"trois tiret un", a falling pair being no range. Not German's "gegen": "gegen Grippe 2-3
Tage" is a range, "bis"."""
_RESULTS_BEFORE_SCORE = {primary: re.compile(rf"\b(?:{results})\b[^.;!?\d]{{0,30}}$", re.I)
                         for primary, (_, results) in SCORE_WORDS.items()}
"""`SCORE_WORDS`' words of results, at most 30 characters before a score and with no stop
or number between."""


def _said_scores(text: str, primary: str) -> str:
    """`text` with each score after a word of results (`SCORE_WORDS`) said in the language
    `primary`, "trois à un"."""
    to = SCORE_WORDS[primary][0]
    results = _RESULTS_BEFORE_SCORE[primary]
    return _SCORE_RE.sub(lambda m: f"{m[1]} {to} {m[2]}" if results.search(
        m.string[max(0, m.start() - 40):m.start()]) else m[0], text)


def _in_a_list_of_scores(match: re.Match[str]) -> bool:
    """Whether a falling pair (`_SCORE_RE`) is one of a match's games listed together
    (`_SCORES_BEFORE_RE`, `_SCORE_NEXT_RE`), and the list no label's ("Tables 3-1, 3-2")."""
    before = _SCORES_BEFORE_RE.search(match.string, max(0, match.start() - 60), match.start())
    start = before.start() if before else match.start()
    return bool(before or _SCORE_NEXT_RE.match(match.string, match.end())) and not any(
        label.search(match.string, max(0, start - 12), start)
        for label in (_PAIR_LABEL_RE, _PAIR_LABELS_RE, _IDENTIFIER_LABEL_RE))


_PAIR_LABEL_RE = re.compile(r"\b(?:[Tt]able|[Ff]ig(?:ure)?\.?|[Cc]hart|[Ss]ection|[Cc]hapter"
                            r"|[Aa]ppendix|[Ff]orm|[Rr]ule|[Aa]rticle|[Cc]lause|[Pp]age"
                            r"|[Ss]tep)\s$")
_PAIR_LABELS_RE = re.compile(r"\b(?:[Tt]ables|[Ff]igures|[Ff]igs\.?|[Cc]harts|[Ss]ections"
                             r"|[Cc]hapters|[Pp]ages|[Rr]ules|[Aa]rticles|[Cc]lauses|[Ss]teps)\s$")
"""Labels of several pairs, "Tables 3-1, 3-2", which are no list of a match's scores."""
_IDENTIFIER_LABEL_RE = re.compile(
    r"\b(?:[Oo]rdinance|[Rr]esolution|[Bb]ill|[Cc]ase|[Dd]ocket|[Ll]aw|[Oo]rder|[Rr]egulation"
    r"|[Nn]umber|[Nn]o\.|NO\.|[Ee]xhibit|[Pp]ermit|[Ii]nvoice|[Rr]eference|[Rr]ef\.?)\s?$")
"""A word that names what the numbers after it are, "Ordinance 82-2011", "Case No.
54-89": one number, which was said as a range, "82 to 2011"."""


def _say_range(match: re.Match[str], to: str, lang: str) -> str:
    """A range, "2 to 4". Italian opens it with "da" ("da 10 a 20 mg"): "3 a 4" alone is
    how Italian says a score; after "per" it is "tre o quattro giorni", and a word that
    opens it already ("tra 2 e 3", "dalle 2") takes none."""
    first, last = match.group(1), match.group(3)
    if lang.split("-")[0].lower() != "it":
        return f"{first} {to} {last}"
    before = match.string[:match.start()].split()
    opening = before[-1].lower() if before else ""
    if opening == "per":
        return f"{first} o {last}"
    if opening in ("da", "dal", "dalla", "dalle", "dai", "dagli", "tra", "fra"):
        return f"{first} {to} {last}"
    return f"da {first} {to} {last}"


def ends_below_start(first: str, last: str) -> bool:
    """Whether whole numbers `first`-`last` end below their start, as a standard and its
    part do (ISO 3166-1), and a bulletin's year and number ("DGS-Urgent 2025-15"); not a
    year and its short end, "2019-20"."""
    if len(first) == 4 and len(last) == 2:
        return int(last) <= int(first[2:])
    return int(last) < int(first)


def is_range(first: str, last: str, after: str, measured: re.Pattern[str],
             dash: str = "-") -> bool:
    """Whether `first`-`last` is a range ("2-4", "1990-2000", "2500-5000 IU") rather than a
    telephone number or a code, which a leaflet joins with the same hyphen: a part of
    three digits or more that starts with 0 (0161-4960000), a part of five digits or more
    (99241-3813, a postcode 70719-900), or three digits then four, or two parts of four
    digits that are not years, with no measure after them (555-1234, Brazil's 3447-8019), or
    an end below its start joined by a hyphen (a standard and its part, ISO 3166-1; but a
    year's short end, 2019-20, is a range; and hours joined by an en dash, "open 9–5"), or
    a part padded with a zero to a width the other has not (Mexico's long-distance prefix
    and area code, "(01-461)"; a range is padded alike, "01-15"); round amounts rising
    ("800-1200", "1200-2200", up to three times the first: "650-3000" is a switchboard's
    number) are a range all the same; but not after an area code, "(212) 650-3000"; and
    parts of five digits rising to a measure, "50000-100000 UI", said "tiret", are one.
    `measured` finds a measure
    said in words, as the rules before this one leave it ("2500-5000 international units")."""
    if any(len(part) >= 3 and part.startswith("0") and not re.fullmatch(r"0[.,]\d+", part)
           for part in (first, last)):
        return False  # 0161-4960000; a Brazilian postcode, 70.790-054; not 0.25-0.5 mg
    if any(re.fullmatch(r"0\d+", part) for part in (first, last)) and len(first) != len(last):
        return False  # 01-461: a zero pads a code, never the start of a count
    if not (first.isdigit() and last.isdigit()):
        return True  # a decimal: 0.5-1 mg
    if max(len(first), len(last)) >= 5:  # a dose of vitamin D rising, "50000-100000 UI"
        return bool(measured.match(after)) and int(first) < int(last)
    if ends_below_start(first, last) and dash != "–":
        return False  # a standard's part, ISO 3166-1, was "da 3166 a 1"; 2019-20 is a range
    if len(last) == 4 and (len(first) == 3 or (
            len(first) == 4 and not all(1000 <= int(y) <= 2199 for y in (first, last)))):
        # 555-1234, 3447-8019; 250-1000 mg is a range, and so are round amounts rising,
        # an oral rehydration table's "800-1200 (4-6 tazas)", said "guion" and as a telephone
        return bool(measured.match(after)) or int(first) < int(last) <= 3 * int(first) and all(
            int(part) % 50 == 0 for part in (first, last))
    return True


def _card_unit(match: re.Match[str]) -> str:
    """A recipe card's unit (`_RECIPE_CARD_RE`) as the units' table writes it: "T" is
    "tbsp", "t" "tsp", and "C" a cup, or cups after more than one."""
    amount, unit = match[1], match[2]
    more = not re.fullmatch(rf"1|\d+/\d+|{_VULGAR}", amount)
    return f"{amount} " + {"T": "tbsp", "t": "tsp", "C": "cups" if more else "cup"}[unit]


def _value_written(number: str) -> str:
    """`number` as the value a unit after it agrees with: its power worked out, "10⁻³" is
    "0.001" (`_POWER`); a whole number and a fraction, "1½", its sum ("1.5"): a recipe's
    "1½ tsp salt" (sweep CI, BBC Good Food's form) reached the voice as written, "one a
    half tee-ess-pee"."""
    from decimal import Decimal

    if number[-1:] in "½¼¾⅓⅔" and number[:1].isdigit():
        return f"{int(number[:-1]) + unicodedata.numeric(number[-1]):.2f}"
    found = re.fullmatch(rf"({_NUMBER})({_POWER})", number)
    if not found:
        return number
    power = int(found.group(2).translate(str.maketrans("⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹", "-+0123456789")))
    return format(Decimal(found.group(1).replace(",", ".")) ** power, "f")


def _count(forms: tuple[str, ...], number: str, lang: str) -> str:
    """The singular or plural of `forms` after `number`, as `lang` chooses between them."""
    from handout.language import words_for

    return forms[0 if words_for(lang).says_singular(number) else 1]


def is_email_address(text: str) -> bool:
    """Whether `text` is an e-mail address and nothing else."""
    return bool(_EMAIL_RE.fullmatch(text))


_DON_RE = re.compile(r"(?<![\w.])D\.(?= ([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+))")
"""Spanish "D." before a name, "Atiende D. Juan Pérez": "don", as "Dña." is "doña" and
"Sr." "señor" (sweep BO, which found them left as written in a Spanish clinic's page)."""


def _is_don(match: re.Match[str]) -> bool:
    """Whether "D." (`_DON_RE`) is "don": before a name, not a word that opens a sentence
    ("el punto D. El resto"), and not an initial after a name ("Firmado: Juan D. Pérez"); a
    capital opening a sentence is no name ("Atiende D. Juan Pérez")."""
    if match[1].lower() in FUNCTION_WORDS["es"].split():
        return False
    name = re.search(r"(?<!\w)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s*$", match.string[:match.start()])
    opening = name and match.string[:name.start()].rstrip()[-1:] in ("", ".", "!", "?")
    return not name or bool(opening)


def ends_in_web_address(text: str) -> bool:
    """Whether `text` ends with a web address (`_URL_RE`), one ending in "/" too."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return bool(_URL_RE.fullmatch(last))


def _say_dots(text: str, lang: str) -> str:
    """`text` with its host names' dots said (`DOT_WORDS`), where its language's voice says
    nothing for them."""
    dot = DOT_WORDS.get(lang.split("-")[0].lower())
    return _HOST_RE.sub(lambda m: m.group().replace(".", f" {dot} "), text) if dot else text


def _host(host: str) -> str:
    return host.lower().removeprefix("www.")


_RUN_ON_SENTENCE_RE = re.compile(r"(?<![@\w.])([A-Za-z][\w-]*[a-z]{2})\.([A-Z][a-z]+)\b(?![.@])")
"""A sentence run into the next with no space, "in Apna complex.This account", "closed.Read
about": the voice took it for an address's dot ("complex dot this"). Not a name of an
address or an e-mail ("John.Smith@nhs.net", "Office@Surgery.Net", "Carers.Org":
`_run_on`)."""
HOST_ENDINGS = frozenset("com org net gov edu info biz io co uk us ca au nz ie eu".split())


def _run_on(found: re.Match[str]) -> str:
    """Two sentences run together (`_RUN_ON_SENTENCE_RE`) apart, but a host in capitals,
    and a name of two names joined by a dot, as a software's names are ("Spire.Doc",
    "Aspose.Words"), unless the second opens a sentence (`_OPENS_A_SENTENCE_RE`, "in
    London.The hall"): a prayer list's footer (sweep BL), "created with Spire.Doc for
    Python.", printed whole, was said as two sentences, "Spire. Doc for Python"."""
    if found.group(2).lower() in HOST_ENDINGS or found.group(1)[0].isupper() \
            and not _OPENS_A_SENTENCE_RE.fullmatch(found.group(2)):
        return found.group()
    return f"{found.group(1)}. {found.group(2)}"


_ARROW_RE = re.compile(r"\s*(?:→|⇒|-{1,2}>)\s*")
"""An arrow, or one typed as "->" (a Word numbered list's "1.2->1.1" was "1.2-more than
1.1", its ">" taken for a comparison, and "b. -> e." "b. - e.")."""


def _arrow_key(arrow: re.Match[str]) -> str:
    """An arrow alone (`_LONE_ARROW_RE`) as the key it is, "left arrow", after a word that
    presses a key (`_KEY_WORDS`, "use") or before "or", "and", "key": a Mac cheat sheet's
    "Press ← or → to move between pages" was "Press ← or, to move", the "→" taken for the
    pause between what leads to what (sweep AN). "A → B" stays "A to B" (`_said_arrow`)."""
    before = arrow.string[:arrow.start()].split()[-1:]
    after = arrow.string[arrow.end():].split()[:1]
    if before and before[0].lower() in _KEY_WORDS | {"use"} \
            or after and after[0].lower() in ("or", "and", "key", "keys"):
        return name_arrow(_TYPED_ARROWS.get(arrow.group(), arrow.group()))
    return arrow.group()


_NAMED_END_RE = re.compile(r"[*_“\"'(]*(?:[A-Z\d£$€¥￥~]|about\b)")
"""What opens a word that names a place, a thing or an amount either side of an arrow
(`_said_arrow`): a capital, a digit, a currency's sign, or "about" (a tilde said)."""


def _said_arrow(found: re.Match[str]) -> str:
    """An arrow between words: "to" between a word or two each side ("London → Paris", "1 →
    2"), or between two names or amounts however many words are around them, "Airport
    transfer HND → Akasaka (arrival)", "Fly London → Nice at 09:45", "Price £5 → £7 from May"
    (sweep BS, a travel budget and guides written by an assistant), which were said with a
    pause, "Fly London, Nice"; else the pause between what leads to what, as a reader makes
    one: a diabetes leaflet's "If you cannot keep fluids down → urgent medical care
    required" was "down to urgent medical care". Between words in lower case a pause still:
    "go red → green direct", "cancelled → rebooked" are no places, and "to" would say another
    thing. Between two equations, a worked answer's step, it is what a chemical equation's
    arrow is (`_EQUATION_ARROWS`), "gives": a maths worksheet's (sweep CP) "Common
    denominator = 12 → 2/3 = 8/12" was "12 to 2 divided by 3", a range. An energy guide's
    (sweep CX, 03-weather-energy-bills): after "from", "to" ("dropped from 280 kWh → 110 kWh"
    was "280 kilowatt hours, 110 kilowatt hours"); before a comparison, a pause ("cloudy days
    → more lighting" was "cloudy days to more lighting", where "wet days → more tumble dryer
    use" paused); and between an amount and a word, a pause ("£32–£40 → Accurate within 10%"
    was "32 pounds to 40 pounds to Accurate"). In a chain of arrows, a menu path, a pause at
    each: a Windows guide's "Settings → System → Storage → Advanced storage settings → Backup
    options" and "Right-click file → Cut → Navigate to destination" (sweep CT, D1) were
    "Settings to System to Storage to Advanced storage settings, Backup options" and "Cut to
    Navigate", where its paths with ">" pause."""
    before = re.split(r"[.,;:!?(\n]", found.string[:found.start()])[-1]
    after = re.split(r"[.,;:!?)\n]", found.string[found.end():])[0]
    chained = _ARROW_RE.search(before) or _ARROW_RE.search(after)
    before, after = before.split(), after.split()
    if "=" in before and "=" in after:
        return f" {_EQUATION_ARROWS['→']} "
    if chained:
        return ", "
    if "from" in (word.lower() for word in before):
        return " to "
    if after and after[0].lower() in _COMPARATIVES:
        return ", "
    if len(before) <= 2 and len(after) <= 2:
        return " to "
    named = before and after and all(_NAMED_END_RE.match(word) for word in (before[-1], after[0]))
    amounts = {bool(_AMOUNT_END_RE.match(word)) for word in (before[-1:] + after[:1])}
    return " to " if named and len(amounts) == 1 and not _OPENS_A_SENTENCE_RE.match(
        after[0].lstrip("*_")) else ", "


_AMOUNT_END_RE = re.compile(r"[*_“\"'(]*(?:[\d£$€¥￥~]|about\b)")
"""What opens an amount either side of an arrow (`_said_arrow`), of `_NAMED_END_RE`'s."""


_SHORT_PATH_RE = re.compile(r"/([A-Za-z][A-Za-z-]{1,19}|[a-z]+\.[a-z]+\.[a-z]+)/?")
"""A web address's path of one short word, "/signup", which a listener can type, or of
three words, a what3words location ("w3w.co/goats.fees.noises" was "w3w.co", the place
lost)."""


def _address(address: re.Match[str]) -> str:
    """A web address (`_URL_RE`) as it is said: its host, and its path when that is one
    short word ("examplelibrary.org/signup": an American library's leaflet sent its
    listeners to the host alone); a longer path is left to the page, as a listener could
    not take it down."""
    path = _SHORT_PATH_RE.fullmatch(address.group(0)[address.end(1) - address.start():])
    return _host(address.group(1)) + (f"/{path.group(1)}" if path else "")


def _apart(address: re.Match[str]) -> str:
    """A space before a web address glued to the stop or comma before it, "Official
    Statistics.http://www.ons.gov.uk/...": the voice read "Statistics dot web address"."""
    glued = address.start() > 0 and address.string[address.start() - 1] in ".,;:!?"
    return " " if glued else ""


def _say_time(match: re.Match[str]) -> str:
    """"10:30 p.m." as "10:30 PM", keeping the full stop when it also ends the sentence."""
    rest = match.string[match.end():]
    ends = match.group(0).endswith(".") and (not rest.strip() or re.match(r"\s+[A-Z]", rest)) \
        and not TIME_ZONE_AFTER_A_TIME.match(rest.lstrip())
    return f"{match.group(1)}:{match.group(2)} {match.group(3).upper()}M{'.' if ends else ''}"


_IN_HOURS_RE = re.compile(r"\d\d?:\d\d\s?(?:[–—-]|to)\s?12:00"
                          r"|12:00\s?(?:[–—-]|to)\s?\d\d?:\d\d")
"""A 24-hour time beside 12:00 in a range, which makes 12:00 noon."""


_MORNING_FROM_RE = re.compile(r"(?<![\d:])0(\d):[0-5]\d\s?(?:[–—-]|to)\s?$")
"""The start of a range on the 24-hour clock in the morning, "07:00–", which puts a later
hour before noon after it on that clock too: a bus timetable's "Peak Hours: 07:00–10:00"
was "7 AM to 10 o'clock"."""


def _say_zero_hour(match: re.Match[str]) -> str:
    """An hour written from zero (`_ZERO_HOUR_RE`) on the 12-hour clock: "0AM" as
    "midnight", "0:30AM" as "12:30AM", "01AM" as "1AM", "24:00" as "midnight"; "0PM" as
    written."""
    hour, minutes, half = match.groups()
    if half is None:
        return "midnight"
    if hour:
        return f"{hour}:{minutes}{half}" if minutes else f"{hour}{half}"
    if half.strip()[0] in "Pp":
        return match.group(0)
    return f"12:{minutes}{half}" if minutes not in (None, "00") else "midnight"


def _say_clock(match: re.Match[str], twenty_four: bool = False) -> str:
    """A time as an English speaker says it: a 24-hour time (after 12, or with a leading
    zero, or after such a morning's time in a range, `_MORNING_FROM_RE`, or beside such a
    time, `twenty_four`) on the 12-hour clock, "14:00" as "2 PM" and "09:30" as "9:30 AM",
    "00:00" as "midnight"; a whole hour as "8 o'clock" or "8 AM"; any other time as
    written. A bus timetable's row, "First bus: 10:10. Last bus: 20:00", was said "10:10
    … 8 PM", where "09:30" in the next was "9:30 AM" (sweep AQ, emf-travel)."""
    written, minutes, half = match.group(1), match.group(2), match.group(3)
    hour = int(written)
    morning = _MORNING_FROM_RE.search(match.string, max(0, match.start() - 12), match.start())
    if half is None and morning and int(morning.group(1)) < hour < 12:
        half = "A"
    if half is None and hour == 12 and minutes == "00" and (twenty_four or _IN_HOURS_RE.search(
            match.string, max(0, match.start() - 12), match.start() + 15)):
        return "noon"  # "12:00-14:00", said "12 o'clock to 2 PM"
    if half is None and twenty_four and 0 < hour <= 12:
        half = "A" if hour < 12 else "P"
    if half is None and (hour > 12 or hour == 0 or written.startswith("0")):
        if hour == 0 and minutes == "00":
            return "midnight"
        half, hour = "A" if hour < 12 else "P", hour % 12 or 12
    said = f"{hour}" if minutes == "00" else f"{hour}:{minutes}"
    return f"{said} {half}M" if half else said if minutes != "00" else f"{said} o'clock"


DATES_BEFORE = re.compile(r"\b(?:[Dd]ates?|[Dd]atum|[Ff]echas?|[Dd]ata|[Dd]ate|[Aa]ppointments?"
                          r"|[Cc]losed|[Rr]eopens?|[Dd]eadline|[Ss]tart(?:ing|s)?|[Bb]egin"
                          r"(?:ning|s)?|[Dd]ue|[Rr]esumes?|[Uu]ntil|[Ww]eek of|[Cc]ommencing"
                          r"|w/[bc])\b[^.;!?]*$")
"""A clause that speaks of dates, so that a day and month after it are one: "Clinic dates:
3/10, 10/10, 17/10" was "3 out of 10, 10 out of 10", a pain score's reading, and a county's
"Appointments for 2/9 and 2/10" "2 9 and 2 out of 10"; a course's "Week Starting: 1/5" and
"Homework is due 2/9", "1 5" and "2 9"; a school's parents' evenings, "w/b 14/10" and "w/c
4/11" (sweep DA), "week beginning 14 10" and "week commencing 4 11"."""


_ON_BEFORE_RE = re.compile(r"\b[Oo]n\s$")
""""On" before a day and month, which makes them a date: "On 1/14 at 11:00 PM"; but not a
share of what follows, "on 2/7 days", "on 5/8 of them" (`_SHARE_AFTER_RE`)."""
_SHARE_AFTER_RE = re.compile(r"\s(?:of|days|weeks|nights|occasions)\b")


def _say_day_month(match: re.Match[str], lang: str) -> str:
    """"31/03" as "31 de março", "31 marzo", "05/01" as "May 1" in American English, as
    CLDR writes a day and month in `lang`; as written unless a zero pads one of them, or
    the clause speaks of dates ("Clinic dates: 3/10, 10/10", `DATES_BEFORE`; in English,
    "on" before one only one order makes a day of, or any in American English), and it is a
    day of the year. In English such a one is read in that order, whatever the region, and
    with no region too: a fever diary's "Date" column, "| 1/14 | 11:00 PM |", and its "On
    1/14 at 11:00 PM" were said "one fourteen"."""
    from babel.dates import format_skeleton

    if match.group(0) in ("1/2", "1/3", "2/3", "1/4", "3/4"):
        return match.group(0)
    english, order = lang.split("-")[0].lower() == "en", day_first(lang)
    first, second = (int(number) for number in match.groups())
    one_order = english and (first > 12) != (second > 12)
    if one_order:
        order = first > 12
    if order is None:
        return match.group(0)
    day, month = match.groups() if order else reversed(match.groups())
    date = calendar_day(2024, int(month), int(day))  # a leap year: 29/02 is a day
    if date is None or not (day.startswith("0") or month.startswith("0")
                            or DATES_BEFORE.search(match.string, 0, match.start())
                            or (one_order or english and order is False)
                            and _ON_BEFORE_RE.search(match.string, 0, match.start())
                            and not _SHARE_AFTER_RE.match(match.string, match.end())):
        return match.group(0)
    if day_first(lang) is None:
        return english_date(date.day, date.month, None, order)
    return format_skeleton("MMMMd", date, locale=babel_locale(lang))


def _say_slashed_date(match: re.Match[str], lang: str) -> str:
    """A Danish or Norwegian day and month written with a slash, "den 23/4", as CLDR writes
    them, "23. april": a status page's "fra den 23/4 til den 11/5-2026" and its heading
    "17/1 kl. 15.10: Alle sites er oppe igen" were said "treogtyve skråstreg fire". Only
    where a word makes it a date: "den", a weekday, "fra" or "til" before it (but before
    a half or a quarter, "til 3/4"; Swedish "från", "till"), a deadline's word, "senast 1/3"
    (`_SLASHED_DATE_WORDS_RE`), a time after it, or a colon after it opening a heading or a
    line; "1/2 liter" is half a litre."""
    from babel.dates import format_skeleton

    from handout.read.numbers import VULGAR_FRACTIONS

    date = calendar_day(2024, int(match.group(2)), int(match.group(1)))
    before, after = match.string[:match.start()], match.string[match.end():]
    word = last_word(before).rstrip(".")
    if date is None or not (
            word in ("den", "d") or word in calendar_names(lang).weekdays
            or _SLASHED_DATE_WORDS_RE.search(before)
            or word in ("fra", "fom", "til", "tom", "från", "till")
            and match.group() not in VULGAR_FRACTIONS
            or _SLASHED_DATE_AFTER_RE.match(after)
            or not before.strip(" #*") and after.startswith(":")):
        return match.group()
    return format_skeleton("MMMMd", date, locale=babel_locale(lang))


def _say_dotted_day_month(match: re.Match[str], lang: str) -> str:
    """A day and month written "1.3." (`_DOTTED_DAY_MONTH_RE`) as CLDR writes them in `lang`,
    "1. března", its last stop kept where it ends the text, as a sentence's stop; not a
    version's or a clause's number (`numbers.POINT_NUMBERED`)."""
    from babel.dates import format_skeleton

    from handout.read.numbers import POINT_NUMBERED

    date = calendar_day(2024, int(match.group(2)), int(match.group(1)))
    if date is None or POINT_NUMBERED.search(match.string, 0, match.start()):
        return match.group()  # a version's or a clause's number, "wersja 2.1."
    written = format_skeleton("MMMMd", date, locale=babel_locale(lang))
    return written + ("." if not match.string[match.end():].strip() else "")


def _say_year_first_date(match: re.Match[str], lang: str) -> str:
    """"2025/09/24" as the ISO date it is (`_say_date`); as written if it is no date."""
    year, month, day = (int(part) for part in match.groups() if part) if match.groups() else \
        (int(part) for part in re.findall(r"\d+", match.group()))
    iso = _ISO_DATE_RE.match(f"{year}-{month:02}-{day:02}")
    said = _say_date(iso, lang)
    return match.group(0) if said == iso.group(0) else said


PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
                  "دی", "بهمن", "اسفند")
"""The months of Iran's solar calendar, in which its documents date things: "1402/12/25" was
said "1402 slash 12 slash 25", the slash in English."""


def _persian_date(match: re.Match[str], lang: str) -> str:
    """A date written year first in Persian: in Iran's solar calendar (years 1300 to 1499)
    as its day, month and year are said, "25 اسفند 1402"; else as a Gregorian date
    (`_say_year_first_date`)."""
    year, month, day = (part for part in match.groups() if part)
    if 1300 <= int(year) < 1500 and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        return f"{day.lstrip('0۰') or day} {PERSIAN_MONTHS[int(month) - 1]} {year}"
    return _say_year_first_date(match, lang)


NEPALI_MONTHS = ("बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ",
                 "फागुन", "चैत")
"""The months of the Bikram Sambat, the calendar Nepal dates things in: "२०८१/०५/१२ गते" was
said with the English "slash" and "zero five" (sweep BH)."""


def _nepali_date(match: re.Match[str], lang: str) -> str:
    """A date written year first in Nepali: in the Bikram Sambat (years 2060 to 2199, where
    the Gregorian calendar's would be to come) as its year, month and day are said, "२०८१
    भदौ १२", the "गते" written after the day kept; else as a Gregorian date
    (`_say_year_first_date`), as `_persian_date` does."""
    year, month, day = (part for part in match.groups() if part)
    if 2060 <= int(year) < 2200 and 1 <= int(month) <= 12 and 1 <= int(day) <= 32:
        return f"{year} {NEPALI_MONTHS[int(month) - 1]} {int(day)}"
    return _say_year_first_date(match, lang)


def _weekday_date(match: re.Match[str], order: bool | None) -> str:
    """A weekday and its day and month (`_WEEKDAY_DAY_MONTH_RE`) said as a date: "Friday 6
    December" where the day comes first (`day_first`), "Friday June 12" where the month
    does; as written where English has no region to say which, unless one order alone
    makes a day of it ("Fri 1/14", as `_say_day_month` reads one)."""
    day, month = (int(match.group(2)), int(match.group(3)))
    if order is None and (day > 12) != (month > 12):
        order = day > 12
    if order is False:
        day, month = month, day
    if order is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return match.group(1) + english_date(day, month, None, order)


def english_date(day: int, month: int, year: int | None, order: bool | None) -> str:
    """A date as English says it where the month is written first (`order` False, as
    `day_first` gives it): "December 3, 2025"; elsewhere "3 December 2025"."""
    if order is False:
        return f"{MONTHS[month - 1]} {day}" + (f", {year}" if year else "")
    return f"{day} {MONTHS[month - 1]}" + (f" {year}" if year else "")


def _say_slug_date(match: re.Match[str], lang: str) -> str:
    """A title's words and date joined by hyphens (`_SLUG_DATE_RE`), parted by spaces, and a
    range of days in one month as a reader says it: "8 to 14 December 2025" ("14" an ISO
    date for `_ISO_DATE_RE` to say), "December 8 to 14, 2025" where the month comes first."""
    words, year_month, first, last, after = match.groups()
    if not (words or last or after) or last and int(last) <= int(first):
        return match.group()
    date = f"{year_month}{first}"
    if last and day_first(lang) is not False:
        date = f"{int(first)} to {year_month}{int(last):02d}"
    elif last:  # "December 8, 2025": "December 8 to 14, 2025"
        said = _ISO_DATE_RE.sub(lambda m: _say_date(m, lang), date)
        year = f", {year_month[:4]}"
        date = said.replace(year, f" to {int(last)}{year}") if year in said \
            else f"{said} to {int(last)}"
    return " ".join(filter(None, (words.replace("-", " ").strip(), date,
                                  after.replace("-", " ").strip())))


def _say_date(match: re.Match[str], lang: str) -> str:
    """An ISO (2024-03-05) or numeric (05/03/2024) date written out: 5 March 2024; month
    first where the language and region write it so (12/25/2024 in Puerto Rico's Spanish,
    12/03/2025 in American English: December 3, 2025, as an American says it; the voice
    said "twelve slash zero three slash..."). English with no region may be either, so
    there a date only one order makes a day of is read (03/15/2026), and 12/03/2025 is
    left as written; so is one an American handout writes with another mark than a slash,
    which is how the rest of the world writes a day first ("11-01-2012")."""
    import datetime as dt

    parts = match.groups()
    year, month, day = (int(parts[0]), int(parts[1]), int(parts[2])) if len(parts) == 3 \
        else (int(parts[3]), int(parts[2]), int(parts[0]))
    if year < 100:  # "01/04/25": this century's, as a form's dates are
        year += 2000
    english = lang.split("-")[0].lower() == "en"
    order = day_first(lang)
    if len(parts) == 4 and order is False:
        month, day = day, month
    if len(parts) == 4 and month > 12 >= day:
        month, day = day, month  # only one order is a day: a US form's 12/25/2024 in Mexico
    elif len(parts) == 4 and day <= 12 and day != month and (
            order is None or order is False and parts[1] != "/"):
        return match.group(0)  # either order: "11-01-2012" in docx4j's guide, from Denmark
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return match.group(0)
    if english:
        return english_date(day, month, year, order)
    from handout.language import long_date

    written = long_date(date, lang)
    if written[-2:-1].isdigit() and written.endswith(".") \
            and match.string[match.end():match.end() + 1] == ".":
        return written[:-1]  # Hungarian's "2024. június 15." ending a sentence: one stop
    return written


# --- Sentences ---------------------------------------------------------------------------

SENTENCE_ABBREVIATIONS = {
    "en": "mr mrs ms dr prof st ste no nos vs approx tel ext max fig e.g i.e cf viz jan feb mar "
          "apr jun jul aug sep sept oct nov dec p pp al vol ch eq sr rev revd cllr reg rm exc excl "
          "incl inc dept smt rs est avg fr br mgr msgr rt cal civ tex prop",
    "es": "sr sra srta sres dña dr dra lic ing prof ud uds núm n.º no tel p.ej ej e.g i.e "
          "aprox pág fdo "
          "fig av avda dto art mín máx vol cía ee uu ee.uu col del mpio edo fracc blvd calz esq "
          "ote nte",
    "fr": "m mme mlle mm dr pr me st ste no n° tél p.ex ex e.g i.e env fig cf av bd boul art vol p "
          "min "
          "max réf janv févr avr juil oct nov déc",
    "it": "sig sigg sig.ra dott dott.ssa prof ing avv gent n tel es e.g i.e fig pag ca art vol "
          "min max cod co lett d.lgs d.p.r immatr",
    "pt": "sr sra srta dr dra prof eng n nº n.º núm tel p.ex ex e.g i.e aprox pág fig av art "
          "sen dep gov "
          "vol "
          "min máx esq dto lg trav enf téc",
    "de": "dr prof nr tel str z.b b bzw ca vgl ggf evtl inkl max min abs allg bspw d.h i.h.v "
          "s u.a z d h u a o hr fr std tgl tbl kps trpf med bzgl zzgl mind abb zt tägl evt i.d.r "
          "abt erw i.v.m incl gem o.g geb psych b.sc m.sc ehem dres e exkl ö.ä v.a st",
    "nl": "dr prof nr tel bijv o.a ca d.w.z m.b.t i.p.v blz bv i.v.m incl excl ong dhr mevr mw "
          "t.o.v e.d d.m.v "
          "max min p jan feb mrt apr jun jul aug sep sept okt nov dec",
    "pl": "dr prof nr tel ul godz lek np tzn ok ww św mgr inż tj m.in zob tabl al proc poz ew "
          "dz.u ust art pkt",
    "sk": "č čl ods písm tel ul napr atď resp tzv zb mudr ing mgr doc prof kl",
    "da": "kl ca bl.a f.eks dvs nr tlf jf osv evt inkl mht d st",
    "nb": "kl ca bl.a f.eks dvs nr tlf jf osv evt inkl mht kap st",
    "no": "kl ca bl.a f.eks dvs nr tlf jf osv evt inkl mht kap st",
    "sv": "kl ca bl.a t.ex dvs nr tel jfr osv o.s.v m.m inkl fr.o.m t.o.m kap st",
    "fi": "esim jne yms ym mm ns tms ks vrt puh klo n ao yo",
    "id": "dll dsb yth tsb telp tlp jl jln kec no dr rp", "ms": "jl jln no dr",
    "ca": "p.ex ex etc aprox tel núm sr sra dr dra",
    "cs": "č čl odst písm tel ul např atd tzv sb mudr ing mgr doc prof kl tzn cca zjm",
    "tr": "dr prof doç uzm op mah cad sok bulv apt no",
    "ru": "д ул г гг т.е др стр с тел им см рис тыс млн т е т.к напр табл кв",
    "uk": "д вул м с див стор тел рис тис млн т буд кв",
    "ro": "dl dna dr prof ing nr str bd bld sos cal tel ex aprox art alin lit pct pag crt "
          "fig vol min max jud mun cap",
    "vi": "bs ts ths pgs gs tp",
    "el": "τηλ κ κα δρ οδ αρ π.χ βλ κλπ",
}
SENTENCE_ABBREVIATIONS["is"] = "kl t.d o.s.frv nr"
SENTENCE_ABBREVIATIONS["ar"] = SENTENCE_ABBREVIATIONS["en"] + " أ.م.د أ.د ص.ب"
SENTENCE_ABBREVIATIONS["bg"] = SENTENCE_ABBREVIATIONS["en"] + " тел ул"
SENTENCE_ABBREVIATIONS["hu"] = SENTENCE_ABBREVIATIONS["en"] + " u krt kb pl ill"
SENTENCE_ABBREVIATIONS |= dict.fromkeys(
    ("hi", "mr", "ne"),
    SENTENCE_ABBREVIATIONS["en"] + " से मि.मि मि.मी से.मी से.मि कि.मी कि.मि मि.ली कि.ग्रा रु रू"
    " ई.पू")
SENTENCE_ABBREVIATIONS |= {primary: SENTENCE_ABBREVIATIONS["en"] + " " + rupee for primary, rupee
                           in (("ta", "ரூ கி.மு கி.பி"), ("kn", "ರೂ"), ("te", "రూ"), ("ml", "രൂ"),
                               ("gu", "રૂ"), ("pa", "ਰੁ"), ("bn", "tk"),
                               ("si", "රු පෙ.ව ප.ව"))}
SENTENCE_ABBREVIATIONS |= {primary: SENTENCE_ABBREVIATIONS[primary] + " डॉ डा मो श्री प्रो"
                           for primary in ("hi", "mr", "ne")}
"""Words that end with a full stop without ending a sentence, by language (lower case,
without their final full stop). A single capital followed by a full stop (an initial) or
dotted capitals ("U.S.") never end a sentence either. ("p.m." and "etc." are not listed,
nor its like, "usw.", "enz.", "itd.", "itp.", "т.д.", "т.п.": a time, or a list cut short,
often ends a sentence: "sciroppi ecc. Poi riposi" was one, and so were "Säfte usw. Danach
ruhen Sie" and "навчанням і т.д. Вартість".) Ukrainian and Russian "с.", a page ("на с.
3"), ends none; nor do the Devanagari units' shortenings, "३६ °से. भए", "६० मि.मि. भए" (a
Nepali crop calendar's), which cut their sentence in two after the unit, nor India's other
shortenings of the rupee, "ರೂ. 250", "ரூ. 250", nor Indonesia's, "Rp. 50.000", nor the
eras of Hindi and Tamil, "300 ई.पू. में", "கி.மு. 300" (sweep AU), which `SPOKEN_ABBREVIATIONS`
says in full. Nor do the titles before a Hindi or Marathi name, "डॉ. शर्मा", "श्री. राम",
"प्रो. वर्मा", nor "मो." before a mobile's number, Bengali's taka, "Tk. 500", nor Sinhala's
rupee and its morning and afternoon, "රු. 1,00,000", "පෙ.ව. 10.30": each cut its sentence
in two, a pause in a name or a price and a caption of its own (sweep CN)."""

ENDS_BEFORE_A_CAPITAL = {"es": {"uu", "ee.uu"}}
"""Abbreviations of a name, which end a sentence when a capital letter follows (not a
bracket, "de EE.UU. (VA)"): Spanish "EE. UU.", the United States, ended "Es de EE. UU.
Visite USAGOV", which was said as one sentence, "Estados Unidos Visite"."""

ENDS_BEFORE_AN_OPENING = frozenset({"dept", "approx", "max", "tel", "ext", "incl", "inc", "excl",
                                    "exc", "cal", "civ", "tex", "prop"})
"""English abbreviations of a word that ends a phrase, no title before a name: their stop
ends a sentence when a word that opens one follows (`_OPENS_A_SENTENCE_RE`), "If in doubt,
call the Fire Dept. They will send someone." (sweep BB), which was one sentence, said "the
Fire Department They will"; "Dept. of Health" goes on, and so does "Dr. Smith", and "£10
inc. VAT", which was two sentences, "10 pounds including." then "VAT". And the words US
statutes are cited by, "Cal. Civ. Code §1950.5", "Tex. Prop. Code", "Real Prop.", which
cut a US page's citations (sweep CL, deposit-limits line 112) into five sentences, "Cal."
then "Civ." then "Code §1950.5"."""

_ETC_IN_A_NAME_RE = re.compile(r"Acts?\b|[A-Z][a-z]+ (?:1[89]|20)\d\d\b")
"""What goes on with a name after "etc.": "the Health and Safety at Work etc. Act 1974" (a
fire evacuation plan, sweep BB, fire-evac line 6) was cut after "et cetera.", the Act
said alone; an Act, or a capitalised word before a year ("Regulations 1999"). Before
other capitals "etc." ends its sentence, as "Säfte usw. Danach" does."""

TIME_ZONE_AFTER_A_TIME = re.compile(
    r"\(?(?:[ECMPA]|AK|H)[SD]?T\b|UTC\b|GMT\b|BST\b|(?:Eastern|Central|Mountain|Pacific|Alaska|"
    r"Hawaii|Atlantic)\b")
"""A time zone after "a.m." or "p.m.", which goes on with the time's sentence: "We're open
Monday through Friday, 9:00 a.m. to 6:00 p.m. ET." (the VA's style guide, as every VA.gov
page writes office hours) was two sentences, the second "ET.", said alone after a pause."""

DOTTED_DAY_MONTH_LANGUAGES = frozenset({"fi", "da", "nb", "no", "nn"})
"""Languages that write a day and month with no year, and no space, as "24.12." (their
notices' "auki 24.12. alkaen", "Lukket 24.12. og 31.12.", "Stengt 24.12."): said as
numbers with "point", "kaksikymmentäneljä piste kaksitoista" (sweep CO); as dates, with
`SPACED_DATE_LANGUAGES`."""
SPACED_DATE_LANGUAGES = frozenset({"cs", "sk", "pl", "sl", "hr", "sr", "bs", "de"})
"""Languages that write a date's day and month each with a stop and often a space after
it, "1. 3. 2021", "od 1. 3. do 15. 3.", as Czech and Slovak do: its stops ended sentences
("Očkovat začneme od 1." and "3. 2021."), and its parts were said as numbers."""
_SPACED_DOTTED_DATE_RE = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])"
                                    r"\.(?:\s(?:19|20)\d\d(?![\d.,]\d))?(?=[\s,.;:)]|$)")
"""A day and month, and perhaps a year, written with a stop and a space after each part
(`SPACED_DATE_LANGUAGES`)."""
_DOTTED_DAY_MONTH_RE = re.compile(r"(?<![\w.,])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\."
                                  r"(?=[\s,;:)]|$)")
"""A day and month with a stop after each and no year, "od 1.3.", "Od 1.03.": said "od jeden
tečka tři" in Czech, and as a time in Polish, "od pierwszej 03"; and in Finnish, as its
libraries' notices write them (sweep CO), "auki 24.12. alkaen", "kaksikymmentäneljä piste
kaksitoista", and "juhannuksena 21.–24.6.", now "24. joulukuuta", "21.–24. kesäkuuta"."""
_DOTTED_YEAR_FIRST_RE = re.compile(r"(?<![\d.])(?:19|20)\d\d\.\s?(?:0?[1-9]|1[0-2])\.\s?"
                                   r"(?:0?[1-9]|[12]\d|3[01])\.")
"""A date as Korean and Hungarian write it, year first with a stop after each part, "2024.
3. 15.": its stops end no sentence (it was said as three)."""
STREET_TYPES = frozenset("ave st rd blvd dr ln ct pl pkwy hwy ter sq".split())
"""A street's type, shortened, which ends no sentence before a quadrant ("Ave. NW")."""
BEFORE_A_NUMBER = {"de": re.compile(r"(?i)art|[^\W\d_]+str|p"),
                   "en": re.compile(r"(?i:secs?|tk|art|paras?|ss|sch)|c"),
                   "es": re.compile(r"(?i)ext"),
                   "sw": re.compile(r"[KTU]?Sh|Ksh"),
                   **dict.fromkeys(("ru", "uk"), re.compile(r"(?i)ч|ст|пп|п")),
                   **dict.fromkeys(("nb", "nn", "no", "da", "is", "sv"),
                                   re.compile(r"kr|(?i:art)"))}
"""Words whose full stop ends no sentence when a number follows, and may end one otherwise:
German "Art. 15 DSGVO", a law's article, was two sentences, and so was a street's address,
"Talstr. 32"; "auf diese Art." ends one. English "Sec. 1", a section (`_SECTION_RE`), was
two sentences too, and "built c. 1850", circa (`_CIRCA_RE`), and the taka's "Tk. 500", and
a law's article, paragraph, sections and schedule, "Art. 6 para. 1" (`LAW_PARTS`); and
a Norwegian clinic's "Påfyll kr. 220", its crowns before their amount; a Mexican
office's extension after its telephone number, "973-7000 ext. 1029"; and a Russian or
Ukrainian law's parts, "ч. 2 ст. 5" (`SLAVIC_LAW_PARTS`); and a Swahili shilling before
its amount, "Ada ni Sh. 500 kwa mtu." (`LOCAL_CURRENCY_NO_COUNTRY`), "KSh. 1,500"; and a
German page's "p. 12" (`_GERMAN_PAGE_RE`)."""

HAND_NUMBER = r"(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4})"
"""A list item's number written by hand: "1", "a", "iv"."""
_MARKER_ONLY_RE = re.compile(rf"\s*{HAND_NUMBER}")
"""What opens a list item numbered by hand (Govspeak's legislative lists, "1. Item 1"; a
Word paragraph that types its number, "1. Introduction"), which ends no sentence: the
number was said alone, then its words, as two utterances."""
_INLINE_ITEM_NUMBER_RE = re.compile(r"(?<=[^\W\d]|[)])[:,] \d{1,2}$")
"""An item's number in a list run into a sentence, after a word's colon or comma and a
space, "Area of knowledge: 1. Exact Sciences, 2. Engineering": its stop ends no sentence
before the item's capital. A Spanish guide in a Word file (sweep CB, "ÁREA DEL
CONOCIMIENTO: 1. Ciencias Exactas, 2. Ingeniería…") was said "…CONOCIMIENTO: uno." then
"Ciencias Exactas, dos.". Not a ratio's or a time's "1:10." nor notes' "vomiting,2."."""
_NEXT_ITEM_NUMBER_RE = re.compile(r"[,;] (\d{1,2})$")
"""An inline list's next item's number after a comma, whatever ends the item before, when
the item before was numbered one less in the same sentence (`_INLINE_ITEM_NUMBER_RE`): a
half marathon's results (sweep CM), "Results: 1. J. Smith 2:17:53, 2. A. Jones 2:19:01.",
were cut after "2:17:53, 2.", the first place's time and the second's number one sentence,
his name the next. A comma after a number with no item before it still lets a stop end
one."""

LINE_SEPARATOR = "\u2028"
"""A line break's line end in the text `sentence_spans` cuts (`script.text_of`)."""

_LABELLED_LINE_RE = re.compile(rf"{LINE_SEPARATOR}\s*(?=\(?(?:[a-z]|[ivx]{{1,5}}|\d{{1,3}})"
                               r"[.)]\)?\s|[^\W\d_]{2,20} \d{1,3}(?: ?[:.)]| [-–—])\s"
                               rf"|(?:(?<![^\W\d_,]{LINE_SEPARATOR})|(?![a-zà-öø-ÿ]))"
                               rf"[^\s:#>*|<\\-][^:\n{LINE_SEPARATOR}]{{0,40}}:[ \t]+\S"
                               r"|[QA]\.\s"
                               rf"|[^\n{LINE_SEPARATOR}]{{1,40}}?\s[=→⇌]\s"
                               r"|[^\W\d_]{1,2} [-–—] )")
"""Where a line that opens with its own label starts after a line break, which starts a
sentence, whether or not the line before ends with a stop: a letter or a Roman numeral in
lower case, "b. We may", "(ii) to", or a word and a number, "Step 2: Put", "Day 2 - take"
(`generators.LetteredLines`); a field's label, "Email: help@example.org", or an answer's,
"A. About two weeks" (`generators.FieldLines`); or an equation's left side, "h = 6.626 ×
10⁻³⁴ J s", a row of maths (`generators.EQUATION_ROWS`), which ran into the row before,
"… 10⁻¹⁹ C h = 6.626 …" (sweep CP's physical constants); or a letter's meaning, "u -
initial velocity" (`generators.DEFINITION_LINE`). Not a label in small letters after a
line that ends in a word or a comma, which is the sentence going on: a poem's (sweep CW, D7)
"again and again it dies and dies" over "its bits of deaths: it seeps into its earth" was
cut into two sentences there, each said and highlighted apart."""

DOSAGE_FORMS = frozenset("cp cps comp cpr tab tabs inj fl".split())
"""Shortened dosage forms ("1 comp.", "2 cp."), after which a number goes on with the
sentence: "Tome 1 comp. 3 veces al día" was two sentences, with a pause between."""


SPACED_STOPS = ".!?…।॥።؟۔։။"
"""Marks that end a sentence followed by a space: Latin, Greek and Cyrillic's, the Indic
danda and double danda, Ethiopic's full stop (Amharic, Tigrinya), Arabic's question mark
and Urdu's full stop, Armenian's and Myanmar's full stops."""

UNSPACED_STOPS = "。！？｡"
"""Marks that end a sentence with no space after them (Chinese, Japanese)."""
_CJK_OPENING, _CJK_CLOSING = "（「『(“【〔", "）」』)”】〕"
"""Brackets and quotes of Chinese and Japanese: a stop inside them ends no sentence."""

_SENTENCE_END = re.compile(
    rf"[{SPACED_STOPS}]+[\"”’»)\]]*(?:{CITATION_MARK})*(?=\s+[\"“‘«(\[¿¡]?[\w£$€])"
    rf"|[{UNSPACED_STOPS}]+[」』”’）)]*\s*(?=\S)")
_GREEK_SENTENCE_END = re.compile(_SENTENCE_END.pattern.replace(SPACED_STOPS, SPACED_STOPS + ";"))
"""Greek's question mark is the semicolon's sign (";", as U+037E becomes once normalised),
which ends a sentence before a capital: a help page's "Χρειάζεστε επίσημη υποστήριξη; Το
πρώτο πράγμα…" (sweep CG, el-ethereum-support) was one sentence, one caption and one
highlight, where "Need help? Call us." is two."""


def _starts_sentence(character: str) -> bool:
    """Whether a word beginning with `character` may start a sentence: a capital, a digit,
    a currency's sign ("7pm. £4 a ticket"), an opening quote or bracket, or a letter of a
    script without capitals (Arabic, Hebrew, Devanagari, Chinese...), where a stop is all
    there is to go by."""
    return (character.isupper() or character.isdigit() or character in "\"“‘«(¿¡[「『（£$€"
            or (character.isalpha() and not character.islower()))


_OPENS_A_SENTENCE_RE = re.compile(r"(?:This|The|These|That|It|We|They|You|There|Then|But|"
                                  r"So|If|In|On|For|When|Our|Your|Please|Thank)\b")
"""An English word that opens a sentence and is no surname: a letter with a stop before it
ends one, "the Likert package in R. This is really good" (a meeting's notes), where an
initial's stop does not ("J. Smith")."""
_TURKISH_ORDINAL_RE = re.compile(r"(?<![\d.,])(\d{1,3})\.(?=\s(?:Sokak|Sokağı|Sok\.|Sk\.|Cadde|"
                                 r"Caddesi|Cad\.|Kat|Blok|Daire|Sınıf|Bulvar|Bulvarı"
                                 r"|(?i:derece|doz|gün|hafta|ay|yıl|dönem|aşama|evre|bölüm"
                                 r"|madde|basamak))\b)")
"""A Turkish street's, floor's or class's number, written as an ordinal ("101. Sokak", "5.
Kat"): it ended a sentence, and the voice said "yüz bir" and paused; and a degree's,
dose's or day's ("1. Derece bilinç kaybı", a first-aid guide's, "bir. derece")."""
_DOTTED_ORDINAL_RE = re.compile(r"(?<![\d.,])(\d{1,3})\.(?=\s[^\W\d_])")
"""A number with its stop before a word, which in Turkish and Hungarian is an ordinal
where the word is in lower case: "3. katta", "a 3. emeleten" (sweep CG) were said "üç.
katta", "a három. emeleten", the number and a stop. Their ordinals agree with nothing
("üçüncü katta", "a harmadik emeleten"). Not a Hungarian date's day after its month,
"március 23. óta", which espeak-ng says as the date."""
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\s+$")
_COUNTY_RE = re.compile(r"(?<![\w.])Co\.?\s(?=(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry"
                        r"|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois"
                        r"|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan"
                        r"|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford"
                        r"|Wicklow|Durham)\b)")
""""Co." before an Irish county's name, as Irish and Northern Irish addresses write it (and
"Co. Durham"): a scraped Irish page's "Dún Laoghaire, Co. Dublin. Tel: (01) 205 4700"
(sweep CL, ie-homeless-agencies line 58) was said "co", and its stop ended a sentence in
the middle of the address (`sentence_spans`). Not a company's "& Co.": "County"."""
_EXAMPLE_BEFORE_QUOTE_RE = re.compile(r"(?<![\w.-])Ex\.(?=\s+[\"“‘'])")
"""An example in quotation marks after "Ex.", 'Ex. "Take it daily."': "For example:", as
"Ex:" is (`ABBREVIATIONS`), and no sentence's end."""
_BRACKET_CLOSES_RE = re.compile(r"[^.!?()]{0,20}\)")
"""What follows a stop in brackets that closes them before any other stop, soon."""


def _ends_a_sentence(abbreviation: str, after: str) -> bool:
    """Whether an English `abbreviation`'s stop, `after` following it, ends a sentence as
    `sentence_spans` reads it: before a capital, unless the stop is one of those that end
    none (`SENTENCE_ABBREVIATIONS`), or before a word that opens a sentence after one that
    ends a phrase (`ENDS_BEFORE_AN_OPENING`). A heat-stroke table's row (sweep BB, line
    461), whose first cell "Core Temp" was given its stop as every cell is, was said "Core
    Temperature Heat Exhaustion: …", the stop taken with the abbreviation's."""
    word, after = abbreviation.removesuffix(".").lower(), after.lstrip()
    if word == "etc" and _ETC_IN_A_NAME_RE.match(after):
        return False  # "the Health and Safety at Work etc. Act 1974"
    if word in ("jr", "inc"):
        return False  # "Jr. High School", "£10 inc. VAT"
    return after[:1].isupper() and word not in SENTENCE_ABBREVIATIONS["en"].split() or (
        word in ENDS_BEFORE_AN_OPENING and bool(_OPENS_A_SENTENCE_RE.match(after)))


def sentence_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; the spans cover it end to end, each sentence
    keeping the spaces that follow it. A stop ends a sentence when a space and a word follow
    (or anything at all, after a Chinese or Japanese stop) and the word before it is not an
    abbreviation of `lang` or an initial; a following word in lower case ("e.g. water")
    continues the sentence. A line that opens with its own label after a line break starts
    one (`_LABELLED_LINE_RE`)."""
    known = set(SENTENCE_ABBREVIATIONS.get(lang.split("-")[0].lower(),
                                           SENTENCE_ABBREVIATIONS["en"]).split())
    spans, start = [], 0
    ordinals = _german_ordinal_stops(text) | {m.end() for m in _GERMAN_OTHER_RE.finditer(text)} \
        if lang.split("-")[0].lower() == "de" else {
            m.end() for m in _TURKISH_ORDINAL_RE.finditer(text)} \
        if lang.split("-")[0].lower() == "tr" else {
            date.start() + stop.end() for date in _DOTTED_YEAR_FIRST_RE.finditer(text)
            for stop in re.finditer(r"\.", date.group())} \
        if lang.split("-")[0].lower() in ("ko", "hu") else set()
    if lang.split("-")[0].lower() in SPACED_DATE_LANGUAGES:  # "od 1. 3. do 15. 3. 2021"
        ordinals |= {date.start() + stop.end() for date in _SPACED_DOTTED_DATE_RE.finditer(text)
                     for stop in re.finditer(r"\.(?=\s\d)", date.group())}
    if lang.split("-")[0].lower() == "lt":  # "gegužės 24 d. (antradienio)", "2023 m. Kalėdos"
        ordinals |= {found.end() for found in _lithuanian_day_pattern(lang).finditer(text)
                     if not _stop_ends_a_sentence(found)}
        ordinals |= {found.end() for found in _YEAR_MARK_RE["lt"].finditer(text)}
    lines = [found.end() for found in _LABELLED_LINE_RE.finditer(text)]
    leaders = {at for found in _LEADER_RE.finditer(text) if _is_leader(found)
               for at in range(found.start(), found.end())}  # no stops, but a pause

    def start_labelled_lines(until: int) -> None:
        nonlocal start
        while lines and lines[0] <= until:
            line = lines.pop(0)
            if start < line:
                spans.append((start, line))
                start = line

    ends = _GREEK_SENTENCE_END if lang.split("-")[0].lower() == "el" else _SENTENCE_END
    for end in ends.finditer(text):
        start_labelled_lines(end.start())
        # an Indic script's vowel signs and virama are no \w: "से." is one word; so are
        # Thai's, whose month "มิ.ย." ended a sentence, its year the next (sweep CH)
        word = re.search(r"([\w.\u0900-\u0963\u0966-\u0dff\u0e31-\u0e3a\u0e47-\u0e4e]+)[.!?…]*$",
                         text[start:end.start() + 1])
        before = (word.group(1) if word else "").rstrip(".")
        after = text[end.end():].lstrip()
        # An initial, "J. Smith"; not a unit's letter after a number or sign ("20°C. Do"),
        # or a form's joined to its number ("el anexo 3-A. Luego"), nor a code's volume
        # after its name ("nach § 60 SGB V. Die Zuzahlung").
        initial = len(before) == 1 and before.isupper() and not re.search(
            r"[\d°/]-?\s?\w$|\b[A-Z]{2,} [IVX]$", text[start:end.start()]) and not (
            lang.split("-")[0].lower() == "en" and _OPENS_A_SENTENCE_RE.match(after))
        initial = initial or bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", before))  # U.S. Army
        initial = initial or bool(_DIRECTION_RE.match(text, end.start() - 1))  # 123 N. Oak St.
        initial = initial or any(  # "Start at grid ref. SU 1234 5678" was two sentences
            found.start() < end.start() < found.end()
            for found in _GRID_REFERENCE_RE.finditer(text, max(0, end.start() - 16)))
        # A form's name glued to its number, "el Formulario 1040-SR.", is no abbreviation
        # ("Sr.", señor): the IRS's Spanish pages end sentences with it.
        known_word = before.lower() in known and not re.search(r"\d-\w+$",
                                                               text[start:end.start()])
        if end.group(0).startswith(".") and (known_word or initial) and not (
                before.lower() in ENDS_BEFORE_A_CAPITAL.get(lang.split("-")[0].lower(), ())
                and after[:1].isupper()) and not (
                lang.split("-")[0].lower() == "en" and before.lower() in ENDS_BEFORE_AN_OPENING
                and _OPENS_A_SENTENCE_RE.match(after)):
            continue
        if end.group(0) == "." and before.lower() == "etc" \
                and lang.split("-")[0].lower() == "en" and _ETC_IN_A_NAME_RE.match(after):
            continue  # "the Health and Safety at Work etc. Act 1974"
        if end.group(0) == "." and before == "Co" and _COUNTY_RE.match(text, end.start() - 2):
            continue  # "Dún Laoghaire, Co. Dublin"
        if end.group(0) == "." and before.lower() == "jr" \
                and not text[end.end():].startswith(LINE_SEPARATOR):
            continue  # "Jr. High School"; but a line's end, "Samuel L. Constable, Jr."
        if end.group(0) == "." and before.isdigit() and \
                after.split(" ", 1)[0].rstrip(",.").lower() in calendar_names(lang).months:
            continue  # a day written as an ordinal, "am 3. April", "1. května"
        if end.group(0) == "." and after[:1].isdigit() and \
                before.lower() in calendar_names(lang).shortened:
            continue  # a date after a weekday's or a month's shortening, "lun. 3", "ene. 2024"
        if end.group(0) == "." and lang.split("-")[0].lower() == "en" \
                and _EXAMPLE_BEFORE_QUOTE_RE.match(text, end.start() - 2):
            continue  # 'Ex. "You have a CT scan…"', an example's quotation
        if end.group(0) == "." and text[max(start, end.start() - 3):end.start()] == "(ex":
            continue  # "(ex. “quotation marks”)", for example: Latin's "auctor ex. Proin" ends
        if end.group(0) == "." and text[max(start, end.start() - 2):end.start()] in (" s", "(s") \
                and after[:1].isdigit() and lang.split("-")[0].lower() == "en":
            continue  # an Act's section, "the s. 106 agreement"; not "user B's. Often"
        if end.group(0) == "." and before.lower() in STREET_TYPES and \
                re.match(r"(?:[NS][EW]|[NSEW])(?![\w.-])", after):  # not "W. H. Smith"
            continue  # a street's quadrant, "810 Vermont Ave. NW, Washington"
        if end.group(0) == "." and lang.split("-")[0].lower() == "en" \
                and _MOUNT_RE.match(text, end.start() - len(before)):
            continue  # "Mt. Bierstadt", "Ft. William": a mountain's or a fort's name follows
        if end.group(0) == "." and before.lower() in ("a.m", "p.m") and \
                TIME_ZONE_AFTER_A_TIME.match(after):
            continue  # "9:00 a.m. to 6:00 p.m. ET", "at 8 p.m. Eastern time"
        if end.group(0) == "." and (after[:1].isdigit() or before == "c" and after[:1] in "£$€")\
                and BEFORE_A_NUMBER.get(lang.split("-")[0].lower(), _NOTHING).fullmatch(before):
            continue  # "nach Art. 15 DSGVO", "Talstr. 32", "spent c. £5m"
        if end.group(0) == "." and before.lower() == "ex" and after.startswith("VAT"):
            continue  # "£8.33 ex. VAT"
        if end.group(0) == "." and after[:1].isdigit() and lang.split("-")[0].lower() == "en" \
                and _BIBLE_BOOK_NAMES.get(before, before) != before:
            continue  # a Bible book's shortening before its chapter, "1 Cor. 13:4–7", "Ex. 24"
        if end.group(0) == "." and after[:1].isdigit() and before in DOSAGE_FORMS and \
                re.search(r"\d\s?\w+$", text[start:end.start()]):
            continue  # how often after how many, "1 comp. 3 veces al día"
        if end.start() + 1 in ordinals:
            continue  # "in der 1. Etage", "2.-5. Tag", "sonst. Beschwerden"
        if end.group(0) == "." and _BRACKET_CLOSES_RE.match(text, end.end()) and \
                text.count("(", start, end.start()) > text.count(")", start, end.start()):
            continue  # a shortening in brackets, "(opt. 2)", "(ref. 12)": they close first
        if end.group(0) in (".", ".)") and _MARKER_ONLY_RE.fullmatch(text[start:end.start()]):
            continue  # an item's number written by hand, "1. Item 1", "iv. Your rights", "1.)"
        if end.group(0) == "." and after[:1].isupper() and \
                _INLINE_ITEM_NUMBER_RE.search(text, start, end.start()):
            continue  # an item's number in a sentence, "knowledge: 1. Exact Sciences, 2. …"
        if end.group(0) == "." and after[:1].isupper() and (
                item := _NEXT_ITEM_NUMBER_RE.search(text, start, end.start())) and re.search(
                rf"[:,;] {int(item[1]) - 1}\. ", text[start:item.start()]):
            continue  # the next item after one that ends in a number, "2:17:53, 2. A. Jones"
        if not _starts_sentence(after[:1]) or end.start() in leaders:
            continue
        if end.group(0)[0] in UNSPACED_STOPS and _cjk_depth(text[start:end.start()]) > 0 and (
                text[start:end.end()].lstrip()[:1] not in _CJK_OPENING
                or _cjk_depth(text[start:end.end()]) > 0):
            continue  # "（以下「本アプリ」といいます。）の提供に関し": the sentence goes on
        stop = end.end() + len(text[end.end():]) - len(after)
        if end.group(0)[0] in UNSPACED_STOPS and after[:1] == '"' \
                and text[start:stop].count('"') % 2:
            # A straight quote closing the one the sentence opened, as Chinese on the web
            # writes them: 说一句："谢谢你的贡献，我下周会查看的。" left a quote mark alone.
            stop += re.match(r'"\s*', text[stop:]).end()
        spans.append((start, stop))
        start = stop
    start_labelled_lines(len(text))
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


LONGEST_UTTERANCE = 500
"""The most characters the voice is given at once. A sentence with no full stop for pages,
a pasted list of keywords or a legal clause, was one utterance: Piper, which reads a
sentence in one run of its model, needed 0.24 GB more for 250 characters, 0.54 GB for 500,
1.3 GB for 1,000 and 5.3 GB for 4,000 (in 83 s), so a 32 KB sentence could not be read;
and a reader following the voice saw pages highlighted at once. 500 leaves the sentences
of real handouts whole: the longest in the test corpus is 484 characters in English and
600 in a Japanese privacy policy's clause (the 99th percentile is 281)."""

_CLAUSE_END = re.compile(r"[,;:،؛]\s+|[、，；：]\s*|\s[-–—]+\s+")
"""Where an overlong sentence may be cut: after a comma, a semicolon, a colon or a dash."""


def utterance_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each utterance of `text`: its sentences (`sentence_spans`), and a
    sentence over `LONGEST_UTTERANCE` cut into pieces under it, each at the last clause's
    end (`_CLAUSE_END`) in its second half, else between words, else (a word as long) at
    the limit."""
    spans = []
    for start, end in sentence_spans(text, lang):
        while end - start > LONGEST_UTTERANCE:
            window = text[start:start + LONGEST_UTTERANCE]
            clauses = [m.end() for m in _CLAUSE_END.finditer(window)
                       if m.end() > LONGEST_UTTERANCE // 2]
            spaces = [m.end() for m in re.finditer(r"\s+", window) if m.end() < len(window)]
            cut = (clauses or spaces or [LONGEST_UTTERANCE])[-1]
            spans.append((start, start + cut))
            start += cut
        spans.append((start, end))
    return spans


def _cjk_depth(text: str) -> int:
    """How many Chinese or Japanese brackets and quotes are open at the end of `text`: a
    definition in brackets, "（…をいいます。以下同じ。）", was cut into three sentences, the
    last starting with the particle that carries on the sentence around it ("の提供に関し");
    a quote, "「はい。」と言った", into two."""
    return sum(c in _CJK_OPENING for c in text) - sum(c in _CJK_CLOSING for c in text)


def _german_ordinal_stops(text: str) -> set[int]:
    """Where the full stop of a German ordinal ends ("in der 1. Etage"), which ends no
    sentence."""
    from handout.read.numbers import GERMAN_ORDINAL, german_ordinal

    return {m.end() for m in GERMAN_ORDINAL.finditer(text) if german_ordinal(m) != m.group(0)}
