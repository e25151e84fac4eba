"""The Markdown reader: front matter, body blocks, masks, exact maps and clear errors."""

from __future__ import annotations

import html

import pytest
from conftest import SEED_WIRE, assert_maps_exactly, run_python

from wirelint.document import Block, Document
from wirelint.errors import InputError
from wirelint.readers import markdown_inline
from wirelint.readers.markdown import MarkdownReader


def assert_exact(document: Document) -> None:
    """Every literal character maps onto itself; atomic pieces (escapes, folds) lie inside the file."""
    assert_maps_exactly(
        document,
        lambda char, piece: char in html.unescape(piece) if piece[0] == "&" else piece[0] in "\\'\r\n <",
    )


def read(source: str) -> Document:
    document = MarkdownReader().read("story.md", source)
    assert_exact(document)
    return document


def blocks(document: Document) -> list[Block]:
    return list(document.blocks)


def fields(document: Document) -> list[tuple[str, str]]:
    return [(block.field, block.text) for block in document.blocks]


YAML_STORY = """---
title: Ferry crews strike over pay
subtitle: "Services to three \\"island\\" routes\\u00a0cancelled"
byline: Staff reporter
source: Example News
image:
  src: quay.jpg
  caption: >-
    The empty quay at Lerwick
    on Monday morning
caption: 'The operator''s office'
---

# Ferry crews strike over pay

Crews walked out at 6am, the union said.
Talks resume on Friday.
"""


def test_yaml_front_matter_fields() -> None:
    document = read(YAML_STORY)
    assert fields(document) == [
        ("headline", "Ferry crews strike over pay"),
        ("standfirst", 'Services to three "island" routes\xa0cancelled'),
        ("caption", "The operator's office"),
        ("caption", "The empty quay at Lerwick on Monday morning"),
        ("body", "Ferry crews strike over pay"),
        ("body", "Crews walked out at 6am, the union said.\nTalks resume on Friday."),
    ]


def test_yaml_values_map_exactly() -> None:
    document = read(YAML_STORY)
    headline, standfirst, quoted, folded, heading, body = blocks(document)
    assert document.position(headline.map.start(0)) == (2, 8)
    assert document.position(standfirst.map.start(0)) == (3, 12)
    quote = standfirst.text.index('"')
    assert document.source[slice(*standfirst.source_span(quote, quote + 1))] == '\\"'
    apostrophe = quoted.text.index("'")
    assert document.source[slice(*quoted.source_span(apostrophe, apostrophe + 1))] == "''"
    assert document.position(folded.map.start(0)) == (9, 5)
    on = folded.text.index("on Monday")
    assert document.position(folded.map.start(on)) == (10, 5)
    assert document.position(heading.map.start(0)) == (14, 3)
    assert document.position(body.map.start(0)) == (16, 1)
    # Fixes inside a double-quoted value are escaped for it.
    assert standfirst.escape('a "b"') == 'a \\"b\\"'
    assert quoted.escape("it's") == "it''s"
    assert body.verbatim


def test_toml_front_matter_fields() -> None:
    source = """+++
title = "Harbour \\"reopens\\" after storm"
description = 'Repairs took three weeks'
byline = "Staff"

[image]
caption = \"\"\"
Boats return to the harbour \\
   on Tuesday\"\"\"
+++
The harbour reopened on Tuesday.
"""
    document = read(source)
    assert fields(document) == [
        ("headline", 'Harbour "reopens" after storm'),
        ("standfirst", "Repairs took three weeks"),
        ("caption", "Boats return to the harbour on Tuesday"),
        ("body", "The harbour reopened on Tuesday."),
    ]
    headline, standfirst, caption, _ = blocks(document)
    assert document.position(headline.map.start(0)) == (2, 10)
    assert document.position(standfirst.map.start(0)) == (3, 16)
    on = caption.text.index("on Tuesday")
    assert document.position(caption.map.start(on)) == (9, 4)


def test_toml_tables_inline_tables_and_multiline_strings() -> None:
    source = """+++
notes = '''
[image]
title = "not the title"
'''
title = 'Bridge closed'

[[gallery]]
caption = "not the image caption"

[meta]
image = { src = "a.jpg", caption = "Cars queue = long wait" }
+++
"""
    document = read(source)
    assert fields(document) == [("headline", "Bridge closed")]
    title = "title = 'Bridge closed'\n"
    source = source.replace(title, title + "image = {caption = 'Cars = queue'}\n")
    document = read(source)
    assert fields(document) == [("headline", "Bridge closed"), ("caption", "Cars = queue")]
    caption = blocks(document)[1]
    assert document.position(caption.map.start(0)) == (7, 21)


def test_yaml_plain_multiline_and_indentation_indicator() -> None:
    source = (
        "---\ntitle: Storm closes\n  the   bridge\n\n  again\n"
        "description: |2-\n     Indented first line\n   next\n---\n"
    )
    document = read(source)
    headline, standfirst = blocks(document)
    assert headline.text == "Storm closes the   bridge\nagain"
    assert standfirst.text == "Indented first line\n next"  # indentation beyond the indicator is text
    assert document.position(headline.map.start(headline.text.index("bridge"))) == (3, 9)
    assert document.position(standfirst.map.start(0)) == (7, 6)


def test_first_level_one_heading_is_the_headline_without_front_matter() -> None:
    source = "Intro line.\n\n## Section\n\n# Real headline #\n\n# Another\n"
    assert fields(read(source)) == [
        ("headline", "Real headline"),
        ("body", "Intro line."),
        ("body", "Section"),
        ("body", "Another"),
    ]


def test_body_structure() -> None:
    source = """Setext headline
===============

- First item of
  the list
- Second item

1. Numbered item

> Quoted paragraph
> goes on here.
>
> > Nested quote.

***

| Place | Count |
| ----- | ----: |
| Lerwick | 12 |

Last paragraph.
"""
    document = read(source)
    assert fields(document) == [
        ("headline", "Setext headline"),
        ("body", "First item of\nthe list"),
        ("body", "Second item"),
        ("body", "Numbered item"),
        ("body", "Quoted paragraph\ngoes on here."),
        ("body", "Nested quote."),
        ("body", "Place"),
        ("body", "Count"),
        ("body", "Lerwick"),
        ("body", "12"),
        ("body", "Last paragraph."),
    ]
    assert [block.paragraph for block in document.articles[0].body] == list(range(10))
    second_line = blocks(document)[4]
    goes = second_line.text.index("goes")
    assert document.position(second_line.map.start(goes)) == (11, 3)


def test_code_is_never_text() -> None:
    source = """Before the code.

```python
print("TK TK")
```

~~~
More TK
~~~

    indented code TK

<!-- editor note: TK
still a comment -->

After `inline TK` code and [a link](https://example.org/tk_tk "title") and <https://example.org/x>.
"""
    document = read(source)
    assert fields(document) == [
        ("body", "Before the code."),
        ("body", "After `inline TK` code and [a link](https://example.org/tk_tk \"title\") and <https://example.org/x>."),
    ]
    after = blocks(document)[1]
    masked = [after.text[start:end] for start, end in after.masked]
    assert masked == ["`inline TK`", '(https://example.org/tk_tk "title")', "<https://example.org/x>"]


def test_image_alt_is_a_caption() -> None:
    source = "Text before.\n\n![Crowds gather at the quay](quay.jpg)\n\nSee ![the map](map.png) here.\n"
    document = read(source)
    assert fields(document) == [
        ("body", "Text before."),
        ("caption", "Crowds gather at the quay"),
        ("body", "See ![the map](map.png) here."),
        ("caption", "the map"),
    ]
    caption = blocks(document)[1]
    assert document.position(caption.map.start(0)) == (3, 3)
    see = blocks(document)[2]
    assert see.masked == ((4, 23),)


def test_caption_like_line_is_an_inferred_caption() -> None:
    source = (
        "The storm closed the port.\n"
        "A handout picture taken on Monday shows waves over the harbour wall. AFP PHOTO / COASTGUARD\n"
        "Ships waited offshore.\n"
    )
    document = read(source)
    assert [(b.field, b.inferred, b.paragraph) for b in document.blocks] == [
        ("body", False, 0),
        ("caption", True, 0),
        ("body", False, 1),
    ]


def test_html_block_is_read_as_html() -> None:
    source = "Intro.\n\n<figure><img alt=\"Fish &amp; chips\"><figcaption>Lunch</figcaption></figure>\n\nOutro.\n"
    document = read(source)
    assert fields(document) == [
        ("body", "Intro."),
        ("caption", "Fish & chips"),
        ("caption", "Lunch"),
        ("body", "Outro."),
    ]
    alt = blocks(document)[1]
    assert document.source[slice(*alt.source_span(5, 6))] == "&amp;"


def test_suppression_comment_and_dateline() -> None:
    source = "LERWICK, Shetland —\n\n<!-- wirelint: disable=WL301 -->\nFerry crews walked out.\n"
    assert fields(read(source)) == [("dateline", "LERWICK, Shetland —"), ("body", "Ferry crews walked out.")]


def test_crlf_offsets() -> None:
    source = "---\r\ntitle: Storm warning\r\n---\r\n\r\nFirst line\r\nsecond line\r\n"
    document = read(source)
    headline, body = blocks(document)
    assert document.position(headline.map.start(0)) == (2, 8)
    assert body.text == "First line\r\nsecond line"
    assert document.position(body.map.start(body.text.index("second"))) == (6, 1)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("---\ntitle: Never closed\n\nBody text.\n", "YAML front matter opened at line 1 is never closed"),
        ("---\ntitle: [broken\n---\nBody.\n", "invalid YAML front matter at line 3, column 1"),
        ("---\ntitle: a\n  b: c\n---\n", "invalid YAML front matter at line 3, column 4"),
        ("---\n- just\n- a list\n---\nBody.\n", "front matter at line 2 is not a mapping"),
        ("+++\ntitle = \n+++\nBody.\n", "invalid TOML front matter: Invalid value (at line 2, column 9)"),
        ("+++\ntitle = 'x'\n", "TOML front matter opened at line 1 is never closed"),
    ],
)
def test_broken_front_matter(source: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        MarkdownReader().read("broken.md", source)
    assert caught.value.path == "broken.md"
    assert message in str(caught.value)


def test_deep_nesting_is_safe() -> None:
    assert fields(read("> " * 3000 + "Deep quote.\n")) == [("body", "Deep quote.")]
    with pytest.raises(InputError, match="nested too deeply"):
        MarkdownReader().read("deep.md", "---\nkey: " + "[" * 5000 + "]" * 5000 + "\n---\nBody.\n")
    with pytest.raises(InputError, match="nested too deeply"):
        MarkdownReader().read("deep.md", "+++\nkey = " + "[" * 5000 + "]" * 5000 + "\n+++\nBody.\n")


def test_empty_front_matter_and_plain_body() -> None:
    assert fields(read("---\n---\nJust text.\n")) == [("body", "Just text.")]


def test_commonmark_block_structure() -> None:
    """Lazy continuation, nested lists, setext level 2, and a wrapped number that does not start a list."""
    source = (
        "> Quoted line\nlazy continuation\n\n"
        "- Item one\n  - Nested *item*\n    goes on\n\n  Second paragraph of item one\n\n"
        "Sales rose in\n1986. Costs fell.\n\n"
        "Section\n-------\n"
    )
    assert fields(read(source)) == [
        ("body", "Quoted line\nlazy continuation"),
        ("body", "Item one"),
        ("body", "Nested *item*\ngoes on"),
        ("body", "Second paragraph of item one"),
        ("body", "Sales rose in\n1986. Costs fell."),
        ("body", "Section"),
    ]


def test_links_references_and_raw_html_are_masked() -> None:
    source = (
        "See [the report][ref], [this](</a b> 'T i t l e'), <b>bold</b> and\n"
        "`code\nspan` then https://example.org/x_y.\n\n[ref]: https://example.org/report\n"
    )
    block = blocks(read(source))[0]
    assert [block.text[start:end] for start, end in block.masked] == [
        "[ref]",
        "(</a b> 'T i t l e')",
        "<b>",
        "</b>",
        "`code\nspan`",
        "https://example.org/x_y",
    ]


def test_html_block_in_a_quote_with_crlf_maps_exactly() -> None:
    source = "> <div>\r\n> Fish &amp; *chips*\r\n> </div>\r\n\r\nAfter.\r\n"
    document = read(source)
    assert fields(document) == [("body", "Fish & *chips*"), ("body", "After.")]
    fish = blocks(document)[0]
    assert document.source[slice(*fish.source_span(5, 6))] == "&amp;"
    assert document.position(fish.map.start(0)) == (2, 3)


def test_tabs_and_nul_characters_keep_exact_maps() -> None:
    source = "Text with \0 and\ttab\n\n-\tTabbed item\n\tcontinued\n"
    assert fields(read(source)) == [("body", "Text with \0 and\ttab"), ("body", "Tabbed item\ncontinued")]


def test_deeply_nested_lists_are_read_as_plain_text() -> None:
    source = "".join("  " * depth + "- item\n" for depth in range(200)) + "\nAfter.\n"
    texts = [text for _, text in fields(read(source))]
    assert texts[-1] == "After."
    assert "".join(texts[:-1]).replace("\n", "") == "item" * 200


def test_a_text_check_does_not_import_markdown_it() -> None:
    code = (
        "import sys\nfrom wirelint.api import lint_path\nfrom wirelint.config import Settings\n"
        "from pathlib import Path\n"
        f"lint_path(Path({str(SEED_WIRE)!r}), Settings())\n"
        "print('markdown_it' in sys.modules, 'wirelint.readers.markdown' in sys.modules)\n"
    )
    assert run_python(code).split() == ["False", "False"]


def test_an_inline_walk_that_gets_lost_keeps_the_masks_found_before(monkeypatch: pytest.MonkeyPatch) -> None:
    def lost(walk: object, token: object, limit: int) -> None:
        raise markdown_inline.Lost("image")

    monkeypatch.setattr(markdown_inline._Walk, "image", lost)
    block = blocks(read("Some `code` then ![a map](map.png) and `more`.\n"))[0]
    assert [block.text[start:end] for start, end in block.masked] == ["`code`"]
