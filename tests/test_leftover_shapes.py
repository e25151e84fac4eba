"""Leftovers found by their shape, as a user meets them through ``wirelint check``.

The fifth leftovers pass widened heads that were lists into shapes: the desk's sign-off is a list of
"ROLE by NAMES" with one role of the desk's own; an embargo head is any short head with "embargo" tied to
a time; a country restriction is a sentence made only of restriction words and one list of places; a
restriction notice of a few words is mostly one restriction term; a Georgian note is read although Unicode
files Georgian letters as small. Each test runs the CLI on a story file, as a user would, and checks what
is reported and that ``--fix`` keeps every word of the news around it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

HEADLINE = "Storm hits coast"
FIRST = "The storm reached the coast on Tuesday, the weather service said."
LAST = "Repair crews worked through the night, officials said."


def _story(tmp_path: Path, paragraph: str) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(f"{HEADLINE}\n\n{paragraph}\n\n{LAST}\n", encoding="utf-8")
    return path


def _found_and_fixed(tmp_path: Path, paragraph: str, code: str) -> None:
    """``code`` reports the leftover in ``paragraph``, and ``--fix`` leaves the story without it, every word
    of the news kept."""
    path = _story(tmp_path, paragraph)
    assert code in _codes(path)
    run_cli("check", str(path), "--select", "WL1", "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\n{FIRST}\n\n{LAST}\n"


def _found_and_fixed_only_unsafely(tmp_path: Path, paragraph: str, code: str) -> None:
    """``code`` reports the leftover; ``--fix`` leaves the file alone and ``--fix --unsafe-fixes`` removes it."""
    path = _story(tmp_path, paragraph)
    assert code in _codes(path)
    before = path.read_text(encoding="utf-8")
    run_cli("check", str(path), "--select", "WL1", "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == before
    run_cli("check", str(path), "--select", "WL1", "--fix", "--unsafe-fixes", "--no-cache")
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\n{FIRST}\n\n{LAST}\n"


def _codes(path: Path, select: str = "WL1") -> list[str]:
    result = run_cli("check", str(path), "--select", select, "--no-cache")
    return [line.split(": ")[1].split()[0] for line in result.output.splitlines() if ": WL" in line]


@pytest.mark.parametrize(
    "signoff",
    [
        "(Reported by Sara Lind in Oslo; Edited by Ken Park)",
        "(Reporting by Tom Hale; Research by Jo Marsh; Editing by Ken Park)",
        "(By Tom Hale; Editing by Jo Marsh)",
        "(Reporting By Tom Hale, Editing By Jo Marsh)",
        "(Compiled by the Bangalore newsroom; editing by Ken Park)",
        "Additional reporting by Ian Lee and Jo Marsh.",
        "(Editing by Ken Park) ((tom.hale@example.com; +1 202 555 0100))",
    ],
)
def test_a_desk_signoff_in_any_arrangement_of_roles_is_deleted_and_the_news_kept(tmp_path: Path, signoff: str):
    _found_and_fixed(tmp_path, f"{FIRST} {signoff}", "WL105")


@pytest.mark.parametrize(
    "credits",
    [
        "(Research by Ipsos MORI)",
        "(Photos by Ana Lima; design by Tom Hale)",
        "Edited by Jo Marsh.",
        "Directed by Ana Lima, edited by Tom Hale.",
        "Hosted by Ana Lima, edited by Tom Hale.",
        "Reported by Thames Water, confirmed by Ofwat.",
        "(Reported by AFP)",
        "(Edited by Jo Marsh)",
        "(Translated by Ana Lima; edited by Tom Hale)",
        "(Compiled by Statistics Norway)",
    ],
)
def test_credits_without_a_role_of_the_desk_are_the_storys_own(tmp_path: Path, credits: str):
    """A review's, a podcast's or a source's credits name roles in the past participle; the desk signs off
    with its gerunds ("Reporting by"), or with two or more of its participles alone in brackets."""
    assert "WL105" not in _codes(_story(tmp_path, f"{FIRST} {credits}"))


def test_a_signoff_shape_whose_line_goes_on_below_is_the_sentences_own(tmp_path: Path):
    """Hard-wrapped copy: "Reporting by Tom Hale" at a line's end, the sentence going on in small letters on
    the next line, is the sentence's subject, and ``--fix`` keeps the file as it was."""
    path = tmp_path / "story.txt"
    text = "Prizes\n\n    The paper won four prizes. Reporting by Tom Hale\nwas singled out by the judges, he said.\n"
    path.write_text(text, encoding="utf-8")
    assert "WL105" not in _codes(path)
    run_cli("check", str(path), "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "embargo",
    [
        "Strict embargo 0001 GMT Monday",
        "Broadcast embargo: 2200 GMT",
        "Embargo in effect until 0600 GMT",
        "No broadcast before 22:00 CET Tuesday",
        "HELD FOR RELEASE UNTIL 0900 GMT",
    ],
)
def test_an_embargo_head_of_any_wording_is_reported_and_only_an_unsafe_fix_deletes_it(tmp_path: Path, embargo: str):
    _found_and_fixed_only_unsafely(tmp_path, f"{FIRST} {embargo}", "WL106")


@pytest.mark.parametrize(
    "news",
    ["The embargo ends on Friday, officials said.", "No broadcast before the match was allowed, the league said."],
)
def test_news_about_an_embargo_or_a_broadcast_is_not_a_note(tmp_path: Path, news: str):
    assert "WL106" not in _codes(_story(tmp_path, f"{FIRST} {news}"))


@pytest.mark.parametrize("restriction", ["NOT AVAILABLE TO CANADA OR MEXICO CLIENTS", "CANADA AND MEXICO EXCLUDED",
                                         "WORLD EXCEPT CANADA"])
@pytest.mark.parametrize("layout", ["own line", "after a sentence"])
def test_a_country_restriction_in_capitals_made_of_restriction_words_and_places_is_deleted(
    tmp_path: Path, restriction: str, layout: str
):
    paragraph = f"{FIRST}\n\n{restriction}" if layout == "own line" else f"{FIRST} {restriction}"
    _found_and_fixed(tmp_path, paragraph, "WL101")


@pytest.mark.parametrize(
    "restriction", ["Not for publication in Canada.", "For use outside Canada only.", "No Canadian or Mexican sales."]
)
@pytest.mark.parametrize("layout", ["own line", "after a sentence"])
def test_a_country_restriction_in_ordinary_case_without_a_verb_is_deleted(
    tmp_path: Path, restriction: str, layout: str
):
    paragraph = f"{FIRST}\n\n{restriction}" if layout == "own line" else f"{FIRST} {restriction}"
    _found_and_fixed(tmp_path, paragraph, "WL101")


@pytest.mark.parametrize("restriction", ["Sales are restricted in Canada.", "Publication is barred in Canada."])
@pytest.mark.parametrize("layout", ["own line", "after a sentence"])
def test_a_country_restriction_with_a_verb_of_being_is_reported_and_left_to_a_person(
    tmp_path: Path, restriction: str, layout: str
):
    """With a verb of being the same make-up is a sentence of news as often ("Online sales are banned in
    France."), so only ``--unsafe-fixes`` deletes it."""
    paragraph = f"{FIRST}\n\n{restriction}" if layout == "own line" else f"{FIRST} {restriction}"
    _found_and_fixed_only_unsafely(tmp_path, paragraph, "WL101")


@pytest.mark.parametrize(
    "news",
    ["Online sales are banned in France.", "Water use is restricted.", "Commercial use is prohibited in Germany.",
     "Their banners read: DO NOT SELL OUR NHS.", "DON'T SELL OUR FORESTS!"],
)
def test_fix_keeps_news_and_slogans_made_of_restriction_words(tmp_path: Path, news: str):
    path = _story(tmp_path, f"{FIRST} {news}")
    before = path.read_text(encoding="utf-8")
    run_cli("check", str(path), "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "news",
    [
        "The drug is banned in Canada.",
        "Canada was excluded from the talks.",
        "Sales in Canada fell 3%.",
        "Media in Poland and Hungary were restricted from covering the trial.",
        "NO SALES TAX RISE SEEN",
        "FRANCE, BRITAIN SELL OUT",
        "JAPAN OUT OF TALKS",
        "Not available in Canada.",
    ],
)
def test_news_that_names_places_beside_restriction_words_is_not_a_restriction(tmp_path: Path, news: str):
    assert "WL101" not in _codes(_story(tmp_path, f"{FIRST} {news}"))


@pytest.mark.parametrize(
    "notice",
    [
        "DO NOT SELL. DO NOT ARCHIVE.",
        "NO SYNDICATION. NO WEB.",
        "NO ARCHIVING OR SALES",
        "Single use only.",
        "THIS IMAGE CANNOT BE AUTHENTICATED",
        "DISTRIBUTED EXACTLY AS RECEIVED",
    ],
)
def test_a_notice_built_from_restriction_terms_is_deleted(tmp_path: Path, notice: str):
    _found_and_fixed(tmp_path, f"{FIRST} {notice}", "WL101")


@pytest.mark.parametrize("notice", ["Credit is mandatory.", "Use is restricted."])
def test_a_short_notice_with_a_verb_of_being_is_reported_and_left_to_a_person(tmp_path: Path, notice: str):
    """One term in a sentence of a few words reads as a notice, but with a verb of being it has the shape of
    news ("Water use is restricted."): only ``--unsafe-fixes`` deletes it."""
    _found_and_fixed_only_unsafely(tmp_path, f"{FIRST} {notice}", "WL101")


def test_a_notice_after_a_table_row_leaves_the_row_whole(tmp_path: Path):
    path = _story(tmp_path, "Results:\nHarbour 12.5\nRiverside 7.25 For editorial purposes only. No resales.")
    assert "WL101" in _codes(path)
    run_cli("check", str(path), "--select", "WL1", "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == f"{HEADLINE}\n\nResults:\nHarbour 12.5\nRiverside 7.25\n\n{LAST}\n"


@pytest.mark.parametrize("news", ["The report could not be confirmed.", "The house? Not for sale, he said."])
def test_a_short_sentence_of_news_with_one_term_is_no_notice(tmp_path: Path, news: str):
    assert "WL101" not in _codes(_story(tmp_path, f"{FIRST} {news}"))


@pytest.mark.parametrize("layout", ["own line", "after a sentence"])
def test_a_georgian_note_is_found_though_its_letters_are_filed_as_small(tmp_path: Path, layout: str):
    note = "მანქანური თარგმანი."
    paragraph = f"{FIRST}\n\n{note}" if layout == "own line" else f"{FIRST} {note}"
    _found_and_fixed(tmp_path, paragraph, "WL102")


def test_a_georgian_report_on_translation_is_news(tmp_path: Path):
    news = "მინისტრმა განაცხადა, რომ დოკუმენტი ავტომატურად ითარგმნა."
    assert "WL102" not in _codes(_story(tmp_path, f"{FIRST}\n\n{news}"))


@pytest.mark.parametrize(
    "note",
    [
        "Машынны пераклад.",
        "Cyfieithiad peirianyddol.",
        "Masjienvertaling.",
        "ស្វ័យប្រវត្តិ ការបកប្រែ",
        "Translated by Claude.",
    ],
)
def test_notes_in_more_languages_and_by_assistants_are_found(tmp_path: Path, note: str):
    assert "WL102" in _codes(_story(tmp_path, f"{FIRST} {note}"))


@pytest.mark.parametrize(
    "news", ["The firm said its AI translated 1 billion words last year.", "Translated by Claude Simon, the novel won."]
)
def test_news_about_machine_translation_or_a_translator_is_no_note(tmp_path: Path, news: str):
    assert "WL102" not in _codes(_story(tmp_path, f"{FIRST} {news}"))


@pytest.mark.parametrize("exclusion", ["Excluding Canada and Mexico.", "Canada and Mexico excluded."])
def test_a_bare_exclusion_of_places_is_reported_and_left_to_a_person(tmp_path: Path, exclusion: str):
    """Without a word of what is restricted, a list of places excluded may be a notice or a feature's
    fragment: reported, deleted only with ``--unsafe-fixes``."""
    _found_and_fixed_only_unsafely(tmp_path, f"{FIRST} {exclusion}", "WL101")


def test_a_line_of_a_hard_wrapped_sentence_is_no_restriction(tmp_path: Path):
    """Wire copy wraps its sentences: a middle line made of restriction words and a place is the sentence's."""
    path = tmp_path / "story.txt"
    text = "Trade talks\n\n    The minister said there would be\nno sales to Canada\nuntil May, officials said.\n"
    path.write_text(text, encoding="utf-8")
    assert "WL101" not in _codes(path)
    run_cli("check", str(path), "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("slip", ["It cost 30p.Shoppers paid.", "He said 'never'.The talks ended."])
def test_run_ons_after_pence_or_a_single_quote_get_their_space(tmp_path: Path, slip: str):
    path = _story(tmp_path, slip)
    assert "WL501" in _codes(path, "WL501")
    run_cli("check", str(path), "--select", "WL501", "--fix", "--no-cache")
    assert slip.replace(".", ". ", 1) in path.read_text(encoding="utf-8")


def test_a_notice_that_fell_into_a_sentence_keeps_the_sentences_last_word(tmp_path: Path):
    """"... than other Indian Editorial use only. airlines.": the word in small letters after the notice's
    stop is the sentence's, so where the notice ends is unsure and ``--fix`` keeps it."""
    path = _story(
        tmp_path,
        "Tickets were cheaper than at other Indian Image cannot be independently verified. Editorial use only. "
        "airlines. It said so.",
    )
    assert "WL101" in _codes(path)
    run_cli("check", str(path), "--fix", "--no-cache")
    assert "Indian airlines. It said so." in " ".join(path.read_text(encoding="utf-8").split()) or (
        "airlines. It said so." in path.read_text(encoding="utf-8")
    )


@pytest.mark.parametrize(
    "news", ["Data are released at 1330 GMT.", "Results are published at 0700 GMT on Thursday.",
             "All were released at 0400 GMT."]
)
def test_a_sentence_saying_when_something_is_released_is_no_embargo_head(tmp_path: Path, news: str):
    assert "WL106" not in _codes(_story(tmp_path, f"{FIRST} {news}"))


@pytest.mark.parametrize(
    "news",
    [
        "La traduction automatique est de plus en plus populaire en France.",
        "Masjienvertaling word al hoe meer gewild in Suid-Afrika.",
        "Машинный перевод становится всё популярнее в России.",
        "Google-ის მანქანური თარგმანი ქართულ ენაზე გაუმჯობესდა.",
    ],
)
def test_fix_keeps_a_sentence_about_machine_translation_in_another_language(tmp_path: Path, news: str):
    """A note ends soon after its translating and machine words; a sentence that goes on ("... is becoming
    more popular in France"), or a run of another script that starts inside a word ("Google-ის ..."), is at
    most reported, and ``--fix`` keeps it."""
    path = _story(tmp_path, f"{FIRST}\n\n{news}")
    before = path.read_text(encoding="utf-8")
    run_cli("check", str(path), "--fix", "--no-cache")
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "note", ["Traducción automática del original en inglés.", "Перевод выполнен машиной.", "Traduction automatique."]
)
def test_a_short_note_in_another_language_is_still_deleted(tmp_path: Path, note: str):
    _found_and_fixed(tmp_path, f"{FIRST}\n\n{note}", "WL102")
