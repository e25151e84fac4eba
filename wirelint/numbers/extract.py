"""Find every figure in a text and say what it is: :func:`extract`.

The scan runs in passes over the text. Patterns that must win over plain
digits (phone numbers, clock times, numeric dates, ratios, fractions, vague
quantifiers) claim their spans first; then digits and spelled-out numbers
are read, classified (year, date, age, ordinal...), joined into ranges and
given their qualifier, unit, counted noun and event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph
from wirelint.numbers import classify
from wirelint.numbers.data import THINGS_NOT_PEOPLE, includes, known_noun, personal
from wirelint.numbers.events import LOST, attributive, event_after, event_before
from wirelint.numbers.interval import Interval
from wirelint.numbers.lexicon import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    MEASURE_UNITS,
    METRE_SPORTS,
    SCALES,
    SCORE_WORDS,
    SHORT_SCALES,
    TENS,
    UNITS,
    VAGUE,
)
from wirelint.numbers.named import named_before
from wirelint.numbers.nouns import counted_noun, is_plural, singular
from wirelint.numbers.parts import ELIDED, joined
from wirelint.numbers.qualifiers import apply, bound_of, qualifier_after, qualifier_before
from wirelint.numbers.quantity import Kind, Quantity
from wirelint.numbers.spelled import spelled_numbers
from wirelint.text.lexicon import listed_form


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first, then alphabetical: a fixed order, so a pattern's source is the same in every run."""
    return -len(word), word


_CURRENCY_BEFORE = LazyPattern(
    r"(?:(?i:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$)|\$|£|€|¥|\bRs\.?\s?|\b(?:USD|GBP|EUR|JPY|CHF)\s?)\Z"
)
"""A currency sign or code just before a number (searched in the few characters before it)."""
_CURRENCY_REACH = 8
_DIGITS = LazyPattern(
    # The lookahead lets the engine skip to the next digit; without it every position is tried.
    r"(?=[\d.])(?<![\p{L}\p{M}\d.,/])(?P<num>(?:\d+[-\s])?[1-9]\d?/(?:2|4|8|16|32|64)(?![\d/])"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?P<scale>\s?(?:bn|mn|mln|bln|tn|trn|k|m|b)(?![\p{L}\p{M}\d])|\s(?:thousand|million|billion|trillion)\b))?"
    r"(?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b|\s?pct\b|\s?percentage\s+points?\b)?",
    regex.IGNORECASE,
)
_ANY_DIGIT = LazyPattern(r"\d")
_FIGURE_WORDS = (
    r"\b(?i:"
    + "|".join(
        regex.escape(word)
        for word in sorted(
            {*UNITS, *TENS, *SCALES, *VAGUE, "dozen", "third", "quarter", "fifth", "tenth"}, key=_longest_first
        )
    )
    + ")"
)
_ANY_FIGURE = LazyPattern(r"\d|" + _FIGURE_WORDS)
"""What every figure holds: a digit, a number word, a fraction word or a vague quantifier."""
_ANY_WORD = LazyPattern(_FIGURE_WORDS)
"""A number word, a fraction word or a vague quantifier: without one, only digits need reading (the fast path for
paragraphs whose figures are all digits, such as years and dates)."""
_VAGUE = LazyPattern(
    r"\b(?P<v>" + "|".join(regex.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b", regex.IGNORECASE
)
_SIMPLE_NUMBER = r"(?:\d+|" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")"
_RATIO = LazyPattern(
    rf"\b(?P<a>{_SIMPLE_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_SIMPLE_NUMBER}|\d{{1,3}}(?:,\d{{3}})+)\b"
    r"(?!\s+(?:" + "|".join(sorted(DURATION_UNITS | MEASURE_UNITS, key=_longest_first)) + r")\b)",
    regex.IGNORECASE,
)
_FRACTION = LazyPattern(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine)[\s-](?:thirds|quarters|fifths|tenths)"
    r"|(?:a|one)[\s-](?:third|quarter|fifth|tenth)(?=\s+of\b)|three[\s-]quarters)\b",
    regex.IGNORECASE,
)
_CURRENCY_WORD_AFTER = LazyPattern(
    r"\s+(?:of\s+)?(?:(?:us|u\.s\.|australian|canadian|hong\s+kong|new\s+zealand|singapore)\s+)?"
    r"(?P<word>" + "|".join(sorted(CURRENCY_WORDS, key=_longest_first)) + r")\b(?!-)",
    regex.IGNORECASE,
)
_CURRENCY_CODE_AFTER = LazyPattern(r"\s?(?P<word>" + "|".join(sorted(CURRENCY_CODES)) + r")\b")
_PENCE = LazyPattern(r"p\b")
_SHORT_SCALE_AFTER = LazyPattern(r"\s(mln|bln|bn|mn|tn|trn)\b", regex.IGNORECASE)
_LETTERS = LazyPattern(r"[\p{L}\p{M}]+")
_UNIT_AFTER = LazyPattern(r"(?P<hyphen>-|\s+)(?P<unit>[\p{L}\p{M}]+(?:-old)?)", regex.IGNORECASE)
_AREA_AFTER = LazyPattern(r"(?:\s*|-)(?P<unit>(?:sq\.?|square)[\s-]+(?:kilomet(?:re|er)s?|km|kms|miles?|mi|metres?"
                          r"|meters?|m|feet|foot|ft|yards?|yds?)|(?:km|m|mi)(?:2|²))(?![\p{L}\p{M}\d])",
                          regex.IGNORECASE)
"""A unit of area after a figure: the measure is the area, not a count of kilometres."""
_COMPOUND_HEAD = LazyPattern(r"-(?P<head>[\p{Ll}\p{M}]+)\b")
_RANGE_JOIN = LazyPattern(r"\s*(?:-|–|—|to|or)\s*$", regex.IGNORECASE)
_BETWEEN = LazyPattern(r"\bbetween\s+$", regex.IGNORECASE)
_CHANGE = LazyPattern(
    r"\b(?:from|by|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|grew|grow|grows|growing|increased"
    r"|decreased|jumped|climbed|dropped|slipped|gained|lost|declined|slumped|surged|soared|up|down|cut|raised"
    r"|lowered)\s+$",
    regex.IGNORECASE,
)
_DEFINITE = LazyPattern(
    r"\b(?:the|these|those|both|all|its|their|his|her|our|my|your|whose|each|first|last|(?<!\bthe\s)other)\s+$",
    regex.IGNORECASE,
)
"""A figure that refers back ("the 40 detainees", "all 28"); "the other 14" is the rest of a list, new information."""
_ELABORATION = LazyPattern(r"[^.;:!?\d–—]{0,60}?(?:(?:in\s+total|in\s+all|altogether)\s*)?(?:[:–—]|\s-)\s*",
                           regex.IGNORECASE)
"""From a count to the list that elaborates it: "killed 35 people in total: ...", "27 people were injured on
Friday: 24 in ... and ..." (the list shares the count's event)."""
_INCLUDING = LazyPattern(r"\s*,?\s*(?:including|among\s+them|of\s+whom)\s*", regex.IGNORECASE)
_OF = LazyPattern(r"\s+of(?=\s)", regex.IGNORECASE)
_EVENT_NOUN = LazyPattern(r"\s+(?:deaths|bodies|fatalities|casualties|injuries)\b", regex.IGNORECASE)
_EVENT_ADJECTIVE = LazyPattern(
    r"\s+(?:dead|wounded|injured|missing|slain|kidnapped|abducted|displaced|stranded|trapped)\s+"
    r"(?!(?:and|or|in|on|at|as|after|by|since|from|when|were|was|are|is|to|for|with|of|but|so|while)\b)[\p{Ll}]",
    regex.IGNORECASE,
)
""""50 dead policemen", "12 wounded soldiers": the event word is an adjective and the noun follows it."""
_CLAUSE_START = LazyPattern(r"[.;:!?](?:\s|$)")
_BEFORE_WINDOW = 60


@dataclass
class _Draft:
    """A figure being built up pass by pass."""

    start: int
    end: int
    value: Interval
    kind: Kind | None = None
    unit: str = ""
    rounding: float = 0.0
    vague: bool = False
    words: bool = False
    scaled: bool = False


class _Found:
    """Figures found so far, with a mask of their characters so an overlap check costs only the span."""

    def __init__(self, size: int) -> None:
        self.drafts: list[_Draft] = []
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def add(self, draft: _Draft) -> None:
        self.drafts.append(draft)
        self._mask[draft.start:draft.end] = b"\x01" * (draft.end - draft.start)


@per_paragraph
def extract(text: str) -> tuple[Quantity, ...]:
    """Every figure in ``text``, in order, classified and with its meaning."""
    first = _ANY_FIGURE.search(text)
    if first is None:  # most paragraphs of prose: nothing to read
        return ()
    words = not first.group().isdigit() or _ANY_WORD.search(text, first.end()) is not None
    found = _Found(len(text))
    _claim_special(text, found, words)
    _numbers(text, found, words)
    drafts = _join_ranges(text, sorted(found.drafts, key=lambda d: d.start))
    quantities = [_finish(text, draft) for draft in drafts]
    return tuple(_inherit_events(text, quantities))


def _claim_special(text: str, found: _Found, words: bool = True) -> None:
    """Phone numbers, clock times, numeric dates, ratios, fractions and vague words, before plain digits
    (fractions and vague words only when the text has a ``words`` figure)."""
    for match in classify.PHONE.finditer(text):
        digits = regex.sub(r"\D", "", match.group())
        looks_like_phone = match.group().startswith(("0", "+", "(")) or classify.US_PHONE.fullmatch(match.group())
        if len(digits) >= 7 and looks_like_phone:
            found.add(_Draft(match.start(), match.end(), Interval.point(0), Kind.PHONE))
    for pattern, kind in ((classify.CLOCK, Kind.TIME), (classify.NUMERIC_DATE, Kind.DATE)):
        for match in pattern.finditer(text):
            if found.free(*match.span()):
                found.add(_Draft(match.start(), match.end(), Interval.point(0), kind))
    for match in _RATIO.finditer(text):
        part, whole = _simple_value(match.group("a")), _simple_value(match.group("b"))
        if 0 < part < whole and found.free(*match.span()) and not _looks_like_year(match.group("b")):
            share = Interval.point(round(100 * part / whole, 2))
            found.add(_Draft(match.start(), match.end(), share, Kind.RATIO, unit="%"))
    if not words:
        return
    for match in _FRACTION.finditer(text):
        if found.free(*match.span()):
            found.add(_Draft(match.start(), match.end(), Interval.point(0), Kind.FRACTION))
    for match in _VAGUE.finditer(text):
        phrase = listed_form(match.group("v"))
        counted = regex.match(r"\s+of\b", text[match.end():]) or event_after(text, match.end())
        if phrase in ("scores", "handful") and not counted:
            continue  # football scores, test scores; "Scores killed" is a count
        if found.free(*match.span()):
            low, high = VAGUE[phrase]
            found.add(_Draft(match.start(), match.end(), Interval(low, high), Kind.COUNT, vague=True))


def _simple_value(written: str) -> float:
    lowered = listed_form(written).replace(",", "")
    if lowered.isdigit():
        return float(lowered)
    return float(UNITS.get(lowered, TENS.get(lowered, 0)))


def _looks_like_year(written: str) -> bool:
    return written.isdigit() and len(written) == 4 and 1000 <= int(written) <= 2100


def _numbers(text: str, found: _Found, words: bool = True) -> None:
    """Digits (with currency, scale and percent) and spelled-out numbers outside the spans found so far (these only
    when the text has a number ``words``)."""
    for match in _DIGITS.finditer(text):
        currency = _CURRENCY_BEFORE.search(text, max(0, match.start() - _CURRENCY_REACH), match.start())
        start = currency.start() if currency else match.start()
        if found.free(start, match.end()) and _python_reads(match.group("num")):
            found.add(_digit_draft(text, match, start, currency.group().strip() if currency else ""))
    for spelled in spelled_numbers(text) if words else ():
        if found.free(spelled.start, spelled.end):
            value, step, end = spelled.value, spelled.step, spelled.end
            short = _SHORT_SCALE_AFTER.match(text, end)
            if short and step == 1:  # "seven mln", wire style
                step = SHORT_SCALES[listed_form(short.group(1))]
                value, end = value * step, short.end()
            scaled = step > 1
            # "three million" is 2.5 to 3.5 million; "half a million" 250,000 either side.
            rounding = min(step, value) / 2 if scaled else 0.0
            found.add(_Draft(spelled.start, end, Interval.point(value), words=True, scaled=scaled, rounding=rounding))


def _digit_draft(text: str, match: regex.Match[str], start: int, currency: str) -> _Draft:
    written = match.group("num")
    number = _digits_value(written)
    decimals = len(written.split(".")[1]) if "." in written else 0
    scale_text = listed_form((match.group("scale") or "").strip())
    scale = SHORT_SCALES.get(scale_text, 1.0)
    end = match.end()
    kind: Kind | None = None
    if scale_text == "m" and not currency and not _pct(match) and _metres(text, end):
        scale, end, kind = 1.0, match.end("num") + len(match.group("scale")), Kind.MEASURE
    value = number * scale
    draft = _Draft(start, end, Interval.point(value), kind, unit=currency, scaled=scale > 1)
    if currency:
        draft.kind = Kind.MONEY
    if _pct(match):
        draft.kind, draft.unit = Kind.PERCENT, "%"
        draft.rounding = 0.0 if "/" in written else 0.5 * 10**-decimals
    elif scale > 1 and "/" not in written:
        draft.rounding = 0.5 * 10**-decimals * scale
    elif decimals == 0:
        zeros = len(written.replace(",", "")) - len(written.replace(",", "").rstrip("0"))
        if zeros >= 3 and number > 0:
            draft.rounding = 0.5 * 10**zeros
    if draft.kind is None and not draft.scaled:
        draft.kind = classify.classify_digits(text, match.start("num"), match.end("num"), number, decimals == 0)
        letters = _LETTERS.match(text, draft.end)
        if draft.kind is not None and letters:
            draft.end = letters.end()  # 10th, 1990s, 5km, 3pm
    return draft


def _python_reads(written: str) -> bool:
    """Whether Python knows every digit in ``written``.

    ``regex`` may follow a newer Unicode than the running Python: its ``\\d``
    matches digits such as U+1CCF0 that ``float()`` rejects. Those are not read.
    """
    return "".join(_ANY_DIGIT.findall(written)).isdecimal()


def _digits_value(written: str) -> float:
    """The value of "380,000", "1.5" or a wire-style fraction such as "11-1/2" or "3/8"."""
    if "/" not in written:
        return float(written.replace(",", ""))
    whole, _, fraction = " ".join(written.replace("-", " ").split()).rpartition(" ")  # "11\n3/8" is hard-wrapped
    numerator, denominator = fraction.split("/")
    return float(whole or 0) + int(numerator) / int(denominator)


def _pct(match: regex.Match[str]) -> bool:
    return bool(match.group("pct"))


def _metres(text: str, end: int) -> bool:
    """True when the ``m`` after a number is metres: "the 100m hurdles", "a 50m pool"."""
    following = regex.match(r"\s*([\p{L}\p{M}]+)", text[end:])
    if following is None:
        return True
    word = following.group(1)
    return word.lower() in METRE_SPORTS or not (word.islower() and word.endswith("s"))


def _join_ranges(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Join "10 to 15", "10-15", "two or three" and "between 10 and 15"; tell "3-1" results from ranges."""
    joined: list[_Draft] = []
    index = 0
    while index < len(drafts):
        first = drafts[index]
        second = drafts[index + 1] if index + 1 < len(drafts) else None
        merged = _range(text, first, second) if second is not None else None
        if merged is not None:
            joined.append(merged)
            index += 2
        else:
            joined.append(first)
            index += 1
    return joined


def _range(text: str, first: _Draft, second: _Draft) -> _Draft | None:
    if first.kind not in (None, Kind.COUNT, Kind.MONEY, Kind.PERCENT) or first.vague or second.vague:
        return None
    if second.kind not in (None, Kind.COUNT, Kind.MONEY, Kind.PERCENT):
        return None
    gap = text[first.end:second.start]
    before = text[max(0, first.start - 20):first.start]
    between = _BETWEEN.search(before) and regex.fullmatch(r"\s+and\s+", gap)
    if not between and not _RANGE_JOIN.match(gap):
        return None
    if not between and gap.strip().lower() in ("to", "or") and (
        _CHANGE.search(before) or (first.kind is not None and first.kind is not second.kind)
    ):
        return None  # "from 10 to 15", "rose 2.3% to 80,600": a change, not a range
    if first.kind is not None and second.kind is not None and first.kind is not second.kind:
        return None
    low, high = first.value.low, second.value.high
    if not first.scaled and second.scaled and low < 1000:
        low = _shared_scale(low, second.value.low)
    dash = gap.strip() in ("-", "–", "—")
    if gap.strip() in ("–", "—") and gap[:1].isspace() and gap[-1:].isspace() and not _score_words(text, first, second):
        return None  # "stands at 29 – seven men and 14 women": a dash that opens an aside, not a range or a score
    if dash and _is_score(text, first, second):
        return _Draft(first.start, second.end, Interval.point(0), Kind.SCORE)
    if low >= high:
        return None
    kind = second.kind or first.kind
    start = first.start - len(before) + before.lower().rfind("between") if between else first.start
    return _Draft(start, second.end, Interval(low, high), kind, unit=second.unit or first.unit,
                  rounding=max(first.rounding, second.rounding), scaled=second.scaled)


def _shared_scale(first: float, second: float) -> float:
    """The first end of "3 to 4 million" takes the scale of the second."""
    for scale in (1e12, 1e9, 1e6, 1e3):
        if second >= scale and first < scale:
            return first * scale
    return first


def _score_words(text: str, first: _Draft, second: _Draft) -> bool:
    """Whether words of a match stand near two figures ("won", "draw", "beat")."""
    nearby = text[max(0, first.start - 40):second.end + 40].lower()
    return any(word in SCORE_WORDS for word in regex.findall(r"[a-z]+", nearby))


def _is_score(text: str, first: _Draft, second: _Draft) -> bool:
    """"won 3-1", "a 2-2 draw": a result, not a range."""
    if not (first.value.is_point and second.value.is_point) or max(first.value.low, second.value.low) > 30:
        return False
    if _score_words(text, first, second):
        return True
    return first.value.low >= second.value.low and not regex.match(r"\s+[\p{Ll}]+s\b", text[second.end:])


def _finish(text: str, draft: _Draft) -> Quantity:
    """Qualifier, unit, kind, counted noun and event for one figure."""
    figure_start, figure_end = draft.start, draft.end
    kind = draft.kind
    if kind is None or kind is Kind.COUNT or kind is Kind.MONEY:
        kind, figure_end = _unit_kind(text, draft, kind)
    if kind in (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION, Kind.RATIO):
        return _with_meaning(text, draft, kind, figure_start, figure_end)
    return Quantity(figure_start, figure_end, text[figure_start:figure_end], text[figure_start:figure_end], kind,
                    draft.value, unit=draft.unit)


def _unit_kind(text: str, draft: _Draft, kind: Kind | None) -> tuple[Kind, int]:
    """The kind set by what follows a number: "dollars", "days", "km", "-year-old", "-way"."""
    end = draft.end
    money = _CURRENCY_WORD_AFTER.match(text, end) or _CURRENCY_CODE_AFTER.match(text, end)
    if money and kind in (None, Kind.COUNT) and not draft.vague:
        draft.unit = money.group("word")
        return Kind.MONEY, money.end()
    if kind is None and not draft.words and _PENCE.match(text, end):
        draft.unit = "p"
        return Kind.MONEY, end + 1
    if kind is Kind.MONEY:
        return kind, end
    age_end = classify.age_suffix_end(text, end)
    if age_end is not None and draft.value.is_point and draft.value.low <= 120:
        return Kind.AGE, age_end
    if not draft.vague and classify.member_age(text, draft.start, end, draft.value.high):
        return Kind.AGE, end  # "47 were over 60", "58 of them under five": how old, not how many
    area = _AREA_AFTER.match(text, end)
    if area is not None and not draft.vague:  # "42 sq km", "42 square miles", "42km2": one unit, not a count of miles
        draft.unit = " ".join(area.group("unit").lower().split())
        return Kind.MEASURE, area.end()
    unit = _UNIT_AFTER.match(text, end)
    if unit is not None and not _compound_of_people(text, unit.end()):
        word = unit.group("unit").lower()
        if word in DURATION_UNITS:
            draft.unit = word
            return Kind.DURATION, unit.end()
        if word in MEASURE_UNITS and not draft.vague:
            draft.unit = word
            return Kind.MEASURE, unit.end()
        hyphen = unit.group("hyphen") == "-"
        if hyphen and word not in ("plus", "odd") and not draft.vague:
            return Kind.MODIFIER, unit.end()
    return kind or Kind.COUNT, end


def _compound_of_people(text: str, position: int) -> bool:
    """Whether a unit word after a figure is the first half of a compound whose head, a plural word for people, is
    what is counted ("23 day-trippers", "9 week-enders"): the count is of people, not a duration or a measure."""
    head = _COMPOUND_HEAD.match(text, position)
    return head is not None and is_plural(head.group("head")) and personal(singular(head.group("head")))


def _with_meaning(text: str, draft: _Draft, kind: Kind, figure_start: int, figure_end: int) -> Quantity:
    """Attach qualifier, noun and event to an amount."""
    start, end = figure_start, figure_end
    value = draft.value
    qualifier = ""
    found = qualifier_before(text, figure_start)
    if found is not None:
        qualifier, start = found
        value = apply(bound_of(qualifier), value, text[figure_start:figure_end])
    else:
        postfix = qualifier_after(text, figure_end)
        if postfix is not None:
            qualifier, end = postfix
            value = apply(bound_of(qualifier), value, text[figure_start:figure_end])
    noun, noun_end, modifiers = "", end, ()
    event = ""
    described = ""
    if kind is Kind.COUNT:
        event = event_after(text, end)
        if event and (described := attributive(text, end)):
            event = ""  # "20 convicted murderers escaped": the participle says who they are, "escaped" what happened
        if not event or _EVENT_NOUN.match(text, end) or _EVENT_ADJECTIVE.match(text, end):
            of = _OF.match(text, end) if draft.vague else None  # "dozens of people"
            noun, noun_end, modifiers = counted_noun(text, of.end() if of else end)
            if not event and noun and (second := _SECOND_ROLE.match(text, noun_end)) is not None:
                noun, noun_end = _two_roles(noun, singular(second.group("noun")), second.end(), noun_end)
            after = "" if event else event_after(text, noun_end)
            if after in _PEOPLE_ONLY and noun and known_noun(noun) and not personal(noun) and not _capitalised(
                    text, noun_end):
                after = ""  # "Twenty CBS-owned TV stations were fined": things the hierarchy knows, not people
            event = event or after or _event_noun(text, of.end() if of else -1, noun)
            if not event and (aside := _ASIDE.match(text, noun_end)) is not None:
                event = event_after(text, aside.end())  # "Six people, including two men, were injured"
        if not event and not noun and (named := named_before(text, start)) is not None:
            noun, event = named[0], named[2]  # "the number of migrants evacuated stood at 45"
        if not event:
            label = _LABEL.search(text, max(0, start - 30), start)  # "Dead: 34 (civilians: 21, ...)"
            event = event_after(text, label.start("word")) if label else ""
        if not event:
            event = event_before(text, start, _window_start(text, start))
            if event in _PEOPLE_ONLY and noun and not personal(noun) and not _capitalised(text, noun_end):
                event = ""  # "buried 42 time capsules", "freed 42 balloons": things, not people
        if not event and noun and includes("person", noun) and LOST.search(text, max(0, start - 30), start):
            event = "killed"  # "both sides lost 40 fighters"; "lost 40 jobs" has no people noun
        if not event and described:
            event = described  # "The raid left 50 dead policemen": no other event, so the adjective's
        if event and noun and noun in THINGS_NOT_PEOPLE:
            event = ""  # "70 search warrants were executed", "12 vehicles captured": not a toll
        if event and not draft.scaled and draft.value.low % 1:
            event = ""  # "average lives of 7.85 years": people are counted in whole numbers
    definite = bool(_DEFINITE.search(text[max(0, start - 12):start]))
    return Quantity(
        start, end, text[start:end], text[figure_start:figure_end], kind, value,
        qualifier=qualifier.strip().lower(), unit=draft.unit, noun=noun, noun_end=max(noun_end, end),
        modifiers=modifiers, event=event, attributive=bool(described) and event == described, vague=draft.vague,
        definite=definite,
        rounding=0.0 if qualifier else draft.rounding,  # a bound already says how far the figure reaches
    )


_SECOND_ROLE = LazyPattern(r"\s+(?:and|or)\s+(?P<noun>[\p{Ll}][\p{Ll}-]+s)(?=\s+(?:were|was|are|have|had|been)\b)",
                          regex.IGNORECASE)
"""A second noun of the same count before its verb: "74 guards and prisoners were hurt", "68 doctors and nurses
have walked out"."""


def _two_roles(first: str, second: str, end: int, noun_end: int) -> tuple[str, int]:
    """The noun of a count of two kinds of people (one known to the hierarchy is enough: "vets and nurses"): the first
    when it holds the second, else people; a count of two kinds of thing keeps its first noun and its own end."""
    if not (personal(first) or personal(second)):
        return first, noun_end
    return (first if includes(first, second) else "person"), end


def _event_noun(text: str, start: int, noun: str) -> str:
    """The event a vague count's noun names itself: "Handful of survivors" (not "millions of homeless refugees")."""
    if start < 0 or not noun:
        return ""
    match = _NEXT_WORD.match(text, start)
    return event_after(text, start) if match and singular(match.group(1)) == noun else ""


_ASIDE = LazyPattern(
    r"\s*,\s*(?:including|among\s+them|of\s+whom|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them|mostly"
    r")\b[^,.;:!?()]{1,60},",
    regex.IGNORECASE,
)
"""An aside between a count and its verb ("Six people, including two men, were injured"): the verb still says what
happened to the count."""
_NEXT_WORD = LazyPattern(r"\s*([\p{L}\p{M}'-]+)")
_LABEL = LazyPattern(r"(?:^|[.;!?]\s+|\n)\W*(?P<word>[\p{L}\p{M}]+)\s*:\s*$")
"""A one-word label before a count ("Dead: 34", "Injured: 12"): the label names the event."""
_PEOPLE_ONLY = frozenset({"missing", "rescued", "abducted", "arrested", "charged", "displaced", "treated"})
"""Events only people have: a verb of them governing a count of things is no toll ("buried 42 time capsules")."""


def _capitalised(text: str, noun_end: int) -> bool:
    """Whether the counted noun is written with a capital: a people's name ("42 Kurds")."""
    start = noun_end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
        start -= 1
    return start < noun_end and text[start].isupper()


def _window_start(text: str, start: int) -> int:
    """Where to look back from for an event verb: this clause, at most a few words."""
    window = max(0, start - _BEFORE_WINDOW)
    for match in _CLAUSE_START.finditer(text, window, start):
        window = match.end()
    return window


_FURTHER = LazyPattern(r"\band\s+(?:a\s+further|another|an\s+additional)\s+$", regex.IGNORECASE)


def _inherit_events(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Counts listed together share one event.

    In "killed 20 soldiers and 31 militants" the second count takes the
    first one's event; in "20 men and 10 women were arrested" the first
    takes the last one's; in "killed 35 people in total: 20 soldiers and 15
    civilians" the list after the colon takes the total's; in "six people
    including four policemen were wounded" both were wounded.
    """
    result = _further_events(text, list(quantities))
    pairs = range(len(result) - 1)
    for index in (*pairs, *reversed(pairs)):  # forwards, then backwards along each list
        first, second = result[index], result[index + 1]
        if not (first.kind is Kind.COUNT and second.kind is Kind.COUNT) or _rank(first) == _rank(second):
            continue
        gap = (text, first.phrase_end, second.start)
        giver = first if _rank(first) > _rank(second) else second
        if joined(text, first, second) or _INCLUDING.fullmatch(*gap) or (
            giver is first and _ELABORATION.fullmatch(*gap)
        ):
            result[index], result[index + 1] = (replace(first, event=giver.event, attributive=giver.attributive),
                                                replace(second, event=giver.event, attributive=giver.attributive))
    return _further_events(text, result)


def _further_events(text: str, result: list[Quantity]) -> list[Quantity]:
    """"8 people died at the scene and a further 75 in hospital": the verb is left out, so the further count has
    the first one's event, also when the first has it from the list it is in ("killed 20: 14 at the scene and a
    further 9 in hospital", so read again after the events are shared)."""
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if (first.event and second.event != first.event and not second.noun and first.kind is second.kind
                and _FURTHER.search(text, max(0, second.start - 30), second.start) and joined(text, first, second)
                and ELIDED.match(text, second.phrase_end)):
            result[index + 1] = replace(second, event=first.event, attributive=first.attributive)
    return result


def _rank(quantity: Quantity) -> int:
    """How surely a count's event is the sentence's: said of it (2), only an adjective before its noun (1), none."""
    return 0 if not quantity.event else 1 if quantity.attributive else 2
