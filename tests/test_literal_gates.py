"""Literal gates in front of code rules' patterns (wirelint/gates.py, issue 18): a gate may only skip a
search that would have found nothing, so with and without it every search must agree."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPORA, corpus_texts
from wirelint.checks import leftovers
from wirelint.gates import LiteralGate
from wirelint.lazy_pattern import LazyPattern
from wirelint.prefilter import Prefilter
from wirelint.text import notices, translation

TRANSLATION_PIECES = [
    "Translated by DeepL", "TRANSLATED", "translation", "übersetzt", "ÜBERSETZT", "Traduit", "traducción",
    "перевод", "ПЕРЕВОД", "Перевёл", "翻译", "번역", "תורגם", "ترجمة", "Machine", " auto-", "İ", "ı", "ß", "ſ",
    "The minister said", ". ", "\n", " ", "(", ")", "Çeviri", "ÇEVİRİ", "käännös", "KÄÄNNÖS", "μετάφραση",
]  # fmt: skip


def _agree(text: str) -> None:
    for gate, hint in zip(translation._hint_gates(), translation._hints(), strict=True):
        assert (gate.search(text) is None) == (hint.search(text) is None), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TRANSLATION_PIECES), min_size=1, max_size=10).map("".join))
def test_the_translation_hints_gate_never_hides_a_hint(text: str) -> None:
    _agree(text)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_the_translation_hints_gate_never_hides_a_hint_in_corpus_paragraphs() -> None:
    for text in corpus_texts(25):
        for paragraph in text.split("\n\n"):
            _agree(paragraph)


def test_a_gate_reads_flags_given_apart_from_the_source() -> None:
    verbose = LiteralGate(LazyPattern(r"needle   [ ] word", regex.VERBOSE | regex.IGNORECASE))
    assert verbose.search("a NEEDLE WORD here") is not None
    assert not verbose.open("no such thing")


def test_a_gate_stays_open_when_no_literal_is_known() -> None:
    gate = LiteralGate(LazyPattern(r"\p{Lu}{3}"))
    assert gate.open("abc")


def test_a_version_1_pattern_is_gated_unless_a_class_holds_a_class() -> None:
    """Version 1 reads ``[[a-z]--[aeiou]]`` as a set operation, version 0 (what the analysis reads) as a class
    and the characters "--[aeiou]]": such a gate must stay open."""
    assert not LiteralGate(LazyPattern(r"word", regex.VERSION1)).open("nothing")
    nested = LiteralGate(LazyPattern(r"x[[a-z]--[aeiou]]y", regex.VERSION1))
    assert nested.open("xby") and nested.search("xby") is not None
    assert LiteralGate(LazyPattern(r"[\[]--x", regex.VERSION1 | regex.IGNORECASE)).open("[--X")
    full_case = LiteralGate(LazyPattern(r"strasse", regex.VERSION1 | regex.IGNORECASE))
    assert full_case.search("STRAẞE") is not None  # version 1 folds in full, and so does the prefilter's text


NOTICE_PIECES = [
    "EDITORIAL USE ONLY", "Editorial use only", "NO SALES", "no sales", "Mandatory Credit", "MUST CREDIT",
    "JAPAN OUT", "FRANCE, ITALY OUT", "No use in France", "not for sale", "EDİTORİAL", "ß", "İ", "ſ", "Getty",
    "(Photo by Ann Berg/AFP)", "/", ":", " - ", ". ", "\n", " ", "The minister said", "sales rose", "ARCHIVES",
    "Handout", "HANDOUT", "rights reserved", "not to be sold", "pool photo", " for Reuters", " via AP",
]  # fmt: skip


def _hint_and_terms_agree(text: str) -> None:
    hint = leftovers.BOILERPLATE_HINT
    assert hint.search(text) == (hint.alternation.search(text) is not None), text
    strong = notices._vocabulary().strong
    assert [m.span() for m in strong.finditer(text)] == [m.span() for m in strong._pattern.finditer(text)], text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NOTICE_PIECES), min_size=1, max_size=10).map("".join))
def test_the_credit_hint_and_notice_terms_agree_with_their_patterns(text: str) -> None:
    """The hint's branches searched one by one say what the alternation says; the notice terms' gate (a
    version 1 pattern) never hides a term."""
    _hint_and_terms_agree(text)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_the_credit_hint_and_notice_terms_agree_with_their_patterns_in_corpus_paragraphs() -> None:
    for text in corpus_texts(25):
        for paragraph in text.split("\n\n"):
            _hint_and_terms_agree(paragraph)


def test_a_folded_literal_is_found_where_a_dotted_capital_i_stands_for_i() -> None:
    """``(?i)`` matches "İ" as "i", but "İ" folds to "i" and a combining dot: "ÇEVİRİ" is "çeviri" all the same."""
    prefilter = Prefilter()
    for literal, text in (("çevir", "ÇEVİRİ"), ("editorial", "EDİTORİAL USE ONLY")):
        assert regex.search(f"(?i){literal}", text)
        assert prefilter.ids(frozenset({(literal, True)})) <= prefilter.scan(text)
