"""WL601 and WL602, round 20: the shapes an outside evaluation found weak, in templates of this set's own.

    python benchmarks/integrity_round20.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round20.py           # class 0: sealed, measured first and at the end

Written before any change of integrity21's work (issue 17), with a hash salt and templates of its own. Hosts are
web stories of 5 to 25 paragraphs and wire stories of 4 to 16, three of them running text; donors of the host's
section, of another section and (half of the hosts) of the other corpus. Wire copy is wrapped at 65 columns as
the host lays it out and keeps its sign-off. Shapes (the other story's first character is the place expected):

* **island, body paragraph**: one later paragraph of the donor, not opening on a quotation or a pronoun, between
  two of the host's paragraphs with at least one host paragraph on each side;
* **island, lede**: the donor's first paragraph, alone, the same way;
* **island after a word**: "Separately,", "In other news,", "Elsewhere," or "Meanwhile," and the donor's lede,
  alone, the host resuming;
* **takeover, no word** / **takeover after a word**: the host cut after two paragraphs or more, the donor's lede
  and one to three of its next paragraphs to the end;
* **run-on, glued**: the donor's lede glued with no space to the end of a host paragraph, its next paragraph
  following to the end;
* **mid-paragraph, takeover** / **mid-paragraph, host resumes**: the first sentence or two of a host paragraph of
  two sentences or more, then ". " and the donor's first sentence or two in the same paragraph; the donor's next
  paragraph to the end, or the host's next paragraphs;
* **appended lede** / **appended body**: after the host's last paragraph, the donor's lede and next paragraph, or
  one or two of its later paragraphs;
* **duplicate paragraph** / **duplicate sentence** (WL602): a host paragraph pasted again later, or a sentence of
  eight words or more pasted again at the end of a later paragraph.

Controls (nothing expected): a later sentence of the host moved up into a paragraph of its own after an on-topic
word ("Meanwhile,", "Separately,", "At the same time," ...); an on-topic word before one of the host's own later
paragraphs; a background paragraph on a new person written in the story's own words and names (this set's
templates); and the untouched host itself. ``--all-untouched`` adds every article of both corpora.

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

from eval_integrity import Case, Story, offset_of, sentences, with_transition
from integrity_heldout3 import _laid_out
from integrity_round19_islands import is_host
from sealed_splices import STOP, SplicedSet, prose

SEED = 202020
CLASSES = 5
AWAY = ("Separately, ", "In other news, ", "Elsewhere, ", "Meanwhile, ")
ON_TOPIC = ("Meanwhile, ", "Separately, ", "At the same time, ", "Elsewhere, ", "In a separate development, ",
            "Earlier, ")
_POINTS = re.compile(
    r"^[\"“‘']|^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|Also|However|The same|"
    r"Such|Both|Neither|Last|Earlier|Later|Still|Yet|So)\b"
)
"""A paragraph that opens on a quotation or leans on what came before it: left out of the island shapes."""
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
_WORD = re.compile(r"\b[a-z]{6,}\b")
_FIRST = ("Rosalind", "Teodor", "Amara", "Bastian", "Leocadia", "Olumide", "Siobhan", "Vilhelm", "Zainab", "Cormac")
_LAST = ("Quennell", "Ostrowska", "Balogun", "Ferreira-Lind", "Kettering", "Nakashima", "Trevelyan", "Ugarte")
_BACKGROUND = (
    "{person}, who has advised {name} on the {topic} since the start, said the {other} would decide the matter.",
    "The {topic} has been followed closely by {person}, a {role} who first raised the {other} two years ago.",
    "{person}, a {role}, said {name} had little choice over the {topic} once the {other} was known.",
    "Another who has watched the {topic} unfold is {person}, a {role} who expects the {other} to come up again.",
)
_ROLES = ("retired magistrate", "former trade negotiator", "local councillor", "university lecturer",
          "long-serving union official", "consultant")


def host_class(story: Story) -> int:
    key = f"round twenty|{story.headline}|{' '.join(story.paragraphs[0].split()[:9])}"
    return zlib.crc32(key.encode()) % CLASSES


def is_donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and prose(story.paragraphs[0])


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, word: str = "",
          expect: str = "WL601") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, expect if at is not None else None, at,
                {"transition": word})


def _said(paragraph: str) -> list[str]:
    return sentences(" ".join(paragraph.split()))


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    laid = [_laid_out(host, p)[0] for p in donor.paragraphs]

    def put(kind: str, cut: int, texts: list[str], word: str = "", keep: bool = True) -> None:
        rest = host.paragraphs[cut:] if keep else []
        paragraphs = [*host.paragraphs[:cut], *texts, *rest]
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), word))

    body = [i for i in range(2, len(donor.paragraphs)) if prose(donor.paragraphs[i])
            and not _POINTS.match(donor.paragraphs[i].lstrip())]
    if body and n >= 3:
        put("island, body paragraph", rng.randint(1, n - 1), [laid[rng.choice(body)]])
    lede = donor.paragraphs[0]
    if not _POINTS.match(lede.lstrip()):
        put("island, lede", rng.randint(1, n - 1), [laid[0]])
        word = rng.choice(AWAY)
        put("island after a word", rng.randint(1, n - 1), [_laid_out(host, with_transition(word, lede))[0]], word)
        more = laid[1 : 1 + rng.randint(1, 3)]
        put("takeover, no word", rng.randint(2, n - 1), [laid[0], *more], keep=False)
        word = rng.choice(AWAY)
        put("takeover after a word", rng.randint(2, n - 1),
            [_laid_out(host, with_transition(word, lede))[0], *more], word, keep=False)
        index = rng.randint(1, n - 1)
        own = " ".join(host.paragraphs[index].split())
        if prose(own) and own[-1] == ".":
            glued, at = _laid_out(host, own + " ".join(lede.split()), len(own))
            paragraphs = [*host.paragraphs[:index], glued, *laid[1:2]]
            cases.append(_case(f"merge run-on, glued ({tag})", host, paragraphs,
                               offset_of(host, paragraphs, index, at)))
        put("appended lede", n, laid[:2])
    said = _said(lede)
    opening = " ".join(said[: rng.choice((1, 2))])
    twofold = [i for i in range(1, n) if len(_said(host.paragraphs[i])) >= 2]
    if said and len(said[0].split()) >= 8 and not _POINTS.match(said[0]) and twofold:
        for resumes in (False, True):
            index = rng.choice(twofold)
            own = _said(host.paragraphs[index])
            kept = " ".join(own[: rng.randint(1, len(own) - 1)])
            glued, at = _laid_out(host, f"{kept} {opening}", len(kept) + 1)
            after = host.paragraphs[index + 1 :] if resumes else laid[1:2]
            paragraphs = [*host.paragraphs[:index], glued, *after]
            kind = "mid-paragraph, host resumes" if resumes else "mid-paragraph, takeover"
            if resumes and not after:
                continue
            cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, index, at)))
    tail = [i for i in range(2, len(donor.paragraphs)) if prose(donor.paragraphs[i])]
    if tail:
        first = rng.choice(tail)
        put("appended body", n, laid[first : first + rng.randint(1, 2)])
    if relation == "same section":
        cases.extend(duplicates(rng, host))
    return cases


def duplicates(rng: random.Random, host: Story) -> list[Case]:
    """A paragraph pasted again later, and a long sentence pasted again at the end of a later paragraph."""
    cases = []
    n = len(host.paragraphs)
    source = rng.randrange(n - 1)
    target = rng.randint(source + 1, n)
    paragraphs = [*host.paragraphs[:target], host.paragraphs[source], *host.paragraphs[target:]]
    cases.append(_case("merge duplicate paragraph", host, paragraphs, offset_of(host, paragraphs, target),
                       expect="WL602"))
    long = [(i, s) for i in range(n - 1) for s in _said(host.paragraphs[i]) if len(s.split()) >= 8]
    if long:
        index, sentence = rng.choice(long)
        target = rng.randint(index + 1, n - 1)
        own = " ".join(host.paragraphs[target].split())
        text, at = _laid_out(host, f"{own} {sentence}", len(own) + 1)
        paragraphs = [*host.paragraphs[:target], text, *host.paragraphs[target + 1 :]]
        cases.append(_case("merge duplicate sentence", host, paragraphs, offset_of(host, paragraphs, target, at),
                           expect="WL602"))
    return cases


def _topic(host: Story) -> list[str]:
    words = Counter(w for p in host.paragraphs for w in _WORD.findall(p) if w not in STOP
                    and not w.endswith(("ing", "ed", "ly")))
    return [w for w, _ in words.most_common(4)]


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = [_case("control untouched host", host, list(host.paragraphs), None)]
    n = len(host.paragraphs)
    later = [(j, s) for j in range(2, n) for s in _said(host.paragraphs[j])
             if len(s.split()) >= 10 and not s.startswith(("\"", "“"))]
    if later:
        j, sentence = rng.choice(later)
        own = _said(host.paragraphs[j])
        paragraphs = list(host.paragraphs)
        rest = " ".join(s for s in own if s != sentence)
        if rest:
            paragraphs[j] = _laid_out(host, rest)[0]
        else:
            del paragraphs[j]
        word = rng.choice(ON_TOPIC)
        paragraphs.insert(rng.randint(1, j - 1), _laid_out(host, with_transition(word, sentence))[0])
        cases.append(_case("control own later sentence after a word", host, paragraphs, None, word))
    own = [i for i in range(1, n) if prose(host.paragraphs[i])]
    if own:
        index = rng.choice(own)
        word = rng.choice(ON_TOPIC)
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _laid_out(host, with_transition(word, paragraphs[index]))[0]
        cases.append(_case("control on-topic word before own paragraph", host, paragraphs, None, word))
    topic = _topic(host)
    names = Counter(m.group() for p in host.paragraphs for m in _NAME.finditer(p) if m.start() > 0)
    if len(topic) >= 2 and names:
        fill = {"person": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "name": names.most_common(1)[0][0],
                "topic": topic[0], "other": topic[1], "role": rng.choice(_ROLES)}
        cut = rng.randint(1, n - 1)
        text = _laid_out(host, rng.choice(_BACKGROUND).format(**fill))[0]
        cases.append(_case("control background on a new person", host,
                           [*host.paragraphs[:cut], text, *host.paragraphs[cut:]], None))
    return cases


ROUND20 = SplicedSet(SEED, host_class, is_host, is_donor, merges, controls)


if __name__ == "__main__":
    ROUND20.main(__doc__.split("\n\n")[0])
