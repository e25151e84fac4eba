"""The options the commands share, as click declares them (``check``, ``compare``, ``audit``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from wirelint.commands.common import SEVERITIES
from wirelint.output import FORMAT_NAMES

F = TypeVar("F", bound=Callable[..., Any])


def stacked(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several click options as one decorator, listed in the order given."""

    def apply(function: F) -> F:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


selection_options = stacked(
    click.option("--select", multiple=True, help="Only these codes or prefixes (comma-separated), e.g. WL1,WL301."),
    click.option("--extend-select", multiple=True, help="Add codes or prefixes to the configured selection."),
    click.option("--ignore", multiple=True, help="Codes or prefixes to skip."),
)
"""Which rules run: shared by ``check``, ``compare`` and ``audit``."""
config_options = stacked(
    click.option(
        "--fail-level",
        type=click.Choice(SEVERITIES),
        default=None,
        help="Lowest severity that makes the exit status 1 (default: warning).",
    ),
    click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Use this config file instead of discovering one.",
    ),
    click.option("--no-plugins", is_flag=True, help="Do not load third-party plugins (built-in rules only)."),
)
"""Exit status, configuration and plugins: shared by ``check``, ``compare`` and ``audit``."""
cache_options = stacked(
    click.option("--no-cache", is_flag=True, help="Do not read or write the result cache."),
    click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="WIRELINT_CACHE_DIR",
        default=".wirelint_cache",
        show_default=True,
        help="Result cache folder (also $WIRELINT_CACHE_DIR).",
    ),
)
"""The result cache: shared by ``check`` and ``audit``."""
run_options = stacked(config_options, cache_options)
format_option = click.option(
    "--format", "output_format", type=click.Choice(FORMAT_NAMES), default="text", show_default=True,
    help="Output format.",
)
