"""Leftovers of issue 14's seventh pass, through the CLI as a user runs it: credits where a known agency stands
beside a word of the picture with no slash (``AGENCY pool photo``, ``Frame grab from AGENCY footage``,
``[AGENCY handout]``, ``Picture by NAME of AGENCY``), a bracket of a person's name and an agency, national news
agencies, notices of where a picture may not appear (``NO BOOKS``, ``NO USE ON SOCIAL MEDIA``), country lists
joined by slashes or OR, and machine-translation notes with the other nouns and compounds of their language.
Each is found on a paragraph of its own and after a sentence, and ``--fix`` keeps the sentences around it;
look-alikes of ordinary news stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from test_leftover_kinds import AFTER, BEFORE, HEADLINE
from test_leftover_kinds import _codes as _check


def _story(unit: str, layout: str) -> str:
    if layout == "start of a paragraph":
        return f"{HEADLINE}\n\n{unit} {BEFORE}\n\n{AFTER}\n"
    if layout == "own paragraph":
        return f"{HEADLINE}\n\n{BEFORE}\n\n{unit}\n\n{AFTER}\n"
    return f"{HEADLINE}\n\n{BEFORE} {unit}\n\n{AFTER}\n"


LAYOUTS = ["own paragraph", "start of a paragraph", "after a sentence"]

LEFTOVERS = [
    ("WL101", "Bernama pool photo"),
    ("WL101", "Pool image via Kyodo"),
    ("WL101", "Photo: Anadolu archive"),
    ("WL101", "Frame grab from Yonhap footage"),
    ("WL101", "Still from video by Tasnim"),
    ("WL101", "[Xinhua handout]"),
    ("WL101", "[KCNA HANDOUT PHOTO]"),
    ("WL101", "Picture by Somchai Wong of the Lao News Agency"),
    ("WL101", "Photo by Pajhwok photographer Ahmad Zia Wardak"),
    ("WL101", "Photo BSS/Rahim Uddin"),
    ("WL101", "(Rahim Uddin, BSS)"),
    ("WL101", "(EMINA HADZIC - FENA)"),
    ("WL101", "(Nurul Aina, Bernama photo)"),
    ("WL101", "(Fars photo)"),
    ("WL101", "Photo: Associated Press of Pakistan"),
    ("WL101", "NO BOOKS. NO CALENDARS."),
    ("WL101", "NO USE ON SOCIAL MEDIA"),
    ("WL101", "NOT FOR SALE TO MAGAZINES"),
    ("WL101", "NO SALES INDIA/SOUTH KOREA/NORWAY"),
    ("WL101", "AUSTRIA/NEW ZEALAND/JAPAN OUT"),
    ("WL101", "MEXICO/PAKISTAN - OUT"),
    ("WL101", "NO SALES: MEXICO/GERMANY"),
    ("WL101", "AUSTRIA / GREECE CLIENTS OUT"),
    ("WL101", "NO NEWSPAPERS"),
    ("WL101", "Not for use on mobile devices."),
    ("WL101", "(Orla Kennedy of HINA)"),
    ("WL101", "(Diego Salazar, ABI news agency)"),
    ("WL101", "(Le Van Hung, Xinhua/File)"),
    ("WL101", "Video frame: Lusa"),
    ("WL101", "From the Xinhua archive"),
    ("WL101", "NO ACCESS SPAIN OR NORWAY"),
    ("WL101", "NOT AVAILABLE IN THE UK/BELGIUM"),
    ("WL102", "Przekład maszynowy."),
    ("WL102", "Konesuomennos."),
    ("WL102", "Μεταφρασμένο από μηχανή."),
    ("WL102", "Компютърен превод."),
    ("WL102", "Автоперевод."),
]


@pytest.mark.parametrize(("code", "leftover"), LEFTOVERS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_leftovers_beside_an_agency_or_in_other_words_are_found_and_fixed_keeping_the_news(
    tmp_path: Path, code: str, leftover: str, layout: str
) -> None:
    text = _story(leftover, layout)
    assert code in _check(tmp_path, text, code)
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", code)
    fixed = path.read_text(encoding="utf-8")
    assert leftover not in fixed and BEFORE in fixed and AFTER in fixed


@pytest.mark.parametrize(
    "leftover",
    ["[Xinhua handout]", "(Rahim Uddin, BSS)", "NO BOOKS"],
)
def test_a_credit_or_notice_that_ends_on_an_agency_or_a_term_has_a_safe_fix(tmp_path: Path, leftover: str) -> None:
    """Closed by a bracket, or capitals before a word in ordinary case: the end is sure. ("Picture by NAME of the
    Lao News Agency Flood waters ..." is found but its fix is unsafe: a capitalised word after a name may be more
    of it, as in "Pictures from Reuters Television showed ...")."""
    path = tmp_path / "story.txt"
    path.write_text(_story(leftover, "start of a paragraph"), encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\n{BEFORE}\n\n{AFTER}\n"


LOOK_ALIKES = [
    "The pool photo session at the summit was cancelled on Monday.",
    "The archive footage was shown at the inquiry, Reuters said.",
    "The government handout was worth £200 per family.",
    "The summit was held in the capital (Paris, France) on Monday.",
    "The meeting (John Smith, chairman) lasted two hours.",
    "He first wrote about the crash (Reuters, 1987) as a young reporter.",
    "The minister (John Carter, Labour) voted against the bill.",
    "Governor Tom Wolf (Tom Wolf, PA) signed the bill.",
    "Reuters photographer Goran Tomasevic was wounded in the attack.",
    "The picture by Ana Lopez of the flooded square won a prize.",
    "No books were found in the house, police said.",
    "There was no TV in the room, the report said.",
    "Sales in France, Germany and Italy were out of line with forecasts.",
    "NO SALES TAX RISE SEEN",
    "Suomen konepajateollisuus kasvoi viime vuonna.",
    "BEIRUT (AFP) - Clashes erupted on Saturday.",
    "He works for Reuters/Ipsos Public Affairs now.",
    "The Reuters file photo was used.",
    "Getty Images photographer Nguyen Van An won the award.",
    "The meeting (John Smith of the AP) ended.",
    "The frame of the house survived the fire.",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
@pytest.mark.parametrize("layout", ["own paragraph", "after a sentence"])
def test_news_with_the_same_words_stays_quiet_and_keeps_every_word(tmp_path: Path, sentence: str, layout: str) -> None:
    text = _story(sentence, layout)
    assert _check(tmp_path, text, "WL1") == []
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--select", "WL1")
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("code", "leftover"),
    [
        ("WL101", "Editorial use only."),
        ("WL101", "Mandatory credit."),
        ("WL101", "REUTERS/Jane Doe"),
        ("WL101", "Xinhua pool photo"),
        ("WL102", "Machine translated."),
    ],
)
def test_a_leftover_dropped_inside_a_sentence_is_found_and_removed_keeping_the_sentence(
    tmp_path: Path, code: str, leftover: str
) -> None:
    text = f"{HEADLINE}\n\nFlood waters {leftover} receded on Wednesday.\n"
    assert code in _check(tmp_path, text, code)
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", code)
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\nFlood waters receded on Wednesday.\n"
