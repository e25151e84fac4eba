"""Where a cold ``wirelint check`` spends its time, phase by phase, without a profiler in the way.

    python benchmarks/cold_profile.py [--select WL102] [--rounds 9] [--repo PATH ...]

Each phase is a whole Python process that does one step more than the one
before it (import the command line, then the check command and engine, then
build the rule table, read the file, import the selected rules, lint); the
processes take turns, and a phase's cost is the difference of the median CPU
times (user + system, from ``wait4``) of two neighbours. cProfile would charge
its own overhead to the many small Python calls of an import; this does not.
With several ``--repo`` checkouts (say main and a branch) every phase of every
checkout runs in the same rounds, so the two columns were measured under the
same load. The last row is the real command, printing included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED_FOLDERS = (REPO.parent / "shared" / "seeds", REPO / "tests" / "fixtures")

PHASES: tuple[tuple[str, str], ...] = (
    ("Python and the import floor (regex, pluggy, click)", "import regex, pluggy, click"),
    ("the command line (`wirelint.cli`)", "import wirelint.cli"),
    ("the check command, engine, config and registry modules",
     "try:\n"
     "    from wirelint.commands import startup\n"
     "    startup.pause()  # as the check command does: the collector waits for the first file\n"
     "except ImportError:\n"
     "    pass\n"
     "import wirelint.commands.check, wirelint.commands.runner"),
    ("settings, plugins and the rule table",
     "from pathlib import Path\n"
     "from wirelint.commands.runner import RunOptions\n"
     "from wirelint.engine import Engine\n"
     "from wirelint.registry import get_registry\n"
     "options = RunOptions(overrides=OVERRIDES)\n"
     "settings = options.settings(Path(SEED))\n"
     "engine = Engine(get_registry())\n"
     "rules = engine.rules_for(settings, SEED)"),
    ("reading the file (reader, caption test)",
     "document = engine.parse(SEED, Path(SEED).read_text(encoding='utf-8'))"),
    ("importing the selected rules' modules", "for rule in rules:\n    getattr(rule, 'rule', None)"),
    ("linting the file (first use of every pattern and table)",
     "from wirelint.commands.runner import check_file\ncheck_file(Path(SEED), options)\n"
     "if 'startup' in globals():\n"
     "    startup.start_up_over()  # as after the check command's first file (the exit's collection skips it)"),
)
"""Each phase's name and the code it adds to the phases before it."""


def find_seed() -> Path:
    return next(path for folder in SEED_FOLDERS for path in sorted(folder.glob("*.txt")))


def scripts(select: str | None, seed: Path) -> list[str]:
    """The program of each phase: every phase's code up to and including its own."""
    overrides = repr((("select", (select,)),) if select else ())
    programs, code = [], f"SEED = {str(seed)!r}\nOVERRIDES = {overrides}\n"
    for _, step in PHASES:
        code += step + "\n"
        programs.append(code)
    return programs


def cpu_of(command: list[str], env: dict[str, str]) -> float:
    process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


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
    with tempfile.TemporaryDirectory(prefix="wirelint-cold-") as scratch:
        commands: dict[tuple[int, int], tuple[list[str], dict[str, str]]] = {}
        for number, repo in enumerate(repos):
            env = environment(repo, Path(scratch) / f"pycache{number}")
            for phase, program in enumerate(scripts(args.select, seed)):
                commands[number, phase] = ([sys.executable, "-c", program], env)
            commands[number, len(PHASES)] = (
                [sys.executable, "-m", "wirelint", "check", "--no-cache", *selection, str(seed)], env
            )
        for command, env in commands.values():  # bytecode and the start-up cache are written once, as at install
            cpu_of(command, env)
            cpu_of(command, env)
        times: dict[tuple[int, int], list[float]] = {key: [] for key in commands}
        keys = list(commands)
        for round_number in range(args.rounds):
            turn = round_number % len(keys)
            for key in keys[turn:] + keys[:turn]:
                times[key].append(cpu_of(*commands[key]))
    medians = {key: statistics.median(values) * 1000 for key, values in times.items()}
    names = [name for name, _ in PHASES] + ["printing, and the rest of the real command"]
    print(f"cold `wirelint check {' '.join(selection)} {seed.name}`: median CPU ms of {args.rounds} rounds, "
          f"load {os.getloadavg()[0]:.1f}\n")
    print("| phase | " + " | ".join(str(repo) for repo in repos) + " |")
    print("| --- |" + " --- |" * len(repos))
    for phase, name in enumerate(names):
        cells = []
        for number in range(len(repos)):
            before = medians[number, phase - 1] if phase else 0.0
            cells.append(f"{medians[number, phase] - before:.1f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    totals = [medians[number, len(PHASES)] for number in range(len(repos))]
    floors = [medians[number, 0] for number in range(len(repos))]
    print("| **whole command** | " + " | ".join(f"**{t:.0f} ({t / f:.2f}x the floor)**"
                                              for t, f in zip(totals, floors, strict=True)) + " |")


if __name__ == "__main__":
    main()
