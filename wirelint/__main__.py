"""``python -m wirelint``: the same as the ``wirelint`` command."""

from wirelint.cli import program

program()
