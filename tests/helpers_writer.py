"""Helpers for the writer's tests: tiny DOCX built from raw body XML, and the checks every
redline must pass (pandoc's reject/accept views, then the shared oracle)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from conftest import load_oracle, pandoc_paragraphs
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
DATE = "2026-11-26T00:00:00Z"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def p(*runs: str, ppr: str = "") -> str:
    """A paragraph of plain runs (strings) or raw XML runs (starting with '<')."""
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def run(text: str, rpr: str = "") -> str:
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}<w:t{sp}>{text}</w:t></w:r>"


def table(rows: list[list[str]]) -> str:
    """A table whose cells hold one paragraph each (a cell item may be raw w:p XML)."""
    trs = []
    for row in rows:
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>'
            f"{c if c.startswith('<') else p(c)}</w:tc>"
            for c in row
        )
        trs.append(f"<w:tr>{tcs}</w:tr>")
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in rows[0])
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(trs)}</w:tbl>"
    )


def make_docx(path: Path, body_xml: str, hyperlinks: dict[str, str] | None = None) -> Path:
    """A python-docx document whose body is `body_xml` (its sectPr kept).

    `hyperlinks` maps relationship ids used in the XML to external URLs."""
    d = docx.Document()
    part = d.part
    for rid, url in (hyperlinks or {}).items():
        part.rels.add_relationship(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
            url,
            rid,
            is_external=True,
        )
    body = d.element.body
    sect = body.find(q("sectPr"))
    for c in list(body):
        if c is not sect:
            body.remove(c)
    frag = etree.fromstring(f"<w:body {NSDECL}>{body_xml}</w:body>")
    for c in frag:
        sect.addprevious(c)
    d.save(str(path))
    return path


def make_plain(path: Path, lines: list[str]) -> Path:
    """A DOCX of plain paragraphs: the expected text of an accepted redline."""
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    return path


# redlines whose LibreOffice reading is checked in one soffice session at the end of a
# module (one start per file instead of one per test): (redline, original, expected, joins)
LO_QUEUE: list[tuple[Path, Path, list[str], bool]] = []


def check_redline(
    out: Path, orig: Path, expected: list[str], tmp: Path, lo_joins: bool = False
) -> None:
    """Reject-all gives the original, accept-all the expected text, and the oracle agrees
    (package, structure, schema now; LibreOffice's views and counts in `check_lo_queue`).

    `lo_joins`: LibreOffice may count fewer redlines than the oracle's lower bound because
    it joins a paragraph-mark insertion with the table inserted right after it (its own
    accept and reject views are still required to be exact)."""
    assert pandoc_paragraphs(out, "reject") == pandoc_paragraphs(orig, "accept")
    assert pandoc_paragraphs(out, "accept") == expected
    oracle = load_oracle()
    revised = make_plain(tmp / f"{out.stem}-expected.docx", expected)
    rep = oracle.run_check(str(out), str(orig), str(revised), use_lo=False)
    assert rep.exit_code == 0, rep.render()
    LO_QUEUE.append((out, orig, expected, lo_joins))


def check_lo_queue() -> int:
    """LibreOffice reads every queued redline: reject-all = the original, accept-all = the
    expected text, and at least as many redlines and exactly the comments the XML holds."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    if not LO_QUEUE:
        pytest.skip("no redline queued (run the whole module)")
    oracle = load_oracle()
    jobs = []
    for i, (out, orig, _, _) in enumerate(LO_QUEUE):
        jobs.append(
            {"id": f"R{i}", "path": str(out), "ops": ["stats", "text:reject", "text:accept"]}
        )
        jobs.append({"id": f"O{i}", "path": str(orig), "ops": ["text:accept"]})
    res = oracle.lo_run(jobs)
    problems = []
    for i, (out, _, expected, joins) in enumerate(LO_QUEUE):
        lines = {
            v: oracle.normalise_lines(oracle.lo_text_from(res, f"R{i}", v)["lines"])
            for v in ("reject", "accept")
        }
        orig_lines = oracle.normalise_lines(oracle.lo_text_from(res, f"O{i}", "accept")["lines"])
        if lines["reject"] != orig_lines:
            problems.append(f"{out}: reject {lines['reject']} != {orig_lines}")
        if lines["accept"] != oracle.normalise_lines(expected):
            problems.append(f"{out}: accept {lines['accept']} != {expected}")
        st = res["results"][f"R{i}"].get("stats")
        if st is None:
            problems.append(f"{out}: LibreOffice could not open it")
            continue
        pkg = oracle.Package(str(out))
        exp = oracle.lo_expectation(pkg)
        pkg.close()
        n = len(st["redlines"])
        if n < exp["redlines_min"] and not joins:
            problems.append(f"{out}: {n} redlines < {exp['redlines_min']}")
        if exp["kinds"].get("Insert") and not any(
            r.get("RedlineType") == "Insert" for r in st["redlines"]
        ):
            problems.append(f"{out}: insertions lost")
        if exp["kinds"].get("Delete") and not any(
            r.get("RedlineType") == "Delete" for r in st["redlines"]
        ):
            problems.append(f"{out}: deletions lost")
        if not exp["annotations_min"] <= len(st["annotations"]) <= exp["annotations_max"]:
            problems.append(
                f"{out}: {len(st['annotations'])} comments, XML has {exp['annotations_max']}"
            )
    n = len(LO_QUEUE)
    LO_QUEUE.clear()
    assert not problems, "\n".join(problems)
    return n


def validate(out: Path) -> None:
    oracle = load_oracle()
    rep = oracle.run_validate(str(out))
    assert rep.exit_code == 0, rep.render()


def views(path: Path) -> dict[str, dict[str, list[str]]]:
    """{'accept'|'reject': {reader: lines}} from pandoc and, when installed, LibreOffice."""
    oracle = load_oracle()
    readers = ("pandoc", "lo") if shutil.which("soffice") else ("pandoc",)
    out = {}
    for view in ("accept", "reject"):
        res = oracle.read_text(str(path), view, readers)
        assert not res["errors"], res["errors"]
        out[view] = {r: res[r] for r in readers}
    return out
