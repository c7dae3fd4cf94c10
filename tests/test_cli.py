"""The command line as a CI user meets it: exit codes and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loi_redline", *args], capture_output=True, text=True, cwd=cwd
    )


def test_missing_input_is_one_line_exit_2(tmp_path):
    p = run("outline", str(tmp_path / "absent.docx"))
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "absent.docx" in p.stderr and "no such file" in p.stderr
    assert "Traceback" not in p.stderr


def test_not_a_docx_is_one_line_exit_2(tmp_path):
    f = tmp_path / "offre.docx"
    f.write_text("ceci n'est pas un document Word")
    p = run("outline", str(f))
    assert p.returncode == 2 and "not a zip" in p.stderr and p.stderr.count("\n") == 1
    assert f.read_text() == "ceci n'est pas un document Word"


def test_usage_error_is_exit_2():
    p = run("outline")
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_help_and_version_exit_0():
    assert run("--help").returncode == 0
    v = run("--version")
    assert v.returncode == 0 and "redline" in v.stdout
