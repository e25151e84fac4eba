"""WL601 on islands, second sealed set: another story's paragraphs in the middle of this one, this one resuming.

    python benchmarks/integrity_round19_islands.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round19_islands.py           # class 0: sealed, measured first and at the end

Written before any change of integrity18's work (issue 17), with templates and a hash salt of its own. Hosts
are web stories of 5 to 25 paragraphs and wire stories of 4 to 16, three of them running text; donors of the
host's section, of another section and (half of the hosts) of the other corpus. Wire copy is wrapped at 65
columns as the host lays it out and keeps its sign-off. The other story's material goes after the host's first
paragraph and before its last, at one of three places drawn for each case: right after the first paragraph,
anywhere in the middle, or just before the last. Shapes:

* **lone body paragraph**: one later paragraph of the donor that neither points back nor opens with a quotation;
* **lede paragraph**: the donor's lede as a paragraph of its own (a wire donor's dateline a quarter of the time);
* **lede and next**: the donor's lede and its second paragraph;
* **body paragraph pointing back**: a later paragraph of the donor that opens on a pronoun, a linking word or a
  thing called by its kind ("He added ...", "The company said ...", "But ...");
* **body paragraph, quotation first**: a later paragraph of the donor that opens with a quotation mark;
* **body paragraphs, two**: two neighbouring later paragraphs of the donor;
* **results table**: the rows of another company's results table ("Shr 34 cts vs 1.19 dlrs", "Net ... vs ...",
  three to six rows, each its own paragraph as the wire lays them out), bare, with no line naming the company.

Controls (nothing expected): an on-topic transition ("Meanwhile,", "At the same time,", "In a related move,",
"Elsewhere,", "Separately,") before one of the host's own later paragraphs; one of the host's own later
paragraphs that names a person the story has not named before, moved one place up; a background paragraph on a
new person written in the story's own words (templates of this set); a quotation on the story's subject by the
story's main name or an invented person; a results table of the story's own figures (wire hosts with figures);
and the untouched articles of the class (``--all-untouched``: every article of both corpora).

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, donor_opening, load, offset_of, with_transition
from integrity_heldout3 import _laid_out
from integrity_round18_islands import _NAME, _QUOTE, _donor, _topic_words, back_pattern
from sealed_splices import SplicedSet, prose

SEED = 191919
CLASSES = 5
ON_TOPIC = ("Meanwhile, ", "At the same time, ", "In a related move, ", "Elsewhere, ", "Separately, ")
_BACK = back_pattern(
    "He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|Still|Yet|"
    "In addition|Earlier|Later",
    "company|companies|bank|banks|group|firm|government|minister|ministry|"
    "agency|spokesman|spokeswoman|official|officials|report|move|plan|deal|court|party|union|team|club|man|"
    "woman|board|council|police|player|singer|band|film|show|game|offer|sale|statement|decision|chairman|"
    "president|side|star|actor|actress|proposal|measure|bill|talks|figures|rise|fall",
)
_ROW = re.compile(r"^[A-Z][A-Za-z./ ]{1,30}\s.*\bvs\.?\s+\S")
"""A row of a wire results table ("Shr 34 cts vs 1.19 dlrs", "Revs 291.8 mln vs 151.1 mln")."""
_FIGURE = re.compile(r"\b\d+(?:\.\d+)?(?= (?:mln|billion|pct))")
_FIRST = ("Agnieszka", "Bertrand", "Chiamaka", "Dmitri", "Esther", "Fergal", "Greta", "Hamid", "Ingrid", "Jonas")
_LAST = ("Abernethy", "Brzezinski", "Coutinho", "Delacroix", "Eriksen", "Fairbairn", "Gallardo", "Holloway")
_ORGS = ("the Redfern Group", "Ashgrove Consulting", "the Pellham Institute", "the Quarry Hill Society",
         "Tamsin Advisers", "the Lowther Centre")
_BACKGROUND = (
    "{person}, 52, a former {role} who now runs {org}, has followed the {topic} for years and expects the "
    "{other} to return to the agenda.",
    "Among those watching the {topic} closely is {person}, who spent two decades at {org} before the {other} "
    "became an issue.",
    "{person} joined {org} in 1998 and has since become one of the best-known voices on the {topic} and the "
    "{other}.",
    "{person}, whose work at {org} first drew attention to the {other}, is expected to give evidence on the "
    "{topic} later this year.",
)
_ROLES = ("teacher", "banker", "civil servant", "journalist", "engineer", "police officer")
_QUOTES = (
    "\"This {topic} is not the end of the matter, and the {other} will have to be looked at again,\" "
    "{person} of {org} said.",
    "\"People understand the {topic} better than they did,\" said {name}. \"The {other} is another question.\"",
    "\"If the {other} goes wrong, the {topic} goes wrong with it,\" {person}, who chairs {org}, warned.",
)


def host_class(story: Story) -> int:
    key = f"r19 islands|{' '.join(story.paragraphs[0].split()[:10])}|{story.headline}"
    return zlib.crc32(key.encode()) % CLASSES


def is_host(story: Story) -> bool:
    """A web story of 5 to 25 paragraphs or a wire story of 4 to 16, three of them running text."""
    low, high = (4, 16) if story.corpus == "reuters" else (5, 25)
    return low <= len(story.paragraphs) <= high and sum(prose(p) for p in story.paragraphs) >= 3


def _rows(story: Story) -> list[int]:
    """The indexes of the longest run of results-table rows of a story."""
    best: list[int] = []
    run: list[int] = []
    for index, paragraph in enumerate(story.paragraphs):
        if _ROW.match(paragraph) and len(paragraph.split()) <= 12 and "\n" not in paragraph:
            run.append(index)
            best = max(best, run, key=len)
        else:
            run = []
    return best


@cache
def _tables() -> tuple[Story, ...]:
    """Wire stories with a results table of three rows or more: the donors of the table shape."""
    return tuple(s for s in load("reuters-21578-1987.jsonl") if len(_rows(s)) >= 3)


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, place: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"place": place})


def _cut(rng: random.Random, n: int) -> tuple[int, str]:
    """Where to put the other story's material: after the first paragraph, in the middle, or before the last."""
    place = rng.choice(("second", "middle", "penultimate"))
    if place == "second" or n <= 3:
        return 1, place
    if place == "penultimate":
        return n - 1, place
    return rng.randint(2, n - 2), place


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"

    def insert(kind: str, texts: list[str], laid: bool = True) -> None:
        cut, place = _cut(rng, n)
        texts = [_laid_out(host, text)[0] for text in texts] if laid else texts
        paragraphs = [*host.paragraphs[:cut], *texts, *host.paragraphs[cut:]]
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), place))

    later = [i for i in range(2, len(donor.paragraphs)) if prose(donor.paragraphs[i])]
    plain = [i for i in later if not _BACK.match(donor.paragraphs[i]) and not _QUOTE.match(donor.paragraphs[i])]
    if plain:
        insert("lone body paragraph", [donor.paragraphs[rng.choice(plain)]])
    lede = donor_opening(rng, donor, 2, rng.random() < 0.25)
    insert("lede paragraph", lede[:1])
    if prose(donor.paragraphs[1]):
        insert("lede and next", lede[:2])
    back = [i for i in range(1, len(donor.paragraphs)) if prose(donor.paragraphs[i])
            and _BACK.match(donor.paragraphs[i])]
    if back:
        insert("body paragraph pointing back", [donor.paragraphs[rng.choice(back)]])
    quoted = [i for i in range(1, len(donor.paragraphs)) if prose(donor.paragraphs[i])
              and _QUOTE.match(donor.paragraphs[i])]
    if quoted:
        insert("body paragraph, quotation first", [donor.paragraphs[rng.choice(quoted)]])
    pairs = [i for i in later if i + 1 in later]
    if pairs:
        first = rng.choice(pairs)
        insert("body paragraphs, two", donor.paragraphs[first : first + 2])
    if relation != "other corpus" and host.corpus == "reuters" and not _rows(host):
        table = rng.choice([s for s in _tables() if s.headline != host.headline])
        rows = _rows(table)
        take = rng.randint(3, min(6, len(rows)))
        start = rng.randint(rows[0], rows[-1] - take + 1)
        insert("results table", table.paragraphs[start : start + take], laid=False)
    return cases


def _own_table(rng: random.Random, host: Story) -> list[str] | None:
    """Rows of a results table made of the story's own figures (its "mln" and "pct" numbers), or None."""
    figures = [float(f) for p in host.paragraphs for f in _FIGURE.findall(p)]
    if len(figures) < 2:
        return None
    rows = []
    for label, figure in zip(("Net", "Revs", "Oper net"), figures[:3], strict=False):
        prior = figure * rng.uniform(0.7, 1.2)
        rows.append(f"{label} {figure:g} mln vs {prior:.1f} mln")
    rows.insert(0, f"Shr {rng.randint(5, 95)} cts vs {rng.randint(5, 95)} cts")
    return rows


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    later = [i for i in range(1, n) if prose(host.paragraphs[i])]
    if later:
        index = rng.choice(later)
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _laid_out(host, with_transition(rng.choice(ON_TOPIC), paragraphs[index]))[0]
        cases.append(_case("control on-topic transition", host, paragraphs, None))
    seen = " ".join(host.paragraphs[:2]) + " " + host.headline
    newcomers = [i for i in range(2, n) if prose(host.paragraphs[i])
                 and any(m.group() not in seen for m in _NAME.finditer(host.paragraphs[i]) if m.start() > 0)]
    if newcomers:
        index = rng.choice(newcomers)
        paragraphs = list(host.paragraphs)
        paragraphs.insert(index - 1, paragraphs.pop(index))
        cases.append(_case("control own paragraph on a new person, moved up", host, paragraphs, None))
    words = _topic_words(host)
    names = Counter(m.group() for p in host.paragraphs for m in _NAME.finditer(p) if m.start() > 0)
    if len(words) >= 2:
        person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        org = rng.choice(_ORGS)
        fill = {"person": person, "org": org, "topic": words[0], "other": words[1], "role": rng.choice(_ROLES),
                "name": names.most_common(1)[0][0] if names else person}
        cut, place = _cut(rng, n)
        text = _laid_out(host, rng.choice(_BACKGROUND).format(**fill))[0]
        cases.append(_case("control background on a new person", host,
                           [*host.paragraphs[:cut], text, *host.paragraphs[cut:]], None, place))
        cut, place = _cut(rng, n)
        text = _laid_out(host, rng.choice(_QUOTES).format(**fill))[0]
        cases.append(_case("control quotation on the story's subject", host,
                           [*host.paragraphs[:cut], text, *host.paragraphs[cut:]], None, place))
    table = _own_table(rng, host) if host.corpus == "reuters" else None
    if table:
        cut, place = _cut(rng, n)
        cases.append(_case("control results table of the story's own figures", host,
                           [*host.paragraphs[:cut], *table, *host.paragraphs[cut:]], None, place))
    return cases


ROUND19 = SplicedSet(SEED, host_class, is_host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND19.main(__doc__.split("\n\n")[0])
