"""Where entity sets come from, and the compiled index for a configuration.

Sets are read from the built-in packs, then from the project's own packs
(``rule-packs`` in the config, later packs winning), and the config's
``house-style`` table is applied last. Packs are parsed once per file version
and an index is compiled once per configuration, so linting many files costs
one compilation.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint.errors import PackError
from wirelint.naming.entities import EntitySet, apply_house_style, merge_sets, parse_entity_tables
from wirelint.naming.matching import EntityIndex
from wirelint.packs import read_pack

if TYPE_CHECKING:
    from wirelint.config import Settings


def pack_entities(path: Path | Any) -> list[EntitySet]:
    """The entity sets of one pack file (none when it has no ``[[entity]]`` tables)."""
    return parse_entity_tables(str(path), read_pack(path).get("entity", []))


@lru_cache(maxsize=1)
def builtin_entities() -> tuple[EntitySet, ...]:
    """Sets from the packs the built-in plugin ships."""
    from wirelint.builtin import wirelint_rule_packs  # the plugin imports the rules, which import this

    return tuple(merge_sets(pack_entities(path) for path in wirelint_rule_packs()))


@lru_cache(maxsize=64)
def _project_entities(path: str, mtime: float) -> tuple[EntitySet, ...]:
    return tuple(pack_entities(Path(path)))


@lru_cache(maxsize=32)
def _index(packs: tuple[tuple[str, float], ...], house_style: tuple[tuple[str, str], ...], origin: str) -> EntityIndex:
    sets = merge_sets([list(builtin_entities()), *(list(_project_entities(*pack)) for pack in packs)])
    return EntityIndex(apply_house_style(sets, house_style, origin))


def index_for(settings: Settings) -> EntityIndex:
    """The compiled index of every set in force under ``settings``; raises PackError for a bad pack."""
    packs = []
    for path in settings.rule_packs:
        try:
            packs.append((str(path), path.stat().st_mtime))
        except OSError as error:
            raise PackError(str(path), f"cannot read: {error.strerror}") from None
    origin = str(settings.config_path) if settings.config_path else "house-style"
    return _index(tuple(packs), settings.house_style, origin)
