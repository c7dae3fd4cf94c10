"""The JSON report validates against ../shared/report.schema.json."""

from __future__ import annotations

import hashlib
import json

import pytest
from helpers_playbook import ROOT, mini_reference, section

from loi_redline.assess import assess_sections
from loi_redline.report import SCHEMA_ID, to_json
from loi_redline.ruleset import load_ruleset

SCHEMA = ROOT.parent / "shared" / "report.schema.json"


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("../shared/report.schema.json is absent")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_report_is_valid_and_faithful(tmp_path, validator):
    rs = load_ruleset("pme-ia-fr")
    vendor = [
        section("s0", "Lettre d'intention", "Entre les soussignés.", kind="preamble"),
        section("s1", "Exclusivité", "Exclusivité de douze (12) mois.", number="1"),
        section("s2", "Frais de dossier", "Des frais de dossier sont dus.", number="2"),
    ]
    a = assess_sections(vendor, mini_reference(), rs)
    inp = tmp_path / "vendor.docx"
    inp.write_bytes(b"vendor bytes")
    ref = tmp_path / "ref.docx"
    ref.write_bytes(b"reference bytes")
    report = to_json(a, inp, ref, rs, output=None)
    validator.validate(report)
    # round-trips through JSON text, as review writes it
    validator.validate(json.loads(json.dumps(report, ensure_ascii=False)))
    assert report["schema"] == SCHEMA_ID
    assert report["input"]["sha256"] == hashlib.sha256(b"vendor bytes").hexdigest()
    assert report["reference"]["sha256"] == hashlib.sha256(b"reference bytes").hexdigest()
    assert report["ruleset"] == {"id": "pme-ia-fr", "version": rs.version, "path": str(rs.path)}
    assert report["output"] is None
    assert report["summary"]["risk_score"] == a.risk_score
    assert report["summary"]["counts"] == a.counts
    assert [s["id"] for s in report["sections"]] == ["s0", "s1", "s2"]
    s1 = report["sections"][1]
    assert s1["topic"] == "exclusivity" and s1["reference_section"] == "Exclusivité"
    assert (
        report["sections"][2]["topic"] is None
        and report["sections"][2]["reference_section"] is None
    )
    assert len(report["findings"]) == len(a.findings)
    excl = next(f for f in report["findings"] if f["rule"] == "exclusivity.duration")
    assert excl["evidence"] == "douze (12) mois" and excl["section"] == "s1"
    assert excl["replacement"] == "soixante (60) jours"
    assert len(report["checklist"]) == 19


def test_output_path_is_recorded(tmp_path, validator):
    rs = load_ruleset("pme-ia-fr")
    a = assess_sections([], [], rs)
    p = tmp_path / "x.docx"
    p.write_bytes(b"x")
    report = to_json(a, p, p, rs, output=str(tmp_path / "x.redline.docx"))
    validator.validate(report)
    assert report["output"].endswith("x.redline.docx")
    # an empty document misses everything: a high risk, every topic missing
    assert report["summary"]["risk_score"] > 70
    assert {c["status"] for c in report["checklist"]} == {"missing"}
