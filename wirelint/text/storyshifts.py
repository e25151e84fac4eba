"""Sentence-initial phrases that shift the topic, recognised by their shape (WL601).

A desk that glues another story into this one often leaves the phrase it was introduced with: "Meanwhile,",
"Separately,", but just as often a phrase no list holds, built from a few small word classes (``storyshifts.toml``):
a verb of turning with a noun of attention or news and no owner's word before it ("Shifting the focus elsewhere,";
not "Shifting its focus to Asia," nor "Turning the business around,", the story's own action), a word of
unrelatedness with a noun of news ("In an entirely unconnected matter,"), a desk's kind of news ("In city news,";
not before a comparison, "In politics, as in business,"), a phrase of leaving before a noun of news or a desk
("Away from politics,"; not "Away from home,"), or a change of place alone ("Back at home,", "Overseas,", "On the
diplomatic front,"). The first four say another matter follows; a change of place alone moves the reader and may
keep the matter (real copy writes "At home, sales fell ..." in its own story), so it says only what "Meanwhile,"
says.
Whether the sentence after the phrase belongs to this story is for cohesion to tell
(:mod:`wirelint.text.storybreaks`); this module only reads the phrase.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import alternation
from wirelint.text.storydata import word_list

PATH = Path(__file__).with_name("storyshifts.toml")
_GAP = r"\s+"
_WORD = r"[\p{L}\p{N}'’\-]+"
_UP_TO_COMMA = r"[^,.;:!?\"“”\n]{0,40},"
"""The rest of the phrase, up to its comma (a few words of its own: "to foreign affairs", "on Monday")."""


def _words(table: str) -> str:
    return alternation(word_list(PATH, table), gap=_GAP)


@cache
def _place_source() -> str:
    """A change of place alone: "<back> (to/at/in) home,", "<abroad>,", "on the <one or two words> front,"."""
    home = rf"(?:{_words('back')})\s+(?:(?:to|at|in)\s+)?home(?:\s+(?:in|on|at)\s+[^,.;:!?\"“\n]{{1,25}})?\s*,"
    return rf"(?:{home}|(?:{_words('abroad')})\s*,|on\s+the\s+(?:{_WORD}\s+){{1,2}}fronts?\s*,)"


@cache
def _away_source() -> str:
    """A phrase that says another matter follows: turning, unrelatedness, a desk's news, leaving."""
    turn = _words("turn")
    noun = alternation([*word_list(PATH, "attention"), *word_list(PATH, "news")], gap=_GAP)
    gap = rf"(?:(?!(?:{noun}|{_words('owner')})\b){_WORD}\s+){{0,4}}?"  # no owner: "Shifting its focus" is theirs
    turning = rf"(?:{turn})\s+{gap}(?:{noun}){_UP_TO_COMMA}"
    unrelated = (rf"(?:in|on|for)\s+(?:an?\s+)?(?:(?:{_words('unrelated')})[\s,]+){{1,2}}(?:{_WORD}\s+)?"
                 rf"(?:{_words('news')})\s*,?\s*")
    desks = (rf"in\s+(?:today['’]s\s+)?(?:{_words('desks')})\s+(?:news|headlines)\s*,?\s*"
             rf"|in\s+(?:{_words('desks alone')})\s*,(?!\s*as\b)")
    away = rf"away\s+from\s+(?:(?:the|this|these|that|such)\s+)?(?:{_WORD}\s+)?(?:{noun}|{_words('desks')})\s*,"
    return rf"(?:{turning}|{unrelated}|{desks}|{away}|{_other_news()}|{_apart()})"


def _other_news() -> str:
    """The day's other news: a noun of the desk's output with a word that says more of it follows, up to its comma
    or colon ("In further headlines,", "Also on the bulletin,", "Among today's other stories,", "Other news
    now:"); not the noun alone ("In the headlines," may be this story's own)."""
    more, output = _words("more news"), _words("output")
    said = rf"(?=[^,:;.!?\"“”\n]{{0,50}}\b(?:{more})\b)"  # a word of more, before the phrase's comma
    lead = rf"(?:(?:{more})\s+)?(?:(?:{_words('making')})\s+)?(?:(?:{_words('among')})\s+)?"
    small = r"(?-i:[\p{Ll}'’\-]+)"  # words in small letters: "News Corp's News International unit" is a name
    tail = rf"(?:\s+(?:{_words('when')})|\s+(?:{_words('among')}|of|at)\s+[^,:;.!?\"“”\n]{{1,25}})?"
    return rf"{said}{lead}(?:{small}\s+){{0,5}}?(?-i:{output})\b{tail}\s*[,:]\s*"


def _apart(strict: bool = False) -> str:
    """Unrelatedness said alone: an adverb of it ("Unconnectedly,", "Quite separately,"), or unrelated to what came
    before ("Unrelated to this,", "Having nothing to do with that,"). ``strict``: not an adverb of [apart alone]
    by itself ("Separately," opens real copy's own next item as often as another story)."""
    pointer = rf"(?:all\s+)?(?:{_words('pointers')})(?:\s+{_WORD})?"
    alone = rf"(?!(?:{_words('apart alone')})\s*,)" if strict else ""
    plain = rf"{alone}(?:(?:{_words('intensifiers')})\s+)?(?:{_words('apart')})"
    related = rf"(?:(?:{_words('unrelated')})\s+(?:to|with|from)|(?:having\s+)?nothing\s+to\s+do\s+with)"
    return rf"(?:{plain}(?:\s+(?:to|with|from)\s+{pointer})?|{related}\s+{pointer})\s*,"


def shift_source() -> str:
    """The source of every shape, for :data:`wirelint.text.vocabulary.TRANSITION` to open a sentence with."""
    return rf"(?:{_away_source()}|{_place_source()})"


PLACE_SHIFT = LazyPattern(lambda: r"(?i)^[\"'“‘]?" + _place_source())
"""A sentence that opens by changing place alone ("Back at home,", "Overseas,"): a transition that does not say
another matter follows (:attr:`~wirelint.text.storysigns.Signs.turns_away`)."""


ANNOUNCED = LazyPattern(
    lambda: r"(?i)^[\"'“‘]?(?:(?:meanwhile|also)\s*,?\s*)?(?:" + _other_news() + "|" + _apart(strict=True) + ")"
)
"""A sentence that opens by announcing another story: the day's other news ("Also in today's bulletin,", maybe
after "Meanwhile" or "Also", which alone say only "at the same time") or unrelatedness said outright
("Unconnectedly,", "Unrelated to this,"; not "Separately," alone, which real copy writes of its own story)."""
TAKEOVER_DATA = Path(__file__).with_name("storytakeover.toml")


@cache
def _other_news_source() -> str:
    """"in" or "on", maybe "a" or "an", a word of [other news kinds] and one of [other news things], then a comma ("In
    other news,", "On an unrelated note,")."""
    kinds, things = (alternation(word_list(TAKEOVER_DATA, table), gap=_GAP)
                     for table in ("other news kinds", "other news things"))
    return rf"(?i)^[\"'“‘]?(?:in|on)\s+(?:an?\s+)?(?:{kinds})\s+(?:{things})\s*,"


_OTHER_NEWS = LazyPattern(_other_news_source)


def announces(sentence: str) -> bool:
    """Whether a sentence opens by saying another story follows (:data:`ANNOUNCED`, or "In other news,")."""
    return bool(_OTHER_NEWS.match(sentence) or ANNOUNCED.match(sentence))
