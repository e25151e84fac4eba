"""Entity variant sets: what one entity may be called, as validated data.

A set names one entity (``canonical``) and lists its *names*. A name is one
consistent way of referring to the entity: a full form, perhaps a short form
and an acronym that belong together ("the Islamic State group" ... "IS").
Two names of one entity in one article is the inconsistency WL301 reports;
the forms inside one name may be mixed freely (full name first, acronym
after). Sets come from ``[[entity]]`` tables in rule packs; this module owns
their schema, so :mod:`wirelint.packs` only hands the raw tables over.

Forms may carry spelling patterns: ``{a|b}`` expands to one name per
alternative (the same choice throughout the name), and built-in patterns
cover generic transliterations, e.g. ``{al}`` for "al-", "al " and "el-".
A leading ``the `` marks a form that takes the definite article, ``(the) ``
one that may; a fix uses this to keep "the" grammatical.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cached_property
from itertools import product
from typing import Any

import regex

from wirelint.errors import ConfigError, PackError
from wirelint.lazy_pattern import LazyPattern
from wirelint.rule import Examples
from wirelint.startcache import compile_pattern

KINDS = ("full", "short", "acronym", "transliteration")
"""Kinds of form. Acronyms match case-exactly and follow the first-reference policy."""
POLICIES = ("full-first", "spell-out", "any")
"""``full-first``: an acronym may not come before its full name in the article.
``spell-out``: as full-first, and an acronym the article never spells out is reported too.
``any``: well-known acronyms (US, UN) need no full name at all."""
ENTITY_KEYS = {"canonical", "names", "preferred", "first-reference", "unless", "examples"}
SPELLING_PATTERNS: dict[str, tuple[str, ...]] = {
    "al": ("al-", "al ", "el-"),
    "al?": ("al-", "al ", "el-", ""),
}
"""Generic transliteration patterns usable in any form as ``{name}``."""
MAX_SPELLINGS = 64
_BRACES = LazyPattern(r"\{([^{}]*)\}")
_ARTICLE = LazyPattern(r"^(\(the\)|the)\s+", regex.IGNORECASE)


class ArticleUse(Enum):
    """Whether a form is written with "the" in running text."""

    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


@dataclass(frozen=True)
class Form:
    """One way of writing a name: its text, kind and use of the article."""

    text: str
    kind: str
    article: ArticleUse = ArticleUse.NONE

    @cached_property
    def key(self) -> str:
        return form_key(self.text, self.kind)


def form_key(text: str, kind: str) -> str:
    """Identity of a form: acronyms are case-exact, other forms are not."""
    text = " ".join(text.replace("’", "'").split())
    return text if kind == "acronym" else text.casefold()


def split_article(text: str) -> tuple[str, ArticleUse]:
    """A form's text without its leading "the " or "(the) " marker, and what the marker says."""
    text = " ".join(text.split())
    marker = _ARTICLE.match(text)
    if marker is None:
        return text, ArticleUse.NONE
    article = ArticleUse.OPTIONAL if marker.group(1).startswith("(") else ArticleUse.REQUIRED
    return text[marker.end() :], article


def looks_like_acronym(text: str) -> bool:
    """True for "ISIS", "U.S.", "AQAP": no spaces and no lower-case letters."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and " " not in text.strip() and all(char.isupper() for char in letters)


@dataclass(frozen=True)
class EntitySet:
    """One entity and the names it goes by."""

    canonical: str
    forms: dict[str, Form] = field(hash=False)
    """Every form of every name, by :func:`form_key`."""
    names: tuple[tuple[str, ...], ...]
    """Each name as the keys of its forms, in the order the pack lists them; a form may belong to several names."""
    preferred: str | None = None
    """Key of the house-style form, when the set or the config chooses one."""
    first_reference: str = "full-first"
    unless: tuple[regex.Pattern[str], ...] = ()
    """Patterns that veto a mention they overlap ("chicken Kiev")."""
    examples: Examples = field(default_factory=Examples)
    origin: str = ""

    def names_of(self, key: str) -> frozenset[int]:
        """Indices of the names a form belongs to."""
        return self._membership.get(key, frozenset())

    def names_of_acronym(self, key: str) -> frozenset[int]:
        """Names with this acronym written with or without full stops ("US" and "U.S.")."""
        return self._undotted.get(key.replace(".", ""), frozenset())

    @cached_property
    def _undotted(self) -> dict[str, frozenset[int]]:
        owners: dict[str, frozenset[int]] = {}
        for key, form in self.forms.items():
            if form.kind == "acronym":
                bare = key.replace(".", "")
                owners[bare] = owners.get(bare, frozenset()) | self.names_of(key)
        return owners

    @cached_property
    def _membership(self) -> dict[str, frozenset[int]]:
        owners: dict[str, set[int]] = {}
        for index, name in enumerate(self.names):
            for key in name:
                owners.setdefault(key, set()).add(index)
        return {key: frozenset(indices) for key, indices in owners.items()}

    def has_form(self, text: str) -> str | None:
        """The key of a form written ``text`` (with or without "the"), if the set has one."""
        bare, _ = split_article(text)
        for key in (form_key(bare, "acronym"), form_key(bare, "full")):
            if key in self.forms:
                return key
        return None


def parse_entity_tables(pack: str, tables: Any) -> list[EntitySet]:
    """Validate and expand the ``[[entity]]`` tables of one pack; raise :class:`PackError`."""
    if not isinstance(tables, list):
        raise PackError(pack, "'entity' must be an array of tables: use [[entity]]")
    sets = [_parse_entity(pack, index, table) for index, table in enumerate(tables, 1)]
    _check_unique(pack, sets)
    return sets


def _check_unique(pack: str, sets: list[EntitySet]) -> None:
    owners: dict[str, str] = {}
    canonicals: set[str] = set()
    for entity in sets:
        if entity.canonical.casefold() in canonicals:
            raise PackError(pack, f"entity {entity.canonical!r} is defined twice")
        canonicals.add(entity.canonical.casefold())
        for key, form in entity.forms.items():
            owner = owners.setdefault(key, entity.canonical)
            if owner != entity.canonical:
                raise PackError(pack, f"form {form.text!r} belongs to both {owner!r} and {entity.canonical!r}")


def _parse_entity(pack: str, index: int, table: Any) -> EntitySet:
    where = f"entity #{index}"
    if not isinstance(table, dict):
        raise PackError(pack, f"{where} is not a table")
    canonical = table.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise PackError(pack, f"{where}: 'canonical' (the entity's name) must be a non-empty string")
    where = f"entity #{index} ({canonical})"
    unknown = set(table) - ENTITY_KEYS
    if unknown:
        raise PackError(pack, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    names_table = table.get("names")
    if not isinstance(names_table, list) or not names_table or not all(isinstance(n, dict) for n in names_table):
        raise PackError(pack, f"{where}: 'names' must be a non-empty list of tables such as {{ full = [...] }}")
    forms: dict[str, Form] = {}
    names: list[tuple[str, ...]] = []
    for number, name_table in enumerate(names_table, 1):
        for spelling in _expand_name(pack, f"{where} name #{number}", name_table):
            names.append(tuple(dict.fromkeys(_add_form(pack, where, forms, text, kind) for kind, text in spelling)))
    policy = table.get("first-reference", "full-first")
    if policy not in POLICIES:
        raise PackError(pack, f"{where}: first-reference must be one of {', '.join(POLICIES)}")
    entity = EntitySet(
        canonical=canonical.strip(),
        forms=forms,
        names=tuple(dict.fromkeys(names)),
        first_reference=policy,
        unless=tuple(_compile(pack, where, source) for source in _strings(pack, where, table, "unless")),
        examples=_examples(pack, where, table.get("examples", {})),
        origin=pack,
    )
    preferred = table.get("preferred")
    if preferred is None:
        return entity
    if not isinstance(preferred, str):
        raise PackError(pack, f"{where}: preferred must be a string")
    key = entity.has_form(preferred)
    if key is None:
        raise PackError(pack, f"{where}: preferred form {preferred!r} is not one of the set's forms")
    return replace(entity, preferred=key)


def _expand_name(pack: str, where: str, table: dict[str, Any]) -> Iterator[list[tuple[str, str]]]:
    """Each spelling of a name: ``[(kind, form text), ...]`` with one choice per pattern."""
    unknown = set(table) - set(KINDS)
    if unknown:
        raise PackError(pack, f"{where}: unknown kind(s) {', '.join(sorted(unknown))} (use {', '.join(KINDS)})")
    forms = [(kind, text) for kind in KINDS for text in _strings(pack, where, table, kind)]
    if not forms:
        raise PackError(pack, f"{where}: a name needs at least one form")
    patterns = list(dict.fromkeys(group for _, text in forms for group in _BRACES.findall(text)))
    choices = [_alternatives(pack, where, pattern) for pattern in patterns]
    combinations = list(product(*choices))
    if len(combinations) > MAX_SPELLINGS:
        raise PackError(pack, f"{where}: spelling patterns give {len(combinations)} names (at most {MAX_SPELLINGS})")
    for combination in combinations:
        chosen = dict(zip(patterns, combination, strict=True))
        yield [(kind, _fill(text, chosen)) for kind, text in forms]


def _fill(text: str, chosen: dict[str, str]) -> str:
    return _BRACES.sub(lambda match: chosen[match.group(1)], text)


def _alternatives(pack: str, where: str, pattern: str) -> tuple[str, ...]:
    if pattern in SPELLING_PATTERNS:
        return SPELLING_PATTERNS[pattern]
    if "|" not in pattern:
        known = ", ".join("{" + name + "}" for name in SPELLING_PATTERNS)
        raise PackError(pack, f"{where}: unknown spelling pattern {{{pattern}}} (use {{a|b}} or one of {known})")
    return tuple(pattern.split("|"))


def _add_form(pack: str, where: str, forms: dict[str, Form], text: str, kind: str) -> str:
    """Register a form (merging how it uses "the") and return its key."""
    bare, article = split_article(text)
    problem = form_problem(bare, kind)
    if problem:
        raise PackError(pack, f"{where}: form {text!r} {problem}")
    key = form_key(bare, kind)
    known = forms.get(key)
    if known is not None:
        if known.kind != kind:
            raise PackError(pack, f"{where}: {bare!r} is listed as both {known.kind} and {kind}")
        if known.article != article:
            article = ArticleUse.OPTIONAL
        bare = known.text
    forms[key] = Form(bare, kind, article)
    return key


def form_problem(text: str, kind: str) -> str | None:
    """Why ``text`` cannot be a form of this kind, or None when it can."""
    if not text[:1].isalnum() or (not text[-1:].isalnum() and not text.endswith(".")):
        return "must start with a letter or digit and end with one or '.'"
    if kind == "acronym" and not looks_like_acronym(text):
        return "is an acronym, so must be one word in capitals"
    return None


def _strings(pack: str, where: str, table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PackError(pack, f"{where}: {key} must be a list of strings")
    return list(value)


def _examples(pack: str, where: str, value: Any) -> Examples:
    if not isinstance(value, dict) or set(value) - {"match", "no-match"}:
        raise PackError(pack, f"{where}: examples must be {{ match = [...], no-match = [...] }}")
    return Examples(tuple(_strings(pack, where, value, "match")), tuple(_strings(pack, where, value, "no-match")))


def _compile(pack: str, where: str, source: str) -> regex.Pattern[str]:
    try:
        return compile_pattern(source, regex.VERSION0)
    except regex.error as error:
        raise PackError(pack, f"{where}: bad unless pattern {source!r}: {error}") from None


# --- combining sources ---------------------------------------------------------


def merge_sets(sources: Iterable[list[EntitySet]]) -> list[EntitySet]:
    """Sets from several packs, later packs winning.

    A set with the same canonical name replaces the earlier one; a form a
    later set claims is taken away from an earlier set (and a name left with
    no forms goes), so a newsroom's pack can reshape the built-in sets.
    """
    merged: dict[str, EntitySet] = {}
    for sets in sources:
        claimed = {key for entity in sets for key in entity.forms}
        for canonical in list(merged):
            trimmed = _without_forms(merged[canonical], claimed)
            if trimmed is None:
                del merged[canonical]
            else:
                merged[canonical] = trimmed
        for entity in sets:
            merged[entity.canonical.casefold()] = entity
    return list(merged.values())


def _without_forms(entity: EntitySet, claimed: set[str]) -> EntitySet | None:
    if not claimed & set(entity.forms):
        return entity
    kept = (tuple(key for key in name if key not in claimed) for name in entity.names)
    names = tuple(dict.fromkeys(name for name in kept if name))
    if not names:
        return None
    keys = set().union(*names)
    preferred = entity.preferred if entity.preferred in keys else None
    return replace(entity, forms={k: f for k, f in entity.forms.items() if k in keys}, names=names, preferred=preferred)


def apply_house_style(sets: list[EntitySet], house_style: Iterable[tuple[str, str]], origin: str) -> list[EntitySet]:
    """Sets with the config's ``house-style`` preferences applied; raise :class:`ConfigError` for an unusable name.

    The key names an entity (its canonical name or any of its forms); the
    value is the preferred form. A value the set lacks becomes a new name of
    its own, and a key no set knows starts a new two-name entity, so
    ``house-style = { "Burma" = "Myanmar" }`` works without a pack.
    """
    result = list(sets)
    for name, preferred in house_style:
        for text in (name, preferred):
            new = _new_form(text)
            problem = form_problem(new.text, new.kind)
            if problem:
                raise ConfigError(origin, f"house-style: {text!r} {problem}")
        position = _find_entity(result, name)
        if position is None:
            position = _find_entity(result, preferred)
        if position is None:
            result.append(_entity_from_pair(name, preferred, origin))
            continue
        entity = result[position]
        key = entity.has_form(preferred)
        if key is None:
            form = _new_form(preferred)
            key = form.key
            entity = replace(entity, forms={**entity.forms, key: form}, names=(*entity.names, (key,)))
        result[position] = replace(entity, preferred=key)
    return result


def _find_entity(sets: list[EntitySet], name: str) -> int | None:
    for position, entity in enumerate(sets):
        if entity.canonical.casefold() == name.strip().casefold() or entity.has_form(name) is not None:
            return position
    return None


def _new_form(text: str) -> Form:
    bare, article = split_article(text)
    return Form(bare, "acronym" if looks_like_acronym(bare) else "full", article)


def _entity_from_pair(name: str, preferred: str, origin: str) -> EntitySet:
    old, new = _new_form(name), _new_form(preferred)
    return EntitySet(
        canonical=new.text,
        forms={old.key: old, new.key: new},
        names=((old.key,), (new.key,)),
        preferred=new.key,
        first_reference="any",
        origin=origin,
    )
