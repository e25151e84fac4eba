"""WL601 on tails and takeovers, with their look-alikes (issue 17, round 19, integrity19).

    python benchmarks/integrity_round19_tails.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round19_tails.py           # class 0: sealed, measured first and at the end only

Written before any change of this round, from the lead's list of weak shapes and false alarms. Hosts are
articles of 4 to 14 paragraphs (three of running text) in one class of a hash salted apart from every earlier set;
donors of the host's section, another section and, for half of the hosts, the other corpus. Wire copy is wrapped
at 65 columns and keeps its sign-off after the last paragraph. Shapes (the finding is expected on the first
sentence of the other story):

* **tail, another story's last paragraphs**: the host whole, then the donor's last one or two paragraphs (its
  end, not its lede: they open as later paragraphs do);
* **tail after a word**: the host whole, then a transition word that turns away ("Elsewhere, ", "In other news, "
  and words no earlier set used: "In unrelated news, ", "On a different note, ", "In other developments, ") and
  the donor's lede, none or one more paragraph after it;
* **takeover after a word**: the host cut after its second paragraph or a later one, then such a word and the
  donor's lede and none to two more of its paragraphs;
* **takeover plain**: the same with no word; on wire copy a wire donor keeps its dateline half of the time;
* **takeover by body paragraphs**: the host cut, then two of the donor's later paragraphs (no lede);
* **lede after a space**: the donor's first sentence glued with an ordinary space, no word, to the end of one of
  the host's paragraphs (the host cut there, the donor's next paragraphs following) or of its last paragraph.

Controls (nothing expected): the host's own paragraph that brings in a person no earlier paragraph names, moved
to the end, or the host cut after it so the story ends on it; one of the host's own later paragraphs after
"Meanwhile, " or "Elsewhere, " (and words of the kind), moved to the end or in place; an on-topic closing
paragraph written from the host's own names and headline words (templates of this file); a wire or web
boilerplate ending (templates of this file: "Terms were not disclosed.", "The BBC has asked ... for comment.");
and the untouched articles of the class (``--all-untouched``: every article of both corpora).

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

from eval_integrity import Case, Story, offset_of
from integrity_heldout3 import _laid_out, _sentences
from integrity_round15 import _JOINS
from integrity_round16 import _turned
from integrity_round18_islands import _NAME, _topic_words
from sealed_splices import SplicedSet, is_host, prose

SEED = 191919
CLASSES = 5
AWAY = ("Elsewhere, ", "In other news, ", "In unrelated news, ", "On a different note, ", "In other developments, ")
ON_TOPIC = ("Meanwhile, ", "Elsewhere, ", "At the same time, ", "Separately, ", "Elsewhere on Monday, ")
_CLOSING = (
    "{name} is expected to say more about the {topic} later this week.",
    "A decision on the {topic} is expected before the end of the month, {name} said.",
    "Further talks on the {topic} and the {other} are planned for next week.",
    "The {topic} will be reviewed again in the spring, when more is known about the {other}.",
)
_WIRE_ENDINGS = (
    "Terms were not disclosed.",
    "No further details were immediately available.",
    "A company spokesman declined to comment further on the {topic}.",
    "The company said it would give more details of the {topic} at a later date.",
)
_WEB_ENDINGS = (
    "The BBC has asked {name} for comment.",
    "More details about the {topic} are expected to be published next week.",
    "A spokesperson said it would not be appropriate to comment further on the {topic}.",
)


def host_class(story: Story) -> int:
    key = f"r19tails|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    first = story.paragraphs[0] if story.paragraphs else ""
    return len(story.paragraphs) >= 3 and prose(first) and first[:1].isupper() and first != first.lower()


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, how: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": how})


def _lede(rng: random.Random, host: Story, donor: Story, word: str, dated: bool = False) -> str | None:
    lede = " ".join(donor.paragraphs[0].split())
    if _JOINS.match(lede):
        return None
    if dated and donor.corpus == "reuters" and donor.dateline.strip():
        return " ".join(donor.dateline.split()) + " " + lede
    return _turned(word, lede, donor) if word else lede


def _more(rng: random.Random, host: Story, donor: Story, most: int) -> list[str]:
    return [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + rng.randint(0, most)] if p.strip()]


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    cases: list[Case] = []
    n = len(host.paragraphs)
    if not (is_host(host) and _donor(donor)):
        return cases
    ends = [p for p in donor.paragraphs[2:] if prose(p)]
    if ends:
        tail = ends[-rng.randint(1, 2):]
        paragraphs = [*host.paragraphs, *(_laid_out(host, p)[0] for p in tail)]
        cases.append(_case(f"merge tail, another story's last paragraphs ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, n)))
    word = rng.choice(AWAY)
    lede = _lede(rng, host, donor, word)
    if lede:
        paragraphs = [*host.paragraphs, _laid_out(host, lede)[0], *_more(rng, host, donor, 1)]
        cases.append(_case(f"merge tail after a word ({tag})", host, paragraphs, offset_of(host, paragraphs, n),
                           word))
    cut = rng.randint(2, n - 1)
    word = rng.choice(AWAY)
    lede = _lede(rng, host, donor, word)
    if lede:
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, lede)[0], *_more(rng, host, donor, 2)]
        cases.append(_case(f"merge takeover after a word ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut), word))
    cut = rng.randint(2, n - 1)
    dated = host.corpus == "reuters" and donor.corpus == "reuters" and bool(donor.dateline.strip())
    dated = dated and rng.random() < 0.5
    lede = _lede(rng, host, donor, "", dated)
    if lede:
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, lede)[0], *_more(rng, host, donor, 2)]
        shape = "takeover with a dateline" if dated else "takeover plain"
        cases.append(_case(f"merge {shape} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut)))
    body = [p for p in donor.paragraphs[1:] if prose(p)]
    if len(body) >= 2:
        cut = rng.randint(2, n - 1)
        start = rng.randint(0, len(body) - 2)
        paragraphs = [*host.paragraphs[:cut], *(_laid_out(host, p)[0] for p in body[start : start + 2])]
        cases.append(_case(f"merge takeover by body paragraphs ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut)))
    said = _sentences(donor.paragraphs[0])
    if said and len(said[0].split()) >= 10 and not _JOINS.match(said[0]):
        index = rng.choice([i for i in range(1, n) if prose(host.paragraphs[i])] or [n - 1])
        own = " ".join(host.paragraphs[index].split())
        glued, at = _laid_out(host, own + " " + said[0], len(own) + 1)
        rest = " ".join(said[1:])
        following = [_laid_out(host, rest)[0]] if rest and index < n - 1 else []
        if index < n - 1:
            following += _more(rng, host, donor, 1)
        paragraphs = [*host.paragraphs[:index], glued, *following]
        where = "last paragraph" if index == n - 1 else "a paragraph, the other story to the end"
        cases.append(_case(f"merge lede after a space, {where} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, index, at)))
    return cases


def _introduces(host: Story, index: int) -> bool:
    """Whether host paragraph ``index`` names in its first sentence a person of two words, neither of which the
    headline or any earlier paragraph uses."""
    said = _sentences(host.paragraphs[index])
    if not said:
        return False
    before = set(re.findall(r"[A-Z][a-z]+", " ".join([host.headline, *host.paragraphs[:index]])))
    return any(not set(name.split()) & before for name in _NAME.findall(said[0]))


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases: list[Case] = []
    if not is_host(host):
        return cases
    n = len(host.paragraphs)
    later = [i for i in range(1, n - 1) if prose(host.paragraphs[i])]
    new = [i for i in later if i >= 2 and _introduces(host, i)]
    if new:
        index = rng.choice(new)
        paragraphs = [*host.paragraphs[:index], *host.paragraphs[index + 1 :], host.paragraphs[index]]
        cases.append(_case("control own paragraph on a new person, moved to the end", host, paragraphs, None))
        cases.append(_case("control own paragraph on a new person, the story cut after it", host,
                           host.paragraphs[: index + 1], None))
    if later:
        index = rng.choice(later)
        word = rng.choice(ON_TOPIC)
        turned = _turned(word, " ".join(host.paragraphs[index].split()), host)
        if turned:
            paragraphs = [*host.paragraphs[:index], *host.paragraphs[index + 1 :], _laid_out(host, turned)[0]]
            cases.append(_case("control own paragraph after a transition, moved to the end", host, paragraphs,
                               None, word))
            paragraphs = list(host.paragraphs)
            paragraphs[index] = _laid_out(host, turned)[0]
            cases.append(_case("control own paragraph after a transition, in place", host, paragraphs, None, word))
    words = _topic_words(host)
    names = Counter(m.group() for p in host.paragraphs for m in _NAME.finditer(p) if m.start() > 0)
    if len(words) >= 2 and names:
        fill = {"topic": words[0], "other": words[1], "name": names.most_common(1)[0][0]}
        text = _laid_out(host, rng.choice(_CLOSING).format(**fill))[0]
        cases.append(_case("control on-topic closing paragraph", host, [*host.paragraphs, text], None))
        endings = _WIRE_ENDINGS if host.corpus == "reuters" else _WEB_ENDINGS
        text = _laid_out(host, rng.choice(endings).format(**fill))[0]
        cases.append(_case("control boilerplate ending", host, [*host.paragraphs, text], None))
    return cases


ROUND19 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND19.main(__doc__.split("\n\n")[0])
