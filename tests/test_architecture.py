"""The shape of the code: no import cycles between wirelint's modules (imports inside functions
count), no module over the size limit, and an engine core that stays small."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wirelint"
MAX_MODULE_LINES = 600
MAX_CORE_LINES = 2000
EXTENSIONS = ("checks", "naming", "numbers", "readers", "output", "fixer", "packs", "builtin", "ruledocs")
"""Beside the core: code rules, rule-pack rules, readers, output formats and fix application (both
read the engine's findings: engine -> findings -> fixes and output formats), the built-in plugin (it
lists the rules and readers) and the rule docs renderer. A helper only these import is part of them."""
BASE = ("errors", "lazy_pattern", "startcache", "version", "_toml", "datafiles", "ruletimer")
"""Under every layer (DESIGN.md: "base helpers (errors, compiled-pattern helpers) sit under every
layer"): messages and exit statuses, compiled-pattern helpers and their start-up cache, the version,
the TOML parser, where the data files are, and the timer signals that stop a rule (the start-up cache
pauses them while it compiles). Counted on their own, not as engine core."""
FRONT_ENDS = ("commands", "lsp", "audit", "cli", "__main__", "program", "api")
"""On top of the core: the commands, the language server, the audit, the program's entry and the public
API (what people and programs call)."""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Every wirelint module ``name`` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports_of(name, path, known) for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def layer_of(name: str) -> str:
    parts = name.split(".")[1:]
    if parts and parts[0] in BASE:
        return "base"
    if parts and parts[0] in EXTENSIONS:
        return "extension"
    if parts and parts[0] in FRONT_ENDS:
        return "front end"
    return "core"


def core_modules(graph: dict[str, set[str]]) -> set[str]:
    """Every module that is not an extension or a front end, nor a helper that only extensions (or
    their helpers) import: a text helper only rules use is part of the rules."""
    extension = {name for name in graph if layer_of(name) == "extension"}
    front = {name for name in graph if layer_of(name) == "front end"}
    importers: dict[str, set[str]] = {name: set() for name in graph}
    for name, targets in graph.items():
        for target in targets:
            importers[target].add(name)
    changed = True
    while changed:
        changed = False
        for name in set(graph) - extension - front - {"wirelint"}:
            if importers[name] and importers[name] <= extension:
                extension.add(name)
                changed = True
    return {name for name in set(graph) - extension - front if layer_of(name) == "core"}


def core_lines() -> int:
    found = modules()
    return sum(len(found[name].read_text(encoding="utf-8").splitlines()) for name in core_modules(import_graph()))


def test_no_import_cycles_counting_imports_inside_functions() -> None:
    assert cycles(import_graph()) == []


PLUGIN_LAYER = {"wirelint.registry", "wirelint.builtin", "wirelint.hookspecs"}
"""Assembles the plugins into a Registry: above the engine, below the front ends."""
CONTRACTS = {"wirelint.readers"}
"""The Reader protocol, the readers' contract with the engine (as ``wirelint.rule`` is the rules')."""


def test_layers_import_only_downwards() -> None:
    """The engine and the document model never import a rule, a reader, an output format, a front end
    or the plugin layer; rules, readers and formats never import a front end or the plugin layer."""
    graph = import_graph()
    core = core_modules(graph) - PLUGIN_LAYER - {"wirelint"}
    upward = []
    for name, targets in graph.items():
        for target in targets - CONTRACTS:
            if name in core and (target not in core and layer_of(target) != "base"):
                upward.append(f"{name} -> {target}")
            elif layer_of(name) == "extension" and name not in PLUGIN_LAYER | {"wirelint.ruledocs"} and (
                layer_of(target) == "front end" or target in PLUGIN_LAYER
            ):
                upward.append(f"{name} -> {target}")
    assert upward == []


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_is_over_the_size_limit() -> None:
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()}
    assert {name: size for name, size in sizes.items() if size > MAX_MODULE_LINES} == {}


def test_engine_core_stays_small() -> None:
    assert core_lines() <= MAX_CORE_LINES


if __name__ == "__main__":
    for group in cycles(import_graph()):
        print("cycle:", " <-> ".join(group))
    base = sum(len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()
               if layer_of(name) == "base")
    print("core lines:", core_lines(), "base helpers:", base)
    found = modules()
    for name in sorted(core_modules(import_graph())):
        print(f"  {len(found[name].read_text(encoding='utf-8').splitlines()):5} {name}")
