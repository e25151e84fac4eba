"""Spelling variants of any name in one article: group, guard, choose the spelling to keep.

Each distinct name form is put in a bucket by the :func:`~wirelint.naming.spelling.skeleton`
of its last word (surname, place or acronym), so forms are compared only
with the few that could be variants, and the cost grows with the article,
not with the square of its names. Two forms are compared word by word from
the end: "Nasrollah" against "Hassan Nasrallah" is a surname against a full
name. They are one name when every aligned word is the same or a variant
(given names more strictly than surnames), and neither has an extra first
word that makes another place of it ("South Sudan", "Sudan"). Forms whose
aligned words differ otherwise are different people or places ("Fidel
Castro", "Raúl Castro"; "Hafez al-Asad", "Bashar al-Assad"), and their
spelling differences are vetoed: the two spellings are never linked.

What is linked is a *spelling unit*: a word ("Nasrallah" / "Nasrollah"), the
article before a word ("al-" / "al " / "el-" / none, between forms with the
same number of words) or what joins two words ("Abu Mazen" / "Abu-Mazen").
A unit spelled more than one way is an inconsistency; the spelling to keep is
the house style, else the one used most (the first on a tie).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from wirelint.naming.propernames import NameMention, NamePart, NameWords
from wirelint.naming.spelling import fold, normalise, skeleton, variant_cost

MAX_FORMS = 40
"""Distinct forms compared within one bucket; more is a list of names, left alone."""

MIN_LETTERS = 3
"""Shorter words are initials or different words; three-letter ones match only when
:func:`~wirelint.naming.spelling.variant_cost` finds no change at all ("Aly", "Ali")."""
Node = tuple[str, ...]
"""A spelling unit and one spelling of it: ("word", bucket, "nasrallah"), ("article", key, "al-")."""


@dataclass(eq=False)
class Occurrence:
    """One place where a unit is spelled: a stray is rewritten here."""

    mention: NameMention
    index: int
    """The part (for a word or an article) or the joiner before part ``index``."""
    spelling: str
    """As written in the text ("Nasrallah", "al-", "-")."""


@dataclass
class Inconsistency:
    """One unit of one name spelled several ways (or against the house style)."""

    kind: str
    """"word", "article" or "joiner"."""
    target: str
    """The spelling to keep, as written where it is used (or in the house style)."""
    strays: list[Occurrence]
    forms: list[tuple[str, list[NameMention]]]
    """Each spelling in use with the mentions that use it, for the message."""
    house_style: bool = False
    mixed: bool = True
    """False when the article is consistent with itself and only the house style differs."""
    shown: str = ""
    """The kept form as a reader sees it: the word, or the whole name for an article or a joiner."""

    def __post_init__(self) -> None:
        self.shown = self.shown or self.target


@dataclass
class _Graph:
    parent: dict[Node, Node] = field(default_factory=dict)
    vetoed: set[frozenset[Node]] = field(default_factory=set)
    edges: list[tuple[Node, Node]] = field(default_factory=list)
    forms: dict[Node, dict[int, tuple[list[NameMention], int]]] = field(default_factory=lambda: defaultdict(dict))
    """The forms written with each spelling, and the part (or joiner) it is."""
    occurrences: dict[Node, dict[int, Occurrence]] = field(default_factory=lambda: defaultdict(dict))

    def root(self, node: Node) -> Node:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node


PARTS_REMEMBERED = 8192
"""Name parts whose keys are remembered: parts are made once per paragraph and shared by every lint
of it, so an editor's re-lint reads the keys of unchanged paragraphs' names back (a 5,000-word
article has about 1,600; the cache keeps the parts alive, so it stays small)."""


@lru_cache(maxsize=PARTS_REMEMBERED)
def _word_key(part: NamePart) -> str:
    text = part.text.replace("’", "'")
    return text.replace(".", "") if part.acronym else text.casefold()


@lru_cache(maxsize=PARTS_REMEMBERED)
def _bucket(part: NamePart) -> str:
    """The blocking key of a name's last word: variants share its consonants and, once the free
    differences are folded, its length."""
    return "#" + _word_key(part) if part.acronym else f"{skeleton(part.text)}:{len(normalise(part.text))}"


def _form_key(mention: NameMention) -> tuple[object, ...]:
    return _parts_key(mention.parts, mention.joiners)


@lru_cache(maxsize=PARTS_REMEMBERED)
def _parts_key(parts: tuple[NamePart, ...], joiners: tuple[str, ...]) -> tuple[object, ...]:
    return (
        tuple((part.article_key, part.text.replace("’", "'") if part.acronym else part.text.casefold())
              for part in parts),
        joiners,
    )


def inconsistencies(
    mentions: list[NameMention], words: NameWords, preferred: Iterable[str] = ()
) -> list[Inconsistency]:
    """Every name unit the article spells more than one way, or against a ``preferred`` spelling."""
    buckets: dict[str, dict[tuple[object, ...], list[NameMention]]] = defaultdict(dict)
    for mention in mentions:
        buckets[_bucket(mention.parts[-1])].setdefault(_form_key(mention), []).append(mention)
    graph = _Graph()
    for forms in buckets.values():
        groups = list(forms.values())[:MAX_FORMS]
        for first, second in combinations(groups, 2):
            _compare(first, second, words, graph)
    for first, second in graph.edges:
        if frozenset((first, second)) not in graph.vetoed:
            graph.parent[graph.root(first)] = graph.root(second)
    clusters: dict[Node, list[Node]] = defaultdict(list)
    for node in graph.forms:
        clusters[graph.root(node)].append(node)
    clustered = {node for nodes in clusters.values() if len(nodes) > 1 for node in nodes}
    for node in clustered:
        for group, index in graph.forms[node].values():
            for mention in group:
                occurrence = Occurrence(mention, index, _spelling(node, mention, index))
                graph.occurrences[node].setdefault(id(mention), occurrence)
    for mention in mentions:  # a spelling counts wherever it is written, not only in the forms compared
        for index, part in enumerate(mention.parts):
            node = _word_node(part)
            if node in clustered:
                graph.occurrences[node].setdefault(id(mention), Occurrence(mention, index, part.text))
    house = _house_words(preferred)
    found = [_inconsistency(nodes, graph, house) for nodes in clusters.values() if len(nodes) > 1]
    if house:
        found.extend(_against_house_style(mentions, clustered, house))
    return [item for item in found if item.strays]


def could_vary(names: list[str], joined: set[str], preferred: tuple[str, ...] = ()) -> bool:
    """:func:`_could_vary`, remembered by the article's name words and how often each is written: an editor's
    re-lint after an edit that writes no name asks again with the same words (its 1,400 words' skeletons were
    looked up anew, about 0.7 ms of every edit of a 5,000-word article)."""
    return _could_vary(frozenset(Counter(names).items()), frozenset(joined), tuple(preferred))


@lru_cache(maxsize=16)
def _could_vary(counted: frozenset[tuple[str, int]], joined: frozenset[str], preferred: tuple[str, ...]) -> bool:
    """False only when :func:`inconsistencies` is sure to find nothing in an article whose name
    words are those ``counted`` (each with how many times it is written) and ``joined`` (from
    :func:`~wirelint.naming.propernames.name_words`), so the article's names need not be cut at all.

    Every inconsistency links two spellings of a unit. A word unit needs two words with one
    skeleton that are variants (:func:`~wirelint.naming.spelling.variant_cost`) or one acronym
    with and without full stops; an article or joiner unit needs a word next to an article,
    hyphen or connector that the article writes twice; the house style needs a word with the
    skeleton of a house-style word. Anything less certain counts as a maybe.
    """
    house = _house_skeletons(preferred)
    by_skeleton: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for word, count in counted:
        bucket = skeleton(word)
        if bucket in house:
            return True
        by_skeleton[bucket].add(word)
        counts[bucket] += count
    if any(counts[skeleton(word)] > 1 for word in joined):
        return True
    return any(len(words) > 1 and _variants_among(words) for words in by_skeleton.values())


@lru_cache(maxsize=8)
def _house_skeletons(preferred: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_house_words(preferred))


def _variants_among(words: set[str]) -> bool:
    if len(words) > MAX_FORMS:
        return True
    for first, second in combinations(sorted(words), 2):
        a, b = first.replace("’", "'"), second.replace("’", "'")
        if a.casefold() != b.casefold() and variant_cost(first, second) is not None:
            return True
        if a != b and a.isupper() and b.isupper() and a.replace(".", "") == b.replace(".", ""):
            return True
    return False


def _compare(first: list[NameMention], second: list[NameMention], words: NameWords, graph: _Graph) -> None:
    """Link the spelling units in which two forms differ, or veto them when the forms name different things."""
    if not (any(m.confirmed for m in first + second) or (_cased(first) and _cased(second))):
        return  # two capitals that only a headline or text in capitals explains
    a, b = first[0], second[0]
    shorter, longer = sorted((a, b), key=lambda m: len(m.parts))
    extra = longer.parts[: len(longer.parts) - len(shorter.parts)]
    if any(part.text.casefold() in words.qualifiers for part in extra):
        return  # South Sudan and Sudan
    same_length = len(a.parts) == len(b.parts)
    headline = "headline" in (a.block.field, b.block.field)
    differences: list[tuple[Node, Node, int, int]] = []
    articles_dropped: list[tuple[Node, Node, int, int]] = []
    conflict = False
    for back in range(1, len(shorter.parts) + 1):
        p, q = a.parts[-back], b.parts[-back]
        word = _word_difference(p, q, back > 1, len(a.parts) == len(b.parts) == 1, same_length, headline)
        if word is None and (_loose_first(a, back) or _loose_first(b, back)):
            same_length = False  # "Later Nasrollah": the opening word may not belong to the name
            break
        if word is None:
            conflict = True
            continue
        if word:
            differences.append((word[0], word[1], len(a.parts) - back, len(b.parts) - back))
        if not p.same_article(q):
            unit = ("article", skeleton(p.text))
            article = ((*unit, p.article_key), (*unit, q.article_key), len(a.parts) - back, len(b.parts) - back)
            (differences if p.article and q.article else articles_dropped).append(article)
    if same_length:
        differences.extend(articles_dropped)  # "al-Maliki" and "Maliki" only between names of one length
        for index, (x, y) in enumerate(zip(a.joiners, b.joiners, strict=True)):
            if x.casefold() != y.casefold():
                unit = ("joiner", skeleton(a.parts[index].text), skeleton(a.parts[index + 1].text))
                differences.append(((*unit, x.casefold()), (*unit, y.casefold()), index + 1, index + 1))
    for node_a, node_b, index_a, index_b in differences:
        if conflict:
            graph.vetoed.add(frozenset((node_a, node_b)))
            continue
        graph.edges.append((node_a, node_b))
        for node, group, index in ((node_a, first, index_a), (node_b, second, index_b)):
            graph.forms[node].setdefault(id(group), (group, index))  # mentions are listed once clustered


@lru_cache(maxsize=PARTS_REMEMBERED)
def _word_node(part: NamePart) -> Node:
    if part.acronym:
        return ("word", "#" + _word_key(part), part.text)
    return ("word", skeleton(part.text), _word_key(part))


def _cased(group: list[NameMention]) -> bool:
    """Some mention of the form is in running text: at the start of a sentence, its other letters
    are still lower case, and a common word would be found in lower case elsewhere."""
    return any(not m.parts[0].capitals for m in group)


def _loose_first(mention: NameMention, back: int) -> bool:
    return mention.loose and back == len(mention.parts)


def _word_difference(
    p: NamePart, q: NamePart, given_name: bool, alone: bool, same_length: bool, headline: bool
) -> tuple[Node, Node] | tuple[()] | None:
    """``()`` for the same word, the two word nodes for variants, None for different words.

    Full stops in an acronym count only when it stands alone: "E.H." before a
    surname is a person's initials, and a headline may drop them ("US", "U.S.").
    A surname against a one-word name may not change its first letter ("Tim
    Koogle" is not "Google"), but for q and k ("Ramzan Kadyrov", "Qadyrov").
    """
    key_p, key_q = _word_key(p), _word_key(q)
    if p.acronym or q.acronym:
        if not (p.acronym and q.acronym) or key_p != key_q:
            return None
        written_p, written_q = p.text, q.text
        if written_p == written_q or not alone or headline:
            return ()
        return _word_node(p), _word_node(q)
    if key_p == key_q:
        return ()
    too_short = min(len(fold(p.text)), len(fold(q.text))) < MIN_LETTERS
    first_letter = same_length or {fold(p.text)[:1], fold(q.text)[:1]} in ({fold(p.text)[:1]}, {"q", "k"})
    if p.common or q.common or too_short or not first_letter or variant_cost(p.text, q.text, given_name) is None:
        return None
    return _word_node(p), _word_node(q)


def _spelling(node: Node, mention: NameMention, index: int) -> str:
    kind = node[0]
    if kind == "article":
        return mention.parts[index].article
    if kind == "joiner":
        return mention.joiners[index - 1]
    return mention.parts[index].text


def _house_words(preferred: Iterable[str]) -> dict[str, list[str]]:
    """Words of house-style names by skeleton, to choose a variant's spelling."""
    words: dict[str, list[str]] = defaultdict(list)
    for text in preferred:
        for word in text.split():
            words[skeleton(word)].append(word)
    return words


def _inconsistency(nodes: list[Node], graph: _Graph, house: dict[str, list[str]]) -> Inconsistency:
    occurrences = {node: sorted(graph.occurrences[node].values(), key=lambda o: o.mention.order) for node in nodes}
    kind = nodes[0][0]
    target_node, house_target = _house_choice(nodes, house) if kind == "word" else (None, None)
    if target_node is None:  # text in capitals is weaker evidence: it only breaks a tie
        def weight(node: Node) -> tuple[int, int, int]:
            found = occurrences[node]
            cased = sum(not o.mention.parts[o.index].capitals for o in found)
            return cased, len(found), -found[0].mention.order

        target_node = max(nodes, key=weight)
    target = house_target or _most_written(occurrences[target_node])
    strays = [o for node in nodes if node != target_node for o in occurrences[node]]
    forms = [(_shown(node, found), [o.mention for o in found]) for node, found in occurrences.items()]
    forms.sort(key=lambda item: item[1][0].order)
    shown = target if kind == "word" else occurrences[target_node][0].mention.text
    return Inconsistency(kind, target, strays, forms, house_target is not None, shown=shown)


def _house_choice(nodes: list[Node], house: dict[str, list[str]]) -> tuple[Node | None, str | None]:
    for node in nodes:
        for word in house.get(node[1], ()):
            if word.casefold() == node[2] or word == node[2]:
                return node, word
    return None, None


def _against_house_style(
    mentions: list[NameMention], clustered: set[Node], house: dict[str, list[str]]
) -> Iterable[Inconsistency]:
    """Words the article spells one way only, but not the way the house style does."""
    strays: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for mention in mentions:
        for index, part in enumerate(mention.parts):
            bucket = skeleton(part.text)
            if part.acronym or bucket not in house or ("word", bucket, _word_key(part)) in clustered:
                continue
            for word in house[bucket]:
                if word.casefold() != _word_key(part) and variant_cost(part.text, word) is not None:
                    strays[(word, _word_key(part))].append(Occurrence(mention, index, part.text))
                    break
    for (word, _), found in strays.items():
        yield Inconsistency("word", word, found, [(found[0].spelling, [o.mention for o in found])], True, False)


def _most_written(occurrences: list[Occurrence]) -> str:
    """The spelling as most often written outside capitals ("Nasrallah" rather than "NASRALLAH")."""
    written = [o.spelling for o in occurrences if not o.mention.parts[o.index].capitals] or [
        o.spelling for o in occurrences
    ]
    counts = Counter(written)
    return max(counts, key=lambda text: (counts[text], -written.index(text)))


def _shown(node: Node, occurrences: list[Occurrence]) -> str:
    kind = node[0]
    if kind == "word":
        return occurrences[0].spelling
    return occurrences[0].mention.text
