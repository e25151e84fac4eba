"""Entity sets as data: the [[entity]] schema, spelling patterns, and how sources combine."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirelint.errors import ConfigError, PackError
from wirelint.naming.entities import (
    ArticleUse,
    apply_house_style,
    merge_sets,
    parse_entity_tables,
)
from wirelint.packs import load_pack

GOOD = """
[[entity]]
canonical = "Hayat Tahrir al-Sham"
first-reference = "spell-out"
names = [ { full = "Hayat Tahrir {al}Sham", acronym = "HTS" } ]
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(body, encoding="utf-8")
    return path


def parse(body: str, tmp_path: Path) -> list:
    from wirelint.naming.catalog import pack_entities

    return pack_entities(write(tmp_path, body))


def test_spelling_pattern_expands_to_one_name_per_choice(tmp_path: Path):
    (entity,) = parse(GOOD, tmp_path)
    fulls = sorted(entity.forms[key].text for name in entity.names for key in name if key != "HTS")
    assert fulls == ["Hayat Tahrir al Sham", "Hayat Tahrir al-Sham", "Hayat Tahrir el-Sham"]
    assert len(entity.names) == 3
    assert entity.names_of("HTS") == frozenset({0, 1, 2}), "the acronym goes with every spelling"
    assert entity.first_reference == "spell-out"


def test_same_choice_is_used_throughout_a_name(tmp_path: Path):
    body = """
[[entity]]
canonical = "Bashar al-Assad"
names = [ { full = "Bashar {al-|al |}Assad", short = "{al-|al |}Assad" } ]
"""
    (entity,) = parse(body, tmp_path)
    names = [sorted(entity.forms[key].text for key in name) for name in entity.names]
    assert names == [["Bashar al-Assad", "al-Assad"], ["Bashar al Assad", "al Assad"], ["Assad", "Bashar Assad"]]


def test_article_markers(tmp_path: Path):
    body = """
[[entity]]
canonical = "United States"
names = [ { full = "the United States", acronym = "(the) US" }, { full = ["United States"], acronym = "U.S." } ]
"""
    (entity,) = parse(body, tmp_path)
    assert entity.forms["US"].article is ArticleUse.OPTIONAL
    assert entity.forms["U.S."].article is ArticleUse.NONE
    # listed once with "the" and once without: the article is optional
    assert entity.forms["united states"].article is ArticleUse.OPTIONAL
    assert entity.forms["united states"].text == "United States"


def test_preferred_must_be_a_form(tmp_path: Path):
    (entity,) = parse(GOOD + 'preferred = "HTS"\n', tmp_path)
    assert entity.preferred == "HTS"
    with pytest.raises(PackError, match="preferred form 'Nusra' is not one of"):
        parse(GOOD + 'preferred = "Nusra"\n', tmp_path)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD + "colour = 'red'\n", "unknown key(s) colour"),
        (GOOD.replace('first-reference = "spell-out"', 'first-reference = "never"'), "first-reference must be one of"),
        (GOOD.replace("acronym =", "nickname ="), "unknown kind(s) nickname"),
        (GOOD.replace('acronym = "HTS"', 'acronym = "Hts"'), "must be one word in capitals"),
        (GOOD.replace("{al}", "{article}"), "unknown spelling pattern {article}"),
        (GOOD.replace('canonical = "Hayat Tahrir al-Sham"\n', ""), "'canonical'"),
        (GOOD.replace('names = [ { full = "Hayat Tahrir {al}Sham", acronym = "HTS" } ]', "names = []"), "'names'"),
        (GOOD + GOOD, "defined twice"),
        (GOOD + GOOD.replace('canonical = "Hayat Tahrir al-Sham"', 'canonical = "HTS group"'), "belongs to both"),
        (GOOD.replace('full = "Hayat', 'full = "(Hayat'), "must start with a letter"),
        (GOOD.replace("{al}", "{a|b|c|d|e|f|g|h|i}{j|k|l|m|n|o|p|q|r}"), "at most 64"),
        (GOOD + "unless = ['(oops']\n", "bad unless pattern"),
        (GOOD + "examples = { match = ['HTS'], maybe = [] }\n", "examples must be"),
        ("entity = 3\n", "'entity' must be an array of tables"),
    ],
)
def test_bad_entity_table_is_a_pack_error_naming_the_pack(tmp_path: Path, body: str, expected: str):
    path = write(tmp_path, body)
    with pytest.raises(PackError) as caught:
        load_pack(path)  # the pack loader hands entity tables to the naming schema
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_pack_with_entities_loads_as_a_pack(tmp_path: Path):
    assert load_pack(write(tmp_path, GOOD)) == []


def test_later_source_replaces_a_set_and_takes_its_forms(tmp_path: Path):
    builtin = parse_entity_tables("builtin", [
        {"canonical": "Kyiv", "names": [{"full": "Kyiv"}, {"transliteration": "Kiev"}], "preferred": "Kyiv"},
        {"canonical": "Gaza", "names": [{"full": "Gaza"}, {"transliteration": "Ghazzah"}]},
    ])
    project = parse_entity_tables("project", [
        {"canonical": "kyiv", "names": [{"full": "Kyiv"}, {"transliteration": "Kyyiv"}]},
        {"canonical": "Gaza Strip", "names": [{"full": "the Gaza Strip"}, {"transliteration": "Ghazzah"}]},
    ])
    merged = {entity.canonical: entity for entity in merge_sets([builtin, project])}
    assert set(merged) == {"kyiv", "Gaza", "Gaza Strip"}
    assert set(merged["kyiv"].forms) == {"kyiv", "kyyiv"}, "same canonical: the project's set wins"
    assert set(merged["Gaza"].forms) == {"gaza"}, "a form the project claims leaves the built-in set"
    assert merged["Gaza"].names == (("gaza",),)


def test_house_style_prefers_an_existing_form():
    sets = parse_entity_tables("builtin", [
        {"canonical": "Islamic State", "names": [{"full": "the Islamic State group", "acronym": "IS"},
                                                 {"acronym": "ISIS"}]},
    ])
    (entity,) = apply_house_style(sets, [("Islamic State", "ISIS")], "config")
    assert entity.preferred == "ISIS"
    (by_form,) = apply_house_style(sets, [("IS", "the Islamic State group")], "config")
    assert by_form.preferred == "islamic state group"


def test_house_style_adds_a_form_the_set_lacks():
    sets = parse_entity_tables("builtin", [{"canonical": "Islamic State", "names": [{"acronym": "IS"}]}])
    (entity,) = apply_house_style(sets, [("Islamic State", "Isis")], "config")
    assert entity.preferred == "isis"
    assert entity.forms["isis"].kind == "full"
    assert entity.names[-1] == ("isis",)


def test_house_style_alone_makes_a_new_entity():
    (entity,) = apply_house_style([], [("Burma", "Myanmar")], "config")
    assert entity.canonical == "Myanmar"
    assert entity.names == (("burma",), ("myanmar",))
    assert entity.preferred == "myanmar"


def test_house_style_with_an_unusable_name_is_a_config_error():
    with pytest.raises(ConfigError, match="house-style: '\\(IS\\)' must start with a letter"):
        apply_house_style([], [("Islamic State", "(IS)")], "pyproject.toml")
