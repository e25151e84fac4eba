"""The literal gates before the credit grammars: what every credit of a kind holds, tested before its (slower)
pattern is searched. Most paragraphs hold no label word, slash, bar or "via", and are never searched."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from wirelint.gates import AnyOf
from wirelint.lazy_pattern import LazyPattern
from wirelint.text.agencies import known_agencies
from wirelint.text.lexicon import alternation, table, words

_LABEL_WORD = (
    r"(?i:photo|pic|image|foto|bild|credit|source|courtesy|screen|grab|video|still|graphic|illustration|footage)"
)
_GATES = {
    # A label word with what joins it to a credit ("Photo: ", "Picture by ", "Image supplied by "); a bare
    # "photo" or "video" in prose does not need the grammar.
    "labelled": LazyPattern(
        lambda: rf"(?:{_LABEL_WORD}|{_label_words()})\p{{L}}*(?:[ ]\p{{L}}+){{0,4}}?(?:[ ]?[:：/]|[ ][-–—·|©][ ]"
        r"|[ ](?i:by|via|of|courtesy|supplied|provided|released|distributed|issued|should|must)[ ]"
        rf"|[ ](?i:{_by_words()})[ ])"
        r"|©|\(c\)|(?i:copyright|courtesy)"
        rf"|(?:{_places()})(?:[ ]?[:：]|,[ ]\p{{Lu}}[^/\n]{{0,60}}/)"  # "Pictured above: ", "Above: ", "Above, NAME/"
    ),
    # " for " joins a credit only beside a slash, a bar or "via", or after "AGENCY PHOTO" (the one shape
    # without them): prose is full of it.
    "slashed": LazyPattern(r"/|[ ]\|[ ]|[ ]via[ ]|PHOTO(?s:.*?)[ ]for[ ]|[ ]for[ ](?s:.*?)PHOTO"),
    "agency_photo": LazyPattern(r"(?i:photo|picture|image)"),
    # "NAME for AGENCY" needs a known agency after "for" (prose is full of "for Europe").
    "unknown": LazyPattern(
        lambda: r"\p{L}[ ]?/[ ]?\p{Lu}|[ ]via[ ]\p{L}|[ ]?\|[ ]?|(?i:file[ ]photo|file[ ]picture|handout[ ]photo)"
        r"|[ ][-–—][ ][\p{L}\p{N}-]+\.\p{Ll}"
        rf"|[ ]for[ ](?:{known_agencies()})"
    ),
    "getty_end": LazyPattern(r"Getty|/"),
    "inside": LazyPattern(
        lambda: rf"(?<=[\p{{Ll}}\p{{N}},;][ ])(?=\p{{Lu}})(?:\p{{Lu}}\p{{L}}*[ ])?{_LABEL_WORD}|©"
        rf"|(?<=[\p{{Ll}}\p{{N}},;][ ])(?:{_places()})[ ]?[:：]"  # "... as Clockwise from top-left: NAME - AGENCY the"
        rf"|(?<=[\p{{Ll}}\p{{N}},;][ ]){_label_words()}[ ]?[:：/]"  # any language's label ("... the Kuva: NAME/AGENCY")
        r"|(?<=[\p{L}\p{N},;][ ])(?:\(c\)|Copyright[ ])"  # "... Reuter Copyright NAME/AGENCY"
    ),
    "inside_chain": LazyPattern(
        r"(?<=[\p{Ll}\p{N},;][ ])\p{Lu}[^\s/]*(?:[ ]\p{Lu}[^\s/]*){0,2}[ ]?/[ ]?\p{Lu}|[ ]via[ ]"
    ),
}
"""Literals that every credit of a kind holds, searched before its (slower) grammar."""
_NEEDLES = {
    "slashed": ("/", " | ", " via ", "PHOTO"),
    "unknown": ("/", " via ", "|", " for "),
    "getty_end": ("Getty", "/"),
    "inside_chain": ("/", " via "),
}
"""Strings one of which a kind's gate needs (case as written): most paragraphs hold none, and a plain ``in``
test costs far less than the gate's search, which tries each of its branches at every position."""
_LABEL_WORDS = tuple(_LABEL_WORD[4:-1].split("|"))
_FOLDED_NEEDLES = {
    "labelled": (*_LABEL_WORDS, "©", "(c)", "copyright"),
    "inside": (*_LABEL_WORDS, "©", ":", "：", "(c)", "copyright"),
    "agency_photo": ("photo", "picture", "image"),
}
"""The same for gates that ignore case, looked for in the case-folded text (:func:`_folded`)."""
_UNKNOWN_WITHOUT_SEPARATOR = LazyPattern(
    lambda: rf"[ ]for[ ](?:{known_agencies()})|(?i:file[ ]photo|file[ ]picture|handout[ ]photo)"
    r"|[ ][-–—][ ][\p{L}\p{N}-]+\.\p{Ll}"  # "NAME - stock.adobe.com"
)
"""The branches of the "unknown" gate left when a text has no slash, bar or "via"."""


@cache
def _label_needles() -> tuple[str, ...]:
    """The labelled gate's needles: its label words and the first word of every label of ``[lexicon.credits]``
    ("kuva", "zdjęcie", "фото"), case-folded."""
    firsts = {label.split()[0].casefold() for label in _labels()}
    return (*_FOLDED_NEEDLES["labelled"], *sorted(firsts - set(_LABEL_WORDS)))


@cache
def by_words() -> list[str]:
    """How a label names its photographer in the languages of the labels ("Foto di", "Photo de", "Foto von"):
    ``[lexicon.credits] by-words``."""
    return words(table("credits"), "by-words")


def _by_words() -> str:
    return alternation(by_words(), boundary=False)


@cache
def _places() -> str:
    """The places of a picture that label a credit alone before a colon ("Pictured above"), as written."""
    return alternation(words(table("credits"), "picture-places"), boundary=False)


def _labels() -> list[str]:
    """The credit labels and the places of a picture that label one alone ("Pictured above:")."""
    credits = table("credits")
    return words(credits, "labels") + words(credits, "picture-places")


@cache
def _label_words() -> str:
    """The first words of the credit labels of ``[lexicon.credits]`` ("Kuva", "Zdjęcie", "Фото"), in any case."""
    firsts = {label.split()[0] for label in words(table("credits"), "labels")}
    return "(?i:" + alternation(sorted(firsts), boundary=False) + ")"


def gate(kind: str, text: str, folded: Callable[[], str]) -> bool:
    """Whether the kind's gate (:data:`_GATES`) matches ``text``, its needles tested first."""
    if kind == "unknown" and not any(needle in text for needle in ("/", " via ", "|")):
        return _UNKNOWN_WITHOUT_SEPARATOR.search(text) is not None
    needles = _NEEDLES.get(kind)
    if needles is not None and not any(needle in text for needle in needles):
        return False
    needles = _label_needles() if kind == "labelled" else _FOLDED_NEEDLES.get(kind)
    if needles is not None and not any(needle in folded() for needle in needles):
        return False
    if kind == "labelled":
        return _labelled_gate().search(text)
    return _GATES[kind].search(text) is not None


@cache
def _labelled_gate() -> AnyOf:
    """The label gate searched one label word at a time, each only where its word is (a tenth of the time)."""
    return AnyOf.of(_GATES["labelled"], blocks=True)


def folder(text: str) -> Callable[[], str]:
    """The case-folded ``text``, made on first use: ``(?i)`` matches a letter wherever its folded form is that
    letter, and "İ" (folded "i" and a combining dot) also as "i"."""
    made: list[str] = []

    def folded() -> str:
        if not made:
            made.append(text.casefold().replace("i\u0307", "i"))
        return made[0]

    return folded
