"""Find agency restriction notices by their vocabulary, not by their exact wording.

A notice such as ``EDITORIAL USE ONLY - NO SALES - JAPAN OUT`` is a run of
capitals made of restriction terms. Each agency words it its own way, so a
notice is recognised by a score: every term of ``[lexicon.notices]`` found in a
run of capitals (or in a sentence) adds its weight, and a run that reaches the
threshold is a notice. A sentence of news that uses one of the words ("the
agency could not verify the footage", "sales of archives rose") scores little
and is written in ordinary case.

Where the run meets the news around it, the boundary is a full stop, a line
break or the first word in small letters. A run that began in the middle of a
sentence, or whose last capital word starts the next one, has an unsure end.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text import noticeterms
from wirelint.text.calendar import MONTHS, WEEKDAYS
from wirelint.text.lacklists import lack_headline, lack_list
from wirelint.text.lexicon import fragments, table, words
from wirelint.text.noticestops import KEPT_STOP, PIECE, after_stopped_lead
from wirelint.text.noticeterms import score
from wirelint.text.noticewords import agency_names, credit_words, stray_last_word, wire_word_before
from wirelint.text.quotedcaps import quoted_in_news
from wirelint.text.recased import recased_notices
from wirelint.text.restrictions import COPULA, find_restrictions
from wirelint.text.sentencebounds import opens_sentence, sentences_after_amounts, split_at

CAPITAL_RUN = LazyPattern(r"[^\p{Ll}\n]+")
_CLOSING = LazyPattern(r"(?:[ \t]*(?:={2,}|-{2,}|[–—]))?[.!\"”'’)\]]*")
"""What may close a notice after its last term: a fence ("==="), a full stop, a quote or a bracket."""
_LETTERED_RUN = LazyPattern(r"[^\p{L}\n]*[^\P{L}\p{Ll}][^\p{Ll}\n]*")
"""The runs of :data:`CAPITAL_RUN` that hold a letter (a match can only start where such a run starts)."""
_LETTERS = LazyPattern(r"\p{L}+")
_TWO_CAPITALS = LazyPattern(r"\p{Lu}\p{Lu}")
_LAST_WORD = LazyPattern(r"\S+\s*$")
_SEPARATOR = LazyPattern(r"[,;:]+(?=[ \t]+\p{Lu})")
"""A comma or colon left after a notice's last term, joined to it; not a dash, which may be the text's own
("- Friday's game"), nor a mark with a space before it, which opens the text after (": Waterreus, Hutton")."""
_CLAUSE_BREAK = LazyPattern(r"[ \t]+(?:[-–—/|•·]|--|\+\+)[ \t]+|;[ \t]+|,[ \t]+(?=\p{Ll})|[\x00-\x08\x7f][ \t]*")
"""Between the clauses of a notice: a dash (or two hyphens), slash, bar, bullet or "++", a semicolon, a comma before a
term, a control character (the wire's end of text)."""
_NEW_SENTENCE = LazyPattern(r"[.,;]?(?:[ \t]+|[ \t]*\r?\n[ \t]*)[\p{Lu}\p{N}\"“]")
"""A new sentence after a clause's last term, on its line or the next (a sign-off, a table row: "... not for
sale\n Reuters")."""
_LINE_OPENING = LazyPattern(
    r"(?<=[.!?:;=\"”’)\]\p{N}\x00-\x08\x7f][ \t]*\r?)\n[ \t]*|\n[ \t]{2,}"
    r"|(?<=(?:\A|\n)[ \t]*\p{Lu}\p{L}{2,}[ \t]*\r?)\n[ \t]*"
)
"""A line break after a closed sentence, a fence, a table row or a line of one word (the wire's sign-off,
"Reuter"), or before an indented line: a clause may start."""
_INSIDE_OPENING = LazyPattern(r"(?<=[\p{Ll},][ ])\p{Lu}\p{Ll}")
"""A capitalised word after a word in small letters or a comma: a notice dropped into a sentence opens there."""
_QUOTED = LazyPattern(r"(?<=\p{Ll}:[ \t]{1,2})")
_PLAIN_WORDS = LazyPattern(r"[\p{L}\p{N} \t()'’-]+")
_CREDIT_OR_FENCE = LazyPattern(r"[/|©=*#–—]|[ \t]-[ \t]|^-")
_LINE_END = LazyPattern(r"[ \t]*(?:$|\r?\n)")
_AVAILABILITY = LazyPattern(
    r"(?:Not[ ](?:available[ ])?for|Unavailable[ ]for)[ ](?:\p{Ll}+[ ])?(?:sale|sales|resale)\b"
)
_WRAPPED_ON = LazyPattern(r"[ \t]*\r?\n[ \t]*\p{Ll}")
"""A hard-wrapped line whose sentence goes on in small letters on the next line."""
_GOES_ON = LazyPattern(r",[ ]\p{Lu}")
SHORT_WORDS = 8
"""Words of a sentence in ordinary case that one strong term may make a notice (see :func:`_short_notice`)."""
COVERAGE = 0.6
"""Share of a run's words that strong terms must cover for one term to make a notice ("EDITORIAL USE ONLY")."""


@dataclass(frozen=True, slots=True)
class Notice:
    start: int
    end: int
    sure: bool


def find_notices(text: str) -> list[Notice]:
    """Restriction notices in ``text``: runs of capitals, and sentences in ordinary case that are all terms."""
    found = [
        notice
        for run in _LETTERED_RUN.finditer(text)  # every term has letters: a run without one is no notice
        if _TWO_CAPITALS.search(text, *run.span())  # nor one without a word in capitals ("H" of "He")
        and (notice := _capital_run(text, *run.span()))
    ]
    found.extend(_sentence_runs(text, found))
    found.extend(_country_lists(text, found))
    found.extend(Notice(*span) for span in recased_notices(text, found, _capital_run))
    found.extend(
        Notice(r.start, r.end, r.sure)
        for r in find_restrictions(text)
        if not any(n.start < r.end and r.start < n.end for n in found)
    )
    return [
        Notice(notice.start, notice.end, False) if notice.sure and (
            _FIGURE_TAIL.search(text, notice.start, notice.end) or lack_headline(text, notice.start, notice.end)
        ) else notice
        for notice in _merged(sorted(found, key=lambda n: n.start), text)
        if not quoted_in_news(text, notice.start, notice.end)  # "banners reading NO USE IN FRANCE and chanted"
        and not lack_list(text, notice.start, notice.end)  # "No TV, no radio, no internet.": what people lack
    ]


_OPEN_AFTER = LazyPattern(r"(?<![.!?;:\"”’)\]])[ \t]+\S")
"""More of the line after a notice that did not end on a stop: where it ends is a guess."""
_FIGURE_TAIL = LazyPattern(r"[ \t]\p{N}[\p{N}.,:]*(?:[ \t]+\p{Lu}+){0,2}[.!]?\Z")
"""A figure among a notice's last words: a time or a score the notice was run onto ("... ITALY OUT 2000 GMT"
over a match's kick-off), where the notice's end is a guess."""


_STOPPED_WORD = LazyPattern(r"[ \t]*\S+\.[ \t]+")
_FIGURE_LEAD = LazyPattern(r"[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}[\p{N}][\p{N}.,:%/-]*[ \t]+")
"""A figure and the space after it, alone or after a table row's label, before a notice's first term (an
attendance, a score, "Riverside 7.25")."""
_COUNTRY_HINT = LazyPattern(
    r"\b(?:No|Not|Unavailable|Excluding|Except)[ ]|[ ]rights[ ]|(?:prohibited|forbidden|banned|permitted)[ ]in[ ]"
)


@cache
def _country_list_pattern() -> LazyPattern:
    """A restriction that is only a list of places in ordinary case, standing as a sentence of its own: "No use
    in France, Germany or Italy.", "Not for sale in Canada." A sentence with anything more ("There is no use
    in France for it") is news, and so is "Kane and Saka out." or "Brazil and France out.": in ordinary case
    "A and B out" reads as a team sheet or a result (in capitals, "JAPAN, CHINA OUT", it is a notice)."""
    heads = fragments(words(table("notices"), "country-heads"))  # "No use in", "World rights except"
    return LazyPattern(
        rf"""(?<![\p{{L}}\p{{N}}])
             (?:(?:{heads})[ ]{noticeterms.place_list()}
              |(?:No|Not[ ]for)(?:[ ](?:\p{{Ll}}+[ ])?(?:use|sale|publication)[ ]by)?[ ]{noticeterms.place_list()}
               [ ](?:media|outlets|broadcasters|newspapers|press|television))
             (?P<stop>\.)?(?=[ \t]*(?:\r?$|[ ]\p{{Lu}}))""",
        regex.VERSION1 | regex.MULTILINE | regex.VERBOSE,
    )


def _country_lists(text: str, taken: list[Notice]) -> list[Notice]:
    """Country restrictions in ordinary case (see :func:`_country_list_pattern`); before a new sentence
    without a full stop, where the list ends is unsure, and a product's availability ("Not available for
    sale in the United States.") may be the story's own sentence: neither is deleted by a safe fix."""
    if _COUNTRY_HINT.search(text) is None:
        return []
    found = []
    for match in _country_list_pattern().finditer(text):
        start, end = match.span()
        if any(n.start < end and start < n.end for n in taken) or not opens_sentence(text, start, finding=True):
            continue  # a list of places standing as a sentence of its own
        closed = match.group("stop") is not None or _LINE_END.match(text, end) is not None
        found.append(Notice(start, end, closed and _AVAILABILITY.match(text, start) is None))
    return found


def _sentence_runs(text: str, taken: list[Notice]) -> list[Notice]:
    """Notices in ordinary case: consecutive clauses made of restriction terms ("Editorial use only. No
    sales.", "Editorial use only - no merchandising"). A clause that goes on into a new sentence after
    its last term ("... no archiving HP ink cartridges use ...") ends the notice at that term."""
    vocabulary = noticeterms.vocabulary()
    strong = [m.start() for m in vocabulary.strong.finditer(text)]
    if not strong:  # most paragraphs: no clause to read
        return []
    runs: list[list[tuple[int, int]]] = []
    joined = False
    for start, end in _clauses(text, strong):
        clause_end = end  # a run goes on into the next clause only from a clause read to its end
        if bisect_left(strong, start) == bisect_left(strong, end):  # no term starts in the clause
            joined = False
            continue
        clause = text[start:end]
        terms = list(vocabulary.strong.finditer(clause))
        if terms and _FIGURE_LEAD.fullmatch(clause, 0, terms[0].start()):
            # "8,661 Mandatory credit ...": a figure before the first term is the table's, never the notice's
            start += terms[0].start()
            clause = text[start:end]
            terms = list(vocabulary.strong.finditer(clause))
        if terms and _STOPPED_WORD.fullmatch(clause, 0, terms[0].start()):
            # "Sen. For editorial use only": a word with a stop before the first term ends the sentence before
            # (an abbreviation the sentence splitter kept), never the notice's own
            start += terms[0].start()
            clause = text[start:end]
            terms = list(vocabulary.strong.finditer(clause))
        if terms and wire_word_before(clause, terms[0]):
            start += terms[0].start()  # "... the system. MORE Editorial use only.": the wire's "MORE" stays
            clause = text[start:end]
            terms = list(vocabulary.strong.finditer(clause))
        allowed = _allowed_words(clause, terms)
        wrapped = terms and "\n" in clause[terms[-1].end() :]  # "... not for sale\n Reuters": a sign-off's line
        last = _joined_terms_end(clause, terms[-1].end()) if terms else 0  # "Not for sale or archive"
        last = _FENCE_AFTER.match(clause, last).end()  # "=== No Access Belgium ===", "(... no sales in spain)"
        if terms and (_words(clause) > allowed or wrapped) and _NEW_SENTENCE.match(clause, last):
            end = start + last  # the rest of the clause may be the next sentence
            clause = text[start:end]
            allowed = _allowed_words(clause, terms)
        elif terms and _words(clause) > allowed and runs and joined and (
            _SMALL_AFTER.match(clause, last) or _STOP_BEFORE_SMALL.match(clause, last)  # "...; editorial use only. or"
        ):
            end = start + last + (clause[last : last + 1] in ".!")  # "... Pires, Editorial use only. No book sales who"
            clause = text[start:end]
            allowed = _allowed_words(clause, terms)
        elif terms and _words(clause) > allowed and _FENCED.fullmatch(clause, 0, last) and _SMALL_AFTER.match(
            clause, last
        ):
            end = start + last  # "... waters === No Access Spain === receded": its fences close the notice
            clause = text[start:end]
            allowed = _allowed_words(clause, terms)
        elif terms and _words(clause) > allowed and _INSIDE_OPENING.match(text, start):
            stop = _STOP_BEFORE_SMALL.match(clause, terms[-1].end())  # "... waters Editorial use only. receded"
            if stop is not None:
                end = start + terms[-1].end() + 1
                clause = text[start:end]
                allowed = _allowed_words(clause, terms)
        overlaps = any(n.start < end and start < n.end for n in taken)
        if not terms or _words(clause) > allowed or overlaps or not _starts_with_term(clause, terms):
            joined = False
            continue
        if runs and joined:
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
        joined = end == clause_end
    # A notice that starts after a word in small letters fell into a sentence: where it ends is unsure.
    # One that a comma and a capitalised word follow ("No use in Austria, South Korea ...") may go on.
    # So may one that stops without a stop before more of its line ("Reuters could not verify AFP PHOTO / HO
    # / SANA the footage, officials said": the sentence's, not a notice).
    # A capitalised word after the last term is no word of a notice in ordinary case: it may open the next
    # line's table or sentence ("... no archiving Year\n    Shr loss 51 cts").
    # A notice quoted after a colon ("Their banners read: DO NOT SELL ...") may be a slogan of the story's, and
    # one found only as a short sentence with a verb of being ("Water use is restricted.") may be news: both
    # are reported with an unsure end, so a person decides.
    notices = []
    for run in runs:
        start, end = run[0][0], run[-1][1]
        scored = score(text[start:end]) >= vocabulary.mixed
        if not (scored or _short_notice(text, start, end)) or (not scored and _result_line(text, start)):
            continue
        in_sentence = text[start].islower() and _IN_SENTENCE.search(text, 0, start) is not None
        if not scored and in_sentence and noticeterms.reported(text[start : _sentence_end(text, end)]):
            continue  # "The paper, supplied by a printer, must stay, the Bank said.": the story's own sentence
        unsure = (
            (not scored and COPULA.search(text, start, end)) or _INSIDE_OPENING.match(text, start)
            or _QUOTED.match(text, start) or _AFTER_COMMA.match(text, start)
            or _GOES_ON.match(text, end) or _OPEN_AFTER.match(text, end)
            or _after_terms(text, *run[-1], (_CAPITALISED, _SMALL_AFTER_STOP))
        )
        notices.append(Notice(start, end, not unsure))
    return notices


_LEAD_BEFORE_TERM = LazyPattern(r"(?<=[\p{Ll},][ ])\p{Lu}\p{Ll}+[ ]\Z")
"""A capitalised word before a term in small letters, after a word in small letters: a notice dropped into a
sentence opens on it ("... who recently Strictly editorial use. No archives played ...")."""
_FENCE_AFTER = LazyPattern(r"(?:[ \t]*(?:={2,}|-{2,})|[)\]])*")
"""A fence or a closing bracket after a notice's last term: the notice's own, not the next sentence's."""
_TERM_AFTER_STOP = LazyPattern(
    r"(?<=[.!?][\"”’)\]]?[ \t]+)(?:[(\[]|(?P<fence>(?:={2,}|-{2,}|[•*#]+)[ \t]*))?\Z"
    r"|(?<=\s)(?P<fence>={2,}|-{2,})[ \t]*\Z"  # a fence inside a sentence: "... waters === No Access Spain ==="
)
"""A term after a closed sentence, in small letters (in a bracket or not: "... officials said. (ireland out - no
sales)") or after a fence ("... said. === No Access Belgium ==="): a notice opens there, where the sentences'
splitter sees no new sentence."""
_SMALL_AFTER = LazyPattern(r"[ \t]+\p{Ll}")
_IN_SENTENCE = LazyPattern(r"[\p{L}\p{N},][ \t]+\Z")
"""A word or a comma right before a notice in small letters: the sentence goes on in it (a notice dropped into a
sentence opens on a capital or a fence)."""
_SENTENCE_END = LazyPattern(r"[^.!?\n]*(?:[.!?][\"”’]?)?")


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence a notice ending at ``end`` is part of ends: there, when the notice closed it."""
    return end if text[end - 1 : end] in (".", "!", "?") else _SENTENCE_END.match(text, end).end()
_STOP_BEFORE_SMALL = LazyPattern(r"[.!](?=[ \t]+\p{Ll})")
"""A stop and a word in small letters after a notice dropped into a sentence: the stop closed the notice."""
_AFTER_COMMA = LazyPattern(r"(?<=,[ \t]+)\p{Ll}")
"""A notice that opens in small letters after a comma goes on a sentence, and may take its words ("... denied
that Copyright AP, all rights reserved the image was a handout.")."""
_CAPITALISED = LazyPattern(r"[ \t]\p{Lu}\p{Ll}")
_SMALL_AFTER_STOP = LazyPattern(r"[.!?][ \t]+\p{Ll}")
"""A word in small letters after a stop: the sentence a notice fell into goes on ("... than other Indian
Editorial use only. airlines.")."""


_CAPITALS_WORD = r"[\p{Lu}\p{N}][\p{Lu}\p{N}'’.&]*"
_TITLE_BEFORE = LazyPattern(
    rf"(?:(?<=[ \t\x00-\x08\x7f])|^){_CAPITALS_WORD}(?:[ ]{_CAPITALS_WORD}){{0,5}}[ \t]*[-–—:][ \t]*\Z"
)
"""A title in capitals and the dash or colon after it, at the end of what precedes a short notice."""
_LAST_STOP = LazyPattern(r"(?r)[.!?\x00-\x08\x7f][\"”’)]*[ \t]+")


def _result_line(text: str, start: int) -> bool:
    """Whether a short notice follows, in its sentence, a title in capitals and a dash ("DAVIS CUP - SWEDEN
    OUT", "WORLD CUP: JAPAN OUT", after a table's row too): a result's headline, where a team is out, not a
    picture's restriction. A credit or a term before the dash ("HANDOUT - JAPAN OUT", "AFP PHOTO - ...",
    "REUTERS/NAME - JAPAN OUT") makes it the notice's."""
    line_start = text.rfind("\n", 0, start) + 1
    stop = _LAST_STOP.search(text, line_start, start)  # the title follows a line's start, a sentence or a row
    lead = text[stop.end() if stop is not None else line_start : start]
    title = _TITLE_BEFORE.search(lead)
    if title is None or "/" in lead or "|" in lead or score(lead) > 0:
        return False
    name = " ".join(title.group().rstrip(" \t-–—:").split()).lower()
    if name in agency_names():
        return False  # "KYODO - JAPAN OUT": an agency before the dash credits the picture, as a label does
    return not {word.lower() for word in _LETTERS.findall(title.group())} <= credit_words()


_TERM_JOINER = LazyPattern(r",?[ ](?:or|and|&)[ ](?:no[ ])?|,[ ](?:no[ ])?")


def _joined_terms_end(clause: str, end: int) -> int:
    """Where the terms joined to the term ending at ``end`` by "or", "and" or a comma end ("Not for sale or
    archive", "No sales, no archives"): the words after a notice's last term start the next sentence."""
    weak = noticeterms.vocabulary().weak
    while (joiner := _TERM_JOINER.match(clause, end)) is not None:
        term = weak.match(clause, joiner.end())
        if term is None:
            break
        end = term.end()
    return end


def _after_terms(text: str, start: int, end: int, patterns: tuple[LazyPattern, ...]) -> bool:
    """Whether one of ``patterns`` is found after the last restriction term of the clause ``text[start:end]``: a
    capitalised word there may open the next line's table or sentence, a small one after a stop is the
    sentence's that the notice fell into. The terms are searched once for all of them."""
    vocabulary = noticeterms.vocabulary()
    ends = [m.end() for terms in (vocabulary.strong, vocabulary.weak) for m in terms.finditer(text, start, end)]
    return bool(ends) and any(pattern.search(text, max(ends), end) is not None for pattern in patterns)


_SENTENCE_CASE = LazyPattern(r"\p{Lu}\S*(?:[ ]\S+)*?[ ]\p{Ll}")
"""A capitalised word and, later, one in small letters: written in sentence case, not in capitals or title case."""
_FENCED = LazyPattern(r"(?:={2,}|-{2,}|[(\[]).*(?:={2,}|-{2,}|[)\]])", regex.DOTALL)
_SMALL_START = LazyPattern(r"[(\[]?\p{Ll}")
"""A notice between fences or brackets, or in small letters ("=== No Access Belgium ===", "no ireland rights"):
where it ends before a sentence on its line is plain."""
_RUNS_INTO = LazyPattern(r"[ \t]+[\"“‘]?(\p{Lu}\p{L}*)")
"""The next sentence right after a notice, without a stop: where the notice ends is then the editor's call."""


def _dated(word: str) -> bool:
    """A month or a weekday after a few words of restriction ("No sales Monday, the shop said") says when: news."""
    return word.lower() in WEEKDAYS or word.lower() in MONTHS


def _short_notice(text: str, start: int, end: int) -> bool:
    """A sentence of a few words that is mostly one restriction term is a notice in ordinary case too ("Credit
    is mandatory.", "Single use only."), where one term in a longer sentence is news ("The film is for editorial
    use only, the studio said"); a longer sentence is one when its terms make all of it but a word ("Only to be
    used in connection with this report."). Two words at least: "Handout." alone may be a label of the story's. The
    sentence must end with the term's clause: "NO SALES" cut from "NO SALES TAX RISE SEEN" is a headline's. In
    sentence case it may run into the next sentence ("Mandatory credit More rain ...")."""
    piece = text[start:end]
    after = _RUNS_INTO.match(text, end)
    run_on = (
        after is not None
        and (any(pattern.match(piece) for pattern in (_SENTENCE_CASE, _SMALL_START)) or _FENCED.fullmatch(piece))
        and not _dated(after.group(1))
    )
    if not (piece.endswith((".", "!")) or _LINE_END.match(text, end) or run_on or _FENCED.fullmatch(piece)):
        return False
    letters = _LETTERS.findall(piece)
    if not letters:
        return False
    covered = sum(len(_LETTERS.findall(m.group())) for m in noticeterms.vocabulary().strong.finditer(piece))
    if len(letters) > SHORT_WORDS:  # longer only when its terms (and its opening) are all of it but a word
        opening = noticeterms.vocabulary().opening.match(piece)
        return covered + (len(_LETTERS.findall(opening.group())) if opening else 0) >= len(letters) - 1
    return covered >= 2 and covered >= COVERAGE * len(letters)


_WORD = LazyPattern(r"\S*[\p{L}\p{N}]\S*")


def _words(clause: str) -> int:
    """The words of a clause; a fence or a bullet ("===", "•") is none."""
    return len(_WORD.findall(clause))


def _term_count(clause: str, strong: list[regex.Match[str]]) -> int:
    """Strong terms and the weak ones outside them ("Not for sale for marketing or advertising campaigns": 4)."""
    taken = [match.span() for match in strong]
    weak = [m for m in noticeterms.vocabulary().weak.finditer(clause) if not any(s <= m.start() < e for s, e in taken)]
    return len(strong) + len(weak)


def _allowed_words(clause: str, terms: list[regex.Match[str]]) -> int:
    """How many words a clause of a notice may have: two per term and two more, or as many as its terms
    cover and one more per term ("This image was supplied by a third party and could not be verified");
    the opening that names the image is not counted."""
    count = _term_count(clause, terms)
    covered = sum(len(match.group().split()) for match in terms)
    return max(2 * count + 2, covered + count) + _opening_words(clause, terms)


def _opening_words(clause: str, terms: list[regex.Match[str]]) -> int:
    """Words of the opening that names the image ("This image was"), which are not counted against a clause."""
    if not terms:
        return 0
    lead = clause[: terms[0].start()].strip()
    return len(lead.split()) if noticeterms.vocabulary().opening.fullmatch(lead) else 0


def _starts_with_term(clause: str, terms: list[regex.Match[str]]) -> bool:
    """A clause of a notice starts with one of its terms (at most one word before it: "For editorial ..."),
    or with the notice naming its image ("This image was supplied by ...")."""
    lead = clause[: terms[0].start()]
    return len(lead.split()) <= 1 or noticeterms.vocabulary().opening.fullmatch(lead.strip()) is not None


def _clauses(text: str, strong: list[int]) -> list[tuple[int, int]]:
    """Sentences and the parts of a sentence between dashes, slashes or bars, white space trimmed.

    A line that starts a paragraph or follows a closed one (a stop, a figure of a table row) starts a
    clause too, and so does a capitalised restriction term after a word in small letters: a notice
    pasted into the middle of a sentence ("... see fathers Editorial use only; no sales.").
    """
    spans = []
    starts = set(strong)
    for start, end in sentences_after_amounts(text):
        piece_start = start
        for cut in _CLAUSE_BREAK.finditer(text, start, end):
            if cut.group()[0] == "," and cut.end() not in starts:  # a comma parts a notice only before a term
                continue
            spans.append((piece_start, cut.start()))
            piece_start = cut.end()
        spans.append((piece_start, end))
    openings = sorted(
        {m.end() for m in _LINE_OPENING.finditer(text)}
        | {start for start in strong if _INSIDE_OPENING.match(text, start)}
        | {lead.start() for start in strong if (lead := _LEAD_BEFORE_TERM.search(text, max(start - 20, 0), start))}
        | {
            stop.start()
            for start in strong
            if (stop := _TERM_AFTER_STOP.search(text, max(start - 8, 0), start))
            and (text[start].islower() or stop.group("fence") or KEPT_STOP.search(text, max(start - 12, 0), start))
        }
    )
    if openings:
        spans = [piece for s, e in spans for piece in split_at(text, s, e, openings)]
    return [(s, e) for s, e in spans if e > s]


def _capital_run(text: str, start: int, end: int) -> Notice | None:
    """The notice in one run of text without small letters, trimmed to whole words and sentences."""
    open_end = end < len(text) and text[end].isalpha()
    if open_end:
        # The run went on into the next sentence, whose first word is cut ("... CAMPAIGNS More") or
        # stands whole before small letters ("... NO ARCHIVES A couple"): that word is not in it.
        while end > start and not text[end - 1].isspace():
            end -= 1
        last = _LAST_WORD.search(text, pos=start, endpos=end)
        if last is not None and not text[end - 1].isalpha() and text[end].islower() and len(last.group().strip()) == 1:
            end = last.start()  # "A" or "I" starts the next sentence; "SALES seen" does not
    piece = _notice_sentences(text, start, end, open_end)
    return Notice(*piece) if piece is not None else None


def _scores_as_notice(text: str, threshold: int, weight: int | None = None) -> bool:
    """True when ``text`` reaches the threshold, or is a short notice that is mostly one strong term ("JAPAN OUT");
    ``weight``: its :func:`score`, when known."""
    if (score(text) if weight is None else weight) >= threshold:
        return True
    letters = _LETTERS.findall(text)
    covered = sum(len(_LETTERS.findall(m.group())) for m in noticeterms.vocabulary().strong.finditer(text))
    return bool(letters) and covered >= COVERAGE * len(letters)


def _notice_sentences(text: str, start: int, end: int, open_end: bool) -> tuple[int, int, bool] | None:
    """The sentences of a run from the first to the last that holds a term, if the run scores as a notice.

    Returns (start, end, whether the start is sure): a run that starts right after a word
    in small letters began in the middle of a sentence, and its first words may be news.
    """
    vocabulary = noticeterms.vocabulary()
    run = text[start:end]
    weight = score(run)
    if not _scores_as_notice(run, vocabulary.capitals, weight):
        start = after_stopped_lead(text, start, end)  # "... in the U.S. MANDATORY CREDIT Residents ..."
        run = text[start:end]
        weight = score(run)
        if not _scores_as_notice(run, vocabulary.capitals, weight):
            return None
    term = vocabulary.strong.search(text, start, end)
    if term is not None and weight < vocabulary.capitals and _result_line(text, term.start()):
        return None  # "EURO 2024 - NEW ZEALAND OUT": one term after a title and a dash, a result's headline
    pieces = [(m.start() + start, m.end() + start) for m in PIECE.finditer(run)]
    holding = [(s, e) for s, e in pieces if score(text[s:e]) > 0 and not noticeterms.reported(text[s:e])]
    if not holding:
        return None
    first, last_end = holding[0][0], holding[-1][1]
    first = _after_story_dash(text, first)
    before = text[:first].rstrip(" \t")
    whole = not before or before[-1] in '.!?\n:;"”’)]=|-–—' or before.endswith("\n")
    if not whole:
        term = vocabulary.strong.search(text, first, last_end)
        if term is None:
            return None
        first = term.start()
    elif _news_before_terms(text, first, last_end):
        whole = False  # "... on PC. METAL GEAR SOLID: SNAKE EATER EDITORS NOTE: ...": a title, then the notice
    if not open_end:
        last_end, sure_end = _before_trailing_news(text, first, last_end)
        fenced = text[first] in "-–—="  # "-- HANDOUT --" keeps its closing fence
        while last_end > first and text[last_end - 1] in (" \t,;:" if fenced else " \t,;:-–—="):
            last_end -= 1
        return first, last_end, whole and sure_end
    # The run went on into the next sentence: the notice ends with its last term (and the fence or
    # full stop after it), as capital words after it may start that sentence ("... NO ARCHIVES BBC News").
    patterns = (vocabulary.strong, vocabulary.weak)
    last_end = max(match.end() for pattern in patterns for match in pattern.finditer(text, first, last_end))
    closing = _CLOSING.match(text, last_end)
    if closing is not None:
        last_end = closing.end()
    separator = _SEPARATOR.match(text, last_end)  # what is left of the run is not news: no stray comma
    if separator is not None:
        last_end = separator.end()
    return first, last_end, whole


_LONE_DASH = LazyPattern(r"[-–—][ \t]+(?=\S)")
_STORY_BEFORE = LazyPattern(r"[^\s.!?][ \t]*\Z")


def _after_story_dash(text: str, first: int) -> int:
    """Where a notice that opens on a lone dash starts when the dash goes on a line of the story ("... prices in
    brackets) - NOT FOR RESALE, NO ARCHIVES" before a table): the dash is the story's, which the notice was pasted
    after, so the notice starts after it and its fix leaves the dash. A fence ("-- HANDOUT --") or a dash after
    a closed sentence or at a line's start is the notice's."""
    dash = _LONE_DASH.match(text, first)
    line_start = text.rfind("\n", 0, first) + 1
    if dash is None or _STORY_BEFORE.search(text, line_start, first) is None:
        return first
    return dash.end()


def _news_before_terms(text: str, first: int, last_end: int) -> bool:
    """True when a run of capitals opens with words of no notice before its first term: a title, a name or a
    word in capitals may stand there ("METAL GEAR SOLID: SNAKE EATER EDITORS NOTE: ...", "... the days! LOL
    HANDOUT/EDITORIAL USE ONLY"), so where the notice starts is unsure. A credit, a fence or the opening
    that names the image ("THIS IMAGE WAS ...") is the notice's own."""
    vocabulary = noticeterms.vocabulary()
    strong = vocabulary.strong.search(text, first, last_end)
    if strong is not None and vocabulary.opening.fullmatch(text[first : strong.start()].strip()):
        return False  # "THIS IMAGE CANNOT BE AUTHENTICATED": the notice names its image, then its first term
    patterns = (vocabulary.strong, vocabulary.weak)
    terms = [m.start() for pattern in patterns for m in pattern.finditer(text, first, last_end)]
    lead = text[first : min(terms)].strip() if terms else ""
    lead_words = [word.strip(":-–—.").lower() for word in lead.split()]
    if any(lead_words) and all(word in credit_words() for word in lead_words if word):
        return False  # "FILE PHOTO - EDITORIAL USE ONLY": the credit's own words
    return (
        len(lead.split()) >= 1
        and _CREDIT_OR_FENCE.search(lead) is None
        and vocabulary.opening.fullmatch(lead) is None
    )


def _before_trailing_news(text: str, first: int, last_end: int) -> tuple[int, bool]:
    """Where a run of capitals that goes on after its last term with words of no notice ends, and whether
    that is sure. Joined by a space ("... NO SALES FATAL FORCE (MACROSPACE)": a title in capitals after
    it), the notice ends at its last term; joined by a dash or a stop, the rest may be part of the notice
    ("... - ITALY OUT FATAL FORCE"), so the end is unsure and the fix will not run by itself."""
    vocabulary = noticeterms.vocabulary()
    patterns = (vocabulary.strong, vocabulary.weak)
    ends = [m.end() for pattern in patterns for m in pattern.finditer(text, first, last_end)]
    if not ends:
        return last_end, True
    closing = _CLOSING.match(text, max(ends))
    cut = closing.end() if closing is not None else max(ends)
    trailing = text[cut:last_end]
    if trailing.strip() in ("A", "I") and text[last_end : last_end + 1] in ("\n", ""):
        return cut, True  # "... NO ARCHIVE I\nthink": the next sentence's first word, wrapped
    if trailing.strip() and _WRAPPED_ON.match(text, last_end):
        return cut, True  # "... NO SALES KPA\nwill hold 70 pct": the words after the last term begin a wrapped sentence
    if stray_last_word(trailing):
        return cut, True  # "... NO SYNDICATION YEAR": a table's label or a heading in capitals after the notice
    if len(trailing.split()) < 2 or not _PLAIN_WORDS.fullmatch(trailing.lstrip(" \t.-–—")):
        return last_end, True  # a credit, a quote or a fence after it belongs to the notice
    if trailing[:1] in " \t" and not trailing.strip().startswith(("-", "–", "—", "=", ".")):
        return cut, True
    return last_end, False


def _merged(notices: list[Notice], text: str) -> list[Notice]:
    """Notices separated only by white space or punctuation are one notice."""
    merged: list[Notice] = []
    for notice in notices:
        if merged and not text[merged[-1].end : notice.start].strip(" \t.-–—,;:"):
            previous = merged.pop()
            notice = Notice(previous.start, max(previous.end, notice.end), previous.sure and notice.sure)
        merged.append(notice)
    return merged
