"""Rewriting a mention into another form without breaking the sentence.

Swapping names is easy; keeping the grammar is not. "by the Islamic State
group" becomes "by ISIS" (the article goes with the form that needed it),
"ISIS's" keeps its possessive, "ISLAMIC STATE" in a shouted headline stays in
capitals, and a name at the start of a sentence keeps its capital. Where the
right article cannot be known from the text ("ISIS militants" into a form that
takes "the") the rewrite is marked unsafe so it only runs when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from wirelint.lazy_pattern import LazyPattern
from wirelint.naming.entities import ArticleUse, Form
from wirelint.naming.matching import Mention, in_capitals, sentence_around
from wirelint.naming.variants import Occurrence

_OPENING_PUNCTUATION = " \t\"'“‘(["
_INDEFINITE = LazyPattern(r"(?<![\w-])(?:an?|AN?|An)\s+$")
"""An article that agrees with the sound of the next word: adding or dropping "al-" after it may break that."""


@dataclass(frozen=True)
class Rewrite:
    """Replace ``block.text[start:end]`` with ``text``."""

    start: int
    end: int
    text: str
    safe: bool


def rewrite(mention: Mention, target: Form) -> Rewrite:
    """The edit that turns ``mention`` into ``target``, with "the", case and possessive handled."""
    text = mention.block.text
    start, end = mention.start, mention.end
    replacement = target.text
    safe = True
    compound = text[end : end + 1] == "-"  # "Islamic State-linked": any "the" belongs to the compound
    if compound:
        safe = " " not in replacement
    elif mention.the_start is not None:
        if target.article is ArticleUse.NONE:
            if mention.form.article is ArticleUse.NONE:
                safe = False  # "the ISIS fighters": the article may belong to the noun after the name
            else:
                start = mention.the_start  # "the Islamic State group" -> "ISIS"
    elif target.article is ArticleUse.REQUIRED and mention.block.field != "headline":
        replacement = "the " + replacement
        safe = False  # "ISIS declared" needs "the", "ISIS militants" may not
    capitals = in_capitals(text, mention.start, mention.end)
    if capitals:
        replacement = replacement.upper()
    elif text[start].isupper() and replacement[0].islower() and _starts_sentence(text, start, end):
        replacement = replacement[0].upper() + replacement[1:]
    apostrophe = text[end : end + 1]
    if apostrophe in ("'", "’") and not text[end + 1 : end + 2].isalpha() and not replacement.endswith(("s", "S")):
        end += 1  # "IS' leader" -> "the Islamic State group's leader"
        replacement += apostrophe + ("S" if capitals else "s")
    return Rewrite(start, end, replacement, safe)


def _starts_sentence(text: str, start: int, end: int) -> bool:
    sentence_start, _, exact = sentence_around(text, start, end)
    return exact and not text[sentence_start:start].strip(_OPENING_PUNCTUATION)


def respell(occurrence: Occurrence, kind: str, target: str) -> Rewrite:
    """The edit that spells one name unit the way the article (or house style) keeps to.

    Only the unit changes: the word ("Nasrollah" -> "Nasrallah", its possessive
    kept), the article before it ("al " -> "al-", or added or dropped) or what
    joins two words ("Abu-Mazen" -> "Abu Mazen"). Case follows the text: a
    word in capitals stays in capitals, an article starting a sentence gets a
    capital. A word whose capital cannot be matched, or an article added or
    dropped after "a" or "an" ("an al-Maliki aide" is not "an Maliki aide"),
    makes the rewrite unsafe.
    """
    mention, index = occurrence.mention, occurrence.index
    part = mention.parts[index]
    text = mention.block.text
    if kind == "joiner":
        before = mention.parts[index - 1]
        return Rewrite(before.end, part.article_start if part.article else part.start, target, True)
    if kind == "article":
        start = part.article_start if part.article else part.start
        replacement = target.lower()
        if part.capitals:
            replacement = replacement.upper()
        elif replacement and (_starts_sentence(text, start, part.end) or part.article[:1].isupper()):
            replacement = replacement[0].upper() + replacement[1:]
        indefinite = _INDEFINITE.search(text, max(0, start - 4), start) is not None
        return Rewrite(start, part.start, replacement, not indefinite)  # "an al-Maliki aide" / "a Maliki aide"
    written = part.text
    if len(written) > 1 and written.isupper() and not target.isupper():
        return Rewrite(part.start, part.end, target.upper(), True)
    return Rewrite(part.start, part.end, target, written[:1].isupper() and target[:1].isupper())
