"""The credit grammars' sources are kept between runs (``lexicon.kept_patterns``): what is read back must be what
the code writes from the pack, and a corrupt, foreign or stale entry is built again, never used."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from wirelint.startcache import StartCache
from wirelint.text import agencycredits, credits, lexicon
from wirelint.text.agencies import NO_AGENCY, known_agencies
from wirelint.version import RUNNING_CODE

HOUR_AGO = 3600 * 10**9


def _sources(patterns: dict[str, object]) -> dict[str, tuple[str, int]]:
    return {kind: (pattern.pattern, int(pattern._flags)) for kind, pattern in patterns.items()}  # type: ignore[attr-defined]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StartCache:
    """A fresh start-up cache, and a copy of the leftovers pack last changed an hour ago (so its stamp is kept)."""
    pack = tmp_path / lexicon.LEFTOVERS_PACK
    shutil.copyfile(lexicon._pack_path(), pack)
    old = os.stat(pack).st_mtime_ns - HOUR_AGO
    os.utime(pack, ns=(old, old))
    monkeypatch.setattr(lexicon, "_pack_path", lambda: pack)
    fresh = StartCache(tmp_path / "startup.marshal")
    monkeypatch.setattr(lexicon, "STARTUP", fresh)
    return fresh


def _build(bare: bool) -> dict[str, object]:
    return credits._patterns(NO_AGENCY if bare else known_agencies(), called=True)  # type: ignore[return-value]


@pytest.mark.parametrize("bare", [False, True])
def test_kept_grammars_read_back_are_the_grammars_the_code_writes(cache: StartCache, monkeypatch, bare: bool) -> None:
    built = _sources(lexicon.kept_patterns("credit-grammars", bare, lambda: _build(bare)))  # type: ignore[arg-type]
    cache.save()
    monkeypatch.setattr(lexicon, "STARTUP", StartCache(cache.path))
    read = lexicon.kept_patterns("credit-grammars", bare, lambda: pytest.fail("built again"))
    assert _sources(read) == built == _sources(_build(bare))  # type: ignore[arg-type]


def test_the_kept_agency_credit_pattern_is_the_one_the_code_writes(cache: StartCache, monkeypatch) -> None:
    assert agencycredits._kept_source() == agencycredits._source()
    cache.save()
    monkeypatch.setattr(lexicon, "STARTUP", StartCache(cache.path))
    monkeypatch.setattr(agencycredits, "_source", lambda: pytest.fail("built again"))
    assert agencycredits._kept_source() == agencycredits._PATTERN.pattern


@pytest.mark.parametrize(
    "stored", [b"junk", {"slashed": "not a pair"}, {"slashed": ("(?!)", "0")}, ["labelled"], {"slashed": ("x", 1, 2)}]
)
def test_a_corrupt_kept_grammar_is_built_again(cache: StartCache, stored: object) -> None:
    key = (RUNNING_CODE, lexicon.file_stamp(lexicon._pack_path()), True)
    cache.put("credit-grammars", key, stored)
    made = lexicon.kept_patterns("credit-grammars", True, lambda: _build(True))  # type: ignore[arg-type]
    assert _sources(made) == _sources(_build(True))  # type: ignore[arg-type]
    assert cache.get("credit-grammars", key) == _sources(made)  # the good sources replace the bad ones


def test_a_changed_pack_file_builds_the_grammars_again(cache: StartCache) -> None:
    calls: list[bool] = []

    def build() -> dict[str, object]:
        calls.append(True)
        return _build(True)

    lexicon.kept_patterns("credit-grammars", True, build)  # type: ignore[arg-type]
    lexicon.kept_patterns("credit-grammars", True, build)  # type: ignore[arg-type]
    assert len(calls) == 1
    pack = lexicon._pack_path()
    with pack.open("a", encoding="utf-8") as stream:
        stream.write("\n# an editor's change\n")
    older = os.stat(pack).st_mtime_ns - HOUR_AGO // 2
    os.utime(pack, ns=(older, older))
    lexicon.kept_patterns("credit-grammars", True, build)  # type: ignore[arg-type]
    assert len(calls) == 2


def test_a_pack_file_changed_just_now_is_never_kept(cache: StartCache) -> None:
    # Stamped an hour ahead of the clock: inside the racy window however long the machine stalls before the
    # next line (a second edit within the file system's time step would keep the stamp).
    ahead = time.time_ns() + HOUR_AGO
    os.utime(lexicon._pack_path(), ns=(ahead, ahead))
    lexicon.kept_patterns("credit-grammars", True, lambda: _build(True))  # type: ignore[arg-type]
    assert "credit-grammars" not in cache._sections()
