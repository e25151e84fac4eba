"""Vocabulary of notices, credits and machine-translation notes written with terms the pack lacked (issue 14).

Picture desks word their notices with terms of their own ("byline mandatory", "web use only", "kill after 30 days",
"not verified independently"), credits come under labels in many languages ("Kaynak:", "Symbolbild:", "Crédit : DR")
and machine-translation notes name the software, the version or the desk in free wording. Each case is put where an
editor meets it (own line, paragraph start or end, between two news sentences, in brackets inside a sentence), and
look-alike news that uses the same words stays quiet. Every sentence here is written for this test; the cases were
sealed before the lexicon changed: 30 of 63 found at the start, 56 of 63 at the end, look-alikes 0 of 12 flagged at
both (docs/leftovers-and-mechanics.md).
"""

from __future__ import annotations

import pytest
from test_leftover_outside_shapes import _story

from wirelint.api import lint_text
from wirelint.config import Settings

SETTINGS = Settings(select=("WL1",))
NEWS_A = "The bridge reopened on Tuesday, the council said."
NEWS_B = "Engineers will inspect it again in June."


LAYOUTS = {"line": "own paragraph", "start": "start of a paragraph", "middle": "between sentences", "end": "end"}


def _codes_at(leftover: str, where: str) -> list[str]:
    """The codes found with the leftover at one of the positions an editor meets it (the other shapes' layouts,
    and in brackets inside a sentence)."""
    if where != "brackets":
        return [code for code, _ in _found(_story(leftover, LAYOUTS[where]))]
    return _codes(f"The bridge reopened on Tuesday ({leftover}) after repairs, the council said. {NEWS_B}")


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.start : f.end]) for f in lint_text(text, "story.txt", settings=SETTINGS)]


def _codes(paragraph: str) -> list[str]:
    return [code for code, _ in _found(f"Bridge reopens\n\n{paragraph}\n\nMore work is planned.\n")]


# Left missed at the end of the pass: each is a shape of the finders' code, not a term of the pack (a notice in
# small letters in brackets inside a sentence, one run into the next sentence without a stop, a credit's "・"
# separator, an organisation whose name holds "and" or a figure, a credit in angle brackets). Strict: a change
# that finds one must say so here: the twenty-fifth pass finds "Photo d'archives AFP" in the middle of a paragraph
# (a file picture's word joins a label to its agency, text/imagelabels.py).
MISSED = {
    ("Usage: no resale, no library", "start"),
    ("撮影・共同通信", "end"),
    ("Screengrab: Channel 4 News", "end"),
    ("<Images © Alamy>", "start"),
}


def _cases(rows: list[tuple[str, str]]) -> list[object]:
    """The rows as test cases, those still missed expected to fail."""
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="a shape of code")) if row in MISSED else row
        for row in rows
    ]


NOTICES = [
    ("BYLINE MANDATORY", "line"),
    ("Credit line required.", "end"),
    ("Obligatory credit: Tomas Berg/Stringer", "start"),
    ("RESTRICTED IN CHILE AND PERU", "middle"),
    ("NO GERMAN MEDIA", "line"),
    ("Not for Dutch media.", "middle"),
    ("WITHHELD IN SWEDEN", "brackets"),
    ("Austria rights withheld.", "end"),
    ("RESTRICTED TO NEWS COVERAGE", "start"),
    ("For news reporting only.", "middle"),
    ("web use only", "brackets"),
    ("PRINT USE ONLY", "line"),
    ("NOT FOR BROADCAST", "end"),
    ("Available to subscribers only.", "middle"),
    ("KILL AFTER 30 DAYS", "line"),
    ("Usage expires 14 March.", "end"),
    ("LIBRARY USE PROHIBITED", "middle"),
    ("Commercial use prohibited.", "start"),
    ("NOT FOR COMMERCIAL EXPLOITATION", "brackets"),
    ("COLLECT PICTURE SUPPLIED BY RELATIVES", "line"),
    ("HANDOUT image, distributed unaltered as a service to clients", "end"),
    ("Image obtained from social media, not verified.", "middle"),
    ("Footage not verified independently.", "end"),
    ("Reuters has not verified the date or location of the video.", "middle"),
    ("Rights: editorial use only, no archive", "line"),
    ("Usage: no resale, no library", "start"),
    ("Terms of use - press only, no marketing", "line"),
    ("|| EDITORIAL USE ONLY || NO SALES ||", "line"),
    ("~ NO ARCHIVES ~ NO RESALES ~", "end"),
    ("> MANDATORY CREDIT > NO SALES", "line"),
    ("EDITORIAL USE ONLY + NO BOOKS + NO SALES", "middle"),
    ("+++ NO ARCHIVES +++", "line"),
    ("<< MANDATORY CREDIT >>", "start"),
    ("editorial use only · no sales · no archives", "end"),
    ("RIGHTS :: EDITORIAL USE ONLY :: NO RESALES", "line"),
]

CREDITS = [
    ("Kaynak: Anadolu Ajansi", "line"),
    ("Φωτ.: Eurokinissi", "end"),
    ("Фото из архива: ТАСС", "line"),
    ("Symbolbild: dpa", "start"),
    ("撮影・共同通信", "end"),
    ("Crédit : DR / Le Parisien", "line"),
    ("Photo d'archives AFP", "middle"),
    ("CCTV still: Avon and Somerset Police", "line"),
    ("Screengrab: Channel 4 News", "end"),
    ("Video still: Kyodo", "start"),
    ("Inset: Greek Coast Guard", "line"),
    ("Shot by Ines Moreau for Reuters", "end"),
    ("IMAGE / THE GUARDIAN / ANNA KOWALSKA", "line"),
    ("<Images © Alamy>", "start"),
    ("Photograph courtesy of the Natural History Museum", "middle"),
]

NOTES = [
    ("English copy created by automated translation of a Polish report.", "end"),
    ("No human translator was involved in this version.", "line"),
    ("This dispatch was converted to English by software.", "middle"),
    ("Rendered from Hungarian by a computer program.", "end"),
    ("Copy from our Madrid desk, machine-translated.", "start"),
    ("Translated via DeepL", "brackets"),
    ("Converted into English using Google Translate.", "middle"),
    ("Dieser Text wurde per KI ins Deutsche übertragen.", "end"),
    ("Traduction générée automatiquement.", "line"),
    ("Bài viết được dịch tự động.", "line"),
    ("Disclaimer: this article was machine translated.", "line"),
    ("~ auto-translated from Italian ~", "end"),
    (">> Translated automatically from Czech", "line"),
]


@pytest.mark.parametrize(("notice", "where"), _cases(NOTICES))
def test_a_notice_in_terms_the_pack_lacked_is_found(notice: str, where: str) -> None:
    assert "WL101" in _codes_at(notice, where)


@pytest.mark.parametrize(("credit", "where"), _cases(CREDITS))
def test_a_credit_under_a_label_the_pack_lacked_is_found(credit: str, where: str) -> None:
    assert "WL101" in _codes_at(credit, where)


@pytest.mark.parametrize(("note", "where"), _cases(NOTES))
def test_a_machine_translation_note_in_free_wording_is_found(note: str, where: str) -> None:
    assert "WL102" in _codes_at(note, where)


@pytest.mark.parametrize(
    "news",
    [
        "The broadcaster said coverage was restricted in the capital.",
        "Kill switch features are now common in cars, the report said.",
        "Web use has doubled since 2020, the survey found.",
        "The photographer was shot by a sniper near the port.",
        "The company's terms of use changed in May.",
        "Rights groups said the law was too broad.",
        "Under the cheaper plan, data usage expires at the end of each month, the operator said.",
        "A CCTV still released by police shows the suspect leaving the shop.",
        "The film was shot by a crew from Lagos for Netflix.",
        "Print use of the logo is rare, the designer said.",
        "The footage was not verified independently, the ministry said.",
        "The minister said the report was machine-translated by his staff.",
    ],
)
def test_news_in_the_same_words_stays_quiet(news: str) -> None:
    assert _codes(f"{NEWS_A} {news} {NEWS_B}") == []
