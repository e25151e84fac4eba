"""WL601, round 27: shift phrases of every meaning, bare glued ledes, lone donor paragraphs, copy after a sign-off.

    python benchmarks/integrity_round27.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round27.py           # class 0: sealed, measured first and at the end

Written before any change of integrity27's work (issue 17), with a hash salt, seed and wordings of its own: none of
its shift phrases is a wording an earlier set or the outside evaluation's report used. Every host gets a donor of
its own section and one of another section (half of them one of the other corpus too). The other story is real
corpus text: the donor's lede sentence (or two), one of its later paragraphs, or its lede paragraph and more. The
finding is expected on the first character of the other story, its shift phrase included. Shapes:

* **shift phrase glued, host resumes**: a host paragraph cut after one of its sentences, a sentence-initial phrase
  that announces another story by its meaning (``_SHIFTS``: other news, unrelatedness, a separate matter, the wider
  world; the class is in the row's name), the donor's lede, then the rest of the host;
* **shift phrase opening a paragraph**: the same phrase before the donor's lede paragraph, between host paragraphs;
* **lede glued at a paragraph's end, no word** / **lede opening a paragraph, no word**: the donor's lede after the
  last sentence of a host paragraph, or before the first, the host resuming;
* **donor body paragraph mid-story**: one of the donor's later paragraphs between two host paragraphs;
* **after a sign-off**: the host whole, a sign-off in a form this set writes (``_SIGN_OFFS``: credits of editing,
  writing, additional reporting, with brackets or not), then the donor's lede paragraph and none to two more.

Controls (nothing expected): an on-topic connective (``_CONNECTIVES``: concession, likeness, contrast, addition)
before one of the host's own later paragraphs, or before one of its later sentences glued inside an earlier
paragraph; one of the host's own later paragraphs moved up; the host with a sign-off and nothing after it; the
untouched host; and the untouched articles of the class.

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, offset_of
from integrity_heldout3 import _laid_out, _sentences
from integrity_round15 import _JOINS
from integrity_round16 import _turned
from integrity_round19_islands import is_host
from integrity_round21 import is_donor
from integrity_round23 import _case, _lede, own_later, own_sentence_glued
from sealed_splices import SplicedSet, prose

SEED = 272727
CLASSES = 5
_SHIFTS = {
    "other news": ("In other headlines, ", "Among the day's other stories, ", "Also making news today, ",
                   "In further news, ", "In the rest of today's news, ", "Other news now: ", "In more news, ",
                   "Also in today's bulletin, ", "Elsewhere in the headlines, ", "Also on the news agenda, "),
    "unrelated": ("Unconnectedly, ", "In an unrelated development, ", "Unrelated to this, ",
                  "In unrelated developments, ", "Quite separately, ", "Separately from this, ",
                  "Having nothing to do with this, ", "In a wholly different development, ",
                  "Independently of this, ", "Unrelated to the above, "),
    "separate matter": ("On a different matter, ", "On a separate note, ", "On another matter entirely, ",
                        "In a separate item, ", "On a separate issue, ", "On another topic, ", "On other matters, ",
                        "In a distinct matter, ", "On a different subject altogether, ", "In another matter, "),
    "wider world": ("Elsewhere in the world, ", "Across the globe, ", "In world news, ", "In news from abroad, ",
                    "Further afield, ", "Around the globe, ", "In international news, ", "Far from here, ",
                    "Elsewhere on the globe, ", "In global news, "),
}
"""Phrases that announce another story, by the meaning they carry; wordings of this set's own."""
_CONNECTIVES = (
    "Even so, ", "Likewise, ", "Still, ", "Similarly, ", "By contrast, ", "Nonetheless, ", "In the same vein, ",
    "At the same time, ", "All the same, ", "In turn, ", "On top of that, ", "Equally, ", "Then again, ",
    "Conversely, ", "Even then, ", "In much the same way, ", "That said, ", "Despite that, ",
)
"""On-topic connectives: they tie what follows to what came before."""
_FIRST = ("Marisol", "Obinna", "Ingrid", "Radoslaw", "Tamsin", "Eoghan", "Keiko", "Florian", "Adaeze", "Lucian")
_LAST = ("Haverford", "Okonkwo", "Lindqvist", "Wisniewski", "Penhaligon", "Brannigan", "Takeda", "Oyelaran")
_CITIES = ("Lagos", "Gdansk", "Osaka", "Cork", "Porto", "Tbilisi", "Recife", "Tampere")
_SIGN_OFFS = (
    "(Editing by {a})", "(Editing by {a} and {b})", "Additional reporting by {a}; writing by {b}",
    "Additional reporting by {a} in {city}; writing by {b}; editing by {c}",
    "(Additional reporting by {a}; Writing by {b}; Editing by {c})", "Reporting by {a}; Editing by {b}",
    "(Reporting by {a} in {city}; Writing by {b}; Editing by {c})", "-- Reporting by {a}, editing by {b}",
    "(Compiled by {a}; Editing by {b})", "(Writing by {a}, editing by {b})", "Editing by {a}",
    "Additional reporting by {a} in {city}", "(Reporting by {a} and {b}; Editing by {c})",
    "Written by {a}; edited by {b}", "(Writing by {a}; additional reporting by {b})",
)
"""Sign-offs of wire desks, in the forms this set writes."""


def host_class(story: Story) -> int:
    key = f"round twenty-seven|{story.headline}|{' '.join(story.paragraphs[0].split()[:6])}"
    return zlib.crc32(key.encode()) % CLASSES


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _inside(rng: random.Random, host: Story, text: str, where: str) -> tuple[list[str], int] | None:
    """``text`` inside one of the host's middle paragraphs: after one of its sentences (``cut``), after its last
    (``end``) or before its first (``start``), the host going on after it; and where ``text`` starts."""
    n = len(host.paragraphs)
    least = 2 if where == "cut" else 1
    picks = [i for i in range(1, n - 1) if len(_sentences(host.paragraphs[i])) >= least and prose(host.paragraphs[i])]
    if not picks:
        return None
    index = rng.choice(picks)
    own = _sentences(host.paragraphs[index])
    cut = {"cut": rng.randint(1, max(1, len(own) - 1)), "end": len(own), "start": 0}[where]
    kept = " ".join(own[:cut])
    joined = " ".join(part for part in (kept, text, " ".join(own[cut:])) if part)
    laid, mark = _laid_out(host, joined, len(kept) + 1 if kept else 0)
    paragraphs = [*host.paragraphs[:index], laid, *host.paragraphs[index + 1 :]]
    return paragraphs, offset_of(host, paragraphs, index, mark)


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    cases: list[Case] = []
    n = len(host.paragraphs)
    lede = _lede(rng, donor)
    meaning = rng.choice(sorted(_SHIFTS))
    phrase = rng.choice(_SHIFTS[meaning])
    if lede:
        turned = _turned(phrase, lede, donor)
        built = _inside(rng, host, turned, "cut") if turned else None
        if built:
            cases.append(_case(f"merge shift phrase glued, host resumes: {meaning} ({tag})", host, *built, phrase))
        for kind, where in (("lede glued at a paragraph's end, no word", "end"),
                            ("lede opening a paragraph, no word", "start")):
            built = _inside(rng, host, lede, where)
            if built:
                cases.append(_case(f"merge {kind} ({tag})", host, *built))
    first = " ".join(donor.paragraphs[0].split())
    meaning = rng.choice(sorted(_SHIFTS))
    phrase = rng.choice(_SHIFTS[meaning])
    turned_first = _turned(phrase, first, donor)
    if turned_first and n >= 3:
        cut = rng.randint(1, n - 1)
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, turned_first)[0], *host.paragraphs[cut:]]
        cases.append(_case(f"merge shift phrase opening a paragraph: {meaning} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut), phrase))
    body = [p for p in donor.paragraphs[1:] if prose(p) and not _JOINS.match(p.lstrip() or "x")]
    if body and n >= 3:
        cut = rng.randint(1, n - 1)
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, rng.choice(body))[0], *host.paragraphs[cut:]]
        cases.append(_case(f"merge donor body paragraph mid-story ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut)))
    sign = rng.choice(_SIGN_OFFS).format(a=_person(rng), b=_person(rng), c=_person(rng), city=rng.choice(_CITIES))
    more = [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + rng.randint(0, 2)] if p.strip()]
    paragraphs = [*host.paragraphs, sign, _laid_out(host, first)[0], *more]
    cases.append(_case(f"merge after a sign-off ({tag})", host, paragraphs, offset_of(host, paragraphs, n + 1), sign))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = [_case("control untouched host", host, list(host.paragraphs), None)]
    if own := own_later(host):
        index = rng.choice(own)
        word = rng.choice(_CONNECTIVES)
        turned = _turned(word, " ".join(host.paragraphs[index].split()), host)
        if turned:
            paragraphs = list(host.paragraphs)
            paragraphs[index] = _laid_out(host, turned)[0]
            cases.append(_case("control on-topic connective before own paragraph", host, paragraphs, None, word))
        moved = list(host.paragraphs)
        paragraph = moved.pop(index)
        moved.insert(rng.randint(1, index - 1), paragraph)
        cases.append(_case("control own later paragraph moved up", host, moved, None))
    n = len(host.paragraphs)
    later = [(j, s) for j in range(2, n) for s in _sentences(host.paragraphs[j])
             if len(s.split()) >= 10 and not _JOINS.match(s)]
    if later and any(prose(host.paragraphs[i]) for i in range(1, n)):
        j, sentence = rng.choice(later)
        word = rng.choice(_CONNECTIVES)
        paragraphs = own_sentence_glued(rng, host, j, sentence, word)
        if paragraphs:
            cases.append(_case("control on-topic connective, own later sentence glued", host, paragraphs, None,
                               word))
    sign = rng.choice(_SIGN_OFFS).format(a=_person(rng), b=_person(rng), c=_person(rng), city=rng.choice(_CITIES))
    cases.append(_case("control sign-off, nothing after", host, [*host.paragraphs, sign], None, sign))
    return cases


ROUND27 = SplicedSet(SEED, host_class, is_host, is_donor, merges, controls)


if __name__ == "__main__":
    ROUND27.main(__doc__.split("\n\n")[0])
