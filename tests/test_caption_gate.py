"""The readers' caption test looks for an image word before it builds the credit grammar: same answers.

``looks_like_caption`` first asks whether a paragraph holds a piece of every
match of the "presents an image" pattern; only then does it search the
paragraph's end for a credit. These tests check that the cheap look never turns
away a caption: on every paragraph and line of the test fixtures and of a
sample of the corpora, on the examples of the caption rules, and on texts made
of caption pieces.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPORA, FIXTURES, corpus_texts
from wirelint.text.captions import _IMAGE_WORD, _is_caption, looks_like_caption

CORPUS_STEP = 7
"""Every n-th corpus article (about 1,500 articles)."""


def _pieces(text: str) -> Iterator[str]:
    """Every blank-line paragraph and every line of ``text``, as the readers hand them to the caption test."""
    yield text
    for paragraph in text.split("\n\n"):
        yield paragraph
        yield from paragraph.splitlines()


def _fixture_texts() -> Iterator[str]:
    for path in sorted(FIXTURES.rglob("*")) + sorted((FIXTURES.parent / "data").rglob("*")):
        if path.is_file():
            try:
                yield path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue


def _assert_same(texts: Iterator[str]) -> int:
    captions = 0
    for text in texts:
        for piece in _pieces(text):
            full = _is_caption(piece.strip())
            assert looks_like_caption(piece) == full, piece[:200]
            captions += full
    return captions


def test_the_cheap_look_changes_no_answer_on_the_fixtures() -> None:
    assert _assert_same(_fixture_texts()) > 0  # the seeds hold a pasted caption


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent")
def test_the_cheap_look_changes_no_answer_on_the_corpora() -> None:
    _assert_same(corpus_texts(CORPUS_STEP))


def test_every_way_of_presenting_an_image_passes_the_cheap_look() -> None:
    credit = " (Photo by John Smith/AFP via Getty Images)"
    openings = [
        "An undated handout photograph shows the flooded square after the storm",
        "A SCREEN GRAB taken from a video shows the convoy on the road out of town",
        "This screenshot from state television shows the minister at the podium today",
        "Frame grab from a video released by the army of the convoy near the border",
        "The pictures show the damage to the bridge over the river in the north",
        "Pictured: the damaged bridge over the river in the north of the country",
        "The minister is pictured at the summit in the capital on Tuesday afternoon",
        "A still from the film shows the actor on the set in the studio last year",
    ]
    for opening in openings:
        text = opening + "." + credit
        assert _IMAGE_WORD.search(text)
        assert looks_like_caption(text) == _is_caption(text) is True, text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "An", "undated", "IMAGE", "Photo", "photograph", "screengrab", "Screen", "grab", "Still", "video",
                "is", "pictured", "PICTURED", "shows", "smoke", "over", "the", "city", ".", ",", "said",
                "AFP PHOTO / HO / WELAYAT HOMS", "(Photo by John Smith/AFP via Getty Images)", "REUTERS/Omar Sanadiki",
                "Picture:", "©", "ſtill", "İmage", "\n",
            ]
        ),
        min_size=3,
        max_size=30,
    )
)
def test_a_caption_always_holds_an_image_word(parts: list[str]) -> None:
    text = " ".join(parts)
    assert looks_like_caption(text) == _is_caption(text.strip())
