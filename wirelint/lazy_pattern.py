"""Module-level regular expressions, compiled on first use.

``regex`` parses patterns in pure Python (a few milliseconds for the larger
ones), and most runs never use most of the patterns the code rules define: a
result-cache hit lints nothing, ``--select WL102`` runs one rule, a short
article never reaches the rarer branches of figure extraction. Compiling them
all at import made every start-up pay for all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from wirelint.startcache import STARTUP, compile_pattern


class LazyPattern:
    """Stands in for ``regex.compile(source, flags)`` and compiles on the first attribute asked for.

    Each method looked up is then kept on the instance, so later calls cost a
    plain attribute lookup, as with a compiled pattern.
    """

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        """``source`` may be a function that builds it (from a data file's words, say): then that work
        too waits for the first use."""
        self._source = source
        self._flags = flags

    @property
    def compiled(self) -> regex.Pattern[str]:
        compiled: regex.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = compile_pattern(self.pattern, self._flags)
        return compiled

    @property
    def flags(self) -> int:
        """The compiled pattern's flags (those given, inline ones and ``regex``'s defaults), known without
        compiling once an earlier run compiled it: gates read them for every pattern at start, and most of
        those patterns are never searched."""
        compiled: regex.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is not None:
            return int(compiled.flags)
        key = (self.pattern, int(self._flags))
        flags = STARTUP.get("pattern-flags", key)
        if not isinstance(flags, int):
            flags = int(self.compiled.flags)
            STARTUP.put("pattern-flags", key, flags)
        return flags

    @property
    def pattern(self) -> str:
        """The source, known without compiling."""
        source = self._source
        if not isinstance(source, str):
            source = self._source = source()
        return source

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # private and special names are not the pattern's (copy, pickle)
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        source = self._source  # a source still to build stays unbuilt: a repr must not read data files
        shown = repr(source) if isinstance(source, str) else f"<built by {getattr(source, '__qualname__', source)}>"
        return f"LazyPattern({shown}, {self._flags!r})"
