"""The JSON report (`../shared/report.schema.json`, schema "loi-redline/report/1").

`to_json` only builds a dict; writing it is the caller's business (review.py), so the
report can also be embedded, printed or rendered to HTML without touching the disk twice.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from . import __version__
from .assess import Assessment
from .model import Finding, Pair, Section
from .ruleset import Ruleset

SCHEMA_ID = "loi-redline/report/1"


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _section_ref(sec: Section | None) -> str | None:
    if sec is None:
        return None
    num = f"{sec.number} " if sec.number else ""
    return f"{num}{sec.title}".strip() or sec.id


def section_json(sec: Section, pair: Pair | None) -> dict[str, Any]:
    return {
        "id": sec.id,
        "number": sec.number,
        "title": sec.title,
        "kind": sec.kind,
        "level": sec.level,
        "topic": sec.topics[0] if sec.topics else None,
        "topics": list(sec.topics),
        "reference_section": _section_ref(pair.reference) if pair else None,
        "similarity": round(max(0.0, min(1.0, pair.similarity if pair else 0.0)), 4),
        "words": sec.words,
    }


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "rule": f.rule,
        "topic": f.topic,
        "kind": f.kind,
        "severity": f.severity,
        "section": f.section,
        "message": f.message,
        "rationale": f.rationale or None,
        "evidence": f.evidence,
        "suggestion": f.suggestion,
        "replacement": f.replacement,
        "block": f.block.id if f.block is not None else None,
        "start": f.start,
        "end": f.end,
    }


def to_json(
    assessment: Assessment,
    input_path: str | Path,
    reference_path: str | Path,
    ruleset: Ruleset,
    output: str | None = None,
) -> dict[str, Any]:
    """The report as a dict valid against report.schema.json (extra fields allowed)."""
    a = assessment
    pair_of: dict[int, Pair] = {id(p.vendor): p for p in a.pairs if p.vendor is not None}
    return {
        "schema": SCHEMA_ID,
        "generator": {"name": "loi-redline", "version": __version__},
        "input": {"path": str(input_path), "sha256": sha256_of(input_path)},
        "reference": {"path": str(reference_path), "sha256": sha256_of(reference_path)},
        "ruleset": {"id": ruleset.id, "version": ruleset.version, "path": str(ruleset.path)},
        "output": None if output is None else str(output),
        "lang": a.lang,
        "document_lang": a.doc_lang,
        "summary": {
            "risk_score": a.risk_score,
            "counts": {k: int(v) for k, v in a.counts.items()},
            "findings": len(a.findings),
            "topics_missing": sum(1 for _t, s in a.checklist if s == "missing"),
            "topics_partial": sum(1 for _t, s in a.checklist if s == "partial"),
        },
        "sections": [section_json(s, pair_of.get(id(s))) for s in a.vendor_sections],
        "findings": [finding_json(f) for f in a.findings],
        "checklist": [{"topic": t, "status": s} for t, s in a.checklist],
        "notes": list(a.notes),
    }
