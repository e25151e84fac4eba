"""``wirelint check PATH...``: lint files, folders and standard input; fix them on request.

The command's options as click reads them; the work is :func:`wirelint.commands.checking.check_paths`,
which a plain command line reaches without click (:mod:`wirelint.commands.quick`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from wirelint.commands.checking import check_paths, usage_problem
from wirelint.commands.options import format_option, run_options, selection_options


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@format_option
@selection_options
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files.")
@click.option(
    "--exit-non-zero-on-fix", is_flag=True, help="With --fix, exit 1 when a file was changed (for pre-commit hooks)."
)
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes marked unsafe.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff; write nothing.")
@click.option("--stdin-filename", help="With '-' as the path: the name (and so the format) of standard input.")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: number of cores)."
)
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of each finding.")
@click.option("--verbose", "-v", is_flag=True, help="Also print notes, such as files with nothing to check.")
@run_options
def check(**options: Any) -> None:
    """Check files and folders (or '-' for standard input)."""
    problem = usage_problem(options["paths"], options["fix"], options["diff"])
    if problem is not None:
        raise click.UsageError(problem)
    check_paths(**options)
