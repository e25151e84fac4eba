"""``python -m wirelint``: the same as the ``wirelint`` command."""

from wirelint.program import program

program()
