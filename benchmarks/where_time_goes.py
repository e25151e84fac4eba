"""Where the time goes: one whole ``wirelint check`` under cProfile, self time grouped by area.

    python benchmarks/where_time_goes.py FOLDER [--select CODES] [--save profile.out]
    python benchmarks/where_time_goes.py --profile profile.out   # the table of a saved profile again
    python benchmarks/where_time_goes.py FOLDER --regex         # CPU inside ``regex`` calls, by caller and pattern

Time spent in C (a ``regex`` search, ``str.split``) is charged to the area of
the Python function that called it, so "pack rules" includes the pattern
matching they ask for. cProfile slows Python code more than C code, so the
shares are a guide to where work is, not exact wall-clock splits; the call
counts are exact.

``--regex`` times every call of a compiled pattern instead (CPU time round each
call, through a stand-in for each pattern the program compiles): how much of a
check is pattern matching, and which callers and patterns spend it. Each timed
call costs about a microsecond more than it does untimed; that much is taken off
each call's time (measured on an empty search before the run), so the totals of
callers that make many small calls are close, not exact.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

AREAS: tuple[tuple[str, str], ...] = (
    ("/wirelint/numbers/", "number engine (figures)"),
    ("/wirelint/text/credits.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/notices.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/translation.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/captions.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/agencycredits.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/imagekinds.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/restrictions.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/checks/leftovers.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/text/vocabulary.py", "article vocabulary and cohesion (WL6xx)"),
    ("/wirelint/text/cohesion.py", "article vocabulary and cohesion (WL6xx)"),
    ("/wirelint/text/storybreaks.py", "article vocabulary and cohesion (WL6xx)"),
    ("/wirelint/text/story", "article vocabulary and cohesion (WL6xx)"),
    ("/wirelint/text/common_words.py", "article vocabulary and cohesion (WL6xx)"),
    ("/wirelint/text/lexicon.py", "leftover detection (WL101, WL102, captions)"),
    ("/wirelint/checks/integrity.py", "article vocabulary and cohesion (WL6xx)"),
    ("/wirelint/checks/attribution.py", "WL201/WL202 rule code"),
    ("/wirelint/checks/numbers.py", "WL4xx rule code"),
    ("/wirelint/checks/naming.py", "naming rules (WL3xx)"),
    ("/wirelint/naming/", "naming rules (WL3xx)"),
    ("/wirelint/checks/", "other code rules (WL1xx, WL5xx)"),
    ("/wirelint/packs.py", "pack rules (regex passes)"),
    ("/wirelint/prefilter.py", "pack rules (regex passes)"),
    ("/wirelint/gates.py", "literal gates and the branch searches they let through"),
    ("/wirelint/readers/", "reading and parsing"),
    ("/wirelint/text/", "sentences, quotes, datelines"),
    ("/wirelint/document.py", "reading and parsing"),
    ("/wirelint/sourcemap.py", "reading and parsing"),
    ("/wirelint/files.py", "reading and parsing"),
    ("/regex/", "compiling patterns"),
    ("/enum.py", "compiling patterns"),
    ("/wirelint/lazy_pattern.py", "compiling patterns"),
    ("<frozen importlib", "importing modules"),
    ("<frozen zipimport", "importing modules"),
    ("/importlib/", "importing modules"),
    ("/pluggy/", "plugins and registry"),
    ("/wirelint/registry.py", "plugins and registry"),
    ("/wirelint/builtin.py", "plugins and registry"),
    ("/wirelint/engine.py", "engine, suppressions, output"),
    ("/wirelint/suppressions.py", "engine, suppressions, output"),
    ("/wirelint/finding.py", "engine, suppressions, output"),
    ("/wirelint/output/", "engine, suppressions, output"),
    ("/wirelint/", "other wirelint code"),
)


def area_of(filename: str) -> str:
    for marker, area in AREAS:
        if marker in filename:
            return area
    return "other (stdlib, click)"


def by_area(stats: pstats.Stats) -> Counter[str]:
    """Self seconds per area; built-ins are charged to their callers' areas by the callers' shares."""
    spent: Counter[str] = Counter()
    table = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, _name), (_cc, _nc, self_time, _cum, callers) in table.items():
        if filename != "~" or not callers:
            spent[area_of(filename)] += self_time
            continue
        total = sum(detail[2] for detail in callers.values()) or 1.0
        for (caller_file, _l, _n), detail in callers.items():
            spent[area_of(caller_file)] += self_time * detail[2] / total
    return spent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--profile", type=Path, default=None, help="read this saved profile instead of running")
    parser.add_argument("--select", default=None)
    parser.add_argument("--save", type=Path, default=None, help="write the raw profile here (for snakeviz, pstats)")
    parser.add_argument("--regex", action="store_true", help="time the pattern calls instead (see above)")
    args = parser.parse_args(argv)
    if args.profile:
        print_areas(pstats.Stats(str(args.profile)))
        return
    if not args.paths:
        parser.error("give a folder or file to check, or --profile")
    sys.path.insert(0, str(REPO))
    os.environ["NO_COLOR"] = "1"
    command = ["check", "--no-cache", "--jobs", "1", *(["--select", args.select] if args.select else []), *args.paths]
    if args.regex:
        from regex_time import time_patterns

        time_patterns(command)
        return
    profiler = cProfile.Profile()
    started = time.perf_counter()
    stdout = sys.stdout
    sys.stdout = io.StringIO()
    try:
        profiler.enable()
        from wirelint.cli import main as cli

        try:
            cli(command, standalone_mode=False)
        except SystemExit:
            pass
        profiler.disable()
    finally:
        sys.stdout = stdout
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    if args.save:
        stats.dump_stats(str(args.save))
    print(f"wirelint {' '.join(command)}: {wall:.2f} s under cProfile, {stats.total_calls:,} calls")  # type: ignore[attr-defined]
    print_areas(stats)


def print_areas(stats: pstats.Stats) -> None:
    """The table: self seconds and share per area, largest first."""
    spent = by_area(stats)
    total = sum(spent.values())
    print("\n| area | seconds | share |\n| --- | --- | --- |")
    for area, seconds in spent.most_common():
        if seconds / total >= 0.005:
            print(f"| {area} | {seconds:.2f} | {seconds / total:.0%} |")


if __name__ == "__main__":
    main()
