"""Another story that takes over at a sentence inside a paragraph and runs on to the end of the article (WL601).

A CMS paste that loses a paragraph break can leave another story's lede glued with a space after the last
sentence of a paragraph of this one ("... the minister said. Separately, a freighter ran aground ..."), the
other story's next paragraphs following to the end of the file. The gaps of :mod:`wirelint.text.storybreaks`
then see the other story only from its second paragraph on, where it shares its own lede's words, and the
sentences of :mod:`wirelint.text.storysentences` measure the lede against this story resuming in the next
paragraph, which it never does. Here, a sentence of a paragraph (not its first, not the article's last
paragraph) that says a new story opens (a transition word or a dateline) starts a stretch that runs to the end
of the article, measured and scored as a paragraph's stretch to the end. The measures come from the running
counts at the paragraph's start (:meth:`~wirelint.text.cohesion.Split.tail_past`), in time linear in the
paragraph's words, so the family stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from typing import NamedTuple

from wirelint.text.cohesion import Counts, Overlap, Split
from wirelint.text.storyaftermath import tells_aftermath
from wirelint.text.storyscore import Break
from wirelint.text.storysentences import MIN_GLUED_WORDS, Both, sum_counts
from wirelint.text.storysigns import Signs


class Paragraph(NamedTuple):
    """One paragraph as a takeover reads it: its first unit, its sentences' signs, content stems and name stems,
    and which of them may open a story at all (long enough, outside a quotation)."""

    start: int
    signs: Sequence[Signs]
    words: Sequence[Counts]
    names: Sequence[Counts]
    opens: Sequence[bool]
    run_on: Sequence[bool]
    last: bool
    """It is the article's last paragraph."""
    resumed: bool = False
    """It is the last, or a paragraph after it uses a word of the headline: the story comes back (or may), and a
    transition that turns away lowers no bar (:attr:`~wirelint.text.storyscore.Break.runs_past`)."""


UNMARKED_SENTENCES = 2
"""The last sentences of a paragraph that may open a takeover with no word or dateline (another story's lede of one
or two sentences), when what follows is apart from the story: a bound that keeps the family linear."""
Apart = Callable[[int, Signs, Overlap, Overlap, int, Container[str], Container[str]], bool]
"""Whether the stretch from a sentence (its unit's index and signs) to the end, its words' and names' overlap with
what came before, its lede words, and the words and names' words before it, is a tail apart."""


def marked(sign: Signs, last: bool) -> bool:
    """Whether a sentence says a new story opens here: a transition word or a dateline. In the article's last
    paragraph, a transition of another moment ("Meanwhile,", "Also on Friday,") does not: a round-up ends on its
    next item so ("Meanwhile, former TV presenter Andrea Arnold won best short film ..."), and a story pasted
    there has nothing after it to tell them apart; one that says another matter follows ("Separately,", "In
    other news,") still does."""
    return sign.dateline or sign.company_lede or (sign.turns_away if last else sign.transition)


def takeovers(
    paragraph: Paragraph,
    words: Split,
    names: Split,
    article_units: int,
    baseline: float,
    lede: Callable[[Counts], int],
    new_full_names: Callable[[Sequence[Signs], Container[str]], int],
    subject: Container[str],
    event: Callable[[], frozenset[str]] = frozenset,
    apart: Apart | None = None,
) -> Iterator[tuple[bool, Break]]:
    """The takeovers of one paragraph that is not the article's last, ``words`` and ``names`` standing at its
    start; ``lede`` counts the headline's and first sentences' words in a stretch that starts with the given
    counts and runs to the end, ``new_full_names`` the full names of its first sentences that are new. Each comes
with whether its first sentence reads as a later sentence of this story (:meth:`Signs.continues`): such a one is
no takeover, but an editor's re-lint remembers it. A first sentence that names the story's subject (a word of
``subject``, the headline's and first sentence's words) is the story going on, and opens none; so is one after a
transition of another moment ("Meanwhile,") that tells the consequences of the story's event (``event``, the words
of its kind of event, asked when first needed: :func:`~wirelint.text.storyaftermath.tells_aftermath`). With
``apart``, one of the paragraph's last :data:`UNMARKED_SENTENCES` sentences after an ordinary ". ", with no word
or dateline, opens one too when the stretch from it to the end shares nothing with the story before it (a tail
apart, :func:`~wirelint.text.storytails.apart`): another story's lede after a lost paragraph break, that story
running on to the end of the file."""
    signs, counted, named = paragraph.signs, paragraph.words, paragraph.names
    for at in range(1, len(signs)):
        sign = signs[at]
        opens = paragraph.opens[at] and not paragraph.run_on[at] and sign.words >= MIN_GLUED_WORDS
        unmarked = apart is not None and not paragraph.last and at >= len(signs) - UNMARKED_SENTENCES
        if not (opens and (marked(sign, paragraph.last) or unmarked)):
            continue
        if any(word in subject for _, stems in sign.names for word in stems):
            continue  # it names the story's subject: "Separately, the Indonesian government ..." under "Indonesia ..."
        if sign.transition and not sign.turns_away and not sign.dateline and tells_aftermath(counted[at], event()):
            continue  # the event's knock-on: "Meanwhile, rail operator LNER cancelled all trains ..." after floods
        skipped, skipped_names = sum_counts(counted[:at]), sum_counts(named[:at])
        first = sum_counts(counted[at:])
        seen, seen_names = Both(words.before, skipped), Both(names.before, skipped_names)
        index = paragraph.start + at
        tail, returned = words.tail_past(skipped, first), lede(first)
        tail_names = names.tail_past(skipped_names, sum_counts(named[at:]))
        found_apart = not sign.transition and apart is not None and apart(
            index, sign, tail, tail_names, returned, seen, seen_names
        )
        if not (marked(sign, paragraph.last) or found_apart):
            continue
        yield sign.continues(seen, seen_names), Break(
            index,
            article_units,
            sign,
            run_on=False,
            new_person=any(person not in seen for other in signs[at : at + 2] for person in other.people),
            words=tail,
            names=tail_names,
            baseline=baseline,
            article_units=article_units,
            new_full_names=new_full_names(signs[at : at + 2], seen_names),
            lede_return=returned,
            takeover=True,
            runs_past=not paragraph.resumed,
            apart=found_apart,
        )
