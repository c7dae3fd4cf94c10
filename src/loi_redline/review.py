"""`redline VENDOR.docx`: the vendor's LOI marked up toward the PME position.

`review()` is the library call (everything in memory, nothing written); `review_cli()` is
the command: it checks every output path before any work, writes all outputs at once
(each to a temporary file beside its target, then renamed, so a failure leaves nothing
half-written), never touches the input, and prints a ten-second summary.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import click

from .errors import InputError
from .model import SEVERITIES, Edit
from .package import write_files
from .plan import Plan, Planned, accepted_text, at_least, make_plan

REPORT_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@dataclass
class Review:
    report: dict  # the JSON report (schema + our extra fields)
    docx: bytes | None  # the redlined document, None when not asked for
    plan: Plan
    applied: list[Planned] = field(default_factory=list)  # what the writer actually did
    assessment: Any = None
    writer_stats: Any = None


def normalize_date(date: str | None) -> str | None:
    """--date as Word stores it (UTC, seconds, 'Z'); a bare day means midnight UTC."""
    if date is None:
        return None
    raw = date.strip()
    try:
        d = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise click.BadParameter(
            f"{date!r} is not an ISO 8601 date (e.g. 2026-03-01 or 2026-03-01T09:00:00Z)",
            param_hint="--date",
        ) from None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_ruleset(vdoc) -> str:
    """pme-ia-en for a vendor LOI written in English, pme-ia-fr otherwise: the clauses we
    insert and the wording we propose are then in the language of the vendor's document
    (the messages follow --lang)."""
    from .assess import detect_lang
    from .ruleset import ruleset_ids

    if detect_lang(vdoc.body_text()) == "en" and "pme-ia-en" in ruleset_ids():
        return "pme-ia-en"
    return "pme-ia-fr"


def _strike_rules(ruleset) -> frozenset[str]:
    """Rules that ask for the clause to be struck, not only commented."""
    out = set()
    for r in getattr(ruleset, "rules", []):
        if getattr(r, "strike", False) or getattr(r, "action", None) == "strike":
            out.add(r.id)
    return frozenset(out)


def review(
    vendor: str | os.PathLike,
    *,
    reference: str | os.PathLike | None = None,
    ruleset: str | None = None,
    author: str = "loi-redline",
    date: str | None = None,
    threshold: str = "medium",
    comments_only: bool = False,
    lang: str = "fr",
    output: str | None = None,
    markup: bool = True,
    cache: bool = False,
) -> Review:
    """Assess VENDOR against the reference and build the redline, all in memory.

    `cache`: keep the ruleset and the reference Document between calls in this process
    (a batch worker reviews many LOIs against the same reference; neither is modified).
    """
    from .assess import assess
    from .read import read
    from .report import to_json
    from .ruleset import load_ruleset

    vdoc = read(vendor)
    # The vendor's document stays alive until the end: its objects (millions for a 60 MB
    # file) are set aside from the cyclic collector, which walked them again and again
    # (seconds) for nothing. Back to normal collection afterwards (batch workers), unless
    # the caller had frozen objects of its own.
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        if ruleset is None:
            ruleset = default_ruleset(vdoc)
        rs = (
            _cached(("ruleset", ruleset), ruleset, load_ruleset) if cache else load_ruleset(ruleset)
        )
        ref_path = Path(reference) if reference is not None else rs.reference
        if ref_path is None:
            raise InputError(
                ruleset, "this ruleset names no reference LOI; give one with --reference"
            )
        rdoc = _cached(("reference", str(ref_path)), ref_path, read) if cache else read(ref_path)
        a = assess(vdoc, rdoc, rs, lang)
        plan = make_plan(
            a.findings,
            a.pairs,
            a.vendor_sections,
            a.reference_sections,
            threshold=threshold,
            comments_only=comments_only,
            lang=lang,
            strike_rules=_strike_rules(rs),
            vendor_blocks=vdoc.blocks,
        )
        docx = None
        applied: list[Planned] = []
        stats = None
        if markup:
            docx, applied, stats = _write(vdoc, plan, author, normalize_date(date))
        else:
            applied = list(plan.edits)
        report = to_json(a, str(vendor), str(ref_path), rs, output)
        _augment(report, vdoc, plan, applied, a)
        return Review(report, docx, plan, applied, a, stats)
    finally:
        if not frozen_before:
            gc.unfreeze()


_CACHE: dict = {}


def _load_ruleset():
    from .ruleset import load_ruleset

    return load_ruleset


def _cached(key, path, load):
    """`load(path)`, reused while the file behind it is unchanged."""
    try:
        st = os.stat(path)
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:  # an id rather than a path: the ruleset resolves it
        stamp = None
    hit = _CACHE.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    value = load(path)
    _CACHE[key] = (stamp, value)
    return value


def _write(vdoc, plan: Plan, author: str, date: str | None):
    """Apply the plan edit by edit, so a refused edit (text inside a revision the vendor
    already made) falls back to its comment instead of sinking the whole redline."""
    from .write import Writer

    w = Writer(vdoc, author=author, date=date)
    applied: list[Planned] = []
    for p in plan.edits:
        try:
            w.apply([p.edit])
            applied.append(p)
        except ValueError as exc:
            plan.refused.append(
                {
                    "finding": p.finding,
                    "kind": p.edit.kind,
                    "block": p.edit.block.id if p.edit.block is not None else None,
                    "reason": str(exc),
                    "fallback": "comment" if p.fallback is not None else None,
                }
            )
            if p.fallback is None:
                continue
            try:
                w.apply([p.fallback])
            except ValueError:
                plan.refused[-1]["fallback"] = None
                continue
            applied.append(Planned(p.fallback, p.finding, "comment"))
            if p.finding:
                plan.actions[p.finding] = "comment"
    return w.to_bytes(), applied, getattr(w, "stats", None)


def _augment(report: dict, vdoc, plan: Plan, applied: list[Planned], a) -> None:
    """Our extra fields: what we did per finding, each edit, and the accepted text."""
    for f in report.get("findings", []):
        fid = f.get("id")
        f["action"] = plan.actions.get(fid, "comment")
        f["proposed"] = plan.proposed.get(fid)
        f["comment"] = plan.comments.get(fid)
    sec_of = {}
    for s in getattr(a, "vendor_sections", []):
        for b in [s.heading, *s.blocks]:
            if b is not None:
                sec_of[b.id] = s.id
    edits = []
    for p in applied:
        e: Edit = p.edit
        item = {
            "finding": p.finding,
            "action": p.action,
            "kind": e.kind,
            "block": e.block.id if e.block is not None else None,
            "section": sec_of.get(e.block.id) if e.block is not None else None,
        }
        if e.kind in ("replace", "comment"):
            item["start"], item["end"] = e.start, e.end
            item["old"] = e.block.text[e.start : e.end] if e.block is not None else None
        if e.kind == "replace":
            item["new"] = e.text
        if e.kind == "insert_paragraphs":
            item["new"] = [x if isinstance(x, str) else x.text for x in e.paragraphs]
            item["before"] = e.before
        if e.kind == "delete_paragraph":
            item["old"] = e.block.text
        if e.kind == "comment" or e.comment:
            item["comment"] = e.text if e.kind == "comment" else e.comment
        edits.append(item)
    report["edits"] = edits
    report["refused"] = plan.refused
    report["accepted_text"] = accepted_text(vdoc.blocks, [p.edit for p in applied])


def worst(report: dict) -> str | None:
    sev = [f.get("severity") for f in report.get("findings", []) if f.get("severity")]
    return max(sev, key=SEVERITIES.index) if sev else None


def reached(report: dict, fail_on: str | None) -> bool:
    w = worst(report)
    return bool(fail_on and w and at_least(w, fail_on))


def report_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def default_output(vendor: Path) -> Path:
    name = vendor.name
    stem = name[: -len(vendor.suffix)] if vendor.suffix else name
    return vendor.with_name(f"{stem}.redline.docx")


def write_all(files: list[tuple[Path, bytes]], force: bool = False, durable: bool = True) -> None:
    """Every output of a review, or none (see `package.write_files`)."""
    write_files(files, force=force, durable=durable)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def review_cli(
    vendor: str,
    output: str | None = None,
    json_path: str | None = None,
    report_path: str | None = None,
    reference: str | None = None,
    ruleset: str | None = None,
    author: str = "loi-redline",
    date: str | None = None,
    threshold: str = "medium",
    fail_on: str | None = None,
    comments_only: bool = False,
    lang: str = "fr",
    force: bool = False,
    quiet: bool = False,
) -> int:
    """The `redline VENDOR.docx` command; returns the exit status (0, or 1 for --fail-on)."""
    src = Path(vendor)
    if not src.exists():
        raise InputError(src, "no such file")
    if src.is_dir():
        raise InputError(src, "is a directory, not a .docx (use `redline batch` for folders)")
    out = Path(output) if output else default_output(src)
    targets = [out]
    if json_path and json_path != "-":
        targets.append(Path(json_path))
    fmt = None
    if report_path:
        fmt = REPORT_FORMATS.get(Path(report_path).suffix.lower())
        if fmt is None:
            raise click.UsageError(f"--report {report_path}: use a .md or .html file name")
        targets.append(Path(report_path))
    for t in targets:
        if _same_file(src, t):
            raise InputError(t, "is the input file; the input is never overwritten")
        if t.exists() and not force:
            raise InputError(t, "already exists; use --force to overwrite it")
        if t.exists() and t.is_dir():
            raise InputError(t, "is a directory")
        if not t.parent.is_dir() and str(t.parent) not in ("", "."):
            raise InputError(t, "its folder does not exist")
    if len({str(t.resolve()) for t in targets}) != len(targets):
        raise click.UsageError("two outputs name the same file")
    date = normalize_date(date)

    r = review(
        src,
        reference=reference,
        ruleset=ruleset,
        author=author,
        date=date,
        threshold=threshold,
        comments_only=comments_only,
        lang=lang,
        output=str(out),
    )
    from .render import render, summary_text

    files: list[tuple[Path, bytes]] = [(out, r.docx or b"")]
    if json_path and json_path != "-":
        files.append((Path(json_path), report_json(r.report).encode("utf-8")))
    if report_path:
        files.append((Path(report_path), render(r.report, fmt, lang).encode("utf-8")))
    write_all(files, force=force)

    if json_path == "-":
        sys.stdout.write(report_json(r.report))
        sys.stdout.flush()
    elif not quiet:
        paths = [str(p) for p, _ in files]
        if sys.stdout.isatty():
            click.echo(summary_text(r.report, paths, lang))
        else:
            for p in paths:
                click.echo(p)
    return 1 if reached(r.report, fail_on) else 0
