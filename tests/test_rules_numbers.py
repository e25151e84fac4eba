"""WL401-WL403: figures that disagree, on the seeds, their alterations and small made-up stories."""

from __future__ import annotations

import conftest
import pytest
from conftest import SEED_EDIT, SEED_WIRE, run_process

from wirelint.checks.numbers import MAX_GROUP, RULES
from wirelint.config import Settings
from wirelint.finding import Finding
from wirelint.registry import get_registry

WL4 = Settings(select=("WL4",))


def lint(text: str) -> list[Finding]:
    return conftest.lint(text, settings=WL4)


def codes(text: str) -> list[str]:
    return [finding.code for finding in lint(text)]


def seed_edit(old: str, new: str) -> str:
    text = SEED_EDIT.read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


# --- the seeds -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [SEED_EDIT, SEED_WIRE], ids=["edit", "wire"])
def test_seed_figures_are_consistent(seed) -> None:
    assert lint(seed.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("headline", ["Dozen killed", "12 killed"])
def test_seed_headline_altered_to_a_dozen_is_unsupported(headline: str) -> None:
    findings = lint(seed_edit("Dozens killed", headline))
    assert [(f.code, f.line, f.column) for f in findings] == [("WL401", 1, 1)]
    assert '"more than 50 fighters"' in findings[0].message
    assert "(12 killed)" in findings[0].message


def test_seed_headline_fifty_one_fits_more_than_fifty() -> None:
    assert lint(seed_edit("Dozens killed", "51 killed")) == []


def test_seed_total_altered_to_more_than_sixty_contradicts_its_parts() -> None:
    findings = lint(seed_edit("more than 50 fighters", "more than 60 fighters"))
    assert [(f.code, f.line) for f in findings] == [("WL402", 9)]
    assert "20 pro-government fighters + 31 militants = 51" in findings[0].message
    assert findings[0].severity.value == "error"


# --- WL401 ------------------------------------------------------------------------------------------------------

BODY = "The clashes killed more than 50 fighters, a monitor said.\n"
HEADLINES = [
    ("Dozens killed in clashes", BODY, []),
    ("12 killed in clashes", BODY, ["WL401"]),
    ("Five dead after clashes", BODY, ["WL401"]),
    ("51 killed in clashes", BODY, []),
    ("51 killed in clashes", BODY.replace("50", "60"), ["WL401"]),
    ("Scores killed in clashes", BODY, []),
    ("Hundreds killed in clashes", BODY, ["WL401"]),  # "more than 50" is 51 to 99
    ("100 killed in clashes", BODY, ["WL401"]),
    ("Hundreds killed in clashes", BODY.replace("50", "500"), []),
    ("Thousands killed in clashes", BODY.replace("more than 50", "51"), ["WL401"]),
    ("51 killed in clashes", "Strikes killed 20 soldiers and 31 militants, a monitor said.\n", []),
    ("30 killed in clashes", "Strikes killed 20 soldiers and 31 militants, a monitor said.\n", ["WL401"]),
    ("50 killed in clashes", BODY, []),
    ("Six hurt in shooting", "Six people including four policemen were wounded, police said.\n", []),
    ("Five killed in crash", "A lorry hit a bus on the motorway, police said.\n", []),
    ("Dozens arrested in protest", BODY, []),
    ("Police arrest 12 in raids", "Police arrested more than 40 people, officers said.\n", ["WL401"]),
    # Sums and shares in headlines are too often differences or totals of body figures to compare.
    ("Profits up 20% at Acme", "Profits rose 12.4% last year, the firm said.\n", []),
    ("Acme agrees £5bn deal", "The deal is worth £2.1bn, the firm said.\n", []),
    ("Jobs cut: 2,850 staff to go", "The firm employs more than 100,000 staff, it said.\n", []),
    ("Dozens feared dead in landslide", "Officials said seven people were feared dead.\n", ["WL401"]),
    ("Quake toll passes 1,000", "The earthquake has killed about 600 people, officials said.\n", ["WL401"]),
    ("Quake toll passes 1,000", "The earthquake has killed more than 1,000 people, officials said.\n", []),
    ("1,000 dead in quake", "The earthquake has killed about 600 people, officials said.\n", ["WL401"]),
]


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINES, ids=[h for h, _, _ in HEADLINES])
def test_headline_figures_need_a_compatible_body_figure_of_the_same_kind(headline, body, expected) -> None:
    findings = lint(f"{headline}\n\n{body}")
    assert [f.code for f in findings] == expected
    assert all(f.line == 1 for f in findings)


def test_standfirst_figures_are_checked_too() -> None:
    text = "Clashes in Syria\n\nTwelve fighters killed in two days\n\n" + BODY
    findings = lint(text)
    assert [(f.code, f.field, f.line) for f in findings] == [("WL401", "standfirst", 3)]


# --- WL402 ------------------------------------------------------------------------------------------------------

TOTALS = [
    ("The clashes killed more than 50 fighters on both sides.\n\n"
     "Strikes claimed the lives of 20 soldiers and 31 militants, a monitor said.\n", []),
    ("The clashes killed more than 60 fighters on both sides.\n\n"
     "Strikes claimed the lives of 20 soldiers and 31 militants, a monitor said.\n", ["WL402"]),
    ("The clashes killed more than 60 fighters.\n\n"
     "Strikes claimed the lives of 20 soldiers and 31 militants, a monitor said.\n", []),
    ("The attack killed 30 people. The dead were 20 soldiers and 15 civilians, police said.\n", ["WL402"]),
    ("The attack killed 50 people, including 20 soldiers and 15 civilians, police said.\n", []),
    ("The attack killed 35 people in total: 20 soldiers and 15 civilians, police said.\n", []),
    ("The attack killed 40 people in total: 20 soldiers and 15 civilians, police said.\n", ["WL402"]),
    ("The attack killed 30 people. Police arrested 20 men and 15 women, officials said.\n", []),
    ("The attack killed 30 people.\n\nIt was market day.\n\nLater, 20 soldiers and 15 civilians died.\n", []),
    # the next sentence, opened by a pointer back to the total
    ("Forty people were hurt in the blast, police said. They included 29 adults and 17 children.\n", ["WL402"]),
    ("Forty people were hurt in the blast, police said. They included 19 adults and 17 children.\n", []),
    ("A raid killed 12 people, medics said. Among them were eight women and seven children.\n", ["WL402"]),
    ("A raid killed 12 people, medics said. Among the dead were three women and four children.\n", []),
    # a colon list after the attribution restates the total: short of it is a contradiction too
    ("The fighting killed 90 combatants on both sides, the monitor said: 22 soldiers and 31 rebels.\n", ["WL402"]),
    ("The fighting killed 53 combatants, the monitor said: 22 soldiers and 31 rebels.\n", []),
    # a total that claims to be complete
    ("The crash killed all 30 people on board: 20 passengers and six crew members.\n", ["WL402"]),
    ("The crash killed all 26 people on board: 20 passengers and six crew members.\n", []),
    ("A total of 40 people were killed, among them 12 children and 20 women.\n", []),
    ("A total of 25 people were killed, among them 12 children and 20 women.\n", ["WL402"]),
    # nouns: the total's noun must include the parts' nouns
    ("The clashes killed 30 civilians. Strikes killed 20 soldiers and 31 militants, a monitor said.\n", []),
    ("The clashes killed 30 fighters on both sides.\n\n"
     "Strikes claimed the lives of 20 soldiers and 31 militants, a monitor said.\n", ["WL402"]),
    ("The clashes killed 30 fighters.\n\nIn another attack, 20 soldiers and 31 militants were killed.\n", []),
    # more of the ways reporters write it
    ("The raid wounded 40 people, 12 adults and 30 children, according to medics.\n", ["WL402"]),
    ("The raid wounded 42 people, 12 adults and 30 children, according to medics.\n", []),
    ("Medics said that of the 40 fighters killed, 12 were soldiers and 30 were rebels.\n", ["WL402"]),
    ("Both sides lost 40 fighters in total in the battle: 12 soldiers and 20 rebels, a monitor said.\n", ["WL402"]),
    ("The blast has claimed 30 lives so far \u2013 20 men and 12 women, officials said.\n", ["WL402"]),
    ("Thirty people were taken to hospital. Police said they were 20 adults and 12 children.\n", ["WL402"]),
    ("The bank has 120 branches, including 80 in Scotland and 50 in England.\n", ["WL402"]),
    ("The group has 40 members: 20 men and 26 women.\n", ["WL402"]),
    ("The group has 46 members: 20 men and 26 women.\n", []),
    ("Among the 40 dead were 20 soldiers and 31 militants, a monitor said.\n", ["WL402"]),
    ("Among the 60 dead were 20 soldiers and 31 militants, a monitor said.\n", []),
    ("The 40 victims of the blast included 20 women and 31 children, medics said.\n", ["WL402"]),
    ("Twenty soldiers and 31 militants were among the 45 people killed, a monitor said.\n", ["WL402"]),
    ("Twenty soldiers and 31 militants were among the 55 people killed, a monitor said.\n", []),
    ("Strikes killed 20 soldiers and 31 militants, bringing the toll from two days of fighting to 45 fighters.\n",
     ["WL402"]),
    ("Forty people were wounded, 12 of them adults and 30 children.\n", ["WL402"]),
    ("Medics reported 40 deaths, 12 of them adults and 30 children.\n", ["WL402"]),
    ("Medics reported 42 deaths, 12 of them adults and 30 children.\n", []),
    ("The blast wounded 25 people. Eleven of them were children and 16 were women, doctors said.\n", ["WL402"]),
    ("The blast wounded 27 people. Eleven of them were children and 16 were women, doctors said.\n", []),
    ("Twelve of the dead were soldiers and 31 were rebels, out of a toll of 40, officials said.\n", ["WL402"]),
    ("Twelve of the dead were soldiers and 31 were rebels, out of a toll of 45, officials said.\n", []),
    ("Flights rise to nine, comprising six via Siberia, including four non-stop flights, and three via Alaska.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS, ids=[str(i) for i in range(len(TOTALS))])
def test_totals_must_agree_with_their_parts(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_the_issue_examples_are_reported_by_the_cli(tmp_path) -> None:
    stories = {
        "a.txt": "Clashes in Homs\n\nThe clashes killed 30 fighters on both sides.\n\n"
        "Strikes claimed the lives of 20 soldiers and 31 militants, a monitor said.\n",
        "b.txt": "Blast in the capital\n\nForty people were injured in the blast, the ministry said. "
        "They included 29 adults and 17 children.\n",
        "c.txt": "Clashes in the north\n\nThe fighting killed 90 combatants on both sides, the monitor said: "
        "22 soldiers and 31 rebels.\n",
    }
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_process("check", "a.txt", "b.txt", "c.txt", "--select", "WL4", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        'a.txt:3:20: WL402 total "30 fighters" (30 killed) contradicts its parts: 20 soldiers + 31 militants = 51, '
        "which exceed it",
        'b.txt:3:1: WL402 total "Forty people" (40 injured) contradicts its parts: 29 adults + 17 children = 46, '
        "which exceed it",
        'c.txt:3:21: WL402 total "90 combatants" (90 killed) contradicts its parts: 22 soldiers + 31 rebels = 53, '
        "which fall short of it",
    ]


def test_total_finding_points_at_the_total_and_says_which_way() -> None:
    (finding,) = lint("The attack killed 30 people. The dead were 20 soldiers and 15 civilians, police said.\n")
    assert finding.column == len("The attack killed ") + 1
    assert "exceed" in finding.message


# --- WL403 ------------------------------------------------------------------------------------------------------

TOLL = "Syria's war has killed more than 380,000 people since it started in 2011, a monitor said."
CONFLICTS = [
    (f"{TOLL}\n\nTalks resumed in Geneva.\n\nThe war has killed 350,000 people, the UN said.\n", ["WL403"]),
    (f"{TOLL}\n\nThe war has killed 380,000 people, the UN said.\n", []),
    (f"{TOLL}\n\nThe toll rose to 390,000 people, the monitor said.\n", []),
    (f"{TOLL}\n\nAnother 350,000 people were killed in Iraq, officials said.\n", []),
    ("A bomb killed 12 people on Monday, police said.\n\nA car bomb killed 5 people on Tuesday, police said.\n", []),
    ("A bomb killed 12 people, police said.\n\nIt killed 12 people in all, police said.\n", []),
    ("Police arrested 12 people, officers said.\n\nPolice later said 40 people were killed.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), CONFLICTS, ids=[str(i) for i in range(len(CONFLICTS))])
def test_one_fact_with_two_figures_conflicts_unless_signposted(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_conflict_message_quotes_both_figures() -> None:
    (finding,) = lint(CONFLICTS[0][0])
    assert '"350,000 people"' in finding.message and '"more than 380,000 people"' in finding.message
    assert finding.line == 5


def test_a_tally_of_many_figures_is_not_one_fact_repeated() -> None:
    days = "\n\n".join(f"On day {n} gunmen killed {n + 2} people, police said." for n in range(MAX_GROUP + 1))
    assert codes(days + "\n") == []


def test_long_articles_are_checked_without_comparing_every_pair() -> None:
    paragraph = "Strikes killed 20 soldiers and 31 militants on Monday, a monitor said.\n\n"
    findings = lint("Dozens killed in strikes\n\n" + paragraph * 800)
    assert findings == []


# --- the rules as registered --------------------------------------------------------------------------------------

def test_rules_are_registered_with_kebab_case_names_and_docs() -> None:
    registry = get_registry(False)
    for rule_class in RULES:
        rule = registry.rules[rule_class.code]
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert rule.docs.what and rule.docs.why and rule.docs.example
    assert {"WL401", "WL402", "WL403", "WL405"} <= set(registry.rules)
