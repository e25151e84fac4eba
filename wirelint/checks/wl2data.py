"""WL201's own data file, ``attribution.toml``: tolls by shape (tolls.py) and attributions by shape (sources.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from wirelint.startcache import read_toml

PATH = Path(__file__).with_name("attribution.toml")


@cache
def data() -> dict[str, Any]:
    """The parsed data file."""
    return read_toml(PATH)
