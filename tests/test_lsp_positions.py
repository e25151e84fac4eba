"""Offsets <-> LSP positions: UTF-16/UTF-8/UTF-32 columns, LSP line breaks, clamping."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from wirelint import lines
from wirelint.lsp.positions import UTF8, UTF16, UTF32, LineIndex, apply_changes

ALPHABET = st.sampled_from(list("ab \n\r\u2028\u0085\x0c\u00e9“😀𝐌"))
TEXTS = st.text(ALPHABET, max_size=40)
ENCODINGS = st.sampled_from([UTF8, UTF16, UTF32])


def test_columns_count_code_units_of_the_encoding() -> None:
    text = "a😀b\nx"
    assert LineIndex(text, UTF16).position(2) == types.Position(line=0, character=3)
    assert LineIndex(text, UTF8).position(2) == types.Position(line=0, character=5)
    assert LineIndex(text, UTF32).position(2) == types.Position(line=0, character=2)


def test_only_lsp_line_breaks_start_a_line() -> None:
    text = "one\u2028two\u0085three\x0cfour\r\nfive\rsix\nseven"
    index = LineIndex(text)
    assert [index.position(text.index(word)).line for word in ("two", "five", "six", "seven")] == [0, 1, 2, 3]


def test_positions_past_the_end_are_clamped() -> None:
    index = LineIndex("ab\r\ncd")
    assert index.offset(types.Position(line=0, character=99)) == 2  # end of the line, before \r\n
    assert index.offset(types.Position(line=9, character=0)) == 6
    assert index.position(99) == types.Position(line=1, character=2)


def test_half_a_surrogate_pair_rounds_down() -> None:
    assert LineIndex("a😀b").offset(types.Position(line=0, character=2)) == 1


@given(TEXTS, ENCODINGS, st.data())
def test_offset_and_position_round_trip(text: str, encoding: str, data: st.DataObject) -> None:
    index = LineIndex(text, encoding)
    offset = data.draw(st.integers(0, len(text)))
    if offset and text[offset - 1] == "\r" and text[offset : offset + 1] == "\n":
        offset -= 1  # the middle of \r\n is not a position
    assert index.offset(index.position(offset)) == offset


@given(TEXTS, ENCODINGS, st.integers(-3, 45))
def test_units_at_is_the_position_as_a_tuple(text: str, encoding: str, offset: int) -> None:
    """units_at (the diagnostics cache's key, written out for speed) says what position says, clamping too."""
    index = LineIndex(text, encoding)
    position = index.position(offset)
    assert index.units_at(offset) == (position.line, position.character)


@given(TEXTS)
def test_line_starts_follow_every_lsp_line_break_with_or_without_a_carriage_return(text: str) -> None:
    """Texts without \\r take a faster path; both give the line starts of the \\r\\n|\\r|\\n pattern."""
    expected = [0, *(match.end() for match in re.finditer(r"\r\n|\r|\n", text))]
    assert lines.LineIndex(text).starts == expected
    assert lines.LineIndex(text.replace("\r", "")).starts == [
        0,
        *(match.end() for match in re.finditer("\n", text.replace("\r", ""))),
    ]


@given(TEXTS, TEXTS, st.data())
def test_a_partial_change_replaces_exactly_its_range(text: str, insert: str, data: st.DataObject) -> None:
    index = LineIndex(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    start, end = index.offset(index.position(start)), index.offset(index.position(end))
    change = types.TextDocumentContentChangePartial(range=index.range(start, end), text=insert)
    assert apply_changes(text, [change]) == text[:start] + insert + text[end:]


def test_changes_apply_in_order_and_a_whole_document_change_replaces_all() -> None:
    first = types.TextDocumentContentChangePartial(range=LineIndex("ab").range(1, 1), text="😀")
    second = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(line=0, character=3), types.Position(line=0, character=3)), text="c"
    )
    assert apply_changes("ab", [first, second]) == "a😀cb"
    assert apply_changes("ab", [first, types.TextDocumentContentChangeWholeDocument(text="new")]) == "new"
