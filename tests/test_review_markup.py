"""The markup on real documents, independent of the playbook: plan + writer, read back by
pandoc. Rejecting our revisions gives the vendor's text; accepting gives the text the plan
predicts (the text the JSON report states)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, pandoc_paragraphs
from helpers_markup import hand_findings, reject_author

from loi_redline.plan import accepted_text, make_plan
from loi_redline.read import read
from loi_redline.structure import sections
from loi_redline.write import Writer

REFERENCE = ROOT / "rulesets" / "pme-ia-fr" / "reference.docx"
SAMPLES = sorted((ROOT / "samples").glob("*.docx"))


def norm(paras):
    return [" ".join(p.split()) for p in paras if p.strip()]


def redline(vendor: Path, out: Path, **kw):
    v, r = read(vendor), read(REFERENCE)
    vs, rs = sections(v), sections(r)
    findings, pairs = hand_findings(vs, rs)
    plan = make_plan(findings, pairs, vs, rs, vendor_blocks=v.blocks, **kw)
    w = Writer(v, author="loi-redline", date="2026-01-01T00:00:00Z")
    for p in plan.edits:
        w.apply([p.edit])
    out.write_bytes(w.to_bytes())
    return v, plan, findings


@pytest.mark.skipif(not SAMPLES or not REFERENCE.exists(), reason="no samples or reference yet")
@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_reject_restores_vendor_and_accept_matches_the_plan(sample, tmp_path):
    out = tmp_path / "out.docx"
    v, plan, findings = redline(sample, out)
    # pandoc rejects every revision, the vendor's own too: compare like with like
    assert norm(pandoc_paragraphs(out, "reject")) == norm(pandoc_paragraphs(sample, "reject"))
    predicted = norm(accepted_text(v.blocks, [p.edit for p in plan.edits]))
    assert norm(pandoc_paragraphs(out, "accept")) == predicted
    # rejecting only OUR revisions gives the vendor's document, its own revisions included
    peeled = tmp_path / "peeled.docx"
    peeled.write_bytes(reject_author(out.read_bytes(), "loi-redline"))
    for view in ("accept", "reject"):
        assert norm(pandoc_paragraphs(peeled, view)) == norm(pandoc_paragraphs(sample, view))
    # every finding has its comment (on the replaced words, the inserted clause, or a span)
    commented = {p.finding for p in plan.edits if p.edit.kind == "comment" or p.edit.comment}
    assert commented == {f.id for f in findings}


@pytest.mark.skipif(not SAMPLES or not REFERENCE.exists(), reason="no samples or reference yet")
def test_comments_only_changes_no_text(tmp_path):
    out = tmp_path / "out.docx"
    sample = SAMPLES[0]
    redline(sample, out, comments_only=True)
    assert norm(pandoc_paragraphs(out, "accept")) == norm(pandoc_paragraphs(sample, "accept"))


def test_fix_inside_a_vendor_revision_falls_back_to_a_comment(tmp_path):
    from loi_redline.model import Finding
    from loi_redline.review import _write

    sample = ROOT / "samples" / "06_conseil_data_bi_revisions.docx"
    if not sample.exists():
        pytest.skip("sample 06 (vendor revisions) absent")
    v, r = read(sample), read(REFERENCE)
    vs, rs = sections(v), sections(r)
    block, span = next((b, s) for b in v.blocks for s in b.spans if s.revision is not None)
    sec = next(s for s in vs if block in s.blocks)
    f = Finding(
        "x1",
        "limit",
        None,
        "deviation",
        "high",
        sec.id,
        "Dans la révision du vendeur",
        evidence=block.text[span.start + 2 : span.end - 2],
        block=block,
        start=span.start + 2,  # strictly inside the vendor's insertion: Word's own
        end=span.end - 2,  # markup cannot express our insertion there
        replacement="trente (30) jours",
    )
    plan = make_plan([f], [], vs, rs, vendor_blocks=v.blocks)
    assert plan.actions["x1"] == "replace"
    data, applied, _stats = _write(v, plan, "loi-redline", "2026-01-01T00:00:00Z")
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    # the writer refused to cut into the vendor's own insertion: a comment took its place
    assert [p.edit.kind for p in applied] == ["comment"] and plan.actions["x1"] == "comment"
    assert plan.refused == [
        {
            "finding": "x1",
            "kind": "replace",
            "block": block.id,
            "fallback": "comment",
            "reason": plan.refused[0]["reason"],
        }
    ]
    peeled = tmp_path / "peeled.docx"
    peeled.write_bytes(reject_author(data, "loi-redline"))
    for view in ("accept", "reject"):
        assert norm(pandoc_paragraphs(peeled, view)) == norm(pandoc_paragraphs(sample, view))
    assert norm(pandoc_paragraphs(out, "accept")) == norm(pandoc_paragraphs(sample, "accept"))
