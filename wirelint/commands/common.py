"""What every command shares: options, config loading, exit statuses, errors and progress.

Exit status (every command): 0 no findings at or above the fail level, 1
findings, 2 usage, configuration, input or internal error. Findings go to
stdout; progress, warnings and errors go to stderr.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from wirelint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, UNKNOWN_CODE, WirelintError
from wirelint.output import FORMAT_NAMES

if TYPE_CHECKING:
    from wirelint.config import Settings
    from wirelint.engine import Engine
    from wirelint.rule import Rule
    from wirelint.ruleset import Registry

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "FORMAT_NAMES"]

SEVERITIES = ("error", "warning", "info")
F = TypeVar("F", bound=Callable[..., Any])


def split_codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``("WL1,WL301", "wl5")`` as ``("WL1", "WL301", "WL5")``."""
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def command_line_overrides(
    select: tuple[str, ...], extend_select: tuple[str, ...], ignore: tuple[str, ...], fail_level: str | None
) -> dict[str, Any]:
    """The selection options as :func:`wirelint.config.apply_overrides` takes them."""
    from wirelint.finding import Severity

    overrides: dict[str, Any] = {
        "select": split_codes(select),
        "extend_select": split_codes(extend_select),
        "ignore": split_codes(ignore),
    }
    if fail_level:
        overrides["fail_level"] = Severity(fail_level)
    return overrides


def use_colour(stream: Any) -> bool:
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def fail(message: str) -> None:
    """One error line on stderr."""
    click.echo(f"wirelint: error: {message}", err=True)


def warn_problems(registry: Registry) -> None:
    """The plugins and packs that could not be loaded, as warnings."""
    for problem in registry.problems:
        click.echo(f"wirelint: warning: {problem}", err=True)


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


def engine(autoload: bool) -> Engine:
    """An engine with the process-wide registry; plugin problems are shown once, as warnings."""
    from wirelint.engine import Engine
    from wirelint.registry import get_registry

    registry = get_registry(autoload)
    warn_problems(registry)
    return Engine(registry)


def settings_at(path: Path, options: dict[str, Any]) -> Settings:
    """The settings for ``path``: ``--config`` or the nearest config file, then the command-line selection."""
    from wirelint.config import settings_for

    overrides = command_line_overrides(
        options["select"], options["extend_select"], options["ignore"], options["fail_level"]
    )
    config = options["config_path"].resolve() if options.get("config_path") else None
    return settings_for(path.resolve(), overrides, config)


def known_rules(registry: Registry, settings: Iterable[Settings | None]) -> dict[str, Rule]:
    """The registry's rules and those of the project packs the given settings load, by code."""
    known = dict(registry.rules)
    for each in settings:
        try:
            for rule in registry.project_rules(each.rule_packs if each else ()):
                known.setdefault(rule.code, rule)
        except WirelintError:
            continue  # a broken pack is reported with the files it affects
    return known


def known_codes(registry: Registry, settings: Iterable[Settings | None]) -> set[str]:
    """Codes of the registry's rules and of the project packs the given settings load."""
    return set(known_rules(registry, settings))


def unknown_code_error(codes: Iterable[str], known: Iterable[str]) -> str | None:
    """The error for the first of ``codes`` that names no rule, or None."""
    from wirelint.config import unknown_codes

    unknown = unknown_codes(codes, known)
    return UNKNOWN_CODE.format(code=unknown[0]) if unknown else None


class Progress:
    """``Checking [####----] 1,200/10,000 files  850 files/s  ETA 0:00:10`` on a terminal (click's bar)."""

    WIDTH = 24

    def __init__(self, total: int, label: str, unit: str) -> None:
        self.total = total
        self.unit = unit
        self.done = 0
        self.started = time.monotonic()
        self.bar = click.progressbar(
            length=total, label=label, file=sys.stderr, width=self.WIDTH, bar_template="%(label)s [%(bar)s] %(info)s",
            show_eta=False, show_percent=False, show_pos=False, item_show_func=self.counts,
        )
        self.bar.__enter__()
        self.bar.render_progress()

    def counts(self, _: object = None) -> str:
        line = f"{self.done:,}/{self.total:,} {self.unit}"
        elapsed = time.monotonic() - self.started
        if self.done and elapsed > 0:
            rate = self.done / elapsed
            hours, rest = divmod(round((self.total - self.done) / rate), 3600)
            line += f"  {rate:,.0f} {self.unit}/s  ETA {hours}:{rest // 60:02d}:{rest % 60:02d}"
        return line

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        self.bar.update(steps, self.done)

    def close(self) -> None:
        self.bar.__exit__(None, None, None)


def progress(total: int, label: str, unit: str, minimum: int) -> Progress | None:
    """A progress display on stderr when it is a terminal and there are at least ``minimum`` steps."""
    return Progress(total, label, unit) if total >= minimum and sys.stderr.isatty() else None
