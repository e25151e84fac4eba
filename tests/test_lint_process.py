"""The lint process behind the language server and audit workers keeps its start-up out of the
cyclic garbage collector's walks once it has served a call, and collects between calls rather than
during them when its caller asks (see wirelint.commands.lintprocess)."""

from __future__ import annotations

import gc
import time
import weakref

from wirelint.commands.lintprocess import LintProcess, collect_between_calls


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



class _Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


_made: list[weakref.ref[_Cycle]] = []


def _opt_in_and_make_a_cycle() -> bool:
    """Run in the child: ask for collections between calls, leave a cycle as garbage; is the collector on?"""
    collect_between_calls()
    _made.append(weakref.ref(_Cycle()))
    return gc.isenabled()


def _cycle_freed() -> bool:
    return _made[-1]() is None


def test_a_lint_process_can_collect_between_calls_instead_of_during_them():
    process = LintProcess()
    try:
        process.call(gc.get_count)  # the first call's reply settles the process
        collector_on = process.call(_opt_in_and_make_a_cycle)
        freed = False
        for _ in range(50):  # the collection follows a reply when no call waits: give it a moment
            time.sleep(0.05)
            if freed := process.call(_cycle_freed):
                break
        still_off = not process.call(gc.isenabled)
    finally:
        process.close()
    assert not collector_on and still_off  # never in the middle of a call
    assert freed  # the cycle left by a call went once a reply was sent


def test_asking_for_collections_between_calls_outside_a_lint_process_changes_nothing():
    collect_between_calls()
    assert gc.isenabled()
