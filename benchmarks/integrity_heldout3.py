"""A sealed held-out set for WL601 (issue 17, seventh round): another story's sentences inside a paragraph.

    python benchmarks/integrity_heldout3.py            # the sealed set (seed 70717): measure, never tune on it
    python benchmarks/integrity_heldout3.py --dev 1    # a development set: other hosts, other seed

Written before any change of the seventh round, and measured only at first
sight and at the end. A CMS paste that loses a paragraph break glues another
story's sentences to a paragraph of this one with an ordinary space. Hosts
are articles of 4 to 14 paragraphs (3 or more of running text) in one class
of a hash of headline and first words, salted differently from
``integrity_heldout2.py`` (class 0 sealed; classes 1 to 4 are development
sets, other hosts and another seed). Shapes (a donor of the host's section,
of another section, and for half the hosts of the other corpus):

* **glued end**: the donor's first sentence (or first two) appended to a random host paragraph with a space
  (the last paragraph too: then it is a tail); the finding is expected on the donor's first sentence;
* **glued start**: the same at the start of a host paragraph (not the first), the host's paragraph resuming
  after it; the finding is expected at the paragraph's start;
* **inserted middle** / **inserted last**: one paragraph of the donor that is not its lede (a middle one or
  its last, not leaning back on a pronoun) between two of the host's, the host resuming after it;
* a transition word a quarter of the time for the glued shapes, half for the inserted ones; wire copy wrapped
  at 65 columns as the host lays it out.

Controls (nothing expected): one of the host's own sentences moved to the end (or the start) of another of
its paragraphs; a host paragraph's last sentence that introduces a new person or a quote in the story's own
terms (an invented name, a role, the host's most used name and words); untouched articles (up to 1,000 per
corpus of the class not used as hosts, every article with ``--all-untouched``).

Nothing is written to disk: cases are built from ``../shared/corpora`` at run time.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_integrity import Case, Story, offset_of, sentences, with_transition
from sealed_splices import STOP as _STOP
from sealed_splices import SplicedSet
from sealed_splices import is_host as _host
from sealed_splices import prose as _prose

SEALED_SEED = 70717
CLASSES = 5
GLUED_TRANSITIONS = ("", "", "", "", "", "", "Meanwhile, ", "Separately, ", "Elsewhere, ", "In other news, ")
INSERTED_TRANSITIONS = ("", "", "", "Meanwhile, ", "Separately, ", "Also on Monday, ", "In another development, ")
_FIRST = ("Ruth", "Mateo", "Elena", "Kwame", "Sofia", "Arjun", "Nadia", "Oliver", "Lucia", "Henrik")
_LAST = ("Achebe", "Nilsson", "Dubois", "Rahman", "Costello", "Wisniewski", "Sato", "Herrera", "Becker")
_ROLES = ("a spokesman for", "a consultant to", "a long-time critic of", "a former adviser at",
          "an economist who studies", "a board member of")
_NEW_PERSON = (
    "{person}, {role} {name}, said the {topic} would be watched closely.",
    "{person}, {role} {name}, described the {topic} as a turning point for the {other}.",
    "\"The {topic} changes very little for the {other},\" said {person}, {role} {name}.",
    "\"We have been waiting for this {topic} for a long time,\" {person}, {role} {name}, told reporters.",
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_WORD = re.compile(r"\b[a-z]{5,}\b")
_LEANS = re.compile(
    r"^[\"“‘']|^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|But|And|However|Also|The company|"
    r"The bank|The group)\b"
)


def host_class(story: Story) -> int:
    key = f"h3|{story.headline}|{' '.join(story.paragraphs[0].split()[:8])}"
    return zlib.crc32(key.encode()) % CLASSES


def _donor(story: Story) -> bool:
    return len(story.paragraphs) >= 3 and _prose(story.paragraphs[0])


def _sentences(paragraph: str) -> list[str]:
    return sentences(" ".join(paragraph.split()))


def _laid_out(host: Story, text: str, mark: int | None = None) -> tuple[str, int]:
    """Text laid out as the host lays out a paragraph (wire copy wraps at 65 columns), and where character
    ``mark`` of the single-spaced text is in it."""
    text = " ".join(text.split())
    if host.corpus != "reuters":
        return text, mark or 0
    wrapped = textwrap.fill(text, 65, break_long_words=False, break_on_hyphens=False)
    if mark is None:
        return wrapped, 0
    solid = len(text[:mark].replace(" ", ""))
    seen = 0
    for position, char in enumerate(wrapped):
        if seen == solid:
            return wrapped, position
        seen += not char.isspace()
    return wrapped, len(wrapped)


def _case(kind: str, host: Story, paragraphs: list[str], at: int | None, transition: str = "") -> Case:
    expect = "WL601" if at is not None else None
    return Case(kind, host.corpus, host.headline, paragraphs, host, expect, at, {"transition": transition})


def _lede_sentences(rng: random.Random, donor: Story) -> str | None:
    said = [s for s in _sentences(donor.paragraphs[0])]
    if not said or len(said[0].split()) < 8 or _LEANS.match(said[0]):
        return None
    return " ".join(said[: rng.choice((1, 1, 2))])


def merges(rng: random.Random, host: Story, donor: Story, relation: str) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    tag = f"{relation}, {donor.corpus} into {host.corpus}"
    prose = [i for i, p in enumerate(host.paragraphs) if _prose(p)]
    lede = _lede_sentences(rng, donor)
    if lede and prose:
        # glued to the end of a host paragraph with a space
        index = rng.choice(prose)
        transition = rng.choice(GLUED_TRANSITIONS)
        own = " ".join(host.paragraphs[index].split())
        text, at = _laid_out(host, f"{own} {with_transition(transition, lede)}", len(own) + 1)
        paragraphs = [*host.paragraphs[:index], text, *host.paragraphs[index + 1 :]]
        kind = "glued end" + (" (last paragraph)" if index == n - 1 else "")
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, index, at),
                           transition))
        # glued to the start of a host paragraph (not the first), the host resuming after it
        later = [i for i in prose if i > 0]
        if later:
            index = rng.choice(later)
            transition = rng.choice(GLUED_TRANSITIONS)
            own = " ".join(host.paragraphs[index].split())
            text, _ = _laid_out(host, f"{with_transition(transition, lede)} {own}")
            paragraphs = [*host.paragraphs[:index], text, *host.paragraphs[index + 1 :]]
            cases.append(_case(f"merge glued start ({tag})", host, paragraphs, offset_of(host, paragraphs, index),
                               transition))
    # one paragraph of the donor that is not its lede, inserted between two of the host's
    middle = [i for i in range(1, len(donor.paragraphs) - 1)
              if _prose(donor.paragraphs[i]) and not _LEANS.match(donor.paragraphs[i].lstrip())]
    last = len(donor.paragraphs) - 1
    for kind, pool in (("inserted middle", middle),
                       ("inserted last", [last] if _prose(donor.paragraphs[last])
                        and not _LEANS.match(donor.paragraphs[last].lstrip()) else [])):
        if not pool:
            continue
        cut = rng.randint(1, n - 1)
        transition = rng.choice(INSERTED_TRANSITIONS)
        text, _ = _laid_out(host, with_transition(transition, donor.paragraphs[rng.choice(pool)]))
        paragraphs = [*host.paragraphs[:cut], text, *host.paragraphs[cut:]]
        cases.append(_case(f"merge {kind} ({tag})", host, paragraphs, offset_of(host, paragraphs, cut), transition))
    return cases


def controls(rng: random.Random, host: Story) -> list[Case]:
    cases = []
    n = len(host.paragraphs)
    # one of the host's own sentences moved to the end, or the start, of another of its paragraphs
    split = [(i, _sentences(p)) for i, p in enumerate(host.paragraphs) if i > 0]
    split = [(i, said) for i, said in split if len(said) >= 2 and any(len(s.split()) >= 8 for s in said)]
    if split:
        index, said = rng.choice(split)
        pick = rng.choice([k for k in range(len(said)) if len(said[k].split()) >= 8])
        sentence = said.pop(pick)
        targets = [i for i in range(1, n) if i != index and _prose(host.paragraphs[i])]
        if targets:
            target = rng.choice(targets)
            paragraphs = list(host.paragraphs)
            paragraphs[index] = _laid_out(host, " ".join(said))[0]
            own = " ".join(paragraphs[target].split())
            where = rng.choice(("end", "start"))
            joined = f"{own} {sentence}" if where == "end" else f"{sentence} {own}"
            paragraphs[target] = _laid_out(host, joined)[0]
            cases.append(_case(f"control own sentence moved ({where})", host, paragraphs, None))
    # a host paragraph's last sentence that introduces a new person or a quote in the story's own terms
    names = Counter(m.group() for p in host.paragraphs for m in _NAME.finditer(p) if m.start() > 0)
    names = Counter({k: v for k, v in names.items() if len(k) > 3})
    words = Counter(
        w for p in host.paragraphs for w in _WORD.findall(p) if w not in _STOP and not w.endswith(("ed", "ly", "ing"))
    )
    prose = [i for i, p in enumerate(host.paragraphs) if i > 0 and _prose(p)]
    if names and len(words) >= 2 and prose:
        name = names.most_common(1)[0][0]
        topic, other = [w for w, _ in words.most_common(6)][:2]
        text = rng.choice(_NEW_PERSON).format(
            person=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", role=rng.choice(_ROLES), name=name, topic=topic,
            other=other,
        )
        index = rng.choice(prose)
        own = " ".join(host.paragraphs[index].split())
        paragraphs = list(host.paragraphs)
        paragraphs[index] = _laid_out(host, f"{own} {text}")[0]
        cases.append(_case("control new person or quote ends a paragraph", host, paragraphs, None))
    return cases


SEALED = SplicedSet(SEALED_SEED, host_class, _host, _donor, merges, controls)


if __name__ == "__main__":
    SEALED.main(__doc__.split("\n\n")[0])
