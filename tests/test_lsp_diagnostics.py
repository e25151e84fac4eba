"""The language server hands out a document's last diagnostics again where a finding has not moved
(wirelint.lsp.diagnostics.DiagnosticCache): after every edit they must be exactly the ones built
afresh."""

from __future__ import annotations

import random

from test_incremental import PARAGRAPHS, _edit

from tests.conftest import SEED_EDIT
from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.lsp.diagnostics import DiagnosticCache, to_diagnostic
from wirelint.lsp.positions import UTF16, LineIndex


def test_diagnostics_handed_out_again_equal_fresh_ones_after_every_edit():
    rng = random.Random(7)
    engine, settings = default_engine(), Settings()
    rules = engine.registry.rules
    cache = DiagnosticCache()
    text = SEED_EDIT.read_text(encoding="utf-8") + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    reused = 0
    for _ in range(12):
        text = _edit(text, rng)
        findings = engine.lint_source("story.txt", text, settings).findings
        index = LineIndex(text, UTF16)
        before = set(map(id, cache._last.values()))
        handed = cache.diagnostics(findings, index, rules)
        fresh = [to_diagnostic(finding, index, rules.get(finding.code)) for finding in findings]
        assert handed == fresh
        reused += sum(id(diagnostic) in before for diagnostic in handed)
    assert reused  # the cache was used, not only filled
