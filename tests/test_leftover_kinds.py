"""Leftovers of issue 14's sixth pass, through the CLI as a user runs it: credits of images that are not photos
(screenshots, stills, video and frame grabs, handouts, file and pool pictures) with the source before or after
the kind, "Photo by ORG via AGENCY" with an organisation's small words, a credit label joined by a dash,
machine-translation notes "from the LANGUAGE original" and in inflected languages, and WL501 before a word in
capitals. Each shape has look-alikes of ordinary news that must stay quiet and keep every word under --fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

HEADLINE = "Storm damage"
BEFORE = "Roofs were torn off in the night, the fire service said."
AFTER = "More rain is forecast for Friday, forecasters said."


def _codes(tmp_path: Path, text: str, select: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", str(path), "--select", select, "--format", "json")
    return [finding["code"] for finding in json.loads(result.output)]


def _story(unit: str, layout: str) -> str:
    if layout == "own paragraph":
        return f"{HEADLINE}\n\n{BEFORE}\n\n{unit}\n\n{AFTER}\n"
    return f"{HEADLINE}\n\n{BEFORE} {unit}\n\n{AFTER}\n"


KIND_CREDITS = [
    "Screenshot from Reuters video",
    "Screen grab taken from a Tasnim News Agency broadcast",
    "Still taken from a video released by the Turkish Red Crescent",
    "Video still from footage posted by Ukraine's State Emergency Service",
    "Frame grab from AP Television",
    "Ministry of Defence handout",
    "AFP handout photo",
    "Image: Anadolu handout",
    "Greenpeace file photo",
    "Archive picture: Keystone",
    "Handout picture from the Israeli Defence Forces",
    "Pool photo via Reuters",
    "Photo by Doctors without Borders via AFP",
    "Photo credit - Mia Roth, dpa",
    "Photo credit - Mia Roth - EPA",
    "Image taken from video released by the Russian Defence Ministry",
    "Picture taken from a video posted on social media by the Israeli army",
    "An image grab from AFPTV footage",
    "Taken from a video distributed by the Houthi-run Al-Masirah TV",
    "A still from a video released by Anadolu Agency",
    "REUTERS/File photo",
    "Kremlin pool photo",
    "Kyiv city administration handout",
    "North Korean state media handout photo",
    "SANA handout via AFP",
    "Screen grab of a video posted by the Syrian Civil Defence",
]


@pytest.mark.parametrize("credit", KIND_CREDITS)
@pytest.mark.parametrize("layout", ["own paragraph", "after a sentence"])
def test_credits_of_other_kinds_of_image_are_found_and_fixed_keeping_the_news(
    tmp_path: Path, credit: str, layout: str
) -> None:
    text = _story(credit + ".", layout) if layout == "after a sentence" else _story(credit, layout)
    assert "WL101" in _codes(tmp_path, text, "WL101")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--select", "WL101")
    fixed = path.read_text(encoding="utf-8")
    assert credit not in fixed and BEFORE in fixed and AFTER in fixed


KIND_LOOK_ALIKES = [
    "The screenshot was shared widely on social media, police said.",
    "Still, the firm said it expected profits to rise.",
    "Residents will get a handout of £200 each from the council.",
    "The lorry was travelling via the M4 when it crashed.",
    "A file photo of the minister was used by several newspapers.",
    "The pool was closed after the storm.",
    "Still images taken from the video showed the crowd, police said.",
    "Police released a screen grab from CCTV footage of the suspect.",
    "The handout photo was issued by the ministry.",
    "Labour handout",
    "Handout from Brussels",
    "Still from Moscow, the talks went on.",
    "Photos by the river drew visitors via Facebook and Instagram, the council said.",
    "A still from the film Dune.",
    "Image taken from Mars.",
    "This screenshot was taken from a video posted by Hamas.",
    "Taken together, the figures show growth.",
    "Still no word from Downing Street.",
    "Viewers in the UK can watch via BBC iPlayer.",
    "Tory government handout",
    "Council handout",
]


@pytest.mark.parametrize("news", KIND_LOOK_ALIKES)
@pytest.mark.parametrize("layout", ["own paragraph", "after a sentence"])
def test_news_about_screenshots_stills_and_handouts_is_no_credit(tmp_path: Path, news: str, layout: str) -> None:
    text = _story(news, layout)
    assert _codes(tmp_path, text, "WL1") == []
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix")
    assert path.read_text(encoding="utf-8") == text


MACHINE_NOTES = [
    "Automatic translation from the French original.",
    "Machine translation from the German original",
    "This article is an automatic translation of the Spanish original.",
    "Machine-translated from the Italian original.",
    "Перевод выполнен машиной.",
    "Текст переведён компьютером.",
    "Переклад зроблено машиною.",
    "Tłumaczenie wykonane maszyną.",
    "Přeloženo strojem.",
    "Prevedeno mašinom.",
]


@pytest.mark.parametrize("note", MACHINE_NOTES)
@pytest.mark.parametrize("layout", ["own paragraph", "after a sentence"])
def test_machine_translation_notes_from_the_original_and_in_inflected_languages_are_found(
    tmp_path: Path, note: str, layout: str
) -> None:
    assert "WL102" in _codes(tmp_path, _story(note, layout), "WL102")


@pytest.mark.parametrize(
    "news",
    [
        "The company said the machine translation from the French original was poor.",
        "Machine translation from the French original is available online.",
        "Automatic translation of The Times archive began in 2020.",
        "Translation from the French original took the author two years.",
        "The novel, a translation from the Russian original, won the prize.",
        "Министр заявил, что перевод выполнен машиной.",
        "Перевод машины на газ обошёлся дорого.",
    ],
)
def test_news_about_translations_of_an_original_is_no_marker(tmp_path: Path, news: str) -> None:
    assert _codes(tmp_path, _story(news, "own paragraph"), "WL102") == []


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        ("Officials said talks would go on...They gave no date.", "...They"),
        ("The ministry confirmed the deal (worth $5m).A spokesman declined to comment.", ").A"),
        ("The deal was signed by the organisation.BT and Vodafone also signed.", ".BT"),
        ("Talks dragged on...EU leaders met again.", "...EU"),
        ("It was agreed (in private).UN staff were told.", ").UN"),
    ],
)
def test_run_ons_after_an_ellipsis_a_bracket_and_before_capitals_are_fixed(
    tmp_path: Path, text: str, run_on: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"{HEADLINE}\n\n{text}\n", encoding="utf-8")
    result = run_cli("check", str(path), "--select", "WL501")
    assert run_on in result.output
    run_cli("check", str(path), "--fix", "--select", "WL501")
    fixed = path.read_text(encoding="utf-8")
    assert run_on not in fixed and fixed.replace(" ", "") == f"{HEADLINE}\n\n{text}\n".replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "The variant is called Bagle.AT and it spreads by email.",
        "It runs on the.NET framework and saves a copy as report.PDF for staff.",
        "The U.S.NATO envoy said so.",
        "He went home... Then he slept.",
    ],
)
def test_names_and_file_types_after_a_dot_are_no_run_on(tmp_path: Path, text: str) -> None:
    assert _codes(tmp_path, f"{HEADLINE}\n\n{text}\n", "WL501") == []


@pytest.mark.parametrize(
    ("leftover", "code"),
    [
        ("Screenshot from Reuters video", "WL101"),
        ("Handout image supplied by the Metropolitan Police", "WL101"),
        ("Still taken from a video released by the Turkish Red Crescent", "WL101"),
        ("Machine translation from the German original", "WL102"),
    ],
)
def test_a_leftover_run_into_the_next_sentence_is_found_and_its_unsure_fix_keeps_the_news(
    tmp_path: Path, leftover: str, code: str
) -> None:
    """Without a full stop, where the leftover ends is a guess: reported, but --fix leaves it to the editor."""
    text = f"{HEADLINE}\n\n{leftover} Flood waters receded on Wednesday, the weather service said.\n\n{AFTER}\n"
    assert code in _codes(tmp_path, text, code)
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix")
    assert "Flood waters receded on Wednesday, the weather service said." in path.read_text(encoding="utf-8")
