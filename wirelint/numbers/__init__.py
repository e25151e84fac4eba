"""The number engine: every figure in a text, with its span, kind and meaning as an interval.

:func:`extract` finds the figures; :class:`Quantity` is one of them;
:class:`Interval` is what a figure can mean ("more than 50" is (50, inf)).
"""

from __future__ import annotations

from wirelint.numbers.extract import extract
from wirelint.numbers.interval import Interval
from wirelint.numbers.quantity import AMOUNTS, Kind, Quantity

__all__ = ["AMOUNTS", "Interval", "Kind", "Quantity", "extract"]
