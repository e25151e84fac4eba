"""``--format sarif``: SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wirelint.finding import Finding, Severity
from wirelint.output.paths import path_uri
from wirelint.rule import Rule
from wirelint.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
REPOSITORY = "https://github.com/wirelint/wirelint"
"""Where wirelint's source and rule docs live (also ``[project.urls]`` in pyproject.toml and the
README's install line; tests/test_formats.py keeps the three the same)."""
RULE_DOCS = f"{REPOSITORY}/blob/main/README.md#rules"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def origin_label(origin: str) -> str:
    """Where a rule comes from, without local paths: a code rule's plugin name as it is, a pack
    as ``OWNER:FILE`` (``wirelint:leftovers.toml``, ``wirelint_kittens:kittens.toml``) or, for a
    project's own pack, its file name. A SARIF log is shared; the path of a site-packages or home
    folder means nothing on a dashboard and tells others how the machine is laid out."""
    if not origin.endswith(".toml"):
        return origin
    path = Path(origin)
    from wirelint.datafiles import packs_folder

    if path.parent == packs_folder():
        return f"wirelint:{path.name}"
    here = Path.cwd()
    for entry in sys.path:
        folder = Path(entry or ".").resolve()
        if folder != here and folder in path.parents and len(path.relative_to(folder).parts) > 1:
            return f"{path.relative_to(folder).parts[0]}:{path.name}"
    return path.name


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.docs.what or rule.name},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"origin": origin_label(rule.origin)},
    }
    if rule.docs.why:
        descriptor["fullDescription"] = {"text": rule.docs.why}
    return descriptor


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": path_uri(finding.path)},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                    },
                }
            }
        ],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    if finding.field:
        result["properties"] = {"field": finding.field}
    return result


def render(findings: list[Finding], rules: Mapping[str, Rule], colour: bool = False) -> str:
    used = sorted({f.code for f in findings} | set(rules))
    descriptors = [_rule_descriptor(rules[code]) for code in used if code in rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    log = {
        "version": "2.1.0",
        "$schema": SCHEMA,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "wirelint",
                        "version": __version__,
                        "informationUri": RULE_DOCS,
                        "rules": descriptors,
                    }
                },
                "results": [_result(f, index) for f in findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
