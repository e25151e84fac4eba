"""The JSON and JSON Lines readers: ninjs fields, exact maps through escapes, clear errors."""

from __future__ import annotations

import html
import json

import pytest
from conftest import assert_maps_exactly

from wirelint.document import Block, Document
from wirelint.errors import InputError
from wirelint.readers.json import JsonLinesReader, JsonReader, parse_json


def assert_exact(document: Document) -> None:
    """Every literal character maps onto itself; every atomic piece is an escape or entity for it."""
    assert_maps_exactly(document, _stands_for, trimmed=False)


def _stands_for(char: str, raw: str) -> bool:
    decoded = json.loads(f'"{raw}"') if raw.startswith("\\") else raw
    if decoded.startswith("&"):
        decoded = html.unescape(decoded)
    return char in decoded or (char == "\n" and "<br" in decoded)


def read(source: str, reader: JsonReader | JsonLinesReader | None = None) -> Document:
    document = (reader or JsonReader()).read("item.json", source)
    assert_exact(document)
    return document


def fields(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(block.field, block.text) for block in blocks]


NINJS = r"""{
  "uri": "urn:example:news:2024:ferry-strike",
  "type": "text",
  "headline": "Ferry crews strike over \"pay\" and hours",
  "subheadline": "Services to three islands cancelled",
  "byline": "Staff reporter",
  "body_text": "Crews walked out at 6am.\n\nThe operator called it \u201cregrettable\u201d.\nTalks resume on Friday.",
  "associations": {
    "featureimage": {"type": "picture", "description_text": "The empty quay at Lerwick on Monday"},
    "gallery": {"type": "picture", "headline": "Passengers wait at the terminal"}
  }
}"""


def test_ninjs_fields_and_id() -> None:
    document = read(NINJS)
    (article,) = document.articles
    assert article.id == "urn:example:news:2024:ferry-strike"
    assert fields(article.blocks) == [
        ("headline", 'Ferry crews strike over "pay" and hours'),
        ("standfirst", "Services to three islands cancelled"),
        ("caption", "The empty quay at Lerwick on Monday"),
        ("caption", "Passengers wait at the terminal"),
        ("body", "Crews walked out at 6am."),
        ("body", "The operator called it “regrettable”.\nTalks resume on Friday."),
    ]
    assert [block.paragraph for block in article.body] == [0, 1]


def test_positions_and_atomic_escapes() -> None:
    document = read(NINJS)
    headline, _, caption, _, first, second = document.articles[0].blocks
    assert document.position(headline.map.start(0)) == (4, 16)
    assert document.position(caption.map.start(0)) == (9, 62)
    assert document.position(first.map.start(0)) == (7, 17)
    quote = headline.text.index('"')
    assert document.source[slice(*headline.source_span(quote, quote + 1))] == '\\"'
    # The second paragraph starts after the escaped blank line.
    assert document.source[second.map.start(0) - 4 : second.map.start(0)] == "\\n\\n"
    curly = second.text.index("“")
    assert document.source[slice(*second.source_span(curly, curly + 1))] == "\\u201c"


def test_surrogate_pairs_and_raw_unicode() -> None:
    source = '{"headline": "Rocket \\ud83d\\ude80 launch \U0001f680 delayed \\u00e9t\\u00e9"}'
    block = read(source).articles[0].blocks[0]
    assert block.text == "Rocket \U0001f680 launch \U0001f680 delayed été"
    rocket = block.text.index("\U0001f680")
    assert source[slice(*block.source_span(rocket, rocket + 1))] == "\\ud83d\\ude80"
    raw = block.text.index("\U0001f680", rocket + 1)
    assert source[slice(*block.source_span(raw, raw + 1))] == "\U0001f680"


def test_escape_writes_json_string_text() -> None:
    block = read(NINJS).articles[0].blocks[0]
    assert block.escape('say "no"\nnow é') == 'say \\"no\\"\\nnow é'


def test_body_text_without_blank_lines_splits_on_newlines() -> None:
    document = read('{"headline": "Short", "body_text": "One line.\\nTwo line.\\nThree line."}')
    assert [block.text for block in document.articles[0].body] == ["One line.", "Two line.", "Three line."]


def test_body_html_maps_are_composed() -> None:
    source = (
        '{"headline": "H", "body_html": "<p class=\\"lead\\">Fish &amp; chips</p>\\n'
        '<p>Caf\\u00e9 owners<br/>protest</p><figure><figcaption>The \\"old\\" pier</figcaption></figure>"}'
    )
    document = read(source)
    assert fields(document.articles[0].blocks) == [
        ("headline", "H"),
        ("body", "Fish & chips"),
        ("body", "Café owners\nprotest"),
        ("caption", 'The "old" pier'),
    ]
    fish, cafe, caption = document.articles[0].blocks[1:]
    assert source[fish.map.start(0) :].startswith("Fish &amp;")
    assert source[slice(*fish.source_span(5, 6))] == "&amp;"
    assert source[slice(*cafe.source_span(3, 4))] == "\\u00e9"
    assert source[slice(*caption.source_span(4, 5))] == '\\"'
    # Fixes are escaped for HTML, then for the JSON string.
    assert fish.escape('A & "B"') == 'A &amp; \\"B\\"'


def test_ninjs_2_spellings() -> None:
    source = json.dumps(
        {
            "guid": "item-2",
            "headlines": [{"role": "sub", "value": "Second deck"}, {"role": "main", "value": "Main deck"}],
            "bodies": [{"contenttype": "text/html", "value": "<p>Body one.</p><p>Body two.</p>"}],
            "associations": [{"name": "photo", "descriptions": [{"role": "caption", "value": "A photo caption"}]}],
        },
        ensure_ascii=False,
    )
    document = read(source)
    (article,) = document.articles
    assert article.id == "item-2"
    assert fields(article.blocks) == [
        ("headline", "Main deck"),
        ("standfirst", "Second deck"),
        ("caption", "A photo caption"),
        ("body", "Body one."),
        ("body", "Body two."),
    ]


def test_top_level_array_is_several_articles() -> None:
    source = '[{"headline": "One", "id": 7}, {"headline": "Two"}, 3]'
    document = read(source)
    assert [(article.id, article.headline and article.headline.text) for article in document.articles] == [
        ("7", "One"),
        ("item 2", "Two"),
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('{"headline": "x",}', "line 1, column 18: expected a property name"),
        ('{\n  "headline" "x"\n}', "line 2, column 14: expected ':'"),
        ('{"headline": "x"', "line 1, column 17: expected ',' or '}'"),
        ('{"headline": "x\ny"}', "line 1, column 16: invalid control character"),
        ('{"headline": "\\q"}', "line 1, column 15: invalid \\escape"),
        ('{"a": 1} {"b": 2}', "line 1, column 10: extra data"),
        ("[01]", "line 1, column 3: expected ',' or ']'"),
        ("   ", "line 1, column 4: unexpected end of data"),
    ],
)
def test_invalid_json_names_line_and_column(source: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        JsonReader().read("bad.json", source)
    assert caught.value.path == "bad.json"
    assert message in str(caught.value)


def test_json_lines_ids_and_blank_lines() -> None:
    source = (
        '{"headline": "First", "uri": "u1"}\n'
        "\n"
        '{"headline": "Third line"}\r\n'
        '{"headline": "Fourth", "guid": "g4"}\n'
    )
    document = read(source, JsonLinesReader())
    assert [(article.id, article.blocks[0].text) for article in document.articles] == [
        ("u1", "First"),
        ("line 3", "Third line"),
        ("g4", "Fourth"),
    ]
    third = document.articles[1].blocks[0]
    assert document.position(third.map.start(0)) == (3, 15)


def test_json_lines_broken_line_is_named_and_the_other_lines_are_read() -> None:
    source = '{"headline": "Fine"}\n{"headline": \n{"headline": "Also fine"}\n'
    document = JsonLinesReader().read("feed.jsonl", source)
    assert [article.blocks[0].text for article in document.articles] == ["Fine", "Also fine"]
    assert len(document.problems) == 1 and "line 2, column 14" in document.problems[0]
    document = JsonLinesReader().read("feed.jsonl", '{"headline": "Fine"}\n[1, 2]\n')
    assert [article.id for article in document.articles] == ["line 1"]
    assert len(document.problems) == 1 and "line 2: expected a JSON object" in document.problems[0]


def test_deep_nesting_parses_without_recursion() -> None:
    deep = "[" * 10000 + "]" * 10000
    value = parse_json("deep.json", deep)
    for _ in range(9999):
        value = value[0]
    assert value == []
    document = read('{"headline": "Deep", "extra": ' + '{"a":' * 10000 + "1" + "}" * 10000 + "}")
    assert document.articles[0].blocks[0].text == "Deep"
    with pytest.raises(InputError, match="line 1, column 10001"):
        JsonReader().read("deep.json", "[" * 10000)
