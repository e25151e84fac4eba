"""WL601 splices of the shapes the lead's outside evaluation found weak (issue 17, round 14), with controls.

    python benchmarks/integrity_round14.py --dev 1     # a development class (1 to 4): choose on these
    python benchmarks/integrity_round14.py             # class 0: measured only at the end of the round

Hosts are articles of 4 to 14 paragraphs (3 or more of running text) in one class of a hash of headline and
first words, salted apart from the sealed sets. For each host, with a donor of its own section, of another
section and (half of the hosts) of the other corpus:

* **inserted non-lede 1** / **inserted non-lede 2**: one, or two running, of the donor's paragraphs that are not
  its lede (nor lean back on a pronoun) between two of the host's, the host resuming after them;
* **inserted non-lede, any opening**: one of the donor's later paragraphs however it opens ("He said ...",
  "But ..."), with no transition word;
* **lede before last**: the donor's lede paragraph (a Reuters donor keeps its dateline half of the time) just
  before the host's last paragraph; **lede inserted**: its lede and maybe its second paragraph at a random gap;
* **tail N**: the donor's first N paragraphs (1 to 4) appended; **tail non-lede**: two of its later paragraphs;
* **glued lede**: the donor's first sentence (or two) at the end of a host paragraph, after a space (with or
  without a transition word) or with no space (a run-on), the host resuming in its next paragraph;
* a transition word (never "Also,": it is one of the on-topic controls) a third of the time; wire copy
  wrapped at 65 columns as the host lays it out.

Controls (nothing expected): an on-topic transition ("Meanwhile, ", "Also, ", "In a related development, ",
"Earlier, ") before one of the host's own paragraphs; a background paragraph of its own that introduces a new
person in the story's own terms (an invented name and role, the host's most used name and words); one of the
host's own paragraphs moved to another gap; two of the host's paragraphs run together (with a space or
none); untouched articles (the class's articles not used as hosts).

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, donor_opening, offset_of, with_transition
from integrity_heldout3 import _laid_out, _sentences
from sealed_splices import STOP, SplicedSet, is_host, prose

SEED = 141414
CLASSES = 5
TRANSITIONS = ("", "", "", "", "Meanwhile, ", "Separately, ", "Elsewhere, ", "In other news, ",
               "In another development, ")
ON_TOPIC = ("Meanwhile, ", "Also, ", "In a related development, ", "Earlier, ")
_LEANS = re.compile(
    r"^[\"“‘']|^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|The company|"
    r"The bank|The group)\b"
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_WORD = re.compile(r"\b[a-z]{5,}\b")
_FIRST = ("Miriam", "Tobias", "Anika", "Desmond", "Leila", "Rafael", "Ingrid", "Samuel", "Yusuf", "Clara")
_LAST = ("Okafor", "Lindqvist", "Moreau", "Haddad", "Fitzgerald", "Kowalczyk", "Tanaka", "Ortega", "Brandt")
_ROLES = ("a former adviser to", "a lawyer acting for", "an analyst who has followed", "a senior official at",
          "a founder of a group that campaigns on", "a researcher who has studied")
_BACKGROUND = (
    "{person}, {role} {name}, has been involved in the {topic} for several years. {surname} said the {other} "
    "would have to be settled before any agreement on the {topic}.",
    "The {topic} was first raised by {person}, {role} {name}. {surname} argued at the time that the {other} "
    "needed closer attention than it had been given.",
    "Among those following the {topic} closely is {person}, {role} {name}, who warned last year that the "
    "{other} could be delayed.",
)


def host_class(story: Story) -> int:
    key = f"r14|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 4 and prose(story.paragraphs[0])


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, transition: str = "",
          headline: str | None = None) -> Case:
    expect = "WL601" if at is not None else None
    return Case(kind, host.corpus, host.headline if headline is None else headline, paragraphs, host, expect, at,
                {"transition": transition})


def _later(donor: Story) -> list[int]:
    """The donor's paragraphs that are not its lede and could stand without the one before."""
    return [i for i in range(1, len(donor.paragraphs))
            if prose(donor.paragraphs[i]) and not _LEANS.match(donor.paragraphs[i].lstrip())]


def _opening(rng: random.Random, host: Story, donor: Story, count: int) -> list[str]:
    """The donor's first ``count`` paragraphs, laid out as the host lays out a paragraph, a transition word
    before the first a third of the time; and that word."""
    other = donor_opening(rng, donor, count, rng.random() < 0.5)
    transition = rng.choice(TRANSITIONS)
    other[0] = with_transition(transition, other[0])
    return [_laid_out(host, p)[0] for p in other], transition


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"

    def add(kind: str, paragraphs: list[str], at: int, transition: str) -> None:
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, at, transition))

    later = _later(donor)
    for count in (1, 2):
        runs = [i for i in later if all(j in later for j in range(i, i + count))]
        if runs:
            first = rng.choice(runs)
            transition = rng.choice(TRANSITIONS)
            other = [with_transition(transition, donor.paragraphs[first]), *donor.paragraphs[first + 1 : first + count]]
            cut = rng.randint(1, n - 1)
            paragraphs = [*host.paragraphs[:cut], *(_laid_out(host, p)[0] for p in other), *host.paragraphs[cut:]]
            add(f"inserted non-lede {count}", paragraphs, offset_of(host, paragraphs, cut), transition)
    anywhere = [i for i in range(1, len(donor.paragraphs)) if prose(donor.paragraphs[i])]
    if anywhere:
        # any later paragraph of the donor, however it opens ("He said ...", "But ...")
        cut = rng.randint(1, n - 1)
        text = _laid_out(host, donor.paragraphs[rng.choice(anywhere)])[0]
        paragraphs = [*host.paragraphs[:cut], text, *host.paragraphs[cut:]]
        add("inserted non-lede, any opening", paragraphs, offset_of(host, paragraphs, cut), "")
    other, transition = _opening(rng, host, donor, 1)
    paragraphs = [*host.paragraphs[: n - 1], *other, host.paragraphs[n - 1]]
    add("lede before last", paragraphs, offset_of(host, paragraphs, n - 1), transition)
    other, transition = _opening(rng, host, donor, rng.randint(1, 2))
    cut = rng.randint(1, n - 1)
    paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
    add("lede inserted", paragraphs, offset_of(host, paragraphs, cut), transition)
    count = rng.randint(1, min(4, len(donor.paragraphs)))
    other, transition = _opening(rng, host, donor, count)
    paragraphs = [*host.paragraphs, *other]
    add(f"tail {count}", paragraphs, offset_of(host, paragraphs, n), transition)
    if len(later) >= 2:
        first = rng.choice(later[:-1])
        transition = rng.choice(TRANSITIONS)
        other = [with_transition(transition, donor.paragraphs[first]), donor.paragraphs[first + 1]]
        paragraphs = [*host.paragraphs, *(_laid_out(host, p)[0] for p in other)]
        add("tail non-lede", paragraphs, offset_of(host, paragraphs, n), transition)
    said = _sentences(donor.paragraphs[0])
    running = [i for i in range(n - 1) if prose(host.paragraphs[i])]
    if said and len(said[0].split()) >= 8 and not _LEANS.match(said[0]) and running:
        lede = " ".join(said[: rng.choice((1, 1, 2))])
        index = rng.choice(running)
        own = " ".join(host.paragraphs[index].split())
        transition = rng.choice(TRANSITIONS)
        space = rng.choice(("space", "space", "no space"))
        glue = " " if space == "space" else ""
        text, at = _laid_out(host, f"{own}{glue}{with_transition(transition, lede)}", len(own) + len(glue))
        paragraphs = [*host.paragraphs[:index], text, *host.paragraphs[index + 1 :]]
        add(f"glued lede, {space}", paragraphs, offset_of(host, paragraphs, index, at), transition)
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    p = rng.randint(1, n - 1)
    if prose(host.paragraphs[p]):
        paragraphs = list(host.paragraphs)
        paragraphs[p] = _laid_out(host, with_transition(rng.choice(ON_TOPIC), host.paragraphs[p]))[0]
        cases.append(_case("control on-topic transition", host, paragraphs, None))
    names = Counter(m.group() for para in host.paragraphs for m in _NAME.finditer(para) if m.start() > 0)
    names = Counter({k: v for k, v in names.items() if len(k) > 3})
    words = Counter(
        w for para in host.paragraphs for w in _WORD.findall(para)
        if w not in STOP and not w.endswith(("ed", "ly", "ing"))
    )
    if names and len(words) >= 2:
        name = names.most_common(1)[0][0]
        topic, other = [w for w, _ in words.most_common(6)][:2]
        surname = rng.choice(_LAST)
        text = rng.choice(_BACKGROUND).format(
            person=f"{rng.choice(_FIRST)} {surname}", surname=surname, role=rng.choice(_ROLES), name=name,
            topic=topic, other=other,
        )
        cut = rng.randint(1, n)
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, text)[0], *host.paragraphs[cut:]]
        cases.append(_case("control background on a new person", host, paragraphs, None))
    running = [i for i in range(n - 1) if prose(host.paragraphs[i]) and prose(host.paragraphs[i + 1])]
    if running:
        p = rng.choice(running)
        own, after = " ".join(host.paragraphs[p].split()), " ".join(host.paragraphs[p + 1].split())
        glue = rng.choice(("", " "))
        paragraphs = [*host.paragraphs[:p], _laid_out(host, own + glue + after)[0], *host.paragraphs[p + 2 :]]
        cases.append(_case(f"control own paragraphs run together ({'space' if glue else 'no space'})", host,
                           paragraphs, None))
    if n >= 4:
        q = rng.randint(1, n - 1)
        paragraphs = list(host.paragraphs)
        moved = paragraphs.pop(q)
        paragraphs.insert(rng.choice([i for i in range(1, n) if i != q]), moved)
        cases.append(_case("control own paragraph moved", host, paragraphs, None))
    return cases


ROUND14 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND14.main(__doc__.split("\n\n")[0])
