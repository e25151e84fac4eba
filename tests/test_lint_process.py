"""The lint process behind the language server and audit workers keeps its start-up out of the
cyclic garbage collector's walks once it has served a call (see wirelint.commands.lintprocess)."""

from __future__ import annotations

import gc

from wirelint.commands.lintprocess import LintProcess


def test_the_lint_process_freezes_what_it_built_once_the_first_call_is_answered():
    process = LintProcess()
    try:
        before = process.call(gc.get_freeze_count)
        after = process.call(gc.get_freeze_count)
        assert process.call(gc.isenabled)  # frozen objects are skipped; new garbage is still collected
    finally:
        process.close()
    assert before == 0  # the first call's reply goes out before anything is frozen
    assert after > 1000  # modules, functions and rule tables of the process

