"""What a rule reports: a finding, and the fix that may come with it."""

from __future__ import annotations

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


def source_edit(source: str, start: int, end: int, text: str = "") -> Edit:
    """Replace ``source[start:end]`` with ``text``, never fusing two line breaks.

    Deleting everything between a lone CR and an LF would join them into one CRLF,
    changing the file's line endings and its line count. Such a deletion takes one
    of the two breaks with it (the LF, else the CR, whichever leaves no new CR+LF
    pair); when both would, a space keeps the breaks apart.
    """
    if text or start == end or source[start - 1 : start] != "\r" or source[end : end + 1] != "\n":
        return Edit(start, end, text)
    if source[end + 1 : end + 2] != "\n":
        return Edit(start, end + 1, "")
    if source[start - 2 : start - 1] != "\r":
        return Edit(start - 1, end, "")
    return Edit(start, end, " ")


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of edits that together repair one finding."""

    description: str
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place in one file; never changed once made.

    ``start``/``end`` are offsets into the decoded file; ``line``/``column``
    (1-based, code points, end exclusive) are filled in by the engine, which
    makes a located copy.
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
    edit_positions: tuple[tuple[int, int, int, int], ...] = ()

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

    def to_record(self) -> dict[str, Any]:
        """Every field, as JSON values, so a stored finding (the result cache) comes back exactly."""
        record = {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]
        record["severity"] = self.severity.value
        if self.fix is not None:
            record["fix"] = {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [[edit.start, edit.end, edit.text] for edit in self.fix.edits],
            }
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Finding:
        """The finding :meth:`to_record` stored."""
        values = dict(record)
        values["severity"] = Severity(values["severity"])
        fix = values.get("fix")
        if fix is not None:
            edits = tuple(Edit(start, end, text) for start, end, text in fix["edits"])
            values["fix"] = Fix(fix["description"], edits, fix["safe"])
        values["edit_positions"] = tuple(tuple(position) for position in values.get("edit_positions", ()))
        return cls(**values)

    def row(self) -> dict[str, Any]:
        """The flat, fix-less part of :meth:`to_dict` that an audit writes for each finding."""
        data = self.to_dict()
        return {"path": self.path, "article_id": self.article_id} | {key: data[key] for key in ROW_FIELDS}


ROW_FIELDS = ("code", "name", "severity", "field", "line", "column", "end_line", "end_column", "message")
