"""Where entity sets come from, and the compiled naming data for a configuration.

Sets are read from the packs the plugins ship (the built-in plugin first,
through the same :class:`~wirelint.registry.Registry` as every other pack),
then from the project's own packs (``rule-packs`` in the config, later packs
winning), and the config's ``house-style`` table is applied last. The
``[lexicon.proper-names]`` word lists of all those packs are merged. Packs are parsed
once per file version and the data compiled once per configuration, so
linting many files costs one compilation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint.errors import PackError
from wirelint.naming.entities import EntitySet, apply_house_style, merge_sets, parse_entity_tables
from wirelint.naming.matching import EntityIndex
from wirelint.naming.propernames import NameWords, parse_name_words
from wirelint.packs import read_pack

if TYPE_CHECKING:
    from wirelint.config import Settings


@dataclass(frozen=True)
class NamingData:
    """Everything the WL3xx rules read for one configuration."""

    index: EntityIndex
    words: NameWords

    @cached_property
    def claimed(self) -> frozenset[str]:
        """The one-word forms of every set: "U.S." and "Kyiv" are never read as names of their own."""
        return frozenset(
            form.text if form.kind == "acronym" else form.text.casefold()
            for entity in self.index.sets
            for form in entity.forms.values()
            if " " not in form.text
        )

    @cached_property
    def preferred(self) -> tuple[str, ...]:
        """The house-style form of every set that has one (read for every article: made once)."""
        return tuple(entity.forms[entity.preferred].text for entity in self.index.sets if entity.preferred)


def _pack_data(path: Path | Any) -> tuple[tuple[EntitySet, ...], NameWords]:
    data = read_pack(path)
    lexicon = data.get("lexicon", {})
    table = lexicon.get("proper-names") if isinstance(lexicon, dict) else None
    words = parse_name_words(str(path), table) if table is not None else NameWords()
    return tuple(parse_entity_tables(str(path), data.get("entity", []))), words


def pack_entities(path: Path | Any) -> list[EntitySet]:
    """The entity sets of one pack file (none when it has no ``[[entity]]`` tables)."""
    return list(_pack_data(path)[0])


def builtin_packs() -> tuple[Any, ...]:
    """The packs of the built-in plugin (the files in the packs folder), for a rule that no registry has
    handed its packs; read from the data folder, so a rule never imports the plugin layer above it."""
    from wirelint.datafiles import packs_folder

    return tuple(sorted(packs_folder().glob("*.toml")))


_PLUGIN_PACKS: dict[str, Any] = {}


def pack_names(packs: Iterable[Any]) -> tuple[str, ...]:
    """Hashable names for plugin packs (paths or package resources), remembered to read them later."""
    names = []
    for pack in packs:
        _PLUGIN_PACKS.setdefault(str(pack), pack)
        names.append(str(pack))
    return tuple(names)


@lru_cache(maxsize=4)
def _plugin_data(names: tuple[str, ...]) -> tuple[tuple[EntitySet, ...], NameWords]:
    """Sets and words from plugin packs, in registration order (built-in first); a pack the
    registry already reported as broken is skipped here too."""
    sets: list[list[EntitySet]] = []
    words = NameWords()
    for name in names:
        try:
            pack_sets, pack_words = _pack_data(_PLUGIN_PACKS.get(name, Path(name)))
        except PackError:
            continue
        sets.append(list(pack_sets))
        words = words.merged(pack_words)
    return tuple(merge_sets(sets)), words


def builtin_entities() -> tuple[EntitySet, ...]:
    """Sets from the packs the built-in plugin ships."""
    return _plugin_data(pack_names(builtin_packs()))[0]


@lru_cache(maxsize=64)
def _project_data(path: str, mtime: float) -> tuple[tuple[EntitySet, ...], NameWords]:
    return _pack_data(Path(path))


@lru_cache(maxsize=32)
def _naming_data(
    plugins: tuple[str, ...],
    packs: tuple[tuple[str, float], ...],
    house_style: tuple[tuple[str, str], ...],
    origin: str,
) -> NamingData:
    plugin_sets, words = _plugin_data(plugins)
    project = [_project_data(*pack) for pack in packs]
    for _, pack_words in project:
        words = words.merged(pack_words)
    sets = merge_sets([list(plugin_sets), *(list(pack_sets) for pack_sets, _ in project)])
    return NamingData(EntityIndex(apply_house_style(sets, house_style, origin)), words)


def naming_data(settings: Settings, plugin_packs: tuple[str, ...] | None = None) -> NamingData:
    """The naming data in force under ``settings``; raises PackError for a bad project pack.

    ``plugin_packs`` are the names (:func:`pack_names`) of the packs the plugins
    registered; by default, the built-in plugin's.
    """
    packs = []
    for path in settings.rule_packs:
        try:
            packs.append((str(path), path.stat().st_mtime))
        except OSError as error:
            raise PackError(str(path), f"cannot read: {error.strerror}") from None
    origin = str(settings.config_path) if settings.config_path else "house-style"
    plugins = plugin_packs if plugin_packs is not None else pack_names(builtin_packs())
    return _naming_data(plugins, tuple(packs), settings.house_style, origin)


def index_for(settings: Settings, plugin_packs: tuple[str, ...] | None = None) -> EntityIndex:
    """The compiled index of every set in force under ``settings``; raises PackError for a bad pack."""
    return naming_data(settings, plugin_packs).index
