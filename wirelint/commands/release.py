"""Freeing a linted document at once, for the check command and the language server's lint process.

A document's blocks point to their article and its articles to it: a cycle, so when nothing else uses the
document it waits, with all it reaches (blocks, sentences, the article's vocabulary), for the cyclic
collector. Once the findings are made nothing reads those links, so cutting them lets reference counting
free the document as soon as it is dropped, and the collector runs less often and walks less
(docs/performance.md, round nine: in the language server a full collection walked twenty edits' documents,
8 to 17 ms in one edit in twenty-five of a 5,000-word article, 2.5 to 4 ms with them freed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirelint.document import Document


def release(document: Document) -> None:
    """Cut the links from ``document``'s blocks to their article and from its articles to it."""
    for article in document.articles:
        article.document = None
        for block in article.blocks:
            block.article = None
