"""What the check stage reports: one `Finding` per problem, with a severity.

Errors fail `invoke check`; warnings fail it only with `--strict`; information never does.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"


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
