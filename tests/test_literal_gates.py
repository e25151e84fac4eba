"""Literal gates in front of code rules' patterns (wirelint/gates.py, issue 18): a gate may only skip a
search that would have found nothing, so with and without it every search must agree."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPORA, corpus_texts
from wirelint.checks import leftovers
from wirelint.gates import LiteralGate, top_level_branches
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers import events
from wirelint.prefilter import Prefilter
from wirelint.text import creditgates, noticeterms, storysigns, translation, vocabulary
from wirelint.text.vocabulary import paragraph_units

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
    "Photo: ", "Picture by ", "Foto ", "courtesy of", "©", "(c)", "Image supplied by ", "FOOTAGE / ",
]  # fmt: skip


def _hint_and_terms_agree(text: str) -> None:
    hint = leftovers.BOILERPLATE_HINT
    assert hint.search(text) == (hint.alternation.search(text) is not None), text
    labelled = creditgates._labelled_gate()
    assert labelled.search(text) == (labelled.alternation.search(text) is not None), text
    strong = noticeterms.vocabulary().strong
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


def test_an_alternation_is_cut_only_at_its_own_bars() -> None:
    assert top_level_branches(r"a|b(c|d)|[|(]x|\|y") == ("a", "b(c|d)", "[|(]x", r"\|y")
    for whole in (r"(a)|\1", r"(?P<n>a)|(?P=n)", r"(?(1)a|b)", r"(?x) a # one | two", r"[[a]|b]"):
        assert top_level_branches(whole) == (whole,)
    assert top_level_branches("a # one | two", regex.VERBOSE) == ("a # one | two",)
    assert top_level_branches(r"(?i)a|b") == ("(?i)(?i)a", "(?i)b")  # flags of the whole pattern open each
    assert top_level_branches("(?x) a | (?:b|c) # d\n") == ("(?x)(?x) a ", "(?x) (?:b|c) # d\n")
    shared_out = top_level_branches(r"(?i:b|c(d|e))|(?:x|y)+|(?:p|q)z")
    assert shared_out == ("(?i:b)", "(?i:c(d|e))", "(?:x|y)+", "(?:p)z", "(?:q)z")
    assert top_level_branches(r"\b(?:he|she)\s+said|x") == (r"\b(?:he)\s+said", r"\b(?:she)\s+said", "x")


SENTENCE_PIECES = [
    "He said", "she added", "they told", "said he", "also", "Also,", "The company said", "The bank", "Firstly, ",
    "In its", "The two other", "chairman John Smith", ", vice president Ann Lee", "Spokesman Tom", '"', "“",
    "Mr Lund said", "said Mr Lund", "Al-Chalabi warned", "İ", "ß", " ", ", ", ". ", "\n", "the", "it noted",
    "said.The", "(FCC)", "Manchester", "U.S.", "Treasury", "112%.In", "IBM", "on Monday", "last week", "today",
    "yesterday", ".\"", "Ltd>.", "A ", ")", "this year", ",",
]  # fmt: skip


def _sentence_tests_agree(text: str) -> None:
    assert storysigns._LEANS_BACK_TEST.search(text) == (storysigns._LEANS_BACK.search(text) is not None), text
    assert storysigns._WHEN_TEST.search(text) == (storysigns._WHEN.search(text) is not None), text
    last_two = storysigns._MID_SENTENCE.search(text, max(0, len(text) - 2))
    assert (last_two is None) == (storysigns._MID_SENTENCE.search(text) is None), text
    for start in range(len(text) + 1):
        if not vocabulary._may_run_on(text, start, len(text)):
            assert vocabulary._RUN_ON.search(text, start, len(text)) is None, (text, start)
    gated = [m.span() for m in storysigns._SPEAKER_GATE.finditer(text)]
    assert gated == [m.span() for m in storysigns._SPEAKER.finditer(text)], text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), min_size=1, max_size=8).map("".join))
def test_a_sentence_leans_back_and_names_speakers_as_its_patterns_say(text: str) -> None:
    _sentence_tests_agree(text)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_a_sentence_leans_back_and_names_speakers_as_its_patterns_say_in_corpus_sentences() -> None:
    for text in corpus_texts(25):
        for paragraph in text.split("\n\n"):
            for unit in paragraph_units(paragraph):
                _sentence_tests_agree(paragraph[unit.start : unit.end])


EVENT_PIECES = [
    "killed", "KILLED", "the lives of", "injuring", "death toll", "toll,", " at least ", "more than ", "40", "12 ",
    "people", "evacuated from", "arrested", "İ", "ß", " ", ", ", ". ", "The bank said", "sales rose",
]  # fmt: skip


def _events_agree(text: str) -> None:
    gated = [m.span() for m in events._BEFORE_GATE.finditer(text, 0, len(text))]
    assert gated == [m.span() for m in events._BEFORE_PATTERN.finditer(text, 0, len(text))], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(EVENT_PIECES), min_size=1, max_size=8).map("".join))
def test_the_event_words_gate_never_hides_an_event(text: str) -> None:
    _events_agree(text)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora")
def test_the_event_words_gate_never_hides_an_event_in_corpus_paragraphs() -> None:
    for text in corpus_texts(25):
        for paragraph in text.split("\n\n"):
            _events_agree(paragraph)
