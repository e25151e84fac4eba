"""The HTML reader: fields from markup, exact maps through entities, no text from code or tags."""

from __future__ import annotations

import html

from conftest import assert_maps_exactly

from wirelint.document import Block, Document
from wirelint.readers.html import HtmlReader, parse_html_fragment
from wirelint.sourcemap import SourceMap


def assert_exact(document: Document) -> None:
    """Every literal character maps onto itself; every atomic piece decodes to its characters."""
    assert_maps_exactly(
        # An entity decodes to its character; <br> stands for a line break.
        document, lambda char, piece: char in html.unescape(piece) if piece[0] == "&" else piece[0] == "<"
    )


def read(source: str) -> Document:
    document = HtmlReader().read("story.html", source)
    assert_exact(document)
    return document


def fields(document: Document) -> list[tuple[str, str]]:
    return [(block.field, block.text) for block in document.blocks]


PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Harbour story | Example News</title>
  <style>p { color: red; }</style>
  <script>var note = "<p>not text</p>";</script>
</head>
<body>
  <h1>Ferry crews strike over  pay &amp; hours</h1>
  <p class="standfirst">Services to three islands cancelled</p>
  <figure>
    <img src="quay.jpg" alt="Empty quay at dawn &mdash; &quot;no boats&quot;">
    <figcaption>The quay at Lerwick on Monday</figcaption>
  </figure>
  <p>
    Crews walked out at 6am, the union said.
  </p>
  <!-- editor: check the times -->
  <p>The operator called it &ldquo;regrettable&rdquo;.<br>Talks resume on Friday.</p>
  <ul><li>Route one<li>Route two</ul>
  <pre>timetable  TK</pre>
  <p>Run <code>status --all</code> for details.</p>
</body>
</html>
"""


def test_fields_come_from_markup() -> None:
    document = read(PAGE)
    assert fields(document) == [
        ("headline", "Ferry crews strike over  pay & hours"),
        ("standfirst", "Services to three islands cancelled"),
        ("caption", 'Empty quay at dawn — "no boats"'),
        ("caption", "The quay at Lerwick on Monday"),
        ("body", "Crews walked out at 6am, the union said."),
        ("body", "The operator called it “regrettable”.\nTalks resume on Friday."),
        ("body", "Route one"),
        ("body", "Route two"),
        ("body", "Run status --all for details."),
    ]
    assert [block.paragraph for block in document.blocks if block.field == "body"] == [0, 1, 2, 3, 4]


def test_positions_point_into_the_file() -> None:
    document = read(PAGE)
    headline, _, alt, _, first, *_ = list(document.blocks)
    assert document.position(headline.map.start(0)) == (9, 7)
    assert document.position(alt.map.start(0)) == (12, 30)
    assert document.position(first.map.start(0)) == (16, 5)  # leading white space trimmed


def test_entities_are_atomic() -> None:
    document = read(PAGE)
    headline = next(iter(document.blocks))
    amp = headline.text.index("&")
    start, end = headline.source_span(amp, amp + 1)
    assert document.source[start:end] == "&amp;"
    # White space inside a block is kept as written.
    assert "over  pay" in headline.text


def test_code_script_style_and_comments_are_never_text() -> None:
    document = read(PAGE)
    text = " ".join(block.text for block in document.blocks)
    assert "not text" not in text and "color" not in text and "TK" not in text and "editor" not in text
    code_block = list(document.blocks)[-1]
    start = code_block.text.index("status")
    assert code_block.masked == ((start, start + len("status --all")),)
    assert code_block.is_masked(start, start + 3)


def test_title_is_the_headline_without_h1() -> None:
    document = read("<html><head><title>Storm closes  bridge</title></head><body><p>Text.</p></body></html>")
    assert fields(document) == [("headline", "Storm closes  bridge"), ("body", "Text.")]


def test_div_text_and_nested_blocks() -> None:
    document = read("<div>Before <p>inside</p> after <b>bold</b></div><table><tr><td>a</td><td> b </td></tr></table>")
    assert fields(document) == [
        ("body", "Before"),
        ("body", "inside"),
        ("body", "after bold"),
        ("body", "a"),
        ("body", "b"),
    ]


def test_inferred_caption_in_body() -> None:
    caption = (
        "A handout picture taken on Monday shows firefighters at the depot near the harbour. "
        "AFP PHOTO / HARBOUR AUTHORITY"
    )
    document = read(f"<p>{caption}</p><p>Story text.</p>")
    assert [(b.field, b.inferred) for b in document.blocks] == [("caption", True), ("body", False)]


def test_character_references_and_astral_characters() -> None:
    document = read("<p>Caf&#233; &#x1F600; ok&nbsp;then \U0001f600 end</p>")
    block = next(iter(document.blocks))
    assert block.text == "Café \U0001f600 ok\xa0then \U0001f600 end"
    start, end = block.source_span(3, 4)
    assert document.source[start:end] == "&#233;"


def test_escape_for_fixes() -> None:
    block = next(iter(read("<p>Fish &amp; chips</p>").blocks))
    assert block.escape("salt & vinegar <b>") == "salt &amp; vinegar &lt;b&gt;"


def test_deep_nesting_does_not_recurse() -> None:
    source = "<div>" * 5000 + "Deep text" + "</div>" * 5000
    assert fields(read(source)) == [("body", "Deep text")]
    source = "<span>" * 5000 + "<p>Deep text" + "</b>" * 5000
    assert fields(read(source)) == [("body", "Deep text")]


def test_fragment_inside_another_format() -> None:
    outer_source = 'X = "<p>One &amp; two</p>"'
    start = outer_source.index("<")
    fragment = outer_source[start:-1]
    blocks: list[Block] = parse_html_fragment(fragment, SourceMap.shift(start, len(fragment)), str.upper)
    assert [block.text for block in blocks] == ["One & two"]
    block = blocks[0]
    assert block.source_span(0, 3) == (start + 3, start + 6)
    assert outer_source[slice(*block.source_span(4, 5))] == "&amp;"
    assert block.escape("a & b") == "A &AMP; B"
