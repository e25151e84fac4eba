"""``wirelint check PATH...``: lint files, folders and standard input; fix them on request.

A broken config or pack costs only the files under it (one error line names
them), a bad file only itself; everything else is still checked and the run
exits 2 at the end.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from wirelint.commands import startup
from wirelint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    command_line_overrides,
    fail,
    format_option,
    known_rules,
    progress,
    run_options,
    selection_options,
    unknown_code_error,
    use_colour,
    warn_problems,
)

if TYPE_CHECKING:
    from wirelint.commands.runner import FileOutcome, RunOptions
    from wirelint.config import Settings

PROGRESS_THRESHOLD = 200
"""Files from which a progress bar is drawn (on a terminal)."""


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
@startup.paused_until_first_file
def check(
    paths: tuple[Path, ...],
    output_format: str,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fix: bool,
    exit_non_zero_on_fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    stdin_filename: str | None,
    jobs: int | None,
    statistics: bool,
    verbose: bool,
    fail_level: str | None,
    config_path: Path | None,
    no_plugins: bool,
    no_cache: bool,
    cache_dir: Path,
) -> None:
    """Check files and folders (or '-' for standard input)."""
    from wirelint.commands.runner import RunOptions, default_jobs
    from wirelint.errors import ConfigError

    if not paths:
        raise click.UsageError("give at least one file or folder, or '-' for standard input")
    if fix and diff:
        raise click.UsageError("--fix and --diff cannot be used together")
    overrides = command_line_overrides(select, extend_select, ignore, fail_level)
    options = RunOptions(
        overrides=tuple(overrides.items()),
        config=config_path.resolve() if config_path else None,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        autoload=not no_plugins,
        cache_dir=None if no_cache else cache_dir.resolve(),
    )
    try:
        code = _run_check(
            list(paths),
            options,
            output_format,
            stdin_filename,
            jobs or default_jobs(),
            statistics,
            exit_non_zero_on_fix,
            verbose,
        )
    except ConfigError as error:
        fail(str(error))
        code = EXIT_ERROR
    sys.exit(code)


def _run_check(
    paths: list[Path],
    options: RunOptions,
    output_format: str,
    stdin_filename: str | None,
    jobs: int,
    statistics: bool,
    exit_non_zero_on_fix: bool = False,
    verbose: bool = False,
) -> int:
    from wirelint.commands.runner import FileOutcome, check_files, check_text
    from wirelint.config import Settings, settings_for
    from wirelint.errors import ConfigError, EmptyInput, InputError
    from wirelint.files import decode, discover
    from wirelint.output import FORMATS
    from wirelint.registry import get_registry

    registry = get_registry(options.autoload)
    warn_problems(registry)
    outcomes: list[FileOutcome] = []
    errors: list[str] = []
    roots = [p for p in paths if p != Path("-")]
    missing = [p for p in roots if not p.exists()]
    root_settings: dict[Path, Settings | None] = {}
    for root in (p for p in roots if p not in missing):
        try:
            root_settings[root] = settings_for(root.resolve(), dict(options.overrides), options.config)
        except ConfigError:  # reported once, with the files it keeps from being checked
            root_settings[root] = None
    rules = known_rules(registry, root_settings.values())
    unknown = unknown_code_error(_codes_asked(options), set(rules))
    if unknown:
        fail(unknown)
        return EXIT_ERROR
    if Path("-") in paths:
        name = stdin_filename or "-"
        try:
            settings = settings_for(Path(name).resolve(), dict(options.overrides), options.config)
            text, _ = decode(name, sys.stdin.buffer.read())
            outcome = check_text(name, text, options, settings)
            startup.start_up_over()
            outcomes.append(outcome)
            if outcome.output is not None:
                click.echo(outcome.output, nl=False)
        except EmptyInput as error:
            outcomes.append(FileOutcome(name, notes=[str(error)]))
        except ConfigError as error:
            outcomes.append(FileOutcome(name, blocked_by=str(error)))
        except InputError as error:
            errors.append(str(error))
    errors.extend(
        f"{p}: {'broken symbolic link (to nowhere, or a loop)' if p.is_symlink() else 'no such file or folder'}"
        for p in missing
    )
    files = []
    for root, found in root_settings.items():
        walk = found or Settings()  # under a broken config: the files it costs, each reported as not checked
        files.extend(discover(root, walk.is_excluded, walk.is_included, errors))

    bar = progress(len(files), "Checking", "files", PROGRESS_THRESHOLD)
    try:
        outcomes.extend(check_files(files, options, jobs, bar.advance if bar else None))
    finally:
        if bar:
            bar.close()

    findings = [f for outcome in outcomes for f in outcome.findings]
    for outcome in outcomes:
        errors.extend(outcome.errors)
        if outcome.diff:
            click.echo(outcome.diff, nl=False)
        if verbose:
            for note in outcome.notes:
                click.echo(f"wirelint: note: {note}", err=True)
    errors.extend(_blocked(outcomes))
    if statistics:
        _print_statistics(findings)
    elif not options.diff and not (options.fix and Path("-") in paths):
        rendered = FORMATS[output_format](findings, rules, use_colour(sys.stdout))
        if rendered or output_format in ("json", "sarif"):
            click.echo(rendered, nl=False)
    fixed = sum(o.fixed for o in outcomes)
    if options.fix and fixed and output_format == "text":
        click.echo(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}.", err=True)
    for error in errors:
        fail(error)
    if errors:
        return EXIT_ERROR
    if options.diff and any(o.diff for o in outcomes):
        return EXIT_FINDINGS
    if any(o.fails for o in outcomes) or (exit_non_zero_on_fix and fixed):
        return EXIT_FINDINGS
    if not findings and output_format == "text" and not statistics and not options.diff:
        click.echo("All checks passed.", err=True)
    return EXIT_CLEAN


def _codes_asked(options: RunOptions) -> list[str]:
    """The codes and prefixes named on the command line."""
    return [code for key, codes in options.overrides if key in ("select", "extend_select", "ignore") for code in codes]


def _blocked(outcomes: list[FileOutcome], shown: int = 5) -> list[str]:
    """One error per broken config or pack, naming the files it kept from being checked."""
    by_cause: dict[str, list[str]] = {}
    for outcome in outcomes:
        if outcome.blocked_by:
            by_cause.setdefault(outcome.blocked_by, []).append(outcome.path)
    lines = []
    for cause, names in by_cause.items():
        listed = ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")
        noun = "file" if len(names) == 1 else "files"
        lines.append(f"{cause}; {len(names)} {noun} not checked: {listed}")
    return lines


def _print_statistics(findings: list[Any]) -> None:
    counts = Counter((f.code, f.name) for f in findings)
    fixable = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
    for (code, name), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        marker = "[*]" if fixable[code] else "   "
        click.echo(f"{count:>6}  {code}  {marker} {name}")
