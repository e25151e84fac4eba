"""WL5xx code rules: the mechanics a single pattern cannot check.

Missing and doubled spaces and repeated words are patterns in
``rules/mechanics.toml``. The rules here need more than one match at a time:
mixed quotes count the whole article and pair marks before fixing them;
invisible characters choose their fix from what stands around them; datelines
are parsed into parts, compared with house style and with each other.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from wirelint.document import Article, Block
from wirelint.edits import separating_space
from wirelint.errors import ConfigError
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.text.datelines import Dateline, parse_dateline
from wirelint.text.spans import SpanIndex

if TYPE_CHECKING:
    from wirelint.config import Settings


def _option(rule: Rule, settings: Settings, key: str, choices: tuple[str, ...]) -> str:
    """One string option of ``rule-options.CODE``, checked against its choices (the first is the default)."""
    value = rule.options(settings).get(key, choices[0])
    if value not in choices:
        raise ConfigError(
            str(settings.config_path or "configuration"),
            f"rule-options.{rule.code}.{key} must be one of {', '.join(map(repr, choices))}, not {value!r}",
        )
    return str(value)


# --- WL502 mixed quotes ---------------------------------------------------------------------------

DOUBLE_MARKS = '"“”'
SINGLE_MARKS = "'‘’"
CURLY = "“”‘’"
TO_STRAIGHT = {"“": '"', "”": '"', "‘": "'", "’": "'"}
_OPENS_AFTER = "([{—–-/“‘\"'"
"""A straight quote after one of these (or after white space) opens a quotation."""
_CLOSES_BEFORE = ".,;:!?)]}—–-”’\"'"
_PRIME = LazyPattern(r"(?<=\d)'(?=\d)|(?<=\d'\d{1,2})\"")
"""Feet and inches (6'2"): primes written with quote marks, not quotes."""
_CLOSING_SINGLE = LazyPattern(r"(?<=[\p{L}\p{N}.,!?;:])['’](?![\p{L}\p{N}])")


_MARK = LazyPattern(f"[{DOUBLE_MARKS}{SINGLE_MARKS}]")


def _marks(block: Block) -> tuple[int, ...]:
    """Indexes of the quote marks and apostrophes in a block (not primes, not masked text)."""
    return _mark_indexes(block.text, block.masked)


@per_paragraph
def _mark_indexes(text: str, masked: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """:func:`_marks`, remembered per paragraph text (and its masked spans): an editor's re-lint
    looks for the marks of the edited paragraph only."""
    hidden = SpanIndex(masked)
    return tuple(
        match.start()
        for match in _MARK.finditer(text)
        if not hidden.overlaps(match.start(), match.start() + 1) and not _PRIME.match(text, match.start())
    )


def curly_forms(text: str, marks: list[int]) -> dict[int, str]:
    """The curly form of every quote mark at ``marks`` (indexes into ``text``), paired in order.

    A mark's neighbours decide where they can (an apostrophe inside a word, a
    quote after a space); where they cannot, the open or closed state of the
    quotation so far does. A single quote before a word opens a quotation only
    when a closing one follows; otherwise it is an apostrophe ('tis, '90s).
    """
    forms: dict[int, str] = {}
    double_open = False
    for index in marks:
        char = text[index]
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        opens = before.isspace() or before in _OPENS_AFTER
        closes = after.isspace() or after in _CLOSES_BEFORE
        if char in CURLY:
            form = char
        elif char == '"':
            form = "“" if opens and not closes else "”" if closes and not opens else "”" if double_open else "“"
        elif opens and after.isalpha() and _CLOSING_SINGLE.search(text, index + 1):
            form = "‘"
        else:
            form = "’"
        if form in "“”":
            double_open = form == "“"
        forms[index] = form
    return forms


class MixedQuotes(Rule):
    """WL502: straight and curly quotes in one article."""

    code = "WL502"
    name = "mixed-quotes"
    severity = Severity.WARNING
    fixable = True
    docs = RuleDocs(
        what="Straight (\" ') and curly (“ ” ‘ ’) quotes and apostrophes mixed in one article. The marks of the "
        "less used style are reported; the fix converts them to the style the article mostly uses, pairing "
        "opening and closing marks. Option: rule-options.WL502.style = \"majority\" (default), \"curly\" or "
        "\"straight\" to enforce one style.",
        why="Mixed quotes show that text was pasted from another source, and look careless in print.",
        example="“We will stay,” he said, adding that it was \"too early\" to leave.",
        use_instead="“We will stay,” he said, adding that it was “too early” to leave.",
    )
    examples = Examples(
        match=(
            "“We will stay,” he said, adding that it was \"too early\" to leave and “nothing” had changed.",
            "It's over, he said. \"We lost.\" The ‘final’ word was his.",
        ),
        no_match=(
            "\"We will stay,\" he said. It's \"too early\" to leave.",
            "“We will stay,” he said. It’s “too early” to leave.",
            "The 6'2\" forward said “yes”.",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        style = _option(self, settings, "style", ("majority", "curly", "straight"))
        marks = [(block, index) for block in self.blocks(article) for index in _marks(block)]
        curly = sum(block.text[i] in CURLY for block, i in marks)
        straight = len(marks) - curly
        if style == "majority":
            if not curly or not straight:
                return
            style = "curly" if curly >= straight else "straight"
            reason = f"the article mostly uses {style} quotes ({curly} curly, {straight} straight)"
        else:
            reason = f"house style is {style} quotes"
        by_block: dict[Block, list[int]] = {}
        for block, index in marks:
            by_block.setdefault(block, []).append(index)
        for block, indexes in by_block.items():
            yield from self._report(block, indexes, style, reason)

    def _report(self, block: Block, indexes: list[int], style: str, reason: str) -> Iterator[Finding]:
        forms = curly_forms(block.text, indexes) if style == "curly" else {}
        for index in indexes:
            char = block.text[index]
            if (char in CURLY) == (style == "curly"):
                continue
            target = forms[index] if style == "curly" else TO_STRAIGHT[char]
            kind = "apostrophe" if char in "'’" and _inside_word(block.text, index) else "quote mark"
            what = "Straight" if style == "curly" else "Curly"
            yield self.finding(
                block,
                index,
                index + 1,
                f"{what} {kind} {char}: {reason}",
                self.replacement(block, index, index + 1, target, f"replace with {target}"),
            )


def _inside_word(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalpha()


# --- WL503 invisible characters --------------------------------------------------------------------

_SPACE_LIKE = "\u00a0\u202f\u2007\u2000-\u200a\u3000\u1680\u000b\u000c\u0085\u2028\u2029"
_INVISIBLE = LazyPattern(
    "[" + _SPACE_LIKE + "\u00ad\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff\u180e\u061c"
    "\u202a-\u202e\u2066-\u2069\x00-\x08\x0e-\x1f\x7f-\x9f]"
)
_SPACE_LIKE_CHAR = LazyPattern("[" + _SPACE_LIKE + "]")
_JOINER_CONTEXT = LazyPattern(
    r"[\p{Arabic}\p{Syriac}\p{Thaana}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}"
    r"\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Khmer}\p{Myanmar}\p{Extended_Pictographic}"
    r"\p{Emoji_Modifier}\uFE0F]"
)
"""Scripts and emoji sequences in which a zero-width (non-)joiner is part of the spelling."""
_RIGHT_TO_LEFT = LazyPattern(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def describe(char: str) -> str:
    """``NO-BREAK SPACE (U+00A0)``; control characters have no Unicode name."""
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return f"{name} ({code})" if name else f"control character {code}"


def _parse_allowed(rule: Rule, settings: Settings) -> frozenset[str]:
    """Characters ``rule-options.WL503.allow`` permits, written as themselves or as U+XXXX."""
    allowed = rule.options(settings).get("allow", [])
    if not isinstance(allowed, list) or not all(isinstance(item, str) for item in allowed):
        raise ConfigError(str(settings.config_path or "configuration"), "rule-options.WL503.allow must be a list")
    try:
        return frozenset(chr(int(item[2:], 16)) if item.upper().startswith("U+") else item for item in allowed)
    except ValueError:
        raise ConfigError(
            str(settings.config_path or "configuration"), f"rule-options.WL503.allow: bad code point in {allowed!r}"
        ) from None


class InvisibleCharacter(Rule):
    """WL503: non-breaking, zero-width, soft-hyphen, direction and control characters in the text."""

    code = "WL503"
    name = "invisible-character"
    severity = Severity.WARNING
    fixable = True
    docs = RuleDocs(
        what="A character that is invisible or looks like a space: non-breaking and other special spaces, "
        "zero-width spaces and joiners, soft hyphens, direction marks and control characters. Joiners in scripts "
        "that need them (Arabic, Indic, emoji) and direction marks in right-to-left text are allowed; "
        'rule-options.WL503.allow = ["U+00A0"] allows more.',
        why="Pasted from web pages and word processors, these characters break searches, word counts, spell "
        "checks and line breaking, and nobody can see them to remove them.",
        example="neighbouring\u00a0Iraq (a no-break space between the words)",
        use_instead="neighbouring Iraq",
    )
    examples = Examples(
        match=(
            "Syria and neighbouring\u00a0 Iraq.",
            "A soft\u00adhyphen.",
            "A zero\u200bwidth space.",
            "A bell\x07 in the text.",
            "The end.\x03",
        ),
        no_match=(
            "Plain text, tabs\tand all.",
            "She wrote \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 in Persian.",
            "A family emoji \U0001f468\u200d\U0001f469\u200d\U0001f467 here.",
            "\u0645\u0631\u062d\u0628\u0627\u200f said the sign.",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        allowed = _parse_allowed(self, settings)
        for block in self.blocks(article):
            for start, end, message, replacement, description in _invisible_runs(block.text, allowed):
                fix = self.replacement(block, start, end, replacement, description)
                yield self.finding(block, start, end, message, fix)


@per_paragraph
def _invisible_runs(text: str, allowed: frozenset[str]) -> tuple[tuple[int, int, str, str, str], ...]:
    """Each run of reported characters in a paragraph, with its message and fix (start, end, message,
    replacement, description): they depend on the text alone, so an editor's re-lint reads them back."""
    found = []
    run: list[int] = []
    for match in _INVISIBLE.finditer(text):
        index = match.start()
        if match.group() in allowed or _legitimate(text, index):
            continue
        if run and run[-1] != index - 1:
            found.append(_described(text, run[0], run[-1] + 1))
            run = []
        run.append(index)
    if run:
        found.append(_described(text, run[0], run[-1] + 1))
    return tuple(found)


def _legitimate(text: str, index: int) -> bool:
    char = text[index]
    if char in "\u200c\u200d":
        neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
        return _JOINER_CONTEXT.search(neighbours) is not None
    return char in _BIDI_CONTROLS and _RIGHT_TO_LEFT.search(text) is not None


def _described(text: str, start: int, end: int) -> tuple[int, int, str, str, str]:
    names = ", ".join(dict.fromkeys(describe(char) for char in text[start:end]))
    message = f"Invisible character in the text: {names}"
    if _SPACE_LIKE_CHAR.search(text, start, end) and separating_space(text, start, end):
        return start, end, message, " ", "replace with a normal space"
    return start, end, message, "", "delete it"


# --- WL506 datelines -------------------------------------------------------------------------------

_NEXT_WORD = LazyPattern(r"[^\s]*")
"""The word after a dateline, shown in messages so a missing space can be seen."""
FORMS = ("any", "place-agency", "agency-place", "place")
SEPARATORS = ("any", "-", "–", "—", "--", ":")
PLACE_CASES = ("any", "upper", "title")


class DatelineFormat(Rule):
    """WL506: datelines that are malformed, off house style, or unlike the article's first one."""

    code = "WL506"
    name = "dateline-format"
    severity = Severity.WARNING
    fields = ("dateline", "body")
    fixable = True
    docs = RuleDocs(
        what="A dateline (BEIRUT (AFP) -, AFP, Beirut :, Beirut, Syria —) with wrong spacing or no separator, "
        "one that breaks house style, or one that differs from the article's first dateline. House style is "
        'set in rule-options.WL506: form = "place-agency" | "agency-place" | "place", separator = "-" | "–" | '
        '"—" | "--" | ":", place-case = "upper" | "title" (each "any" by default).',
        why="A dateline is the first thing a reader sees. Inconsistent datelines show that copy from different "
        "sources was pasted together without an edit.",
        example="BEIRUT(AFP)- Clashes erupted on Saturday.",
        use_instead="BEIRUT (AFP) - Clashes erupted on Saturday.",
    )
    examples = Examples(
        match=(
            "BEIRUT(AFP)- Clashes erupted on Saturday.",
            "BEIRUT (AFP) -Clashes erupted on Saturday.",
            "BEIRUT (AFP) Clashes erupted on Saturday.",
            "NEW YORK , March 2 - Shares rose.",
            "NEW YORK, MARCH 2 - Shares rose.",
            "BEIRUT (AFP) - Clashes erupted.\n\nDamascus (AFP) — Talks began.",
        ),
        no_match=(
            "BEIRUT (AFP) - Clashes erupted on Saturday.",
            "AFP, Beirut :\nClashes erupted on Saturday.",
            "Beirut, Syria — Clashes erupted on Saturday.",
            "SALVADOR, Feb 26 - Showers continued.",
            "Iran, Russia and Turkey held talks on Wednesday.",
            "BEIRUT (AFP) - Clashes erupted.\n\nNATO - the alliance - said nothing.",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        style = {
            "form": _option(self, settings, "form", FORMS),
            "sep": _option(self, settings, "separator", SEPARATORS),
            "case": _option(self, settings, "place-case", PLACE_CASES),
        }
        first: Dateline | None = None
        for block, dateline in self._datelines(article):
            wanted = self._house(dateline, style, first)
            raw = block.text[: dateline.end]
            word = _NEXT_WORD.match(block.text, dateline.end)
            after = word.group() if word else ""
            if wanted is None:
                problem = (
                    f"is not in the house form ({style['form']})"
                    if first is None
                    else "differs in form from the article's first dateline"
                )
                yield self.finding(block, 0, dateline.end, f'Dateline "{raw.strip()}" {problem}')
            else:
                canonical, safe = wanted
                if canonical != raw:
                    yield self.finding(
                        block,
                        0,
                        dateline.end,
                        f'Dateline "{(raw + after).strip()}" should read "{(canonical + after).strip()}"',
                        self.replacement(block, 0, dateline.end, canonical, f"write {canonical!r}", safe),
                    )
            first = first or dateline

    def _datelines(self, article: Article) -> Iterator[tuple[Block, Dateline]]:
        """Dateline fields, and datelines at the start of body paragraphs."""
        body_seen = False
        for block in self.blocks(article):
            whole = block.field == "dateline"
            dateline = _dateline(block.text, whole, body_seen)
            body_seen = body_seen or not whole
            if dateline is not None:
                yield block, dateline

    @staticmethod
    def _house(dateline: Dateline, style: dict[str, str], first: Dateline | None) -> tuple[str, bool] | None:
        """The dateline as house style (or the article's first dateline) wants it, and whether the fix is safe.

        None when it cannot be rewritten without inventing or dropping a part.
        """
        target = dict(style)
        if first is not None:
            for key, value in (("form", first.form), ("sep", first.sep or "any"), ("case", first.place_case)):
                if target[key] == "any":
                    target[key] = value
        wanted, safe = dateline, True
        if target["form"] not in ("any", dateline.form):
            # "AFP, Beirut :" has no room for a region or a date; a dateline without an agency cannot gain one.
            short = not (dateline.region or dateline.date)
            if not dateline.agency or (target["form"] == "agency-place" and not short) or target["form"] == "place":
                return None
            sep = ":" if target["form"] == "agency-place" else "-"
            wanted, safe = replace(wanted, form=target["form"], sep=sep if wanted.sep else None), False
        if not wanted.sep and wanted.followed:
            wanted = replace(wanted, sep=":" if wanted.form == "agency-place" else "-")
            safe = False
        if target["sep"] not in ("any", wanted.sep):
            wanted = replace(wanted, sep=target["sep"])
        if target["case"] == "upper" and not wanted.place.isupper():
            wanted = replace(wanted, place=wanted.place.upper())
        elif target["case"] == "title" and wanted.place.isupper():
            wanted = replace(wanted, place=wanted.place.title())
            safe = False  # "MCALLEN" is not "Mcallen": a person should look
        return wanted.render(), safe


@per_paragraph
def _dateline(text: str, whole: bool, strict: bool) -> Dateline | None:
    """A paragraph's dateline (:func:`parse_dateline`), remembered per paragraph text (a Dateline is frozen)."""
    return parse_dateline(text, whole=whole, strict=strict)


RULES = [MixedQuotes, InvisibleCharacter, DatelineFormat]
