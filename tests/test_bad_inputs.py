"""The shared hostile-input checker, run on the installed `redline` command.

Every broken or hostile file must be refused with exit 2 and one line, within bounded time
and memory, leaving nothing behind; odd but valid files must be processed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED

CHECK = SHARED / "tools" / "bad_inputs_check.py"


def _redline() -> str:
    exe = Path(sys.executable).with_name("redline")
    return str(exe) if exe.exists() else (shutil.which("redline") or "")


@pytest.mark.slow
@pytest.mark.parametrize(
    "template",
    [
        "{redline} {{in}} -o {{out}} --json {{json}} --date 2026-01-01T00:00:00Z",
        "{redline} compare {{in}} {{in}} -o {{out}}",
    ],
    ids=["review", "compare"],
)
def test_every_hostile_case_is_handled(tmp_path, template):
    if not CHECK.exists():
        pytest.skip("../shared/tools is absent")
    redline = _redline()
    if not redline:
        pytest.skip("the redline command is not installed")
    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, str(SHARED / "tools" / "bad_inputs.py"), str(corpus)],
        check=True,
        capture_output=True,
    )
    proc = subprocess.run(
        [
            sys.executable,
            str(CHECK),
            "--corpus",
            str(corpus),
            "--cmd",
            template.format(redline=redline),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert (
        last.startswith("bad_inputs:")
        and last.split()[1].split("/")[0] == last.split()[1].split("/")[1]
    )
