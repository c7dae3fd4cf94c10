"""`redline VENDOR.docx` on documents nobody tuned the rules for: the held-out LOIs and the
real contracts of the shared corpus. Whatever the findings, the markup must be sound:
peeling off our revisions gives the vendor's document in both views, accepting them gives
the text the report states, every finding has its comment, and the oracle passes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, pandoc_paragraphs
from helpers_markup import reject_author
from test_review import _ready, assert_oracle_passes, norm

FILES = sorted((ROOT / "tests" / "heldout").glob("*.docx")) + (
    sorted((CORPUS / "real").glob("*.docx")) if CORPUS.is_dir() else []
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _ready() or not FILES, reason="playbook or documents absent"),
]


@pytest.mark.parametrize("src", FILES, ids=[p.stem for p in FILES])
def test_markup_is_sound_on_untuned_documents(src: Path, tmp_path):
    out, js = tmp_path / "out.docx", tmp_path / "out.json"
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "loi_redline",
            str(src),
            "-o",
            str(out),
            "--json",
            str(js),
            "--date",
            "2026-01-01T00:00:00Z",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr
    rep = json.loads(js.read_text(encoding="utf-8"))
    peeled = tmp_path / "peeled.docx"
    peeled.write_bytes(reject_author(out.read_bytes(), "loi-redline"))
    for view in ("accept", "reject"):
        assert norm(pandoc_paragraphs(peeled, view)) == norm(pandoc_paragraphs(src, view))
    assert norm(pandoc_paragraphs(out, "accept")) == norm(rep["accepted_text"])
    commented = {e["finding"] for e in rep["edits"] if e.get("comment")}
    assert commented == {f["id"] for f in rep["findings"]}
    assert_oracle_passes(out, src, use_lo=False)
