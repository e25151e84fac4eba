"""Finding mentions: one pass per block, case-aware, and careful with quotes and glosses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from naming_helpers import paragraph

from wirelint.config import Settings
from wirelint.document import Article, Block
from wirelint.naming.catalog import index_for
from wirelint.naming.entities import parse_entity_tables
from wirelint.naming.matching import EntityIndex, Mention
from wirelint.sourcemap import SourceMap


def mentions(text: str, field: str = "body") -> list[Mention]:
    return index_for(Settings()).mentions(paragraph(text, field))


def found(text: str) -> list[str]:
    """The text of each unquoted mention."""
    return [m.text for m in mentions(text) if not m.quoted]


def test_acronym_is_case_exact():
    assert found("IS claimed it. This is the end. Is it?") == ["IS"]


def test_acronym_in_an_all_caps_sentence_reads_as_a_word():
    assert found("THIS IS A TEST OF THE EMERGENCY SYSTEM") == []
    assert found("THE ARMY SAYS THE CRISIS IS OVER") == []


def test_acronym_at_the_start_of_an_all_caps_headline():
    assert [m.text for m in mentions("IS SEIZES BORDER TOWN AFTER CLASHES", "headline")] == ["IS"]
    assert found("IS THIS THE END OF THE WAR") == [], "a question opener after IS makes it the verb"


def test_acronym_in_capitals_after_the_or_a_hyphen():
    assert found("TALKS WITH THE US ARE OVER") == ["US"]
    assert found("ANTI-IS COALITION MEETS IN PARIS") == ["IS"]


def test_possessives_stay_outside_the_mention():
    text = "ISIS's leader and IS' fighters and the Islamic State group’s media arm"
    assert found(text) == ["ISIS", "IS", "Islamic State group"]


def test_hyphenated_forms():
    assert found("The ISIL-linked cell and a pro-ISIS channel and U.S.-led strikes") == ["ISIL", "ISIS", "U.S."]


def test_line_wrapped_forms():
    wrapped = mentions("Clashes with the Islamic\n    State group and al-\nQaeda went on.")
    assert [m.form.text for m in wrapped] == ["Islamic State group", "al-Qaeda"]


def test_non_breaking_space_inside_a_name():
    assert found("Fighters of the Islamic\u00a0State group retreated.") == ["Islamic State group"]


def test_longest_form_wins():
    (mention,) = mentions("the Islamic State of Iraq and Syria said")
    assert mention.form.text == "Islamic State of Iraq and Syria"
    assert mention.form.kind == "full"


def test_capitalised_words_and_capitals_match_but_not_lower_case():
    assert found("Islamic State Group Claims Attack") == ["Islamic State Group"]
    assert found("AL QAEDA LEADER KILLED") == ["AL QAEDA"]
    assert found("an islamic state in their eyes") == []


def test_the_before_a_mention_is_recorded():
    text = "Forces of the Islamic State group and ISIS."
    first, second = mentions(text)
    assert first.the_start == text.index("the")
    assert second.the_start is None


def test_quoted_mentions_are_marked():
    (mention,) = mentions('"ISIS is finished," he said.')
    assert mention.quoted


def test_a_gloss_pairs_the_two_forms():
    daesh, isis = mentions("the terrorism of Daesh (the Arabic acronym for ISIS), he said")
    assert daesh.gloss is isis and isis.gloss is daesh
    full, acronym = mentions("Hayat Tahrir al-Sham (HTS) took the town")
    assert full.gloss is acronym
    first, second = mentions("ISIS, also known as Daesh, lost ground.")
    assert first.gloss is second


def test_unrelated_brackets_are_not_a_gloss():
    first, second = mentions("IS fighters (who attacked ISIS rivals last year) withdrew")
    assert first.gloss is None and second.gloss is None


def test_tickers_in_angle_brackets_are_not_mentions():
    assert found("Interstate Securities Corp <IS> and <U.S. Home Corp> rose") == []


def test_veto_patterns_apply_only_to_their_entity():
    assert found("Chicken Kiev was served in Kyiv.") == ["Kyiv"]


def test_masked_spans_are_skipped():
    text = "Use `ISIS` in code, IS in prose."
    block = Block("body", text, SourceMap.shift(0, len(text)), masked=((4, 10),))
    assert [m.text for m in index_for(Settings()).mentions(Article([block]))] == ["IS"]


class CountingPattern:
    """Wraps a compiled pattern and counts scans."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.scans = 0

    def finditer(self, text: str) -> Iterator[Any]:
        self.scans += 1
        return self.pattern.finditer(text)


def test_each_block_is_scanned_once_however_many_sets():
    tables = [{"canonical": f"Entity {n}", "names": [{"full": f"Alpha {n} Group"}, {"acronym": f"AG{n}"}]}
              for n in range(300)]
    index = EntityIndex(parse_entity_tables("many", tables))
    counter = CountingPattern(index.pattern)
    index.pattern = counter
    blocks = [Block("body", f"The Alpha {n} Group and AG{n} met.", SourceMap.shift(0, 30)) for n in range(5)]
    found_mentions = index.mentions(Article(blocks))
    assert counter.scans == len(blocks)
    assert [m.entity.canonical for m in found_mentions] == [f"Entity {n}" for n in range(5) for _ in range(2)]

