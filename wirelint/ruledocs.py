"""Rule documentation from the rules themselves.

``wirelint rules``, ``wirelint explain`` and the README's rule table are all
rendered here from the same source (a code rule's ``docs`` or a pack rule's
``what``/``why``/``example``/``use-instead`` keys), so they cannot drift apart.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from wirelint.rule import Rule


def _origin(rule: Rule) -> str:
    origin = rule.origin
    if origin.endswith(".toml"):
        return f"pack {Path(origin).name}"
    return origin


def rules_table(rules: list[Rule]) -> str:
    rows = [("CODE", "NAME", "SEVERITY", "FIX", "SOURCE")]
    rows += [(r.code, r.name, r.severity.value, "yes" if has_fix(r) else "", _origin(r)) for r in rules]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() + "\n" for row in rows
    )


def has_fix(rule: Rule) -> bool:
    """Whether the rule can offer a fix (a pack's fix key, or a code rule's ``fixable``)."""
    return rule.fixable


def rules_json(rules: list[Rule]) -> str:
    data = [
        {
            "code": r.code,
            "name": r.name,
            "severity": r.severity.value,
            "fixable": has_fix(r),
            "origin": _origin(r),
            "what": r.docs.what,
            "why": r.docs.why,
        }
        for r in rules
    ]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def rules_markdown(rules: list[Rule]) -> str:
    """The README's rule table."""
    lines = ["| code | name | severity | fix | what it finds |", "| --- | --- | --- | --- | --- |"]
    for r in rules:
        what = " ".join(r.docs.what.split()).replace("|", "\\|")
        lines.append(f"| {r.code} | {r.name} | {r.severity.value} | {'yes' if has_fix(r) else ''} | {what} |")
    return "\n".join(lines) + "\n"


def explain_rule(rule: Rule) -> str:
    docs = rule.docs
    source = _origin(rule)
    if rule.defined_in not in source:
        source = f"{source}, {rule.defined_in}"
    parts = [f"{rule.code} ({rule.name})", f"Severity: {rule.severity.value}. Source: {source}."]
    parts.append(f"Fix: {'available' if has_fix(rule) else 'none (needs an editor)'}.")
    for title, body in (
        ("What it does", docs.what),
        ("Why it matters", docs.why),
        ("Example", docs.example),
        ("Use instead", docs.use_instead),
    ):
        if body:
            parts.append(
                f"\n## {title}\n" + textwrap.indent(body.strip(), "    " if title in ("Example", "Use instead") else "")
            )
    examples = rule.examples
    if not docs.example and examples.match:
        parts.append("\n## Examples it reports\n" + "\n".join(f"    {e}" for e in examples.match[:3]))
    if examples.no_match:
        parts.append("\n## Examples it leaves alone\n" + "\n".join(f"    {e}" for e in examples.no_match[:3]))
    return "\n".join(parts)


def config_markdown() -> str:
    """The README's config table, from the settings model: every key, its kind, default and use."""
    from wirelint.config import KEYS, Settings

    defaults = Settings()
    lines = ["| key | kind | default | what it does |", "| --- | --- | --- | --- |"]
    for key, (kind, what) in KEYS.items():
        name = "exclude" if key == "extend-exclude" else key.replace("-", "_")
        value = getattr(defaults, name) if key != "extend-exclude" else ()
        shown = _default(value)
        lines.append(f"| `{key}` | {kind} | {shown} | {what} |")
    return "\n".join(lines) + "\n"


def _default(value: object) -> str:
    if isinstance(value, tuple) and value:
        return ", ".join(f"`{item}`" for item in value)
    if isinstance(value, str):  # a Severity
        return f"`{value.value if hasattr(value, 'value') else value}`"
    return "none"


GENERATED = {"rules-table": "rules", "config-table": "config"}
"""The README's generated sections: ``<!-- NAME: ... -->`` up to ``<!-- end NAME -->``."""


def generated_section(name: str) -> str:
    if GENERATED[name] == "config":
        return config_markdown()
    from wirelint.registry import build_registry

    registry = build_registry(autoload=False)
    return rules_markdown([registry.rules[code] for code in sorted(registry.rules)])


def section_span(text: str, name: str) -> tuple[int, int]:
    """Where the generated section ``name`` starts and ends in ``text``."""
    start = text.index("\n", text.index(f"<!-- {name}:")) + 1
    return start, text.index(f"<!-- end {name} -->")


def update_readme(path: Path) -> None:
    """Rewrite the generated tables in a README (``python -m wirelint.ruledocs README.md``)."""
    text = path.read_text(encoding="utf-8")
    for name in GENERATED:
        start, end = section_span(text, name)
        text = text[:start] + generated_section(name) + text[end:]
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    import sys

    update_readme(Path(sys.argv[1]))
