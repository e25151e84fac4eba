"""A checked file's document is freed as soon as its findings are made, without the cyclic collector."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from wirelint.api import default_engine
from wirelint.commands.release import release
from wirelint.commands.runner import RunOptions, check_file
from wirelint.document import Document
from wirelint.engine import Engine

STORY = (
    "Bridge budget approved\n\n"
    "The city council approved a budget of 40 million euros for a new bridge on Tuesday, said the mayor.\n\n"
    "The the mayor, Jana Novak, said cyclists would be the first to cross it.\n"
)


def test_release_cuts_the_links_to_article_and_document() -> None:
    document = default_engine().parse("story.txt", STORY)
    release(document)
    assert all(article.document is None for article in document.articles)
    assert all(block.article is None for article in document.articles for block in article.blocks)


def test_checked_file_frees_its_document_without_the_collector(tmp_path: Path, monkeypatch) -> None:
    made: list[weakref.ref[Document]] = []
    parse = Engine.parse

    def remembered(self: Engine, *args: object, **kwargs: object) -> Document:
        document = parse(self, *args, **kwargs)
        made.append(weakref.ref(document))
        return document

    monkeypatch.setattr(Engine, "parse", remembered)
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    enabled = gc.isenabled()
    gc.disable()
    try:
        outcome = check_file(path, RunOptions())
        second = check_file(path, RunOptions())  # the rules' per-article memo lets go of the first article
        assert made and made[0]() is None
    finally:
        if enabled:
            gc.enable()
    assert [f.code for f in outcome.findings] == [f.code for f in second.findings]
    assert "WL504" in {f.code for f in outcome.findings}
