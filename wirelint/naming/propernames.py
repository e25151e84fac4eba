"""Every proper name an article uses, found once per article without any list of names.

A name is a run of capitalised words, acronyms ("ANC") and dotted acronyms
("A.N.C."), joined by spaces or hyphens, with the Arabic article attached to
the word it precedes ("al-Baghdadi", "al Baghdadi", "el-Baghdadi") and
connectors such as "bin" or "de" inside it. Titles ("President", "Mr") and
sentence openers are not part of a name. A capital is only evidence of a name
inside a sentence: a run at the start of a sentence, in a title-case headline
or in text written in capitals is *unconfirmed*, and counts only when it
spells a confirmed name another way. The words this needs (articles,
connectors, titles, qualifiers, openers) are data: ``[lexicon.proper-names]``
in ``rules/entities.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import regex

from wirelint.document import Article, Block
from wirelint.errors import PackError
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import PARAGRAPHS_REMEMBERED, per_paragraph
from wirelint.naming.matching import in_angle_brackets
from wirelint.naming.spelling import MARKS
from wirelint.startcache import compile_pattern
from wirelint.text.sentences import sentence_spans
from wirelint.text.spans import SpanIndex

WORD_KEYS = ("articles", "spaced-articles", "connectors", "titles", "qualifiers", "openers")
_FIELDS = tuple(key.replace("-", "_") for key in WORD_KEYS)
_SPACE = LazyPattern(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?")
"""What joins two words of a name with a space, line breaks of wrapped copy included."""
_HYPHEN = LazyPattern(r"-(?:[ \t]*\r?\n[ \t]*)?")
_GAP_CHARACTERS = " \t\u00a0\r\n-"
"""Every character :data:`_SPACE` and :data:`_HYPHEN` match: a gap with another one is neither."""
_LOWER_WORD = LazyPattern(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*")
"""Words the article writes in lower case: a capitalised one among them is a common word."""
_WHITE = LazyPattern(r"\s+")
_CHARACTERS = {"upper": LazyPattern(r"\p{Lu}+"), "lower": LazyPattern(r"\p{Ll}+"), "digit": LazyPattern(r"\p{N}+")}
"""Counted per sentence: text in capitals has no case to read names by, and a row of figures is a table."""
_CAPITAL_PAIR = LazyPattern(r"\p{Lu}\p{Lu}")
_WORD = LazyPattern(r"\p{L}+")
_POSSESSIVE = ("'s", "’s")
_GLOSS_BEFORE = LazyPattern(r"[\p{L}\p{N}.]\s?\($")
"""A name in brackets right after another explains or translates it: "Fondation pour l'Enfance
(Foundation for Childhood)", "Hayat Tahrir al-Sham (HTS)"; it is not a second spelling."""


def _glossed(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a gloss (:data:`_GLOSS_BEFORE`); every gloss has its bracket in the three
    characters before it, so most names need no search."""
    window = max(0, start - 3)
    return "(" in text[window:start] and _GLOSS_BEFORE.search(text, window, start) is not None


@dataclass(frozen=True)
class NameWords:
    """The small vocabularies that tell a name from the words around it (lower case)."""

    articles: frozenset[str] = frozenset()
    """Articles that may stand before a name part with a hyphen: al-, el-, ash- (or be left out)."""
    spaced_articles: frozenset[str] = frozenset()
    """Those that may also be written with a space ("al Baghdadi"); "as" and "at" may not."""
    connectors: frozenset[str] = frozenset()
    """Lower-case words inside a name: bin, de, van."""
    titles: frozenset[str] = frozenset()
    """Words before a name that are not part of it: Mr, President, Sheikh."""
    qualifiers: frozenset[str] = frozenset()
    """First words that make another place of a name: South Sudan is not Sudan."""
    openers: frozenset[str] = frozenset()
    """Capitalised words that open sentences and are never names: The, But."""

    def merged(self, other: NameWords) -> NameWords:
        return NameWords(*(getattr(self, key) | getattr(other, key) for key in _FIELDS))


def parse_name_words(pack: str, table: Any) -> NameWords:
    """Validate a ``[lexicon.proper-names]`` table; raise :class:`PackError` naming the pack."""
    if not isinstance(table, dict):
        raise PackError(pack, "[lexicon.proper-names] must be a table of word lists")
    unknown = set(table) - set(WORD_KEYS)
    if unknown:
        raise PackError(pack, f"[lexicon.proper-names]: unknown key(s) {', '.join(sorted(unknown))}")
    lists: dict[str, frozenset[str]] = {}
    for key in WORD_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise PackError(pack, f"[lexicon.proper-names]: {key} must be a list of words")
        lists[key.replace("-", "_")] = frozenset(word.strip().casefold() for word in value)
    return NameWords(**lists)


@dataclass(frozen=True, eq=False)
class NamePart:
    """One word of a name as written, with the article before it if any.

    Parts depend on their paragraph's text alone (offsets are within it), so they are made once per
    paragraph and shared by every lint of it; the block is the mention's.
    """

    start: int
    end: int
    """The word, possessive left out."""
    article: str = ""
    """The article as written before the word ("al-", "Al ", "el-"), or ""."""
    article_start: int = -1
    acronym: bool = False
    capitals: bool = False
    """Written in a sentence in capitals (a wire slug, a shouted headline)."""
    common: bool = False
    """The article also writes the word in lower case ("Open Letter", "letter"): a common word, whose
    look-alikes are other words, not spellings of a name."""

    sentence_start: bool = False
    """The part (or its article) opens a sentence, so its capital says nothing."""
    text: str = ""
    """The word as written, possessive left out (``block.text[start:end]``, kept: it is read often)."""

    @cached_property
    def article_key(self) -> str:
        """The article as spelled ("al-", "Al ", "el-")."""
        return " ".join(self.article.split()) + (" " if self.article.endswith((" ", "\n")) else "")

    def same_article(self, other: NamePart) -> bool:
        """True when two parts write their article alike; a capital counts only inside a sentence."""
        mine, theirs = self.article_key, other.article_key
        if self.sentence_start or self.capitals or other.sentence_start or other.capitals:
            return mine.lower() == theirs.lower()
        return mine == theirs


@dataclass(eq=False)
class NameMention:
    """A proper name at one place in an article: its parts and what joins them."""

    block: Block
    parts: tuple[NamePart, ...]
    joiners: tuple[str, ...]
    """What stands between consecutive parts, white space as one space: " ", "-", " bin ", "-ut-"."""
    confirmed: bool
    order: int = 0
    loose: bool = False
    """The first word opens a sentence and the article never capitalises it elsewhere: it may be
    a common word ("Later Nasrollah said"), so it is compared only when it agrees."""

    @property
    def start(self) -> int:
        first = self.parts[0]
        return first.article_start if first.article else first.start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    @property
    def text(self) -> str:
        return " ".join(self.block.text[self.start : self.end].split())


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    before: str
    """What joins it to the token before: " ", "-", or "" when nothing can (punctuation, a new sentence)."""
    sentence_start: bool
    capitals: bool


def name_mentions(
    article: Article,
    words: NameWords,
    taken: dict[int, list[tuple[int, int]]],
    claimed: frozenset[str] = frozenset(),
) -> list[NameMention]:
    """Every unquoted proper name in the article, in reading order.

    ``taken`` lists, by ``id(block)``, spans that entity sets already claim, and
    ``claimed`` the one-word forms of those sets: names there are the sets'
    business and are left out.

    Where a paragraph's names are cut depends on its own text and on what the
    whole article says about the words they are made of (written in lower case
    elsewhere, capitalised inside a sentence, written after "al-"). Both are
    remembered per paragraph, the article's part as the answers for the
    paragraph's own words only, so an editor's re-lint cuts again only the
    paragraph that changed and those whose words changed meaning.
    """
    blocks = [
        (block, block.field == "headline" and _title_case(block.text)) for block in article.blocks
    ]
    lower_words = frozenset().union(*(_lower_words(block.text) for block, _ in blocks))
    learned = [_paragraph_words(block.text, words, title_case) for block, title_case in blocks]
    named = frozenset().union(*(named for named, _, _ in learned))
    with_article = frozenset().union(*(after for _, after, _ in learned))
    found: list[NameMention] = []
    for (block, title_case), (_, _, folded) in zip(blocks, learned, strict=True):
        cut = _paragraph_mentions(
            block.text, words, title_case, claimed, tuple(taken.get(id(block), ())), block.quotes, block.masked,
            folded & lower_words, folded & named, folded & with_article,
        )
        for parts, joiners, confirmed, loose in cut:
            found.append(NameMention(block, parts, joiners, confirmed, len(found), loose))
    return found


def name_words(article: Article, words: NameWords) -> tuple[list[str], set[str]]:
    """The words an article's names can be made of, read from the paragraphs' remembered tokens.

    The first value lists each place a word can be part of a name (capitalised, not a title,
    and not a common word capitalised only because it opens a sentence or stands in capitals:
    the words :func:`name_mentions` never starts or continues a name with), possessives also
    without their "'s". The second holds the words written next to an article ("al-", "el "),
    a hyphen or a connector ("bin"), which two forms can join differently. Two spellings of one
    name always differ in a word of the first, or join a word of the second twice.
    """
    lower_words = frozenset().union(*(_lower_words(block.text) for block in article.blocks))
    names: list[str] = []
    joined: set[str] = set()
    for block in article.blocks:
        title_case = block.field == "headline" and _title_case(block.text)
        candidates, block_joined = _paragraph_name_words(block.text, words, title_case)
        names.extend(word for word, unless in candidates if not unless or unless not in lower_words)
        joined.update(block_joined)
    return names, joined


@lru_cache(maxsize=PARAGRAPHS_REMEMBERED)
def _paragraph_name_words(
    text: str, words: NameWords, title_case: bool
) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The paragraph's candidate name words, each with the folded word that must not be written
    in lower case elsewhere for it to count ("" when it counts anyway: it stands inside a
    sentence), and the words next to an article, hyphen or connector."""
    candidates: list[tuple[str, str]] = []
    joined: set[str] = set()
    for run in _paragraph_runs(text, words, title_case):
        for position, token in enumerate(run):
            folded = token.text.casefold()
            if folded in words.articles or folded in words.connectors:
                joined.update(other.text for other in run[max(0, position - 1) : position + 2])
            elif token.before == "-" and position:
                joined.update((run[position - 1].text, token.text))
            if not token.text[0].isupper() or folded in words.titles:
                continue
            opening = token.sentence_start or token.capitals
            if opening and (len(folded) < (4 if token.capitals else 3) or folded in words.openers):
                continue
            unless = folded if opening else ""
            candidates.append((token.text, unless))
            if token.text.endswith(_POSSESSIVE):
                candidates.append((token.text[:-2], unless))
    return tuple(candidates), frozenset(joined)


@dataclass
class _Context:
    """What the whole article says about its words, read before any name is cut."""

    words: NameWords
    lower_words: frozenset[str]
    """Words the article writes in lower case: common words, whatever their capital elsewhere."""
    claimed: frozenset[str]
    """One-word forms of entity sets ("US", "kyiv"): those names are the sets' business."""
    named: frozenset[str] = frozenset()
    """Words the article capitalises inside a sentence: names, wherever they stand."""
    with_article: frozenset[str] = frozenset()
    """Words the article writes after "al-" or "al ": "Al Jazeera" is then an article and a name."""


@lru_cache(maxsize=PARAGRAPHS_REMEMBERED)
def _paragraph_words(
    text: str, words: NameWords, title_case: bool
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a paragraph's runs say about their words: those capitalised inside a sentence, those
    written after an article, and every folded word (possessive or not) its names are judged by."""
    named: set[str] = set()
    with_article: set[str] = set()
    folded_words: set[str] = set()
    for run in _paragraph_runs(text, words, title_case):
        for position, token in enumerate(run):
            folded = token.text.casefold()
            folded_words.add(folded)
            if token.text.endswith(_POSSESSIVE):
                folded_words.add(folded[:-2])
            if not (token.sentence_start or token.capitals) and token.text[0].isupper():
                named.add(folded)
            article = run[position - 1].text if position else ""
            if token.before == "-" and article.casefold() in words.articles:
                with_article.add(folded)
            elif article.casefold() in words.spaced_articles and article[0].islower():
                with_article.add(folded)
    return frozenset(named), frozenset(with_article), frozenset(folded_words)


_Template = tuple[tuple[NamePart, ...], tuple[str, ...], bool, bool]
"""A name cut from a paragraph, without its block: its parts, the joiners, whether it is
confirmed, whether it is loose."""


@lru_cache(maxsize=PARAGRAPHS_REMEMBERED)
def _paragraph_mentions(
    text: str,
    words: NameWords,
    title_case: bool,
    claimed: frozenset[str],
    taken: tuple[tuple[int, int], ...],
    quotes: tuple[tuple[int, int], ...],
    masked: tuple[tuple[int, int], ...],
    lower_words: frozenset[str],
    named: frozenset[str],
    with_article: frozenset[str],
) -> tuple[_Template, ...]:
    """The names of one paragraph. The article-wide word sets come cut down to the paragraph's own
    words: the cut asks only about those, so the answer is the same and the key repeats."""
    context = _Context(words, lower_words, claimed, named, with_article)
    claimed_spans, quoted, masked_spans = SpanIndex(taken), SpanIndex(quotes), SpanIndex(masked)
    return tuple(
        template
        for run in _paragraph_runs(text, words, title_case)
        for template in _mentions(text, run, context, claimed_spans, quoted, masked_spans)
    )


@per_paragraph
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case."""
    return frozenset(_LOWER_WORD.findall(text))


def _title_case(text: str) -> bool:
    words = [word for word in _WORD.findall(text) if len(word) > 3]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)


def _sentence_kind(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether ``text[start:end]`` is written in capitals, and whether it is a row of figures.

    Characters are counted by runs, and only where the answer could be yes
    (two capitals in a row, a digit): most sentences need one search each.
    """
    maybe_capitals = _CAPITAL_PAIR.search(text, start, end) is not None
    maybe_figures = _CHARACTERS["digit"].search(text, start, end) is not None
    if not (maybe_capitals or maybe_figures):
        return False, False
    lower = sum(map(len, _CHARACTERS["lower"].findall(text, start, end)))
    if 2 * lower > end - start:  # then capitals and digits are fewer than small letters: neither
        return False, False
    upper, digits = (sum(map(len, _CHARACTERS[kind].findall(text, start, end))) for kind in ("upper", "digit"))
    return upper + lower >= 5 and upper >= 0.9 * (upper + lower), digits > upper + lower


@lru_cache(maxsize=8)
def _name_token(words: NameWords) -> regex.Pattern[str]:
    """Capitalised words, dotted acronyms and the lower-case words a name may hold ("al", "bin");
    the other words of the text are never looked at one by one."""
    ordered = sorted(words.articles | words.connectors, key=lambda word: (-len(word), word))  # the same source each run
    small = "|".join(regex.escape(word) for word in ordered)
    letters = r"[\p{L}\p{M}]"
    return compile_pattern(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?:\p{{Lu}}\.){{2,}}|\p{{Lu}}{letters}*(?:[{MARKS}]{letters}+)*(?!-?\p{{N}})"
        + (rf"|(?:{small})(?!{letters}))" if small else ")")
    )


def _tokens(text: str, words: NameWords, title_case: bool) -> Iterator[_Token]:
    sentences = iter(sentence_spans(text) or ((0, len(text)),))
    sentence_start, sentence_end = next(sentences, (0, len(text)))
    capitals: bool | None = None
    figures = False
    previous_end: int | None = None
    for match in _name_token(words).finditer(text):
        start, end = match.span()
        while start >= sentence_end:
            sentence_start, sentence_end = next(sentences, (sentence_end, len(text) + 1))
            capitals, previous_end = None, None
        if capitals is None:
            capitals, figures = _sentence_kind(text, sentence_start, sentence_end)
            capitals = capitals or title_case
        if figures:
            continue  # a row of a table of figures, not prose
        before = ""
        if previous_end is not None:
            gap = text[previous_end:start]
            if gap == " " or gap == "-":  # the usual gaps, without a pattern
                before = gap
            elif not gap.strip(_GAP_CHARACTERS):  # spaces, hyphens, line breaks only (most gaps hold words)
                if _HYPHEN.fullmatch(gap):
                    before = "-"
                elif gap and _SPACE.fullmatch(gap):
                    before = " "
        opening = previous_end is None and not text[sentence_start:start].strip(" \t\r\n\"'“‘([«")
        yield _Token(start, end, match.group(), before, opening, capitals)
        previous_end = end


@lru_cache(maxsize=PARAGRAPHS_REMEMBERED)
def _paragraph_runs(text: str, words: NameWords, title_case: bool) -> tuple[tuple[_Token, ...], ...]:
    """Runs of name-like tokens (capitalised words, articles and connectors between them). They
    depend on the paragraph's text alone, so they are remembered per paragraph."""
    return tuple(tuple(run) for run in _token_runs(text, words, title_case))


def _token_runs(text: str, words: NameWords, title_case: bool) -> Iterator[list[_Token]]:
    run: list[_Token] = []
    for token in _tokens(text, words, title_case):
        if run and (not token.before or token.capitals):
            yield run
            run = []
        run.append(token)
        if token.capitals:  # no case to tell where a name ends: each word on its own
            yield run
            run = []
    if run:
        yield run


def _mentions(
    text: str,
    run: tuple[_Token, ...],
    context: _Context,
    claimed_spans: SpanIndex,
    quoted: SpanIndex,
    masked: SpanIndex,
) -> Iterator[_Template]:
    """Split a run into names: titles, openers and claimed spans cut it; articles attach to the next word."""
    words = context.words
    brackets = "<" in text
    parts: list[NamePart] = []
    joiners: list[str] = []
    confirmed = loose = False
    pending_article: _Token | None = None
    for position, token in enumerate(run):
        folded = token.text.casefold()
        following = run[position + 1] if position + 1 < len(run) else None
        starts = not parts
        if _is_article(token, following, context, bool(parts)):
            pending_article = token
            continue
        if token.text[0].islower():  # a connector ("bin", "de"): the name goes on
            if not parts or folded not in words.connectors or following is None or not following.text[0].isupper():
                yield from _finish(parts, joiners, confirmed, loose)
                parts, joiners, confirmed, loose = [], [], False, False
            pending_article = None
            continue
        first = pending_article or token
        acronym = _is_acronym(token)
        stop = (
            claimed_spans.overlaps(first.start, token.end)
            or (token.text if acronym else folded) in context.claimed
            or (brackets and in_angle_brackets(text, first.start, token.end))
            or (masked and masked.overlaps(first.start, token.end))
            or quoted.covers(first.start, token.end)
            or folded in words.titles
            or (starts and _glossed(text, first.start))
            or (starts and _not_a_name(token, folded, context))
        )
        if stop:
            yield from _finish(parts, joiners, confirmed, loose)
            parts, joiners, confirmed, loose, pending_article = [], [], False, False, None
            continue
        if starts:
            loose = first.sentence_start and not token.capitals and folded not in context.named
            loose = loose and following is not None and following.text[:1].isupper()
            confirmed = loose or not (first.sentence_start or token.capitals)
        elif parts:
            joiners.append(_joiner(text[parts[-1].end : first.start]))
        end = token.end
        if token.text.endswith(_POSSESSIVE) and len(token.text) > 3:
            end -= 2
        article = text[pending_article.start : token.start] if pending_article else ""
        acronym = acronym and not token.capitals
        article_start = pending_article.start if pending_article else -1
        common = text[token.start : end].casefold() in context.lower_words
        parts.append(NamePart(token.start, end, article, article_start, acronym, token.capitals, common,
                              first.sentence_start, text[token.start : end]))  # fmt: skip
        pending_article = None
        if end < token.end:  # a possessive ends the name: "Nintendo's DS" is two
            yield from _finish(parts, joiners, confirmed, loose)
            parts, joiners, confirmed, loose = [], [], False, False
    yield from _finish(parts, joiners, confirmed, loose)


def _is_article(token: _Token, following: _Token | None, context: _Context, inside: bool) -> bool:
    """"al-" before a capitalised word; "al " too, and "Al " inside a name ("Hayat Tahrir Al Sham").

    "Al" opening a name is a given name as often as an article ("Al Gore"), so it is an
    article only before a word the article writes elsewhere with "al-" ("Al Jazeera").
    """
    if following is None or token.text.casefold() not in context.words.articles or not following.text[0].isupper():
        return False
    if following.before == "-":
        return True
    if following.before != " " or token.text.casefold() not in context.words.spaced_articles:
        return False
    return token.text[0].islower() or inside or following.text.casefold() in context.with_article


def _is_acronym(token: _Token) -> bool:
    text = token.text
    return text.isupper() and len(text) - text.count(".") >= 2


def _not_a_name(token: _Token, folded: str, context: _Context) -> bool:
    """A common word capitalised only because of where it stands."""
    if not (token.sentence_start or token.capitals):
        return False
    too_short = len(folded) < (4 if token.capitals else 3)
    return too_short or folded in context.words.openers or folded in context.lower_words


def _joiner(text: str) -> str:
    """What joins two parts, as written but for line breaks: " ", "-", " bin ", "-ut-"."""
    return _WHITE.sub(" ", _HYPHEN.sub("-", text))


def _finish(parts: list[NamePart], joiners: list[str], confirmed: bool, loose: bool) -> Iterable[_Template]:
    if parts:
        yield tuple(parts), tuple(joiners), confirmed, loose and len(parts) > 1
