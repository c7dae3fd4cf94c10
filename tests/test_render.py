"""render.py: the terminal summary, Markdown and the self-contained HTML page."""

from __future__ import annotations

import re

import pytest
from helpers_markup import chromium, chromium_dom

from loi_redline.render import finding_anchor, summary_text, to_html, to_markdown

CHROMIUM = chromium()


def sample_report() -> dict:
    return {
        "schema": "loi-redline/report/1",
        "input": {"path": "offre <A&B>.docx", "sha256": "0" * 64},
        "reference": {"path": "reference.docx", "sha256": "1" * 64},
        "ruleset": {"id": "pme-ia-fr", "version": "1.0"},
        "output": "offre.redline.docx",
        "summary": {
            "risk_score": 62.5,
            "counts": {"info": 0, "low": 1, "medium": 1, "high": 1, "critical": 0},
        },
        "sections": [
            {
                "id": "s1",
                "number": "4",
                "title": "Exclusivité",
                "topic": "exclusivity",
                "reference_section": "r8",
                "similarity": 0.8,
            },
        ],
        "findings": [
            {
                "id": "F-low",
                "rule": "vague",
                "topic": "timeline",
                "kind": "ambiguity",
                "severity": "low",
                "section": None,
                "message": "« dans les meilleurs délais »",
                "evidence": None,
                "suggestion": None,
            },
            {
                "id": "F-excl",
                "rule": "excl-limit",
                "topic": "exclusivity",
                "kind": "deviation",
                "severity": "high",
                "section": "s1",
                "message": "Exclusivité de douze mois <sans> condition de sortie",
                "evidence": "douze (12) mois",
                "suggestion": "60 jours",
                "proposed": "soixante (60) jours",
                "rationale": "Bloque la PME",
                "action": "replace",
            },
            {
                "id": "F-conf",
                "rule": "missing",
                "topic": "confidentiality",
                "kind": "missing",
                "severity": "medium",
                "section": None,
                "message": "Pas de confidentialité",
                "evidence": None,
                "suggestion": "Ajouter la clause",
            },
        ],
        "checklist": [
            {"topic": "exclusivity", "status": "partial"},
            {"topic": "confidentiality", "status": "missing"},
            {"topic": "price", "status": "ok"},
        ],
    }


def test_summary_is_short_ranked_and_names_sections():
    text = summary_text(sample_report(), ["a.redline.docx"], "fr")
    lines = text.splitlines()
    assert lines[0] == "Score de risque : 62.5/100"
    assert "ÉLEVÉ 1" in lines[1] and "MOYEN 1" in lines[1]
    top = [ln for ln in lines if ln.strip().startswith("[")]
    assert (
        top[0].strip().startswith("[ÉLEVÉ] art. 4 – Exclusivité")
    )  # most severe first, with its article
    assert top[-1].strip().startswith("[FAIBLE]")
    assert "✗ Confidentialité" in text and lines[-1].strip() == "a.redline.docx"
    assert len(lines) < 20
    assert summary_text(sample_report(), [], "en").startswith("Risk score: 62.5/100")


def test_markdown_has_score_checklist_and_side_by_side_wording():
    md = to_markdown(sample_report())
    assert "**62.5/100**" in md
    assert "| Exclusivité | à compléter |" in md
    assert "| douze (12) mois | soixante (60) jours |" in md
    for f in sample_report()["findings"]:
        assert f'<a id="{finding_anchor(f["id"])}"></a>' in md
    # most severe first
    assert md.index("F-excl") < md.index("F-conf") < md.index("F-low")


def test_html_is_self_contained_and_escaped():
    page = to_html(sample_report())
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "url(" not in page
    assert "&lt;sans&gt;" in page and "<sans>" not in page
    assert "offre &lt;A&amp;B&gt;.docx" in page
    for f in sample_report()["findings"]:
        assert f'id="{finding_anchor(f["id"])}"' in page
    assert 'lang="fr"' in page and "Rédaction proposée" in page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_chromium_renders_score_and_every_finding(tmp_path):
    page = tmp_path / "rapport.html"
    page.write_text(to_html(sample_report()), encoding="utf-8")
    dom = chromium_dom(page, tmp_path)
    assert re.search(r'id="risk-score"[^>]*>62\.5/100<', dom)
    for f in sample_report()["findings"]:
        m = re.search(
            rf'<section class="finding" id="{finding_anchor(f["id"])}">(.*?)</section>', dom, re.S
        )
        assert m, f["id"]
    assert "soixante (60) jours" in dom and "douze (12) mois" in dom
