"""A plain ``wirelint check`` command line, read without click.

Importing click and declaring the command's options with it is about 12 ms
of CPU, a fifth of the import floor a one-file check is measured against,
for a command line that is most often ``wirelint check FILE`` with a few
options. So the ``wirelint`` program (:mod:`wirelint.program`) first reads the
command line here: when it is ``check`` followed by nothing but paths and the
options below, each given in one of the forms click itself reads and each
value one click would take as it is, the options are handed straight to
:func:`wirelint.commands.checking.check_paths`, exactly as click would hand
them (a test compares the two on many command lines, and the table below
with the command's click declaration). Anything else (help, another command,
``--config``, a value click would convert or refuse, an unknown option, a
shell's completion request, ``$WIRELINT_CACHE_DIR``, and any command line on
Windows, where click expands wildcards itself) goes to click, which reads,
reports and runs as it always has.
"""

from __future__ import annotations

import os
import stat
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # the program imports this module before it pauses the collector: nothing but what is loaded
    from typing import Any

FLAGS = {
    "--fix": "fix",
    "--exit-non-zero-on-fix": "exit_non_zero_on_fix",
    "--unsafe-fixes": "unsafe_fixes",
    "--diff": "diff",
    "--statistics": "statistics",
    "--verbose": "verbose",
    "-v": "verbose",
    "--no-plugins": "no_plugins",
    "--no-cache": "no_cache",
}
"""Options that take no value."""
REPEATED = {"--select": "select", "--extend-select": "extend_select", "--ignore": "ignore"}
"""Options given any number of times, each value kept."""
VALUED = {
    "--format": "output_format",
    "--fail-level": "fail_level",
    "--jobs": "jobs",
    "-j": "jobs",
    "--stdin-filename": "stdin_filename",
    "--cache-dir": "cache_dir",
}
"""Options with one value, given at most once here (click keeps the last of several)."""
DEFAULTS: dict[str, Any] = {
    "output_format": "text",
    "fail_level": None,
    "jobs": None,
    "stdin_filename": None,
    "cache_dir": ".wirelint_cache",
    "config_path": None,
}
"""The values of options not given (the flags' is False, the repeated ones' is empty)."""
CACHE_ENV = "WIRELINT_CACHE_DIR"


def read_check(argv: list[str]) -> dict[str, Any] | None:
    """The keyword arguments click would call ``check`` with for ``argv`` (the words after the program's
    name), or None when click must read it."""
    if not argv or argv[0] != "check" or CACHE_ENV in os.environ or _completing() or os.name == "nt":
        return None  # on Windows click expands wildcards in the arguments itself
    options: dict[str, Any] = dict.fromkeys(FLAGS.values(), False)
    options.update((name, []) for name in REPEATED.values())
    given: dict[str, str] = {}
    paths: list[str] = []
    words = argv[1:]
    index = 0
    while index < len(words):
        word = words[index]
        index += 1
        if word == "--":
            paths.extend(words[index:])
            break
        if word[:1] != "-" or word == "-":
            paths.append(word)
            continue
        name, value = word.split("=", 1) if word.startswith("--") and "=" in word else (word, None)
        if name == "-j" or (name.startswith("-j") and name[2:].isdigit()):
            name, value = "-j", name[2:] or value
        if name in FLAGS and value is None:
            options[FLAGS[name]] = True
            continue
        if name not in REPEATED and name not in VALUED:
            return None
        if value is None:
            if index == len(words) or words[index][:1] == "-":
                return None  # no value, or one that looks like an option: click's messages and rules decide
            value = words[index]
            index += 1
        if name in REPEATED:
            options[REPEATED[name]].append(value)
        elif VALUED[name] in given:
            return None
        else:
            given[VALUED[name]] = value
    return _converted(options, given, paths)


def _converted(options: dict[str, Any], given: dict[str, str], paths: list[str]) -> dict[str, Any] | None:
    """The values as click's types make them, or None where a type would convert or refuse one."""
    from pathlib import Path

    from wirelint.commands.common import SEVERITIES
    from wirelint.output import FORMAT_NAMES

    values = {**DEFAULTS, **given}
    if values["output_format"] not in FORMAT_NAMES or values["fail_level"] not in (None, *SEVERITIES):
        return None
    jobs = values["jobs"]
    if jobs is not None:
        if not (jobs.isascii() and jobs.isdigit() and int(jobs) >= 1):
            return None
        values["jobs"] = int(jobs)
    if not all(_path_click_takes(path, folder=False) for path in paths):
        return None
    if not _path_click_takes(values["cache_dir"], folder=True):
        return None
    options.update(values, paths=tuple(Path(path) for path in paths), cache_dir=Path(values["cache_dir"]))
    for name in REPEATED.values():
        options[name] = tuple(options[name])
    return options


def _path_click_takes(path: str, folder: bool) -> bool:
    """Whether click's ``Path`` type (readable, ``file_okay=not folder``) takes ``path`` as it is: a path that
    does not exist, or one this user may read that is not a file where a folder is wanted."""
    try:
        status = os.stat(path)
    except OSError:
        return True
    return not (folder and stat.S_ISREG(status.st_mode)) and os.access(path, os.R_OK)


def _completing() -> bool:
    """A shell asking click for completions (``_WIRELINT_COMPLETE`` or the like)."""
    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)


def run_check(argv: list[str]) -> None:
    """Run ``wirelint check`` from ``argv`` without click when :func:`read_check` can read it (the process then
    ends), else return and leave the command line to click."""
    options = read_check(argv)
    if options is None:
        return
    from wirelint.commands.checking import check_paths, usage_problem

    if usage_problem(options["paths"], options["fix"], options["diff"]) is not None:
        return
    from wirelint.startcache import install_class_code, install_module_code

    install_module_code()
    install_class_code()
    try:
        check_paths(**options)
    except (EOFError, KeyboardInterrupt, OSError) as error:
        _end_as_click_would(error)


def _end_as_click_would(error: BaseException) -> None:
    """What click's command does with an interrupt (a blank line, "Aborted!", status 1) or a closed pipe
    (status 1, later flushes quiet); any other error goes on up."""
    import errno

    if isinstance(error, OSError) and error.errno != errno.EPIPE:
        raise error
    if isinstance(error, OSError):
        sys.stdout = _QuietFlush(sys.stdout)  # type: ignore[assignment]
        sys.stderr = _QuietFlush(sys.stderr)  # type: ignore[assignment]
    else:
        from gettext import gettext

        from wirelint.commands.common import echo

        echo("", err=True)
        echo(gettext("Aborted!"), err=True)
    sys.exit(1)


class _QuietFlush:
    """A stream whose flush says nothing of a closed pipe, as click wraps the standard streams after one."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        import errno

        try:
            self.wrapped.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)
