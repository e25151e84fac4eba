"""WL6xx integrity: another story run into this one (WL601), text pasted twice (WL602).

The code rules' examples run in tests/test_code_rule_examples.py; recall and
false alarms on spliced corpus articles are measured by
benchmarks/eval_integrity.py (figures in docs/integrity.md).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from conftest import SEED_EDIT, SEED_WIRE, only, run_cli

from wirelint.api import default_engine, lint_text
from wirelint.config import Settings
from wirelint.fixer import apply_edits
from wirelint.text.cohesion import Paragraphs, Split, cosine
from wirelint.text.storybreaks import candidates, is_merge, options
from wirelint.text.storysigns import name_stems, paragraph_signs
from wirelint.text.vocabulary import article_vocabulary, paragraph_units

BRIDGE = (
    "The city council approved a budget of 40 million euros for a new bridge over the Vltava on Tuesday, "
    "after a long debate among councillors about traffic, tolls and the cost of steel."
)
MAYOR = (
    "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists would "
    "be the first to cross it."
)
KIDNAP = (
    "the husband of a Canadian nurse held by militia fighters in eastern Congo has appealed for her release. "
    "Amelie Tremblay, 41, was seized at a roadblock near Goma by gunmen of the M23 movement, her family says. "
    "Her husband Marc said the hospital charity she works for had heard nothing from the kidnappers about a ransom."
)


def family(text: str) -> list:
    """Every WL6xx finding on ``text`` read as story.txt."""
    return lint_text(text, "story.txt", settings=Settings(select=("WL6",)))


def _words(text: str) -> Counter[str]:
    return Counter(text.split())


# --- the seeds --------------------------------------------------------------------------------------


def test_the_wire_seed_has_one_merge_at_the_run_on_and_no_other_integrity_finding():
    findings = family(SEED_WIRE.read_text(encoding="utf-8"))
    assert [(f.code, f.line) for f in findings] == [("WL601", 7)]
    line = SEED_WIRE.read_text(encoding="utf-8").splitlines()[6]
    assert line[findings[0].column - 1 :].startswith("Meanwhile, the wife of a self-described aid worker")


def test_the_merge_message_says_a_different_story_starts_and_what_each_part_is_about():
    message = only("WL601", SEED_WIRE.read_text(encoding="utf-8"))[0].message
    assert message.startswith("a different story starts here")
    before, after = message.split("; from here, ")
    assert "Islamic State" in before and "Sharif" in after and "HTS" in after


def test_the_edited_seed_has_no_integrity_finding():
    assert family(SEED_EDIT.read_text(encoding="utf-8")) == []


# --- WL601 merged stories -----------------------------------------------------------------------------


def test_a_glued_story_is_reported_at_its_first_sentence_with_both_subjects():
    text = f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR[:-1]}.Meanwhile, {KIDNAP}\n"
    [finding] = only("WL601", text)
    assert text[finding.start : finding.end].startswith("Meanwhile, the husband of a Canadian nurse")
    assert text[finding.start : finding.end].endswith("appealed for her release.")
    assert "Vltava" in finding.message and "Amelie Tremblay" in finding.message


def test_an_on_topic_meanwhile_paragraph_is_not_a_merge():
    text = (
        f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n"
        "Meanwhile, councillors opposed to the bridge said the tolls would drive traffic onto the old "
        "bridge over the Vltava and that the steel would cost more than the council expected.\n"
    )
    assert only("WL601", text) == []


def test_a_paragraph_that_points_back_with_a_pronoun_is_not_a_merge():
    text = (
        f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n"
        "She added that the hospital charity of a Canadian nurse held by militia fighters near Goma had "
        "asked the city to help, and that her husband Marc had written to every councillor.\n"
    )
    assert only("WL601", text) == []


def test_the_vocabulary_is_built_once_per_article_and_shared():
    document = default_engine().parse("story.txt", SEED_WIRE.read_text(encoding="utf-8"))
    article = document.articles[0]
    assert article_vocabulary(article) is article_vocabulary(article)


def test_a_closing_note_about_the_writer_is_not_another_story():
    text = (
        f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n"
        "Clark Boyd is technology correspondent for The World, a radio programme broadcast on public stations "
        "across the United States and in Canada.\n"
    )
    assert only("WL601", text) == []
    assert not paragraph_signs(text.split("\n\n")[-1])[0].can_open


def test_a_paragraph_that_calls_the_story_s_subject_by_its_kind_says_so():
    [sign] = paragraph_signs("On March 3, the company said, its attorneys filed an action in the district court.")
    assert sign.refers_back
    [sign] = paragraph_signs("The company of soldiers reached the border town of Goma after a long march north.")
    assert not sign.refers_back


_LEANING = [
    "A turning point was the takeover bid for Sun Chemical Corp last year, he added.",
    "Thirdly, the minister said inflation had fallen further than the bank expected.",
    "Other bidders for the carrier include Siemens AG and Telefon AB LM Ericsson of Sweden.",
    "The Bank of England also sold sterling in London when it neared 1.60 dlrs, dealers said.",
    "The two other systems are a slide maker, which sells for 225 dlrs, and a photo editor.",
    "At the trade fair earlier this month, vice president Jo Hart said the forecasts were reasonable.",
    "Chairman Erik Lund said the loss was due to lower freight rates on the Baltic routes.",
    "The utility said it plans to issue a 35 mln dlr first mortgage bond due 2012.",
]
_LEDES = [  # a post or a thing named the way a lede of another story names it
    "North Star chairman Erik Lund said freight rates on the Baltic routes fell by a third.",
    "President Ronald Reagan said on Tuesday he would veto the highway bill passed by Congress.",
    "Director Steven Spielberg is to make a film about the life of Abraham Lincoln, his studio said.",
    "The city council approved a budget of 40 million euros for a new bridge over the Vltava.",
]


@pytest.mark.parametrize(("sentence", "leans"), [(s, True) for s in _LEANING] + [(s, False) for s in _LEDES])
def test_a_sentence_that_leans_on_the_ones_before_says_so_and_a_lede_does_not(sentence: str, leans: bool):
    [sign] = paragraph_signs(sentence)
    assert sign.leans_back is leans
    assert sign.continues({}, {}) is leans


def test_a_sentence_that_opens_with_a_name_a_thing_or_a_speaker_already_met_continues_the_story():
    [by_name] = paragraph_signs("Novak proposed the bridge to the council in spring but the reaction was cool.")
    [by_thing] = paragraph_signs("The budget was approved by 31 votes to 12 after the debate on tolls.")
    [by_speaker] = paragraph_signs("Steel prices will rise by a tenth next year, Jana Novak told reporters.")
    words, names = {"budget", "bridge"}, {"novak", "jana"}
    assert by_name.continues(set(), names) and not by_name.continues(set(), {"vltava"})
    assert by_thing.continues(words, set()) and not by_thing.continues({"bridge"}, set())
    assert by_speaker.continues(set(), names) and not by_speaker.continues(set(), {"jana"})
    [lede] = paragraph_signs("Four times more mobiles with cameras will be sold in Europe this year, says a report.")
    assert not lede.continues({"mobile", "camera", "europe"}, {"europe"})


def test_a_paragraph_that_only_lost_its_full_stop_does_not_hide_a_story_after_it():
    lost = (
        "Japanese brewers are making more of their money from beer-flavoured drinks rather than from beer "
        "itself"
    )
    assert not paragraph_signs(lost)[-1].ends_mid_sentence
    assert paragraph_signs(lost + " and the")[-1].ends_mid_sentence  # the sentence goes on
    assert paragraph_signs("sharply in January and February, chairman Erik Lund")[-1].ends_mid_sentence  # a wire line
    wire = "GOMA, March 3 (Reuters) - The husband of a Canadian nurse held by militiamen appealed for her release."
    for mayor, found in ((MAYOR[:-1], 1), (MAYOR[:-1] + " and the", 0)):
        text = f"Bridge budget approved\n\n{BRIDGE}\n\n{mayor}\n\n{wire}\n"
        assert [text[finding.start :][:4] for finding in only("WL601", text)] == ["GOMA"] * found


@pytest.mark.parametrize(
    ("glued", "second"),
    [
        ("in 1988.Exxon Corp said", "Exxon Corp said"),
        ('it said.A senior official', "A senior official"),
        ('symbol "CGCO."Separately, the', "Separately, the"),
        ("the share.U.S. business", "U.S. business"),
        ("in the US.Separately, the", "Separately, the"),
        ("up 112%.In a", "In a"),
        ("as it said.IBM Corp said", "IBM Corp said"),
        ("of Benson Ltd>.Meanwhile, the", "Meanwhile, the"),
        ("of the (FCC)Manchester United", "Manchester United"),
        ('as I didn\'t."Elsewhere, the', "Elsewhere, the"),
    ],
)
def test_a_sentence_glued_after_a_figure_an_acronym_or_before_a_one_letter_word_is_split(glued: str, second: str):
    units = paragraph_units(f"The company ended the year {glued} more things today.")
    assert len(units) == 2 and units[1].run_on
    assert f"The company ended the year {glued} more things today."[units[1].start :].startswith(second)


@pytest.mark.parametrize(
    "text",
    [
        "Hutchison Whampoa Ltd <HWHH.HK> and others",
        "the U.S.Treasury said",
        "bbc.co.uk",
        "variants Bagle.AT, Bagle.BB and others",
        "a CC.OO spokesman said",
        "at 9 a.m.EST on Monday",
        "Shares of Amazon.COM Inc rose",
        "He joined Boo.COM in 1999",
        "the annual report.PDF from the website",
    ],
)
def test_tickers_initials_and_addresses_are_not_sentences_run_together(text: str):
    assert len(paragraph_units(text)) == 1


def test_a_name_s_initials_are_the_same_name():
    assert "GPU" in name_stems("General Public Utilities Corp")
    assert "FAA" in name_stems("Federal Aviation Administration")


def test_a_one_word_edit_reads_again_only_the_paragraph_it_changed():
    text = f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\nThe talks resume on Saturday, councillors said.\n"
    family(text)
    before = paragraph_signs.cache_info().misses
    assert family(text.replace("Saturday", "Sunday")) == []
    assert paragraph_signs.cache_info().misses - before == 1


# --- WL602 duplicated text ----------------------------------------------------------------------------


def test_a_paragraph_pasted_twice_is_reported_once_at_the_second_copy_and_the_fix_keeps_every_other_word():
    text = f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n{BRIDGE}\n\nWork starts in May.\n"
    findings = only("WL602", text)
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    assert "line 3" in findings[0].message
    fixed, applied = apply_edits(text, findings)
    assert applied == 1
    assert fixed == f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\nWork starts in May.\n"


def test_a_sentence_pasted_into_another_paragraph_is_deleted_and_nothing_else_is():
    copy = "Construction of the bridge would start in spring, the mayor said on Tuesday."
    text = f"Bridge budget approved\n\n{BRIDGE} {copy}\n\nCyclists cheered. {copy} Tolls stay.\n"
    findings = only("WL602", text)
    assert len(findings) == 1 and text[findings[0].start : findings[0].end] == copy
    fixed, _ = apply_edits(text, findings)
    assert _words(text) - _words(fixed) == _words(copy)
    assert _words(fixed) - _words(text) == Counter()
    assert "Cyclists cheered. Tolls stay.\n" in fixed
    assert only("WL602", fixed) == []


def test_a_sentence_pasted_twice_across_a_run_on_is_found():
    copy = "Construction of the bridge would start in spring, the mayor said on Tuesday."
    text = f"Bridge budget approved\n\n{copy}\n\nCyclists cheered the plan.{copy}\n"
    [finding] = only("WL602", text)
    assert text[finding.start : finding.end] == copy and finding.line == 5


def test_a_short_sentence_repeated_is_not_duplicated_text():
    text = "Talks\n\nThe talks will go on.\n\nThe minister spoke for an hour.\n\nThe talks will go on.\n"
    assert only("WL602", text) == []


def test_a_standfirst_headline_or_caption_repeating_a_body_sentence_is_exempt():
    article = {
        "headline": BRIDGE,
        "subheadline": MAYOR,
        "body_text": f"{BRIDGE}\n\n{MAYOR}",
        "associations": {"picture": {"description_text": MAYOR}},
    }
    findings = lint_text(json.dumps(article), "story.json", settings=Settings(select=("WL602",)))
    assert findings == []


def test_duplicates_in_two_articles_of_an_archive_are_not_reported():
    lines = [json.dumps({"headline": "Bridge", "body_text": f"{BRIDGE}\n\n{MAYOR}"})] * 2
    assert lint_text("\n".join(lines) + "\n", "archive.jsonl", settings=Settings(select=("WL602",))) == []


# --- the public contract ------------------------------------------------------------------------------


def test_the_integrity_rules_are_listed_and_explained():
    listed = run_cli("rules")
    assert "WL601  merged-stories" in listed.output and "WL602  duplicated-text" in listed.output
    explained = run_cli("explain", "WL601")
    assert (
        explained.exit_code == 0
        and "Another story run into this one" in explained.output
        and "Meanwhile" in explained.output
    )
    assert "duplicated-text" in run_cli("explain", "WL602").output


def test_the_cli_fix_removes_a_pasted_paragraph(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n{MAYOR}\n", encoding="utf-8")
    result = run_cli("check", str(path), "--select", "WL6", "--fix")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n"


def test_the_running_counts_of_a_moving_gap_equal_counts_made_afresh():
    items = [("bridge", "river", "toll"), ("bridge", "steel"), ("nurse", "militia", "Congo"), ("nurse", "ransom")]
    counts = [Counter(item) for item in items]
    split = Split(counts, head=("bridge",))
    for gap in range(1, len(items)):
        split.advance(counts[gap - 1])
        fresh = Split(counts[gap:], head=[word for item in items[:gap] for word in item] + ["bridge"])
        assert split.tail().cosine == pytest.approx(fresh.dot / (fresh.before_square * fresh.after_square) ** 0.5)
        assert split.tail().shared == fresh.shared


def test_stretches_measured_one_group_at_a_time_equal_stretches_measured_whole():
    items = [("bridge", "river", "toll"), ("bridge", "steel"), ("nurse", "militia", "Congo"), ("nurse", "ransom")]
    counts = [Counter(item) for item in items]
    split = Split(counts, head=("bridge",))
    split.advance(counts[0])
    grown = list(split.stretches([[counts[1]], [counts[2]], [counts[3]]]))
    for size, overlap in enumerate(grown, start=1):
        inside = sum(counts[1 : 1 + size], Counter())
        rest = Counter(("bridge",)) + sum(counts, Counter()) - inside
        assert overlap.cosine == pytest.approx(cosine(inside, rest))
        assert overlap.distinct == len(inside) and overlap.shared == sum(1 for word in inside if rest[word])
        assert overlap.context == len(rest)


def test_whole_paragraphs_measured_from_sums_equal_paragraphs_counted_word_by_word():
    rng = random.Random(6)
    vocabulary = [f"w{number}" for number in range(40)]
    for _ in range(200):
        paragraphs = [Counter(rng.choices(vocabulary, k=rng.randint(0, 12))) for _ in range(rng.randint(2, 9))]
        head = rng.choices(vocabulary, k=rng.randint(0, 4))
        split = Split(paragraphs, head=head)
        whole = Paragraphs(paragraphs, split.whole, head)
        for start in range(len(paragraphs)):
            if start:
                split.advance(paragraphs[start - 1])
            groups = [[paragraphs[q]] for q in range(start, min(start + 3, len(paragraphs)))]
            for count, counted in enumerate(split.stretches(groups), start=1):
                assert whole.measure(start, count) == counted


def _best(found: list) -> tuple:
    best = max(found, key=lambda candidate: candidate.score)
    return best.index, best.end, best.score


@pytest.mark.parametrize("path", [SEED_WIRE, SEED_EDIT])
def test_stretches_left_unmeasured_never_change_which_gap_is_a_merge(path: Path):
    text = path.read_text(encoding="utf-8")
    for body in (text, text + "\n\n" + KIDNAP[0].upper() + KIDNAP[1:] + "\n"):
        article = default_engine().parse("story.txt", body).articles[0]
        vocabulary = article_vocabulary(article)
        every = list(options(vocabulary, every=True))
        pruned = list(options(vocabulary))
        assert [found[0].index for found in every] == [found[0].index for found in pruned]
        for all_of_them, some in zip(every, pruned, strict=True):
            best = max(all_of_them, key=lambda candidate: candidate.score)
            if is_merge(best):
                assert _best(some) == _best(all_of_them)


def test_a_story_glued_to_a_hard_wrapped_wire_line_is_reported_at_its_first_sentence():
    body = (
        "North Star Shipping Co said it expects lower profit for the\n"
        "first quarter because freight rates on its Baltic routes fell\n"
        "sharply in January and February, chairman Erik Lund said.\n"
        "    The company, which runs 14 bulk carriers out of Gothenburg, said\n"
        "Baltic rates fell.In other news, Castlegate Mining Ltd, a gold\n"
        "producer based in Perth, said it had struck a rich seam at its\n"
        "Kalgoorlie mine and would raise output by a third next year.\n"
    )
    source = json.dumps({"headline": "NORTH STAR SHIPPING SEES LOWER PROFIT", "body_text": body}) + "\n"
    [finding] = lint_text(source, "wire.jsonl", settings=Settings(select=("WL601",)))
    assert source[finding.start :].startswith("In other news, Castlegate Mining Ltd")


def test_a_wire_story_appended_with_its_own_dateline_is_reported():
    text = (
        f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n"
        "GOMA, March 3 (Reuters) - The husband of a Canadian nurse held by militia fighters in eastern Congo "
        "has appealed for her release, saying the hospital charity she works for had heard nothing.\n\n"
        "Amelie Tremblay, 41, was seized at a roadblock near Goma by gunmen of the M23 movement, her family "
        "says, and her husband Marc has written to the foreign ministry in Ottawa.\n"
    )
    [finding] = only("WL601", text)
    assert text[finding.start :].startswith("GOMA, March 3 (Reuters)")


def test_a_plain_text_wire_story_with_a_blank_line_after_its_headline_gets_its_paragraphs(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_text(
        "NORTH STAR SHIPPING SEES LOWER PROFIT\n\n"
        "North Star Shipping Co said it expects lower profit for the\n"
        "first quarter because freight rates on its Baltic routes fell\n"
        "sharply in January and February, chairman Erik Lund said.\n"
        "    The company, which runs 14 bulk carriers out of Gothenburg,\n"
        "said rates on its Baltic routes fell by a third in the two months.\n"
        "    North Star said it would lay up two of its older carriers\n"
        "until freight rates recover.\n"
        "    PERTH, March 24 - Castlegate Mining Ltd, a gold producer\n"
        "based in Western Australia, said it had struck a rich seam at its\n"
        "Kalgoorlie mine and would raise output by a third next year.\n"
        "    Castlegate chief executive Moira Kent told reporters the\n"
        "seam held an estimated two mln ounces of gold.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(path), "--select", "WL6")
    assert result.exit_code == 1
    assert f"{path}:10:5: WL601 a different story starts here" in result.output


def test_a_wire_story_glued_with_its_dateline_after_a_full_stop_is_reported_at_the_dateline():
    text = (
        f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR[:-1]}.GOMA, March 3 - The husband of a Canadian nurse "
        "held by militia fighters in eastern Congo has appealed for her release, saying the hospital charity she "
        "works for had heard nothing.\n"
    )
    [finding] = only("WL601", text)
    assert text[finding.start :].startswith("GOMA, March 3 - The husband")


def test_a_quotation_first_may_open_another_story_but_counts_as_leaning_back():
    [sign] = paragraph_signs('"We have heard nothing from the kidnappers," the husband of a Canadian nurse said.')
    assert sign.can_open and sign.leans_back
    [pronoun] = paragraph_signs('"It was a long night for everyone in the town," the mayor of Goma said on Monday.')
    assert not pronoun.can_open


def test_an_on_topic_quotation_paragraph_is_not_a_merge():
    text = (
        f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n"
        '"The bridge will carry cyclists across the Vltava in two minutes, and the tolls will pay for the steel," '
        "said Petr Dvorak, a councillor who voted for the budget.\n"
    )
    assert only("WL601", text) == []


def _measured_gaps(text: str) -> list[str]:
    """The first words of every gap WL601 measures in ``text`` (read as story.txt)."""
    vocabulary = article_vocabulary(default_engine().parse("story.txt", text).articles[0])
    found = []
    for candidate in candidates(vocabulary):
        if candidate.score > float("-inf"):
            placed = vocabulary.units[candidate.index]
            found.append(placed.block.text[placed.unit.start : placed.unit.start + 12])
    return found


def test_one_short_sentence_as_the_last_paragraph_is_measured_but_not_a_short_one_in_the_middle():
    short = "Gunmen seized three nurses near Goma today."
    assert "Gunmen seize" in _measured_gaps(f"Bridge budget approved\n\n{BRIDGE}\n\n{MAYOR}\n\n{short}\n")
    assert "Gunmen seize" not in _measured_gaps(f"Bridge budget approved\n\n{BRIDGE}\n\n{short}\n\n{MAYOR}\n")


def test_a_name_s_initials_keep_an_acronym_among_its_words_whole():
    assert "CRSS" in name_stems("CRS Sirrine Inc")
    assert name_stems("IBM Corp") == ("IBM",)


def test_a_sentence_that_opens_on_a_pronoun_s_possession_leans_back():
    [sign] = paragraph_signs("In its second quarter ended Dec. 31, CRSS had net earnings of 800,000 dlrs.")
    assert sign.leans_back


def test_sentences_pasted_again_one_after_the_other_are_one_finding_with_one_fix():
    first = "Construction of the bridge would start in spring, the mayor said on Tuesday."
    second = "Cyclists will be the first to cross it when it opens next year, she added."
    text = f"Bridge budget approved\n\n{first} {second}\n\nTolls stay. {first} {second} Work goes on.\n"
    [finding] = only("WL602", text)
    assert finding.message.startswith("these 2 sentences are already in the story")
    fixed, applied = apply_edits(text, [finding])
    assert applied == 1 and fixed.endswith("\n\nTolls stay. Work goes on.\n")


def test_of_two_overlapping_breaks_the_likelier_is_reported(monkeypatch):
    from types import SimpleNamespace

    from wirelint.text import storybreaks, storyscore

    def made(index: int, end: int, score: float) -> SimpleNamespace:
        return SimpleNamespace(index=index, end=end, score=score, run_on=False, transition=False, new_person=False,
                               within=False, back=False, apart=False,
                               margin=score - storyscore.THRESHOLD)

    just_over = made(3, 20, storyscore.THRESHOLD + 0.1)  # a paragraph that only just passes, its stretch to the end
    real = made(9, 20, storyscore.THRESHOLD + 4.0)  # the other story's first sentence, further on
    apart = made(1, 3, storyscore.THRESHOLD + 0.5)  # a stretch of its own before both
    monkeypatch.setattr(storybreaks, "candidates", lambda vocabulary: iter([apart, just_over, real]))
    assert list(storybreaks.merges(None)) == [apart, real]
