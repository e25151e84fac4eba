"""The command layer: ``check``, ``compare``, ``rules``, ``explain``, ``lsp`` and ``audit``.

Each command is a module here that imports only click (and ``common``, ``options``)
at load time; the engine, the registry and the rules load when the command runs,
so ``wirelint --help`` and ``wirelint check`` start fast. Config loading, rule-code
checks, exit statuses, output and the progress display are defined once, in
``common`` (which does not import click), the shared options in ``options``;
``wirelint.cli`` gathers the commands into one ``wirelint`` group. A plain
``wirelint check`` command line is read without click (``quick``) and runs the
check's work (``checking``) directly.
"""
