"""How each sentence of a paragraph opens, as far as another story starting at it is concerned (WL601).

A pure function of the paragraph's text, remembered per paragraph text
(:func:`paragraph_signs`): whether the sentence can open a story at all (a
capital, prose, no pronoun pointing back, no note about the writer), whether
it leans on the sentences before it (a quotation first among them), a
transition word, a dateline, a time, a thing called by its kind, the people
it introduces by full name and age, and the words of its names.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

import regex

from wirelint.gates import AnyOf, LiteralGate
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.text.common_words import (
    BACK_NOUNS,
    HOUSE_ROLES,
    NAME_WORDS,
    OPEN_ENDINGS,
    OPENING_ROLES,
    ORDER_WORDS,
    REPORTING_VERBS,
    WRITER_ROLES,
)
from wirelint.text.datelines import AGENCIES, parse_dateline
from wirelint.text.storybackground import introduces
from wirelint.text.storyends import CREDIT_ENDING, MARK_ENDING, MAX_ENDING_WORDS, end_of_copy
from wirelint.text.storyshifts import PLACE_SHIFT, announces
from wirelint.text.storytitles import by_nationality, title_domain, title_ties
from wirelint.text.vocabulary import TABLE_ROW, TRANSITION, is_content, own_start, paragraph_units, stem

MIN_OPENING_WORDS = 8
"""Words a paragraph needs to open another story: a results line or a subhead cannot."""
MIN_LOWER_WORDS = 4
"""Lower-case words an opening sentence needs: a line-up or a list of names is not a lede."""

_ALSO = LazyPattern(r"(?i)^also\b")
_END_OF_COPY = LazyPattern(r"[\x03\x04]|^\s*(?:" + AGENCIES + r"|Reuter|REUTER)\s*$")
"""The end of a story's copy: an end-of-text control character (wire copy ends on one) or the agency's sign-off
alone ("Reuter"). Copy that goes on after it is another story: no untouched article has any. A sign-off word alone
on a line is weaker than the control character: a web story may carry a stray credit line ("Reuters") between two
of its own paragraphs (:func:`~wirelint.text.storyscore.after_copy_sign`)."""
_END_OF_TEXT = LazyPattern(r"[\x03\x04]")
_SAME_TIME = LazyPattern(r"(?i)^[\"'“‘]?(?:meanwhile|also)\b")
"""A transition that says only "at the same time" ("Meanwhile,", "Also on Thursday,"): real copy turns with it to
the next item of a round-up in mid-paragraph ("Meanwhile, Will Smith comedy Hitch has become the top film ..."),
where "Separately,", "In other news," or "Elsewhere," say another matter follows."""
_ATTRIBUTIVE = LazyPattern(r"^[\"'“‘(]?(?:the\s+)?\p{Lu}{2,3}\s+(?:\p{Ll}[\p{Ll}\-]*\s+){1,3}\p{Lu}")
"""A sentence that opens with a country's or a body's short initials as a modifier of a name that follows ("US
phone company SBC Communications said ...", "UK retailer Marks ..."): its subject is that name, not the one it
opens with, so the initials do not say that it goes on about a name already met."""
_PRONOUN = LazyPattern(r"(?i)^(?:he|she|it|they|his|her|its|their)\b")
"""After a transition word, a personal pronoun still points back ("Meanwhile, he said ..."): the story goes on."""
_POINTS_BACK = LazyPattern(
    r"""^(?:[\"'“‘(]?(?:
        (?:He|She|It|They|His|Her|Its|Their|Theirs|This|These|That|Those|Such|Both|But|And|Yet|Also|However|
           Still|Instead|Nevertheless|Then|There|Here|Again|Even|Now|So|Though|Although|Otherwise|Besides|
           Further|Furthermore|Moreover|In\s+addition|As\s+a\s+result|By\s+contrast|In\s+contrast|
           (?:In|On)\s+(?:an?\s+)?(?:related|linked|similar)\s+\p{Ll}+)\b
    ))""",
    regex.VERBOSE,
)
_TURNED_BACK = LazyPattern(
    r"^(?:I|We|(?:This|These|That|Those)(?!\s+(?:year|week|month|morning|afternoon|evening|weekend|season|spring|"
    r"summer|autumn|winter|time)\b))\b"
    r"|^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’\-]+(?![\p{L}'’\-]|\s+\p{Lu})"
    r"|^(?:[\p{L}'’\-]+\s+){1,3}(?:I|we)\s+\p{Ll}"
)
"""After a transition word, a speaker in the first person ("In unrelated news, I just wonder ..."), a demonstrative
("Separately, this would pose a challenge ...") or a person by title and surname alone ("On another front, Mr
Bradshaw felt ...": news copy names someone in full first), or a first-person subject a few words in ("Meanwhile,
if I am passing through ...") goes on with the story: a pasted lede opens with its own
subject, named in full."""
_PHRASE_THEN_PRONOUN = LazyPattern(
    r"^[\"'“‘]?(?:[\p{L}\p{N}'’\-.]+\s+){0,5}[\p{L}\p{N}'’\-.]+,\s+(?:he|she|they|it|we)\s+\p{Ll}"
)
"""An opening phrase, then a personal pronoun as the subject ("Prior to his service there, he had been ...", "In a
statement, it said ..."): the sentence goes on about someone or something already named, as no lede does."""
_COUNTS_BACK = LazyPattern(
    r"^[\"'“‘]?(?:Each(?!\s+(?:year|month|week|day|night|time|season)\b)|Either|Neither|"
    r"(?:All|Most|Some|None)\s+of\s+(?:the|them)\b|"
    r"The\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?:others?|remaining|new))?(?=\s+\p{Ll}))"
)
"""A sentence that opens by counting or going through things already introduced ("Each unit consists of ...",
"The three to be constructed will be ...", "Most of the ..."): a later sentence of the story that introduced them,
which a lone paragraph apart (:func:`~wirelint.text.storyscore.is_lone`) must clear the higher bar of one that
points back to be."""
_NEW_PERSON = LazyPattern(r"\b\p{Lu}\p{Ll}+\s(\p{Lu}[\p{L}'’\-]+),\s\d{1,3},")
"""A person introduced by full name and age ("Tauqir Sharif, 33,"), the way a lede introduces its subject."""
_WHEN = LazyPattern(
    r"\b(?:(?:on|last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:yesterday|today|tonight|(?:this|last)\s+(?:week|month|year|weekend))\b"
)
_REFERS_BACK = LazyPattern(
    r"\b[Tt]he\s+(?:(?:two|three|four|both|new|same)\s+)?(?:" + "|".join(sorted(BACK_NOUNS)) + r")\b(?!\s+of\b)"
)
"""A thing the story introduced, called by its kind ("the company said", "The two banks"): not a lede."""
_WRITER_NOTE = LazyPattern(
    r"^(?:\p{Lu}[\p{L}'’\-]+\s){1,3}(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}\-]+\s){0,3}(?:"
    + "|".join(sorted(WRITER_ROLES))
    + r")\b|will\s+be\s+writing\b)"
)
"""A closing note about the writer ("Clark Boyd is technology correspondent for The World ..."): another
item, but no story pasted in."""
_LISTED = r"\p{Lu}[\p{L}'’\-&.]*(?:\s+(?:(?:the|of|de|da)\s+)?\p{Lu}[\p{L}'’\-&.]*)*"
_LINE_UP = LazyPattern(
    r"^[\"'“‘]?(?:Only\s+)?(?:the\s+)?" + _LISTED + r"(?:,\s+(?:the\s+)?" + _LISTED + r")+,?\s+(?:and|or)\s+(?:the\s+)?"
    r"(" + _LISTED + r")"
)
"""A sentence that opens with a list of three names or more ("Dionne Warwick, Diana Ross and Tina Turner were
among ...", "Only the UK, Finland, Belgium and the Netherlands ..."): a line-up of performers, countries or
acts that a story gives in its body, not the lede of another. A company's own name is no list ("Sears, Roebuck
and Co said ...", "Pope, Evans and Robbins Inc": its last word is a company's, :data:`COMPANY_ENDINGS`)."""
COMPANY_ENDINGS = frozenset("inc corp co cos ltd plc llc lp".split())
_REPORTING = "|".join(sorted(REPORTING_VERBS))
_LEANS_BACK = LazyPattern(
    r"\b(?:he|she|they|it|we)\s+(?:also\s+)?(?:" + _REPORTING + r")\b"
    r"|[,\"”’']\s*(?:" + _REPORTING + r")\s+(?:he|she|they)\b"
    r"|\balso\b|^[\"'“‘]?(?i:" + "|".join(word.replace(" ", r"\s+") for word in ORDER_WORDS) + r")(?!\p{L})"
    r"|^[\"“]"
    r"|^(?:In|For|At|By|With|Under|During|Since)\s+(?:its|their|his|her)\b"
    r"|^[\"'“‘]?The\s+\p{Ll}+\s+(?:other|remaining)\b"
    r"|(?:^|[,;]\s|\b(?:said|says|told|according\s+to)\s)(?:(?:vice|deputy|chief|senior|executive|managing|general)\s+)*"
    r"(?:" + "|".join(sorted(HOUSE_ROLES)) + r")\s+\p{Lu}\p{Ll}+\s+\p{Lu}"
    r"|^(?:" + "|".join(sorted(role.capitalize() for role in OPENING_ROLES)) + r")\s+\p{Lu}"
    r"|^[\"'“‘]?The\s+(?:" + "|".join(sorted(BACK_NOUNS)) + r")\s+(?:also\s+)?(?:" + _REPORTING + r")\b"
    r"|^(?:[\p{L}'’\-]+\s+){0,5}such\s+an?\s|\b(?:to|of|about|with|for|from|like|after|before|on|at|by)\s+(?:that|this)(?=\s*[,.;:!?])"

)
"""Words that lean on what came before: a pronoun as the speaker ("..., he added."; after a reporting verb only
after a comma or a quotation, '"...," said he': in "Paul Sculthorpe has admitted he would ..." the pronoun is the
sentence's own subject, as in many a lede), "also", an opening that
places the sentence after others ("Thirdly,", "Other bidders ...", "The two other systems ..."), a post named
bare before a person ("..., vice president Morton Handel said", "Chairman S. Mark Salvino said": the story's own
organisation), a thing called by its kind as the speaker ("The utility said ..."), a pronoun's possession
first ("In its second quarter, ..."), or a quotation
first (a story's later paragraphs quote the people it is about; another story's quotation can still open it,
with more to say for it), a thing of a kind met before ("the key to such a lawsuit"), "that" or "this" standing
for what was said ("fans will testify to that,"). A lede of another story has none."""
_DEFINITE = LazyPattern(r"^[\"'“‘]?The\s+(?:[\p{L}\-]+\s+){0,2}?(\p{Ll}[\p{Ll}\-]+)\b")
"""A sentence that opens with a thing called by a common noun ("The letter was sent ...", "The new disclosure
..."): the first lower-case word after "The" (up to two words in), the thing it may be speaking of again."""
_SPEAKER = LazyPattern(
    r"((?:\p{Lu}[\p{L}'’\-]+\s){0,2}\p{Lu}(?:[\p{L}'’\-]|[/&]\p{Lu})+)\s+(?:also\s+)?(?:" + _REPORTING + r")\b"
    r"|\b(?:" + _REPORTING + r")\s+((?:\p{Lu}(?:[\p{L}'’\-]+|(?:[/&]\p{Lu})+)\s?){1,3})"
)
"""Someone named as the speaker ("Al-Chalabi said", "said Mr Lund", "S/P said", "said M&S")."""
_LEDE_VERB = LazyPattern(
    r"\b(?:has|have)\s+(?:\p{Ll}+ly\s+|been\s+|also\s+|now\s+){0,2}(?:\p{Ll}{2,}(?:ed|en|wn|ne)|put|got|lost|won|"
    r"had|set|run|cut|hit|left|made|paid|sold|told|held|kept|built|sent|spent|led|met|quit|shut|bought|brought|"
    r"caught|fought|found|sought|struck|become|come|begun)\b"
    r"|\b(?:is|are)\s+(?:set|due|expected|poised|planning|preparing|about)\s+to\b"
)
"""A verb as a news lede puts its news: the present perfect ("has resigned", "have been sacked", "has won") or a
plan about to happen ("is set to", "are due to"). Later sentences of a story tell in the past."""
_NOT_A_LEDE_OPENING = LazyPattern(r"^[\"'“‘]?(?:The|We|I|Our|My|You)\b")
"""A sentence that opens on "The" or the first or second person: a lede names its own subject first; in the middle of
a paragraph, "The 22-year-old ..." or "We will ..." is the story's own."""
_LEANS_BACK_TEST = AnyOf.of(_LEANS_BACK)
_WHEN_TEST = AnyOf.of(_WHEN)
_SPEAKER_GATE = LiteralGate(_SPEAKER, blocks=False)
"""Both searched one branch at a time or only in a sentence with a reporting verb (:mod:`wirelint.gates`)."""
_LOWER_WORD = LazyPattern(r"(?<![\p{L}\p{N}])\p{Ll}{3,}")
_STARTS_SENTENCE = LazyPattern(r"^[\"'“‘(<]?[\p{Lu}\p{N}]")
_COMPANY_LEDE = LazyPattern(
    r"^(?!The\b)(?:\p{Lu}[\p{L}\p{N}.&'’\-]*,?\s+){0,5}?(?:Inc|Corp|Co|Ltd|Plc|PLC|Corporation|Group|AG|SA|NV|Cos|"
    r"Holdings|Industries|International)\b\.?,?(?:\s*<[^>]+>)?\s+(?:said|says|announced|reported)\b"
)
"""A wire lede's opening: a company named in full as the subject of a reporting verb ("Computer Horizons Corp said
it purchased ...", "Regie Nationale des Usines Renault <RENA.PA> said ..."), not one called by its kind ("The Bank
said ...") nor a person of it ("Paul Boltz of T. Rowe Price Associates Inc said ...")."""
_COPY_NOTE = LazyPattern(r"^\s*(?:NOTES?|Notes?)\s*[:-]")
"""A note on the copy before it ("NOTE: 1986 earnings include a provision ...", under a results table): no lede."""
_MID_SENTENCE = LazyPattern(r"[\p{L},;:\-–—]$")
_OPEN_END = LazyPattern(r"(?:[,;:\-–—]|(?<![\p{L}'’])(?:" + "|".join(sorted(OPEN_ENDINGS)) + r"))$", regex.IGNORECASE)
"""A paragraph that follows one ending on a comma, or on a word a sentence does not end on ("the", "of"),
continues its sentence (wire copy breaks lines, and readers paragraphs, where the typist pressed return), and
so does one after a line of hard-wrapped copy (:data:`WIRE_LINE`) or of a table that ends on any word. A
sentence of running text that ends on another word has only lost its full stop ("... rather than beer itself"),
and the next paragraph may open another story."""
WIRE_LINE = 80
"""Characters a line of hard-wrapped wire copy has at most."""
LOST_STOP_LOWER_WORDS = 8
"""Lower-case words a sentence needs to be running text that only lost its full stop (a line of a results table,
"Revs 16.4 mln vs 16.9 mln", is not, and still hides the gap after it)."""


@dataclass(frozen=True)
class Signs:
    """What one sentence's own text says about a story starting at it."""

    can_open: bool
    """Not in capitals, starts like a sentence, and does not point back or speak of the writer."""
    ends_mid_sentence: bool
    """Ends on a comma or a word a sentence does not end on: the next paragraph continues it."""
    transition: bool
    dateline: bool
    people: tuple[str, ...]
    """Stems of the surnames of people it introduces by full name and age."""
    names: tuple[tuple[str, tuple[str, ...]], ...]
    """Each name it mentions, with the stems of its words that say what the part is about."""
    words_to_end: int
    """Words from its start to the end of its paragraph."""
    words: int
    """Its own words: a lede is a long sentence."""
    when: bool
    """It says when ("on Tuesday", "yesterday", "this week"), as a lede does."""
    refers_back: bool
    """It calls something by its kind with "the" ("the company said"), as only a later sentence can."""
    lower_words: int
    """Its lower-case words of three letters or more: a line-up or a list of names has few."""
    leans_back: bool = False
    """A pronoun as the speaker, "also", or an opening that places it after others (:data:`_LEANS_BACK`)."""
    opening_name: tuple[str, ...] = ()
    """The stems of the name it opens with, if it opens with one."""
    definite: str = ""
    """The stem of the thing it opens with, called by a common noun after "The" (:data:`_DEFINITE`)."""
    speakers: tuple[tuple[str, ...], ...] = ()
    """The stems of each name it quotes as a speaker."""
    turns_away: bool = False
    """Its transition says another matter follows, not only another moment (:data:`_SAME_TIME`)."""
    announces: bool = False
    """It opens by saying another story follows ("In other news,", "Unrelated to this,":
    :func:`~wirelint.text.storyshifts.announces`)."""
    news: bool = False
    """Its verb puts news as a lede does (:data:`_LEDE_VERB`: "has resigned", "is set to"), and it opens on no "The"
    and no first person (:data:`_NOT_A_LEDE_OPENING`) and does not bring someone in as background ("<Name>, a
    retired judge, has ...": :func:`~wirelint.text.storybackground.introduces`)."""
    ends_copy: bool = False
    """It is the end of a story's copy (:data:`_END_OF_COPY`): a sign-off, an end-of-text mark."""
    ends_text: bool = False
    """It holds an end-of-text control character: the copy ends here, whatever follows."""
    counts_back: bool = False
    """It opens by counting or going through things already introduced (:data:`_COUNTS_BACK`)."""
    table_row: bool = False
    """It is a row of a results table and nothing else (:data:`~wirelint.text.vocabulary.TABLE_ROW`): it ends on a
    figure, so it hides no gap after it, as a line of running text that stops on a word does."""
    row_first: bool = False
    """It opens with a row of a results table: the table goes on, no story starts there."""
    company_lede: bool = False
    """It opens as a wire lede does, with a company named in full saying something (:data:`_COMPANY_LEDE`)."""
    compares: bool = False
    """It holds "vs", as a table's lines do ("By region, Britain contributed 34 mln stg vs 47 mln")."""
    by_nationality: bool = False
    """It calls someone "the Swedish international" (:func:`by_nationality`): a person the story has named."""
    title_domain: frozenset[str] = frozenset()
    """The domain words of the bare title it opens with ("Coach Andy Robinson ...": :func:`title_domain`)."""
    title_ties: tuple[tuple[str, ...], ...] = ()
    """The stems of the other names of a sentence opening with a bare title (:func:`title_ties`)."""
    points_back: bool = False
    """It would open a story but for a word that points back ("He said ...", "It was ...", "But ..."): another
    story's later paragraph pasted whole opens so too, and only a lone paragraph apart may be one
    (:func:`~wirelint.text.storyscore.is_lone`)."""

    @property
    def reads_as_news(self) -> bool:
        """It puts its verb as a lede does, opens neither on "The" nor in the first person, calls nothing by its kind
        ("the company said") and leans on nothing before it: a lede names its own subject."""
        return self.news and not (self.definite or self.refers_back or self.leans_back)

    def continues(self, words: Container[str], names: Container[str]) -> bool:
        """Whether it reads as a later sentence of the story told in ``words`` and ``names`` (the content
        stems and the words of the names used before it): it leans back, or opens with a name or a thing
        already mentioned, or quotes a speaker already named."""
        return (
            self.leans_back
            or self.title_leans(words, names)
            or self.by_nationality
            or _known(self.opening_name, names)
            or (bool(self.definite) and self.definite in words)
            or any(_known(speaker, names) for speaker in self.speakers)
        )


    def title_leans(self, words: Container[str], names: Container[str]) -> bool:
        """Whether it opens with a bare title that is the story's own: a weak sign, which counts only when the
        story (its content stems ``words``) is of the title's domain and every other name it gives (an
        organisation, a team, a place of its own) is among the story's ``names``."""
        return (
            bool(self.title_domain)
            and any(word in words for word in self.title_domain)
            and all(_known(tie, names) for tie in self.title_ties)
        )


def _dateline(sentence: str, opens: bool) -> bool:
    """Whether a sentence opens with a dateline (:func:`parse_dateline`, strict: an agency or a date). One after
    a space inside a paragraph ("... said. NEW YORK, March 3 - ...") needs its separator too: "The Palestinian
    Authority (PA) was ..." reads as a place and an agency, and no untouched article has a dateline there."""
    found = parse_dateline(sentence, strict=True)
    return found is not None and (opens or found.sep is not None)


def _line_up(sentence: str) -> bool:
    """Whether a sentence opens with a list of three names or more (:data:`_LINE_UP`)."""
    found = _LINE_UP.match(sentence)
    return bool(found) and found.group(1).split()[-1].rstrip(".").lower() not in COMPANY_ENDINGS


def _known(stems: tuple[str, ...], seen: Container[str]) -> bool:
    """Whether every word of a name (its initials aside: "Jana Novak" is known once "Novak" is) was seen."""
    words = [word for word in stems if not word.isupper()] or stems
    return bool(words) and all(word in seen for word in words)


_SUFFIXES = frozenset("inc corp co cos ltd plc llc lp nv ag sa spa bhd pty of and the for de del la le von van".split())
"""Words left out of a name's initials: General Public Utilities Corp is "GPU"."""


_JOINED_INITIALS = LazyPattern(r"\p{Lu}(?:[/&]\p{Lu}){1,3}")
"""A name written as capitals joined by a slash or an ampersand, as wire copy abbreviates an agency or a firm."""
_JOINED_SIGNS = LazyPattern(r"[/&]")


def speaker_names(sentence: str) -> tuple[str, ...]:
    """The names a sentence gives as its speakers, as written ("S/P" in "..., S/P said.")."""
    return tuple((match.group(1) or match.group(2)).strip() for match in _SPEAKER_GATE.finditer(sentence))


def name_stems(name: str) -> tuple[str, ...]:
    """The words of a name that say what a part is about, and its initials when it has several words,
    so that a later "GPU" or "FAA" is the same name as "General Public Utilities" or "Federal Aviation
    Administration" (an acronym among its words counts whole: "CRS Sirrine Inc" is "CRSS")."""
    if _JOINED_INITIALS.fullmatch(name):
        return (_JOINED_SIGNS.sub("", name),)  # "S/P", "S&P": the initials of "Standard and Poor's", "SP"
    words = name.replace("-", " ").split()
    stems = [stem(word) for word in words if word.lower() not in NAME_WORDS and is_content(word)]
    initials = "".join(
        word if word.isupper() and len(word) <= 3 else word[0] for word in words if word.lower() not in _SUFFIXES
    )
    if 2 <= len(initials) <= 5 and len(words) > 1 and initials.isupper() and initials not in stems:
        stems.append(initials)
    return tuple(stems)


@per_paragraph
def paragraph_signs(text: str) -> tuple[Signs, ...]:
    """The signs of each sentence of a paragraph (as :func:`paragraph_units` splits it)."""
    units = paragraph_units(text)
    signs = []
    remaining = sum(unit.words for unit in units)
    for number, unit in enumerate(units):
        sentence = text[unit.start : unit.end]
        transition = TRANSITION.match(sentence)
        row = TABLE_ROW.match(sentence) if " vs" in sentence else None
        own = rest = sentence
        start = own_start(sentence, transition)
        if start >= 0:
            rest = sentence[start:].lstrip()
            rest = rest[:1].upper() + rest[1:]
            if _ALSO.match(sentence) or _PRONOUN.match(rest):
                own = rest
        names = () if unit.capitals else tuple((name, name_stems(name)) for name in unit.names)
        definite = _DEFINITE.match(rest)
        initial_name = unit.initial_name or (rest is not sentence and bool(names) and rest.startswith(names[0][0]))
        opens = (
            not unit.capitals
            and bool(_STARTS_SENTENCE.match(sentence))
            and not _WRITER_NOTE.match(sentence)
            and not _COPY_NOTE.match(sentence)
            and not _line_up(sentence)
        )
        turned_back = start >= 0 and bool(_TURNED_BACK.match(rest))
        ending = end_of_copy(sentence) if unit.words <= MAX_ENDING_WORDS else 0
        announced = announces(sentence)
        back = bool(_POINTS_BACK.match(own) or _PHRASE_THEN_PRONOUN.match(rest)) or turned_back
        signs.append(
            Signs(
                can_open=opens and not back,
                points_back=opens and back,
                counts_back=bool(_COUNTS_BACK.match(own)),
                table_row=bool(row and row.group("end") is not None),
                row_first=row is not None,
                compares=" vs" in sentence,
                company_lede=bool(_COMPANY_LEDE.match(sentence)),
                ends_mid_sentence=not unit.capitals
                and not ending  # a credit line has no full stop, yet it ends the copy
                and unit.words >= MIN_LOWER_WORDS
                and bool(_MID_SENTENCE.search(sentence, max(0, len(sentence) - 2)))  # one character, at the end
                and (
                    len(text) <= WIRE_LINE
                    or len(_LOWER_WORD.findall(sentence)) < LOST_STOP_LOWER_WORDS
                    or bool(_OPEN_END.search(sentence))
                ),
                transition=transition is not None,
                announces=announced,
                turns_away=transition is not None and not (
                    (_SAME_TIME.match(sentence) and not announced) or PLACE_SHIFT.match(sentence)
                ),
                ends_copy=(unit.words <= 1 and bool(_END_OF_COPY.search(sentence))) or ending == CREDIT_ENDING,
                ends_text=(unit.words <= 1 and bool(_END_OF_TEXT.search(sentence))) or ending == MARK_ENDING,
                dateline=_dateline(sentence, number == 0 or unit.run_on),
                people=tuple(stem(match.group(1)) for match in _NEW_PERSON.finditer(sentence)),
                names=names,
                words_to_end=remaining,
                words=unit.words,
                when=_WHEN_TEST.search(sentence),
                news=bool(_LEDE_VERB.search(sentence)) and not _NOT_A_LEDE_OPENING.match(sentence)
                and not introduces(sentence),
                refers_back=bool(_REFERS_BACK.search(sentence)),
                lower_words=len(_LOWER_WORD.findall(sentence)),
                leans_back=bool(_LEANS_BACK_TEST.search(rest)),
                title_domain=(domain := title_domain(rest)),
                by_nationality=by_nationality(rest),
                title_ties=title_ties(rest, names) if domain else (),
                opening_name=names[0][1] if initial_name and names and not _ATTRIBUTIVE.match(rest) else (),
                definite=stem(definite.group(1)) if definite and is_content(definite.group(1)) else "",
                speakers=tuple(found for name in speaker_names(sentence) if (found := name_stems(name))),
            )
        )
        remaining -= unit.words
    return tuple(signs)
