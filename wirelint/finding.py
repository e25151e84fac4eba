"""What a rule reports: a finding, and the fix that may come with it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """How bad a finding is; ordered ``info < warning < error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with ``text`` (offsets in the decoded file)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of edits that together repair one finding."""

    description: str
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(slots=True)
class Finding:
    """One problem at one place in one file.

    ``start``/``end`` are offsets into the decoded file; ``line``/``column``
    (1-based, code points, end exclusive) are filled in by the engine.
    """

    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    field: str | None = None
    fix: Fix | None = None
    article_id: str | None = None
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    edit_positions: list[tuple[int, int, int, int]] = dataclasses.field(default_factory=list)

    @property
    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.start, self.end, self.code, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The finding in the JSON shape fixed by DESIGN.md."""
        data: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "field": self.field,
            "fix": None,
        }
        if self.fix is not None:
            data["fix"] = {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [
                    {"line": l1, "column": c1, "end_line": l2, "end_column": c2, "content": edit.text}
                    for edit, (l1, c1, l2, c2) in zip(self.fix.edits, self.edit_positions, strict=False)
                ],
            }
        if self.article_id is not None:
            data["article_id"] = self.article_id
        return data
