"""WL3xx naming: one entity, one name.

The entity sets are data (``[[entity]]`` tables in ``rules/entities.toml`` and
a project's own packs, plus ``house-style`` in the config); matching and the
choice of name live in :mod:`wirelint.naming`. These rules turn that
analysis into findings and fixes. The three rules share one scan per article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from wirelint.checks.last_results import LastResults
from wirelint.document import FIELDS, Article, Block
from wirelint.errors import ConfigError
from wirelint.finding import Finding, Severity
from wirelint.memo import PerArticle
from wirelint.naming.catalog import NamingData, naming_data, pack_names
from wirelint.naming.entities import EntitySet, Form
from wirelint.naming.matching import Mention
from wirelint.naming.propernames import NameMention, name_mentions, name_words
from wirelint.naming.rewrite import respell, rewrite
from wirelint.naming.usage import Usage, usages
from wirelint.naming.variants import Inconsistency, Occurrence, could_vary, inconsistencies
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.text.credits import paragraph_credits

if TYPE_CHECKING:
    from wirelint.config import Settings

MAX_PLACES = 8
"""Lines listed per form in a WL301 message."""
_SCANS: PerArticle[tuple[str, NamingData], object] = PerArticle()
_Kept = tuple[str, str, tuple[tuple[int, int, str], ...], tuple[tuple[str, tuple[int, ...]], ...], bool, bool, str]
"""An :class:`Inconsistency` with each mention as its place in the article's list (``order``): no block in it."""
_VARIANTS: LastResults[tuple[object, ...], tuple[_Kept, ...]] = LastResults()


class NamingRule(Rule):
    """Shared plumbing: the article's mentions, locations and fixes."""

    fixable = True
    plugin_packs: tuple[str, ...] | None = None
    """The packs the registry's plugins ship; None: the built-in plugin's."""

    def use_entity_packs(self, packs: tuple[object, ...]) -> None:
        """Called by the registry: entity sets come from every plugin's packs, like its rules."""
        self.plugin_packs = pack_names(packs)

    def data(self, settings: Settings) -> NamingData:
        return naming_data(settings, self.plugin_packs)

    def mentions(self, article: Article, settings: Settings) -> list[Mention]:
        """The article's mentions under these settings, scanned once for all WL3xx rules."""
        data = self.data(settings)
        found = _SCANS.get(article, ("sets", data), lambda: data.index.mentions(article))
        return found  # type: ignore[return-value]

    def variants(self, article: Article, settings: Settings) -> list[Inconsistency]:
        """Names no set lists, spelled more than one way (or against the house style) in the article.

        ``rule-options.WL301.any-name = false`` leaves naming to the entity sets alone.
        """
        if not settings.rule_options.get("WL301", {}).get("any-name", True):
            return []
        data = self.data(settings)

        def scan() -> list[Inconsistency]:
            if not could_vary(*name_words(article, data.words), data.preferred):
                return []  # no two words that could spell one name: nothing to cut names for
            taken: dict[int, list[tuple[int, int]]] = {}
            for mention in self.mentions(article, settings):
                taken.setdefault(id(mention.block), []).append((mention.start, mention.end))
            for block in article.blocks:  # a photographer in a leftover credit is no name of the story
                credits = paragraph_credits(block.text)
                taken.setdefault(id(block), []).extend((credit.start, credit.end) for credit in credits)
            mentions = name_mentions(article, data.words, taken, data.claimed)
            signature = (data.words, data.preferred, _Names(mentions))
            kept = _VARIANTS.get(signature, lambda: _kept(inconsistencies(mentions, data.words, data.preferred)))
            return _placed(kept, mentions)

        found = _SCANS.get(article, ("variants", data), scan)
        return found  # type: ignore[return-value]

    def entity_usages(self, article: Article, settings: Settings) -> list[Usage]:
        """How the article uses each entity set, worked out once for WL301 and WL302."""
        data = self.data(settings)
        found = _SCANS.get(article, ("usages", data), lambda: usages(self.mentions(article, settings)))
        return found  # type: ignore[return-value]

    def respelled(self, item: Inconsistency, occurrence: Occurrence, message: str) -> Finding:
        """A finding at a stray spelling with a fix that writes it the kept way."""
        change = respell(occurrence, item.kind, item.target)
        block, mention = occurrence.mention.block, occurrence.mention
        old = block.text[change.start : change.end]
        description = f'replace "{old}" with "{change.text}"' if old else f'insert "{change.text}"'
        fix = self.replacement(block, change.start, change.end, change.text, description, change.safe)
        start, end = (change.start, change.end) if old else (mention.start, mention.end)
        return self.finding(block, start, end, message, fix)

    def report(self, mention: Mention, target: Form, message: str, safe: bool = True) -> Finding:
        """A finding at ``mention`` with a fix that rewrites it into ``target``."""
        change = rewrite(mention, target)
        old = " ".join(mention.block.text[change.start : change.end].split())
        fix = self.replacement(
            mention.block, change.start, change.end, change.text, f'replace "{old}" with "{change.text}"',
            safe and change.safe,
        )
        return self.finding(mention.block, mention.start, mention.end, message, fix)


class _Names:
    """All that :func:`inconsistencies` reads of the article's names, in order, compared leniently.

    Parts are made once per paragraph text, so the names of unchanged paragraphs are the same objects and
    compare at once; a one-word name of the edited paragraph ("Prices" opening a sentence) compares by what
    is read of it (its word, article, capitals, place), not where it stands. So after an edit that cuts no
    name differently (most words typed), the names equal the last lint's and its variants are carried over.
    """

    __slots__ = ("items",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, mentions: list[NameMention]) -> None:
        self.items = [(m.parts, m.joiners, m.confirmed, m.loose, m.block.field == "headline") for m in mentions]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Names) or len(self.items) != len(other.items):
            return False
        return all(mine == theirs or _alike(mine, theirs) for mine, theirs in zip(self.items, other.items, strict=True))


def _alike(mine: tuple[Any, ...], theirs: tuple[Any, ...]) -> bool:
    """Two one-word names read alike (a longer name's text also depends on what joins its words: not compared)."""
    (parts, *rest), (other_parts, *other_rest) = mine, theirs
    if len(parts) != 1 or len(other_parts) != 1 or rest != other_rest:
        return False
    part, other = parts[0], other_parts[0]
    return (part.text, part.article, part.acronym, part.capitals, part.common, part.sentence_start) == (
        other.text, other.article, other.acronym, other.capitals, other.common, other.sentence_start
    )


def _kept(found: list[Inconsistency]) -> tuple[_Kept, ...]:
    return tuple(
        (
            item.kind, item.target,
            tuple((stray.mention.order, stray.index, stray.spelling) for stray in item.strays),
            tuple((text, tuple(mention.order for mention in group)) for text, group in item.forms),
            item.house_style, item.mixed, item.shown,
        )
        for item in found
    )  # fmt: skip


def _placed(kept: tuple[_Kept, ...], mentions: list[NameMention]) -> list[Inconsistency]:
    """The kept variants with this article's mentions (``order`` is a mention's place in the list)."""
    return [
        Inconsistency(
            kind, target, [Occurrence(mentions[order], index, spelling) for order, index, spelling in strays],
            [(text, [mentions[order] for order in group]) for text, group in forms], house_style, mixed, shown,
        )
        for kind, target, strays, forms, house_style, mixed, shown in kept
    ]


def line_of(mention: Mention) -> int | None:
    """The 1-based line of a mention in its file, when the block knows its document."""
    return _line(mention.block, mention.start)


def _line(block: Block, start: int) -> int | None:
    article = block.article
    if article is None or article.document is None:
        return None
    return article.document.position(block.map.start(start))[0]


def _where(block: Block, start: int) -> str:
    line = _line(block, start)
    return str(line) if line is not None else block.field


def _places(forms: Iterable[tuple[str, list[str]]]) -> str:
    """'"ISIS" on lines 1, 3; "Islamic State group" on line 5': each form, and where it is used."""
    parts = []
    for text, where in forms:
        unique = list(dict.fromkeys(where))
        shown = ", ".join(unique[:MAX_PLACES]) + (", ..." if len(unique) > MAX_PLACES else "")
        parts.append(f'"{text}" on line{"s" if len(unique) > 1 else ""} {shown}')
    return "; ".join(parts)


def variant_summary(item: Inconsistency) -> str:
    """Each spelling of a name the article uses, and where."""
    return _places((text, [_where(m.block, m.start) for m in mentions]) for text, mentions in item.forms)


def summary(usage: Usage) -> str:
    """Every form of an entity the article uses, and where."""
    places: dict[str, tuple[str, list[str]]] = {}
    strays = {id(mention) for mention in usage.strays}
    for mention in usage.mentions:
        explained = mention.gloss is not None and id(mention) not in strays
        if explained and usage.target not in mention.names:
            continue
        places.setdefault(mention.key, (mention.text, []))[1].append(_where(mention.block, mention.start))
    return _places(places.values())


_UNITS = {"word": "is spelled", "article": "takes its article", "joiner": "is joined"}


def _stray_text(item: Inconsistency, stray: Occurrence) -> str:
    """The stray word, or the whole name when its article or hyphen strays."""
    return stray.spelling if item.kind == "word" else stray.mention.text


class InconsistentNaming(NamingRule):
    code = "WL301"
    examples = Examples(
        match=(
            "Fighters of the Islamic State group took the town.\n\nISIS later withdrew, residents said.",
            "Daesh claimed the attack on Friday.\n\n"
            "The Islamic State group has lost most of its territory, officials said.",
        ),
        no_match=(
            "The Islamic State group claimed the attack, officials said.\n\n"
            "The Islamic State group has lost ground since, they said.",
            "Daesh (the Arabic acronym for ISIS) claimed the attack, officials said.",
        ),
    )
    name = "inconsistent-naming"
    severity = Severity.WARNING
    docs = RuleDocs(
        what=(
            "One entity called by more than one name in the same article, headline, standfirst, captions and "
            "body together: \"ISIS\" in one paragraph and \"the Islamic State group\" in the next. Each stray "
            "mention is reported with every form the article uses and where. The fix rewrites it to the "
            "house-style form (config `house-style` or the set's `preferred`), or else to the form the article "
            "uses most. Quoted speech is exempt, and so is an explanation such as \"Daesh (the Arabic acronym for "
            "ISIS)\". A full name and its own acronym (\"the Islamic State group\" ... \"IS\") are one name, not two. "
            "Names no entity set lists are checked too, for spelling variants: transliterations (Zelensky, "
            "Zelenskiy; Nasrallah, Nasrollah), al-/el-/no article, hyphen or space (Abu Mazen, Abu-Mazen), "
            "diacritics, apostrophes and dotted acronyms (A.N.C., ANC); look-alike names of different people or "
            "places (Niger, Nigeria; Fidel Castro, Raúl Castro) are kept apart. Option "
            "rule-options.WL301.any-name = false leaves naming to the entity sets alone."
        ),
        why=(
            "Readers cannot tell whether two names mean one group or two, and a story that drifts between "
            "names looks unedited. Wire copy and a newsroom's edit often meet in one story, each with its own "
            "style."
        ),
        example=(
            "ISIS militants have kept a presence in the desert.\n"
            "Clashes with the Islamic State group killed 50 fighters."
        ),
        use_instead=(
            "ISIS militants have kept a presence in the desert.\n"
            "Clashes with ISIS killed 50 fighters."
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        for usage in self.entity_usages(article, settings):
            if not usage.mixed:
                continue
            places = summary(usage)
            for mention in usage.strays:
                message = (
                    f'"{mention.text}": {usage.entity.canonical} is named more than one way in this article '
                    f'({places}); use "{usage.target_form.text}"'
                )
                yield self.report(mention, usage.target_form, message)
        for item in self.variants(article, settings):
            if item.mixed:
                places = variant_summary(item)
                for stray in item.strays:
                    message = (
                        f'"{_stray_text(item, stray)}": the name {_UNITS[item.kind]} more than one way in this '
                        f'article ({places}); use "{item.shown}"'
                    )
                    yield self.respelled(item, stray, message)


class HouseStyleName(NamingRule):
    code = "WL302"
    examples = Examples(
        match=(
            "Officials in Kiev said the talks would resume next week, the ministry said.",
        ),
        no_match=(
            "Officials in Kyiv said the talks would resume next week, the ministry said.",
        ),
    )
    name = "house-style-name"
    severity = Severity.WARNING
    docs = RuleDocs(
        what=(
            "A name that is not the house style, when one is chosen: config "
            "`house-style = { \"Islamic State\" = \"ISIS\" }` or `preferred` in an entity set (the built-in sets "
            "prefer \"Kyiv\"). Forms that go with the preferred one (its full name, its acronym) are fine. When "
            "WL301 already reports an article's mixture of names, the stray mentions are reported there only."
        ),
        why="House style exists so that every story calls a place or group the same way.",
        example='house-style = { "Islamic State" = "ISIS" }\n\nThe Islamic State group claimed the attack.',
        use_instead="ISIS claimed the attack.",
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        path = article.document.path if article.document else None
        mixtures_reported = settings.is_selected(InconsistentNaming.code, path)
        for usage in self.entity_usages(article, settings):
            preferred = usage.entity.preferred
            if preferred is None or (usage.mixed and mixtures_reported):
                continue
            for mention in usage.strays:
                message = (
                    f'"{mention.text}" is not the house style for {usage.entity.canonical}; '
                    f'use "{usage.target_form.text}"'
                )
                yield self.report(mention, usage.target_form, message)
        for item in self.variants(article, settings):
            if not item.house_style or (item.mixed and mixtures_reported):
                continue
            for stray in item.strays:
                message = f'"{_stray_text(item, stray)}" is not the house-style spelling; use "{item.target}"'
                yield self.respelled(item, stray, message)


class AcronymBeforeFullName(NamingRule):
    code = "WL303"
    examples = Examples(
        match=(
            "HTS fighters entered the town on Monday, residents said.\n\n"
            "Hayat Tahrir al-Sham (HTS) is the strongest group in the province, analysts said.",
        ),
        no_match=(
            "Hayat Tahrir al-Sham (HTS) fighters entered the town on Monday, residents said.\n\n"
            "HTS is the strongest group in the province, analysts said.",
        ),
    )
    name = "acronym-before-full-name"
    severity = Severity.WARNING
    docs = RuleDocs(
        what=(
            "An acronym used before the article gives the full name it stands for (\"HTS\" two paragraphs before "
            "\"Hayat Tahrir al-Sham (HTS)\"). Sets with `first-reference = \"spell-out\"` also report an acronym "
            "that is never spelled out; sets with `\"any\"` (US, UN, EU, UK) are not checked. Headlines are "
            "exempt (rule option `exempt-fields`), and so is quoted speech. The fix, marked unsafe, spells out "
            "the first acronym as \"Full name (ACRONYM)\"."
        ),
        why="A reader meets the acronym before being told what it stands for.",
        example=(
            "HTS fighters detained the aid worker.\n"
            "Hayat Tahrir al-Sham (HTS) controls the region."
        ),
        use_instead=(
            "Hayat Tahrir al-Sham (HTS) fighters detained the aid worker.\n"
            "HTS controls the region."
        ),
    )

    def exempt_fields(self, settings: Settings) -> set[str]:
        value = self.options(settings).get("exempt-fields", ["headline"])
        if not isinstance(value, list) or not set(value) <= set(FIELDS):
            where = str(settings.config_path or "configuration")
            raise ConfigError(where, f"rule-options.{self.code}.exempt-fields must be a list of {', '.join(FIELDS)}")
        return set(value)

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        exempt = self.exempt_fields(settings)
        read = [m for m in self.mentions(article, settings) if m.block.field not in exempt]
        by_entity: dict[str, list[Mention]] = {}
        for mention in read:
            if mention.entity.first_reference != "any":
                by_entity.setdefault(mention.entity.canonical, []).append(mention)
        for mentions in by_entity.values():
            yield from self._check_entity(mentions[0].entity, mentions)

    def _check_entity(self, entity: EntitySet, mentions: list[Mention]) -> Iterator[Finding]:
        introduced: set[str] = set()
        for position, mention in enumerate(mentions):
            if mention.form.kind == "full":
                introduced.update(_acronyms_of(entity, mention.key))
                continue
            if mention.form.kind != "acronym" or mention.key in introduced or mention.quoted:
                continue  # quoted speech is the speaker's
            introduced.add(mention.key)  # spelled out here, or reported once
            if mention.gloss is not None and mention.gloss.form.kind == "full":
                continue  # "HTS (Hayat Tahrir al-Sham)"
            later = next((m for m in mentions[position + 1 :] if _introduces(entity, m, mention.key)), None)
            if later is not None:
                line = line_of(later)
                where = f" (line {line})" if line is not None else ""
                message = f'"{mention.text}" comes before the full name "{later.text}"{where}; spell it out first'
                full = later.form
            elif entity.first_reference == "spell-out" and (full := _full_form(entity, mention.key)) is not None:
                message = f'"{mention.text}" is never spelled out; give the full name "{full.text}" first'
            else:
                continue
            spelled_out = Form(f"{full.text} ({mention.form.text})", "full", full.article)
            yield self.report(mention, spelled_out, message, safe=False)


def _introduces(entity: EntitySet, mention: Mention, acronym: str) -> bool:
    return mention.form.kind == "full" and acronym in _acronyms_of(entity, mention.key)


def _acronyms_of(entity: EntitySet, key: str) -> set[str]:
    """Acronyms that share a name with the form ``key``: the ones it introduces."""
    return {
        other
        for index in entity.names_of(key)
        for other in entity.names[index]
        if entity.forms[other].kind == "acronym"
    }


def _full_form(entity: EntitySet, acronym: str) -> Form | None:
    """The first full form listed with ``acronym``, if it has one."""
    for index in sorted(entity.names_of(acronym)):
        for key in entity.names[index]:
            if entity.forms[key].kind == "full":
                return entity.forms[key]
    return None


RULES = [InconsistentNaming, HouseStyleName, AcronymBeforeFullName]

