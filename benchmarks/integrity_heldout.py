"""Held-out splice shapes for ``eval_integrity.py --held-out`` (issue 17, fifth round).

Added before any change of that round and never fitted on: each is a way a
real merge happens that the earlier shapes did not build.

* **inserted two**: exactly two paragraphs of the other story between two of the host's;
* **same section, other names**: a donor of the host's section that shares no name (a capitalised word
  other than the first of a sentence) with the host: the same kind of news about other places and people,
  inserted, or appended;
* **short sentence tail**: one short sentence of the other story (5 to 12 words, not one that leans back
  with a pronoun or a linking word) appended as the last paragraph;
* **dateline first** (wire donors with a dateline): the other story with its dateline, run on after a
  paragraph's full stop, or as a paragraph of its own in the middle;
* **quote first**: the other story from its first paragraph that opens with a quotation, inserted or
  appended;
* **hard-wrapped**: web copy laid out as wire copy (lines wrapped at 68 columns, paragraphs marked by an
  indent) with the other story inserted or appended; for wire hosts, a blank line after the lede (as
  around a table) and the other story appended.

Cases come from a generator of their own, so the other cases of a seed stay the same.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import replace

from eval_integrity import MERGE_TRANSITIONS, Case, Story, offset_of, sentences, with_transition

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
_LEANS_BACK = re.compile(
    r"^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|So|Yet|The)\b"
)
_QUOTE_OPEN = re.compile(r"^[\"“‘']")


def _names(story: Story) -> set[str]:
    return {m.group() for p in story.paragraphs for m in _NAME.finditer(p)} | {
        w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", story.headline)
    }


def _case(kind: str, relation: str, host: Story, paragraphs: list[str], at: int, transition: str = "",
          corpus: str | None = None, headline: str | None = None) -> Case:
    return Case(f"merge held-out {kind} ({relation})", corpus or host.corpus,
                host.headline if headline is None else headline, paragraphs, host, "WL601", at,
                {"transition": transition})


def inserted_two(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    if len(donor.paragraphs) < 2:
        return []
    cut = rng.randint(1, len(host.paragraphs) - 1)
    transition = rng.choice(MERGE_TRANSITIONS)
    other = [with_transition(transition, donor.paragraphs[0]), donor.paragraphs[1]]
    paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
    return [_case("inserted two", relation, host, paragraphs, offset_of(host, paragraphs, cut), transition)]


def other_names(rng: random.Random, host: Story, same: list[Story]) -> list[Case]:
    """A same-section donor about other people and places, inserted and appended."""
    names = _names(host)
    pool = [s for s in rng.sample(same, min(40, len(same))) if not (_names(s) & names)]
    if not pool:
        return []
    donor = pool[0]
    cases = []
    cut = rng.randint(1, len(host.paragraphs) - 1)
    transition = rng.choice(MERGE_TRANSITIONS)
    other = [with_transition(transition, donor.paragraphs[0])]
    paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
    cases.append(_case("other names inserted", "same section", host, paragraphs, offset_of(host, paragraphs, cut),
                       transition))
    transition = rng.choice(MERGE_TRANSITIONS)
    other = [with_transition(transition, donor.paragraphs[0]), *donor.paragraphs[1 : rng.randint(1, 2)]]
    paragraphs = [*host.paragraphs, *other]
    cases.append(_case("other names appended", "same section", host, paragraphs,
                       offset_of(host, paragraphs, len(host.paragraphs)), transition))
    return cases


def short_sentence_tail(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    candidates = [
        s for p in donor.paragraphs[:3] for s in sentences(p)
        if 5 <= len(s.split()) <= 12 and not _LEANS_BACK.match(s) and not _QUOTE_OPEN.match(s) and s[-1] in ".!?"
    ]
    if not candidates:
        return []
    transition = rng.choice(MERGE_TRANSITIONS)
    paragraphs = [*host.paragraphs, with_transition(transition, rng.choice(candidates))]
    return [_case("short sentence tail", relation, host, paragraphs,
                  offset_of(host, paragraphs, len(host.paragraphs)), transition)]


def dateline_first(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    if not donor.dateline.strip():
        return []
    lede = f"{donor.dateline.strip()} {donor.paragraphs[0]}"
    cut = rng.randint(1, len(host.paragraphs) - 1)
    glued = host.paragraphs[cut - 1].rstrip()
    paragraphs = [*host.paragraphs[: cut - 1], glued + lede, *donor.paragraphs[1:2]]
    run_on = _case("dateline run-on", relation, host, paragraphs, offset_of(host, paragraphs, cut - 1, len(glued)))
    cut = rng.randint(1, len(host.paragraphs) - 1)
    paragraphs = [*host.paragraphs[:cut], lede, *host.paragraphs[cut:]]
    inserted = _case("dateline inserted", relation, host, paragraphs, offset_of(host, paragraphs, cut))
    return [run_on, inserted]


def quote_first(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    starts = [i for i, p in enumerate(donor.paragraphs[:6]) if _QUOTE_OPEN.match(p) and len(p.split()) >= 8]
    if not starts:
        return []
    other = donor.paragraphs[starts[0] : starts[0] + 2]
    if rng.random() < 0.5:
        cut = rng.randint(1, len(host.paragraphs) - 1)
        kind = "quote first inserted"
    else:
        cut = len(host.paragraphs)
        kind = "quote first appended"
    paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
    return [_case(kind, relation, host, paragraphs, offset_of(host, paragraphs, cut))]


def hard_wrapped(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    transition = rng.choice(MERGE_TRANSITIONS)
    other = [with_transition(transition, donor.paragraphs[0]), *donor.paragraphs[1 : rng.randint(1, 2)]]
    if host.corpus == "reuters":
        # a blank line after the lede, as around a table: the paragraphs are still marked by their indent
        paragraphs = [host.paragraphs[0] + "\n", *host.paragraphs[1:], *other]
        return [_case("blank line, appended", relation, host, paragraphs,
                      offset_of(host, paragraphs, len(host.paragraphs)), transition)]
    wire = replace(host, corpus="reuters")
    wrapped = [textwrap.fill(p, 68) for p in host.paragraphs]
    other = [textwrap.fill(p, 68) for p in other]
    cut = rng.choice([rng.randint(1, len(wrapped) - 1), len(wrapped)])
    paragraphs = [*wrapped[:cut], *other, *wrapped[cut:]]
    case = _case("hard-wrapped", relation, wire, paragraphs, offset_of(wire, paragraphs, cut), transition,
                 corpus="bbc")
    return [case]


def held_out(rng: random.Random, host: Story, same: list[Story], other: list[Story]) -> list[Case]:
    """The held-out merges for one host (donors drawn from ``same`` and ``other`` section)."""
    cases: list[Case] = []
    for relation, pool in (("same section", same), ("other section", other)):
        if not pool:
            continue
        donor = rng.choice(pool)
        for shape in (inserted_two, short_sentence_tail, dateline_first, quote_first, hard_wrapped):
            cases.extend(shape(rng, host, donor, relation))
    if same:
        cases.extend(other_names(rng, host, same))
    return cases
