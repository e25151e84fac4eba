"""Where a cold ``wirelint check`` spends its time, step by step, without a profiler in the way.

    python benchmarks/cold_profile.py [--select WL102] [--rounds 9] [--repo PATH ...]

Each round starts a fresh Python process per checkout that does what
``wirelint check --no-cache SEED`` does, one step at a time (import the command
line, then the check command with the engine and registry, build the rule
table, read the file, import the selected rules, lint, format the findings), with
the start-up shortcuts of the ``wirelint`` program (``wirelint.program``, ``wirelint.cli.run``), and
reads the CPU clock (``time.process_time``, which counts from the process's
start) between steps; what the process spent after the last step (its exit) is
its whole CPU time, from ``wait4``, less theirs. cProfile would charge its own overhead to the many small Python
calls of an import; this does not. The real command and the import floor run
in the same rounds, for the ratio. With several ``--repo`` checkouts (say main
and a branch) every checkout runs in every round, so the columns were measured
under the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED_FOLDERS = (REPO.parent / "shared" / "seeds", REPO / "tests" / "fixtures")
FLOOR = "import regex, pluggy, click"

STEPS = """
import json, sys, time
stamps = [("starting the interpreter (and compiling this script)", time.process_time())]
def step(name):
    stamps.append((name, time.process_time()))
import os
from importlib.machinery import PathFinder
found = PathFinder.find_spec("wirelint")  # found without importing it: the package itself is a step below
if found and os.path.exists(os.path.join(found.submodule_search_locations[0], "program.py")):
    from wirelint.commands import startup  # a checkout with wirelint.program pauses the collector first
    startup.owns_process = True
    startup.pause()
import regex, pluggy, click
step("the import floor (regex, pluggy, click)")
try:  # what the wirelint program does first (wirelint.cli.run), as far as the checkout has it
    from wirelint import startcache
    from wirelint.commands import startup
except ImportError:
    startcache = startup = None
if startup is not None:
    for name in ("install_module_code", "install_class_code"):
        getattr(startcache, name, lambda: None)()
    startup.owns_process = True
    startup.pause()  # as the check command does: the collector waits for the first file
import wirelint.cli
step("the command line (wirelint.cli)")
import wirelint.commands.check, wirelint.commands.runner
step("the check command, engine, config and registry modules")
from pathlib import Path
from wirelint.commands.runner import RunOptions, check_file
from wirelint.engine import Engine
from wirelint.registry import get_registry
options = RunOptions(overrides=OVERRIDES)
settings = options.settings(Path(SEED))
engine = Engine(get_registry())
rules = engine.rules_for(settings, SEED)
step("settings, plugins and the rule table")
document = engine.parse(SEED, Path(SEED).read_text(encoding="utf-8"))
step("reading the file (reader, caption test)")
for rule in rules:
    getattr(rule, "rule", None)
step("importing the selected rules' modules")
outcome = check_file(Path(SEED), options)
if startup is not None:
    startup.start_up_over()
step("linting the file (first use of every pattern and table)")
from wirelint.output import FORMATS
FORMATS["text"](outcome.findings, dict(get_registry().rules), False)
step("formatting the findings")
times = {stamps[0][0]: stamps[0][1] * 1000}
times.update((name, (at - stamps[index][1]) * 1000) for index, (name, at) in enumerate(stamps[1:]))
print(json.dumps(times))
sys.stdout.flush()
if hasattr(startup, "leave"):
    startup.leave(0)  # as the program ends (wirelint.cli.program)
"""
"""The steps, each timed from the end of the one before."""


def find_seed() -> Path:
    return next(path for folder in SEED_FOLDERS for path in sorted(folder.glob("*.txt")))


def run(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """CPU milliseconds of a whole process (``wait4``), and what it printed."""
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir(), stdout=output,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        _, _, usage = os.wait4(process.pid, 0)
        output.seek(0)
        return (usage.ru_utime + usage.ru_stime) * 1000, output.read().decode()


def environment(repo: Path, pycache: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(repo), PYTHONPYCACHEPREFIX=str(pycache), NO_COLOR="1")
    return env


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", help="one rule code, as --select gives it")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--repo", type=Path, action="append", help="a checkout to measure (default: this one)")
    args = parser.parse_args(argv)
    repos = args.repo or [REPO]
    seed = find_seed()
    selection = ["--select", args.select] if args.select else []
    overrides = repr((("select", (args.select,)),) if args.select else ())
    program = f"SEED = {str(seed)!r}\nOVERRIDES = {overrides}\n{STEPS}"
    steps: list[dict[str, list[float]]] = [{} for _ in repos]
    wholes: list[list[float]] = [[] for _ in repos]
    floors: list[float] = []
    with tempfile.TemporaryDirectory(prefix="wirelint-cold-") as scratch:
        envs = [environment(repo, Path(scratch) / f"pycache{number}") for number, repo in enumerate(repos)]
        command = [sys.executable, "-m", "wirelint", "check", "--no-cache", *selection, str(seed)]
        for env in envs:  # bytecode and the start-up cache are written once, as at install
            for _ in range(2):
                run([sys.executable, "-c", program], env)
                run(command, env)
        for _ in range(args.rounds):
            floors.append(run([sys.executable, "-c", FLOOR], envs[0])[0])
            for number, env in enumerate(envs):
                total, printed = run([sys.executable, "-c", program], env)
                times = json.loads(printed.strip().splitlines()[-1])
                times["the interpreter's exit"] = total - sum(times.values())
                for name, spent in times.items():
                    steps[number].setdefault(name, []).append(spent)
                wholes[number].append(run(command, env)[0])
    floor = statistics.median(floors)
    print(f"cold `wirelint check {' '.join(selection)} {seed.name}`: median CPU ms of {args.rounds} rounds, "
          f"load {os.getloadavg()[0]:.1f}; import floor {floor:.0f} ms\n")
    print("| step | " + " | ".join(str(repo) for repo in repos) + " |")
    print("| --- |" + " --- |" * len(repos))
    for name in steps[0]:
        print(f"| {name} | " + " | ".join(f"{statistics.median(found[name]):.1f}" for found in steps) + " |")
    cells = [f"**{statistics.median(whole):.0f} ({statistics.median(whole) / floor:.2f}x the floor)**"
             for whole in wholes]
    print("| **the real command, whole** | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
