"""WL601 on another story's lede glued into the host: a transition paragraph that the other story goes on from,
a lede run on inside a paragraph, and on wire copy next to a table (issue 17, integrity12).

    python benchmarks/integrity_glued17.py --dev 1     # a development class (1 to 4): choose on these
    python benchmarks/integrity_glued17.py             # class 0: measured first and at the end only

Written before any change of this round. Hosts are articles of 4 to 14 paragraphs (three of running text) in
one class of a hash salted apart from every earlier set, and Reuters results stories with a table of two rows
or more ("Shr 12 cts vs 10 cts"); half of the Reuters hosts open with their own dateline, as the wire files
them. Donors: the host's section, another section and, for half of the hosts, the other corpus. Wire copy is
wrapped at 65 columns, as the host lays it out. Shapes:

* **transition paragraph, other story to the end**: one of the host's paragraphs after the first is replaced
  by the donor's lede paragraph opening with a transition word, then one to three more of the donor's
  paragraphs, and nothing of the host after them;
* **transition paragraph, host resumes**: the same between two of the host's paragraphs, with one or two more
  of the donor's paragraphs, the host resuming after them;
* **lede run on**: the donor's first sentence or two glued to the last sentence of a host paragraph with no
  space: after a transition word, a wire donor's upper-case dateline, or neither; then either the donor's
  next paragraphs to the end, or the host resuming in its next paragraph;
* **lede inside a paragraph**: the same with a space, after a sentence in the middle of a host paragraph (the
  paragraph resuming after it) or after its last one;
* **lede inside a quotation**: the same, with or without a space, after a sentence of a host quotation that
  goes on after it (the quotation resuming);
* **lede glued to a table** (wire results stories): the donor's lede glued to a row of the host's table with no
  space, with a space, or on the row's next line with no indent (the same paragraph), with its dateline half of
  the time; the host's rows resuming, or the donor's next paragraphs to the end.

Transition words: "Separately, ", "In other news, ", "Elsewhere, ", "Meanwhile, ", and three no earlier set
used: "On a different note, ", "Turning to other matters, ", "Separately on Wednesday, ".

Controls (nothing expected): one of the host's own sentences (not a paragraph's first) after one of those words
inside its paragraph ("Meanwhile, the army said ..."); one of its own paragraphs (not the first) opening with
one; and the untouched articles of the class (``--all-untouched``: every article of both corpora).

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, offset_of
from integrity_heldout3 import _laid_out, _sentences
from integrity_round14 import _LEANS
from integrity_round15 import _JOINS, transition_controls
from integrity_round16 import _turned
from sealed_splices import SplicedSet, is_host, prose

SEED = 171717
CLASSES = 5
WORDS = ("Separately, ", "In other news, ", "Elsewhere, ", "Meanwhile, ", "On a different note, ",
         "Turning to other matters, ", "Separately on Wednesday, ")
_ROW = re.compile(r"^\s*[A-Z][A-Za-z./ ]{0,30}\s(?:profit\s|loss\s)?[\d.,]+\s.*\bvs\b", re.MULTILINE)
"""A row of a results table ("Shr 12 cts vs 10 cts", "Net 1,211,000 vs 1,428,000")."""


def host_class(story: Story) -> int:
    key = f"g17|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _rows(story: Story) -> list[int]:
    return [i for i, p in enumerate(story.paragraphs) if _ROW.match(p) and "\n" not in p.strip()]


def is_table(story: Story) -> bool:
    return story.corpus == "reuters" and len(_rows(story)) >= 2


def _host(story: Story) -> bool:
    return is_host(story) or is_table(story)


def _donor(story: Story) -> bool:
    """A story of three paragraphs or more whose first two are running text, written in mixed case (some wire
    stories of the corpus are all in lower case)."""
    first = story.paragraphs[0] if story.paragraphs else ""
    return (len(story.paragraphs) >= 3 and prose(first) and prose(story.paragraphs[1]) and first[:1].isupper()
            and first != first.lower())


def _dated(story: Story) -> Story:
    """Half of the Reuters hosts (by a hash of their own) open with their dateline, as the wire files them."""
    if story.corpus != "reuters" or not story.dateline.strip() or zlib.crc32(story.headline.encode()) % 2:
        return story
    return replace(story, paragraphs=[f"{story.dateline.strip()} {story.paragraphs[0]}", *story.paragraphs[1:]])


def _dateline(donor: Story) -> str:
    return donor.dateline.strip() + " " if donor.corpus == "reuters" and donor.dateline.strip() else ""


def _lede(rng: random.Random, donor: Story) -> tuple[str, list[str]] | None:
    """The donor's first sentence (or two), and its paragraphs after them (the rest of its lede paragraph
    first), or None when its lede leans back or cannot follow a transition word."""
    said = _sentences(donor.paragraphs[0])
    if not said or len(said[0].split()) < 8 or _LEANS.match(said[0]) or _JOINS.match(said[0]):
        return None
    take = min(len(said), rng.choice((1, 1, 2)))
    rest = " ".join(said[take:])
    return " ".join(said[:take]), ([rest] if rest else []) + donor.paragraphs[1:3]


def _opening(rng: random.Random, donor: Story, lede: str, words: bool = True) -> tuple[str, str]:
    """How the donor's lede is put: after a transition word, its dateline or neither; and which."""
    choice = rng.choice(("word", "word", "dateline", "none") if words else ("dateline", "none"))
    if choice == "dateline" and _dateline(donor):
        return _dateline(donor) + lede, "dateline"
    if choice == "word":
        turned = _turned(rng.choice(WORDS), lede, donor)
        if turned:
            return turned, "word"
    return lede, "none"


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, how: str) -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": how})


def _prose_merges(rng: random.Random, host: Story, donor: Story, tag: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    # a transition paragraph the other story goes on from
    turned = _turned(rng.choice(WORDS), " ".join(donor.paragraphs[0].split()), donor)
    if turned:
        more = [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + rng.randint(1, 3)]]
        cut = rng.randint(1, n - 1)
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, turned)[0], *more]
        cases.append(_case(f"merge transition paragraph, other story to the end ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut), "word"))
        more = [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + rng.randint(1, 2)]]
        cut = rng.randint(1, n - 1)
        paragraphs = [*host.paragraphs[:cut], _laid_out(host, turned)[0], *more, *host.paragraphs[cut:]]
        cases.append(_case(f"merge transition paragraph, host resumes ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut), "word"))
    found = _lede(rng, donor)
    if found is None:
        return cases
    lede, after = found
    running = [i for i in range(n) if prose(host.paragraphs[i])]
    # run on with no space after a paragraph's last sentence
    if running:
        index = rng.choice(running)
        text, how = _opening(rng, donor, lede)
        own = " ".join(host.paragraphs[index].split())
        if rng.random() < 0.5 or index == n - 1:
            glued, at = _laid_out(host, own + text, len(own))
            paragraphs = [*host.paragraphs[:index], glued, *(_laid_out(host, p)[0] for p in after)]
            where = "other story to the end"
        else:
            glued, at = _laid_out(host, own + text, len(own))
            paragraphs = [*host.paragraphs[:index], glued, *host.paragraphs[index + 1 :]]
            where = "host resumes"
        cases.append(_case(f"merge lede run on, {how}, {where} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, index, at), how))
    # with a space inside a paragraph: after a middle sentence, or after the last
    several = [i for i in running if len(_sentences(host.paragraphs[i])) >= 2]
    if several:
        index = rng.choice(several)
        said = _sentences(host.paragraphs[index])
        k = rng.randint(1, len(said))
        text, how = _opening(rng, donor, lede)
        own, rest = " ".join(said[:k]), " ".join(said[k:])
        glued, at = _laid_out(host, " ".join(part for part in (own, text, rest) if part), len(own) + 1)
        paragraphs = [*host.paragraphs[:index], glued, *host.paragraphs[index + 1 :]]
        where = "middle" if rest else "end"
        cases.append(_case(f"merge lede inside a paragraph, {where}, {how} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, index, at), how))
    # inside a quotation that goes on after it
    quoted = []
    for i in running:
        said = _sentences(host.paragraphs[i])
        for k in range(1, len(said)):
            before = " ".join(said[:k])
            if (before.count('"') % 2 == 1 and '"' in " ".join(said[k:])) or before.count("“") > before.count("”"):
                quoted.append((i, k))
    if quoted:
        index, k = rng.choice(quoted)
        said = _sentences(host.paragraphs[index])
        text, how = _opening(rng, donor, lede)
        own, rest = " ".join(said[:k]), " ".join(said[k:])
        space = rng.choice(("", " "))
        glued, at = _laid_out(host, f"{own}{space}{text} {rest}", len(own) + len(space))
        paragraphs = [*host.paragraphs[:index], glued, *host.paragraphs[index + 1 :]]
        spaced = "a space" if space else "no space"
        cases.append(_case(f"merge lede inside a quotation, {spaced}, {how} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, index, at), how))
    return cases


def _table_merges(rng: random.Random, host: Story, donor: Story, tag: str) -> list[Case]:
    found = _lede(rng, donor)
    if found is None:
        return []
    lede, after = found
    rows = _rows(host)
    index = rng.choice(rows)
    text, how = _opening(rng, donor, lede, words=rng.random() < 0.3)
    row = host.paragraphs[index].rstrip()
    join = rng.choice(("", " ", "\n"))
    if join == "\n":
        wrapped = _laid_out(host, text)[0]
        glued, at = f"{row}\n{wrapped}", len(row) + 1
    else:
        wrapped, at = _laid_out(host, f"{row}{join}{text}", len(row) + len(join))
        glued = wrapped
    joined = {"": "no space", " ": "a space", "\n": "next line"}[join]
    if rng.random() < 0.5 and index < len(host.paragraphs) - 1:
        paragraphs = [*host.paragraphs[:index], glued, *host.paragraphs[index + 1 :]]
        where = "host resumes"
    else:
        paragraphs = [*host.paragraphs[:index], glued, *(_laid_out(host, p)[0] for p in after)]
        where = "other story to the end"
    return [_case(f"merge lede glued to a table, {joined}, {where} ({tag})", host, paragraphs,
                  offset_of(host, paragraphs, index, at), how)]


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    host = _dated(host)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    cases = _table_merges(rng, host, donor, tag) if is_table(host) else []
    if is_host(host):
        cases += _prose_merges(rng, host, donor, tag)
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    host = _dated(host)
    if not is_host(host):
        return []
    return transition_controls(rng, host, WORDS, lambda transition, text: _turned(transition, text, host), "host")


GLUED17 = SplicedSet(SEED, host_class, _host, _donor, merges, controls)


if __name__ == "__main__":
    GLUED17.main(__doc__.split("\n\n")[0])
