"""WL601 on islands: another story's material inside this one, this story resuming after it (issue 17, round 18).

    python benchmarks/integrity_round18_islands.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round18_islands.py           # class 0: sealed, measured first and at the end

Written before any change of round 18 (integrity14). Hosts are web stories of 6 to 25 paragraphs and wire
stories of 3 to 14, in one class of a hash salted apart from every earlier set; donors of the host's section, of
another section and (half of the hosts) of the other corpus, drawn with this set's own seed. Wire copy is wrapped
at 65 columns as the host lays it out and keeps its sign-off. Every shape puts the other story's material after
the host's first paragraph and before its last, so that the host resumes after it. Shapes:

* **lede alone**: the donor's lede paragraph as a paragraph of its own (a wire donor's dateline a third of the
  time), no transition word;
* **transition lede**: the same after a transition word ("Separately,", "Meanwhile,", "In a separate
  development,", and some no earlier set used: "On an unrelated note,", "In other business,", "Also,");
* **lede and next**: the donor's lede and its second paragraph;
* **body paragraph**: one later paragraph of the donor that does not open by pointing back or with a quotation;
* **body paragraph, quotation first**: one that opens with a quotation mark;
* **body paragraph pointing back**: one that opens "He ...", "It ...", "The company ...", "But ..." and the like;
* **two body paragraphs**: two neighbouring later paragraphs of the donor, however they open;
* **lede after a space**: the donor's first sentence (or its lede paragraph whole) appended to a host paragraph
  after an ordinary space, the host's next paragraphs resuming;
* **lede at a paragraph's start**: the donor's first sentence before a host paragraph's own, after a space.

Controls (nothing expected): a transition word ("Meanwhile,", "Separately,", "At the same time,", "In a separate
development,", "Elsewhere,", "Also,") put before one of the host's own later paragraphs, in place or moved one
place up; a background paragraph that brings in an invented person or organisation related to the story in its
own words (its headline's and body's main words); a quotation by an invented person, or by the story's main
name, on the story's subject; and the untouched articles (``--all-untouched``: every article of both corpora).

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
from sealed_splices import STOP, SplicedSet, prose

SEED = 181818
CLASSES = 5
TRANSITIONS = ("Separately, ", "Meanwhile, ", "In a separate development, ", "On an unrelated note, ",
               "In other business, ", "Also, ", "Elsewhere, ")
ON_TOPIC = ("Meanwhile, ", "Separately, ", "At the same time, ", "In a separate development, ", "Elsewhere, ",
            "Also, ")
def back_pattern(words: str, kinds: str) -> re.Pattern[str]:
    """A paragraph that points back: it opens with one of ``words`` (a pronoun, a linking word) or with "The" and
    one of ``kinds`` (a thing called by its kind), each a regex alternation."""
    return re.compile(rf"^(?:{words}|The (?:{kinds}))\b")


_BACK = back_pattern(
    "He|She|It|They|We|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|Such|There",
    "company|bank|group|firm|government|minister|ministry|agency|spokesman|official|report|move|"
    "plan|deal|court|party|union|team|club|man|woman|board|council|police|player|singer|band|film",
)
_QUOTE = re.compile(r"^[\"“‘']")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
_WORD = re.compile(r"\b[a-z]{5,}\b")
_FIRST = ("Harriet", "Tobias", "Ines", "Kofi", "Marguerite", "Soren", "Yasmin", "Ewan", "Paola", "Radek")
_LAST = ("Whitcombe", "Lindqvist", "Okonjo", "Marchetti", "Varga", "Pemberton", "Castellano", "Hargreaves")
_ORGS = ("the Northfield Institute", "the Calder Foundation", "Brightwater Partners", "the Aldermoor Trust",
         "Kestrel Advisory", "the Westmarch Council")
_BACKGROUND = (
    "{person}, an analyst at {org}, said the {topic} had been expected for some time and that the {other} "
    "would be the real test.",
    "{Org}, which has studied {topic} for more than a decade, said in a report last year that the {other} "
    "needed closer attention.",
    "{person}, who advised {org} on the {topic} until 2003, said few people had foreseen how the {other} "
    "would develop.",
    "The review was carried out by {org}, a body set up to look at {topic}, and its findings on the {other} "
    "are due next month.",
)
_QUOTES = (
    "\"Nobody should pretend the {topic} will be easy,\" said {person}, a spokesperson for {org}. \"The "
    "{other} is what matters now.\"",
    "\"We have always said the {topic} and the {other} belong together,\" {name} said.",
    "{person} of {org} put it more bluntly: \"The {topic} is late, and the {other} is later still.\"",
)


def host_class(story: Story) -> int:
    key = f"r18i|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def is_host(story: Story) -> bool:
    """A web story of 6 to 25 paragraphs or a wire story of 3 to 14, three of them running text."""
    low, high = (3, 14) if story.corpus == "reuters" else (6, 25)
    return low <= len(story.paragraphs) <= high and sum(prose(p) for p in story.paragraphs) >= 3


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and prose(story.paragraphs[0])


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, transition: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": transition})


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"

    def insert(kind: str, texts: list[str], transition: str = "") -> None:
        cut = rng.randint(1, n - 1)
        laid = [_laid_out(host, text)[0] for text in texts]
        paragraphs = [*host.paragraphs[:cut], *laid, *host.paragraphs[cut:]]
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), transition))

    lede = donor_opening(rng, donor, 2, rng.random() < 1 / 3)
    insert("lede alone", lede[:1])
    transition = rng.choice(TRANSITIONS)
    insert("transition lede", [with_transition(transition, lede[0])], transition)
    if prose(donor.paragraphs[1]):
        insert("lede and next", lede[:2])
    later = [i for i in range(1, len(donor.paragraphs)) if prose(donor.paragraphs[i])]
    plain = [i for i in later if not _BACK.match(donor.paragraphs[i]) and not _QUOTE.match(donor.paragraphs[i])]
    quoted = [i for i in later if _QUOTE.match(donor.paragraphs[i])]
    back = [i for i in later if _BACK.match(donor.paragraphs[i])]
    for kind, pool in (("body paragraph", plain), ("body paragraph, quotation first", quoted),
                       ("body paragraph pointing back", back)):
        if pool:
            insert(kind, [donor.paragraphs[rng.choice(pool)]])
    pairs = [i for i in later if i + 1 in later]
    if pairs:
        first = rng.choice(pairs)
        insert("two body paragraphs", donor.paragraphs[first : first + 2])
    said = _sentences(donor.paragraphs[0])
    middle = [i for i in range(n - 1) if prose(host.paragraphs[i])]
    if said and len(said[0].split()) >= 8 and middle:
        text = said[0] if rng.random() < 0.6 else " ".join(said)
        index = rng.choice(middle)
        own = " ".join(host.paragraphs[index].split())
        laid, at = _laid_out(host, f"{own} {text}", len(own) + 1)
        paragraphs = [*host.paragraphs[:index], laid, *host.paragraphs[index + 1 :]]
        cases.append(_case(f"merge lede after a space ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, index, at)))
        starts = [i for i in range(1, n - 1) if prose(host.paragraphs[i])]
        if starts:
            index = rng.choice(starts)
            own = " ".join(host.paragraphs[index].split())
            laid, _ = _laid_out(host, f"{said[0]} {own}")
            paragraphs = [*host.paragraphs[:index], laid, *host.paragraphs[index + 1 :]]
            cases.append(_case(f"merge lede at a paragraph's start ({tag})", host, paragraphs,
                               offset_of(host, paragraphs, index)))
    return cases


def _topic_words(host: Story) -> list[str]:
    """The story's main content words: its headline's first, then its body's most used."""
    body = Counter(w for p in host.paragraphs for w in _WORD.findall(p)
                   if w not in STOP and not w.endswith(("ed", "ly", "ing")))
    head = [w.lower() for w in re.findall(r"[A-Za-z]{5,}", host.headline) if w.lower() not in STOP]
    words = [w for w in head if w in body] + [w for w, _ in body.most_common(6)]
    return list(dict.fromkeys(words))


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    later = [i for i in range(1, n) if prose(host.paragraphs[i])]
    if later:
        index = rng.choice(later)
        transition = rng.choice(ON_TOPIC)
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _laid_out(host, with_transition(transition, paragraphs[index]))[0]
        cases.append(_case("control on-topic transition, in place", host, paragraphs, None, transition))
    movable = [i for i in later if i >= 2]
    if movable:
        index = rng.choice(movable)
        transition = rng.choice(ON_TOPIC)
        paragraphs = list(host.paragraphs)
        moved = paragraphs.pop(index)
        paragraphs.insert(index - 1, _laid_out(host, with_transition(transition, moved))[0])
        cases.append(_case("control on-topic transition, moved up", host, paragraphs, None, transition))
    words = _topic_words(host)
    names = Counter(m.group() for p in host.paragraphs for m in _NAME.finditer(p) if m.start() > 0)
    if len(words) >= 2:
        topic, other = words[0], words[1]
        person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        org = rng.choice(_ORGS)
        fill = {"person": person, "org": org, "Org": org[0].upper() + org[1:], "topic": topic, "other": other}
        cut = rng.randint(1, n - 1)
        text = _laid_out(host, rng.choice(_BACKGROUND).format(**fill))[0]
        cases.append(_case("control background on a new person or organisation", host,
                           [*host.paragraphs[:cut], text, *host.paragraphs[cut:]], None))
        quotes = _QUOTES if names else tuple(q for q in _QUOTES if "{name}" not in q)
        fill["name"] = names.most_common(1)[0][0] if names else ""
        cut = rng.randint(1, n - 1)
        text = _laid_out(host, rng.choice(quotes).format(**fill))[0]
        cases.append(_case("control quotation on the story's subject", host,
                           [*host.paragraphs[:cut], text, *host.paragraphs[cut:]], None))
    return cases


ROUND18 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND18.main(__doc__.split("\n\n")[0])
