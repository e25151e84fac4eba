"""A second real client: headless Neovim's built-in LSP client against ``wirelint lsp``.

Skipped when ``nvim`` is not installed; CI installs it with
``apt-get install -y neovim`` (Debian's 0.7.2, which also runs the Neovim 0.7
to 0.10 set-up of docs/editors.md as printed there). Neovim turns LSP positions into byte columns
of its buffer, so the comparison below also checks the server's UTF-16 ranges
on a line with curly quotes and an emoji.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEED_WIRE
from editor_setups import editor_run

from wirelint.api import default_engine
from wirelint.config import settings_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (apt-get install -y neovim)"),
]

SCRIPT = """
local seed, out = vim.env.WIRELINT_SEED, vim.env.WIRELINT_OUT
vim.cmd("edit " .. vim.fn.fnameescape(seed))
local buf = vim.api.nvim_get_current_buf()
local config = {
  name = "wirelint",
  cmd = { vim.env.WIRELINT_PYTHON, "-m", "wirelint", "lsp" },
  root_dir = vim.fn.fnamemodify(seed, ":h"),
}
local id
if vim.lsp.start then
  id = vim.lsp.start(config)
else
  id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, id)
end
local ok = vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(found, {
    code = d.code, source = d.source, severity = d.severity,
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
  })
end
vim.fn.writefile({ vim.fn.json_encode({ ok = ok, diagnostics = found }) }, out)
vim.lsp.stop_client(id)
vim.cmd("qa!")
"""

NVIM_SEVERITY = {"error": 1, "warning": 2, "info": 3}


def byte_column(text: str, line: int, column: int) -> int:
    """Neovim's 0-based byte column for a 1-based code-point line and column."""
    return len(text.split("\n")[line - 1][: column - 1].encode("utf-8"))


def test_neovim_shows_the_servers_diagnostics(tmp_path: Path) -> None:
    seed = tmp_path / "wire.txt"
    text = SEED_WIRE.read_text(encoding="utf-8") + "\n“Fans” 🎉 cheered the jihadists.Meanwhile others wept.\n"
    seed.write_text(text, encoding="utf-8")
    script = tmp_path / "wirelint.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "WIRELINT_SEED": str(seed),
        "WIRELINT_OUT": str(out),
        "WIRELINT_PYTHON": sys.executable,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    subprocess.run(
        ["nvim", "--headless", "--clean", "-c", f"luafile {script}"],
        cwd=tmp_path, env=env, timeout=300, check=True, capture_output=True,
    )
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"], "Neovim received no diagnostics"
    findings = default_engine().lint_source(str(seed), text, settings_for(seed)).findings
    expected = sorted(
        (
            f.code, "wirelint", NVIM_SEVERITY[f.severity.value],
            f.line - 1, byte_column(text, f.line, f.column),
            f.end_line - 1, byte_column(text, f.end_line, f.end_column),
        )
        for f in findings
    )
    shown = sorted(
        (d["code"], d["source"], d["severity"], d["lnum"], d["col"], d["end_lnum"], d["end_col"])
        for d in result["diagnostics"]
    )
    assert shown == expected
    assert any(code == "WL501" and line == len(text.split("\n")) - 2 for code, _, _, line, *_ in shown)


CHECK = """
local out = vim.env.WIRELINT_OUT
local buf = vim.api.nvim_get_current_buf()
local ok = vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(found, { code = d.code, lnum = d.lnum, col = d.col, filetype = vim.bo.filetype })
end
vim.fn.writefile({ vim.fn.json_encode({ ok = ok, diagnostics = found }) }, out)
vim.cmd("qa!")
"""


def test_the_documented_setup_for_neovim_0_7_to_0_10_works_as_copied(tmp_path: Path) -> None:
    """docs/editors.md worked only with Neovim 0.11; Debian ships 0.7.2."""
    run = editor_run(tmp_path, "### Neovim 0.7 to 0.10 (Debian 12 ships 0.7.2)", "lua", "lua", CHECK)
    for name in ("STATE", "CACHE", "DATA"):
        run.env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    subprocess.run(
        ["nvim", "--headless", "-u", str(run.init), "-c", f"luafile {run.check}", str(run.story)],
        cwd=tmp_path, env=run.env, timeout=300, check=True, capture_output=True,
    )  # fmt: skip
    result = json.loads(run.out.read_text(encoding="utf-8"))
    assert result["ok"], "Neovim received no diagnostics"
    shown = sorted((d["code"], d["lnum"], d["col"]) for d in result["diagnostics"])
    assert shown == [("WL102", 2, 0), ("WL504", 4, 0)]
