"""Cheap gates in front of costly analyses (issue 18): each skips work only where a condition every
result needs fails, so results with and without the gate must be equal. These tests run each
analysis with its gate and with the gate forced open, on generated text built from the pieces
the analysis reacts to and on corpus paragraphs."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPORA, corpus_texts
from wirelint.text import creditgates, credits

CREDIT_PIECES = [
    "AFP PHOTO", "Reuters", "REUTERS", " / ", "/", " | ", " via ", " for ", " for AFP", "Photo: ", "Picture by ",
    "John Smith", "Li Wei", "KOMMERSANT", "Tanjug", "Getty Images", " PHOTO", "HANDOUT", "File Photo", "(", ")",
    "[", "]", ". ", ", ", "\n", "\n\n", "The minister said", " the talks ", "Courtesy of ", "©", "2019 ",
    "file photo", "Xinhua photo by ", "Baltic Times", "Kate Green", " - ", "SANA", "AP Photo",
]  # fmt: skip


WIDE_SLASHED = regex.compile(r"/|[ ]\|[ ]|[ ]via[ ]|[ ]for[ ]")
"""The slash-chain grammar's gate before this round: any " for " let a paragraph through (news is full of
it). The gate now wants " for " beside "PHOTO"; the credits found must be the same."""


def _credits_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The credits found with the slash-chain grammar's gate, and with the wider gate it replaced."""
    gated = credits.find_credits(text)
    with monkeypatch.context() as patched:
        patched.setattr(creditgates, "_GATES", {**creditgates._GATES, "slashed": WIDE_SLASHED})
        patched.setattr(creditgates, "_NEEDLES", {k: v for k, v in creditgates._NEEDLES.items() if k != "slashed"})
        assert credits.find_credits(text) == gated


def _plain_gate(kind: str, text: str, folded: object) -> bool:
    return creditgates._GATES[kind].search(text) is not None


def _credits_with_and_without_needles(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The credits found when each gate's needles are tested first, and when only its pattern is searched."""
    found = credits.find_credits(text)
    with monkeypatch.context() as patched:
        patched.setattr(credits, "gate", _plain_gate)
        assert credits.find_credits(text) == found


FOLDING_PIECES = ["İMAGE", "pİcture", "ſource", "PHOTO", "Photo", "FİLE PHOTO", "HANDOUT PHOTO", "(C) ", "COPYRİGHT"]
"""Letters that ``(?i)`` matches to a plain one: a needle looked for in folded text must still be found."""


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CREDIT_PIECES + FOLDING_PIECES), min_size=1, max_size=14).map("".join))
def test_the_slash_gate_and_the_needles_never_change_the_credits_found(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _credits_both_ways(text, monkeypatch)
        _credits_with_and_without_needles(text, monkeypatch)


def test_a_needle_in_folded_text_is_found_where_the_pattern_ignores_case() -> None:
    for text in ("pİc: ", "ſource: ", "FİLE PHOTO", "İMAGE"):
        folded = creditgates.folder(text)
        assert any(needle in folded() for needle in creditgates._FOLDED_NEEDLES["labelled"] + ("file photo",)), text


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_the_slash_gate_and_the_needles_never_change_the_credits_found_in_corpus_paragraphs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for text in corpus_texts(25):
        for paragraph in text.split("\n\n"):
            _credits_both_ways(paragraph, monkeypatch)
            _credits_with_and_without_needles(paragraph, monkeypatch)
