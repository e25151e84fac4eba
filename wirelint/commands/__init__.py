"""The command layer: ``check``, ``compare``, ``rules``, ``explain``, ``lsp`` and ``audit``.

Each command is a module here that imports only click (and ``common``) at load
time; the engine, the registry and the rules load when the command runs, so
``wirelint --help`` and ``wirelint check`` start fast. Options, config loading,
rule-code checks, exit statuses and the progress display are defined once, in
``common``; ``wirelint.cli`` gathers the commands into one ``wirelint`` group.
"""
