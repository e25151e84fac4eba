"""WL301/WL302 on names no entity set lists: spelling variants of any name in one article."""

from __future__ import annotations

from pathlib import Path

import pytest
from naming_helpers import lint

from wirelint.config import Settings
from wirelint.errors import PackError
from wirelint.fixer import apply_edits
from wirelint.naming.catalog import naming_data
from wirelint.naming.spelling import normalise, skeleton, variant_cost

ONE_NAME = [
    ("Zelensky", "Zelenskiy"),  # -iy ending
    ("Zelensky", "Zelenskyy"),  # -yy ending
    ("Houthis", "Huthis"),  # ou/u
    ("Nasrallah", "Nasrollah"),  # a vowel
    ("Mosul", "Mossul"),  # doubled letter
    ("Sanaa", "San'a"),  # apostrophe
    ("Erdoğan", "Erdogan"),  # diacritics
    ("Qur'an", "Quran"),  # ayn mark
    ("Gaddafi", "Qaddafi"),  # q/g
    ("Kadhafi", "Gaddafi"),  # dh/d, k/g
    ("Hussein", "Husayn"),  # ei/ay
    ("Muhammad", "Mohammed"),  # u/o and a vowel
    ("Osama", "Usama"),  # first vowel of a long name
]
DIFFERENT = [
    ("Niger", "Nigeria"),
    ("Iran", "Iranian"),
    ("Pakistan", "Pakistani"),
    ("Iran", "Iraq"),
    ("Austria", "Australia"),
    ("Slovakia", "Slovenia"),
    ("Gambia", "Zambia"),
    ("Fidel", "Raul"),
    ("Hassan", "Hussein"),
    ("Mahmoud", "Mohamed"),
    ("Kerry", "Gerry"),
    ("Iran", "Oran"),
    ("McMillan", "McMullen"),
]


@pytest.mark.parametrize(("first", "second"), ONE_NAME, ids=[f"{a}-{b}" for a, b in ONE_NAME])
def test_transliterations_are_one_name_and_share_a_blocking_key(first: str, second: str):
    assert variant_cost(first, second) is not None
    assert skeleton(first) == skeleton(second)


@pytest.mark.parametrize(("first", "second"), DIFFERENT, ids=[f"{a}-{b}" for a, b in DIFFERENT])
def test_look_alike_words_are_different_names(first: str, second: str):
    assert variant_cost(first, second) is None


def test_normalise_folds_what_transliteration_varies_freely():
    assert normalise("Zelenskyy") == normalise("Zelenskiy") == normalise("Zelensky") == "zelenski"
    assert normalise("Ṣanʿāʾ") == normalise("Sanaa")


def wl301(text: str, **settings: object) -> list[tuple[int, str]]:
    findings = lint(text, Settings(select=("WL3",), **settings))  # type: ignore[arg-type]
    return [(f.line, text.splitlines()[f.line - 1][f.column - 1 : f.end_column - 1]) for f in findings]


def test_a_surname_spelled_two_ways_is_reported_where_it_strays():
    text = (
        "Zelensky meets allies\n\n"
        "Ukrainian President Volodymyr Zelensky met allies on Monday.\n\n"
        "In Kyiv, Zelenskiy told reporters that talks would go on.\n"
    )
    findings = lint(text)
    assert [(f.code, f.line, f.field) for f in findings] == [("WL301", 5, "body")]
    assert '("Zelensky" on lines 1, 3; "Zelenskiy" on line 5); use "Zelensky"' in findings[0].message
    assert apply_edits(text, findings)[0].count("Zelensky ") == 3


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        ("Hassan Nasrallah spoke in Beirut. Later Nasrollah said the talks had failed. Nasrallah left.", "Nasrollah"),
        ("Abu Mazen met envoys. Aides to Abu-Mazen said so. Abu Mazen left.", "-"),
        ("The Houthis fired missiles. The Huthis deny it. The Houthis fought on.", "Huthis"),
        ("Erdoğan spoke. Officials said Erdogan would travel. Erdoğan left.", "Erdogan"),
        ("The A.N.C. won. Leaders of the ANC said so. The A.N.C. celebrated.", "ANC"),
        ("Fighters took Mosul. Residents of Mossul fled. Mosul fell.", "Mossul"),
        ("Nouri al-Maliki spoke. Aides to Nouri el-Maliki said so. Nouri al-Maliki left.", "el-"),
        ("Aides to Nouri al-Maliki spoke. Aides to Nouri Al-Maliki said so. Nouri al-Maliki left.", "Al-"),
        ("Hizb ut-Tahrir spoke. Members of Hizb-ut-Tahrir said so. Hizb ut-Tahrir left.", "-ut-"),
        ("Fighters took Qusair. Residents of Kusair fled. Qusair fell.", "Kusair"),
        ("Later Nasrollah said the talks had failed, Hassan Nasrallah told aides. Nasrallah left.", "Nasrollah"),
        ("Nasrallah said the talks had failed. Nasrollah said he would not attend. Nasrallah left.", "Nasrollah"),
    ],
    ids=["vowel", "hyphen", "ou-u", "diacritic", "dotted-acronym", "doubling", "article", "article-capital",
         "connector", "q-k", "sentence-opener", "both-open-sentences"],
)
def test_each_kind_of_variant_is_reported_at_the_stray(text: str, stray: str):
    assert [found for _, found in wl301(text)] == [stray]


@pytest.mark.parametrize(
    "text",
    [
        "Niger and Nigeria signed a pact. Officials in Niger welcomed it, as did Nigeria.",
        "Sudan and South Sudan met. Talks between Sudan and South Sudan went on.",
        "Fidel Castro fell ill and Raúl Castro took over. Castro spoke later.",
        "George W. Bush met George H. W. Bush. Bush said little.",
        "Jordan closed its border. Michael Jordan played golf. Jordan said nothing.",
        "Iran said Iranian forces were ready. Iran denied it.",
        "Hafez al-Assad ruled before Bashar al-Asad. Bashar al-Asad spoke.",
        "Georgia (the country) and Georgia (the state) were both hit by storms.",
        'Officials said Zelensky would attend. "Zelenskiy is welcome," the host said.',
        "Later, the firm sent an Open Letter to its staff, the letter said.",
        "Al-Chalaby spoke. Officials said Isam Al-Chalaby would travel.",
        "Funds go to the Fondation pour l'Enfance (Foundation for Childhood) in Paris.",
        "Nintendo's DS sold well. The Nintendo DS is a handheld console.",
        "Google grew fast. Yahoo replaced Tim Koogle, its chief executive.",
        "The 22-year-old Scot finished fourth. Allan Scott was disappointed.",
        "Aaa-rated bonds rose. Aa bonds fell, said Mr Smith.",
        "The tanker Khark-5 was hit south of Kharg, Lloyd's said.",
        "Sales rose in L.A. and Dallas.\n\nLA 2.54 2.50 3.10 4.38 1.20\nTX 1.10 1.20 1.30 1.40 1.50",
    ],
    ids=["niger", "sudan", "castro", "bush", "jordan", "adjective", "family", "georgia", "quote", "common-words",
         "article-at-sentence-start", "bracketed-translation", "possessive", "surname-first-letter",
         "short-final-doubling", "short-words", "model-number", "table-of-figures"],
)
def test_different_entities_and_quoted_speech_are_never_grouped(text: str):
    assert wl301(text) == []


def test_the_fix_keeps_capitals_and_possessives():
    text = "NASROLLAH SPEAKS\n\nHassan Nasrallah spoke. Nasrallah's aides agreed. Nasrallah left.\n"
    findings = lint(text)
    assert [f.line for f in findings] == [1]
    assert apply_edits(text, findings)[0].startswith("NASRALLAH SPEAKS")


def test_house_style_chooses_the_spelling():
    text = "Zelenskiy met allies. Later Zelensky spoke. Zelensky left.\n"
    settings = Settings(select=("WL3",), house_style=(("Zelensky", "Zelenskyy"),))
    findings = lint(text, settings)
    assert len(findings) == 3
    fixed = apply_edits(text, findings)[0]
    assert "Zelenskiy" not in fixed and "Zelensky " not in fixed and fixed.count("Zelenskyy") == 3


def test_names_can_be_left_to_the_entity_sets_only():
    text = "Hassan Nasrallah spoke. Later Nasrollah said the talks had failed."
    options = {"WL301": {"any-name": False}}
    assert wl301(text, rule_options=options) == []


def test_a_project_pack_adds_words_and_a_bad_table_names_the_pack(tmp_path: Path):
    pack = tmp_path / "names.toml"
    pack.write_text('[lexicon.proper-names]\ntitles = ["Comrade"]\n', encoding="utf-8")
    words = naming_data(Settings(rule_packs=(pack,))).words
    assert "comrade" in words.titles and "president" in words.titles
    broken = tmp_path / "broken.toml"
    broken.write_text('[lexicon.proper-names]\ntitles = "Comrade"\n', encoding="utf-8")
    with pytest.raises(PackError, match=r"broken\.toml.*titles must be a list"):
        naming_data(Settings(rule_packs=(broken,)))


def test_an_article_dropped_after_an_is_an_unsafe_fix():
    text = "Officials said Maliki left. He met an al-Maliki aide and the al-Maliki camp. Maliki spoke again."
    findings = lint(text)
    assert [f.fix.safe for f in findings if f.fix] == [False, True]
    fixed = apply_edits(text, findings)[0]
    assert "an al-Maliki aide" in fixed and "the Maliki camp" in fixed
