"""Output formats: SARIF validates against the published schema; GitHub escapes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, SEED_EDIT, install_plugin, run_cli, run_process

from wirelint._toml import tomllib
from wirelint.finding import Finding, Severity
from wirelint.output import github
from wirelint.output.paths import display_path, path_uri
from wirelint.output.sarif import REPOSITORY, RULE_DOCS, origin_label

SCHEMA = FIXTURES / "sarif-schema-2.1.0.json"


def test_sarif_output_validates_against_the_sarif_2_1_0_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(run_cli("check", str(SEED_EDIT), "--select", "WL101,WL102", "--format", "sarif").stdout)
    jsonschema.Draft7Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "wirelint"
    results = {r["ruleId"]: r for r in run["results"]}
    region = results["WL102"]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 7, "startColumn": 1, "endLine": 7, "endColumn": 33}
    assert results["WL102"]["level"] == "error"
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rule_ids[results["WL102"]["ruleIndex"]] == "WL102"


def test_sarif_uris_are_relative_with_forward_slashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "sub").mkdir()
    story = tmp_path / "sub" / "s.txt"
    story.write_text("T\n\nPowered by automated translation\n")
    monkeypatch.chdir(tmp_path)
    log = json.loads(run_cli("check", "sub/s.txt", "--select", "WL102", "--format", "sarif").stdout)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sub/s.txt"


def test_sarif_for_a_clean_run_is_still_a_valid_log(tmp_path: Path):
    jsonschema = pytest.importorskip("jsonschema")
    clean = tmp_path / "c.txt"
    clean.write_text("Quiet\n\nNothing to see.\n")
    log = json.loads(run_cli("check", str(clean), "--format", "sarif").stdout)
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    assert log["runs"][0]["results"] == []


def test_github_annotations_escape_messages_and_properties():
    finding = Finding(
        "WL101",
        "x-y",
        Severity.WARNING,
        "50% done\nnext",
        0,
        1,
        path="a,b:c.md",
        line=2,
        column=3,
        end_line=2,
        end_column=9,
    )
    line = github.render([finding], {}).strip()
    assert line == "::warning file=a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=9,title=WL101 x-y::50%25 done%0Anext"


def test_github_format_from_the_cli():
    result = run_cli("check", str(SEED_EDIT), "--select", "WL102", "--format", "github")
    assert result.stdout.startswith(f"::error file={SEED_EDIT},line=7,col=1,endLine=7,endColumn=33,")


@pytest.mark.parametrize(
    ("raw_name", "shown", "uri"),
    [
        (b"story.txt", "story.txt", "story.txt"),
        (b"caf\xc3\xa9 news.txt", "café news.txt", "caf%C3%A9%20news.txt"),
        (b"caf\xe9.txt", "caf\\xe9.txt", "caf%E9.txt"),  # Latin-1 name: not UTF-8
    ],
)
def test_paths_are_shown_and_encoded_whatever_bytes_the_name_has(raw_name: bytes, shown: str, uri: str):
    name = os.fsdecode(raw_name)
    assert display_path(name) == shown
    assert path_uri(name) == uri
    assert path_uri(str(Path.cwd() / name)) == uri, "paths inside the current folder are relative"
    assert path_uri("/elsewhere/" + name) == "file:///elsewhere/" + uri


def test_sarif_names_where_rules_come_from_without_local_paths(tmp_path: Path):
    """A user shared a SARIF log and it carried the absolute site-packages path of every pack."""
    site = tmp_path / "site"
    install_plugin(site, "wirelint_kittens", entry_points="kittens = wirelint_kittens", files={
        "wirelint_kittens/__init__.py": "from pathlib import Path\nfrom wirelint.hookspecs import hookimpl\n\n\n"
        "@hookimpl\ndef wirelint_rule_packs():\n    return [Path(__file__).parent / 'kittens.toml']\n",
        "wirelint_kittens/kittens.toml":
        '[[rule]]\ncode = "XK101"\nname = "kitten"\nseverity = "info"\nmessage = "a kitten"\npattern = "kitten"\n',
    })
    project = tmp_path / "project"
    project.mkdir()
    (project / "house.toml").write_text(
        '[[rule]]\ncode = "HS101"\nname = "puppy"\nseverity = "info"\nmessage = "a puppy"\npattern = "puppy"\n'
    )
    (project / ".wirelint.toml").write_text('rule-packs = ["house.toml"]\n')
    (project / "s.txt").write_text("Title\n\nA kitten and a puppy.\n\nPowered by automated translation\n\n-- MORE --\n")
    result = run_process("check", "s.txt", "--format", "sarif", cwd=project, env={"PYTHONPATH": f"{site}:{REPO}"})
    log = json.loads(result.stdout)
    driver = log["runs"][0]["tool"]["driver"]
    origins = {rule["id"]: rule["properties"]["origin"] for rule in driver["rules"]}
    assert origins["WL105"] == "wirelint:leftovers.toml"
    assert origins["WL102"] == origins["WL104"] == "wirelint"
    assert origins["XK101"] == "wirelint_kittens:kittens.toml"
    assert "HS101" in {r["ruleId"] for r in log["runs"][0]["results"]}
    assert origins["HS101"] == "house.toml", "a project pack's rules are described like any other"
    assert origin_label(str(project / "house.toml")) == "house.toml", "a project's own pack: its file name"
    assert not [o for o in origins.values() if "/" in o or "\\" in o], "no rule's origin is a path"
    assert str(tmp_path) not in result.stdout and str(REPO) not in result.stdout
    assert driver["informationUri"] == RULE_DOCS and "pypi" not in result.stdout


def test_the_repository_address_is_the_same_in_sarif_pyproject_and_the_readme():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["urls"]["Repository"] == REPOSITORY
    assert RULE_DOCS.startswith(REPOSITORY + "/") and RULE_DOCS.endswith("README.md#rules")
    assert "\n## Rules\n" in (REPO / "README.md").read_text(encoding="utf-8"), "the anchor RULE_DOCS points to"
    assert f"git+{REPOSITORY}" in (REPO / "README.md").read_text(encoding="utf-8")
