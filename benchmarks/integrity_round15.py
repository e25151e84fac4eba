"""WL601 on two shapes with a transition word, and their on-topic look-alikes (issue 17, round 15).

    python benchmarks/integrity_round15.py --dev 1     # a development class (1 to 4): choose on these
    python benchmarks/integrity_round15.py             # class 0: measured only at the end of the round

Hosts are articles of 4 to 14 paragraphs in one class of a hash salted apart from the sealed sets and from
round 14. For each host, with a donor of its own section, of another section and (half of the hosts) of the
other corpus:

* **lede in paragraph, end**: the donor's first sentence (or two) after the last sentence of a host paragraph,
  with a space, the host resuming in its next paragraph;
* **lede in paragraph, middle**: the same after a host sentence in the middle of a paragraph of three sentences
  or more, the host's paragraph resuming after it;
* **transition paragraph**: the donor's lede paragraph (and, half of the time, its second) opening with a
  transition word, between two of the host's paragraphs, the host resuming after them.

The transition words are this round's own (some the rule knows, some it does not): "Separately, ", "In other
news, ", "Elsewhere, ", "Meanwhile, ", "In separate news, ", "Turning to other news, ", "Also in the news, ",
"Separately on Monday, ", and none a quarter of the glued cases. Wire copy is wrapped at 65 columns.

Controls (nothing expected): one of the host's own sentences inside a paragraph (not its first) given one of
those transition words; one of the host's own paragraphs (not its first) opening with one. The untouched
articles of the class are counted as well.

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, offset_of
from integrity_heldout3 import _laid_out, _sentences
from integrity_round14 import _LEANS
from sealed_splices import SplicedSet, is_host, prose

SEED = 151515
CLASSES = 5
WORDS = ("Separately, ", "In other news, ", "Elsewhere, ", "Meanwhile, ", "In separate news, ",
         "Turning to other news, ", "Also in the news, ", "Separately on Monday, ")
GLUED = (*WORDS, "", "", "")


def host_class(story: Story) -> int:
    key = f"r15|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and prose(story.paragraphs[0])


_JOINS = re.compile(r"^(?:[\"“‘'(]|(?:But|And|Yet|So|However|Also|Or|Nor|Still|Then)\b|(?:\S+\s){0,3}\S+,)")


def _turned(transition: str, text: str, story: Story) -> str | None:
    """A sentence or paragraph after a transition word, as a writer would put it ("Meanwhile, he said ...",
    "Separately, shares in ..."; a name keeps its capital: one ``story`` writes with a capital mid-sentence);
    None when it opens with a word or phrase no transition goes before ("But", "And", "Equally,", a quotation)."""
    if not transition:
        return text
    if _JOINS.match(text):
        return None
    first = text.split(" ", 1)[0]
    if first.isalpha() and not first.isupper() and not re.search(rf"[a-z,] {first}\b", story.body(story.paragraphs)):
        text = first.lower() + text[len(first) :]
    return transition + text


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, transition: str) -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": transition})


def _glued(host: Story, donor: Story, index: int, after: int, lede: str, transition: str) -> tuple[
    list[str], int
]:
    """Host paragraph ``index`` with ``lede`` after its first ``after`` sentences; and where the lede starts."""
    said = _sentences(host.paragraphs[index])
    own, rest = " ".join(said[:after]), " ".join(said[after:])
    inserted = _turned(transition, lede, donor)
    text, at = _laid_out(host, " ".join(part for part in (own, inserted, rest) if part), len(own) + 1)
    paragraphs = [*host.paragraphs[:index], text, *host.paragraphs[index + 1 :]]
    return paragraphs, offset_of(host, paragraphs, index, at)


def _word(transition: str) -> str:
    return "a transition word" if transition else "no word"


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    said = _sentences(donor.paragraphs[0])
    if said and len(said[0].split()) >= 8 and not _LEANS.match(said[0]) and not _JOINS.match(said[0]):
        lede = " ".join(said[: rng.choice((1, 1, 2))])
        running = [i for i in range(n - 1) if prose(host.paragraphs[i])]
        if running:
            transition = rng.choice(GLUED)
            index = rng.choice(running)
            paragraphs, at = _glued(host, donor, index, len(_sentences(host.paragraphs[index])), lede, transition)
            cases.append(_case(f"merge lede in paragraph, end, {_word(transition)} ({tag})", host, paragraphs, at,
                               transition))
        long = [i for i in range(n) if prose(host.paragraphs[i]) and len(_sentences(host.paragraphs[i])) >= 3]
        if long:
            transition = rng.choice(GLUED)
            index = rng.choice(long)
            after = rng.randint(1, len(_sentences(host.paragraphs[index])) - 1)
            paragraphs, at = _glued(host, donor, index, after, lede, transition)
            cases.append(_case(f"merge lede in paragraph, middle, {_word(transition)} ({tag})", host, paragraphs,
                               at, transition))
    transition = rng.choice(WORDS)
    opening = _turned(transition, " ".join(donor.paragraphs[0].split()), donor)
    if opening is None:
        return cases
    other = [opening, *donor.paragraphs[1 : rng.choice((1, 2))]]
    cut = rng.randint(1, n - 1)
    paragraphs = [*host.paragraphs[:cut], *(_laid_out(host, p)[0] for p in other), *host.paragraphs[cut:]]
    cases.append(_case(f"merge transition paragraph, {len(other)} ({tag})", host, paragraphs,
                       offset_of(host, paragraphs, cut), transition))
    return cases


def transition_controls(rng: random.Random, host: Story, words: tuple[str, ...],
                        turn: Callable[[str, str], str | None], own: str) -> list[Case]:
    """One of the host's own sentences inside a paragraph (not its first) after one of ``words``, and one of its
    own paragraphs (not the first) opening with one; ``turn`` puts a word before a text (None: it cannot go
    there), ``own`` names what is turned in the kinds ("own", "host")."""
    cases = []
    n = len(host.paragraphs)
    several = [i for i in range(n) if prose(host.paragraphs[i]) and len(_sentences(host.paragraphs[i])) >= 2]
    if several:
        index = rng.choice(several)
        said = _sentences(host.paragraphs[index])
        k = rng.randint(1, len(said) - 1)
        transition = rng.choice(words)
        turned = turn(transition, said[k])
        if turned:
            text = " ".join([*said[:k], turned, *said[k + 1 :]])
            paragraphs = [*host.paragraphs[:index], _laid_out(host, text)[0], *host.paragraphs[index + 1 :]]
            cases.append(_case(f"control {own} sentence after a transition", host, paragraphs, None, transition))
    later = [i for i in range(1, n) if prose(host.paragraphs[i])]
    if later:
        index = rng.choice(later)
        transition = rng.choice(words)
        turned = turn(transition, " ".join(host.paragraphs[index].split()))
        if turned:
            paragraphs = list(host.paragraphs)
            paragraphs[index] = _laid_out(host, turned)[0]
            cases.append(_case(f"control {own} paragraph after a transition", host, paragraphs, None, transition))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    return transition_controls(rng, host, WORDS, lambda transition, text: _turned(transition, text, host), "own")


ROUND15 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND15.main(__doc__.split("\n\n")[0])
