"""The twenty-fifth leftovers pass: photo credits found by their shape where the label is parted by a comma or glued
by an ellipsis, written in another language or script, or missing altogether.

Labels and their parties (``text/imagelabels.py``), credits with no label (``text/unlabelled.py``), agencies in the
brackets of Chinese, Japanese and Korean copy (``text/bracketcredits.py``), and pictures someone supplied as a
sentence's subject (``text/creditsubjects.py``). Each sentence here is written for this test; none is a benchmark's
template.
"""

from __future__ import annotations

import pytest
from test_leftover_twenty_third_pass import _fixed, _found, _story  # a story around a paragraph, WL1 only


@pytest.mark.parametrize(
    "credit",
    [
        "Image source, Fenland Otter Trust",
        "Picture credit, Harbourside Bus Company",
        "PHOTO SOURCE, THE PENSIONS OMBUDSMAN",
        "Image source, Parish handout",
        "Photograph, Courtesy of the family",
    ],
)
def test_a_label_parted_from_its_party_by_a_comma_is_a_credit(credit: str) -> None:
    assert _found(credit) == [("WL101", credit, True)]


@pytest.mark.parametrize(
    "credit",
    [
        "(Marta Lind for Eastbourne Clarion)",
        "(Kofi Mensah for The Weekly Courier | EPA)",
        "[Ines Roth for Bodensee Zeitung | dpa]",
        "(Ravi Nair and Ola Berg/NTB)",
        "(Jonas Vik, Nordland Posten/TT)",
    ],
)
def test_a_name_run_beside_outlets_in_brackets_is_a_credit_with_no_label(credit: str) -> None:
    paragraph = f"Cars queued at the toll booth. {credit} Drivers were patient."
    assert _found(paragraph) == [("WL101", credit, True)]


def test_a_credit_with_no_label_after_a_captions_sentence_is_deleted_alone() -> None:
    paragraph = "Crews search the debris of a collapsed bridge in Tarsus. (Ola Berg/Nordland Posten)"
    assert _found(paragraph) == [("WL101", "(Ola Berg/Nordland Posten)", True)]
    assert "Crews search the debris of a collapsed bridge in Tarsus." in _fixed(_story(paragraph))


@pytest.mark.parametrize(
    "credit",
    [
        "Фото: пресс-служба «Северный курьер»",
        "Фото: Олег Ким/«Утренняя почта»",
        "Φωτογραφία: «Ημερησία»",
        "Foto cedida por la Diputación de Lugo",
        "Fotografía cortesía del Museo Naval",
        "Foto d'archivio Ansa",
        "Foto de arquivo: Lusa",
    ],
)
def test_a_label_in_another_language_or_script_is_a_credit(credit: str) -> None:
    assert [code for code, *_ in _found(credit)] == ["WL101"]


@pytest.mark.parametrize(
    "credit", ["【時事】", "（写真：ロイター）", "[사진 연합뉴스]", "[AFP 자료사진]", "（新华社记者 赵明 摄）"]
)
def test_an_agency_in_the_brackets_of_chinese_japanese_or_korean_copy_is_a_credit(credit: str) -> None:
    assert _found(f"橋が再開された。{credit}") == [("WL101", credit, True)]


@pytest.mark.parametrize(
    "credit",
    ["NORTHERN TIMES PHOTO", "COMPOSITE IMAGE: Ana Ruiz/EPA; SOURCE IMAGE AFP"],
)
def test_a_capital_credit_with_the_picture_word_last_or_a_composite_is_a_credit(credit: str) -> None:
    assert _found(f"Rescuers carry a survivor in Hatay. {credit}") == [("WL101", credit, True)]


@pytest.mark.parametrize("credit", ["Credit...Nadia Faris for The Evening Courier", "Photo…Ivo Kranjc/Pixsell"])
def test_a_label_glued_to_its_name_by_an_ellipsis_is_a_credit(credit: str) -> None:
    assert ("WL101", credit, True) in _found(credit)


def test_a_credit_run_into_the_next_sentence_ends_before_it_and_its_fix_is_unsure() -> None:
    paragraph = "Image source, Harbourside Bus Company Passengers were told to expect delays."
    assert _found(paragraph) == [("WL101", "Image source, Harbourside Bus Company", False)]


@pytest.mark.parametrize(
    "news",
    [
        "Rovers: Hart; Lowe (Dunn 72), Price, Kerr; Shaw (Tait 88), Bell.",
        "Senator Jo Reed (D-Maine) voted against the budget.",
        "Coach Dan Ure (pictured) resigned on Friday.",
        "A Herald/Survation poll put the party ahead in the north.",
        "(Tom Ashe said later that he would appeal.)",
        "Still, North Korean officials said the talks would go on.",
        "Images released by the Harbour Police show the damaged pier.",
        "Image, service and price all matter, the survey found.",
        "The two rivals (Ann Lowe and Jo Reed) met in Leeds.",
        "PARIS (AFP) - The bridge reopened on Tuesday.",
        "WORLD NEWS IN PICTURES",
    ],
)
def test_brackets_and_labels_of_news_are_no_credits(news: str) -> None:
    assert [code for code, *_ in _found(news) if code == "WL101"] == []
