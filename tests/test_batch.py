"""batch.py: inputs, key terms, ranking and the summaries (pure parts), and whole runs."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest
from conftest import ROOT
from helpers_markup import chromium, chromium_dom, section

from loi_redline.batch import (
    collect,
    key_terms,
    output_names,
    rank,
    summary_csv,
    summary_html,
    summary_json,
    summary_md,
)

SAMPLES = sorted((ROOT / "samples").glob("*.docx"))


def row(name, score, counts=None, status="ok", error=None, **kw):
    base = {
        "file": f"in/{name}.docx",
        "name": name,
        "status": status,
        "error": error,
    }
    if status == "ok":
        base.update(
            risk_score=score,
            counts={"info": 0, "low": 0, "medium": 0, "high": 0, "critical": 0, **(counts or {})},
            topics={"price": "partial", "exclusivity": "missing"},
            links={"price": "f-f2"},
            terms={"deposit": "50 %", "exclusivity": "douze (12) mois"},
            outputs={
                "docx": f"{name}.redline.docx",
                "json": f"{name}.json",
                "html": f"{name}.html",
            },
        )
    base.update(kw)
    return base


def test_collect_finds_docx_once_and_skips_our_outputs(tmp_path):
    d = tmp_path / "offres"
    (d / "sub").mkdir(parents=True)
    for n in ("b.docx", "a.docx", "sub/c.DOCX", "a.redline.docx", "~$a.docx", "notes.txt"):
        (d / n).write_bytes(b"x")
    out = d / "out"
    out.mkdir()
    (out / "z.docx").write_bytes(b"x")
    got = collect([str(d), str(d / "a.docx")], out)
    assert [p.name for p in got] == ["a.docx", "b.docx", "c.DOCX"]


def test_output_names_are_unique_and_safe(tmp_path):
    names = output_names(
        [
            tmp_path / "x" / "Offre A.docx",
            tmp_path / "y" / "offre a.docx",
            tmp_path / "z" / "b:c.docx",
        ]
    )
    assert names == ["Offre A", "offre a-2", "b_c"]


def test_rank_least_risky_first_errors_last():
    rows = [
        row("c", 70),
        row("bad", 0, status="error", error="not a zip"),
        row("a", 20),
        row("b", 20, counts={"high": 1}),
    ]
    assert [r["name"] for r in rank(rows)] == ["a", "b", "c", "bad"]


def test_key_terms_side_by_side_from_sections():
    secs = [
        section(
            "s1",
            "Prix",
            [
                "Le prix comprend une part fixe de 1 500 000 DA HT et une part variable par lead qualifié.",
                "Un acompte de 50 % est payable à la commande.",
                "Les factures sont payables à quatre-vingt-dix (90) jours.",
            ],
            topics=["price"],
        ),
        section(
            "s2",
            "Exclusivité",
            ["Exclusivité de douze (12) mois, sans faculté de résiliation."],
            topics=["exclusivity"],
        ),
        section(
            "s3",
            "POC",
            ["Le POC dure six (6) semaines ; décision go/no-go le 15 mars 2026."],
            topics=["poc"],
        ),
        section(
            "s4",
            "Propriété",
            ["Les modèles entraînés sont la propriété exclusive du Prestataire."],
            topics=["ip"],
        ),
        section(
            "s5",
            "Droit",
            ["La lettre est soumise au droit français ; arbitrage CCI."],
            topics=["governing_law"],
        ),
    ]
    t = key_terms(SimpleNamespace(vendor_sections=secs))
    assert t["price_structure"] == "fixe + variable"
    assert "1 500 000 DA" in t["amounts"]
    assert t["deposit"] == "50 %"
    assert "90" in t["payment_terms"]
    assert t["exclusivity"] == "douze (12) mois" and t["exclusivity_exit"] == "oui"
    assert "six (6) semaines" in t["poc_length"]
    assert t["go_no_go"] == "2026-03-15"
    assert t["ownership"] == "Prestataire"
    assert t["governing_law"] == "droit français + arbitrage"
    assert t["billing_cap"] == "" and t["data_protection"] == ""


def test_summaries_rank_link_and_carry_errors():
    rows = rank(
        [
            row("b", 55, counts={"high": 2}),
            row("a", 10),
            row("casse", 0, status="error", error="not a zip file"),
        ]
    )
    data = summary_json(rows)
    assert [v["name"] for v in data["vendors"]] == ["a", "b", "casse"]
    assert data["vendors"][2]["error"] == "not a zip file" and data["vendors"][0]["rank"] == 1
    table = list(csv.DictReader(io.StringIO(summary_csv(rows))))
    assert [r["file"] for r in table] == ["in/a.docx", "in/b.docx", "in/casse.docx"]
    assert table[1]["high"] == "2" and table[1]["topic:price"] == "partial"
    assert table[0]["deposit"] == "50 %" and table[2]["status"] == "error"
    md = summary_md(rows)
    assert md.index("[a](a.html)") < md.index("[b](b.html)")
    assert "(a.html#f-f2)" in md  # the price cell links to its finding
    page = summary_html(rows)
    assert 'href="b.html#f-f2"' in page and "not a zip file" in page
    assert "<script" not in page and not re.search(r"(src|href)=\"https?:", page)


def _run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "loi_redline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


def _ruleset_ready():
    try:
        from loi_redline.ruleset import load_ruleset

        load_ruleset("pme-ia-fr")
        import loi_redline.report  # noqa: F401
    except Exception:
        return False
    return True


@pytest.mark.skipif(len(SAMPLES) < 2, reason="needs the samples")
def test_batch_run_one_bad_file_never_stops_the_others(tmp_path):
    if not _ruleset_ready():
        pytest.skip("the playbook (ruleset, report) is not there yet")
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES[:3]:
        shutil.copy(p, src / p.name)
    (src / "zz_casse.docx").write_bytes(b"ceci n'est pas un docx")
    out = tmp_path / "out"
    p = _run("batch", str(src), "-o", str(out), "-j", "2", "--date", "2026-01-01")
    assert p.returncode == 2, p.stderr
    assert "zz_casse.docx" in p.stderr and "Traceback" not in p.stderr
    data = json.loads((out / "summary.json").read_text())
    vendors = data["vendors"]
    assert len(vendors) == len(SAMPLES[:3]) + 1
    assert vendors[-1]["name"] == "zz_casse" and vendors[-1]["status"] == "error"
    ok = vendors[:-1]
    assert all(v["status"] == "ok" for v in ok)
    assert [v["risk_score"] for v in ok] == sorted(v["risk_score"] for v in ok)
    for v in ok:
        for f in v["outputs"].values():
            assert (out / f).is_file()
    for f in ("summary.csv", "summary.md", "summary.html"):
        assert (out / f).is_file()
    if chromium():
        dom = chromium_dom(out / "summary.html", tmp_path)
        pos = [dom.index(f">{i}. ") for i in range(1, len(vendors) + 1)]
        assert pos == sorted(pos)
        for v in ok:  # every vendor's column links to its own report
            assert f'href="{v["outputs"]["html"]}' in dom
    # deterministic with --date: a second run gives the same bytes
    out2 = tmp_path / "out2"
    _run("batch", str(src), "-o", str(out2), "-j", "1", "--date", "2026-01-01")
    for f in sorted(x.name for x in out.iterdir()):
        assert (out / f).read_bytes() == (out2 / f).read_bytes(), f
