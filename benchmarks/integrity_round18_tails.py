"""WL601 on takeovers and tails: another story that runs on to the end of the file (issue 17, round 18,
integrity15).

    python benchmarks/integrity_round18_tails.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round18_tails.py           # class 0: sealed, measured first and at the end only

Written before any change of this round. Hosts are articles of 4 to 14 paragraphs (three of running text) in one
class of a hash salted apart from every earlier set, and Reuters results stories (a table of two rows or more);
half of the Reuters hosts open with their own dateline, as the wire files them. Donors: the host's section,
another section and, for half of the hosts, the other corpus. Wire copy is wrapped at 65 columns, as the host
lays it out, and keeps its sign-off after the last paragraph. Shapes (the finding is expected on the first
sentence of the other story):

* **takeover**: the host cut after one of its paragraphs (its second or later) and the donor's lede paragraph
  and none to two more of its paragraphs to the end; the lede plain, after a transition word ("Meanwhile, ",
  "Separately, ", "In other news, " and words no earlier set used: "In a separate story, ", "On another matter,
  ", "Also on Friday, "), or with a wire donor's dateline;
* **takeover glued**: the same glued to the last sentence of the host's paragraph, with no space or a space,
  after a transition word or none;
* **appended**: the host whole, then the donor's lede and none to two more paragraphs (plain, a transition word
  or a dateline);
* **wire: a results table of another company**: the donor's table rows ("Shr 14 cts vs nine cts") after a prose
  host, bare or after the donor's dateline; and (measured, not this round's) the same inserted between two of the
  host's paragraphs;
* **wire: a story after a results table**: a results host, then the donor's lede and next paragraphs, plain or
  with its dateline.

Controls (nothing expected): one of the host's own later paragraphs moved to the end after a transition word that
stays on the story ("Meanwhile, ", "Separately, ", "At the same time, ", "Also on Friday, "); one of its own later
paragraphs kept in place after such a word; its last paragraph moved up so that another of its own ends the story;
for a wire host with a ticker, the results table of the same company, or a paragraph of another story about the
same company, appended (a story that legitimately ends on its own table or a related second item); and the
untouched articles of the class (``--all-untouched``: every article of both corpora).

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import functools
import random
import re
import sys
import zlib
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, load, offset_of
from integrity_heldout3 import _laid_out, _sentences
from integrity_round15 import _JOINS
from integrity_round16 import _turned
from sealed_splices import SplicedSet, is_host, prose

SEED = 181818
CLASSES = 5
WORDS = ("Meanwhile, ", "Separately, ", "In other news, ", "In a separate story, ", "On another matter, ",
         "Also on Friday, ")
ON_TOPIC = ("Meanwhile, ", "Separately, ", "At the same time, ", "Also on Friday, ")
_ROW = re.compile(r"^\s*[A-Z][A-Za-z./ ]{0,30}\s(?:profit\s|loss\s)?[\d.,]+\s.*\bvs\b")
"""A row of a results table ("Shr 12 cts vs 10 cts", "Net 1,211,000 vs 1,428,000")."""
_TICKER = re.compile(r"<([A-Z][A-Z.]*)>")


def host_class(story: Story) -> int:
    key = f"r18tails|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _is_row(paragraph: str) -> bool:
    return bool(_ROW.match(paragraph)) and "\n" not in paragraph.strip()


def table(story: Story) -> list[str]:
    """The first run of table rows of a Reuters story (two or more), or nothing."""
    rows: list[str] = []
    for paragraph in story.paragraphs:
        if _is_row(paragraph):
            rows.append(paragraph.strip())
        elif rows:
            break
    return rows if story.corpus == "reuters" and len(rows) >= 2 else []


def _host(story: Story) -> bool:
    return is_host(story) or bool(table(story) and table(story)[0] == story.paragraphs[0].strip())


def _donor(story: Story) -> bool:
    first = story.paragraphs[0] if story.paragraphs else ""
    return (len(story.paragraphs) >= 2 and prose(first) and first[:1].isupper() and first != first.lower()) or bool(
        table(story)
    )


def _dated(story: Story) -> Story:
    if story.corpus != "reuters" or not story.dateline.strip() or zlib.crc32(story.headline.encode()) % 2:
        return story
    return replace(story, paragraphs=[f"{story.dateline.strip()} {story.paragraphs[0]}", *story.paragraphs[1:]])


def _dateline(donor: Story) -> str:
    return " ".join(donor.dateline.split()) + " " if donor.corpus == "reuters" and donor.dateline.strip() else ""


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, how: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": how})


def _opened(rng: random.Random, host: Story, donor: Story) -> tuple[list[str], str] | None:
    """The donor's lede paragraph and none to two more, laid out as the host lays out paragraphs, the lede plain,
    after a transition word or (wire donors) after its dateline; and how it opens."""
    lede = " ".join(donor.paragraphs[0].split())
    if _JOINS.match(lede) or not prose(donor.paragraphs[0]):
        return None
    how = rng.choice(("none", "word", "word", "dateline"))
    if how == "dateline" and _dateline(donor):
        lede = _dateline(donor) + lede
    elif how == "word":
        lede = _turned(rng.choice(WORDS), lede, donor) or lede
    else:
        how = "none"
    more = [p for p in donor.paragraphs[1 : 1 + rng.randint(0, 2)] if p.strip()]
    return [_laid_out(host, p)[0] for p in (lede, *more)], how


def _prose_merges(rng: random.Random, host: Story, donor: Story, tag: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    if not prose(donor.paragraphs[0]):
        return cases
    opened = _opened(rng, host, donor)
    if opened and n >= 3:
        other, how = opened
        cut = rng.randint(2, n - 1)
        paragraphs = [*host.paragraphs[:cut], *other]
        cases.append(_case(f"merge takeover, {how} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), how))
    said = _sentences(donor.paragraphs[0])
    running = [i for i in range(1, n - 1) if prose(host.paragraphs[i])]
    if said and len(said[0].split()) >= 8 and not _JOINS.match(said[0]) and running:
        index = rng.choice(running)
        how = rng.choice(("word", "word", "none"))
        lede = " ".join(said)
        if how == "word":
            lede = _turned(rng.choice(WORDS), lede, donor) or lede
        space = rng.choice(("", " "))
        own = " ".join(host.paragraphs[index].split())
        glued, at = _laid_out(host, own + space + lede, len(own) + len(space))
        more = [_laid_out(host, p)[0] for p in donor.paragraphs[1 : 1 + rng.randint(0, 2)] if p.strip()]
        paragraphs = [*host.paragraphs[:index], glued, *more]
        spaced = "a space" if space else "no space"
        cases.append(_case(f"merge takeover glued, {spaced}, {how} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, index, at), how))
    opened = _opened(rng, host, donor)
    if opened:
        other, how = opened
        paragraphs = [*host.paragraphs, *other]
        cases.append(_case(f"merge appended, {how} ({tag})", host, paragraphs, offset_of(host, paragraphs, n), how))
    return cases


def _table_merges(rng: random.Random, host: Story, donor: Story, tag: str) -> list[Case]:
    """A donor's results table after (or inside) a prose wire host, or a donor's story after a results host."""
    cases: list[Case] = []
    n = len(host.paragraphs)
    rows = table(donor)
    if rows and is_host(host) and not table(host):
        dated = rng.random() < 0.5 and bool(_dateline(donor))
        first = (_dateline(donor) + rows[0]) if dated else rows[0]
        block = [first, *rows[1:]]
        paragraphs = [*host.paragraphs, *block]
        how = "dateline" if dated else "none"
        cases.append(_case(f"merge wire: results table appended, {how} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, n), how))
        cut = rng.randint(2, n - 1)
        paragraphs = [*host.paragraphs[:cut], *block, *host.paragraphs[cut:]]
        cases.append(_case(f"merge wire: results table inserted, {how} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, cut), how))
    if table(host) and prose(donor.paragraphs[0]) and not _JOINS.match(donor.paragraphs[0]):
        dated = rng.random() < 0.5 and bool(_dateline(donor))
        lede = " ".join(donor.paragraphs[0].split())
        other = [_dateline(donor) + lede if dated else lede, *donor.paragraphs[1 : 1 + rng.randint(0, 2)]]
        paragraphs = [*host.paragraphs, *(_laid_out(host, p)[0] for p in other)]
        how = "dateline" if dated else "none"
        cases.append(_case(f"merge wire: story after a results table, {how} ({tag})", host, paragraphs,
                           offset_of(host, paragraphs, n), how))
    return cases


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    host = _dated(host)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    cases = []
    if is_host(host) and donor.paragraphs and prose(donor.paragraphs[0]):
        cases += _prose_merges(rng, host, donor, tag)
    if host.corpus == "reuters" and donor.corpus == "reuters":
        cases += _table_merges(rng, host, donor, tag)
    return cases


@functools.cache
def _by_ticker() -> dict[str, list[Story]]:
    found: dict[str, list[Story]] = defaultdict(list)
    for story in load("reuters-21578-1987.jsonl"):
        ticker = _TICKER.search(story.headline)
        if ticker and story.paragraphs:
            found[ticker.group(1)].append(story)
    return found


def controls(rng: random.Random, host: Story) -> list[Case]:
    host = _dated(host)
    cases: list[Case] = []
    n = len(host.paragraphs)
    if is_host(host):
        later = [i for i in range(1, n - 1) if prose(host.paragraphs[i])]
        if later:
            index = rng.choice(later)
            turned = _turned(rng.choice(ON_TOPIC), " ".join(host.paragraphs[index].split()), host)
            if turned:
                paragraphs = [*host.paragraphs[:index], *host.paragraphs[index + 1 :], _laid_out(host, turned)[0]]
                cases.append(_case("control own paragraph moved to the end after a transition", host, paragraphs,
                                   None))
        later = [i for i in range(1, n) if prose(host.paragraphs[i])]
        if later:
            index = rng.choice(later)
            turned = _turned(rng.choice(ON_TOPIC), " ".join(host.paragraphs[index].split()), host)
            if turned:
                paragraphs = list(host.paragraphs)
                paragraphs[index] = _laid_out(host, turned)[0]
                cases.append(_case("control own paragraph after a transition", host, paragraphs, None))
        if n >= 4 and prose(host.paragraphs[-2]):
            paragraphs = [*host.paragraphs[:-2], host.paragraphs[-1], host.paragraphs[-2]]
            cases.append(_case("control own last two paragraphs swapped", host, paragraphs, None))
    ticker = _TICKER.search(host.headline)
    if host.corpus == "reuters" and ticker and is_host(host) and not table(host):
        same = [s for s in _by_ticker()[ticker.group(1)] if s.headline != host.headline]
        tables = [s for s in same if table(s)]
        if tables:
            rows = table(rng.choice(tables))
            cases.append(_case("control wire: the same company's results table appended", host,
                               [*host.paragraphs, *rows], None))
        related = [s for s in same if not table(s) and prose(s.paragraphs[0])]
        if related:
            other = rng.choice(related)
            cases.append(_case("control wire: a related item on the same company appended", host,
                               [*host.paragraphs, *other.paragraphs[: rng.randint(1, 2)]], None))
    return cases


ROUND18 = SplicedSet(SEED, host_class, _host, _donor, merges, controls)


if __name__ == "__main__":
    ROUND18.main(__doc__.split("\n\n")[0])
