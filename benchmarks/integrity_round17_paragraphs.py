"""WL601 on paragraphs of another story inserted in the middle or near the end of this one (issue 17, round 17).

    python benchmarks/integrity_round17_paragraphs.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round17_paragraphs.py           # class 0: held out, measured first and at the end

Written before any change of round 17 (integrity11's part: paragraph-level insertions). Hosts are articles of 4
to 14 paragraphs in one class of a hash salted apart from every earlier set; donors of the host's section, of
another section and (half of the hosts) of the other corpus, drawn with this set's own seed. Wire copy is
wrapped at 65 columns, as the host lays it out, and keeps its sign-off. No transition word anywhere: the
paragraph is pasted as it stood in the donor. Shapes:

* **body paragraph, middle**: one paragraph of the donor that is not its lede and does not point back, between
  two of the host's, never before the host's second paragraph nor after its last but one;
* **body paragraph, near the end**: the same just before the host's last paragraph or the one before it;
* **body paragraph pointing back**: one of the donor's later paragraphs that opens by pointing back ("He said
  ...", "The company added ...", "It was ...", "But ..."), anywhere between two of the host's paragraphs; split
  by whether a capitalised word of it (not its first) occurs in the host ("names new": none does);
* **lede penultimate**: the donor's lede paragraph just before the host's last (a wire donor's dateline half of
  the time).

Controls (nothing expected): one of the host's own later paragraphs moved to the middle of the story; a
background paragraph in the story's own words (its three most used content words, inflected otherwise: "talks"
for "talk", "bridges" for "bridge") that brings in a new, invented person and place, anywhere in the body, naming
the host's most used name half of the time; and the untouched articles (``--all-untouched``: every article of
both corpora).

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

from eval_integrity import Case, Story, donor_opening, offset_of
from integrity_heldout3 import _laid_out
from sealed_splices import STOP, SplicedSet, is_host, prose

SEED = 171717
CLASSES = 5
_BACK = re.compile(
    r"^(?:He|She|It|They|We|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|Such|There|"
    r"The (?:company|bank|group|firm|government|minister|ministry|agency|spokesman|official|report|move|"
    r"plan|deal|court|party|union|team|club|club's|company's|bank's|group's|man|woman))\b"
)
_LEADS = re.compile(r"^[\"“‘'(]")
_CAPITAL = re.compile(r"(?<=\s)[A-Z][a-z]{2,}\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_WORD = re.compile(r"\b[a-z]{5,}\b")
_FIRST = ("Agnes", "Bruno", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hamish", "Imke", "Jonas")
_LAST = ("Abernethy", "Bellucci", "Castellanos", "Drummond", "Engstrom", "Ferreira", "Gallagher", "Hoekstra")
_PLACES = ("Wexley", "Port Amara", "Castleford Green", "Linden Vale", "Marrowby", "Oakhollow")
_ROLES = ("who chairs a residents' association in", "a trader based in", "who runs a small business in",
          "a former official in", "who has lived for years in")
_BACKGROUND = (
    "{person}, {role} {place}, said {topic} and {other} had been talked about there for months, and that {third} "
    "mattered more to local people than {name} admitted.",
    "In {place}, {person} has followed the news about {topic} closely. {surname} said {other} and {third} would "
    "decide how people there saw {name}.",
    "{person}, {role} {place}, recalled that {topic} had raised the same questions about {other} and {third} "
    "before, and said little had changed for {name} since.",
)


def host_class(story: Story) -> int:
    key = f"r17p|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and prose(story.paragraphs[0])


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None) -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": ""})


def _names_new(host: Story, text: str) -> bool:
    """Whether no capitalised word of ``text`` but its first occurs anywhere in the host."""
    body = host.headline + " " + " ".join(host.paragraphs)
    later = _CAPITAL.findall(" " + text.split(" ", 1)[-1])
    return not any(re.search(rf"\b{re.escape(word)}\b", body) for word in later)


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"

    def insert(kind: str, text: str, cut: int) -> None:
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, text)[0], *host.paragraphs[cut:]]
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut)))

    later = [i for i in range(1, len(donor.paragraphs)) if prose(donor.paragraphs[i])]
    plain = [i for i in later if not _BACK.match(donor.paragraphs[i]) and not _LEADS.match(donor.paragraphs[i])]
    back = [i for i in later if _BACK.match(donor.paragraphs[i])]
    if plain and n >= 4:
        insert("body paragraph, middle", donor.paragraphs[rng.choice(plain)], rng.randint(2, n - 2))
    if plain:
        insert("body paragraph, near the end", donor.paragraphs[rng.choice(plain)], rng.choice((n - 1, n - 2)))
    if back:
        text = donor.paragraphs[rng.choice(back)]
        names = "names new" if _names_new(host, text) else "a name met"
        insert(f"body paragraph pointing back, {names}", text, rng.randint(1, n - 1))
    opening = donor_opening(rng, donor, 1, rng.random() < 0.5)[0]
    insert("lede penultimate", opening, n - 1)
    return cases


def _inflected(word: str) -> str:
    """The word in another inflection, as a writer would vary it: a plural for a singular and back."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "ss", "x")) else "s")


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    movable = [i for i in range(2, n) if prose(host.paragraphs[i])]
    if movable and n >= 4:
        q = rng.choice(movable)
        paragraphs = list(host.paragraphs)
        moved = paragraphs.pop(q)
        paragraphs.insert(rng.choice([i for i in range(1, n - 1) if i != q]), moved)
        cases.append(_case("control own paragraph moved", host, paragraphs, None))
    words = Counter(
        w for para in host.paragraphs for w in _WORD.findall(para)
        if w not in STOP and not w.endswith(("ed", "ly", "ing"))
    )
    names = Counter(m.group() for para in host.paragraphs for m in _NAME.finditer(para) if m.start() > 0)
    names = Counter({k: v for k, v in names.items() if len(k) > 3})
    if len(words) >= 3:
        topic, other, third = (_inflected(w) for w, _ in words.most_common(3))
        surname = rng.choice(_LAST)
        # the host's most used name half of the time; else only the story's words tie the paragraph to it
        name = names.most_common(1)[0][0] if names and rng.random() < 0.5 else "officials"
        text = rng.choice(_BACKGROUND).format(
            person=f"{rng.choice(_FIRST)} {surname}", surname=surname, role=rng.choice(_ROLES),
            place=rng.choice(_PLACES), topic=topic, other=other, third=third, name=name,
        )
        cut = rng.randint(1, n)
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, text)[0], *host.paragraphs[cut:]]
        kind = "a name of the story" if name != "officials" else "only its words"
        cases.append(_case(f"control background on a new person or place, {kind}", host, paragraphs, None))
    return cases


ROUND17 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND17.main(__doc__.split("\n\n")[0])
