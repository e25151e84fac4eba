"""WL601, round 21: ledes glued mid-paragraph with or without a word, lone donor paragraphs, same-section donors.

    python benchmarks/integrity_round21.py --dev 1   # a development class (1 to 4): choose on these
    python benchmarks/integrity_round21.py           # class 0: sealed, measured first and at the end

Written before any change of integrity23's work (issue 17), with a hash salt, seed and templates of its own.
Hosts are web stories of 5 to 25 paragraphs and wire stories of 4 to 16, three of them running text; every host
gets a donor of its own section and one of another section (and half of them one of the other corpus), so the
same-section rows can be read apart. Wire copy is wrapped at 65 columns as the host lays it out. Shapes (the
other story's first character is the place expected):

* **glued, no word, takeover** / **glued, no word, host resumes**: the first sentence or two of a host
  paragraph of two sentences or more, an ordinary ". ", then the donor's first one or two sentences in the
  same paragraph, and either the donor's next paragraph to the end or the host's next paragraphs;
* **glued after a word**: the same, with a sentence-initial adverbial of this set's own making before the
  donor's lede: "Turning to <a donor word>,", "Also on <weekday>,", "Away from <a host word>,", "On the <donor
  word> front,", "In other developments,", "Closer to home,", "Further afield,", "In an unrelated case,";
* **lone donor paragraph**: one later paragraph of the donor (not its lede, not a quotation or a pronoun
  opening) between two of the host's paragraphs, at least one host paragraph either side, at a random place;
* **lone donor lede**: the donor's first paragraph the same way, for comparison.

Controls (nothing expected): an on-topic word of the same shapes ("Turning to <a host word>,", "Also on
<weekday>,", "Meanwhile,", "Closer to home,") before one of the host's own later paragraphs; a later sentence
of the host glued after ". " at the end of an earlier host paragraph (no word, or an on-topic word); a paragraph
introducing a new person by this set's templates in the host's own words; the host's own later paragraph moved
up by one or two places; the untouched host.

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

SEED = 212121
CLASSES = 5
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LEANS = re.compile(
    r"^[\"“‘']|^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|Also|However|The same|"
    r"Such|Both|Neither|Last|Earlier|Later|Still|Yet|So|The company|The group|The move|The deal)\b"
)
"""A paragraph or sentence that opens on a quotation or leans on what came before it: not a lone splice."""
_WORD = re.compile(r"\b[a-z]{5,}\b")
_FIRST = ("Henrietta", "Obinna", "Saskia", "Dariusz", "Imogen", "Tomasz", "Yewande", "Fergal", "Lucinda", "Rafferty")
_LAST = ("Pemberton", "Okonkwo", "Van der Berg", "Lindqvist", "Marchetti", "Abernathy", "Kowalczyk", "Delacroix")
_NEW_PERSON = (
    "{person}, a {role} who has followed the {topic} for years, said the {other} had changed how people saw it.",
    "Among those watching closely is {person}, a {role}, who believes the {topic} will shape the {other}.",
    "For {person}, a {role}, the {topic} is personal: the {other} touched family members directly.",
    "{person}, who worked as a {role} before the {topic} began, described the {other} as a turning point.",
)
_ROLES = ("school governor", "former diplomat", "parish councillor", "shop owner", "retired engineer",
          "charity worker", "senior economist")


def host_class(story: Story) -> int:
    key = f"round twenty-one|{story.headline}|{' '.join(story.paragraphs[0].split()[:7])}"
    return zlib.crc32(key.encode()) % CLASSES


def is_donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and prose(story.paragraphs[0])


def _topic(story: Story) -> list[str]:
    words = Counter(w for p in story.paragraphs for w in _WORD.findall(p) if w not in STOP
                    and not w.endswith(("ing", "ed", "ly", "s")))
    return [w for w, _ in words.most_common(3)]


def _away_word(rng: random.Random, host: Story, donor: Story) -> str:
    """A sentence-initial adverbial of place, time or topic that turns to another story."""
    donor_topic, host_topic = _topic(donor) or ["economy"], _topic(host) or ["talks"]
    return rng.choice((
        f"Turning to {rng.choice(donor_topic)}, ",
        f"Also on {rng.choice(_DAYS)}, ",
        f"Away from the {rng.choice(host_topic)}, ",
        f"On the {rng.choice(donor_topic)} front, ",
        "In other developments, ",
        "Closer to home, ",
        "Further afield, ",
        "In an unrelated case, ",
    ))


def _on_topic_word(rng: random.Random, host: Story) -> str:
    topic = _topic(host) or ["talks"]
    return rng.choice((f"Turning to the {rng.choice(topic)}, ", f"Also on {rng.choice(_DAYS)}, ", "Meanwhile, ",
                       "Closer to home, ", "At the same time, ", f"On the {rng.choice(topic)} front, "))


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, word: str = "") -> Case:
    return Case(kind, host.corpus, host.headline, paragraphs, host, "WL601" if at is not None else None, at,
                {"transition": word})


def _said(paragraph: str) -> list[str]:
    return sentences(" ".join(paragraph.split()))


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases: list[Case] = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    said = _said(donor.paragraphs[0])
    twofold = [i for i in range(1, n) if len(_said(host.paragraphs[i])) >= 2]
    if said and len(said[0].split()) >= 8 and not _LEANS.match(said[0]) and twofold:
        opening = " ".join(said[: rng.choice((1, 2))])
        for kind, word in (("glued, no word", ""), ("glued after a word", _away_word(rng, host, donor))):
            resumes = rng.random() < 0.5
            index = rng.choice(twofold)
            own = _said(host.paragraphs[index])
            kept = " ".join(own[: rng.randint(1, len(own) - 1)])
            glued, at = _laid_out(host, f"{kept} {with_transition(word, opening)}", len(kept) + 1)
            after = host.paragraphs[index + 1 :] if resumes else [_laid_out(host, p)[0] for p in donor.paragraphs[1:2]]
            if not after:
                continue
            paragraphs = [*host.paragraphs[:index], glued, *after]
            shape = f"{kind}, {'host resumes' if resumes else 'takeover'}"
            cases.append(_case(f"merge {shape} ({tag})", host, paragraphs, offset_of(host, paragraphs, index, at),
                               word))
    body = [i for i in range(1, len(donor.paragraphs)) if prose(donor.paragraphs[i])
            and not _LEANS.match(donor.paragraphs[i].lstrip())]
    if n >= 3:
        for kind, picks in (("lone donor paragraph", body), ("lone donor lede", [0])):
            if not picks:
                continue
            cut = rng.randint(1, n - 1)
            text = _laid_out(host, donor.paragraphs[rng.choice(picks)])[0]
            paragraphs = [*host.paragraphs[:cut], text, *host.paragraphs[cut:]]
            cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut)))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = [_case("control untouched host", host, list(host.paragraphs), None)]
    n = len(host.paragraphs)
    own = [i for i in range(2, n) if prose(host.paragraphs[i])]
    if own:
        index = rng.choice(own)
        word = _on_topic_word(rng, host)
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _laid_out(host, with_transition(word, paragraphs[index]))[0]
        cases.append(_case("control on-topic word before own paragraph", host, paragraphs, None, word))
    later = [(j, s) for j in range(2, n) for s in _said(host.paragraphs[j])
             if len(s.split()) >= 10 and not s.startswith(("\"", "“"))]
    if later:
        j, sentence = rng.choice(later)
        rest = " ".join(s for s in _said(host.paragraphs[j]) if s != sentence)
        earlier = [i for i in range(1, j) if prose(host.paragraphs[i])]
        if earlier:
            i = rng.choice(earlier)
            word = rng.choice(("", _on_topic_word(rng, host)))
            paragraphs = list(host.paragraphs)
            paragraphs[i] = _laid_out(host, f"{' '.join(paragraphs[i].split())} {with_transition(word, sentence)}")[0]
            if rest:
                paragraphs[j] = _laid_out(host, rest)[0]
            else:
                del paragraphs[j]
            cases.append(_case("control own later sentence glued after a full stop", host, paragraphs, None, word))
    topic = _topic(host)
    if len(topic) >= 2:
        fill = {"person": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "topic": topic[0], "other": topic[1],
                "role": rng.choice(_ROLES)}
        cut = rng.randint(1, n - 1)
        text = _laid_out(host, rng.choice(_NEW_PERSON).format(**fill))[0]
        cases.append(_case("control paragraph on a new person", host,
                           [*host.paragraphs[:cut], text, *host.paragraphs[cut:]], None))
    if n >= 5:
        j = rng.randint(3, n - 1)
        i = j - rng.choice((1, 2))
        paragraphs = list(host.paragraphs)
        paragraphs.insert(i, paragraphs.pop(j))
        cases.append(_case("control own later paragraph moved up", host, paragraphs, None))
    return cases


ROUND21 = SplicedSet(SEED, host_class, is_host, is_donor, merges, controls)


if __name__ == "__main__":
    ROUND21.main(__doc__.split("\n\n")[0])
