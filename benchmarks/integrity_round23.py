"""WL601, round 23: real donor ledes glued inside or at the start of host paragraphs, islands, datelines, sign-offs.

    python benchmarks/integrity_round23.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round23.py           # class 0: sealed, measured first and at the end

Written before any change of integrity25's work (issue 17), with a hash salt, seed and wordings of its own.
Every host gets a donor of its own section and one of another section (half of them one of the other corpus
too), so the same-section rows read apart. The other story is real corpus text: the donor's lede sentence (or
two), one of its later paragraphs, or its lede paragraph. Shapes (the finding is expected on the first
character of the other story, its shift word or dateline included):

* **glued after a shift word, host resumes**: a host paragraph of two sentences or more, cut after one of its
  sentences, then a sentence-initial adverbial this set writes (a verb of turning with a noun of attention, a
  word of unrelatedness with a noun of news, "on the <donor word> front", a place word of home or abroad: see
  ``_SHIFTS``) before the donor's lede, then the rest of the host paragraph and its next paragraphs;
* **glued, no word, host resumes**: the same with no word;
* **lede opening a host paragraph**: the donor's lede sentence, then the host paragraph's own text after a
  space, the host resuming;
* **island lede paragraph** / **island after a shift word** / **island body paragraph**: the donor's lede
  paragraph (bare or after a shift word) or one of its later paragraphs (a quotation allowed) between two host
  paragraphs;
* **dateline lede**: the donor's lede paragraph under a dateline in a form of this set (``_DATELINES``), with
  none or one more donor paragraph, between host paragraphs or to the end;
* **after a sign-off**: the host whole, an end mark or reporters' line in a form of this set (``_SIGN_OFFS``),
  then the donor's lede and none or one more paragraph.

Controls (nothing expected): the same shift shapes said of the host's own subject before one of its own
paragraphs or one of its own later sentences glued inside an earlier paragraph; a background paragraph or
sentence about a new person of this set's making, tied to the host by its topic words; the untouched host; and
the untouched articles of the class.

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
from integrity_round18_islands import _topic_words
from integrity_round19_islands import is_host
from integrity_round21 import is_donor
from sealed_splices import SplicedSet, prose

SEED = 232323
CLASSES = 5
_SHIFTS = (
    "Shifting attention to {donor}, ", "Turning our focus elsewhere, ", "Moving to another subject, ",
    "In a separate matter, ", "In unconnected news, ", "In a different story, ", "On an unrelated matter, ",
    "On the {donor} front, ", "Overseas, ", "Back home, ", "Nearer home, ", "Further away, ",
    "Away from the {host}, ", "In business news, ", "In sport, ", "Internationally, ", "Abroad, ",
)
"""Shift words this set writes for another story (none of them a wording an earlier set used)."""
_ON_TOPIC = (
    "Meanwhile, ", "Elsewhere in {place}, ", "On the {host} front, ", "Turning to the {host}, ",
    "Back in {place}, ", "At home, ", "In a related development, ", "Shifting attention to the {host}, ",
    "Also on {day}, ",
)
"""The same shapes said of the host's own subject, as real copy does."""
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_CITIES = ("OSLO", "NAIROBI", "LIMA", "HELSINKI", "ACCRA", "MANILA", "VALLETTA", "QUITO")
_MONTHS = ("Jan", "Feb", "March", "April", "June", "Sept", "Oct", "Nov")
_DATELINES = (
    "{CITY}, {mon} {d} ({agency}) - ", "{CITY} ({agency}) -- ", "{City}, {d} {month}: ", "{CITY}, {mon} {d} -- ",
    "{City} ({agency}) — ",
)
_AGENCIES = ("AP", "AFP", "PA", "dpa", "UPI")
_SIGN_OFFS = (
    "-- ENDS --", "(ends)", "###", "-30-", "END OF STORY", "(Reporting by {name}; Editing by {other})",
    "(Writing by {name})", "ENDS",
)
_FIRST = ("Wilhelmina", "Chidi", "Anouk", "Piotr", "Beatrix", "Cormac", "Leilani", "Ignatius", "Zofia", "Thaddeus")
_LAST = ("Ashdown", "Nwachukwu", "Verhoeven", "Sokolowski", "Trelawney", "Mulcahy", "Kalani", "Brackenridge")
_ROLES = ("a former magistrate", "a retired surveyor", "a trade union official", "a local historian",
          "a family doctor", "a university lecturer", "a former civil servant")
_NEW_PERSON = (
    "{person}, {role}, has spent much of the past decade on the {topic}, and says the {other} is now the "
    "question everyone asks.",
    "One of those most affected is {person}, {role}, who says the {topic} left little room to plan for the {other}.",
    "{person}, {role}, first raised concerns about the {topic} two years ago, long before the {other} came up.",
    "Before the {topic}, {person} had worked as {role}; she now spends her time on the {other}.",
)


def host_class(story: Story) -> int:
    key = f"round twenty-three|{story.headline}|{' '.join(story.paragraphs[0].split()[:5])}"
    return zlib.crc32(key.encode()) % CLASSES


def _place(story: Story) -> str | None:
    """A name the story writes after "in": a place of its own."""
    places = Counter(re.findall(r"\bin ([A-Z][a-z]{3,})\b", " ".join(story.paragraphs)))
    return places.most_common(1)[0][0] if places else None


def _word(rng: random.Random, table: tuple[str, ...], host: Story, donor: Story) -> str:
    host_words, donor_words = _topic_words(host) or ["talks"], _topic_words(donor) or ["economy"]
    place = _place(host)
    options = [w for w in table if "{place}" not in w or place]
    return rng.choice(options).format(donor=rng.choice(donor_words[:3]), host=rng.choice(host_words[:3]),
                                      day=rng.choice(_DAYS), place=place)


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, how: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": how})


def _lede(rng: random.Random, donor: Story) -> str | None:
    said = _sentences(donor.paragraphs[0])
    if not said or len(said[0].split()) < 8 or _JOINS.match(said[0]):
        return None
    return " ".join(said[: rng.choice((1, 1, 2))])


def _glued(rng: random.Random, host: Story, text: str, at_start: bool) -> tuple[list[str], int] | None:
    """``text`` inside one of the host's middle paragraphs (after one of its sentences, or before all of them),
    the rest of that paragraph and the host's next paragraphs after it; and where ``text`` starts."""
    n = len(host.paragraphs)
    least = 1 if at_start else 2
    picks = [i for i in range(1, n - 1) if len(_sentences(host.paragraphs[i])) >= least and prose(host.paragraphs[i])]
    if not picks:
        return None
    index = rng.choice(picks)
    own = _sentences(host.paragraphs[index])
    cut = 0 if at_start else rng.randint(1, len(own) - 1)
    kept = " ".join(own[:cut])
    joined = " ".join(part for part in (kept, text, " ".join(own[cut:])) if part)
    laid, mark = _laid_out(host, joined, len(kept) + 1 if kept else 0)
    paragraphs = [*host.paragraphs[:index], laid, *host.paragraphs[index + 1 :]]
    return paragraphs, offset_of(host, paragraphs, index, mark)


def _dateline(rng: random.Random) -> str:
    city = rng.choice(_CITIES)
    return rng.choice(_DATELINES).format(CITY=city, City=city.title(), mon=rng.choice(_MONTHS), d=rng.randint(1, 28),
                                         month=rng.choice(("March", "June", "October")),
                                         agency=rng.choice(_AGENCIES))


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    cases: list[Case] = []
    n = len(host.paragraphs)
    lede = _lede(rng, donor)
    if lede:
        word = _word(rng, _SHIFTS, host, donor)
        turned = _turned(word, lede, donor)
        for kind, text, at_start in (("glued after a shift word, host resumes", turned, False),
                                     ("glued, no word, host resumes", lede, False),
                                     ("lede opening a host paragraph", lede, True)):
            built = _glued(rng, host, text, at_start) if text else None
            if built:
                cases.append(_case(f"merge {kind} ({tag})", host, built[0], built[1], word if text is turned else ""))
    first = " ".join(donor.paragraphs[0].split())
    body = [p for p in donor.paragraphs[1:] if prose(p) and not _JOINS.match(p.lstrip().lstrip("\"“") or "x")]
    word = _word(rng, _SHIFTS, host, donor)
    turned_first = _turned(word, first, donor)
    islands = [("island lede paragraph", first, ""), ("island after a shift word", turned_first, word),
               ("island body paragraph", rng.choice(body) if body else None, "")]
    for kind, text, how in islands:
        if text and n >= 3:
            cut = rng.randint(1, n - 1)
            paragraphs = [*host.paragraphs[:cut], _laid_out(host, text)[0], *host.paragraphs[cut:]]
            cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), how))
    more = [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + rng.randint(0, 1)] if p.strip()]
    dated = _dateline(rng)
    cut = rng.randint(2, n)
    rest = host.paragraphs[cut:] if rng.random() < 0.5 else []
    paragraphs = [*host.paragraphs[:cut], _laid_out(host, dated + first)[0], *more, *rest]
    where = "host resumes" if rest else "to the end"
    cases.append(_case(f"merge dateline lede, {where} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut),
                       dated))
    mark = rng.choice(_SIGN_OFFS).format(name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                                         other=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}")
    paragraphs = [*host.paragraphs, mark, _laid_out(host, first)[0], *more]
    cases.append(_case(f"merge after a sign-off ({tag})", host, paragraphs, offset_of(host, paragraphs, n + 1), mark))
    return cases


def own_later(host: Story) -> list[int]:
    """The host's paragraphs after its first two that are running text and open on no joining word."""
    return [i for i in range(2, len(host.paragraphs))
            if prose(host.paragraphs[i]) and not _JOINS.match(host.paragraphs[i].lstrip())]


def own_sentence_glued(rng: random.Random, host: Story, j: int, sentence: str, word: str) -> list[str] | None:
    """The host with its own later ``sentence`` (of paragraph ``j``), after ``word``, glued to the end of an earlier
    paragraph and taken out of its own; None when no earlier paragraph is running text or no word goes before it."""
    turned = _turned(word, sentence, host)
    earlier = [i for i in range(1, j) if prose(host.paragraphs[i])]
    if not (turned and earlier):
        return None
    i = rng.choice(earlier)
    paragraphs = list(host.paragraphs)
    paragraphs[i] = _laid_out(host, f"{' '.join(paragraphs[i].split())} {turned}")[0]
    rest = " ".join(s for s in _sentences(host.paragraphs[j]) if s != sentence)
    if rest:
        paragraphs[j] = _laid_out(host, rest)[0]
    else:
        del paragraphs[j]
    return paragraphs


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = [_case("control untouched host", host, list(host.paragraphs), None)]
    n = len(host.paragraphs)
    own = own_later(host)
    if own:
        index = rng.choice(own)
        word = _word(rng, _ON_TOPIC, host, host)
        turned = _turned(word, " ".join(host.paragraphs[index].split()), host)
        if turned:
            paragraphs = list(host.paragraphs)
            paragraphs[index] = _laid_out(host, turned)[0]
            cases.append(_case("control on-topic shift word before own paragraph", host, paragraphs, None, word))
    later = [(j, s) for j in range(2, n) for s in _sentences(host.paragraphs[j])
             if len(s.split()) >= 10 and not _JOINS.match(s)]
    if later:
        j, sentence = rng.choice(later)
        word = _word(rng, _ON_TOPIC, host, host)
        paragraphs = own_sentence_glued(rng, host, j, sentence, word)
        if paragraphs:
            cases.append(_case("control on-topic shift word, own later sentence glued", host, paragraphs, None,
                               word))
    topic = _topic_words(host)
    if len(topic) >= 2:
        text = rng.choice(_NEW_PERSON).format(person=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                                              role=rng.choice(_ROLES), topic=topic[0], other=topic[1])
        cut = rng.randint(1, n - 1)
        cases.append(_case("control new person, a paragraph", host,
                           [*host.paragraphs[:cut], _laid_out(host, text)[0], *host.paragraphs[cut:]], None))
        built = _glued(rng, host, text, False)
        if built:
            cases.append(_case("control new person, glued in a paragraph", host, built[0], None))
    return cases


ROUND23 = SplicedSet(SEED, host_class, is_host, is_donor, merges, controls)


if __name__ == "__main__":
    ROUND23.main(__doc__.split("\n\n")[0])
