"""``wirelint audit``: the command line of archive audits and rule trials (the audit itself is ``wirelint.audit``).

This module is imported by ``wirelint.cli`` to register the command, so it
imports nothing heavy at the top: Dask, pyarrow and the engine load only when
an audit runs, and ``wirelint check`` starts as fast as before.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from wirelint.commands.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    fail,
    known_codes,
    progress,
    run_options,
    selection_options,
    settings_at,
    unknown_code_error,
    warn_problems,
)

if TYPE_CHECKING:
    from wirelint.audit.worker import AuditJob

INSTALL_HINT = "wirelint audit needs Dask and pyarrow: install wirelint[audit] (pip install 'wirelint[audit]')"
PROGRESS_MINIMUM = 2
"""Partitions below which no progress bar is drawn."""


def _column_option(field: str, default: str, what: str) -> Any:
    return click.option(f"--{field}-column", default=default, show_default=True, help=f"Key or column holding {what}.")


@click.command(short_help="Audit an archive on Dask, or trial a draft rule pack.")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--output",
    "-o",
    "output_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every finding to FILE, one row each: .jsonl or .parquet.",
)
@click.option(
    "--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), help="Write a self-contained HTML report."
)
@click.option(
    "--pack",
    "pack_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Rule trial: run only this draft rule pack and show what each rule would hit.",
)
@click.option(
    "--sample", type=click.IntRange(min=0), default=20, show_default=True, help="Matches shown per rule (rule trial)."
)
@click.option(
    "--top", type=click.IntRange(min=1), default=50, show_default=True, help="Worst articles listed in the report."
)
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    help="'local' starts a Dask cluster in this process; an address (tcp://host:8786) uses a running one; "
    "'synchronous' runs without a cluster.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), help="Workers of the local cluster, one thread each (default: cores)."
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Articles (or files) per partition.",
)
@_column_option("id", "id", "the article id")
@_column_option("headline", "headline", "the headline")
@_column_option("body", "body", "the body text")
@_column_option("captions", "captions", "captions (a string or a list)")
@_column_option("date", "date", "the publication date")
@_column_option("section", "section", "the section")
@selection_options
@run_options
def audit(sources: tuple[Path, ...], **options: Any) -> None:
    """Audit an archive (folders, JSON Lines, Parquet) on Dask; report totals, charts and the worst articles."""
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        fail(INSTALL_HINT)
        sys.exit(EXIT_ERROR)
    output_path: Path | None = options["output_path"]
    if output_path is not None and output_path.suffix.lower() not in (".jsonl", ".parquet"):
        raise click.BadParameter("findings are written as .jsonl or .parquet", param_hint="--output")
    sys.exit(_run_audit(list(sources), options))


def _job(options: dict[str, Any]) -> tuple[AuditJob, str | None]:
    """The worker's job from the options, and the draft pack's name in a rule trial."""
    from wirelint.audit.records import ColumnMap
    from wirelint.audit.worker import AuditJob
    from wirelint.commands.cache import file_digest
    from wirelint.registry import get_registry

    fields = ("id", "headline", "body", "captions", "date", "section")
    columns = ColumnMap(**{name: options[f"{name}_column"] for name in fields})
    pack: Path | None = options["pack_path"]
    load_pack = get_registry(not options["no_plugins"]).load_pack  # a draft pack is read as a project's packs are
    job = AuditJob(
        settings=settings_at(Path.cwd() / "_", options),
        columns=columns,
        rules=tuple(load_pack(pack)) if pack else None,
        rules_digest=file_digest(pack) if pack else "",
        autoload=not options["no_plugins"],
        cache_dir=None if options["no_cache"] else str(options["cache_dir"].resolve()),
    )
    return job, str(pack) if pack else None


def _run_audit(sources: list[Path], options: dict[str, Any]) -> int:
    from pyarrow import ArrowException

    from wirelint.audit import htmlreport, textreport
    from wirelint.audit.outputs import open_writer
    from wirelint.audit.pipeline import run_audit
    from wirelint.audit.sources import plan
    from wirelint.audit.summary import AuditSummary
    from wirelint.commands.runner import default_jobs
    from wirelint.errors import WirelintError
    from wirelint.registry import get_registry

    started = time.monotonic()
    try:
        job, pack = _job(options)
        parts = list(plan(sources, job.settings, options["partition_size"], job.columns))
    except (WirelintError, OSError) as error:
        fail(str(error))
        return EXIT_ERROR
    except ArrowException as error:  # a .parquet file that is not Parquet
        fail(f"cannot read the archive: {error}")
        return EXIT_ERROR
    registry = get_registry(job.autoload)
    warn_problems(registry)
    known = {rule.code for rule in job.rules} if job.rules is not None else known_codes(registry, [job.settings])
    unknown = unknown_code_error(job.settings.named_codes, known)
    if unknown:
        fail(unknown)
        return EXIT_ERROR
    summary = AuditSummary(top=options["top"], sample=options["sample"])
    writer = open_writer(options["output_path"]) if options["output_path"] else None
    articles = sum(part.size for part in parts) if len(parts) >= PROGRESS_MINIMUM else 0
    bar = progress(articles, "Auditing", "articles", minimum=1)
    try:
        run_audit(
            parts,
            job,
            summary,
            scheduler=options["scheduler"],
            workers=options["workers"] or default_jobs(),
            writer=writer,
            on_progress=bar.advance if bar else None,
        )
    except BaseException as error:
        if writer is not None:
            writer.abort()
        if not isinstance(error, OSError):
            raise
        fail(f"audit stopped: {error}")  # the scheduler cannot be reached, a file went away
        return EXIT_ERROR
    finally:
        if bar:
            bar.close()
    if writer is not None:
        writer.close()
    elapsed = time.monotonic() - started
    names = [str(source) for source in sources]
    if pack is not None:
        assert job.rules is not None
        click.echo(textreport.render_trial(summary, job.rules, pack, elapsed), nl=False)
        page = htmlreport.render_trial(summary, job.rules, pack, names, elapsed)
    else:
        click.echo(textreport.render_summary(summary, elapsed), nl=False)
        page = htmlreport.render_report(summary, names, elapsed)
    if options["html_path"]:
        options["html_path"].write_text(page, encoding="utf-8")
    for error in summary.errors:
        fail(error)
    if summary.error_count > len(summary.errors):
        fail(f"{summary.error_count - len(summary.errors):,} more errors not shown")
    if summary.error_count:
        return EXIT_ERROR
    fails = summary.worst_severity is not None and summary.worst_severity.rank >= job.settings.fail_level.rank
    return EXIT_FINDINGS if fails else EXIT_CLEAN
