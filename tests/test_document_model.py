"""The document model: seeds parse into sensible fields with exact positions."""

from __future__ import annotations

from conftest import SEED_EDIT, SEED_WIRE

from wirelint.document import Document
from wirelint.readers.text import TextReader


def parse(path) -> Document:
    return TextReader().read(str(path), path.read_text(encoding="utf-8"))


def fields(document: Document) -> list[str]:
    return [block.field for block in document.blocks]


def test_edited_seed_has_headline_standfirst_and_leaked_caption():
    document = parse(SEED_EDIT)
    blocks = list(document.blocks)
    assert blocks[0].field == "headline"
    assert blocks[0].text.startswith("Dozens killed in ISIS")
    assert blocks[1].field == "standfirst"
    assert blocks[2].field == "caption" and blocks[2].inferred
    assert blocks[2].text.endswith("AFP PHOTO / HO / WELAYAT HOMS")
    assert blocks[3].field == "body" and blocks[3].text.startswith("=== RESTRICTED")
    assert fields(document).count("body") == 14  # the boilerplate paragraph and 13 story paragraphs


def test_wire_seed_has_dateline_and_one_paragraph_per_line():
    document = parse(SEED_WIRE)
    blocks = list(document.blocks)
    assert blocks[0].field == "dateline" and blocks[0].text == "AFP, Beirut :"
    assert "headline" not in fields(document)
    lines = SEED_WIRE.read_text(encoding="utf-8").splitlines()
    assert len(blocks) == len([line for line in lines if line.strip()])


def test_every_block_maps_back_to_its_text_in_the_file():
    for path in (SEED_EDIT, SEED_WIRE):
        document = parse(path)
        for block in document.blocks:
            start, end = block.source_span(0, len(block.text))
            assert document.source[start:end] == block.text


def test_positions_are_one_based_lines_and_code_point_columns():
    document = Document("x.txt", "ab\r\ncé\nz", "text")
    assert document.position(0) == (1, 1)
    assert document.position(4) == (2, 1)
    assert document.position(6) == (2, 3)
    assert document.position(7) == (3, 1)
    assert document.offset(3, 1) == 7


def test_quoted_speech_spans_cover_straight_and_curly_quotes():
    edit = parse(SEED_EDIT)
    quote_block = next(b for b in edit.blocks if b.text.startswith('"We continue'))
    start, end = quote_block.quotes[0]
    assert quote_block.text[start:end].endswith('related groups,"')
    assert quote_block.in_quote(quote_block.text.index("Daesh"), quote_block.text.index("Daesh") + 5)
    wire = parse(SEED_WIRE)
    curly = next(b for b in wire.blocks if b.text.startswith("“The fighting"))
    assert curly.text[slice(*curly.quotes[0])].endswith("positions”")
    assert not curly.in_quote(curly.text.index("Al-Sukhna"), curly.text.index("Al-Sukhna") + 9)


def test_sentences_do_not_break_after_abbreviations_or_initials():
    from wirelint.text.sentences import sentence_spans

    text = "Mr. Smith met U.S. officials at 3.5 p.m. on Monday. John F. Kennedy was not there. Why?"
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "Mr. Smith met U.S. officials at 3.5 p.m. on Monday.",
        "John F. Kennedy was not there.",
        "Why?",
    ]


WIRE_BODY = (
    "Nordlys Bank said its first-quarter profit rose by a fifth\n"
    "on higher lending in Norway.\n"
    "    The bank, based in Tromso, said loans grew 12 pct.\n"
    "    It expects a similar rise in the second quarter.\n"
)


def _bodies(source: str) -> list[str]:
    return [block.text for block in TextReader().read("wire.txt", source).blocks if block.field == "body"]


def test_indented_wire_paragraphs_are_split_with_or_without_a_blank_line_after_the_headline():
    expected = [
        "Nordlys Bank said its first-quarter profit rose by a fifth\non higher lending in Norway.",
        "The bank, based in Tromso, said loans grew 12 pct.",
        "It expects a similar rise in the second quarter.",
    ]
    assert _bodies(f"NORDLYS BANK PROFIT UP\n\n{WIRE_BODY}") == expected
    assert _bodies(f"NORDLYS BANK PROFIT UP\n{WIRE_BODY}")[1:] == expected[1:]  # no blank: the headline is text


def test_blank_line_paragraphs_with_an_indented_first_line_stay_whole():
    source = (
        "Bank profit up\n\n    Nordlys Bank said profit rose\nby a fifth.\n\n    The bank said loans grew\nby 12 pct.\n"
    )
    assert _bodies(source) == ["Nordlys Bank said profit rose\nby a fifth.", "The bank said loans grew\nby 12 pct."]


def test_the_continuation_lines_of_a_hanging_indent_stay_in_their_paragraph():
    source = (
        "Council agenda\n\nThe council will vote on three items.\n\n"
        "- the budget for the new bridge over the river\n  and the tolls it will charge\n"
        "- the mayor's plan for cycle lanes in the\n  old town\n\nThe vote is on Tuesday.\n"
    )
    assert _bodies(source) == [
        "The council will vote on three items.",
        "- the budget for the new bridge over the river\n  and the tolls it will charge\n"
        "- the mayor's plan for cycle lanes in the\n  old town",
        "The vote is on Tuesday.",
    ]
