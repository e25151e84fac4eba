"""Helpers shared by the naming tests: one-block articles and a WL3xx lint call."""

from __future__ import annotations

import conftest

from wirelint.config import Settings
from wirelint.document import Article, Block, Document
from wirelint.finding import Finding
from wirelint.sourcemap import SourceMap


def paragraph(text: str, field: str = "body") -> Article:
    """An article of one block holding ``text`` exactly (line breaks kept, as in wrapped copy)."""
    block = Block(field, text, SourceMap.shift(0, len(text)))
    article = Article([block])
    Document("example.txt", text, "text", [article])
    return article


def lint(text: str, settings: Settings | None = None, path: str = "story.txt") -> list[Finding]:
    """WL3xx findings for ``text`` read as a plain-text file."""
    return conftest.lint(text, path, settings=settings or Settings(select=("WL3",)))

