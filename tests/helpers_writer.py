"""Helpers for the writer's tests: tiny DOCX built from raw body XML, and the checks every
redline must pass (pandoc's reject/accept views, then the shared oracle)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
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


def check_redline(
    out: Path, orig: Path, expected: list[str], tmp: Path, lo_joins: bool = False
) -> None:
    """Reject-all gives the original, accept-all the expected text, and the oracle agrees.

    `lo_joins`: LibreOffice may count fewer redlines than the oracle's lower bound because
    it joins a paragraph-mark insertion with the table inserted right after it (its own
    accept and reject views are still required to be exact)."""
    assert pandoc_paragraphs(out, "reject") == pandoc_paragraphs(orig, "accept")
    assert pandoc_paragraphs(out, "accept") == expected
    oracle_check(out, orig, expected, tmp, lo_joins)


def oracle_check(
    out: Path, orig: Path, expected: list[str], tmp: Path, lo_joins: bool = False
) -> None:
    oracle = load_oracle()
    revised = make_plain(tmp / f"{out.stem}-expected.docx", expected)
    use_lo = shutil.which("soffice") is not None
    rep = oracle.run_check(str(out), str(orig), str(revised), use_lo=use_lo)
    if lo_joins and rep.checks["d"].status == "FAIL":
        (msg,) = rep.checks["d"].failures
        assert "fewer than" in msg, rep.render()
        rep.checks["d"].status = "PASS"
    assert rep.exit_code == 0, rep.render()


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
