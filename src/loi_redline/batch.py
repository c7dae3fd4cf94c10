"""`redline batch`: several vendors' LOIs reviewed in parallel, one table to decide.

Each LOI is reviewed in a worker process (the review is CPU-bound Python); the worker
writes that vendor's redline, JSON and HTML report into OUTDIR and hands back one summary
row. A file that fails becomes a row carrying its error; it never stops the batch. The
summary files are a pure function of the rows, written in a fixed order (vendors ranked by
risk, then by name), so the same inputs and `--date` give the same bytes.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .model import SEVERITIES
from .render import (
    SEVERITY_ORDER,
    finding_anchor,
    ranked_findings,
    severity_label,
    status_label,
    topic_label,
)
from .ruleset import fold

SUMMARY_FILES = ("summary.csv", "summary.json", "summary.md", "summary.html")

# The key terms set side by side, in the order a manager compares offers.
TERMS = (
    ("price_structure", "Structure du prix", "Price structure"),
    ("amounts", "Montants", "Amounts"),
    ("deposit", "Acompte", "Deposit"),
    ("billing_cap", "Plafond de facturation", "Billing cap"),
    ("exclusivity", "Exclusivité (durée)", "Exclusivity (length)"),
    ("exclusivity_exit", "Sortie d'exclusivité", "Exclusivity exit"),
    ("poc_length", "Durée du POC", "POC length"),
    ("go_no_go", "Décision go/no-go", "Go/no-go date"),
    ("payment_terms", "Délai de paiement", "Payment terms"),
    ("ownership", "Propriété (données, prompts, modèles, contenus)", "Ownership"),
    ("data_protection", "Protection des données", "Data protection"),
    ("governing_law", "Droit applicable", "Governing law"),
)
# The topic whose finding a key-term cell links to.
TERM_TOPIC = {
    "price_structure": "price",
    "amounts": "price",
    "deposit": "price",
    "billing_cap": "price",
    "exclusivity": "exclusivity",
    "exclusivity_exit": "exclusivity",
    "poc_length": "poc",
    "go_no_go": "timeline",
    "payment_terms": "price",
    "ownership": "ip",
    "data_protection": "data_protection",
    "governing_law": "governing_law",
}


@dataclass
class Options:
    reference: str | None = None
    ruleset: str | None = None  # None: by the language of each LOI (see review)
    author: str = "loi-redline"
    date: str | None = None
    threshold: str = "medium"
    comments_only: bool = False
    lang: str = "fr"


@dataclass
class Task:
    index: int
    path: str
    name: str  # output file stem, unique in OUTDIR
    outdir: str
    options: Options = field(default_factory=Options)


# --- collecting inputs ------------------------------------------------------------------


def collect(inputs: list[str], outdir: Path) -> list[Path]:
    """Every .docx named or found (recursively) under the folders given, sorted, once each;
    our own outputs, Word's lock files and anything under OUTDIR are left out."""
    out: list[Path] = []
    seen: set[str] = set()
    od = outdir.resolve()

    def keep(p: Path) -> bool:
        if p.name.startswith("~$") or p.name.endswith(".redline.docx"):
            return False
        try:
            rp = p.resolve()
        except OSError:
            return True
        return od != rp.parent and od not in rp.parents

    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(
                (q for q in p.rglob("*") if q.suffix.lower() == ".docx" and q.is_file()),
                key=lambda q: str(q),
            )
            cands = [q for q in found if keep(q)]
        elif p.exists():
            cands = [p]
        else:
            raise InputError(p, "no such file or folder")
        for q in cands:
            key = str(q.resolve())
            if key not in seen:
                seen.add(key)
                out.append(q)
    return out


def output_names(paths: list[Path]) -> list[str]:
    """A unique output stem per input: its own stem, suffixed -2, -3... on a clash."""
    names: list[str] = []
    used: set[str] = set()
    for p in paths:
        stem = p.name[: -len(p.suffix)] if p.suffix else p.name
        base = "".join(c if c.isalnum() or c in "-_. " else "_" for c in stem).strip() or "lettre"
        name, k = base, 1
        while name.lower() in used:
            k += 1
            name = f"{base}-{k}"
        used.add(name.lower())
        names.append(name)
    return names


def vendor_files(name: str) -> dict[str, str]:
    return {"docx": f"{name}.redline.docx", "json": f"{name}.json", "html": f"{name}.html"}


# --- key terms --------------------------------------------------------------------------


_SENT = re.compile(r"[^.;!?\n]+(?:[.;!?]+|$)")


def _sentences(text: str) -> list[str]:
    return [m.group(0).strip() for m in _SENT.finditer(text) if m.group(0).strip()]


def _topic_text(sections, topic: str) -> str:
    parts = []
    for s in sections:
        if topic in (s.topics or []):
            parts.append(s.title)
            parts.extend(b.text for b in s.blocks)
    return "\n".join(parts)


def _q(kind: str, text: str) -> list:
    from . import extract

    fn = getattr(extract, kind, None)
    return list(fn(text)) if fn is not None else []


def _near(text: str, words: re.Pattern, kind: str) -> list:
    """Quantities of `kind` in the sentences of `text` that match `words`."""
    out = []
    for sent in _sentences(text):
        m = words.search(fold(sent))
        if m:
            # the figure the keyword governs follows it ("plafonnée à 250 000 DZD")
            qs = _q(kind, sent)
            out.extend([q for q in qs if q.start >= m.start()] or qs)
    return out


def _show(qs: list, limit: int = 2) -> str:
    return " ; ".join(dict.fromkeys(" ".join(q.text.split()) for q in qs[:limit]))


_W_DEPOSIT = re.compile(
    r"acompte|avance|a la commande|a la signature|deposit|upfront|advance", re.I
)
_W_CAP = re.compile(r"plafon|ne (?:pourra|peut) (?:pas )?exceder|maximum|\bcap\b|not exceed", re.I)
_W_EXIT = re.compile(
    r"resili|sortie|mettre fin|prend fin|cesse|caduc|terminat|exit|end the|lapse", re.I
)
_W_GO = re.compile(r"go\s*/?\s*no|decision|decide", re.I)
_W_PAY = re.compile(r"paiement|payable|regle|reglement|factur|payment|invoice", re.I)
_W_OWN = re.compile(r"propriet|appartien|own|titulaire", re.I)
_PARTIES = (
    ("Client", re.compile(r"\b(client|pme|acheteur|beneficiaire|customer|buyer)\b", re.I)),
    (
        "Prestataire",
        re.compile(r"\b(prestataire|fournisseur|vendeur|editeur|vendor|supplier|provider)\b", re.I),
    ),
)
_LAW = re.compile(
    r"(?:droit|loi|legislation)\s+(alg[ée]rien\w*|fran[çc]ais\w*|tunisien\w*|marocain\w*|suisse|"
    r"anglais\w*|am[ée]ricain\w*|[ée]mirien\w*)|laws? of (?:the )?([A-Z][\w ]{2,30}?)(?=[,.;)]|$| and)",
    re.I,
)


def key_terms(assessment) -> dict[str, str]:
    """The terms compared side by side, read from the vendor's sections by topic.

    A short, plain answer per term ("" when the LOI says nothing we can read): the
    manager compares the cells, the linked report gives the vendor's exact words.
    """
    secs = assessment.vendor_sections
    price = _topic_text(secs, "price")
    fprice = fold(price).lower()
    structure = []
    if "forfait" in fprice or "lump sum" in fprice or "package" in fprice:
        structure.append("forfait")
    if re.search(r"part fixe|fixe|set-?up|mise en place|fixed", fprice):
        structure.append("fixe")
    if re.search(
        r"variable|par lead|par utilisateur|au resultat|per (?:lead|user)|success fee", fprice
    ):
        structure.append("variable")
    if re.search(r"jalon|milestone|echeancier", fprice):
        structure.append("jalons")
    excl = _topic_text(secs, "exclusivity")
    poc = _topic_text(secs, "poc")
    timeline = _topic_text(secs, "timeline") + "\n" + poc
    ip = _topic_text(secs, "ip")
    dp = _topic_text(secs, "data_protection")
    law = _topic_text(secs, "governing_law")

    owner = ""
    for sent in _sentences(ip):
        fs = fold(sent)
        if _W_OWN.search(fs):
            hits = sorted(
                (m.start(), name) for name, rx in _PARTIES if (m := rx.search(fs)) is not None
            )
            if hits:
                owner = hits[0][1]
                break
    exclusivity = _q("durations", excl)
    longest = max(exclusivity, key=lambda q: q.value, default=None)
    dp_bits = []
    fdp = fold(dp + "\n" + law).lower()
    if "18-07" in fdp or "18 07" in fdp:
        dp_bits.append("loi 18-07")
    if "rgpd" in fdp or "gdpr" in fdp:
        dp_bits.append("RGPD")
    m = re.search(r"heberg\w*[^.;]{0,40}?\b(algerie|france|europe|ue|etats-unis|usa|cloud)\b", fdp)
    if m:
        dp_bits.append(f"hébergement : {m.group(1)}")
    if not dp_bits and dp.strip():
        dp_bits.append("clause présente")
    lm = _LAW.search(law)
    gl = ""
    if lm:
        gl = (lm.group(1) or lm.group(2) or "").strip()
        gl = f"droit {gl}" if lm.group(1) else gl
    if re.search(r"arbitra", fold(law).lower()):
        gl = (gl + " + arbitrage").strip(" +")
    dates = [
        d for sent in _sentences(timeline) if _W_GO.search(fold(sent)) for d in _q("dates", sent)
    ]
    return {
        "price_structure": " + ".join(structure),
        "amounts": _show(_q("amounts", price), 3),
        "deposit": _show(_near(price, _W_DEPOSIT, "percentages"), 1),
        "billing_cap": _show(
            _near(price, _W_CAP, "amounts") or _near(price, _W_CAP, "percentages"), 1
        )
        or ("oui" if _W_CAP.search(fold(price)) else ""),
        "exclusivity": " ".join(longest.text.split())
        if longest
        else ("oui" if excl.strip() else ""),
        "exclusivity_exit": ("oui" if _W_EXIT.search(fold(excl)) else "non")
        if excl.strip()
        else "",
        "poc_length": _show(_q("durations", poc), 1),
        "go_no_go": (dates[0].iso or dates[0].text)
        if dates
        else _show(_near(timeline, _W_GO, "durations"), 1),
        "payment_terms": _show(_near(price, _W_PAY, "durations"), 1),
        "ownership": owner,
        "data_protection": ", ".join(dp_bits),
        "governing_law": gl,
    }


# --- the worker -------------------------------------------------------------------------


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if not isinstance(exc, (InputError, OSError)) and type(exc).__name__ != "RulesetError":
        text = f"{type(exc).__name__}: {text}"
    return " ".join(text.split())[:300]


def _warm(options: Options) -> None:
    """Import the pipeline and load the ruleset and reference once, before the workers
    fork: each of them then starts with all of it in memory instead of redoing it."""
    from . import assess, read, render, report, review, write  # noqa: F401

    try:
        ids = [options.ruleset] if options.ruleset else ["pme-ia-fr", "pme-ia-en"]
        for rid in ids:
            rs = review._cached(("ruleset", rid), rid, review._load_ruleset())
            ref = options.reference or rs.reference
            if ref is not None:
                review._cached(("reference", str(ref)), ref, read.read)
    except Exception:  # the workers will meet the same error and report it per file
        pass


def run_task(task: Task) -> dict:
    """Review one LOI and write its files into OUTDIR; always returns a row."""
    from .render import to_html
    from .review import report_json, review, write_all

    files = vendor_files(task.name)
    out = Path(task.outdir)
    row: dict = {"file": task.path, "name": task.name, "status": "error", "error": None}
    try:
        o = task.options
        r = review(
            task.path,
            reference=o.reference,
            ruleset=o.ruleset,
            author=o.author,
            date=o.date,
            threshold=o.threshold,
            comments_only=o.comments_only,
            lang=o.lang,
            # relative to the report beside it: the same inputs give the same bytes
            # whatever OUTDIR is called
            output=files["docx"],
            cache=True,
        )
        rep = r.report
        try:
            terms = key_terms(r.assessment)
        except Exception as exc:  # a term we cannot read must not cost the vendor its row
            terms = {"error": _one_line(exc)}
        write_all(
            [
                (out / files["docx"], r.docx or b""),
                (out / files["json"], report_json(rep).encode("utf-8")),
                (out / files["html"], to_html(rep, o.lang).encode("utf-8")),
            ],
            force=True,
            durable=False,
        )
        row.update(
            status="ok",
            risk_score=rep["summary"]["risk_score"],
            counts={s: rep["summary"]["counts"].get(s, 0) for s in SEVERITIES},
            topics={c["topic"]: c["status"] for c in rep.get("checklist", [])},
            links=_topic_links(rep),
            findings=[
                {k: f.get(k) for k in ("id", "topic", "severity", "message")}
                for f in ranked_findings(rep)
            ],
            terms=terms,
            outputs=files,
        )
    except MemoryError:
        row["error"] = "out of memory while reviewing this file"
    except Exception as exc:
        row["error"] = _one_line(exc)
    return row


def _topic_links(report: dict) -> dict[str, str]:
    """Per topic, the anchor of its most severe finding in the vendor's HTML report."""
    out: dict[str, str] = {}
    for f in ranked_findings(report):
        t = f.get("topic")
        if t and t not in out:
            out[t] = finding_anchor(f["id"])
    return out


# --- running ----------------------------------------------------------------------------


@dataclass
class BatchResult:
    rows: list[dict]
    exit_code: int
    written: list[Path]


def rank(rows: list[dict]) -> list[dict]:
    """Least risky first; failed files last; ties by name (deterministic)."""
    ok = sorted(
        (r for r in rows if r["status"] == "ok"),
        key=lambda r: (r["risk_score"], [r["counts"][s] for s in SEVERITY_ORDER], r["name"]),
    )
    bad = sorted((r for r in rows if r["status"] != "ok"), key=lambda r: r["name"])
    return ok + bad


class _Progress:
    def __init__(self, total: int, tty: bool, quiet: bool):
        self.total, self.tty, self.quiet, self.done = total, tty, quiet, 0

    def update(self, row: dict) -> None:
        self.done += 1
        if self.quiet:
            return
        if self.tty:
            width = 30
            full = width * self.done // max(self.total, 1)
            bar = "#" * full + "-" * (width - full)
            name = row["name"][:30]
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} {name:<30}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        else:
            if row["status"] == "ok":
                print(f"ok\t{row['file']}\t{row['risk_score']:g}", flush=True)
            else:
                print(f"error\t{row['file']}\t{row['error']}", flush=True)


def run_batch(
    inputs: list[str],
    outdir: str | os.PathLike,
    *,
    jobs: int | None = None,
    options: Options | None = None,
    fail_on: str | None = None,
    force: bool = False,
    quiet: bool = False,
    progress: bool | None = None,
) -> BatchResult:
    options = options or Options()
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise InputError(out, "is not a folder")
    paths = collect(inputs, out)
    if not paths:
        raise InputError(", ".join(inputs) or ".", "no .docx file to review")
    names = output_names(paths)
    if not force and out.is_dir():
        for n in names:
            for f in vendor_files(n).values():
                if (out / f).exists():
                    raise InputError(out / f, "already exists; use --force to overwrite it")
        for f in SUMMARY_FILES:
            if (out / f).exists():
                raise InputError(out / f, "already exists; use --force to overwrite it")
    out.mkdir(parents=True, exist_ok=True)
    if options.date:
        from .review import normalize_date

        options.date = normalize_date(options.date)
    tasks = [
        Task(i, str(p), n, str(out), options)
        for i, (p, n) in enumerate(zip(paths, names, strict=True))
    ]
    tty = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(len(tasks), tty, quiet)
    rows: list[dict | None] = [None] * len(tasks)
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1 or len(tasks) == 1:
        for t in tasks:
            rows[t.index] = run_task(t)
            bar.update(rows[t.index])
    else:
        _warm(options)
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            futures = {pool.submit(run_task, t): t for t in tasks}
            for fut in as_completed(futures):
                t = futures[fut]
                try:
                    row = fut.result()
                except Exception as exc:  # the worker process itself died
                    row = {
                        "file": t.path,
                        "name": t.name,
                        "status": "error",
                        "error": _one_line(exc),
                    }
                rows[t.index] = row
                bar.update(row)
    ranked = rank([r for r in rows if r is not None])
    written = write_summaries(ranked, out, options.lang)
    failed = any(r["status"] != "ok" for r in ranked)
    if failed:
        code = 2
    elif fail_on and any(
        r["counts"].get(s, 0) for r in ranked for s in SEVERITIES[SEVERITIES.index(fail_on) :]
    ):
        code = 1
    else:
        code = 0
    return BatchResult(ranked, code, written)


# --- the summaries ----------------------------------------------------------------------


def _topics(rows: list[dict]) -> list[str]:
    from .ruleset import TOPIC_IDS

    seen = {t for r in rows for t in (r.get("topics") or {})}
    return [t for t in TOPIC_IDS if t in seen] + sorted(seen - set(TOPIC_IDS))


def summary_json(rows: list[dict], lang: str = "fr") -> dict:
    return {
        "schema": "loi-redline/batch/1",
        "lang": lang,
        "topics": _topics(rows),
        "terms": [t[0] for t in TERMS],
        "vendors": [dict(rank=i + 1, **r) for i, r in enumerate(rows)],
    }


def summary_csv(rows: list[dict], lang: str = "fr") -> str:
    topics = _topics(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        ["rank", "file", "status", "error", "risk_score", *SEVERITY_ORDER]
        + [f"topic:{t}" for t in topics]
        + [t[0] for t in TERMS]
        + ["redline", "report"]
    )
    for i, r in enumerate(rows, 1):
        ok = r["status"] == "ok"
        counts = r.get("counts") or {}
        terms = r.get("terms") or {}
        outs = r.get("outputs") or {}
        w.writerow(
            [i, r["file"], r["status"], r.get("error") or "", r.get("risk_score", "") if ok else ""]
            + [counts.get(s, "") for s in SEVERITY_ORDER]
            + [(r.get("topics") or {}).get(t, "") for t in topics]
            + [terms.get(t[0], "") for t in TERMS]
            + [outs.get("docx", ""), outs.get("html", "")]
        )
    return buf.getvalue()


def _cells(rows: list[dict], lang: str):
    """The matrix, row by row: (label, [(text, link or None) per vendor])."""
    en = lang == "en"
    topics = _topics(rows)
    lines: list[tuple[str, list[tuple[str, str | None]]]] = []

    def link(r: dict, topic: str | None) -> str | None:
        anchor = (r.get("links") or {}).get(topic) if topic else None
        html_name = (r.get("outputs") or {}).get("html")
        if not html_name:
            return None
        return f"{html_name}#{anchor}" if anchor else html_name

    lines.append(
        (
            "Risk score" if en else "Score de risque",
            [
                (f"{r['risk_score']:g}/100", link(r, None))
                if r["status"] == "ok"
                else (("error: " if en else "erreur : ") + (r.get("error") or ""), None)
                for r in rows
            ],
        )
    )
    for s in SEVERITY_ORDER:
        lines.append(
            (
                severity_label(s, lang),
                [(str((r.get("counts") or {}).get(s, "")), None) for r in rows],
            )
        )
    for t in topics:
        lines.append(
            (
                topic_label(t, lang),
                [
                    (status_label(st, lang), link(r, t), f"st-{st}")
                    if (st := (r.get("topics") or {}).get(t))
                    else ("", None)
                    for r in rows
                ],
            )
        )
    for key, fr, en_label in TERMS:
        lines.append(
            (
                en_label if en else fr,
                [((r.get("terms") or {}).get(key, ""), link(r, TERM_TOPIC.get(key))) for r in rows],
            )
        )
    return lines


def summary_md(rows: list[dict], lang: str = "fr") -> str:
    en = lang == "en"

    def esc(s: str) -> str:
        return " ".join(str(s).split()).replace("|", "\\|") or "—"

    out = [
        "# " + ("Vendors side by side" if en else "Comparaison des offres"),
        "",
        "_"
        + (
            "Ranked from least to most risky. Each cell links to the finding in the vendor's report."
            if en
            else "Classées de la moins à la plus risquée. Chaque cellule renvoie au constat dans le rapport du fournisseur."
        )
        + "_",
        "",
    ]
    head = ["", *[f"{i}. [{esc(r['name'])}]({_md_url(r)})" for i, r in enumerate(rows, 1)]]
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    for label, cells in _cells(rows, lang):
        items = [f"[{esc(t)}]({_md_url_s(u)})" if u and t else esc(t) for t, u, *_ in cells]
        out.append("| " + " | ".join([f"**{esc(label)}**", *items]) + " |")
    return "\n".join(out) + "\n"


def _md_url(r: dict) -> str:
    return _md_url_s((r.get("outputs") or {}).get("html") or r["file"])


def _md_url_s(u: str) -> str:
    return u.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
background:#f5f6f8;color:#1d2330}main{padding:24px}h1{font-size:1.5em;margin:0 0 6px}
.hint{color:#5b6475;font-size:.9em;margin-bottom:14px}
.wrap{overflow-x:auto}table{border-collapse:collapse;background:#fff;box-shadow:0 1px 3px #0002}
th,td{padding:7px 10px;border:1px solid #e6e8ee;text-align:left;vertical-align:top;
max-width:260px}
thead th{background:#eef0f5;position:sticky;top:0}tbody th{background:#f8f9fb;font-weight:600}
a{color:#1f4fb5;text-decoration:none}a:hover{text-decoration:underline}
.err{color:#b3261e}.score{font-weight:700;font-size:1.1em}
.st-ok a{color:#217a3c}.st-partial a{color:#b26b00}.st-missing a{color:#b3261e;font-weight:600}
"""


def summary_html(rows: list[dict], lang: str = "fr") -> str:
    en = lang == "en"
    e = html.escape
    title = "Vendors side by side" if en else "Comparaison des offres"
    hint = (
        "Ranked from least to most risky. Each cell links to the finding in the vendor's report."
        if en
        else "Classées de la moins à la plus risquée. Chaque cellule renvoie au constat dans le rapport du fournisseur."
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>',
        f"<style>{_CSS}</style></head><body><main>",
        f'<h1>{e(title)}</h1><div class="hint">{e(hint)}</div>',
        '<div class="wrap"><table><thead><tr><th></th>',
    ]
    for i, r in enumerate(rows, 1):
        href = (r.get("outputs") or {}).get("html")
        name = e(r["name"])
        cell = f'<a href="{e(href)}">{name}</a>' if href else name
        parts.append(f'<th id="vendor-{i}">{i}. {cell}</th>')
    parts.append("</tr></thead><tbody>")
    for k, (label, cells) in enumerate(_cells(rows, lang)):
        parts.append(f"<tr><th>{e(label)}</th>")
        for text, url, *extra in cells:
            cls = ' class="score"' if k == 0 else ""
            if extra:
                cls = f' class="{extra[0]}"'
            if text.startswith(("erreur", "error")):
                cls = ' class="err"'
            body = f'<a href="{e(url)}">{e(text)}</a>' if url and text else e(text)
            parts.append(f"<td{cls}>{body}</td>")
        parts.append("</tr>")
    parts.append("</tbody></table></div></main></body></html>")
    return "\n".join(parts) + "\n"


def write_summaries(rows: list[dict], out: Path, lang: str = "fr") -> list[Path]:
    from .review import write_all

    files = [
        (out / "summary.csv", summary_csv(rows, lang).encode("utf-8")),
        (
            out / "summary.json",
            (json.dumps(summary_json(rows, lang), ensure_ascii=False, indent=2) + "\n").encode(
                "utf-8"
            ),
        ),
        (out / "summary.md", summary_md(rows, lang).encode("utf-8")),
        (out / "summary.html", summary_html(rows, lang).encode("utf-8")),
    ]
    write_all(files, force=True, durable=False)
    return [p for p, _ in files]
