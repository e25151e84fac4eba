"""The timer signals that stop a rule past its time budget (the budget itself is the engine's policy).

Two timers run while a rule does: a CPU-time one (``ITIMER_PROF``), so a loaded machine does not stop a rule
that is only waiting for a core, and a real-time one (``ITIMER_REAL``) for a rule that waits without computing.
Either raises :class:`OverBudget` into the rule. ``ITIMER_PROF`` counts the CPU time of the whole process, not
of one thread: a thread computing beside the rule brings its stop closer. Signals reach only a process's main
thread, so elsewhere nothing is timed (see :mod:`wirelint.commands.lintprocess` for how other threads get a
budget). A timer somebody else already runs (a profiler's ``ITIMER_PROF``) is left to them, and the other one
still stops a rule.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

T = TypeVar("T")
_SIGNALS = {"ITIMER_PROF": signal.SIGPROF, "ITIMER_REAL": signal.SIGALRM}
"""Each timer and the signal it sends, CPU time first: the order :func:`run_within` takes its limits in."""
_free: dict[int, int] = {}
"""The timers :func:`handlers` found free on the main thread, and their signals (empty outside it)."""


class OverBudget(BaseException):
    """Raised into a rule by a timer; not an Exception, so the rule's ``except Exception`` cannot catch it."""

    def __init__(self, signum: int, cpu_seconds: float = 0.0) -> None:
        super().__init__(signum, cpu_seconds)
        self.in_real_time = signum == signal.SIGALRM
        self.cpu_seconds = cpu_seconds
        """The CPU time the process used while the rule ran (set by :func:`run_within`)."""


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise OverBudget(signum)


def _timers() -> dict[int, int]:
    """Every timer and its signal, or none off the main thread or where there are none (Windows)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return {}
    return {getattr(signal, name): number for name, number in _SIGNALS.items()}


@contextmanager
def handlers() -> Iterator[bool]:
    """Our signal handlers for a run of rules (installed once, not once per rule: that cost more than many
    rules) on the timers nobody else is running; yields whether any timer can interrupt this thread."""
    free = {timer: number for timer, number in _timers().items() if not signal.getitimer(timer)[0]}
    if not free or _free:  # none free, or an outer run's (a rule linting): the outer budget holds
        yield False
        return
    previous = {number: signal.signal(number, _interrupt) for number in free.values()}
    _free.update(free)
    try:
        yield True
    finally:  # restored even when a timer fires while it is being disarmed
        _free.clear()
        for number, handler in previous.items():
            signal.signal(number, handler)


def run_within(call: Callable[[], T], cpu_seconds: float, real_seconds: float) -> T:
    """``call()``, interrupted by :class:`OverBudget` past either limit (inside :func:`handlers`)."""
    limits = dict(zip(_timers(), (cpu_seconds, real_seconds), strict=True))
    armed = [timer for timer in _free if limits.get(timer)]
    started = time.process_time()
    for timer in armed:
        signal.setitimer(timer, limits[timer])
    try:
        return call()
    except OverBudget as stop:
        raise OverBudget(stop.args[0], time.process_time() - started) from None
    finally:
        for timer in armed:
            signal.setitimer(timer, 0)


@contextmanager
def paused() -> Iterator[None]:
    """The running timers wait (start-up work such as a first compile is not the rule's)."""
    left = {timer: seconds for timer in _timers() if (seconds := signal.setitimer(timer, 0)[0])}  # disarmed, kept
    try:
        yield
    finally:
        for timer, seconds in left.items():
            signal.setitimer(timer, seconds)
