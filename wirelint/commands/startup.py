"""The cyclic garbage collector while ``wirelint check`` starts.

Start-up (importing the rules, building their tables and patterns, checking
the first file) makes objects that live as long as the process, and the
collector walked them all several times while they were made: about 5% of a
one-file check. So it waits from the command's start until
:func:`start_up_over`, once the first file is checked: what start-up made is
then set aside for good with ``gc.freeze``, so later collections skip it (the
cost is that a cycle of garbage made so far is never freed). A command that
ends before that turns the collector back on as it was. Nothing changes when
the collector was off already, or when the command runs inside another program
(freezing would keep that program's garbage for good): only the ``wirelint``
program sets :data:`owns_process` (:func:`wirelint.cli.run`).

The same program also ends without the interpreter's own exit (:func:`leave`).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # the program imports this module before anything else (wirelint.program): nothing heavy
    from collections.abc import Callable
    from typing import Any, TypeVar

    Command = TypeVar("Command", bound=Callable[..., Any])

owns_process = False
"""True in the ``wirelint`` program, where the process and everything start-up made are wirelint's."""

_paused = False

LINTING_THRESHOLDS = (50_000, 20, 20)
"""The collector's thresholds once start-up is over (the interpreter's are 700, 10, 10). Linting makes and drops
many small objects, few of them in cycles, and each linted document is freed by reference counting (the check
command cuts its links): a young collection every 700 of them took about 5% of a long check (208 collections
over 499 corpus articles); every 10,000, 18 collections and 0.12 s; every 50,000, 3 collections and 0.03 s,
with the same peak memory (165 MB)."""


def paused_until_first_file(command: Command) -> Command:
    """Run ``command`` with the collector paused until :func:`start_up_over` (or the command's end)."""

    from functools import wraps

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        pause()
        try:
            return command(*args, **kwargs)
        finally:
            resume()

    return run  # type: ignore[return-value]


def pause() -> None:
    """Turn the collector off while start-up builds what lives as long as the process."""
    global _paused
    if owns_process and gc.isenabled():
        gc.disable()
        _paused = True


def start_up_over() -> None:
    """Set aside what start-up made (later collections skip it) and turn the collector back on."""
    resume(freeze=True)


def resume(freeze: bool = False) -> None:
    """Turn the collector back on if :func:`pause` turned it off."""
    global _paused
    if _paused:
        if freeze:
            gc.freeze()
            gc.set_threshold(*LINTING_THRESHOLDS)
        gc.enable()
        _paused = False


def leave(code: object) -> None:
    """End the ``wirelint`` program now with exit status ``code``, doing what its exit needs done.

    The interpreter's exit would run the ``atexit`` callbacks (the start-up cache is written by one),
    flush standard output and error, then tear down every module and free every object start-up
    made: about 8 ms, a twentieth of a one-file check, for nothing. So the callbacks run and the
    streams are flushed here, and the process ends. This returns, and the normal exit follows, when
    anything may still need the interpreter: another thread, a profiler or tracer (it reports at
    exit), Python's development mode, a status that is not a plain number, or a stream that cannot
    be flushed (a closed pipe: the interpreter reports it as it always has).
    """
    status = 0 if code is None else code
    if type(status) is not int or not 0 <= status <= 255:
        return
    import threading

    if threading.active_count() > 1 or sys.gettrace() is not None or sys.getprofile() is not None:
        return
    if sys.flags.dev_mode:  # -X dev: the teardown's own warnings (files left open) are wanted
        return
    atexit._run_exitfuncs()  # each callback once: they are unregistered as they run
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(status)
