"""The shape of the code: no import cycles between wirelint's modules (imports inside functions
count), no module over the size limit, and an engine core that stays small."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wirelint"
MAX_MODULE_LINES = 600
MAX_CORE_LINES = 2000
NOT_CORE = ("checks", "naming", "numbers", "readers", "output", "commands", "lsp", "audit")
"""Packages outside the engine core: rules, readers, output formats, commands, the LSP and the audit."""
NOT_CORE_MODULES = ("cli", "__main__", "packs", "builtin", "ruledocs", "lazy_pattern", "repeat_budget")
"""Modules outside the core: the command entry point, the rule-pack rules and their pattern helpers,
the built-in plugin and the rule docs renderer."""


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


def is_core(name: str) -> bool:
    parts = name.split(".")[1:]
    return not parts or (parts[0] not in NOT_CORE and parts[0] not in NOT_CORE_MODULES)


def core_lines() -> int:
    return sum(len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items() if is_core(name))


def test_no_import_cycles_counting_imports_inside_functions() -> None:
    assert cycles(import_graph()) == []


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
    print("core lines:", core_lines())
    for name in sorted(modules()):
        if is_core(name):
            print("  core:", name)
