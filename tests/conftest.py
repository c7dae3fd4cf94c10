"""Shared test fixtures: where the shared corpus is, and independent text readers."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def shared_or_skip() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared is absent: corpus tests skipped")
    return SHARED


def corpus_pairs() -> list[tuple[str, Path, Path]]:
    """(test id, before, after) for every pair of the shared corpus, [] when absent."""
    out = []
    for folder in ("wmlcomparer", "real"):
        tsv = CORPUS / folder / "pairs.tsv"
        if not tsv.exists():
            continue
        rows = tsv.read_text(encoding="utf-8").splitlines()[1:]
        for row in rows:
            cols = row.split("\t")
            if len(cols) >= 4:
                out.append((cols[3], CORPUS / folder / cols[0], CORPUS / folder / cols[1]))
    return out


def corpus_docx() -> list[Path]:
    return sorted(CORPUS.rglob("*.docx")) if CORPUS.is_dir() else []


def load_oracle():
    """The shared oracle module (pandoc + LibreOffice + schemas), or skip."""
    path = SHARED / "tools" / "oracle.py"
    if not path.exists():
        pytest.skip("../shared/tools/oracle.py is absent")
    spec = importlib.util.spec_from_file_location("shared_oracle", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pandoc_paragraphs(path: Path, view: str = "accept") -> list[str]:
    """Paragraph texts of a DOCX as pandoc reads it (`view`: accept | reject | all).

    An independent reader: it shares no code with loi_redline.
    """
    import pypandoc

    exe = pypandoc.get_pandoc_path()
    raw = subprocess.run(
        [exe, "-f", "docx", f"--track-changes={view}", "-t", "json", str(path)],
        check=True,
        capture_output=True,
    ).stdout
    ast = json.loads(raw)
    out: list[str] = []

    def inline_text(inls) -> str:
        buf = []
        for i in inls:
            t = i.get("t")
            c = i.get("c")
            if t == "Str":
                buf.append(c)
            elif t in ("Space", "SoftBreak"):
                buf.append(" ")
            elif t == "LineBreak":
                buf.append("\n")
            elif t in (
                "Emph",
                "Strong",
                "Underline",
                "Strikeout",
                "Superscript",
                "Subscript",
                "SmallCaps",
            ):
                buf.append(inline_text(c))
            elif t in ("Span", "Quoted"):
                buf.append(inline_text(c[1]) if t == "Span" else inline_text(c[1]))
            elif t in ("Link", "Image"):
                buf.append(inline_text(c[1]))
            elif t == "Code":
                buf.append(c[1])
            elif t == "Note":
                pass
        return "".join(buf)

    def blocks(bl):
        for b in bl:
            t = b.get("t")
            c = b.get("c")
            if t in ("Para", "Plain"):
                out.append(inline_text(c))
            elif t == "Header":
                out.append(inline_text(c[2]))
            elif t in ("BulletList",):
                for item in c:
                    blocks(item)
            elif t == "OrderedList":
                for item in c[1]:
                    blocks(item)
            elif t in ("BlockQuote",):
                blocks(c)
            elif t == "Div":
                blocks(c[1])
            elif t == "Table":
                # pandoc >= 2.10 table: [attr, caption, colspecs, head, bodies, foot]
                head, bodies, foot = c[3], c[4], c[5]
                rows = list(head[1])
                for body in bodies:
                    rows += body[2] + body[3]
                rows += foot[1]
                for row in rows:
                    for cell in row[1]:
                        blocks(cell[4])

    meta = ast.get("meta", {})
    for key in ("title", "subtitle"):
        if key in meta:
            v = meta[key]
            if v.get("t") == "MetaInlines":
                out.append(inline_text(v["c"]))
    blocks(ast["blocks"])
    return [" ".join(p.split()) for p in out if p.strip()]
