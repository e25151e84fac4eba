"""Another story's paragraphs at the end of this one that share nothing with it, and an opening that says other
news follows (WL601, issue 17, integrity19).

A tail apart: another story's last paragraphs, or its body paragraphs taking over, open as later paragraphs do
("He said ...", "But the company ...", "The deal ...") and name less than a lede, so the regression fitted on ledes
weighs them below its bar; a pronoun that opens one was not even a gap. Read as an editor reads: from some paragraph
(the third or later) to the end, the text names no one and nothing this story named, uses almost none of its words,
none of its headline's or first paragraph's words and none of its subject's (the topic families those take in:
``storyislands.toml`` [families]), and does not open on a name or a thing already met. A story's own last
paragraphs always pick up some of that; a background paragraph on a new person speaks of the story's subject.

Other news: a transition that says in so many words that unrelated news follows ("In other news,", "In unrelated
news,", "On a different note,") before a stretch to the end: no untouched article of either corpus writes one, and
an on-topic paragraph is introduced by "Meanwhile," or "Separately,", never so.

The measures and bars are data (``storytakeover.toml`` [tail apart] and [other news]).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.cohesion import Overlap
from wirelint.text.storydata import count, number
from wirelint.text.storynotes import results_note
from wirelint.text.storyscore import TAKEOVER_DATA
from wirelint.text.storysigns import Signs, speaker_names
from wirelint.text.storyspeakers import WrittenNames
from wirelint.text.vocabulary import ArticleVocabulary, Placed, topic_stems

_PERSONS = (("he", "him", "his", "himself"), ("she", "her", "hers", "herself"), ("it", "its", "itself"),
            ("they", "them", "their", "theirs", "themselves"))
"""The personal pronouns by the one they stand for: a story that wrote "her management" can go on with "she"."""
_CLASS = {word: number for number, words in enumerate(_PERSONS) for word in words}
_PERSON_CLASSES = frozenset({0, 1})
""""he" and "she": a pronoun that stands for a person the story has met."""
_PRONOUN = LazyPattern(r"\b(?:" + "|".join(_CLASS) + r")\b", regex.IGNORECASE)
_SUBJECT_PRONOUN = LazyPattern(
    r"^[\"'“‘]?(?:(?:[\p{L}\p{N}'’\-.]+\s+){0,8}[\p{L}\p{N}'’\-.]+,\s+)?(" + "|".join(_CLASS) + r")\b",
    regex.IGNORECASE,
)
"""A sentence whose subject is a pronoun, first or after an opening phrase and a comma ("It said ...", "Born in
Seville in 1953, she began ...", "Founded in 1902, it makes ..."): it goes on about someone or something named."""


@cache
def _apart() -> tuple[int, float, int]:
    return (count(TAKEOVER_DATA, "tail apart", "terms"), number(TAKEOVER_DATA, "tail apart", "share"),
            count(TAKEOVER_DATA, "tail apart", "least before"))


def _referents(sentence: str, sign: Signs) -> Iterator[tuple[int, tuple[str, ...] | None]]:
    """For each "he" or "she" of ``sentence`` (any form), its kind and the words of the nearest full name before it
    that no pronoun of another kind stands for, or None when there is none (someone named before the sentence)."""
    placed = [(at, stems) for name, stems in sign.names if " " in name and stems and (at := sentence.find(name)) >= 0]
    kinds: dict[tuple[str, ...], int] = {}
    for match in _PRONOUN.finditer(sentence):
        kind = _CLASS[match.group().lower()]
        if kind not in _PERSON_CLASSES:
            continue
        earlier = [stems for at, stems in sorted(placed) if at < match.start() and kinds.get(stems, kind) == kind]
        if earlier:
            kinds[earlier[-1]] = kind
        yield kind, earlier[-1] if earlier else None


def _known_name(stems: tuple[str, ...], seen: Container[str]) -> bool:
    """Whether a word of a name (its initials aside) is among the words of the names the story used before."""
    return any(word in seen for word in stems if not word.isupper())


class TailSubject:
    """How many words of the story's subject each paragraph and those after it use, counted once per article from
    the end, which pronouns the paragraphs before each use, counted once from the start, and where each name is first
    written (:class:`~wirelint.text.storyspeakers.WrittenNames`, once per article), so asking at every gap stays
    linear."""

    def __init__(self, texts: Sequence[str], subject: Callable[[], frozenset[str]],
                 vocabulary: ArticleVocabulary | None = None) -> None:
        self._texts, self._subject, self._vocabulary = texts, subject, vocabulary
        self._counts: list[int] = []
        self._pronouns: list[frozenset[int]] = []
        self._written: WrittenNames | None = None

    def carried_on(self, paragraph: int, opening: str, start: int = 0) -> bool:
        """Whether ``opening`` (the sentence at character ``start`` of ``paragraph``) goes on about the story's
        subject by a pronoun the story has used before it for someone or something ("Her management said ..." and
        then "Born in Seville, she began ..."; "Carson said it ..." and then "It said ..."): the story's own
        background or its last words, whatever new places it names. Another story's tail that opens "He said ..."
        after a story that never wrote "he" or "his" is not carried on."""
        found = _SUBJECT_PRONOUN.match(opening)
        return found is not None and _CLASS[found.group(1).lower()] in self.used_before(paragraph, start)

    def source_speaks(self, paragraph: int, opening: str, start: int = 0) -> bool:
        """Whether ``opening`` (the sentence at character ``start`` of ``paragraph``) gives as its speaker a name
        written, as it is written there, in the headline, the standfirst or the story before it: the story's own
        source closing it ("..., S/P said." under "... BONDS UPGRADED BY S/P"), whatever new things it names."""
        if self._written is None:
            units = self._vocabulary.units if self._vocabulary is not None else []
            article = units[0].block.article if units else None
            heads = [block.text for block in article.fields("headline", "standfirst")] if article is not None else []
            self._written = WrittenNames(heads, self._texts)
        return any(self._written.before(name, paragraph, start) for name in speaker_names(opening))

    def used_before(self, paragraph: int, start: int = 0) -> frozenset[int]:
        """The personal pronouns (by the one they stand for) the story uses before character ``start`` of
        ``paragraph``."""
        if not self._pronouns:
            seen: set[int] = set()
            for text in self._texts:
                self._pronouns.append(frozenset(seen))
                seen.update(_CLASS[match.group().lower()] for match in _PRONOUN.finditer(text))
        earlier = self._texts[paragraph][:start]
        return self._pronouns[paragraph].union(_CLASS[match.group().lower()] for match in _PRONOUN.finditer(earlier))

    def refers_to_person(self, paragraph: int, sentence: str, start: int, sign: Signs,
                         seen_names: Container[str]) -> bool:
        """Whether ``sentence`` (at character ``start`` of ``paragraph``, its signs ``sign``) says "he" or "she" (any
        form) of a person the story has met: a sentence after an ordinary ". " that does so is the story's own,
        whoever else it names ("Boss Steve Bruce had said that he would be happy to let the Danish international
        go"). A pronoun stands for the nearest full name before it in the sentence that no pronoun of another kind
        stands for (:func:`_referents`): a person of the story when a word of that name is among ``seen_names``,
        the names' words before it; with no such name, someone met before, when the story has used a pronoun of
        that kind. Another story's lede that says "she" of the person it has just named is not the story's own."""
        used = self.used_before(paragraph, start) & _PERSON_CLASSES
        return any(
            _known_name(name, seen_names) if name is not None else kind in used
            for kind, name in _referents(sentence, sign)
        )

    def taken_up(self, paragraph: int, start: int = 0) -> int:
        """How many words of the story's subject the text from character ``start`` of ``paragraph`` to the end of
        the article uses (counted once per article for whole paragraphs)."""
        if not self._counts:
            subject, seen = self._subject(), set()
            counts = [0] * (len(self._texts) + 1)
            for at in range(len(self._texts) - 1, -1, -1):
                seen |= topic_stems(self._texts[at]) & subject
                counts[at] = len(seen)
            self._counts = counts
        if not start:
            return self._counts[paragraph]
        return self._counts[paragraph + 1] + len(topic_stems(self._texts[paragraph][start:]) & self._subject())


def apart(paragraph: int, words: Overlap, names: Overlap, lede_return: int, sign: Signs, opening: str,
          before: tuple[Container[str], Container[str]], subject: TailSubject, start: int = 0) -> bool:
    """Whether the stretch from character ``start`` of ``paragraph`` (its start, or a sentence inside it after an
    ordinary ". ") to the end of the article is a tail apart: enough words, almost none of them and none of its
    names' words used before, no word of the lede or of the subject, and a first sentence (``sign``, its text
    ``opening``) that does not go on about a name or a thing already met (the words and names' words ``before``
    it), by a pronoun the story used (:meth:`TailSubject.carried_on`) or in the words of a source the story names
    (:meth:`TailSubject.source_speaks`), nor is a note on a results table's figures (:func:`results_note`).
    Another story that starts inside a paragraph and runs to the end is the same tail: the paragraph's own sentences
    before it count as the story's."""
    terms, share, least_before = _apart()
    return (
        paragraph + bool(start) >= least_before
        and not names.shared
        and not lede_return
        and words.distinct >= terms
        and words.share <= share
        and not subject.taken_up(paragraph, start)
        and not sign.continues(*before)
        and not subject.carried_on(paragraph, opening, start)
        and not subject.source_speaks(paragraph, opening, start)
        and not results_note(opening)
    )


def apart_inside(units: Sequence[Placed], paragraph: int, subject: TailSubject, index: int, sign: Signs,
                 words: Overlap, names: Overlap, lede_return: int, seen: Container[str],
                 seen_names: Container[str]) -> bool:
    """Whether the stretch from unit ``index`` (a sentence inside ``paragraph``, after an ordinary ". ") to the end
    of the article is a tail apart (:func:`apart`; ``seen`` and ``seen_names`` are the words and names' words before
    it), its first sentence saying "he" or "she" of no one the story has met (:meth:`TailSubject.refers_to_person`)."""
    placed = units[index]
    opening = placed.block.text[placed.unit.start : placed.unit.end]
    return not subject.refers_to_person(paragraph, opening, placed.unit.start, sign, seen_names) and apart(
        paragraph, words, names, lede_return, sign, opening, (seen, seen_names), subject, placed.unit.start
    )
