"""WL201 unattributed figures and WL202 quotes without a speaker: seeds pinned, each kind of figure both ways."""

from __future__ import annotations

import conftest
import pytest
from conftest import SEED_EDIT, SEED_WIRE

from wirelint.config import Settings
from wirelint.finding import Finding, Severity

WL2 = Settings(select=("WL2",))
TOLL_SENTENCE = "Syria's war has killed more than 380,000 people since it started in 2011"


def lint(text: str, path: str = "story.txt") -> list[Finding]:
    return conftest.lint(text, path, settings=WL2)


def flagged(text: str) -> list[tuple[str, str]]:
    """``(code, flagged text)`` for each finding."""
    return [(f.code, text[f.start:f.end]) for f in lint(text)]


# --- the seeds -------------------------------------------------------------------------------------------------

def _line(text: str, number: int) -> str:
    return text.splitlines()[number - 1].replace("’", "'")


def test_edited_seed_flags_only_the_unsourced_war_toll() -> None:
    text = SEED_EDIT.read_text(encoding="utf-8")
    findings = lint(text)
    assert [(f.code, f.line, f.severity) for f in findings] == [("WL201", 19, Severity.WARNING)]
    (finding,) = findings
    assert text[finding.start:finding.end] == "more than 380,000 people"
    assert _line(text, 19).startswith(TOLL_SENTENCE)
    assert "more than 380,000 people" in finding.message


def test_wire_seed_flags_the_same_toll_and_at_most_the_population_at_info() -> None:
    text = SEED_WIRE.read_text(encoding="utf-8")
    findings = lint(text)
    warnings = [f for f in findings if f.severity is not Severity.INFO]
    assert [(f.code, f.line) for f in warnings] == [("WL201", 7)]
    assert text[warnings[0].start:warnings[0].end] == "more than 380,000 people"
    assert _line(text, 7).startswith(TOLL_SENTENCE)
    infos = [text[f.start:f.end] for f in findings if f.severity is Severity.INFO]
    assert infos in ([], ["some three million people"])


@pytest.mark.parametrize("seed", [SEED_EDIT, SEED_WIRE], ids=["edit", "wire"])
def test_seeds_have_no_quote_without_a_speaker(seed) -> None:
    assert [f for f in lint(seed.read_text(encoding="utf-8")) if f.code == "WL202"] == []


# --- WL201: each kind of figure, unattributed and attributed ------------------------------------------------------

UNATTRIBUTED = [
    ("The blast killed 12 people near the market.", "12 people", Severity.WARNING),
    ("Dozens were killed in the raid.", "Dozens", Severity.WARNING),
    ("More than 30 people were wounded in the attack.", "More than 30 people", Severity.WARNING),
    ("Troops arrested 45 protesters overnight.", "45 protesters", Severity.WARNING),
    ("Some 5,000 families fled the fighting.", "Some 5,000 families", Severity.WARNING),
    ("Unemployment rose to 5.2% in March.", "5.2%", Severity.WARNING),
    ("One in five adults now smokes.", "One in five", Severity.WARNING),
    ("The scheme will cost £2.5bn over ten years.", "£2.5bn", Severity.INFO),
    ("Support for the party stands at 38 per cent.", "38 per cent", Severity.WARNING),
    ("The region is home to some three million people.", "some three million people", Severity.INFO),
    # damage and loss tallies and costs to the public need a source like tolls
    ("Some 340 homes were destroyed in the floods.", "Some 340 homes", Severity.WARNING),
    ("Wildfires have burned more than 12,000 hectares of forest.", "more than 12,000 hectares", Severity.WARNING),
    ("Border guards seized 45 vehicles overnight.", "45 vehicles", Severity.WARNING),
    ("The shelling damaged three hospitals in the city.", "three hospitals", Severity.WARNING),
    ("The failed project has cost taxpayers $855 million.", "$855 million", Severity.WARNING),
    ("Customs officers seized 12 tonnes of cocaine.", "12 tonnes", Severity.WARNING),
    ("The storm left 40,000 homes without power.", "40,000 homes", Severity.WARNING),
    ("Forty migrants were rescued off the coast on Tuesday.", "Forty migrants", Severity.WARNING),
    ("Crime fell by 12% last year.", "12%", Severity.WARNING),
    ("Vandals damaged 42 graves at the cemetery.", "42 graves", Severity.WARNING),
    ("The flood damage is estimated at £42m.", "£42m", Severity.WARNING),  # a loss named before its sum
    ("Forty prisoners escaped during the riot.", "Forty prisoners", Severity.WARNING),
]
ATTRIBUTIONS = [
    "{}, police said.",
    "{}, according to the health ministry.",
    "Officials said on Monday that {}.",
    "The monitor gave its figures on Monday. {}.",
    "{}. That is according to the Syrian Observatory for Human Rights.",
    "{}, figures from the statistics office show.",
    "{}, a poll by Ipsos found.",
    "{}, the agency reported.",
    "{}, citing hospital sources.",
]


@pytest.mark.parametrize(("sentence", "figure", "severity"), UNATTRIBUTED, ids=[u[1] for u in UNATTRIBUTED])
def test_hard_figures_without_a_source_are_flagged(sentence: str, figure: str, severity: Severity) -> None:
    findings = lint(sentence + "\n")
    assert [(sentence[f.start:f.end], f.severity) for f in findings] == [(figure, severity)]


@pytest.mark.parametrize("template", ATTRIBUTIONS)
@pytest.mark.parametrize(("sentence", "figure", "severity"), UNATTRIBUTED, ids=[u[1] for u in UNATTRIBUTED])
def test_the_same_figures_with_a_source_are_not(template: str, sentence: str, figure: str, severity) -> None:
    clause = sentence.rstrip(".")
    if template.startswith("{}"):
        text = template.format(clause)
    else:
        text = template.format(clause[0].lower() + clause[1:])
    assert lint(text + "\n") == []


def test_attribution_in_the_next_paragraph_counts_only_when_that_sentence_is_the_attribution() -> None:
    sourced = "The blast killed 12 people.\n\nThose figures come from the health ministry, which said more may die.\n"
    assert lint(sourced) == []
    unrelated = "The blast killed 12 people.\n\nThe ministry said the roads were closed.\n"
    assert flagged(unrelated) == [("WL201", "12 people")]


def test_the_next_paragraphs_attribution_covers_a_figure_only_when_it_points_back_or_shares_its_subject() -> None:
    """"According to X, <claim>" opening the next paragraph attributes its own claim: it sources the figure before
    it only when it is about the same thing, or points back ("That is according to ...")."""
    unrelated = "Hail destroyed 2600 hectares of vineyards.\n\nAccording to the organisation, tariffs distort trade.\n"
    assert flagged(unrelated) == [("WL201", "2600 hectares")]
    about_it = "Hail destroyed 2600 hectares of vineyards.\n\nAccording to growers, the vineyards may recover.\n"
    assert lint(about_it) == []
    points_back = "Hail destroyed 2600 hectares of vineyards.\n\nThat is according to the farmers' union.\n"
    assert lint(points_back) == []
    same_paragraph = "Hail destroyed 2600 hectares of vineyards. According to growers, the vineyards may recover.\n"
    assert lint(same_paragraph) == []
    # a toll is not covered by another claim after it in its own paragraph either (attribution26)
    other_claim = "Hail destroyed 2600 hectares of vineyards. According to the organisation, tariffs hurt trade.\n"
    assert flagged(other_claim) == [("WL201", "2600 hectares")]


def test_attribution_carries_forward_in_a_paragraph_not_backwards() -> None:
    forwards = "Police said the blast was a car bomb. It killed 12 people and wounded 40."
    assert lint(forwards + "\n") == []
    backwards = "The blast killed 12 people. Its cause is not known. Police said roads were closed."
    assert flagged(backwards + "\n") == [("WL201", "12 people")]


NEVER = [
    "The war started in 2011 and entered its 10th year on Monday.",
    "Tauqir Sharif, 33, was detained on June 22.",
    "A 45-year-old man was held for 48 hours.",
    "The three-way talks lasted two days.",
    "A ticket costs £5 and a programme £3.",
    "The 100m final starts at 3pm.",
    "Twenty-one people attended the meeting.",
    'He said: "We lost 40 men in the battle."',
    "Shares in the firm fell 12% in early trading.",
    "The dollar rose 2% against the yen.",
    "The firm paid $1.5m (£799,000) for the site, the company said. It also spent $2.5m (£1.3m; 1.9m euros).",
    "Net profit 5.2 mln dlrs vs 4.1 mln dlrs.",
    "An estimated 5,000 people fled, aid agencies said.",
    "Mr Kennedy points to the fact that 40% of the party's candidates are women.",
    "Unemployment was officially put at 4.8 pct at the end of last year.",
    "Only one in six pupils knew who he was. The ICM survey interviewed 110 pupils.",
    "They need the approval of two shareholders who own 28.9% of the club.",
    "The bank has a 50 pct stake in the venture and GTE holds 35 pct of it.",
]
DISMISSED = [
    # warnings an editor dismissed on untouched corpus articles: terms of a deal, a demand or a pledge (info at
    # most); a case, not a toll; a paragraph that cites its research; shares held and banks rescued; the lives of
    # bonds; a claim in the base form
    "Tube workers walked out last week demanding a 53% pay rise.",
    "The UK has pledged to pay 10% of the developing world's foreign debt bill.",
    "She was wrongly convicted of killing two of her babies.",
    "Only 16% of women earn more than £50,000. Women make up a third of the staff. The research was carried out "
    "by the UK Film Council.",
    "Shareholders may subscribe in the ratio of one bond for every 10 shares held.",
    "The central bank has rescued two large commercial banks since late 1986.",
    "The floaters have average lives of 7.85 and 15.6 years.",
    "They believe the policy, which US manufacturers claim has undervalued the yuan by as much as 40%, is unfair.",
]


@pytest.mark.parametrize("text", NEVER)
def test_figures_that_are_not_claims_never_trigger_it(text: str) -> None:
    assert lint(text + "\n") == []


@pytest.mark.parametrize("text", DISMISSED)
def test_figures_an_editor_dismissed_on_real_copy_are_not_warned(text: str) -> None:
    assert [f for f in lint(text + "\n") if f.severity is Severity.WARNING] == []


def test_an_estimate_without_an_estimator_is_not_its_own_source() -> None:
    assert flagged("An estimated 5,000 people fled the town.\n") == [("WL201", "An estimated 5,000 people")]


def test_claimed_the_lives_is_not_a_claim_of_attribution() -> None:
    assert flagged("The fighting has claimed the lives of 20 soldiers.\n") == [("WL201", "20 soldiers")]


# --- WL202 -----------------------------------------------------------------------------------------------------

PREAMBLE = "Town braced for attack\n\nThe town was quiet on Sunday.\n\n"
"""A headline and a plain paragraph first, so the reader takes no quoted line for a headline or standfirst."""
QUOTES = [
    ('"We will not give up the town without a fight."', ["WL202"]),
    ('"We will not give up the town without a fight," the commander said.', []),
    ('The commander spoke on Monday. "We will not give up the town without a fight."', []),
    ('"We will not give up the town without a fight." He added that help was coming.', []),
    ('The commander told reporters:\n\n"We will not give up the town without a fight."', []),
    ('"We will not give up the town without a fight."\n\nThat was the word from the commander on Monday.', ["WL202"]),
    ('The group declared a "caliphate" in 2014.', []),
    ('The talks found "no military solution" for Syria.', []),
    ('He starred in "The Lord of the Rings" trilogy.', []),
    ('The town is quiet. "Nobody goes out after dark any more." Shops close at noon.', ["WL202"]),
    ("Iranian President Hassan Rouhani said there was \u201cno military solution\u201d for Syria.", []),
    ('Osbourne was at a loss to explain it: "I suppose people like to watch a family like us."', []),
    ('The studio plans a show based on the film "E.T." next year.', []),
    ('The prize is billed as "the biggest award for children\'s books in the country".', []),
    # feature style: the speaker comes first, in the present tense or as the subject of the sentence before
    ('But Mr Herren says there are both pros and cons. "It\'s very simple to set up. You just plug it in."', []),
    ('She told the BBC how the shop began in her kitchen.\n\n"We had no money at all. We sold jars to friends."',
     []),
    ('"We had no money at all," she says. "We sold the first jars to friends. Then the shops called. '
     'We could not keep up."', []),
    ('But Greene believes he lost the race in the semi-finals. "I should have won that race but I was resting."',
     []),
    ('Manager Brian Kerr praised the defence. "They held together well and nullified the French attack."', []),
    ('The town was shelled overnight. "Nobody goes out after dark any more, not even the soldiers."', ["WL202"]),
]


def test_quotes_run_on_through_paragraph_breaks_lost_from_the_copy() -> None:
    collapsed = (
        'Serena Williams added: "I\'m obviously for equal prize money. "Women\'s tennis is exciting and the '
        'women have it right now. "If you bring in the spectators you should be able to reap what others reap."'
    )
    assert lint(f"{PREAMBLE}{collapsed}\n") == []


@pytest.mark.parametrize(("text", "expected"), QUOTES, ids=[str(i) for i in range(len(QUOTES))])
def test_quoted_speech_needs_a_speaker_nearby(text: str, expected: list[str]) -> None:
    assert [f.code for f in lint(f"{PREAMBLE}{text}\n")] == expected


def test_a_quote_continued_from_the_paragraph_before_keeps_its_speaker() -> None:
    text = PREAMBLE + (
        '"We will fight on," the commander said. "We will never give in to them and we will win this war\n\n'
        '"And then we will rebuild every town in the whole region."\n'
    )
    assert lint(text) == []


def test_quote_finding_spans_the_quote() -> None:
    text = f'{PREAMBLE}The town is quiet. "Nobody goes out after dark any more." Shops close at noon.\n'
    (finding,) = lint(text)
    assert text[finding.start:finding.end] == '"Nobody goes out after dark any more."'


def test_a_run_of_quotes_is_one_voice_reported_once() -> None:
    spoken_at_the_end = (
        '"Health is one of the most important problems we face. "We are great believers in simulation," he said.'
    )
    assert lint(f"{PREAMBLE}{spoken_at_the_end}\n") == []
    unspoken = '"Health is one of the most important problems we face. "We are great believers in simulation."'
    findings = lint(f"{PREAMBLE}{unspoken}\n")
    assert [(f.code, f.column) for f in findings] == [("WL202", 1)]


def test_a_quote_right_after_a_name_is_introduced_by_it() -> None:
    text = '- Bolton boss Sam Allardyce "I am bitterly disappointed with the result today."'
    assert lint(f"{PREAMBLE}{text}\n") == []


def test_a_person_named_by_title_next_to_a_quote_is_its_speaker() -> None:
    text = 'Mr Raynsford dismissed the idea. "This is a response to the concerns of local government."'
    assert lint(f"{PREAMBLE}{text}\n") == []
    reported = '"Prince returned to centre stage after a decade away," the magazine reported.'
    assert lint(f"{PREAMBLE}{reported}\n") == []


def test_a_partial_quote_carries_its_speaker_into_the_quote_after_it() -> None:
    text = (
        '"This season matters for the World Cup," said Sella, "which Laporte is handling well. '
        '"It\'s difficult, though, when you change a team and you change your tactics every week."'
    )
    assert lint(f"{PREAMBLE}{text}\n") == []
