"""What every command shares: config loading, exit statuses, output, errors and progress.

Exit status (every command): 0 no findings at or above the fail level, 1
findings, 2 usage, configuration, input or internal error. Findings go to
stdout; progress, warnings and errors go to stderr.

Nothing here imports click (the options are in :mod:`wirelint.commands.options`): a plain
``wirelint check`` runs without it (:mod:`wirelint.commands.quick`).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, UNKNOWN_CODE, WirelintError
from wirelint.output import FORMAT_NAMES

if TYPE_CHECKING:
    from wirelint.config import Settings
    from wirelint.engine import Engine
    from wirelint.rule import Rule
    from wirelint.ruleset import Registry

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FINDINGS", "FORMAT_NAMES"]

SEVERITIES = ("error", "warning", "info")


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


def echo(message: str, nl: bool = True, err: bool = False) -> None:
    """``click.echo(message, nl=nl, err=err)``, written as click writes it.

    Once click is imported (any command but a plain ``check``, click's test runner) this is click's own
    echo. Without it, the message goes to the stream as it is and the stream is flushed: what click does
    for a text on a stream that names a non-ASCII encoding and an error handler, outside Windows, when the
    text holds no escape character (click takes colour codes out of a text for a stream that is no
    terminal); anything else imports click and lets it write.
    """
    click = sys.modules.get("click")
    stream = sys.stderr if err else sys.stdout
    if click is None and stream is not None and _written_as_it_is(stream, message):
        stream.write(f"{message}\n" if nl else message)
        stream.flush()
        return
    if click is None:
        import click
    click.echo(message, nl=nl, err=err)


def _written_as_it_is(stream: Any, message: str) -> bool:
    encoding = getattr(stream, "encoding", None)
    if sys.platform == "win32" or "\x1b" in message or not encoding or getattr(stream, "errors", None) is None:
        return False
    import codecs

    try:
        return codecs.lookup(encoding).name != "ascii"
    except LookupError:
        return False


def fail(message: str) -> None:
    """One error line on stderr."""
    echo(f"wirelint: error: {message}", err=True)


def warn_problems(registry: Registry) -> None:
    """The plugins and packs that could not be loaded, as warnings."""
    for problem in registry.problems:
        echo(f"wirelint: warning: {problem}", err=True)


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
        import click  # only for a long run on a terminal

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
