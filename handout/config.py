"""Project settings: one frozen, typed object read from `[tool.handout]`.

Settings come from `pyproject.toml` under `[tool.handout]`; command-line options override
them, and a handout's front matter overrides the few that belong to one handout (voice,
language, pronunciations) when the `Document` is made. Every key is validated at once and
an unknown key is an error that names it, in the manner of MkDocs' config schema.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from handout.errors import HandoutError, Problem

EDITIONS = {"large": 18.0, "giant": 24.0}
"""Body size in points for each print edition."""

PAPERS = {"letter": "8.5in 11in", "a4": "210mm 297mm"}
BACKGROUNDS = {"white": "#ffffff", "cream": "#fffdd0"}


@dataclass(frozen=True)
class Settings:
    """Everything that shapes a build, apart from the handouts themselves."""

    source: Path = Path("source")
    """Folder holding the Markdown handouts."""
    out: Path = Path("build")
    """Folder that receives everything generated."""
    templates: Path = Path("templates")
    """Folder holding the Jinja2 template and the print stylesheet."""

    edition: str = "large"
    """Print edition: `large` (18 pt body) or `giant` (24 pt body)."""
    paper: str = "letter"
    """Paper size: `letter` or `a4`."""
    background: str = "white"
    """Page colour: `white` or `cream`; text is always black."""
    split_level: int = 2
    """Heading level that starts a new section (2 means `##`)."""
    lang: str = ""
    """The language of every handout that names none (no `lang` in its front matter or Word
    file, no tag in its file name, no language folder): a BCP 47 tag or a language's name,
    as `lang` takes them. Empty: English."""

    engine: str = "auto"
    """Speech engine: `auto` (the handout's language chooses: `piper` for English, `kokoro`
    for Spanish, French, Italian and Portuguese, `espeak` for any other language), or one of
    `piper`, `kokoro`, `espeak` (offline) and `gtts` (needs internet) for every handout."""
    voice: str = ""
    """A voice for every handout, whatever its language: a Piper voice's name or the path
    of its `.onnx` file, a Kokoro voice, or an espeak-ng voice. Empty: `voices` decides."""
    voices: Mapping[str, str] = field(default_factory=dict)
    """The voice for each language (`es = "jf_nezumi"`, `de = "voices/de_DE.onnx"`); a
    language not named here gets its engine's default voice (see `invoke voices`)."""
    speed: float = 1.0
    """Speaking speed: 1.0 is the voice's own pace, 0.8 slower, 1.2 faster."""
    bitrate: int = 128
    """MP3 constant bit rate in kbps."""

    heading_pause: float = 1.0
    """Seconds of silence after a spoken heading."""
    paragraph_pause: float = 0.8
    """Seconds of silence between paragraphs."""
    item_pause: float = 0.5
    """Seconds of silence between list items and table rows."""
    sentence_pause: float = 0.25
    """Seconds of silence between sentences inside a paragraph."""
    head_silence: float = 0.75
    """Seconds of silence at the start of every MP3 (0.5 to 1)."""
    tail_silence: float = 2.0
    """Seconds of silence at the end of every MP3 (1 to 5)."""
    loudness: float = -18.0
    """Integrated loudness target in LUFS for every MP3."""
    true_peak: float = -3.0
    """Ceiling for the true peak in dBTP."""

    base_url: str = ""
    """Address where the `build/` folder will be served; the podcast feed's links start with
    it. Empty means the feed points at the files on this computer."""
    feed_title: str = ""
    """Title of the podcast feed; empty means the handout's title (or "Handouts")."""

    pronunciations: Mapping[str, str | Mapping[str, str]] = field(default_factory=dict)
    """Words respelled for the voice only (front matter adds to and overrides these): an
    entry for every language, or a table of entries for one language
    (`[tool.handout.pronunciations.fr]`), since a respelling is made for one voice."""

    strict: bool = False
    """Treat warnings as errors."""
    jobs: int = 0
    """Utterances narrated at once on this computer (on threads for Piper, on worker
    processes for the other engines); 0 means one per core."""
    scheduler: str = ""
    """Address of a Dask scheduler (`tcp://host:8786`) whose workers narrate instead of
    this computer's; empty means local worker processes."""
    quiet: bool = False
    """Show no progress bar or progress lines."""

    listen_model: str = ""
    """Folder of another faster-whisper (CTranslate2) Whisper model for `invoke check
    --listen`, such as a bigger one; empty means Whisper base from PyPI, joined and checked
    against its pinned hash."""
    listen_threshold: float = 90.0
    """Percent of a handout's words the listener must hear in order; below it `invoke check
    --listen` warns, so `--strict` fails."""

    @property
    def body_size(self) -> float:
        """Body text size in points for the chosen edition."""
        return EDITIONS[self.edition]

    @property
    def worker_count(self) -> int:
        return self.jobs or os.cpu_count() or 1

    def lexicon_for(self, lang: str) -> dict[str, str]:
        """The project's respellings for a handout in `lang`: the entries for every
        language, then those of its language's table, then of its full tag's."""
        lexicon = {word: said for word, said in self.pronunciations.items()
                   if isinstance(said, str)}
        tables = {tag.lower(): table for tag, table in self.pronunciations.items()
                  if not isinstance(table, str)}
        for tag in (lang.split("-")[0].lower(), lang.lower()):
            lexicon.update(tables.get(tag, {}))
        return lexicon

    def replace(self, **changes: Any) -> "Settings":
        """A copy with `changes` applied (None values ignored), validated."""
        given = {k: v for k, v in changes.items() if v is not None}
        return validate(dataclasses.replace(self, **given), origin="option")


_CHOICES = {
    "edition": EDITIONS,
    "paper": PAPERS,
    "background": BACKGROUNDS,
    "engine": ("auto", "piper", "kokoro", "espeak", "gtts", "fake"),
}
TAIL_SILENCE_RANGE = (1.0, 5.0)
"""Seconds of silence a section may end with (the check stage's bounds too)."""

_RANGES = {
    "split_level": (1, 6),
    "speed": (0.5, 2.0),
    "bitrate": (64, 320),  # below 56 kbps the LAME Info frame does not fit one frame
    "head_silence": (0.5, 1.0),
    "tail_silence": TAIL_SILENCE_RANGE,
    "heading_pause": (0.0, 5.0),
    "paragraph_pause": (0.0, 5.0),
    "item_pause": (0.0, 5.0),
    "sentence_pause": (0.0, 5.0),
    "true_peak": (-20.0, 0.0),
    "loudness": (-40.0, -6.0),
    "jobs": (0, 256),
    "listen_threshold": (0.0, 100.0),
}


def validate(settings: Settings, origin: str = "pyproject.toml") -> Settings:
    """Check every value at once; raise one error listing all problems."""
    problems = []
    for name, choices in _CHOICES.items():
        value = getattr(settings, name)
        if value not in choices:
            problems.append(Problem(f"Config value '{name}': {value!r} is not one of "
                                    f"{', '.join(choices)}", origin))
    for name, (low, high) in _RANGES.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            problems.append(Problem(f"Config value '{name}': {value} is outside "
                                    f"{low} to {high}", origin))
    if problems:
        raise HandoutError.collect(problems)
    return settings


def settings_from_mapping(table: Mapping[str, Any], origin: str = "pyproject.toml") -> Settings:
    """Settings from a `[tool.handout]` table, with every key and type checked."""
    known = {f.name: f for f in fields(Settings)}
    defaults = Settings()
    values: dict[str, Any] = {}
    problems = []
    for key, value in table.items():
        if key not in known:
            near = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean '{near[0]}'?" if near else \
                f"known: {', '.join(sorted(known))}"
            problems.append(Problem(f"Config value '{key}': unknown setting ({hint})", origin))
            continue
        expected = type(getattr(defaults, key))
        if issubclass(expected, Path) and isinstance(value, str):
            value, expected = Path(value), Path
        elif expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif key in ("pronunciations", "voices"):
            def said(v: Any) -> bool:  # a respelling, or (pronunciations) a language's table
                return isinstance(v, str) or (key == "pronunciations" and isinstance(
                    v, Mapping) and all(isinstance(w, str) and isinstance(s, str)
                                        for w, s in v.items()))

            if not isinstance(value, Mapping) or not all(
                isinstance(k, str) and said(v) for k, v in value.items()
            ):
                meaning = "words to how they are said" if key == "pronunciations" else \
                    "language tags to voices"
                problems.append(Problem(f"Config value '{key}': must map {meaning}", origin))
                continue
            value = {k: v if isinstance(v, str) else dict(v) for k, v in value.items()}
            expected = dict
        if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            problems.append(Problem(f"Config value '{key}': expected {expected.__name__}, "
                                    f"got {type(value).__name__}", origin))
            continue
        if key == "lang" and value:
            from handout.read.sources import is_language, language_meant, not_a_language

            value = language_meant(value)
            if not is_language(value):
                problems.append(Problem(not_a_language(value, 'lang = "{}"'), origin))
                continue
        values[key] = value
    if problems:
        raise HandoutError.collect(problems)
    return validate(dataclasses.replace(defaults, **values), origin)


def load_settings(project: Path = Path(".")) -> Settings:
    """Settings from `project/pyproject.toml`, or the defaults when it has none."""
    pyproject = project / "pyproject.toml"
    if not pyproject.is_file():
        return Settings()
    try:
        with pyproject.open("rb") as stream:
            data = tomllib.load(stream)
    except tomllib.TOMLDecodeError as error:
        raise HandoutError(f"invalid TOML: {error}", pyproject) from None
    return settings_from_mapping(data.get("tool", {}).get("handout", {}), str(pyproject))
