"""Restriction notices written as runs of fragments, found by their make-up rather than their wording.

"No apps /// No web archives /// editorial only", "Blocked for NAME clients ¦ no sublicensing", "[[no
syndication]] [[no reuse after 48 hours]]", "Terms: single use only ⋅ no third-party distribution", "Video from
a bystander; date and location could not be confirmed": a piece (``text/pieces.py``) cut by separators (a CMS's
marks, brackets, semicolons, commas, dashes) into short fragments, each with no verb of a sentence, that are
restrictions (a limiting word and a word of use or distribution, ``[lexicon.notice-runs] limits`` and ``uses``,
or a strong limit such as "exclusive to NAME" or "release after 0600 GMT"), caveats that the picture could not be
verified, or the picture's source. ``text/notices.py`` scores the terms agencies use; this finds the same notice
said with other words.

A run is a notice when every fragment of its piece is one of these, with two restrictions or caveats, or one
under a label ("Terms:"), inside fence marks ("^^...^^", "{...}") or beside the picture's source; or when it
opens with two restrictions joined by a CMS's marks and the sentence goes on after them (then where it ends is a
guess). News has a verb ("Broadcasters were barred from airing the game") or a fragment that is none of these
("No apps, no internet and no phones: the village lives offline, residents said").
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.imagelabels import picture_words
from wirelint.text.lexicon import fragments, table, words
from wirelint.text.pieces import SEPARATORS, Span, leftovers_in, run_on_ends

MAX_FRAGMENT_WORDS = 12


def _runs(key: str) -> list[str]:
    return words(table("notice-runs"), key)


def _any(key: str) -> str:
    return rf"(?<![\p{{L}}\p{{N}}])(?:{fragments(_runs(key))})(?![\p{{L}}\p{{N}}])"


_LIMIT = LazyPattern(lambda: _any("limits"), regex.I)
_USE = LazyPattern(lambda: _any("uses"), regex.I)
_OUTLET = LazyPattern(lambda: _any("outlets"), regex.I)
_STRONG = LazyPattern(lambda: rf"(?<![\p{{L}}])(?:{fragments(_runs('strong'))})", regex.I)
_CAVEAT_SUBJECT = LazyPattern(lambda: _any("caveat-subjects"), regex.I)
_CAVEAT = LazyPattern(lambda: _any("caveats"), regex.I)
_LABEL = LazyPattern(lambda: rf"[ \t]*(?:{fragments(_runs('labels'))})[ \t]*(?:[:：]|[ ]?[-–—])[ \t]*", regex.I)
_SOURCE = LazyPattern(lambda: rf"(?i:{picture_words()})")
"""A fragment that names the picture's source ("Video from a bystander", "Image provided by ORG via AGENCY")."""
_SENTENCE = LazyPattern(
    lambda: (
        rf"(?<![\p{{L}}])(?:{fragments(words(table('translation')['en'], 'auxiliaries'))}"
        rf"|{fragments(words(table('translation')['en'], 'reporting'))}"
        r"|he|she|they|we|it|i|you|there|who|which)(?![\p{L}])"
    ),
    regex.I,
)
"""A verb of a sentence or a subject: a fragment with one is news."""
_DETERMINER = LazyPattern(r"(?i:the|a|an|this|that|these|those|its|his|her|their|our)\b")
_CUT = LazyPattern(rf"[ \t]*(?:{SEPARATORS}|;|,|[ \t][-–—]{{1,2}}[ \t]|\[\[|\]\]|[{{}}()\[\]])[ \t]*")
_STRONG_CUT = LazyPattern(rf"[ \t]*(?:{SEPARATORS}|\[\[|\]\]|[{{}}])")
"""Separators only a CMS or an agency writes: a run of two restrictions joined by one is a notice even when the
sentence goes on after it (a notice dropped into a sentence)."""
_FENCE = LazyPattern(r"[ \t]*(?:\^\^|\{|\[\[|\[|\(|/{2,3}|=+)")
_CLOSE = LazyPattern(r"[ \t]*(?:\^\^|\}|\]\]|\]|\)|/{2,3}|=+)?[.]?")
_OPENS = LazyPattern(
    lambda: (
        rf"[\p{{P}}\s]*(?:{_any('limits')}|{_any('uses')}|{_any('outlets')}|{_any('caveat-subjects')}"
        rf"|(?:{fragments(_runs('strong'))})|(?:{picture_words()}))"
    ),
    regex.I,
)
"""How a fragment opens: with one of its terms or the picture's word, never with a sentence's subject ("The
river rose and No kiosk screens" is the story's)."""
_TAIL = LazyPattern(r"(?:[ \t]+[^\s]+){4,}[ \t.!?]*")
"""Four words or more after a restriction's last term: the sentence a notice ran into, not the notice's."""
_WORD_REST = LazyPattern(r"[\p{L}\p{N}'’-]*")
_HINT = LazyPattern(lambda: _any("limits") + "|" + _any("caveats"), regex.I)


@per_paragraph
def find_notice_runs(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, sure)`` of each notice in ``text`` written as a run of fragments."""
    if not _HINT.search(text):
        return ()
    return leftovers_in(text, lambda start, end, inside: _run(text, start, end, inside))


def _run(text: str, start: int, end: int, inside: bool) -> Span | None:
    """The notice that opens the piece ``text[start:end]``, where it ends and whether that is sure, or None. Opened
    inside a sentence, one fragment is never enough ("... the video crown for Take Me Out.")."""
    fenced = bool(_FENCE.match(text, start))
    label = _LABEL.match(text, start, end)
    at = label.end() if label else start
    kinds: list[str] = []
    strong_joins = True
    last_end = at
    cuts = list(_CUT.finditer(text, at, end))
    bounds = [(at, cuts[0].start() if cuts else end)]
    bounds += [(cut.end(), cuts[i + 1].start() if i + 1 < len(cuts) else end) for i, cut in enumerate(cuts)]
    run_on = trimmed = False
    for number, (first, last) in enumerate(bounds):
        piece_end = last
        ends = run_on_ends(text, first, last)
        if ends:
            last, run_on = min(ends), True
        fragment = text[first:last].strip(" \t.!?")
        if not fragment:
            if run_on:
                break
            continue
        kind = _kind(fragment)
        if kind is None and kinds and run_on_ends(" " + fragment, 0, 2):
            run_on = True  # the next sentence, after the notice's closing mark
            break
        if kind is None and kinds:
            last = _trimmed(text, first, last)
            kind, trimmed = (_kind(text[first:last]) if last > first else None), True
        if kind is None:
            break
        if kind in ("limit", "outlet") and not trimmed and _TAIL.fullmatch(text, _terms_end(text, first, last), last):
            last, trimmed = _terms_end(text, first, last), True  # "... editorial use only Flood waters receded"
        kinds.append(kind)
        last_end = first + len(text[first:last].rstrip(" \t.!?"))
        if number and not _STRONG_CUT.match(text, bounds[number - 1][1]):
            strong_joins = False
        if run_on or trimmed or last < piece_end:
            break
    goods = sum(kind != "source" for kind in kinds) if {"limit", "caveat"} & set(kinds) else 0
    whole = bool(kinds) and not trimmed and not text[last_end:end].strip(" \t.!?)]}^/=|¦")
    close = _CLOSE.match(text, last_end).end()
    one = goods and (label or fenced or len(kinds) >= 2 or (_alone(text[at:last_end]) and not inside))
    if (whole or (run_on and not trimmed)) and (goods >= 2 or one):
        return start, close, whole and not run_on and not inside
    if goods >= 2 and (strong_joins or label):
        return start, close, False
    return None


def _terms_end(text: str, first: int, last: int) -> int:
    """The end of the word that holds a fragment's last term."""
    terms = (
        *_USE.finditer(text, first, last),
        *_OUTLET.finditer(text, first, last),
        *_LIMIT.finditer(text, first, last),
        *_STRONG.finditer(text, first, last),
    )
    end = max((found.end() for found in terms), default=last)
    return _WORD_REST.match(text, end, last).end()


def _trimmed(text: str, first: int, last: int) -> int:
    """Where a restriction that a sentence runs on from ends: after its last term with which it is still one
    ("no online use" of "no online use officials said it would fall"); ``first`` when there is none."""
    terms = (
        *_USE.finditer(text, first, last),
        *_OUTLET.finditer(text, first, last),
        *_LIMIT.finditer(text, first, last),
    )
    for at in sorted({found.end() for found in terms}, reverse=True):
        if _kind(text[first:at]) in ("limit", "outlet"):
            return at
    return first


def _kind(fragment: str) -> str | None:
    """What a fragment is: a restriction of use ("limit") or of outlets ("outlet"), a caveat, the picture's
    source, or None (news)."""
    if len(fragment.split()) > MAX_FRAGMENT_WORDS or not _OPENS.match(fragment):
        return None
    caveat = _CAVEAT.search(fragment)
    if caveat and _CAVEAT_SUBJECT.search(fragment):
        rest = fragment[: caveat.start()] + fragment[caveat.end() :]
        return None if _SENTENCE.search(rest) else "caveat"
    if _SENTENCE.search(_STRONG.sub(" ", _LIMIT.sub(" ", fragment))):
        return None
    if _STRONG.search(fragment) or (_LIMIT.search(fragment) and _USE.search(_LIMIT.sub(" ", fragment))):
        return "limit"
    if _LIMIT.search(fragment) and _OUTLET.search(_LIMIT.sub(" ", fragment)):
        return "outlet"
    return "source" if _SOURCE.match(fragment) else None


def _alone(fragment: str) -> bool:
    """Whether one fragment is a notice by itself: a strong limit, or a caveat that names no one's picture
    ("Footage unverified.", not "The footage could not be verified")."""
    if _STRONG.search(fragment):
        return True
    return bool(_CAVEAT.search(fragment)) and not _DETERMINER.match(fragment) and len(fragment.split()) <= 8
