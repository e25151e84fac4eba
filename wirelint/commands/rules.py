"""``wirelint rules`` and ``wirelint explain CODE``: the rules, from the rules themselves."""

from __future__ import annotations

import sys

import click

from wirelint.commands.common import EXIT_ERROR, fail


@click.command("rules")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@click.option("--no-plugins", is_flag=True, help="List built-in rules only.")
def list_rules(output_format: str, no_plugins: bool) -> None:
    """List every rule: code, name, severity and where it comes from."""
    from wirelint.registry import get_registry
    from wirelint.ruledocs import rules_json, rules_markdown, rules_table

    registry = get_registry(not no_plugins)
    rules = [registry.rules[code] for code in sorted(registry.rules)]
    render = {"text": rules_table, "json": rules_json, "markdown": rules_markdown}[output_format]
    click.echo(render(rules), nl=False)


@click.command()
@click.argument("code")
@click.option("--no-plugins", is_flag=True, help="Built-in rules only.")
def explain(code: str, no_plugins: bool) -> None:
    """Explain a rule: what it finds, why it matters, an example and what to write instead."""
    from wirelint.registry import get_registry
    from wirelint.ruledocs import explain_rule

    registry = get_registry(not no_plugins)
    rule = registry.rules.get(code.upper()) or next((r for r in registry.rules.values() if r.name == code), None)
    if rule is None:
        fail(f"no rule {code!r}; 'wirelint rules' lists them")
        sys.exit(EXIT_ERROR)
    click.echo(explain_rule(rule))
