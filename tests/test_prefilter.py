"""The pack-rule prefilter: the literals a pattern needs, and rules skipped only where they cannot match.

Nothing here times anything: the tests check that the prefilter never hides a
match (the same matches with and without it), that a rule whose strings are
absent never even compiles its patterns, and that the literal analysis reads
patterns as ``regex`` does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPORA, corpus_texts
from wirelint.api import default_engine
from wirelint.builtin import packs_folder
from wirelint.config import Settings
from wirelint.lazy_pattern import LazyPattern
from wirelint.literals import UNFOLDABLE, required_literals
from wirelint.packs import PackRule, load_pack, remembered_matches

PACK_FILES = sorted(packs_folder().glob("*.toml"))
PACK_RULES = [rule for path in PACK_FILES for rule in load_pack(path)]


def _plain(pattern: str) -> set[str] | None:
    found = required_literals(pattern)
    return None if found is None else {text for text, _ in found}


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?x) ^ [ \t]* -- [ ]? MORE", {"--MORE", "-- MORE"}),
        (r"Getty[ ]Images|\(Photo[ ]by", {"Getty Images", "(Photo by"}),
        (r"(?i)lorem[ ]ipsum", {"lorem ipsum"}),
        (r"\bTK(?:TK)*\b", {"TK"}),
        (r"[.!?]\p{Lu}", {".", "!", "?"}),
        (r"(?=[A-Z])(?:ENDS?|MORE)$", {"END", "MORE"}),
        (r"x{2,}", {"xx"}),
    ],
)
def test_the_literals_a_pattern_needs(pattern: str, literals: set[str]) -> None:
    assert _plain(pattern) == literals


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(\p{Ll}+) \1", r"a*", r"(?:foo)?", r"[^abc]", r"(?(1)a|b)", r"foo|\d+", r".", r"\bx?\b"],
)
def test_no_literals_when_a_match_can_do_without_them(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_case_folded_parts_give_folded_literals() -> None:
    assert required_literals(r"(?i)Translated") == {("translated", True)}
    assert required_literals(r"(?i:Read)[ ]MORE") == {("read more", True)}
    assert required_literals(r"(?i)(?-i:ABC)") == {("ABC", False)}


def test_a_literal_containing_another_is_dropped() -> None:
    assert _plain(r"ENDS|-- ENDS --|END") == {"END"}


def test_every_builtin_pack_rule_is_prefiltered_except_where_no_literal_exists() -> None:
    unfiltered = {rule.code for rule in PACK_RULES if rule.literals() is None}
    assert unfiltered <= {"WL504"}  # repeated words: any word, no literal


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda rule: rule.code)
def test_every_match_example_passes_the_prefilter(rule: PackRule) -> None:
    for text in rule.examples.match:
        assert rule.can_match(text), f"{rule.code}: the prefilter would hide {text!r}"


def _fragments() -> list[str]:
    """Pieces of the built-in rules' literals and examples, to build texts near a match."""
    pieces = {" ", "\n", "\r\n", "-", ".", "a", "Z", "É", "ß", "İ"}
    for rule in PACK_RULES:
        pieces.update(text for text, _ in rule.literals() or ())
        pieces.update(rule.examples.match)
        pieces.update(rule.examples.no_match)
    return sorted(pieces)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_fragments()), max_size=8), st.sampled_from(PACK_RULES))
def test_the_prefilter_never_hides_a_match(pieces: list[str], rule: PackRule) -> None:
    text = "".join(pieces)
    remembered_matches.cache_clear()
    if list(rule.scan(text)):
        assert rule.can_match(text)


def test_case_folding_finds_every_character_regex_matches_case_insensitively() -> None:
    """A folded literal is looked for in ``text.casefold()``: each character that ``(?i)`` lets match a
    literal's character must fold alike, except the few the analysis never puts in a folded literal."""
    everything = "".join(chr(code) for code in range(0x20, 0x30000) if not 0xD800 <= code < 0xE000)
    cased = [char for char in everything if char.lower() != char.upper() or char.casefold() != char]
    for char in set(cased) - UNFOLDABLE:
        for other in regex.findall(f"(?i){regex.escape(char)}", everything):
            assert char.casefold() in other.casefold(), (char, other)
    assert required_literals("(?i)tarafından") == {("taraf", True)}


def test_a_rule_whose_literals_are_absent_never_compiles_its_patterns(tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(
        '[[rule]]\ncode = "HS101"\nname = "slug"\nseverity = "warning"\nmessage = "m"\n'
        "pattern = '''(?x) ^ SLUG-[A-Z]+ $'''\n",
        encoding="utf-8",
    )
    rule = load_pack(pack, compile_now=False)[0]
    assert isinstance(rule.patterns[0], LazyPattern)
    assert list(rule.matches("A story with no slug at all.\n")) == []
    assert "_compiled" not in vars(rule.patterns[0])
    assert [m.group() for m in rule.matches("SLUG-ABC")] == ["SLUG-ABC"]
    assert "_compiled" in vars(rule.patterns[0])


def test_a_project_pack_is_compiled_when_it_is_loaded(tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(
        '[[rule]]\ncode = "HS101"\nname = "slug"\nseverity = "warning"\nmessage = "m"\npattern = "SLUG"\n',
        encoding="utf-8",
    )
    assert isinstance(load_pack(pack)[0].patterns[0], regex.Pattern)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="corpora not available")
def test_the_prefilter_hides_no_match_in_corpus_paragraphs() -> None:
    """Every 40th corpus article: each pack rule's matches, paragraph by paragraph, with and without the prefilter."""
    engine = default_engine()
    texts = []
    for name in ("bbc-news-2004-2005.jsonl", "reuters-21578-1987.jsonl"):
        with (CORPORA / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["body"] for number, line in enumerate(lines) if number % 40 == 0]
    rules = [rule for rule in engine.rules_for(Settings(), "a.txt") if isinstance(rule, PackRule)]
    for text in texts:
        for block in engine.parse("a.txt", text).blocks:
            for rule in rules:
                if not rule.can_match(block.text):
                    assert not list(rule.scan(block.text)), (rule.code, block.text)


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"(?&a)x(?(DEFINE)(?P<a>foo|bar))", ["foox", "a barx b", "fox"]),
        (r"(?P<n>hel+o)-(?P>n)", ["hello-helllo", "helo-helo"]),
        (r"(?i)(?&a)[ ]ok(?(DEFINE)(?P<a>Fo+))", ["FOO ok", "fooo OK", "fo ok"]),
        (r"(?&a)(?(DEFINE)(?P<a>foo|b(?&a)))", ["bbfoo", "foo", "bfoo!"]),  # recursive: a call inside its group
        (r"<(?:[^<>]|(?R))*>", ["<a<b>c>", "<>"]),  # the whole pattern called: anything
        (r"ab(?1)cd(ab|xy)", ["abxycdab", "ababcdxy"]),  # a numbered call: anything
    ],
)
def test_a_called_group_needs_what_the_group_matches(pattern: str, texts: list[str]) -> None:
    """Packs write a named part once and call it (``(?&name)``, often defined in a ``(?(DEFINE)...)`` at the
    end): the literals are those of the parts called, and every match holds one of them."""
    found = required_literals(pattern)
    compiled = regex.compile(pattern)
    matches = [match.group() for text in texts for match in compiled.finditer(text)]
    assert matches
    if found is not None:
        for match in matches:
            assert any((text in match.casefold()) if folded else (text in match) for text, folded in found), match


def test_a_defined_part_gives_its_literals() -> None:
    assert _plain(r"(?&a)x(?(DEFINE)(?P<a>foo|bar))") == {"foox", "barx"}
    assert required_literals(r"(?i)(?&a)(?(DEFINE)(?P<a>Foo))") == {("foo", True)}
    assert _plain(r"x(?R)?y") == {"x"}  # the call itself counts as anything


def test_groups_that_call_groups_give_the_strings_of_the_innermost() -> None:
    assert _plain(r"(?&c)(?(DEFINE)(?P<a>xyz)(?P<b>(?&a)1)(?P<c>(?&b)2))") == {"xyz12"}


def test_a_positive_lookaround_demands_its_strings_of_the_text() -> None:
    """A gate asks whether a text could hold a match: what a positive lookaround needs is in the text."""
    assert _plain(r"(?=[^\n]*?Reporting)\p{Lu}\p{Ll}+") == {"Reporting"}
    assert _plain(r"(?<=Editing )\p{Lu}") == {"Editing "}
    assert _plain(r"(?!Reporting)\p{Lu}\p{Ll}+") is None


def _spans(matches: Iterator[regex.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]


def _same_matches_with_branches_switched_off(rule: PackRule, text: str) -> None:
    for pattern, switch in zip(rule.patterns, rule._switches, strict=True):
        usable = switch.for_text(text)
        found = [] if usable is None else _spans(usable.finditer(text))
        assert found == _spans(pattern.finditer(text)), (rule.code, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_fragments()), max_size=8), st.sampled_from(PACK_RULES))
def test_switching_off_the_branches_a_text_cannot_match_keeps_the_matches(pieces: list[str], rule: PackRule) -> None:
    """A pack rule's pattern with the branches whose strings a text lacks switched off (wirelint.gates.BranchSwitch)
    finds the same matches, groups included, as the whole pattern."""
    _same_matches_with_branches_switched_off(rule, "".join(pieces))


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="corpora not available")
def test_switching_off_branches_finds_the_same_matches_in_corpus_paragraphs() -> None:
    engine = default_engine()
    rules = [rule for rule in engine.rules_for(Settings(), "a.txt") if isinstance(rule, PackRule)]
    for text in corpus_texts(40):
        for block in engine.parse("a.txt", text).blocks:
            for rule in rules:
                _same_matches_with_branches_switched_off(rule, block.text)
    for rule in rules:
        for text in rule.examples.match + rule.examples.no_match:
            _same_matches_with_branches_switched_off(rule, text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.tuples(st.text("abcİi̇ß", min_size=1, max_size=4), st.booleans()), max_size=8), max_size=6),
    st.lists(st.text("abcİi̇ßABC ", max_size=40), min_size=1, max_size=4),
)
def test_strings_added_between_scans_are_found_as_by_a_prefilter_made_at_once(
    batches: list[list[tuple[str, bool]]], texts: list[str]
) -> None:
    """Rules ask for their strings one after another between scans: the automata take the new strings and
    are remade, and find what automata holding every string from the start find."""
    from wirelint.prefilter import Prefilter

    growing = Prefilter()
    for batch in batches:
        growing.ids(frozenset(batch))
        for text in texts:
            growing.scan(text)  # automata made at this point, then added to
    whole = Prefilter()
    whole.ids(frozenset(literal for batch in batches for literal in batch))
    asked = {literal: number for literal, number in growing._ids.items()}
    numbered = {number: literal for literal, number in whole._ids.items()}
    for text in texts:
        assert {asked[numbered[n]] for n in whole.scan(text)} == set(growing.scan(text)) == set(growing.present(text))


def test_a_run_takes_in_the_strings_an_earlier_run_of_the_same_rules_asked_for(tmp_path, monkeypatch) -> None:
    import wirelint.prefilter as prefilter_module
    from wirelint.prefilter import Prefilter
    from wirelint.startcache import StartCache

    monkeypatch.setattr(prefilter_module, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    monkeypatch.setattr(prefilter_module.atexit, "register", lambda callback: None)
    earlier = Prefilter()
    earlier.expect(("WL101", "WL102"))
    earlier.ids(frozenset({("embargo", False), ("photo", True)}))
    earlier._remember()
    later, other = Prefilter(), Prefilter()
    later.expect(("WL101", "WL102"))
    other.expect(("WL102",))
    assert set(later._ids) == {("embargo", False), ("photo", True)}, "taken in before any rule asks"
    assert not other._ids, "another set of rules starts empty"
    mine, fresh = later.ids(frozenset({("photo", True)})), Prefilter()
    alone = fresh.ids(frozenset({("photo", True)}))
    for text in ("A PHOTO of it", "A picture", "under embargo"):  # a rule's answer is the one it gets alone
        assert mine.isdisjoint(later.present(text)) == alone.isdisjoint(fresh.present(text))
