"""``--format sarif``: SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wirelint import __version__
from wirelint.finding import Finding, Severity
from wirelint.output.paths import path_uri
from wirelint.rule import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.docs.what or rule.name},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"origin": rule.origin},
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
                        "informationUri": "https://pypi.org/project/wirelint/",
                        "rules": descriptors,
                    }
                },
                "results": [_result(f, index) for f in findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
