"""WL601 on the five shapes the lead named weakest (issue 17, round 16), with their look-alike controls.

    python benchmarks/integrity_round16.py --dev 1     # a development class (1 to 4): choose on these
    python benchmarks/integrity_round16.py             # class 0: held out, measured first and at the end

Written before any change of round 16. Hosts are articles of 4 to 14 paragraphs in one class of a hash salted
apart from every earlier set; donors of the host's section, of another section and (half of the hosts) of the
other corpus, drawn with this round's own seed. Wire copy is wrapped at 65 columns, as the host lays it out,
and keeps its sign-off after anything appended. Shapes:

* **transition lede inside, middle**: after a sentence in the middle of a host paragraph, a transition word and
  the donor's first sentence (or two), the host's paragraph resuming after it;
* **transition lede inside, end**: the same after the last sentence of a host paragraph (not the last one);
* **two body paragraphs inserted**: two running paragraphs of the donor that are not its lede, between two of
  the host's (never before its second paragraph nor after its last), with no transition word;
* **lede penultimate**: the donor's lede paragraph (a wire donor's dateline half of the time, a transition word
  a third of the time) just before the host's last paragraph;
* **tail**: the donor's first one to three paragraphs appended after the host's last (before a wire host's
  sign-off);
* **tail after the sign-off** (wire hosts; added after the set's first figures, drawn apart so that the other
  cases are unchanged): the same after the host's sign-off and end-of-text mark, the donor's copy ending on one.

Transition words: "Separately, ", "In other news, ", "Elsewhere, ", "Meanwhile, ", and two no earlier set used,
"On another front, " and "In unrelated news, ".

Controls (nothing expected): one of the host's own sentences (not a paragraph's first) after one of those words
inside its paragraph; one of the host's own paragraphs (not the first) opening with one; and the untouched
articles (``--all-untouched``: every article of both corpora).

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, donor_opening, offset_of, with_transition
from integrity_heldout3 import _laid_out, _sentences
from integrity_round14 import _LEANS
from integrity_round15 import _JOINS, transition_controls
from sealed_splices import SplicedSet, is_host, prose

SEED = 161616
CLASSES = 5
WORDS = ("Separately, ", "In other news, ", "Elsewhere, ", "Meanwhile, ", "On another front, ",
         "In unrelated news, ")


def host_class(story: Story) -> int:
    key = f"r16|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and prose(story.paragraphs[0])


_LOWERED = frozenset("The A An This That These Those Its Their His Her Some Many Most More Shares Net".split())


def _turned(transition: str, text: str, story: Story) -> str | None:
    """A sentence or paragraph after a transition word, as a writer would put it: a determiner or pronoun, or a
    word ``story`` writes in lower case and never with a capital inside a sentence, lowered ("Meanwhile, the
    ...", "Separately, there ..."), a name kept ("Separately, Gordon Brown ..."); None when it opens with a word
    or phrase no transition goes before ("But", "And", "Equally,", a quotation)."""
    if _JOINS.match(text):
        return None
    first = text.split(" ", 1)[0]
    body = story.body(story.paragraphs)
    lowered = first.isalpha() and not first.isupper() and bool(re.search(rf"\b{first.lower()}\b", body))
    if first in _LOWERED or (lowered and not re.search(rf"[a-z,] {first}\b", body)):
        text = first.lower() + text[len(first) :]
    return transition + text


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, transition: str) -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": transition})


def _inside(host: Story, donor: Story, index: int, after: int, lede: str, transition: str) -> tuple[
    list[str], int
] | None:
    """Host paragraph ``index`` with the transition and ``lede`` after its first ``after`` sentences."""
    said = _sentences(host.paragraphs[index])
    own, rest = " ".join(said[:after]), " ".join(said[after:])
    inserted = _turned(transition, lede, donor)
    if inserted is None:
        return None
    text, at = _laid_out(host, " ".join(part for part in (own, inserted, rest) if part), len(own) + 1)
    paragraphs = [*host.paragraphs[:index], text, *host.paragraphs[index + 1 :]]
    return paragraphs, offset_of(host, paragraphs, index, at)


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"

    def add(kind: str, built: tuple[list[str], int] | None, transition: str) -> None:
        if built is not None:
            cases.append(_case(f"merge {kind} ({tag})", host, built[0], built[1], transition))

    said = _sentences(donor.paragraphs[0])
    if said and len(said[0].split()) >= 8 and not _LEANS.match(said[0]) and not _JOINS.match(said[0]):
        lede = " ".join(said[: rng.choice((1, 1, 2))])
        long = [i for i in range(n) if prose(host.paragraphs[i]) and len(_sentences(host.paragraphs[i])) >= 2]
        if long:
            index = rng.choice(long)
            after = rng.randint(1, len(_sentences(host.paragraphs[index])) - 1)
            transition = rng.choice(WORDS)
            add("transition lede inside, middle", _inside(host, donor, index, after, lede, transition), transition)
        running = [i for i in range(n - 1) if prose(host.paragraphs[i])]
        if running:
            index = rng.choice(running)
            transition = rng.choice(WORDS)
            built = _inside(host, donor, index, len(_sentences(host.paragraphs[index])), lede, transition)
            add("transition lede inside, end", built, transition)
    later = [i for i in range(1, len(donor.paragraphs) - 1)
             if prose(donor.paragraphs[i]) and prose(donor.paragraphs[i + 1])]
    if later and n >= 3:
        first = rng.choice(later)
        cut = rng.randint(2, n - 1)
        other = [_laid_out(host, p)[0] for p in donor.paragraphs[first : first + 2]]
        paragraphs = [*host.paragraphs[:cut], *other, *host.paragraphs[cut:]]
        add("two body paragraphs inserted", (paragraphs, offset_of(host, paragraphs, cut)), "")
    transition = rng.choice(("", "", *WORDS[:3]))
    opening = donor_opening(rng, donor, 1, rng.random() < 0.5)
    lede = _laid_out(host, with_transition(transition, opening[0]))[0]
    paragraphs = [*host.paragraphs[: n - 1], lede, host.paragraphs[n - 1]]
    add("lede penultimate", (paragraphs, offset_of(host, paragraphs, n - 1)), transition)
    count = rng.randint(1, min(3, len(donor.paragraphs)))
    transition = rng.choice(("", "", *WORDS[:3]))
    other = donor_opening(rng, donor, count, rng.random() < 0.5)
    other[0] = with_transition(transition, other[0])
    paragraphs = [*host.paragraphs, *(_laid_out(host, p)[0] for p in other)]
    add("tail", (paragraphs, offset_of(host, paragraphs, n)), transition)
    if host.sign_off.strip():
        # drawn apart from ``rng`` so that every other case stays what it was when the set was first measured
        own = random.Random(zlib.crc32(f"{host.headline}|{donor.headline}".encode()))
        other = [_laid_out(host, p)[0] for p in donor_opening(own, donor, own.randint(1, 3), own.random() < 0.5)]
        paragraphs = [*host.paragraphs[:-1], host.paragraphs[-1] + host.sign_off, *other]
        add("tail after the sign-off", (paragraphs, offset_of(host, paragraphs, n)), "")
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    return transition_controls(rng, host, WORDS, lambda transition, text: _turned(transition, text, host), "host")


ROUND16 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND16.main(__doc__.split("\n\n")[0])
