"""Credits labelled by a word of the picture, in any language or form, found by their shape.

"Security camera footage: the Coast Guard", "Ljósmynd: NAME", "Pictures throughout by NAME", "{Image:
NAME/AGENCY}", "Images from left: NAME, NAME |": up to three words that qualify a word of the picture (the words
in English and some forty languages are data, ``[lexicon.image-labels] nouns``), what may follow it ("in this
story", "from left"), how it names its source (a colon, or a joiner: "by", "supplied by", "courtesy of", "cedida
por" ...) and a name of a person or an organisation, with an agency after a slash, in brackets or after "for" or
"via", or a list of names, or a body in small letters after "the" ("Grainy footage: the fire brigade";
``bodies``). ``text/credits.py`` knows the common labels one by one; this knows the shape.

The credit must be the whole of a piece (``text/pieces.py``): a line, a sentence, a bracketed aside or a part
between separators, with nothing after its name but the piece's end, a separator or a new sentence (a word that
starts sentences, ``[lexicon.pieces] starters``). So news that uses the words ("Aerial footage from the
Fire Brigade showed ...", "Photographs by NAME are on show") goes on after the name and is no credit. Opened
inside a sentence, only a label with a colon counts, and its fix is unsafe.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.lexicon import alternation, table, words
from wirelint.text.pieces import SEPARATORS, leftovers_in


def _labels(key: str) -> list[str]:
    return words(table("image-labels"), key)


def picture_words() -> str:
    """The words of the picture, English and other languages, as an alternation (``[lexicon.image-labels]``):
    the nouns as written, the stems of inflecting languages with up to three letters of an ending."""
    stems = alternation(_labels("stems"), boundary=False)
    return rf"{alternation(_labels('nouns'))}|(?<![\p{{L}}\p{{N}}]){stems}\p{{L}}{{0,3}}(?![\p{{L}}\p{{N}}])"


_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.&-]*|\p{Lu}{2,}|[\p{Lo}\p{M}]{2,})"
_CONNECT = r"(?:of|de|da|di|del|do|dos|van|von|der|den|al|el|and|&|for|the|y|e|du|des|la|le|bin|ibn)"


def _chain() -> str:
    """A credited party: names (an article of its language before one, « » around an outlet's, a desk's word in
    small letters before it: "пресс-служба «NAME»") joined by a slash or a bar, an agency in brackets, after "for"
    or "via" (after a comma too: "NAME/Paper, via AGENCY") or after commas."""
    article = alternation(_labels("articles"))
    desk = alternation(_labels("desks"))
    name = (
        rf"(?:(?i:{article})[ ])?(?:(?i:{desk})[ ])?"
        rf"(?:«[^«»\n]{{1,40}}»|{_NAME_WORD}(?:[ ](?:{_CONNECT}[ ])?{_NAME_WORD}){{0,5}}|{_lower_agency()})"
    )
    return (
        rf"{name}(?:[ ]?[/|／][ ]?{name}){{0,3}}(?:[ ]\({name}(?:[ ]?/[ ]?{name})?\))?"
        rf"(?:,?[ ](?:for|via)[ ]{name})?(?:,[ ]{name}){{0,4}}"
    )


def _lower_agency() -> str:
    """The listed agencies written in small letters ("dpa", "epd"): a name word though no capital opens it."""
    return alternation([name for name in words(table("credits"), "agencies") if name.islower()])


def _party() -> str:
    """A party named by what it is rather than who ("Handout", "Family handout", "Reader submission"): a word in
    capitals first and up to two more in small letters, the last a word of ``parties``."""
    return rf"(?:\p{{Lu}}[\p{{Ll}}'’-]+[ ](?:[\p{{Ll}}'’-]+[ ]){{0,1}})?(?i:{alternation(_labels('parties'))})"


def _body() -> str:
    """A body named in small letters after "the": up to three words and a word of ``bodies`` ("the coastguard
    agency", "the regional fire brigade"), the whole of what follows a label."""
    return rf"(?i:the[ ](?:[\p{{Ll}}-]+[ ]){{0,3}}{alternation(_labels('bodies'))})"
_LABEL = LazyPattern(
    lambda: (
        rf"(?P<mods>(?:(?!(?i:{alternation(_labels('not-modifiers'))})[ ])[\p{{L}}-]+[ ]){{0,3}}?)"
        rf"(?:(?P<noun>(?i:{picture_words()}))|(?P<bare>(?i:{alternation(_labels('bare-nouns'))})))"
        rf"(?:[ ](?i:{alternation(_labels('tails'))}))?"
        rf"(?:[ ]?(?P<colon>[:：©])[ ]?|(?P<dots>\.{{3}}|…)[ ]?|[ ]+[-–—][ ]+"
        rf"|,?[ ](?P<joiner>(?i:{alternation(_labels('joiners'))}))[ ]|,[ ](?P<comma>)(?=\p{{Lu}}))"
        rf"(?:(?i:courtesy(?:[ ]of)?)[ ])?(?!(?i:{alternation(_labels('not-party-starts'))})\b)"
        rf"(?P<name>{_party()}(?=[ \t]*(?:[.;,)\]}}|]|\Z)|[ ][\p{{Lu}}\"“‘])|{_chain()}|{_body()})"
    ),
    regex.VERSION1,
)
"""The label and its name: the modifiers, the noun and the joiner in any case, the name capitalised."""
_AFTER = LazyPattern(
    lambda: (
        rf"[ \t]*(?:[.;,)\]}}|¦]*[ \t]*\Z|{SEPARATORS}"
        rf"|[ \t]+(?={alternation(words(table('pieces'), 'starters'))}[ ]))"
    )
)
"""What may follow a credit's name in its piece: the piece's end (a stop, a bracket, a bar), a separator, or a
word that starts a sentence ("... the Coast Guard The river rose")."""
_SMALL = LazyPattern(r"(?=[ ]\p{Ll})")
"""A word in small letters after the name: the sentence a labelled credit fell into goes on."""
_NEXT_SENTENCE = LazyPattern(r"[ ](?:\p{Lu}[\p{Lu}\p{Ll}]+,?[ ]\p{Ll}|[\"“‘]\p{Lu})")
"""A capitalised word (or an initialism) and one in small letters, or an opening quote, after a name that a
label marks as a credit (a colon, an ellipsis, a comma, a joiner only credits use): the next sentence (where the
credit ends is then a guess)."""
_SECOND = LazyPattern(
    lambda: (
        rf"[;,][ ](?:[\p{{L}}-]+[ ]){{0,2}}(?i:{picture_words()})(?:[ ]?[:：][ ]?|[ ])"
        rf"(?:{_chain()})(?:(?:,[ ]|[ ](?:and|&|AND)[ ])(?:{_chain()}))?"
    ),
    regex.VERSION1,
)
"""A second label and its name after a semicolon ("COMPOSITE IMAGE: NAME; SOURCE PHOTOS AGENCY", "Photo montage by
OUTLET; original photographs AGENCY and AGENCY"): the sources of a composite, part of the same credit."""
_CAPS_TAIL = LazyPattern(
    lambda: (
        rf"(?:(?!(?:{alternation([word.upper() for word in _labels('not-modifiers')])})[ ])"
        r"\p{Lu}[\p{Lu}&'’-]+[ ]){1,4}"
        rf"(?:{alternation([word.upper() for word in _labels('tail-nouns')])})"
        r"(?:[ ]?/[ ]?\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){0,3})?"
    ),
    regex.VERSION1,
)
"""A credit in capitals whose picture word comes last ("NATIONAL NEWS AGENCY PHOTO", "DAILY PAPER PHOTO/NAME"):
the whole of its piece, on its line or after a caption's sentence."""
_HINT = LazyPattern(lambda: rf"{picture_words()}|{alternation(_labels('bare-nouns'))}", regex.IGNORECASE)


@per_paragraph
def find_image_labels(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, sure)`` of each credit in ``text`` labelled by a word of the picture."""
    if not _HINT.search(text):
        return ()
    return leftovers_in(text, lambda start, end, inside: _credit(text, start, end, inside))


def _credit(text: str, start: int, end: int, inside: bool) -> tuple[int, int, bool] | None:
    """The credit that a piece is (from its first character), or None."""
    bracketed = text[start] in "([{"
    tail = None if inside else _CAPS_TAIL.match(text, start, end)
    if tail is not None and _AFTER.match(text, tail.end(), end) and _AFTER.match(text, tail.end(), end).end() >= end:
        return start, tail.end(), True
    label = _LABEL.match(text, start + 1 if bracketed else start, end)
    glued = label is not None and (label.group("colon") or label.group("dots"))
    marked = glued or (label is not None and label.group("comma") is not None)
    if label is None or (inside and not glued) or (label.group("bare") and not marked):
        return None  # inside a sentence only a label with its colon is sure to be one; "credit" needs its colon
    noun = (label.group("noun") or label.group("bare")).lower()
    if label.group("comma") is not None and noun not in _labels("comma-nouns"):
        return None  # "Still, South Korean ministers said": a comma follows a word of the picture as an adverb
    joiner = (label.group("joiner") or "").lower()
    marked = marked or joiner in _labels("marked-joiners")
    for stop in _name_ends(label):
        second = _SECOND.match(text, stop, end)
        stop = second.end() if second is not None and _AFTER.match(text, second.end(), end) else stop
        after = _AFTER.match(text, stop, end) or (_SMALL.match(text, stop, end) if inside else None)
        if after is not None:
            whole = after.end() >= end
            return start, end if bracketed and whole else stop, whole and not inside
        if marked and not inside and _NEXT_SENTENCE.match(text, stop, end):
            return start, stop, False  # "Image source, NAME Flood waters rose": the credit ran into a sentence
    return None


def _name_ends(label: regex.Match[str]) -> list[int]:
    """Where the name may end, longest first: after each of its words (a credit run into the next sentence,
    "... the Coast Guard The river rose", ends before the sentence's first word)."""
    start, end = label.span("name")
    text = label.string
    ends = [end]
    at = end
    while at > start:
        at = text.rfind(" ", start, at)
        if at <= start:
            break
        if text[at - 1].isalnum() or text[at - 1] in ")’'.":
            ends.append(at)
    return ends
