"""Reading stage: find the handouts under `source/` and split each into front matter and body.

This stage only decodes and validates the raw file: UTF-8 (a BOM and CRLF line endings are
accepted), an optional YAML front matter block whose keys and types are checked, and the
Markdown body with the line it starts on, so later stages can point at source lines. It
hands a `SourceFile` to `document`, which parses the Markdown once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from handout.errors import HandoutError, Problem

FRONT_MATTER_KEYS = {
    "title": str,
    "subtitle": str,
    "author": str,
    "date": dt.date,
    "lang": str,
    "description": str,
    "keywords": list,
    "voice": str,
    "pronunciations": dict,
}
"""Every key a handout's front matter may hold, with its type."""


@dataclass(frozen=True)
class SourceFile:
    """One handout as read from disk: validated front matter and the Markdown body."""

    path: Path
    front_matter: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    """Line of the file on which `body` starts (1-based)."""
    key_lines: dict[str, int] = field(default_factory=dict)
    """Line of each front matter key, for messages about its value."""


def find_sources(folder: Path) -> list[Path]:
    """The handouts in `folder`, sorted; an error if there are none."""
    if not folder.is_dir():
        raise HandoutError("source folder not found: create it and put a .md handout in it",
                           folder)
    paths = sorted(p for p in folder.glob("*.md") if p.is_file())
    if not paths:
        raise HandoutError("no .md files here: add a Markdown handout", folder)
    return paths


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text with a BOM removed and line endings made `\\n`; bad bytes name the line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise HandoutError(f"not valid UTF-8 (byte {data[error.start]:#04x}): save the "
                           "file as UTF-8", path, line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path) -> SourceFile:
    """Read one handout; raise `HandoutError` listing every front matter problem."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise HandoutError(f"cannot read the file: {error.strerror}", path) from None
    text = decode_text(path, data)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return SourceFile(path, {}, text, 1)
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            end = index
            break
    else:
        raise HandoutError("front matter starts with '---' but never ends: add a line "
                           "'---' after it", path, 1)
    block = "\n".join(lines[1:end])
    front_matter, key_lines = parse_front_matter(path, block)
    return SourceFile(path, front_matter, "\n".join(lines[end + 1:]), end + 2, key_lines)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, except that dates stay text until we check them ourselves.

    PyYAML builds dates while parsing, so `date: 2023-02-30` would fail with an exception
    that has no line; as text, it reaches the type checks and gets a located message.
    """


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _as_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.datetime.fromisoformat(value).date()


def parse_front_matter(path: Path, block: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Validate the YAML between the `---` lines (which start on line 2 of the file)."""
    try:
        node = yaml.compose(block, Loader=_FrontMatterLoader)
        data = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or str(error)
        raise HandoutError(f"front matter is not valid YAML: {reason}", path, line) from None
    if data is None:
        raise HandoutError("front matter is empty: add 'title: ...' or remove the '---' lines",
                           path, 1)
    if not isinstance(data, dict):
        raise HandoutError("front matter must be 'key: value' lines, such as 'title: My "
                           "leaflet'", path, 2)
    key_lines = {
        str(key.value): key.start_mark.line + 2 for key, _ in node.value
    } if isinstance(node, yaml.MappingNode) else {}
    problems = []
    for key, value in data.items():
        line = key_lines.get(str(key), 2)
        expected = FRONT_MATTER_KEYS.get(key)
        if expected is None:
            problems.append(Problem(f"unknown front matter key '{key}' (known keys: "
                                    f"{', '.join(FRONT_MATTER_KEYS)})", path, line))
            continue
        if expected is dt.date and isinstance(value, str):
            try:
                data[key] = value = _as_date(value.strip())
            except ValueError:
                problems.append(Problem(f"'date' must be a date like 2023-12-29, not "
                                        f"{value!r}", path, line))
                continue
        if expected is dt.date and isinstance(value, dt.datetime):
            data[key] = value = value.date()
        if expected is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            data[key] = value = str(value)
        if value is None:
            problems.append(Problem(f"'{key}' is empty: give it a value or remove the line",
                                    path, line))
        elif isinstance(value, bool) and expected is str:
            problems.append(Problem(f"'{key}' must be text, not true/false: put the words "
                                    "in quotes", path, line))
        elif not isinstance(value, expected):
            problems.append(Problem(f"'{key}' must be {_describe(expected)}, not "
                                    f"{_describe(type(value))}", path, line))
        elif expected is str and not value.strip():
            problems.append(Problem(f"'{key}' is empty", path, line))
    pronunciations = data.get("pronunciations")
    if isinstance(pronunciations, dict) and not all(
        isinstance(k, str) and isinstance(v, str) for k, v in pronunciations.items()
    ):
        problems.append(Problem("'pronunciations' must map each word to how it is said, "
                                "such as 'Clonazepam: clo-NAZZ-eh-pam'", path,
                                key_lines.get("pronunciations", 2)))
    keywords = data.get("keywords")
    if isinstance(keywords, list) and not all(isinstance(k, str) for k in keywords):
        problems.append(Problem("'keywords' must be a list of words", path,
                                key_lines.get("keywords", 2)))
    if problems:
        raise HandoutError.collect(problems)
    return data, key_lines


def _describe(kind: type) -> str:
    return {str: "text", dt.date: "a date like 2023-12-29", list: "a list",
            dict: "a mapping of 'word: how it is said'"}.get(kind, kind.__name__)


def locate(path: Path, *needles: str) -> int | None:
    """The first line of the handout at `path` holding the first of `needles` found (any case).

    Warnings found after parsing (a removed script, a refused address) know what was
    wrong but not where; searching the source for it finds the line an author must edit.
    """
    wanted = [needle.lower() for needle in needles if needle and needle.strip()]
    if not wanted:
        return None
    try:
        text = decode_text(path, path.read_bytes())
    except (OSError, HandoutError):
        return None
    lines = text.lower().split("\n")
    for needle in wanted:
        for number, line in enumerate(lines, start=1):
            if needle in line:
                return number
    return None


def where(path: Path, *needles: str) -> str:
    """`path:line` for the first line holding one of `needles`, or `path` if none does."""
    line = locate(path, *needles)
    return f"{path}:{line}" if line else str(path)
