"""Each rule's first lint of the seed in a fresh process, with the imports and the compiling inside it.

    python benchmarks/cold_rules.py [--rounds 5] [--repo PATH]

The linting step of ``cold_profile.py`` by rule. Each round starts a fresh
process that starts as the ``wirelint`` program does (module and class code
from the start-up cache, the collector paused), imports the check command,
then checks the seed once. Each rule's first lint is timed
(``time.process_time``), and so are, inside it, the imports it triggers (the
outermost ``__import__`` or ``import_module`` call) and ``regex``'s C compiler
(``_regex.compile``: the programs come from the start-up cache, so this is the
C work a process cannot keep). Reading the file (the reader and its caption
test) is a row of its own. Bytecode and the start-up cache are written by two
runs first, as at install. Nothing here asserts: the medians are printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cold_profile import REPO, environment, find_seed, run

PROGRAM = """
import builtins, json, time
from pathlib import Path
clock = time.process_time
from wirelint.commands import startup
startup.owns_process = True
startup.pause()
from wirelint import startcache
startcache.install_module_code()
startcache.install_class_code()
import regex._main
import wirelint.cli, wirelint.commands.check, wirelint.commands.runner
from wirelint import engine, lazy_rule
from wirelint.commands.runner import RunOptions, check_file
current = ["(before linting)"]
spent = {}

def charge(kind, seconds):
    row = spent.setdefault(current[0], {"first lint": 0.0, "imports": 0.0, "compiling": 0.0, "programs": 0})
    row[kind] += seconds * 1000

core = regex._main._regex
real_compile = core.compile

def compile_program(*arguments):
    start = clock()
    try:
        return real_compile(*arguments)
    finally:
        charge("compiling", clock() - start)
        spent[current[0]]["programs"] += 1

core.compile = compile_program
depth = [0]

def timed(real):
    def imported(*arguments, **options):
        depth[0] += 1
        start = clock()
        try:
            return real(*arguments, **options)
        finally:
            depth[0] -= 1
            if not depth[0]:
                charge("imports", clock() - start)
    return imported

builtins.__import__ = timed(builtins.__import__)
lazy_rule.import_module = timed(lazy_rule.import_module)
real_collect, real_parse = engine._collect, engine.Engine.parse

def collect(document, settings, calls, budgeted):
    def each():
        for article, rule, call in calls:
            def first(call=call, code=rule.code):
                current[0] = code
                start = clock()
                found = list(call())
                charge("first lint", clock() - start)
                current[0] = "(finalising)"
                return iter(found)
            yield article, rule, first
    return real_collect(document, settings, each(), budgeted)

def parse(self, *arguments, **options):
    current[0] = "(reading the file)"
    start = clock()
    try:
        return real_parse(self, *arguments, **options)
    finally:
        charge("first lint", clock() - start)
        current[0] = "(before linting)"

engine._collect, engine.Engine.parse = collect, parse
check_file(Path(SEED), RunOptions(overrides=()))
print(json.dumps(spent))
"""
"""The child process: the seed checked once, each rule's first lint timed with what is inside it."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout to measure (default: this one)")
    args = parser.parse_args(argv)
    seed = find_seed()
    program = f"SEED = {str(seed)!r}\n{PROGRAM}"
    rows: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="wirelint-rules-") as scratch:
        env = environment(args.repo, Path(scratch) / "pycache")
        for _ in range(2):  # bytecode and the start-up cache are written once, as at install
            run([sys.executable, "-c", program], env)
        for _ in range(args.rounds):
            spent = json.loads(run([sys.executable, "-c", program], env)[1].strip().splitlines()[-1])
            for name, row in spent.items():
                for kind, value in row.items():
                    rows.setdefault(name, {}).setdefault(kind, []).append(value)
    medians = {name: {kind: statistics.median(values) for kind, values in row.items()} for name, row in rows.items()}
    print(f"first lint of {seed.name} by rule, median CPU ms of {args.rounds} fresh processes ({args.repo})\n")
    print("| rule | first lint | of it: imports | of it: compiling (programs) |")
    print("| --- | --- | --- | --- |")
    for name, row in sorted(medians.items(), key=lambda item: -item[1]["first lint"]):
        if row["first lint"] >= 0.3:
            print(f"| {name} | {row['first lint']:.1f} | {row['imports']:.1f} | {row['compiling']:.1f} "
                  f"({row['programs']:.0f}) |")  # fmt: skip
    total = {kind: sum(row[kind] for row in medians.values()) for kind in ("first lint", "imports", "compiling")}
    print(f"\nevery row together: {total['first lint']:.1f} ms; imports {total['imports']:.1f}, "
          f"compiling {total['compiling']:.1f}")


if __name__ == "__main__":
    main()
