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

from wirelint.naming.entities import ArticleUse, Form
from wirelint.naming.matching import Mention, in_capitals, sentence_around

_OPENING_PUNCTUATION = " \t\"'“‘(["


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
