"""A third real client: Emacs's eglot, in batch mode, with the set-up of docs/editors.md as printed.

Skipped when ``emacs`` or eglot is not installed; CI installs Debian's
``emacs-nox`` (28) and ``elpa-eglot`` (eglot is built in from Emacs 29).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from editor_setups import editor_run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("emacs") is None, reason="Emacs is not installed (apt-get install emacs-nox)"),
]

CHECK = """
(find-file (getenv "WIRELINT_STORY"))
(run-hooks 'post-command-hook)  ; eglot-ensure connects after the first command, as in a session
(let ((deadline (+ (float-time) 120)) found)
  (while (and (not found) (< (float-time) deadline))
    (accept-process-output nil 0.1)
    (when (and (bound-and-true-p flymake-mode) (eglot-current-server))
      (flymake-start))  ; batch Emacs is never idle, so Flymake's idle timer never fires
    (setq found (flymake-diagnostics)))
  (let ((shown (mapcar (lambda (d)
                          (list (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))
                                (cons 'type (symbol-name (flymake-diagnostic-type d)))
                                (cons 'text (flymake-diagnostic-text d))))
                        found)))
    (with-temp-file (getenv "WIRELINT_OUT") (insert (json-encode shown)))))
(kill-emacs 0)
"""


def eglot_available() -> bool:
    probe = subprocess.run(
        ["emacs", "--batch", "--eval", "(kill-emacs (if (require 'eglot nil t) 0 1))"],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    return probe.returncode == 0


def test_the_documented_eglot_setup_shows_the_servers_findings(tmp_path: Path) -> None:
    if not eglot_available():
        pytest.skip("eglot is not installed (apt-get install elpa-eglot, or Emacs 29+)")
    run = editor_run(tmp_path, "## Emacs (eglot)", "elisp", "el", CHECK)
    done = subprocess.run(
        ["emacs", "--batch", "-l", str(run.init), "-l", str(run.check)],
        cwd=tmp_path, env=run.env, timeout=300, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    diagnostics = json.loads(run.out.read_text(encoding="utf-8"))
    shown = sorted((d["line"], d["type"], d["text"].split(":")[0]) for d in diagnostics)
    assert shown == [(3, "eglot-error", "wirelint [WL102]"), (5, "eglot-warning", "wirelint [WL504]")], done.stderr
