"""Country restrictions found by their shape: a sentence that is only restriction words and one list of places.

Agencies word the places a picture may not go to in many ways ("NO ACCESS CANADA", "CANADA AND MEXICO
EXCLUDED", "Not for publication in Canada.", "For use outside Canada only."), and a list of heads misses
each new one. What they share is their make-up: every word is either a word of restricting use (data:
``[lexicon.notices] place-heads`` and ``place-words``) or a place name, the places stand together as one
list ("Canada, Mexico or Peru"), and the sentence stands alone. A sentence of news has a subject and a verb
of its own ("The drug is banned in Canada.", "Canada was excluded from the talks."), so it has words of
neither kind.

In ordinary case the sentence needs a word of what is restricted (use, sale, publication, clients ...)
besides its head, and a place name is a capitalised word; "Canada excluded." or "Kane and Saka out." read
as a team sheet or a result there. In capitals every word is capitalised, so any word that is not a
restriction word is taken for a place, and the one-list rule keeps headlines out ("JAPAN OUT OF TALKS").
In ordinary case with a verb of being it reads as a sentence of news as often as a notice ("Online sales are
banned in France."), so it is reported with an unsafe fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import table, words
from wirelint.text.sentences import sentence_spans

COPULA = LazyPattern(r"\b(?:is|are|was|were|be|been|being|remains?)\b", regex.IGNORECASE)
"""A verb of being: a short sentence of restriction words with one ("Water use is restricted.") has a subject
and a verb of its own, as news has."""
_TOKEN = LazyPattern(r"\p{L}[\p{L}'’.-]*|[,;&/|:-]+|\S")
_LEAD = LazyPattern(r"[^\n]*?\p{N}[\p{N}.,:%/-]*[ \t]+(?=\p{Lu}[^\p{N}\n]*$)")
"""A table row before the sentence, up to its last figure ("Riverside 7.25 NO ACCESS CANADA"): the row's, not
the notice's; where the row ends is a guess, so the restriction after it is not deleted by a safe fix."""
_JOINERS = frozenset({",", "and", "or", "&", "/"})
_MARKS = _JOINERS | {":"}
"""Marks a restriction may hold: the joiners of its list, and a colon after its head ("RESTRICTED: POLAND")."""
_TIES = frozenset({"in", "to", "by", "within", "outside", "except", "excluding", "excludes", ":"})
_BARE_HEADS = frozenset({"excluding", "excludes", "excluded", "restricted", "barred"})
"""Heads that exclude places without a word of what is restricted; in ordinary case their fix is a person's."""
_AFTER = frozenset({"excluded", "restricted", "banned", "barred", "prohibited"})
"""Words that put a list of places under a restriction; otherwise a restriction word must follow the list
(in capitals a headline's words stand where places would: "NO SALES TAX RISE SEEN")."""
_CLOSED = frozenset('.!?:;"”’)]0123456789')
"""How a line ends that closes its sentence or a table row."""
MAX_WORDS = 14
MAX_PLACE_WORDS = 3
"""Words of one place name ("United Arab Emirates"); a longer run of capitalised words is a title or a name."""


@dataclass(frozen=True, slots=True)
class Restriction:
    start: int
    end: int
    sure: bool


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    kinds: frozenset[str]
    others: frozenset[str]
    not_places: frozenset[str]


@cache
def _words() -> _Words:
    lexicon = table("notices")
    return _Words(
        frozenset(w.lower() for w in words(lexicon, "place-heads")),
        frozenset(w.lower() for w in words(lexicon, "place-kinds")),
        frozenset(w.lower() for w in words(lexicon, "place-words")),
        frozenset(w.lower() for w in words(lexicon, "not-places")),
    )


def find_restrictions(text: str) -> list[Restriction]:
    """Sentences of ``text`` that are country restrictions (see the module's docstring)."""
    found = []
    for start, end in sentence_spans(text):
        for line_start, line_end in _lines(text, start, end):
            lead = _LEAD.match(text, line_start, line_end)
            if lead is not None:
                line_start = lead.end()
            kind = _restriction_kind(text[line_start:line_end])
            if kind is not None:
                found.append(Restriction(line_start, line_end, lead is None and kind == "sure"))
    return found


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence, or its lines when it runs over several: a notice in capitals stands on a line of its own
    after a table row or a closed sentence. A line of a hard-wrapped sentence is no unit ("... there would
    be\nno sales to Canada\nuntil May"): a line counts only after a line that ends closed (a stop, a colon, a
    quote, a bracket or a table's figure) and before one that does not go on in small letters."""
    piece = text[start:end]
    if "\n" not in piece:
        return [(start, end)]
    lines, at = [], start
    for line in piece.split("\n"):
        lead = len(line) - len(line.lstrip())
        if line.strip():
            lines.append((at + lead, at + len(line.rstrip())))
        at += len(line) + 1
    return [
        (line_start, line_end)
        for index, (line_start, line_end) in enumerate(lines)
        if (index == 0 or text[lines[index - 1][1] - 1] in _CLOSED)
        and (index == len(lines) - 1 or not text[lines[index + 1][0]].islower())
    ]


def _restriction_kind(sentence: str) -> str | None:
    """"sure" for a country restriction, "unsure" for one in ordinary case with a verb of being ("Sales are
    restricted in Ireland.") or a bare exclusion of places ("Excluding Canada and Mexico."): a notice, or a
    sentence or fragment of the story, so a person decides; else None."""
    body = sentence.rstrip(".! \t")
    tokens = _TOKEN.findall(body)
    letters = [t for t in tokens if t[0].isalpha()]
    if not letters or len(letters) > MAX_WORDS or any(not t[0].isalpha() and t not in _MARKS for t in tokens):
        return None
    vocabulary = _words()
    capitals = all(not any(c.islower() for c in t) for t in letters)
    kind = False  # a word of what is restricted ("use", "sales")
    heads: set[str] = set()
    runs, in_places, place_words, tied, previous = 0, False, 0, False, ""
    for token in tokens:
        if in_places and token[0].isalpha() and token.lower() in vocabulary.kinds | _AFTER:
            tied = True  # "CANADA MEDIA OUT", "No Canadian sales", "CANADA EXCLUDED" (not "BRITAIN SELL OUT")
        if not in_places and token[0].isupper() and previous in _TIES and token.lower() not in vocabulary.others:
            tied = True  # "Not for publication in Canada", "WORLD EXCEPT CANADA"
        if token == ":":
            # "RESTRICTED: POLAND" ties the list; "Not used: Fury, Brooks" is a team sheet's substitutes
            previous = ":" if previous in _AFTER | {"excluding", "except", "out"} else ""
            in_places, place_words = False, 0
            continue
        previous = token.lower()
        low = token.lower().rstrip(".")
        if token in _JOINERS or (low in ("and", "or", "the") and in_places):
            place_words = 0  # a new place of the list ("Canada, Mexico or the United States")
            continue
        if low in vocabulary.heads or low in vocabulary.kinds or low in vocabulary.others:
            heads.update({low} & vocabulary.heads)
            kind = kind or low in vocabulary.kinds
            in_places = in_places and low == "the"
            continue
        if not token[0].isupper() or low in vocabulary.not_places:
            return None
        place_words += 1
        if place_words > MAX_PLACE_WORDS:
            return None
        runs += not in_places
        in_places = True
    if runs != 1 or not heads or not tied:
        return None
    if capitals or (kind and not COPULA.search(sentence)):
        return "sure"
    # With a verb of being in ordinary case it is a sentence with a subject and a verb, as news is ("Online
    # sales are banned in France."): reported, and a person decides on its deletion.
    return "unsure" if kind or (heads and heads <= _BARE_HEADS) else None
