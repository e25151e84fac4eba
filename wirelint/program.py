"""The ``wirelint`` program's first module: the console script and ``python -m wirelint`` start here.

Python's cyclic garbage collector runs every few hundred new objects, and
importing the command line, ``regex``, ``pluggy`` and wirelint's own modules
makes tens of thousands that live as long as the process: about thirty
collections before the check command even starts, some 4 ms of a one-file
check, finding nothing to free. So the program pauses the collector before it
imports anything else (:func:`wirelint.commands.startup.pause`); the check
command turns it back on once its first file is checked, any other command as
soon as it is chosen (:class:`wirelint.cli.LazyGroup`). Nothing is imported at
load time here, and the package's ``__init__`` imports nothing heavy either.
"""

from __future__ import annotations


def program() -> None:
    """Pause the collector, then run :func:`wirelint.cli.program` (which ends the process)."""
    from wirelint.commands import startup  # imports only modules the interpreter has loaded already

    startup.owns_process = True
    startup.pause()
    from wirelint.cli import program as run

    run()
