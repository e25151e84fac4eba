"""A sealed held-out set for WL601 (issue 17, sixth round): short insertions, short tails, look-alike controls.

    python benchmarks/integrity_heldout2.py            # the sealed set (seed 60617): measure, never tune on it
    python benchmarks/integrity_heldout2.py --dev 1    # a development set: other hosts, other seed

Written before any change of the sixth round, and measured only at first sight
and at the end. Hosts are chosen differently from ``eval_integrity.py`` (which
samples ``random.Random(seed)`` from articles whose first three paragraphs are
prose): here a host is an article with 4 to 14 paragraphs whose id falls in
one residue class of a hash (the sealed set takes class 0, each development
set another class), so the sealed hosts are never development hosts. Shapes:

* **inserted one**: one paragraph of the other story (its lede, whole or cut to one or two sentences, or one
  of its next two paragraphs that does not lean back with a pronoun) between two of the host's, the host
  resuming after it, at any position;
* **inserted two**: two paragraphs of the other story between two of the host's;
* **tail paragraph** / **tail sentence**: one paragraph (as inserted above), or the first sentence of the
  other story's lede (8 words or more) appended at the end;
* donors from the same section and from another; wire into wire, web into web, and mixed (a wire story's
  paragraph in web copy and the reverse); a transition word half of the time (several not used elsewhere:
  "Also on Tuesday,", "In another development,", "In unrelated news,").

Controls (nothing expected): a paragraph of the same article moved to another place; "Meanwhile," (or
another on-topic transition) and one sentence of the same story, moved out of its paragraph into a paragraph
of its own; a background paragraph that introduces a new person in the story's own terms (a name, a role and
the host's own topic words). Untouched articles: up to 1,000 per corpus not used as hosts, and every article
with ``--all-untouched``.

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, offset_of, sentences, with_transition
from sealed_splices import STOP as _STOP
from sealed_splices import SplicedSet
from sealed_splices import is_host as _host
from sealed_splices import prose as _prose

SEALED_SEED = 60617
CLASSES = 5
"""Hosts fall into this many classes by a hash of their headline and first words: class 0 is sealed."""
MERGE_TRANSITIONS = (
    "", "", "", "Meanwhile, ", "Separately, ", "Elsewhere, ", "Also on Tuesday, ", "In another development, ",
    "In unrelated news, ", "In other news, ",
)
ON_TOPIC = ("Meanwhile, ", "At the same time, ", "Separately, ", "Elsewhere, ", "In a related development, ")
_FIRST = ("Maria", "Daniel", "Helen", "Tomas", "Grace", "Peter", "Ana", "Samuel", "Irene", "Victor")
_LAST = ("Okafor", "Lindqvist", "Moreau", "Haddad", "Brennan", "Kowalczyk", "Tanaka", "Alvarez", "Fischer")
_ROLES = ("a spokeswoman for", "an adviser to", "a lawyer who has worked with", "a former official at",
          "an analyst who follows", "a senior figure at")
_BACKGROUND = (
    "{person}, {role} {name}, said the {topic} had been expected for some time and that {name} would "
    "say more about the {other} in the coming days.",
    "{person}, {role} {name}, has followed the {topic} closely and said it would shape how {name} handled "
    "the {other} this year.",
    "According to {person}, {role} {name}, the {topic} was discussed at length before the decision on the "
    "{other} was taken.",
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_WORD = re.compile(r"\b[a-z]{5,}\b")
_LEANS = re.compile(r"^[\"“‘']|^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|However)\b")


def host_class(story: Story) -> int:
    key = f"{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 2 and _prose(story.paragraphs[0]) and _prose(story.paragraphs[1])


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, transition: str = "") -> Case:
    expect = "WL601" if at is not None else None
    return Case(kind, host.corpus, host.headline, paragraphs, host, expect, at, {"transition": transition})


def _sentences(paragraph: str) -> list[str]:
    return sentences(" ".join(paragraph.split()))


def _one_paragraph(rng: random.Random, donor: Story) -> str:
    """One paragraph of the other story: its lede cut to one or two sentences, or one of its first three."""
    choice = rng.random()
    if choice < 0.6:
        said = _sentences(donor.paragraphs[0])
        return " ".join(said[: rng.choice((1, 2))])
    paragraphs = [p for p in donor.paragraphs[:3] if _prose(p)]
    return " ".join(rng.choice(paragraphs).split())


def _as_in(host: Story, text: str) -> str:
    """Text laid out as the host lays out a paragraph (wire copy wraps its lines at 65 columns; web copy
    does not wrap them)."""
    text = " ".join(text.split())
    return textwrap.fill(text, 65) if host.corpus == "reuters" else text


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    # one paragraph inserted, the host resuming
    cut = rng.randint(1, n - 1)
    transition = rng.choice(MERGE_TRANSITIONS)
    text = _as_in(host, with_transition(transition, _one_paragraph(rng, donor)))
    paragraphs = [*host.paragraphs[:cut], text, *host.paragraphs[cut:]]
    cases.append(_case(f"merge inserted one ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), transition))
    # two paragraphs inserted
    cut = rng.randint(1, n - 1)
    transition = rng.choice(MERGE_TRANSITIONS)
    other = [_as_in(host, with_transition(transition, donor.paragraphs[0])), _as_in(host, donor.paragraphs[1])]
    paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
    cases.append(_case(f"merge inserted two ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), transition))
    # one paragraph, or one sentence, appended at the end
    transition = rng.choice(MERGE_TRANSITIONS)
    if rng.random() < 0.5:
        text, kind = _one_paragraph(rng, donor), "tail paragraph"
    else:
        long = [s for s in _sentences(donor.paragraphs[0]) if len(s.split()) >= 8 and not _LEANS.match(s)]
        if not long:
            return cases
        text, kind = long[0], "tail sentence"
    paragraphs = [*host.paragraphs, _as_in(host, with_transition(transition, text))]
    cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, n), transition))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    # a paragraph of the same article moved
    source = rng.randint(1, n - 1)
    paragraphs = list(host.paragraphs)
    moved = paragraphs.pop(source)
    target = rng.choice([i for i in range(1, n) if i != source] or [1])
    paragraphs.insert(target, moved)
    cases.append(_case("control paragraph moved", host, paragraphs, None))
    # a transition and one sentence of the same story, moved out of its paragraph into one of its own
    split = [(i, _sentences(p)) for i, p in enumerate(host.paragraphs) if i > 0]
    split = [(i, said) for i, said in split if len(said) >= 2 and any(len(s.split()) >= 8 for s in said[1:])]
    if split:
        index, said = rng.choice(split)
        pick = rng.choice([k for k in range(1, len(said)) if len(said[k].split()) >= 8])
        sentence = said.pop(pick)
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _as_in(host, " ".join(said))
        place = rng.randint(index + 1, n)
        transition = rng.choice(ON_TOPIC)
        paragraphs.insert(place, _as_in(host, with_transition(transition, sentence)))
        cases.append(_case("control transition and a sentence of the story", host, paragraphs, None, transition))
    # a background paragraph introducing a new person in the story's own terms
    names = Counter(m.group() for p in host.paragraphs for m in _NAME.finditer(p) if m.start() > 0)
    names = Counter({k: v for k, v in names.items() if len(k) > 3})
    words = Counter(
        w for p in host.paragraphs for w in _WORD.findall(p) if w not in _STOP and not w.endswith(("ed", "ly", "ing"))
    )
    if names and len(words) >= 2:
        name = names.most_common(1)[0][0]
        topic, other = [w for w, _ in words.most_common(6)][:2]
        text = rng.choice(_BACKGROUND).format(
            person=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", role=rng.choice(_ROLES), name=name, topic=topic,
            other=other,
        )
        place = rng.randint(2, n)
        paragraphs = [*host.paragraphs[:place], _as_in(host, text), *host.paragraphs[place:]]
        cases.append(_case("control background on a new person", host, paragraphs, None))
    return cases


SEALED = SplicedSet(SEALED_SEED, host_class, _host, _donor, merges, controls, other_corpus_merges=2)


if __name__ == "__main__":
    SEALED.main(__doc__.split("\n\n")[0])
