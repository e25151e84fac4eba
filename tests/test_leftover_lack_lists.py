"""The twenty-fourth leftovers pass: a story's list of what people lack is no restriction notice.

"No TV, no radio, no internet." names the outlets an agency's notice bars ("NO TV", "NO MOBILE, NO INTERNET"),
but in a story it says what a place goes without (``text/lacklists.py``, ``[lexicon.lack-lists]``). Such a
list is never reported and never deleted; with a use, a trade outlet, a label, a fence, a CMS's separator or a
credit beside it, it is still a notice. Each sentence here is written for this test; none is a benchmark's.
"""

from __future__ import annotations

import pytest

from wirelint.api import lint_text
from wirelint.config import Settings
from wirelint.fixer import fix_to_fixed_point

SETTINGS = Settings(select=("WL1",))


def _story(paragraph: str) -> str:
    return f"Blackout in the hills\n\nThe storm brought down power lines on Monday.\n\n{paragraph}\n\nRepairs go on.\n"


def _findings(paragraph: str) -> list[tuple[str, str, bool]]:
    text = _story(paragraph)
    return [
        (f.code, text[f.start : f.end], bool(f.fix and f.fix.safe))
        for f in lint_text(text, "story.txt", settings=SETTINGS)
    ]


def _fixed(text: str) -> str:
    result, _, _ = fix_to_fixed_point(text, lambda source: lint_text(source, "story.txt", settings=SETTINGS), False)
    return result


LACK_LISTS = [
    "No TV, no radio, no internet. Families in the valley said they had been cut off for four days.",
    "No apps, no internet and no phones: the hamlet has lived offline since the landslide, its mayor said.",
    "For a week the shelter had no heating. No water, no television, no mobile signal.",
    "The strike shut the town down. No internet. No buses. No shops.",
    "No books, no magazines, no television: the inmates spent the winter with nothing to read, a report found.",
    "Life on the island is slow. No web, no apps, no traffic.",
    "No radio, no newspapers, no phone lines reached the camp during the siege.",
    "The cabin sleeps six. No Wi-Fi, no TV, no mobile reception.",
    "No print, no online edition appeared on the day of the strike, the editor said.",
    "Then the grid failed. No power. No television. No radio.",
]


@pytest.mark.parametrize("paragraph", LACK_LISTS)
def test_a_list_of_what_people_lack_is_not_a_notice(paragraph: str):
    """Outlets of a notice named as things a place goes without, in ordinary case: news, not reported."""
    assert _findings(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        LACK_LISTS[0],
        LACK_LISTS[5],
        "The lights went out at noon. No television, no radio.",
        "No internet, no TV. The village waited for the engineers.",
        "The ferry stopped for a month. No newspapers, no magazines.",
    ],
)
def test_no_safe_fix_deletes_a_list_of_what_people_lack(paragraph: str):
    text = _story(paragraph)
    assert _fixed(text) == text


def test_a_headline_in_capitals_that_opens_on_what_is_lacked_is_never_deleted_by_a_safe_fix():
    """A line in capitals that opens on lacked things and runs on into words of no notice ("...: LIFE IN THE
    DARK") may be a headline: where it ends is the editor's call, so its fix is unsafe."""
    found = _findings("NO TV, NO RADIO, NO PHONES: LIFE AFTER THE QUAKE")
    assert not any(safe for _, _, safe in found)


@pytest.mark.parametrize(
    ("paragraph", "notice"),
    [
        ("Restrictions: no TV, no radio.", "no TV, no radio"),
        ("[no TV] [no internet]", "no TV"),
        ("No TV /// no internet", "No TV"),
        ("The river rose. No TV, no internet. REUTERS/Ana Silva", "No TV, no internet"),
        ("Editorial use only. No TV, no internet.", "Editorial use only"),
        ("No internet use, no mobile use.", "No internet use"),
        ("NO TV, NO ONLINE", "NO TV"),
    ],
)
def test_a_list_of_outlets_with_a_notices_marks_is_still_a_notice(paragraph: str, notice: str):
    """A use, a label, a fence, a CMS's separator or a credit beside it, or capitals, keep it a notice's."""
    assert any(code == "WL101" and notice in span for code, span, _ in _findings(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Crowds gathered at the pier. Blurry footage: the harbour police", "the harbour police"),
        ("Night-time images: the regional civil defence directorate", "civil defence directorate"),
        ("Pooled picture, distributed by the Associated Press", "Pooled picture"),
        ("Courtesy photo, provided free of charge by the city council", "Courtesy photo"),
        ("写真：山田花子／時事通信", "写真"),
        ("Riprese di Luca Ferri", "Riprese"),
        ("छायाचित्र: अमित वर्मा", "छायाचित्र"),
    ],
)
def test_a_picture_label_naming_a_body_in_small_letters_or_given_free_is_a_credit(paragraph: str, credit: str):
    """The twenty-fourth pass's credit shapes: a body after "the" in small letters, a comma before the joiner,
    "provided free (of charge) by", a full-width slash, picture words the data lacked."""
    assert any(code == "WL101" and credit in span for code, span, _ in _findings(paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Blurry footage: the harbour police say it shows the suspect leaving.",
        "Pooled images, distributed by the agency to reporters, showed the damage.",
        "Video: the moment the bridge gave way",
    ],
)
def test_a_sentence_that_goes_on_after_the_body_is_news(paragraph: str):
    assert _findings(paragraph) == []
