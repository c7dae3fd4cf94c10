"""Readable reports from the JSON report dict: a terminal summary, Markdown and HTML.

Everything here is a pure function of the report dict (the schema of
`../shared/report.schema.json` plus our extra fields `edits`, `findings[].action`,
`findings[].proposed`), so a report can be re-rendered from its JSON alone. The HTML page
is self-contained (inline CSS, no script, no external resource): a manager opens it from
an e-mail attachment with no network.
"""

from __future__ import annotations

import html
from typing import Any

SEVERITY_ORDER = ("critical", "high", "medium", "low", "info")

_SEVERITY = {
    "fr": {
        "critical": "CRITIQUE",
        "high": "ÉLEVÉ",
        "medium": "MOYEN",
        "low": "FAIBLE",
        "info": "INFO",
    },
    "en": {
        "critical": "CRITICAL",
        "high": "HIGH",
        "medium": "MEDIUM",
        "low": "LOW",
        "info": "INFO",
    },
}

_STATUS = {
    "fr": {"ok": "conforme", "partial": "à compléter", "missing": "absent"},
    "en": {"ok": "ok", "partial": "partial", "missing": "missing"},
}

TOPIC_LABELS = {
    "fr": {
        "objective": "Objet",
        "scope": "Périmètre",
        "deliverables": "Livrables",
        "price": "Prix et conditions financières",
        "data": "Données et hypothèses",
        "success_criteria": "Critères de succès (KPI)",
        "timeline": "Calendrier",
        "exclusivity": "Exclusivité",
        "confidentiality": "Confidentialité",
        "ip": "Propriété intellectuelle",
        "governance": "Gouvernance",
        "poc": "Preuve de concept (POC)",
        "internal_effort": "Charge interne",
        "risk_allocation": "Répartition des risques",
        "termination": "Résiliation et réversibilité",
        "data_protection": "Données personnelles",
        "binding_effect": "Portée de la lettre",
        "governing_law": "Droit applicable et litiges",
        "validity": "Durée de validité",
    },
    "en": {
        "objective": "Objective",
        "scope": "Scope",
        "deliverables": "Deliverables",
        "price": "Price and payment",
        "data": "Data and assumptions",
        "success_criteria": "Success criteria (KPI)",
        "timeline": "Timeline",
        "exclusivity": "Exclusivity",
        "confidentiality": "Confidentiality",
        "ip": "Intellectual property",
        "governance": "Governance",
        "poc": "Proof of concept (POC)",
        "internal_effort": "Internal effort",
        "risk_allocation": "Risk allocation",
        "termination": "Termination and reversibility",
        "data_protection": "Personal data",
        "binding_effect": "Binding effect",
        "governing_law": "Governing law and disputes",
        "validity": "Validity",
    },
}

_ACTION = {
    "fr": {
        "replace": "modification suivie",
        "rewrite": "clause réécrite (suivi)",
        "insert": "clause insérée (suivi)",
        "strike": "clause supprimée (suivi)",
        "comment": "commentaire",
    },
    "en": {
        "replace": "tracked change",
        "rewrite": "clause rewritten (tracked)",
        "insert": "clause inserted (tracked)",
        "strike": "clause struck (tracked)",
        "comment": "comment",
    },
}

_T = {
    "fr": {
        "title": "Analyse de la lettre d'intention",
        "score": "Score de risque",
        "score_hint": "0 = conforme à la référence, 100 = le plus défavorable",
        "counts": "Constats par gravité",
        "checklist": "Les points clés",
        "findings": "Constats",
        "none": "Aucun constat.",
        "topic": "Sujet",
        "status": "Statut",
        "severity": "Gravité",
        "section": "Article",
        "what": "Constat",
        "vendor": "Rédaction du fournisseur",
        "proposed": "Rédaction proposée",
        "action": "Dans le document",
        "why": "Pourquoi",
        "ask": "Demander",
        "input": "Document analysé",
        "reference": "Référence",
        "ruleset": "Grille",
        "output": "Document annoté",
        "top": "Principaux constats",
        "missing_topic": "(clause absente)",
        "words_none": "—",
        "outputs": "Fichiers écrits",
    },
    "en": {
        "title": "Letter of intent review",
        "score": "Risk score",
        "score_hint": "0 = matches the reference, 100 = worst",
        "counts": "Findings by severity",
        "checklist": "Key points",
        "findings": "Findings",
        "none": "No finding.",
        "topic": "Topic",
        "status": "Status",
        "severity": "Severity",
        "section": "Section",
        "what": "Finding",
        "vendor": "Vendor's wording",
        "proposed": "Proposed wording",
        "action": "In the document",
        "why": "Why",
        "ask": "Ask for",
        "input": "Document reviewed",
        "reference": "Reference",
        "ruleset": "Ruleset",
        "output": "Marked-up document",
        "top": "Top findings",
        "missing_topic": "(clause missing)",
        "words_none": "—",
        "outputs": "Files written",
    },
}


def _lang(lang: str) -> str:
    return lang if lang in _T else "fr"


def severity_label(severity: str, lang: str = "fr") -> str:
    return _SEVERITY[_lang(lang)].get(severity, severity.upper())


def topic_label(topic: str | None, lang: str = "fr") -> str:
    if not topic:
        return "—"
    return TOPIC_LABELS[_lang(lang)].get(topic, topic)


def status_label(status: str, lang: str = "fr") -> str:
    return _STATUS[_lang(lang)].get(status, status)


def finding_anchor(finding_id: str) -> str:
    """The HTML id of a finding in a vendor's report (batch summaries link to it)."""
    return "f-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in str(finding_id))


def ranked_findings(report: dict) -> list[dict]:
    """Findings most severe first; ties keep the report's (document) order."""
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    findings = list(report.get("findings") or [])
    return sorted(findings, key=lambda f: rank.get(f.get("severity"), len(rank)))


def _section_numbers(report: dict, lang: str = "fr") -> dict[str, str]:
    """Section id -> "art. 4 – Exclusivité", the way counsel cites a clause."""
    out = {}
    art = "s." if _lang(lang) == "en" else "art."
    for s in report.get("sections") or []:
        num = s.get("number")
        title = s.get("title") or ""
        out[s["id"]] = f"{art} {num} – {title}".strip(" –") if num else title
    return out


def _where(f: dict, sections: dict[str, str], lang: str) -> str:
    if f.get("section") and f["section"] in sections:
        return sections[f["section"]]
    if f.get("kind") == "missing":
        return _T[_lang(lang)]["missing_topic"]
    return "—"


def _proposed(f: dict) -> str | None:
    return f.get("proposed") or f.get("replacement") or f.get("suggestion")


def summary_text(report: dict, outputs: list[str], lang: str = "fr", top: int = 5) -> str:
    """What a person reads on the terminal in ten seconds."""
    lang = _lang(lang)
    t = _T[lang]
    s = report.get("summary") or {}
    counts = s.get("counts") or {}
    sections = _section_numbers(report, lang)
    lines = [
        f"{t['score']} : {s.get('risk_score', 0):g}/100"
        if lang == "fr"
        else f"{t['score']}: {s.get('risk_score', 0):g}/100",
        "  ".join(
            f"{severity_label(sev, lang)} {counts.get(sev, 0)}"
            for sev in SEVERITY_ORDER
            if sev != "info" or counts.get(sev)
        ),
    ]
    checklist = report.get("checklist") or []
    if checklist:
        marks = {"ok": "✓", "partial": "~", "missing": "✗"}
        lines.append(f"{t['checklist']} :" if lang == "fr" else f"{t['checklist']}:")
        cells = [
            f"{marks.get(c.get('status'), '?')} {topic_label(c.get('topic'), lang)}"
            for c in checklist
        ]
        width = max(len(c) for c in cells) + 2
        for i in range(0, len(cells), 3):
            lines.append("  " + "".join(c.ljust(width) for c in cells[i : i + 3]).rstrip())
    findings = ranked_findings(report)
    if findings:
        lines.append(f"{t['top']} :" if lang == "fr" else f"{t['top']}:")
        for f in findings[:top]:
            where = _where(f, sections, lang)
            lines.append(
                f"  [{severity_label(f.get('severity', ''), lang)}] {where} — {f.get('message', '')}"
            )
        if len(findings) > top:
            more = len(findings) - top
            lines.append(
                f"  … et {more} autre(s) constat(s)"
                if lang == "fr"
                else f"  … and {more} more finding(s)"
            )
    else:
        lines.append(t["none"])
    if outputs:
        lines.append(f"{t['outputs']} :" if lang == "fr" else f"{t['outputs']}:")
        lines.extend(f"  {p}" for p in outputs)
    return "\n".join(lines)


# --- Markdown -------------------------------------------------------------------------


def _md_cell(text: Any) -> str:
    if text is None or text == "":
        return "—"
    return " ".join(str(text).split()).replace("|", "\\|")


def to_markdown(report: dict, lang: str = "fr") -> str:
    lang = _lang(lang)
    t = _T[lang]
    s = report.get("summary") or {}
    counts = s.get("counts") or {}
    sections = _section_numbers(report, lang)
    out = [f"# {t['title']}", ""]
    out.append(f"- {t['input']} : `{(report.get('input') or {}).get('path', '')}`")
    ref = report.get("reference") or {}
    rs = report.get("ruleset") or {}
    out.append(f"- {t['reference']} : `{ref.get('path', '')}`")
    out.append(f"- {t['ruleset']} : {rs.get('id', '')} {rs.get('version', '')}".rstrip())
    if report.get("output"):
        out.append(f"- {t['output']} : `{report['output']}`")
    out += ["", f"## {t['score']} : **{s.get('risk_score', 0):g}/100**", "", f"_{t['score_hint']}_"]
    out += ["", f"## {t['counts']}", ""]
    out.append("| " + " | ".join(severity_label(x, lang) for x in SEVERITY_ORDER) + " |")
    out.append("|" + "---|" * len(SEVERITY_ORDER))
    out.append("| " + " | ".join(str(counts.get(x, 0)) for x in SEVERITY_ORDER) + " |")
    checklist = report.get("checklist") or []
    if checklist:
        out += ["", f"## {t['checklist']}", "", f"| {t['topic']} | {t['status']} |", "|---|---|"]
        for c in checklist:
            out.append(
                f"| {topic_label(c.get('topic'), lang)} | {status_label(c.get('status', ''), lang)} |"
            )
    out += ["", f"## {t['findings']}", ""]
    findings = ranked_findings(report)
    if not findings:
        out.append(t["none"])
    for f in findings:
        out.append(
            f'### <a id="{finding_anchor(f["id"])}"></a>[{severity_label(f.get("severity", ""), lang)}] '
            f"{_md_cell(f.get('message'))}"
        )
        out.append("")
        out.append(
            f"- {t['section']} : {_md_cell(_where(f, sections, lang))} · "
            f"{t['topic']} : {topic_label(f.get('topic'), lang)} · `{f['id']}` ({f.get('rule', '')})"
        )
        if f.get("rationale"):
            out.append(f"- {t['why']} : {_md_cell(f['rationale'])}")
        if f.get("action"):
            out.append(f"- {t['action']} : {_ACTION[lang].get(f['action'], f['action'])}")
        out += ["", f"| {t['vendor']} | {t['proposed']} |", "|---|---|"]
        out.append(f"| {_md_cell(f.get('evidence'))} | {_md_cell(_proposed(f))} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- HTML -----------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
background:#f5f6f8;color:#1d2330;line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:28px 0 10px}
.meta{color:#5b6475;font-size:.9em}.meta code{font-size:.95em}
.cards{display:flex;gap:16px;flex-wrap:wrap;margin-top:16px}
.card{background:#fff;border-radius:10px;padding:14px 18px;box-shadow:0 1px 3px #0002}
.score{font-size:2.6em;font-weight:700}.hint{color:#5b6475;font-size:.85em}
.s-low{color:#217a3c}.s-mid{color:#b26b00}.s-high{color:#b3261e}
table{border-collapse:collapse;width:100%;background:#fff;border-radius:8px;overflow:hidden;
box-shadow:0 1px 3px #0002}
th,td{padding:8px 10px;border-bottom:1px solid #e6e8ee;text-align:left;vertical-align:top}
th{background:#eef0f5;font-weight:600}
.sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8em;font-weight:700;
color:#fff}
.sev-critical{background:#7a0d0d}.sev-high{background:#b3261e}.sev-medium{background:#c77700}
.sev-low{background:#4f7a28}.sev-info{background:#5b6475}
.st-ok{color:#217a3c;font-weight:600}.st-partial{color:#b26b00;font-weight:600}
.st-missing{color:#b3261e;font-weight:600}
.finding{background:#fff;border-radius:10px;padding:14px 18px;margin:14px 0;
box-shadow:0 1px 3px #0002}
.finding h3{margin:0 0 6px;font-size:1.05em}
.finding .where{color:#5b6475;font-size:.88em}
.side{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:10px}
.side div{border-radius:6px;padding:8px 10px;white-space:pre-wrap}
.side .vendor{background:#fdecea}.side .proposed{background:#e7f4ea}
.side b{display:block;font-size:.8em;color:#5b6475;margin-bottom:4px}
.finding:target{outline:3px solid #3367d6}
@media print{body{background:#fff}.card,.finding,table{box-shadow:none;border:1px solid #ccc}}
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _score_class(score: float) -> str:
    return "s-low" if score < 34 else "s-mid" if score < 67 else "s-high"


def to_html(report: dict, lang: str = "fr") -> str:
    lang = _lang(lang)
    t = _T[lang]
    s = report.get("summary") or {}
    score = float(s.get("risk_score", 0) or 0)
    counts = s.get("counts") or {}
    sections = _section_numbers(report, lang)
    inp = (report.get("input") or {}).get("path", "")
    ref = (report.get("reference") or {}).get("path", "")
    rs = report.get("ruleset") or {}
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(t['title'])} — {_e(inp)}</title>",
        f"<style>{_CSS}</style></head><body><main>",
        f"<h1>{_e(t['title'])}</h1>",
        '<div class="meta">',
        f"{_e(t['input'])} : <code>{_e(inp)}</code><br>",
        f"{_e(t['reference'])} : <code>{_e(ref)}</code> · {_e(t['ruleset'])} : "
        f"{_e(rs.get('id', ''))} {_e(rs.get('version', ''))}",
    ]
    if report.get("output"):
        parts.append(f"<br>{_e(t['output'])} : <code>{_e(report['output'])}</code>")
    parts.append("</div>")
    parts.append('<div class="cards">')
    parts.append(
        f'<div class="card"><div class="hint">{_e(t["score"])}</div>'
        f'<div class="score {_score_class(score)}" id="risk-score">{score:g}/100</div>'
        f'<div class="hint">{_e(t["score_hint"])}</div></div>'
    )
    parts.append(f'<div class="card"><div class="hint">{_e(t["counts"])}</div><div>')
    for sev in SEVERITY_ORDER:
        parts.append(
            f'<span class="sev sev-{sev}">{_e(severity_label(sev, lang))}</span> '
            f'<b id="count-{sev}">{int(counts.get(sev, 0))}</b>&nbsp;&nbsp; '
        )
    parts.append("</div></div></div>")
    checklist = report.get("checklist") or []
    if checklist:
        parts.append(f"<h2>{_e(t['checklist'])}</h2><table>")
        parts.append(f"<tr><th>{_e(t['topic'])}</th><th>{_e(t['status'])}</th></tr>")
        for c in checklist:
            st = c.get("status", "")
            parts.append(
                f'<tr id="topic-{_e(c.get("topic"))}"><td>{_e(topic_label(c.get("topic"), lang))}</td>'
                f'<td class="st-{_e(st)}">{_e(status_label(st, lang))}</td></tr>'
            )
        parts.append("</table>")
    findings = ranked_findings(report)
    parts.append(f"<h2>{_e(t['findings'])} ({len(findings)})</h2>")
    if not findings:
        parts.append(f"<p>{_e(t['none'])}</p>")
    for f in findings:
        sev = f.get("severity", "")
        parts.append(f'<section class="finding" id="{_e(finding_anchor(f["id"]))}">')
        parts.append(
            f'<h3><span class="sev sev-{_e(sev)}">{_e(severity_label(sev, lang))}</span> '
            f"{_e(f.get('message'))}</h3>"
        )
        where = (
            f"{_e(t['section'])} : {_e(_where(f, sections, lang))} · {_e(t['topic'])} : "
            f"{_e(topic_label(f.get('topic'), lang))} · <code>{_e(f['id'])}</code>"
        )
        if f.get("action"):
            where += f" · {_e(t['action'])} : {_e(_ACTION[lang].get(f['action'], f['action']))}"
        parts.append(f'<div class="where">{where}</div>')
        if f.get("rationale"):
            parts.append(f"<p><b>{_e(t['why'])} :</b> {_e(f['rationale'])}</p>")
        parts.append('<div class="side">')
        parts.append(
            f'<div class="vendor"><b>{_e(t["vendor"])}</b>{_e(f.get("evidence") or t["words_none"])}</div>'
        )
        parts.append(
            f'<div class="proposed"><b>{_e(t["proposed"])}</b>{_e(_proposed(f) or t["words_none"])}</div>'
        )
        parts.append("</div></section>")
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def render(report: dict, fmt: str, lang: str = "fr") -> str:
    """`fmt` is "md" or "html" (a file suffix without the dot)."""
    fmt = fmt.lower().lstrip(".")
    if fmt in ("md", "markdown"):
        return to_markdown(report, lang)
    if fmt in ("html", "htm"):
        return to_html(report, lang)
    raise ValueError(f"unknown report format {fmt!r} (use .md or .html)")
