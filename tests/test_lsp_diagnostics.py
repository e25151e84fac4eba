"""The language server hands out a document's last diagnostics again where a finding has not moved
(wirelint.lsp.diagnostics.DiagnosticCache): after every edit they must be exactly the ones built
afresh."""

from __future__ import annotations

import random

from test_incremental import PARAGRAPHS, _edit

from tests.conftest import SEED_EDIT
from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.lsp.diagnostics import DiagnosticCache, publish_notification, to_diagnostic
from wirelint.lsp.positions import UTF16, LineIndex
from wirelint.lsp.wire import plain


def test_diagnostics_handed_out_again_equal_fresh_ones_after_every_edit():
    rng = random.Random(7)
    engine, settings = default_engine(), Settings()
    cache = DiagnosticCache()
    text = SEED_EDIT.read_text(encoding="utf-8") + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    reused = 0
    for _ in range(12):
        text = _edit(text, rng)
        findings = engine.lint_source("story.txt", text, settings).findings
        index = LineIndex(text, UTF16)
        before = set(map(id, cache._last.values()))
        handed = cache.diagnostics([plain(finding) for finding in findings], index)
        fresh = [to_diagnostic(finding, index) for finding in findings]
        assert handed == fresh
        reused += sum(id(diagnostic) in before for diagnostic in handed)
    assert reused  # the cache was used, not only filled


def test_the_notification_written_from_encoded_diagnostics_is_the_one_the_protocol_would_write():
    """The server publishes JSON joined from each diagnostic's text, encoded once per diagnostic: after
    every edit it must decode to what pygls would have sent for the same diagnostics."""
    from json import dumps, loads

    from lsprotocol import types
    from pygls.protocol import default_converter

    from wirelint.lsp.server import create_server

    protocol = create_server(autoload=False).protocol
    rng = random.Random(11)
    engine, settings = default_engine(), Settings()
    cache = DiagnosticCache(default_converter().unstructure)
    text = SEED_EDIT.read_text(encoding="utf-8") + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    for version in (*range(6), None):  # a document with no version: pygls leaves the field out
        text = _edit(text, rng)
        index = LineIndex(text, UTF16)
        findings = engine.lint_source("story.txt", text, settings).findings
        diagnostics = cache.diagnostics([plain(finding) for finding in findings], index)
        uri = "file:///tmp/story%C3%A9.txt"
        params = types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        message = types.PublishDiagnosticsNotification(method=types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, params=params)
        expected = loads(dumps(message, default=protocol._serialize_message))
        written = publish_notification(params.uri, version, cache.encoded(diagnostics) or [])
        assert written.isascii()
        assert loads(written) == {key: value for key, value in expected.items() if key != "id"}


def test_a_disable_comment_goes_before_the_first_block_holding_the_finding_as_a_scan_finds_it():
    """Blocks are found by bisection when their spans are in order; the answer is a scan's."""
    from wirelint.lsp.directives import Layout

    rng = random.Random(1)
    for _ in range(3000):
        spans, position = [], 0
        for _ in range(rng.randrange(8)):  # empty spans and spans that touch included
            position += rng.randrange(3)
            spans.append((position, position + rng.randrange(4)))
            position = spans[-1][1]
        if rng.random() < 0.2:
            rng.shuffle(spans)
        layout = Layout(spans)
        for offset in range(-1, position + 3):
            assert layout.anchor(offset) == next((s for s, e in spans if s <= offset <= e), offset)
