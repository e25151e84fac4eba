"""Naming consistency: entity variant sets and the mentions of them in an article.

``entities`` holds the data model and the ``[[entity]]`` schema, ``catalog``
gathers the sets in force for a configuration, ``matching`` finds mentions in
one pass per block, ``usage`` decides which name an article should keep to,
and ``rewrite`` builds grammatical replacements. The WL3xx rules in
``wirelint.checks.naming`` are built on these.
"""
