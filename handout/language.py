"""The project's own words in each handout's language: one gettext catalogue per language.

Every edition says a few things the author did not write: "Page 3 of 8" and "Contents" in
print, "Table. 2 rows." and "End of quote." in the audio, "Listen to this section" on the
web page, "Handouts" in the feed. `words_for(lang)` gives them in the handout's language,
from its catalogue in `handout/translations/` (a gettext `.po` file, which a translator
edits with Poedit or any other gettext tool, and which Babel reads), or in English where
there is none. English is written here, as the messages the catalogues translate. A
catalogue's `Plural-Forms` chooses between "1 row" and "2 rows", and among Polish's three
forms and Arabic's six. `long_date` writes a date as the language does, and `direction`
says which way its script runs (both through Babel's locale data, for any language);
`day_first` and `written_date` read a date as the language and region write it;
`script_mismatch` and `words_mismatch` tell a handout whose text is in another language than
its own (by its letters, by its words). The narration's own normalisation (units, numbers)
lives with the speech script, in `read/`.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import hashlib
import re
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from babel import Locale

TRANSLATIONS = Path(__file__).with_name("translations")
"""The catalogues: `de.po` for German, `zh_Hant.po` for Chinese in traditional characters."""

CALLOUT_LABELS = ("Note", "Tip", "Important", "Warning", "Caution", "Information", "Danger",
                  "Example", "Info", "Success", "Question", "Hint", "Summary", "Error",
                  "Attention", "Abstract", "Alert", "Activity", "Bug", "Callout", "Challenge",
                  "Checklist", "Discussion", "Failure", "Hints", "Immediate action required",
                  "Instructor note", "Key points", "Objectives", "Prerequisites", "Questions",
                  "Solution", "Spoiler", "Testimonial", "To do")
"""The labels of callouts (GitHub's alerts, MkDocs' and Docusaurus' admonitions, the
Carpentries' lesson boxes, NHS care cards), which every catalogue translates: a Spanish
"> [!WARNING]" is "Advertencia", and a French lesson's objectives "Objectifs", which were
said in English in the French voice."""

QUOTES_CONTEXT = "CSS quotes"
"""The context of the one message that is not words: the language's quotation marks."""


@dataclass(frozen=True)
class Words:
    """What handout says in one language: English as written here, else as its catalogue
    translates it. `{n}`, `{page}` and the like are filled in; a pair is the singular and
    plural of a count, which `count` says in the language's grammar of number."""

    locale: str = "en_GB"
    """Babel's locale for dates: the language, with the region whose usage is followed."""
    quotes: str = '"\\201C" "\\201D" "\\2018" "\\2019"'
    """CSS `quotes`: the quotation marks of the language, outer then inner."""
    page_of: str = "Page {page} of {pages}"
    contents: str = "Contents"
    on_page: str = "page {page}"
    notes: str = "Notes"
    by: str = "By {author}"

    image: str = "Image: {alt}."
    image_without_text: str = "An image with no description."
    caption: str = "Caption: {text}"
    table: str = "Table."
    table_titled: str = "Table: {caption}."
    table_to_fill: str = "Table to fill in."
    rows: tuple[str, str] = ("{n} row.", "{n} rows.")
    quote: str = "Quote."
    end_of_quote: str = "End of quote."
    code: tuple[str, str] = ("Code example, {n} line, as printed:",
                             "Code example, {n} lines, as printed:")
    note_cited: str = "(note {n})"
    note: str = "Note {n}: "
    box: str = "box"
    end_of_box: str = "End of {label}."
    picture_missing: str = "Picture not available:"
    diagram_missing: str = "Diagram not available:"
    no_description: str = "(no description was given)"
    unticked_box: str = "unticked box"
    done: str = "Done:"
    to_do: str = "To do:"
    deleted: str = "(deleted: {words})"

    skip_to_handout: str = "Skip to the handout"
    introduction: str = "Introduction"
    listen_to_introduction: str = "Listen to the title and introduction ({duration})"
    listen_to_section: str = "Listen to this section ({duration})"
    download_recording: str = "Download the recording"
    transcript_of_introduction: str = "Transcript of the introduction"
    transcript_of: str = "Transcript of “{heading}”"
    transcript_explained: str = ", the words spoken, as text"
    other_editions: str = "Other ways to read and listen"
    synthetic_voice_used: str = "The recordings use a synthetic voice."
    table_scrolls: str = "Table, scrolls sideways"
    minutes: tuple[str, str] = ("{n} minute", "{n} minutes")
    seconds: tuple[str, str] = ("{n} second", "{n} seconds")
    pdf_edition: str = "Large-print PDF, to print"
    complete_edition: str = "The whole handout as one MP3 with chapters ({duration})"
    playlist_edition: str = "Playlist of the sections (M3U)"
    daisy_edition: str = "DAISY talking book, for DAISY players"
    audiobook_edition: str = "The whole handout for an audiobook app (M4B with chapters, " \
                             "{duration})"
    epub_edition: str = ("EPUB talking book, read aloud sentence by sentence in reading apps "
                         "such as Thorium or Apple Books")
    page: str = "Page {n}"
    print_pages: str = "Pages of the large-print edition"
    landmarks: str = "Landmarks"
    start_of_handout: str = "Start of the handout"
    transcript_title: str = "Transcript: {heading}"
    skip_to_transcript: str = "Skip to the transcript"
    read_along_help: str = ("Or listen from any sentence: click it, or press Tab to reach the "
                            "text, the arrow keys to move from sentence to sentence, and Enter.")
    back_to_handout: str = "Back to the handout"

    unknown_author: str = "Unknown"
    synthetic_voice: str = "Synthetic voice: {identity}"
    handouts: str = "Handouts"
    handouts_from: str = "Handouts from {author}"
    feed_description: str = ("Narrated handouts, read aloud section by section by a "
                             "synthetic voice.")

    translations: gettext.NullTranslations = field(
        default_factory=gettext.NullTranslations, repr=False, compare=False)
    """The catalogue, for `count`."""

    def label(self, english: str) -> str:
        """A callout's label ("Warning", one of `CALLOUT_LABELS`) in this language."""
        return self.translations.gettext(english)

    def count(self, forms: tuple[str, str], n: int) -> str:
        """`forms` (English's singular and plural) for `n` things, in this language."""
        return self.translations.ngettext(*forms, n).format(n=n)

    def says_singular(self, number: str) -> bool:
        """Whether a thing counted by `number` (as written: "1", "1,5") takes the singular,
        by the language's rule in Unicode's CLDR: French and Portuguese say 0 and 1,5 in
        the singular, English, Spanish and Italian exactly one."""
        from decimal import Decimal

        from babel import Locale

        if re.fullmatch(r"[1-9]\d{0,2}([.,\s\u00a0\u202f]\d{3})+", number):
            number = re.sub(r"\D", "", number)  # "1.000" and "1 000" are a thousand
        value = Decimal(number.replace(",", "."))
        return Locale.parse(self.locale).plural_form(value) == "one"


@functools.cache
def babel_locale(lang: str) -> Locale | None:
    """Babel's locale for `lang` (a BCP 47 tag: "pt-BR", "zh-Hant"), or None where Babel
    has none: what the other languages' dates, numbers and scripts are looked up in."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang, sep="-")
    except (ValueError, UnknownLocaleError):
        return None


def catalogue_path(lang: str) -> Path | None:
    """The catalogue for `lang` (a BCP 47 tag): its language and script's (`zh_Hant` for
    zh-TW, as Babel's likely subtags say), else its language's; None if there is none."""
    language = lang.split("-")[0].lower()
    names = [language]
    locale = babel_locale(lang)
    script = locale.script if locale else None
    if script:
        names.insert(0, f"{language}_{script}")
    return next((path for name in names if (path := TRANSLATIONS / f"{name}.po").is_file()),
                None)


@functools.cache
def words_for(lang: str) -> Words:
    """The project's words in `lang` (a BCP 47 tag), or in English if it has no catalogue."""
    path = catalogue_path(lang)
    if path is None:
        return Words()
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as po:
        catalogue = read_po(po)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    translations = gettext.GNUTranslations(compiled)
    english = Words()
    said = {f.name: translations.gettext(getattr(english, f.name)) for f in fields(Words)
            if f.name not in ("locale", "quotes") and isinstance(getattr(english, f.name), str)}
    return Words(locale=str(catalogue.locale), translations=translations,
                 quotes=translations.pgettext(QUOTES_CONTEXT, english.quotes), **said)


class Year(dt.date):
    """A handout dated by its year alone, `date: 2020` (a Pandoc slide deck's): kept as its
    first day, written and said as the year, and given as the year where a date is
    exchanged (`isoformat`: ID3's and EPUB's dates may be a year)."""

    def isoformat(self) -> str:
        return f"{self.year:04d}"


class Month(dt.date):
    """A handout dated by its month, `date: March 2021`, `date: 2021-03`: kept as its first
    day, written and said as the month ("March 2021", "marzo de 2021"), and given as
    `2021-03` where a date is exchanged."""

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def long_date(date: dt.date, lang: str = "en") -> str:
    """A date as the title block prints it and the narrator says it: 29 December 2023,
    29 de diciembre de 2023, 1er mars 2024; a `Month` as "March 2021", a `Year` as "2020"."""
    from babel.dates import format_date, format_skeleton

    locale = words_for(lang).locale
    if lang.split("-")[0].lower() != "en" and catalogue_path(lang) is None:
        # A language without a catalogue still has its dates written its own way.
        locale = str(babel_locale(lang) or locale)
    if isinstance(date, (Year, Month)):
        return format_skeleton("y" if isinstance(date, Year) else "yMMMM", date, locale=locale)
    written = format_date(date, "long", locale=locale)
    if locale == "fr" and date.day == 1:
        written = "1er" + written[1:]  # French writes the first of the month as an ordinal
    return written


MONTHS = ("January February March April May June July August September October November "
          "December").split()
@functools.cache
def day_first(lang: str) -> bool | None:
    """Whether dates in `lang` are written day first (12/03/2025 is the twelfth of March), as
    its region writes them in Unicode's CLDR (Babel): the first of its short, medium and long
    date patterns that puts the year last says whether the day or the month comes first
    ("dd/MM/yy" in Mexico; "M/d/yy" in the United States and "MM/dd/yy" in Puerto Rico and
    Panama, month first, False; Canada's "y-MM-dd", then "MMM d, y"). Day first where every
    pattern starts with the year (Chinese, Japanese) or Babel has no such locale. None for
    English with no region, which may be either."""
    from babel.dates import get_date_format

    language, *subtags = lang.replace("_", "-").split("-")
    region = next((tag for tag in subtags if len(tag) == 2 or tag.isdigit()), None)
    if language.lower() == "en" and region is None:
        return None
    locale = babel_locale(lang.replace("_", "-"))
    if locale is None:
        return True
    for width in ("short", "medium", "long"):
        pattern = re.sub(r"'[^']*'", "", get_date_format(width, locale=locale).pattern)
        year, month, day = (pattern.find(field) for field in "yMd")
        if min(month, day) >= 0 and not 0 <= year < min(month, day):
            return day < month
    return True


WRITTEN_TIME = re.compile(r"(?:,?\s+(?:at|à|um|a las|alle|às)?\s*)\d{1,2}[:.h]\d\d(?::\d\d)?"
                          r"(?:\s?[ap]\.?\s?m\.?)?(?:\s?(?:[A-Z]{2,5}|[-+]\d\d:?\d\d))?$",
                          re.I)
"""A time after a date as people write it, "Jul 24, 2020, 1:03 PM" (an Astro blog's, sweep
BZ, atw-autism-blog line 5, which stopped the build), "2 June 2021 at 14:30 CET": only the
day is used, as with a generator's date and time."""


def written_date(value: str, lang: str) -> dt.date | None:
    """The day a date written as people write it means, in `lang`: 02/06/2021 (day or month
    first, as `day_first` says; with dashes too, 03-8-2020, as a Pelican blog's metadata
    gave it), 2021/06/02, "2 June 2021", "Wednesday, June 2nd, 2021",
    "2 de junio de 2021"; or the `Month` of "March 2021", "2021-03", "03/2021", or the `Year`
    of "2020"; None if it is none of these. Raises ValueError, saying how to write it, for
    02/06/2021 in English with no region, which may be either day."""
    value = WRITTEN_TIME.sub("", value)
    if re.fullmatch(r"\d{4}", value):
        return Year(int(value), 1, 1)
    month_of_year = re.fullmatch(r"(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4})", value)
    if month_of_year:
        year, month = (int(month_of_year[1] or month_of_year[4]),
                       int(month_of_year[2] or month_of_year[3]))
        return Month(year, month, 1) if 1 <= month <= 12 else None
    numeric = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", value)
    year_first = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", value)
    if year_first:
        return calendar_day(*(int(part) for part in year_first.groups()))
    if numeric:
        first, second, year = (int(part) for part in numeric.group(1, 3, 4))
        order = day_first(lang)
        if order is None and first <= 12 and second <= 12 and first != second:
            raise ValueError(
                f"'date' {value} may be {first} {MONTHS[second - 1]} or {second} "
                f"{MONTHS[first - 1]}: write it as {year}-{second:02}-"
                f"{first:02} or {year}-{first:02}-{second:02}, or give the handout's region "
                "(lang: en-GB or lang: en-US)")
        day_comes_first = order if order is not None else first > 12
        return calendar_day(year, *((second, first) if day_comes_first else (first, second)))
    months, weekdays = _written_date_names(lang)
    day = month = year = None
    for token in re.findall(r"[^\W_]+", value.lower()):
        ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?", token)
        if ordinal and day is None:
            day = int(ordinal.group(1))
        elif re.fullmatch(r"\d{4}", token) and year is None:
            year = int(token)
        elif token in months and month is None:
            month = months[token]
        elif token not in weekdays and token not in DATE_FILLERS:
            return None
    if year and month and day is None:
        return Month(year, month, 1)
    return calendar_day(year, month, day) if year and month and day else None


DATE_FILLERS = frozenset({"of", "the", "de", "del", "di", "le", "den", "der", "el"})
"""Words a written date may hold besides its day, month and year (2 de junio de 2021)."""


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None if the month has no such day (2023-02-30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class CalendarNames:
    """The names of the months and the weekdays in one language, every form CLDR (Babel)
    has, in lower case and without a full stop ("janv.", "Okt." and "mié." as "janv",
    "okt" and "mié")."""

    months: dict[str, int] = field(default_factory=dict)
    """Each month's wide and abbreviated names, with its number."""
    month_names: tuple[str, ...] = ()
    """Each month's wide name as a date writes it (Polish "stycznia", of "styczeń")."""
    weekdays: frozenset[str] = frozenset()
    """Each weekday's wide name and its shortenings."""
    short_days: dict[str, str] = field(default_factory=dict)
    """Each weekday's shortenings, with its wide name ("mo": "Montag", "pt": "piątek")."""
    shortened: frozenset[str] = frozenset()
    """The months' and weekdays' shortenings that are not also a wide name ("janv", "ene",
    "lun"; not "mai" or "may"): followed by a stop and a number, they are part of a date."""


OTHER_DAY_NAMES = {"ur": ("سوموار",)}
"""Weekdays' names in common use that CLDR does not give: Urdu's Monday, "سوموار", beside
its "پیر" (a clinic's "سوموار - جمعہ", Monday to Friday, was "Monday Friday")."""
OTHER_DAY_SHORTENINGS = {"lv": {"p": 0, "o": 1, "t": 2, "c": 3, "s": 5},
                         "pl": {"pn": 0, "sb": 5, "nd": 6},
                         "ro": {"l": 0, "v": 4},
                         "tr": {"cuma": 4, "cumartesi": 5, "pazar": 6}}
"""Weekdays' shortenings in common use that CLDR does not give, by the day's number (0 is
Monday): Latvian timetables' one letter, "P-Pk 10:00-22:00", beside CLDR's "Pr" and "Pk",
which the voice said as letters, "pē pē kā". Sweep CG: Polish "pn.–pt." and Romanian
"L–V", said "pe en. pe te", "le ve"; and Turkish's days whose names are short, written
whole at a range's end, "Pzt–Cuma", "pe ze te Cuma"."""


DAY_WITH_A_STOP = frozenset({"da", "nb", "no", "nn", "sv", "de", "fi", "is", "et", "lv", "cs",
                             "sk", "sl", "hr", "sr", "bs", "pl"})
"""Languages that write a date's day as an ordinal with a stop, "31. august 1969"."""


@functools.cache
def day_and_month(lang: str) -> re.Pattern[str]:
    """A day with its stop before a month's name, "31. august", in a language of
    `DAY_WITH_A_STOP` (matching nothing in the others): a date, where Markdown would see an
    ordered list's number opening a line, and the PDF a list numbered by hand."""
    months = calendar_names(lang).months if lang.split("-")[0].lower() in DAY_WITH_A_STOP \
        else ()
    if not months:
        return re.compile("(?!)")
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"(?:0?[1-9]|[12]\d|3[01])\.[ \t]+(?:{names})\.?(?![^\W\d_])",
                      re.IGNORECASE)


@functools.cache
def calendar_names(lang: str) -> CalendarNames:
    """The month and weekday names of `lang`; none where Babel has no locale for it."""
    locale = babel_locale(lang)
    if locale is None:
        return CalendarNames()
    months: dict[str, int] = {}
    wide_days: set[str] = set()
    short_days: dict[str, str] = {}
    wide_names: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                months.setdefault(name.lower().rstrip("."), number)
        wide_names.update(name.lower() for name in locale.months[context]["wide"].values())
        wide_days.update(name.lower() for name in locale.days[context]["wide"].values())
    wide_days.update(OTHER_DAY_NAMES.get(locale.language, ()))
    wide = locale.days["format"]["wide"]
    for width in ("abbreviated", "short"):
        for context in ("format", "stand-alone"):
            for day, name in locale.days[context][width].items():
                short_days.setdefault(name.lower().rstrip("."), wide[day])
    for name in OTHER_DAY_NAMES.get(locale.language, ()):
        short_days.setdefault(name, name)
    for name, day in OTHER_DAY_SHORTENINGS.get(locale.language, {}).items():
        short_days.setdefault(name, wide[day])
    wide_names |= wide_days
    return CalendarNames(months, tuple(locale.months["format"]["wide"].values()),
                         frozenset(wide_days | short_days.keys()), short_days,
                         frozenset((months.keys() | short_days.keys()) - wide_names))


def _written_date_names(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    """Month names in English and in `lang` (English's first), with each month's number;
    and weekday names, which a date may hold ("Wednesday, 2 June 2021")."""
    english, own = calendar_names("en"), calendar_names(lang)
    return ({**own.months, **english.months, "sept": 9},
            english.weekdays | own.weekdays)


SCRIPT_LETTERS = {"Latn": ("LATIN",), "Cyrl": ("CYRILLIC",), "Grek": ("GREEK",),
                  "Hebr": ("HEBREW",), "Arab": ("ARABIC",), "Hans": ("CJK",), "Hant": ("CJK",),
                  "Jpan": ("CJK", "HIRAGANA", "KATAKANA"), "Kore": ("HANGUL", "CJK"),
                  "Deva": ("DEVANAGARI",), "Beng": ("BENGALI",), "Thai": ("THAI",),
                  "Ethi": ("ETHIOPIC",), "Armn": ("ARMENIAN",), "Geor": ("GEORGIAN",)}
"""The first word of the Unicode names of a script's letters, by ISO 15924 code."""

TWO_SCRIPTS = {primary: ("CYRILLIC", "LATIN") for primary in ("sr", "bs", "cnr", "sh")}
"""Languages written in two alphabets, whose voice reads both: Serbian in Latin letters,
as a university's Serbian course (sweep BG, sr-nyu-dl-index) is written, was told to
correct its 'lang' to 'lang: bs', Bosnian, which the identifier guessed; Bosnian and
Montenegrin are written in Cyrillic too."""

SCRIPT_NAMES = {"CJK": "Chinese characters (CJK)", "HIRAGANA": "Japanese hiragana",
                "KATAKANA": "Japanese katakana", "HANGUL": "Korean Hangul"}
"""What an author calls the letters whose Unicode names do not say it: a Chinese leaflet
tagged `lang: en` was said to be "in Cjk letters"."""


def letters_of(text: str) -> str:
    """What the letters `text` starts with are called ("Telugu letters"); in a word of no
    letter, its vowel signs': a Sinhala page pasted from a PDF (sweep AT, sa-sinhalese)
    held a vowel sign alone, "ඉල්ලා ා සිටීම", and the voice's warning named "Sinhala letters
    or ? letters". In a word of neither, its marks': an Arabic comma alone after a link,
    "[Contributor Covenant](…)، الإصدار 2.1،" (sweep CY), was "? letters" too."""
    import unicodedata

    return letters_named(next((unicodedata.name(c, "?").split()[0] for c in text
                               if c.isalpha()), None)
                         or next((unicodedata.name(c, "?").split()[0] for c in text
                                  if unicodedata.category(c) in ("Mn", "Mc")), None)
                         or next((unicodedata.name(c, "?").split()[0] for c in text
                                  if not c.isspace()), "?"))


def letters_named(name: str) -> str:
    """What an author calls the letters of a script by the first word of their Unicode
    names ("TELUGU", "CJK"): "Telugu letters", "Chinese characters (CJK)"."""
    return SCRIPT_NAMES.get(name, f"{name.capitalize()} letters")


SYLLABLE_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "MYANMAR", "THAI",
                              "KHMER", "LAO"})
"""Scripts each of whose characters is a syllable, where an alphabet spells a word in
several letters: Chinese, Japanese and Korean are weighed by their characters and the
other scripts by their words, as the voice says them. Weighed by letters, an English name
of five counted as five Chinese words, and Free-Programming-Books' Chinese and Korean
guides, Chinese or Korean throughout around its English names and addresses, were said
to be "mostly in Latin letters", with the advice to correct their language. Burmese, Thai,
Khmer and Lao write no spaces between their words, so that a phrase of theirs weighed by
words was one: a page mostly in Burmese with no `lang` (sweep BH, a student's IGCSE notes,
its English terms "process", "bits", "Analogue Data" among them) was told nothing, and
narrated by the English voice. Weighed by their letters, they are weighed as CJK is."""


def other_letters(lang: str, text: str) -> str:
    """`text` without its words in `lang`'s own letters (`SCRIPT_LETTERS`), for the
    identifier to name the language of the rest: a page in Burmese around English terms,
    with no `lang`, was told to add 'lang: en', the identifier weighing its English words
    against its Burmese phrases, each one word to it."""
    import unicodedata

    own = SCRIPT_LETTERS.get(language_script(lang) or "", ())
    return " ".join(word for word in text.split() if not any(
        c.isalpha() and unicodedata.name(c, "?").split()[0] in own for c in word))


@functools.cache
def language_script(lang: str) -> str | None:
    """The script `lang` is written in, as ISO 15924 names it ("Latn", "Arab"), from CLDR's
    likely subtags; None for a language Babel does not know."""
    from babel.core import get_global

    locale = babel_locale(lang)
    if locale is None:
        return None
    likely = get_global("likely_subtags").get(locale.language, "")
    return locale.script or next((part for part in likely.split("_")[1:] if len(part) == 4),
                                 None)


def script_mismatch(lang: str, text: str) -> str | None:
    """The script most of `text` is in ("Cyrillic letters"), weighed as it is said
    (`SYLLABLE_SCRIPTS`), if `lang` is written in another one
    (a Ukrainian-tagged Word file holding English: its language was the author's Word's,
    and a Ukrainian voice read English); None if they agree or cannot be told apart, or if
    the language's own letters are a third of it or more: a bilingual consent form, each
    English paragraph over its Chinese, was told to be all Chinese, and its Chinese was left
    to the English voice ("Chinese letter Chinese letter")."""
    import unicodedata
    from collections import Counter

    script = language_script(lang)
    if script not in SCRIPT_LETTERS:
        return None
    own_letters = TWO_SCRIPTS.get(lang.split("-")[0].lower(), SCRIPT_LETTERS[script])
    names, letters, previous = Counter(), 0, ""
    for character in text:
        if character.isalpha():
            name = unicodedata.name(character, "?").split()[0]
            letters += 1
            if name in SYLLABLE_SCRIPTS or name != previous:
                names[name] += 1
            previous = name
        elif not unicodedata.category(character).startswith("M") \
                and character not in "\u200c\u200d":  # a word's vowel signs and joiners
            previous = ""
    said = sum(names.values())
    found, count = names.most_common(1)[0] if names else ("", 0)
    own = sum(names[name] for name in own_letters)
    if letters < 40 or count * 2 < said or found in own_letters or count < 2 * own:
        return None
    return letters_named(found)


SCRIPT_LANGUAGES = {"THAI": "th", "KHMER": "km", "LAO": "lo", "MYANMAR": "my",
                    "ETHIOPIC": "am"}
"""Scripts that name the language they are in, each the script of one language a handout is
written in: Thai, Khmer, Lao, Burmese, and Amharic's Ethiopic."""


def script_language(text: str) -> str | None:
    """The language most of `text`'s letters name (`SCRIPT_LANGUAGES`), as `script_mismatch`
    weighs them; None if they name none. A Thai leaflet on chemotherapy with no front matter
    (sweep CH, th-chemo-adverse) was warned of as Thai and narrated by the English voice
    anyway, twelve of its fourteen minutes the names of its characters ("Thai letter E1A,
    Thai letter E17…"); a Khmer README's title was "letter one seven eight zero…"."""
    found = script_mismatch("en", text)
    return next((tag for name, tag in SCRIPT_LANGUAGES.items()
                 if found == letters_named(name)), None)


LANGUAGE_WORDS = 40
"""Fewer words of prose than this are too few to tell which language they are in."""
LANGUAGE_CERTAINTY = 0.99
"""How sure the language identifier must be before the build says the words are in another
language. Of 668 paragraphs of 40 to 70 words from real health leaflets in 19 languages, 640
were told at this certainty, none wrongly (its only mistakes were below it)."""
KINDRED_LANGUAGES = tuple(map(frozenset, (
    {"no", "nb", "nn", "da"}, {"bs", "hr", "sr", "sh"}, {"id", "ms"}, {"el", "grc"},
    {"he", "hbo"}, {"ar", "ary", "arz"}, {"zh", "yue", "wuu"}, {"uz", "uzs"}, {"gn", "gug"},
    {"kok", "gom"}, {"ff", "fuv"})))
"""Languages so close that the identifier cannot be trusted to tell one from another, that
it names by another tag (it says "no" for Norwegian Bokmål, "nb"), or that are an old form or
a regional variety of one (Moroccan and Egyptian Arabic, Cantonese): their voice reads them."""
NOT_TOLD = frozenset({"zxx", "la"})
"""What the identifier may say that is no language to narrate in: "zxx", no language at all,
and Latin, which in a handout is placeholder text (MkDocs Material's page on lists is
Lorem ipsum: no Latin voice would help it)."""


@functools.cache
def _language_identifier():  # -> py3langid.langid.LanguageIdentifier
    """py3langid's model (BSD-3-Clause, shipped inside its wheel: nothing is downloaded),
    with probabilities that sum to one; loaded on first use, in half a second."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


ENGLISH_FUNCTION_WORDS = frozenset(
    "the and of to is are you your for with this that it be have from by can if not we our or "
    "at as they their what when which there would should about into more these those than but "
    "has been who were any may do does how its my me he she his her them".split())
"""English's commonest little words, few of them words of other languages in Latin letters."""
PLAINLY_ENGLISH = 0.15
"""The share of a text's words that are `ENGLISH_FUNCTION_WORDS` in plain English. Of the
2,042 runs of 25 words or more under the headings of the sweeps' real pages and the test
corpus, the identifier told 1,177 English and 865 another language: 90% of the English runs
have this share or more (the sample's conclusion, its words long and Latin, 0.195), and of
the others only two Korean ones, in other letters; Danish's most is 0.12, Czech's 0.10.
English tables and lists of names have fewer, and are asked of the identifier."""


def plainly_english(text: str, fewest: int) -> bool:
    """Whether `text`, `fewest` words or more, is plainly English by its little words
    (`PLAINLY_ENGLISH`), without the identifier's model, whose half a second every edit of
    an English handout would wait for (`reads_as`)."""
    words = re.findall(r"[^\W\d_]{2,}", text.lower())
    return len(words) >= fewest and \
        sum(word in ENGLISH_FUNCTION_WORDS for word in words) >= PLAINLY_ENGLISH * len(words)


def reads_as(text: str, sure: float = LANGUAGE_CERTAINTY,
             fewest: int = LANGUAGE_WORDS) -> str | None:
    """The language `text`'s words are clearly in (its primary subtag): None if there are
    fewer than `fewest` words, the identifier is less `sure` of it, or what it names is no
    language to narrate in (`NOT_TOLD`). A tag only suggested to an author whose text is
    already known to be in other letters needs less of both.

    The identifier's certainty is that of the language it names and those kindred to it
    (`KINDRED_LANGUAGES`), whose voice reads them: a Croatian page on health insurance
    (sweep CG, hr-zdravstveno) was told 0.74 Croatian and 0.26 Bosnian, so no language,
    and narrated in English with no warning ("štiti vas od" said "once a day"). The
    language it finds likeliest is the one named: espeak-ng's Bosnian voice speaks with
    Croatian's sounds, and the numbers' rules of the two are the same."""
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\S*(?:://|www\.|@)\S*", " ", text))
    if len(words) < fewest:
        return None
    found, certainty = _classified(" ".join(words))
    return None if certainty < sure or found in NOT_TOLD else found


KNOWN_LANGUAGES: ContextVar[tuple[Mapping[str, list], dict[str, list]] | None] = ContextVar(
    "known_languages", default=None)
"""What the identifier said of a handout's texts when it was last read, by their digest,
and what it says as it is read now (`read.kept.read_document` keeps it): an edited handout
is read again whole, and each of its parts asked which language it is in, though only its
edited part is new. An English handout with a table or a list of names, whose little words
do not say English (`plainly_english`), loaded the identifier's model, half a second, for
every edit."""


def _classified(words: str) -> tuple[str, float]:
    """The identifier's language for `words` and its certainty, with that of the languages
    kindred to it (`KINDRED_LANGUAGES`), between which it splits what it is sure of, as it
    said before if it did (`KNOWN_LANGUAGES`: an answer of two, kept before kindred languages
    were counted, is asked again). Indonesian pages with no `lang` (sweep CH, id-vaccinate:
    Indonesian 0.989, Malay 0.011) were narrated by the English voice with no word of
    Indonesian, short of the certainty asked."""
    known = KNOWN_LANGUAGES.get()
    key = hashlib.sha256(words.encode()).hexdigest()
    earlier, now = known if known is not None else ({}, {})
    answer = now.get(key) or earlier.get(key)
    if answer is None or len(answer) < 3:
        ranked = _language_identifier().rank(words)
        found = str(ranked[0][0])
        kindred = next((group for group in KINDRED_LANGUAGES if found in group), {found})
        answer = [found, float(ranked[0][1]),
                  float(sum(certainty for tag, certainty in ranked if tag in kindred))]
    now[key] = answer
    return answer[0], answer[2]


TRADITIONAL_AND_SIMPLIFIED = (
    "這这們们說说時时來来會会國国對对個个發发為为點点體体頁页醫医藥药與与門门開开關关記记長长"
    "書书車车見见話话語语認认讓让請请學学問问間间東东電电網网應应經经過过還还進进麼么樣样現现"
    "實实後后種种將将當当診诊療疗預预約约歲岁")
"""Characters of Chinese in pairs, the traditional form then the simplified, among the
commonest that differ."""


def chinese_tag(text: str) -> str:
    """"zh-Hant" if `text` is written in traditional characters (Taiwan's, Hong Kong's), else
    "zh": a Taiwanese page with no `lang` was told to add 'lang: zh', which prints the
    simplified "第 1 页" under its traditional text."""
    traditional = sum(text.count(c) for c in TRADITIONAL_AND_SIMPLIFIED[0::2])
    simplified = sum(text.count(c) for c in TRADITIONAL_AND_SIMPLIFIED[1::2])
    return "zh-Hant" if traditional > simplified else "zh"


DEVANAGARI_WORDS = {"ne": frozenset({"छ", "छन्", "हो", "गर्नुहोस्", "भएको", "र", "हुन्छ", "यो",
                                     "त्यो", "पनि", "भयो", "गरेर"}),
                    "hi": frozenset({"है", "हैं", "का", "की", "और", "में"}),
                    "mr": frozenset({"आहे", "आणि", "आहेत"})}
"""Commonest little words of Nepali, Hindi and Marathi, each few in the others' text, by
which they are told apart where the identifier cannot: a Nepali page with no `lang` (sweep
BH, ne-body: "हेर्नुस्", "भनिन्छ", "छ") was told to add 'lang: hi'."""


def tag_to_write(found: str, text: str) -> str:
    """The tag to tell an author to write for `text`, which the identifier says is in `found`:
    Chinese in the characters it is written in (`chinese_tag`), as the variety the identifier
    may name, Wu ("wuu"), has no voice here (a simplified Chinese note, sweep BM's
    typora-software, was told to add 'lang: wuu'; Cantonese, "yue", has espeak-ng's);
    Nepali, Hindi or Marathi by the most of their little words (`DEVANAGARI_WORDS`); else
    `found`."""
    if found in ("zh", "wuu"):
        return chinese_tag(text)
    if found in DEVANAGARI_WORDS:
        words = re.findall(r"[\u0900-\u097f]+", text)
        counts = {tag: sum(word in little for word in words)
                  for tag, little in DEVANAGARI_WORDS.items()}
        best = max(counts, key=counts.__getitem__)
        return best if counts[best] > counts[found] else found
    return found


def words_mismatch(lang: str, text: str) -> str | None:
    """The language `text`'s words are clearly in (`reads_as`), if it is not `lang` nor a
    language kindred to it.

    The wuhan2020 project's README_PT.md, in Portuguese with no front matter, was narrated
    by the English voice: `script_mismatch` cannot see it, both being Latin letters."""
    found, given = reads_as(text), lang.split("-")[0].lower()
    found = found and tag_to_write(found, text).split("-")[0].lower()
    if found is None or found == given or any(
            {found, given} <= kindred for kindred in KINDRED_LANGUAGES):
        return None
    return found


@functools.cache
def direction(lang: str) -> str:
    """"rtl" for a language whose script runs right to left (Arabic, Hebrew, Persian, Urdu,
    and `pa-Arab` beside `pa`), as Babel's locale data says, else "ltr": the `dir` of every
    page made from the handout, so that its lines start at the right, its list markers
    and quotation bars stand at the right, and punctuation falls where the reader expects."""
    locale = babel_locale(lang)
    return "rtl" if locale and locale.character_order == "right-to-left" else "ltr"
