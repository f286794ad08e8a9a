"""User-facing failures and how they read.

Every problem an author can fix is a `HandoutError` carrying the file and, where there is
one, the line, so the task layer can print `source/leaflet.md:42: what is wrong` and exit 1
without a traceback. Several problems found in one pass travel together as `HandoutErrors`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    message: str
    file: Path | str | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.file is None:
            return self.message
        where = str(self.file) if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


class HandoutError(Exception):
    """A failure the user can fix: carries one or more located problems."""

    def __init__(self, message: str, file: Path | str | None = None, line: int | None = None):
        self.problems: tuple[Problem, ...] = (Problem(message, file, line),)
        super().__init__(str(self.problems[0]))

    @classmethod
    def collect(cls, problems: list[Problem]) -> "HandoutError":
        """One error that reports every problem in `problems`, one per line."""
        error = cls(problems[0].message, problems[0].file, problems[0].line)
        error.problems = tuple(problems)
        error.args = ("\n".join(str(p) for p in problems),)
        return error

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __reduce__(self):
        """Pickled with every problem (the PDFs are laid out in a child process)."""
        return type(self).collect, (list(self.problems),)


class NotAllBuilt(HandoutError):
    """Some handouts were built (`manifests`, one each) and others could not be read
    (`problems`): the command says what it built, then what to fix."""

    def __init__(self, problems: list[Problem], manifests: list[dict]):
        super().__init__(problems[0].message, problems[0].file, problems[0].line)
        self.problems = tuple(problems)
        self.manifests = manifests
