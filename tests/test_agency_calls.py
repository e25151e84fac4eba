"""The credit grammars write the known agencies once and call them (``text/agencies.py``): they must find what
the patterns with the list written out in every place found, and the grammars without the list must find
what the full ones find in a text that names no agency."""

from __future__ import annotations

import regex

from tests.conftest import SEED_EDIT, SEED_WIRE
from wirelint.text import agencycredits, credits
from wirelint.text.agencies import known_agencies, listed, names_agency

TEMPLATES = (
    "Photo: {}", "(Photo by Ana Sousa/{} via Getty Images)", "Picture courtesy of {}", "© {} 2019",
    "Photo credit: Li Wei/{}, all rights reserved.", "Image supplied by the {} archive", "PHOTO: {}/File",
    "Flooding in the north. Photo: {} - The ministry said", "Pic: {}-Press/Lusa", "Photo: {}s",
    "Ivan Petrov/{}", "Kim Lee/{}/File Photo", "{} PHOTO / HO / WELAYAT HOMS", "{} photo by Li Wei.",
    "The talks ended. {}/Omar Sanadiki The ministry said", "Ana Sousa for {}.", "(Jorge Medina, {})",
    "Picture by Ana Sousa of {}.", "Photo by {} photographer Li Wei", "Image from {} video.", "({} photo)",
    "which has Ruth McKenzie/{} been", "Still from video by {} The army said", "{} pool photo via Reuters.",
)  # fmt: skip
"""Credit shapes with an agency's place; every agency goes into some of them."""


def _texts() -> list[str]:
    agencies = listed()
    texts = [form.format(agency) for number, agency in enumerate(agencies) for form in TEMPLATES[number % 6 :: 6]]
    texts += [form.format(agency).replace(" ", "  ") for agency in agencies[::17] for form in TEMPLATES]
    texts += [form.format("Kommersant") for form in TEMPLATES]  # no agency of the list
    texts += listed()  # alone, as a credit's parts are
    texts += SEED_EDIT.read_text(encoding="utf-8").split("\n\n")
    return texts + SEED_WIRE.read_text(encoding="utf-8").split("\n")


def _found(pattern: object, text: str) -> list[object]:
    """Every match's span and groups (the called agency's own group left out)."""
    return [(m.span(), {k: v for k, v in m.groupdict().items() if k not in ("agency", "bracket_agency", "label")})
            for m in pattern.finditer(text)]  # type: ignore[attr-defined]  # fmt: skip


def test_each_credit_pattern_calling_its_agencies_matches_as_with_copies() -> None:
    """Every credit pattern that names an agency calls one copy of the list (the labelled one its labels too),
    and finds every match (span and groups) the pattern with the lists written out in each place finds."""
    called = credits._grammar()
    copies = credits._patterns(known_agencies(), called=False)
    assert "(?&label)" in called["labelled"].pattern  # its labels are called too
    kinds = [kind for kind, pattern in called.items() if "(?&agency)" in pattern.pattern]
    assert {"labelled", "slashed", "agency_photo", "unknown", "inside", "inside_chain", "agency"} <= set(kinds)
    texts = _texts()
    for kind in kinds:
        assert called[kind].pattern.count(known_agencies()) == 1
        assert sum(bool(_found(called[kind], text)) for text in texts) > 10, kind
        assert [_found(called[kind], text) for text in texts] == [_found(copies[kind], text) for text in texts], kind


def test_the_agency_credit_pattern_calling_its_agencies_matches_as_with_copies() -> None:
    """The same for ``text/agencycredits.py``, which names two lists (every agency, and those a bracket takes)."""
    called = agencycredits._PATTERN
    copies = regex.compile(agencycredits._written_out(agencycredits._agency(), agencycredits._bracket_agency()),
                           called._flags)  # fmt: skip
    assert called.pattern.count(agencycredits._agency()) == 1
    texts = _texts()
    assert sum(bool(_found(called, text)) for text in texts) > len(listed())
    assert [_found(called, text) for text in texts] == [_found(copies, text) for text in texts]


def test_names_agency_finds_every_listed_agency_as_the_patterns_match_it() -> None:
    """Any spaces and tabs between an agency's words, inside a longer word too; nothing else."""
    for agency in listed():
        assert names_agency(f"Photo: Li Wei/{agency}."), agency
        assert names_agency(agency.replace(" ", " \t ")), agency
        assert names_agency(f"x{agency}x"), agency
    assert not names_agency("Photo: Ivan Petrov/Kommersant, a local paper / via its website")
    assert not names_agency("")


def test_a_text_naming_no_agency_finds_the_same_credits_without_the_list(monkeypatch) -> None:
    """The grammars without the list (for texts :func:`names_agency` says name none) find the credits the full
    grammars find there: unknown agencies, web addresses, handouts, labels."""
    texts = [form.format(other) for form in TEMPLATES
             for other in ("KOMMERSANT", "Kommersant", "stock.adobe.com", "Baltic Times", "-")]  # fmt: skip
    texts = [text for text in texts + _texts() if not names_agency(text)]
    assert len(texts) > 50
    bare = [credits.find_credits(text) for text in texts]
    monkeypatch.setattr(credits, "names_agency", lambda text: True)
    assert sum(map(bool, bare)) > 20
    assert bare == [credits.find_credits(text) for text in texts]
